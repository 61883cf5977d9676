"""Records portals accept as they are: GeoNetwork's rules, INSPIRE TG 2.0, DCAT-AP 2.1.1, the harvest path.

The validators are our encodings (tests/support: portal_rules.py, portal_validators/);
every rule is shown to fail on a record that breaks it, so a pass means something.
"""
import copy
import datetime as dt

import pytest
import rdflib
from lxml import etree

from support import portal_rules as rules
from passerelle.catalogue import tagging
from passerelle.catalogue.encoders import dcat, iso19139
from passerelle.catalogue.record import Constraint, Contact, Extent, Link, Record, new_identifier
from passerelle.sample import territory
from support.portal_validation import DCAT, DCT, harvest, harvested_essentials, missing_after_harvest, shacl_violations
from support.xsd import assert_valid_iso

NS = rules.NS
ORGANISATION = {"name": "Commune de Saint-Aubin-sur-Loue", "siret": territory.COMMUNE["siret"],
                "email": "sig@saint-aubin-sur-loue.fr"}
BOX = Extent(5.61, 47.03, 5.64, 47.04, "EPSG:2154")
WMS = "https://geo.saint-aubin.fr/ows?SERVICE=WMS&REQUEST=GetCapabilities"
WFS = "https://geo.saint-aubin.fr/ows?SERVICE=WFS&REQUEST=GetCapabilities"


def sample_records(vocab) -> dict:
    """The demo's records, as the agent tags them (open, closed, shared, imported from QGIS, in English)."""
    records = {name: tagging.apply_fields(Record(), tags, vocab).replace(extent=BOX, revised=dt.date(2026, 1, 5))
               for name, tags in territory.default_tags(dt.date(2026, 6, 1)).items()}
    concessions = records["concessions_cimetiere"]
    records["shared"] = concessions.replace(
        identifier=new_identifier(), access="https://w3id.org/passerelle/vocabulary/access-level/partagee",
        nature="https://w3id.org/passerelle/vocabulary/nature/publique",
        legal_basis="http://inspire.ec.europa.eu/metadata-codelist/LimitationsOnPublicAccess/INSPIRE_Directive_Article13_1d")
    records["imported"] = records["parcelles"].replace(
        identifier=new_identifier(), temporal_start=dt.date(2020, 1, 1), temporal_end=None,
        contacts=[Contact(organisation="Département du Jura", email="sig@jura.fr", role="custodian")],
        constraints=[Constraint("Pas de diffusion des plans internes", "access"), Constraint("Citer la source", "use"),
                     Constraint("Échelle d'usage : 1/2000", "other")],
        other_licences=["Licence communale"], rights=["© Commune"], scale=2000, resolution_m=0.5,
        links=[Link(url="https://www.saint-aubin.fr/cadastre", name="Page"),
               Link(url="file:///C:/SIG/notice.pdf", name="Notice locale")])
    records["english"] = records["arrets_bus"].replace(identifier=new_identifier(), language="eng")
    return records


def encode(record, vocab, **options):
    options.setdefault("organisation", ORGANISATION)
    return iso19139.encode(record, vocab, **options)


def publication_links():
    return [iso19139.service_link("wms", WMS, "arrets_bus", title="Arrêts de bus"),
            iso19139.service_link("wfs", WFS, "arrets_bus", title="Arrêts de bus"),
            {"url": "https://data.saint-aubin.fr/arrets_bus.gpkg", "protocol": "WWW:DOWNLOAD-1.0-http--download",
             "name": "arrets_bus.gpkg", "function": "download"}]


# --- ISO 19139: GeoNetwork's rules and TG 2.0 on every kind of record ---------------------------------

@pytest.mark.parametrize("name", ["equipements_publics", "arrets_bus", "parcelles", "zonage_plu",
                                  "concessions_cimetiere", "reseau_eclairage", "shared", "imported", "english"])
@pytest.mark.parametrize("convention", ["geonetwork", "inspire"])
def test_every_kind_of_record_passes_geonetwork_rules_tg2_and_the_xsd(vocab, name, convention):
    record = sample_records(vocab)[name]
    links = publication_links() if record.access.endswith("ouverte") else [
        {"url": "mailto:sig@saint-aubin-sur-loue.fr", "name": "Demande d'accès", "function": "order"}]
    xml = encode(record, vocab, online_resources=links, formats=[{"name": "GeoPackage"}], link_convention=convention,
                 language="eng" if name == "english" else "fre")
    assert rules.failures(xml) == {}
    assert_valid_iso(xml)
    assert missing_after_harvest(xml) == []


