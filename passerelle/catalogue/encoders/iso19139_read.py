"""Read an ISO 19139 document back into a :class:`Record`.

Exact for what :mod:`.iso19139` writes (Passerelle thesaurus Anchors, party ids), and
tolerant of records from other tools such as GeoNetwork: CharacterString where we write
Anchors, no Passerelle thesauri. Then the access level comes from the limitations on
public access, the frequency from the ISO code (``pv:iso`` notation), the licence from
the Anchor's href or the text, the themes from GEMET labels. Nothing such a record holds is
dropped: further contacts, links, use limitations (as rights), use conditions matching no
licence, process steps and keywords of thesauri we do not know are kept as written.
"""
from __future__ import annotations

import datetime as _dt
import functools
import re
import weakref
from typing import Optional

from lxml import etree

from .. import mapping
from ..errors import RecordDecodeError
from ..record import Address, Constraint, Contact, Extent, Link, Period, Record, new_identifier
from .. import terms
from ..terms import THEME_SCHEMES, VOCABULARY_FIELDS
from . import iso19139_terms as t
from .iso19139_topics import derived_topics

_FIELD_OF_SCHEME = {scheme: field for field, scheme in VOCABULARY_FIELDS.items()}
_CITED: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()  # Vocabularies -> {citation: scheme key}
_ANCHOR, _XLINK_HREF = t.q("gmx:Anchor"), t.q("xlink:href")
_GEMET_REFERENCE = "http://inspire.ec.europa.eu/id/citation/voc/gemet-inspire-themes-1.0"


def decode(xml, vocabularies=None) -> Record:
    """The record described by an ISO 19139 ``gmd:MD_Metadata`` (bytes, text or lxml element).

    A CSW response is accepted too: its first ``gmd:MD_Metadata`` is read. Entities, DTDs
    and the network are never followed. Unreadable input raises :class:`RecordDecodeError`.

    >>> record = iso19139.decode(open("fiche.xml", "rb").read())
    """
    if vocabularies is None:
        from ..vocabularies import shipped
        vocabularies = shipped()
    return _Reader(_metadata_element(xml), vocabularies).record()


def _metadata_element(xml):
    if isinstance(xml, etree._Element):
        root = xml
    else:
        if isinstance(xml, str):
            # lxml refuses text carrying an encoding declaration: the text is already decoded.
            xml = re.sub(r"^\s*<\?xml[^>]*\?>", "", xml).encode("utf-8")
        if not isinstance(xml, (bytes, bytearray)) or not xml.strip():
            raise RecordDecodeError("Le document ISO 19139 est vide.", "The ISO 19139 document is empty.")
        parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False,
                                 dtd_validation=False, huge_tree=False, remove_comments=True)
        try:
            root = etree.fromstring(bytes(xml), parser)
        except etree.XMLSyntaxError as exc:
            raise RecordDecodeError(f"Le document n'est pas du XML lisible : {exc}",
                                    f"The document is not readable XML: {exc}") from exc
    if root.tag == t.q("gmd:MD_Metadata"):
        return root
    found = root.find(".//gmd:MD_Metadata", t.NS)
    if found is None:
        name = etree.QName(root).localname
        raise RecordDecodeError(f"Aucune fiche gmd:MD_Metadata dans le document (élément racine : {name}).",
                                f"No gmd:MD_Metadata in the document (root element: {name}).")
    return found


# --- text helpers ---------------------------------------------------------------------

def _text(element) -> str:
    """Text of a property: its CharacterString, Anchor or other gco value, or its own text."""
    if element is None:
        return ""
    for child in element:
        if isinstance(child.tag, str) and (child.text or "").strip():
            return child.text.strip()
    return (element.text or "").strip()


def _href(element) -> str:
    if element is None:
        return ""
    anchor = next(element.iterchildren(_ANCHOR), None)
    return (anchor.get(_XLINK_HREF) or "").strip() if anchor is not None else ""


@functools.lru_cache(maxsize=512)
def _clark(path: str) -> str:
    """``path`` with its prefixes spelt out (``gmd:title`` -> ``{http://...gmd}title``): lxml then finds
    without sorting a namespace map at every call (records are read by the thousand in an audit)."""
    return re.sub(r"\b([a-z]+):([A-Za-z_]\w*)", lambda m: f"{{{t.NS[m.group(1)]}}}{m.group(2)}"
                  if m.group(1) in t.NS else m.group(0), path)


