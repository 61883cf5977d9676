"""Our encoding of the rules portals judge ISO 19139 records by, as Python functions over lxml.

The rule files themselves stay out of the repository; each function below restates one rule as we
read it in its public source:

- ``GN-ISO-*``: GeoNetwork's ``schematron-rules-iso.sch`` (iso19139 schema plugin, GeoNetwork 3.x/4.x);
- ``GN-GN-*``: its ``schematron-rules-geonetwork.sch``;
- ``GN-INSPIRE-*``: its ``schematron-rules-inspire.sch`` and ``schematron-rules-inspire-strict.sch``
  (M-numbers are GeoNetwork's message keys, e.g. M45.or is "Other constraints should be defined if
  use constraints is set to Other restrictions", M45.ul "Conditions for access and use is mandatory",
  M47.info "Organisation name and email not found for responsible organisation");
- ``TG-*``: INSPIRE metadata TG 2.0 requirements as the INSPIRE Reference Validator's executable test
  suites check them (common C.x, data sets and series 1.x, interoperability 2.x).

Each rule returns the list of its failures (empty: the record passes). XPath 1.0 is close to what the
schematrons run (XSLT 2) and the validator (XQuery); where a rule needs more (a thesaurus, a list of
titles) the data is given here. GeoNetwork's INSPIRE theme rule reads its theme thesaurus; we check
the keyword against the INSPIRE theme labels Passerelle ships, which were taken from that thesaurus.

>>> failures(etree.fromstring(xml))   # {rule id: [messages]} of the rules that fail
"""
from __future__ import annotations

import re
from typing import Callable

from lxml import etree

NS = {"gmd": "http://www.isotc211.org/2005/gmd", "gco": "http://www.isotc211.org/2005/gco",
      "gmx": "http://www.isotc211.org/2005/gmx", "xlink": "http://www.w3.org/1999/xlink",
      "srv": "http://www.isotc211.org/2005/srv", "gml": "http://www.opengis.net/gml/3.2",
      "gml320": "http://www.opengis.net/gml"}
HREF = "{http://www.w3.org/1999/xlink}href"
NIL = "{http://www.isotc211.org/2005/gco}nilReason"
IDENT = "gmd:identificationInfo/gmd:MD_DataIdentification"
EU_LANGUAGES_GN = ("eng", "fre", "ger", "spa", "dut", "ita", "cze", "lav", "dan", "lit", "mlt", "pol", "est", "por",
                   "fin", "rum", "slo", "slv", "gre", "bul", "hun", "swe", "gle")
EU_LANGUAGES_TG = ("bul", "hrv", "cze", "dan", "dut", "eng", "est", "fin", "fre", "ger", "gre", "hun", "gle", "ita",
                   "lav", "lit", "mlt", "pol", "por", "rum", "slo", "slv", "spa", "swe")
ROLE_CODES = ("resourceProvider", "custodian", "owner", "user", "distributor", "originator", "pointOfContact",
              "principalInvestigator", "processor", "publisher", "author")
CODELISTS = "http://standards.iso.org/iso/19139/resources/gmxCodelists.xml#"
LOPA = "http://inspire.ec.europa.eu/metadata-codelist/LimitationsOnPublicAccess/"
LOPA_VALUES = tuple(f"{LOPA}INSPIRE_Directive_Article13_1{c}" for c in "abcdefgh") + (LOPA + "noLimitations",)
CONDITIONS = "http://inspire.ec.europa.eu/metadata-codelist/ConditionsApplyingToAccessAndUse/"
CONDITIONS_VALUES = (CONDITIONS + "noConditionsApply", CONDITIONS + "conditionsUnknown")
#: Official titles of Regulation 1089/2010, lower case, as the INSPIRE rules compare them.
REGULATION_1089 = {
    "fre": "règlement (ue) n o 1089/2010 de la commission du 23 novembre 2010 portant modalités d'application de "
           "la directive 2007/2/ce du parlement européen et du conseil en ce qui concerne l'interopérabilité des "
           "séries et des services de données géographiques",
    "eng": "commission regulation (eu) no 1089/2010 of 23 november 2010 implementing directive 2007/2/ec of the "
           "european parliament and of the council as regards interoperability of spatial data sets and services",
}
GEMET_TITLE = "GEMET - INSPIRE themes, version 1.0"
DATE = re.compile(r"^(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$")
DATE_OR_DATETIME = re.compile(r"^(\d{4})(-(\d{2}))?(-(\d{2}))?"
                              r"(T(\d{2}):(\d{2})(:(\d{2}))?(\.(\d+))?(([+-]\d{2}:\d{2})|Z)?)?$")
DECIMAL_2 = re.compile(r"^-?\d+\.\d{2,}")

RULES: dict[str, tuple[str, Callable]] = {}


def rule(rule_id: str, summary: str):
    def register(function):
        RULES[rule_id] = (summary, function)
        return function
    return register


def x(node, path):
    return node.xpath(path, namespaces=NS)


def text(node) -> str:
    return "".join(node.itertext()).strip() if node is not None else ""


def nil_missing(node) -> bool:
    return node.get(NIL) == "missing"


def inspire_theme_labels() -> set:
    from passerelle.catalogue import vocabularies

    scheme = vocabularies.shipped().schemes["inspire-theme"]
    return {label for concept in scheme.concepts.values() for label in concept.labels.values()}


