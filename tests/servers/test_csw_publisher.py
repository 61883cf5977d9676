"""CSW-T publisher against a real pycsw 2.6.2 (and, where named so, a tiny stand-in server)."""
import datetime as dt
import http.server
import threading

import pytest
import requests
from lxml import etree

from passerelle.catalogue.encoders import iso19139
from passerelle.catalogue.record import new_identifier
from passerelle.publishers.base import CATALOGUE
from passerelle.publishers.csw import CswPublisher
from passerelle.publishers.http import Credentials, HttpClient, PublishError

from support.csw_publishing import (NS, WMS, WFS, SECRET, make_record, make_package, make_publisher, service_links,
                                    stored_record, anytext_hits, delete_behind_our_back, text_at)


# --- publish -------------------------------------------------------------------------------------

def test_first_publish_inserts_one_record_that_getrecords_finds(pycsw, tmp_path):
    record = make_record()
    publisher = make_publisher(pycsw.url)
    result = publisher.publish(make_package(record, tmp_path), service_links())

    assert publisher.role == CATALOGUE
    assert (result.created, result.changed) == (["record"], True)
    assert result.ids == {"record": record.identifier}
    assert result.urls == {"record": publisher.record_url(record.identifier), "csw": pycsw.url}
    assert publisher.count(record.identifier) == 1
    assert anytext_hits(pycsw.url, record.identifier) == 1


def test_record_url_serves_the_iso_record(pycsw, tmp_path):
    record = make_record()
    publisher = make_publisher(pycsw.url)
    publisher.publish(make_package(record, tmp_path), {})

    answer = requests.get(publisher.record_url(record.identifier), timeout=10)
    stored = etree.fromstring(answer.content).find("gmd:MD_Metadata", NS)
    assert text_at(stored, "gmd:fileIdentifier/gco:CharacterString") == [record.identifier]


def test_publishing_five_times_keeps_one_record_and_the_last_title_wins(pycsw, tmp_path):
    record = make_record()
    publisher = make_publisher(pycsw.url)
    results = [publisher.publish(make_package(record.replace(title=f"Pistes cyclables, version {n}"), tmp_path),
                                 service_links()) for n in range(1, 6)]

    assert [r.created for r in results] == [["record"], [], [], [], []]
    assert all(r.changed for r in results)
    assert publisher.count(record.identifier) == 1
    assert publisher.status(record.identifier, {})["title"] == "Pistes cyclables, version 5"


def test_republishing_an_identical_record_sends_no_transaction_and_keeps_its_date_stamp(pycsw, tmp_path):
    record = make_record()
    publisher = make_publisher(pycsw.url)
    publisher.publish(make_package(record, tmp_path, metadata_date=dt.date(2020, 5, 4)), service_links())
    sent_before = publisher.http.requests_sent

    again = publisher.publish(make_package(record, tmp_path), service_links())  # today's dateStamp

    assert (again.changed, again.created) == (False, [])
    assert publisher.http.requests_sent - sent_before == 1  # the GetRecordById only
    assert publisher.status(record.identifier, {})["date_stamp"] == "2020-05-04"


def test_records_carry_the_wms_and_wfs_links_in_geonetwork_convention_which_owslib_reads(pycsw, tmp_path):
    from owslib.csw import CatalogueServiceWeb

    record = make_record()
    make_publisher(pycsw.url).publish(make_package(record, tmp_path), service_links())

    stored = stored_record(pycsw.url, record.identifier)
    online = "gmd:distributionInfo/*/gmd:transferOptions/*/gmd:onLine/gmd:CI_OnlineResource"
    assert text_at(stored, f"{online}/gmd:linkage/gmd:URL") == [WMS, WFS]
    assert text_at(stored, f"{online}/gmd:protocol/gco:CharacterString") == ["OGC:WMS", "OGC:WFS"]
    assert text_at(stored, f"{online}/gmd:name/gco:CharacterString") == ["ville:pistes", "ville:pistes"]
    csw = CatalogueServiceWeb(pycsw.url, timeout=10)
    csw.getrecordbyid([record.identifier], outputschema=NS["gmd"])
    read = [(o.protocol, o.name) for o in csw.records[record.identifier].distribution.online]
    assert read == [("OGC:WMS", "ville:pistes"), ("OGC:WFS", "ville:pistes")]


