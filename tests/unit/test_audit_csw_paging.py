"""Paging through a CSW in an audit, against a small local CSW 2.0.2 server whose answers vary the way
catalogues' answers do: a catalogue that cannot sort, counts that do not come first, an answer cut off in
the middle, an exception in the middle of the harvest, the CSW namespace as the default one.

The real pycsw is in tests/servers (test_audit_servers.py); here each variation is forced.
"""
import datetime as dt
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from lxml import etree

from passerelle import api
from passerelle.audit import sources
from passerelle.catalogue.errors import PasserelleError
from support import audit_catalogue as catalogue

TODAY = dt.date(2026, 6, 15)
CSW = "http://www.opengis.net/cat/csw/2.0.2"
SORT = "{http://www.opengis.net/ogc}SortBy"
EXCEPTION = (b'<?xml version="1.0" encoding="UTF-8"?><ows:ExceptionReport version="1.2.0" '
             b'xmlns:ows="http://www.opengis.net/ows"><ows:Exception exceptionCode="InvalidParameterValue">'
             b'<ows:ExceptionText>cannot do that</ows:ExceptionText></ows:Exception></ows:ExceptionReport>')


class SmallCsw:
    """GetRecords over ``records`` (ISO 19139 bodies), ``startPosition`` / ``maxRecords`` honoured.

    ``sorting=False``: a request with a SortBy gets an exception report; ``padding``: bytes of comment before
    the counts; ``cut_once``: the first answer stops halfway through its announced length; ``fail_at``: the
    answer to that startPosition is an exception report; ``default_namespace``: no ``csw:`` prefix.
    """

    def __init__(self, records, sorting=True, padding=0, cut_once=False, fail_at=0, default_namespace=False):
        self.records, self.sorting, self.padding = records, sorting, padding
        self.cut_once, self.fail_at, self.default_namespace = cut_once, fail_at, default_namespace
        self.asked = []  # (startPosition, maxRecords, sorted)
        owner = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):
                pass

            def do_POST(self):  # noqa: N802
                request = etree.fromstring(self.rfile.read(int(self.headers["Content-Length"])))
                body, cut = owner.answer(request)
                self.send_response(200)
                self.send_header("Content-Type", "application/xml; charset=utf-8")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body[:len(body) // 2] if cut else body)
                if cut:
                    self.close_connection = True

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/csw"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def stop(self):
        self.server.shutdown()
        self.server.server_close()

    def answer(self, request):
        start, count = int(request.get("startPosition", 1)), int(request.get("maxRecords", 10))
        is_sorted = next(request.iter(SORT), None) is not None
        self.asked.append((start, count, is_sorted))
        if (is_sorted and not self.sorting) or start == self.fail_at:
            return EXCEPTION, False
        chosen = self.records[start - 1:start - 1 + count]
        following = start + len(chosen) if start - 1 + len(chosen) < len(self.records) else 0
        prefix = "" if self.default_namespace else "csw:"
        declaration = f'xmlns="{CSW}"' if self.default_namespace else f'xmlns:csw="{CSW}"'
        head = (f'<?xml version="1.0" encoding="UTF-8"?><{prefix}GetRecordsResponse {declaration} version="2.0.2">'
                f'<!--{"x" * self.padding}--><{prefix}SearchStatus timestamp="2026-06-15T10:00:00Z"/>'
                f"<{prefix}SearchResults numberOfRecordsMatched='{len(self.records)}' "
                f"numberOfRecordsReturned='{len(chosen)}' elementSet='full' nextRecord='{following}'>")
        body = head.encode() + b"".join(chosen) + f"</{prefix}SearchResults></{prefix}GetRecordsResponse>".encode()
        cut, self.cut_once = self.cut_once, False
        return body, cut


@pytest.fixture
def records(vocab, tmp_path):
    folder = catalogue.generated_records(vocab, 25, TODAY, tmp_path / "fiches")
    bodies, identifiers = [], []
    for path in sorted((tmp_path / "fiches").iterdir()):
        root = etree.parse(str(path)).getroot()
        bodies.append(etree.tostring(root))
        identifiers.append(root.findtext("{http://www.isotc211.org/2005/gmd}fileIdentifier/"
                                         "{http://www.isotc211.org/2005/gco}CharacterString"))
    assert folder and len(set(identifiers)) == 25
    return bodies, identifiers


@pytest.fixture
def small_pages(monkeypatch):
    monkeypatch.setattr(sources, "PAGE_SIZE", 10)


def audit(server, **options):
    return api.audit(server.url, {"name": "csw-test"}, links=False, today=TODAY, **options)


@pytest.mark.parametrize("variation", [{}, {"padding": 20_000}, {"default_namespace": True}],
                         ids=["counts-first", "counts-after-a-long-comment", "default-namespace"])
def test_every_record_once_page_after_page(records, small_pages, variation):
    bodies, identifiers = records
    server = SmallCsw(bodies, **variation)
    try:
        report = audit(server)
    finally:
        server.stop()
    assert [summary.key for summary in report.records] == identifiers
    assert report.complete and report.repeated == 0 and report.findings == []
    assert server.asked == [(1, 10, True), (11, 10, True), (21, 10, True)]


def test_a_catalogue_that_cannot_sort_is_read_in_its_own_order(records, small_pages):
    bodies, identifiers = records
    server = SmallCsw(bodies, sorting=False)
    try:
        report = audit(server)
    finally:
        server.stop()
    assert [summary.key for summary in report.records] == identifiers
    assert server.asked == [(1, 10, True), (1, 10, False), (11, 10, False), (21, 10, False)]


def test_a_page_cut_off_is_asked_again(records, small_pages):
    bodies, identifiers = records
    server = SmallCsw(bodies, cut_once=True)
    try:
        report = audit(server)
    finally:
        server.stop()
    assert [summary.key for summary in report.records] == identifiers
    assert server.asked[:2] == [(1, 10, True), (1, 10, True)] and len(server.asked) == 4


def test_an_exception_in_the_middle_of_the_harvest_stops_the_audit_with_its_code(records, small_pages):
    bodies, _identifiers = records
    server = SmallCsw(bodies, fail_at=11)
    try:
        with pytest.raises(PasserelleError) as raised:
            audit(server)
    finally:
        server.stop()
    assert raised.value.code == "audit.csw-exception" and "InvalidParameterValue" in raised.value.message_en


def test_limit_asks_only_for_the_records_wanted(records, small_pages):
    bodies, identifiers = records
    server = SmallCsw(bodies)
    try:
        report = audit(server, limit=15)
    finally:
        server.stop()
    assert [summary.key for summary in report.records] == identifiers[:15]
    assert server.asked == [(1, 10, True), (11, 5, True)]
