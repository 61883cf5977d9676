"""A PostGIS table checked where it lives: the database answers what it does better, the rest streams.

PostgreSQL counts null, empty and invalid geometries (``ST_IsEmpty``, ``ST_IsValid``), compares
every feature's box with the CRS's area and the territory, and gives each column's distinct
values with their counts (a vocabulary or a Table Schema enum is judged once per value, and the
features of an offending value are then asked for by value) in a scan or two, without sending
the features over. The personal-data guard gets the rows at the sample positions, in key order.
What only Python can judge on every row (a column with too many distinct values to send them
grouped, e.g. an identifier declared unique) streams in batches with ``COPY``, in key order.

Findings are the same as for the same data in a file: feature ids are the table's integer
primary key (the ids QGIS shows), features come in key order (a GeoPackage's fid order), values
are converted to the types ``read_ogr`` gives, and Python judges every value. Needs psycopg2
(Debian's ``python3-psycopg2``).

>>> stream = PgStream(lambda: psycopg2.connect(dsn), "parcelles", geometry="geom")
>>> findings = check_layer(record, stream, context)
"""
from __future__ import annotations

import os
import threading
from typing import Callable, Optional

from . import layerdata, layerstream
from .errors import PasserelleError
from .findings import MAX_FEATURE_IDS, Tally

#: Distinct values of a column the database hands over grouped, at most; a column with more streams.
DISTINCT_LIMIT = 50_000
#: Rows whose distinct values are counted to tell, cheaply, whether grouping a column is worth it.
PROBE_ROWS = 20_000
#: What COPY writes for NULL: text no layer holds (it cannot be told from a value that reads the same).
NULL_MARK = "\x01\x02NULL\x02\x01"

#: PostgreSQL types as Table Schema types (``LayerInfo.field_types``), as GDAL reads them from a file.
TYPES = {"smallint": "integer", "integer": "integer", "bigint": "integer", "boolean": "boolean",
         "real": "number", "double precision": "number", "numeric": "number", "text": "string",
         "character varying": "string", "character": "string", "uuid": "string", "citext": "string",
         "name": "string", "date": "date", "timestamp without time zone": "datetime",
         "timestamp with time zone": "datetime", "time without time zone": "time"}
_INTEGER_KEYS = ("smallint", "integer", "bigint")
#: geometry_columns types as GDAL names flat geometry types (``LayerInfo.geometry_type``).
_GEOMETRY_NAMES = {"POINT": "Point", "LINESTRING": "LineString", "POLYGON": "Polygon", "MULTIPOINT": "MultiPoint",
                   "MULTILINESTRING": "MultiLineString", "MULTIPOLYGON": "MultiPolygon",
                   "GEOMETRYCOLLECTION": "GeometryCollection", "GEOMETRY": "Geometry"}


class NotPushable(PasserelleError):
    """The table cannot be checked in the database (no integer key, a query layer…): stream it otherwise."""

    def __init__(self, why: str):
        super().__init__(f"Table non vérifiable dans la base : {why}", f"Table not checkable in the database: {why}",
                         code="postgis.not-pushable")


