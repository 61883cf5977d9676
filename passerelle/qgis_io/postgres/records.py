"""The record of a PostGIS table, kept in its database and shared by everyone who opens the table.

Reading (:func:`read`) looks at Passerelle's own record (``passerelle.record``), then at PgMetadata's
(``pgmetadata.dataset`` and its contacts and links), so an authority that documents its tables with
PgMetadata sees its titles, abstracts, keywords and contacts without typing them again. A PgMetadata
record edited after Passerelle's last save brings its changes into the record.

Saving (:func:`write`) happens in one transaction: the record (checked against the version the agent
read: a colleague's save in between is never silently overwritten, :class:`RecordConflictError`),
PgMetadata's row when the profile asks for it (``"pgmetadata": "write"``), and the summary Passerelle
keeps in the table's COMMENT between its markers (the rest of the COMMENT, other tools' blocks included,
stays). Passerelle's schema is created on first use (:mod:`.schema`).

The version an agent read is remembered per layer (:func:`seen`): the version their project shows.
"""
from __future__ import annotations

import dataclasses
import json
import logging
import secrets
import threading
from dataclasses import dataclass
from typing import Optional

from ...catalogue import pgmetadata, table_comment
from ...catalogue.errors import PasserelleError
from ...catalogue.record import Record
from ...catalogue.textfields import excerpt
from . import Database, DatabaseError, TableSource, data_key, default_identifier, literal
from . import schema as store_schema

log = logging.getLogger("passerelle.postgres")

CONFLICT_MARK = "passerelle:conflict"
_PGMETADATA_GLOSSARY = ("dataset.license", "dataset.publication_frequency", "dataset.confidentiality", "link.mime")


@dataclass
class Settings:
    """How records of PostGIS tables are kept (the profile's ``database`` section).

    ``records``: ``"database"`` (shared by the team; default) or ``"project"`` (saves stay in the QGIS project,
    as for files); ``create_schema``: Passerelle may create its schema; ``pgmetadata``: ``"read"`` (default;
    PgMetadata's records are always read) or ``"write"`` (saves go to PgMetadata's tables too); ``comment``:
    the table COMMENT keeps a readable summary.
    """

    records: str = "database"
    create_schema: bool = True
    pgmetadata: str = "read"
    comment: bool = True

    @classmethod
    def from_profile(cls, section: Optional[dict]) -> "Settings":
        section = dict(section or {})
        return cls(records=section.get("records", "database"), create_schema=section.get("create_schema", True),
                   pgmetadata=section.get("pgmetadata", "read"), comment=section.get("comment", True))


@dataclass
class Shared:
    """What the database says of a table: Passerelle's record and/or PgMetadata's."""

    key: str
    record: Optional[Record] = None  # Passerelle's record, PgMetadata's changes brought in
    version: int = 0
    updated_by: str = ""
    updated_at: str = ""
    pgmetadata: Optional[Record] = None
    pgmetadata_updated: str = ""

    @property
    def default_identifier(self) -> str:
        return default_identifier(self.key)


class RecordConflictError(PasserelleError):
    """A colleague saved the record since this agent read it: nothing was written.

    ``differences``: ``[{"field", "read", "saved", "yours"}]``: what the agent read, what is saved now,
    what the agent was saving (for the fields that differ).
    """

    code = "record.conflict"

    def __init__(self, label: str, read_version: int, shared: Shared, differences: list):
        self.differences = differences
        self.version = shared.version
        self.updated_by = shared.updated_by
        self.updated_at = shared.updated_at
        shown_fr = "; ".join(
            f"{d['field']} : lu « {excerpt(_show(d['read']), 60)} », enregistré depuis « "
            f"{excerpt(_show(d['saved']), 60)} », le vôtre « {excerpt(_show(d['yours']), 60)} »"
            for d in differences[:8]) or "aucune valeur différente"
        shown_en = "; ".join(
            f"{d['field']}: read '{excerpt(_show(d['read']), 60)}', saved since '{excerpt(_show(d['saved']), 60)}', "
            f"yours '{excerpt(_show(d['yours']), 60)}'" for d in differences[:8]) or "no different value"
        more = f" (et {len(differences) - 8} autre(s))" if len(differences) > 8 else ""
        by = f" par « {shared.updated_by} »" if shared.updated_by else ""
        when = f" le {shared.updated_at}" if shared.updated_at else ""
        super().__init__(
            f"La fiche de la table « {label} » a été enregistrée{by}{when} (version {shared.version}) depuis que "
            f"vous l'avez lue (version {read_version}) : la vôtre n'a pas été enregistrée, pour ne pas effacer ces "
            f"changements. Différences : {shown_fr}{more}. Rouvrez la fiche (elle se relit à jour, api.record en "
            "console) puis refaites vos modifications.",
            f"The record of table '{label}' was saved{' by ' + shared.updated_by if shared.updated_by else ''} "
            f"(version {shared.version}) since you read it (version {read_version}): yours was not saved. "
            f"Differences: {shown_en}. Read the record again, then make your changes again.")


