"""Real CKAN 2.11: a dataset Passerelle did not create is never modified nor deleted; adopt takes it over.

The foreign datasets are created with the CKAN Action API directly (as another organisation's agent or
a harvester would), never through the publisher.
"""
import pytest

from passerelle.catalogue.record import new_identifier
from passerelle.publishers.ckan import RECORD_EXTRA, dataset_name
from passerelle.publishers.http import PublishError
from passerelle.publishers.ownership import NOT_OURS
from support.ckan_publishing import extras, make_package, make_publisher, make_record, service_links, show


@pytest.fixture(scope="module")
def other_organisation(ckan) -> str:
    return ckan.action("organization_create", name="syndicat-des-eaux", title="Syndicat des eaux du Val")["name"]


def foreign_dataset(ckan, organisation, identifier, **fields):
    """A dataset of the name Passerelle would give ``identifier``, created by hand through the API."""
    return ckan.action("package_create", name=dataset_name(identifier), title="Réseau d'eau potable",
                       notes="Saisi à la main.", owner_org=organisation,
                       resources=[{"name": "Plan", "url": "https://eaux.example/plan.pdf"}], **fields)


def test_publish_refuses_another_organisations_dataset_of_the_same_name_and_names_it(ckan, ckan_organisation,
                                                                                     other_organisation, tmp_path):
    record = make_record()
    theirs = foreign_dataset(ckan, other_organisation, record.identifier)

    with pytest.raises(PublishError) as refused:
        make_publisher(ckan, ckan_organisation).publish(make_package(record, tmp_path), service_links())

    assert refused.value.code == NOT_OURS
    assert "Syndicat des eaux du Val" in refused.value.message_fr and "adopt=True" in refused.value.message_fr
    _, after = show(ckan, theirs["id"])
    assert after["title"] == "Réseau d'eau potable" and after["metadata_modified"] == theirs["metadata_modified"]
    assert [r["name"] for r in after["resources"]] == ["Plan"]


def test_a_dataset_of_another_organisation_carrying_our_identifier_is_not_ours(ckan, ckan_organisation,
                                                                               other_organisation, tmp_path):
    record = make_record()  # another Passerelle installation published the same record identifier there
    theirs = foreign_dataset(ckan, other_organisation, record.identifier,
                             extras=[{"key": RECORD_EXTRA, "value": record.identifier}])
    publisher = make_publisher(ckan, ckan_organisation)

    with pytest.raises(PublishError) as refused:
        publisher.publish(make_package(record, tmp_path), service_links())
    with pytest.raises(PublishError) as not_removed:
        publisher.unpublish(record.identifier, {"dataset": theirs["id"]})

    assert refused.value.code == not_removed.value.code == NOT_OURS
    assert show(ckan, theirs["id"])[1]["state"] == "active"


def test_unpublish_with_the_registry_ids_of_a_dataset_now_foreign_deletes_nothing(ckan, ckan_organisation,
                                                                                  tmp_path):
    identifier = new_identifier()
    theirs = foreign_dataset(ckan, ckan_organisation, identifier)  # our organisation, typed by hand: no mark

    with pytest.raises(PublishError) as refused:
        make_publisher(ckan, ckan_organisation).unpublish(identifier, {"dataset": theirs["id"]})

    assert refused.value.code == NOT_OURS
    assert show(ckan, theirs["id"])[1]["state"] == "active"


def test_adopt_takes_the_dataset_over_keeps_its_own_resources_then_it_is_ours(ckan, ckan_organisation,
                                                                             other_organisation, tmp_path):
    record = make_record()
    theirs = foreign_dataset(ckan, other_organisation, record.identifier)
    package = make_package(record, tmp_path)
    package.adopt = True
    publisher = make_publisher(ckan, ckan_organisation)  # the sysadmin token may move it between organisations

    result = publisher.publish(package, service_links())

    _, adopted = show(ckan, theirs["id"])
    assert result.ids["dataset"] == theirs["id"]
    assert adopted["organization"]["name"] == ckan_organisation
    assert extras(adopted)[RECORD_EXTRA] == record.identifier and adopted["title"] == record.title
    assert "Plan" in [r["name"] for r in adopted["resources"]]  # what was there and is not Passerelle's stays
    package.adopt = False
    assert publisher.publish(package, service_links()).changed is False  # ours now: nothing to send again
    publisher.unpublish(record.identifier, result.ids)
    assert show(ckan, theirs["id"])[0] == 404  # sysadmin token: purged


def test_a_private_dataset_the_token_cannot_read_is_refused_and_cannot_be_adopted(ckan, ckan_organisation,
                                                                                  other_organisation, tmp_path):
    editor = ckan.action("user_create", name="agent-saint-aubin", email="agent@saint-aubin.fr",
                         password="Un-autre-mot-de-passe-long-42")
    ckan.action("organization_member_create", id=ckan_organisation, username=editor["name"], role="editor")
    token = ckan.action("api_token_create", user=editor["name"], name="passerelle")["token"]
    record = make_record()
    theirs = foreign_dataset(ckan, other_organisation, record.identifier, private=True)
    package = make_package(record, tmp_path)
    package.adopt = True

    with pytest.raises(PublishError) as refused:
        make_publisher(ckan, ckan_organisation, token=token).publish(package, service_links())

    assert refused.value.code == NOT_OURS and not refused.value.adoptable
    _, after = show(ckan, theirs["id"])
    assert after["title"] == "Réseau d'eau potable" and after["private"] is True
