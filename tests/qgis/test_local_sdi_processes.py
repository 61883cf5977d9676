"""The local SDI's servers die with their parent; a dry run starts none; qgis_process and the demo
leave none behind (real pycsw, qgis_mapserver and file server)."""
import json
import os
import signal
import subprocess
import sys
import time

import pytest
from qgis.core import QgsVectorLayer

from passerelle import api
from passerelle.sample import territory
from passerelle.sdi import local, processes
from support.qgis_env import ROOT, environment, install_plugin

SERVERS = ("gunicorn", "pycsw.wsgi", "qgis_mapserver", "passerelle.sdi.file_server")


def alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat", "rb") as handle:
            return handle.read().rsplit(b")", 1)[-1].split()[0] != b"Z"
    except OSError:
        return False


def wait_gone(pids, timeout: float = 30.0) -> list:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and any(alive(p) for p in pids):
        time.sleep(0.1)
    return [p for p in pids if alive(p)]


def nested_tag(name: str) -> tuple:
    """A run tag of its own for a child, inside the session's (survivors of it fail the session too)."""
    tag = f"{name}-{time.monotonic_ns()}"
    return tag, f"{os.environ.get(processes.RUN_VARIABLE, '')}/{tag}"


def servers_of(tag: str) -> dict:
    return {pid: command for pid, command in processes.survivors(tag) if any(s in command for s in SERVERS)}


@pytest.fixture
def sdi_profile(tmp_path, monkeypatch):
    monkeypatch.setenv("PASSERELLE_DATA_DIR", str(tmp_path / "data"))
    yield {"name": "processus", "version": "1",
           "targets": {"local": {"type": "local", "folder": str(tmp_path / "sdi"), "retries": 1, "timeout": 10}}}
    local.stop_all()


@pytest.fixture
def tagged_layers(project, territory_gpkg):
    layers = []
    for name in ("arrets_bus", "parcelles"):
        layer = QgsVectorLayer(f"{territory_gpkg}|layername={name}", name, "ogr")
        project.addMapLayer(layer)
        api.tag(layer, **territory.DEFAULT_TAGS[name])
        layers.append(layer)
    return layers


# -- kill -9 of the parent --------------------------------------------------------------------------

CHILD = """
import json, sys, threading, time, urllib.error, urllib.request
from passerelle.qgis_io.headless import start_qgis
app = start_qgis()
from passerelle.sdi import local
box = {}
worker = threading.Thread(target=lambda: box.update(sdi=local.sdi_for(sys.argv[1])))  # as from a QgsTask
worker.start(); worker.join()
time.sleep(1.0)
sdi = box["sdi"]
for url in (sdi.urls["csw"] + "?service=CSW&request=GetCapabilities", sdi.urls["wms"], sdi.urls["files"] + "/"):
    try:
        urllib.request.urlopen(url, timeout=20).read()
    except urllib.error.HTTPError:
        pass  # an answer (QGIS Server has no layer yet)
print(json.dumps({"csw": sdi.csw.process.pid, "ows": sdi.ows.process.pid, "files": sdi.files.pid}), flush=True)
sys.stdin.read()
"""


def test_a_kill_9_of_the_process_running_the_local_sdi_leaves_no_server(tmp_path):
    tag, value = nested_tag("sdi-kill9")
    parent = subprocess.Popen([sys.executable, "-c", CHILD, str(tmp_path / "sdi")], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, env=environment({processes.RUN_VARIABLE: value}), cwd=ROOT,
                              text=True)
    try:
        line = parent.stdout.readline()
        assert line, f"the child exited early ({parent.wait(60)})"
        started = json.loads(line)  # the servers outlived the thread that started them, and answered
        tree = processes.descendants(parent.pid)
        assert set(started.values()) <= set(tree) and len(tree) == 5  # + gunicorn's 2 workers
        assert set(servers_of(tag)) == set(tree)
        parent.kill()
        parent.wait(10)
        assert wait_gone(list(tree), 30) == [], {p: tree[p] for p in tree if alive(p)}
        assert processes.survivors(tag) == []
    finally:
        parent.kill()
        processes.kill(pid for pid, _command in processes.survivors(tag))


# -- dry runs ---------------------------------------------------------------------------------------

def test_a_dry_run_to_the_local_sdi_starts_no_server(tagged_layers, sdi_profile, tmp_path):
    before = processes.running()
    report = api.publish(tagged_layers, sdi_profile, dry_run=True)
    assert processes.running() == before  # nothing started
    assert report.ok and {o.state for o in report.outcomes} == {"planned"}
    methods = {(r["method"], r["target"].rsplit("(", 1)[-1].rstrip(")")) for r in report.requests}
    assert ("POST", "CSW") in methods  # the Insert it would send, decided without pycsw
    assert any(r["method"] == "WRITE" and r["url"].endswith("projet.qgs") for r in report.requests)
    sdi_folder = tmp_path / "sdi"
    assert not (sdi_folder / "sdi.json").exists() and not (sdi_folder / "csw").exists()


