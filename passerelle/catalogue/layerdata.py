"""A layer's contents as columns, so checks work on whole tables at once.

Checks never loop over features in Python where a vectorised path exists:
attributes are a pandas DataFrame and geometries a shapely 2 array, both
indexed by feature id (the id QGIS shows, so findings can select features).
"""
from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Optional

from .errors import LayerDamagedError, LayerNotFoundError, PasserelleError

if TYPE_CHECKING:  # annotations only: the catalogue imports without pandas until data is read
    import numpy
    import pandas

#: Features per Arrow batch when reading with GDAL (GDAL's own default).
BATCH_SIZE = 65536

#: Drivers read through GDAL's Arrow stream: they hand out UTF-8 by specification, and the tests read
#: accented names and values through each. Every other source goes through a feature loop.
ARROW_DRIVERS = ("GPKG", "FlatGeobuf", "GeoJSON")

#: What text is read in when it is not UTF-8 and nothing (or a wrong "UTF-8") declares its encoding:
#: French Shapefiles come from Windows software, and CP1252 shows ISO-8859-1's letters the same.
FALLBACK_ENCODING = "cp1252"

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
    crs_area: Optional[tuple] = None  # the CRS's area of use, WGS84 degrees (west, south, east, north)
    encoding: str = ""  # codec the source's non-ASCII text was decoded with; "" when there was none
    declared_encoding: str = ""  # codec the source (or QGIS) says its text is in; "" when nothing says

    @property
    def feature_ids(self):
        return self.attributes.index

    def feature_bounds(self):
        """Each feature's (xmin, ymin, xmax, ymax), NaN for a missing geometry: computed once for all checks."""
        import numpy as np
        import shapely

        cached = self.__dict__.get("_bounds")
        if cached is None or cached[0] is not self.geometry:
            cached = (self.geometry, shapely.bounds(np.asarray(self.geometry, dtype=object)))
            self.__dict__["_bounds"] = cached
        return cached[1]

    def __len__(self) -> int:
        return len(self.attributes.index)


