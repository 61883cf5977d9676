"""Benchmark: auditing a 10,000-record catalogue on a real pycsw, next to the bare paged GetRecords transfer.

    python bench/bench_audit.py [--records 10000] [--links 2000]

1. Writes N clean, varied ISO 19139 records (Passerelle's encoder) and loads them into a real pycsw
   2.6.2 (``pycsw-admin load_records``).
2. The bare transfer: the same paged GetRecords requests the audit sends (CSW 2.0.2, ``outputSchema``
   gmd, ``elementSetName`` full, 100 records a page, sorted by identifier), with one requests.Session,
   bodies read, nothing parsed.
3. The audit, links off (``api.audit(csw_url, links=False)``), in a child process that reports its
   resident memory before the audit and its peak after: the growth is what the audit itself costs.
   Steps 2 and 3 run ``--rounds`` times (3), alternately; the best time of each is compared (the machine
   may be busy with something else during one of them).
4. The link check of M links against a local test server (4 loopback addresses, 20 ms per answer;
   ok, missing, moved, slow, WMS capabilities) with the default politeness settings.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)
sys.path.insert(0, os.path.join(ROOT, "tests"))
RATIO_MAX = 1.5
MEMORY_MAX_MB = 200
TODAY = dt.date(2026, 6, 15)

CHILD = r"""
import datetime as dt, json, sys, time
sys.path.insert(0, {root!r})
from passerelle import api
import passerelle.audit, owslib.catalogue.csw2, requests  # modules loaded before the measure: it is the audit's
context = api.context({{"name": "bench-audit"}})
context.vocabularies  # parsed before the measure, as in a context reused for several calls


def status(key):
    with open("/proc/self/status") as handle:
        for line in handle:
            if line.startswith(key):
                return int(line.split()[1]) / 1024.0


before = status("VmRSS:")
started, cpu = time.perf_counter(), time.process_time()
report = api.audit({url!r}, context=context, links=False, today=dt.date(2026, 6, 15))
elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu
print(json.dumps({{"elapsed": elapsed, "cpu": cpu, "records": len(report.records), "findings": len(report.findings),
                  "rss_before": before, "peak": status("VmHWM:")}}))
"""


def bare_transfer(url: str, count: int) -> tuple:
    """The audit's own GetRecords requests (built by OWSLib the same way), sent with a plain session."""
    import requests
    from lxml import etree
    from owslib.catalogue.csw2 import CatalogueServiceWeb
    from owslib.fes import SortBy, SortProperty

    class Recorder(CatalogueServiceWeb):
        def _invoke(self):
            self.body = etree.tostring(self.request, xml_declaration=True, encoding="UTF-8")
            raise StopIteration

    recorder = Recorder(url, skip_caps=True)
    session = requests.Session()
    started = time.perf_counter()
    received = 0
    for start in range(1, count + 1, 100):
        try:
            recorder.getrecords2(typenames="gmd:MD_Metadata", esn="full",
                                 outputschema="http://www.isotc211.org/2005/gmd", startposition=start,
                                 maxrecords=100, sortby=SortBy([SortProperty("apiso:Identifier", "ASC")]))
        except StopIteration:
            pass
        answer = session.post(url, data=recorder.body, headers={"Content-Type": "application/xml",
                                                                 "Accept-Encoding": "identity"})
        received += len(answer.content)
    return time.perf_counter() - started, received


