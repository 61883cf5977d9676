"""Fixed vocabulary of the ISO 19139 / INSPIRE encoding: namespaces, citations, crosswalks.

Shared by the writer (:mod:`.iso19139`) and the reader (:mod:`.iso19139_read`) so both
sides agree on every URI and exact string the INSPIRE validator compares.
"""
from __future__ import annotations

import re
from typing import Optional

NS = {
    "gmd": "http://www.isotc211.org/2005/gmd",
    "gco": "http://www.isotc211.org/2005/gco",
    "gmx": "http://www.isotc211.org/2005/gmx",
    # ISO/TS 19139:2007 (schemas 20070417) imports GML 3.2.1, whose namespace is .../gml/3.2;
    # the INSPIRE validator rejects a TimePeriod in the older http://www.opengis.net/gml.
    "gml": "http://www.opengis.net/gml/3.2",
    "xlink": "http://www.w3.org/1999/xlink",
    "xsi": "http://www.w3.org/2001/XMLSchema-instance",
}
#: Other tools (older GeoNetwork records, apiso 20060504) still write GML 3.2.0's namespace.
GML_NAMESPACES = ("http://www.opengis.net/gml/3.2", "http://www.opengis.net/gml")
SCHEMA_LOCATION = (
    "http://www.isotc211.org/2005/gmd http://schemas.opengis.net/iso/19139/20070417/gmd/gmd.xsd "
    "http://www.isotc211.org/2005/gmx http://schemas.opengis.net/iso/19139/20070417/gmx/gmx.xsd")
CODELISTS = "http://standards.iso.org/iso/19139/resources/gmxCodelists.xml#"
LANGUAGE_CODELIST = "http://www.loc.gov/standards/iso639-2/"
EPSG_URI = "http://www.opengis.net/def/crs/EPSG/0/"

GEMET_TITLE = "GEMET - INSPIRE themes, version 1.0"
GEMET_HREF = "http://www.eionet.europa.eu/gemet/inspire_themes"
GEMET_DATE = "2008-06-01"
SPATIAL_SCOPE_HREF = "http://inspire.ec.europa.eu/metadata-codelist/SpatialScope"
SPATIAL_SCOPE_TITLE = {"fr": "Champ géographique", "en": "Spatial scope"}
SPATIAL_SCOPE_DATE = "2019-05-22"

CONDITIONS = "http://inspire.ec.europa.eu/metadata-codelist/ConditionsApplyingToAccessAndUse/"
CONDITIONS_UNKNOWN = CONDITIONS + "conditionsUnknown"

REGULATION_1089_HREF = "http://data.europa.eu/eli/reg/2010/1089"
REGULATION_1089_DATE = "2010-12-08"
REGULATION_1089_TITLE = {
    # "n o" (n, space, o) is how the Official Journal's French title reads; the validator compares it.
    "fr": "Règlement (UE) n o 1089/2010 de la Commission du 23 novembre 2010 portant modalités "
          "d'application de la directive 2007/2/CE du Parlement européen et du Conseil en ce qui "
          "concerne l'interopérabilité des séries et des services de données géographiques",
    "en": "COMMISSION REGULATION (EU) No 1089/2010 of 23 November 2010 implementing Directive "
          "2007/2/EC of the European Parliament and of the Council as regards interoperability of "
          "spatial data sets and services",
}
SEE_SPECIFICATION = {"fr": "Voir la spécification référencée", "en": "See the referenced specification"}
# Passerelle declares the schema; whether the data passes it is for the checks (pass = unknown).
SCHEMA_EXPLANATION = {
    "fr": "Schéma de données déclaré pour ce jeu de données ; conformité non évaluée ici",
    "en": "Data schema declared for this dataset; conformity not evaluated here"}

#: Passerelle's schemes carry owl:versionInfo "1.0", not a date, but a thesaurus citation needs
#: one (TG C.15): the day edition 1.0 was cut. Bump it with the schemes' versionInfo.
VOCABULARY_EDITION_DATE = "2026-11-23"

#: The SIRET travels as the href of an Anchor on organisationName (the SIRENE directory page
#: of the establishment): ISO has no slot for it and the text stays the plain name.
SIRET_PAGE = "https://annuaire-entreprises.data.gouv.fr/etablissement/"

