"""Publishing the sample territory to the embedded SDI: real pycsw and real qgis_mapserver."""
import json
import os

import pytest
import requests
from lxml import etree
from qgis.core import QgsVectorLayer

from passerelle import api
from passerelle.sample import territory
from passerelle.sdi import local

NS = {"csw": "http://www.opengis.net/cat/csw/2.0.2", "gmd": "http://www.isotc211.org/2005/gmd",
      "gco": "http://www.isotc211.org/2005/gco", "wms": "http://www.opengis.net/wms"}
OPEN_LAYERS = ["equipements_publics", "arrets_bus", "parcelles", "zonage_plu"]


@pytest.fixture
def sdi_profile(tmp_path, monkeypatch):
    monkeypatch.setenv("PASSERELLE_DATA_DIR", str(tmp_path / "data"))
    profile = {"name": "local-test", "version": "1",
               "territory": {"name": "Saint-Aubin-sur-Loue", "bbox": list(territory.COMMUNE["bbox_wgs84"])},
               "targets": {"local": {"type": "local", "folder": str(tmp_path / "sdi"), "kind": "open",
                                     "retries": 1, "timeout": 10}}}
    yield profile
    local.stop_all()


@pytest.fixture
def tagged(project, territory_gpkg):
    layers = {}
    for name, tags in territory.DEFAULT_TAGS.items():
        layer = QgsVectorLayer(f"{territory_gpkg}|layername={name}", name, "ogr")
        project.addMapLayer(layer)
        api.tag(layer, **tags)
        layers[name] = layer
    return layers


def csw_identifiers(csw_url) -> list:
    answer = requests.get(csw_url, params={
        "service": "CSW", "version": "2.0.2", "request": "GetRecords", "typeNames": "csw:Record",
        "resultType": "results", "elementSetName": "brief", "maxRecords": "100"}, timeout=10)
    tree = etree.fromstring(answer.content)
    return sorted(e.text for e in tree.iter("{http://purl.org/dc/elements/1.1/}identifier"))


def dcat_identifiers(sdi) -> list:
    import rdflib

    graph = rdflib.Graph().parse(data=requests.get(sdi.urls["dcat"], timeout=10).text, format="turtle")
    dcat = rdflib.Namespace("http://www.w3.org/ns/dcat#")
    return sorted(str(graph.value(d, rdflib.DCTERMS.identifier))
                  for d in graph.subjects(rdflib.RDF.type, dcat.Dataset))


def wms_layer_names(sdi) -> list:
    tree = etree.fromstring(requests.get(sdi.urls["wms"], timeout=20).content)
    return sorted(e.text for e in tree.iterfind(".//wms:Layer/wms:Layer/wms:Name", NS))


def test_sample_territory_is_published_and_confirmed_by_csw_and_wms(tagged, sdi_profile):
    report = api.publish(list(tagged.values()), sdi_profile)
    sdi = local.sdi_for(sdi_profile["targets"]["local"]["folder"])
    published = {tagged[n].name(): api.record(tagged[n]).identifier for n in OPEN_LAYERS}
    # Personal register and the layer with invalid geometries are refused, with the reason.
    # Refused with the reason: the personal register (status rules), the layer with invalid
    # geometries and the equipment breaking its declared schema.
    refused = {o.layer for o in report.outcomes if o.state == "refused"}
    assert refused == {"concessions_cimetiere", "reseau_eclairage", "equipements_publics"}
    concessions = next(o for o in report.outcomes if o.layer == "concessions_cimetiere")
    assert concessions.code in ("policy.status", "rgpd.personal-columns") and concessions.message_fr
    ok_layers = {o.layer for o in report.outcomes if o.ok}
    assert {"arrets_bus", "parcelles", "zonage_plu"} <= ok_layers
    expected = sorted(published[n] for n in ok_layers)
    assert csw_identifiers(sdi.urls["csw"]) == expected
    names = wms_layer_names(sdi)
    assert {"arrets_bus", "parcelles", "zonage_plu"} <= set(names) and len(names) == len(expected)
    # WFS serves every feature of a published layer.
    hits = requests.get(sdi.urls["ows"], params={"SERVICE": "WFS", "VERSION": "1.1.0", "REQUEST": "GetFeature",
                                                 "TYPENAME": "parcelles", "RESULTTYPE": "hits"}, timeout=20)
    assert f'numberOfFeatures="{tagged["parcelles"].featureCount()}"' in hits.text
    # The ISO record carries the WMS and WFS links; the layer points to its record.
    record = requests.get(sdi.urls["csw"], params={
        "service": "CSW", "version": "2.0.2", "request": "GetRecordById", "id": published["parcelles"],
        "outputSchema": "http://www.isotc211.org/2005/gmd", "elementSetName": "full"}, timeout=10).text
    # in the GeoNetwork convention the local CSW uses: protocol text, layer name in gmd:name
    assert "OGC:WMS" in record and "OGC:WFS" in record
    capabilities = requests.get(sdi.urls["wms"], timeout=20).text
    assert published["parcelles"] in capabilities  # MetadataURL to the CSW record
    status = api.publication_status(tagged["parcelles"], sdi_profile)
    assert {t["state"] for t in status["local-test"].values()} == {"published"}