# --- GeoNetwork: schematron-rules-iso.sch ------------------------------------------------------------

@rule("GN-ISO-M6", "a gco:CharacterString is not empty unless its property says why (nilReason)")
def gn_iso_m6(doc):
    return [f"empty {etree.QName(e).localname}" for e in x(doc, "//*[gco:CharacterString]")
            if not text(e.find("gco:CharacterString", NS)) and
            e.get(NIL) not in ("inapplicable", "missing", "template", "unknown", "withheld")]


@rule("GN-ISO-M8", "a responsible party has an individual, organisation or position name")
def gn_iso_m8(doc):
    out = []
    for holder in x(doc, "//*[gmd:CI_ResponsibleParty]"):
        names = x(holder, "gmd:CI_ResponsibleParty/*[self::gmd:individualName or self::gmd:organisationName or "
                          "self::gmd:positionName][not(@gco:nilReason='missing')]")
        if not names:
            out.append(f"{etree.QName(holder).localname} has no name")
    return out


def _gn_access_block(block) -> bool:
    return bool(x(block, "gmd:accessConstraints/gmd:MD_RestrictionCode[@codeListValue='otherRestrictions']"))


@rule("GN-ISO-M9.access", "access constraints 'other restrictions' come with other constraints, none empty")
def gn_iso_m9_access(doc):
    out = []
    for block in x(doc, "//gmd:MD_LegalConstraints"):
        if not _gn_access_block(block):
            continue
        others = x(block, "gmd:otherConstraints")
        empty = [o for o in others if o.find("gco:CharacterString", NS) is not None and
                 not text(o.find("gco:CharacterString", NS))]
        if not others or empty or any(nil_missing(o) for o in others):
            out.append("access otherRestrictions without other constraints")
    return out


@rule("GN-ISO-M9.use", "use constraints 'other restrictions' come with other constraints given as text")
def gn_iso_m9_use(doc):
    out = []
    for block in x(doc, "//gmd:MD_LegalConstraints[gmd:useConstraints/gmd:MD_RestrictionCode"
                        "[@codeListValue='otherRestrictions']]"):
        if _gn_access_block(block):
            continue  # the access rule of the same pattern takes this block
        strings = x(block, "gmd:otherConstraints/gco:CharacterString")  # XPath string(): the first one
        if not strings or not (strings[0].text or "") or any(nil_missing(o) for o in x(block, "gmd:otherConstraints")):
            out.append("Other constraints should be defined if use constraints is set to Other restrictions")
    return out


@rule("GN-ISO-M11", "a source has a description or an extent")
def gn_iso_m11(doc):
    return ["LI_Source without description" for s in x(doc, "//gmd:LI_Source")
            if not x(s, "gmd:description[not(@gco:nilReason='missing')] | gmd:sourceExtent")]


@rule("GN-ISO-M13", "data quality of a dataset has a lineage statement, sources or process steps")
def gn_iso_m13(doc):
    out = []
    for quality in x(doc, "//gmd:DQ_DataQuality[gmd:scope/gmd:DQ_Scope/gmd:level/gmd:MD_ScopeCode"
                          "[@codeListValue='dataset' or @codeListValue='series']]"):
        if not x(quality, "*/gmd:LI_Lineage/gmd:source | */gmd:LI_Lineage/gmd:processStep | "
                          "gmd:lineage/gmd:LI_Lineage/gmd:statement[not(@gco:nilReason='missing')]"):
            out.append("no lineage statement")
    return out


@rule("GN-ISO-M14", "a lineage has a statement, sources or process steps")
def gn_iso_m14(doc):
    return ["empty LI_Lineage" for lineage in x(doc, "//gmd:LI_Lineage")
            if not x(lineage, "gmd:source | gmd:processStep | gmd:statement[not(@gco:nilReason='missing')]")]


@rule("GN-ISO-M16", "data quality of a dataset has a report or a lineage")
def gn_iso_m16(doc):
    return ["no report nor lineage" for q in x(doc, "//gmd:DQ_DataQuality[gmd:scope/*/gmd:level/"
                                                    "gmd:MD_ScopeCode/@codeListValue='dataset']")
            if not x(q, "gmd:report | gmd:lineage")]


@rule("GN-ISO-M17", "a quality scope other than dataset or series is described")
def gn_iso_m17(doc):
    return ["undescribed scope" for scope in x(doc, "//gmd:DQ_Scope")
            if not x(scope, "gmd:level/gmd:MD_ScopeCode[@codeListValue='dataset' or @codeListValue='series']")
            and not text(scope.find("gmd:levelDescription", NS))]


@rule("GN-ISO-M19", "a distribution has a format")
def gn_iso_m19(doc):
    return ["distribution without format" for d in x(doc, "//gmd:MD_Distribution")
            if not x(d, "gmd:distributionFormat | gmd:distributor/gmd:MD_Distributor/gmd:distributorFormat")]


@rule("GN-ISO-M20", "an extent has a description, a geographic, temporal or vertical element")
def gn_iso_m20(doc):
    return ["empty EX_Extent" for e in x(doc, "//gmd:EX_Extent")
            if not x(e, "gmd:description[not(@gco:nilReason='missing')] | gmd:geographicElement | "
                        "gmd:temporalElement | gmd:verticalElement")]


