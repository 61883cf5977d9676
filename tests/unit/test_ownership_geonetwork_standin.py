"""GeoNetwork stand-in: a record Passerelle did not create is never modified nor deleted, adopt takes it over.

The foreign records are put straight into the catalogue (as a colleague's editor account or a harvester
would), never through the publisher.
"""
import pytest
import requests

from passerelle.catalogue.errors import PasserelleError
from passerelle.publishers.geonetwork import GeoNetworkPublisher
from passerelle.publishers.http import PublishError, parse_xml
from passerelle.publishers.ownership import NOT_OURS, is_marked
from support.sdi_standins import CANARY, client

FOREIGN = """<?xml version="1.0" encoding="UTF-8"?>
<gmd:MD_Metadata xmlns:gmd="http://www.isotc211.org/2005/gmd" xmlns:gco="http://www.isotc211.org/2005/gco">
  <gmd:fileIdentifier><gco:CharacterString>{uuid}</gco:CharacterString></gmd:fileIdentifier>
  <gmd:contact><gmd:CI_ResponsibleParty><gmd:organisationName><gco:CharacterString>Service urbanisme
  </gco:CharacterString></gmd:organisationName></gmd:CI_ResponsibleParty></gmd:contact>
  <gmd:identificationInfo><gmd:MD_DataIdentification><gmd:citation><gmd:CI_Citation>
    <gmd:title><gco:CharacterString>Plan local d'urbanisme</gco:CharacterString></gmd:title>
  </gmd:CI_Citation></gmd:citation></gmd:MD_DataIdentification></gmd:identificationInfo>
</gmd:MD_Metadata>"""


def publisher(server, user="editeur", **settings):
    settings = {"url": server.base_url, "group": "sig-commune", "publish": False, **settings}
    return GeoNetworkPublisher("catalogue", settings, client(server.base_url, user, CANARY, "GeoNetwork test"))


def writes(server):
    return [r for r in server.requests if r["method"] in ("PUT", "POST", "DELETE")]


@pytest.fixture
def colleague_record(geonetwork, make_package):
    """A public record of the « urbanisme » group (another service), with the uuid of our layer's record."""
    package = make_package()
    geonetwork.add_record(package.identifier, FOREIGN.format(uuid=package.identifier).encode(), group=3)
    return package


def test_publish_refuses_a_colleagues_record_naming_its_group_and_contact(geonetwork, colleague_record):
    before = dict(geonetwork.records[colleague_record.identifier])

    with pytest.raises(PublishError) as refused:
        publisher(geonetwork).publish(colleague_record, {"online_resources": []})

    assert refused.value.code == NOT_OURS
    assert "urbanisme" in refused.value.message_fr and "Service urbanisme" in refused.value.message_fr
    assert geonetwork.records[colleague_record.identifier] == before
    assert writes(geonetwork) == []


def test_unpublish_never_deletes_a_colleagues_record_even_with_our_uuid(geonetwork, colleague_record):
    with pytest.raises(PublishError) as refused:
        publisher(geonetwork).unpublish(colleague_record.identifier, {"uuid": colleague_record.identifier})

    assert refused.value.code == NOT_OURS
    assert colleague_record.identifier in geonetwork.records
    assert geonetwork.log_of("DELETE") == []


def test_a_record_of_our_group_without_the_mark_is_not_ours_either(geonetwork, make_package):
    package = make_package()
    geonetwork.add_record(package.identifier, FOREIGN.format(uuid=package.identifier).encode(), group=2,
                          owner="editeur")  # typed by hand in GeoNetwork by a colleague of the same group

    with pytest.raises(PublishError) as refused:
        publisher(geonetwork).publish(package, {"online_resources": []})
    with pytest.raises(PublishError):
        publisher(geonetwork).unpublish(package.identifier, {"uuid": package.identifier})

    assert refused.value.code == NOT_OURS and "sig-commune" in refused.value.message_fr
    assert b"Plan local" in geonetwork.records[package.identifier]["xml"]


def test_a_marked_record_of_another_group_is_another_passerelles_and_not_ours(geonetwork, make_package):
    package = make_package()
    other = publisher(geonetwork, user="urbaniste", group="urbanisme")
    geonetwork.users["urbaniste"]["password"] = CANARY
    other.publish(package, {"online_resources": []})  # another service's Passerelle, same record identifier

    with pytest.raises(PublishError) as refused:
        publisher(geonetwork).publish(package, {"online_resources": []})

    assert refused.value.code == NOT_OURS
    assert geonetwork.records[package.identifier]["group"] == 3


