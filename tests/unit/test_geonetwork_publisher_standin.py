"""GeoNetworkPublisher against the GeoNetwork stand-in: the same client code that talks to a real GeoNetwork 4."""
import logging

import pytest

from passerelle.publishers.base import CATALOGUE
from passerelle.publishers.geonetwork import GeoNetworkPublisher
from passerelle.publishers.geoserver import GeoServerPublisher
from passerelle.publishers.http import PublishError
from support.sdi_standins import CANARY, canary_traces, client


WMS_LINK = {"url": "https://geo.example.fr/geoserver/commune/wms?service=WMS&request=GetCapabilities",
            "protocol": "OGC Web Map Service", "protocol_uri": "http://www.opengis.net/def/serviceType/ogc/wms",
            "name": "commune:pistes"}


def publisher(server, user="editeur", password=CANARY, **settings):
    settings = {"url": server.base_url, "group": "sig-commune", "publish": True, **settings}
    return GeoNetworkPublisher("catalogue", settings, client(server.base_url, user, password, "GeoNetwork test"))


def links():
    return {"metadata_url": "", "online_resources": [WMS_LINK]}


def test_publish_creates_one_public_record_owned_by_the_group(geonetwork, make_package):
    package = make_package()
    target = publisher(geonetwork)

    result = target.publish(package, links())

    record = geonetwork.records[package.identifier]
    assert target.role == CATALOGUE
    assert list(geonetwork.records) == [package.identifier]
    assert record["group"] == 2 and geonetwork.is_public(package.identifier)
    assert geonetwork.record_title(package.identifier) == "Pistes cyclables"
    assert b"commune:pistes" in record["xml"]  # the service links travel in the record
    assert result.created == ["record"] and result.changed
    assert result.urls["record"] == f"{geonetwork.base_url}/srv/api/records/{package.identifier}"
    assert target.record_url(package.identifier) == result.urls["record"]
    assert target.verify(package, result) == []


def test_the_record_carries_the_service_links_and_the_layer_points_back_to_it(geonetwork, geoserver, make_package):
    package = make_package()
    catalogue = publisher(geonetwork)
    services = GeoServerPublisher("services", {"url": geoserver.base_url, "workspace": "commune"},
                                  client(geoserver.base_url, "admin"))
    shared = {"metadata_url": catalogue.record_url(package.identifier), "online_resources": []}

    served = services.publish(package, shared)
    shared["online_resources"] += served.online_resources
    catalogue.publish(package, shared)

    xml = geonetwork.records[package.identifier]["xml"].decode()
    assert served.urls["wms"].replace("&", "&amp;") in xml and served.urls["wfs"].replace("&", "&amp;") in xml
    assert geoserver.featuretypes[("commune", "pistes", "pistes")]["metadataLinks"][0]["content"] == \
        catalogue.record_url(package.identifier)


def test_five_publications_leave_one_record_and_only_the_first_writes(geonetwork, make_package):
    package = make_package()
    target = publisher(geonetwork)

    results = [target.publish(package, links()) for _ in range(5)]

    assert list(geonetwork.records) == [package.identifier]
    assert len(geonetwork.log_of("PUT", "/srv/api/records")) == 1
    assert [r.changed for r in results] == [True, False, False, False, False]
    assert all(r.created == [] for r in results[1:])


def test_changed_content_updates_the_record_in_place(geonetwork, make_package):
    target = publisher(geonetwork)
    first = make_package()
    second = make_package(title="Pistes et bandes cyclables", identifier=first.identifier, content_hash="hash-2")

    target.publish(first, links())
    result = target.publish(second, links())

    assert list(geonetwork.records) == [first.identifier]
    assert geonetwork.record_title(first.identifier) == "Pistes et bandes cyclables"
    assert result.changed and result.created == []
    uploads = geonetwork.log_of("PUT", "/srv/api/records")
    # a new record never overwrites (NOTHING); ours, read back with its mark, is overwritten
    assert [r["query"]["uuidProcessing"] for r in uploads] == [["NOTHING"], ["OVERWRITE"]]


def test_every_write_carries_the_xsrf_token_of_the_cookie(geonetwork, make_package):
    package = make_package()
    target = publisher(geonetwork, user="relecteur", review=False)

    target.publish(package, links())
    target.unpublish(package.identifier, {"uuid": package.identifier})

    writes = [r for r in geonetwork.requests if r["method"] in ("PUT", "POST", "DELETE")]
    assert writes and all(r["xsrf_header"] in geonetwork.issued_tokens for r in writes)
    assert all(r["status"] < 400 for r in writes)


def test_a_token_the_catalogue_forgot_is_renewed_once(geonetwork, make_package):
    package = make_package()
    target = publisher(geonetwork)
    target.publish(package, links())
    geonetwork.forget_tokens_before_next_write = True  # e.g. the catalogue restarted between read and delete

    target.unpublish(package.identifier, {"uuid": package.identifier})

    assert geonetwork.records == {}
    assert len(geonetwork.log_of("GET", "/srv/api/me")) == 2


def test_review_mode_submits_the_record_instead_of_publishing_it(geonetwork, make_package):
    geonetwork.workflow_enabled = True
    package = make_package()
    target = publisher(geonetwork, review=True)

    for _ in range(3):
        result = target.publish(package, links())

    record = geonetwork.records[package.identifier]
    assert not geonetwork.is_public(package.identifier)
    assert geonetwork.workflow_status(package.identifier) == "submitted"
    assert [s["status"] for s in record["statuses"]] == [1, 4]  # draft on import, submitted once
    assert geonetwork.log_of("PUT", "/publish") == []
    assert target.status(package.identifier, result.ids)["workflow"] == 4
    assert target.verify(package, result) == []


