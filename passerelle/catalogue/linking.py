"""Records that already exist: an ISO 19139 record of another catalogue, read to describe a layer.

An agent's layer often has a record already (the regional GeoNetwork, a ministry's Géo-IDE, IGN's
catalogue). :func:`read` takes that document (a file, an HTTP answer, a CSW GetRecordById answer),
which is untrusted input:

- at most :data:`MAX_BYTES`, parsed without entities, DTDs or network access (the ISO reader's
  parser), the ``gmd:MD_Metadata`` found in a CSW answer too;
- the identifier must be one Passerelle accepts (:mod:`.identifiers`): it becomes a file name and
  goes into URLs; a record fetched by identifier must carry that identifier;
- a service record (``srv:SV_ServiceIdentification``, hierarchy level ``service``) is refused:
  a layer is data, described by a dataset record.

Its fields are then mapped onto the vocabularies by the ISO reader (:mod:`.encoders.iso19139_read`),
and nothing is dropped silently. The findings say:

- ``metadata.unmapped`` (warning): a value that names no concept (a licence, a theme, a code, an
  update frequency, a licence older editors wrote as a use limitation), with the closest concepts;
- ``metadata.not-exported`` (info): a value kept in the record that an export format has no place for;
- ``metadata.not-kept`` (warning): a value of the document Passerelle has no field for (a purpose, a
  thumbnail, a distribution format, a second metadata contact...), found by comparing the document with
  the record Passerelle would write: listed so that nobody believes it survives the next publication;
- ``link.identifier-missing`` (warning): the document has no ``gmd:fileIdentifier``.

    >>> linked = linking.read(open("fiche.xml", "rb").read(), vocabularies.shipped(),
    ...                       linking.Origin("file", "/data/fiche.xml"))
    >>> linked.record.identifier, [f.code for f in linked.findings]
"""
from __future__ import annotations

import datetime as _dt
import re
from dataclasses import asdict, dataclass, field
from typing import Optional

from lxml import etree

from . import mapping
from .errors import PasserelleError, RecordDecodeError
from .findings import INFO, WARNING, Finding
from .identifiers import validate as validate_identifier
from .record import Record
from .textfields import excerpt

#: The largest record document read (a rich ISO record is 20 to 200 kB; GeoNetwork caps uploads near 10 MB).
MAX_BYTES = 5 * 1024 * 1024
#: Where a record came from: a file, a URL, a CSW endpoint, a profile's GeoNetwork target.
KINDS = ("file", "url", "csw", "geonetwork")

GMD = "http://www.isotc211.org/2005/gmd"
SRV = "http://www.isotc211.org/2005/srv"
_XLINK_HREF = "{http://www.w3.org/1999/xlink}href"
_ISO_19115_3 = "http://standards.iso.org/iso/19115/-3/mdb/"


@dataclass
class Origin:
    """Where a linked record came from, kept with the layer (and the publication registry).

    ``kind`` is one of :data:`KINDS`; ``location`` the file path, the URL, the CSW endpoint, or the
    GeoNetwork URL; ``target`` the profile target it was read through, if any; ``identifier`` the
    record's identifier there. ``adopt``: the person chose that Passerelle takes the record over on
    that catalogue at the next publication (it was not created by Passerelle). ``linked``: when.
    """

    kind: str
    location: str = ""
    identifier: str = ""
    target: str = ""
    adopt: bool = False
    linked: str = ""
    title: str = ""

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, data) -> Optional["Origin"]:
        """The origin ``data`` describes (read back from a project or a registry), None when unusable."""
        if not isinstance(data, dict) or data.get("kind") not in KINDS:
            return None
        known = {k: data.get(k) for k in ("kind", "location", "identifier", "target", "linked", "title")}
        values = {k: str(v) for k, v in known.items() if isinstance(v, (str, int, float))}
        return cls(adopt=data.get("adopt") is True, **values)

    def describe(self, language: str = "fr") -> str:
        """« la fiche X du catalogue CSW https://… » / "record X of CSW catalogue https://…"."""
        where = {"file": ("du fichier", "of file"), "url": ("de l'adresse", "at"),
                 "csw": ("du catalogue CSW", "of CSW catalogue"),
                 "geonetwork": ("du catalogue GeoNetwork", "of GeoNetwork catalogue")}[self.kind]
        place = self.target or self.location
        if language.startswith("fr"):
            return f"la fiche « {self.identifier} » {where[0]} {place}"
        return f"record '{self.identifier}' {where[1]} {place}"


