"""Review on GeoNetwork (stand-in): the workflow status endpoints and the search, then the publisher's queue,
decisions and status (GeoNetwork 4's sources are cited in support/standins/geonetwork.py).

The contract tests use plain ``requests``, independent of the publisher, so that a lenient stand-in cannot
hide a client bug.
"""
import pytest
import requests

from passerelle.publishers.geonetwork import GeoNetworkPublisher
from passerelle.publishers.http import PublishError
from support.sdi_standins import CANARY, client
from test_geonetwork_standin_contract import UUID, insert, session

OTHER = "0a0a0a0a-0000-4000-8000-000000000001"


def set_status(s, server, status, message="", uuid=UUID):
    return s.put(f"{server.base_url}/srv/api/records/{uuid}/status", json={"status": status, "changeMessage": message},
                 headers={"Accept": "application/json"})


def search(s, server, query, **body):
    return s.post(f"{server.base_url}/srv/api/search/records/_search", json={"query": query, **body},
                  headers={"Accept": "application/json"})


SUBMITTED = {"bool": {"filter": [{"term": {"statusWorkflow": "submitted"}}, {"term": {"isTemplate": "n"}}]}}


# --- the stand-in's contract -------------------------------------------------------------------------

def test_an_editor_submits_and_a_reviewer_approves_or_rejects_with_a_message(geonetwork):
    geonetwork.workflow_enabled = True
    editor, reviewer = session(geonetwork, "editeur"), session(geonetwork, "relecteur")
    insert(editor, geonetwork)

    submitted = set_status(editor, geonetwork, 4, "Pour relecture")
    self_approved = set_status(editor, geonetwork, 2, "Je m'approuve")
    rejected = set_status(reviewer, geonetwork, 5, "Précisez la généalogie.")

    assert submitted.status_code == 201
    assert self_approved.status_code == 403 and self_approved.json()["code"] == "forbidden"
    assert rejected.status_code == 201
    assert geonetwork.workflow_status(UUID) == "rejected"
    history = editor.get(f"{geonetwork.base_url}/srv/api/records/{UUID}/status",
                         headers={"Accept": "application/json"}).json()
    assert [h["statusValue"]["name"] for h in history] == ["rejected", "submitted", "draft"]  # latest first
    assert history[0]["changeMessage"] == "Précisez la généalogie."
    assert history[0]["authorName"] == "Dominique Relecteur" and history[0]["dateChange"]


def test_an_unknown_status_is_a_400_and_a_disabled_workflow_refuses_any(geonetwork):
    s = session(geonetwork, "relecteur")
    insert(session(geonetwork, "editeur"), geonetwork)

    disabled = set_status(s, geonetwork, 2)
    geonetwork.workflow_enabled = True
    unknown = set_status(s, geonetwork, 42)

    assert disabled.status_code == 400 and disabled.json()["code"] == "feature_disabled"
    assert unknown.status_code == 400


def test_search_lists_the_submitted_records_the_user_may_see(geonetwork):
    geonetwork.workflow_enabled = True
    editor = session(geonetwork, "editeur")
    insert(editor, geonetwork, title="Soumise")
    insert(editor, geonetwork, uuid=OTHER, title="Brouillon")
    set_status(editor, geonetwork, 4)

    answer = search(session(geonetwork, "relecteur"), geonetwork, SUBMITTED,
                    _source={"includes": ["uuid", "resourceTitleObject", "groupOwner"]}, size=10)
    anonymous = search(requests.Session(), geonetwork, SUBMITTED)

    hits = answer.json()["hits"]
    assert answer.status_code == 200 and hits["total"]["value"] == 1
    assert hits["hits"][0]["_source"] == {"uuid": UUID, "resourceTitleObject": {"default": "Soumise",
                                                                               "langfre": "Soumise"},
                                          "groupOwner": "2"}
    assert anonymous.status_code == 200 and anonymous.json()["hits"]["total"]["value"] == 0  # not public


def test_search_pages_with_from_and_size(geonetwork):
    geonetwork.workflow_enabled = True
    editor = session(geonetwork, "editeur")
    uuids = [f"0a0a0a0a-0000-4000-8000-00000000000{i}" for i in range(5)]
    for uuid in uuids:
        insert(editor, geonetwork, uuid=uuid)
        set_status(editor, geonetwork, 4, uuid=uuid)

    pages = [search(editor, geonetwork, SUBMITTED, sort=[{"uuid": "asc"}], size=2, **{"from": start}).json()
             for start in (0, 2, 4)]

    assert [h["_id"] for page in pages for h in page["hits"]["hits"]] == uuids
    assert {page["hits"]["total"]["value"] for page in pages} == {5}


def test_search_refuses_a_query_it_does_not_understand(geonetwork):
    answer = search(session(geonetwork), geonetwork, {"query_string": {"query": "status:4"}})

    assert answer.status_code == 400 and answer.json()["error"]["type"] == "parsing_exception"


# --- the publisher: queue, decisions, status ---------------------------------------------------------

def publisher(server, user, **settings):
    settings = {"url": server.base_url, "group": "sig-commune", "review": True, **settings}
    return GeoNetworkPublisher("catalogue", settings, client(server.base_url, user, CANARY, "GeoNetwork test"))


def submitted(server, make_package, title="Pistes cyclables"):
    package = make_package(title=title)
    publisher(server, "editeur").publish(package, {"online_resources": []})
    return package


