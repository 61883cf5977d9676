"""Vocabularies a portal distributes, merged over the ones shipped with Passerelle.

A source is a Turtle file path or an http(s) URL. Its schemes merge by scheme key
(``dct:identifier``): a concept with a shipped URI replaces the shipped one, a new
URI adds a concept, a new key adds a scheme.

Each URL source is kept in a cache directory with a JSON sidecar (url, fetch time,
sha256, scheme versions, the ETag / Last-Modified the portal gave), so that a portal
that is down, answers an error or serves broken Turtle costs the user a warning, never
the vocabularies: the last good copy is used instead. The next load asks the portal
whether that copy is still current (a conditional request): an unchanged source costs a
``304 Not Modified`` and no parsing.

    >>> from passerelle.catalogue import vocabulary_sources
    >>> vocab = vocabulary_sources.load(["https://ideo.example.fr/passerelle/vocabulaires.ttl"])
    >>> vocab.lookup("frequency", "annuelle").uri
    'http://publications.europa.eu/resource/authority/frequency/ANNUAL'
    >>> vocab.warnings  # why a source was not read fresh, in French and English
    []

URL sources are downloaded by a ``fetch`` callable, Passerelle's network layer
(:meth:`passerelle.network.Network.revalidate`: ``fetch(url, timeout=, max_bytes=, accept=,
etag=, last_modified=)`` returning ``(status, body, validators)``), so the download takes the same
proxy and certificate authorities as publishing (inside QGIS, QGIS's settings)::

    >>> from passerelle import network
    >>> vocab = vocabulary_sources.load(sources, fetch=network.default().revalidate)

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
import threading
import urllib.parse
import urllib.request
from collections import OrderedDict
from dataclasses import dataclass
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
    """The shipped vocabularies with ``sources`` merged over them, in order.

    ``offline=True`` reads URL sources from the cache only (start-up, no network); ``fetch``
    downloads URL sources (see the module documentation).
    Problems become entries of ``warnings``; the process-wide ``shipped()`` is never changed.

    Every call looks at each source again, cheaply: a file's size and modification time; a URL
    with the ``ETag`` / ``Last-Modified`` of its cached copy, so that an unchanged one answers
    ``304`` and nothing is downloaded. Parsing is what costs: a source is parsed again only when
    it changed, and when none did the vocabularies parsed last time in this process are returned
    (shared: read them, never change them, as with ``shipped()``). Call it once per batch of work
    (:class:`passerelle.context.Context` does) to look at the network at most once.

    >>> vocab = load(["/srv/portail/vocabulaires.ttl", "https://portail.example.fr/voc.ttl"])
    """
    if isinstance(sources, (str, os.PathLike)):
        sources = [sources]
    cache = cache_dir or default_cache_dir()
    base = shipped()
    fetch = fetch or _fetch_from_environment
    looked = [_look(os.fspath(source).strip(), cache, timeout, offline, fetch) for source in sources]
    key = tuple(source.key for source in looked)
    with _parsed_lock:
        known = _parsed.get(key)
        if known is not None and known[0] is base:
            _parsed.move_to_end(key)
            return known[1]
    vocabularies = base.copy()
    for source in looked:
        source.merge(vocabularies)
    with _parsed_lock:
        _parsed[key] = (base, vocabularies)
        while len(_parsed) > _PARSED_KEPT:
            _parsed.popitem(last=False)
    return vocabularies


def forget() -> None:
    """Forget the vocabularies parsed in this process: the next :func:`load` parses every source again."""
    with _parsed_lock:
        _parsed.clear()


# Sources as last seen -> (the shipped vocabularies they were merged over, the result), newest last.
_parsed: "OrderedDict[tuple, tuple]" = OrderedDict()
_parsed_lock = threading.Lock()
_PARSED_KEPT = 8  # a few profiles' worth: each result is a few hundred kB


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

@dataclass
class _Looked:
    """A source as it stands now: ``key`` changes whenever what it would merge changes."""

    key: tuple
    merge: Callable[[Vocabularies], None]


def _look(source: str, cache: str, timeout: float, offline: bool, fetch: Callable) -> _Looked:
    if urllib.parse.urlsplit(source).scheme in ("http", "https"):
        return _look_url(source, cache, timeout, offline, fetch)
    path = urllib.request.url2pathname(urllib.parse.urlsplit(source).path) \
        if source.startswith("file:") else source
    try:
        stat = os.stat(path)
        stamp = (stat.st_mtime_ns, stat.st_size, stat.st_ino)
    except OSError as exc:
        stamp = ("unreadable", str(exc))
    return _Looked(("file", path) + stamp, lambda vocabularies: _load_file(vocabularies, path))


def _load_file(vocabularies: Vocabularies, path: str) -> None:
    try:
        if not os.path.isfile(path):  # a folder, a device (/dev/zero never ends), a pipe
            raise OSError(f"« {path} » n'est pas un fichier")
        if os.path.getsize(path) > MAX_BYTES:
            raise OSError(f"plus de {MAX_BYTES // (1024 * 1024)} Mo : ce n'est pas un vocabulaire")
        vocabularies.load_file(path)
    except VocabularySourceError as exc:
        _warn(vocabularies, MALFORMED,
              f"Fichier de vocabulaire « {path} » ignoré : {_first_line(exc.message_fr)}",
              f"Vocabulary file '{path}' skipped: {_first_line(exc.message_en)}")
    except (OSError, UnicodeDecodeError) as exc:
        _warn(vocabularies, UNREADABLE_FILE,
              f"Fichier de vocabulaire « {path} » illisible, ignoré : {exc}",
              f"Vocabulary file '{path}' unreadable, skipped: {exc}")


def _look_url(url: str, cache: str, timeout: float, offline: bool, fetch: Callable) -> _Looked:
    """Revalidate ``url`` against its cached copy; download and check it only when it changed."""
    path, sidecar_path = _cache_paths(cache, url)
    cached, cached_sha = _read_cached(path)

    def from_cache(vocabularies):
        _use_cache(vocabularies, url, cache, None, cached)

    if offline:
        return _Looked(("url", url, cached_sha), from_cache)
    sidecar = _read_sidecar(sidecar_path)
    # Validators only for a copy that is the one they describe (a crash between the two writes
    # of _store must not make a 304 vouch for the wrong text).
    current = cached is not None and sidecar.get("sha256") == cached_sha
    validators = {k: sidecar[k] for k in ("etag", "last_modified") if current and sidecar.get(k)}
    try:
        fresh = _download(url, timeout, validators, cached_sha if current else "", fetch)
    except _Unusable as problem:
        return _Looked(("url", url, cached_sha, problem.code, problem.reason_en),
                       lambda vocabularies, problem=problem: _use_cache(vocabularies, url, cache, problem))
    if fresh is None:  # not modified: the cached copy is the portal's current one
        log.info("Vocabulary %s unchanged since %s.", url, sidecar.get("fetched_at", "?"))
        return _Looked(("url", url, cached_sha), from_cache)
    data, schemes, answer_validators = fresh
    if hashlib.sha256(data).hexdigest() == cached_sha:  # a portal without validators, same text
        if answer_validators != validators:  # the portal started sending them: ask them back next time
            try:
                _write_sidecar(sidecar_path, dict(sidecar, **answer_validators))
            except OSError as exc:
                log.info("Vocabulary cache sidecar of %s not updated: %s", url, exc)
        return _Looked(("url", url, cached_sha), from_cache)
    unwritable = _store(cache, url, data, {s.key: s.version for s in schemes}, answer_validators)

    def merge(vocabularies):
        vocabularies.merge(schemes)
        if unwritable:
            _warn(vocabularies, CACHE_UNWRITABLE,
                  f"Vocabulaire « {url} » chargé mais non mis en cache ({unwritable}) : il manquera hors ligne.",
                  f"Vocabulary '{url}' loaded but not cached ({unwritable}): it will be missing offline.")

    # The same key as the cached copy's will be: the next look, answered 304, finds this result.
    return _Looked(("url", url, hashlib.sha256(data).hexdigest()) + ((unwritable,) if unwritable else ()), merge)


class _Unusable(Exception):
    """Why a fresh copy of a URL source cannot be used, in French and English."""

    def __init__(self, code: str, reason_fr: str, reason_en: str):
        super().__init__(reason_en)
        self.code, self.reason_fr, self.reason_en = code, reason_fr, reason_en


def _download(url: str, timeout: float, validators: dict, cached_sha: str, fetch: Callable):
    """None when the portal says the cached copy is current; else (raw bytes, parsed schemes,
    validators of the answer), checked to be usable SKOS Turtle. Raises :class:`_Unusable`."""
    try:
        status, data, answer_validators = fetch(url, timeout=timeout, max_bytes=MAX_BYTES, accept=ACCEPT,
                                                **validators)
    except PasserelleError as exc:  # the network layer's errors: refused, timeout, DNS, HTTP status, oversize
        status = getattr(exc, "status", 0)
        if status:
            raise _Unusable(UNREACHABLE, f"erreur HTTP {status}", f"HTTP error {status}") from exc
        raise _Unusable(UNREACHABLE, _first_line(exc.message_fr), _first_line(exc.message_en)) from exc
    except (OSError, ValueError) as exc:  # a fetch of another kind
        reason = str(exc) or type(exc).__name__
        raise _Unusable(UNREACHABLE, reason, reason) from exc
    if status == 304:
        return None
    if hashlib.sha256(data).hexdigest() == cached_sha:
        return data, [], answer_validators  # the same text: nothing to check or parse again
    from .skos import parse_schemes

    try:
        # Parsed once, before anything is merged or cached; the schemes are then merged as parsed.
        schemes = parse_schemes(data.decode("utf-8"), url)  # Turtle is UTF-8 by definition
    except UnicodeDecodeError as exc:
        raise _Unusable(MALFORMED, "texte non UTF-8", "text is not UTF-8") from exc
    except VocabularySourceError as exc:
        raise _Unusable(MALFORMED, f"Turtle invalide : {_first_line(exc.message_fr)}",
                        f"invalid Turtle: {_first_line(exc.message_en)}") from exc
    return data, schemes, answer_validators


def _use_cache(vocabularies: Vocabularies, url: str, cache: str, problem: Optional[_Unusable],
               text: Optional[str] = None) -> None:
    """Merge the cached copy of ``url`` (``text`` when already read); say why when a fresh copy was
    wanted (``problem``)."""
    reason_fr = problem.reason_fr if problem else "mode hors ligne"
    reason_en = problem.reason_en if problem else "offline mode"
    path, sidecar_path = _cache_paths(cache, url)
    text = text if text is not None else _read_cached(path)[0]
    if text is None:
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
    if problem is None:  # offline by choice, or current: the cache is the expected source, not a fallback
        log.info("Vocabulary %s read from its cached copy of %s.", url, fetched)
        return
    _warn(vocabularies, problem.code,
          f"Vocabulaire « {url} » non chargé ({reason_fr}) : copie en cache du {fetched} utilisée.",
          f"Vocabulary '{url}' not loaded ({reason_en}): using the cached copy of {fetched}.")


# --- network and cache ------------------------------------------------------------------------

def _fetch_from_environment(url: str, **options) -> tuple:
    """Revalidate with Passerelle's network layer as the environment variables set it (no Qt here)."""
    from ..network import Network, environment_policy

    return Network(environment_policy()).revalidate(url, **options)


