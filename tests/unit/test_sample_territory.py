"""The sample territory: what the demo and the other tests rely on (GDAL only, no QGIS)."""
import csv
import datetime as dt
import json
import os
import re
import sqlite3

import pandas as pd
import pytest
import shapely
from frictionless import Resource, Schema
from osgeo import ogr, osr

from passerelle import sample
from passerelle.sample import territory


def luhn_valid(digits: str) -> bool:
    total = 0
    for position, char in enumerate(reversed(digits)):
        value = int(char) * (2 if position % 2 else 1)
        total += value - 9 if value > 9 else value
    return total % 10 == 0


def read_layer(path, name):
    """(fid -> attributes dict, fid -> shapely geometry or None) of one layer, dates as date objects."""
    ds = ogr.Open(path)
    layer = ds.GetLayerByName(name)
    defn = layer.GetLayerDefn()
    fields = [defn.GetFieldDefn(i) for i in range(defn.GetFieldCount())]
    attributes, geometries = {}, {}
    for feature in layer:
        row = {}
        for i, field in enumerate(fields):
            if feature.IsFieldNull(i):
                row[field.GetName()] = None
            elif field.GetType() == ogr.OFTDate:
                year, month, day = feature.GetFieldAsDateTime(i)[:3]
                row[field.GetName()] = dt.date(year, month, day)
            elif field.GetSubType() == ogr.OFSTBoolean:
                row[field.GetName()] = bool(feature.GetFieldAsInteger(i))
            else:
                row[field.GetName()] = feature.GetField(i)
        attributes[feature.GetFID()] = row
        geometry = feature.GetGeometryRef()
        geometries[feature.GetFID()] = None if geometry is None else shapely.from_wkb(bytes(geometry.ExportToWkb()))
    return attributes, geometries


@pytest.fixture(scope="module")
def info(tmp_path_factory):
    return sample.generate(str(tmp_path_factory.mktemp("territoire")))


@pytest.fixture(scope="module")
def gpkg(info):
    return info["gpkg"]


def test_generate_writes_one_geopackage_with_every_layer(info):
    assert os.path.basename(info["gpkg"]) == "territoire.gpkg"
    ds = ogr.Open(info["gpkg"])
    assert ds.GetDriver().GetName() == "GPKG"
    assert sorted(ds.GetLayer(i).GetName() for i in range(ds.GetLayerCount())) == sorted(sample.LAYERS)


def test_each_layer_has_the_declared_number_of_features(gpkg, info):
    ds = ogr.Open(gpkg)
    counts = {name: ds.GetLayerByName(name).GetFeatureCount() for name in sample.LAYERS}
    assert counts == sample.FEATURE_COUNTS == info["layers"]
    assert 35 <= counts["equipements_publics"] <= 45 and counts["concessions_cimetiere"] == 150
    assert 280 <= counts["parcelles"] <= 320 and 10 <= counts["zonage_plu"] <= 14


def test_geopackage_is_version_1_2(gpkg):
    with sqlite3.connect(gpkg) as db:
        assert db.execute("PRAGMA application_id").fetchone()[0] == 0x47504B47  # "GPKG"
        assert db.execute("PRAGMA user_version").fetchone()[0] == 10200


def test_every_layer_is_in_lambert93(gpkg):
    ds = ogr.Open(gpkg)
    for name in sample.LAYERS:
        srs = ds.GetLayerByName(name).GetSpatialRef()
        assert (srs.GetAuthorityName(None), srs.GetAuthorityCode(None)) == ("EPSG", "2154"), name


def test_every_feature_lies_inside_the_commune_bbox(gpkg):
    xmin, ymin, xmax, ymax = sample.COMMUNE["bbox_l93"]
    assert xmax - xmin <= 6000 and ymax - ymin <= 5000
    ds = ogr.Open(gpkg)
    for name in sample.LAYERS:
        west, east, south, north = ds.GetLayerByName(name).GetExtent()
        assert xmin <= west and east <= xmax and ymin <= south and north <= ymax, name


def test_wgs84_bbox_encloses_the_lambert93_bbox():
    l93, wgs84 = osr.SpatialReference(), osr.SpatialReference()
    l93.ImportFromEPSG(2154)
    wgs84.ImportFromEPSG(4326)
    for srs in (l93, wgs84):
        srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    west, south, east, north = osr.CoordinateTransformation(l93, wgs84).TransformBounds(
        *sample.COMMUNE["bbox_l93"], 21)
    box = sample.COMMUNE["bbox_wgs84"]
    assert box[0] <= west and box[1] <= south and east <= box[2] and north <= box[3]
    assert east - west < box[2] - box[0] < east - west + 0.001  # tight, not a whole département