def test_a_record_the_account_cannot_even_read_is_refused_as_not_adoptable(geonetwork, make_package):
    package = make_package()
    geonetwork.add_record(package.identifier, FOREIGN.format(uuid=package.identifier).encode(), group=3,
                          public=False)

    with pytest.raises(PublishError) as refused:
        publisher(geonetwork).publish(package, {"online_resources": []})

    assert refused.value.code == NOT_OURS and not refused.value.adoptable
    assert writes(geonetwork) == []


def test_adopt_takes_over_a_record_of_our_group_then_it_is_ours(geonetwork, make_package):
    package = make_package()
    geonetwork.add_record(package.identifier, FOREIGN.format(uuid=package.identifier).encode(), group=2,
                          owner="relecteur")
    package.adopt = True
    target = publisher(geonetwork)

    result = target.publish(package, {"online_resources": []})

    record = geonetwork.records[package.identifier]
    assert is_marked(parse_xml(record["xml"]), package.identifier)
    assert geonetwork.record_title(package.identifier) == "Pistes cyclables"
    assert result.changed and result.created == []
    # then it is ours: republished without adopt it updates, unpublished it goes
    package.adopt = False
    package.record.title = "Pistes cyclables 2026"
    target.publish(package, {"online_resources": []})
    assert geonetwork.record_title(package.identifier) == "Pistes cyclables 2026"
    target.unpublish(package.identifier, result.ids)
    assert package.identifier not in geonetwork.records


def test_adopting_a_record_of_another_group_moves_it_to_ours_when_the_account_may(geonetwork, make_package):
    package = make_package()
    geonetwork.add_record(package.identifier, FOREIGN.format(uuid=package.identifier).encode(), group=3)
    geonetwork.users["editeur"]["groups"][3] = "Editor"  # an editor of both services
    package.adopt = True

    publisher(geonetwork).publish(package, {"online_resources": []})

    assert geonetwork.records[package.identifier]["group"] == 2
    assert geonetwork.log_of("PUT", "/group")[0]["status"] == 204


def test_adopting_what_the_account_may_not_edit_is_refused_by_geonetwork_and_changes_nothing(geonetwork,
                                                                                             colleague_record):
    colleague_record.adopt = True
    before = dict(geonetwork.records[colleague_record.identifier])

    with pytest.raises(PublishError) as refused:
        publisher(geonetwork).publish(colleague_record, {"online_resources": []})

    assert refused.value.code == "publish.forbidden"
    assert geonetwork.records[colleague_record.identifier] == before


def test_a_record_created_between_our_read_and_our_import_is_never_overwritten(geonetwork, make_package,
                                                                               monkeypatch):
    package = make_package()
    target = publisher(geonetwork)
    original = target._read
    calls = []

    def read_then_colleague_inserts(uuid, must_see=False):
        found = original(uuid, must_see)
        if not calls:
            geonetwork.add_record(uuid, FOREIGN.format(uuid=uuid).encode(), group=3)
        calls.append(uuid)
        return found

    monkeypatch.setattr(target, "_read", read_then_colleague_inserts)

    with pytest.raises(PublishError) as refused:
        target.publish(package, {"online_resources": []})

    assert refused.value.code == NOT_OURS
    assert b"Plan local" in geonetwork.records[package.identifier]["xml"]
    assert [r["query"]["uuidProcessing"] for r in geonetwork.log_of("PUT", "/srv/api/records")] == [["NOTHING"]]


def test_a_traversal_identifier_never_reaches_another_api_path(geonetwork, make_package):
    package = make_package(identifier="../users/5")

    with pytest.raises(PasserelleError) as publish_refused:
        publisher(geonetwork).publish(package, {"online_resources": []})
    with pytest.raises(PasserelleError) as unpublish_refused:
        publisher(geonetwork).unpublish("x", {"uuid": "../users/5"})

    assert publish_refused.value.code == unpublish_refused.value.code == "record.identifier-invalid"
    assert not any("users" in r["path"] for r in geonetwork.requests)


def test_the_stand_in_refuses_encoded_slashes_like_spring_security(geonetwork):
    response = requests.delete(f"{geonetwork.base_url}/srv/api/records/..%2Fusers%2F5", auth=("editeur", CANARY))

    assert response.status_code == 400
