"""Linking layers to records that already exist (issue 11), on records modelled on real public ones.

tests/data/iso_records/ holds them (its README says what each is modelled on). A record is linked to a
real QGIS layer through the public API, from a file, a URL (a local HTTP server), the real pycsw by
identifier and the GeoNetwork stand-in by uuid; then exported (the round trip whose table the closing
note carries) or published (pycsw updates the same record, no duplicate).
"""
import json
import os
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from lxml import etree
from qgis.core import QgsVectorLayer

from passerelle import api
from passerelle.catalogue.errors import PasserelleError
from passerelle.qgis_io.linked import layer_origin
from support import iso_roundtrip
from support.xsd import assert_valid_iso

GMD = {"gmd": "http://www.isotc211.org/2005/gmd", "gco": "http://www.isotc211.org/2005/gco"}
ARTIFACTS = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))),
                         "test-artifacts")


def record_path(name: str) -> str:
    return os.path.join(iso_roundtrip.RECORDS, name)


def record_bytes(name: str) -> bytes:
    with open(record_path(name), "rb") as handle:
        return handle.read()


def file_identifier(xml: bytes) -> str:
    return etree.fromstring(xml).findtext("gmd:fileIdentifier/gco:CharacterString", namespaces=GMD).strip()


@pytest.fixture
def layer(project, territory_gpkg):
    layer = QgsVectorLayer(f"{territory_gpkg}|layername=parcelles", "parcelles", "ogr")
    assert layer.isValid()
    project.addMapLayer(layer)
    return layer


# --- the round trip on every real-world record -------------------------------------------------------

ROUNDTRIP = {}


@pytest.mark.parametrize("name", iso_roundtrip.dataset_records())
def test_a_linked_record_survives_import_then_export(layer, tmp_path, vocab, name):
    source = record_bytes(name)
    linked = api.link_record(layer, record_path(name))
    assert linked.record.identifier == file_identifier(source) == api.record(layer).identifier
    written = api.export([layer], str(tmp_path / "export"), formats=["iso19139"], with_data=False)
    [path] = written["iso19139"]
    exported = open(path, "rb").read()
    assert_valid_iso(exported)
    assert file_identifier(exported) == file_identifier(source)
    result = iso_roundtrip.compare(source, exported, vocab)
    ROUNDTRIP[name] = result
    assert {aspect: result[aspect] for aspect in iso_roundtrip.ASPECTS if result[aspect] not in ("kept", "absent")} \
        == {}, name
    # What the export does not hold was said when linking: the not-kept finding names each value.
    said = " ".join(f.message_fr for f in linked.findings if f.code == "metadata.not-kept")
    for label, value in result["other losses"]:
        assert f"{label} « {value[:40]}" in said, (label, value)


def test_the_round_trip_table_covers_at_least_eight_records():
    """Writes the table of what each record kept and lost (test-artifacts/iso-roundtrip.md)."""
    if len(ROUNDTRIP) < len(iso_roundtrip.dataset_records()):
        pytest.skip("run with the round-trip tests above (the table is built from their results)")
    assert len(ROUNDTRIP) >= 8
    table = iso_roundtrip.markdown(dict(sorted(ROUNDTRIP.items())))
    os.makedirs(ARTIFACTS, exist_ok=True)
    with open(os.path.join(ARTIFACTS, "iso-roundtrip.md"), "w", encoding="utf-8") as handle:
        handle.write(table)
    print("\n" + table)
    assert table.count("\n") == len(ROUNDTRIP) + 2
