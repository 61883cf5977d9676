"""A private PostgreSQL + PostGIS server on 127.0.0.1 for tests: started by the test, dies with it.

>>> with PostgisServer() as server:                      # initdb + start + CREATE EXTENSION postgis (~3 s)
...     server.execute("CREATE TABLE ecoles (id serial PRIMARY KEY, geom geometry(Point, 2154))")
...     server.execute("COMMENT ON TABLE ecoles IS %s", ("Écoles de la commune",))
...     layer = QgsVectorLayer(server.qgis_uri("ecoles"), "ecoles", "postgres")
...     server.dsn                                        # 'host=127.0.0.1 port=41234 dbname=passerelle …'

The cluster lives in a fresh temporary folder (removed by :meth:`stop`) or, with ``folder=``, in a
folder kept between runs (the benchmarks keep their loaded tables so), and listens on 127.0.0.1 only
(a free port chosen at start) plus a Unix socket inside that folder, and accepts TCP connections with
the password of :attr:`user`. ``postgres`` is our direct child, not a daemon: it gets SIGQUIT
(immediate shutdown) as soon as the process that started it dies, however it dies, so no test run
leaves a server behind. As root, the server runs as the ``postgres`` account (PostgreSQL refuses
root). Needs Debian's ``postgresql`` and ``postgresql-15-postgis-3`` (``make system``) and psycopg2
(``python3-psycopg2``).
"""
from __future__ import annotations

import ctypes
import glob
import os
import pwd
import re
import secrets
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from pathlib import Path
from typing import Optional

DATABASE = "passerelle"
_PR_SET_PDEATHSIG = 1


class PostgisError(RuntimeError):
    """The server could not be set up or started (the message carries the end of its log)."""


def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        return sock.getsockname()[1]


def server_program(name: str) -> str:
    """``initdb``, ``postgres``…: Debian keeps them under /usr/lib/postgresql/<version>/bin, off PATH."""
    found = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"),
                   key=lambda p: int(re.search(r"/(\d+)/bin/", p).group(1)))
    if found:
        return found[-1]
    on_path = shutil.which(name)
    if on_path:
        return on_path
    raise PostgisError(f"{name} not found: install Debian's postgresql and postgresql-15-postgis-3 (make system)")


def _account() -> Optional[pwd.struct_passwd]:
    """The account the server runs as: ``postgres`` when we are root, else ourselves (None)."""
    if os.geteuid() != 0:
        return None
    try:
        return pwd.getpwnam("postgres")
    except KeyError:
        raise PostgisError("running as root but there is no 'postgres' account: install Debian's postgresql") from None


def _child_setup(account, die_with_parent: bool):
    """preexec_fn: become ``account``, then ask the kernel for SIGQUIT when our parent dies.

    The parent-death signal is set last: the kernel clears it whenever the credentials change.
    """
    def setup():
        os.setsid()  # its own process group: a Ctrl-C meant for pytest does not reach it half-way
        if account is not None:
            os.setgroups([])
            os.setgid(account.pw_gid)
            os.setuid(account.pw_uid)
        if die_with_parent:
            libc = ctypes.CDLL("libc.so.6", use_errno=True)
            libc.prctl(_PR_SET_PDEATHSIG, signal.SIGQUIT)
    return setup


