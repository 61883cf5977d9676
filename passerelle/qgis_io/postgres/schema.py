"""Passerelle's schema in a team database, created and upgraded by versioned migrations.

The first agent who saves a record of a table of a database creates the ``passerelle`` schema, when
their role may (``CREATE`` on the database); later versions of Passerelle add what they need the same
way. Every migration is idempotent and runs in one transaction under an advisory lock, so two agents
saving at the same moment neither fail nor apply it twice. When the role may not, the error says
exactly what to ask the database administrator: the script to run once, and the grants.

What the schema holds:

- ``passerelle.record``: one record per table (``table_schema`` + ``table_name``), the whole record as
  ``jsonb``, its identifier and chosen technical name (each unique in the database), a ``version``
  raised at each save (two agents saving from the same version: the second is told), who saved it
  and when;
- ``passerelle.migration``: the versions applied.

Who may do what: every role may read the records of the tables it may read (row-level security);
members of ``passerelle_editeur`` may save them (created by the migration when the role running it
may create roles, else by the administrator). The owner of the schema may do everything.
"""
from __future__ import annotations

from ...catalogue.errors import PasserelleError
from . import Database, ident

SCHEMA = "passerelle"
EDITOR_ROLE = "passerelle_editeur"
#: Advisory lock key of migrations: one migrating session at a time per database.
LOCK_KEY = 7_241_903_311

#: (version, SQL): each statement may run again without harm.
MIGRATIONS = [
    (1, f"""
CREATE SCHEMA IF NOT EXISTS {SCHEMA};
COMMENT ON SCHEMA {SCHEMA} IS 'Passerelle : fiches de catalogue des tables de cette base, partagées par l''équipe SIG.';
CREATE TABLE IF NOT EXISTS {SCHEMA}.migration (
    version integer PRIMARY KEY,
    applied_at timestamptz NOT NULL DEFAULT now(),
    applied_by name NOT NULL DEFAULT current_user
);
CREATE TABLE IF NOT EXISTS {SCHEMA}.record (
    table_schema text NOT NULL,
    table_name text NOT NULL,
    identifier text NOT NULL,
    technical_name text NOT NULL DEFAULT '',
    title text NOT NULL DEFAULT '',
    record jsonb NOT NULL,
    version integer NOT NULL DEFAULT 1 CHECK (version > 0),
    pgmetadata_seen timestamp,
    created_at timestamptz NOT NULL DEFAULT now(),
    created_by name NOT NULL DEFAULT current_user,
    updated_at timestamptz NOT NULL DEFAULT now(),
    updated_by name NOT NULL DEFAULT current_user,
    PRIMARY KEY (table_schema, table_name),
    CONSTRAINT record_identifier_key UNIQUE (identifier)
);
CREATE UNIQUE INDEX IF NOT EXISTS record_technical_name_key ON {SCHEMA}.record (technical_name)
    WHERE technical_name <> '';
COMMENT ON TABLE {SCHEMA}.record IS 'Une fiche Passerelle par table (schéma + table) : lisible par qui peut lire
la table, modifiable par les membres de {EDITOR_ROLE}.';
CREATE OR REPLACE FUNCTION {SCHEMA}.can_read(table_schema text, table_name text) RETURNS boolean
    LANGUAGE sql STABLE AS $fn$
    SELECT coalesce((SELECT has_schema_privilege(n.oid, 'USAGE') AND has_table_privilege(c.oid, 'SELECT')
                       FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
                      WHERE n.nspname = table_schema AND c.relname = table_name), true)
$fn$;
ALTER TABLE {SCHEMA}.record ENABLE ROW LEVEL SECURITY;
DO $do$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_policies WHERE schemaname = '{SCHEMA}' AND tablename = 'record'
                   AND policyname = 'record_read') THEN
        CREATE POLICY record_read ON {SCHEMA}.record FOR SELECT USING ({SCHEMA}.can_read(table_schema, table_name));
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_policies WHERE schemaname = '{SCHEMA}' AND tablename = 'record'
                   AND policyname = 'record_insert') THEN
        CREATE POLICY record_insert ON {SCHEMA}.record FOR INSERT WITH CHECK (true);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_policies WHERE schemaname = '{SCHEMA}' AND tablename = 'record'
                   AND policyname = 'record_update') THEN
        CREATE POLICY record_update ON {SCHEMA}.record FOR UPDATE USING (true) WITH CHECK (true);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{EDITOR_ROLE}')
       AND (SELECT rolcreaterole OR rolsuper FROM pg_roles WHERE rolname = current_user) THEN
        CREATE ROLE {EDITOR_ROLE} NOLOGIN;
        COMMENT ON ROLE {EDITOR_ROLE} IS 'Peut enregistrer les fiches Passerelle (schéma {SCHEMA}).';
    END IF;
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{EDITOR_ROLE}') THEN
        GRANT USAGE ON SCHEMA {SCHEMA} TO {EDITOR_ROLE};
        GRANT SELECT, INSERT, UPDATE ON {SCHEMA}.record TO {EDITOR_ROLE};
    END IF;
END
$do$;
GRANT USAGE ON SCHEMA {SCHEMA} TO PUBLIC;
GRANT SELECT ON {SCHEMA}.record, {SCHEMA}.migration TO PUBLIC;
GRANT EXECUTE ON FUNCTION {SCHEMA}.can_read(text, text) TO PUBLIC;
"""),
]
LATEST = MIGRATIONS[-1][0]


