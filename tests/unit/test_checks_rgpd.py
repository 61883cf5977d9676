"""rgpd.personal-columns: personal data found by column name and by sampled values, without false alarms."""
import datetime as dt

import pandas as pd
import pytest

from passerelle.catalogue.checks import people, rgpd
from passerelle.catalogue.checks.personal import KINDS, column_name, ibans, mentions_people, nirs, person_names
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


# --- patterns generalised from corpus blind-1 (each with examples of its own, none of its cases) ----------

SWITCHBOARD = complete_record(access=OPEN, contact=Contact(organisation="Commune de Morteau",
                                                           email="accueil@morteau.fr", phone="03 81 67 18 53"))


def graves(count):
    """Graves of a cemetery: points a few metres apart, at centimetre precision."""
    return [f"POINT ({951000.13 + 2.4 * (i % 8)} {6671000.07 + 3.1 * (i // 8)})" for i in range(count)]


def parcels(count):
    return [f"POLYGON (({950000 + 60 * i} 6670000, {950045 + 60 * i} 6670000, {950045 + 60 * i} 6670038, "
            f"{950000 + 60 * i} 6670038, {950000 + 60 * i} 6670000))" for i in range(count)]


LEGAL_OWNERS = ["SCI LES GENTIANES", "COMMUNE DE MORTEAU", "GAEC DU BELVEDERE", "SARL BOISSON FRERES",
                "DEPARTEMENT DU DOUBS", "EARL DES SAPINS", "SNCF RESEAU", "OFFICE NATIONAL DES FORETS",
                "SYNDICAT MIXTE DU DESSOUBRE", "GFA DES COMBES"]


def test_one_natural_person_among_companies_makes_an_owner_column_personal(vocab):
    owners = LEGAL_OWNERS * 2 + ["BOILLON/GERARD RENE"]
    finding = columns(run_layer(vocab, column_of(owners, "proprietaire"), parcels(21)))["proprietaire"]
    assert finding.feature_ids == [21] and "1 natural person(s)" in finding.message_en
    assert run_layer(vocab, column_of(LEGAL_OWNERS * 2, "proprietaire"), parcels(20)) == []


def test_owners_typed_in_lower_case_are_people(vocab):
    owners = ["jean-luc roy", "martine girardot", "paul vernier", "sylvie bole"] * 3
    assert "proprietaire" in columns(run_layer(vocab, column_of(owners, "proprietaire"), parcels(12)))


def test_a_role_companies_share_needs_two_named_people(vocab):
    one = LEGAL_OWNERS * 2 + ["Odile Cuenot"]
    assert run_layer(vocab, column_of(one, "gestionnaire"), parcels(21)) == []
    two = one + ["TISSOT Bernard"]
    assert "gestionnaire" in columns(run_layer(vocab, column_of(two, "gestionnaire"), parcels(22)))


@pytest.mark.parametrize("layer, column, values", [
    ("registre_naissances", "prenoms", ["Léon, Gaspard", "Alba", "Rose, Marie", "Timothée"]),
    ("actes_mariage", "conjoint_1", ["Julie VUILLET", "CHOPARD Nicolas", "Sébastien Girardot", "MARGUET Anaïs"]),
    ("actes_deces", "pere", ["BOURGEOIS Thibault", "Kevin Mougin", "EL AMRANI Youssef", "PERRIN Loïc"]),
    ("periscolaire_2025", "PRENOM_ENF", ["LINA", "NOÉ", "ZOÉ", "SACHA"]),
    ("aides_ccas", "prenom_benef", ["Gisèle", "Roland", "Nadia", "Patrice"]),
])
def test_registers_and_abbreviated_roles_name_people_without_geometry(vocab, layer, column, values):
    assert column in columns(run_layer(vocab, column_of(values * 3, column), name=layer))


def test_rare_surnames_in_a_list_of_people_are_people(vocab):
    surnames = ["ZWAHLEN", "QUERRY", "TCHIBOZO", "ETCHEBERRY", "Sarkissian", "Ollivro"] * 2
    finding = columns(run_layer(vocab, column_of(surnames, "nom"), name="beneficiaires_colis"))["nom"]
    assert "beneficiaires" in finding.message_fr and len(finding.feature_ids) == 12
    assert run_layer(vocab, column_of(surnames, "nom"), name="export_sig") == []  # nothing says who they are


def test_a_list_of_first_names_is_not_a_register(vocab):
    names = ["Léon", "Alba", "Rose", "Timothée"] * 3
    assert run_layer(vocab, column_of(names, "prenom"), name="prenoms_naissances") == []
    counted = [{"prenom": name, "nombre": 4} for name in names]
    assert run_layer(vocab, counted, name="registre_naissances_statistiques") == []


def test_majic_birth_dates_and_address_complements_of_owners(vocab):
    rows = [{"DDENOM": "BOILLON/GERARD", "DTNAISS": day} for day in ("12/04/1948", "03/11/1961", "21/07/1939")]
    assert "DTNAISS" in columns(run_layer(vocab, rows, name="ff_prop"))
    lines = ["BAT C", "RESIDENCE LES ERABLES", None, "ESC 2", None, "CHEZ MME PIQUEREZ", None, "APPT 4"]
    finding = columns(run_layer(vocab, column_of(lines, "DLIGN5"), parcels(8)))["DLIGN5"]
    assert KINDS["home_address"][0] in finding.message_fr and finding.feature_ids == [1, 2, 4, 6, 8]


