"""Two processes publishing to the same profile at once (two QGIS windows, or QGIS and a batch): both batches
complete and the publication registry holds both, nobody's update lost.

Two child Python processes with QGIS each publish their own 10 layers to the same profile (one registry
file, one real pycsw), released together; each writes the registry some 30 times while the other does.
"""
import json
import os
import subprocess
import sys
import textwrap
import time

from osgeo import ogr, osr
from qgis.core import QgsVectorLayer

from passerelle import api
from passerelle.publishers.registry import Registry
from passerelle.sdi import processes
from support.hostile_run import BASE_TAGS
from support.qgis_env import ROOT, environment

CHILD = textwrap.dedent("""
    import json, os, sys, time
    from qgis.core import QgsApplication
    app = QgsApplication([], False)
    app.initQgis()
    from passerelle import api
    source, profile, go = sys.argv[1], json.loads(sys.argv[2]), sys.argv[3]
    while not os.path.exists(go):  # both start publishing at the same moment
        time.sleep(0.01)
    report = api.publish(source, profile, max_workers=2)
    print(json.dumps({"batch": report.batch_id, "states": sorted({o.state for o in report.outcomes}),
                      "failures": [[o.layer, o.code, o.message_fr] for o in report.failures],
                      "published": len([o for o in report.outcomes if o.ok])}))
    app.exitQgis()
""")


def geopackage(path, prefix, count, project):
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(2154)
    dataset = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    for i in range(count):
        layer = dataset.CreateLayer(f"{prefix}_{i:02d}", srs, ogr.wkbPoint)
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetGeometry(ogr.CreateGeometryFromWkt(f"POINT ({928400 + 10 * i} 6686550)"))
        layer.CreateFeature(feature)
    dataset = None
    identifiers = []
    for i in range(count):
        layer = QgsVectorLayer(f"{path}|layername={prefix}_{i:02d}", f"{prefix}_{i:02d}", "ogr")
        project.addMapLayer(layer)
        identifiers.append(api.tag(layer, **{**BASE_TAGS, "title": f"Couche {prefix} {i}"}).identifier)
    return identifiers


def test_two_processes_publishing_to_one_profile_both_complete_and_the_registry_holds_both(
        tmp_path, project, pycsw_factory, monkeypatch):
    csw = pycsw_factory()
    data = tmp_path / "data"
    monkeypatch.setenv("PASSERELLE_DATA_DIR", str(data))
    profile = {"name": "deux-fenetres", "version": "1",
               "targets": {"catalogue": {"type": "csw", "url": csw.url, "kind": "open", "timeout": 30}}}
    window = geopackage(tmp_path / "fenetre.gpkg", "fenetre", 10, project)
    batch = geopackage(tmp_path / "traitement.gpkg", "traitement", 10, project)
    project.clear()
    go = tmp_path / "partez"
    children = [processes.spawn([sys.executable, "-c", CHILD, str(tmp_path / f"{name}.gpkg"), json.dumps(profile),
                                 str(go)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT,
                                env=environment({"PASSERELLE_DATA_DIR": str(data)}))
                for name in ("fenetre", "traitement")]
    time.sleep(3)  # both QGIS started, waiting
    go.write_text("", encoding="utf-8")
    results = []
    for child in children:
        out, err = child.communicate(timeout=600)
        processes.stop(child)
        assert child.returncode == 0, err[-3000:]
        results.append(json.loads(out.strip().splitlines()[-1]))
    for result in results:
        assert result["failures"] == [] and result["published"] == 10, result
    registry = Registry(os.path.join(data, "publications", "deux-fenetres.json"))
    for identifier in window + batch:
        assert registry.target_entry(identifier, "catalogue")["state"] == "published", identifier
    assert {r["batch"] for r in results} <= set(registry.data["batches"])
    assert all(registry.batch(r["batch"])["done"] for r in results) and registry.unfinished_batches() == []
    assert api.resume(profile).outcomes == []  # nothing was lost that would need resuming