class StoreError(PasserelleError):
    """The records of a database cannot be saved; the message says what to ask the administrator.

    ``sql`` holds what the administrator should run (also in the message).
    """

    code = "record.store"

    def __init__(self, message_fr: str, message_en: str, code: str, sql: str = ""):
        super().__init__(message_fr, message_en, code=code)
        self.sql = sql


def level(db: Database) -> int:
    """The version of Passerelle's schema in the database (0: none)."""
    if db.value(f"SELECT to_regclass('{SCHEMA}.migration')::text") is None:
        return 0
    return int(db.value(f"SELECT coalesce(max(version), 0) FROM {SCHEMA}.migration") or 0)


def script(since: int = 0) -> str:
    """The SQL bringing a database from version ``since`` to :data:`LATEST` (what a DBA runs)."""
    parts = [sql.strip() for version, sql in MIGRATIONS if version > since]
    versions = ", ".join(f"({version})" for version, _sql in MIGRATIONS if version > since)
    parts.append(f"INSERT INTO {SCHEMA}.migration (version) VALUES {versions} ON CONFLICT (version) DO NOTHING;")
    return "\n".join(parts) + "\n"


def ensure(db: Database, allowed: bool = True) -> int:
    """Bring Passerelle's schema to :data:`LATEST` (creating it on first use); returns the version.

    ``allowed`` False (the profile says ``"create_schema": false``): never create nor upgrade, say what
    to ask instead. Raises :class:`StoreError` (``record.store-missing`` / ``record.store-outdated``).
    """
    current = level(db)
    if current >= LATEST:
        return current
    user = db.current_user()
    database = db.value("SELECT current_database()") or db.source.database
    if current == 0:
        may = db.value("SELECT has_database_privilege(current_database(), 'CREATE')") is True
    else:
        may = db.value(f"SELECT pg_has_role(nspowner, 'USAGE') FROM pg_namespace WHERE nspname = '{SCHEMA}'") is True
    if not (allowed and may):
        raise _missing(database, user, current, allowed)
    db.execute(transaction(current))
    return LATEST


def transaction(since: int = 0) -> str:
    """:func:`script` behind the migrations' advisory lock: what one session sends, as one transaction."""
    return f"SELECT pg_advisory_xact_lock({LOCK_KEY});\n" + script(since)


def check_writable(db: Database) -> None:
    """Raise ``record.store-forbidden`` (with the grant to ask for) unless this role may save records."""
    may = db.rows(f"SELECT has_table_privilege('{SCHEMA}.record', 'INSERT'), "
                  f"has_table_privilege('{SCHEMA}.record', 'UPDATE'), "
                  f"EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{EDITOR_ROLE}')")[0]
    if may[0] is True and may[1] is True:
        return
    user = db.current_user()
    database = db.value("SELECT current_database()") or db.source.database
    grant = f"GRANT {EDITOR_ROLE} TO {ident(user)};"
    sql = grant if may[2] is True else (
        f"CREATE ROLE {EDITOR_ROLE} NOLOGIN;\nGRANT USAGE ON SCHEMA {SCHEMA} TO {EDITOR_ROLE};\n"
        f"GRANT SELECT, INSERT, UPDATE ON {SCHEMA}.record TO {EDITOR_ROLE};\n{grant}")
    raise StoreError(
        f"Votre rôle PostgreSQL « {user} » peut lire les fiches Passerelle de la base « {database} » mais pas les "
        f"enregistrer. Demandez à l'administrateur de la base de vous donner le rôle d'éditeur :\n\n{sql}\n\n"
        "Rien n'a été modifié.",
        f"PostgreSQL role '{user}' may read Passerelle's records in database '{database}' but not save them. "
        f"Ask the database administrator to run:\n\n{sql}\n\nNothing was changed.",
        code="record.store-forbidden", sql=sql)


def _missing(database: str, user: str, current: int, allowed: bool) -> StoreError:
    sql = script(current) + f"GRANT {EDITOR_ROLE} TO {ident(user)};\n"
    why_fr = ("le profil demande de ne pas le créer (« create_schema »: false)" if not allowed
              else f"votre rôle « {user} » n'a pas le droit de le {'créer' if current == 0 else 'mettre à jour'}")
    why_en = ("the profile says not to create it" if not allowed
              else f"role '{user}' may not {'create' if current == 0 else 'upgrade'} it")
    if current == 0:
        head_fr = (f"Passerelle range les fiches des tables de la base « {database} » dans le schéma « {SCHEMA} », "
                   f"qui n'existe pas encore, et {why_fr}.")
        head_en = f"Passerelle keeps table records in schema '{SCHEMA}' of database '{database}', which does not " \
                  f"exist yet, and {why_en}."
        alternative = (f"\n\nOu bien donnez à ce rôle le droit de créer des schémas dans la base "
                       f"(GRANT CREATE ON DATABASE {ident(database)} TO {ident(user)};) : Passerelle le créera "
                       "lui-même." if allowed else "")
    else:
        head_fr = (f"Le schéma « {SCHEMA} » de la base « {database} » date d'une version antérieure de Passerelle "
                   f"(version {current}, attendue {LATEST}) et {why_fr}.")
        head_en = (f"Schema '{SCHEMA}' of database '{database}' is at version {current} (expected {LATEST}) "
                   f"and {why_en}.")
        alternative = ""
    return StoreError(
        f"{head_fr} Demandez à l'administrateur de la base d'exécuter une fois ce script, qui donne aussi à votre "
        f"rôle le droit d'enregistrer les fiches :\n\n{sql}{alternative}\n\nRien n'a été modifié.",
        f"{head_en} Ask the database administrator to run this script once:\n\n{sql}\nNothing was changed.",
        code="record.store-missing" if current == 0 else "record.store-outdated", sql=sql)
