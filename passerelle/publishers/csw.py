"""CSW-T target: the layer's ISO 19139 record in a transactional OGC catalogue (CSW 2.0.2).

>>> csw = CswPublisher("catalogue", {"url": "https://geo.ville.fr/csw"}, http=HttpClient(target="Le catalogue CSW"))
>>> result = csw.publish(package, {"online_resources": [service_link("wms", wms_url, "ville:pistes")]})
>>> result.urls["record"]   # GetRecordById URL, ISO 19139 (gmd), full
>>> csw.unpublish(package.identifier, result.ids)

Tested against a real pycsw 2.6.2. Per layer, ``publish`` sends one GetRecordById (GET) and at
most one Transaction (POST): Insert when the record is absent, Update (whole record replaced)
when it differs, nothing when it is already identical. A batch therefore sends one Transaction
per layer, never one per batch: a refused record fails alone, and a batch cut short by an outage
resumes where it stopped.

Identical means: equal once both documents are reduced to elements, attributes and trimmed text
(namespace prefixes and indentation ignored) and ``gmd:dateStamp`` left out, since the encoder
stamps today's date. We compare with what the catalogue really holds rather than store a hash of
our own in the record: a hash would be a non-standard element in a public INSPIRE record, and
comparing the content also notices and repairs a record edited on the catalogue side. The read
costs nothing extra: ``publish`` needs it anyway to choose Insert or Update. Hence the catalogue's
``dateStamp`` stays the date of the last real change.

Ownership: the record Passerelle sends carries its mark, a resource identifier with
``gmd:codeSpace`` ``passerelle`` and the record identifier as ``gmd:code``
(:func:`~.ownership.mark_record`), which pycsw and any CSW keep as written and return with
GetRecordById. A record that exists under the same identifier without that mark (inserted by
someone else, or harvested) is never updated nor deleted: ``publish`` refuses it with
:class:`~.ownership.ForeignObject` naming the record's contact organisation, unless the package
says to adopt it; ``unpublish`` reads the record back and deletes it only when it carries the mark.
CSW tells no owner: two Passerelle installations that publish the same record identifier to one
CSW-T share that record (GeoNetwork, which has owner groups, tells them apart).

Transaction is a POST, which :class:`HttpClient` never retries. ``publish`` is safe to retry
itself: it reads the record before writing, so a retry after a lost answer updates (or leaves
alone) what the first attempt inserted, and an Insert refused because the record appeared in
between falls back to Update.

CSW servers answer their errors with HTTP 200 and an ``ows:ExceptionReport``: every answer is
parsed (with :func:`parse_xml`, which never expands entities) and a report becomes a
:class:`PublishError` with a French message.
"""
from __future__ import annotations

import re
from typing import Optional
from urllib.parse import urlencode

from lxml import etree

from ..catalogue.identifiers import validate as validate_identifier
from .base import CATALOGUE, PublicationPackage, Publisher, PublishResult
from .http import HttpClient, PublishError, parse_xml, redact
from .ownership import ForeignObject, is_marked, mark_record, record_owner

CSW = "http://www.opengis.net/cat/csw/2.0.2"
OGC = "http://www.opengis.net/ogc"
GMD = "http://www.isotc211.org/2005/gmd"
NS = {"csw": CSW, "ogc": OGC, "gmd": GMD, "gco": "http://www.isotc211.org/2005/gco",
      "gmx": "http://www.isotc211.org/2005/gmx"}
# identity: pycsw 2.6 gzips its answer but announces the uncompressed Content-Length (truncated XML).
READ_HEADERS = {"Accept-Encoding": "identity"}
XML_HEADERS = {"Content-Type": "application/xml", **READ_HEADERS}
_DATESTAMP = f"{{{GMD}}}dateStamp"
_TITLE = ("gmd:identificationInfo/*/gmd:citation/gmd:CI_Citation/gmd:title/"
          "*[self::gco:CharacterString or self::gmx:Anchor]")
_DATE = "gmd:dateStamp/*[self::gco:Date or self::gco:DateTime]"


