"""read_ogr on real-world sources: legacy encodings, which reader reads what, damaged files."""
import datetime as dt

import pandas as pd
import pytest

from passerelle.catalogue import layerdata
from passerelle.catalogue.errors import LayerDamagedError, PasserelleError
from passerelle.catalogue.layerdata import choose_encoding, codec_name, read_ogr
from support.hostile import ROWS, corrupt_table, truncate, write_shapefile

gdal = pytest.importorskip("osgeo.gdal")
ogr = pytest.importorskip("osgeo.ogr")
osr = pytest.importorskip("osgeo.osr")

LIBELLES = [row["libellé"] for row in ROWS]
CONTACTS = [row["contact"] for row in ROWS]


@pytest.fixture(params=["qgis", "gdal"], ids=["SHAPE_ENCODING-vide", "SHAPE_ENCODING-absent"])
def shape_encoding(request):
    """Both process settings: QGIS's SHAPE_ENCODING="" (GDAL recodes nothing) and GDAL's default."""
    previous = gdal.GetConfigOption("SHAPE_ENCODING")
    gdal.SetConfigOption("SHAPE_ENCODING", "" if request.param == "qgis" else None)
    yield request.param
    gdal.SetConfigOption("SHAPE_ENCODING", previous)


@pytest.mark.parametrize("encoding, with_cpg, declared", [
    ("CP1252", True, "cp1252"), ("CP1252", False, ""), ("ISO-8859-1", True, "iso8859-1"),
    ("ISO-8859-1", False, ""), ("UTF-8", True, "utf-8"), ("UTF-8", False, "")])
def test_shapefile_names_and_values_are_decoded_whatever_the_process_setting(
        tmp_path, shape_encoding, encoding, with_cpg, declared):
    data = read_ogr(write_shapefile(str(tmp_path), encoding, with_cpg))
    assert list(data.attributes.columns)[0] == "libellé" and "prénom" in data.attributes.columns
    assert data.attributes["libellé"].tolist() == LIBELLES
    assert data.attributes["contact"].tolist() == CONTACTS
    assert data.declared_encoding == declared
    # Undeclared legacy text is read as CP1252, whose letters are ISO-8859-1's.
    assert data.encoding == ("utf-8" if encoding == "UTF-8" else declared or "cp1252")
    assert list(data.feature_ids) == [0, 1, 2] and data.crs == "EPSG:2154"


def test_the_callers_encoding_comes_before_the_cpg(tmp_path):
    path = write_shapefile(str(tmp_path), "ISO-8859-1", with_cpg=True)
    data = read_ogr(path, encoding="windows-1252")  # as the agent set it in QGIS
    assert data.declared_encoding == "cp1252" and data.attributes["libellé"].tolist() == LIBELLES


def test_a_cpg_that_lies_is_caught_by_the_text(tmp_path):
    # GDAL writes UTF-8 bytes under a CP1252 .cpg when SHAPE_ENCODING="" (QGIS loaded) at writing time.
    path = write_shapefile(str(tmp_path), "UTF-8", with_cpg=True)
    with open(path[:-4] + ".cpg", "w") as handle:
        handle.write("1252")
    data = read_ogr(path)
    assert (data.encoding, data.declared_encoding) == ("utf-8", "cp1252")
    assert data.attributes["libellé"].tolist() == LIBELLES


def test_shapefiles_go_through_the_feature_loop_not_the_arrow_stream(tmp_path, monkeypatch):
    monkeypatch.setattr(layerdata, "_read_columns", _forbidden)
    assert len(read_ogr(write_shapefile(str(tmp_path), "CP1252"))) == 3


def _forbidden(*_args, **_kwargs):
    raise AssertionError("this reader must not be used here")


def _accented(path, driver):
    dataset = ogr.GetDriverByName(driver).CreateDataSource(str(path))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(2154)
    layer = dataset.CreateLayer("équipements", srs, ogr.wkbPoint)
    for name in ("libellé", "propriétaire"):
        layer.CreateField(ogr.FieldDefn(name, ogr.OFTString))
    for i, row in enumerate(ROWS):
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetField("libellé", row["libellé"])
        feature.SetField("propriétaire", row["propriétaire"])
        feature.SetGeometry(ogr.CreateGeometryFromWkt(f"POINT ({928400 + i} 6686550)"))
        layer.CreateFeature(feature)
    dataset = None
    return path


