"""QGIS layer -> LayerData, the columnar view the checks work on."""
from __future__ import annotations

from qgis.core import QgsFeatureRequest, QgsVectorLayer, QgsWkbTypes
from qgis.PyQt.QtCore import QVariant

from ..catalogue import layerdata
from .layers import ogr_source

_TYPES = {QVariant.Int: "integer", QVariant.LongLong: "integer", QVariant.UInt: "integer",
          QVariant.ULongLong: "integer", QVariant.Double: "number", QVariant.Bool: "boolean",
          QVariant.Date: "date", QVariant.DateTime: "datetime", QVariant.Time: "time",
          QVariant.String: "string"}


def layer_data(layer: QgsVectorLayer) -> layerdata.LayerData:
    """Read a vector layer in bulk: straight from GDAL for file layers, else through QGIS."""
    source = ogr_source(layer)
    if source is not None:
        path, table, subset = source
        return layerdata.read_ogr(path, layer=table, name=layer.name(), attribute_filter=subset)
    return _through_qgis(layer)


def _through_qgis(layer: QgsVectorLayer) -> layerdata.LayerData:
    # Memory, PostGIS or WFS layers: one pass over the features, geometries as WKB in bulk.
    import numpy
    import pandas
    import shapely

    fields = layer.fields()
    names = [f.name() for f in fields]
    spatial = layer.isSpatial()
    ids, rows, wkbs = [], [], []
    request = QgsFeatureRequest()
    if not spatial:
        request.setFlags(QgsFeatureRequest.NoGeometry)
    for feature in layer.getFeatures(request):
        ids.append(feature.id())
        rows.append([None if isinstance(v, QVariant) or v is None else _plain(v) for v in feature.attributes()])
        if spatial:
            geometry = feature.geometry()
            wkbs.append(None if geometry.isNull() else bytes(geometry.asWkb()))
    frame = pandas.DataFrame(rows, columns=names, index=pandas.Index(ids, dtype="int64", name="fid"))
    geometry = None
    if spatial:
        geometry = shapely.from_wkb(numpy.array(wkbs, dtype=object))
    crs = layer.crs()
    return layerdata.LayerData(
        name=layer.name(), attributes=frame,
        field_types={f.name(): _TYPES.get(f.type(), "any") for f in fields},
        geometry=geometry, crs=crs.authid() if crs.isValid() else "",
        geometry_type=QgsWkbTypes.displayString(layer.wkbType()) if spatial else "")


def _plain(value):
    # QDate/QDateTime from QGIS become Python dates so pandas treats them as such.
    if hasattr(value, "toPyDateTime"):
        return value.toPyDateTime()
    if hasattr(value, "toPyDate"):
        return value.toPyDate()
    return value