def test_record_without_distribution_passes_all_but_the_encoding_the_exporter_always_gives(vocab):
    xml = encode(sample_records(vocab)["parcelles"], vocab)
    assert rules.failures(xml) == {"TG-2.1/2.4/2.6": ["2.6 no encoding"]}


def good_document(vocab):
    record = sample_records(vocab)["imported"]
    return etree.fromstring(encode(record, vocab, online_resources=publication_links(), formats=["GeoPackage"]))


def remove(path):
    def mutate(doc):
        for element in doc.xpath(path, namespaces=NS):
            element.getparent().remove(element)
    return mutate


def set_text(path, value):
    def mutate(doc):
        for element in doc.xpath(path, namespaces=NS):
            element.text = value
    return mutate


def set_attribute(path, name, value):
    def mutate(doc):
        for element in doc.xpath(path, namespaces=NS):
            element.set(name, value)
    return mutate


def duplicate(path):
    def mutate(doc):
        element = doc.xpath(path, namespaces=NS)[0]
        element.addnext(copy.deepcopy(element))
    return mutate


IDENT = "/gmd:MD_Metadata/gmd:identificationInfo/gmd:MD_DataIdentification"
CONDITIONS = f"{IDENT}/gmd:resourceConstraints/gmd:MD_LegalConstraints[@id='conditions']"
LIMITATIONS = f"{IDENT}/gmd:resourceConstraints/gmd:MD_LegalConstraints[@id='limitations']"
PRODUCER = f"{IDENT}/gmd:pointOfContact/gmd:CI_ResponsibleParty[@id='producer']"
BREAKS = {
    "GN-ISO-M6": set_text(f"{IDENT}/gmd:abstract/gco:CharacterString", ""),
    "GN-ISO-M8": remove(f"{PRODUCER}/gmd:organisationName"),
    "GN-ISO-M9.access": remove(f"{LIMITATIONS}/gmd:otherConstraints"),
    # The first failure: the condition given only as an Anchor.
    "GN-ISO-M9.use": remove(f"{CONDITIONS}/gmd:otherConstraints[gco:CharacterString]"),
    "GN-ISO-M13": remove("//gmd:LI_Lineage/gmd:statement | //gmd:LI_Lineage/gmd:processStep"),
    "GN-ISO-M14": remove("//gmd:LI_Lineage/*"),
    "GN-ISO-M16": remove("//gmd:DQ_DataQuality/gmd:report | //gmd:DQ_DataQuality/gmd:lineage"),
    "GN-ISO-M17": set_attribute("//gmd:DQ_Scope/gmd:level/*", "codeListValue", "attribute"),
    "GN-ISO-M19": remove("//gmd:MD_Distribution/gmd:distributionFormat"),
    "GN-ISO-M20": remove(f"{IDENT}/gmd:extent/gmd:EX_Extent/*"),
    "GN-ISO-M21": remove(f"{IDENT}/gmd:extent/*/gmd:geographicElement"),
    "GN-ISO-M22": remove(f"{IDENT}/gmd:topicCategory"),
    "GN-ISO-required": remove(f"{IDENT}/gmd:citation/*/gmd:date/*/gmd:dateType/*"),
    "GN-INSPIRE-M35/M36": remove(f"{IDENT}/gmd:abstract"),
    "GN-INSPIRE-M37": set_attribute("/gmd:MD_Metadata/gmd:hierarchyLevel/*", "codeListValue", "attribute"),
    "GN-INSPIRE-M52": set_text("//gmd:CI_OnlineResource/gmd:linkage/gmd:URL", " "),
    "GN-INSPIRE-M55/M39/M38": remove(f"{IDENT}/gmd:citation/*/gmd:identifier"),
    "GN-INSPIRE-M40": remove(f"{IDENT}/gmd:descriptiveKeywords[*/gmd:thesaurusName/*/gmd:title/*"
                             "[contains(., 'INSPIRE themes')]]"),
    "GN-INSPIRE-M41": set_text("//gmd:northBoundLatitude/gco:Decimal", "6662000.5"),
    "GN-INSPIRE-M43": remove("//gmd:LI_Lineage/gmd:statement"),
    "GN-INSPIRE-M56": remove(f"{IDENT}/gmd:spatialResolution/*/*"),
    "GN-INSPIRE-M44": remove("//gmd:DQ_DataQuality/gmd:report"),
    "GN-INSPIRE-M45.rc/ca/or": remove(f"{IDENT}/gmd:resourceConstraints/*/gmd:accessConstraints"),
    # The second failure: no use limitation anywhere.
    "GN-INSPIRE-M45.ul": remove(f"{IDENT}/gmd:resourceConstraints/*/gmd:useLimitation"),
    # The third failure: the owner party has a name and no e-mail.
    "GN-INSPIRE-M47": remove(f"{PRODUCER}/gmd:contactInfo"),
    "GN-INSPIRE-M48/M49/M50": remove("/gmd:MD_Metadata/gmd:contact//gmd:electronicMailAddress"),
    "GN-INSPIRE-strict-M44": lambda doc: [t.getparent().replace(t, etree.fromstring(
        f'<gmx:Anchor xmlns:gmx="{NS["gmx"]}" xmlns:xlink="{NS["xlink"]}" '
        f'xlink:href="http://data.europa.eu/eli/reg/2010/1089">{t.text}</gmx:Anchor>'))
        for t in doc.xpath("//gmd:specification/*/gmd:title/gco:CharacterString", namespaces=NS)],
    "TG-C.2/C.5/C.7": set_attribute("/gmd:MD_Metadata/gmd:language/*", "codeListValue", "fra"),
    "TG-C.6": set_attribute("/gmd:MD_Metadata/gmd:contact/*/gmd:role/*", "codeListValue", "owner"),
    "TG-C.8/C.9": set_text(f"{IDENT}/gmd:citation/*/gmd:title/gco:CharacterString", None),
    "TG-C.14": set_attribute("//gml:TimePeriod/gml:endPosition", "indeterminatePosition", "after"),
    "TG-C.10": remove(f"{PRODUCER}/gmd:contactInfo//gmd:electronicMailAddress"),
    "TG-C.11/C.12/C.13": duplicate(f"{IDENT}/gmd:citation/*/gmd:date[*/gmd:dateType/*/@codeListValue='revision']"),
    "TG-C.15/C.16": remove(f"{IDENT}/gmd:descriptiveKeywords/*/gmd:thesaurusName/*/gmd:date"),
    # A second legal block stating an access constraint: "exactly one" breaks.
    "TG-C.17": duplicate(LIMITATIONS),
    # The conditions given only as a licence Anchor: the validator counts no conditions block.
    "TG-C.18": remove(f"{CONDITIONS}/gmd:otherConstraints[gco:CharacterString]"),
    "TG-C.19": set_text("//gmd:westBoundLongitude/gco:Decimal", "5"),
    "TG-C.20/C.21/C.22": remove("//gmd:DQ_ConformanceResult/gmd:specification/*/gmd:date"),
    "TG-1.1/1.2/1.3": set_attribute("/gmd:MD_Metadata/gmd:hierarchyLevel/*", "codeListValue", "service"),
    "TG-1.4": set_text(f"{IDENT}/gmd:descriptiveKeywords/*[gmd:thesaurusName/*/gmd:title/*"
                       "[contains(., 'INSPIRE themes')]]/gmd:keyword/*", "Cadastre"),
    "TG-1.5": set_attribute(f"{IDENT}/gmd:spatialResolution/*/gmd:distance/gco:Distance", "uom", "km"),
    "TG-1.6/1.7": remove(f"{IDENT}/gmd:topicCategory"),
    "TG-1.8": set_text("//gmd:CI_OnlineResource/gmd:linkage/gmd:URL", ""),
    "TG-1.9/1.10/1.11": remove("//gmd:DQ_DataQuality/gmd:report"),
    "TG-2.1/2.4/2.6": remove("//gmd:MD_Format/gmd:version"),
}
# Mutations in two steps: a series level left unnamed; every citation date made a creation date.
BREAKS["GN-ISO-M61"] = lambda doc: (set_attribute("/gmd:MD_Metadata/gmd:hierarchyLevel/*", "codeListValue",
                                                  "series")(doc),
                                    remove("/gmd:MD_Metadata/gmd:hierarchyLevelName")(doc))
