"""HTTP for publishers: timeouts, retries on safe calls, French errors, no secret ever shown.

Every publisher talks to its server through :class:`HttpClient`, so the
reliability and security rules live in one place:

- every request has a timeout; only calls proven idempotent are retried (exponential backoff on
  connection errors and 502/503/504): GET, HEAD, OPTIONS, and a call its publisher marks
  ``idempotent=True``. A PUT or DELETE is not retried by default: a large upload cut by a 504 may
  still be running on the server, a status change may already be done;
- errors become :class:`PublishError` with a French message per status
  (401, 403, 404, 409, 5xx, unreachable) and a stable code; messages and logs
  never contain credentials (headers are not logged, URLs and texts are :func:`redact`-ed);
- credentials (Basic, or header keys such as udata's ``X-API-KEY``) go to the target's own origin
  only (scheme, host and port of ``base_url``): a redirect to another origin, or an absolute URL read
  in an answer (``next_page``, a resource URL), is sent without them. A target with credentials is
  refused over plain ``http://`` to another machine (``network.insecure``) unless its profile says
  ``allow_insecure: true`` (a warning is logged then);
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
from ..network import is_loopback, mask, origin

log = logging.getLogger("passerelle.publishers")

SAFE_METHODS = ("GET", "HEAD", "OPTIONS")  # idempotent by nature: a retry cannot change anything twice
RETRY_STATUSES = (502, 503, 504)
CHUNK = 64 * 1024
_NAMES = (r"api[_-]?key|auth[_-]?key|auth[_-]?token|access[_-]?token|refresh[_-]?token|id[_-]?token|"
          r"client[_-]?secret|secret|token|password|passwd|pwd|passphrase|private[_-]?key|session[_-]?id")
# name=value in a query string or a form: also a bare "key", "sig" and "signature" there.
_SECRET_QUERY = re.compile(rf"(?i)((?:^|[?&;\s])(?:[a-z0-9_.-]*[_.-])?(?:{_NAMES}|key|sig|signature)=)[^&#;\s]*")
# "password": "x", X-API-KEY: x, client_secret = x (JSON, headers, configuration dumps).
_SECRET_FIELD = re.compile(rf"""(?i)((?<![a-z0-9])["']?(?:[a-z0-9_.-]*[_.-])?(?:{_NAMES})["']?\s*[:=]\s*["']?)"""
                           r"""[^"'\s,;&}]+""")
# An Authorization value, and a bare "Basic <base64>" / "Bearer <token>" that looks like one (a digit,
# "+/=", or upper and lower case mixed past the first letter: base64 nearly always is).
_AUTHORIZATION = re.compile(r"(?i)\b((?:proxy-)?authorization[\"']?\s*[:=]\s*[\"']?(?:\w+\s+)?)[^\s\"',;]+")
_CREDENTIAL_SCHEME = re.compile(r"\b(Basic|Bearer|Digest|Token)\s+(?=[A-Za-z0-9+/._~-]*(?:[0-9+/=]|[a-z][A-Z]))"
                                r"[A-Za-z0-9+/._~-]{6,}=*")
# user:password@ up to the last @ of the authority (a password may hold an "@").
_USERINFO = re.compile(r"(?i)\b([a-z][a-z0-9+.-]*://)[^/?#\s]*@")


class PublishError(PasserelleError):
    """A target refused or could not be reached; ``status`` is the HTTP status (0 when unreachable)."""

    code = "publish.error"

    def __init__(self, message_fr: str, message_en: str = "", code: str = "", status: int = 0,
                 retryable: bool = False):
        super().__init__(message_fr, message_en, code)
        self.status = status
        self.retryable = retryable


class BadAnswerError(PublishError, ValueError):
    """A server's answer is not what its API gives (not JSON...): ``publish.bad-answer``. A ValueError too,
    so that code reading an answer that may not be JSON (``except ValueError``) keeps working."""

    code = "publish.bad-answer"


def redact(text: str, secrets=()) -> str:
    """``text`` without credentials: URL user-info, key/token/secret values (query strings, JSON, headers),
    ``Authorization`` values (Basic, Bearer) and the given ``secrets`` (as given, URL-quoted and in base64).

    >>> redact("https://u:p@ss@geo.fr/x?authkey=k&client_secret=s")
    'https://***@geo.fr/x?authkey=***&client_secret=***'
    """
    text = str(text)
    for secret in sorted({s for s in secrets if s and len(s) >= 4}, key=len, reverse=True):
        for form in _forms(secret):
            text = text.replace(form, "***")
    text = _USERINFO.sub(r"\1***@", text)
    text = _AUTHORIZATION.sub(r"\1***", text)
    text = _CREDENTIAL_SCHEME.sub(r"\1 ***", text)
    text = _SECRET_QUERY.sub(r"\1***", text)
    return _SECRET_FIELD.sub(r"\1***", text)


