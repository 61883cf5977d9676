"""Where existing ISO 19139 records are read from: a file, a URL, a CSW, a GeoNetwork; and CSW search.

What :func:`passerelle.api.link_record` accepts as ``source``:

- a path of this machine (``"fiche.xml"``);
- an http(s) URL answering one record (a GeoNetwork ``/formatters/xml``, a CSW GetRecordById URL);
- ``{"csw": "https://geo.ville.fr/csw", "identifier": "..."}``: GetRecordById in ISO 19139;
- ``{"geonetwork": "https://geo.ville.fr/geonetwork", "identifier": "..."}``: the record's XML from the
  GeoNetwork API (anonymously: a public record);
- ``{"target": "catalogue", "identifier": "..."}``: a target of the profile (``csw``, ``geonetwork`` or
  ``local``), read with the target's credentials from QGIS's authentication manager.

Everything goes through the network layer (QGIS's proxy and CAs), with a timeout and a size limit
(:data:`~passerelle.catalogue.linking.MAX_BYTES`); answers are parsed without entities, DTDs or
network access; an identifier is validated before it goes into a URL.

:func:`search` runs a CSW GetRecords (a text constraint on ``csw:AnyText``, paged) built and read by
OWSLib, sent through the same network layer.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from urllib.parse import urlencode

from ..catalogue import linking
from ..catalogue.errors import PasserelleError
from ..catalogue.identifiers import validate as validate_identifier
from ..catalogue.textfields import excerpt
from .http import PublishError, parse_xml, redact

GMD = "http://www.isotc211.org/2005/gmd"
XML_ACCEPT = {"Accept": "application/xml, text/xml;q=0.9, */*;q=0.1", "Accept-Encoding": "identity"}
_TARGET_KINDS = ("csw", "geonetwork", "local")


def describe(source) -> str:
    """What ``source`` names, for messages."""
    if isinstance(source, dict):
        place = source.get("target") or source.get("csw") or source.get("geonetwork") or "?"
        return f"{source.get('identifier', '?')} @ {redact(str(place))}"
    return redact(str(source))


def fetch(source, context, *, timeout: float = 30) -> tuple[bytes, linking.Origin]:
    """(document, origin) of ``source`` (see the module documentation); nothing is parsed here but CSW errors."""
    if isinstance(source, dict):
        return _from_catalogue(source, context, timeout)
    if isinstance(source, (str, os.PathLike)):
        text = os.fspath(source).strip()
        if text.lower().startswith(("http://", "https://")):
            body = context.network.fetch(text, timeout=timeout, max_bytes=linking.MAX_BYTES,
                                         accept=XML_ACCEPT["Accept"])
            return body, linking.Origin("url", text)
        if "://" in text:
            raise _bad_source(text)
        return _from_file(text), linking.Origin("file", os.path.abspath(text))
    raise _bad_source(source)


def _from_file(path: str) -> bytes:
    if not os.path.isfile(path):
        raise PasserelleError(f"Le fichier « {excerpt(path, 200)} » n'existe pas (ou n'est pas un fichier).",
                              f"File '{excerpt(path, 200)}' does not exist (or is not a file).", code="link.source")
    size = os.path.getsize(path)
    if size > linking.MAX_BYTES:
        raise linking.too_big(size)
    with open(path, "rb") as handle:
        return handle.read(linking.MAX_BYTES + 1)


def _from_catalogue(source: dict, context, timeout: float) -> tuple[bytes, linking.Origin]:
    identifier = validate_identifier(str(source.get("identifier") or "").strip())
    if source.get("target"):
        return _from_target(str(source["target"]), identifier, context)
    if source.get("csw"):
        endpoint = _http_url(source["csw"])
        http = context.http_client(endpoint, target=f"Le catalogue CSW « {redact(endpoint)} »", timeout=timeout)
        return _get_record_by_id(http, endpoint, identifier), linking.Origin("csw", endpoint, identifier)
    if source.get("geonetwork"):
        base = _http_url(source["geonetwork"]).rstrip("/")
        http = context.http_client(base, target=f"Le catalogue GeoNetwork « {redact(base)} »", timeout=timeout)
        return _geonetwork_record(http, f"{base}/srv/api/records/{identifier}/formatters/xml", identifier), \
            linking.Origin("geonetwork", base, identifier)
    raise _bad_source(source)


def _from_target(name: str, identifier: str, context) -> tuple[bytes, linking.Origin]:
    from .csw import CswPublisher
    from .geonetwork import GeoNetworkPublisher

    settings = context.profile.targets.get(name)
    if settings is None or settings.get("type") not in _TARGET_KINDS:
        known = [n for n, s in context.profile.targets.items() if s.get("type") in _TARGET_KINDS]
        raise PasserelleError(
            f"« {name} » n'est pas une cible catalogue du profil « {context.profile.name} » "
            f"(catalogues du profil : {', '.join(known) or 'aucun'}).",
            f"'{name}' is not a catalogue target of profile '{context.profile.name}'.", code="link.source")
    for publisher in context.publishers([name]):
        if isinstance(publisher, GeoNetworkPublisher):
            path = f"{publisher.portal}/api/records/{identifier}/formatters/xml"
            return _geonetwork_record(publisher.http, path, identifier), \
                linking.Origin("geonetwork", settings.get("url", ""), identifier, target=name)
        if isinstance(publisher, CswPublisher):  # a csw target, or the CSW of a local SDI
            return _get_record_by_id(publisher.http, publisher.endpoint, identifier), \
                linking.Origin("csw", publisher.endpoint, identifier, target=name)
    raise PasserelleError(f"La cible « {name} » n'a pas de catalogue où lire une fiche.",
                          f"Target '{name}' has no catalogue to read a record from.", code="link.source")


def record_by_id_url(endpoint: str, identifier: str) -> str:
    """GetRecordById (CSW 2.0.2) of ``identifier`` in ISO 19139, full."""
    query = urlencode({"service": "CSW", "version": "2.0.2", "request": "GetRecordById", "id": identifier,
                       "outputSchema": GMD, "elementSetName": "full"})
    return f"{endpoint}{'&' if '?' in endpoint else '?'}{query}"


def _get_record_by_id(http, endpoint: str, identifier: str) -> bytes:
    _status, body, _headers = http.get_body(record_by_id_url(endpoint, identifier), max_bytes=linking.MAX_BYTES,
                                            headers=XML_ACCEPT)
    root = parse_xml(body)
    if root.tag != f"{{{GMD}}}MD_Metadata" and root.find(f".//{{{GMD}}}MD_Metadata") is None \
            and root.tag.endswith("GetRecordByIdResponse"):
        raise _not_found(identifier, redact(endpoint))
    return body


def _geonetwork_record(http, path: str, identifier: str) -> bytes:
    status, body, _headers = http.get_body(path, max_bytes=linking.MAX_BYTES, expect=(200, 404),
                                           headers=XML_ACCEPT,
                                           params={"addSchemaLocation": "false", "increasePopularity": "false"})
    if status == 404:
        raise _not_found(identifier, http.target)
    return body


def _not_found(identifier: str, where: str) -> linking.LinkError:
    return linking.LinkError(f"Le catalogue {where} n'a pas de fiche « {identifier} ».",
                             f"Catalogue {where} has no record '{identifier}'.", code="link.not-found")


def _http_url(value) -> str:
    text = str(value or "").strip()
    if not text.lower().startswith(("http://", "https://")):
        raise _bad_source(text)
    return text


def _bad_source(source) -> PasserelleError:
    return PasserelleError(
        f"Source de fiche non reconnue « {excerpt(redact(str(source)), 200)} » : donnez un fichier, une adresse "
        "http(s), ou {\"csw\": adresse, \"identifier\": …}, {\"geonetwork\": adresse, \"identifier\": …}, "
        "{\"target\": cible du profil, \"identifier\": …}.",
        f"Unrecognised record source '{excerpt(redact(str(source)), 200)}': give a file, an http(s) URL, or "
        "{'csw'|'geonetwork'|'target': ..., 'identifier': ...}.", code="link.source")


# --- CSW search ----------------------------------------------------------------------------------

@dataclass
class Hit:
    """One record a search found (what OWSLib reads of its ISO summary)."""

    identifier: str
    title: str = ""
    abstract: str = ""
    kind: str = ""  # hierarchy level: dataset, series, service...


@dataclass
class SearchPage:
    """One page of results: ``matched`` in all, this page's ``hits`` from ``start`` (1-based), ``next`` (0: last)."""

    matched: int = 0
    start: int = 1
    next: int = 0
    hits: list = field(default_factory=list)


