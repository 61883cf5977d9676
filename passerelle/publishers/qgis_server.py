"""QGIS Server: publish a layer as WMS (view), WFS (download) and OGC API Features in a served project.

>>> publisher = QgisServerPublisher("qgis-server", {
...     "project": "/srv/qgis/catalogue.qgs",            # the project QGIS Server serves
...     "url": "https://geo.ville.fr/ows/",              # its public OWS address (what clients use)
...     "title": "Données de Saint-Aubin", "contact": {"organisation": "Mairie", "email": "sig@ville.fr"}})
>>> result = publisher.publish(package, {"metadata_url": csw_record_url})
>>> result.urls["wms"], result.online_resources            # for the catalogue step

How a publication lives in the served project:

- one layer per record, with a QGIS layer id derived from the record identifier
  (``passerelle_<uuid>``) and the custom property ``passerelle/identifier`` — Passerelle's mark: a
  re-publication replaces that layer in place (same id, same position, same style unless a new SLD
  comes), and layers without that property are never modified or removed. A layer added by hand
  under the short name Passerelle wants is refused with :class:`~.ownership.ForeignObject` (naming
  it); with ``package.adopt`` it is taken over in place (its id, position and style kept, its data and
  description replaced, the mark set), and is Passerelle's from then on. A layer of another record
  is never taken (``qgis-server.name-taken``). ``unpublish`` removes a layer only when its mark names
  the record, and reports a layer under the registry's id that does not carry it;
- the data is copied next to the project (``<project>_data/<name>-<hash>.gpkg``; the package's
  GeoPackage may be a temporary file). The file name changes with the content, so a running
  server never reuses a stale open handle on replaced data; the previous copy is then deleted.
  With ``"serve": "live"`` a PostGIS table is served in place instead: the served layer reads the
  table itself (every change is seen at once), its source names the table without password and
  the credentials come from the layer's QGIS authentication configuration or pg_service (a
  password written in the source is refused: it would land in the project);
- short name = ``package.name`` (the WMS layer / WFS type / OGC API collection name), title,
  abstract, keywords and attribution from the record, WMS ``MetadataURL`` (ISO19115:2003,
  text/xml) pointing to the catalogue record;
- project entries: WMS service capabilities, advertised URLs, extent, CRS list (2154, 4326,
  3857 and the data CRS), WFS layers and precision, INSPIRE extended capabilities (WMS 1.3.0).
  OGC API Features (``/wfs3``) needs nothing more: it serves the WFS layers;
- the project is read without opening the other layers' data (their XML is written back as
  read), written to a temporary file and renamed over the served one, under a lock
  (``<project>.lock``: one writer at a time, threads and processes). QGIS Server 3.22 has no
  modification-time check: a file-system watcher drops its cached project when the file is
  replaced, and the next request reloads it (whole project: ~0.7 s for 100 layers). It never
  reads a half-written file this way. But a replacement *during* a request can crash
  ``qgis_mapserver`` 3.22 (SIGABRT): publish between requests, or restart it after a batch;
- an unchanged re-publication (same fingerprint) is answered from the project file alone and
  writes nothing, so the server keeps its cache.

Publishing needs QGIS (``qgis.core`` is imported when used); :meth:`QgisServerPublisher.status`
and :func:`read_marks` only parse XML.
"""
from __future__ import annotations

import contextlib
import datetime as _dt
import hashlib
import json
import logging
import os
import re
import shutil
import tempfile
import threading
from typing import Iterable, Optional
from urllib.parse import urlsplit, urlunsplit

from ..catalogue.encoders.iso19139 import service_link
from ..catalogue.findings import ERROR, Finding
from .base import SERVICE, PublicationPackage, Publisher, PublishResult
from .http import HttpClient, PublishError, parse_xml
from .ownership import ForeignObject

log = logging.getLogger("passerelle.publishers.qgis_server")

PROPERTY = "passerelle/"  # prefix of the custom properties marking our layers
ID_PROPERTY = PROPERTY + "identifier"
DEFAULT_CRS_LIST = ("EPSG:2154", "EPSG:4326", "EPSG:3857")
METADATA_URL_TYPE = "ISO19115:2003"  # WMS 1.3.0 MetadataURL/@type
METADATA_URL_FORMAT = "text/xml"
DEFAULT_COLOUR = "#3d7ab8"  # layers published without a style
#: QGIS short names (WMS Name, WFS TypeName): a letter first, then letters, digits, "_", "-", ".".
SHORT_NAME = re.compile(r"^[A-Za-z][A-Za-z0-9_.-]*$")
_NS = {"wms": "http://www.opengis.net/wms", "wfs": "http://www.opengis.net/wfs",
       "inspire_vs": "http://inspire.ec.europa.eu/schemas/inspire_vs/1.0"}


def layer_id(identifier: str) -> str:
    """The QGIS layer id of a record's layer: stable, and a valid XML name (project entries use it).

    >>> layer_id("0b7c4f0e-3d1a-4c6e-9a53-2f8d2c9e1a10")
    'passerelle_0b7c4f0e_3d1a_4c6e_9a53_2f8d2c9e1a10'
    """
    return "passerelle_" + re.sub(r"[^A-Za-z0-9_]", "_", identifier)


