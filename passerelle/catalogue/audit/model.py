"""What an audit works on: the records harvested from a catalogue, their links, and what was found.

Plain data, no network: harvesting (:mod:`passerelle.audit`) builds :class:`Entry` objects, the
audit (:mod:`.builder`) turns them into :class:`RecordSummary` rows and :class:`AuditFinding`
objects, which the report (:mod:`.report`) shows and writes.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property
from typing import Optional
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from ..findings import SEVERITIES
from ..record import Record

#: What a link is, for the checks: an OGC view or download service, a file to download, a web page.
WMS, WFS, DOWNLOAD, PAGE = "wms", "wfs", "download", "page"
#: Access categories shown on the dashboard.
OPEN, SHARED, CLOSED, UNKNOWN = "open", "shared", "closed", "unknown"
ACCESS_CATEGORIES = (OPEN, SHARED, CLOSED, UNKNOWN)

_OGC_PARAMETERS = {"service", "request", "version", "layers", "layer", "typename", "typenames", "styles", "format",
                   "bbox", "crs", "srs", "width", "height", "outputformat", "acceptversions"}
_DATA_FILE = re.compile(r"\.(?:zip|gpkg|geojson|csv|shp|xlsx?|ods|kml|kmz|gml|tif|tiff|jp2|ecw|las|laz|7z|gz|tar|dxf|"
                        r"parquet)$", re.IGNORECASE)


@dataclass(frozen=True)
class AuditLink:
    """One link of a record: an ISO online resource, a portal resource or distribution.

    ``name`` is the layer a WMS/WFS link names (``gmd:name``), ``function`` the ISO
    CI_OnLineFunctionCode (``download``, ``information``...), ``format`` a portal's format.
    """

    url: str
    protocol: str = ""
    name: str = ""
    function: str = ""
    format: str = ""

    @cached_property
    def kind(self) -> str:
        """``wms``, ``wfs``, ``download`` or ``page``."""
        text = f"{self.protocol} {self.format}".upper()
        query = {k.lower(): v.upper() for k, v in parse_qsl(urlsplit(self.url).query)}
        if "WMS" in text or "WEB MAP SERVICE" in text or query.get("service") == "WMS":
            return WMS
        if "WFS" in text or "WEB FEATURE SERVICE" in text or query.get("service") == "WFS":
            return WFS
        if "DOWNLOAD" in text or self.function.lower() in ("download", "offlineaccess", "order") \
                or _DATA_FILE.search((urlsplit(self.url).path or "").rstrip("/")):
            return DOWNLOAD
        return PAGE

    @cached_property
    def is_service(self) -> bool:
        return self.kind in (WMS, WFS)

    @cached_property
    def is_resource(self) -> bool:
        """A distribution of the data (a service or a file), as opposed to a page about it."""
        return self.kind != PAGE

    @cached_property
    def followable(self) -> bool:
        return bool(re.match(r"^https?://[^/\s]+", self.url or "", re.IGNORECASE))

    @cached_property
    def layer(self) -> str:
        """The layer a service link names: its ``name``, else the ``layers`` / ``typeName`` of its URL."""
        if not self.is_service:
            return ""
        if self.name.strip():
            return self.name.strip()
        query = {k.lower(): v for k, v in parse_qsl(urlsplit(self.url).query)}
        for key in ("layers", "layer", "typenames", "typename"):
            if query.get(key):
                return query[key].split(",")[0].strip()
        return ""

    @cached_property
    def check_url(self) -> str:
        """What is requested to check the link: a service's GetCapabilities, else the URL itself."""
        if self.kind == WMS:
            return capabilities_url(self.url, "WMS")
        if self.kind == WFS:
            return capabilities_url(self.url, "WFS")
        return self.url.strip()

    @cached_property
    def resource_key(self) -> str:
        """The resource a link reaches (duplicates): a canonical URL, plus the layer for a service."""
        if self.is_service:
            return canonical_url(service_base(self.url)) + "#" + local_name(self.layer).lower()
        return canonical_url(self.url)


def capabilities_url(url: str, service: str) -> str:
    """``url``'s GetCapabilities for ``service`` (WMS or WFS): its OGC parameters replaced, others kept.

    >>> capabilities_url("https://geo.fr/ows?map=a.map&SERVICE=WMS&REQUEST=GetMap&LAYERS=x", "WMS")
    'https://geo.fr/ows?map=a.map&SERVICE=WMS&REQUEST=GetCapabilities'
    """
    parts = urlsplit(url.strip())
    kept = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k.lower() not in _OGC_PARAMETERS]
    query = urlencode(kept + [("SERVICE", service), ("REQUEST", "GetCapabilities")])
    return urlunsplit((parts.scheme, parts.netloc, parts.path, query, ""))


def service_base(url: str) -> str:
    """``url`` without its OGC parameters (the service endpoint)."""
    parts = urlsplit(url.strip())
    kept = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k.lower() not in _OGC_PARAMETERS]
    return urlunsplit((parts.scheme, parts.netloc, parts.path, urlencode(kept), ""))


