"""ISO 19139 (INSPIRE metadata TG 2.2.1) export and import of a catalogue record.

>>> xml = iso19139.encode(record, vocabularies.shipped())      # bytes, UTF-8
>>> iso19139.decode(xml) == record
True

Where each record field lives (paths under gmd:MD_Metadata; "ident" = identificationInfo/
MD_DataIdentification; "keyword block" = descriptiveKeywords/MD_Keywords with gmx:Anchor
keywords and a thesaurusName citing the concepts' register):

- identifier: fileIdentifier, and ident citation identifier (urn:uuid:... or namespace + id; a
  resource_identifier read from another catalogue's record instead, with its code space);
- title, abstract, created/revised/published: ident citation title, abstract, CI_Date types;
- keywords: one keyword block without thesaurus (CharacterString);
- themes: INSPIRE -> GEMET block (exact TG citation); EU data themes -> keyword block;
  ISO topics -> keyword block *and* topicCategory (topicCategory is derived from the INSPIRE
  themes, else EU themes, else "location" when the record chooses none);
- access, nature, granularity, frequency: one keyword block each (frequency also as the
  nearest ISO MD_MaintenanceFrequencyCode; granularity also as an INSPIRE SpatialScope keyword);
- legal_basis (or noLimitations / Art. 13(1)(f)): LimitationsOnPublicAccess Anchor in the access
  constraints block (id="limitations"); licence: Anchor to its page (pv:url) *and* the same label as
  text in the use constraints block (id="conditions"), whose useLimitation says it in a sentence;
  closed or shared data without a licence: a sentence saying access is on request, as text;
- lifecycle: ident status MD_ProgressCode;
- producer / contact: ident pointOfContact with id="producer" / id="contact" (the contact, else
  the producer, is also the metadata contact, role pointOfContact, unless a metadata_contact of its
  own is given); siret: href of an Anchor
  on organisationName (the establishment's page in the SIRENE directory); the producer that is
  the profile's organisation gets its e-mail when it has none;
- scale / resolution_m: two separate MD_Resolution (equivalentScale / distance in m);
- extent: EX_GeographicBoundingBox (gco:Decimal) + referenceSystemInfo (EPSG Anchor), other_extents
  further boxes of the same EX_Extent; place: EX_Extent description; temporal_start/end:
  gml:TimePeriod (GML 3.2 namespace), other_periods further temporal elements;
  elevation_min/max: EX_VerticalExtent (vertical CRS unknown);
- lineage: LI_Lineage statement; the Reg. 1089/2010 conformity report (title as text; pass false
  unless inspire_conformant, as a harmonised dataset's record declares);
- schema: contentInfo MD_FeatureCatalogueDescription id="schema", its citation an Anchor to the
  schema (title, date and version read from the schema when Passerelle can read it);
- language: ident language (the metadata language is the ``language`` argument).

What other tools hold beyond that (QGIS's metadata editor, other catalogues), kept as typed:

- parent_identifier: parentIdentifier; resource_type: hierarchyLevel (an MD_ScopeCode, else dataset);
- contacts: further ident pointOfContact parties (no id); each party's position: positionName, fax:
  CI_Telephone facsimile, first address: CI_Address (the others have no room: CI_Contact holds one);
- vocabulary_keywords: one keyword block per vocabulary, its name as thesaurus title (date unknown);
- other_licences: more otherConstraints in the use constraints block (an Anchor when it is a known
  licence); rights: useLimitation of a constraints block id="rights"; constraints: one block each,
  id="constraint-N", MD_LegalConstraints with access or use otherRestrictions for the "access" and
  "use" types, else MD_Constraints useLimitation;
- fees: the distributor's standard order process (its contact is the record's contact);
  links: a transfer options block of online resources (protocol = link type, name a gmx:MimeFileType
  when there is a MIME type), those others can follow only (not file:// or local paths: the
  checks say they are not exported); the resources Passerelle adds (services, packaged data)
  carry ids ``passerelle-resource-N``, which is how the reader tells them apart; service links
  in the GeoNetwork convention (protocol text OGC:WMS, OGC:WFS, OGC API - Features, layer in
  gmd:name) or the INSPIRE one (TG CC 8 Anchors); a distribution always has a format;
- process_steps: LI_ProcessStep descriptions after the lineage statement;
- encoding: ident characterSet when it is an MD_CharacterSetCode (a Windows code page is not).
"""
from __future__ import annotations

import datetime as _dt
import decimal
import re
from typing import Iterable, Optional

from lxml import etree

from .. import mapping, terms
from ..record import Contact, Record
from . import iso19139_terms as t
from .iso19139_read import decode  # noqa: F401  (public API lives here)
from .iso19139_topics import derived_topics, topic_value

