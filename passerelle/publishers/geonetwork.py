"""GeoNetwork 4.x catalogue target: the ISO 19139 record, upserted by its uuid through the REST API.

Profile settings::

    {"type": "geonetwork", "url": "https://geo.ville.fr/geonetwork", "group": "sig-commune",
     "publish": true, "review": false, "verify_tls": true, "timeout": 30}

- ``group``: owner group of the records, an id or a name (resolved with ``GET /srv/api/groups``);
- ``publish``: share the record with everyone (group *all*) — ``publishToAll`` on import, then
  ``PUT /records/{uuid}/publish`` (Reviewer profile) if the catalogue ignored it;
- ``review``: instead of publishing, submit the record to the catalogue's reviewers (workflow status
  *submitted*, ``PUT /records/{uuid}/status``); the catalogue's workflow must be enabled. A record is
  submitted again when its content changed, never while a reviewer's decision on the same content
  stands. Reviewers see the queue (:meth:`GeoNetworkPublisher.submissions`: the records whose workflow
  status is *submitted*, through the catalogue's search, ``POST /srv/api/search/records/_search``) and
  decide (:meth:`GeoNetworkPublisher.review`: status *approved* then ``PUT /records/{uuid}/publish``, or
  *rejected*, each with its change message); :meth:`GeoNetworkPublisher.status` gives the agent the
  decision and its message (``"review"``);
- ``public_url`` (optional): the address readers use, when it differs from ``url``;
- ``link_convention``: ``"geonetwork"`` (default: service links with protocol ``OGC:WMS`` / ``OGC:WFS``
  and the layer in ``gmd:name``, which the map viewer's "add to map" reads) or ``"inspire"`` (TG 2.0
  Anchors).

Every state-changing call carries the anti-CSRF token GeoNetwork sets in the ``XSRF-TOKEN`` cookie
(read once with ``GET /srv/api/me``) in the ``X-XSRF-TOKEN`` header. The record keeps the
package's identifier as uuid, so publishing again replaces it and never duplicates it.

Ownership (see :mod:`.ownership`): a record is Passerelle's when it carries Passerelle's mark (a
resource identifier with ``gmd:codeSpace`` ``passerelle`` and the uuid as code, kept by GeoNetwork
as written) **and** its owner group (``groupOwner`` of ``GET /records/{uuid}/sharing``) is the
profile's group. Before any write the record is read back: absent, it is imported with
``uuidProcessing=NOTHING`` (so a record created meanwhile by someone else is refused by GeoNetwork
itself, never overwritten); ours, it is replaced with ``OVERWRITE``; anyone else's (no mark, another
group, or invisible to the account: 403) is refused with :class:`~.ownership.ForeignObject` naming
its group. Adopting (``package.adopt``) overwrites it and moves it to the profile's group (``PUT
/records/{uuid}/group``: GeoNetwork keeps the owner group on OVERWRITE). ``unpublish`` deletes the
record only once read back as ours. Every uuid goes into URLs as one quoted path segment.

>>> publisher = GeoNetworkPublisher("catalogue", {"url": "https://geo.ville.fr/geonetwork", "group": 2}, http)
>>> result = publisher.publish(package, {"online_resources": wms_wfs_links})
>>> result.urls["record"]
'https://geo.ville.fr/geonetwork/srv/api/records/5f0c...'
"""
from __future__ import annotations

import logging

from lxml import etree

from ..catalogue.identifiers import is_valid
from ..catalogue.identifiers import validate as validate_identifier
from .base import CATALOGUE, PublicationPackage, Publisher, PublishResult
from .http import PublishError, parse_xml
from .ownership import ForeignObject, is_marked, mark_record, owner_text, record_owner, segment

log = logging.getLogger("passerelle.publishers")

GMD = "http://www.isotc211.org/2005/gmd"
NS = {"gmd": GMD, "gco": "http://www.isotc211.org/2005/gco"}
ALL_GROUP = 1  # GeoNetwork's reserved group "all" (ReservedGroup.all): sharing with it publishes
DRAFT, APPROVED, SUBMITTED, REJECTED = 1, 2, 4, 5  # workflow status ids (StatusValues)
WORKFLOW_STATES = {1: "draft", 2: "approved", 3: "retired", 4: "submitted", 5: "rejected"}
JSON = {"Accept": "application/json"}
FOREIGN_UNSEEN = object()  # a record that exists but that the account may not read (another group's)
SEARCH_PAGE = 100  # records per page of the catalogue's search
SEARCH_MAX = 10000  # Elasticsearch's default max_result_window: a queue is far shorter


