"""ISO 19139 export/import: XSD validity, the INSPIRE elements validators look for, round trips."""
import dataclasses
import datetime as dt

import pytest
from lxml import etree

from passerelle.catalogue.encoders import iso19139
from passerelle.catalogue.errors import RecordDecodeError
from passerelle.catalogue.record import Contact, Extent, Record

from support.xsd import assert_valid_iso

NS = {"gmd": "http://www.isotc211.org/2005/gmd", "gco": "http://www.isotc211.org/2005/gco",
      "gmx": "http://www.isotc211.org/2005/gmx", "gml": "http://www.opengis.net/gml/3.2",
      "xlink": "http://www.w3.org/1999/xlink"}
HREF = "{http://www.w3.org/1999/xlink}href"
IDENT = "gmd:identificationInfo/gmd:MD_DataIdentification"
PV = "https://w3id.org/passerelle/vocabulary/"
LOPA = "http://inspire.ec.europa.eu/metadata-codelist/LimitationsOnPublicAccess/"
FREQ = "http://publications.europa.eu/resource/authority/frequency/"
THEME = "http://inspire.ec.europa.eu/theme/"
TOPIC = "http://inspire.ec.europa.eu/metadata-codelist/TopicCategory/"
EU_THEME = "http://publications.europa.eu/resource/authority/data-theme/"
SCHEMA_URL = "https://schema.data.gouv.fr/schemas/etalab/schema-amenagements-cyclables/0.3.3/schema.json"


def full_record(**changes) -> Record:
    record = Record(
        identifier="0b7c4d52-3f0e-4a36-9d55-2f6a4e1c9a10",
        title="Aménagements cyclables", abstract="Pistes et bandes cyclables de la commune.",
        keywords=["vélo", "mobilité douce"],
        themes=[THEME + "tn", THEME + "us", EU_THEME + "TRAN", EU_THEME + "GOVE", TOPIC + "transportation"],
        access=PV + "access-level/partagee", nature=PV + "nature/personnelle",
        legal_basis=LOPA + "INSPIRE_Directive_Article13_1d",
        lifecycle="http://inspire.ec.europa.eu/metadata-codelist/ProgressCode/onGoing",
        granularity=PV + "granularity/fr-commune", scale=25000, resolution_m=0.5,
        frequency=FREQ + "WEEKLY_2", licence="https://spdx.org/licenses/etalab-2.0",
        producer=Contact(organisation="Commune de Saint-Aubin-sur-Loue", name="Jeanne Martin",
                         email="sig@saint-aubin.fr", phone="+33 3 81 00 00 00", role="owner",
                         siret="21250500100018"),
        contact=Contact(organisation="Service SIG", name="Paul Durand", email="contact@saint-aubin.fr",
                        phone="03 81 00 00 01", role="pointOfContact"),
        extent=Extent(west=5.8123456789, south=47.01, east=6.00001, north=47.2, crs="EPSG:2154"),
        place="Saint-Aubin-sur-Loue", temporal_start=dt.date(2020, 1, 1), temporal_end=dt.date(2024, 12, 31),
        created=dt.date(2019, 3, 1), revised=dt.date(2024, 6, 30), published=dt.date(2020, 2, 1),
        lineage="Saisie sur orthophotographie 2019, mise à jour sur le terrain.",
        schema=SCHEMA_URL, language="fre")
    return dataclasses.replace(record, **changes)


def links():
    return [iso19139.service_link("wms", "https://geo.example.fr/ows?service=WMS&request=GetCapabilities",
                                  "ville:pistes"),
            iso19139.service_link("wfs", "https://geo.example.fr/ows?service=WFS&request=GetCapabilities",
                                  "ville:pistes"),
            {"url": "https://data.example.fr/pistes.gpkg", "name": "pistes.gpkg", "function": "download",
             "description": "Export GeoPackage"}]


def encode(record, vocab, **options):
    options.setdefault("metadata_date", dt.date(2026, 11, 23))
    return iso19139.encode(record, vocab, **options)


def tree(xml: bytes):
    return etree.fromstring(xml)


def hrefs(doc, path):
    return [e.get(HREF) for e in doc.xpath(path, namespaces=NS)]


def texts(doc, path):
    return [e.text for e in doc.xpath(path, namespaces=NS)]


# --- XSD validity -------------------------------------------------------------------------

def test_minimal_record_is_xsd_valid(vocab):
    assert_valid_iso(encode(Record(title="Arrêts de bus"), vocab))


def test_fully_populated_record_with_services_and_formats_is_xsd_valid(vocab):
    xml = encode(full_record(), vocab, online_resources=links(),
                 formats=[{"name": "GeoPackage", "version": "1.2"}, "GeoJSON"])
    assert_valid_iso(xml)


def test_english_record_with_open_temporal_end_and_local_schema_is_xsd_valid(vocab):
    record = full_record(temporal_end=None, legal_basis=None, access=PV + "access-level/fermee",
                         nature=PV + "nature/publique", schema="/data/schemas/pistes.json", language="eng")
    assert_valid_iso(encode(record, vocab, language="eng"))


# --- INSPIRE elements ---------------------------------------------------------------------

def test_inspire_themes_are_gemet_anchors_under_the_exact_thesaurus_citation(vocab):
    doc = tree(encode(full_record(), vocab))
    block = doc.xpath(f"{IDENT}/gmd:descriptiveKeywords/gmd:MD_Keywords[gmd:thesaurusName/gmd:CI_Citation/"
                      "gmd:title/gmx:Anchor = 'GEMET - INSPIRE themes, version 1.0']", namespaces=NS)
    assert len(block) == 1
    assert hrefs(block[0], "gmd:keyword/gmx:Anchor") == [THEME + "tn", THEME + "us"]
    assert texts(block[0], "gmd:keyword/gmx:Anchor")[0] == "Réseaux de transport"
    citation = block[0].find("gmd:thesaurusName/gmd:CI_Citation", NS)
    assert hrefs(citation, "gmd:title/gmx:Anchor") == ["http://www.eionet.europa.eu/gemet/inspire_themes"]
    assert texts(citation, "gmd:date/gmd:CI_Date/gmd:date/gco:Date") == ["2008-06-01"]
    assert citation.xpath("gmd:date/gmd:CI_Date/gmd:dateType/*/@codeListValue", namespaces=NS) == ["publication"]


