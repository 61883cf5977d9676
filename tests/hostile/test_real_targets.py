"""Hostile but valid records published to each target type against its real server or its stand-in.

Texts full of XML specials, right-to-left scripts, emoji, formulas, invisible characters, the longest
title allowed: each layer is published (and read back by the pipeline) or refused with a code the
target gives; nothing fails unexpectedly. Real: pycsw, CKAN, udata, the local SDI (QGIS Server, its
guarded pycsw, the folder). Stand-ins (labelled): GeoServer, GeoNetwork, OpenDataSoft.
"""
import pytest

from passerelle import api
from passerelle.qgis_io import auth
from passerelle.sdi import local
from support.hostile_run import EXTRA_SECRETS, shown

RECORDS = {
    "xml-specials": dict(title="Réseau <eau> & \"assainissement\" ]]> 'communal'",
                         abstract="Tronçons <b>gras</b> & &amp; <!-- commentaire --> ]]>"),
    "rtl": dict(title="شبكة الطرق البلدية — רשת הכבישים", abstract="نص عربي. טקסט בעברית."),
    "emoji": dict(title="Arrêts de bus 🚌🚏 👨‍👩‍👧", keywords=["🚌 bus", "mobilité ♿", "vélo🚲"]),
    "longest-title": dict(title=("Plan local d'urbanisme intercommunal de la communauté de communes du Val de "
                                 "Loue, " * 4)[:249] + "s"),
    "long-abstract": dict(abstract=("Ligne de résumé assez longue.\n" * 600).strip()),
    "formulas": dict(title="=SUM(A1:A9) +33 -2 @cmd", keywords=["=1+1", "-moins", "@arobase"]),
    "invisible": dict(title="Zo\u200bnes \u2066isolées\u2069 \ufeffet NBSP\u00a0", place="Saint\u2011Aubin"),
    "many-keywords": dict(keywords=[f"mot-clé n°{i} <{i}> & co" for i in range(60)]),
}


@pytest.fixture
def layers(make_layer):
    made = []
    for index, (name, fields) in enumerate(RECORDS.items()):
        tags = {"title": f"Couche hostile {index}", **fields}
        made.append(make_layer(name.replace("-", "_"), **tags))
    return made


def _published_or_refused(report, layers) -> list:
    shown(*report.outcomes)
    assert {o.layer for o in report.outcomes} == {layer.name() for layer in layers}
    unexpected = [(o.layer, o.target, o.code, o.message_fr) for o in report.outcomes
                  if not o.ok and (o.state != "refused" or o.code == "publish.unexpected")]
    assert not unexpected
    return [o for o in report.outcomes if o.ok]


def _titles_read_back(layers, profile, target) -> None:
    for layer in layers:
        status = api.publication_status(layer, profile, live=True)[profile["name"]][target]
        if status.get("state") == "published":
            live = status["live"]
            assert live["exists"]
            if "title" in live:
                assert live["title"].strip() == api.record(layer).title.strip()


@pytest.mark.hostile("publication")
@pytest.mark.parametrize("kind", ["local", "csw", "ckan", "udata", "geoserver-standin", "geonetwork-standin",
                                  "opendatasoft-standin"])
def test_hostile_but_valid_records_publish_or_are_refused_by_each_target(kind, layers, request, tmp_path,
                                                                          credentials):
    settings = _target(kind, request, tmp_path, credentials)
    profile = {"name": f"hostile-real-{kind}", "version": "1", "targets": {kind: settings}}
    report = api.publish(layers, profile, max_workers=2)
    published = _published_or_refused(report, layers)
    assert published, "no hostile record reached the target at all"
    refused = {(o.layer, o.target, o.code, o.message_fr[:300]) for o in report.outcomes if not o.ok}
    if kind in ("local", "csw"):
        assert not refused  # these take every one of them
    target = next(iter(profile["targets"]))
    if kind != "local":
        _titles_read_back(layers, profile, target)
    again = api.publish(layers, profile, max_workers=2)  # idempotent, hostile texts and all
    assert {o.state for o in again.outcomes if o.ok} <= {"unchanged"}


def _target(kind, request, tmp_path, credentials) -> dict:
    if kind == "local":
        request.addfinalizer(local.stop_all)
        return {"type": "local", "folder": str(tmp_path / "idg"), "kind": "open"}
    if kind == "csw":
        pycsw = request.getfixturevalue("pycsw")
        return {"type": "csw", "url": pycsw.url, "kind": "open"}
    if kind == "ckan":
        ckan = request.getfixturevalue("ckan")
        organisation = request.getfixturevalue("ckan_organisation")
        EXTRA_SECRETS.append(ckan.api_token)
        authcfg = auth.store_basic("CKAN hostile", "header:Authorization", ckan.api_token)
        return {"type": "ckan", "url": ckan.url, "authcfg": authcfg, "organisation": organisation, "kind": "open",
                "timeout": 60}
    if kind == "udata":
        udata = request.getfixturevalue("udata")
        EXTRA_SECRETS.append(udata.api_key)
        authcfg = auth.store_basic("udata hostile", "header:X-API-KEY", udata.api_key)
        return {"type": "udata", "url": udata.url, "authcfg": authcfg, "organisation": udata.organisation,
                "kind": "open", "timeout": 60}
    if kind == "geoserver-standin":
        geoserver = request.getfixturevalue("geoserver")
        return {"type": "geoserver", "url": geoserver.base_url, "authcfg": credentials["standin_admin"],
                "workspace": "commune", "kind": "open"}
    if kind == "geonetwork-standin":
        geonetwork = request.getfixturevalue("geonetwork")
        return {"type": "geonetwork", "url": geonetwork.base_url, "authcfg": credentials["standin_basic"],
                "group": "sig-commune", "kind": "open"}
    ods = request.getfixturevalue("ods")
    return {"type": "opendatasoft", "url": ods.url, "authcfg": credentials["standin_ods"], "poll_interval": 0.05,
            "poll_max": 50, "kind": "open"}
