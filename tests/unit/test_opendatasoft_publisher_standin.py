"""OpenDataSoftPublisher against the Automation API stand-in: the same client code that talks to a real portal."""
import io
import json
import logging
import os

import pytest

from passerelle.publishers import opendatasoft as ods_module
from passerelle.publishers.base import CATALOGUE
from passerelle.publishers.http import PublishError
from passerelle.publishers.opendatasoft import OpenDataSoftPublisher
from support.catalogue_standins import (ARTICLE_13_1D, CANARY_KEY, IDENTIFIER, NOTSPECIFIED, PROPRIETARY,
                                        READER_KEY, TRANSPORT, ods_client, service_links)
from support.standins.opendatasoft import OpenDataSoftStandIn


EU = "http://publications.europa.eu/resource/authority/frequency/"


def publisher(server, key=CANARY_KEY, retries=0, **settings):
    settings = {"url": server.url, "poll_interval": 0, "poll_max": 10, **settings}
    return OpenDataSoftPublisher("portail", settings, ods_client(server, key, retries))


def links():
    return {"metadata_url": "", "online_resources": service_links()}


def only_dataset(server):
    assert len(server.datasets) == 1
    return next(iter(server.datasets.values()))


def actions(server, name):
    return [r for r in server.requests if r["method"] == "POST" and r["path"].endswith(f"/{name}/")]


def creations(server):
    return [r for r in server.requests if r["method"] == "POST" and r["path"] == "/api/automation/v1.0/datasets/"]


def assert_no_canary(error, caplog, server):
    texts = [str(error), error.message_fr, error.message_en, repr(error.args), caplog.text,
             json.dumps(server.requests, default=str)]
    assert all(CANARY_KEY not in text for text in texts)


# -- success -----------------------------------------------------------------------------------------
def test_publish_creates_and_publishes_one_dataset_with_its_metadata_and_data(ods, make_catalogue_package):
    package = make_catalogue_package()
    target = publisher(ods)

    result = target.publish(package, links())

    dataset = only_dataset(ods)
    uid = dataset["uid"]
    assert target.role == CATALOGUE and result.created == ["dataset"] and result.changed
    dataset_id = target.dataset_id(IDENTIFIER)
    assert dataset_id.startswith(f"passerelle-{IDENTIFIER}-")  # the default prefix, the slug, a short hash
    assert result.ids == {"uid": uid, "dataset_id": dataset_id} and dataset["dataset_id"] == dataset_id
    assert result.urls["page"] == f"{ods.url}/explore/dataset/{dataset_id}/"
    assert ods.value(uid, "default", "references") == f"passerelle:{IDENTIFIER}"  # Passerelle's mark
    assert dataset["is_published"] and dataset["status"] == "idle" and dataset["is_restricted"] is False
    assert ods.value(uid, "default", "title") == "Pistes cyclables"
    assert ods.value(uid, "default", "description") == "<p>Réseau des pistes cyclables de la commune.</p>"
    assert ods.value(uid, "default", "keyword") == ["vélo", "mobilité", "PLU", "Réseaux de transport"]
    assert ods.value(uid, "default", "license") == "Licence Ouverte v2.0 (Etalab)"
    assert ods.value(uid, "default", "language") == "fr"
    assert ods.value(uid, "default", "publisher") == "Commune de Passerelle-sur-Loue"
    assert ods.value(uid, "dcat", "accrualperiodicity") == EU + "ANNUAL"
    [resource] = dataset["resources"].values()
    file_uid = resource["datasource"]["file"]["uid"]
    assert resource["type"] == "geojsonfile" and resource["title"] == "pistes"
    assert ods.file_content(uid, file_uid) == open(package.files["geojson"], "rb").read()
    assert target.verify(package, result) == []