@pytest.mark.parametrize("driver, suffix", [("GPKG", "gpkg"), ("GeoJSON", "geojson"), ("FlatGeobuf", "fgb")])
def test_utf8_drivers_are_read_through_the_arrow_stream_with_accents(tmp_path, shape_encoding, monkeypatch,
                                                                      driver, suffix):
    path = _accented(tmp_path / f"equipements.{suffix}", driver)
    monkeypatch.setattr(layerdata, "_read_features", _forbidden)
    data = read_ogr(path)
    assert list(data.attributes.columns) == ["libellé", "propriétaire"]
    assert sorted(data.attributes["libellé"]) == sorted(LIBELLES)  # FlatGeobuf stores features in space order
    assert (data.encoding, data.declared_encoding) == ("", "")


def test_the_feature_loop_reads_what_the_arrow_stream_reads(tmp_path, monkeypatch):
    # Every type, nulls and feature ids: the safe reader is a drop-in for the fast one.
    from support.ogr_layers import FULL, write_gpkg

    path = tmp_path / "equipements.gpkg"
    write_gpkg(path, "salles", {10: (FULL, "POINT (928400 6686550)"), 15: ({}, None),
                                42: ({"nom": "Mairie", "effectif": 12, "accessible": 0,
                                      "controle": dt.datetime(2021, 1, 2, 3, 4, 5)}, "POINT EMPTY")})
    fast = read_ogr(path)
    monkeypatch.setattr(layerdata, "ARROW_DRIVERS", ())
    safe = read_ogr(path)
    pd.testing.assert_frame_equal(safe.attributes, fast.attributes)
    assert safe.field_types == fast.field_types and safe.crs == fast.crs and safe.crs_area == fast.crs_area
    assert [g.wkt if g is not None else None for g in safe.geometry] == \
        [g.wkt if g is not None else None for g in fast.geometry]


def test_an_empty_layer_is_not_mistaken_for_a_damaged_one(tmp_path):
    from support.ogr_layers import write_gpkg

    path = tmp_path / "vide.gpkg"
    write_gpkg(path, "vide", {})
    assert len(read_ogr(path)) == 0


# -- damaged files ---------------------------------------------------------------------------------

@pytest.fixture
def sample_gpkg(tmp_path):
    from passerelle.sample import territory

    territory.generate(str(tmp_path / "sample"))
    return str(tmp_path / "sample" / "territoire.gpkg")


def test_a_truncated_geopackage_raises_layer_damaged_naming_the_file(sample_gpkg):
    truncate(sample_gpkg, 0.4)
    with pytest.raises(LayerDamagedError) as caught:
        read_ogr(sample_gpkg, "parcelles")
    assert caught.value.code == "layer.damaged" and caught.value.path == sample_gpkg
    assert sample_gpkg in caught.value.message_fr and "malformed" in caught.value.message_fr


def test_a_table_damaged_inside_raises_instead_of_reading_part_of_it(sample_gpkg):
    # GDAL 3.6's GeoPackage Arrow stream then ends early without an error reaching us, or repeats an
    # empty batch forever: the read must end, and say the file is damaged.
    corrupt_table(sample_gpkg, "parcelles")
    with pytest.raises(LayerDamagedError):
        read_ogr(sample_gpkg, "parcelles")
    assert len(read_ogr(sample_gpkg, "arrets_bus")) > 0


def test_garbage_named_gpkg_is_damaged_and_other_files_are_not_data(tmp_path):
    garbage = tmp_path / "equipements.gpkg"
    garbage.write_bytes(bytes(range(256)) * 16)
    with pytest.raises(LayerDamagedError):
        read_ogr(garbage)
    notes = tmp_path / "notes.txt"
    notes.write_text("rien à voir")
    with pytest.raises(PasserelleError) as caught:
        read_ogr(notes)
    assert caught.value.code == "layer.unreadable"


# -- choosing the encoding -------------------------------------------------------------------------

@pytest.mark.parametrize("texts, declared, expected", [
    ([b"Mairie", b"Ecole"], "cp1252", ""),  # nothing to decode
    (["Salle des fêtes".encode("utf-8")], "", "utf-8"),
    (["Salle des fêtes".encode("utf-8")], "cp1252", "utf-8"),  # legacy text is almost never valid UTF-8
    (["Salle des fêtes".encode("cp1252")], "iso8859-1", "iso8859-1"),
    (["Salle des fêtes".encode("cp1252")], "utf-8", "cp1252"),  # a wrong "UTF-8"
    (["Salle des fêtes".encode("cp1252")], "", "cp1252"),
])
def test_choose_encoding(texts, declared, expected):
    assert choose_encoding(texts, declared) == expected


def test_codec_names_as_qgis_and_gdal_spell_them():
    assert [codec_name(n) for n in ("windows-1252", "CP1252", "ISO-8859-1", "UTF-8", "System", "")] == \
        ["cp1252", "cp1252", "iso8859-1", "utf-8", "", ""]
