"""Stand-in of the GeoServer REST API subset Passerelle uses, plus WMS/WFS GetCapabilities (GeoServer is Java).

Statuses and refusals follow GeoServer's source (github ``geoserver/geoserver``,
``src/restconfig/src/main/java/org/geoserver/rest/catalog/`` and ``src/rest/.../RestControllerAdvice.java``):

- ``WorkspaceController``: POST answers 201 (text/plain name + Location); POST of an existing workspace
  answers **409** ``CONFLICT`` "Workspace 'x' already exists" on current GeoServer (**401**,
  ``HttpStatus.UNAUTHORIZED``, on older ones: :attr:`GeoServerStandIn.workspace_exists_status`); DELETE
  without ``recurse`` of a workspace holding stores answers **403** "Workspace not empty" — and only
  stores are checked: a workspace holding nothing but styles, layer groups or local settings is removed
  with them (``catalog.remove(ws)``), which is what an administrator would lose.
- ``DataStoreController``: POST of an existing store fails catalog validation (IllegalArgumentException)
  which ``RestControllerAdvice`` turns into **500**; PUT cannot rename (403); DELETE without ``recurse`` of
  a store holding feature types answers **403**; ``purge`` is accepted and **ignored** for data stores
  (``dataStoreDelete`` never reads it): the uploaded file stays in the data directory.
- ``LayerGroupController`` (global ``/layergroups`` and ``/workspaces/{ws}/layergroups``): GET list and
  one group (``publishables``/``published`` entries ``{"@type": "layer", "name": "ws:layer"}``), POST 201,
  DELETE 200. ``LayerController`` DELETE without ``recurse`` of a layer a group references fails catalog
  validation, **500** "Unable to delete layer referenced by layer group"; ``CascadeDeleteVisitor``
  (``recurse=true`` on a layer or feature type) takes the layer out of every group and removes a group
  left empty.
- ``LocalSettingsController``: GET ``/workspaces/{ws}/settings`` answers 200 even without local settings
  (a blank ``settings`` without ``workspace``); service settings ``/services/{wms,wfs,wcs,wmts}/workspaces/
  {ws}/settings`` answer 404 when the workspace has none.
- ``ResourceController`` (``/rest/resource/{path}``): GET of a directory (``format=json``) lists its
  ``ResourceDirectory``/``children``/``child``, DELETE removes a file or a directory (404 when undefined).
- ``DataStoreFileController``: ``PUT .../{store}/file.{ext}`` maps ``gpkg`` to the GeoPackage factory,
  creates the store when missing, answers **202** by default and **201** once a feature type is configured
  or with ``configure=none``; ``configure=first`` (default) | ``all`` | ``none``; an existing store of
  another type (PostGIS) gets the data copied into it (``update=append|overwrite``) and the upload is
  deleted; ``zip`` bodies are unpacked; an unknown extension is a **400** "Unsupported format".
- ``FeatureTypeController``: POST answers 201; a name already used in the namespace fails validation
  (**500**); a table missing from the store without ``attributes`` is a **400**; POST also creates the
  layer; DELETE without ``recurse`` of a published feature type answers **403**.
- ``StyleController``: SLD bodies by Content-Type (``application/vnd.ogc.sld+xml`` SLD 1.0,
  ``application/vnd.ogc.se+xml`` SLD 1.1); an unknown Content-Type has no style handler (**500** on POST,
  **400** "Invalid style" on PUT); POST of an existing style answers **403** "Style x already exists.";
  DELETE of a style a layer uses answers **403** unless ``recurse``.
- Endpoints reading JSON/XML objects (workspaces, datastores, feature types, layers) declare
  ``consumes`` JSON/XML: any other Content-Type is a **415** (Spring).
- Security (default ``rest.properties``): all of ``/rest`` needs the ADMIN role: no or wrong credentials
  **401**, an authenticated non-admin **403**. OWS capabilities are anonymous.
- JSON as GeoServer's XStream/Jettison writes it: a one-element collection is written as an object, not a
  list (``"metadata": {"entry": {"@key": ..., "$": ...}}``), an empty collection as ``""``.
- Virtual (workspace) services list their layers without the workspace prefix.

Stand-in choices where the source does not settle it: an unresolvable default style on a layer PUT is a
500.
"""
from __future__ import annotations

import html
import json
import os
import re
import shutil
import sqlite3
import tempfile
import zipfile
from xml.sax.saxutils import escape

from lxml import etree

from support.standins.standin_server import Request, Response, StandIn, json_response, text_response

JSON_TYPES = ("application/json", "text/json")
XML_TYPES = ("application/xml", "text/xml")
SLD_TYPES = {"application/vnd.ogc.sld+xml": "1.0.0", "application/vnd.ogc.se+xml": "1.1.0"}
GENERIC_STYLE = (None, "generic")


def _as_list(value) -> list:
    """GeoServer's collections in JSON: a list, one object, or "" when empty."""
    if value in (None, ""):
        return []
    return value if isinstance(value, list) else [value]


def _jettison(items: list):
    """How GeoServer writes a collection: a single element is not wrapped in a list."""
    return items[0] if len(items) == 1 else items


def _xml_to_dict(element):
    children = list(element)
    if not children:
        return (element.text or "").strip()
    result = {}
    for child in children:
        value = _xml_to_dict(child)
        if child.tag in result:
            if not isinstance(result[child.tag], list):
                result[child.tag] = [result[child.tag]]
            result[child.tag].append(value)
        else:
            result[child.tag] = value
    return result


def _dict_to_xml(name: str, value) -> str:
    if isinstance(value, dict):
        inner = "".join(_dict_to_xml(k.lstrip("@$") or "value", v) for k, v in value.items())
        return f"<{name}>{inner}</{name}>"
    if isinstance(value, list):
        return "".join(_dict_to_xml(name, v) for v in value)
    text = "true" if value is True else "false" if value is False else "" if value is None else str(value)
    return f"<{name}>{escape(text)}</{name}>"


