"""The udata stand-in refuses what the real udata API v1 refuses (sources in tests/support/standins/udata.py).

Raw HTTP with ``requests``: these tests pin the stand-in itself, so that the publisher tests run
against an API as demanding as data.gouv.fr.
"""
import io
import json

import pytest
import requests

from support.catalogue_standins import CANARY_KEY, OTHER_KEY
from support.standins.udata import ORG_COMMUNE, ORG_OTHER, UdataStandIn


DATASET = {"title": "Pistes cyclables", "description": "Réseau cyclable.", "organization": ORG_COMMUNE,
           "license": "lov2", "frequency": "annual", "tags": ["velo", "mobilite"],
           "spatial": {"zones": ["fr:commune:39999"], "granularity": "fr:commune"},
           "extras": {"passerelle:identifier": "id-1"}}


def call(server, method, path, key=CANARY_KEY, **kwargs):
    headers = kwargs.pop("headers", {})
    if key:
        headers["X-API-KEY"] = key
    return requests.request(method, f"{server.url}/api/1/{path}", headers=headers, allow_redirects=False,
                            timeout=10, **kwargs)


def create(server, key=CANARY_KEY, **changes):
    response = call(server, "POST", "datasets/", key, json={**DATASET, **changes})
    assert response.status_code == 201, response.text
    return response.json()


def upload(server, dataset_id, content=b"a;b\n1;2\n", filename="pistes.csv", key=CANARY_KEY, field="file",
           rid=None):
    path = f"datasets/{dataset_id}/resources/{rid}/upload/" if rid else f"datasets/{dataset_id}/upload/"
    return call(server, "POST", path, key, files={field: (filename, io.BytesIO(content), "text/csv")})


def test_a_call_without_key_to_a_secured_endpoint_is_401_with_a_bearer_challenge(udata_standin):
    response = call(udata_standin, "POST", "datasets/", key=None, json=DATASET)

    assert response.status_code == 401
    assert response.headers["WWW-Authenticate"] == 'Bearer realm="uData"'
    assert udata_standin.datasets == {}


def test_an_unknown_key_is_401_invalid_api_key_even_on_reference_lists(udata_standin):
    response = call(udata_standin, "GET", "datasets/frequencies/", key="not-a-key")

    assert response.status_code == 401 and response.json() == {"message": "Invalid API Key"}


def test_reference_lists_answer_without_a_key(udata_standin):
    frequencies = call(udata_standin, "GET", "datasets/frequencies/", key=None).json()
    licences = call(udata_standin, "GET", "datasets/licenses/", key=None).json()
    granularities = call(udata_standin, "GET", "spatial/granularities/", key=None).json()

    assert {"id": "annual", "label": "Annuelle"} in frequencies and len(frequencies) == 40
    assert {"lov2", "odc-odbl", "notspecified"} <= {lic["id"] for lic in licences}
    assert set(licences[0]) == {"id", "title", "url", "alternate_urls", "alternate_titles", "flags", "maintainer"}
    assert {"fr:commune", "fr:epci", "poi", "other"} <= {g["id"] for g in granularities}


def test_zone_suggestions_need_q_and_answer_ids_names_and_levels(udata_standin):
    assert call(udata_standin, "GET", "spatial/zones/suggest/", key=None).status_code == 400
    found = call(udata_standin, "GET", "spatial/zones/suggest/", key=None, params={"q": "Passerelle-sur-Loue"}).json()

    assert [(z["id"], z["level"]) for z in found] == [("fr:commune:39999", "fr:commune")]


def test_create_answers_201_with_id_slug_page_and_uri(udata_standin):
    dataset = create(udata_standin)

    assert len(dataset["id"]) == 24 and dataset["slug"] == "pistes-cyclables"
    assert dataset["page"].endswith("/datasets/pistes-cyclables/")
    assert dataset["uri"] == f"{udata_standin.url}/api/1/datasets/{dataset['id']}/"
    assert dataset["organization"]["id"] == ORG_COMMUNE and dataset["owner"] is None
    assert dataset["license"] == "lov2" and dataset["frequency"] == "annual" and dataset["private"] is False