def test_family_names_on_graves_whatever_the_column_is_called(vocab):
    families = ["Famille Jeunet", "BOUVERESSE", "Famille Taillard", "ROY - MAIRE", "Caveau Bourgeois",
                "FAMILLE PARRENIN", "Guinchard - Tissot", "Caveau Saillard"] * 2
    for name in ("NOM", "caveau", "sepulture"):
        assert name in columns(run_layer(vocab, column_of(families, name), graves(16), name="cimetiere_plan"))
    kinds = ["Caveau 4 places", "Pleine terre", "Case de columbarium", "Caveau 2 places"] * 4
    assert run_layer(vocab, column_of(kinds, "caveau"), graves(16), name="cimetiere_plan") == []


ADDRESSES = ["4 rue des Sorbiers", "17 Grande Rue", "2 bis impasse du Stade", "9 chemin des Essarts"] * 4


@pytest.mark.parametrize("layer, column", [("assistants_maternels", "adresse"), ("visites_domicile", "adresse"),
                                           ("portage_seniors", "adresse"), ("suivi_demandes", "adresse_actuelle"),
                                           ("suivi_demandes", "adresse_habitation"), ("liste_electorale", "adresse")])
def test_home_addresses_of_people_listed_or_named_so(vocab, layer, column):
    assert column in columns(run_layer(vocab, column_of(ADDRESSES, column), houses(16), name=layer))


@pytest.mark.parametrize("layer, column", [("residences_seniors", "adresse"), ("services_aide_domicile", "adresse"),
                                           ("patrimoine_bailleur", "adresse_residence"),
                                           ("carte_electorale", "adresse")])
def test_addresses_of_places_that_serve_people_are_not_homes(vocab, layer, column):
    assert run_layer(vocab, column_of(ADDRESSES, column), houses(16), name=layer) == []


@pytest.mark.parametrize("layer, column, values", [
    ("plan_canicule_2025", "tranche_age", ["80-84 ans", "70-74 ans", "90 ans et plus", "85-89 ans"]),
    ("usagers_portage", "age", [81, 77, 92, 68]),
    ("personnes_vulnerables", "handicap", ["Oui", "Non", "Oui", "Non"]),
    ("registre_canicule", "besoins", ["Personne isolée", "Mobilité réduite", "Malentendant", "Fauteuil roulant"]),
])
def test_the_age_or_situation_of_someone_located_at_home_is_personal(vocab, layer, column, values):
    finding = columns(run_layer(vocab, column_of(values * 4, column), houses(16), name=layer))[column]
    assert KINDS["situation"][0] in finding.message_fr and "address precision" in finding.message_en
    assert len(finding.feature_ids) == 16


def test_ages_and_situations_of_things_or_of_cells_are_not(vocab):
    ages = column_of([81, 77, 92, 68] * 4, "age")
    assert run_layer(vocab, ages, houses(16), name="batiments_communaux") == []
    assert run_layer(vocab, ages, name="usagers_portage") == []  # a table: no one is located
    bands = [{"tranche_age": "80-84 ans", "nb_personnes": 12}] * 6
    assert run_layer(vocab, bands, communes(6), name="personnes_agees_par_commune") == []
    access = column_of(["Handicap moteur", "Tous handicaps", "Non accessible"] * 4, "accessibilite")
    assert run_layer(vocab, access, houses(12), name="equipements_publics") == []


def test_tree_sponsors_and_dedications_naming_a_child(vocab):
    sponsors = ["Éloïse Bournez", "GIRARD Colette", "Mme Hélène Vuez", "Paulette Cretin"] * 3
    assert "marraine" in columns(run_layer(vocab, column_of(sponsors, "marraine"), houses(12), name="arbres"))
    words = ["Bienvenue à Lou, née le 4 mars 2021", "Pour la naissance de Tom Vuillemin",
             "Arbre de Jules, né le 12/09/2019", "Tilleul planté en 1998"] * 3
    assert "dedicace" in columns(run_layer(vocab, column_of(words, "dedicace"), houses(12), name="arbres"))


def test_farmers_named_for_their_farm(vocab):
    farmers = ["BOURDIN MARC", "Sylvie Faivre-Pierret", "Hervé Tournier", "GAEC DES CRETS"] * 3
    assert "chef_exploitation" in columns(run_layer(vocab, column_of(farmers, "chef_exploitation"), parcels(12)))


LANDLINES = ["03 81 67 42 10", "03 81 67 90 33", "03 81 67 77 21", "03 81 67 11 02"] * 3


def test_landlines_of_listed_services_and_equipment_are_theirs(vocab):
    lines = column_of(LANDLINES, "telephone")
    assert run_layer(vocab, lines, houses(12), name="decheteries", record=SWITCHBOARD) == []
    assert run_layer(vocab, column_of(LANDLINES, "tel_exploitant"), houses(12), name="bornes_incendie") == []
    # The organisation's exchange (03 81 67), in a table listing no one: its services' direct lines.
    assert run_layer(vocab, column_of(LANDLINES, "num_tel"), name="annuaire", record=SWITCHBOARD) == []


def test_the_same_landlines_are_personal_where_the_rows_are_people_or_homes(vocab):
    assert "tel" in columns(run_layer(vocab, column_of(LANDLINES, "tel"), houses(12), name="abonnes_assainissement",
                                      record=SWITCHBOARD))
    assert "telephone" in columns(run_layer(vocab, column_of(LANDLINES, "telephone"), houses(12),
                                            name="signalements", record=SWITCHBOARD))
    assert "tel_president" in columns(run_layer(vocab, column_of(LANDLINES, "tel_president"), name="associations"))
    mobiles = column_of(["06 45 12 90 33", "07 81 22 33 44", "06 11 77 21 09"] * 4, "telephone")
    assert "telephone" in columns(run_layer(vocab, mobiles, houses(12), name="defibrillateurs"))


PLATES = ["FG-123-HJ", "EK 345 LM", "DZ-903-KL", "4821 TV 25"] * 3