def test_a_dry_run_after_publishing_compares_with_what_the_folder_holds(tagged_layers, sdi_profile):
    assert api.publish(tagged_layers, sdi_profile).ok
    local.stop_all()
    before = processes.running()
    report = api.publish(tagged_layers, sdi_profile, dry_run=True, force=True)
    assert processes.running() == before
    csw = [o for o in report.outcomes if o.target.endswith("-csw")]
    assert {o.state for o in csw} == {"unchanged"}  # identical records: no Transaction planned
    assert not [r for r in report.requests if r["method"] == "POST"]
    api.tag(tagged_layers[0], title="Arrêts de bus (révisé)")
    changed = api.publish(tagged_layers[:1], sdi_profile, dry_run=True)
    assert processes.running() == before
    posts = [r for r in changed.requests if r["method"] == "POST"]
    assert len(posts) == 1 and "CSW" in posts[0]["target"]  # one Update for the changed record


def test_a_dry_run_through_qgis_process_starts_and_leaves_no_server(tmp_path, territory_gpkg):
    config = tmp_path / "config"
    install_plugin(str(config))
    api.tag(territory_gpkg + "|layername=zonage_plu", **territory.DEFAULT_TAGS["zonage_plu"])
    profile = tmp_path / "profil.json"
    profile.write_text(json.dumps({"name": "qp", "version": "1", "targets": {
        "local": {"type": "local", "folder": str(tmp_path / "sdi")}}}), encoding="utf-8")
    tag, value = nested_tag("qgis-process-dry")
    env = environment({"QGIS_CUSTOM_CONFIG_PATH": str(config), "PASSERELLE_DATA_DIR": str(tmp_path / "data"),
                       "PASSERELLE_PYCSW_VENV": os.path.join(ROOT, ".venv-pycsw"), processes.RUN_VARIABLE: value})
    done = subprocess.run(["/usr/bin/qgis_process.bin", "--json", "run", "passerelle:publishlayers", "--",
                           f"LAYERS={territory_gpkg}|layername=zonage_plu", f"PROFILE={profile}", "DRY_RUN=true",
                           f"OUTPUT_CSV={tmp_path / 'p.csv'}"], capture_output=True, text=True, timeout=300, env=env)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-3000:]
    assert "planned" in (tmp_path / "p.csv").read_text(encoding="utf-8")
    assert processes.survivors(tag) == []
    assert not (tmp_path / "sdi" / "sdi.json").exists() and not (tmp_path / "sdi" / "csw").exists()  # none started


def test_a_publication_through_qgis_process_leaves_no_server_once_it_exits(tmp_path, territory_gpkg):
    config = tmp_path / "config"
    install_plugin(str(config))
    api.tag(territory_gpkg + "|layername=zonage_plu", **territory.DEFAULT_TAGS["zonage_plu"])
    profile = tmp_path / "profil.json"
    profile.write_text(json.dumps({"name": "qp", "version": "1", "targets": {
        "local": {"type": "local", "folder": str(tmp_path / "sdi")}}}), encoding="utf-8")
    tag, value = nested_tag("qgis-process")
    env = environment({"QGIS_CUSTOM_CONFIG_PATH": str(config), "PASSERELLE_DATA_DIR": str(tmp_path / "data"),
                       "PASSERELLE_PYCSW_VENV": os.path.join(ROOT, ".venv-pycsw"), processes.RUN_VARIABLE: value})
    done = subprocess.run(["/usr/bin/qgis_process.bin", "--json", "run", "passerelle:publishlayers", "--",
                           f"LAYERS={territory_gpkg}|layername=zonage_plu", f"PROFILE={profile}",
                           f"OUTPUT_CSV={tmp_path / 'p.csv'}"], capture_output=True, text=True, timeout=300, env=env)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-3000:]
    assert "published" in (tmp_path / "p.csv").read_text(encoding="utf-8")
    assert (tmp_path / "sdi" / "csw" / "records.db").exists()  # the servers did run
    assert processes.survivors(tag, wait=20) == []


# -- the demo ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("stop_with", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
def test_the_demo_serving_without_a_display_stops_its_servers_on_a_signal(tmp_path, stop_with):
    tag, value = nested_tag("demo")
    env = environment({processes.RUN_VARIABLE: value, "PASSERELLE_DATA_DIR": str(tmp_path / "data")})
    for name in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"):  # as in a terminal on a server
        env.pop(name, None)
    demo = subprocess.Popen([sys.executable, os.path.join(ROOT, "scripts", "demo.py"), str(tmp_path / "demo"),
                             "--serve"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env=env, cwd=ROOT,
                            text=True, start_new_session=True)
    output = []
    try:
        for line in demo.stdout:
            output.append(line)
            if line.startswith("Ctrl-C"):
                break
        assert output and output[-1].startswith("Ctrl-C"), "".join(output[-30:])
        servers = servers_of(tag)
        assert len(servers) == 5, servers  # gunicorn + 2 workers, qgis_mapserver, file server
        demo.send_signal(stop_with)
        rest, _ = demo.communicate(timeout=60)
        assert demo.returncode == 0, "".join(output[-10:]) + rest
        assert "Arrêt des serveurs" in rest
        assert processes.survivors(tag) == []  # stopped before the demo exited, not left to die
    finally:
        demo.kill()
        processes.kill(pid for pid, _command in processes.survivors(tag))
