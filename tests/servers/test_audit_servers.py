"""api.audit against real servers: pycsw 2.6.2 (seeded and real-world ISO records), CKAN 2.11, udata 17,
and the udata and OpenDataSoft stand-ins' organisation listings; links checked against the local link server.
"""
import datetime as dt
import os
import shutil
import uuid

import pytest
import requests

from passerelle import api
from passerelle.context import Context
from passerelle.publishers.http import Credentials
from support import audit_catalogue as catalogue
from support.catalogue_standins import CANARY_KEY
from support.link_server import LinkServer, closed_port
from support.standins.udata import ORG_COMMUNE

TODAY = dt.date(2026, 6, 15)
REAL_WORLD = os.path.join(os.path.dirname(os.path.dirname(__file__)), "data", "audit", "real-world")
FAST = {"timeout": 3, "delay": 0}
ANNUAL = "http://publications.europa.eu/resource/authority/frequency/ANNUAL"
#: what a regional catalogue requires (no Passerelle-only field: real-world records come from other tools)
REQUIRED = ["title", "abstract", "themes", "access", "licence", "contact", "extent", "revised", "lineage",
            "frequency"]


@pytest.fixture
def links():
    server = LinkServer().start()
    server.services[catalogue.SERVICE] = catalogue.service_layers()
    yield server
    server.stop()


def codes_by_record(report) -> dict:
    found = {}
    for finding in report.findings:
        found.setdefault(finding.record, set()).add(finding.code)
    return found


# -- pycsw ---------------------------------------------------------------------------------------------

def test_a_seeded_csw_catalogue_gives_each_defect_its_code_and_nothing_on_clean_records(pycsw_factory, vocab,
                                                                                      links, tmp_path):
    records = catalogue.seeded_catalogue(vocab, links.base, TODAY, unreachable=f"http://127.0.0.1:{closed_port()}")
    folder = catalogue.write_folder(records, tmp_path / "fiches")
    server = pycsw_factory()
    catalogue.load_into_pycsw(server, folder)
    profile = {"name": "ideo-test", "territory": catalogue.TERRITORY,
               "targets": {"catalogue": {"type": "csw", "url": server.url, "title": "Catalogue régional"},
                           "services": {"type": "geoserver", "url": links.base + "/geoserver",
                                        "workspace": "commune", "title": "GeoServer régional"}}}
    report = api.audit("catalogue", profile, links=FAST, today=TODAY, output=str(tmp_path / "audit"))
    found = codes_by_record(report)
    assert report.source_kind == "csw" and len(report.records) == len(records) and report.repeated == 0
    for item in records:
        assert found.get(item.identifier, set()) == item.codes, item.title
    assert [(f.code, f.title) for f in report.findings if not f.record] == [("audit.layer-unrecorded",
                                                                            "commune:orpheline")]
    # the address given for each record is its GetRecordById in ISO 19139, on the real server
    first = report.record(records[0].identifier)
    answer = requests.get(first.url, timeout=30)
    assert answer.status_code == 200 and records[0].identifier.encode() in answer.content
    assert b"MD_Metadata" in answer.content and os.path.getsize(report.files["gpkg"]) > 0


