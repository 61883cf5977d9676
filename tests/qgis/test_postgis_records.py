"""Records of PostGIS tables live in their database (real PostgreSQL + PostGIS, roles standing for colleagues).

Each colleague opens the table from their own project (here: a layer object of their own, through their
own role); the record, its identifier and its technical name are the table's, the same for all.
"""
import pytest
from qgis.core import QgsVectorLayer

from passerelle import api
from passerelle.catalogue.errors import PasserelleError
from passerelle.qgis_io.postgres import schema as store_schema
from passerelle.qgis_io.postgres.records import RecordConflictError
from support import pgmetadata
from support.postgis_team import Colleague, points_table, reset

PLUME = '<METADATA>\n[{"@id": "urn:uuid:479fd670-32c5-4ade-a26d-0268b0ce5046", "@type": ["dcat:Dataset"]}]\n</METADATA>'


@pytest.fixture
def team(postgis):
    """alice may create schemas in the database; bob and carol may only read its tables."""
    reset(postgis, roles=("alice", "bob", "carol"))
    points_table(postgis, "ecoles", comment="Écoles publiques de la commune (service éducation).")
    people = {"alice": Colleague(postgis, "alice", create=True), "bob": Colleague(postgis, "bob"),
              "carol": Colleague(postgis, "carol")}
    postgis.execute('ALTER TABLE ecoles OWNER TO "alice"')  # the GIS administrator's table
    yield people
    reset(postgis, roles=("alice", "bob", "carol"))


def opened(colleague, table="ecoles", name=None):
    """The table as a colleague opens it in their own project (their role, their layer name)."""
    layer = QgsVectorLayer(colleague.uri(table), name or f"{table} ({colleague.name})", "postgres")
    assert layer.isValid()
    return layer


def test_an_untagged_table_has_the_same_identifier_in_every_project_and_at_every_call(team):
    alice, bob = opened(team["alice"]), opened(team["bob"], name="Écoles")
    first = api.record(alice).identifier
    assert api.record(alice).identifier == first  # no longer a new one at every call
    assert api.record(bob).identifier == first  # another role, another layer name: the same table
    assert api.record(bob).abstract == "Écoles publiques de la commune (service éducation)."


def test_a_record_saved_by_one_colleague_is_the_one_every_colleague_reads(postgis, team):
    alice = opened(team["alice"])
    saved = api.tag(alice, title="Écoles publiques", frequency="annuelle", keywords=["école"],
                    contact={"organisation": "Mairie", "email": "sig@mairie.fr"})

    assert postgis.execute("SELECT max(version) FROM passerelle.migration") == [(store_schema.LATEST,)]
    bob = opened(team["bob"], name="ecoles_bob")
    record = api.record(bob)
    assert record.identifier == saved.identifier
    assert (record.title, record.keywords, record.contact.email) == ("Écoles publiques", ["école"], "sig@mairie.fr")
    assert record.frequency.endswith("/ANNUAL")
    assert bob.metadata().title() == "Écoles publiques"  # bob's project shows it in QGIS's metadata tab
    row = postgis.execute("SELECT identifier, version, created_by::text FROM passerelle.record "
                          "WHERE table_schema = 'public' AND table_name = 'ecoles'")
    assert row == [(saved.identifier, 1, "alice")]


def test_the_schema_migration_runs_once_and_again_without_harm(postgis, team):
    api.tag(opened(team["alice"]), title="Écoles")
    postgis.execute(store_schema.script(0))  # what a DBA would run: a second time changes nothing
    assert postgis.execute("SELECT version FROM passerelle.migration") == [(store_schema.LATEST,)]
    assert postgis.execute("SELECT count(*) FROM passerelle.record") == [(1,)]
    api.tag(opened(team["alice"]), frequency="annuelle")
    assert postgis.execute("SELECT version FROM passerelle.record") == [(2,)]