def test_republishing_five_times_leaves_one_record_per_layer_and_unpublish_leaves_none(tagged, sdi_profile):
    layers = [tagged[n] for n in ("arrets_bus", "parcelles", "zonage_plu")]
    first = api.publish(layers, sdi_profile)
    assert first.ok, [(o.layer, o.target, o.message_fr) for o in first.failures]
    sdi = local.sdi_for(sdi_profile["targets"]["local"]["folder"])
    expected = sorted(api.record(layer).identifier for layer in layers)
    for _ in range(4):
        again = api.publish(layers, sdi_profile, force=True)  # force: really send, not "unchanged"
        assert again.ok
    assert csw_identifiers(sdi.urls["csw"]) == expected
    assert wms_layer_names(sdi) == ["arrets_bus", "parcelles", "zonage_plu"]
    assert len(os.listdir(os.path.join(sdi.folder, "records"))) == 2 * len(layers)  # .xml + .json each
    assert dcat_identifiers(sdi) == expected  # the harvestable DCAT catalogue, served over HTTP
    unchanged = api.publish(layers, sdi_profile)
    assert {o.state for o in unchanged.outcomes} == {"unchanged"}

    removed = api.unpublish(layers, sdi_profile)
    assert {o.state for o in removed.outcomes} == {"removed"}
    assert csw_identifiers(sdi.urls["csw"]) == []
    assert wms_layer_names(sdi) == []
    assert [n for n in os.listdir(os.path.join(sdi.folder, "records"))] == []
    assert dcat_identifiers(sdi) == []


def test_a_changed_layer_is_updated_in_place(tagged, sdi_profile):
    layer = tagged["zonage_plu"]
    api.publish([layer], sdi_profile)
    api.tag(layer, title="Zonage du PLU révisé")
    report = api.publish([layer], sdi_profile)
    assert {o.state for o in report.outcomes} == {"updated"}
    sdi = local.sdi_for(sdi_profile["targets"]["local"]["folder"])
    record = requests.get(sdi.urls["csw"], params={
        "service": "CSW", "version": "2.0.2", "request": "GetRecordById", "id": api.record(layer).identifier,
        "elementSetName": "brief"}, timeout=10).text
    assert "Zonage du PLU révisé" in record
    assert csw_identifiers(sdi.urls["csw"]) == [api.record(layer).identifier]


def test_dry_run_lists_requests_and_sends_no_change(tagged, sdi_profile):
    layers = [tagged["arrets_bus"], tagged["parcelles"]]
    report = api.publish(layers, sdi_profile, dry_run=True)
    assert report.ok, [(o.target, o.message_fr) for o in report.failures]
    assert {o.state for o in report.outcomes} <= {"published", "planned"}
    methods = {(r["method"], r["target"].split("(")[-1]) for r in report.requests}
    assert any(m == "POST" for m, _ in methods)  # the CSW transactions it would send
    assert any(r["method"] == "WRITE" and r["url"].endswith(".qgs") for r in report.requests)
    sdi = local.sdi_for(sdi_profile["targets"]["local"]["folder"])
    assert csw_identifiers(sdi.urls["csw"]) == [] and wms_layer_names(sdi) == []
    assert api.publication_status(layers[0], sdi_profile) == {}


