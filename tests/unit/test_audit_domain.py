"""The audit's headless parts: links classified, duplicates, link results judged, capabilities read,
service layers against records, portal datasets read back, the report's figures and its CSV."""
import csv
import datetime as dt
import io

import pytest

from passerelle.catalogue.audit import Audit, capabilities, codes, iso, portals
from passerelle.catalogue.audit.duplicates import Duplicates
from passerelle.catalogue.audit.links import has_layer, link_findings
from passerelle.catalogue.audit.model import (DOWNLOAD, PAGE, WFS, WMS, AuditLink, Entry, LinkResult, RecordRef,
                                              canonical_url, capabilities_url)
from passerelle.catalogue.audit.report import AuditReport, spreadsheet_safe
from passerelle.catalogue.audit.services import Service, cross_check
from passerelle.catalogue.checks.context import CheckContext, Territory
from passerelle.catalogue.encoders import iso19139
from passerelle.catalogue.record import Contact, Extent, Record
from passerelle.catalogue.terms import OPEN_ACCESS, SHARED_ACCESS

GMD = "http://www.isotc211.org/2005/gmd"
ANNUAL = "http://publications.europa.eu/resource/authority/frequency/ANNUAL"
ETALAB = "https://spdx.org/licenses/etalab-2.0"


# -- links -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("link, kind", [
    (AuditLink("https://geo.fr/ows?SERVICE=WMS&REQUEST=GetCapabilities", "OGC:WMS", "ws:pistes"), WMS),
    (AuditLink("https://geo.fr/ows", "OGC Web Map Service http://www.opengis.net/def/serviceType/ogc/wms"), WMS),
    (AuditLink("https://geo.fr/wms?service=WMS&request=GetMap&layers=a"), WMS),
    (AuditLink("https://geo.fr/ows?service=WFS", "OGC:WFS-1.1.0-http-get-capabilities"), WFS),
    (AuditLink("https://geo.fr/wmts", "OGC:WMTS"), PAGE),
    (AuditLink("https://data.fr/x", "WWW:DOWNLOAD-1.0-http--download"), DOWNLOAD),
    (AuditLink("https://data.fr/x", function="download"), DOWNLOAD),
    (AuditLink("https://data.fr/pistes.gpkg"), DOWNLOAD),
    (AuditLink("https://data.fr/conditions.html", "WWW:LINK-1.0-http--link"), PAGE),
])
def test_links_are_told_apart(link, kind):
    assert link.kind == kind


def test_a_service_link_is_checked_with_its_capabilities_and_names_its_layer():
    link = AuditLink("https://geo.fr/ows?map=/srv/a.map&SERVICE=WMS&REQUEST=GetMap&LAYERS=eclairage,voirie&STYLES=")
    assert link.layer == "eclairage"
    assert link.check_url == "https://geo.fr/ows?map=%2Fsrv%2Fa.map&SERVICE=WMS&REQUEST=GetCapabilities"
    assert capabilities_url("https://geo.fr/wfs", "WFS") == "https://geo.fr/wfs?SERVICE=WFS&REQUEST=GetCapabilities"
    named = AuditLink("https://geo.fr/wms?service=WMS&request=GetCapabilities", "OGC:WMS", "ws:pistes")
    assert named.layer == "ws:pistes" and named.is_service and named.is_resource
    assert not AuditLink("mailto:sig@mairie.fr").followable and AuditLink("http://x.fr/a").followable


def test_urls_compare_loosely():
    assert canonical_url("HTTPS://Data.Fr:443/a/?b=2&a=1#top") == canonical_url("https://data.fr/a?a=1&b=2")
    assert canonical_url("http://data.fr:8080/a") != canonical_url("http://data.fr/a")


def test_layers_match_with_or_without_their_workspace():
    listed = frozenset({"pistes", "commune:arrets"})
    assert has_layer(listed, "commune:pistes") and has_layer(listed, "pistes") and has_layer(listed, "arrets")
    assert not has_layer(listed, "autre:arrets") and not has_layer(listed, "eclairage")


