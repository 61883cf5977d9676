"""A layer read batch after batch, so checks take memory in proportion to a batch, not to the layer.

A :class:`LayerStream` says what the layer is (:class:`LayerInfo`: columns and their types, CRS,
feature count) before reading it, then hands out :class:`Batch` es in layer order. A batch
converts only what is asked of it: a column in full when a check reads it all, a few rows when
the personal-data guard samples them, geometries as coordinates when a layer of 2D points lets
bounds and validity be read without making a shapely object per feature.

Streams: :class:`DataStream` (a :class:`~.layerdata.LayerData` already in memory, one batch),
:class:`OgrStream` (a file, with the same readers and encoding rules as
:func:`~.layerdata.read_ogr`), and the PostGIS stream of :mod:`.pgstream`.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterator, Optional

from . import layerdata
from .errors import LayerDamagedError, PasserelleError


@dataclass
class LayerInfo:
    """What a layer is, known before its features are read (the encoding once they are)."""

    name: str
    field_types: dict = field(default_factory=dict)  # column -> Table Schema type, in layer order
    spatial: bool = False
    crs: str = ""
    crs_area: Optional[tuple] = None
    geometry_type: str = ""
    count: int = 0  # features in the layer (after its filter)
    encoding: str = ""  # as LayerData.encoding: known once the stream has been read
    declared_encoding: str = ""

    @property
    def columns(self) -> list:
        return list(self.field_types)

    def __len__(self) -> int:
        return self.count


class Restart(Exception):
    """The stream learnt something that changes what it hands out (the text encoding, or that the fast
    reader cannot be trusted on this file): everything read so far must be read again."""


class Column:
    """One attribute column of a batch, converted on demand: in full, or at a few positions only."""

    def __init__(self, kind: str, data, mask=None, converted: bool = False):
        self.kind, self.data, self.mask, self.converted = kind, data, mask, converted

    def values(self, positions=None):
        """The column (numpy or pandas array) as ``LayerData.attributes`` holds it."""
        if self.converted:
            return self.data if positions is None else self.data[positions]
        data, mask = self.data, self.mask
        if positions is not None:
            data, mask = data[positions], mask[positions]
        if self.kind in ("string", "time"):
            data = layerdata._text(data, mask)
        elif self.kind == "any":
            data = layerdata._objects(data, mask)
        return layerdata._column(data, mask, self.kind)


class Batch:
    """Consecutive features of a layer: ``start`` is the position of the first one in the layer.

    ``batch["nom"]`` is a column as a pandas Series indexed by feature id, ``batch[["a", "b"]]`` a
    DataFrame; ``rows(positions)`` every column at a few positions (the personal-data sample)."""

    def __init__(self, start: int, ids, columns: dict, geometry=None, xy=None, spatial: bool = False):
        import numpy as np

        self.start = start
        self.ids = np.asarray(ids, dtype="int64")
        self.columns = columns  # name -> Column
        self._geometry, self.xy = geometry, xy  # shapely array, or (n, 2) coordinates of 2D points
        self.spatial = spatial or geometry is not None or xy is not None
        self._index = None
        self._series: dict = {}
        self._bounds = None

    def __len__(self) -> int:
        return len(self.ids)

    @property
    def index(self):
        import pandas as pd

        if self._index is None:
            self._index = pd.Index(self.ids, dtype="int64", name="fid")
        return self._index

    def __getitem__(self, key):
        import pandas as pd

        if isinstance(key, list):
            return pd.DataFrame({name: self[name] for name in key}, index=self.index)
        series = self._series.get(key)
        if series is None:
            series = pd.Series(self.columns[key].values(), index=self.index, name=key, copy=False)
            self._series[key] = series
        return series

    def rows(self, positions):
        """Every column at ``positions`` (positions in the batch), as a DataFrame indexed by feature id."""
        import pandas as pd

        index = pd.Index(self.ids[positions], dtype="int64", name="fid")
        return pd.DataFrame({name: column.values(positions) for name, column in self.columns.items()},
                            index=index)

    @property
    def geometry(self):
        """The geometries as a shapely array (None for a table), made from coordinates when first asked."""
        if self._geometry is None and self.xy is not None:
            self._geometry = layerdata.points_from_xy(self.xy)
        return self._geometry

    def geometries(self, positions):
        import numpy as np

        if self._geometry is None and self.xy is not None:
            return layerdata.points_from_xy(self.xy[positions])
        return np.asarray(self.geometry, dtype=object)[positions]

    def bounds(self):
        """Each feature's (xmin, ymin, xmax, ymax), NaN for a missing geometry (as LayerData.feature_bounds)."""
        import numpy as np
        import shapely

        if self._bounds is None:
            if self._geometry is None and self.xy is not None:
                self._bounds = np.hstack([self.xy, self.xy])
            else:
                self._bounds = shapely.bounds(np.asarray(self.geometry, dtype=object))
        return self._bounds

    def missing(self):
        """Features without a geometry: null or empty."""
        import numpy as np
        import shapely

        if self._geometry is None and self.xy is not None:  # a point is empty when both its coordinates are NaN
            return np.isnan(self.xy).all(axis=1)
        geometry = np.asarray(self.geometry, dtype=object)
        return shapely.is_missing(geometry) | shapely.is_empty(geometry)

    def invalid(self, missing):
        """Features whose geometry is there but invalid (``missing``: as :meth:`missing` gives it)."""
        import numpy as np
        import shapely

        if self._geometry is None and self.xy is not None:  # GEOS: a point is valid when its coordinates are finite
            return ~missing & ~np.isfinite(self.xy).all(axis=1)
        return ~missing & ~shapely.is_valid(np.asarray(self.geometry, dtype=object))


