"""rgpd.personal-columns: personal data found by column name and by sampled values, without false alarms."""
import datetime as dt

import pandas as pd
import pytest

from passerelle.catalogue.checks import rgpd
from passerelle.catalogue.checks.personal import KINDS, ibans, nirs, person_names
from passerelle.catalogue.layerdata import LayerData, from_records

from passerelle.catalogue.record import Contact
from support import rgpd_corpus
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


# --- owners, homes and first names: the conventions of local registers ----------------------------

def run_layer(vocab, rows, geometries=None, record=None, name="couche", crs="EPSG:2154"):
    data = from_records(name, rows, geometries, crs if geometries else "")
    record = record or complete_record(access=OPEN)
    return rgpd.check(record, data, make_context(vocab), name)


def houses(count, spread=150.0):
    """Points on dwellings of a village: metre precision, tens of metres apart."""
    import random
    rng = random.Random(count)
    return [f"POINT ({930000 + rng.gauss(0, spread):.2f} {6680000 + rng.gauss(0, spread):.2f})"
            for _ in range(count)]


def communes(count):
    """One large square per commune, kilometres wide."""
    return [f"POLYGON (({900000 + 5000 * i} 6650000, {904000 + 5000 * i} 6650000, {904000 + 5000 * i} 6654000, "
            f"{900000 + 5000 * i} 6654000, {900000 + 5000 * i} 6650000))" for i in range(count)]


CADASTRAL_OWNERS = ["DUPONT JEAN", "MARTIN MARIE", "GIRARD PIERRE PAUL", "MME ROUX NEE FAIVRE JEANNE",
                    "VUILLEMIN/ANDRE", "M LEFEBVRE MICHEL", "COMMUNE DE BESANCON", "PERRIN SOPHIE"]


@pytest.mark.parametrize("name", ["NOM_PROPRIETAIRE", "proprio", "titulaire_compte", "ddenom"])
def test_owners_written_the_cadastral_way_are_people(vocab, name):
    finding = columns(run_layer(vocab, column_of(CADASTRAL_OWNERS, name)))[name]
    assert finding.severity == "error" and "propriétaire" in finding.message_fr
    assert finding.feature_ids == [1, 2, 3, 4, 5, 6, 8]  # not the commune (feature 7)


def test_owners_that_are_organisations_are_not_people(vocab):
    owners = ["COMMUNE DE BESANCON", "SCI LES TILLEULS", "DEPARTEMENT DU DOUBS", "NEOLIA", "GAEC DES PRES",
              "SNCF RESEAU", "Ville de Dole", "SCI MARTIN ET FILS"]
    assert run_layer(vocab, column_of(owners, "NOM_PROPRIETAIRE")) == []


@pytest.mark.parametrize("name", ["domicile", "adresse_perso", "adresse_titulaire"])
def test_a_home_address_alone_is_personal(vocab, name):
    homes = ["12 rue des Lilas 25000 Besançon", "3 bis, chemin du Moulin", "LD LES GRANDS CHAMPS", "8 Grande Rue"]
    finding = columns(run_layer(vocab, column_of(homes, name)))[name]
    assert KINDS["home_address"][0] in finding.message_fr


def test_the_address_of_equipment_or_of_works_is_not(vocab):
    addresses = ["1 place de la Mairie", "5 rue Pasteur 25000 Besançon", "12 chemin des Vignes"]
    for name in ("adresse", "adresse_equipement", "adresse_terrain"):
        assert run_layer(vocab, column_of(addresses * 4, name), houses(12)) == []


def test_an_address_counts_in_a_layer_listing_people(vocab):
    addresses = ["12 rue des Lilas", "3 impasse des Roses", "8 Grande Rue"] * 4
    assert run_layer(vocab, column_of(addresses, "adresse"), houses(12), name="abonnes_eau")
    assert run_layer(vocab, column_of(addresses, "adresse"), houses(12), name="bornes_eau") == []


FIRST_NAMES = ["Léa", "Jules", "Inès", "Marie-Claire", "JEAN PIERRE", "Mohamed", "Aminata", "Yann"] * 5


def test_a_first_name_on_a_house_is_a_person(vocab):
    finding = columns(run_layer(vocab, column_of(FIRST_NAMES, "prenom"), houses(40)))["prenom"]
    assert KINDS["first_name"][0] in finding.message_fr and "précision d'une adresse" in finding.message_fr
    assert "address precision" in finding.message_en and len(finding.feature_ids) == 40


def test_a_first_name_on_a_parcel_is_a_person(vocab):
    parcels = [f"POLYGON (({930000 + 40 * i} 6680000, {930030 + 40 * i} 6680000, {930030 + 40 * i} 6680040, "
               f"{930000 + 40 * i} 6680040, {930000 + 40 * i} 6680000))" for i in range(40)]
    finding = columns(run_layer(vocab, column_of(FIRST_NAMES, "prenom"), parcels))["prenom"]
    assert "petits polygones" in finding.message_fr


def test_a_first_name_per_commune_or_in_a_table_is_not(vocab):
    assert run_layer(vocab, column_of(FIRST_NAMES, "prenom"), communes(40)) == []
    assert run_layer(vocab, column_of(FIRST_NAMES, "prenom")) == []
    counted = [{"prenom": name, "nombre": 12} for name in FIRST_NAMES]
    assert run_layer(vocab, counted, houses(40)) == []  # a statistic, even drawn on points