@rule("GN-ISO-M21", "a dataset has a bounding box or a geographic description")
def gn_iso_m21(doc):
    levels = x(doc, "/gmd:MD_Metadata/gmd:hierarchyLevel/gmd:MD_ScopeCode/@codeListValue")
    if levels and not ({"dataset", ""} & set(levels)):
        return []
    return ["no geographic element" for ident in x(doc, "//gmd:MD_DataIdentification")
            if not x(ident, "gmd:extent/*/gmd:geographicElement/gmd:EX_GeographicBoundingBox | "
                            "gmd:extent/*/gmd:geographicElement/gmd:EX_GeographicDescription")]


@rule("GN-ISO-M22", "a dataset or series has a topic category")
def gn_iso_m22(doc):
    return ["no topic category" for ident in x(doc, "//gmd:MD_DataIdentification")
            if not x(ident, "gmd:topicCategory")]


@rule("GN-ISO-M61", "a hierarchy level other than dataset is named")
def gn_iso_m61(doc):
    levels = x(doc, "/gmd:MD_Metadata/gmd:hierarchyLevel/gmd:MD_ScopeCode/@codeListValue")
    named = x(doc, "/gmd:MD_Metadata/gmd:hierarchyLevelName[not(@gco:nilReason)]")
    return [] if not levels or {"dataset", ""} & set(levels) or named else ["hierarchy level without its name"]


@rule("GN-ISO-required", "title and abstract as text, citation dates typed, contact and languages present")
def gn_iso_required(doc):
    out = []
    for name, path in (("abstract", f"{IDENT}/gmd:abstract"), ("title", f"{IDENT}/gmd:citation/*/gmd:title")):
        for element in x(doc, path):
            if not x(element, "(gco:CharacterString | .//gmd:LocalisedCharacterString)"
                              "[normalize-space(text()) != '']") \
                    and not (element.get(NIL) and len(element) == 0):
                out.append(f"{name} not given as text")
    for date in x(doc, f"{IDENT}/gmd:citation/*/gmd:date/*/gmd:date"):
        if not x(date, "gco:Date | gco:DateTime"):
            out.append("citation date without value")
    for date_type in x(doc, f"{IDENT}/gmd:citation/*/gmd:date/*/gmd:dateType"):
        if not x(date_type, "gmd:CI_DateTypeCode"):
            out.append("citation date without type")
    for path in ("/*/gmd:contact", "/*/gmd:language", f"{IDENT}/gmd:language"):
        for element in x(doc, path):
            if len(element) == 0 and not element.get(NIL):
                out.append(f"empty {path}")
    for citation in x(doc, f"{IDENT}/gmd:citation"):
        if not x(citation, "gmd:CI_Citation") and not citation.get(NIL):
            out.append("citation without CI_Citation")
    return out


# --- GeoNetwork: schematron-rules-geonetwork.sch -----------------------------------------------------

@rule("GN-GN-M500", "a record with locales has a main language")
def gn_gn_m500(doc):
    locale = x(doc, "/gmd:MD_Metadata/gmd:locale")
    language = x(doc, "/gmd:MD_Metadata/gmd:language[not(@gco:nilReason='missing')]")
    return ["locales without main language"] if locale and not language else []


# --- GeoNetwork: schematron-rules-inspire.sch and -inspire-strict.sch --------------------------------

@rule("GN-INSPIRE-M35/M36", "resource title and abstract present")
def gn_inspire_title_abstract(doc):
    out = []
    for name, path in (("title", f"{IDENT}/gmd:citation/gmd:CI_Citation/gmd:title"),
                       ("abstract", f"{IDENT}/gmd:abstract")):
        found = x(doc, path)
        if not found or any(nil_missing(e) for e in found):
            out.append(f"no resource {name}")
    return out


@rule("GN-INSPIRE-M37", "resource type is dataset, series or service")
def gn_inspire_m37(doc):
    levels = set(x(doc, "/gmd:MD_Metadata/gmd:hierarchyLevel/*/@codeListValue"))
    return [] if levels & {"dataset", "series", "service"} else ["resource type missing"]


@rule("GN-INSPIRE-M52", "each online resource has a URL")
def gn_inspire_m52(doc):
    return ["online resource without URL" for r in x(doc, "//gmd:distributionInfo/*/gmd:transferOptions/*/"
                                                          "gmd:onLine/gmd:CI_OnlineResource")
            if not x(r, "gmd:linkage") or not text(r.find("gmd:linkage/gmd:URL", NS))]


@rule("GN-INSPIRE-M55/M39/M38", "resource language, topic category and unique identifier of a dataset")
def gn_inspire_dataset(doc):
    out = []
    for ident in x(doc, "//gmd:MD_DataIdentification"):
        languages = x(ident, "gmd:language/gco:CharacterString/text() | gmd:language/gmd:LanguageCode/@codeListValue")
        if x(ident, "gmd:language[@gco:nilReason='missing']") or not set(languages) & set(EU_LANGUAGES_GN):
            out.append("M55 resource language not an EU language")
        if not x(ident, "gmd:topicCategory") or x(ident, "gmd:topicCategory/gmd:MD_TopicCategoryCode[.='']"):
            out.append("M39 no topic category")
        if not x(ident, "gmd:citation/gmd:CI_Citation/gmd:identifier") or \
                x(ident, "gmd:citation/gmd:CI_Citation/gmd:identifier[*/gmd:code/@gco:nilReason='missing']"):
            out.append("M38 no unique resource identifier")
    return out


