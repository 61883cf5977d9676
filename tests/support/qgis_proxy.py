"""QGIS's proxy settings for a test: written as Options › Network writes them, put back afterwards.

    with kept_proxy_settings():
        set_qgis_proxy(port=proxy.port, user="agent", password="secret")
        ...

Only the ``proxy/*`` keys of QGIS's own settings (QgsSettings) change; the proxy variables of the
environment are removed for the duration, so that what a test sees comes from QGIS alone.
"""
from __future__ import annotations

import contextlib
import os

PROXY_KEYS = ("proxyEnabled", "proxyType", "proxyHost", "proxyPort", "proxyUser", "proxyPassword", "authcfg",
              "noProxyUrls", "proxyExcludedUrls")
ENVIRONMENT_PROXIES = ("http_proxy", "https_proxy", "all_proxy", "no_proxy")


@contextlib.contextmanager
def kept_proxy_settings():
    """QGIS's proxy keys and the environment's proxy variables restored (and reapplied) on exit."""
    from qgis.core import QgsNetworkAccessManager, QgsSettings

    settings = QgsSettings()
    saved = {key: settings.value(f"proxy/{key}") for key in PROXY_KEYS if settings.contains(f"proxy/{key}")}
    names = [n for name in ENVIRONMENT_PROXIES for n in (name, name.upper())]
    environment = {name: os.environ.pop(name) for name in names if name in os.environ}
    try:
        yield
    finally:
        for key in PROXY_KEYS:
            settings.remove(f"proxy/{key}")
        for key, value in saved.items():
            settings.setValue(f"proxy/{key}", value)
        os.environ.update(environment)
        QgsNetworkAccessManager.instance().setupDefaultProxyAndCache()


def set_qgis_proxy(port: int, user: str = "", password: str = "", kind: str = "HttpProxy", host="127.0.0.1",
                   **lists) -> None:
    """What Options › Network writes, then what QGIS does when that dialog is accepted.

    ``lists``: ``noProxyUrls=[...]``, ``proxyExcludedUrls=[...]``.
    """
    from qgis.core import QgsNetworkAccessManager, QgsSettings

    settings = QgsSettings()
    values = {"proxyEnabled": True, "proxyType": kind, "proxyHost": host, "proxyPort": str(port),
              "proxyUser": user, "proxyPassword": password, **lists}
    for key, value in values.items():
        settings.setValue(f"proxy/{key}", value)
    QgsNetworkAccessManager.instance().setupDefaultProxyAndCache()
