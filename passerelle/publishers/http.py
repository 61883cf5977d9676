"""HTTP for publishers: timeouts, retries on safe calls, French errors, no secret ever shown.

Every publisher talks to its server through :class:`HttpClient`, so the
reliability and security rules live in one place:

- every request has a timeout; GET/HEAD/PUT/DELETE (idempotent) are retried with
  exponential backoff on connection errors and 502/503/504, POST never is;
- errors become :class:`PublishError` with a French message per status
  (401, 403, 404, 409, 5xx, unreachable) and a stable code; messages and logs
  never contain credentials (headers are not logged, URLs are redacted);
- uploads are streamed from disk (a file object as body), never read whole; downloads
  (:meth:`HttpClient.download`) are streamed and size-limited;
- XML answers are parsed without entities, DTDs or network access;
- TLS verification is on unless a profile explicitly turns it off;
- proxies and trusted CAs come from a :class:`~passerelle.network.NetworkPolicy` (QGIS's
  settings inside QGIS, the environment variables headless), never from anywhere else:
  a redirect is routed again by the policy, and a proxy password never reaches a server.

Build clients with :meth:`passerelle.network.Network.client`; ``HttpClient(...)`` without
``network=`` takes :func:`passerelle.network.default_policy`.
"""
from __future__ import annotations

import functools
import logging
import os
import re
import time
from dataclasses import dataclass, field
from typing import Optional

from ..catalogue.errors import PasserelleError
from ..network import mask

log = logging.getLogger("passerelle.publishers")

SAFE_METHODS = ("GET", "HEAD", "PUT", "DELETE", "OPTIONS")  # idempotent: a retry cannot duplicate
RETRY_STATUSES = (502, 503, 504)
CHUNK = 64 * 1024
_SECRET_QUERY = re.compile(r"(?i)([?&](?:api[_-]?key|token|access_token|password|passwd|key|apikey)=)[^&#]*")
_USERINFO = re.compile(r"(?i)(https?://)[^/@\s]+@")


class PublishError(PasserelleError):
    """A target refused or could not be reached; ``status`` is the HTTP status (0 when unreachable)."""

    code = "publish.error"

    def __init__(self, message_fr: str, message_en: str = "", code: str = "", status: int = 0,
                 retryable: bool = False):
        super().__init__(message_fr, message_en, code)
        self.status = status
        self.retryable = retryable


def redact(text: str, secrets=()) -> str:
    """``text`` without credentials: URL user-info, key/token query values and the given secrets."""
    text = _USERINFO.sub(r"\1***@", str(text))
    text = _SECRET_QUERY.sub(r"\1***", text)
    for secret in secrets:
        if secret and len(secret) >= 4:
            text = text.replace(secret, "***")
    return text


@dataclass
class Credentials:
    """Resolved from the QGIS authentication manager at run time; never stored or printed."""

    username: str = ""
    password: str = ""
    headers: dict = field(default_factory=dict)  # e.g. {"X-API-KEY": ...} or {"Authorization": "Bearer ..."}

    def secrets(self) -> list:
        return [s for s in (self.password, *self.headers.values()) if s]

    def __repr__(self):  # never print a secret, even by accident in a traceback
        return f"Credentials(username={self.username!r}, password=***, headers={sorted(self.headers)})"


def describe_status(status: int, target: str, url: str) -> tuple[str, str, str]:
    """(code, French message, English message) for an HTTP error status."""
    where = redact(url)
    if status == 401:
        return ("publish.unauthorized",
                f"{target} refuse l'authentification (401) : vérifiez l'identifiant et le mot de passe de la "
                "configuration d'authentification QGIS choisie pour cette cible.",
                f"{target} rejected the credentials (401): check the QGIS authentication configuration of this target.")
    if status == 403:
        return ("publish.forbidden",
                f"{target} refuse l'opération (403) : le compte utilisé n'a pas les droits nécessaires "
                "(éditeur du groupe, administrateur de l'espace de travail…). "
                "Demandez-les à l'administrateur du portail.",
                f"{target} forbids the operation (403): the account lacks the required rights.")
    if status == 404:
        return ("publish.not-found",
                f"{target} ne trouve pas la ressource demandée (404, {where}) : vérifiez l'adresse du service "
                "dans le profil du portail.",
                f"{target} did not find the resource (404, {where}): check the service URL in the portal profile.")
    if status == 409:
        return ("publish.conflict",
                f"{target} signale un conflit (409) : la ressource existe déjà sous une autre forme. "
                "Relancez la publication : Passerelle mettra à jour l'existant.",
                f"{target} reports a conflict (409): the resource already exists in another form.")
    if status >= 500:
        return ("publish.server-error",
                f"{target} a rencontré une erreur interne ({status}) : réessayez plus tard ; si cela persiste, "
                "prévenez l'administrateur du portail.",
                f"{target} had an internal error ({status}): try again later.")
    return ("publish.refused", f"{target} a refusé la requête ({status}, {where}).",
            f"{target} refused the request ({status}, {where}).")