_seen: dict = {}
_seen_lock = threading.Lock()


def seen(layer) -> Optional[tuple]:
    """(version, record dict) of the table's record when this layer last read it (None: never read)."""
    with _seen_lock:
        return _seen.get(layer.id())


def _remember(layer, version: int, record: Optional[Record]) -> None:
    with _seen_lock:
        _seen[layer.id()] = (version, record.to_dict() if record is not None else None)


# --- reading --------------------------------------------------------------------------------------

def read(layer, source: TableSource, vocabularies=None, remember: bool = True) -> Shared:
    """The table's shared record(s); remembers the version read for this layer (unless ``remember`` is False)."""
    db = Database(source)
    present = db.rows("SELECT to_regclass('passerelle.record')::text, to_regclass('pgmetadata.dataset')::text")[0]
    shared = Shared(key=data_key(source, db))
    seen_pgmetadata = None
    if present[0]:
        rows = db.rows("SELECT record::text, version, updated_by::text, "
                       "to_char(updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI \"UTC\"'), pgmetadata_seen::text "
                       "FROM passerelle.record WHERE table_schema = %s AND table_name = %s",
                       source.schema, source.table)
        if rows:
            shared.record = Record.from_dict(json.loads(rows[0][0]))
            shared.version, shared.updated_by, shared.updated_at = int(rows[0][1]), rows[0][2] or "", rows[0][3] or ""
            seen_pgmetadata = rows[0][4]
    if present[1]:
        try:
            shared.pgmetadata, shared.pgmetadata_updated = _read_pgmetadata(db, source, vocabularies)
        except DatabaseError as error:  # another PgMetadata version, rights: Passerelle's record still reads
            log.warning("PgMetadata record of %s not read: %s", source.label, error.message_en)
    if shared.record is not None and shared.pgmetadata is not None and shared.pgmetadata_updated and \
            (seen_pgmetadata is None or shared.pgmetadata_updated > seen_pgmetadata):
        shared.record = bring_in(shared.record, shared.pgmetadata)
    if remember:
        _remember(layer, shared.version, shared.record)
    return shared


def _read_pgmetadata(db: Database, source: TableSource, vocabularies) -> tuple:
    fields = ", ".join(literal(f) for f in _PGMETADATA_GLOSSARY)
    found = db.value(f"""
SELECT json_build_object(
    'dataset', row_to_json(d),
    'contacts', (SELECT json_agg(json_build_object('contact', row_to_json(c), 'role', dc.contact_role) ORDER BY dc.id)
                   FROM pgmetadata.dataset_contact dc JOIN pgmetadata.contact c ON c.id = dc.fk_id_contact
                  WHERE dc.fk_id_dataset = d.id),
    'links', (SELECT json_agg(row_to_json(l) ORDER BY l.id) FROM pgmetadata.link l WHERE l.fk_id_dataset = d.id),
    'themes', (SELECT json_object_agg(t.code, t.label) FROM pgmetadata.theme t),
    'glossary', (SELECT json_agg(row_to_json(g)) FROM pgmetadata.glossary g WHERE g.field IN ({fields})),
    'updated', d.update_date::text)::text
FROM pgmetadata.dataset d WHERE d.schema_name = %s AND d.table_name = %s""", source.schema, source.table)
    if not found:
        return None, ""
    data = json.loads(found)
    record = pgmetadata.from_rows(data["dataset"], [(c["contact"], c["role"]) for c in data.get("contacts") or []],
                                  data.get("links") or [], data.get("themes") or {}, _glossary(data),
                                  vocabularies or _shipped())
    return record, data.get("updated") or ""


def _glossary(data: dict) -> dict:
    return {(g["field"], g["code"]): g for g in data.get("glossary") or [] if isinstance(g, dict)}


