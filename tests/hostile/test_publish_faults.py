"""Fault injection at every step of a 20-layer batch, for each target type; then ``api.resume``.

A fault-injecting proxy (support.fault_proxy) stands in front of each target's server: the real pycsw,
CKAN, udata and QGIS Server, the GeoServer, GeoNetwork and OpenDataSoft stand-ins. A clean run of
20 layers gives the steps of the batch (each request a layer sends, named by its method, its path
without the run's ids, and its rank among such requests of the layer) and the state the servers end
in. Then every step gets every fault (connection lost before the server sees the request, a 503
instead of the answer, an answer that comes after the client's timeout, an answer lost after the
server did the work), one fault per layer, across as many 20-layer batches of new layers as needed.
After each faulted batch: every failure is named (a stable code, never ``publish.unexpected``), the
other layers are published; then ``api.resume`` ends with exactly the clean run's state on the server
(the same objects, no duplicate, no orphan) and in the registry.

"Killed mid-upload": a child QGIS process publishes the batch; the proxy holds the upload of the 8th
layer (its request with the biggest body: the GeoPackage, the ISO record for a catalogue) and the test
kills the child there (SIGKILL); ``api.resume`` here finishes the batch, to the same clean state.
"""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap

import pytest
import requests
from lxml import etree
from osgeo import ogr, osr
from qgis.core import QgsVectorLayer

from passerelle import api
from passerelle.sdi import processes
from support.fault_proxy import KINDS, FaultProxy
from support.hostile_run import BASE_TAGS, EXTRA_SECRETS, shown
from support.qgis_env import ROOT, environment

LAYERS = 20
TIMEOUT = 3  # seconds: a loaded test machine stays under it; a "timeout" fault answers after TIMEOUT + 1
#: Codes a faulted layer may end with: each names what happened.
NAMED = {"publish.unreachable", "publish.timeout", "publish.server-error", "publish.bad-answer", "publish.verify",
         "publish.csw-exception", "publish.conflict", "publish.refused", "publish.not-found"}


# -- layers -------------------------------------------------------------------------------------------

def make_batch(folder, project, name="lot") -> list:
    """20 tagged point layers in one GeoPackage (new identifiers each time)."""
    os.makedirs(folder, exist_ok=True)
    path = os.path.join(folder, f"{name}.gpkg")
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(2154)
    dataset = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    for i in range(LAYERS):
        layer = dataset.CreateLayer(f"couche_{i:02d}", srs, ogr.wkbPoint)
        layer.CreateField(ogr.FieldDefn("numero", ogr.OFTInteger))
        for j in range(3):
            feature = ogr.Feature(layer.GetLayerDefn())
            feature.SetField("numero", j)
            feature.SetGeometry(ogr.CreateGeometryFromWkt(f"POINT ({928400 + 100 * i} {6686550 + 50 * j})"))
            layer.CreateFeature(feature)
    dataset = None
    layers = []
    for i in range(LAYERS):
        layer = QgsVectorLayer(f"{path}|layername=couche_{i:02d}", f"couche_{i:02d}", "ogr")
        project.addMapLayer(layer)
        api.tag(layer, **{**BASE_TAGS, "title": f"Couche d'essai {i}"})
        layers.append(layer)
    return layers


# -- targets: a fresh server state, the target settings, what the server holds ----------------------------

