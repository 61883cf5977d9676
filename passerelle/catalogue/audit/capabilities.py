"""The layers a WMS or WFS GetCapabilities document lists, read safely.

WMS 1.1.1 / 1.3.0: every named ``Layer``; WFS 1.0 / 1.1 / 2.0: every ``FeatureType``'s ``Name``; with
the ``MetadataURL`` addresses each gives (where GeoServer and QGIS Server point at the layer's record).
"""
from __future__ import annotations

from lxml import etree

XLINK_HREF = "{http://www.w3.org/1999/xlink}href"


class NotCapabilities(ValueError):
    """The document is not a WMS/WFS capabilities document; the message says what it is (French)."""


def layers(content: bytes) -> tuple:
    """``(names, metadata)``: the layer names (a frozenset) and {name: MetadataURL addresses}.

    Raises :class:`NotCapabilities` for an exception report, an HTML page or anything else.
    """
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=True,
                             remove_comments=True)
    try:
        root = etree.fromstring(content, parser)
    except etree.XMLSyntaxError:
        start = content[:200].lstrip().lower()
        kind = "une page HTML" if start.startswith((b"<!doctype html", b"<html")) else "un document non XML"
        raise NotCapabilities(f"il répond par {kind}") from None
    name = etree.QName(root).localname
    if name.lower() == "html":
        raise NotCapabilities("il répond par une page HTML")
    if "Exception" in name:
        text = " ".join(t.strip() for t in root.itertext() if t.strip())[:200]
        raise NotCapabilities(f"il répond par une exception ({text or name})")
    if "Capabilities" not in name:
        raise NotCapabilities(f"il répond par un document {name}")
    names, metadata = [], {}
    for element in root.iter():
        if not isinstance(element.tag, str) or etree.QName(element).localname not in ("Layer", "FeatureType"):
            continue
        child = next((c for c in element if isinstance(c.tag, str) and etree.QName(c).localname == "Name"), None)
        if child is None or not (child.text or "").strip():
            continue
        layer = child.text.strip()
        names.append(layer)
        urls = []
        for link in element:
            if not isinstance(link.tag, str) or etree.QName(link).localname != "MetadataURL":
                continue
            href = link.get(XLINK_HREF) or next((resource.get(XLINK_HREF) for resource in link.iter()
                                                 if isinstance(resource.tag, str) and resource.get(XLINK_HREF)), None)
            urls.append((href or link.text or "").strip())
        metadata[layer] = tuple(u for u in urls if u)
    return frozenset(names), metadata
