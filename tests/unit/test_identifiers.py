"""Record identifiers from files are untrusted: one pattern, and file names never made from them raw."""
import pytest

from passerelle.catalogue import identifiers
from passerelle.catalogue.checks import check_layer

from support.checks import complete_record, make_context


@pytest.mark.parametrize("identifier", [
    "3f2504e0-4f89-11d3-9a0c-0305e82c3301",  # GeoNetwork, Passerelle
    "{3F2504E0-4F89-11D3-9A0C-0305E82C3301}",  # ArcGIS
    "fr-120066022-jdd-d3f1a1b0-2c3d-4e5f-8a9b-0c1d2e3f4a5b",  # French SDI (Géo-IDE)
    "FR-213502388-PLU", "IGNF_BDTOPO_3-3", "cours-eau-2024", "a",
])
def test_identifiers_real_catalogues_use_are_accepted(identifier):
    assert identifiers.is_valid(identifier)
    assert identifiers.validate(identifier) == identifier


@pytest.mark.parametrize("identifier, reason", [
    ("../../etc/passwd", "barre oblique"), ("a/b", "barre oblique"), ("a\\b", "barre oblique"),
    ("a..b", ".."), ("fiche 1", "espace"), ("fiche\x00", "contrôle"), ("fiche\x0b1", "contrôle"),
    ("C:fiche", "« : »"), ("équipements", "« é »"), ("-fiche", "commencer"), ("fiche.", "finir"),
    ("{fiche}", "accolades"), ("x" * 129, "129 caractères"), ("", "vide"), (None, "vide"),
])
def test_identifiers_that_could_escape_a_folder_or_a_url_are_refused(identifier, reason):
    assert not identifiers.is_valid(identifier)
    with pytest.raises(identifiers.IdentifierError) as caught:
        identifiers.validate(identifier)
    assert caught.value.code == "record.identifier-invalid"
    assert reason in caught.value.message_fr
    assert len(caught.value.message_fr) < 450  # a 129-character identifier is not quoted whole


def test_file_stem_is_the_identifier_when_it_is_a_plain_lower_case_name():
    uuid = "3f2504e0-4f89-11d3-9a0c-0305e82c3301"
    assert identifiers.file_stem(uuid) == uuid


@pytest.mark.parametrize("identifier", ["FR-213502388-PLU", "{3F2504E0-4F89-11D3-9A0C-0305E82C3301}", "nul",
                                        "con.xml", "COM1"])
def test_file_stem_of_other_identifiers_is_a_slug_and_a_hash(identifier):
    stem = identifiers.file_stem(identifier)
    assert stem != identifier and stem == identifiers.file_stem(identifier)  # stable
    assert identifiers._PLAIN_FILE_NAME.fullmatch(stem) and len(stem) <= 100
    assert not identifiers._WINDOWS_RESERVED.fullmatch(stem)


def test_identifiers_differing_only_by_case_never_share_a_file():
    assert identifiers.file_stem("FR-PLU") != identifiers.file_stem("fr-plu")


def test_file_stem_refuses_an_invalid_identifier():
    with pytest.raises(identifiers.IdentifierError):
        identifiers.file_stem("../x")


def test_check_reports_an_invalid_identifier(vocab):
    findings = check_layer(complete_record(identifier="../../x"), None, make_context(vocab))
    assert [(f.code, f.severity, f.field) for f in findings] == [("record.identifier-invalid", "error", "identifier")]


def test_an_identifier_shaped_like_a_hashed_stem_cannot_take_another_records_file():
    taken = identifiers.file_stem("FR-213502388-PLU")  # fr-213502388-plu-<10 hex>
    crafted = identifiers.file_stem(taken)  # a valid identifier, spelled like that file name

    assert crafted != taken and crafted.startswith(taken + "-")
    uuid = "3f2504e0-4f89-11d3-9a0c-0305e82c3301"  # a UUID ends with 12 hex digits: kept as it is
    assert identifiers.file_stem(uuid) == uuid