class PgStream(layerstream.LayerStream):
    """A PostGIS table (or view) with a single integer key, read and questioned through psycopg2.

    ``connect`` opens a psycopg2 connection (its credentials stay with the caller); ``where`` is the
    layer's filter in PostgreSQL's SQL (QGIS's subset string); ``key`` the integer key QGIS uses as
    feature id (found from the primary key when None). All questions are asked in one read-only
    transaction: counts, sample and streamed rows see the same data."""

    def __init__(self, connect: Callable, table: str, schema: str = "public", geometry: Optional[str] = None,
                 key: Optional[str] = None, where: str = "", name: Optional[str] = None,
                 batch_size: Optional[int] = None):
        self.batch_size = batch_size or layerdata.BATCH_SIZE
        self.connection = connect()
        try:
            self._describe(table, schema, geometry, key, where, name)
        except BaseException:
            self.close()
            raise

    def _describe(self, table, schema, geometry, key, where, name) -> None:
        from psycopg2 import sql

        self.connection.set_session(isolation_level="REPEATABLE READ", readonly=True, autocommit=False)
        self.connection.set_client_encoding("UTF8")  # whatever the database's encoding, text comes as UTF-8
        # UTC: timestamps read as the file reader reads them. No JIT: PostGIS functions cost so much to the
        # planner that it compiles every query, which takes longer than running it.
        self._run("SET LOCAL TIME ZONE 'UTC'; SET LOCAL jit = off")
        self.relation = sql.Identifier(schema, table)
        # The filter is SQL text of the layer's; every query is formatted, so its % signs (LIKE 'a%') are doubled.
        self.filter = sql.SQL("({})".format(where.replace("%", "%%"))) if where.strip() else None
        self.where = sql.SQL("WHERE {}").format(self.filter) if self.filter is not None else sql.SQL("")
        columns = self._run(
            "SELECT a.attname, format_type(a.atttypid, a.atttypmod), t.typname FROM pg_attribute a "
            "JOIN pg_type t ON t.oid = a.atttypid WHERE a.attrelid = %s::regclass AND a.attnum > 0 "
            "AND NOT a.attisdropped ORDER BY a.attnum", (self.relation.as_string(self.connection),))
        if not columns:
            raise NotPushable(f"{schema}.{table} has no column")
        types = {name: (declared, base) for name, declared, base in columns}
        self.key = key or self._primary_key()
        if self.key not in types or _base_type(types[self.key][0]) not in _INTEGER_KEYS:
            raise NotPushable(f"key {self.key!r} of {schema}.{table} is not a single integer column")
        self.geometry = geometry
        if geometry is not None and (geometry not in types or types[geometry][1] != "geometry"):
            raise NotPushable(f"{geometry!r} is not a geometry column of {schema}.{table}")
        self.types = {name: declared for name, (declared, _base) in types.items()
                      if name not in (self.key, geometry)}
        field_types = {name: TYPES.get(_base_type(declared), "any") for name, declared in self.types.items()}
        count = self._run(sql.SQL("SELECT count(*) FROM {} {}").format(self.relation, self.where))[0][0]
        crs, area, kind = self._geometry_column(schema, table) if geometry else ("", None, "")
        self.info = layerstream.LayerInfo(name=name or table, field_types=field_types, spatial=geometry is not None,
                                          crs=crs, crs_area=area, geometry_type=kind, count=count)

    # --- what the table is -------------------------------------------------------------------------
    def _run(self, query, parameters=None) -> list:
        with self.connection.cursor() as cursor:
            cursor.execute(query, parameters if parameters is not None else ())
            return cursor.fetchall() if cursor.description else []

    def _copy_query(self, query, parameters=()) -> str:
        """A COPY statement as text, formatted as ``_run`` formats queries (copy_expert takes no parameters)."""
        with self.connection.cursor() as cursor:
            return cursor.mogrify(query, parameters).decode("utf-8")

    def _primary_key(self) -> str:
        keys = self._run("SELECT a.attname FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid "
                         "AND a.attnum = ANY(i.indkey) WHERE i.indrelid = %s::regclass AND i.indisprimary",
                         (self.relation.as_string(self.connection),))
        if len(keys) != 1:
            raise NotPushable("no single-column primary key")
        return keys[0][0]

    def _geometry_column(self, schema, table) -> tuple:
        rows = self._run("SELECT type, srid FROM geometry_columns WHERE f_table_schema = %s AND f_table_name = %s "
                         "AND f_geometry_column = %s", (schema, table, self.geometry))
        kind, srid = rows[0] if rows else ("GEOMETRY", 0)
        flat = kind.upper().rstrip("M").removesuffix("Z") if kind else "GEOMETRY"
        return (*_crs(srid), _GEOMETRY_NAMES.get(flat, "Geometry"))

    def close(self) -> None:
        if not self.connection.closed:
            self.connection.rollback()
            self.connection.close()

    # --- reading -----------------------------------------------------------------------------------
    def feed(self, scanners: list) -> None:
        """Ask the database what it answers; stream only the columns the other questions still need."""
        import psycopg2

        try:
            self._feed(scanners)
        except psycopg2.Error as error:
            detail = next(iter((error.pgerror or str(error)).strip().splitlines()), "")  # the server's words
            raise PasserelleError(
                f"La lecture de la table « {self.info.name} » dans PostgreSQL a échoué ({detail}) : vérifiez la "
                "connexion et vos droits de lecture sur la table, puis relancez la vérification.",
                f"Reading table '{self.info.name}' in PostgreSQL failed ({detail}): check the connection and your "
                "read rights on the table, then run the check again.", code="layer.unreadable") from error

    def _feed(self, scanners: list) -> None:
        reading = [s for s in scanners if s.reads_data]
        database = Database(self, validity=any(getattr(s, "validity", False) for s in reading))
        rest = [s for s in reading if not (hasattr(s, "ask_database") and s.ask_database(database))]
        wanted = [s.columns for s in rest]
        # Only the columns still needed travel (the sampler, answered above, would want them all).
        self.read(rest, None if any(c is None for c in wanted) else list(dict.fromkeys(c for cs in wanted for c in cs)))

    def batches(self, columns=None, geometry=True):
        """The table in key order, ``batch_size`` rows at a time, through ``COPY … TO STDOUT (FORMAT csv)``."""
        from psycopg2 import sql

        names = self.info.columns if columns is None else [c for c in columns if c in self.types]
        geometry = geometry and self.geometry is not None
        selected = [sql.Identifier(self.key)] + [sql.Identifier(n) for n in names]
        if geometry:
            selected.append(sql.SQL("encode(ST_AsBinary({}), 'hex')").format(sql.Identifier(self.geometry)))
        query = self._copy_query(sql.SQL(
            "COPY (SELECT {} FROM {} {} ORDER BY {}) TO STDOUT WITH (FORMAT csv, NULL {})").format(
            sql.SQL(", ").join(selected), self.relation, self.where, sql.Identifier(self.key), sql.Literal(NULL_MARK)))
        start = 0
        for frame in _copy_frames(self.connection, query, len(selected), self.batch_size):
            ids = frame[0].to_numpy(dtype="int64")
            columns_ = {name: layerstream.Column(self.info.field_types[name],
                                                 _text_column(self.info.field_types[name], frame[1 + i]),
                                                 converted=True)
                        for i, name in enumerate(names)}
            shapes = None
            if geometry:
                wkbs = frame[len(selected) - 1]
                shapes = _shapes(wkbs.where(wkbs.notna(), None).to_numpy(dtype=object))
            yield layerstream.Batch(start, ids, columns_, geometry=shapes, spatial=geometry)
            start += len(ids)

    # --- questions the database answers ------------------------------------------------------------
    def conditions(self, condition) -> list:
        """The layer's filter (if any) and ``condition``, to be joined by AND."""
        from psycopg2 import sql

        return [c for c in (self.filter, sql.SQL("({})").format(condition)) if c is not None]

    def rows(self, names: list, condition, parameters=(), limit: Optional[int] = None, geometry: bool = False):
        """(ids, {name: values converted as the file reader gives them}, geometries) of the rows meeting
        ``condition`` (SQL), in key order."""
        from psycopg2 import sql

        selected = [sql.Identifier(self.key)] + [sql.Identifier(n) for n in names]
        if geometry:
            selected.append(sql.SQL("ST_AsBinary({})").format(sql.Identifier(self.geometry)))
        query = sql.SQL("SELECT {} FROM {} WHERE {} ORDER BY {}{}").format(
            sql.SQL(", ").join(selected), self.relation, sql.SQL(" AND ").join(self.conditions(condition)),
            sql.Identifier(self.key), sql.SQL(f" LIMIT {int(limit)}" if limit is not None else ""))
        found = self._run(query, parameters)
        ids = [row[0] for row in found]
        values = {name: python_column(self.info.field_types[name], [row[1 + i] for row in found])
                  for i, name in enumerate(names)}
        shapes = _shapes([None if row[-1] is None else bytes(row[-1]) for row in found]) if geometry else None
        return ids, values, shapes