def test_five_publications_leave_one_dataset_uploaded_and_published_once(ods, make_catalogue_package):
    package = make_catalogue_package()
    target = publisher(ods)

    results = [target.publish(package, links()) for _ in range(5)]

    only_dataset(ods)
    assert [r.changed for r in results] == [True, False, False, False, False]
    assert len(creations(ods)) == 1 and len(ods.uploads) == 1 and len(actions(ods, "publish")) == 1
    assert [r for r in ods.requests if r["method"] in ("PUT", "DELETE")] == []


def test_changed_data_replaces_the_file_of_the_same_resource_and_publishes_again(ods, make_catalogue_package):
    target = publisher(ods)
    target.publish(make_catalogue_package(), links())
    [before] = [dict(r) for r in only_dataset(ods)["resources"].values()]

    result = target.publish(make_catalogue_package(title="Pistes et bandes cyclables", rows=6, version="2"), links())

    dataset = only_dataset(ods)
    [after] = dataset["resources"].values()
    assert result.changed and result.created == [] and after["uid"] == before["uid"]
    assert after["datasource"]["file"]["uid"] != before["datasource"]["file"]["uid"]
    assert b'"version": "2"' in ods.file_content(dataset["uid"], after["datasource"]["file"]["uid"])
    assert ods.value(dataset["uid"], "default", "title") == "Pistes et bandes cyclables"
    assert len(actions(ods, "publish")) == 2 and dataset["is_published"]


def test_a_metadata_only_change_publishes_the_metadata_alone(ods, make_catalogue_package):
    target = publisher(ods)
    target.publish(make_catalogue_package(), links())

    target.publish(make_catalogue_package(abstract="Réseau cyclable mis à jour."), links())

    assert len(ods.uploads) == 1 and len(actions(ods, "publish")) == 1
    assert len(actions(ods, "publish_metadata")) == 1
    assert ods.value(only_dataset(ods)["uid"], "default", "description") == "<p>Réseau cyclable mis à jour.</p>"


def test_without_geojson_the_csv_is_published_with_its_parameters(ods, make_catalogue_package):
    publisher(ods).publish(make_catalogue_package(formats=("gpkg", "csv")), links())

    [resource] = only_dataset(ods)["resources"].values()
    assert resource["type"] == "csvfile" and resource["params"]["separator"] == ";"


def test_portal_settings_give_the_dataset_id_prefix_themes_and_licence_labels(ods, make_catalogue_package):
    target = publisher(ods, dataset_id_prefix="agglo_", themes={TRANSPORT: "Mobilité"},
                       licences={"notspecified": "Non précisée"})

    result = target.publish(make_catalogue_package(licence=NOTSPECIFIED), links())

    uid = result.ids["uid"]
    assert ods.datasets[uid]["dataset_id"].startswith(f"agglo_{IDENTIFIER}-")
    assert ods.value(uid, "default", "theme") == ["Mobilité"]
    assert ods.value(uid, "default", "license") == "Non précisée"


def test_unpublish_deletes_that_dataset_only_even_with_a_stale_uid(ods, make_catalogue_package):
    target = publisher(ods)
    kept = target.publish(make_catalogue_package(identifier="0b6c9d3e-1111-4c8e-9a6f-0d2b7e4c1a90", name="parcs",
                                       title="Parcs"), links())
    gone = target.publish(make_catalogue_package(), links())

    target.unpublish(IDENTIFIER, {"uid": kept.ids["uid"]})  # a registry entry pointing at the wrong dataset

    assert list(ods.datasets) == [kept.ids["uid"]]
    assert target.status(IDENTIFIER, gone.ids) == {"exists": False, "url": gone.urls["page"]}
    target.unpublish(IDENTIFIER, gone.ids)  # already gone: fine
    assert list(ods.datasets) == [kept.ids["uid"]]