BREAKS["GN-INSPIRE-M42"] = lambda doc: [set_attribute(f"{IDENT}/gmd:citation/*/gmd:date/*/gmd:dateType/*",
                                                      "codeListValue", "creation")(doc)]


@pytest.mark.parametrize("rule_id", sorted(set(rules.RULES) - {"GN-ISO-M11", "GN-GN-M500"}))
def test_each_encoded_rule_fails_on_a_record_that_breaks_it(vocab, rule_id):
    doc = good_document(vocab)
    assert rules.RULES[rule_id][1](doc) == [], "the record Passerelle writes passes"
    BREAKS[rule_id](doc)
    assert rules.RULES[rule_id][1](doc), f"{rule_id} should fail once broken"


def test_source_and_locale_rules_fail_on_records_that_break_them(vocab):
    doc = good_document(vocab)
    lineage = doc.xpath("//gmd:LI_Lineage", namespaces=NS)[0]
    etree.SubElement(etree.SubElement(lineage, f"{{{NS['gmd']}}}source"), f"{{{NS['gmd']}}}LI_Source")
    assert rules.RULES["GN-ISO-M11"][1](doc)
    doc.remove(doc.find("gmd:language", NS))
    doc.insert(5, etree.Element(f"{{{NS['gmd']}}}locale"))
    assert rules.RULES["GN-GN-M500"][1](doc)


