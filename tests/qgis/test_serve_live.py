"""The local SDI serves a PostGIS table live (``serve: live``): real PostgreSQL, real qgis_mapserver.

The served project reads the table itself (a row added afterwards is served at once, nothing re-published);
its source names a pg_service, never a password; a layer whose only credential is a password written in its
source is refused before anything is sent.
"""
import pytest
import requests
from qgis.core import QgsVectorLayer

from passerelle import api
from passerelle.publishers.qgis_server import read_marks
from passerelle.sample import territory
from passerelle.sdi import local
from support.postgis_team import Colleague, points_table, reset, service_uri


@pytest.fixture
def live_profile(postgis, tmp_path, monkeypatch, project):
    reset(postgis, roles=("alice",))
    points_table(postgis, "ecoles")
    alice = Colleague(postgis, "alice", create=True)
    postgis.execute('ALTER TABLE ecoles OWNER TO "alice"')
    monkeypatch.setenv("PGSERVICEFILE", alice.service_file(tmp_path))
    monkeypatch.setenv("PASSERELLE_DATA_DIR", str(tmp_path / "data"))
    profile = {"name": "direct", "version": "1", "targets": {"local": {
        "type": "local", "folder": str(tmp_path / "sdi"), "kind": "open", "serve": "live", "retries": 1,
        "timeout": 20}}}
    yield {"profile": profile, "alice": alice, "folder": tmp_path / "sdi"}
    local.stop_all()
    project.clear()
    reset(postgis, roles=("alice",))


def tags(title):
    fields = dict(territory.default_tags()["equipements_publics"], title=title)
    fields.pop("schema")
    return fields


def hits(sdi, name: str) -> int:
    from lxml import etree

    answer = requests.get(sdi.urls["ows"], params={"SERVICE": "WFS", "VERSION": "1.1.0", "REQUEST": "GetFeature",
                                                   "TYPENAME": name, "RESULTTYPE": "hits"}, timeout=20)
    return int(etree.fromstring(answer.content).get("numberOfFeatures"))


def test_a_table_served_live_shows_new_rows_without_publishing_again(postgis, live_profile, project):
    layer = QgsVectorLayer(service_uri("ecoles"), "Écoles", "postgres")
    assert layer.isValid()
    project.addMapLayer(layer)
    api.tag(layer, **tags("Écoles publiques"))

    report = api.publish([layer], live_profile["profile"])
    assert report.ok, [(o.target, o.code, o.message_fr) for o in report.outcomes]

    sdi = local.sdi_for(str(live_profile["folder"]))
    mark = next(m for m in read_marks(sdi.project).values() if m["short_name"] == "ecoles")
    assert mark["provider"] == "postgres" and "service='equipe_sig'" in mark["data"]
    with open(sdi.project, encoding="utf-8") as handle:
        assert live_profile["alice"].password not in handle.read()
    assert hits(sdi, "ecoles") == 2
    postgis.execute("INSERT INTO ecoles (nom, geom) "
                    "VALUES ('École neuve', ST_SetSRID(ST_MakePoint(929200, 6679100), 2154))")
    assert hits(sdi, "ecoles") == 3  # served from the table itself


def test_a_password_written_in_the_source_is_refused_for_live_serving(live_profile, project):
    layer = QgsVectorLayer(live_profile["alice"].uri("ecoles"), "Écoles", "postgres")
    project.addMapLayer(layer)
    api.tag(layer, **tags("Écoles publiques"))

    report = api.publish([layer], live_profile["profile"])

    assert {o.state for o in report.outcomes} == {"refused"}
    assert {o.code for o in report.outcomes} == {"qgis-server.live-credentials"}
    assert not (live_profile["folder"] / "records").exists() or not list((live_profile["folder"] / "records").iterdir())
