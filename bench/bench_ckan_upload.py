"""Benchmark: publish a ~2 GB GeoPackage to a real CKAN 2.11 and measure time, throughput and memory.

    python bench/bench_ckan_upload.py [--size-gb 2.0] [--keep]

1. Makes a ~2 GB GeoPackage once (cached in build/bench/; point features with a long text column,
   written with sqlite3 bulk inserts into a table OGR created).
2. Starts a fresh CKAN (tests/support/ckan_server.py: PostgreSQL, Redis, Solr stand-in) in
   build/bench/ckan and an organisation.
3. Publishes the file with :class:`CkanPublisher` in a FRESH Python process, so that its memory
   baseline is clean: the child reports the publish wall time and its peak RSS (``ru_maxrss``)
   before and after publishing. The file is streamed from disk: the growth must stay far below the
   file size.
4. Downloads the stored copy from CKAN and compares its sha256 with the file's.

Needs about 3 × the file size free on the disk (the file, the web server's temporary copy of the
upload and CKAN's stored copy). Removes the CKAN site afterwards unless ``--keep``.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import resource
import shutil
import sqlite3
import struct
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)
sys.path.insert(0, os.path.join(ROOT, "tests"))
BENCH_DIR = os.path.join(ROOT, "build", "bench")
TOKEN_VARIABLE = "PASSERELLE_BENCH_CKAN_TOKEN"  # the child gets the token from its environment, never its argv
PADDING = 8000  # characters of text per feature: few rows, big file, fast to write


# --- the big GeoPackage ----------------------------------------------------------------------------

def point_blob(x: float, y: float, srs_id: int = 4326) -> bytes:
    """A GeoPackage geometry blob: header (magic, version 0, little-endian, no envelope, srs) + WKB point."""
    return b"GP\x00\x01" + struct.pack("<i", srs_id) + b"\x01" + struct.pack("<Idd", 1, x, y)


def make_big_geopackage(path: str, size_bytes: int) -> str:
    """A valid GeoPackage of about ``size_bytes`` (cached: made once, reused while its size fits)."""
    if os.path.exists(path) and os.path.getsize(path) >= 0.97 * size_bytes:
        return path
    from osgeo import ogr, osr

    partial = path[:-len(".gpkg")] + ".partial.gpkg"
    if os.path.exists(partial):
        os.remove(partial)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    dataset = ogr.GetDriverByName("GPKG").CreateDataSource(partial)
    layer = dataset.CreateLayer("gros_fichier", srs, ogr.wkbPoint, options=["SPATIAL_INDEX=NO"])
    layer.CreateField(ogr.FieldDefn("numero", ogr.OFTInteger))
    layer.CreateField(ogr.FieldDefn("texte", ogr.OFTString))
    dataset = None  # OGR writes gpkg_contents, gpkg_geometry_columns, the table; sqlite3 fills it

    block = os.urandom(PADDING).hex()  # varied text: nothing along the way can compress it away
    rows = size_bytes // (PADDING + 120)
    connection = sqlite3.connect(partial)
    connection.execute("PRAGMA journal_mode=OFF")
    connection.execute("PRAGMA synchronous=OFF")

    def features():
        for i in range(rows):
            start = (i * 7919) % PADDING
            yield (point_blob(5.0 + (i % 1000) / 1000, 47.0 + (i // 1000) / 1000), i, block[start:start + PADDING])

    with connection:
        connection.executemany("INSERT INTO gros_fichier (geom, numero, texte) VALUES (?, ?, ?)", features())
    connection.execute("UPDATE gpkg_contents SET min_x = 5, min_y = 47, max_x = 6, max_y = ?",
                       (47.0 + rows // 1000 / 1000,))
    connection.commit()
    connection.close()
    os.replace(partial, path)
    return path


def sha256(path: str) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


# --- the publishing child --------------------------------------------------------------------------

def child(url: str, organisation: str, gpkg: str) -> None:
    """Publish ``gpkg`` to CKAN and print figures as JSON (runs in a fresh process)."""
    import datetime as dt

    from passerelle.catalogue.record import Contact, Extent, Record
    from passerelle.catalogue.vocabularies import shipped
    from passerelle.publishers.base import PublicationPackage
    from passerelle.publishers.ckan import CkanPublisher, file_sha256
    from passerelle.publishers.http import Credentials, HttpClient

    record = Record(title="Banc d'essai : gros fichier", abstract="Un GeoPackage d'environ 2 Go.",
                    keywords=["banc d'essai"], licence="https://spdx.org/licenses/etalab-2.0",
                    frequency="http://publications.europa.eu/resource/authority/frequency/ANNUAL",
                    producer=Contact(organisation="Mairie", email="sig@mairie.fr"),
                    extent=Extent(5.0, 47.0, 6.0, 47.3, "EPSG:4326"), created=dt.date(2026, 1, 1))
    package = PublicationPackage(record=record, name="gros_fichier", gpkg_path=gpkg, crs="EPSG:4326",
                                 feature_count=0, content_hash="bench", files={"gpkg": gpkg},
                                 vocabularies=shipped())
    http = HttpClient(url, target="CKAN (banc d'essai)", timeout=120,
                      credentials=Credentials(headers={"Authorization": os.environ.pop(TOKEN_VARIABLE)}))
    publisher = CkanPublisher("ckan", {"url": url, "organisation": organisation}, http=http)
    started = time.perf_counter()
    file_sha256(gpkg)  # what publish spends deciding whether to upload (the file is in the page cache)
    hashing = time.perf_counter() - started
    baseline = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started = time.perf_counter()
    result = publisher.publish(package, {})
    elapsed = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"seconds": elapsed, "hashing_seconds": hashing, "rss_before_kib": baseline, "rss_after_kib": peak,
                      "dataset": result.ids["dataset"], "resources": result.ids["resources"],
                      "requests": http.requests_sent}))


# --- the bench -------------------------------------------------------------------------------------

def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size-gb", type=float, default=2.0)
    parser.add_argument("--keep", action="store_true", help="keep the CKAN site (build/bench/ckan)")
    parser.add_argument("--child", nargs=3, metavar=("URL", "ORGANISATION", "GPKG"), help=argparse.SUPPRESS)
    options = parser.parse_args()
    if options.child:
        return child(*options.child)

    size = int(options.size_gb * 1024 ** 3)
    os.makedirs(BENCH_DIR, exist_ok=True)
    gpkg = os.path.join(BENCH_DIR, f"ckan_upload_{options.size_gb:g}gb.gpkg")
    free = shutil.disk_usage(BENCH_DIR).free
    missing = 0 if os.path.exists(gpkg) else size
    if free < missing + 2.2 * size:
        sys.exit(f"Not enough free disk in {BENCH_DIR}: {free / 1e9:.1f} GB free, "
                 f"{(missing + 2.2 * size) / 1e9:.1f} GB needed (file, upload temporary copy, CKAN's copy).")
    started = time.perf_counter()
    make_big_geopackage(gpkg, size)
    made = time.perf_counter() - started
    file_size = os.path.getsize(gpkg)
    print(f"GeoPackage: {gpkg} ({file_size / 1024 ** 3:.2f} GiB, ready in {made:.1f} s)")

    from support.ckan_server import CkanServer

    folder = os.path.join(BENCH_DIR, "ckan")
    shutil.rmtree(folder, ignore_errors=True)  # a fresh site: storage of earlier runs would pile up
    started = time.perf_counter()
    server = CkanServer(folder).start()
    print(f"CKAN 2.11 at {server.url}, ready in {time.perf_counter() - started:.1f} s")
    try:
        organisation = server.action("organization_create", name="banc-essai", title="Banc d'essai")["name"]
        env = dict(os.environ, **{TOKEN_VARIABLE: server.api_token})
        done = subprocess.run([sys.executable, os.path.abspath(__file__), "--child", server.url, organisation, gpkg],
                              env=env, capture_output=True, text=True, timeout=3600)
        if done.returncode != 0:
            sys.exit(f"publishing failed:\n{done.stderr[-3000:]}\nCKAN log:\n{server.log_tail()}")
        figures = json.loads(done.stdout.strip().splitlines()[-1])

        dataset = server.action("package_show", id=figures["dataset"])
        stored = dataset["resources"][0]
        started = time.perf_counter()
        import urllib.request

        request = urllib.request.Request(stored["url"], headers={"Authorization": server.api_token})
        digest, received = hashlib.sha256(), 0
        with urllib.request.urlopen(request, timeout=600) as answer:
            for block in iter(lambda: answer.read(1 << 20), b""):
                digest.update(block)
                received += len(block)
        downloaded = time.perf_counter() - started
        identical = digest.hexdigest() == sha256(gpkg)
    finally:
        if options.keep:
            server.stop()
        else:
            server.close()
            shutil.rmtree(folder, ignore_errors=True)

    seconds = figures["seconds"]
    growth_mib = (figures["rss_after_kib"] - figures["rss_before_kib"]) / 1024
    print(f"Publish to CKAN (sha256 of the file + package_create + streamed multipart resource_create): "
          f"{seconds:.1f} s, {file_size / 1024 ** 2 / seconds:.0f} MiB/s, {figures['requests']} requests")
    upload = seconds - figures["hashing_seconds"]
    print(f"  of which sha256 of the file ~{figures['hashing_seconds']:.1f} s; upload and storage ~{upload:.1f} s, "
          f"{file_size / 1024 ** 2 / upload:.0f} MiB/s")
    print(f"Publishing process peak RSS: {figures['rss_before_kib'] / 1024:.0f} MiB before, "
          f"{figures['rss_after_kib'] / 1024:.0f} MiB after: growth {growth_mib:.1f} MiB "
          f"for a {file_size / 1024 ** 2:.0f} MiB file")
    print(f"Download from CKAN: {received / 1024 ** 2:.0f} MiB in {downloaded:.1f} s, "
          f"{'identical bytes (sha256)' if identical else 'DIFFERENT BYTES'}")
    if not identical or growth_mib > 200:
        sys.exit("FAILED: the stored copy differs, or publishing held the file in memory")


if __name__ == "__main__":
    main()
