"""Hostile inputs through the public API, inside a real QGIS (pytest-qgis, headless).

Every test here feeds Passerelle something a careless or malicious world hands it (texts, identifiers,
profiles, vocabularies, ISO and .qmd documents, damaged data files, servers that lie, stall or never
answer) and asserts that it ends in a clear error (a PasserelleError with a stable code) or a finding,
never in a crash, a half-written result or a leaked secret. ``hostile_case`` counts the inputs per
category (``test_zz_canary.py`` checks there are at least 200 and prints the tally); every secret
used here is a canary that ``test_zz_canary.py`` looks for everywhere afterwards.

Fixtures:
- ``credentials``: QGIS authentication configurations holding the canaries (Basic, API key headers);
- ``make_layer(name, **tags)``: a tagged point layer (GeoPackage, Lambert-93) in the project;
- ``data_dir``: a private PASSERELLE_DATA_DIR (registries, packages) for the test;
- ``hostile_server`` / ``another_server``: support.hostile_http servers (two origins).
"""
from __future__ import annotations

import logging

import pytest

from support.hostile_run import BASE_TAGS, CANARY_KEY, CANARY_PASSWORD, LOGS, TALLY


def pytest_collection_modifyitems(items):
    """Count the hostile inputs: every test of this folder marked with ``hostile(category)``."""
    for item in items:
        marker = item.get_closest_marker("hostile")
        if marker is not None:
            TALLY[marker.args[0]] = TALLY.get(marker.args[0], 0) + 1


def pytest_configure(config):
    config.addinivalue_line("markers", "hostile(category): one hostile input of that category")


class _Keep(logging.Handler):
    def emit(self, record):
        try:
            LOGS.append(self.format(record))
        except Exception:  # noqa: BLE001 - a record that cannot be formatted has nothing to leak
            pass


@pytest.fixture(scope="session", autouse=True)
def _keep_every_log():
    handler = _Keep(logging.DEBUG)
    handler.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    previous = root.level
    root.setLevel(logging.DEBUG)
    from qgis.core import QgsApplication

    QgsApplication.messageLog().messageReceived.connect(lambda message, *_: LOGS.append(str(message)))
    yield
    root.removeHandler(handler)
    root.setLevel(previous)


@pytest.fixture(scope="session")
def credentials(qgis_app):
    """authcfg ids: ``basic`` (editeur), ``admin`` (admin), ``key`` (X-API-KEY), ``ods`` (Authorization: Apikey)."""
    from passerelle.qgis_io import auth
    from support.catalogue_standins import CANARY_KEY as STANDIN_KEY
    from support.sdi_standins import CANARY

    return {"basic": auth.store_basic("hostile basic", "editeur", CANARY_PASSWORD),
            "admin": auth.store_basic("hostile admin", "admin", CANARY_PASSWORD),
            "key": auth.store_basic("hostile key", "header:X-API-KEY", CANARY_KEY),
            "ods": auth.store_basic("hostile ods", "header:Authorization", f"Apikey {CANARY_KEY}"),
            "standin_basic": auth.store_basic("stand-in editeur", "editeur", CANARY),
            "standin_admin": auth.store_basic("stand-in admin", "admin", CANARY),
            "standin_key": auth.store_basic("stand-in key", "header:X-API-KEY", STANDIN_KEY),
            "standin_ods": auth.store_basic("stand-in ods", "header:Authorization", f"Apikey {STANDIN_KEY}")}


@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    folder = tmp_path / "data"
    monkeypatch.setenv("PASSERELLE_DATA_DIR", str(folder))
    return folder


@pytest.fixture
def make_layer(tmp_path, project, data_dir):
    """make_layer(name="couche", points=3, crs=2154, **tags) -> a tagged QGIS layer of a fresh GeoPackage."""
    from osgeo import ogr, osr
    from qgis.core import QgsVectorLayer

    from passerelle import api

    def factory(name="couche", points=3, crs=2154, tag=True, **tags):
        path = str(tmp_path / f"{name}.gpkg")
        srs = osr.SpatialReference()
        srs.ImportFromEPSG(crs)
        dataset = ogr.GetDriverByName("GPKG").CreateDataSource(path)
        layer = dataset.CreateLayer(name, srs, ogr.wkbPoint)
        layer.CreateField(ogr.FieldDefn("numero", ogr.OFTInteger))
        for j in range(points):
            feature = ogr.Feature(layer.GetLayerDefn())
            feature.SetField("numero", j)
            feature.SetGeometry(ogr.CreateGeometryFromWkt(f"POINT ({928400 + 50 * j} {6686550 + 30 * j})"))
            layer.CreateFeature(feature)
        dataset = None
        qgis_layer = QgsVectorLayer(f"{path}|layername={name}", name, "ogr")
        assert qgis_layer.isValid()
        project.addMapLayer(qgis_layer)
        if tag:
            api.tag(qgis_layer, **{"title": f"Couche {name}", **BASE_TAGS, **tags})
        return qgis_layer

    return factory


@pytest.fixture
def hostile_server():
    from support.hostile_http import HostileServer

    with HostileServer() as server:
        yield server


@pytest.fixture
def another_server():
    from support.hostile_http import HostileServer

    with HostileServer() as server:
        yield server
