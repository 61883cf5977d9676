"""A PostGIS layer is checked in the database, with the findings of the same data in a GeoPackage.

The same layers are written to a GeoPackage and copied into a real PostGIS (as ogr2ogr does: the
fid becomes the integer primary key); both are opened in QGIS and checked through the console API.
"""
import json
import time

import pytest
from qgis.core import QgsVectorLayer

from passerelle import api
from passerelle.catalogue import layerstream, pgstream
from passerelle.catalogue.checks import encoding, geometry, rgpd, schema
from passerelle.qgis_io import layerdata as qgis_layerdata
from support.check_layers import COUNT_DEFAULT, PARCELS, SURVEY, SURVEY_SCHEMA, copy_to_postgis, write_parcels, \
    write_survey

DOUBS = {"territory": {"name": "Doubs", "bbox": [5.69, 46.55, 7.07, 47.58]}}
TAGS = dict(title="Relevés du mobilier urbain", abstract="Relevé de terrain du mobilier urbain.",
            access="ouverte", nature="publique", licence="etalab-2.0", frequency="annual",
            granularity="fr-commune", themes=["us"], contact={"organisation": "Ville de Besançon",
                                                               "email": "sig@besancon.fr"},
            lineage="Relevés de terrain.", last_revision="2025-01-15")


@pytest.fixture(scope="module")
def sources(tmp_path_factory, postgis):
    """(GeoPackage path, schema path) with the survey and the parcels, both also in PostGIS."""
    folder = tmp_path_factory.mktemp("postgis_checks")
    gpkg = str(folder / "releves.gpkg")
    write_survey(gpkg, COUNT_DEFAULT)
    write_parcels(gpkg)
    schema = folder / "releves.schema.json"
    schema.write_text(json.dumps({k: v for k, v in SURVEY_SCHEMA.items() if k != "primaryKey"}), encoding="utf-8")
    keyed = folder / "releves_cle.schema.json"
    keyed.write_text(json.dumps(SURVEY_SCHEMA), encoding="utf-8")
    for name in (SURVEY, PARCELS):
        copy_to_postgis(postgis, gpkg, name)
    yield gpkg, str(schema), str(keyed)
    for name in (SURVEY, PARCELS):
        postgis.execute(f'DROP TABLE IF EXISTS "{name}"')


def _pair(project, postgis, gpkg, name, schema="", subset=""):
    """The layer from the GeoPackage and from PostGIS, tagged alike, in the project."""
    file_layer = QgsVectorLayer(f"{gpkg}|layername={name}", name, "ogr")
    table_layer = QgsVectorLayer(postgis.qgis_uri(name, key="fid"), name, "postgres")
    for layer in (file_layer, table_layer):
        assert layer.isValid()
        if subset:
            assert layer.setSubsetString(subset)
        project.addMapLayer(layer)
        api.tag(layer, **TAGS, **({"schema": schema} if schema else {}))
    return file_layer, table_layer


#: What the data says (the record's own findings quote each record's identifier).
DATA_CODES = set(rgpd.CODES + schema.CODES + geometry.CODES + encoding.CODES
                 + ("crs.outside-area", "extent.outside-territory"))


def _said(report):
    said = [(f.code, f.severity, f.field, f.feature_ids, f.feature_count, f.message_fr, f.message_en)
            for f in report.findings if f.code in DATA_CODES]
    assert said  # a comparison of nothing proves nothing
    return said


@pytest.fixture
def no_qgis_reading(monkeypatch):
    """Fail a test that would read a PostGIS layer feature by feature through QGIS."""
    def refuse(self, columns=None, geometry=True):
        raise AssertionError(f"{self.layer.name()} was read through QGIS, not checked in the database")

    monkeypatch.setattr(qgis_layerdata.QgisStream, "batches", refuse)


def test_a_postgis_table_gets_the_findings_of_the_same_data_in_a_geopackage(project, postgis, sources,
                                                                             no_qgis_reading):
    gpkg, schema, _keyed = sources
    file_layer, table_layer = _pair(project, postgis, gpkg, SURVEY, schema)
    in_file = api.check(file_layer, DOUBS, targets=["open"])
    in_table = api.check(table_layer, DOUBS, targets=["open"])
    assert _said(in_table) == _said(in_file)
    codes = {(f.code, f.field) for f in in_table.findings}
    assert {("rgpd.personal-columns", "courriel"), ("schema.violation", "code"), ("schema.violation", "categorie"),
            ("geometry.empty", None), ("crs.outside-area", None), ("extent.outside-territory", None)} <= codes
    repeated = [f for f in in_table.findings if f.field == "code"][0]
    assert repeated.feature_ids == [5, COUNT_DEFAULT - 3]  # ids are the table's key, as QGIS shows them


def test_invalid_geometries_are_found_by_postgis_with_the_reason_geos_gives(project, postgis, sources,
                                                                             no_qgis_reading):
    gpkg, _schema, _keyed = sources
    file_layer, table_layer = _pair(project, postgis, gpkg, PARCELS)
    in_table = api.check(table_layer, DOUBS)
    assert _said(in_table) == _said(api.check(file_layer, DOUBS))
    invalid = [f for f in in_table.findings if f.code == "geometry.invalid"][0]
    assert invalid.feature_ids == [7, 14, 21, 28, 35] and "Self-intersection" in invalid.message_en


