"""UdataPublisher against the udata stand-in: the same client code that talks to data.gouv.fr."""
import io
import json
import logging
import os

import pytest

from catalogue_standins_support import (ARTICLE_13_1D, CANARY_KEY, IDENTIFIER, NOTSPECIFIED, PROPRIETARY,
                                        service_links, udata_client)
from passerelle.publishers import udata as udata_module
from passerelle.publishers.base import CATALOGUE
from passerelle.publishers.http import PublishError
from passerelle.publishers.udata import DISTRIBUTION_EXTRA, IDENTIFIER_EXTRA, UdataPublisher
from standins.udata import FREQUENCIES, ORG_COMMUNE, UdataStandIn

pytest_plugins = ["conftest_catalogue_standins"]


def publisher(server, key=CANARY_KEY, retries=0, **settings):
    settings = {"url": server.url, "organisation": ORG_COMMUNE, **settings}
    return UdataPublisher("data.gouv.fr", settings, udata_client(server, key, retries))


def links():
    return {"metadata_url": "", "online_resources": service_links()}


def kinds(dataset):
    return sorted(r["extras"].get(DISTRIBUTION_EXTRA) for r in dataset["resources"])


def creations(server):
    """The dataset creations the server received (POST /api/1/datasets/)."""
    return [r for r in server.requests if r["method"] == "POST" and r["path"] == "/api/1/datasets/"]


def only_dataset(server):
    live = server.live_datasets()
    assert len(live) == 1
    return live[0]


def assert_no_canary(error, caplog, server):
    texts = [str(error), error.message_fr, error.message_en, repr(error.args), caplog.text,
             json.dumps(server.requests, default=str)]
    assert all(CANARY_KEY not in text for text in texts)


# -- success -----------------------------------------------------------------------------------------
def test_publish_creates_one_dataset_with_the_codes_udata_expects(udata, make_package):
    package = make_package()
    target = publisher(udata)

    result = target.publish(package, links())

    dataset = only_dataset(udata)
    assert target.role == CATALOGUE and result.created == ["dataset"] and result.changed
    assert result.ids == {"dataset": dataset["id"], "slug": "pistes-cyclables"}
    assert result.urls["page"] == f"{udata.url}/datasets/pistes-cyclables/"
    assert dataset["organization"] == ORG_COMMUNE and dataset["private"] is False
    assert (dataset["license"], dataset["frequency"], dataset["access_type"]) == ("lov2", "annual", "open")
    assert dataset["spatial"]["granularity"] == "fr:commune"
    assert dataset["spatial"]["zones"] == ["fr:commune:39999"]  # from the record's place, one exact match
    assert dataset["temporal_coverage"] == {"start": "2020-01-01", "end": "2025-12-31"}
    assert dataset["tags"] == ["velo", "mobilite", "plu", "reseaux-de-transport"]
    assert dataset["extras"] == {IDENTIFIER_EXTRA: IDENTIFIER}
    assert kinds(dataset) == ["csv", "geojson", "gpkg", "wfs", "wms"]
    wms = next(r for r in dataset["resources"] if r["extras"][DISTRIBUTION_EXTRA] == "wms")
    assert (wms["filetype"], wms["type"], wms["format"]) == ("remote", "api", "ogc:wms")
    gpkg = next(r for r in dataset["resources"] if r["extras"][DISTRIBUTION_EXTRA] == "gpkg")
    assert gpkg["title"] == "Pistes cyclables (GeoPackage)" and gpkg["type"] == "main"
    assert udata.resource_content(dataset["id"], gpkg["id"]) == open(package.files["gpkg"], "rb").read()
    assert udata.ignored_fields == []  # every field sent is one udata reads
    assert target.verify(package, result) == []


def test_five_publications_leave_one_dataset_and_upload_each_file_once(udata, make_package):
    package = make_package()
    target = publisher(udata)
    target.publish(package, links())
    writes_of_first = [r for r in udata.requests if r["method"] != "GET"]

    results = [target.publish(package, links()) for _ in range(4)]

    dataset = only_dataset(udata)
    assert [r.changed for r in results] == [False] * 4 and all(r.created == [] for r in results)
    assert [r for r in udata.requests if r["method"] != "GET"] == writes_of_first  # nothing written again
    assert len(creations(udata)) == 1
    assert len(udata.uploads) == 3 and len(dataset["resources"]) == 5


