"""Stand-in of the GeoNetwork 4.x REST API subset Passerelle uses (GeoNetwork is Java; it cannot run here).

Strict on what the real server checks, from its source (github ``geonetwork/core-geonetwork``,
``services/src/main/java/org/fao/geonet/api/``):

- ``records/MetadataInsertDeleteApi.java``: ``PUT /records`` consumes ``application/xml`` only (4.x),
  needs the Editor profile, answers **201** with a ``SimpleMetadataProcessingReport``; an unreadable
  XML fragment and a duplicate uuid with ``uuidProcessing=NOTHING`` raise IllegalArgumentException,
  which ``GlobalExceptionController`` turns into **400** ``{"code": "unsatisfied_request_parameter",
  "message": ...}``; ``publishToAll`` is ignored when the workflow is enabled; a new record enters the
  workflow as *draft* when the workflow is on (``activateWorkflowIfConfigured``); ``DELETE
  /records/{uuid}`` answers 204 (404 when absent, 403 when the user cannot edit it).
- ``records/MetadataSharingApi.java``: ``PUT /records/{uuid}/publish`` needs the **Reviewer** authority,
  answers 204 and gives group *all* (id 1, ``ReservedGroup``) view/download/dynamic; ``GET|PUT
  /records/{uuid}/sharing`` (reserved groups only change for users with review permission). The
  GET answer's ``groupOwner`` is the record's owner group (as a string); its ``owner`` is — as
  GeoNetwork writes it (``sharingResponse.setOwner(userSession.getUserId())``) — the id of the
  *caller*, not of the record's owner. ``PUT /records/{uuid}/group`` (body: the group id) sets the
  owner group, 204, 403 when the user cannot edit the record.
- ``mef/Importer.java`` (``importRecord``): ``OVERWRITE`` of an existing record updates its XML
  (``updateMetadata``) and keeps its owner and owner group — the ``group`` parameter only applies
  to new records; a user who cannot edit it is refused.
- ``records/MetadataWorkflowApi.java``: ``PUT /records/{uuid}/status`` (JSON ``MetadataStatusParameter``)
  answers **201** ``{"<id>": "UPDATED"}``, **400** ``feature_disabled`` when the workflow setting is off,
  403 when the user is not the record's owner; ``GET /records/{uuid}/status`` lists the history,
  latest first. Status ids (``StatusValues``): 1 draft, 2 approved, 3 retired, 4 submitted, 5 rejected.
- ``records/MetadataWorkflowApi.java`` (status history): each entry carries ``statusValue`` {id, name, type},
  ``changeMessage``, ``userId``, ``authorName``, ``authorEmail`` and ``dateChange`` (``MetadataStatusResponse``).
- ``api/es/EsHTTPProxy.java``: ``POST /search/records/_search`` passes an Elasticsearch query to the
  records index, restricted to the records the user may view, and answers Elasticsearch's JSON
  (``hits.total.value``, ``hits.hits[]._source``); the workflow status of a record without working copy
  is indexed as ``statusWorkflow`` (its status name, ``DraftMetadataIndexer``), the owner group as
  ``groupOwner``, the title as ``resourceTitleObject.default``.
- ``users/MeApi.java``: ``GET /me`` answers 200 with the user, **204** when anonymous.
- CSRF (Spring Security ``CookieCsrfTokenRepository``, GeoNetwork manual "the GeoNetwork API"): any
  answer sets the ``XSRF-TOKEN`` cookie when the client has none; every POST/PUT/DELETE must send the
  cookie *and* the same value in ``X-XSRF-TOKEN``, else **403**.

Choices of this stand-in where the sources do not settle it (documented, tested as such):
the CSRF check runs before authentication; wrong Basic credentials answer 401 everywhere; an
anonymous call to an endpoint needing a profile answers 401 (a real GeoNetwork may redirect to its
sign-in page instead); a new record needs ``group`` (an existing, non-reserved group id) in which the
user is at least Editor (403 otherwise), an unknown group is a 400; record validation before
submission (``METADATA_WORKFLOW_ALLOW_SUBMIT_APPROVE_INVALID_MD``) and working copies of approved
records are not modelled. Roles in the workflow: setting a record *approved* or *rejected* needs the
Reviewer profile in the record's group (an Editor, even the record's owner, gets 403), as GeoNetwork's
workflow offers those decisions to reviewers only (``PUT /records/approve`` is ``hasAuthority('Reviewer')``)
— the real ``PUT /records/{uuid}/status`` leaves that rule to the catalogue's ``StatusActions``. The
search endpoint understands the subset of the Elasticsearch query language Passerelle sends (``bool``
with ``filter``/``must`` of ``term``/``terms``, ``from``, ``size``, ``_source.includes``, ``sort`` on one
field) and answers 400 ``parsing_exception`` to anything else; like GeoNetwork, it is exempt from the
CSRF check (anonymous visitors search).
"""
from __future__ import annotations

