"""What `make demo` exports is accepted by portals as it is (issue 11), checked on the demo's own output.

The demo (scripts/demo.py) runs into a temporary folder, as `make demo` runs it; its catalogue export
is then judged by our encodings of GeoNetwork's rules, INSPIRE TG 2.0, the ISO 19139 XSD, the DCAT-AP
2.1.1 shapes and the data.gouv.fr harvest path. Then the local SDI is read back the way catalogue
clients do: OWSLib over CSW, and QGIS adding the layer from the record's WMS and WFS links.
"""
import csv
import glob
import os
import subprocess
import sys

import pytest
import rdflib
from lxml import etree
from qgis.core import QgsRasterLayer, QgsVectorLayer

from passerelle import api
from passerelle.sample import territory
from passerelle.sdi import local
from support import portal_rules
from support.portal_validation import missing_after_harvest, shacl_violations
from support.xsd import assert_valid_iso

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
GMD = "http://www.isotc211.org/2005/gmd"
DCAT = rdflib.Namespace("http://www.w3.org/ns/dcat#")


@pytest.fixture(scope="module")
def demo_export(tmp_path_factory):
    folder = tmp_path_factory.mktemp("demo")
    env = dict(os.environ, PASSERELLE_DATA_DIR=str(folder / "data"), QT_QPA_PLATFORM="offscreen")
    env.pop("DEMO_OPENDATA", None)
    run = subprocess.run([sys.executable, os.path.join(ROOT, "scripts", "demo.py"), str(folder / "out")],
                         env=env, capture_output=True, text=True, timeout=600, cwd=ROOT)
    assert run.returncode == 0, run.stderr[-3000:]
    return folder / "out" / "catalogue"


def exported_records(catalogue):
    paths = sorted(glob.glob(str(catalogue / "iso19139" / "*.xml")))
    assert len(paths) == len(territory.DEFAULT_TAGS)
    return [(os.path.basename(p), open(p, "rb").read()) for p in paths]


def test_every_demo_record_passes_geonetwork_rules_inspire_tg2_and_the_xsd(demo_export):
    for name, xml in exported_records(demo_export):
        assert portal_rules.failures(xml) == {}, name
        assert_valid_iso(xml)


def test_every_demo_record_survives_the_harvest_path_with_its_essentials(demo_export):
    for name, xml in exported_records(demo_export):
        assert missing_after_harvest(xml) == [], name


def test_demo_dcat_catalogue_meets_dcat_ap_2_1_1_in_turtle_and_json_ld(demo_export):
    for file_name, fmt in (("catalogue.ttl", "turtle"), ("catalogue.jsonld", "json-ld")):
        path = demo_export / file_name
        graph = rdflib.Graph().parse(path, format=fmt, publicID="https://data.saint-aubin.fr/catalogue/")
        assert len(set(graph.subjects(rdflib.RDF.type, DCAT.Dataset))) == len(territory.DEFAULT_TAGS)
        assert shacl_violations(graph) == []
    document = (demo_export / "catalogue.jsonld").read_text(encoding="utf-8")
    assert '"@context": {' in document and '"dcat": "http://www.w3.org/ns/dcat#"' in document  # inline context


def test_demo_scdl_catalogue_has_absolute_urls_and_passes_the_scdl_schema(demo_export):
    import frictionless

    from passerelle.catalogue import schemas

    path = demo_export / "catalogue-scdl.csv"
    schema = schemas.resolve("https://schema.data.gouv.fr/schemas/scdl/catalogue/0.1.3/schema.json")
    report = frictionless.validate(path.name, schema=frictionless.Schema.from_descriptor(schema),
                                   basepath=str(demo_export))
    assert report.valid, report.flatten(["rowNumber", "fieldName", "message"])
    rows = list(csv.DictReader(open(path, encoding="utf-8")))
    assert rows and all(row["URL"].startswith("https://data.saint-aubin-sur-loue.fr/catalogue/") for row in rows)


def test_no_exported_file_carries_a_file_url_or_a_path_of_this_machine(demo_export):
    texts = [p for p in glob.glob(str(demo_export / "**" / "*"), recursive=True)
             if p.endswith((".xml", ".ttl", ".jsonld", ".csv"))]
    assert len(texts) >= len(territory.DEFAULT_TAGS) + 3
    for path in texts:
        content = open(path, encoding="utf-8").read()
        assert "file:" not in content, path
        assert str(demo_export.parent.parent) not in content and ROOT not in content, path


