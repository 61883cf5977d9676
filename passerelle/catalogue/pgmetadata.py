"""PgMetadata (3Liz's QGIS plugin) records <-> Passerelle records.

PgMetadata keeps one row per table in ``pgmetadata.dataset`` (keyed by ``schema_name`` + ``table_name``),
its contacts through ``pgmetadata.dataset_contact`` (with a role code), its links in ``pgmetadata.link``
and its codes (licences, frequencies, categories, roles) in ``pgmetadata.glossary``. An authority that
documents its tables there keeps every value: what has a Passerelle field goes there, the rest is kept
as typed (``vocabulary_keywords``, ``constraints``, ``rights``) so writing back loses nothing.

Plain data in, plain data out (rows as dicts): the SQL lives in :mod:`passerelle.qgis_io.postgres`.

>>> record = from_rows({"uid": "…", "title": "Écoles", "abstract": "…", "keywords": "école, éducation",
...                     "categories": ["SOC"], "publication_frequency": "YEA", "license": "LO-2.0"},
...                    contacts=[({"name": "Jeanne Martin", "organisation_name": "Mairie"}, "OW")],
...                    vocabularies=vocabularies.shipped())
>>> record.frequency, record.licence
('http://publications.europa.eu/resource/authority/frequency/ANNUAL', 'https://spdx.org/licenses/etalab-2.0')
"""
from __future__ import annotations

import datetime as _dt
import re
from typing import Iterable, Optional

from .record import Constraint, Contact, Link, Record
from .terms import TOPIC_CATEGORY

#: ``dataset.categories`` codes -> ISO 19115 topic categories (PgMetadata's glossary names them so).
CATEGORIES = {
    "FAR": "farming", "BIO": "biota", "BOU": "boundaries", "CLI": "climatologyMeteorologyAtmosphere",
    "ECO": "economy", "ELE": "elevation", "ENV": "environment", "GEO": "geoscientificInformation",
    "HEA": "health", "IMA": "imageryBaseMapsEarthCover", "INT": "intelligenceMilitary", "INL": "inlandWaters",
    "LOC": "location", "OCE": "oceans", "PLA": "planningCadastre", "SOC": "society", "STR": "structure",
    "TRA": "transportation", "UTI": "utilitiesCommunication"}

#: ``dataset.publication_frequency`` codes -> EU frequency codes (Y06 and others: kept as typed).
FREQUENCIES = {
    "NEC": "AS_NEEDED", "YEA": "ANNUAL", "MON": "MONTHLY", "WEE": "WEEKLY", "DAY": "DAILY", "BIA": "ANNUAL_2",
    "IRR": "IRREG", "NOP": "NOT_PLANNED", "QUA": "QUARTERLY", "FTN": "BIWEEKLY", "CON": "CONT", "UNK": "UNKNOWN",
    "Y02": "BIENNIAL", "Y03": "TRIENNIAL", "Y04": "QUADRENNIAL", "Y05": "QUINQUENNIAL"}

#: ``contact.contact_role`` codes -> ISO 19139 CI_RoleCode ("WA", "GA" and other local codes: kept as typed).
ROLES = {
    "OW": "owner", "CU": "custodian", "DI": "distributor", "AU": "author", "PC": "pointOfContact",
    "PI": "principalInvestigator", "PU": "publisher", "RP": "resourceProvider", "US": "user"}

#: The keyword vocabulary PgMetadata's own themes (``pgmetadata.theme`` labels) are kept under.
THEME_VOCABULARY = "PgMetadata"
#: The one for its spatial level, when it names no granularity Passerelle knows.
SPATIAL_LEVEL_VOCABULARY = "PgMetadata : niveau spatial"
#: The constraint type its confidentiality (OPE, RES…) is kept under.
CONFIDENTIALITY = "confidentiality"
#: Separator of an organisation and its unit when both are given.
UNIT_SEPARATOR = " — "