def test_without_the_right_to_create_the_schema_the_error_gives_the_script_for_the_dba(postgis, team):
    bob = opened(team["bob"])
    with pytest.raises(store_schema.StoreError) as caught:
        api.tag(bob, title="Écoles")
    error = caught.value
    assert error.code == "record.store-missing"
    assert "CREATE SCHEMA IF NOT EXISTS passerelle" in error.sql and 'GRANT passerelle_editeur TO "bob"' in error.sql
    assert error.sql in error.message_fr and "administrateur" in error.message_fr
    assert postgis.execute("SELECT to_regnamespace('passerelle')::text") == [(None,)]  # nothing was changed
    postgis.execute(error.sql)  # the DBA runs it
    api.tag(bob, title="Écoles")
    assert api.record(opened(team["carol"])).title == "Écoles"


def test_a_colleague_who_may_only_read_reads_and_is_told_what_to_ask_to_save(postgis, team):
    api.tag(opened(team["alice"]), title="Écoles")
    carol = opened(team["carol"])
    assert api.record(carol).title == "Écoles"
    with pytest.raises(store_schema.StoreError) as caught:
        api.tag(carol, title="Écoles et collèges")
    assert caught.value.code == "record.store-forbidden"
    assert 'GRANT passerelle_editeur TO "carol";' in caught.value.message_fr
    assert api.record(opened(team["alice"])).title == "Écoles"
    team["carol"].make_editor()
    api.tag(opened(team["carol"]), title="Écoles et collèges")
    assert api.record(opened(team["bob"])).title == "Écoles et collèges"


def test_records_are_read_only_by_who_may_read_the_table(postgis, team):
    points_table(postgis, "agents_rh")
    postgis.execute("REVOKE SELECT ON agents_rh FROM PUBLIC")
    postgis.execute('GRANT SELECT ON agents_rh TO "alice"')
    api.tag(opened(team["alice"], "agents_rh"), title="Agents (RH)")
    rows = postgis.execute("SET ROLE bob; SELECT table_name FROM passerelle.record ORDER BY 1")
    postgis.execute("RESET ROLE")
    assert rows == []  # bob cannot read the table: he does not see its record either
    assert [r[0] for r in postgis.execute("SELECT table_name FROM passerelle.record")] == ["agents_rh"]


def test_the_second_of_two_concurrent_saves_is_refused_and_shown_the_difference(postgis, team):
    team["bob"].make_editor()
    api.tag(opened(team["alice"]), title="Écoles")
    alice, bob = opened(team["alice"]), opened(team["bob"])
    assert api.record(alice).title == api.record(bob).title == "Écoles"  # both open the same version

    api.tag(alice, title="Écoles publiques")
    with pytest.raises(RecordConflictError) as caught:
        api.tag(bob, title="Écoles et maternelles")

    error = caught.value
    assert error.code == "record.conflict" and error.updated_by == "alice" and error.version == 2
    title = next(d for d in error.differences if d["field"] == "title")
    assert (title["read"], title["saved"], title["yours"]) == ("Écoles", "Écoles publiques", "Écoles et maternelles")
    assert "Écoles publiques" in error.message_fr and "alice" in error.message_fr
    assert api.record(opened(team["carol"])).title == "Écoles publiques"  # alice's save stands
    api.tag(bob, title="Écoles et maternelles")  # bob has now read alice's version: his save goes through
    assert postgis.execute("SELECT version, updated_by::text FROM passerelle.record") == [(3, "bob")]


def test_the_comment_keeps_a_summary_between_markers_and_everything_else(postgis, team):
    postgis.execute("COMMENT ON TABLE ecoles IS %s", ("Écoles publiques (service éducation).\n\n" + PLUME,))
    alice = opened(team["alice"])
    assert api.record(alice).abstract == "Écoles publiques (service éducation)."  # not Plume's block
    api.tag(alice, title="Écoles", access="ouverte", licence="etalab-2.0")
    api.tag(alice, frequency="annuelle")

    comment = postgis.execute("SELECT obj_description('public.ecoles'::regclass, 'pg_class')")[0][0]
    assert comment.startswith("Écoles publiques (service éducation).")
    assert PLUME in comment and comment.count("<PASSERELLE>") == 1 and comment.count("</PASSERELLE>") == 1
    summary = comment.split("<PASSERELLE>", 1)[1]
    assert "Fiche Passerelle « Écoles » (version 2)" in summary and "Licence Ouverte" in summary
    assert "annuel" in summary
    reopened = api.record(opened(team["bob"]))
    assert reopened.abstract == "Écoles publiques (service éducation)."