def test_theme_labels_follow_the_metadata_language(vocab):
    doc = tree(encode(full_record(), vocab, language="eng"))
    assert "Transport networks" in texts(doc, f"{IDENT}/gmd:descriptiveKeywords//gmd:keyword/gmx:Anchor")


@pytest.mark.parametrize("changes, expected", [
    ({"access": PV + "access-level/ouverte", "nature": PV + "nature/publique", "legal_basis": None},
     LOPA + "noLimitations"),
    ({"access": PV + "access-level/partagee", "legal_basis": LOPA + "INSPIRE_Directive_Article13_1d"},
     LOPA + "INSPIRE_Directive_Article13_1d"),
    ({"access": PV + "access-level/fermee", "nature": PV + "nature/personnelle", "legal_basis": None},
     LOPA + "INSPIRE_Directive_Article13_1f"),
])
def test_limitation_on_public_access_follows_access_level_nature_and_legal_basis(vocab, changes, expected):
    doc = tree(encode(full_record(**changes), vocab))
    blocks = doc.xpath(f"{IDENT}/gmd:resourceConstraints/gmd:MD_LegalConstraints[gmd:accessConstraints]",
                       namespaces=NS)
    assert len(blocks) == 1
    assert blocks[0].xpath("gmd:accessConstraints/*/@codeListValue", namespaces=NS) == ["otherRestrictions"]
    assert hrefs(blocks[0], "gmd:otherConstraints/gmx:Anchor") == [expected]


def test_restricted_access_without_legal_basis_cites_no_invented_limitation(vocab):
    record = full_record(access=PV + "access-level/partagee", nature=PV + "nature/publique", legal_basis=None)
    doc = tree(encode(record, vocab))
    anchors = hrefs(doc, f"{IDENT}/gmd:resourceConstraints/*[gmd:accessConstraints]/gmd:otherConstraints/gmx:Anchor")
    assert anchors == [PV + "access-level/partagee"]


def test_use_conditions_cite_the_licence_page_in_a_separate_block(vocab):
    doc = tree(encode(full_record(), vocab))
    use = doc.xpath(f"{IDENT}/gmd:resourceConstraints/gmd:MD_LegalConstraints[gmd:useConstraints]", namespaces=NS)
    assert len(use) == 1 and use[0].find("gmd:accessConstraints", NS) is None
    assert hrefs(use[0], "gmd:otherConstraints/gmx:Anchor") == ["https://www.etalab.gouv.fr/licence-ouverte-open-licence"]
    assert not any(h.startswith(LOPA) for h in hrefs(use[0], ".//gmx:Anchor"))


def test_missing_licence_of_open_data_is_declared_as_conditions_unknown_as_anchor_and_text(vocab):
    doc = tree(encode(full_record(licence=None, access=PV + "access-level/ouverte", legal_basis=None), vocab))
    use = f"{IDENT}/gmd:resourceConstraints/*[gmd:useConstraints]"
    assert hrefs(doc, f"{use}/gmd:otherConstraints/gmx:Anchor") == [
        "http://inspire.ec.europa.eu/metadata-codelist/ConditionsApplyingToAccessAndUse/conditionsUnknown"]
    assert texts(doc, f"{use}/gmd:otherConstraints/gco:CharacterString") == texts(
        doc, f"{use}/gmd:otherConstraints/gmx:Anchor")
    assert texts(doc, f"{use}/gmd:useLimitation/gco:CharacterString") == [
        "Conditions d'accès et d'utilisation inconnues."]


def test_restricted_data_without_licence_says_access_is_on_request_in_text(vocab):
    doc = tree(encode(full_record(licence=None), vocab))
    use = f"{IDENT}/gmd:resourceConstraints/*[gmd:useConstraints]"
    assert hrefs(doc, f"{use}/gmd:otherConstraints/gmx:Anchor") == []
    [statement] = texts(doc, f"{use}/gmd:otherConstraints/gco:CharacterString")
    assert statement.startswith("Accès restreint (") and "sur demande" in statement
    assert texts(doc, f"{use}/gmd:useLimitation/gco:CharacterString") == [statement]
    assert iso19139.decode(encode(full_record(licence=None), vocab), vocab) == full_record(licence=None)


def test_licence_is_written_as_anchor_text_twin_and_use_limitation_sentence(vocab):
    doc = tree(encode(full_record(), vocab))
    use = f"{IDENT}/gmd:resourceConstraints/gmd:MD_LegalConstraints[@id='conditions']"
    assert hrefs(doc, f"{use}/gmd:otherConstraints/gmx:Anchor") == [
        "https://www.etalab.gouv.fr/licence-ouverte-open-licence"]
    assert texts(doc, f"{use}/gmd:otherConstraints/*") == ["Licence Ouverte version 2.0 (Etalab)"] * 2
    assert texts(doc, f"{use}/gmd:useLimitation/gco:CharacterString") == [
        "Réutilisation soumise à la licence « Licence Ouverte version 2.0 (Etalab) » : "
        "https://www.etalab.gouv.fr/licence-ouverte-open-licence"]


