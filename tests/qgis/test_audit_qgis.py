"""The audit inside QGIS: its link checks follow QGIS's proxy settings, the Processing algorithm "Audit a
catalogue" writes its outputs and a layer QGIS loads, and qgis_process runs it headless."""
import datetime as dt
import json
import os
import socket
import subprocess

import pytest
from qgis.core import QgsApplication, QgsVectorLayer

from passerelle import api
from support import audit_catalogue as catalogue
from support.forward_proxy import ForwardProxy
from support.link_server import LinkServer
from support.qgis_env import environment, install_plugin
from support.qgis_proxy import kept_proxy_settings, set_qgis_proxy

TODAY = dt.date(2026, 6, 15)
LINKS_HOST = "liens.ideo.test"  # resolved by the proxy only


@pytest.fixture
def links():
    server = LinkServer().start()
    server.services[catalogue.SERVICE] = catalogue.service_layers()
    yield server
    server.stop()


@pytest.fixture(scope="module")
def processing_ready(qgis_app):
    import processing  # noqa: F401  (Debian ships it under /usr/share/qgis/python/plugins)
    from processing.core.Processing import Processing

    from passerelle.processing.provider import PasserelleProvider

    Processing.initialize()
    registry = QgsApplication.processingRegistry()
    provider = None
    if registry.providerById("passerelle") is None:
        provider = PasserelleProvider()
        assert registry.addProvider(provider)
    yield registry
    if provider is not None:
        registry.removeProvider(provider)


def test_link_checks_go_through_the_proxy_set_in_qgis(vocab, links, tmp_path, monkeypatch):
    port = links.base.rsplit(":", 1)[1]
    base = f"http://{LINKS_HOST}:{port}"
    with pytest.raises(socket.gaierror):  # from here, the name does not resolve: only the proxy reaches it
        socket.getaddrinfo(LINKS_HOST, int(port))
    folder = tmp_path / "fiches"
    folder.mkdir()
    for number, path in enumerate(("/ok/pistes.gpkg", "/missing/arrets.gpkg")):
        record = catalogue.make_record(vocab, number + 1, f"Jeu {number}", "Commune", TODAY)
        (folder / f"{number}.xml").write_bytes(catalogue.encode(record, vocab, [catalogue.download(base, path)]))
    monkeypatch.setenv("PASSERELLE_DATA_DIR", str(tmp_path / "data"))
    with kept_proxy_settings(), ForwardProxy(tmp_path, {LINKS_HOST: "127.0.0.1"}) as proxy:
        direct = api.audit(str(folder), {"name": "proxy"}, links={"timeout": 5, "delay": 0}, today=TODAY)
        assert {(f.record, f.code) for f in direct.findings} == {("0.xml", "audit.link-unreachable"),
                                                                ("1.xml", "audit.link-unreachable")}
        set_qgis_proxy(proxy.port)
        report = api.audit(str(folder), {"name": "proxy"}, links={"timeout": 5, "delay": 0}, today=TODAY)
        assert {(f.record, f.code) for f in report.findings} == {("1.xml", "audit.link-broken")}
        carried = proxy.lines()
        assert any(line.startswith(f"GET {base}/ok/pistes.gpkg ") for line in carried), carried
        assert any(line.startswith(f"GET {base}/missing/arrets.gpkg ") and line.endswith(" 404") for line in carried)


def test_the_processing_algorithm_writes_the_dashboard_and_a_layer_qgis_loads(processing_ready, vocab, links,
                                                                             tmp_path):
    import processing

    records = catalogue.seeded_catalogue(vocab, links.base, TODAY)
    folder = catalogue.write_folder(records, tmp_path / "fiches")
    result = processing.run("passerelle:auditcatalogue", {"SOURCE": folder, "LINKS": True,
                                                          "OUTPUT": str(tmp_path / "audit")})
    assert result["RECORDS"] == len(records) and result["ERRORS"] > 0
    assert all(os.path.getsize(result[key]) for key in ("DASHBOARD", "FINDINGS_CSV", "FINDINGS_JSON"))
    data = json.loads(open(result["FINDINGS_JSON"], encoding="utf-8").read())
    assert data["totals"]["findings"] == result["FINDINGS"]
    assert {"audit.link-broken", "audit.layer-missing", "audit.duplicate-title"} <= set(data["codes"])
    layer = QgsVectorLayer(result["EXTENTS"], "emprises", "ogr")
    try:
        assert layer.isValid() and layer.crs().authid() == "EPSG:4326"
        assert layer.featureCount() == len(records) - 1  # every record but the one whose extent is not in degrees
        assert {field.name() for field in layer.fields()} >= {"identifiant", "titre", "organisation", "acces",
                                                               "completude", "en_retard", "erreurs", "liens_casses"}
        broken = [f for f in layer.getFeatures() if f["liens_casses"]]
        assert {f["titre"] for f in broken} == {"Plan cadastral informatisé", "Éclairage public"}
    finally:
        del layer


def test_the_algorithm_refuses_an_unknown_source_with_its_code(processing_ready, tmp_path):
    import processing
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException) as error:
        processing.run("passerelle:auditcatalogue", {"SOURCE": str(tmp_path / "absent"), "OUTPUT": str(tmp_path)})
    assert "[audit.source]" in str(error.value)


def test_an_audit_runs_headless_with_qgis_process(vocab, tmp_path):
    config = tmp_path / "config"
    install_plugin(str(config))
    folder = catalogue.write_folder(catalogue.seeded_catalogue(vocab, "http://127.0.0.1:9", TODAY),
                                    tmp_path / "fiches")
    output = tmp_path / "audit"
    env = environment({"QGIS_CUSTOM_CONFIG_PATH": str(config), "PASSERELLE_DATA_DIR": str(tmp_path / "data")})
    done = subprocess.run(["/usr/bin/qgis_process.bin", "--json", "run", "passerelle:auditcatalogue", "--",
                           f"SOURCE={folder}", "LINKS=false", f"OUTPUT={output}"], capture_output=True, text=True,
                          timeout=300, env=env)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-3000:]
    results = json.loads(done.stdout)["results"]
    assert results["RECORDS"] == 25 and os.path.exists(output / "audit.html")
    assert not any(code.startswith("audit.link") for code in json.loads((output / "audit.json").read_text())["codes"])
