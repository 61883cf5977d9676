"""The shipped vocabularies: what agents type resolves, and every crosswalk code round-trips."""
import re
import time

import pytest

from passerelle.catalogue import vocabularies
from passerelle.catalogue.errors import UnknownTermError
from passerelle.catalogue.record import THEME_SCHEMES, VOCABULARY_FIELDS

FREQ = "http://publications.europa.eu/resource/authority/frequency/"
GRAN = "https://w3id.org/passerelle/vocabulary/granularity/"
SPDX = "https://spdx.org/licenses/"
PASSERELLE_LICENCE = "https://w3id.org/passerelle/vocabulary/licence/"
INSPIRE_THEME = "http://inspire.ec.europa.eu/theme/"
EU_THEME = "http://publications.europa.eu/resource/authority/data-theme/"
TOPIC = "http://inspire.ec.europa.eu/metadata-codelist/TopicCategory/"

# What agents type in the console (api.tag) and what it must mean.
CONSOLE_INPUTS = [
    ("access-level", "ouverte", "https://w3id.org/passerelle/vocabulary/access-level/ouverte"),
    ("access-level", "partagee", "https://w3id.org/passerelle/vocabulary/access-level/partagee"),
    ("access-level", "fermee", "https://w3id.org/passerelle/vocabulary/access-level/fermee"),
    ("nature", "personnelle", "https://w3id.org/passerelle/vocabulary/nature/personnelle"),
    ("nature", "publique", "https://w3id.org/passerelle/vocabulary/nature/publique"),
    ("nature", "interet-general", "https://w3id.org/passerelle/vocabulary/nature/interet-general"),
    ("nature", "privee-interet-general", "https://w3id.org/passerelle/vocabulary/nature/privee-interet-general"),
    ("granularity", "fr:commune", GRAN + "fr-commune"),
    ("granularity", "fr:epci", GRAN + "fr-epci"),
    ("granularity", "poi", GRAN + "poi"),
    ("granularity", "commune", GRAN + "fr-commune"),
    ("granularity", "EPCI", GRAN + "fr-epci"),
    ("granularity", "intercommunalité", GRAN + "fr-epci"),
    ("granularity", "IRIS", GRAN + "fr-iris"),
    ("granularity", "département", GRAN + "fr-departement"),
    ("granularity", "région", GRAN + "fr-region"),
    ("granularity", "point d'intérêt", GRAN + "poi"),
    ("granularity", "objet", GRAN + "poi"),
    ("granularity", "parcelle", GRAN + "fr-parcelle"),
    ("granularity", "bâtiment", GRAN + "fr-batiment"),
    ("frequency", "annual", FREQ + "ANNUAL"),
    ("frequency", "ANNUAL", FREQ + "ANNUAL"),
    ("frequency", "annually", FREQ + "ANNUAL"),
    ("frequency", "annuelle", FREQ + "ANNUAL"),
    ("frequency", "Annuel", FREQ + "ANNUAL"),
    ("frequency", "continuous", FREQ + "UPDATE_CONT"),
    ("frequency", "continual", FREQ + "CONT"),
    ("frequency", "hebdomadaire", FREQ + "WEEKLY"),
    ("frequency", "mensuelle", FREQ + "MONTHLY"),
    ("frequency", "Temps réel", FREQ + "UPDATE_CONT"),
    ("frequency", "bimensuelle", FREQ + "MONTHLY_2"),
    ("licence", "etalab-2.0", SPDX + "etalab-2.0"),
    ("licence", "lov2", SPDX + "etalab-2.0"),
    ("licence", "Licence Ouverte 2.0", SPDX + "etalab-2.0"),
    ("licence", "LO 2.0", SPDX + "etalab-2.0"),
    ("licence", "Licence Ouverte", SPDX + "etalab-2.0"),
    ("licence", "https://www.etalab.gouv.fr/licence-ouverte-open-licence", SPDX + "etalab-2.0"),
    ("licence", "http://spdx.org/licenses/etalab-2.0", SPDX + "etalab-2.0"),
    ("licence", "ODbL-1.0", SPDX + "ODbL-1.0"),
    ("licence", "odbl", SPDX + "ODbL-1.0"),
    ("licence", "odc-odbl", SPDX + "ODbL-1.0"),
    ("licence", "cc-by", SPDX + "CC-BY-4.0"),
    ("licence", "propriétaire", PASSERELLE_LICENCE + "proprietary"),
    ("inspire-theme", "us", INSPIRE_THEME + "us"),
    ("inspire-theme", INSPIRE_THEME + "us", INSPIRE_THEME + "us"),
    ("inspire-theme", "Hydrographie", INSPIRE_THEME + "hy"),
    ("iso-topic", "inlandWaters", TOPIC + "inlandWaters"),
    ("limitations", "confidentiality_of_personal_data",
     "http://inspire.ec.europa.eu/metadata-codelist/LimitationsOnPublicAccess/INSPIRE_Directive_Article13_1f"),
    ("limitations", "Article 13(1)(f)",
     "http://inspire.ec.europa.eu/metadata-codelist/LimitationsOnPublicAccess/INSPIRE_Directive_Article13_1f"),
    ("progress", "onGoing", "http://inspire.ec.europa.eu/metadata-codelist/ProgressCode/onGoing"),
    ("progress", "achevé", "http://inspire.ec.europa.eu/metadata-codelist/ProgressCode/completed"),
    ("spatial-scope", "Régional", "http://inspire.ec.europa.eu/metadata-codelist/SpatialScope/regional"),
    ("conditions", "noConditionsApply",
     "http://inspire.ec.europa.eu/metadata-codelist/ConditionsApplyingToAccessAndUse/noConditionsApply"),
]

