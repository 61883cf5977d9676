"""Open-data portal datasets (CKAN, udata, OpenDataSoft) read back as records, for the audit.

The reverse of the publishers' crosswalks: portal codes (``skos:notation`` per portal, EU tables) back
to concept URIs, portal fields back to record fields. A value that maps to no concept is kept as
written, so the vocabulary check reports it. Portals say whether a dataset is public: a public
dataset without a declared access level is open data, a private one is shared; its :class:`Entry` is
``public`` (its data reaches anyone) when it is visible to all.
"""
from __future__ import annotations

import datetime as _dt
import html
import json
import re
from typing import Optional

from ..record import Contact, Extent, Record
from ..terms import EU_ACCESS_RIGHT, EU_FREQUENCY, OPEN_ACCESS, SHARED_ACCESS, THEME_SCHEMES
from .model import AuditLink, Entry

_TAG = re.compile(r"<[^>]+>")


# --- shared helpers ---------------------------------------------------------------------------

def _date(value) -> Optional[_dt.date]:
    match = re.match(r"^(\d{4})-(\d{2})-(\d{2})", str(value or ""))
    if not match:
        return None
    try:
        return _dt.date(*(int(part) for part in match.groups()))
    except ValueError:
        return None


def _concept_uri(vocabularies, scheme_key: str, value, *notations) -> Optional[str]:
    """The concept URI ``value`` stands for in ``scheme_key``: a URI, a portal notation, a code or a label.

    An unknown URI is kept as it is (the vocabulary check then names it); an unknown code gives None.
    """
    text = str(value or "").strip()
    if not text or scheme_key not in vocabularies:
        return text or None
    scheme = vocabularies[scheme_key]
    if text in scheme.concepts:
        return text
    for target in notations:
        found = scheme.by_notation(target, text)
        if found is not None:
            return found.uri
    found = scheme.find(text)
    if found is not None:
        return found.uri
    return text if re.match(r"^https?://", text) else None


def _themes(vocabularies, values) -> list:
    out = []
    for value in values or []:
        text = str(value or "").strip()
        concept = next((vocabularies[key].find(text) for key in THEME_SCHEMES
                        if key in vocabularies and vocabularies[key].find(text) is not None), None)
        uri = concept.uri if concept is not None else (text if re.match(r"^https?://", text) else "")
        if uri and uri not in out:
            out.append(uri)
    return out


def _bbox(geometry) -> Optional[Extent]:
    """The bounding box of a GeoJSON geometry (text or dict), or None."""
    if isinstance(geometry, str):
        try:
            geometry = json.loads(geometry)
        except ValueError:
            return None
    xs, ys = [], []

    def walk(coordinates):
        if isinstance(coordinates, (list, tuple)) and coordinates and isinstance(coordinates[0], (int, float)):
            xs.append(float(coordinates[0]))
            ys.append(float(coordinates[1]))
        elif isinstance(coordinates, (list, tuple)):
            for item in coordinates:
                walk(item)

    if isinstance(geometry, dict):
        walk(geometry.get("coordinates"))
    if not xs:
        return None
    return Extent(min(xs), min(ys), max(xs), max(ys), crs="EPSG:4326")


def _plain(text: str) -> str:
    """Portal HTML (OpenDataSoft descriptions) as plain text."""
    return html.unescape(_TAG.sub(" ", text or "")).strip()


# --- CKAN -------------------------------------------------------------------------------------

