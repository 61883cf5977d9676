"""Passerelle's network follows QGIS's: the proxy, its exceptions and the CAs set in QGIS, nothing else.

A real forwarding proxy (tests/support/forward_proxy.py, a child process) listens on 127.0.0.1 and is
set in QGIS's settings only (QgsSettings ``proxy/*`` keys; the proxy variables are removed from the
environment). The catalogue is a real pycsw, addressed as ``csw.ideo.test``: a name only the proxy
resolves (it maps it to 127.0.0.1), as a town hall's proxy reaches servers its workstations cannot.
From the test process, the direct way ends in a DNS error: a publish that succeeds went through the
proxy, and the proxy's log lists each request it carried.
"""
import logging
import os
import socket

import pytest
import requests
from lxml import etree
from qgis.core import QgsApplication, QgsBlockingNetworkRequest, QgsSettings, QgsVectorLayer
from qgis.PyQt.QtCore import QUrl
from qgis.PyQt.QtNetwork import QNetworkRequest, QSslCertificate

from passerelle import api, network
from passerelle.catalogue.errors import PasserelleError
from passerelle.publishers.http import PublishError
from passerelle.qgis_io import auth
from passerelle.qgis_io.network import qgis_policy
from passerelle.sample import territory
from passerelle.sdi.pycsw_server import PycswServer
from passerelle.ui.settings_dialog import download_profile
from support.forward_proxy import ForwardProxy
from support.qgis_proxy import kept_proxy_settings
from support.qgis_proxy import set_qgis_proxy as set_proxy_in_qgis
from support.tls_server import TlsServer, make_authority

CSW_HOST = "csw.ideo.test"  # resolved by the proxy only
PORTAL_HOST = "portail.ideo.test"
PROXY_USER, PROXY_PASSWORD = "agent", "mot-de-passe-du-proxy-9f3"
GMD = "{http://www.isotc211.org/2005/gmd}"
VOCABULARY = """@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix dct: <http://purl.org/dc/terms/> .
<https://ideo.example.fr/vocabulary/producteur> a skos:ConceptScheme ; dct:identifier "producteur" ;
    skos:prefLabel "Producteurs"@fr, "Producers"@en .
<https://ideo.example.fr/producteur/sdis> a skos:Concept ;
    skos:inScheme <https://ideo.example.fr/vocabulary/producteur> ; skos:prefLabel "SDIS"@fr, "Fire service"@en .
"""