def test_owner_without_email_is_completed_by_the_profile_organisation(vocab):
    producer = Contact(organisation="Commune de Saint-Aubin-sur-Loue", siret=territory.COMMUNE["siret"], role="owner")
    record = sample_records(vocab)["parcelles"].replace(producer=producer)
    assert "GN-INSPIRE-M47" in rules.failures(iso19139.encode(record, vocab, formats=["GeoPackage"]))
    xml = iso19139.encode(record, vocab, organisation=ORGANISATION, formats=["GeoPackage"])
    assert rules.failures(xml) == {}
    emails = etree.fromstring(xml).xpath(f"{PRODUCER}//gmd:electronicMailAddress/*/text()", namespaces=NS)
    assert emails == ["sig@saint-aubin-sur-loue.fr"]


def test_local_links_never_reach_the_iso_record(vocab):
    xml = encode(sample_records(vocab)["imported"], vocab)
    assert b"file://" not in xml and b"notice" not in xml.lower()
    assert b"https://www.saint-aubin.fr/cadastre" in xml


# --- service links: the GeoNetwork convention is what GeoNetwork, MetaSearch and OWSLib read ------------

def online_resources(xml):
    from owslib.iso import MD_Metadata

    metadata = MD_Metadata(etree.fromstring(xml))
    return [(o.protocol, o.name, o.url) for o in metadata.distribution.online]


def test_geonetwork_convention_gives_owslib_the_protocols_and_layer_names(vocab):
    xml = encode(sample_records(vocab)["arrets_bus"], vocab, online_resources=publication_links())
    assert online_resources(xml)[:2] == [("OGC:WMS", "arrets_bus", WMS), ("OGC:WFS", "arrets_bus", WFS)]
    assert online_resources(xml)[2][0] == "WWW:DOWNLOAD-1.0-http--download"


def test_inspire_convention_writes_tg_anchors_which_owslib_does_not_read(vocab):
    xml = encode(sample_records(vocab)["arrets_bus"], vocab, online_resources=publication_links(),
                 link_convention="inspire")
    assert [protocol for protocol, _name, _url in online_resources(xml)[:2]] == [None, None]
    doc = etree.fromstring(xml)
    assert doc.xpath("//gmd:CI_OnlineResource/gmd:protocol/gmx:Anchor/@xlink:href", namespaces=NS) == [
        "http://www.opengis.net/def/serviceType/ogc/wms", "http://www.opengis.net/def/serviceType/ogc/wfs"]


def test_a_target_convention_overrides_the_encoder_default(vocab):
    links = iso19139.with_link_convention(publication_links(), "inspire")
    xml = encode(sample_records(vocab)["arrets_bus"], vocab, online_resources=links, link_convention="geonetwork")
    assert [protocol for protocol, _name, _url in online_resources(xml)[:2]] == [None, None]
    with pytest.raises(ValueError):
        iso19139.with_link_convention(publication_links(), "esri")


def test_ogc_api_features_link_in_geonetwork_convention(vocab):
    link = iso19139.service_link("ogcapi", "https://geo.saint-aubin.fr/ogcapi/collections", "arrets_bus")
    xml = encode(sample_records(vocab)["arrets_bus"], vocab, online_resources=[link])
    assert online_resources(xml) == [("OGC API - Features", "arrets_bus", "https://geo.saint-aubin.fr/ogcapi/collections")]


