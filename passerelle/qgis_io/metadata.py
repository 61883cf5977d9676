"""Record <-> QgsLayerMetadata.

Everything QGIS's metadata editor holds becomes part of the record, and goes back where it was:
identifier, parent, title, type, abstract, language, keywords by vocabulary, categories, every
contact (roles, addresses, phones, position), links, every history entry, fees, constraints,
rights, licences, encoding, CRS, spatial and temporal extent. Values that name a concept (a
licence "Licence Ouverte 2.0", a category "Planning Cadastre", a keyword "Adresses" under an
INSPIRE vocabulary) become that concept (:mod:`..catalogue.mapping`); the others are kept as typed.
Writing back keeps the person's own words wherever they still say what the record says, so
tagging one field leaves the others exactly as they were typed.

What QGIS lacks (vocabulary-backed statuses, dates in QGIS 3.22, resolution, place, technical name, SIRET, which
contact is which) goes into keyword vocabularies named ``passerelle:*`` so that the project file
and ``.qmd`` exports carry the whole record and a plain QGIS shows it readably.
"""
from __future__ import annotations

import datetime as _dt

from qgis.core import (QgsAbstractMetadataBase, QgsBox3d, QgsCoordinateReferenceSystem, QgsCoordinateTransform,
                       QgsDateTimeRange, QgsLayerMetadata, QgsProject)
from qgis.PyQt.QtCore import QDate, QDateTime, QTime
from qgis.PyQt.QtXml import QDomDocument

from ..catalogue import mapping
from ..catalogue.encoders.iso19139_terms import PRODUCER_ROLES
from ..catalogue.record import Address, Constraint, Contact, Extent, Link, Period, Record
from ..catalogue.terms import VOCABULARY_FIELDS
from ..catalogue.vocabularies import normalise

MARKER = "passerelle:record"
FORMAT_VERSION = "2"  # 2: one contact slot per QGIS contact; the whole QGIS metadata is part of the record
FREE_KEYWORDS = "passerelle:keywords"
THEMES = "passerelle:themes"
DATES = "passerelle:dates"
RESOLUTION = "passerelle:resolution"
PLACE = "passerelle:place"
RESOURCE_IDENTIFIER = "passerelle:resource-identifier"  # [code] or [code, code space]
CONFORMITY = "passerelle:inspire-conformant"  # ["true"] when the record declares conformity to Reg. 1089/2010
TECHNICAL_NAME = "passerelle:technical_name"
CONTACT_SLOTS = "passerelle:contacts"
LEGAL_BASIS = "Limitations on public access"
SCHEMA_LINK = "Table Schema"
_DATE_FIELDS = ("created", "revised", "published")
#: Dates newer QGIS versions (3.30+) write in .qmd and GeoPackage metadata, which 3.22 does not read.
_QGIS_DATES = {"Created": "created", "Revised": "revised", "Published": "published"}
#: Constraint types meaning "access" in QGIS's editor and in the words people use.
_ACCESS_TYPES = {normalise(t) for t in ("access", "accès", "access constraints", "accessConstraints",
                                        "limitations on public access", "restriction d'accès public", LEGAL_BASIS)}


def has_record(metadata: QgsLayerMetadata) -> bool:
    return MARKER in metadata.keywords()