@functools.lru_cache(maxsize=512)
def _steps(path: str) -> tuple:
    """(``path`` in Clark notation, whether it names a child element): a child is found without going
    through ElementPath, twice as fast (a record is read with some hundred such lookups)."""
    clark = _clark(path)
    return clark, not any(sign in path for sign in "/*.[")


def _code_value(element) -> str:
    """codeListValue of the code list element inside a property (or its text)."""
    code = next((c for c in element if isinstance(c.tag, str)), None) if element is not None else None
    return (code.get("codeListValue") or code.text or "").strip() if code is not None else ""


def _date(text: str, where: str) -> Optional[_dt.date]:
    text = (text or "").strip()
    if not text:
        return None
    match = re.match(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", text)
    try:
        if not match:
            raise ValueError(text)
        year, month, day = match.groups()
        return _dt.date(int(year), int(month or 1), int(day or 1))
    except ValueError:
        raise RecordDecodeError(f"Date illisible « {text} » dans {where}.",
                                f"Unreadable date '{text}' in {where}.") from None


def _number(text: str, where: str, kind=float):
    try:
        return kind(text.strip())
    except (AttributeError, ValueError):
        raise RecordDecodeError(f"Nombre illisible « {text} » dans {where}.",
                                f"Unreadable number '{text}' in {where}.") from None


def _same_url(a: str, b: str) -> bool:
    def key(url):
        return re.sub(r"^https?://(www\.)?", "", (url or "").strip()).rstrip("/").lower()
    return bool(a and b) and key(a) == key(b)


class _Reader:
    def __init__(self, md, vocabularies):
        self.md = md
        self.vocab = vocabularies
        self.ident = md.find("gmd:identificationInfo/*", t.NS)
        if self.ident is None:
            raise RecordDecodeError("La fiche n'a pas de gmd:identificationInfo (titre, résumé…).",
                                    "The record has no gmd:identificationInfo (title, abstract...).")
        self.values: dict = {"themes": [], "keywords": [], "vocabulary_keywords": {}, "contacts": [],
                             "other_licences": [], "rights": [], "constraints": [], "process_steps": [],
                             "links": []}
        self.limitations: list[str] = []  # LimitationsOnPublicAccess URIs met in the constraints
        self.legacy_licences: list[str] = []  # use limitations of other tools' blocks (older editors' licence)
        self.spatial_scopes: list[tuple] = []  # (thesaurus title, href, text) of INSPIRE spatial scope keywords
        self.declared_topics = False  # ISO topics came as keywords: gmd:topicCategory is derived
        self.from_passerelle = False  # Passerelle's own markers met: nothing to infer
        self._vocabulary_size = None  # (schemes, concepts): the thesaurus lookups' cache is valid while it holds

    def find(self, path: str, element=None):
        clark, child = _steps(path)
        parent = self.ident if element is None else element
        return next(parent.iterchildren(clark), None) if child else parent.find(clark)

    def findall(self, path: str, element=None):
        clark, child = _steps(path)
        parent = self.ident if element is None else element
        return list(parent.iterchildren(clark)) if child else parent.findall(clark)

    def scheme(self, key: str):
        return self.vocab.schemes.get(key)

    def scheme_cited(self, href: str):
        """The scheme a thesaurus citation points at: its own URI or its concepts' register."""
        if not href:
            return None
        # Records cite a handful of thesauri: each is looked up once per set of vocabularies (a catalogue
        # audit reads thousands of records), the answer kept while the vocabularies keep their size.
        if self._vocabulary_size is None:
            self._vocabulary_size = (len(self.vocab.schemes),
                                     sum(len(scheme.concepts) for scheme in self.vocab.schemes.values()))
        cache = _CITED.setdefault(self.vocab, {})
        key = (href, self._vocabulary_size)
        if key not in cache:
            cache[key] = next((scheme.key for scheme in self.vocab.schemes.values() if _same_url(scheme.uri, href)
                               or any(_same_url(space, href) for space in {t.namespace(uri)
                                                                            for uri in scheme.concepts})), None)
        return self.vocab.schemes.get(cache[key]) if cache[key] is not None else None

    def concept_for(self, href: str):
        if not href:
            return None
        concept = self.vocab.concept(href)
        if concept is None and href.startswith(("http://", "https://")):
            other = ("https://" + href[7:]) if href.startswith("http://") else ("http://" + href[8:])
            concept = self.vocab.concept(other) or self.vocab.concept(href.rstrip("/"))
        return concept

    # --- assembly ---
    def record(self) -> Record:
        citation = self.find("gmd:citation/gmd:CI_Citation")
        values = self.values
        values["title"] = _text(self.find("gmd:title", citation)) if citation is not None else ""
        values["abstract"] = _text(self.find("gmd:abstract"))
        values["identifier"] = self.identifier(citation)
        values["parent_identifier"] = _text(self.md.find("gmd:parentIdentifier", t.NS))
        values["resource_type"] = _code_value(self.md.find("gmd:hierarchyLevel", t.NS)) or "dataset"
        if citation is not None:
            self.dates(citation)
        self.parties()
        self.keywords()
        self.topics()
        self.constraints()
        self.maintenance()
        self.status()
        self.resolution()
        self.extent()
        self.quality()
        self.distribution()
        language = _code_value(self.find("gmd:language")) or _text(self.find("gmd:language"))
        values["language"] = language or "fre"
        charset = _code_value(self.find("gmd:characterSet"))
        values["encoding"] = mapping.CHARACTER_SET_NAMES.get(charset, charset)
        self.fill_gaps()
        return Record(**values)

    def identifier(self, citation) -> str:
        file_identifier = _text(self.md.find("gmd:fileIdentifier", t.NS))
        code, space = self.resource_identifier(citation)
        identifier = file_identifier or (code[len("urn:uuid:"):] if code.startswith("urn:uuid:") else
                                         code.rstrip("/").rsplit("/", 1)[-1] if code else new_identifier())
        if code and code not in (f"urn:uuid:{identifier}", identifier) or space:
            # another catalogue's identifier of the resource (a namespace URI, a code space): kept as written
            self.values["resource_identifier"], self.values["resource_identifier_space"] = code, space
        return identifier

    def resource_identifier(self, citation) -> tuple:
        """(code, code space) of the citation's first identifier, Passerelle's ownership mark aside."""
        for holder in self.findall("gmd:identifier/*", citation) if citation is not None else ():
            space = _text(self.find("gmd:codeSpace", holder))
            if space == t.OWNERSHIP_CODESPACE:
                continue
            code = _href(self.find("gmd:code", holder)) or _text(self.find("gmd:code", holder))
            if code:
                return code, space
        return "", ""

    def dates(self, citation) -> None:
        kinds = {"creation": "created", "revision": "revised", "publication": "published"}
        for ci_date in self.findall("gmd:date/gmd:CI_Date", citation):
            field = kinds.get(_code_value(self.find("gmd:dateType", ci_date)))
            if field and field not in self.values:
                self.values[field] = _date(_text(self.find("gmd:date", ci_date)), "la date de la ressource")

    # --- parties ---
    def parties(self) -> None:
        parties = self.findall("gmd:pointOfContact/gmd:CI_ResponsibleParty")
        by_id = {p.get("id"): p for p in parties if p.get("id") in (t.PRODUCER_ID, t.CONTACT_ID)}
        if by_id:
            self.from_passerelle = True
            producer, contact = by_id.get(t.PRODUCER_ID), by_id.get(t.CONTACT_ID)
        else:  # another tool: roles decide; the metadata contact stands in for a missing contact
            producer = next((p for p in parties if self.role(p) in t.PRODUCER_ROLES), None)
            contact = next((p for p in parties if self.role(p) == "pointOfContact"), None)
            if contact is None:
                contact = self.md.find("gmd:contact/gmd:CI_ResponsibleParty", t.NS)
        self.values["producer"] = self.contact(producer) if producer is not None else Contact()
        self.values["contact"] = self.contact(contact) if contact is not None else Contact()
        self.values["contacts"] = [self.contact(p) for p in parties if p is not producer and p is not contact]
        about = self.md.find("gmd:contact/gmd:CI_ResponsibleParty", t.NS)
        if about is not None and about is not contact:  # the metadata contact: the same party often says more
            details = self.contact(about)
            if not _complete(details, [self.values["producer"], self.values["contact"], *self.values["contacts"]]):
                self.values["metadata_contact"] = details  # someone else (a platform's metadata desk)

    def role(self, party) -> str:
        return _code_value(self.find("gmd:role", party))

    def contact(self, party) -> Contact:
        organisation = self.find("gmd:organisationName", party)
        href = _href(organisation)
        siret = href[len(t.SIRET_PAGE):] if href.startswith(t.SIRET_PAGE) else ""
        info = self.find("gmd:contactInfo/gmd:CI_Contact", party)
        email = phone = fax = ""
        addresses = []
        if info is not None:
            email = _text(self.find("gmd:address/gmd:CI_Address/gmd:electronicMailAddress", info))
            phone = _text(self.find("gmd:phone/gmd:CI_Telephone/gmd:voice", info))
            fax = _text(self.find("gmd:phone/gmd:CI_Telephone/gmd:facsimile", info))
            found = self.find("gmd:address/gmd:CI_Address", info)
            if found is not None:
                address = Address(type="postal", address=_text(self.find("gmd:deliveryPoint", found)),
                                  postal_code=_text(self.find("gmd:postalCode", found)),
                                  city=_text(self.find("gmd:city", found)),
                                  administrative_area=_text(self.find("gmd:administrativeArea", found)),
                                  country=_text(self.find("gmd:country", found)))
                addresses = [] if address.is_empty() else [address]
        return Contact(organisation=_text(organisation), name=_text(self.find("gmd:individualName", party)),
                       email=email, phone=phone, role=self.role(party) or "pointOfContact", siret=siret,
                       position=_text(self.find("gmd:positionName", party)), fax=fax, addresses=addresses)

    # --- keywords: free words, themes and the Passerelle thesauri ---
    def keywords(self) -> None:
        for block in self.findall("gmd:descriptiveKeywords/gmd:MD_Keywords"):
            name = self.find("gmd:thesaurusName", block)
            title_element = self.find("gmd:CI_Citation/gmd:title", name) if name is not None else None
            title = _text(title_element)
            href = _href(title_element) or (name.get(t.q("xlink:href"), "") if name is not None else "")
            if href.startswith(t.SPATIAL_SCOPE_HREF):  # follows from the granularity, when one is known
                self.spatial_scopes += [(title or t.SPATIAL_SCOPE_TITLE["fr"], _href(k), _text(k))
                                        for k in self.findall("gmd:keyword", block)]
                continue
            if title == t.GEMET_TITLE or href in (t.GEMET_HREF, _GEMET_REFERENCE):
                scheme = self.scheme("inspire-theme")
            else:
                scheme = self.scheme_cited(href)
            for keyword in self.findall("gmd:keyword", block):
                self.keyword(keyword, scheme, title if name is not None else "")

    def keyword(self, keyword, scheme, thesaurus: str = "") -> None:
        href, text = _href(keyword), _text(keyword)
        concept = self.concept_for(href)
        if concept is None and scheme is not None and text:
            concept = scheme.find(text)
        if concept is not None:
            self.route(concept.scheme, concept.uri)
        elif scheme is not None and href:
            self.route(scheme.key, href)  # a concept newer than our copy of the scheme: keep its URI
        elif text and thesaurus:  # a thesaurus we do not know, or a word its scheme lacks: kept as written
            self.values["vocabulary_keywords"].setdefault(thesaurus, []).append(text)
        elif text:
            self.values["keywords"].append(text)

    def route(self, scheme_key: str, uri: str) -> None:
        if scheme_key in THEME_SCHEMES:
            if uri not in self.values["themes"]:
                self.values["themes"].append(uri)
            self.declared_topics |= scheme_key == "iso-topic"
            return
        field = _FIELD_OF_SCHEME.get(scheme_key)
        if field and field not in self.values:
            self.values[field] = uri
        # Only Passerelle writes these four as keywords: the record spells out its own status.
        self.from_passerelle |= field in ("access", "nature", "granularity", "frequency")

    def topics(self) -> None:
        if self.declared_topics:
            return  # Passerelle wrote the chosen topics as keywords: topicCategory adds nothing
        values = [(e.text or "").strip() for e in self.findall("gmd:topicCategory/gmd:MD_TopicCategoryCode")]
        values = [v for v in values if v]
        if not values or set(values) == set(derived_topics(self.values["themes"], self.vocab)):
            return  # what the themes imply is not a choice of the person
        scheme = self.scheme("iso-topic")
        for value in values:
            concept = scheme.find(value) if scheme is not None else None
            uri = concept.uri if concept else terms.TOPIC_CATEGORY + value
            if uri not in self.values["themes"]:
                self.values["themes"].append(uri)

    # --- constraints ---
    def constraints(self) -> None:
        for block in self.findall("gmd:resourceConstraints/*"):
            block_id = block.get("id") or ""
            kind = "access" if self.find("gmd:accessConstraints", block) is not None else \
                "use" if self.find("gmd:useConstraints", block) is not None else "other"
            texts = [_text(e) for e in
                     self.findall("gmd:otherConstraints", block) + self.findall("gmd:useLimitation", block)]
            numbered = re.fullmatch(re.escape(t.CONSTRAINT_ID) + r"-\d+(?:-(access|use))?", block_id)
            if block_id == t.RIGHTS_ID:
                self.values["rights"] += [text for text in texts if text]
            elif numbered:
                kind = numbered.group(1) or kind
                self.values["constraints"] += [Constraint(text=text, type=kind) for text in texts if text]
            elif block_id == t.CONDITIONS_ID:
                self.conditions(self.findall("gmd:otherConstraints", block))
            elif etree.QName(block).localname in ("MD_LegalConstraints", "MD_Constraints"):
                for other in self.findall("gmd:otherConstraints", block):
                    self.constraint(_href(other), _text(other), kind)
                # other tools write attribution and copyright statements as use limitations, and older
                # editors the licence itself: kept as written, the licence also recognised as one
                for text in [_text(e) for e in self.findall("gmd:useLimitation", block) if _text(e)]:
                    self.values["rights"].append(text)
                    self.legacy_licences.append(text)

    def conditions(self, others) -> None:
        """The conditions block Passerelle writes: its first statement (an Anchor and its text twin, or
        the sentence on restricted access derived from the access level), then further licences."""
        if not others:
            return
        first, rest = others[0], list(others[1:])
        if _href(first):
            self.constraint(_href(first), _text(first), "use")
            if rest and not _href(rest[0]) and _text(rest[0]) == _text(first):
                rest = rest[1:]
        for other in rest:
            self.constraint(_href(other), _text(other), "use")
        # its useLimitation restates the first statement as a sentence: nothing of its own

    def constraint(self, href: str, text: str, kind: str = "use") -> None:
        limitations = self.scheme("limitations")
        if href.startswith(terms.LIMITATIONS_ON_PUBLIC_ACCESS) or \
                (not href and limitations is not None and limitations.find(text)):
            uri = href or limitations.find(text).uri
            self.limitations.append(uri)
            if uri != terms.NO_LIMITATIONS and "legal_basis" not in self.values:
                self.values["legal_basis"] = uri
            return
        if href.startswith(t.CONDITIONS):
            if href != t.CONDITIONS_UNKNOWN:  # "no conditions apply" is a statement: kept (unknown says nothing)
                self.values["other_licences"].append(href)
            return
        concept = self.concept_for(href)
        if concept is not None and concept.scheme != "licence":
            self.route(concept.scheme, concept.uri)
            return
        licence = concept or self.licence(href, text)
        if licence is not None and "licence" not in self.values:
            self.values["licence"] = licence.uri
        elif kind == "access" and (text or href):  # an access constraint stated in words: kept as written
            self.values["constraints"].append(Constraint(text=text or href, type="access"))
        elif text or href:  # a further licence, or a use condition matching none: kept as written
            self.values["other_licences"].append(text or href)

    def licence(self, href: str, text: str):
        """The licence concept the Anchor's page or the text names (a page URL, a label, an alias)."""
        return (mapping.licence(href, self.vocab) if href else None) or \
            (mapping.licence(text, self.vocab) if text else None)

    # --- maintenance, status, resolution ---
    def maintenance(self) -> None:
        code = _code_value(self.find(
            "gmd:resourceMaintenance/gmd:MD_MaintenanceInformation/gmd:maintenanceAndUpdateFrequency"))
        scheme = self.scheme("frequency")
        if code and "frequency" not in self.values and scheme is not None:
            concept = _live_by_notation(scheme, "iso", code)
            if concept is not None:
                self.values["frequency"] = concept.uri

    def status(self) -> None:
        code = _code_value(self.find("gmd:status"))
        scheme = self.scheme("progress")
        if code and scheme is not None and "lifecycle" not in self.values:
            concept = _live_by_notation(scheme, "iso", code) or scheme.find(code)
            if concept is not None:
                self.values["lifecycle"] = concept.uri

    def resolution(self) -> None:
        for resolution in self.findall("gmd:spatialResolution/gmd:MD_Resolution"):
            denominator = self.find("gmd:equivalentScale/*/gmd:denominator/gco:Integer", resolution)
            distance = self.find("gmd:distance/gco:Distance", resolution)
            if denominator is not None and "scale" not in self.values:
                self.values["scale"] = _number(denominator.text, "l'échelle", int)
            if distance is not None and "resolution_m" not in self.values:
                factor = {"m": 1.0, "metre": 1.0, "meter": 1.0, "km": 1000.0, "cm": 0.01}.get(
                    (distance.get("uom") or "m").strip().lower(), 1.0)
                self.values["resolution_m"] = _number(distance.text, "la résolution") * factor

    # --- extent ---
    def extent(self) -> None:
        boxes, periods = [], []
        for extent in self.findall("gmd:extent/gmd:EX_Extent"):
            place = _text(self.find("gmd:description", extent))
            if place and "place" not in self.values:
                self.values["place"] = place
            for box in self.findall("gmd:geographicElement/gmd:EX_GeographicBoundingBox", extent):
                boxes.append(self.box(box))
            for period in self.findall("gmd:temporalElement/*/gmd:extent/*", extent):
                span = self.period(period)
                if span is not None and span not in periods:
                    periods.append(span)
            heights = self.find("gmd:verticalElement/gmd:EX_VerticalExtent", extent)
            if heights is not None and "elevation_min" not in self.values:
                for field, name in (("elevation_min", "minimumValue"), ("elevation_max", "maximumValue")):
                    text = _text(self.find(f"gmd:{name}", heights))
                    self.values[field] = _number(text, "l'étendue verticale") if text else None
        unique = []
        for box in boxes:
            if box not in unique:
                unique.append(box)
        if unique:
            self.values["extent"] = unique[0]
            self.values["other_extents"] = unique[1:]
        if periods:
            self.values["temporal_start"], self.values["temporal_end"] = periods[0]
            self.values["other_periods"] = [Period(start, end) for start, end in periods[1:]]

    def box(self, box) -> Extent:
        def side(name):
            return _number(_text(self.find(f"gmd:{name}", box)), f"l'emprise ({name})")
        return Extent(west=side("westBoundLongitude"), south=side("southBoundLatitude"),
                      east=side("eastBoundLongitude"), north=side("northBoundLatitude"), crs=self.crs())

    def period(self, period) -> Optional[tuple]:
        """(start, end) of a gml:TimePeriod or TimeInstant (either GML namespace), else None."""
        if etree.QName(period).namespace not in t.GML_NAMESPACES:
            return None
        names = {"TimePeriod": ("beginPosition", "endPosition"),
                 "TimeInstant": ("timePosition", "timePosition")}
        begin, end = names.get(etree.QName(period).localname, (None, None))
        if begin is None:
            return None
        span = []
        for local in (begin, end):
            position = period.find(f"{{{etree.QName(period).namespace}}}{local}")
            if position is None:  # GML also allows begin/end holding a TimeInstant
                position = period.find(f"{{{etree.QName(period).namespace}}}{local[:-len('Position')]}/*/*")
            text = (position.text or "") if position is not None else ""
            span.append(_date(text, "l'étendue temporelle"))
        return tuple(span) if any(span) else None

    def crs(self) -> str:
        identifier = self.md.find("gmd:referenceSystemInfo/gmd:MD_ReferenceSystem/"
                                  "gmd:referenceSystemIdentifier/gmd:RS_Identifier", t.NS)
        if identifier is None:
            return ""
        code = self.find("gmd:code", identifier)
        space = _text(self.find("gmd:codeSpace", identifier))
        text = _text(code)
        return t.crs_from_text(_href(code), f"{space}:{text}" if space.upper() == "EPSG" else text, text)

    # --- data quality ---
    def quality(self) -> None:
        quality = self.md.find("gmd:dataQualityInfo/gmd:DQ_DataQuality", t.NS)
        if quality is None:
            return
        self.values["lineage"] = _text(self.find("gmd:lineage/gmd:LI_Lineage/gmd:statement", quality))
        self.values["process_steps"] = [
            _text(step) for step in self.findall("gmd:lineage/gmd:LI_Lineage/gmd:processStep/*/gmd:description",
                                                 quality) if _text(step)]
        for result in self.findall("gmd:report/*/gmd:result/gmd:DQ_ConformanceResult", quality):
            title = self.find("gmd:specification/gmd:CI_Citation/gmd:title", result)
            passed = (_text(self.find("gmd:pass", result)) or "").lower() in ("true", "1")
            if passed and (_href(title) == t.REGULATION_1089_HREF or "1089/2010" in _text(title)):
                self.values["inspire_conformant"] = True
        catalogue = self.md.find(f"gmd:contentInfo/gmd:MD_FeatureCatalogueDescription[@id='{t.FEATURE_CATALOGUE_ID}']/"
                                 "gmd:featureCatalogueCitation/gmd:CI_Citation/gmd:title", t.NS)
        if catalogue is not None and (_href(catalogue) or _text(catalogue)):
            self.values["schema"] = _href(catalogue) or _text(catalogue)
            return
        # Records written before the schema moved to the feature catalogue: a conformity report.
        for title in self.findall("gmd:report/*/gmd:result/gmd:DQ_ConformanceResult/"
                                  "gmd:specification/gmd:CI_Citation/gmd:title", quality):
            href, text = _href(title), _text(title)
            if href == t.REGULATION_1089_HREF or "1089/2010" in text:
                continue
            if href or "://" in text or text.lower().endswith(".json"):
                self.values["schema"] = href or text
                break

    # --- distribution: fees and the record's own links ---
    def distribution(self) -> None:
        distribution = self.md.find("gmd:distributionInfo/gmd:MD_Distribution", t.NS)
        if distribution is None:
            return
        fees = self.find("gmd:distributor/*/gmd:distributionOrderProcess/*/gmd:fees", distribution)
        self.values["fees"] = _text(fees)
        for resource in self.findall("gmd:transferOptions/*/gmd:onLine/gmd:CI_OnlineResource", distribution):
            if (resource.get("id") or "").startswith(t.RESOURCE_ID):
                continue  # a service or a package the exporter added, not one of the record's links
            name = self.find("gmd:name", resource)
            mime = self.find("gmx:MimeFileType", name) if name is not None else None
            self.values["links"].append(Link(
                url=_text(self.find("gmd:linkage", resource)), name=_text(name),
                type=_text(self.find("gmd:protocol", resource)),
                description=_text(self.find("gmd:description", resource)),
                mime_type=(mime.get("type") or "") if mime is not None else ""))

    def fill_gaps(self) -> None:
        """What the standard elements imply, for records without Passerelle's own thesauri."""
        if self.from_passerelle:
            return
        if "licence" not in self.values:  # an older editor's licence, written as a use limitation
            found = next((c for c in (mapping.licence(text, self.vocab) for text in self.legacy_licences) if c), None)
            if found is not None:
                self.values["licence"] = found.uri
        for title, href, text in self.spatial_scopes:  # no granularity says it: the scope is kept as written
            self.values["vocabulary_keywords"].setdefault(title, []).append(text or href)
        if "access" in self.values:
            return
        if self.limitations:
            restricted = any(uri != terms.NO_LIMITATIONS for uri in self.limitations)
            self.values["access"] = terms.SHARED_ACCESS if restricted else terms.OPEN_ACCESS
        if terms.PERSONAL_DATA_LIMITATION in self.limitations and "nature" not in self.values:
            self.values["nature"] = terms.PERSONAL_NATURE


def _complete(details: Contact, parties: list) -> bool:
    """Fill the phone, fax and address the party of the same organisation and e-mail lacks from ``details``;
    False when no party is that one."""
    def key(party):
        return party.organisation.strip().casefold(), party.email.strip().casefold()
    same = next((p for p in parties if key(p) == key(details) and any(key(p))), None)
    if same is None:
        return details.is_empty()
    same.phone = same.phone or details.phone
    same.fax = same.fax or details.fax
    if not same.addresses:
        same.addresses = list(details.addresses)
    return True


def _live_by_notation(scheme, target: str, code: str):
    """The concept carrying ``code`` for ``target``, a live one before a retired one."""
    hits = [c for c in scheme.concepts.values() if c.notations.get(target) == code]
    hits.sort(key=lambda c: c.deprecated)
    return hits[0] if hits else None
