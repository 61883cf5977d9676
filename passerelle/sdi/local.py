"""The embedded local SDI: one folder, served on 127.0.0.1 by pycsw, qgis_mapserver and a file server.

    folder/
      projet.qgs              the served QGIS project (WMS, WFS, OGC API Features)
      data/, records/, catalogue.ttl, catalogue.jsonld   (see folder.py)
      csw/                    pycsw configuration and SQLite database
      sdi.json                the ports in use (kept, so URLs stay the same between sessions)

The ``local`` target of a profile expands into three publishers: QGIS Server
(services), the folder (data download, ISO records, DCAT catalogue) and CSW
(catalogue records). Servers start on first use and stop with the process, even
when it is killed (see processes.py), or with :func:`stop_all`. A dry run starts
none: it plans from what the folder holds (:func:`local_publishers`).
"""
from __future__ import annotations

import atexit
import json
import os
import subprocess
import sys
import threading
import time

from . import open_direct
from .processes import spawn, stop
from .pycsw_server import PycswServer, free_port

DEFAULT_FOLDER = "~/.local/share/passerelle/sdi"

_running: dict = {}
_lock = threading.Lock()


class LocalSdi:
    def __init__(self, folder: str):
        self.folder = os.path.abspath(os.path.expanduser(folder))
        self.csw = None
        self.ows = None
        self.files = None
        self.ports = {}

    # -- URLs -------------------------------------------------------------------------------------
    @property
    def project(self) -> str:
        return os.path.join(self.folder, "projet.qgs")

    @property
    def urls(self) -> dict:
        ows = f"http://127.0.0.1:{self.ports['ows']}/ows/"
        files = f"http://127.0.0.1:{self.ports['files']}"
        return {"csw": f"http://127.0.0.1:{self.ports['csw']}/csw",
                "wms": ows + "?SERVICE=WMS&REQUEST=GetCapabilities&VERSION=1.3.0",
                "wfs": ows + "?SERVICE=WFS&REQUEST=GetCapabilities&VERSION=1.1.0",
                "ogcapi": f"http://127.0.0.1:{self.ports['ows']}/wfs3/collections",
                "ows": ows, "files": files, "dcat": files + "/catalogue.ttl"}

    # -- life -------------------------------------------------------------------------------------
    def start(self) -> "LocalSdi":
        from ..catalogue.errors import PasserelleError
        from .pycsw_server import PycswError
        from .qgis_server_process import QgisMapServer, QgisServerError

        os.makedirs(self.folder, exist_ok=True)
        self.ports = self._ports()
        try:
            if self.csw is None:
                self.csw = PycswServer(os.path.join(self.folder, "csw"), port=self.ports["csw"],
                                       title="Catalogue local Passerelle").start()
            if self.ows is None:
                self._ensure_project()
                self.ows = QgisMapServer(self.project, port=self.ports["ows"]).start()
        except (PycswError, QgisServerError, OSError) as exc:
            self.stop()
            raise PasserelleError(
                f"L'infrastructure locale n'a pas pu démarrer ({exc}). Elle a besoin de pycsw 2.6.2 dans son propre "
                "environnement Python (« make pycsw », ou la variable PASSERELLE_PYCSW_VENV) et de qgis_mapserver "
                "(paquet Debian qgis-server).",
                f"The local SDI could not start ({exc}): it needs pycsw 2.6.2 (PASSERELLE_PYCSW_VENV) and "
                "qgis_mapserver.", code="sdi.start") from exc
        if self.files is None:
            package_parent = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
            self.files = spawn([_python(), "-m", "passerelle.sdi.file_server", str(self.ports["files"]), self.folder],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL,
                               cwd=package_parent)
            try:
                _wait_http(f"http://127.0.0.1:{self.ports['files']}/")
            except RuntimeError:
                self.stop()
                raise
        return self

    def stop(self) -> None:
        for server in (self.csw, self.ows):
            if server is not None:
                server.stop()
        if self.files is not None:
            stop(self.files, 10)
        self.csw = self.ows = self.files = None

    @property
    def running(self) -> bool:
        return self.csw is not None

    def planned(self) -> "LocalSdi":
        """The SDI as a dry run sees it, without starting it: its recorded ports (or free ones, not kept)."""
        recorded = self._recorded_ports()
        self.ports = {name: recorded.get(name) or free_port() for name in ("csw", "ows", "files")}
        return self

    def _recorded_ports(self) -> dict:
        path = os.path.join(self.folder, "sdi.json")
        if not os.path.exists(path):
            return {}
        try:
            with open(path, encoding="utf-8") as handle:
                return dict(json.load(handle).get("ports", {}))
        except (OSError, ValueError, AttributeError):
            return {}

    def _ports(self) -> dict:
        path = os.path.join(self.folder, "sdi.json")
        ports = self._recorded_ports()
        for name in ("csw", "ows", "files"):
            if not ports.get(name) or not _port_free(ports[name]):
                ports[name] = free_port()
        with open(path, "w", encoding="utf-8") as handle:
            json.dump({"ports": ports}, handle)
        return ports

    def _ensure_project(self) -> None:
        if not os.path.exists(self.project):
            from qgis.core import QgsProject

            project = QgsProject()
            project.setTitle("IDG locale Passerelle")
            project.write(self.project)