@pytest.mark.parametrize("layer", ["vehicules", "parc_materiel_communal", "flotte_services_techniques"])
def test_plates_of_the_organisations_own_fleet_are_not_personal(vocab, layer):
    assert run_layer(vocab, column_of(PLATES, "immatriculation"), name=layer) == []


@pytest.mark.parametrize("layer", ["vehicules_enleves", "stationnement_abonnes", "fourriere_2025",
                                   "vehicules_abandonnes", "derogations_vehicules_zfe"])
def test_plates_of_others_vehicles_stay_personal(vocab, layer):
    assert "immatriculation" in columns(run_layer(vocab, column_of(PLATES, "immatriculation"), name=layer))


ACCOUNTS = [iban_with_key("FR", bban) for bban in ("30004000031234567890143", "20041010050500013M02606",
                                                    "10278085900002030980178", "30003012340001234567890")]


def test_bank_accounts_of_associations_or_suppliers_are_not_personal(vocab):
    clubs = ["Club alpin", "Amicale des pompiers", "Harmonie municipale", "Comité de jumelage"]
    rows = [{"association": club, "iban": iban} for club, iban in zip(clubs, ACCOUNTS)]
    assert run_layer(vocab, rows, name="versements_2025") == []
    paid = ["ASSOCIATION LES P'TITS LOUPS", "CLUB DE FOOT US MORTEAU", "COMITE DES FETES", "AMICALE DES AINES"]
    rows = [{"beneficiaire": name, "rib": iban} for name, iban in zip(paid, ACCOUNTS)]
    assert run_layer(vocab, rows, name="versements_2025") == []
    assert run_layer(vocab, column_of(ACCOUNTS, "iban_fournisseur"), name="factures") == []


def test_bank_accounts_of_people_stay_personal(vocab):
    people_ = ["Léo Bouveret", "Manon Tissot", "GIRARD Hugo", "Mme Inès Roy"]
    rows = [{"beneficiaire": name, "iban_beneficiaire": iban} for name, iban in zip(people_, ACCOUNTS)]
    assert "iban_beneficiaire" in columns(run_layer(vocab, rows, name="aides_permis"))
    assert "iban" in columns(run_layer(vocab, column_of(ACCOUNTS, "iban"), name="prelevements_cantine"))


def test_generic_mailboxes_of_clubs_and_town_halls_at_consumer_providers(vocab):
    clubs = ["usmorteau.foot@gmail.com", "tennisclub.morteau@orange.fr", "judo.hautdoubs@free.fr",
             "asm.basket@laposte.net", "secretariat.rando@gmail.com"] * 2
    assert run_layer(vocab, column_of(clubs, "email"), name="clubs_sportifs") == []
    rows = [{"association": "Tennis club", "courriel": "tcmorteau@orange.fr"},
            {"association": "Judo Haut-Doubs", "courriel": "judohd@free.fr"}]
    assert run_layer(vocab, rows, name="subventions_2025") == []
    halls = ["mairie.grandcombe@wanadoo.fr", "secretariat.mairie-montlebon@orange.fr", "mairiedesfins@wanadoo.fr",
             "commune.lesgras@orange.fr"] * 2
    assert run_layer(vocab, column_of(halls, "courriel"), communes(8), name="communes_cc") == []


def test_a_persons_mailbox_in_a_list_of_clubs_stays_personal(vocab):
    people_ = ["jerome.tissot@gmail.com", "c.bole@orange.fr", "usmorteau.foot@gmail.com"] * 2
    assert "email" in columns(run_layer(vocab, column_of(people_, "email"), name="clubs_sportifs"))
    assert "courriel" in columns(run_layer(vocab, column_of(["usmorteau@gmail.com"] * 3, "courriel"),
                                           name="inscriptions_judo"))  # nothing says it is a club's


@pytest.mark.parametrize("name", ["DVOILIB", "LIBVOIE", "lib_voie", "nomrue"])
def test_street_labels_after_people_are_not_people(vocab, name):
    streets = ["JEAN JAURES", "DU GENERAL DE GAULLE", "PIERRE ET MARIE CURIE", "ALBERT CAMUS", "DES ECOLES",
               "LOUISE MICHEL", "SIMONE VEIL", "VICTOR SCHOELCHER"] * 2
    assert run_layer(vocab, column_of(streets, name), parcels(16), name="parcelles_bati") == []


# --- patterns generalised from corpus blind-2 (each with examples of its own, none of its cases) ----------

def test_a_role_before_a_thing_names_the_things_holder(vocab):
    holders = ["Odile CUENOT", "PARRENIN Gilles", "Fabienne Droz", "SCI LES ARGILES", "Thierry Grosjean"] * 2
    for name in ("preneur_parcelle", "titulaire_contrat", "occupant_terrain", "nom_exploitant_parcelle"):
        finding = columns(run_layer(vocab, column_of(holders, name), parcels(10)))[name]
        assert finding.feature_ids == [1, 2, 3, 5, 6, 7, 8, 10]  # not the company
    assert column_name("adresse_terrain_proprietaire").thing  # the owner's land: the thing comes first
    assert not column_name("adresse_proprietaire_terrain").thing


@pytest.mark.parametrize("layer, column, values", [
    ("affectation_vehicules", "chauffeur", ["Alain Bourdin", "Laetitia Girardot", "Yves Cattin", "Lise Mougin"]),
    ("course_des_remparts", "participant", ["Hugo Tissot", "Clara Prost", "Nabil Haddad", "Inès Vuillemin"]),
    ("cabinets_medicaux", "professionnel", ["Dr Hélène Faivre - médecin généraliste", "Marc Tissot - kinésithérapeute",
                                            "Julie Cattin, orthophoniste", "Samir Benali - infirmier"]),
])
def test_drivers_participants_and_practitioners_are_named_people(vocab, layer, column, values):
    assert column in columns(run_layer(vocab, column_of(values * 3, column), houses(12), name=layer))