def our_layer_id(marks: dict, identifier: str) -> str:
    """The id of the layer carrying the record's mark in a project read with :func:`read_marks`: the
    derived one (:func:`layer_id`), or the id of a layer adopted under its own id; the derived one when none."""
    derived = layer_id(identifier)
    if (marks.get(derived) or {}).get("properties", {}).get(ID_PROPERTY) == identifier:
        return derived
    return next((lid for lid, mark in marks.items() if mark["properties"].get(ID_PROPERTY) == identifier), derived)


def _project_layer_id(project, identifier: str) -> str:
    """:func:`our_layer_id` in an open QgsProject."""
    derived = layer_id(identifier)
    layer = project.mapLayer(derived)
    if layer is not None and layer.customProperty(ID_PROPERTY) == identifier:
        return derived
    return next((lid for lid, layer in project.mapLayers().items() if layer.customProperty(ID_PROPERTY) == identifier),
                derived)


def _layer_owner(properties: dict) -> str:
    other = properties.get(ID_PROPERTY)
    return f"publiée par Passerelle pour une autre fiche ({other})" if other else "ajoutée au projet sans Passerelle"


def with_query(url: str, **params) -> str:
    """``url`` plus OWS parameters, whether or not it already has a query (``...fcgi?MAP=...``)."""
    query = "&".join(f"{key}={value}" for key, value in params.items())
    return url + ("&" if "?" in url else "?") + query