class GeoNetworkPublisher(Publisher):
    """Publishes records to a GeoNetwork 4 catalogue (see the module docstring for the settings)."""

    role = CATALOGUE
    reviews = True

    def __init__(self, name: str, settings: dict, http=None):
        super().__init__(name, settings, http)
        self.portal = settings.get("portal", "srv")
        self.public_url = (settings.get("public_url") or settings.get("url", "")).rstrip("/")
        self._group_id = None

    # -- addresses ---------------------------------------------------------------------------------
    def _api(self, path: str = "") -> str:
        return f"{self.portal}/api/{path}".rstrip("/")

    def _record(self, uuid: str, rest: str = "") -> str:
        """API path of a record (the uuid as one quoted path segment)."""
        return self._api(f"records/{segment(uuid)}{rest}")

    def record_url(self, identifier: str) -> str:
        """The record's page (HTML for a browser, XML with ``Accept: application/xml``)."""
        return f"{self.public_url}/{self.portal}/api/records/{segment(identifier)}"

    def xml_url(self, identifier: str) -> str:
        """The record as ISO 19139 XML."""
        return f"{self.record_url(identifier)}/formatters/xml"

    # -- publish -----------------------------------------------------------------------------------
    def publish(self, package: PublicationPackage, links: dict) -> PublishResult:
        uuid = validate_identifier(package.identifier)
        review = bool(self.settings.get("review"))
        share = bool(self.settings.get("publish", True)) and not review
        self._ensure_token()
        group = self._group()
        from ..catalogue.encoders.iso19139 import with_link_convention
        from ..catalogue.encoders.iso19139_terms import DEFAULT_LINK_CONVENTION

        # GeoNetwork's map viewer adds a layer from the protocol text (OGC:WMS) and gmd:name: its own
        # convention by default; "inspire" writes the TG 2.0 Anchors instead.
        xml = mark_record(package.iso_record(with_link_convention(
            links.get("online_resources", []), self.settings.get("link_convention") or DEFAULT_LINK_CONVENTION)), uuid)
        existing = self._read(uuid, must_see=True)
        owner_group = None
        if existing is not None:
            owner_group = self._owner_group(uuid)
            if not package.adopt and not self._ours(existing, owner_group, uuid):
                raise self._foreign(uuid, existing, owner_group)
        changed = existing is None or existing is FOREIGN_UNSEEN or not same_document(existing, xml)
        if existing is not None and owner_group != group:  # adopted: into the profile's group first
            self._write("PUT", self._record(uuid, "/group"), json=group, expect=(204, 200),
                        headers={"Content-Type": "application/json", **JSON})
        if changed:
            self._import(xml, uuid, group, share, overwrite=existing is not None, adopt=package.adopt)
        if review:
            # Changed content goes back to the reviewers; unchanged, a reviewer's decision stands.
            if changed or self._workflow_status(uuid) in (None, DRAFT):
                self._submit(uuid)
        elif share and not self.http.dry_run and not self._is_public(uuid):
            # publishToAll is ignored when the catalogue's workflow is on: publish explicitly (Reviewer).
            self._write("PUT", self._record(uuid, "/publish"), expect=(204, 200), headers=JSON)
        return PublishResult(
            target=self.name, ids={"uuid": uuid, "group": group},
            urls={"record": self.record_url(uuid), "xml": self.xml_url(uuid)},
            created=["record"] if existing is None else [], changed=changed)

    def unpublish(self, identifier: str, ids: dict) -> None:
        """Delete the record ``ids["uuid"]`` (the package identifier) once read back as Passerelle's;
        already gone is fine, anyone else's is never deleted (ForeignObject)."""
        uuid = validate_identifier((ids or {}).get("uuid") or identifier)
        self._ensure_token()
        existing = self._read(uuid, must_see=True)
        if existing is None:
            return
        owner_group = self._owner_group(uuid)
        if not self._ours(existing, owner_group, uuid):
            raise self._foreign(uuid, existing, owner_group, unpublish=True)
        self._write("DELETE", self._record(uuid), expect=(204, 200, 404), headers=JSON)

    def status(self, identifier: str, ids: dict) -> dict:
        """``{"exists", "published", "workflow" (status id or None), "review", "ours", "url"}``.

        ``review``: the latest workflow status as ``{"state": "submitted" | "approved" | "rejected" | …,
        "comment": its change message, "date", "by"}``, None when the record is in no workflow.
        """
        uuid = validate_identifier((ids or {}).get("uuid") or identifier)
        existing = self._read(uuid)
        if existing is None:
            return {"exists": False, "url": self.record_url(uuid)}
        latest = self._latest_workflow(uuid)
        return {"exists": True, "published": self._is_public(uuid),
                "workflow": int(latest["statusValue"]["id"]) if latest else None,
                "review": _review_of(latest) if latest else None,
                "ours": self._ours(existing, self._owner_group(uuid), uuid), "url": self.record_url(uuid)}

    # -- review (reviewers' side) ------------------------------------------------------------------
    def submissions(self) -> list:
        """The records awaiting review that this account may see, oldest first: dicts with ``identifier``,
        ``ids``, ``title``, ``organisation`` (owner group), ``author``, ``submitted`` (date), ``url`` and
        ``xml`` (the ISO 19139 record as received)."""
        self._ensure_token()
        groups = {str(g.get("id")): g.get("name", "") for g in self.http.get(self._api("groups"), headers=JSON).json()}
        found, start = [], 0
        while start < SEARCH_MAX:
            body = {"query": {"bool": {"filter": [{"term": {"statusWorkflow": "submitted"}},
                                                  {"term": {"isTemplate": "n"}}]}},
                    "_source": {"includes": ["uuid", "groupOwner", "recordOwner", "resourceTitleObject", "dateStamp"]},
                    "sort": [{"dateStamp": {"order": "asc"}}], "from": start, "size": SEARCH_PAGE}
            answer = self._write("POST", self._api("search/records/_search"), json=body, expect=(200,),
                                 headers=JSON).json()
            hits = (answer.get("hits") or {}).get("hits") or []
            for hit in hits:
                source = hit.get("_source") or {}
                uuid = source.get("uuid") or hit.get("_id")
                if not is_valid(uuid):  # identifiers read from a server are data, never path segments as is
                    log.warning("%s: submission with an invalid identifier skipped", self.http.target)
                    continue
                xml = self._read(uuid)
                if xml is None:  # removed since the search
                    continue
                latest = self._latest_workflow(uuid) or {}
                title = (source.get("resourceTitleObject") or {}).get("default", "")
                found.append({"identifier": uuid, "ids": {"uuid": uuid, "group": source.get("groupOwner")},
                              "title": title, "organisation": groups.get(str(source.get("groupOwner")), ""),
                              "author": latest.get("authorName") or source.get("recordOwner", ""),
                              "submitted": _date_of(latest) or source.get("dateStamp", ""),
                              "url": self.record_url(uuid), "xml": xml})
            total = ((answer.get("hits") or {}).get("total") or {}).get("value", 0)
            start += SEARCH_PAGE
            if not hits or start >= total:
                break
        return found

    def review(self, identifier: str, ids: dict, decision: str, comment: str = "") -> dict:
        """Approve (status *approved*, then published to all) or reject (status *rejected*) the record,
        the comment as the status change message; returns :meth:`status` afterwards."""
        uuid = validate_identifier((ids or {}).get("uuid") or identifier)
        self._ensure_token()
        if self._read(uuid) is None:
            raise PublishError(f"{self.http.target} n'a pas de fiche {uuid} à examiner.",
                               f"{self.http.target} has no record {uuid} to review.", code="review.not-found",
                               status=404)
        approve = decision == "approve"
        message = comment or ("Approuvée par un relecteur (Passerelle)." if approve else "")
        try:
            self._write("PUT", self._record(uuid, "/status"), expect=(201, 200, 204), headers=JSON,
                        json={"status": APPROVED if approve else REJECTED, "changeMessage": message})
            if approve and not self._is_public(uuid):
                self._write("PUT", self._record(uuid, "/publish"), expect=(204, 200), headers=JSON)
        except PublishError as error:
            if error.status == 403:
                raise PublishError(
                    f"{self.http.target} refuse la décision sur la fiche {uuid} (403) : le compte utilisé n'est pas "
                    "relecteur (profil « Reviewer ») du groupe de la fiche. Choisissez, pour cette cible, la "
                    "configuration d'authentification d'un compte relecteur.",
                    f"{self.http.target} refuses the decision on record {uuid} (403): the account is not a "
                    "reviewer of the record's group.", code="review.forbidden", status=403) from None
            raise
        return self.status(identifier, {"uuid": uuid})

    def _import(self, xml: bytes, uuid: str, group: int, share: bool, overwrite: bool, adopt: bool) -> None:
        """``PUT /records``: OVERWRITE of a record read back as ours (or adopted), NOTHING for a new one,
        so that a record someone created meanwhile is refused by GeoNetwork and never overwritten."""
        def send(processing: str):
            response = self._write("PUT", self._api("records"), data=xml, expect=(201, 200), params={
                "metadataType": "METADATA", "uuidProcessing": processing, "group": str(group),
                "publishToAll": "true" if share else "false"}, headers={"Content-Type": "application/xml", **JSON})
            self._check_report(response, uuid)

        if overwrite:
            return send("OVERWRITE")
        try:
            return send("NOTHING")
        except PublishError as error:
            if error.status != 400 or "exist" not in error.message_en.lower():
                raise
        appeared = self._read(uuid, must_see=True)  # created in between: ours (a concurrent run) or not
        owner_group = self._owner_group(uuid) if appeared is not None else None
        if appeared is None or not (adopt or self._ours(appeared, owner_group, uuid)):
            raise self._foreign(uuid, appeared if appeared is not None else FOREIGN_UNSEEN, owner_group)
        send("OVERWRITE")

    # -- ownership ---------------------------------------------------------------------------------
    def _ours(self, xml, owner_group, uuid: str) -> bool:
        """Passerelle's record: the mark for ``uuid`` in the XML and the profile's group as owner."""
        if xml is FOREIGN_UNSEEN:
            return False
        try:
            root = parse_xml(xml)
        except PublishError:
            return False
        return is_marked(root, uuid) and owner_group == self._group()

    def _owner_group(self, uuid: str):
        """The record's owner group id (``groupOwner`` of its sharing settings), None when not told."""
        response = self.http.get(self._record(uuid, "/sharing"), expect=(200, 403, 404), headers=JSON)
        if response.status_code != 200:
            return None
        try:
            value = (response.json() or {}).get("groupOwner")
            return int(value) if value not in (None, "") else None
        except (ValueError, TypeError, AttributeError):
            return None

    def _foreign(self, uuid: str, xml, owner_group, unpublish: bool = False) -> ForeignObject:
        """The refusal naming who holds the record: its group (by name when visible), its contact."""
        contact = ""
        if xml is not FOREIGN_UNSEEN:
            try:
                contact = record_owner(parse_xml(xml))
            except PublishError:
                contact = ""
        group = f"groupe « {self._group_name(owner_group)} »" if owner_group is not None else ""
        if xml is FOREIGN_UNSEEN:
            group = "un groupe dont ce compte ne voit pas les fiches"
        return ForeignObject(self.http.target, f"la fiche « {uuid} »", owner_text(group, contact),
                             adoptable=xml is not FOREIGN_UNSEEN, unpublish=unpublish)

    def _group_name(self, group_id) -> str:
        try:
            groups = self.http.get(self._api("groups"), headers=JSON).json()
        except (PublishError, ValueError):
            return str(group_id)
        for group in groups if isinstance(groups, list) else []:
            if str(group.get("id")) == str(group_id):
                return group.get("name") or str(group_id)
        return str(group_id)

    def verify(self, package: PublicationPackage, result: PublishResult) -> list[str]:
        """Read the record back: it exists, keeps its uuid and title, and is published or submitted."""
        if self.http.dry_run:
            return []
        uuid = result.ids.get("uuid", package.identifier)
        content = self._read(uuid)
        if content is None:
            return [f"la fiche {uuid} est introuvable dans le catalogue"]
        root = parse_xml(content)
        problems = []
        if _text(root, "gmd:fileIdentifier/gco:CharacterString") != uuid:
            problems.append(f"la fiche relue n'a pas l'identifiant {uuid}")
        title = _text(root, "gmd:identificationInfo/*/gmd:citation/gmd:CI_Citation/gmd:title/*")
        if title != package.record.title.strip():
            problems.append(f"titre relu « {title} » au lieu de « {package.record.title} »")
        if self.settings.get("review"):
            if self._workflow_status(uuid) != SUBMITTED:
                problems.append("la fiche n'est pas soumise à validation")
        elif self.settings.get("publish", True) and not self._is_public(uuid):
            problems.append("la fiche n'est pas publique")
        return problems

    # -- GeoNetwork calls --------------------------------------------------------------------------
    def _ensure_token(self, refresh: bool = False) -> None:
        """Get the XSRF-TOKEN cookie GeoNetwork sets on any answer (``GET /me`` also checks the login)."""
        jar = self.http.session.cookies
        if refresh:
            for cookie in [c for c in jar if c.name == "XSRF-TOKEN"]:
                jar.clear(cookie.domain, cookie.path, cookie.name)
        elif self._token():
            return
        response = self.http.get(self._api("me"), expect=(200, 204), headers=JSON)
        if response.status_code == 204 and not self.http.credentials.username:
            raise PublishError(
                f"{self.http.target} : aucun compte n'est configuré pour cette cible ; choisissez une "
                "configuration d'authentification QGIS (compte éditeur du groupe) dans le profil du portail.",
                f"{self.http.target}: no account is configured for this target.", code="publish.unauthorized",
                status=401)

    def _token(self):
        # Iterate rather than jar.get(): two XSRF-TOKEN cookies (two paths) would make get() raise.
        values = [c.value for c in self.http.session.cookies if c.name == "XSRF-TOKEN"]
        return values[-1] if values else None

    def _write(self, method: str, path: str, **kwargs):
        """A state-changing call with the anti-CSRF header; a refused token is renewed once."""
        headers = dict(kwargs.pop("headers", {}))
        for attempt in (1, 2):
            token = self._token()
            if token:
                headers["X-XSRF-TOKEN"] = token
            try:
                return self.http.request(method, path, headers=headers, allow_redirects=False, **kwargs)
            except PublishError as error:
                if attempt == 1 and error.status == 403 and "CSRF" in error.message_en:
                    log.info("GeoNetwork refused the XSRF token: renewing it")
                    self._ensure_token(refresh=True)
                    continue
                if 300 <= error.status < 400:  # sent to the sign-in page: the API did not accept the login
                    raise PublishError(
                        f"{self.http.target} renvoie vers sa page de connexion au lieu d'accepter le compte : "
                        "vérifiez l'identifiant, le mot de passe et que l'adresse est bien celle de l'API "
                        "(…/geonetwork, derrière le proxy d'authentification le cas échéant).",
                        f"{self.http.target} redirects to its sign-in page instead of accepting the account.",
                        code="publish.unauthorized", status=error.status) from None
                raise

    def _group(self) -> int:
        """The owner group id, from ``settings["group"]`` (an id, or a name looked up once)."""
        if self._group_id is not None:
            return self._group_id
        wanted = self.settings.get("group")
        if wanted is None or str(wanted).strip() == "":
            raise PublishError(
                f"{self.http.target} : le profil ne précise pas le groupe propriétaire des fiches (« group »).",
                f"{self.http.target}: the profile sets no owner group ('group').", code="publish.geonetwork-group")
        if isinstance(wanted, int) or str(wanted).lstrip("-").isdigit():
            self._group_id = int(wanted)
            return self._group_id
        groups = self.http.get(self._api("groups"), headers=JSON).json()
        for group in groups:
            labels = [group.get("name", "")] + list((group.get("label") or {}).values())
            if str(wanted).strip().lower() in (label.lower() for label in labels if label):
                self._group_id = int(group["id"])
                return self._group_id
        names = ", ".join(sorted(g.get("name", "") for g in groups)) or "aucun"
        raise PublishError(
            f"{self.http.target} : le groupe « {wanted} » n'existe pas dans le catalogue (groupes visibles : "
            f"{names}). Corrigez « group » dans le profil du portail.",
            f"{self.http.target}: group '{wanted}' does not exist (visible groups: {names}).",
            code="publish.geonetwork-group")

    def _read(self, uuid: str, must_see: bool = False):
        """The record's XML, None when the catalogue has no record with this uuid. With ``must_see``, a
        record the account may not read (403: another group's, unpublished) is :data:`FOREIGN_UNSEEN`."""
        # formatters/xml without schemaLocation: comparable with what we send; no popularity bump per read.
        response = self.http.get(self._record(uuid, "/formatters/xml"), expect=(200, 404, 403) if must_see else
                                 (200, 404), headers={"Accept": "application/xml"},
                                 params={"addSchemaLocation": "false", "increasePopularity": "false"})
        if response.status_code == 403:
            return FOREIGN_UNSEEN
        return response.content if response.status_code == 200 else None

    def _check_report(self, response, uuid: str) -> None:
        if self.http.dry_run:
            return
        try:
            report = response.json()
        except ValueError:
            report = None
        if not isinstance(report, dict) or "metadataInfos" not in report:
            raise PublishError(
                f"{self.http.target} a répondu à l'import de la fiche par autre chose qu'un rapport d'import "
                "(page de connexion ? proxy ?) : vérifiez l'adresse et le compte de la cible.",
                f"{self.http.target} did not answer the import with an import report.", code="publish.bad-answer")
        errors = report.get("errors") or []
        if report.get("numberOfRecordsWithErrors") or errors:
            detail = "; ".join(str(e.get("message", e)) if isinstance(e, dict) else str(e) for e in errors)
            raise PublishError(f"{self.http.target} a refusé la fiche {uuid} : {detail}",
                               f"{self.http.target} rejected record {uuid}: {detail}", code="publish.rejected")
        imported = [info.get("uuid") for infos in report["metadataInfos"].values() for info in infos]
        if uuid not in imported:
            raise PublishError(
                f"{self.http.target} a importé la fiche sous un autre identifiant ({', '.join(map(str, imported))}) "
                f"au lieu de {uuid}.", f"{self.http.target} imported the record under another uuid.",
                code="publish.rejected")

    def _is_public(self, uuid: str) -> bool:
        sharing = self.http.get(self._record(uuid, "/sharing"), headers=JSON).json()
        return any(int(p.get("group", -99)) == ALL_GROUP and (p.get("operations") or {}).get("view")
                   for p in sharing.get("privileges", []))

    def _workflow_status(self, uuid: str):
        """The latest workflow status id of the record, None when it has none."""
        latest = self._latest_workflow(uuid)
        return int(latest["statusValue"]["id"]) if latest else None

    def _latest_workflow(self, uuid: str):
        """The latest workflow entry of the record's status history (a dict), None when it has none."""
        history = self.http.get(self._record(uuid, "/status"), headers=JSON).json()
        for entry in history or []:  # latest first
            value = entry.get("statusValue") or {}
            if value.get("type", "workflow") == "workflow" and value.get("id") is not None:
                return entry
        return None

    def _submit(self, uuid: str) -> None:
        try:
            self._write("PUT", self._record(uuid, "/status"), expect=(201, 200, 204), headers=JSON,
                        json={"status": SUBMITTED, "changeMessage": "Soumise à validation par Passerelle."})
        except PublishError as error:
            if error.status == 400 and "workflow" in error.message_en.lower():
                raise PublishError(
                    f"{self.http.target} n'a pas de circuit de validation activé : la fiche {uuid} a été "
                    "enregistrée mais ne peut pas être soumise aux relecteurs. Demandez à l'administrateur "
                    "d'activer le workflow, ou réglez « review » à false dans le profil.",
                    f"{self.http.target} has no workflow enabled: record {uuid} was saved but cannot be "
                    "submitted for review.", code="publish.workflow-disabled", status=400) from None
            raise


