"""The shipped ``data-gouv-fr`` profile, as an agent uses it: no JSON written, only an API key chosen.

The profile is the shipped file with its address pointed at a real udata 17 (data.gouv.fr's software, on
mongomock, from .venv-udata) started for this module: the datasets land in the organisation of the key's
account, personal and closed data never leave, and the profile's required fields are what the checks ask.
"""
import json

import pytest
import requests

from passerelle import api
from passerelle.catalogue.profile import PROFILES_DIR
from passerelle.qgis_io import auth
from passerelle.sample import territory


@pytest.fixture(scope="module")
def udata(tmp_path_factory):
    from support.udata_server import UdataError, UdataServer

    server = UdataServer(tmp_path_factory.mktemp("udata"))
    try:
        server.start()
    except UdataError as error:
        server.stop()
        pytest.fail(str(error), pytrace=False)
    yield server
    server.stop()


def shipped_profile_at(url: str) -> dict:
    with open(f"{PROFILES_DIR}/data-gouv-fr.json", encoding="utf-8") as handle:
        profile = json.load(handle)
    profile["targets"]["datagouv"]["url"] = url  # the only change: a local udata instead of www.data.gouv.fr
    return profile


def test_open_layers_go_to_the_key_s_organisation_and_closed_data_never_leaves(udata, layers, tmp_path, monkeypatch):
    monkeypatch.setenv("PASSERELLE_DATA_DIR", str(tmp_path / "data"))
    profile = shipped_profile_at(udata.url)
    # What the agent does in Settings › Authentication: the API key in a QGIS authentication configuration.
    key = auth.store_basic("data.gouv.fr", "header:X-API-KEY", udata.api_key)
    profile["targets"]["datagouv"]["authcfg"] = key
    chosen = [layers[name] for name in ("zonage_plu", "arrets_bus", "concessions_cimetiere")]
    for layer in chosen:
        api.tag(layer, **territory.DEFAULT_TAGS[layer.name()])

    report = api.publish(chosen, profile)

    states = {o.layer: o.state for o in report.outcomes}
    assert states["zonage_plu"] == "published" and states["arrets_bus"] == "published"
    assert states["concessions_cimetiere"] == "refused"
    listing = requests.get(f"{udata.url}/api/1/organizations/{udata.organisation}/datasets/",
                           params={"page_size": 100}, timeout=30).json()["data"]  # anonymous: what is public
    titles = {d["title"] for d in listing}
    assert api.record(layers["zonage_plu"]).title in titles and api.record(layers["arrets_bus"]).title in titles
    assert not any("cimeti" in title.lower() for title in titles)
    zoning = next(d for d in listing if d["title"] == api.record(layers["zonage_plu"]).title)
    assert zoning["license"] == "lov2" and zoning["frequency"] == "irregular"
    assert zoning["spatial"]["granularity"] == "fr:commune"


def test_the_profile_s_required_fields_are_what_the_checks_ask(layers):
    layer = layers["zonage_plu"]
    api.tag(layer, **{k: v for k, v in territory.DEFAULT_TAGS["zonage_plu"].items() if k != "place"})
    api.tag(layer, keywords=[])

    report = api.check([layer], "data-gouv-fr", with_data=False)

    missing = {f.field for f in report.errors if f.code == "metadata.required"}
    assert {"keywords", "place"} <= missing
