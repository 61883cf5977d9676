"""Credentials from the QGIS authentication manager, the only place secrets live.

A profile names an authentication configuration id (``authcfg``); this module
resolves it at run time into :class:`Credentials`. Headless (qgis_process,
CI), the master password comes from ``PASSERELLE_AUTH_MASTER_PASSWORD`` and
the database location from QGIS's own ``QGIS_AUTH_DB_DIR_PATH``.

Supported methods: ``Basic`` (user + password). An API key or token is stored
as a Basic configuration whose user name is ``header:<Header-Name>`` and whose
password is the key (QGIS 3.22 has no API-header method yet).
"""
from __future__ import annotations

import os

from qgis.core import QgsApplication, QgsAuthMethodConfig

from ..publishers.http import Credentials, PublishError

MASTER_PASSWORD_ENV = "PASSERELLE_AUTH_MASTER_PASSWORD"


def _manager():
    manager = QgsApplication.authManager()
    if not manager.masterPasswordIsSet():
        password = os.environ.get(MASTER_PASSWORD_ENV)
        if password:
            manager.setMasterPassword(password, True)
    return manager


def credentials(authcfg: str) -> Credentials:
    """The credentials of ``authcfg`` (empty Credentials when no id is given)."""
    if not authcfg:
        return Credentials()
    manager = _manager()
    config = QgsAuthMethodConfig()
    if authcfg not in manager.configIds() or not manager.loadAuthenticationConfig(authcfg, config, True):
        raise PublishError(
            f"Configuration d'authentification QGIS « {authcfg} » introuvable ou verrouillée : créez-la dans "
            "Préférences › Options › Authentification (ou déverrouillez la base avec le mot de passe principal).",
            f"QGIS authentication configuration '{authcfg}' not found or locked.", code="auth.missing")
    if config.method() != "Basic":
        raise PublishError(
            f"La configuration d'authentification « {authcfg} » utilise la méthode {config.method()}, "
            "non prise en charge : utilisez « Basic » (identifiant + mot de passe, ou header:Nom + clé).",
            f"Authentication configuration '{authcfg}' uses unsupported method {config.method()}.",
            code="auth.method")
    username, password = config.config("username"), config.config("password")
    if username.startswith("header:"):
        return Credentials(headers={username[len("header:"):]: password})
    return Credentials(username=username, password=password)


def store_basic(name: str, username: str, password: str, authcfg: str = "") -> str:
    """Create (or replace) a Basic configuration; returns its id. For administrators and tests."""
    manager = _manager()
    config = QgsAuthMethodConfig("Basic")
    config.setName(name)
    config.setConfig("username", username)
    config.setConfig("password", password)
    if authcfg:
        config.setId(authcfg)
        if authcfg in manager.configIds():
            manager.removeAuthenticationConfig(authcfg)
    if not manager.storeAuthenticationConfig(config):
        raise PublishError("Impossible d'enregistrer la configuration d'authentification (base verrouillée ?).",
                           "Cannot store the authentication configuration (database locked?).", code="auth.store")
    return config.id()
