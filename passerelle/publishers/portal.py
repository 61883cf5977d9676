"""What the open-data portal publishers (CKAN, udata, OpenDataSoft) share.

Each portal module keeps what its API alone does; here is what they do alike:

- :class:`Crosswalk`: a record's concept URIs -> one portal's codes (``skos:notation``, EU tables),
  every value that does not map kept as a :class:`~passerelle.catalogue.findings.Finding`
  (``<portal>.unmappable``), keywords cleaned to the portal's tag rules (``<portal>.tag-dropped``);
- :func:`file_digest` and :func:`open_file`: the files uploaded, hashed and opened to be streamed;
- :func:`service_kind`: which OGC service (WMS, WFS) an online resource of a service target is;
- :func:`managed_resources`: the resources Passerelle marked as its own on a dataset;
- :class:`PortalPublisher`: refusing a package with blocking findings before any request, the
  portal's authentication refusals explained, JSON writes whose 400 answer is the portal's refusal,
  streamed uploads, the instance's code lists read once per run, and undoing a dataset this run
  created when the rest of its publication fails.

>>> crosswalk = Crosswalk(package, "udata", "data.gouv.fr")
>>> code, concept = crosswalk.code("frequency", "frequency", package.record.frequency, "udata")
>>> code, crosswalk.findings
('annual', [])
"""
from __future__ import annotations

import contextlib
import hashlib
import logging
import threading
from typing import Callable, Iterable, NamedTuple, Optional

from ..catalogue import terms
from ..catalogue import vocabularies as _vocabularies
from ..catalogue.findings import ERROR, WARNING, Finding
from .base import CATALOGUE, PublicationPackage, Publisher
from .http import PublishError, redact
from .multipart import MultipartFile

log = logging.getLogger("passerelle.publishers")

BLOCK = 1024 * 1024  # bytes hashed at a time

#: Record fields as portal messages name them (French with its article, English).
FIELD_LABELS = {"licence": ("la licence", "licence"), "frequency": ("la fréquence de mise à jour", "update frequency"),
                "granularity": ("la granularité spatiale", "spatial granularity"),
                "access": ("le degré d'accessibilité", "access level"), "themes": ("le thème", "theme"),
                "extent": ("l'emprise", "extent"),
                "legal_basis": ("le motif de restriction d'accès", "access restriction reason")}


# --- files ----------------------------------------------------------------------------------

def open_file(path: str, mode: str = "rb"):
    """A file to upload, opened for block-by-block reading (publisher modules name it ``_open_file``,
    which tests replace with a spy)."""
    return open(path, mode)


def file_digest(path: str, algorithm: str = "sha256") -> Optional[str]:
    """Hex digest of a file read block by block; None for an algorithm this Python does not have
    (``sha2``, as udata names it, is sha256)."""
    try:
        digest = hashlib.new({"sha2": "sha256"}.get(algorithm, algorithm))
    except (ValueError, TypeError):
        return None
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(BLOCK), b""):
            digest.update(block)
    return digest.hexdigest()


def file_sha256(path: str) -> str:
    """sha256 of a file, read block by block."""
    return file_digest(path, "sha256")


# --- resources ------------------------------------------------------------------------------

def service_kind(link: dict) -> Optional[str]:
    """``"WMS"`` or ``"WFS"`` for an ISO online resource of a service target, else None.

    >>> service_kind({"protocol": "OGC Web Map Service", "protocol_uri": "http://www.opengis.net/def/serviceType/ogc/wms"})
    'WMS'
    """
    text = f"{link.get('protocol', '')} {link.get('protocol_uri', '')}".upper()
    for kind, words in (("WMS", ("WMS", "WEB MAP SERVICE")), ("WFS", ("WFS", "WEB FEATURE SERVICE"))):
        if any(word in text for word in words):
            return kind
    return None


def managed_resources(resources: Iterable[dict], key_of: Callable[[dict], Optional[str]]) -> tuple[dict, list]:
    """({key: resource}, duplicates) of the resources Passerelle marked with a key; a resource without
    one is someone else's and is left out. A second resource of one key (an interrupted run) is a
    duplicate, to be removed."""
    ours, duplicates = {}, []
    for resource in resources or []:
        key = key_of(resource)
        if not key:
            continue
        if key in ours:
            duplicates.append(resource)
        else:
            ours[key] = resource
    return ours, duplicates


def answer(response):
    """The portal's JSON answer, None when it is not JSON (an HTML error page, an empty body)."""
    try:
        return response.json()
    except ValueError:
        return None


