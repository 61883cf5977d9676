"""DCAT-AP 3 / GeoDCAT-AP catalogue of records, for portals that harvest DCAT.

data.gouv.fr and the regional platforms harvest a DCAT catalogue: this module
turns records into one ``dcat:Catalog`` graph (rdflib) and serialises it as
Turtle or JSON-LD. Vocabulary fields are mapped to the EU authority tables
DCAT-AP validators expect (frequency, access-right, data-theme, file-type,
dataset-status) through the crosswalk carried by the shipped vocabularies.

    >>> from passerelle.catalogue.encoders import dcat
    >>> turtle = dcat.to_turtle([record], catalogue_uri="https://data.example.fr/catalogue",
    ...                         title="Données de Saint-Aubin", publisher=contact,
    ...                         distributions={record.identifier: [{"access_url": "https://…/wfs",
    ...                                                             "format": "WFS_SRVC"}]})

Decisions where DCAT has no slot or two readers disagree:

- Granularity has no DCAT property: it goes out as a ``dcat:keyword`` (its
  French label, which harvesters turn into a tag) and as ``pv:granularity``
  (the concept URI) so a Passerelle reader gets the exact value back.
- ``dct:publisher`` is the catalogue's publisher on every dataset; a record's
  producer, when known, is ``dct:creator``. One authority publishes the
  catalogue, the producer may be a delegate or a partner.
- Access: one ``dct:accessRights`` (DCAT-AP 2.1.1 allows one), the EU
  access-right (PUBLIC, RESTRICTED, NON_PUBLIC); restricted data also carries its
  INSPIRE LimitationsOnPublicAccess reason as a ``dct:rights`` statement (the URI),
  as udata itself writes it and reads it back into the restriction's reason.
- Objects are typed with the classes DCAT-AP 2.1.1 expects (dct:Frequency,
  dct:LinguisticSystem, dct:MediaTypeOrExtent, dct:RightsStatement, skos:Concept
  with a label...), so its SHACL range shapes hold without the EU vocabularies loaded.
- Passerelle's own licence concepts have no SPDX URI: the concept's ``url``
  (the licence text, e.g. LO 1.0) is used when there is one, else the concept
  URI; ``notspecified`` emits no ``dct:license`` at all.
- What other tools hold beyond Passerelle's fields: further contacts as
  ``prov:qualifiedAttribution`` with their INSPIRE role; rights, further licences
  and constraints as ``dct:rights`` statements (a constraint's type starts its
  label); every history entry as its own ``dct:provenance``; links as
  ``foaf:page`` documents; keywords of other vocabularies as ``dcat:keyword``; a
  parent identifier that is a URI as ``dct:isPartOf``; a postal address and a
  position on the contact point (vCard). Fees, the character encoding, link types,
  formats and sizes, fax numbers have no DCAT-AP property: the checks say so
  (``metadata.not-exported``).
"""
from __future__ import annotations

import hashlib
from decimal import Decimal
from typing import Iterable, Mapping, Optional, Sequence
from urllib.parse import quote

import rdflib
from rdflib import BNode, Graph, Literal
from rdflib.namespace import RDF, RDFS, SKOS, XSD

from .. import vocabularies as _vocabularies
from ..errors import PasserelleError
from ..record import Contact, Extent, Record
from ..terms import (EU_ACCESS_RIGHT, EU_DATA_THEME, EU_FREQUENCY, INSPIRE_THEME, LIMITATIONS_ON_PUBLIC_ACCESS,
                     NO_LIMITATIONS, PASSERELLE_LICENCE, TOPIC_CATEGORY, UNSPECIFIED_LICENCE, eu_uri)
from ..textfields import excerpt
from .dcat_terms import (
    ADMS, DCAT, DCT, DQV, EU_DATASET_STATUS, FOAF, GEODCATAP, GSP, IANA_MEDIA_TYPE, JSONLD_CONTEXT, LOCN, OGC_EPSG,
    PREFIXES, PROV, PV, RESPONSIBLE_PARTY_ROLE, TABULAR_FORMATS, VCARD, file_type, geojson, language_uri, wkt,
)