class HttpClient:
    """A ``requests`` session with the rules above. ``target`` names the server in messages."""

    def __init__(self, base_url: str = "", target: str = "serveur", credentials: Optional[Credentials] = None,
                 timeout: float = 30.0, retries: int = 3, backoff: float = 0.5, verify_tls: bool = True,
                 network=None):
        if network is None:
            from ..network import default_policy

            network = default_policy()
        network = getattr(network, "policy", network)  # a Network or its NetworkPolicy
        self.base_url = base_url.rstrip("/")
        self.target = target
        self.credentials = credentials or Credentials()
        self.timeout = timeout
        self.retries = retries
        self.backoff = backoff
        self.network = network  # the NetworkPolicy: proxies, exceptions, trusted CAs
        self.session = _policy_session(network)
        self.session.verify = (network.ca_bundle or True) if verify_tls else False
        if self.credentials.username:
            self.session.auth = (self.credentials.username, self.credentials.password)
        self.session.headers.update(self.credentials.headers)
        self.session.headers["User-Agent"] = "Passerelle (QGIS plugin)"
        self.requests_sent = 0
        self.dry_run = False
        self.planned = []  # dry run: requests that would change something, not sent

    def plan(self, method: str, url: str, note: str = "") -> None:
        """Record an action a dry run would take (also used by targets that write files, not HTTP)."""
        self.planned.append({"target": self.target, "method": method, "url": redact(url), "note": note})

    def url(self, path: str) -> str:
        return path if path.startswith(("http://", "https://")) else f"{self.base_url}/{path.lstrip('/')}"

    def request(self, method: str, path: str, expect=(200, 201, 204), **kwargs):
        """Send a request; returns the response when its status is in ``expect``, else raises PublishError."""
        import requests

        method = method.upper()
        url = self.url(path)
        if self.dry_run and method not in ("GET", "HEAD", "OPTIONS"):
            body = kwargs.get("data")
            size = os.fstat(body.fileno()).st_size if hasattr(body, "fileno") else len(body or b"")
            self.plan(method, url, f"{kwargs.get('headers', {}).get('Content-Type', '')} {size} octets".strip())
            return PlannedResponse(expect[0] if expect else 200)
        attempts = self.retries + 1 if method in SAFE_METHODS else 1
        kwargs.setdefault("timeout", self.timeout)
        body = kwargs.get("data")
        for attempt in range(1, attempts + 1):
            if attempt > 1 and hasattr(body, "seek"):
                body.seek(0)  # a streamed upload restarts from the beginning
            try:
                self.requests_sent += 1
                response = self.session.request(method, url, **kwargs)
            except requests.RequestException as exc:
                named = _network_failure(exc, self, url)  # an untrusted certificate, a proxy that refuses
                if (named is None or named.retryable) and attempt < attempts:
                    self._wait(attempt, method, url, type(exc).__name__)
                    continue
                raise named or PublishError(
                    f"{self.target} est injoignable ({redact(url)}) : vérifiez l'adresse du service et la connexion "
                    "réseau, puis relancez (les couches déjà publiées ne seront pas dupliquées).",
                    f"{self.target} is unreachable ({redact(url)}): check the service URL and the network.",
                    code="publish.unreachable", status=0, retryable=True) from None
            if response.status_code in expect:
                return response
            if response.status_code in RETRY_STATUSES and attempt < attempts:
                self._wait(attempt, method, url, str(response.status_code))
                continue
            if response.status_code == 407:
                response.close()
                raise _proxy_refusal(self, url, "407")
            code, fr, en = describe_status(response.status_code, self.target, url)
            detail = redact(_short(response.text), self.credentials.secrets() + self.network.secrets())
            log.info("%s %s -> %s", method, redact(url), response.status_code)
            raise PublishError(fr + (f" Réponse du serveur : {detail}" if detail else ""),
                               en + (f" Server said: {detail}" if detail else ""), code=code,
                               status=response.status_code, retryable=response.status_code >= 500)
        raise AssertionError("unreachable")

    def _wait(self, attempt: int, method: str, url: str, why: str) -> None:
        delay = self.backoff * (2 ** (attempt - 1))
        log.info("retry %s %s after %s (%.1f s)", method, redact(url), why, delay)
        time.sleep(delay)

    def get(self, path, **kwargs):
        return self.request("GET", path, **kwargs)

    def post(self, path, **kwargs):
        return self.request("POST", path, **kwargs)

    def put(self, path, **kwargs):
        return self.request("PUT", path, **kwargs)

    def delete(self, path, **kwargs):
        return self.request("DELETE", path, **kwargs)

    def exists(self, path, **kwargs) -> bool:
        """True for 200, False for 404 (anything else raises)."""
        return self.request("GET", path, expect=(200, 404), **kwargs).status_code == 200

    def download(self, path, max_bytes: Optional[int] = None, progress=None, **kwargs) -> bytes:
        """The body of a GET, streamed; more than ``max_bytes`` raises ``network.too-big``.

        ``progress(received, total)`` follows the transfer (total 0 when the server does not say).
        """
        return self.get_body(path, max_bytes=max_bytes, progress=progress, **kwargs)[1]

    def get_body(self, path, max_bytes: Optional[int] = None, progress=None, expect=(200,), **kwargs) -> tuple:
        """(status, body, response headers) of a streamed GET; a status in ``expect`` other than 200
        (a ``304 Not Modified``) comes back with an empty body."""
        import requests

        url = self.url(path)
        response = self.request("GET", url, expect=expect, stream=True, **kwargs)
        if response.status_code != 200:
            response.close()
            return response.status_code, b"", response.headers  # case-insensitive
        try:
            total = int(response.headers.get("Content-Length") or 0)
        except ValueError:
            total = 0
        received, chunks = 0, []
        try:
            if max_bytes is not None and total > max_bytes:
                raise _too_big(self, url, max_bytes)
            for chunk in response.iter_content(CHUNK):
                received += len(chunk)
                if max_bytes is not None and received > max_bytes:
                    raise _too_big(self, url, max_bytes)
                chunks.append(chunk)
                if progress is not None:
                    progress(received, total)
        except requests.RequestException:
            raise PublishError(
                f"{self.target} a coupé la connexion pendant le téléchargement de {redact(url)} : réessayez.",
                f"{self.target} broke the connection while downloading {redact(url)}: try again.",
                code="publish.unreachable", status=0, retryable=True) from None
        finally:
            response.close()
        return 200, b"".join(chunks), response.headers


