"""Reading a record of another catalogue (catalogue/linking.py): untrusted input, mapping, what is not kept."""
import datetime as dt
import os

import pytest
from lxml import etree

from passerelle.catalogue import linking
from passerelle.catalogue.encoders import iso19139
from passerelle.catalogue.errors import PasserelleError
from passerelle.catalogue.record import Contact, Extent, Period, Record
from passerelle.publishers.registry import Registry

RECORDS = os.path.join(os.path.dirname(os.path.dirname(__file__)), "data", "iso_records")
GMD = "http://www.isotc211.org/2005/gmd"


def read(name: str) -> bytes:
    with open(os.path.join(RECORDS, name), "rb") as handle:
        return handle.read()


def link(xml: bytes, vocab, identifier: str = ""):
    return linking.read(xml, vocab, linking.Origin("file", "/tmp/fiche.xml", identifier))


def codes(linked) -> set:
    return {f.code for f in linked.findings}


# --- untrusted documents ----------------------------------------------------------------------------

def test_a_service_record_is_refused_with_its_title(vocab):
    with pytest.raises(PasserelleError) as refused:
        link(read("service-wms-saint-aubin.xml"), vocab)
    assert refused.value.code == "link.service-record"
    assert "Service de visualisation WMS" in refused.value.message_fr


