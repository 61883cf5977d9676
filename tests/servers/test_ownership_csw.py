"""Real pycsw 2.6.2: a record Passerelle did not insert is never updated nor deleted; adopt takes it over.

The foreign record is inserted with a plain CSW-T Insert (as a harvester or another tool would), never
through the publisher.
"""
import pytest
import requests

from passerelle.catalogue.record import new_identifier
from passerelle.publishers.http import PublishError
from passerelle.publishers.ownership import MARK_CODESPACE, NOT_OURS
from support.csw_publishing import NS, make_package, make_publisher, make_record, stored_record, text_at

FOREIGN = """<csw:Transaction xmlns:csw="http://www.opengis.net/cat/csw/2.0.2" service="CSW" version="2.0.2">
<csw:Insert><gmd:MD_Metadata xmlns:gmd="http://www.isotc211.org/2005/gmd" xmlns:gco="http://www.isotc211.org/2005/gco">
  <gmd:fileIdentifier><gco:CharacterString>{uuid}</gco:CharacterString></gmd:fileIdentifier>
  <gmd:contact><gmd:CI_ResponsibleParty><gmd:organisationName><gco:CharacterString>DDT du Jura</gco:CharacterString>
  </gmd:organisationName><gmd:role><gmd:CI_RoleCode codeList="{codelists}#CI_RoleCode"
  codeListValue="pointOfContact"/></gmd:role>
  </gmd:CI_ResponsibleParty></gmd:contact>
  <gmd:dateStamp><gco:Date>2023-05-04</gco:Date></gmd:dateStamp>
  <gmd:identificationInfo><gmd:MD_DataIdentification><gmd:citation><gmd:CI_Citation>
    <gmd:title><gco:CharacterString>Zones inondables (PPRI)</gco:CharacterString></gmd:title>
    <gmd:date><gmd:CI_Date><gmd:date><gco:Date>2023-05-04</gco:Date></gmd:date><gmd:dateType>
    <gmd:CI_DateTypeCode codeList="{codelists}#CI_DateTypeCode" codeListValue="publication"/>
    </gmd:dateType></gmd:CI_Date></gmd:date>
  </gmd:CI_Citation></gmd:citation>
  <gmd:abstract><gco:CharacterString>Plan de prévention du risque inondation.</gco:CharacterString></gmd:abstract>
  </gmd:MD_DataIdentification></gmd:identificationInfo>
</gmd:MD_Metadata></csw:Insert></csw:Transaction>"""


def insert_foreign(url, uuid):
    body = FOREIGN.format(uuid=uuid, codelists="http://standards.iso.org/iso/19139/resources/gmxCodelists.xml")
    answer = requests.post(url, data=body.encode(), headers={"Content-Type": "application/xml"}, timeout=10)
    assert b"<csw:totalInserted>1</csw:totalInserted>" in answer.content, answer.content


def title(url, uuid):
    return text_at(stored_record(url, uuid), "gmd:identificationInfo/*/gmd:citation/*/gmd:title/*")


def test_publish_refuses_a_record_inserted_by_someone_else_and_names_its_contact(pycsw, tmp_path):
    record = make_record()
    insert_foreign(pycsw.url, record.identifier)

    with pytest.raises(PublishError) as refused:
        make_publisher(pycsw.url).publish(make_package(record, tmp_path), {})

    assert refused.value.code == NOT_OURS and "DDT du Jura" in refused.value.message_fr
    assert title(pycsw.url, record.identifier) == ["Zones inondables (PPRI)"]


def test_unpublish_never_deletes_a_record_inserted_by_someone_else(pycsw):
    uuid = new_identifier()
    insert_foreign(pycsw.url, uuid)

    with pytest.raises(PublishError) as refused:
        make_publisher(pycsw.url).unpublish(uuid, {"record": uuid})

    assert refused.value.code == NOT_OURS
    assert make_publisher(pycsw.url).count(uuid) == 1


def test_adopt_takes_the_record_over_then_republish_updates_and_unpublish_removes_it(pycsw, tmp_path):
    record = make_record()
    insert_foreign(pycsw.url, record.identifier)
    package = make_package(record, tmp_path)
    package.adopt = True
    publisher = make_publisher(pycsw.url)

    result = publisher.publish(package, {})

    stored = stored_record(pycsw.url, record.identifier)
    assert title(pycsw.url, record.identifier) == [record.title] and result.created == []
    assert text_at(stored, "//gmd:RS_Identifier[gmd:codeSpace/gco:CharacterString='passerelle']"
                           "/gmd:code/gco:CharacterString") == [record.identifier]
    assert MARK_CODESPACE == "passerelle"
    changed = make_package(record.replace(title="Zones de pistes"), tmp_path)  # ours now: no adopt needed
    publisher.publish(changed, {})
    assert title(pycsw.url, record.identifier) == ["Zones de pistes"]
    publisher.unpublish(record.identifier, result.ids)
    assert publisher.count(record.identifier) == 0


def test_our_record_keeps_its_mark_as_the_catalogue_serves_it(pycsw, tmp_path):
    record = make_record()
    publisher = make_publisher(pycsw.url)

    publisher.publish(make_package(record, tmp_path), {})

    stored = stored_record(pycsw.url, record.identifier)
    marks = stored.xpath("gmd:identificationInfo/*/gmd:citation/*/gmd:identifier/gmd:RS_Identifier", namespaces=NS)
    assert [(m.findtext("gmd:codeSpace/gco:CharacterString", namespaces=NS),
             m.findtext("gmd:code/gco:CharacterString", namespaces=NS)) for m in marks] == \
        [("passerelle", record.identifier)]
    assert publisher.status(record.identifier, {})["ours"] is True