def test_a_csw_target_may_ask_for_the_inspire_anchors(pycsw, tmp_path):
    record = make_record()
    publisher = CswPublisher("test", {"url": pycsw.url, "timeout": 10, "link_convention": "inspire"},
                             http=HttpClient(target="Le catalogue CSW « test »", retries=1, backoff=0.01))
    publisher.publish(make_package(record, tmp_path), service_links())

    stored = stored_record(pycsw.url, record.identifier)
    online = "gmd:distributionInfo/*/gmd:transferOptions/*/gmd:onLine/gmd:CI_OnlineResource"
    assert stored.xpath(f"{online}/gmd:protocol/gmx:Anchor/@xlink:href", namespaces=NS) == [
        "http://www.opengis.net/def/serviceType/ogc/wms", "http://www.opengis.net/def/serviceType/ogc/wfs"]
    assert text_at(stored, f"{online}/gmd:name/gco:CharacterString") == ["ville:pistes", "ville:pistes"]


def test_update_replaces_the_whole_record(pycsw, tmp_path):
    record = make_record()
    publisher = make_publisher(pycsw.url)
    publisher.publish(make_package(record, tmp_path), service_links())

    wms_only = {"online_resources": service_links()["online_resources"][:1]}
    publisher.publish(make_package(record.replace(keywords=["mobilité"]), tmp_path), wms_only)

    stored = stored_record(pycsw.url, record.identifier)
    assert text_at(stored, "//gmd:linkage/gmd:URL") == [WMS]
    keywords = text_at(stored, "//gmd:keyword/gco:CharacterString")
    assert "mobilité" in keywords and "vélo" not in keywords


def test_insert_colliding_with_a_record_that_appeared_meanwhile_falls_back_to_update(pycsw, tmp_path, monkeypatch):
    record = make_record()
    publisher = make_publisher(pycsw.url)
    publisher.publish(make_package(record, tmp_path), {})
    # As if our first read ran before another run (or a lost answer) inserted the record.
    real_fetch = publisher.fetch
    reads = []

    def missing_at_first_read(identifier):
        reads.append(identifier)
        return None if len(reads) == 1 else real_fetch(identifier)

    monkeypatch.setattr(publisher, "fetch", missing_at_first_read)

    result = publisher.publish(make_package(record.replace(title="Titre corrigé"), tmp_path), {})

    assert (result.created, result.changed) == ([], True)
    assert publisher.count(record.identifier) == 1
    assert publisher.status(record.identifier, {})["title"] == "Titre corrigé"


def test_record_whose_file_identifier_differs_from_the_package_is_refused_before_sending(pycsw, tmp_path):
    record = make_record()
    stranger = record.replace(identifier=new_identifier())
    package = make_package(record, tmp_path)
    package.encode_iso = lambda links: iso19139.encode(stranger, online_resources=links)
    publisher = make_publisher(pycsw.url)

    with pytest.raises(PublishError) as caught:
        publisher.publish(package, {})

    assert caught.value.code == "publish.bad-record" and stranger.identifier in caught.value.message_fr
    assert publisher.http.requests_sent == 0
    assert publisher.count(stranger.identifier) == 0


# --- unpublish and status ----------------------------------------------------------------------

def test_unpublish_removes_the_record(pycsw, tmp_path):
    record = make_record()
    publisher = make_publisher(pycsw.url)
    result = publisher.publish(make_package(record, tmp_path), {})

    publisher.unpublish(record.identifier, result.ids)

    assert publisher.count(record.identifier) == 0
    assert publisher.status(record.identifier, result.ids)["exists"] is False