#: ``id`` attributes telling the producer and the contact apart whatever their roles.
PRODUCER_ID, CONTACT_ID = "producer", "contact"
#: ``id`` attributes of what Passerelle writes beside the standard blocks: the rights statements,
#: each further constraint (``constraint-1``...) and the online resources the exporter adds
#: (``passerelle-resource-1``...), as opposed to the record's own links.
RIGHTS_ID, CONSTRAINT_ID, RESOURCE_ID = "rights", "constraint", "passerelle-resource"
#: The code space of the resource identifier that marks a record as Passerelle's on a catalogue
#: (publishers/ownership.py): not one of the resource's own identifiers.
OWNERSHIP_CODESPACE = "passerelle"
PRODUCER_ROLES = ("owner", "originator", "author", "custodian", "resourceProvider", "publisher",
                  "principalInvestigator", "processor", "distributor")

#: ISO 19139 has only 12 maintenance codes. EU frequencies without one (no pv:iso notation) get
#: the code whose meaning covers them, else the next *less* frequent one: the declared frequency
#: is a promise to reusers and portals watch it, so never promise fresher data than delivered.
#: Multi-year rhythms have no ISO code at all: "irregular" rather than an over-promising
#: "annually"; the exact EU code still travels in the Passerelle frequency keyword.
NEAREST_ISO_FREQUENCY = {
    **dict.fromkeys(("UPDATE_CONT", "1MIN", "5MIN", "10MIN", "15MIN", "30MIN", "HOURLY",
                     "BIHOURLY", "TRIHOURLY", "12HRS", "DAILY_2", "DAILY_3", "CONT"), "continual"),
    **dict.fromkeys(("WEEKLY_5", "WEEKLY_3", "WEEKLY_2"), "weekly"),
    **dict.fromkeys(("MONTHLY_3", "MONTHLY_2", "BIWEEKLY"), "fortnightly"),
    "BIMONTHLY": "quarterly",
    "ANNUAL_3": "biannually",
    "ANNUAL_2": "biannually",
    **dict.fromkeys(("BIENNIAL", "TRIENNIAL", "QUADRENNIAL", "QUINQUENNIAL", "DECENNIAL",
                     "BIDECENNIAL", "TRIDECENNIAL", "OTHER"), "irregular"),
    "NEVER": "notPlanned",
    "NOT_PLANNED": "notPlanned",
    "AS_NEEDED": "asNeeded",
    "IRREG": "irregular",
    "DAILY": "daily", "WEEKLY": "weekly", "MONTHLY": "monthly", "QUARTERLY": "quarterly",
    "ANNUAL": "annually", "UNKNOWN": "unknown",
}
ISO_FREQUENCIES = ("continual", "daily", "weekly", "fortnightly", "monthly", "quarterly",
                   "biannually", "annually", "asNeeded", "irregular", "notPlanned", "unknown")

#: When no theme says anything, a local authority's layer is first of all about a place.
FALLBACK_TOPIC = "location"

#: Labels of the INSPIRE spatial data service types, for resource locators (TG CC 8).
SERVICE_TYPES = {
    "wms": ("http://www.opengis.net/def/serviceType/ogc/wms", "OGC Web Map Service",
            "http://inspire.ec.europa.eu/metadata-codelist/SpatialDataServiceType/view",
            {"fr": "Service de consultation", "en": "View Service"}),
    "wfs": ("http://www.opengis.net/def/serviceType/ogc/wfs", "OGC Web Feature Service",
            "http://inspire.ec.europa.eu/metadata-codelist/SpatialDataServiceType/download",
            {"fr": "Service de téléchargement", "en": "Download Service"}),
    "ogcapi": ("http://www.opengis.net/spec/ogcapi-features-1/1.0", "OGC API - Features",
               "http://inspire.ec.europa.eu/metadata-codelist/SpatialDataServiceType/download",
               {"fr": "Service de téléchargement", "en": "Download Service"}),
}

#: How service links are written. "geonetwork": protocol as the text GeoNetwork's map viewer, QGIS's
#: MetaSearch and OWSLib look for, layer in gmd:name; "inspire": TG 2.0 CC 8 Anchors (protocol and
#: spatial data service type from the INSPIRE registers).
LINK_CONVENTIONS = ("geonetwork", "inspire")
DEFAULT_LINK_CONVENTION = "geonetwork"
GEONETWORK_PROTOCOLS = {"wms": "OGC:WMS", "wfs": "OGC:WFS", "ogcapi": "OGC API - Features"}
DOWNLOAD_PROTOCOL = "WWW:DOWNLOAD-1.0-http--download"
LINK_PROTOCOL = "WWW:LINK-1.0-http--link"

#: ``id`` attributes of the two INSPIRE constraint blocks (TG C.17 limitations on public access, C.18
#: conditions for access and use), so the reader knows which texts Passerelle derived there.
LIMITATIONS_ID, CONDITIONS_ID = "limitations", "conditions"


