"""CKAN catalogue target: one dataset per layer, its files and service links, through the Action API.

Profile settings::

    {"type": "ckan", "url": "https://data.ville.fr", "organisation": "commune-de-saint-aubin",
     "private": false, "review": false, "verify_tls": true, "timeout": 30}

- ``url``: the CKAN site (an address ending in ``/api/3`` or ``/api/3/action`` is accepted too);
- ``organisation``: name or id of the organisation that owns the datasets (the token's user must
  be an editor or administrator of it);
- ``private``: datasets are private (members of the organisation only); a target of kind
  ``restricted`` or ``internal`` always gets private datasets;
- ``review``: new datasets are created private and marked as awaiting review (extra
  ``passerelle_review: submitted``, with ``passerelle_review_date``); an administrator approves them
  (made public) or rejects them with a comment (``passerelle_review: rejected``,
  ``passerelle_review_comment``; the dataset stays private), in QGIS (:func:`passerelle.api.review`,
  through :meth:`CkanPublisher.review`) or on CKAN. Passerelle then keeps whatever visibility the
  administrator chose; changed content goes back to review (CKAN itself enforces none of this:
  the organisation's editors could still change a dataset's visibility).

The API token travels in the ``Authorization`` header of the :class:`HttpClient` (from the QGIS
authentication manager): the publisher never sees it, and no message or log contains it.

One record, one dataset: its ``name`` derives from the record's stable identifier
(:func:`dataset_name`), so publishing again finds it (``package_show``) and updates it in place
(``package_patch``); a dataset deleted on CKAN since is brought back, same id and address.

Ownership (see :mod:`.ownership`): a dataset is Passerelle's when it carries the record identifier in
the extra ``passerelle_identifier`` **and** belongs to the profile's organisation. A dataset of that
name that is not (typed by hand, or another organisation's) is never modified nor deleted: publish
refuses it naming its organisation (:class:`~.ownership.ForeignObject`), unless the package says to
adopt it, which patches it with Passerelle's fields and extras and moves it into the profile's
organisation (CKAN checks the token may); ``unpublish`` deletes only a dataset read back as ours.

Mapping: title, notes (abstract), tags
(keywords cleaned to CKAN's tag rules), ``license_id`` (the licence's ``ckan`` notation),
author/maintainer and their e-mails (producer/contact), and extras read by ckanext-dcat's legacy
profile and ckanext-spatial: ``identifier``, ``frequency`` (EU URI) with ``frequency_udata``,
``spatial_granularity`` (URI) with ``spatial_granularity_udata``, ``theme`` (JSON list of URIs),
``temporal_start``/``temporal_end``, ``spatial`` (GeoJSON polygon of the extent),
``access_rights`` (EU URI) with ``access_level``, ``issued``, ``modified``, ``provenance``,
``contact_*``, ``publisher_*`` and the ISO record address ``metadata_url``. Extras Passerelle does
not write are kept.

Resources: the GeoPackage, GeoJSON and CSV copies (``package.files``) are uploaded as multipart
bodies streamed from disk, and each WMS/WFS link of the service targets of the same run becomes a
URL resource. Each resource Passerelle manages carries ``passerelle_key`` (``file:gpkg``,
``service:wms:ws:layer``…) and, for files, ``passerelle_sha256``: a republication updates
the resource of the same key in place (same resource id, new upload only when the bytes changed),
removes those of its keys no longer wanted, and never touches a resource without a key.

Nothing is sent when nothing changed: the dataset keeps a fingerprint of what Passerelle wrote
(``passerelle_fingerprint``), compared before any write.

>>> target = CkanPublisher("ckan", {"url": "https://data.ville.fr", "organisation": "ville"}, http)
>>> target.check(package)                    # [] when everything maps to CKAN
>>> result = target.publish(package, {"online_resources": wms_wfs_links})
>>> result.urls["dataset"]
'https://data.ville.fr/dataset/passerelle-0b7c4d52-…'
>>> target.unpublish(package.identifier, result.ids)
"""
from __future__ import annotations

import hashlib
import json
import os
import re
from typing import Optional

from ..catalogue.findings import ERROR, WARNING, Finding
from ..catalogue.terms import EU_ACCESS_RIGHT, EU_FREQUENCY, THEME_SCHEMES, eu_uri
from .base import PublicationPackage, PublishResult
from .http import HttpClient, PublishError, redact
from .ownership import ForeignObject
from .portal import (BLOCK, Mapped, PortalPublisher, ReviewMarks, answer, concept_by_code, content_fingerprint,
                     field_errors, file_sha256, managed_resources, service_kind)

NAME_PREFIX = "passerelle-"
NAME_MAX = 100  # CKAN PACKAGE_NAME_MAX_LENGTH
TAG_MIN, TAG_MAX = 2, 100  # CKAN MIN_TAG_LENGTH / MAX_TAG_LENGTH
_TAG_FORBIDDEN = re.compile(r"[^\w \-.]", re.UNICODE)  # CKAN tag_name_validator allows [\w \-.]
RECORD_EXTRA = "passerelle_identifier"
FINGERPRINT_EXTRA = "passerelle_fingerprint"
KEY_FIELD = "passerelle_key"  # resource field: which distribution Passerelle manages there
SHA_FIELD = "passerelle_sha256"  # resource field: sha256 of the uploaded file
#: package.files kind -> (resource name, CKAN format, media type)
FILE_KINDS = {"gpkg": ("GeoPackage", "GPKG", "application/geopackage+sqlite3"),
              "geojson": ("GeoJSON", "GeoJSON", "application/geo+json"),
              "csv": ("CSV", "CSV", "text/csv")}