class Database:
    """The questions checks ask a PostGIS table (see the scanners' ``ask_database``), answered in SQL.

    The geometry questions share one scan of the table, made when the first of them is asked."""

    def __init__(self, stream: PgStream, validity: bool):
        self.stream, self.validity = stream, validity
        self._summary = None

    # --- geometries --------------------------------------------------------------------------------
    def _conditions(self):
        from psycopg2 import sql

        g = sql.Identifier(self.stream.geometry)
        located = sql.SQL("({g} IS NOT NULL AND NOT ST_IsEmpty({g}))").format(g=g)
        return {
            "empty": sql.SQL("({g} IS NULL OR ST_IsEmpty({g}))").format(g=g),
            "located": located,
            "invalid": sql.SQL("({} AND NOT ST_IsValid({}))").format(located, g),
        }

    def _outside(self, box):
        from psycopg2 import sql

        g = sql.Identifier(self.stream.geometry)
        west, south, east, north = (sql.Literal(float(v)) for v in box)
        return sql.SQL("({located} AND NOT (ST_XMax({g}) >= {w} AND ST_XMin({g}) <= {e} AND ST_YMax({g}) >= {s} "
                       "AND ST_YMin({g}) <= {n}))").format(located=self._conditions()["located"], g=g, w=west,
                                                          e=east, s=south, n=north)

    def summary(self) -> dict:
        """Null or empty, located and (when asked) invalid geometries, and the exact extent, in one scan."""
        from psycopg2 import sql

        if self._summary is None:
            g = sql.Identifier(self.stream.geometry)
            conditions = self._conditions()
            counted = {"empty": conditions["empty"], "located": conditions["located"]}
            if self.validity:
                counted["invalid"] = conditions["invalid"]
            parts = [sql.SQL("count(*) FILTER (WHERE {})").format(c) for c in counted.values()]
            # ST_3DExtent computes each box from the coordinates (exact), unlike ST_Extent's rounded cache.
            row = self.stream._run(sql.SQL(
                "SELECT s.*, ST_XMin(e), ST_YMin(e), ST_XMax(e), ST_YMax(e) FROM (SELECT {}, ST_3DExtent({}) AS e "
                "FROM {} {}) s").format(sql.SQL(", ").join(parts), g, self.stream.relation, self.stream.where))[0]
            self._summary = dict(zip(counted, row))
            self._summary["total"] = [float("nan") if v is None else float(v) for v in row[-4:]]
        return self._summary

    def _ids(self, condition, count: int, tally: Tally) -> Tally:
        if count:
            ids, _values, _shapes = self.stream.rows([], condition, limit=tally.cap)
            tally.add(ids, count=count)
        return tally

    def geometry_problems(self, reasons: int):
        """(null or empty, invalid) geometries as Tallies; the invalid ones quote GEOS's reason for the first few."""
        import shapely

        summary, conditions = self.summary(), self._conditions()
        empty = self._ids(conditions["empty"], summary["empty"], Tally())
        invalid = Tally()
        if summary.get("invalid"):
            ids, _values, _shapes = self.stream.rows([], conditions["invalid"], limit=invalid.cap)
            _first, _values, shapes = self.stream.rows([], conditions["invalid"], limit=reasons, geometry=True)
            invalid.add(ids, shapely.is_valid_reason(shapes).tolist(), count=summary["invalid"])
        return empty, invalid

    def outside(self, box):
        """(features with a geometry, their total bounds, a Tally of those lying wholly outside ``box``)."""
        from psycopg2 import sql

        summary = self.summary()
        located, total = summary["located"], summary["total"]
        west, south, east, north = box
        if not located or (total[0] >= west and total[1] >= south and total[2] <= east and total[3] <= north):
            return located, total, Tally()  # the usual case: every feature within, no feature looked at
        count = self.stream._run(sql.SQL("SELECT count(*) FROM {} WHERE {}").format(
            self.stream.relation, sql.SQL(" AND ").join(self.stream.conditions(self._outside(box)))))[0][0]
        return located, total, self._ids(self._outside(box), count, Tally())

    # --- values ------------------------------------------------------------------------------------
    def sample(self, positions, geometry: bool):
        """The rows at ``positions`` (in key order; all rows when None) as a DataFrame, with their geometries."""
        import pandas as pd
        from psycopg2 import sql

        stream = self.stream
        names = stream.info.columns
        key = sql.Identifier(stream.key)
        if positions is None:
            condition, parameters = sql.SQL("TRUE"), ()
        else:
            low, high = stream._run(sql.SQL("SELECT min({}), max({}) FROM {} {}").format(
                key, key, stream.relation, stream.where))[0]
            if low is not None and high - low + 1 == stream.info.count:  # keys 1..n, as most tables have: no scan
                keys = [int(low + p) for p in positions]
            else:
                keys = [k for (k,) in stream._run(sql.SQL(
                    "SELECT {key} FROM (SELECT {key}, row_number() OVER (ORDER BY {key}) - 1 AS position FROM {t} {w}) "
                    "ranked JOIN unnest(%s::bigint[]) AS picked(position) USING (position)").format(
                    key=key, t=stream.relation, w=stream.where), ([int(p) for p in positions],))]
            condition, parameters = sql.SQL("{} = ANY(%s)").format(key), (keys,)
        ids, values, shapes = stream.rows(names, condition, parameters,
                                          geometry=geometry and stream.geometry is not None)
        frame = pd.DataFrame(values, index=pd.Index(ids, dtype="int64", name="fid"))
        return frame, shapes

    def distinct(self, column: str):
        """[(value as PostgreSQL gives it, count)] of a column, or None when it holds too many distinct values."""
        from psycopg2 import sql

        stream, name = self.stream, sql.Identifier(column)
        probe = stream._run(sql.SQL("SELECT count(DISTINCT {c}) FROM (SELECT {c} FROM {t} {w} LIMIT {n}) s").format(
            c=name, t=stream.relation, w=stream.where, n=sql.Literal(PROBE_ROWS)))[0][0]
        if probe > PROBE_ROWS // 2:
            return None  # an identifier or free text: grouping would send about as much as streaming
        found = stream._run(sql.SQL("SELECT {c}, count(*) FROM {t} {w} GROUP BY {c} LIMIT {n}").format(
            c=name, t=stream.relation, w=stream.where, n=sql.Literal(DISTINCT_LIMIT + 1)))
        return None if len(found) > DISTINCT_LIMIT else found

    def missing(self, column: str, missing_values: list) -> tuple:
        """(raw values that count as missing, how many features hold one): NULL and, for text, ``missing_values``."""
        from psycopg2 import sql

        missing = [None] + (list(missing_values) if self.stream.info.field_types[column] == "string" else [])
        condition = self._holding(column, missing)[0]
        count = self.stream._run(sql.SQL("SELECT count(*) FROM {} WHERE {}").format(
            self.stream.relation, sql.SQL(" AND ").join(self.stream.conditions(condition))),
            self._holding(column, missing)[1])[0][0]
        return missing, count

    def repeated(self, column: str, missing_values: list) -> Optional[list]:
        """[(value, count)] of the values held by more than one feature, for a text or integer column whose
        values compare in the database as Python compares them; None for another column. PostgreSQL hashes
        every value and sends only the 64-bit hashes (binary COPY); the repeated ones are then checked."""
        import numpy as np
        from psycopg2 import sql

        stream = self.stream
        kind = stream.info.field_types[column]
        if kind not in ("string", "integer"):
            return None
        name = sql.Identifier(column)
        excluded = [v for v in missing_values] if kind == "string" else []
        present = sql.SQL("{} IS NOT NULL").format(name) if not excluded else \
            sql.SQL("{} IS NOT NULL AND NOT ({} = ANY(%s))").format(name, name)
        parameters = [excluded] if excluded else []
        hashed = sql.SQL("hashtextextended({}::text, 0)").format(name)
        copy = sql.SQL("COPY (SELECT {} FROM {} WHERE {}) TO STDOUT (FORMAT binary)").format(
            hashed, stream.relation, sql.SQL(" AND ").join(stream.conditions(present)))
        sink = _HashSink()
        with stream.connection.cursor() as cursor:
            cursor.copy_expert(stream._copy_query(copy, parameters), sink)
        hashes = sink.result()
        hashes.sort()
        twice = np.unique(hashes[1:][hashes[1:] == hashes[:-1]])
        if not len(twice):
            return []
        return stream._run(sql.SQL("SELECT {c}, count(*) FROM {t} WHERE {w} GROUP BY {c} HAVING count(*) > 1").format(
            c=name, t=stream.relation, w=sql.SQL(" AND ").join(stream.conditions(
                sql.SQL("{} = ANY(%s)").format(hashed)))), [[int(h) for h in twice.astype("int64")]])

    def _holding(self, column: str, values: list):
        """(SQL condition, parameters): ``column`` holds one of ``values`` (None: NULL)."""
        from psycopg2 import sql

        name = sql.Identifier(column)
        present = [v for v in values if v is not None]
        parts, parameters = [], []
        if present:
            parts.append(sql.SQL("{} = ANY(%s::{}[])").format(name, sql.SQL(self.stream.types[column])))
            parameters.append(present)
        if len(present) < len(values):
            parts.append(sql.SQL("{} IS NULL").format(name))
        return sql.SQL(" OR ").join(parts), parameters

    def features_with(self, column: str, values: list, tally: Tally, count: int) -> None:
        """Add to ``tally`` the features whose ``column`` holds one of ``values`` (None: null), with the values."""
        import pandas as pd

        condition, parameters = self._holding(column, values)
        ids, found, _shapes = self.stream.rows([column], condition, parameters, limit=tally.cap)
        tally.add(ids, pd.Series(found[column]), count=count)  # values quoted as a batch's Series gives them

    def as_column(self, column: str, values: list):
        """PostgreSQL values of ``column`` as a Series (indexed 0..n-1) converted as a batch's would be."""
        import pandas as pd

        return pd.Series(python_column(self.stream.info.field_types[column], values))