class Target:
    """One target type: ``fresh()`` gives a server state nobody used, ``settings(url)`` the profile target,
    ``state(identifiers)`` what the server holds for them (keyed by position in the batch), ``orphans()``
    what it holds that is none of them (and should not be there)."""

    def __init__(self, kind, request, tmp_path, credentials):
        self.kind, self.request, self.tmp_path, self.credentials = kind, request, tmp_path, credentials
        self.server = None
        self.runs = 0

    def fresh(self) -> str:
        """Start (or reuse) the server for a new batch; returns its URL (before the proxy)."""
        self.runs += 1
        getter = self.request.getfixturevalue
        kind = self.kind
        if kind == "csw":
            self.server = getter("pycsw_factory")()
            return self.server.url.rsplit("/csw", 1)[0]
        if kind == "qgis_server":
            from passerelle.sdi.qgis_server_process import QgisMapServer

            project = self.tmp_path / f"run{self.runs}" / "projet.qgs"
            project.parent.mkdir(parents=True)
            self.project = str(project)
            self.server = QgisMapServer(self.project).start()
            self.request.addfinalizer(self.server.stop)
            return self.server.url.rstrip("/")
        if kind in ("ckan", "udata"):
            self.server = getter(kind)
            return self.server.url
        from support.catalogue_standins import CANARY_KEY
        from support.sdi_standins import CANARY
        from support.standins.geonetwork import GeoNetworkStandIn
        from support.standins.geoserver import GeoServerStandIn
        from support.standins.opendatasoft import OpenDataSoftStandIn

        data = str(self.tmp_path / f"standin{self.runs}")
        self.server = {"geoserver": lambda: GeoServerStandIn(passwords={"admin": CANARY}, data_dir=data),
                       "geonetwork": lambda: GeoNetworkStandIn(passwords={"editeur": CANARY}),
                       "opendatasoft": lambda: OpenDataSoftStandIn(keys={CANARY_KEY: ("editrice", True)},
                                                                   data_dir=data)}[kind]().start()
        self.request.addfinalizer(self.server.stop)
        return self.server.url

    def settings(self, url: str) -> dict:
        common = {"timeout": TIMEOUT, "retries": 0, "kind": "open"}
        kind, credentials = self.kind, self.credentials
        if kind == "csw":
            return {**common, "type": "csw", "url": url + "/csw"}
        if kind == "qgis_server":
            return {**common, "type": "qgis_server", "url": url + "/ows/", "project": self.project}
        if kind == "ckan":
            from passerelle.qgis_io import auth

            EXTRA_SECRETS.append(self.server.api_token)
            authcfg = auth.store_basic("CKAN pannes", "header:Authorization", self.server.api_token)
            organisation = self.request.getfixturevalue("ckan_organisation")
            return {**common, "type": "ckan", "url": url, "authcfg": authcfg, "organisation": organisation,
                    "timeout": 5}
        if kind == "udata":
            from passerelle.qgis_io import auth

            EXTRA_SECRETS.append(self.server.api_key)
            authcfg = auth.store_basic("udata pannes", "header:X-API-KEY", self.server.api_key)
            return {**common, "type": "udata", "url": url, "authcfg": authcfg, "organisation": self.server.organisation,
                    "timeout": 5}
        if kind == "geoserver":
            return {**common, "type": "geoserver", "url": url + "/geoserver", "authcfg": credentials["standin_admin"],
                    "workspace": "commune"}
        if kind == "geonetwork":
            return {**common, "type": "geonetwork", "url": url + "/geonetwork", "authcfg": credentials["standin_basic"],
                    "group": "sig-commune"}
        return {**common, "type": "opendatasoft", "url": url, "authcfg": credentials["standin_ods"],
                "poll_interval": 0.05, "poll_max": 40}

    def state(self, identifiers: list) -> dict:
        """{position in the batch: what the server holds for that layer} (comparable between batches)."""
        position = {identifier: i for i, identifier in enumerate(identifiers)}
        kind, server = self.kind, self.server
        if kind == "csw":
            return {position[i]: t for i, t in _csw_records(server.url).items() if i in position}
        if kind == "qgis_server":
            names = _wms_names(server.ows_url)
            return {int(n.rsplit("_", 1)[1]): n for n in names}
        if kind == "ckan":
            found = {}
            for dataset in _ckan_datasets(server):
                extras = {e["key"]: e["value"] for e in dataset.get("extras", [])}
                if extras.get("passerelle_identifier") in position:
                    key = position[extras["passerelle_identifier"]]
                    found.setdefault(key, []).append((dataset["title"], len(dataset["resources"]), dataset["state"]))
            return found
        if kind == "udata":
            found = {}
            for dataset in _udata_datasets(server):
                identifier = (dataset.get("extras") or {}).get("passerelle:identifier")
                if identifier in position:
                    found.setdefault(position[identifier], []).append((dataset["title"], len(dataset["resources"])))
            return found
        if kind == "geoserver":
            return {"snapshot": {k: sorted(map(str, v)) for k, v in server.snapshot().items()},
                    "uploads_on_disk": sorted(os.listdir(server.data_dir)) if os.path.isdir(server.data_dir) else []}
        if kind == "geonetwork":
            return {position[u]: (server.record_title(u), server.is_public(u)) for u in server.records if u in position}
        return {position[_ods_identifier(d, identifiers)]:
                (d["metadata"]["default"]["title"]["value"], d["is_published"], len(d.get("files", {})))
                for d in server.datasets.values() if _ods_identifier(d, identifiers) is not None}

    def orphans(self, identifiers: list) -> list:
        """What the server holds from this run that belongs to no layer (a half-created object)."""
        kind, server = self.kind, self.server
        if kind == "csw":
            return [i for i in _csw_records(server.url) if i not in identifiers]
        if kind == "ckan":
            return [d["name"] for d in _ckan_datasets(server) if d["name"].startswith("passerelle-")
                    and not {e["key"] for e in d.get("extras", [])} & {"passerelle_identifier"}]
        if kind == "udata":
            return [d["id"] for d in _udata_datasets(server) if d["title"].startswith("Couche d'essai")
                    and not (d.get("extras") or {}).get("passerelle:identifier")]
        if kind == "geonetwork":
            return [u for u in server.records if u not in identifiers]
        if kind == "opendatasoft":
            return [d["dataset_id"] for d in server.datasets.values() if _ods_identifier(d, identifiers) is None]
        return []  # GeoServer and QGIS Server: the whole state is compared