@pytest.fixture(autouse=True)
def qgis_settings_only(monkeypatch, tmp_path):
    """No proxy variable in the environment; QGIS's proxy keys restored (and reapplied) afterwards."""
    monkeypatch.setenv("PASSERELLE_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("PASSERELLE_CACHE_DIR", str(tmp_path / "cache"))
    with kept_proxy_settings():
        yield


def set_qgis_proxy(proxy, user=PROXY_USER, password=PROXY_PASSWORD, kind="HttpProxy", **lists):
    set_proxy_in_qgis(proxy.port, user, password, kind, **lists)


@pytest.fixture(scope="module")
def pycsw(tmp_path_factory):
    server = PycswServer(tmp_path_factory.mktemp("pycsw")).start()
    yield server
    server.stop()


@pytest.fixture
def proxy(tmp_path):
    with ForwardProxy(tmp_path, {CSW_HOST: "127.0.0.1", PORTAL_HOST: "127.0.0.1"},
                      auth=f"{PROXY_USER}:{PROXY_PASSWORD}") as running:
        yield running


@pytest.fixture
def layer(project, territory_gpkg):
    layer = QgsVectorLayer(f"{territory_gpkg}|layername=arrets_bus", "arrets_bus", "ogr")
    project.addMapLayer(layer)
    api.tag(layer, **territory.DEFAULT_TAGS["arrets_bus"])
    return layer


def catalogue_profile(url, name="proxy-test"):
    return {"name": name, "version": "1",
            "targets": {"catalogue": {"type": "csw", "url": url, "kind": "open", "retries": 0, "timeout": 10}}}


def stored_title(pycsw, identifier):
    """The record's title as pycsw holds it, read directly on 127.0.0.1 (not through Passerelle)."""
    answer = requests.get(pycsw.url, params={"service": "CSW", "version": "2.0.2", "request": "GetRecordById",
                                             "id": identifier, "outputSchema": GMD[1:-1], "elementSetName": "full"},
                          proxies={"http": None}, timeout=10)
    found = etree.fromstring(answer.content).find(f".//{GMD}title/")
    return None if found is None else found.text


@pytest.fixture
def qgis_trusts():
    """``qgis_trusts(ca_pem)``: add a CA to QGIS's authentication manager (removed afterwards)."""
    manager = QgsApplication.authManager()
    added = []

    def trust(ca_pem):
        certificate = QSslCertificate.fromPath(ca_pem)[0]
        assert manager.storeCertAuthority(certificate)
        added.append(certificate)
        manager.rebuildCaCertsCache()
        manager.rebuildTrustedCaCertsCache()

    yield trust
    for certificate in added:
        manager.removeCertAuthority(certificate)
    manager.rebuildCaCertsCache()
    manager.rebuildTrustedCaCertsCache()


# --- the policy QGIS's settings make --------------------------------------------------------------

def test_qgis_proxy_settings_become_the_network_policy(monkeypatch):
    settings = QgsSettings()
    assert qgis_policy().proxy_for("https://data.gouv.fr/api") == ""  # proxy off: direct
    for key, value in {"proxyEnabled": True, "proxyType": "HttpProxy", "proxyHost": "proxy.mairie.local",
                       "proxyPort": "3128", "proxyUser": "agent", "proxyPassword": "p@ss:word",
                       "noProxyUrls": ["https://intranet.mairie.local"],
                       "proxyExcludedUrls": ["http://10.1.2.3"]}.items():
        settings.setValue(f"proxy/{key}", value)
    policy = qgis_policy()
    assert policy.origin == "QGIS"
    assert policy.proxy_for("https://data.gouv.fr/api") == "http://agent:p%40ss%3Aword@proxy.mairie.local:3128"
    assert policy.proxy_for("http://geo.ville.fr/csw") == "http://agent:p%40ss%3Aword@proxy.mairie.local:3128"
    assert policy.proxy_for("https://intranet.mairie.local/csw") == ""  # QGIS compares URL beginnings
    assert policy.proxy_for("http://10.1.2.3/wms") == ""
    assert policy.proxy_for("https://autre.mairie.local/intranet.mairie.local") != ""
    assert "p@ss:word" not in repr(policy) and "p%40ss" not in repr(policy)
    assert "p@ss:word" not in policy.describe() and "p%40ss" not in policy.describe()

    settings.setValue("proxy/proxyType", "Socks5Proxy")
    assert qgis_policy().proxy_for("https://data.gouv.fr").startswith("socks5h://agent:")
    settings.setValue("proxy/proxyType", "FtpCachingProxy")  # carries no HTTP, in QGIS either
    assert qgis_policy().proxy_for("https://data.gouv.fr") == ""
    settings.setValue("proxy/proxyType", "DefaultProxy")  # the system's: on Linux, the variables Qt reads
    monkeypatch.setenv("http_proxy", "http://systeme.mairie.local:8080")
    assert qgis_policy().proxy_for("http://geo.ville.fr/csw") == "http://systeme.mairie.local:8080"
    assert qgis_policy().proxy_for("https://intranet.mairie.local/x") == ""

    # Credentials of an authentication configuration win over the plain settings, as in QGIS.
    settings.setValue("proxy/proxyType", "HttpProxy")
    settings.setValue("proxy/authcfg", auth.store_basic("Proxy de la mairie", "agent-sig", "depuis-la-base", "prox001"))
    assert qgis_policy().proxy_for("https://data.gouv.fr") == "http://agent-sig:depuis-la-base@proxy.mairie.local:3128"


# --- publishing through the proxy QGIS is set with -------------------------------------------------

def test_a_publish_to_pycsw_goes_through_the_qgis_proxy_while_the_direct_way_is_blocked(
        layer, pycsw, proxy, caplog):
    caplog.set_level(logging.DEBUG)
    with pytest.raises(socket.gaierror):  # the direct way is closed: this process cannot resolve the name
        socket.getaddrinfo(CSW_HOST, pycsw.port)
    profile = catalogue_profile(f"http://{CSW_HOST}:{pycsw.port}/csw")
    identifier = api.record(layer).identifier

    direct = api.publish([layer], profile)  # no proxy in QGIS yet
    assert [(o.state, o.code) for o in direct.outcomes] == [("failed", "publish.unreachable")]
    assert proxy.lines() == []

    set_qgis_proxy(proxy, password="pas-le-bon")
    refused = api.publish([layer], profile)
    assert [(o.state, o.code) for o in refused.outcomes] == [("failed", "network.proxy-auth")]
    assert "pas-le-bon" not in refused.outcomes[0].message_fr + refused.outcomes[0].message_en

    set_qgis_proxy(proxy)
    report = api.publish([layer], profile)
    assert report.ok, [(o.code, o.message_fr) for o in report.failures]
    assert stored_title(pycsw, identifier) == territory.DEFAULT_TAGS["arrets_bus"]["title"]
    carried = [line for line in proxy.lines() if f"user={PROXY_USER} 200" in line]
    base = f"http://{CSW_HOST}:{pycsw.port}/csw"
    assert any(line.startswith(f"GET {base}?") and "request=GetRecordById" in line and identifier in line
               for line in carried), proxy.lines()
    assert any(line.startswith(f"POST {base} ") for line in carried), proxy.lines()  # the Transaction
    assert PROXY_PASSWORD not in caplog.text and PROXY_PASSWORD not in "\n".join(proxy.lines())
    assert all(PROXY_PASSWORD not in o.message_fr + o.message_en + str(o.urls) for o in report.outcomes)

    # QGIS's own network stack, with the same settings, agrees: same proxy, same way in.
    reply = QgsBlockingNetworkRequest()
    assert reply.get(QNetworkRequest(QUrl(f"{base}?service=CSW&request=GetCapabilities")), True) == \
        QgsBlockingNetworkRequest.NoError
    assert b"Capabilities" in bytes(reply.reply().content())
    assert any(line.startswith(f"GET {base}?service=CSW&request=GetCapabilities") for line in proxy.lines())


def test_urls_excluded_from_the_qgis_proxy_go_direct(layer, pycsw, proxy):
    on_loopback = catalogue_profile(f"http://127.0.0.1:{pycsw.port}/csw")
    set_qgis_proxy(proxy)  # QGIS sends even 127.0.0.1 to its proxy unless told otherwise
    assert api.publish([layer], on_loopback).ok
    assert any(f"http://127.0.0.1:{pycsw.port}/csw" in line for line in proxy.lines())

    seen = len(proxy.lines())
    set_qgis_proxy(proxy, noProxyUrls=[f"http://127.0.0.1:{pycsw.port}"])
    api.tag(layer, title="Arrêts de bus (exclusion du proxy)")
    assert api.publish([layer], on_loopback).ok
    assert stored_title(pycsw, api.record(layer).identifier) == "Arrêts de bus (exclusion du proxy)"
    assert proxy.lines()[seen:] == []  # went direct

    # An excluded name the proxy alone knows: tried directly, it cannot be reached, and the proxy saw nothing.
    set_qgis_proxy(proxy, proxyExcludedUrls=[f"http://{CSW_HOST}"])
    failed = api.publish([layer], catalogue_profile(f"http://{CSW_HOST}:{pycsw.port}/csw", "proxy-test-excluded"))
    assert [o.code for o in failed.outcomes] == ["publish.unreachable"]
    assert proxy.lines()[seen:] == []


# --- downloads: the settings dialog's profiles, the vocabularies -----------------------------------

def test_profile_and_vocabulary_downloads_take_the_qgis_proxy_and_cas(tmp_path, proxy, qgis_trusts):
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "profil.json").write_text('{"name": "ideo-bfc-test", "version": "2026.4", "targets": {}}',
                                       encoding="utf-8")
    (pages / "vocabulaires.ttl").write_text(VOCABULARY, encoding="utf-8")
    authority = make_authority(tmp_path / "ca", [PORTAL_HOST])
    with TlsServer(pages, authority) as portal:
        qgis_trusts(authority.ca_pem)
        set_qgis_proxy(proxy)
        kept = download_profile(portal.url("profil.json", host=PORTAL_HOST), str(tmp_path / "profiles"))
        assert os.path.basename(kept) == "ideo-bfc-test.json"
        vocabularies = api.vocabularies({"name": "voc", "version": "1", "targets": {},
                                         "vocabularies": [portal.url("vocabulaires.ttl", host=PORTAL_HOST)]})
        assert vocabularies.warnings == [] and "producteur" in vocabularies
    tunnels = [line for line in proxy.lines() if line.startswith(f"CONNECT {PORTAL_HOST}:{portal.port} ")]
    assert len(tunnels) == 2 and all(line.endswith(f"user={PROXY_USER} 200") for line in tunnels)