def test_commune_identifiers_are_well_formed():
    commune = sample.COMMUNE
    assert re.fullmatch(r"39\d{3}", commune["insee"])
    assert re.fullmatch(r"\d{14}", commune["siret"]) and luhn_valid(commune["siret"])
    assert commune["siret"].startswith(commune["siren"]) and luhn_valid(commune["siren"])
    assert re.fullmatch(r"\d{14}", commune["epci_siret"]) and luhn_valid(commune["epci_siret"])
    assert (commune["departement"], commune["region"]) == ("Jura", "Bourgogne-Franche-Comté")


def test_invalid_fids_are_self_intersecting_and_every_other_geometry_is_valid(gpkg):
    for name in sample.LAYERS:
        _, geometries = read_layer(gpkg, name)
        invalid = sorted(fid for fid, g in geometries.items() if g is not None and not shapely.is_valid(g))
        expected = sorted(sample.INVALID_FIDS) if name == "reseau_eclairage" else []
        assert invalid == expected, name
    _, geometries = read_layer(gpkg, "reseau_eclairage")
    for fid in sample.INVALID_FIDS:
        assert "Self-intersection" in shapely.is_valid_reason(geometries[fid])


def test_empty_fids_have_no_geometry_and_only_them(gpkg):
    for name in sample.LAYERS:
        _, geometries = read_layer(gpkg, name)
        empty = sorted(fid for fid, g in geometries.items() if g is None or g.is_empty)
        assert empty == (sorted(sample.EMPTY_FIDS) if name == "reseau_eclairage" else []), name