def test_conformity_to_regulation_1089_is_reported_not_passed_with_exact_french_title(vocab):
    doc = tree(encode(full_record(), vocab))
    results = doc.xpath("gmd:dataQualityInfo/gmd:DQ_DataQuality/gmd:report/gmd:DQ_DomainConsistency/"
                        "gmd:result/gmd:DQ_ConformanceResult", namespaces=NS)
    [regulation] = results  # the schema is the feature catalogue, not a report (TG C.21 wants reports dated)
    # As text: GeoNetwork's strict INSPIRE rule reads gco:CharacterString only.
    title = regulation.find("gmd:specification/gmd:CI_Citation/gmd:title/gco:CharacterString", NS)
    assert title.text.startswith("Règlement (UE) n o 1089/2010 de la Commission du 23 novembre 2010 portant")
    assert title.text.endswith("l'interopérabilité des séries et des services de données géographiques")
    assert texts(regulation,
                 "gmd:specification/gmd:CI_Citation/gmd:date/gmd:CI_Date/gmd:date/gco:Date") == ["2010-12-08"]
    assert texts(regulation, "gmd:pass/gco:Boolean") == ["false"]


def test_data_schema_is_cited_as_feature_catalogue_with_its_shipped_date(vocab):
    doc = tree(encode(full_record(schema="https://schema.data.gouv.fr/schemas/scdl/catalogue/0.1.3/schema.json"),
                      vocab))
    citation = doc.find("gmd:contentInfo/gmd:MD_FeatureCatalogueDescription/gmd:featureCatalogueCitation/"
                        "gmd:CI_Citation", NS)
    assert hrefs(citation, "gmd:title/gmx:Anchor") == [
        "https://schema.data.gouv.fr/schemas/scdl/catalogue/0.1.3/schema.json"]
    assert texts(citation, "gmd:title/gmx:Anchor") == ["Catalogue simplifié"]
    assert texts(citation, "gmd:date/gmd:CI_Date/gmd:date/gco:Date") == ["2023-09-28"]
    assert texts(citation, "gmd:edition/gco:CharacterString") == ["0.1.3"]


def test_quality_scope_is_dataset_and_lineage_is_the_record_lineage(vocab):
    doc = tree(encode(full_record(), vocab))
    quality = doc.find("gmd:dataQualityInfo/gmd:DQ_DataQuality", NS)
    assert quality.xpath("gmd:scope/gmd:DQ_Scope/gmd:level/*/@codeListValue", namespaces=NS) == ["dataset"]
    assert texts(quality, "gmd:lineage/gmd:LI_Lineage/gmd:statement/gco:CharacterString") == [full_record().lineage]


@pytest.mark.parametrize("code, iso", [("WEEKLY_2", "weekly"), ("ANNUAL", "annually"), ("BIENNIAL", "irregular"),
                                       ("HOURLY", "continual"), ("BIMONTHLY", "quarterly"), ("NEVER", "notPlanned")])
def test_maintenance_frequency_is_the_iso_code_or_the_nearest_that_promises_no_more(vocab, code, iso):
    doc = tree(encode(full_record(frequency=FREQ + code), vocab))
    frequency = doc.xpath(f"{IDENT}/gmd:resourceMaintenance/*/gmd:maintenanceAndUpdateFrequency/"
                          "gmd:MD_MaintenanceFrequencyCode/@codeListValue", namespaces=NS)
    assert frequency == [iso]
    assert FREQ + code in hrefs(doc, f"{IDENT}/gmd:descriptiveKeywords/*/gmd:keyword/gmx:Anchor")


def test_passerelle_tags_are_anchor_keywords_each_citing_its_own_scheme(vocab):
    doc = tree(encode(full_record(), vocab))
    for uri, scheme in [(PV + "granularity/fr-commune", PV + "granularity"),
                        (PV + "access-level/partagee", PV + "access-level"),
                        (PV + "nature/personnelle", PV + "nature"),
                        (FREQ + "WEEKLY_2", FREQ.rstrip("/"))]:
        block = doc.xpath(f"{IDENT}/gmd:descriptiveKeywords/gmd:MD_Keywords[gmd:keyword/gmx:Anchor/@xlink:href = "
                          f"'{uri}']", namespaces=NS)
        assert len(block) == 1, uri
        assert hrefs(block[0], "gmd:thesaurusName/gmd:CI_Citation/gmd:title/gmx:Anchor") == [scheme]
        assert block[0].xpath("gmd:thesaurusName/gmd:CI_Citation/gmd:date/gmd:CI_Date/gmd:date/gco:Date",
                              namespaces=NS)
    granularity = doc.xpath(f"{IDENT}//gmx:Anchor[@xlink:href = '{PV}granularity/fr-commune']", namespaces=NS)
    assert granularity[0].text == "Commune française"


def test_commune_granularity_adds_the_local_inspire_spatial_scope(vocab):
    doc = tree(encode(full_record(), vocab))
    block = doc.xpath(f"{IDENT}/gmd:descriptiveKeywords/gmd:MD_Keywords[gmd:thesaurusName/*/gmd:title/gmx:Anchor/"
                      "@xlink:href = 'http://inspire.ec.europa.eu/metadata-codelist/SpatialScope']", namespaces=NS)
    assert hrefs(block[0], "gmd:keyword/gmx:Anchor") == ["http://inspire.ec.europa.eu/metadata-codelist/SpatialScope/local"]
    assert texts(block[0], "gmd:thesaurusName/*/gmd:date/*/gmd:date/gco:Date") == ["2019-05-22"]
    no_scope = tree(encode(full_record(granularity=PV + "granularity/poi"), vocab))
    assert "SpatialScope" not in etree.tostring(no_scope).decode()


def test_inspire_convention_gives_service_links_protocol_and_application_profile_anchors(vocab):
    doc = tree(encode(full_record(), vocab, online_resources=links(), link_convention="inspire"))
    online = doc.xpath("gmd:distributionInfo/*/gmd:transferOptions/*/gmd:onLine/gmd:CI_OnlineResource", namespaces=NS)
    assert len(online) == 3
    assert texts(online[0], "gmd:linkage/gmd:URL") == ["https://geo.example.fr/ows?service=WMS&request=GetCapabilities"]
    assert hrefs(online[0], "gmd:protocol/gmx:Anchor") == ["http://www.opengis.net/def/serviceType/ogc/wms"]
    assert hrefs(online[0], "gmd:applicationProfile/gmx:Anchor") == [
        "http://inspire.ec.europa.eu/metadata-codelist/SpatialDataServiceType/view"]
    assert hrefs(online[1], "gmd:applicationProfile/gmx:Anchor") == [
        "http://inspire.ec.europa.eu/metadata-codelist/SpatialDataServiceType/download"]
    assert texts(online[1], "gmd:name/gco:CharacterString") == ["ville:pistes"]
    assert online[2].xpath("gmd:function/*/@codeListValue", namespaces=NS) == ["download"]


