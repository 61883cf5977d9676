"""Setting the rules once for everyone: validating a profile, and agents following its published versions.

A portal on 127.0.0.1 (the vocabulary tests' one) serves the profile with an ETag or a Last-Modified date,
so that revalidation is the real conditional GET of Passerelle's network layer.
"""
import json
import os

import pytest

from passerelle import api, network
from passerelle.catalogue import profile_sources
from passerelle.catalogue.profile import Profile, shipped_profiles
from passerelle.context import Context
from test_vocabulary_sources import _Portal

SECRET = "Canary-Profil-S3cret!"


def document(version="2026.11", **changes) -> dict:
    profile = {"$schema": "https://w3id.org/passerelle/profile/1/schema.json", "name": "grand-est",
               "title": "Plateforme régionale Grand Est", "version": version,
               "territory": {"name": "Grand Est", "bbox": [3.38, 47.42, 8.23, 50.17]},
               "required_fields": ["title", "abstract", "licence"],
               "targets": {"catalogue": {"type": "geonetwork", "url": "https://geo.grandest.example/geonetwork",
                                         "group": "communes", "authcfg": "grdst01", "review": True}}}
    profile.update(changes)
    return profile


@pytest.fixture
def portal(monkeypatch):
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"):
        monkeypatch.delenv(name, raising=False)
    server = _Portal()
    server.validators = "etag"
    server.pages["/profil.json"] = (200, json.dumps(document()))
    yield server
    server.stop()


# --- validate_profile -------------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["local", "ideo-bfc", "data-gouv-fr"])
def test_every_shipped_profile_validates_without_an_error(name):
    report = api.validate_profile(name, check_sources=False)

    assert report.errors == [], report.to_text()
    assert report.profile is not None and report.profile.name == name


def test_every_problem_is_reported_with_its_json_path_in_french(tmp_path):
    text = """{"name": "grand est", "version": "",
      "territory": {"bbox": [8.2, 50.1, 3.3, 47.4]},
      "required_fields": ["titre"],
      "default_licence": "licence-maison",
      "vocabularies": ["voc/absent.ttl"],
      "targets": {
        "catalogue": {"type": "geonetwork", "url": "https://geo.example/geonetwork", "authcfg": "%s"},
        "portail": {"type": "ckan", "url": "http://agent:Url-Pw-4471@data.example", "organisation": "o",
                    "api_key": "%s"},
        "portail": {"type": "ckan", "url": "https://data.example", "organisation": "o"},
        "ftp": {"type": "ftp", "url": "https://ftp.example"}}}""" % (SECRET, SECRET)
    path = tmp_path / "grand-est.json"
    path.write_text(text, encoding="utf-8")

    report = api.validate_profile(str(path))

    found = {(p.code, p.path) for p in report.problems}
    assert {("profile.schema", "$.name"), ("profile.schema", "$.required_fields[0]"),
            ("profile.territory", "$.territory.bbox"), ("profile.version-missing", "$.version"),
            ("profile.licence-unknown", "$.default_licence"),
            ("profile.vocabulary-unreadable", "$.vocabularies[0]"),
            ("profile.secret", "$.targets.catalogue.authcfg"), ("profile.target-setting", "$.targets.catalogue.group"),
            ("profile.duplicate-key", "$.targets.portail"), ("profile.target-type", "$.targets.ftp.type")} <= found
    assert not report.ok and report.profile is None
    text_fr = report.to_text("fr")
    assert SECRET not in text_fr + report.to_text("en") and "Url-Pw-4471" not in text_fr
    assert "apparaît deux fois" in report.at("$.targets.portail")[0].message_fr
    assert all(p.message_fr and p.message_en and p.message_fr != p.message_en for p in report.problems)


def test_a_secret_key_and_a_password_in_an_address_are_named_as_secrets():
    report = api.validate_profile(document(targets={"portail": {
        "type": "ckan", "url": "https://agent:Url-Pw-4471@data.example", "organisation": "o", "token": SECRET}}),
        check_sources=False)

    assert {(p.code, p.path) for p in report.errors} == {("profile.secret", "$.targets.portail.token"),
                                                         ("profile.secret", "$.targets.portail.url")}
    assert SECRET not in report.to_text() and "Url-Pw-4471" not in report.to_text()


def test_vocabulary_sources_are_read_through_the_network_and_must_be_skos(portal, tmp_path):
    from test_vocabulary_sources import PORTAL_TURTLE

    portal.pages["/voc.ttl"] = (200, PORTAL_TURTLE)
    portal.pages["/pas-un-vocabulaire.ttl"] = (200, "ceci n'est pas du Turtle {")
    profile = document(vocabularies=[portal.url("/voc.ttl"), portal.url("/pas-un-vocabulaire.ttl"),
                                     portal.url("/absent.ttl")])

    report = api.validate_profile(profile, network=network.direct())

    assert [(p.code, p.path) for p in report.problems if p.path.startswith("$.vocabularies")] == [
        ("profile.vocabulary-read", "$.vocabularies[0]"), ("profile.vocabulary-invalid", "$.vocabularies[1]"),
        ("profile.vocabulary-unreadable", "$.vocabularies[2]")]


def test_a_profile_published_at_a_url_is_validated_as_agents_will_read_it(portal):
    valid = api.validate_profile(portal.url("/profil.json"), network=network.direct(), check_sources=False)
    missing = api.validate_profile(portal.url("/nulle-part.json"), network=network.direct())

    assert valid.ok and valid.profile.version == "2026.11"
    assert [p.code for p in missing.problems] == ["profile.unreadable"]