class QgisServerPublisher(Publisher):
    """One QGIS Server project as a publication target (view + download services).

    Settings: ``project`` (path of the served .qgs/.qgz, created when missing), ``url`` (public
    OWS URL), optional ``ogcapi_url`` (default ``<url>/wfs3``), ``verify_url`` (where
    :meth:`verify` reads back, default ``url``), ``data_dir``, ``crs`` (of a new project, default
    EPSG:2154), ``title``, ``abstract``, ``keywords``, ``contact`` (dict with organisation,
    name, position, email, phone), ``fees``, ``access_constraints``, ``language`` (fre),
    ``precision`` (WFS decimals), ``inspire`` (False to leave INSPIRE capabilities off),
    ``service_metadata_url`` (the service's own record for INSPIRE; default: the published
    layer's record), ``kind`` (open), ``serve`` (``snapshot``, the default: a copy of the data;
    ``live``: a PostGIS table served in place).
    """

    role = SERVICE
    concurrent = False  # one project file; qgis_mapserver 3.22 aborts if it is replaced mid-request

    def __init__(self, name: str, settings: dict, http=None):
        super().__init__(name, settings, http)
        if not settings.get("project"):
            raise PublishError("La cible QGIS Server n'indique pas le projet à servir (réglage « project »).",
                               "The QGIS Server target has no 'project' setting.", code="qgis-server.settings")
        if not settings.get("url"):
            raise PublishError("La cible QGIS Server n'indique pas son adresse publique (réglage « url »).",
                               "The QGIS Server target has no 'url' setting.", code="qgis-server.settings")
        self.kind = settings.get("kind", "open")
        self.project_path = os.path.abspath(settings["project"])
        stem = os.path.splitext(os.path.basename(self.project_path))[0]
        self.data_dir = os.path.abspath(settings.get("data_dir")
                                        or os.path.join(os.path.dirname(self.project_path), f"{stem}_data"))

    # --- URLs --------------------------------------------------------------------------------
    @property
    def url(self) -> str:
        return self.settings["url"]

    @property
    def ogcapi_url(self) -> str:
        if self.settings.get("ogcapi_url"):
            return self.settings["ogcapi_url"].rstrip("/")
        parts = urlsplit(self.url)
        return urlunsplit((parts.scheme, parts.netloc, parts.path.rstrip("/") + "/wfs3", "", ""))

    def service_urls(self, name: str, base: str = "") -> dict:
        """GetCapabilities of WMS 1.3.0 and WFS 1.1.0, and the OGC API collection of layer ``name``."""
        base = base or self.url
        return {"wms": with_query(base, SERVICE="WMS", VERSION="1.3.0", REQUEST="GetCapabilities"),
                "wfs": with_query(base, SERVICE="WFS", VERSION="1.1.0", REQUEST="GetCapabilities"),
                "ogcapi": f"{self.ogcapi_url}/collections/{name}"}

    # --- the Publisher interface ---------------------------------------------------------------
    def check(self, package: PublicationPackage) -> list:
        """Findings when ``package.name`` cannot be a WMS layer / WFS type name, or when a PostGIS table to
        serve live has no credential but a password written in its source."""
        findings = []
        if not SHORT_NAME.match(package.name or ""):
            findings.append(Finding(
                "qgis-server.layer-name", ERROR, package.name,
                f"Le nom technique « {package.name} » ne peut pas servir de nom de couche WMS/WFS : il doit "
                "commencer par une lettre et ne contenir que des lettres sans accent, chiffres, « _ », « - » ou « . ».",
                f"'{package.name}' cannot be a WMS/WFS layer name: a letter first, then ASCII letters, digits, _ - ."))
        try:
            self._live_source(package)
        except PublishError as error:  # said before anything is sent anywhere
            findings.append(Finding(error.code, ERROR, package.name, error.message_fr, error.message_en))
        return findings

    def publish(self, package: PublicationPackage, links: dict) -> PublishResult:
        """Add or replace the record's layer in the served project; see the module docstring."""
        return self.publish_many([(package, links)])[0]

    def publish_many(self, items: Iterable[tuple]) -> list:
        """Publish several ``(package, links)`` with ONE read and ONE write of the served project.

        The project is rewritten whole at each write, so its cost grows with the number of layers it
        serves: publishing a batch this way costs one rewrite instead of one per layer. All or
        nothing: when one package fails, the project is left as it was.

        >>> results = publisher.publish_many([(package, {"metadata_url": url}) for package, url in pending])
        """
        items = [(package, links or {}) for package, links in items]
        if getattr(self.http, "dry_run", False):  # reads only: no lock file, nothing created on disk
            return self._unchanged_results(items) or self._planned(items)
        with _project_lock(self.project_path):
            unchanged = self._unchanged_results(items)
            if unchanged is not None:  # read from the file alone: no QGIS project opened, nothing written
                return unchanged
            return self._publish_into_project(items)

    def _planned(self, items: list) -> list:
        """Dry run: say what would be written, write nothing."""
        marks = read_marks(self.project_path) if os.path.exists(self.project_path) else {}
        results = []
        for package, _links in items:
            target_id = our_layer_id(marks, package.identifier)
            verb = "remplacer" if target_id in marks else "ajouter"
            self.http.plan("COPY", os.path.join(self.data_dir, f"{package.name}.gpkg"), "données GeoPackage")
            self.http.plan("WRITE", self.project_path, f"{verb} la couche « {package.name} » (WMS, WFS, OGC API)")
            results.append(self._result(package, target_id, created=target_id not in marks, changed=True))
        return results

    def _publish_into_project(self, items: list) -> list:
        results, changed, stale_files, new_files = [], False, [], []
        try:
            with _open_project(self.project_path, self.settings) as project:
                for package, links in items:
                    result, old_file = self._put_layer(project, package, links, new_files)
                    results.append(result)
                    changed = changed or result.changed
                    if old_file:
                        stale_files.append(old_file)
                if changed:
                    self._service_entries(project)
                    _write_atomically(project, self.project_path)
        except BaseException:
            for path in new_files:  # copies the served project never got to reference
                self._remove_data_file(path)
            raise
        for path in stale_files:  # only once the project no longer points to them
            self._remove_data_file(path)
        return results

    def unpublish(self, identifier: str, ids: dict) -> None:
        """Remove the record's layer and its WFS entries; every other layer stays as it was. A layer under
        the registry's id that does not carry the record's mark is never removed (ForeignObject)."""
        if not os.path.exists(self.project_path):
            return
        with _project_lock(self.project_path):
            marks = read_marks(self.project_path)
            ours = our_layer_id(marks, identifier)  # the layer carrying the record's mark, wherever it is
            if (marks.get(ours) or {}).get("properties", {}).get(ID_PROPERTY) == identifier:
                self._remove_layer(ours, identifier)
                return
            other = marks.get((ids or {}).get("layer") or ours)
            if other is not None:  # the registry's layer is there, without the record's mark: not ours
                raise ForeignObject(self.http.target, f"la couche « {other['short_name'] or ours} »",
                                    _layer_owner(other["properties"]), unpublish=True)

    def _remove_layer(self, target_id: str, identifier: str) -> None:
        with _open_project(self.project_path, self.settings) as project:
            layer = project.mapLayer(target_id)
            if layer is None or layer.customProperty(ID_PROPERTY) != identifier:
                return  # nothing of ours (a layer with that id but without our mark is not ours)
            data_file = _source_path(layer)
            metadata_url = layer.customProperty(PROPERTY + "metadata_url") or ""
            project.removeMapLayer(target_id)
            _remove_from_list(project, "WFSLayers", target_id)
            project.removeEntry("WFSLayersPrecision", f"/{target_id}")
            self._forget_inspire_record(project, metadata_url)
            _write_atomically(project, self.project_path)
        self._remove_data_file(data_file)

    def status(self, identifier: str, ids: dict) -> dict:
        """``{"exists", "layer", "name", "content_hash", "data", "data_exists", "wfs"}`` from the project file.

        Read with a plain XML parser: cheap whatever the number of layers, and usable without QGIS.

        >>> publisher.status(record.identifier, result.ids)["exists"]
        True
        """
        marks = read_marks(self.project_path)
        target_id = (ids or {}).get("layer") or our_layer_id(marks, identifier)
        mark = marks.get(target_id)
        if mark is None or mark["properties"].get(ID_PROPERTY) != identifier:
            return {"exists": False, "layer": target_id}
        return {"exists": True, "layer": target_id, "name": mark["short_name"],
                "content_hash": mark["properties"].get(PROPERTY + "content_hash", ""),
                "data": mark["data"], "live": mark["provider"] == "postgres",
                "data_exists": mark["provider"] == "postgres" or bool(mark["data"]) and os.path.exists(mark["data"]),
                "wfs": mark["wfs"]}

    def verify(self, package: PublicationPackage, result: PublishResult) -> list:
        """Read the services back: WMS capabilities list the layer, WFS counts every feature."""
        base = self.settings.get("verify_url") or self.url
        http = self.http or HttpClient(target="QGIS Server", timeout=60, retries=1)
        urls = self.service_urls(package.name, base)
        problems = []
        try:
            capabilities = parse_xml(http.get(urls["wms"]).content)
            names = capabilities.xpath("//wms:Layer/wms:Name/text()", namespaces=_NS)
            if package.name not in names:
                problems.append(f"Les capacités WMS de QGIS Server ne listent pas la couche « {package.name} ».")
            hits = parse_xml(http.get(with_query(base, SERVICE="WFS", VERSION="1.1.0", REQUEST="GetFeature",
                                                 TYPENAME=package.name, RESULTTYPE="hits")).content)
            found = hits.get("numberOfFeatures")
            if found is None or int(found) != package.feature_count:
                problems.append(f"Le WFS de QGIS Server sert {found} entités pour « {package.name} » "
                                f"au lieu de {package.feature_count}.")
        except PublishError as exc:
            problems.append(exc.message_fr)
        return problems

    # --- one layer ---------------------------------------------------------------------------
    def _unchanged_results(self, items: list) -> Optional[list]:
        """Results for a batch the project already holds exactly (same fingerprints), else None."""
        marks = read_marks(self.project_path)
        results = []
        for package, links in items:
            target_id = our_layer_id(marks, package.identifier)
            mark = marks.get(target_id)
            if (mark is None or mark["properties"].get(ID_PROPERTY) != package.identifier
                    or mark["properties"].get(PROPERTY + "fingerprint") != self._fingerprint(package, links)
                    or not mark["wfs"] or not _data_present(mark)):
                return None
            results.append(self._result(package, target_id, created=False, changed=False))
        return results

    def _result(self, package: PublicationPackage, target_id: str, created: bool, changed: bool) -> PublishResult:
        urls = self.service_urls(package.name)
        return PublishResult(target=self.name, ids={"layer": target_id, "project": self.project_path}, urls=urls,
                             online_resources=self._online_resources(package.name, urls),
                             created=["layer"] if created else [], changed=changed)

    def _put_layer(self, project, package: PublicationPackage, links: dict, new_files: list):
        """Add or replace the package's layer in ``project``; returns (result, data file to delete)."""
        target_id = _project_layer_id(project, package.identifier)
        existing = project.mapLayer(target_id)
        if existing is not None and existing.customProperty(ID_PROPERTY) != package.identifier:
            if not package.adopt or existing.customProperty(ID_PROPERTY):
                raise ForeignObject(self.http.target, f"la couche d'identifiant QGIS « {target_id} »",
                                    _layer_owner({ID_PROPERTY: existing.customProperty(ID_PROPERTY) or ""}),
                                    adoptable=not existing.customProperty(ID_PROPERTY))
        clash = self._name_clash(project, package.name, target_id)
        if clash is not None:
            if not package.adopt or existing is not None:
                raise ForeignObject(self.http.target, f"la couche « {package.name} » (« {clash.name()} »)",
                                    "ajoutée au projet sans Passerelle", adoptable=existing is None)
            existing, target_id = clash, clash.id()  # taken over in place: id, position and style kept
        fingerprint = self._fingerprint(package, links)
        live = self._live_source(package)
        old_file = _source_path(existing) if existing is not None and existing.providerType() == "ogr" else ""
        in_place = existing is not None and (existing.providerType() == "postgres" if live
                                             else bool(old_file) and os.path.exists(old_file))
        if in_place and existing.customProperty(PROPERTY + "fingerprint") == fingerprint:
            return self._result(package, target_id, created=False, changed=False), ""
        result = self._result(package, target_id, created=existing is None, changed=True)
        if live:  # the table itself: nothing copied, credentials from the source's authcfg or pg_service
            data_file, source, provider = "", live, "postgres"
        else:
            data_file = self._copy_data(package, new_files)
            source, provider = f"{data_file}|layername={package.name}", "ogr"
        if existing is not None:
            layer = existing
            had_geometry = layer.geometryType()
            layer.setDataSource(source, package.record.title or package.name, provider)
            if not layer.isValid():
                raise self._invalid_data(package, data_file)
            keep_style = had_geometry == layer.geometryType()
        else:
            layer = _new_layer(target_id, source, package.record.title or package.name, provider)
            if not layer.isValid():
                raise self._invalid_data(package, data_file)
            keep_style = False
        _apply_style(layer, package.sld, keep_style)
        self._describe_layer(layer, package, links, fingerprint)
        if existing is None:
            project.addMapLayer(layer)
        _add_to_list(project, "WFSLayers", target_id)
        geographic = layer.crs().isGeographic()
        project.writeEntry("WFSLayersPrecision", f"/{target_id}",
                           int(self.settings.get("precision") or (8 if geographic else 6)))
        _grow_extent(project, layer)
        _add_to_list(project, "WMSCrsList", *DEFAULT_CRS_LIST, package.crs or layer.crs().authid())
        self._inspire(project, package, links)
        return result, (old_file if old_file and old_file != data_file else "")

    def _live_source(self, package: PublicationPackage) -> str:
        """The PostGIS source to serve in place (``serve: live``), or "" to serve a copy of the data.

        Refused (``qgis-server.live-credentials``) when the only credential is a password written in the
        layer's source: it would have to be written in the served project.
        """
        source = package.source or {}
        if self.settings.get("serve", "snapshot") != "live" or source.get("provider") != "postgres":
            return ""
        if source.get("authcfg") and self.settings.get("authcfg_usable") is False:
            raise PublishError(
                f"La couche « {package.name} » se connecte à PostgreSQL par la configuration d'authentification QGIS "
                f"« {source['authcfg']} », que le QGIS Server de l'IDG locale ne peut pas ouvrir (il n'a pas le mot "
                "de passe principal de QGIS). Pour servir la table en direct, connectez la couche par un service "
                "pg_service (le QGIS Server local lit le fichier pg_service.conf et le .pgpass de l'utilisateur), ou "
                "publiez une copie des données (« serve »: « snapshot »).",
                f"Layer '{package.name}' connects to PostgreSQL through QGIS authentication configuration "
                f"'{source['authcfg']}', which the local SDI's QGIS Server cannot open: use a pg_service, or publish "
                "a copy ('serve': 'snapshot').", code="qgis-server.live-credentials")
        if source.get("password_in_source") and not (source.get("authcfg") or source.get("service")):
            raise PublishError(
                f"La couche « {package.name} » se connecte à PostgreSQL avec un mot de passe écrit dans sa source : "
                "pour servir la table en direct, QGIS Server a besoin d'une configuration d'authentification QGIS ou "
                "d'un service pg_service (le mot de passe n'est alors jamais écrit dans le projet servi). "
                "Enregistrez la connexion ainsi dans QGIS, ou publiez une copie des données (« serve »: « snapshot »).",
                f"Layer '{package.name}' connects to PostgreSQL with a password written in its source: serving the "
                "table live needs a QGIS authentication configuration or a pg_service (the password is then never "
                "written in the served project), or publish a copy ('serve': 'snapshot').",
                code="qgis-server.live-credentials")
        return source.get("uri", "")

    def _fingerprint(self, package: PublicationPackage, links: dict) -> str:
        """What makes a publication differ: data + record (content_hash), style, name, links, settings, and the
        table's source when it is served live."""
        parts = [package.content_hash, package.name, package.sld, package.crs, package.record.title,
                 package.record.abstract, json.dumps(package.record.keywords), links.get("metadata_url", ""),
                 json.dumps(self.settings, sort_keys=True, default=str), self._live_source(package)]
        return hashlib.sha256("\x1f".join(map(str, parts)).encode("utf-8")).hexdigest()

    def _name_clash(self, project, name: str, target_id: str):
        """The layer not published by Passerelle that already uses the short name ``name``, None when free;
        a layer of another Passerelle record is refused outright (``qgis-server.name-taken``)."""
        for other in project.mapLayers().values():
            if other.id() != target_id and (other.shortName() or other.name()) == name:
                if not other.customProperty(ID_PROPERTY):
                    return other
                raise PublishError(
                    f"Le nom de couche « {name} » est déjà pris dans le projet QGIS Server par une autre fiche "
                    f"publiée par Passerelle (« {other.name()} ») : choisissez un autre nom technique.",
                    f"Layer name '{name}' is already used in the served project by '{other.name()}'.",
                    code="qgis-server.name-taken")
        return None

    def _copy_data(self, package: PublicationPackage, new_files: list) -> str:
        """The package's GeoPackage copied into the data folder (named after name and content)."""
        if not package.gpkg_path or not os.path.exists(package.gpkg_path):
            raise PublishError(f"Le fichier de données « {package.gpkg_path} » est introuvable.",
                               f"Data file '{package.gpkg_path}' not found.", code="qgis-server.no-data")
        os.makedirs(self.data_dir, exist_ok=True)
        digest = (package.content_hash or _file_hash(package.gpkg_path))[:12]
        target = os.path.join(self.data_dir, f"{package.name}-{digest}.gpkg")
        if os.path.abspath(package.gpkg_path) == target or (package.content_hash and os.path.exists(target)):
            return target  # same content: never replace a file the server may have open
        handle, temporary = tempfile.mkstemp(prefix=f".{package.name}-", suffix=".gpkg", dir=self.data_dir)
        os.close(handle)
        try:
            shutil.copyfile(package.gpkg_path, temporary)
            os.replace(temporary, target)
        except BaseException:
            with contextlib.suppress(OSError):
                os.remove(temporary)
            raise
        new_files.append(target)
        return target

    def _remove_data_file(self, path: str) -> None:
        """Delete a data copy of ours (never a file outside the data folder)."""
        if path and os.path.dirname(os.path.abspath(path)) == self.data_dir:
            for suffix in ("", "-wal", "-shm"):
                try:
                    os.remove(path + suffix)
                except FileNotFoundError:
                    pass
                except OSError as exc:  # e.g. still open by the server on Windows: harmless, left behind
                    log.warning("could not delete %s: %s", path + suffix, exc)

    def _invalid_data(self, package: PublicationPackage, data_file: str) -> PublishError:
        if not data_file:
            table = f"{(package.source or {}).get('schema', '')}.{(package.source or {}).get('table', '')}"
            return PublishError(
                f"QGIS n'arrive pas à ouvrir la table PostgreSQL « {table} » sans mot de passe écrit : vérifiez sa "
                "configuration d'authentification QGIS ou son service pg_service. La couche n'est pas publiée.",
                f"QGIS cannot open PostgreSQL table '{table}' without a written password: check its QGIS "
                "authentication configuration or pg_service.", code="qgis-server.invalid-layer")
        return PublishError(
            f"QGIS n'arrive pas à ouvrir la table « {package.name} » de {data_file} : la couche n'est pas publiée.",
            f"QGIS cannot open table '{package.name}' of {data_file}.", code="qgis-server.invalid-layer")

    def _describe_layer(self, layer, package: PublicationPackage, links: dict, fingerprint: str) -> None:
        from qgis.core import QgsMapLayerServerProperties

        record = package.record
        layer.setShortName(package.name)
        layer.setTitle(record.title or package.name)
        layer.setAbstract(record.abstract or "")
        layer.setKeywordList(", ".join(k.replace(",", " ") for k in record.keywords))
        if record.producer.organisation:
            layer.setAttribution(record.producer.organisation)
        metadata_url = links.get("metadata_url") or ""
        urls = [QgsMapLayerServerProperties.MetadataUrl(metadata_url, METADATA_URL_TYPE, METADATA_URL_FORMAT)] \
            if metadata_url else []
        layer.serverProperties().setMetadataUrls(urls)
        for key, value in (("identifier", package.identifier), ("name", package.name),
                           ("content_hash", package.content_hash), ("metadata_url", metadata_url),
                           ("fingerprint", fingerprint)):
            layer.setCustomProperty(PROPERTY + key, value)

    def _online_resources(self, name: str, urls: dict) -> list:
        """View (WMS), download (WFS) and OGC API - Features links: the OGC API one gives the landing page
        and the collection in ``gmd:name``, which is how QGIS (provider OAPIF) and OWSLib open a collection."""
        language = self.settings.get("language", "fre")
        return [service_link("wms", urls["wms"], name, language=language),
                service_link("wfs", urls["wfs"], name, language=language),
                service_link("ogcapi", self.ogcapi_url, name, language=language)]

    # --- project-wide entries ------------------------------------------------------------------
    def _service_entries(self, project) -> None:
        s = self.settings
        project.writeEntry("WMSServiceCapabilities", "/", True)
        for key in ("WMSUrl", "WFSUrl", "WMSOnlineResource"):
            project.writeEntry(key, "/", s["url"])
        if s.get("title"):
            project.writeEntry("WMSServiceTitle", "/", s["title"])
        if s.get("abstract"):
            project.writeEntry("WMSServiceAbstract", "/", s["abstract"])
        if s.get("keywords"):
            project.writeEntry("WMSKeywordList", "/", list(s["keywords"]))
        if s.get("fees"):
            project.writeEntry("WMSFees", "/", s["fees"])
        if s.get("access_constraints"):
            project.writeEntry("WMSAccessConstraints", "/", s["access_constraints"])
        contact = s.get("contact") or {}
        if isinstance(contact, str):
            contact = {"organisation": contact}
        for field, key in (("organisation", "WMSContactOrganization"), ("name", "WMSContactPerson"),
                           ("position", "WMSContactPosition"), ("email", "WMSContactMail"),
                           ("phone", "WMSContactPhone")):
            if contact.get(field):
                project.writeEntry(key, "/", contact[field])

    def _inspire(self, project, package: PublicationPackage, links: dict) -> None:
        """INSPIRE extended capabilities (scenario 1: a link to the service's metadata record)."""
        metadata_url = self.settings.get("service_metadata_url") or links.get("metadata_url")
        if self.settings.get("inspire", True) is False or not metadata_url:
            return
        record = package.record
        reference = record.revised or record.published or record.created or _dt.date.today()
        project.writeEntry("WMSInspire", "/activated", True)
        project.writeEntry("WMSInspire", "/language", self.settings.get("language", record.language or "fre"))
        project.writeEntry("WMSInspire", "/metadataUrl", metadata_url)
        project.writeEntry("WMSInspire", "/metadataUrlType", _metadata_media_type(metadata_url))
        project.writeEntry("WMSInspire", "/temporalReference", reference.isoformat())
        project.writeEntry("WMSInspire", "/metadataDate", _dt.date.today().isoformat())

    def _forget_inspire_record(self, project, metadata_url: str) -> None:
        """After an unpublish: INSPIRE must not keep pointing to the removed layer's record."""
        if self.settings.get("service_metadata_url") or not metadata_url:
            return
        if project.readEntry("WMSInspire", "/metadataUrl", "")[0] != metadata_url:
            return
        others = [layer.customProperty(PROPERTY + "metadata_url") for layer in project.mapLayers().values()
                  if layer.customProperty(ID_PROPERTY) and layer.customProperty(PROPERTY + "metadata_url")]
        if others:
            project.writeEntry("WMSInspire", "/metadataUrl", others[-1])
            project.writeEntry("WMSInspire", "/metadataUrlType", _metadata_media_type(others[-1]))
        else:
            project.writeEntry("WMSInspire", "/activated", False)
            project.removeEntry("WMSInspire", "/metadataUrl")


