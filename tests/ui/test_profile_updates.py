"""Agents follow the profile their administrator publishes at a URL: cached, version shown, a new version used
by the next check, and the panel says so; QGIS's start and the badges never touch the network."""
import hashlib
import http.server
import json
import os
import subprocess
import sys
import threading

import pytest

from passerelle import api
from passerelle.catalogue import profile_sources
from passerelle.network import direct
from passerelle.ui import config
from passerelle.ui.panel import PasserellePanel

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def profile(version: str, required=("title", "abstract")) -> dict:
    return {"name": "grand-est", "title": "Plateforme Grand Est", "version": version,
            "required_fields": list(required), "targets": {}}


@pytest.fixture
def portal():
    """The administrator's web server: the profile with an ETag; ``requests`` counts what agents asked."""
    state = {"body": json.dumps(profile("2026.11")).encode(), "requests": 0}

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802
            state["requests"] += 1
            etag = '"%s"' % hashlib.sha256(state["body"]).hexdigest()[:12]
            if self.headers.get("If-None-Match") == etag:
                self.send_response(304)
                self.end_headers()
                return
            self.send_response(200)
            self.send_header("ETag", etag)
            self.send_header("Content-Type", "application/json")
            self.end_headers()
            self.wfile.write(state["body"])

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    state["url"] = f"http://127.0.0.1:{server.server_address[1]}/grand-est.json"
    yield state
    server.shutdown()
    server.server_close()


def test_a_new_version_is_used_by_the_next_check_and_the_panel_says_so(qtbot, qgis_iface, portal, layers,
                                                                       monkeypatch):
    monkeypatch.setenv("NO_PROXY", "127.0.0.1")
    path, _ = profile_sources.download(portal["url"], os.path.join(api.data_dir(), "profiles"), direct().revalidate)
    config.add_profile_file(path)
    config.set_current_profile(path)
    asked = portal["requests"]
    panel = PasserellePanel(qgis_iface)
    qtbot.addWidget(panel)
    try:
        qtbot.waitUntil(lambda: not panel.is_refreshing(), timeout=120_000)
        assert "2026.11" in panel.profile_combo.currentText() and portal["url"] in panel.profile_combo.currentText()
        assert portal["requests"] == asked  # opening the panel and reading the badges asked nothing

        portal["body"] = json.dumps(profile("2026.12", ("title", "abstract", "lineage"))).encode()
        layer = layers["parcelles"]
        with qtbot.waitSignal(panel.checked, timeout=120_000):
            assert panel.check([layer.id()])

        assert portal["requests"] == asked + 1  # once for the whole check
        assert "2026.11 → 2026.12" in panel.status.text()
        assert "2026.12" in panel.profile_combo.currentText()
        assert "lineage" in {f.field for f in panel.states[layer.id()].findings if f.code == "metadata.required"}
        with qtbot.waitSignal(panel.checked, timeout=120_000):
            panel.check([layer.id()])
        assert "→" not in panel.status.text()  # unchanged since: a 304, nothing to say
    finally:
        panel.cancel()
        panel.disconnect_project()


def test_plugin_start_loads_no_heavy_library_and_no_vocabulary():
    """QGIS starts the plugin at launch: nothing there may read vocabularies, parse profiles or go online."""
    probe = """
import sys
from unittest import mock
from qgis.core import QgsApplication
from qgis.PyQt.QtWidgets import QMainWindow
app = QgsApplication([], True)
app.initQgis()
iface = mock.MagicMock()
window = QMainWindow()
iface.mainWindow.return_value = window
from passerelle.plugin import PasserellePlugin
plugin = PasserellePlugin(iface)
plugin.initGui()
heavy = ("rdflib", "pandas", "numpy", "shapely", "jsonschema", "requests", "lxml")
catalogue = ("vocabularies", "vocabulary_sources", "skos", "checks", "encoders", "profile", "profile_sources",
             "profile_check", "tableschema", "layerdata")
print(sorted(m for m in sys.modules if m.split(".")[0] in heavy
             or any(m.startswith("passerelle.catalogue." + c) for c in catalogue)
             or m.startswith(("passerelle.publishers", "passerelle.network", "passerelle.ui"))))
plugin.unload()
"""
    run = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120, cwd=ROOT,
                         env={**os.environ, "PYTHONPATH": ROOT, "QT_QPA_PLATFORM": "offscreen"})

    assert run.returncode == 0, run.stderr[-2000:]
    assert run.stdout.strip().splitlines()[-1] == "[]"
