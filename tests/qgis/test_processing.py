"""The Processing algorithms, in process and headless through qgis_process."""
import csv
import dataclasses
import json
import os
import subprocess

import pytest
from qgis.core import QgsApplication, QgsVectorLayer

from passerelle import api
from support.qgis_env import environment, install_plugin


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
    if provider is not None:  # removes what it added, no more (the plugin's tests register their own)
        registry.removeProvider(provider)


def test_tag_algorithm_sets_the_record(processing_ready, territory_gpkg):
    import processing

    layer = QgsVectorLayer(territory_gpkg + "|layername=zonage_plu", "zonage_plu", "ogr")
    result = processing.run("passerelle:taglayer", {
        "INPUT": layer, "ACCESS": "ouverte", "NATURE": "publique", "FREQUENCY": "annuelle",
        "LICENCE": "lov2", "THEMES": "lu, pd", "CONTACT_EMAIL": "urbanisme@mairie.fr"})
    record = api.record(layer)
    assert result["IDENTIFIER"] == record.identifier
    assert record.frequency.endswith("/ANNUAL") and record.licence.endswith("/etalab-2.0")
    assert record.themes == ["http://inspire.ec.europa.eu/theme/lu", "http://inspire.ec.europa.eu/theme/pd"]
    assert record.contact.email == "urbanisme@mairie.fr"


def test_tag_algorithm_changes_only_the_contact_parts_it_is_given(processing_ready, territory_gpkg):
    import processing

    from support.qgis_metadata import documented

    layer = QgsVectorLayer(territory_gpkg + "|layername=equipements_publics", "equipements", "ogr")
    layer.setMetadata(documented(layer))  # a contact typed in QGIS: position, fax, postal address
    before = api.record(layer).contact
    processing.run("passerelle:taglayer", {"INPUT": layer, "CONTACT_EMAIL": "accueil@saint-aubin.fr"})
    after = api.record(layer).contact
    assert after.email == "accueil@saint-aubin.fr"
    assert before.position and before.addresses  # what the algorithm has no parameter for is kept
    assert dataclasses.replace(after, email=before.email) == before


def test_tag_algorithm_refuses_an_unknown_value_in_french(processing_ready, territory_gpkg):
    import processing
    from qgis.core import QgsProcessingException

    layer = QgsVectorLayer(territory_gpkg + "|layername=zonage_plu", "zonage_plu", "ogr")
    with pytest.raises(QgsProcessingException) as error:
        processing.run("passerelle:taglayer", {"INPUT": layer, "ACCESS": "ouvert"})
    assert "vocabulary.unknown" in str(error.value) and "Vouliez-vous dire" in str(error.value)


def test_check_algorithm_writes_html_and_csv_reports(processing_ready, territory_gpkg, tmp_path):
    import processing

    layer = QgsVectorLayer(territory_gpkg + "|layername=reseau_eclairage", "reseau_eclairage", "ogr")
    html, table = str(tmp_path / "r.html"), str(tmp_path / "r.csv")
    result = processing.run("passerelle:checklayers", {"LAYERS": [layer], "OUTPUT_HTML": html, "OUTPUT_CSV": table})
    rows = list(csv.DictReader(open(table, encoding="utf-8")))
    assert {"geometry.invalid", "metadata.required"} <= {r["code"] for r in rows}
    assert result["ERRORS"] == sum(r["severity"] == "error" for r in rows) > 0
    assert "geometry.invalid" in open(html, encoding="utf-8").read()


def test_export_algorithm_writes_the_catalogue(processing_ready, territory_gpkg, tmp_path):
    import processing

    layer = QgsVectorLayer(territory_gpkg + "|layername=arrets_bus", "arrets_bus", "ogr")
    api.tag(layer, title="Arrêts de bus", abstract="Arrêts du réseau.", access="ouverte", nature="publique",
            granularity="poi", frequency="monthly", licence="etalab-2.0", themes=["tn"],
            contact={"organisation": "Mairie", "email": "sig@mairie.fr"},
            producer={"organisation": "Mairie", "siret": "21390999700107"},
            last_revision="2026-01-01", created="2020-01-01", published="2020-02-01",
            temporal=("2020-01-01", "2026-01-01"),
            place="Saint-Aubin-sur-Loue", lineage="Relevé GPS.", keywords=["transport", "bus"])
    folder = str(tmp_path / "out")
    processing.run("passerelle:exportcatalogue", {"LAYERS": [layer], "OUTPUT": folder})
    record = api.record(layer)
    assert os.path.exists(os.path.join(folder, "iso19139", f"{record.identifier}.xml"))
    assert os.path.exists(os.path.join(folder, "catalogue.ttl"))
    assert not os.path.exists(os.path.join(folder, "catalogue-scdl.csv"))  # SCDL needs the public address
    with_scdl = str(tmp_path / "scdl")
    processing.run("passerelle:exportcatalogue", {"LAYERS": [layer], "OUTPUT": with_scdl, "SCDL": True,
                                                  "BASE_URL": "https://data.saint-aubin.fr/catalogue/"})
    rows = open(os.path.join(with_scdl, "catalogue-scdl.csv"), encoding="utf-8").read()
    assert "https://data.saint-aubin.fr/catalogue/" in rows


