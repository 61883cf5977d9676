"""Stand-in of the OpenDataSoft (Huwise) Automation API v1.0 subset Passerelle uses: the platform is SaaS only.

Strict on what the API reference documents (the generated client of github
``opendatasoft/opendatasoft-automation-sdk``, ``python/docs/*.md``, and the status list of
``opendatasoft/ods-documentation``):

- base ``/api/automation/v1.0/``, every path ends with ``/``; the API key travels in
  ``Authorization: Apikey <key>`` (``HeaderAPIKey``) or the ``apikey`` query parameter (``QueryAPIKey``);
- ``GET /datasets/?limit=&offset=&dataset_id=`` lists the datasets *this user can edit*
  (``{"total_count", "next", "previous", "results"}``); ``POST /datasets/`` → 201 ``Dataset``
  (``uid`` read-only, ``dataset_id``, ``is_published`` read-only, ``is_restricted``, ``metadata``
  required with ``metadata.default.title`` and ``metadata.default.language``); ``GET|PUT|DELETE
  /datasets/{uid}/`` (200, 200, 204; 404 unknown); ``dataset_id`` "can be modified when the dataset
  is not published";
- ``POST /datasets/{uid}/resources/files/`` (multipart ``file``) → 200 ``DatasetFile`` ``{uid,
  filename, mimetype, created_at}``; ``POST /datasets/{uid}/resources/`` → 201 ``Resource``
  ``{type, title, params, datasource: {"type": "uploaded_file", "file": {"uid": …}}}``; ``PUT`` /
  ``DELETE /datasets/{uid}/resources/{resource_uid}/``;
- ``POST /datasets/{uid}/publish/``, ``/publish_metadata/`` and ``/unpublish/`` answer 200 and
  work **asynchronously**; 400 "Invalid dataset status" when the dataset is busy;
  ``GET /datasets/{uid}/status/`` → ``{status, since, is_published, message, …}`` with ``status``
  among idle, queued, processing_dataset, processing_resource_records, processing_all_dataset_data,
  … error, limit_reached. Errors carry ``{"error_code", "message", "detail"}`` (``CreateDataset400Response``).
- Explore API v2.1 (the domain's public catalogue): ``GET /api/explore/v2.1/catalog/datasets?limit=&offset=``
  → ``{"total_count", "results": [{"dataset_id", "dataset_uid", "visibility", "has_records", "data_visible",
  "features", "fields", "metas": {template: {field: value}}}]}``, ``limit`` at most 100 and ``offset + limit``
  at most 10,000 (400 ``InvalidRESTParameterError`` beyond); anonymous callers see the published
  datasets that are not restricted, a key with the right sees the restricted ones too.

Choices of this stand-in where the documentation read does not settle it (tested as such):
401 without or with an unknown key, 403 on writes for a key without edit permission (and such a
key lists no dataset); ``dataset_id`` is ``[a-z0-9_-]{1,100}`` and unique; metadata templates are
``default``, ``visualization``, ``internal`` and ``dcat`` (``dcat`` can be switched off to act as a
domain without DCAT metadata) with the fields listed in :data:`TEMPLATES`, an unknown template or
field is a 400; ``dcat.accrualperiodicity`` must be an EU frequency URI; ``default.language`` is
an ISO 639-1 code; a PUT replaces the metadata fields it carries and keeps the others; the
extractor names are ``csvfile``, ``geojsonfile``, ``jsonfile``, ``shapefile``, ``xlsfile`` and must
fit the uploaded file's extension; publishing takes :attr:`publish_steps` status reads (queued,
processing…) before ``idle`` — or ``error`` when :attr:`fail_processing` is set, or never when
:attr:`stuck` is set; a dataset without resource ends its publication in ``error``. The request
log never holds the key.
"""
from __future__ import annotations

import datetime as _dt
import os
import re
import secrets
import tempfile
import threading