class LayerStream:
    """A layer read in batches. ``info`` is known at once; :meth:`batches` reads it (again) from the start.

    :meth:`batches` may raise :class:`Restart`: what was read must then be read again from the start
    (:func:`passerelle.catalogue.checks.check_layer` does so)."""

    info: LayerInfo

    def batches(self, columns: Optional[list] = None, geometry: bool = True) -> Iterator[Batch]:
        """Batches in layer order, with ``columns`` (all when None) and geometries when ``geometry``."""
        raise NotImplementedError

    def close(self) -> None:
        """Let go of what the stream holds open (a database connection)."""

    def feed(self, scanners: list) -> None:
        """Give every batch to each scanner that reads data, then a second pass to those that ask."""
        self.read([s for s in scanners if s.reads_data])

    def read(self, scanners: list, columns: Optional[list] = None) -> None:
        """Read the layer for ``scanners`` (``columns``: all when None), then again for those that ask."""
        if not scanners:
            return
        geometry = any(s.geometry for s in scanners)
        for batch in self.batches(columns, geometry):
            for scanner in scanners:
                scanner.add(batch)
        again = [s for s in scanners if s.wants_another_pass()]
        if again:
            columns = list(dict.fromkeys(c for s in again for c in s.columns))
            for batch in self.batches(columns, geometry=False):
                for scanner in again:
                    scanner.add_again(batch)


class DataStream(LayerStream):
    """A LayerData already in memory, as one batch."""

    def __init__(self, data: "layerdata.LayerData"):
        self.data = data
        self.info = LayerInfo(data.name, dict(data.field_types), data.geometry is not None, data.crs,
                              data.crs_area, data.geometry_type, len(data), data.encoding, data.declared_encoding)
        # Columns the types do not list (a DataFrame built by hand) are columns all the same.
        for name in data.attributes.columns:
            self.info.field_types.setdefault(name, "any")
        self.info.field_types = {name: self.info.field_types[name] for name in data.attributes.columns}

    def batches(self, columns=None, geometry=True):
        batch = _FrameBatch(self.data)
        yield batch