def search(endpoint: str, http, text: str = "", *, start: int = 1, limit: int = 10) -> SearchPage:
    """Records of the CSW at ``endpoint`` whose text contains ``text`` (all when empty), ``limit`` from ``start``.

    OWSLib builds the GetRecords request (ISO 19139 output, element set ``summary``) and reads its
    answer; ``http`` (an :class:`~.http.HttpClient` of the network layer) carries it.
    """
    import warnings

    from owslib import fes

    csw = _owslib_csw(endpoint, http)
    constraints = []
    words = (text or "").strip()
    if words:
        escaped = words.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        constraints = [fes.PropertyIsLike("csw:AnyText", f"%{escaped}%", wildCard="%", singleChar="_",
                                          escapeChar="\\", matchCase=False)]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", FutureWarning)  # OWSLib announcing its next API
        csw.getrecords2(constraints=constraints, typenames="gmd:MD_Metadata", esn="summary", outputschema=GMD,
                        startposition=max(1, int(start)), maxrecords=max(1, min(int(limit), 100)))
    page = SearchPage(matched=int(csw.results.get("matches") or 0), start=max(1, int(start)),
                      next=int(csw.results.get("nextrecord") or 0))
    if page.next > page.matched:
        page.next = 0
    for identifier, record in csw.records.items():
        identification = next(iter(getattr(record, "identificationinfo", None) or []), None)
        page.hits.append(Hit(identifier=(record.identifier or identifier or "").strip(),
                             title=(getattr(identification, "title", "") or "").strip(),
                             abstract=(getattr(identification, "abstract", "") or "").strip(),
                             kind=(record.hierarchy or "").strip()))
    return page


