"""geometry.invalid, geometry.empty and crs.missing: geometries a portal can draw and place."""
from __future__ import annotations

from ..findings import ERROR, WARNING, Finding, Tally
from .common import id_list
from .scan import Scanner, check_with

CODES = ("geometry.invalid", "geometry.empty", "crs.missing")
REASONS = 3  # invalid geometries whose reason the message quotes


def check(record, data, context, layer: str) -> list[Finding]:
    return check_with(scanner, record, data, context, layer)


def scanner(record, info, context, layer: str):
    if info is None or not info.spatial:
        return None
    return GeometryScan(info, layer)


class GeometryScan(Scanner):
    geometry = True
    validity = True  # asks the database to test validity (see pgstream)

    def __init__(self, info, layer: str):
        self.info, self.layer = info, layer
        self.empty, self.invalid = Tally(), Tally()

    def add(self, batch) -> None:
        import shapely

        missing = batch.missing()
        if missing.any():
            self.empty.add(batch.ids[missing])
        invalid = batch.invalid(missing)
        if invalid.any():
            positions = invalid.nonzero()[0]
            quoted = positions[:max(REASONS - len(self.invalid.examples), 0)]
            reasons = shapely.is_valid_reason(batch.geometries(quoted)).tolist() if len(quoted) else []
            self.invalid.add(batch.ids[positions], reasons)

    def ask_database(self, database) -> bool:
        """PostGIS counts null, empty and invalid geometries itself (see pgstream)."""
        self.empty, self.invalid = database.geometry_problems(REASONS)
        return True

    def findings(self) -> list[Finding]:
        layer, out = self.layer, []
        if not self.info.crs:
            out.append(Finding(
                "crs.missing", ERROR, layer,
                "La couche n'a pas de système de coordonnées (SCR) : définissez-le dans les propriétés de la "
                "couche (en France métropolitaine, souvent RGF93 / Lambert-93, EPSG:2154).",
                "The layer has no coordinate reference system: set it in the layer properties (in mainland "
                "France, usually RGF93 / Lambert-93, EPSG:2154)."))
        if self.empty:
            ids, n = self.empty.ids, self.empty.count
            out.append(Finding(
                "geometry.empty", WARNING, layer,
                f"{n} entité(s) n'ont pas de géométrie (entités {id_list(ids, count=n)}) : elles "
                f"n'apparaîtront pas sur les cartes. Dessinez leur géométrie ou supprimez-les.",
                f"{n} feature(s) have no geometry (features {id_list(ids, count=n)}): they will not "
                f"show on maps. Draw their geometry or delete them.", feature_ids=ids,
                feature_count=self.empty.capped))
        if self.invalid:
            ids, n = self.invalid.ids, self.invalid.count
            examples = "; ".join(f"{i} : {r}" for i, r in self.invalid.examples)
            examples_en = "; ".join(f"{i}: {r}" for i, r in self.invalid.examples)
            out.append(Finding(
                "geometry.invalid", ERROR, layer,
                f"{n} géométrie(s) invalide(s) (entités {id_list(ids, count=n)} ; par exemple {examples}). "
                f"Corrigez-les, par exemple avec l'outil « Réparer les géométries » de QGIS.",
                f"{n} invalid geometr(y/ies) (features {id_list(ids, count=n)}; e.g. {examples_en}). "
                f"Fix them, e.g. with QGIS's 'Fix geometries' tool.", feature_ids=ids,
                feature_count=self.invalid.capped))
        return out
