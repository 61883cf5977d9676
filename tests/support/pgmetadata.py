"""PgMetadata's schema (3Liz's QGIS plugin) in a test database, and records as an authority fills them.

Written for these tests from the structure PgMetadata installs (its ``install/sql`` scripts, version 1.x):
the tables ``contact``, ``dataset`` (one row per ``schema_name`` + ``table_name``, ``uid`` uuid),
``dataset_contact`` (role codes OW, CU, DI, PC…), ``link``, ``theme``, ``glossary``, ``qgis_plugin``,
their keys and unique constraints, and the two triggers that matter to other tools: the one filling
``update_date`` and the computed columns, and the one rewriting the table COMMENT as
``title - abstract (categories)`` after every insert or update of a dataset row. Only the glossary
entries the tests use are filled.

>>> install(server)
>>> dataset(server, "public", "ecoles", title="Écoles", abstract="…", keywords="école, éducation",
...         categories=["SOC"], contacts=[("Jeanne Martin", "Mairie", "SIG", "sig@mairie.fr", "OW")])
"""
from __future__ import annotations

SCHEMA_SQL = r"""
CREATE EXTENSION IF NOT EXISTS "uuid-ossp" SCHEMA public;
CREATE SCHEMA pgmetadata;

CREATE TABLE pgmetadata.contact (
    id serial PRIMARY KEY,
    name text NOT NULL,
    organisation_name text NOT NULL,
    organisation_unit text,
    email text,
    phone text
);
CREATE TABLE pgmetadata.dataset (
    id serial PRIMARY KEY,
    uid uuid DEFAULT public.uuid_generate_v4() NOT NULL UNIQUE,
    table_name text NOT NULL,
    schema_name text NOT NULL,
    title text NOT NULL,
    abstract text NOT NULL,
    categories text[],
    keywords text,
    spatial_level text,
    minimum_optimal_scale integer,
    maximum_optimal_scale integer,
    publication_date timestamp without time zone DEFAULT now(),
    publication_frequency text,
    license text,
    confidentiality text,
    feature_count integer,
    geometry_type text,
    projection_name text,
    projection_authid text,
    spatial_extent text,
    creation_date timestamp without time zone DEFAULT now() NOT NULL,
    update_date timestamp without time zone DEFAULT now(),
    geom public.geometry(Polygon, 4326),
    data_last_update timestamp without time zone,
    themes text[],
    license_attribution text,
    CONSTRAINT dataset_table_name_schema_name_key UNIQUE (table_name, schema_name)
);
CREATE TABLE pgmetadata.dataset_contact (
    id serial PRIMARY KEY,
    fk_id_contact integer NOT NULL REFERENCES pgmetadata.contact(id) ON DELETE RESTRICT,
    fk_id_dataset integer NOT NULL REFERENCES pgmetadata.dataset(id) ON DELETE CASCADE,
    contact_role text NOT NULL,
    CONSTRAINT dataset_contact_fk_id_contact_fk_id_dataset_contact_role_key
        UNIQUE (fk_id_contact, fk_id_dataset, contact_role)
);
CREATE TABLE pgmetadata.link (
    id serial PRIMARY KEY,
    name text NOT NULL,
    type text NOT NULL,
    url text NOT NULL,
    description text,
    format text,
    mime text,
    size integer,
    fk_id_dataset integer NOT NULL REFERENCES pgmetadata.dataset(id) ON DELETE CASCADE
);
CREATE TABLE pgmetadata.theme (
    id serial PRIMARY KEY,
    code text NOT NULL UNIQUE,
    label text NOT NULL UNIQUE,
    description text
);
CREATE TABLE pgmetadata.glossary (
    id serial PRIMARY KEY,
    field text NOT NULL,
    code text NOT NULL,
    label_en text NOT NULL,
    description_en text,
    item_order smallint,
    label_fr text,
    description_fr text,
    UNIQUE (field, code)
);
CREATE TABLE pgmetadata.qgis_plugin (
    id integer PRIMARY KEY,
    version text NOT NULL,
    version_date date NOT NULL,
    status smallint NOT NULL
);
INSERT INTO pgmetadata.qgis_plugin VALUES (0, '1.3.0', '2023-01-01', 1);

-- What PgMetadata computes from the data on every insert or update of a dataset row.
CREATE FUNCTION pgmetadata.calculate_fields_from_data() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    target regclass := to_regclass(quote_ident(NEW.schema_name) || '.' || quote_ident(NEW.table_name));
    geometry_column record;
BEGIN
    IF target IS NULL THEN
        RETURN NEW;
    END IF;
    NEW.update_date = now();
    IF TG_OP = 'INSERT' THEN
        NEW.creation_date = now();
    END IF;
    EXECUTE 'SELECT count(*) FROM ' || target INTO NEW.feature_count;
    SELECT * FROM public.geometry_columns WHERE f_table_schema = NEW.schema_name AND f_table_name = NEW.table_name
        LIMIT 1 INTO geometry_column;
    IF geometry_column IS NOT NULL THEN
        NEW.geometry_type = geometry_column.type;
        NEW.projection_authid = 'EPSG:' || geometry_column.srid;
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER trg_calculate_fields_from_data BEFORE INSERT OR UPDATE ON pgmetadata.dataset
    FOR EACH ROW EXECUTE PROCEDURE pgmetadata.calculate_fields_from_data();

-- The table COMMENT becomes "title - abstract (categories)" after every insert or update (silently
-- skipped when the role may not change it, as PgMetadata does).
CREATE FUNCTION pgmetadata.update_table_comment_from_dataset() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF to_regclass(quote_ident(NEW.schema_name) || '.' || quote_ident(NEW.table_name)) IS NOT NULL THEN
        BEGIN
            EXECUTE 'COMMENT ON TABLE ' || quote_ident(NEW.schema_name) || '.' || quote_ident(NEW.table_name)
                 || ' IS ' || quote_literal(concat(NEW.title, ' - ', NEW.abstract, ' (',
                                                   array_to_string(NEW.categories, ', '), ')'));
        EXCEPTION WHEN OTHERS THEN
            RAISE NOTICE 'comment of %.% not updated', NEW.schema_name, NEW.table_name;
        END;
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER trg_update_table_comment_from_dataset AFTER INSERT OR UPDATE ON pgmetadata.dataset
    FOR EACH ROW EXECUTE PROCEDURE pgmetadata.update_table_comment_from_dataset();

INSERT INTO pgmetadata.glossary (field, code, label_en, label_fr) VALUES
    ('contact.contact_role', 'CU', 'Custodian', 'Dépositaire'),
    ('contact.contact_role', 'DI', 'Distributor', 'Distributeur'),
    ('contact.contact_role', 'OW', 'Owner', 'Propriétaire'),
    ('contact.contact_role', 'PC', 'Point of Contact', 'Point de contact'),
    ('dataset.categories', 'PLA', 'Planning Cadastre', 'Planification/Cadastre'),
    ('dataset.categories', 'SOC', 'Society', 'Société'),
    ('dataset.categories', 'TRA', 'Transportation', 'Transport'),
    ('dataset.confidentiality', 'OPE', 'Open', 'Ouvert'),
    ('dataset.confidentiality', 'RES', 'Restricted', 'Restreint'),
    ('dataset.publication_frequency', 'YEA', 'Yearly', 'Annuel'),
    ('dataset.publication_frequency', 'MON', 'Monthly', 'Mensuel'),
    ('dataset.publication_frequency', 'NEC', 'When necessary', 'Lorsque nécessaire'),
    ('dataset.license', 'LO-2.0', 'Licence Ouverte Version 2.0', NULL),
    ('dataset.license', 'LO-2.1', 'Licence Ouverte Version 2.1', NULL),
    ('dataset.license', 'ODBL', 'Open Data Commons Open Database License', NULL),
    ('link.mime', 'pdf', 'application/pdf', NULL);
INSERT INTO pgmetadata.theme (code, label, description) VALUES
    ('EDU', 'Éducation', 'Écoles, collèges, lycées'),
    ('URB', 'Urbanisme', NULL);
"""


