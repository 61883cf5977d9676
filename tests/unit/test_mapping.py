"""Values typed in QGIS's metadata editor become concepts only when they say exactly one."""
import pytest

from passerelle.catalogue import mapping

SPDX = "https://spdx.org/licenses/"
INSPIRE = "http://inspire.ec.europa.eu/theme/"
TOPIC = "http://inspire.ec.europa.eu/metadata-codelist/TopicCategory/"


@pytest.mark.parametrize("typed, uri", [
    ("Licence Ouverte 2.0", SPDX + "etalab-2.0"),
    ("https://www.etalab.gouv.fr/licence-ouverte-open-licence/", SPDX + "etalab-2.0"),
    ("Réutilisation libre, voir http://creativecommons.org/licenses/by/4.0", SPDX + "CC-BY-4.0"),
    # the names QGIS's own editor offers (resources/metadata-ISO/licenses.csv)
    ("Creative Commons CC Zero", SPDX + "CC0-1.0"),
    ("Open Data Commons Public Domain Dedication and Licence", SPDX + "PDDL-1.0"),
    ("Creative Commons Attribution 4.0", SPDX + "CC-BY-4.0"),
    ("Open Data Commons Attribution License", SPDX + "ODC-By-1.0"),
    ("Creative Commons Attribution Share-Alike 4.0", SPDX + "CC-BY-SA-4.0"),
    ("Open Data Commons Open Database License", SPDX + "ODbL-1.0"),
])
def test_licences_typed_or_pasted_as_a_link_are_their_concept(vocab, typed, uri):
    assert mapping.licence(typed, vocab).uri == uri


@pytest.mark.parametrize("typed", ["Licence communale 2019", "Licence Ouverte v3", ""])
def test_a_licence_no_concept_names_is_not_guessed(vocab, typed):
    assert mapping.licence(typed, vocab) is None


@pytest.mark.parametrize("word, vocabulary, uri", [
    ("Adresses", "GEMET - INSPIRE themes, version 1.0", INSPIRE + "ad"),
    ("ad", "INSPIRE", INSPIRE + "ad"),  # a code counts where the vocabulary is INSPIRE's
    ("Buildings", "Mots-clés", INSPIRE + "bu"),  # an INSPIRE theme's exact name anywhere
    (INSPIRE + "hy", "n'importe lequel", INSPIRE + "hy"),
    ("Planning Cadastre", "gmd:topicCategory", TOPIC + "planningCadastre"),  # QGIS's category names
    ("Imagery Base Maps Earth Cover", "gmd:topicCategory", TOPIC + "imageryBaseMapsEarthCover"),
    ("Environnement", "gmd:topicCategory", TOPIC + "environment"),
    ("Transport", "Data theme (EU)", "http://publications.europa.eu/resource/authority/data-theme/TRAN"),
])
def test_keywords_that_are_themes_become_themes(vocab, word, vocabulary, uri):
    assert mapping.theme(word, vocabulary, vocab).uri == uri


@pytest.mark.parametrize("word, vocabulary", [
    ("us", "Mots-clés"),  # an INSPIRE code is an ordinary word outside an INSPIRE vocabulary
    ("Hydrographi", "INSPIRE"),  # a near miss is for a person to confirm
    ("Voirie locale", "gmd:topicCategory"),
])
def test_other_keywords_stay_keywords(vocab, word, vocabulary):
    assert mapping.theme(word, vocabulary, vocab) is None


def test_the_vocabulary_a_keyword_list_cites_is_recognised_by_its_name(vocab):
    assert mapping.cited_scheme("GEMET - INSPIRE themes, version 1.0", vocab) == "inspire-theme"
    assert mapping.cited_scheme("gmd:topicCategory", vocab) == "iso-topic"
    assert mapping.cited_scheme("Mots-clés de la commune", vocab) is None


def test_qgis_category_names_are_derived_from_the_topic_codes():
    assert mapping.qgis_category("planningCadastre") == "Planning Cadastre"
    assert mapping.qgis_category("climatologyMeteorologyAtmosphere") == "Climatology Meteorology Atmosphere"
    assert mapping.qgis_category("imageryBaseMapsEarthCover") == "Imagery Base Maps Earth Cover"


@pytest.mark.parametrize("typed, code", [("fr", "fre"), ("FRA", "fre"), ("Français", "fre"), ("fre", "fre"),
                                          ("en", "eng"), ("Deutsch", "ger"), ("Klingon", None)])
def test_languages_become_iso_639_2_codes(typed, code):
    assert mapping.language(typed) == code


@pytest.mark.parametrize("typed, code", [("Point of contact", "pointOfContact"), ("Propriétaire", "owner"),
                                          ("custodian", "custodian"), ("Gestionnaire", "custodian"),
                                          ("Responsable", None)])
def test_roles_become_ci_role_codes(typed, code):
    assert mapping.role(typed) == code


@pytest.mark.parametrize("typed, code", [("UTF-8", "utf8"), ("ISO-8859-15", "8859part15"), ("latin1", "8859part1"),
                                          ("windows-1252", None)])
def test_encodings_become_iso_character_set_codes(typed, code):
    assert mapping.character_set(typed) == code


def test_near_misses_get_the_closest_values(vocab):
    assert INSPIRE + "hy" in [c.uri for c in mapping.closest(["inspire-theme"], "Hydrographi", vocab)]
    assert mapping.closest_codes("Propriétair", mapping.ROLES)[0] == "owner"
    assert mapping.closest_codes("datset", mapping.SCOPES)[0] == "dataset"
