"""UdataPublisher against the udata stand-in, only for what the real udata cannot do here.

Everything else runs against the real udata 17 in tests/servers/test_udata_publisher.py. What stays here:
- fault injection: the real server cannot be made to answer 503 or 500 on demand, so retries, the
  never-retried POST and the rollback of a half-created dataset are tested on the stand-in;
- an older udata instance: udata 17 lists every frequency, one from before 2025 did not.
The client code is the one that talks to data.gouv.fr.
"""
import pytest

from passerelle.publishers.http import PublishError
from passerelle.publishers.udata import UdataPublisher
from support.catalogue_standins import CANARY_KEY, service_links, udata_client
from support.standins.udata import FREQUENCIES, ORG_COMMUNE, UdataStandIn


def publisher(server, key=CANARY_KEY, retries=0, **settings):
    settings = {"url": server.url, "organisation": ORG_COMMUNE, **settings}
    return UdataPublisher("data.gouv.fr", settings, udata_client(server, key, retries))


def links():
    return {"metadata_url": "", "online_resources": service_links()}


def creations(server):
    """The dataset creations the server received (POST /api/1/datasets/)."""
    return [r for r in server.requests if r["method"] == "POST" and r["path"] == "/api/1/datasets/"]


# -- fault injection (the real udata cannot fail on demand) ------------------------------------
def test_standin_fault_injection_safe_calls_are_retried_on_503(udata_standin, make_catalogue_package):
    udata_standin.fail(503, times=2, when=lambda r: r.method == "GET")

    result = publisher(udata_standin, retries=3).publish(make_catalogue_package(), links())

    assert result.created == ["dataset"] and len(udata_standin.live_datasets()) == 1
    assert [r["status"] for r in udata_standin.requests[:3]] == [503, 503, 200]


def test_standin_fault_injection_a_post_is_never_retried_so_a_500_cannot_duplicate_the_dataset(
        udata_standin, make_catalogue_package):
    udata_standin.fail(500, times=1, when=lambda r: r.method == "POST" and r.path == "/api/1/datasets/")
    target = publisher(udata_standin, retries=3)

    with pytest.raises(PublishError) as raised:
        target.publish(make_catalogue_package(), links())
    target.publish(make_catalogue_package(), links())

    assert (raised.value.code, raised.value.status) == ("publish.server-error", 500)
    assert len(creations(udata_standin)) == 2  # one per publication, no retry
    assert len(udata_standin.datasets) == 1


def test_standin_fault_injection_a_failed_upload_removes_the_dataset_this_run_created(
        udata_standin, make_catalogue_package):
    udata_standin.fail(503, times=1, when=lambda r: r.path.endswith("/upload/"))
    target = publisher(udata_standin, retries=3)

    with pytest.raises(PublishError):
        target.publish(make_catalogue_package(), links())

    assert udata_standin.live_datasets() == []
    assert len([r for r in udata_standin.requests if r["path"].endswith("/upload/")]) == 1  # POST: not retried
    result = target.publish(make_catalogue_package(), links())
    assert result.created == ["dataset"] and len(udata_standin.live_datasets()) == 1


# -- an older instance (udata 17 lists every frequency) ----------------------------------------------
def test_standin_older_instance_a_frequency_it_does_not_list_stops_before_any_dataset_is_written(
        tmp_path, make_catalogue_package):
    server = UdataStandIn(keys={CANARY_KEY: "editrice"}, members={"editrice": {ORG_COMMUNE: "editor"}},
                          frequencies=[f for f in FREQUENCIES if f[0] != "fiveTimesAWeek"],
                          data_dir=str(tmp_path / "small")).start()
    try:
        package = make_catalogue_package(frequency="WEEKLY_5")
        target = publisher(server)
        assert target.check(package) == []  # Passerelle knows a code; this instance does not list it
        with pytest.raises(PublishError) as raised:
            target.publish(package, links())
    finally:
        server.stop()

    assert raised.value.code == "udata.unknown-code"
    assert "fiveTimesAWeek" in raised.value.message_fr
    assert server.datasets == {} and [r["method"] for r in server.requests] == ["GET"] * 3