def to_metadata(record: Record, base: QgsLayerMetadata | None = None, vocabularies=None) -> QgsLayerMetadata:
    """Write ``record`` into a copy of ``base``, keeping base's words where they say the same."""
    vocab = vocabularies or _shipped()
    old = QgsLayerMetadata(base) if base is not None else QgsLayerMetadata()
    md = QgsLayerMetadata(old)
    md.setIdentifier(record.identifier)
    md.setParentIdentifier(record.parent_identifier)
    md.setTitle(record.title)
    md.setAbstract(record.abstract)
    md.setType(_same_words(old.type(), record.resource_type, mapping.scope) or "dataset")
    md.setLanguage(_same_words(old.language(), record.language, mapping.language))
    md.setKeywords(_keywords(record, old, vocab))
    md.setContacts([_to_qgis_contact(c) for c in _contact_slots(record)[1]])
    md.setLicenses(_licences(record, old, vocab))
    md.setConstraints(_constraints(record, old, vocab))
    md.setRights(list(record.rights))
    md.setFees(record.fees)
    md.setEncoding(record.encoding)
    md.setHistory([record.lineage, *record.process_steps] if record.lineage or record.process_steps else [])
    links = [_to_qgis_link(link) for link in record.links]
    if record.schema:
        links.append(QgsAbstractMetadataBase.Link(SCHEMA_LINK, "WWW:LINK", record.schema))
    md.setLinks(links)

    extent = QgsLayerMetadata.Extent()
    spatial_extents = []
    for number, e in enumerate([record.extent] + list(record.other_extents) if record.extent is not None else []):
        spatial = QgsLayerMetadata.SpatialExtent()
        spatial.extentCrs = QgsCoordinateReferenceSystem("EPSG:4326")
        low, high = (record.elevation_min or 0.0, record.elevation_max or 0.0) if number == 0 else (0.0, 0.0)
        spatial.bounds = QgsBox3d(e.west, e.south, low, e.east, e.north, high)
        spatial_extents.append(spatial)
    extent.setSpatialExtents(spatial_extents)
    if record.extent is not None and record.extent.crs:
        md.setCrs(QgsCoordinateReferenceSystem(record.extent.crs))
    periods = [(record.temporal_start, record.temporal_end)] if record.temporal_start or record.temporal_end else []
    periods += [(p.start, p.end) for p in record.other_periods if p.start or p.end]
    extent.setTemporalExtents([QgsDateTimeRange(_qdatetime(start), _qdatetime(end)) for start, end in periods])
    md.setExtent(extent)
    return md


def from_metadata(md: QgsLayerMetadata, vocabularies=None) -> Record:
    """The record a layer's metadata holds: written by :func:`to_metadata`, or typed in QGIS."""
    vocab = vocabularies or _shipped()
    keywords = {name: [w.strip() for w in words if w and w.strip()] for name, words in md.keywords().items()}
    record = Record(identifier=md.identifier() or Record().identifier, title=md.title(),
                    abstract=md.abstract(), language=md.language() or "fre")
    ours = has_record(md)
    record.language = mapping.language(md.language()) or md.language().strip() or "fre"
    record.parent_identifier = md.parentIdentifier()
    record.resource_type = mapping.scope(md.type()) or md.type().strip() or "dataset"
    _read_keywords(record, keywords, vocab)
    for name in VOCABULARY_FIELDS:
        values = keywords.get(f"passerelle:{name}")
        if values:
            setattr(record, name, values[0])
    for item in keywords.get(DATES, []):
        name, _, value = item.partition(":")
        if name in _DATE_FIELDS and value:
            setattr(record, name, _dt.date.fromisoformat(value))
    for item in keywords.get(RESOLUTION, []):
        kind, _, value = item.partition(":")
        if kind == "scale":
            record.scale = int(value)
        elif kind == "distance":
            record.resolution_m = float(value)
    record.place = (keywords.get(PLACE) or [""])[0]
    record.inspire_conformant = (keywords.get(CONFORMITY) or [""])[0] == "true"
    resource = keywords.get(RESOURCE_IDENTIFIER) or []
    record.resource_identifier = resource[0] if resource else ""
    record.resource_identifier_space = resource[1] if len(resource) > 1 else ""
    record.technical_name = (keywords.get(TECHNICAL_NAME) or [""])[0]
    _read_contacts(record, md, keywords.get(CONTACT_SLOTS, []), ours)
    _read_licences(record, md, vocab, ours)
    _read_constraints(record, md, vocab)
    record.rights = [text for text in md.rights() if text.strip()]
    record.fees = md.fees()
    record.encoding = md.encoding()
    history = md.history()
    record.lineage = history[0] if history else ""
    record.process_steps = [entry for entry in history[1:] if entry.strip()]
    for link in md.links():
        if link.name == SCHEMA_LINK:
            record.schema = link.url
        elif any((link.url, link.name, link.description)):
            record.links.append(Link(url=link.url, name=link.name, type=link.type, description=link.description,
                                     format=link.format, mime_type=link.mimeType, size=link.size))
    boxes, record.elevation_min, record.elevation_max = _read_extents(md)
    record.extent = boxes[0] if boxes else None
    record.other_extents = boxes[1:]
    temporal = [t for t in md.extent().temporalExtents() if t.begin().isValid() or t.end().isValid()]
    if temporal:
        record.temporal_start = _pydate(temporal[0].begin())
        record.temporal_end = _pydate(temporal[0].end())
        record.other_periods = [Period(_pydate(t.begin()), _pydate(t.end())) for t in temporal[1:]]
    return record


