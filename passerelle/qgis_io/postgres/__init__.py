"""PostgreSQL/PostGIS tables: where they are, and the database they live in.

A PostGIS table is the unit a GIS team shares: each agent opens it from their own project, under a name
of their own. Passerelle knows it by the database and the table (:func:`data_key`), never by a project's
layer id, so its record (:mod:`.records`) and its publications are the same for everyone.

Talking to the database goes through QGIS's own connection API (``QgsAbstractDatabaseProviderConnection``
made from the layer's source), so the credentials are the layer's: its QGIS authentication
configuration, its ``pg_service``, or whatever libpq finds. No password is ever written by Passerelle:
:meth:`TableSource.safe_uri` is the source without it.

>>> source = table_source(layer)                  # None unless a PostGIS table
>>> source.schema, source.table
('cadastre', 'parcelles')
>>> data_key(source)
'postgres:7315178818279704738:sig/cadastre.parcelles'
"""
from __future__ import annotations

import json
import logging
import math
import re
import threading
import uuid
from dataclasses import dataclass
from typing import Optional

from ...catalogue.errors import PasserelleError

log = logging.getLogger("passerelle.postgres")

#: What :func:`reopen_source` strings start with (the registry keeps them to reopen a table for ``resume``).
SOURCE_PREFIX = "postgres:"
#: Namespace of the identifiers Passerelle gives tables nobody documented yet (stable for a table).
IDENTIFIER_NAMESPACE = uuid.UUID("5d0f3a7e-7b1c-4c1a-9d53-0c4f2a6e8b11")


class DatabaseError(PasserelleError):
    """The database refused or failed a request; the message says what the server said (never the SQL)."""

    code = "record.database"


@dataclass(frozen=True)
class TableSource:
    """A PostGIS table as a layer's source names it (``uri`` may hold a password: never write it anywhere)."""

    uri: str
    schema: str
    table: str
    database: str = ""
    host: str = ""
    port: str = ""
    service: str = ""
    authcfg: str = ""
    username: str = ""
    has_password: bool = False
    geometry_column: str = ""
    key_column: str = ""
    sql: str = ""

    @property
    def qualified(self) -> str:
        """``"schema"."table"`` as SQL writes it."""
        return f"{ident(self.schema)}.{ident(self.table)}"

    @property
    def label(self) -> str:
        """``schema.table`` for messages."""
        return f"{self.schema}.{self.table}"

    def safe_uri(self) -> str:
        """The layer's source without its password (what a project, a registry or a log may hold)."""
        from qgis.core import QgsDataSourceUri

        uri = QgsDataSourceUri(self.uri)
        uri.setPassword("")
        return uri.uri(False)

    def public(self) -> dict:
        """What a publication target may know of the table (no password; whether one is needed)."""
        return {"provider": "postgres", "uri": self.safe_uri(), "schema": self.schema, "table": self.table,
                "database": self.database, "host": self.host, "port": self.port, "service": self.service,
                "authcfg": self.authcfg, "username": self.username, "password_in_source": self.has_password,
                "geometry_column": self.geometry_column, "key_column": self.key_column, "sql": self.sql}


def table_source(layer) -> Optional[TableSource]:
    """The PostGIS table a layer shows, or None (another provider, or a query rather than a table)."""
    from qgis.core import QgsDataSourceUri, QgsVectorLayer

    if not isinstance(layer, QgsVectorLayer) or layer.providerType() != "postgres":
        return None
    uri = QgsDataSourceUri(layer.source())
    if not uri.table() or uri.table().lstrip().startswith("("):
        return None
    return TableSource(uri=layer.source(), schema=uri.schema() or "public", table=uri.table(),
                       database=uri.database(), host=uri.host(), port=uri.port(), service=uri.service(),
                       authcfg=uri.authConfigId(), username=uri.username(), has_password=bool(uri.password()),
                       geometry_column=uri.geometryColumn(), key_column=uri.keyColumn(), sql=uri.sql())


# --- the database ---------------------------------------------------------------------------------

class Database:
    """One PostgreSQL database, reached with a layer's own credentials through QGIS.

    Every call is one round trip. Several statements sent in one :meth:`execute` run in one transaction
    (all or nothing); no explicit ``BEGIN`` ever reaches the pooled connection QGIS shares.
    """

    def __init__(self, source: TableSource):
        self.source = source
        self._connection = None

    def _connect(self):
        if self._connection is None:
            from qgis.core import QgsProviderRegistry

            metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
            try:
                self._connection = metadata.createConnection(self.source.uri, {})
            except Exception as exc:  # noqa: BLE001 - QgsProviderConnectionException and friends
                raise self._error(exc) from None
        return self._connection

    def rows(self, sql: str, *params) -> list:
        """The rows of one query, ``%s`` replaced by ``params`` as SQL literals (NULL as None); without
        ``params`` the text is sent as it is (statements whose values are already literals)."""
        try:
            result = self._connect().executeSql(bind(sql, params) if params else sql)
        except PasserelleError:
            raise
        except Exception as exc:  # noqa: BLE001 - QgsException carries the server's message
            raise self._error(exc) from None
        return [[_value(v) for v in row] for row in result or []]

    def value(self, sql: str, *params):
        rows = self.rows(sql, *params)
        return rows[0][0] if rows and rows[0] else None

    def execute(self, sql: str, *params) -> None:
        self.rows(sql, *params)

    def _error(self, exc) -> DatabaseError:
        said = server_message(str(exc))
        error = DatabaseError(
            f"La base PostgreSQL de la table « {self.source.label} » a refusé la demande : {said}",
            f"The PostgreSQL database of table '{self.source.label}' refused the request: {said}")
        error.server_message = said
        return error

    # -- what it is --------------------------------------------------------------------------------
    def identity(self) -> str:
        """``<system identifier>:<database>``: the same for every colleague whatever host name or service
        they connect through (host, port and database name when the server does not tell)."""
        cache_key = _connection_key(self.source)
        with _lock:
            known = _identities.get(cache_key)
        if known:
            return known
        try:
            found = self.rows("SELECT (SELECT system_identifier::text FROM pg_control_system()), current_database()")
            identity = f"{found[0][0]}:{found[0][1]}"
        except DatabaseError:  # pg_control_system() revoked: the address the layer gives
            name = self.value("SELECT current_database()") or self.source.database
            identity = f"{self.source.service or self.source.host or 'local'}:{self.source.port or 5432}:{name}"
        with _lock:
            _identities[cache_key] = identity
        return identity

    def current_user(self) -> str:
        return self.value("SELECT current_user::text") or ""


