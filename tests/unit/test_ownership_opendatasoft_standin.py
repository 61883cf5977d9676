"""OpenDataSoft stand-in: dataset ids never collide, a dataset Passerelle did not create is never touched.

The foreign datasets are created in the stand-in directly (as in the portal's back-office).
"""
import copy

import pytest

from passerelle.publishers.http import PublishError
from passerelle.publishers.opendatasoft import OpenDataSoftPublisher
from passerelle.publishers.ownership import NOT_OURS
from support.catalogue_standins import CANARY_KEY, IDENTIFIER, ods_client, service_links


def publisher(server, **settings):
    settings = {"url": server.url, "poll_interval": 0, "poll_max": 10, **settings}
    return OpenDataSoftPublisher("portail", settings, ods_client(server, CANARY_KEY))


def writes(server):
    return [r for r in server.requests if r["method"] in ("POST", "PUT", "DELETE")]


@pytest.mark.parametrize("prefix", ["", "passerelle-", "agglo_"])
def test_identifiers_that_slug_alike_get_different_dataset_ids(ods, prefix):
    target = publisher(ods, dataset_id_prefix=prefix)

    ids = {identifier: target.dataset_id(identifier)
           for identifier in ("FR/Voirie", "fr-voirie", "FR-Voirie", "fr_voirie", "fr.voirie", "x" * 300)}

    assert len(set(ids.values())) == len(ids)
    assert all(dataset_id.startswith(prefix) and len(dataset_id) <= 100 for dataset_id in ids.values())
    assert ids == {identifier: publisher(ods, dataset_id_prefix=prefix).dataset_id(identifier) for identifier in ids}


def test_two_layers_whose_identifiers_slug_alike_get_two_datasets(ods, make_catalogue_package):
    target = publisher(ods)

    first = target.publish(make_catalogue_package(identifier="FR-Voirie", name="voirie"), {})
    second = target.publish(make_catalogue_package(identifier="fr-voirie", name="voirie2", title="Autre voirie"), {})

    assert first.ids["uid"] != second.ids["uid"] and len(ods.datasets) == 2
    assert ods.value(first.ids["uid"], "default", "title") == "Pistes cyclables"


def test_publish_refuses_a_back_office_dataset_of_the_same_id_and_names_its_publisher(ods, make_catalogue_package):
    target = publisher(ods)
    theirs = ods.add_dataset(target.dataset_id(IDENTIFIER))
    before = copy.deepcopy(theirs)

    with pytest.raises(PublishError) as refused:
        target.publish(make_catalogue_package(), {"online_resources": service_links()})

    assert refused.value.code == NOT_OURS and "Service voirie" in refused.value.message_fr
    assert ods.datasets[theirs["uid"]] == before  # metadata, resources and publication untouched
    assert writes(ods) == []


def test_unpublish_never_deletes_a_back_office_dataset(ods):
    target = publisher(ods)
    theirs = ods.add_dataset(target.dataset_id(IDENTIFIER), references="https://voirie.example/source")

    with pytest.raises(PublishError) as by_uid:
        target.unpublish(IDENTIFIER, {"uid": theirs["uid"], "dataset_id": theirs["dataset_id"]})
    with pytest.raises(PublishError) as by_id:
        target.unpublish(IDENTIFIER, {})

    assert by_uid.value.code == by_id.value.code == NOT_OURS
    assert theirs["uid"] in ods.datasets and ods.log_of("DELETE") == []


def test_a_mark_naming_another_record_is_not_ours(ods, make_catalogue_package):
    target = publisher(ods)
    ods.add_dataset(target.dataset_id(IDENTIFIER), references="passerelle:another-record")

    with pytest.raises(PublishError) as refused:
        target.publish(make_catalogue_package(), {})

    assert refused.value.code == NOT_OURS


def test_adopt_takes_the_dataset_over_then_republish_updates_and_unpublish_deletes(ods, make_catalogue_package):
    target = publisher(ods)
    theirs = ods.add_dataset(target.dataset_id(IDENTIFIER))
    package = make_catalogue_package()
    package.adopt = True

    result = target.publish(package, {})

    assert result.ids["uid"] == theirs["uid"] and result.created == []
    assert ods.value(theirs["uid"], "default", "references") == f"passerelle:{IDENTIFIER}"
    assert ods.value(theirs["uid"], "default", "title") == "Pistes cyclables"
    [resource] = ods.datasets[theirs["uid"]]["resources"].values()
    assert resource["type"] == "geojsonfile"  # the layer's data replaced the back-office CSV
    republished = target.publish(make_catalogue_package(title="Pistes 2026"), {})
    assert republished.changed and ods.value(theirs["uid"], "default", "title") == "Pistes 2026"
    target.unpublish(IDENTIFIER, result.ids)
    assert theirs["uid"] not in ods.datasets


def test_the_mark_may_live_in_another_field_the_profile_names(ods, make_catalogue_package):
    target = publisher(ods, ownership_field="dcat.dataquality")

    result = target.publish(make_catalogue_package(), {})
    target.unpublish(IDENTIFIER, result.ids)

    assert ods.log_of("DELETE")[0]["status"] == 204
    assert ods.datasets == {}


def test_a_uid_read_from_the_registry_stays_one_quoted_path_segment(ods, make_catalogue_package):
    target = publisher(ods)
    kept = target.publish(make_catalogue_package(identifier="0b6c9d3e-1111-4c8e-9a6f-0d2b7e4c1a90"), {})

    target.unpublish(IDENTIFIER, {"uid": f"../{kept.ids['uid']}"})  # a tampered registry

    [read] = [r for r in ods.requests if r["method"] == "GET" and "%2F" in r["raw_path"]]
    assert read["raw_path"] == f"/api/automation/v1.0/datasets/..%2F{kept.ids['uid']}/" and read["status"] == 404
    assert kept.ids["uid"] in ods.datasets and ods.log_of("DELETE") == []


def test_a_dataset_created_in_the_back_office_between_our_read_and_our_create_is_never_taken(
        ods, make_catalogue_package, monkeypatch):
    target = publisher(ods)
    real_find = target._find
    reads = []

    def absent_at_first_read(dataset_id):
        reads.append(dataset_id)
        if len(reads) == 1:
            ods.add_dataset(dataset_id)  # someone creates it right now, in the back-office
            return None
        return real_find(dataset_id)

    monkeypatch.setattr(target, "_find", absent_at_first_read)

    with pytest.raises(PublishError) as refused:
        target.publish(make_catalogue_package(), {})

    [theirs] = ods.datasets.values()
    assert refused.value.code == NOT_OURS
    assert ods.value(theirs["uid"], "default", "title") == "Jeu du back-office"