import datetime as _dt
import html
import itertools
import secrets
import uuid as _uuid

from lxml import etree

from support.standins.standin_server import Request, Response, StandIn, json_response, text_response, xml_response

GMD = "http://www.isotc211.org/2005/gmd"
GCO = "http://www.isotc211.org/2005/gco"
NS = {"gmd": GMD, "gco": GCO}

SEARCH_FIELDS = ("uuid", "id", "statusWorkflow", "isTemplate", "groupOwner", "owner", "recordOwner",
                 "isPublishedToAll", "draft", "dateStamp", "resourceTitleObject")
PROFILES = ["Guest", "RegisteredUser", "Editor", "Reviewer", "UserAdmin", "Administrator"]
RESERVED_GROUPS = {1: "all", 0: "intranet", -1: "guest"}
STATUS_VALUES = {0: "unknown", 1: "draft", 2: "approved", 3: "retired", 4: "submitted", 5: "rejected"}
OPERATIONS = ("view", "download", "editing", "notify", "dynamic", "featured")
UUID_PROCESSING = ("NOTHING", "OVERWRITE", "GENERATEUUID", "REMOVE_AND_REPLACE")
METADATA_TYPES = ("METADATA", "TEMPLATE", "SUB_TEMPLATE", "TEMPLATE_OF_SUB_TEMPLATE")
CSRF_INVALID = ("Invalid CSRF Token '{}' was found on the request parameter '_csrf' or header "
                "'X-XSRF-TOKEN'.")


def _rank(profile: str) -> int:
    return PROFILES.index(profile)


def _now() -> str:
    return _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds")


def api_error(status: int, code: str, message: str, description: str = "") -> Response:
    """The JSON body of GeoNetwork's ``ApiError`` (``GlobalExceptionController``)."""
    return json_response(status, {"code": code, "message": message, "description": description or None})