def _date_of(entry: dict) -> str:
    """When a status history entry was made (``dateChange``, else its composite id's ``changeDate``)."""
    composite = entry.get("id") if isinstance(entry.get("id"), dict) else {}
    return str(entry.get("dateChange") or composite.get("changeDate") or "")


def _review_of(entry: dict) -> dict:
    """A status history entry as Passerelle's review state (the same keys for every target)."""
    value = entry.get("statusValue") or {}
    state = WORKFLOW_STATES.get(int(value.get("id")), value.get("name") or str(value.get("id")))
    decided = state in ("approved", "rejected")
    return {"state": state, "comment": (entry.get("changeMessage") or "") if decided else "",
            "date": _date_of(entry), "by": entry.get("authorName") or ""}


def same_document(a: bytes, b: bytes) -> bool:
    """True when two XML documents are equal once whitespace between elements is ignored."""
    parser = etree.XMLParser(remove_blank_text=True, resolve_entities=False, no_network=True, load_dtd=False)
    try:
        return (etree.tostring(etree.fromstring(a, parser), method="c14n")
                == etree.tostring(etree.fromstring(b, parser), method="c14n"))
    except etree.XMLSyntaxError:
        return False


def _text(root, path: str) -> str:
    found = root.find(path, NS)
    return (found.text or "").strip() if found is not None else ""