def test_a_new_publisher_run_finds_the_dataset_by_its_identifier_and_writes_nothing(udata, make_package):
    package = make_package()
    publisher(udata).publish(package, links())
    before = len([r for r in udata.requests if r["method"] != "GET"])

    result = publisher(udata).publish(package, links())  # a later run: nothing remembered in memory

    assert not result.changed and len(udata.live_datasets()) == 1
    assert len([r for r in udata.requests if r["method"] != "GET"]) == before
    assert udata.log_of("GET", f"/api/1/organizations/{ORG_COMMUNE}/datasets/")


def test_changed_content_updates_the_dataset_and_its_files_in_place(udata, make_package):
    target = publisher(udata)
    first = target.publish(make_package(), links())
    old = {r["extras"][DISTRIBUTION_EXTRA]: dict(r) for r in only_dataset(udata)["resources"]}  # a snapshot

    second = target.publish(make_package(title="Pistes et bandes cyclables", rows=5, version="2"), links())

    dataset = only_dataset(udata)
    new = {r["extras"][DISTRIBUTION_EXTRA]: r for r in dataset["resources"]}
    assert second.ids["dataset"] == first.ids["dataset"] and second.changed and second.created == []
    assert dataset["title"] == "Pistes et bandes cyclables"
    assert {k: r["id"] for k, r in new.items()} == {k: r["id"] for k, r in old.items()}  # same resources
    assert all(new[k]["checksum"] != old[k]["checksum"] for k in ("gpkg", "geojson", "csv"))
    assert new["gpkg"]["title"] == "Pistes et bandes cyclables (GeoPackage)"
    assert len(udata.log_of("POST", f"/resources/{old['csv']['id']}/upload/")) == 1


def test_a_format_no_longer_produced_is_removed_from_the_dataset(udata, make_package):
    target = publisher(udata)
    target.publish(make_package(), links())

    target.publish(make_package(formats=("gpkg", "geojson")), links())

    assert kinds(only_dataset(udata)) == ["geojson", "gpkg", "wfs", "wms"]


def test_unpublish_deletes_that_dataset_only_and_a_new_publication_restores_it(udata, make_package):
    target = publisher(udata)
    kept = target.publish(make_package(identifier="0b6c9d3e-1111-4c8e-9a6f-0d2b7e4c1a90", name="parcs",
                                       title="Parcs"), links())
    gone = target.publish(make_package(), links())

    target.unpublish(IDENTIFIER, gone.ids)

    assert [d["id"] for d in udata.live_datasets()] == [kept.ids["dataset"]]
    assert udata.datasets[gone.ids["dataset"]]["deleted"]  # soft deletion on udata's side
    assert target.status(IDENTIFIER, gone.ids)["exists"] is False
    back = publisher(udata).publish(make_package(), links())
    assert back.ids["dataset"] == gone.ids["dataset"] and len(udata.live_datasets()) == 2


def test_unpublish_refuses_to_delete_a_dataset_that_does_not_carry_the_identifier(udata, make_package):
    target = publisher(udata)
    mine = target.publish(make_package(), links())
    other = target.publish(make_package(identifier="0b6c9d3e-2222-4c8e-9a6f-0d2b7e4c1a90", name="parcs",
                                        title="Parcs"), links())

    target.unpublish(IDENTIFIER, {"dataset": other.ids["dataset"]})  # stale ids in the registry

    assert udata.datasets[other.ids["dataset"]]["deleted"] is None
    assert udata.datasets[mine.ids["dataset"]]["deleted"]


def test_zones_come_from_the_settings_and_an_ambiguous_place_sends_none(udata, make_package):
    publisher(udata, zones=["fr:departement:39"]).publish(make_package(), links())
    publisher(udata).publish(make_package(identifier="0b6c9d3e-3333-4c8e-9a6f-0d2b7e4c1a90", name="stades",
                                          title="Stades", place="Saint-Aubin"), links())

    by_title = {d["title"]: d for d in udata.live_datasets()}
    assert by_title["Pistes cyclables"]["spatial"]["zones"] == ["fr:departement:39"]
    assert by_title["Stades"]["spatial"]["zones"] == []  # two communes named so: no guess


# -- refusals before any request -----------------------------------------------------------------
@pytest.mark.parametrize("changes, field, words", [
    ({"frequency": "OP_DATPRO"}, "frequency", "fréquence"),
    ({"licence": PROPRIETARY}, "licence", "licence"),
    ({"frequency": "http://example.org/frequence/chaque-lune"}, "frequency", "chaque-lune"),
])
def test_a_value_without_udata_code_is_a_blocking_finding_before_any_request(udata, make_package, changes, field,
                                                                            words):
    package = make_package(**changes)
    target = publisher(udata)

    findings = target.check(package)
    with pytest.raises(PublishError) as raised:
        target.publish(package, links())

    blocking = [f for f in findings if f.severity == "error"]
    assert [(f.code, f.field) for f in blocking] == [("udata.unmappable", field)]
    assert words in blocking[0].message_fr.lower() and "data.gouv.fr" in blocking[0].message_fr
    assert raised.value.code == "udata.unmappable"
    assert udata.requests == []


