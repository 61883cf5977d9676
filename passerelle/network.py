"""One network layer for everything Passerelle sends: publishing, vocabulary and profile downloads.

Where a request goes (which proxy, which URLs go direct) and which certificate authorities are
trusted is a :class:`NetworkPolicy`, decided in one place:

- inside QGIS, by QGIS's own settings (Options › Network: proxy, its exclusions; Options ›
  Authentication: trusted certificate authorities), read by
  :func:`passerelle.qgis_io.network.qgis_policy`, so Passerelle reaches what QGIS reaches;
- headless (scripts, CI), by the standard environment variables (:func:`environment_policy`):
  ``HTTPS_PROXY``, ``HTTP_PROXY``, ``ALL_PROXY``, ``NO_PROXY``, ``REQUESTS_CA_BUNDLE``, ``CURL_CA_BUNDLE``.

A :class:`Network` applies a policy: it makes the :class:`~passerelle.publishers.http.HttpClient`
of each target (timeouts, retries of safe calls, streaming, French errors, redaction) and
downloads files (:meth:`Network.fetch`, for vocabularies and profiles).

    >>> from passerelle import network
    >>> net = network.default()                        # QGIS's settings in QGIS, else the environment
    >>> http = net.client("https://geo.ville.fr/csw", target="Le catalogue de la ville")
    >>> data = net.fetch("https://ideo.example.fr/profil.json", max_bytes=1_000_000)
    >>> net.policy.proxy_for("https://geo.ville.fr/csw")
    'http://proxy.mairie.local:3128'

Proxy passwords live in the policy's proxy URLs only: ``repr`` and :meth:`NetworkPolicy.describe`
mask them, and no message or log line carries them. Nothing here imports Qt, QGIS or requests
at import time.
"""
from __future__ import annotations

import ipaddress
import os
import re
import sys
from dataclasses import dataclass, field
from typing import Callable, Mapping, Optional
from urllib.parse import unquote, urlsplit

QGIS = "QGIS"
ENVIRONMENT = "environment"
DIRECT = "direct"
_PORT_SUFFIX = re.compile(r"^(?P<host>\[[^\]]*\]|[^:]*):(?P<port>\d+)$")


@dataclass(frozen=True)
class NetworkPolicy:
    """How to reach a URL: through which proxy, or direct; and which CAs to trust for HTTPS.

    ``proxies``: scheme (``http``, ``https``) -> proxy URL (``http://user:password@host:3128``,
    ``socks5h://host:1080``). ``no_proxy``: host rules in ``NO_PROXY`` syntax (``intranet.ville.fr``,
    ``.ville.fr``, ``10.0.0.0/8``, ``host:8080``, ``*``). ``direct_prefixes``: URL beginnings that go
    direct (QGIS's "no proxy for" list, matched as QGIS does: the URL starts with it). ``system``:
    when set, asks the system for each URL's proxy (QGIS's "default proxy" setting).
    ``ca_bundle``: PEM file of the trusted CAs ("" = requests' own bundle). ``origin`` says where
    the policy comes from (``QGIS``, ``environment``, ``direct``), for messages.
    """

    proxies: Mapping[str, str] = field(default_factory=dict)
    no_proxy: tuple = ()
    direct_prefixes: tuple = ()
    system: Optional[Callable[[str], str]] = None
    ca_bundle: str = ""
    origin: str = DIRECT

    def proxy_for(self, url: str) -> str:
        """The proxy URL to reach ``url`` through, "" for a direct connection."""
        if any(url.startswith(prefix) for prefix in self.direct_prefixes):
            return ""
        parts = urlsplit(url)
        try:
            port = parts.port
        except ValueError:
            port = None
        if bypassed(parts.hostname or "", port, self.no_proxy):
            return ""
        if self.system is not None:
            return self.system(url) or ""
        return self.proxies.get(parts.scheme.lower(), "")

    def requests_proxies(self, url: str) -> dict:
        """``proxies=`` for requests: the proxy of ``url`` for its scheme (empty: direct)."""
        proxy = self.proxy_for(url)
        return {urlsplit(url).scheme.lower(): proxy} if proxy else {}

    def secrets(self) -> list:
        """Proxy passwords (to mask in anything shown)."""
        found = []
        for proxy in self.proxies.values():
            password = urlsplit(proxy).password
            if password:
                found += [password, unquote(password)]
        return found

    def describe(self) -> str:
        """One line for logs and messages, without any password."""
        if self.system is not None:
            how = "proxy du système"
        elif self.proxies:
            how = ", ".join(f"{scheme} via {mask(proxy)}" for scheme, proxy in sorted(self.proxies.items()))
        else:
            how = "connexion directe"
        exceptions = len(self.no_proxy) + len(self.direct_prefixes)
        extra = f", {exceptions} exception(s)" if exceptions else ""
        ca = f", autorités de certification : {self.ca_bundle}" if self.ca_bundle else ""
        return f"réseau ({self.origin}) : {how}{extra}{ca}"

    def __repr__(self):
        proxies = {scheme: mask(proxy) for scheme, proxy in self.proxies.items()}
        return (f"NetworkPolicy(origin={self.origin!r}, proxies={proxies!r}, no_proxy={self.no_proxy!r}, "
                f"direct_prefixes={self.direct_prefixes!r}, system={self.system is not None}, "
                f"ca_bundle={self.ca_bundle!r})")


