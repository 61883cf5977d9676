"""QGIS's network settings as a :class:`~passerelle.network.NetworkPolicy`: what QGIS reaches, Passerelle reaches.

Read at each call, the way ``QgsNetworkAccessManager`` reads them (keys of QGIS 3.22,
Settings › Options › Network):

- ``proxy/proxyEnabled``; ``proxy/proxyType``: ``HttpProxy`` and ``HttpCachingProxy`` (an HTTP
  proxy, CONNECT for HTTPS), ``Socks5Proxy``, ``DefaultProxy`` (the system's proxy, asked per URL
  from Qt as QGIS does), ``FtpCachingProxy`` (nothing for HTTP);
- ``proxy/proxyHost``, ``proxy/proxyPort``, ``proxy/proxyUser``, ``proxy/proxyPassword``, or
  ``proxy/authcfg`` (a configuration of the authentication manager, which then wins);
- ``proxy/noProxyUrls`` and ``proxy/proxyExcludedUrls``: URL beginnings that go direct (QGIS
  compares the start of the URL; in QGIS 3.22 both lists end up as direct connections).

Trusted CAs are the authentication manager's (Options › Authentication › Certificate manager):
the system's roots, the CA file given in the options and the CAs imported there, minus those marked
untrusted. They are written as one PEM bundle for requests, in Passerelle's cache folder, under a
name that changes with the content.

    >>> from passerelle.qgis_io.network import qgis_policy
    >>> qgis_policy().describe()
    'réseau (QGIS) : http via http://agent:***@proxy.mairie.local:3128, https via ..., 1 exception(s), ...'
"""
from __future__ import annotations

import glob
import hashlib
import logging
import os
import tempfile
from urllib.parse import quote

from qgis.core import QgsApplication, QgsSettings

from ..network import QGIS, NetworkPolicy

log = logging.getLogger("passerelle.network")

SCHEMES = {"HttpProxy": "http", "HttpCachingProxy": "http", "Socks5Proxy": "socks5h"}


def qgis_policy(settings=None) -> NetworkPolicy:
    """The policy QGIS's settings describe now (``settings``: a QgsSettings, default QGIS's own)."""
    settings = settings if settings is not None else QgsSettings()
    ca_bundle = trusted_ca_bundle()
    if not _flag(settings.value("proxy/proxyEnabled", False)):
        return NetworkPolicy(ca_bundle=ca_bundle, origin=QGIS)
    direct = tuple(prefix.strip() for key in ("proxy/noProxyUrls", "proxy/proxyExcludedUrls")
                   for prefix in _strings(settings.value(key, [])) if prefix.strip())
    kind = str(settings.value("proxy/proxyType", "") or "")
    if kind == "DefaultProxy":
        return NetworkPolicy(direct_prefixes=direct, system=system_proxy, ca_bundle=ca_bundle, origin=QGIS)
    host = str(settings.value("proxy/proxyHost", "") or "").strip()
    scheme = SCHEMES.get(kind)
    if not scheme or not host:
        log.info("QGIS proxy type %r (host %r) does not carry HTTP: direct connections", kind, host)
        return NetworkPolicy(direct_prefixes=direct, ca_bundle=ca_bundle, origin=QGIS)
    user = str(settings.value("proxy/proxyUser", "") or "")
    password = str(settings.value("proxy/proxyPassword", "") or "")
    authcfg = str(settings.value("proxy/authcfg", "") or "")
    if authcfg:
        user, password = _auth_manager_credentials(authcfg, kind, host, _port(settings), user, password)
    proxy = proxy_url(scheme, host, _port(settings), user, password)
    return NetworkPolicy(proxies={"http": proxy, "https": proxy}, direct_prefixes=direct, ca_bundle=ca_bundle,
                         origin=QGIS)


def system_proxy(url: str) -> str:
    """The system's proxy for ``url`` as Qt finds it (environment on Linux, system settings elsewhere)."""
    from qgis.PyQt.QtCore import QUrl
    from qgis.PyQt.QtNetwork import QNetworkProxy, QNetworkProxyFactory, QNetworkProxyQuery

    schemes = {QNetworkProxy.HttpProxy: "http", QNetworkProxy.HttpCachingProxy: "http",
               QNetworkProxy.Socks5Proxy: "socks5h"}
    for proxy in QNetworkProxyFactory.systemProxyForQuery(QNetworkProxyQuery(QUrl(url))):
        if proxy.type() == QNetworkProxy.NoProxy:
            return ""
        if proxy.type() in schemes and proxy.hostName():
            return proxy_url(schemes[proxy.type()], proxy.hostName(), proxy.port(), proxy.user(), proxy.password())
    return ""


def proxy_url(scheme: str, host: str, port: int, user: str = "", password: str = "") -> str:
    """``scheme://user:password@host:port`` with user and password escaped (an ``@`` in a password stays one)."""
    userinfo = f"{quote(user, safe='')}:{quote(password, safe='')}@" if user else ""
    host = f"[{host}]" if ":" in host else host
    return f"{scheme}://{userinfo}{host}" + (f":{port}" if port else "")


def trusted_ca_bundle() -> str:
    """A PEM file holding the CAs QGIS trusts ("" when the authentication manager is unavailable)."""
    manager = QgsApplication.authManager()
    if manager is None or manager.isDisabled():
        return ""
    pem = b"".join(bytes(certificate.toPem()) for certificate in manager.trustedCaCertsCache())
    if not pem:
        return ""
    folder = os.path.join(_cache_root(), "network")
    path = os.path.join(folder, f"qgis-ca-{hashlib.sha256(pem).hexdigest()[:16]}.pem")
    if os.path.exists(path):
        return path
    try:
        os.makedirs(folder, mode=0o700, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=folder, suffix=".part")
        with os.fdopen(handle, "wb") as out:
            out.write(pem)
        os.replace(temporary, path)
    except OSError as error:
        log.warning("Cannot write QGIS's trusted CAs to %s (%s): requests' own CAs apply", folder, error)
        return ""
    for stale in glob.glob(os.path.join(folder, "qgis-ca-*.pem")):
        if stale != path:
            try:
                os.remove(stale)
            except OSError:
                pass  # another process may be reading it: it goes next time
    return path


def _auth_manager_credentials(authcfg, kind, host, port, user, password) -> tuple:
    """User and password of the proxy from the authentication manager, as QGIS applies them."""
    from qgis.PyQt.QtNetwork import QNetworkProxy

    from .auth import _manager

    types = {"HttpProxy": QNetworkProxy.HttpProxy, "HttpCachingProxy": QNetworkProxy.HttpCachingProxy,
             "Socks5Proxy": QNetworkProxy.Socks5Proxy}
    proxy = QNetworkProxy(types[kind], host, port, user, password)
    updated, proxy = _manager().updateNetworkProxy(proxy, authcfg)
    if not updated:
        log.warning("QGIS proxy authentication configuration %s could not be applied", authcfg)
    return proxy.user(), proxy.password()


def _cache_root() -> str:
    root = os.environ.get("PASSERELLE_CACHE_DIR") or os.environ.get("PASSERELLE_DATA_DIR")
    if root:
        return os.path.expanduser(root)
    base = os.environ.get("XDG_DATA_HOME") or os.path.join(os.path.expanduser("~"), ".local", "share")
    return os.path.join(base, "passerelle")


def _port(settings) -> int:
    try:
        return int(str(settings.value("proxy/proxyPort", "") or "0").strip() or 0)
    except ValueError:
        return 0


def _flag(value) -> bool:
    return value is True or str(value).strip().lower() in ("true", "1", "yes")


def _strings(value) -> list:
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    return [str(item) for item in value]
