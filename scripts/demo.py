"""`make demo`: generate the sample territory, tag, check, export, and publish it to the local SDI.

    python scripts/demo.py OUTPUT_FOLDER [--serve]
    DEMO_OPENDATA=1 python scripts/demo.py OUTPUT_FOLDER     (or: DEMO_OPENDATA=1 make demo)

The local SDI (pycsw + qgis_mapserver + a file server on 127.0.0.1) runs while the
script runs; with --serve it keeps serving until Ctrl-C (or SIGTERM), so the printed URLs
can be opened in QGIS or a browser. The servers stop with the script, however it
ends. Without a display, Qt runs offscreen.

With DEMO_OPENDATA=1 the SDI profile gets an open-data target too: a real udata (the
software behind data.gouv.fr, from .venv-udata, ``make udata``) started on 127.0.0.1 for
this run only (tests/support/udata_server.py: it dies with the demo). Its API key lives
in a QGIS authentication database private to this run, never in the profile.
"""
from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)
OPENDATA = os.environ.get("DEMO_OPENDATA", "").strip() not in ("", "0")


def main(folder: str, serve: bool = False) -> int:
    from qgis.core import QgsProject, QgsVectorLayer

    from passerelle import api
    from passerelle.sample import territory

    folder = os.path.abspath(folder)
    os.makedirs(folder, exist_ok=True)
    territory.generate(folder)
    gpkg = os.path.join(folder, territory.GPKG_NAME)
    commune = territory.COMMUNE
    # The catalogue export names the public address it will be served at (DEMO_BASE_URL to change it): the
    # SCDL catalogue needs absolute links, and every link of the export goes under it.
    base_url = os.environ.get("DEMO_BASE_URL", "").strip() or "https://data.saint-aubin-sur-loue.fr/catalogue/"
    profile = {"name": "demo", "territory": {"name": commune["name"], "bbox": list(commune["bbox_wgs84"])},
               "organisation": {"name": f"Commune de {commune['name']}", "siret": commune["siret"],
                                "email": commune["contact"]["email"]},
               "export": {"base_url": base_url}}

    project = QgsProject.instance()
    print(f"Territoire d'exemple : {commune['name']} ({commune['departement']}), {gpkg}")
    for name, tags in territory.DEFAULT_TAGS.items():
        layer = QgsVectorLayer(f"{gpkg}|layername={name}", name, "ogr")
        project.addMapLayer(layer)
        record = api.tag(layer, **tags)
        print(f"  décrite : {name:<24} {record.identifier}")

    report = api.check(None, profile)
    for layer in territory.DEFAULT_TAGS:
        findings = report.for_layer(layer)
        errors = sum(f.severity == "error" for f in findings)
        print(f"  vérifiée : {layer:<24} {errors} erreur(s), {len(findings) - errors} autre(s) constat(s)")
        for finding in findings:
            print(f"      [{finding.severity}] {finding.code} : {finding.message_fr[:150]}")
    reports = os.path.join(folder, "rapport")
    os.makedirs(reports, exist_ok=True)
    with open(os.path.join(reports, "verification.html"), "w", encoding="utf-8") as handle:
        handle.write(report.to_html("fr"))
    with open(os.path.join(reports, "verification.csv"), "w", encoding="utf-8", newline="") as handle:
        handle.write(report.to_csv("fr"))

    written = api.export(None, os.path.join(folder, "catalogue"), profile=profile)
    project_path = os.path.join(folder, "territoire.qgz")
    project.write(project_path)

    # The territory and its records were just made anew (new identifiers): so is the SDI, whose layer
    # names the previous run's records would otherwise still hold.
    shutil.rmtree(os.path.join(folder, "idg"), ignore_errors=True)
    targets = {"local": {"type": "local", "title": "IDG locale de démonstration",
                         "folder": os.path.join(folder, "idg")}}
    udata = None
    if OPENDATA:
        udata, targets["opendata"] = _start_udata(folder)
    # The local SDI serves its own folder: its records cite what it serves, not the export's public address.
    sdi_profile = dict({k: v for k, v in profile.items() if k != "export"}, name="demo-local", version="1",
                       targets=targets)
    # The udata of the demo is new at each run: publish again even what the registry saw unchanged.
    publication = api.publish(None, sdi_profile, force=OPENDATA)
    print("\nPublication vers l'IDG locale" + (" et la plateforme open data (udata) :" if OPENDATA else " :"))
    for layer in territory.DEFAULT_TAGS:
        outcomes = [o for o in publication.outcomes if o.layer == layer]
        states = sorted({o.state for o in outcomes})
        reason = next((o.message_fr for o in outcomes if not o.ok), "")
        print(f"  {layer:<24} {', '.join(states)}{' : ' + reason[:140] if reason else ''}")
        for outcome in outcomes if OPENDATA else ():
            if outcome.target == "opendata" and outcome.ok:
                print(f"  {'':<24} open data : {outcome.state}, {outcome.urls.get('api', '')}")

    print("\nRésultats :")
    print(f"  projet QGIS          {project_path}")
    print(f"  rapport de contrôle  {os.path.join(reports, 'verification.html')} (et .csv)")
    for fmt, paths in written.items():
        where = os.path.dirname(paths[0]) if fmt in ("iso19139", "data") else ", ".join(paths)
        print(f"  {fmt:<20} {where} ({len(paths)} fichier(s))")
    from passerelle.sdi import local

    sdi = local.sdi_for(os.path.join(folder, "idg"))
    urls = sdi.urls
    records, layers = _confirm(urls)
    print("\nIDG locale (tant que la démonstration tourne) :")
    print(f"  CSW                  {urls['csw']}?service=CSW&request=GetCapabilities  ({records} fiche(s))")
    print(f"  WMS                  {urls['wms']}  ({layers} couche(s))")
    print(f"  WFS                  {urls['wfs']}")
    print(f"  OGC API Features     {urls['ogcapi']}")
    print(f"  DCAT                 {urls['dcat']}")
    if udata is not None:
        datasets = _udata_datasets(udata)
        print("\nPlateforme open data (udata, le logiciel de data.gouv.fr, tant que la démonstration tourne) :")
        print(f"  API                  {udata.url}/api/1/organizations/{udata.organisation}/datasets/"
              f"  ({len(datasets)} jeu(x) de données)")
        for dataset in datasets:
            print(f"  {dataset['title'][:40]:<40} {len(dataset['resources'])} ressource(s)  {dataset['uri']}")
    if serve:
        try:
            print("\nCtrl-C pour arrêter les serveurs.", flush=True)
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            print("Arrêt des serveurs.", flush=True)
    project.clear()
    if udata is not None:
        udata.stop()
    return 0


