"""Checking a catalogue's links: each URL requested once, politely, through Passerelle's network layer.

Politeness (:class:`LinkSettings`, from the profile's ``audit.links`` block or ``api.audit(links={...})``):
at most ``per_host`` requests in flight to one server and ``concurrency`` in all, and ``delay`` seconds
between the starts of two requests to the same server. URLs are taken in turn from each server, so a
slow server does not hold up the others.

A download or a page is asked with a GET whose body is not read (the headers say whether it is
there); a WMS/WFS link with its service's GetCapabilities (read, size-limited, parsed safely), once
per service, whatever the number of layers that link to it. Redirects are followed (at most 10),
each new request waiting its turn at its server like the first: a permanent one (301, 308) to a
working address is reported as a move. A 429 or 503 that says when
to come back (``Retry-After``, up to 10 s) is asked again once. Proxies and trusted certificate
authorities are QGIS's (the environment's headless), as for every other request.
"""
from __future__ import annotations

import threading
import time
from collections import OrderedDict, defaultdict
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import asdict, dataclass
from typing import Callable, Optional
from urllib.parse import urljoin, urlsplit

from ..catalogue.audit import capabilities
from ..catalogue.audit.model import WFS, WMS, LinkResult
from ..catalogue.errors import PasserelleError

MAX_REDIRECTS = 10
RETRY_AFTER_MAX = 10.0


@dataclass
class LinkSettings:
    """How links are checked: ``concurrency`` requests in flight in all, ``per_host`` per server,
    ``delay`` seconds between two requests to one server, ``timeout`` seconds for an answer,
    ``max_capabilities`` bytes of a GetCapabilities document at most."""

    concurrency: int = 16
    per_host: int = 4
    delay: float = 0.05
    timeout: float = 15.0
    max_capabilities: int = 30_000_000

    @classmethod
    def of(cls, *layers) -> "LinkSettings":
        """Settings from dicts (the profile's ``audit.links``, then the call's), later ones winning."""
        values = {}
        for layer in layers:
            if isinstance(layer, LinkSettings):
                values.update(asdict(layer))
            elif isinstance(layer, dict):
                values.update({k: v for k, v in layer.items() if k in cls.__dataclass_fields__})
        settings = cls(**values)
        settings.validate()
        return settings

    def validate(self) -> None:
        problems = []
        if not (isinstance(self.concurrency, int) and 1 <= self.concurrency <= 64):
            problems.append("concurrency : un entier de 1 à 64")
        if not (isinstance(self.per_host, int) and 1 <= self.per_host <= 16):
            problems.append("per_host : un entier de 1 à 16")
        if not (isinstance(self.delay, (int, float)) and 0 <= self.delay <= 60):
            problems.append("delay : de 0 à 60 secondes")
        if not (isinstance(self.timeout, (int, float)) and 0 < self.timeout <= 600):
            problems.append("timeout : de 0 à 600 secondes")
        if problems:
            raise PasserelleError("Réglages de vérification des liens invalides : " + " ; ".join(problems) + ".",
                                  "Invalid link check settings: " + "; ".join(problems) + ".",
                                  code="audit.link-settings")

    def to_dict(self) -> dict:
        return asdict(self)


class _HostGate:
    """At most ``per_host`` requests in flight to one server, their starts ``delay`` seconds apart."""

    def __init__(self, per_host: int, delay: float):
        self.slots = threading.BoundedSemaphore(per_host)
        self.delay = delay
        self.lock = threading.Lock()
        self.next_start = 0.0

    def __enter__(self):
        self.slots.acquire()
        with self.lock:
            now = time.monotonic()
            start = max(now, self.next_start)
            self.next_start = start + self.delay
        if start > now:
            time.sleep(start - now)
        return self

    def __exit__(self, *exc):
        self.slots.release()


