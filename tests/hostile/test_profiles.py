"""Malformed and malicious portal profiles: each is a ``profile.*`` error before anything is read or sent."""
import json

import pytest

from passerelle import api
from passerelle.catalogue.errors import PasserelleError
from support.hostile_run import CANARY_KEY, CANARY_PASSWORD, shown

GOOD_TARGET = {"type": "csw", "url": "https://geo.ville.fr/csw"}
DOCUMENTS = {
    "not-an-object": [1, 2, 3],
    "string": "profil",
    "name-traversal": {"name": "../../etc/passwd", "targets": {}},
    "name-empty": {"name": "", "targets": {}},
    "name-control": {"name": "pro\x00fil", "targets": {}},
    "password-in-profile": {"name": "p", "targets": {"c": {**GOOD_TARGET, "password": CANARY_PASSWORD}}},
    "key-in-profile": {"name": "p", "targets": {"c": {**GOOD_TARGET, "api_key": CANARY_KEY}}},
    "username-in-profile": {"name": "p", "targets": {"c": {**GOOD_TARGET, "username": "admin"}}},
    "unknown-key": {"name": "p", "evil": True},
    "url-javascript": {"name": "p", "targets": {"c": {"type": "csw", "url": "javascript:alert(1)"}}},
    "url-file": {"name": "p", "targets": {"c": {"type": "csw", "url": "file:///etc/passwd"}}},
    "url-not-string": {"name": "p", "targets": {"c": {"type": "csw", "url": 42}}},
    "type-missing": {"name": "p", "targets": {"c": {"url": "https://geo.ville.fr/csw"}}},
    "type-unknown": {"name": "p", "targets": {"c": {"type": "ftp", "url": "https://geo.ville.fr"}}},
    "type-injection": {"name": "p", "targets": {"c": {"type": "csw; rm -rf /", "url": "https://geo.ville.fr"}}},
    "authcfg-traversal": {"name": "p", "targets": {"c": {**GOOD_TARGET, "authcfg": "../../x"}}},
    "timeout-negative": {"name": "p", "targets": {"c": {**GOOD_TARGET, "timeout": -1}}},
    "timeout-huge": {"name": "p", "targets": {"c": {**GOOD_TARGET, "timeout": 1e308}}},
    "retries-huge": {"name": "p", "targets": {"c": {**GOOD_TARGET, "retries": 10 ** 9}}},
    "workspace-traversal": {"name": "p", "targets": {"c": {"type": "geoserver", "url": "https://g.fr",
                                                          "workspace": "../../rest/security"}}},
    "prefix-traversal": {"name": "p", "naming": {"prefix": "../"}},
    "max-length-zero": {"name": "p", "naming": {"max_length": 0}},
    "bbox-inverted": {"name": "p", "territory": {"bbox": [7, 48, 5, 46]}},
    "bbox-strings": {"name": "p", "territory": {"bbox": ["a", "b", "c", "d"]}},
    "bbox-short": {"name": "p", "territory": {"bbox": [1, 2]}},
    "kinds-unknown": {"name": "p", "target_kinds": ["public-ish"]},
    "required-unknown": {"name": "p", "required_fields": ["password"]},
    "siret-letters": {"name": "p", "organisation": {"siret": "ABCDEFGHIJKLMN"}},
    "crs-injection": {"name": "p", "targets": {"c": {**GOOD_TARGET, "crs": "EPSG:2154'; --"}}},
    "export-base-javascript": {"name": "p", "export": {"base_url": "javascript:alert(1)"}},
    "targets-list": {"name": "p", "targets": [GOOD_TARGET]},
    "insecure-not-bool": {"name": "p", "targets": {"c": {**GOOD_TARGET, "allow_insecure": "yes"}}},
}
#: A credential typed into an address of a profile (shared with every agent): refused, never quoted.
SECRET_ADDRESSES = {
    "url-userinfo": {"targets": {"c": {**GOOD_TARGET, "url": f"https://editeur:{CANARY_PASSWORD}@geo.ville.fr/csw"}}},
    "url-user-only": {"targets": {"c": {**GOOD_TARGET, "url": f"https://{CANARY_KEY}@geo.ville.fr/csw"}}},
    "url-query-apikey": {"targets": {"c": {**GOOD_TARGET, "url": f"https://geo.ville.fr/csw?apikey={CANARY_KEY}"}}},
    "url-query-authkey": {"targets": {"c": {"type": "geoserver", "workspace": "w",
                                            "url": f"https://g.fr/geoserver?service=WMS&AUTHKEY={CANARY_KEY}"}}},
    "url-query-token": {"targets": {"c": {"type": "udata", "organisation": "o",
                                          "url": f"https://demo.data.gouv.fr/?access-token={CANARY_KEY}"}}},
    "public-url-password": {"targets": {"c": {"type": "geoserver", "workspace": "w", "url": "https://g.fr/geoserver",
                                              "public_url": f"https://g.fr/geoserver?password={CANARY_PASSWORD}"}}},
    "export-base-userinfo": {"export": {"base_url": f"https://u:{CANARY_PASSWORD}@data.ville.fr/"}},
}
RAW_FILES = {
    "truncated-json": b'{"name": "p", "targets": {"c": {"type": "csw"',
    "empty-file": b"",
    "binary": bytes(range(256)) * 4,
    "utf16": '{"name": "p"}'.encode("utf-16"),
    "latin1-accent": '{"name": "p", "title": "Département"}'.encode("latin-1"),
    "nan": b'{"name": "p", "territory": {"bbox": [NaN, 1, 2, 3]}}',
    "deep-nesting": b'{"name": "p", "title": ' + b"[" * 100_000 + b"]" * 100_000 + b"}",
    "huge-number": b'{"name": "p", "naming": {"max_length": 1' + b"0" * 5000 + b"}}",
    "duplicate-keys": b'{"name": "a", "name": "../../b"}',
    "xml-instead": b'<?xml version="1.0"?><!DOCTYPE p [<!ENTITY x SYSTEM "file:///etc/passwd">]><p>&x;</p>',
}


