"""udata publisher against the real udata 17 (data.gouv.fr's software) on mongomock: see support/udata_server.py.

The publisher's client code is the one that talks to data.gouv.fr. What is read back goes through udata's
own API with an independent client (``udata.get`` or a plain ``requests`` call, no cookies kept).
"""
import hashlib
import io
import os
import tracemalloc

import pytest
import requests

from passerelle.publishers import udata as udata_module
from passerelle.publishers.base import CATALOGUE
from passerelle.publishers.http import Credentials, HttpClient, PublishError
from passerelle.publishers.udata import DISTRIBUTION_EXTRA, IDENTIFIER_EXTRA, UdataPublisher

from support.udata_publishing import (ARTICLE_13_1D, CC_BY_SA, CLOSED, DEPARTEMENT, FILE_KINDS, FREQUENCY,
                                      NOTSPECIFIED, PROPRIETARY, SHARED, WFS, WMS, by_kind, dataset, digest,
                                      download, make_package, make_publisher, make_record, ours, sent_requests,
                                      service_links)


# --- publish: what udata holds is what was sent ------------------------------------------------------------

def test_first_publish_creates_one_dataset_whose_fields_and_files_read_back_identical(udata, tmp_path):
    record = make_record()
    package = make_package(record, tmp_path)
    publisher = make_publisher(udata)

    result = publisher.publish(package, service_links())

    assert publisher.role == CATALOGUE and result.created == ["dataset"] and result.changed
    assert [d["id"] for d in ours(udata, record.identifier)] == [result.ids["dataset"]]
    body = dataset(udata, result.ids["dataset"], key=False)  # public: anyone reads it
    assert result.ids["slug"] == body["slug"] and result.urls["page"] == body["page"]
    assert (body["title"], body["description"]) == (record.title, record.abstract)
    assert body["organization"]["id"] == udata.organisation and body["private"] is False
    assert (body["license"], body["frequency"], body["access_type"]) == ("lov2", "annual", "open")
    assert body["spatial"]["granularity"] == "fr:commune"
    assert body["spatial"]["zones"] == ["fr:commune:39999"]  # the record's place, found by udata's zone suggest
    assert body["temporal_coverage"] == {"start": "2020-01-01", "end": "2025-12-31"}
    assert sorted(body["tags"]) == ["mobilite", "plu", "reseaux-de-transport", "velo"]  # "x": too short for udata
    assert body["extras"] == {IDENTIFIER_EXTRA: record.identifier}
    resources = by_kind(body)
    assert set(resources) == FILE_KINDS | {"wms", "wfs"}
    for kind in FILE_KINDS:
        resource, path = resources[kind], package.files[kind]
        content = download(resource["url"])
        assert hashlib.sha256(content).hexdigest() == digest(path)  # the very bytes sent
        assert resource["checksum"] == {"type": "sha1", "value": digest(path, "sha1")}
        assert resource["filesize"] == os.path.getsize(path)
        assert (resource["filetype"], resource["type"], resource["format"]) == ("file", "main", kind)
        assert resource["title"].startswith(record.title) and resource["extras"][DISTRIBUTION_EXTRA] == kind
    assert resources["gpkg"]["title"] == f"{record.title} (GeoPackage)"
    for kind, url in (("wms", WMS), ("wfs", WFS)):
        assert (resources[kind]["url"], resources[kind]["filetype"], resources[kind]["type"],
                resources[kind]["format"]) == (url, "remote", "api", f"ogc:{kind}")
    assert publisher.verify(package, result) == []
    assert publisher.status(record.identifier, result.ids) == {
        "exists": True, "private": False, "deleted": False, "resources": 5, "url": body["page"]}


