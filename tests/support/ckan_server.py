"""A real CKAN 2.11 on 127.0.0.1, with its own PostgreSQL cluster, Redis and Solr stand-in, for tests and benches.

>>> server = CkanServer("/tmp/ckan").start()     # first start: initdb, db init, sysadmin, API token (~10 s)
>>> server.url, server.api_token                 # 'http://127.0.0.1:41234', 'eyJhbGciOi…'
>>> server.action("organization_create", name="commune", title="Commune")
>>> server.stop(); server.start()                # same ports, same database, same token
>>> server.close()                               # stop, and remove what lives outside ``folder``

CKAN runs from its own venv (``make ckan`` builds ``.venv-ckan`` at the repository root; ``venv=``
or ``PASSERELLE_CKAN_VENV`` point elsewhere). Everything lives in ``folder`` and listens on
127.0.0.1 only: a PostgreSQL cluster (``initdb``/``postgres`` of Debian's ``postgresql``, run as
the ``postgres`` user when we are root, since PostgreSQL refuses to run as root), a
``redis-server`` with a password and no persistence, the Solr stand-in of
:mod:`support.standins.solr` (CKAN creates nothing without a search index, and no Solr can be installed
here), and ``ckan run``. Standard library only: no pytest, no requests.

Each of them runs as a child of this process started with :func:`passerelle.sdi.processes.spawn`,
so they die with it, even on ``kill -9``: PostgreSQL runs in the foreground (not daemonised by
``pg_ctl``) and gets SIGINT, its fast shutdown; Redis keeps its process title, so that its run tag
stays readable in ``/proc/<pid>/environ``.

When we are root and ``folder`` is not reachable by the ``postgres`` user (pytest's temporary
folders are private to root), the cluster lives in a private directory under the system temporary
folder instead; :meth:`close` removes it.
"""
from __future__ import annotations

import atexit
import glob
import json
import os
import pwd
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path
from typing import Optional

REPOSITORY_ROOT = Path(__file__).resolve().parents[2]
if str(REPOSITORY_ROOT) not in sys.path:  # run as a script: python tests/support/ckan_server.py
    sys.path.insert(0, str(REPOSITORY_ROOT))

from passerelle.sdi import processes  # noqa: E402 (after the path above)
DEFAULT_VENV = REPOSITORY_ROOT / ".venv-ckan"
SOLR_STANDIN = Path(__file__).resolve().parent / "standins" / "solr.py"
SYSADMIN = "passerelle"
#: large enough for the 2 GB upload bench (megabytes)
MAX_RESOURCE_SIZE_MB = 4096


class CkanError(RuntimeError):
    """CKAN or one of its services could not be set up or started (the message says which log to read)."""


def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        return sock.getsockname()[1]


def _postgres_bin(name: str) -> str:
    """A PostgreSQL server program: Debian keeps them out of PATH, under /usr/lib/postgresql/<version>/bin."""
    found = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"),
                   key=lambda p: int(re.search(r"/(\d+)/bin/", p).group(1)))
    if found:
        return found[-1]
    on_path = shutil.which(name)
    if on_path:
        return on_path
    raise CkanError(f"{name} not found: install Debian's postgresql (make system)")