def bring_in(record: Record, other: Record) -> Record:
    """``record`` with what PgMetadata says (it was edited there since Passerelle's last save)."""
    topics = [t for t in record.themes if not t.startswith(pgmetadata.TOPIC_CATEGORY)]
    changes = {"title": other.title or record.title, "abstract": other.abstract or record.abstract,
               "keywords": list(other.keywords) or record.keywords, "links": list(other.links) or record.links,
               "themes": topics + [t for t in other.themes if t not in topics]}
    if not other.producer.is_empty():
        changes["producer"] = other.producer
    if not other.contact.is_empty():
        changes["contact"] = other.contact
    if other.contacts:
        changes["contacts"] = list(other.contacts)
    for name in ("licence", "frequency", "granularity", "scale", "published", "revised"):
        if getattr(other, name):
            changes[name] = getattr(other, name)
    vocabulary = dict(record.vocabulary_keywords)
    vocabulary.update({k: v for k, v in other.vocabulary_keywords.items() if k.startswith("PgMetadata")})
    changes["vocabulary_keywords"] = vocabulary
    return dataclasses.replace(record, **changes)


# --- saving ---------------------------------------------------------------------------------------

def write(layer, source: TableSource, record: Record, settings: Settings, vocabularies=None,
          base: Optional[tuple] = None) -> int:
    """Save ``record`` as the table's record; returns its new version.

    ``base``: (version, record dict) the agent's change started from (default: what this layer last read).
    Raises :class:`RecordConflictError` when a colleague saved since, :class:`.schema.StoreError` when the
    database does not let this role save (with what to ask the administrator).
    """
    db = Database(source)
    store_schema.ensure(db, allowed=settings.create_schema)
    store_schema.check_writable(db)
    base = base if base is not None else seen(layer)
    current = read(layer, source, vocabularies, remember=False)
    if current.record is not None and base is not None and base[0] != current.version:
        raise RecordConflictError(source.label, base[0], current, differences(base[1], current.record, record))
    _refuse_taken(db, source, record)
    expected = current.version if current.record is not None else 0
    statements = [_save_statement(source, record, expected)]
    with_pgmetadata = settings.pgmetadata == "write" and _pgmetadata_writable(db)
    if with_pgmetadata:
        statements += _pgmetadata_statements(db, source, record, vocabularies)
    if settings.comment and _owns(db, source):
        text = table_comment.summary(record, vocabularies or _shipped(), expected + 1)
        before = db.value("SELECT obj_description(to_regclass(%s), 'pg_class')", source.qualified) or ""
        statements.append(_comment_statement(source, text, table_comment.foreign_blocks(before)))
    statements.append(
        "UPDATE passerelle.record SET pgmetadata_seen = (SELECT update_date FROM pgmetadata.dataset "
        f"WHERE schema_name = {literal(source.schema)} AND table_name = {literal(source.table)}) "
        f"WHERE table_schema = {literal(source.schema)} AND table_name = {literal(source.table)};"
        if db.value("SELECT to_regclass('pgmetadata.dataset')::text") else "SELECT 1;")
    try:
        db.execute("\n".join(statements))
    except DatabaseError as error:
        if CONFLICT_MARK in getattr(error, "server_message", ""):
            fresh = read(layer, source, vocabularies, remember=False)
            raise RecordConflictError(source.label, expected, fresh,
                                      differences(base[1] if base else None, fresh.record, record)) from None
        raise
    _remember(layer, expected + 1, record)
    return expected + 1


def differences(read_dict: Optional[dict], saved: Optional[Record], yours: Record) -> list:
    """The fields where what was read, what is saved and what is being saved do not all agree."""
    saved_dict = saved.to_dict() if saved is not None else {}
    yours_dict = yours.to_dict()
    read_dict = read_dict or {}
    found = []
    for name in yours_dict:
        values = (read_dict.get(name), saved_dict.get(name), yours_dict.get(name))
        if not values[0] == values[1] == values[2]:
            found.append({"field": name, "read": values[0], "saved": values[1], "yours": values[2]})
    return found


def _refuse_taken(db: Database, source: TableSource, record: Record) -> None:
    """A technical name or an identifier is one table's only: say which table has it."""
    for column, value, code, what_fr, what_en in (
            ("technical_name", record.technical_name, "tag.technical-name-taken", "Le nom technique", "Technical name"),
            ("identifier", record.identifier, "record.identifier-taken", "L'identifiant", "Identifier")):
        if not value:
            continue
        other = db.rows(f"SELECT table_schema, table_name FROM passerelle.record WHERE {column} = %s "
                        "AND NOT (table_schema = %s AND table_name = %s)", value, source.schema, source.table)
        if other:
            owner = f"{other[0][0]}.{other[0][1]}"
            raise PasserelleError(
                f"{what_fr} « {excerpt(value, 60)} » est déjà celui de la table « {owner} » dans cette base : "
                "choisissez-en un autre. Rien n'a été modifié.",
                f"{what_en} '{excerpt(value, 60)}' already belongs to table '{owner}' in this database.", code=code)


