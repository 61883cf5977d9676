"""Credentials go only to the target's own origin; only idempotent calls are retried; nothing shown holds a secret.

Real HTTP on 127.0.0.1 (support.hostile_http): two servers are two origins (another port), and
``localhost`` is another origin than ``127.0.0.1`` on the same port.
"""
import base64
import logging

import pytest

from passerelle.network import is_loopback, origin
from passerelle.publishers.http import Credentials, HttpClient, PublishError, redact
from support.hostile_http import HostileServer

KEY = "Canary-Key-3e1f9a"
PASSWORD = "Canary-Pw-p@ss:w0rd"
BASIC = base64.b64encode(f"editeur:{PASSWORD}".encode()).decode()


@pytest.fixture
def target():
    with HostileServer() as server:
        yield server


@pytest.fixture
def elsewhere():
    with HostileServer() as server:
        yield server


def client(server, **credentials):
    return HttpClient(server.url, target="Le portail", retries=2, backoff=0.01, timeout=5,
                      credentials=Credentials(**credentials))


def carries_credentials(seen) -> bool:
    return "authorization" in seen.headers or "x-api-key" in seen.headers


@pytest.mark.parametrize("status", [301, 302, 303, 307, 308])
def test_a_redirect_to_another_host_loses_every_credential(target, elsewhere, status):
    target.answer("/api/datasets", status=status, headers={"Location": elsewhere.url + "/collect"})
    elsewhere.answer("/collect", body=b"{}")
    for http in (client(target, headers={"X-API-KEY": KEY}), client(target, username="editeur", password=PASSWORD)):
        http.get("api/datasets")
    sent_here = target.seen("/api/datasets")
    assert len(sent_here) == 2 and all(carries_credentials(s) for s in sent_here)  # the target got them
    received = elsewhere.seen("/collect")
    assert len(received) == 2 and not any(carries_credentials(s) for s in received)
    assert KEY not in repr([s.headers for s in received]) and BASIC not in repr([s.headers for s in received])


def test_a_redirect_within_the_origin_keeps_the_credentials(target):
    target.answer("/api/old", status=301, headers={"Location": target.url + "/api/new"})
    target.answer("/api/new", body=b"{}")
    client(target, headers={"X-API-KEY": KEY}).get("api/old")
    assert target.seen("/api/new")[0].headers["x-api-key"] == KEY


def test_another_port_or_name_of_the_same_machine_is_another_origin(target):
    other_name = target.url.replace("127.0.0.1", "localhost")
    target.answer("/api/page", status=302, headers={"Location": other_name + "/api/page2"})
    target.answer("/api/page2", body=b"{}")
    client(target, username="editeur", password=PASSWORD).get("api/page")
    assert carries_credentials(target.seen("/api/page")[0]) and not carries_credentials(target.seen("/api/page2")[0])


def test_an_absolute_url_read_in_an_answer_gets_no_credential(target, elsewhere):
    """udata's next_page, CKAN's resource URLs: followed as given, without the key if they lead elsewhere."""
    elsewhere.answer("/page2", body=b'{"data": []}')
    target.answer("/api/page2", body=b'{"data": []}')
    http = client(target, headers={"X-API-KEY": KEY})
    http.get(elsewhere.url + "/page2")
    http.get(target.url + "/api/page2")
    assert not carries_credentials(elsewhere.seen("/page2")[0])
    assert target.seen("/api/page2")[0].headers["x-api-key"] == KEY
    assert not http.sends_credentials_to(elsewhere.url) and http.sends_credentials_to(target.url + "/x")


def test_a_client_without_base_url_binds_its_credentials_to_its_first_server(target, elsewhere):
    target.answer("/csw", body=b"<ok/>")
    elsewhere.answer("/csw", body=b"<ok/>")
    http = HttpClient(target="Le catalogue", credentials=Credentials(username="editeur", password=PASSWORD))
    http.get(target.url + "/csw")
    http.get(elsewhere.url + "/csw")
    assert carries_credentials(target.seen("/csw")[0]) and not carries_credentials(elsewhere.seen("/csw")[0])


def test_plain_http_to_another_machine_is_refused_before_sending_unless_the_profile_allows_it(caplog):
    refused = HttpClient("http://geo.example.invalid/geoserver", target="GeoServer", retries=0,
                         credentials=Credentials(username="admin", password=PASSWORD))
    with pytest.raises(PublishError) as caught:
        refused.get("rest/workspaces")
    assert caught.value.code == "network.insecure" and refused.requests_sent == 0
    assert "https://" in caught.value.message_fr and "allow_insecure" in caught.value.message_fr
    caplog.set_level(logging.WARNING, "passerelle.publishers")
    allowed = HttpClient("http://geo.example.invalid/geoserver", target="GeoServer", retries=0, timeout=2,
                         credentials=Credentials(username="admin", password=PASSWORD), allow_insecure=True)
    with pytest.raises(PublishError) as unreachable:  # sent, this time (the name does not resolve here)
        allowed.get("rest/workspaces")
    assert unreachable.value.code == "publish.unreachable" and allowed.requests_sent == 1
    assert "plain HTTP" in caplog.text and PASSWORD not in caplog.text
    # Without credentials there is nothing to protect; on this machine nothing crosses a network.
    assert HttpClient("http://geo.example.invalid", retries=0, timeout=2).sends_credentials_to("http://x") is False


