"""extent.outside-territory: the record and the features must lie on the portal's territory.

The record extent is in WGS84 like the territory. Features are in the layer's CRS, so the
territory box is projected into it (with pyproj when installed; without it only the record
extent is checked). A margin spares extents drawn a little wide.
"""
from __future__ import annotations

import functools
import warnings

import numpy as np

from ..findings import ERROR, Finding, Tally
from .common import id_list
from .scan import Scanner, check_with

CODES = ("extent.outside-territory",)
MARGIN = 0.05  # share of the territory's width and height added on each side
_WGS84 = ("EPSG:4326", "OGC:CRS84")


def check(record, data, context, layer: str) -> list[Finding]:
    return check_with(scanner, record, data, context, layer)


def scanner(record, info, context, layer: str):
    territory = context.territory
    if territory is None:
        return None
    box = _widen(tuple(territory.bbox))
    out = []
    extent = record.extent
    # An extent not in degrees is extent.invalid (crs check): comparing it with the territory says nothing more.
    if extent is not None and extent.is_geographic() and \
            not _within((extent.west, extent.south, extent.east, extent.north), box):
        out.append(Finding(
            "extent.outside-territory", ERROR, layer,
            f"L'emprise de la fiche (O {extent.west:.4f}, S {extent.south:.4f}, E {extent.east:.4f}, "
            f"N {extent.north:.4f}) déborde du territoire « {territory.name} » : corrigez l'emprise, ou "
            f"vérifiez le système de coordonnées de la couche dont elle a été calculée.",
            f"The record extent (W {extent.west:.4f}, S {extent.south:.4f}, E {extent.east:.4f}, "
            f"N {extent.north:.4f}) goes beyond territory '{territory.name}': fix the extent, or check the "
            f"coordinate reference system of the layer it was computed from.", field="extent"))
    if info is not None and info.spatial and info.crs and info.count:
        native = territory_in(info.crs, box)
        if native is not None:
            return TerritoryScan(out, native, territory.name, layer)
    return out


class TerritoryScan(Scanner):
    """Features against the portal's territory (``box``: the widened territory in the layer's CRS)."""

    geometry = True

    def __init__(self, said: list, box: tuple, territory_name: str, layer: str):
        self.said, self.box, self.territory_name, self.layer = said, box, territory_name, layer
        self.located = 0
        self.total = [np.inf, np.inf, -np.inf, -np.inf]
        self.outside = Tally()

    def add(self, batch) -> None:
        from .crs import add_bounds

        self.located, self.total = add_bounds(batch.bounds(), self.located, self.total, self.box, batch.ids,
                                              self.outside)

    def ask_database(self, database) -> bool:
        """PostGIS compares each feature's box with the territory itself (see pgstream)."""
        self.located, self.total, self.outside = database.outside(self.box)
        return True

    def findings(self) -> list[Finding]:
        if not self.outside:
            return self.said
        ids, n = self.outside.ids, self.outside.count
        everything = n == self.located
        hint_fr = (" Toutes le sont : le système de coordonnées déclaré est probablement faux." if everything
                   else " Vérifiez leurs coordonnées.")
        hint_en = (" All of them are: the declared coordinate reference system is probably wrong." if everything
                   else " Check their coordinates.")
        return self.said + [Finding(
            "extent.outside-territory", ERROR, self.layer,
            f"{n} entité(s) sont entièrement hors du territoire « {self.territory_name} » "
            f"(entités {id_list(ids, count=n)}).{hint_fr}",
            f"{n} feature(s) lie entirely outside territory '{self.territory_name}' "
            f"(features {id_list(ids, count=n)}).{hint_en}", feature_ids=ids, feature_count=self.outside.capped)]


def _widen(bbox):
    west, south, east, north = bbox
    dx, dy = (east - west) * MARGIN, (north - south) * MARGIN
    return west - dx, south - dy, east + dx, north + dy


def _within(inner, outer) -> bool:
    return inner[0] >= outer[0] and inner[1] >= outer[1] and inner[2] <= outer[2] and inner[3] <= outer[3]


@functools.lru_cache(maxsize=32)
def territory_in(crs: str, bbox: tuple):
    """The WGS84 box expressed in ``crs`` (a box enclosing its projected outline), or None."""
    if crs in _WGS84:
        return bbox
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # Debian's pyproj warns about its data dir yet works
            import pyproj
            transformer = pyproj.Transformer.from_crs("EPSG:4326", crs, always_xy=True)
            box = transformer.transform_bounds(*bbox, densify_pts=21)
    except Exception:  # no pyproj, or a CRS PROJ cannot handle: features are then not checked
        return None
    return box if all(np.isfinite(box)) else None
