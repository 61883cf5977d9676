"""A real pycsw 2.6.2 (transactional CSW 2.0.2 + ISO AP) on 127.0.0.1, for tests and the local SDI.

>>> with PycswServer("/tmp/cat") as csw:          # writes pycsw.cfg + records.db, starts gunicorn
...     requests.get(csw.url, params={"service": "CSW", "request": "GetCapabilities"})
...     csw.stop(); csw.start()                   # same port, same database: records survive

pycsw runs from its own venv (``make pycsw`` builds ``.venv-pycsw`` at the repository root;
``venv=`` or ``PASSERELLE_PYCSW_VENV`` point elsewhere). Only the standard library is used
here, so the application can import this module too (no pytest, no requests).

Why gunicorn and not ``python -m pycsw.wsgi``: the latter listens on every interface. pycsw
answers every CSW error with HTTP 200 and an ``ows:ExceptionReport``, so readiness is "GetCapabilities
returns a ``Capabilities`` document", not just "port open".
"""
from __future__ import annotations

import os
import socket
import subprocess
import time
import urllib.error
from pathlib import Path
from typing import Optional

from . import open_direct
from .processes import spawn, stop

REPOSITORY_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_VENV = REPOSITORY_ROOT / ".venv-pycsw"


class PycswError(RuntimeError):
    """pycsw could not be set up or started (the message says which log to read)."""


def free_port(host: str = "127.0.0.1") -> int:
    """A TCP port nobody listens on right now (the OS picks it)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        return sock.getsockname()[1]


class PycswServer:
    """One pycsw instance: configuration, SQLite database and logs all live in ``folder``.

    ``transactions=False`` gives a read-only CSW (pycsw then refuses Transaction with an
    ``ows:ExceptionReport`` "CSW-T interface is disabled"); ``allowed_ips`` is the comma-separated
    whitelist pycsw checks Transaction against (an address or CIDR range). The port is chosen once:
    :meth:`stop` then :meth:`start` serve the same database on the same URL.

    ``guarded=True`` (the local SDI) puts pycsw behind :mod:`passerelle.sdi.csw_guard`: only requests
    for ``127.0.0.1:PORT`` are answered, and a write needs the header ``X-Passerelle-Token`` with
    :attr:`token`, a new secret at each start that only this process knows.
    """

    def __init__(self, folder, port: Optional[int] = None, transactions: bool = True,
                 allowed_ips: str = "127.0.0.1", venv=None, workers: int = 2, title: str = "Passerelle CSW",
                 ready_timeout: float = 30.0, guarded: bool = False):
        self.folder = Path(folder).resolve()
        self.folder.mkdir(parents=True, exist_ok=True)
        self.port = port or free_port()
        self.transactions = transactions
        self.allowed_ips = allowed_ips
        self.venv = Path(venv or os.environ.get("PASSERELLE_PYCSW_VENV") or DEFAULT_VENV)
        self.workers = workers
        self.title = title
        self.ready_timeout = ready_timeout
        self.config_path = self.folder / "pycsw.cfg"
        self.database = self.folder / "records.db"
        self.log_path = self.folder / "gunicorn.log"
        self.process: Optional[subprocess.Popen] = None
        self.guarded = guarded
        self.token = ""  # guarded: the secret a write must carry (X-Passerelle-Token), new at each start

    # --- what clients use ---
    @property
    def url(self) -> str:
        """The CSW endpoint, exactly as advertised in the capabilities."""
        return f"http://127.0.0.1:{self.port}/csw"

    @property
    def running(self) -> bool:
        return self.process is not None and self.process.poll() is None

    # --- lifecycle ---
    def start(self) -> "PycswServer":
        """Write the configuration, create the database if needed, start gunicorn, wait until it answers."""
        if self.running:
            return self
        self._check_venv()
        self.write_config()
        if not self.database.exists():
            self._setup_db()
        env = dict(os.environ, PYCSW_CONFIG=str(self.config_path))
        hooks = self.folder / "gunicorn_hooks.py"
        hooks.write_text(GUNICORN_HOOKS, encoding="utf-8")
        application, keep = "pycsw.wsgi:application", ()
        if self.guarded:
            import secrets
            import shutil

            from . import csw_guard

            self.token = secrets.token_urlsafe(24)
            shutil.copyfile(csw_guard.__file__, self.folder / "passerelle_csw_guard.py")
            env.update({csw_guard.TOKEN_VARIABLE: self.token, "PASSERELLE_CSW_PORT": str(self.port)})
            application, keep = "passerelle_csw_guard:application", (csw_guard.TOKEN_VARIABLE,)
        command = [str(self.venv / "bin" / "gunicorn"), "--config", str(hooks), "--no-control-socket",
                   "--pythonpath", str(self.folder),
                   "-w", str(self.workers), "-b", f"127.0.0.1:{self.port}", "--graceful-timeout", "5",
                   "--error-logfile", str(self.log_path), application]
        with open(self.log_path, "ab") as log:  # pycsw prints every PATH_INFO: never a pipe that could fill
            # gunicorn's master gets SIGTERM when we die: it then stops its workers (5 s of grace)
            self.process = spawn(command, cwd=self.folder, env=env, stdout=log, stderr=subprocess.STDOUT,
                                 stdin=subprocess.DEVNULL, keep_secrets=keep)
        self._wait_ready()
        return self

    def stop(self, timeout: float = 15.0) -> None:
        """SIGTERM to gunicorn's master (it stops its workers), then wait; SIGKILL to the group if it hangs."""
        if self.process is None:
            return
        stop(self.process, timeout)
        self.process = None

    def __enter__(self) -> "PycswServer":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    # --- configuration ---
    def write_config(self) -> None:
        """pycsw.cfg for this instance (rewritten at each start, so settings may change in between)."""
        self.config_path.write_text(CONFIG_TEMPLATE.format(
            home=self.folder, url=self.url, database=self.database, title=self.title,
            transactions="true" if self.transactions else "false", allowed_ips=self.allowed_ips,
            logfile=self.folder / "pycsw.log"), encoding="utf-8")

    def log_tail(self, lines: int = 30) -> str:
        try:
            return "\n".join(self.log_path.read_text(encoding="utf-8", errors="replace").splitlines()[-lines:])
        except OSError:
            return ""

    # --- internals ---
    def _check_venv(self) -> None:
        for name in ("gunicorn", "pycsw-admin.py"):
            if not (self.venv / "bin" / name).exists():
                raise PycswError(f"{self.venv / 'bin' / name} is missing: run `make pycsw` first.")

    def _setup_db(self) -> None:
        command = [str(self.venv / "bin" / "python"), str(self.venv / "bin" / "pycsw-admin.py"),
                   "-c", "setup_db", "-f", str(self.config_path)]
        done = subprocess.run(command, cwd=self.folder, capture_output=True, text=True, timeout=120,
                              stdin=subprocess.DEVNULL)
        if done.returncode != 0 or not self.database.exists():
            raise PycswError(f"pycsw-admin.py setup_db failed ({done.returncode}): {done.stderr[-2000:]}")

    def _wait_ready(self) -> None:
        probe = self.url + "?service=CSW&version=2.0.2&request=GetCapabilities"
        deadline = time.monotonic() + self.ready_timeout
        last = ""
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                self.process = None
                raise PycswError(f"gunicorn exited at start; log {self.log_path}:\n{self.log_tail()}")
            try:
                with open_direct(probe, timeout=2) as answer:
                    if b"Capabilities" in answer.read(4096):
                        return
            except (urllib.error.URLError, OSError) as exc:
                last = str(exc)
            time.sleep(0.1)
        self.stop()
        raise PycswError(f"pycsw did not answer GetCapabilities within {self.ready_timeout} s ({last}); "
                         f"log {self.log_path}:\n{self.log_tail()}")