def test_check_runs_headless_with_qgis_process(tmp_path, territory_gpkg):
    config = tmp_path / "config"
    install_plugin(str(config))
    html, table = str(tmp_path / "q.html"), str(tmp_path / "q.csv")
    env = environment({"QGIS_CUSTOM_CONFIG_PATH": str(config)})
    command = ["/usr/bin/qgis_process.bin", "--json", "run", "passerelle:checklayers", "--",
               f"LAYERS={territory_gpkg}|layername=reseau_eclairage", f"OUTPUT_HTML={html}", f"OUTPUT_CSV={table}"]
    done = subprocess.run(command, capture_output=True, text=True, timeout=300, env=env)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-3000:]
    payload = json.loads(done.stdout[done.stdout.index("{"):])
    assert payload["results"]["ERRORS"] > 0
    assert "geometry.invalid" in open(table, encoding="utf-8").read()


def test_publish_algorithm_publishes_to_the_local_sdi_and_reports(processing_ready, territory_gpkg, tmp_path,
                                                                  monkeypatch):
    import processing

    from passerelle.sdi import local

    monkeypatch.setenv("PASSERELLE_DATA_DIR", str(tmp_path / "data"))
    profile = tmp_path / "profil.json"
    profile.write_text(json.dumps({"name": "algo", "version": "1", "targets": {
        "local": {"type": "local", "folder": str(tmp_path / "sdi"), "retries": 0}}}), encoding="utf-8")
    layer = QgsVectorLayer(territory_gpkg + "|layername=parcelles", "parcelles", "ogr")
    from passerelle.sample import territory

    api.tag(layer, **territory.DEFAULT_TAGS["parcelles"])
    try:
        planned = processing.run("passerelle:publishlayers", {"LAYERS": [layer], "PROFILE": str(profile),
                                                              "DRY_RUN": True, "OUTPUT_CSV": str(tmp_path / "p.csv")})
        assert planned["FAILURES"] == 0
        assert {r["state"] for r in csv.DictReader(open(tmp_path / "p.csv", encoding="utf-8"))} == {"planned"}
        done = processing.run("passerelle:publishlayers", {"LAYERS": [layer], "PROFILE": str(profile),
                                                           "OUTPUT_CSV": str(tmp_path / "r.csv")})
        rows = list(csv.DictReader(open(tmp_path / "r.csv", encoding="utf-8")))
        assert done["FAILURES"] == 0 and {r["state"] for r in rows} == {"published"}
        assert any("csw=" in r["urls"] for r in rows)
    finally:
        local.stop_all()


def test_publish_algorithm_adopts_only_when_asked(processing_ready, territory_gpkg, tmp_path, monkeypatch):
    import processing

    from passerelle.publishers.pipeline import PublishReport

    calls = []
    monkeypatch.setattr(api, "publish", lambda *args, **options: calls.append(options) or PublishReport())
    layer = QgsVectorLayer(territory_gpkg + "|layername=parcelles", "parcelles", "ogr")
    for extra in ({}, {"ADOPT": True}):
        processing.run("passerelle:publishlayers", {"LAYERS": [layer], "PROFILE": "local",
                                                    "OUTPUT_CSV": str(tmp_path / "r.csv"), **extra})

    assert [options["adopt"] for options in calls] == [False, True]


def test_publish_dry_run_runs_headless_with_qgis_process(tmp_path, territory_gpkg):
    config = tmp_path / "config"
    install_plugin(str(config))
    api.tag(territory_gpkg + "|layername=zonage_plu", **__import__("passerelle.sample.territory", fromlist=["x"])
            .DEFAULT_TAGS["zonage_plu"])
    profile = tmp_path / "profil.json"
    profile.write_text(json.dumps({"name": "qp", "version": "1", "targets": {
        "local": {"type": "local", "folder": str(tmp_path / "sdi")}}}), encoding="utf-8")
    report = str(tmp_path / "publication.csv")
    from support.qgis_env import ROOT

    env = environment({"QGIS_CUSTOM_CONFIG_PATH": str(config), "PASSERELLE_DATA_DIR": str(tmp_path / "data"),
                       "PASSERELLE_PYCSW_VENV": os.path.join(ROOT, ".venv-pycsw")})
    done = subprocess.run(["/usr/bin/qgis_process.bin", "--json", "run", "passerelle:publishlayers", "--",
                           f"LAYERS={territory_gpkg}|layername=zonage_plu", f"PROFILE={profile}", "DRY_RUN=true",
                           f"OUTPUT_CSV={report}"], capture_output=True, text=True, timeout=300, env=env)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-3000:]
    rows = list(csv.DictReader(open(report, encoding="utf-8")))
    assert rows and {r["state"] for r in rows} == {"planned"}
    assert not (tmp_path / "data" / "publications" / "qp.json").exists()  # a dry run leaves no trace