def test_real_world_records_are_read_as_their_tools_wrote_them(pycsw_factory):
    server = pycsw_factory()
    catalogue.load_into_pycsw(server, REAL_WORLD)
    profile = {"name": "france", "territory": {"name": "Bourgogne-Franche-Comté", "bbox": [2.84, 46.15, 7.16, 48.41]},
               "required_fields": REQUIRED}
    report = api.audit(server.url, profile, links=False, today=TODAY)
    summaries = {summary.identifier: summary for summary in report.records}
    assert set(summaries) == {"IGNF_BDTOPOr_3-4_HYDROGRAPHIE", "fr-120066022-jdd-6b1f4e1c-2f0d-4a7b-9c55-3f5d1e2a8b91",
                              "3c9b2d7e-5a41-4f6e-8b2a-0d4e6f1a9c37", "a1e0c5d2-7b3f-4e19-9d8a-c2f6b4e1d035"}
    ign = summaries["IGNF_BDTOPOr_3-4_HYDROGRAPHIE"]
    assert (ign.title, ign.access, ign.frequency_label) == ("BD TOPO® - Hydrographie", "open", "trimestriel")
    assert ign.organisation.startswith("Institut national de l'information géographique")
    geoide = summaries["fr-120066022-jdd-6b1f4e1c-2f0d-4a7b-9c55-3f5d1e2a8b91"]
    assert (geoide.organisation, geoide.access, geoide.completeness) == (
        "DDT du Doubs (Direction Départementale des Territoires)", "open", 1.0)
    gbm = summaries["3c9b2d7e-5a41-4f6e-8b2a-0d4e6f1a9c37"]
    assert (gbm.title, gbm.organisation, gbm.links) == ("Arrêts de bus du réseau Ginko", "Grand Besançon Métropole", 3)
    assert summaries["a1e0c5d2-7b3f-4e19-9d8a-c2f6b4e1d035"].access == "shared"
    assert codes_by_record(report) == {
        "IGNF_BDTOPOr_3-4_HYDROGRAPHIE": {"extent.outside-territory"},  # France-wide, audited for one region
        "3c9b2d7e-5a41-4f6e-8b2a-0d4e6f1a9c37": {"freshness.overdue"},  # monthly, last revised in January 2024
        # restricted (Art. 13(1)(h)) with "conditions unknown": no licence, and an annual update one year late
        "a1e0c5d2-7b3f-4e19-9d8a-c2f6b4e1d035": {"metadata.required", "freshness.overdue"}}


def test_a_csw_is_read_page_after_page_every_record_once(pycsw_factory, vocab, tmp_path):
    server = pycsw_factory()
    catalogue.load_into_pycsw(server, catalogue.generated_records(vocab, 250, TODAY, tmp_path / "fiches"))
    shares = []
    report = api.audit(server.url, links=False, today=TODAY, progress=shares.append)
    keys = [summary.key for summary in report.records]
    assert len(keys) == len(set(keys)) == 250 and report.repeated == 0  # pycsw serves 100 a page
    assert keys == sorted(keys)  # asked in identifier order: the pages cannot shift
    assert shares == sorted(shares) and shares[-1] == 1.0
    assert len(api.audit(server.url, links=False, limit=120, today=TODAY).records) == 120


# -- CKAN ------------------------------------------------------------------------------------------------

def test_a_ckan_organisation_is_audited_private_datasets_included(ckan, links):
    organisation = ckan.action("organization_create", name=f"audit-{uuid.uuid4().hex[:8]}",
                               title="Communauté de communes du Val de Loue")["name"]

    def dataset(title, resources, private=False, licence="odc-odbl", **extras):
        extras = {"frequency": ANNUAL, "modified": "2026-05-01", "provenance": "Saisie du service SIG.",
                  "theme": '["http://inspire.ec.europa.eu/theme/tn"]', "identifier": str(uuid.uuid4()),
                  "spatial": '{"type":"Polygon","coordinates":[[[5.9,47.0],[6.1,47.0],[6.1,47.2],[5.9,47.2],'
                             '[5.9,47.0]]]}', **extras}
        return ckan.action("package_create", name=f"jeu-{uuid.uuid4().hex[:12]}", title=title, owner_org=organisation,
                           notes=f"{title} du territoire.", license_id=licence, private=private,
                           maintainer="Service SIG", maintainer_email="sig@val-de-loue.fr",
                           extras=[{"key": k, "value": v} for k, v in extras.items()],
                           resources=[{"url": links.url(path), "name": path.rsplit("/", 1)[-1]} for path in resources])

    clean = dataset("Sentiers de randonnée", ["/ok/sentiers.geojson"])
    broken = dataset("Aires de covoiturage", ["/missing/covoiturage.csv"])
    late = dataset("Déchetteries", ["/ok/decheteries.csv"], modified="2023-01-10")
    shared = dataset("Réseau d'assainissement", ["/private/assainissement.zip"], private=True,
                     licence="other-closed", access_level="partagee")
    context = Context({"name": "ckan-audit", "territory": catalogue.TERRITORY, "required_fields": REQUIRED[:-1],
                       "targets": {"portail": {"type": "ckan", "url": ckan.url, "organisation": organisation,
                                               "authcfg": "ckan001"}}},
                      credentials_for=lambda authcfg: Credentials(headers={"Authorization": ckan.api_token}))
    report = api.audit("portail", context=context, links=FAST, today=TODAY)
    assert report.source_kind == "ckan" and len(report.records) == 4
    found = codes_by_record(report)
    assert found.get(clean["name"], set()) == set()
    assert found[broken["name"]] == {"audit.link-broken"}
    assert found[late["name"]] == {"freshness.overdue"}
    # private (shared) on CKAN: a restricted download is expected, the missing legal basis is not
    assert found[shared["name"]] == {"metadata.required"} and report.record(shared["name"]).access == "shared"
    assert report.record(clean["name"]).url == f"{ckan.url}/dataset/{clean['name']}"
    anonymous = Context(context.profile, credentials_for=lambda authcfg: None)
    assert len(api.audit("portail", context=anonymous, links=False, today=TODAY).records) == 3


