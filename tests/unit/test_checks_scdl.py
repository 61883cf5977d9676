"""scdl.*: check reports what the SCDL export would refuse, with the export's codes."""
import pytest

from passerelle.catalogue.checks import check_layer
from passerelle.catalogue.encoders import scdl
from passerelle.catalogue.record import Contact

from support.checks import complete_record, make_context

NO_SIRET = Contact(organisation="Ville de Besançon", email="sig@besancon.fr")


def scdl_findings(record, vocab, **context):
    context.setdefault("export_base_url", "https://data.besancon.fr/catalogue/")
    return [(f.code, f.severity, f.field) for f in check_layer(record, None, make_context(vocab, **context))
            if f.code.startswith("scdl.")]


def test_the_scdl_export_without_its_public_address_is_an_error_of_open_records_only(vocab):
    record = complete_record(contact=Contact(organisation="Ville", email="sig@ville.fr", siret="21390999700107"))
    assert scdl_findings(record, vocab, formats=("scdl",), export_base_url="") == [
        ("scdl.base-url-missing", "error", None)]
    assert scdl_findings(record, vocab, target_kinds=("open",), export_base_url="") == []  # no SCDL export
    shared = record.replace(access="https://w3id.org/passerelle/vocabulary/access-level/partagee")
    assert scdl_findings(shared, vocab, formats=("scdl",), export_base_url="") == []


def test_missing_siret_is_an_error_when_the_scdl_export_is_in_play(vocab):
    record = complete_record(contact=NO_SIRET)
    assert scdl_findings(record, vocab, formats=("scdl",)) == [("scdl.siret-missing", "error", "contact")]


def test_missing_siret_is_a_warning_for_an_open_target_and_nothing_otherwise(vocab):
    record = complete_record(contact=NO_SIRET)
    assert scdl_findings(record, vocab, target_kinds=("open",)) == [("scdl.siret-missing", "warning", "contact")]
    assert scdl_findings(record, vocab) == []


def test_only_open_records_go_to_the_scdl_catalogue(vocab):
    shared = complete_record(contact=NO_SIRET, access="https://w3id.org/passerelle/vocabulary/access-level/partagee")
    assert scdl_findings(shared, vocab, formats=("scdl",)) == []


def test_the_profile_collectivity_supplies_the_siret(vocab):
    record = complete_record(contact=NO_SIRET)
    owner = {"name": "Ville de Besançon", "siret": "21250056500016"}
    assert scdl_findings(record, vocab, formats=("scdl",), organisation=owner) == []
    wrong = {"name": "Ville de Besançon", "siret": "21250056500017"}
    assert scdl_findings(record, vocab, formats=("scdl",), organisation=wrong) == [
        ("scdl.siret-invalid", "error", None)]


def test_a_producer_without_siret_and_other_missing_values_are_each_reported(vocab):
    record = complete_record(producer=Contact(organisation="Syndicat des eaux", role="owner"), keywords=[], place="")
    assert sorted(scdl_findings(record, vocab, formats=("scdl",))) == [
        ("scdl.missing-value", "error", "keywords"), ("scdl.missing-value", "error", "place"),
        ("scdl.siret-missing", "error", "producer")]


def test_what_metadata_required_already_says_is_not_repeated(vocab):
    record = complete_record(keywords=[])
    context = dict(formats=("scdl",), required_fields=("title", "keywords"))
    assert scdl_findings(record, vocab, **context) == []
    assert "metadata.required" in {f.code for f in check_layer(record, None, make_context(vocab, **context))}


def test_the_export_raises_the_code_check_reports(vocab):
    record = complete_record(contact=NO_SIRET)
    with pytest.raises(scdl.ScdlExportError) as caught:
        scdl.catalogue_rows([record], organisation=scdl.collectivity_of([record]),
                            distributions={record.identifier: [{"access_url": "https://x/y.csv", "format": "CSV"}]})
    assert caught.value.code == "scdl.siret-missing"
    assert [e.code for e in scdl.record_problems(record, organisation=scdl.collectivity_of([record]))] == [
        caught.value.code]


def test_an_empty_catalogue_needs_no_collectivity():
    assert scdl.to_csv([], organisation={}).startswith("COLL_NOM,")