# -- link results --------------------------------------------------------------------------------------

REF_OPEN = RecordRef("a", "id-a", "Pistes", "Commune", OPEN_ACCESS)
REF_SHARED = RecordRef("b", "id-b", "Réseau", "Syndicat", SHARED_ACCESS)
DOWNLOAD_LINK = AuditLink("http://x.fr/data.zip", function="download")


@pytest.mark.parametrize("result, ref, expected", [
    (LinkResult("u", status=200), REF_OPEN, []),
    (LinkResult("u", status=404), REF_OPEN, [codes.LINK_BROKEN]),
    (LinkResult("u", status=500), REF_OPEN, [codes.LINK_BROKEN]),
    (LinkResult("u", status=401), REF_OPEN, [codes.LINK_BROKEN]),  # open data behind a login
    (LinkResult("u", status=401), REF_SHARED, []),  # shared data: the login is the point
    (LinkResult("u", status=403), REF_SHARED, []),
    (LinkResult("u", failure="timeout"), REF_OPEN, [codes.LINK_UNREACHABLE]),
    (LinkResult("u", failure="refused"), REF_SHARED, [codes.LINK_UNREACHABLE]),
    (LinkResult("u", status=200, moved_to="http://x.fr/new.zip"), REF_OPEN, [codes.LINK_MOVED]),
])
def test_link_results_are_judged(result, ref, expected):
    found = link_findings(ref, DOWNLOAD_LINK, result, timeout=5)
    assert [f.code for f in found] == expected
    assert all(f.record == ref.key and f.url == DOWNLOAD_LINK.url for f in found)


def test_a_service_link_naming_a_layer_its_capabilities_lack_is_a_missing_layer():
    link = AuditLink("http://geo.fr/wms?service=WMS&request=GetCapabilities", "OGC:WMS", "ws:eclairage")
    listed = LinkResult(link.check_url, status=200, layers=frozenset({"voirie", "pistes"}))
    assert [f.code for f in link_findings(REF_OPEN, link, listed, 5)] == [codes.LAYER_MISSING]
    found = LinkResult(link.check_url, status=200, layers=frozenset({"eclairage"}))
    assert link_findings(REF_OPEN, link, found, 5) == []
    broken = LinkResult(link.check_url, status=200, failure="capabilities", detail="il répond par une page HTML")
    [finding] = link_findings(REF_OPEN, link, broken, 5)
    assert finding.code == codes.LINK_BROKEN and "page HTML" in finding.message_fr


# -- capabilities ----------------------------------------------------------------------------------------

WMS_130 = b"""<?xml version="1.0"?><WMS_Capabilities version="1.3.0" xmlns="http://www.opengis.net/wms"
 xmlns:xlink="http://www.w3.org/1999/xlink"><Capability><Layer><Title>Racine</Title>
 <Layer><Name>pistes</Name><MetadataURL type="ISO19115:2003"><OnlineResource xlink:href="https://cat.fr/r/id-1"/>
 </MetadataURL><Layer><Name>sous_couche</Name></Layer></Layer></Layer></Capability></WMS_Capabilities>"""
WMS_111 = b"""<WMT_MS_Capabilities version="1.1.1"><Capability><Layer><Layer><Name>ws:voirie</Name></Layer>
 </Layer></Capability></WMT_MS_Capabilities>"""
WFS_20 = b"""<wfs:WFS_Capabilities xmlns:wfs="http://www.opengis.net/wfs/2.0" xmlns="http://www.opengis.net/wfs/2.0"
 xmlns:xlink="http://www.w3.org/1999/xlink"><FeatureTypeList><FeatureType><Name>ws:pistes</Name>
 <MetadataURL xlink:href="https://cat.fr/r/id-2"/></FeatureType></FeatureTypeList></wfs:WFS_Capabilities>"""


