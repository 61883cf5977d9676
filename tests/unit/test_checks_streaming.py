"""Checks that stream the layer in batches find what they find on the whole layer in memory."""
import numpy as np
import pandas as pd
import pytest
import shapely

from passerelle.catalogue import layerdata, layerstream
from passerelle.catalogue.checks import check_layer
from passerelle.catalogue.errors import LayerDamagedError
from passerelle.catalogue.findings import MAX_FEATURE_IDS
from passerelle.catalogue.layerdata import LayerData, read_ogr
from passerelle.catalogue.layerstream import OgrStream
from passerelle.catalogue.tableschema import SchemaCheck, validate, value_hashes
from support.check_layers import PARCELS, SURVEY, SURVEY_SCHEMA, write_parcels, write_survey
from support.checks import complete_record, make_context

pytest.importorskip("osgeo.ogr")
COUNT = 1500


@pytest.fixture(scope="module")
def survey(tmp_path_factory):
    path = tmp_path_factory.mktemp("streaming") / "releves.gpkg"
    write_survey(path, COUNT)
    write_parcels(path)
    return str(path)


def _context(vocab):
    return make_context(vocab, sample_size=200, resolve_schema=lambda url: SURVEY_SCHEMA)


def _record():
    return complete_record(schema="https://example.org/releves.json")


@pytest.mark.parametrize("batch_size", [97, 1000])
def test_a_layer_read_in_batches_gets_the_findings_of_the_whole_layer(vocab, survey, batch_size):
    whole = check_layer(_record(), read_ogr(survey, SURVEY), _context(vocab))
    streamed = check_layer(_record(), OgrStream(survey, SURVEY, batch_size=batch_size), _context(vocab))
    assert streamed == whole
    # Repeated codes lie in the first and the last batch; the sample spans them all.
    code = [f for f in whole if f.field == "code"]
    assert [f.feature_ids for f in code] == [[5, COUNT - 3]] and "MOB-DOUBLE" in code[0].message_fr
    assert {f.code for f in whole} >= {"rgpd.personal-columns", "geometry.empty", "crs.outside-area",
                                       "extent.outside-territory", "schema.violation"}
    personal = [f for f in whole if f.code == "rgpd.personal-columns"]
    assert [f.field for f in personal] == ["courriel"] and "200" in personal[0].message_fr
    assert max(personal[0].feature_ids) > 1000  # sampled from the whole layer, not its start


def test_invalid_geometries_are_quoted_with_their_reason_whatever_the_batches(vocab, survey):
    whole = check_layer(_record(), read_ogr(survey, PARCELS), make_context(vocab))
    streamed = check_layer(_record(), OgrStream(survey, PARCELS, batch_size=3), make_context(vocab))
    assert streamed == whole
    invalid = [f for f in whole if f.code == "geometry.invalid"][0]
    assert invalid.feature_ids == [7, 14, 21, 28, 35] and invalid.message_en.count("Self-intersection") == 3
    assert [f.feature_ids for f in whole if f.code == "geometry.empty"] == [[20]]


def test_point_coordinates_stand_for_geometries_without_changing_a_finding(vocab, tmp_path):
    from support.ogr_layers import write_gpkg

    path = tmp_path / "points.gpkg"
    write_gpkg(path, "points", {1: ({}, "POINT (928400 6686550)"), 2: ({}, "POINT EMPTY"),
                                3: ({}, "POINT (0 0)"), 4: ({}, "POINT (928500 6686550)")})
    stream = OgrStream(str(path))
    batch = next(iter(stream.batches()))
    assert batch.xy is not None and batch._geometry is None  # read as coordinates
    assert check_layer(_record(), stream, make_context(vocab)) == \
        check_layer(_record(), read_ogr(str(path)), make_context(vocab))


def test_ids_are_capped_per_finding_and_the_count_stays_true(vocab):
    n = MAX_FEATURE_IDS + 2500
    data = LayerData("parcelles", pd.DataFrame({"n": np.arange(n)}, index=pd.RangeIndex(1, n + 1)),
                     {"n": "integer"}, geometry=np.array([shapely.Point()] * n, dtype=object), crs="EPSG:2154")
    empty = [f for f in check_layer(_record(), data, make_context(vocab)) if f.code == "geometry.empty"][0]
    assert len(empty.feature_ids) == MAX_FEATURE_IDS and empty.feature_ids[:3] == [1, 2, 3]
    assert empty.feature_count == n and empty.features == n
    assert empty.message_en.startswith(f"{n} feature(s)") and f"(+{n - 10})" in empty.message_en


def test_the_feature_loop_streams_legacy_shapefiles_as_it_reads_them_whole(vocab, tmp_path):
    from support.hostile import write_shapefile

    path = write_shapefile(str(tmp_path), "CP1252", with_cpg=False)
    whole = read_ogr(path)
    stream = OgrStream(path, batch_size=1)
    assert not stream.arrow
    frames = [batch[stream.info.columns] for batch in stream.batches()]
    pd.testing.assert_frame_equal(pd.concat(frames), whole.attributes)
    assert (stream.info.encoding, stream.info.declared_encoding) == (whole.encoding, whole.declared_encoding) \
        == ("cp1252", "")
    assert check_layer(_record(), OgrStream(path, batch_size=1), make_context(vocab)) == \
        check_layer(_record(), whole, make_context(vocab))


