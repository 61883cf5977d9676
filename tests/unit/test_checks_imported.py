"""metadata.unmapped / metadata.not-exported: kept values that match no concept or have no place in an export."""
from passerelle.catalogue.checks import imported
from passerelle.catalogue.checks.context import CheckContext
from passerelle.catalogue.record import Address, Constraint, Contact, Link, Record

INSPIRE = "http://inspire.ec.europa.eu/theme/"
GEMET = "GEMET - INSPIRE themes, version 1.0"


def run(vocab, record):
    return imported.check(record, None, CheckContext(vocabularies=vocab), "couche")


def test_a_record_of_passerelle_fields_only_has_nothing_to_say(vocab):
    record = Record(title="T", licence="https://spdx.org/licenses/etalab-2.0", themes=[INSPIRE + "hy"],
                    contact=Contact(organisation="Mairie", email="sig@mairie.fr"), keywords=["eau"])
    assert run(vocab, record) == []


def test_a_licence_matching_nothing_is_reported_until_a_licence_is_chosen(vocab):
    typed = Record(other_licences=["Licence communale 2019"])
    [finding] = run(vocab, typed)
    assert (finding.code, finding.severity, finding.field) == ("metadata.unmapped", "warning", "licence")
    assert "Licence communale 2019" in finding.message_fr and "free text" in finding.message_en
    chosen = typed.replace(licence="https://spdx.org/licenses/etalab-2.0")
    assert run(vocab, chosen) == []  # the text stays a further licence statement, exported as written


def test_a_theme_keyword_matching_nothing_suggests_the_closest_themes_until_one_is_chosen(vocab):
    typed = Record(vocabulary_keywords={GEMET: ["Hydrographi"], "Mots-clés": ["Hydrographi"]})
    [finding] = run(vocab, typed)  # only the INSPIRE vocabulary is about themes
    assert finding.field == "themes" and INSPIRE + "hy" in finding.suggestions
    assert run(vocab, typed.replace(themes=[INSPIRE + "hy"])) == []


def test_language_type_and_roles_outside_the_iso_lists_are_reported(vocab):
    record = Record(language="Français (Québec)", resource_type="jeu de données",
                    contact=Contact(organisation="Mairie", role="Responsable"))
    findings = {f.field: f for f in run(vocab, record)}
    assert set(findings) == {"language", "resource_type", "contact"}
    assert findings["contact"].suggestions == []  # a role is no value for the whole contact field
    assert all(f.code == "metadata.unmapped" for f in findings.values())


def test_values_an_export_has_no_place_for_are_said_once_per_format(vocab):
    record = Record(
        fees="Gratuit", encoding="windows-1252", parent_identifier="lot-2019", elevation_max=300.0,
        links=[Link(url="https://x.fr/notice", name="Notice", format="PDF", size="1200")],
        constraints=[Constraint(text="Usage interne", type="interne")],
        contacts=[Contact(organisation="Département", fax="03 00", addresses=[
            Address(type="postal", city="Besançon"), Address(type="physical", city="Besançon")])])
    findings = run(vocab, record)
    assert {f.code for f in findings} == {"metadata.not-exported"} and {f.severity for f in findings} == {"info"}
    iso = " ".join(f.message_en for f in findings if "ISO 19139" in f.message_en)
    dcat = " ".join(f.message_en for f in findings if "DCAT" in f.message_en)
    for said in ("format 'PDF'", "size '1200'", "type 'interne'", "after the first", "windows-1252"):
        assert said in iso
    for said in ("fees 'Gratuit'", "encoding 'windows-1252'", "lot-2019", "fax number of 'Département'",
                 "vertical extent ? – 300 m"):
        assert said in dcat
