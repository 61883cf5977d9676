"""Corpus blind-10's format: enough cases, balanced, each one well formed and loadable, and cases.json exactly what
its generator writes. The guard is not run here: the corpus is held out for measurement."""
import os
import subprocess
import sys

import pytest

from support import rgpd_corpus

GENERATOR = os.path.join(rgpd_corpus.BLIND10_DIR, "generate.py")
GEOMETRY_TYPES = {"point_address": "Point", "polygon_parcel": "Polygon", "polygon_commune": "Polygon",
                  "linestring": "LineString", "none": ""}
TYPES = {"string", "integer", "number", "date"}
WIDTH = {"Point": 2, "Polygon": 4, "LineString": 4}


@pytest.fixture(scope="module")
def cases():
    return rgpd_corpus.load_blind10()


def test_enough_cases_and_balanced(cases):
    assert len(cases) >= 600
    share = sum(case["personal"] for case in cases) / len(cases)
    assert 0.40 <= share <= 0.60
    ids = [case["id"] for case in cases]
    assert len(set(ids)) == len(ids)
    assert all(case_id.startswith("b10-") for case_id in ids)


def test_each_case_is_labelled_with_a_reason(cases):
    for case in cases:
        assert isinstance(case["personal"], bool), case["id"]
        assert isinstance(case["reason"], str) and case["reason"].strip(), case["id"]
        assert case["template"] and case["layer"], case["id"]


def test_columns_types_and_lengths(cases):
    for case in cases:
        columns, types = case["columns"], case["types"]
        assert case["column"] in columns, case["id"]
        assert set(types) == set(columns), case["id"]
        assert set(types.values()) <= TYPES, case["id"]
        lengths = {len(values) for values in columns.values()}
        assert len(lengths) == 1 and 5 <= lengths.pop() <= 25, case["id"]
        for name, values in columns.items():
            if types[name] == "date":
                assert all(v is None or (isinstance(v, str) and len(v) == 10 and v[4] == "-") for v in values)


def test_geometry_matches_rows_and_crs(cases):
    for case in cases:
        rows = len(case["columns"][case["column"]])
        assert GEOMETRY_TYPES[case["geometry_kind"]] == case["geometry_type"], case["id"]
        if case["geometry_type"]:
            assert case["crs"] == "EPSG:2154", case["id"]
            assert len(case["geometry"]) == rows, case["id"]
            assert all(len(shape) == WIDTH[case["geometry_type"]] for shape in case["geometry"]), case["id"]
        else:
            assert case["geometry"] is None and case["crs"] is None, case["id"]
    assert {case["geometry_kind"] for case in cases} == set(GEOMETRY_TYPES)


def test_record_contact_is_the_authority_s_functional_contact(cases):
    for case in cases:
        record = case["record"]
        assert record["organisation"] and record["phone"], case["id"]
        assert record["email"].count("@") == 1, case["id"]


def test_every_case_loads_as_layer_data_and_record(cases):
    for case in cases:
        assert rgpd_corpus.layer_data(case) is not None, case["id"]
        assert rgpd_corpus.record(case).contact.email == case["record"]["email"], case["id"]


def test_cases_json_is_what_the_generator_writes():
    result = subprocess.run([sys.executable, GENERATOR, "--check"], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
