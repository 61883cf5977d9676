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


def test_an_unknown_profile_name_lists_the_available_profiles(tmp_path, monkeypatch):
    from passerelle.catalogue.profile import UnknownProfileError

    monkeypatch.setenv("PASSERELLE_DATA_DIR", str(tmp_path))
    with pytest.raises(UnknownProfileError) as error:
        Profile.load("grand-est")
    assert error.value.code == "profile.unknown" and isinstance(error.value, ProfileError)
    assert "Errno" not in error.value.message_fr + error.value.message_en
    assert "« grand-est »" in error.value.message_fr and "'grand-est'" in error.value.message_en
    for name in ("ideo-bfc", "local"):
        assert name in error.value.message_fr and name in error.value.message_en
    assert [name for name, _where in error.value.available] == shipped_profiles()


def test_the_agents_own_profiles_load_by_name_and_are_listed(tmp_path, monkeypatch):
    from passerelle.catalogue.profile import UnknownProfileError

    monkeypatch.setenv("PASSERELLE_DATA_DIR", str(tmp_path))
    own = tmp_path / "profiles"
    own.mkdir()
    (own / "grand-est.json").write_text(json.dumps({"name": "grand-est", "version": "2"}), encoding="utf-8")
    assert Profile.load("grand-est").version == "2"
    with pytest.raises(UnknownProfileError) as error:
        Profile.load("grand-ouest")
    assert "grand-est" in error.value.message_fr and str(own) in error.value.message_fr
    assert ("grand-est", str(own)) in error.value.available


def test_a_missing_profile_file_says_which_file(tmp_path):
    from passerelle.catalogue.profile import UnknownProfileError

    missing = tmp_path / "nulle-part" / "profil.json"
    with pytest.raises(UnknownProfileError) as error:
        Profile.load(str(missing))
    assert error.value.code == "profile.not-found"
    assert str(missing) in error.value.message_fr and "local" in error.value.message_fr