def read_metadata_xml(xml) -> QgsLayerMetadata:
    """Layer metadata from a QGIS metadata document (``.qmd``, GeoPackage ``gpkg_metadata``).

    Dates newer QGIS versions store there (3.22 has no slot for them) are kept as Passerelle dates.
    """
    document = QDomDocument()
    document.setContent(xml)
    root = document.documentElement()
    metadata = QgsLayerMetadata()
    metadata.readMetadataXml(root)
    keywords = metadata.keywords()
    if DATES not in keywords:
        dates = []
        elements = root.firstChildElement("dates").elementsByTagName("date")
        for index in range(elements.count()):
            element = elements.item(index).toElement()
            name = _QGIS_DATES.get(element.attribute("type"))
            value = element.attribute("value")[:10]
            if name and _is_iso_date(value):
                dates.append(f"{name}:{value}")
        if dates:
            metadata.addKeywords(DATES, dates)
    return metadata


def metadata_xml(metadata: QgsLayerMetadata) -> str:
    """The QGIS metadata document for ``metadata`` (what QGIS stores in ``.qmd`` and GeoPackages)."""
    document = QDomDocument("qgis")
    root = document.createElement("qgis")
    document.appendChild(root)
    metadata.writeMetadataXml(root, document)
    return document.toString()


# --- keywords and themes ------------------------------------------------------------------

def _read_keywords(record: Record, keywords: dict, vocab) -> None:
    record.keywords = list(keywords.get(FREE_KEYWORDS, []))
    record.themes = list(keywords.get(THEMES, []))
    for name, words in keywords.items():
        if name.startswith("passerelle:"):
            continue
        for word in words:
            if not name:  # keywords without a vocabulary are free keywords
                _add(record.keywords, word)
                continue
            concept = mapping.theme(word, name, vocab)
            if concept is not None:
                _add(record.themes, concept.uri)
            else:
                _add(record.vocabulary_keywords.setdefault(name, []), word)


def _keywords(record: Record, old: QgsLayerMetadata, vocab) -> dict:
    """The keyword vocabularies to write: the person's own first, as typed, then Passerelle's."""
    result: dict = {}
    expressed = set()  # themes some kept word already names
    for name, words in old.keywords().items():
        if name.startswith("passerelle:"):
            continue
        kept = []
        for word in words:
            text = word.strip()
            if not text:
                continue
            concept = mapping.theme(text, name, vocab) if name else None
            if concept is not None:
                if concept.uri in record.themes:
                    kept.append(word)
                    expressed.add(concept.uri)
            elif text in (record.keywords if not name else record.vocabulary_keywords.get(name, [])):
                kept.append(word)
        if kept:
            result[name] = kept
    for name, words in record.vocabulary_keywords.items():
        have = {w.strip() for w in result.get(name, [])}
        missing = [w for w in words if w not in have]
        if missing:
            result.setdefault(name, []).extend(missing)
    for uri in record.themes:  # chosen ISO topics are QGIS categories, named as QGIS's editor names them
        concept = vocab.concept(uri)
        if uri not in expressed and concept is not None and concept.scheme == "iso-topic":
            result.setdefault(mapping.TOPIC_CATEGORY_VOCABULARY, []).append(mapping.qgis_category(concept.code))

    result.update(_own_keywords(record))
    return result


def _own_keywords(record: Record) -> dict:
    """Passerelle's keyword vocabularies (``passerelle:*``): what QGIS's metadata has no place for."""
    result = {MARKER: [FORMAT_VERSION]}
    if record.keywords:
        result[FREE_KEYWORDS] = list(record.keywords)
    if record.themes:
        result[THEMES] = list(record.themes)
    for name in VOCABULARY_FIELDS:
        value = getattr(record, name)
        if value and name != "licence":
            result[f"passerelle:{name}"] = [value]
    dates = [f"{name}:{getattr(record, name).isoformat()}" for name in _DATE_FIELDS if getattr(record, name)]
    if dates:
        result[DATES] = dates
    resolution = ([f"scale:{record.scale}"] if record.scale else []) + \
                 ([f"distance:{record.resolution_m!r}"] if record.resolution_m else [])
    if resolution:
        result[RESOLUTION] = resolution
    for vocabulary, value in ((PLACE, record.place), (TECHNICAL_NAME, record.technical_name)):
        if value:
            result[vocabulary] = [value]
    if record.inspire_conformant:
        result[CONFORMITY] = ["true"]
    if record.resource_identifier:
        result[RESOURCE_IDENTIFIER] = [record.resource_identifier] + \
            ([record.resource_identifier_space] if record.resource_identifier_space else [])
    slots, _contacts = _contact_slots(record)
    if slots:
        result[CONTACT_SLOTS] = slots
    return result


