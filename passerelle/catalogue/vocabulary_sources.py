"""Vocabularies a portal distributes, merged over the ones shipped with Passerelle.

A source is a Turtle file path or an http(s) URL. Its schemes merge by scheme key
(``dct:identifier``): a concept with a shipped URI replaces the shipped one, a new
URI adds a concept, a new key adds a scheme.

Each URL source is kept in a cache directory with a JSON sidecar (url, fetch time,
sha256, scheme versions), so that a portal that is down, answers an error or serves
broken Turtle costs the user a warning, never the vocabularies: the last good copy
is used instead.

    >>> from passerelle.catalogue import vocabulary_sources
    >>> vocab = vocabulary_sources.load(["https://ideo.example.fr/passerelle/vocabulaires.ttl"])
    >>> vocab.lookup("frequency", "annuelle").uri
    'http://publications.europa.eu/resource/authority/frequency/ANNUAL'
    >>> vocab.warnings  # why a source was not read fresh, in French and English
    []

URL sources are downloaded by a ``fetch`` callable (``fetch(url, timeout=, max_bytes=, accept=)``
returning bytes): pass the one of Passerelle's network layer, so the download takes the same
proxy and certificate authorities as publishing (inside QGIS, QGIS's settings)::

    >>> from passerelle import network
    >>> vocab = vocabulary_sources.load(sources, fetch=network.default().fetch)

Without it, :func:`passerelle.network.environment_policy` applies (the proxy environment
variables). This module imports no Qt and no network library itself.

Fetching blocks for up to ``timeout`` seconds per URL: call it from a background
task in the UI. Nothing here touches the network at import time.
"""
from __future__ import annotations

import datetime as _dt
import hashlib
import json
import logging
import os
import tempfile
import urllib.parse
import urllib.request
from typing import Callable, Iterable, Optional

from .errors import PasserelleError, VocabularySourceError
from .vocabularies import Vocabularies, shipped

log = logging.getLogger("passerelle.vocabularies")

CACHE_ENV = "PASSERELLE_CACHE_DIR"  # Passerelle's cache root; vocabularies go in its "vocabularies" folder
DEFAULT_TIMEOUT = 10  # seconds; a portal slower than that is treated as down
MAX_BYTES = 16 * 1024 * 1024  # a vocabulary is a few hundred kB: anything this big is not one
ACCEPT = "text/turtle, application/x-turtle;q=0.9, */*;q=0.1"

# Stable codes of the warnings (SourceWarning.code).
UNREACHABLE = "vocabulary.source.unreachable"  # network error, timeout or HTTP error: cache used
MALFORMED = "vocabulary.source.malformed"  # the source is not usable SKOS Turtle: cache used
NO_CACHE = "vocabulary.source.no-cache"  # no fresh copy and nothing cached: source skipped
CACHE_UNREADABLE = "vocabulary.source.cache-unreadable"
CACHE_UNWRITABLE = "vocabulary.source.cache-unwritable"
UNREADABLE_FILE = "vocabulary.source.unreadable"  # a local file that cannot be opened


class SourceWarning(str):
    """A warning about one source: reads as "French / English", with a stable ``code``."""

    def __new__(cls, code: str, message_fr: str, message_en: str):
        warning = super().__new__(cls, f"{message_fr} / {message_en}")
        warning.code = code
        warning.message_fr = message_fr
        warning.message_en = message_en
        return warning

    def message(self, language: str = "fr") -> str:
        return self.message_fr if language.startswith("fr") else self.message_en


def default_cache_dir() -> str:
    """Where URL sources are cached: ``$PASSERELLE_CACHE_DIR/vocabularies`` or the user's data folder."""
    root = os.environ.get(CACHE_ENV)
    if root:
        return os.path.join(root, "vocabularies")
    if os.name == "nt":
        base = os.environ.get("LOCALAPPDATA") or os.path.expanduser("~")
    else:
        base = os.environ.get("XDG_DATA_HOME") or os.path.join(os.path.expanduser("~"), ".local", "share")
    return os.path.join(base, "passerelle", "vocabularies")


def load(sources: Iterable[str] = (), cache_dir: Optional[str] = None,
         timeout: float = DEFAULT_TIMEOUT, offline: bool = False, fetch: Optional[Callable] = None) -> Vocabularies:
    """A new :class:`Vocabularies`: the shipped ones with ``sources`` merged over them, in order.

    ``offline=True`` reads URL sources from the cache only (start-up, no network).
    ``fetch`` downloads URL sources (see the module documentation).
    Problems become entries of ``warnings``; the process-wide ``shipped()`` is never changed.

    >>> vocab = load(["/srv/portail/vocabulaires.ttl", "https://portail.example.fr/voc.ttl"])
    """
    if isinstance(sources, (str, os.PathLike)):
        sources = [sources]
    vocabularies = shipped().copy()
    cache = cache_dir or default_cache_dir()
    for source in sources:
        source = os.fspath(source).strip()
        if urllib.parse.urlsplit(source).scheme in ("http", "https"):
            _load_url(vocabularies, source, cache, timeout, offline, fetch)
        else:
            _load_file(vocabularies, source)
    return vocabularies


