"""The sample territory, tagged as an agent would, exports a valid catalogue."""
import csv
import os

import pytest
import rdflib
from qgis.core import QgsVectorLayer

from passerelle import api
from passerelle.catalogue.encoders import iso19139
from passerelle.sample import territory
from support.xsd import assert_valid_iso

DCAT = rdflib.Namespace("http://www.w3.org/ns/dcat#")
DCT = rdflib.Namespace("http://purl.org/dc/terms/")


@pytest.fixture
def tagged_territory(project, territory_gpkg):
    layers = []
    for name, tags in territory.DEFAULT_TAGS.items():
        layer = QgsVectorLayer(f"{territory_gpkg}|layername={name}", name, "ogr")
        project.addMapLayer(layer)
        api.tag(layer, **tags)
        layers.append(layer)
    return layers


def test_every_iso_export_of_the_territory_is_xsd_valid_and_reads_back(tagged_territory, tmp_path):
    written = api.export(tagged_territory, str(tmp_path), formats=["iso19139"])
    assert len(written["iso19139"]) == len(tagged_territory)
    for layer, path in zip(tagged_territory, written["iso19139"]):
        xml = open(path, "rb").read()
        assert_valid_iso(xml)
        decoded, record = iso19139.decode(xml), api.record(layer)
        if record.schema:  # a schema file of this machine is exported beside the records, and cited there
            assert decoded.schema == "../schemas/" + os.path.basename(record.schema)
            assert os.path.exists(os.path.join(os.path.dirname(path), decoded.schema))
            record = record.replace(schema=decoded.schema)
        assert decoded == record


def test_dcat_catalogue_carries_the_mapped_values(tagged_territory, tmp_path):
    written = api.export(tagged_territory, str(tmp_path), formats=["dcat"])
    for path, fmt in zip(written["dcat"], ("turtle", "json-ld")):
        graph = rdflib.Graph().parse(path, format=fmt)
        datasets = set(graph.subjects(rdflib.RDF.type, DCAT.Dataset))
        assert len(datasets) == len(tagged_territory)
        bus = api.record(next(layer for layer in tagged_territory if layer.name() == "arrets_bus"))
        dataset = next(d for d in datasets if str(graph.value(d, DCT.identifier)) == bus.identifier)
        assert graph.value(dataset, DCT.accrualPeriodicity) == rdflib.URIRef(bus.frequency)
        assert str(graph.value(dataset, DCT.title)) == bus.title


def test_scdl_catalogue_validates_against_its_schema(tagged_territory, tmp_path):
    import frictionless

    from passerelle.catalogue import schemas

    not_closed = [layer for layer in tagged_territory if layer.name() != "concessions_cimetiere"]
    written = api.export(not_closed, str(tmp_path),
                         formats=["scdl"], profile={"organisation": {"name": "Commune de Saint-Aubin-sur-Loue",
                                                                     "siret": territory.COMMUNE["siret"]},
                                                    # the URL column wants absolute URLs: the public address
                                                    "export": {"base_url": "https://data.saint-aubin.fr/cat/"}})
    path = written["scdl"][0]
    schema = schemas.resolve("https://schema.data.gouv.fr/schemas/scdl/catalogue/0.1.3/schema.json")
    # frictionless refuses absolute paths as unsafe: validate relative to the folder.
    report = frictionless.validate(os.path.basename(path), schema=frictionless.Schema.from_descriptor(schema),
                                   basepath=os.path.dirname(path))
    assert report.valid, report.flatten(["rowNumber", "fieldName", "message"])
    rows = list(csv.DictReader(open(path, encoding="utf-8")))
    assert len(rows) == len(tagged_territory) - 1


def test_export_packages_open_data_only_and_links_it(tagged_territory, tmp_path):
    written = api.export(tagged_territory, str(tmp_path), formats=["dcat"], base_url="https://sig.example.fr/cat/")
    closed = api.record(next(layer for layer in tagged_territory if layer.name() == "concessions_cimetiere"))
    data_files = {os.path.basename(p) for p in written["data"]}
    assert len(data_files) == len(tagged_territory) - 1
    assert f"{closed.identifier}.gpkg" not in data_files  # personal data never leaves the project
    graph = rdflib.Graph().parse(written["dcat"][0], format="turtle")
    downloads = {str(o) for o in graph.objects(None, DCAT.downloadURL)}
    assert {f"https://sig.example.fr/cat/data/{name}" for name in data_files} == downloads
    copy = QgsVectorLayer(written["data"][0] + "|layername=" + tagged_territory[0].name(), "copie", "ogr")
    assert copy.featureCount() == tagged_territory[0].featureCount()