# udata frequency ids (standards §1.d) and the EU code udata maps each one to.
UDATA_FREQUENCIES = {
    "continuous": "UPDATE_CONT", "oneMinute": "1MIN", "fiveMinutes": "5MIN", "tenMinutes": "10MIN",
    "fifteenMinutes": "15MIN", "thirtyMinutes": "30MIN", "hourly": "HOURLY", "bihourly": "BIHOURLY",
    "trihourly": "TRIHOURLY", "twelveHours": "12HRS", "severalTimesADay": "CONT",
    "threeTimesADay": "DAILY_3", "semidaily": "DAILY_2", "daily": "DAILY", "fiveTimesAWeek": "WEEKLY_5",
    "threeTimesAWeek": "WEEKLY_3", "semiweekly": "WEEKLY_2", "weekly": "WEEKLY", "biweekly": "BIWEEKLY",
    "threeTimesAMonth": "MONTHLY_3", "semimonthly": "MONTHLY_2", "monthly": "MONTHLY",
    "bimonthly": "BIMONTHLY", "quarterly": "QUARTERLY", "threeTimesAYear": "ANNUAL_3",
    "semiannual": "ANNUAL_2", "annual": "ANNUAL", "biennial": "BIENNIAL", "triennial": "TRIENNIAL",
    "quadrennial": "QUADRENNIAL", "quinquennial": "QUINQUENNIAL", "decennial": "DECENNIAL",
    "bidecennial": "BIDECENNIAL", "tridecennial": "TRIDECENNIAL", "punctual": "AS_NEEDED",
    "irregular": "IRREG", "never": "NEVER", "notPlanned": "NOT_PLANNED", "other": "OTHER",
    "unknown": "UNKNOWN",
}
# Ids udata still accepts and silently maps (UpdateFrequency._LEGACY_FREQUENCIES).
UDATA_LEGACY = {"realtime": "UPDATE_CONT", "fourTimesADay": "CONT", "fourTimesAWeek": "OTHER",
                "fortnighly": "BIWEEKLY", "biannual": "ANNUAL_2"}
