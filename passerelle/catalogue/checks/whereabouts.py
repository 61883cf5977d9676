"""Whether a layer's geometry puts each row on one household: the geometry as a quasi-identifier.

A first name alone identifies nobody in a spreadsheet; on a point at a house, or on a parcel or a
grave, it is someone. The layer locates households when its points lie at address precision
(neither snapped to a coarse grid, nor stacked on a few places, nor kilometres apart like one point
per commune) or when its polygons are small (parcels, buildings, graves). Lines never do. Judged
on the sampled features, in metres (degrees converted at the sample's latitude).
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Optional

import numpy as np

#: Median spacing (metres) up to which points are taken for addresses: communes' points are 3-6 km apart,
#: and a sparse sample of dwellings should err on the side of people.
ADDRESS_SPACING_M = 3000.0
#: Coordinates all multiples of this (metres) are a grid of cells, not addresses (INSEE squares: 200 m).
GRID_STEP_M = 50.0
#: Median area (square metres) up to which polygons are parcels, buildings or graves (5 ha).
SMALL_AREA_M2 = 50_000.0
GEOGRAPHIC_CRS = frozenset({"EPSG:4326", "OGC:CRS84", "CRS:84", "EPSG:4258", "EPSG:4171", "EPSG:4275",
                            "EPSG:4230", "EPSG:4269", "EPSG:4619"})
_METRES_PER_DEGREE = 111_320.0


@dataclass(frozen=True)
class Whereabouts:
    """The verdict on a layer's geometry, with the reason in French and English."""

    locates_households: bool
    reason_fr: str
    reason_en: str


def judge(geometry, geometry_type: str, crs: str, total: int) -> Optional[Whereabouts]:
    """``geometry``: the sampled shapely geometries; ``total``: the layer's feature count (the spacing
    of a sample is wider than the layer's, by the square root of the sampling ratio)."""
    import shapely

    if geometry is None or not geometry_type or len(geometry) == 0:
        return None
    geometry = np.asarray(geometry, dtype=object)
    geometry = geometry[~(shapely.is_missing(geometry) | shapely.is_empty(geometry))]
    if len(geometry) == 0:
        return None
    # The sampled shapes decide, not the declared type: a "Geometry" layer may hold anything.
    type_ids = np.bincount(shapely.get_type_id(geometry), minlength=8)
    points, lines, polygons = type_ids[[0, 4]].sum(), type_ids[[1, 2, 5]].sum(), type_ids[[3, 6]].sum()
    xy = shapely.get_coordinates(geometry)
    degrees = crs in GEOGRAPHIC_CRS or (crs == "" and bool(np.all(np.abs(xy) <= [180.0, 90.0])))
    scale = _metres_per_unit(xy, degrees)
    if points >= max(lines, polygons):
        return _points(xy, degrees, scale, total)
    if polygons >= lines:
        median = float(np.median(shapely.area(geometry))) * scale[0] * scale[1]
        if median <= SMALL_AREA_M2:
            return Whereabouts(True, f"petits polygones (surface médiane {_fr_number(median)} m²), comme des "
                                     f"parcelles, des bâtiments ou des tombes",
                               f"small polygons (median area {median:,.0f} m²), like parcels, buildings or graves")
        return Whereabouts(False, f"polygones étendus (surface médiane {_fr_number(median)} m²)",
                           f"large polygons (median area {median:,.0f} m²)")
    return Whereabouts(False, "lignes", "lines")


def _metres_per_unit(xy, degrees: bool):
    if not degrees:
        return (1.0, 1.0)
    latitude = float(np.median(xy[:, 1]))
    return (_METRES_PER_DEGREE * math.cos(math.radians(latitude)), 110_540.0)


def _points(xy, degrees: bool, scale, total: int) -> Whereabouts:
    import shapely

    # Coarse grids: 200 m squares in metres, or three decimals of a degree (about 100 m).
    coarse = np.isclose(np.mod(xy, GRID_STEP_M), 0) | np.isclose(np.mod(xy, GRID_STEP_M), GRID_STEP_M)
    if degrees:
        thousandths = xy * 1000
        coarse = np.isclose(thousandths, np.round(thousandths))
    if coarse.all(axis=1).mean() >= 0.95:
        return Whereabouts(False, "points sur une grille grossière (carreaux)", "points on a coarse grid (cells)")
    places = np.unique(xy, axis=0)
    if len(places) < 0.5 * len(xy):
        return Whereabouts(False, f"points empilés sur {len(places)} lieux", f"points stacked on {len(places)} places")
    if len(places) < 2:
        return Whereabouts(True, "un point précis", "one precise point")
    metres = shapely.points(places[:, 0] * scale[0], places[:, 1] * scale[1])
    _, distances = shapely.STRtree(metres).query_nearest(metres, exclusive=True, return_distance=True,
                                                          all_matches=False)
    spacing = float(np.median(distances)) * math.sqrt(len(xy) / max(total, len(xy)))
    if spacing <= ADDRESS_SPACING_M:
        return Whereabouts(True, f"points à la précision d'une adresse (espacement médian {_fr_number(spacing)} m)",
                           f"points at address precision (median spacing {spacing:,.0f} m)")
    return Whereabouts(False, f"points espacés de {_fr_number(spacing)} m en médiane, comme un point par commune",
                       f"points {spacing:,.0f} m apart in median, like one point per commune")


def _fr_number(value: float) -> str:
    return f"{value:,.0f}".replace(",", "\u202f")