class GeoServerStandIn(StandIn):
    """In-memory GeoServer catalogue with uploaded files on disk (``data_dir``)."""

    name = "geoserver-stand-in"
    context = "/geoserver"

    def __init__(self, passwords=None, data_dir: str = ""):
        super().__init__()
        passwords = passwords or {}
        self.users = {"admin": {"password": passwords.get("admin", "geoserver"), "admin": True},
                      "lecteur": {"password": passwords.get("lecteur", "lecteur-pw"), "admin": False}}
        self.data_dir = data_dir or tempfile.mkdtemp(prefix="geoserver-standin-")
        self.workspaces = {}  # name -> {"name", "isolated"}
        self.datastores = {}  # (ws, name) -> dict(name, type, description, enabled, params, tables {name: rows})
        self.featuretypes = {}  # (ws, store, name) -> dict
        self.layers = {}  # (ws, name) -> dict(name, resource (ws, store, ft), default_style (ws|None, name), enabled)
        self.styles = {GENERIC_STYLE: {"name": "generic", "workspace": None, "format": "sld",
                                       "version": "1.0.0", "body": b"<StyledLayerDescriptor/>"}}
        self.uploads = []  # one dict per file upload: ws, store, size, chunked, largest_read, content_type
        self.layergroups = {}  # (ws|None, name) -> {"name", "workspace", "layers": ["ws:layer", ...]}
        self.local_settings = set()  # workspaces with settings of their own
        self.service_settings = set()  # (service, ws) with service settings of their own
        self.workspace_exists_status = 409  # GeoServer >= 2.15 (CONFLICT); 401 on older versions

    @property
    def base_url(self) -> str:
        """What a profile puts in ``url``: ``http://127.0.0.1:PORT/geoserver``."""
        return self.url + self.context

    # -- test helpers ------------------------------------------------------------------------------
    def add_postgis_store(self, workspace: str, name: str, tables=()) -> None:
        """A PostGIS store configured by someone else (Passerelle may reuse it, never delete it)."""
        self._ensure_workspace(workspace)
        self.datastores[(workspace, name)] = {
            "name": name, "type": "PostGIS", "description": "", "enabled": True, "file": None,
            "params": {"host": "db", "port": "5432", "database": "sig", "schema": "public", "user": "gs",
                       "passwd": "x", "dbtype": "postgis"},
            "tables": {t: 1 for t in tables}}

    def add_foreign_layer(self, workspace: str, name: str = "cadastre", store: str = "cadastre_shp",
                          style: str = "cadastre") -> None:
        """A layer published by someone else in ``workspace``: store, feature type, layer and its style."""
        self._ensure_workspace(workspace)
        self.datastores[(workspace, store)] = {
            "name": store, "type": "Shapefile", "description": "Cadastre (service SIG)", "enabled": True,
            "file": None, "params": {"url": f"file:data/{workspace}/{store}"}, "tables": {name: 10}}
        self.styles[(workspace, style)] = {"name": style, "workspace": workspace, "format": "sld",
                                           "version": "1.0.0", "body": b"<StyledLayerDescriptor/>"}
        self._add_featuretype(workspace, store, {"name": name, "nativeName": name, "title": "Cadastre"})
        self.layers[(workspace, name)]["default_style"] = (workspace, style)

    def add_layer_group(self, name: str, layers, workspace=None) -> None:
        """A layer group an administrator composed (``layers``: ``ws:layer`` names)."""
        self.layergroups[(workspace, name)] = {"name": name, "workspace": workspace, "layers": list(layers)}

    def files(self, workspace: str) -> list:
        """Paths, relative to the data directory, of the files under ``data/<workspace>``."""
        root = os.path.join(self.data_dir, "data", workspace)
        return sorted(os.path.relpath(os.path.join(folder, f), self.data_dir)
                      for folder, _, names in os.walk(root) for f in names)

    def snapshot(self) -> dict:
        """Everything in the catalogue, as comparable sets of keys."""
        return {"workspaces": set(self.workspaces), "datastores": set(self.datastores),
                "featuretypes": set(self.featuretypes), "layers": set(self.layers),
                "styles": {k for k in self.styles if k != GENERIC_STYLE}}

    def _ensure_workspace(self, name: str) -> None:
        self.workspaces.setdefault(name, {"name": name, "isolated": False})

    # -- dispatch ----------------------------------------------------------------------------------
    def handle(self, request: Request) -> Response:
        if not request.path.startswith(self.context + "/"):
            return text_response(404, "Not Found")
        parts = [p for p in request.path[len(self.context):].split("/") if p]
        if parts and parts[0] == "rest":
            denied = self._authorise(request)
            return denied or self._rest(request, parts[1:])
        if parts and parts[-1].lower() in ("wms", "wfs", "ows") and len(parts) <= 2:
            return self._ows(request, parts[0] if len(parts) == 2 else None, parts[-1].lower())
        return text_response(404, "Not Found")

    def _authorise(self, request: Request):
        credentials = request.basic_credentials()
        challenge = {"WWW-Authenticate": 'Basic realm="GeoServer Realm"'}
        if credentials is None:
            return text_response(401, "HTTP 401 Unauthorized", challenge)
        user = self.users.get(credentials[0])
        if user is None or user["password"] != credentials[1]:
            return text_response(401, "HTTP 401 Unauthorized", challenge)
        if not user["admin"]:
            return text_response(403, "Access denied")
        return None

    def _rest(self, request: Request, parts: list) -> Response:
        method = request.method
        fmt = "json" if request.accepts("json") else "xml" if request.accepts("xml") else "html"
        if parts and "." in parts[-1] and parts[-1].rsplit(".", 1)[1] in ("json", "xml", "html"):
            parts[-1], fmt = parts[-1].rsplit(".", 1)
        n = len(parts)
        if parts[:1] == ["resource"]:
            return self._resource(request, parts[1:])
        if parts[:1] == ["layergroups"] and n <= 2:
            return self._layergroups(request, None, parts[1] if n == 2 else None, fmt)
        if parts[:1] == ["services"] and n == 5 and parts[2] == "workspaces" and parts[4] == "settings":
            if (parts[1], parts[3]) in self.service_settings:
                return self._render({parts[1]: {"workspace": {"name": parts[3]}, "enabled": True}}, fmt)
            return text_response(404, f"Service for workspace {parts[3]} does not exist")
        if parts[:1] == ["workspaces"]:
            if n == 1:
                return self._workspaces(request, fmt)
            ws = parts[1]
            if n == 2:
                return self._workspace(request, ws, fmt)
            if ws not in self.workspaces and request.method == "GET" and parts[2] != "datastores":
                return text_response(404, f"No such workspace: '{ws}' found")
            if parts[2] == "layergroups" and n <= 4:
                return self._layergroups(request, ws, parts[3] if n == 4 else None, fmt)
            if parts[2] in ("coveragestores", "wmsstores", "wmtsstores") and n == 3 and request.method == "GET":
                root = {"coveragestores": "coverageStores", "wmsstores": "wmsStores", "wmtsstores": "wmtsStores"}
                return self._render({root[parts[2]]: ""}, fmt)
            if parts[2] == "settings" and n == 3 and request.method == "GET":
                local = {"workspace": {"name": ws}} if ws in self.local_settings else {}
                return self._render({"settings": {**local, "charset": "UTF-8", "numDecimals": 4,
                                                  "verbose": False}}, fmt)
            if parts[2] == "datastores":
                if n == 3:
                    return self._datastores(request, ws, fmt)
                store = parts[3]
                if n == 4:
                    return self._datastore(request, ws, store, fmt)
                upload = re.fullmatch(r"(file|url|external)\.(\w+)", parts[4])
                if n == 5 and upload and method == "PUT":
                    return self._upload(request, ws, store, upload.group(1), upload.group(2))
                if parts[4] == "featuretypes":
                    if n == 5:
                        return self._featuretypes(request, ws, store, fmt)
                    if n == 6:
                        return self._featuretype(request, ws, store, parts[5], fmt)
            if parts[2] == "featuretypes" and n == 4 and method == "GET":
                found = [k for k in self.featuretypes if k[0] == ws and k[2] == parts[3]]
                if not found:
                    return text_response(404, f"No such feature type: {ws},{parts[3]}")
                return self._featuretype(request, ws, found[0][1], parts[3], fmt)
            if parts[2] == "styles":
                if n == 3:
                    return self._styles(request, ws, fmt)
                if n == 4:
                    return self._style(request, ws, parts[3], fmt)
            if parts[2] == "layers" and n == 4:
                return self._layer(request, ws, parts[3], fmt)
        if parts[:1] == ["layers"] and n == 2:
            ws, _, name = parts[1].rpartition(":")
            return self._layer(request, ws or None, name, fmt)
        if parts[:1] == ["styles"]:
            if n == 1:
                return self._styles(request, None, fmt)
            if n == 2:
                return self._style(request, None, parts[1], fmt)
        return text_response(404, "No mapping for " + request.path)

    @staticmethod
    def _render(payload: dict, fmt: str) -> Response:
        if fmt == "json":
            return json_response(200, payload)
        if fmt == "xml":
            (name, value), = payload.items()
            return Response(200, _dict_to_xml(name, value).encode("utf-8"), "application/xml")
        return Response(200, f"<html><body><pre>{html.escape(json.dumps(payload))}</pre></body></html>"
                        .encode("utf-8"), "text/html")

    @staticmethod
    def _read_object(request: Request, root: str):
        """The JSON/XML object of a catalogue write, or a Response (415/400) explaining the refusal."""
        content_type = request.content_type()
        if content_type in JSON_TYPES:
            try:
                body = request.json()
            except ValueError as exc:
                return text_response(400, f"JSON parse error: {exc}")
        elif content_type in XML_TYPES:
            try:
                element = etree.fromstring(request.data(), etree.XMLParser(resolve_entities=False, no_network=True))
            except etree.XMLSyntaxError as exc:
                return text_response(400, f"XML parse error: {exc}")
            body = {element.tag: _xml_to_dict(element)}
        else:
            return text_response(415, f"Content type '{content_type}' not supported")
        if not isinstance(body, dict) or not isinstance(body.get(root), dict):
            return text_response(400, f"Expected a '{root}' object")
        return body[root]

    def _href(self, path: str) -> str:
        return f"{self.base_url}/rest/{path}.json"

    # -- workspaces --------------------------------------------------------------------------------
    def _workspaces(self, request: Request, fmt: str) -> Response:
        if request.method == "GET":
            items = [{"name": w, "href": self._href(f"workspaces/{w}")} for w in sorted(self.workspaces)]
            return self._render({"workspaces": {"workspace": _jettison(items)} if items else ""}, fmt)
        if request.method != "POST":
            return text_response(405, "Method Not Allowed")
        body = self._read_object(request, "workspace")
        if isinstance(body, Response):
            return body
        name = body.get("name", "")
        if name in self.workspaces:
            return text_response(self.workspace_exists_status, f"Workspace '{name}' already exists")
        if not re.fullmatch(r"[A-Za-z_][\w.-]*", name or ""):
            return text_response(500, f"Illegal workspace name: {name}")
        self.workspaces[name] = {"name": name, "isolated": str(body.get("isolated", "false")).lower() == "true"}
        return text_response(201, name, {"Location": f"{self.base_url}/rest/workspaces/{name}"})

    def _workspace(self, request: Request, ws: str, fmt: str) -> Response:
        if ws not in self.workspaces:
            if request.method == "GET" and request.param("quietOnNotFound") == "true":
                return text_response(404, "")
            return text_response(404, f"No such workspace: '{ws}' found")
        if request.method == "GET":
            return self._render({"workspace": {**self.workspaces[ws],
                                               "dataStores": self._href(f"workspaces/{ws}/datastores")}}, fmt)
        if request.method == "DELETE":
            recurse = request.param("recurse", "false") == "true"
            stores = [k for k in self.datastores if k[0] == ws]
            if not recurse and stores:  # GeoServer checks the stores only
                return text_response(403, "Workspace not empty")
            for store in stores:
                self._delete_store(*store)
            for style in [k for k in self.styles if k[0] == ws]:  # lost with it, recurse or not
                self._delete_style(style)
            for group in [k for k in self.layergroups if k[0] == ws]:
                del self.layergroups[group]
            self.local_settings.discard(ws)
            self.service_settings = {k for k in self.service_settings if k[1] != ws}
            del self.workspaces[ws]
            return text_response(200, "")
        if request.method == "PUT":
            body = self._read_object(request, "workspace")
            if isinstance(body, Response):
                return body
            isolated = body.get("isolated", self.workspaces[ws]["isolated"])
            self.workspaces[ws]["isolated"] = str(isolated).lower() == "true"
            return text_response(200, "")
        return text_response(405, "Method Not Allowed")

    # -- datastores --------------------------------------------------------------------------------
    def _store_json(self, ws: str, store: dict) -> dict:
        entries = [{"@key": k, "$": str(v)} for k, v in sorted(store["params"].items())]
        return {"name": store["name"], "description": store["description"], "type": store["type"],
                "enabled": store["enabled"], "workspace": {"name": ws, "href": self._href(f"workspaces/{ws}")},
                "connectionParameters": {"entry": _jettison(entries)} if entries else "",
                "_default": False,
                "featureTypes": self._href(f"workspaces/{ws}/datastores/{store['name']}/featuretypes")}

    def _datastores(self, request: Request, ws: str, fmt: str) -> Response:
        if request.method == "GET":
            if ws not in self.workspaces:
                return text_response(404, f"No such workspace : {ws}")
            items = [{"name": k[1], "href": self._href(f"workspaces/{ws}/datastores/{k[1]}")}
                     for k in sorted(self.datastores) if k[0] == ws]
            return self._render({"dataStores": {"dataStore": _jettison(items)} if items else ""}, fmt)
        if request.method != "POST":
            return text_response(405, "Method Not Allowed")
        body = self._read_object(request, "dataStore")
        if isinstance(body, Response):
            return body
        if ws not in self.workspaces:
            return text_response(500, "Cannot invoke \"org.geoserver.catalog.WorkspaceInfo.getName()\" because "
                                      "\"ws\" is null")
        declared = (body.get("workspace") or {}).get("name") if isinstance(body.get("workspace"), dict) else None
        if declared and declared != ws:
            return text_response(403, f"Expected workspace {ws} but client specified {declared}")
        name = body.get("name", "")
        if not name:
            return text_response(500, "Store name must not be null")
        if (ws, name) in self.datastores:
            return text_response(500, f"Store '{name}' already exists in workspace '{ws}'")
        params = _connection_parameters(body.get("connectionParameters"))
        store_type = body.get("type") or {"postgis": "PostGIS",
                                          "geopkg": "GeoPackage"}.get(params.get("dbtype", ""), "")
        self.datastores[(ws, name)] = {"name": name, "type": store_type, "description": body.get("description", ""),
                                       "enabled": True, "file": None, "params": params, "tables": {}}
        return text_response(201, name, {"Location": f"{self.base_url}/rest/workspaces/{ws}/datastores/{name}"})

    def _datastore(self, request: Request, ws: str, name: str, fmt: str) -> Response:
        store = self.datastores.get((ws, name))
        if store is None:
            return text_response(404, f"No such datastore: {ws},{name}")
        if request.method == "GET":
            return self._render({"dataStore": self._store_json(ws, store)}, fmt)
        if request.method == "PUT":
            body = self._read_object(request, "dataStore")
            if isinstance(body, Response):
                return body
            if body.get("name", name).lower() != name.lower():
                return text_response(403, "can not change name of a datastore")
            declared = body.get("workspace")
            if isinstance(declared, dict) and declared.get("name", ws).lower() != ws.lower():
                return text_response(403, "can not change name of a workspace")
            for key in ("description", "type"):
                if key in body:
                    store[key] = body[key]
            if "enabled" in body:
                store["enabled"] = str(body["enabled"]).lower() == "true"
            if body.get("connectionParameters"):
                store["params"].update(_connection_parameters(body["connectionParameters"]))
            return text_response(200, "")
        if request.method == "DELETE":
            recurse = request.param("recurse", "false") == "true"
            purge = request.param("purge", "none")
            if purge not in ("none", "metadata", "all"):
                return text_response(400, f"Invalid purge value: {purge}")
            if not recurse and any(k[:2] == (ws, name) for k in self.featuretypes):
                return text_response(403, "Unable to delete non-empty datastore.")
            self._delete_store(ws, name)  # purge is not read: the uploaded file stays
            return text_response(200, "")
        return text_response(405, "Method Not Allowed")

    def _delete_store(self, ws: str, name: str) -> None:
        for key in [k for k in self.featuretypes if k[:2] == (ws, name)]:
            self._delete_featuretype(key, cascade=True)
        self.datastores.pop((ws, name))

    # -- uploads -----------------------------------------------------------------------------------
    def _upload(self, request: Request, ws: str, name: str, method: str, extension: str) -> Response:
        if method != "file":
            return text_response(501, f"The stand-in does not model '{method}.' uploads")
        if extension != "gpkg":
            return text_response(400, f"Unsupported format: {extension}")
        if ws not in self.workspaces:
            return text_response(500, "Cannot invoke \"org.geoserver.catalog.NamespaceInfo.getURI()\" because "
                                      "\"namespace\" is null")
        folder = os.path.join(self.data_dir, "data", ws, name)
        os.makedirs(folder, exist_ok=True)
        path = os.path.join(folder, f"{name}.gpkg")
        if request.content_type() == "application/zip":
            temporary = path + ".zip"
            request.save_body(temporary)
            try:
                with zipfile.ZipFile(temporary) as archive:
                    member = next(m for m in archive.namelist() if m.lower().endswith(".gpkg"))
                    with archive.open(member) as source, open(path, "wb") as target:
                        shutil.copyfileobj(source, target)
            except (zipfile.BadZipFile, StopIteration) as exc:
                return text_response(500, f"Error occured unzipping file: {exc}")
            finally:
                os.remove(temporary)
        else:
            request.save_body(path)
        self.uploads.append({"workspace": ws, "store": name, "size": request.body_size, "chunked": request.chunked,
                             "largest_read": request.largest_read, "content_type": request.content_type(),
                             "path": path})
        try:
            tables = _geopackage_tables(path)
        except sqlite3.DatabaseError as exc:
            return text_response(500, f"java.lang.RuntimeException: Unable to create source data store: {exc}")
        store = self.datastores.get((ws, name))
        update = request.param("update", "append")
        if store is None:
            store = {"name": name, "type": "GeoPackage", "description": "", "enabled": True, "file": path,
                     "params": {"database": f"file:data/{ws}/{name}/{name}.gpkg", "dbtype": "geopkg"},
                     "tables": tables}
            self.datastores[(ws, name)] = store
        elif store["type"] == "GeoPackage":
            store["file"] = path
            store["params"]["database"] = f"file:data/{ws}/{name}/{name}.gpkg"
            store["tables"] = tables
        else:  # data copied into the existing store (e.g. PostGIS), the upload is then deleted
            for table, count in tables.items():
                store["tables"][table] = count if update == "overwrite" else store["tables"].get(table, 0) + count
            shutil.rmtree(folder, ignore_errors=True)
        configure = (request.param("configure") or "first").lower()
        if configure == "none":
            return text_response(201, "")
        status = 202
        for index, table in enumerate(tables):
            if configure != "all" and index > 0:
                break
            existing = next((k for k, ft in self.featuretypes.items()
                             if k[:2] == (ws, name) and ft["nativeName"] == table), None)
            if existing is None:
                ft_name, suffix = table, 1
                while any(k[0] == ws and k[2] == ft_name for k in self.featuretypes):
                    ft_name, suffix = f"{table}{suffix}", suffix + 1
                self._add_featuretype(ws, name, {"name": ft_name, "nativeName": table, "title": ft_name})
            status = 201
        return text_response(status, "")

    # -- feature types -----------------------------------------------------------------------------
    def _add_featuretype(self, ws: str, store: str, body: dict) -> dict:
        name = body["name"]
        ft = {"name": name, "nativeName": body.get("nativeName") or name, "title": body.get("title", name),
              "abstract": body.get("abstract", ""), "keywords": [], "srs": body.get("srs", "EPSG:4326"),
              "projectionPolicy": body.get("projectionPolicy", "FORCE_DECLARED"), "metadataLinks": [],
              "metadata": {}, "enabled": True}
        self._apply_featuretype(ft, body)
        ft["enabled"] = True
        self.featuretypes[(ws, store, name)] = ft
        self.layers[(ws, name)] = {"name": name, "resource": (ws, store, name), "default_style": GENERIC_STYLE,
                                   "styles": [], "enabled": True}
        return ft

    @staticmethod
    def _apply_featuretype(ft: dict, body: dict) -> None:
        for key in ("name", "nativeName", "title", "abstract", "srs", "projectionPolicy"):
            if key in body:
                ft[key] = body[key]
        if "keywords" in body:
            ft["keywords"] = [str(k) for k in _as_list((body["keywords"] or {}).get("string")
                                                       if isinstance(body["keywords"], dict) else None)]
        if "metadataLinks" in body:
            links = ((body["metadataLinks"] or {}).get("metadataLink") if isinstance(body["metadataLinks"], dict)
                     else None)
            ft["metadataLinks"] = [dict(link) for link in _as_list(links)]
        if "metadata" in body:
            entries = (body["metadata"] or {}).get("entry") if isinstance(body["metadata"], dict) else None
            ft["metadata"] = {e["@key"]: e.get("$", "") for e in _as_list(entries)}
        if "enabled" in body:
            ft["enabled"] = str(body["enabled"]).lower() == "true"

    def _ft_json(self, ws: str, store: str, ft: dict) -> dict:
        entries = [{"@key": k, "$": v} for k, v in sorted(ft["metadata"].items())]
        return {"name": ft["name"], "nativeName": ft["nativeName"],
                "namespace": {"name": ws, "href": self._href(f"namespaces/{ws}")},
                "title": ft["title"], "abstract": ft["abstract"],
                "keywords": {"string": _jettison(ft["keywords"])} if ft["keywords"] else "",
                "metadataLinks": {"metadataLink": _jettison(ft["metadataLinks"])} if ft["metadataLinks"] else "",
                "srs": ft["srs"], "projectionPolicy": ft["projectionPolicy"], "enabled": ft["enabled"],
                "metadata": {"entry": _jettison(entries)} if entries else "",
                "store": {"@class": "dataStore", "name": f"{ws}:{store}",
                          "href": self._href(f"workspaces/{ws}/datastores/{store}")}}

    def _featuretypes(self, request: Request, ws: str, store: str, fmt: str) -> Response:
        info = self.datastores.get((ws, store))
        if request.method == "GET":
            if info is None:
                return text_response(404, f"No such data store: {ws},{store}")
            listing = request.param("list", "configured")
            configured = {ft["nativeName"] for k, ft in self.featuretypes.items() if k[:2] == (ws, store)}
            if listing in ("available", "available_with_geom", "all"):
                names = [t for t in info["tables"] if listing == "all" or t not in configured]
                return self._render({"list": {"string": _jettison(names)} if names else ""}, fmt)
            items = [{"name": k[2], "href": self._href(f"workspaces/{ws}/datastores/{store}/featuretypes/{k[2]}")}
                     for k in sorted(self.featuretypes) if k[:2] == (ws, store)]
            return self._render({"featureTypes": {"featureType": _jettison(items)} if items else ""}, fmt)
        if request.method != "POST":
            return text_response(405, "Method Not Allowed")
        body = self._read_object(request, "featureType")
        if isinstance(body, Response):
            return body
        if info is None:
            return text_response(404, f"No such data store: {ws},{store}")
        name = body.get("name")
        if not name:
            return text_response(400, "Trying to create new feature type inside the store, but no feature type "
                                      "name was specified")
        native = body.get("nativeName") or name
        if native not in info["tables"]:
            if not _as_list((body.get("attributes") or {}).get("attribute") if isinstance(body.get("attributes"), dict)
                            else None):
                return text_response(400, "Trying to create new feature type inside the store, but no attributes "
                                          "were specified")
            info["tables"][native] = 0
        if any(k[0] == ws and k[2] == name for k in self.featuretypes):
            return text_response(500, f"Resource named '{name}' already exists in namespace: '{ws}'")
        self._add_featuretype(ws, store, body)
        return text_response(201, "", {"Location": f"{self.base_url}/rest/workspaces/{ws}/datastores/{store}"
                                                   f"/featuretypes/{name}"})

    def _featuretype(self, request: Request, ws: str, store: str, name: str, fmt: str) -> Response:
        if (ws, store) not in self.datastores:
            return text_response(404, f"No such data store: {ws},{store}")
        key = (ws, store, name)
        ft = self.featuretypes.get(key)
        if ft is None:
            return text_response(404, f"No such feature type: {ws},{store},{name}")
        if request.method == "GET":
            return self._render({"featureType": self._ft_json(ws, store, ft)}, fmt)
        if request.method == "PUT":
            body = self._read_object(request, "featureType")
            if isinstance(body, Response):
                return body
            new_name = body.get("name", name)
            if new_name != name and any(k[0] == ws and k[2] == new_name for k in self.featuretypes):
                return text_response(500, f"Resource named '{new_name}' already exists in namespace: '{ws}'")
            self._apply_featuretype(ft, body)
            if new_name != name:
                self.featuretypes[(ws, store, new_name)] = self.featuretypes.pop(key)
                layer = self.layers.pop((ws, name))
                layer.update(name=new_name, resource=(ws, store, new_name))
                self.layers[(ws, new_name)] = layer
            return text_response(200, "")
        if request.method == "DELETE":
            recurse = request.param("recurse", "false") == "true"
            if not recurse and (ws, name) in self.layers:
                return text_response(403, "feature type referenced by layer(s)")
            self._delete_featuretype(key, cascade=True)
            return text_response(200, "")
        return text_response(405, "Method Not Allowed")

    def _delete_featuretype(self, key, cascade: bool = False) -> None:
        self.featuretypes.pop(key)
        for layer_key in [k for k, layer in self.layers.items() if layer["resource"] == key]:
            if cascade:
                self._cascade_out_of_groups(layer_key)
            del self.layers[layer_key]

    def _groups_of(self, layer_key) -> list:
        qualified = f"{layer_key[0]}:{layer_key[1]}"
        return [k for k, g in self.layergroups.items() if qualified in g["layers"]]

    def _cascade_out_of_groups(self, layer_key) -> None:
        """CascadeDeleteVisitor: the layer leaves every group; a group left empty is removed."""
        qualified = f"{layer_key[0]}:{layer_key[1]}"
        for group_key in self._groups_of(layer_key):
            group = self.layergroups[group_key]
            group["layers"] = [name for name in group["layers"] if name != qualified]
            if not group["layers"]:
                del self.layergroups[group_key]

    # -- layers ------------------------------------------------------------------------------------
    def _layer(self, request: Request, ws, name: str, fmt: str) -> Response:
        candidates = [k for k in self.layers if k[1] == name and (ws is None or k[0] == ws)]
        if not candidates:
            return text_response(404, f"No such layer: {ws + ':' if ws else ''}{name}")
        key = candidates[0]
        layer = self.layers[key]
        if request.method == "GET":
            style_ws, style_name = layer["default_style"]
            return self._render({"layer": {
                "name": name, "type": "VECTOR", "enabled": layer["enabled"], "queryable": True,
                "defaultStyle": {"name": f"{style_ws}:{style_name}" if style_ws else style_name,
                                 **({"workspace": style_ws} if style_ws else {}),
                                 "href": self._href(f"workspaces/{style_ws}/styles/{style_name}" if style_ws
                                                    else f"styles/{style_name}")},
                "resource": {"@class": "featureType", "name": f"{key[0]}:{name}",
                             "href": self._href(f"workspaces/{key[0]}/datastores/{layer['resource'][1]}"
                                                f"/featuretypes/{name}")}}}, fmt)
        if request.method == "PUT":
            body = self._read_object(request, "layer")
            if isinstance(body, Response):
                return body
            if "defaultStyle" in body:
                reference = body["defaultStyle"] or {}
                style_key = self._resolve_style(reference.get("name", ""), reference.get("workspace"))
                if style_key is None:
                    return text_response(500, f"Unable to resolve style reference: {reference.get('name')}")
                layer["default_style"] = style_key
            if "enabled" in body:
                layer["enabled"] = str(body["enabled"]).lower() == "true"
            return text_response(200, "")
        if request.method == "DELETE":
            recurse = request.param("recurse", "false") == "true"
            groups = self._groups_of(key)
            if groups and not recurse:
                return text_response(500, "Unable to delete layer referenced by layer group "
                                          f"'{groups[0][1]}'")
            self._cascade_out_of_groups(key)
            del self.layers[key]
            if recurse:
                self.featuretypes.pop(layer["resource"], None)
            return text_response(200, "")
        return text_response(405, "Method Not Allowed")

    def _resolve_style(self, name: str, workspace):
        if ":" in name and workspace is None:
            workspace, name = name.split(":", 1)
        elif ":" in name:
            name = name.split(":", 1)[1]
        key = (workspace, name)
        return key if key in self.styles else None

    # -- layer groups ------------------------------------------------------------------------------
    def _layergroups(self, request: Request, ws, name, fmt: str) -> Response:
        if name is None:
            if request.method == "GET":
                items = [{"name": k[1], "href": self._href(f"workspaces/{ws}/layergroups/{k[1]}" if ws
                                                           else f"layergroups/{k[1]}")}
                         for k in sorted(self.layergroups, key=str) if k[0] == ws]
                return self._render({"layerGroups": {"layerGroup": _jettison(items)} if items else ""}, fmt)
            if request.method != "POST":
                return text_response(405, "Method Not Allowed")
            body = self._read_object(request, "layerGroup")
            if isinstance(body, Response):
                return body
            published = (body.get("publishables") or {}).get("published") if isinstance(body.get("publishables"),
                                                                                         dict) else None
            layers = [p["name"] for p in _as_list(published) if isinstance(p, dict) and p.get("name")]
            if not layers:
                return text_response(400, "Layer group has no layers")
            if (ws, body.get("name")) in self.layergroups:
                return text_response(500, f"Layer group named '{body.get('name')}' already exists")
            self.add_layer_group(body["name"], layers, ws)
            return text_response(201, body["name"])
        group = self.layergroups.get((ws, name))
        if group is None:
            return text_response(404, f"No such layer group {name}")
        if request.method == "GET":
            published = [{"@type": "layer", "name": layer, "href": self._href(f"layers/{layer}")}
                         for layer in group["layers"]]
            return self._render({"layerGroup": {
                "name": name, "mode": "SINGLE", **({"workspace": {"name": ws}} if ws else {}),
                "publishables": {"published": _jettison(published)} if published else "",
                "styles": {"style": _jettison([""] * len(published))} if published else ""}}, fmt)
        if request.method == "DELETE":
            del self.layergroups[(ws, name)]
            return text_response(200, "")
        return text_response(405, "Method Not Allowed")

    # -- resources (the data directory) -------------------------------------------------------------
    def _resource(self, request: Request, parts: list) -> Response:
        path = os.path.abspath(os.path.join(self.data_dir, *parts))
        if not path.startswith(os.path.abspath(self.data_dir)):
            return text_response(404, "Undefined resource path.")
        if request.method == "GET":
            if os.path.isdir(path):
                children = [{"name": n, "link": {"href": f"{self.base_url}/rest/resource/{'/'.join(parts + [n])}"}}
                            for n in sorted(os.listdir(path))]
                return json_response(200, {"ResourceDirectory": {
                    "name": parts[-1] if parts else "", "children": {"child": _jettison(children)} if children
                    else ""}})
            if os.path.isfile(path):
                with open(path, "rb") as handle:
                    return Response(200, handle.read(), "application/octet-stream")
            return text_response(404, "Undefined resource path.")
        if request.method == "DELETE":
            if os.path.isdir(path):
                shutil.rmtree(path)
            elif os.path.isfile(path):
                os.remove(path)
            else:
                return text_response(404, f"Resource '{'/'.join(parts)}' not found")
            return text_response(200, "")
        return text_response(405, "Method Not Allowed")

    # -- styles ------------------------------------------------------------------------------------
    def _styles(self, request: Request, ws, fmt: str) -> Response:
        if ws is not None and ws not in self.workspaces:
            return text_response(404, f"Workspace {ws} not found")
        if request.method == "GET":
            items = [{"name": k[1], "href": self._href(f"workspaces/{ws}/styles/{k[1]}" if ws else f"styles/{k[1]}")}
                     for k in sorted(self.styles, key=str) if k[0] == ws]
            return self._render({"styles": {"style": _jettison(items)} if items else ""}, fmt)
        if request.method != "POST":
            return text_response(405, "Method Not Allowed")
        content_type = request.content_type()
        if content_type in JSON_TYPES + XML_TYPES:
            body = self._read_object(request, "style")
            if isinstance(body, Response):
                return body
            name = body.get("name", "")
            if (ws, name) in self.styles:
                return text_response(500, f"Style named '{name}' already exists in workspace {ws}")
            self.styles[(ws, name)] = {"name": name, "workspace": ws, "format": body.get("format", "sld"),
                                       "version": "1.0.0", "body": b""}
            return text_response(201, name)
        if content_type == "application/zip":
            return text_response(501, "The stand-in does not model zipped style packages")
        if content_type not in SLD_TYPES:
            return text_response(500, f"No such style handler: format = {content_type}")
        sld, error = _parse_sld(request.data(), SLD_TYPES[content_type])
        if error:
            return text_response(500, error)
        name = request.param("name") or _sld_style_name(sld)
        if not name:
            return text_response(500, "Unable to generate style name, specify one with 'name' parameter")
        if (ws, name) in self.styles:
            return text_response(403, f"Style {name} already exists.")
        self.styles[(ws, name)] = {"name": name, "workspace": ws, "format": "sld",
                                   "version": SLD_TYPES[content_type], "body": request.data()}
        location = (f"{self.base_url}/rest/workspaces/{ws}/styles/{name}" if ws
                    else f"{self.base_url}/rest/styles/{name}")
        return text_response(201, name, {"Location": location})

    def _style(self, request: Request, ws, name: str, fmt: str) -> Response:
        if ws is not None and ws not in self.workspaces:
            return text_response(404, f"Workspace {ws} not found")
        want_sld = name.endswith(".sld")
        name = name[:-4] if want_sld else name
        key = (ws, name)
        style = self.styles.get(key)
        if request.method == "GET":
            if style is None:
                return text_response(404, f"No such style {name} in workspace {ws}" if ws else f"No such style: {name}")
            if want_sld or any(request.accepts(t) for t in SLD_TYPES):
                mime = next(t for t, v in SLD_TYPES.items() if v == style["version"])
                return Response(200, style["body"], mime)
            return self._render({"style": {"name": name, **({"workspace": {"name": ws}} if ws else {}),
                                           "format": style["format"],
                                           "languageVersion": {"version": style["version"]},
                                           "filename": f"{name}.sld"}}, fmt)
        if request.method == "PUT":
            content_type = request.content_type()
            if content_type in JSON_TYPES + XML_TYPES:
                body = self._read_object(request, "style")
                if isinstance(body, Response):
                    return body
                if style is None:
                    return text_response(500, "Cannot invoke \"StyleInfo.getName()\" because \"original\" is null")
                return text_response(200, "")
            if content_type == "application/zip":
                return text_response(501, "The stand-in does not model zipped style packages")
            if content_type not in SLD_TYPES:
                return text_response(400, f"Invalid style:No such style handler: format = {content_type}")
            if style is None:
                return text_response(400, "Invalid style:null")
            sld, error = _parse_sld(request.data(), SLD_TYPES[content_type])
            if error:
                return text_response(400, f"Invalid style:{error}")
            style.update(body=request.data(), version=SLD_TYPES[content_type])
            return text_response(200, "")
        if request.method == "DELETE":
            if style is None:
                return text_response(404, f"Style {name} not found")
            users = [k for k, layer in self.layers.items() if layer["default_style"] == key]
            if users and request.param("recurse", "false") != "true":
                return text_response(403, "Can't delete style referenced by existing layers.")
            for layer_key in users:
                self.layers[layer_key]["default_style"] = GENERIC_STYLE
            self._delete_style(key)
            return text_response(200, "")
        return text_response(405, "Method Not Allowed")

    def _delete_style(self, key) -> None:
        self.styles.pop(key, None)

    # -- OWS ---------------------------------------------------------------------------------------
    def _ows(self, request: Request, ws, service: str) -> Response:
        params = {k.lower(): v[0] for k, v in request.query.items()}
        if ws is not None and ws not in self.workspaces:
            return text_response(404, f"No such workspace '{ws}'")
        service = params.get("service", service if service != "ows" else "").lower()
        if params.get("request", "").lower() != "getcapabilities" or service not in ("wms", "wfs"):
            return Response(400, b"<ServiceExceptionReport><ServiceException code=\"OperationNotSupported\"/>"
                                 b"</ServiceExceptionReport>", "application/xml")
        published = []
        for (layer_ws, name), layer in sorted(self.layers.items()):
            ft = self.featuretypes.get(layer["resource"])
            if (ws is None or layer_ws == ws) and layer["enabled"] and ft and ft["enabled"]:
                published.append((layer_ws, name, ft, layer))
        if service == "wms":
            return Response(200, self._wms_capabilities(ws, published), "text/xml; charset=UTF-8")
        return Response(200, self._wfs_capabilities(ws, published), "text/xml; charset=UTF-8")

    def _wms_capabilities(self, ws, published) -> bytes:
        layers = []
        for layer_ws, name, ft, layer in published:
            shown = name if ws else f"{layer_ws}:{name}"  # virtual services drop the prefix
            keywords = "".join(f"<Keyword>{escape(k)}</Keyword>" for k in ft["keywords"])
            links = "".join(
                f'<MetadataURL type="{escape(link.get("metadataType", ""))}"><Format>{escape(link.get("type", ""))}'
                f'</Format><OnlineResource xmlns:xlink="http://www.w3.org/1999/xlink" xlink:type="simple" '
                f'xlink:href="{escape(link.get("content", ""))}"/></MetadataURL>' for link in ft["metadataLinks"])
            style = layer["default_style"][1]
            layers.append(f'<Layer queryable="1" opaque="0"><Name>{escape(shown)}</Name>'
                          f'<Title>{escape(ft["title"])}</Title><Abstract>{escape(ft["abstract"])}</Abstract>'
                          f'<KeywordList>{keywords}</KeywordList><CRS>{escape(ft["srs"])}</CRS>{links}'
                          f'<Style><Name>{escape(style)}</Name><Title>{escape(style)}</Title></Style></Layer>')
        return ('<?xml version="1.0" encoding="UTF-8"?><WMS_Capabilities version="1.3.0" '
                'xmlns="http://www.opengis.net/wms"><Service><Name>WMS</Name><Title>GeoServer Web Map Service'
                '</Title></Service><Capability><Layer><Title>GeoServer Web Map Service</Title>'
                + "".join(layers) + "</Layer></Capability></WMS_Capabilities>").encode("utf-8")

    def _wfs_capabilities(self, ws, published) -> bytes:
        types = "".join(f"<FeatureType><Name>{escape(layer_ws)}:{escape(name)}</Name><Title>{escape(ft['title'])}"
                        f"</Title><DefaultCRS>urn:ogc:def:crs:{escape(ft['srs']).replace(':', '::')}</DefaultCRS>"
                        "</FeatureType>" for layer_ws, name, ft, _layer in published)
        return ('<?xml version="1.0" encoding="UTF-8"?><wfs:WFS_Capabilities version="2.0.0" '
                'xmlns:wfs="http://www.opengis.net/wfs/2.0" xmlns="http://www.opengis.net/wfs/2.0">'
                f"<FeatureTypeList>{types}</FeatureTypeList></wfs:WFS_Capabilities>").encode("utf-8")


