"""Tests inside a real QGIS (pytest-qgis provides the QgsApplication, headless).

The territory fixtures (``sample_folder``, ``territory_gpkg``, ``project``, ``layers``) are shared with
tests/ui: support/fixtures/territory.py.
"""
import pytest


@pytest.fixture(scope="session")
def postgis():
    """A private PostgreSQL + PostGIS on 127.0.0.1 for the session (dies with the test process)."""
    from support.postgis import PostgisServer

    with PostgisServer() as server:
        yield server
