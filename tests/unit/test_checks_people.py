"""The parts of the personal-data guard: names in register conventions, contacts, geometry as a quasi-identifier."""
import numpy as np
import pandas as pd
import pytest
import shapely

from passerelle.catalogue.checks import contacts, people, whereabouts
from passerelle.catalogue.checks.personal import column_name
from passerelle.catalogue.record import Contact, Record


def shape_of(values, shape):
    return people.shapes(pd.Series(values))[shape].tolist()


@pytest.mark.parametrize("value", ["DUPONT JEAN", "DUPONT JEAN PIERRE", "DUPONT/JEAN", "M DUPONT JEAN",
                                   "MME DUPONT NEE MARTIN MARIE", "Jean DUPONT", "DUPONT Jean-Pierre",
                                   "J. DUPONT", "Mme Durand", "M. et Mme MARTIN", "Famille PETIT",
                                   "Consorts GIRARD", "MARTIN MARIE", "Veuve ROUX née FAIVRE",
                                   "DUPONT Jean (1932-2011)", "KOWALCZYK/ZBIGNIEW"])
def test_full_names_in_the_conventions_of_registers(value):
    assert shape_of([value], "strict") == [True]


@pytest.mark.parametrize("value", ["Gymnase Jean Moulin", "RUE VICTOR HUGO", "VICTOR HUGO", "PRE ROBERT",
                                   "SAINT AUBIN", "SCI MARTIN ET FILS", "Boulangerie Martin", "Jules Ferry",
                                   "COMMUNE DE BESANCON", "Tilia cordata", "Zone UA", "25056000AB0123",
                                   "Résidence Marie Curie", "Les Jardins de Sophie", "Service des sports"])
def test_names_of_things_are_not_people(value):
    assert shape_of([value], "strict") == [False]


def test_title_case_pairs_are_people_only_where_the_column_says_so():
    values = ["Jean Dupont", "Dupont Jean", "Dupont J.", "Jules Ferry"]
    assert shape_of(values, "strict") == [False] * 4
    assert shape_of(values, "lenient") == [True] * 4


def test_surnames_and_first_names_alone():
    assert shape_of(["MARTIN", "Vuillemin", "Fontaine", "Mairie"], "surname") == [True, True, False, False]
    assert shape_of(["Léa", "JEAN PIERRE", "Marie-Claire", "Mairie", "Jean DUPONT"], "first_name") == \
        [True, True, True, False, False]


def test_column_names_say_role_home_service_thing_or_count():
    assert column_name("NOM_PROPRIETAIRE").role and column_name("titulaire_compte").role
    assert column_name("adresse_perso").home and column_name("domicile").home
    assert column_name("telephone_accueil").function and column_name("courriel_service").function
    assert column_name("nom_voie").thing and "person_name" not in column_name("nom_voie").weak
    assert column_name("nb_naissances").count and not column_name("nb_naissances").strong
    assert column_name("prenom_eleve").first_name and column_name("prenom_eleve").role
    assert not column_name("nom_prenom").first_name


def test_the_organisation_is_known_by_its_domain_and_its_block_of_numbers():
    record = Record(contact=Contact(email="sig@besancon.fr", phone="03 81 61 50 50"),
                    producer=Contact(email="mairie.chenecey@orange.fr", phone="+33 3 81 57 30 12"))
    organisation = contacts.organisation_of(record)
    assert organisation.domains == {"besancon.fr"}  # a webmail is nobody's organisation
    assert organisation.phone_prefixes == {"03816150", "03815730"}


def test_mailboxes_are_weighed_by_local_part_domain_and_column():
    organisation = contacts.Organisation(frozenset({"besancon.fr"}))
    addresses = pd.Series(["urbanisme@besancon.fr", "jean.dupont@besancon.fr", "jdupont@gmail.com",
                           "contact@judo-ornans.fr", "ce.0251234A@ac-besancon.fr", "x7@unknown.fr"])
    assert contacts.personal_emails(addresses, organisation).tolist() == [False, True, True, False, False, True]
    # Named 'courriel_service', only a clear person's address stays personal.
    assert contacts.personal_emails(addresses, organisation, bias=-2).tolist() == \
        [False, False, True, False, False, False]


def points(xy):
    return np.array(shapely.points(np.asarray(xy, dtype=float)), dtype=object)


def test_points_at_address_precision_locate_households():
    rng = np.random.default_rng(3)
    houses = rng.normal([930000, 6680000], 120, size=(60, 2)).round(2)
    verdict = whereabouts.judge(points(houses), "Point", "EPSG:2154", 60)
    assert verdict.locates_households and "adresse" in verdict.reason_fr


