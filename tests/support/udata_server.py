"""A real udata (data.gouv.fr's software, 17.x) on 127.0.0.1, on mongomock, for the tests and the demo.

>>> with UdataServer("/tmp/udata") as server:     # child process, seeded, serving in ~3 s
...     server.url, server.api_key, server.organisation
('http://127.0.0.1:41234', 'udata_…', '6650…')

udata runs from its own venv (``make udata`` builds ``.venv-udata`` at the repository root; ``venv=`` or
``PASSERELLE_UDATA_VENV`` point elsewhere). This file is both sides:

- imported (standard library only): :class:`UdataServer` starts this very file with that venv's python and
  waits until it says it is ready;
- run as a script by that python: it builds the application as ``udata.wsgi`` does, on mongomock (no
  MongoDB, Redis or Elasticsearch), seeds it in-process (mongomock's database lives in this process only,
  so ``udata init`` cannot fill it): licences, spatial levels, a few zones, two confirmed users with API
  keys, each admin of an organisation, and a site administrator (udata's ``admin`` role, as the
  data.gouv.fr team has) who reviews submissions; then serves it with werkzeug's threaded server on 127.0.0.1 and
  writes ``ready.json`` (URL, keys, organisation ids) into its folder.

The server dies with its parent: it is started through :func:`passerelle.sdi.processes.spawn` (its own
process group, the Linux parent-death signal, the run tag the leftover checks look for), and
:meth:`UdataServer.stop` (also at interpreter exit) stops the group.

What this udata cannot do here: full-text search (``?q=`` answers 500, mongomock has no text index) and API
v2 search (Elasticsearch). Everything else of API v1 is udata's own code.
"""
from __future__ import annotations

import atexit
import json
import os
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Optional

REPOSITORY_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_VENV = REPOSITORY_ROOT / ".venv-udata"
READY_FILE = "ready.json"
LOG_FILE = "udata.log"

#: The licences data.gouv.fr lists that Passerelle's vocabulary maps to (id, title, url).
LICENCES = [
    ("lov2", "Licence Ouverte / Open Licence version 2.0", "https://www.etalab.gouv.fr/licence-ouverte-open-licence"),
    ("fr-lo", "Licence Ouverte / Open Licence", "https://www.etalab.gouv.fr/wp-content/uploads/2014/05/Licence_Ouverte.pdf"),
    ("odc-odbl", "Open Data Commons Open Database License (ODbL)", "http://opendatacommons.org/licenses/odbl/summary/"),
    ("odc-by", "Open Data Commons Attribution License", "http://opendatacommons.org/licenses/by/summary/"),
    ("odc-pddl", "Open Data Commons Public Domain Dedication and Licence (PDDL)",
     "http://opendatacommons.org/licenses/pddl/summary/"),
    ("cc-by", "Creative Commons Attribution", "http://www.opendefinition.org/licenses/cc-by"),
    ("cc-by-sa", "Creative Commons Attribution Share-Alike", "http://www.opendefinition.org/licenses/cc-by-sa"),
    ("cc-zero", "Creative Commons CCZero", "http://www.opendefinition.org/licenses/cc-zero"),
    ("notspecified", "License Not Specified", None),
]
#: data.gouv.fr's spatial levels (id, name, admin level: only their order matters); udata adds poi and other.
LEVELS = [("country-group", "Country group", 10), ("country", "Country", 20), ("country-subset", "Country subset", 30),
          ("fr:region", "French region", 40), ("fr:departement", "French county", 60),
          ("fr:collectivite", "French overseas collectivities", 60), ("fr:epci", "French intermunicipal (EPCI)", 68),
          ("fr:arrondissement", "French arrondissement", 70), ("fr:commune", "French town", 80),
          ("fr:canton", "French canton", 98), ("fr:iris", "Iris (Insee districts)", 98)]
#: The sample territory's zones (passerelle/sample/territory.py): level, code, name.
DEFAULT_ZONES = [("fr:region", "27", "Bourgogne-Franche-Comté"), ("fr:departement", "39", "Jura"),
                 ("fr:epci", "200099992", "Communauté de communes du Val de Loue"),
                 ("fr:commune", "39999", "Saint-Aubin-sur-Loue")]
DEFAULT_ORGANISATION = "Commune de Saint-Aubin-sur-Loue"


class UdataError(RuntimeError):
    """udata could not be started (the message says which log to read)."""