def _save_statement(source: TableSource, record: Record, expected: int) -> str:
    """Insert (``expected`` 0) or update from version ``expected``; raises the conflict mark otherwise."""
    values = {"identifier": record.identifier, "technical_name": record.technical_name or "",
              "title": record.title or "", "record": record.to_dict()}
    tag = "$p" + secrets.token_hex(6) + "$"
    if expected == 0:
        change = ("INSERT INTO passerelle.record (table_schema, table_name, identifier, technical_name, title, "
                  f"record) VALUES ({literal(source.schema)}, {literal(source.table)}, "
                  f"{literal(values['identifier'])}, {literal(values['technical_name'])}, "
                  f"{literal(values['title'])}, {literal(values['record'])}) "
                  "ON CONFLICT (table_schema, table_name) DO NOTHING;")
    else:
        change = (f"UPDATE passerelle.record SET identifier = {literal(values['identifier'])}, "
                  f"technical_name = {literal(values['technical_name'])}, title = {literal(values['title'])}, "
                  f"record = {literal(values['record'])}, version = version + 1, updated_at = now(), "
                  f"updated_by = current_user WHERE table_schema = {literal(source.schema)} "
                  f"AND table_name = {literal(source.table)} AND version = {int(expected)};")
    if tag in change:
        raise ValueError("dollar-quote tag inside the statement")
    return f"DO {tag}\nBEGIN\n{change}\nIF NOT FOUND THEN RAISE EXCEPTION '{CONFLICT_MARK}'; END IF;\nEND\n{tag};"


def _comment_statement(source: TableSource, text: str, keep: list) -> str:
    """Replace Passerelle's block of the COMMENT (after any trigger rewrote it), keeping other tools' blocks."""
    tag = "$c" + secrets.token_hex(6) + "$"
    block = table_comment.block(text)
    kept = " ".join(f"IF position({literal(b)} in kept) = 0 THEN kept := btrim(kept || E'\\n\\n' || {literal(b)}); "
                    "END IF;" for b in keep)
    body = f"""
DECLARE
    kept text := coalesce(obj_description(to_regclass({literal(source.qualified)}), 'pg_class'), '');
BEGIN
    kept := btrim(regexp_replace(kept, '\\s*<PASSERELLE>.*?</PASSERELLE>\\s*', E'\\n\\n', 'g'), E' \\n');
    {kept}
    EXECUTE format('COMMENT ON TABLE %s IS %L', {literal(source.qualified)},
                   CASE WHEN kept = '' THEN {literal(block)} ELSE kept || E'\\n\\n' || {literal(block)} END);
END"""
    if tag in body:
        raise ValueError("dollar-quote tag inside the statement")
    return f"DO {tag}{body}\n{tag};"


def _owns(db: Database, source: TableSource) -> bool:
    """Only a table's owner may change its COMMENT: the others' saves leave it as it is."""
    owns = db.value("SELECT pg_has_role(c.relowner, 'USAGE') FROM pg_class c WHERE c.oid = to_regclass(%s)",
                    source.qualified) is True
    if not owns:
        log.info("COMMENT of %s left as it is: only its owner may change it", source.label)
    return owns


# --- PgMetadata -----------------------------------------------------------------------------------

def _pgmetadata_writable(db: Database) -> bool:
    if not db.value("SELECT to_regclass('pgmetadata.dataset')::text"):
        return False
    may = db.rows("SELECT has_table_privilege('pgmetadata.dataset', 'INSERT') "
                  "AND has_table_privilege('pgmetadata.dataset', 'UPDATE') "
                  "AND has_table_privilege('pgmetadata.dataset_contact', 'INSERT') "
                  "AND has_table_privilege('pgmetadata.dataset_contact', 'DELETE') "
                  "AND has_table_privilege('pgmetadata.contact', 'INSERT') "
                  "AND has_table_privilege('pgmetadata.link', 'INSERT') "
                  "AND has_table_privilege('pgmetadata.link', 'DELETE')")[0][0]
    if may is not True:
        user = db.current_user()
        raise PasserelleError(
            f"Le profil demande d'enregistrer aussi les fiches dans PgMetadata, mais votre rôle « {user} » ne peut "
            "pas modifier les tables du schéma « pgmetadata ». Demandez à l'administrateur de la base le rôle "
            "d'édition de PgMetadata, ou réglez « pgmetadata » sur « read » dans le profil. Rien n'a été modifié.",
            f"The profile asks to save records in PgMetadata too, but role '{user}' may not change the tables of "
            "schema 'pgmetadata'. Nothing was changed.", code="record.pgmetadata-forbidden")
    return True


