"""QGIS Server's ``serve: live``: which PostGIS sources may be served in place, said before anything is sent."""
import pytest

from passerelle.catalogue.record import Record
from passerelle.publishers.base import PublicationPackage
from passerelle.publishers.qgis_server import QgisServerPublisher


def package(**source):
    table = {"provider": "postgres", "uri": "service='sig' table=\"public\".\"ecoles\" (geom)", "schema": "public",
             "table": "ecoles", "database": "sig", "service": "", "authcfg": "", "password_in_source": False,
             **source}
    return PublicationPackage(record=Record(title="Écoles"), name="ecoles", gpkg_path="", crs="EPSG:2154",
                              feature_count=2, content_hash="h", source=table)


def publisher(tmp_path, **settings):
    return QgisServerPublisher("ows", {"project": str(tmp_path / "p.qgs"), "url": "http://127.0.0.1/ows/",
                                       "serve": "live", **settings})


@pytest.mark.parametrize("source, settings, refused", [
    ({"service": "sig"}, {}, False),
    ({"authcfg": "ab12cd3"}, {}, False),  # an administrator's QGIS Server with the same configuration
    ({"authcfg": "ab12cd3"}, {"authcfg_usable": False}, True),  # the local SDI: no master password there
    ({"password_in_source": True}, {}, True),  # it would be written in the served project
    ({"password_in_source": True, "service": "sig"}, {}, False),
])
def test_what_may_be_served_in_place(tmp_path, source, settings, refused):
    findings = publisher(tmp_path, **settings).check(package(**source))
    assert [f.code for f in findings] == (["qgis-server.live-credentials"] if refused else [])


def test_a_snapshot_never_asks_for_credentials(tmp_path):
    target = publisher(tmp_path, serve="snapshot")
    assert target.check(package(password_in_source=True)) == []
