"""Real servers for the publisher tests (no QGIS): pycsw 2.6.2 from .venv-pycsw (``make pycsw``).

Fixtures:
- ``pycsw``: one server for the whole session (tests use fresh identifiers, so they share it);
- ``fresh_pycsw``: a server of its own, empty, that the test may stop and start again;
- ``pycsw_factory``: ``pycsw_factory(transactions=False, allowed_ips="10.0.0.1")`` starts a
  differently configured server; all are stopped at the end of the test.

A missing .venv-pycsw fails these tests (it does not skip them): CI must build it.
"""
import pytest

from passerelle.sdi.pycsw_server import PycswError, PycswServer


def _start(folder, **options) -> PycswServer:
    server = PycswServer(folder, **options)
    try:
        return server.start()
    except PycswError as error:
        pytest.fail(str(error), pytrace=False)


@pytest.fixture(scope="session")
def pycsw(tmp_path_factory):
    server = _start(tmp_path_factory.mktemp("pycsw"))
    yield server
    server.stop()


@pytest.fixture
def fresh_pycsw(tmp_path):
    server = _start(tmp_path / "pycsw")
    yield server
    server.stop()


@pytest.fixture
def pycsw_factory(tmp_path):
    started = []

    def start(**options) -> PycswServer:
        server = _start(tmp_path / f"pycsw-{len(started)}", **options)
        started.append(server)
        return server

    yield start
    for server in started:
        server.stop()


# --- CKAN 2.11 from .venv-ckan (``make ckan``), with PostgreSQL, Redis and the Solr stand-in ---------
# One site for the whole session (about 8 s to set up): tests use fresh record identifiers, so they
# share it. ``ckan``: the started support.ckan_server.CkanServer (``.url``, ``.api_token``, ``.action``);
# ``ckan_organisation``: the name of an organisation created once for the tests.

@pytest.fixture(scope="session")
def ckan(tmp_path_factory):
    from support.ckan_server import CkanError, CkanServer

    server = CkanServer(tmp_path_factory.mktemp("ckan"))
    try:
        server.start()
    except CkanError as error:
        server.close()
        pytest.fail(str(error), pytrace=False)
    yield server
    server.close()


@pytest.fixture(scope="session")
def ckan_organisation(ckan) -> str:
    return ckan.action("organization_create", name="commune-de-saint-aubin", title="Commune de Saint-Aubin")["name"]


# --- udata 17 (data.gouv.fr's software) from .venv-udata (``make udata``), on mongomock ---------------
# One server for the whole session (~1.5 s to start): tests use fresh identifiers and titles, so they
# share it. ``udata``: the started support.udata_server.UdataServer (``.url``, ``.api_key``,
# ``.organisation``, ``.other_api_key``, ``.get(path, key=None)``); ``udata_factory(**options)`` starts
# a differently seeded one (e.g. fewer licences), stopped at the end of the test.
UDATA_ZONES = [("fr:region", "27", "Bourgogne-Franche-Comté"), ("fr:departement", "39", "Jura"),
               ("fr:commune", "39999", "Saint-Aubin-sur-Loue"),
               # two communes of the same name: a record naming only "Saint-Aubin" is ambiguous
               ("fr:commune", "21540", "Saint-Aubin"), ("fr:commune", "39478", "Saint-Aubin")]


def _start_udata(folder, **options):
    from support.udata_server import UdataError, UdataServer

    server = UdataServer(folder, **{"zones": UDATA_ZONES, **options})
    try:
        return server.start()
    except UdataError as error:
        server.stop()
        pytest.fail(str(error), pytrace=False)


@pytest.fixture(scope="session")
def udata(tmp_path_factory):
    server = _start_udata(tmp_path_factory.mktemp("udata"))
    yield server
    server.stop()


@pytest.fixture
def udata_factory(tmp_path):
    started = []

    def start(**options):
        server = _start_udata(tmp_path / f"udata-{len(started)}", **options)
        started.append(server)
        return server

    yield start
    for server in started:
        server.stop()
