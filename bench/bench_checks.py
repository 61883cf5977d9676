"""How long Passerelle takes to check a big layer, next to what GDAL needs just to read it.

Usage (from the repository root)::

    .venv/bin/python bench/bench_checks.py              # 1,000,000 points, 10,000,000 points, PostGIS
    .venv/bin/python bench/bench_checks.py --features 50000 --big-features 0 --no-postgis --rebuild

The point layers are generated once and cached under ``build/bench/`` (the 10-million-point one
without a spatial index: the check reads it in order, and the index would cost minutes and
hundreds of megabytes); the 1M one is also loaded once into a PostGIS cluster kept there
(``build/bench/postgis``). Each measurement runs in a fresh Python process, so that its peak
RSS (``VmHWM``) belongs to that step alone and no step warms another's caches in memory; the
files are read once beforehand so every step finds them in the OS page cache. Peak RSS
includes the interpreter and the imports (numpy, pandas, shapely, GDAL): the first row of the
table shows that floor.

Three goals are printed with their verdict: the check of the 10-million-point GeoPackage within
1 GB of peak RSS; the check of the same 1M points in PostGIS within twice the GeoPackage time
(and with the same findings); the 1M GeoPackage check no slower than before streaming (the
whole-layer path, ``read_ogr`` + ``check_layer``, is measured alongside).
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import sqlite3
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BUILD_DIR = os.path.join(ROOT, "build", "bench")
LAYER = "releves_mobilier"
SEED = 20250106

# Bourgogne-Franche-Comté, roughly, in Lambert-93 metres.
REGION_L93 = (730000.0, 6570000.0, 1010000.0, 6800000.0)
CATEGORIES = ("banc", "corbeille", "abri_bus", "borne_incendie", "candelabre", "panneau", "fontaine",
              "arceau_velo", "jardiniere", "potelet", "table_pique_nique", "toilettes")
NAMES = ("Place de la Mairie", "Grande Rue", "Rue de l'Église", "Chemin des Prés", "Rue du Moulin",
         "Avenue de la Gare", "Rue Pasteur", "Place du Marché", "Rue des Écoles", "Route de Dole")
FIELDS = (  # name, OGR type, subtype
    ("code", "String", None), ("nom", "String", None), ("categorie", "String", None),
    ("commune_insee", "String", None), ("hauteur_m", "Real", None), ("annee_pose", "Integer", None),
    ("eclaire", "Integer", "Boolean"), ("date_releve", "Date", None))


def cached_path(features: int) -> str:
    return os.path.join(BUILD_DIR, f"points_{features}.gpkg")


# --------------------------------------------------------------------------- data generation

def build(path: str, features: int, chunk: int = 200_000, spatial_index: bool = True) -> None:
    """Write ``features`` random points: schema and metadata by OGR, rows by bulk SQL inserts.

    OGR's per-feature API costs tens of microseconds a feature from Python;
    sqlite3's executemany with ready-made GeoPackage blobs writes a million
    rows in seconds. OGR then builds the R-tree, as a GDAL-written file would
    have one (unless ``spatial_index`` is False: on ten million points the
    R-tree takes most of the time and a third of the disk).
    """
    import numpy as np
    from osgeo import ogr, osr

    ogr.UseExceptions()
    os.makedirs(os.path.dirname(path), exist_ok=True)
    partial = path[: -len(".gpkg")] + ".part.gpkg"  # GDAL warns about any other extension
    if os.path.exists(partial):
        os.remove(partial)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(2154)
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(partial)
    layer = ds.CreateLayer(LAYER, srs, ogr.wkbPoint,
                           options=["SPATIAL_INDEX=NO", "FID=fid", "GEOMETRY_NAME=geom"])
    for name, kind, subtype in FIELDS:
        definition = ogr.FieldDefn(name, getattr(ogr, f"OFT{kind}"))
        if subtype:
            definition.SetSubType(getattr(ogr, f"OFST{subtype}"))
        layer.CreateField(definition)
    ds = None

    rng = np.random.default_rng(SEED)
    xmin, ymin, xmax, ymax = REGION_L93
    db = sqlite3.connect(partial)
    db.execute("PRAGMA synchronous = OFF")
    db.execute("PRAGMA journal_mode = OFF")
    # GDAL's feature-count trigger updates a row per insert; the count is set once at the end.
    trigger_sql = db.execute("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?",
                             (f"trigger_insert_feature_count_{LAYER}",)).fetchone()
    if trigger_sql:
        db.execute(f'DROP TRIGGER "trigger_insert_feature_count_{LAYER}"')
    columns = ", ".join(f'"{name}"' for name, _, _ in FIELDS)
    insert = f'INSERT INTO "{LAYER}" (fid, geom, {columns}) VALUES (?, ?, {", ".join("?" * len(FIELDS))})'
    # GeoPackage point blob: "GP", version 0, flags 1 (little endian, no envelope), srs_id, WKB point.
    blob_type = np.dtype([("magic", "S2"), ("version", "u1"), ("flags", "u1"), ("srs_id", "<i4"),
                          ("order", "u1"), ("wkb_type", "<u4"), ("x", "<f8"), ("y", "<f8")])
    extent = [np.inf, np.inf, -np.inf, -np.inf]
    for start in range(0, features, chunk):
        n = min(chunk, features - start)
        fids = np.arange(start + 1, start + n + 1)
        blobs = np.zeros(n, dtype=blob_type)
        blobs["magic"], blobs["flags"], blobs["srs_id"], blobs["order"], blobs["wkb_type"] = b"GP", 1, 2154, 1, 1
        blobs["x"] = np.round(rng.uniform(xmin, xmax, n), 2)
        blobs["y"] = np.round(rng.uniform(ymin, ymax, n), 2)
        extent = [min(extent[0], blobs["x"].min()), min(extent[1], blobs["y"].min()),
                  max(extent[2], blobs["x"].max()), max(extent[3], blobs["y"].max())]
        raw = blobs.tobytes()
        size = blob_type.itemsize
        geometries = [raw[i * size:(i + 1) * size] for i in range(n)]
        name_index = rng.integers(0, len(NAMES), n)
        numbers = rng.integers(1, 120, n)
        names = [None if k == 0 and m % 7 == 0 else f"{m} {NAMES[k]}" for k, m in zip(name_index.tolist(),
                                                                                      numbers.tolist())]
        categories = np.array(CATEGORIES, dtype=object)[rng.integers(0, len(CATEGORIES), n)].tolist()
        insee = [f"{d}{c:03d}" for d, c in zip(rng.choice(("21", "25", "39", "58", "70", "71", "89", "90"), n).tolist(),
                                              rng.integers(1, 600, n).tolist())]
        heights = np.round(rng.gamma(2.0, 0.6, n), 2)
        heights_list = [None if h > 3.5 else h for h in heights.tolist()]  # a few unknown heights
        years = rng.integers(1975, 2025, n).tolist()
        lit = (rng.random(n) < 0.3).astype(int).tolist()
        days = np.datetime64("2018-01-01") + rng.integers(0, 7 * 365, n).astype("timedelta64[D]")
        dates = days.astype(str).tolist()
        codes = [f"MOB-{fid:07d}" for fid in fids.tolist()]
        db.executemany(insert, zip(fids.tolist(), geometries, codes, names, categories, insee,
                                   heights_list, years, lit, dates))
        db.commit()
    if trigger_sql:
        db.execute(trigger_sql[0])
    db.execute("UPDATE gpkg_ogr_contents SET feature_count = ? WHERE lower(table_name) = lower(?)",
               (features, LAYER))
    db.execute("UPDATE gpkg_contents SET min_x = ?, min_y = ?, max_x = ?, max_y = ? WHERE table_name = ?",
               (*map(float, extent), LAYER))
    db.commit()
    db.close()

    if spatial_index:
        ds = ogr.Open(partial, update=1)
        ds.ExecuteSQL(f"SELECT CreateSpatialIndex('{LAYER}', 'geom')")
        ds = None
    os.replace(partial, path)


#: Above this many points, the cached GeoPackage has no spatial index.
INDEXED_UP_TO = 2_000_000


def ensure_data(features: int, rebuild: bool) -> tuple[str, float]:
    """The cached layer's path, and the seconds spent building it (0 when it was cached)."""
    path = cached_path(features)
    if os.path.exists(path) and not rebuild:
        return path, 0.0
    started = time.perf_counter()
    # In a child process: a child's peak RSS starts from its parent's, so the parent stays small.
    subprocess.run([sys.executable, os.path.abspath(__file__), "--step", "build", "--features", str(features),
                    path], check=True, cwd=ROOT)
    return path, time.perf_counter() - started