# --- QGIS project helpers ------------------------------------------------------------------------

_THREAD_LOCKS: dict = {}
_THREAD_LOCKS_GUARD = threading.Lock()


@contextlib.contextmanager
def _project_lock(path: str):
    """One writer at a time on a served project: threads of this process, and other processes."""
    with _THREAD_LOCKS_GUARD:
        thread_lock = _THREAD_LOCKS.setdefault(path, threading.Lock())
    with thread_lock:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path + ".lock", "a+b") as handle:
            _lock_file(handle)
            try:
                yield
            finally:
                _unlock_file(handle)


def _lock_file(handle) -> None:
    try:
        import fcntl
    except ImportError:  # Windows
        import msvcrt
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_LOCK, 1)
    else:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX)


def _unlock_file(handle) -> None:
    try:
        import fcntl
    except ImportError:
        import msvcrt
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)
    else:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


@contextlib.contextmanager
def _open_project(path: str, settings: dict):
    """A private QgsProject (never QgsProject.instance()) read from ``path``, or a new one.

    Layers are read without opening their data (FlagDontResolveLayers): reading is then about six
    times faster, and QGIS writes such layers back as it read them (style, joins, relations kept).
    Only the layer being published is opened (``setDataSource``).
    """
    from qgis.core import QgsCoordinateReferenceSystem, QgsProject

    project = QgsProject()
    try:
        if os.path.exists(path):
            if not project.read(path, QgsProject.FlagDontResolveLayers):
                raise PublishError(f"QGIS n'arrive pas à lire le projet servi « {path} » : {project.error()}",
                                   f"QGIS cannot read the served project '{path}': {project.error()}",
                                   code="qgis-server.project-unreadable")
        else:
            project.setCrs(QgsCoordinateReferenceSystem(settings.get("crs", "EPSG:2154")))
            project.setTitle(settings.get("title") or "Passerelle")
            project.setFileName(path)
        yield project
    finally:
        project.clear()  # layers die here, not at interpreter exit (QGIS would crash)
        project.deleteLater()