def test_a_profession_after_a_name_does_not_hide_it_but_a_place_stays_a_place(vocab):
    shapes = people.shapes(pd.Series(["Paul Roy - ostéopathe", "ROY Paul, podologue", "Salle des fêtes - rénovée",
                                      "Maison de santé - cabinet infirmier"]))
    assert shapes["lenient"].tolist() == [True, True, False, False]


def test_full_names_in_a_list_of_people_whatever_the_columns_heading(vocab):
    walkers = column_of(["Léon Girardot", "Emma Bourgeois", "Karim Haddad", "Lucie Vernier"] * 3, "randonneur")
    finding = columns(run_layer(vocab, walkers, name="inscrits_randonnee_2025"))["randonneur"]
    assert "inscrits" in finding.message_fr
    # A whole column of full names is a list of people whatever the layer's name says.
    assert set(columns(run_layer(vocab, walkers, name="randonnees_2025"))) == {"randonneur"}


def test_a_column_of_famous_names_in_a_layer_of_schools_or_buildings_names_no_one(vocab):
    famous = column_of(["Jules Ferry", "Jean Moulin", "Louise Michel", "Victor Hugo"] * 3, "appellation")
    assert run_layer(vocab, famous, name="ecoles_publiques") == []
    assert run_layer(vocab, famous, name="batiments_communaux") == []


AIDS = [{"fid": i + 1, "beneficiaire": name, "montant": amount, "motif": reason, "commune": "Morteau",
         "nb_enfants": children}
        for i, (name, amount, reason, children) in enumerate([
            ("Léon Girardot", 250.0, "Facture d'énergie", 2), ("Emma Bourgeois", 180.0, "Cantine", 1),
            ("Karim Haddad", 400.0, "Loyer", 3), ("Lucie Vernier", 120.0, "Transport", 0)] * 3)]


def test_every_column_of_a_layer_of_named_people_says_something_of_them(vocab):
    found = columns(run_layer(vocab, AIDS, name="aides_facultatives_2025"))
    # The amount, the reason and the household's size relate to an identified person (RGPD art. 4(1)); the row
    # key and a column the same for everyone say nothing of anyone.
    assert set(found) == {"beneficiaire", "montant", "motif", "nb_enfants"}
    assert "beneficiaire" in found["montant"].message_fr and "personne nommée" in found["montant"].message_fr
    assert "named person" in found["nb_enfants"].message_en and found["montant"].severity == "error"


def test_without_the_names_the_other_columns_of_the_same_layer_are_not_reported(vocab):
    rows = [{k: v for k, v in row.items() if k != "beneficiaire"} for row in AIDS]
    assert "montant" not in columns(run_layer(vocab, rows, name="aides_facultatives_2025"))


def test_a_few_names_among_programmes_do_not_make_the_others_columns_about_people(vocab):
    rows = [{"programme": p, "nb_logements": n, "bailleur": "OPH du Doubs"}
            for p, n in [("Le Hameau du Moulin", 12), ("Résidence Lucie Aubrac", 30), ("Les Tilleuls", 8),
                         ("Ker Avel", 16)] * 3]
    assert "nb_logements" not in columns(run_layer(vocab, rows, name="programmes_logement"))


RARE_SURNAMES = ["QUIVOGNE", "PIQUEREZ", "BOURNEZ", "JEANNINGROS", "GRESSET", "JACQUEMET", "TISSOT", "MOUGIN"] * 2


def test_single_surnames_on_parcels_or_houses_rare_ones_included_are_people(vocab):
    finding = columns(run_layer(vocab, column_of(RARE_SURNAMES, "NOM"), parcels(16), name="parcelles_2025"))["NOM"]
    assert "petits polygones" in finding.message_fr and len(finding.feature_ids) == 16
    assert "NOM" in columns(run_layer(vocab, column_of(RARE_SURNAMES, "NOM"), houses(16), name="export_sig"))


def test_single_names_in_a_table_or_of_named_things_are_not(vocab):
    assert run_layer(vocab, column_of(RARE_SURNAMES, "NOM"), name="export_sig") == []
    for layer in ("lieux_dits", "batiments_remarquables"):
        assert run_layer(vocab, column_of(RARE_SURNAMES, "NOM"), parcels(16), name=layer) == []


def test_owners_abbreviated_in_the_layers_name(vocab):
    rows = [{"IDU": f"25388000AB{i:04d}", "nom": name} for i, name in enumerate(["ZWAHLEN", "OLLIVRO", "QUERRY"] * 3)]
    assert "nom" in columns(run_layer(vocab, rows, name="PROPR_2025"))


@pytest.mark.parametrize("layer, column", [("annuaire", "tel_agent"), ("agents_services", "ligne_directe")])
def test_agents_direct_lines_in_the_organisations_block_are_theirs(vocab, layer, column):
    rows = [{"agent": name, column: f"03 81 67 18 {10 + i}"}
            for i, name in enumerate(["Sophie Cuenot", "Marc Droz", "Lina Prost", "Paul Cattin"] * 2)]
    assert column in columns(run_layer(vocab, rows, name=layer, record=SWITCHBOARD))


def test_the_organisations_block_stays_its_services_where_the_rows_are_services(vocab):
    rows = [{"service": s, "responsable": "Marc Droz", "telephone": f"03 81 67 18 {10 + i}"}
            for i, s in enumerate(["Urbanisme", "État civil", "Voirie", "Finances"] * 2)]
    assert set(columns(run_layer(vocab, rows, name="annuaire_services", record=SWITCHBOARD))) == {"responsable"}
    # The switchboard given for every agent is still the switchboard.
    rows = [{"agent": name, "telephone": "03 81 67 18 53"} for name in ["Sophie Cuenot", "Marc Droz", "Lina Prost"]]
    assert set(columns(run_layer(vocab, rows, name="agents", record=SWITCHBOARD))) == {"agent"}