def ckan_entry(dataset: dict, vocabularies, site_url: str = "") -> Entry:
    """A CKAN dataset (``package_show`` / ``package_search`` result) as an :class:`Entry`."""
    extras = {e.get("key"): e.get("value") for e in dataset.get("extras") or [] if isinstance(e, dict)}
    private = bool(dataset.get("private"))
    organisation = (dataset.get("organization") or {}).get("title") or (dataset.get("organization") or {}).get("name")
    access = _concept_uri(vocabularies, "access-level", extras.get("access_level"), "eu") or \
        _concept_uri(vocabularies, "access-level", _tail(extras.get("access_rights"), EU_ACCESS_RIGHT), "eu") or \
        (SHARED_ACCESS if private else OPEN_ACCESS)
    licence = None
    if dataset.get("license_id") and dataset.get("license_id") != "notspecified":
        licence = _concept_uri(vocabularies, "licence", dataset["license_id"], "ckan") or \
            _concept_uri(vocabularies, "licence", dataset.get("license_title"))
    try:
        themes = _themes(vocabularies, json.loads(extras.get("theme") or "[]"))
    except ValueError:
        themes = _themes(vocabularies, [extras.get("theme")])
    # the dataset's own parties; the portal organisation owning it is the entry's organisation, not a party
    producer = Contact(organisation=extras.get("publisher_name") or dataset.get("author") or "",
                       email=extras.get("publisher_email") or dataset.get("author_email") or "", role="publisher")
    contact = Contact(organisation=dataset.get("maintainer") or extras.get("contact_name") or "",
                      email=dataset.get("maintainer_email") or extras.get("contact_email") or "")
    record = Record(
        identifier=extras.get("identifier") or extras.get("passerelle_identifier") or dataset.get("id", ""),
        title=dataset.get("title") or "", abstract=dataset.get("notes") or "",
        keywords=[t.get("name", "") for t in dataset.get("tags") or [] if t.get("name")], themes=themes,
        access=access, licence=licence,
        frequency=_concept_uri(vocabularies, "frequency", extras.get("frequency"), "eu", "udata")
        or _concept_uri(vocabularies, "frequency", extras.get("frequency_udata"), "udata"),
        granularity=_concept_uri(vocabularies, "granularity", extras.get("spatial_granularity"), "udata")
        or _concept_uri(vocabularies, "granularity", extras.get("spatial_granularity_udata"), "udata"),
        producer=producer, contact=contact, extent=_bbox(extras.get("spatial")),
        temporal_start=_date(extras.get("temporal_start")), temporal_end=_date(extras.get("temporal_end")),
        published=_date(extras.get("issued")) or _date(dataset.get("metadata_created")),
        revised=_date(extras.get("modified")) or _date(dataset.get("metadata_modified")),
        lineage=extras.get("provenance") or "")
    links = []
    for resource in dataset.get("resources") or []:
        key = str(resource.get("passerelle_key") or "")
        layer = key.split(":", 2)[2] if key.startswith("service:") and key.count(":") >= 2 else ""
        links.append(AuditLink(url=resource.get("url") or "", protocol=resource.get("format") or "",
                               name=layer, function="download" if not layer else "",
                               format=resource.get("mimetype") or ""))
    root = site_url.rstrip("/")
    return Entry(key=dataset.get("name") or dataset.get("id", ""), record=record, organisation=organisation or "",
                 links=links,
                 url=f"{root}/dataset/{dataset.get('name') or dataset.get('id', '')}" if root else "",
                 public=not private)


def _tail(uri, prefix: str) -> str:
    text = str(uri or "")
    return text[len(prefix):] if text.startswith(prefix) else text


# --- udata ------------------------------------------------------------------------------------