@rule("GN-INSPIRE-M40", "a keyword is an INSPIRE theme (label of GeoNetwork's INSPIRE theme thesaurus)")
def gn_inspire_m40(doc):
    labels = inspire_theme_labels()
    keywords = {text(k) for k in x(doc, f"{IDENT}/gmd:descriptiveKeywords/*/gmd:keyword/gco:CharacterString | "
                                        f"{IDENT}/gmd:descriptiveKeywords/*/gmd:keyword/gmx:Anchor")}
    return [] if keywords & labels else ["no INSPIRE theme keyword"]


@rule("GN-INSPIRE-M41", "bounding box within WGS84 ranges, south below north")
def gn_inspire_m41(doc):
    out = []
    for box in x(doc, f"{IDENT}/gmd:extent/*/gmd:geographicElement/gmd:EX_GeographicBoundingBox"):
        try:
            w, e, s, n = (float(x(box, f"gmd:{side}/gco:Decimal/text()")[0]) for side in
                          ("westBoundLongitude", "eastBoundLongitude", "southBoundLatitude", "northBoundLatitude"))
        except (IndexError, ValueError):
            out.append("bounding box side not a gco:Decimal")
            continue
        if not (-180 <= w <= 180 and -180 <= e <= 180 and -90 <= s <= n <= 90):
            out.append(f"bounding box out of range ({w}, {s}, {e}, {n})")
    return out


@rule("GN-INSPIRE-M42", "a temporal reference, at most one creation date")
def gn_inspire_m42(doc):
    out = []
    ident = x(doc, IDENT)[0]
    if len(x(ident, "gmd:citation/*/gmd:date[*/gmd:dateType/*/@codeListValue='creation']")) > 1:
        out.append("more than one creation date")
    dates = x(ident, "gmd:citation/*/gmd:date[*/gmd:dateType/*/@codeListValue='publication' or "
                     "*/gmd:dateType/*/@codeListValue='creation' or */gmd:dateType/*/@codeListValue='revision']"
                     "/*/gmd:date/*")
    periods = x(ident, "gmd:extent/*/gmd:temporalElement/*/gmd:extent/*/*[local-name()='beginPosition' or "
                       "local-name()='endPosition']/text()")
    if not dates and not periods:
        out.append("no temporal reference")
    return out


@rule("GN-INSPIRE-M43", "lineage statement present, not nil")
def gn_inspire_m43(doc):
    return ["no lineage" for q in x(doc, "//gmd:DQ_DataQuality") if not x(q, "gmd:lineage/gmd:LI_Lineage/gmd:statement")
            or x(q, "gmd:lineage//gmd:statement/@gco:nilReason")]


@rule("GN-INSPIRE-M56", "a spatial resolution is a scale or a distance")
def gn_inspire_m56(doc):
    return ["empty resolution" for r in x(doc, f"{IDENT}/gmd:spatialResolution")
            if not x(r, "*/gmd:equivalentScale | */gmd:distance")]


@rule("GN-INSPIRE-M44", "a conformity degree is given")
def gn_inspire_m44(doc):
    return [] if x(doc, "/gmd:MD_Metadata/gmd:dataQualityInfo/*/gmd:report/*/gmd:result/*/gmd:pass") else [
        "no conformity degree"]


@rule("GN-INSPIRE-M45.rc/ca/or", "constraints present, an access constraint code, other constraints with "
                                 "'other restrictions'")
def gn_inspire_m45_or(doc):
    ident = x(doc, IDENT)[0]
    out = []
    if not x(ident, "gmd:resourceConstraints/*"):
        out.append("M45.rc no resource constraints")
    if not x(ident, "gmd:resourceConstraints/*/gmd:accessConstraints[*/@codeListValue != '']"):
        out.append("M45.ca no access constraints")
    other_restrictions = x(ident, "gmd:resourceConstraints/*/gmd:accessConstraints/gmd:MD_RestrictionCode"
                                  "[@codeListValue='otherRestrictions']")
    others = x(ident, "gmd:resourceConstraints/*/gmd:otherConstraints")
    if other_restrictions and (not others or any(nil_missing(o) for o in others)):
        out.append("M45.or other restrictions without other constraints")
    if others and x(ident, "gmd:resourceConstraints/*/gmd:otherConstraints/gco:CharacterString[. != '']") \
            and not other_restrictions:
        out.append("M45.or other constraints without access 'other restrictions'")
    return out


@rule("GN-INSPIRE-M45.ul", "Conditions for access and use is mandatory (a use limitation text)")
def gn_inspire_m45_ul(doc):
    return [] if x(doc, f"{IDENT}/gmd:resourceConstraints/*/gmd:useLimitation/*/text()") else [
        "Conditions for access and use is mandatory"]


