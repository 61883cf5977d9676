"""The console API as an agent types it."""
import datetime as dt

import pytest
from qgis.core import QgsVectorLayer

from passerelle import api
from passerelle.catalogue.errors import LayerNotFoundError, UnknownTermError
from passerelle.catalogue.tagging import FieldError

AL = "https://w3id.org/passerelle/vocabulary/access-level/"
NA = "https://w3id.org/passerelle/vocabulary/nature/"
FREQ = "http://publications.europa.eu/resource/authority/frequency/"


@pytest.fixture
def bus(territory_gpkg):
    return QgsVectorLayer(territory_gpkg + "|layername=arrets_bus", "arrets_bus", "ogr")


@pytest.mark.parametrize("typed, expected", [("ouverte", AL + "ouverte"), ("partagee", AL + "partagee"),
                                             ("fermee", AL + "fermee"), ("Partagée", AL + "partagee")])
def test_access_levels_as_typed(bus, typed, expected):
    assert api.tag(bus, access=typed).access == expected


@pytest.mark.parametrize("typed", ["personnelle", "publique", "interet-general", "privee-interet-general"])
def test_natures_as_typed(bus, typed):
    assert api.tag(bus, nature=typed).nature == NA + typed


@pytest.mark.parametrize("typed", ["annual", "ANNUAL", "annually", "annuelle"])
def test_frequencies_as_udata_eu_iso_codes_or_french_labels(bus, typed):
    assert api.tag(bus, frequency=typed).frequency == FREQ + "ANNUAL"


@pytest.mark.parametrize("typed, suffix", [("etalab-2.0", "etalab-2.0"), ("lov2", "etalab-2.0"),
                                           ("ODbL-1.0", "ODbL-1.0")])
def test_licences_as_typed(bus, typed, suffix):
    assert api.tag(bus, licence=typed).licence == "https://spdx.org/licenses/" + suffix


@pytest.mark.parametrize("typed, suffix", [("fr:commune", "fr-commune"), ("fr:epci", "fr-epci"), ("poi", "poi")])
def test_granularities_as_udata_ids(bus, typed, suffix):
    assert api.tag(bus, granularity=typed).granularity.endswith("/granularity/" + suffix)


def test_themes_as_codes_or_uris_and_dates_as_strings_or_dates(bus):
    record = api.tag(bus, themes=["us", "http://inspire.ec.europa.eu/theme/tn"],
                     last_revision="2026-02-01", created=dt.date(2020, 1, 2))
    assert record.themes == ["http://inspire.ec.europa.eu/theme/us", "http://inspire.ec.europa.eu/theme/tn"]
    assert record.revised == dt.date(2026, 2, 1) and record.created == dt.date(2020, 1, 2)


def test_unknown_value_is_refused_with_suggestions_and_nothing_is_written(bus):
    api.tag(bus, access="ouverte", frequency="annual")
    with pytest.raises(UnknownTermError) as error:
        api.tag(bus, access="fermee", frequency="anuel")
    assert "ANNUAL" in [c.code for c in error.value.suggestions] or \
        any(c.uri == FREQ + "ANNUAL" for c in error.value.suggestions)
    assert api.record(bus).access == AL + "ouverte"  # the valid part of the failed call was not applied


def test_unknown_field_name_is_refused_with_the_closest_names(bus):
    with pytest.raises(FieldError) as error:
        api.tag(bus, frequence="annual")
    assert "frequency" in error.value.message_fr


def test_layers_by_object_id_name_or_path(project, territory_gpkg):
    layer = QgsVectorLayer(territory_gpkg + "|layername=parcelles", "parcelles", "ogr")
    project.addMapLayer(layer)
    by_object = api.tag(layer, title="Parcelles")
    assert api.record(layer.id()).identifier == by_object.identifier
    assert api.record("parcelles").identifier == by_object.identifier
    assert api.record(territory_gpkg + "|layername=parcelles").identifier == by_object.identifier
    with pytest.raises(LayerNotFoundError):
        api.record("/nulle/part.gpkg")


def test_tag_derives_extent_and_crs_from_the_layer(bus):
    record = api.tag(bus, title="Arrêts")
    assert record.extent.crs == "EPSG:2154"
    assert 4.5 < record.extent.west < record.extent.east < 7.5  # Jura, in WGS84 degrees
    assert 46.0 < record.extent.south < record.extent.north < 48.0


def test_a_profile_vocabulary_source_extends_what_agents_may_type(bus, tmp_path):
    source = tmp_path / "portail.ttl"
    source.write_text("""
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix dct: <http://purl.org/dc/terms/> .
<https://w3id.org/passerelle/vocabulary/granularity> a skos:ConceptScheme ; dct:identifier "granularity" .
<https://ideo.example.fr/maille/secteur-scolaire> a skos:Concept ;
    skos:inScheme <https://w3id.org/passerelle/vocabulary/granularity> ;
    skos:notation "secteur-scolaire" ; skos:prefLabel "Secteur scolaire"@fr, "School sector"@en .
""", encoding="utf-8")
    profile = {"name": "portail", "vocabularies": [str(source)]}
    with pytest.raises(UnknownTermError):
        api.tag(bus, granularity="secteur scolaire")
    record = api.tag(bus, profile=profile, granularity="Secteur scolaire")
    assert record.granularity == "https://ideo.example.fr/maille/secteur-scolaire"
    assert not [f for f in api.check(bus, profile).findings if f.code == "vocabulary.unknown"]