@pytest.mark.parametrize("column, values", [
    ("piece_identite", ["CNI 880692310285", "Passeport 19AB12345", "CNI 110371203961"]),
    ("num_cni", ["880692310285", "110371203961", "540825301177"]),
    ("justificatif", ["Carte d'identité n° 880692310285", "Passeport n°19AB12345", "Titre de séjour 7501234567"]),
])
def test_identity_document_numbers_are_personal(vocab, column, values):
    finding = columns(run_layer(vocab, column_of(values * 2, column), name="exposants"))[column]
    assert KINDS["id_document"][0] in finding.message_fr


def test_identity_documents_in_remarks_but_not_building_permits(vocab):
    remarks = ["Exposant vérifié, CNI n° 880692310285", "RAS", "Stand 12"]
    assert "remarques" in columns(run_layer(vocab, column_of(remarks, "remarques")))
    permits = ["PC 025 388 24 A0012", "DP 025 388 24 A0003", "PC 025 388 25 A0001"] * 2
    assert run_layer(vocab, column_of(permits, "permis")) == []


def test_compact_birth_dates_as_numbers_or_text(vocab):
    numbers = column_of([19480412, 19610311, 19390721, 19551203] * 3, "DNAISS")
    assert "DNAISS" in columns(run_layer(vocab, numbers, name="ff_2025"))
    text = column_of(["12041948", "11031961", "21071939", "03121955"] * 3, "ddn")
    assert "ddn" in columns(run_layer(vocab, text, name="ff_2025"))
    codes = column_of([12345678, 98765432, 55555555, 10203040] * 3, "DNAISS")
    assert run_layer(vocab, codes, name="ff_2025") == []  # eight digits that are no date


@pytest.mark.parametrize("column, values", [
    ("QF", [412, 1250, 873, 2210]), ("pai", ["Oui", "Non", "Non", "Oui"]),
    ("regime_alimentaire", ["sans porc", "végétarien", "standard", "standard"])])
def test_income_and_health_beside_a_named_pupil_are_personal(vocab, column, values):
    rows = [{"nom_eleve": pupil, column: value} for pupil, value in
            zip(["TISSOT Léa", "PROST Hugo", "CATTIN Jade", "DROZ Noé"], values)]
    finding = columns(run_layer(vocab, rows * 2, name="restauration_scolaire"))[column]
    assert "nom_eleve" in finding.message_fr


def test_a_price_grid_by_family_quotient_is_not(vocab):
    rows = [{"tranche_qf": band, "tarif_repas": price} for band, price in
            [("0-450", 1.0), ("451-900", 2.35), ("901-1400", 3.6), ("plus de 1400", 4.8)]]
    assert run_layer(vocab, rows, name="tarifs_restauration_scolaire") == []


def test_frailties_told_by_the_values_on_homes_are_personal(vocab):
    frailties = column_of(["Vit seule", "Dépendance", "Sortie d'hospitalisation", "Handicap moteur"] * 3, "fragilite")
    finding = columns(run_layer(vocab, frailties, houses(12), name="suivi_ete_2025"))["fragilite"]
    assert "santé, la dépendance ou l'isolement" in finding.message_fr and "address precision" in finding.message_en
    assert run_layer(vocab, frailties, name="suivi_ete_2025") == []  # a table: no one is located
    assert run_layer(vocab, frailties, houses(12), name="erp_accessibilite") == []  # public buildings
    ratings = column_of(["forte", "moyenne", "faible"] * 4, "vulnerabilite")
    assert run_layer(vocab, ratings, parcels(12), name="vulnerabilite_inondation") == []


@pytest.mark.parametrize("layer, column, values", [
    ("registre_vulnerabilite_2025", "age", [84, 91, 77, 88]),
    ("visites_solidarite", "tranche_age", ["75-84 ans", "85 ans et plus", "65-74 ans", "85 ans et plus"]),
])
def test_registers_of_frailties_and_home_visits_list_people(vocab, layer, column, values):
    assert column in columns(run_layer(vocab, column_of(values * 3, column), houses(12), name=layer))


def test_ages_of_buildings_at_risk_are_not(vocab):
    assert run_layer(vocab, column_of([45, 80, 120, 30] * 3, "age"), parcels(12), name="vulnerabilite_batiments") == []


def test_subscriptions_list_their_subscribers(vocab):
    homes = column_of(ADDRESSES, "adresse")
    assert "adresse" in columns(run_layer(vocab, homes, name="abonnements_parking_2025"))
    assert run_layer(vocab, homes, name="parkings_publics") == []


def test_legal_persons_files_and_names_of_organisations_cite_no_one(vocab):
    owners = ["SCI FAMILLE GRESSET", "GAEC DU MONT", "COMMUNE DE MORTEAU", "SARL TRANSPORTS DROZ ET FILS",
              "GROUPEMENT FORESTIER DES COMBES", "SCI FAMILLE QUIVOGNE"] * 2
    assert run_layer(vocab, column_of(owners, "DENOMINATION"), parcels(12), name="parcelles_personnes_morales") == []
    schools = ["ÉCOLE ÉLÉMENTAIRE Louise Michel", "ÉCOLE MATERNELLE Jean Macé", "Groupe scolaire Paul Bert",
               "COLLÈGE Simone Veil"] * 3
    for name in ("nom_ecole", "libelle_bureau"):
        assert run_layer(vocab, column_of(schools, name), houses(12), name="bureaux_vote") == []
    assert not mentions_people(pd.Series(["Travaux à l'ÉCOLE Victor Hugo", "SCI FAMILLE BOILLON"])).any()
    assert mentions_people(pd.Series(["Vu avec la famille Boillon"])).all()