class PostgisServer:
    """One throw-away PostgreSQL cluster with a ``passerelle`` database where PostGIS is installed."""

    def __init__(self, port: Optional[int] = None, ready_timeout: float = 60.0, folder: Optional[Path] = None):
        self.port = port
        self.ready_timeout = ready_timeout
        self.user = "postgres"
        self.password = secrets.token_hex(12)
        self.database = DATABASE
        self.kept = Path(folder) if folder is not None else None  # a cluster kept between runs
        self.folder: Optional[Path] = None
        self.process: Optional[subprocess.Popen] = None
        self._account = _account()

    # --- what tests use -------------------------------------------------------------------------
    @property
    def running(self) -> bool:
        return self.process is not None and self.process.poll() is None

    @property
    def dsn(self) -> str:
        """libpq connection string (TCP on 127.0.0.1, password authentication)."""
        return (f"host=127.0.0.1 port={self.port} dbname={self.database} user={self.user} "
                f"password={self.password}")

    def qgis_uri(self, table: str, geometry_column: Optional[str] = "geom", schema: str = "public",
                 key: str = "") -> str:
        """A data source for ``QgsVectorLayer(uri, name, "postgres")`` (no geometry column: a plain table)."""
        uri = (f"dbname='{self.database}' host=127.0.0.1 port={self.port} user='{self.user}' "
               f"password='{self.password}' sslmode=disable")
        if key:
            uri += f" key='{key}'"
        uri += f' table="{schema}"."{table}"'
        if geometry_column:
            uri += f" ({geometry_column})"
        return uri

    def connect(self, database: Optional[str] = None):
        """A psycopg2 connection in autocommit mode (close it when done)."""
        import psycopg2

        connection = psycopg2.connect(host="127.0.0.1", port=self.port, dbname=database or self.database,
                                      user=self.user, password=self.password, connect_timeout=10)
        connection.autocommit = True
        return connection

    def execute(self, sql: str, parameters=None, database: Optional[str] = None) -> list:
        """Run one statement; returns its rows (an empty list when it returns none)."""
        connection = self.connect(database)
        try:
            with connection.cursor() as cursor:
                cursor.execute(sql, parameters)
                return cursor.fetchall() if cursor.description else []
        finally:
            connection.close()

    # --- lifecycle ------------------------------------------------------------------------------
    def start(self) -> "PostgisServer":
        if self.running:
            return self
        try:
            fresh = not self._reuse()
            if fresh:
                self._initdb()
            self._spawn()
            self._wait_ready()
            if fresh:
                self.execute(f"CREATE DATABASE {self.database} ENCODING 'UTF8' TEMPLATE template0",
                             database="postgres")
                self.execute("CREATE EXTENSION postgis")
                if self.kept is not None:  # ready: the next run reuses it
                    (self.kept / "ready").write_text(self.password, encoding="utf-8")
        except BaseException:
            self.stop()
            raise
        return self

    def stop(self, timeout: float = 15.0) -> None:
        """Fast shutdown (SIGINT; SIGKILL if it hangs), then remove the cluster's folder."""
        process, self.process = self.process, None
        if process is not None and process.poll() is None:
            process.send_signal(signal.SIGINT)
            try:
                process.wait(timeout)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait(5)
        if self.folder is not None and self.kept is None:
            shutil.rmtree(self.folder, ignore_errors=True)
        self.folder = None

    def __enter__(self) -> "PostgisServer":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    def log_tail(self, lines: int = 30) -> str:
        try:
            text = (self.folder / "postgres.log").read_text(encoding="utf-8", errors="replace")
        except (OSError, TypeError):
            return ""
        return "\n".join(text.splitlines()[-lines:])

    # --- internals ------------------------------------------------------------------------------
    def _run(self, command: list) -> None:
        done = subprocess.run(command, capture_output=True, text=True, stdin=subprocess.DEVNULL, timeout=120,
                              cwd="/", preexec_fn=_child_setup(self._account, die_with_parent=True))
        if done.returncode != 0:
            raise PostgisError(f"{Path(command[0]).name} failed ({done.returncode}): {done.stderr[-2000:]}")

    def _reuse(self) -> bool:
        """Whether a kept cluster is there, whole, to start again (with the password it was made with)."""
        if self.kept is None or not (self.kept / "ready").is_file():
            if self.kept is not None:
                shutil.rmtree(self.kept, ignore_errors=True)  # a cluster half made: made again
            return False
        self.folder = self.kept
        self.password = (self.kept / "ready").read_text(encoding="utf-8").strip()
        return True

    def _initdb(self) -> None:
        if self.kept is not None:
            self.kept.mkdir(parents=True, exist_ok=True)
            os.chmod(self.kept, 0o700)
            self.folder = self.kept
        else:
            self.folder = Path(tempfile.mkdtemp(prefix="passerelle-postgis-"))
        if self._account is not None:
            os.chown(self.folder, self._account.pw_uid, self._account.pw_gid)
        password_file = self.folder / "password"
        password_file.write_text(self.password + "\n", encoding="utf-8")
        if self._account is not None:
            os.chown(password_file, self._account.pw_uid, self._account.pw_gid)
        # Unix-socket connections trust the OS account (the socket sits in this 0700 folder);
        # TCP on 127.0.0.1 needs the password.
        self._run([server_program("initdb"), "-D", str(self.folder / "data"), "-U", self.user, "-E", "UTF8",
                   "--locale=C.UTF-8", "--auth-local=trust", "--auth-host=scram-sha-256",
                   f"--pwfile={password_file}"])
        password_file.unlink()

    def _spawn(self) -> None:
        self.port = self.port or free_port()
        log = open(self.folder / "postgres.log", "ab")
        try:
            # fsync off: a disposable cluster, several times faster to fill
            self.process = subprocess.Popen(
                [server_program("postgres"), "-D", str(self.folder / "data"), "-p", str(self.port),
                 "-k", str(self.folder), "-c", "listen_addresses=127.0.0.1", "-c", "fsync=off",
                 "-c", "synchronous_commit=off", "-c", "full_page_writes=off"],
                stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, cwd="/",
                preexec_fn=_child_setup(self._account, die_with_parent=True))
        finally:
            log.close()

    def _wait_ready(self) -> None:
        import psycopg2

        deadline = time.monotonic() + self.ready_timeout
        last = ""
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise PostgisError(f"postgres exited at start ({self.process.returncode}):\n{self.log_tail()}")
            try:
                self.connect("postgres").close()
                return
            except psycopg2.OperationalError as exc:
                last = str(exc).strip()
                time.sleep(0.1)
        raise PostgisError(f"PostgreSQL did not accept connections within {self.ready_timeout} s ({last}):\n"
                           f"{self.log_tail()}")