def test_grids_stacks_and_one_point_per_commune_do_not():
    grid = np.array([[930100 + 200 * (i % 8), 6680100 + 200 * (i // 8)] for i in range(40)])
    stacked = np.repeat([[930000.5, 6680000.5], [935000.5, 6681000.5]], 20, axis=0)
    communes = np.array([[880000 + 5200 * (i % 8), 6630000 + 5400 * (i // 8)] for i in range(40)]) + 0.37
    for xy in (grid, stacked, communes):
        assert not whereabouts.judge(points(xy), "Point", "EPSG:2154", len(xy)).locates_households


def test_degrees_are_measured_in_metres_and_a_sample_as_the_whole_layer():
    rng = np.random.default_rng(4)
    houses = (rng.normal([6.02, 47.24], 0.002, size=(60, 2))).round(6)
    assert whereabouts.judge(points(houses), "Point", "EPSG:4326", 60).locates_households
    # 60 features sampled out of 60 000 spread over a region: the layer's own spacing is much smaller.
    spread = rng.uniform([880000, 6630000], [1000000, 6750000], size=(60, 2))
    assert not whereabouts.judge(points(spread), "Point", "EPSG:2154", 60).locates_households
    assert whereabouts.judge(points(spread), "Point", "EPSG:2154", 60_000).locates_households


def test_small_polygons_locate_and_lines_or_large_polygons_do_not():
    parcels = shapely.box(np.arange(40) * 50.0, 0, np.arange(40) * 50.0 + 40, 30)
    communes = shapely.box(np.arange(10) * 5000.0, 0, np.arange(10) * 5000.0 + 4000, 4000)
    lines = shapely.linestrings([[[0, 0], [100, 100]]] * 10)
    assert whereabouts.judge(parcels, "Polygon", "EPSG:2154", 40).locates_households
    assert not whereabouts.judge(communes, "MultiPolygon", "EPSG:2154", 10).locates_households
    assert not whereabouts.judge(lines, "LineString", "EPSG:2154", 10).locates_households
    assert whereabouts.judge(np.array([None, None], dtype=object), "Point", "EPSG:2154", 2) is None


def test_families_joined_by_a_spaced_dash_or_headed_by_family_words():
    assert shape_of(["Famille Larrieu", "Caveau Nunes", "Consorts Etcheverry"], "strict") == [True] * 3
    assert shape_of(["GIRARD - DA COSTA"], "lenient") == [True]
    assert shape_of(["Caveau 2 places", "Famille d'accueil agréée"], "strict") == [False, False]


def test_names_typed_in_lower_case_read_as_title_case_never_as_the_cadastres_capitals():
    assert shape_of(["jean-luc roy", "martine girardot"], "lenient") == [True, True]
    assert shape_of(["jean-luc roy", "martine girardot"], "strict") == [False, False]
    assert shape_of(["léa"], "first_name") == [True] and shape_of(["salle des fêtes"], "lenient") == [False]


def test_column_names_say_register_roles_abbreviations_and_attributes():
    for name in ("PRENOM_ENF", "prenom_benef", "mere", "conjoint_2", "temoin1", "marraine", "chef_exploitation"):
        assert column_name(name).role, name
    assert not column_name("tel_exploitant").person_role and column_name("tel_president").person_role
    assert "birth_date" in column_name("DNAISS").weak and "birth_date" in column_name("dt_naiss").weak
    assert column_name("DLIGN3").home and column_name("adresse_actuelle").home
    assert not column_name("adresse_residence").thing and column_name("nom_residence").thing
    assert column_name("DVOILIB").thing and column_name("LIBVOIE").thing
    assert column_name("rib_association").organisation and not column_name("iban_beneficiaire").organisation
    assert column_name("tranche_age").attribute and column_name("fragilite").attribute
    assert not column_name("age_moyen").attribute and column_name("age_moyen").count


def test_an_institutions_mailbox_stays_its_own_and_a_club_list_needs_a_name():
    organisation = contacts.Organisation(frozenset({"morteau.fr"}))
    halls = pd.Series(["mairie.bernard@wanadoo.fr", "secretariat.jacquet@gmail.com", "mairiedesfins@orange.fr"])
    assert not contacts.personal_emails(halls, organisation).any()  # 'Bernard', 'Jacquet': communes here
    clubs = pd.Series(["usjm@orange.fr", "asso.rando@free.fr", "paul.girard@gmail.com", "l.vernier@morteau.fr"])
    assert contacts.personal_emails(clubs, organisation).tolist() == [True, False, True, True]
    assert contacts.personal_emails(clubs, organisation, assume_person=False).tolist() == [False, False, True, True]


def test_the_organisations_exchange_is_the_first_six_digits_of_its_numbers():
    organisation = contacts.Organisation(phone_prefixes=frozenset({"03816718"}))
    numbers = pd.Series(["03 81 67 42 10", "+33 3 81 67 90 33", "03 81 68 77 21", "06 81 67 11 02"])
    assert contacts.organisation_exchange(numbers, organisation).tolist() == [True, True, False, False]
    assert contacts.organisation_numbers(numbers, organisation).tolist() == [False] * 4
