"""The GeoNetwork stand-in refuses what GeoNetwork 4 refuses (sources cited in tests/support/standins/geonetwork.py).

Plain ``requests`` calls, independent of the publisher, so that a lenient stand-in cannot hide a
client bug.
"""
import requests

from support.sdi_standins import CANARY


ISO = """<?xml version="1.0" encoding="UTF-8"?>
<gmd:MD_Metadata xmlns:gmd="http://www.isotc211.org/2005/gmd" xmlns:gco="http://www.isotc211.org/2005/gco">
  <gmd:fileIdentifier><gco:CharacterString>{uuid}</gco:CharacterString></gmd:fileIdentifier>
  <gmd:identificationInfo><gmd:MD_DataIdentification><gmd:citation><gmd:CI_Citation>
    <gmd:title><gco:CharacterString>{title}</gco:CharacterString></gmd:title>
  </gmd:CI_Citation></gmd:citation></gmd:MD_DataIdentification></gmd:identificationInfo>
</gmd:MD_Metadata>"""
UUID = "7b1f3c52-9a4e-4b7e-8e8a-1d2c3b4a5f60"


def session(server, user="editeur", password=CANARY, token=True):
    s = requests.Session()
    s.trust_env = False
    if user:
        s.auth = (user, password)
    if token:
        s.get(f"{server.base_url}/srv/api/me")
        s.headers["X-XSRF-TOKEN"] = s.cookies.get("XSRF-TOKEN")
    return s


def insert(s, server, uuid=UUID, title="Pistes", processing="NOTHING", group="2", **params):
    return s.put(f"{server.base_url}/srv/api/records", data=ISO.format(uuid=uuid, title=title).encode(),
                 headers={"Content-Type": "application/xml", "Accept": "application/json"},
                 params={"metadataType": "METADATA", "uuidProcessing": processing, "group": group, **params})


def test_me_tells_anonymous_callers_apart_and_sets_the_xsrf_cookie(geonetwork):
    anonymous = requests.get(f"{geonetwork.base_url}/srv/api/me")
    signed_in = requests.get(f"{geonetwork.base_url}/srv/api/me", auth=("editeur", CANARY))

    assert anonymous.status_code == 204
    assert anonymous.cookies.get("XSRF-TOKEN")
    assert signed_in.status_code == 200 and signed_in.json()["groupsWithEditor"] == [2]


def test_wrong_password_is_refused_with_401(geonetwork):
    response = requests.get(f"{geonetwork.base_url}/srv/api/me", auth=("editeur", "wrong"))

    assert response.status_code == 401


def test_a_write_without_the_xsrf_header_is_refused_with_403(geonetwork):
    s = session(geonetwork, token=False)
    s.get(f"{geonetwork.base_url}/srv/api/me")  # has the cookie, but does not echo it

    response = insert(s, geonetwork)

    assert response.status_code == 403 and "CSRF" in response.text
    assert geonetwork.records == {}


def test_a_header_that_does_not_match_the_cookie_is_refused_with_403(geonetwork):
    s = session(geonetwork)
    s.headers["X-XSRF-TOKEN"] = "forged"

    assert insert(s, geonetwork).status_code == 403


def test_a_write_without_credentials_is_refused_with_401(geonetwork):
    s = session(geonetwork, user=None)

    assert insert(s, geonetwork).status_code == 401


def test_a_registered_user_without_editor_profile_cannot_insert(geonetwork):
    s = session(geonetwork, user="lecteur")

    response = insert(s, geonetwork)

    assert response.status_code == 403 and response.json()["code"] == "forbidden"


def test_insert_accepts_only_application_xml(geonetwork):
    s = session(geonetwork)
    response = s.put(f"{geonetwork.base_url}/srv/api/records", data=ISO.format(uuid=UUID, title="x").encode(),
                     headers={"Content-Type": "text/plain"}, params={"group": "2"})

    assert response.status_code == 415


def test_an_unreadable_xml_fragment_is_a_400_api_error(geonetwork):
    s = session(geonetwork)
    response = s.put(f"{geonetwork.base_url}/srv/api/records", data=b"<gmd:MD_Metadata",
                     headers={"Content-Type": "application/xml"}, params={"group": "2"})

    assert response.status_code == 400
    assert response.json()["code"] == "unsatisfied_request_parameter"
    assert "XML fragment is invalid" in response.json()["message"]


def test_insert_answers_201_with_a_processing_report(geonetwork):
    response = insert(session(geonetwork), geonetwork)

    report = response.json()
    assert response.status_code == 201
    assert report["numberOfRecordsProcessed"] == 1 and report["numberOfRecordsWithErrors"] == 0
    assert [info["uuid"] for infos in report["metadataInfos"].values() for info in infos] == [UUID]


def test_nothing_refuses_an_existing_uuid_and_overwrite_replaces_it(geonetwork):
    s = session(geonetwork)
    insert(s, geonetwork, title="Première")

    duplicate = insert(s, geonetwork, title="Doublon", processing="NOTHING")
    overwrite = insert(s, geonetwork, title="Seconde", processing="OVERWRITE")

    assert duplicate.status_code == 400 and UUID in duplicate.json()["message"]
    assert overwrite.status_code == 201
    assert list(geonetwork.records) == [UUID]
    assert geonetwork.record_title(UUID) == "Seconde"


def test_generate_uuid_makes_a_second_record(geonetwork):
    s = session(geonetwork)
    insert(s, geonetwork)

    insert(s, geonetwork, processing="GENERATEUUID")

    assert len(geonetwork.records) == 2