def test_capabilities_list_their_layers_and_metadata_urls():
    names, metadata = capabilities.layers(WMS_130)
    assert names == {"pistes", "sous_couche"} and metadata["pistes"] == ("https://cat.fr/r/id-1",)
    assert capabilities.layers(WMS_111)[0] == {"ws:voirie"}
    names, metadata = capabilities.layers(WFS_20)
    assert names == {"ws:pistes"} and metadata["ws:pistes"] == ("https://cat.fr/r/id-2",)


@pytest.mark.parametrize("content, said", [
    (b"<!DOCTYPE html><html><body>Maintenance</body></html>", "page HTML"),
    (b'<ServiceExceptionReport><ServiceException code="x">Layer not defined</ServiceException>'
     b"</ServiceExceptionReport>", "Layer not defined"),
    (b"\x89PNG not xml", "non XML"),
    (b"<csw:Capabilities xmlns:csw='http://www.opengis.net/cat/csw/2.0.2'/>", ""),
])
def test_what_is_not_wms_or_wfs_capabilities_is_said(content, said):
    if not said:  # another service's capabilities: no layer at all, but a capabilities document
        assert capabilities.layers(content)[0] == frozenset()
        return
    with pytest.raises(capabilities.NotCapabilities, match=said):
        capabilities.layers(content)


