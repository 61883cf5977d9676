"""geometry.invalid, geometry.empty and crs.missing."""
from shapely import Point, Polygon

from passerelle.catalogue.checks import geometry
from passerelle.catalogue.layerdata import from_records

from support.checks import complete_record, make_context

BOWTIE = "POLYGON ((0 0, 10 10, 10 0, 0 10, 0 0))"
SQUARE = "POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0))"


def run(vocab, data):
    return geometry.check(complete_record(), data, make_context(vocab), "parcelles")


def layer(geometries, crs="EPSG:2154"):
    rows = {fid: {"n": fid} for fid in range(100, 100 + len(geometries))}
    return from_records("parcelles", rows, geometries, crs)


def test_self_intersecting_polygons_are_invalid_with_their_ids_and_reason(vocab):
    findings = run(vocab, layer([SQUARE, BOWTIE, SQUARE, BOWTIE]))
    assert [(f.code, f.severity, f.feature_ids) for f in findings] == [("geometry.invalid", "error", [101, 103])]
    assert "Self-intersection" in findings[0].message_fr


def test_null_and_empty_geometries_are_reported_as_empty_not_invalid(vocab):
    findings = run(vocab, layer([SQUARE, None, Polygon(), Point(1, 2)]))
    assert [(f.code, f.severity, f.feature_ids) for f in findings] == [("geometry.empty", "warning", [101, 102])]


def test_a_layer_with_geometries_but_no_crs_is_an_error(vocab):
    findings = run(vocab, layer([SQUARE], crs=""))
    assert [(f.code, f.severity) for f in findings] == [("crs.missing", "error")]
    assert "EPSG:2154" in findings[0].message_fr


def test_valid_geometries_with_a_crs_and_tables_pass(vocab):
    assert run(vocab, layer([SQUARE, "POINT (1 2)", "LINESTRING (0 0, 1 1)"])) == []
    assert run(vocab, from_records("table", [{"n": 1}], crs="")) == []
    assert run(vocab, None) == []