def warm_page_cache(path: str) -> None:
    with open(path, "rb") as handle:
        while handle.read(16 << 20):
            pass


# --------------------------------------------------------------------------- steps (one per child process)

def _peak_rss_mb() -> float:
    """This process's peak resident set (VmHWM), in MB."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024  # kB
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kilobytes on Linux


def _imports():
    import numpy  # noqa: F401
    import pandas  # noqa: F401
    import shapely  # noqa: F401
    from osgeo import ogr

    return ogr


def step_baseline(path: str) -> dict:
    _imports()
    try:
        from passerelle.catalogue import layerdata  # noqa: F401
        from passerelle.catalogue import vocabularies
        vocabularies.shipped()
    except ImportError:
        pass
    return {"rss_mb": _peak_rss_mb()}


def step_gdal_arrow(path: str) -> dict:
    ogr = _imports()
    started = time.perf_counter()
    ds = ogr.Open(path)
    layer = ds.GetLayer(LAYER)
    rows = 0
    for batch in layer.GetArrowStreamAsNumPy(options=["MAX_FEATURES_IN_BATCH=65536"]):
        rows += len(batch["fid"])
    elapsed = time.perf_counter() - started
    return {"seconds": elapsed, "rows": rows, "rss_mb": _peak_rss_mb()}


def step_gdal_loop(path: str) -> dict:
    ogr = _imports()
    started = time.perf_counter()
    ds = ogr.Open(path)
    rows = 0
    for _feature in ds.GetLayer(LAYER):
        rows += 1
    elapsed = time.perf_counter() - started
    return {"seconds": elapsed, "rows": rows, "rss_mb": _peak_rss_mb()}


def _bench_schema_path() -> str:
    """The Table Schema the benchmark layer declares: every column constrained, as SCDL schemas do."""
    schema = {"fields": [
        {"name": "code", "type": "string", "constraints": {"required": True, "unique": True}},
        {"name": "nom", "type": "string"},
        {"name": "categorie", "type": "string", "constraints": {"required": True, "enum": list(CATEGORIES)}},
        {"name": "commune_insee", "type": "string", "constraints": {"pattern": r"^\d[0-9AB]\d{3}$"}},
        {"name": "hauteur_m", "type": "number", "constraints": {"minimum": 0}},
        {"name": "annee_pose", "type": "integer", "constraints": {"minimum": 1900, "maximum": 2030}},
        {"name": "eclaire", "type": "boolean"},
        {"name": "date_releve", "type": "date"}]}
    path = os.path.join(BUILD_DIR, "releves_mobilier.schema.json")
    os.makedirs(BUILD_DIR, exist_ok=True)
    with open(path, "w", encoding="utf-8") as handle:
        json.dump(schema, handle)
    return path


def _bench_record(vocab):
    """The record an agent would give an open layer, with a declared Table Schema."""
    from passerelle.catalogue import tagging
    from passerelle.catalogue.record import Extent, Record

    record = Record(identifier="8d0c5f3e-6b7a-4f7e-9a51-2f3c1d0b9e10",  # the same in every step: same messages
                    extent=Extent(*_wgs84_bbox(), crs="EPSG:2154"), place="Bourgogne-Franche-Comté")
    return tagging.apply_fields(record, {
        "title": "Mobilier urbain relevé en Bourgogne-Franche-Comté",
        "abstract": "Relevé du mobilier urbain des communes de la région (banc d'essai Passerelle).",
        "access": "ouverte", "nature": "publique", "granularity": "poi", "frequency": "annual",
        "licence": "etalab-2.0", "themes": ["us"], "last_revision": "2025-01-06",
        "contact": {"organisation": "Région Bourgogne-Franche-Comté", "email": "sig@example.org"},
        "producer": "Région Bourgogne-Franche-Comté", "lineage": "Relevés de terrain.",
        "schema": _bench_schema_path()}, vocab)


def _wgs84_bbox():
    from osgeo import osr

    l93, wgs84 = osr.SpatialReference(), osr.SpatialReference()
    l93.ImportFromEPSG(2154)
    wgs84.ImportFromEPSG(4326)
    for srs in (l93, wgs84):
        srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return osr.CoordinateTransformation(l93, wgs84).TransformBounds(*REGION_L93, 21)


def step_passerelle(path: str) -> dict:
    _imports()
    from passerelle.catalogue import vocabularies
    from passerelle.catalogue.layerdata import read_ogr

    vocab = vocabularies.shipped()
    result = {}
    started = time.perf_counter()
    data = read_ogr(path, LAYER)
    result["read_seconds"] = time.perf_counter() - started
    result["rows"] = len(data)
    result["read_rss_mb"] = _peak_rss_mb()
    try:
        from passerelle.catalogue.checks import check_layer
        from passerelle.catalogue.checks.context import CheckContext, Territory
    except ImportError as error:
        result["check_missing"] = str(error)
        result["rss_mb"] = _peak_rss_mb()
        return result
    from passerelle.catalogue import schemas

    record = _bench_record(vocab)
    context = CheckContext(vocabularies=vocab, target_kinds=("open",), resolve_schema=schemas.resolve,
                           territory=Territory("Bourgogne-Franche-Comté", tuple(_wgs84_bbox())))
    started = time.perf_counter()
    findings = check_layer(record, data, context)
    result["check_seconds"] = time.perf_counter() - started
    from passerelle.catalogue.checks import rgpd

    started = time.perf_counter()  # the personal-data guard alone, already part of check_layer
    rgpd.check(record, data, context, LAYER)
    result["rgpd_seconds"] = time.perf_counter() - started
    result["rss_mb"] = _peak_rss_mb()
    result["findings"] = sorted({f"{f.severity}:{f.code}" for f in findings})
    return result


def _check_context(vocab):
    from passerelle.catalogue import schemas
    from passerelle.catalogue.checks.context import CheckContext, Territory

    return CheckContext(vocabularies=vocab, target_kinds=("open",), resolve_schema=schemas.resolve,
                        territory=Territory("Bourgogne-Franche-Comté", tuple(_wgs84_bbox())))


def _streamed_check(open_stream) -> dict:
    """The check as ``api.check`` runs it: the layer streamed in batches through every check."""
    import dataclasses

    _imports()
    from passerelle.catalogue import vocabularies
    from passerelle.catalogue.checks import check_layer

    vocab = vocabularies.shipped()
    record, context = _bench_record(vocab), _check_context(vocab)
    started = time.perf_counter()
    stream = open_stream()
    try:
        findings = check_layer(record, stream, context)
    finally:
        stream.close()
    return {"seconds": time.perf_counter() - started, "rows": stream.info.count, "rss_mb": _peak_rss_mb(),
            "findings": [dataclasses.asdict(f) for f in findings]}


def step_stream(path: str) -> dict:
    from passerelle.catalogue.layerstream import OgrStream

    return _streamed_check(lambda: OgrStream(path, LAYER))


def step_postgis(table: str) -> dict:
    import psycopg2

    from passerelle.catalogue.pgstream import PgStream

    dsn = os.environ[DSN_VARIABLE]
    return _streamed_check(lambda: PgStream(lambda: psycopg2.connect(dsn), table, geometry="geom"))


def step_load(path: str) -> dict:
    """Copy the GeoPackage layer into PostGIS as ogr2ogr would (fid as integer primary key)."""
    from osgeo import gdal

    gdal.UseExceptions()
    started = time.perf_counter()
    done = gdal.VectorTranslate(f"PG:{os.environ[DSN_VARIABLE]}", path, format="PostgreSQL", layers=[LAYER],
                                accessMode="overwrite",
                                layerCreationOptions=["FID=fid", "GEOMETRY_NAME=geom", "LAUNDER=NO"])
    del done  # flush and close
    return {"seconds": time.perf_counter() - started}


STEPS = {"baseline": step_baseline, "gdal-arrow": step_gdal_arrow, "gdal-loop": step_gdal_loop,
         "passerelle": step_passerelle, "stream": step_stream, "postgis": step_postgis, "load": step_load}
#: How the PostGIS steps get their connection string (with its password: not on a command line).
DSN_VARIABLE = "PASSERELLE_BENCH_DSN"


def run_step(step: str, path: str, dsn: str = "") -> dict:
    env = dict(os.environ, PYTHONPATH=ROOT + os.pathsep + os.environ.get("PYTHONPATH", ""))
    if dsn:
        env[DSN_VARIABLE] = dsn
    done = subprocess.run([sys.executable, os.path.abspath(__file__), "--step", step, path],
                          capture_output=True, text=True, env=env, cwd=ROOT)
    if done.returncode != 0:
        return {"error": (done.stderr.strip().splitlines() or ["exit code %d" % done.returncode])[-1]}
    return json.loads(done.stdout.strip().splitlines()[-1])


# --------------------------------------------------------------------------- report

def _best(runs: list[dict], key: str):
    values = [r[key] for r in runs if key in r]
    return min(values) if values else None


def postgis_table(path: str):
    """A PostGIS cluster kept under build/bench/postgis, holding the layer of ``path`` (loaded when missing
    or when the GeoPackage changed). Returns (server, seconds spent loading)."""
    sys.path.insert(0, os.path.join(ROOT, "tests"))
    from support.postgis import PostgisServer

    server = PostgisServer(folder=os.path.join(BUILD_DIR, "postgis")).start()
    marker = f"{os.path.basename(path)} {os.path.getsize(path)} {int(os.path.getmtime(path))}"
    found = server.execute("SELECT obj_description(to_regclass(%s), 'pg_class')", (LAYER,))
    if found and found[0][0] == marker:
        return server, 0.0
    loaded = run_step("load", path, server.dsn)
    if "error" in loaded:
        server.stop()
        raise RuntimeError(f"loading PostGIS failed: {loaded['error']}")
    server.execute(f'VACUUM ANALYZE "{LAYER}"')
    server.execute(f'COMMENT ON TABLE "{LAYER}" IS %s', (marker,))
    return server, loaded["seconds"]


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--features", type=int, default=1_000_000)
    parser.add_argument("--big-features", type=int, default=10_000_000,
                        help="points of the layer whose peak RSS is held to 1 GB (0: not measured)")
    parser.add_argument("--no-postgis", action="store_true", help="do not measure the PostGIS check")
    parser.add_argument("--repeat", type=int, default=3, help="runs per step; the best time is kept")
    parser.add_argument("--rebuild", action="store_true", help="regenerate the cached GeoPackages")
    parser.add_argument("--step", choices=sorted(STEPS) + ["build"], help=argparse.SUPPRESS)
    parser.add_argument("path", nargs="?", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.step == "build":
        build(args.path, args.features, spatial_index=args.features <= INDEXED_UP_TO)
        return 0
    if args.step:  # child process: one measurement, printed as JSON
        print(json.dumps(STEPS[args.step](args.path), default=str))
        return 0

    path, build_seconds = ensure_data(args.features, args.rebuild)
    big_path, big_build = ensure_data(args.big_features, args.rebuild) if args.big_features else (None, 0.0)
    warm_page_cache(path)
    results = {step: [run_step(step, path) for _ in range(1 if step == "baseline" else args.repeat)]
               for step in ("baseline", "gdal-arrow", "gdal-loop", "passerelle", "stream")}
    if big_path:
        warm_page_cache(big_path)
        results["big"] = [run_step("stream", big_path) for _ in range(min(args.repeat, 2))]
    load_seconds = 0.0
    if not args.no_postgis:
        server, load_seconds = postgis_table(path)
        try:
            results["postgis"] = [run_step("postgis", LAYER, server.dsn) for _ in range(args.repeat)]
        finally:
            server.stop()
    for step, runs in results.items():
        for run in runs:
            if "error" in run:
                print(f"! {step}: {run['error']}", file=sys.stderr)
    _report(args, path, build_seconds, big_path, big_build, load_seconds, results)
    return 0


def _report(args, path, build_seconds, big_path, big_build, load_seconds, results) -> None:
    n = args.features
    size_mb = os.path.getsize(path) / 2**20
    print(f"\nPasserelle check benchmark: {n:,} points, {len(FIELDS)} attribute columns, "
          f"{size_mb:.0f} MB GeoPackage ({os.path.relpath(path, ROOT)})")
    print(f"GDAL {_gdal_version()}, Python {sys.version.split()[0]}, best of {args.repeat} runs per step"
          + (f"; data built in {build_seconds:.1f} s" if build_seconds else "; cached data"))
    arrow = _best(results["gdal-arrow"], "seconds")
    loop = _best(results["gdal-loop"], "seconds")
    read = _best(results["passerelle"], "read_seconds")
    check = _best(results["passerelle"], "check_seconds")
    guard = _best(results["passerelle"], "rgpd_seconds")
    streamed = _best(results["stream"], "seconds")
    rows = [
        ("Python + imports, no data", None, _best(results["baseline"], "rss_mb")),
        ("GDAL read: Arrow stream as NumPy", arrow, _best(results["gdal-arrow"], "rss_mb")),
        ("GDAL read: for feature in layer", loop, _best(results["gdal-loop"], "rss_mb")),
        ("Whole layer: read_ogr", read, _best(results["passerelle"], "read_rss_mb")),
        ("Whole layer: check_layer", check, _best(results["passerelle"], "rss_mb")),
        ("  of which rgpd.personal-columns", guard, None),
        ("Whole layer: read_ogr + check_layer", None if read is None or check is None else read + check,
         _best(results["passerelle"], "rss_mb")),
        ("Streamed check (as api.check runs it)", streamed, _best(results["stream"], "rss_mb")),
    ]
    print(f"\n{'step':<38} {'time (s)':>9} {'features/s':>12} {'peak RSS (MB)':>14}")
    print("-" * 76)
    for label, seconds, rss in rows:
        rate = f"{n / seconds:,.0f}" if seconds else "-"
        print(f"{label:<38} {_fmt(seconds, '.2f'):>9} {rate:>12} {_fmt(rss, '.0f'):>14}")
    print()
    if arrow and streamed:
        print(f"streamed check / GDAL Arrow read      : {streamed / arrow:6.2f} x")
    if loop and streamed:
        print(f"streamed check / feature loop         : {streamed / loop:6.2f} x")
    last = results["passerelle"][-1]
    if "check_missing" in last:
        print(f"check_layer not measured: {last['check_missing']}")
    findings = results["stream"][-1].get("findings")
    if findings is not None:
        print("findings: " + (", ".join(sorted({f"{f['severity']}:{f['code']}" for f in findings})) or "none"))

    print("\nGoals")
    print(f"{n:,}-point GeoPackage check (streamed): {_fmt(streamed, '.2f')} s, "
          f"{_fmt(_best(results['stream'], 'rss_mb'), '.0f')} MB peak RSS (whole-layer path in this run: "
          f"{_fmt(None if read is None or check is None else read + check, '.2f')} s, "
          f"{_fmt(_best(results['passerelle'], 'rss_mb'), '.0f')} MB)")
    if big_path:
        big_rss = _best(results["big"], "rss_mb")
        big_time = _best(results["big"], "seconds")
        rate = f"{args.big_features / big_time:,.0f} features/s, " if big_time else ""
        print(f"{args.big_features:,}-point GeoPackage check : {_fmt(big_time, '.2f')} s ({rate}"
              f"{os.path.getsize(big_path) / 2**20:,.0f} MB file"
              + (f", built in {big_build:.0f} s" if big_build else ", cached") + f"), peak RSS "
              f"{_fmt(big_rss, '.0f')} MB: {_verdict(big_rss is not None and big_rss < 1024)} (goal < 1024 MB)")
    if "postgis" in results:
        pg = _best(results["postgis"], "seconds")
        ratio = pg / streamed if pg and streamed else None
        same = [r.get("findings") for r in results["postgis"]][-1] == findings
        print(f"{n:,}-point PostGIS check (same layer) : {_fmt(pg, '.2f')} s, "
              f"{_fmt(_best(results['postgis'], 'rss_mb'), '.0f')} MB peak RSS (client), "
              f"{_fmt(ratio, '.2f')} x the GeoPackage: {_verdict(ratio is not None and ratio <= 2)} (goal <= 2 x)"
              + (f"; loaded in {load_seconds:.0f} s" if load_seconds else "; table cached"))
        print(f"same findings in PostGIS and GeoPackage: {_verdict(same)}")


def _verdict(ok: bool) -> str:
    return "met" if ok else "NOT MET"


def _fmt(value, spec):
    return "-" if value is None else format(value, spec)


def _gdal_version():
    from osgeo import gdal

    return gdal.__version__


if __name__ == "__main__":
    sys.exit(main())