def from_records(name: str, rows, geometries=None, crs: str = "", field_types: Optional[dict] = None,
                 geometry_type: str = "", crs_area: Optional[tuple] = None) -> LayerData:
    """Build a LayerData from plain Python rows (tests, in-memory layers).

    ``rows`` is a list of dicts (feature ids 1, 2, 3... like a GeoPackage) or a
    dict ``{feature_id: row}``; ``geometries`` a list of shapely geometries or
    WKT strings (None for a table). Missing ``field_types`` are inferred;
    ``crs_area`` is the CRS's area of use in WGS84 degrees, when known.

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
    return LayerData(name, attributes, types, geometry, crs, geometry_type if geometry is not None else "",
                     crs_area=tuple(crs_area) if crs_area else None)


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
             attribute_filter: Optional[str] = None, encoding: Optional[str] = None) -> LayerData:
    """Read a whole OGR layer in bulk, decoding its text with the right encoding.

    ``layer`` is a layer name, an index or None for the first layer. Feature ids
    are the OGR FIDs (the ones QGIS shows for OGR layers). Strings come back as
    ``str``, nullable integers and booleans as pandas nullable arrays, dates and
    datetimes as ``datetime64``, geometries as a shapely array (None for a null
    geometry). ``crs`` is an authority id ("EPSG:2154"), the CRS as WKT when it
    has no authority code, or "" when the layer has none.

    ``encoding`` is what the caller knows the source's text to be in (QGIS's
    "data source encoding"); without it the file's own declaration counts (a
    Shapefile's .cpg or DBF language id). Text that is not in the declared
    encoding is read in the one it is in (see ``LayerData.encoding``).

    Drivers that hand out UTF-8 by specification are read through GDAL's Arrow
    stream (no per-feature loop); every other source through a feature loop
    that decodes the raw bytes itself. A damaged file raises
    :class:`~passerelle.catalogue.errors.LayerDamagedError`, never returns part
    of the layer.

    >>> data = read_ogr("equipements.gpkg", "salles", attribute_filter="commune = '25056'")
    >>> data.attributes.loc[12, "nom"], data.crs
    ('Salle des fêtes', 'EPSG:2154')
    """
    from osgeo import ogr  # lazy: the catalogue imports without GDAL

    dataset = open_dataset(path)
    source = _pick_layer(dataset, layer, path)
    if attribute_filter and source.SetAttributeFilter(attribute_filter) != 0:
        raise PasserelleError(f"Filtre attributaire invalide : {attribute_filter}",
                              f"Invalid attribute filter: {attribute_filter}", code="layer.filter")
    definition = source.GetLayerDefn()
    fields = [definition.GetFieldDefn(i) for i in range(definition.GetFieldCount())]
    kinds = [_ogr_type(ogr, f) for f in fields]
    spatial = definition.GetGeomFieldCount() > 0
    used = declared = ""
    with _gdal_failures() as failures:
        try:
            columns = None
            if _arrow_is_safe(ogr, dataset, source, fields):
                names = [f.GetName() for f in fields]
                columns = _read_columns(source, kinds, spatial)
                # GDAL 3.6 reads GeoPackages on a worker thread whose errors reach no handler of ours and
                # end the stream early, as if the layer were shorter: trust the stream when it is whole.
                if not failures and not _whole(source, columns):
                    columns = None
            if columns is None and not failures:
                declared = _declared_encoding(ogr, source, encoding)
                names, columns, used = _read_features(source, fields, kinds, spatial, declared)
        except RuntimeError as error:  # GDAL raises instead of reporting when exceptions are enabled
            failures.append(str(error))
    if failures:
        raise LayerDamagedError(path, failures[0])
    attributes = _attributes(columns, list(zip(names, kinds)))
    geometry = _concatenate_geometries(columns["geometry"]) if spatial else None
    srs = source.GetSpatialRef() if spatial else None
    crs = _authority_id(srs)
    return LayerData(
        name=name or source.GetName(),
        attributes=attributes,
        field_types=dict(zip(names, kinds)),
        geometry=geometry,
        crs=crs,
        geometry_type=_geometry_type_name(ogr, source.GetGeomType()) if spatial else "",
        crs_area=_area_of_use(srs) if crs else None,
        encoding=used,
        declared_encoding=declared,
    )


#: Vector file extensions: a file named so that GDAL cannot open is damaged, not of an unknown kind.
VECTOR_EXTENSIONS = (".gpkg", ".shp", ".dbf", ".shx", ".geojson", ".json", ".fgb", ".sqlite", ".db", ".tab",
                     ".mif", ".gml", ".kml", ".gpx", ".csv", ".ods", ".xlsx")


def unopenable(path: str, detail: str = "") -> PasserelleError:
    """The error for an existing file GDAL (or QGIS) cannot open: damaged when it looks like a data file."""
    path = str(path)
    with open(path, "rb") as handle:
        header = handle.read(16)
    if header.startswith(b"SQLite format 3") or path.lower().endswith(VECTOR_EXTENSIONS):
        return LayerDamagedError(path, detail)
    more = f" ({detail})" if detail else ""
    return PasserelleError(
        f"« {path} » n'est pas une source de données vecteur que GDAL sait lire{more}.",
        f"'{path}' is not a vector data source GDAL can read{more}.", code="layer.unreadable")


def open_dataset(path):
    """The GDAL vector dataset at ``path``, or a clear error (``layer.damaged`` for a damaged file).

    Shapefiles are opened raw, whatever SHAPE_ENCODING the process has (QGIS sets it to ""):
    their text is decoded by ``read_ogr``, from the bytes."""
    from osgeo import gdal

    path = str(path)
    with _gdal_failures() as failures:
        try:
            driver = gdal.IdentifyDriverEx(path, gdal.OF_VECTOR)
            options = ["ENCODING="] if driver is not None and driver.ShortName == "ESRI Shapefile" else []
            dataset = gdal.OpenEx(path, gdal.OF_VECTOR, open_options=options) if driver is not None else None
        except RuntimeError as error:
            failures.append(str(error))
            dataset = None
    if dataset is None:
        if not os.path.exists(path):  # a missing file (a GDAL connection string opens or fails above)
            raise LayerNotFoundError(f"Source introuvable : « {path} ».", f"Source not found: '{path}'.")
        raise unopenable(path, failures[0] if failures else "")
    return dataset


@contextlib.contextmanager
def _gdal_failures():
    """Collect GDAL's failure messages raised meanwhile (instead of printing them) for the caller to judge."""
    from osgeo import gdal

    failures: list = []

    def collect(level, _number, message):
        if level >= gdal.CE_Failure:
            failures.append(message)

    gdal.PushErrorHandler(collect)
    try:
        yield failures
    finally:
        gdal.PopErrorHandler()


def _whole(source, columns) -> bool:
    """Whether the stream gave every feature the layer counts (GeoPackages count without reading)."""
    expected = source.GetFeatureCount()
    return expected < 0 or expected == sum(len(ids) for ids in columns["fid"])


