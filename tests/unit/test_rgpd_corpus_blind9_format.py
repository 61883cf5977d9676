"""Corpus blind-9 is well formed: its cases are what its generator makes, each one a loadable layer with one
judged column and its label. This test reads the corpus only; it never runs the personal-data guard."""

import os
import subprocess
import sys

import pytest

from support import rgpd_corpus

GENERATOR = os.path.join(rgpd_corpus.BLIND9_DIR, "generate.py")
GEOMETRY_TYPES = {"point_address": "Point", "polygon_parcel": "Polygon", "polygon_commune": "Polygon",
                  "linestring": "LineString", "none": ""}
WIDTHS = {"Point": 2, "Polygon": 4, "LineString": 4}


@pytest.fixture(scope="module")
def cases():
    return rgpd_corpus.load_blind9()


def test_size_balance_and_ids(cases):
    assert len(cases) >= 600
    share = sum(case["personal"] for case in cases) / len(cases)
    assert 0.40 <= share <= 0.60
    ids = [case["id"] for case in cases]
    assert len(set(ids)) == len(ids)
    assert all(case_id.startswith("b9-") for case_id in ids)


def test_each_case_has_a_label_with_a_reason_and_its_judged_column(cases):
    for case in cases:
        assert isinstance(case["personal"], bool), case["id"]
        assert isinstance(case["reason"], str) and case["reason"].strip(), case["id"]
        assert case["column"] in case["columns"], case["id"]
        assert case["layer"] and case["template"], case["id"]
        assert set(case["record"]) == {"organisation", "email", "phone"}, case["id"]


def test_columns_types_and_lengths_agree(cases):
    for case in cases:
        assert set(case["types"]) == set(case["columns"]), case["id"]
        assert set(case["types"].values()) <= {"string", "integer", "number", "date"}, case["id"]
        lengths = {len(values) for values in case["columns"].values()}
        assert len(lengths) == 1 and 5 <= lengths.pop() <= 25, case["id"]


def test_geometry_matches_rows_and_crs(cases):
    for case in cases:
        rows = len(next(iter(case["columns"].values())))
        assert case["geometry_type"] == GEOMETRY_TYPES[case["geometry_kind"]], case["id"]
        if case["geometry_type"]:
            assert case["crs"] == "EPSG:2154", case["id"]
            assert len(case["geometry"]) == rows, case["id"]
            assert {len(shape) for shape in case["geometry"]} == {WIDTHS[case["geometry_type"]]}, case["id"]
        else:
            assert case["geometry"] is None and case["crs"] is None, case["id"]
    assert {case["geometry_kind"] for case in cases} == set(GEOMETRY_TYPES)


def test_a_not_personal_column_is_judged_only_in_a_layer_whose_kind_never_holds_a_personal_judgement(cases):
    personal_kinds = {case["template"] for case in cases if case["personal"]}
    public_kinds = {case["template"] for case in cases if not case["personal"]}
    assert not personal_kinds & public_kinds


def test_every_case_loads_as_a_layer_and_a_record(cases):
    for case in cases:
        layer = rgpd_corpus.layer_data(case)
        assert layer is not None
        assert rgpd_corpus.record(case).contact.organisation == case["record"]["organisation"]


def test_cases_json_is_what_the_generator_makes():
    result = subprocess.run([sys.executable, GENERATOR, "--check"], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
