"""The audit dashboard in a real headless Chromium (Debian's ``chromium``): it renders, its charts are there,
its figures are the JSON's, and it loads nothing from the network. A screenshot is kept in test-artifacts/.
"""
import datetime as dt
import json
import os
import struct
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from lxml import html

from passerelle import api
from support import audit_catalogue as catalogue
from support.chromium import BROWSER_SERVICES, Chromium
from support.link_server import LinkServer, closed_port

TODAY = dt.date(2026, 6, 15)
ARTIFACTS = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))),
                         "test-artifacts")


class Trap:
    """A local server standing for the whole internet (the browser resolves every name to it): records any hit."""

    def __init__(self):
        hits = self.hits = []

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802
                hits.append((self.headers.get("Host"), self.path))
                self.send_response(404)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.address = f"127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def stop(self):
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def trap():
    server = Trap()
    yield server
    server.stop()


@pytest.fixture
def dashboard(vocab, tmp_path):
    with LinkServer() as links:
        links.services[catalogue.SERVICE] = catalogue.service_layers()
        records = catalogue.seeded_catalogue(vocab, links.base, TODAY, unreachable=f"http://127.0.0.1:{closed_port()}")
        folder = catalogue.write_folder(records, tmp_path / "fiches")
        profile = {"name": "ideo-test", "territory": catalogue.TERRITORY,
                   "targets": {"catalogue": {"type": "csw", "url": "http://127.0.0.1:9/csw"},
                               "services": {"type": "geoserver", "url": links.base + "/geoserver",
                                            "workspace": "commune", "title": "GeoServer régional"}}}
        report = api.audit(folder, profile, links={"timeout": 3, "delay": 0}, today=TODAY,
                           output=str(tmp_path / "audit"))
    return report


def test_the_dashboard_renders_with_its_charts_and_the_json_figures(dashboard, trap, tmp_path):
    with Chromium(tmp_path / "chromium", trap=trap.address) as browser:
        page = browser.load("file://" + dashboard.files["html"])
    os.makedirs(ARTIFACTS, exist_ok=True)
    shot = os.path.join(ARTIFACTS, "audit-dashboard.png")
    with open(shot, "wb") as handle:
        handle.write(page.screenshot)
    # a real rendering: a PNG as tall as the page, not a blank strip
    assert page.screenshot[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", page.screenshot[16:24])
    assert width >= 1000 and height > 2000 and len(page.screenshot) > 100_000
    # nothing but the file itself was requested, nothing failed, no script error
    assert page.requests == ["file://" + dashboard.files["html"]]
    assert page.failed == [] and not [entry for entry in page.console if entry[0] in ("error", "exception")]
    assert [hit for hit in trap.hits if not (hit[0] or "").split(":")[0].endswith(BROWSER_SERVICES)] == []
    # the charts, drawn as SVG, each with its bars
    dom = html.fromstring(page.dom)
    charts = dom.xpath("//figure[@class='chart']")
    assert [chart.get("id") for chart in charts] == ["chart-completeness", "chart-access", "chart-overdue",
                                                     "chart-links"]
    for chart in charts:
        svg = chart.xpath("./*[local-name()='svg']")
        assert svg and len(svg[0].xpath(".//*[local-name()='path']")) >= 3, chart.get("id")
    organisations = [row.get("data-organisation") for row in dom.xpath("//section[@id='organisations']//tbody/tr")]
    labels = " ".join(dom.xpath("//figure[@id='chart-completeness']//*[local-name()='text']//text()"))
    assert all(name in labels for name in organisations)
    # the figures are the JSON's
    data = json.loads(open(dashboard.files["json"], encoding="utf-8").read())
    for key in ("records", "organisations", "errors", "warnings", "broken_links", "overdue", "links_checked"):
        [card] = dom.xpath(f"//*[@data-total='{key}']")
        assert int(card.get("data-value")) == data["totals"][key], key
        assert card.xpath("string(.//*[@class='value'])").strip() == str(data["totals"][key]), key
    for category in ("open", "shared", "closed", "unknown"):
        [card] = dom.xpath(f"//*[@data-total='access-{category}']")
        assert int(card.get("data-value")) == data["totals"]["access"][category]
    for row, expected in zip(dom.xpath("//section[@id='organisations']//tbody/tr"), data["organisations"]):
        assert row.get("data-organisation") == expected["organisation"]
        for key in ("records", "overdue", "broken_links", "errors", "warnings"):
            cell = row.xpath(f"td[@data-key='{key}']")[0]
            assert int(cell.text_content()) == expected[key] == int(cell.get("data-value")), key
    assert len(dom.xpath("//table[@id='findings']/tbody/tr")) == len(data["findings"]) == 19
    assert dom.xpath("string(//html/@lang)") == "fr" and "Tous les constats" in page.dom


def test_the_network_check_sees_a_page_that_loads_from_the_network(trap, tmp_path):
    """The check above can fail: the same browser and the same trap catch a page that fetches an image."""
    page_path = tmp_path / "fuite.html"
    page_path.write_text("<!DOCTYPE html><html><head><meta charset='utf-8'><link rel='icon' href='data:,'></head>"
                         "<body><img src='http://tuiles.example.org/fond.png'></body></html>", encoding="utf-8")
    with Chromium(tmp_path / "chromium", trap=trap.address) as browser:
        page = browser.load(f"file://{page_path}")
    assert page.requests == [f"file://{page_path}", "http://tuiles.example.org/fond.png"]
    assert ("tuiles.example.org", "/fond.png") in trap.hits