# ISO 19139 MD_MaintenanceFrequencyCode -> EU code (SEMIC GeoDCAT-AP XSLT).
ISO_TO_EU = {"continual": "CONT", "daily": "DAILY", "weekly": "WEEKLY", "fortnightly": "BIWEEKLY",
             "monthly": "MONTHLY", "quarterly": "QUARTERLY", "biannually": "ANNUAL_2",
             "annually": "ANNUAL", "asNeeded": "AS_NEEDED", "irregular": "IRREG",
             "notPlanned": "NOT_PLANNED", "unknown": "UNKNOWN"}
SCDL_FREQ_MAJ = {"Inconnue": "UNKNOWN", "Ponctuelle": "AS_NEEDED", "Irrégulière": "IRREG",
                 "Continuelle": "UPDATE_CONT", "Toutes les heures": "HOURLY",
                 "Quotidienne ou plusieurs fois par jour": "DAILY",
                 "Hebdomadaire ou plusieurs fois par semaine": "WEEKLY",
                 "Mensuelle ou plusieurs fois par mois": "MONTHLY", "Bimestrielle": "BIMONTHLY",
                 "Trimestrielle": "QUARTERLY", "Semestrielle": "ANNUAL_2", "Annuelle": "ANNUAL",
                 "Biennale": "BIENNIAL", "Triennale": "TRIENNIAL", "Quinquennale": "QUINQUENNIAL"}
SCDL_MAILLE = {"Infracommunale": "fr-iris", "Communale": "fr-commune", "Intercommunale": "fr-epci",
               "Cantonale": "fr-canton", "Départementale": "fr-departement", "Régionale": "fr-region",
               "Autre": "other"}
SCDL_LICENCE = {"Licence Ouverte-LO": "etalab-2.0", "Open Database License-ODBL": "ODbL-1.0",
                "Creative Commons-CC": "CC-BY-4.0", "Spécifique ou autre": "proprietary"}
UDATA_GRANULARITIES = ["country-group", "country", "country-subset", "fr:region", "fr:departement",
                       "fr:arrondissement", "fr:commune", "fr:iris", "fr:canton", "fr:collectivite",
                       "fr:epci", "poi", "other"]
CKAN_DEFAULT_LICENCES = {"notspecified", "odc-pddl", "odc-odbl", "odc-by", "cc-zero", "cc-by", "cc-by-sa",
                         "gfdl", "other-open", "other-pd", "other-at", "uk-ogl", "cc-nc", "other-nc",
                         "other-closed"}
ISO_DURATION = re.compile(r"^P(\d+D|T\d+[HM])$")


@pytest.mark.parametrize("scheme, value, uri", CONSOLE_INPUTS)
def test_what_agents_type_resolves_to_the_intended_concept(vocab, scheme, value, uri):
    assert vocab.lookup(scheme, value).uri == uri


@pytest.mark.parametrize("value", ["us", "http://inspire.ec.europa.eu/theme/us"])
def test_theme_code_or_uri_resolves_across_theme_schemes(vocab, value):
    assert vocab.lookup_any(THEME_SCHEMES, value).uri == INSPIRE_THEME + "us"


@pytest.mark.parametrize("scheme, count", [
    ("inspire-theme", 34), ("eu-theme", 13), ("iso-topic", 19), ("progress", 7), ("limitations", 9),
    ("conditions", 2), ("spatial-scope", 5), ("frequency", 41), ("granularity", 15), ("licence", 10),
])
def test_each_scheme_holds_the_whole_code_list(vocab, scheme, count):
    assert len(vocab[scheme].concepts) == count


def test_every_record_field_and_theme_scheme_is_shipped(vocab):
    for key in list(VOCABULARY_FIELDS.values()) + list(THEME_SCHEMES):
        assert key in vocab, key


def test_every_shipped_concept_has_french_and_english_labels_and_a_code(vocab):
    for scheme in vocab.schemes.values():
        assert scheme.version, scheme.key
        for concept in scheme.concepts.values():
            assert concept.labels.get("fr") and concept.labels.get("en"), concept.uri
            assert concept.code, concept.uri