@rule("GN-INSPIRE-M47", "responsible organisations: present, each with organisation name, e-mail and role")
def gn_inspire_m47(doc):
    ident = x(doc, IDENT)[0]
    if not x(ident, "gmd:pointOfContact"):
        return ["M47 no responsible organisation"]
    out = []
    for contact in x(ident, "gmd:pointOfContact"):
        if not x(contact, "*/gmd:organisationName") or x(contact, "*/gmd:organisationName/@gco:nilReason") or \
                not x(contact, "*/gmd:contactInfo/*/gmd:address/*/gmd:electronicMailAddress") or \
                x(contact, "*/gmd:contactInfo/*/gmd:address/*/gmd:electronicMailAddress/@gco:nilReason"):
            name = text(contact.find("*/gmd:organisationName", NS)) or "?"
            out.append(f"Organisation name and email not found for responsible organisation ({name})")
        if not "".join(x(contact, "*/gmd:role/*/@codeListValue")).strip():
            out.append("M48.role empty role")
    return out


@rule("GN-INSPIRE-M48/M49/M50", "metadata contact with organisation and e-mail, metadata language, date stamp")
def gn_inspire_metadata(doc):
    out = []
    if not x(doc, "/gmd:MD_Metadata/gmd:dateStamp/*/text()"):
        out.append("M50 no date stamp")
    languages = x(doc, "/gmd:MD_Metadata/gmd:language/gco:CharacterString/text() | "
                       "/gmd:MD_Metadata/gmd:language/gmd:LanguageCode/@codeListValue")
    if not set(languages) & set(EU_LANGUAGES_GN):
        out.append("M49 metadata language")
    contacts = x(doc, "/gmd:MD_Metadata/gmd:contact")
    if not contacts:
        out.append("M48 no metadata contact")
    for contact in contacts:
        if not x(contact, "gmd:CI_ResponsibleParty/gmd:organisationName") or \
                x(contact, "gmd:CI_ResponsibleParty/gmd:organisationName/@gco:nilReason") or \
                not x(contact, "gmd:CI_ResponsibleParty/gmd:contactInfo/*/gmd:address/*/gmd:electronicMailAddress") or \
                x(contact, "gmd:CI_ResponsibleParty/gmd:contactInfo/*/gmd:address/*/gmd:electronicMailAddress"
                           "/@gco:nilReason"):
            out.append("M48.info metadata contact without organisation name and e-mail")
        if not "".join(x(contact, "gmd:CI_ResponsibleParty/gmd:role/*/@codeListValue")).strip():
            out.append("M48.role")
    return out


@rule("GN-INSPIRE-strict-M44", "conformity to Regulation 1089/2010: exact title as gco:CharacterString, dated")
def gn_inspire_strict_m44(doc):
    language = "".join(x(doc, "/*/gmd:language/gmd:LanguageCode/@codeListValue"
                              " | /*/gmd:language/gco:CharacterString/text()"))
    expected = REGULATION_1089.get(language.strip())
    out = []
    for quality in x(doc, "//gmd:dataQualityInfo/*"):
        titles = x(quality, "gmd:report/*/gmd:result/*/gmd:specification/*/gmd:title/gco:CharacterString")
        if not [t for t in titles if t.text]:
            out.append("M44.title no specification title as text")
        matching = [t for t in titles if expected and " ".join((t.text or "").lower().split()) == expected]
        if not matching:
            out.append("M44.conformity no report citing the official title of Regulation 1089/2010")
        for title in matching:
            citation = title.getparent().getparent()
            if not x(citation, "gmd:date/*/gmd:date/*/text()") \
                    or not x(citation, "gmd:date/*/gmd:dateType/*/@codeListValue"):
                out.append("M44.date regulation citation not dated")
    return out


# --- INSPIRE TG 2.0 (Reference Validator, metadata 2.0 ETS) ------------------------------------------

def _org_and_email(party) -> list:
    out = []
    org = party.find("gmd:organisationName", NS)
    if org is None or not x(org, "gco:CharacterString[node()] | gmx:Anchor[node()]"):
        out.append("no organisation name")
    email = party.find("gmd:contactInfo/gmd:CI_Contact/gmd:address/gmd:CI_Address/gmd:electronicMailAddress", NS)
    if email is None or not x(email, "gco:CharacterString[node()] | gmx:Anchor[node()]"):
        out.append("no e-mail address")
    return out


@rule("TG-C.2/C.5/C.7", "root MD_Metadata, one metadata language code (ISO 639-2/B, EU), one date stamp")
def tg_general(doc):
    out = []
    if etree.QName(doc).localname != "MD_Metadata" or etree.QName(doc).namespace != NS["gmd"]:
        out.append("C.2 root is not gmd:MD_Metadata")
    codes = x(doc, "/gmd:MD_Metadata/gmd:language/gmd:LanguageCode")
    if len(codes) != 1:
        out.append("C.5 not exactly one metadata language code")
    elif codes[0].get("codeList", "").rstrip("/") != "http://www.loc.gov/standards/iso639-2" or \
            codes[0].get("codeListValue") not in EU_LANGUAGES_TG:
        out.append("C.5 metadata language code")
    stamps = x(doc, "/gmd:MD_Metadata/gmd:dateStamp")
    values = x(doc, "/gmd:MD_Metadata/gmd:dateStamp/gco:Date | /gmd:MD_Metadata/gmd:dateStamp/gco:DateTime")
    if len(stamps) != 1 or len(values) != 1 or not DATE_OR_DATETIME.match(values[0].text or ""):
        out.append("C.7 date stamp")
    return out