def field_errors(errors: dict, skip: Iterable[str] = ()) -> str:
    """A portal's field errors on one line: ``{"title": ["required"], "x": "bad"}`` -> ``title : required; x : bad``."""
    return "; ".join(f"{name} : {said(messages)}" for name, messages in errors.items() if name not in skip)


def said(messages) -> str:
    """What a portal says about one field (a text, a list of texts, or a dict of those), as one text."""
    if isinstance(messages, dict):
        return ", ".join(f"{k} : {said(v)}" for k, v in messages.items())
    if isinstance(messages, list):
        return ", ".join(map(str, messages))
    return str(messages)


# --- review ---------------------------------------------------------------------------------

REVIEW_STATES = ("submitted", "approved", "rejected")


class ReviewMarks:
    """The extras that mark a dataset's review on a portal without a workflow of its own (CKAN, udata).

    A dataset under review is private and carries ``state`` ("submitted", then "approved" or
    "rejected"), the reviewer's ``comment``, the ``date`` of the last change, who decided (``by``) and
    the fingerprint of the ``content`` submitted: changed content is submitted again, unchanged content
    keeps the decision taken on it. ``keys`` names each extra on the portal.
    """

    def __init__(self, **keys):
        self.keys = keys  # state, comment, date, by, content -> extra name

    def read(self, extras: dict) -> Optional[dict]:
        """``{"state", "comment", "date", "by"}`` from a dataset's extras, None when it never went to review."""
        state = (extras or {}).get(self.keys["state"])
        if state not in REVIEW_STATES:
            return None
        return {"state": state, "comment": str(extras.get(self.keys["comment"]) or ""),
                "date": str(extras.get(self.keys["date"]) or ""), "by": str(extras.get(self.keys["by"]) or "")}

    def needs_submission(self, extras: dict, content: str) -> bool:
        """Whether ``content`` goes (back) to the reviewers: never reviewed, or changed since it was."""
        return self.read(extras) is None or (extras or {}).get(self.keys["content"]) != content

    def submitted(self, content: str) -> dict:
        return {self.keys["state"]: "submitted", self.keys["comment"]: "", self.keys["date"]: now_iso(),
                self.keys["by"]: "", self.keys["content"]: content}

    def decided(self, decision: str, comment: str, by: str = "") -> dict:
        return {self.keys["state"]: "approved" if decision == "approve" else "rejected",
                self.keys["comment"]: comment or "", self.keys["date"]: now_iso(), self.keys["by"]: by or ""}

    def names(self) -> tuple:
        return tuple(self.keys.values())


def now_iso() -> str:
    """Now, UTC, to the second (ISO 8601)."""
    import datetime as _dt

    return _dt.datetime.now(_dt.timezone.utc).replace(microsecond=0).isoformat()


def content_fingerprint(body: dict) -> str:
    """sha256 of what a portal would receive, whatever its visibility: tells changed content apart."""
    import json

    return hashlib.sha256(json.dumps({k: v for k, v in body.items() if k != "private"}, sort_keys=True,
                                     default=str).encode("utf-8")).hexdigest()


def concept_by_code(vocabularies, scheme: str, notation: str, code) -> Optional[str]:
    """The URI of the concept of ``scheme`` whose ``notation`` code is ``code`` (a portal's value read back)."""
    if not code or scheme not in vocabularies:
        return None
    concept = vocabularies[scheme].by_notation(notation, str(code)) or vocabularies[scheme].find(str(code))
    return concept.uri if concept is not None else None


# --- mapping --------------------------------------------------------------------------------

class Mapped(NamedTuple):
    """A portal's view of one package: what would be sent and what stands in the way."""

    body: dict  # the dataset as the portal's API takes it
    findings: list  # values that do not map (errors) and what is left out (warnings)
    dropped: list  # keywords not sent (each also a warning in findings)


