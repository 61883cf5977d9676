"""Benchmark: a 100-layer batch publish, next to the bare HTTP time of the same requests.

    python bench/bench_publish.py [--layers 100]

1. Makes a GeoPackage of N small point layers and tags them (open data, complete records).
2. Publishes them with ``api.publish`` to a real pycsw (CSW-T), recording every HTTP request
   Passerelle sends; prints the wall time (checks, packaging, ISO encoding, HTTP).
3. Replays exactly those requests with a minimal script (one requests.Session, no checks,
   no parsing) against a fresh pycsw: the bare HTTP time.
4. For reference, publishes the same layers to the full local SDI (QGIS Server + folder + CSW).
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def make_layers(folder: str, count: int) -> str:
    from osgeo import ogr, osr

    path = os.path.join(folder, "couches.gpkg")
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(2154)
    dataset = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    for i in range(count):
        layer = dataset.CreateLayer(f"couche_{i:03d}", srs, ogr.wkbPoint)
        layer.CreateField(ogr.FieldDefn("numero", ogr.OFTInteger))
        layer.StartTransaction()
        for j in range(10):
            feature = ogr.Feature(layer.GetLayerDefn())
            feature.SetField("numero", j)
            feature.SetGeometry(ogr.CreateGeometryFromWkt(f"POINT ({900000 + 10 * i} {6662000 + 10 * j})"))
            layer.CreateFeature(feature)
        layer.CommitTransaction()
    return path


def tag_all(path: str, count: int) -> list:
    from qgis.core import QgsProject, QgsVectorLayer

    from passerelle import api

    layers = []
    for i in range(count):
        layer = QgsVectorLayer(f"{path}|layername=couche_{i:03d}", f"couche_{i:03d}", "ogr")
        QgsProject.instance().addMapLayer(layer)
        # A title in plain words: a technical one ('Couche 3') is refused before any request.
        api.tag(layer, title=f"Points de mesure du bruit routier, secteur {i} de Dole",
                abstract="Points de mesure du bruit routier relevés par la commune.", access="ouverte",
                nature="publique",
                granularity="poi", frequency="annual", licence="etalab-2.0", themes=["us"],
                contact={"organisation": "Mairie", "email": "sig@mairie.fr"}, last_revision="2026-10-01",
                lineage="Banc d'essai.")
        layers.append(layer)
    return layers


def record_requests():
    """Patch requests.Session.request to keep (method, url, kwargs) of every request sent."""
    import requests

    sent = []
    original = requests.Session.request

    def recording(self, method, url, **kwargs):
        body = kwargs.get("data")
        if hasattr(body, "read"):
            body = body.read()
            kwargs["data"] = body
        sent.append((method, url, {k: kwargs.get(k) for k in ("params", "data", "headers")}))
        return original(self, method, url, **kwargs)

    requests.Session.request = recording
    return sent, lambda: setattr(requests.Session, "request", original)


def replay(sent: list, old_url: str, new_url: str) -> float:
    """The same requests, with nothing around them: one session, no parsing."""
    import requests

    session = requests.Session()
    started = time.perf_counter()
    for method, url, kwargs in sent:
        session.request(method, url.replace(old_url, new_url), params=kwargs["params"], data=kwargs["data"],
                        headers=kwargs["headers"], timeout=60)
    return time.perf_counter() - started


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--layers", type=int, default=100)
    args = parser.parse_args(argv)

    from passerelle.qgis_io.headless import start_qgis

    _app = start_qgis()  # held until main returns: a collected QgsApplication takes QGIS down with it
    from qgis.core import QgsProject

    from passerelle import api
    from passerelle.sdi import local
    from passerelle.sdi.pycsw_server import PycswServer

    work = tempfile.mkdtemp(prefix="passerelle-bench-")
    os.environ["PASSERELLE_DATA_DIR"] = os.path.join(work, "data")
    started = time.perf_counter()
    layers = tag_all(make_layers(work, args.layers), args.layers)
    prepare = time.perf_counter() - started

    with PycswServer(os.path.join(work, "csw-a")) as csw_a, PycswServer(os.path.join(work, "csw-b")) as csw_b:
        profile = {"name": "bench-csw", "version": "1", "targets": {"csw": {"type": "csw", "url": csw_a.url}}}
        sent, restore = record_requests()
        started = time.perf_counter()
        report = api.publish(layers, profile)
        passerelle_seconds = time.perf_counter() - started
        restore()
        failures = len(report.failures)
        if failures:  # a benchmark of refusals measures nothing: say why
            print(f"first failure: {report.failures[0].message_en}", file=sys.stderr)
        bare_seconds = replay(sent, csw_a.url, csw_b.url)

    local_profile = {"name": "bench-local", "version": "1",
                     "targets": {"local": {"type": "local", "folder": os.path.join(work, "sdi")}}}
    started = time.perf_counter()
    local_report = api.publish(layers, local_profile)
    local_seconds = time.perf_counter() - started
    local.stop_all()

    n = args.layers
    print(f"Passerelle publish benchmark: {n} layers of 10 points, real pycsw 2.6.2 on 127.0.0.1")
    print(f"{'step':<58}{'time (s)':>10}{'per layer (ms)':>16}")
    print("-" * 84)
    print(f"{'tagging the layers (setup, not timed below)':<58}{prepare:>10.2f}{1000 * prepare / n:>16.1f}")
    print(f"{'api.publish -> CSW-T (checks, package, ISO, HTTP, verify)':<58}{passerelle_seconds:>10.2f}"
          f"{1000 * passerelle_seconds / n:>16.1f}")
    print(f"{'bare replay of the same ' + str(len(sent)) + ' HTTP requests':<58}{bare_seconds:>10.2f}"
          f"{1000 * bare_seconds / n:>16.1f}")
    print(f"{'api.publish -> local SDI (QGIS Server + folder + CSW)':<58}{local_seconds:>10.2f}"
          f"{1000 * local_seconds / n:>16.1f}")
    print("(api.publish sends the requests of up to 4 layers at once; the bare replay sends them one by one.)")
    print(f"\nPasserelle / bare HTTP: {passerelle_seconds / bare_seconds:.1f} x; "
          f"failures: CSW {failures}, local {len(local_report.failures)}")
    QgsProject.instance().clear()
    return 0


if __name__ == "__main__":
    sys.exit(main())
