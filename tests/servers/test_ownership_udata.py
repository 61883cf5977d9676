"""Real udata 17: datasets Passerelle did not create are never modified nor deleted.

The foreign datasets are created through udata's API with another organisation's key (or by hand in our own
organisation, without the identifier extra), never through the publisher.
"""
import pytest
import requests

from passerelle.publishers.http import PublishError
from passerelle.publishers.ownership import NOT_OURS
from passerelle.publishers.udata import IDENTIFIER_EXTRA
from support.udata_publishing import dataset, make_package, make_publisher, make_record, ours


def create(udata, key, organisation, record, extras=True):
    body = {"title": record.title, "description": "Saisi à la main.", "organization": organisation,
            "extras": {IDENTIFIER_EXTRA: record.identifier} if extras else {}}
    response = requests.post(f"{udata.url}/api/1/datasets/", json=body, headers={"X-API-KEY": key}, timeout=30)
    assert response.status_code == 201, response.text
    return response.json()


def test_another_organisations_dataset_with_our_identifier_is_never_touched(udata, tmp_path):
    record = make_record()
    theirs = create(udata, udata.other_api_key, udata.other_organisation, record)  # another Passerelle's
    publisher = make_publisher(udata)

    result = publisher.publish(make_package(record, tmp_path), {})
    publisher.unpublish(record.identifier, result.ids)

    assert result.ids["dataset"] != theirs["id"] and result.created == ["dataset"]
    assert dataset(udata, result.ids["dataset"])["deleted"]
    after = dataset(udata, theirs["id"], key=False)
    assert after["deleted"] is None and after["description"] == "Saisi à la main."
    assert after["last_modified"][:23] == theirs["last_modified"][:23]  # stored to the millisecond


def test_a_registry_entry_pointing_at_another_organisations_dataset_deletes_nothing(udata):
    record = make_record()
    theirs = create(udata, udata.other_api_key, udata.other_organisation, record)

    with pytest.raises(PublishError) as refused:  # e.g. a registry copied from a colleague's machine
        make_publisher(udata).unpublish(record.identifier, {"dataset": theirs["id"]})

    assert refused.value.code == NOT_OURS and "Autre organisation" in refused.value.message_fr
    assert dataset(udata, theirs["id"], key=False)["deleted"] is None


def test_a_dataset_typed_by_hand_in_our_organisation_with_the_same_title_is_left_alone(udata, tmp_path):
    record = make_record()
    by_hand = create(udata, udata.api_key, udata.organisation, record, extras=False)
    publisher = make_publisher(udata)

    result = publisher.publish(make_package(record, tmp_path), {})
    publisher.unpublish(record.identifier, result.ids)

    assert result.ids["dataset"] != by_hand["id"]
    assert dataset(udata, by_hand["id"], key=False)["deleted"] is None
    assert dataset(udata, by_hand["id"], key=False)["description"] == "Saisi à la main."
    assert all(d["deleted"] for d in ours(udata, record.identifier))  # ours, and only ours, is gone
