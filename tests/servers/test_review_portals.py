"""Review on the real CKAN 2.11 and the real udata 17: an agent's account submits, an administrator's decides.

The agent publishes with ``review`` on (datasets created private, marked as awaiting review); the
administrator lists the queue, approves or rejects with a comment; the agent's live status carries the
decision and the comment. What is public is checked anonymously, with a client of its own.
"""
import pytest
import requests

from passerelle.catalogue.record import new_identifier
from passerelle.publishers.ckan import REVIEW as CKAN_REVIEW
from passerelle.publishers.ckan import dataset_name
from passerelle.publishers.udata import REVIEW as UDATA_REVIEW
from test_ckan_publisher import extras, make_package, make_record
from test_ckan_publisher import make_publisher as ckan_publisher
from test_ckan_publisher import show
from test_udata_publisher import make_package as udata_package
from test_udata_publisher import make_publisher as udata_publisher
from test_udata_publisher import make_record as udata_record


# --- CKAN ----------------------------------------------------------------------------------------------

def ckan_agent(ckan, organisation) -> str:
    """An editor of ``organisation`` (as a commune's agent is), with an API token of its own."""
    name = f"agent-{new_identifier()[:8]}"
    ckan.action("user_create", name=name, email=f"{name}@example.invalid", password=new_identifier())
    ckan.action("organization_member_create", id=organisation, username=name, role="editor")
    return ckan.action("api_token_create", user=name, name="passerelle")["token"]


def test_ckan_a_submission_waits_private_then_approval_makes_it_public_and_the_author_reads_approved(
        ckan, ckan_organisation, tmp_path):
    agent = ckan_publisher(ckan, ckan_organisation, token=ckan_agent(ckan, ckan_organisation), review=True)
    administrator = ckan_publisher(ckan, ckan_organisation, review=True)  # the sysadmin's token
    record = make_record()
    agent.publish(make_package(record, tmp_path), {})
    name = dataset_name(record.identifier)

    anonymous_before = show(ckan, name, token=False)[0]
    queued = [item for item in administrator.submissions() if item["identifier"] == record.identifier]
    after = administrator.review(record.identifier, {}, "approve", "Conforme, merci.")
    status, public = show(ckan, name, token=False)
    seen = agent.status(record.identifier, {})
    kept = show(ckan, name)[1]

    assert anonymous_before in (403, 404)  # private while it waits
    assert len(queued) == 1
    item = queued[0]
    assert item["title"] == record.title and item["organisation"] == "Commune de Saint-Aubin"
    assert item["record"].identifier == record.identifier and item["record"].licence == record.licence
    assert item["record"].frequency == record.frequency and item["record"].extent is not None
    assert after["review"]["state"] == "approved" and after["private"] is False
    assert status == 200 and public["private"] is False
    assert kept["notes"] == record.abstract and len(kept["resources"]) == 3  # the decision touched nothing else
    assert extras(kept)["passerelle_identifier"] == record.identifier
    assert seen["review"]["state"] == "approved" and seen["review"]["comment"] == "Conforme, merci."
    assert record.identifier not in [i["identifier"] for i in administrator.submissions()]


def test_ckan_a_rejection_keeps_the_dataset_private_with_the_comment_until_the_author_changes_it(
        ckan, ckan_organisation, tmp_path):
    agent = ckan_publisher(ckan, ckan_organisation, token=ckan_agent(ckan, ckan_organisation), review=True)
    administrator = ckan_publisher(ckan, ckan_organisation, review=True)
    record = make_record()
    agent.publish(make_package(record, tmp_path / "v1"), {})

    administrator.review(record.identifier, {}, "reject", "Le résumé ne dit pas d'où viennent les données.")
    rejected = agent.status(record.identifier, {})
    agent.publish(make_package(record, tmp_path / "v1"), {})  # the same content: the rejection stands
    unchanged = agent.status(record.identifier, {})["review"]["state"]
    agent.publish(make_package(record.replace(abstract="Relevé GPS 2025 du service voirie."), tmp_path / "v2"), {})
    resubmitted = agent.status(record.identifier, {})
    marks = extras(show(ckan, dataset_name(record.identifier))[1])

    assert rejected["private"] is True and rejected["review"] == {
        "state": "rejected", "comment": "Le résumé ne dit pas d'où viennent les données.",
        "date": rejected["review"]["date"], "by": ""}
    assert show(ckan, dataset_name(record.identifier), token=False)[0] in (403, 404)
    assert unchanged == "rejected"
    assert resubmitted["review"]["state"] == "submitted" and resubmitted["review"]["comment"] == ""
    assert marks[CKAN_REVIEW.keys["state"]] == "submitted"
    assert record.identifier in [i["identifier"] for i in administrator.submissions()]


# --- udata ---------------------------------------------------------------------------------------------

