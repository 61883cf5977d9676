"""Shared by every test folder."""
import os
import tempfile

from passerelle.qgis_io.headless import choose_qt_platform
# The session fails when a process it started still runs at its end (every server dies with its parent).
from support.no_leftover_processes import pytest_sessionfinish  # noqa: F401

# Fixtures shared by several test folders, each defined once; none imports QGIS before it runs, so
# tests/unit and tests/servers (-p no:qgis -p no:pytestqt) load them too.
pytest_plugins = [
    "support.fixtures.vocabularies",  # vocab
    "support.fixtures.sdi_standins",  # geonetwork, geoserver, make_package
    "support.fixtures.catalogue_standins",  # udata_standin, ods, make_catalogue_package
    "support.fixtures.territory",  # sample_folder, territory_gpkg, project, layers
    "support.fixtures.servers",  # pycsw, fresh_pycsw, pycsw_factory, ckan, ckan_organisation, udata, udata_factory
]

# Isolate QGIS's authentication database and Passerelle's data from the user's own, before QGIS
# starts (pytest-qgis initialises it at session start). The master password comes from the
# environment, as it does for headless runs (qgis_process, CI).
_SANDBOX = tempfile.mkdtemp(prefix="passerelle-tests-")
os.environ.setdefault("QGIS_AUTH_DB_DIR_PATH", os.path.join(_SANDBOX, "auth"))
os.makedirs(os.environ["QGIS_AUTH_DB_DIR_PATH"], exist_ok=True)
os.environ.setdefault("PASSERELLE_AUTH_MASTER_PASSWORD", "tests-master-password")
os.environ.setdefault("PASSERELLE_DATA_DIR", os.path.join(_SANDBOX, "data"))
choose_qt_platform()  # `pytest` works without a display (and without `make`'s QT_QPA_PLATFORM)

QGIS_INI = ("qgis_gui_enabled", "qgis_disable_exit", "qgis_canvas_height", "qgis_canvas_width")


def pytest_addoption(parser, pluginmanager):
    # tests/unit and tests/desktop run without pytest-qgis (-p no:qgis): declare its ini keys so
    # pytest does not warn about them.
    if not pluginmanager.has_plugin("pytest_qgis"):
        for name in QGIS_INI:
            parser.addini(name, "pytest-qgis option, unused without the plugin")