def test_unreadable_json_is_one_problem_at_the_root():
    report = api.validate_profile('{"name": "x",, }')

    assert [(p.code, p.path) for p in report.problems] == [("profile.json", "$")]


# --- a profile followed from its URL -----------------------------------------------------------------

def fetch():
    return network.direct().revalidate


def test_download_keeps_the_profile_by_name_with_its_source(portal, tmp_path, monkeypatch):
    monkeypatch.setenv("PASSERELLE_DATA_DIR", str(tmp_path))
    folder = os.path.join(str(tmp_path), "profiles")

    path, profile = profile_sources.download(portal.url("/profil.json"), folder, fetch())

    assert path == os.path.join(folder, "grand-est.json") and profile.version == "2026.11"
    assert Profile.load("grand-est").version == "2026.11"  # by name, offline
    source = profile_sources.source_of(path)
    assert source["url"] == portal.url("/profil.json") and source["etag"] and source["version"] == "2026.11"
    assert "grand-est" not in shipped_profiles()


def test_a_context_never_fetches_when_built_and_revalidates_once_when_used(portal, tmp_path, monkeypatch):
    monkeypatch.setenv("PASSERELLE_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("NO_PROXY", "127.0.0.1")
    profile_sources.download(portal.url("/profil.json"), os.path.join(str(tmp_path), "profiles"), fetch())
    portal.pages["/profil.json"] = (200, json.dumps(document("2026.12", required_fields=["title", "lineage"])))
    asked = portal.requests

    context = Context("grand-est")
    built = portal.requests
    update = context.revalidate_profile()
    again = context.revalidate_profile()

    assert built == asked  # building a context (QGIS start, a badge refresh) touches no network
    assert update.changed and (update.previous_version, update.version) == ("2026.11", "2026.12")
    assert "2026.11 → 2026.12" in update.message_fr
    assert context.profile.version == "2026.12" and "lineage" in context.profile.required_fields
    assert again is update and portal.requests == built + 1  # at most once per context
    assert Profile.load("grand-est").version == "2026.12"  # the new version replaced the cached copy

    unchanged = Context("grand-est").revalidate_profile()
    assert not unchanged.changed and portal.not_modified == 1  # a 304: nothing downloaded


def test_a_portal_that_is_down_or_serves_an_invalid_version_leaves_the_cached_copy_in_force(portal, tmp_path,
                                                                                           monkeypatch):
    monkeypatch.setenv("PASSERELLE_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("NO_PROXY", "127.0.0.1")
    profile_sources.download(portal.url("/profil.json"), os.path.join(str(tmp_path), "profiles"), fetch())

    portal.pages["/profil.json"] = (200, json.dumps(document("2026.12", targets={"x": {"type": "csw",
                                                                                        "password": SECRET}})))
    invalid = Context("grand-est")
    invalid_update = invalid.revalidate_profile()
    portal.pages["/profil.json"] = (503, "maintenance")
    down = Context("grand-est")
    down_update = down.revalidate_profile()

    assert invalid_update.code == "profile.source.invalid" and not invalid_update.changed
    assert down_update.code == "profile.source.unreachable"
    assert invalid.profile.version == down.profile.version == "2026.11"
    assert SECRET not in invalid_update.message_fr


def test_an_offline_context_or_a_file_profile_asks_nothing(portal, tmp_path, monkeypatch):
    monkeypatch.setenv("PASSERELLE_DATA_DIR", str(tmp_path))
    profile_sources.download(portal.url("/profil.json"), os.path.join(str(tmp_path), "profiles"), fetch())
    asked = portal.requests

    offline = Context("grand-est", offline=True).revalidate_profile()
    shipped = Context("ideo-bfc").revalidate_profile()
    kept = Context("grand-est").revalidate_profile(network=False)

    assert offline is None and shipped is None and kept is None and portal.requests == asked


def test_a_new_version_is_read_again_through_the_profile_s_own_reload(portal, tmp_path, monkeypatch):
    monkeypatch.setenv("PASSERELLE_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("NO_PROXY", "127.0.0.1")
    path, _ = profile_sources.download(portal.url("/profil.json"), os.path.join(str(tmp_path), "profiles"), fetch())

    def effective():  # what the plugin's settings do: the agent's own authentication applied on top
        profile = Profile.load(path)
        profile.targets["catalogue"]["authcfg"] = "agent01"
        profile.reload = effective
        return profile

    portal.pages["/profil.json"] = (200, json.dumps(document("2026.12")))
    context = Context(effective())
    context.revalidate_profile()

    assert context.profile.version == "2026.12" and context.profile.targets["catalogue"]["authcfg"] == "agent01"


# --- the shipped national profile --------------------------------------------------------------------

def test_the_data_gouv_fr_profile_publishes_open_data_to_the_national_portal_as_the_key_s_organisation():
    profile = Profile.load("data-gouv-fr")

    (name, target), = profile.targets.items()
    assert target["type"] == "udata" and target["url"] == "https://www.data.gouv.fr"
    assert target["organisation"] == "auto" and target["kind"] == "open" and "authcfg" not in target
    assert profile.target_kinds == ("open",) and profile.default_licence == "etalab-2.0"
    assert {"title", "abstract", "licence", "frequency", "granularity", "access", "nature"} <= \
        set(profile.required_fields)
