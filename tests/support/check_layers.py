"""Layers with every problem the data checks find, spread over the layer so that a streamed check meets
them in different batches; and the same data copied into PostGIS, to compare the two paths.

``write_survey(path, count)`` writes ``releves`` (points, Lambert-93) with ``SURVEY_SCHEMA``'s
violations, null, empty and misplaced geometries, repeated codes far apart and personal e-mails;
``write_parcels(path)`` polygons with self-intersections. ``copy_to_postgis(server, gpkg, layer)``
loads a layer as ogr2ogr would (fid as integer primary key, names kept as they are).
"""
from __future__ import annotations

import datetime as dt

from osgeo import gdal, ogr, osr

SURVEY = "releves"
PARCELS = "parcelles"
#: Features of a survey the tests write: more than the personal-data sample (1,000), so it is drawn.
COUNT_DEFAULT = 2500
CATEGORIES = ["banc", "corbeille", "abri_bus", "fontaine"]
SURVEY_SCHEMA = {
    "fields": [
        {"name": "code", "type": "string", "constraints": {"required": True, "unique": True}},
        {"name": "categorie", "type": "string", "constraints": {"required": True, "enum": CATEGORIES}},
        {"name": "commune", "type": "string", "constraints": {"pattern": r"\d[0-9AB]\d{3}"}},
        {"name": "hauteur", "type": "number", "constraints": {"minimum": 0}},
        {"name": "annee", "type": "integer", "constraints": {"minimum": 1900, "maximum": 2030, "unique": False}},
        {"name": "eclaire", "type": "boolean"},
        {"name": "releve", "type": "date", "constraints": {"minimum": "2018-03-01"}},
        {"name": "courriel", "type": "string"},
        {"name": "controle", "type": "datetime", "constraints": {"maximum": "2024-11-30T12:00:00"}},
        {"name": "niveau", "type": "integer", "constraints": {"unique": True}},
    ],
    "primaryKey": ["commune", "annee"],
}
BESANCON = (928400.0, 6686550.0)
FIRST_NAMES = ["jean", "marie", "luc", "agnes", "paul"]
SURNAMES = ["dupont", "martin", "durand", "lefevre"]
MAILS = ["gmail.com", "orange.fr", "free.fr"]


def _srs(epsg=2154):
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(epsg)
    return srs


def survey_row(i: int, count: int) -> tuple:
    """(values, WKT or None) of feature ``i`` (1-based) of a survey of ``count`` features."""
    values = {
        "code": f"MOB-{i:06d}",
        "categorie": CATEGORIES[i % len(CATEGORIES)],
        "commune": f"25{i % 600:03d}",
        "hauteur": round((i % 37) * 0.1, 2),
        "annee": 1975 + i % 50,
        "eclaire": i % 3 == 0,
        "releve": dt.date(2018, 1, 1) + dt.timedelta(days=i % 2000),
        "courriel": f"{FIRST_NAMES[i % 5]}.{SURNAMES[i % 4]}{i}@{MAILS[i % 3]}",
        "controle": dt.datetime(2024, 1 + i % 12, 1 + i % 28, i % 24, i % 60, i % 60),
        "niveau": i,
    }
    wkt = f"POINT ({BESANCON[0] + (i * 37) % 20000} {BESANCON[1] + (i * 91) % 20000})"
    if i % 97 == 0:
        values["categorie"] = "lampadaire"  # not in the enum
    if i % 89 == 0:
        values["commune"] = "Besançon"  # not a code
    if i % 83 == 0:
        values["hauteur"] = -1.5  # below the minimum
    if i % 79 == 0:
        values["annee"] = None
    if i % 71 == 0:
        values["categorie"] = None  # required
    if i % 211 == 0:
        values["releve"] = None
    if i % 4 == 0:
        values["courriel"] = "accueil@besancon.fr"  # the service's address
    if i % 67 == 0:
        values["controle"] = None
    if i in (5, count - 3):
        values["code"] = "MOB-DOUBLE"  # repeated far apart: a streamed check meets them in different batches
    if i in (7, count - 1):
        values["niveau"] = -7
    if i % 101 == 0:
        wkt = "POINT EMPTY"
    if i % 103 == 0:
        wkt = None
    if i % 107 == 0:
        wkt = "POINT (0 0)"  # off the area of use of Lambert-93, and off the territory
    return values, wkt


