"""Profiles an administrator publishes at a URL: downloaded once, cached, revalidated when used.

The agent gives the profile's address once (settings window, or :func:`download`): the profile is
checked and kept as a file among the agent's profiles (``<folder>/<name>.json``, so it loads by its
name, offline), with a sidecar ``<folder>/sources/<name>.json`` holding the address, the ETag /
Last-Modified the portal gave and the version. When a publish or a check starts, its context asks the
portal whether that copy is still current (:func:`revalidate`, a conditional GET: ``304 Not
Modified`` costs nothing); a new version is checked, written over the copy, and reported as a
:class:`ProfileUpdate` (the panel says so). A portal that is down, or a new version that does not
validate, leaves the cached copy in force, with a warning. Nothing runs at QGIS start.

    >>> path, profile = download("https://ideo.example.fr/passerelle/ideo-bfc.json", folder, fetch)
    >>> update = revalidate(path, fetch)       # when a context is built for a publish or a check
    >>> update.changed, update.previous_version, update.version
    (True, '2026.11', '2026.12')

``fetch`` is :meth:`passerelle.network.Network.revalidate` (``fetch(url, timeout=, max_bytes=,
accept=, etag=, last_modified=) -> (status, body, validators)``): QGIS's proxy and certificate
authorities apply. This module imports no Qt, QGIS or network library.
"""
from __future__ import annotations

import datetime as _dt
import hashlib
import json
import os
import re
import tempfile
from dataclasses import dataclass
from typing import Callable, Optional

from .errors import PasserelleError

SOURCES = "sources"  # the sidecars' folder, next to the cached profiles
MAX_BYTES = 1024 * 1024  # a profile is a few kB
TIMEOUT = 15  # seconds: a portal slower than that is treated as down
ACCEPT = "application/json"


@dataclass
class ProfileUpdate:
    """What revalidating a URL profile found: ``changed`` (a new version is now in force), the versions,
    and ``code`` / messages when the cached copy had to be kept (portal down, invalid new version)."""

    name: str
    url: str
    version: str = ""
    previous_version: str = ""
    changed: bool = False
    code: str = ""  # "profile.source.unreachable", "profile.source.invalid" when the copy was kept
    message_fr: str = ""
    message_en: str = ""

    def message(self, language: str = "fr") -> str:
        return self.message_fr if language.startswith("fr") else (self.message_en or self.message_fr)


def sidecar_path(path: str) -> str:
    return os.path.join(os.path.dirname(os.path.abspath(path)), SOURCES, os.path.basename(path))


def source_of(path: str) -> Optional[dict]:
    """The sidecar of a cached URL profile (``url``, ``etag``, ``last_modified``, ``version``, ``fetched_at``),
    None for a profile that did not come from a URL."""
    try:
        with open(sidecar_path(path), encoding="utf-8") as handle:
            source = json.load(handle)
    except (OSError, ValueError):
        return None
    return source if isinstance(source, dict) and source.get("url") else None


def download(url: str, folder: str, fetch: Callable) -> tuple:
    """Fetch the profile at ``url``, check it, keep it in ``folder``; returns (path, Profile).

    Errors: ``profile.download`` (unreachable, too big), ``profile.invalid`` (not JSON, or the schema).
    """
    from .profile import Profile

    url = (url or "").strip()
    if not re.match(r"^https?://\S+$", url):
        raise PasserelleError(f"« {url[:200]} » n'est pas une adresse http(s) de profil.",
                              f"'{url[:200]}' is not an http(s) profile address.", code="profile.download")
    status, body, validators = _fetch(fetch, url, {})
    document = _parse(body, url)
    profile = Profile.load(document)  # validates against the profile schema (French errors)
    os.makedirs(folder, exist_ok=True)
    name = re.sub(r"[^A-Za-z0-9_.-]+", "_", profile.name) or "profil"
    path = os.path.join(folder, f"{name}.json")
    _write(path, body, {"url": url, **validators, "version": profile.version, "previous_version": "",
                        "name": profile.name})
    profile.source = path
    return path, profile


