"""Control characters and over-long texts: refused when tagging, reported by check, same codes."""
import pytest

from passerelle.catalogue import textfields
from passerelle.catalogue.checks import check_layer
from passerelle.catalogue.record import Contact
from passerelle.catalogue.tagging import FieldError, apply_fields

from support.checks import complete_record, make_context


def codes_and_fields(record):
    return [(p.code, p.field) for p in textfields.problems(record)]


@pytest.mark.parametrize("character", ["\x00", "\x0b", "\x0c", "\x1f", "\x7f", "\x92", "\ufffe"])
def test_a_control_character_is_refused_in_every_text_field(character):
    for field in ("title", "abstract", "lineage", "place"):
        record = complete_record(**{field: f"Texte{character}suite"})
        assert codes_and_fields(record) == [("metadata.control-characters", field)]
    assert codes_and_fields(complete_record(keywords=["ok", f"a{character}b"])) == [
        ("metadata.control-characters", "keywords")]
    assert codes_and_fields(complete_record(contact=Contact(organisation=f"Mairie{character}"))) == [
        ("metadata.control-characters", "contact")]


def test_tabs_and_line_breaks_only_where_text_may_span_lines():
    assert codes_and_fields(complete_record(abstract="Ligne 1\r\n\tLigne 2", lineage="a\nb")) == []
    assert codes_and_fields(complete_record(title="Titre\nsur deux lignes")) == [
        ("metadata.control-characters", "title")]


def test_the_message_names_the_character_and_its_position():
    problem = textfields.problems(complete_record(title="Arrêts\x0bde bus"))[0]
    assert "tabulation verticale, U+000B" in problem.message_fr and "position 7" in problem.message_fr
    assert "Arrêts⟨U+000B⟩de bus" in problem.message_fr
    assert "vertical tab" in problem.message_en


@pytest.mark.parametrize("field, limit", [("title", 250), ("abstract", 20_000), ("lineage", 20_000),
                                          ("place", 250)])
def test_over_long_fields_are_reported_with_an_excerpt_only(field, limit):
    assert codes_and_fields(complete_record(**{field: "é" * limit})) == []
    problems = textfields.problems(complete_record(**{field: "é" * 100_000}))
    assert [(p.code, p.field) for p in problems] == [("metadata.too-long", field)]
    assert len(problems[0].message_fr) < 300 and "100000 caractères" in problems[0].message_fr


def test_one_problem_per_field_and_kind():
    record = complete_record(keywords=["a\x00"] * 50 + ["x" * 500] * 3)
    assert codes_and_fields(record) == [("metadata.control-characters", "keywords"), ("metadata.too-long", "keywords")]


def test_excerpt_is_short_and_shows_invisible_characters():
    assert textfields.excerpt("a\x00b") == "a⟨U+0000⟩b"
    assert len(textfields.excerpt("x" * 100_000)) == 60
    assert len(textfields.excerpt("\x00" * 100)) <= 60


def test_check_reports_what_tagging_refuses_with_the_same_code(vocab):
    record = complete_record(title="Titre\x00", abstract="r" * 20_001)
    findings = check_layer(record, None, make_context(vocab))
    assert sorted((f.code, f.severity, f.field) for f in findings) == [
        ("metadata.control-characters", "error", "title"), ("metadata.too-long", "error", "abstract")]
    for field, value, code in (("title", "Titre\x00", "metadata.control-characters"),
                               ("abstract", "r" * 20_001, "metadata.too-long")):
        with pytest.raises(FieldError) as caught:
            apply_fields(complete_record(), {field: value}, vocab)
        assert caught.value.code == code


def test_tagging_judges_only_the_fields_given(vocab):
    # A bad title typed elsewhere does not stop the agent from setting the frequency (check reports it).
    record = complete_record(title="Titre\x0b")
    assert apply_fields(record, {"frequency": "monthly"}, vocab).title == "Titre\x0b"


def test_a_huge_unknown_value_is_not_quoted_whole(vocab):
    from passerelle.catalogue.errors import UnknownTermError

    with pytest.raises(UnknownTermError) as caught:
        apply_fields(complete_record(), {"frequency": "z" * 100_000}, vocab)
    assert len(caught.value.message_fr) < 400


def test_texts_kept_from_the_qgis_editor_are_checked_too(vocab):
    # Rights, other contacts, links, constraints, history: every text an encoder writes, not only the title.
    from passerelle.catalogue.encoders import iso19139
    from passerelle.catalogue.record import Constraint, Contact, Link

    record = complete_record(rights=["© Mairie\x0b2024"], contacts=[Contact(organisation="SIG\x00")],
                             links=[Link(url="https://example.org/\x07")],
                             constraints=[Constraint(text="Usage\x0c interne", type="use")],
                             process_steps=["p" * 20_001])
    found = {(f.code, f.field) for f in check_layer(record, None, make_context(vocab))}
    assert {("metadata.control-characters", "rights"), ("metadata.control-characters", "contacts"),
            ("metadata.control-characters", "links"), ("metadata.too-long", "process_steps")} <= found
    # Multi-line statements keep their line breaks.
    clean = complete_record(rights=["© Mairie\n2024"], constraints=[Constraint(text="a\nb", type="use")])
    assert not [f for f in check_layer(clean, None, make_context(vocab)) if f.code.startswith("metadata.c")]
    assert b"Mairie" in iso19139.encode(clean, vocab)
    with pytest.raises(FieldError) as caught:
        apply_fields(complete_record(), {"rights": ["© Mairie\x0b2024"]}, vocab)
    assert caught.value.code == "metadata.control-characters"
