"""data.gouv.fr catalogue target: one udata dataset per layer, through the udata API v1.

Profile settings::

    {"type": "udata", "url": "https://demo.data.gouv.fr", "organisation": "5f0c…(organisation id)",
     "private": false, "zones": ["fr:commune:39999"], "access_request_url": "https://…/demande-acces",
     "verify_tls": true, "timeout": 30}

- ``url``: the instance, ``https://www.data.gouv.fr`` in production, ``https://demo.data.gouv.fr`` to
  try things out (separate account and API key); an address ending in ``/api/1`` is accepted too;
- ``organisation``: id of the organisation that publishes (the key's account must be a member); ``"auto"``:
  the organisation of the key's account, read from ``/api/1/me/`` when it belongs to exactly one (what a
  shared profile such as ``data-gouv-fr`` says, since each agent publishes for their own authority);
- ``private`` (or ``draft``): the dataset stays a draft visible to the organisation only;
- ``zones``: udata zone ids (``fr:commune:<code INSEE>``…); without it, the record's ``place`` is
  looked up with ``/spatial/zones/suggest/`` and kept only when one zone matches it exactly;
- ``access_request_url``: where to ask for shared ("partagée") data, sent as ``authorization_request_url``;
- ``review``: new datasets are created private and marked as awaiting review (extras
  ``passerelle:review: submitted`` and ``passerelle:review-date``); an administrator of the instance or
  of the organisation approves them (made public) or rejects them with a comment
  (``passerelle:review: rejected``, ``passerelle:review-comment``; the dataset stays private) with
  :func:`passerelle.api.review`. Passerelle then keeps the visibility the administrator chose; changed
  content goes back to review.

The API key travels in the ``X-API-KEY`` header of the :class:`HttpClient` (from the QGIS
authentication manager); it never appears in messages or logs.

Mapping: title, description, tags (keywords and theme labels, slugified), ``license``,
``frequency``, ``spatial.granularity`` from each concept's ``udata`` notation, ``spatial.zones``,
``temporal_coverage``, ``private``, ``access_type`` from the access level (with
``access_type_reason_category`` from the legal basis for shared data) and the Passerelle identifier
in ``extras["passerelle:identifier"]``. The identifier finds the dataset again (the organisation's
datasets are read, drafts included), so publishing again updates the same dataset in place — a
dataset deleted on data.gouv.fr is restored rather than duplicated — and ``unpublish`` deletes
that dataset only.

Ownership (see :mod:`.ownership`): a dataset is Passerelle's when it carries the identifier extra
**and** belongs to the profile's organisation. udata makes every slug unique itself and Passerelle
finds its dataset by the extra within its organisation, so a dataset of another organisation (even
one carrying the same identifier: another Passerelle installation) or one typed by hand with the
same title is never found, modified nor deleted, and there is nothing to adopt; ``unpublish`` reads
the dataset back and deletes it only when it is ours (else :class:`~.ownership.ForeignObject`).
Dataset ids go into URLs as quoted path segments.

Files (``package.files``: GeoPackage, GeoJSON, CSV) are uploaded as streamed
multipart bodies named ``<layer>-<sha1 prefix>.<ext>`` (see :func:`upload_name`) and replaced in
place when their checksum changed; WMS/WFS links from the service targets of the same run become
remote resources. Each resource Passerelle manages is marked with ``extras["passerelle:distribution"]``
and is never duplicated. Shared data keeps its files at home: the dataset describes it
(``access_type: restricted``) without downloads — udata's ``private`` hides a dataset's page, not its
files, which anyone with their address can download.

Before anything is sent, :meth:`UdataPublisher.check` refuses values udata has no code for; the
instance's own lists (``/datasets/frequencies/``, ``/datasets/licenses/``,
``/spatial/granularities/``) are then read once per run and a code the instance does not list
stops the layer before any dataset is written.

>>> target = UdataPublisher("data.gouv.fr", {"url": "https://demo.data.gouv.fr", "organisation": org_id}, http)
>>> target.check(package)          # [] when every value has a udata code
>>> result = target.publish(package, {"online_resources": wms_wfs_links})
>>> result.urls["page"]
'https://demo.data.gouv.fr/datasets/pistes-cyclables/'
"""
from __future__ import annotations

import logging
import os
import re
import unicodedata
from typing import Optional