@pytest.mark.parametrize("themes, topics", [
    ([TOPIC + "transportation", THEME + "hy"], ["transportation"]),  # declared wins
    ([THEME + "hy", THEME + "cp"], ["inlandWaters", "planningCadastre"]),  # from the INSPIRE alignment
    ([EU_THEME + "TRAN"], ["transportation"]),  # EU theme only
    ([], ["location"]),  # nothing to go on
])
def test_at_least_one_topic_category_is_always_written(vocab, themes, topics):
    doc = tree(encode(full_record(themes=themes), vocab))
    assert texts(doc, f"{IDENT}/gmd:topicCategory/gmd:MD_TopicCategoryCode") == topics


def test_bounding_box_is_decimal_degrees_and_crs_an_epsg_anchor(vocab):
    doc = tree(encode(full_record(extent=Extent(5.8, 47.0, 6.0, 1e-05, "EPSG:2154")), vocab))
    box = doc.find(f"{IDENT}/gmd:extent/gmd:EX_Extent/gmd:geographicElement/gmd:EX_GeographicBoundingBox", NS)
    assert texts(box, "gmd:westBoundLongitude/gco:Decimal") == ["5.8"]
    assert texts(box, "gmd:northBoundLatitude/gco:Decimal") == ["0.00001"]  # xs:decimal has no exponent
    assert hrefs(doc, "gmd:referenceSystemInfo/*/gmd:referenceSystemIdentifier/*/gmd:code/gmx:Anchor") == [
        "http://www.opengis.net/def/crs/EPSG/0/2154"]


def test_without_extent_the_representation_is_a_text_table(vocab):
    doc = tree(encode(full_record(extent=None), vocab))
    assert doc.xpath(f"{IDENT}/gmd:spatialRepresentationType/*/@codeListValue", namespaces=NS) == ["textTable"]
    assert doc.find("gmd:referenceSystemInfo", NS) is None


def test_scale_and_distance_never_share_a_resolution(vocab):
    doc = tree(encode(full_record(), vocab))
    for resolution in doc.xpath(f"{IDENT}/gmd:spatialResolution/gmd:MD_Resolution", namespaces=NS):
        assert len(resolution) == 1
    assert texts(doc, f"{IDENT}//gmd:denominator/gco:Integer") == ["25000"]
    assert doc.xpath(f"{IDENT}//gco:Distance/@uom", namespaces=NS) == ["m"]


def test_temporal_extent_is_a_gml_32_time_period_with_an_id(vocab):
    doc = tree(encode(full_record(temporal_end=None), vocab))
    period = doc.find(f"{IDENT}/gmd:extent/*/gmd:temporalElement/*/gmd:extent/gml:TimePeriod", NS)
    assert period.get("{http://www.opengis.net/gml/3.2}id")
    assert period.find("gml:beginPosition", NS).text == "2020-01-01"
    assert period.find("gml:endPosition", NS).get("indeterminatePosition") == "now"


def test_metadata_contact_has_role_point_of_contact_with_organisation_and_email(vocab):
    doc = tree(encode(full_record(contact=Contact()), vocab))  # falls back to the producer
    party = doc.find("gmd:contact/gmd:CI_ResponsibleParty", NS)
    assert party.xpath("gmd:role/*/@codeListValue", namespaces=NS) == ["pointOfContact"]
    assert party.find("gmd:organisationName/*", NS).text == "Commune de Saint-Aubin-sur-Loue"
    assert texts(party, ".//gmd:electronicMailAddress/gco:CharacterString") == ["sig@saint-aubin.fr"]


def test_producer_is_owner_when_its_role_says_only_point_of_contact(vocab):
    producer = dataclasses.replace(full_record().producer, role="pointOfContact")
    doc = tree(encode(full_record(producer=producer), vocab))
    roles = doc.xpath(f"{IDENT}/gmd:pointOfContact/*[@id='producer']/gmd:role/*/@codeListValue", namespaces=NS)
    assert roles == ["owner"]


def test_header_declares_dataset_language_date_and_identifier(vocab):
    record = full_record()
    doc = tree(encode(record, vocab, identifier_namespace="https://data.saint-aubin.fr/id/"))
    assert texts(doc, "gmd:fileIdentifier/gco:CharacterString") == [record.identifier]
    assert doc.xpath("gmd:hierarchyLevel/*/@codeListValue", namespaces=NS) == ["dataset"]
    assert doc.xpath("gmd:language/gmd:LanguageCode/@codeListValue", namespaces=NS) == ["fre"]
    assert texts(doc, "gmd:dateStamp/gco:Date") == ["2026-11-23"]
    assert hrefs(doc, f"{IDENT}/gmd:citation/*/gmd:identifier/*/gmd:code/gmx:Anchor") == [
        "https://data.saint-aubin.fr/id/" + record.identifier]


# --- round trips --------------------------------------------------------------------------

def test_fully_populated_record_survives_a_round_trip(vocab):
    record = full_record()
    assert iso19139.decode(encode(record, vocab, online_resources=links()), vocab) == record


def test_english_record_survives_a_round_trip(vocab):
    record = full_record(language="eng", keywords=["cycling"], place="Saint-Aubin")
    assert iso19139.decode(encode(record, vocab, language="eng"), vocab) == record


