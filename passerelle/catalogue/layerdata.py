"""A layer's contents as columns, so checks work on whole tables at once.

Checks never loop over features in Python where a vectorised path exists:
attributes are a pandas DataFrame and geometries a shapely 2 array, both
indexed by feature id (the id QGIS shows, so findings can select features).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from .errors import LayerNotFoundError, PasserelleError

#: Features per Arrow batch when reading with GDAL (GDAL's own default).
BATCH_SIZE = 65536

#: Table Schema types used in ``LayerData.field_types``.
FIELD_TYPES = ("string", "integer", "number", "boolean", "date", "datetime", "time", "any")


@dataclass
class LayerData:
    name: str
    attributes: "pandas.DataFrame"  # index = feature ids (int64), one column per field
    field_types: dict = field(default_factory=dict)  # field name -> one of FIELD_TYPES
    geometry: Optional["numpy.ndarray"] = None  # shapely geometries aligned with the index; None for tables
    crs: str = ""  # authority id, e.g. "EPSG:2154"; WKT for a CRS without one; "" when the layer has no CRS
    geometry_type: str = ""  # e.g. "Point", "MultiPolygon"; "" for a table

    @property
    def feature_ids(self):
        return self.attributes.index

    def __len__(self) -> int:
        return len(self.attributes.index)


def from_records(name: str, rows, geometries=None, crs: str = "", field_types: Optional[dict] = None,
                 geometry_type: str = "") -> LayerData:
    """Build a LayerData from plain Python rows (tests, in-memory layers).

    ``rows`` is a list of dicts (feature ids 1, 2, 3... like a GeoPackage) or a
    dict ``{feature_id: row}``; ``geometries`` a list of shapely geometries or
    WKT strings (None for a table). Missing ``field_types`` are inferred.

    >>> data = from_records("ecoles", [{"nom": "École Jules Ferry"}], ["POINT (5 47)"], "EPSG:4326")
    >>> data.field_types
    {'nom': 'string'}
    """
    import numpy as np
    import pandas as pd
    import shapely

    if isinstance(rows, dict):
        ids, rows = list(rows), list(rows.values())
    else:
        rows = list(rows)
        ids = list(range(1, len(rows) + 1))
    attributes = pd.DataFrame.from_records(rows, index=pd.Index(ids, dtype="int64", name="fid"))
    if not rows:
        attributes = pd.DataFrame(index=pd.Index([], dtype="int64", name="fid"))
    types = {column: _infer_type(attributes[column]) for column in attributes.columns}
    types.update(field_types or {})
    geometry = None
    if geometries is not None:
        geometry = np.array([shapely.from_wkt(g) if isinstance(g, str) else g for g in geometries], dtype=object)
        if not geometry_type:
            kinds = {g.geom_type for g in geometry if g is not None}
            geometry_type = kinds.pop() if len(kinds) == 1 else "Geometry"
    return LayerData(name, attributes, types, geometry, crs, geometry_type if geometry is not None else "")


def _infer_type(column) -> str:
    import pandas as pd

    kind = column.dtype.kind
    if kind == "b" or str(column.dtype) == "boolean":
        return "boolean"
    if kind in "iu":
        return "integer"
    if kind == "f":
        return "number"
    if kind == "M":
        return "datetime"
    inferred = pd.api.types.infer_dtype(column, skipna=True)
    return {"date": "date", "datetime": "datetime", "datetime64": "datetime"}.get(inferred, "string")


def read_ogr(path: str, layer=None, name: Optional[str] = None,
             attribute_filter: Optional[str] = None) -> LayerData:
    """Read a whole OGR layer in bulk (GDAL Arrow stream, no per-feature loop).

    ``layer`` is a layer name, an index or None for the first layer. Feature ids
    are the OGR FIDs (the ones QGIS shows for OGR layers). Strings come back as
    ``str``, nullable integers and booleans as pandas nullable arrays, dates and
    datetimes as ``datetime64``, geometries as a shapely array (None for a null
    geometry). ``crs`` is an authority id ("EPSG:2154"), the CRS as WKT when it
    has no authority code, or "" when the layer has none.

    >>> data = read_ogr("equipements.gpkg", "salles", attribute_filter="commune = '25056'")
    >>> data.attributes.loc[12, "nom"], data.crs
    ('Salle des fêtes', 'EPSG:2154')
    """
    from osgeo import ogr  # lazy: the catalogue imports without GDAL

    dataset = ogr.Open(str(path))
    if dataset is None:
        raise PasserelleError(f"Impossible d'ouvrir « {path} » comme source de données vecteur.",
                              f"Cannot open '{path}' as a vector data source.", code="layer.unreadable")
    source = _pick_layer(dataset, layer, path)
    if not hasattr(source, "GetArrowStreamAsNumPy"):
        raise PasserelleError("La lecture en bloc des couches demande GDAL 3.6 ou plus récent.",
                              "Bulk layer reading needs GDAL 3.6 or later.", code="layer.gdal-too-old")
    if attribute_filter and source.SetAttributeFilter(attribute_filter) != 0:
        raise PasserelleError(f"Filtre attributaire invalide : {attribute_filter}",
                              f"Invalid attribute filter: {attribute_filter}", code="layer.filter")
    definition = source.GetLayerDefn()
    fields = [definition.GetFieldDefn(i) for i in range(definition.GetFieldCount())]
    field_types = {f.GetName(): _ogr_type(ogr, f) for f in fields}
    spatial = definition.GetGeomFieldCount() > 0
    columns = _read_columns(source, list(field_types.values()), spatial)
    attributes = _attributes(columns, list(field_types.items()))
    geometry = None
    if spatial:
        geometry = _concatenate_geometries(columns["geometry"])
    srs = source.GetSpatialRef() if spatial else None
    return LayerData(
        name=name or source.GetName(),
        attributes=attributes,
        field_types=field_types,
        geometry=geometry,
        crs=_authority_id(srs),
        geometry_type=_geometry_type_name(ogr, source.GetGeomType()) if spatial else "",
    )


def _pick_layer(dataset, layer, path):
    if layer is None:
        found = dataset.GetLayer(0)
    elif isinstance(layer, int):
        found = dataset.GetLayer(layer) if 0 <= layer < dataset.GetLayerCount() else None
    else:
        found = dataset.GetLayerByName(str(layer))
    if found is None:
        raise LayerNotFoundError(f"La couche « {layer} » est introuvable dans « {path} ».",
                                 f"Layer '{layer}' not found in '{path}'.")
    return found


def _ogr_type(ogr, field_defn) -> str:
    kind, subtype = field_defn.GetType(), field_defn.GetSubType()
    if kind == ogr.OFTInteger and subtype == ogr.OFSTBoolean:
        return "boolean"
    return {ogr.OFTInteger: "integer", ogr.OFTInteger64: "integer", ogr.OFTReal: "number",
            ogr.OFTString: "string", ogr.OFTDate: "date", ogr.OFTDateTime: "datetime",
            ogr.OFTTime: "time"}.get(kind, "any")


def _read_columns(source, types: list, spatial: bool) -> dict:
    """Stream the layer batch by batch; text and geometries are converted per batch
    so the fixed-width byte buffers GDAL hands out never pile up for the whole layer."""
    import numpy as np

    chunks = {"fid": [], "geometry": [], **{i: [] for i in range(len(types))}}
    stream = source.GetArrowStreamAsNumPy(["INCLUDE_FID=YES", "GEOMETRY_ENCODING=WKB",
                                           f"MAX_FEATURES_IN_BATCH={BATCH_SIZE}"])
    for batch in stream:
        arrays = list(batch.values())  # FID first, then fields in layer order, then geometry
        chunks["fid"].append(np.ma.getdata(arrays[0]).astype("int64"))
        for i, kind in enumerate(types):
            values = arrays[1 + i]
            data, mask = np.ma.getdata(values), np.ma.getmaskarray(values)
            if kind in ("string", "time", "any"):
                chunks[i].append((_text(data, mask) if kind != "any" else _objects(data, mask), mask))
            else:
                chunks[i].append((data, mask))
        if spatial:
            chunks["geometry"].append(_geometries(arrays[1 + len(types)]))
    return chunks


def _text(data, mask):
    """Decode UTF-8 bytes to ``str`` (None where null): a cast when all bytes are ASCII,
    else decode each distinct value once."""
    import numpy as np
    import pandas as pd

    if data.dtype.kind == "S" and (data.size == 0 or data.view(np.uint8).max() < 128):
        text = data.astype("U").astype(object)
    elif data.dtype.kind == "U":
        text = data.astype(object)
    else:
        codes, uniques = pd.factorize(data)
        decoded = [u.decode("utf-8", "replace") if isinstance(u, bytes) else u for u in uniques]
        text = np.array(decoded + [None], dtype=object)[codes]  # code -1 (missing) picks the None
    text[mask] = None
    return text


def _objects(data, mask):
    import numpy as np

    out = np.asarray(data, dtype=object).copy()
    out[mask] = None
    return out


def _geometries(values):
    """WKB column of one batch -> shapely array. GDAL returns a fixed-width void array
    when every WKB has the same size (e.g. all 2D points), else bytes objects."""
    import numpy as np
    import shapely

    data, mask = np.ma.getdata(values), np.ma.getmaskarray(values)
    if data.dtype.kind == "V":
        points = _points_from_wkb(data) if data.dtype.itemsize == 21 and not mask.any() else None
        if points is not None:
            return points
        data = data.astype(object)  # keeps trailing zero bytes, unlike a bytes ("S") view
    data = np.asarray(data, dtype=object).copy()
    data[mask] = None
    return shapely.from_wkb(data, on_invalid="ignore")


def _points_from_wkb(data):
    """Little-endian 2D point WKB read as coordinates: several times faster than parsing."""
    import numpy as np
    import shapely

    raw = data.view(np.uint8).reshape(len(data), 21)
    if len(raw) == 0 or not ((raw[:, 0] == 1).all() and (raw[:, 1:5].view("<u4")[:, 0] == 1).all()):
        return None
    xy = raw[:, 5:21].copy().view("<f8")
    points = shapely.points(xy[:, 0], xy[:, 1])
    empty = np.isnan(xy[:, 0]) & np.isnan(xy[:, 1])  # WKB has no empty point: NaN NaN stands for it
    if empty.any():
        points[empty] = shapely.from_wkt("POINT EMPTY")
    return points


def _concatenate_geometries(chunks):
    import numpy as np

    return np.concatenate(chunks) if chunks else np.array([], dtype=object)


def _attributes(chunks: dict, fields: list):
    import numpy as np
    import pandas as pd

    index = pd.Index(np.concatenate(chunks["fid"]) if chunks["fid"] else np.array([], "int64"),
                     dtype="int64", name="fid")
    columns = {}
    for i, (field_name, kind) in enumerate(fields):
        parts = chunks[i]
        if parts:
            data = np.concatenate([p[0] for p in parts])
            mask = np.concatenate([p[1] for p in parts])
        else:
            data, mask = np.array([], dtype=object if kind in ("string", "time", "any") else "float64"), \
                np.array([], dtype=bool)
        columns[field_name] = _column(data, mask, kind)
    return pd.DataFrame(columns, index=index, copy=False)


def _column(data, mask, kind):
    """One typed column: pandas nullable arrays keep integers exact when some are null."""
    import numpy as np
    import pandas as pd

    if kind == "integer":
        data = data.astype("int64")
        return pd.arrays.IntegerArray(data, mask) if mask.any() else data
    if kind == "boolean":
        data = data.astype(bool)
        return pd.arrays.BooleanArray(data, mask) if mask.any() else data
    if kind == "number":
        data = data.astype("float64")
        data[mask] = np.nan
        return data
    if kind in ("date", "datetime"):
        data = data.astype("datetime64[ms]") if data.dtype.kind == "M" else pd.to_datetime(
            pd.Series(data), errors="coerce").to_numpy()
        data[mask] = np.datetime64("NaT")
        return data
    return data  # text and "any": object arrays with None for nulls


def _authority_id(srs) -> str:
    # GeoPackage stores "no CRS" as its "Undefined geographic/cartesian SRS" entries, which GDAL returns.
    if srs is None or (srs.GetName() or "").casefold().startswith("undefined"):
        return ""
    authority, code = srs.GetAuthorityName(None), srs.GetAuthorityCode(None)
    if not (authority and code) and srs.AutoIdentifyEPSG() == 0:
        authority, code = srs.GetAuthorityName(None), srs.GetAuthorityCode(None)
    if authority and code:
        return f"{authority}:{code}"
    return srs.ExportToWkt()  # a custom CRS is still a CRS: keep it rather than pretend there is none


def _geometry_type_name(ogr, kind) -> str:
    flat = ogr.GT_Flatten(kind)
    if flat == ogr.wkbUnknown:
        return "Geometry"
    return ogr.GeometryTypeToName(flat).replace(" ", "")