def test_the_database_answers_without_sending_the_rows(project, postgis, sources, monkeypatch, no_qgis_reading):
    gpkg, schema, _keyed = sources
    _file_layer, table_layer = _pair(project, postgis, gpkg, SURVEY, schema)

    def refuse(self, columns=None, geometry=True):
        raise AssertionError(f"rows were streamed: {columns}")

    monkeypatch.setattr(pgstream.PgStream, "batches", refuse)
    report = api.check(table_layer, DOUBS)
    assert {f.field for f in report.findings if f.code == "schema.violation"} >= {"code", "categorie", "commune"}


def test_columns_with_many_values_stream_in_key_order_with_the_same_findings(project, postgis, sources,
                                                                             monkeypatch, no_qgis_reading):
    gpkg, _schema, keyed = sources
    file_layer, table_layer = _pair(project, postgis, gpkg, SURVEY, keyed)
    monkeypatch.setattr(pgstream, "PROBE_ROWS", 40)  # every column looks like an identifier: all stream
    monkeypatch.setattr(pgstream.layerdata, "BATCH_SIZE", 101)
    streamed = []
    original = pgstream.PgStream.batches

    def counted(self, columns=None, geometry=True):
        for batch in original(self, columns, geometry):
            streamed.append(len(batch))
            yield batch

    monkeypatch.setattr(pgstream.PgStream, "batches", counted)
    in_table = api.check(table_layer, DOUBS)
    assert len(streamed) > 2 * (COUNT_DEFAULT // 101)  # both passes, in batches
    assert _said(in_table) == _said(api.check(file_layer, DOUBS))
    assert [f for f in in_table.findings if f.field == "commune, annee"]  # the composite key, streamed


def test_a_layer_filter_and_missing_keys_give_the_same_findings(project, postgis, sources, no_qgis_reading):
    gpkg, schema, _keyed = sources
    name = "releves_trous"
    copy_to_postgis(postgis, gpkg, SURVEY, table=name)
    postgis.execute(f'DELETE FROM "{name}" WHERE fid % 10 = 3')  # keys no longer 1..n: sampled by rank
    try:
        file_layer = QgsVectorLayer(f"{gpkg}|layername={SURVEY}", name, "ogr")
        table_layer = QgsVectorLayer(postgis.qgis_uri(name, key="fid"), name, "postgres")
        file_layer.setSubsetString('"annee" > 1990 AND "code" LIKE \'MOB-0%\' AND "fid" % 10 <> 3')
        table_layer.setSubsetString('"annee" > 1990 AND "code" LIKE \'MOB-0%\'')  # a % in the filter
        for layer in (file_layer, table_layer):
            project.addMapLayer(layer)
            api.tag(layer, **TAGS, schema=schema)
        in_table = api.check(table_layer, DOUBS, targets=["open"])
        assert _said(in_table) == _said(api.check(file_layer, DOUBS, targets=["open"]))
        ids = {i for f in in_table.findings for i in f.feature_ids}
        assert ids and not {i for i in ids if i % 10 == 3}
        assert 5 not in ids and COUNT_DEFAULT - 3 not in ids  # the repeated code is filtered out: no longer repeated
        assert not [f for f in in_table.findings if f.field == "code"]
    finally:
        postgis.execute(f'DROP TABLE IF EXISTS "{name}"')


def test_a_table_without_an_integer_key_is_read_through_qgis(project, postgis):
    postgis.execute("DROP TABLE IF EXISTS croquis")
    postgis.execute("CREATE TABLE croquis (code text PRIMARY KEY, geom geometry(Polygon, 2154))")
    postgis.execute("INSERT INTO croquis VALUES "
                    "('a', 'SRID=2154;POLYGON((900000 6661000, 900100 6661100, 900100 6661000, 900000 6661100, "
                    "900000 6661000))'), ('b', 'SRID=2154;POLYGON((900000 6661000, 900100 6661000, 900100 6661100, "
                    "900000 6661100, 900000 6661000))')")
    try:
        layer = QgsVectorLayer(postgis.qgis_uri("croquis", key="code"), "croquis", "postgres")
        assert layer.isValid()
        project.addMapLayer(layer)
        assert qgis_layerdata.postgis_stream(layer) is None
        assert isinstance(qgis_layerdata.layer_stream(layer), qgis_layerdata.QgisStream)
        report = api.check(layer, DOUBS)
        invalid = [f for f in report.findings if f.code == "geometry.invalid"]
        ids = {f["code"]: f.id() for f in layer.getFeatures()}
        assert invalid and invalid[0].feature_ids == [ids["a"]]
    finally:
        postgis.execute("DROP TABLE IF EXISTS croquis")


def test_the_stream_of_a_postgis_layer_reads_the_table_in_key_order(project, postgis, sources):
    gpkg, _schema, _keyed = sources
    table_layer = QgsVectorLayer(postgis.qgis_uri(SURVEY, key="fid"), SURVEY, "postgres")
    stream = qgis_layerdata.layer_stream(table_layer)
    try:
        assert isinstance(stream, pgstream.PgStream)
        assert stream.info.count == COUNT_DEFAULT and stream.info.crs == "EPSG:2154"
        assert "fid" not in stream.info.columns  # the key is the feature id, as a GeoPackage's fid
        batches = list(stream.batches(["code"], geometry=True))
        ids = [i for b in batches for i in b.ids]
        assert ids == sorted(ids) and len(ids) == COUNT_DEFAULT
        first = layerstream.OgrStream(gpkg, SURVEY)
        assert list(batches[0]["code"][:5]) == list(next(iter(first.batches()))["code"][:5])
    finally:
        stream.close()


def test_a_connection_lost_during_the_check_is_a_clear_error(postgis, sources, vocab):
    from passerelle.catalogue.checks import check_layer
    from passerelle.catalogue.errors import PasserelleError
    from support.checks import complete_record, make_context

    stream = pgstream.PgStream(postgis.connect, SURVEY, geometry="geom")
    postgis.execute("SELECT pg_terminate_backend(%s)", (stream.connection.get_backend_pid(),))
    with pytest.raises(PasserelleError) as caught:
        check_layer(complete_record(), stream, make_context(vocab))
    assert caught.value.code == "layer.unreadable" and SURVEY in caught.value.message_fr
    assert postgis.password not in caught.value.message_fr + caught.value.message_en
    stream.close()


def test_a_filter_postgresql_refuses_leaves_no_connection_open(postgis, sources):
    import psycopg2

    before = postgis.execute("SELECT count(*) FROM pg_stat_activity WHERE datname = %s", (postgis.database,))[0][0]
    with pytest.raises(psycopg2.Error):
        pgstream.PgStream(postgis.connect, SURVEY, geometry="geom", where="no_such_column > 1")
    for _ in range(50):  # the server drops a closed session's entry a moment after the client closed it
        after = postgis.execute("SELECT count(*) FROM pg_stat_activity WHERE datname = %s", (postgis.database,))[0][0]
        if after == before:
            break
        time.sleep(0.05)
    assert after == before


def _check(stream, vocab):
    from passerelle.catalogue.checks import check_layer
    from support.checks import complete_record, make_context

    record = complete_record(schema="https://example.org/releves.json")
    context = make_context(vocab, resolve_schema=lambda url: SURVEY_SCHEMA)
    try:
        return [f for f in check_layer(record, stream, context) if f.code in DATA_CODES]
    finally:
        stream.close()


def test_a_latin1_database_gives_the_findings_of_the_utf8_file(postgis, sources, vocab, monkeypatch):
    gpkg, _schema, _keyed = sources
    postgis.execute("DROP DATABASE IF EXISTS ancienne", database="postgres")
    postgis.execute("CREATE DATABASE ancienne ENCODING 'LATIN1' LC_COLLATE 'C' LC_CTYPE 'C' TEMPLATE template0",
                    database="postgres")
    try:
        postgis.execute("CREATE EXTENSION postgis", database="ancienne")
        from osgeo import gdal

        done = gdal.VectorTranslate(f"PG:{postgis.dsn.replace(postgis.database, 'ancienne')}", gpkg,
                                    format="PostgreSQL", layers=[SURVEY],
                                    layerCreationOptions=["FID=fid", "GEOMETRY_NAME=geom", "LAUNDER=NO"])
        del done
        for probe in (pgstream.PROBE_ROWS, 40):  # values grouped, then streamed
            monkeypatch.setattr(pgstream, "PROBE_ROWS", probe)
            in_file = _check(layerstream.OgrStream(gpkg, SURVEY), vocab)
            in_table = _check(pgstream.PgStream(lambda: postgis.connect("ancienne"), SURVEY, geometry="geom"),
                              vocab)
            assert in_table == in_file
            assert any("Besançon" in f.message_fr for f in in_table)  # accents read right from LATIN1
    finally:
        postgis.execute("DROP DATABASE IF EXISTS ancienne", database="postgres")


def test_an_empty_table_is_checked_like_an_empty_layer(postgis, sources, vocab, monkeypatch, tmp_path):
    from support.check_layers import write_survey

    empty = write_survey(tmp_path / "vide.gpkg", 0)
    copy_to_postgis(postgis, empty, SURVEY, table="releves_vide")
    monkeypatch.setattr(pgstream, "PROBE_ROWS", 0)  # every column streams: nothing comes
    stream = pgstream.PgStream(postgis.connect, "releves_vide", geometry="geom")
    try:
        assert stream.info.count == 0 and list(stream.batches()) == []
        assert _check(stream, vocab) == _check(layerstream.OgrStream(empty, SURVEY), vocab) == []
    finally:
        stream.close()  # before the table is dropped: the stream's transaction holds a lock on it
        postgis.execute('DROP TABLE IF EXISTS "releves_vide"')
