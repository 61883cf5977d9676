"""rgpd.personal-columns: personal data found by column name and by sampled values, without false alarms."""
import datetime as dt

import pandas as pd
import pytest

from passerelle.catalogue.checks import rgpd
from passerelle.catalogue.checks.personal import KINDS, ibans, nirs, person_names
from passerelle.catalogue.layerdata import LayerData, from_records

from support.checks import CLOSED, OPEN, PERSONAL, complete_record, iban_with_key, make_context, nir_with_key


def run(vocab, rows, record=None, **context):
    data = from_records("couche", rows)
    record = record or complete_record(access=CLOSED)
    return rgpd.check(record, data, make_context(vocab, **context), "couche")


def columns(findings) -> dict:
    return {f.field: f for f in findings}


def column_of(values, name="valeur"):
    return [{name: v} for v in values]


# --- positives -----------------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["prenom", "Prénom", "nom_usage", "courriel", "tel_portable", "num_secu",
                                  "IBAN", "immatriculation", "date_naissance", "DateNaissance"])
def test_a_telling_column_name_is_enough(vocab, name):
    # "Jean" alone would be contextual: pair every column with a surname so the name alone is judged.
    rows = [{name: "x@perso.fr" if "courriel" in name else "valeur", "nom_famille": "DUPONT"}]
    assert name in columns(run(vocab, rows))


@pytest.mark.parametrize("kind, values", [
    ("email", ["jean.dupont@gmail.com", "m.martin@orange.fr", "lea.durand@free.fr"]),
    ("phone", ["06 12 34 56 78", "+33 6 98 76 54 32", "03.81.22.33.44"]),
    ("nir", [nir_with_key("1850578006084"), nir_with_key("2690125123456"), nir_with_key("180012A004123")]),
    ("iban", [iban_with_key("FR", "20041010050500013M02606"), iban_with_key("FR", "30003012340001234567890")]),
    ("plate", ["AB-123-CD", "GH 456 JK", "123 ABC 25"]),
    ("person_name", ["Jean DUPONT", "MARTIN Sophie", "Marie-Claire LEROY", "M. DURAND"]),
])
def test_personal_values_are_recognised_whatever_the_column_name(vocab, kind, values):
    findings = run(vocab, column_of(values, "champ_2"))
    assert ["champ_2"] == list(columns(findings))
    assert KINDS[kind][0] in findings[0].message_fr


def test_remarks_naming_someone_are_flagged(vocab):
    rows = column_of(["Fuite signalée par M. Bernard", "RAS", "RAS", "Contrôle OK"], "observations")
    assert "observations" in columns(run(vocab, rows))


def test_long_free_text_citing_several_people_is_flagged_even_without_a_telling_name(vocab):
    texts = ["Intervention demandée par Jean MARTIN pour le compteur du lot 3",
             "Réclamation de Madame Petit au sujet du bruit nocturne répété",
             "Visite technique effectuée le 3 mars, rien à signaler sur le site"]
    assert "texte" in columns(run(vocab, column_of(texts, "texte")))


def test_owner_columns_are_flagged_when_they_hold_people(vocab):
    rows = column_of(["Jean Dupont", "Sophie Martin", "Commune", "Paul Girard"], "proprietaire")
    finding = columns(run(vocab, rows))["proprietaire"]
    assert "propriétaire" in finding.message_fr


def test_a_surname_column_beside_a_first_name_column_is_flagged(vocab):
    rows = [{"nom": "DUPONT", "prenom": "Jean"}, {"nom": "MARTIN", "prenom": "Sophie"}]
    assert set(columns(run(vocab, rows))) == {"nom", "prenom"}


def test_birth_dates_need_a_telling_name_and_plausible_years_for_short_hints(vocab):
    rows = column_of([dt.date(1956, 3, 2), dt.date(1987, 11, 30), dt.date(2001, 6, 5)], "ddn")
    assert "ddn" in columns(run(vocab, rows, record=complete_record(access=CLOSED, nature=PERSONAL)))


def test_an_address_counts_when_the_layer_also_names_people(vocab):
    rows = [{"titulaire": "Jean DUPONT", "adresse": "12 rue des Lilas 25000 Besançon"},
            {"titulaire": "Sophie MARTIN", "adresse": "3 bis, chemin du Moulin"}]
    assert set(columns(run(vocab, rows))) == {"titulaire", "adresse"}


def test_an_address_counts_when_the_record_declares_personal_data(vocab):
    rows = column_of(["12 rue des Lilas", "3 impasse des Roses"], "adresse")
    record = complete_record(access=CLOSED, nature=PERSONAL)
    assert "adresse" in columns(run(vocab, rows, record=record))