def _refused(call) -> PasserelleError:
    with pytest.raises(PasserelleError) as caught:
        call()
    shown(caught.value)
    assert caught.value.code.startswith("profile.") and caught.value.message_fr and caught.value.message_en
    return caught.value


@pytest.mark.hostile("profils")
@pytest.mark.parametrize("document", list(DOCUMENTS.values()), ids=list(DOCUMENTS))
def test_a_malformed_profile_document_is_a_profile_error(document, tmp_path, data_dir):
    error = _refused(lambda: api.context(document).publishers())  # an unknown target type: when targets are made
    assert CANARY_PASSWORD not in str(error.__dict__) and CANARY_KEY not in str(error.__dict__)  # never quoted back
    path = tmp_path / "profil.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    try:
        _refused(lambda: api.publish([], profile=str(path)))
    finally:
        path.unlink()  # a planted canary: the final scan looks for it everywhere else
    assert not data_dir.exists() or not list(data_dir.rglob("*.json"))  # no registry made for it


@pytest.mark.hostile("profils")
@pytest.mark.parametrize("document", list(SECRET_ADDRESSES.values()), ids=list(SECRET_ADDRESSES))
def test_a_credential_in_a_profile_address_is_refused_and_never_quoted(document, tmp_path, data_dir):
    document = {"name": "p", "version": "1", **document}
    error = _refused(lambda: api.context(document))
    assert error.code == "profile.secret"
    path = tmp_path / "profil.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    try:
        report = api.validate_profile(str(path), check_sources=False)  # the administrators' check says it too
    finally:
        path.unlink()  # a planted canary: the final scan looks for it everywhere else
    assert "profile.secret" in {p.code for p in report.errors}
    said = str(error.__dict__) + " ".join(f"{p.message_fr} {p.message_en}" for p in report.problems)
    assert CANARY_PASSWORD not in said and CANARY_KEY not in said
    shown(*report.problems)


@pytest.mark.hostile("profils")
@pytest.mark.parametrize("content", list(RAW_FILES.values()), ids=list(RAW_FILES))
def test_an_unreadable_profile_file_is_a_profile_error(content, tmp_path, data_dir):
    path = tmp_path / "profil.json"
    path.write_bytes(content)
    error = _refused(lambda: api.context(str(path)))
    assert "root:" not in error.message_fr  # no entity was ever expanded


@pytest.mark.hostile("profils")
@pytest.mark.parametrize("value", ["../../../../etc/passwd", "/dev/zero", "/proc/self/environ", "profil\x00.json",
                                   "~root/.bashrc", "https://evil.example/profil.json", "", "a" * 5000])
def test_a_profile_name_or_path_that_is_no_profile_file_is_refused(value, data_dir):
    _refused(lambda: api.context(value))
