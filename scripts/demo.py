"""`make demo`: generate the sample territory, tag its layers, check them and export the catalogue.

    python scripts/demo.py OUTPUT_FOLDER
"""
from __future__ import annotations

import os
import sys

from qgis.core import QgsApplication, QgsProject, QgsVectorLayer

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)


def main(folder: str) -> int:
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

    print("\nRésultats :")
    print(f"  projet QGIS          {project_path}")
    print(f"  rapport de contrôle  {os.path.join(reports, 'verification.html')} (et .csv)")
    for fmt, paths in written.items():
        where = os.path.dirname(paths[0]) if fmt in ("iso19139", "data") else ", ".join(paths)
        print(f"  {fmt:<20} {where} ({len(paths)} fichier(s))")
    project.clear()
    return 0


if __name__ == "__main__":
    app = QgsApplication([], False)
    app.initQgis()
    code = main(sys.argv[1] if len(sys.argv) > 1 else "demo-output")
    app.exitQgis()
    sys.exit(code)