def test_a_chosen_technical_name_is_part_of_the_record_and_belongs_to_one_table(postgis, team):
    points_table(postgis, "colleges")
    api.tag(opened(team["alice"]), technical_name="etablissements_scolaires")
    assert api.record(opened(team["bob"])).technical_name == "etablissements_scolaires"
    with pytest.raises(PasserelleError) as caught:
        api.tag(opened(team["alice"], "colleges"), technical_name="etablissements_scolaires")
    assert caught.value.code == "tag.technical-name-taken" and "public.ecoles" in caught.value.message_fr
    with pytest.raises(PasserelleError) as invalid:
        api.tag(opened(team["alice"]), technical_name="Écoles publiques")
    assert invalid.value.code == "tag.technical-name"


def test_a_record_typed_in_a_project_before_moves_into_the_database_with_its_identifier(postgis, team):
    alice = opened(team["alice"])
    api.tag(alice, title="Écoles", profile={"name": "projet", "database": {"records": "project"}})
    kept_in_project = api.record(alice).identifier
    assert postgis.execute("SELECT to_regnamespace('passerelle')::text") == [(None,)]
    api.tag(alice, frequency="annuelle")
    assert api.record(opened(team["bob"])).identifier == kept_in_project


# --- PgMetadata ---------------------------------------------------------------------------------

@pytest.fixture
def documented_in_pgmetadata(postgis, team):
    pgmetadata.install(postgis)
    postgis.execute("GRANT USAGE ON SCHEMA pgmetadata TO PUBLIC; "
                    "GRANT SELECT ON ALL TABLES IN SCHEMA pgmetadata TO PUBLIC")
    uid = pgmetadata.dataset(
        postgis, "public", "ecoles", title="Établissements scolaires", abstract="Écoles maternelles et élémentaires.",
        keywords="école, éducation, enfance", categories=["SOC"], themes=["EDU"], frequency="YEA", licence="LO-2.0",
        confidentiality="OPE",
        contacts=[("Jeanne Martin", "Mairie de Saint-Aubin", "Service SIG", "sig@mairie.fr", "PC"),
                  ("Paul Durand", "Mairie de Saint-Aubin", "", "dgs@mairie.fr", "OW")],
        links=[("Règlement scolaire", "WWW:LINK", "https://mairie.fr/reglement.pdf")])
    return uid


def test_a_table_documented_in_pgmetadata_shows_its_record_without_retyping(team, documented_in_pgmetadata):
    record = api.record(opened(team["bob"]))
    assert record.identifier == documented_in_pgmetadata  # PgMetadata's uid
    assert record.title == "Établissements scolaires"
    assert record.abstract == "Écoles maternelles et élémentaires."
    assert record.keywords == ["école", "éducation", "enfance"]
    assert (record.contact.name, record.contact.organisation, record.contact.email) == \
        ("Jeanne Martin", "Mairie de Saint-Aubin — Service SIG", "sig@mairie.fr")
    assert (record.producer.name, record.producer.role) == ("Paul Durand", "owner")
    assert "http://inspire.ec.europa.eu/metadata-codelist/TopicCategory/society" in record.themes
    assert record.frequency.endswith("/ANNUAL") and record.licence.endswith("/etalab-2.0")
    assert record.vocabulary_keywords["PgMetadata"] == ["Éducation"]
    assert [link.url for link in record.links] == ["https://mairie.fr/reglement.pdf"]


