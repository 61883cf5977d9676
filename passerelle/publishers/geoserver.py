"""GeoServer service target: the layer's GeoPackage, feature type, SLD style and WMS/WFS links, via the REST API.

Profile settings::

    {"type": "geoserver", "url": "https://geo.ville.fr/geoserver", "workspace": "commune",
     "datastore": null, "verify_tls": true, "timeout": 30}

- ``workspace``: created when missing, never emptied nor removed while it holds anything else;
- ``datastore``: ``null`` gives each layer its own GeoPackage store named after the layer (the file
  is streamed from disk); the name of an existing (PostGIS) store makes GeoServer import the data
  into a table named after the layer instead — that store is the administrator's and is never
  deleted; a table of that name Passerelle does not publish is never overwritten (and the REST API
  cannot drop tables: after ``unpublish`` the table stays until the administrator removes it).
  A PostGIS layer whose table that store already reaches (same database and schema) is published
  in place: the feature type reads the table itself, nothing is copied, and every change to the
  table is served at once;
- ``public_url`` (optional): the address readers use in the WMS/WFS links, when it differs from ``url``.

Non-destructive by construction: what Passerelle creates is marked (the store's description, the
feature type's ``metadata`` entries ``passerelle.identifier`` / ``passerelle.owns``), a name already
taken by something else is a conflict (never overwritten), ``unpublish`` deletes only what the marks
say Passerelle created, without ``recurse`` on shared containers. Publishing again updates in place:
one store, one feature type, one style per layer, and nothing is sent when nothing changed.

>>> publisher = GeoServerPublisher("services", {"url": "https://geo.ville.fr/geoserver", "workspace": "commune"}, http)
>>> result = publisher.publish(package, {"metadata_url": "https://geo.ville.fr/geonetwork/srv/api/records/5f0c..."})
>>> result.urls["wms"]
'https://geo.ville.fr/geoserver/commune/wms?service=WMS&version=1.3.0&request=GetCapabilities'
"""
from __future__ import annotations

import hashlib
import logging
import threading
from dataclasses import dataclass, field
from typing import Optional

from ..catalogue.encoders.iso19139 import service_link
from .base import SERVICE, PublicationPackage, Publisher, PublishResult
from .http import PublishError, parse_xml

log = logging.getLogger("passerelle.publishers")

JSON = {"Accept": "application/json"}
GPKG_MEDIA_TYPE = "application/geopackage+sqlite3"
META_ID, META_OWNS = "passerelle.identifier", "passerelle.owns"
META_FINGERPRINT, META_DATA = "passerelle.fingerprint", "passerelle.data"
_WORKSPACE_LOCK = threading.Lock()  # layers publish concurrently: one workspace creation at a time


def _open_data(path: str):
    """The GeoPackage as a binary file object: requests streams it in blocks, it is never read whole."""
    return open(path, "rb")


def _as_list(value) -> list:
    """GeoServer writes a one-element collection as an object and an empty one as "": always a list."""
    if value in (None, ""):
        return []
    return value if isinstance(value, list) else [value]


def store_marker(identifier: str) -> str:
    """The description of a store Passerelle created for the record ``identifier``."""
    return f"Créé par Passerelle pour la fiche {identifier} : ne pas modifier à la main."


def sld_media_type(sld: str) -> str:
    """``application/vnd.ogc.se+xml`` for SLD 1.1 (what QGIS exports), ``…sld+xml`` for SLD 1.0."""
    root = parse_xml(sld.encode("utf-8"))
    return "application/vnd.ogc.se+xml" if root.get("version") == "1.1.0" else "application/vnd.ogc.sld+xml"


@dataclass
class _Survey:
    """What GeoServer holds for one layer before anything is written."""

    workspace: bool = False
    store: Optional[dict] = None
    featuretype: Optional[dict] = None  # in the layer's store
    layer: Optional[dict] = None
    style: bool = False
    tables: list = field(default_factory=list)  # tables of a reused store (only looked up without our feature type)
    metadata: dict = field(default_factory=dict)  # the feature type's metadata entries

    def ours(self, identifier: str) -> bool:
        return self.featuretype is not None and self.metadata.get(META_ID) == identifier

    def owned(self, identifier: str, reused_store: bool) -> set:
        owned = set()
        if self.ours(identifier):
            owned |= {"featuretype", "layer"} | {o for o in self.metadata.get(META_OWNS, "").split(",") if o}
        if not reused_store and self.store is not None and self.store.get("description") == store_marker(identifier):
            owned.add("datastore")
        if reused_store:
            owned.discard("datastore")
        return owned


