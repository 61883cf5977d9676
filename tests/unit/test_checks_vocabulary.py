"""vocabulary.unknown and vocabulary.deprecated."""
from passerelle.catalogue.checks import vocabulary

from support.checks import ETALAB, FR_LO, FREQUENCY, complete_record, make_context


def run(vocab, record):
    return vocabulary.check(record, None, make_context(vocab), "couche")


def test_a_code_instead_of_a_uri_is_unknown_and_the_matching_uri_is_suggested_first(vocab):
    findings = run(vocab, complete_record(frequency="ANNUAL"))
    assert [(f.code, f.field, f.severity) for f in findings] == [("vocabulary.unknown", "frequency", "error")]
    assert findings[0].suggestions[0] == FREQUENCY + "ANNUAL"


def test_a_misspelt_theme_is_unknown_with_close_concepts_suggested(vocab):
    findings = run(vocab, complete_record(themes=["http://inspire.ec.europa.eu/theme/us", "Adresse"]))
    assert [(f.code, f.field) for f in findings] == [("vocabulary.unknown", "themes")]
    assert "http://inspire.ec.europa.eu/theme/ad" in findings[0].suggestions
    assert "« Adresse »" in findings[0].message_fr


def test_a_uri_from_another_scheme_is_unknown_in_this_one(vocab):
    findings = run(vocab, complete_record(licence=FREQUENCY + "ANNUAL"))
    assert [(f.code, f.field) for f in findings] == [("vocabulary.unknown", "licence")]


def test_a_deprecated_licence_warns_and_suggests_its_replacement(vocab):
    findings = run(vocab, complete_record(licence=FR_LO))
    assert [(f.code, f.severity, f.suggestions) for f in findings] == [("vocabulary.deprecated", "warning", [ETALAB])]
    assert "Licence Ouverte version 2.0" in findings[0].message_fr


def test_live_concept_uris_of_every_field_and_theme_scheme_pass(vocab):
    record = complete_record(themes=["http://inspire.ec.europa.eu/theme/us",
                                     "http://publications.europa.eu/resource/authority/data-theme/GOVE",
                                     "http://inspire.ec.europa.eu/metadata-codelist/TopicCategory/boundaries"],
                             lifecycle="http://inspire.ec.europa.eu/metadata-codelist/ProgressCode/completed")
    assert run(vocab, record) == []
