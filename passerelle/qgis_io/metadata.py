"""Record <-> QgsLayerMetadata.

QGIS metadata has slots for most of the record (identifier, title, abstract,
language, keywords by vocabulary, categories, licences, constraints, contacts,
links, history, extent, CRS). What it lacks (vocabulary-backed statuses, dates
in QGIS 3.22, resolution, place, SIRET) goes into keyword vocabularies named
``passerelle:*`` so that the project file and ``.qmd`` exports carry the whole
record and a plain QGIS shows it readably.
"""
from __future__ import annotations

import datetime as _dt

from qgis.core import (QgsAbstractMetadataBase, QgsBox3d, QgsCoordinateReferenceSystem,
                       QgsDateTimeRange, QgsLayerMetadata)
from qgis.PyQt.QtCore import QDate, QDateTime, QTime

from ..catalogue.record import VOCABULARY_FIELDS, Contact, Extent, Record

MARKER = "passerelle:record"
FORMAT_VERSION = "1"
FREE_KEYWORDS = "passerelle:keywords"
THEMES = "passerelle:themes"
DATES = "passerelle:dates"
RESOLUTION = "passerelle:resolution"
PLACE = "passerelle:place"
CONTACT_SLOTS = "passerelle:contacts"
LEGAL_BASIS = "Limitations on public access"
SCHEMA_LINK = "Table Schema"
_DATE_FIELDS = ("created", "revised", "published")


def has_record(metadata: QgsLayerMetadata) -> bool:
    return MARKER in metadata.keywords()


def to_metadata(record: Record, base: QgsLayerMetadata | None = None) -> QgsLayerMetadata:
    """Write ``record`` into a copy of ``base`` (other tools' keywords are kept)."""
    md = QgsLayerMetadata(base) if base is not None else QgsLayerMetadata()
    md.setIdentifier(record.identifier)
    md.setTitle(record.title)
    md.setAbstract(record.abstract)
    md.setLanguage(record.language)
    md.setType("dataset")

    keywords = {k: v for k, v in md.keywords().items() if not k.startswith("passerelle:")}
    keywords[MARKER] = [FORMAT_VERSION]
    if record.keywords:
        keywords[FREE_KEYWORDS] = list(record.keywords)
    if record.themes:
        keywords[THEMES] = list(record.themes)
    for name in VOCABULARY_FIELDS:
        value = getattr(record, name)
        if value and name != "licence":
            keywords[f"passerelle:{name}"] = [value]
    dates = [f"{name}:{getattr(record, name).isoformat()}" for name in _DATE_FIELDS if getattr(record, name)]
    if dates:
        keywords[DATES] = dates
    resolution = ([f"scale:{record.scale}"] if record.scale else []) + \
                 ([f"distance:{record.resolution_m!r}"] if record.resolution_m else [])
    if resolution:
        keywords[RESOLUTION] = resolution
    if record.place:
        keywords[PLACE] = [record.place]
    slots, contacts = [], []
    for slot in ("contact", "producer"):
        contact = getattr(record, slot)
        if not contact.is_empty() or contact.siret:
            slots.append(f"{slot}:{contact.siret}")
            contacts.append(_to_qgis_contact(contact))
    if slots:
        keywords[CONTACT_SLOTS] = slots
    md.setKeywords(keywords)
    md.setContacts(contacts)
    md.setCategories([t.rsplit("/", 1)[-1] for t in record.themes if "/TopicCategory/" in t])

    md.setLicenses([record.licence] if record.licence else [])
    md.setConstraints([QgsLayerMetadata.Constraint(record.legal_basis, LEGAL_BASIS)]
                      if record.legal_basis else [])
    md.setHistory([record.lineage] if record.lineage else [])
    links = [link for link in md.links() if link.name != SCHEMA_LINK]
    if record.schema:
        links.append(QgsAbstractMetadataBase.Link(SCHEMA_LINK, "WWW:LINK", record.schema))
    md.setLinks(links)

    extent = QgsLayerMetadata.Extent()
    if record.extent is not None:
        spatial = QgsLayerMetadata.SpatialExtent()
        spatial.extentCrs = QgsCoordinateReferenceSystem("EPSG:4326")
        e = record.extent
        spatial.bounds = QgsBox3d(e.west, e.south, 0.0, e.east, e.north, 0.0)
        extent.setSpatialExtents([spatial])
        if e.crs:
            md.setCrs(QgsCoordinateReferenceSystem(e.crs))
    if record.temporal_start or record.temporal_end:
        extent.setTemporalExtents([QgsDateTimeRange(_qdatetime(record.temporal_start),
                                                    _qdatetime(record.temporal_end))])
    md.setExtent(extent)
    return md


def from_metadata(md: QgsLayerMetadata) -> Record:
    """Read a record written by :func:`to_metadata` (or a plain QGIS one, partially)."""
    keywords = md.keywords()
    record = Record(identifier=md.identifier() or Record().identifier, title=md.title(),
                    abstract=md.abstract(), language=md.language() or "fre")
    record.keywords = list(keywords.get(FREE_KEYWORDS, []))
    record.themes = list(keywords.get(THEMES, []))
    if not has_record(md):  # a plain QGIS record: keep its keywords as free keywords
        record.keywords = [k for vocab, words in keywords.items() for k in words]
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
    slots = keywords.get(CONTACT_SLOTS, [])
    for slot, contact in zip(slots, md.contacts()):
        name, _, siret = slot.partition(":")
        if name in ("contact", "producer"):
            setattr(record, name, _from_qgis_contact(contact, siret))
    if not slots and md.contacts():
        record.contact = _from_qgis_contact(md.contacts()[0], "")
    licences = md.licenses()
    record.licence = licences[0] if licences else None
    for constraint in md.constraints():
        if constraint.type == LEGAL_BASIS:
            record.legal_basis = constraint.constraint
    history = md.history()
    record.lineage = history[0] if history else ""
    for link in md.links():
        if link.name == SCHEMA_LINK:
            record.schema = link.url
    spatial = md.extent().spatialExtents()
    if spatial:
        b = spatial[0].bounds
        record.extent = Extent(b.xMinimum(), b.yMinimum(), b.xMaximum(), b.yMaximum(),
                               md.crs().authid() if md.crs().isValid() else "")
    temporal = md.extent().temporalExtents()
    if temporal:
        record.temporal_start = _pydate(temporal[0].begin())
        record.temporal_end = _pydate(temporal[0].end())
    return record


def _to_qgis_contact(contact: Contact) -> QgsAbstractMetadataBase.Contact:
    qc = QgsAbstractMetadataBase.Contact(contact.name)
    qc.organization = contact.organisation
    qc.email = contact.email
    qc.voice = contact.phone
    qc.role = contact.role
    return qc


def _from_qgis_contact(qc, siret: str) -> Contact:
    return Contact(organisation=qc.organization, name=qc.name, email=qc.email, phone=qc.voice,
                   role=qc.role or "pointOfContact", siret=siret)


def _qdatetime(value):
    if not value:
        return QDateTime()
    return QDateTime(QDate(value.year, value.month, value.day), QTime(0, 0))


def _pydate(value):
    if value is None or not value.isValid():
        return None
    d = value.date()
    return _dt.date(d.year(), d.month(), d.day())
