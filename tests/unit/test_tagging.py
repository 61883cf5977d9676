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