@dataclass
class LinkedRecord:
    """A record read from another catalogue: what Passerelle keeps of it, and what it says about that.

    ``read``: the record as read; ``record``: the layer's record once linked (``read`` completed with the
    layer's values where it has none); ``replaced``: the layer's former identifier when it differed.
    """

    record: Record
    origin: Origin
    findings: list = field(default_factory=list)
    document: bytes = b""  # the ISO 19139 document as read (its MD_Metadata)
    read: Optional[Record] = None
    replaced: str = ""

    @property
    def identifier(self) -> str:
        return self.record.identifier


class LinkError(PasserelleError):
    """A record that cannot be linked (not ISO 19139, a service record, too big, not found...)."""

    code = "link.refused"


def read(document: bytes, vocabularies, origin: Origin, *, layer: str = "") -> LinkedRecord:
    """The record ``document`` (ISO 19139, or a CSW answer holding one) describes, with its findings.

    ``origin.identifier``, when given, is the identifier the record was asked for: the document
    must carry it. Raises :class:`LinkError` (``link.too-big``, ``link.not-iso19139``,
    ``link.catalogue-error``, ``link.service-record``, ``link.identifier-mismatch``),
    :class:`~.errors.RecordDecodeError` or :class:`~.identifiers.IdentifierError`.
    """
    from .encoders import iso19139

    if len(document or b"") > MAX_BYTES:
        raise too_big(len(document))
    metadata = _parse(document)
    _refuse_service(metadata)
    declared = (metadata.findtext(f"{{{GMD}}}fileIdentifier/*") or "").strip()
    findings = []
    if declared:
        validate_identifier(declared)
    if origin.identifier and declared and declared != origin.identifier:
        raise LinkError(
            f"Le catalogue a répondu par la fiche « {excerpt(declared, 60)} » au lieu de la fiche "
            f"« {excerpt(origin.identifier, 60)} » demandée : rien n'a été lié.",
            f"The catalogue answered with record '{excerpt(declared, 60)}' instead of the requested "
            f"'{excerpt(origin.identifier, 60)}': nothing was linked.", code="link.identifier-mismatch")
    record = iso19139.decode(metadata, vocabularies)
    if not declared:
        if origin.identifier:
            record.identifier = validate_identifier(origin.identifier)
        else:
            validate_identifier(record.identifier)
        findings.append(Finding(
            "link.identifier-missing", WARNING, layer,
            f"La fiche n'a pas d'identifiant (gmd:fileIdentifier) : elle reçoit l'identifiant "
            f"« {record.identifier} ». Publier créera donc une nouvelle fiche plutôt que de mettre "
            "l'ancienne à jour : si elle existe dans un catalogue, liez-la depuis ce catalogue.",
            f"The record has no identifier (gmd:fileIdentifier): it gets '{record.identifier}'. Publishing "
            "will create a new record rather than update the old one.", field="identifier"))
    origin.identifier = record.identifier
    origin.title = origin.title or record.title
    findings += mapping_findings(record, metadata, vocabularies, layer)
    from .encoders.iso19139_terms import metadata_language

    written = etree.fromstring(iso19139.encode(record, vocabularies, language=metadata_language(record.language)))
    lost = not_kept(metadata, written, vocabularies)
    if lost:
        findings.append(not_kept_finding(lost, layer))
    return LinkedRecord(record=record, origin=origin, findings=findings, read=record,
                        document=etree.tostring(metadata, encoding="UTF-8", xml_declaration=True))


#: Passerelle's own fields, which no other catalogue's record has: the layer's, kept without saying so.
_OWN_FIELDS = ("technical_name",)


def merge(current: Record, linked: Record) -> tuple[Record, list]:
    """The layer's record once linked: ``linked``'s values, and ``current``'s where ``linked`` has none
    (an access level, a nature, a granularity the other catalogue does not know...). Returns the record
    and the fields taken from ``current``. The identifier is always the linked record's."""
    import dataclasses

    from .record import Contact

    def empty(value) -> bool:
        if isinstance(value, Contact):
            return value.is_empty() and not value.siret
        return value is None or value == "" or value == [] or value == {} or value is False

    values, kept = {}, []
    groups = {"extent": ("extent", "other_extents"),
              "temporal_start": ("temporal_start", "temporal_end", "other_periods"),
              "elevation_min": ("elevation_min", "elevation_max")}
    grouped = {name for names in groups.values() for name in names}
    for item in dataclasses.fields(Record):
        name = item.name
        if name == "identifier" or name in grouped and name not in groups:
            continue
        names = groups.get(name, (name,))
        if all(empty(getattr(linked, n)) for n in names) and not all(empty(getattr(current, n)) for n in names):
            values.update({n: getattr(current, n) for n in names})
            if name not in _OWN_FIELDS:
                kept.append(name)
    return dataclasses.replace(linked, **values), kept


