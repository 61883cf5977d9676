"""The OpenDataSoft stand-in refuses what the Automation API v1.0 documents as refused (sources in
tests/support/standins/opendatasoft.py). Raw HTTP with ``requests``."""
import io
import json

import pytest
import requests

from support.catalogue_standins import CANARY_KEY, READER_KEY
from support.standins.opendatasoft import OpenDataSoftStandIn


EU = "http://publications.europa.eu/resource/authority/frequency/"
BODY = {"dataset_id": "pistes-cyclables", "is_restricted": False,
        "metadata": {"default": {"title": {"value": "Pistes cyclables"}, "language": {"value": "fr"},
                                 "keyword": {"value": ["vélo"]}, "license": {"value": "Licence Ouverte v2.0 (Etalab)"}},
                     "dcat": {"accrualperiodicity": {"value": EU + "ANNUAL"}}}}


def call(server, method, path, key=CANARY_KEY, **kwargs):
    headers = kwargs.pop("headers", {})
    if key:
        headers["Authorization"] = f"Apikey {key}"
    return requests.request(method, f"{server.url}/api/automation/v1.0/{path}", headers=headers, timeout=10,
                            allow_redirects=False, **kwargs)


def create(server, **changes):
    response = call(server, "POST", "datasets/", json={**BODY, **changes})
    assert response.status_code == 201, response.text
    return response.json()


def upload(server, uid, content=b"nom;x\nA;1\n", filename="pistes.csv", field="file"):
    return call(server, "POST", f"datasets/{uid}/resources/files/",
                files={field: (filename, io.BytesIO(content), "text/csv")})


def add_resource(server, uid, file_uid, rtype="csvfile"):
    return call(server, "POST", f"datasets/{uid}/resources/",
                json={"type": rtype, "title": "pistes", "params": {},
                      "datasource": {"type": "uploaded_file", "file": {"uid": file_uid}}})


def status(server, uid):
    return call(server, "GET", f"datasets/{uid}/status/").json()


def test_calls_without_or_with_an_unknown_key_are_401(ods):
    missing = call(ods, "GET", "datasets/", key=None)
    unknown = call(ods, "GET", "datasets/", key="nope")

    assert (missing.status_code, unknown.status_code) == (401, 401)
    assert set(unknown.json()) == {"error_code", "message"}


def test_the_key_may_also_travel_as_the_apikey_query_parameter(ods):
    assert call(ods, "GET", "datasets/", key=None, params={"apikey": CANARY_KEY}).status_code == 200


def test_a_key_without_edit_permission_cannot_write_and_lists_nothing(ods):
    create(ods)

    refused = call(ods, "POST", "datasets/", key=READER_KEY, json={**BODY, "dataset_id": "autre"})
    listed = call(ods, "GET", "datasets/", key=READER_KEY).json()

    assert refused.status_code == 403 and listed == {"total_count": 0, "results": [], "next": None,
                                                     "previous": None}
    assert len(ods.datasets) == 1


def test_create_answers_201_with_a_uid_and_an_unpublished_dataset(ods):
    dataset = create(ods)

    assert dataset["uid"].startswith("da_") and dataset["dataset_id"] == "pistes-cyclables"
    assert dataset["is_published"] is False and dataset["is_restricted"] is False
    assert dataset["metadata"]["default"]["title"] == {"value": "Pistes cyclables"}


@pytest.mark.parametrize("body, where", [
    ({"dataset_id": "sans-metadonnees"}, "metadata"),
    ({**BODY, "metadata": {"default": {"language": {"value": "fr"}}}}, "metadata.default.title"),
    ({**BODY, "metadata": {"default": {"title": {"value": "T"}}}}, "metadata.default.language"),
    ({**BODY, "metadata": {**BODY["metadata"], "inspire": {"x": {"value": 1}}}}, "metadata.inspire"),
    ({**BODY, "metadata": {"default": {**BODY["metadata"]["default"], "frequence": {"value": "x"}}}},
     "metadata.default.frequence"),
    ({**BODY, "metadata": {**BODY["metadata"], "dcat": {"accrualperiodicity": {"value": "annual"}}}},
     "metadata.dcat.accrualperiodicity"),
    ({**BODY, "metadata": {"default": {**BODY["metadata"]["default"], "keyword": {"value": "vélo"}}}},
     "metadata.default.keyword"),
    ({**BODY, "dataset_id": "Pistes Cyclables"}, "dataset_id"),
    ({**BODY, "metadata": {"default": {**BODY["metadata"]["default"], "language": {"value": "fre"}}}},
     "metadata.default.language"),
])
def test_invalid_datasets_are_400_with_the_documented_error_payload(ods, body, where):
    response = call(ods, "POST", "datasets/", json=body)

    assert response.status_code == 400
    assert response.json()["error_code"] == "ValidationError" and where in response.json()["detail"]
    assert ods.datasets == {}


def test_a_domain_without_the_dcat_template_refuses_dcat_metadata(tmp_path):
    server = OpenDataSoftStandIn(keys={CANARY_KEY: ("editrice", True)}, dcat=False,
                                 data_dir=str(tmp_path / "o")).start()
    try:
        response = call(server, "POST", "datasets/", json=BODY)
    finally:
        server.stop()

    assert response.status_code == 400 and "metadata.dcat" in response.json()["detail"]