def test_no_two_live_concepts_of_a_scheme_share_a_code(vocab):
    for scheme in vocab.schemes.values():
        codes = [vocabularies.normalise(c.code) for c in scheme.concepts.values()]
        assert len(codes) == len(set(codes)), scheme.key


@pytest.mark.parametrize("scheme, typo, code", [
    ("frequency", "anuel", "ANNUAL"), ("granularity", "comune", "fr-commune"), ("access-level", "ouvert", "ouverte"),
])
def test_a_near_miss_is_refused_with_the_intended_concept_suggested(vocab, scheme, typo, code):
    with pytest.raises(UnknownTermError) as caught:
        vocab.lookup(scheme, typo)
    assert code in [c.code for c in caught.value.suggestions]
    assert caught.value.suggestions[0].code == code


# --- deprecated concepts ------------------------------------------------------------------------

def test_a_deprecated_licence_is_found_but_flagged_with_its_replacement(vocab):
    old = vocab.lookup("licence", "fr-lo")
    assert old.deprecated
    assert old.replaced_by == SPDX + "etalab-2.0"
    assert not vocab.lookup("licence", "etalab-2.0").deprecated


@pytest.mark.parametrize("key", ["Licence Ouverte-LO", "other-at"])
def test_a_code_shared_with_a_deprecated_licence_reads_back_to_the_live_one(vocab, key):
    assert vocab.lookup("licence", key).uri == SPDX + "etalab-2.0"


def test_the_live_concept_wins_a_shared_key_even_when_the_retired_one_comes_first():
    local = vocabularies.Vocabularies()
    local.load_turtle("""
        @prefix skos: <http://www.w3.org/2004/02/skos/core#> . @prefix dct: <http://purl.org/dc/terms/> .
        @prefix owl: <http://www.w3.org/2002/07/owl#> .
        <urn:s> a skos:ConceptScheme ; dct:identifier "s" .
        <urn:old> a skos:Concept ; skos:inScheme <urn:s> ; skos:notation "old" ; skos:prefLabel "Zone"@fr ;
            owl:deprecated true ; dct:isReplacedBy <urn:new> .
        <urn:new> a skos:Concept ; skos:inScheme <urn:s> ; skos:notation "new" ; skos:prefLabel "Zone"@fr .
    """)
    assert local.lookup("s", "zone").uri == "urn:new"
    assert local.lookup("s", "old").deprecated


# --- frequency crosswalk ----------------------------------------------------------------------

def test_every_frequency_concept_is_an_eu_code_under_its_eu_uri(vocab):
    for concept in vocab["frequency"].concepts.values():
        assert concept.uri == FREQ + concept.code
        assert concept.notation("eu") == concept.code


def test_each_iso_maintenance_code_sits_on_the_eu_concept_semic_maps_it_to(vocab):
    carried = {c.notation("iso"): c.code for c in vocab["frequency"].concepts.values() if c.notation("iso")}
    assert carried == ISO_TO_EU


def test_every_iso_frequency_notation_maps_back_to_its_concept(vocab):
    scheme = vocab["frequency"]
    for concept in scheme.concepts.values():
        iso = concept.notation("iso")
        if iso:
            assert scheme.by_notation("iso", iso) is concept
            assert scheme.lookup(iso) is concept


@pytest.mark.parametrize("udata_id, eu", sorted(UDATA_FREQUENCIES.items()))
def test_every_udata_frequency_id_reaches_the_eu_code_udata_uses(vocab, udata_id, eu):
    concept = vocab.lookup("frequency", udata_id)
    assert concept.code == eu
    assert concept.notation("udata") == udata_id


@pytest.mark.parametrize("legacy, eu", sorted(UDATA_LEGACY.items()))
def test_legacy_udata_frequency_ids_still_resolve(vocab, legacy, eu):
    assert vocab.lookup("frequency", legacy).code == eu