#: the extras Passerelle writes (any other extra on the dataset is left as it is)
OUR_EXTRAS = ("identifier", "frequency", "frequency_udata", "spatial_granularity", "spatial_granularity_udata",
              "theme", "temporal_start", "temporal_end", "spatial", "access_rights", "access_level", "issued",
              "modified", "provenance", "contact_name", "contact_email", "publisher_name", "publisher_email",
              "metadata_url", RECORD_EXTRA, FINGERPRINT_EXTRA)
HIDDEN = "_passerelle_hidden"  # marks a dataset package_show refused to show (403): it exists, it is not ours
#: the review marks of a dataset awaiting an administrator's decision (see the module docstring)
REVIEW = ReviewMarks(state="passerelle_review", comment="passerelle_review_comment", date="passerelle_review_date",
                     by="passerelle_review_by", content="passerelle_review_content")
SEARCH_ROWS = 100  # datasets per package_search page
UPLOAD_READ_TIMEOUT = 600.0  # seconds CKAN may take to store a large upload before answering


def dataset_name(identifier: str) -> str:
    """The CKAN ``name`` of the record ``identifier``: stable, lower-case ``[a-z0-9_-]``, 2–100 characters.

    >>> dataset_name("0b7c4d52-8e2f-4c43-9a4e-5d1f0c3b2a19")
    'passerelle-0b7c4d52-8e2f-4c43-9a4e-5d1f0c3b2a19'
    >>> dataset_name("FR-21231/Voirie")      # not a valid name as it is: slug + short hash
    'passerelle-fr-21231-voirie-7a5b0cef1ac1628a'
    """
    if re.fullmatch(r"[a-z0-9_-]+", identifier or "") and len(NAME_PREFIX + identifier) <= NAME_MAX:
        return NAME_PREFIX + identifier
    digest = hashlib.sha256((identifier or "").encode("utf-8")).hexdigest()[:16]
    slug = re.sub(r"[^a-z0-9_-]+", "-", (identifier or "").lower()).strip("-_")[:NAME_MAX - len(NAME_PREFIX) - 17]
    return f"{NAME_PREFIX}{slug}-{digest}" if slug else f"{NAME_PREFIX}{digest}"


def ckan_tag(keyword: str) -> str:
    """``keyword`` as a CKAN tag: forbidden characters become spaces, at most 100 characters.

    >>> ckan_tag("Aménagement / voirie")
    'Aménagement voirie'
    """
    tag = re.sub(r"\s+", " ", _TAG_FORBIDDEN.sub(" ", keyword or "")).strip()
    return tag[:TAG_MAX].strip()


def extent_geojson(extent) -> str:
    """The record extent as the GeoJSON polygon ckanext-spatial reads from the ``spatial`` extra."""
    w, s, e, n = (round(float(v), 7) for v in (extent.west, extent.south, extent.east, extent.north))
    return json.dumps({"type": "Polygon", "coordinates": [[[w, s], [e, s], [e, n], [w, n], [w, s]]]},
                      separators=(",", ":"))