def test_an_unknown_group_is_a_400(geonetwork):
    response = insert(session(geonetwork), geonetwork, group="99")

    assert response.status_code == 400
    assert geonetwork.records == {}


def test_get_answers_404_when_absent_and_delete_removes_exactly_that_uuid(geonetwork):
    s = session(geonetwork)
    insert(s, geonetwork)
    insert(s, geonetwork, uuid="0a0a0a0a-0000-4000-8000-000000000000")

    missing = s.get(f"{geonetwork.base_url}/srv/api/records/nope", headers={"Accept": "application/xml"})
    deleted = s.delete(f"{geonetwork.base_url}/srv/api/records/{UUID}")

    assert missing.status_code == 404
    assert deleted.status_code == 204
    assert list(geonetwork.records) == ["0a0a0a0a-0000-4000-8000-000000000000"]


def test_a_private_record_is_hidden_from_anonymous_readers(geonetwork):
    insert(session(geonetwork), geonetwork)

    response = requests.get(f"{geonetwork.base_url}/srv/api/records/{UUID}", headers={"Accept": "application/xml"})

    assert response.status_code == 403


def test_publish_needs_the_reviewer_profile(geonetwork):
    insert(session(geonetwork), geonetwork)
    url = f"{geonetwork.base_url}/srv/api/records/{UUID}/publish"

    by_editor = session(geonetwork).put(url)
    by_reviewer = session(geonetwork, user="relecteur").put(url)

    assert by_editor.status_code == 403
    assert by_reviewer.status_code == 204 and geonetwork.is_public(UUID)


def test_publish_to_all_on_import_is_ignored_when_the_workflow_is_enabled(geonetwork):
    geonetwork.workflow_enabled = True

    insert(session(geonetwork), geonetwork, publishToAll="true")

    assert not geonetwork.is_public(UUID)
    assert geonetwork.workflow_status(UUID) == "draft"


def test_status_change_is_refused_while_the_workflow_is_disabled(geonetwork):
    s = session(geonetwork)
    insert(s, geonetwork)

    response = s.put(f"{geonetwork.base_url}/srv/api/records/{UUID}/status", json={"status": 4})

    assert response.status_code == 400 and response.json()["code"] == "feature_disabled"


def test_status_submitted_is_recorded_and_listed_latest_first(geonetwork):
    geonetwork.workflow_enabled = True
    s = session(geonetwork)
    insert(s, geonetwork)

    response = s.put(f"{geonetwork.base_url}/srv/api/records/{UUID}/status", json={"status": 4})
    history = s.get(f"{geonetwork.base_url}/srv/api/records/{UUID}/status").json()

    assert response.status_code == 201
    assert [h["statusValue"]["name"] for h in history] == ["submitted", "draft"]


def test_status_needs_a_json_body(geonetwork):
    geonetwork.workflow_enabled = True
    s = session(geonetwork)
    insert(s, geonetwork)

    response = s.put(f"{geonetwork.base_url}/srv/api/records/{UUID}/status", data="status=4",
                     headers={"Content-Type": "application/x-www-form-urlencoded"})

    assert response.status_code == 415


def test_forced_failures_answer_the_given_status(geonetwork):
    geonetwork.fail(500, times=1)

    first = requests.get(f"{geonetwork.base_url}/srv/api/me")
    second = requests.get(f"{geonetwork.base_url}/srv/api/me")

    assert (first.status_code, second.status_code) == (500, 204)


def test_overwrite_keeps_the_owner_group_and_the_group_parameter_applies_to_new_records_only(geonetwork):
    s = session(geonetwork)
    insert(s, geonetwork, group="2")
    geonetwork.users["editeur"]["groups"][3] = "Editor"

    overwrite = insert(s, geonetwork, title="Seconde", processing="OVERWRITE", group="3")

    assert overwrite.status_code == 201
    assert geonetwork.records[UUID]["group"] == 2  # Importer.importRecord: updateMetadata keeps it


def test_sharing_tells_the_owner_group_and_the_callers_id_as_owner(geonetwork):
    insert(session(geonetwork, user="relecteur"), geonetwork)  # owned by relecteur (id 12)

    sharing = session(geonetwork).get(f"{geonetwork.base_url}/srv/api/records/{UUID}/sharing").json()

    assert sharing["groupOwner"] == "2"
    assert sharing["owner"] == "11"  # the caller (editeur), as GeoNetwork writes it, not the record's owner


def test_the_owner_group_changes_with_put_group_for_who_may_edit_the_record(geonetwork):
    geonetwork.users["urbaniste"]["password"] = CANARY
    insert(session(geonetwork, user="urbaniste"), geonetwork, group="3", publishToAll="false")
    url = f"{geonetwork.base_url}/srv/api/records/{UUID}/group"

    refused = session(geonetwork).put(url, json=2)
    moved = session(geonetwork, user="urbaniste").put(url, json=2)

    assert refused.status_code == 403
    assert moved.status_code == 204 and geonetwork.records[UUID]["group"] == 2


def test_an_encoded_slash_in_the_path_is_rejected_before_routing(geonetwork):
    insert(session(geonetwork), geonetwork)

    response = session(geonetwork).delete(f"{geonetwork.base_url}/srv/api/records/{UUID}%2F..%2F..%2Fusers%2F5")

    assert response.status_code == 400
    assert UUID in geonetwork.records