# -- udata -------------------------------------------------------------------------------------------------

def create_udata_dataset(base: str, key: str, organisation: str, title: str, resource_url: str, **fields) -> dict:
    body = {"title": title, "description": f"{title} du territoire.", "organization": organisation,
            "license": "lov2", "frequency": "annual", "tags": ["territoire"], **fields}
    answer = requests.post(f"{base}/api/1/datasets/", json=body, headers={"X-API-KEY": key}, timeout=30)
    assert answer.status_code == 201, answer.text
    created = answer.json()
    if resource_url:
        answer = requests.post(f"{base}/api/1/datasets/{created['id']}/resources/", headers={"X-API-KEY": key},
                               json={"title": "Données", "url": resource_url, "filetype": "remote", "type": "main",
                                     "format": "csv"}, timeout=30)
        assert answer.status_code == 201, answer.text
    return created


def test_a_udata_organisation_is_audited_on_the_real_udata(udata, links):
    suffix = uuid.uuid4().hex[:8]
    ok = create_udata_dataset(udata.url, udata.api_key, udata.organisation, f"Écoles {suffix}",
                              links.url("/ok/ecoles.csv"))
    broken = create_udata_dataset(udata.url, udata.api_key, udata.organisation, f"Cantines {suffix}",
                                  links.url("/gone/cantines.csv"))
    hidden = create_udata_dataset(udata.url, udata.api_key, udata.organisation, f"Agents {suffix}", "", private=True)
    context = Context({"name": "udata-audit", "required_fields": ["title", "abstract", "licence", "frequency"],
                       "targets": {"datagouv": {"type": "udata", "url": udata.url, "organisation": udata.organisation,
                                                "authcfg": "udata01"}}},
                      credentials_for=lambda authcfg: Credentials(headers={"X-API-KEY": udata.api_key}))
    report = api.audit("datagouv", context=context, links=FAST, today=TODAY)
    found = codes_by_record(report)
    assert found.get(ok["id"], set()) == set() and found[broken["id"]] == {"audit.link-broken"}
    assert report.record(hidden["id"]).access == "shared" and report.record(ok["id"]).access == "open"
    assert report.record(ok["id"]).frequency == ANNUAL and report.record(ok["id"]).url == ok["page"]
    anonymous = api.audit("datagouv", context=Context(context.profile, credentials_for=lambda authcfg: None),
                          links=False, today=TODAY)
    assert report.record(hidden["id"]) is not None and anonymous.record(hidden["id"]) is None


def test_a_udata_organisation_is_audited_on_the_stand_in_listing(udata_standin, links):
    titles = [f"Parkings relais {n}" for n in range(3)]
    for title in titles:
        create_udata_dataset(udata_standin.url, CANARY_KEY, ORG_COMMUNE, title, links.url("/ok/parkings.csv"))
    context = Context({"name": "udata-audit", "required_fields": ["title", "abstract", "licence"],
                       "targets": {"datagouv": {"type": "udata", "url": udata_standin.url,
                                                "organisation": ORG_COMMUNE}}})
    report = api.audit("datagouv", context=context, links=FAST, today=TODAY)
    assert sorted(summary.title for summary in report.records) == titles
    assert report.codes() == {"audit.duplicate-url"}  # three datasets, one file