class GeoNetworkStandIn(StandIn):
    """In-memory GeoNetwork 4: users, groups, records, privileges, workflow statuses.

    ``records`` maps uuid -> dict(id, uuid, xml, group, owner, privileges {group id: set of operations},
    statuses [newest last]). ``workflow_enabled`` mirrors the ``metadata/workflow/enable`` setting.
    """

    name = "geonetwork-stand-in"
    context = "/geonetwork"

    def __init__(self, passwords=None, workflow_enabled: bool = False):
        super().__init__()
        passwords = passwords or {}
        self.groups = {2: "sig-commune", 3: "urbanisme"}
        # user -> id, password, profile per group (Administrator is global)
        self.users = {
            "admin": {"id": 1, "password": passwords.get("admin", "admin-pw"), "groups": {}, "admin": True,
                      "name": "Administrateur", "email": "admin@catalogue.test"},
            "editeur": {"id": 11, "password": passwords.get("editeur", "editeur-pw"), "groups": {2: "Editor"},
                        "name": "Camille Martin", "email": "sig@saint-aubin.test"},
            "relecteur": {"id": 12, "password": passwords.get("relecteur", "relecteur-pw"),
                          "groups": {2: "Reviewer"}, "name": "Dominique Relecteur", "email": "relecture@ideo.test"},
            "lecteur": {"id": 13, "password": passwords.get("lecteur", "lecteur-pw"),
                        "groups": {2: "RegisteredUser"}, "name": "Lou Lecteur", "email": "lecteur@ideo.test"},
            # a colleague of another service: editor of group 3 only (his records are not ours)
            "urbaniste": {"id": 14, "password": passwords.get("urbaniste", "urbaniste-pw"),
                          "groups": {3: "Editor"}, "name": "Urbain Urbaniste", "email": "urbanisme@ideo.test"},
        }
        self.workflow_enabled = workflow_enabled
        self.records = {}
        self.issued_tokens = set()
        self.forget_tokens_before_next_write = False  # test switch: the next write finds its token unknown
        self._ids = itertools.count(101)

    @property
    def base_url(self) -> str:
        """What a profile puts in ``url``: ``http://127.0.0.1:PORT/geonetwork``."""
        return self.url + self.context

    # -- test helpers ------------------------------------------------------------------------------
    def record_title(self, uuid: str) -> str:
        return _title(etree.fromstring(self.records[uuid]["xml"]))

    def is_public(self, uuid: str) -> bool:
        return "view" in self.records[uuid]["privileges"].get(1, set())

    def add_record(self, uuid: str, xml: bytes, group: int = 3, owner: str = "urbaniste", public: bool = True) -> dict:
        """A record created directly in the catalogue by ``owner`` (not through Passerelle)."""
        record = {"id": next(self._ids), "uuid": uuid, "xml": xml, "group": group, "owner": self.users[owner]["id"],
                  "type": "METADATA", "privileges": {}, "statuses": []}
        if public:
            record["privileges"][1] = {"view", "download", "dynamic"}
        self.records[uuid] = record
        return record

    def workflow_status(self, uuid: str):
        statuses = self.records[uuid]["statuses"]
        return STATUS_VALUES[statuses[-1]["status"]] if statuses else None

    def status_message(self, uuid: str) -> str:
        statuses = self.records[uuid]["statuses"]
        return statuses[-1]["message"] if statuses else ""

    # -- users -------------------------------------------------------------------------------------
    def _profile(self, user) -> str:
        if user is None:
            return "Guest"
        if user.get("admin"):
            return "Administrator"
        return max(user["groups"].values(), key=_rank, default="RegisteredUser")

    def _group_profile(self, user, group_id) -> str:
        if user is None:
            return "Guest"
        if user.get("admin"):
            return "Administrator"
        return user["groups"].get(group_id, "Guest")

    def _can_edit(self, user, record) -> bool:
        return user is not None and (user.get("admin") or record["owner"] == user["id"]
                                     or _rank(self._group_profile(user, record["group"])) >= _rank("Editor"))

    def _is_owner(self, user, record) -> bool:
        return user is not None and (user.get("admin") or record["owner"] == user["id"]
                                     or _rank(self._group_profile(user, record["group"])) >= _rank("Reviewer"))

    def _can_view(self, user, record) -> bool:
        if "view" in record["privileges"].get(1, set()) or self._can_edit(user, record):
            return True
        return user is not None and any("view" in ops and gid in user["groups"]
                                        for gid, ops in record["privileges"].items())

    # -- dispatch ----------------------------------------------------------------------------------
    def handle(self, request: Request) -> Response:
        response = self._route(request)
        token = request.cookies().get("XSRF-TOKEN")
        if token not in self.issued_tokens:
            token = secrets.token_hex(16)
            self.issued_tokens.add(token)
            response.headers.setdefault("Set-Cookie", []).append(
                f"XSRF-TOKEN={token}; Path={self.context}")
        return response

    def _route(self, request: Request) -> Response:
        prefix = self.context + "/srv/api"
        if not request.path.startswith(prefix + "/"):
            return text_response(404, "Not Found")
        if any(encoded in request.raw_path.lower() for encoded in ("%2f", "%5c", "%2e%2e")):
            # Spring Security's StrictHttpFirewall: an encoded slash or dot segment is never routed
            return text_response(400, "The request was rejected because the URL contained a potentially "
                                      "malicious String \"%2F\"")
        parts = [p for p in request.path[len(prefix):].split("/") if p]
        method = request.method
        searching = parts == ["search", "records", "_search"]  # exempt from CSRF, as in GeoNetwork
        if method in ("POST", "PUT", "DELETE", "PATCH") and self.forget_tokens_before_next_write:
            self.forget_tokens_before_next_write = False  # e.g. the catalogue restarted just before this write
            self.issued_tokens.clear()
        if method in ("POST", "PUT", "DELETE", "PATCH") and not searching:
            cookie = request.cookies().get("XSRF-TOKEN")
            header = request.headers.get("X-XSRF-TOKEN")
            if not cookie or cookie not in self.issued_tokens or header != cookie:
                return text_response(403, CSRF_INVALID.format(header if header else "null"))
        credentials = request.basic_credentials()
        user = None
        if credentials is not None:
            user = self.users.get(credentials[0])
            if user is None or user["password"] != credentials[1]:
                return text_response(401, "Bad credentials",
                                     {"WWW-Authenticate": 'Basic realm="GeoNetwork"'})
        if parts == ["me"] and method == "GET":
            return self._me(user)
        if parts == ["site"] and method == "GET":
            return json_response(200, {"system/site/name": "GeoNetwork (stand-in)", "system/platform/version": "4.2.8"})
        if parts == ["groups"] and method == "GET":
            return json_response(200, [{"id": gid, "name": name, "label": {"fre": name}}
                                       for gid, name in sorted(self.groups.items())])
        if parts and parts[0] == "records":
            return self._records(request, parts[1:], user)
        if searching and method == "POST":
            return self._search(request, user)
        return text_response(404, "Not Found")

    def _require(self, user, profile: str):
        if user is None:
            return text_response(401, "Full authentication is required to access this resource",
                                 {"WWW-Authenticate": 'Basic realm="GeoNetwork"'})
        if _rank(self._profile(user)) < _rank(profile):
            return api_error(403, "forbidden", "Access is denied",
                             f"The operation needs the {profile} profile.")
        return None

    def _me(self, user) -> Response:
        if user is None:
            return Response(204)
        groups = lambda wanted: [g for g, p in user["groups"].items() if _rank(p) >= _rank(wanted)]  # noqa: E731
        name = next(n for n, u in self.users.items() if u is user)
        return json_response(200, {"id": str(user["id"]), "username": name, "profile": self._profile(user),
                                   "admin": bool(user.get("admin")),
                                   "groupsWithEditor": groups("Editor"), "groupsWithReviewer": groups("Reviewer"),
                                   "groupsWithRegisteredUser": groups("RegisteredUser"),
                                   "groupsWithUserAdmin": groups("UserAdmin")})

    # -- records -----------------------------------------------------------------------------------
    def _records(self, request: Request, parts: list, user) -> Response:
        method = request.method
        if not parts:
            if method == "PUT":
                return self._insert(request, user)
            return text_response(405, "Method Not Allowed")
        uuid, rest = parts[0], parts[1:]
        record = self.records.get(uuid)
        if rest in ([], ["formatters", "xml"]) and method == "GET":
            if record is None:
                return api_error(404, "resource_not_found", f"Metadata '{uuid}' not found.")
            if not self._can_view(user, record):
                return api_error(403, "forbidden", "Operation not allowed. User needs to be able to view the resource.")
            if rest == [] and request.accepts("text/html") and not request.accepts("xml"):
                return Response(200, f"<html><body><h1>{html.escape(self.record_title(uuid))}</h1></body></html>"
                                .encode("utf-8"), "text/html; charset=utf-8")
            return xml_response(200, record["xml"])
        if rest == [] and method == "DELETE":
            denied = self._require(user, "Editor")
            if denied:
                return denied
            if record is None:
                return api_error(404, "resource_not_found", f"Metadata '{uuid}' not found.")
            if not self._can_edit(user, record):
                return api_error(403, "forbidden", "Operation not allowed. User needs to be able to edit the resource.")
            del self.records[uuid]
            return Response(204)
        if rest in (["publish"], ["unpublish"]) and method == "PUT":
            denied = self._require(user, "Reviewer")
            if denied:
                return denied
            if record is None:
                return api_error(404, "resource_not_found", f"Metadata '{uuid}' not found.")
            if not self._can_edit(user, record):
                return api_error(403, "forbidden", "Operation not allowed. User needs to be able to edit the resource.")
            operations = record["privileges"].setdefault(1, set())
            if rest == ["publish"]:
                operations.update({"view", "download", "dynamic"})
            else:
                operations.difference_update({"view", "download", "dynamic"})
            return Response(204)
        if rest == ["sharing"]:
            return self._sharing(request, user, record, uuid)
        if rest == ["group"] and method == "PUT":
            return self._set_group(request, user, record, uuid)
        if rest == ["status"]:
            return self._status(request, user, record, uuid)
        return text_response(404, "Not Found")

    def _insert(self, request: Request, user) -> Response:
        denied = self._require(user, "Editor")
        if denied:
            return denied
        if request.content_type() != "application/xml":
            return text_response(415, f"Content type '{request.content_type()}' not supported")
        processing = request.param("uuidProcessing", "NOTHING")
        metadata_type = request.param("metadataType", "METADATA")
        if processing not in UUID_PROCESSING or metadata_type not in METADATA_TYPES:
            return api_error(400, "runtime_exception", "Failed to convert value of type 'java.lang.String'")
        text = request.data()
        if not text.strip():
            return api_error(400, "unsatisfied_request_parameter",
                             "XML fragment or a URL or a server folder MUST be provided.")
        parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
        try:
            root = etree.fromstring(text, parser)
        except etree.XMLSyntaxError as exc:
            return api_error(400, "unsatisfied_request_parameter", f"XML fragment is invalid. Error is {exc}")
        if root.tag != f"{{{GMD}}}MD_Metadata":
            return api_error(400, "unsatisfied_request_parameter",
                             "Can't detect schema for metadata automatically. You could try to force the schema "
                             "with the schema parameter.")
        uuid = _file_identifier(root)
        if processing == "GENERATEUUID" or not uuid:
            uuid = str(_uuid.uuid4())
            _set_file_identifier(root, uuid)
        existing = self.records.get(uuid)
        if processing == "NOTHING" and existing is not None:
            return api_error(400, "unsatisfied_request_parameter",
                             f"A record with UUID '{uuid}' already exists. Choose another UUID or use OVERWRITE.")
        group = request.param("group")
        group_id = None
        if group is not None:
            try:
                group_id = int(group)
            except ValueError:
                return api_error(400, "runtime_exception", f"For input string: \"{group}\"")
            if group_id not in self.groups:
                return api_error(400, "runtime_exception", f"Group with id '{group_id}' not found.")
            if _rank(self._group_profile(user, group_id)) < _rank("Editor"):
                return api_error(403, "forbidden", f"You are not an editor of group '{self.groups[group_id]}'.")
        if existing is not None and processing in ("OVERWRITE", "REMOVE_AND_REPLACE"):
            if not self._can_edit(user, existing):
                return api_error(403, "forbidden", "Operation not allowed. User needs to be able to edit the resource.")
        elif group_id is None:
            return api_error(400, "unsatisfied_request_parameter", "A group is required to import a new record.")
        publish_to_all = request.param("publishToAll", "false").lower() == "true" and not self.workflow_enabled
        xml = etree.tostring(root, xml_declaration=True, encoding="UTF-8")
        if existing is not None and processing == "OVERWRITE":
            record = existing  # updateMetadata: owner and owner group stay
            record["xml"] = xml
            record["date"] = _now()
        else:
            if existing is not None:
                del self.records[uuid]
            record = {"id": next(self._ids), "uuid": uuid, "xml": xml, "group": group_id, "owner": user["id"],
                      "type": metadata_type, "privileges": {}, "statuses": [], "date": _now()}
            self.records[uuid] = record
            if self.workflow_enabled:
                record["statuses"].append({"status": 1, "user": user["id"], "date": _now(),
                                           "message": "Workflow enabled on import"})
        if publish_to_all:
            record["privileges"].setdefault(1, set()).update({"view", "download", "dynamic"})
        now = _now()
        return json_response(201, {
            "errors": [], "infos": [], "uuid": None, "metadata": [], "metadataErrors": {},
            "metadataInfos": {str(record["id"]): [{
                "message": f"Metadata imported from XML with UUID '{uuid}'", "date": now, "uuid": uuid,
                "draft": not publish_to_all, "approved": False}]},
            "numberOfRecordsNotEditable": 0, "numberOfNullRecords": 0, "numberOfRecordsWithErrors": 0,
            "numberOfRecords": 0, "numberOfRecordsProcessed": 1, "startIsoDateTime": now, "endIsoDateTime": now,
            "ellapsedTimeInSeconds": 0, "totalTimeInSeconds": 0, "type": "SimpleMetadataProcessingReport",
            "running": False})

    def _sharing(self, request: Request, user, record, uuid) -> Response:
        denied = self._require(user, "Editor")
        if denied:
            return denied
        if record is None:
            return api_error(404, "resource_not_found", f"Metadata '{uuid}' not found.")
        if request.method == "GET":
            if not self._can_view(user, record):
                return api_error(403, "forbidden", "Operation not allowed.")
            groups = {**RESERVED_GROUPS, **self.groups}
            return json_response(200, {
                "owner": str(user["id"]), "groupOwner": str(record["group"]),  # owner: the caller (sic)
                "privileges": [{"group": gid, "reserved": gid in RESERVED_GROUPS, "userGroup": False,
                                "restricted": False, "userProfiles": [],
                                "operations": {op: op in record["privileges"].get(gid, set()) for op in OPERATIONS}}
                               for gid in sorted(groups)]})
        if request.method != "PUT":
            return text_response(405, "Method Not Allowed")
        if not request.content_type().endswith("json"):
            return text_response(415, f"Content type '{request.content_type()}' not supported")
        if not self._can_edit(user, record):
            return api_error(403, "forbidden", "Operation not allowed. User needs to be able to edit the resource.")
        body = request.json()
        may_review = self._is_owner(user, record) and _rank(self._profile(user)) >= _rank("Reviewer")
        if body.get("clear"):
            for gid in list(record["privileges"]):
                if gid not in RESERVED_GROUPS or may_review:
                    record["privileges"].pop(gid)
        for privilege in body.get("privileges", []):
            gid = int(privilege["group"])
            if gid in RESERVED_GROUPS and not may_review:
                continue  # the owner without review permission cannot change reserved groups
            ops = record["privileges"].setdefault(gid, set())
            for op, on in privilege.get("operations", {}).items():
                (ops.add if on else ops.discard)(op)
        return Response(204)

    def _set_group(self, request: Request, user, record, uuid) -> Response:
        denied = self._require(user, "Editor")
        if denied:
            return denied
        if record is None:
            return api_error(404, "resource_not_found", f"Metadata '{uuid}' not found.")
        if not self._can_edit(user, record):
            return api_error(403, "forbidden", "Operation not allowed. User needs to be able to edit the resource.")
        try:
            group_id = int(request.json())
        except (ValueError, TypeError):
            return api_error(400, "runtime_exception", "Group identifier must be an integer.")
        if group_id not in self.groups:
            return api_error(404, "resource_not_found", f"Group with id '{group_id}' not found.")
        record["group"] = group_id
        return Response(204)

    def _status(self, request: Request, user, record, uuid) -> Response:
        if record is None:
            return api_error(404, "resource_not_found", f"Metadata '{uuid}' not found.")
        if request.method == "GET":
            if not self._can_view(user, record):
                return api_error(403, "forbidden", "Operation not allowed.")
            history = [{"id": {"metadataId": record["id"], "statusId": s["status"], "userId": s["user"],
                               "changeDate": s["date"]},
                        "statusValue": {"id": s["status"], "name": STATUS_VALUES[s["status"]], "type": "workflow"},
                        "changeMessage": s["message"], "uuid": uuid, "userId": s["user"], "dateChange": s["date"],
                        "authorName": self._user_by_id(s["user"]).get("name", ""),
                        "authorEmail": self._user_by_id(s["user"]).get("email", "")}
                       for s in reversed(record["statuses"])]
            return json_response(200, history)
        if request.method != "PUT":
            return text_response(405, "Method Not Allowed")
        denied = self._require(user, "Editor")
        if denied:
            return denied
        if not request.content_type().endswith("json"):
            return text_response(415, f"Content type '{request.content_type()}' not supported")
        if not self._can_edit(user, record):
            return api_error(403, "forbidden", "Operation not allowed. User needs to be able to edit the resource.")
        body = request.json()
        status = body.get("status")
        if status not in STATUS_VALUES:
            return api_error(400, "runtime_exception", "No value present")
        if not self.workflow_enabled:
            return api_error(400, "feature_disabled",
                             "Metadata workflow is disabled, can not be set the status of metadata")
        if not self._is_owner(user, record):
            return api_error(403, "forbidden", "Only the owner of the metadata can set the status of this record.")
        if status in (2, 5) and _rank(self._group_profile(user, record["group"])) < _rank("Reviewer"):
            return api_error(403, "forbidden", "Only a reviewer of the record's group can approve or reject it.")
        record["statuses"].append({"status": status, "user": user["id"], "date": _now(),
                                   "message": body.get("changeMessage", "")})
        return json_response(201, {str(record["id"]): "UPDATED"})

    def _user_by_id(self, user_id) -> dict:
        return next((u for u in self.users.values() if u["id"] == user_id), {})

    # -- search (the Elasticsearch proxy) ----------------------------------------------------------
    def _indexed(self, record) -> dict:
        """The record's document in the search index (the fields Passerelle may ask for)."""
        statuses = record["statuses"]
        owner = self._user_by_id(record["owner"])
        title = self.record_title(record["uuid"])
        return {"uuid": record["uuid"], "id": str(record["id"]), "isTemplate": "n", "draft": "n",
                "groupOwner": str(record["group"]), "owner": str(record["owner"]),
                "recordOwner": owner.get("name", ""), "isPublishedToAll": "view" in record["privileges"].get(1, set()),
                "statusWorkflow": STATUS_VALUES[statuses[-1]["status"]] if statuses else None,
                "dateStamp": record.get("date", ""), "resourceTitleObject": {"default": title, "langfre": title}}

    def _search(self, request: Request, user) -> Response:
        if not request.content_type().endswith("json"):
            return text_response(415, f"Content type '{request.content_type()}' not supported")
        try:
            body = request.json()
            clauses = _query_clauses(body.get("query", {"match_all": {}}))
            start, size = int(body.get("from", 0)), int(body.get("size", 10))
            includes = (body.get("_source") or {}).get("includes") if isinstance(body.get("_source"), dict) else None
            sort = _sort_field(body.get("sort"))
        except (ValueError, TypeError, AttributeError) as error:
            return json_response(400, {"error": {"root_cause": [{"type": "parsing_exception", "reason": str(error)}],
                                                 "type": "parsing_exception", "reason": str(error)}, "status": 400})
        documents = [self._indexed(r) for r in self.records.values() if self._can_view(user, r)]
        found = [d for d in documents if all(_matches(d, field, values) for field, values in clauses)]
        if sort:
            field, descending = sort
            found.sort(key=lambda d: str(d.get(field) or ""), reverse=descending)
        page = found[start:start + size]
        hits = [{"_index": "gn-records", "_id": d["uuid"], "_score": None,
                 "_source": {k: v for k, v in d.items() if includes is None or k in includes}} for d in page]
        return json_response(200, {"took": 1, "timed_out": False,
                                   "hits": {"total": {"value": len(found), "relation": "eq"}, "max_score": None,
                                            "hits": hits}})