def test_udata_approval_by_the_instance_administrator_makes_the_dataset_public(udata, tmp_path):
    agent = udata_publisher(udata, review=True)
    administrator = udata_publisher(udata, key=udata.admin_api_key, review=True)
    record = udata_record()
    result = agent.publish(udata_package(record, tmp_path), {})
    dataset_id = result.ids["dataset"]

    hidden = requests.get(f"{udata.url}/api/1/datasets/{dataset_id}/", timeout=30).status_code
    _status, before = udata.get(f"datasets/{dataset_id}/", key=udata.api_key)
    queued = [item for item in administrator.submissions() if item["identifier"] == record.identifier]
    administrator.review(record.identifier, {}, "approve", "")
    public = requests.get(f"{udata.url}/api/1/datasets/{dataset_id}/", timeout=30)
    seen = agent.status(record.identifier, {})

    assert hidden in (403, 404, 410)
    assert len(queued) == 1 and queued[0]["organisation"] == "Commune de Saint-Aubin-sur-Loue"
    assert queued[0]["record"].licence == record.licence and queued[0]["record"].frequency == record.frequency
    assert public.status_code == 200 and public.json()["private"] is False
    assert public.json()["extras"][UDATA_REVIEW.keys["state"]] == "approved"
    for kept in ("title", "description", "license", "frequency", "tags", "spatial"):  # the decision kept them
        assert public.json()[kept] == before[kept], kept
    assert [r["id"] for r in public.json()["resources"]] == [r["id"] for r in before["resources"]]
    assert public.json()["extras"]["passerelle:identifier"] == record.identifier
    assert seen["review"]["state"] == "approved" and seen["private"] is False


def test_udata_rejection_keeps_the_dataset_private_and_the_author_reads_the_comment(udata, tmp_path):
    agent = udata_publisher(udata, review=True)
    administrator = udata_publisher(udata, key=udata.admin_api_key, review=True)
    record = udata_record()
    agent.publish(udata_package(record, tmp_path / "v1"), {})

    administrator.review(record.identifier, {}, "reject", "Ajoutez la fréquence réelle de mise à jour.")
    seen = agent.status(record.identifier, {})
    agent.publish(udata_package(record.replace(abstract="Corrigé : relevé annuel."), tmp_path / "v2"), {})
    again = agent.status(record.identifier, {})

    assert seen["private"] is True
    assert seen["review"]["state"] == "rejected"
    assert seen["review"]["comment"] == "Ajoutez la fréquence réelle de mise à jour."
    assert again["review"]["state"] == "submitted" and again["private"] is True
    assert record.identifier in [i["identifier"] for i in administrator.submissions()]


def test_udata_an_account_outside_the_organisation_sees_no_private_submission(udata, tmp_path):
    agent = udata_publisher(udata, review=True)
    record = udata_record()
    agent.publish(udata_package(record, tmp_path), {})

    outsider = udata_publisher(udata, key=udata.other_api_key, review=True)

    assert record.identifier not in [i["identifier"] for i in outsider.submissions()]


# --- through the API (no QGIS needed on the administrator's side) --------------------------------------

def portal_context(kind, url, organisation, credentials):
    from passerelle.context import Context

    profile = {"name": f"relecture-{kind}", "version": "1", "review": True,
               "targets": {"portail": {"type": kind, "url": url, "organisation": organisation}}}
    return Context(profile, credentials_for=lambda _authcfg: credentials)


def test_api_queue_and_decision_on_udata_with_the_check_report_of_the_dataset_as_received(udata, tmp_path):
    from passerelle import api
    from passerelle.publishers.http import Credentials

    agent = udata_publisher(udata, review=True)
    clean, unlicensed = udata_record(), udata_record(title="Arrêts", licence=None)
    for record, folder in ((clean, "a"), (unlicensed, "b")):
        agent.publish(udata_package(record, tmp_path / folder), {})
    administrator = portal_context("udata", udata.url, udata.organisation,
                                   Credentials(headers={"X-API-KEY": udata.admin_api_key}))

    queue = {s.identifier: s for s in api.review_queue(context=administrator)}
    decided = api.review(unlicensed.identifier, decision="reject", comment="Choisissez une licence ouverte.",
                         context=administrator)

    assert {clean.identifier, unlicensed.identifier} <= set(queue)
    assert queue[clean.identifier].errors == []  # what udata does not carry (nature, lineage…) is not held against it
    assert ("metadata.required", "licence") in [(f.code, f.field) for f in queue[unlicensed.identifier].errors]
    assert [d.state for d in decided] == ["rejected"]
    assert agent.status(unlicensed.identifier, {})["review"]["comment"] == "Choisissez une licence ouverte."


def test_api_queue_on_ckan_lists_the_author_organisation_and_decides(ckan, ckan_organisation, tmp_path):
    from passerelle import api
    from passerelle.publishers.http import Credentials

    agent = ckan_publisher(ckan, ckan_organisation, token=ckan_agent(ckan, ckan_organisation), review=True)
    record = make_record()
    agent.publish(make_package(record, tmp_path), {})
    administrator = portal_context("ckan", ckan.url, ckan_organisation, Credentials(headers={"Authorization":
                                                                                            ckan.api_token}))

    queue = {s.identifier: s for s in api.review_queue(context=administrator)}
    decided = api.review(record.identifier, decision="approve", context=administrator)

    submission = queue[record.identifier]
    assert submission.organisation == "Commune de Saint-Aubin"  # the record's producer
    assert submission.extent == pytest.approx((5.8, 47.0, 6.0, 47.2))
    assert submission.url.endswith(f"/dataset/{dataset_name(record.identifier)}")
    assert [d.state for d in decided] == ["approved"]
    assert show(ckan, dataset_name(record.identifier), token=False)[1]["private"] is False
