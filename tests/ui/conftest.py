"""The real Passerelle widgets on a real QgsProject, headless (pytest-qgis + pytest-qt).

Settings go to a private ini file, Passerelle's data and caches to the test's
folder, and every background task is awaited before a test ends. The territory fixtures
(``territory_gpkg``, ``layers``...) are shared with tests/qgis: support/fixtures/territory.py.
"""
import os
import subprocess

import pytest
from qgis.core import QgsApplication, QgsProject, QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QSettings, QTranslator

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
TS = os.path.join(ROOT, "passerelle", "i18n", "passerelle_fr.ts")


@pytest.fixture(autouse=True)
def isolated(tmp_path, monkeypatch):
    """Private QgsSettings, data and cache folders; the project is empty before and after."""
    from passerelle.ui import common

    ini = str(tmp_path / "settings" / "QGIS3.ini")
    monkeypatch.setattr(common, "settings", lambda: QgsSettings(ini, QSettings.IniFormat))
    monkeypatch.setenv("PASSERELLE_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("PASSERELLE_CACHE_DIR", str(tmp_path / "cache"))
    QgsProject.instance().clear()
    yield ini
    wait_for_tasks()
    QgsProject.instance().clear()


def wait_for_tasks(timeout_ms: int = 120_000) -> None:
    from qgis.PyQt.QtCore import QElapsedTimer

    from passerelle.ui import common

    clock = QElapsedTimer()
    clock.start()
    while (common.running_tasks() or QgsApplication.taskManager().countActiveTasks()) and \
            clock.elapsed() < timeout_ms:
        QCoreApplication.processEvents()


@pytest.fixture
def french(tmp_path):
    """The French translation, built from the .ts as `make i18n` does, installed for the test."""
    qm = str(tmp_path / "passerelle_fr.qm")
    subprocess.run(["lrelease", "-silent", TS, "-qm", qm], check=True)
    translator = QTranslator()
    assert translator.load(qm)
    QCoreApplication.installTranslator(translator)
    yield translator
    QCoreApplication.removeTranslator(translator)