def test_title_and_description_are_required_with_the_errors_payload(udata_standin):
    response = call(udata_standin, "POST", "datasets/", json={"organization": ORG_COMMUNE})

    assert response.status_code == 400
    assert response.json() == {"errors": {"title": ["This field is required."],
                                          "description": ["This field is required."]}}
    assert udata_standin.datasets == {}


def test_a_body_that_is_not_json_is_refused(udata_standin):
    response = call(udata_standin, "POST", "datasets/", data="title=x", headers={"Content-Type": "text/plain"})

    assert response.status_code == 400
    assert response.json() == {"errors": {"Content-Type": "expecting application/json"}}


@pytest.mark.parametrize("field, value, where", [
    ("frequency", "everyFortnight", "frequency"),
    ("license", "etalab-2.0", "license"),  # the SPDX id is not a udata licence id
    ("access_type", "shared", "access_type"),
    ("access_type_reason_category", "secret", "access_type_reason_category"),
    ("tags", ["ok-tag", "ab"], "tags"),
    ("private", "yes", "private"),
    ("title", "x" * 351, "title"),
])
def test_values_outside_the_instance_lists_are_400_naming_the_field(udata_standin, field, value, where):
    response = call(udata_standin, "POST", "datasets/", json={**DATASET, field: value})

    assert response.status_code == 400
    assert where in response.json()["errors"]
    assert udata_standin.datasets == {}


def test_unknown_zones_and_granularities_are_nested_spatial_errors(udata_standin):
    response = call(udata_standin, "POST", "datasets/",
                    json={**DATASET, "spatial": {"zones": ["fr:commune:00000"], "granularity": "fr:quartier"}})

    assert response.status_code == 400
    assert response.json()["errors"]["spatial"] == {"zones": ["Unknown geoid(s): fr:commune:00000"],
                                                    "granularity": ["Not a valid choice."]}


def test_legacy_frequencies_are_mapped_and_tags_slugified(udata_standin):
    dataset = create(udata_standin, frequency="realtime", tags=["Vélo à assistance", "PLU"])

    assert dataset["frequency"] == "continuous"
    assert dataset["tags"] == ["velo-a-assistance", "plu"]


def test_publishing_for_an_organisation_one_is_not_member_of_is_refused(udata_standin):
    response = call(udata_standin, "POST", "datasets/", json={**DATASET, "organization": ORG_OTHER})
    unknown = call(udata_standin, "POST", "datasets/", json={**DATASET, "organization": "0" * 24})

    assert response.status_code == 400
    assert response.json() == {"errors": {"organization": ["Permission denied for this organization"]}}
    assert unknown.json()["errors"]["organization"] == ["Organization does not exists"]


def test_editing_a_dataset_of_another_organisation_is_403(udata_standin):
    dataset = create(udata_standin)

    put = call(udata_standin, "PUT", f"datasets/{dataset['id']}/", OTHER_KEY, json={"title": "Pris"})
    delete = call(udata_standin, "DELETE", f"datasets/{dataset['id']}/", OTHER_KEY)
    sent = upload(udata_standin, dataset["id"], key=OTHER_KEY)

    assert [put.status_code, delete.status_code, sent.status_code] == [403, 403, 403]
    assert put.json() == {"message": "You do not have the permission to modify that object."}
    assert udata_standin.datasets[dataset["id"]]["title"] == "Pistes cyclables" and not udata_standin.uploads


def test_put_updates_only_the_fields_given(udata_standin):
    dataset = create(udata_standin)

    response = call(udata_standin, "PUT", f"datasets/{dataset['id']}/", json={"title": "Pistes et bandes"})

    assert response.status_code == 200
    assert response.json()["title"] == "Pistes et bandes" and response.json()["license"] == "lov2"
    assert response.json()["slug"] == "pistes-cyclables"  # the address does not move


def test_reserved_extras_are_silently_dropped_and_unknown_fields_ignored(udata_standin):
    dataset = create(udata_standin, extras={"passerelle:identifier": "id-1", "analysis:content-length": 1,
                                    "dcat": "forged"}, licence="lov2")

    assert dataset["extras"] == {"passerelle:identifier": "id-1"}
    assert udata_standin.ignored_fields == ["licence"]


