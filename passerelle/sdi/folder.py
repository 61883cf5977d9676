"""The local SDI folder: data to download, ISO records and a harvestable DCAT catalogue.

Layout (everything keyed by the record identifier, so re-publishing replaces)::

    data/<name>.gpkg            the layer's data (download distribution)
    records/<identifier>.xml    ISO 19139 record with its service and download links
    records/<identifier>.json   the record and its distributions (to rebuild the catalogue)

(``<identifier>`` is :func:`~passerelle.catalogue.identifiers.file_stem` of it: the identifier itself
when it is a lower-case UUID or slug; an identifier that does not match the one pattern is refused
before any file is named after it, so nothing is ever written or deleted outside the folder. The ISO
record is written as the local CSW receives it, with Passerelle's mark — see
:mod:`passerelle.publishers.ownership`.)
    catalogue.ttl, catalogue.jsonld   DCAT-AP catalogue of every record in records/
"""
from __future__ import annotations

import json
import logging
import os
import shutil

from ..catalogue.errors import PasserelleError
from ..catalogue.identifiers import TECHNICAL_NAME, file_stem, is_valid
from ..catalogue.record import Record
from ..catalogue.textfields import excerpt
from ..publishers.base import CATALOGUE, PublicationPackage, Publisher, PublishResult
from ..publishers.csw import GMD, CswPublisher
from ..publishers.http import parse_xml
from ..publishers.ownership import mark_record

log = logging.getLogger("passerelle.sdi")
_SERVICE_FORMATS = {"wms": "WMS_SRVC", "wfs": "WFS_SRVC", "ogcapi": "GEOJSON"}