def write_survey(path, count: int, name: str = SURVEY) -> str:
    source = ogr.Open(str(path), 1) or ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    layer = source.CreateLayer(name, _srs(), ogr.wkbPoint, options=["FID=fid", "GEOMETRY_NAME=geom"])
    for field_name, kind, subtype in (("code", ogr.OFTString, None), ("categorie", ogr.OFTString, None),
                                      ("commune", ogr.OFTString, None), ("hauteur", ogr.OFTReal, None),
                                      ("annee", ogr.OFTInteger, None), ("eclaire", ogr.OFTInteger, ogr.OFSTBoolean),
                                      ("releve", ogr.OFTDate, None), ("courriel", ogr.OFTString, None),
                                      ("controle", ogr.OFTDateTime, None),
                                      ("niveau", ogr.OFTInteger64, None)):
        definition = ogr.FieldDefn(field_name, kind)
        if subtype is not None:
            definition.SetSubType(subtype)
        layer.CreateField(definition)
    layer.StartTransaction()
    for i in range(1, count + 1):
        values, wkt = survey_row(i, count)
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetFID(i)
        for key, value in values.items():
            if value is None:
                feature.SetFieldNull(key)
            elif isinstance(value, dt.datetime):
                feature.SetField(key, value.year, value.month, value.day, value.hour, value.minute, value.second, 0)
            elif isinstance(value, dt.date):
                feature.SetField(key, value.year, value.month, value.day, 0, 0, 0, 0)
            elif isinstance(value, bool):
                feature.SetField(key, int(value))
            else:
                feature.SetField(key, value)
        if wkt:
            feature.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
        layer.CreateFeature(feature)
    layer.CommitTransaction()
    source = None
    return str(path)


BOWTIE = "POLYGON (({x} {y}, {x2} {y2}, {x2} {y}, {x} {y2}, {x} {y}))"
SQUARE = "POLYGON (({x} {y}, {x2} {y}, {x2} {y2}, {x} {y2}, {x} {y}))"


def write_parcels(path, count: int = 40, name: str = PARCELS) -> str:
    """Squares, every seventh one a bowtie (self-intersection), feature 20 without geometry."""
    source = ogr.Open(str(path), 1) or ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    layer = source.CreateLayer(name, _srs(), ogr.wkbPolygon, options=["FID=fid", "GEOMETRY_NAME=geom"])
    layer.CreateField(ogr.FieldDefn("section", ogr.OFTString))
    for i in range(1, count + 1):
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetFID(i)
        feature.SetField("section", f"AB{i:03d}")
        x, y = BESANCON[0] + 30.3 * i, BESANCON[1] + 0.123456789 * i
        shape = (BOWTIE if i % 7 == 0 else SQUARE).format(x=x, y=y, x2=x + 25.1, y2=y + 25.1)
        if i != 20:
            feature.SetGeometry(ogr.CreateGeometryFromWkt(shape))
        layer.CreateFeature(feature)
    source = None
    return str(path)


def copy_to_postgis(server, gpkg: str, layer: str, table: str = "") -> str:
    """Copy ``layer`` into PostGIS as ``table`` (same name by default): fid becomes the integer primary
    key, the geometry column ``geom``, field names stay as they are."""
    table = table or layer
    server.execute(f'DROP TABLE IF EXISTS "{table}"')
    done = gdal.VectorTranslate(f"PG:{server.dsn}", gpkg, format="PostgreSQL", layers=[layer], layerName=table,
                                layerCreationOptions=["FID=fid", "GEOMETRY_NAME=geom", "LAUNDER=NO"])
    assert done is not None, gdal.GetLastErrorMsg()
    done = None
    server.execute(f'ANALYZE "{table}"')
    return table
