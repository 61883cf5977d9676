"""QGIS layer -> the columnar view the checks work on: a LayerData in memory, or a stream of batches.

Checks stream the layer (:func:`layer_stream`): a file through GDAL (``OgrStream``), a PostGIS table
through the database itself (``pgstream``), anything else (memory, WFS…) through QGIS, in batches.
"""
from __future__ import annotations

from qgis.core import QgsDataSourceUri, QgsFeatureRequest, QgsVectorLayer, QgsWkbTypes
from qgis.PyQt.QtCore import QVariant

from ..catalogue import layerdata, layerstream
from .layers import crs_area, crs_id, ogr_source

#: Features per batch read through QGIS.
QGIS_BATCH_SIZE = 65536

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


def layer_stream(layer: QgsVectorLayer) -> layerstream.LayerStream:
    """The layer as a stream of batches for the checks, read by the fastest reader that is safe for it."""
    source = ogr_source(layer)
    if source is not None:
        path, table, subset = source
        provider = layer.dataProvider()
        stream = layerstream.OgrStream(path, layer=table, name=layer.name(), attribute_filter=subset,
                                       encoding=provider.encoding() if provider is not None else None)
    else:
        stream = postgis_stream(layer) or QgisStream(layer)
    if stream.info.spatial:
        # The CRS QGIS uses, which the agent may have set on a file that has none or a wrong one.
        stream.info.crs, stream.info.crs_area = crs_id(layer.crs()), crs_area(layer.crs())
    return stream


def postgis_stream(layer: QgsVectorLayer):
    """A PostGIS table with an integer key, checked in the database (``pgstream``); None for other layers
    (a query layer, a table without integer key, a type picked out of a mixed geometry column…),
    which QGIS then reads feature by feature.

    The table is the one :func:`.postgres.table_source` names; the connection is psycopg2's (the checks need
    ``COPY``, which QGIS's connection API does not offer), with the layer's own credentials: its QGIS
    authentication configuration expanded, or its ``service`` and what libpq finds."""
    from .postgres import table_source

    source = table_source(layer)
    key = source.key_column.strip('"') if source is not None else ""
    if source is None or "," in key:
        return None
    try:
        import psycopg2
    except ImportError:
        return None
    from ..catalogue import pgstream

    connection_info = QgsDataSourceUri(source.uri).connectionInfo(True)

    def connect():
        return psycopg2.connect(connection_info, connect_timeout=10)

    try:
        stream = pgstream.PgStream(connect, source.table, schema=source.schema,
                                   geometry=source.geometry_column or None, key=key or None,
                                   where=layer.subsetString(), name=layer.name())
    except (pgstream.NotPushable, psycopg2.Error):  # no integer key, refused…: QGIS reads it, as it can
        return None
    picked = QgsDataSourceUri(source.uri).wkbType() not in (QgsWkbTypes.Unknown, QgsWkbTypes.NoGeometry)
    if picked and stream.info.geometry_type == "Geometry":  # QGIS shows one type of a mixed column
        stream.close()
        return None
    return stream


class QgisStream(layerstream.LayerStream):
    """Any vector layer QGIS reads (memory, WFS…), feature by feature through QGIS, in batches."""

    def __init__(self, layer: QgsVectorLayer, batch_size: int = QGIS_BATCH_SIZE):
        self.layer, self.batch_size = layer, batch_size
        fields = layer.fields()
        spatial = layer.isSpatial()
        count = layer.featureCount()
        if count < 0:  # a provider that cannot count without reading (the sample needs the count)
            count = sum(1 for _ in layer.getFeatures(QgsFeatureRequest().setFlags(QgsFeatureRequest.NoGeometry)
                                                    .setNoAttributes()))
        self.info = layerstream.LayerInfo(
            name=layer.name(), field_types={f.name(): _TYPES.get(f.type(), "any") for f in fields}, spatial=spatial,
            geometry_type=QgsWkbTypes.displayString(layer.wkbType()) if spatial else "", count=count)

    def batches(self, columns=None, geometry=True):
        import numpy
        import pandas
        import shapely

        names = self.info.columns
        spatial = self.info.spatial and geometry
        request = QgsFeatureRequest()
        if not spatial:
            request.setFlags(QgsFeatureRequest.NoGeometry)
        start = 0
        features = iter(self.layer.getFeatures(request))
        while True:
            ids, rows, wkbs = [], [], []
            for feature in features:
                ids.append(feature.id())
                rows.append([None if isinstance(v, QVariant) or v is None else _plain(v)
                             for v in feature.attributes()])
                if spatial:
                    shape = feature.geometry()
                    wkbs.append(None if shape.isNull() else bytes(shape.asWkb()))
                if len(ids) >= self.batch_size:
                    break
            if not ids:
                return
            frame = pandas.DataFrame(rows, columns=names, index=pandas.Index(ids, dtype="int64", name="fid"))
            columns_ = {name: layerstream.Column(self.info.field_types[name], frame[name].values, converted=True)
                        for name in names}
            shapes = shapely.from_wkb(numpy.array(wkbs, dtype=object)) if spatial else None
            yield layerstream.Batch(start, ids, columns_, geometry=shapes, spatial=spatial)
            start += len(ids)


def check_layer(layer, record, context, with_data: bool = True) -> list:
    """Findings of ``record`` (the layer's) under a CheckContext, with the layer's data when asked."""
    from ..catalogue.checks import check_layer as check_record

    data = layer_stream(layer) if with_data and isinstance(layer, QgsVectorLayer) else None
    try:
        return check_record(record, data, context)
    finally:
        if data is not None:
            data.close()