__all__ = ["encode", "decode", "service_link", "with_link_convention"]


def encode(record: Record, vocabularies=None, *, online_resources: Iterable[dict] = (),
           metadata_date=None, language: str = "fre", formats: Iterable = (),
           identifier_namespace: str = "", link_convention: str = t.DEFAULT_LINK_CONVENTION,
           organisation: Optional[dict] = None, schema_citation: Optional[dict] = None) -> bytes:
    """One ``gmd:MD_Metadata`` document (INSPIRE dataset) for ``record``.

    ``language`` is the metadata language: labels and fixed texts are French for
    ``fre``, English for ``eng``. ``online_resources`` are dicts (url, protocol,
    protocol_uri, application_profile, application_profile_uri, name, description,
    function); see :func:`service_link` for WMS/WFS/OGC API, written as
    ``link_convention`` says (``"geonetwork"``: protocol text ``OGC:WMS``..., or
    ``"inspire"``: TG 2.0 Anchors) unless a link carries its own ``convention``.
    ``formats`` are names or dicts (name, version, uri). ``identifier_namespace``
    (e.g. ``https://data.ville.fr/id/``) makes the resource identifier an HTTP URI;
    without it it is ``urn:uuid:<id>``. ``organisation`` (the profile's: name, siret,
    email) supplies the e-mail of the producer when the producer is that organisation.
    ``schema_citation`` (title, date, version) cites the record's data schema; without it
    they are read from the schema when Passerelle ships it or it is a local file.

    >>> encode(record, online_resources=[service_link("wms", url, "ws:layer")])
    """
    if vocabularies is None:
        from ..vocabularies import shipped
        vocabularies = shipped()
    if link_convention not in t.LINK_CONVENTIONS:
        raise ValueError(f"unknown link convention {link_convention!r} (expected one of {t.LINK_CONVENTIONS})")
    from ..parties import with_owner_email

    writer = _Writer(with_owner_email(record, organisation), vocabularies, t.lang2(language), link_convention)
    root = writer.metadata(language, metadata_date, list(online_resources), list(formats),
                           identifier_namespace, schema_citation)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def service_link(kind: str, capabilities_url: str, layer_name: str = "", language: str = "fre",
                 title: str = "", convention: str = "") -> dict:
    """An online resource for a WMS (view), WFS or OGC API - Features (download) service.

    ``capabilities_url`` is the GetCapabilities URL (for OGC API - Features, the landing page, with the
    collection id as ``layer_name``: what QGIS's OAPIF provider and OWSLib open a collection from). The
    link is written in the encoder's link convention unless ``convention`` fixes one
    (see :func:`with_link_convention`).

    >>> service_link("wfs", "https://geo.example.fr/ows?service=WFS&request=GetCapabilities", "ws:pistes")
    """
    kind = kind.lower()
    protocol_uri, protocol, profile_uri, profiles = t.SERVICE_TYPES[kind]
    link = {"service": kind, "url": capabilities_url, "protocol": protocol, "protocol_uri": protocol_uri,
            "application_profile": profiles[t.lang2(language)],
            "application_profile_uri": profile_uri, "name": layer_name}
    if title:
        link["description"] = title
    if convention:
        link["convention"] = convention
    return link


def with_link_convention(links: Iterable[dict], convention: str) -> list[dict]:
    """Copies of ``links`` whose service links are to be written in ``convention``.

    A catalogue target calls it with the convention its profile chose: ``"geonetwork"``
    (the default for GeoNetwork and CSW targets) or ``"inspire"``.

    >>> with_link_convention(report_links, "inspire")
    """
    if convention not in t.LINK_CONVENTIONS:
        raise ValueError(f"unknown link convention {convention!r} (expected one of {t.LINK_CONVENTIONS})")
    return [dict(link, convention=convention) if link.get("service") else dict(link) for link in links]


# --- small element builders -------------------------------------------------------------

def _sub(parent, name: str, text: Optional[str] = None, **attributes):
    """A child element; ``gco_nilReason=`` style keywords become prefixed attributes."""
    element = etree.SubElement(parent, t.q(name))
    for key, value in attributes.items():
        element.set(t.q(key.replace("_", ":", 1)) if "_" in key else key, value)
    if text is not None:
        element.text = text
    return element


def _string(parent, name: str, text: str):
    return _sub(_sub(parent, name), "gco:CharacterString", text or "")


def _anchor(parent, name: str, href: str, text: str):
    anchor = _sub(_sub(parent, name), "gmx:Anchor", text or "")
    anchor.set(t.q("xlink:href"), href)
    return anchor


def _text_or_anchor(parent, name: str, text: str, href: str = ""):
    return _anchor(parent, name, href, text) if href else _string(parent, name, text)


