"""Helpers of the CSW-T publisher tests (real pycsw, see passerelle/sdi/pycsw_server.py): the package the pipeline
would hand over, the publisher, and an independent client reading the catalogue without the publisher."""
import datetime as dt

import requests
from lxml import etree

from passerelle.catalogue.encoders import iso19139
from passerelle.catalogue.record import Contact, Extent, Record, new_identifier
from passerelle.publishers.base import PublicationPackage
from passerelle.publishers.csw import CswPublisher
from passerelle.publishers.http import HttpClient

NS = {"csw": "http://www.opengis.net/cat/csw/2.0.2", "gmd": "http://www.isotc211.org/2005/gmd",
      "gco": "http://www.isotc211.org/2005/gco", "gmx": "http://www.isotc211.org/2005/gmx",
      "xlink": "http://www.w3.org/1999/xlink"}
WMS = "https://geo.ville.fr/ows?service=WMS&request=GetCapabilities"
WFS = "https://geo.ville.fr/ows?service=WFS&request=GetCapabilities"
SECRET = "motdepasse-tres-secret-42"


# --- building what the pipeline would hand over ----------------------------------------------------

def make_record(title="Aménagements cyclables", **changes) -> Record:
    record = Record(identifier=new_identifier(), title=title, abstract="Pistes et bandes cyclables.",
                    keywords=["vélo"], themes=["http://inspire.ec.europa.eu/theme/tn"],
                    producer=Contact(organisation="Commune de Saint-Aubin", email="sig@saint-aubin.fr",
                                     role="owner"),
                    extent=Extent(5.8, 47.0, 6.0, 47.2, "EPSG:2154"), created=dt.date(2020, 1, 1),
                    lineage="Saisie sur orthophotographie.")
    return record.replace(**changes)


def make_package(record: Record, tmp_path, **encode_options) -> PublicationPackage:
    gpkg = tmp_path / "dummy.gpkg"
    gpkg.write_bytes(b"not read by the CSW publisher")
    return PublicationPackage(record=record, name="pistes_cyclables", gpkg_path=str(gpkg), crs="EPSG:2154",
                              feature_count=3, content_hash="sha256:test",
                              encode_iso=lambda links: iso19139.encode(record, online_resources=links,
                                                                       **encode_options))


def make_publisher(url, **client_options) -> CswPublisher:
    options = {"target": "Le catalogue CSW « test »", "retries": 1, "backoff": 0.01, **client_options}
    return CswPublisher("test", {"url": url, "timeout": 10}, http=HttpClient(**options))


def service_links():
    return {"online_resources": [iso19139.service_link("wms", WMS, "ville:pistes"),
                                 iso19139.service_link("wfs", WFS, "ville:pistes")]}


# --- reading the catalogue without the publisher (an independent client) --------------------------

def stored_record(url, identifier):
    answer = requests.get(url, params={"service": "CSW", "version": "2.0.2", "request": "GetRecordById",
                                       "id": identifier, "outputSchema": NS["gmd"], "elementSetName": "full"},
                          timeout=10)
    return etree.fromstring(answer.content).find("gmd:MD_Metadata", NS)


def anytext_hits(url, text=None) -> int:
    """numberOfRecordsMatched of a POSTed GetRecords: csw:AnyText like ``text`` (every record when None)."""
    constraint = "" if text is None else (
        '<csw:Constraint version="1.1.0"><ogc:Filter><ogc:PropertyIsLike wildCard="%" singleChar="_" escapeChar="\\">'
        f"<ogc:PropertyName>csw:AnyText</ogc:PropertyName><ogc:Literal>%{text}%</ogc:Literal>"
        "</ogc:PropertyIsLike></ogc:Filter></csw:Constraint>")
    body = ('<csw:GetRecords xmlns:csw="http://www.opengis.net/cat/csw/2.0.2" xmlns:ogc="http://www.opengis.net/ogc" '
            'service="CSW" version="2.0.2" resultType="hits"><csw:Query typeNames="csw:Record">'
            f"<csw:ElementSetName>brief</csw:ElementSetName>{constraint}</csw:Query></csw:GetRecords>")
    answer = requests.post(url, data=body.encode(), headers={"Content-Type": "application/xml"}, timeout=10)
    return int(etree.fromstring(answer.content).find("csw:SearchResults", NS).get("numberOfRecordsMatched"))


def delete_behind_our_back(url, identifier):
    body = ('<csw:Transaction xmlns:csw="http://www.opengis.net/cat/csw/2.0.2" xmlns:ogc="http://www.opengis.net/ogc" '
            'service="CSW" version="2.0.2"><csw:Delete><csw:Constraint version="1.1.0"><ogc:Filter>'
            "<ogc:PropertyIsEqualTo><ogc:PropertyName>apiso:Identifier</ogc:PropertyName>"
            f"<ogc:Literal>{identifier}</ogc:Literal></ogc:PropertyIsEqualTo></ogc:Filter></csw:Constraint>"
            "</csw:Delete></csw:Transaction>")
    answer = requests.post(url, data=body.encode(), headers={"Content-Type": "application/xml"}, timeout=10)
    assert b"<csw:totalDeleted>1</csw:totalDeleted>" in answer.content


def text_at(record, path):
    return [e.text for e in record.xpath(path, namespaces=NS)]
