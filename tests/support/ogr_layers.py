"""An OGR layer with every field type Passerelle reads (string, integers, real, boolean, date, date-time),
written with GDAL: ``write_gpkg(path, name, {fid: (values, wkt)})``; ``FULL`` fills every field.
"""
import datetime as dt

from osgeo import ogr, osr

FIELDS = [("nom", ogr.OFTString, None), ("effectif", ogr.OFTInteger, None), ("siren", ogr.OFTInteger64, None),
          ("surface", ogr.OFTReal, None), ("accessible", ogr.OFTInteger, ogr.OFSTBoolean),
          ("ouverture", ogr.OFTDate, None), ("controle", ogr.OFTDateTime, None)]


def write_gpkg(path, name, features, geometry_type=ogr.wkbPoint, epsg=2154):
    """features: {fid: (values dict, WKT or None)}."""
    source = ogr.Open(str(path), 1) or ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    srs = None
    if epsg:
        srs = osr.SpatialReference()
        srs.ImportFromEPSG(epsg)
    layer = source.CreateLayer(name, srs, geometry_type)
    for field_name, kind, subtype in FIELDS:
        definition = ogr.FieldDefn(field_name, kind)
        if subtype is not None:
            definition.SetSubType(subtype)
        layer.CreateField(definition)
    for fid, (values, wkt) in features.items():
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetFID(fid)
        for key, value in values.items():
            if isinstance(value, dt.datetime):
                feature.SetField(key, value.year, value.month, value.day, value.hour, value.minute, value.second, 0)
            elif isinstance(value, dt.date):
                feature.SetField(key, value.year, value.month, value.day, 0, 0, 0, 0)
            else:
                feature.SetField(key, value)
        if wkt:
            feature.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
        layer.CreateFeature(feature)
    source = None


FULL = {"nom": "Salle des fêtes", "effectif": 300, "siren": 212500565, "surface": 412.5, "accessible": 1,
        "ouverture": dt.date(1987, 4, 1), "controle": dt.datetime(2024, 3, 5, 14, 30, 0)}