def test_an_https_server_signed_by_a_ca_known_only_to_qgis(tmp_path, qgis_trusts):
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "profil.json").write_text('{"name": "interne", "version": "1", "targets": {}}', encoding="utf-8")
    authority = make_authority(tmp_path / "ca", ["127.0.0.1"])
    with TlsServer(pages, authority) as server:
        url = server.url("profil.json")
        with pytest.raises(PublishError) as untrusted:
            network.default().fetch(url)
        assert untrusted.value.code == "network.tls"
        # The point is the wording: the agent learns where QGIS takes a CA.
        assert "certificat non reconnu" in untrusted.value.message_fr
        assert "Options › Authentification" in untrusted.value.message_fr
        with pytest.raises(PasserelleError) as in_dialog:
            download_profile(url, str(tmp_path / "profiles"))
        assert in_dialog.value.code == "profile.download" and "certificat" in in_dialog.value.message_fr

        qgis_trusts(authority.ca_pem)
        assert os.path.exists(download_profile(url, str(tmp_path / "profiles")))
        assert network.default().fetch(url).startswith(b'{"name": "interne"')
        with pytest.raises(PublishError) as elsewhere:  # trusted through QGIS only, not the environment's CAs
            network.Network(network.environment_policy()).fetch(url)
        assert elsewhere.value.code == "network.tls"