def test_contacts_beside_services_mailboxes_or_in_agencies_and_offices_are_theirs(vocab):
    sites = [{"site": f"Agence {side}", "courriel": f"agence.{side.lower()}@habitat-doubs.fr",
              "telephone": f"03 81 41 {20 + i} 10"} for i, side in enumerate(["Nord", "Sud", "Est", "Ouest"])]
    assert run_layer(vocab, sites * 2, houses(8), name="implantations") == []
    offices = [{"courriel": box, "telephone": phone} for box, phone in
               [("accueil.ot.morteau@orange.fr", "03 81 67 18 90"), ("info@tourisme-hautdoubs.fr", "03 81 68 44 12")]]
    assert run_layer(vocab, offices, houses(2), name="bit_haut_doubs") == []
    hosts = [dict(row, telephone=f"06 39 98 4{i} 1{i}") for i, row in enumerate(sites)]
    assert "telephone" in columns(run_layer(vocab, hosts, houses(4), name="implantations"))  # mobiles


def test_stops_or_schools_named_after_famous_people_name_no_one(vocab):
    stops = [{"code_arret": f"A{i:03d}", "nom_arret": name, "montees_jour": 100 + i}
             for i, name in enumerate(["Jules Ferry", "Jean Jaurès", "Simone Veil", "Victor Hugo",
                                       "Pierre de Coubertin", "Louise Michel"] * 2)]
    assert run_layer(vocab, stops, houses(12), name="arrets_bus") == []
    assert run_layer(vocab, stops, houses(12), name="stops") == []


def test_a_vehicles_make_and_model_is_no_ones_name(vocab):
    fleet = [{"immatriculation": plate, "modele": model, "km": km}
             for plate, model, km in [("AB-123-CD", "RENAULT KANGOO", 120000), ("EF-456-GH", "PEUGEOT PARTNER", 45000),
                                      ("IJ-789-KL", "CITROEN BERLINGO", 80000)] * 3]
    assert "modele" not in columns(run_layer(vocab, fleet, name="flotte_2018"))


def test_given_names_under_a_role_heading_on_homes_are_people(vocab):
    rows = [{"REFERENT": name, "QUARTIER": district, "DEPUIS": year}
            for name, district, year in [("Camille", "Les Hauts", 2017), ("Odette", "La Gare", 2021),
                                         ("Damien", "Les Vergers", 2024), ("Jeanne", "La Gare", 2019)] * 3]
    found = columns(run_layer(vocab, rows, houses(12), name="relais_quartiers"))
    assert "géométrie" in found["REFERENT"].message_fr
    assert "REFERENT" not in columns(run_layer(vocab, rows, communes(12), name="relais_quartiers"))


def test_households_income_category_at_home_makes_the_grants_beside_it_personal(vocab):
    rows = [{"ref_dossier": f"39-{10000 + 7 * i}", "categorie_revenus": category, "mnt_aide": 1000.0 + 350 * i}
            for i, category in enumerate(["Très modestes", "Modestes", "Intermédiaires", "Modestes"] * 3)]
    found = columns(run_layer(vocab, rows, houses(12), name="subventions_habitat_2024"))
    assert {"categorie_revenus", "mnt_aide", "ref_dossier"} <= set(found)
    # The same grants counted per commune describe no household.
    assert "mnt_aide" not in columns(run_layer(vocab, rows, communes(12), name="subventions_habitat_2024"))


def test_choirs_and_charities_paid_are_organisations_not_people(vocab):
    rows = [{"beneficiaire": name, "montant": 500.0 * (i + 1)}
            for i, name in enumerate(["Chorale A Coeur Joie", "Secours Populaire, comité local", "Restos du Coeur",
                                      "Harmonie municipale"] * 3)]
    assert run_layer(vocab, rows, name="subventions_associations_2025") == []


DVF = [{"id_mutation": f"2024-{1000 + i}", "date_mutation": "2024-03-0%d" % (1 + i % 9), "valeur_fonciere": price,
        "id_parcelle": f"25388000AB{100 + i:04d}", "type_local": kind}
       for i, (price, kind) in enumerate([(185000.0, "Maison"), (92000.0, "Appartement"), (240500.0, "Maison"),
                                          (61000.0, "Dépendance")] * 3)]


def test_property_sales_by_parcel_are_sales_by_identifiable_people(vocab):
    found = columns(run_layer(vocab, DVF, parcels(12), name="mutations_foncieres_2024"))
    assert {"id_parcelle", "valeur_fonciere", "type_local"} <= set(found)
    assert "vente" in found["id_parcelle"].message_fr
    # Parcels with no price are what is for sale, not what someone sold: no sale is told.
    rows = [{"id_parcelle": row["id_parcelle"], "adr_terrain": f"{i} rue Haute"} for i, row in enumerate(DVF)]
    assert run_layer(vocab, rows, parcels(12), name="dia_terrains") == []


def test_initials_on_homes_are_people_not_in_a_table(vocab):
    rows = [{"ID": i + 1, "INITIALES": initials} for i, initials in enumerate(["N. F.", "G. B.", "A. F.", "M. R."] * 3)]
    assert "INITIALES" in columns(run_layer(vocab, rows, houses(12), name="tournee_2025"))
    assert run_layer(vocab, rows, communes(12), name="tournee_2025") == []


def test_a_yes_no_answer_or_a_note_given_for_some_describes_each_named_person(vocab):
    rows = [{"proprietaire": name, "residence_principale": "oui", "mention": "Divorcé(e)" if i == 2 else "",
             "source": "Déclarations en mairie"}
            for i, name in enumerate(["M. PHILIPPE Paul", "Mme DENIS Laura", "M. LE GALL Antoine"] * 3)]
    found = columns(run_layer(vocab, rows, name="meubles_tourisme"))
    assert {"proprietaire", "residence_principale", "mention"} <= set(found)
    assert "source" not in found  # the same for everyone: says nothing of anyone


