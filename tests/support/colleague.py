"""One colleague's QGIS session, in its own process: ``python tests/support/colleague.py STEP CONFIG.json``.

A colleague has their own QGIS project (``project`` in the config: created, or read again when it exists),
their own way of opening the team's tables (``layers``: {layer name: QGIS data source}) and their own
PostgreSQL credentials (their pg_service file, given by the parent through ``PGSERVICEFILE``). The step runs
through the public API only, saves the project, and prints one JSON line: what the parent asserts on.

Steps: ``identifiers``, ``tag``, ``publish``, ``publish-and-crash`` (the process dies after the first layer of
the batch, as a QGIS that crashes), ``resume``, ``status``, ``unpublish``.
"""
import json
import os
import sys

from qgis.core import QgsApplication, QgsProject, QgsVectorLayer


def main(step: str, config: dict) -> dict:
    from passerelle import api

    project = QgsProject.instance()
    if os.path.exists(config["project"]):
        assert project.read(config["project"]), project.error()
    layers = {}
    for name, uri in config["layers"].items():
        found = project.mapLayersByName(name)
        layer = found[0] if found else QgsVectorLayer(uri, name, "postgres")
        assert layer.isValid(), f"{name} does not open"
        if not found:
            project.addMapLayer(layer)
        layers[name] = layer
    profile = config.get("profile")
    result = {"identifiers": {name: api.record(layer).identifier for name, layer in layers.items()}}
    if step == "tag":
        for name, fields in config["tags"].items():
            api.tag(layers[name], profile, **fields)
        result["records"] = {name: api.record(layers[name]).to_dict() for name in config["tags"]}
    elif step in ("publish", "publish-and-crash"):
        chosen = [layers[name] for name in config["publish"]]
        progress = (lambda done, total: os._exit(3) if done == 1 else None) if step == "publish-and-crash" else None
        report = api.publish(chosen, profile, progress=progress)
        result["outcomes"] = [vars_of(o) for o in report.outcomes]
        result["served"] = served(profile)
    elif step == "resume":
        report = api.resume(profile)
        result["outcomes"] = [vars_of(o) for o in report.outcomes]
        result["served"] = served(profile)
    elif step == "unpublish":
        report = api.unpublish([layers[name] for name in config["unpublish"]], profile)
        result["outcomes"] = [vars_of(o) for o in report.outcomes]
        result["served"] = served(profile)
    if step != "identifiers":
        result["status"] = {name: api.publication_status(layer, profile) for name, layer in layers.items()}
    project.write(config["project"])
    return result


def vars_of(outcome) -> dict:
    return {"layer": outcome.layer, "identifier": outcome.identifier, "target": outcome.target,
            "state": outcome.state, "code": outcome.code, "message": outcome.message_fr}


def served(profile) -> dict:
    """What the local SDI serves now: CSW record identifiers and WMS layer names."""
    import requests
    from lxml import etree

    from passerelle.catalogue.profile import Profile
    from passerelle.sdi import local

    folder = Profile.load(profile).targets["local"]["folder"]
    sdi = local.sdi_for(folder)
    answer = requests.get(sdi.urls["csw"], params={
        "service": "CSW", "version": "2.0.2", "request": "GetRecords", "typeNames": "csw:Record",
        "resultType": "results", "elementSetName": "brief", "maxRecords": "100"}, timeout=20)
    csw = sorted(e.text for e in etree.fromstring(answer.content).iter("{http://purl.org/dc/elements/1.1/}identifier"))
    capabilities = etree.fromstring(requests.get(sdi.urls["wms"], timeout=20).content)
    wms = sorted(e.text for e in capabilities.iterfind(".//{http://www.opengis.net/wms}Layer/"
                                                       "{http://www.opengis.net/wms}Layer/"
                                                       "{http://www.opengis.net/wms}Name"))
    return {"csw": csw, "wms": wms}


if __name__ == "__main__":
    application = QgsApplication([], False)
    application.initQgis()
    try:
        with open(sys.argv[2], encoding="utf-8") as handle:
            outcome = main(sys.argv[1], json.load(handle))
        print("RESULT " + json.dumps(outcome, default=str), flush=True)
    finally:
        from passerelle.sdi import local

        local.stop_all()
        QgsProject.instance().clear()
        application.exitQgis()
