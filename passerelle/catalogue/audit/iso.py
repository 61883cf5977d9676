"""A harvested ISO 19139 record (a file, or one ``gmd:MD_Metadata`` of a CSW answer) as an :class:`Entry`.

The record is read by the same reader as Passerelle's own exports (:mod:`..encoders.iso19139_read`);
besides it, the audit reads every online resource (the service and download links the reader keeps
apart), the resource identifiers, and the organisation the record belongs to.
"""
from __future__ import annotations

from typing import Optional

from lxml import etree

from ..encoders import iso19139_terms as t
from ..encoders.iso19139_read import _metadata_element, decode
from ..errors import RecordDecodeError
from ..record import Record
from .model import AuditLink, Entry

_RESOURCES = "gmd:distributionInfo/*/gmd:transferOptions/*/gmd:onLine/gmd:CI_OnlineResource"
_IDENTIFIERS = "gmd:identificationInfo/*/gmd:citation/gmd:CI_Citation/gmd:identifier/*/gmd:code"
_METADATA_ORGANISATION = "gmd:contact/gmd:CI_ResponsibleParty/gmd:organisationName"


def entry(xml, vocabularies, key: str = "", url: str = "") -> Entry:
    """The :class:`Entry` of one ISO 19139 record (bytes, text or ``gmd:MD_Metadata`` element).

    ``key`` names the record in its source (default: its file identifier). A record that cannot be
    read gives an entry whose ``problem`` says why.
    """
    try:
        element = _metadata_element(xml)
        record = decode(element, vocabularies)
    except RecordDecodeError as error:
        identifier = _file_identifier(xml)
        return Entry(key=key or identifier or "?", record=Record(identifier=identifier or key, title=""),
                     url=url, problem=(error.message_fr, error.message_en))
    return Entry(key=key or record.identifier, record=record, organisation=organisation(record, element),
                 links=online_resources(element), identifiers=resource_identifiers(element), url=url)


def online_resources(element) -> list:
    """Every online resource of the record's distribution, as :class:`AuditLink` objects."""
    links = []
    for resource in element.findall(_RESOURCES, t.NS):
        url = _text(resource.find("gmd:linkage/gmd:URL", t.NS))
        if not url:
            continue
        protocol = resource.find("gmd:protocol", t.NS)
        protocol_text = _text(protocol)
        anchor = protocol.find("gmx:Anchor", t.NS) if protocol is not None else None
        if anchor is not None:  # INSPIRE TG 2.0: the service type's URI says the protocol
            protocol_text = f"{protocol_text} {anchor.get(t.q('xlink:href')) or ''}".strip()
        function = resource.find("gmd:function/gmd:CI_OnLineFunctionCode", t.NS)
        links.append(AuditLink(url=url, protocol=protocol_text, name=_text(resource.find("gmd:name", t.NS)),
                               function=(function.get("codeListValue") or "") if function is not None else ""))
    return links


def resource_identifiers(element) -> list:
    return [text for text in (_text(code) for code in element.findall(_IDENTIFIERS, t.NS)) if text]


def organisation(record: Record, element=None) -> str:
    """Who the record belongs to: its producer, else its contact, else the metadata's contact."""
    for party in (record.producer, record.contact, *record.contacts):
        if party.organisation.strip():
            return party.organisation.strip()
    if element is not None:
        return _text(element.find(_METADATA_ORGANISATION, t.NS))
    return ""


def _text(element) -> str:
    if element is None:
        return ""
    for child in element:
        if isinstance(child.tag, str) and (child.text or "").strip():
            return child.text.strip()
    return (element.text or "").strip()


def _file_identifier(xml) -> Optional[str]:
    """The file identifier of a record the reader refused, when it can be found at all."""
    try:
        element = _metadata_element(xml)
    except RecordDecodeError:
        return None
    if not isinstance(element, etree._Element):
        return None
    return _text(element.find("gmd:fileIdentifier", t.NS)) or None
