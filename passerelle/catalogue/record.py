"""The catalogue record: everything Passerelle knows about one layer.

Vocabulary-backed fields hold concept URIs (canonical, language-neutral); the
vocabularies module turns them into labels and codes for each target. The
record is plain data: no Qt, no QGIS, so it can be built, compared and encoded
headless.
"""
from __future__ import annotations

import dataclasses
import datetime as _dt
import math
import uuid
from dataclasses import dataclass, field
from typing import Optional


def new_identifier() -> str:
    """A fresh stable identifier (UUID4, lower-case text)."""
    return str(uuid.uuid4())


@dataclass
class Contact:
    """An organisation (and optionally a person) responsible for the data."""

    organisation: str = ""
    name: str = ""
    email: str = ""
    phone: str = ""
    role: str = "pointOfContact"  # ISO 19139 CI_RoleCode
    siret: str = ""  # SCDL catalogues require the producer's SIRET

    def is_empty(self) -> bool:
        return not (self.organisation or self.name or self.email or self.phone)


@dataclass
class Extent:
    """Geographic extent in WGS84 degrees plus the layer's native CRS."""

    west: float
    south: float
    east: float
    north: float
    crs: str = ""  # authority id of the layer CRS, e.g. "EPSG:2154"

    def is_geographic(self) -> bool:
        """Whether this is a box of longitudes and latitudes, as it must be (not metres from a wrong CRS).

        >>> Extent(5.9, 47.2, 6.1, 47.3).is_geographic(), Extent(928400, 6686550, 929000, 6687000).is_geographic()
        (True, False)
        """
        values = (self.west, self.south, self.east, self.north)
        if not all(isinstance(v, (int, float)) and math.isfinite(v) for v in values):
            return False
        # Ranges only: west may exceed east (a box across the antimeridian).
        return all(-180 <= v <= 180 for v in (self.west, self.east)) and all(-90 <= v <= 90 for v in
                                                                             (self.south, self.north))


@dataclass
class Record:
    """A layer's catalogue record.

    Vocabulary fields (``access``, ``nature``, ``granularity``, ``frequency``,
    ``licence``, ``lifecycle``, ``legal_basis``, ``themes``) hold concept URIs.
    """

    identifier: str = field(default_factory=new_identifier)
    title: str = ""
    abstract: str = ""
    keywords: list[str] = field(default_factory=list)
    themes: list[str] = field(default_factory=list)  # INSPIRE, EU data-theme, ISO topic URIs
    access: Optional[str] = None  # access level URI (ouverte / partagée / fermée)
    nature: Optional[str] = None  # nature URI (personnelles / publiques / ...)
    legal_basis: Optional[str] = None  # LimitationsOnPublicAccess URI when access is restricted
    lifecycle: Optional[str] = None  # MD_ProgressCode URI
    granularity: Optional[str] = None  # spatial granularity URI
    scale: Optional[int] = None  # equivalent scale denominator (1:scale)
    resolution_m: Optional[float] = None  # ground distance in metres
    frequency: Optional[str] = None  # update frequency URI
    licence: Optional[str] = None  # licence URI
    producer: Contact = field(default_factory=lambda: Contact(role="owner"))
    contact: Contact = field(default_factory=Contact)
    extent: Optional[Extent] = None
    place: str = ""  # name of the covered territory, e.g. "Saint-Aubin-sur-Loue"
    temporal_start: Optional[_dt.date] = None
    temporal_end: Optional[_dt.date] = None
    created: Optional[_dt.date] = None
    revised: Optional[_dt.date] = None
    published: Optional[_dt.date] = None
    lineage: str = ""
    schema: str = ""  # URL of the Table Schema the data conforms to
    language: str = "fre"  # ISO 639-2/B

    def to_dict(self) -> dict:
        """JSON-ready dictionary (dates as ISO strings)."""
        def convert(value):
            if isinstance(value, _dt.date):
                return value.isoformat()
            return value
        raw = dataclasses.asdict(self)
        return {k: (convert(v) if not isinstance(v, dict) else v) for k, v in raw.items()}

    @classmethod
    def from_dict(cls, data: dict) -> "Record":
        """Inverse of :meth:`to_dict`; unknown keys are ignored."""
        known = {f.name for f in dataclasses.fields(cls)}
        values = {k: v for k, v in data.items() if k in known}
        for key in ("temporal_start", "temporal_end", "created", "revised", "published"):
            if isinstance(values.get(key), str) and values[key]:
                values[key] = _dt.date.fromisoformat(values[key][:10])
            elif values.get(key) == "":
                values[key] = None
        for key in ("producer", "contact"):
            if isinstance(values.get(key), dict):
                values[key] = Contact(**values[key])
        if isinstance(values.get("extent"), dict):
            values["extent"] = Extent(**values["extent"])
        return cls(**values)

    def replace(self, **changes) -> "Record":
        return dataclasses.replace(self, **changes)


#: Fields whose values are concept URIs, and the vocabulary scheme each uses.
VOCABULARY_FIELDS = {
    "access": "access-level",
    "nature": "nature",
    "legal_basis": "limitations",
    "lifecycle": "progress",
    "granularity": "granularity",
    "frequency": "frequency",
    "licence": "licence",
}

#: Schemes a theme may come from, tried in this order.
THEME_SCHEMES = ("inspire-theme", "eu-theme", "iso-topic")