class CswPublisher(Publisher):
    """Publishes the ISO record to a CSW-T endpoint.

    Settings: ``url`` (the CSW endpoint), ``verify_tls`` (default true), ``timeout`` (seconds),
    ``link_convention`` (``"geonetwork"``, the default, or ``"inspire"``: how service links are written).
    Credentials, if any, live in the :class:`HttpClient` given as ``http``.
    """

    role = CATALOGUE

    def __init__(self, name: str, settings: dict, http: Optional[HttpClient] = None):
        super().__init__(name, settings, http)
        self.endpoint = settings["url"]
        if self.http is None:
            self.http = HttpClient(target=f"Le catalogue CSW « {name} »",
                                   timeout=float(settings.get("timeout", 30)),
                                   verify_tls=bool(settings.get("verify_tls", True)))
        self._request_options = {"headers": READ_HEADERS}
        if "timeout" in settings:
            self._request_options["timeout"] = float(settings["timeout"])
        if "verify_tls" in settings:
            self._request_options["verify"] = bool(settings["verify_tls"])

    def online_resources(self, links: Optional[dict]) -> list:
        """The service links of the record, in the convention the profile chose for this target.

        ``link_convention``: ``"geonetwork"`` (default: protocol text ``OGC:WMS``..., which GeoNetwork,
        QGIS's MetaSearch and OWSLib read) or ``"inspire"`` (TG 2.0 Anchors).
        """
        from ..catalogue.encoders.iso19139 import with_link_convention
        from ..catalogue.encoders.iso19139_terms import DEFAULT_LINK_CONVENTION

        return with_link_convention((links or {}).get("online_resources", []),
                                    self.settings.get("link_convention") or DEFAULT_LINK_CONVENTION)

    # --- reading ---------------------------------------------------------------------------------
    def record_url(self, identifier: str) -> str:
        """GetRecordById URL of the record in ISO 19139 (``outputSchema`` gmd, ``elementSetName`` full).

        >>> CswPublisher("c", {"url": "https://geo.ville.fr/csw"}).record_url("0b7c4d52")  # doctest: +ELLIPSIS
        'https://geo.ville.fr/csw?service=CSW&version=2.0.2&request=GetRecordById&id=0b7c4d52&outputSchema=...&elementSetName=full'
        """
        query = urlencode({"service": "CSW", "version": "2.0.2", "request": "GetRecordById", "id": identifier,
                           "outputSchema": GMD, "elementSetName": "full"})
        return f"{self.endpoint}{'&' if '?' in self.endpoint else '?'}{query}"

    def fetch(self, identifier: str):
        """The stored ``gmd:MD_Metadata`` element of ``identifier``, or None when the catalogue has none."""
        root = self._answer(self.http.get(self.record_url(identifier), **self._request_options),
                            "GetRecordById", allow_not_found=True)
        if root is None:
            return None
        found = root.find(f"{{{GMD}}}MD_Metadata") if root.tag != f"{{{GMD}}}MD_Metadata" else root
        return found

    def count(self, identifier: str) -> int:
        """How many records GetRecords (CSW 2.0.2, filter on ``apiso:Identifier``) finds: ``numberOfRecordsMatched``."""
        params = {"service": "CSW", "version": "2.0.2", "request": "GetRecords", "typeNames": "gmd:MD_Metadata",
                  "namespace": f"xmlns(gmd={GMD})",  # KVP prefixes are declared here
                  "resultType": "hits", "elementSetName": "brief",  # pycsw wants one even for hits
                  "constraintLanguage": "FILTER", "constraint_language_version": "1.1.0",
                  "constraint": etree.tostring(_identifier_filter(identifier), encoding="unicode")}
        root = self._answer(self.http.get(self.endpoint, params=params, **self._request_options), "GetRecords")
        results = root.find(f"{{{CSW}}}SearchResults")
        if results is None or results.get("numberOfRecordsMatched") is None:
            raise self._bad_answer("GetRecords", "csw:SearchResults/@numberOfRecordsMatched manquant")
        return int(results.get("numberOfRecordsMatched"))

    def status(self, identifier: str, ids: dict) -> dict:
        """``{"exists": bool, "title", "date_stamp", "url"}`` read with GetRecordById."""
        identifier = _record_id(identifier, ids)
        record = self.fetch(identifier)
        if record is None:
            return {"exists": False, "url": self.record_url(identifier)}
        return {"exists": True, "title": _first_text(record, _TITLE), "date_stamp": _first_text(record, _DATE),
                "url": self.record_url(identifier), "ours": is_marked(record, identifier)}

    # --- writing ---------------------------------------------------------------------------------
    def publish(self, package: PublicationPackage, links: dict) -> PublishResult:
        """Insert or update the record (one Transaction at most), or nothing when already identical."""
        identifier = validate_identifier(package.identifier)
        ours = parse_xml(mark_record(package.iso_record(self.online_resources(links)), identifier))
        declared = _first_text(ours, "gmd:fileIdentifier/gco:CharacterString")
        if declared != identifier:  # the catalogue keys records by fileIdentifier
            raise PublishError(
                f"La fiche ISO de « {package.name} » porte l'identifiant « {declared} » au lieu de "
                f"« {identifier} » : le catalogue la rangerait sous un autre identifiant et la dupliquerait.",
                f"The ISO record of '{package.name}' has fileIdentifier '{declared}' instead of '{identifier}'.",
                code="publish.bad-record")
        stored = self.fetch(identifier)
        result = PublishResult(target=self.name, ids={"record": identifier},
                               urls={"record": self.record_url(identifier), "csw": self.endpoint}, changed=False)
        if stored is not None and _normalised(stored) == _normalised(ours):
            return result
        self._refuse_foreign(stored, identifier, package.adopt)
        result.changed = True
        if stored is not None and self._transaction("Update", ours)["updated"]:
            return result
        # Absent (or deleted since we read it: Update then touches nothing).
        try:
            inserted = self._transaction("Insert", ours)["inserted"]
        except PublishError as refusal:
            appeared = self.fetch(identifier) if refusal.code == "publish.csw-exception" else None
            if appeared is None:
                raise
            # It appeared in between (a concurrent run, or an earlier attempt whose answer was lost):
            # updated only if it is ours too.
            self._refuse_foreign(appeared, identifier, package.adopt)
            if not self._transaction("Update", ours)["updated"]:
                raise
            return result
        if inserted:
            result.created = ["record"]
            return result
        raise self._bad_answer("Transaction Insert", "totalInserted = 0")

    def unpublish(self, identifier: str, ids: dict) -> None:
        """Delete the record (filter on ``apiso:Identifier``) once it is read back with Passerelle's mark;
        an absent record is not an error, a record without the mark is never deleted (ForeignObject)."""
        identifier = _record_id(identifier, ids)
        stored = self.fetch(identifier)
        if stored is None:
            return
        if not is_marked(stored, identifier):
            raise ForeignObject(self.http.target, f"la fiche « {identifier} »", record_owner(stored),
                                unpublish=True)
        delete = etree.Element(f"{{{CSW}}}Delete", typeName="gmd:MD_Metadata")
        constraint = etree.SubElement(delete, f"{{{CSW}}}Constraint", version="1.1.0")
        constraint.append(_identifier_filter(identifier))
        self._transaction("Delete", None, operation=delete)

    def verify(self, package: PublicationPackage, result: PublishResult) -> list[str]:
        """Read the record back (GetRecordById: present, right title) and search it (GetRecords finds one)."""
        identifier = _record_id(package.identifier, result.ids)
        record = self.fetch(identifier)
        if record is None:
            return [f"la fiche {identifier} est absente du catalogue {redact(self.endpoint)} "
                    "(supprimée depuis la publication ?) : republiez la couche"]
        problems = []
        title = _first_text(record, _TITLE)
        if title != package.record.title:
            problems.append(f"la fiche {identifier} du catalogue a pour titre « {title} » "
                            f"au lieu de « {package.record.title} »")
        hits = self.count(identifier)
        if hits != 1:
            problems.append(f"la recherche GetRecords sur l'identifiant {identifier} trouve {hits} fiche(s) "
                            "au lieu d'une")
        return problems

    # --- internals -------------------------------------------------------------------------------
    def _refuse_foreign(self, stored, identifier: str, adopt: bool) -> None:
        """A stored record without Passerelle's mark for ``identifier`` is someone else's: refused unless adopted."""
        if stored is not None and not adopt and not is_marked(stored, identifier):
            raise ForeignObject(self.http.target, f"la fiche « {identifier} »", record_owner(stored))

    @property
    def _dry_run(self) -> bool:
        return bool(getattr(self.http, "dry_run", False))

    def _transaction(self, kind: str, record, operation=None) -> dict:
        """POST one Transaction with one Insert/Update/Delete; returns the TransactionSummary counts."""
        transaction = etree.Element(f"{{{CSW}}}Transaction", nsmap={"csw": CSW, "ogc": OGC},
                                    service="CSW", version="2.0.2")
        if operation is None:
            operation = etree.Element(f"{{{CSW}}}{kind}")
            operation.append(_copy(record))
        transaction.append(operation)
        body = etree.tostring(transaction, xml_declaration=True, encoding="UTF-8")
        response = self.http.post(self.endpoint, data=body, **{**self._request_options, "headers": XML_HEADERS})
        if self._dry_run and not response.content:  # planned, not sent: assume it would succeed
            return {"inserted": int(kind == "Insert"), "updated": int(kind == "Update"), "deleted": 0}
        root = self._answer(response, f"Transaction {kind}")
        summary = root.find(f"{{{CSW}}}TransactionSummary")
        if root.tag != f"{{{CSW}}}TransactionResponse" or summary is None:
            raise self._bad_answer(f"Transaction {kind}", f"élément racine {etree.QName(root).localname}")
        counts = {}
        for key in ("inserted", "updated", "deleted"):
            text = summary.findtext(f"{{{CSW}}}total{key.capitalize()}") or "0"
            counts[key] = int(text.strip()) if text.strip().isdigit() else 0
        return counts

    def _answer(self, response, operation: str, allow_not_found: bool = False):
        """The parsed answer; an ``ows:ExceptionReport`` becomes a PublishError (or None for NotFound)."""
        root = parse_xml(response.content)
        if etree.QName(root).localname != "ExceptionReport":
            return root
        exception = next(root.iter("{*}Exception"), None)
        code = exception.get("exceptionCode", "") if exception is not None else ""
        text = " ".join(t.strip() for t in (exception.itertext() if exception is not None else []) if t.strip())
        if allow_not_found and code == "NotFound":
            return None
        raise self._exception(operation, code, text, response.status_code)

    def _exception(self, operation: str, code: str, text: str, status: int) -> PublishError:
        target = self.http.target
        text = redact(_short(text), self.http.credentials.secrets())
        read_only = code == "OperationNotSupported" and operation.startswith("Transaction")
        if read_only or "CSW-T interface is disabled" in text:
            return PublishError(
                f"{target} n'accepte pas les transactions (CSW-T désactivé) : demandez à son administrateur de "
                "les activer (pycsw : [manager] transactions=true) ou choisissez un autre catalogue dans le profil.",
                f"{target} does not accept transactions (CSW-T disabled): {text}",
                code="publish.csw-read-only", status=status)
        if "not allowed for this IP" in text:
            address = re.search(r"IP address:\s*(\S*)", text).group(1) if "IP address:" in text else "?"
            return PublishError(
                f"{target} refuse les transactions depuis l'adresse IP de ce poste ({address}) : demandez à son "
                "administrateur de l'ajouter aux adresses autorisées (pycsw : [manager] allowed_ips).",
                f"{target} refuses transactions from this IP address ({address}).",
                code="publish.forbidden", status=status)
        return PublishError(
            f"{target} a refusé l'opération {operation} ({code or 'exception'}) : {text}",
            f"{target} refused {operation} ({code or 'exception'}): {text}",
            code="publish.csw-exception", status=status)

    def _bad_answer(self, operation: str, why: str) -> PublishError:
        return PublishError(f"Réponse inattendue de {self.http.target} à {operation} : {why}.",
                            f"Unexpected answer to {operation}: {why}.", code="publish.bad-answer")