def _arrow_is_safe(ogr, dataset, source, fields) -> bool:
    """GDAL's Arrow stream is used only where proven: a driver that hands out UTF-8 (tested in
    tests/unit/test_layerdata_sources.py), and column names GDAL 3.6's NumPy bridge can make Python
    strings of: an undecodable name makes it crash the whole process (segmentation fault)."""
    if not hasattr(source, "GetArrowStreamAsNumPy") or dataset.GetDriver().ShortName not in ARROW_DRIVERS:
        return False
    if not source.TestCapability(ogr.OLCStringsAsUTF8):
        return False
    names = [f.GetName() for f in fields] + [source.GetFIDColumn(), source.GetGeometryColumn()]
    return all(_is_utf8(n) for n in names)


def _is_utf8(text: str) -> bool:
    try:
        text.encode("utf-8")  # the bindings hand undecodable bytes over as lone surrogates
    except UnicodeEncodeError:
        return False
    return True


def codec_name(encoding: Optional[str]) -> str:
    """Python's name for an encoding as QGIS or GDAL spell it ("windows-1252" -> "cp1252"); "" if unknown.

    >>> codec_name("windows-1252"), codec_name("ISO-8859-1"), codec_name("System")
    ('cp1252', 'iso8859-1', '')
    """
    import codecs

    if not encoding:
        return ""
    try:
        return codecs.lookup(encoding.strip()).name
    except LookupError:
        return ""


def _declared_encoding(ogr, source, encoding) -> str:
    if source.TestCapability(ogr.OLCStringsAsUTF8):  # GDAL recodes to UTF-8 itself
        return "utf-8"
    return codec_name(encoding or source.GetMetadataItem("ENCODING_FROM_CPG", "SHAPEFILE")
                      or source.GetMetadataItem("ENCODING_FROM_LDID", "SHAPEFILE"))


def choose_encoding(texts, declared: str) -> str:
    """The codec raw ``texts`` (bytes) are in: "" when all are ASCII; UTF-8 when they decode as such
    (legacy single-byte text almost never does); else the declared single-byte encoding, or
    ``FALLBACK_ENCODING`` when nothing (or a wrong "UTF-8") is declared.

    >>> choose_encoding([b"Salle des f\\xeates"], "utf-8")
    'cp1252'
    """
    non_ascii = [t for t in texts if not t.isascii()]
    if not non_ascii:
        return ""
    try:
        for text in non_ascii:
            text.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        pass
    return declared if declared and declared != "utf-8" else FALLBACK_ENCODING


def _read_features(source, fields, kinds: list, spatial: bool, declared: str):
    """The safe reader: one pass over the features, text kept as raw bytes until its encoding is known.

    Returns (field names, columns as ``_read_columns`` gives them, codec used)."""
    raw_names = [f.GetName().encode("utf-8", "surrogateescape") for f in fields]
    ids, values, wkbs = next(feature_rows(source, kinds, spatial), ([], [[] for _ in kinds], []))
    texts = [i for i, kind in enumerate(kinds) if kind == "string"]
    used = choose_encoding(set(raw_names).union(*(set(values[i]) - {None} for i in texts)), declared)
    names = [n.decode(used or "utf-8", "replace") for n in raw_names]
    return names, decode_rows(ids, values, wkbs, kinds, spatial, used), used


def feature_rows(source, kinds: list, spatial: bool, size: Optional[int] = None):
    """The features of an OGR layer in a Python loop, ``size`` at a time (all at once when None):
    (ids, one list of values per field, ISO WKB geometries), text as raw bytes (None for null)."""
    getters = list(enumerate(_feature_function(_GETTERS.get(kind, "GetField")) for kind in kinds))
    is_set = _feature_function("IsFieldSetAndNotNull")
    texts = [i for i, kind in enumerate(kinds) if kind == "string"]
    source.ResetReading()
    next_feature = source.GetNextFeature
    feature = next_feature()
    while feature is not None:
        ids, rows, wkbs = [], [], []
        while feature is not None:
            ids.append(feature.GetFID())
            rows.append([get(feature, i) if is_set(feature, i) else None for i, get in getters])
            if spatial:
                geometry = feature.GetGeometryRef()
                wkbs.append(None if geometry is None else bytes(geometry.ExportToIsoWkb()))
            feature = next_feature()
            if size is not None and len(ids) >= size:
                break
        values = [list(column) for column in zip(*rows)] if rows else [[] for _ in kinds]
        del rows
        for i in texts:
            values[i] = [None if v is None else bytes(v) for v in values[i]]
        yield ids, values, wkbs