def _owslib_csw(endpoint: str, http):
    """An OWSLib CSW 2.0.2 client whose requests go through ``http`` and whose answers are parsed safely."""
    import warnings

    from lxml import etree
    from owslib import util
    from owslib.catalogue.csw2 import CatalogueServiceWeb, namespaces

    class Csw(CatalogueServiceWeb):
        def _invoke(self):  # noqa: D401 - OWSLib's transport, replaced
            request = util.cleanup_namespaces(self.request)
            for query in request.findall(util.nspath_eval("csw:Query", namespaces)):
                prefixes = [name.split(":")[0] for name in (query.get("typeNames") or "").split(" ") if ":" in name]
                request = util.add_namespaces(request, prefixes)
            body = util.element_to_string(util.add_namespaces(request, "ows"), encoding="utf-8")
            self.response = _post(http, endpoint, body)
            root = parse_xml(self.response)
            if etree.QName(root).localname == "ExceptionReport":
                text = " ".join(t.strip() for t in root.itertext() if t.strip())
                raise PublishError(f"Le catalogue a refusé la recherche : {excerpt(text, 300)}",
                                   f"The catalogue refused the search: {excerpt(text, 300)}", code="link.search")
            if etree.QName(root).localname != "GetRecordsResponse":
                raise PublishError(f"{http.target} n'a pas répondu comme un catalogue CSW "
                                   f"(élément {etree.QName(root).localname}).",
                                   f"{http.target} did not answer as a CSW catalogue.", code="publish.bad-answer")
            self._exml = etree.ElementTree(root)
            self.exceptionreport = None

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # OWSLib's notes on optional nextRecord and keyword properties
        return Csw(endpoint, skip_caps=True, timeout=http.timeout)


def _post(http, url: str, body: bytes) -> bytes:
    """The answer to a POST, refused beyond the size limit (GetRecords changes nothing: sent once)."""
    import requests

    response = http.request("POST", url, data=body, stream=True,
                            headers={"Content-Type": "application/xml", **XML_ACCEPT})
    chunks, received = [], 0
    try:
        for chunk in response.iter_content(64 * 1024):
            received += len(chunk)
            if received > linking.MAX_BYTES:
                raise linking.too_big(received)
            chunks.append(chunk)
    except requests.RequestException:
        raise PublishError(f"{http.target} a coupé la connexion pendant la recherche : réessayez.",
                           f"{http.target} broke the connection during the search: try again.",
                           code="publish.unreachable", retryable=True) from None
    finally:
        response.close()
    return b"".join(chunks)


def catalogue_client(where: str, context, timeout: float = 30) -> tuple:
    """(endpoint, HttpClient) of a CSW to search: a profile target name (csw or local) or a CSW URL."""
    from .csw import CswPublisher

    settings = context.profile.targets.get(where)
    if settings is not None:
        for publisher in context.publishers([where]):
            if isinstance(publisher, CswPublisher):
                return publisher.endpoint, publisher.http
        raise PasserelleError(f"La cible « {where} » n'offre pas de recherche CSW.",
                              f"Target '{where}' offers no CSW search.", code="link.source")
    endpoint = _http_url(where)
    return endpoint, context.http_client(endpoint, target=f"Le catalogue CSW « {redact(endpoint)} »",
                                         timeout=timeout)