@rule("TG-C.6", "metadata point of contact: organisation name, e-mail, role pointOfContact")
def tg_c6(doc):
    parties = x(doc, "/gmd:MD_Metadata/gmd:contact/gmd:CI_ResponsibleParty")
    if not parties:
        return ["no metadata contact"]
    out = []
    for party in parties:
        out += _org_and_email(party)
        if x(party, "gmd:role/gmd:CI_RoleCode/@codeListValue") != ["pointOfContact"]:
            out.append("metadata contact role is not pointOfContact")
    return out


@rule("TG-C.8/C.9", "one non-empty resource title and abstract")
def tg_c8_c9(doc):
    out = []
    for name, path in (("title", f"{IDENT}/gmd:citation/gmd:CI_Citation/gmd:title"),
                       ("abstract", f"{IDENT}/gmd:abstract")):
        found = x(doc, path)
        if len(found) != 1 or not x(found[0], "gco:CharacterString[node()] | gmx:Anchor[node()]"):
            out.append(f"{name} missing or empty")
    return out


@rule("TG-C.10", "responsible organisations: organisation name, e-mail, a CI_RoleCode of the ISO code list")
def tg_c10(doc):
    parties = x(doc, f"{IDENT}/gmd:pointOfContact/gmd:CI_ResponsibleParty")
    if not parties:
        return ["no responsible party"]
    out = []
    for party in parties:
        out += _org_and_email(party)
        codes = x(party, "gmd:role/gmd:CI_RoleCode")
        if not codes or any(c.get("codeList") != CODELISTS + "CI_RoleCode" for c in codes):
            out.append("role code list")
        elif not any(c.get("codeListValue") in ROLE_CODES for c in codes):
            out.append("role value")
    return out


@rule("TG-C.11/C.12/C.13", "dated citation: valid dates and types, at most one creation and one revision")
def tg_c11_c13(doc):
    dates = x(doc, "gmd:identificationInfo[1]/*/gmd:citation/gmd:CI_Citation/gmd:date/gmd:CI_Date")
    if not dates:
        return ["C.11 no temporal reference in the citation"]
    out = []
    for ci_date in dates:
        value = x(ci_date, "gmd:date/gco:Date/text() | gmd:date/gco:DateTime/text()")
        kind = x(ci_date, "gmd:dateType/gmd:CI_DateTypeCode")
        if not value:
            out.append("C.11 citation date without value")
        elif x(ci_date, "gmd:date/gco:Date") and not DATE.match(value[0]):
            out.append("C.11 date format")
        if not kind or kind[0].get("codeList") != CODELISTS + "CI_DateTypeCode" or \
                kind[0].get("codeListValue") not in ("publication", "revision", "creation"):
            out.append("C.11 date type")
    for kind in ("creation", "revision"):
        if len([d for d in dates if x(d, f"gmd:dateType/*[@codeListValue='{kind}']")]) > 1:
            out.append(f"C.12/13 more than one {kind} date")
    return out


@rule("TG-C.14", "temporal extent: a period or an instant, ISO dates, open ends 'unknown' / 'now'")
def tg_c14(doc):
    out = []
    for extent in x(doc, "gmd:identificationInfo[1]/*/gmd:extent/gmd:EX_Extent/gmd:temporalElement/"
                         "gmd:EX_TemporalExtent/gmd:extent"):
        periods = x(extent, "*[local-name()='TimePeriod']")
        instants = x(extent, "*[local-name()='TimeInstant']/*[local-name()='timePosition']")
        if instants:
            if not DATE_OR_DATETIME.match(instants[0].text or ""):
                out.append("instant format")
        elif periods:
            for local, allowed in (("beginPosition", ("unknown",)), ("endPosition", ("unknown", "now"))):
                position = x(periods[0], f"*[local-name()='{local}']")
                if not position:
                    out.append(f"no {local}")
                elif position[0].get("indeterminatePosition"):
                    if position[0].get("indeterminatePosition") not in allowed:
                        out.append(f"{local} indeterminate position")
                elif not DATE_OR_DATETIME.match(position[0].text or ""):
                    out.append(f"{local} format")
        else:
            out.append("no time position or period")
    return out


@rule("TG-C.15/C.16", "keywords of a vocabulary cite it (title, publication date), one block per vocabulary")
def tg_c15_c16(doc):
    out = []
    titles = []
    for thesaurus in x(doc, f"{IDENT}/gmd:descriptiveKeywords/gmd:MD_Keywords/gmd:thesaurusName"):
        title = thesaurus.find("gmd:CI_Citation/gmd:title", NS)
        if title is None or not x(title, "gco:CharacterString[node()] | gmx:Anchor[node()]"):
            out.append("C.15 thesaurus without title")
            continue
        titles.append(text(title))
        if not x(thesaurus, "gmd:CI_Citation/gmd:date"):
            out.append(f"C.15 thesaurus '{text(title)}' undated")
        elif x(thesaurus, "gmd:CI_Citation/gmd:date/gmd:CI_Date/gmd:dateType/gmd:CI_DateTypeCode/@codeListValue") \
                != ["publication"]:
            out.append(f"C.15 thesaurus '{text(title)}' date is not a publication date")
    if len(titles) != len(set(titles)):
        out.append("C.16 keywords of one vocabulary in several blocks")
    return out


def _legal_blocks(doc):
    return x(doc, "gmd:identificationInfo/*/gmd:resourceConstraints/gmd:MD_LegalConstraints")