def _pgmetadata_statements(db: Database, source: TableSource, record: Record, vocabularies) -> list:
    state = json.loads(db.value(
        "SELECT json_build_object("
        "'dataset', (SELECT row_to_json(d) FROM pgmetadata.dataset d WHERE d.schema_name = %s AND d.table_name = %s), "
        "'themes', (SELECT json_object_agg(t.code, t.label) FROM pgmetadata.theme t), "
        "'glossary', (SELECT json_agg(row_to_json(g)) FROM pgmetadata.glossary g WHERE g.field = 'dataset.license'), "
        "'columns', (SELECT json_agg(column_name) FROM information_schema.columns "
        "WHERE table_schema = 'pgmetadata' AND table_name = 'contact'))::text", source.schema, source.table))
    current = state.get("dataset") or {}
    values = pgmetadata.to_values(record, _glossary(state), state.get("themes") or {}, vocabularies or _shipped(),
                                  current)
    where = f"schema_name = {literal(source.schema)} AND table_name = {literal(source.table)}"
    columns = ["schema_name", "table_name", *values]
    row = [literal(source.schema), literal(source.table)] + [_pg_value(name, value) for name, value in values.items()]
    if not current and _is_uuid(record.identifier):  # PgMetadata and Passerelle then share the identifier
        columns.append("uid")
        row.append(f"{literal(record.identifier)}::uuid")
    updates = ", ".join(f"{name} = EXCLUDED.{name}" for name in values)
    statements = [f"INSERT INTO pgmetadata.dataset ({', '.join(columns)}) VALUES ({', '.join(row)}) "
                  f"ON CONFLICT (table_name, schema_name) DO UPDATE SET {updates};"]
    dataset = f"(SELECT id FROM pgmetadata.dataset WHERE {where})"
    statements.append(f"DELETE FROM pgmetadata.dataset_contact WHERE fk_id_dataset = {dataset};")
    has_phone = "phone" in (state.get("columns") or [])
    for contact, role in pgmetadata.contact_rows(record):
        if not has_phone:
            contact.pop("phone", None)
        same = " AND ".join(f"{name} IS NOT DISTINCT FROM {literal(value)}" for name, value in contact.items())
        statements.append(
            f"INSERT INTO pgmetadata.contact ({', '.join(contact)}) "
            f"SELECT {', '.join(literal(v) for v in contact.values())} "
            f"WHERE NOT EXISTS (SELECT 1 FROM pgmetadata.contact WHERE {same});")
        statements.append(
            "INSERT INTO pgmetadata.dataset_contact (fk_id_contact, fk_id_dataset, contact_role) "
            f"SELECT (SELECT min(id) FROM pgmetadata.contact WHERE {same}), {dataset}, {literal(role)} "
            "ON CONFLICT DO NOTHING;")
    statements.append(f"DELETE FROM pgmetadata.link WHERE fk_id_dataset = {dataset};")
    for link in pgmetadata.link_rows(record):
        statements.append(f"INSERT INTO pgmetadata.link ({', '.join(link)}, fk_id_dataset) "
                          f"VALUES ({', '.join(literal(v) for v in link.values())}, {dataset});")
    return statements


def _pg_value(name: str, value) -> str:
    if value is None:
        return "NULL"
    if name in ("categories", "themes"):
        return literal(list(value))
    if name in ("data_last_update", "publication_date"):
        return f"{literal(str(value))}::timestamp"
    return literal(value)


def _is_uuid(text: str) -> bool:
    import uuid

    try:
        return str(uuid.UUID(text)) == text.lower()
    except (ValueError, AttributeError):
        return False


def _show(value) -> str:
    if value in (None, "", [], {}):
        return "—"
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, default=str)


def _shipped():
    from ...catalogue.vocabularies import shipped

    return shipped()


__all__ = ["Settings", "Shared", "RecordConflictError", "read", "write", "seen", "differences", "bring_in"]