def test_every_frequency_has_an_scdl_value_from_the_freq_maj_enum(vocab):
    for concept in vocab["frequency"].concepts.values():
        assert concept.notation("scdl") in SCDL_FREQ_MAJ, concept.code


@pytest.mark.parametrize("value, eu", sorted(SCDL_FREQ_MAJ.items()))
def test_each_scdl_frequency_reads_back_to_its_canonical_rhythm(vocab, value, eu):
    assert vocab.lookup("frequency", value).code == eu
    assert vocab["frequency"].by_notation("scdl", value).code == eu


def test_expected_intervals_are_iso_durations_only_on_periodic_rhythms(vocab):
    concepts = vocab["frequency"].concepts
    for concept in concepts.values():
        interval = concept.properties.get("expectedInterval")
        if interval is not None:
            assert ISO_DURATION.match(interval), (concept.code, interval)
    assert concepts[FREQ + "ANNUAL"].properties["expectedInterval"] == "P365D"
    assert concepts[FREQ + "DAILY"].properties["expectedInterval"] == "P1D"
    assert concepts[FREQ + "HOURLY"].properties["expectedInterval"] == "PT1H"
    for code in ("IRREG", "NEVER", "UNKNOWN", "AS_NEEDED", "OTHER", "NOT_PLANNED", "UPDATE_CONT"):
        assert "expectedInterval" not in concepts[FREQ + code].properties, code


# --- granularity ------------------------------------------------------------------------------

@pytest.mark.parametrize("udata_id", UDATA_GRANULARITIES)
def test_every_udata_granularity_resolves_under_its_fixed_uri(vocab, udata_id):
    concept = vocab.lookup("granularity", udata_id)
    assert concept.uri == GRAN + udata_id.replace(":", "-")
    assert concept.notation("udata") == udata_id


@pytest.mark.parametrize("value, code", sorted(SCDL_MAILLE.items()))
def test_each_scdl_maille_reads_back_to_its_canonical_level(vocab, value, code):
    assert vocab["granularity"].by_notation("scdl", value).code == code


def test_every_granularity_has_an_scdl_maille(vocab):
    for concept in vocab["granularity"].concepts.values():
        assert concept.notation("scdl") in SCDL_MAILLE, concept.code


def test_parcels_and_buildings_publish_as_udata_poi_below_commune_level(vocab):
    for value in ("fr-parcelle", "fr-batiment"):
        concept = vocab.lookup("granularity", value)
        assert (concept.notation("udata"), concept.notation("scdl")) == ("poi", "Infracommunale")
    assert vocab["granularity"].by_notation("udata", "poi").code == "poi"


def test_granularity_spatial_scopes_are_inspire_spatial_scope_codes(vocab):
    scopes = {c.code for c in vocab["spatial-scope"].concepts.values()}
    granularity = vocab["granularity"]
    assert granularity.find("fr:commune").notation("spatialScope") == "local"
    assert granularity.find("fr:region").notation("spatialScope") == "regional"
    assert granularity.find("country").notation("spatialScope") == "national"
    for concept in granularity.concepts.values():
        assert concept.notation("spatialScope") in scopes | {None}


# --- licences ---------------------------------------------------------------------------------

def test_only_the_two_decree_licences_are_crpa_authorised(vocab):
    authorised = {c.code for c in vocab["licence"].concepts.values() if c.properties.get("crpaAuthorised") == "true"}
    assert authorised == {"etalab-2.0", "ODbL-1.0"}


def test_proprietary_and_unspecified_licences_are_not_open(vocab):
    licences = vocab["licence"]
    assert licences.find("proprietary").properties["open"] == "false"
    assert licences.find("notspecified").properties["open"] == "false"
    assert licences.find("etalab-2.0").properties["open"] == "true"
    assert all(c.properties.get("open") in ("true", "false") for c in licences.concepts.values())