def kept_from_layer_finding(fields: list, layer: str = "") -> Finding:
    from .checks.common import field_label

    return Finding(
        "link.kept-from-layer", INFO, layer,
        "La fiche liée ne dit rien de ces champs : la couche garde ses valeurs : "
        + ", ".join(f"« {field_label(f)} »" for f in fields) + ".",
        "The linked record says nothing of these fields: the layer keeps its values: "
        + ", ".join(f"'{field_label(f, 'en')}'" for f in fields) + ".")


def too_big(size: int) -> LinkError:
    return LinkError(
        f"Le document fait {size // 1024} ko, au-delà des {MAX_BYTES // 1024 // 1024} Mo admis pour une fiche : "
        "ce n'est vraisemblablement pas une fiche ISO 19139 (un export de catalogue entier ?).",
        f"The document is {size // 1024} kB, more than the {MAX_BYTES // 1024 // 1024} MB allowed for one "
        "record: it is probably not one ISO 19139 record.", code="link.too-big")


# --- parsing -------------------------------------------------------------------------------------

def _parse(document: bytes):
    from .encoders.iso19139_read import _metadata_element

    try:
        return _metadata_element(document)
    except RecordDecodeError as error:
        root = _root_or_none(document)
        if root is None:
            raise
        name = etree.QName(root)
        if name.localname == "ExceptionReport":
            text = " ".join(t.strip() for t in root.itertext() if t.strip())
            raise LinkError(f"Le catalogue a répondu par une erreur : {excerpt(text, 300)}",
                            f"The catalogue answered with an error: {excerpt(text, 300)}",
                            code="link.catalogue-error") from None
        if name.namespace == _ISO_19115_3 or root.find(f".//{{{_ISO_19115_3}2.0}}MD_Metadata") is not None \
                or (name.namespace or "").startswith(_ISO_19115_3):
            raise LinkError(
                "La fiche est au format ISO 19115-3, que Passerelle ne lit pas : demandez-la au catalogue en "
                "ISO 19139 (CSW : outputSchema=http://www.isotc211.org/2005/gmd ; GeoNetwork : /formatters/xml).",
                "The record is ISO 19115-3, which Passerelle does not read: ask the catalogue for ISO 19139.",
                code="link.not-iso19139") from None
        if name.localname in ("GetRecordByIdResponse", "GetRecordsResponse"):
            raise LinkError("Le catalogue ne connaît pas cette fiche (réponse vide).",
                            "The catalogue does not know this record (empty answer).", code="link.not-found") from None
        raise LinkError(error.message_fr + " Passerelle lie une couche à une fiche ISO 19139 (gmd:MD_Metadata).",
                        error.message_en, code="link.not-iso19139") from None


def _root_or_none(document):
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)
    try:
        return etree.fromstring(bytes(document), parser)
    except (etree.XMLSyntaxError, TypeError, ValueError):
        return None


def _refuse_service(metadata) -> None:
    service = metadata.find(f"{{{GMD}}}identificationInfo/{{{SRV}}}SV_ServiceIdentification") is not None
    level = metadata.find(f"{{{GMD}}}hierarchyLevel/{{{GMD}}}MD_ScopeCode")
    if service or (level is not None and (level.get("codeListValue") or level.text or "").strip() == "service"):
        title = metadata.findtext(f"{{{GMD}}}identificationInfo/*/{{{GMD}}}citation/*/{{{GMD}}}title/*") or ""
        raise LinkError(
            f"« {excerpt(title.strip(), 80)} » est la fiche d'un service (WMS, WFS…), pas celle d'un jeu de données : "
            "une couche se lie à la fiche de ses données. Cherchez la fiche du jeu de données que ce service diffuse.",
            f"'{excerpt(title.strip(), 80)}' is a service record (WMS, WFS...), not a dataset record: a layer links "
            "to the record of its data. Look for the record of the dataset this service serves.",
            code="link.service-record")


