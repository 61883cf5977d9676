"""The record lives with the layer: project file, .qmd, GeoPackage; nothing is lost on the way."""
import datetime as dt
import json
import os
import shutil

from qgis.core import QgsAbstractMetadataBase, QgsLayerMetadata, QgsProject, QgsVectorLayer

from passerelle import api
from passerelle.catalogue.record import Address, Constraint, Contact, Extent, Link, Record
from passerelle.qgis_io.metadata import from_metadata, to_metadata
from support.qgis_env import run_python

FULL_TAGS = dict(
    title="Équipements publics", abstract="Équipements publics de la commune.",
    keywords=["équipement", "service public"], themes=["us", "GOVE", "utilitiesCommunication"],
    access="ouverte", nature="publique", granularity="poi", frequency="annuelle", licence="lov2",
    lifecycle="onGoing", contact={"organisation": "Mairie", "name": "Service SIG", "email": "sig@mairie.fr",
                                  "phone": "03 84 00 00 00"},
    producer={"organisation": "Commune de Saint-Aubin-sur-Loue", "siret": "21399999900017", "role": "owner"},
    last_revision="2026-01-15", created=dt.date(2020, 3, 1), published="2021-06-01",
    temporal=("2020-01-01", "2025-12-31"), lineage="Relevé terrain 2020, mis à jour chaque année.",
    scale=5000, place="Saint-Aubin-sur-Loue", schema="https://example.org/schema.json",
)

READ_RECORD = """
import json, sys
from qgis.core import QgsApplication, QgsProject
app = QgsApplication([], False); app.initQgis()
from passerelle import api
{setup}
print("RECORD=" + json.dumps(api.record({layer}).to_dict(), sort_keys=True))
"""


def _record_from_child(setup: str, layer: str) -> dict:
    result = run_python(READ_RECORD.format(setup=setup, layer=layer))
    assert result.returncode in (0, 139) or "RECORD=" in result.stdout, result.stderr[-3000:]
    line = next(printed for printed in result.stdout.splitlines() if printed.startswith("RECORD="))
    return json.loads(line[len("RECORD="):])


def test_full_record_round_trips_through_qgis_metadata():
    record = Record(title="T", abstract="A", keywords=["a", "b"],
                    themes=["http://inspire.ec.europa.eu/theme/us",
                            "http://inspire.ec.europa.eu/metadata-codelist/TopicCategory/structure"],
                    access="https://w3id.org/passerelle/vocabulary/access-level/partagee",
                    nature="https://w3id.org/passerelle/vocabulary/nature/publique",
                    legal_basis="http://inspire.ec.europa.eu/metadata-codelist/LimitationsOnPublicAccess/INSPIRE_Directive_Article13_1d",
                    lifecycle="http://inspire.ec.europa.eu/metadata-codelist/ProgressCode/completed",
                    granularity="https://w3id.org/passerelle/vocabulary/granularity/fr-commune",
                    scale=25000, resolution_m=2.5,
                    frequency="http://publications.europa.eu/resource/authority/frequency/MONTHLY",
                    licence="https://spdx.org/licenses/ODbL-1.0",
                    producer=Contact("Producteur", "P", "p@x.fr", "01", "owner", "12345678901234"),
                    contact=Contact("Contact", "C", "c@x.fr", "02", "pointOfContact", ""),
                    extent=Extent(5.5, 46.9, 5.6, 47.0, "EPSG:2154"), place="Lieu",
                    temporal_start=dt.date(2020, 1, 1), temporal_end=dt.date(2021, 1, 1),
                    created=dt.date(2019, 1, 1), revised=dt.date(2022, 2, 2), published=dt.date(2020, 5, 5),
                    lineage="L", schema="https://example.org/s.json", language="fre",
                    parent_identifier="https://example.org/id/parent", resource_type="series",
                    contacts=[Contact("Autre", "", "", "", "custodian", position="Gestion", fax="03",
                                      addresses=[Address("postal", "1 rue", "25000", "Besançon", "Doubs", "France"),
                                                 Address("physical", "Bât. B")])],
                    other_licences=["Licence communale"], rights=["© Commune"],
                    constraints=[Constraint("Citer la source", "use"), Constraint("Usage interne", "interne")],
                    fees="Gratuit", process_steps=["Étape 2", "Étape 3"],
                    links=[Link("https://example.org/page", "Page", "WWW:LINK", "Présentation", "HTML", "text/html",
                                "1200")],
                    encoding="ISO-8859-15", elevation_min=-2.5, elevation_max=120.0,
                    vocabulary_keywords={"Mots-clés": ["a b", "c"], "INSPIRE": ["Inconnu"]})
    assert from_metadata(to_metadata(record)) == record