def udata_entry(dataset: dict, vocabularies) -> Entry:
    """A udata dataset (API v1) as an :class:`Entry`."""
    private = bool(dataset.get("private"))
    organisation = (dataset.get("organization") or {}).get("name") or ""
    access = SHARED_ACCESS if private or dataset.get("access_type") == "restricted" else OPEN_ACCESS
    extras = dataset.get("extras") or {}
    spatial = dataset.get("spatial") or {}
    temporal = dataset.get("temporal_coverage") or {}
    licence = dataset.get("license")
    contact_point = next(iter(dataset.get("contact_points") or []), {}) or {}
    record = Record(
        identifier=str(extras.get("passerelle:identifier") or dataset.get("id") or ""),
        title=dataset.get("title") or "", abstract=dataset.get("description") or "",
        keywords=list(dataset.get("tags") or []), access=access,
        legal_basis=_concept_uri(vocabularies, "limitations", dataset.get("access_type_reason_category"), "udata")
        if access == SHARED_ACCESS else None,
        licence=_concept_uri(vocabularies, "licence", licence, "udata") if licence and licence != "notspecified"
        else None,
        frequency=_concept_uri(vocabularies, "frequency", dataset.get("frequency"), "udata")
        if dataset.get("frequency") not in (None, "", "unknown") else None,
        granularity=_concept_uri(vocabularies, "granularity", spatial.get("granularity"), "udata"),
        contact=Contact(organisation=contact_point.get("name") or "", email=contact_point.get("email") or ""),
        extent=_bbox(spatial.get("geom")), temporal_start=_date(temporal.get("start")),
        temporal_end=_date(temporal.get("end")), published=_date(dataset.get("created_at")),
        revised=_date(dataset.get("last_update") or dataset.get("last_modified")))
    links = [AuditLink(url=r.get("url") or "", protocol=r.get("format") or "",
                       function="download" if r.get("type") == "main" else "", format=r.get("mime") or "")
             for r in dataset.get("resources") or []]
    return Entry(key=str(dataset.get("id") or dataset.get("slug") or ""), record=record, organisation=organisation,
                 links=links, url=dataset.get("page") or "", public=not private)


# --- OpenDataSoft -----------------------------------------------------------------------------

def ods_entry(dataset: dict, vocabularies, public_url: str = "", organisation: str = "") -> Entry:
    """An OpenDataSoft dataset of the Explore API v2.1 catalogue as an :class:`Entry`."""
    metas = dataset.get("metas") or {}
    default, dcat = metas.get("default") or {}, metas.get("dcat") or {}
    restricted = dataset.get("visibility") == "restricted" or bool(dataset.get("is_restricted"))
    dataset_id = dataset.get("dataset_id") or ""
    producer = default.get("publisher") or organisation
    keywords = default.get("keyword") or []
    record = Record(
        identifier=dataset.get("dataset_uid") or dataset_id, title=default.get("title") or "",
        abstract=_plain(default.get("description") or ""),
        keywords=[k for k in (keywords if isinstance(keywords, list) else [keywords]) if k],
        themes=_themes(vocabularies, default.get("theme") or []),
        access=SHARED_ACCESS if restricted else OPEN_ACCESS,
        licence=_concept_uri(vocabularies, "licence", default.get("license")) if default.get("license") else None,
        frequency=_concept_uri(vocabularies, "frequency", dcat.get("accrualperiodicity"), "eu")
        or (_concept_uri(vocabularies, "frequency", _tail(dcat.get("accrualperiodicity"), EU_FREQUENCY), "eu")
            if dcat.get("accrualperiodicity") else None),
        granularity=_concept_uri(vocabularies, "granularity", dcat.get("granularity"), "udata"),
        contact=Contact(organisation=dcat.get("contact_name") or "", email=dcat.get("contact_email") or ""),
        extent=_bbox(dcat.get("spatial") if isinstance(dcat.get("spatial"), dict) else None),
        published=_date(dcat.get("issued")), created=_date(dcat.get("created")),
        revised=_date(default.get("modified") or default.get("data_processed")))
    root = public_url.rstrip("/")
    links = []
    if root and dataset.get("has_records"):
        links.append(AuditLink(url=f"{root}/api/explore/v2.1/catalog/datasets/{dataset_id}/exports/geojson",
                               protocol="GeoJSON", function="download"))
    return Entry(key=dataset_id, record=record, organisation=producer or "", links=links,
                 url=f"{root}/explore/dataset/{dataset_id}/" if root else "", public=not restricted)
