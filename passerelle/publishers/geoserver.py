"""GeoServer service target: the layer's GeoPackage, feature type, SLD style and WMS/WFS links, via the REST API.

Profile settings::

    {"type": "geoserver", "url": "https://geo.ville.fr/geoserver", "workspace": "commune",
     "datastore": null, "verify_tls": true, "timeout": 30}

- ``workspace``: created when missing; removed by ``unpublish`` only when Passerelle created it and it
  holds nothing else (no store, style, layer group, workspace settings or service settings an
  administrator added);
- ``datastore``: ``null`` gives each layer its own GeoPackage store named after the layer (the file
  is streamed from disk); the name of an existing (PostGIS) store makes GeoServer import the data
  into a table named after the layer instead — that store is the administrator's and is never
  deleted; a table of that name Passerelle does not publish is never overwritten (and the REST API
  cannot drop tables: after ``unpublish`` the table stays until the administrator removes it).
  A PostGIS layer whose table that store already reaches (same database and schema) is published
  in place: the feature type reads the table itself, nothing is copied, and every change to the
  table is served at once;
- ``public_url`` (optional): the address readers use in the WMS/WFS links, when it differs from ``url``.

Ownership (see :mod:`.ownership`). The marks: the store's description (:func:`store_marker`), the
abstract of the style's user style (the same text, :func:`marked_sld`: a style has no field of its own,
and GeoServer keeps an abstract through every SLD version it re-encodes to) and the feature type's
``metadata`` entries ``passerelle.identifier`` (the record) and ``passerelle.owns`` (what Passerelle
created for it: store, style, workspace), read back before any write. Each is written by the request
that creates the object, so that an object whose creation answer was lost (a cut connection, a
timeout) is still recognised as Passerelle's by the next run. A name already
taken by something else (store, feature type, table of a reused store, layer, style) is refused with
:class:`~.ownership.ForeignObject`; ``package.adopt`` takes over a GeoPackage store, a feature type,
a table or a style of that name (they are then marked as Passerelle's), never a layer of another
store nor a store of another kind. ``unpublish`` deletes only what the marks say Passerelle created,
never recursively: it first refuses (``publish.geoserver-in-group``) when a layer group — an
administrator's composition — still references the layer (``recurse=true`` would silently take the
layer out of it), then deletes the layer, the feature type, the style (kept while another layer uses
it), the store and the GeoPackage file Passerelle uploaded into it (REST resource API: GeoServer's
``purge`` does not apply to data stores), and the workspace under the condition above. An "already
exists" answer to a creation (409 on recent GeoServer, 401 or 500 on older ones) means another run
got there first: the object is read back and used if it is Passerelle's for this record, refused
otherwise. Every name goes into URLs as one quoted path segment.

Publishing again updates in place: one store, one feature type, one style per layer, and nothing is
sent when nothing changed.

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
from .ownership import ForeignObject, segment

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


MARK_START = "Créé par Passerelle pour la fiche "


def store_marker(identifier: str) -> str:
    """The description of a store (and the abstract of a style) Passerelle created for the record ``identifier``."""
    return f"{MARK_START}{identifier} : ne pas modifier à la main."


SLD, SE = "http://www.opengis.net/sld", "http://www.opengis.net/se"


def marked_sld(sld: str, identifier: str) -> str:
    """``sld`` whose first user style carries Passerelle's mark for ``identifier`` as its abstract (SLD 1.0
    ``Abstract``, SE 1.1 ``Description/Abstract``); an abstract the style had is kept before the mark."""
    from lxml import etree

    root = parse_xml(sld.encode("utf-8"))
    style = next(root.iter(f"{{{SLD}}}UserStyle"), None)
    if style is None:
        return sld
    if root.get("version") == "1.1.0":
        holder = style.find(f"{{{SE}}}Description")
        if holder is None:
            holder = etree.Element(f"{{{SE}}}Description")
            _insert_after(style, holder, [f"{{{SE}}}Name"])
        abstract = holder.find(f"{{{SE}}}Abstract")
        if abstract is None:
            abstract = etree.SubElement(holder, f"{{{SE}}}Abstract")
    else:
        abstract = style.find(f"{{{SLD}}}Abstract")
        if abstract is None:
            abstract = etree.Element(f"{{{SLD}}}Abstract")
            _insert_after(style, abstract, [f"{{{SLD}}}Name", f"{{{SLD}}}Title"])
    kept = [line for line in (abstract.text or "").splitlines() if line.strip() and MARK_START not in line]
    abstract.text = "\n".join(kept + [store_marker(identifier)])
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8").decode("utf-8")


def _insert_after(parent, element, before: list) -> None:
    """Put ``element`` in ``parent`` after its last child named in ``before`` (else first): the schema's order."""
    positions = [i for i, child in enumerate(parent) if child.tag in before]
    parent.insert(positions[-1] + 1 if positions else 0, element)


