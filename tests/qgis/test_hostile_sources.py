"""Sources as agents have them: legacy-encoded Shapefiles, damaged GeoPackages, missing or wrong CRSs.

Each goes through the public API on real QGIS layers; none may crash QGIS, read garbled text, hang
or write an extent computed from a wrong CRS.
"""
import json
import os
import subprocess
import sys
import textwrap

import pytest
from lxml import etree
from osgeo import gdal, ogr, osr
from qgis.core import (QgsCoordinateReferenceSystem, QgsFeature, QgsGeometry, QgsLayerMetadata, QgsPointXY,
                       QgsRectangle, QgsVectorLayer)

from passerelle import api
from passerelle.catalogue.errors import PasserelleError
from passerelle.qgis_io.layerdata import layer_data
from passerelle.sample import territory
from support.hostile import BESANCON_L93, ROWS, corrupt_table, truncate, write_shapefile
from support.qgis_env import environment

GMD = {"gmd": "http://www.isotc211.org/2005/gmd"}
ENCODINGS = ["CP1252", "ISO-8859-1", "UTF-8"]
LIBELLES = [row["libellé"] for row in ROWS]
CONTACTS = [row["contact"] for row in ROWS]


def rgpd_columns(report) -> set:
    return {f.field for f in report.findings if f.code == "rgpd.personal-columns"}


# -- encodings -------------------------------------------------------------------------------------

@pytest.mark.parametrize("with_cpg", [True, False], ids=["cpg", "sans-cpg"])
@pytest.mark.parametrize("encoding", ENCODINGS)
def test_shapefile_text_is_read_in_its_real_encoding(tmp_path, encoding, with_cpg):
    path = write_shapefile(str(tmp_path), encoding, with_cpg)
    layer = QgsVectorLayer(path, "salles", "ogr")
    assert layer.isValid()
    assert gdal.GetConfigOption("SHAPE_ENCODING") == ""  # QGIS's OGR provider set it: the crashing setting

    data = layer_data(layer)  # what every check reads
    cut = "propriéta" if encoding == "UTF-8" else "propriétai"  # DBF names are 10 bytes
    assert list(data.attributes.columns) == ["libellé", cut, "contact", "prénom"]
    assert data.attributes["libellé"].tolist() == LIBELLES
    assert data.attributes["contact"].tolist() == CONTACTS

    report = api.check([layer])
    # Only correctly decoded names and values reveal these: "Hélène DUPRÉ" is a person, "H�l�ne DUPR�" is not.
    assert {"contact", "prénom"} <= rgpd_columns(report)
    garbled = [f for f in report.findings if "\ufffd" in (f.field or "") or "\udcff" in (f.field or "")]
    assert not garbled


@pytest.mark.parametrize("encoding", ["CP1252", "ISO-8859-1"])
def test_legacy_text_without_cpg_is_reported_as_misread_by_qgis(tmp_path, encoding):
    # Without .cpg QGIS reads the DBF as UTF-8 and would publish "Salle des f�tes": an error saying what to set.
    layer = QgsVectorLayer(write_shapefile(str(tmp_path), encoding, with_cpg=False), "salles", "ogr")
    findings = [f for f in api.check([layer]).findings if f.code == "data.encoding"]
    assert [(f.severity, f.suggestions) for f in findings] == [("error", ["windows-1252"])]
    assert "Encodage de la source de données" in findings[0].message_fr

    layer.setProviderEncoding("windows-1252")  # the fix the finding names, as done in the layer properties
    assert not [f for f in api.check([layer]).findings if f.code == "data.encoding"]
    assert layer_data(layer).attributes["libellé"].tolist() == LIBELLES


@pytest.mark.parametrize("encoding, with_cpg", [("CP1252", True), ("ISO-8859-1", True), ("UTF-8", True),
                                                ("UTF-8", False)])