class Network:
    """The HTTP layer: a policy, and the clients and downloads that follow it.

    ``Network(policy)``; :func:`default` picks the policy (QGIS's settings or the environment).
    """

    def __init__(self, policy: Optional[NetworkPolicy] = None):
        self.policy = policy if policy is not None else environment_policy()

    def client(self, base_url: str = "", target: str = "serveur", credentials=None, timeout: float = 30.0,
               retries: int = 3, backoff: float = 0.5, verify_tls: bool = True, allow_insecure: bool = False):
        """An :class:`~passerelle.publishers.http.HttpClient` for one server, following this policy.

        Its credentials go to ``base_url``'s origin (scheme, host, port) only: never to another host a
        redirect or an address read in an answer leads to, and never over plain ``http://`` to
        another machine unless ``allow_insecure`` (the profile's ``allow_insecure: true``).

        >>> http = network.default().client(settings["url"], target="Le portail", credentials=creds,
        ...                                 timeout=30, retries=3, verify_tls=True)
        """
        from .publishers.http import HttpClient

        return HttpClient(base_url, target=target, credentials=credentials, timeout=timeout, retries=retries,
                          backoff=backoff, verify_tls=verify_tls, network=self.policy, allow_insecure=allow_insecure)

    def fetch(self, url: str, *, timeout: float = 30.0, max_bytes: Optional[int] = None, accept: str = "*/*",
              progress: Optional[Callable[[int, int], None]] = None, retries: int = 0) -> bytes:
        """The body of a GET on ``url``, streamed, refused beyond ``max_bytes``.

        ``progress(received, total)`` is called as bytes arrive (total 0 when unknown). Errors are
        :class:`~passerelle.publishers.http.PublishError` with a French message and a stable code
        (``publish.unreachable``, ``publish.not-found``, ``network.tls``, ``network.proxy``,
        ``network.too-big``...) and ``status`` (the HTTP status, 0 when none came back).
        """
        host = urlsplit(url).hostname or url
        client = self.client(target=f"Le serveur « {host} »", timeout=timeout, retries=retries, backoff=0.2)
        return client.download(url, max_bytes=max_bytes, headers={"Accept": accept}, progress=progress)

    def revalidate(self, url: str, *, timeout: float = 30.0, max_bytes: Optional[int] = None, accept: str = "*/*",
                   etag: str = "", last_modified: str = "", retries: int = 0) -> tuple:
        """A conditional GET of ``url``: ``(304, b"", {})`` when the copy described by ``etag`` /
        ``last_modified`` is still current, else ``(200, body, validators)`` with the answer's
        ``etag`` and ``last_modified`` (those it gave). Errors as :meth:`fetch`.

        >>> status, body, validators = net.revalidate(url, etag='"v3"')
        """
        headers = {"Accept": accept}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        host = urlsplit(url).hostname or url
        client = self.client(target=f"Le serveur « {host} »", timeout=timeout, retries=retries, backoff=0.2)
        status, body, answer = client.get_body(url, max_bytes=max_bytes, headers=headers, expect=(200, 304))
        if status == 304:
            return 304, b"", {}
        validators = {"etag": answer.get("ETag", ""), "last_modified": answer.get("Last-Modified", "")}
        return 200, body, {k: v for k, v in validators.items() if v}

    def __repr__(self):
        return f"Network({self.policy!r})"