class CkanServer:
    """One CKAN site and its services, all in ``folder``; the ports are chosen once and kept."""

    def __init__(self, folder, port: Optional[int] = None, venv=None, ready_timeout: float = 60.0,
                 max_resource_size_mb: int = MAX_RESOURCE_SIZE_MB):
        self.folder = Path(folder).resolve()
        self.folder.mkdir(parents=True, exist_ok=True)
        self.venv = Path(venv or os.environ.get("PASSERELLE_CKAN_VENV") or DEFAULT_VENV)
        self.ready_timeout = ready_timeout
        self.max_resource_size_mb = max_resource_size_mb
        self.state_path = self.folder / "state.json"
        self.config_path = self.folder / "ckan.ini"
        self.state = self._load_state(port)
        self.processes: dict = {}  # "postgres", "redis", "solr", "ckan" -> Popen
        atexit.register(self._at_exit)  # an interrupted session must not leave servers behind

    # --- what clients use -------------------------------------------------------------------------
    @property
    def port(self) -> int:
        return self.state["ports"]["ckan"]

    @property
    def url(self) -> str:
        """The site root, exactly as ``ckan.site_url`` (resource download URLs start with it)."""
        return f"http://127.0.0.1:{self.port}"

    @property
    def api_token(self) -> str:
        """An API token of the sysadmin ``passerelle`` (for the ``Authorization`` header)."""
        return self.state.get("api_token", "")

    @property
    def sysadmin(self) -> str:
        return SYSADMIN

    @property
    def running(self) -> bool:
        process = self.processes.get("ckan")
        return process is not None and process.poll() is None

    def action(self, action: str, /, token: Optional[str] = "", **data):
        """Call an action as the sysadmin (``token=None``: anonymously); returns ``result`` or raises CkanError."""
        request = urllib.request.Request(f"{self.url}/api/3/action/{action}", data=json.dumps(data).encode("utf-8"),
                                         headers={"Content-Type": "application/json"}, method="POST")
        token = self.api_token if token == "" else token
        if token:
            request.add_header("Authorization", token)
        try:
            with urllib.request.urlopen(request, timeout=60) as answer:
                return json.loads(answer.read())["result"]
        except urllib.error.HTTPError as error:
            raise CkanError(f"{action}: HTTP {error.code} {error.read()[:500]!r}") from None

    # --- lifecycle --------------------------------------------------------------------------------
    def start(self) -> "CkanServer":
        """Start PostgreSQL, Redis, the Solr stand-in and CKAN (setting them up the first time); wait until ready."""
        if self.running:
            return self
        self._check_venv()
        if self.state.get("ready") and not os.path.isdir(self.state.get("pgdata", "")):
            self._forget_site()  # its cluster was kept outside ``folder`` and removed: start afresh
        try:
            first = not self.state.get("ready")
            if first:
                self._initdb()
            self._start_postgres()
            if first:
                self._create_database()
            self._start_redis()
            self._start_solr()
            self.write_config()
            if first:
                self._setup_ckan()
            self._start_ckan()
        except BaseException:
            self.stop()
            raise
        return self

    def stop(self, timeout: float = 15.0) -> None:
        """Stop CKAN, the Solr stand-in, Redis and PostgreSQL (files stay: :meth:`start` serves them again)."""
        for name in ("ckan", "solr", "redis", "postgres"):
            process = self.processes.pop(name, None)
            if process is not None:
                processes.stop(process, timeout)

    def close(self) -> None:
        """Stop everything and remove the cluster directory kept outside ``folder``, if any."""
        self.stop()
        outside = self.state.get("pg_outside")
        if outside and os.path.isdir(outside):
            shutil.rmtree(outside, ignore_errors=True)
        atexit.unregister(self._at_exit)

    def _at_exit(self) -> None:
        # a cluster outside ``folder`` would outlive the folder it belongs to
        self.close() if self.state.get("pg_outside") else self.stop()

    def _forget_site(self) -> None:
        for key in ("ready", "api_token", "pg_outside", "pgdata", "pgsocket", "pglog"):
            self.state.pop(key, None)
        shutil.rmtree(self.folder / "storage", ignore_errors=True)
        for name in ("solr-index.json", "ckan.ini"):
            (self.folder / name).unlink(missing_ok=True)
        self._save_state()

    def __enter__(self) -> "CkanServer":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    def log_tail(self, name: str = "ckan", lines: int = 30) -> str:
        path = self.folder / f"{name}.log"
        try:
            return "\n".join(path.read_text(encoding="utf-8", errors="replace").splitlines()[-lines:])
        except OSError:
            return ""

    # --- configuration ----------------------------------------------------------------------------
    def write_config(self) -> None:
        """ckan.ini from ``ckan generate config`` (once), with this instance's addresses and limits."""
        if not self.config_path.exists():
            self._ckan(["generate", "config", str(self.config_path)], config=False)
        state, ports = self.state, self.state["ports"]
        settings = {
            "sqlalchemy.url": f"postgresql://ckan:{state['db_password']}@127.0.0.1:{ports['postgres']}/ckan",
            "ckan.site_url": self.url,
            "ckan.site_id": "passerelle-tests",
            "ckan.redis.url": f"redis://:{state['redis_password']}@127.0.0.1:{ports['redis']}/0",
            "solr_url": f"http://127.0.0.1:{ports['solr']}/solr/ckan",
            "ckan.storage_path": str(self.folder / "storage"),
            "ckan.max_resource_size": str(self.max_resource_size_mb),
            "ckan.plugins": "activity",
            "debug": "false",
        }
        text = self.config_path.read_text(encoding="utf-8")
        for key, value in settings.items():
            line = f"{key} = {value}"
            text, found = re.subn(rf"(?m)^#?\s*{re.escape(key)}\s*=.*$", lambda _m, line=line: line, text, count=1)
            if not found:
                text = text.replace("[app:main]\n", f"[app:main]\n{line}\n", 1)
        self.config_path.write_text(text, encoding="utf-8")
        (self.folder / "storage").mkdir(exist_ok=True)

    # --- internals: state -------------------------------------------------------------------------
    def _load_state(self, port: Optional[int]) -> dict:
        if self.state_path.exists():
            state = json.loads(self.state_path.read_text(encoding="utf-8"))
            if port and port != state["ports"]["ckan"]:
                raise CkanError(f"{self.folder} already serves CKAN on port {state['ports']['ckan']}, not {port}")
            return state
        state = {"ports": {"ckan": port or free_port(), "postgres": free_port(), "redis": free_port(),
                           "solr": free_port()},
                 "db_password": secrets.token_hex(16), "redis_password": secrets.token_hex(16),
                 "sysadmin_password": secrets.token_urlsafe(18)}
        self._save_state(state)
        return state

    def _save_state(self, state: Optional[dict] = None) -> None:
        state = state or self.state
        self.state_path.write_text(json.dumps(state, indent=1), encoding="utf-8")
        os.chmod(self.state_path, 0o600)  # passwords and the token

    # --- internals: PostgreSQL --------------------------------------------------------------------
    @staticmethod
    def _as_root() -> bool:
        return os.geteuid() == 0

    def _pg(self, command: list, check: bool = True, **kwargs) -> subprocess.CompletedProcess:
        """Run a PostgreSQL program, as ``postgres`` when we are root."""
        program = [_postgres_bin(command[0]) if command[0] in ("initdb", "pg_ctl", "psql") else command[0],
                   *command[1:]]
        if self._as_root():
            program = ["runuser", "-u", "postgres", "--", *program]
        done = subprocess.run(program, capture_output=True, text=True, stdin=subprocess.DEVNULL, timeout=120,
                              cwd="/", **kwargs)
        if check and done.returncode != 0:
            raise CkanError(f"{' '.join(command[:2])} failed ({done.returncode}): {done.stderr[-2000:]}"
                            f"\n{self._pg_log_tail()}")
        return done

    def _pg_log_tail(self) -> str:
        log = self.state.get("pglog")
        try:
            return "\n".join(Path(log).read_text(errors="replace").splitlines()[-20:]) if log else ""
        except OSError:
            return ""

    def _cluster_home(self) -> Path:
        """Where the cluster lives: in ``folder`` when its owner can reach it, else a private temporary folder."""
        home = self.folder / "postgres"
        if not self._as_root():
            return home
        reachable = subprocess.run(["runuser", "-u", "postgres", "--", "test", "-x", str(self.folder)],
                                   stdin=subprocess.DEVNULL, capture_output=True).returncode == 0
        if reachable:
            return home
        outside = Path(tempfile.mkdtemp(prefix="passerelle-ckan-pg-"))
        self.state["pg_outside"] = str(outside)
        return outside / "postgres"

    def _initdb(self) -> None:
        home = self._cluster_home()
        home.mkdir(parents=True, exist_ok=True)
        if self._as_root():
            account = pwd.getpwnam("postgres")
            for path in (home, home.parent) if self.state.get("pg_outside") else (home,):
                os.chown(path, account.pw_uid, account.pw_gid)
        os.chmod(home, 0o700)
        pgdata, socket_dir = home / "data", home / "socket"
        if pgdata.exists():
            shutil.rmtree(pgdata)
        # Unix-socket connections trust the OS user (the socket sits in a 0700 folder of the cluster's
        # owner); TCP connections on 127.0.0.1 need a password.
        self._pg(["initdb", "-D", str(pgdata), "-U", "postgres", "-E", "UTF8", "--locale=C.UTF-8",
                  "--auth-local=trust", "--auth-host=scram-sha-256"])
        self._pg(["mkdir", "-p", str(socket_dir)])
        self.state.update({"pgdata": str(pgdata), "pgsocket": str(socket_dir), "pglog": str(home / "postgres.log")})
        self._save_state()

    def _start_postgres(self) -> None:
        port = str(self.state["ports"]["postgres"])
        # fsync off: a disposable test cluster, several times faster to set up
        command = [_postgres_bin("postgres"), "-D", self.state["pgdata"], "-p", port, "-k", self.state["pgsocket"],
                   "-c", "listen_addresses=127.0.0.1", "-c", "fsync=off", "-c", "synchronous_commit=off",
                   "-c", "full_page_writes=off"]
        owner = {"user": "postgres", "group": "postgres", "extra_groups": []} if self._as_root() else {}
        with open(self.state["pglog"], "ab") as log:
            process = processes.spawn(command, cwd="/", stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                                      death_signal=signal.SIGINT, stop_signal=signal.SIGINT, **owner)
        self.processes["postgres"] = process
        deadline = time.monotonic() + 60
        while True:  # "accepting connections", not just a bound port (it refuses them while starting up)
            if process.poll() is not None:
                self.processes.pop("postgres", None)
                raise CkanError(f"postgres exited at start ({process.returncode}):\n{self._pg_log_tail()}")
            ready = subprocess.run([_postgres_bin("pg_isready"), "-q", "-h", self.state["pgsocket"], "-p", port],
                                   stdin=subprocess.DEVNULL, capture_output=True, timeout=30)
            if ready.returncode == 0:
                return
            if time.monotonic() > deadline:
                raise CkanError(f"postgres did not accept connections within 60 s:\n{self._pg_log_tail()}")
            time.sleep(0.1)

    def _create_database(self) -> None:
        port = str(self.state["ports"]["postgres"])
        password = self.state["db_password"]
        self._pg(["psql", "-h", self.state["pgsocket"], "-p", port, "-U", "postgres", "-d", "postgres",
                  "-v", "ON_ERROR_STOP=1", "-q",
                  "-c", f"CREATE ROLE ckan LOGIN PASSWORD '{password}'",
                  "-c", "CREATE DATABASE ckan OWNER ckan ENCODING 'UTF8' TEMPLATE template0"])

    # --- internals: Redis, Solr stand-in, CKAN ----------------------------------------------------
    def _spawn(self, name: str, command: list, env: Optional[dict] = None) -> subprocess.Popen:
        with open(self.folder / f"{name}.log", "ab") as log:
            process = processes.spawn(command, cwd=self.folder, env=env, stdout=log, stderr=subprocess.STDOUT,
                                      stdin=subprocess.DEVNULL)
        self.processes[name] = process
        return process

    def _start_redis(self) -> None:
        redis = shutil.which("redis-server") or "/usr/bin/redis-server"
        if not os.path.exists(redis):
            raise CkanError("redis-server not found: install Debian's redis-server (make system)")
        (self.folder / "redis").mkdir(exist_ok=True)
        port = self.state["ports"]["redis"]
        process = self._spawn("redis", [redis, "--port", str(port), "--bind", "127.0.0.1", "--save", "",
                                        "--appendonly", "no", "--dir", str(self.folder / "redis"),
                                        "--requirepass", self.state["redis_password"], "--daemonize", "no",
                                        "--set-proc-title", "no"])  # its title would overwrite its environment
        self._wait_port(port, process, "redis")

    def _start_solr(self) -> None:
        port = self.state["ports"]["solr"]
        process = self._spawn("solr", [sys.executable, str(SOLR_STANDIN), "--port", str(port),
                                       "--index", str(self.folder / "solr-index.json")])
        self._wait_port(port, process, "solr")

    def _ckan_env(self) -> dict:
        env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME", "CKAN_INI")}
        env["PATH"] = f"{self.venv / 'bin'}:{env.get('PATH', '/usr/bin:/bin')}"
        return env

    def _ckan(self, arguments: list, config: bool = True) -> str:
        command = [str(self.venv / "bin" / "ckan")] + (["-c", str(self.config_path)] if config else []) + arguments
        done = subprocess.run(command, cwd=self.folder, env=self._ckan_env(), capture_output=True, text=True,
                              stdin=subprocess.DEVNULL, timeout=300)
        if done.returncode != 0:
            raise CkanError(f"ckan {' '.join(arguments[:3])} failed ({done.returncode}):\n{done.stderr[-3000:]}")
        return done.stdout

    def _setup_ckan(self) -> None:
        self._ckan(["db", "init"])
        self._ckan(["db", "pending-migrations", "--apply"])  # 2.11: the activity plugin's own migrations
        self._ckan(["user", "add", SYSADMIN, f"email={SYSADMIN}@example.invalid",
                    f"password={self.state['sysadmin_password']}"])
        self._ckan(["sysadmin", "add", SYSADMIN])
        output = self._ckan(["user", "token", "add", SYSADMIN, "passerelle-tests"])
        lines = [line.strip() for line in output.splitlines() if line.strip()]
        if not lines or "." not in lines[-1]:
            raise CkanError(f"ckan user token add printed no token: {output[-500:]!r}")
        self.state.update({"api_token": lines[-1], "ready": True})
        self._save_state()

    def _start_ckan(self) -> None:
        process = self._spawn("ckan", [str(self.venv / "bin" / "ckan"), "-c", str(self.config_path), "run",
                                       "--host", "127.0.0.1", "--port", str(self.port), "--disable-reloader",
                                       "--threaded"], env=self._ckan_env())
        deadline = time.monotonic() + self.ready_timeout
        last = ""
        while time.monotonic() < deadline:
            if process.poll() is not None:
                self.processes.pop("ckan", None)
                raise CkanError(f"ckan run exited at start; log {self.folder / 'ckan.log'}:\n{self.log_tail()}")
            try:
                with urllib.request.urlopen(f"{self.url}/api/3/action/status_show", timeout=5) as answer:
                    if json.loads(answer.read()).get("success"):
                        return
            except (urllib.error.URLError, OSError, ValueError) as exc:
                last = str(exc)
            time.sleep(0.2)
        raise CkanError(f"CKAN did not answer status_show within {self.ready_timeout} s ({last}); "
                        f"log {self.folder / 'ckan.log'}:\n{self.log_tail()}")

    def _wait_port(self, port: int, process: subprocess.Popen, name: str, timeout: float = 20.0) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if process.poll() is not None:
                raise CkanError(f"{name} exited at start; log {self.folder / (name + '.log')}:\n{self.log_tail(name)}")
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=1):
                    return
            except OSError:
                time.sleep(0.05)
        raise CkanError(f"{name} did not listen on 127.0.0.1:{port} within {timeout} s")

    def _check_venv(self) -> None:
        if not (self.venv / "bin" / "ckan").exists():
            raise CkanError(f"{self.venv / 'bin' / 'ckan'} is missing: run `make ckan` first.")


def main(argv=None) -> None:
    """``python tests/support/ckan_server.py FOLDER``: serve CKAN until Ctrl-C (prints the URL and token)."""
    import argparse

    parser = argparse.ArgumentParser(description="A local CKAN for trying Passerelle (127.0.0.1 only)")
    parser.add_argument("folder")
    parser.add_argument("--port", type=int)
    options = parser.parse_args(argv)
    processes.stop_on_signals()  # SIGTERM stops the services in order, as Ctrl-C does
    server = CkanServer(options.folder, options.port).start()
    print(f"CKAN {server.url}\nAPI token: {server.api_token}", flush=True)
    try:
        signal.pause()
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()


if __name__ == "__main__":
    main()
