"""Issue 14's acceptance for review, through the public API with real QGIS layers and the GeoNetwork stand-in
(GeoNetwork is Java: it cannot run here; the stand-in enforces its documented workflow API).

An agent publishes under a profile that asks for review (her editor account); the administrator, with the
same profile and a reviewer's account, reads the queue with each record's check report, approves one and
rejects the other with a comment; the agent's live publication status shows "approved" for the first and
the rejection with its comment for the second.
"""
import pytest

from passerelle import api
from passerelle.qgis_io import auth
from passerelle.sample import territory
from support.standins.geonetwork import GeoNetworkStandIn

PASSWORD = "Relecture-Canary-9d41"


@pytest.fixture
def catalogue():
    server = GeoNetworkStandIn(passwords={"editeur": PASSWORD, "relecteur": PASSWORD}, workflow_enabled=True).start()
    yield server
    server.stop()


def profile(catalogue, account: str) -> dict:
    """The profile the administrator distributes; each person picks their own authentication configuration."""
    return {"name": "ideo-relecture", "version": "2026.11", "review": True,
            "territory": {"name": "Bourgogne-Franche-Comté", "bbox": [2.84, 46.15, 7.16, 48.41]},
            "targets": {"catalogue": {"type": "geonetwork", "url": catalogue.base_url, "group": "sig-commune",
                                      "authcfg": account, "kind": "open"}}}


def test_an_approved_submission_is_public_and_a_rejected_one_carries_the_comment_back(catalogue, layers, tmp_path,
                                                                                     monkeypatch):
    monkeypatch.setenv("PASSERELLE_DATA_DIR", str(tmp_path / "data"))
    editor = auth.store_basic("IDéO (agent)", "editeur", PASSWORD)
    reviewer = auth.store_basic("IDéO (relecteur)", "relecteur", PASSWORD)
    agent, administrator = profile(catalogue, editor), profile(catalogue, reviewer)
    zoning, stops = layers["zonage_plu"], layers["arrets_bus"]
    for layer in (zoning, stops):
        api.tag(layer, **territory.DEFAULT_TAGS[layer.name()])  # the bus stops are late (monthly, two years ago)

    published = api.publish([zoning, stops], agent)
    queue = api.review_queue(administrator)
    by_title = {s.title: s for s in queue}
    zoning_id, stops_id = api.record(zoning).identifier, api.record(stops).identifier
    approved = api.review(zoning_id, administrator, decision="approve", comment="Conforme, merci.")
    rejected = api.review(stops_id, administrator, decision="reject",
                          comment="Les arrêts datent de deux ans : mettez-les à jour avant publication.")
    zoning_status = api.publication_status(zoning, agent, live=True)["ideo-relecture"]["catalogue"]
    stops_status = api.publication_status(stops, agent, live=True)["ideo-relecture"]["catalogue"]

    assert published.ok, [(o.layer, o.message_fr) for o in published.failures]
    assert {s.identifier for s in queue} == {zoning_id, stops_id}
    submission = by_title[api.record(stops).title]
    assert submission.target == "catalogue" and submission.submitted
    assert submission.organisation == api.record(stops).producer.organisation  # the author organisation
    assert submission.author == "Camille Martin"  # the account that submitted
    assert submission.extent is not None and 2.84 <= submission.extent[0] <= submission.extent[2] <= 7.16
    assert "freshness.overdue" in {f.code for f in submission.warnings}  # the record as received, checked
    assert by_title[api.record(zoning).title].findings == []
    assert [d.state for d in approved] == ["approved"] and [d.state for d in rejected] == ["rejected"]
    assert catalogue.is_public(zoning_id) and not catalogue.is_public(stops_id)
    assert zoning_status["live"]["review"]["state"] == "approved" and zoning_status["live"]["published"] is True
    assert stops_status["live"]["review"] == {
        "state": "rejected", "comment": "Les arrêts datent de deux ans : mettez-les à jour avant publication.",
        "date": stops_status["live"]["review"]["date"], "by": "Dominique Relecteur"}
    assert stops_status["live"]["published"] is False
    assert api.review_queue(administrator) == []


def test_a_rejection_without_comment_and_an_editor_deciding_are_refused(catalogue, layers, tmp_path, monkeypatch):
    monkeypatch.setenv("PASSERELLE_DATA_DIR", str(tmp_path / "data"))
    editor = auth.store_basic("IDéO (agent)", "editeur", PASSWORD)
    stops = layers["arrets_bus"]
    api.tag(stops, **territory.DEFAULT_TAGS["arrets_bus"])
    api.publish([stops], profile(catalogue, editor))
    identifier = api.record(stops).identifier

    with pytest.raises(api.PasserelleError) as silent:
        api.review(identifier, profile(catalogue, editor), decision="reject")
    with pytest.raises(api.PasserelleError) as self_approval:
        api.review(identifier, profile(catalogue, editor), decision="approve")
    with pytest.raises(api.PasserelleError) as unknown:
        api.review(identifier, profile(catalogue, editor), decision="peut-être")

    assert silent.value.code == "review.comment-required"
    assert self_approval.value.code == "review.forbidden"
    assert unknown.value.code == "review.decision"
    assert catalogue.workflow_status(identifier) == "submitted"
    assert PASSWORD not in self_approval.value.message_fr
