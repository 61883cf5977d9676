"""What an ISO 19139 record keeps through Passerelle (import onto a layer, export): compared aspect by aspect.

Each aspect is read the same way from the source document and from the exported one, by XPath, without
Passerelle's reader (so the comparison cannot share its mistakes): the exported record must hold every
value of the source, as written or as the concept the value names (a licence by its page, a theme by its
register URI). ``other_losses`` lists the source's other values the export does not hold
(:func:`passerelle.catalogue.linking.not_kept`).
"""
from __future__ import annotations

import os

from lxml import etree

from passerelle.catalogue import linking, mapping

NS = {"gmd": "http://www.isotc211.org/2005/gmd", "gco": "http://www.isotc211.org/2005/gco",
      "gmx": "http://www.isotc211.org/2005/gmx", "xlink": "http://www.w3.org/1999/xlink",
      "gml": "http://www.opengis.net/gml/3.2", "gml31": "http://www.opengis.net/gml"}
IDENT = "gmd:identificationInfo/*"
ASPECTS = ("title", "abstract", "keywords", "themes", "frequency", "contacts", "licence and constraints",
           "extent", "temporal extent", "dates")
RECORDS = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "data", "iso_records")
GEMET_THEMES = ("GEMET - INSPIRE themes, version 1.0", "http://www.eionet.europa.eu/gemet/inspire_themes")


def dataset_records() -> list:
    """The test records that describe datasets (every file but the service record)."""
    return sorted(name for name in os.listdir(RECORDS) if name.endswith(".xml") and not name.startswith("service-"))


def root_of(xml):
    root = xml if isinstance(xml, etree._Element) else etree.fromstring(xml)
    return root if root.tag == f"{{{NS['gmd']}}}MD_Metadata" else root.find(".//gmd:MD_Metadata", NS)


def _texts(node, path) -> list:
    out = []
    for element in node.xpath(path, namespaces=NS):
        holder = next((c for c in element if isinstance(c.tag, str)), None)
        text = ((holder.text if holder is not None else element.text) or "").strip()
        href = (holder.get(f"{{{NS['xlink']}}}href") if holder is not None else "") or ""
        if text or href:
            out.append((text, href.strip()))
    return out


def _key(text: str) -> str:
    return linking._key(text)


def aspects(xml, vocab) -> dict:
    """{aspect: set of comparable values} of a record."""
    md = root_of(xml)
    ident = md.xpath(IDENT, namespaces=NS)[0]
    found = {"title": {_key(t) for t, _ in _texts(ident, "gmd:citation/*/gmd:title")},
             "abstract": {_key(t) for t, _ in _texts(ident, "gmd:abstract")}}
    keywords, themes = set(), set()
    for block in ident.xpath("gmd:descriptiveKeywords/gmd:MD_Keywords", namespaces=NS):
        thesaurus = _texts(block, "gmd:thesaurusName/*/gmd:title")
        name, href = thesaurus[0] if thesaurus else ("", "")
        for text, link in _texts(block, "gmd:keyword"):
            concept = _theme(text, link, name, vocab)
            if concept is not None:
                themes.add(concept)
            else:
                keywords.add(_key(text or link))
    for topic in ident.xpath("gmd:topicCategory/gmd:MD_TopicCategoryCode/text()", namespaces=NS):
        themes.add("topic:" + topic.strip())
    found["keywords"], found["themes"] = keywords, themes
    found["frequency"] = set(ident.xpath("gmd:resourceMaintenance/*/gmd:maintenanceAndUpdateFrequency/*/"
                                         "@codeListValue", namespaces=NS))
    found["contacts"] = {_party(p) for p in ident.xpath("gmd:pointOfContact/gmd:CI_ResponsibleParty", namespaces=NS)}
    found["metadata contact"] = {_party(p)[:2] for p in md.xpath("gmd:contact/gmd:CI_ResponsibleParty", namespaces=NS)}
    constraints = set()
    for block in ident.xpath("gmd:resourceConstraints/*", namespaces=NS):
        for text, href in _texts(block, "gmd:otherConstraints") + _texts(block, "gmd:useLimitation"):
            constraints.add((text, href))
    found["licence and constraints"] = constraints
    found["extent"] = {tuple(round(float(v), 6) for v in box.xpath(
        "gmd:westBoundLongitude/gco:Decimal/text()|gmd:eastBoundLongitude/gco:Decimal/text()|"
        "gmd:southBoundLatitude/gco:Decimal/text()|gmd:northBoundLatitude/gco:Decimal/text()", namespaces=NS))
        for box in ident.xpath("gmd:extent/*/gmd:geographicElement/gmd:EX_GeographicBoundingBox", namespaces=NS)}
    found["extent"] |= {_key(t) for t, _ in _texts(ident, "gmd:extent/*/gmd:description")}
    periods = set()
    for period in ident.xpath("gmd:extent/*/gmd:temporalElement/*/gmd:extent/*", namespaces=NS):
        stamps = [(e.text or "").strip()[:10] for e in period.iter() if isinstance(e.tag, str)
                  and etree.QName(e).localname in ("beginPosition", "endPosition", "timePosition")]
        if etree.QName(period).localname == "TimeInstant":
            stamps = stamps * 2
        periods.add(tuple(stamps))
    found["temporal extent"] = periods
    found["dates"] = {(ci.xpath("string(gmd:dateType/*/@codeListValue)", namespaces=NS),
                       ci.xpath("string(gmd:date/*)", namespaces=NS).strip()[:10])
                      for ci in ident.xpath("gmd:citation/*/gmd:date/gmd:CI_Date", namespaces=NS)}
    return found


