"""Data files as agents really have them: legacy-encoded Shapefiles, damaged GeoPackages, wrong CRSs."""
from __future__ import annotations

import json
import os
import random
import sqlite3

#: Accented field names and values, all encodable in ISO-8859-1. "propriétaire" is too long for a
#: DBF field name: GDAL cuts it to 10 bytes ("propriétai" in CP1252, "propriéta" in UTF-8).
ROWS = [
    {"libellé": "Salle des fêtes", "propriétaire": "Commune de Besançon", "contact": "Hélène DUPRÉ",
     "prénom": "Hélène"},
    {"libellé": "Église Saint-Étienne", "propriétaire": "Diocèse", "contact": "Jérôme LEFÈVRE",
     "prénom": "Jérôme"},
    {"libellé": "École Jules Ferry", "propriétaire": "Commune de Besançon", "contact": "Agnès CHEVÊQUE",
     "prénom": "Agnès"},
]
BESANCON_L93 = (928400.0, 6686550.0)


def write_shapefile(folder: str, encoding: str, with_cpg: bool = True, name: str = "") -> str:
    """A point Shapefile (Lambert-93) written as ``ogr2ogr -f "ESRI Shapefile" -lco ENCODING=…`` does;
    without its .cpg when ``with_cpg`` is False (the DBF then says nothing of its encoding)."""
    from osgeo import gdal

    os.makedirs(folder, exist_ok=True)
    name = name or f"salles_{encoding.lower().replace('-', '')}{'' if with_cpg else '_sans_cpg'}"
    source = os.path.join(folder, f"{name}.geojson")
    features = [{"type": "Feature", "properties": row,
                 "geometry": {"type": "Point", "coordinates": [BESANCON_L93[0] + 100 * i, BESANCON_L93[1]]}}
                for i, row in enumerate(ROWS)]
    with open(source, "w", encoding="utf-8") as handle:
        json.dump({"type": "FeatureCollection", "features": features}, handle, ensure_ascii=False)
    path = os.path.join(folder, f"{name}.shp")
    # As ogr2ogr run in a shell: once QGIS is loaded, SHAPE_ENCODING="" would make GDAL write UTF-8 bytes
    # under whatever ENCODING is asked (a lying .cpg).
    previous = gdal.GetConfigOption("SHAPE_ENCODING")
    gdal.SetConfigOption("SHAPE_ENCODING", None)
    try:
        done = gdal.VectorTranslate(path, source, format="ESRI Shapefile", srcSRS="EPSG:2154",
                                    dstSRS="EPSG:2154", layerCreationOptions=[f"ENCODING={encoding}"])
        assert done is not None, gdal.GetLastErrorMsg()
        done = None  # flush and close
    finally:
        gdal.SetConfigOption("SHAPE_ENCODING", previous)
    os.remove(source)
    cpg = os.path.join(folder, f"{name}.cpg")
    assert os.path.exists(cpg)  # GDAL writes it; removing it makes the "no .cpg" case
    if not with_cpg:
        os.remove(cpg)
    return path


def truncate(path: str, share: float = 0.4) -> str:
    """Keep only the first ``share`` of the file (an interrupted copy or download)."""
    with open(path, "rb") as handle:
        data = handle.read()
    with open(path, "wb") as handle:
        handle.write(data[:int(len(data) * share)])
    return path


def corrupt_table(path: str, table: str) -> str:
    """Overwrite the first page of ``table``'s B-tree with noise: the file still opens, the table does not read."""
    with sqlite3.connect(path) as db:
        page_size = db.execute("PRAGMA page_size").fetchone()[0]
        root = db.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
    noise = random.Random(8).randbytes(page_size)
    with open(path, "r+b") as handle:
        handle.seek((root - 1) * page_size)
        handle.write(noise)
    return path