def _ods_identifier(dataset, identifiers):
    """The identifier (of ``identifiers``) whose record the dataset publishes, by the publisher's own naming."""
    from passerelle.publishers.opendatasoft import OpenDataSoftPublisher

    naming = OpenDataSoftPublisher("nommage", {"url": "http://127.0.0.1"})
    return next((i for i in identifiers if dataset["dataset_id"] == naming.dataset_id(i)), None)


def _csw_records(url) -> dict:
    answer = requests.get(url, params={"service": "CSW", "version": "2.0.2", "request": "GetRecords",
                                       "typeNames": "csw:Record", "resultType": "results", "elementSetName": "brief",
                                       "maxRecords": "1000"}, timeout=30)
    dc = "{http://purl.org/dc/elements/1.1/}"
    tree = etree.fromstring(answer.content)
    records = {}
    for record in tree.iter("{http://www.opengis.net/cat/csw/2.0.2}BriefRecord"):
        identifier = record.findtext(dc + "identifier")
        assert identifier not in records, f"record {identifier} twice"
        records[identifier] = record.findtext(dc + "title")
    return records


def _wms_names(ows_url) -> list:
    answer = requests.get(ows_url, params={"SERVICE": "WMS", "REQUEST": "GetCapabilities", "VERSION": "1.3.0"},
                          timeout=60)
    tree = etree.fromstring(answer.content)
    wms = "{http://www.opengis.net/wms}"
    return sorted(e.text for e in tree.iterfind(f".//{wms}Layer/{wms}Layer/{wms}Name"))


def _ckan_datasets(ckan) -> list:
    return ckan.action("package_search", q="*:*", include_private=True, include_drafts=True, rows=1000)["results"]


def _udata_datasets(udata) -> list:
    status, page = udata.get(f"organizations/{udata.organisation}/datasets/?page_size=1000", key=udata.api_key)
    assert status == 200
    return page["data"]


# -- the runs -------------------------------------------------------------------------------------------