# Workers are forked by gunicorn's master, and a fork clears the parent-death signal: each worker asks
# for its own, so that workers go even if their master is killed outright.
GUNICORN_HOOKS = """\
# Written by Passerelle at each start: gunicorn workers die with their master.
import ctypes
import signal


def post_fork(server, worker):
    ctypes.CDLL(None, use_errno=True).prctl(1, int(signal.SIGTERM), 0, 0, 0)  # PR_SET_PDEATHSIG
"""

# [server] url must carry the real port: clients send Transaction to the advertised URL.
# No gzip_compresslevel: with it, pycsw 2.6.2's WSGI gzips the body but keeps the uncompressed
# Content-Length, so clients sending Accept-Encoding: gzip get a truncated or over-long answer.
# profiles=apiso is what makes gmd:MD_Metadata, apiso:* queryables and outputSchema gmd exist.
CONFIG_TEMPLATE = """\
[server]
home={home}
url={url}
mimetype=application/xml; charset=UTF-8
encoding=UTF-8
language=fr-FR
maxrecords=100
loglevel=WARNING
logfile={logfile}
pretty_print=false
domainquerytype=list
domaincounts=false
profiles=apiso
ogc_schemas_base=http://schemas.opengis.net

[manager]
transactions={transactions}
allowed_ips={allowed_ips}
csw_harvest_pagesize=10

[metadata:main]
identification_title={title}
identification_abstract=Catalogue local de Passerelle (pycsw)
identification_keywords=catalogue,données territoriales
identification_keywords_type=theme
identification_fees=None
identification_accessconstraints=None
provider_name=Passerelle
provider_url=http://127.0.0.1/
contact_name=Administrateur
contact_position=Administrateur
contact_address=
contact_city=
contact_stateorprovince=
contact_postalcode=
contact_country=France
contact_phone=
contact_fax=
contact_email=sig@example.invalid
contact_url=http://127.0.0.1/
contact_hours=
contact_instructions=
contact_role=pointOfContact

[repository]
database=sqlite:///{database}
table=records

[metadata:inspire]
enabled=true
languages_supported=fre,eng
default_language=fre
date=2024-01-01
gemet_keywords=Services d'accès aux produits
conformity_service=notEvaluated
contact_name=Administrateur
contact_email=sig@example.invalid
temp_extent=2024-01-01/2030-12-31
"""
