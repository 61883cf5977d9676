"""geometry.invalid, geometry.empty and crs.missing: geometries a portal can draw and place."""
from __future__ import annotations

import numpy as np

from ..findings import ERROR, WARNING, Finding
from .common import id_list

CODES = ("geometry.invalid", "geometry.empty", "crs.missing")
REASONS = 3  # invalid geometries whose reason the message quotes


def check(record, data, context, layer: str) -> list[Finding]:
    if data is None or data.geometry is None:
        return []
    import shapely

    out = []
    if not data.crs:
        out.append(Finding(
            "crs.missing", ERROR, layer,
            "La couche n'a pas de système de coordonnées (SCR) : définissez-le dans les propriétés de la "
            "couche (en France métropolitaine, souvent RGF93 / Lambert-93, EPSG:2154).",
            "The layer has no coordinate reference system: set it in the layer properties (in mainland "
            "France, usually RGF93 / Lambert-93, EPSG:2154)."))
    geometry = np.asarray(data.geometry, dtype=object)
    ids = np.asarray(data.feature_ids)
    missing = shapely.is_missing(geometry) | shapely.is_empty(geometry)
    if missing.any():
        empty_ids = [int(i) for i in ids[missing]]
        out.append(Finding(
            "geometry.empty", WARNING, layer,
            f"{len(empty_ids)} entité(s) n'ont pas de géométrie (entités {id_list(empty_ids)}) : elles "
            f"n'apparaîtront pas sur les cartes. Dessinez leur géométrie ou supprimez-les.",
            f"{len(empty_ids)} feature(s) have no geometry (features {id_list(empty_ids)}): they will not "
            f"show on maps. Draw their geometry or delete them.", feature_ids=empty_ids))
    invalid = ~missing & ~shapely.is_valid(geometry)
    if invalid.any():
        bad_ids = [int(i) for i in ids[invalid]]
        reasons = shapely.is_valid_reason(geometry[invalid][:REASONS])
        examples = "; ".join(f"{i} : {r}" for i, r in zip(bad_ids, reasons))
        examples_en = "; ".join(f"{i}: {r}" for i, r in zip(bad_ids, reasons))
        out.append(Finding(
            "geometry.invalid", ERROR, layer,
            f"{len(bad_ids)} géométrie(s) invalide(s) (entités {id_list(bad_ids)} ; par exemple {examples}). "
            f"Corrigez-les, par exemple avec l'outil « Réparer les géométries » de QGIS.",
            f"{len(bad_ids)} invalid geometr(y/ies) (features {id_list(bad_ids)}; e.g. {examples_en}). "
            f"Fix them, e.g. with QGIS's 'Fix geometries' tool.", feature_ids=bad_ids))
    return out