def _write_atomically(project, path: str) -> None:
    """Write to a temporary file in the same folder, then rename it over the served project."""
    folder, base = os.path.split(path)
    stem, extension = os.path.splitext(base)
    handle, temporary = tempfile.mkstemp(prefix=f".{stem}-", suffix=extension, dir=folder)
    os.close(handle)
    try:
        if not project.write(temporary):
            raise PublishError(f"QGIS n'arrive pas à écrire le projet servi « {path} » : {project.error()}",
                               f"QGIS cannot write the served project '{path}': {project.error()}",
                               code="qgis-server.project-unwritable")
        if os.path.exists(path):
            shutil.copymode(path, temporary)  # keep the rights the server's account relies on
        else:
            os.chmod(temporary, 0o644)
        os.replace(temporary, path)
    finally:
        for leftover in (temporary, temporary + "~", os.path.splitext(temporary)[0] + ".qgd"):
            with contextlib.suppress(FileNotFoundError):
                os.remove(leftover)


def _new_layer(target_id: str, source: str, name: str, provider: str = "ogr"):
    """A vector layer whose QGIS id is ``target_id`` (3.22 has no setId: go through the layer XML)."""
    from qgis.core import QgsReadWriteContext, QgsVectorLayer
    from qgis.PyQt.QtXml import QDomDocument

    probe = QgsVectorLayer(source, name, provider)
    if not probe.isValid():
        return probe
    document = QDomDocument("passerelle")
    element = document.createElement("maplayer")
    context = QgsReadWriteContext()
    probe.writeLayerXml(element, document, context)
    id_element = element.firstChildElement("id")
    while id_element.hasChildNodes():
        id_element.removeChild(id_element.firstChild())
    id_element.appendChild(document.createTextNode(target_id))
    layer = QgsVectorLayer()
    layer.readLayerXml(element, context)
    return layer


