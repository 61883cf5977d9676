"""Damaged and odd data files through tag, check, export and a publication to the local SDI (dry run).

GDAL and QGIS read these files, and a damaged file is where a native crash would come from: every
case runs in one child QGIS (``python -c`` with QGIS started headless), which reports per case what
each call ended in. A crash of the child fails every case, with its exit status.
"""
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import textwrap

import pytest

from support.hostile import corrupt_table, truncate, write_shapefile
from support.hostile_run import BASE_TAGS
from support.qgis_env import ROOT, environment

CHILD = textwrap.dedent("""
    import json, sys, traceback
    from qgis.core import QgsApplication, QgsProject
    app = QgsApplication([], False)
    app.initQgis()
    from passerelle import api
    from passerelle.catalogue.errors import PasserelleError

    cases, tags, profile, out = json.loads(sys.argv[1]), json.loads(sys.argv[2]), json.loads(sys.argv[3]), sys.argv[4]
    results = {}

    def attempt(call):
        try:
            return {"ok": call()}
        except PasserelleError as error:
            return {"error": error.code}
        except Exception as error:  # what the test must never see
            return {"crash": f"{type(error).__name__}: {error}", "trace": traceback.format_exc()[-1500:]}

    for name, source in cases.items():
        QgsProject.instance().clear()
        result = results[name] = {}
        result["resolve"] = attempt(lambda: len(api.check(source, with_data=False).findings) >= 0)
        result["tag"] = attempt(lambda: bool(api.tag(source, title=f"Couche {name}", **tags)))
        result["check"] = attempt(lambda: sorted(api.check(source, formats=api.EXPORT_FORMATS).codes()))
        result["export"] = attempt(lambda: sorted(api.export(source, f"{out}/{name}")))
        result["publish"] = attempt(lambda: sorted({(o.state, o.code) for o in api.publish(
            source, profile, dry_run=True).outcomes}))
    print(json.dumps(results))
    QgsProject.instance().clear()
    app.exitQgis()
""")


def _gpkg(path, rows=3, crs=2154, geometry="POINT ({x} {y})", field="numero", value=None, kind=None):
    from osgeo import ogr, osr

    srs = None
    if crs:
        srs = osr.SpatialReference()
        srs.ImportFromEPSG(crs)
    dataset = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    layer = dataset.CreateLayer("couche", srs, kind if kind is not None else ogr.wkbPoint)
    layer.CreateField(ogr.FieldDefn(field, ogr.OFTString))
    for i in range(rows):
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetField(field, value if value is not None else str(i))
        wkt = geometry.format(x=928400 + 10 * i, y=6686550 + 10 * i) if geometry else None
        if wkt:
            feature.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
        layer.CreateFeature(feature)
    dataset = None
    return str(path)


def _gpkg_cases(path) -> dict:
    """GeoPackages made by GDAL with one odd thing each: name -> builder."""
    from osgeo import ogr

    return {
        "no-crs-gpkg": lambda: _gpkg(path, crs=None),
        "nan-coordinates": lambda: _gpkg(path, geometry="POINT (nan nan)"),
        "empty-geometries": lambda: _gpkg(path, geometry="POINT EMPTY"),
        "no-features": lambda: _gpkg(path, rows=0),
        "null-geometries": lambda: _gpkg(path, geometry=""),
        "mixed-geometries": lambda: _gpkg(path, kind=ogr.wkbUnknown),
        "hostile-field-name": lambda: _gpkg(path, field="=cmd|' /C calc'!A0;<x>&\"🚀\""),
        "huge-attribute": lambda: _gpkg(path, value="x" * 100_000),
        "nul-attribute": lambda: _gpkg(path, value="avant\x00après"),
        "wgs84-labelled-l93": lambda: _gpkg(path, crs=4326),  # Lambert-93 metres labelled as degrees
    }


def _damaged(path, name) -> str:
    if name == "truncated-40":
        return truncate(_gpkg(path, rows=200), 0.4)
    if name == "truncated-95":
        return truncate(_gpkg(path, rows=200), 0.95)
    if name == "corrupt-table":
        return corrupt_table(_gpkg(path, rows=500), "couche")
    if name == "zero-bytes":
        path.write_bytes(b"")
    elif name == "text-named-gpkg":
        path.write_text("nom;x;y\nMairie;1;2\n", encoding="utf-8")
    elif name == "header-only":
        path.write_bytes(open(_gpkg(path), "rb").read()[:100])
    elif name == "missing-table":
        _gpkg(path)
        with sqlite3.connect(path) as db:
            db.execute("DROP TABLE couche")
        return str(path) + "|layername=couche"
    elif name == "directory-named-gpkg":
        path.mkdir()
    return str(path)


def _shapefile(folder, name) -> str:
    encoding = "CP1252" if "cp1252" in name else "UTF-8"
    shp = write_shapefile(str(folder / name), encoding, with_cpg="no-cpg" not in name, name="salles")
    base = shp[:-4]
    removed = {"shapefile-no-shx": ".shx", "shapefile-no-dbf": ".dbf", "shapefile-no-prj": ".prj"}.get(name)
    if removed:
        os.remove(base + removed)
    if name == "shapefile-truncated-dbf":
        truncate(base + ".dbf", 0.5)
    return shp


