"""The local SDI's pycsw behind its guard: only the run that started it can write, only 127.0.0.1 is answered."""
import pytest
import requests

from passerelle.catalogue.record import Record
from passerelle.publishers.csw import CswPublisher
from passerelle.publishers.http import Credentials, HttpClient, PublishError
from passerelle.sdi.csw_guard import TOKEN_HEADER
from passerelle.sdi.pycsw_server import PycswError, PycswServer
from test_csw_publisher import make_package, service_links

DELETE_ALL = (b'<?xml version="1.0"?><csw:Transaction xmlns:csw="http://www.opengis.net/cat/csw/2.0.2" '
              b'xmlns:ogc="http://www.opengis.net/ogc" service="CSW" version="2.0.2"><csw:Delete>'
              b'<csw:Constraint version="1.1.0"><ogc:Filter><ogc:PropertyIsLike wildCard="%" singleChar="_" '
              b'escapeChar="\\"><ogc:PropertyName>apiso:Identifier</ogc:PropertyName><ogc:Literal>%</ogc:Literal>'
              b'</ogc:PropertyIsLike></ogc:Filter></csw:Constraint></csw:Delete></csw:Transaction>')


@pytest.fixture(scope="module")
def guarded(tmp_path_factory):
    server = PycswServer(tmp_path_factory.mktemp("guarded"), guarded=True)
    try:
        server.start()
    except PycswError as error:
        pytest.fail(str(error), pytrace=False)
    yield server
    server.stop()


def publisher(server, token):
    credentials = Credentials(headers={TOKEN_HEADER: token}) if token is not None else None
    return CswPublisher("idg", {"url": server.url, "timeout": 10},
                        http=HttpClient(server.url, target="IDG locale (CSW)", retries=0, credentials=credentials))


def test_the_run_token_writes_and_nothing_else_does(guarded, tmp_path):
    assert len(guarded.token) >= 24
    package = make_package(Record(title="Pistes cyclables"), tmp_path)
    assert publisher(guarded, guarded.token).publish(package, service_links()).created == ["record"]
    for token in (None, "", "faux-jeton"):
        with pytest.raises(PublishError) as caught:
            publisher(guarded, token).unpublish(package.identifier, {})
        assert caught.value.code == "publish.forbidden"
    raw = requests.post(guarded.url, data=DELETE_ALL, headers={"Content-Type": "application/xml"}, timeout=10)
    assert raw.status_code == 403 and b"X-Passerelle-Token" in raw.content
    assert publisher(guarded, guarded.token).status(package.identifier, {})["exists"]  # still there
    harvest = requests.get(guarded.url, params={"service": "CSW", "version": "2.0.2", "request": "Harvest",
                                                "source": "http://127.0.0.1:9/x", "resourceType": "x"}, timeout=10)
    assert harvest.status_code == 403


def test_reads_are_open_to_this_machine_and_refused_under_another_host_name(guarded):
    params = {"service": "CSW", "version": "2.0.2", "request": "GetCapabilities"}
    assert b"Capabilities" in requests.get(guarded.url, params=params, timeout=10).content
    rebound = requests.get(guarded.url, params=params, timeout=10, headers={"Host": f"evil.example:{guarded.port}"})
    assert rebound.status_code == 403 and b"Capabilities" not in rebound.content


def test_a_restart_changes_the_token(guarded):
    before = guarded.token
    guarded.stop()
    guarded.start()
    assert guarded.token and guarded.token != before