def test_named_people_in_a_layer_whose_name_sounds_like_a_service_are_still_people(vocab):
    rows = [{"nom": name, "num_permis": f"70-{338637 + 1111 * i}", "poste": i + 1}
            for i, name in enumerate(["ARNAUD PATRICK", "BENOIT KARINE", "ARNAUD PAULINE", "MOREL JULIEN"] * 3)]
    assert {"nom", "num_permis", "poste"} <= set(columns(run_layer(vocab, rows, houses(12), name="postes_battue")))


def test_a_rent_beside_its_tenants_at_their_homes_describes_households(vocab):
    rows = [{"loyer_hc": 500.0 + 37 * i, "nb_pieces": 1 + i % 4, "locataire_depuis": 1995 + i}
            for i in range(12)]
    found = columns(run_layer(vocab, rows, houses(12), name="enquete_loyers_logements"))
    assert {"loyer_hc", "nb_pieces", "locataire_depuis"} <= set(found)
    # A building's rent alone is the building's.
    assert run_layer(vocab, [{"loyer": 733.4 + i} for i in range(12)], houses(12), name="reseau") == []


def test_dvf_sales_drawn_on_their_houses_without_parcel_numbers(vocab):
    rows = [{k: v for k, v in row.items() if k != "id_parcelle"} for row in DVF]
    assert {"valeur_fonciere", "type_local"} <= set(columns(run_layer(vocab, rows, houses(12),
                                                                         name="dvf_mutations_maisons")))
    # A commune's own land sales with their price: the commune sold them.
    rows = [{"prix": 19000 + 1000 * i} for i in range(12)]
    assert run_layer(vocab, rows, parcels(12), name="cessions_foncieres_commune") == []


def test_agents_on_call_at_one_centre_are_described_by_their_rows(vocab):
    rows = [{"centre": "CER de Dijon", "agent": name, "semaine": 10 + i, "domicile_commune": town}
            for i, (name, town) in enumerate([("Germaine Cuenot", "Mâcon"), ("Bernard Barbier", "Beaune"),
                                              ("Théo Brun", "Dole"), ("Lina Prost", "Auxonne")] * 2)]
    assert {"agent", "semaine", "domicile_commune"} <= set(columns(run_layer(vocab, rows, name="astreintes_centres")))


def test_a_first_name_statistic_by_year_of_birth_describes_no_one(vocab):
    rows = [{"ANNAIS": 2010 + i % 6, "prenom": name, "nombre": 5 + i}
            for i, name in enumerate(["Inès", "Mamadou", "Gaspard", "Léa"] * 3)]
    assert run_layer(vocab, rows, name="prenoms_naissances") == []


def test_readers_of_a_library_are_people(vocab):
    rows = [{"carte": f"L{800 + i:06d}", "lecteur": name, "prets_en_retard": i % 4}
            for i, name in enumerate(["Valérie Tissot", "Gilles Kerbrat", "Jean Perrin", "Manon Bernard"] * 3)]
    assert {"carte", "lecteur", "prets_en_retard"} <= set(columns(run_layer(vocab, rows, name="mediatheque_lecteurs")))


def test_a_fine_beside_a_plate_is_the_car_holders(vocab):
    rows = [{"plaque": plate, "montant_fps": amount}
            for plate, amount in [("WH-320-SR", 25.0), ("FS-243-NX", 35.0), ("RP-398-HP", 17.0)] * 4]
    found = columns(run_layer(vocab, rows, houses(12), name="forfaits_post_stationnement"))
    assert {"plaque", "montant_fps"} <= set(found)


def test_a_pupils_ine_makes_the_canteen_rows_about_them(vocab):
    rows = [{"INE": f"02500{i:05d}K", "TARIF": tariff, "BOURSIER": "non"}
            for i, tariff in enumerate(["Ticket", "Forfait 4 jours", "Forfait 5 jours"] * 4)]
    found = columns(run_layer(vocab, rows, name="DEMI_PENSION_COLLEGES"))
    assert {"INE", "TARIF", "BOURSIER"} <= set(found)
    assert "INE" in found["INE"].message_fr
    # Ten characters and a letter under another heading are some other code.
    assert run_layer(vocab, [{"code": row["INE"]} for row in rows], name="codes") == []


def test_a_households_count_of_cars_is_no_statistic_of_the_first_names_beside_it(vocab):
    rows = [{"nb_vehicules": i % 3, "prenom_repondant": name}
            for i, name in enumerate(["Gabriel", "Louise", "Camille", "Nicolas"] * 3)]
    found = columns(run_layer(vocab, rows, houses(12), name="enquete_menages_vehicules"))
    assert {"prenom_repondant", "nb_vehicules"} <= set(found)


# --- rows that are households' files, with no name ------------------------------------------------

SANITATION = [{"ref_anc": f"25462-ANC-{i:05d}", "adresse": address, "avis": verdict, "annee_pose": 1980 + i}
              for i, (address, verdict) in enumerate(zip(ADDRESSES, ["non conforme", "favorable"] * 8))]


@pytest.mark.parametrize("layer", ["anc_installations", "SPANC_PARC", "assainissement_non_collectif",
                                   "declarations_termites", "cheques_energie"])
def test_every_column_of_households_files_located_at_homes_is_personal(vocab, layer):
    found = columns(run_layer(vocab, SANITATION, houses(16), name=layer))
    assert {"adresse", "avis", "annee_pose", "ref_anc"} <= set(found)
    assert "address precision" in found["adresse"].message_en
    assert "each row is a household" in found["avis"].message_en