def test_closed_data_and_shared_data_without_reason_are_refused(udata, make_package):
    target = publisher(udata)

    closed = target.check(make_package(access="fermee", licence=NOTSPECIFIED))
    shared = target.check(make_package(access="partagee", licence=NOTSPECIFIED))

    assert [(f.code, f.field) for f in closed if f.severity == "error"] == [("udata.unmappable", "access")]
    assert "ne sort pas de l'organisation" in closed[0].message_fr
    assert [(f.code, f.field) for f in shared if f.severity == "error"] == [("udata.unmappable", "legal_basis")]
    assert udata.requests == []


def test_a_missing_organisation_setting_is_a_blocking_finding(udata, make_package):
    findings = UdataPublisher("data.gouv.fr", {"url": udata.url}, udata_client(udata)).check(make_package())

    assert [f.code for f in findings] == ["udata.settings"]


def test_a_frequency_the_instance_does_not_list_stops_before_any_dataset_is_written(tmp_path, make_package):
    server = UdataStandIn(keys={CANARY_KEY: "editrice"}, members={"editrice": {ORG_COMMUNE: "editor"}},
                          frequencies=[f for f in FREQUENCIES if f[0] != "fiveTimesAWeek"],
                          data_dir=str(tmp_path / "small")).start()
    try:
        package = make_package(frequency="WEEKLY_5")
        target = publisher(server)
        assert target.check(package) == []  # Passerelle knows a code; this instance does not list it
        with pytest.raises(PublishError) as raised:
            target.publish(package, links())
    finally:
        server.stop()

    assert raised.value.code == "udata.unknown-code"
    assert "fiveTimesAWeek" in raised.value.message_fr and "rien n'a été publié" in raised.value.message_fr
    assert server.datasets == {} and [r["method"] for r in server.requests] == ["GET"] * 3


def test_reference_lists_are_read_once_per_run(udata, make_package):
    target = publisher(udata)

    for n in range(3):
        target.publish(make_package(identifier=f"0b6c9d3e-{n}000-4c8e-9a6f-0d2b7e4c1a90", name=f"c{n}",
                                    title=f"Couche {n}"), links())

    assert len(udata.log_of("GET", "/api/1/datasets/frequencies/")) == 1
    assert len(udata.log_of("GET", "/api/1/spatial/granularities/")) == 1


def test_a_server_validation_error_is_a_french_error_naming_the_field(udata, make_package):
    with pytest.raises(PublishError) as raised:
        publisher(udata, zones=["fr:commune:00000"]).publish(make_package(), links())

    assert raised.value.code == "udata.rejected" and raised.value.status == 400
    assert "spatial" in raised.value.message_fr and "fr:commune:00000" in raised.value.message_fr
    assert raised.value.message_fr.startswith("data.gouv.fr (test) a refusé le jeu de données")
    assert udata.datasets == {}


# -- authentication ------------------------------------------------------------------------------
def test_a_refused_key_is_publish_unauthorized_in_french_without_the_key(tmp_path, make_package, caplog):
    server = UdataStandIn(keys={"another-key": "editrice"}, members={"editrice": {ORG_COMMUNE: "editor"}},
                          data_dir=str(tmp_path / "u")).start()
    caplog.set_level(logging.DEBUG)
    try:
        with pytest.raises(PublishError) as raised:
            publisher(server).publish(make_package(), links())
    finally:
        server.stop()

    assert raised.value.code == "publish.unauthorized" and raised.value.status == 401
    assert "clé d'API" in raised.value.message_fr
    assert server.datasets == {}
    assert_no_canary(raised.value, caplog, server)


def test_an_account_outside_the_organisation_is_publish_forbidden(tmp_path, make_package, caplog):
    server = UdataStandIn(keys={CANARY_KEY: "visiteur", "editor-key": "editrice"},
                          members={"editrice": {ORG_COMMUNE: "editor"}, "visiteur": {}},
                          data_dir=str(tmp_path / "u")).start()
    caplog.set_level(logging.DEBUG)
    try:
        with pytest.raises(PublishError) as create:
            publisher(server).publish(make_package(), links())
        publisher(server, key="editor-key").publish(make_package(), links())  # the organisation's own dataset
        with pytest.raises(PublishError) as update:
            publisher(server).publish(make_package(title="Pistes modifiées"), links())
    finally:
        server.stop()

    assert (create.value.code, update.value.code) == ("publish.forbidden", "publish.forbidden")
    assert "n'en est pas membre" in create.value.message_fr and update.value.status == 403
    assert only_dataset(server)["title"] == "Pistes cyclables"
    assert_no_canary(create.value, caplog, server)
    assert_no_canary(update.value, caplog, server)