def test_declared_or_utf8_text_raises_no_encoding_finding(tmp_path, encoding, with_cpg):
    layer = QgsVectorLayer(write_shapefile(str(tmp_path), encoding, with_cpg), "salles", "ogr")
    assert "data.encoding" not in api.check([layer]).codes()


CRASH_SCRIPT = textwrap.dedent("""
    import json, os, sys
    from qgis.core import QgsApplication, QgsProject, QgsVectorLayer
    app = QgsApplication([], False)
    app.initQgis()
    from osgeo import gdal
    from passerelle import api
    from passerelle.sample import territory

    other, salles, profile = sys.argv[1], sys.argv[2], json.loads(sys.argv[3])
    QgsVectorLayer(other, "autre", "ogr")  # any OGR layer: QGIS then sets SHAPE_ENCODING="" process-wide
    assert gdal.GetConfigOption("SHAPE_ENCODING") == ""
    layer = QgsVectorLayer(salles, "salles", "ogr")
    QgsProject.instance().addMapLayer(layer)
    # Closed personal data (a register with people's names) headed for an internal catalogue.
    api.tag(layer, **territory.DEFAULT_TAGS["concessions_cimetiere"])
    report = api.check([layer])
    published = api.publish([layer], profile, dry_run=True)
    print(json.dumps({"codes": sorted(report.codes()),
                      "rgpd": sorted(f.field for f in report.findings if f.code == "rgpd.personal-columns"),
                      "outcomes": [[o.state, o.message_fr] for o in published.outcomes],
                      "requests": [r["method"] + " " + r["url"] for r in published.requests]}))
    QgsProject.instance().clear()
    app.exitQgis()
""")


@pytest.mark.parametrize("with_cpg", [True, False], ids=["cpg", "sans-cpg"])
def test_a_cp1252_shapefile_does_not_crash_check_or_dry_run_publish(tmp_path, with_cpg):
    salles = write_shapefile(str(tmp_path), "CP1252", with_cpg)
    other = write_shapefile(str(tmp_path / "autre"), "UTF-8", True, name="autre")
    # The embedded SDI as an internal target (the register is closed data): a dry run starts none of its servers.
    profile = {"name": "essai-cp1252", "version": "1",
               "targets": {"idg": {"type": "local", "folder": str(tmp_path / "idg"), "kind": "internal"}}}
    done = subprocess.run([sys.executable, "-c", CRASH_SCRIPT, other, salles, json.dumps(profile)],
                          capture_output=True, text=True, timeout=300, cwd=str(tmp_path),
                          env=environment({"PASSERELLE_DATA_DIR": str(tmp_path / "data")}))
    assert done.returncode == 0, f"exit {done.returncode}: {done.stderr[-3000:]}"
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert {"contact", "prénom"} <= set(result["rgpd"])  # the checks read the right text
    assert ("data.encoding" in result["codes"]) is (not with_cpg)
    if with_cpg:  # packaged (data copied through QGIS, re-read in bulk) and planned, nothing sent
        assert {state for state, _message in result["outcomes"]} == {"planned"}
    else:  # QGIS would publish garbled accents: refused, for the reason check gave
        assert {state for state, _message in result["outcomes"]} == {"refused"}
        assert all("windows-1252" in message for _state, message in result["outcomes"])


# -- damaged files ---------------------------------------------------------------------------------

def _damaged(call) -> PasserelleError:
    with pytest.raises(PasserelleError) as caught:
        call()
    return caught.value


@pytest.mark.parametrize("path_suffix", ["", "|layername=parcelles"], ids=["fichier", "couche"])
def test_a_truncated_geopackage_is_reported_damaged_with_its_name(territory_gpkg, path_suffix):
    truncate(territory_gpkg, 0.4)
    for call in (lambda: api.check(territory_gpkg + path_suffix), lambda: api.record(territory_gpkg + path_suffix)):
        error = _damaged(call)
        assert error.code == "layer.damaged"
        assert territory_gpkg in error.message_fr and territory_gpkg in error.message_en


