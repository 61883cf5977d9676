"""extent.outside-territory: the record extent and the features must lie on the territory."""
import pytest

from passerelle.catalogue.checks import extent
from passerelle.catalogue.layerdata import from_records
from passerelle.catalogue.record import Extent

from support.checks import complete_record, make_context

pyproj = pytest.importorskip("pyproj")

BESANCON_L93 = "POINT (928400 6686550)"
PARIS_L93 = "POINT (652300 6861300)"


def run(vocab, record, data=None, **context):
    return extent.check(record, data, make_context(vocab, **context), "couche")


def test_a_record_extent_beyond_the_territory_is_an_error(vocab):
    findings = run(vocab, complete_record(extent=Extent(2.2, 48.8, 2.5, 48.9)))  # Paris
    assert [(f.code, f.severity, f.field) for f in findings] == [("extent.outside-territory", "error", "extent")]
    assert "Doubs" in findings[0].message_fr


def test_an_extent_slightly_wider_than_the_territory_is_tolerated(vocab):
    assert run(vocab, complete_record(extent=Extent(5.67, 46.54, 7.09, 47.6))) == []


def test_features_outside_are_named_in_the_layer_crs(vocab):
    data = from_records("couche", {7: {}, 8: {}, 9: {}}, [BESANCON_L93, PARIS_L93, None], "EPSG:2154")
    findings = run(vocab, complete_record(), data)
    assert [(f.code, f.feature_ids) for f in findings] == [("extent.outside-territory", [8])]


def test_when_every_feature_is_outside_the_crs_is_suspected(vocab):
    data = from_records("couche", [{}, {}], ["POINT (6.02 47.24)", "POINT (6.1 47.3)"], "EPSG:2154")
    findings = run(vocab, complete_record(), data)
    assert findings[0].feature_ids == [1, 2] and "système de coordonnées" in findings[0].message_fr


def test_features_in_wgs84_and_in_lambert93_on_the_territory_pass(vocab):
    assert run(vocab, complete_record(), from_records("a", [{}], ["POINT (6.02 47.24)"], "EPSG:4326")) == []
    assert run(vocab, complete_record(), from_records("b", [{}], [BESANCON_L93], "EPSG:2154")) == []


def test_nothing_is_checked_without_a_territory(vocab):
    record = complete_record(extent=Extent(2.2, 48.8, 2.5, 48.9))
    data = from_records("couche", [{}], [PARIS_L93], "EPSG:2154")
    assert run(vocab, record, data, territory=None) == []
