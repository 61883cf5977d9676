"""metadata.required: one error per required field left empty."""
import pytest

from passerelle.catalogue.checks import metadata
from passerelle.catalogue.record import Contact

from support.checks import complete_record, make_context


def run(vocab, record, **context):
    return metadata.check(record, None, make_context(vocab, **context), "couche")


def test_each_empty_required_field_gets_its_own_error(vocab):
    record = complete_record(abstract="  ", themes=[], contact=Contact(), extent=None, revised=None)
    findings = run(vocab, record)
    assert sorted(f.field for f in findings) == ["abstract", "contact", "extent", "revised", "themes"]
    assert {f.severity for f in findings} == {"error"}
    assert {f.code for f in findings} == {"metadata.required"}


def test_a_contact_with_only_an_email_is_given_but_lacks_its_organisation_name(vocab):
    findings = run(vocab, complete_record(contact=Contact(email="sig@besancon.fr")))
    assert [(f.code, f.field) for f in findings] == [("metadata.required", "contact")]
    assert "nom de l'organisme" in findings[0].message_fr and "obligatoire" not in findings[0].message_fr


def test_every_responsible_party_needs_an_organisation_name_and_an_email(vocab):
    record = complete_record(producer=Contact(organisation="Grand Besançon Métropole", role="owner"),
                             contacts=[Contact(name="Bureau d'études", role="processor", email="be@example.fr")])
    findings = run(vocab, record)
    assert sorted((f.field, f.severity) for f in findings) == [("contacts", "error"), ("producer", "error")]
    producer = next(f for f in findings if f.field == "producer")
    assert "adresse électronique" in producer.message_fr and "e-mail" in producer.message_en


def test_the_profile_organisation_lends_its_email_to_the_producer_that_is_it(vocab):
    owner = {"name": "Ville de Besançon", "siret": "21250056500016", "email": "sig@besancon.fr"}
    by_siret = complete_record(producer=Contact(organisation="Mairie", siret="21250056500016", role="owner"))
    by_name = complete_record(producer=Contact(organisation="ville de besancon", role="owner"))
    other = complete_record(producer=Contact(organisation="Grand Besançon Métropole", role="owner"))
    assert run(vocab, by_siret, organisation=owner) == []
    assert run(vocab, by_name, organisation=owner) == []
    assert [f.field for f in run(vocab, other, organisation=owner)] == ["producer"]


def test_only_the_fields_the_profile_requires_are_demanded(vocab):
    record = complete_record(lineage="", abstract="")
    findings = run(vocab, record, required_fields=("title", "abstract"))
    assert [f.field for f in findings] == ["abstract"]


def test_a_complete_record_meets_the_default_requirements(vocab):
    assert run(vocab, complete_record()) == []



def test_restricted_data_must_state_its_legal_basis(vocab):
    closed = complete_record(access="https://w3id.org/passerelle/vocabulary/access-level/fermee",
                             licence=None, legal_basis=None)
    found = run(vocab, closed)
    assert [(f.code, f.field) for f in found] == [("metadata.required", "legal_basis")]
    justified = closed.replace(legal_basis="http://inspire.ec.europa.eu/metadata-codelist/"
                                           "LimitationsOnPublicAccess/INSPIRE_Directive_Article13_1f")
    assert run(vocab, justified) == []


# --- metadata.technical-title ------------------------------------------------------------------------

def titled(vocab, title, layer_name=None, **context):
    from passerelle.catalogue.layerdata import from_records

    data = from_records(layer_name, [{"x": 1}]) if layer_name else None
    findings = metadata.check(complete_record(title=title), data, make_context(vocab, **context), "couche")
    return [f for f in findings if f.code == "metadata.technical-title"]


@pytest.mark.parametrize("title, suggestion", [
    ("PLU_ZONAGE_2019_v3_final", "PLU zonage 2019"), ("zonage_plu", "Zonage PLU"),
    ("reseau_eclairage", "Réseau éclairage"), ("EQUIPEMENTS_PUBLICS", "Équipements publics"),
    ("ZonagePLU2019", "Zonage PLU 2019"), ("parcelles.shp", "Parcelles"), ("Zonage PLU v3", "Zonage PLU"),
    ("Copie de Zonage du PLU", "Zonage du PLU"), ("arrets_bus (1)", "Arrêts bus"), ("croquis", "Croquis")])
def test_technical_names_are_flagged_with_a_humanised_title(vocab, title, suggestion):
    found = titled(vocab, title)
    assert len(found) == 1 and found[0].field == "title" and found[0].suggestions == [suggestion]
    assert found[0].severity == "warning" and f"« {suggestion} »" in found[0].message_fr


@pytest.mark.parametrize("title", ["sans_titre", "Sans titre", "untitled", "Nouvelle couche temporaire", "Couche 2"])
def test_placeholders_are_flagged_and_the_layer_name_suggests_a_title(vocab, title):
    assert titled(vocab, title, "reseau_eclairage")[0].suggestions == ["Réseau éclairage"]
    assert titled(vocab, title, "sans_titre")[0].suggestions == []  # nothing to make a title from


def test_a_title_that_is_the_layers_name_says_so(vocab):
    found = titled(vocab, "zonage_plu", "zonage_plu")
    assert "nom technique de la couche" in found[0].message_fr and "layer's technical name" in found[0].message_en


@pytest.mark.parametrize("title", ["Équipements publics de Saint-Aubin-sur-Loue", "Parcelles", "PLU",
                                   "Zonage du plan local d'urbanisme (2019)", "Pistes cyclables, version 5",
                                   "Arrêts de bus (modifié)", "Saint-Vit"])
def test_real_titles_are_not_flagged(vocab, title):
    assert titled(vocab, title) == []


def test_a_technical_title_is_an_error_for_an_open_target(vocab):
    assert titled(vocab, "zonage_plu", target_kinds=("open",))[0].severity == "error"
    assert titled(vocab, "zonage_plu", target_kinds=("restricted",))[0].severity == "warning"