def equipment_errors(gpkg, tmp_path):
    """fid -> set of field names frictionless rejects, validating a CSV export of the layer."""
    attributes, _ = read_layer(gpkg, "equipements_publics")
    with open(sample.SCHEMA_PATH, encoding="utf-8") as f:
        schema = Schema.from_descriptor(json.load(f))  # a dict: frictionless refuses absolute paths
    fids = sorted(attributes)
    path = tmp_path / "equipements.csv"
    with open(path, "w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out)
        writer.writerow(schema.field_names)
        for fid in fids:
            row = attributes[fid]
            assert set(row) == set(schema.field_names)
            writer.writerow(["" if row[n] is None else str(row[n]).lower() if isinstance(row[n], bool)
                             else row[n].isoformat() if isinstance(row[n], dt.date) else row[n]
                             for n in schema.field_names])
    report = Resource(path=path.name, basepath=str(tmp_path), schema=schema).validate()
    errors = {}
    for row_number, field_name in report.flatten(["rowNumber", "fieldName"]):
        assert row_number is not None, report.flatten(["type", "note"])  # no header or table-level error
        errors.setdefault(fids[row_number - 2], set()).add(field_name)
    return errors


def test_equipments_follow_the_schema_except_the_declared_broken_fids(gpkg, tmp_path):
    assert equipment_errors(gpkg, tmp_path) == {fid: {field} for field, fid in sample.SCHEMA_BROKEN.items()}
    assert sample.SCHEMA_BROKEN_FIDS == tuple(sorted(sample.SCHEMA_BROKEN.values()))


def test_equipment_uids_are_unique_and_schema_enum_matches_generator(gpkg):
    frame = pd.DataFrame.from_dict(read_layer(gpkg, "equipements_publics")[0], orient="index")
    assert frame["EQUIP_UID"].is_unique
    with open(sample.SCHEMA_PATH, encoding="utf-8") as f:
        fields = {field["name"]: field for field in json.load(f)["fields"]}
    assert fields["EQUIP_TYPE"]["constraints"]["enum"] == list(territory.EQUIP_TYPES)
    assert fields["COLL_SIRET"]["constraints"]["pattern"] == r"^\d{14}$"
    assert fields["COMMUNE_INSEE"]["constraints"]["pattern"] == r"^\d{5}$"
    assert fields["EQUIP_UID"]["constraints"]["unique"] is True
    assert {"Mairie", "Salle des fêtes", "Gymnase municipal", "Bibliothèque municipale"} <= set(frame["EQUIP_NOM"])


def test_parcels_carry_cadastral_identifiers_and_plausible_areas(gpkg):
    attributes, geometries = read_layer(gpkg, "parcelles")
    frame = pd.DataFrame.from_dict(attributes, orient="index")
    assert frame["IDU"].is_unique
    assert frame["IDU"].str.fullmatch(r"39999000[A-Z]{2}\d{4}").all()
    assert (frame["IDU"] == "39999000" + frame["SECTION"] + frame["NUMERO"]).all()
    areas = pd.Series({fid: g.area for fid, g in geometries.items()})
    ratio = frame["CONTENANCE"] / areas
    assert ratio.between(0.95, 1.05).all()
    assert shapely.union_all(list(geometries.values())).area == pytest.approx(areas.sum())  # no overlap


def test_plu_zones_use_cnig_fields_and_tile_without_overlap(gpkg):
    attributes, geometries = read_layer(gpkg, "zonage_plu")
    frame = pd.DataFrame.from_dict(attributes, orient="index")
    assert set(frame["TYPEZONE"]) == {"U", "AUc", "AUs", "A", "N"}
    assert {"UA", "UB", "1AU", "A", "N"} <= set(frame["LIBELLE"])
    assert (frame["DATAPPRO"] == dt.date(2019, 6, 14)).all()
    areas = sum(g.area for g in geometries.values())
    assert shapely.union_all(list(geometries.values())).area == pytest.approx(areas)


def test_cemetery_register_holds_personal_data(gpkg):
    frame = pd.DataFrame.from_dict(read_layer(gpkg, "concessions_cimetiere")[0], orient="index")
    assert {"NOM", "PRENOM", "DATE_NAISSANCE", "ADRESSE_TITULAIRE", "TELEPHONE", "COURRIEL"} <= set(frame)
    assert frame["TELEPHONE"].dropna().str.fullmatch(r"0\d( \d\d){4}").all()
    assert frame["COURRIEL"].dropna().str.fullmatch(r"[a-z-]+\.[a-z-]+@example\.(com|net|org)").all()
    assert frame["ADRESSE_TITULAIRE"].str.fullmatch(r"\d+ .+ \d{5} .+").all()
    assert frame["NUM_CONCESSION"].is_unique
    assert frame["OBSERVATIONS"].dropna().str.contains(r"[A-Z][a-zé]+ [A-Z]").any()  # names people


def test_two_generations_give_identical_features(tmp_path, gpkg):
    again = sample.generate(str(tmp_path))["gpkg"]
    for name in sample.LAYERS:
        first_attributes, first_geometries = read_layer(gpkg, name)
        second_attributes, second_geometries = read_layer(again, name)
        assert first_attributes == second_attributes, name
        assert {k: None if g is None else g.wkb for k, g in first_geometries.items()} == \
            {k: None if g is None else g.wkb for k, g in second_geometries.items()}, name


def test_generate_overwrites_an_existing_sample(tmp_path):
    sample.generate(str(tmp_path))
    info = sample.generate(str(tmp_path))
    assert ogr.Open(info["gpkg"]).GetLayerByName("parcelles").GetFeatureCount() == sample.FEATURE_COUNTS["parcelles"]


def test_command_line_writes_the_sample(tmp_path, capsys):
    from passerelle.sample.__main__ import main
    assert main([str(tmp_path / "out")]) == 0
    assert os.path.exists(tmp_path / "out" / "territoire.gpkg")
    assert "concessions_cimetiere: 150" in capsys.readouterr().out
    assert main([]) == 2


def test_default_tags_close_personal_data_and_leave_one_layer_late():
    today = dt.date(2025, 6, 1)
    tags = sample.default_tags(today)
    assert set(tags) == set(sample.LAYERS)
    cemetery = tags["concessions_cimetiere"]
    assert (cemetery["access"], cemetery["nature"]) == ("fermee", "personnelle")
    assert "licence" not in cemetery
    for name, layer_tags in tags.items():
        assert layer_tags["title"] and layer_tags["abstract"] and layer_tags["themes"] and layer_tags["lineage"], name
        assert set(layer_tags["contact"]) == {"organisation", "email", "phone"}
        if name != "concessions_cimetiere":
            assert (layer_tags["access"], layer_tags["nature"], layer_tags["licence"]) == \
                ("ouverte", "publique", "etalab-2.0"), name
    bus = tags["arrets_bus"]
    assert (bus["frequency"], bus["last_revision"]) == ("monthly", "2023-06-01")
    fresh = [n for n, t in tags.items() if today - dt.date.fromisoformat(t["last_revision"]) < dt.timedelta(days=365)]
    assert sorted(fresh) == sorted(set(sample.LAYERS) - {"arrets_bus"})
    assert os.path.exists(tags["equipements_publics"]["schema"])
    assert sample.DEFAULT_TAGS["arrets_bus"]["frequency"] == "monthly"


def test_default_tags_are_accepted_as_typed_by_the_tagging_layer(vocab):
    from passerelle.catalogue import tagging
    from passerelle.catalogue.record import Record

    for name, tags in sample.default_tags(dt.date(2025, 6, 1)).items():
        record = tagging.apply_fields(Record(), tags, vocab)
        assert record.title == tags["title"] and record.access and record.nature and record.frequency, name
        assert (record.licence is None) == (name == "concessions_cimetiere"), name
