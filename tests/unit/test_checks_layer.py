"""check_layer: every check runs, codes are stable, findings name the layer."""
import pytest

from passerelle.catalogue.checks import ALL_CODES, check_layer
from passerelle.catalogue.layerdata import from_records

from support.checks import complete_record, make_context


def equipment_layer():
    rows = [
        {"nom": "Salle des fêtes", "type": "Salle polyvalente", "code_insee": "25056", "siret": "21250056500016",
         "date_travaux": "2019-05-02", "zone": "UA", "adresse": "2 place de la Mairie"},
        {"nom": "Mairie", "type": "Administration", "code_insee": "25056", "siret": "21250056500024",
         "date_travaux": "2004-11-20", "zone": "1AU", "adresse": "1 rue de la République"},
        {"nom": "École Jules Ferry", "type": "Enseignement", "code_insee": "25047", "siret": "21250047500011",
         "date_travaux": "1998-09-01", "zone": "UB", "adresse": "14 avenue Jean Jaurès"},
    ]
    points = ["POINT (928400 6686550)", "POINT (928900 6686800)", "POINT (927700 6687100)"]
    return from_records("equipements", rows, points, "EPSG:2154")


def test_a_complete_record_with_clean_data_has_nothing_to_report(vocab):
    assert check_layer(complete_record(), equipment_layer(), make_context(vocab, target_kinds=("open",))) == []


def test_codes_are_the_documented_stable_ones():
    assert set(ALL_CODES) == {
        "metadata.required", "metadata.technical-title", "vocabulary.unknown", "vocabulary.deprecated", "policy.status",
        "rgpd.personal-columns", "schema.violation", "schema.unavailable", "geometry.invalid",
        "geometry.empty", "crs.missing", "extent.outside-territory", "freshness.overdue",
        "metadata.control-characters", "metadata.too-long", "record.identifier-invalid",
        "scdl.siret-missing", "scdl.siret-invalid", "scdl.missing-value", "scdl.base-url-missing",
        "metadata.unmapped", "metadata.not-exported",
        "data.encoding", "crs.outside-area", "extent.invalid"}
    assert len(ALL_CODES) == len(set(ALL_CODES))


def test_every_finding_uses_a_declared_code_and_names_the_layer(vocab):
    record = complete_record(title="", licence="licence-inconnue", access=None)
    data = from_records("agents", [{"prenom": "Jean", "nom": "DUPONT"}], [None], "")
    findings = check_layer(record, data, make_context(vocab))
    assert findings and all(f.code in ALL_CODES for f in findings)
    assert {f.layer for f in findings} == {"agents"}
    assert all(f.message_fr and f.message_en for f in findings)


@pytest.mark.parametrize("title, expected", [("Réseau d'eau", "Réseau d'eau"), ("", "fiche-42")])
def test_without_data_findings_name_the_record_title_or_identifier(vocab, title, expected):
    record = complete_record(title=title, identifier="fiche-42", abstract="")
    findings = check_layer(record, None, make_context(vocab))
    assert findings and {f.layer for f in findings} == {expected}
