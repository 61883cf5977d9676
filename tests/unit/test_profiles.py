"""Portal profiles: validated against the published schema, never holding a secret."""
import json

import pytest

from passerelle.catalogue.profile import Profile, ProfileError, SCHEMA_PATH, shipped_profiles


def test_shipped_profiles_validate_and_load_by_name():
    assert {"local", "ideo-bfc"} <= set(shipped_profiles())
    ideo = Profile.load("ideo-bfc")
    assert ideo.targets["catalogue"]["type"] == "geonetwork" and ideo.review
    assert ideo.targets["catalogue"]["url_confirmed"] is False  # addresses to confirm with the platform
    assert ideo.territory.bbox[0] < 3 < 7 < ideo.territory.bbox[2]
    assert Profile.load("local").targets["local"]["type"] == "local"


def test_a_password_in_a_profile_is_refused_pointing_to_the_qgis_authentication():
    with pytest.raises(ProfileError) as error:
        Profile.load({"name": "p", "targets": {"cat": {"type": "csw", "url": "https://x.fr/csw",
                                                       "password": "Canary-S3cret!"}}})
    assert "authcfg" in error.value.message_fr and "targets/cat" in error.value.message_fr
    assert "Canary-S3cret!" not in error.value.message_fr


@pytest.mark.parametrize("target", [{"type": "FTP!"}, {"type": "csw", "url": "ftp://x"},
                                    {"type": "csw", "authcfg": "not an id"}, {"url": "https://x.fr"}])
def test_malformed_targets_are_refused(target):
    with pytest.raises(ProfileError):
        Profile.load({"name": "p", "targets": {"t": target}})


def test_the_schema_is_itself_a_valid_json_schema():
    import jsonschema

    schema = json.load(open(SCHEMA_PATH, encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    assert "password" not in json.dumps(schema["$defs"]["target"]["properties"])


def test_an_unknown_target_type_is_refused_when_publishers_are_built():
    from passerelle.catalogue.errors import PasserelleError
    from passerelle.publishers import factory

    profile = Profile.load({"name": "p", "targets": {"t": {"type": "ftp", "url": "https://x.fr"}}})
    with pytest.raises(PasserelleError) as error:
        factory.build(profile)
    assert error.value.code == "profile.target-type" and "geonetwork" in error.value.message_fr
