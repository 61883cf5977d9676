"""What agents type becomes concept URIs; bad input changes nothing."""
import datetime as dt

import pytest

from passerelle.catalogue.errors import UnknownTermError
from passerelle.catalogue.profile import Profile, ProfileError
from passerelle.catalogue.record import Contact, Record
from passerelle.catalogue.tagging import FieldError, apply_fields


def test_fields_become_concept_uris_and_dates(vocab):
    record = apply_fields(Record(), {"access": "Fermée", "nature": "personnelle",
                                     "last_revision": "2025-03-04", "keywords": "cimetière; concessions"}, vocab)
    assert record.access.endswith("/access-level/fermee")
    assert record.nature.endswith("/nature/personnelle")
    assert record.revised == dt.date(2025, 3, 4)
    assert record.keywords == ["cimetière", "concessions"]


def test_a_refused_value_leaves_the_record_unchanged(vocab):
    original = Record(title="Avant")
    with pytest.raises(UnknownTermError):
        apply_fields(original, {"title": "Après", "access": "ouvert"}, vocab)
    assert original.title == "Avant"


def test_bad_dates_and_fields_are_explained_in_french(vocab):
    with pytest.raises(FieldError) as error:
        apply_fields(Record(), {"last_revision": "15/01/2026"}, vocab)
    assert "AAAA-MM-JJ" in error.value.message_fr
    with pytest.raises(FieldError) as error:
        apply_fields(Record(), {"acces": "ouverte"}, vocab)
    assert "access" in error.value.message_fr


def test_contact_from_an_email_keeps_the_organisation(vocab):
    record = Record(contact=Contact(organisation="Mairie"))
    assert apply_fields(record, {"contact": "sig@mairie.fr"}, vocab).contact == \
        Contact(organisation="Mairie", email="sig@mairie.fr")


def test_schema_must_exist_when_given_as_a_file(vocab, tmp_path):
    with pytest.raises(FieldError):
        apply_fields(Record(), {"schema": str(tmp_path / "absent.json")}, vocab)
    schema = tmp_path / "schema.json"
    schema.write_text("{}")
    assert apply_fields(Record(), {"schema": str(schema)}, vocab).schema == str(schema)


def test_profile_reads_territory_and_refuses_a_bad_bbox(tmp_path):
    profile = Profile.load({"name": "p", "territory": {"name": "Jura", "bbox": [5.2, 46.2, 6.2, 47.3]},
                            "required_fields": ["title"], "target_kinds": ["open"]})
    assert profile.territory.bbox == (5.2, 46.2, 6.2, 47.3) and profile.required_fields == ("title",)
    with pytest.raises(ProfileError):
        Profile.load({"territory": {"bbox": [6.2, 46.2, 5.2, 47.3]}})
    with pytest.raises(ProfileError):
        Profile.load(str(tmp_path / "missing.json"))


def test_record_dict_round_trip():
    record = Record(title="x", revised=dt.date(2020, 1, 1), contact=Contact(email="a@b.fr"))
    assert Record.from_dict(record.to_dict()) == record



def test_values_other_tools_hold_can_be_set_too(vocab):
    from passerelle.catalogue.record import Constraint, Link

    record = apply_fields(Record(), {
        "rights": "© Commune, 2024", "other_licences": ["Licence communale"], "process_steps": ["Contrôle 2024"],
        "fees": "Gratuit", "encoding": "UTF-8", "parent_identifier": "https://x.fr/id/lot", "resource_type": "Series",
        "language": "Français",
        "contacts": [{"organisation": "Département", "role": "Gestionnaire",
                      "addresses": [{"type": "postal", "city": "Besançon"}]}],
        "links": ["https://x.fr/notice", {"url": "https://x.fr/page", "name": "Page", "mimeType": "text/html"}],
        "constraints": [("use", "Citer la source"), {"constraint": "Interne", "type": "access"}],
        "vocabulary_keywords": {"Mots-clés": "voirie, trottoirs"}}, vocab)
    assert record.rights == ["© Commune, 2024"]  # a statement is never split on its commas
    assert record.other_licences == ["Licence communale"] and record.process_steps == ["Contrôle 2024"]
    assert (record.fees, record.encoding, record.resource_type, record.language) == (
        "Gratuit", "UTF-8", "series", "fre")
    assert record.contacts[0].role == "custodian" and record.contacts[0].addresses[0].city == "Besançon"
    assert record.links == [Link(url="https://x.fr/notice"),
                            Link(url="https://x.fr/page", name="Page", mime_type="text/html")]
    assert record.constraints == [Constraint(text="Citer la source", type="use"),
                                  Constraint(text="Interne", type="access")]
    assert record.vocabulary_keywords == {"Mots-clés": ["voirie", "trottoirs"]}


def test_an_unknown_resource_type_is_refused_with_the_closest_values(vocab):
    with pytest.raises(FieldError) as error:
        apply_fields(Record(), {"resource_type": "datset"}, vocab)
    assert "dataset" in error.value.message_fr


def test_a_record_with_every_kept_value_survives_to_dict_and_back():
    from passerelle.catalogue.record import Address, Constraint, Link

    record = Record(contact=Contact(organisation="A", addresses=[Address(type="postal", city="B")]),
                    contacts=[Contact(name="C", addresses=[Address(city="D")])], links=[Link(url="https://e")],
                    constraints=[Constraint(text="F", type="use")], vocabulary_keywords={"G": ["h"]})
    assert Record.from_dict(record.to_dict()) == record