def from_rows(dataset: dict, contacts: Iterable[tuple] = (), links: Iterable[dict] = (), themes: dict = None,
              glossary: dict = None, vocabularies=None) -> Record:
    """The record a PgMetadata dataset row says (rows as dicts, contacts as (contact row, role code)).

    ``themes``: {theme code: label}; ``glossary``: {(field, code): {"label_en", "label_fr", ...}}.
    """
    glossary = glossary or {}
    record = Record(identifier=str(dataset.get("uid") or Record().identifier), title=_text(dataset.get("title")),
                    abstract=_text(dataset.get("abstract")))
    record.keywords = [k.strip() for k in re.split(r"[,;]", _text(dataset.get("keywords"))) if k.strip()]
    for code in _array(dataset.get("categories")):
        topic = CATEGORIES.get(code.upper())
        if topic:
            record.themes.append(TOPIC_CATEGORY + topic)
        else:
            record.vocabulary_keywords.setdefault("PgMetadata : catégories", []).append(code)
    labels = [(themes or {}).get(code, code) for code in _array(dataset.get("themes"))]
    if labels:
        record.vocabulary_keywords[THEME_VOCABULARY] = labels
    _spatial_level(record, _text(dataset.get("spatial_level")), vocabularies)
    scales = [int(s) for s in (dataset.get("minimum_optimal_scale"), dataset.get("maximum_optimal_scale"))
              if _positive(s)]
    record.scale = min(scales) if scales else None  # the finest scale the data is meant for
    record.published = _date(dataset.get("publication_date"))
    record.revised = _date(dataset.get("data_last_update"))
    _frequency(record, _text(dataset.get("publication_frequency")), glossary, vocabularies)
    _licence(record, _text(dataset.get("license")), glossary, vocabularies)
    if _text(dataset.get("license_attribution")):
        record.rights.append(_text(dataset["license_attribution"]))
    confidentiality = _text(dataset.get("confidentiality"))
    if confidentiality:
        record.constraints.append(Constraint(text=_label(glossary, "dataset.confidentiality", confidentiality),
                                             type=CONFIDENTIALITY))
    _contacts(record, contacts)
    for row in links:
        record.links.append(Link(url=_text(row.get("url")), name=_text(row.get("name")), type=_text(row.get("type")),
                                 description=_text(row.get("description")), format=_text(row.get("format")),
                                 mime_type=_label(glossary, "link.mime", _text(row.get("mime"))) if row.get("mime")
                                 else "", size=_text(row.get("size"))))
    return record


def to_values(record: Record, glossary: dict = None, themes: dict = None, vocabularies=None,
              current: Optional[dict] = None) -> dict:
    """The ``pgmetadata.dataset`` columns a record gives (what it cannot say keeps ``current``'s value)."""
    current = current or {}
    topics = {v: k for k, v in CATEGORIES.items()}
    categories = [topics[uri[len(TOPIC_CATEGORY):]] for uri in record.themes
                  if uri.startswith(TOPIC_CATEGORY) and uri[len(TOPIC_CATEGORY):] in topics]
    categories += [c for c in record.vocabulary_keywords.get("PgMetadata : catégories", []) if c not in categories]
    by_label = {label: code for code, label in (themes or {}).items()}
    theme_codes = [by_label.get(label, label) for label in record.vocabulary_keywords.get(THEME_VOCABULARY, [])
                   if label in by_label or label in (themes or {})]
    values = {"title": record.title or "", "abstract": record.abstract or "",
              "keywords": ", ".join(record.keywords) or None, "categories": categories,
              "themes": theme_codes or None,
              "publication_frequency": _frequency_code(record.frequency, vocabularies)
              or current.get("publication_frequency"),
              "license": _licence_code(record.licence, glossary or {}, vocabularies) or current.get("license"),
              "data_last_update": record.revised.isoformat() if record.revised else current.get("data_last_update"),
              "publication_date": record.published.isoformat() if record.published
              else current.get("publication_date")}
    levels = record.vocabulary_keywords.get(SPATIAL_LEVEL_VOCABULARY)
    if levels:
        values["spatial_level"] = levels[0]
    if record.scale and not (_positive(current.get("minimum_optimal_scale"))
                             or _positive(current.get("maximum_optimal_scale"))):
        values["maximum_optimal_scale"] = record.scale
    return values


def contact_rows(record: Record) -> list:
    """``[(contact columns, role code)]`` for ``pgmetadata.contact`` / ``dataset_contact`` (name and
    organisation are mandatory there: one stands for the other when missing)."""
    codes = {v: k for k, v in ROLES.items()}
    rows = []
    for contact, default in ((record.producer, "OW"), (record.contact, "PC")):
        if not contact.is_empty():
            rows.append((_contact_columns(contact), codes.get(contact.role, default)))
    for contact in record.contacts:
        if not contact.is_empty():
            rows.append((_contact_columns(contact), codes.get(contact.role, contact.role or "PC")))
    return rows


def link_rows(record: Record) -> list:
    """``pgmetadata.link`` columns for each link of the record (name, type and url are mandatory there)."""
    return [{"name": link.name or link.url, "type": link.type or "WWW:LINK", "url": link.url,
             "description": link.description or None, "format": link.format or None,
             "size": int(link.size) if str(link.size).isdigit() else None}
            for link in record.links if link.url]