@rule("TG-C.17", "exactly one limitations-on-public-access block (otherRestrictions + LoPA Anchor or text)")
def tg_c17(doc):
    count = 0
    for block in _legal_blocks(doc):
        if len(x(block, "gmd:accessConstraints[gmd:MD_RestrictionCode/@codeListValue='otherRestrictions']")) != 1:
            continue
        anchors = [a.get(HREF, "").replace("https://", "http://") for a in x(block, "gmd:otherConstraints/gmx:Anchor")]
        valid = [a for a in anchors if a in LOPA_VALUES]
        invalid = [a for a in anchors if a in CONDITIONS_VALUES]
        strings = x(block, "gmd:otherConstraints/gco:CharacterString")
        if (valid and not invalid) or (strings and "".join(s.text or "" for s in strings) and not invalid):
            count += 1
    return [] if count == 1 else [f"{count} limitations-on-public-access blocks instead of one"]


@rule("TG-C.18", "exactly one conditions-for-access-and-use block (otherRestrictions + Anchor or text, no LoPA)")
def tg_c18(doc):
    count = 0
    for block in _legal_blocks(doc):
        codes = x(block, "gmd:accessConstraints/gmd:MD_RestrictionCode[@codeListValue='otherRestrictions']"
                         f"[starts-with(@codeList, '{CODELISTS}MD_RestrictionCode')] | "
                         "gmd:useConstraints/gmd:MD_RestrictionCode[@codeListValue='otherRestrictions']"
                         f"[starts-with(@codeList, '{CODELISTS}MD_RestrictionCode')]")
        if len(codes) != 1:
            continue
        anchors = [a.get(HREF, "") for a in x(block, "gmd:otherConstraints/gmx:Anchor")]
        valid = [a for a in anchors if a in CONDITIONS_VALUES]
        invalid = [a for a in anchors if a in LOPA_VALUES]
        strings = x(block, "gmd:otherConstraints/gco:CharacterString")
        if (valid and not invalid) or (strings and "".join(s.text or "" for s in strings) and not invalid):
            count += 1
    return [] if count == 1 else [f"{count} conditions-for-access-and-use blocks instead of one"]


@rule("TG-C.19", "a WGS84 bounding box, decimal degrees with two decimals at least")
def tg_c19(doc):
    boxes = x(doc, f"{IDENT}/gmd:extent/gmd:EX_Extent/gmd:geographicElement/gmd:EX_GeographicBoundingBox")
    if not boxes:
        return ["no geographic bounding box"]
    out = []
    for box in boxes:
        sides = [(x(box, f"gmd:{s}/gco:Decimal/text()") or [""])[0] for s in
                 ("westBoundLongitude", "eastBoundLongitude", "southBoundLatitude", "northBoundLatitude")]
        if not all(DECIMAL_2.match(v) for v in sides):
            out.append(f"bounding box not in decimal degrees: {sides}")
            continue
        w, e, s, n = map(float, sides)
        if not (-180 <= w <= 180 and -180 <= e <= 180 and -90 <= s <= 90 and -90 <= n <= 90 and s <= n):
            out.append("bounding box out of range")
    return out


@rule("TG-C.20/C.21/C.22", "conformity results: cited specification titled and dated (publication), degree")
def tg_c20_c22(doc):
    results = x(doc, "gmd:dataQualityInfo/gmd:DQ_DataQuality/gmd:report/gmd:DQ_DomainConsistency/gmd:result/"
                     "gmd:DQ_ConformanceResult")
    if not results:
        return ["C.20 no conformity statement"]
    out = []
    for result in results:
        citation = result.find("gmd:specification/gmd:CI_Citation", NS)
        if citation is None:
            out.append("C.21 specification without citation")
            continue
        kind = x(citation, "gmd:date/gmd:CI_Date/gmd:dateType/gmd:CI_DateTypeCode")
        if citation.find("gmd:title", NS) is None:
            out.append("C.21 specification without title")
        elif not kind or kind[0].get("codeList") != CODELISTS + "CI_DateTypeCode" or \
                kind[0].get("codeListValue") != "publication":
            out.append(f"C.21 specification '{text(citation.find('gmd:title', NS))[:60]}' without publication date")
        elif not DATE.match((x(citation, "gmd:date/gmd:CI_Date/gmd:date/gco:Date/text()") or [""])[0]):
            out.append("C.21 specification date format")
        passed = result.find("gmd:pass", NS)
        boolean = x(result, "gmd:pass/gco:Boolean/text()")
        if passed is None or (boolean and boolean[0] not in ("true", "false")) or \
                (not boolean and passed.get(NIL) != "unknown"):
            out.append("C.22 conformity degree")
    return out


@rule("TG-1.1/1.2/1.3", "a dataset or series, one data identification, a resource identifier code")
def tg_1_1_3(doc):
    out = []
    if not set(x(doc, "gmd:hierarchyLevel/gmd:MD_ScopeCode/@codeListValue")) & {"dataset", "series"}:
        out.append("1.1 resource type")
    if len(x(doc, "gmd:identificationInfo/gmd:MD_DataIdentification")) != 1:
        out.append("1.2 not exactly one MD_DataIdentification")
    if not [c for c in x(doc, f"{IDENT}/gmd:citation/*/gmd:identifier/*/gmd:code") if text(c)]:
        out.append("1.3 no unique resource identifier")
    return out