class LinkChecker:
    """Checks URLs with :class:`LinkSettings` through ``network`` (a :class:`passerelle.network.Network`)."""

    def __init__(self, network, settings: Optional[LinkSettings] = None):
        self.network = network
        self.settings = settings or LinkSettings()
        self._gates: dict = {}
        self._gates_lock = threading.Lock()
        self._local = threading.local()
        self._sessions: list = []

    def check(self, urls, progress: Optional[Callable[[int, int], None]] = None,
              cancelled: Optional[Callable[[], bool]] = None) -> dict:
        """{url: LinkResult} for ``urls`` ((url, kind) pairs, kind ``wms``, ``wfs`` or other); URLs not
        checked because ``cancelled()`` became true are left out."""
        cancelled = cancelled or (lambda: False)
        ordered = _interleaved(list(dict.fromkeys(urls)))
        results: dict = {}
        if not ordered:
            return results
        workers = max(1, min(self.settings.concurrency, len(ordered)))
        with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="passerelle-links") as pool:
            futures = {pool.submit(self._guarded, url, kind, cancelled): url for url, kind in ordered}
            try:
                for done, future in enumerate(as_completed(futures), 1):
                    result = future.result()
                    if result is not None:
                        results[futures[future]] = result
                    if progress is not None:
                        progress(done, len(ordered))
            finally:
                pool.shutdown(wait=True, cancel_futures=True)
                self.close()
        return results

    def close(self) -> None:
        """Close the connections kept open for the checks."""
        sessions, self._sessions = self._sessions, []
        for session in sessions:
            session.close()

    def check_one(self, url: str, kind: str = "") -> LinkResult:
        return self._guarded(url, kind, lambda: False)

    # -- one URL ----------------------------------------------------------------------------------
    def _guarded(self, url: str, kind: str, cancelled) -> Optional[LinkResult]:
        """The result of ``url``, each request (each redirect too) through its server's gate."""
        import requests

        started = time.monotonic()
        current, moved, retried = url, False, False
        for _hop in range(MAX_REDIRECTS + 1):
            if cancelled():
                return None
            with self._gate(current):
                if cancelled():
                    return None
                try:
                    response = self._request(current, kind)
                except requests.RequestException as error:
                    return LinkResult(url, failure=_failure(error), detail=_detail(error),
                                      elapsed=time.monotonic() - started)
                try:
                    status, location = response.status_code, response.headers.get("Location")
                    if status in (301, 302, 303, 307, 308) and location:
                        moved = moved or status in (301, 308)
                        current = urljoin(current, location)
                        continue
                    wait = _retry_after(response)
                    if status in (429, 503) and wait is not None and not retried:
                        retried = True
                        time.sleep(wait)  # the server said when: its slot stays taken meanwhile
                        response.close()
                        response = self._request(current, kind)
                        status = response.status_code
                    result = LinkResult(url, status=status, moved_to=current if moved and status < 400 else "")
                    if status < 400 and kind in (WMS, WFS):
                        self._read_capabilities(response, result)
                    result.elapsed = time.monotonic() - started
                    return result
                except requests.RequestException as error:
                    return LinkResult(url, failure=_failure(error), detail=_detail(error),
                                      elapsed=time.monotonic() - started)
                finally:
                    response.close()
        return LinkResult(url, failure="redirects", elapsed=time.monotonic() - started)

    def _request(self, url: str, kind: str):
        timeout = self.settings.timeout
        return self._session().get(url, stream=True, timeout=(timeout, timeout), allow_redirects=False,
                                   headers={"Accept-Encoding": "identity"} if kind in (WMS, WFS) else None)

    def _gate(self, url: str) -> _HostGate:
        host = (urlsplit(url).netloc or url).lower()
        with self._gates_lock:
            gate = self._gates.get(host)
            if gate is None:
                gate = self._gates[host] = _HostGate(self.settings.per_host, self.settings.delay)
            return gate

    def _session(self):
        session = getattr(self._local, "session", None)
        if session is None:
            client = self.network.client(target="Le lien", timeout=self.settings.timeout, retries=0)
            session = client.session
            session.headers["Accept"] = "*/*"
            self._local.session = session
            self._sessions.append(session)
        return session

    def _read_capabilities(self, response, result: LinkResult) -> None:
        limit = self.settings.max_capabilities
        chunks, size = [], 0
        for chunk in response.iter_content(64 * 1024):
            size += len(chunk)
            if size > limit:
                result.failure, result.detail = "capabilities", f"document de plus de {limit} octets"
                return
            chunks.append(chunk)
        try:
            result.layers, result.metadata_urls = capabilities.layers(b"".join(chunks))
        except capabilities.NotCapabilities as error:
            result.failure, result.detail = "capabilities", str(error)


def _interleaved(urls: list) -> list:
    """``urls`` taken in turn from each server (first server's first URL, second server's first URL...)."""
    by_host: dict = OrderedDict()
    for url, kind in urls:
        by_host.setdefault((urlsplit(url).netloc or url).lower(), []).append((url, kind))
    queues = [list(reversed(items)) for items in by_host.values()]
    out = []
    while queues:
        for queue in list(queues):
            out.append(queue.pop())
            if not queue:
                queues.remove(queue)
    return out


def _retry_after(response) -> Optional[float]:
    value = response.headers.get("Retry-After", "")
    try:
        seconds = float(value)
    except ValueError:
        return None
    return seconds if 0 <= seconds <= RETRY_AFTER_MAX else None


def _failure(error) -> str:
    import requests

    text = str(error)
    if isinstance(error, requests.exceptions.TooManyRedirects):
        return "redirects"
    if isinstance(error, requests.exceptions.SSLError):
        return "tls"
    if isinstance(error, requests.exceptions.ProxyError):
        return "proxy"
    if isinstance(error, requests.exceptions.Timeout) or "timed out" in text.lower():
        return "timeout"
    if "Name or service not known" in text or "NameResolution" in text or "nodename nor servname" in text \
            or "Temporary failure in name resolution" in text:
        return "dns"
    if "refused" in text.lower():
        return "refused"
    return "other"


def _detail(error) -> str:
    import requests

    if isinstance(error, (requests.exceptions.InvalidURL, requests.exceptions.MissingSchema,
                          requests.exceptions.InvalidSchema)):
        return "adresse invalide"
    return ""


def hosts_of(urls) -> dict:
    """{server: number of URLs} (for messages and benchmarks)."""
    counts: dict = defaultdict(int)
    for url, _kind in urls:
        counts[(urlsplit(url).netloc or url).lower()] += 1
    return dict(counts)
