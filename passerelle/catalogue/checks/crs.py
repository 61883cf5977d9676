"""crs.outside-area and extent.invalid: coordinates must fit the CRS they are declared in.

A CRS is defined over an area of use (``LayerData.crs_area``, WGS84 degrees). Coordinates far
outside it mean the declared CRS is wrong (Lambert-93 metres declared as WGS84 degrees, the
usual mistake) or the features are (points at 0,0). A margin spares data drawn a little past
the area, as projected CRSs are often used beyond it. The area is projected into the layer's
CRS with pyproj (a Debian dependency of QGIS); without it only geographic CRSs are checked.

A record extent is in WGS84 degrees: one that is not (computed from a wrong or missing CRS,
e.g. 897,675 "degrees") is reported, and the encoders never write it.
"""
from __future__ import annotations

import math
import warnings

import numpy as np

from ..findings import ERROR, Finding, Tally
from .common import id_list
from .extent import territory_in
from .scan import Scanner, check_with

CODES = ("crs.outside-area", "extent.invalid")
MARGIN_DEGREES = 2.0  # at least this much is tolerated around the area of use, on each side
MARGIN_SHARE = 0.25  # or this share of the area's width and height, when larger
_WORLD = (-180.0, -90.0, 180.0, 90.0)

#: Cheap guesses of the CRS coordinates are really in, from their range (x0, y0, x1, y1):
#: (test, id, French name, English name). CRSs of mainland France first; the first that matches wins.
_GUESSES = (
    (lambda x0, y0, x1, y1: 100_000 <= x0 and x1 <= 1_300_000 and 6_000_000 <= y0 and y1 <= 7_200_000,
     "EPSG:2154", "RGF93 / Lambert-93", "RGF93 / Lambert-93"),
    (lambda x0, y0, x1, y1: 1_000_000 <= x0 and x1 <= 2_400_000 and 1_000_000 <= y0 and y1 <= 9_400_000
     and 42 <= _cc_zone(y0, y1) <= 50, "CC", "RGF93 / Lambert CC", "RGF93 / Lambert CC"),
    (lambda x0, y0, x1, y1: 0 <= x0 and x1 <= 1_300_000 and 1_600_000 <= y0 and y1 <= 2_800_000,
     "EPSG:27572", "NTF (Paris) / Lambert II étendu", "NTF (Paris) / Lambert zone II extended"),
    (lambda x0, y0, x1, y1: -180 <= x0 and x1 <= 180 and -90 <= y0 and y1 <= 90,
     "EPSG:4326", "WGS 84 (longitude, latitude en degrés)", "WGS 84 (longitude, latitude in degrees)"),
)


def check(record, data, context, layer: str) -> list[Finding]:
    return check_with(scanner, record, data, context, layer)


def scanner(record, info, context, layer: str):
    out = []
    extent = record.extent
    if extent is not None and not extent.is_geographic():
        out.append(Finding(
            "extent.invalid", ERROR, layer,
            f"L'emprise de la fiche (O {_num(extent.west)}, S {_num(extent.south)}, E {_num(extent.east)}, "
            f"N {_num(extent.north)}) n'est pas en degrés de longitude et de latitude : elle a été calculée avec "
            "un système de coordonnées faux ou absent, et ne sera pas publiée. Corrigez le SCR de la couche puis "
            "réenregistrez la fiche, ou saisissez l'emprise en degrés (WGS 84).",
            f"The record extent (W {_num(extent.west)}, S {_num(extent.south)}, E {_num(extent.east)}, "
            f"N {_num(extent.north)}) is not in degrees of longitude and latitude: it was computed with a wrong or "
            "missing coordinate reference system and will not be published. Fix the layer CRS then save the "
            "record again, or enter the extent in degrees (WGS 84).", field="extent"))
    if info is None or not (info.spatial and info.crs and info.crs_area and info.count):
        return out
    if info.crs_area[0] > info.crs_area[2]:  # an area across the antimeridian: not judged
        return out
    # Widened, the area may reach where the CRS has no coordinates (a pole in Web Mercator): then as it is.
    native = territory_in(info.crs, widened(info.crs_area)) or territory_in(info.crs, tuple(info.crs_area))
    if native is None:
        return out
    return AreaScan(out, info.crs, native, layer)