def test_uploads_are_streamed_from_disk_with_a_content_length_never_read_whole(udata, tmp_path, monkeypatch):
    record = make_record()
    package = make_package(record, tmp_path, padding_bytes=24 * 1024 * 1024, formats=("gpkg",))
    size = os.path.getsize(package.files["gpkg"])
    reads, uploads = [], []

    class ReadSpy(io.BufferedReader):
        def read(self, n=-1):
            reads.append(n)
            return super().read(n)

    monkeypatch.setattr(udata_module, "_open_file", lambda path, mode="rb": ReadSpy(io.FileIO(path, "rb")))
    publisher = make_publisher(udata)
    send = publisher.http.session.send

    def send_spy(request, **kwargs):
        if request.url.endswith("/upload/"):
            uploads.append(dict(request.headers))
        return send(request, **kwargs)

    publisher.http.session.send = send_spy
    tracemalloc.start()
    try:
        result = publisher.publish(package, service_links())
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()

    assert size > 24 * 1024 * 1024 and reads and all(0 < n <= 64 * 1024 for n in reads)  # never read(-1)
    assert peak < size / 4, f"{peak} bytes allocated at the peak for a {size}-byte upload"
    assert len(uploads) == 1 and int(uploads[0]["Content-Length"]) > size
    assert "Transfer-Encoding" not in uploads[0]
    gpkg = by_kind(dataset(udata, result.ids["dataset"]))["gpkg"]
    assert gpkg["filesize"] == size and gpkg["checksum"]["value"] == digest(package.files["gpkg"], "sha1")
    assert hashlib.sha256(download(gpkg["url"])).hexdigest() == digest(package.files["gpkg"])


def test_a_file_failing_midway_leaves_no_half_published_dataset(udata, tmp_path, monkeypatch):
    record = make_record()
    package = make_package(record, tmp_path)

    class Truncated(io.BufferedReader):  # the file shrinks on disk while it is being sent
        def read(self, n=-1):
            return b"" if self.tell() >= 100 else super().read(min(n, 100) if n and n > 0 else 100)

    monkeypatch.setattr(udata_module, "_open_file", lambda path, mode="rb": Truncated(io.FileIO(path, "rb")))
    with pytest.raises(PublishError):
        make_publisher(udata).publish(package, service_links())
    created = ours(udata, record.identifier)
    monkeypatch.undo()

    assert len(created) == 1 and created[0]["deleted"]  # the dataset this run created was deleted again
    assert udata.get(f"datasets/{created[0]['id']}/")[0] == 410
    result = make_publisher(udata).publish(package, service_links())  # the next run restores it, whole
    body = dataset(udata, result.ids["dataset"], key=False)
    assert result.ids["dataset"] == created[0]["id"] and set(by_kind(body)) == FILE_KINDS | {"wms", "wfs"}


def test_an_upload_whose_marking_was_lost_is_recognised_by_the_next_run_and_a_file_added_by_hand_stays(
        udata, tmp_path, monkeypatch):
    record = make_record()
    package = make_package(record, tmp_path)
    marking = []

    def lost_after_the_upload(self, base, resource, meta):  # udata made the file; the marking never arrives
        marking.append(resource["id"])
        raise PublishError("connexion coupée", "connection lost", code="publish.unreachable")

    monkeypatch.setattr(UdataPublisher, "_put_resource", lost_after_the_upload)
    with pytest.raises(PublishError):
        make_publisher(udata).publish(package, service_links())
    monkeypatch.undo()
    [left] = ours(udata, record.identifier)  # rolled back: deleted (udata keeps it), its unmarked file with it
    assert [(r["id"], (r.get("extras") or {}).get(DISTRIBUTION_EXTRA)) for r in left["resources"]] == [
        (marking[0], None)]

    result = make_publisher(udata).publish(package, service_links())

    body = dataset(udata, result.ids["dataset"], key=False)
    assert result.ids["dataset"] == left["id"] and len(body["resources"]) == 5
    assert set(by_kind(body)) == FILE_KINDS | {"wms", "wfs"}
    assert by_kind(body)["gpkg"]["id"] == marking[0]  # the lost upload, marked now, not uploaded twice
    with open(package.files["csv"], "rb") as handle:  # then an agent adds a file of their own to the dataset
        added = requests.post(f"{udata.url}/api/1/datasets/{left['id']}/upload/", headers={"X-API-KEY": udata.api_key},
                              files={"file": ("notice-pistes.csv", handle, "text/csv")}, timeout=30)
    assert added.status_code == 201, added.text
    publisher = make_publisher(udata)
    sent = sent_requests(publisher)
    publisher.publish(package, service_links())
    assert [request for request in sent if request[0] != "GET"] == []  # not Passerelle's: left as it is
    assert added.json()["id"] in {r["id"] for r in dataset(udata, left["id"], key=False)["resources"]}


