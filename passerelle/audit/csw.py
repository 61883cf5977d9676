"""Paging through a CSW catalogue with OWSLib, every request sent through Passerelle's network layer.

OWSLib builds the GetRecords requests (CSW 2.0.2, ``typeNames=gmd:MD_Metadata``, ISO 19139
``outputSchema``, ``elementSetName=full``, ``startPosition`` / ``maxRecords``) and reads the result
counts (``numberOfRecordsMatched``, ``nextRecord``). What OWSLib would do over its own HTTP calls goes
through an :class:`~passerelle.publishers.http.HttpClient` instead, so QGIS's proxy and certificate
settings apply, and answers are parsed safely (no entities, no DTD, no network). The records
themselves are read by Passerelle's ISO reader, which keeps what OWSLib's model drops (thesaurus
anchors, Passerelle's own thesauri, every online resource): OWSLib's per-record parsing is skipped.

An audit fetches the next pages in a thread of their own while the records of the current one are
checked: that thread only downloads an answer (read whole) and reads its counts from its first bytes,
then asks for the next page; the answer is parsed by the thread that checks it (:meth:`Page.records`).
So the fetching thread hardly ever needs the interpreter, and the downloads keep up with the checks.

    >>> catalogue = CswCatalogue("https://geo.region.fr/geonetwork/srv/fre/csw", http)
    >>> for page in catalogue.pages(page_size=100):
    ...     [element.tag for element in page.records()]          # gmd:MD_Metadata elements
"""
from __future__ import annotations

import time
from typing import Iterator, Optional

from lxml import etree

from ..publishers.http import PublishError, parse_xml, redact

GMD = "http://www.isotc211.org/2005/gmd"
CSW = "http://www.opengis.net/cat/csw/2.0.2"
OWS = "http://www.opengis.net/ows"
READ_HEADERS = {"Accept-Encoding": "identity"}  # pycsw 2.6 gzips with a wrong Content-Length
HEAD_BYTES = 8192  # where a GetRecords answer says how many records it holds
_RESPONSE, _RESULTS = f"{{{CSW}}}GetRecordsResponse", f"{{{CSW}}}SearchResults"
PAGE_RETRIES = 2  # GetRecords is a read: a page lost to a network hiccup is asked again


def _owslib_catalogue():
    """OWSLib's CSW 2.0.2 client class, its HTTP replaced by ours (imported on first use)."""
    from owslib.catalogue.csw2 import CatalogueServiceWeb

    class _Catalogue(CatalogueServiceWeb):
        http = None  # the HttpClient requests go through

        def _invoke(self):
            if isinstance(self.request, str):  # KVP (GetCapabilities)
                url = self.url + ("&" if "?" in self.url else "?") + self.request
                self.response = self.http.get(url, headers=READ_HEADERS).content
            else:
                body = etree.tostring(self.request, xml_declaration=True, encoding="UTF-8")
                self.response = _post(self.http, self.url, body)
            head = _results_head(self.response)
            if head is not None:  # the counts OWSLib reads; the records are parsed by the checking thread
                self._exml, self.page = etree.ElementTree(head), Page(body=self.response)
            else:  # an exception report, or results that do not come first: parsed whole here
                root = parse_xml(self.response)
                if etree.QName(root).localname == "ExceptionReport":
                    raise _exception(self.http, root)
                self._exml, self.page = etree.ElementTree(root), Page(root=root)
            self.exceptionreport = None

        def _parserecords(self, outputschema, esn):
            self.records = {}  # Passerelle's reader reads the page's gmd:MD_Metadata elements as they are

    return _Catalogue


class Page:
    """One GetRecords answer: its body, parsed when its records are read (see :func:`_results_head`)."""

    __slots__ = ("body", "root")

    def __init__(self, body: bytes = b"", root=None):
        self.body, self.root = body, root

    def records(self) -> list:
        """The page's ``gmd:MD_Metadata`` elements."""
        if self.root is None:
            self.root, self.body = parse_xml(self.body), b""
        return list(self.root.iter(f"{{{GMD}}}MD_Metadata"))