def cached_sources(cache_dir: Optional[str] = None) -> list[dict]:
    """What the cache holds: one sidecar per URL (``url``, ``fetched_at``, ``sha256``, ``schemes``...).

    >>> [(s["url"], s["fetched_at"], s["schemes"]) for s in cached_sources()]
    [('https://portail.example.fr/voc.ttl', '2026-03-02T08:15:00Z', {'frequency': '2026.1'})]
    """
    cache = cache_dir or default_cache_dir()
    if not os.path.isdir(cache):
        return []
    found = []
    for name in sorted(os.listdir(cache)):
        if not name.endswith(".json"):
            continue
        try:
            with open(os.path.join(cache, name), encoding="utf-8") as handle:
                sidecar = json.load(handle)
        except (OSError, ValueError) as exc:
            log.debug("Ignoring unreadable vocabulary cache sidecar %s: %s", name, exc)
            continue
        if not isinstance(sidecar, dict):
            continue
        sidecar["path"] = _cache_paths(cache, sidecar.get("url", ""))[0]
        found.append(sidecar)
    return sorted(found, key=lambda s: s.get("url", ""))


# --- one source ---------------------------------------------------------------------------

def _load_file(vocabularies: Vocabularies, source: str) -> None:
    path = urllib.request.url2pathname(urllib.parse.urlsplit(source).path) \
        if source.startswith("file:") else source
    try:
        vocabularies.load_file(path)
    except VocabularySourceError as exc:
        _warn(vocabularies, MALFORMED,
              f"Fichier de vocabulaire « {path} » ignoré : {_first_line(exc.message_fr)}",
              f"Vocabulary file '{path}' skipped: {_first_line(exc.message_en)}")
    except (OSError, UnicodeDecodeError) as exc:
        _warn(vocabularies, UNREADABLE_FILE,
              f"Fichier de vocabulaire « {path} » illisible, ignoré : {exc}",
              f"Vocabulary file '{path}' unreadable, skipped: {exc}")


def _load_url(vocabularies: Vocabularies, url: str, cache: str, timeout: float, offline: bool,
              fetch: Optional[Callable]) -> None:
    if offline:
        _use_cache(vocabularies, url, cache, None)
        return
    try:
        text, data, versions = _download(url, timeout, fetch or _fetch_from_environment)
    except _Unusable as problem:
        _use_cache(vocabularies, url, cache, problem)
        return
    vocabularies.load_turtle(text, url)
    _store(vocabularies, cache, url, data, versions)


class _Unusable(Exception):
    """Why a fresh copy of a URL source cannot be used, in French and English."""

    def __init__(self, code: str, reason_fr: str, reason_en: str):
        super().__init__(reason_en)
        self.code, self.reason_fr, self.reason_en = code, reason_fr, reason_en


def _download(url: str, timeout: float, fetch: Callable) -> tuple:
    """(text, raw bytes, scheme versions) of a URL source, checked to be usable SKOS Turtle."""
    try:
        data = fetch(url, timeout=timeout, max_bytes=MAX_BYTES, accept=ACCEPT)
    except PasserelleError as exc:  # the network layer's errors: refused, timeout, DNS, HTTP status, oversize
        status = getattr(exc, "status", 0)
        if status:
            raise _Unusable(UNREACHABLE, f"erreur HTTP {status}", f"HTTP error {status}") from exc
        raise _Unusable(UNREACHABLE, _first_line(exc.message_fr), _first_line(exc.message_en)) from exc
    except (OSError, ValueError) as exc:  # a fetch of another kind
        reason = str(exc) or type(exc).__name__
        raise _Unusable(UNREACHABLE, reason, reason) from exc
    try:
        text = data.decode("utf-8")  # Turtle is UTF-8 by definition
        versions = _versions(text, url)  # parsed before anything is merged or cached
    except UnicodeDecodeError as exc:
        raise _Unusable(MALFORMED, "texte non UTF-8", "text is not UTF-8") from exc
    except VocabularySourceError as exc:
        raise _Unusable(MALFORMED, f"Turtle invalide : {_first_line(exc.message_fr)}",
                        f"invalid Turtle: {_first_line(exc.message_en)}") from exc
    return text, data, versions