# --- values that map to no concept ---------------------------------------------------------------

def mapping_findings(record: Record, metadata, vocabularies, layer: str = "") -> list[Finding]:
    """``metadata.unmapped`` / ``metadata.not-exported`` findings of a record read from ``metadata``."""
    from .checks import imported
    from .checks.context import CheckContext
    from .checks.common import field_label

    found = imported.check(record, None, CheckContext(vocabularies=vocabularies), layer)
    codes = (("frequency", "frequency", "gmd:resourceMaintenance/*/gmd:maintenanceAndUpdateFrequency/*"),
             ("lifecycle", "progress", "gmd:status/*"))
    for name, scheme, path in codes:
        element = metadata.find(f"{{{GMD}}}identificationInfo/*/" + _clark(path))
        value = ((element.get("codeListValue") or element.text or "").strip() if element is not None else "")
        if value and getattr(record, name) is None:
            suggestions = mapping.closest([scheme], value, vocabularies)
            hint_fr = (" Valeurs proches : " + ", ".join(f"« {c.label('fr')} »" for c in suggestions) + "."
                       if suggestions else "")
            hint_en = (" Closest values: " + ", ".join(f"'{c.label('en')}'" for c in suggestions) + "."
                       if suggestions else "")
            found.append(Finding(
                "metadata.unmapped", WARNING, layer,
                f"Le code « {value} » du champ « {field_label(name)} » n'est pas une valeur de la liste : il n'est pas "
                f"repris, choisissez la valeur qui convient.{hint_fr}",
                f"Code '{value}' of field '{field_label(name, 'en')}' is not a value of the list: it is not kept, "
                f"pick the right value.{hint_en}", field=name, suggestions=[c.uri for c in suggestions]))
    if record.licence is None and not record.other_licences:
        for text in _use_limitations(metadata):
            suggestions = mapping.closest(["licence"], text, vocabularies)
            if suggestions:  # an older editor's licence, written as a use limitation (kept as a rights statement)
                found.append(Finding(
                    "metadata.unmapped", WARNING, layer,
                    f"« {excerpt(text, 120)} » (limite d'utilisation) semble désigner une licence sans correspondre à "
                    "aucune : le texte est conservé comme mention de droits. Valeurs proches : "
                    + ", ".join(f"« {c.label('fr')} »" for c in suggestions) + ".",
                    f"'{excerpt(text, 120)}' (use limitation) seems to name a licence but matches none: kept as a "
                    "rights statement. Closest values: " + ", ".join(f"'{c.label('en')}'" for c in suggestions) + ".",
                    field="licence", suggestions=[c.uri for c in suggestions]))
    return found


def _clark(path: str) -> str:
    return "/".join(f"{{{GMD}}}{p[4:]}" if p.startswith("gmd:") else p for p in path.split("/"))


def _use_limitations(metadata) -> list[str]:
    return [(text.text or "").strip() for limitation in metadata.iter(f"{{{GMD}}}useLimitation")
            for text in limitation if isinstance(text.tag, str) and (text.text or "").strip()]


# --- what the record cannot hold -----------------------------------------------------------------

#: Elements Passerelle writes for itself (the record's date stamp and standard name), not the record's content.
_OWN = {"dateStamp", "metadataStandardName", "metadataStandardVersion"}


@dataclass(frozen=True)
class Value:  # equal values at the same place are one (a keyword type "theme" on every block)
    """One value of an ISO document: where (property path) and what (text, code or link)."""

    path: tuple
    text: str = ""
    href: str = ""

    def label(self) -> str:
        shown = [p for p in self.path if p not in ("identificationInfo", "distributionInfo", "dataQualityInfo")]
        return " › ".join(shown[-3:])


def values(root) -> list[Value]:
    """Every value of ``root`` (a ``gmd:MD_Metadata``): texts, code list values and links, with their path.

    A thesaurus citation counts as its title (its dates are the vocabulary's edition, not the record's).
    """
    found = []
    for element in root.iter():
        if not isinstance(element.tag, str) or element is root:
            continue
        path = _path(element, root)
        if not path or path[0] in _OWN or _in_thesaurus_details(path):
            continue
        text = (element.text or "").strip() if len(element) == 0 else ""
        code = (element.get("codeListValue") or "").strip()
        href = (element.get(_XLINK_HREF) or "").strip()
        if code:
            found.append(Value(path, code))
        elif text or href:
            found.append(Value(path, text, href))
    return found