# --- the harvest path (data.gouv.fr) -----------------------------------------------------------------

def test_closed_record_keeps_its_access_rights_and_conditions_through_the_harvest_path(vocab):
    concessions = sample_records(vocab)["concessions_cimetiere"]
    order = [{"url": "mailto:sig@saint-aubin-sur-loue.fr", "name": "Demande d'accès", "function": "order"}]
    kept = harvested_essentials(harvest(encode(concessions, vocab, online_resources=order)))
    assert rdflib.URIRef(rules.LOPA + "INSPIRE_Directive_Article13_1f") in kept["access_rights"]
    assert kept["licences"] and kept["frequency"].endswith("/CONT") and kept["contact"]


def test_harvest_path_drops_licence_and_access_rights_of_a_record_without_distribution(vocab):
    # What happened to the closed record before it said where access is requested.
    xml = encode(sample_records(vocab)["concessions_cimetiere"], vocab)
    assert missing_after_harvest(xml) == ["licence or access rights"]


def test_harvest_path_reads_the_title_as_text_only(vocab):
    doc = etree.fromstring(encode(sample_records(vocab)["parcelles"], vocab, online_resources=publication_links()))
    title = doc.xpath(f"{IDENT}/gmd:citation/*/gmd:title/gco:CharacterString", namespaces=NS)[0]
    title.getparent().replace(title, etree.fromstring(f'<gmx:Anchor xmlns:gmx="{NS["gmx"]}">{title.text}</gmx:Anchor>'))
    assert "title" in missing_after_harvest(etree.tostring(doc))


# --- DCAT-AP 2.1.1 -----------------------------------------------------------------------------------

def catalogue(vocab, records, **options):
    distributions = {r.identifier: [{"title": "GeoPackage", "download_url": f"https://data.saint-aubin.fr/{r.identifier}.gpkg",
                                     "format": "GPKG", "media_type": "application/geopackage+sqlite3",
                                     "byte_size": 106496, "licence": r.licence}]
                     for r in records if r.access.endswith("ouverte")}
    return dcat.catalogue_graph(records, catalogue_uri="https://data.saint-aubin.fr/catalogue",
                                title="Catalogue", publisher=ORGANISATION, base_uri="https://data.saint-aubin.fr/datasets/",
                                vocabularies=vocab, distributions=distributions, **options)


def test_dcat_catalogue_of_every_kind_of_record_meets_dcat_ap_2_1_1(vocab):
    graph = catalogue(vocab, list(sample_records(vocab).values()))
    assert shacl_violations(graph) == []
    for text, fmt in ((graph.serialize(format="turtle"), "turtle"),
                      (graph.serialize(format="json-ld", context=dcat.JSONLD_CONTEXT), "json-ld")):
        assert shacl_violations(rdflib.Graph().parse(data=text, format=fmt)) == []


def test_closed_and_shared_datasets_carry_exactly_one_access_right(vocab):
    records = sample_records(vocab)
    graph = catalogue(vocab, [records["concessions_cimetiere"], records["shared"]])
    for record, right in ((records["concessions_cimetiere"], "NON_PUBLIC"), (records["shared"], "RESTRICTED")):
        node = rdflib.URIRef("https://data.saint-aubin.fr/datasets/" + record.identifier)
        assert [str(r).rsplit("/", 1)[-1] for r in graph.objects(node, DCT.accessRights)] == [right]
        assert {str(r) for r in graph.objects(node, DCT.rights)} == {record.legal_basis}


def test_shapes_refuse_an_integer_byte_size_and_a_second_access_right(vocab):
    records = sample_records(vocab)
    graph = catalogue(vocab, [records["parcelles"]])
    distribution = next(graph.subjects(rdflib.RDF.type, DCAT.Distribution))
    dataset = next(graph.subjects(rdflib.RDF.type, DCAT.Dataset))
    graph.set((distribution, DCAT.byteSize, rdflib.Literal(106496, datatype=rdflib.XSD.nonNegativeInteger)))
    graph.add((dataset, DCT.accessRights, rdflib.URIRef(rules.LOPA + "noLimitations")))
    components = {(path.rsplit("/", 1)[-1].rsplit("#", 1)[-1], component)
                  for _node, path, component in shacl_violations(graph)}
    assert ("byteSize", "DatatypeConstraintComponent") in components
    assert ("accessRights", "MaxCountConstraintComponent") in components
