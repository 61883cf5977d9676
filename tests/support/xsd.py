"""Offline ISO 19139 schema validation for tests.

The schemas come from ``scripts/fetch_xsd.sh`` (build/xsd/). Any schema location
on schemas.opengis.net, www.isotc211.org or www.w3.org is answered from that copy,
and everything else is refused: validation never reaches the network.
Without the schemas the XSD tests are skipped, unless PASSERELLE_REQUIRE_XSD=1
(the Makefile sets it) turns the absence into a failure.
"""
from __future__ import annotations

import functools
import os
import re

import pytest
from lxml import etree

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
XSD_DIR = os.environ.get("PASSERELLE_XSD_DIR", os.path.join(ROOT, "build", "xsd"))
_ISO = "pycsw/plugins/profiles/apiso/schemas/ogc/iso/19139/20070417"
_OGC = "pycsw/core/schemas"
#: gmx.xsd includes gmd, gco, gsr, gss, gts and GML 3.2.1: the whole ISO 19139:2007 grammar.
ENTRY = os.path.join(XSD_DIR, _ISO, "gmx", "gmx.xsd")

# Remote schema locations -> local folders (prefix match, rest of the path kept).
_REMOTE = [
    (r"https?://schemas\.opengis\.net/iso/19139/20070417/", _ISO + "/"),
    (r"https?://(www\.)?isotc211\.org/2005/", _ISO + "/"),
    (r"https?://schemas\.opengis\.net/gml/3\.2\.1/", _OGC + "/ogc/gml/3.2.1/"),
    (r"https?://www\.w3\.org/1999/xlink\.xsd", _OGC + "/w3c/1999/xlink.xsd"),
    (r"https?://www\.w3\.org/XML/1998/namespace", _OGC + "/w3c/2001/xml.xsd"),
    (r"https?://www\.w3\.org/(2001|2009/01)/xml\.xsd", _OGC + "/w3c/2001/xml.xsd"),
]


class LocalSchemas(etree.Resolver):
    """Answers remote schema locations from build/xsd; refuses any other remote URL."""

    def resolve(self, url, public_id, context):
        if not re.match(r"^[a-z]+://", url or "") or url.startswith("file:"):
            return None  # a local file: let libxml2 read it
        for pattern, local in _REMOTE:
            match = re.match(pattern, url)
            if match:
                path = os.path.join(XSD_DIR, local + url[match.end():])
                return self.resolve_filename(path, context)
        raise OSError(f"refusing to fetch {url} during validation (not mapped to build/xsd)")


@functools.lru_cache(maxsize=1)
def iso_schema() -> etree.XMLSchema:
    if not os.path.exists(ENTRY):
        message = f"ISO 19139 schemas missing in {XSD_DIR}: run scripts/fetch_xsd.sh"
        if os.environ.get("PASSERELLE_REQUIRE_XSD") == "1":
            pytest.fail(message)
        pytest.skip(message)
    parser = etree.XMLParser(no_network=True, load_dtd=False, resolve_entities=False)
    parser.resolvers.add(LocalSchemas())
    return etree.XMLSchema(etree.parse(ENTRY, parser))


def assert_valid_iso(xml_bytes: bytes) -> None:
    """Fail with the XSD error log unless ``xml_bytes`` is a valid ISO 19139 document."""
    schema = iso_schema()
    document = etree.fromstring(xml_bytes, etree.XMLParser(no_network=True, resolve_entities=False))
    if not schema.validate(document):
        errors = "\n".join(f"  line {e.line}: {e.message}" for e in schema.error_log)
        pytest.fail(f"ISO 19139 XSD validation failed:\n{errors}", pytrace=False)
