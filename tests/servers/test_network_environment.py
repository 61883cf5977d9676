"""Headless (no QGIS): the network layer follows HTTP_PROXY, HTTPS_PROXY, NO_PROXY and REQUESTS_CA_BUNDLE.

The proxy is a real forwarding proxy in a child process (tests/support/forward_proxy.py); the catalogue
a real pycsw addressed as ``csw.ideo.test``, a name only the proxy resolves (see tests/qgis/test_network.py).
"""
import datetime as dt
import http.server
import socket
import threading

import pytest

from passerelle import network
from passerelle.catalogue import vocabulary_sources
from passerelle.catalogue.encoders import iso19139
from passerelle.catalogue.profile import Profile
from passerelle.catalogue.record import Contact, Extent, Record, new_identifier
from passerelle.publishers import factory
from passerelle.publishers.base import PublicationPackage
from passerelle.publishers.http import PublishError
from support.forward_proxy import ForwardProxy
from support.tls_server import TlsServer, make_authority

CSW_HOST, PORTAL_HOST = "csw.ideo.test", "portail.ideo.test"
USER, PASSWORD = "agent", "secret-du-proxy-7c1"
VOCABULARY = """@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix dct: <http://purl.org/dc/terms/> .
<https://ideo.example.fr/vocabulary/producteur> a skos:ConceptScheme ; dct:identifier "producteur" ;
    skos:prefLabel "Producteurs"@fr, "Producers"@en .
"""


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch, tmp_path):
    for name in ("http_proxy", "https_proxy", "all_proxy", "no_proxy", "requests_ca_bundle", "curl_ca_bundle"):
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.upper(), raising=False)
    monkeypatch.setenv("PASSERELLE_CACHE_DIR", str(tmp_path / "cache"))


@pytest.fixture
def proxy(tmp_path):
    with ForwardProxy(tmp_path, {CSW_HOST: "127.0.0.1", PORTAL_HOST: "127.0.0.1"}, auth=f"{USER}:{PASSWORD}") as p:
        yield p


def package(tmp_path) -> PublicationPackage:
    record = Record(identifier=new_identifier(), title="Arrêts de bus", abstract="Arrêts du réseau.",
                    keywords=["transport"], themes=["http://inspire.ec.europa.eu/theme/tn"],
                    producer=Contact(organisation="Commune", email="sig@commune.fr", role="owner"),
                    extent=Extent(5.8, 47.0, 6.0, 47.2, "EPSG:2154"), created=dt.date(2020, 1, 1),
                    lineage="Relevé terrain.")
    gpkg = tmp_path / "arrets.gpkg"
    gpkg.write_bytes(b"not read by the CSW publisher")
    return PublicationPackage(record=record, name="arrets_bus", gpkg_path=str(gpkg), crs="EPSG:2154",
                              feature_count=3, content_hash="sha256:test",
                              encode_iso=lambda links: iso19139.encode(record, online_resources=links))


def csw_publisher(url):
    profile = Profile.load({"name": "env", "version": "1",
                            "targets": {"catalogue": {"type": "csw", "url": url, "retries": 0, "timeout": 10}}})
    [publisher] = factory.build(profile)
    return publisher


def test_a_headless_publish_to_pycsw_follows_http_proxy_and_no_proxy(pycsw, proxy, tmp_path, monkeypatch):
    with pytest.raises(socket.gaierror):  # only the proxy can reach this name
        socket.getaddrinfo(CSW_HOST, pycsw.port)
    url = f"http://{CSW_HOST}:{pycsw.port}/csw"
    ours = package(tmp_path)
    with pytest.raises(PublishError) as direct:
        csw_publisher(url).publish(ours, {})
    assert direct.value.code == "publish.unreachable" and proxy.lines() == []

    monkeypatch.setenv("HTTP_PROXY", f"http://{USER}:{PASSWORD}@127.0.0.1:{proxy.port}")
    result = csw_publisher(url).publish(ours, {})
    assert result.changed and result.ids == {"record": ours.identifier}
    assert csw_publisher(url).status(ours.identifier, result.ids)["exists"]
    lines = proxy.lines()
    assert any(line.startswith(f"POST {url} user={USER} 200") for line in lines), lines
    assert any(line.startswith(f"GET {url}?") and "GetRecordById" in line and line.endswith(f"user={USER} 200")
               for line in lines), lines
    assert PASSWORD not in "\n".join(lines)

    monkeypatch.setenv("NO_PROXY", f"localhost,{CSW_HOST}")
    seen = len(proxy.lines())
    with pytest.raises(PublishError) as excluded:
        csw_publisher(url).status(ours.identifier, result.ids)
    assert excluded.value.code == "publish.unreachable"  # tried directly: the name does not resolve here
    assert proxy.lines()[seen:] == []


def test_headless_https_goes_through_https_proxy_and_trusts_requests_ca_bundle(proxy, tmp_path, monkeypatch):
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "vocabulaires.ttl").write_text(VOCABULARY, encoding="utf-8")
    authority = make_authority(tmp_path / "ca", [PORTAL_HOST])
    monkeypatch.setenv("HTTPS_PROXY", f"http://{USER}:{PASSWORD}@127.0.0.1:{proxy.port}")
    with TlsServer(pages, authority) as portal:
        url = portal.url("vocabulaires.ttl", host=PORTAL_HOST)
        with pytest.raises(PublishError) as untrusted:  # requests' own CAs do not know the portal's
            network.default().fetch(url)
        assert untrusted.value.code == "network.tls" and "REQUESTS_CA_BUNDLE" in untrusted.value.message_fr

        monkeypatch.setenv("REQUESTS_CA_BUNDLE", authority.ca_pem)
        vocabularies = vocabulary_sources.load([url])  # the default fetch: the environment's network
        assert vocabularies.warnings == [] and "producteur" in vocabularies
    tunnels = [line for line in proxy.lines() if line.startswith(f"CONNECT {PORTAL_HOST}:{portal.port} ")]
    assert len(tunnels) == 2 and tunnels[-1].endswith(f"user={USER} 200")


class _Recorder(http.server.ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, redirect_to=""):
        self.redirect_to, self.seen = redirect_to, []

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(handler):  # noqa: N805
                self.seen.append(dict(handler.headers))
                handler.send_response(302 if self.redirect_to else 200)
                if self.redirect_to:
                    handler.send_header("Location", self.redirect_to)
                handler.send_header("Content-Length", "2")
                handler.end_headers()
                handler.wfile.write(b"ok")

            def log_message(handler, *args):  # noqa: N805
                pass

        super().__init__(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()


def test_a_redirect_is_routed_again_and_the_proxy_password_reaches_no_server(proxy):
    final = _Recorder()
    first = _Recorder(redirect_to=f"http://127.0.0.1:{final.server_address[1]}/fin")
    try:
        policy = network.environment_policy({"HTTP_PROXY": f"http://{USER}:{PASSWORD}@127.0.0.1:{proxy.port}",
                                             "NO_PROXY": f"127.0.0.1:{final.server_address[1]}"})
        start = f"http://{CSW_HOST}:{first.server_address[1]}/debut"
        assert network.Network(policy).fetch(start) == b"ok"
    finally:
        first.shutdown()
        final.shutdown()
    assert [line.split()[1] for line in proxy.lines()] == [start]  # the redirect's target went direct
    assert len(first.seen) == 1 and len(final.seen) == 1
    for headers in first.seen + final.seen:
        assert not any(name.lower() == "proxy-authorization" for name in headers)
        assert PASSWORD not in str(headers)
