"""read_ogr: a whole OGR layer in bulk, with its feature ids, types, nulls and CRS."""
import datetime as dt
import math

import pandas as pd
import pytest
import shapely

from passerelle.catalogue import layerdata
from passerelle.catalogue.errors import LayerNotFoundError
from passerelle.catalogue.layerdata import from_records, read_ogr

ogr = pytest.importorskip("osgeo.ogr")
from support.ogr_layers import FULL, write_gpkg  # noqa: E402 (after the GDAL check)


@pytest.fixture
def equipments(tmp_path):
    path = tmp_path / "equipements.gpkg"
    write_gpkg(path, "salles", {
        10: (FULL, "POINT (928400 6686550)"),
        15: ({}, None),
        42: ({"nom": "Mairie", "effectif": 12, "accessible": 0}, "POINT EMPTY"),
    })
    return path


def test_feature_ids_are_the_ogr_fids(equipments):
    data = read_ogr(equipments)
    assert list(data.feature_ids) == [10, 15, 42]
    assert data.attributes.loc[42, "nom"] == "Mairie"


def test_ogr_field_types_map_to_table_schema_types(equipments):
    assert read_ogr(equipments).field_types == {
        "nom": "string", "effectif": "integer", "siren": "integer", "surface": "number", "accessible": "boolean",
        "ouverture": "date", "controle": "datetime"}


def test_values_come_back_as_python_and_pandas_values_with_nulls_kept(equipments):
    row = read_ogr(equipments).attributes.loc[10]
    assert row["nom"] == "Salle des fêtes" and row["effectif"] == 300 and row["siren"] == 212500565
    assert row["surface"] == 412.5 and bool(row["accessible"]) is True
    assert row["ouverture"] == pd.Timestamp("1987-04-01") and row["controle"] == pd.Timestamp("2024-03-05 14:30")
    empty = read_ogr(equipments).attributes.loc[15]
    assert empty.isna().all()


def test_nullable_integers_stay_exact_integers(equipments):
    column = read_ogr(equipments).attributes["siren"]
    assert str(column.dtype) == "Int64" and column.loc[10] == 212500565


def test_null_and_empty_geometries_are_told_apart(equipments):
    geometry = read_ogr(equipments).geometry
    assert geometry[0] == shapely.Point(928400, 6686550)
    assert geometry[1] is None
    assert geometry[2].is_empty


def test_crs_and_geometry_type_are_read(equipments):
    data = read_ogr(equipments)
    assert (data.crs, data.geometry_type, data.name) == ("EPSG:2154", "Point", "salles")


def test_a_layer_without_crs_has_an_empty_crs(tmp_path):
    path = tmp_path / "brouillon.gpkg"
    write_gpkg(path, "croquis", {1: ({}, "LINESTRING (0 0, 1 1)"), 2: ({}, "LINESTRING (0 0, 1 1, 2 0)")},
               ogr.wkbLineString, epsg=None)
    data = read_ogr(path)
    assert data.crs == "" and data.geometry_type == "LineString"
    assert [g.wkt for g in data.geometry] == ["LINESTRING (0 0, 1 1)", "LINESTRING (0 0, 1 1, 2 0)"]


def test_a_table_has_no_geometry(tmp_path):
    path = tmp_path / "tables.gpkg"
    write_gpkg(path, "subventions", {1: ({"nom": "Club de foot", "surface": 1.0}, None)}, ogr.wkbNone, epsg=None)
    data = read_ogr(path, "subventions")
    assert data.geometry is None and data.geometry_type == "" and data.crs == ""
    assert data.attributes.loc[1, "nom"] == "Club de foot"


def test_layers_are_picked_by_name_or_index_and_renamed_on_request(tmp_path):
    path = tmp_path / "deux.gpkg"
    write_gpkg(path, "a", {1: ({"nom": "A"}, "POINT (0 0)")})
    write_gpkg(path, "b", {1: ({"nom": "B"}, "POINT (0 0)")})
    assert read_ogr(path, "b").attributes.loc[1, "nom"] == "B"
    assert read_ogr(path, 1).attributes.loc[1, "nom"] == "B"
    assert read_ogr(path, "a", name="Équipements").name == "Équipements"
    with pytest.raises(LayerNotFoundError):
        read_ogr(path, "c")


def test_an_attribute_filter_reads_only_matching_features(equipments):
    assert list(read_ogr(equipments, attribute_filter="effectif > 100").feature_ids) == [10]


def test_batches_are_joined_whatever_their_nulls(equipments, monkeypatch):
    monkeypatch.setattr(layerdata, "BATCH_SIZE", 1)
    data = read_ogr(equipments)
    assert list(data.feature_ids) == [10, 15, 42]
    assert list(data.attributes["nom"]) == ["Salle des fêtes", None, "Mairie"]
    assert data.geometry[1] is None and data.geometry[2].is_empty


def test_from_records_infers_types_and_numbers_features_from_one():
    data = from_records("t", [{"n": 1, "x": 1.5, "s": "a", "d": dt.date(2020, 1, 1)}], ["POINT (1 2)"], "EPSG:4326")
    assert list(data.feature_ids) == [1]
    assert data.field_types == {"n": "integer", "x": "number", "s": "string", "d": "date"}
    assert data.geometry_type == "Point" and not math.isnan(data.geometry[0].x)