# -- server errors -------------------------------------------------------------------------------
def test_safe_calls_are_retried_on_503(udata, make_package):
    udata.fail(503, times=2, when=lambda r: r.method == "GET")

    result = publisher(udata, retries=3).publish(make_package(), links())

    assert result.created == ["dataset"] and len(udata.live_datasets()) == 1
    assert [r["status"] for r in udata.requests[:3]] == [503, 503, 200]


def test_a_post_is_never_retried_so_a_500_cannot_duplicate_the_dataset(udata, make_package):
    udata.fail(500, times=1, when=lambda r: r.method == "POST" and r.path == "/api/1/datasets/")
    target = publisher(udata, retries=3)

    with pytest.raises(PublishError) as raised:
        target.publish(make_package(), links())
    target.publish(make_package(), links())

    assert raised.value.code == "publish.server-error" and "erreur interne (500)" in raised.value.message_fr
    assert len(creations(udata)) == 2  # one per publication, no retry
    assert len(udata.datasets) == 1


def test_a_failed_upload_removes_the_dataset_this_run_created(udata, make_package):
    udata.fail(503, times=1, when=lambda r: r.path.endswith("/upload/"))
    target = publisher(udata, retries=3)

    with pytest.raises(PublishError):
        target.publish(make_package(), links())

    assert udata.live_datasets() == []
    assert len([r for r in udata.requests if r["path"].endswith("/upload/")]) == 1  # POST: not retried
    result = target.publish(make_package(), links())
    assert result.created == ["dataset"] and len(udata.live_datasets()) == 1


# -- streamed uploads ----------------------------------------------------------------------------
def test_uploads_are_streamed_from_disk_never_read_whole(udata, make_package, monkeypatch):
    package = make_package(padding_bytes=12 * 1024 * 1024, formats=("gpkg",))
    size = os.path.getsize(package.files["gpkg"])
    reads = []

    class ReadSpy(io.BufferedReader):
        def read(self, n=-1):
            reads.append(n)
            return super().read(n)

    monkeypatch.setattr(udata_module, "_open_file", lambda path, mode="rb": ReadSpy(io.FileIO(path, "rb")))

    publisher(udata).publish(package, links())

    assert reads and all(0 < n <= 64 * 1024 for n in reads)  # block by block, never read(-1)
    assert udata.uploads[0]["size"] == size and udata.uploads[0]["largest_read"] <= 64 * 1024
    assert udata.uploads[0]["chunked"] is False  # the multipart length is announced: Content-Length
    assert open(udata.uploads[0]["path"], "rb").read() == open(package.files["gpkg"], "rb").read()


# -- shared data ---------------------------------------------------------------------------------
def test_shared_data_is_described_as_restricted_without_any_downloadable_file(udata, make_package):
    package = make_package(access="partagee", legal_basis=ARTICLE_13_1D, licence=NOTSPECIFIED)
    target = publisher(udata, private=True, access_request_url="https://passerelle-sur-loue.fr/acces")

    result = target.publish(package, links())

    dataset = only_dataset(udata)
    assert dataset["access_type"] == "restricted" and dataset["private"] is True
    assert dataset["access_type_reason_category"] == "confidentiality_of_commercial_or_industrial_information"
    assert dataset["authorization_request_url"] == "https://passerelle-sur-loue.fr/acces"
    assert udata.uploads == [] and kinds(dataset) == ["wfs", "wms"]
    assert target.verify(package, result) == []


def test_data_that_becomes_shared_loses_its_public_files(udata, make_package):
    target = publisher(udata)
    target.publish(make_package(), links())

    target.publish(make_package(access="partagee", legal_basis=ARTICLE_13_1D, licence=NOTSPECIFIED), links())

    dataset = only_dataset(udata)
    assert dataset["access_type"] == "restricted" and kinds(dataset) == ["wfs", "wms"]


def test_a_dry_run_sends_no_write(udata, make_package):
    target = publisher(udata)
    target.http.dry_run = True

    target.publish(make_package(), links())

    assert {r["method"] for r in udata.requests} == {"GET"} and udata.datasets == {}
    assert [p["method"] for p in target.http.planned] == ["POST"]
