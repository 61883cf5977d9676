"""extent.outside-territory: the record and the features must lie on the portal's territory.

The record extent is in WGS84 like the territory. Features are in the layer's CRS, so the
territory box is projected into it (with pyproj when installed; without it only the record
extent is checked). A margin spares extents drawn a little wide.
"""
from __future__ import annotations

import functools
import warnings

import numpy as np

from ..findings import ERROR, Finding
from .common import id_list

CODES = ("extent.outside-territory",)
MARGIN = 0.05  # share of the territory's width and height added on each side
_WGS84 = ("EPSG:4326", "OGC:CRS84")


def check(record, data, context, layer: str) -> list[Finding]:
    territory = context.territory
    if territory is None:
        return []
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
    if data is not None and data.geometry is not None and data.crs and len(data):
        native = territory_in(data.crs, box)
        if native is not None:
            out += _features_outside(data, native, territory.name, layer)
    return out


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


def _features_outside(data, box, territory_name, layer) -> list[Finding]:
    bounds = data.feature_bounds()  # NaN rows for missing geometries
    west, south, east, north = box
    with np.errstate(invalid="ignore"):
        touches = (bounds[:, 2] >= west) & (bounds[:, 0] <= east) & (bounds[:, 3] >= south) & (bounds[:, 1] <= north)
    outside = ~touches & ~np.isnan(bounds[:, 0])
    if not outside.any():
        return []
    ids = [int(i) for i in np.asarray(data.feature_ids)[outside]]
    everything = len(ids) == int((~np.isnan(bounds[:, 0])).sum())
    hint_fr = (" Toutes le sont : le système de coordonnées déclaré est probablement faux." if everything
               else " Vérifiez leurs coordonnées.")
    hint_en = (" All of them are: the declared coordinate reference system is probably wrong." if everything
               else " Check their coordinates.")
    return [Finding(
        "extent.outside-territory", ERROR, layer,
        f"{len(ids)} entité(s) sont entièrement hors du territoire « {territory_name} » "
        f"(entités {id_list(ids)}).{hint_fr}",
        f"{len(ids)} feature(s) lie entirely outside territory '{territory_name}' "
        f"(features {id_list(ids)}).{hint_en}", feature_ids=ids)]