def _use_cache(vocabularies: Vocabularies, url: str, cache: str, problem: Optional[_Unusable]) -> None:
    """Merge the cached copy of ``url``; say why when a fresh copy was wanted (``problem``)."""
    reason_fr = problem.reason_fr if problem else "mode hors ligne"
    reason_en = problem.reason_en if problem else "offline mode"
    path, sidecar_path = _cache_paths(cache, url)
    try:
        with open(path, encoding="utf-8") as handle:
            text = handle.read()
    except (OSError, UnicodeDecodeError):
        _warn(vocabularies, NO_CACHE,
              f"Vocabulaire « {url} » non chargé ({reason_fr}) et absent du cache : "
              "les vocabulaires livrés avec Passerelle s'appliquent sans lui.",
              f"Vocabulary '{url}' not loaded ({reason_en}) and not cached: "
              "the vocabularies shipped with Passerelle apply without it.")
        return
    try:
        vocabularies.load_turtle(text, f"{url} (cache)")
    except VocabularySourceError as exc:
        _warn(vocabularies, CACHE_UNREADABLE,
              f"Vocabulaire « {url} » non chargé ({reason_fr}) et copie en cache illisible : "
              f"{_first_line(exc.message_fr)}",
              f"Vocabulary '{url}' not loaded ({reason_en}) and its cached copy is unreadable: "
              f"{_first_line(exc.message_en)}")
        return
    fetched = _read_sidecar(sidecar_path).get("fetched_at", "?")
    if problem is None:  # offline by choice: the cache is the expected source, not a fallback
        log.info("Vocabulary %s read from its cached copy of %s (offline).", url, fetched)
        return
    _warn(vocabularies, problem.code,
          f"Vocabulaire « {url} » non chargé ({reason_fr}) : copie en cache du {fetched} utilisée.",
          f"Vocabulary '{url}' not loaded ({reason_en}): using the cached copy of {fetched}.")


# --- network and cache ------------------------------------------------------------------------

def _fetch_from_environment(url: str, **options) -> bytes:
    """Download with Passerelle's network layer as the environment variables set it (no Qt here)."""
    from ..network import Network, environment_policy

    return Network(environment_policy()).fetch(url, **options)


def _versions(text: str, source: str) -> dict:
    """Scheme key -> version as the document itself states it (owl:versionInfo or dct:modified)."""
    from .skos import parse_schemes

    # Parsed apart from the merge because after merging a scheme without a version shows the
    # shipped one; this second parse only happens on a fresh download, where the network dominates.
    return {scheme.key: scheme.version for scheme in parse_schemes(text, source)}


def _cache_paths(cache: str, url: str) -> tuple[str, str]:
    stem = hashlib.sha256(url.encode("utf-8")).hexdigest()[:24]
    return os.path.join(cache, stem + ".ttl"), os.path.join(cache, stem + ".json")


def _store(vocabularies: Vocabularies, cache: str, url: str, data: bytes, versions: dict) -> None:
    path, sidecar_path = _cache_paths(cache, url)
    sidecar = {
        "url": url,
        "fetched_at": _dt.datetime.now(_dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "sha256": hashlib.sha256(data).hexdigest(),
        "bytes": len(data),
        "schemes": versions,
    }
    try:
        os.makedirs(cache, exist_ok=True)
        _write_atomically(path, data)
        _write_atomically(sidecar_path, json.dumps(sidecar, ensure_ascii=False, indent=1).encode("utf-8"))
    except OSError as exc:
        _warn(vocabularies, CACHE_UNWRITABLE,
              f"Vocabulaire « {url} » chargé mais non mis en cache ({exc}) : il manquera hors ligne.",
              f"Vocabulary '{url}' loaded but not cached ({exc}): it will be missing offline.")


def _write_atomically(path: str, data: bytes) -> None:
    # A crash mid-write must not leave a truncated copy that later replaces a good one.
    handle, temporary = tempfile.mkstemp(dir=os.path.dirname(path), suffix=".part")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.replace(temporary, path)
    except BaseException:
        if os.path.exists(temporary):
            os.remove(temporary)
        raise


def _read_sidecar(path: str) -> dict:
    try:
        with open(path, encoding="utf-8") as handle:
            sidecar = json.load(handle)
    except (OSError, ValueError):
        return {}
    return sidecar if isinstance(sidecar, dict) else {}


def _warn(vocabularies: Vocabularies, code: str, message_fr: str, message_en: str) -> None:
    warning = SourceWarning(code, message_fr, message_en)
    vocabularies.warnings.append(warning)
    log.warning("%s", warning)


def _first_line(text: str, limit: int = 300) -> str:
    line = (text or "").strip().splitlines()[0] if (text or "").strip() else ""
    return line if len(line) <= limit else line[:limit] + "…"