class CkanPublisher(PortalPublisher):
    """Publishes each layer as a CKAN dataset (see the module docstring for the settings)."""

    portal = "ckan"
    reviews = True

    def __init__(self, name: str, settings: dict, http: Optional[HttpClient] = None):
        super().__init__(name, settings, http)
        url = (settings.get("url") or "").rstrip("/")
        self.root = re.sub(r"/api(/3)?(/action)?$", "", url)
        self.organisation = settings.get("organisation") or ""
        if isinstance(self.organisation, dict):  # {"name": ...} as in the profile's organisation block
            self.organisation = self.organisation.get("id") or self.organisation.get("name") or ""
        self.private = bool(settings.get("private", False))
        self.under_review = bool(settings.get("review", False))

    # -- addresses ---------------------------------------------------------------------------------
    def record_url(self, identifier: str) -> str:
        """The dataset page, known before publishing."""
        return f"{self.root}/dataset/{dataset_name(identifier)}"

    def action_url(self, action: str) -> str:
        return f"{self.root}/api/3/action/{action}"

    # -- mapping -----------------------------------------------------------------------------------
    def mapping(self, package: PublicationPackage, links: Optional[dict] = None) -> Mapped:
        """The dataset fields (without ``private``), the findings on what CKAN cannot take, the keywords dropped."""
        record = package.record
        crosswalk = self.crosswalk(package)
        extras = {"identifier": record.identifier, RECORD_EXTRA: record.identifier}
        # crosswalk findings come out in this order: licence, frequency, granularity, access, themes, extent, tags
        license_id = self._license_id(crosswalk, record)
        extras.update(self._term_extras(crosswalk, record))
        themes = self._theme_uris(crosswalk, record)
        if themes:
            extras["theme"] = json.dumps(themes)
        extras.update(self._spatial_extras(crosswalk, record))
        extras.update(_date_extras(record))
        contact = record.contact if not record.contact.is_empty() else record.producer
        producer = record.producer if not record.producer.is_empty() else record.contact
        extras.update(_party_extras(contact, producer))
        if (links or {}).get("metadata_url"):
            extras["metadata_url"] = links["metadata_url"]

        tags, dropped = crosswalk.tags(record.keywords, ckan_tag, TAG_MIN, TAG_MAX)
        fields = {
            "name": dataset_name(record.identifier), "title": (record.title or "").strip(),
            "notes": record.abstract or "", "owner_org": self.organisation, "license_id": license_id,
            "tags": [{"name": t} for t in tags],
            "author": producer.organisation or producer.name or None, "author_email": producer.email or None,
            "maintainer": contact.name or contact.organisation or None, "maintainer_email": contact.email or None,
            "extras": extras,
        }
        return Mapped(fields, crosswalk.findings, dropped)

    def _license_id(self, crosswalk, record) -> str:
        """The licence's ``ckan`` notation; ``notspecified`` (with a finding) when there is none CKAN knows."""
        if not record.licence:
            crosswalk.refuse("licence", f"{self.target} : la fiche n'indique pas de licence ; CKAN affichera "
                             "« Licence non précisée ».",
                             f"{self.target}: no licence; CKAN shows 'License not specified'.",
                             severity=WARNING, code="licence-missing")
            return "notspecified"
        code, licence = crosswalk.code("licence", "licence", record.licence, "ckan",
                                       "choisissez une licence que CKAN connaît (Licence Ouverte 2.0, ODbL, "
                                       "CC-BY…) ou retirez cette cible")
        return code if licence is not None else "notspecified"

    @staticmethod
    def _term_extras(crosswalk, record) -> dict:
        """Frequency, granularity and access level: the URI (what DCAT readers take), with the concept's udata
        code or Passerelle's access code beside it."""
        extras = {}
        frequency, frequency_concept = crosswalk.eu_uri("frequency", "frequency", record.frequency, EU_FREQUENCY)
        granularity = crosswalk.concept("granularity", "granularity", record.granularity)
        for key, uri, concept in (("frequency", frequency, frequency_concept),
                                  ("spatial_granularity", granularity.uri if granularity else None, granularity)):
            if uri:
                extras[key] = uri
                if concept.notation("udata"):
                    extras[f"{key}_udata"] = concept.notation("udata")
        access = crosswalk.concept("access", "access-level", record.access)
        if access is not None:
            extras["access_level"] = access.code
            right = eu_uri(access, EU_ACCESS_RIGHT)
            if right:
                extras["access_rights"] = right
        return extras

    def _theme_uris(self, crosswalk, record) -> list:
        """The themes as URIs (DCAT); a theme neither known nor a URI is refused."""
        vocab = crosswalk.vocabularies
        themes = []
        for value in record.themes:
            found = next((vocab[k].find(value) for k in THEME_SCHEMES
                          if k in vocab and vocab[k].find(value) is not None), None)
            if found is not None or re.match(r"^https?://\S+$", value or ""):
                themes.append(found.uri if found is not None else value)
            else:
                crosswalk.refuse("themes", f"{self.target} : le thème « {value} » n'est ni une adresse (URI) ni un "
                                 "thème connu de Passerelle ; CKAN (DCAT) attend l'URI du thème.",
                                 f"{self.target}: theme '{value}' is neither a URI nor a known theme.")
        return themes

    def _spatial_extras(self, crosswalk, record) -> dict:
        """``spatial`` (GeoJSON, ckanext-spatial) when the extent is valid WGS84 degrees; refused otherwise."""
        if record.extent is None:
            return {}
        values = (record.extent.west, record.extent.south, record.extent.east, record.extent.north)
        if all(isinstance(v, (int, float)) for v in values) and -180 <= values[0] <= 180 \
                and -180 <= values[2] <= 180 and -90 <= values[1] <= values[3] <= 90:
            return {"spatial": extent_geojson(record.extent)}
        crosswalk.refuse("extent", f"{self.target} : l'emprise {values} n'est pas une emprise en degrés WGS84 "
                         "valide ; ckanext-spatial la refuserait.",
                         f"{self.target}: extent {values} is not valid WGS84.")
        return {}

    def requirements(self, package: PublicationPackage, fields: dict) -> list:
        """``ckan.settings``, ``ckan.required`` and ``ckan.file-missing`` findings (the mapping's come after them
        in :meth:`check`: ``ckan.unmappable``, ``ckan.tag-dropped``, ``ckan.licence-missing``)."""
        layer = package.name
        findings = []
        if not self.root:
            findings.append(Finding("ckan.settings", ERROR, layer,
                                    f"{self.target} : le profil ne donne pas l'adresse du portail CKAN (« url »).",
                                    f"{self.target}: the profile sets no CKAN url.", field="url"))
        if not self.organisation:
            findings.append(Finding("ckan.settings", ERROR, layer,
                                    f"{self.target} : le profil ne précise pas l'organisation CKAN qui publie "
                                    "(« organisation », nom ou identifiant de l'organisation).",
                                    f"{self.target}: the profile sets no CKAN organisation.", field="organisation"))
        if not fields["title"]:
            findings.append(Finding("ckan.required", ERROR, layer, f"{self.target} : la fiche n'a pas de titre.",
                                    f"{self.target}: the record has no title.", field="title"))
        for kind, path in sorted((package.files or {}).items()):
            if kind in FILE_KINDS and not (path and os.path.isfile(path)):
                findings.append(Finding("ckan.file-missing", ERROR, layer,
                                        f"{self.target} : le fichier {FILE_KINDS[kind][0]} à déposer est introuvable "
                                        f"({path}).", f"{self.target}: the {kind} file to upload is missing ({path}).",
                                        field="files"))
        return findings

    # -- publish -----------------------------------------------------------------------------------
    def publish(self, package: PublicationPackage, links: dict) -> PublishResult:
        """Create or update the dataset and its resources; see the module docstring."""
        self._refuse_blocked(package)
        links = links or {}
        fields, _, _ = self.mapping(package, links)
        self._check_licence_offered(fields["license_id"])
        name = fields["name"]
        existing = self._show(name)
        if existing is not None and (existing.get(HIDDEN) or not (package.adopt
                                                                  or self._owned(existing, package.identifier))):
            raise self._foreign(existing)
        private = self._private(existing)
        marks = None
        if self.under_review:  # new or changed content goes (back) to the administrators
            content = content_fingerprint(fields)
            if existing is None or REVIEW.needs_submission(_extras(existing), content):
                marks = REVIEW.submitted(content)
        body, fingerprint = self._dataset_body(fields, private, existing, marks)
        created = changed = False
        if existing is None:
            dataset = self._action("package_create", body)
            created = changed = True
        elif existing.get("state") != "active" or _extras(existing).get(FINGERPRINT_EXTRA) != fingerprint \
                or bool(existing.get("private")) != private or marks is not None:
            # deleted on CKAN since: state=active brings it back with its id, address and resources
            dataset = self._action("package_patch", {"id": existing["id"], "state": "active", **body})
            changed = True
        else:
            dataset = existing
        if dataset is None:  # dry run: planned, not sent
            dataset = existing or {"id": "", "name": name, "resources": []}
        elif dataset.get("state", "active") != "active":  # CKAN ignores ``state`` from who may not change it
            raise PublishError(
                f"{self.target} garde le jeu de données « {name} » à l'état supprimé : le compte du jeton d'API n'a "
                "pas le droit de le rétablir. Demandez à un administrateur de l'organisation de le restaurer ou de "
                "le purger, puis republiez.",
                f"{self.target} keeps dataset '{name}' deleted: the token's account may not restore it.",
                code="publish.forbidden", status=403)
        with self._undone_on_failure(created and bool(dataset.get("id")), lambda: self._remove(dataset["id"]),
                                     f"dataset {dataset.get('id')}"):
            ids, resources_changed = self._sync_resources(dataset, package, links)
        return PublishResult(
            target=self.name, ids={"dataset": dataset.get("id", ""), "name": name, "resources": ids},
            urls={"dataset": f"{self.root}/dataset/{name}", "api": f"{self.action_url('package_show')}?id={name}"},
            created=["dataset"] if created else [], changed=changed or resources_changed)

    def _private(self, existing: Optional[dict]) -> bool:
        if self.private or self.kind in ("restricted", "internal"):
            return True
        if self.under_review:  # an administrator decides on CKAN: created private, then their choice stands
            return True if existing is None else bool(existing.get("private"))
        return False

    def _dataset_body(self, fields: dict, private: bool, existing: Optional[dict],
                      marks: Optional[dict] = None) -> tuple:
        """(package_create/patch body, fingerprint of what Passerelle writes); ``marks``: new review marks."""
        fingerprint = hashlib.sha256(json.dumps({**fields, "private": private}, sort_keys=True)
                                     .encode("utf-8")).hexdigest()
        ours = {**fields["extras"], FINGERPRINT_EXTRA: fingerprint, **(marks or {})}
        replaced = set(OUR_EXTRAS) | (set(marks) if marks else set())
        kept = [e for e in (existing or {}).get("extras", []) if e.get("key") not in replaced]
        body = {k: v for k, v in fields.items() if k != "extras"}
        body["private"] = private
        body["extras"] = kept + [{"key": k, "value": v} for k, v in sorted(ours.items())]
        return body, fingerprint

    def _check_licence_offered(self, license_id: str) -> None:
        """The instance's own licence list (read once): a licence it does not offer stops the layer."""
        offered = self._listed("license", self._licences_offered)
        if offered and license_id not in offered:
            raise PublishError(
                f"{self.target} ne propose pas la licence « {license_id} » (licences du portail : "
                f"{', '.join(sorted(i for i in offered if i))}). Demandez à l'administrateur de l'ajouter "
                "(ckan.licenses_group_url) ou choisissez une autre licence.",
                f"{self.target} does not offer licence '{license_id}'.", code="ckan.unmappable", status=409)

    def _licences_offered(self) -> set:
        return {item.get("id") for item in self._action("license_list", method="GET") or [] if isinstance(item, dict)}

    # -- resources ---------------------------------------------------------------------------------
    def _wanted(self, package: PublicationPackage, links: dict) -> list:
        wanted = []
        for kind, path in sorted((package.files or {}).items(), key=lambda kv: list(FILE_KINDS).index(kv[0])
                                 if kv[0] in FILE_KINDS else 99):
            if kind not in FILE_KINDS or not path:
                continue
            label, fmt, media = FILE_KINDS[kind]
            wanted.append({"key": f"file:{kind}", "path": path, "name": f"{package.record.title or package.name} "
                           f"({label})", "format": fmt, "mimetype": media,
                           "description": f"Données téléchargeables au format {label}."})
        for link in links.get("online_resources", []) or []:
            url = link.get("url", "")
            if not url:
                continue
            kind = service_kind(link) or (link.get("protocol") or "URL").strip()
            layer = link.get("name", "")
            wanted.append({"key": f"service:{kind.lower()}:{layer}", "url": url, "format": kind,
                           "name": f"Service {kind}" + (f" ({layer})" if layer else ""),
                           "description": (f"Service {kind} de la couche {layer}." if layer else f"Service {kind}.")})
        return wanted

    def _sync_resources(self, dataset: dict, package: PublicationPackage, links: dict):
        """Create, update in place or remove the resources Passerelle manages; returns ({key: id}, changed)."""
        mine, duplicates = managed_resources(dataset.get("resources"), lambda resource: resource.get(KEY_FIELD))
        ids, changed = {}, False
        for item in self._wanted(package, links):
            key = item["key"]
            current = mine.pop(key, None)
            meta = {"name": item["name"], "description": item["description"], "format": item["format"],
                    KEY_FIELD: key}
            upload = None  # the file to send: new, or its bytes changed since the last upload
            if "path" in item:
                sha = file_sha256(item["path"])
                meta.update({"mimetype": item["mimetype"], SHA_FIELD: sha})
                if current is None or current.get(SHA_FIELD) != sha or current.get("url_type") != "upload":
                    upload = item["path"]
            else:
                meta["url"] = item["url"]
            action = "resource_create" if current is None else "resource_patch"
            body = {"package_id": dataset.get("id") or dataset["name"]} if current is None else {"id": current["id"]}
            if upload:
                resource = self._upload(action, {**body, **meta}, upload)
            elif current is None or any(str(current.get(k) or "") != str(v) for k, v in meta.items()):
                resource = self._action(action, {**body, **meta})
            else:
                ids[key] = current["id"]
                continue
            changed = True
            ids[key] = (resource or current or {}).get("id", "")
        for resource in list(mine.values()) + duplicates:  # ours, no longer wanted (or a stray duplicate)
            self._action("resource_delete", {"id": resource["id"]}, missing_ok=True)
            changed = True
        return ids, changed

    def _upload(self, action: str, fields: dict, path: str) -> Optional[dict]:
        """A resource action with the file as the multipart ``upload`` field, streamed from disk."""
        # the read timeout also covers CKAN copying the received file to its storage before it answers
        response = self._send_file(self.action_url(action), path, field="upload", filename=os.path.basename(path),
                                   media_type=fields.get("mimetype") or "application/octet-stream",
                                   fields={k: v for k, v in fields.items() if v is not None},
                                   timeout=(self.http.timeout, max(self.http.timeout, UPLOAD_READ_TIMEOUT)),
                                   expect=(200, 400, 401, 403, 404, 409, 413))
        return self._result(response, action)

    # -- the Action API ----------------------------------------------------------------------------
    def _action(self, action: str, data: Optional[dict] = None, method: str = "POST", missing_ok: bool = False):
        """Call ``action``; its ``result`` (None in a dry run, or when ``missing_ok`` and CKAN answers 404)."""
        data = data or {}
        if method == "GET":
            response = self.http.request("GET", self.action_url(action), params=data,
                                         expect=(200, 400, 401, 403, 404, 409))
        else:
            response = self.http.request("POST", self.action_url(action), json=data,
                                         expect=(200, 400, 401, 403, 404, 409))
        if missing_ok and response.status_code == 404:
            return None
        return self._result(response, action)

    def _show(self, name_or_id: str) -> Optional[dict]:
        """``package_show`` (deleted datasets included, as CKAN shows them to their editors), None when absent."""
        response = self.http.request("GET", self.action_url("package_show"), params={"id": name_or_id},
                                     expect=(200, 401, 403, 404))
        if response.status_code == 404:
            return None
        try:
            return self._result(response, "package_show")
        except PublishError as error:
            if error.code != "publish.forbidden":
                raise
            # it exists, but the token may not even read it: a private dataset of another organisation
            return {"name": name_or_id, "state": "active", "extras": [], HIDDEN: True}

    def _result(self, response, action: str):
        if self.http.dry_run and not response.content and response.status_code in (200, 201, 204):
            return None  # planned, not sent
        reply = answer(response)
        if response.status_code == 200 and isinstance(reply, dict) and reply.get("success"):
            return reply.get("result")
        raise self._error(response.status_code, action, reply)

    def _error(self, status: int, action: str, reply) -> PublishError:
        error = reply.get("error") if isinstance(reply, dict) else None
        error = error if isinstance(error, dict) else {}
        message = str(error.get("message") or "")
        kind = str(error.get("__type") or "")
        detail = redact(message or json.dumps({k: v for k, v in error.items() if k != "__type"},
                                              ensure_ascii=False)[:300],
                        self._secrets())
        # CKAN takes an unknown or revoked token for no token at all: 403 "User  not authorized" (empty name)
        anonymous = re.search(r"User\s+not authori[sz]ed|utilisateur\s+n'est pas", message) is not None
        if status == 401 or (status == 403 and anonymous):
            return PublishError(
                f"{self.target} ne reconnaît pas le jeton d'API ({status}) : il est erroné, expiré ou révoqué. "
                "Créez un jeton dans CKAN (profil utilisateur › Jetons d'API) et enregistrez-le dans la configuration "
                "d'authentification QGIS choisie pour cette cible (en-tête « Authorization »).",
                f"{self.target} does not recognise the API token ({status}): wrong, expired or revoked.",
                code="publish.unauthorized", status=status)
        if status == 403:
            return PublishError(
                f"{self.target} refuse l'opération {action} (403) : le compte du jeton d'API n'a pas les droits "
                f"nécessaires (éditeur ou administrateur de l'organisation « {self.organisation} »). {detail}".strip(),
                f"{self.target} forbids {action} (403): the token's account lacks rights. {detail}".strip(),
                code="publish.forbidden", status=status)
        if status == 404:
            return PublishError(
                f"{self.target} ne trouve pas ce que demande {action} (404) : vérifiez l'adresse du portail et le nom "
                f"de l'organisation « {self.organisation} » dans le profil. {detail}".strip(),
                f"{self.target}: not found in {action} (404). {detail}".strip(), code="publish.not-found",
                status=status)
        if status == 413:
            return PublishError(
                f"{self.target} refuse le fichier : il dépasse la taille maximale acceptée (ckan.max_resource_size, "
                "ou la limite du serveur web devant CKAN).", f"{self.target}: file too large (413).",
                code="publish.too-large", status=status)
        if kind == "Validation Error" or status == 409:
            fields = redact(field_errors(error, skip=("__type", "message")) or detail, self._secrets())
            return PublishError(f"{self.target} a refusé les données envoyées par {action} : {fields}",
                                f"{self.target} rejected {action}: {fields}", code="publish.ckan-validation",
                                status=status)
        return PublishError(f"Réponse inattendue de {self.target} à {action} ({status}) : {detail or 'illisible'}.",
                            f"Unexpected answer to {action} ({status}): {detail or 'unreadable'}.",
                            code="publish.bad-answer", status=status)

    # -- unpublish / status / verify ---------------------------------------------------------------
    def _owned(self, dataset: dict, identifier: str) -> bool:
        """Passerelle's dataset for ``identifier``: the identifier extra, in the profile's organisation."""
        organisation = dataset.get("organization") or {}
        return (_extras(dataset).get(RECORD_EXTRA) == identifier
                and self.organisation in {dataset.get("owner_org"), organisation.get("name"), organisation.get("id")})

    def _foreign(self, dataset: dict, unpublish: bool = False) -> ForeignObject:
        organisation = dataset.get("organization") or {}
        owner = organisation.get("title") or organisation.get("name") or dataset.get("owner_org") or ""
        owner = f"organisation « {owner} »" if owner else "aucune organisation"
        if dataset.get(HIDDEN):
            owner = "une organisation dont le jeton d'API ne voit pas les jeux de données privés"
        return ForeignObject(self.target, f"le jeu de données « {dataset.get('name')} »", owner,
                             adoptable=not dataset.get(HIDDEN), unpublish=unpublish)

    def _ours(self, identifier: str, ids: dict, foreign: Optional[list] = None) -> Optional[dict]:
        """The dataset Passerelle published for ``identifier`` (by id first, then by name), or None;
        datasets found there that are not ours are appended to ``foreign``."""
        seen = set()
        for key in [k for k in ((ids or {}).get("dataset"), dataset_name(identifier)) if k]:
            dataset = self._show(key)
            if dataset is None or dataset.get("id") in seen:
                continue
            seen.add(dataset.get("id"))
            if self._owned(dataset, identifier):
                return dataset
            if foreign is not None:
                foreign.append(dataset)
        return None

    def unpublish(self, identifier: str, ids: dict) -> None:
        """Purge the dataset (or delete it when the token may not purge) once read back as ours; absent is
        fine; a dataset there that is not ours is never deleted (ForeignObject)."""
        foreign = []
        dataset = self._ours(identifier, ids, foreign)
        if dataset is None:
            if foreign and foreign[0].get("state") == "active":
                raise self._foreign(foreign[0], unpublish=True)
            return
        self._remove(dataset["id"])

    def _remove(self, dataset_id: str) -> None:
        response = self.http.request("POST", self.action_url("dataset_purge"), json={"id": dataset_id},
                                     expect=(200, 403, 404))
        if response.status_code == 403:  # purging is for sysadmins: an editor deletes
            self._action("package_delete", {"id": dataset_id}, missing_ok=True)

    def status(self, identifier: str, ids: dict) -> dict:
        """``{"exists", "state", "private", "resources", "url"}`` as CKAN holds the dataset now, with ``review``:
        ``{"state", "comment", "date", "by"}`` when it went to review."""
        dataset = self._ours(identifier, ids)
        url = self.record_url(identifier)
        if dataset is None or dataset.get("state") != "active":
            return {"exists": False, "url": url, **({"state": dataset.get("state")} if dataset else {})}
        found = {"exists": True, "state": "active", "private": bool(dataset.get("private")), "url": url,
                 "title": dataset.get("title", ""), "resources": len(dataset.get("resources", []))}
        review = REVIEW.read(_extras(dataset))
        return {**found, "review": review} if review else found

    # -- review (administrators' side) -------------------------------------------------------------
    def submissions(self) -> list:
        """The datasets awaiting review that this token may see (``package_search`` on the review mark,
        private ones included), oldest first: see :meth:`Publisher.submissions`."""
        found, start = [], 0
        while True:
            page = self._action("package_search", {"fq": f"extras_{REVIEW.keys['state']}:submitted",
                                                   "include_private": True, "rows": SEARCH_ROWS, "start": start,
                                                   "sort": "metadata_created asc"}) or {}
            results = page.get("results") or []
            for dataset in results:
                extras = _extras(dataset)
                identifier = extras.get(RECORD_EXTRA)
                if not identifier or (REVIEW.read(extras) or {}).get("state") != "submitted":
                    continue  # not Passerelle's, or decided since the index was written
                found.append({"identifier": identifier, "ids": {"dataset": dataset.get("id", ""),
                                                                 "name": dataset.get("name", "")},
                              "title": dataset.get("title", ""),
                              "organisation": (dataset.get("organization") or {}).get("title")
                              or (dataset.get("organization") or {}).get("name", ""),
                              "author": dataset.get("author") or "",
                              "submitted": extras.get(REVIEW.keys["date"]) or dataset.get("metadata_modified", ""),
                              "url": f"{self.root}/dataset/{dataset.get('name', '')}",
                              "record": self.record_of(dataset),
                              "not_carried": ("nature", "legal_basis", "lifecycle", "scale", "resolution_m", "place",
                                              "schema", "language", "created", "published")})
            start += SEARCH_ROWS
            if len(results) < SEARCH_ROWS or start >= int(page.get("count") or 0):
                return found

    def review(self, identifier: str, ids: dict, decision: str, comment: str = "") -> dict:
        """Approve (made public) or reject (stays private, ``passerelle_review_comment`` for the author)."""
        dataset = self._ours(identifier, ids)
        if dataset is None or dataset.get("state") != "active":
            raise PublishError(f"{self.target} n'a pas de jeu de données {dataset_name(identifier)} à examiner.",
                               f"{self.target} has no dataset {dataset_name(identifier)} to review.",
                               code="review.not-found", status=404)
        marks = REVIEW.decided(decision, comment)
        extras = [e for e in dataset.get("extras", []) if e.get("key") not in marks]
        extras += [{"key": k, "value": v} for k, v in sorted(marks.items())]
        self._action("package_patch", {"id": dataset["id"], "private": decision != "approve", "extras": extras})
        return self.status(identifier, {"dataset": dataset["id"]})

    def record_of(self, dataset: dict):
        """The record a dataset carries, read back from what :meth:`mapping` wrote (for the review's checks)."""
        from ..catalogue import vocabularies as shipped_vocabularies
        from ..catalogue.record import Contact, Extent, Record

        vocab = shipped_vocabularies.shipped()
        extras = _extras(dataset)
        record = Record(identifier=extras.get(RECORD_EXTRA) or dataset.get("name", ""),
                        title=dataset.get("title") or "", abstract=dataset.get("notes") or "",
                        keywords=[t.get("name", "") for t in dataset.get("tags") or []],
                        lineage=extras.get("provenance", ""))
        record.licence = concept_by_code(vocab, "licence", "ckan", dataset.get("license_id")) \
            if dataset.get("license_id") not in (None, "", "notspecified") else None
        record.frequency = extras.get("frequency") or None  # the URIs mapping() wrote
        record.granularity = extras.get("spatial_granularity") or None
        record.access = concept_by_code(vocab, "access-level", "udata", extras.get("access_level"))
        try:
            record.themes = list(json.loads(extras.get("theme") or "[]"))
        except ValueError:
            record.themes = []
        record.producer = Contact(organisation=dataset.get("author") or "", email=dataset.get("author_email") or "",
                                  role="owner")
        record.contact = Contact(organisation=extras.get("contact_name") or dataset.get("maintainer") or "",
                                 email=extras.get("contact_email") or dataset.get("maintainer_email") or "")
        for key, attribute in (("temporal_start", "temporal_start"), ("temporal_end", "temporal_end"),
                               ("issued", "published"), ("modified", "revised")):
            setattr(record, attribute, _date(extras.get(key)))
        try:
            ring = json.loads(extras["spatial"])["coordinates"][0]
            xs, ys = [p[0] for p in ring], [p[1] for p in ring]
            record.extent = Extent(min(xs), min(ys), max(xs), max(ys), "EPSG:4326")
        except (KeyError, ValueError, TypeError, IndexError):
            record.extent = None
        return record

    def verify(self, package: PublicationPackage, result: PublishResult) -> list[str]:
        """Read the dataset back: fields and resources match, downloads give the same bytes, private stays private."""
        if self.http.dry_run:
            return []
        dataset = self._ours(package.identifier, result.ids)
        name = dataset_name(package.identifier)
        if dataset is None or dataset.get("state") != "active":
            return [f"le jeu de données {name} est absent de {self.target} (supprimé depuis la publication ?) : "
                    "republiez la couche"]
        problems = []
        fields, _, _ = self.mapping(package)
        for key in ("title", "notes", "license_id", "owner_org"):
            wanted, got = fields[key], dataset.get(key)
            if key == "owner_org":
                got = {dataset.get("owner_org"), (dataset.get("organization") or {}).get("name")}
                if wanted not in got:
                    problems.append(f"le jeu de données {name} n'appartient pas à l'organisation « {wanted} »")
                continue
            if (got or "") != (wanted or ""):
                problems.append(f"le champ {key} du jeu de données {name} vaut « {got} » au lieu de « {wanted} »")
        extras = _extras(dataset)
        for key, value in fields["extras"].items():
            if extras.get(key) != value:
                problems.append(f"l'extra {key} du jeu de données {name} vaut « {extras.get(key)} » "
                                f"au lieu de « {value} »")
        if sorted(t.get("name") for t in dataset.get("tags", [])) != sorted(t["name"] for t in fields["tags"]):
            problems.append(f"les mots-clés du jeu de données {name} diffèrent de ceux de la fiche")
        wanted = {w["key"]: w for w in self._wanted(package, {})}  # the files (services are links)
        mine = [r for r in dataset.get("resources", []) if r.get(KEY_FIELD)]
        files = [r for r in mine if str(r.get(KEY_FIELD, "")).startswith("file:")]
        expected_files = [w for w in wanted.values() if "path" in w]
        if len(files) != len(expected_files) or len({r[KEY_FIELD] for r in mine}) != len(mine):
            problems.append(f"le jeu de données {name} porte {len(files)} fichier(s) déposé(s) par Passerelle "
                            f"au lieu de {len(expected_files)}")
        anonymous = None
        for resource in files:
            item = wanted.get(resource[KEY_FIELD])
            if item is None:
                continue
            url = resource.get("url", "")
            if _sha256_of_download(self.http, url) != file_sha256(item["path"]):
                problems.append(f"le fichier {resource.get('name')} téléchargé depuis {self.target} diffère du "
                                "fichier publié")
            if dataset.get("private"):
                anonymous = anonymous or HttpClient(self.root, target=self.target, timeout=self.http.timeout,
                                                    retries=0, verify_tls=bool(self.http.session.verify),
                                                    network=self.http.network)
                status = anonymous.request("GET", url, expect=tuple(range(200, 600)), stream=True)
                status.close()
                if status.status_code < 400:
                    problems.append(f"le fichier {resource.get('name')} du jeu de données privé {name} se "
                                    "télécharge sans authentification")
        return problems