def test_text_that_turns_out_not_to_be_utf8_restarts_the_check_in_its_encoding(vocab, tmp_path, monkeypatch):
    from support.hostile import write_shapefile

    # UTF-8 text first, then a feature whose text is CP1252 (two tools wrote the file): read_ogr reads it all
    # as CP1252; a stream that first believed UTF-8 must start over and end with the same findings.
    path = write_shapefile(str(tmp_path), "UTF-8")
    dbf = path[:-4] + ".dbf"
    with open(dbf, "rb") as handle:
        content = handle.read()
    utf8 = "École Jules Ferry".encode("utf-8")
    assert content.count(utf8) == 1
    with open(dbf, "wb") as handle:
        handle.write(content.replace(utf8, "École Jules Ferry".encode("cp1252") + b" "))
    whole = read_ogr(path)
    assert whole.encoding == "cp1252" and whole.declared_encoding == "utf-8"
    restarts = []
    original = layerstream.OgrStream._feature_batches

    def counted(self, geometry):
        try:
            yield from original(self, geometry)
        except layerstream.Restart:
            restarts.append(self.verdict)
            raise

    monkeypatch.setattr(layerstream.OgrStream, "_feature_batches", counted)
    streamed = check_layer(_record(), OgrStream(path, batch_size=1), make_context(vocab))
    assert restarts == ["cp1252"]
    assert streamed == check_layer(_record(), whole, make_context(vocab))
    assert "data.encoding" in {f.code for f in streamed}


def test_a_damaged_geopackage_stops_the_streamed_check(vocab, tmp_path):
    from passerelle.sample import territory
    from support.hostile import corrupt_table

    territory.generate(str(tmp_path / "sample"))
    path = str(tmp_path / "sample" / "territoire.gpkg")
    corrupt_table(path, "parcelles")
    with pytest.raises(LayerDamagedError):
        check_layer(_record(), OgrStream(path, "parcelles"), make_context(vocab))
    assert check_layer(_record(), OgrStream(path, "arrets_bus"), make_context(vocab)) is not None


# --- the Table Schema check, fed in pieces --------------------------------------------------------

def _pieces(frame, size):
    return [frame.iloc[i:i + size] for i in range(0, len(frame), size)]


def _fed(frame, schema, types, size):
    check = SchemaCheck(schema, list(frame.columns), types, cap=None)
    for piece in _pieces(frame, size):
        check.add(piece)
    if check.wants_another_pass():
        for piece in _pieces(frame, size):
            check.add_again(piece)
    return check.violations()


def test_schema_check_fed_in_pieces_finds_what_validate_finds_at_once():
    frame = pd.DataFrame({
        "n": ["1", "01", "2", None, "x", "3", "4", "+1", "5", ""],  # "01" and "+1" are the integer 1 again
        "x": [0.0, -0.0, np.nan, 1.5, 2.0, np.nan, 3.0, 4.0, 5.0, 6.0],  # 0.0 and -0.0, NaN and NaN: equal
        "k1": ["a", "a", "b", "b", "a", "c", "c", "a", None, "a"], "k2": [1, 2, 1, 1, 1, 2, 2, 1, 1, 1],
    }, index=pd.RangeIndex(100, 110))
    schema = {"fields": [{"name": "n", "type": "integer", "constraints": {"required": True, "unique": True}},
                         {"name": "x", "type": "number", "constraints": {"unique": True, "maximum": 5}},
                         {"name": "k1"}, {"name": "k2", "type": "integer"}],
              "primaryKey": ["k1", "k2"]}
    types = {"n": "string", "x": "number", "k1": "string", "k2": "integer"}
    at_once = validate(LayerData("t", frame, types), schema)
    assert [(v.field, v.kind, v.feature_ids) for v in at_once] == [
        ("n", "type", [104]), ("n", "required", [103, 109]), ("n", "unique", [100, 101, 107]),
        ("x", "maximum", [109]), ("x", "unique", [100, 101]),  # NaN is a missing number, not a value
        ("k1, k2", "unique", [100, 102, 103, 104, 105, 106, 107, 109])]
    for size in (1, 3, 4):
        assert _fed(frame, schema, types, size) == at_once


def test_value_hashes_do_not_depend_on_how_a_batch_stores_its_values():
    assert (value_hashes(pd.Series([1, 2], dtype="int64")) == value_hashes(pd.Series([1, 2], dtype="Int64"))).all()
    assert (value_hashes(pd.Series([1.0, 2.0]), as_numbers=True)
            == value_hashes(pd.Series([1, 2]), as_numbers=True)).all()
    assert value_hashes(pd.Series([0.0]))[0] == value_hashes(pd.Series([-0.0]))[0]
    stamps = pd.Series(pd.to_datetime(["2021-01-02"]))
    assert value_hashes(stamps)[0] == value_hashes(stamps.astype("datetime64[ms]"))[0]


def test_fields_no_value_can_break_are_not_read():
    schema = {"fields": [{"name": "nom"}, {"name": "n", "type": "integer"}, {"name": "d", "type": "date"},
                         {"name": "m", "format": "email"}]}
    check = SchemaCheck(schema, ["nom", "n", "d", "m"], {"nom": "string", "n": "integer", "d": "date", "m": "string"})
    assert check.columns == ["m"]  # an e-mail format can be broken; the others cannot


def test_layerdata_helpers_keep_points_exact():
    xy = np.array([[1.5, 2.5], [np.nan, np.nan], [np.inf, 1.0]])
    points = layerdata.points_from_xy(xy)
    assert points[0].equals(shapely.Point(1.5, 2.5)) and points[1].is_empty and not shapely.is_valid(points[2])