def test_capabilities_never_expand_entities(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("NE-PAS-LIRE")
    content = (f'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY s SYSTEM "file://{secret}">]>'
               '<WMS_Capabilities><Capability><Layer><Name>&s;</Name></Layer></Capability></WMS_Capabilities>')
    names, _ = capabilities.layers(content.encode())
    assert not any("NE-PAS-LIRE" in name for name in names)


# -- duplicates ------------------------------------------------------------------------------------------

def entry(key, title, organisation="Commune", links=(), identifiers=(), identifier=None):
    return Entry(key=key, record=Record(identifier=identifier or f"id-{key}", title=title),
                 organisation=organisation, links=list(links), identifiers=list(identifiers))


def test_duplicates_same_title_same_organisation_only():
    duplicates = Duplicates()
    for item in (entry("a", "Arrêts de bus"), entry("b", "ARRETS  de bus "), entry("c", "Arrêts de bus", "Autre"),
                 entry("d", "Pistes")):
        duplicates.add(item)
    found = duplicates.findings()
    assert sorted((f.code, f.record) for f in found) == [(codes.DUPLICATE_TITLE, "a"), (codes.DUPLICATE_TITLE, "b")]
    assert "ARRETS  de bus" in next(f for f in found if f.record == "a").message_fr


def test_duplicates_same_resource_but_not_two_layers_of_one_service():
    wms = "https://geo.fr/wms?service=WMS&request=GetCapabilities"
    duplicates = Duplicates()
    duplicates.add(entry("a", "A", links=[AuditLink(wms, "OGC:WMS", "ws:a"), AuditLink("https://d.fr/x.zip")]))
    duplicates.add(entry("b", "B", links=[AuditLink(wms, "OGC:WMS", "ws:b"), AuditLink("https://D.fr/x.zip/")]))
    duplicates.add(entry("c", "C", links=[AuditLink("https://d.fr/conditions.html", "WWW:LINK")]))
    duplicates.add(entry("d", "D", links=[AuditLink("https://d.fr/conditions.html", "WWW:LINK")]))
    found = duplicates.findings()
    assert sorted((f.code, f.record) for f in found) == [(codes.DUPLICATE_URL, "a"), (codes.DUPLICATE_URL, "b")]


def test_duplicates_one_identifier_in_two_records():
    duplicates = Duplicates()
    duplicates.add(entry("a", "A", identifier="0B7C4D52-8E2F-4C43-9A4E-5D1F0C3B2A19"))
    duplicates.add(entry("b", "B", identifiers=["urn:uuid:0b7c4d52-8e2f-4c43-9a4e-5d1f0c3b2a19"]))
    duplicates.add(entry("c", "C", identifiers=["urn:uuid:id-c"]))  # its own identifier twice: no duplicate
    found = duplicates.findings()
    assert sorted((f.code, f.record) for f in found) == [(codes.DUPLICATE_IDENTIFIER, "a"),
                                                         (codes.DUPLICATE_IDENTIFIER, "b")]


# -- service layers against records ---------------------------------------------------------------------

SERVICE = Service("services", "GeoServer IDéO", {WMS: "https://geo.fr/geoserver/commune/wms?service=WMS",
                                                 WFS: "https://geo.fr/geoserver/commune/wfs?service=WFS"})


def test_service_layers_are_compared_with_the_records():
    results = {WMS: LinkResult("w", status=200, layers=frozenset({"pistes", "arrets", "orpheline", "decrite"}),
                               metadata_urls={"decrite": ("https://cat.fr/records/0b7c4d52-8e2f/xml",)}),
               WFS: LinkResult("f", status=200, layers=frozenset({"commune:pistes"}), metadata_urls={})}
    links = [(REF_OPEN, AuditLink("https://geo.fr/geoserver/commune/wms?service=WMS", "OGC:WMS", "commune:pistes")),
             (REF_OPEN, AuditLink("https://geo.fr/geoserver/ows?service=WMS", "OGC:WMS", "commune:arrets")),
             (REF_SHARED, AuditLink("https://geo.fr/geoserver/commune/wms", "OGC:WMS", "disparue")),
             (REF_SHARED, AuditLink("https://geo.fr/geoserver/autre/wms", "OGC:WMS", "autre:x")),  # other workspace
             (REF_SHARED, AuditLink("https://ailleurs.fr/wms", "OGC:WMS", "orpheline"))]  # another server
    found = cross_check(SERVICE, results, links, {"0b7c4d52-8e2f"})
    assert sorted((f.code, f.record, f.title) for f in found) == [
        (codes.LAYER_MISSING, "b", "Réseau"), (codes.LAYER_UNRECORDED, "", "orpheline")]


def test_a_service_whose_capabilities_cannot_be_read_is_said_once():
    results = {WMS: LinkResult("w", status=404), WFS: LinkResult("f", status=200, layers=frozenset())}
    found = cross_check(SERVICE, results, [], set())
    assert [f.code for f in found] == [codes.SERVICE_UNAVAILABLE] and "HTTP 404" in found[0].message_fr


# -- records read from ISO 19139 and from portals ---------------------------------------------------------

def test_an_iso_record_gives_every_online_resource_its_identifiers_and_organisation(vocab):
    record = Record(identifier="0b7c4d52-8e2f-4c43-9a4e-5d1f0c3b2a19", title="Pistes cyclables",
                    producer=Contact(organisation="Commune de Saint-Aubin", email="sig@x.fr", role="owner"))
    xml = iso19139.encode(record, vocab, online_resources=[
        iso19139.service_link("wms", "https://geo.fr/wms?service=WMS&request=GetCapabilities", "ws:pistes"),
        iso19139.service_link("wfs", "https://geo.fr/wfs", "ws:pistes", convention="inspire"),
        {"url": "https://d.fr/pistes.gpkg", "protocol": "WWW:DOWNLOAD-1.0-http--download", "function": "download"}])
    found = iso.entry(xml, vocab, url="https://cat.fr/r/1")
    assert found.problem is None and found.key == record.identifier and found.url == "https://cat.fr/r/1"
    assert [(link.kind, link.layer) for link in found.links] == [(WMS, "ws:pistes"), (WFS, "ws:pistes"),
                                                                 (DOWNLOAD, "")]
    assert found.identifiers == [f"urn:uuid:{record.identifier}"]
    assert found.organisation == "Commune de Saint-Aubin"


@pytest.mark.parametrize("content", [b"", b"<gmd:MD_Metadata xmlns:gmd='x'", b"<html>not a record</html>",
                                     f"<gmd:MD_Metadata xmlns:gmd='{GMD}'><gmd:fileIdentifier/></gmd:MD_Metadata>"
                                     .encode()])
def test_an_unreadable_record_is_an_entry_with_its_problem(vocab, content):
    found = iso.entry(content, vocab, key="fiches/cassee.xml")
    assert found.key == "fiches/cassee.xml" and found.problem and found.problem[0]


def test_a_ckan_dataset_is_read_back_as_a_record(vocab):
    dataset = {"id": "5c3e", "name": "passerelle-pistes", "title": "Pistes", "notes": "Réseau cyclable.",
               "private": True, "license_id": "odc-odbl", "metadata_modified": "2026-01-02T10:00:00",
               "organization": {"name": "ville", "title": "Ville de Dole"},
               "tags": [{"name": "vélo"}], "maintainer": "Service SIG", "maintainer_email": "sig@dole.fr",
               "extras": [{"key": "frequency", "value": ANNUAL}, {"key": "identifier", "value": "id-pistes"},
                          {"key": "theme", "value": '["http://inspire.ec.europa.eu/theme/tn"]'},
                          {"key": "spatial", "value": '{"type":"Polygon","coordinates":[[[5.4,47.0],[5.6,47.0],'
                                                      '[5.6,47.2],[5.4,47.2],[5.4,47.0]]]}'},
                          {"key": "modified", "value": "2025-11-30"}],
               "resources": [{"url": "https://d.fr/pistes.gpkg", "format": "GPKG"},
                             {"url": "https://geo.fr/wms", "format": "WMS", "passerelle_key": "service:wms:ws:pistes"}]}
    found = portals.ckan_entry(dataset, vocab, "https://data.dole.fr/")
    record = found.record
    assert (found.key, found.organisation, found.url) == ("passerelle-pistes", "Ville de Dole",
                                                          "https://data.dole.fr/dataset/passerelle-pistes")
    assert record.identifier == "id-pistes" and record.access == SHARED_ACCESS and not found.public
    assert record.licence == "https://spdx.org/licenses/ODbL-1.0" and record.frequency == ANNUAL
    assert record.themes == ["http://inspire.ec.europa.eu/theme/tn"] and record.revised == dt.date(2025, 11, 30)
    assert (record.extent.west, record.extent.north) == (5.4, 47.2) and record.contact.email == "sig@dole.fr"
    assert [(link.kind, link.layer) for link in found.links] == [(DOWNLOAD, ""), (WMS, "ws:pistes")]


def test_a_portal_value_that_maps_to_no_concept_stays_for_the_vocabulary_check(vocab):
    dataset = {"id": "x", "name": "x", "title": "X", "extras": [
        {"key": "frequency", "value": "http://publications.europa.eu/resource/authority/frequency/EVERY_18_MONTHS"}]}
    assert portals.ckan_entry(dataset, vocab).record.frequency.endswith("EVERY_18_MONTHS")


def test_udata_and_opendatasoft_datasets_are_read_back(vocab):
    udata = {"id": "64f", "title": "Écoles", "description": "Les écoles.", "private": False, "license": "lov2",
             "frequency": "monthly", "spatial": {"granularity": "fr:commune"}, "last_update": "2026-03-01T00:00:00",
             "organization": {"name": "Commune de Dole"}, "page": "https://www.data.gouv.fr/datasets/ecoles/",
             "resources": [{"url": "https://d.fr/ecoles.csv", "type": "main", "format": "csv"}],
             "extras": {"passerelle:identifier": "id-ecoles"}}
    found = portals.udata_entry(udata, vocab)
    assert found.public and found.record.access == OPEN_ACCESS and found.record.licence == ETALAB
    assert found.record.frequency.endswith("/MONTHLY") and found.record.granularity.endswith("fr-commune")
    assert found.record.identifier == "id-ecoles" and found.links[0].kind == DOWNLOAD
    ods = {"dataset_id": "ecoles", "dataset_uid": "da_1", "visibility": "restricted", "has_records": True,
           "metas": {"default": {"title": "Écoles", "description": "<p>Les &eacute;coles.</p>",
                                 "license": "Licence Ouverte v2.0 (Etalab)", "modified": "2026-02-01T00:00:00+00:00",
                                 "keyword": ["école"], "publisher": "Ville"},
                     "dcat": {"accrualperiodicity": ANNUAL}}}
    found = portals.ods_entry(ods, vocab, "https://data.ville.fr")
    assert not found.public and found.record.access == SHARED_ACCESS and found.record.abstract == "Les écoles."
    assert found.record.licence == ETALAB and found.record.frequency == ANNUAL and found.organisation == "Ville"
    assert found.links[0].url == "https://data.ville.fr/api/explore/v2.1/catalog/datasets/ecoles/exports/geojson"


# -- the report --------------------------------------------------------------------------------------------

def complete(identifier, title, **changes):
    record = Record(identifier=identifier, title=title, abstract="Résumé.", access=OPEN_ACCESS, licence=ETALAB,
                    frequency=ANNUAL, revised=dt.date(2026, 5, 1), extent=Extent(5.9, 47.0, 6.0, 47.1))
    return record.replace(**changes)


def test_report_figures_by_organisation_and_frequency(vocab):
    rules = CheckContext(vocabularies=vocab, today=dt.date(2026, 6, 1), required_fields=("title", "abstract"),
                         territory=Territory("BFC", (2.84, 46.15, 7.16, 48.41)))
    audit = Audit(rules, source="dossier")
    audit.add(Entry("a", complete("a", "Pistes"), "Commune"))
    audit.add(Entry("b", complete("b", "Arrêts", abstract="", revised=dt.date(2020, 1, 1)), "Commune"))
    audit.add(Entry("c", complete("c", "Réseau", access=SHARED_ACCESS, licence=None), "Syndicat"))
    audit.add(Entry("a", complete("a", "Pistes"), "Commune"))  # served twice by the source: audited once
    report = audit.finish({})
    assert report.repeated == 1 and len(report.records) == 3
    commune, syndicat = report.organisations()
    assert (commune["organisation"], commune["records"], commune["completeness"], commune["overdue"]) == \
        ("Commune", 2, 75.0, 1)
    assert (commune["open"], commune["open_share"], syndicat["shared"], syndicat["completeness"]) == (2, 100.0, 1, 66.7)
    annual = next(row for row in report.overdue_by_frequency() if row["frequency"] == ANNUAL)
    assert (annual["records"], annual["overdue"]) == (3, 1)
    totals = report.totals()
    assert totals["records"] == 3 and totals["access"] == {"open": 2, "shared": 1, "closed": 0, "unknown": 0}
    assert report.codes("b") == {"metadata.required", "freshness.overdue"}


def test_the_csv_neutralises_formulas():
    report = AuditReport("x")
    from passerelle.catalogue.audit.model import AuditFinding

    report.findings.append(AuditFinding("audit.link-broken", "error", "k", "id", "=HYPERLINK(\"http://evil\")",
                                        "+33 org", "@SUM(A1)", "msg", url="-1+1"))
    rows = list(csv.reader(io.StringIO(report.to_csv())))
    assert rows[0][0] == "code"
    code, severity, organisation, key, identifier, title, field_, url, message = rows[1]
    assert (title, organisation, url, message) == ("'=HYPERLINK(\"http://evil\")", "'+33 org", "'-1+1", "'@SUM(A1)")
    assert spreadsheet_safe("Voirie") == "Voirie" and spreadsheet_safe(None) == ""