def _results_head(body: bytes):
    """A ``csw:GetRecordsResponse`` holding only its ``csw:SearchResults`` (with its counts), read from the
    start of ``body``; None when the answer does not begin so.

    The fetching thread reads only this much of a page before asking for the next one: the page itself is
    parsed by the thread that checks its records, while the next page downloads.
    """
    parser = etree.XMLPullParser(events=("start",), resolve_entities=False, no_network=True, load_dtd=False)
    try:
        parser.feed(body[:HEAD_BYTES])
        for _event, element in parser.read_events():
            if element.tag == _RESULTS:
                root = etree.Element(_RESPONSE)
                etree.SubElement(root, _RESULTS, dict(element.attrib))
                return root
            if element.getparent() is None and element.tag != _RESPONSE:
                return None
    except etree.XMLSyntaxError:
        return None
    return None


def _post(http, url: str, body: bytes) -> bytes:
    """The body of a GetRecords answer.

    Read whole at once rather than in small chunks: this runs in the harvest's fetching thread, and each
    chunk would wait for the interpreter while the checking thread holds it.
    """
    for attempt in range(PAGE_RETRIES + 1):
        try:
            response = http.post(url, data=body, headers={"Content-Type": "application/xml", **READ_HEADERS},
                                 stream=True)
            try:
                return response.raw.read(decode_content=True)
            except Exception as error:  # the connection broke in the middle of the page
                raise PublishError(f"{http.target} a interrompu l'envoi d'une page de fiches ({redact(url)}).",
                                   f"{http.target} broke off sending a page of records ({redact(url)}).",
                                   code="publish.unreachable", retryable=True) from error
            finally:
                response.close()
        except PublishError as error:
            if not error.retryable or attempt == PAGE_RETRIES:
                raise
            time.sleep(0.5 * (attempt + 1))
    raise AssertionError("unreachable")


def _exception(http, root) -> PublishError:
    exception = next(root.iter(f"{{{OWS}}}Exception"), None)
    code = exception.get("exceptionCode", "") if exception is not None else ""
    text = " ".join(t.strip() for t in (exception.itertext() if exception is not None else []) if t.strip())
    return PublishError(f"{http.target} a refusé la recherche GetRecords ({code or 'exception'}) : "
                        f"{redact(text)[:300]}",
                        f"{http.target} refused GetRecords ({code or 'exception'}): {redact(text)[:300]}",
                        code="audit.csw-exception")


class CswCatalogue:
    """A CSW 2.0.2 catalogue read page by page (see the module's documentation)."""

    def __init__(self, url: str, http):
        self.url = url
        self.http = http
        self.matched: Optional[int] = None  # numberOfRecordsMatched, known after the first page

    def pages(self, page_size: int = 100, limit: Optional[int] = None) -> Iterator[Page]:
        """The answers, one :class:`Page` each (:meth:`Page.records`: its ``gmd:MD_Metadata`` elements), until
        the catalogue or ``limit`` ends."""
        catalogue = _owslib_catalogue()(self.url, skip_caps=True, timeout=self.http.timeout)
        catalogue.http = self.http
        from owslib.fes import SortBy, SortProperty

        # Sorted on the identifier, pages stay put if records are added meanwhile; a catalogue that
        # cannot sort (it answers with an exception) is read in its own order.
        sort = SortBy([SortProperty("apiso:Identifier", "ASC")])
        start, served = 1, 0
        while True:
            wanted = page_size if limit is None else min(page_size, limit - served)
            if wanted <= 0:
                return
            try:
                catalogue.getrecords2(typenames="gmd:MD_Metadata", esn="full", outputschema=GMD,
                                      startposition=start, maxrecords=wanted, sortby=sort)
            except PublishError as error:
                if sort is None or error.code != "audit.csw-exception":
                    raise
                sort = None
                continue
            self.matched = catalogue.results.get("matches")
            returned = catalogue.results.get("returned") or 0
            served += returned
            yield catalogue.page
            following = catalogue.results.get("nextrecord") or 0
            if returned == 0 or following == 0 or following <= start \
                    or (self.matched is not None and following > self.matched):
                return
            start = following

    def record_url(self, identifier: str) -> str:
        """The GetRecordById address of a record, in ISO 19139."""
        from urllib.parse import urlencode

        query = urlencode({"service": "CSW", "version": "2.0.2", "request": "GetRecordById", "id": identifier,
                           "outputSchema": GMD, "elementSetName": "full"})
        return f"{self.url}{'&' if '?' in self.url else '?'}{query}"