# -- OpenDataSoft (stand-in) ------------------------------------------------------------------------------

def test_an_opendatasoft_domain_is_audited_through_its_explore_catalogue(ods):
    def dataset(dataset_id, title, restricted=False, frequency=ANNUAL, published=True):
        answer = requests.post(f"{ods.url}/api/automation/v1.0/datasets/", timeout=30,
                               headers={"Authorization": f"Apikey {CANARY_KEY}"},
                               json={"dataset_id": dataset_id, "is_restricted": restricted, "metadata": {
                                   "default": {"title": {"value": title}, "language": {"value": "fr"},
                                               "description": {"value": f"<p>{title}.</p>"},
                                               "license": {"value": "Licence Ouverte v2.0 (Etalab)"},
                                               "modified": {"value": "2026-05-02T08:00:00+00:00"}},
                                   "dcat": {"accrualperiodicity": {"value": frequency}}}})
        assert answer.status_code == 201, answer.text
        ods.datasets[answer.json()["uid"]]["is_published"] = published  # its processing is not under test here

    dataset("velos", "Stations de vélos")
    dataset("bornes", "Bornes de recharge", restricted=True)
    dataset("brouillon", "Brouillon", published=False)
    dataset("marches", "Marchés", frequency="http://publications.europa.eu/resource/authority/frequency/NEVER_EVER")
    profile = {"name": "ods-audit", "required_fields": ["title", "abstract", "licence", "frequency"],
               "targets": {"portail": {"type": "opendatasoft", "url": ods.url, "authcfg": "odskey1"}}}
    anonymous = api.audit("portail", context=Context(profile, credentials_for=lambda authcfg: None), links=False,
                          today=TODAY)
    assert sorted(r.key for r in anonymous.records) == ["marches", "velos"]
    assert codes_by_record(anonymous) == {"marches": {"vocabulary.unknown"}}
    keyed = Context(profile, credentials_for=lambda authcfg: Credentials(
        headers={"Authorization": f"Apikey {CANARY_KEY}"}))
    report = api.audit("portail", context=keyed, links=False, today=TODAY)
    assert sorted(r.key for r in report.records) == ["bornes", "marches", "velos"]
    assert report.record("bornes").access == "shared"
    assert report.record("velos").url == f"{ods.url}/explore/dataset/velos/"


def test_the_stand_ins_refuse_what_their_apis_refuse(ods):
    too_many = requests.get(f"{ods.url}/api/explore/v2.1/catalog/datasets?limit=101", timeout=10)
    beyond = requests.get(f"{ods.url}/api/explore/v2.1/catalog/datasets?limit=100&offset=9950", timeout=10)
    bad_key = requests.get(f"{ods.url}/api/explore/v2.1/catalog/datasets", timeout=10,
                           headers={"Authorization": "Apikey inconnue"})
    assert (too_many.status_code, beyond.status_code, bad_key.status_code) == (400, 400, 401)
    assert too_many.json()["error_code"] == "InvalidRESTParameterError"


def test_no_server_left_running_by_the_link_server():
    server = LinkServer(hosts=("127.0.0.1", "127.0.0.2")).start()
    bases = server.bases
    server.stop()
    for base in bases:
        with pytest.raises(requests.ConnectionError):
            requests.get(base + "/ok/x", timeout=2)
    assert shutil.which("chromium")  # the dashboard test's browser is installed (make system)


def test_an_organisation_the_portal_does_not_know_is_said_not_audited_empty(udata_standin, ckan):
    from passerelle.catalogue.errors import PasserelleError

    for target in ({"type": "udata", "url": udata_standin.url, "organisation": "64f1c0de00000000000000ff"},
                   {"type": "ckan", "url": ckan.url, "organisation": "commune-inconnue"}):
        with pytest.raises(PasserelleError) as refused:
            api.audit("portail", {"name": "inconnue", "targets": {"portail": target}}, links=False)
        assert refused.value.code == "audit.organisation-unknown", target["type"]