def test_records_written_by_the_first_format_read_the_same():
    md = QgsLayerMetadata()
    md.setTitle("Ancien")
    md.setKeywords({"passerelle:record": ["1"], "passerelle:themes": ["http://inspire.ec.europa.eu/theme/us"],
                    "passerelle:keywords": ["mairie"], "passerelle:contacts": ["contact:", "producer:21250500100018"],
                    "gmd:topicCategory": ["utilitiesCommunication"]})
    contact, producer = QgsAbstractMetadataBase.Contact("Service SIG"), QgsAbstractMetadataBase.Contact("")
    contact.role, producer.organization, producer.role = "pointOfContact", "Commune", "owner"
    md.setContacts([contact, producer])
    md.setLicenses(["https://spdx.org/licenses/etalab-2.0"])
    record = from_metadata(md)
    assert record.themes == ["http://inspire.ec.europa.eu/theme/us",
                             "http://inspire.ec.europa.eu/metadata-codelist/TopicCategory/utilitiesCommunication"]
    assert (record.contact.name, record.producer.organisation, record.producer.siret) == \
        ("Service SIG", "Commune", "21250500100018")
    assert record.contacts == [] and record.vocabulary_keywords == {} and record.other_licences == []
    assert record.keywords == ["mairie"] and record.licence == "https://spdx.org/licenses/etalab-2.0"


def test_tag_survives_saving_and_reopening_the_project_in_a_new_qgis_process(project, sample_folder, tmp_path):
    # A GeoJSON copy: its record must come from the project file, so the .qmd sidecar is removed.
    geojson = tmp_path / "arrets.geojson"
    layer_src = QgsVectorLayer(os.path.join(sample_folder, "territoire.gpkg") + "|layername=arrets_bus", "src", "ogr")
    from qgis.core import QgsVectorFileWriter
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GeoJSON"
    QgsVectorFileWriter.writeAsVectorFormatV2(layer_src, str(geojson), QgsProject.instance().transformContext(),
                                              options)
    layer = QgsVectorLayer(str(geojson), "arrets", "ogr")
    project.addMapLayer(layer)
    tagged = api.tag(layer, **FULL_TAGS)
    project_path = str(tmp_path / "projet.qgs")
    assert project.write(project_path)
    sidecar = tmp_path / "arrets.qmd"
    if sidecar.exists():
        sidecar.unlink()

    reread = _record_from_child(
        f"QgsProject.instance().read({project_path!r})\nlayer = QgsProject.instance().mapLayersByName('arrets')[0]",
        "layer")
    assert reread == tagged.to_dict()
    assert reread["frequency"].endswith("/ANNUAL") and reread["licence"].endswith("/etalab-2.0")


def test_tagged_geopackage_copied_elsewhere_still_carries_its_record(territory_gpkg, tmp_path):
    tagged = api.tag(territory_gpkg + "|layername=equipements_publics", **FULL_TAGS)
    elsewhere = tmp_path / "ailleurs"
    elsewhere.mkdir()
    copy = shutil.copy(territory_gpkg, elsewhere / "copie.gpkg")

    reread = _record_from_child("", repr(f"{copy}|layername=equipements_publics"))
    assert reread == tagged.to_dict()
    # The other layers of the copy were not tagged and do not pretend to be.
    untouched = _record_from_child("", repr(f"{copy}|layername=parcelles"))
    assert untouched["identifier"] != tagged.identifier and untouched["access"] is None


def test_record_survives_qmd_export_and_import(territory_gpkg, tmp_path):
    layer = QgsVectorLayer(territory_gpkg + "|layername=parcelles", "parcelles", "ogr")
    tagged = api.tag(layer, **FULL_TAGS)
    qmd = str(tmp_path / "parcelles.qmd")
    _message, ok = layer.saveNamedMetadata(qmd)
    assert ok and os.path.getsize(qmd) > 0
    other = QgsVectorLayer("Point?crs=EPSG:2154", "vide", "memory")
    _message, ok = other.loadNamedMetadata(qmd)
    assert ok
    assert from_metadata(other.metadata()) == tagged


def test_tag_keeps_the_identifier_forever(territory_gpkg):
    first = api.tag(territory_gpkg + "|layername=zonage_plu", title="PLU")
    second = api.tag(territory_gpkg + "|layername=zonage_plu", frequency="irregular")
    assert first.identifier == second.identifier
    assert second.title == "PLU" and second.frequency.endswith("/IRREG")



def test_a_locked_geopackage_refuses_the_record_and_the_layer_keeps_its_old_one(territory_gpkg, monkeypatch):
    import sqlite3

    import pytest

    from passerelle.catalogue.errors import PasserelleError
    from passerelle.qgis_io import geopackage

    layer = QgsVectorLayer(territory_gpkg + "|layername=arrets_bus", "arrets_bus", "ogr")
    api.tag(layer, title="Avant")
    monkeypatch.setattr(geopackage, "LOCK_TIMEOUT", 0.2)
    lock = sqlite3.connect(territory_gpkg)
    lock.execute("BEGIN EXCLUSIVE")  # another program is writing the file
    try:
        with pytest.raises(PasserelleError) as error:
            api.tag(layer, title="Après")
    finally:
        lock.rollback()
        lock.close()
    assert "GeoPackage" in error.value.message_fr and error.value.code == "record.store"
    assert api.record(layer).title == "Avant"