class GeoServerPublisher(Publisher):
    """Publishes a layer on GeoServer (see the module docstring for the settings)."""

    role = SERVICE

    def __init__(self, name: str, settings: dict, http=None):
        super().__init__(name, settings, http)
        self.workspace = settings.get("workspace", "")
        self.reused_store = settings.get("datastore") or None
        self.public_url = (settings.get("public_url") or settings.get("url", "")).rstrip("/")

    # -- addresses ---------------------------------------------------------------------------------
    def capabilities_url(self, service: str, public: bool = True) -> str:
        """GetCapabilities of the workspace's virtual WMS or WFS service."""
        base = self.public_url if public else self.http.base_url
        version = "1.3.0" if service == "wms" else "2.0.0"
        return f"{base}/{self.workspace}/{service}?service={service.upper()}&version={version}&request=GetCapabilities"

    # -- publish -----------------------------------------------------------------------------------
    def publish(self, package: PublicationPackage, links: dict) -> PublishResult:
        if not self.workspace:
            raise PublishError(f"{self.http.target} : le profil ne précise pas l'espace de travail (« workspace »).",
                               f"{self.http.target}: the profile sets no workspace.", code="publish.geoserver-settings")
        ws, name, identifier = self.workspace, package.name, package.identifier
        self._drop_previous_name(identifier, name, (links or {}).get("previous") or {})
        store = self.reused_store or name
        style = name if package.sld.strip() else ""
        metadata_url = links.get("metadata_url", "")
        survey = self._survey(ws, store, name, style)
        live = self._live_table(package, survey)
        fingerprint = hashlib.sha256("\n".join(
            [package.content_hash, metadata_url, package.sld, package.crs, store, live]).encode("utf-8")).hexdigest()
        owned = survey.owned(identifier, bool(self.reused_store))
        self._refuse_conflicts(survey, identifier, owned, store, name, style, live)
        if (survey.ours(identifier) and survey.metadata.get(META_FINGERPRINT) == fingerprint
                and (not style or self._default_style(survey.layer) == (ws, style))):
            return self._result(package, store, style, owned, metadata_url, created=[], changed=False, live=live)

        created = []
        try:
            if not survey.workspace and self._create_workspace(ws):
                created.append("workspace")
            if survey.store is None and not self.reused_store:
                self.http.post(f"rest/workspaces/{ws}/datastores", headers=JSON, expect=(201,), json={"dataStore": {
                    "name": store, "type": "GeoPackage", "description": store_marker(identifier),
                    "connectionParameters": {"entry": [
                        {"@key": "database", "$": f"file:data/{ws}/{store}/{store}.gpkg"},
                        {"@key": "dbtype", "$": "geopkg"}]}}})
                created.append("datastore")
            if not live and (not survey.ours(identifier) or survey.metadata.get(META_DATA) != package.content_hash):
                self._upload(ws, package, store)
            if style:
                self._put_style(ws, package.sld, style, exists=survey.style)
                if not survey.style:
                    created.append("style")
            owned |= set(created) | {"featuretype", "layer"}
            body = self._featuretype_body(package, metadata_url, survey.metadata, owned, fingerprint, live)
            base = f"rest/workspaces/{ws}/datastores/{store}/featuretypes"
            if survey.featuretype is None:
                self.http.post(base, json=body, headers=JSON, expect=(201,))
                created += ["featuretype", "layer"]
            else:
                self.http.put(f"{base}/{name}", json=body, headers=JSON, expect=(200,),
                              params={"recalculate": "nativebbox,latlonbbox"})
            if style:
                self.http.put(f"rest/layers/{ws}:{name}", headers=JSON, expect=(200,),
                              json={"layer": {"defaultStyle": {"name": style, "workspace": ws}, "enabled": True}})
        except Exception:
            self._remove(ws, identifier, store, name, style, created, this_run=True)
            raise
        return self._result(package, store, style, owned, metadata_url, created=created, changed=True, live=live)

    def _live_table(self, package: PublicationPackage, survey: "_Survey") -> str:
        """The table GeoServer serves in place, when the profile's store is a PostGIS connection to the layer's
        own database and schema (no copy); "" otherwise (the data is then imported into the store)."""
        source = package.source or {}
        if not self.reused_store or survey.store is None or source.get("provider") != "postgres":
            return ""
        entries = (survey.store.get("connectionParameters") or {}).get("entry") \
            if isinstance(survey.store.get("connectionParameters"), dict) else None
        params = {e.get("@key"): str(e.get("$", "")) for e in _as_list(entries) if isinstance(e, dict)}
        same = (params.get("dbtype") == "postgis" and params.get("database") == source.get("database")
                and (params.get("schema") or "public") == source.get("schema"))
        if not same:
            log.info("%s: store %s is not the database of %s.%s: the data is imported", self.http.target,
                     self.reused_store, source.get("schema"), source.get("table"))
        return source.get("table", "") if same else ""

    def _drop_previous_name(self, identifier: str, name: str, previous: dict) -> None:
        """The record was published under another technical name: what Passerelle made then goes (a rename,
        never a second layer)."""
        old = previous.get("featuretype")
        if old and old != name and previous.get("workspace", self.workspace) == self.workspace:
            self.unpublish(identifier, previous)

    def _result(self, package, store, style, owned, metadata_url, created, changed, live="") -> PublishResult:
        ws, name = self.workspace, package.name
        layer = f"{ws}:{name}"
        wms, wfs = self.capabilities_url("wms"), self.capabilities_url("wfs")
        language = package.record.language or "fre"
        return PublishResult(
            target=self.name,
            ids={"workspace": ws, "datastore": store, "featuretype": name, "layer": layer, "style": style,
                 "reused_datastore": bool(self.reused_store), "owned": sorted(owned),
                 **({"table": live} if live else {})},
            urls={"wms": wms, "wfs": wfs, "layer": layer, **({"metadata": metadata_url} if metadata_url else {})},
            online_resources=[service_link("wms", wms, layer, language), service_link("wfs", wfs, layer, language)],
            created=created, changed=changed)

    def _create_workspace(self, ws: str) -> bool:
        """Create the workspace; False when another run created it meanwhile (GeoServer answers 401 then)."""
        with _WORKSPACE_LOCK:
            try:
                self.http.post("rest/workspaces", json={"workspace": {"name": ws}}, headers=JSON, expect=(201,))
                return True
            except PublishError as error:
                if error.status == 401 and "already exists" in error.message_en \
                        and self.http.exists(f"rest/workspaces/{ws}", headers=JSON):
                    return False
                raise

    def _survey(self, ws: str, store: str, name: str, style: str) -> _Survey:
        survey = _Survey(workspace=self.http.exists(f"rest/workspaces/{ws}", headers=JSON))
        if not survey.workspace:
            return survey
        survey.store = self._get(f"rest/workspaces/{ws}/datastores/{store}", "dataStore")
        if survey.store is not None:
            survey.featuretype = self._get(f"rest/workspaces/{ws}/datastores/{store}/featuretypes/{name}",
                                           "featureType")
        if survey.store is not None and survey.featuretype is None and self.reused_store:
            listing = self._get(f"rest/workspaces/{ws}/datastores/{store}/featuretypes", "list",
                                params={"list": "all"})
            survey.tables = [str(t) for t in _as_list((listing or {}).get("string") if isinstance(listing, dict)
                                                      else None)]
        if survey.featuretype is not None:
            entries = _as_list((survey.featuretype.get("metadata") or {}).get("entry")
                               if isinstance(survey.featuretype.get("metadata"), dict) else None)
            survey.metadata = {e.get("@key"): str(e.get("$", "")) for e in entries if isinstance(e, dict)}
        survey.layer = self._get(f"rest/layers/{ws}:{name}", "layer")
        if style:
            survey.style = self.http.exists(f"rest/workspaces/{ws}/styles/{style}", headers=JSON)
        return survey

    def _get(self, path: str, root: str, **kwargs) -> Optional[dict]:
        response = self.http.request("GET", path, expect=(200, 404), headers=JSON, **kwargs)
        if response.status_code == 404:
            return None
        try:
            return response.json()[root]
        except (ValueError, KeyError, TypeError):
            raise PublishError(f"{self.http.target} a renvoyé une réponse illisible pour {path}.",
                               f"{self.http.target} returned an unreadable answer for {path}.",
                               code="publish.bad-answer") from None

    def _refuse_conflicts(self, survey: _Survey, identifier: str, owned: set, store: str, name: str,
                          style: str, live: str = "") -> None:
        """Names taken by something Passerelle did not create for this record: refuse, never overwrite."""
        ws, target = self.workspace, self.http.target
        problems = []
        if self.reused_store and survey.store is None:
            raise PublishError(
                f"{target} : l'entrepôt « {store} » indiqué dans le profil n'existe pas dans l'espace de travail "
                f"« {ws} ». Créez-le (connexion PostGIS) ou corrigez « datastore » dans le profil.",
                f"{target}: store '{store}' named in the profile does not exist in workspace '{ws}'.",
                code="publish.geoserver-store", status=404)
        if not self.reused_store and survey.store is not None and "datastore" not in owned:
            problems.append(f"l'entrepôt « {store} »")
        if survey.featuretype is not None and not survey.ours(identifier):
            problems.append(f"le type d'entités « {name} »")
        if survey.featuretype is None and name in survey.tables and not live:  # live: the table is the source
            problems.append(f"la table « {name} » de l'entrepôt « {store} »")
        if survey.layer is not None and survey.featuretype is None:
            problems.append(f"la couche « {ws}:{name} »")
        if style and survey.style and "style" not in owned:
            problems.append(f"le style « {style} »")
        if problems:
            raise PublishError(
                f"{target} : {', '.join(problems)} existe(nt) déjà dans l'espace de travail « {ws} » sans avoir été "
                "créé(s) par Passerelle pour cette fiche. Passerelle ne remplace jamais le travail d'autrui : "
                "renommez la couche (nom technique) ou demandez à l'administrateur de libérer ce nom.",
                f"{target}: {len(problems)} name(s) already used in workspace '{ws}' by something Passerelle did "
                "not create for this record; nothing was changed.", code="publish.conflict", status=409)

    def _upload(self, ws: str, package: PublicationPackage, store: str) -> None:
        # update=overwrite: a re-publication replaces the rows of an existing (PostGIS) table.
        with _open_data(package.gpkg_path) as data:
            self.http.put(f"rest/workspaces/{ws}/datastores/{store}/file.gpkg", data=data,
                          headers={"Content-Type": GPKG_MEDIA_TYPE}, expect=(200, 201, 202),
                          params={"configure": "none", "update": "overwrite"})

    def _put_style(self, ws: str, sld: str, style: str, exists: bool) -> None:
        headers = {"Content-Type": f"{sld_media_type(sld)}; charset=UTF-8"}
        body = sld.encode("utf-8")
        if exists:
            self.http.put(f"rest/workspaces/{ws}/styles/{style}", data=body, headers=headers,
                          expect=(200,))
        else:
            self.http.post(f"rest/workspaces/{ws}/styles", data=body, headers=headers,
                           params={"name": style}, expect=(201,))

    def _featuretype_body(self, package, metadata_url: str, previous: dict, owned: set, fingerprint: str,
                          live: str = "") -> dict:
        record = package.record
        metadata = dict(previous)  # keep entries set by an administrator (caching, dimensions...)
        metadata.update({META_ID: package.identifier, META_OWNS: ",".join(sorted(owned)),
                         META_FINGERPRINT: fingerprint, META_DATA: package.content_hash})
        links = ([{"type": "text/xml", "metadataType": "ISO19115:2003", "content": metadata_url}]
                 if metadata_url else [])
        return {"featureType": {
            "name": package.name, "nativeName": live or package.name, "title": record.title or package.name,
            "abstract": record.abstract, "keywords": {"string": list(record.keywords)}, "srs": package.crs,
            "projectionPolicy": "FORCE_DECLARED", "enabled": True, "metadataLinks": {"metadataLink": links},
            "metadata": {"entry": [{"@key": k, "$": v} for k, v in sorted(metadata.items())]}}}

    @staticmethod
    def _default_style(layer: Optional[dict]):
        style = (layer or {}).get("defaultStyle") or {}
        name = style.get("name", "")
        workspace = style.get("workspace")
        if ":" in name:
            workspace, name = name.split(":", 1)
        return workspace, name

    # -- unpublish / status / verify ---------------------------------------------------------------
    def unpublish(self, identifier: str, ids: dict) -> None:
        """Remove what the marks say Passerelle created for ``identifier``; shared things stay."""
        ids = dict(ids or {})
        ws = ids.get("workspace") or self.workspace
        name = ids.get("featuretype")
        store = ids.get("datastore") or self.reused_store or name
        if not name:
            raise PublishError(f"{self.http.target} : identifiants de publication manquants pour {identifier}.",
                               f"{self.http.target}: missing publication ids for {identifier}.",
                               code="publish.ids-missing")
        survey = self._survey(ws, store, name, ids.get("style", ""))
        owned = survey.owned(identifier, bool(ids.get("reused_datastore")))
        # The registry's list still names a style or workspace whose feature type is already gone;
        # deleting them without recurse cannot touch anything in use.
        owned |= set(ids.get("owned", [])) & {"style", "workspace"}
        self._remove(ws, identifier, store, name, ids.get("style", ""), sorted(owned), this_run=False, survey=survey)

    def _remove(self, ws, identifier, store, name, style, things, this_run: bool, survey=None) -> None:
        """Delete ``things`` (feature type, style, store, workspace) in that order, never recursively on
        anything shared: a store, style or workspace something else still uses is kept (403)."""

        def delete(path, params, what):
            try:
                response = self.http.request("DELETE", path, params=params, expect=(200, 204, 403, 404))
            except PublishError as error:
                if not this_run:
                    raise
                log.warning("rollback on %s: %s not removed (%s)", self.http.target, what, error.code)
                return
            if response.status_code == 403:
                log.info("%s: %s kept, still used by something else", self.http.target, what)

        if "featuretype" in things and (this_run or (survey and survey.ours(identifier))):
            delete(f"rest/workspaces/{ws}/datastores/{store}/featuretypes/{name}", {"recurse": "true"},
                   "feature type")
        if "style" in things and style:
            delete(f"rest/workspaces/{ws}/styles/{style}", {"purge": "true"}, "style")
        if "datastore" in things and store != self.reused_store:
            delete(f"rest/workspaces/{ws}/datastores/{store}", {"recurse": "false", "purge": "all"}, "store")
        if "workspace" in things:
            delete(f"rest/workspaces/{ws}", {"recurse": "false"}, "workspace")

    def status(self, identifier: str, ids: dict) -> dict:
        """``{"exists", "layer", "enabled", "style", "ours"}`` as GeoServer currently holds it."""
        ids = ids or {}
        ws = ids.get("workspace") or self.workspace
        name = ids.get("featuretype", "")
        store = ids.get("datastore") or self.reused_store or name
        survey = self._survey(ws, store, name, "")
        if survey.layer is None:
            return {"exists": False, "layer": f"{ws}:{name}"}
        return {"exists": True, "layer": f"{ws}:{name}", "enabled": survey.layer.get("enabled", True),
                "style": ":".join(filter(None, self._default_style(survey.layer))), "ours": survey.ours(identifier)}

    def verify(self, package: PublicationPackage, result: PublishResult) -> list[str]:
        """The workspace's WMS capabilities list the layer (and its metadata link)."""
        if self.http.dry_run:
            return []
        ws, name = self.workspace, package.name
        response = self.http.get(self.capabilities_url("wms", public=False))
        root = parse_xml(response.content)
        layers = {}
        for layer in root.iter("{*}Layer"):
            layer_name = layer.find("{*}Name")
            if layer_name is not None and layer_name.text:
                layers[layer_name.text.strip()] = layer
        found = layers.get(f"{ws}:{name}", layers.get(name))  # virtual services drop the prefix
        if found is None:
            return [f"la couche {ws}:{name} n'apparaît pas dans les capacités WMS de l'espace « {ws} »"]
        problems = []
        links = [e.get("{http://www.w3.org/1999/xlink}href") for e in found.iterfind("{*}MetadataURL/{*}OnlineResource")]
        metadata_url = result.urls.get("metadata", "")
        if metadata_url and metadata_url not in links:
            problems.append(f"la couche {ws}:{name} n'annonce pas le lien vers sa fiche ({metadata_url})")
        return problems