def _connection_parameters(value) -> dict:
    """JSON ``{"entry": [{"@key", "$"}]}`` or XML ``<connectionParameters><host>…`` as a flat dict."""
    if not isinstance(value, dict):
        return {}
    if "entry" in value:
        return {e["@key"]: str(e.get("$", "")) for e in _as_list(value["entry"]) if isinstance(e, dict)}
    return {k: str(v) for k, v in value.items()}


def _geopackage_tables(path: str) -> dict:
    """Feature tables of a GeoPackage (``gpkg_contents``) -> row counts; raises on a non-GeoPackage."""
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        names = [row[0] for row in connection.execute(
            "SELECT table_name FROM gpkg_contents WHERE data_type = 'features' ORDER BY rowid")]
        return {name: connection.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0] for name in names}
    finally:
        connection.close()


def _parse_sld(data: bytes, version: str):
    """(root, None) for an SLD document of ``version``, else (None, the parser's complaint)."""
    try:
        root = etree.fromstring(data, etree.XMLParser(resolve_entities=False, no_network=True))
    except etree.XMLSyntaxError as exc:
        return None, f"org.xml.sax.SAXParseException: {exc}"
    if etree.QName(root).localname != "StyledLayerDescriptor" or root.get("version") != version:
        return None, (f"Unable to parse style as SLD {version}: root is {etree.QName(root).localname} "
                      f"version {root.get('version')}")
    return root, None


def _sld_style_name(root) -> str:
    """The first UserStyle (else NamedLayer) name of an SLD 1.0 or 1.1 document."""
    for path in ("//*[local-name()='UserStyle']/*[local-name()='Name']/text()",
                 "//*[local-name()='NamedLayer']/*[local-name()='Name']/text()"):
        names = [n.strip() for n in root.xpath(path) if n.strip()]
        if names:
            return names[0]
    return ""