def revalidate(path: str, fetch: Callable) -> Optional[ProfileUpdate]:
    """Ask the portal whether the cached profile ``path`` is current; a new valid version replaces it.

    None for a profile that did not come from a URL. Never raises for the portal's sake: a portal that
    is down or serves an invalid version leaves the cached copy in force (``code`` says why).
    """
    from .profile import Profile

    source = source_of(path)
    if source is None:
        return None
    url, version = source["url"], str(source.get("version", ""))
    name = str(source.get("name") or os.path.splitext(os.path.basename(path))[0])
    update = ProfileUpdate(name=name, url=url, version=version, previous_version=version)
    try:
        status, body, validators = _fetch(fetch, url, source)
    except PasserelleError as error:
        update.code = "profile.source.unreachable"
        update.message_fr = (f"Le profil « {name} » n'a pas pu être vérifié auprès de {url} ({error.message_fr}) : "
                             f"la copie locale (version {version or '?'}) est utilisée.")
        update.message_en = f"Profile '{name}' could not be checked at {url}: the local copy ({version}) is used."
        return update
    if status == 304:
        _write_sidecar(path, {**source, "checked_at": _now()})
        return update
    try:
        document = _parse(body, url)
        profile = Profile.load(document)
    except PasserelleError as error:
        update.code = "profile.source.invalid"
        update.message_fr = (f"La nouvelle version du profil « {name} » publiée à {url} est invalide "
                             f"({error.message_fr}) : la version {version or '?'} reste en vigueur. Prévenez "
                             "l'administrateur du portail.")
        update.message_en = f"The new version of profile '{name}' at {url} is invalid: version {version} stays."
        return update
    same = _digest(body) == source.get("sha256")
    _write(path, body, {**{k: v for k, v in source.items() if k not in ("etag", "last_modified")}, **validators,
                        "version": profile.version, "previous_version": version if not same else
                        source.get("previous_version", ""), "name": profile.name})
    update.version = profile.version
    update.changed = not same
    if update.changed:
        update.message_fr = (f"Profil « {profile.name} » mis à jour par son administrateur : version "
                             f"{version or '?'} → {profile.version or '?'} ({url}).")
        update.message_en = (f"Profile '{profile.name}' updated by its administrator: version {version or '?'} → "
                             f"{profile.version or '?'} ({url}).")
    return update


def _fetch(fetch: Callable, url: str, source: dict) -> tuple:
    try:
        return fetch(url, timeout=TIMEOUT, max_bytes=MAX_BYTES, accept=ACCEPT, etag=source.get("etag", ""),
                     last_modified=source.get("last_modified", ""))
    except PasserelleError as error:
        if error.code == "network.too-big":
            raise PasserelleError(f"« {url} » est trop volumineux pour être un profil.",
                                  f"'{url}' is too big to be a profile.", code="profile.download") from None
        raise PasserelleError(f"Profil non téléchargé depuis « {url} » : {error.message_fr}",
                              f"Profile not downloaded from '{url}': {error.message_en}",
                              code="profile.download") from None


def _parse(body: bytes, url: str) -> dict:
    try:
        document = json.loads(body.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise PasserelleError(f"« {url} » n'est pas un profil JSON lisible : {exc}",
                              f"'{url}' is not a readable JSON profile: {exc}", code="profile.invalid") from None
    if not isinstance(document, dict):
        raise PasserelleError(f"« {url} » n'est pas un profil (objet JSON attendu).",
                              f"'{url}' is not a profile (a JSON object is expected).", code="profile.invalid")
    return document


def _digest(body: bytes) -> str:
    return hashlib.sha256(body).hexdigest()


def _now() -> str:
    return _dt.datetime.now(_dt.timezone.utc).replace(microsecond=0).isoformat()


def _write(path: str, body: bytes, source: dict) -> None:
    """The profile then its sidecar, each replaced atomically: a reader sees the old pair or the new."""
    _atomic(path, body)
    _write_sidecar(path, {**source, "sha256": _digest(body), "fetched_at": _now(), "checked_at": _now()})


def _write_sidecar(path: str, source: dict) -> None:
    _atomic(sidecar_path(path), json.dumps(source, ensure_ascii=False, indent=2).encode("utf-8"))


def _atomic(path: str, data: bytes) -> None:
    folder = os.path.dirname(os.path.abspath(path))
    os.makedirs(folder, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=folder, prefix=".tmp-", suffix=".part")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.replace(temporary, path)
    except BaseException:
        if os.path.exists(temporary):
            os.unlink(temporary)
        raise
