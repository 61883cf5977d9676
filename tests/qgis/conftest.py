"""Tests inside a real QGIS (pytest-qgis provides the QgsApplication, headless)."""
import os
import shutil

import pytest

from passerelle.sample import territory


@pytest.fixture(scope="session")
def sample_folder(tmp_path_factory):
    folder = tmp_path_factory.mktemp("territory")
    territory.generate(str(folder))
    return str(folder)


@pytest.fixture
def territory_gpkg(sample_folder, tmp_path):
    """A private copy of the sample GeoPackage (tests tag it)."""
    source = os.path.join(sample_folder, "territoire.gpkg")
    target = tmp_path / "territoire.gpkg"
    shutil.copy(source, target)
    return str(target)


@pytest.fixture
def project():
    from qgis.core import QgsProject

    project = QgsProject.instance()
    project.clear()
    yield project
    project.clear()


@pytest.fixture(scope="session")
def postgis():
    """A private PostgreSQL + PostGIS on 127.0.0.1 for the session (dies with the test process)."""
    from support.postgis import PostgisServer

    with PostgisServer() as server:
        yield server