def test_unpublishing_twice_or_something_never_published_is_not_an_error(pycsw, tmp_path):
    record = make_record()
    publisher = make_publisher(pycsw.url)
    result = publisher.publish(make_package(record, tmp_path), {})
    other = make_record()
    publisher.publish(make_package(other, tmp_path), {})

    publisher.unpublish(record.identifier, result.ids)
    publisher.unpublish(record.identifier, result.ids)
    publisher.unpublish(new_identifier(), {})

    assert publisher.count(record.identifier) == 0
    assert publisher.count(other.identifier) == 1  # the filter deletes exactly one identifier


def test_status_reports_title_and_date_stamp_of_the_stored_record(pycsw, tmp_path):
    record = make_record(title="Arrêts de bus")
    publisher = make_publisher(pycsw.url)
    publisher.publish(make_package(record, tmp_path, metadata_date=dt.date(2024, 3, 1)), {})

    status = publisher.status(record.identifier, {"record": record.identifier})

    assert status == {"exists": True, "title": "Arrêts de bus", "date_stamp": "2024-03-01",
                      "url": publisher.record_url(record.identifier), "ours": True}


# --- verify ------------------------------------------------------------------------------------

def test_verify_passes_on_a_fresh_publication_and_detects_a_record_deleted_behind_our_back(pycsw, tmp_path):
    record = make_record()
    publisher = make_publisher(pycsw.url)
    package = make_package(record, tmp_path)
    result = publisher.publish(package, {})
    assert publisher.verify(package, result) == []

    delete_behind_our_back(pycsw.url, record.identifier)

    problems = publisher.verify(package, result)
    assert len(problems) == 1 and "absente du catalogue" in problems[0]


def test_verify_detects_a_title_changed_on_the_catalogue(pycsw, tmp_path):
    record = make_record(title="Titre publié")
    publisher = make_publisher(pycsw.url)
    result = publisher.publish(make_package(record, tmp_path), {})

    expected = make_package(record.replace(title="Titre attendu"), tmp_path)
    problems = publisher.verify(expected, result)

    assert len(problems) == 1 and "« Titre publié » au lieu de « Titre attendu »" in problems[0]


# --- faults ------------------------------------------------------------------------------------

def test_stopped_server_gives_an_unreachable_error_in_french_without_the_secret(fresh_pycsw, tmp_path):
    record = make_record()
    publisher = make_publisher(fresh_pycsw.url, credentials=Credentials(username="editeur", password=SECRET))
    publisher.publish(make_package(record, tmp_path), {})
    fresh_pycsw.stop()

    with pytest.raises(PublishError) as caught:
        publisher.publish(make_package(record.replace(title="Nouveau titre"), tmp_path), {})

    error = caught.value
    assert error.code == "publish.unreachable" and error.retryable
    assert "« test »" in error.message_fr  # the target, named
    assert all(SECRET not in text for text in (error.message_fr, error.message_en, str(error), repr(error)))


def test_batch_cut_by_an_outage_resumes_after_restart_without_duplicates(fresh_pycsw, tmp_path):
    records = [make_record(title=f"Couche {n}") for n in range(4)]
    publisher = make_publisher(fresh_pycsw.url)
    for record in records[:2]:
        publisher.publish(make_package(record, tmp_path), service_links())
    fresh_pycsw.stop()
    with pytest.raises(PublishError) as caught:
        publisher.publish(make_package(records[2], tmp_path), service_links())
    assert caught.value.code == "publish.unreachable"

    fresh_pycsw.start()  # same port, same database
    results = [publisher.publish(make_package(record, tmp_path), service_links()) for record in records]

    assert [r.changed for r in results] == [False, False, True, True]
    assert [r.created for r in results] == [[], [], ["record"], ["record"]]
    assert [publisher.count(r.identifier) for r in records] == [1, 1, 1, 1]
    assert anytext_hits(fresh_pycsw.url) == 4


def test_catalogue_with_transactions_disabled_refuses_with_a_clear_error(pycsw_factory, tmp_path):
    server = pycsw_factory(transactions=False)
    record = make_record()
    publisher = make_publisher(server.url)

    with pytest.raises(PublishError) as caught:
        publisher.publish(make_package(record, tmp_path), {})

    assert caught.value.code == "publish.csw-read-only"
    assert publisher.count(record.identifier) == 0


