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

# Named here too for existing callers; their one definition is in .terms.
from .terms import THEME_SCHEMES, VOCABULARY_FIELDS  # noqa: F401


def new_identifier() -> str:
    """A fresh stable identifier (UUID4, lower-case text)."""
    return str(uuid.uuid4())


@dataclass
class Address:
    """A postal address of a contact, as QGIS's metadata editor holds it."""

    type: str = ""  # what kind of address ("postal" in QGIS)
    address: str = ""  # street, number, building
    postal_code: str = ""
    city: str = ""
    administrative_area: str = ""
    country: str = ""

    def is_empty(self) -> bool:
        return not (self.address or self.postal_code or self.city or self.administrative_area or self.country)


@dataclass
class Contact:
    """An organisation (and optionally a person) responsible for the data."""

    organisation: str = ""
    name: str = ""
    email: str = ""
    phone: str = ""
    role: str = "pointOfContact"  # ISO 19139 CI_RoleCode (or the words typed elsewhere when none fits)
    siret: str = ""  # SCDL catalogues require the producer's SIRET
    position: str = ""  # the person's position, e.g. "Responsable SIG"
    fax: str = ""
    addresses: list[Address] = field(default_factory=list)

    def is_empty(self) -> bool:
        return not (self.organisation or self.name or self.email or self.phone or self.position or self.fax
                    or any(not a.is_empty() for a in self.addresses))

    @classmethod
    def from_dict(cls, data: dict) -> "Contact":
        values = dict(data)
        values["addresses"] = [a if isinstance(a, Address) else Address(**a) for a in values.get("addresses") or []]
        return cls(**values)


@dataclass
class Link:
    """A related resource (documentation, web page, service), as QGIS's metadata editor holds it."""

    url: str = ""
    name: str = ""
    type: str = ""  # protocol, e.g. "WWW:LINK", "OGC:WMS"
    description: str = ""
    format: str = ""
    mime_type: str = ""
    size: str = ""


@dataclass
class Constraint:
    """A constraint on the data other than the INSPIRE access restriction ground (``legal_basis``)."""

    text: str = ""
    type: str = ""  # "access", "use", "other" in QGIS, or the person's own word


@dataclass
class Extent:
    """Geographic extent in WGS84 degrees plus the layer's native CRS."""

    west: float
    south: float
    east: float
    north: float
    crs: str = ""  # authority id of the layer CRS, e.g. "EPSG:2154"

    def contains(self, other: "Extent") -> bool:
        """Whether ``other`` lies inside this box (both in degrees; the antimeridian case is not handled).

        >>> Extent(5.0, 46.0, 7.0, 48.0).contains(Extent(5.9, 47.2, 6.1, 47.3))
        True
        """
        return (self.west <= other.west and self.south <= other.south and
                self.east >= other.east and self.north >= other.north)

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
class Period:
    """A time span the data covers beyond the first one (``Record.temporal_start`` / ``temporal_end``)."""

    start: Optional[_dt.date] = None
    end: Optional[_dt.date] = None


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
    elevation_min: Optional[float] = None  # vertical extent (metres), as QGIS's extent tab holds it
    elevation_max: Optional[float] = None
    place: str = ""  # name of the covered territory, e.g. "Saint-Aubin-sur-Loue"
    temporal_start: Optional[_dt.date] = None
    temporal_end: Optional[_dt.date] = None
    # Further bounding boxes and time spans (records of other catalogues cover several islands or
    # campaigns): QGIS's metadata and ISO 19139 keep a list, the checks judge the first one.
    other_extents: list[Extent] = field(default_factory=list)
    other_periods: list[Period] = field(default_factory=list)
    created: Optional[_dt.date] = None
    revised: Optional[_dt.date] = None
    published: Optional[_dt.date] = None
    lineage: str = ""
    # Declared conformant to the INSPIRE interoperability regulation (1089/2010), as a harmonised dataset's
    # record says; local data is not, and Passerelle declares it "not conformant" by default.
    inspire_conformant: bool = False
    schema: str = ""  # URL of the Table Schema the data conforms to
    language: str = "fre"  # ISO 639-2/B (or the words typed elsewhere when no code fits)
    # What other tools (QGIS's metadata editor, ISO records) hold and the fields above have no room for:
    # kept as typed, written back, exported where the target format has a place for it.
    parent_identifier: str = ""
    # The resource's identifier as another catalogue wrote it (INSPIRE's unique resource identifier, e.g.
    # https://registry.example.eu/dataset/x or code IGNF_BDTOPO with code space http://ign.fr): harvesters
    # key datasets by it, so a linked record keeps it. Empty: Passerelle's own (urn:uuid:<identifier>).
    resource_identifier: str = ""
    resource_identifier_space: str = ""
    resource_type: str = "dataset"  # ISO MD_ScopeCode
    contacts: list[Contact] = field(default_factory=list)  # parties besides the producer and the contact
    #: who answers for the record itself when another catalogue names someone else than the contact
    #: (a regional platform's metadata desk); empty: the contact (else the producer) does
    metadata_contact: Contact = field(default_factory=Contact)
    other_licences: list[str] = field(default_factory=list)  # licences besides ``licence``, or matching no concept
    rights: list[str] = field(default_factory=list)  # attribution and copyright statements
    constraints: list[Constraint] = field(default_factory=list)
    fees: str = ""
    process_steps: list[str] = field(default_factory=list)  # history entries after the lineage statement
    links: list[Link] = field(default_factory=list)
    encoding: str = ""  # character encoding of the data, e.g. "UTF-8"
    #: keywords filed under a named vocabulary that none of the shipped schemes is, as typed
    vocabulary_keywords: dict[str, list[str]] = field(default_factory=dict)
    #: the layer's name on servers (WMS layer, WFS type, file names), chosen by the agent; empty: one is made
    #: from the table or layer name at the first publication and kept
    technical_name: str = ""

    def to_dict(self) -> dict:
        """JSON-ready dictionary (dates as ISO strings)."""
        def convert(value):
            if isinstance(value, _dt.date):
                return value.isoformat()
            if isinstance(value, list):
                return [convert(v) for v in value]
            if isinstance(value, dict):
                return {k: convert(v) for k, v in value.items()}
            return value
        raw = dataclasses.asdict(self)
        return {k: convert(v) for k, v in raw.items()}

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
        for key in ("producer", "contact", "metadata_contact"):
            if isinstance(values.get(key), dict):
                values[key] = Contact.from_dict(values[key])
        if isinstance(values.get("extent"), dict):
            values["extent"] = Extent(**values["extent"])
        nested = {"contacts": Contact.from_dict, "links": lambda d: Link(**d), "constraints": lambda d: Constraint(**d),
                  "other_extents": lambda d: Extent(**d), "other_periods": _period}
        for key, build in nested.items():
            if key in values:
                values[key] = [build(v) if isinstance(v, dict) else v for v in values[key] or []]
        return cls(**values)

    def replace(self, **changes) -> "Record":
        return dataclasses.replace(self, **changes)


def _period(data: dict) -> Period:
    def day(value):
        return _dt.date.fromisoformat(value[:10]) if isinstance(value, str) and value else \
            value if isinstance(value, _dt.date) else None
    return Period(start=day(data.get("start")), end=day(data.get("end")))