@pytest.mark.parametrize("changes", [
    {"themes": [THEME + "hy"]},  # topic derived from the theme is not read back as a choice
    {"themes": [THEME + "hy", TOPIC + "inlandWaters"]},  # ...but a chosen one equal to it is
    {"scale": None, "resolution_m": 2.5, "temporal_start": None},
    {"contact": Contact(), "producer": Contact(organisation="Commune", role="originator")},
    {"access": PV + "access-level/ouverte", "nature": PV + "nature/publique", "legal_basis": None,
     "licence": "https://w3id.org/passerelle/vocabulary/licence/fr-lo", "frequency": FREQ + "BIENNIAL"},
    {"schema": "/data/schemas/pistes.json", "granularity": PV + "granularity/fr-parcelle"},
])
def test_partial_records_survive_a_round_trip(vocab, changes):
    record = full_record(**changes)
    assert iso19139.decode(encode(record, vocab), vocab) == record


def test_decode_accepts_text_as_well_as_bytes(vocab):
    record = full_record()
    assert iso19139.decode(encode(record, vocab).decode("utf-8"), vocab) == record


# --- records written by other tools -------------------------------------------------------

GEONETWORK_RECORD = """<?xml version="1.0" encoding="UTF-8"?>
<gmd:MD_Metadata xmlns:gmd="http://www.isotc211.org/2005/gmd" xmlns:gco="http://www.isotc211.org/2005/gco"
    xmlns:gml="http://www.opengis.net/gml" xmlns:xlink="http://www.w3.org/1999/xlink"
    xmlns:gmx="http://www.isotc211.org/2005/gmx">
  <gmd:fileIdentifier><gco:CharacterString>fr-243500139-plu</gco:CharacterString></gmd:fileIdentifier>
  <gmd:language><gco:CharacterString>fre</gco:CharacterString></gmd:language>
  <gmd:contact><gmd:CI_ResponsibleParty>
    <gmd:organisationName><gco:CharacterString>Rennes Métropole</gco:CharacterString></gmd:organisationName>
    <gmd:contactInfo><gmd:CI_Contact><gmd:address><gmd:CI_Address><gmd:electronicMailAddress>
      <gco:CharacterString>sig@rennesmetropole.fr</gco:CharacterString></gmd:electronicMailAddress>
    </gmd:CI_Address></gmd:address></gmd:CI_Contact></gmd:contactInfo>
    <gmd:role><gmd:CI_RoleCode codeList="./resources/codeList.xml#CI_RoleCode"
                               codeListValue="pointOfContact"/></gmd:role>
  </gmd:CI_ResponsibleParty></gmd:contact>
  <gmd:dateStamp><gco:DateTime>2024-03-01T10:00:00</gco:DateTime></gmd:dateStamp>
  <gmd:referenceSystemInfo><gmd:MD_ReferenceSystem><gmd:referenceSystemIdentifier><gmd:RS_Identifier>
    <gmd:code><gco:CharacterString>RGF93 / Lambert-93 (EPSG:2154)</gco:CharacterString></gmd:code>
  </gmd:RS_Identifier></gmd:referenceSystemIdentifier></gmd:MD_ReferenceSystem></gmd:referenceSystemInfo>
  <gmd:identificationInfo><gmd:MD_DataIdentification>
    <gmd:citation><gmd:CI_Citation>
      <gmd:title><gco:CharacterString>Cours d'eau</gco:CharacterString></gmd:title>
      <gmd:date><gmd:CI_Date><gmd:date><gco:DateTime>2023-05-04T00:00:00</gco:DateTime></gmd:date>
        <gmd:dateType><gmd:CI_DateTypeCode codeList="./resources/codeList.xml#CI_DateTypeCode"
          codeListValue="revision"/></gmd:dateType></gmd:CI_Date></gmd:date>
    </gmd:CI_Citation></gmd:citation>
    <gmd:abstract><gco:CharacterString>Réseau hydrographique.</gco:CharacterString></gmd:abstract>
    <gmd:pointOfContact><gmd:CI_ResponsibleParty>
      <gmd:organisationName><gco:CharacterString>Rennes Métropole</gco:CharacterString></gmd:organisationName>
      <gmd:role><gmd:CI_RoleCode codeList="./resources/codeList.xml#CI_RoleCode" codeListValue="originator"/></gmd:role>
    </gmd:CI_ResponsibleParty></gmd:pointOfContact>
    <gmd:resourceMaintenance><gmd:MD_MaintenanceInformation><gmd:maintenanceAndUpdateFrequency>
      <gmd:MD_MaintenanceFrequencyCode codeList="./resources/codeList.xml#MD_MaintenanceFrequencyCode"
        codeListValue="annually"/>
    </gmd:maintenanceAndUpdateFrequency></gmd:MD_MaintenanceInformation></gmd:resourceMaintenance>
    <gmd:descriptiveKeywords><gmd:MD_Keywords>
      <gmd:keyword><gco:CharacterString>Hydrographie</gco:CharacterString></gmd:keyword>
      <gmd:thesaurusName><gmd:CI_Citation>
        <gmd:title><gco:CharacterString>GEMET - INSPIRE themes, version 1.0</gco:CharacterString></gmd:title>
        <gmd:date><gmd:CI_Date><gmd:date><gco:Date>2008-06-01</gco:Date></gmd:date>
          <gmd:dateType><gmd:CI_DateTypeCode codeList="./resources/codeList.xml#CI_DateTypeCode"
            codeListValue="publication"/></gmd:dateType></gmd:CI_Date></gmd:date>
      </gmd:CI_Citation></gmd:thesaurusName>
    </gmd:MD_Keywords></gmd:descriptiveKeywords>
    <gmd:descriptiveKeywords><gmd:MD_Keywords>
      <gmd:keyword><gco:CharacterString>Rennes</gco:CharacterString></gmd:keyword>
      <gmd:type><gmd:MD_KeywordTypeCode codeList="./resources/codeList.xml#MD_KeywordTypeCode"
                                        codeListValue="place"/></gmd:type>
    </gmd:MD_Keywords></gmd:descriptiveKeywords>
    <gmd:resourceConstraints><gmd:MD_LegalConstraints>
      <gmd:accessConstraints><gmd:MD_RestrictionCode codeList="./resources/codeList.xml#MD_RestrictionCode"
        codeListValue="otherRestrictions"/></gmd:accessConstraints>
      <gmd:otherConstraints><gco:CharacterString>{limitation}</gco:CharacterString></gmd:otherConstraints>
    </gmd:MD_LegalConstraints></gmd:resourceConstraints>
    <gmd:resourceConstraints><gmd:MD_LegalConstraints>
      <gmd:useConstraints><gmd:MD_RestrictionCode codeList="./resources/codeList.xml#MD_RestrictionCode"
        codeListValue="otherRestrictions"/></gmd:useConstraints>
      <gmd:otherConstraints>{licence}</gmd:otherConstraints>
    </gmd:MD_LegalConstraints></gmd:resourceConstraints>
    <gmd:spatialResolution><gmd:MD_Resolution>
      <gmd:distance><gco:Distance uom="km">0.01</gco:Distance></gmd:distance>
    </gmd:MD_Resolution></gmd:spatialResolution>
    <gmd:language><gmd:LanguageCode codeList="http://www.loc.gov/standards/iso639-2/"
                                    codeListValue="fre"/></gmd:language>
    <gmd:topicCategory><gmd:MD_TopicCategoryCode>inlandWaters</gmd:MD_TopicCategoryCode></gmd:topicCategory>
    <gmd:topicCategory><gmd:MD_TopicCategoryCode>environment</gmd:MD_TopicCategoryCode></gmd:topicCategory>
    <gmd:extent><gmd:EX_Extent>
      <gmd:geographicElement><gmd:EX_GeographicBoundingBox>
        <gmd:westBoundLongitude><gco:Decimal>-1.95</gco:Decimal></gmd:westBoundLongitude>
        <gmd:eastBoundLongitude><gco:Decimal>-1.45</gco:Decimal></gmd:eastBoundLongitude>
        <gmd:southBoundLatitude><gco:Decimal>47.95</gco:Decimal></gmd:southBoundLatitude>
        <gmd:northBoundLatitude><gco:Decimal>48.25</gco:Decimal></gmd:northBoundLatitude>
      </gmd:EX_GeographicBoundingBox></gmd:geographicElement>
      <gmd:temporalElement><gmd:EX_TemporalExtent><gmd:extent>
        <gml:TimePeriod gml:id="d1"><gml:beginPosition>2010-01-01</gml:beginPosition>
          <gml:endPosition>2020-12-31T00:00:00</gml:endPosition></gml:TimePeriod>
      </gmd:extent></gmd:EX_TemporalExtent></gmd:temporalElement>
    </gmd:EX_Extent></gmd:extent>
  </gmd:MD_DataIdentification></gmd:identificationInfo>
  <gmd:dataQualityInfo><gmd:DQ_DataQuality>
    <gmd:lineage><gmd:LI_Lineage>
      <gmd:statement><gco:CharacterString>Digitalisation BD TOPO.</gco:CharacterString></gmd:statement>
    </gmd:LI_Lineage></gmd:lineage>
  </gmd:DQ_DataQuality></gmd:dataQualityInfo>
</gmd:MD_Metadata>"""