def test_catalogue_refusing_our_ip_address_gives_a_forbidden_error_naming_it(pycsw_factory, tmp_path):
    server = pycsw_factory(allowed_ips="10.9.8.7")
    record = make_record()
    publisher = make_publisher(server.url)

    with pytest.raises(PublishError) as caught:
        publisher.publish(make_package(record, tmp_path), {})

    assert caught.value.code == "publish.forbidden"
    assert "127.0.0.1" in caught.value.message_fr  # the address to allow, named
    assert publisher.count(record.identifier) == 0


def test_dry_run_plans_one_insert_and_sends_no_transaction(pycsw, tmp_path):
    record = make_record()
    publisher = make_publisher(pycsw.url)
    publisher.http.dry_run = True

    result = publisher.publish(make_package(record, tmp_path), service_links())

    assert result.created == ["record"]
    assert [(p["method"], p["url"]) for p in publisher.http.planned] == [("POST", pycsw.url)]
    assert publisher.count(record.identifier) == 0


# --- stand-in server: what pycsw cannot be made to send ---------------------------------------------

class StandIn:
    """A CSW stand-in on 127.0.0.1 answering every request with ``body``; keeps what it received."""

    def __init__(self, body: bytes):
        received = self.received = []

        class Handler(http.server.BaseHTTPRequestHandler):
            def _answer(self):
                length = int(self.headers.get("Content-Length") or 0)
                received.append((self.command, dict(self.headers), self.rfile.read(length)))
                self.send_response(200)
                self.send_header("Content-Type", "application/xml")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            do_GET = do_POST = _answer

            def log_message(self, *args):
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/csw"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.server.shutdown()
        self.server.server_close()


def test_entities_in_a_server_answer_are_not_expanded_stand_in(tmp_path):
    local_file = tmp_path / "secret.txt"
    local_file.write_text("CONTENU-LOCAL")
    body = f"""<?xml version="1.0"?>
<!DOCTYPE csw:GetRecordByIdResponse [
  <!ENTITY inner "ENTITE-DEVELOPPEE">
  <!ENTITY outer SYSTEM "file://{local_file}">
]>
<csw:GetRecordByIdResponse xmlns:csw="{NS['csw']}" xmlns:gmd="{NS['gmd']}" xmlns:gco="{NS['gco']}">
 <gmd:MD_Metadata><gmd:dateStamp><gco:Date>2024-01-01</gco:Date></gmd:dateStamp>
  <gmd:identificationInfo><gmd:MD_DataIdentification><gmd:citation><gmd:CI_Citation>
   <gmd:title><gco:CharacterString>Titre &inner; &outer;</gco:CharacterString></gmd:title>
  </gmd:CI_Citation></gmd:citation></gmd:MD_DataIdentification></gmd:identificationInfo>
 </gmd:MD_Metadata>
</csw:GetRecordByIdResponse>""".encode()
    with StandIn(body) as stand_in:
        status = make_publisher(stand_in.url).status("abc", {})

    assert status["exists"] is True
    assert status["title"].startswith("Titre")
    assert "ENTITE-DEVELOPPEE" not in status["title"] and "CONTENU-LOCAL" not in status["title"]


def test_transactions_are_posted_as_application_xml_stand_in(tmp_path):
    answer = (f'<csw:TransactionResponse xmlns:csw="{NS["csw"]}" version="2.0.2"><csw:TransactionSummary>'
              "<csw:totalInserted>1</csw:totalInserted><csw:totalUpdated>0</csw:totalUpdated>"
              "<csw:totalDeleted>0</csw:totalDeleted></csw:TransactionSummary></csw:TransactionResponse>").encode()
    record = make_record()
    with StandIn(answer) as stand_in:  # the GetRecordById read first finds no record: Insert
        make_publisher(stand_in.url).publish(make_package(record, tmp_path), {})

    (method, headers, body), = [r for r in stand_in.received if r[0] == "POST"]
    assert (method, headers["Content-Type"]) == ("POST", "application/xml")
    assert etree.fromstring(body).xpath("//gmd:fileIdentifier/gco:CharacterString/text()", namespaces=NS) \
        == [record.identifier]