from ..catalogue.findings import ERROR, Finding
from .base import PublicationPackage, PublishResult
from .http import PublishError, redact
from .ownership import ForeignObject, segment
from .portal import (Mapped, PortalPublisher, ReviewMarks, answer, concept_by_code, content_fingerprint, field_errors,
                     file_digest, managed_resources, said, service_kind)
from .portal import open_file as _open_file  # tests swap in a spy to watch the reads

log = logging.getLogger("passerelle.publishers")

IDENTIFIER_EXTRA = "passerelle:identifier"
DISTRIBUTION_EXTRA = "passerelle:distribution"
#: package.files kind -> (label, media type) of the uploaded copies
FILE_KINDS = {"gpkg": ("GeoPackage", "application/geopackage+sqlite3"),
              "geojson": ("GeoJSON", "application/geo+json"),
              "csv": ("CSV", "text/csv")}
TAG_MIN, TAG_MAX = 3, 96  # udata TAG_MIN_LENGTH / TAG_MAX_LENGTH
TITLE_MAX = 350
AUTO = "auto"  # organisation setting: the key's account's own organisation
MAX_PAGES = 200  # organisation listing: 200 pages of 100 datasets, far beyond any local authority
#: the review marks of a dataset awaiting an administrator's decision (see the module docstring)
REVIEW = ReviewMarks(state="passerelle:review", comment="passerelle:review-comment", date="passerelle:review-date",
                     by="passerelle:review-by", content="passerelle:review-content")
#: The instance's own code lists, read once per run: what they list, where.
REFERENCE_LISTS = (("frequency", "datasets/frequencies/"), ("license", "datasets/licenses/"),
                   ("granularity", "spatial/granularities/"))


def slug(text: str) -> str:
    """A udata tag: ASCII, lower case, words joined by hyphens (``"Vélo à assistance"`` → ``velo-a-assistance``)."""
    text = unicodedata.normalize("NFKD", str(text)).encode("ascii", "ignore").decode("ascii").lower()
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


def upload_name(layer: str, kind: str, sha1: str) -> str:
    """The uploaded file's name, ``pistes-2441a322.gpkg``: udata stores each upload as
    ``<dataset slug>/<UTC second>/<name>`` and answers 500 (FileExists) to a second file of the same name in
    the same second, so a file replaced right after its previous upload needs a name of its own; the
    content's digest gives it one, and downloaders can tell versions apart."""
    return f"{layer}-{sha1[:8]}.{kind}"