def _record_id(identifier: str, ids) -> str:
    """The record identifier to address: the registry's (read from a file, so validated), else ``identifier``."""
    return validate_identifier((ids or {}).get("record") or identifier)


def _identifier_filter(identifier: str):
    filter_ = etree.Element(f"{{{OGC}}}Filter", nsmap={"ogc": OGC})
    equal = etree.SubElement(filter_, f"{{{OGC}}}PropertyIsEqualTo")
    etree.SubElement(equal, f"{{{OGC}}}PropertyName").text = "apiso:Identifier"
    etree.SubElement(equal, f"{{{OGC}}}Literal").text = identifier
    return filter_


def _copy(element):
    """A standalone copy of ``element`` (its namespaces kept), to embed in a Transaction."""
    return etree.fromstring(etree.tostring(element))


def _first_text(element, path: str) -> str:
    found = element.xpath(path, namespaces=NS)
    return (found[0].text or "").strip() if found else ""


def _normalised(element) -> tuple:
    """Elements, attributes and trimmed text only; the root's ``gmd:dateStamp`` left out."""
    def walk(node):
        children = tuple(walk(child) for child in node if isinstance(child.tag, str)
                         and not (node is element and child.tag == _DATESTAMP))
        return (node.tag, tuple(sorted(node.attrib.items())), (node.text or "").strip(), children)
    return walk(element)


def _short(text: str, limit: int = 300) -> str:
    # pycsw puts the whole failing SQL statement in its exception text: keep the reason only.
    text = re.split(r"\s*\[SQL:", text or "", maxsplit=1)[0]
    text = re.sub(r"\s+", " ", text).strip()
    return text[:limit] + ("…" if len(text) > limit else "")