@pytest.fixture
def tagged(project, territory_gpkg):
    layers = {}
    for name, tags in territory.DEFAULT_TAGS.items():
        layer = QgsVectorLayer(f"{territory_gpkg}|layername={name}", name, "ogr")
        project.addMapLayer(layer)
        api.tag(layer, **tags)
        layers[name] = layer
    return layers


def test_export_with_a_public_base_url_links_every_file_under_it(tagged, tmp_path):
    base = "https://data.saint-aubin.fr/catalogue/"
    written = api.export(list(tagged.values()), str(tmp_path / "c"), formats=["iso19139", "dcat"],
                         profile={"export": {"base_url": base, "access_request_url": "https://saint-aubin.fr/acces"}})
    graph = rdflib.Graph().parse(written["dcat"][0], format="turtle")
    downloads = {str(o) for o in graph.objects(None, DCAT.downloadURL)}
    assert downloads == {base + "data/" + os.path.basename(p) for p in written["data"]}
    assert all(str(d).startswith(base + "datasets/") for d in graph.subjects(rdflib.RDF.type, DCAT.Dataset))
    closed = api.record(tagged["concessions_cimetiere"]).identifier
    closed_xml = next(open(p, "rb").read() for p in written["iso19139"] if closed in p)
    urls = etree.fromstring(closed_xml).xpath("//gmd:onLine/*/gmd:linkage/gmd:URL/text()", namespaces={"gmd": GMD})
    assert urls == ["https://saint-aubin.fr/acces"]


def test_export_without_base_url_links_relative_to_the_export_folder(tagged, tmp_path):
    written = api.export([tagged["parcelles"]], str(tmp_path / "c"), formats=["iso19139", "dcat"])
    [iso] = written["iso19139"]
    [url] = etree.parse(iso).xpath("//gmd:onLine/*/gmd:linkage/gmd:URL/text()", namespaces={"gmd": GMD})
    assert url.startswith("../data/") and os.path.exists(os.path.join(os.path.dirname(iso), url))
    turtle = open(written["dcat"][0], encoding="utf-8").read()
    assert f"<data/{os.path.basename(written['data'][0])}>" in turtle
    with pytest.raises(Exception) as refused:
        api.export([tagged["parcelles"]], str(tmp_path / "d"), base_url="ftp://example.org/")
    assert getattr(refused.value, "code", "") == "export.base-url"


# --- the local SDI read back as catalogue clients read it ----------------------------------------------

@pytest.fixture
def published(tagged, tmp_path, monkeypatch):
    monkeypatch.setenv("PASSERELLE_DATA_DIR", str(tmp_path / "data"))
    profile = {"name": "sdi-links", "version": "1",
               "targets": {"local": {"type": "local", "folder": str(tmp_path / "sdi"), "kind": "open",
                                     "retries": 1, "timeout": 20}}}
    report = api.publish([tagged["arrets_bus"], tagged["parcelles"]], profile)
    assert {o.layer for o in report.outcomes if o.ok} == {"arrets_bus", "parcelles"}
    yield local.sdi_for(str(tmp_path / "sdi"))
    local.stop_all()


def test_owslib_reads_ogc_protocols_and_layer_names_and_qgis_adds_the_layers(tagged, published):
    from owslib.csw import CatalogueServiceWeb

    csw = CatalogueServiceWeb(published.urls["csw"], timeout=30)
    identifiers = {api.record(tagged[name]).identifier: name for name in ("arrets_bus", "parcelles")}
    csw.getrecordbyid(list(identifiers), outputschema=GMD)
    assert set(csw.records) == set(identifiers)
    for identifier, layer_name in identifiers.items():
        online = csw.records[identifier].distribution.online
        by_protocol = {o.protocol: o for o in online}
        assert {"OGC:WMS", "OGC:WFS", "WWW:DOWNLOAD-1.0-http--download"} <= set(by_protocol)
        wms, wfs = by_protocol["OGC:WMS"], by_protocol["OGC:WFS"]
        assert wms.name == wfs.name == layer_name
        # What QGIS's MetaSearch does with such a link: a layer from the service URL and the layer name.
        raster = QgsRasterLayer(f"url={wms.url}&layers={wms.name}&styles=&format=image/png&crs=EPSG:2154",
                                "wms", "wms")
        assert raster.isValid(), raster.error().summary()
        vector = QgsVectorLayer(f"url='{wfs.url}' typename='{wfs.name}' version='1.1.0'", "wfs", "WFS")
        assert vector.isValid(), vector.error().summary()
        assert vector.featureCount() == tagged[layer_name].featureCount()
