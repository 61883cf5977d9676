"""A layer documented in QGIS's metadata editor keeps everything the person typed, through record, tag and export.

The metadata is built as the editor saves it (every tab filled: several contacts with addresses,
licences, rights, constraints, history, links, keywords by vocabulary, categories, extent) and
stored where QGIS keeps it: a ``.qmd`` beside a Shapefile or GeoJSON, the project or the
GeoPackage (``gpkg_metadata``, as QGIS >= 3.24 writes it) for a GeoPackage layer.
"""
import datetime as dt
import os
import sqlite3

import pytest
from lxml import etree
from qgis.core import QgsLayerMetadata, QgsProject, QgsVectorFileWriter, QgsVectorLayer

from passerelle import api
from passerelle.catalogue.encoders import iso19139
from passerelle.qgis_io import geopackage
from passerelle.qgis_io.metadata import metadata_xml, read_metadata_xml
from support.qgis_metadata import GEMET, OWN_VOCABULARY, assert_same_typed_metadata, documented

INSPIRE = "http://inspire.ec.europa.eu/theme/"
TOPIC = "http://inspire.ec.europa.eu/metadata-codelist/TopicCategory/"
ETALAB = "https://spdx.org/licenses/etalab-2.0"


def _copy(sample_folder, tmp_path, driver, name):
    source = QgsVectorLayer(os.path.join(sample_folder, "territoire.gpkg") + "|layername=equipements_publics",
                            "src", "ogr")
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = driver
    path = str(tmp_path / name)
    error = QgsVectorFileWriter.writeAsVectorFormatV2(source, path, QgsProject.instance().transformContext(),
                                                      options)
    assert error[0] == QgsVectorFileWriter.NoError, error
    return path


def _documented_file(sample_folder, tmp_path, driver, name):
    """A file whose metadata was typed in QGIS and saved as its .qmd (Layer properties > Metadata > Save as default)."""
    path = _copy(sample_folder, tmp_path, driver, name)
    layer = QgsVectorLayer(path, "equipements", "ogr")
    typed = documented(layer)
    layer.setMetadata(typed)
    _message, saved = layer.saveDefaultMetadata()
    assert saved and os.path.exists(os.path.splitext(path)[0] + ".qmd")
    return path, typed


def _qmd(path) -> QgsLayerMetadata:
    with open(os.path.splitext(path)[0] + ".qmd", "rb") as handle:
        return read_metadata_xml(handle.read())


def assert_record_holds_what_was_typed(record):
    assert record.identifier == "8d3c7a52-0f5e-4c4e-9a77-3c1f0b6a9e21"
    assert record.parent_identifier == "https://data.saint-aubin.fr/id/patrimoine"
    assert record.title == "Équipements publics de Saint-Aubin"
    assert record.abstract.startswith("Équipements publics de la commune") and "\nRelevés" in record.abstract
    assert record.language == "fre" and record.resource_type == "dataset" and record.encoding == "UTF-8"
    assert record.licence == ETALAB and record.other_licences == ["Licence communale de réutilisation"]
    assert set(record.themes) == {INSPIRE + "bu", INSPIRE + "us", TOPIC + "planningCadastre", TOPIC + "structure"}
    assert record.vocabulary_keywords == {GEMET: ["Hydrographi"], OWN_VOCABULARY: ["équipement", "vie locale"],
                                          "gmd:topicCategory": ["Voirie locale"]}
    assert (record.contact.organisation, record.contact.name, record.contact.position, record.contact.fax) == \
        ("Service SIG", "Paul Durand", "Responsable SIG", "03 81 00 00 09")
    assert record.contact.addresses[0].city == "Saint-Aubin-sur-Loue" and record.contact.role == "pointOfContact"
    assert (record.producer.organisation, record.producer.role) == ("Commune de Saint-Aubin-sur-Loue", "owner")
    assert [(c.organisation, c.role, len(c.addresses)) for c in record.contacts] == \
        [("Département du Doubs", "custodian", 2)]
    assert record.rights == ["© Commune de Saint-Aubin-sur-Loue", "Relevés : Département du Doubs"]
    assert [(c.type, c.text) for c in record.constraints] == [
        ("access", "Pas de restriction d'accès public"), ("use", "Mentionner la source et la date"),
        ("other", "Ne pas utiliser à des fins cadastrales")]
    assert record.fees == "Gratuit"
    assert record.lineage == "Relevé GPS en 2019"
    assert record.process_steps == ["Mise à jour des horaires en 2022", "Contrôle qualité en 2024"]
    assert [(link.name, link.url, link.mime_type) for link in record.links] == [
        ("Page des équipements", "https://www.saint-aubin.fr/equipements", "text/html"),
        ("Notice", "https://www.saint-aubin.fr/notice.pdf", "application/pdf")]
    assert (record.temporal_start, record.temporal_end) == (dt.date(2019, 1, 1), dt.date(2024, 12, 31))
    assert (record.elevation_min, record.elevation_max) == (212.5, 455.0)
    assert record.extent is not None and record.extent.crs == "EPSG:2154"
    assert 5 < record.extent.west < record.extent.east < 7 and 46 < record.extent.south < record.extent.north < 48