def _cache_paths(cache: str, url: str) -> tuple[str, str]:
    stem = hashlib.sha256(url.encode("utf-8")).hexdigest()[:24]
    return os.path.join(cache, stem + ".ttl"), os.path.join(cache, stem + ".json")


def _read_cached(path: str) -> tuple:
    """(text, sha256 of the bytes) of a cached copy; (None, "") when missing or not UTF-8."""
    try:
        with open(path, "rb") as handle:
            data = handle.read()
        return data.decode("utf-8"), hashlib.sha256(data).hexdigest()
    except (OSError, UnicodeDecodeError):
        return None, ""


def _store(cache: str, url: str, data: bytes, versions: dict, validators: dict) -> str:
    """Keep a fresh copy and its sidecar; returns why it could not be written ("" when it was)."""
    path, sidecar_path = _cache_paths(cache, url)
    sidecar = {
        "url": url,
        "fetched_at": _dt.datetime.now(_dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "sha256": hashlib.sha256(data).hexdigest(),
        "bytes": len(data),
        "schemes": versions,
        **validators,  # etag, last_modified: asked back at the next load (304 when unchanged)
    }
    try:
        os.makedirs(cache, exist_ok=True)
        _write_atomically(path, data)
        _write_sidecar(sidecar_path, sidecar)
    except OSError as exc:
        return str(exc)
    return ""


def _write_sidecar(path: str, sidecar: dict) -> None:
    _write_atomically(path, json.dumps(sidecar, ensure_ascii=False, indent=1).encode("utf-8"))


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