def decode_rows(ids, values, wkbs, kinds: list, spatial: bool, used: str) -> dict:
    """Rows of ``feature_rows`` as columns (shaped as ``_read_columns`` gives them), text decoded with ``used``."""
    import numpy as np
    import shapely

    codec = used or "utf-8"
    columns = {"fid": [np.array(ids, dtype="int64")],
               "geometry": [shapely.from_wkb(np.array(wkbs, dtype=object))] if spatial else []}
    for i, kind in enumerate(kinds):
        column = values[i]
        if kind == "string":
            decoded = {v: v.decode(codec, "replace") for v in set(column) - {None}}
            decoded[None] = None
            column = [decoded[v] for v in column]
        columns[i] = [_column_from_values(kind, column)]
    return columns


#: Feature getter per Table Schema type in the safe reader (strings as raw bytes).
_GETTERS = {"string": "GetFieldAsBinary", "integer": "GetFieldAsInteger64", "boolean": "GetFieldAsInteger",
            "number": "GetFieldAsDouble", "date": "GetFieldAsDateTime", "datetime": "GetFieldAsDateTime",
            "time": "GetFieldAsString"}


def _feature_function(name: str):
    """``ogr.Feature.<name>`` as the bindings' C function when there is one: called per field and
    feature, skipping the Python wrapper halves the loop's time."""
    from osgeo import ogr

    try:
        from osgeo import _ogr

        return getattr(_ogr, f"Feature_{name}")
    except (ImportError, AttributeError):  # e.g. GetField, written in Python
        return getattr(ogr.Feature, name)


def _column_from_values(kind: str, values: list):
    """(data, mask) from Python values (None for null), shaped as one Arrow batch column."""
    import numpy as np

    mask = np.fromiter((v is None for v in values), dtype=bool, count=len(values))
    if kind in ("integer", "boolean"):
        return np.array([0 if v is None else v for v in values], dtype="int64"), mask
    if kind == "number":
        return np.array([np.nan if v is None else v for v in values], dtype="float64"), mask
    if kind in ("date", "datetime"):
        stamps = _timestamps(values, mask)
        return stamps, mask | np.isnat(stamps)
    data = np.empty(len(values), dtype=object)
    for i, value in enumerate(values):  # element by element: a list value must stay one cell
        data[i] = value
    return data, mask


def _timestamps(values: list, mask):
    """OGR's [year, month, day, hour, minute, second, tz flag] lists -> datetime64[ms] (NaT for null or
    impossible dates), computed column-wise."""
    import numpy as np
    import pandas as pd

    if not values:
        return np.array([], dtype="datetime64[ms]")
    epoch = [1970, 1, 1, 0, 0, 0.0, 0]
    parts = np.array([epoch if v is None else v for v in values], dtype="float64")
    seconds = np.floor(parts[:, 5])
    stamps = pd.to_datetime(pd.DataFrame({
        "year": parts[:, 0], "month": parts[:, 1], "day": parts[:, 2], "hour": parts[:, 3],
        "minute": parts[:, 4], "second": seconds, "ms": np.round((parts[:, 5] - seconds) * 1000)}),
        errors="coerce").to_numpy(dtype="datetime64[ms]")
    stamps[mask] = np.datetime64("NaT")
    return stamps


def _area_of_use(srs) -> Optional[tuple]:
    """The CRS's area of use in WGS84 degrees (west, south, east, north), None when unknown."""
    area = srs.GetAreaOfUse() if srs is not None and hasattr(srs, "GetAreaOfUse") else None
    if area is None:
        return None
    return (area.west_lon_degree, area.south_lat_degree, area.east_lon_degree, area.north_lat_degree)


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
        if len(arrays[0]) == 0:  # an empty layer's only batch; on a read error GDAL 3.6 repeats it forever
            break
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
    xy = _wkb_point_coordinates(data)
    return None if xy is None else points_from_xy(xy)


def point_coordinates(values):
    """(n, 2) coordinates of a WKB column of one Arrow batch when it holds only little-endian 2D points
    (no null), else None: bounds and validity of points are then read without a shapely object each."""
    import numpy as np

    data, mask = np.ma.getdata(values), np.ma.getmaskarray(values)
    if data.dtype.kind != "V" or data.dtype.itemsize != 21 or mask.any():
        return None
    return _wkb_point_coordinates(data)


def _wkb_point_coordinates(data):
    import numpy as np

    raw = data.view(np.uint8).reshape(len(data), 21)
    if len(raw) == 0 or not ((raw[:, 0] == 1).all() and (raw[:, 1:5].view("<u4")[:, 0] == 1).all()):
        return None
    return raw[:, 5:21].copy().view("<f8")


def points_from_xy(xy):
    """Shapely points from (n, 2) coordinates; NaN NaN is an empty point (WKB has no other way to say it)."""
    import numpy as np
    import shapely

    points = shapely.points(xy[:, 0], xy[:, 1])
    empty = np.isnan(xy[:, 0]) & np.isnan(xy[:, 1])
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