from support.standins import multipart_form
from support.standins.standin_server import Request, Response, StandIn, json_response

API = "/api/automation/v1.0/"
EXPLORE = "/api/explore/v2.1/"
EXPLORE_LIMIT, EXPLORE_WINDOW = 100, 10000
STATUSES = ("idle", "queued", "processing_dataset", "processing_resource_records", "processing_all_dataset_data",
            "processing_realtime", "deleting_dataset", "deleting_resource_records", "deleting_all_dataset_data",
            "saving_dataset_version", "error", "aborting_processing", "limit_reached", "recovering_realtime_records",
            "scratching_realtime_recover_data")
ACTIONABLE = ("idle", "error", "limit_reached")  # states from which publish/unpublish is accepted
TEMPLATES = {
    "default": {"title", "description", "keyword", "modified", "modified_updates_on_metadata_change",
                "modified_updates_on_data_change", "geographic_reference", "geographic_reference_auto", "language",
                "timezone", "publisher", "references", "attributions", "license", "theme"},
    "visualization": {"table_fields", "map_disabled", "map_marker_color", "analyze_disabled"},
    "internal": {"license_id", "theme_id", "draft"},
    "dcat": {"accrualperiodicity", "created", "issued", "creator", "contributor", "contact_name", "contact_email",
             "spatial", "temporal", "granularity", "dataquality"},
}
LIST_FIELDS = {("default", "keyword"), ("default", "theme"), ("default", "geographic_reference")}
LANGUAGES = ("fr", "en", "de", "es", "it", "nl", "pt", "ca", "eu")
EXTRACTORS = {"csvfile": ("csv",), "geojsonfile": ("geojson", "json"), "jsonfile": ("json",),
              "shapefile": ("zip", "shp"), "xlsfile": ("xls", "xlsx")}
EU_FREQUENCY = "http://publications.europa.eu/resource/authority/frequency/"
DATASET_ID = re.compile(r"^[a-z0-9_-]{1,100}$")


class _Abort(Exception):
    def __init__(self, status: int, error_code: str, message: str, detail=None):
        super().__init__(message)
        payload = {"error_code": error_code, "message": message}
        if detail is not None:
            payload["detail"] = detail
        self.response = json_response(status, payload)


def _now() -> str:
    return _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds")


def _uid(prefix: str) -> str:
    return f"{prefix}_{secrets.token_hex(3)}"