# -- refusals before any request -----------------------------------------------------------------
@pytest.mark.parametrize("changes, field", [
    ({"licence": PROPRIETARY}, "licence"),
    ({"language": "xyz"}, "language"),
    ({"frequency": "http://example.org/frequence/chaque-lune"}, "frequency"),
    ({"access": "fermee", "licence": NOTSPECIFIED}, "access"),
])
def test_a_value_without_opendatasoft_equivalent_is_blocking_before_any_request(
        ods, make_catalogue_package, changes, field):
    package = make_catalogue_package(**changes)
    target = publisher(ods, licences={"notspecified": "Non précisée"})

    findings = target.check(package)
    with pytest.raises(PublishError) as raised:
        target.publish(package, links())

    assert [(f.code, f.field) for f in findings] == [("ods.unmappable", field)]
    assert raised.value.code == "ods.unmappable" and raised.value.message_fr == findings[0].message_fr
    assert ods.requests == []


def test_a_package_without_geojson_or_csv_is_refused(ods, make_catalogue_package):
    findings = publisher(ods).check(make_catalogue_package(formats=("gpkg",)))

    assert [f.code for f in findings] == ["ods.required"]
    assert "GeoJSON" in findings[0].message_fr and "CSV" in findings[0].message_fr


def test_a_domain_without_dcat_metadata_gets_a_clear_french_error_and_no_dataset(tmp_path, make_catalogue_package):
    server = OpenDataSoftStandIn(keys={CANARY_KEY: ("editrice", True)}, dcat=False,
                                 data_dir=str(tmp_path / "o")).start()
    try:
        with pytest.raises(PublishError) as raised:
            publisher(server).publish(make_catalogue_package(), links())
        publisher(server, dcat=False).publish(make_catalogue_package(), links())
    finally:
        server.stop()

    assert raised.value.code == "ods.rejected"
    assert len(server.datasets) == 1 and only_dataset(server)["is_published"]


# -- authentication ------------------------------------------------------------------------------
def test_a_refused_key_is_publish_unauthorized_in_french_without_the_key(tmp_path, make_catalogue_package, caplog):
    server = OpenDataSoftStandIn(keys={"another-key": ("editrice", True)}, data_dir=str(tmp_path / "o")).start()
    caplog.set_level(logging.DEBUG)
    try:
        with pytest.raises(PublishError) as raised:
            publisher(server).publish(make_catalogue_package(), links())
    finally:
        server.stop()

    assert raised.value.code == "publish.unauthorized"
    assert server.datasets == {}
    assert_no_canary(raised.value, caplog, server)


def test_a_key_without_dataset_rights_is_publish_forbidden(tmp_path, make_catalogue_package, caplog):
    server = OpenDataSoftStandIn(keys={CANARY_KEY: ("lecteur", False)}, data_dir=str(tmp_path / "o")).start()
    caplog.set_level(logging.DEBUG)
    try:
        with pytest.raises(PublishError) as raised:
            publisher(server).publish(make_catalogue_package(), links())
    finally:
        server.stop()

    assert raised.value.code == "publish.forbidden" and raised.value.status == 403
    assert server.datasets == {}
    assert_no_canary(raised.value, caplog, server)


def test_the_reader_fixture_key_cannot_publish_either(ods, make_catalogue_package):
    with pytest.raises(PublishError) as raised:
        publisher(ods, key=READER_KEY).publish(make_catalogue_package(), links())

    assert raised.value.code == "publish.forbidden" and ods.datasets == {}


# -- server errors and asynchronous processing ---------------------------------------------------
def test_safe_calls_are_retried_on_503(ods, make_catalogue_package):
    ods.fail(503, times=2, when=lambda r: r.method == "GET")

    result = publisher(ods, retries=3).publish(make_catalogue_package(), links())

    assert result.created == ["dataset"] and [r["status"] for r in ods.requests[:3]] == [503, 503, 200]


def test_a_post_is_never_retried_so_a_500_cannot_duplicate_the_dataset(ods, make_catalogue_package):
    ods.fail(500, times=1, when=lambda r: r.method == "POST" and r.path == "/api/automation/v1.0/datasets/")
    target = publisher(ods, retries=3)

    with pytest.raises(PublishError) as raised:
        target.publish(make_catalogue_package(), links())
    target.publish(make_catalogue_package(), links())

    assert raised.value.code == "publish.server-error"
    assert len(creations(ods)) == 2 and len(ods.datasets) == 1