def default() -> Network:
    """The network layer in force: QGIS's settings when QGIS runs in this process, else the environment."""
    return Network(default_policy())


def default_policy() -> NetworkPolicy:
    """:func:`~passerelle.qgis_io.network.qgis_policy` when a QgsApplication runs, else :func:`environment_policy`."""
    core = sys.modules.get("qgis.core")  # not imported: QGIS cannot be running
    if core is not None and core.QgsApplication.instance() is not None:
        from .qgis_io.network import qgis_policy

        return qgis_policy()
    return environment_policy()


def direct() -> Network:
    """Direct connections: for the servers Passerelle itself runs on this machine (the local SDI).

    A proxy elsewhere on the network cannot reach this machine's 127.0.0.1, so these never go
    through one, whatever QGIS or the environment say.
    """
    return Network(NetworkPolicy(origin=DIRECT))


def environment_policy(environ: Optional[Mapping[str, str]] = None) -> NetworkPolicy:
    """The policy the standard variables describe (lower-case names first, as curl and requests read them).

    >>> environment_policy({"HTTPS_PROXY": "proxy:3128", "NO_PROXY": ".ville.fr"}).proxy_for("https://data.gouv.fr")
    'http://proxy:3128'
    """
    environ = os.environ if environ is None else environ

    def variable(name: str) -> str:
        return (environ.get(name.lower()) or environ.get(name.upper()) or "").strip()

    everything = variable("all_proxy")
    proxies = {scheme: _with_scheme(variable(f"{scheme}_proxy") or everything) for scheme in ("http", "https")}
    rules = tuple(rule for rule in re.split(r"[,\s]+", variable("no_proxy")) if rule)
    ca_bundle = (environ.get("REQUESTS_CA_BUNDLE") or environ.get("CURL_CA_BUNDLE") or "").strip()
    return NetworkPolicy(proxies={k: v for k, v in proxies.items() if v}, no_proxy=rules, ca_bundle=ca_bundle,
                         origin=ENVIRONMENT)


def bypassed(host: str, port: Optional[int], rules) -> bool:
    """Whether ``host`` (and ``port``) matches a ``NO_PROXY`` rule: a name and its sub-domains, an address
    or a network (CIDR), optionally with ``:port``; ``*`` matches everything."""
    host = host.lower().strip("[]").rstrip(".")
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        address = None
    for rule in rules:
        rule = rule.strip().lower()
        if rule == "*":
            return True
        matched = _PORT_SUFFIX.match(rule) if rule.count(":") == 1 or rule.startswith("[") else None
        if matched:
            if port is None or int(matched.group("port")) != port:
                continue
            rule = matched.group("host")
        rule = rule.strip("[]")
        if address is not None:
            try:
                if address in ipaddress.ip_network(rule, strict=False):
                    return True
                continue
            except ValueError:
                pass
        name = rule.lstrip("*").lstrip(".").rstrip(".")
        if name and (host == name or host.endswith("." + name)):
            return True
    return False


def origin(url: str) -> tuple:
    """``(scheme, host, port)`` of ``url``, the default port made explicit: two URLs of one origin may be
    given the same credentials, nothing else may (``("", "", 0)`` for what is not an absolute URL).

    >>> origin("https://Geo.Ville.fr/geoserver/rest") == origin("https://geo.ville.fr:443/csw")
    True
    """
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except (ValueError, AttributeError):
        return ("", "", 0)
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https") or not parts.hostname:
        return ("", "", 0)
    return scheme, parts.hostname.lower().rstrip("."), port or (443 if scheme == "https" else 80)


def is_loopback(host: str) -> bool:
    """Whether ``host`` is this machine (``localhost``, 127.0.0.0/8, ``::1``): what is sent there never
    crosses a network, so plain HTTP exposes nothing."""
    host = (host or "").strip("[]").lower().rstrip(".")
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def mask(url: str) -> str:
    """``url`` with its password replaced by ``***``."""
    parts = urlsplit(url)
    if not parts.password:
        return url
    netloc = f"{parts.username}:***@{parts.hostname}" + (f":{parts.port}" if parts.port else "")
    return parts._replace(netloc=netloc).geturl()


def _with_scheme(proxy: str) -> str:
    """``proxy:3128`` -> ``http://proxy:3128`` (a bare host:port means an HTTP proxy)."""
    return proxy if not proxy or "://" in proxy else f"http://{proxy}"
