"""schema.violation and schema.unavailable: declared Table Schemas are enforced."""
from passerelle.catalogue.checks import schema as schema_check
from passerelle.catalogue.layerdata import from_records

from support.checks import complete_record, make_context

URL = "https://schema.data.gouv.fr/schemas/scdl/equipements/latest/schema.json"
SCHEMA = {"fields": [{"name": "siret", "constraints": {"required": True, "pattern": r"\d{14}"}},
                     {"name": "capacite", "type": "integer"}]}


def run(vocab, data, record=None, resolver=lambda url: SCHEMA):
    record = record or complete_record(schema=URL)
    return schema_check.check(record, data, make_context(vocab, resolve_schema=resolver), "equipements")


def test_each_violation_becomes_a_finding_with_its_feature_ids(vocab):
    data = from_records("equipements", [{"siret": "21250056500016", "capacite": 10},
                                        {"siret": "2125", "capacite": 20},
                                        {"siret": None, "capacite": 5}])
    findings = run(vocab, data)
    assert sorted((f.code, f.severity, f.field, tuple(f.feature_ids)) for f in findings) == [
        ("schema.violation", "error", "siret", (2,)), ("schema.violation", "error", "siret", (3,))]


def test_extra_fields_are_only_warnings(vocab):
    data = from_records("equipements", [{"siret": "21250056500016", "capacite": 10, "note": "x"}])
    assert [(f.severity, f.field) for f in run(vocab, data)] == [("warning", "note")]


def test_conforming_data_and_records_without_schema_pass(vocab):
    data = from_records("equipements", [{"siret": "21250056500016", "capacite": 10}])
    assert run(vocab, data) == []
    assert run(vocab, data, record=complete_record(schema="")) == []


def test_a_schema_that_cannot_be_loaded_is_a_warning_saying_why(vocab):
    def offline(url):
        raise OSError("réseau injoignable")
    findings = run(vocab, None, resolver=offline)
    assert [(f.code, f.severity) for f in findings] == [("schema.unavailable", "warning")]
    assert "réseau injoignable" in findings[0].message_fr
    assert [f.code for f in run(vocab, None, resolver=None)] == ["schema.unavailable"]
