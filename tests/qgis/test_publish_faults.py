"""A 20-layer batch survives its catalogue going down: failures are named, resume finishes the job."""
import os

import pytest
import requests
from lxml import etree
from osgeo import ogr, osr
from qgis.core import QgsVectorLayer

from passerelle import api
from passerelle.sdi import local

LAYERS = 20


@pytest.fixture
def twenty_layers(tmp_path, project):
    path = str(tmp_path / "vingt.gpkg")
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(2154)
    dataset = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    for i in range(LAYERS):
        layer = dataset.CreateLayer(f"couche_{i:02d}", srs, ogr.wkbPoint)
        layer.CreateField(ogr.FieldDefn("numero", ogr.OFTInteger))
        for j in range(3):
            feature = ogr.Feature(layer.GetLayerDefn())
            feature.SetField("numero", j)
            feature.SetGeometry(ogr.CreateGeometryFromWkt(f"POINT ({900000 + 100 * i} {6662000 + 50 * j})"))
            layer.CreateFeature(feature)
    dataset = None
    layers = []
    for i in range(LAYERS):
        layer = QgsVectorLayer(f"{path}|layername=couche_{i:02d}", f"couche_{i:02d}", "ogr")
        project.addMapLayer(layer)
        api.tag(layer, title=f"Couche d'essai {i}", abstract="Points d'essai.", access="ouverte", nature="publique",
                granularity="poi", frequency="annual", licence="etalab-2.0", themes=["us"],
                contact={"organisation": "Mairie", "email": "sig@mairie.fr"}, last_revision="2026-10-01",
                lineage="Généré pour l'essai.")
        layers.append(layer)
    return layers


@pytest.fixture
def profile(tmp_path, monkeypatch):
    monkeypatch.setenv("PASSERELLE_DATA_DIR", str(tmp_path / "data"))
    yield {"name": "panne", "version": "1",
           "targets": {"local": {"type": "local", "folder": str(tmp_path / "sdi"), "retries": 1, "timeout": 5}}}
    local.stop_all()


def _catalogue_state(sdi):
    answer = requests.get(sdi.urls["csw"], params={
        "service": "CSW", "version": "2.0.2", "request": "GetRecords", "typeNames": "csw:Record",
        "resultType": "results", "elementSetName": "brief", "maxRecords": "100"}, timeout=10)
    tree = etree.fromstring(answer.content)
    dc = "{http://purl.org/dc/elements/1.1/}"
    records = sorted((r.findtext(dc + "identifier"), r.findtext(dc + "title"))
                     for r in tree.iter("{http://www.opengis.net/cat/csw/2.0.2}BriefRecord"))
    capabilities = etree.fromstring(requests.get(sdi.urls["wms"], timeout=30).content)
    names = sorted(e.text for e in capabilities.iterfind(
        ".//{http://www.opengis.net/wms}Layer/{http://www.opengis.net/wms}Layer/{http://www.opengis.net/wms}Name"))
    files = sorted(os.listdir(os.path.join(sdi.folder, "records")))
    return records, names, files


def test_catalogue_stopped_mid_batch_then_resume_reaches_the_clean_run_state(twenty_layers, profile):
    sdi = local.sdi_for(profile["targets"]["local"]["folder"])
    stopped = []

    def stop_catalogue_after_six(done, total):
        if done == 6 and not stopped:
            sdi.csw.stop()
            stopped.append(done)

    interrupted = api.publish(twenty_layers, profile, max_workers=2, progress=stop_catalogue_after_six)
    assert stopped
    failed_layers = {o.layer for o in interrupted.failures}
    assert failed_layers and len(failed_layers) < LAYERS
    for outcome in interrupted.failures:  # every failure is named, with its cause
        assert outcome.code == "publish.unreachable" and outcome.message_fr
    # What the failed layers had put on QGIS Server and in the folder was rolled back.
    records_down = sorted(os.listdir(os.path.join(sdi.folder, "records")))
    assert len(records_down) == 2 * (LAYERS - len(failed_layers))

    sdi.csw.start()
    resumed = api.resume(profile)
    assert resumed.ok, [(o.layer, o.target, o.message_fr) for o in resumed.failures]
    assert {o.layer for o in resumed.outcomes} == failed_layers  # only what was left to do

    expected_records = sorted((api.record(layer).identifier, api.record(layer).title) for layer in twenty_layers)
    records, names, files = _catalogue_state(sdi)
    assert records == expected_records
    assert names == sorted(layer.name() for layer in twenty_layers)
    assert len(files) == 2 * LAYERS
    assert api.resume(profile).outcomes == []  # nothing left unfinished