class Crosswalk:
    """One record's values -> one portal's codes; what does not map is kept in :attr:`findings`.

    ``portal`` prefixes the finding codes (``udata.unmappable``); ``target`` names the portal in messages.
    """

    def __init__(self, package: PublicationPackage, portal: str, target: str):
        self.record = package.record
        self.layer = package.name
        self.vocabularies = package.vocabularies or _vocabularies.shipped()
        self.portal = portal
        self.target = target
        self.findings: list = []

    def refuse(self, field: str, message_fr: str, message_en: str, severity: str = ERROR,
               code: str = "unmappable") -> None:
        self.findings.append(Finding(f"{self.portal}.{code}", severity, self.layer, message_fr, message_en,
                                     field=field))

    def concept(self, field: str, scheme: str, value):
        """The concept ``value`` names in ``scheme``; None, and refused, when no vocabulary Passerelle knows has it."""
        if not value:
            return None
        found = self.vocabularies[scheme].find(value) if scheme in self.vocabularies else None
        if found is None:
            what_fr, what_en = FIELD_LABELS[field]
            self.refuse(field, f"{self.target} : {what_fr} « {value} » n'appartient à aucun vocabulaire connu de "
                               "Passerelle : le portail n'a pas de code pour cette valeur.",
                        f"{self.target}: {what_en} '{value}' is in no vocabulary Passerelle knows.")
        return found

    def lacks(self, field: str, concept, where_fr: str, where_en: str, advice_fr: str = "") -> None:
        """Refuse ``concept``: the portal has no equivalent for it (``where``: what the portal reads)."""
        what_fr, what_en = FIELD_LABELS[field]
        advice_fr = advice_fr or ("choisissez une valeur que le portail connaît, "
                                  "ou retirez cette cible de la publication")
        self.refuse(field, f"{self.target} : {what_fr} « {concept.label('fr')} » ({concept.uri}) n'a pas "
                           f"d'équivalent {where_fr} : {advice_fr}.",
                    f"{self.target}: {what_en} '{concept.label('en')}' ({concept.uri}) has no equivalent {where_en}.")

    def code(self, field: str, scheme: str, value, notation: str, advice_fr: str = "") -> tuple:
        """(the portal's code for ``value``: the concept's ``notation`` crosswalk, the concept)."""
        concept = self.concept(field, scheme, value)
        code = concept.notation(notation) if concept is not None else None
        if concept is not None and not code:
            self.lacks(field, concept, f"sur ce portail (aucun code « {notation} » dans le vocabulaire)",
                       f"on this portal (no '{notation}' code in the vocabulary)", advice_fr)
        return code, concept

    def eu_uri(self, field: str, scheme: str, value, table: str) -> tuple:
        """(the URI of ``value`` in the EU authority ``table`` that DCAT portals read, the concept)."""
        concept = self.concept(field, scheme, value)
        uri = terms.eu_uri(concept, table)
        if concept is not None and uri is None:
            self.lacks(field, concept, f"dans la table européenne que lit ce portail (DCAT, {table})",
                       f"in the EU table this portal reads (DCAT, {table})")
        return uri, concept

    def closed_stays_home(self, access) -> bool:
        """Refuse closed data, which never leaves the organisation, even to a restricted or draft dataset."""
        if access is None or access.uri != terms.CLOSED_ACCESS:
            return False
        self.refuse("access", f"{self.target} : une donnée « fermée » ne sort pas de l'organisation : elle ne peut "
                              "pas être publiée sur ce portail, même en accès restreint ou en brouillon.",
                    f"{self.target}: closed data never leaves the organisation: it cannot go to this portal.")
        return True

    def theme_labels(self) -> list:
        """The French label of each theme (its URI when no vocabulary knows it)."""
        concepts = [(uri, self.vocabularies.concept(uri)) for uri in self.record.themes]
        return [concept.label("fr") if concept else uri for uri, concept in concepts]

    def tags(self, labels: Iterable[str], clean: Callable[[str], str], shortest: int, longest: int) -> tuple:
        """(tags, dropped labels): each label cleaned to the portal's rules, once; one too short or too
        long once cleaned is dropped, with a ``<portal>.tag-dropped`` warning."""
        tags, dropped = [], []
        for label in labels:
            tag = clean(label)
            if not shortest <= len(tag) <= longest:
                dropped.append(label)
                self.refuse("keywords", f"Le mot-clé « {label} » ne sera pas repris sur {self.target} : un mot-clé "
                                        f"y compte de {shortest} à {longest} caractères (lettres ou chiffres).",
                            f"Keyword '{label}' is not sent to {self.target} (tags are {shortest}-{longest} chars).",
                            severity=WARNING, code="tag-dropped")
            elif tag not in tags:
                tags.append(tag)
        return tags, dropped


# --- the publisher --------------------------------------------------------------------------