class UdataServer:
    """One udata site in ``folder`` (uploaded files, log, ready file); a fresh empty database at each start.

    ``zones``: (level, code, name) of the zones to seed; ``licences``: ids of :data:`LICENCES` the instance
    lists (all by default); ``organisation``: name of the organisation the publishing account administers.
    """

    def __init__(self, folder, venv=None, zones=None, licences=None, organisation: str = DEFAULT_ORGANISATION,
                 ready_timeout: float = 90.0):
        self.folder = Path(folder).resolve()
        self.venv = Path(venv or os.environ.get("PASSERELLE_UDATA_VENV") or DEFAULT_VENV)
        self.zones = [list(zone) for zone in (DEFAULT_ZONES if zones is None else zones)]
        self.licences = [identifier for identifier, _title, _url in LICENCES] if licences is None else list(licences)
        self.organisation_name = organisation
        self.ready_timeout = ready_timeout
        self.process: Optional[subprocess.Popen] = None
        self.info: dict = {}
        atexit.register(self.stop)  # an interrupted session must not leave the server behind

    # --- what clients use -------------------------------------------------------------------------
    @property
    def url(self) -> str:
        return self.info["url"]

    @property
    def api_key(self) -> str:
        """API key of the publishing account (admin of :attr:`organisation`)."""
        return self.info["api_key"]

    @property
    def organisation(self) -> str:
        return self.info["organisation"]

    @property
    def other_api_key(self) -> str:
        """API key of an account of another organisation (not a member of :attr:`organisation`)."""
        return self.info["other_api_key"]

    @property
    def other_organisation(self) -> str:
        return self.info["other_organisation"]

    @property
    def admin_api_key(self) -> str:
        """API key of the instance's administrator (udata role ``admin``: may see and edit every dataset)."""
        return self.info["admin_api_key"]

    @property
    def files_folder(self) -> Path:
        """Where udata stores uploaded resources (``FS_ROOT``)."""
        return self.folder / "fs"

    @property
    def log_path(self) -> Path:
        return self.folder / LOG_FILE

    @property
    def running(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def get(self, path: str, key: Optional[str] = None):
        """``(status, JSON)`` of an API v1 GET, anonymous unless ``key``; no cookie is ever kept."""
        request = urllib.request.Request(f"{self.url}/api/1/{path.lstrip('/')}",
                                         headers={"Accept": "application/json", **({"X-API-KEY": key} if key else {})})
        try:
            with urllib.request.urlopen(request, timeout=30) as answer:
                return answer.status, json.loads(answer.read() or b"null")
        except urllib.error.HTTPError as error:
            body = error.read()
            try:
                return error.code, json.loads(body or b"null")
            except ValueError:
                return error.code, body.decode("utf-8", "replace")

    # --- lifecycle --------------------------------------------------------------------------------
    def start(self) -> "UdataServer":
        if self.running:
            return self
        python = self.venv / "bin" / "python"
        if not python.exists():
            raise UdataError(f"{python} not found: build udata's venv with `make udata`")
        self.folder.mkdir(parents=True, exist_ok=True)
        ready = self.folder / READY_FILE
        ready.unlink(missing_ok=True)
        config = self.folder / "config.json"
        config.write_text(json.dumps({"folder": str(self.folder), "zones": self.zones,
                                      "licences": self.licences, "organisation": self.organisation_name}),
                          encoding="utf-8")
        log = open(self.log_path, "ab")
        try:
            from passerelle.sdi import processes  # its own process group, dies with us, tagged with our run

            self.process = processes.spawn(
                [str(python), str(Path(__file__).resolve()), str(config)], cwd=str(self.folder),
                stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT, env=self._environment(),
                death_signal=signal.SIGKILL)
        finally:
            log.close()
        deadline = time.monotonic() + self.ready_timeout
        while not ready.exists():
            if self.process.poll() is not None:
                raise UdataError(f"udata exited ({self.process.returncode}) before it was ready: read {self.log_path}")
            if time.monotonic() > deadline:
                self.stop()
                raise UdataError(f"udata not ready after {self.ready_timeout:.0f} s: read {self.log_path}")
            time.sleep(0.05)
        self.info = json.loads(ready.read_text(encoding="utf-8"))
        return self

    def stop(self) -> None:
        """Stop the server and its process group (SIGTERM, then SIGKILL after 10 s)."""
        from passerelle.sdi import processes

        process, self.process = self.process, None
        if process is not None:
            processes.stop(process, timeout=10)

    def __enter__(self) -> "UdataServer":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    @staticmethod
    def _environment() -> dict:
        keep = ("PATH", "LANG", "LC_ALL", "TMPDIR", "HOME", "TZ")
        env = {k: v for k, v in os.environ.items() if k in keep}
        env["PYTHONDONTWRITEBYTECODE"] = "1"
        env["UDATA_SETTINGS"] = os.devnull  # no udata.cfg picked up from the working directory
        return env


# ====================================================================================================
# The server side: run by .venv-udata/bin/python with the path of config.json.
# ====================================================================================================

def _settings(folder: Path, port: int):
    import secrets

    import mongomock

    class Settings:
        SERVER_NAME = f"127.0.0.1:{port}"
        PREFERRED_URL_SCHEME = "http"
        CDATA_BASE_URL = f"http://127.0.0.1:{port}"
        MONGODB_HOST = "mongodb://localhost:27017/udata"  # checked by udata's config validation; never dialled
        MONGODB_SETTINGS = {"host": MONGODB_HOST, "mongo_client_class": mongomock.MongoClient}
        ELASTICSEARCH_URL = None
        AUTO_INDEX = False
        CELERY_TASK_ALWAYS_EAGER = True
        CELERY_BROKER_URL = "memory://"
        CELERY_RESULT_BACKEND = "cache+memory://"
        CACHE_TYPE = "flask_caching.backends.NullCache"
        CACHE_NO_NULL_WARNING = True
        FS_ROOT = str(folder / "fs")
        FS_SERVE = True
        SEND_MAIL = False
        DEBUG = False
        SECRET_KEY = secrets.token_hex(32)
        SECURITY_PASSWORD_SALT = secrets.token_hex(16)
        SECURITY_EMAIL_VALIDATOR_ARGS = {"check_deliverability": False}
        API_TOKEN_SECRET = secrets.token_hex(32)
        URLS_ALLOW_LOCAL = True  # uploaded files get 127.0.0.1 URLs
        URLS_ALLOW_PRIVATE = True
        URLS_RESOLVE_HOSTNAME = False
        SITE_TITLE = "udata (Passerelle tests)"
        PUBLISH_ON_RESOURCE_EVENTS = False
        SESSION_COOKIE_SECURE = False  # plain http here: the cookie travels as it does over https in production

    return Settings


def _seed(config: dict) -> dict:
    """Reference lists, zones, accounts, organisations and API keys, in udata's in-memory database."""
    from datetime import UTC, datetime

    from udata.core.api_token.models import ApiToken
    from udata.core.dataset.models import License
    from udata.core.organization.models import Member, Organization
    from udata.core.spatial.models import GeoLevel, GeoZone
    from udata.core.user.models import Role, User

    for identifier, title, url in (licence for licence in LICENCES if licence[0] in config["licences"]):
        License(id=identifier, title=title, url=url, active=True,
                flags=["generic"] if identifier == "notspecified" else []).save()
    for identifier, name, admin_level in LEVELS:
        GeoLevel(id=identifier, name=name, admin_level=admin_level).save()
    for level, code, name in config["zones"]:
        GeoZone(id=f"{level}:{code}", level=level, code=code, name=name,
                slug=f"{name}-{code}".lower().replace(" ", "-")).save()

    def account(first, last, email, organisation_name):
        user = User(first_name=first, last_name=last, email=email, active=True,
                    confirmed_at=datetime.now(UTC)).save()
        organisation = Organization(name=organisation_name, description=f"{organisation_name} (tests Passerelle)",
                                    members=[Member(user=user, role="admin")]).save()
        _token, key = ApiToken.generate(user, name="passerelle")
        return user, organisation, key

    user, organisation, key = account("Camille", "Martin", "sig@passerelle.test", config["organisation"])
    _other, other_organisation, other_key = account("Dominique", "Petit", "autre@passerelle.test",
                                                    "Autre organisation")
    administrator = User(first_name="Alex", last_name="Relecteur", email="admin@passerelle.test", active=True,
                         confirmed_at=datetime.now(UTC), roles=[Role(name="admin").save()]).save()
    _token, admin_key = ApiToken.generate(administrator, name="passerelle-admin")
    return {"api_key": key, "organisation": str(organisation.id), "organisation_slug": organisation.slug,
            "user": str(user.id), "other_api_key": other_key, "other_organisation": str(other_organisation.id),
            "admin_api_key": admin_key}


def serve(config_path: str) -> None:
    config = json.loads(Path(config_path).read_text(encoding="utf-8"))
    folder = Path(config["folder"])
    from werkzeug.serving import make_server

    application = {}

    def dispatch(environ, start_response):
        return application["app"](environ, start_response)

    # Bind first (port 0: no race for a free port), then build udata with the real port in SERVER_NAME.
    server = make_server("127.0.0.1", 0, dispatch, threaded=True)
    port = server.server_port
    from udata.app import create_app, standalone

    app = standalone(create_app(override=_settings(folder, port)))  # what udata.wsgi does
    with app.app_context():
        info = _seed(config)
    application["app"] = app
    info.update(url=f"http://127.0.0.1:{port}", port=port, pid=os.getpid())
    partial = folder / (READY_FILE + ".part")
    partial.write_text(json.dumps(info), encoding="utf-8")
    os.replace(partial, folder / READY_FILE)
    print(f"udata ready on http://127.0.0.1:{port} (organisation {info['organisation']})", flush=True)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    server.serve_forever()


if __name__ == "__main__":
    serve(sys.argv[1])