def test_a_missing_pycsw_is_explained_in_french(tagged, sdi_profile, monkeypatch, tmp_path):
    from passerelle.catalogue.errors import PasserelleError

    monkeypatch.setenv("PASSERELLE_PYCSW_VENV", str(tmp_path / "nulle-part"))
    with pytest.raises(PasserelleError) as error:
        api.publish([tagged["parcelles"]], sdi_profile)
    assert error.value.code == "sdi.start" and "PASSERELLE_PYCSW_VENV" in error.value.message_fr


def test_local_dcat_catalogue_gives_what_the_data_gouv_fr_harvester_reads(tagged, sdi_profile):
    import rdflib
    from rdflib.namespace import DCAT, DCTERMS, RDF

    layers = [tagged["arrets_bus"], tagged["parcelles"]]
    assert api.publish(layers, sdi_profile).ok
    sdi = local.sdi_for(sdi_profile["targets"]["local"]["folder"])
    graph = rdflib.Graph().parse(data=requests.get(sdi.urls["dcat"], timeout=10).text, format="turtle")
    assert len(list(graph.subjects(RDF.type, DCAT.Catalog))) == 1
    for layer in layers:
        record = api.record(layer)
        dataset = next(graph.subjects(DCTERMS.identifier, rdflib.Literal(record.identifier)))
        assert str(graph.value(dataset, DCTERMS.title)) == record.title
        assert str(graph.value(dataset, DCTERMS.description)) == record.abstract
        assert graph.value(dataset, DCTERMS.accrualPeriodicity) == rdflib.URIRef(record.frequency)
        assert graph.value(dataset, DCTERMS.accessRights) is not None
        licences = {graph.value(d, DCTERMS.license) for d in graph.objects(dataset, DCAT.distribution)}
        licences.add(graph.value(dataset, DCTERMS.license))
        assert rdflib.URIRef(record.licence) in licences  # "https://spdx.org/licenses/etalab-2.0": lov2 for udata
        spatial = graph.value(dataset, DCTERMS.spatial)
        assert graph.value(spatial, DCAT.bbox) is not None
        temporal = graph.value(dataset, DCTERMS.temporal)
        assert temporal is None or graph.value(temporal, DCAT.startDate) is not None
        distributions = list(graph.objects(dataset, DCAT.distribution))
        downloads = [graph.value(d, DCAT.downloadURL) for d in distributions if graph.value(d, DCAT.downloadURL)]
        assert downloads and all(graph.value(d, DCTERMS["format"]) is not None for d in distributions)
        assert requests.get(str(downloads[0]), timeout=10).content[:16] == b"SQLite format 3\x00"  # it downloads
        assert any(graph.value(d, DCAT.accessURL) and "WMS" in str(graph.value(d, DCTERMS["format"]))
                   for d in distributions)  # the view service as an access distribution


