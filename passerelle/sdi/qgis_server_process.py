"""A real QGIS Server (``qgis_mapserver``) serving one project on 127.0.0.1, for tests and the local SDI.

>>> with QgisMapServer("/srv/passerelle/served.qgs") as server:
...     requests.get(server.ows_url, params={"SERVICE": "WMS", "REQUEST": "GetCapabilities"})

Facts about ``qgis_mapserver`` 3.22 this helper works around (checked on Debian 12):

- ``-p PROJECT`` is silently ignored when the file does not exist yet at start ("Project file not
  found, the option will be ignored"); the server then serves the first ``*.qgs`` of its working
  directory, or answers 500. So the project is also given through ``QGIS_PROJECT_FILE`` (read on every
  request: the project may appear after the start) and the server runs in an empty private directory.
- The project cache has no modification-time check: a ``QFileSystemWatcher`` drops the cached project
  (and the capabilities cache) when the file changes, and the next request reloads it. Replacing the
  file atomically (``os.replace``) is seen before the next request; nothing needs a ``touch``.
- A change of the file *while a request is being served* can crash the server (``free(): invalid
  pointer``, SIGABRT, exit 134). Publish between requests, or restart the server (:meth:`restart`).
- It writes its settings, ``qgis.db`` and cache under the user's QGIS profile unless told otherwise:
  here ``QGIS_OPTIONS_PATH`` and ``QGIS_SERVER_CACHE_DIRECTORY`` point into a private directory.
- It takes 1 to 4 s to exit after SIGTERM.

No pytest import here: the local SDI starts its server with the same class.
"""
from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
import time
import urllib.error

from . import open_direct
from .processes import spawn, stop

EXECUTABLE = "/usr/bin/qgis_mapserver"


class QgisServerError(RuntimeError):
    """The server did not start, or died."""


def free_port() -> int:
    """A TCP port nobody listens on right now (127.0.0.1)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class QgisMapServer:
    """``qgis_mapserver`` serving ``project_path`` at ``http://127.0.0.1:PORT/``.

    ``url`` is the base URL, ``ows_url`` the OWS endpoint (WMS/WFS with ``SERVICE=``), ``ogcapi_url``
    the OGC API Features landing page (``/wfs3``). ``log()`` returns what the server printed.
    """

    def __init__(self, project_path: str, port: int | None = None, *, log_level: int = 1,
                 start_timeout: float = 30.0, executable: str = EXECUTABLE, env: dict | None = None):
        self.project_path = os.path.abspath(project_path)
        self.port = port or free_port()
        self.log_level = log_level  # 0 INFO (one line per request and per setting), 1 WARNING, 2 CRITICAL
        self.start_timeout = start_timeout
        self.executable = executable
        self.extra_env = dict(env or {})
        self.process: subprocess.Popen | None = None
        self.workdir = ""
        self._log_handle = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/"

    @property
    def ows_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/ows/"

    @property
    def ogcapi_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/wfs3"

    @property
    def log_path(self) -> str:
        return os.path.join(self.workdir, "qgis_mapserver.log") if self.workdir else ""

    def environment(self) -> dict:
        env = dict(os.environ)
        # HOME moves below: libpq must still find the user's pg_service.conf and .pgpass (PostGIS layers
        # served in place take their credentials there, never from the project).
        for variable, name in (("PGSERVICEFILE", ".pg_service.conf"), ("PGPASSFILE", ".pgpass")):
            path = os.path.join(os.path.expanduser("~"), name)
            if not env.get(variable) and os.path.isfile(path):
                env[variable] = path
        profile = os.path.join(self.workdir, "profile")
        env.update({
            "QT_QPA_PLATFORM": "offscreen",
            "PROJ_DATA": env.get("PROJ_DATA", "/usr/share/proj"),
            "QGIS_PROJECT_FILE": self.project_path,
            "QGIS_SERVER_LOG_LEVEL": str(self.log_level),
            "QGIS_SERVER_LOG_STDERR": "1",
            "QGIS_OPTIONS_PATH": profile,
            "QGIS_SERVER_CACHE_DIRECTORY": os.path.join(self.workdir, "cache"),
            "QGIS_SERVER_PARALLEL_RENDERING": "false",
            "XDG_RUNTIME_DIR": self.workdir,
            "HOME": self.workdir,  # anything else QGIS writes "for the user" lands here
        })
        env.update(self.extra_env)
        return env

    def start(self) -> "QgisMapServer":
        """Start the server and return once it answers HTTP (any status)."""
        if self.process is not None:
            return self
        if not os.access(self.executable, os.X_OK):
            raise QgisServerError(f"{self.executable} is missing: install the Debian package qgis-server")
        self.workdir = tempfile.mkdtemp(prefix="qgis-mapserver-")
        for folder in ("profile", "cache"):
            os.makedirs(os.path.join(self.workdir, folder))
        command = [self.executable]
        if os.path.exists(self.project_path):
            command += ["-p", self.project_path]
        command.append(f"127.0.0.1:{self.port}")
        self._log_handle = open(self.log_path, "wb")
        self.process = spawn(command, cwd=self.workdir, env=self.environment(), stdout=self._log_handle,
                             stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
        try:
            self._wait_until_answering()
        except BaseException:
            self.stop()
            raise
        return self

    def _wait_until_answering(self) -> None:
        deadline = time.monotonic() + self.start_timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise QgisServerError(f"qgis_mapserver exited with {self.process.returncode}:\n{self.log()}")
            try:
                with open_direct(self.url, timeout=2) as answer:
                    answer.read()
                return
            except urllib.error.HTTPError:  # a 4xx/5xx is an answer too (no project yet)
                return
            except (urllib.error.URLError, ConnectionError, socket.timeout):
                time.sleep(0.1)
        raise QgisServerError(f"qgis_mapserver did not answer on {self.url} within {self.start_timeout} s:\n"
                              f"{self.log()}")

    def alive(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def log(self, tail: int = 6000) -> str:
        """The last ``tail`` characters the server printed."""
        if not self.log_path or not os.path.exists(self.log_path):
            return ""
        with open(self.log_path, "rb") as handle:
            handle.seek(max(0, os.path.getsize(self.log_path) - tail))
            return handle.read().decode("utf-8", "replace")

    def stop(self, timeout: float = 15.0) -> int | None:
        """SIGTERM, wait (1 to 4 s), SIGKILL if it hangs; removes the private directory. Returns the exit code."""
        code = None
        if self.process is not None:
            code = stop(self.process, timeout)
            self.process = None
        if self._log_handle is not None:
            self._log_handle.close()
            self._log_handle = None
        if self.workdir:
            shutil.rmtree(self.workdir, ignore_errors=True)
            self.workdir = ""
        return code

    def restart(self) -> "QgisMapServer":
        """Stop and start again on the same port (e.g. after a crash, or to drop every cache)."""
        self.stop()
        return self.start()

    def __enter__(self) -> "QgisMapServer":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    def __repr__(self):
        state = "running" if self.alive() else "stopped"
        return f"QgisMapServer({self.project_path!r}, port={self.port}, {state})"