def test_review_mode_resubmits_a_changed_record(geonetwork, make_package):
    geonetwork.workflow_enabled = True
    target = publisher(geonetwork, review=True)
    first = make_package()

    target.publish(first, links())
    target.publish(make_package(title="Nouveau titre", identifier=first.identifier, content_hash="h2"), links())

    assert [s["status"] for s in geonetwork.records[first.identifier]["statuses"]] == [1, 4, 4]


def test_review_without_a_workflow_is_explained_in_french(geonetwork, make_package):
    with pytest.raises(PublishError) as caught:
        publisher(geonetwork, review=True).publish(make_package(), links())

    assert caught.value.code == "publish.workflow-disabled"
    assert caught.value.message_fr and caught.value.message_fr != caught.value.message_en


def test_publishing_on_a_workflow_catalogue_needs_a_reviewer(geonetwork, make_package):
    geonetwork.workflow_enabled = True
    package = make_package()

    with pytest.raises(PublishError) as refused:
        publisher(geonetwork, user="editeur").publish(package, links())
    publisher(geonetwork, user="relecteur").publish(package, links())

    assert refused.value.status == 403
    assert geonetwork.is_public(package.identifier)


def test_group_given_by_id_is_used_as_is(geonetwork, make_package):
    package = make_package()

    publisher(geonetwork, group=2).publish(package, links())

    assert geonetwork.records[package.identifier]["group"] == 2
    assert geonetwork.log_of("GET", "/srv/api/groups") == []


def test_an_unknown_group_is_a_french_error_listing_the_groups(geonetwork, make_package):
    with pytest.raises(PublishError) as caught:
        publisher(geonetwork, group="voirie").publish(make_package(), links())

    assert caught.value.code == "publish.geonetwork-group"
    assert "sig-commune" in caught.value.message_fr and "voirie" in caught.value.message_fr
    assert geonetwork.records == {}


def test_unpublish_deletes_exactly_the_record_of_the_identifier(geonetwork, make_package):
    target = publisher(geonetwork)
    kept, removed = make_package(name="a"), make_package(name="b")
    target.publish(kept, links())
    result = target.publish(removed, links())

    target.unpublish(removed.identifier, result.ids)
    target.unpublish(removed.identifier, result.ids)  # already gone: fine

    assert list(geonetwork.records) == [kept.identifier]
    assert target.status(removed.identifier, result.ids) == {"exists": False, "url": result.urls["record"]}


def test_verify_reports_a_record_that_is_no_longer_public(geonetwork, make_package):
    package = make_package()
    target = publisher(geonetwork)
    result = target.publish(package, links())
    geonetwork.records[package.identifier]["privileges"][1].clear()

    assert target.verify(package, result) == ["la fiche n'est pas publique"]


def test_dry_run_reads_but_writes_nothing(geonetwork, make_package):
    target = publisher(geonetwork)
    target.http.dry_run = True

    result = target.publish(make_package(), links())

    assert geonetwork.records == {}
    assert [r for r in geonetwork.requests if r["method"] != "GET"] == []
    assert [p["method"] for p in target.http.planned] == ["PUT"]
    assert result.created == ["record"]


@pytest.mark.parametrize("case, code, status", [
    ("wrong-password", "publish.unauthorized", 401),
    ("no-rights", "publish.forbidden", 403),
    ("server-error", "publish.server-error", 500),
])
def test_http_errors_become_french_publish_errors_without_the_password(geonetwork, make_package, caplog, case,
                                                                       code, status):
    caplog.set_level(logging.DEBUG)
    if case == "wrong-password":
        geonetwork.users["editeur"]["password"] = "another one"
        target = publisher(geonetwork, user="editeur")
    elif case == "no-rights":
        target = publisher(geonetwork, user="lecteur")
    else:
        geonetwork.fail(500, when=lambda request: request.method == "PUT")
        target = publisher(geonetwork)

    with pytest.raises(PublishError) as caught:
        target.publish(make_package(), links())

    error = caught.value
    assert (error.code, error.status) == (code, status)
    assert "GeoNetwork test" in error.message_fr and error.message_fr != error.message_en
    shown = " ".join([str(error), error.message_fr, error.message_en, caplog.text, repr(target.http.credentials)])
    assert not any(trace in shown for trace in canary_traces(target.http.credentials.username))


def test_a_redirect_to_the_sign_in_page_is_reported_as_a_login_problem(geonetwork, make_package):
    geonetwork.fail(302, when=lambda request: request.method == "PUT")

    with pytest.raises(PublishError) as caught:
        publisher(geonetwork).publish(make_package(), links())

    assert caught.value.code == "publish.unauthorized"


def test_an_unreachable_catalogue_is_a_retryable_french_error(geonetwork, make_package):
    target = publisher(geonetwork)
    geonetwork.stop()

    with pytest.raises(PublishError) as caught:
        target.publish(make_package(), links())

    assert caught.value.code == "publish.unreachable" and caught.value.retryable
    assert caught.value.message_fr and caught.value.message_fr != caught.value.message_en


def test_publication_resumes_once_the_catalogue_is_back(geonetwork, make_package):
    package = make_package()
    target = publisher(geonetwork)
    target.publish(package, links())
    geonetwork.stop()
    with pytest.raises(PublishError):
        target.publish(package, links())

    geonetwork.start()
    result = target.publish(package, links())

    assert list(geonetwork.records) == [package.identifier] and not result.changed