TEXT_FILES = {
    "geojson-invalid": ("invalide.geojson", '{"type": "FeatureCollection", "features": [{"type": "Feat'),
    "kml-xxe": ("xxe.kml", '<?xml version="1.0"?><!DOCTYPE kml [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
                           '<kml xmlns="http://www.opengis.net/kml/2.2"><Placemark><name>&x;</name>'
                           '<Point><coordinates>5.9,47.0</coordinates></Point></Placemark></kml>'),
    "gml-billion-laughs": ("lol.gml", '<?xml version="1.0"?><!DOCTYPE r [' + "".join(
        f'<!ENTITY l{i} "{("&l" + str(i - 1) + ";") * 10 if i else "lol"}">' for i in range(10))
        + ']><r><n>&l9;</n></r>'),
}


def _make(folder, name) -> str:
    """The file (``path|layername=``) of case ``name``, made in ``folder``."""
    path = folder / f"{name}.gpkg"
    simple = _gpkg_cases(path)
    if name in simple:
        return simple[name]()
    if name.startswith("shapefile"):
        return _shapefile(folder, name)
    if name in TEXT_FILES:
        file_name, content = TEXT_FILES[name]
        (folder / file_name).write_text(content, encoding="utf-8")
        return str(folder / file_name)
    if name == "csv-bom-cp1252":
        target = folder / "salles.csv"
        target.write_bytes(b"\xef\xbb\xbfnom;WKT\n" + "Salle des fêtes;POINT (5.9 47.0)\n".encode("cp1252"))
        return str(target)
    if name == "vanished-file":
        return str(folder / "disparu.gpkg")
    return _damaged(path, name)


CASES = ["truncated-40", "truncated-95", "corrupt-table", "zero-bytes", "text-named-gpkg", "header-only",
         "missing-table", "no-crs-gpkg", "nan-coordinates", "empty-geometries", "no-features", "null-geometries",
         "mixed-geometries", "hostile-field-name", "huge-attribute", "nul-attribute", "wgs84-labelled-l93",
         "shapefile-cp1252", "shapefile-cp1252-no-cpg", "shapefile-no-shx", "shapefile-no-dbf", "shapefile-no-prj",
         "shapefile-truncated-dbf", "geojson-invalid", "kml-xxe", "gml-billion-laughs", "csv-bom-cp1252",
         "directory-named-gpkg", "vanished-file"]
EXPECTED = {  # what a case must end in (beyond "no crash, a code or a result")
    "truncated-40": ("error", "layer.damaged"), "corrupt-table": ("error", "layer.damaged"),
    "zero-bytes": ("error", None), "text-named-gpkg": ("error", None), "header-only": ("error", "layer.damaged"),
    "no-crs-gpkg": ("finding", "crs.missing"), "shapefile-no-prj": ("finding", "crs.missing"),
    "wgs84-labelled-l93": ("finding", "crs.outside-area"), "shapefile-cp1252-no-cpg": ("finding", "data.encoding"),
    "directory-named-gpkg": ("error", None), "vanished-file": ("error", None),
}


@pytest.fixture(scope="module")
def results(tmp_path_factory):
    folder = tmp_path_factory.mktemp("sources")
    cases = {name: _make(folder, name) for name in CASES}
    profile = {"name": "sources", "version": "1",
               "targets": {"idg": {"type": "local", "folder": str(folder / "idg"), "kind": "open"}}}
    tags = dict(BASE_TAGS)
    done = subprocess.run([sys.executable, "-c", CHILD, json.dumps(cases), json.dumps(tags), json.dumps(profile),
                           str(folder / "exports")], capture_output=True, text=True, timeout=900, cwd=ROOT,
                          env=environment({"PASSERELLE_DATA_DIR": str(folder / "data")}))
    assert done.returncode == 0, f"QGIS exited {done.returncode} (a crash?): {done.stderr[-3000:]}"
    yield json.loads(done.stdout.strip().splitlines()[-1]), folder
    shutil.rmtree(folder / "exports", ignore_errors=True)


@pytest.mark.hostile("données")
@pytest.mark.parametrize("name", CASES)
def test_a_damaged_or_odd_source_ends_in_a_code_never_a_crash(results, name):
    result, folder = results
    calls = result[name]
    crashed = {call: outcome for call, outcome in calls.items() if "crash" in outcome}
    assert not crashed, {c: o.get("trace", o["crash"]) for c, o in crashed.items()}
    kind, code = EXPECTED.get(name, (None, None))
    if kind == "error":
        assert "error" in calls["check"], calls
        assert code is None or calls["check"]["error"] == code, calls
    if kind == "finding":
        assert code in calls["check"].get("ok", []), calls
    if "ok" in calls["export"]:  # a written export holds files, all inside the export folder
        assert calls["export"]["ok"] and os.path.isdir(folder / "exports" / name)
    elif "error" in calls["export"]:
        assert not (folder / "exports" / name).exists()  # nothing half-written
    states = calls["publish"].get("ok", [])
    assert all(state in ("planned", "refused", "unchanged", "failed") for state, _code in states), states
    assert ("failed", "publish.unexpected") not in [tuple(s) for s in states]
