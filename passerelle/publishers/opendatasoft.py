"""OpenDataSoft (Huwise) catalogue target: one dataset per layer, through the Automation API v1.0.

Profile settings::

    {"type": "opendatasoft", "url": "https://data.agglo.fr", "dataset_id_prefix": "passerelle-",
     "licences": {"etalab-2.0": "Licence Ouverte v2.0 (Etalab)"}, "themes": {"<concept URI>": "Mobilité"},
     "dcat": true, "poll_interval": 2, "poll_max": 60, "verify_tls": true, "timeout": 30}

- ``url``: the portal's domain (``…/api/automation/v1.0`` is added; an address already ending with
  it is accepted);
- ``dataset_id_prefix`` (default ``passerelle-``): put before the slug of the record identifier to make
  the ``dataset_id`` (see :meth:`OpenDataSoftPublisher.dataset_id`: stable, so the dataset is found
  again — a published dataset's ``dataset_id`` cannot change — and never shared by two identifiers);
- ``ownership_field`` (default ``default.references``): the metadata field (``template.field``) that
  carries Passerelle's mark, for domains that offer a custom template for it;
- ``licences``: licence code (the concept's code, e.g. ``etalab-2.0``) → label used on this portal,
  overriding :data:`LICENCE_LABELS`; ``themes``: theme concept URI (or code) → the portal's theme
  label (portals define their own themes; unmapped themes are only sent as keywords);
- ``dcat``: write ``dcat.accrualperiodicity`` (the domain must have the DCAT metadata template);
- ``poll_interval`` / ``poll_max``: publication is asynchronous on the portal; its status is read
  every ``poll_interval`` seconds, at most ``poll_max`` times, then Passerelle gives up with a clear
  message (the next run resumes: nothing is duplicated).

The API key travels in the ``Authorization: Apikey <key>`` header of the :class:`HttpClient`.

Mapping: ``metadata.default`` title, description (HTML paragraph), keyword (keywords + theme
labels), license (label), language (ISO 639-1), theme (mapped labels), publisher;
``metadata.dcat.accrualperiodicity`` = the EU frequency URI; ``is_restricted`` for shared
("partagée") data, so that only users with a ruleset see it. The data goes as one resource: the
GeoJSON copy (``geojsonfile`` extractor) or else the CSV (``csvfile``), uploaded as a streamed
multipart body under a name that carries its SHA-256, so an unchanged file is never sent again and
a changed one replaces the resource's file in place. Then the dataset is published (or only its
metadata when only they changed) and the status polled until the portal is done.

Ownership (see :mod:`.ownership`): the Automation API tells no owner, so Passerelle marks its
datasets with a metadata field, ``default.references`` = ``passerelle:<record identifier>`` unless
``ownership_field`` names another. A dataset found under the record's ``dataset_id`` without that
mark (created in the back-office, or by another tool) is never modified nor deleted: publishing is
refused with :class:`~.ownership.ForeignObject` naming its publisher, unless the package says to adopt
it — its metadata and data are then replaced by the layer's, and it is marked; ``unpublish`` reads
the dataset back and deletes it only when marked. uids go into URLs as quoted path segments.

>>> target = OpenDataSoftPublisher("portail", {"url": "https://data.agglo.fr"}, http)
>>> target.check(package)           # [] when every value has an OpenDataSoft equivalent
>>> target.publish(package, {}).urls["page"]
'https://data.agglo.fr/explore/dataset/passerelle-5f0c2a7e-…/'
"""
from __future__ import annotations

import hashlib
import html
import re
import time
from typing import Optional

from ..catalogue.findings import ERROR, Finding
from ..catalogue.terms import EU_FREQUENCY, SHARED_ACCESS
from .base import PublicationPackage, PublishResult
from .http import PublishError, redact
from .ownership import ForeignObject, segment
from .portal import Mapped, PortalPublisher, answer, field_errors, file_sha256
from .portal import open_file as _open_file  # tests swap in a spy to watch the reads

