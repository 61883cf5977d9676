"""metadata.required: one error per required field left empty."""
from passerelle.catalogue.checks import metadata
from passerelle.catalogue.record import Contact

from support.checks import complete_record, make_context


def run(vocab, record, **context):
    return metadata.check(record, None, make_context(vocab, **context), "couche")


def test_each_empty_required_field_gets_its_own_error(vocab):
    record = complete_record(abstract="  ", themes=[], contact=Contact(), extent=None, revised=None)
    findings = run(vocab, record)
    assert sorted(f.field for f in findings) == ["abstract", "contact", "extent", "revised", "themes"]
    assert {f.severity for f in findings} == {"error"}
    assert {f.code for f in findings} == {"metadata.required"}


def test_a_contact_with_only_an_email_counts_as_given(vocab):
    record = complete_record(contact=Contact(email="sig@besancon.fr"))
    assert run(vocab, record) == []


def test_only_the_fields_the_profile_requires_are_demanded(vocab):
    record = complete_record(lineage="", abstract="")
    findings = run(vocab, record, required_fields=("title", "abstract"))
    assert [f.field for f in findings] == ["abstract"]


def test_a_complete_record_meets_the_default_requirements(vocab):
    assert run(vocab, complete_record()) == []



def test_restricted_data_must_state_its_legal_basis(vocab):
    closed = complete_record(access="https://w3id.org/passerelle/vocabulary/access-level/fermee",
                             licence=None, legal_basis=None)
    found = run(vocab, closed)
    assert [(f.code, f.field) for f in found] == [("metadata.required", "legal_basis")]
    justified = closed.replace(legal_basis="http://inspire.ec.europa.eu/metadata-codelist/"
                                           "LimitationsOnPublicAccess/INSPIRE_Directive_Article13_1f")
    assert run(vocab, justified) == []