class PortalPublisher(Publisher):
    """What the portal publishers do alike around their own API calls."""

    role = CATALOGUE
    portal = ""  # finding codes' prefix: "ckan", "udata", "ods"
    prefix = ""  # put before API paths relative to the portal's address
    #: French and English advice when the portal refuses the key (401), None: the HTTP layer's message stands.
    key_advice: Optional[tuple] = None
    #: French and English advice when the portal forbids an operation (403), None: the HTTP layer's message.
    rights_advice: Optional[tuple] = None

    def __init__(self, name: str, settings: dict, http=None):
        super().__init__(name, settings, http)
        self._lists: dict = {}  # the instance's code lists, read once per run
        self._lock = threading.Lock()

    @property
    def target(self) -> str:
        return self.http.target

    def _api(self, path: str) -> str:
        return self.prefix + path

    def crosswalk(self, package: PublicationPackage) -> Crosswalk:
        return Crosswalk(package, self.portal, self.target)

    # -- refusals before any request ----------------------------------------------------------
    def mapping(self, package: PublicationPackage) -> Mapped:
        """What the portal would receive for ``package``, and what stands in the way (portal-specific)."""
        raise NotImplementedError

    def check(self, package: PublicationPackage) -> list:
        """Findings found without any request: the portal's own requirements, then the mapping's."""
        body, findings, _ = self.mapping(package)
        return self.requirements(package, body) + list(findings)

    def requirements(self, package: PublicationPackage, body: dict) -> list:
        """Findings on settings and required values (portal-specific)."""
        return []

    def _refuse_blocked(self, package: PublicationPackage) -> None:
        blocking = [f for f in self.check(package) if f.severity == ERROR]
        if blocking:
            raise PublishError(" ".join(f.message_fr for f in blocking), " ".join(f.message_en for f in blocking),
                               code=blocking[0].code)

    # -- calls --------------------------------------------------------------------------------
    def _secrets(self) -> list:
        return list(self.http.credentials.secrets())

    def _call(self, method: str, path: str, **kwargs):
        """One request; a refused key or operation gets this portal's advice, and no message holds a secret."""
        try:
            return self.http.request(method, path, **kwargs)
        except PublishError as error:
            raise self._explained(error) from None

    def _explained(self, error: PublishError) -> PublishError:
        if error.code == "publish.unauthorized" and self.key_advice:
            return PublishError(
                f"{self.target} refuse la clé d'API (401) : vérifiez la clé enregistrée dans la configuration "
                f"d'authentification QGIS de cette cible ({self.key_advice[0]}).",
                f"{self.target} rejected the API key (401): check the key stored for this target "
                f"({self.key_advice[1]}).", code=error.code, status=error.status)
        if error.code == "publish.forbidden" and self.rights_advice:
            return PublishError(f"{self.target} refuse l'opération (403) : {self.rights_advice[0]}",
                                f"{self.target} forbids the operation (403): {self.rights_advice[1]}",
                                code=error.code, status=error.status)
        secrets = self._secrets()
        message_fr, message_en = redact(error.message_fr, secrets), redact(error.message_en, secrets)
        if (message_fr, message_en) == (error.message_fr, error.message_en):
            return error
        return PublishError(message_fr, message_en, code=error.code, status=error.status, retryable=error.retryable)

    def _write(self, method: str, path: str, body: dict, expect=(200,)) -> dict:
        """A JSON write; a 400 answer is the portal refusing ``body`` (:meth:`_refusal`)."""
        response = self._call(method, path, json=body, expect=(*expect, 400), headers={"Accept": "application/json"})
        if response.status_code == 400:
            raise self._refusal(response, body)
        return response.json()

    def _refusal(self, response, sent: Optional[dict]) -> PublishError:
        """The French error for the portal's 400 answer to ``sent`` (portal-specific)."""
        raise NotImplementedError

    def _send_file(self, path: str, file_path: str, *, filename: str, media_type: str, expect: tuple,
                   field: str = "file", fields: Optional[dict] = None, opener: Callable = open,
                   headers: Optional[dict] = None, **kwargs):
        """POST ``file_path`` as a multipart form field, streamed from disk (never read whole)."""
        with MultipartFile(file_path, field=field, filename=filename, media_type=media_type, fields=fields,
                           opener=opener) as body:
            return self._call("POST", path, data=body, expect=expect,
                              headers={"Content-Type": body.content_type, **(headers or {})}, **kwargs)

    def _listed(self, name: str, read: Callable[[], set]) -> set:
        """The codes the instance lists under ``name``, read once per run whatever the number of layers."""
        with self._lock:
            if name not in self._lists:
                self._lists[name] = read()
            return self._lists[name]

    @contextlib.contextmanager
    def _undone_on_failure(self, created: bool, remove: Callable[[], None], what: str):
        """Run the rest of a publication; when it fails, remove what this run created (nothing half-published)."""
        try:
            yield
        except Exception as error:
            if created and self._undoes(error):
                try:
                    remove()
                except PublishError as rollback:
                    log.warning("%s: rollback of %s failed: %s", self.portal, what, rollback.code)
            raise

    def _undoes(self, error: Exception) -> bool:
        """Whether a failed publication removes the dataset it created (False: the next run resumes with it)."""
        return True
