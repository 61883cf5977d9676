"""The network policy headless: proxy variables, NO_PROXY rules, masked passwords (no QGIS here)."""
import pytest

from passerelle import network
from passerelle.network import NetworkPolicy, bypassed, environment_policy
from passerelle.publishers.http import HttpClient


def test_the_environment_gives_a_proxy_per_scheme_its_exceptions_and_the_ca_bundle():
    policy = environment_policy({"HTTPS_PROXY": "proxy.mairie.local:3128", "http_proxy": "http://autre:8080",
                                 "HTTP_PROXY": "http://ignore:1", "REQUESTS_CA_BUNDLE": "/etc/mairie/ca.pem",
                                 "NO_PROXY": "intranet.mairie.local, .interne,10.0.0.0/8"})
    assert policy.origin == "environment"
    assert policy.proxy_for("https://data.gouv.fr/api/1/") == "http://proxy.mairie.local:3128"
    assert policy.proxy_for("http://geo.ville.fr/csw") == "http://autre:8080"  # lower case first, as curl
    assert policy.proxy_for("https://intranet.mairie.local/csw") == ""
    assert policy.proxy_for("https://sig.interne/csw") == ""
    assert policy.proxy_for("http://10.2.3.4:8080/wms") == ""
    assert policy.requests_proxies("https://data.gouv.fr") == {"https": "http://proxy.mairie.local:3128"}
    assert policy.requests_proxies("https://intranet.mairie.local") == {}
    assert policy.ca_bundle == "/etc/mairie/ca.pem"
    assert environment_policy({"ALL_PROXY": "http://tout:3128"}).proxy_for("https://x.fr") == "http://tout:3128"
    assert environment_policy({"CURL_CA_BUNDLE": "/ca.pem"}).ca_bundle == "/ca.pem"
    assert environment_policy({}).proxy_for("https://x.fr") == ""


@pytest.mark.parametrize("host, port, rule, expected", [
    ("intranet.ville.fr", None, "intranet.ville.fr", True),
    ("sig.intranet.ville.fr", None, "intranet.ville.fr", True),  # sub-domains too
    ("sig.intranet.ville.fr", None, ".ville.fr", True),
    ("sig.intranet.ville.fr", None, "*.ville.fr", True),
    ("autreville.fr", None, "ville.fr", False),  # a suffix of the name is not a domain
    ("geo.ville.fr", 8080, "geo.ville.fr:8080", True),
    ("geo.ville.fr", 443, "geo.ville.fr:8080", False),
    ("192.168.1.20", None, "192.168.0.0/16", True),
    ("192.169.1.20", None, "192.168.0.0/16", False),
    ("::1", None, "::1", True),
    ("::1", 8080, "[::1]:8080", True),
    ("n-importe-quoi.fr", None, "*", True),
    ("GEO.Ville.FR.", None, "geo.ville.fr", True),
])
def test_no_proxy_rules(host, port, rule, expected):
    assert bypassed(host, port, [rule]) is expected


def test_a_proxy_password_is_never_shown():
    policy = environment_policy({"HTTPS_PROXY": "http://agent:s%40cret-42@proxy:3128"})
    assert policy.proxy_for("https://x.fr") == "http://agent:s%40cret-42@proxy:3128"  # requests needs it
    for shown in (repr(policy), policy.describe(), repr(network.Network(policy))):
        assert "s%40cret-42" not in shown and "s@cret-42" not in shown and "agent:***@proxy:3128" in shown
    assert set(policy.secrets()) == {"s%40cret-42", "s@cret-42"}


def test_without_qgis_clients_follow_the_environment_and_the_local_sdi_goes_direct(monkeypatch):
    monkeypatch.setenv("HTTPS_PROXY", "http://proxy.mairie.local:3128")
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", "/etc/mairie/ca.pem")
    client = HttpClient("https://geo.ville.fr/csw")
    assert client.network.origin == "environment"
    assert client.network.proxy_for("https://geo.ville.fr/csw") == "http://proxy.mairie.local:3128"
    assert client.session.verify == "/etc/mairie/ca.pem"
    assert network.direct().policy.proxy_for("https://geo.ville.fr/csw") == ""
    assert network.direct().client("http://127.0.0.1:8000").session.verify is True


def test_a_per_call_verify_true_still_means_the_policy_cas():
    """Publishers pass ``verify=True`` per call when a profile says verify_tls: the CAs stay the policy's."""
    client = HttpClient("https://geo.ville.fr", network=NetworkPolicy(ca_bundle="/etc/mairie/ca.pem"))
    settings = client.session.merge_environment_settings("https://geo.ville.fr/csw", {}, False, True, None)
    assert settings["verify"] == "/etc/mairie/ca.pem" and settings["proxies"] == {}
    unchecked = HttpClient("https://geo.ville.fr", verify_tls=False, network=NetworkPolicy(ca_bundle="/ca.pem"))
    assert unchecked.session.verify is False
