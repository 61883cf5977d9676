"""Checks on the tagged sample territory, through the console API, as an agent runs them."""
import pytest
from qgis.core import QgsFeature, QgsGeometry, QgsVectorLayer

from passerelle import api
from passerelle.sample import territory

JURA = {"territory": {"name": "Saint-Aubin-sur-Loue", "bbox": list(territory.COMMUNE["bbox_wgs84"])}}
BRETAGNE = {"territory": {"name": "Rennes", "bbox": [-1.80, 48.05, -1.55, 48.20]}}


@pytest.fixture
def tagged(project, territory_gpkg):
    for name, tags in territory.DEFAULT_TAGS.items():
        layer = QgsVectorLayer(f"{territory_gpkg}|layername={name}", name, "ogr")
        project.addMapLayer(layer)
        api.tag(layer, **tags)
    return project


def _finding(report, layer, code):
    return [f for f in report.for_layer(layer) if f.code == code]


def test_invalid_and_empty_geometries_are_named_by_feature_id(tagged):
    report = api.check(None, JURA)
    invalid = _finding(report, "reseau_eclairage", "geometry.invalid")
    empty = _finding(report, "reseau_eclairage", "geometry.empty")
    assert sorted(invalid[0].feature_ids) == sorted(territory.INVALID_FIDS)
    assert sorted(empty[0].feature_ids) == sorted(territory.EMPTY_FIDS)


def test_schema_violations_name_the_broken_equipment(tagged):
    report = api.check("equipements_publics", JURA)
    ids = {fid for f in _finding(report, "equipements_publics", "schema.violation") for fid in f.feature_ids}
    assert ids == set(territory.SCHEMA_BROKEN_FIDS)


def test_personal_register_is_flagged_and_never_allowed_to_an_open_target(tagged):
    closed = api.check("concessions_cimetiere", JURA)
    assert _finding(closed, "concessions_cimetiere", "rgpd.personal-columns")
    assert not _finding(closed, "concessions_cimetiere", "policy.status")
    headed_open = api.check("concessions_cimetiere", JURA, targets=["open"])
    policy = _finding(headed_open, "concessions_cimetiere", "policy.status")
    assert policy and policy[0].severity == "error"


def test_open_layers_of_the_territory_pass_the_status_and_rgpd_rules(tagged):
    report = api.check(["equipements_publics", "parcelles", "zonage_plu"], JURA, targets=["open"])
    assert not [f for f in report.findings if f.code in ("policy.status", "rgpd.personal-columns")]
    assert not [f for f in report.findings if f.code == "metadata.required"]


def test_overdue_layer_is_reported_and_fresh_ones_are_not(tagged):
    report = api.check(None, JURA)
    assert _finding(report, "arrets_bus", "freshness.overdue")
    assert not _finding(report, "equipements_publics", "freshness.overdue")


def test_territory_rule_uses_the_profile(tagged):
    assert not [f for f in api.check("parcelles", JURA).findings if f.code == "extent.outside-territory"]
    assert _finding(api.check("parcelles", BRETAGNE), "parcelles", "extent.outside-territory")


def test_memory_layers_are_checked_through_qgis(project):
    layer = QgsVectorLayer("Polygon?crs=EPSG:2154&field=nom:string", "croquis", "memory")
    bowtie = QgsFeature(layer.fields())
    bowtie.setGeometry(QgsGeometry.fromWkt("POLYGON((900000 6661000, 900100 6661100, 900100 6661000, "
                                           "900000 6661100, 900000 6661000))"))
    bowtie.setAttributes(["noeud"])
    square = QgsFeature(layer.fields())
    square.setGeometry(QgsGeometry.fromWkt("POLYGON((900000 6661000, 900100 6661000, 900100 6661100, "
                                           "900000 6661100, 900000 6661000))"))
    square.setAttributes(["carré"])
    layer.dataProvider().addFeatures([bowtie, square])
    project.addMapLayer(layer)
    ids = [f.id() for f in layer.getFeatures()]
    invalid = _finding(api.check(layer), "croquis", "geometry.invalid")
    assert invalid and invalid[0].feature_ids == [ids[0]]