API = "api/automation/v1.0/"
#: licence concept code -> usual OpenDataSoft label (overridable per portal with settings["licences"])
LICENCE_LABELS = {"etalab-2.0": "Licence Ouverte v2.0 (Etalab)", "fr-lo": "Licence Ouverte (Etalab)",
                  "ODbL-1.0": "Open Database License (ODbL)", "CC-BY-4.0": "CC BY 4.0",
                  "CC-BY-SA-4.0": "CC BY-SA 4.0", "CC0-1.0": "CC0 1.0", "ODC-By-1.0": "ODC-BY 1.0",
                  "PDDL-1.0": "PDDL 1.0"}
LANGUAGES = {"fre": "fr", "fra": "fr", "eng": "en", "ger": "de", "deu": "de", "spa": "es", "ita": "it",
             "dut": "nl", "nld": "nl", "por": "pt", "cat": "ca", "baq": "eu", "eus": "eu"}
#: package.files kind -> (extractor, media type, extension); the first available is published
DATA_FILES = (("geojson", "geojsonfile", "application/geo+json", "geojson"), ("csv", "csvfile", "text/csv", "csv"))
READY = ("idle", "error", "limit_reached")  # the portal accepts a publish action in these states
DATASET_ID_PREFIX = "passerelle-"
DATASET_ID_MAX = 100
OWNERSHIP_FIELD = "default.references"  # template.field holding Passerelle's mark
MARK_PREFIX = "passerelle:"


