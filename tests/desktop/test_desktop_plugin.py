"""A real QGIS desktop window under Xvfb loads the installed plugin; the screenshot is kept."""
import json
import os
import shutil
import subprocess
import time

import pytest

from support.qgis_env import ROOT, environment, install_plugin

ARTIFACTS = os.path.join(ROOT, "test-artifacts")

STARTUP = r"""
import json, os
from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtWidgets import QDialog
from qgis.core import QgsApplication, QgsProject, QgsVectorLayer
from qgis.utils import iface, plugins, active_plugins

def report():
    iface.mainWindow().showMaximized()
    state = {
        "active": "passerelle" in active_plugins,
        "instance": type(plugins.get("passerelle")).__name__,
        "provider": QgsApplication.processingRegistry().providerById("passerelle") is not None,
        "algorithms": sorted(a.id() for a in QgsApplication.processingRegistry().algorithms()
                             if a.provider() and a.provider().id() == "passerelle"),
        "action": bool(iface.mainWindow().findChild(type(iface.actionExit()), "passerelleCheckLayers")),
    }
    for name in ("equipements_publics", "zonage_plu", "arrets_bus"):
        QgsProject.instance().addMapLayer(QgsVectorLayer(GPKG + "|layername=" + name, name, "ogr"))
    iface.mapCanvas().zoomToFullExtent()
    action = iface.mainWindow().findChild(type(iface.actionExit()), "passerelleCheckLayers")
    if action:
        action.trigger()
    QTimer.singleShot(4000, lambda: finish(state))

def finish(state):
    dialog = iface.mainWindow().findChild(QDialog, "passerelleCheckDialog")
    state["dialog_text"] = dialog.browser.toPlainText() if dialog else ""
    with open(STATE + ".tmp", "w") as handle:
        json.dump(state, handle)
    os.replace(STATE + ".tmp", STATE)

QTimer.singleShot(2000, report)
"""


def _free_display():
    for number in range(90, 140):
        if not os.path.exists(f"/tmp/.X{number}-lock"):
            return f":{number}"
    raise RuntimeError("no free X display")


@pytest.fixture
def xvfb():
    if not shutil.which("Xvfb"):
        pytest.fail("Xvfb is missing: run `make install`")
    display = _free_display()
    server = subprocess.Popen(["Xvfb", display, "-screen", "0", "1600x1000x24", "-nolisten", "tcp"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(1.0)
    yield display
    server.terminate()
    server.wait(10)


def test_qgis_desktop_loads_the_installed_plugin(xvfb, tmp_path, sample_folder_desktop):
    profiles = tmp_path / "profiles"
    install_plugin(str(profiles))
    state_file = tmp_path / "state.json"
    script = tmp_path / "startup.py"
    script.write_text(f"GPKG = {os.path.join(sample_folder_desktop, 'territoire.gpkg')!r}\n"
                      f"STATE = {str(state_file)!r}\n" + STARTUP)
    env = environment({"DISPLAY": xvfb, "QT_QPA_PLATFORM": "xcb", "LANG": "fr_FR.UTF-8"})
    env["PYTHONPATH"] = os.pathsep.join(p for p in env["PYTHONPATH"].split(os.pathsep) if p != ROOT)
    qgis = subprocess.Popen(["qgis", "--nologo", "--noversioncheck", "--noversioncheck",
                             "--profiles-path", str(profiles), "--code", str(script)],
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        deadline = time.time() + 120
        while not state_file.exists() and time.time() < deadline and qgis.poll() is None:
            time.sleep(0.5)
        assert state_file.exists(), f"QGIS did not report (exit {qgis.poll()})"
        time.sleep(1)  # let the map and the check window draw
        os.makedirs(ARTIFACTS, exist_ok=True)
        shot = os.path.join(ARTIFACTS, "desktop-plugin-loaded.png")
        subprocess.run(["/usr/bin/import", "-display", xvfb, "-window", "root", shot], check=True, timeout=60)
        assert os.path.getsize(shot) > 10_000
        state = json.loads(state_file.read_text())
    finally:
        qgis.terminate()
        try:
            qgis.wait(20)
        except subprocess.TimeoutExpired:
            qgis.kill()
    assert state["active"] and state["instance"] == "PasserellePlugin"
    assert state["provider"] and state["action"]
    assert {"passerelle:taglayer", "passerelle:checklayers", "passerelle:exportcatalogue"} <= set(state["algorithms"])
    # The check window ran the checks in the background and shows the French report.
    assert "Rapport de vérification Passerelle" in state["dialog_text"], state["dialog_text"]
    assert "metadata.required" in state["dialog_text"]