def test_home_visits_are_personal_without_a_name_or_an_address(vocab):
    rows = [{"date_visite": dt.date(2025, 1, 1 + i), "objet": ["suivi budgétaire", "protection de l'enfance"][i % 2]}
            for i in range(12)]
    found = columns(run_layer(vocab, rows, houses(12), name="VISITES"))
    assert {"date_visite", "objet"} <= set(found)


def test_households_files_need_homes_and_no_organisation(vocab):
    # The same columns on one point per commune, in an address register, or on companies' aid are no one's.
    spread = [f"POINT ({900000 + 5000 * i} 6650000)" for i in range(16)]
    assert run_layer(vocab, SANITATION, spread, name="anc_installations") == []
    assert run_layer(vocab, SANITATION, houses(16), name="adresses_bal") == []
    companies = [{"beneficiaire": f"SARL Menuiserie {i}", "montant": 1000.0 * i, "adresse": ADDRESSES[i]}
                 for i in range(16)]
    assert run_layer(vocab, companies, houses(16), name="aides_entreprises") == []
    counted = [{"type_aide": "bon alimentaire", "nb_dossiers": 12 + i, "montant_total": 100.0 * i}
               for i in range(8)]
    assert run_layer(vocab, counted, name="ccas_aides_par_type") == []


def test_a_table_of_households_files_is_personal_by_its_home_addresses_or_its_file_numbers(vocab):
    aid = [{"adresse": address, "montant": [150.0, 277.0][i % 2]} for i, address in enumerate(ADDRESSES)]
    assert {"adresse", "montant"} <= set(columns(run_layer(vocab, aid, name="aides_energie")))
    files = [{"num_dossier": f"DOS-2024-{i:04d}", "regime": ["sans porc", "standard"][i % 2]} for i in range(12)]
    assert {"num_dossier", "regime"} <= set(columns(run_layer(vocab, files, name="inscrits_cantine")))


def test_bookings_of_rooms_list_the_people_who_booked_them(vocab):
    rows = [{"salle": "Salle des fêtes", "reservant": name, "motif": "mariage"}
            for name in ["Monique Marty", "Daniel Marchand", "Jade Charrier", "Arthur Lecomte"] * 3]
    found = columns(run_layer(vocab, rows, houses(12), name="reservations_salles"))
    assert {"reservant", "motif"} <= set(found)
    assert "salle" not in found  # one room for every booking says nothing of anyone


def test_a_persons_file_or_account_number_is_personal_not_an_organisations(vocab):
    numbers = column_of([f"{4410000 + 37 * i}" for i in range(12)], "num_allocataire")
    finding = columns(run_layer(vocab, numbers))["num_allocataire"]
    assert KINDS["person_id"][0] in finding.message_fr
    sirets = [{"nomBeneficiaire": "Comité des fêtes", "idBeneficiaire": f"3657419580{5793 + i}"} for i in range(8)]
    assert run_layer(vocab, sirets, name="subventions_2023") == []


def test_codes_under_a_persons_role_or_a_tax_number_name_the_row(vocab):
    tracks = [{"conducteur": f"AG{83289 + 7 * i}", "vitesse_max": 50 + i} for i in range(10)]
    found = columns(run_layer(vocab, tracks, name="traces_geolocalisation"))
    assert KINDS["person_id"][0] in found["conducteur"].message_fr and "vitesse_max" in found
    taxes = column_of([f"{1651998830484 + 97 * i}" for i in range(10)], "NUM_FISCAL")
    assert "NUM_FISCAL" in columns(run_layer(vocab, taxes))
    voters = [{"inscrits": 900 + i, "votants": 500 + i} for i in range(10)]  # counts, not people
    assert run_layer(vocab, voters, name="resultats_bureaux") == []


@pytest.mark.parametrize("layer", ["TELEASSIST", "DEGREV_TF", "retrofitGrants", "tenancies", "waterCustomers"])
def test_english_and_shapefile_cut_layer_names_say_households_too(vocab, layer):
    rows = [{"date_pose": dt.date(2020, 1, 1 + i), "montant": 100.0 + i} for i in range(12)]
    assert {"date_pose", "montant"} <= set(columns(run_layer(vocab, rows, houses(12), name=layer)))


def test_a_word_that_begins_a_known_one_is_not_always_an_abbreviation(vocab):
    rows = [{"type_objet": ["Fontaine", "Lavoir", "Croix de chemin"][i % 3], "etat": ["Bon", "À restaurer"][i % 2]}
            for i in range(12)]
    assert run_layer(vocab, rows, houses(12), name="petit_patrimoine") == []  # 'petit' is no 'petitionnaire'


def test_a_services_line_pasted_with_double_spaces_is_still_the_services(vocab):
    rows = [{"NOM": "Médiathèque Pierre Bayle", "TELEPHONE": f"03 81 61  {50 + i} 00"} for i in range(12)]
    record = complete_record(access=OPEN)
    record.contact = Contact(organisation="Mairie de Besançon", email="sig@besancon.fr", phone="03 81 61 50 50")
    assert run_layer(vocab, rows, houses(12), record=record, name="BIBLIO") == []


def test_mailboxes_naming_no_one_do_not_make_every_column_personal(vocab):
    rows = [{"NUM_PEI": f"PI-21231-{692 + i}", "ETAT": ["disponible", "indisponible"][i % 2],
             "SDIS": ["prevision@sdis25.fr", "dfci@sdis.fr"][i % 2]} for i in range(12)]
    found = columns(run_layer(vocab, rows, houses(12), name="PEI"))
    assert "ETAT" not in found and "NUM_PEI" not in found
    buyers = [{"MAIL_ACH": f"{name}@gmail.com", "NB_PLACES": 2 + i % 3} for i, name in
              enumerate(["roussel65", "monique77", "marchand.famille", "carre55"] * 3)]
    assert {"MAIL_ACH", "NB_PLACES"} <= set(columns(run_layer(vocab, buyers, name="BILLETS")))