def use_statement(licence_label: str, licence_url: str, lang: str) -> str:
    """The use limitation sentence older validators read (GeoNetwork's "conditions for access and use")."""
    if lang == "fr":
        return f"Réutilisation soumise à la licence « {licence_label} »" + (f" : {licence_url}" if licence_url else "")
    return f"Reuse subject to the licence '{licence_label}'" + (f": {licence_url}" if licence_url else "")


def restricted_statement(access_label: str, lang: str) -> str:
    """Conditions of data that is not open and has no licence: access and use on request."""
    if lang == "fr":
        return (f"Accès restreint ({access_label}) : consultation et utilisation sur demande auprès du point "
                "de contact de la fiche.")
    return f"Restricted access ({access_label}): access and use on request to the record's point of contact."


UNKNOWN_CONDITIONS_STATEMENT = {"fr": "Conditions d'accès et d'utilisation inconnues.",
                                "en": "Conditions for access and use unknown."}
ORDER_LINK_NAME = {"fr": "Demande d'accès aux données", "en": "Data access request"}
ORDER_LINK_DESCRIPTION = {
    "fr": "Les données ne sont pas diffusées librement : l'accès se demande à cette adresse.",
    "en": "The data is not freely distributed: access is requested at this address."}
FEATURE_CATALOGUE_ID = "schema"


def constraint_kind(kind: str) -> str:
    """'access', 'use' or 'other': how a constraint type typed in QGIS goes into ISO 19139."""
    key = re.sub(r"[^a-z]", "", (kind or "").lower().replace("è", "e"))
    if key in ("access", "acces", "accessconstraints", "limitationsonpublicaccess"):
        return "access"
    if key in ("use", "usage", "utilisation", "useconstraints"):
        return "use"
    return "other"


def followable_url(url: str) -> bool:
    """A URL others can follow: a network scheme (http, ftp, mailto...), not file:// nor a local path.

    >>> followable_url("https://x.fr/doc.pdf"), followable_url("file:///C:/doc.pdf"), followable_url("C:\\doc.pdf")
    (True, False, False)
    """
    match = re.match(r"^([a-zA-Z][a-zA-Z0-9+.-]*):", (url or "").strip())
    return bool(match) and len(match.group(1)) > 1 and match.group(1).lower() != "file"


def metadata_language(record_language: str) -> str:
    """The language a record's metadata is written in: English for an English record, else French (the two
    languages of the fixed texts and labels); a record never declares French around English texts."""
    return "eng" if (record_language or "").lower() in ("eng", "en", "en-gb", "en-us", "english") else "fre"


def lang2(language: str) -> str:
    """'fre'/'fra'/'fr' -> 'fr', anything else -> 'en' (the two label languages we ship)."""
    return "fr" if (language or "").lower()[:2] == "fr" else "en"


def q(name: str) -> str:
    """Clark notation for a prefixed name: q('gmd:title') -> '{http://...gmd}title'."""
    prefix, local = name.split(":")
    return f"{{{NS[prefix]}}}{local}"


def edition_date(version: str) -> Optional[str]:
    """An ISO date from a scheme version like '2024-06-12' or the EU NALs' '20240612-0'."""
    match = re.match(r"^(\d{4})-?(\d{2})-?(\d{2})", version or "")
    return "-".join(match.groups()) if match else None


def namespace(uri: str) -> str:
    """The register a concept URI belongs to: 'http://x/frequency/ANNUAL' -> 'http://x/frequency'."""
    return uri.rstrip("/").rsplit("/", 1)[0]


def crs_uri(crs: str) -> Optional[str]:
    """'EPSG:2154' -> 'http://www.opengis.net/def/crs/EPSG/0/2154'; None for other registers."""
    match = re.fullmatch(r"\s*EPSG\s*:\s*(\d+)\s*", crs or "", re.IGNORECASE)
    return EPSG_URI + match.group(1) if match else None


def crs_from_text(*texts: str) -> str:
    """'EPSG:2154' from an EPSG URI, 'EPSG:2154', 'urn:ogc:def:crs:EPSG::2154' or 'RGF93 (EPSG:2154)'."""
    for text in texts:
        match = re.search(r"EPSG(?:/0/|::?|/)\s*(\d+)", text or "", re.IGNORECASE)
        if match:
            return f"EPSG:{match.group(1)}"
    for text in texts:
        if text and re.fullmatch(r"\d{4,6}", text.strip()):
            return f"EPSG:{text.strip()}"
    return next((t.strip() for t in texts if t and t.strip()), "")