class LocalFolderPublisher(Publisher):
    role = CATALOGUE
    concurrent = False  # the catalogue files are rebuilt from the whole folder

    def __init__(self, name, settings, http, files_url: str = "", vocabularies=None):
        super().__init__(name, settings, http)
        self.folder = os.path.expanduser(settings["folder"])
        self.files_url = files_url.rstrip("/")
        self.vocabularies = vocabularies
        self._changed = False  # did this batch write or remove anything?

    def _paths(self, identifier, name=""):
        """Files of a record: names from the validated identifier and technical name, never raw."""
        stem = file_stem(identifier)  # raises IdentifierError (record.identifier-invalid)
        if name and not TECHNICAL_NAME.fullmatch(name):
            raise PasserelleError(f"Nom technique de couche invalide : « {excerpt(name)} ».",
                                  f"Invalid technical layer name: '{excerpt(name)}'.", code="package.name")
        return (os.path.join(self.folder, "data", f"{name}.gpkg") if name else "",
                os.path.join(self.folder, "records", f"{stem}.xml"),
                os.path.join(self.folder, "records", f"{stem}.json"))

    def online_resources(self, links: list) -> list:
        """``links`` in the link convention of the local target (``link_convention``: "geonetwork", the
        default, or "inspire"), as its CSW writes them: the folder keeps the record the CSW receives."""
        from ..catalogue.encoders.iso19139 import with_link_convention
        from ..catalogue.encoders.iso19139_terms import DEFAULT_LINK_CONVENTION

        return with_link_convention(links, self.settings.get("link_convention") or DEFAULT_LINK_CONVENTION)

    def publish(self, package: PublicationPackage, links: dict) -> PublishResult:
        data, xml, sidecar = self._paths(package.identifier, package.name)
        url = f"{self.files_url}/data/{package.name}.gpkg"
        download = {"url": url, "protocol": "WWW:DOWNLOAD-1.0-http--download", "function": "download",
                    "name": f"{package.name}.gpkg", "description": "GeoPackage"}
        existed = os.path.exists(sidecar)
        renamed = self._published_name(sidecar) if existed else ""
        if self.http is not None and self.http.dry_run:
            self.http.plan("WRITE", data, "données GeoPackage")
            self.http.plan("WRITE", xml, "fiche ISO 19139")
            return PublishResult(self.name, ids={"record": package.identifier}, online_resources=[download])
        self._changed = True
        for path in (data, xml):
            os.makedirs(os.path.dirname(path), exist_ok=True)
        _copy_atomically(package.gpkg_path, data)
        described = package.record
        schema = package.files.get("schema")
        if schema and os.path.isfile(schema):  # the record cites it as ../schemas/<file>: served from here
            os.makedirs(os.path.join(self.folder, "schemas"), exist_ok=True)
            _copy_atomically(schema, os.path.join(self.folder, "schemas", os.path.basename(schema)))
            described = described.replace(schema=f"{self.files_url}/schemas/{os.path.basename(schema)}")
        links_here = list(links.get("online_resources", [])) + [download]
        # The record as the local CSW receives it (Passerelle's mark included): a dry run compares with it.
        _write_atomically(xml, mark_record(package.iso_record(self.online_resources(links_here)), package.identifier))
        distributions = [{"title": f"{package.record.title} (GeoPackage)", "download_url": url, "format": "GPKG",
                          "media_type": "application/geopackage+sqlite3", "byte_size": os.path.getsize(data),
                          "licence": package.record.licence}]
        for link in links.get("online_resources", []):
            # EU file types: the OGC API - Features collection answers GeoJSON
            kind = _SERVICE_FORMATS.get(link.get("service")) or \
                ("WMS_SRVC" if "wms" in link.get("url", "").lower() else "WFS_SRVC")
            title = link.get("description") or ("OGC API - Features" if link.get("service") == "ogcapi" else kind)
            distributions.append({"title": title, "access_url": link["url"], "format": kind})
        _write_atomically(sidecar, json.dumps({"record": described.to_dict(), "name": package.name,
                                               "distributions": distributions}, ensure_ascii=False).encode())
        if renamed and renamed != package.name:  # a new technical name: the record's data is not kept twice
            old_data = self._paths(package.identifier, renamed)[0]
            if os.path.exists(old_data):
                os.remove(old_data)
        return PublishResult(self.name, ids={"record": package.identifier, "name": package.name},
                             urls={"download": url, "dcat": f"{self.files_url}/catalogue.ttl"},
                             online_resources=[download], created=[] if existed else ["record"])

    def _published_name(self, sidecar: str) -> str:
        """The technical name a record was last published under here ("" when unknown or not a safe name)."""
        try:
            with open(sidecar, encoding="utf-8") as handle:
                name = json.load(handle).get("name", "")
        except (OSError, ValueError, AttributeError):
            return ""
        return name if isinstance(name, str) and TECHNICAL_NAME.fullmatch(name) else ""

    def unpublish(self, identifier: str, ids: dict) -> None:
        data, xml, sidecar = self._paths(identifier, ids.get("name", ""))
        if not data and os.path.exists(sidecar):
            data = self._paths(identifier, json.load(open(sidecar, encoding="utf-8"))["name"])[0]
        for path in (data, xml, sidecar):
            if path and os.path.exists(path):
                os.remove(path)
                self._changed = True

    def status(self, identifier: str, ids: dict) -> dict:
        return {"exists": os.path.exists(self._paths(identifier)[2])}

    def verify(self, package, result) -> list:
        _data, xml, _sidecar = self._paths(package.identifier)
        return [] if os.path.exists(xml) else [f"fiche absente du dossier ({xml})"]

    def finish(self) -> None:
        """The DCAT catalogue is rebuilt once per batch, from every record in the folder.

        Only when the batch changed the folder: a batch whose layers were all refused or failed leaves
        the folder exactly as it was.
        """
        if self._changed:
            self._rebuild_catalogue()
            self._changed = False

    def _rebuild_catalogue(self) -> None:
        from ..catalogue import vocabularies as shipped
        from ..catalogue.encoders import dcat

        folder = os.path.join(self.folder, "records")
        entries = [json.load(open(os.path.join(folder, n), encoding="utf-8"))
                   for n in sorted(os.listdir(folder)) if n.endswith(".json")] if os.path.isdir(folder) else []
        entries = [e for e in entries if _trusted(e)]
        records = [Record.from_dict(e["record"]) for e in entries]
        distributions = {r.identifier: e["distributions"] for r, e in zip(records, entries)}
        base = (self.files_url or "http://127.0.0.1") + "/"
        graph = dcat.catalogue_graph(records, catalogue_uri=base + "catalogue", title="Catalogue local Passerelle",
                                     publisher={"name": self.settings.get("title", "IDG locale")},
                                     base_uri=base + "datasets/", distributions=distributions,
                                     vocabularies=self.vocabularies or shipped.shipped())
        for name, fmt in (("catalogue.ttl", "turtle"), ("catalogue.jsonld", "json-ld")):
            _write_atomically(os.path.join(self.folder, name), graph.serialize(format=fmt).encode("utf-8"))


def _trusted(entry) -> bool:
    """A sidecar read back from the folder is used only if its identifier is a valid one."""
    identifier = (entry.get("record") or {}).get("identifier") if isinstance(entry, dict) else None
    if is_valid(identifier):
        return True
    log.warning("records/: entry with an invalid identifier ignored (%s)", excerpt(identifier))
    return False


class FolderCatalogue(CswPublisher):
    """The local CSW in a dry run, which starts no server: what pycsw holds is read from the folder.

    The folder target keeps ``records/<identifier>.xml``, the record sent to pycsw with the same
    links, so Insert, Update or nothing is decided as against the running catalogue.
    """

    def __init__(self, name, settings, http, records_folder: str):
        super().__init__(name, settings, http)
        self.records_folder = records_folder

    def fetch(self, identifier: str):
        path = os.path.join(self.records_folder, f"{file_stem(identifier)}.xml")  # as the folder target names it
        if not os.path.isfile(path):
            return None
        with open(path, "rb") as handle:
            root = parse_xml(handle.read())
        return root if root.tag == f"{{{GMD}}}MD_Metadata" else root.find(f"{{{GMD}}}MD_Metadata")


def _write_atomically(path: str, content: bytes) -> None:
    temp = path + ".part"
    with open(temp, "wb") as handle:
        handle.write(content)
    os.replace(temp, path)


def _copy_atomically(source: str, target: str) -> None:
    temp = target + ".part"
    shutil.copyfile(source, temp)
    os.replace(temp, target)