def _code(parent, name: str, codelist: str, value: str):
    return _sub(_sub(parent, name), f"gmd:{codelist}", codeList=t.CODELISTS + codelist,
                codeListValue=value)


def _missing(parent, name: str, reason: str = "missing"):
    return _sub(parent, name, gco_nilReason=reason)


def _date_value(parent, name: str, value) -> None:
    holder = _sub(parent, name)
    if isinstance(value, _dt.datetime):
        _sub(holder, "gco:DateTime", value.replace(microsecond=0).isoformat())
    else:
        _sub(holder, "gco:Date", value.isoformat() if hasattr(value, "isoformat") else str(value))


def _cited_date(citation, value, date_type: str) -> None:
    ci_date = _sub(_sub(citation, "gmd:date"), "gmd:CI_Date")
    _date_value(ci_date, "gmd:date", value)
    _code(ci_date, "gmd:dateType", "CI_DateTypeCode", date_type)


def _citation(parent, name: str, title: str, href: str = "", date: Optional[str] = None):
    citation = _sub(_sub(parent, name), "gmd:CI_Citation")
    _text_or_anchor(citation, "gmd:title", title, href)
    if date:
        _cited_date(citation, date, "publication")
    else:
        _missing(citation, "gmd:date", "unknown")
    return citation


def schema_citation_of(schema: str) -> dict:
    """Title, date and version of a Table Schema Passerelle can read offline ({} when it cannot)."""
    from .. import schemas

    try:
        descriptor = schemas.resolve(schema)
    except Exception:  # noqa: BLE001 - an unknown or unreadable schema is cited by its name alone
        return {}
    date = t.edition_date(str(descriptor.get("lastModified") or descriptor.get("created") or ""))
    return {"title": str(descriptor.get("title") or ""), "date": date or "",
            "version": str(descriptor.get("version") or "")}


def _decimal(value: float) -> str:
    """xs:decimal text (no exponent) that reads back as the same float."""
    return format(decimal.Decimal(repr(float(value))), "f")


