"""Existing records read from a real pycsw 2.6.2 (by identifier) and searched with OWSLib, no QGIS needed;
from a URL (a local HTTP server) with the size limit and a hostile document."""
import os
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from lxml import etree

from passerelle import api
from passerelle.catalogue import linking
from passerelle.catalogue.errors import PasserelleError
from support.foreign_records import insert_into_csw

RECORDS = os.path.join(os.path.dirname(os.path.dirname(__file__)), "data", "iso_records")
GMD = "http://www.isotc211.org/2005/gmd"
PLU = "fr-120066022-jdd-8b2c7e1d-4f3a-4d9e-a6b5-0c1d2e3f4a5b"
LYCEES = "a7d1e0f2-3b4c-4d5e-9f6a-7b8c9d0e1f23"
IRVE = "c3f1b2a4-6d5e-4f70-8a9b-1c2d3e4f5a6b"


def read(name: str) -> bytes:
    with open(os.path.join(RECORDS, name), "rb") as handle:
        return handle.read()


@pytest.fixture(scope="module")
def catalogue(tmp_path_factory):
    """A pycsw of its own holding three records of other catalogues (the session's holds Passerelle's)."""
    from passerelle.sdi.pycsw_server import PycswServer

    server = PycswServer(tmp_path_factory.mktemp("pycsw-foreign")).start()
    for name in ("geoide-ddt-plu-zonage.xml", "geobretagne-georchestra-lycees.xml", "datagouv-harvested-irve.xml"):
        insert_into_csw(server.url, read(name))
    yield server
    server.stop()


def test_a_record_is_read_from_the_csw_by_its_identifier_and_mapped(catalogue):
    linked = api.existing_record({"csw": catalogue.url, "identifier": PLU})
    assert linked.record.identifier == PLU
    assert linked.record.title == "Plan local d'urbanisme de Poligny - zonage"
    assert linked.record.frequency == "http://publications.europa.eu/resource/authority/frequency/AS_NEEDED"
    assert linked.record.licence == "https://spdx.org/licenses/etalab-2.0"
    assert linked.record.resource_identifier.endswith(PLU)  # the Géo-IDE namespace URI, kept for harvesters
    assert (linked.origin.kind, linked.origin.location, linked.origin.identifier) == ("csw", catalogue.url, PLU)
    assert "metadata.not-kept" in {f.code for f in linked.findings}  # the distribution format of the source
    assert etree.fromstring(linked.document).tag == f"{{{GMD}}}MD_Metadata"


def test_an_unknown_identifier_is_not_found_and_a_hostile_one_never_reaches_the_catalogue(catalogue):
    with pytest.raises(PasserelleError) as missing:
        api.existing_record({"csw": catalogue.url, "identifier": "inconnu-0001"})
    assert missing.value.code == "link.not-found"
    before = catalogue.log_tail(200)
    with pytest.raises(PasserelleError) as hostile:
        api.existing_record({"csw": catalogue.url, "identifier": "../../etc/passwd"})
    assert hostile.value.code == "record.identifier-invalid"
    assert "passwd" not in catalogue.log_tail(200)[len(before):]


def test_owslib_search_finds_records_by_their_text_and_pages_through_them(catalogue):
    page = api.search_catalogue(catalogue.url, "Poligny")
    assert [(h.identifier, h.title) for h in page.hits] == [(PLU, "Plan local d'urbanisme de Poligny - zonage")]
    assert page.matched == 1 and page.next == 0
    assert page.hits[0].abstract.startswith("Zonage du plan local d'urbanisme") and page.hits[0].kind == "dataset"
    first = api.search_catalogue(catalogue.url, "", limit=2)
    assert first.matched == 3 and len(first.hits) == 2 and first.next == 3
    second = api.search_catalogue(catalogue.url, "", start=first.next, limit=2)
    assert len(second.hits) == 1 and second.next == 0
    assert {h.identifier for h in first.hits + second.hits} == {PLU, LYCEES, IRVE}
    # A wildcard typed by the person is a character, not "anything".
    assert api.search_catalogue(catalogue.url, "%").matched == 0


class _Files(BaseHTTPRequestHandler):
    documents: dict = {}

    def do_GET(self):  # noqa: N802 (http.server API)
        body = self.documents.get(self.path)
        self.send_response(200 if body is not None else 404)
        self.send_header("Content-Type", "application/xml")
        self.send_header("Content-Length", str(len(body or b"")))
        self.end_headers()
        self.wfile.write(body or b"")

    def log_message(self, *args):
        pass


@pytest.fixture
def web():
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Files)
    _Files.documents = {}
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}", _Files.documents
    server.shutdown()
    server.server_close()


def test_a_record_url_is_read_within_the_size_limit_and_its_entities_never_followed(web, tmp_path):
    base, documents = web
    documents["/fiche.xml"] = read("geobretagne-georchestra-lycees.xml")
    assert api.existing_record(f"{base}/fiche.xml").record.identifier == LYCEES
    secret = tmp_path / "secret.txt"
    secret.write_text("mot-de-passe-du-serveur")
    hostile = read("geobretagne-georchestra-lycees.xml").replace(
        b"<gmd:MD_Metadata", f'<!DOCTYPE x [<!ENTITY s SYSTEM "file://{secret}">]>\n<gmd:MD_Metadata'.encode(), 1
    ).replace(b"<gco:CharacterString>Lyc\xc3\xa9es publics", b"<gco:CharacterString>&s;Lyc\xc3\xa9es publics", 1)
    documents["/hostile.xml"] = hostile
    linked = api.existing_record(f"{base}/hostile.xml")
    assert "mot-de-passe" not in linked.record.title and "mot-de-passe" not in linked.document.decode()
    documents["/huge.xml"] = b"<x>" + b" " * (linking.MAX_BYTES + 10) + b"</x>"
    with pytest.raises(PasserelleError) as big:
        api.existing_record(f"{base}/huge.xml")
    assert big.value.code == "network.too-big"
    with pytest.raises(PasserelleError) as absent:
        api.existing_record(f"{base}/absente.xml")
    assert absent.value.code == "publish.not-found"