# --- conversions: PostgreSQL values -> columns as read_ogr gives them ------------------------------

def python_column(kind: str, values: list):
    """Values from psycopg2 (None for NULL) as the column ``read_ogr`` gives for a field of ``kind``."""
    import numpy as np
    import pandas as pd

    mask = np.fromiter((v is None for v in values), dtype=bool, count=len(values))
    if kind in ("integer", "boolean"):
        data = np.array([0 if v is None else int(v) for v in values], dtype="int64")
    elif kind == "number":
        data = np.array([np.nan if v is None else float(v) for v in values], dtype="float64")
    elif kind in ("date", "datetime"):
        stamps = pd.to_datetime(pd.Series([None if v is None else pd.Timestamp(v) for v in values], dtype=object),
                                utc=True, errors="coerce")
        data = stamps.dt.tz_convert(None).to_numpy(dtype="datetime64[ms]")
    else:
        data = np.empty(len(values), dtype=object)
        for i, value in enumerate(values):
            data[i] = None if value is None else value if kind == "any" else str(value)
    return layerdata._column(data, mask, kind)


def _text_column(kind: str, text):
    """A column of COPY's CSV text (a pandas Series of str, NaN for NULL) as ``read_ogr`` gives it."""
    import pandas as pd

    mask = text.isna().to_numpy()
    if kind == "string" or kind == "time" or kind == "any":
        data = text.to_numpy(dtype=object)
        data[mask] = None
        return data
    filled = text.where(~mask, "0" if kind != "date" and kind != "datetime" else None)
    if kind == "integer":
        data = filled.to_numpy(dtype=object).astype("int64")
    elif kind == "boolean":
        data = (filled == "t").to_numpy(dtype="int64")
    elif kind == "number":
        data = filled.to_numpy(dtype=object).astype("float64")  # Python's float() reads NaN and Infinity
    else:
        stamps = pd.to_datetime(filled, utc=True, errors="coerce", format="ISO8601")
        data = stamps.dt.tz_convert(None).to_numpy(dtype="datetime64[ms]")
    return layerdata._column(data, mask, kind)