class _FrameBatch(Batch):
    """A whole LayerData as a batch: its columns as they are, its bounds computed once for all checks."""

    def __init__(self, data):
        import numpy as np

        super().__init__(0, np.asarray(data.attributes.index, dtype="int64"), {}, geometry=data.geometry)
        self.data = data
        self.columns = {name: None for name in data.attributes.columns}

    @property
    def index(self):
        return self.data.attributes.index

    def __getitem__(self, key):
        return self.data.attributes[key]

    def rows(self, positions):
        return self.data.attributes.iloc[positions]

    def bounds(self):
        return self.data.feature_bounds()


class OgrStream(LayerStream):
    """A GDAL vector layer read in batches, by the readers and encoding rules of ``read_ogr``.

    GeoPackage, FlatGeobuf and GeoJSON come through GDAL's Arrow stream; other sources (Shapefiles…)
    through the feature loop that decodes raw text itself. The loop cannot know a source's text
    encoding before reading it: it decodes as the text read so far says, and restarts in the rare
    file whose first non-ASCII text decodes as UTF-8 and later text does not.

    >>> stream = OgrStream("parcelles.gpkg", batch_size=65536)
    >>> stream.info.count, [len(b) for b in stream.batches()][:2]
    (1000000, [65536, 65536])
    """

    def __init__(self, path: str, layer=None, name: Optional[str] = None, attribute_filter: Optional[str] = None,
                 encoding: Optional[str] = None, batch_size: Optional[int] = None):
        from osgeo import ogr

        self.path = str(path)
        self.batch_size = batch_size or layerdata.BATCH_SIZE
        self.dataset = layerdata.open_dataset(self.path)
        self.source = source = layerdata._pick_layer(self.dataset, layer, self.path)
        if attribute_filter and source.SetAttributeFilter(attribute_filter) != 0:
            raise PasserelleError(f"Filtre attributaire invalide : {attribute_filter}",
                                  f"Invalid attribute filter: {attribute_filter}", code="layer.filter")
        definition = source.GetLayerDefn()
        self.fields = [definition.GetFieldDefn(i) for i in range(definition.GetFieldCount())]
        self.kinds = [layerdata._ogr_type(ogr, f) for f in self.fields]
        spatial = definition.GetGeomFieldCount() > 0
        self.arrow = layerdata._arrow_is_safe(ogr, self.dataset, source, self.fields)
        self.declared = "" if self.arrow else layerdata._declared_encoding(ogr, source, encoding)
        self.raw_names = [f.GetName().encode("utf-8", "surrogateescape") for f in self.fields]
        # What the text read so far says: "" (all ASCII), "utf-8", or a legacy codec (then final).
        self.verdict = "" if self.arrow else layerdata.choose_encoding(self.raw_names, self.declared)
        srs = source.GetSpatialRef() if spatial else None
        crs = layerdata._authority_id(srs)
        with layerdata._gdal_failures() as failures:
            try:
                self.expected = count = source.GetFeatureCount()
                if count < 0:  # a driver that cannot count: count by reading (the sample needs the count)
                    source.ResetReading()
                    count = sum(1 for _ in source)
            except RuntimeError as error:
                failures.append(str(error))
        if failures:
            raise LayerDamagedError(self.path, failures[0])
        self.info = LayerInfo(
            name=name or source.GetName(), field_types=dict(zip(self._names(), self.kinds)), spatial=spatial,
            crs=crs, crs_area=layerdata._area_of_use(srs) if crs else None,
            geometry_type=layerdata._geometry_type_name(ogr, source.GetGeomType()) if spatial else "",
            count=count, declared_encoding=self.declared)

    def _names(self) -> list:
        return [n.decode(self.verdict or "utf-8", "replace") for n in self.raw_names]

    def close(self) -> None:
        self.source = self.dataset = None  # GDAL closes the file

    def batches(self, columns=None, geometry=True):
        with layerdata._gdal_failures() as failures:
            try:
                if self.arrow:
                    read = yield from self._arrow_batches(geometry)
                    if not failures and self.expected >= 0 and read != self.expected:
                        # GDAL 3.6 reads GeoPackages on a worker thread whose errors reach no handler of
                        # ours and end the stream early: a short stream is read again by the feature loop.
                        self._switch_to_feature_loop()
                else:
                    yield from self._feature_batches(geometry)
            except RuntimeError as error:  # GDAL raises instead of reporting when exceptions are enabled
                failures.append(str(error))
        if failures:
            raise LayerDamagedError(self.path, failures[0])
        self.info.encoding = self.verdict if not self.arrow else ""

    def _switch_to_feature_loop(self):
        from osgeo import ogr

        self.arrow = False
        self.declared = layerdata._declared_encoding(ogr, self.source, None)
        self.verdict = layerdata.choose_encoding(self.raw_names, self.declared)
        self.info.declared_encoding = self.declared
        raise Restart()

    def _arrow_batches(self, geometry: bool):
        import numpy as np

        source, kinds, names = self.source, self.kinds, self.info.columns
        spatial = self.info.spatial and geometry
        source.SetIgnoredFields([] if spatial or not self.info.spatial else ["OGR_GEOMETRY"])
        stream = source.GetArrowStreamAsNumPy(["INCLUDE_FID=YES", "GEOMETRY_ENCODING=WKB",
                                               f"MAX_FEATURES_IN_BATCH={self.batch_size}"])
        start = 0
        try:
            for batch in stream:
                arrays = list(batch.values())  # FID first, then fields in layer order, then geometry
                if len(arrays[0]) == 0:  # an empty layer's only batch; on a read error GDAL 3.6 repeats it forever
                    break
                ids = np.ma.getdata(arrays[0]).astype("int64")
                columns = {}
                for i, (name, kind) in enumerate(zip(names, kinds)):
                    values = arrays[1 + i]
                    columns[name] = Column(kind, np.ma.getdata(values), np.ma.getmaskarray(values))
                xy = shapes = None
                if spatial:
                    xy = layerdata.point_coordinates(arrays[1 + len(kinds)])
                    if xy is None:
                        shapes = layerdata._geometries(arrays[1 + len(kinds)])
                yield Batch(start, ids, columns, geometry=shapes, xy=xy, spatial=spatial)
                start += len(ids)
        finally:
            source.SetIgnoredFields([])
        return start

    def _feature_batches(self, geometry: bool):
        spatial = self.info.spatial
        texts = [i for i, kind in enumerate(self.kinds) if kind == "string"]
        start = 0
        for ids, values, wkbs in layerdata.feature_rows(self.source, self.kinds, spatial, self.batch_size):
            before = self.verdict
            self.verdict = _verdict(before, (v for i in texts for v in values[i] if v is not None), self.declared)
            if before == "utf-8" and self.verdict != before:
                self.info.field_types = dict(zip(self._names(), self.kinds))
                raise Restart()  # text read as UTF-8 so far was in another encoding
            decoded = layerdata.decode_rows(ids, values, wkbs, self.kinds, spatial, self.verdict)
            columns = {name: Column(kind, layerdata._column(*decoded[i][0], kind), converted=True)
                       for i, (name, kind) in enumerate(self.info.field_types.items())}
            yield Batch(start, ids, columns, geometry=decoded["geometry"][0] if spatial and geometry else None,
                        spatial=spatial and geometry)
            start += len(ids)


def _verdict(current: str, texts, declared: str) -> str:
    """The encoding verdict after more raw ``texts``, as ``choose_encoding`` would give on all text so far."""
    if current not in ("", "utf-8"):
        return current  # a legacy encoding is final: text that is not UTF-8 stays so
    found = current
    for text in texts:
        if text.isascii():
            continue
        try:
            text.decode("utf-8")
            found = "utf-8"
        except UnicodeDecodeError:
            return declared if declared and declared != "utf-8" else layerdata.FALLBACK_ENCODING
    return found
