"""Fixtures of the open-data catalogue stand-ins (udata, OpenDataSoft), loaded by the test modules that use them
with ``pytest_plugins = ["conftest_catalogue_standins"]``.

Each stand-in runs in a thread on 127.0.0.1 with an ephemeral port, one per test (they keep state). The
account that publishes uses the canary key ``CANARY_KEY`` (catalogue_standins_support): tests assert it never
shows in errors or logs.
"""
import pytest

from catalogue_standins_support import CANARY_KEY, OTHER_KEY, READER_KEY, package_factory
from standins.opendatasoft import OpenDataSoftStandIn
from standins.udata import ORG_COMMUNE, ORG_OTHER, UdataStandIn


@pytest.fixture
def make_package(tmp_path):
    """make_package(title=..., frequency=..., access=..., rows=..., padding_bytes=..., ...) -> PublicationPackage."""
    return package_factory(tmp_path)


@pytest.fixture
def udata(tmp_path):
    server = UdataStandIn(keys={CANARY_KEY: "editrice", OTHER_KEY: "visiteur"},
                          members={"editrice": {ORG_COMMUNE: "editor"}, "visiteur": {ORG_OTHER: "admin"}},
                          data_dir=str(tmp_path / "udata-data")).start()
    yield server
    server.stop()


@pytest.fixture
def ods(tmp_path):
    server = OpenDataSoftStandIn(keys={CANARY_KEY: ("editrice", True), READER_KEY: ("lecteur", False)},
                                 data_dir=str(tmp_path / "ods-data")).start()
    yield server
    server.stop()
