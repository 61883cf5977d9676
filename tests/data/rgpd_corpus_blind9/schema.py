"""How a kind of table of corpus blind-9 is written: K(kind) holds C(columns); a judged column carries
P(reason) (personal) or N(reason) (not personal)."""

from __future__ import annotations

from dataclasses import dataclass, field

TYPES = {"s": "string", "string": "string", "integer": "integer", "number": "number", "date": "date"}
GEOMETRIES = {
    "pt": ("point_address", "Point"),
    "parcel": ("polygon_parcel", "Polygon"),
    "zone": ("polygon_commune", "Polygon"),
    "line": ("linestring", "LineString"),
    "none": ("none", ""),
}
LEVELS = ("commune", "epci", "departement", "region")


@dataclass(frozen=True)
class Judgement:
    personal: bool
    reason: str


def P(reason: str) -> Judgement:
    return Judgement(True, reason)


def N(reason: str) -> Judgement:
    return Judgement(False, reason)


@dataclass(frozen=True)
class Column:
    names: tuple  # snake_case French, Shapefile UPPER (<= 10 characters), camelCase English export
    type: str
    make: object
    judgement: Judgement | None = None


def C(names: str, type_: str, make, judgement: Judgement | None = None) -> Column:
    split = tuple(names.split("|"))
    if len(split) != 3 or len(split[1]) > 10 or split[1] != split[1].upper():
        raise ValueError(f"bad column names {names!r}")
    return Column(split, TYPES[type_], make, judgement)


@dataclass(frozen=True)
class Kind:
    key: str
    domain: str
    level: str
    layers: tuple
    geometry: str
    columns: tuple
    ages: tuple = (18, 92)
    judged: tuple = field(default=())


def K(key: str, domain: str, level: str, layers: str, geometry: str, columns: list, ages=(18, 92)) -> Kind:
    names = tuple(layers.split("|"))
    if level not in LEVELS or geometry not in GEOMETRIES or len(names) != 3:
        raise ValueError(f"bad kind {key}")
    judged = tuple(c for c in columns if c.judgement is not None)
    return Kind(key, domain, level, names, geometry, tuple(columns), ages, judged)