def geonetwork(limitation="Pas de restriction d'accès public selon INSPIRE",
               licence="<gco:CharacterString>Licence Ouverte / Open Licence version 2.0</gco:CharacterString>"):
    return GEONETWORK_RECORD.replace("{limitation}", limitation).replace("{licence}", licence).encode("utf-8")


def test_geonetwork_record_without_passerelle_thesauri_still_yields_the_tags(vocab):
    record = iso19139.decode(geonetwork(), vocab)
    assert record.identifier == "fr-243500139-plu"
    assert record.frequency == FREQ + "ANNUAL"  # from the ISO code, through pv:iso
    assert record.licence == "https://spdx.org/licenses/etalab-2.0"  # from the text
    assert record.access == PV + "access-level/ouverte"  # from noLimitations
    assert record.legal_basis is None
    # Not just what hy implies (inlandWaters): the topics are a choice, kept so re-export says the same.
    assert record.themes == [THEME + "hy", TOPIC + "inlandWaters", TOPIC + "environment"]
    assert record.keywords == ["Rennes"]
    assert record.producer.organisation == "Rennes Métropole" and record.producer.role == "originator"
    assert record.contact.email == "sig@rennesmetropole.fr"  # the metadata contact stands in
    assert record.extent == Extent(-1.95, 47.95, -1.45, 48.25, "EPSG:2154")
    assert (record.temporal_start, record.temporal_end) == (dt.date(2010, 1, 1), dt.date(2020, 12, 31))
    assert record.revised == dt.date(2023, 5, 4)
    assert record.resolution_m == 10.0
    assert record.lineage == "Digitalisation BD TOPO."


def test_geonetwork_personal_data_limitation_yields_restricted_personal_record(vocab):
    label = "L124-4-I-1 du code de l'environnement (Directive 2007/2/CE (INSPIRE), Article 13.1.f)"
    record = iso19139.decode(geonetwork(limitation=label), vocab)
    assert record.access == PV + "access-level/partagee"
    assert record.nature == PV + "nature/personnelle"
    assert record.legal_basis == LOPA + "INSPIRE_Directive_Article13_1f"


@pytest.mark.parametrize("licence, expected", [
    ('<gmx:Anchor xlink:href="https://opendatacommons.org/licenses/odbl/1-0">ODbL</gmx:Anchor>',
     "https://spdx.org/licenses/ODbL-1.0"),
    ("<gco:CharacterString>Licence : voir https://www.etalab.gouv.fr/licence-ouverte-open-licence/</gco:CharacterString>",
     "https://spdx.org/licenses/etalab-2.0"),
    ('<gmx:Anchor xlink:href="http://inspire.ec.europa.eu/metadata-codelist/ConditionsApplyingToAccessAndUse/'
     'conditionsUnknown">Conditions inconnues</gmx:Anchor>', None),
])
def test_geonetwork_licence_is_found_from_its_link(vocab, licence, expected):
    assert iso19139.decode(geonetwork(licence=licence), vocab).licence == expected