@rule("TG-1.4", "INSPIRE themes in a block citing 'GEMET - INSPIRE themes, version 1.0', each a theme label")
def tg_1_4(doc):
    blocks = x(doc, f"{IDENT}/gmd:descriptiveKeywords/gmd:MD_Keywords[gmd:thesaurusName/gmd:CI_Citation/gmd:title/"
                    f"*[self::gco:CharacterString or self::gmx:Anchor]/text()='{GEMET_TITLE}']")
    if not blocks:
        return ["no INSPIRE theme block"]
    labels = inspire_theme_labels()
    return [f"'{text(k)}' is not an INSPIRE theme" for block in blocks for k in x(block, "gmd:keyword/*")
            if text(k) not in labels]


@rule("TG-1.5", "spatial resolution: scale or distance (metres) in each MD_Resolution, not both")
def tg_1_5(doc):
    out = []
    for resolution in x(doc, f"{IDENT}/gmd:spatialResolution/gmd:MD_Resolution"):
        scale, distance = x(resolution, "gmd:equivalentScale"), x(resolution, "gmd:distance")
        if bool(scale) == bool(distance):
            out.append("MD_Resolution with both or neither")
        if distance and x(resolution, "gmd:distance/gco:Distance/@uom") != ["m"]:
            out.append("distance not in metres")
    return out


@rule("TG-1.6/1.7", "resource language from ISO 639-2/B, a topic category")
def tg_1_6_7(doc):
    out = []
    for code in x(doc, f"{IDENT}/gmd:language/gmd:LanguageCode"):
        if code.get("codeList", "").rstrip("/") != "http://www.loc.gov/standards/iso639-2" or \
                not re.fullmatch(r"[a-z]{3}", code.get("codeListValue") or ""):
            out.append("1.6 resource language code")
    if not x(doc, f"{IDENT}/gmd:topicCategory/gmd:MD_TopicCategoryCode[normalize-space()]"):
        out.append("1.7 no topic category")
    return out


@rule("TG-1.8", "resource locators have a URL")
def tg_1_8(doc):
    return ["resource locator without URL" for r in x(doc, "gmd:distributionInfo//gmd:onLine/gmd:CI_OnlineResource")
            if not text(r.find("gmd:linkage/gmd:URL", NS))]


@rule("TG-1.9/1.10/1.11", "one data quality scoped as the resource, conformity to Reg. 1089/2010, lineage")
def tg_1_9_11(doc):
    out = []
    level = x(doc, "gmd:hierarchyLevel/gmd:MD_ScopeCode/@codeListValue")
    qualities = x(doc, "gmd:dataQualityInfo/gmd:DQ_DataQuality")
    scoped = [q for q in qualities if x(q, "gmd:scope/gmd:DQ_Scope/gmd:level/gmd:MD_ScopeCode/@codeListValue") == level]
    if len(scoped) != 1:
        out.append("1.9 not exactly one data quality scoped as the resource")
    titles = x(doc, "gmd:dataQualityInfo/*/gmd:report/*/gmd:result/*/gmd:specification/*/gmd:title/"
                    "*[self::gco:CharacterString or self::gmx:Anchor]")
    if not any(" ".join(text(t).lower().split()) in REGULATION_1089.values() for t in titles):
        out.append("1.10 no conformity report on Regulation 1089/2010")
    if not [s for s in x(doc, "gmd:dataQualityInfo/*/gmd:lineage/*/gmd:statement") if text(s)]:
        out.append("1.11 no lineage")
    return out


@rule("TG-2.1/2.4/2.6", "a coordinate reference system, a vector/grid/tin/textTable representation, an encoding")
def tg_2(doc):
    out = []
    codes = x(doc, "gmd:referenceSystemInfo/*/gmd:referenceSystemIdentifier/gmd:RS_Identifier/gmd:code")
    if not [c for c in codes if text(c)]:
        out.append("2.1 no coordinate reference system")
    for code in codes:
        anchor = code.find("gmx:Anchor", NS)
        if anchor is not None and not re.match(r"^https?://www\.opengis\.net/def/crs/", anchor.get(HREF, "")):
            out.append("2.1 CRS Anchor is not an OGC CRS URI")
    kinds = x(doc, f"{IDENT}/gmd:spatialRepresentationType/gmd:MD_SpatialRepresentationTypeCode/@codeListValue")
    if not kinds or not set(kinds) <= {"vector", "grid", "tin", "textTable"}:
        out.append("2.4 spatial representation type")
    formats = x(doc, "gmd:distributionInfo/*/gmd:distributionFormat/gmd:MD_Format")
    if not formats:
        out.append("2.6 no encoding")
    for fmt in formats:
        if not text(fmt.find("gmd:name", NS)):
            out.append("2.6 encoding without name")
        version = fmt.find("gmd:version", NS)
        if version is None or (not text(version) and not version.get(NIL)):
            out.append("2.6 encoding without version")
    return out


def failures(doc, rules=None) -> dict:
    """{rule id: [messages]} of the rules ``doc`` breaks (all rules, or those whose id starts with one of ``rules``)."""
    if isinstance(doc, (bytes, str)):
        doc = etree.fromstring(doc.encode() if isinstance(doc, str) else doc)
    out = {}
    for rule_id, (_summary, function) in RULES.items():
        if rules and not rule_id.startswith(tuple(rules)):
            continue
        found = function(doc)
        if found:
            out[rule_id] = found
    return out