def style_marks(sld: bytes) -> list:
    """The abstracts of an SLD's user styles (where :func:`marked_sld` puts the mark)."""
    try:
        root = parse_xml(sld)
    except PublishError:
        return []
    paths = (f"{{{SLD}}}Abstract", f"{{{SE}}}Description/{{{SE}}}Abstract")
    return [abstract.text or "" for style in root.iter(f"{{{SLD}}}UserStyle") for path in paths
            for abstract in style.findall(path)]


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
    style_marks: list = field(default_factory=list)  # the style's abstracts (see marked_sld)
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
        if self.style and any(store_marker(identifier) in mark for mark in self.style_marks):
            owned.add("style")
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
        adopted = self._check_ownership(survey, identifier, owned, store, name, style, package.adopt, live)
        owned |= adopted
        if (survey.ours(identifier) and survey.metadata.get(META_FINGERPRINT) == fingerprint and not adopted
                and (not style or self._default_style(survey.layer) == (ws, style))):
            return self._result(package, store, style, owned, metadata_url, created=[], changed=False, live=live)

        created = []
        sld = marked_sld(package.sld, identifier) if style else ""
        try:
            if not survey.workspace and self._create_workspace(ws):
                created.append("workspace")
            if survey.store is None and not self.reused_store:
                if self._create_store(ws, store, identifier, package.adopt):
                    created.append("datastore")
            elif "datastore" in adopted:  # taken over: from now on it carries Passerelle's mark
                self.http.put(_rest("workspaces", ws, "datastores", store), headers=JSON, expect=(200,),
                              json={"dataStore": {"name": store, "description": store_marker(identifier)}})
            if not live and (not survey.ours(identifier) or survey.metadata.get(META_DATA) != package.content_hash):
                self._upload(ws, package, store)
            if style and self._put_style(ws, sld, style, identifier, exists=survey.style, adopt=package.adopt):
                created.append("style")
            owned |= set(created) | {"featuretype", "layer"}
            body = self._featuretype_body(package, metadata_url, survey.metadata, owned, fingerprint, live)
            if survey.featuretype is None and self._create_featuretype(ws, store, name, body, identifier):
                created += ["featuretype", "layer"]
            else:
                self.http.put(_rest("workspaces", ws, "datastores", store, "featuretypes", name), json=body,
                              headers=JSON, expect=(200,), params={"recalculate": "nativebbox,latlonbbox"})
            if style:
                self.http.put(_rest("layers", f"{ws}:{name}"), headers=JSON, expect=(200,),
                              json={"layer": {"defaultStyle": {"name": style, "workspace": ws}, "enabled": True}})
        except Exception:
            if style and not survey.style and "style" not in created and self._style_ours(ws, style, identifier):
                created.append("style")  # made by a request whose answer was lost: its mark says so
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

    # -- creations that may find the object already there (another run got there first) -----------
    def _create_workspace(self, ws: str) -> bool:
        """Create the workspace; False when another run created it meanwhile (409, or 401 on older GeoServer)."""
        with _WORKSPACE_LOCK:
            try:
                self.http.post(_rest("workspaces"), json={"workspace": {"name": ws}}, headers=JSON, expect=(201,))
                return True
            except PublishError as error:
                if _already_exists(error) and self.http.exists(_rest("workspaces", ws), headers=JSON):
                    return False
                raise

    def _create_store(self, ws: str, store: str, identifier: str, adopt: bool) -> bool:
        """Create the layer's GeoPackage store; False when one of ours appeared meanwhile (a concurrent run)."""
        try:
            self.http.post(_rest("workspaces", ws, "datastores"), headers=JSON, expect=(201,), json={"dataStore": {
                "name": store, "type": "GeoPackage", "description": store_marker(identifier),
                "connectionParameters": {"entry": [
                    {"@key": "database", "$": f"file:data/{ws}/{store}/{store}.gpkg"},
                    {"@key": "dbtype", "$": "geopkg"}]}}})
            return True
        except PublishError as error:
            existing = self._get(_rest("workspaces", ws, "datastores", store), "dataStore") \
                if _already_exists(error) else None
            if existing is None:
                raise
            if existing.get("description") == store_marker(identifier):
                return False
            raise self._foreign([f"l'entrepôt « {store} »"], [existing.get("description") or ""],
                                adoptable=False) from None

    def _create_featuretype(self, ws: str, store: str, name: str, body: dict, identifier: str) -> bool:
        """POST the feature type; False when ours appeared meanwhile (then the caller updates it)."""
        try:
            self.http.post(_rest("workspaces", ws, "datastores", store, "featuretypes"), json=body, headers=JSON,
                           expect=(201,))
            return True
        except PublishError as error:
            existing = self._get(_rest("workspaces", ws, "datastores", store, "featuretypes", name), "featureType") \
                if _already_exists(error) else None
            if existing is not None and _metadata(existing).get(META_ID) == identifier:
                return False
            if existing is None and not _already_exists(error):
                raise
            raise self._foreign([f"le type d'entités « {name} »"], [_owner_of_featuretype(existing)],
                                adoptable=False) from None

    # -- reading what is there -----------------------------------------------------------------------
    def _survey(self, ws: str, store: str, name: str, style: str) -> _Survey:
        survey = _Survey(workspace=self.http.exists(_rest("workspaces", ws), headers=JSON))
        if not survey.workspace:
            return survey
        survey.store = self._get(_rest("workspaces", ws, "datastores", store), "dataStore")
        if survey.store is not None:
            survey.featuretype = self._get(_rest("workspaces", ws, "datastores", store, "featuretypes", name),
                                           "featureType")
        if survey.store is not None and survey.featuretype is None and self.reused_store:
            listing = self._get(_rest("workspaces", ws, "datastores", store, "featuretypes"), "list",
                                params={"list": "all"})
            survey.tables = [str(t) for t in _as_list((listing or {}).get("string") if isinstance(listing, dict)
                                                      else None)]
        if survey.featuretype is not None:
            survey.metadata = _metadata(survey.featuretype)
        survey.layer = self._get(_rest("layers", f"{ws}:{name}"), "layer")
        if style:
            survey.style_marks = self._style_marks(ws, style)
            survey.style = survey.style_marks is not None
            survey.style_marks = survey.style_marks or []
        return survey

    def _style_marks(self, ws: str, style: str):
        """The abstracts of the style's SLD, None when there is no such style."""
        response = self.http.request("GET", _rest("workspaces", ws, "styles", f"{style}.sld"), expect=(200, 404))
        return style_marks(response.content) if response.status_code == 200 else None

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

    def _check_ownership(self, survey: _Survey, identifier: str, owned: set, store: str, name: str, style: str,
                         adopt: bool, live: str = "") -> set:
        """Names taken by something Passerelle did not create for this record: refused (ForeignObject),
        or, when ``adopt`` and GeoServer allows it, taken over; returns what is taken over."""
        ws, target = self.workspace, self.http.target
        if self.reused_store and survey.store is None:
            raise PublishError(
                f"{target} : l'entrepôt « {store} » indiqué dans le profil n'existe pas dans l'espace de travail "
                f"« {ws} ». Créez-le (connexion PostGIS) ou corrigez « datastore » dans le profil.",
                f"{target}: store '{store}' named in the profile does not exist in workspace '{ws}'.",
                code="publish.geoserver-store", status=404)
        what, owners, adoptable, adopted = [], [], True, set()
        if not self.reused_store and survey.store is not None and "datastore" not in owned:
            what.append(f"l'entrepôt « {store} »")
            owners.append(survey.store.get("description") or "")
            adoptable = adoptable and survey.store.get("type") == "GeoPackage"  # never upload into their PostGIS
            adopted.add("datastore")
        if survey.featuretype is not None and not survey.ours(identifier):
            what.append(f"le type d'entités « {name} »")
            owners.append(_owner_of_featuretype(survey.featuretype))
        if survey.featuretype is None and name in survey.tables and not live:  # live: the table is the source
            what.append(f"la table « {name} » de l'entrepôt « {store} »")
        if survey.layer is not None and survey.featuretype is None:
            what.append(f"la couche « {ws}:{name} » (d'un autre entrepôt)")
            adoptable = False
        if style and survey.style and "style" not in owned:
            what.append(f"le style « {style} »")
            owners += [m for m in survey.style_marks if MARK_START in m]
            adopted.add("style")
        if not what:
            return set()
        if not adopt or not adoptable:
            raise self._foreign(what, owners, adoptable)
        log.info("%s: adopting %s in workspace %s", target, ", ".join(what), ws)
        return adopted

    def _foreign(self, what: list, owners: list, adoptable: bool, unpublish: bool = False) -> ForeignObject:
        owner = "; ".join(dict.fromkeys(o for o in owners if o))
        return ForeignObject(self.http.target, f"{', '.join(what)} dans l'espace de travail « {self.workspace} »",
                             owner, adoptable=adoptable, unpublish=unpublish)

    # -- writing -------------------------------------------------------------------------------------
    def _upload(self, ws: str, package: PublicationPackage, store: str) -> None:
        # update=overwrite: a re-publication replaces the rows of an existing (PostGIS) table.
        with _open_data(package.gpkg_path) as data:
            self.http.put(_rest("workspaces", ws, "datastores", store, "file.gpkg"), data=data,
                          headers={"Content-Type": GPKG_MEDIA_TYPE}, expect=(200, 201, 202),
                          params={"configure": "none", "update": "overwrite"})

    def _style_ours(self, ws: str, style: str, identifier: str) -> bool:
        """Whether the style is there with Passerelle's mark for ``identifier`` (False when it cannot be told)."""
        try:
            return any(store_marker(identifier) in m for m in self._style_marks(ws, style) or [])
        except Exception:  # noqa: BLE001 - the server is not answering: then it is not known to be ours
            return False

    def _put_style(self, ws: str, sld: str, style: str, identifier: str, exists: bool, adopt: bool = False) -> bool:
        """Write the (marked) style; True when this call created it."""
        headers = {"Content-Type": f"{sld_media_type(sld)}; charset=UTF-8"}
        body = sld.encode("utf-8")
        if not exists:
            try:
                self.http.post(_rest("workspaces", ws, "styles"), data=body, headers=headers,
                               params={"name": style}, expect=(201,))
                return True
            except PublishError as error:
                if not _already_exists(error):
                    raise
                if not adopt and not self._style_ours(ws, style, identifier):  # created meanwhile by someone else
                    raise self._foreign([f"le style « {style} »"], [], adoptable=True) from None
        self.http.put(_rest("workspaces", ws, "styles", style), data=body, headers=headers, expect=(200,))
        return False

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

    # -- unpublish -----------------------------------------------------------------------------------
    def unpublish(self, identifier: str, ids: dict) -> None:
        """Remove what the marks say Passerelle created for ``identifier``; shared things stay, and nothing
        is deleted while an administrator's layer group still shows the layer."""
        ids = dict(ids or {})
        ws = ids.get("workspace") or self.workspace
        name = ids.get("featuretype")
        store = ids.get("datastore") or self.reused_store or name
        if not name:
            raise PublishError(f"{self.http.target} : identifiants de publication manquants pour {identifier}.",
                               f"{self.http.target}: missing publication ids for {identifier}.",
                               code="publish.ids-missing")
        survey = self._survey(ws, store, name, ids.get("style", ""))
        if survey.featuretype is not None and not survey.ours(identifier):
            raise ForeignObject(self.http.target, f"le type d'entités « {ws}:{name} »",
                                _owner_of_featuretype(survey.featuretype), unpublish=True)
        owned = survey.owned(identifier, bool(ids.get("reused_datastore")))
        # The registry's list still names a style or workspace whose feature type is already gone;
        # deleting them without recurse cannot touch anything in use.
        owned |= set(ids.get("owned", [])) & {"style", "workspace"}
        if survey.ours(identifier):
            groups = self._groups_using(ws, name)
            if groups:
                shown = ", ".join(f"« {g} »" for g in groups)
                raise PublishError(
                    f"{self.http.target} : la couche « {ws}:{name} » fait partie du ou des groupes de couches "
                    f"{shown}, composés par un administrateur : rien n'a été supprimé. Demandez-lui de l'en retirer, "
                    "puis retirez de nouveau la publication.",
                    f"{self.http.target}: layer '{ws}:{name}' is in layer group(s) {', '.join(groups)} an "
                    "administrator made: nothing was deleted.", code="publish.geoserver-in-group", status=409)
        self._remove(ws, identifier, store, name, ids.get("style", ""), sorted(owned), this_run=False, survey=survey)

    def _groups_using(self, ws: str, name: str) -> list:
        """Names of the layer groups (global and of the workspace) that show ``ws:name``."""
        wanted = {f"{ws}:{name}", name}
        found = []
        for listing, prefix in ((_rest("layergroups"), ("layergroups",)),
                                (_rest("workspaces", ws, "layergroups"), ("workspaces", ws, "layergroups"))):
            groups = self._get(listing, "layerGroups")
            for item in _as_list((groups or {}).get("layerGroup") if isinstance(groups, dict) else None):
                group = self._get(_rest(*prefix, item.get("name", "")), "layerGroup") or {}
                published = (group.get("publishables") or {}).get("published") if isinstance(
                    group.get("publishables"), dict) else None
                names = {p.get("name") for p in _as_list(published) if isinstance(p, dict)}
                names.add(((group.get("rootLayer") or {}) if isinstance(group.get("rootLayer"), dict) else {})
                          .get("name"))
                if names & wanted:
                    found.append(item.get("name", ""))
        return found

    def _remove(self, ws, identifier, store, name, style, things, this_run: bool, survey=None) -> None:
        """Delete ``things`` (layer and feature type, style, store and its uploaded file, workspace) in that
        order, never recursively: a style, store or workspace something else still uses is kept."""

        def delete(path, params, what, expect=(200, 204, 403, 404)):
            try:
                response = self.http.request("DELETE", path, params=params, expect=expect)
            except PublishError as error:
                if not this_run:
                    raise
                log.warning("rollback on %s: %s not removed (%s)", self.http.target, what, error.code)
                return False
            if response.status_code == 403:
                log.info("%s: %s kept, still used by something else", self.http.target, what)
            return response.status_code in (200, 204)

        if "featuretype" in things and (this_run or (survey and survey.ours(identifier))):
            delete(_rest("layers", f"{ws}:{name}"), {"recurse": "false"}, "layer", expect=(200, 204, 404))
            delete(_rest("workspaces", ws, "datastores", store, "featuretypes", name), {"recurse": "false"},
                   "feature type")
        if "style" in things and style:
            delete(_rest("workspaces", ws, "styles", style), {"purge": "true"}, "style")
        if "datastore" in things and store != self.reused_store:
            database = _parameters((survey.store if survey else None) or {}).get("database", "")
            if delete(_rest("workspaces", ws, "datastores", store), {"recurse": "false"}, "store"):
                self._remove_upload(ws, store, database, this_run)
        if "workspace" in things and self._workspace_empty(ws):
            delete(_rest("workspaces", ws), {"recurse": "false"}, "workspace")

    def _remove_upload(self, ws: str, store: str, database: str, this_run: bool) -> None:
        """Delete the GeoPackage Passerelle uploaded into its store (``data/<ws>/<store>/``), then that folder
        when nothing else is in it. GeoServer's ``purge`` does not apply to data stores: the file would stay."""
        folder = f"data/{ws}/{store}"
        path = database[len("file:"):] if database.startswith("file:") else f"{folder}/{store}.gpkg"
        if not path.startswith(folder + "/") or ".." in path.split("/"):
            log.warning("%s: store file %s is not in %s: left in place", self.http.target, path, folder)
            return
        try:
            self.http.request("DELETE", _rest("resource", *path.split("/")), expect=(200, 204, 404))
            listing = self.http.request("GET", _rest("resource", *folder.split("/")), params={"format": "json"},
                                        expect=(200, 404), headers=JSON)
            if listing.status_code == 200 and not _children(listing):
                self.http.request("DELETE", _rest("resource", *folder.split("/")), expect=(200, 204, 404))
        except PublishError as error:
            if not this_run:
                raise
            log.warning("rollback on %s: uploaded file not removed (%s)", self.http.target, error.code)

    def _workspace_empty(self, ws: str) -> bool:
        """True when the workspace holds nothing at all: no store of any kind, style, layer group, settings."""
        if not self.http.exists(_rest("workspaces", ws), headers=JSON):
            return False
        for kind, root, item in (("datastores", "dataStores", "dataStore"),
                                 ("coveragestores", "coverageStores", "coverageStore"),
                                 ("wmsstores", "wmsStores", "wmsStore"), ("wmtsstores", "wmtsStores", "wmtsStore"),
                                 ("styles", "styles", "style"), ("layergroups", "layerGroups", "layerGroup")):
            listing = self._get(_rest("workspaces", ws, kind), root)
            if _as_list((listing or {}).get(item) if isinstance(listing, dict) else None):
                return False
        settings = self._get(_rest("workspaces", ws, "settings"), "settings")
        if isinstance(settings, dict) and settings.get("workspace"):  # local settings an administrator made
            return False
        for service in ("wms", "wfs", "wcs", "wmts"):
            if self.http.exists(_rest("services", service, "workspaces", ws, "settings"), headers=JSON):
                return False
        return True

    def status(self, identifier: str, ids: dict) -> dict:
        """``{"exists", "layer", "enabled", "style", "ours"}`` as GeoServer currently holds it."""
        ids = ids or {}
        ws = ids.get("workspace") or self.workspace
        name = ids.get("featuretype", "")
        store = ids.get("datastore") or self.reused_store or name
        if not name:  # never published here (no ids in the registry): nothing to ask about
            return {"exists": False, "layer": f"{ws}:"}
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
        links = [e.get("{http://www.w3.org/1999/xlink}href")
                 for e in found.iterfind("{*}MetadataURL/{*}OnlineResource")]
        metadata_url = result.urls.get("metadata", "")
        if metadata_url and metadata_url not in links:
            problems.append(f"la couche {ws}:{name} n'annonce pas le lien vers sa fiche ({metadata_url})")
        return problems