def run_batch(target, proxy, layers, profile, pending) -> tuple:
    proxy.reset(pending)
    report = api.publish(layers, profile, max_workers=1, progress=proxy.progress)
    shown(*report.outcomes)
    injected = list(proxy.injected)
    left = {step: kinds for step, kinds in proxy.pending.items() if kinds}
    proxy.reset({})
    return report, injected, left


def assert_named(report, injected) -> None:
    faulted = {layer for layer, *_ in injected}
    for outcome in report.outcomes:
        index = int(outcome.layer.rsplit("_", 1)[1])
        if outcome.ok:
            continue
        assert index in faulted, f"{outcome.layer} failed without a fault: {outcome.code} {outcome.message_fr}"
        assert outcome.code in NAMED, (outcome.layer, outcome.code, outcome.message_fr)
        assert outcome.state in ("failed", "incomplete") and outcome.message_fr


def assert_clean(target, layers, profile, clean_state) -> None:
    identifiers = [api.record(layer).identifier for layer in layers]
    assert target.state(identifiers) == clean_state
    assert target.orphans(identifiers) == []
    registry = api.context(profile).registry()
    name = next(iter(profile["targets"]))
    assert all(registry.target_entry(i, name).get("state") == "published" for i in identifiers)
    assert registry.unfinished_batches() == []


KIND_LIST = ["csw", "qgis_server", "ckan", "udata", "geoserver", "geonetwork", "opendatasoft"]


@pytest.mark.slow
@pytest.mark.parametrize("kind", KIND_LIST)
def test_a_fault_at_every_step_of_a_20_layer_batch_then_resume_reaches_the_clean_state(
        kind, request, tmp_path, project, credentials, monkeypatch):
    target = Target(kind, request, tmp_path, credentials)

    def batch(name):
        monkeypatch.setenv("PASSERELLE_DATA_DIR", str(tmp_path / name / "data"))
        upstream = target.fresh()
        proxy = FaultProxy(upstream, timeout_delay=6.0 if kind in ("ckan", "udata") else TIMEOUT + 1).start()
        request.addfinalizer(proxy.stop)
        layers = make_batch(str(tmp_path / name), project, name)
        profile = {"name": f"pannes-{kind}-{name}", "version": "1", "targets": {kind: target.settings(proxy.url)}}
        return proxy, layers, profile

    proxy, layers, profile = batch("propre")
    clean = api.publish(layers, profile, max_workers=1, progress=proxy.progress)
    assert clean.ok, [(o.layer, o.code, o.message_fr) for o in clean.failures]
    steps = list(dict.fromkeys(step for i in range(LAYERS) for step in proxy.steps(i)))
    assert all(proxy.steps(i) for i in range(LAYERS))
    clean_state = target.state([api.record(layer).identifier for layer in layers])
    assert clean_state
    pending = {step: list(KINDS) for step in steps}
    print(f"\n{kind}: {len(steps)} steps ({', '.join(f'{m} {p}' for m, p, _ in steps)}), {len(steps) * len(KINDS)} "
          "faults", end="")
    for number in range(len(steps) * len(KINDS)):
        if not pending:
            break
        proxy, layers, profile = batch(f"panne{number}")
        report, injected, pending = run_batch(target, proxy, layers, profile, pending)
        assert injected, f"no step of the clean run came: {pending}"
        assert_named(report, injected)
        resumed = api.resume(profile.copy())
        shown(*resumed.outcomes)
        assert resumed.ok, [(o.layer, o.code, o.message_fr) for o in resumed.failures]
        assert_clean(target, layers, profile, clean_state)
    assert not pending, f"faults never injected: {pending}"
    print(f" in {number + 1} batch(es) of {LAYERS} layers")


KILL_CHILD = textwrap.dedent("""
    import json, sys
    from qgis.core import QgsApplication
    app = QgsApplication([], False)
    app.initQgis()
    from passerelle import api
    print("ready", flush=True)
    api.publish(sys.argv[1], json.loads(sys.argv[2]), max_workers=1)
    print("finished", flush=True)
""")
KILLED_LAYER = 7


