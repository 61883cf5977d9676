"""Layer metadata stored inside a GeoPackage, so the record travels with the file.

Uses the GeoPackage metadata extension (``gpkg_metadata`` +
``gpkg_metadata_reference``) the same way QGIS 3.24+ stores layer metadata
natively (QGIS XML, ``md_standard_uri`` = QGIS DTD, table scope), so newer
QGIS versions read it without Passerelle. QGIS 3.22 does not, hence this module.
"""
from __future__ import annotations

import contextlib
import datetime as _dt
import sqlite3

from ..catalogue.errors import LayerDamagedError

QGIS_STANDARD_URI = "http://mrcc.com/qgis.dtd"

_CREATE = (
    """CREATE TABLE IF NOT EXISTS gpkg_metadata (
        id INTEGER CONSTRAINT m_pk PRIMARY KEY ASC NOT NULL,
        md_scope TEXT NOT NULL DEFAULT 'dataset',
        md_standard_uri TEXT NOT NULL,
        mime_type TEXT NOT NULL DEFAULT 'text/xml',
        metadata TEXT NOT NULL DEFAULT '')""",
    """CREATE TABLE IF NOT EXISTS gpkg_metadata_reference (
        reference_scope TEXT NOT NULL,
        table_name TEXT,
        column_name TEXT,
        row_id_value INTEGER,
        timestamp DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
        md_file_id INTEGER NOT NULL,
        md_parent_id INTEGER,
        CONSTRAINT crmr_mfi_fk FOREIGN KEY (md_file_id) REFERENCES gpkg_metadata(id),
        CONSTRAINT crmr_mpi_fk FOREIGN KEY (md_parent_id) REFERENCES gpkg_metadata(id))""",
)
_EXTENSION = "http://www.geopackage.org/spec120/#extension_metadata"
LOCK_TIMEOUT = 30  # seconds to wait for another writer before giving up


@contextlib.contextmanager
def _connect(path: str):
    connection = sqlite3.connect(path, timeout=LOCK_TIMEOUT)
    try:
        yield connection
        connection.commit()
    finally:
        connection.close()


def is_geopackage(path: str) -> bool:
    try:
        with open(path, "rb") as handle:
            header = handle.read(72)
    except OSError:
        return False
    return header.startswith(b"SQLite format 3") and header[68:72] in (b"GPKG", b"GP10", b"GP11")


def write_layer_metadata(path: str, table: str, xml: str) -> None:
    """Store (replace) the QGIS metadata XML of ``table`` in the GeoPackage at ``path``."""
    with _connect(path) as db:
        for statement in _CREATE:
            db.execute(statement)
        has_extensions = db.execute(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='gpkg_extensions'").fetchone()
        if has_extensions:
            for name in ("gpkg_metadata", "gpkg_metadata_reference"):
                if not db.execute("SELECT 1 FROM gpkg_extensions WHERE table_name=? AND extension_name=?",
                                  (name, "gpkg_metadata")).fetchone():
                    db.execute("INSERT INTO gpkg_extensions(table_name, column_name, extension_name, "
                               "definition, scope) VALUES (?, NULL, 'gpkg_metadata', ?, 'read-write')",
                               (name, _EXTENSION))
        existing = _existing_ids(db, table)
        if existing:
            db.execute("UPDATE gpkg_metadata SET metadata=? WHERE id=?", (xml, existing[0]))
            db.execute("UPDATE gpkg_metadata_reference SET timestamp=? WHERE md_file_id=?",
                       (_now(), existing[0]))
        else:
            cursor = db.execute("INSERT INTO gpkg_metadata(md_scope, md_standard_uri, mime_type, metadata) "
                                "VALUES ('dataset', ?, 'text/xml', ?)", (QGIS_STANDARD_URI, xml))
            db.execute("INSERT INTO gpkg_metadata_reference(reference_scope, table_name, timestamp, md_file_id) "
                       "VALUES ('table', ?, ?, ?)", (table, _now(), cursor.lastrowid))


def read_layer_metadata(path: str, table: str) -> str | None:
    """The QGIS metadata XML stored for ``table``, or None; LayerDamagedError for a damaged file."""
    try:
        with _connect(path) as db:
            if not db.execute("SELECT 1 FROM sqlite_master WHERE name='gpkg_metadata_reference'").fetchone():
                return None
            ids = _existing_ids(db, table)
            if not ids:
                return None
            row = db.execute("SELECT metadata FROM gpkg_metadata WHERE id=?", (ids[0],)).fetchone()
            return row[0] if row else None
    except sqlite3.DatabaseError as exc:
        if isinstance(exc, sqlite3.OperationalError):  # locked, unreadable folder...: not the file's fault
            raise
        raise LayerDamagedError(path, str(exc)) from exc  # "malformed", "file is not a database"


def _existing_ids(db, table: str) -> list:
    return [row[0] for row in db.execute(
        "SELECT m.id FROM gpkg_metadata m JOIN gpkg_metadata_reference r ON r.md_file_id = m.id "
        "WHERE r.reference_scope='table' AND r.table_name=? AND m.md_standard_uri=? ORDER BY m.id",
        (table, QGIS_STANDARD_URI))]


def _now() -> str:
    return _dt.datetime.now(_dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")[:-4] + "Z"