def test_findings_are_errors_for_open_data_and_warnings_otherwise(vocab):
    rows = column_of(["jean.dupont@gmail.com"], "email")
    assert run(vocab, rows, record=complete_record(access=OPEN))[0].severity == "error"
    assert run(vocab, rows, record=complete_record(access=CLOSED))[0].severity == "warning"


def run_data(vocab, data, **context):
    return rgpd.check(complete_record(access=CLOSED), data, make_context(vocab, **context), "couche")


def test_matching_sampled_features_are_named(vocab):
    rows = {10: {"contact": "jean.dupont@gmail.com"}, 11: {"contact": "lea.durand@free.fr"},
            12: {"contact": "paul.girard@laposte.net"}}
    finding = run_data(vocab, from_records("couche", rows))[0]
    assert finding.feature_ids == [10, 11, 12]


def test_values_are_judged_on_a_reproducible_sample_of_the_configured_size(vocab):
    values = ["jean.dupont@gmail.com"] * 3000 + ["Mairie"] * 2000
    data = LayerData("couche", pd.DataFrame({"x": values}, index=pd.RangeIndex(1, 5001)), {"x": "string"})
    first = run_data(vocab, data, sample_size=200)
    again = run_data(vocab, data, sample_size=200)
    assert len(first[0].feature_ids) < 200 and first[0].feature_ids == again[0].feature_ids
    assert "200 entités" in first[0].message_fr


# --- negatives -----------------------------------------------------------------------------------

def test_an_equipment_layer_raises_no_alarm(vocab):
    rows = [
        {"nom": "Salle des fêtes", "commune": "Besançon", "code_insee": "25056", "siret": "21250056500016",
         "date_travaux": dt.date(2019, 5, 2), "zone": "UA", "capacite": 300, "secu_incendie": "Avis favorable"},
        {"nom": "Mairie", "commune": "Saint-Vit", "code_insee": "25527", "siret": "21250527600012",
         "date_travaux": dt.date(1987, 4, 1), "zone": "1AU", "capacite": 80},
        {"nom": "Gymnase Jean Moulin", "commune": "Pontarlier", "code_insee": "25462", "siret": "21250462700010",
         "date_travaux": dt.date(1975, 9, 15), "zone": "UB", "capacite": 500},
        {"nom": "Jules Ferry", "commune": "Ornans", "code_insee": "25434", "siret": "21250434600018",
         "date_travaux": dt.date(2008, 1, 10), "zone": "N", "capacite": 120},
    ]
    assert run(vocab, rows, record=complete_record(access=OPEN)) == []


def test_an_equipment_address_and_a_town_hall_mailbox_are_not_personal(vocab):
    rows = [{"nom": "Mairie", "adresse": "1 place de la Mairie", "email": "mairie@saint-vit.fr"},
            {"nom": "Médiathèque", "adresse": "5 rue Pasteur", "email": "contact@mediatheque-saint-vit.fr"}]
    assert run(vocab, rows) == []


def test_a_first_name_statistic_is_open_data_not_personal_data(vocab):
    rows = [{"prenom": "Jade", "sexe": "F", "nombre": 12}, {"prenom": "Louis", "sexe": "M", "nombre": 9}]
    assert run(vocab, rows) == []


def test_empty_personal_columns_leak_nothing(vocab):
    assert run(vocab, [{"telephone": None, "email": ""}, {"telephone": None, "email": " "}]) == []


def test_remarks_about_works_are_not_personal(vocab):
    rows = column_of(["Toiture refaite en 2019", "Accès PMR à prévoir", "RAS"], "commentaire")
    assert run(vocab, rows) == []


def test_numbers_without_a_valid_key_are_neither_nir_nor_iban():
    text = pd.Series(["185057800608400", "21250056500016", "FR7630006000011234567890188", "25056"])
    assert not nirs(text).any() and not ibans(text).any()


def test_a_valid_key_is_what_makes_a_nir_or_an_iban():
    text = pd.Series([nir_with_key("185057800608"  "4"), iban_with_key("FR", "30006000011234567890189")])
    assert list(nirs(text)) == [True, False] and list(ibans(text)) == [False, True]


def test_building_and_commune_names_are_not_person_names():
    text = pd.Series(["Salle des fêtes", "Mairie", "École Jules Ferry", "Saint-Martin", "Villers Robert",
                      "Gymnase Jean Moulin", "SAINT AUBIN"])
    assert not person_names(text).any()
