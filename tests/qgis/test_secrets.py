"""Canary secrets: after full runs (success and refusal), the password and the token appear nowhere we write."""
import base64
import logging
import os

import pytest
from qgis.core import QgsApplication, QgsProject, QgsVectorLayer

from passerelle import api
from passerelle.qgis_io import auth
from passerelle.sample import territory
from passerelle.sdi import local
from passerelle.sdi.pycsw_server import PycswServer
from support.standins.geonetwork import GeoNetworkStandIn
from support.standins.geoserver import GeoServerStandIn

PASSWORD = "Canary-Pw-7f3e9b1d"
TOKEN = "Canary-Token-52c8a4e0"


def traces():
    forms = [PASSWORD, TOKEN]
    for user in ("editeur", "admin"):
        forms.append(base64.b64encode(f"{user}:{PASSWORD}".encode()).decode())
    return forms


@pytest.fixture
def servers(tmp_path):
    geonetwork = GeoNetworkStandIn(passwords={"editeur": PASSWORD}).start()
    geoserver = GeoServerStandIn(passwords={"admin": PASSWORD}, data_dir=str(tmp_path / "gs")).start()
    csw = PycswServer(tmp_path / "csw").start()  # a remote CSW-T (the local SDI's own takes its run's token only)
    yield geonetwork, geoserver, csw
    geonetwork.stop()
    geoserver.stop()
    csw.stop()
    local.stop_all()


def _scan(folder: str) -> list:
    """Files under ``folder`` holding a canary (the QGIS authentication database is where secrets belong)."""
    leaks = []
    for root, _dirs, files in os.walk(folder):
        for name in files:
            path = os.path.join(root, name)
            if os.environ["QGIS_AUTH_DB_DIR_PATH"] in path:
                continue
            content = open(path, "rb").read()
            leaks += [f"{path}: {t[:8]}…" for t in traces() if t.encode() in content]
    return leaks


def test_no_secret_in_any_file_log_or_message_after_publishing(servers, tmp_path, monkeypatch, caplog, territory_gpkg):
    geonetwork, geoserver, csw = servers
    monkeypatch.setenv("PASSERELLE_DATA_DIR", str(tmp_path / "data"))
    caplog.set_level(logging.DEBUG)
    qgis_messages = []
    QgsApplication.messageLog().messageReceived.connect(lambda message, *_: qgis_messages.append(message))
    basic = auth.store_basic("IDéO catalogue", "editeur", PASSWORD)
    services = auth.store_basic("IDéO services", "admin", PASSWORD)
    token = auth.store_basic("Clé d'API", "header:X-Api-Key", TOKEN)
    profile = {"name": "canari", "version": "1", "targets": {
        "services": {"type": "geoserver", "url": geoserver.base_url, "authcfg": services, "workspace": "commune"},
        "catalogue": {"type": "geonetwork", "url": geonetwork.base_url, "authcfg": basic, "group": "sig-commune"},
        "local": {"type": "local", "folder": str(tmp_path / "sdi")}}}
    layers = []
    for name in ("arrets_bus", "parcelles"):
        layer = QgsVectorLayer(f"{territory_gpkg}|layername={name}", name, "ogr")
        QgsProject.instance().addMapLayer(layer)
        api.tag(layer, **territory.DEFAULT_TAGS[name])
        layers.append(layer)
    assert auth.credentials(token).headers == {"X-Api-Key": TOKEN}  # the token really is in the auth manager
    profile["targets"]["csw"] = {"type": "csw", "url": csw.url, "authcfg": token}  # sends the token header

    published = api.publish(layers, profile, targets=["services", "catalogue", "csw"])
    assert published.ok, [(o.target, o.message_fr) for o in published.failures]
    assert len(geonetwork.records) == 2
    dry = api.publish(layers, profile, targets=["services", "catalogue", "csw"], dry_run=True, force=True)
    # A refused run: wrong password for the catalogue.
    wrong = auth.store_basic("IDéO mauvais", "editeur", PASSWORD + "-wrong")
    profile["targets"]["catalogue"]["authcfg"] = wrong
    api.tag(layers[0], title="Arrêts de bus (modifié)")
    refused = api.publish(layers[:1], profile, targets=["services", "catalogue"])
    assert {o.code for o in refused.failures} == {"publish.unauthorized"}
    QgsProject.instance().write(str(tmp_path / "projet.qgs"))
    api.export(layers, str(tmp_path / "export"))
    report = api.check(layers)

    messages = [o.message_fr + o.message_en + repr(o) for r in (published, dry, refused) for o in r.outcomes]
    messages += [repr(r) for r in dry.requests] + [f.message_fr for f in report.findings]
    for text in messages + [caplog.text] + qgis_messages:
        assert not [t for t in traces() if t in text]
    assert _scan(str(tmp_path)) == []
    assert _scan(os.environ["PASSERELLE_DATA_DIR"]) == []
    assert PASSWORD not in repr(auth.credentials(basic))  # even a debugging print hides it