def test_five_publications_leave_one_dataset_and_no_duplicated_resource(udata, tmp_path):
    record = make_record()
    package = make_package(record, tmp_path)
    first = make_publisher(udata).publish(package, service_links())
    before = dataset(udata, first.ids["dataset"])
    writes = []

    results = []
    for _ in range(4):  # later runs: the same session, then new ones that remember nothing
        publisher = make_publisher(udata)
        sent = sent_requests(publisher)
        results.append(publisher.publish(package, service_links()))
        writes += [request for request in sent if request[0] != "GET"]

    after = dataset(udata, first.ids["dataset"])
    assert [d["id"] for d in ours(udata, record.identifier)] == [first.ids["dataset"]]
    assert all(r.ids["dataset"] == first.ids["dataset"] and not r.changed and r.created == [] for r in results)
    assert writes == []  # nothing sent again: no upload, no update
    assert len(after["resources"]) == 5 and set(by_kind(after)) == FILE_KINDS | {"wms", "wfs"}
    assert ({r["id"]: r["checksum"] for r in after["resources"]}
            == {r["id"]: r["checksum"] for r in before["resources"]})
    assert after["last_modified"] == before["last_modified"]


def test_changed_content_updates_the_dataset_and_its_files_in_place(udata, tmp_path):
    record = make_record()
    publisher = make_publisher(udata)
    first = publisher.publish(make_package(record, tmp_path / "v1"), service_links())
    old = by_kind(dataset(udata, first.ids["dataset"]))

    # Within the same second as the first upload: udata refuses a second file of the same name then.
    changed = record.replace(title=record.title + " et bandes", abstract="Pistes et bandes cyclables.",
                             frequency=FREQUENCY + "MONTHLY", keywords=["vélo", "voirie"])
    package = make_package(changed, tmp_path / "v2", values=(1, 2, 3, 4, 5))
    second = publisher.publish(package, service_links())

    body = dataset(udata, first.ids["dataset"])
    new = by_kind(body)
    assert second.ids["dataset"] == first.ids["dataset"] and second.changed and second.created == []
    assert len(ours(udata, record.identifier)) == 1
    assert (body["title"], body["description"], body["frequency"]) == (changed.title, changed.abstract, "monthly")
    assert sorted(body["tags"]) == ["reseaux-de-transport", "velo", "voirie"]
    assert {k: r["id"] for k, r in new.items()} == {k: r["id"] for k, r in old.items()}  # the same resources
    for kind in FILE_KINDS:
        assert new[kind]["checksum"]["value"] == digest(package.files[kind], "sha1") != old[kind]["checksum"]["value"]
        assert hashlib.sha256(download(new[kind]["url"])).hexdigest() == digest(package.files[kind])
    assert new["gpkg"]["title"] == f"{changed.title} (GeoPackage)"


def test_files_regenerated_right_after_a_publication_replace_the_previous_ones(udata, tmp_path):
    # Same record and title: udata files each upload under <slug>/<UTC second>/<name> and answers 500 to a
    # second file of the same name within the same second, which a quick re-export produces.
    record = make_record()
    publisher = make_publisher(udata)
    first = publisher.publish(make_package(record, tmp_path / "v1"), service_links())
    old = by_kind(dataset(udata, first.ids["dataset"]))

    package = make_package(record, tmp_path / "v2", values=(7, 8, 9))
    second = publisher.publish(package, service_links())

    new = by_kind(dataset(udata, first.ids["dataset"]))
    assert second.changed and {k: r["id"] for k, r in new.items()} == {k: r["id"] for k, r in old.items()}
    for kind in FILE_KINDS:
        assert hashlib.sha256(download(new[kind]["url"])).hexdigest() == digest(package.files[kind])
        assert new[kind]["url"] != old[kind]["url"]