def test_garbage_bytes_named_gpkg_are_reported_damaged(tmp_path):
    path = tmp_path / "equipements.gpkg"
    path.write_bytes(os.urandom(4096))
    error = _damaged(lambda: api.check(str(path)))
    assert error.code == "layer.damaged" and str(path) in error.message_fr


def test_a_geopackage_damaged_inside_fails_the_check_rather_than_reading_part_of_it(territory_gpkg):
    corrupt_table(territory_gpkg, "parcelles")
    layer = QgsVectorLayer(f"{territory_gpkg}|layername=parcelles", "parcelles", "ogr")
    assert layer.isValid()  # QGIS opens it: only reading the features fails
    error = _damaged(lambda: api.check([layer]))
    assert error.code == "layer.damaged" and territory_gpkg in error.message_fr
    assert "metadata.required" in api.check(f"{territory_gpkg}|layername=arrets_bus").codes()  # the others still read


# -- CRS -------------------------------------------------------------------------------------------

def memory_layer(crs: str, points) -> QgsVectorLayer:
    layer = QgsVectorLayer(f"Point?crs={crs}&field=nom:string", "salles", "memory")
    features = []
    for x, y in points:
        feature = QgsFeature(layer.fields())
        feature.setAttributes(["Salle des fêtes"])
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x, y)))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    layer.updateExtents()
    return layer


def geopackage_layer(path: str, epsg, points) -> QgsVectorLayer:
    dataset = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    srs = None
    if epsg:
        srs = osr.SpatialReference()
        srs.ImportFromEPSG(epsg)
    table = dataset.CreateLayer("salles", srs, ogr.wkbPoint)
    table.CreateField(ogr.FieldDefn("nom", ogr.OFTString))
    for x, y in points:
        feature = ogr.Feature(table.GetLayerDefn())
        feature.SetField("nom", "Salle des fêtes")
        feature.SetGeometry(ogr.CreateGeometryFromWkt(f"POINT ({x} {y})"))
        table.CreateFeature(feature)
    dataset = None
    layer = QgsVectorLayer(f"{path}|layername=salles", "salles", "ogr")
    assert layer.isValid()
    return layer


L93_POINTS = [BESANCON_L93, (BESANCON_L93[0] + 500, BESANCON_L93[1] + 300)]


def exported_boxes(layer, folder) -> tuple:
    """(ISO bounding boxes, DCAT bbox literals) that ``api.export`` writes for the (tagged) layer."""
    written = api.export([layer], str(folder), formats=["iso19139", "dcat"], with_data=False)
    iso = etree.parse(written["iso19139"][0])
    boxes = iso.findall(".//gmd:EX_GeographicBoundingBox", GMD)
    turtle = open(os.path.join(folder, "catalogue.ttl"), encoding="utf-8").read()
    return boxes, [line for line in turtle.splitlines() if "bbox" in line]


@pytest.fixture(params=["memory", "geopackage"])
def lambert93_declared_wgs84(request, tmp_path):
    if request.param == "memory":
        return memory_layer("EPSG:4326", L93_POINTS)
    return geopackage_layer(str(tmp_path / "salles.gpkg"), 4326, L93_POINTS)


def test_lambert93_coordinates_declared_wgs84_are_an_error_naming_the_probable_crs(lambert93_declared_wgs84):
    layer = lambert93_declared_wgs84
    findings = [f for f in api.check([layer]).findings if f.code == "crs.outside-area"]  # the default profile
    assert [(f.severity, f.suggestions, f.feature_ids) for f in findings] == [("error", ["EPSG:2154"], [1, 2])]
    assert "Lambert-93" in findings[0].message_fr and "EPSG:4326" in findings[0].message_fr


def test_no_extent_is_derived_or_exported_from_a_wrong_crs(lambert93_declared_wgs84, tmp_path):
    layer = lambert93_declared_wgs84
    assert api.record(layer).extent is None
    assert api.tag(layer, title="Salles", abstract="Salles communales.").extent is None
    boxes, bbox_lines = exported_boxes(layer, tmp_path / "export")
    assert boxes == [] and bbox_lines == []


