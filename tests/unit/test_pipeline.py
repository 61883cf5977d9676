"""The pipeline's promises, with in-memory targets: order, links, rollback, incomplete, unchanged."""
import pytest

from passerelle.catalogue.record import Record
from passerelle.publishers.base import CATALOGUE, SERVICE, PublicationPackage, Publisher, PublishResult
from passerelle.publishers.http import PublishError
from passerelle.publishers.pipeline import Job, Pipeline
from passerelle.publishers.registry import Registry


class Memory(Publisher):
    def __init__(self, name, role, fail_publish=False, fail_unpublish=False):
        super().__init__(name, {"url": "http://127.0.0.1:9"})
        self.role = role
        self.held, self.calls, self.links_seen = {}, [], []
        self.fail_publish, self.fail_unpublish = fail_publish, fail_unpublish

    def publish(self, package, links):
        self.calls.append("publish")
        self.links_seen.append(list(links["online_resources"]))
        if self.fail_publish:
            raise PublishError("Cible injoignable.", "Unreachable.", code="publish.unreachable")
        created = [] if package.identifier in self.held else ["item"]
        self.held[package.identifier] = package.content_hash
        return PublishResult(self.name, ids={"id": package.identifier}, created=created,
                             online_resources=[{"url": f"http://{self.name}/wms"}] if self.role == SERVICE else [])

    def unpublish(self, identifier, ids):
        self.calls.append("unpublish")
        if self.fail_unpublish:
            raise PublishError("Suppression impossible.", "Cannot delete.", code="publish.unreachable")
        self.held.pop(identifier, None)

    def status(self, identifier, ids):
        return {"exists": identifier in self.held}


def package(content_hash="h1"):
    record = Record(title="Couche")
    return PublicationPackage(record=record, name="couche", gpkg_path="/dev/null", crs="EPSG:2154",
                              feature_count=1, content_hash=content_hash, encode_iso=lambda links: b"")


def run(publishers, registry, pkg):
    return Pipeline(publishers, registry).run([Job("couche", pkg.identifier, "src", package=pkg)])


@pytest.fixture
def registry(tmp_path):
    return Registry(str(tmp_path / "registre.json"))


def test_services_publish_before_catalogues_which_receive_their_links(registry):
    catalogue, service = Memory("cat", CATALOGUE), Memory("svc", SERVICE)
    report = run([catalogue, service], registry, package())
    assert report.ok and catalogue.links_seen == [[{"url": "http://svc/wms"}]]
    assert registry.target_entry(report.outcomes[0].identifier, "cat")["state"] == "published"


def test_a_failing_catalogue_rolls_back_what_the_service_created(registry):
    service, catalogue = Memory("svc", SERVICE), Memory("cat", CATALOGUE, fail_publish=True)
    pkg = package()
    report = run([service, catalogue], registry, pkg)
    assert {o.state for o in report.outcomes} == {"failed"}
    assert service.held == {} and service.calls == ["publish", "unpublish"]
    assert report.outcomes[0].code == "publish.unreachable"  # the catalogue's failure, nothing left behind
    assert registry.entry(pkg.identifier) == {}


def test_what_cannot_be_rolled_back_is_left_incomplete_and_the_next_run_repairs_it(registry):
    service = Memory("svc", SERVICE, fail_unpublish=True)
    catalogue = Memory("cat", CATALOGUE, fail_publish=True)
    pkg = package()
    report = run([service, catalogue], registry, pkg)
    assert {o.state for o in report.outcomes} == {"incomplete"}
    assert registry.target_entry(pkg.identifier, "svc")["state"] == "incomplete"
    catalogue.fail_publish = False
    repaired = run([service, catalogue], registry, pkg)
    assert repaired.ok and len(service.held) == 1 and len(catalogue.held) == 1


def test_an_unchanged_layer_is_not_sent_again_and_a_changed_one_is(registry):
    service, catalogue = Memory("svc", SERVICE), Memory("cat", CATALOGUE)
    pkg = package("h1")
    run([service, catalogue], registry, pkg)
    again = run([service, catalogue], registry, pkg)
    assert {o.state for o in again.outcomes} == {"unchanged"} and service.calls == ["publish"]
    changed = package("h2")
    changed.record.identifier = pkg.identifier
    updated = run([service, catalogue], registry, changed)
    assert {o.state for o in updated.outcomes} == {"updated"} and service.calls == ["publish", "publish"]


def test_a_refused_target_is_skipped_while_the_others_publish(registry):
    from passerelle.catalogue.findings import Finding

    internal, open_target = Memory("interne", CATALOGUE), Memory("ouverte", CATALOGUE)
    pkg = package()
    refusal = Finding("policy.status", "error", "couche", "Donnée fermée vers une cible ouverte.", "Closed.")
    report = Pipeline([internal, open_target], registry).run(
        [Job("couche", pkg.identifier, "src", package=pkg, refused={"ouverte": [refusal]})])
    states = {o.target: o.state for o in report.outcomes}
    assert states == {"interne": "published", "ouverte": "refused"} and open_target.calls == []


def test_unpublish_without_a_registry_entry_sends_nothing_to_any_target(registry):
    catalogue, service = Memory("cat", CATALOGUE), Memory("svc", SERVICE)
    catalogue.held["colleague-uuid"] = "theirs"  # the target holds something under that identifier

    outcomes = Pipeline([catalogue, service], registry).unpublish("colleague-uuid", "couche")

    assert [(o.target, o.state, o.code) for o in outcomes] == [
        ("cat", "unchanged", "unpublish.not-published"), ("svc", "unchanged", "unpublish.not-published")]
    assert catalogue.calls == [] and service.calls == [] and catalogue.held == {"colleague-uuid": "theirs"}


def test_unpublish_of_an_object_no_longer_ours_is_refused_and_the_registry_keeps_it(registry):
    from passerelle.publishers.ownership import ForeignObject

    class Replaced(Memory):  # what the registry knows was replaced by someone else's object on the server
        def unpublish(self, identifier, ids):
            self.calls.append("unpublish")
            raise ForeignObject("Le catalogue", f"la fiche « {identifier} »", "Service urbanisme", unpublish=True)

    target, pkg = Replaced("cat", CATALOGUE), package()
    run([target], registry, pkg)

    [outcome] = Pipeline([target], registry).unpublish(pkg.identifier, "couche")

    assert (outcome.state, outcome.code) == ("refused", "publish.not-ours") and not outcome.ok
    assert "Service urbanisme" in outcome.message_fr and "rien n'a été supprimé" in outcome.message_fr
    assert registry.target_entry(pkg.identifier, "cat")["state"] == "published"


def test_adopt_reaches_the_publishers_through_the_package(registry):
    seen = []

    class Watching(Memory):
        def publish(self, package, links):
            seen.append(package.adopt)
            return super().publish(package, links)

    pkg = package()
    pkg.adopt = True
    run([Watching("cat", CATALOGUE)], registry, pkg)

    assert seen == [True] and package().adopt is False  # never a silent default