def test_a_dataset_beyond_the_first_page_of_the_organisation_is_found_again(udata_factory, tmp_path):
    server = udata_factory()
    record = make_record()
    package = make_package(record, tmp_path)
    for n in range(105):  # the organisation's other datasets, published before by other means
        answer = requests.post(f"{server.url}/api/1/datasets/", headers={"X-API-KEY": server.api_key}, timeout=30,
                               json={"title": f"Autre jeu {n}", "description": "d",
                                     "organization": server.organisation})
        assert answer.status_code == 201
    first = make_publisher(server).publish(package, {})
    page_one = server.get(f"organizations/{server.organisation}/datasets/?page_size=100", key=server.api_key)[1]
    assert first.ids["dataset"] not in [d["id"] for d in page_one["data"]]  # on page 2
    publisher = make_publisher(server)
    sent = sent_requests(publisher)

    again = publisher.publish(package, {})

    listings = [url for _method, url in sent if "/api/1/organizations/" in url and url.endswith(("/datasets/",
                                                                                                   "page=2"))]
    assert len(listings) == 2 and listings[1].endswith("page=2")  # 106 datasets: 2 pages of 100 (next_page)
    assert again.ids["dataset"] == first.ids["dataset"] and not again.changed
    assert len(ours(server, record.identifier)) == 1


def test_a_format_no_longer_produced_is_removed_from_the_dataset(udata, tmp_path):
    record = make_record()
    publisher = make_publisher(udata)
    result = publisher.publish(make_package(record, tmp_path / "v1"), service_links())

    publisher.publish(make_package(record, tmp_path / "v2", formats=("gpkg", "geojson")), {"online_resources": []})

    assert set(by_kind(dataset(udata, result.ids["dataset"]))) == {"gpkg", "geojson"}


def test_zones_come_from_the_settings_and_an_ambiguous_place_sends_none(udata, tmp_path):
    in_settings = make_record(granularity=DEPARTEMENT)
    ambiguous = make_record(place="Saint-Aubin")  # two communes of that name on this instance

    first = make_publisher(udata, zones=["fr:departement:39"]).publish(make_package(in_settings, tmp_path / "a"), {})
    second = make_publisher(udata).publish(make_package(ambiguous, tmp_path / "b"), {})

    assert dataset(udata, first.ids["dataset"])["spatial"] == {"geom": None, "granularity": "fr:departement",
                                                               "zones": ["fr:departement:39"]}
    assert dataset(udata, second.ids["dataset"])["spatial"]["zones"] == []  # no guess


# --- private datasets, shared data ------------------------------------------------------------------------

def test_a_private_dataset_is_hidden_from_anonymous_requests_until_it_is_made_public(udata, tmp_path):
    record = make_record()
    package = make_package(record, tmp_path)
    draft = make_publisher(udata, private=True).publish(package, service_links())
    dataset_id = draft.ids["dataset"]

    anonymous_while_draft = udata.get(f"datasets/{dataset_id}/")[0]
    listed_while_draft = [d["id"] for d in
                          udata.get(f"organizations/{udata.organisation}/datasets/?page_size=100")[1]["data"]]
    assert dataset(udata, dataset_id)["private"] is True  # the organisation sees its draft
    public = make_publisher(udata).publish(package, service_links())

    assert anonymous_while_draft == 404 and dataset_id not in listed_while_draft
    assert public.ids["dataset"] == dataset_id and public.changed
    assert dataset(udata, dataset_id, key=False)["private"] is False


def test_private_hides_the_page_not_the_files_so_shared_data_is_described_without_any_file(udata, tmp_path):
    # What udata does: the files of a draft stay downloadable by anyone who has their address.
    open_draft = make_publisher(udata, private=True).publish(make_package(make_record(), tmp_path / "o"), {})
    gpkg = by_kind(dataset(udata, open_draft.ids["dataset"]))["gpkg"]
    assert udata.get(f"datasets/{open_draft.ids['dataset']}/")[0] == 404
    assert requests.get(gpkg["url"], timeout=30).status_code == 200

    # Hence shared data never sends its files, draft or not.
    record = make_record(access=SHARED, legal_basis=ARTICLE_13_1D, licence=NOTSPECIFIED)
    package = make_package(record, tmp_path / "s")
    publisher = make_publisher(udata, private=True, access_request_url="https://saint-aubin-sur-loue.fr/acces")
    result = publisher.publish(package, service_links())

    body = dataset(udata, result.ids["dataset"])
    assert (body["access_type"], body["private"], body["license"]) == ("restricted", True, "notspecified")
    assert body["access_type_reason_category"] == "confidentiality_of_commercial_or_industrial_information"
    assert body["authorization_request_url"] == "https://saint-aubin-sur-loue.fr/acces"
    assert set(by_kind(body)) == {"wms", "wfs"}
    assert all(r["filetype"] == "remote" for r in body["resources"])
    assert publisher.verify(package, result) == []
    again = make_publisher(udata, private=True, access_request_url="https://saint-aubin-sur-loue.fr/acces")
    assert not again.publish(package, service_links()).changed  # what udata answers matches what was sent


