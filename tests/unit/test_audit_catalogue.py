"""api.audit on a folder of ISO 19139 records, links checked against a real local HTTP server.

The catalogue (support.audit_catalogue) holds clean records and one record per defect; the link server
(support.link_server) answers 404s, redirects, slow answers, private downloads and a WMS whose
capabilities lack a layer. No QGIS here: the audit is headless.
"""
import csv
import datetime as dt
import json
import os
import sqlite3
import time

import pytest
from lxml import html

from passerelle import api
from passerelle.audit.linkcheck import LinkChecker, LinkSettings
from passerelle.catalogue.errors import PasserelleError
from passerelle.network import direct
from support import audit_catalogue as catalogue
from support.link_server import LinkServer, closed_port

TODAY = dt.date(2026, 6, 15)
FAST = {"timeout": 3, "delay": 0}


@pytest.fixture
def links():
    server = LinkServer().start()
    server.services[catalogue.SERVICE] = catalogue.service_layers()
    yield server
    server.stop()


@pytest.fixture
def seeded(vocab, links, tmp_path):
    records = catalogue.seeded_catalogue(vocab, links.base, TODAY, unreachable=f"http://127.0.0.1:{closed_port()}")
    return records, catalogue.write_folder(records, tmp_path / "fiches")


def profile(links=None, **extra) -> dict:
    targets = {"catalogue": {"type": "csw", "url": "http://127.0.0.1:9/csw"}}
    if links is not None:
        targets["services"] = {"type": "geoserver", "url": links.base + "/geoserver", "workspace": "commune",
                               "title": "GeoServer de test"}
    return {"name": "audit-test", "territory": catalogue.TERRITORY, "targets": targets, **extra}


def codes_by_record(report) -> dict:
    found = {}
    for finding in report.findings:
        found.setdefault(finding.record, set()).add(finding.code)
    return found


def test_every_seeded_defect_is_found_with_its_code_and_nothing_on_the_clean_records(seeded, links):
    records, folder = seeded
    report = api.audit(folder, profile(links), links=FAST, today=TODAY)
    found = codes_by_record(report)
    assert len(report.records) == len(records) and report.complete
    for item in records:
        assert found.get(item.name, set()) == item.codes, item.title
    clean = [item for item in records if not item.codes]
    assert len(clean) == 8 and all(not report.for_record(item.name) for item in clean)
    # one defect per code of the audit and of the record checks in play
    seeded_codes = set().union(*(item.codes for item in records))
    assert {"audit.link-broken", "audit.link-unreachable", "audit.link-moved", "audit.layer-missing",
            "audit.duplicate-title", "audit.duplicate-url", "audit.duplicate-identifier", "metadata.required",
            "vocabulary.unknown", "policy.status", "freshness.overdue", "extent.outside-territory"} <= seeded_codes
    # the service target's layer no record describes
    [orphan] = [f for f in report.findings if not f.record]
    assert (orphan.code, orphan.title, orphan.organisation) == ("audit.layer-unrecorded", "commune:orpheline",
                                                               "GeoServer de test")


def test_a_service_whose_capabilities_are_missing_is_reported(seeded, links):
    _records, folder = seeded
    broken = profile(links)
    broken["targets"]["services"]["workspace"] = "absent"
    report = api.audit(folder, broken, links=False, today=TODAY)
    assert {f.code for f in report.findings if not f.record} == {"audit.service-unavailable"}
    assert not {"audit.layer-unrecorded", "audit.link-broken"} & report.codes()


def test_links_off_sends_nothing_and_finds_no_link_problem(seeded, links):
    _records, folder = seeded
    report = api.audit(folder, profile(), links=False, today=TODAY)
    assert links.requests == []
    assert not {c for c in report.codes() if c.startswith(("audit.link", "audit.layer"))}
    assert {"audit.duplicate-title", "audit.duplicate-url", "freshness.overdue"} <= report.codes()
    assert report.settings["links"] is False and report.links_checked == 0


def test_each_url_is_requested_once_and_a_service_once_for_all_its_layers(seeded, links):
    _records, folder = seeded
    api.audit(folder, profile(), links=FAST, today=TODAY)
    capabilities = [path for _host, path, _start in links.requests if "GetCapabilities" in path]
    assert sorted(capabilities) == sorted(set(capabilities)) and len(capabilities) == 2  # the WMS and the WFS
    paths = [path for _host, path, _start in links.requests]
    assert len(paths) == len(set(paths)) and links.count("/ok/ortho_2024") == 1  # a redirect is followed once
    assert links.count("/ok/viabilite.gpkg") == 1  # one download in two records


def test_a_cancelled_audit_says_it_is_partial(seeded):
    _records, folder = seeded
    calls = []
    report = api.audit(folder, profile(), links=FAST, today=TODAY,
                       cancelled=lambda: len(calls) > 0, progress=calls.append)
    assert not report.complete
    assert "interrompu" in report.to_html()