def _apply_style(layer, sld: str, keep_current: bool) -> None:
    """Style from the package's SLD when QGIS can read it; else keep the current (or default) style."""
    from qgis.PyQt.QtXml import QDomDocument

    if sld:
        document = QDomDocument()
        ok, message, *_ = document.setContent(sld, True)
        named_layer = None
        if ok:  # QGIS exports <NamedLayer> in the default namespace; others may write <sld:NamedLayer>
            named_layer = document.documentElement().firstChildElement("NamedLayer")
            if named_layer.isNull():
                named_layer = document.elementsByTagNameNS("http://www.opengis.net/sld", "NamedLayer").item(0)
                named_layer = named_layer.toElement()
        if named_layer is not None and not named_layer.isNull():
            applied = layer.readSld(named_layer, "")
            if applied is True or (isinstance(applied, tuple) and applied[0]):
                return
        log.warning("SLD style of %s not applied (%s): QGIS default style kept", layer.shortName(),
                    message or "unreadable SLD")
    if not keep_current:  # QGIS would pick a random colour: every publication would look different
        from qgis.core import QgsSingleSymbolRenderer, QgsSymbol
        from qgis.PyQt.QtGui import QColor

        symbol = QgsSymbol.defaultSymbol(layer.geometryType())
        if symbol is not None:
            symbol.setColor(QColor(DEFAULT_COLOUR))
            layer.setRenderer(QgsSingleSymbolRenderer(symbol))