def test_data_that_becomes_shared_loses_its_public_files(udata, tmp_path):
    record = make_record()
    publisher = make_publisher(udata)
    result = publisher.publish(make_package(record, tmp_path / "v1"), service_links())

    shared = record.replace(access=SHARED, legal_basis=ARTICLE_13_1D, licence=NOTSPECIFIED)
    publisher.publish(make_package(shared, tmp_path / "v2"), service_links())

    body = dataset(udata, result.ids["dataset"])
    assert body["access_type"] == "restricted" and set(by_kind(body)) == {"wms", "wfs"}


# --- unpublish ------------------------------------------------------------------------------------------------

def test_unpublish_deletes_that_dataset_only_then_it_is_gone_and_a_new_publication_restores_it(udata, tmp_path):
    kept_record, gone_record = make_record(title="Parcs"), make_record()
    publisher = make_publisher(udata)
    kept = publisher.publish(make_package(kept_record, tmp_path / "k"), service_links())
    gone = publisher.publish(make_package(gone_record, tmp_path / "g"), service_links())

    publisher.unpublish(gone_record.identifier, gone.ids)

    assert udata.get(f"datasets/{gone.ids['dataset']}/")[0] == 410  # gone, for everyone else
    assert dataset(udata, gone.ids["dataset"])["deleted"]  # soft deletion, still visible to its organisation
    assert dataset(udata, kept.ids["dataset"], key=False)["deleted"] is None
    assert make_publisher(udata).status(gone_record.identifier, gone.ids)["exists"] is False
    publisher.unpublish(gone_record.identifier, gone.ids)  # already gone: nothing to do, no error

    back = make_publisher(udata).publish(make_package(gone_record, tmp_path / "g"), service_links())

    assert back.ids["dataset"] == gone.ids["dataset"] and back.created == ["dataset"]
    body = dataset(udata, gone.ids["dataset"], key=False)
    assert body["deleted"] is None and set(by_kind(body)) == FILE_KINDS | {"wms", "wfs"}
    assert len(ours(udata, gone_record.identifier)) == 1


def test_unpublish_refuses_to_delete_a_dataset_that_does_not_carry_the_identifier(udata, tmp_path):
    mine_record, other_record = make_record(), make_record(title="Parcs")
    publisher = make_publisher(udata)
    mine = publisher.publish(make_package(mine_record, tmp_path / "m"), {})
    other = publisher.publish(make_package(other_record, tmp_path / "o"), {})

    publisher.unpublish(mine_record.identifier, {"dataset": other.ids["dataset"]})  # stale ids in the registry

    assert dataset(udata, other.ids["dataset"], key=False)["deleted"] is None
    assert udata.get(f"datasets/{mine.ids['dataset']}/")[0] == 410


# --- bad values: refused by Passerelle first, and by udata when Passerelle's checks are bypassed -----------

@pytest.mark.parametrize("changes, field", [
    ({"frequency": "http://example.org/frequence/chaque-lune"}, "frequency"),
    ({"licence": PROPRIETARY}, "licence"),
    ({"granularity": "http://example.org/granularite/planete"}, "granularity"),
])
def test_a_value_without_udata_code_is_refused_before_any_request(udata, tmp_path, changes, field):
    record = make_record(**changes)
    package = make_package(record, tmp_path)
    publisher = make_publisher(udata)
    sent = sent_requests(publisher)

    findings = [f for f in publisher.check(package) if f.severity == "error"]
    with pytest.raises(PublishError) as refused:
        publisher.publish(package, service_links())

    assert [(f.code, f.field) for f in findings] == [("udata.unmappable", field)]
    assert refused.value.code == "udata.unmappable" and sent == [] and ours(udata, record.identifier) == []