def test_a_first_name_named_for_a_role_is_a_person_anywhere(vocab):
    assert "prenom_eleve" in columns(run_layer(vocab, column_of(FIRST_NAMES, "prenom_eleve")))


def test_surnames_alone_on_graves_are_people(vocab):
    graves = [f"POINT ({930000 + 3.2 * (i % 10)} {6680000 + 2.6 * (i // 10)})" for i in range(30)]
    surnames = ["DUPONT", "MARTIN", "GIRARD", "VUILLEMIN", "ROUX", "PERRIN"] * 5
    assert "NOM" in columns(run_layer(vocab, column_of(surnames, "NOM"), graves))


def test_names_of_streets_places_and_heritage_are_not_people(vocab):
    assert run_layer(vocab, column_of(["VICTOR HUGO", "JEAN JAURES", "DES LILAS", "DU MOULIN", "PASTEUR",
                                       "GENERAL LECLERC", "DE LA GARE", "DES ECOLES"] * 3, "nom_voie")) == []
    assert run_layer(vocab, column_of(["PRE ROBERT", "CHAMP MARTIN", "LES GRANDS CHAMPS"] * 4, "lieu_dit")) == []
    assert run_layer(vocab, column_of(["Lavoir", "Fontaine", "Moulin", "Calvaire"] * 4, "nom"), houses(16)) == []


# --- a service's contacts are not a person's ---------------------------------------------------------

def test_a_reception_phone_is_a_service_not_a_person(vocab):
    numbers = ["03 81 61 50 50", "03 81 87 80 00", "03 84 52 12 34"] * 4
    assert run_layer(vocab, column_of(numbers, "telephone_accueil"), houses(12)) == []


def test_numbers_in_the_organisations_own_block_are_its_services(vocab):
    record = complete_record(access=OPEN, contact=Contact(organisation="Ville de Besançon", email="sig@besancon.fr",
                                                          phone="03 81 61 50 50"))
    numbers = ["03 81 61 50 12", "03 81 61 50 87", "03 81 61 50 50", "03 81 61 50 31"] * 3
    assert run_layer(vocab, column_of(numbers, "telephone"), record=record) == []
    assert "telephone" in columns(run_layer(vocab, column_of(numbers, "telephone")))  # no such contact: a person's


def test_the_phones_of_listed_equipment_are_services_but_mobiles_stay_personal(vocab):
    landlines = [{"nom_equipement": "Gymnase Jean Moulin", "telephone": f"03 53 73 1{i} 2{i}"} for i in range(8)]
    assert run_layer(vocab, landlines) == []
    mobiles = [dict(row, telephone=f"06 39 98 1{i} 2{i}") for i, row in enumerate(landlines)]
    assert "telephone" in columns(run_layer(vocab, mobiles))


def test_the_same_landline_on_every_feature_is_a_shared_line(vocab):
    assert run_layer(vocab, column_of(["03 84 72 00 00"] * 20, "telephone")) == []
    assert run_layer(vocab, column_of(["06 39 98 12 34"] * 20, "telephone"))


def test_service_mailboxes_are_not_personal_but_an_agents_address_is(vocab):
    service = ["urbanisme@besancon.fr", "accueil@besancon.fr", "police.municipale@besancon.fr",
               "ce.0251234A@ac-besancon.fr"]
    assert run_layer(vocab, column_of(service, "courriel_service")) == []
    assert run_layer(vocab, column_of(service, "email")) == []  # the organisation's domain (record contact)
    agents = ["jean.dupont@besancon.fr", "m.martin@besancon.fr"]
    assert "email" in columns(run_layer(vocab, column_of(agents, "email")))


def test_a_town_halls_webmail_is_its_mailbox_and_a_generic_name_alone_is_not_enough(vocab):
    assert run_layer(vocab, column_of(["mairie.chenecey-buillon@orange.fr"] * 3, "courriel")) == []
    assert "courriel" in columns(run_layer(vocab, column_of(["famille.dupont@orange.fr"], "courriel")))


def test_free_text_with_a_services_number_is_not_personal_but_a_persons_number_is(vocab):
    service = ["Contacter l'accueil de la mairie au 03 81 61 50 50", "Renseignements : urbanisme@besancon.fr"]
    assert run_layer(vocab, column_of(service, "observations")) == []
    for text in ("Rappeler le 06 39 98 12 34", "Propriétaire joignable au 03 53 73 12 34", "Vu avec DUPONT Jean"):
        assert "observations" in columns(run_layer(vocab, column_of([text, "RAS"], "observations")))


def test_counts_are_not_people_nor_births(vocab):
    rows = [{"nb_naissances": 12, "nb_proprietaires": 3, "effectif_eleves": 24}] * 5
    assert run_layer(vocab, rows) == []


def test_the_guard_holds_on_the_tuning_part_of_the_labelled_corpus():
    # The held-out part is for `make bench` (bench/bench_rgpd.py) only.
    result = rgpd_corpus.score(rgpd_corpus.load("tuning"))
    assert result.recall >= 0.97, result.misses_ids
    assert result.false_positive_rate <= 0.05, result.false_alarm_ids
