"""Table Schema validation: every kind of violation, on whole columns, with all offending feature ids."""
import datetime as dt

import numpy as np
import pandas as pd
import pytest

from passerelle.catalogue.layerdata import LayerData, from_records
from passerelle.catalogue.tableschema import validate


def violations(values, field, name="champ", **extra):
    rows = {100 + i: {name: v} for i, v in enumerate(values)}
    schema = {"fields": [dict(name=name, **field)], **extra}
    return validate(from_records("t", rows), schema)


def kinds(found):
    return [(v.kind, v.feature_ids) for v in found]


def test_a_missing_field_is_an_error_and_an_extra_one_a_warning():
    data = from_records("t", [{"COLL_NOM": "Besançon", "commentaire": "x"}])
    found = validate(data, {"fields": [{"name": "COLL_NOM"}, {"name": "COLL_SIRET"}]})
    assert [(v.kind, v.field, v.severity) for v in found] == [
        ("missing-field", "COLL_SIRET", "error"), ("extra-field", "commentaire", "warning")]


def test_field_names_match_regardless_of_case_unless_asked_otherwise():
    data = from_records("t", [{"coll_nom": "Besançon"}])
    assert validate(data, {"fields": [{"name": "COLL_NOM"}]}) == []
    assert {v.kind for v in validate(data, {"fields": [{"name": "COLL_NOM"}]}, case_sensitive=True)} == {
        "missing-field", "extra-field"}


@pytest.mark.parametrize("kind, good, bad", [
    ("integer", ["12", "-3", 7], ["1.5", "douze", True]),
    ("number", ["1.5", "-3", "1e3"], ["1,5", "abc"]),
    ("boolean", ["true", "False", "1"], ["oui", "2"]),
    ("date", ["2024-02-29", dt.date(2020, 1, 1)], ["29/02/2024", "2023-02-30"]),
    ("datetime", ["2024-02-29T10:30:00Z", "2024-02-29T10:30:00+01:00"], ["2024-02-29", "demain"]),
    ("year", ["2024", 1999], ["24", "an 2000"]),
])
def test_values_that_cannot_be_read_as_the_field_type_are_listed(kind, good, bad):
    found = violations(good + bad, {"type": kind})
    assert kinds(found) == [("type", [100 + len(good) + i for i in range(len(bad))])]


@pytest.mark.parametrize("fmt, good, bad", [
    ("email", "sig@besancon.fr", "sig at besancon"), ("uri", "https://www.besancon.fr/", "www besancon"),
])
def test_string_formats_are_checked_and_named_in_the_message(fmt, good, bad):
    found = violations([good, bad], {"type": "string", "format": fmt})
    assert kinds(found) == [("type", [101])] and f"format « {fmt} »" in found[0].message_fr


def test_typed_columns_satisfy_their_table_schema_type():
    data = from_records("t", [{"i": 1, "f": 1.5, "b": True, "d": pd.Timestamp("2024-01-02")}])
    schema = {"fields": [{"name": "i", "type": "integer"}, {"name": "f", "type": "number"},
                         {"name": "b", "type": "boolean"}, {"name": "d", "type": "date"}]}
    assert validate(data, schema) == []


def test_a_float_column_is_an_integer_only_where_values_are_whole():
    assert kinds(violations([1.0, 2.5, np.nan], {"type": "integer"})) == [("type", [101])]


def test_required_values_may_not_be_null_or_empty():
    found = violations(["a", None, "", "b"], {"constraints": {"required": True}})
    assert kinds(found) == [("required", [101, 102])]


def test_declared_missing_values_count_as_empty():
    found = violations(["a", "NA", "b"], {"constraints": {"required": True}}, missingValues=["", "NA"])
    assert kinds(found) == [("required", [101])]


def test_enum_compares_logical_values():
    assert kinds(violations(["Communale", "Régionale", "communale"],
                            {"constraints": {"enum": ["Communale", "Régionale"]}})) == [("enum", [102])]
    assert kinds(violations(["1", "2", "3"], {"type": "integer", "constraints": {"enum": [1, 2]}})) == [
        ("enum", [102])]


def test_pattern_must_match_the_whole_value():
    found = violations(["21250056500016", "212500565000160", "2125005650001"],
                       {"constraints": {"pattern": r"\d{14}"}})
    assert kinds(found) == [("pattern", [101, 102])]
    assert "« 212500565000160 » (entité 101)" in found[0].message_fr


@pytest.mark.parametrize("constraints, expected", [
    ({"minimum": 1}, [("minimum", [100])]),
    ({"maximum": 10}, [("maximum", [102])]),
    ({"exclusiveMinimum": 5}, [("exclusiveMinimum", [100, 101])]),
])
def test_bounds_are_checked_on_numbers(constraints, expected):
    assert kinds(violations(["0", "5", "12"], {"type": "integer", "constraints": constraints})) == expected


def test_bounds_are_checked_on_dates():
    found = violations(["2017-06-01", "1999-12-31"], {"type": "date", "constraints": {"minimum": "2000-01-01"}})
    assert kinds(found) == [("minimum", [101])]


def test_lengths_are_counted_in_characters():
    found = violations(["Besançon", "Ay", "Saint-Hippolyte"], {"constraints": {"minLength": 3, "maxLength": 10}})
    assert kinds(found) == [("minLength", [101]), ("maxLength", [102])]


def test_unique_lists_every_duplicate_and_ignores_nulls():
    found = violations(["a", "b", "a", None, None], {"constraints": {"unique": True}})
    assert kinds(found) == [("unique", [100, 102])]


def test_a_primary_key_is_required_and_unique():
    found = violations(["x", "x", None], {}, primaryKey="champ")
    assert sorted(kinds(found)) == [("required", [102]), ("unique", [100, 101])]


def test_every_offender_is_listed_while_the_message_quotes_a_few():
    values = ["bad"] * 50_000 + ["12"] * 50_000
    data = LayerData("t", pd.DataFrame({"n": values}, index=pd.RangeIndex(1, 100_001)), {"n": "string"})
    found = validate(data, {"fields": [{"name": "n", "type": "integer"}]})
    assert len(found[0].feature_ids) == 50_000 and found[0].feature_ids[-1] == 50_000
    assert found[0].message_fr.count("entité ") == 3


def test_an_unreadable_pattern_is_reported_as_a_schema_problem_not_a_crash():
    found = violations(["a"], {"constraints": {"pattern": "(["}})
    assert [(v.kind, v.severity) for v in found] == [("invalid-schema", "warning")]