@pytest.mark.parametrize("key, value, named", [
    ("frequency", "everyFullMoon", "everyFullMoon"),
    ("spatial", {"granularity": "fr:planete"}, "granularity"),
])
def test_udata_refuses_a_bad_code_sent_anyway_and_nothing_is_created(udata, tmp_path, monkeypatch, key, value,
                                                                     named):
    record = make_record()
    real_mapping = UdataPublisher.mapping

    def bypassed(self, package):  # Passerelle's own checks out of the way: what does udata answer?
        payload, _problems, dropped = real_mapping(self, package)
        payload[key] = value
        return payload, [], dropped

    monkeypatch.setattr(UdataPublisher, "mapping", bypassed)
    monkeypatch.setattr(UdataPublisher, "_check_codes", lambda self, payload, package: None)
    with pytest.raises(PublishError) as rejected:
        make_publisher(udata).publish(make_package(record, tmp_path), service_links())

    assert (rejected.value.code, rejected.value.status) == ("udata.rejected", 400)
    assert "data.gouv.fr (test)" in rejected.value.message_fr
    assert named in rejected.value.message_fr
    assert ours(udata, record.identifier) == []


def test_a_missing_title_is_refused_by_passerelle_and_by_udata(udata, tmp_path, monkeypatch):
    package = make_package(make_record().replace(title="  "), tmp_path)
    publisher = make_publisher(udata)

    errors = [f for f in publisher.check(package) if f.severity == "error"]
    assert [(f.code, f.field) for f in errors] == [("udata.required", "title")]
    with pytest.raises(PublishError) as refused:
        publisher.publish(package, {})
    monkeypatch.setattr(UdataPublisher, "check", lambda self, package: [])  # bypassed: udata's own answer
    with pytest.raises(PublishError) as rejected:
        make_publisher(udata).publish(package, {})

    assert refused.value.code == "udata.required"
    assert (rejected.value.code, rejected.value.status) == ("udata.rejected", 400)
    assert "title" in rejected.value.message_fr
    assert ours(udata, package.identifier) == []


def test_an_unknown_zone_is_a_french_error_naming_the_field(udata, tmp_path):
    record = make_record()

    with pytest.raises(PublishError) as raised:
        make_publisher(udata, zones=["fr:commune:00000"]).publish(make_package(record, tmp_path), {})

    assert (raised.value.code, raised.value.status) == ("udata.rejected", 400)
    assert "spatial" in raised.value.message_fr and "fr:commune:00000" in raised.value.message_fr
    assert ours(udata, record.identifier) == []


def test_a_licence_the_instance_does_not_list_stops_before_any_dataset_is_written(udata_factory, tmp_path):
    server = udata_factory(licences=["lov2", "odc-odbl", "notspecified"])
    record = make_record(licence=CC_BY_SA)
    package = make_package(record, tmp_path)
    publisher = make_publisher(server)
    sent = sent_requests(publisher)

    # Passerelle knows a udata code; this instance does not list it
    assert [f for f in publisher.check(package) if f.severity == "error"] == []
    with pytest.raises(PublishError) as raised:
        publisher.publish(package, {})

    assert raised.value.code == "udata.unknown-code"
    assert "cc-by-sa" in raised.value.message_fr
    assert [method for method, _url in sent] == ["GET"] * 3 and ours(server, record.identifier) == []
    # Why Passerelle checks: udata itself takes an unknown licence and silently stores "notspecified".
    answer = requests.post(f"{server.url}/api/1/datasets/", headers={"X-API-KEY": server.api_key}, timeout=30,
                           json={"title": "Licence inconnue", "description": "d", "license": "cc-by-sa",
                                 "organization": server.organisation})
    assert answer.status_code == 201 and answer.json()["license"] == "notspecified"


def test_closed_data_and_shared_data_without_reason_are_refused_without_any_request(udata, tmp_path):
    publisher = make_publisher(udata)
    sent = sent_requests(publisher)

    closed = publisher.check(make_package(make_record(access=CLOSED, licence=NOTSPECIFIED), tmp_path / "c"))
    shared = make_package(make_record(access=SHARED, licence=NOTSPECIFIED), tmp_path / "s")
    with pytest.raises(PublishError) as raised:
        publisher.publish(shared, {})

    assert [(f.code, f.field) for f in closed if f.severity == "error"] == [("udata.unmappable", "access")]
    assert raised.value.code == "udata.unmappable" and ours(udata, shared.identifier) == []
    assert sent == []


