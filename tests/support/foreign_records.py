"""Records someone else put in a catalogue (not Passerelle): inserted into a real pycsw with a plain CSW-T
Transaction, and counted with GetRecords, independently of Passerelle's own CSW client."""
import requests
from lxml import etree

CSW = "http://www.opengis.net/cat/csw/2.0.2"
OGC = "http://www.opengis.net/ogc"
GMD = "http://www.isotc211.org/2005/gmd"


def insert_into_csw(url: str, xml: bytes, headers=None) -> None:
    """CSW-T Insert of an ISO 19139 record (bytes of a gmd:MD_Metadata document). ``headers``: more headers
    (the local SDI's pycsw takes writes with its run's ``X-Passerelle-Token`` only)."""
    record = etree.fromstring(xml)
    transaction = etree.Element(f"{{{CSW}}}Transaction", nsmap={"csw": CSW}, service="CSW", version="2.0.2")
    etree.SubElement(transaction, f"{{{CSW}}}Insert").append(record)
    answer = requests.post(url, data=etree.tostring(transaction, xml_declaration=True, encoding="UTF-8"),
                           headers={"Content-Type": "application/xml", **(headers or {})}, timeout=30)
    assert answer.status_code == 200 and b"totalInserted>1<" in answer.content, answer.text[:1000]


def csw_count(url: str, identifier: str) -> int:
    """How many records of the CSW have this identifier (GetRecords, resultType hits)."""
    constraint = (f'<ogc:Filter xmlns:ogc="{OGC}"><ogc:PropertyIsEqualTo><ogc:PropertyName>apiso:Identifier'
                  f'</ogc:PropertyName><ogc:Literal>{identifier}</ogc:Literal></ogc:PropertyIsEqualTo></ogc:Filter>')
    answer = requests.get(url, params={"service": "CSW", "version": "2.0.2", "request": "GetRecords",
                                       "typeNames": "gmd:MD_Metadata", "namespace": f"xmlns(gmd={GMD})",
                                       "resultType": "hits", "elementSetName": "brief", "constraintLanguage": "FILTER",
                                       "constraint_language_version": "1.1.0", "constraint": constraint},
                          headers={"Accept-Encoding": "identity"}, timeout=30)
    results = etree.fromstring(answer.content).find(f"{{{CSW}}}SearchResults")
    assert results is not None, answer.text[:1000]
    return int(results.get("numberOfRecordsMatched"))


def csw_record(url: str, identifier: str):
    """The stored gmd:MD_Metadata of ``identifier`` (GetRecordById), or None."""
    answer = requests.get(url, params={"service": "CSW", "version": "2.0.2", "request": "GetRecordById",
                                       "id": identifier, "outputSchema": GMD, "elementSetName": "full"},
                          headers={"Accept-Encoding": "identity"}, timeout=30)
    return etree.fromstring(answer.content).find(f"{{{GMD}}}MD_Metadata")


def put_into_geonetwork(standin, xml: bytes, group: int = 3, public: bool = True) -> str:
    """A record a colleague of another group made in the GeoNetwork stand-in (owner: the administrator)."""
    root = etree.fromstring(xml)
    uuid = root.findtext(f"{{{GMD}}}fileIdentifier/*").strip()
    standin.records[uuid] = {"id": 900 + len(standin.records), "uuid": uuid,
                             "xml": etree.tostring(root, xml_declaration=True, encoding="UTF-8"), "group": group,
                             "owner": 1, "type": "METADATA", "statuses": [],
                             "privileges": {1: {"view", "download", "dynamic"}} if public else {}}
    return uuid