def test_published_records_complete_the_producer_and_cite_the_schema_as_exports_do(tagged, sdi_profile):
    """The package's ISO encoder gets the profile's organisation (its e-mail completes the producer's) and
    cites a schema given as a file of this machine where the SDI serves it, never by its path."""
    equipment = tagged["equipements_publics"]
    broken = ",".join(str(fid) for fid in territory.SCHEMA_BROKEN_FIDS)
    equipment.setSubsetString(f"fid NOT IN ({broken})")  # the features that break the schema on purpose
    api.tag(equipment, producer={"organisation": "Commune de Saint-Aubin-sur-Loue",
                                 "siret": territory.COMMUNE["siret"]})
    profile = dict(sdi_profile, organisation={"name": "Commune de Saint-Aubin-sur-Loue",
                                              "siret": territory.COMMUNE["siret"], "email": "mairie@saint-aubin.fr"})
    report = api.publish([equipment], profile)
    assert report.ok, [(o.target, o.code, o.message_fr) for o in report.failures]
    sdi = local.sdi_for(sdi_profile["targets"]["local"]["folder"])
    identifier = api.record(equipment).identifier
    record = etree.fromstring(requests.get(sdi.urls["csw"], params={
        "service": "CSW", "version": "2.0.2", "request": "GetRecordById", "id": identifier,
        "outputSchema": NS["gmd"], "elementSetName": "full"}, timeout=10).content)
    producer = record.xpath("//gmd:pointOfContact/gmd:CI_ResponsibleParty[@id='producer']", namespaces=NS)[0]
    assert producer.xpath("string(.//gmd:electronicMailAddress/*)", namespaces=NS) == "mairie@saint-aubin.fr"
    cited = record.xpath("string(//gmd:featureCatalogueCitation/*/gmd:title/*/@xlink:href)",
                         namespaces={**NS, "xlink": "http://www.w3.org/1999/xlink"})
    name = os.path.basename(territory.SCHEMA_PATH)
    assert cited == f"../schemas/{name}"
    text = etree.tostring(record).decode()
    assert "file:" not in text and os.path.dirname(territory.SCHEMA_PATH) not in text
    # Relative to the record the folder serves (records/<id>.xml), it is the schema itself.
    served = requests.get(f"{sdi.urls['files']}/records/../schemas/{name}", timeout=10)
    assert served.status_code == 200 and served.json()["fields"]
    assert requests.get(f"{sdi.urls['files']}/schemas/{name}", timeout=10).json() == served.json()


def test_the_local_target_writes_service_links_in_the_convention_its_profile_chose(tagged, sdi_profile):
    profile = json.loads(json.dumps(sdi_profile))
    profile["targets"]["local"]["link_convention"] = "inspire"
    layer = tagged["arrets_bus"]
    assert api.publish([layer], profile).ok
    sdi = local.sdi_for(sdi_profile["targets"]["local"]["folder"])
    identifier = api.record(layer).identifier
    anchors = "//gmd:CI_OnlineResource/gmd:protocol/gmx:Anchor/@xlink:href"
    ns = {**NS, "gmx": "http://www.isotc211.org/2005/gmx", "xlink": "http://www.w3.org/1999/xlink"}
    from_csw = etree.fromstring(requests.get(sdi.urls["csw"], params={
        "service": "CSW", "version": "2.0.2", "request": "GetRecordById", "id": identifier,
        "outputSchema": NS["gmd"], "elementSetName": "full"}, timeout=10).content)
    from_folder = etree.fromstring(requests.get(f"{sdi.urls['files']}/records/{identifier}.xml", timeout=10).content)
    for record in (from_csw, from_folder):
        assert {"http://www.opengis.net/def/serviceType/ogc/wms",
                "http://www.opengis.net/def/serviceType/ogc/wfs"} <= set(record.xpath(anchors, namespaces=ns))
        assert "OGC:WMS" not in etree.tostring(record).decode()


# -- ownership: what the local SDI holds that Passerelle did not publish ------------------------------------

FOREIGN_RECORD = """<gmd:MD_Metadata xmlns:gmd="http://www.isotc211.org/2005/gmd"
  xmlns:gco="http://www.isotc211.org/2005/gco">
  <gmd:fileIdentifier><gco:CharacterString>{uuid}</gco:CharacterString></gmd:fileIdentifier>
  <gmd:contact><gmd:CI_ResponsibleParty><gmd:organisationName><gco:CharacterString>Service urbanisme
  </gco:CharacterString></gmd:organisationName></gmd:CI_ResponsibleParty></gmd:contact>
  <gmd:identificationInfo><gmd:MD_DataIdentification><gmd:citation><gmd:CI_Citation>
    <gmd:title><gco:CharacterString>Fiche du collègue</gco:CharacterString></gmd:title>
  </gmd:CI_Citation></gmd:citation></gmd:MD_DataIdentification></gmd:identificationInfo>
</gmd:MD_Metadata>"""


def set_identifier(layer, identifier):
    metadata = layer.metadata()
    metadata.setIdentifier(identifier)
    layer.setMetadata(metadata)


def local_csw(profile):
    """The local SDI's CSW publisher: a CSW-T client of the running pycsw, as any other tool would hold."""
    return next(p for p in api.context(profile).publishers() if p.name.endswith("-csw"))


