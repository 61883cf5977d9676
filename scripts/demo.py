"""`make demo`: generate the sample territory, tag, check, export, and publish it to the local SDI.

    python scripts/demo.py OUTPUT_FOLDER [--serve]

The local SDI (pycsw + qgis_mapserver + a file server on 127.0.0.1) runs while the
script runs; with --serve it keeps serving until Ctrl-C (or SIGTERM), so the printed
URLs can be opened in QGIS or a browser. The servers stop with the script, however it
ends. Without a display, Qt runs offscreen.
"""
from __future__ import annotations

import os
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)


def main(folder: str, serve: bool = False) -> int:
    from qgis.core import QgsProject, QgsVectorLayer

    from passerelle import api
    from passerelle.sample import territory

    folder = os.path.abspath(folder)
    os.makedirs(folder, exist_ok=True)
    territory.generate(folder)
    gpkg = os.path.join(folder, territory.GPKG_NAME)
    commune = territory.COMMUNE
    profile = {"name": "demo", "territory": {"name": commune["name"], "bbox": list(commune["bbox_wgs84"])},
               "organisation": {"name": f"Commune de {commune['name']}", "siret": commune["siret"],
                                "email": commune["contact"]["email"]}}

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

    sdi_profile = dict(profile, name="demo-local", version="1",
                       targets={"local": {"type": "local", "title": "IDG locale de démonstration",
                                          "folder": os.path.join(folder, "idg")}})
    publication = api.publish(None, sdi_profile)
    print("\nPublication vers l'IDG locale :")
    for layer in territory.DEFAULT_TAGS:
        outcomes = [o for o in publication.outcomes if o.layer == layer]
        states = sorted({o.state for o in outcomes})
        reason = next((o.message_fr for o in outcomes if not o.ok), "")
        print(f"  {layer:<24} {', '.join(states)}{' : ' + reason[:140] if reason else ''}")

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
    if serve:
        try:
            print("\nCtrl-C pour arrêter les serveurs.", flush=True)
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            print("Arrêt des serveurs.", flush=True)
    project.clear()
    return 0


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