def _shapes(wkbs):
    """Shapely geometries from WKB (bytes, or hexadecimal text from COPY; None for a null geometry)."""
    import numpy as np
    import shapely

    return shapely.from_wkb(np.asarray(wkbs, dtype=object))


class _HashSink:
    """Where a binary ``COPY`` of one non-null int8 column writes (a row per call): gathered, then kept as
    a numpy array, 8 bytes a row."""

    HEADER, ROW = 19, 14  # signature, flags and extension length; field count (2), length (4), value (8)
    CHUNK = 1 << 22

    def __init__(self):
        import numpy as np

        self.parts, self.buffer, self.started = [], bytearray(), False
        self.row = np.dtype([("fields", ">i2"), ("length", ">i4"), ("value", ">i8")])

    def write(self, data) -> None:
        self.buffer += data
        if len(self.buffer) >= self.CHUNK:
            self._convert()

    def _convert(self) -> None:
        import numpy as np

        if not self.started:
            if len(self.buffer) < self.HEADER:
                return
            del self.buffer[:self.HEADER]
            self.started = True
        whole = len(self.buffer) // self.ROW * self.ROW
        if whole:
            rows = np.frombuffer(bytes(self.buffer[:whole]), dtype=self.row)
            self.parts.append(rows["value"].astype("int64").view("uint64"))
            del self.buffer[:whole]

    def result(self):
        import numpy as np

        self._convert()  # what is left then is the trailer (-1, two bytes)
        return np.concatenate(self.parts) if self.parts else np.array([], dtype="uint64")