def install(server) -> None:
    """PgMetadata's schema, as the plugin creates it (see the module's documentation)."""
    server.execute(SCHEMA_SQL)


def dataset(server, schema: str, table: str, *, title: str, abstract: str, keywords: str = "", categories=(),
            themes=(), frequency: str = "", licence: str = "", confidentiality: str = "", contacts=(), links=(),
            spatial_level: str = "") -> str:
    """A dataset row with its contacts ``(name, organisation, unit, email, role)`` and links
    ``(name, type, url)``; returns its uid."""
    uid = server.execute(
        "INSERT INTO pgmetadata.dataset (schema_name, table_name, title, abstract, keywords, categories, themes, "
        "publication_frequency, license, confidentiality, spatial_level) "
        "VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s) RETURNING uid::text",
        (schema, table, title, abstract, keywords or None, list(categories) or None, list(themes) or None,
         frequency or None, licence or None, confidentiality or None, spatial_level or None))[0][0]
    for name, organisation, unit, email, role in contacts:
        found = server.execute("SELECT id FROM pgmetadata.contact WHERE name = %s AND organisation_name = %s",
                               (name, organisation))
        contact_id = found[0][0] if found else server.execute(
            "INSERT INTO pgmetadata.contact (name, organisation_name, organisation_unit, email) "
            "VALUES (%s, %s, %s, %s) RETURNING id", (name, organisation, unit or None, email or None))[0][0]
        server.execute("INSERT INTO pgmetadata.dataset_contact (fk_id_contact, fk_id_dataset, contact_role) "
                       "SELECT %s, id, %s FROM pgmetadata.dataset WHERE uid = %s::uuid", (contact_id, role, uid))
    for name, kind, url in links:
        server.execute("INSERT INTO pgmetadata.link (name, type, url, fk_id_dataset) "
                       "SELECT %s, %s, %s, id FROM pgmetadata.dataset WHERE uid = %s::uuid", (name, kind, url, uid))
    return uid