def test_loopback_and_origins():
    assert is_loopback("127.0.0.1") and is_loopback("localhost") and is_loopback("::1") and is_loopback("127.8.0.1")
    assert not is_loopback("geo.ville.fr") and not is_loopback("10.0.0.1")
    assert origin("https://Geo.Ville.fr/a") == origin("https://geo.ville.fr:443/b") == ("https", "geo.ville.fr", 443)
    assert origin("http://geo.ville.fr/") != origin("https://geo.ville.fr/")
    assert origin("mailto:x@y.fr") == origin("") == ("", "", 0)


# -- retries ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("method", ["PUT", "DELETE", "POST", "PATCH"])
def test_a_write_is_sent_once_even_after_a_504(target, method):
    target.answer("/api/upload", status=504, body=b"gateway timeout")
    with pytest.raises(PublishError) as caught:
        client(target).request(method, "api/upload")
    assert caught.value.code == "publish.server-error" and len(target.seen("/api/upload")) == 1


def test_reads_and_writes_marked_idempotent_are_retried(target):
    target.answer("/api/read", status=503, times=2)
    target.answer("/api/read", body=b"ok")
    target.answer("/api/settings", status=502, times=1)
    target.answer("/api/settings", body=b"ok")
    http = client(target)
    assert http.get("api/read").text == "ok" and len(target.seen("/api/read")) == 3
    assert http.put("api/settings", idempotent=True).text == "ok" and len(target.seen("/api/settings")) == 2


def test_a_connection_cut_on_a_write_is_not_retried_either(target):
    target.answer("/api/status", reset=True)
    with pytest.raises(PublishError) as caught:
        client(target).put("api/status", json={"status": 4})
    assert caught.value.code == "publish.unreachable" and len(target.seen("/api/status")) == 1


def test_a_server_that_never_answers_is_a_named_timeout(target):
    target.answer("/api/never", hang=True)
    http = HttpClient(target.url, target="Le portail", retries=0, timeout=0.5)
    with pytest.raises(PublishError) as caught:
        http.get("api/never")
    assert caught.value.code == "publish.timeout" and caught.value.retryable and "0.5 s" in caught.value.message_fr


# -- redaction -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, secret_part", [
    ("https://editeur:p@ss@w0rd@geo.ville.fr/csw", "p@ss@w0rd"),
    ("https://geo.ville.fr/wms?authkey=9f3e2d1c&LAYERS=x", "9f3e2d1c"),
    ("token_url?client_secret=Zx81-aa&grant_type=client_credentials", "Zx81-aa"),
    ('{"client_secret": "Zx81-aa", "client_id": "passerelle"}', "Zx81-aa"),
    ("Authorization: Basic ZWRpdGV1cjpzM2NyZXQ=", "ZWRpdGV1cjpzM2NyZXQ="),
    ("Authorization: Basic ZWRpdGV1cjpzZWNyZXQ", "ZWRpdGV1cjpzZWNyZXQ"),  # no digit, no padding
    ("headers={'X-API-KEY': 'k-5c2b', 'Accept': 'application/json'}", "k-5c2b"),
    ("Bearer eyJhbGciOiJIUzI1NiJ9.e30.abc", "eyJhbGciOiJIUzI1NiJ9"),
    ("GET /api?apikey=aa11&page=2", "aa11"),
    ("password=hunter2&user=x", "hunter2"),
])
def test_redaction_hides_the_credential_forms_that_slipped_through(text, secret_part):
    shown = redact(text)
    assert secret_part not in shown and "***" in shown


def test_redaction_keeps_ordinary_words_and_hides_given_secrets_in_every_form():
    for ordinary in ("Duplicate key value violates unique constraint", "sig@mairie.fr",
                     "utilisez « Basic » (identifiant + mot de passe)", "https://geo.ville.fr/wms?LAYERS=a&key_layer=1x"):
        assert redact(ordinary) == ordinary or "key_layer=" in ordinary
    from urllib.parse import quote

    credentials = Credentials(username="editeur", password=PASSWORD)
    assert BASIC in credentials.secrets()
    text = f"sent {PASSWORD} / {quote(PASSWORD, safe='')} / {BASIC}"
    assert redact(text, credentials.secrets()) == "sent *** / *** / ***"
    assert not Credentials() and Credentials(headers={"X-API-KEY": KEY})