# Characters RDF writers refuse in an IRI (rdflib raises at serialisation): percent-encoded, so an address
# the checks let through (metadata.uri-invalid, metadata.email-invalid report them) never stops the catalogue.
_NOT_IN_IRI = "".join(chr(c) for c in range(0x21)) + '<>"{}|\\^`\x7f'


def URIRef(value) -> rdflib.URIRef:  # noqa: N802 - stands for rdflib's, made safe
    text = str(value)
    if any(ch in _NOT_IN_IRI for ch in text):
        text = "".join(quote(ch, safe="") if ch in _NOT_IN_IRI else ch for ch in text)
    return rdflib.URIRef(text)


class DcatEncodeError(PasserelleError, ValueError):
    """A record cannot be written as DCAT-AP (a mandatory value is missing)."""

    code = "dcat.encode"


def dataset_uri(identifier: str, *, catalogue_uri: str, base_uri: Optional[str] = None) -> str:
    """The stable URI of a record's ``dcat:Dataset``.

    ``base_uri`` + identifier; without ``base_uri``, ``{catalogue_uri}/datasets/``
    + identifier. The same record keeps the same URI at each publication, which
    is how harvesters recognise an update.

    >>> dataset_uri("3f2a", catalogue_uri="https://data.example.fr/catalogue")
    'https://data.example.fr/catalogue/datasets/3f2a'
    """
    base = base_uri or catalogue_uri.rstrip("/#") + "/datasets/"
    return base + quote(identifier, safe="")


def catalogue_graph(records: Iterable[Record], *, catalogue_uri: str, title: str, publisher,
                    distributions: Optional[Mapping[str, Sequence[dict]]] = None,
                    base_uri: Optional[str] = None, language: str = "fr", description: str = "",
                    homepage: Optional[str] = None, landing_pages: Optional[Mapping[str, str]] = None,
                    vocabularies: Optional[_vocabularies.Vocabularies] = None) -> Graph:
    """One ``dcat:Catalog`` holding a ``dcat:Dataset`` per record.

    ``publisher``: a :class:`Contact`, a dict (``name``, ``email``, ``siret``,
    ``uri``) or a name. ``distributions``: record identifier -> list of dicts
    (``title``, ``access_url``, ``download_url``, ``format`` as an EU file-type
    code such as ``GPKG`` or ``WMS_SRVC``, ``media_type``, ``byte_size``,
    ``licence``, ``description``, ``schema``, ``identifier``).
    ``landing_pages``: record identifier -> page URL. Literals are tagged with
    ``language``. Raises :class:`DcatEncodeError` when a record has no title or
    description, or a distribution no URL.
    """
    writer = _Writer(vocabularies or _vocabularies.shipped(), language, catalogue_uri, base_uri)
    return writer.catalogue(list(records), title=title, description=description, publisher=publisher,
                            homepage=homepage, distributions=distributions or {},
                            landing_pages=landing_pages or {})


def to_turtle(records: Iterable[Record], **options) -> str:
    """The catalogue as Turtle; same arguments as :func:`catalogue_graph`."""
    return catalogue_graph(records, **options).serialize(format="turtle")


def to_jsonld(records: Iterable[Record], **options) -> str:
    """The catalogue as compacted JSON-LD with :data:`JSONLD_CONTEXT` inline (no remote context)."""
    graph = catalogue_graph(records, **options)
    return graph.serialize(format="json-ld", context=JSONLD_CONTEXT, indent=2)