def _start_udata(folder: str) -> tuple:
    """(the running udata server, the profile target that publishes to it)."""
    sys.path.insert(0, os.path.join(ROOT, "tests", "support"))
    from udata_server import UdataServer

    from passerelle.qgis_io.auth import store_basic

    server = UdataServer(os.path.join(folder, "udata")).start()
    authcfg = store_basic("udata de démonstration", "header:X-API-KEY", server.api_key, authcfg="demodat")
    return server, {"type": "udata", "title": "Plateforme open data de démonstration (udata)", "url": server.url,
                    "organisation": server.organisation, "authcfg": authcfg, "kind": "open", "timeout": 60}


def _udata_datasets(server) -> list:
    """The organisation's datasets, as udata's API answers them (drafts included)."""
    status, page = server.get(f"organizations/{server.organisation}/datasets/?page_size=100", key=server.api_key)
    return page["data"] if status == 200 else []


def _private_auth_database() -> str:
    """DEMO_OPENDATA: a QGIS authentication database for this run only (never the user's own)."""
    import atexit
    import secrets

    folder = tempfile.mkdtemp(prefix="passerelle-demo-auth-")
    atexit.register(shutil.rmtree, folder, True)
    os.environ["QGIS_AUTH_DB_DIR_PATH"] = folder
    os.environ["PASSERELLE_AUTH_MASTER_PASSWORD"] = secrets.token_urlsafe(24)
    return folder


def _confirm(urls) -> tuple:
    """Ask the running servers what they hold (the printed figures are what they answer)."""
    import re
    import urllib.request

    def get(url):
        with urllib.request.urlopen(url, timeout=30) as answer:
            return answer.read().decode("utf-8")

    hits = get(urls["csw"] + "?service=CSW&version=2.0.2&request=GetRecords&typeNames=csw:Record"
                             "&resultType=hits&elementSetName=brief")
    records = int(re.search(r'numberOfRecordsMatched="(\d+)"', hits).group(1))
    import xml.etree.ElementTree as ET

    wms = "{http://www.opengis.net/wms}"
    capabilities = ET.fromstring(get(urls["wms"]))
    layers = len(capabilities.findall(f"./{wms}Capability/{wms}Layer/{wms}Layer"))
    return records, layers


if __name__ == "__main__":
    if OPENDATA:
        _private_auth_database()  # before QGIS starts: it opens the authentication database at init
    from passerelle.qgis_io.headless import start_qgis
    from passerelle.sdi import local, processes

    processes.stop_on_signals()  # SIGTERM stops the servers in order, as Ctrl-C does
    app = start_qgis()
    arguments = [a for a in sys.argv[1:] if not a.startswith("--")]
    try:
        code = main(arguments[0] if arguments else "demo-output", serve="--serve" in sys.argv)
    except KeyboardInterrupt:
        print("Démonstration interrompue.", file=sys.stderr)
        code = 130
    finally:
        local.stop_all()
    app.exitQgis()
    sys.exit(code)