def _add(values: list, value) -> None:
    if value not in values:
        values.append(value)


# --- contacts -----------------------------------------------------------------------------

def _contact_slots(record: Record) -> tuple[list, list]:
    """(slot keywords, contacts) in QGIS order: the contact first (QGIS's editor shows the first one)."""
    slots, contacts = [], []
    for slot in ("contact", "producer"):
        contact = getattr(record, slot)
        if not contact.is_empty() or contact.siret:
            slots.append(f"{slot}:{contact.siret}")
            contacts.append(contact)
    for contact in record.contacts:
        slots.append("other:")
        contacts.append(contact)
    if not record.metadata_contact.is_empty():  # last: QGIS's editor shows the first contact as the main one
        slots.append(f"metadata_contact:{record.metadata_contact.siret}")
        contacts.append(record.metadata_contact)
    return slots, contacts


def _read_contacts(record: Record, md: QgsLayerMetadata, slots: list, ours: bool) -> None:
    contacts = md.contacts()
    taken = set()
    for index, (slot, qgis_contact) in enumerate(zip(slots, contacts)):
        name, _, siret = slot.partition(":")
        if name in ("contact", "producer", "metadata_contact"):
            setattr(record, name, _from_qgis_contact(qgis_contact, siret))
            taken.add(index)
    if not ours:  # typed in QGIS: roles tell the producer and the contact apart
        roles = [mapping.role(c.role) or c.role.strip() for c in contacts]
        contact = next((i for i, r in enumerate(roles) if r in ("pointOfContact", "")), None)
        producer = next((i for i, r in enumerate(roles) if r in PRODUCER_ROLES and i != contact), None)
        if contact is None:
            contact = next((i for i in range(len(contacts)) if i != producer), None)
        if contact is None and producer is not None:  # one party, which is both: the contact people write to
            contact, producer = producer, None
        for slot, index in (("contact", contact), ("producer", producer)):
            if index is not None:
                setattr(record, slot, _from_qgis_contact(contacts[index], ""))
                taken.add(index)
    record.contacts = [_from_qgis_contact(c, "") for i, c in enumerate(contacts) if i not in taken]


def _to_qgis_contact(contact: Contact) -> QgsAbstractMetadataBase.Contact:
    qc = QgsAbstractMetadataBase.Contact(contact.name)
    qc.organization = contact.organisation
    qc.email = contact.email
    qc.voice = contact.phone
    qc.role = contact.role
    qc.position = contact.position
    qc.fax = contact.fax
    addresses = []
    for address in contact.addresses:
        qa = QgsAbstractMetadataBase.Address()
        qa.type, qa.address, qa.postalCode = address.type, address.address, address.postal_code
        qa.city, qa.administrativeArea, qa.country = address.city, address.administrative_area, address.country
        addresses.append(qa)
    qc.addresses = addresses
    return qc


def _from_qgis_contact(qc, siret: str) -> Contact:
    addresses = [Address(type=a.type, address=a.address, postal_code=a.postalCode, city=a.city,
                         administrative_area=a.administrativeArea, country=a.country) for a in qc.addresses]
    return Contact(organisation=qc.organization, name=qc.name, email=qc.email, phone=qc.voice,
                   role=mapping.role(qc.role) or qc.role.strip() or "pointOfContact", siret=siret,
                   position=qc.position, fax=qc.fax, addresses=[a for a in addresses if not a.is_empty() or a.type])


# --- licences and constraints -------------------------------------------------------------

def _read_licences(record: Record, md: QgsLayerMetadata, vocab, ours: bool) -> None:
    for text in md.licenses():
        text = text.strip()
        if not text:
            continue
        concept = mapping.licence(text, vocab)
        # Passerelle wrote a URI: one a profile's vocabulary knows is still the licence (not an INSPIRE
        # condition such as "no conditions apply", kept beside the licences).
        other = vocab.concept(text)
        uri = concept.uri if concept else (text if ours and "://" in text and " " not in text
                                           and (other is None or other.scheme == "licence") else None)
        if uri and record.licence is None:
            record.licence = uri
        else:
            record.other_licences.append(text)


def _licences(record: Record, old: QgsLayerMetadata, vocab) -> list:
    licences, placed, remaining = [], False, list(record.other_licences)
    for text in old.licenses():
        words = text.strip()
        concept = mapping.licence(words, vocab) if words else None
        if record.licence and not placed and record.licence in (words, concept.uri if concept else None):
            licences.append(text)
            placed = True
        elif words in remaining:
            licences.append(text)
            remaining.remove(words)
    if record.licence and not placed:
        licences.insert(0, record.licence)
    return licences + remaining