class _Writer:
    def __init__(self, vocab: _vocabularies.Vocabularies, language: str, catalogue_uri: str,
                 base_uri: Optional[str]):
        self.vocab = vocab
        self.language = language
        self.catalogue_uri = catalogue_uri
        self.base_uri = base_uri
        self.graph = Graph()
        for prefix, namespace in PREFIXES.items():
            self.graph.bind(prefix, namespace, override=True)

    def add(self, subject, predicate, value) -> None:
        if value is not None and value != "":
            self.graph.add((subject, predicate, value))

    def text(self, value: str) -> Optional[Literal]:
        return Literal(value, lang=self.language) if value else None

    def typed(self, node, rdf_class):
        """``node``, stated to be a ``rdf_class`` (DCAT-AP's range shapes check the class)."""
        if node is not None:
            self.add(node, RDF.type, rdf_class)
        return node

    def concept(self, uri: Optional[URIRef]) -> Optional[URIRef]:
        """``uri`` as a skos:Concept with a label (DCAT-AP: every category has a skos:prefLabel)."""
        if uri is None:
            return None
        concept = self.vocab.concept(str(uri))
        label = concept.label(self.language) if concept else str(uri).rstrip("/").rsplit("/", 1)[-1]
        self.add(uri, SKOS.prefLabel, self.text(label))
        return self.typed(uri, SKOS.Concept)

    # -- catalogue -----------------------------------------------------------------------------
    def catalogue(self, records, *, title, description, publisher, homepage, distributions,
                  landing_pages) -> Graph:
        catalog = URIRef(self.catalogue_uri)
        agent = self.agent(publisher)
        self.add(catalog, RDF.type, DCAT.Catalog)
        self.add(catalog, DCT.title, self.text(title))
        # dct:description is mandatory on a catalogue; a plain sentence beats an invalid one.
        self.add(catalog, DCT.description,
                 self.text(description or f"Catalogue des données publiées par {_agent_name(publisher)}."))
        self.add(catalog, DCT.publisher, agent)
        self.add(catalog, DCT.language, self.typed(language_uri(self.language), DCT.LinguisticSystem))
        self.add(catalog, FOAF.homepage, self.typed(URIRef(homepage), FOAF.Document) if homepage else None)
        for scheme, title in ((EU_DATA_THEME, "Data theme"), (INSPIRE_THEME, "GEMET - INSPIRE themes, version 1.0")):
            taxonomy = URIRef(scheme.rstrip("/"))
            self.add(catalog, DCAT.themeTaxonomy, self.typed(taxonomy, SKOS.ConceptScheme))
            self.add(taxonomy, DCT.title, Literal(title, lang="en"))
        dates = [d for r in records for d in (r.revised, r.published, r.created) if d]
        self.add(catalog, DCT.modified, Literal(max(dates)) if dates else None)
        for record in records:
            dataset = self.dataset(record, agent, landing_pages.get(record.identifier))
            self.add(catalog, DCAT.dataset, dataset)
            for entry in distributions.get(record.identifier, ()):
                self.add(dataset, DCAT.distribution, self.distribution(dataset, record, entry))
        return self.graph

    # -- dataset -------------------------------------------------------------------------------
    def dataset(self, record: Record, publisher, landing_page: Optional[str]) -> URIRef:
        for value, column in ((record.title, "titre"), (record.abstract, "résumé")):
            if not value.strip():
                raise DcatEncodeError(
                    f"La fiche « {excerpt(record.title or record.identifier)} » n'a pas de {column} : "
                    "DCAT-AP l'exige pour chaque jeu de données.",
                    f"Record '{excerpt(record.title or record.identifier)}' has no "
                    f"{'title' if column == 'titre' else 'abstract'}: DCAT-AP requires it.",
                    code="dcat.missing-value")
        node = URIRef(dataset_uri(record.identifier, catalogue_uri=self.catalogue_uri,
                                  base_uri=self.base_uri))
        self.add(node, RDF.type, DCAT.Dataset)
        self.add(node, DCT.identifier, Literal(record.identifier))
        self.add(node, DCT.title, self.text(record.title))
        self.add(node, DCT.description, self.text(record.abstract))
        for keyword in record.keywords + [w for words in record.vocabulary_keywords.values() for w in words]:
            self.add(node, DCAT.keyword, self.text(keyword.strip()))
        self.add(node, DCT.language, self.typed(language_uri(record.language), DCT.LinguisticSystem))
        self.add(node, DCAT.landingPage, self.typed(URIRef(landing_page), FOAF.Document) if landing_page else None)
        self.themes(node, record.themes)
        self.granularity(node, record.granularity)
        self.add(node, DCT.accrualPeriodicity, self.typed(self.eu_term(record.frequency, EU_FREQUENCY), DCT.Frequency))
        self.access_rights(node, record)
        self.add(node, DCT.license, self.licence(record.licence))
        self.add(node, ADMS.status, self.concept(self.eu_term(record.lifecycle, EU_DATASET_STATUS)))
        self.spatial(node, record.place, record.extent)
        self.temporal(node, record)
        self.add(node, DCT.issued, Literal(record.published) if record.published else None)
        self.add(node, DCT.modified, Literal(record.revised) if record.revised else None)
        self.add(node, DCT.created, Literal(record.created) if record.created else None)
        self.add(node, DCT.publisher, publisher)
        if not record.producer.is_empty():
            self.add(node, DCT.creator, self.agent(record.producer))
        contact = record.contact if not record.contact.is_empty() else record.producer
        if not contact.is_empty():
            self.add(node, DCAT.contactPoint, self.contact_point(contact))
        if record.schema:
            self.add(node, DCT.conformsTo, self.standard(record.schema))
        self.resolution(node, record)
        for entry in [record.lineage, *record.process_steps]:
            if entry.strip():
                provenance = BNode()
                self.add(node, DCT.provenance, provenance)
                self.add(provenance, RDF.type, DCT.ProvenanceStatement)
                self.add(provenance, RDFS.label, self.text(entry.strip()))
        self.kept(node, record)
        return node

    def kept(self, node, record: Record) -> None:
        """What other tools typed beyond Passerelle's own fields (QGIS's metadata editor)."""
        for other in record.contacts:
            attribution = BNode()
            self.add(node, PROV.qualifiedAttribution, attribution)
            self.add(attribution, RDF.type, PROV.Attribution)
            self.add(attribution, PROV.agent, self.agent(other))
            if other.role in ROLE_CODES:
                self.add(attribution, DCAT.hadRole, self.typed(URIRef(RESPONSIBLE_PARTY_ROLE + other.role), DCAT.Role))
        statements = record.rights + record.other_licences + \
            [f"{c.type} : {c.text}" if c.type else c.text for c in record.constraints]
        for text in statements:
            if text.strip():
                rights = BNode()
                self.add(node, DCT.rights, rights)
                self.add(rights, RDF.type, DCT.RightsStatement)
                self.add(rights, RDFS.label, self.text(text.strip()))
        for link in record.links:
            if link.url.startswith(("http://", "https://")):
                page = URIRef(link.url)
                self.add(node, FOAF.page, page)
                self.add(page, RDF.type, FOAF.Document)
                self.add(page, DCT.title, self.text(link.name))
                self.add(page, DCT.description, self.text(link.description))
        if record.parent_identifier.startswith(("http://", "https://")):
            self.add(node, DCT.isPartOf, URIRef(record.parent_identifier))

    def themes(self, node, themes: Sequence[str]) -> None:
        for uri in themes:
            if uri.startswith(TOPIC_CATEGORY):  # ISO topic categories have their own GeoDCAT-AP property
                self.add(node, GEODCATAP.topicCategory, URIRef(uri))
                continue
            self.theme(node, uri)
            concept = self.vocab.concept(uri)
            # DCAT-AP validators want EU data themes: derive them from the INSPIRE alignment.
            for broader in (concept.matches.get("broad", []) if concept else []):
                if broader.startswith(EU_DATA_THEME):
                    self.theme(node, broader)

    def theme(self, node, uri: str) -> None:
        theme = URIRef(uri)
        # Harvesters (data.gouv.fr among them) turn theme labels into tags: ship the label.
        self.add(node, DCAT.theme, self.concept(theme))
        if uri.startswith((EU_DATA_THEME, INSPIRE_THEME)):
            self.add(theme, SKOS.inScheme, URIRef(uri.rsplit("/", 1)[0]))

    def granularity(self, node, uri: Optional[str]) -> None:
        if not uri:
            return
        self.add(node, PV.granularity, URIRef(uri))
        concept = self.vocab.concept(uri)
        self.add(node, DCAT.keyword, self.text(concept.label(self.language)) if concept else None)

    def access_rights(self, node, record: Record) -> None:
        right = self.eu_term(record.access, EU_ACCESS_RIGHT)
        self.add(node, DCT.accessRights, self.typed(right, DCT.RightsStatement))
        restricted = right is None or not str(right).endswith("/PUBLIC")
        basis = record.legal_basis or ""
        if restricted and basis.startswith(LIMITATIONS_ON_PUBLIC_ACCESS) and basis != NO_LIMITATIONS:
            # The reason, where udata writes it and reads it back (access type reason category).
            reason = self.typed(URIRef(basis), DCT.RightsStatement)
            self.add(node, DCT.rights, reason)
            concept = self.vocab.concept(basis)
            self.add(reason, RDFS.label, self.text(concept.label(self.language)) if concept else None)

    def spatial(self, node, place: str, extent: Optional[Extent]) -> None:
        if extent is not None and not extent.is_geographic():
            extent = None  # not degrees (a wrong CRS): no box rather than a wrong one; check reports it
        if not place and extent is None:
            return
        location = BNode()
        self.add(node, DCT.spatial, location)
        self.add(location, RDF.type, DCT.Location)
        self.add(location, SKOS.prefLabel, self.text(place))
        if extent is not None:
            self.add(location, DCAT.bbox, Literal(wkt(extent), datatype=GSP.wktLiteral))
            self.add(location, LOCN.geometry, Literal(geojson(extent), datatype=GSP.geoJSONLiteral))
            code = extent.crs.upper().removeprefix("EPSG:") if extent.crs else ""
            if code.isdigit():
                self.add(node, GEODCATAP.referenceSystem, URIRef(OGC_EPSG + code))

    def temporal(self, node, record: Record) -> None:
        if not (record.temporal_start or record.temporal_end):
            return
        period = BNode()
        self.add(node, DCT.temporal, period)
        self.add(period, RDF.type, DCT.PeriodOfTime)
        self.add(period, DCAT.startDate, Literal(record.temporal_start) if record.temporal_start else None)
        self.add(period, DCAT.endDate, Literal(record.temporal_end) if record.temporal_end else None)

    def resolution(self, node, record: Record) -> None:
        if record.resolution_m:
            self.add(node, DCAT.spatialResolutionInMeters,
                     Literal(Decimal(str(record.resolution_m)), datatype=XSD.decimal))
        if record.scale:
            # GeoDCAT-AP states a scale as the representative fraction 1/denominator.
            measurement = BNode()
            self.add(node, DQV.hasQualityMeasurement, measurement)
            self.add(measurement, RDF.type, DQV.QualityMeasurement)
            self.add(measurement, DQV.isMeasurementOf, GEODCATAP.spatialResolutionAsScale)
            fraction = (Decimal(1) / Decimal(record.scale)).normalize()
            self.add(measurement, DQV.value, Literal(fraction, datatype=XSD.decimal))

    # -- distributions -------------------------------------------------------------------------
    def distribution(self, dataset: URIRef, record: Record, entry: dict) -> URIRef:
        access = entry.get("access_url") or entry.get("download_url")
        if not access:
            raise DcatEncodeError(
                f"Une ressource de « {excerpt(record.title or record.identifier)} » n'a pas d'URL : "
                "DCAT-AP exige une URL d'accès (access_url) pour chaque distribution.",
                f"A resource of '{excerpt(record.title or record.identifier)}' has no URL: "
                "DCAT-AP requires an access URL for each distribution.",
                code="dcat.missing-url")
        fmt = file_type(entry.get("format"))
        # Stable across publications as long as the resource keeps its URL and format.
        key = entry.get("identifier") or hashlib.sha1(
            "|".join([access, entry.get("download_url") or "", str(fmt or "")]).encode()
        ).hexdigest()[:12]
        node = URIRef(f"{dataset}/distributions/{quote(str(key), safe='')}")
        self.add(node, RDF.type, DCAT.Distribution)
        self.add(node, DCT.title, self.text(entry.get("title") or ""))
        self.add(node, DCT.description, self.text(entry.get("description") or ""))
        self.add(node, DCAT.accessURL, URIRef(access))
        download = entry.get("download_url")
        self.add(node, DCAT.downloadURL, URIRef(download) if download else None)
        self.add(node, DCT.format, self.typed(fmt, DCT.MediaTypeOrExtent))
        media_type = entry.get("media_type")
        if media_type:
            self.add(node, DCAT.mediaType, self.typed(URIRef(
                media_type if media_type.startswith("http") else IANA_MEDIA_TYPE + media_type), DCT.MediaType))
        if entry.get("byte_size") not in (None, ""):
            # DCAT-AP 2.1.1 types the size as xsd:decimal (DCAT 2 says nonNegativeInteger; validators follow 2.1.1).
            self.add(node, DCAT.byteSize, Literal(Decimal(int(entry["byte_size"])), datatype=XSD.decimal))
        self.add(node, DCT.license, self.licence(entry.get("licence") or record.licence))
        tabular = fmt is not None and str(fmt).rsplit("/", 1)[-1] in TABULAR_FORMATS
        schema = entry.get("schema") or (record.schema if tabular else "")
        if schema:  # data.gouv.fr links the resource to its schema from this
            self.add(node, DCT.conformsTo, self.standard(schema))
        return node

    # -- terms ---------------------------------------------------------------------------------
    def eu_term(self, uri: Optional[str], prefix: str) -> Optional[URIRef]:
        """The EU authority-table URI for a concept: itself, its exact match or its ``pv:eu`` code."""
        if not uri:
            return None
        if uri.startswith(prefix):
            return URIRef(uri)
        found = eu_uri(self.vocab.concept(uri), prefix)
        return URIRef(found) if found else None

    def licence(self, uri: Optional[str]) -> Optional[URIRef]:
        if not uri:
            return None
        concept = self.vocab.concept(uri)
        target = uri
        if uri.startswith(PASSERELLE_LICENCE):
            if uri.rstrip("/") == UNSPECIFIED_LICENCE:
                return None
            page = concept.properties.get("url") if concept else None
            target = page or uri
        node = URIRef(target)
        self.add(node, RDF.type, DCT.LicenseDocument)
        # Harvesters match licences on URL *or* title: the title makes an unknown URL recognisable.
        self.add(node, DCT.title, self.text(concept.label(self.language)) if concept else None)
        return node

    def standard(self, url: str) -> URIRef:
        node = URIRef(url)
        self.add(node, RDF.type, DCT.Standard)
        return node

    def agent(self, who) -> URIRef | BNode:
        fields = _agent_fields(who)
        node = URIRef(fields["uri"]) if fields["uri"] else BNode()
        self.add(node, RDF.type, FOAF.Agent)
        self.add(node, FOAF.name, Literal(fields["name"]) if fields["name"] else None)
        self.add(node, DCT.identifier, Literal(fields["siret"]) if fields["siret"] else None)
        self.add(node, FOAF.mbox, URIRef("mailto:" + fields["email"]) if fields["email"] else None)
        return node

    def contact_point(self, contact: Contact) -> BNode:
        node = BNode()
        # An organisation's shared mailbox outlives the person who filled the record in.
        self.add(node, RDF.type, VCARD.Organization if contact.organisation else VCARD.Individual)
        self.add(node, RDF.type, VCARD.Kind)  # what DCAT-AP's range shape checks, without the vCard ontology
        self.add(node, VCARD.fn, Literal(contact.organisation or contact.name))
        self.add(node, VCARD.title, Literal(contact.position) if contact.position else None)
        postal = next((a for a in contact.addresses if not a.is_empty()), None)
        if postal is not None:
            address = BNode()
            self.add(node, VCARD.hasAddress, address)
            self.add(address, RDF.type, VCARD.Address)
            for name, value in (("street-address", postal.address), ("locality", postal.city),
                                ("region", postal.administrative_area), ("postal-code", postal.postal_code),
                                ("country-name", postal.country)):
                self.add(address, VCARD[name], Literal(value) if value else None)
        if contact.email:
            self.add(node, VCARD.hasEmail, URIRef("mailto:" + contact.email.strip()))
        phone = "".join(ch for ch in contact.phone if ch.isdigit() or ch == "+")
        self.add(node, VCARD.hasTelephone, URIRef("tel:" + phone) if phone else None)
        return node


#: ISO 19139 CI_RoleCode values, which the INSPIRE responsible-party-role register names alike.
ROLE_CODES = ("resourceProvider", "custodian", "owner", "user", "distributor", "originator", "pointOfContact",
              "principalInvestigator", "processor", "publisher", "author")


def _agent_fields(who) -> dict:
    if isinstance(who, Contact):
        return {"name": who.organisation or who.name, "email": who.email, "siret": who.siret, "uri": ""}
    if isinstance(who, Mapping):
        return {"name": who.get("name") or who.get("organisation") or "", "email": who.get("email") or "",
                "siret": who.get("siret") or "", "uri": who.get("uri") or ""}
    return {"name": str(who or ""), "email": "", "siret": "", "uri": ""}


def _agent_name(who) -> str:
    return _agent_fields(who)["name"] or "l'organisation"
