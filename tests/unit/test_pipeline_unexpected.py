"""Whatever breaks, the pipeline ends in a failed outcome with rollback and a logged traceback: never a crash."""
import logging

import pytest
from lxml import etree

from passerelle.publishers.base import CATALOGUE, SERVICE
from passerelle.publishers.http import Credentials, HttpClient
from passerelle.publishers.pipeline import Job, Pipeline
from passerelle.publishers.registry import Registry, RegistryError
from test_pipeline import Memory, package

SECRET = "Canary-Secret-8d2f"


class Breaking(Memory):
    """A target whose publish raises what a library raises on hostile input (not a PasserelleError)."""

    def __init__(self, name, role, error):
        super().__init__(name, role)
        self.error = error
        self.http = HttpClient("http://127.0.0.1:9", credentials=Credentials(username="u", password=SECRET))

    def publish(self, package, links):
        self.calls.append("publish")
        raise self.error


@pytest.fixture
def registry(tmp_path):
    return Registry(str(tmp_path / "registre.json"))


ERRORS = [ValueError("All strings must be XML compatible: Unicode or ASCII, no NULL bytes or control characters"),
          etree.C14NError("entity in the answer"), Exception(f"https://u:{SECRET}@geo.fr/x"),
          KeyError("numberOfRecordsMatched"), UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte"),
          RecursionError("maximum recursion depth exceeded"), TypeError("'NoneType' object is not subscriptable")]


@pytest.mark.parametrize("error", ERRORS, ids=lambda e: type(e).__name__)
def test_an_unexpected_exception_is_a_failed_outcome_and_what_was_published_is_rolled_back(registry, error, caplog):
    caplog.set_level(logging.ERROR, "passerelle.publishers")
    service, catalogue = Memory("svc", SERVICE), Breaking("cat", CATALOGUE, error)
    pkg = package()
    report = Pipeline([service, catalogue], registry).run([Job("couche", pkg.identifier, "src", package=pkg)])
    assert {(o.state, o.code) for o in report.outcomes} == {("failed", "publish.unexpected")}
    assert type(error).__name__ in report.outcomes[0].message_fr
    assert service.held == {} and service.calls == ["publish", "unpublish"]  # the service was rolled back
    assert registry.entry(pkg.identifier) == {}
    assert "Traceback" in caplog.text and type(error).__name__ in caplog.text  # the log has the details
    for text in (caplog.text, report.outcomes[0].message_fr, report.outcomes[0].message_en):
        assert SECRET not in text


def test_one_broken_layer_does_not_stop_the_batch(registry):
    class OneBreaks(Memory):
        def publish(self, package, links):
            if package.content_hash == "boom":
                raise ZeroDivisionError("division by zero")
            return super().publish(package, links)

    target = OneBreaks("cat", CATALOGUE)
    packages = [package("h1"), package("boom"), package("h3")]
    jobs = [Job(f"couche{i}", p.identifier, "src", package=p) for i, p in enumerate(packages)]
    report = Pipeline([target], registry, max_workers=2).run(jobs)
    assert [o.state for o in report.outcomes] == ["published", "failed", "published"]


def test_a_failing_check_or_rollback_or_finish_is_reported_too(registry):
    class CheckBreaks(Memory):
        def check(self, package):
            raise AttributeError("'NoneType' object has no attribute 'uri'")

    class FinishBreaks(Memory):
        def finish(self):
            raise OSError(28, "No space left on device")

    class RollbackBreaks(Memory):
        def unpublish(self, identifier, ids):
            raise RuntimeError("lost")

    pkg = package()
    checked = Pipeline([CheckBreaks("cat", CATALOGUE)], registry).run([Job("c", pkg.identifier, "s", package=pkg)])
    assert [(o.state, o.code) for o in checked.outcomes] == [("failed", "publish.unexpected")]
    finished = Pipeline([FinishBreaks("cat", CATALOGUE)], registry).run([Job("c", pkg.identifier, "s", package=pkg)])
    assert [(o.layer, o.state) for o in finished.outcomes] == [("c", "published"), ("", "failed")]
    assert not finished.ok
    leftover, failing = RollbackBreaks("svc", SERVICE), Breaking("cat", CATALOGUE, ValueError("x"))
    pkg2 = package("h9")
    report = Pipeline([leftover, failing], registry).run([Job("c", pkg2.identifier, "s", package=pkg2)])
    assert {o.state for o in report.outcomes} == {"incomplete"}  # what could not be removed is said
    assert registry.target_entry(pkg2.identifier, "svc")["state"] == "incomplete"


def test_a_registry_that_breaks_mid_batch_fails_the_layers_without_a_crash(tmp_path):
    registry = Registry(str(tmp_path / "r.json"))
    target = Memory("cat", CATALOGUE)

    def broken(*args, **kwargs):
        raise RegistryError("Registre illisible.", "Unreadable registry.", code="registry.corrupt")

    registry.set_target = broken
    pkg = package()
    report = Pipeline([target], registry).run([Job("c", pkg.identifier, "s", package=pkg)])
    assert [(o.state, o.code) for o in report.outcomes] == [("failed", "registry.corrupt")]
    assert target.held == {}  # rolled back: the registry could not remember it
