"""Fixtures of the GeoNetwork and GeoServer stand-ins (tests/standins), loaded by the test modules that use
them with ``pytest_plugins = ["conftest_standins"]``.

Each stand-in runs in a thread on 127.0.0.1 with an ephemeral port, one per test (they keep state).
Accounts use a canary password (``standins_support.CANARY``): tests assert it never shows in errors or logs.
"""
import pytest

from passerelle.catalogue.encoders import iso19139
from passerelle.catalogue.record import Record
from passerelle.publishers.base import PublicationPackage
from standins.geonetwork import GeoNetworkStandIn
from standins.geoserver import GeoServerStandIn
from standins_support import CANARY, SLD_11, make_geopackage


@pytest.fixture
def make_package(tmp_path, vocab):
    """make_package(title=..., content_hash=..., sld=..., identifier=...) -> PublicationPackage."""

    def factory(name="pistes", title="Pistes cyclables", content_hash="hash-1", sld=None, identifier=None,
                rows=3, padding_bytes=0, keywords=("vélo", "mobilité")):
        record = Record(title=title, abstract="Réseau des pistes cyclables de la commune.", keywords=list(keywords),
                        **({"identifier": identifier} if identifier else {}))
        gpkg = make_geopackage(tmp_path / f"{name}-{content_hash}.gpkg", name, rows, padding_bytes)
        return PublicationPackage(
            record=record, name=name, gpkg_path=gpkg, crs="EPSG:2154", feature_count=rows,
            content_hash=content_hash, sld=SLD_11.format(name=name, colour="#1f78b4") if sld is None else sld,
            encode_iso=lambda links: iso19139.encode(record, vocab, online_resources=links))

    return factory


@pytest.fixture
def geonetwork():
    server = GeoNetworkStandIn(passwords={"editeur": CANARY, "relecteur": CANARY, "lecteur": CANARY}).start()
    yield server
    server.stop()


@pytest.fixture
def geoserver(tmp_path):
    server = GeoServerStandIn(passwords={"admin": CANARY, "lecteur": CANARY},
                              data_dir=str(tmp_path / "geoserver-data")).start()
    yield server
    server.stop()