# --- .qmd beside a file ----------------------------------------------------------------------

def test_record_of_a_geojson_documented_in_qgis_holds_everything_typed(sample_folder, tmp_path):
    path, _typed = _documented_file(sample_folder, tmp_path, "GeoJSON", "equipements.geojson")
    assert_record_holds_what_was_typed(api.record(path))


def test_tagging_a_documented_shapefile_changes_only_the_frequency_and_keeps_the_qmd(sample_folder, tmp_path):
    path, typed = _documented_file(sample_folder, tmp_path, "ESRI Shapefile", "equipements.shp")
    before = api.record(path)

    tagged = api.tag(path, frequency="annuelle")

    assert tagged.frequency.endswith("/ANNUAL")
    # Field by field, the record is the one read before, the frequency aside.
    assert tagged.to_dict() == before.replace(frequency=tagged.frequency).to_dict()
    # The .qmd that tag rewrote still holds every value, in the words typed.
    assert_same_typed_metadata(typed, _qmd(path))
    # And a fresh QGIS layer on the file reads all of it back.
    assert api.record(path).to_dict() == tagged.to_dict()


def test_export_of_a_tagged_documented_layer_keeps_every_field_in_iso_19139(sample_folder, tmp_path):
    path, _typed = _documented_file(sample_folder, tmp_path, "GeoJSON", "equipements.geojson")
    layer = QgsVectorLayer(path, "equipements", "ogr")
    api.tag(layer, frequency="annuelle")
    record = api.record(layer)

    written = api.export([layer], str(tmp_path / "catalogue"), formats=["iso19139", "dcat"], with_data=False)
    xml = open(written["iso19139"][0], "rb").read()
    back = iso19139.decode(xml)

    # What ISO 19139 has no place for, and only that, differs: each is a finding of api.check.
    expected = record.to_dict()
    for link in expected["links"]:
        link["format"] = link["size"] = ""
    expected["contacts"][0]["addresses"] = expected["contacts"][0]["addresses"][:1]
    assert back.to_dict() == expected
    not_exported = [f for f in api.check(layer).findings if f.code == "metadata.not-exported"]
    iso = " ".join(f.message_en for f in not_exported if "ISO 19139" in f.message_en)
    assert "format 'HTML'" in iso and "size '12000'" in iso and "after the first" in iso
    dcat = " ".join(f.message_en for f in not_exported if "DCAT" in f.message_en)
    assert "fees 'Gratuit'" in dcat and "encoding 'UTF-8'" in dcat and "vertical extent 212.5" in dcat
    # A few of the elements themselves, as another catalogue reads them.
    doc = etree.fromstring(xml)
    ns = {"gmd": "http://www.isotc211.org/2005/gmd", "gco": "http://www.isotc211.org/2005/gco"}
    assert doc.xpath("//gmd:MD_StandardOrderProcess/gmd:fees/gco:CharacterString/text()", namespaces=ns) == \
        ["Gratuit"]
    assert doc.xpath("//gmd:LI_ProcessStep/gmd:description/gco:CharacterString/text()", namespaces=ns) == \
        ["Mise à jour des horaires en 2022", "Contrôle qualité en 2024"]
    assert len(doc.xpath("//gmd:identificationInfo//gmd:pointOfContact", namespaces=ns)) == 3
    turtle = open(next(p for p in written["dcat"] if p.endswith(".ttl")), encoding="utf-8").read()
    for text in ("© Commune de Saint-Aubin-sur-Loue", "Contrôle qualité en 2024", "https://www.saint-aubin.fr/notice.pdf",
                 "Département du Doubs", "Licence communale de réutilisation", "Hydrographi"):
        assert text in turtle