def _forms(secret: str) -> set:
    """How a secret may show in a text: as is, URL-quoted, in base64."""
    import base64
    from urllib.parse import quote, quote_plus

    encoded = base64.b64encode(secret.encode("utf-8")).decode()
    return {secret, quote(secret, safe=""), quote_plus(secret), encoded, encoded.rstrip("=")}


@dataclass
class Credentials:
    """Resolved from the QGIS authentication manager at run time; never stored or printed."""

    username: str = ""
    password: str = ""
    headers: dict = field(default_factory=dict)  # e.g. {"X-API-KEY": ...} or {"Authorization": "Bearer ..."}

    def secrets(self) -> list:
        """Every form of the secrets a text could betray: the values, and the Basic header's base64."""
        import base64

        found = [s for s in (self.password, *self.headers.values()) if s]
        if self.username and self.password:
            found.append(base64.b64encode(f"{self.username}:{self.password}".encode("utf-8")).decode())
        return found

    def __bool__(self):
        return bool(self.username or self.password or self.headers)

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
                 network=None, allow_insecure: bool = False):
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
        self.allow_insecure = allow_insecure
        # Where the credentials may go: base_url's origin (without one, the first absolute URL asked for).
        self.credential_origin = origin(self.base_url) if self.base_url else None
        self.session = _policy_session(network)
        self.session.verify = (network.ca_bundle or True) if verify_tls else False
        if self.credentials:
            self.session.auth = _OriginAuth(self)  # applied per request and per redirect, for our origin only
        self.session.headers["User-Agent"] = "Passerelle (QGIS plugin)"
        self.requests_sent = 0
        self.dry_run = False
        self.planned = []  # dry run: requests that would change something, not sent
        self._warned_insecure = False

    def plan(self, method: str, url: str, note: str = "") -> None:
        """Record an action a dry run would take (also used by targets that write files, not HTTP)."""
        self.planned.append({"target": self.target, "method": method, "url": redact(url), "note": note})

    def url(self, path: str) -> str:
        return path if path.startswith(("http://", "https://")) else f"{self.base_url}/{path.lstrip('/')}"

    def sends_credentials_to(self, url: str) -> bool:
        """Whether a request to ``url`` carries this client's credentials: only on the target's own origin."""
        return bool(self.credentials) and self.credential_origin is not None and origin(url) == self.credential_origin

    def request(self, method: str, path: str, expect=(200, 201, 204), idempotent: bool = False, **kwargs):
        """Send a request; returns the response when its status is in ``expect``, else raises PublishError.

        ``idempotent``: the caller knows that sending this call twice changes nothing more than once
        (retried like a GET). Other writes are sent once.
        """
        import requests

        method = method.upper()
        url = self.url(path)
        if self.credentials and self.credential_origin is None and origin(url)[0]:
            self.credential_origin = origin(url)  # a client made without base_url: its first server
        self._refuse_insecure(url)
        if self.dry_run and method not in ("GET", "HEAD", "OPTIONS"):
            body = kwargs.get("data")
            size = os.fstat(body.fileno()).st_size if hasattr(body, "fileno") else len(body or b"")
            self.plan(method, url, f"{kwargs.get('headers', {}).get('Content-Type', '')} {size} octets".strip())
            return PlannedResponse(expect[0] if expect else 200)
        attempts = self.retries + 1 if method in SAFE_METHODS or idempotent else 1
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
                raise named or _unreachable(self, url, exc) from None
            if response.status_code in expect:
                return _with_checked_json(response, self, url)
            if response.status_code in RETRY_STATUSES and attempt < attempts:
                response.close()
                self._wait(attempt, method, url, str(response.status_code))
                continue
            if response.status_code == 407:
                response.close()
                raise _proxy_refusal(self, url, "407")
            code, fr, en = describe_status(response.status_code, self.target, url)
            detail = redact(_short(_text(response)), self.credentials.secrets() + self.network.secrets())
            log.info("%s %s -> %s", method, redact(url), response.status_code)
            raise PublishError(fr + (f" Réponse du serveur : {detail}" if detail else ""),
                               en + (f" Server said: {detail}" if detail else ""), code=code,
                               status=response.status_code, retryable=response.status_code >= 500)
        raise AssertionError("unreachable")

    def _refuse_insecure(self, url: str) -> None:
        """Credentials never cross a network in clear: plain http:// to another machine is refused
        unless the profile allows it (``allow_insecure``), and then said once in the log."""
        if not self.sends_credentials_to(url) or self.credential_origin[0] != "http" \
                or is_loopback(self.credential_origin[1]):
            return
        where = redact(f"http://{self.credential_origin[1]}:{self.credential_origin[2]}")
        if self.allow_insecure:
            if not self._warned_insecure:
                self._warned_insecure = True
                log.warning("%s: credentials sent over plain HTTP to %s (allow_insecure in the profile)",
                            self.target, where)
            return
        raise PublishError(
            f"{self.target} est configuré en http:// ({where}) : ses identifiants circuleraient en clair sur le "
            "réseau, ils ne sont pas envoyés. Utilisez l'adresse https:// du service dans le profil (ou, si le "
            "réseau est sûr et que l'administrateur l'accepte, « allow_insecure »: true pour cette cible).",
            f"{self.target} is configured with http:// ({where}): its credentials would cross the network in "
            "clear and are not sent. Use the service's https:// address (or allow_insecure: true for this target).",
            code="network.insecure")

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
            if total and _raw_bytes(response, received) < total:  # the connection closed early: not the whole
                raise requests.exceptions.ChunkedEncodingError("answer shorter than its Content-Length")
        except requests.RequestException:
            raise PublishError(
                f"{self.target} a coupé la connexion pendant le téléchargement de {redact(url)} : réessayez.",
                f"{self.target} broke the connection while downloading {redact(url)}: try again.",
                code="publish.unreachable", status=0, retryable=True) from None
        finally:
            response.close()
        return 200, b"".join(chunks), response.headers