def record_title(csw, identifier):
    record = csw.fetch(identifier)
    return None if record is None else record.findtext(
        "gmd:identificationInfo/*/gmd:citation/*/gmd:title/gco:CharacterString", namespaces=NS)


def test_an_empty_registry_sends_nothing_and_a_colleagues_record_is_neither_deleted_nor_overwritten(
        tagged, sdi_profile):
    layer, warm_up = tagged["arrets_bus"], tagged["parcelles"]
    assert api.publish([warm_up], sdi_profile).ok  # the local SDI runs
    identifier = api.record(layer).identifier
    csw = local_csw(sdi_profile)
    csw._transaction("Insert", etree.fromstring(FOREIGN_RECORD.format(uuid=identifier)))  # a colleague's record

    removed = api.unpublish([layer], sdi_profile)  # this registry has never published the layer

    assert {(o.state, o.code) for o in removed.outcomes} == {("unchanged", "unpublish.not-published")}
    assert record_title(csw, identifier) == "Fiche du collègue"

    refused = api.publish([layer], sdi_profile)

    by_target = {o.target: o for o in refused.outcomes}
    csw_outcome = by_target["local-csw"]
    assert csw_outcome.code == "publish.not-ours" and "Service urbanisme" in csw_outcome.message_fr
    assert not refused.ok and record_title(csw, identifier) == "Fiche du collègue"
    assert "arrets_bus" not in wms_layer_names(local.sdi_for(sdi_profile["targets"]["local"]["folder"]))
    assert api.publication_status(layer, sdi_profile) == {}  # rolled back: nothing of this layer is registered

    adopted = api.publish([layer], sdi_profile, adopt=True)

    assert adopted.ok, [(o.target, o.code, o.message_fr) for o in adopted.failures]
    assert record_title(csw, identifier) == api.record(layer).title
    assert {o.state for o in api.unpublish([layer], sdi_profile).outcomes} == {"removed"}
    assert csw.fetch(identifier) is None


def test_a_traversal_identifier_never_touches_a_file_outside_the_sdi_folder(tagged, sdi_profile, tmp_path):
    layer = tagged["arrets_bus"]
    victim = tmp_path / "victim" / "settings.json"
    victim.parent.mkdir()
    victim.write_text('{"garder": true}', encoding="utf-8")
    sdi_folder = sdi_profile["targets"]["local"]["folder"]  # records/<id>.xml would land in victim/ (../..)
    set_identifier(layer, "../../victim/settings")

    published = api.publish([layer], sdi_profile)
    removed = api.unpublish([layer], sdi_profile)

    assert {(o.state, o.code) for o in published.outcomes} == {("refused", "record.identifier-invalid")}
    assert {(o.state, o.code) for o in removed.outcomes} == {("failed", "record.identifier-invalid")}
    assert victim.read_text(encoding="utf-8") == '{"garder": true}'
    assert sorted(os.listdir(tmp_path / "victim")) == ["settings.json"]
    records = os.path.join(sdi_folder, "records")
    assert not os.path.exists(records) or os.listdir(records) == []


def test_the_folder_target_and_the_packager_refuse_a_traversal_identifier_before_any_file(tagged, tmp_path):
    from passerelle.catalogue.identifiers import IdentifierError
    from passerelle.qgis_io.layers import read_record
    from passerelle.qgis_io.package import build_package
    from passerelle.sdi.folder import LocalFolderPublisher

    victim = tmp_path / "victim" / "settings.xml"
    victim.parent.mkdir()
    victim.write_bytes(b"<garder/>")
    folder = tmp_path / "sdi" / "records"
    folder.mkdir(parents=True)
    target = LocalFolderPublisher("files", {"folder": str(tmp_path / "sdi")}, None)
    record = read_record(tagged["arrets_bus"]).replace(identifier="../../victim/settings")

    with pytest.raises(IdentifierError):
        target.unpublish("../../victim/settings", {})
    with pytest.raises(IdentifierError):
        build_package(tagged["arrets_bus"], record, "arrets_bus", str(tmp_path / "work"), "", None)

    assert victim.read_bytes() == b"<garder/>"
    assert not (tmp_path / "work").exists() or list((tmp_path / "work").iterdir()) == []