def test_dataset_ids_are_unique_and_found_with_the_dataset_id_filter(ods):
    dataset = create(ods)

    duplicate = call(ods, "POST", "datasets/", json=BODY)
    found = call(ods, "GET", "datasets/", params={"dataset_id": "pistes-cyclables"}).json()

    assert duplicate.status_code == 400 and "dataset_id" in duplicate.json()["detail"]
    assert found["total_count"] == 1 and found["results"][0]["uid"] == dataset["uid"]


def test_an_upload_answers_a_dataset_file_and_is_received_in_blocks(ods):
    dataset = create(ods)
    content = b"nom;x\n" + b"troncon;1\n" * 20000

    response = upload(ods, dataset["uid"], content)

    assert response.status_code == 200
    assert set(response.json()) == {"uid", "filename", "mimetype", "created_at"}
    assert response.json()["filename"] == "pistes.csv"
    assert ods.file_content(dataset["uid"], response.json()["uid"]) == content
    assert ods.uploads[0]["largest_read"] <= 64 * 1024


def test_an_upload_without_file_part_is_400(ods):
    dataset = create(ods)

    response = upload(ods, dataset["uid"], field="document")

    assert response.status_code == 400 and response.json()["detail"] == {"file": ["No file was submitted."]}


def test_a_resource_needs_a_known_file_and_a_fitting_extractor(ods):
    dataset = create(ods)
    file_uid = upload(ods, dataset["uid"]).json()["uid"]

    unknown = add_resource(ods, dataset["uid"], "fi_000000")
    mismatch = add_resource(ods, dataset["uid"], file_uid, rtype="geojsonfile")
    created = add_resource(ods, dataset["uid"], file_uid)

    assert unknown.status_code == 400 and "datasource" in unknown.json()["detail"]
    assert mismatch.status_code == 400 and "type" in mismatch.json()["detail"]
    assert created.status_code == 201 and created.json()["uid"].startswith("re_")


def test_publishing_is_asynchronous_and_refused_while_the_dataset_is_busy(ods):
    dataset = create(ods)
    add_resource(ods, dataset["uid"], upload(ods, dataset["uid"]).json()["uid"])

    started = call(ods, "POST", f"datasets/{dataset['uid']}/publish/")
    busy = call(ods, "POST", f"datasets/{dataset['uid']}/publish/")
    states = [status(ods, dataset["uid"]) for _ in range(2)]

    assert started.status_code == 200 and started.json()["status"] == "queued"
    assert busy.status_code == 400 and busy.json()["error_code"] == "InvalidDatasetStatus"
    assert [s["status"] for s in states] == ["processing_all_dataset_data", "idle"]
    assert states[-1]["is_published"] is True


def test_a_dataset_without_resource_ends_its_publication_in_error(ods):
    dataset = create(ods)

    call(ods, "POST", f"datasets/{dataset['uid']}/publish/")
    final = [status(ods, dataset["uid"]) for _ in range(2)][-1]

    assert final["status"] == "error" and final["is_published"] is False and final["message"]


def test_a_published_dataset_keeps_its_dataset_id_and_can_be_unpublished_once(ods):
    dataset = create(ods)
    add_resource(ods, dataset["uid"], upload(ods, dataset["uid"]).json()["uid"])
    call(ods, "POST", f"datasets/{dataset['uid']}/publish/")
    [status(ods, dataset["uid"]) for _ in range(2)]

    renamed = call(ods, "PUT", f"datasets/{dataset['uid']}/", json={"dataset_id": "autre-nom"})
    unpublished = call(ods, "POST", f"datasets/{dataset['uid']}/unpublish/")
    [status(ods, dataset["uid"]) for _ in range(2)]
    again = call(ods, "POST", f"datasets/{dataset['uid']}/unpublish/")

    assert renamed.status_code == 400 and "dataset_id" in renamed.json()["detail"]
    assert unpublished.status_code == 200 and ods.datasets[dataset["uid"]]["is_published"] is False
    assert again.status_code == 400


def test_a_put_replaces_the_fields_it_carries_and_keeps_the_others(ods):
    dataset = create(ods)

    response = call(ods, "PUT", f"datasets/{dataset['uid']}/",
                    json={"metadata": {"default": {"title": {"value": "Pistes et bandes"}}}})

    assert response.status_code == 200
    assert ods.value(dataset["uid"], "default", "title") == "Pistes et bandes"
    assert ods.value(dataset["uid"], "default", "keyword") == ["vélo"]


def test_delete_is_204_then_404(ods):
    dataset = create(ods)

    assert call(ods, "DELETE", f"datasets/{dataset['uid']}/").status_code == 204
    assert call(ods, "GET", f"datasets/{dataset['uid']}/").status_code == 404


def test_paths_without_their_trailing_slash_are_not_found(ods):
    assert call(ods, "GET", "datasets").status_code == 404


def test_forced_server_errors_are_answered_and_logged_without_the_key(ods):
    ods.fail(503, times=1)

    failed = call(ods, "GET", "datasets/")
    healed = call(ods, "GET", "datasets/", params={"apikey": CANARY_KEY})

    assert (failed.status_code, healed.status_code) == (503, 200)
    assert [r["status"] for r in ods.requests] == [503, 200]
    assert CANARY_KEY not in json.dumps(ods.requests, default=str)  # neither the header nor the query key
