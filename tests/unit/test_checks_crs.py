"""crs.outside-area, extent.invalid and data.encoding; encoders never write an extent that is not degrees."""
import pytest
from lxml import etree

from passerelle.catalogue.checks import crs, encoding
from passerelle.catalogue.encoders import dcat, iso19139
from passerelle.catalogue.layerdata import from_records
from passerelle.catalogue.record import Extent

from support.checks import complete_record, make_context

pyproj = pytest.importorskip("pyproj")

WORLD = (-180.0, -90.0, 180.0, 90.0)
FRANCE = (-9.86, 41.15, 10.38, 51.56)  # area of use of EPSG:2154
BESANCON_L93 = ["POINT (928400 6686550)", "POINT (928900 6686800)"]
BESANCON_WGS84 = ["POINT (6.02 47.24)", "POINT (6.03 47.25)"]


def run(vocab, data, record=None):
    return crs.check(record or complete_record(), data, make_context(vocab, territory=None), "salles")


def layer(points, declared, area):
    return from_records("salles", [{} for _ in points], points, declared, crs_area=area)


def test_lambert93_declared_as_wgs84_is_an_error_naming_lambert93(vocab):
    findings = run(vocab, layer(BESANCON_L93, "EPSG:4326", WORLD))
    assert [(f.code, f.severity, f.feature_ids, f.suggestions) for f in findings] == \
        [("crs.outside-area", "error", [1, 2], ["EPSG:2154"])]
    assert "Lambert-93" in findings[0].message_fr and "928400" in findings[0].message_fr
    assert "Lambert-93" in findings[0].message_en


def test_degrees_declared_as_lambert93_are_an_error_naming_wgs84(vocab):
    findings = run(vocab, layer(BESANCON_WGS84, "EPSG:2154", FRANCE))
    assert [(f.code, f.suggestions) for f in findings] == [("crs.outside-area", ["EPSG:4326"])]


@pytest.mark.parametrize("points, declared, area", [
    (BESANCON_L93, "EPSG:2154", FRANCE), (BESANCON_WGS84, "EPSG:4326", WORLD),
    (["POINT (1200000 6050000)"], "EPSG:2154", FRANCE),  # southern Corsica, at the edge of the area
])
def test_coordinates_that_fit_their_crs_raise_nothing(vocab, points, declared, area):
    assert run(vocab, layer(points, declared, area)) == []


def test_data_a_little_past_the_area_of_use_is_tolerated(vocab):
    to_l93 = pyproj.Transformer.from_crs("EPSG:4326", "EPSG:2154", always_xy=True)
    near, far = to_l93.transform(11.5, 47.5), to_l93.transform(20.0, 47.5)  # 1.1° and 9.6° east of the area
    assert run(vocab, layer([f"POINT ({near[0]} {near[1]})"], "EPSG:2154", FRANCE)) == []
    assert run(vocab, layer([f"POINT ({far[0]} {far[1]})"], "EPSG:2154", FRANCE))


def test_a_stray_feature_is_named_without_doubting_the_crs(vocab):
    findings = run(vocab, layer(BESANCON_L93 + ["POINT (-3000000 -2000000)", None], "EPSG:2154", FRANCE))
    assert [(f.feature_ids, f.suggestions) for f in findings] == [([3], [])]
    assert "0, 0" in findings[0].message_fr


def test_without_an_area_of_use_or_a_crs_nothing_is_judged(vocab):
    assert run(vocab, layer(BESANCON_L93, "EPSG:4326", None)) == []
    assert run(vocab, layer(BESANCON_L93, "", WORLD)) == []


@pytest.mark.parametrize("bounds, guess", [
    ((900000, 6600000, 950000, 6700000), "EPSG:2154"),
    ((1700000, 6150000, 1750000, 6250000), "EPSG:3947"),  # CC47: false northing 6,200,000
    ((850000, 2200000, 900000, 2300000), "EPSG:27572"),
    ((5.9, 47.2, 6.1, 47.3), "EPSG:4326"),
    ((50_000_000, 0, 60_000_000, 10), None),
])
def test_probable_crs_from_coordinate_ranges(bounds, guess):
    found = crs.probable_crs(bounds)
    assert (found[0] if found else None) == guess


def test_the_guess_is_never_the_declared_crs():
    assert crs.probable_crs((900000, 6600000, 950000, 6700000), "EPSG:2154") is None


# -- the record extent -----------------------------------------------------------------------------

METRES = Extent(897675.0, 6686550.0, 929000.0, 6687000.0, "EPSG:4326")


def test_an_extent_not_in_degrees_is_an_error(vocab):
    findings = run(vocab, None, complete_record(extent=METRES))
    assert [(f.code, f.severity, f.field) for f in findings] == [("extent.invalid", "error", "extent")]
    assert "897675" in findings[0].message_fr and "e+" not in findings[0].message_fr
    assert run(vocab, None, complete_record()) == []


@pytest.mark.parametrize("box, expected", [
    ((5.9, 47.2, 6.1, 47.3), True), ((179.0, -18.0, -179.0, -16.0), True),  # across the antimeridian
    ((897675.0, 6686550.0, 929000.0, 6687000.0), False), ((5.9, 47.2, 6.1, 91.0), False),
    ((float("nan"), 47.2, 6.1, 47.3), False)])
def test_extent_is_geographic(box, expected):
    assert Extent(*box).is_geographic() is expected


def test_encoders_write_no_extent_that_is_not_degrees(vocab):
    record = complete_record(extent=METRES)
    xml = etree.fromstring(iso19139.encode(record, vocab))
    assert xml.findall(".//{http://www.isotc211.org/2005/gmd}EX_GeographicBoundingBox") == []
    graph = dcat.catalogue_graph([record], catalogue_uri="https://example.org/catalogue", title="Catalogue",
                                 publisher={"name": "Ville"}, base_uri="https://example.org/", vocabularies=vocab)
    assert "bbox" not in graph.serialize(format="turtle")
    good = complete_record()
    assert etree.fromstring(iso19139.encode(good, vocab)).findall(
        ".//{http://www.isotc211.org/2005/gmd}EX_GeographicBoundingBox")


# -- text encoding ---------------------------------------------------------------------------------

def encoded(used, declared):
    data = from_records("salles", [{"libellé": "Salle des fêtes"}])
    data.encoding, data.declared_encoding = used, declared
    return data


def test_text_not_in_the_declared_encoding_is_an_error_saying_what_to_choose(vocab):
    findings = encoding.check(complete_record(), encoded("cp1252", "utf-8"), make_context(vocab), "salles")
    assert [(f.code, f.severity, f.suggestions) for f in findings] == [("data.encoding", "error", ["windows-1252"])]
    assert "« 1252 »" in findings[0].message_fr


def test_undeclared_legacy_text_is_a_warning_asking_for_a_cpg(vocab):
    findings = encoding.check(complete_record(), encoded("cp1252", ""), make_context(vocab), "salles")
    assert [(f.code, f.severity) for f in findings] == [("data.encoding", "warning")]
    assert ".cpg" in findings[0].message_fr


@pytest.mark.parametrize("used, declared", [("", ""), ("", "utf-8"), ("cp1252", "cp1252"), ("utf-8", "")])
def test_text_read_as_declared_raises_nothing(vocab, used, declared):
    assert encoding.check(complete_record(), encoded(used, declared), make_context(vocab), "salles") == []