def test_a_missing_organisation_setting_is_a_blocking_finding(udata, tmp_path):
    http = HttpClient(udata.url, target="data.gouv.fr (test)", credentials=Credentials(headers={"X-API-KEY": "k"}))

    findings = UdataPublisher("data.gouv.fr", {"url": udata.url}, http).check(make_package(make_record(), tmp_path))

    assert [f.code for f in findings if f.severity == "error"] == ["udata.settings"]


def test_reference_lists_are_read_once_per_run(udata, tmp_path):
    publisher = make_publisher(udata)
    sent = sent_requests(publisher)

    for n in range(3):
        publisher.publish(make_package(make_record(), tmp_path / str(n)), {})

    paths = [url.split("/api/1/", 1)[1] for _method, url in sent]
    assert paths.count("datasets/frequencies/") == 1 and paths.count("spatial/granularities/") == 1
    assert paths.count("datasets/licenses/") == 1


def test_a_dry_run_writes_nothing(udata, tmp_path):
    record = make_record()
    publisher = make_publisher(udata)
    publisher.http.dry_run = True
    sent = sent_requests(publisher)

    publisher.publish(make_package(record, tmp_path), service_links())

    assert {method for method, _url in sent} == {"GET"} and ours(udata, record.identifier) == []
    assert [p["method"] for p in publisher.http.planned] == ["POST"]


# --- accounts and keys --------------------------------------------------------------------------------------

def test_a_refused_key_is_publish_unauthorized_in_french_without_the_key(udata, tmp_path, caplog):
    bad_key = "udata_Canary-Key-0f9a" + "x" * 40
    record = make_record()

    with pytest.raises(PublishError) as raised:
        make_publisher(udata, key=bad_key).publish(make_package(record, tmp_path), {})

    assert (raised.value.code, raised.value.status) == ("publish.unauthorized", 401)
    assert raised.value.message_fr and raised.value.message_fr != raised.value.message_en
    assert all(bad_key not in text for text in (str(raised.value), raised.value.message_fr,
                                                 raised.value.message_en, repr(raised.value.args), caplog.text))
    assert ours(udata, record.identifier) == []


def test_an_account_outside_the_organisation_can_neither_create_nor_update_its_datasets(udata, tmp_path):
    record = make_record()
    package = make_package(record, tmp_path)

    with pytest.raises(PublishError) as create:
        make_publisher(udata, key=udata.other_api_key).publish(package, {})
    result = make_publisher(udata).publish(package, {})
    outsider = make_publisher(udata, key=udata.other_api_key)
    outsider._known[record.identifier] = result.ids["dataset"]  # it knows the dataset (listed publicly)
    with pytest.raises(PublishError) as update:
        outsider.publish(make_package(record.replace(title="Pistes modifiées"), tmp_path / "v2"), {})

    assert create.value.code == "publish.forbidden"  # udata answers 400: not a member of the organisation
    assert (update.value.code, update.value.status) == ("publish.forbidden", 403)
    assert dataset(udata, result.ids["dataset"], key=False)["title"] == record.title
    assert len(ours(udata, record.identifier)) == 1


def test_a_revoked_key_stops_working_at_once_even_for_a_publisher_that_used_it(udata, tmp_path):
    created = requests.post(f"{udata.url}/api/1/me/api_tokens/", json={"name": "révoquée"}, timeout=30,
                            headers={"X-API-KEY": udata.api_key}).json()
    publisher = make_publisher(udata, key=created["token"])
    publisher.publish(make_package(make_record(), tmp_path / "a"), {})  # its session got udata's cookie

    revoked = requests.delete(f"{udata.url}/api/1/me/api_tokens/{created['id']}/", timeout=30,
                              headers={"X-API-KEY": udata.api_key})
    record = make_record()
    with pytest.raises(PublishError) as raised:
        publisher.publish(make_package(record, tmp_path / "b"), {})

    assert revoked.status_code == 204
    assert (raised.value.code, raised.value.status) == ("publish.unauthorized", 401)
    assert ours(udata, record.identifier) == []