def test_external_entities_are_never_read(vocab, tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("mot-de-passe-du-serveur")
    xml = read("geoide-ddt-plu-zonage.xml").replace(
        b"<gmd:MD_Metadata", f'<!DOCTYPE x [<!ENTITY s SYSTEM "file://{secret}">]>\n<gmd:MD_Metadata'.encode(), 1)
    xml = xml.replace(b"<gco:CharacterString>Plan local", b"<gco:CharacterString>&s;Plan local", 1)
    linked = link(xml, vocab)
    assert "mot-de-passe" not in linked.record.title + linked.document.decode()


def test_a_document_over_the_size_limit_is_refused_before_parsing(vocab):
    with pytest.raises(PasserelleError) as refused:
        link(b"<a>" + b"x" * linking.MAX_BYTES + b"</a>", vocab)
    assert refused.value.code == "link.too-big"


@pytest.mark.parametrize("identifier", ["../../etc/passwd", "fiche une", "C:autre", "x" * 200])
def test_a_record_whose_identifier_could_not_name_a_file_is_refused(vocab, identifier):
    xml = read("datagouv-harvested-irve.xml").replace(b"c3f1b2a4-6d5e-4f70-8a9b-1c2d3e4f5a6b",
                                                      identifier.encode(), 1)
    with pytest.raises(PasserelleError) as refused:
        link(xml, vocab)
    assert refused.value.code == "record.identifier-invalid"


def test_a_catalogue_answering_another_record_than_asked_is_refused(vocab):
    with pytest.raises(PasserelleError) as refused:
        link(read("datagouv-harvested-irve.xml"), vocab, identifier="autre-fiche-0001")
    assert refused.value.code == "link.identifier-mismatch"


@pytest.mark.parametrize("document, code", [
    (b'<ows:ExceptionReport xmlns:ows="http://www.opengis.net/ows"><ows:Exception exceptionCode="NoApplicableCode">'
     b'<ows:ExceptionText>base indisponible</ows:ExceptionText></ows:Exception></ows:ExceptionReport>',
     "link.catalogue-error"),
    (b'<mdb:MD_Metadata xmlns:mdb="http://standards.iso.org/iso/19115/-3/mdb/2.0"/>', "link.not-iso19139"),
    (b'<csw:GetRecordByIdResponse xmlns:csw="http://www.opengis.net/cat/csw/2.0.2"/>', "link.not-found"),
    (b"<html><body>Connexion</body></html>", "link.not-iso19139"),
    (b"pas du XML", "record.decode"),
])
def test_what_is_not_an_iso_19139_record_is_explained(vocab, document, code):
    with pytest.raises(PasserelleError) as refused:
        link(document, vocab)
    assert refused.value.code == code


def test_a_record_without_file_identifier_gets_the_asked_one_or_a_new_one_and_a_warning(vocab):
    xml = read("legacy-uselimitation-routes.xml")
    root = etree.fromstring(xml)
    root.remove(root.find(f"{{{GMD}}}fileIdentifier"))
    bare = etree.tostring(root)
    asked = link(bare, vocab, identifier="routes-doubs-2013")
    assert asked.record.identifier == "routes-doubs-2013" and "link.identifier-missing" in codes(asked)
    fresh = link(bare, vocab)
    assert len(fresh.record.identifier) == 36 and "link.identifier-missing" in codes(fresh)


# --- mapping onto the vocabularies ---------------------------------------------------------------------

def test_an_unknown_frequency_code_is_a_finding_with_suggestions_not_a_silent_gap(vocab):
    xml = read("geobretagne-georchestra-lycees.xml").replace(b'codeListValue="annually"', b'codeListValue="annual"')
    linked = link(xml, vocab)
    assert linked.record.frequency is None
    [finding] = [f for f in linked.findings if f.code == "metadata.unmapped" and f.field == "frequency"]
    assert "annual" in finding.message_fr
    assert "http://publications.europa.eu/resource/authority/frequency/ANNUAL" in finding.suggestions


def test_an_older_editors_licence_in_a_use_limitation_becomes_the_licence(vocab):
    linked = link(read("legacy-uselimitation-routes.xml"), vocab)
    assert linked.record.licence.endswith("/fr-lo")  # Licence ouverte 1.0: the vocabulary check says it is retired
    assert "Licence ouverte / Open licence" in linked.record.rights  # kept as written too
    unknown = read("legacy-uselimitation-routes.xml").replace(b"Licence ouverte / Open licence",
                                                               b"Licence Ouverte version 2.0")
    linked = link(unknown, vocab)
    assert linked.record.licence is None
    [finding] = [f for f in linked.findings if f.field == "licence"]
    assert finding.code == "metadata.unmapped" and finding.suggestions == ["https://spdx.org/licenses/etalab-2.0"]


def test_gemet_concepts_are_keywords_of_their_thesaurus_not_themes(vocab):
    linked = link(read("anchor-keywords-limites-communales.xml"), vocab)
    assert linked.record.vocabulary_keywords["GEMET - Concepts, version 4.2.3"] == ["commune",
                                                                                "frontière administrative"]
    assert linked.record.themes == ["http://inspire.ec.europa.eu/theme/au",
                                    "http://publications.europa.eu/resource/authority/data-theme/REGI"]
    assert "metadata.unmapped" not in codes(linked)
    assert linked.record.vocabulary_keywords["Champ géographique"] == ["Local"]  # no granularity says it


def test_what_passerelle_cannot_hold_is_listed_by_element_and_value(vocab):
    linked = link(read("geobretagne-georchestra-lycees.xml"), vocab)
    [finding] = [f for f in linked.findings if f.code == "metadata.not-kept"]
    assert "purpose « Gestion du patrimoine des lycées" in finding.message_fr
    assert "graphicOverview › fileName « https://geobretagne.fr/" in finding.message_fr
    assert "lycée" not in finding.message_fr.split("purpose")[0]  # keywords are kept: not listed


# --- what the record keeps of other catalogues' records ------------------------------------------------

def test_several_boxes_periods_and_an_instant_are_kept_through_iso(vocab):
    record = link(read("temporal-multibox-baignade-drom.xml"), vocab).record
    assert len(record.other_extents) == 2
    assert record.other_extents[1] == Extent(55.21, -21.39, 55.84, -20.87, "EPSG:4326")
    assert record.other_periods[-1] == Period(dt.date(2023, 12, 15), dt.date(2023, 12, 15))
    again = iso19139.decode(iso19139.encode(record, vocab), vocab)
    assert (again.other_extents, again.other_periods) == (record.other_extents, record.other_periods)
    assert Record.from_dict(record.to_dict()) == record


def test_resource_identifier_metadata_contact_conformity_and_no_conditions_survive_iso(vocab):
    record = Record(identifier="ps-eu-0001", title="Sites", resource_identifier="IGNF_PS",
                    access="https://w3id.org/passerelle/vocabulary/access-level/ouverte",
                    producer=Contact(organisation="IGN", email="ign@ign.fr", role="owner"),
                    contact=Contact(organisation="IGN", email="sav@ign.fr"),
                    resource_identifier_space="http://ign.fr", inspire_conformant=True,
                    other_licences=["http://inspire.ec.europa.eu/metadata-codelist/ConditionsApplyingToAccessAndUse/"
                                    "noConditionsApply"],
                    metadata_contact=Contact(organisation="Plateforme", email="meta@plateforme.fr"))
    xml = iso19139.encode(record, vocab)
    root = etree.fromstring(xml)
    ns = {"gmd": GMD, "gco": "http://www.isotc211.org/2005/gco", "gmx": "http://www.isotc211.org/2005/gmx"}
    assert root.xpath("string(//gmd:citation/*/gmd:identifier/gmd:RS_Identifier/gmd:codeSpace/*)", namespaces=ns) \
        == "http://ign.fr"
    assert root.xpath("string(gmd:contact//gmd:electronicMailAddress/*)", namespaces=ns) == "meta@plateforme.fr"
    assert root.xpath("string(//gmd:DQ_ConformanceResult/gmd:pass/*)", namespaces=ns) == "true"
    assert "conditionsUnknown" not in xml.decode()
    assert iso19139.decode(xml, vocab) == record


def test_merge_keeps_the_layers_values_where_the_linked_record_has_none():
    current = Record(identifier="layer-1", title="Parcelles", nature="n", lineage="L", extent=Extent(1, 2, 3, 4),
                     other_extents=[Extent(5, 6, 7, 8)])
    linked = Record(identifier="fiche-1", title="Fiche", temporal_start=dt.date(2020, 1, 1))
    merged, kept = linking.merge(current, linked)
    assert (merged.identifier, merged.title, merged.nature, merged.lineage) == ("fiche-1", "Fiche", "n", "L")
    assert merged.extent == Extent(1, 2, 3, 4) and merged.other_extents == [Extent(5, 6, 7, 8)]
    assert merged.temporal_start == dt.date(2020, 1, 1) and "temporal_start" not in kept
    assert set(kept) == {"nature", "lineage", "extent"}


# --- where the link is remembered -------------------------------------------------------------------

def test_the_registry_keeps_the_origin_and_its_adoption_once(tmp_path):
    registry = Registry(str(tmp_path / "r.json"))
    origin = linking.Origin("csw", "https://geo.ville.fr/csw", "fiche-1", target="catalogue", adopt=True)
    registry.set_origin("fiche-1", origin.to_dict())
    registry.set_target("fiche-1", "catalogue", state="published")
    registry.forget_target("fiche-1", "catalogue")  # unpublished: the link stays
    again = Registry(str(tmp_path / "r.json"))
    assert linking.Origin.from_dict(again.origin("fiche-1")) == origin
    again.adopted("fiche-1")
    assert again.origin("fiche-1")["adopt"] is False and again.origin("fiche-1")["adopted"]


@pytest.mark.parametrize("data", [None, "x", {"kind": "ftp"}, {"kind": "file", "adopt": "yes"}])
def test_an_origin_read_back_from_a_file_is_used_only_when_it_makes_sense(data):
    origin = linking.Origin.from_dict(data)
    assert origin is None or origin.adopt is False