def test_delete_is_soft_then_410_for_others_while_editors_still_read_it(udata_standin):
    dataset = create(udata_standin)

    assert call(udata_standin, "DELETE", f"datasets/{dataset['id']}/").status_code == 204
    again = call(udata_standin, "DELETE", f"datasets/{dataset['id']}/")
    anonymous = call(udata_standin, "GET", f"datasets/{dataset['id']}/", key=None)
    editor = call(udata_standin, "GET", f"datasets/{dataset['id']}/")

    assert again.status_code == 410 and again.json() == {"message": "Dataset has been deleted"}
    assert anonymous.status_code == 410
    assert editor.status_code == 200 and editor.json()["deleted"]


def test_a_deleted_dataset_is_410_on_put_unless_the_body_restores_it(udata_standin):
    dataset = create(udata_standin)
    call(udata_standin, "DELETE", f"datasets/{dataset['id']}/")

    refused = call(udata_standin, "PUT", f"datasets/{dataset['id']}/", json={"title": "Retour"})
    restored = call(udata_standin, "PUT", f"datasets/{dataset['id']}/", json={"title": "Retour", "deleted": None})

    assert refused.status_code == 410
    assert restored.status_code == 200 and restored.json()["deleted"] is None


def test_a_private_dataset_is_404_for_others_and_listed_for_members_only(udata_standin):
    dataset = create(udata_standin, private=True)

    assert call(udata_standin, "GET", f"datasets/{dataset['id']}/", key=None).status_code == 404
    members = call(udata_standin, "GET", f"organizations/{ORG_COMMUNE}/datasets/").json()
    outsiders = call(udata_standin, "GET", f"organizations/{ORG_COMMUNE}/datasets/", OTHER_KEY).json()

    assert [d["id"] for d in members["data"]] == [dataset["id"]] and outsiders["data"] == []


def test_the_organisation_listing_is_paginated_with_next_page(udata_standin):
    for n in range(3):
        create(udata_standin, title=f"Jeu {n}")

    first = call(udata_standin, "GET", f"organizations/{ORG_COMMUNE}/datasets/", params={"page_size": 2}).json()
    second = requests.get(first["next_page"], headers={"X-API-KEY": CANARY_KEY}, timeout=10).json()

    assert first["total"] == 3 and len(first["data"]) == 2
    assert len(second["data"]) == 1 and second["next_page"] is None


def test_an_upload_is_streamed_to_disk_and_answers_201_with_checksum(udata_standin):
    dataset = create(udata_standin)
    content = b"nom;x\n" + b"troncon;1\n" * 20000

    response = upload(udata_standin, dataset["id"], content)

    resource = response.json()
    assert response.status_code == 201 and resource["success"] is True
    assert resource["title"] == "pistes.csv" and resource["format"] == "csv" and resource["filetype"] == "file"
    assert resource["checksum"]["type"] == "sha1" and resource["filesize"] == len(content)
    assert udata_standin.resource_content(dataset["id"], resource["id"]) == content
    assert udata_standin.uploads[0]["largest_read"] <= 64 * 1024


@pytest.mark.parametrize("field, filename, status, payload", [
    ("document", "pistes.csv", 400, {"success": False, "error": "Missing file parameter"}),
    ("file", "pistes.exe", 400, None),
    ("file", "page.html", 400, None),
])
def test_uploads_without_file_part_or_with_a_refused_type_are_refused(udata_standin, field, filename, status, payload):
    dataset = create(udata_standin)

    response = upload(udata_standin, dataset["id"], filename=filename, field=field)

    assert response.status_code == status
    if payload:
        assert response.json() == payload
    else:
        assert response.json()["message"].startswith("This file type is not allowed.")
    assert udata_standin.datasets[dataset["id"]]["resources"] == []