def canonical_url(url: str) -> str:
    """``url`` compared loosely: scheme and host in lower case, default port, trailing slash, query order and
    fragment ignored."""
    parts = urlsplit((url or "").strip())
    try:
        port = parts.port
    except ValueError:
        port = None
    if not parts.query and not parts.fragment and port is None and parts.netloc == parts.netloc.lower() \
            and parts.scheme == parts.scheme.lower() and "@" not in parts.netloc:
        return urlunsplit((parts.scheme, parts.netloc, parts.path.rstrip("/") or "/", "", ""))  # the common case
    host = (parts.hostname or "").lower()
    if port and not ((parts.scheme == "http" and port == 80) or (parts.scheme == "https" and port == 443)):
        host = f"{host}:{port}"
    query = urlencode(sorted(parse_qsl(parts.query, keep_blank_values=True)))
    return urlunsplit((parts.scheme.lower(), host, parts.path.rstrip("/") or "/", query, ""))


def local_name(layer: str) -> str:
    """A layer name without its workspace prefix (``commune:pistes`` -> ``pistes``)."""
    return (layer or "").rsplit(":", 1)[-1].strip()


@dataclass
class Entry:
    """One record as harvested from a catalogue, with what the record model has no room for.

    ``key`` is unique within the source (a file path, a CSW record identifier, a dataset id);
    ``identifiers`` are the other identifiers the record declares (the resource identifier of an
    ISO record); ``url`` is where an administrator opens it; ``public`` says the data itself is
    published openly (a public dataset of an open-data portal), so the status rules apply to it as
    to an open target. ``problem`` is set when the record could not be read (``record`` is then a
    placeholder).
    """

    key: str
    record: Record
    organisation: str = ""
    links: list = field(default_factory=list)
    identifiers: list = field(default_factory=list)
    url: str = ""
    public: bool = False
    problem: Optional[tuple] = None  # (message_fr, message_en) of a record that could not be read


@dataclass(frozen=True)
class RecordRef:
    """What link findings need to know of a record, kept for every record until the links are checked."""

    key: str
    identifier: str
    title: str
    organisation: str
    access: Optional[str] = None  # the access level concept URI

    @classmethod
    def of(cls, entry: "Entry") -> "RecordRef":
        return cls(entry.key, entry.record.identifier, entry.record.title, entry.organisation, entry.record.access)


@dataclass
class AuditFinding:
    """One problem found by the audit, about one record (or one service layer without a record).

    ``record`` is the record's key in its source, ``url`` the link concerned (link checks, duplicate
    URLs, service layers), ``field`` the record field (record checks).
    """

    code: str
    severity: str
    record: str
    identifier: str
    title: str
    organisation: str
    message_fr: str
    message_en: str = ""
    field: str = ""
    url: str = ""

    def __post_init__(self):
        if self.severity not in SEVERITIES:
            raise ValueError(f"unknown severity {self.severity!r}")

    def message(self, language: str = "fr") -> str:
        return self.message_fr if language.startswith("fr") else (self.message_en or self.message_fr)

    def to_dict(self) -> dict:
        return {"code": self.code, "severity": self.severity, "record": self.record, "identifier": self.identifier,
                "title": self.title, "organisation": self.organisation, "field": self.field, "url": self.url,
                "message_fr": self.message_fr, "message_en": self.message_en}


@dataclass
class RecordSummary:
    """What the dashboard and the extents layer show of one record."""

    key: str
    identifier: str
    title: str
    organisation: str
    url: str = ""
    access: str = UNKNOWN  # one of ACCESS_CATEGORIES
    completeness: float = 0.0  # share of the profile's required fields that are filled, 0..1
    frequency: str = ""  # the declared update frequency (concept URI)
    frequency_label: str = ""
    overdue: bool = False
    extent: Optional[tuple] = None  # (west, south, east, north) in WGS84 degrees, when geographic
    errors: int = 0
    warnings: int = 0
    infos: int = 0
    broken_links: int = 0
    links: int = 0

    def to_dict(self) -> dict:
        return {"key": self.key, "identifier": self.identifier, "title": self.title,
                "organisation": self.organisation, "url": self.url, "access": self.access,
                "completeness": round(self.completeness, 4), "frequency": self.frequency,
                "frequency_label": self.frequency_label, "overdue": self.overdue,
                "extent": list(self.extent) if self.extent else None, "errors": self.errors,
                "warnings": self.warnings, "infos": self.infos, "broken_links": self.broken_links,
                "links": self.links}


@dataclass
class LinkResult:
    """What checking one URL gave (shared by every link of every record that requests it).

    ``status``: the final HTTP status (0 when nothing answered); ``failure``: why nothing usable
    came back (``timeout``, ``refused``, ``dns``, ``tls``, ``redirects``, ``capabilities``...) or "";
    ``moved_to``: the new address of a permanent redirect; ``layers``: the layer names a service's
    capabilities list (None for other links or when they could not be read).
    """

    url: str
    status: int = 0
    failure: str = ""
    detail: str = ""
    moved_to: str = ""
    layers: Optional[frozenset] = None
    metadata_urls: Optional[dict] = None  # layer name -> the MetadataURL addresses the capabilities give it
    elapsed: float = 0.0

    @property
    def answered(self) -> bool:
        return not self.failure and 200 <= self.status < 400