class PlannedResponse:
    """What a dry run answers instead of sending a state-changing request."""

    def __init__(self, status: int):
        self.status_code = status
        self.text = ""
        self.content = b""
        self.headers = {}
        self.cookies = {}

    def json(self):
        return {}


def _policy_session(policy):
    """A requests session that asks ``policy`` for each URL's proxy and CAs, and nothing else.

    ``trust_env`` stays off: no proxy, CA bundle or netrc credentials picked up behind the
    policy's back. A redirect is routed again for its new URL; the proxy credentials travel in
    the proxy URL only (urllib3 gives them to the proxy), never as a header a server could see.
    """
    session = _session_class()()
    session.policy = policy
    session.trust_env = False
    return session


@functools.lru_cache(maxsize=None)
def _session_class():
    import requests

    class PolicySession(requests.Session):
        policy = None

        def merge_environment_settings(self, url, proxies, stream, verify, cert):
            settings = super().merge_environment_settings(url, proxies, stream, verify, cert)
            settings["proxies"] = self.policy.requests_proxies(url)
            if settings["verify"] is True and self.policy.ca_bundle:  # verify=True per call still means our CAs
                settings["verify"] = self.policy.ca_bundle
            return settings

        def rebuild_proxies(self, prepared_request, proxies):
            prepared_request.headers.pop("Proxy-Authorization", None)
            return self.policy.requests_proxies(prepared_request.url)

    return PolicySession