def test_licence_target_codes_come_from_each_target_list(vocab):
    for concept in vocab["licence"].concepts.values():
        assert concept.notation("scdl") in SCDL_LICENCE, concept.code
        assert concept.notation("ckan") in CKAN_DEFAULT_LICENCES, concept.code
    assert vocab.lookup("licence", "ODbL").notation("eu") == "ODC_BL"
    assert vocab.lookup("licence", "etalab-2.0").notation("eu") is None  # not in the EU NAL


@pytest.mark.parametrize("value, code", sorted(SCDL_LICENCE.items()))
def test_each_scdl_licence_reads_back_to_its_canonical_licence(vocab, value, code):
    assert vocab.lookup("licence", value).code == code


def test_a_pasted_licence_page_finds_its_licence(vocab):
    etalab = vocab.lookup("licence", "lov2")
    assert etalab.properties["url"] == "https://www.etalab.gouv.fr/licence-ouverte-open-licence"
    assert vocab.lookup("licence", "https://www.etalab.gouv.fr/licence-ouverte-open-licence") is etalab


# --- themes, topics, constraints, lifecycle ---------------------------------------------------

def test_inspire_themes_match_existing_eu_themes_and_iso_topics(vocab):
    for concept in vocab["inspire-theme"].concepts.values():
        assert re.fullmatch(r"[a-z]{2}", concept.code)
        assert concept.uri == INSPIRE_THEME + concept.code
        assert concept.matches["broad"] and all(vocab["eu-theme"].find(u) for u in concept.matches["broad"])
        assert all(vocab["iso-topic"].find(u) for u in concept.matches.get("related", []))
    assert set(vocab.lookup("inspire-theme", "cp").matches["broad"]) == {EU_THEME + "ECON", EU_THEME + "REGI"}


def test_iso_topics_carry_their_iso_value_and_point_at_existing_inspire_themes(vocab):
    for concept in vocab["iso-topic"].concepts.values():
        assert concept.notation("iso") == concept.code
        assert concept.uri == TOPIC + concept.code
        for uris in concept.matches.values():
            assert all(vocab["inspire-theme"].find(u) for u in uris)


def test_limitations_carry_the_udata_reason_categories(vocab):
    limitations = vocab["limitations"]
    reasons = [c.notation("udata") for c in limitations.concepts.values() if c.notation("udata")]
    assert len(reasons) == len(set(reasons)) == 8
    assert limitations.find("noLimitations").notation("udata") is None
    personal = limitations.find("INSPIRE_Directive_Article13_1f")
    assert ("L124-4-I-1 du code de l'environnement (Directive 2007/2/CE (INSPIRE), Article 13.1.f)"
            in personal.alt_labels)


@pytest.mark.parametrize("iso, eu", [("completed", "COMPLETED"), ("onGoing", "COMPLETED"), ("planned", "DEVELOP"),
                                     ("required", "DEVELOP"), ("underDevelopment", "DEVELOP"),
                                     ("historicalArchive", "WITHDRAWN"), ("obsolete", "DEPRECATED")])
def test_progress_codes_carry_their_iso_and_eu_status(vocab, iso, eu):
    concept = vocab["progress"].by_notation("iso", iso)
    assert concept.code == iso and concept.notation("eu") == eu


def test_eu_status_codes_read_back_to_the_canonical_progress_code(vocab):
    assert vocab.lookup("progress", "DEVELOP").code == "underDevelopment"
    assert vocab.lookup("progress", "COMPLETED").code == "completed"


def test_shipped_vocabularies_parse_in_well_under_a_second():
    import rdflib  # noqa: F401 — imported by the first parse; measure our files, not the import
    vocabularies.reset()
    started = time.perf_counter()
    fresh = vocabularies.shipped()
    elapsed = time.perf_counter() - started
    assert len(fresh.schemes) >= 12
    assert elapsed < 0.5, elapsed
