"""The records' extents as a GeoPackage layer, for administrators who look at coverage on a map.

One polygon (WGS 84) per record with a geographic extent, with what the dashboard says of it: its
organisation, access level, completeness, overdue update, findings and broken links. Written with
GDAL/OGR (GeoPackage 1.2, which QGIS 3.22 reads without a warning).
"""
from __future__ import annotations

import os

from ..catalogue.audit.dashboard import LABELS
from ..catalogue.errors import PasserelleError

LAYER = "emprises_fiches"
#: field name -> (OGR type name, what it holds)
FIELDS = (("identifiant", "String"), ("titre", "String"), ("organisation", "String"), ("acces", "String"),
          ("completude", "Real"), ("frequence", "String"), ("en_retard", "Integer"), ("erreurs", "Integer"),
          ("avertissements", "Integer"), ("liens_casses", "Integer"), ("fiche", "String"), ("cle", "String"))


def write_extents(report, path: str) -> str:
    """Write ``report``'s record extents into the GeoPackage ``path`` (replaced), layer :data:`LAYER`."""
    from osgeo import ogr, osr

    if os.path.exists(path):
        os.remove(path)
    driver = ogr.GetDriverByName("GPKG")
    dataset = driver.CreateDataSource(path, options=["VERSION=1.2"])
    if dataset is None:
        raise PasserelleError(f"Impossible de créer le GeoPackage {path}.", f"Cannot create GeoPackage {path}.",
                              code="audit.output")
    try:
        srs = osr.SpatialReference()
        srs.ImportFromEPSG(4326)
        srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
        layer = dataset.CreateLayer(LAYER, srs, ogr.wkbPolygon, options=["GEOMETRY_NAME=geom", "FID=fid"])
        for name, kind in FIELDS:
            layer.CreateField(ogr.FieldDefn(name, getattr(ogr, f"OFT{kind}")))
        labels = LABELS["fr"]
        layer.StartTransaction()
        for summary in report.records:
            if summary.extent is None:
                continue
            west, south, east, north = summary.extent
            feature = ogr.Feature(layer.GetLayerDefn())
            values = {"identifiant": summary.identifier, "titre": summary.title, "organisation": summary.organisation,
                      "acces": labels[summary.access], "completude": round(100 * summary.completeness, 1),
                      "frequence": summary.frequency_label, "en_retard": int(summary.overdue),
                      "erreurs": summary.errors, "avertissements": summary.warnings,
                      "liens_casses": summary.broken_links, "fiche": summary.url, "cle": summary.key}
            for name, value in values.items():
                feature.SetField(name, value)
            ring = f"{west} {south}, {east} {south}, {east} {north}, {west} {north}, {west} {south}"
            feature.SetGeometry(ogr.CreateGeometryFromWkt(f"POLYGON (({ring}))"))
            layer.CreateFeature(feature)
        layer.CommitTransaction()
    finally:
        dataset = None  # closes the file
    return path