class _Writer:
    def __init__(self, record: Record, vocabularies, lang: str, link_convention: str):
        self.record = record
        self.vocab = vocabularies
        self.lang = lang
        self.link_convention = link_convention

    # --- vocabulary helpers ---
    def concept(self, uri: Optional[str]):
        return self.vocab.concept(uri) if uri else None

    def label(self, uri: str) -> str:
        concept = self.concept(uri)
        return concept.label(self.lang) if concept else uri.rstrip("/").rsplit("/", 1)[-1]

    def thesaurus(self, uri: str) -> tuple:
        """(href, title, date) citing the vocabulary ``uri`` comes from.

        The href is the concept's own namespace: the official register for borrowed
        vocabularies (EU frequency and data-theme NALs, INSPIRE topic categories), our
        scheme URI for Passerelle's own (access level, nature, granularity).
        """
        concept = self.concept(uri)
        scheme = self.vocab.schemes.get(concept.scheme) if concept else None
        namespace = t.namespace(uri)
        if scheme is None:  # a URI no shipped scheme knows
            return namespace, namespace, t.VOCABULARY_EDITION_DATE
        return namespace, scheme.label(self.lang), t.edition_date(scheme.version) or t.VOCABULARY_EDITION_DATE

    def themes_of(self, scheme_key: str) -> list[str]:
        out = []
        for uri in self.record.themes:
            concept = self.concept(uri)
            if concept is not None and concept.scheme == scheme_key:
                out.append(uri)
        return out

    # --- document ---
    def metadata(self, language, metadata_date, online_resources, formats, namespace, schema_citation=None):
        r = self.record
        root = etree.Element(t.q("gmd:MD_Metadata"), nsmap=dict(t.NS))
        root.set(t.q("xsi:schemaLocation"), t.SCHEMA_LOCATION)
        _string(root, "gmd:fileIdentifier", r.identifier)
        self.language(root, "gmd:language", language)
        _code(root, "gmd:characterSet", "MD_CharacterSetCode", "utf8")
        if r.parent_identifier:
            _string(root, "gmd:parentIdentifier", r.parent_identifier)
        scope = mapping.scope(r.resource_type) or "dataset"
        _code(root, "gmd:hierarchyLevel", "MD_ScopeCode", scope)
        if scope != "dataset":  # GeoNetwork's ISO rule: a level other than dataset is named
            _string(root, "gmd:hierarchyLevelName", scope)
        metadata_contact = r.metadata_contact if not r.metadata_contact.is_empty() else \
            r.contact if not r.contact.is_empty() else r.producer
        if metadata_contact.is_empty() and not metadata_contact.siret:
            _missing(root, "gmd:contact")
        else:  # TG C.6: the metadata point of contact always has role pointOfContact
            self.party(root, "gmd:contact", metadata_contact, "pointOfContact")
        _date_value(root, "gmd:dateStamp", metadata_date or _dt.date.today())
        _string(root, "gmd:metadataStandardName", "ISO 19115")
        _string(root, "gmd:metadataStandardVersion", "2003/Cor 1:2006")
        if r.extent is not None and r.extent.crs:
            self.reference_system(root, r.extent.crs)
        self.identification(_sub(_sub(root, "gmd:identificationInfo"), "gmd:MD_DataIdentification"),
                            namespace)
        if r.schema:
            self.feature_catalogue(root, schema_citation)
        if online_resources or formats or any(t.followable_url(link.url) for link in r.links) or r.fees:
            self.distribution(root, online_resources, formats)
        self.data_quality(root)
        return root

    def feature_catalogue(self, root, citation: Optional[dict]) -> None:
        """The data schema as the resource's feature catalogue (ISO 19115: its conceptual schema).

        Not a conformity report: INSPIRE wants every report's specification dated (TG C.21), and a
        schema typed as a path or an unknown URL has no date Passerelle could vouch for.
        """
        r = self.record
        if citation is None:
            citation = schema_citation_of(r.schema)
        description = _sub(_sub(root, "gmd:contentInfo"), "gmd:MD_FeatureCatalogueDescription",
                           id=t.FEATURE_CATALOGUE_ID)
        _sub(_sub(description, "gmd:includedWithDataset"), "gco:Boolean", "false")
        cited = _sub(_sub(description, "gmd:featureCatalogueCitation"), "gmd:CI_Citation")
        _anchor(cited, "gmd:title", r.schema, citation.get("title") or r.schema)
        if citation.get("date"):
            _cited_date(cited, citation["date"], "publication")
        else:
            _missing(cited, "gmd:date", "unknown")
        if citation.get("version"):
            _string(cited, "gmd:edition", citation["version"])

    def language(self, parent, name: str, code: str) -> None:
        _sub(_sub(parent, name), "gmd:LanguageCode", code, codeList=t.LANGUAGE_CODELIST,
             codeListValue=code)

    def party(self, parent, name: str, who: Contact, role: str, party_id: str = "") -> None:
        party = _sub(_sub(parent, name), "gmd:CI_ResponsibleParty")
        if party_id:
            party.set("id", party_id)
        if who.name:
            _string(party, "gmd:individualName", who.name)
        if who.organisation or who.siret:
            _text_or_anchor(party, "gmd:organisationName", who.organisation,
                            t.SIRET_PAGE + who.siret if who.siret else "")
        if who.position:
            _string(party, "gmd:positionName", who.position)
        postal = next((a for a in who.addresses if not a.is_empty()), None)
        if who.phone or who.fax or who.email or postal:
            contact = _sub(_sub(party, "gmd:contactInfo"), "gmd:CI_Contact")
            if who.phone or who.fax:
                telephone = _sub(_sub(contact, "gmd:phone"), "gmd:CI_Telephone")
                if who.phone:
                    _string(telephone, "gmd:voice", who.phone)
                if who.fax:
                    _string(telephone, "gmd:facsimile", who.fax)
            if who.email or postal:
                address = _sub(_sub(contact, "gmd:address"), "gmd:CI_Address")
                if postal is not None:
                    for name, value in (("deliveryPoint", postal.address), ("city", postal.city),
                                        ("administrativeArea", postal.administrative_area),
                                        ("postalCode", postal.postal_code), ("country", postal.country)):
                        if value:
                            _string(address, f"gmd:{name}", value)
                if who.email:
                    _string(address, "gmd:electronicMailAddress", who.email)
        _code(party, "gmd:role", "CI_RoleCode", role or "pointOfContact")

    def reference_system(self, root, crs: str) -> None:
        identifier = _sub(_sub(_sub(_sub(root, "gmd:referenceSystemInfo"), "gmd:MD_ReferenceSystem"),
                               "gmd:referenceSystemIdentifier"), "gmd:RS_Identifier")
        _text_or_anchor(identifier, "gmd:code", crs, t.crs_uri(crs) or "")

    # --- identification ---
    def identification(self, ident, namespace: str) -> None:
        r = self.record
        self.citation(ident, namespace)
        _string(ident, "gmd:abstract", r.abstract)
        if r.lifecycle:
            concept = self.concept(r.lifecycle)
            code = (concept.notation("iso") or concept.code) if concept else \
                r.lifecycle.rstrip("/").rsplit("/", 1)[-1]
            _code(ident, "gmd:status", "MD_ProgressCode", code)
        if not r.producer.is_empty() or r.producer.siret:
            role = r.producer.role if r.producer.role in t.PRODUCER_ROLES else "owner"
            self.party(ident, "gmd:pointOfContact", r.producer, role, t.PRODUCER_ID)
        if not r.contact.is_empty() or r.contact.siret:
            self.party(ident, "gmd:pointOfContact", r.contact, r.contact.role, t.CONTACT_ID)
        for other in r.contacts:
            self.party(ident, "gmd:pointOfContact", other, other.role)
        if r.frequency:
            maintenance = _sub(_sub(ident, "gmd:resourceMaintenance"), "gmd:MD_MaintenanceInformation")
            _code(maintenance, "gmd:maintenanceAndUpdateFrequency", "MD_MaintenanceFrequencyCode",
                  self.iso_frequency(r.frequency))
        self.keywords(ident)
        self.constraints(ident)
        _code(ident, "gmd:spatialRepresentationType", "MD_SpatialRepresentationTypeCode",
              "vector" if r.extent is not None else "textTable")
        # TG Req. 1.5: a scale and a distance never share one MD_Resolution.
        if r.scale:
            fraction = _sub(_sub(_sub(_sub(ident, "gmd:spatialResolution"), "gmd:MD_Resolution"),
                                 "gmd:equivalentScale"), "gmd:MD_RepresentativeFraction")
            _sub(_sub(fraction, "gmd:denominator"), "gco:Integer", str(int(r.scale)))
        if r.resolution_m:
            resolution = _sub(_sub(ident, "gmd:spatialResolution"), "gmd:MD_Resolution")
            _sub(_sub(resolution, "gmd:distance"), "gco:Distance", repr(float(r.resolution_m)), uom="m")
        self.language(ident, "gmd:language", r.language or "fre")
        charset = mapping.character_set(r.encoding)
        if charset:
            _code(ident, "gmd:characterSet", "MD_CharacterSetCode", charset)
        for topic in self.topics():
            _sub(_sub(ident, "gmd:topicCategory"), "gmd:MD_TopicCategoryCode", topic)
        self.extent(ident)

    def citation(self, ident, namespace: str) -> None:
        r = self.record
        citation = _sub(_sub(ident, "gmd:citation"), "gmd:CI_Citation")
        _string(citation, "gmd:title", r.title)
        dated = [(r.created, "creation"), (r.revised, "revision"), (r.published, "publication")]
        for value, kind in dated:
            if value:
                _cited_date(citation, value, kind)
        if not any(value for value, _ in dated):
            _missing(citation, "gmd:date")
        if r.resource_identifier:  # the identifier another catalogue gave the resource: kept as written
            kind = "gmd:RS_Identifier" if r.resource_identifier_space else "gmd:MD_Identifier"
            identifier = _sub(_sub(citation, "gmd:identifier"), kind)
            code = r.resource_identifier
            _text_or_anchor(identifier, "gmd:code", code, code if re.match(r"^https?://\S+$", code) else "")
            if r.resource_identifier_space:
                _string(identifier, "gmd:codeSpace", r.resource_identifier_space)
            return
        identifier = _sub(_sub(citation, "gmd:identifier"), "gmd:MD_Identifier")
        if namespace:
            uri = namespace + r.identifier
            _anchor(identifier, "gmd:code", uri, uri)
        else:  # urn:uuid is itself a namespace (RFC 4122), as TG Req. 1.3 asks
            _string(identifier, "gmd:code", f"urn:uuid:{r.identifier}"
                    if re.fullmatch(r"[0-9a-fA-F-]{36}", r.identifier) else r.identifier)

    def iso_frequency(self, uri: str) -> str:
        concept = self.concept(uri)
        iso = concept.notation("iso") if concept else None
        if iso in t.ISO_FREQUENCIES:
            return iso
        # ISO 19115-1 extras (semimonthly, periodic...) are not in the 19139 code list either.
        code = concept.code if concept else uri.rstrip("/").rsplit("/", 1)[-1]
        return t.NEAREST_ISO_FREQUENCY.get(code, "unknown")

    def topics(self) -> list[str]:
        declared = [topic_value(uri) for uri in self.themes_of("iso-topic")]
        return declared or derived_topics(self.record.themes, self.vocab)

    # --- keywords ---
    def keyword_block(self, ident, words: list, thesaurus: Optional[tuple] = None) -> None:
        block = _sub(_sub(ident, "gmd:descriptiveKeywords"), "gmd:MD_Keywords")
        for href, text in words:
            _text_or_anchor(block, "gmd:keyword", text, href)
        if thesaurus:
            href, title, date = thesaurus
            _citation(block, "gmd:thesaurusName", title, href, date)

    def concept_block(self, ident, uris: list[str]) -> None:
        if uris:
            self.keyword_block(ident, [(uri, self.label(uri)) for uri in uris], self.thesaurus(uris[0]))

    def keywords(self, ident) -> None:
        r = self.record
        if r.keywords:
            self.keyword_block(ident, [("", word) for word in r.keywords])
        inspire = self.themes_of("inspire-theme")
        if inspire:  # TG Req. 1.4 / C.16: one block, the exact GEMET citation
            self.keyword_block(ident, [(uri, self.label(uri)) for uri in inspire],
                               (t.GEMET_HREF, t.GEMET_TITLE, t.GEMET_DATE))
        self.concept_block(ident, self.themes_of("eu-theme"))
        # Declared ISO topics are also keywords so that the reader can tell them from derived ones.
        self.concept_block(ident, self.themes_of("iso-topic"))
        for value in (r.access, r.nature, r.granularity, r.frequency):
            if value:
                self.concept_block(ident, [value])
        scope = self.spatial_scope()
        if scope:
            title = t.SPATIAL_SCOPE_TITLE[self.lang]
            self.keyword_block(ident, [scope], (t.SPATIAL_SCOPE_HREF, title, t.SPATIAL_SCOPE_DATE))
        for name, words in r.vocabulary_keywords.items():
            if words:  # a vocabulary Passerelle does not know: cited by its name, edition unknown
                self.keyword_block(ident, [("", word) for word in words], ("", name, None))

    def spatial_scope(self) -> Optional[tuple]:
        """(URI, label) of the INSPIRE spatial scope the granularity implies, if any."""
        concept = self.concept(self.record.granularity)
        if concept is None:
            return None
        value = concept.notation("spatialScope") or concept.properties.get("spatialScope")
        if not value:
            return None
        uri = value if "://" in value else f"{t.SPATIAL_SCOPE_HREF}/{value}"
        scope = self.concept(uri)
        return uri, scope.label(self.lang) if scope else uri.rsplit("/", 1)[-1].capitalize()

    # --- constraints (TG Req. C.17 / C.18: two separate blocks) ---
    def constraints(self, ident) -> None:
        """The access limitations block (LoPA Anchor) and the conditions block.

        The conditions carry each statement twice, Anchor and text (TG 2.0 allows the text beside
        the Anchor; GeoNetwork's ISO rule reads only the text), and a use limitation sentence, which
        GeoNetwork's INSPIRE rule still asks for. Constraints typed in QGIS go in their own
        MD_Constraints blocks: a second legal block would break "exactly one" in TG C.17 / C.18.
        """
        access = _sub(_sub(ident, "gmd:resourceConstraints"), "gmd:MD_LegalConstraints", id=t.LIMITATIONS_ID)
        _code(access, "gmd:accessConstraints", "MD_RestrictionCode", "otherRestrictions")
        for href, text in self.access_limitations():
            _text_or_anchor(access, "gmd:otherConstraints", text, href)
        use = _sub(_sub(ident, "gmd:resourceConstraints"), "gmd:MD_LegalConstraints", id=t.CONDITIONS_ID)
        href, text, statement = self.use_conditions()
        _string(use, "gmd:useLimitation", statement)
        _code(use, "gmd:useConstraints", "MD_RestrictionCode", "otherRestrictions")
        if href:
            _anchor(use, "gmd:otherConstraints", href, text)
        _string(use, "gmd:otherConstraints", text)  # the reader knows this twin: same text as the Anchor
        for text in self.record.other_licences:
            if text == href:
                continue  # the INSPIRE condition written first
            if text.startswith(t.CONDITIONS):
                _anchor(use, "gmd:otherConstraints", text, self.label(text))
                continue
            concept = mapping.licence(text, self.vocab)
            _text_or_anchor(use, "gmd:otherConstraints", text, concept.properties.get("url") or concept.uri
                            if concept else "")
        if self.record.rights:
            rights = _sub(_sub(ident, "gmd:resourceConstraints"), "gmd:MD_LegalConstraints", id=t.RIGHTS_ID)
            for text in self.record.rights:
                _string(rights, "gmd:useLimitation", text)
        for number, constraint in enumerate(self.record.constraints, 1):
            kind = t.constraint_kind(constraint.type)
            block_id = f"{t.CONSTRAINT_ID}-{number}" + ("" if kind == "other" else f"-{kind}")
            block = _sub(_sub(ident, "gmd:resourceConstraints"), "gmd:MD_Constraints", id=block_id)
            _string(block, "gmd:useLimitation", constraint.text)

    def access_limitations(self) -> list[tuple]:
        r = self.record
        if r.legal_basis:
            uri = r.legal_basis
        elif terms.is_open(r) or r.access is None:
            uri = terms.NO_LIMITATIONS
        elif terms.is_personal(r):
            uri = terms.PERSONAL_DATA_LIMITATION
        else:
            # Restricted without a legal basis: no LoPA value is true, so say the access level
            # and let the INSPIRE check fail on it rather than claim a reason we do not know.
            return [(r.access, self.label(r.access))]
        return [(uri, self.label(uri))]

    def use_conditions(self) -> tuple:
        """(Anchor href or "", statement text, use limitation sentence) of the record's conditions."""
        r = self.record
        if r.licence:
            concept = self.concept(r.licence)
            page = (concept.properties.get("url") if concept else None) or r.licence
            label = self.label(r.licence)
            return page, label, t.use_statement(label, page, self.lang)
        if r.access and not terms.is_open(r):
            # Closed or shared data has no reuse licence: say how access is obtained instead.
            statement = t.restricted_statement(self.label(r.access), self.lang)
            return "", statement, statement
        stated = next((uri for uri in r.other_licences if uri.startswith(t.CONDITIONS)), None)
        if stated:  # another catalogue's INSPIRE condition ("no conditions apply"), kept as it said
            return stated, self.label(stated), self.label(stated)
        return t.CONDITIONS_UNKNOWN, self.label(t.CONDITIONS_UNKNOWN), t.UNKNOWN_CONDITIONS_STATEMENT[self.lang]

    # --- extent ---
    def extent(self, ident) -> None:
        r = self.record
        vertical = r.elevation_min is not None or r.elevation_max is not None
        box_ok = r.extent is not None and r.extent.is_geographic()  # else a wrong CRS: check reports it
        boxes = ([r.extent] if box_ok else []) + [e for e in r.other_extents if e.is_geographic()]
        periods = [(r.temporal_start, r.temporal_end)] if r.temporal_start or r.temporal_end else []
        periods += [(p.start, p.end) for p in r.other_periods if p.start or p.end]
        if not (r.place or boxes or periods or vertical):
            return
        extent = _sub(_sub(ident, "gmd:extent"), "gmd:EX_Extent")
        if r.place:
            _string(extent, "gmd:description", r.place)
        for each in boxes:
            box = _sub(_sub(extent, "gmd:geographicElement"), "gmd:EX_GeographicBoundingBox")
            sides = (("westBoundLongitude", each.west), ("eastBoundLongitude", each.east),
                     ("southBoundLatitude", each.south), ("northBoundLatitude", each.north))
            for name, value in sides:
                _sub(_sub(box, f"gmd:{name}"), "gco:Decimal", _decimal(value))
        for number, (start, end) in enumerate(periods, 1):
            temporal = _sub(_sub(_sub(extent, "gmd:temporalElement"), "gmd:EX_TemporalExtent"), "gmd:extent")
            period = _sub(temporal, "gml:TimePeriod",
                          gml_id="passerelle-temporal-extent" + (f"-{number}" if number > 1 else ""))
            for name, value, open_end in (("gml:beginPosition", start, "unknown"),
                                          ("gml:endPosition", end, "now")):
                if value:
                    _sub(period, name, value.isoformat())
                else:  # an open end means "still running"; an open start, "not known"
                    _sub(period, name, indeterminatePosition=open_end)
        if vertical:  # metres above an unstated datum: QGIS's extent tab records no vertical CRS
            heights = _sub(_sub(extent, "gmd:verticalElement"), "gmd:EX_VerticalExtent")
            for name, value in (("minimumValue", r.elevation_min), ("maximumValue", r.elevation_max)):
                if value is None:
                    _missing(heights, f"gmd:{name}", "unknown")
                else:
                    _sub(_sub(heights, f"gmd:{name}"), "gco:Real", repr(float(value)))
            _missing(heights, "gmd:verticalCRS", "unknown")

    # --- distribution ---
    def distribution(self, root, online_resources: list, formats: list) -> None:
        r = self.record
        distribution = _sub(_sub(root, "gmd:distributionInfo"), "gmd:MD_Distribution")
        # GeoNetwork's ISO rule wants a format in every distribution (TG CC2 asks for the encoding too).
        for item in formats or [{"name": "", "version": ""}]:
            item = item if isinstance(item, dict) else {"name": str(item)}
            fmt = _sub(_sub(distribution, "gmd:distributionFormat"), "gmd:MD_Format")
            if item.get("name"):
                _text_or_anchor(fmt, "gmd:name", item["name"], item.get("uri", ""))
            else:
                _missing(fmt, "gmd:name", "unknown")
            if item.get("version"):
                _string(fmt, "gmd:version", item["version"])
            else:
                _missing(fmt, "gmd:version", "unknown")
        if r.fees:
            distributor = _sub(_sub(distribution, "gmd:distributor"), "gmd:MD_Distributor")
            who = r.contact if not r.contact.is_empty() else r.producer
            if who.is_empty() and not who.siret:
                _missing(distributor, "gmd:distributorContact")
            else:
                self.party(distributor, "gmd:distributorContact", who, "distributor")
            order = _sub(_sub(distributor, "gmd:distributionOrderProcess"), "gmd:MD_StandardOrderProcess")
            _string(order, "gmd:fees", r.fees)
        if online_resources:
            options = _sub(_sub(distribution, "gmd:transferOptions"), "gmd:MD_DigitalTransferOptions")
            for number, link in enumerate(online_resources, 1):
                self.online_resource(options, link, f"{t.RESOURCE_ID}-{number}")
        links = [link for link in r.links if t.followable_url(link.url)]
        if links:
            options = _sub(_sub(distribution, "gmd:transferOptions"), "gmd:MD_DigitalTransferOptions")
            for link in links:
                self.related_link(options, link)

    def related_link(self, options, link) -> None:
        resource = _sub(_sub(options, "gmd:onLine"), "gmd:CI_OnlineResource")
        if link.url:
            _sub(_sub(resource, "gmd:linkage"), "gmd:URL", link.url)
        else:
            _missing(resource, "gmd:linkage")
        if link.type:
            _string(resource, "gmd:protocol", link.type)
        if link.mime_type:
            _sub(_sub(resource, "gmd:name"), "gmx:MimeFileType", link.name, type=link.mime_type)
        elif link.name:
            _string(resource, "gmd:name", link.name)
        if link.description:
            _string(resource, "gmd:description", link.description)

    def online_resource(self, options, link: dict, resource_id: str = "") -> None:
        convention = link.get("convention") or self.link_convention
        if link.get("service") and convention == "geonetwork":
            # GeoNetwork's map viewer, QGIS's MetaSearch and OWSLib read the protocol text and the
            # layer name; the INSPIRE Anchors are for the "inspire" convention.
            link = {"url": link["url"], "protocol": t.GEONETWORK_PROTOCOLS[link["service"]],
                    "name": link.get("name", ""), "description": link.get("description", "")}
        resource = _sub(_sub(options, "gmd:onLine"), "gmd:CI_OnlineResource")
        if resource_id:
            resource.set("id", resource_id)
        _sub(_sub(resource, "gmd:linkage"), "gmd:URL", link["url"])
        if link.get("protocol") or link.get("protocol_uri"):
            _text_or_anchor(resource, "gmd:protocol", link.get("protocol") or link["protocol_uri"],
                            link.get("protocol_uri", ""))
        if link.get("application_profile") or link.get("application_profile_uri"):
            _text_or_anchor(resource, "gmd:applicationProfile",
                            link.get("application_profile") or link["application_profile_uri"],
                            link.get("application_profile_uri", ""))
        if link.get("name"):
            _string(resource, "gmd:name", link["name"])
        if link.get("description"):
            _string(resource, "gmd:description", link["description"])
        if link.get("function"):
            _code(resource, "gmd:function", "CI_OnLineFunctionCode", link["function"])

    # --- data quality ---
    def data_quality(self, root) -> None:
        r = self.record
        quality = _sub(_sub(root, "gmd:dataQualityInfo"), "gmd:DQ_DataQuality")
        _code(_sub(_sub(quality, "gmd:scope"), "gmd:DQ_Scope"), "gmd:level", "MD_ScopeCode", "dataset")
        # Local data is not harmonised with the INSPIRE data specifications: report "not conformant"
        # (pass=false) rather than omit the report, as TG Req. 1.10 demands.
        # The title as text: GeoNetwork's strict INSPIRE rule compares gco:CharacterString only (the
        # INSPIRE validator takes either).
        self.conformity(quality, t.REGULATION_1089_TITLE[self.lang], "", t.REGULATION_1089_DATE,
                        t.SEE_SPECIFICATION[self.lang], bool(r.inspire_conformant))
        if r.lineage or r.process_steps:
            lineage = _sub(_sub(quality, "gmd:lineage"), "gmd:LI_Lineage")
            if r.lineage:
                _string(lineage, "gmd:statement", r.lineage)
            for step in r.process_steps:
                _string(_sub(_sub(lineage, "gmd:processStep"), "gmd:LI_ProcessStep"), "gmd:description", step)

    def conformity(self, quality, title, href, date, explanation, passed: Optional[bool]) -> None:
        result = _sub(_sub(_sub(_sub(quality, "gmd:report"), "gmd:DQ_DomainConsistency"), "gmd:result"),
                      "gmd:DQ_ConformanceResult")
        _citation(result, "gmd:specification", title, href, date)
        _string(result, "gmd:explanation", explanation)
        if passed is None:  # not evaluated (TG: nilReason "unknown")
            _missing(result, "gmd:pass", "unknown")
        else:
            _sub(_sub(result, "gmd:pass"), "gco:Boolean", "true" if passed else "false")