def test_replacing_a_file_keeps_the_resource_id_and_changes_the_checksum(udata_standin):
    dataset = create(udata_standin)
    first = upload(udata_standin, dataset["id"], b"a\n1\n").json()

    second = upload(udata_standin, dataset["id"], b"a\n2\n", rid=first["id"])

    assert second.status_code == 200 and second.json()["id"] == first["id"]
    assert second.json()["checksum"]["value"] != first["checksum"]["value"]
    assert len(udata_standin.datasets[dataset["id"]]["resources"]) == 1


def test_the_resources_endpoint_only_creates_remote_resources(udata_standin):
    dataset = create(udata_standin)
    remote = {"title": "WMS", "url": "https://geo.example.fr/wms?service=WMS", "type": "api",
              "filetype": "remote", "format": "OGC:WMS"}

    refused = call(udata_standin, "POST", f"datasets/{dataset['id']}/resources/", json={**remote, "filetype": "file"})
    created = call(udata_standin, "POST", f"datasets/{dataset['id']}/resources/", json=remote)

    assert refused.status_code == 400 and refused.json() == {"message": "This endpoint only supports remote resources"}
    assert created.status_code == 201 and created.json()["format"] == "ogc:wms"


def test_a_resource_cannot_change_filetype_and_a_hosted_file_keeps_its_url(udata_standin):
    dataset = create(udata_standin)
    hosted = upload(udata_standin, dataset["id"]).json()

    refused = call(udata_standin, "PUT", f"datasets/{dataset['id']}/resources/{hosted['id']}/",
                   json={"title": "x", "url": hosted["url"], "filetype": "remote"})
    renamed = call(udata_standin, "PUT", f"datasets/{dataset['id']}/resources/{hosted['id']}/",
                   json={"title": "Pistes (CSV)", "url": "https://elsewhere.example/x.csv", "filetype": "file",
                         "extras": {"passerelle:distribution": "csv"}})

    assert refused.status_code == 400 and refused.json() == {"message": "Cannot modify filetype after creation"}
    assert renamed.status_code == 200
    assert renamed.json()["url"] == hosted["url"] and renamed.json()["title"] == "Pistes (CSV)"
    assert renamed.json()["extras"] == {"passerelle:distribution": "csv"}


def test_deleting_a_resource_is_204_then_404(udata_standin):
    dataset = create(udata_standin)
    hosted = upload(udata_standin, dataset["id"]).json()

    first = call(udata_standin, "DELETE", f"datasets/{dataset['id']}/resources/{hosted['id']}/")
    second = call(udata_standin, "DELETE", f"datasets/{dataset['id']}/resources/{hosted['id']}/")

    assert first.status_code == 204
    assert second.status_code == 404 and second.json() == {"message": "Resource does not exist"}


def test_routes_without_trailing_slash_are_redirected(udata_standin):
    response = call(udata_standin, "GET", "datasets/frequencies", key=None)

    assert response.status_code == 308 and response.headers["Location"] == "/api/1/datasets/frequencies/"


def test_forced_server_errors_are_answered_and_logged_without_the_key(udata_standin):
    udata_standin.fail(503, times=1)

    failed = call(udata_standin, "GET", "datasets/frequencies/")
    healed = call(udata_standin, "GET", "datasets/frequencies/")

    assert failed.status_code == 503 and healed.status_code == 200
    assert [r["status"] for r in udata_standin.requests] == [503, 200]
    assert CANARY_KEY not in json.dumps(udata_standin.requests, default=str)


def test_a_smaller_instance_lists_only_its_own_frequencies(tmp_path):
    server = UdataStandIn(keys={CANARY_KEY: "editrice"}, members={"editrice": {ORG_COMMUNE: "editor"}},
                          frequencies=[("annual", "Annuelle"), ("unknown", "Inconnu")],
                          data_dir=str(tmp_path / "small")).start()
    try:
        listed = call(server, "GET", "datasets/frequencies/").json()
        refused = call(server, "POST", "datasets/", json={**DATASET, "frequency": "monthly"})
    finally:
        server.stop()

    assert [f["id"] for f in listed] == ["annual", "unknown"]
    assert refused.status_code == 400 and refused.json()["errors"] == {"frequency": ["Not a valid choice."]}