class OpenDataSoftPublisher(PortalPublisher):
    """Publishes one dataset per layer to an OpenDataSoft portal (see the module docstring)."""

    portal = "ods"
    key_advice = ("en-tête « Authorization: Apikey … »", "header 'Authorization: Apikey …'")
    rights_advice = ("la clé d'API n'a pas le droit de créer, modifier ou publier des jeux de données sur ce "
                     "portail. Demandez une clé avec ces droits à l'administrateur du portail.",
                     "the API key lacks dataset rights.")

    def __init__(self, name: str, settings: dict, http=None):
        super().__init__(name, settings, http)
        base = (settings.get("url") or "").rstrip("/")
        self.prefix = "" if base.endswith("/api/automation/v1.0") else API
        self.public_url = (settings.get("public_url") or base.split("/api/automation")[0]).rstrip("/")
        self.poll_interval = float(settings.get("poll_interval", 2))
        self.poll_max = int(settings.get("poll_max", 60))

    def dataset_id(self, identifier: str) -> str:
        """The stable ``dataset_id`` of a record: prefix + slug of the identifier + a short hash of it.

        The slug alone would give two identifiers one dataset (``FR/Voirie`` and ``fr-voirie`` both make
        ``fr-voirie``); the hash keeps them apart, and the prefix keeps Passerelle's datasets apart from
        those named in the back-office.

        >>> OpenDataSoftPublisher("p", {"url": "https://x"}).dataset_id("FR/Voirie")
        'passerelle-fr-voirie-e9f5cf0407'
        """
        prefix = re.sub(r"[^a-z0-9_-]+", "-", str(self.settings.get("dataset_id_prefix", DATASET_ID_PREFIX)).lower())
        digest = hashlib.sha256(str(identifier).encode("utf-8")).hexdigest()[:10]
        slug = re.sub(r"[^a-z0-9_-]+", "-", str(identifier).lower()).strip("-_")
        slug = slug[:max(0, DATASET_ID_MAX - len(prefix) - len(digest) - 1)].strip("-_")
        return f"{prefix}{slug}-{digest}" if slug else f"{prefix}{digest}"

    def mark(self, identifier: str) -> tuple:
        """(template, field, value) of Passerelle's mark on the dataset of ``identifier``."""
        template, _, field = str(self.settings.get("ownership_field") or OWNERSHIP_FIELD).partition(".")
        return template, field or "references", f"{MARK_PREFIX}{identifier}"

    def _ours(self, dataset: dict, identifier: str) -> bool:
        template, field, value = self.mark(identifier)
        return _value(dataset, template, field) == value

    def _foreign(self, dataset: dict, unpublish: bool = False) -> ForeignObject:
        publisher = _value(dataset, "default", "publisher")
        return ForeignObject(self.target, f"le jeu de données « {dataset.get('dataset_id')} »",
                             f"éditeur « {publisher} »" if publisher else "", unpublish=unpublish)

    def record_url(self, identifier: str) -> str:
        return f"{self.public_url}/explore/dataset/{self.dataset_id(identifier)}/"

    # -- mapping -----------------------------------------------------------------------------------
    def mapping(self, package: PublicationPackage) -> Mapped:
        """The dataset body and the findings on values OpenDataSoft has no equivalent for."""
        record = package.record
        crosswalk = self.crosswalk(package)
        default = {"title": {"value": (record.title or "").strip()},
                   "description": {"value": f"<p>{html.escape((record.abstract or '').strip())}</p>"}}
        language = LANGUAGES.get((record.language or "").lower())
        if language:
            default["language"] = {"value": language}
        else:
            crosswalk.refuse("language", f"La langue « {record.language} » n'a pas de code OpenDataSoft (fr, en, de…).",
                             f"Language '{record.language}' has no OpenDataSoft code.")
        licence = crosswalk.concept("licence", "licence", record.licence)
        if licence is not None:
            labels = {**LICENCE_LABELS, **(self.settings.get("licences") or {})}
            label = labels.get(licence.code) or labels.get(licence.uri)
            if label:
                default["license"] = {"value": label}
            else:
                crosswalk.lacks("licence", licence, "connu sur ce portail",
                                "known on this portal", "ajoutez son libellé dans « licences » du profil, ou "
                                "choisissez une autre licence")
        theme_labels = self.settings.get("themes") or {}
        themes = []
        for uri in record.themes:
            concept = crosswalk.vocabularies.concept(uri)
            mapped = theme_labels.get(uri) or (theme_labels.get(concept.code) if concept else None)
            if mapped and mapped not in themes:
                themes.append(mapped)
        keywords = [k for k in dict.fromkeys([*record.keywords, *crosswalk.theme_labels()]) if k]
        default["keyword"] = {"value": keywords}
        if themes:
            default["theme"] = {"value": themes}
        if record.producer and record.producer.organisation:
            default["publisher"] = {"value": record.producer.organisation}
        metadata = {"default": default}
        frequency, _ = crosswalk.eu_uri("frequency", "frequency", record.frequency, EU_FREQUENCY)
        if frequency and self.settings.get("dcat", True):
            metadata["dcat"] = {"accrualperiodicity": {"value": frequency}}
        access = crosswalk.concept("access", "access-level", record.access)
        crosswalk.closed_stays_home(access)
        template, field, value = self.mark(package.identifier)
        metadata.setdefault(template, {})[field] = {"value": value}
        body = {"dataset_id": self.dataset_id(package.identifier),
                "is_restricted": access is not None and access.uri == SHARED_ACCESS, "metadata": metadata}
        return Mapped(body, crosswalk.findings, [])

    def requirements(self, package: PublicationPackage, body: dict) -> list:
        """``ods.required``: a title, and a GeoJSON or CSV copy to publish as records."""
        findings = []
        if not body["metadata"]["default"]["title"]["value"]:
            findings.append(Finding("ods.required", ERROR, package.name, "OpenDataSoft exige un titre.",
                                    "OpenDataSoft requires a title.", field="title"))
        if not any((package.files or {}).get(kind) for kind, *_ in DATA_FILES):
            findings.append(Finding("ods.required", ERROR, package.name,
                                    "OpenDataSoft publie des enregistrements : il faut une copie GeoJSON ou CSV "
                                    "de la couche, et le paquet de publication n'en contient pas.",
                                    "OpenDataSoft needs a GeoJSON or CSV copy of the layer.", field="files"))
        return findings

    # -- publish -----------------------------------------------------------------------------------
    def publish(self, package: PublicationPackage, links: dict) -> PublishResult:
        self._refuse_blocked(package)
        body, _, _ = self.mapping(package)
        existing = self._find(body["dataset_id"])
        if existing is not None and not package.adopt and not self._ours(existing, package.identifier):
            raise self._foreign(existing)
        created = False
        if existing is None:
            try:
                dataset = self._write("POST", self._api("datasets/"), body, expect=(201,))
                created = metadata_changed = True
            except PublishError as refusal:  # the dataset_id was taken in between (a concurrent run, or not ours)
                existing = self._find(body["dataset_id"]) if refusal.status == 400 else None
                if existing is None:
                    raise
                if not package.adopt and not self._ours(existing, package.identifier):
                    raise self._foreign(existing) from None
        if existing is not None:
            metadata_changed = self._differs(existing, body)
            dataset = existing
            if metadata_changed:
                self._wait_ready(existing["uid"])
                dataset = self._write("PUT", self._api(f"datasets/{segment(existing['uid'])}/"), body, expect=(200,))
        if self.http.dry_run and not dataset.get("uid"):
            return PublishResult(target=self.name, created=["dataset"], changed=True)
        uid = dataset["uid"]
        with self._undone_on_failure(created, lambda: self._call("DELETE", self._api(f"datasets/{segment(uid)}/"),
                                                                 expect=(204, 404)), uid):
            data_changed = self._sync_data(uid, package)
            if created or data_changed or not dataset.get("is_published"):
                self._run(uid, "publish")
            elif metadata_changed:
                self._run(uid, "publish_metadata")
        return PublishResult(target=self.name, ids={"uid": uid, "dataset_id": body["dataset_id"]},
                             urls={"page": self.record_url(package.identifier)},
                             created=["dataset"] if created else [],
                             changed=created or metadata_changed or data_changed or not dataset.get("is_published"))

    def unpublish(self, identifier: str, ids: dict) -> None:
        """Delete the dataset of ``identifier`` (its uid from ``ids``, else found by ``dataset_id``) once read
        back with Passerelle's mark; absent is fine, a dataset there without the mark is never deleted."""
        ids = ids or {}
        found, foreign = None, None
        if ids.get("uid"):
            response = self._call("GET", self._api(f"datasets/{segment(ids['uid'])}/"), expect=(200, 404))
            if response.status_code == 200:
                dataset = response.json()
                found, foreign = (dataset, None) if self._ours(dataset, identifier) else (None, dataset)
        if found is None:
            for dataset_id in dict.fromkeys(d for d in (ids.get("dataset_id"), self.dataset_id(identifier)) if d):
                dataset = self._find(dataset_id)
                if dataset is not None and self._ours(dataset, identifier):
                    found = dataset
                    break
                foreign = foreign or dataset
        if found is None:
            if foreign is not None:
                raise self._foreign(foreign, unpublish=True)
            return
        self._call("DELETE", self._api(f"datasets/{segment(found['uid'])}/"), expect=(204, 404))

    def status(self, identifier: str, ids: dict) -> dict:
        """``{"exists", "published", "restricted", "status", "url"}``."""
        found = self._find(self.dataset_id(identifier))
        if found is None:
            return {"exists": False, "url": self.record_url(identifier)}
        state = self._call("GET", self._api(f"datasets/{segment(found['uid'])}/status/")).json()
        return {"exists": True, "published": bool(found.get("is_published")),
                "restricted": bool(found.get("is_restricted")), "status": state.get("status"),
                "ours": self._ours(found, identifier), "url": self.record_url(identifier)}

    def verify(self, package: PublicationPackage, result: PublishResult) -> list:
        """Read the dataset back: published, same title, restricted when the data is shared."""
        if self.http.dry_run or not result.ids.get("uid"):
            return []
        response = self._call("GET", self._api(f"datasets/{segment(result.ids['uid'])}/"), expect=(200, 404))
        if response.status_code == 404:
            return [f"le jeu de données {result.ids['dataset_id']} est introuvable sur {self.target}"]
        dataset = response.json()
        body, _, _ = self.mapping(package)
        problems = []
        title = (((dataset.get("metadata") or {}).get("default") or {}).get("title") or {}).get("value")
        if title != body["metadata"]["default"]["title"]["value"]:
            problems.append(f"titre relu « {title} » au lieu de « {package.record.title} »")
        if not dataset.get("is_published"):
            problems.append("le jeu de données n'est pas publié")
        if bool(dataset.get("is_restricted")) != body["is_restricted"]:
            problems.append("la restriction d'accès relue ne correspond pas au degré d'accessibilité")
        return problems

    # -- portal calls ------------------------------------------------------------------------------
    def _undoes(self, error: Exception) -> bool:
        # A timeout leaves the portal working on a complete dataset: the next run resumes with it.
        return getattr(error, "code", "") != "ods.timeout"

    def _secrets(self) -> list:
        values = super()._secrets()
        for value in list(values):
            if value.lower().startswith("apikey "):
                values.append(value[7:].strip())  # the bare key, in case a server echoes it
        return values

    def _refusal(self, response, sent: Optional[dict] = None) -> PublishError:
        payload = answer(response) or {}
        detail = payload.get("detail") if isinstance(payload, dict) else None
        if isinstance(detail, dict) and detail:
            text = field_errors(detail)
        else:
            text = str((payload or {}).get("message") or response.text)[:300]
        text = redact(text, self._secrets())
        hint = ""
        if "metadata.dcat" in text:
            hint = (" Le portail n'a pas le modèle de métadonnées DCAT : activez-le dans le back-office "
                    "(interopérabilité) ou réglez « dcat » à false dans le profil.")
        return PublishError(f"{self.target} a refusé le jeu de données : {text}.{hint}",
                            f"{self.target} rejected the dataset: {text}", code="ods.rejected",
                            status=response.status_code)

    def _find(self, dataset_id: str) -> Optional[dict]:
        page = self._call("GET", self._api("datasets/"), params={"dataset_id": dataset_id, "limit": 10},
                          headers={"Accept": "application/json"}).json()
        for dataset in page.get("results") or []:
            if dataset.get("dataset_id") == dataset_id:
                return dataset
        return None

    @staticmethod
    def _differs(existing: dict, body: dict) -> bool:
        if bool(existing.get("is_restricted")) != body["is_restricted"]:
            return True
        have = existing.get("metadata") or {}
        for template, fields in body["metadata"].items():
            for name, holder in fields.items():
                if ((have.get(template) or {}).get(name) or {}).get("value") != holder["value"]:
                    return True
        return False

    def _sync_data(self, uid: str, package: PublicationPackage) -> bool:
        """One resource holding the current file; True when something changed."""
        kind, extractor, media_type, extension = next(
            item for item in DATA_FILES if (package.files or {}).get(item[0]))
        path = package.files[kind]
        filename = f"{package.name}-{file_sha256(path)[:16]}.{extension}"
        resources = self._call("GET", self._api(f"datasets/{segment(uid)}/resources/"),
                               headers={"Accept": "application/json"}).json().get("results") or []
        keep, changed = None, False
        for resource in resources:
            source = resource.get("datasource") or {}
            file_uid = (source.get("file") or {}).get("uid") if source.get("type") == "uploaded_file" else None
            if keep is None and file_uid and resource.get("type") == extractor:
                keep = resource
                current = self._call("GET", self._api(f"datasets/{segment(uid)}/resources/files/{segment(file_uid)}/"),
                                     expect=(200, 404)).json()
                if current.get("filename") == filename:
                    continue
                new_file = self._upload(uid, path, filename, media_type)
                self._write("PUT", self._api(f"datasets/{segment(uid)}/resources/{segment(resource['uid'])}/"),
                            self._resource_body(package, extractor, new_file), expect=(200,))
                changed = True
            else:  # another format, or a leftover: the dataset holds one copy of the layer
                self._call("DELETE", self._api(f"datasets/{segment(uid)}/resources/{segment(resource['uid'])}/"),
                           expect=(204, 404))
                changed = True
        if keep is None:
            new_file = self._upload(uid, path, filename, media_type)
            self._write("POST", self._api(f"datasets/{segment(uid)}/resources/"),
                        self._resource_body(package, extractor, new_file), expect=(201,))
            changed = True
        return changed

    @staticmethod
    def _resource_body(package, extractor: str, file: dict) -> dict:
        params = {"separator": ";", "headers_first_row": True, "encoding": "utf-8"} if extractor == "csvfile" else {}
        return {"type": extractor, "title": package.name, "params": params,
                "datasource": {"type": "uploaded_file", "file": {"uid": file.get("uid")}}}

    def _upload(self, uid: str, path: str, filename: str, media_type: str) -> dict:
        response = self._send_file(self._api(f"datasets/{segment(uid)}/resources/files/"), path, filename=filename,
                                   media_type=media_type, expect=(200, 201, 400),
                                   opener=lambda p, mode: _open_file(p, mode), headers={"Accept": "application/json"})
        if response.status_code == 400:
            raise self._refusal(response)
        return response.json()

    def _read_status(self, uid: str) -> dict:
        return self._call("GET", self._api(f"datasets/{segment(uid)}/status/"),
                          headers={"Accept": "application/json"}).json()

    def _wait_ready(self, uid: str, state: Optional[dict] = None) -> dict:
        """Poll the (asynchronous) status until the portal is idle; bounded by ``poll_max`` reads."""
        for attempt in range(self.poll_max):
            if state is None:
                state = self._read_status(uid)
            if state.get("status") in READY or self.http.dry_run:
                return state
            if attempt + 1 < self.poll_max:
                time.sleep(self.poll_interval)
            state = None
        raise PublishError(
            f"{self.target} traite encore le jeu de données après {self.poll_max} lectures de son état : "
            "Passerelle arrête d'attendre. Relancez la publication plus tard ; rien ne sera dupliqué.",
            f"{self.target} is still processing the dataset after {self.poll_max} status reads.",
            code="ods.timeout", retryable=True)

    def _run(self, uid: str, action: str) -> None:
        """Publish (or publish the metadata of) the dataset and wait for the portal to finish."""
        self._wait_ready(uid)
        response = self._call("POST", self._api(f"datasets/{segment(uid)}/{action}/"), expect=(200, 400),
                              headers={"Accept": "application/json"})
        if response.status_code == 400:
            raise self._refusal(response)
        if self.http.dry_run:
            return
        final = self._wait_ready(uid, state=None)
        if final.get("status") != "idle":
            message = redact(str(final.get("message") or final.get("status")), self._secrets())
            raise PublishError(
                f"{self.target} n'a pas pu traiter le jeu de données (état « {final.get('status')} ») : {message}. "
                "Consultez le back-office du portail, corrigez puis relancez.",
                f"{self.target} could not process the dataset ({final.get('status')}): {message}",
                code="ods.processing-failed")


def _value(dataset: dict, template: str, field: str):
    """The value of metadata field ``template.field`` of a dataset as the API answers it (None when absent)."""
    holder = ((dataset.get("metadata") or {}).get(template) or {}).get(field)
    return holder.get("value") if isinstance(holder, dict) else None