def test_setting_the_right_crs_in_qgis_clears_the_finding_and_gives_the_extent(lambert93_declared_wgs84):
    layer = lambert93_declared_wgs84
    layer.setCrs(QgsCoordinateReferenceSystem("EPSG:2154"))  # Layer Properties › Source › CRS
    assert "crs.outside-area" not in api.check([layer]).codes()
    extent = api.record(layer).extent
    assert extent.crs == "EPSG:2154" and 6.0 < extent.west < extent.east < 6.1 and 47.2 < extent.south < 47.3


def test_degrees_declared_lambert93_are_an_error_too(tmp_path):
    layer = geopackage_layer(str(tmp_path / "salles.gpkg"), 2154, [(6.02, 47.24), (6.03, 47.25)])
    findings = [f for f in api.check([layer]).findings if f.code == "crs.outside-area"]
    assert [f.suggestions for f in findings] == [["EPSG:4326"]]
    assert api.record(layer).extent is None


def test_a_stray_feature_is_named_and_keeps_the_extent_from_being_written(tmp_path):
    layer = geopackage_layer(str(tmp_path / "salles.gpkg"), 2154, L93_POINTS + [(-3_000_000, -2_000_000)])
    findings = [f for f in api.check([layer]).findings if f.code == "crs.outside-area"]
    assert [(f.feature_ids, f.suggestions) for f in findings] == [([3], [])]
    assert api.record(layer).extent is None


@pytest.mark.parametrize("kind", ["memory", "geopackage"])
def test_a_layer_without_crs_gets_crs_missing_and_no_extent(tmp_path, kind):
    if kind == "memory":
        layer = memory_layer("", L93_POINTS)
        layer.setCrs(QgsCoordinateReferenceSystem())
    else:
        layer = geopackage_layer(str(tmp_path / "salles.gpkg"), None, L93_POINTS)  # "Undefined geographic SRS"
    codes = api.check([layer]).codes()
    assert "crs.missing" in codes and "crs.outside-area" not in codes
    assert api.tag(layer, title="Salles", abstract="Salles communales.").extent is None
    boxes, bbox_lines = exported_boxes(layer, tmp_path / "export")
    assert boxes == [] and bbox_lines == []  # not 897,675 "degrees"


def test_an_extent_stored_in_metres_is_reported_and_never_exported(tmp_path):
    # A record saved by an earlier version, or typed in the wrong units in QGIS's metadata editor.
    layer = geopackage_layer(str(tmp_path / "salles.gpkg"), 2154, L93_POINTS)
    api.tag(layer, title="Salles", abstract="Salles communales.")
    metadata = layer.metadata()
    extent = QgsLayerMetadata.Extent()
    spatial = QgsLayerMetadata.SpatialExtent()
    spatial.extentCrs = QgsCoordinateReferenceSystem("EPSG:4326")
    spatial.bounds = QgsRectangle(897675, 6686550, 929000, 6687000).toBox3d(0, 0)
    extent.setSpatialExtents([spatial])
    metadata.setExtent(extent)
    layer.setMetadata(metadata)
    assert api.record(layer).extent.west == 897675
    findings = [f for f in api.check([layer]).findings if f.code == "extent.invalid"]
    assert [(f.severity, f.field) for f in findings] == [("error", "extent")]
    boxes, bbox_lines = exported_boxes(layer, tmp_path / "export")
    assert boxes == [] and bbox_lines == []


def test_sample_layers_in_their_right_crs_raise_no_crs_finding(territory_gpkg):
    report = api.check(territory_gpkg)
    assert not {"crs.outside-area", "extent.invalid", "data.encoding"} & report.codes()
    for name in territory.DEFAULT_TAGS:
        extent = api.record(f"{territory_gpkg}|layername={name}").extent
        assert extent is not None and extent.is_geographic(), name