def _auth_folder() -> str:
    """The folder of the authentication database this session's QGIS uses (pytest-qgis's profile), for a child."""
    from qgis.core import QgsApplication

    return os.path.dirname(QgsApplication.qgisAuthDatabaseFilePath())


@pytest.mark.slow
@pytest.mark.parametrize("kind", [k for k in KIND_LIST if k != "qgis_server"])  # QGIS Server gets no upload
def test_a_process_killed_mid_upload_is_finished_by_resume_to_the_clean_state(
        kind, request, tmp_path, project, credentials, monkeypatch):
    target = Target(kind, request, tmp_path, credentials)

    def batch(name):
        monkeypatch.setenv("PASSERELLE_DATA_DIR", str(tmp_path / name / "data"))
        upstream = target.fresh()
        proxy = FaultProxy(upstream).start()
        request.addfinalizer(proxy.stop)
        layers = make_batch(str(tmp_path / name), project, name)
        profile = {"name": f"tue-{kind}-{name}", "version": "1", "targets": {kind: target.settings(proxy.url)}}
        return proxy, layers, profile

    proxy, layers, profile = batch("propre")
    assert api.publish(layers, profile, max_workers=1, progress=proxy.progress).ok
    clean_state = target.state([api.record(layer).identifier for layer in layers])
    before = [entry for entry in proxy.log if entry[0] < KILLED_LAYER]
    mine = [entry for entry in proxy.log if entry[0] == KILLED_LAYER]
    upload = max(range(len(mine)), key=lambda i: (mine[i][4], mine[i][2] != "GET"))  # the biggest body it sends
    assert mine[upload][2] in ("POST", "PUT")

    proxy, layers, profile = batch("tue")
    project.clear()
    proxy.reset({})
    method, path, rank = mine[upload][1]  # the child's run is one "layer": its rank counts the layers before
    proxy.hold_step = (method, path, rank + sum(1 for entry in before if entry[1][:2] == (method, path)))
    child = processes.spawn([sys.executable, "-c", KILL_CHILD, str(tmp_path / "tue" / "tue.gpkg"), json.dumps(profile)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT,
                            env=environment({"PASSERELLE_DATA_DIR": os.environ["PASSERELLE_DATA_DIR"],
                                             "QGIS_AUTH_DB_DIR_PATH": _auth_folder()}),
                            keep_secrets=("PASSERELLE_AUTH_MASTER_PASSWORD",))
    try:
        while not proxy.held.wait(0.2) and child.poll() is None:
            pass
        assert proxy.held.is_set(), f"the upload was never reached: {child.communicate()[1][-3000:]}"
        held = proxy.log[-1]
        assert held[1][:2] == (method, path) and held[4] > 0  # the upload itself, held mid-way
        os.kill(child.pid, signal.SIGKILL)  # the process dies mid-upload, as QGIS killed by the system would
        child.wait(30)
    finally:
        processes.stop(child)
    assert child.returncode == -signal.SIGKILL
    proxy.reset({})  # the connection of the dead process goes; the server never got the upload
    layers = [QgsVectorLayer(f"{tmp_path / 'tue' / 'tue.gpkg'}|layername=couche_{i:02d}", f"couche_{i:02d}", "ogr")
              for i in range(LAYERS)]
    for layer in layers:
        project.addMapLayer(layer)
    registry = api.context(profile).registry()
    assert len(registry.unfinished_batches()) == 1  # the killed run left its batch to resume
    resumed = api.resume(profile)
    shown(*resumed.outcomes)
    assert resumed.ok, [(o.layer, o.code, o.message_fr) for o in resumed.failures]
    assert {o.layer for o in resumed.outcomes} >= {f"couche_{i:02d}" for i in range(KILLED_LAYER + 1, LAYERS)}
    assert_clean(target, layers, profile, clean_state)