def test_the_queue_lists_each_submission_with_its_record_as_received(geonetwork, make_package):
    geonetwork.workflow_enabled = True
    first = submitted(geonetwork, make_package, "Pistes cyclables")
    second = submitted(geonetwork, make_package, "Arrêts de bus")

    queue = publisher(geonetwork, "relecteur").submissions()

    assert [item["identifier"] for item in queue] == [first.identifier, second.identifier]
    item = queue[0]
    assert item["title"] == "Pistes cyclables" and item["organisation"] == "sig-commune"
    assert item["author"] == "Camille Martin" and item["submitted"]
    assert item["xml"] == geonetwork.records[first.identifier]["xml"]
    assert item["url"].endswith(f"/srv/api/records/{first.identifier}")


def test_approving_publishes_to_all_and_the_author_reads_approved(geonetwork, make_package):
    geonetwork.workflow_enabled = True
    package = submitted(geonetwork, make_package)

    after = publisher(geonetwork, "relecteur").review(package.identifier, {}, "approve", "Merci.")
    seen_by_author = publisher(geonetwork, "editeur").status(package.identifier, {})

    assert geonetwork.workflow_status(package.identifier) == "approved" and geonetwork.is_public(package.identifier)
    assert after["review"]["state"] == "approved" and after["published"]
    assert seen_by_author["review"] == {"state": "approved", "comment": "Merci.",
                                        "date": seen_by_author["review"]["date"], "by": "Dominique Relecteur"}
    assert publisher(geonetwork, "relecteur").submissions() == []


def test_rejecting_keeps_the_record_private_with_the_comment_for_the_author(geonetwork, make_package):
    geonetwork.workflow_enabled = True
    package = submitted(geonetwork, make_package)

    publisher(geonetwork, "relecteur").review(package.identifier, {}, "reject", "Le résumé est vide de sens.")
    seen = publisher(geonetwork, "editeur").status(package.identifier, {})

    assert not geonetwork.is_public(package.identifier)
    assert seen["review"]["state"] == "rejected" and seen["review"]["comment"] == "Le résumé est vide de sens."


def test_an_editor_cannot_approve_and_is_told_why(geonetwork, make_package):
    geonetwork.workflow_enabled = True
    package = submitted(geonetwork, make_package)

    with pytest.raises(PublishError) as refused:
        publisher(geonetwork, "editeur").review(package.identifier, {}, "approve")

    assert refused.value.code == "review.forbidden" and "relecteur" in refused.value.message_fr
    assert geonetwork.workflow_status(package.identifier) == "submitted"
    assert CANARY not in refused.value.message_fr + refused.value.message_en


def test_a_decision_stands_until_the_content_changes(geonetwork, make_package):
    geonetwork.workflow_enabled = True
    package = submitted(geonetwork, make_package)
    author = publisher(geonetwork, "editeur")
    publisher(geonetwork, "relecteur").review(package.identifier, {}, "reject", "Précisez la généalogie.")

    author.publish(package, {"online_resources": []})  # the same content again: the rejection stands
    still = geonetwork.workflow_status(package.identifier)
    author.publish(make_package(title="Pistes cyclables (corrigé)", identifier=package.identifier, content_hash="h2"),
                   {"online_resources": []})

    assert still == "rejected"
    assert geonetwork.workflow_status(package.identifier) == "submitted"
    assert [i["identifier"] for i in publisher(geonetwork, "relecteur").submissions()] == [package.identifier]


def test_reviewing_a_record_the_catalogue_does_not_hold_is_review_not_found(geonetwork):
    geonetwork.workflow_enabled = True

    with pytest.raises(PublishError) as missing:
        publisher(geonetwork, "relecteur").review("4b1f3c52-9a4e-4b7e-8e8a-1d2c3b4a5f61", {}, "approve")

    assert missing.value.code == "review.not-found"


# --- the API's refusals, before anything is sent ------------------------------------------------------

def test_a_profile_without_review_has_no_queue_and_decisions_are_checked_before_any_request(geonetwork):
    from passerelle import api
    from passerelle.catalogue.errors import PasserelleError
    from passerelle.context import Context
    from passerelle.publishers.http import Credentials

    no_review = {"name": "sans-relecture", "targets": {"catalogue": {"type": "geonetwork", "url": geonetwork.base_url,
                                                                     "group": "sig-commune"}}}
    reviewed = {"name": "relecture", "review": True, "targets": no_review["targets"]}
    context = Context(reviewed, credentials_for=lambda _authcfg: Credentials("relecteur", CANARY))
    sent = len(geonetwork.requests)

    refusals = {}
    for call in (lambda: api.review_queue(no_review),
                 lambda: api.review(UUID, decision="maybe", context=context),
                 lambda: api.review(UUID, decision="reject", comment="  ", context=context),
                 lambda: api.review(UUID, decision="reject", comment="x" * 2001, context=context),
                 lambda: api.review("../../etc/passwd", decision="approve", context=context)):
        with pytest.raises(PasserelleError) as refused:
            call()
        refusals[refused.value.code] = refused.value.message_fr
    assert list(refusals) == ["review.none", "review.decision", "review.comment-required",
                              "review.comment-too-long", "record.identifier-invalid"]
    assert len(geonetwork.requests) == sent  # nothing reached the catalogue
