"""A GIS team around one PostGIS database (tests): colleagues as PostgreSQL roles, tables they share.

>>> alice = Colleague(server, "alice", create=True)       # may create schemas in the database
>>> bob = Colleague(server, "bob")                         # may read the tables, nothing more
>>> layer = QgsVectorLayer(alice.uri("ecoles"), "ecoles", "postgres")
>>> alice.service_file(tmp_path)                           # a pg_service.conf naming alice's connection

Roles are cluster-wide: :func:`reset` drops what a test made (Passerelle's schema, PgMetadata's, the roles).
"""
from __future__ import annotations

import os
import secrets

EDITOR_ROLE = "passerelle_editeur"


class Colleague:
    """A login role of the test cluster (``create``: may create schemas in the database)."""

    def __init__(self, server, name: str, *, create: bool = False, editor: bool = False):
        self.server = server
        self.name = name
        self.password = secrets.token_hex(8)
        if _exists(server, name):  # left by an earlier test: start clean
            server.execute(f'DROP OWNED BY "{name}"')
            server.execute(f'ALTER ROLE "{name}" LOGIN PASSWORD %s', (self.password,))
        else:
            server.execute(f'CREATE ROLE "{name}" LOGIN PASSWORD %s', (self.password,))
        server.execute(f'GRANT {"CREATE, " if create else ""}CONNECT ON DATABASE {server.database} TO "{name}"')
        server.execute(f'GRANT USAGE ON SCHEMA public TO "{name}"')
        server.execute(f'GRANT SELECT ON ALL TABLES IN SCHEMA public TO "{name}"')
        if editor:
            self.make_editor()

    def make_editor(self) -> None:
        if not _exists(self.server, EDITOR_ROLE):
            self.server.execute(f"CREATE ROLE {EDITOR_ROLE} NOLOGIN")
        self.server.execute(f'GRANT {EDITOR_ROLE} TO "{self.name}"')

    def uri(self, table: str, geometry_column: str = "geom", schema: str = "public", key: str = "") -> str:
        """A QGIS data source of ``table`` as this colleague connects (password in the source)."""
        uri = (f"dbname='{self.server.database}' host=127.0.0.1 port={self.server.port} user='{self.name}' "
               f"password='{self.password}' sslmode=disable")
        if key:
            uri += f" key='{key}'"
        uri += f' table="{schema}"."{table}"'
        return uri + (f" ({geometry_column})" if geometry_column else "")

    def service_file(self, folder, service: str = "equipe_sig") -> str:
        """A pg_service.conf where ``service`` is this colleague's connection (PGSERVICEFILE points to it)."""
        path = os.path.join(str(folder), "pg_service.conf")
        with open(path, "w", encoding="utf-8") as handle:
            handle.write(f"[{service}]\nhost=127.0.0.1\nport={self.server.port}\ndbname={self.server.database}\n"
                         f"user={self.name}\npassword={self.password}\nsslmode=disable\n")
        os.chmod(path, 0o600)
        return path


def service_uri(table: str, service: str = "equipe_sig", geometry_column: str = "geom", schema: str = "public",
                key: str = "") -> str:
    """A QGIS data source naming a pg_service (no credential in the source)."""
    uri = f"service='{service}'" + (f" key='{key}'" if key else "") + f' table="{schema}"."{table}"'
    return uri + (f" ({geometry_column})" if geometry_column else "")


def reset(server, roles=()) -> None:
    """Drop Passerelle's and PgMetadata's schemas and the given roles (what earlier tests made)."""
    server.execute("DROP SCHEMA IF EXISTS passerelle CASCADE")
    server.execute("DROP SCHEMA IF EXISTS pgmetadata CASCADE")
    for name in roles:
        if _exists(server, name):
            server.execute(f'DROP OWNED BY "{name}"')
            server.execute(f'DROP ROLE "{name}"')


def points_table(server, name: str, rows=(("École Jules Ferry", 929000, 6679000), ("École du Centre", 929500, 6679800)),
                 comment: str = "", schema: str = "public") -> None:
    """A fresh table of points (Lambert-93) with a ``nom`` column, readable by every role."""
    server.execute(f'DROP TABLE IF EXISTS "{schema}"."{name}" CASCADE')
    server.execute(f'CREATE TABLE "{schema}"."{name}" (id serial PRIMARY KEY, nom text, geom geometry(Point, 2154))')
    for label, x, y in rows:
        server.execute(f'INSERT INTO "{schema}"."{name}" (nom, geom) '
                       'VALUES (%s, ST_SetSRID(ST_MakePoint(%s, %s), 2154))', (label, x, y))
    if comment:
        server.execute(f'COMMENT ON TABLE "{schema}"."{name}" IS %s', (comment,))
    server.execute(f'GRANT SELECT ON "{schema}"."{name}" TO PUBLIC')


def _exists(server, role: str) -> bool:
    return bool(server.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (role,)))