def _copy_frames(connection, query: str, width: int, size: int):
    """CSV rows of a ``COPY … TO STDOUT`` as DataFrames of ``size`` rows (columns 0..width-1, text):
    psycopg2 writes into a pipe from a thread while pandas parses from the other end."""
    import pandas as pd

    import pandas.errors

    read_end, write_end = os.pipe()
    failure: list = []

    def copy():
        with os.fdopen(write_end, "wb") as sink:
            try:
                with connection.cursor() as cursor:
                    cursor.copy_expert(query, sink)
            except BaseException as error:  # a closed pipe (the reader gave up) or a database error
                failure.append(error)

    writer = threading.Thread(target=copy, name="passerelle-copy", daemon=True)
    writer.start()
    with os.fdopen(read_end, "rb") as source:
        try:
            try:
                reader = pd.read_csv(source, header=None, names=list(range(width)), dtype=object, chunksize=size,
                                     na_values=[NULL_MARK], keep_default_na=False, encoding="utf-8")
            except pandas.errors.EmptyDataError:  # no row (or the query failed: said below)
                reader = ()
            for frame in reader:
                if len(frame):  # with column names given, an empty result still comes as one empty frame
                    yield frame
        finally:
            source.close()
            writer.join()
    if failure and not isinstance(failure[0], BrokenPipeError):
        raise failure[0]


def _base_type(declared: str) -> str:
    """'character varying(80)' -> 'character varying'; 'numeric(10,2)' -> 'numeric'."""
    return declared.split("(")[0].split("[")[0].strip()


def _crs(srid: int) -> tuple:
    """("EPSG:2154", area of use) of an SRID, as the file reader names a CRS; ("", None) for none."""
    if not srid:
        return "", None
    from osgeo import osr

    srs = osr.SpatialReference()
    if srs.ImportFromEPSG(int(srid)) != 0:
        return f"EPSG:{srid}", None
    crs = layerdata._authority_id(srs)
    return crs, layerdata._area_of_use(srs) if crs else None


__all__ = ["DISTINCT_LIMIT", "MAX_FEATURE_IDS", "Database", "NotPushable", "PgStream", "python_column"]