class UdataPublisher(PortalPublisher):
    """Publishes one dataset per layer to a udata instance (see the module docstring)."""

    portal = "udata"
    reviews = True
    key_advice = ("profil data.gouv.fr → « Clé d'API » ; les clés de demo.data.gouv.fr et de www.data.gouv.fr "
                  "sont distinctes", "demo.data.gouv.fr and www.data.gouv.fr keys differ")
    rights_advice = ("le compte de la clé d'API n'a pas le droit de modifier ce jeu de données (il doit être membre "
                     "de l'organisation qui le publie).", "the key's account cannot edit this dataset.")

    def __init__(self, name: str, settings: dict, http=None):
        super().__init__(name, settings, http)
        base = (settings.get("url") or "").rstrip("/")
        self.prefix = "" if base.endswith("/api/1") else "api/1/"
        self.organisation = str(settings.get("organisation") or "").strip()
        self._automatic = self.organisation.lower() == AUTO
        if self._automatic:
            self.organisation = ""  # the key's account says, at the first request (see _account_organisation)
        self.private = bool(settings.get("private") or settings.get("draft"))
        self.under_review = bool(settings.get("review"))
        self._known = {}  # identifier -> dataset id, learnt during this run
        self._places = {}  # place name -> zone ids, looked up once per run

    # -- mapping -----------------------------------------------------------------------------------
    def mapping(self, package: PublicationPackage) -> Mapped:
        """The udata dataset payload, the findings on values udata has no code for, and the keywords dropped."""
        record = package.record
        crosswalk = self.crosswalk(package)
        payload = {"title": (record.title or "").strip(), "description": (record.abstract or "").strip(),
                   "organization": self.organisation, "private": self.private,
                   "extras": {IDENTIFIER_EXTRA: package.identifier}}
        licence, _ = crosswalk.code("licence", "licence", record.licence, "udata")
        if licence:
            payload["license"] = licence
        frequency, _ = crosswalk.code("frequency", "frequency", record.frequency, "udata")
        if frequency:
            payload["frequency"] = frequency
        granularity, _ = crosswalk.code("granularity", "granularity", record.granularity, "udata")
        if granularity:
            payload["spatial"] = {"granularity": granularity}
        access, access_concept = crosswalk.code("access", "access-level", record.access, "udata")
        if not crosswalk.closed_stays_home(access_concept) and access:
            payload["access_type"] = access
            if access == "restricted":
                reason, _ = crosswalk.code("legal_basis", "limitations", record.legal_basis, "udata")
                if reason:
                    payload["access_type_reason_category"] = reason
                elif not record.legal_basis:
                    crosswalk.refuse("legal_basis",
                                     "Une donnée « partagée » publiée sur data.gouv.fr doit indiquer le motif de "
                                     "restriction d'accès (base légale, article 13 de la directive INSPIRE).",
                                     "Shared data published to udata needs an access restriction reason.")
                if self.settings.get("access_request_url"):
                    payload["authorization_request_url"] = self.settings["access_request_url"]
        if record.temporal_start and record.temporal_end:
            payload["temporal_coverage"] = {"start": record.temporal_start.isoformat(),
                                            "end": record.temporal_end.isoformat()}
        payload["tags"], dropped = crosswalk.tags([*record.keywords, *crosswalk.theme_labels()], slug,
                                                  TAG_MIN, TAG_MAX)
        return Mapped(payload, crosswalk.findings, dropped)

    def requirements(self, package: PublicationPackage, payload: dict) -> list:
        """``udata.settings`` and ``udata.required`` findings (the mapping's come after them in :meth:`check`)."""
        layer = package.name
        findings = []
        if not self.organisation and not self._automatic:
            findings.append(Finding("udata.settings", ERROR, layer,
                                    f"{self.target} : le profil ne précise pas l'organisation qui publie "
                                    "(« organisation », identifiant udata de l'organisation).",
                                    f"{self.target}: the profile sets no publishing organisation.",
                                    field="organisation"))
        if not payload["title"]:
            findings.append(Finding("udata.required", ERROR, layer, "data.gouv.fr exige un titre.",
                                    "udata requires a title.", field="title"))
        elif len(payload["title"]) > TITLE_MAX:
            findings.append(Finding("udata.required", ERROR, layer,
                                    f"Le titre dépasse les {TITLE_MAX} caractères acceptés par data.gouv.fr.",
                                    f"The title is longer than udata's {TITLE_MAX} characters.", field="title"))
        if not payload["description"]:
            findings.append(Finding("udata.required", ERROR, layer,
                                    "data.gouv.fr exige une description (le résumé de la fiche est vide).",
                                    "udata requires a description (the abstract is empty).", field="abstract"))
        return findings

    # -- publish -----------------------------------------------------------------------------------
    def publish(self, package: PublicationPackage, links: dict) -> PublishResult:
        self._refuse_blocked(package)
        self._account_organisation()
        payload, _, _ = self.mapping(package)
        self._check_codes(payload, package)
        zones = self._zones(package)
        if zones:
            payload.setdefault("spatial", {"granularity": "other"})["zones"] = zones
        restricted = payload.get("access_type") == "restricted"
        existing = self._find(package.identifier)
        if self.under_review:
            self._mark_for_review(payload, existing)
        elif existing is not None:  # a review decision taken on this dataset stays with it
            payload["extras"] = {**_review_extras(existing), **payload["extras"]}
        created = False
        if existing is None:
            dataset = self._write("POST", self._api("datasets/"), payload, expect=(201,))
            created = changed = True
        elif existing.get("deleted"):  # deleted on the portal since: restore it, same address for reusers
            dataset = self._write("PUT", self._api(f"datasets/{segment(existing['id'])}/"),
                                  {**payload, "deleted": None})
            created = changed = True  # absent before this run: a rollback deletes it again
        elif self._differs(existing, payload):
            dataset = self._write("PUT", self._api(f"datasets/{segment(existing['id'])}/"), payload)
            changed = True
        else:
            dataset, changed = existing, False
        if self.http.dry_run and not dataset.get("id"):
            return PublishResult(target=self.name, created=["dataset"], changed=True)
        self._known[package.identifier] = dataset["id"]
        with self._undone_on_failure(created, lambda: self._delete(dataset["id"], package.identifier),
                                     f"dataset {dataset['id']}"):
            changed = self._sync_resources(dataset, package, links or {}, restricted) or changed
        return PublishResult(target=self.name, ids={"dataset": dataset["id"], "slug": dataset.get("slug", "")},
                             urls={"page": dataset.get("page", ""), "api": dataset.get("uri", "")},
                             created=["dataset"] if created else [], changed=changed)

    def _mark_for_review(self, payload: dict, existing: Optional[dict]) -> None:
        """New or changed content goes (back) to the administrators, private; unchanged, their decision
        and the visibility they chose stand."""
        extras = _review_extras(existing) if existing is not None and not existing.get("deleted") else {}
        content = content_fingerprint({k: v for k, v in payload.items() if k != "extras"})
        if existing is None or existing.get("deleted") or REVIEW.needs_submission(extras, content):
            payload["extras"] = {**extras, **payload["extras"], **REVIEW.submitted(content)}
            payload["private"] = True if existing is None or existing.get("deleted") or self.private \
                else bool(existing.get("private"))
        else:
            payload["extras"] = {**extras, **payload["extras"]}
            payload["private"] = self.private or bool(existing.get("private"))

    def unpublish(self, identifier: str, ids: dict) -> None:
        """Delete the dataset that carries ``identifier`` in the profile's organisation (udata keeps it
        soft-deleted); already gone is fine; a dataset found there that is not ours is never deleted."""
        dataset, foreign = None, None
        dataset_id = (ids or {}).get("dataset") or self._known.get(identifier)
        if dataset_id:
            response = self._call("GET", self._api(f"datasets/{segment(dataset_id)}/"), expect=(200, 404, 410))
            if response.status_code == 200:
                dataset = response.json()
                if not self._ours(dataset, identifier):
                    dataset, foreign = None, dataset  # not ours (any more): never delete someone else's dataset
        if dataset is None:
            dataset = self._find(identifier)
        if dataset is None and foreign is not None and not foreign.get("deleted"):
            raise ForeignObject(self.target, f"le jeu de données « {foreign.get('slug') or foreign.get('id')} »",
                                _organisation_name(foreign), unpublish=True)
        if dataset is None or dataset.get("deleted"):
            return
        self._delete(dataset["id"], identifier)

    def _ours(self, dataset: dict, identifier: str) -> bool:
        """Passerelle's dataset for ``identifier``: the identifier extra, in the profile's organisation."""
        organisation = dataset.get("organization")
        organisation = organisation.get("id") if isinstance(organisation, dict) else organisation
        return _carries(dataset, identifier) and bool(self.organisation) and organisation == self.organisation

    def _delete(self, dataset_id: str, identifier: str) -> None:
        """Delete the dataset (udata keeps it soft-deleted)."""
        self._call("DELETE", self._api(f"datasets/{segment(dataset_id)}/"), expect=(204, 404, 410))
        self._known.pop(identifier, None)

    def status(self, identifier: str, ids: dict) -> dict:
        """``{"exists", "private", "deleted", "resources", "url"}``, with ``review``: ``{"state", "comment",
        "date", "by"}`` when the dataset went to review."""
        dataset = self._find(identifier)
        if dataset is None or dataset.get("deleted"):
            return {"exists": False, "deleted": bool(dataset), "url": (dataset or {}).get("page", "")}
        found = {"exists": True, "private": bool(dataset.get("private")), "deleted": False,
                 "resources": len(dataset.get("resources") or []), "url": dataset.get("page", "")}
        review = REVIEW.read(dataset.get("extras") or {})
        return {**found, "review": review} if review else found

    # -- review (administrators' side) -------------------------------------------------------------
    def submissions(self) -> list:
        """The organisation's datasets awaiting review (private ones are listed to its members and to the
        instance's administrators), oldest first: see :meth:`Publisher.submissions`."""
        self._account_organisation()
        if not self.organisation:
            raise PublishError(f"{self.target} : le profil ne précise pas l'organisation dont examiner les "
                               "soumissions (« organisation »).",
                               f"{self.target}: the profile sets no organisation to review.", code="udata.settings")
        path, params = self._api(f"organizations/{self.organisation}/datasets/"), {"page_size": 100}
        found = []
        for _ in range(MAX_PAGES):
            page = self._call("GET", path, params=params, headers={"Accept": "application/json"}).json()
            for dataset in page.get("data") or []:
                extras = dataset.get("extras") or {}
                review = REVIEW.read(extras)
                if dataset.get("deleted") or not extras.get(IDENTIFIER_EXTRA) or (review or {}).get("state") != \
                        "submitted":
                    continue
                found.append({"identifier": extras[IDENTIFIER_EXTRA], "ids": {"dataset": dataset["id"],
                                                                              "slug": dataset.get("slug", "")},
                              "title": dataset.get("title", ""),
                              "organisation": (dataset.get("organization") or {}).get("name", ""),
                              "author": (dataset.get("owner") or {}).get("fullname", "") if isinstance(
                                  dataset.get("owner"), dict) else "",
                              "submitted": review.get("date") or dataset.get("created_at", ""),
                              "url": dataset.get("page", ""), "record": self.record_of(dataset),
                              "not_carried": ("nature", "legal_basis", "lifecycle", "scale", "resolution_m", "place",
                                              "schema", "language", "created", "published", "revised", "lineage",
                                              "producer", "contact", "themes", "extent")})
            if not page.get("next_page"):
                break
            path, params = page["next_page"], None
        return sorted(found, key=lambda item: item["submitted"])

    def review(self, identifier: str, ids: dict, decision: str, comment: str = "") -> dict:
        """Approve (made public) or reject (stays private, ``passerelle:review-comment`` for the author)."""
        dataset = self._find(identifier)
        if dataset is None or dataset.get("deleted"):
            raise PublishError(f"{self.target} n'a pas de jeu de données portant la fiche {identifier} à examiner.",
                               f"{self.target} has no dataset of record {identifier} to review.",
                               code="review.not-found", status=404)
        extras = {**(dataset.get("extras") or {}), **REVIEW.decided(decision, comment)}
        # udata's form empties the tags of a PUT that does not send them (TagField): they go back as they are
        self._write("PUT", self._api(f"datasets/{dataset['id']}/"), {"private": decision != "approve", "extras": extras,
                                                                     "tags": list(dataset.get("tags") or [])})
        return self.status(identifier, {"dataset": dataset["id"]})

    def record_of(self, dataset: dict):
        """The record a dataset carries, read back from what :meth:`mapping` wrote (for the review's checks)."""
        import datetime as _dt

        from ..catalogue import vocabularies as shipped_vocabularies
        from ..catalogue.record import Record

        vocab = shipped_vocabularies.shipped()
        extras = dataset.get("extras") or {}
        record = Record(identifier=extras.get(IDENTIFIER_EXTRA) or dataset.get("id", ""),
                        title=dataset.get("title") or "", abstract=dataset.get("description") or "",
                        keywords=list(dataset.get("tags") or []))
        record.licence = concept_by_code(vocab, "licence", "udata", dataset.get("license")) \
            if dataset.get("license") not in (None, "", "notspecified") else None
        record.frequency = concept_by_code(vocab, "frequency", "udata", dataset.get("frequency"))
        record.granularity = concept_by_code(vocab, "granularity", "udata",
                                             (dataset.get("spatial") or {}).get("granularity"))
        record.access = concept_by_code(vocab, "access-level", "udata", dataset.get("access_type"))
        record.legal_basis = concept_by_code(vocab, "limitations", "udata", dataset.get("access_type_reason_category"))
        temporal = dataset.get("temporal_coverage") or {}
        for key, attribute in (("start", "temporal_start"), ("end", "temporal_end")):
            try:
                setattr(record, attribute, _dt.date.fromisoformat(str(temporal.get(key))[:10])
                        if temporal.get(key) else None)
            except ValueError:
                pass
        return record

    def verify(self, package: PublicationPackage, result: PublishResult) -> list:
        """Read the dataset back: it exists, carries the identifier and title, and holds the expected files."""
        if self.http.dry_run or not result.ids.get("dataset"):
            return []
        response = self._call("GET", self._api(f"datasets/{segment(result.ids['dataset'])}/"),
                              expect=(200, 404, 410))
        if response.status_code != 200:
            return [f"le jeu de données {result.ids['dataset']} est introuvable sur {self.target}"]
        dataset = response.json()
        problems = []
        if dataset.get("deleted"):
            problems.append("le jeu de données relu est supprimé")
        if not _carries(dataset, package.identifier):
            problems.append(f"le jeu de données relu ne porte pas l'identifiant {package.identifier}")
        if dataset.get("title") != package.record.title.strip():
            problems.append(f"titre relu « {dataset.get('title')} » au lieu de « {package.record.title} »")
        payload, _, _ = self.mapping(package)
        expected = set() if payload.get("access_type") == "restricted" else \
            {k for k, p in package.files.items() if k in FILE_KINDS and p and os.path.exists(p)}
        found = {(r.get("extras") or {}).get(DISTRIBUTION_EXTRA) for r in dataset.get("resources") or []}
        if not expected <= found:
            problems.append(f"fichiers absents : {', '.join(sorted(expected - found))}")
        return problems

    # -- udata calls -------------------------------------------------------------------------------
    def _refusal(self, response, payload: Optional[dict]) -> PublishError:
        """The French error for a 400: udata's ``{"errors": {field: [...]}}`` or ``{"message": ...}``."""
        body = answer(response) or {}
        errors = body.get("errors") if isinstance(body, dict) else None
        if isinstance(errors, dict) and "organization" in errors:
            return PublishError(
                f"{self.target} refuse de publier au nom de l'organisation « {self.organisation} » : le compte de la "
                "clé d'API n'en est pas membre (ou l'organisation n'existe pas). Demandez à un administrateur de "
                "l'organisation de vous y ajouter, ou corrigez « organisation » dans le profil.",
                f"{self.target} refuses to publish for organisation '{self.organisation}': the key's account is not "
                "a member.", code="publish.forbidden", status=response.status_code)
        if isinstance(errors, dict) and errors:
            details = "; ".join(f"{field} : {said(messages)} (valeur envoyée : {(payload or {}).get(field, '—')})"
                                for field, messages in errors.items())
            detail_en = field_errors(errors)
        else:
            details = detail_en = str((body or {}).get("message") or (body or {}).get("error") or response.text)[:300]
        details = redact(details, self._secrets())
        return PublishError(f"{self.target} a refusé le jeu de données : {details}",
                            f"{self.target} rejected the dataset: {redact(detail_en, self._secrets())}",
                            code="udata.rejected", status=response.status_code)

    def _reference_list(self, path: str) -> set:
        items = self._call("GET", self._api(path), headers={"Accept": "application/json"}).json()
        return {str(item.get("id")) for item in items if isinstance(item, dict)}

    def _check_codes(self, payload: dict, package: PublicationPackage) -> None:
        """A code the instance does not list (its frequencies, licences, granularities) stops the layer."""
        if self.http.dry_run:
            return
        lists = {key: self._listed(key, lambda path=path: self._reference_list(path)) for key, path in REFERENCE_LISTS}
        wanted = {"frequency": payload.get("frequency"), "license": payload.get("license"),
                  "granularity": (payload.get("spatial") or {}).get("granularity")}
        labels = {"frequency": ("la fréquence", package.record.frequency),
                  "license": ("la licence", package.record.licence),
                  "granularity": ("la granularité", package.record.granularity)}
        for key, code in wanted.items():
            if code and code not in lists[key]:
                what, source = labels[key]
                known = ", ".join(sorted(lists[key])) or "aucune"
                raise PublishError(
                    f"{self.target} ne connaît pas {what} « {code} » (valeur Passerelle : {source}) : rien n'a été "
                    f"publié. Valeurs acceptées par cette instance : {known}. Choisissez une autre valeur ou "
                    "signalez l'écart aux administrateurs de la plateforme.",
                    f"{self.target} does not list the {key} code '{code}': nothing was published.",
                    code="udata.unknown-code")

    def _zones(self, package: PublicationPackage) -> list:
        zones = self.settings.get("zones")
        if zones:
            return [str(z) for z in zones]
        place = (package.record.place or "").strip()
        if not place:
            return []
        if place not in self._places:
            self._places[place] = self._zones_named(place)
        return list(self._places[place])

    def _zones_named(self, place: str) -> list:
        """The one zone named exactly ``place`` (communes first), [] when none or several match."""
        suggestions = self._call("GET", self._api("spatial/zones/suggest/"), params={"q": place, "size": 20},
                                 headers={"Accept": "application/json"}).json()
        exact = [z for z in suggestions if slug(z.get("name", "")) == slug(place)]
        for level in ("fr:commune", "fr:epci", "fr:departement", "fr:region", "country"):
            at_level = [z for z in exact if z.get("level") == level]
            if len(at_level) == 1:
                return [at_level[0]["id"]]
            if len(at_level) > 1:
                log.warning("udata: %d zones named %r at level %s; set 'zones' in the profile", len(at_level),
                            place, level)
                return []
        return []

    def _account_organisation(self) -> str:
        """With ``"organisation": "auto"``, the one organisation the key's account belongs to (read once)."""
        if self.organisation or not self._automatic:
            return self.organisation
        me = self._call("GET", self._api("me/"), headers={"Accept": "application/json"}).json()
        organisations = [o for o in me.get("organizations") or [] if isinstance(o, dict) and o.get("id")]
        if len(organisations) != 1:
            listed = ", ".join(f"{o.get('name', '')} ({o['id']})" for o in organisations) or "aucune"
            raise PublishError(
                f"{self.target} : le compte de la clé d'API appartient à {len(organisations)} organisation(s) "
                f"({listed}) : Passerelle ne peut pas choisir au nom de laquelle publier. Donnez l'identifiant de "
                "l'organisation dans « organisation » (une copie du profil à votre nom), ou utilisez la clé d'un "
                "compte membre d'une seule organisation.",
                f"{self.target}: the key's account belongs to {len(organisations)} organisation(s) ({listed}): "
                "set 'organisation' to the one to publish for.", code="udata.organisation-ambiguous")
        self.organisation = str(organisations[0]["id"])
        return self.organisation

    def _find(self, identifier: str) -> Optional[dict]:
        """The organisation's dataset carrying ``identifier`` (a live one first), or None."""
        self._account_organisation()
        known = self._known.get(identifier)
        if known:
            response = self._call("GET", self._api(f"datasets/{segment(known)}/"), expect=(200, 404, 410))
            if response.status_code == 200:
                dataset = response.json()
                if self._ours(dataset, identifier):
                    return dataset
        if not self.organisation:
            return None
        path, params = self._api(f"organizations/{segment(self.organisation)}/datasets/"), {"page_size": 100}
        matches = []
        for _ in range(MAX_PAGES):
            page = self._call("GET", path, params=params, headers={"Accept": "application/json"}).json()
            matches += [d for d in page.get("data") or [] if _carries(d, identifier)]
            if not page.get("next_page"):
                break
            path, params = page["next_page"], None
        live = sorted((d for d in matches if not d.get("deleted")), key=lambda d: d.get("created_at") or "")
        if len(live) > 1:
            log.warning("udata: %d datasets carry identifier %s; updating the oldest (%s)", len(live), identifier,
                        live[0]["id"])
        if live:
            return live[0]
        deleted = sorted(matches, key=lambda d: d.get("deleted") or "", reverse=True)
        return deleted[0] if deleted else None

    @staticmethod
    def _differs(existing: dict, payload: dict) -> bool:
        for key, wanted in payload.items():
            have = existing.get(key)
            if key == "tags":
                same = set(have or []) == set(wanted)
            elif key == "extras":
                same = all((have or {}).get(k) == v for k, v in wanted.items())
            elif key == "organization":
                same = ((have or {}).get("id") if isinstance(have, dict) else have) == wanted
            elif key == "spatial":
                have = have or {}
                same = (have.get("granularity") == wanted.get("granularity")
                        and sorted(have.get("zones") or []) == sorted(wanted.get("zones") or []))
            elif key == "temporal_coverage":
                have = have or {}
                same = (str(have.get("start", ""))[:10], str(have.get("end", ""))[:10]) == \
                    (wanted["start"], wanted["end"])
            else:
                same = have == wanted
            if not same:
                return True
        return False

    # -- resources ---------------------------------------------------------------------------------
    def _sync_resources(self, dataset: dict, package: PublicationPackage, links: dict, restricted: bool) -> bool:
        """Make the dataset's Passerelle resources match the package; True when something was written."""
        ours, duplicates = managed_resources(dataset.get("resources"),
                                             lambda resource: (resource.get("extras") or {}).get(DISTRIBUTION_EXTRA))
        files = {} if restricted else {
            kind: path for kind, path in (package.files or {}).items()
            if kind in FILE_KINDS and path and os.path.exists(path)}
        services = {}
        for link in links.get("online_resources") or []:
            kind = (service_kind(link) or "").lower()
            if kind and link.get("url") and kind not in services:
                services[kind] = link
        title = package.record.title.strip()
        changed = False
        base = self._api(f"datasets/{segment(dataset['id'])}/")
        for kind, path in files.items():
            label, media_type = FILE_KINDS[kind]
            meta = {"title": f"{title} ({label})"[:TITLE_MAX], "type": "main",
                    "description": f"Données de la couche « {package.name} » au format {label}.",
                    "extras": {DISTRIBUTION_EXTRA: kind}}
            resource = ours.get(kind)
            sha1 = file_digest(path, "sha1")
            if resource is not None and self._same_file(resource, path, sha1):
                if self._resource_differs(resource, meta):
                    self._put_resource(base, resource, meta)
                    changed = True
                continue
            target = f"{base}resources/{segment(resource['id'])}/upload/" if resource is not None else f"{base}upload/"
            uploaded = self._upload(target, path, upload_name(package.name, kind, sha1), media_type)
            if uploaded.get("id"):
                self._put_resource(base, uploaded, meta)
            changed = True
        for kind, link in services.items():
            label = kind.upper()
            body = {"title": f"{title} (service {label})"[:TITLE_MAX], "url": link["url"], "type": "api",
                    "filetype": "remote", "format": f"ogc:{kind}",
                    "description": f"Service {label} de la couche « {link.get('name') or package.name} ».",
                    "extras": {DISTRIBUTION_EXTRA: kind}}
            resource = ours.get(kind)
            if resource is None:
                self._write("POST", f"{base}resources/", body, expect=(201,))
                changed = True
            elif self._resource_differs(resource, body):
                self._write("PUT", f"{base}resources/{segment(resource['id'])}/", body, expect=(200,))
                changed = True
        stale = [r for kind, r in ours.items() if kind not in files and kind not in services] + duplicates
        for resource in stale:  # a format no longer produced, files of data now shared, leftovers of a crash
            self._call("DELETE", f"{base}resources/{segment(resource['id'])}/", expect=(204, 404))
            changed = True
        return changed

    @staticmethod
    def _same_file(resource: dict, path: str, sha1: str) -> bool:
        checksum = resource.get("checksum") or {}
        if not checksum.get("value"):
            return False
        kind = checksum.get("type") or "sha1"
        return (sha1 if kind == "sha1" else file_digest(path, kind)) == checksum["value"]

    @staticmethod
    def _resource_differs(resource: dict, wanted: dict) -> bool:
        for key, value in wanted.items():
            if key == "extras":
                if any((resource.get("extras") or {}).get(k) != v for k, v in value.items()):
                    return True
            elif resource.get(key) != value:
                return True
        return False

    def _put_resource(self, base: str, resource: dict, meta: dict) -> None:
        # url and filetype are required by the form even for hosted files (udata then keeps its own values).
        body = {**meta, "url": resource.get("url"), "filetype": resource.get("filetype") or "file",
                "extras": {**(resource.get("extras") or {}), **meta["extras"]}}
        self._write("PUT", f"{base}resources/{segment(resource['id'])}/", body, expect=(200,))

    def _upload(self, path: str, file_path: str, filename: str, media_type: str) -> dict:
        response = self._send_file(path, file_path, filename=filename, media_type=media_type,
                                   expect=(200, 201, 400, 415), opener=lambda p, mode: _open_file(p, mode),
                                   headers={"Accept": "application/json"})
        if response.status_code in (400, 415):
            raise self._refusal(response, {"file": filename})
        return response.json()


def _organisation_name(dataset: dict) -> str:
    organisation = dataset.get("organization")
    if isinstance(organisation, dict) and (organisation.get("name") or organisation.get("id")):
        return f"organisation « {organisation.get('name') or organisation.get('id')} »"
    owner = dataset.get("owner")
    if isinstance(owner, dict) and (owner.get("first_name") or owner.get("last_name")):
        return f"utilisateur « {' '.join(p for p in (owner.get('first_name'), owner.get('last_name')) if p)} »"
    return ""


def _review_extras(dataset: dict) -> dict:
    """The review marks a dataset carries."""
    extras = dataset.get("extras") or {}
    return {key: extras[key] for key in REVIEW.names() if key in extras}


def _carries(dataset: dict, identifier: str) -> bool:
    """Whether ``dataset`` is the one Passerelle published for ``identifier`` (its identifier extra)."""
    return (dataset.get("extras") or {}).get(IDENTIFIER_EXTRA) == identifier
