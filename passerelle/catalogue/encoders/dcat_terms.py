"""Names and literals of DCAT-AP / GeoDCAT-AP: namespaces, authority-table URIs, geometry.

Kept apart from :mod:`.dcat` so the graph builder reads as a list of mappings;
everything here is pure (no vocabulary, no graph).
"""
from __future__ import annotations

import json
from typing import Optional

from rdflib import Namespace, URIRef
from rdflib.namespace import DCAT, DCTERMS, FOAF, GEO, RDFS, SKOS, XSD

from .. import vocabularies as _vocabularies
from ..record import Extent
from ..terms import EU_AUTHORITY

# rdflib's closed namespaces where they exist: a plain Namespace is a str, so DCT.title
# would be str.title and DCT.format str.format.
DCT = DCTERMS
GSP = GEO
ADMS = Namespace("http://www.w3.org/ns/adms#")
LOCN = Namespace("http://www.w3.org/ns/locn#")
VCARD = Namespace("http://www.w3.org/2006/vcard/ns#")
DQV = Namespace("http://www.w3.org/ns/dqv#")
GEODCATAP = Namespace("http://data.europa.eu/930/")
PROV = Namespace("http://www.w3.org/ns/prov#")
RESPONSIBLE_PARTY_ROLE = "http://inspire.ec.europa.eu/metadata-codelist/ResponsiblePartyRole/"
PV = Namespace(_vocabularies.PV)

# The tables the record's concepts map to (frequency, access right, data theme…) are in ..terms.
EU_DATASET_STATUS = EU_AUTHORITY + "dataset-status/"
EU_FILE_TYPE = EU_AUTHORITY + "file-type/"
EU_LANGUAGE = EU_AUTHORITY + "language/"
IANA_MEDIA_TYPE = "https://www.iana.org/assignments/media-types/"
OGC_EPSG = "http://www.opengis.net/def/crs/EPSG/0/"

PREFIXES = {
    "dcat": DCAT, "dct": DCT, "adms": ADMS, "locn": LOCN, "vcard": VCARD, "foaf": FOAF,
    "dqv": DQV, "geodcatap": GEODCATAP, "prov": PROV, "gsp": GSP, "skos": SKOS, "rdfs": RDFS, "xsd": XSD, "pv": PV,
}
#: JSON-LD context: the usual DCAT-AP prefixes, so the compacted document reads like the Turtle.
JSONLD_CONTEXT = {prefix: str(namespace) for prefix, namespace in PREFIXES.items()}

# A Table Schema describes tabular files only: a WMS does not "conform" to it.
TABULAR_FORMATS = {"CSV", "TSV", "XLS", "XLSX", "ODS"}

# Resource language (ISO 639-1 or 639-2/B as in records) -> EU language NAL code (639-2/T).
_EU_LANGUAGE = {
    "fr": "FRA", "fre": "FRA", "en": "ENG", "de": "DEU", "ger": "DEU", "es": "SPA",
    "it": "ITA", "nl": "NLD", "dut": "NLD", "br": "BRE", "oc": "OCI", "co": "COS",
    "eu": "EUS", "baq": "EUS", "ca": "CAT",
}


def language_uri(code: str) -> Optional[URIRef]:
    """EU language NAL URI for an ISO 639-1 or 639-2 code (``fre`` -> ``.../language/FRA``)."""
    code = (code or "").strip().lower()
    eu = _EU_LANGUAGE.get(code) or (code.upper() if len(code) == 3 else None)
    return URIRef(EU_LANGUAGE + eu) if eu else None


def file_type(value) -> Optional[URIRef]:
    """EU file-type URI for a code (``gpkg`` -> ``.../file-type/GPKG``); a URI passes through."""
    if not value:
        return None
    value = str(value).strip()
    return URIRef(value if value.startswith("http") else EU_FILE_TYPE + value.upper())


def _number(value: float) -> str:
    return f"{value:.7f}".rstrip("0").rstrip(".")


def wkt(extent: Extent) -> str:
    """Bounding box as WKT in CRS84 (longitude first, the default CRS of gsp:wktLiteral)."""
    w, s, e, n = (_number(v) for v in (extent.west, extent.south, extent.east, extent.north))
    if (w, s) == (e, n):
        return f"POINT({w} {s})"
    return f"POLYGON(({w} {s},{e} {s},{e} {n},{w} {n},{w} {s}))"


def geojson(extent: Extent) -> str:
    """The same box as :func:`wkt`, as a GeoJSON geometry."""
    w, s, e, n = (round(v, 7) for v in (extent.west, extent.south, extent.east, extent.north))
    if (w, s) == (e, n):
        return json.dumps({"type": "Point", "coordinates": [w, s]})
    ring = [[w, s], [e, s], [e, n], [w, n], [w, s]]
    return json.dumps({"type": "Polygon", "coordinates": [ring]}, separators=(",", ":"))