def test_tagging_a_pgmetadata_table_keeps_pgmetadata_as_it_was_unless_asked_to_write(postgis, team,
                                                                                      documented_in_pgmetadata):
    alice = opened(team["alice"])
    saved = api.tag(alice, access="ouverte")
    assert saved.identifier == documented_in_pgmetadata and saved.title == "Établissements scolaires"
    assert postgis.execute("SELECT title FROM pgmetadata.dataset") == [("Établissements scolaires",)]
    # PgMetadata edited afterwards: its changes come into the record
    postgis.execute("UPDATE pgmetadata.dataset SET title = 'Écoles de la commune'")
    record = api.record(opened(team["bob"]))
    assert record.title == "Écoles de la commune" and record.access.endswith("/ouverte")


def test_with_pgmetadata_write_a_save_updates_pgmetadata_and_keeps_plume_in_the_comment(postgis, team,
                                                                                         documented_in_pgmetadata):
    postgis.execute("COMMENT ON TABLE ecoles IS %s", ("Écoles.\n\n" + PLUME,))
    postgis.execute('GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA pgmetadata TO "alice"; '
                    'GRANT USAGE ON ALL SEQUENCES IN SCHEMA pgmetadata TO "alice"')
    profile = {"name": "equipe", "database": {"pgmetadata": "write"}}
    alice = opened(team["alice"])
    api.tag(alice, profile=profile, title="Écoles publiques", keywords=["école", "maternelle"], frequency="mensuelle")

    row = postgis.execute("SELECT title, keywords, publication_frequency, license, uid::text "
                          "FROM pgmetadata.dataset WHERE table_name = 'ecoles'")[0]
    assert row == ("Écoles publiques", "école, maternelle", "MON", "LO-2.0", documented_in_pgmetadata)
    contacts = postgis.execute("SELECT c.name, c.email, dc.contact_role FROM pgmetadata.dataset_contact dc "
                               "JOIN pgmetadata.contact c ON c.id = dc.fk_id_contact ORDER BY dc.contact_role")
    assert contacts == [("Paul Durand", "dgs@mairie.fr", "OW"), ("Jeanne Martin", "sig@mairie.fr", "PC")]
    assert postgis.execute("SELECT count(*) FROM pgmetadata.contact") == [(2,)]  # contacts reused, not duplicated
    comment = postgis.execute("SELECT obj_description('public.ecoles'::regclass, 'pg_class')")[0][0]
    assert PLUME in comment and "<PASSERELLE>" in comment  # PgMetadata's trigger rewrote it: both came back
    assert "Écoles publiques - Écoles maternelles et élémentaires. (SOC)" in comment


def test_an_editor_left_open_is_told_even_when_the_layer_was_read_again_meanwhile(postgis, team):
    team["bob"].make_editor()
    api.tag(opened(team["alice"]), title="Écoles")
    bob = opened(team["bob"])
    api.record(bob)
    shown = api.shown_version(bob)  # what bob's editor shows (version 1)
    api.tag(opened(team["alice"]), lineage="Relevé 2024")
    api.record(bob)  # the panel refreshes in the background: the layer has read version 2

    with pytest.raises(RecordConflictError) as caught:
        api.tag(bob, base=shown, lineage="Relevé 2025")
    assert [d["field"] for d in caught.value.differences] == ["lineage"]
    assert postgis.execute("SELECT record->>'lineage' FROM passerelle.record") == [("Relevé 2024",)]


def test_two_agents_creating_the_schema_at_the_same_moment_both_succeed(postgis, team):
    import threading

    import psycopg2

    errors, start = [], threading.Barrier(2)

    def migrate():
        connection = psycopg2.connect(host="127.0.0.1", port=postgis.port, dbname=postgis.database, user="alice",
                                      password=team["alice"].password)
        try:
            start.wait(10)
            with connection, connection.cursor() as cursor:  # one transaction, as ensure() sends it
                cursor.execute(store_schema.transaction(0))
        except Exception as error:  # noqa: BLE001 - reported below
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=migrate) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert errors == []
    assert postgis.execute("SELECT version FROM passerelle.migration") == [(store_schema.LATEST,)]