def _unreachable(client, url: str, exc) -> PublishError:
    kind = "timeout" if "Timeout" in type(exc).__name__ else "unreachable"
    if kind == "timeout":
        return PublishError(
            f"{client.target} n'a pas répondu à temps ({redact(url)}, délai de {client.timeout} s) : le serveur est "
            "surchargé ou la connexion coupée. Relancez plus tard (les couches déjà publiées ne seront pas "
            "dupliquées) ou augmentez « timeout » dans le profil.",
            f"{client.target} did not answer in time ({redact(url)}, {client.timeout} s timeout).",
            code="publish.timeout", status=0, retryable=True)
    return PublishError(
        f"{client.target} est injoignable ({redact(url)}) : vérifiez l'adresse du service et la connexion "
        "réseau, puis relancez (les couches déjà publiées ne seront pas dupliquées).",
        f"{client.target} is unreachable ({redact(url)}): check the service URL and the network.",
        code="publish.unreachable", status=0, retryable=True)


def _text(response) -> str:
    """The body of an error answer as text, whatever bytes it holds (never raises)."""
    try:
        return response.text or ""
    except Exception:  # noqa: BLE001 - a broken body (bad encoding, cut connection) says nothing more
        return ""


class _OriginAuth:
    """requests ``auth=``: the client's credentials on requests to its own origin, none elsewhere."""

    def __init__(self, client):
        self.client = client

    def __call__(self, request):
        for name in self.names():
            request.headers.pop(name, None)
        if self.client.sends_credentials_to(request.url):
            credentials = self.client.credentials
            if credentials.username:
                from requests.auth import _basic_auth_str

                request.headers["Authorization"] = _basic_auth_str(credentials.username, credentials.password)
            request.headers.update(credentials.headers)
        return request

    def names(self) -> list:
        return ["Authorization", *self.client.credentials.headers]


def _with_checked_json(response, client, url: str):
    """``response`` whose ``.json()`` raises ``publish.bad-answer`` (French, no secret) instead of a
    JSONDecodeError when the server sent something else than JSON (an HTML page, garbage, a cut body)."""
    parse = response.json

    def json(**options):
        try:
            return parse(**options)
        except ValueError:  # JSONDecodeError, and requests' own
            shown = redact(_short(_text(response), 120), client.credentials.secrets())
            raise BadAnswerError(
                f"{client.target} a répondu autre chose que du JSON à {redact(url)} (« {shown} ») : le service "
                "est peut-être en maintenance ou l'adresse du profil mène ailleurs (page de connexion, proxy).",
                f"{client.target} answered something else than JSON to {redact(url)}: maintenance, or the "
                "profile's address leads elsewhere.", code="publish.bad-answer", status=response.status_code,
                retryable=True) from None

    response.json = json
    return response


def _raw_bytes(response, decoded: int) -> int:
    """Bytes of the body read from the connection (before any decompression), to compare with Content-Length."""
    try:
        return int(response.raw.tell())
    except (AttributeError, TypeError, ValueError):
        return decoded


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

        def rebuild_auth(self, prepared_request, response):
            # A redirect: the credentials (Basic and header keys alike) follow only to the client's origin.
            if isinstance(self.auth, _OriginAuth):
                self.auth(prepared_request)
            elif self.should_strip_auth(response.request.url, prepared_request.url):
                prepared_request.headers.pop("Authorization", None)

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