def _date(text):
    import datetime as _dt

    try:
        return _dt.date.fromisoformat(str(text)[:10]) if text else None
    except ValueError:
        return None


def _date_extras(record) -> dict:
    """Temporal coverage, issued (published, else created), modified (revised) and provenance (lineage)."""
    extras = {}
    if record.temporal_start:
        extras["temporal_start"] = record.temporal_start.isoformat()
    if record.temporal_end:
        extras["temporal_end"] = record.temporal_end.isoformat()
    if record.published or record.created:
        extras["issued"] = (record.published or record.created).isoformat()
    if record.revised:
        extras["modified"] = record.revised.isoformat()
    if record.lineage:
        extras["provenance"] = record.lineage
    return extras


def _party_extras(contact, producer) -> dict:
    """``contact_*`` and ``publisher_*``: each falls back on the other party when empty (see mapping)."""
    extras = {}
    if contact.name or contact.organisation:
        extras["contact_name"] = contact.name or contact.organisation
    if contact.email:
        extras["contact_email"] = contact.email
    if producer.organisation or producer.name:
        extras["publisher_name"] = producer.organisation or producer.name
    if producer.email:
        extras["publisher_email"] = producer.email
    return extras


def _extras(dataset: dict) -> dict:
    return {e.get("key"): e.get("value") for e in (dataset or {}).get("extras", []) or [] if isinstance(e, dict)}


def _sha256_of_download(http: HttpClient, url: str) -> str:
    digest = hashlib.sha256()
    response = http.request("GET", url, stream=True, expect=(200,))
    try:
        for block in response.iter_content(BLOCK):
            digest.update(block)
    finally:
        response.close()
    return digest.hexdigest()

