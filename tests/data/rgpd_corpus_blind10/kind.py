"""The description of one kind of table of corpus blind-10."""
from __future__ import annotations

from dataclasses import dataclass

GEOMETRY_TYPES = {"point_address": "Point", "polygon_parcel": "Polygon", "polygon_commune": "Polygon",
                  "linestring": "LineString", "none": ""}
TYPES = {"s": "string", "i": "integer", "n": "number", "d": "date"}


@dataclass(frozen=True)
class Column:
    names: tuple  # French snake_case, English/camelCase export, Shapefile UPPER (10 chars max)
    type: str
    generator: str


@dataclass(frozen=True)
class Kind:
    name: str
    domain: str
    levels: tuple
    layers: tuple
    geometry_kind: str
    columns: tuple
    judged: dict  # first name of a judged column -> reason
    personal: bool


def K(name, domain, levels, layers, geometry_kind, columns, judged, personal=True) -> Kind:  # noqa: N802
    parsed = []
    for line in columns.strip().splitlines():
        french, english, shapefile, kind, generator = line.split(maxsplit=4)
        parsed.append(Column((french, english, shapefile), TYPES[kind], generator))
    kind = Kind(name, domain, tuple(levels.split(",")), tuple(layers.split()), geometry_kind, tuple(parsed),
                dict(judged), personal)
    check(kind)
    return kind


def P(*args, **kwargs) -> Kind:  # noqa: N802
    """A kind holding nothing personal in any column."""
    return K(*args, **kwargs, personal=False)


def check(kind: Kind) -> None:
    assert kind.geometry_kind in GEOMETRY_TYPES, kind.name
    assert len(kind.layers) == 3, kind.name
    assert set(kind.levels) <= {"commune", "epci", "departement", "region"}, kind.name
    for style in range(3):
        names = [column.names[style] for column in kind.columns]
        assert len(set(names)) == len(names), (kind.name, names)
    for column in kind.columns:
        assert len(column.names[2]) <= 10 and column.names[2] == column.names[2].upper(), (kind.name, column.names)
    firsts = {column.names[0] for column in kind.columns}
    assert kind.judged and set(kind.judged) <= firsts, (kind.name, set(kind.judged) - firsts)