def audit_in_child(url: str) -> dict:
    done = subprocess.run([sys.executable, "-c", CHILD.format(root=ROOT, url=url)], capture_output=True, text=True,
                          timeout=1800, env={**os.environ, "PYTHONWARNINGS": "ignore"})
    if done.returncode != 0:
        raise SystemExit(f"audit failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def bench_catalogue(count: int, folder: str, rounds: int = 3) -> bool:
    from passerelle.catalogue.vocabularies import shipped
    from passerelle.sdi.pycsw_server import PycswServer
    from support.audit_catalogue import generated_records, load_into_pycsw

    started = time.perf_counter()
    records = generated_records(shipped(), count, TODAY, os.path.join(folder, "records"))
    print(f"{count} records written in {time.perf_counter() - started:.1f} s")
    with PycswServer(os.path.join(folder, "pycsw")) as server:
        started = time.perf_counter()
        load_into_pycsw(server, records)
        print(f"loaded into pycsw 2.6.2 in {time.perf_counter() - started:.1f} s")
        print(f"machine: {os.cpu_count()} processors, load average {os.getloadavg()[0]:.2f} (other work slows the "
              "audit, which needs a processor besides the server's, more than the bare transfer)")
        bare, audits = [], []
        for _round in range(rounds):
            elapsed, received = bare_transfer(server.url, count)
            bare.append(elapsed)
            print(f"  bare paged GetRecords transfer: {elapsed:.2f} s ({received / 1e6:.0f} MB)")
            result = audit_in_child(server.url)
            audits.append(result)
            print(f"  audit (links off): {result['elapsed']:.2f} s ({result['cpu']:.2f} s of processor), "
                  f"{result['records']} records, "
                  f"{result['findings']} findings, memory {result['rss_before']:.0f} MB before, "
                  f"peak {result['peak']:.0f} MB")
    best_bare = min(bare)
    best = min(audits, key=lambda r: r["elapsed"])
    ratio = best["elapsed"] / best_bare
    growth = max(r["peak"] - r["rss_before"] for r in audits)
    ok = ratio <= RATIO_MAX and growth < MEMORY_MAX_MB and best["records"] == count
    print(f"audit of {count} records: {best['elapsed']:.2f} s = {ratio:.2f} x the bare transfer "
          f"({best_bare:.2f} s; goal <= {RATIO_MAX} x); peak memory growth {growth:.0f} MB "
          f"(goal < {MEMORY_MAX_MB} MB): {'OK' if ok else 'NOT MET'}")
    return ok


def bench_links(count: int) -> bool:
    from passerelle import network
    from passerelle.audit.linkcheck import LinkChecker, LinkSettings
    from support.link_server import LinkServer

    hosts = ("127.0.0.1", "127.0.0.2", "127.0.0.3", "127.0.0.4")
    with LinkServer(hosts=hosts, latency=0.02) as server:
        for number in range(20):
            server.services[f"/services/s{number}"] = {"wms": [f"couche_{i}" for i in range(30)]}
        kinds = [("/ok/fichier-{n}.zip", ""), ("/ok/page-{n}.html", ""), ("/missing/absent-{n}.zip", ""),
                 ("/moved/ancien-{n}.zip", ""), ("/slow/0.2/lent-{n}.csv", ""), ("/ok/carte-{n}.pdf", ""),
                 ("/ok/donnees-{n}.gpkg", ""), ("/found/temporaire-{n}.zip", ""), ("/gone/retire-{n}.zip", ""),
                 ("/services/s{s}/wms?service=WMS&request=GetCapabilities&n={n}", "wms")]
        urls = []
        for n in range(count):
            path, kind = kinds[n % len(kinds)]
            urls.append((server.url(path.format(n=n, s=n % 20), host=n % len(hosts)), kind))
        settings = LinkSettings()
        checker = LinkChecker(network.direct(), settings)
        started = time.perf_counter()
        results = checker.check(urls)
        elapsed = time.perf_counter() - started
        broken = sum(1 for r in results.values() if r.status >= 400 or r.failure)
        peak = max(server.max_in_flight().values())
        starts: dict = {}
        for host, _path, start in server.requests:
            starts.setdefault(host, []).append(start)
        # the delay is between two starts on the client's side; on the server's, the average spacing shows it
        spacing = min((max(times) - min(times)) / (len(times) - 1) for times in starts.values())
    ok = len(results) == count and peak <= settings.per_host and spacing >= settings.delay * 0.9
    print(f"link check of {count} links on {len(hosts)} local servers (20 ms per answer), concurrency "
          f"{settings.concurrency}, {settings.per_host} per server, {settings.delay * 1000:.0f} ms between two "
          f"requests to a server: {elapsed:.1f} s ({count / elapsed:.0f} links/s), {broken} broken; at most "
          f"{peak} requests at once on one server, {spacing * 1000:.0f} ms between two starts on average: "
          f"{'OK' if ok else 'NOT MET'}")
    return ok


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--records", type=int, default=10000)
    parser.add_argument("--links", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=3)
    options = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="passerelle-bench-audit-") as folder:
        catalogue = bench_catalogue(options.records, folder, options.rounds)
    links = bench_links(options.links)
    return 0 if catalogue and links else 1


if __name__ == "__main__":
    sys.exit(main())