def test_unmapped_values_are_reported_with_the_closest_concepts(sample_folder, tmp_path):
    path, _typed = _documented_file(sample_folder, tmp_path, "GeoJSON", "equipements.geojson")
    unmapped = [f for f in api.check(path).findings if f.code == "metadata.unmapped"]

    by_value = {f.message_en.split("'")[1]: f for f in unmapped}
    assert set(by_value) == {"Hydrographi", "Voirie locale"}
    assert by_value["Hydrographi"].field == "themes" and by_value["Hydrographi"].severity == "warning"
    assert INSPIRE + "hy" in by_value["Hydrographi"].suggestions
    # Applying the suggestion (what the check panel's button does) settles the finding; the word stays.
    api.tag(path, themes=api.record(path).themes + [INSPIRE + "hy"])
    after = {f.message_en.split("'")[1] for f in api.check(path).findings if f.code == "metadata.unmapped"}
    assert after == {"Voirie locale"}
    assert api.record(path).vocabulary_keywords[GEMET] == ["Hydrographi"]


def test_a_licence_matching_no_concept_is_kept_and_reported_until_one_is_chosen(sample_folder, tmp_path):
    path = _copy(sample_folder, tmp_path, "GeoJSON", "voirie.geojson")
    layer = QgsVectorLayer(path, "voirie", "ogr")
    md = QgsLayerMetadata()
    md.setTitle("Voirie")
    md.setLicenses(["Licence communale 2019"])
    layer.setMetadata(md)

    record = api.record(layer)
    assert record.licence is None and record.other_licences == ["Licence communale 2019"]
    finding = next(f for f in api.check(layer).findings if f.code == "metadata.unmapped")
    assert finding.field == "licence" and "Licence communale 2019" in finding.message_fr

    api.tag(layer, licence=finding.suggestions[0] if finding.suggestions else "etalab-2.0")
    assert not [f for f in api.check(layer).findings if f.code == "metadata.unmapped"]
    assert "Licence communale 2019" in layer.metadata().licenses()


# --- GeoPackage: documented in the project, or in the file by QGIS >= 3.24 --------------------

def test_geopackage_layer_documented_in_the_project_keeps_it_in_project_and_file(territory_gpkg, project, tmp_path):
    layer = QgsVectorLayer(territory_gpkg + "|layername=equipements_publics", "equipements", "ogr")
    project.addMapLayer(layer)
    typed = documented(layer)
    layer.setMetadata(typed)
    project_path = str(tmp_path / "projet.qgs")
    assert project.write(project_path)
    project.clear()
    assert project.read(project_path)
    layer = project.mapLayersByName("equipements")[0]

    assert_record_holds_what_was_typed(api.record(layer))
    api.tag(layer, frequency="annuelle")

    assert_same_typed_metadata(typed, layer.metadata())
    stored = read_metadata_xml(geopackage.read_layer_metadata(territory_gpkg, "equipements_publics"))
    assert_same_typed_metadata(typed, stored)