def _query_clauses(query) -> list:
    """[(field, accepted values)] of a ``bool`` of ``term``/``terms`` (or ``match_all``); else ValueError."""
    if not isinstance(query, dict) or len(query) != 1:
        raise ValueError("query must hold exactly one clause")
    (kind, value), = query.items()
    if kind == "match_all":
        return []
    if kind in ("term", "terms"):
        (field, accepted), = value.items()
        if field not in SEARCH_FIELDS:
            raise ValueError(f"field [{field}] is not indexed here")
        accepted = accepted.get("value") if isinstance(accepted, dict) else accepted
        return [(field, list(accepted) if kind == "terms" else [accepted])]
    if kind == "bool":
        unknown = set(value) - {"filter", "must"}
        if unknown:
            raise ValueError(f"[bool] clause {sorted(unknown)} is not understood here")
        clauses = []
        for occur in ("filter", "must"):
            parts = value.get(occur, [])
            for part in parts if isinstance(parts, list) else [parts]:
                clauses += _query_clauses(part)
        return clauses
    raise ValueError(f"unknown query [{kind}]")


def _sort_field(sort):
    if not sort:
        return None
    entry = sort[0] if isinstance(sort, list) else sort
    if isinstance(entry, str):
        return entry, False
    (field, order), = entry.items()
    order = order.get("order", "asc") if isinstance(order, dict) else order
    return field, order == "desc"


def _matches(document: dict, field: str, accepted: list) -> bool:
    value = document.get(field)
    return any(str(value).lower() == str(a).lower() for a in accepted)


def _file_identifier(root) -> str:
    found = root.find("gmd:fileIdentifier/gco:CharacterString", NS)
    return (found.text or "").strip() if found is not None else ""


def _set_file_identifier(root, uuid: str) -> None:
    holder = root.find("gmd:fileIdentifier", NS)
    if holder is None:
        holder = etree.Element(f"{{{GMD}}}fileIdentifier")
        root.insert(0, holder)
    for child in list(holder):
        holder.remove(child)
    etree.SubElement(holder, f"{{{GCO}}}CharacterString").text = uuid


def _title(root) -> str:
    found = root.find("gmd:identificationInfo/*/gmd:citation/gmd:CI_Citation/gmd:title/*", NS)
    return (found.text or "").strip() if found is not None else ""
