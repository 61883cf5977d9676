"""QGIS layer -> LayerData, the columnar view the checks work on."""
from __future__ import annotations

from qgis.core import QgsFeatureRequest, QgsVectorLayer, QgsWkbTypes
from qgis.PyQt.QtCore import QVariant

from ..catalogue import layerdata
from .layers import crs_area, crs_id, ogr_source

_TYPES = {QVariant.Int: "integer", QVariant.LongLong: "integer", QVariant.UInt: "integer",
          QVariant.ULongLong: "integer", QVariant.Double: "number", QVariant.Bool: "boolean",
          QVariant.Date: "date", QVariant.DateTime: "datetime", QVariant.Time: "time",
          QVariant.String: "string"}


def layer_data(layer: QgsVectorLayer) -> layerdata.LayerData:
    """Read a vector layer in bulk: straight from GDAL for file layers, else through QGIS.

    File text is decoded with the layer's data source encoding as QGIS knows it (from the .cpg, or
    as the agent set it in the layer properties), unless the text is plainly in another one.
    """
    source = ogr_source(layer)
    if source is not None:
        path, table, subset = source
        provider = layer.dataProvider()
        data = layerdata.read_ogr(path, layer=table, name=layer.name(), attribute_filter=subset,
                                  encoding=provider.encoding() if provider is not None else None)
    else:
        data = _through_qgis(layer)
    if data.geometry is not None:
        # The CRS QGIS uses, which the agent may have set on a file that has none or a wrong one.
        data.crs, data.crs_area = crs_id(layer.crs()), crs_area(layer.crs())
    return data


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
    return layerdata.LayerData(
        name=layer.name(), attributes=frame,
        field_types={f.name(): _TYPES.get(f.type(), "any") for f in fields},
        geometry=geometry, geometry_type=QgsWkbTypes.displayString(layer.wkbType()) if spatial else "")


def _plain(value):
    # QDate/QDateTime from QGIS become Python dates so pandas treats them as such.
    if hasattr(value, "toPyDateTime"):
        return value.toPyDateTime()
    if hasattr(value, "toPyDate"):
        return value.toPyDate()
    return value


def check_layer(layer, record, context, with_data: bool = True) -> list:
    """Findings of ``record`` (the layer's) under a CheckContext, with the layer's data when asked."""
    from ..catalogue.checks import check_layer as check_record

    data = layer_data(layer) if with_data and isinstance(layer, QgsVectorLayer) else None
    return check_record(record, data, context)