def test_geopackage_metadata_written_by_newer_qgis_is_read_with_its_dates(territory_gpkg):
    layer = QgsVectorLayer(territory_gpkg + "|layername=equipements_publics", "equipements", "ogr")
    xml = metadata_xml(documented(layer)).replace(
        "</qgis>", '<dates><date type="Created" value="2019-03-01T00:00:00"/>'
                   '<date type="Revised" value="2024-06-30T10:00:00"/></dates></qgis>')
    geopackage.write_layer_metadata(territory_gpkg, "equipements_publics", xml)  # what QGIS 3.24+ stores

    record = api.record(territory_gpkg + "|layername=equipements_publics")
    assert_record_holds_what_was_typed(record)
    assert (record.created, record.revised) == (dt.date(2019, 3, 1), dt.date(2024, 6, 30))

    tagged = api.tag(territory_gpkg + "|layername=equipements_publics", frequency="annuelle")
    assert tagged.to_dict() == record.replace(frequency=tagged.frequency).to_dict()
    with sqlite3.connect(territory_gpkg) as db:  # still one metadata row for the table, now with the record
        rows = db.execute("SELECT m.metadata FROM gpkg_metadata m JOIN gpkg_metadata_reference r "
                          "ON r.md_file_id = m.id WHERE r.table_name = 'equipements_publics'").fetchall()
    assert len(rows) == 1 and "passerelle:record" in rows[0][0] and "Licence communale de réutilisation" in rows[0][0]


def test_metadata_typed_in_the_project_wins_over_plain_metadata_in_the_file(territory_gpkg):
    layer = QgsVectorLayer(territory_gpkg + "|layername=equipements_publics", "equipements", "ogr")
    geopackage.write_layer_metadata(territory_gpkg, "equipements_publics", metadata_xml(documented(layer)))
    typed = QgsLayerMetadata(layer.metadata())
    typed.setTitle("Titre saisi dans le projet")
    layer.setMetadata(typed)
    assert api.record(layer).title == "Titre saisi dans le projet"


def _with_typed_box(path, box):
    """The .qmd's spatial extent replaced by ``box`` (WGS84 degrees), as if typed in the extent tab."""
    from qgis.core import QgsBox3d, QgsCoordinateReferenceSystem

    layer = QgsVectorLayer(path, "equipements", "ogr")
    assert layer.loadDefaultMetadata()[1]
    metadata = layer.metadata()
    extent = metadata.extent()
    spatial = extent.spatialExtents()[0]
    spatial.extentCrs = QgsCoordinateReferenceSystem("EPSG:4326")
    spatial.bounds = QgsBox3d(*box[:2], 0.0, *box[2:], 0.0)
    extent.setSpatialExtents([spatial])
    metadata.setExtent(extent)
    layer.setMetadata(metadata)
    assert layer.saveDefaultMetadata()[1]


def test_tagging_keeps_a_typed_extent_that_covers_the_data_and_follows_data_outside_it(sample_folder, tmp_path):
    path, _typed = _documented_file(sample_folder, tmp_path, "GeoJSON", "equipements.geojson")
    data_box = api.record(path).extent
    commune = (data_box.west - 0.05, data_box.south - 0.05, data_box.east + 0.05, data_box.north + 0.05)
    _with_typed_box(path, commune)
    tagged = api.tag(path, frequency="annuelle")
    assert (tagged.extent.west, tagged.extent.south, tagged.extent.east, tagged.extent.north) == \
        pytest.approx(commune)

    elsewhere = (2.0, 48.0, 2.1, 48.1)  # a box the data has left: the data's own extent replaces it
    _with_typed_box(path, elsewhere)
    tagged = api.tag(path, frequency="annuelle")
    assert tagged.extent.west == pytest.approx(data_box.west) and tagged.extent.north == pytest.approx(data_box.north)