# --- reading ---------------------------------------------------------------------------------------

def _contacts(record: Record, contacts: Iterable[tuple]) -> None:
    taken = set()
    for row, code in contacts:
        contact = Contact(name=_text(row.get("name")), email=_text(row.get("email")), phone=_text(row.get("phone")),
                          organisation=UNIT_SEPARATOR.join(p for p in (_text(row.get("organisation_name")),
                                                                       _text(row.get("organisation_unit"))) if p),
                          role=ROLES.get(_text(code).upper(), _text(code)))
        slot = {"owner": "producer", "pointOfContact": "contact"}.get(contact.role)
        if slot and slot not in taken:
            setattr(record, slot, contact)
            taken.add(slot)
        else:
            record.contacts.append(contact)
    if "contact" not in taken and record.contacts:  # no point of contact: the first other party is the one
        record.contact = record.contacts.pop(0)


def _spatial_level(record: Record, text: str, vocabularies) -> None:
    if not text:
        return
    scheme = vocabularies.schemes.get("granularity") if vocabularies is not None else None
    concept = scheme.find(text) if scheme is not None else None
    if concept is not None:
        record.granularity = concept.uri
    else:
        record.vocabulary_keywords[SPATIAL_LEVEL_VOCABULARY] = [text]


def _frequency(record: Record, code: str, glossary: dict, vocabularies) -> None:
    if not code:
        return
    scheme = vocabularies.schemes.get("frequency") if vocabularies is not None else None
    concept = scheme.find(FREQUENCIES[code.upper()]) if scheme is not None and code.upper() in FREQUENCIES else None
    if concept is not None:
        record.frequency = concept.uri
    else:
        record.vocabulary_keywords["PgMetadata : fréquence"] = [_label(glossary, "dataset.publication_frequency", code)]


def _licence(record: Record, code: str, glossary: dict, vocabularies) -> None:
    if not code:
        return
    scheme = vocabularies.schemes.get("licence") if vocabularies is not None else None
    label = _label(glossary, "dataset.license", code)
    concept = (scheme.find(code) or scheme.find(label)) if scheme is not None else None
    if concept is not None:
        record.licence = concept.uri
    else:
        record.other_licences.append(label)


# --- writing ---------------------------------------------------------------------------------------

def _frequency_code(uri: Optional[str], vocabularies) -> Optional[str]:
    if not uri:
        return None
    code = uri.rstrip("/").rsplit("/", 1)[-1]
    return next((pg for pg, eu in FREQUENCIES.items() if eu == code), None)


def _licence_code(uri: Optional[str], glossary: dict, vocabularies) -> Optional[str]:
    """The glossary's licence code meaning ``uri`` (PgMetadata stores codes, not URIs)."""
    if not uri:
        return None
    scheme = vocabularies.schemes.get("licence") if vocabularies is not None else None
    for (field, code), labels in sorted(glossary.items()):
        if field != "dataset.license" or scheme is None:
            continue
        concept = scheme.find(code) or scheme.find(labels.get("label_en") or "")
        if concept is not None and concept.uri == uri:
            return code
    return None


def _contact_columns(contact: Contact) -> dict:
    organisation, _, unit = contact.organisation.partition(UNIT_SEPARATOR)
    name = contact.name or organisation or contact.email
    return {"name": name, "organisation_name": organisation or name, "organisation_unit": unit or None,
            "email": contact.email or None, "phone": contact.phone or None}


# --- values ----------------------------------------------------------------------------------------

def _label(glossary: dict, field: str, code: str) -> str:
    labels = glossary.get((field, code)) or {}
    return labels.get("label_fr") or labels.get("label_en") or code


def _text(value) -> str:
    return "" if value is None else str(value).strip()


def _array(value) -> list:
    """A text[] as JSON gives it (a list), or as PostgreSQL writes it ("{a,b}")."""
    if value is None:
        return []
    if isinstance(value, (list, tuple)):
        return [str(v) for v in value if v not in (None, "")]
    text = str(value).strip()
    if text.startswith("{") and text.endswith("}"):
        return [v.strip().strip('"') for v in text[1:-1].split(",") if v.strip()]
    return [text] if text else []


def _date(value) -> Optional[_dt.date]:
    text = _text(value)
    try:
        return _dt.date.fromisoformat(text[:10]) if text else None
    except ValueError:
        return None


def _positive(value) -> bool:
    try:
        return value is not None and int(value) > 0
    except (TypeError, ValueError):
        return False