def _theme(text, href, thesaurus, vocab):
    """The theme (register URI) a keyword is: an INSPIRE or EU theme by its link, or by its label under the
    INSPIRE themes thesaurus."""
    for candidate in (href, href.replace("https://", "http://", 1)):
        concept = vocab.concept(candidate) if candidate else None
        if concept is not None and concept.scheme in ("inspire-theme", "eu-theme", "iso-topic"):
            return concept.uri
    if thesaurus in GEMET_THEMES:
        concept = mapping.theme(text, thesaurus, vocab)
        return concept.uri if concept is not None else None
    return None


def _party(party) -> tuple:
    def first(path):
        found = _texts(party, path)
        return _key(found[0][0]) if found else ""
    return (first("gmd:organisationName"), first("gmd:contactInfo/*/gmd:address/*/gmd:electronicMailAddress"),
            party.xpath("string(gmd:role/*/@codeListValue)", namespaces=NS))


def compare(source_xml, exported_xml, vocab) -> dict:
    """{aspect: ("kept" | "absent" | "lost: ..."), ..., "other losses": [labels]}."""
    source, exported = aspects(source_xml, vocab), aspects(exported_xml, vocab)
    result = {}
    for aspect in ASPECTS:
        if aspect == "contacts":
            missing = _missing_contacts(source, exported)
        elif aspect == "licence and constraints":
            missing = _missing_constraints(source[aspect], root_of(exported_xml), vocab)
        else:
            missing = sorted(map(str, source[aspect] - exported[aspect]))
        if not source[aspect] and not (aspect == "contacts" and source["metadata contact"]):
            result[aspect] = "absent"
        else:
            result[aspect] = "kept" if not missing else "lost: " + "; ".join(m[:60] for m in missing)
    lost = linking.not_kept(root_of(source_xml), root_of(exported_xml), vocab)
    result["other losses"] = sorted({(v.label(), v.text or v.href) for v in lost})
    return result


def _missing_contacts(source, exported) -> list:
    parties = exported["contacts"] | {p + ("pointOfContact",) for p in exported["metadata contact"]}
    missing = [f"{p[0]} <{p[1]}> ({p[2]})" for p in source["contacts"] if p not in parties]
    everyone = {p[:2] for p in parties}
    missing += [f"metadata contact {p[0]} <{p[1]}>" for p in source["metadata contact"] if p not in everyone]
    return missing


def _missing_constraints(stated: set, exported, vocab) -> list:
    kept = {_key(v.text) for v in linking.values(exported) if v.text} | \
        {_key(v.href) for v in linking.values(exported) if v.href}
    missing = []
    for text, href in stated:
        if (text and _key(text) in kept) or (href and _key(href) in kept):
            continue
        if linking._means_kept(linking.Value(("constraints",), text, href), vocab, kept):
            continue
        missing.append(text or href)
    return missing


def markdown(rows: dict) -> str:
    """The table of what each record kept and lost (rows: {record file: compare() result})."""
    header = ["record"] + list(ASPECTS) + ["other values not kept"]
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for name, result in rows.items():
        cells = [name] + [{"kept": "kept", "absent": "–"}.get(result[a], result[a]) for a in ASPECTS]
        cells.append("; ".join(f"{label} «{value[:40]}»" for label, value in result["other losses"]) or "none")
        lines.append("| " + " | ".join(c.replace("|", "/") for c in cells) + " |")
    return "\n".join(lines) + "\n"