class OpenDataSoftStandIn(StandIn):
    """In-memory Automation API: datasets, metadata, uploaded files, resources and the publication state machine.

    ``keys`` maps an API key to ``(user, can_edit)``.
    """

    name = "opendatasoft-stand-in"

    def __init__(self, keys=None, data_dir=None, publish_steps: int = 2, dcat: bool = True):
        super().__init__()
        self.keys = dict(keys or {})
        self.templates = {k: v for k, v in TEMPLATES.items() if dcat or k != "dcat"}
        self.publish_steps = publish_steps
        self.fail_processing = False  # the next publications end in status "error"
        self.stuck = False  # publications never end (the client must give up)
        self.datasets = {}  # uid -> dict
        self.uploads = []  # received files: dataset, file, filename, size, largest_read, path, sha256
        self.status_reads = 0
        self.data_dir = data_dir or tempfile.mkdtemp(prefix="ods-standin-")
        os.makedirs(self.data_dir, exist_ok=True)
        self._state = threading.RLock()

    # -- test helpers ------------------------------------------------------------------------------
    def add_dataset(self, dataset_id: str, title: str = "Jeu du back-office", publisher: str = "Service voirie",
                    references=None, published: bool = True) -> dict:
        """A dataset created in the back-office (not by Passerelle), published, with one CSV resource."""
        now = _now()
        uid = _uid("da")
        metadata = {"default": {"title": {"value": title}, "language": {"value": "fr"},
                                "publisher": {"value": publisher}}}
        if references is not None:
            metadata["default"]["references"] = {"value": references}
        file = {"uid": _uid("fi"), "filename": "voirie.csv", "mimetype": "text/csv", "created_at": now,
                "_path": os.devnull}
        resource = {"uid": _uid("re"), "created_at": now, "updated_at": now, "type": "csvfile", "title": "voirie",
                    "params": {}, "datasource": {"type": "uploaded_file", "file": {"uid": file["uid"]}}}
        self.datasets[uid] = {"uid": uid, "dataset_id": dataset_id, "created_at": now, "updated_at": now,
                              "is_published": published, "is_restricted": False, "metadata": metadata,
                              "resources": {resource["uid"]: resource}, "files": {file["uid"]: file},
                              "status": "idle", "since": now, "message": None, "queue": [],
                              "has_unpublished_changes": False}
        return self.datasets[uid]

    def by_dataset_id(self, dataset_id: str):
        return next((d for d in self.datasets.values() if d["dataset_id"] == dataset_id), None)

    def value(self, uid: str, template: str, field: str):
        return self.datasets[uid]["metadata"].get(template, {}).get(field, {}).get("value")

    def file_content(self, uid: str, file_uid: str) -> bytes:
        with open(self.datasets[uid]["files"][file_uid]["_path"], "rb") as handle:
            return handle.read()

    # -- dispatch ----------------------------------------------------------------------------------
    def handle(self, request: Request) -> Response:
        try:
            with self._state:
                return self._route(request)
        except _Abort as abort:
            return abort.response

    def _route(self, request: Request) -> Response:
        if request.path.startswith(EXPLORE):
            return self._explore(request)
        if not request.path.startswith(API):
            raise _Abort(404, "NotFound", "Not found.")
        if not request.path.endswith("/"):
            raise _Abort(404, "NotFound", "Not found (the Automation API paths end with a slash).")
        user, can_edit = self._authentify(request)
        parts = request.path[len(API):].strip("/").split("/")
        method = request.method
        if method not in ("GET", "HEAD") and not can_edit:
            raise _Abort(403, "PermissionDenied", "You do not have permission to perform this action.")
        if parts == ["datasets"]:
            return self._call({"GET": self._list, "POST": self._create}, method, request, can_edit)
        if parts[0] != "datasets" or len(parts) < 2:
            raise _Abort(404, "NotFound", "Not found.")
        dataset = self.datasets.get(parts[1])
        if dataset is None or not can_edit:
            raise _Abort(404, "NotFound", "Not found.")
        rest = parts[2:]
        if not rest:
            return self._call({"GET": self._get, "PUT": self._update, "DELETE": self._delete}, method, request,
                              dataset)
        if rest == ["status"]:
            return self._call({"GET": self._status}, method, request, dataset)
        if rest in (["publish"], ["publish_metadata"], ["unpublish"]):
            return self._call({"POST": self._action}, method, request, dataset, rest[0])
        if rest == ["resources"]:
            return self._call({"GET": self._list_resources, "POST": self._create_resource}, method, request, dataset)
        if rest == ["resources", "files"]:
            return self._call({"POST": self._upload}, method, request, dataset)
        if len(rest) == 3 and rest[:2] == ["resources", "files"]:
            file = dataset["files"].get(rest[2])
            if file is None:
                raise _Abort(404, "NotFound", "Not found.")
            return self._call({"GET": lambda r, f: json_response(200, self._public(f))}, method, request, file)
        if len(rest) == 2 and rest[0] == "resources":
            resource = dataset["resources"].get(rest[1])
            if resource is None:
                raise _Abort(404, "NotFound", "Not found.")
            return self._call({"GET": lambda r, d, res: json_response(200, res), "PUT": self._update_resource,
                               "DELETE": self._delete_resource}, method, request, dataset, resource)
        raise _Abort(404, "NotFound", "Not found.")

    @staticmethod
    def _call(methods, method, request, *args):
        if method not in methods:
            raise _Abort(405, "MethodNotAllowed", f'Method "{method}" not allowed.')
        return methods[method](request, *args)

    def _authentify(self, request: Request):
        header = request.headers.get("Authorization") or ""
        in_query = request.param("apikey")
        if in_query:
            request.query["apikey"] = ["***"]  # the request log never holds a key
        key = None
        if header.lower().startswith("apikey "):
            key = header[7:].strip()
        elif in_query:
            key = in_query
        if not key:
            raise _Abort(401, "AuthenticationRequired", "Authentication credentials were not provided.")
        if key not in self.keys:
            raise _Abort(401, "InvalidAPIKey", "Invalid API key.")
        return self.keys[key]

    @staticmethod
    def _json(request: Request) -> dict:
        if "application/json" not in (request.headers.get("Content-Type") or ""):
            raise _Abort(415, "UnsupportedMediaType", "Unsupported media type in request.")
        try:
            body = request.json()
        except ValueError:
            raise _Abort(400, "ParseError", "JSON parse error.") from None
        if not isinstance(body, dict):
            raise _Abort(400, "ValidationError", "Invalid data. Expected a dictionary.")
        return body

    # -- Explore API v2.1: the domain's public catalogue ------------------------------------------
    def _explore(self, request: Request) -> Response:
        """``GET /api/explore/v2.1/catalog/datasets?limit=&offset=&order_by=``: the published datasets anyone
        sees (``visibility`` ``domain``), and the restricted ones too for a key allowed to see them."""
        if request.path.rstrip("/") != EXPLORE + "catalog/datasets":
            raise _Abort(404, "NotFound", "Not found.")
        if request.method not in ("GET", "HEAD"):
            raise _Abort(405, "MethodNotAllowed", f'Method "{request.method}" not allowed.')
        header = request.headers.get("Authorization") or ""
        key = header[7:].strip() if header.lower().startswith("apikey ") else request.param("apikey")
        if key and key not in self.keys:
            raise _Abort(401, "InvalidAPIKey", "Invalid API key.")
        sees_restricted = bool(key) and self.keys[key][1]
        try:
            limit = int(request.param("limit", "10"))
            offset = int(request.param("offset", "0"))
        except ValueError:
            raise _Abort(400, "InvalidRESTParameterError", "Invalid value for limit or offset.") from None
        if not 0 <= limit <= EXPLORE_LIMIT or offset < 0 or offset + limit > EXPLORE_WINDOW:
            raise _Abort(400, "InvalidRESTParameterError",
                         f"limit must be between 0 and {EXPLORE_LIMIT}, and offset + limit at most {EXPLORE_WINDOW}.")
        items = [d for d in self.datasets.values() if d["is_published"] and (sees_restricted or not d["is_restricted"])]
        if request.param("order_by") == "dataset_id":
            items.sort(key=lambda d: d["dataset_id"])
        return json_response(200, {"total_count": len(items),
                                   "results": [self._explored(d) for d in items[offset:offset + limit]]})

    def _explored(self, dataset: dict) -> dict:
        metas = {template: {name: field.get("value") for name, field in fields.items()}
                 for template, fields in dataset["metadata"].items()}
        has_records = bool(dataset["resources"])
        metas.setdefault("default", {}).update({"records_count": 0, "data_processed": dataset["updated_at"],
                                               "metadata_processed": dataset["updated_at"]})
        return {"visibility": "restricted" if dataset["is_restricted"] else "domain",
                "dataset_id": dataset["dataset_id"], "dataset_uid": dataset["uid"], "has_records": has_records,
                "data_visible": True, "features": ["analyze"] if has_records else [], "attachments": [],
                "alternative_exports": [], "fields": [], "metas": metas}

    # -- datasets ----------------------------------------------------------------------------------
    def _public(self, item: dict) -> dict:
        return {k: v for k, v in item.items() if not k.startswith("_")}

    def _render(self, dataset: dict) -> dict:
        return {"uid": dataset["uid"], "dataset_id": dataset["dataset_id"], "created_at": dataset["created_at"],
                "updated_at": dataset["updated_at"], "is_published": dataset["is_published"],
                "is_restricted": dataset["is_restricted"], "metadata": dataset["metadata"],
                "default_security": {"is_data_visible": True, "visible_fields": ["*"],
                                     "filter_query": "", "api_calls_quota": {"enabled": False}}}

    def _list(self, request, can_edit):
        try:
            limit = int(float(request.param("limit", "20")))
            offset = int(float(request.param("offset", "0")))
        except ValueError:
            raise _Abort(400, "ValidationError", "Invalid pagination parameters.") from None
        items = list(self.datasets.values()) if can_edit else []
        wanted = request.param("dataset_id")
        if wanted is not None:
            items = [d for d in items if d["dataset_id"] == wanted]
        page = items[offset:offset + limit] if limit else []

        def link(start):
            return f"{self.url}{API}datasets/?limit={limit}&offset={start}"

        return json_response(200, {"total_count": len(items), "results": [self._render(d) for d in page],
                                   "next": link(offset + limit) if limit and offset + limit < len(items) else None,
                                   "previous": link(max(0, offset - limit)) if offset else None})

    def _create(self, request, can_edit):
        body = self._json(request)
        now = _now()
        dataset = {"uid": _uid("da"), "dataset_id": "", "created_at": now, "updated_at": now, "is_published": False,
                   "is_restricted": False, "metadata": {}, "resources": {}, "files": {}, "status": "idle",
                   "since": now, "message": None, "queue": [], "has_unpublished_changes": True}
        self._apply(dataset, body, creating=True)
        if not dataset["dataset_id"]:
            dataset["dataset_id"] = dataset["uid"].replace("_", "-")
        self.datasets[dataset["uid"]] = dataset
        return json_response(201, self._render(dataset))

    def _get(self, request, dataset):
        return json_response(200, self._render(dataset))

    def _update(self, request, dataset):
        body = self._json(request)
        self._apply(dataset, body, creating=False)
        dataset["updated_at"] = _now()
        dataset["has_unpublished_changes"] = True
        return json_response(200, self._render(dataset))

    def _delete(self, request, dataset):
        del self.datasets[dataset["uid"]]
        return Response(204, b"", "application/json")

    def _apply(self, dataset: dict, body: dict, creating: bool) -> None:
        detail = {}
        if "dataset_id" in body:
            wanted = body["dataset_id"]
            if not isinstance(wanted, str) or not DATASET_ID.match(wanted):
                detail["dataset_id"] = ["Only lowercase letters, digits, '-' and '_' (at most 100)."]
            elif any(d["dataset_id"] == wanted and d["uid"] != dataset["uid"] for d in self.datasets.values()):
                detail["dataset_id"] = [f"The dataset_id '{wanted}' is already used on this domain."]
            elif dataset["is_published"] and wanted != dataset["dataset_id"]:
                detail["dataset_id"] = ["The dataset_id of a published dataset cannot be modified."]
        if "is_restricted" in body and not isinstance(body["is_restricted"], bool):
            detail["is_restricted"] = ["Must be a valid boolean."]
        metadata = body.get("metadata")
        if creating and metadata is None:
            detail["metadata"] = ["This field is required."]
        if metadata is not None:
            if not isinstance(metadata, dict):
                detail["metadata"] = ["Expected a dictionary of metadata templates."]
            else:
                for template, fields in metadata.items():
                    if template not in self.templates:
                        detail[f"metadata.{template}"] = [f"Unknown metadata template '{template}'."]
                        continue
                    if not isinstance(fields, dict):
                        detail[f"metadata.{template}"] = ["Expected a dictionary of fields."]
                        continue
                    for name, holder in fields.items():
                        where = f"metadata.{template}.{name}"
                        if name not in self.templates[template]:
                            detail[where] = [f"Unknown field '{name}' in template '{template}'."]
                        elif not isinstance(holder, dict) or "value" not in holder:
                            detail[where] = ['Expected an object {"value": ...}.']
                        else:
                            problem = self._field_problem(template, name, holder["value"])
                            if problem:
                                detail[where] = [problem]
                merged = {t: dict(f) for t, f in dataset["metadata"].items()}
                for template, fields in metadata.items() if isinstance(metadata, dict) else ():
                    if isinstance(fields, dict):
                        merged.setdefault(template, {}).update(fields)
                default = merged.get("default", {})
                for required in ("title", "language"):
                    value = default.get(required, {}).get("value") if isinstance(default.get(required), dict) else None
                    if not value:
                        detail.setdefault(f"metadata.default.{required}", ["This field is required."])
        if detail:
            raise _Abort(400, "ValidationError", "Invalid dataset.", detail)
        if "dataset_id" in body:
            dataset["dataset_id"] = body["dataset_id"]
        if "is_restricted" in body:
            dataset["is_restricted"] = body["is_restricted"]
        if metadata is not None:
            for template, fields in metadata.items():
                for name, holder in fields.items():
                    dataset["metadata"].setdefault(template, {})[name] = {"value": holder["value"]}
            dataset["metadata"].setdefault("default", {}).setdefault("modified", {"value": _now()})

    @staticmethod
    def _field_problem(template: str, name: str, value):
        if (template, name) in LIST_FIELDS:
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                return "Expected a list of strings."
        elif template == "default" and name == "language":
            if value not in LANGUAGES:
                return f"'{value}' is not a valid language code."
        elif template == "dcat" and name == "accrualperiodicity":
            if not (isinstance(value, str) and value.startswith(EU_FREQUENCY) and len(value) > len(EU_FREQUENCY)):
                return "Expected a frequency URI of the EU vocabulary."
        elif value is not None and not isinstance(value, (str, bool, int, float)):
            return "Unsupported value type."
        return None

    # -- publication state machine -----------------------------------------------------------------
    def _status_body(self, dataset: dict) -> dict:
        return {"status": dataset["status"], "since": dataset["since"], "is_published": dataset["is_published"],
                "message": dataset["message"], "records_errors": [], "params": {}}

    def _status(self, request, dataset):
        self.status_reads += 1
        if dataset["queue"] and not self.stuck:
            step = dataset["queue"].pop(0)
            dataset["status"], dataset["since"] = step[0], _now()
            if len(step) > 1:
                step[1](dataset)
        return json_response(200, self._status_body(dataset))

    def _action(self, request, dataset, action: str):
        if dataset["status"] not in ACTIONABLE:
            raise _Abort(400, "InvalidDatasetStatus",
                         f"Invalid precondition, dataset status is '{dataset['status']}' but must be one of "
                         f"'{', '.join(ACTIONABLE)}'.")
        if action == "unpublish" and not dataset["is_published"]:
            raise _Abort(400, "InvalidDatasetStatus", "The dataset is not published.")
        if action == "publish_metadata" and not dataset["is_published"]:
            raise _Abort(400, "InvalidDatasetStatus", "Only a published dataset can publish its metadata alone.")
        steps = [("queued",)] + [("processing_all_dataset_data",)] * max(0, self.publish_steps - 1)

        def finish(ds):
            if action == "unpublish":
                ds["is_published"], ds["message"] = False, None
            elif self.fail_processing or (action == "publish" and not ds["resources"]):
                ds["status"] = "error"
                ds["message"] = "Processing failed" if self.fail_processing else "The dataset has no resource."
            else:
                ds["is_published"], ds["message"], ds["has_unpublished_changes"] = True, None, False

        dataset["status"], dataset["since"] = "queued", _now()
        dataset["queue"] = steps[1:] + [("idle", finish)]
        return json_response(200, self._status_body(dataset))

    # -- files and resources -----------------------------------------------------------------------
    def _upload(self, request, dataset):
        try:
            parts = multipart_form.parse(request.body, request.headers.get("Content-Type", ""), self.data_dir)
        except multipart_form.MultipartError as error:
            raise _Abort(400, "ValidationError", "Invalid upload.", {"file": [str(error)]}) from None
        upload = parts.get("file")
        if upload is None or upload.filename is None:
            for part in parts.values():
                if part.path:
                    os.remove(part.path)
            raise _Abort(400, "ValidationError", "Invalid upload.", {"file": ["No file was submitted."]})
        if upload.size == 0:
            os.remove(upload.path)
            raise _Abort(400, "ValidationError", "Invalid upload.", {"file": ["The submitted file is empty."]})
        file = {"uid": _uid("fi"), "filename": os.path.basename(upload.filename), "mimetype": upload.content_type,
                "created_at": _now(), "_path": upload.path}
        dataset["files"][file["uid"]] = file
        self.uploads.append({"dataset": dataset["uid"], "file": file["uid"], "filename": file["filename"],
                             "size": upload.size, "sha256": upload.sha256, "largest_read": request.largest_read,
                             "chunked": request.chunked, "path": upload.path})
        return json_response(200, self._public(file))

    def _list_resources(self, request, dataset):
        items = list(dataset["resources"].values())
        return json_response(200, {"total_count": len(items), "next": None, "previous": None, "results": items})

    def _validate_resource(self, dataset: dict, body: dict, existing=None) -> dict:
        merged = {**(existing or {}), **body}
        detail = {}
        rtype = merged.get("type")
        if rtype not in EXTRACTORS:
            detail["type"] = [f"'{rtype}' is not a known extractor."]
        if not isinstance(merged.get("title"), str) or not merged["title"].strip():
            detail["title"] = ["This field is required."]
        if "params" in merged and not isinstance(merged["params"], dict):
            detail["params"] = ["Expected a dictionary."]
        source = merged.get("datasource")
        if not isinstance(source, dict) or "type" not in source:
            detail["datasource"] = ["This field is required."]
        elif source["type"] == "uploaded_file":
            file_uid = (source.get("file") or {}).get("uid")
            file = dataset["files"].get(file_uid)
            if file is None:
                detail["datasource"] = [f"Unknown file '{file_uid}' for this dataset."]
            elif rtype in EXTRACTORS and file["filename"].rsplit(".", 1)[-1].lower() not in EXTRACTORS[rtype]:
                detail["type"] = [f"The extractor '{rtype}' cannot read '{file['filename']}'."]
        elif source["type"] == "http":
            connection = source.get("connection") or {}
            if not (connection.get("url") or connection.get("uid")):
                detail["datasource"] = ["An HTTP datasource needs a connection."]
        else:
            detail["datasource"] = [f"Datasource type '{source['type']}' is not modelled by the stand-in."]
        if detail:
            raise _Abort(400, "ValidationError", "Invalid resource.", detail)
        return {"type": rtype, "title": merged["title"], "params": merged.get("params") or {},
                "datasource": source}

    def _create_resource(self, request, dataset):
        values = self._validate_resource(dataset, self._json(request))
        now = _now()
        resource = {"uid": _uid("re"), "created_at": now, "updated_at": now, **values}
        dataset["resources"][resource["uid"]] = resource
        dataset["has_unpublished_changes"] = True
        return json_response(201, resource)

    def _update_resource(self, request, dataset, resource):
        values = self._validate_resource(dataset, self._json(request), resource)
        resource.update(values)
        resource["updated_at"] = _now()
        dataset["has_unpublished_changes"] = True
        return json_response(200, resource)

    def _delete_resource(self, request, dataset, resource):
        del dataset["resources"][resource["uid"]]
        dataset["has_unpublished_changes"] = True
        return Response(204, b"", "application/json")