class AreaScan(Scanner):
    """Features against the CRS's area of use (``native``: the widened area in the layer's CRS)."""

    geometry = True

    def __init__(self, said: list, crs: str, native: tuple, layer: str):
        self.said, self.crs, self.box, self.layer = said, crs, native, layer
        self.located = 0
        self.total = [np.inf, np.inf, -np.inf, -np.inf]
        self.outside = Tally()

    def add(self, batch) -> None:
        self.located, self.total = add_bounds(batch.bounds(), self.located, self.total, self.box, batch.ids,
                                              self.outside)

    def ask_database(self, database) -> bool:
        """PostGIS compares each feature's box with the area itself (see pgstream)."""
        self.located, self.total, self.outside = database.outside(self.box)
        return True

    def findings(self) -> list[Finding]:
        if not self.located or not self.outside:
            return self.said
        west, south, east, north = self.box
        if self.total[0] >= west and self.total[1] >= south and self.total[2] <= east and self.total[3] <= north:
            return self.said
        ids, n, layer = self.outside.ids, self.outside.count, self.layer
        crs, crs_en = _crs_label(self.crs)
        if n < self.located:
            return self.said + [Finding(
                "crs.outside-area", ERROR, layer,
                f"{n} entité(s) ont des coordonnées hors du domaine de validité du système de coordonnées de "
                f"la couche ({crs}) (entités {id_list(ids, count=n)}) : coordonnées erronées (souvent 0, 0) ? "
                "Corrigez leur géométrie.",
                f"{n} feature(s) have coordinates outside the area of use of the layer's coordinate reference "
                f"system ({crs_en}) (features {id_list(ids, count=n)}): wrong coordinates (often 0, 0)? Fix their "
                "geometry.", feature_ids=ids, feature_count=self.outside.capped)]
        x0, y0, x1, y1 = (float(v) for v in self.total)
        guess = probable_crs((x0, y0, x1, y1), self.crs)
        hint_fr = hint_en = ""
        if guess:
            hint_fr = f" Ses coordonnées semblent être en {guess[1]} ({guess[0]})."
            hint_en = f" Its coordinates seem to be in {guess[2]} ({guess[0]})."
        return self.said + [Finding(
            "crs.outside-area", ERROR, layer,
            f"Les coordonnées de la couche (x de {_num(x0)} à {_num(x1)}, y de {_num(y0)} à {_num(y1)}) sont hors "
            f"du domaine de validité de son système de coordonnées déclaré ({crs}) : ce SCR est faux.{hint_fr} "
            "Dans QGIS, indiquez le bon SCR sans reprojeter (Propriétés de la couche › Source › SCR).",
            f"The layer's coordinates (x from {_num(x0)} to {_num(x1)}, y from {_num(y0)} to {_num(y1)}) lie outside "
            f"the area of use of its declared coordinate reference system ({crs_en}): that CRS is wrong.{hint_en} "
            "In QGIS, set the right CRS without reprojecting (Layer Properties › Source › CRS).",
            feature_ids=ids, feature_count=self.outside.capped, suggestions=[guess[0]] if guess else [])]


def add_bounds(bounds, located: int, total: list, box: tuple, ids, outside: Tally):
    """Add one batch of feature bounds (NaN rows: no geometry) to a count of located features, their total
    bounds (NaN ignored), and the features lying wholly outside ``box``. Returns (located, total)."""
    if not len(bounds):
        return located, total
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)  # a batch without any geometry: all-NaN columns
        low, high = np.nanmin(bounds[:, :2], axis=0), np.nanmax(bounds[:, 2:], axis=0)
    total = [float(v) for v in (*np.fmin(total[:2], low), *np.fmax(total[2:], high))]
    has_box = ~np.isnan(bounds[:, 0])
    west, south, east, north = box
    if not (low[0] >= west and low[1] >= south and high[0] <= east and high[1] <= north):
        with np.errstate(invalid="ignore"):
            inside = (bounds[:, 2] >= west) & (bounds[:, 0] <= east) & (bounds[:, 3] >= south) & (bounds[:, 1] <= north)
        away = has_box & ~inside
        if away.any():
            outside.add(np.asarray(ids)[away])
    return located + int(has_box.sum()), total


def widened(area) -> tuple:
    """The area of use with the tolerated margin, in WGS84 degrees, clipped to the world."""
    west, south, east, north = area
    dx = max(MARGIN_DEGREES, (east - west) * MARGIN_SHARE)
    dy = max(MARGIN_DEGREES, (north - south) * MARGIN_SHARE)
    return (max(west - dx, -180.0), max(south - dy, -90.0), min(east + dx, 180.0), min(north + dy, 90.0))


def fits_area(box, area) -> bool:
    """Whether a WGS84 box (west, south, east, north) lies within the widened area of use.

    >>> fits_area((5.9, 47.2, 6.1, 47.3), (-9.86, 41.15, 10.38, 51.56))
    True
    """
    if not all(math.isfinite(v) for v in box):
        return False
    if area is None or area[0] > area[2]:  # unknown, or across the antimeridian: only the world bounds
        area = _WORLD
    west, south, east, north = widened(area)
    return box[0] >= west and box[1] >= south and box[2] <= east and box[3] <= north


def probable_crs(bounds, declared: str = ""):
    """(id, French name, English name) of the CRS coordinates are probably in, from their range; None if unsure.

    >>> probable_crs((900000, 6600000, 950000, 6700000), "EPSG:4326")
    ('EPSG:2154', 'RGF93 / Lambert-93', 'RGF93 / Lambert-93')
    """
    x0, y0, x1, y1 = bounds
    for test, crs, label_fr, label_en in _GUESSES:
        if test(x0, y0, x1, y1):
            if crs == "CC":
                zone = _cc_zone(y0, y1)
                crs, label_fr, label_en = f"EPSG:{3900 + zone}", f"{label_fr}{zone}", f"{label_en}{zone}"
            return None if crs == declared else (crs, label_fr, label_en)
    return None


def _cc_zone(y0, y1) -> int:
    # CC zones are 1° of latitude apart; zone N has its false northing at (N - 41) * 1,000,000 + 200,000.
    return round(((y0 + y1) / 2 - 200_000) / 1_000_000) + 41


def _crs_label(crs: str) -> tuple:
    """(French, English) name of a CRS for a message: its id, not a page of WKT."""
    return (crs, crs) if len(crs) <= 40 else ("SCR personnalisé", "custom CRS")


def _num(value: float) -> str:
    """Coordinates as people read them: 928400, 6686550, 5.9123 (no exponent)."""
    return f"{value:.4f}".rstrip("0").rstrip(".")
