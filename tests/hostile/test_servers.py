"""Servers that lie, fail, stall or never answer, for each target type: a named failure, never a crash or a leak.

Every target type publishes one tagged layer through ``api.publish`` to a hostile HTTP server on
127.0.0.1 (support.hostile_http) that answers every request the same way: a redirect to another host,
each 4xx and 5xx, garbage, an XML bomb, a cut answer, a slow one, none at all. The outcome must be
failed (or refused) with a stable code; the other host a redirect points to never receives a
credential; no message or log holds one; the layer is left published nowhere.
"""
import pytest

from passerelle import api
from support.hostile_run import LOGS, shown

BOMB = ('<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaaaaaaaa">' + "".join(
    f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">' for i in range(8)) + ']><r>&i;</r>').encode()
XXE = b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><r>&x;</r>'
ANSWERS = {
    "302-elsewhere": dict(status=302, headers={"Location": "{other}/collecte"}),
    "307-elsewhere": dict(status=307, headers={"Location": "{other}/collecte"}),
    "301-loop": dict(status=301, headers={"Location": "{self}/boucle"}),
    "302-to-file": dict(status=302, headers={"Location": "file:///etc/passwd"}),
    **{f"status-{code}": dict(status=code, body=b'{"error": "refus"}', headers={"Content-Type": "application/json"})
       for code in (400, 401, 403, 404, 405, 409, 410, 413, 429, 500, 502, 503, 504)},
    "garbage": dict(body=bytes(range(256)) * 16, headers={"Content-Type": "application/json"}),
    "html-login-page": dict(body=b"<html><body><form>Connexion</form></body></html>",
                            headers={"Content-Type": "text/html"}),
    "json-broken": dict(body=b'{"success": true, "result": {', headers={"Content-Type": "application/json"}),
    "json-wrong-shape": dict(body=b'[1, 2, "trois"]', headers={"Content-Type": "application/json"}),
    "xml-bomb": dict(body=BOMB, headers={"Content-Type": "application/xml"}),
    "xxe": dict(body=XXE, headers={"Content-Type": "application/xml"}),
    "cut-short": dict(body=b'{"success": tr', length=50_000, headers={"Content-Type": "application/json"}),
    "slow": dict(delay=2.5, body=b"{}", headers={"Content-Type": "application/json"}),
    "never": dict(hang=True),
    "reset": dict(reset=True),
}
CODES = ("publish.", "network.", "ckan.", "udata.", "ods.", "geonetwork.", "geoserver.", "csw.", "qgis-server.")


def target(kind, url, credentials, tmp_path) -> dict:
    common = {"url": url, "timeout": 1, "retries": 0, "kind": "open"}
    return {
        "csw": {**common, "type": "csw", "url": url + "/csw", "authcfg": credentials["basic"]},
        "geonetwork": {**common, "type": "geonetwork", "url": url + "/geonetwork", "authcfg": credentials["basic"],
                       "group": "sig-commune"},
        "geoserver": {**common, "type": "geoserver", "url": url + "/geoserver", "authcfg": credentials["admin"],
                      "workspace": "commune"},
        "ckan": {**common, "type": "ckan", "authcfg": credentials["key"], "organisation": "commune"},
        "udata": {**common, "type": "udata", "authcfg": credentials["key"], "organisation": "5f0c2a7e3b1d4c8e9a6f0d2b"},
        "opendatasoft": {**common, "type": "opendatasoft", "authcfg": credentials["ods"], "poll_interval": 0.1,
                         "poll_max": 3},
        "qgis_server": {**common, "type": "qgis_server", "url": url + "/ows/", "project": str(tmp_path / "p.qgs")},
    }[kind]


KINDS = ["csw", "geonetwork", "geoserver", "ckan", "udata", "opendatasoft", "qgis_server"]


@pytest.mark.hostile("serveurs")
@pytest.mark.parametrize("answer", list(ANSWERS))
@pytest.mark.parametrize("kind", KINDS)
def test_a_hostile_server_is_a_named_failure_and_gets_no_credential_elsewhere(
        kind, answer, make_layer, credentials, hostile_server, another_server, tmp_path):
    layer = make_layer()
    rule = {k: v for k, v in ANSWERS[answer].items()}
    if "headers" in rule:
        rule["headers"] = {k: v.replace("{other}", another_server.url).replace("{self}", hostile_server.url)
                           for k, v in rule["headers"].items()}
    hostile_server.answer("/", **rule)
    another_server.answer("/", body=b"{}", headers={"Content-Type": "application/json"})
    profile = {"name": f"hostile-{kind}", "version": "1", "targets": {kind: target(kind, hostile_server.url,
                                                                                   credentials, tmp_path)}}
    report = api.publish([layer], profile)
    shown(*report.outcomes)
    states = {(o.state, o.code) for o in report.outcomes}
    assert len(report.outcomes) == 1 and not report.ok, states
    outcome = report.outcomes[0]
    assert outcome.state in ("failed", "refused", "incomplete") and outcome.code.startswith(CODES), states
    if outcome.code == "publish.unexpected":  # well-formed JSON of another shape: the pipeline's last guard
        assert answer == "json-wrong-shape" and "Traceback" in "\n".join(LOGS[-50:]), outcome.message_fr
    assert outcome.message_fr and outcome.message_fr != outcome.message_en
    for seen in another_server.requests:  # followed a redirect, maybe: never with a credential
        assert "authorization" not in seen.headers and "x-api-key" not in seen.headers, seen.headers
    entry = api.publication_status(layer, profile).get(profile["name"], {}).get(kind, {})
    assert entry.get("state") != "published"