def sdi_for(folder: str, start: bool = True) -> LocalSdi:
    """The process-wide local SDI of ``folder`` (started on first use)."""
    key = os.path.abspath(os.path.expanduser(folder))
    with _lock:
        sdi = _running.get(key)
        if sdi is None:
            sdi = _running[key] = LocalSdi(key)
        if start and sdi.csw is None:
            sdi.start()
        return sdi


def stop_all() -> None:
    with _lock:
        for sdi in _running.values():
            sdi.stop()
        _running.clear()


atexit.register(stop_all)


def planned_sdi(folder: str) -> LocalSdi:
    """The local SDI of ``folder`` for a dry run: the running one if any, else one that is not started."""
    key = os.path.abspath(os.path.expanduser(folder))
    with _lock:
        sdi = _running.get(key)
        if sdi is not None and sdi.running:
            return sdi
    return LocalSdi(key).planned()


def local_publishers(name: str, settings: dict, dry_run: bool = False, http_client=None) -> list:
    """The publishers a ``local`` target stands for, wired to the running local SDI.

    A dry run starts no server: QGIS Server and the folder plan from the files, and the
    catalogue compares with the records the folder keeps (the documents pycsw was sent).
    ``http_client`` makes the clients (see :func:`passerelle.publishers.factory.build`).
    """
    from ..publishers.csw import CswPublisher
    from ..publishers.factory import default_http_client
    from ..publishers.qgis_server import QgisServerPublisher
    from .folder import FolderCatalogue, LocalFolderPublisher

    folder = settings.get("folder") or DEFAULT_FOLDER
    sdi = planned_sdi(folder) if dry_run else sdi_for(folder)
    urls = sdi.urls
    title = settings.get("title") or name

    make_client = http_client or default_http_client

    def client(url, what):  # our own servers on 127.0.0.1: never through a proxy (see network.direct)
        return make_client(url, target=f"{title} ({what})", timeout=settings.get("timeout", 30),
                           retries=settings.get("retries", 3), dry_run=dry_run, direct=True)

    # How the records write service links (GeoNetwork's convention by default, or INSPIRE's Anchors): the
    # folder's copy and the CSW's alike.
    convention = {"link_convention": settings["link_convention"]} if settings.get("link_convention") else {}
    csw = (f"{name}-csw", {"url": urls["csw"], **convention}, client(urls["csw"], "CSW"))
    publishers = [
        # serve: live reads PostGIS tables in place; this machine's qgis_mapserver has the user's pg_service.conf
        # and .pgpass but not QGIS's master password (authentication configurations stay closed to it)
        QgisServerPublisher(f"{name}-ows", {"project": sdi.project, "url": urls["ows"], "title": title,
                                            "serve": settings.get("serve", "snapshot"), "authcfg_usable": False},
                            client(urls["ows"], "QGIS Server")),
        LocalFolderPublisher(f"{name}-files", {"folder": sdi.folder, "title": title, **convention},
                             client(urls["files"], "dossier"), files_url=urls["files"]),
        FolderCatalogue(*csw, os.path.join(sdi.folder, "records")) if dry_run else CswPublisher(*csw),
    ]
    for publisher in publishers:
        publisher.kind = settings.get("kind", "open")
    return publishers


def _python() -> str:
    """A Python interpreter (inside QGIS desktop, sys.executable may be the qgis binary)."""
    import shutil

    if os.path.basename(sys.executable).startswith("python"):
        return sys.executable
    return shutil.which("python3") or sys.executable


def _port_free(port: int) -> bool:
    import socket

    with socket.socket() as sock:
        try:
            sock.bind(("127.0.0.1", port))
            return True
        except OSError:
            return False


def _wait_http(url: str, timeout: float = 10.0) -> None:
    deadline = time.time() + timeout
    while time.time() < deadline:
        try:
            open_direct(url, timeout=1).close()
            return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"{url} did not answer")