_identities: dict = {}
_lock = threading.Lock()


def _connection_key(source: TableSource) -> tuple:
    return (source.service, source.host, source.port, source.database, source.username, source.authcfg)


def database_name(source: TableSource) -> str:
    """The database's name, asked of the server when the source names a pg_service rather than a database."""
    if source.database:
        return source.database
    try:
        return Database(source).identity().rsplit(":", 1)[-1]
    except PasserelleError:
        return ""


def data_key(source: TableSource, database: Optional[Database] = None) -> str:
    """The table's key everywhere (registry, records): ``postgres:<database identity>/<schema>.<table>``."""
    identity = (database or Database(source)).identity()
    return f"{SOURCE_PREFIX}{identity}/{source.schema}.{source.table}"


def default_identifier(key: str) -> str:
    """The identifier of a table nobody documented yet: derived from its key, the same in every project."""
    return str(uuid.uuid5(IDENTIFIER_NAMESPACE, key))


def reopen_source(source: TableSource) -> str:
    """What ``api.resume`` opens the table again from, in any project: prefix + source without password."""
    return SOURCE_PREFIX + source.safe_uri()


def find_layer(reference: str, layers) -> Optional[object]:
    """The layer among ``layers`` showing the table of a :func:`reopen_source` string, or None."""
    from qgis.core import QgsDataSourceUri

    wanted = QgsDataSourceUri(reference[len(SOURCE_PREFIX):])
    candidates = []
    for layer in layers:
        source = table_source(layer)
        if source is not None and (source.schema, source.table) == (wanted.schema() or "public", wanted.table()):
            candidates.append((layer, source))
    if not candidates:
        return None
    for layer, source in candidates:  # the same connection: no need to ask the server
        if source.safe_uri() == reference[len(SOURCE_PREFIX):]:
            return layer
    try:
        target = TableSource(uri=reference[len(SOURCE_PREFIX):], schema=wanted.schema() or "public",
                             table=wanted.table(), database=wanted.database(), host=wanted.host(),
                             port=wanted.port(), service=wanted.service(), authcfg=wanted.authConfigId(),
                             username=wanted.username())
        key = data_key(target)
    except PasserelleError:
        key = None
    for layer, source in candidates:
        try:
            if key is not None and data_key(source) == key:
                return layer
        except PasserelleError:
            continue
    return None


# --- SQL literals ---------------------------------------------------------------------------------

def ident(name: str) -> str:
    """An SQL identifier, quoted."""
    return '"' + str(name).replace('"', '""') + '"'


def literal(value) -> str:
    """An SQL literal for ``value`` (str, int, float, bool, None, list of str, dict as jsonb)."""
    if value is None:
        return "NULL"
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int):
        return str(int(value))
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ValueError("not a finite number")
        return repr(value)
    if isinstance(value, dict):
        return literal(json.dumps(value, ensure_ascii=False, sort_keys=True)) + "::jsonb"
    if isinstance(value, (list, tuple)):
        return ("ARRAY[" + ", ".join(literal(str(v)) for v in value) + "]::text[]") if value else "'{}'::text[]"
    text = str(value)
    if "\x00" in text:
        raise ValueError("NUL character in a text value")
    return "E'" + text.replace("\\", "\\\\").replace("'", "''") + "'"


def bind(sql: str, params) -> str:
    """``sql`` with each ``%s`` replaced by the next parameter as a literal."""
    parts = sql.split("%s")
    if len(parts) - 1 != len(params):
        raise ValueError(f"{len(parts) - 1} placeholders for {len(params)} values")
    out = [parts[0]]
    for value, part in zip(params, parts[1:]):
        out += [literal(value), part]
    return "".join(out)


def server_message(text: str) -> str:
    """The server's own words in a QGIS SQL error (which also quotes the whole request: dropped)."""
    match = re.search(r"\[(?:ERROR|ERREUR|FATAL)?:?\s*(.*)\]\s*$", text, re.S)
    said = (match.group(1) if match else text).strip()
    said = re.sub(r"\s*(LINE|LIGNE) \d+:.*", "", said, flags=re.S)
    return " ".join(said.split())[:300]


def _value(value):
    """Python value of a QGIS SQL result cell (a NULL comes as a null QVariant)."""
    if value is not None and type(value).__name__ == "QVariant":
        return None if value.isNull() else value.value()
    return value