def _read_constraints(record: Record, md: QgsLayerMetadata, vocab) -> None:
    found = False
    for constraint in md.constraints():
        text, kind = constraint.constraint.strip(), constraint.type.strip()
        if not text:
            continue
        if not found:
            uri = _legal_basis(text, kind, vocab)
            if uri:
                record.legal_basis, found = uri, True
                continue
        record.constraints.append(Constraint(text=text, type=kind))


def _constraints(record: Record, old: QgsLayerMetadata, vocab) -> list:
    constraints, placed = [], False
    remaining = [(c.text, c.type) for c in record.constraints]
    for constraint in old.constraints():
        key = (constraint.constraint.strip(), constraint.type.strip())
        if record.legal_basis and not placed and _legal_basis(*key, vocab) == record.legal_basis:
            constraints.append(constraint)
            placed = True
        elif key in remaining:
            constraints.append(constraint)
            remaining.remove(key)
    if record.legal_basis and not placed:
        constraints.insert(0, QgsLayerMetadata.Constraint(record.legal_basis, LEGAL_BASIS))
    return constraints + [QgsLayerMetadata.Constraint(text, kind) for text, kind in remaining]


def _legal_basis(text: str, kind: str, vocab):
    """The restriction ground an access constraint states (Passerelle's, or typed), else None."""
    if kind == LEGAL_BASIS:
        return text
    if normalise(kind) in _ACCESS_TYPES:
        concept = mapping.legal_basis(text, vocab)
        if concept is not None and not concept.uri.endswith("/noLimitations"):
            return concept.uri
    return None


# --- other values -------------------------------------------------------------------------

def _same_words(typed: str, value: str, code_of) -> str:
    """What was typed, when it means ``value`` ('FRA' for 'fre'); else ``value``."""
    typed_code = code_of(typed) or typed.strip()
    return typed if typed.strip() and typed_code == value else value


def _to_qgis_link(link: Link) -> QgsAbstractMetadataBase.Link:
    ql = QgsAbstractMetadataBase.Link(link.name, link.type, link.url)
    ql.description, ql.format, ql.mimeType, ql.size = link.description, link.format, link.mime_type, link.size
    return ql


def _read_extents(md: QgsLayerMetadata):
    """([extents in WGS84 degrees], lowest, highest elevation of the first): QGIS's editor keeps each spatial
    extent in the CRS the person chose, with 0 for an elevation nobody typed."""
    boxes, low, high = [], None, None
    for spatial in md.extent().spatialExtents():
        b = spatial.bounds
        if b.xMinimum() == b.xMaximum() == b.yMinimum() == b.yMaximum() == 0 or b.width() < 0 or b.height() < 0:
            continue  # the editor's empty extent
        box = b.toRectangle()
        crs = spatial.extentCrs
        if crs.isValid() and crs.authid() != "EPSG:4326":
            try:
                box = QgsCoordinateTransform(crs, QgsCoordinateReferenceSystem("EPSG:4326"),
                                             QgsProject.instance()).transformBoundingBox(box)
            except Exception:  # QgsCsException: outside the CRS's domain, no extent rather than a wrong one
                continue
        elif not crs.isValid() and not (-180 <= box.xMinimum() <= box.xMaximum() <= 180
                                        and -90 <= box.yMinimum() <= box.yMaximum() <= 90):
            continue  # projected coordinates in an unknown CRS: not degrees
        extent = Extent(round(box.xMinimum(), 7), round(box.yMinimum(), 7), round(box.xMaximum(), 7),
                        round(box.yMaximum(), 7), md.crs().authid() if md.crs().isValid() else "")
        if not boxes:
            typed = b.zMinimum() != 0 or b.zMaximum() != 0
            low, high = (b.zMinimum() if typed else None), (b.zMaximum() if typed else None)
        boxes.append(extent)
    return boxes, low, high


def _shipped():
    from ..catalogue.vocabularies import shipped

    return shipped()


def _is_iso_date(text: str) -> bool:
    try:
        _dt.date.fromisoformat(text)
    except ValueError:
        return False
    return True


def _qdatetime(value):
    if not value:
        return QDateTime()
    return QDateTime(QDate(value.year, value.month, value.day), QTime(0, 0))


def _pydate(value):
    if value is None or not value.isValid():
        return None
    d = value.date()
    return _dt.date(d.year(), d.month(), d.day())
