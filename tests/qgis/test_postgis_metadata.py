"""PostGIS layers (real PostgreSQL + PostGIS started by the test): the table COMMENT is the abstract,
and what was typed in QGIS survives tagging."""
import json
import os
import signal
import subprocess
import sys
import time

import pytest
from qgis.core import QgsVectorLayer

from passerelle import api
from support.qgis_metadata import assert_same_typed_metadata, documented

COMMENT = "Écoles publiques de la commune, relevées en 2024 (source : service éducation)."
TESTS = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


@pytest.fixture
def schools(postgis):
    """A table of schools with a COMMENT, as a DBA documents tables (no record saved in the database yet)."""
    postgis.execute("DROP SCHEMA IF EXISTS passerelle CASCADE")
    postgis.execute("DROP TABLE IF EXISTS ecoles")
    postgis.execute("CREATE TABLE ecoles (id serial PRIMARY KEY, nom text, geom geometry(Point, 2154))")
    postgis.execute("INSERT INTO ecoles (nom, geom) VALUES (%s, ST_SetSRID(ST_MakePoint(%s, %s), 2154)), "
                    "(%s, ST_SetSRID(ST_MakePoint(%s, %s), 2154))",
                    ("École Jules Ferry", 929000, 6679000, "École du Centre", 929500, 6679800))
    postgis.execute("COMMENT ON TABLE ecoles IS %s", (COMMENT,))
    layer = QgsVectorLayer(postgis.qgis_uri("ecoles"), "ecoles", "postgres")
    assert layer.isValid() and layer.featureCount() == 2
    return layer


def test_table_comment_is_the_abstract_of_an_untagged_layer(schools):
    record = api.record(schools)
    assert record.abstract == COMMENT
    assert record.title == "ecoles" and record.extent is not None and record.extent.crs == "EPSG:2154"


def test_tagging_keeps_the_comment_as_abstract(schools):
    tagged = api.tag(schools, frequency="annuelle", title="Écoles")
    assert tagged.abstract == COMMENT and tagged.title == "Écoles"
    assert schools.metadata().abstract() == COMMENT
    assert api.record(schools).abstract == COMMENT


def test_metadata_typed_in_qgis_wins_over_the_comment_and_survives_tagging(schools):
    typed = documented(schools)
    schools.setMetadata(typed)
    record = api.record(schools)
    assert record.abstract == typed.abstract() != COMMENT
    api.tag(schools, frequency="annuelle")
    assert_same_typed_metadata(typed, schools.metadata())


def test_a_comment_added_later_fills_an_empty_abstract(postgis, schools):
    api.tag(schools, title="Écoles")  # written while the comment was there: the abstract is now the layer's
    postgis.execute("CREATE TABLE cantines (id serial PRIMARY KEY)")
    try:
        canteens = QgsVectorLayer(postgis.qgis_uri("cantines", geometry_column=None, key="id"), "cantines",
                                  "postgres")
        assert canteens.isValid()
        assert api.record(canteens).abstract == ""
        postgis.execute("COMMENT ON TABLE cantines IS 'Cantines scolaires'")
        reopened = QgsVectorLayer(postgis.qgis_uri("cantines", geometry_column=None, key="id"), "cantines",
                                  "postgres")
        assert api.record(reopened).abstract == "Cantines scolaires"
    finally:
        postgis.execute("DROP TABLE cantines")


CHILD = """
import json, os, signal, sys
sys.path.insert(0, {tests!r})
from support.postgis import PostgisServer
server = PostgisServer().start()
print(json.dumps({{"pid": server.process.pid, "folder": str(server.folder), "port": server.port}}), flush=True)
os.kill(os.getpid(), signal.SIGKILL)  # no atexit, no finally: only the kernel can stop postgres now
"""


def test_the_server_dies_with_the_process_that_started_it():
    child = subprocess.run([sys.executable, "-c", CHILD.format(tests=TESTS)], capture_output=True, text=True,
                           timeout=120)
    assert child.returncode == -signal.SIGKILL, child.stderr[-2000:]
    started = json.loads(child.stdout.strip().splitlines()[-1])
    try:
        deadline = time.monotonic() + 20
        while os.path.exists(f"/proc/{started['pid']}") and time.monotonic() < deadline:
            time.sleep(0.1)
        state = ""
        if os.path.exists(f"/proc/{started['pid']}"):
            with open(f"/proc/{started['pid']}/stat") as handle:
                state = handle.read().split()[2]
        assert state in ("", "Z"), f"postgres {started['pid']} still running after its parent was killed"
    finally:
        subprocess.run(["rm", "-rf", started["folder"]], check=False)