def _source_path(layer) -> str:
    if layer is None:
        return ""
    from qgis.core import QgsProviderRegistry

    return QgsProviderRegistry.instance().decodeUri("ogr", layer.source()).get("path") or ""


def _add_to_list(project, key: str, *values) -> None:
    current = list(project.readListEntry(key, "/")[0] or [])
    missing = [v for v in dict.fromkeys(values) if v and v not in current]
    if missing:
        project.writeEntry(key, "/", current + missing)


def _remove_from_list(project, key: str, value: str) -> None:
    current = list(project.readListEntry(key, "/")[0] or [])
    if value in current:
        project.writeEntry(key, "/", [v for v in current if v != value])


def _grow_extent(project, layer) -> None:
    """Advertised extent (WMSExtent, project CRS) = what it was, plus this layer."""
    from qgis.core import QgsCoordinateTransform, QgsRectangle

    extent = layer.extent()
    if extent.isNull() or not extent.isFinite():
        return
    if layer.crs() != project.crs():
        extent = QgsCoordinateTransform(layer.crs(), project.crs(), project).transformBoundingBox(extent)
    current = project.readListEntry("WMSExtent", "/")[0] or []
    if len(current) == 4:
        with contextlib.suppress(ValueError):
            extent.combineExtentWith(QgsRectangle(*map(float, current)))
    if extent.width() == 0 or extent.height() == 0:  # a single point: give WMS clients a usable box
        extent.grow(1.0 if not project.crs().isGeographic() else 0.00001)
    project.writeEntry("WMSExtent", "/", [repr(extent.xMinimum()), repr(extent.yMinimum()),
                                          repr(extent.xMaximum()), repr(extent.yMaximum())])