# --- hostile and broken input -------------------------------------------------------------

def test_external_entities_are_never_resolved(vocab, tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-VALUE")
    hostile = geonetwork().decode("utf-8").replace('<?xml version="1.0" encoding="UTF-8"?>', (
        f'<!DOCTYPE gmd:MD_Metadata [<!ENTITY xxe SYSTEM "{secret.as_uri()}">]>'))
    record = iso19139.decode(hostile.replace("Cours d'eau", "&xxe;"), vocab)
    assert "TOP-SECRET-VALUE" not in repr(record)


def test_entity_expansion_bomb_is_refused_or_left_unexpanded(vocab):
    bomb = '<!DOCTYPE gmd:MD_Metadata [<!ENTITY a "AAAAAAAAAA">' + "".join(
        f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">' for i in range(7)) + "]>"
    xml = geonetwork().decode("utf-8").replace('<?xml version="1.0" encoding="UTF-8"?>', bomb)
    try:  # libxml2 either keeps the reference or stops on the amplification: both are safe
        record = iso19139.decode(xml.replace("Cours d'eau", "&h;"), vocab)
    except RecordDecodeError:
        return
    assert len(record.title) < 100


@pytest.mark.parametrize("garbage", [b"", b"not xml at all", b"<html><body>Erreur 500</body></html>",
                                     b"<gmd:MD_Metadata xmlns:gmd='http://www.isotc211.org/2005/gmd'><unclosed>"])
def test_garbage_raises_a_decode_error_with_a_french_message(vocab, garbage):
    with pytest.raises(RecordDecodeError) as caught:
        iso19139.decode(garbage, vocab)
    assert caught.value.code == "record.decode"
    assert any(word in caught.value.message("fr") for word in ("XML", "vide", "MD_Metadata"))


def test_unreadable_bounding_box_raises_a_decode_error_naming_the_place(vocab):
    xml = geonetwork().replace(b"<gco:Decimal>-1.95</gco:Decimal>", b"<gco:Decimal>ouest</gco:Decimal>")
    with pytest.raises(RecordDecodeError) as caught:
        iso19139.decode(xml, vocab)
    assert caught.value.code == "record.decode" and "westBoundLongitude" in caught.value.message_fr


def test_first_record_of_a_csw_response_is_read(vocab):
    record = full_record()
    body = encode(record, vocab).split(b"?>", 1)[1]
    response = (b'<csw:GetRecordByIdResponse xmlns:csw="http://www.opengis.net/cat/csw/2.0.2">'
                + body + b"</csw:GetRecordByIdResponse>")
    assert iso19139.decode(response, vocab) == record


def test_remote_schema_locations_resolve_to_the_local_copy_without_network():
    from support.xsd import XSD_DIR, LocalSchemas, iso_schema

    iso_schema()  # skips (or fails under PASSERELLE_REQUIRE_XSD=1) when the schemas are absent
    wrapper = b"""<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:test">
      <xs:import namespace="http://www.isotc211.org/2005/gmx"
                 schemaLocation="http://schemas.opengis.net/iso/19139/20070417/gmx/gmx.xsd"/>
    </xs:schema>"""
    parser = etree.XMLParser(no_network=True, load_dtd=False, resolve_entities=False)
    parser.resolvers.add(LocalSchemas())
    schema = etree.XMLSchema(etree.fromstring(wrapper, parser, base_url=f"{XSD_DIR}/wrapper.xsd"))
    assert schema.validate(etree.fromstring(encode(Record(title="x"), None)))


# --- what other tools hold beyond Passerelle's fields (QGIS's metadata editor) --------------

def kept_record(**changes) -> Record:
    from passerelle.catalogue.record import Address, Constraint, Link

    values = dict(
        parent_identifier="https://data.saint-aubin.fr/id/mobilite", encoding="UTF-8",
        contact=Contact(organisation="Service SIG", name="Paul Durand", email="contact@saint-aubin.fr",
                        phone="03 81 00 00 01", role="pointOfContact", position="Responsable SIG", fax="03 81 00 00 09",
                        addresses=[Address(type="postal", address="1 place de la Mairie", postal_code="25000",
                                           city="Saint-Aubin-sur-Loue", administrative_area="Doubs",
                                           country="France")]),
        contacts=[Contact(organisation="Département du Doubs", email="sig@doubs.fr", role="custodian"),
                  Contact(name="Bureau d'études Géo", role="processor", phone="01 02 03 04 05")],
        other_licences=["Licence communale de réutilisation", "CC BY 4.0"],
        rights=["© Commune de Saint-Aubin-sur-Loue", "Relevés : Département du Doubs"],
        constraints=[Constraint(text="Pas de diffusion des plans internes", type="access"),
                     Constraint(text="Mentionner la source", type="use"),
                     Constraint(text="Ne pas utiliser à des fins cadastrales", type="other")],
        fees="Gratuit", process_steps=["Mise à jour 2022", "Contrôle qualité 2024"],
        elevation_min=212.5, elevation_max=455.0,
        links=[Link(url="https://www.saint-aubin.fr/pistes", name="Page", type="WWW:LINK", description="Présentation"),
               Link(url="https://www.saint-aubin.fr/notice.pdf", name="Notice", mime_type="application/pdf")],
        vocabulary_keywords={"Mots-clés de la commune": ["voirie", "vélo-route"],
                             "GEMET - INSPIRE themes, version 1.0": ["Pistes"]})
    return full_record(**{**values, **changes})


def test_values_typed_in_other_tools_are_xsd_valid_iso(vocab):
    assert_valid_iso(encode(kept_record(), vocab, online_resources=links(), formats=["GeoPackage"]))
    assert_valid_iso(encode(kept_record(contact=Contact(), producer=Contact()), vocab))  # fees, nobody to ask


def test_values_typed_in_other_tools_survive_a_round_trip(vocab):
    record = kept_record()
    assert iso19139.decode(encode(record, vocab, online_resources=links()), vocab) == record


def test_values_typed_in_other_tools_sit_where_other_catalogues_read_them(vocab):
    doc = tree(encode(kept_record(), vocab, online_resources=links()))
    assert texts(doc, "gmd:parentIdentifier/gco:CharacterString") == ["https://data.saint-aubin.fr/id/mobilite"]
    assert [e.get("codeListValue") for e in doc.xpath(f"{IDENT}/gmd:characterSet/*", namespaces=NS)] == ["utf8"]
    roles = [e.get("codeListValue") for e in doc.xpath(f"{IDENT}/gmd:pointOfContact/*/gmd:role/*", namespaces=NS)]
    assert roles == ["owner", "pointOfContact", "custodian", "processor"]
    party = f"{IDENT}/gmd:pointOfContact/gmd:CI_ResponsibleParty[@id='contact']"
    assert texts(doc, f"{party}/gmd:positionName/gco:CharacterString") == ["Responsable SIG"]
    assert texts(doc, f"{party}//gmd:CI_Address/gmd:city/gco:CharacterString") == ["Saint-Aubin-sur-Loue"]
    assert texts(doc, f"{party}//gmd:CI_Telephone/gmd:facsimile/gco:CharacterString") == ["03 81 00 00 09"]
    assert texts(doc, f"{IDENT}/gmd:resourceConstraints/*[@id='rights']/gmd:useLimitation/gco:CharacterString") == [
        "© Commune de Saint-Aubin-sur-Loue", "Relevés : Département du Doubs"]
    use = (f"{IDENT}/gmd:resourceConstraints/gmd:MD_LegalConstraints[gmd:useConstraints][@id='conditions']"
           "/gmd:otherConstraints")
    assert texts(doc, f"{use}/*") == ["Licence Ouverte version 2.0 (Etalab)", "Licence Ouverte version 2.0 (Etalab)",
                                      "Licence communale de réutilisation", "CC BY 4.0"]
    assert hrefs(doc, f"{use}/gmx:Anchor")[-1] == "https://creativecommons.org/licenses/by/4.0/"
    # Constraints typed in QGIS: their own blocks, never a second legal block (TG C.17/C.18 "exactly one").
    assert texts(doc, f"{IDENT}/gmd:resourceConstraints/gmd:MD_Constraints/gmd:useLimitation/gco:CharacterString") == [
        "Pas de diffusion des plans internes", "Mentionner la source", "Ne pas utiliser à des fins cadastrales"]
    assert len(doc.xpath(f"{IDENT}/gmd:resourceConstraints/gmd:MD_LegalConstraints[gmd:accessConstraints]",
                         namespaces=NS)) == 1
    assert texts(doc, "//gmd:MD_StandardOrderProcess/gmd:fees/gco:CharacterString") == ["Gratuit"]
    assert texts(doc, f"{IDENT}/gmd:extent/*/gmd:verticalElement/*/gmd:minimumValue/gco:Real") == ["212.5"]
    assert texts(doc, "//gmd:LI_Lineage/gmd:processStep/*/gmd:description/gco:CharacterString") == [
        "Mise à jour 2022", "Contrôle qualité 2024"]
    assert [e.get("type") for e in doc.xpath("//gmd:CI_OnlineResource/gmd:name/gmx:MimeFileType", namespaces=NS)] == [
        "application/pdf"]
    commune = doc.xpath(f"{IDENT}/gmd:descriptiveKeywords/*[gmd:thesaurusName/*/gmd:title/gco:CharacterString"
                        "='Mots-clés de la commune']/gmd:keyword/gco:CharacterString/text()", namespaces=NS)
    assert commune == ["voirie", "vélo-route"]


def test_what_another_catalogue_adds_is_kept_when_read(vocab):
    extra = """<gmd:pointOfContact><gmd:CI_ResponsibleParty>
      <gmd:organisationName><gco:CharacterString>DREAL Bretagne</gco:CharacterString></gmd:organisationName>
      <gmd:role><gmd:CI_RoleCode codeList="x" codeListValue="custodian"/></gmd:role>
    </gmd:CI_ResponsibleParty></gmd:pointOfContact>
    <gmd:resourceMaintenance>"""
    xml = geonetwork().decode("utf-8").replace("<gmd:resourceMaintenance>", extra, 1).replace(
        "</gmd:MD_LegalConstraints></gmd:resourceConstraints>\n    <gmd:spatialResolution>",
        "</gmd:MD_LegalConstraints></gmd:resourceConstraints>\n    <gmd:resourceConstraints><gmd:MD_Constraints>"
        "<gmd:useLimitation><gco:CharacterString>Citer Rennes Métropole</gco:CharacterString></gmd:useLimitation>"
        "</gmd:MD_Constraints></gmd:resourceConstraints>\n    <gmd:spatialResolution>").replace(
        "<gmd:dataQualityInfo>", "<gmd:distributionInfo><gmd:MD_Distribution><gmd:transferOptions>"
        "<gmd:MD_DigitalTransferOptions><gmd:onLine><gmd:CI_OnlineResource><gmd:linkage>"
        "<gmd:URL>https://example.org/plu.zip</gmd:URL></gmd:linkage><gmd:protocol><gco:CharacterString>"
        "WWW:DOWNLOAD-1.0-http--download</gco:CharacterString></gmd:protocol></gmd:CI_OnlineResource></gmd:onLine>"
        "</gmd:MD_DigitalTransferOptions></gmd:transferOptions></gmd:MD_Distribution></gmd:distributionInfo>"
        "<gmd:dataQualityInfo>")
    record = iso19139.decode(xml, vocab)
    assert [(c.organisation, c.role) for c in record.contacts] == [("DREAL Bretagne", "custodian")]
    assert record.rights == ["Citer Rennes Métropole"]
    assert [(link.url, link.type) for link in record.links] == [("https://example.org/plu.zip",
                                                                 "WWW:DOWNLOAD-1.0-http--download")]
    assert record.producer.organisation == "Rennes Métropole"