def test_progress_goes_up_to_the_end_and_limit_stops_early(seeded):
    _records, folder = seeded
    shares = []
    report = api.audit(folder, profile(), links=False, limit=5, today=TODAY, progress=shares.append)
    assert len(report.records) == 5
    assert shares == sorted(shares) and shares[-1] == 1.0
    with pytest.raises(PasserelleError) as refused:
        api.audit(folder, profile(), limit=0)
    assert refused.value.code == "audit.limit"


def test_an_unreadable_file_and_a_file_identifier_in_two_files(vocab, tmp_path):
    folder = tmp_path / "fiches"
    record = catalogue.make_record(vocab, 1, "Voirie communale", "Commune", TODAY)
    xml = catalogue.encode(record, vocab, [])
    folder.mkdir()
    (folder / "voirie.xml").write_bytes(xml)
    (folder / "sous-dossier").mkdir()
    copy = xml.replace(b"Voirie communale", "Voirie communale, édition 2025".encode())
    (folder / "sous-dossier" / "voirie-copie.xml").write_bytes(copy)
    (folder / "tronquee.xml").write_bytes(xml[:len(xml) // 2])
    report = api.audit(str(folder), profile(), links=False, today=TODAY)
    found = codes_by_record(report)
    assert found == {"voirie.xml": {"audit.duplicate-identifier"},
                     "sous-dossier/voirie-copie.xml": {"audit.duplicate-identifier"},
                     "tronquee.xml": {"audit.unreadable"}}
    [unreadable] = report.for_record("tronquee.xml")
    assert unreadable.severity == "error" and "illisible" in unreadable.message_fr


def test_outputs_dashboard_csv_json_and_extents_agree(seeded, links, tmp_path):
    _records, folder = seeded
    report = api.audit(folder, profile(links), links=FAST, today=TODAY, output=str(tmp_path / "audit"))
    assert set(report.files) == {"html", "csv", "json", "gpkg"}
    assert all(os.path.getsize(path) for path in report.files.values())
    data = json.loads(open(report.files["json"], encoding="utf-8").read())
    assert data["totals"]["findings"] == len(report.findings) == len(data["findings"])
    assert {f["code"] for f in data["findings"]} == report.codes()
    page = html.fromstring(open(report.files["html"], encoding="utf-8").read())
    for key in ("records", "organisations", "errors", "warnings", "broken_links", "overdue"):
        [card] = page.xpath(f"//*[@data-total='{key}']")
        assert int(card.get("data-value")) == data["totals"][key], key
    assert float(page.xpath("//*[@data-total='completeness']")[0].get("data-value")) == data["totals"]["completeness"]
    rows = page.xpath("//section[@id='organisations']//tbody/tr")
    assert [row.get("data-organisation") for row in rows] == [o["organisation"] for o in data["organisations"]]
    for row, expected in zip(rows, data["organisations"]):
        for cell in row.xpath("td[@data-key]"):
            assert float(cell.get("data-value")) == float(expected[cell.get("data-key")]), cell.get("data-key")
    assert len(page.xpath("//table[@id='findings']/tbody/tr")) == len(data["findings"])
    for row in page.xpath("//section[@id='codes']//tbody/tr"):
        assert int(row.xpath("td[@data-key='count']")[0].get("data-value")) == data["codes"][row.get("data-code")]
    assert len(page.xpath("//figure[@class='chart']/*[local-name()='svg']")) == 4
    with open(report.files["csv"], encoding="utf-8-sig", newline="") as handle:
        lines = list(csv.DictReader(handle))
    assert len(lines) == len(report.findings) and {line["code"] for line in lines} == report.codes()
    with sqlite3.connect(report.files["gpkg"]) as database:
        rows = database.execute("SELECT identifiant, acces, erreurs FROM emprises_fiches").fetchall()
    assert len(rows) == sum(1 for r in report.records if r.extent) == len(report.records) - 1  # not the invalid one
    assert {access for _id, access, _errors in rows} == {"ouverte", "partagée", "fermée"}


def test_the_profile_sets_the_link_check_politeness(seeded, links):
    _records, folder = seeded
    polite = profile(audit={"links": {"per_host": 1, "delay": 0.05, "timeout": 3}})
    report = api.audit(folder, polite, today=TODAY)
    assert links.max_in_flight()[links.base[len("http://"):]] == 1
    assert report.settings["link_check"]["per_host"] == 1
    with pytest.raises(PasserelleError) as refused:
        api.audit(folder, profile(), links={"per_host": 0})
    assert refused.value.code == "audit.link-settings"


def test_sources_that_cannot_be_audited_are_refused_with_a_code(tmp_path):
    with pytest.raises(PasserelleError) as unknown:
        api.audit(str(tmp_path / "absent"), profile())
    assert unknown.value.code == "audit.source"
    with_service = profile()
    with_service["targets"]["services"] = {"type": "geoserver", "url": "http://127.0.0.1:9/geoserver"}
    with pytest.raises(PasserelleError) as service:
        api.audit("services", with_service)
    assert service.value.code == "audit.source-type"
    with pytest.raises(PasserelleError) as ambiguous:
        api.audit(None, {"name": "vide"})
    assert ambiguous.value.code == "audit.source"


# -- the link checker itself --------------------------------------------------------------------------

def test_bounded_concurrency_per_host_and_a_polite_delay():
    with LinkServer(hosts=("127.0.0.1", "127.0.0.2"), latency=0.05) as server:
        urls = [(server.url(f"/ok/f{n}.zip", host=n % 2), "") for n in range(24)]
        checker = LinkChecker(direct(), LinkSettings(concurrency=8, per_host=2, delay=0.03, timeout=5))
        started = time.monotonic()
        results = checker.check(urls)
        elapsed = time.monotonic() - started
        assert len(results) == 24 and all(r.status == 200 for r in results.values())
        assert max(server.max_in_flight().values()) == 2  # never more, and both hosts served at once
        starts = {}
        for host, _path, start in server.requests:
            starts.setdefault(host, []).append(start)
        for times in starts.values():  # 12 requests per server, started at least 30 ms apart on average
            assert max(times) - min(times) >= 11 * 0.03 * 0.9
        assert elapsed < 12 * 0.05  # the two servers were checked side by side, not one after the other


def test_slow_answers_time_out_and_loops_stop(links):
    checker = LinkChecker(direct(), LinkSettings(timeout=0.5, delay=0))
    slow = checker.check_one(links.url("/slow/3/lent.zip"))
    loop = checker.check_one(links.url("/loop/x"))
    late = checker.check_one(links.url("/slow/0.1/presque.zip"))
    assert (slow.failure, loop.failure, late.failure, late.status) == ("timeout", "redirects", "", 200)


def test_a_big_download_is_not_read_and_a_limited_server_is_asked_again(links):
    checker = LinkChecker(direct(), LinkSettings(timeout=5, delay=0))
    started = time.monotonic()
    big = checker.check_one(links.url("/big/ortho.tif"))
    assert big.status == 200 and time.monotonic() - started < 2  # 20 MB not downloaded
    limited = checker.check_one(links.url("/limited/x.csv"))
    assert limited.status == 200 and links.count("/limited/x.csv") == 2


def test_capabilities_that_are_not_capabilities_break_the_link(links):
    checker = LinkChecker(direct(), LinkSettings(timeout=5, delay=0))
    page = checker.check_one(links.url("/html/wms?SERVICE=WMS&REQUEST=GetCapabilities"), "wms")
    assert page.failure == "capabilities" and "HTML" in page.detail
    missing = checker.check_one(links.url("/inconnu/wms?SERVICE=WMS&REQUEST=GetCapabilities"), "wms")
    assert missing.status == 404


def test_a_long_list_of_findings_is_cut_in_the_page_but_not_in_the_files(seeded, monkeypatch, tmp_path):
    from passerelle.catalogue.audit import dashboard

    _records, folder = seeded
    monkeypatch.setattr(dashboard, "MAX_ROWS", 3)
    report = api.audit(folder, profile(), links=False, today=TODAY, output=str(tmp_path / "audit"))
    page = html.fromstring(open(report.files["html"], encoding="utf-8").read())
    assert len(page.xpath("//table[@id='findings']/tbody/tr")) == 3 < len(report.findings)
    assert f"sur {len(report.findings)}" in page.xpath("string(//*[@id='more-findings'])")
    assert len(json.loads(open(report.files["json"], encoding="utf-8").read())["findings"]) == len(report.findings)


def test_the_profile_catalogue_target_is_the_default_source(seeded, tmp_path):
    records, folder = seeded
    sdi = tmp_path / "idg"
    os.makedirs(sdi)
    os.symlink(folder, sdi / "records")  # the local SDI keeps its ISO records in records/
    report = api.audit(None, {"name": "local-sdi", "targets": {"local": {"type": "local", "folder": str(sdi)}}},
                       links=False, today=TODAY)
    assert report.source_kind == "folder" and len(report.records) == len(records)


def test_a_geonetwork_target_is_read_through_its_csw():
    from passerelle.audit.sources import open_source
    from passerelle.context import Context

    context = Context({"name": "gn", "targets": {"catalogue": {
        "type": "geonetwork", "url": "https://geo.region.fr/geonetwork/", "public_url": "https://catalogue.region.fr/geonetwork"}}},
        credentials_for=lambda authcfg: None)
    source = open_source("catalogue", context)
    assert source.kind == "csw" and source.catalogue.url == "https://geo.region.fr/geonetwork/srv/eng/csw"
    assert source.record_page == "https://catalogue.region.fr/geonetwork/srv/api/records/{uuid}"