def read_marks(project_path: str) -> dict:
    """Layers of a project file as ``{layer id: {"properties", "short_name", "data", "wfs", "provider"}}``.

    A plain XML read (no QGIS): ``properties`` are the layer's custom properties, ``data`` the
    absolute path of its file (when file-based; a PostGIS layer's source otherwise), ``wfs`` whether
    the layer is published in WFS.
    """
    if not os.path.exists(project_path):
        return {}
    if project_path.lower().endswith(".qgz"):
        import zipfile

        with zipfile.ZipFile(project_path) as archive:
            content = archive.read(next(n for n in archive.namelist() if n.lower().endswith(".qgs")))
    else:
        with open(project_path, "rb") as handle:
            content = handle.read()
    root = parse_xml(content)
    folder = os.path.dirname(os.path.abspath(project_path))
    wfs = set(root.xpath("/qgis/properties/WFSLayers/value/text()"))
    marks = {}
    for element in root.iterfind("projectlayers/maplayer"):
        identifier = element.findtext("id") or ""
        properties = {o.get("name"): o.get("value", "") for o in element.iterfind("customproperties/Option/Option")}
        properties.update({p.get("key"): p.get("value", "") for p in element.iterfind("customproperties/property")})
        provider = element.findtext("provider") or ""
        data = element.findtext("datasource") or ""
        if provider == "ogr":
            data = data.split("|", 1)[0]
            if data and not os.path.isabs(data):
                data = os.path.normpath(os.path.join(folder, data))
        marks[identifier] = {"properties": properties, "short_name": element.findtext("shortname") or "",
                             "data": data, "wfs": identifier in wfs, "provider": provider}
    return marks


def _data_present(mark: dict) -> bool:
    """A served layer's data is there: its file (a copy), or the PostGIS table it reads in place."""
    if mark["provider"] == "postgres":
        return bool(mark["data"])
    return bool(mark["data"]) and os.path.exists(mark["data"])


def _metadata_media_type(url: str) -> str:
    if "getrecordbyid" in url.lower():
        return "application/vnd.ogc.csw.GetRecordByIdResponse_xml"
    return "application/vnd.iso.19139+xml"


def _file_hash(path: str) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()