def test_a_failed_upload_removes_the_dataset_this_run_created(ods, make_catalogue_package):
    ods.fail(503, times=1, when=lambda r: r.path.endswith("/resources/files/"))
    target = publisher(ods, retries=3)

    with pytest.raises(PublishError):
        target.publish(make_catalogue_package(), links())

    assert ods.datasets == {} and len([r for r in ods.requests if r["path"].endswith("/files/")]) == 1
    assert target.publish(make_catalogue_package(), links()).created == ["dataset"] and len(ods.datasets) == 1


def test_status_polling_is_bounded_and_the_next_run_resumes_without_duplicate(ods, make_catalogue_package):
    ods.stuck = True
    target = publisher(ods, poll_max=4)

    with pytest.raises(PublishError) as raised:
        target.publish(make_catalogue_package(), links())
    reads = ods.status_reads
    ods.stuck = False
    result = publisher(ods).publish(make_catalogue_package(), links())

    assert raised.value.code == "ods.timeout" and raised.value.retryable
    assert "4 lectures" in raised.value.message_fr and reads == 1 + 4  # readiness check, then poll_max reads
    assert result.created == [] and len(ods.datasets) == 1 and only_dataset(ods)["is_published"]
    assert len(creations(ods)) == 1 and len(ods.uploads) == 1


def test_a_processing_error_on_the_portal_is_a_french_error(ods, make_catalogue_package):
    ods.fail_processing = True

    with pytest.raises(PublishError) as raised:
        publisher(ods).publish(make_catalogue_package(), links())

    assert raised.value.code == "ods.processing-failed"
    assert "« error »" in raised.value.message_fr and "Processing failed" in raised.value.message_fr


# -- streamed uploads ----------------------------------------------------------------------------
def test_uploads_are_streamed_from_disk_never_read_whole(ods, make_catalogue_package, monkeypatch):
    package = make_catalogue_package(rows=40000, formats=("geojson",))
    size = os.path.getsize(package.files["geojson"])
    reads = []

    class ReadSpy(io.BufferedReader):
        def read(self, n=-1):
            reads.append(n)
            return super().read(n)

    monkeypatch.setattr(ods_module, "_open_file", lambda path, mode="rb": ReadSpy(io.FileIO(path, "rb")))

    publisher(ods).publish(package, links())

    assert size > 1024 * 1024 and reads and all(0 < n <= 64 * 1024 for n in reads)
    assert ods.uploads[0]["size"] == size and ods.uploads[0]["largest_read"] <= 64 * 1024
    assert ods.uploads[0]["chunked"] is False  # the multipart length is announced: Content-Length
    assert open(ods.uploads[0]["path"], "rb").read() == open(package.files["geojson"], "rb").read()


# -- shared data ---------------------------------------------------------------------------------
def test_shared_data_is_published_restricted_to_users_with_a_ruleset(ods, make_catalogue_package):
    package = make_catalogue_package(access="partagee", legal_basis=ARTICLE_13_1D, licence=NOTSPECIFIED)
    target = publisher(ods, licences={"notspecified": "Non précisée"})

    result = target.publish(package, links())

    assert only_dataset(ods)["is_restricted"] is True
    assert target.verify(package, result) == []


def test_data_that_becomes_shared_is_restricted_in_place(ods, make_catalogue_package):
    target = publisher(ods, licences={"notspecified": "Non précisée"})
    first = target.publish(make_catalogue_package(), links())

    second = target.publish(make_catalogue_package(access="partagee", legal_basis=ARTICLE_13_1D, licence=NOTSPECIFIED),
                            links())

    assert second.ids == first.ids and only_dataset(ods)["is_restricted"] is True and second.changed