def _network_failure(exc, client, url) -> Optional[PublishError]:
    """The error naming a certificate or proxy failure (``retryable`` when a retry may cure it), else None."""
    import requests

    if isinstance(exc, requests.exceptions.SSLError):
        return _untrusted(client, url)
    if isinstance(exc, requests.exceptions.ProxyError):  # proxy down or refusing the tunnel (407: its credentials)
        return _proxy_refusal(client, url, "407" if "407" in str(exc) else "")
    if isinstance(exc, requests.exceptions.InvalidSchema) and "socks" in str(exc).lower():
        proxy = mask(client.network.proxy_for(url))
        return PublishError(
            f"Le proxy SOCKS configuré ({proxy}) demande le module Python PySocks, absent : installez-le "
            "(paquet python3-socks) ou choisissez un proxy HTTP.",
            f"The SOCKS proxy ({proxy}) needs the PySocks Python module: install it or use an HTTP proxy.",
            code="network.proxy", status=0)
    return None


def _where_to_fix(client) -> tuple[str, str]:
    if client.network.origin == "QGIS":
        return ("dans QGIS, Préférences › Options › Réseau (proxy et « URL sans proxy »)",
                "in QGIS, Settings › Options › Network")
    return ("dans les variables d'environnement HTTPS_PROXY, HTTP_PROXY et NO_PROXY",
            "in the HTTPS_PROXY, HTTP_PROXY and NO_PROXY environment variables")


def _proxy_refusal(client, url: str, status: str) -> PublishError:
    proxy = mask(client.network.proxy_for(url)) or "?"
    where_fr, where_en = _where_to_fix(client)
    if status == "407":
        return PublishError(
            f"{client.target} n'est pas joignable : le proxy {proxy} refuse l'authentification (407). Vérifiez "
            f"l'identifiant et le mot de passe du proxy {where_fr}.",
            f"{client.target} is out of reach: the proxy {proxy} rejected its credentials (407). Check them "
            f"{where_en}.", code="network.proxy-auth", status=407)
    return PublishError(
        f"{client.target} n'est pas joignable par le proxy {proxy} ({redact(url)}) : vérifiez le proxy "
        f"{where_fr}, ou demandez à votre service informatique s'il laisse passer cette adresse.",
        f"{client.target} could not be reached through the proxy {proxy} ({redact(url)}): check the proxy "
        f"{where_en}.", code="network.proxy", status=0, retryable=True)


def _untrusted(client, url: str) -> PublishError:
    if client.network.origin == "QGIS":
        fix_fr = ("si le serveur utilise une autorité de certification interne, ajoutez-la dans QGIS, "
                  "Préférences › Options › Authentification › Gestionnaire de certificats › Autorités")
        fix_en = "if the server uses an internal certificate authority, add it in QGIS's authentication options"
    else:
        fix_fr = ("si le serveur utilise une autorité de certification interne, donnez son fichier PEM dans "
                  "la variable d'environnement REQUESTS_CA_BUNDLE")
        fix_en = "if the server uses an internal certificate authority, give its PEM file in REQUESTS_CA_BUNDLE"
    return PublishError(
        f"{client.target} présente un certificat non reconnu ({redact(url)}) : autorité inconnue, certificat "
        f"expiré ou établi pour un autre nom. {fix_fr[0].upper()}{fix_fr[1:]}.",
        f"{client.target} presents an untrusted certificate ({redact(url)}): {fix_en}.",
        code="network.tls", status=0)


def _too_big(client, url: str, limit: int) -> PublishError:
    return PublishError(
        f"{redact(url)} dépasse {limit} octets : ce n'est pas le document attendu, il n'est pas téléchargé.",
        f"{redact(url)} is over {limit} bytes: not the expected document, not downloaded.",
        code="network.too-big", status=0)


def parse_xml(content: bytes):
    """Parse a server's XML answer safely (no entities, no DTD, no network)."""
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)
    try:
        return etree.fromstring(content, parser)
    except etree.XMLSyntaxError as exc:
        raise PublishError(f"Réponse XML illisible du serveur : {exc}", f"Unreadable XML answer: {exc}",
                           code="publish.bad-answer") from None


def _short(text: str, limit: int = 300) -> str:
    text = re.sub(r"\s+", " ", text or "").strip()
    return text[:limit] + ("…" if len(text) > limit else "")