def _path(element, root) -> tuple:
    """Property names (lower-case first letter) from ``root`` to ``element``: ('identificationInfo', 'purpose')."""
    names = []
    node = element
    while node is not None and node is not root:
        local = etree.QName(node).localname
        if local[:1].islower():
            names.append(local)
        node = node.getparent()
    return tuple(reversed(names))


def _in_thesaurus_details(path: tuple) -> bool:
    if "thesaurusName" not in path:
        return False
    rest = path[path.index("thesaurusName") + 1:]
    return rest != ("title",)


def not_kept(source, written, vocabularies) -> list[Value]:
    """The values of ``source`` that ``written`` (both ``gmd:MD_Metadata``) holds neither as they are nor as
    the concept they name (a licence by its name, a theme by its label, a limitation by its wording)."""
    kept = _keys(values(written))
    crs_written = written.find(f"{{{GMD}}}referenceSystemInfo") is not None
    lost = []
    for value in values(source):
        if _key(value.text) in kept or (value.href and _key(value.href) in kept):
            continue
        if _means_kept(value, vocabularies, kept):
            continue
        if value.path[:1] == ("referenceSystemInfo",) and crs_written:
            continue  # the CRS, however the document named it, is written as its EPSG code
        if value not in lost:
            lost.append(value)
    return lost


def _keys(found) -> set:
    keys = set()
    for value in found:
        for item in (value.text, value.href):
            if item:
                keys.add(_key(item))
    return keys


def _key(text: str) -> str:
    """Values compared as a reader would: case, spaces, URL scheme and trailing slash, number form and the
    time of a dated value aside."""
    text = re.sub(r"\s+", " ", (text or "").strip())
    if re.fullmatch(r"-?\d+(\.\d+)?", text):
        return repr(float(text))
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}T[\d:.]+(Z|[+-]\d{2}:?\d{2})?", text):
        return text[:10]
    if re.match(r"^https?://", text, re.I):
        return "url:" + re.sub(r"^https?://(www\.)?", "", text, flags=re.I).rstrip("/").lower()
    return text.casefold()


def _means_kept(value: Value, vocabularies, kept: set) -> bool:
    """Whether ``value`` names a concept whose URI (or page) the written record carries."""
    for candidate in _concepts_named(value, vocabularies):
        pages = [candidate.uri, candidate.properties.get("url", "")]
        if any(page and _key(page) in kept for page in pages):
            return True
    return False


def _concepts_named(value: Value, vocabularies) -> list:
    out = []
    for text in (value.href, value.text):
        if not text:
            continue
        concept = vocabularies.concept(text)
        if concept is None and text.startswith(("http://", "https://")):
            other = ("https://" + text[7:]) if text.startswith("http://") else ("http://" + text[8:])
            concept = vocabularies.concept(other)
        if concept is not None:
            out.append(concept)
        for helper in (mapping.licence, mapping.legal_basis):
            found = helper(text, vocabularies)
            if found is not None:
                out.append(found)
        for key in ("inspire-theme", "eu-theme", "iso-topic"):
            scheme = vocabularies.schemes.get(key)
            found = scheme.find(text) if scheme is not None else None
            if found is not None:
                out.append(found)
    return out


def not_kept_finding(lost: list, layer: str = "") -> Finding:
    shown = lost[:12]
    more_fr = f" (et {len(lost) - len(shown)} autre(s))" if len(lost) > len(shown) else ""
    more_en = f" (and {len(lost) - len(shown)} more)" if len(lost) > len(shown) else ""
    items = "; ".join(f"{v.label()} « {excerpt(v.text or v.href, 80)} »" for v in shown)
    items_en = "; ".join(f"{v.label()} '{excerpt(v.text or v.href, 80)}'" for v in shown)
    return Finding(
        "metadata.not-kept", WARNING, layer,
        f"Passerelle n'a pas de champ pour ces valeurs de la fiche, qui ne seront plus dans la fiche publiée : "
        f"{items}{more_fr}. Reportez ce qui compte dans le résumé ou la généalogie avant de publier.",
        f"Passerelle has no field for these values of the record, which the published record will no longer "
        f"hold: {items_en}{more_en}. Carry what matters into the abstract or the lineage before publishing.")


def now() -> str:
    return _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds")

