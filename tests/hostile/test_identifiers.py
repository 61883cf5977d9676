"""Record identifiers read from files are untrusted: traversal, URLs, devices, controls never name a file or a URL.

Each identifier arrives in a ``.qmd`` beside a GeoJSON file (as QGIS saves typed metadata) and goes
through check, export, publish to the real local SDI and unpublish: a ``record.identifier-invalid``
finding or refusal each time, and nothing written anywhere.
"""
import os

import pytest
from qgis.core import QgsVectorLayer

from passerelle import api
from passerelle.catalogue.errors import ExportRefusedError
from passerelle.sdi import local
from support.hostile_run import BASE_TAGS, shown

IDENTIFIERS = {
    "parent": "../../victim/settings",
    "deep-parent": "../../../../../../../../tmp/passerelle-victim",
    "absolute": "/etc/passwd",
    "windows-parent": "..\\..\\victim\\settings",
    "windows-drive": "C:\\Windows\\win.ini",
    "url": "https://evil.example/x",
    "encoded-parent": "%2e%2e%2f%2e%2e%2fvictim",
    "users-api": "../users/5",
    "dot": ".",
    "dotdot": "..",
    "tab-inside": "abc\tdef",
    "newline": "abc\ndef",
    "space": "mon identifiant",
    "too-long": "a" * 129,
    "unicode-lookalike": "аbc-def",  # Cyrillic a
    "slash-only": "/",
    "query": "abc?request=Delete",
    "fragment": "abc#frag",
    "empty-braces": "{}",
}


@pytest.fixture(scope="module")
def sdi_folder(tmp_path_factory):
    folder = tmp_path_factory.mktemp("idg-identifiants") / "idg"
    yield str(folder)
    local.stop_all()


def qmd_layer(tmp_path, project, identifier) -> QgsVectorLayer:
    """A GeoJSON layer whose .qmd sidecar (QGIS's own format) carries ``identifier``."""
    path = tmp_path / "couche.geojson"
    path.write_text('{"type": "FeatureCollection", "crs": {"type": "name", "properties": {"name": '
                    '"urn:ogc:def:crs:EPSG::2154"}}, "features": [{"type": "Feature", "properties": {"n": 1}, '
                    '"geometry": {"type": "Point", "coordinates": [928400, 6686550]}}]}', encoding="utf-8")
    layer = QgsVectorLayer(str(path), "couche", "ogr")
    project.addMapLayer(layer)
    api.tag(layer, title="Couche documentée", **BASE_TAGS)
    metadata = layer.metadata()
    metadata.setIdentifier(identifier)
    layer.setMetadata(metadata)
    message, saved = layer.saveNamedMetadata(os.path.splitext(str(path))[0] + ".qmd")
    assert saved, message
    reopened = QgsVectorLayer(str(path), "couche", "ogr")  # as the next session opens it: from the .qmd
    project.removeMapLayer(layer.id())
    project.addMapLayer(reopened)
    return reopened


def tree(folder) -> list:
    return sorted(os.path.relpath(os.path.join(r, n), folder) for r, _d, names in os.walk(folder) for n in names)


@pytest.mark.hostile("identifiants")
@pytest.mark.parametrize("identifier", list(IDENTIFIERS.values()), ids=list(IDENTIFIERS))
def test_an_untrusted_identifier_is_refused_everywhere_and_names_nothing(tmp_path, project, data_dir, sdi_folder,
                                                                        identifier):
    layer = qmd_layer(tmp_path, project, identifier)
    assert api.record(layer).identifier == identifier  # really read from the file
    findings = [f for f in api.check([layer]).errors if f.code == "record.identifier-invalid"]
    assert len(findings) == 1 and findings[0].field == "identifier"
    with pytest.raises(ExportRefusedError) as refused:
        api.export([layer], str(tmp_path / "export"))
    shown(refused.value)
    assert refused.value.code == "record.identifier-invalid" and not (tmp_path / "export").exists()
    profile = {"name": "identifiants", "version": "1",
               "targets": {"idg": {"type": "local", "folder": sdi_folder, "timeout": 10, "retries": 0}}}
    before = tree(os.path.dirname(sdi_folder))
    published = api.publish([layer], profile)
    shown(*published.outcomes)
    assert {(o.state, o.code) for o in published.outcomes} == {("refused", "record.identifier-invalid")}
    removed = api.unpublish([layer], profile)
    assert {(o.state, o.code) for o in removed.outcomes} == {("failed", "record.identifier-invalid")}
    after = tree(os.path.dirname(sdi_folder))
    new = [p for p in after if p not in before and not p.startswith(("idg/csw/", "idg/data/.", "idg/records/."))]
    assert [p for p in new if "victim" in p or "passwd" in p or not p.startswith("idg/")] == []
    assert not os.path.exists("/tmp/passerelle-victim")


@pytest.mark.hostile("identifiants")
@pytest.mark.parametrize("identifier", ["CON", "nul.xml", "COM1", "aux"])
def test_a_valid_identifier_that_is_a_windows_device_name_gets_a_safe_file_name(tmp_path, project, data_dir,
                                                                                identifier):
    layer = qmd_layer(tmp_path, project, identifier)
    written = api.export([layer], str(tmp_path / "export"), formats=["iso19139"], with_data=False)
    name = os.path.basename(written["iso19139"][0])
    assert name.lower().split(".")[0] not in ("con", "nul", "com1", "aux") and name.endswith(".xml")