def _rest(*parts) -> str:
    """A REST API path, each part one quoted segment (``../x`` never climbs)."""
    return "rest/" + "/".join(segment(p) for p in parts) if parts else "rest"


def _already_exists(error: PublishError) -> bool:
    """GeoServer's "already exists" answer to a creation: 409 (recent versions), 401 for a workspace and 500
    or 403 (catalogue validation, styles) on older ones, with "exists" in the text."""
    return error.status in (401, 403, 409, 500) and "exist" in (error.message_en or "").lower()


def _metadata(featuretype: Optional[dict]) -> dict:
    meta = (featuretype or {}).get("metadata")
    entries = _as_list(meta.get("entry") if isinstance(meta, dict) else None)
    return {e.get("@key"): str(e.get("$", "")) for e in entries if isinstance(e, dict)}


def _owner_of_featuretype(featuretype: Optional[dict]) -> str:
    other = _metadata(featuretype).get(META_ID)
    return f"publié par Passerelle pour une autre fiche ({other})" if other else ""


def _parameters(store: dict) -> dict:
    params = store.get("connectionParameters")
    entries = _as_list(params.get("entry") if isinstance(params, dict) else None)
    return {e.get("@key"): str(e.get("$", "")) for e in entries if isinstance(e, dict)}


def _children(response) -> list:
    """Entries of a REST resource directory listing (``ResourceDirectory``/``children``/``child``)."""
    try:
        directory = (response.json() or {}).get("ResourceDirectory") or {}
    except ValueError:
        return ["?"]  # unreadable: assume it is not empty
    children = directory.get("children")
    return _as_list(children.get("child") if isinstance(children, dict) else children)
