"""DCAT-AP catalogue: what harvesters read back from our Turtle and JSON-LD."""
import datetime as dt

import pytest
import rdflib
from rdflib import Literal, URIRef
from rdflib.namespace import RDF, RDFS, SKOS

from passerelle.catalogue.encoders import dcat
from passerelle.catalogue.encoders.dcat import ADMS, DCAT, DCT, DQV, GEODCATAP, GSP, PV, VCARD
from passerelle.catalogue.record import Contact, Extent, Record

EU = "http://publications.europa.eu/resource/authority/"
CATALOGUE = "https://data.saint-aubin.fr/catalogue"
BASE = "https://data.saint-aubin.fr/id/dataset/"
HYDRO = "http://inspire.ec.europa.eu/theme/hy"
ETALAB = "https://spdx.org/licenses/etalab-2.0"
LOPA = "http://inspire.ec.europa.eu/metadata-codelist/LimitationsOnPublicAccess/"
PUBLISHER = Contact(organisation="Commune de Saint-Aubin", email="sig@saint-aubin.fr",
                    siret="24350013900189")


def open_record():
    return Record(
        identifier="b7c1e0c4-5d2f-4f0e-9a51-2b1d7c3e9f10",
        title="Cours d'eau de Saint-Aubin",
        abstract="Tronçons des cours d'eau de la commune.",
        keywords=["Hydrographie", "rivières"],
        themes=[HYDRO, "http://inspire.ec.europa.eu/metadata-codelist/TopicCategory/inlandWaters"],
        access="https://w3id.org/passerelle/vocabulary/access-level/ouverte",
        lifecycle="http://inspire.ec.europa.eu/metadata-codelist/ProgressCode/completed",
        granularity="https://w3id.org/passerelle/vocabulary/granularity/fr-commune",
        frequency=EU + "frequency/ANNUAL",
        licence=ETALAB,
        scale=25000,
        resolution_m=2.5,
        producer=Contact(organisation="Syndicat des eaux de la Loue", siret="21350238800019"),
        contact=Contact(organisation="Service SIG", email="sig@saint-aubin.fr", phone="03 81 00 00 00"),
        extent=Extent(west=5.5, south=47.0, east=5.6, north=47.1, crs="EPSG:2154"),
        place="Saint-Aubin",
        temporal_start=dt.date(2020, 1, 1),
        temporal_end=dt.date(2024, 12, 31),
        created=dt.date(2019, 5, 2),
        revised=dt.date(2025, 3, 1),
        published=dt.date(2020, 6, 1),
        lineage="Numérisé sur la BD ORTHO 2019.",
        schema="https://schema.data.gouv.fr/schemas/scdl/equipements/0.1.5/schema.json",
    )


def restricted_record():
    return Record(
        identifier="restricted-1", title="Bénéficiaires d'aides", abstract="Données partagées.",
        access="https://w3id.org/passerelle/vocabulary/access-level/partagee",
        legal_basis=LOPA + "INSPIRE_Directive_Article13_1f",
    )


DISTRIBUTIONS = {
    "b7c1e0c4-5d2f-4f0e-9a51-2b1d7c3e9f10": [
        {"title": "GeoPackage", "download_url": "https://data.saint-aubin.fr/f/cours-eau.gpkg",
         "format": "GPKG", "media_type": "application/geopackage+sqlite3", "byte_size": 204800},
        {"title": "Service WMS", "access_url": "https://geo.saint-aubin.fr/wms?SERVICE=WMS",
         "format": "WMS_SRVC"},
        {"title": "Tableau", "access_url": "https://data.saint-aubin.fr/f/cours-eau.csv",
         "download_url": "https://data.saint-aubin.fr/f/cours-eau.csv", "format": "CSV",
         "media_type": "text/csv"},
    ],
}


def export(records, fmt="turtle", **options):
    options = {"catalogue_uri": CATALOGUE, "title": "Données de Saint-Aubin", "publisher": PUBLISHER,
               "distributions": DISTRIBUTIONS, "base_uri": BASE, **options}
    text = dcat.to_turtle(records, **options) if fmt == "turtle" else dcat.to_jsonld(records, **options)
    return rdflib.Graph().parse(data=text, format=fmt)


def dataset(identifier="b7c1e0c4-5d2f-4f0e-9a51-2b1d7c3e9f10"):
    return URIRef(BASE + identifier)


@pytest.mark.parametrize("fmt", ["turtle", "json-ld"])
def test_serialisation_parses_back_with_the_mapped_values(fmt):
    graph = export([open_record()], fmt)
    ds = dataset()

    assert (URIRef(CATALOGUE), DCAT.dataset, ds) in graph
    assert graph.value(ds, DCT.accrualPeriodicity) == URIRef(EU + "frequency/ANNUAL")
    assert graph.value(ds, DCT.license) == URIRef(ETALAB)
    assert set(graph.objects(ds, DCT.accessRights)) == {URIRef(EU + "access-right/PUBLIC")}
    themes = set(graph.objects(ds, DCAT.theme))
    assert {URIRef(HYDRO), URIRef(EU + "data-theme/ENVI")} <= themes
    assert graph.value(ds, DCT.issued).toPython() == dt.date(2020, 6, 1)

    location = graph.value(ds, DCT.spatial)
    bbox = graph.value(location, DCAT.bbox)
    assert bbox.datatype == GSP.wktLiteral
    assert str(bbox) == "POLYGON((5.5 47,5.6 47,5.6 47.1,5.5 47.1,5.5 47))"
    assert graph.value(location, SKOS.prefLabel) == Literal("Saint-Aubin", lang="fr")

    period = graph.value(ds, DCT.temporal)
    assert graph.value(period, DCAT.startDate).toPython() == dt.date(2020, 1, 1)
    assert graph.value(period, DCAT.endDate).toPython() == dt.date(2024, 12, 31)

    distributions = list(graph.objects(ds, DCAT.distribution))
    formats = {graph.value(d, DCT.format) for d in distributions}
    assert formats == {URIRef(EU + "file-type/" + code) for code in ("GPKG", "WMS_SRVC", "CSV")}
    assert all(graph.value(d, DCAT.accessURL) is not None for d in distributions)
    assert all(graph.value(d, DCT.license) == URIRef(ETALAB) for d in distributions)
    gpkg = next(d for d in distributions if str(graph.value(d, DCT.format)).endswith("GPKG"))
    assert graph.value(gpkg, DCAT.mediaType) == URIRef(
        "https://www.iana.org/assignments/media-types/application/geopackage+sqlite3")
    assert graph.value(gpkg, DCAT.byteSize).toPython() == 204800
    assert graph.value(gpkg, DCAT.byteSize).datatype == rdflib.XSD.decimal  # DCAT-AP 2.1.1


def test_download_only_distribution_gets_the_access_url_dcat_ap_requires():
    graph = export([open_record()])
    gpkg = next(d for d in graph.objects(dataset(), DCAT.distribution)
                if str(graph.value(d, DCT.format)).endswith("GPKG"))
    assert graph.value(gpkg, DCAT.accessURL) == URIRef("https://data.saint-aubin.fr/f/cours-eau.gpkg")


def test_catalogue_carries_the_dcat_ap_mandatory_properties():
    graph = export([open_record()], homepage="https://data.saint-aubin.fr/")
    catalog = URIRef(CATALOGUE)
    assert (catalog, RDF.type, DCAT.Catalog) in graph
    assert graph.value(catalog, DCT.title) == Literal("Données de Saint-Aubin", lang="fr")
    assert graph.value(catalog, DCT.description) is not None
    assert graph.value(graph.value(catalog, DCT.publisher), dcat.FOAF.name) == Literal("Commune de Saint-Aubin")
    assert graph.value(catalog, DCT.language) == URIRef(EU + "language/FRA")
    assert graph.value(catalog, dcat.FOAF.homepage) == URIRef("https://data.saint-aubin.fr/")


def test_dataset_uri_is_base_uri_plus_identifier_at_every_export():
    first, second = export([open_record()]), export([open_record()])
    uris = [set(g.subjects(RDF.type, DCAT.Dataset)) for g in (first, second)]
    assert uris[0] == uris[1] == {dataset()}
    assert dcat.dataset_uri("a b", catalogue_uri=CATALOGUE) == CATALOGUE + "/datasets/a%20b"


def test_distribution_uris_are_stable_across_exports():
    uris = [set(g.objects(dataset(), DCAT.distribution)) for g in (export([open_record()]),
                                                                   export([open_record()]))]
    assert uris[0] == uris[1] and len(uris[0]) == 3


def test_restricted_dataset_carries_one_eu_access_right_and_its_inspire_reason_as_rights():
    graph = export([restricted_record()], distributions={})
    # DCAT-AP 2.1.1: at most one dct:accessRights; the reason goes where udata writes and reads it.
    assert set(graph.objects(dataset("restricted-1"), DCT.accessRights)) == {URIRef(EU + "access-right/RESTRICTED")}
    reason = URIRef(LOPA + "INSPIRE_Directive_Article13_1f")
    assert reason in set(graph.objects(dataset("restricted-1"), DCT.rights))
    assert (reason, RDF.type, DCT.RightsStatement) in graph


def test_open_dataset_gets_no_limitation_even_with_a_legal_basis():
    record = open_record().replace(legal_basis=LOPA + "noLimitations")
    graph = export([record])
    assert set(graph.objects(dataset(), DCT.accessRights)) == {URIRef(EU + "access-right/PUBLIC")}


def test_granularity_is_a_french_keyword_and_a_passerelle_property(vocab):
    graph = export([open_record()])
    granularity = "https://w3id.org/passerelle/vocabulary/granularity/fr-commune"
    label = vocab.concept(granularity).label("fr")
    assert graph.value(dataset(), PV.granularity) == URIRef(granularity)
    assert Literal(label, lang="fr") in set(graph.objects(dataset(), DCAT.keyword))


def test_theme_labels_travel_with_the_theme_uris(vocab):
    graph = export([open_record()])
    assert graph.value(URIRef(HYDRO), SKOS.prefLabel) == Literal(vocab.concept(HYDRO).label("fr"), lang="fr")
    assert graph.value(URIRef(EU + "data-theme/ENVI"), SKOS.inScheme) == URIRef(EU + "data-theme")
    assert graph.value(dataset(), GEODCATAP.topicCategory) == URIRef(
        "http://inspire.ec.europa.eu/metadata-codelist/TopicCategory/inlandWaters")


def test_lifecycle_maps_to_eu_dataset_status():
    graph = export([open_record()])
    assert graph.value(dataset(), ADMS.status) == URIRef(EU + "dataset-status/COMPLETED")


def test_publisher_is_the_catalogue_publisher_and_producer_the_creator():
    graph = export([open_record()])
    publisher = graph.value(dataset(), DCT.publisher)
    assert publisher == graph.value(URIRef(CATALOGUE), DCT.publisher)
    creator = graph.value(dataset(), DCT.creator)
    assert graph.value(creator, dcat.FOAF.name) == Literal("Syndicat des eaux de la Loue")
    assert graph.value(creator, DCT.identifier) == Literal("21350238800019")


def test_contact_point_is_a_vcard_organisation_with_mailto():
    graph = export([open_record()])
    contact = graph.value(dataset(), DCAT.contactPoint)
    assert (contact, RDF.type, VCARD.Organization) in graph
    assert graph.value(contact, VCARD.hasEmail) == URIRef("mailto:sig@saint-aubin.fr")
    assert graph.value(contact, VCARD.hasTelephone) == URIRef("tel:0381000000")


def test_resolution_in_metres_and_scale_as_representative_fraction():
    graph = export([open_record()])
    assert graph.value(dataset(), DCAT.spatialResolutionInMeters).toPython() == pytest.approx(2.5)
    measurement = graph.value(dataset(), DQV.hasQualityMeasurement)
    assert graph.value(measurement, DQV.isMeasurementOf) == GEODCATAP.spatialResolutionAsScale
    assert float(graph.value(measurement, DQV.value).toPython()) == pytest.approx(1 / 25000)


def test_table_schema_is_declared_on_dataset_and_tabular_distributions_only():
    graph = export([open_record()])
    schema = URIRef(open_record().schema)
    assert graph.value(dataset(), DCT.conformsTo) == schema
    conforming = {str(graph.value(d, DCT.format)).rsplit("/", 1)[-1]
                  for d in graph.objects(dataset(), DCAT.distribution)
                  if (d, DCT.conformsTo, schema) in graph}
    assert conforming == {"CSV"}


def test_lineage_and_dates_and_reference_system():
    graph = export([open_record()])
    provenance = graph.value(dataset(), DCT.provenance)
    assert (provenance, RDF.type, DCT.ProvenanceStatement) in graph
    assert str(graph.value(provenance, RDFS.label)) == "Numérisé sur la BD ORTHO 2019."
    assert graph.value(dataset(), DCT.created).toPython() == dt.date(2019, 5, 2)
    assert graph.value(dataset(), DCT.modified).toPython() == dt.date(2025, 3, 1)
    assert graph.value(dataset(), GEODCATAP.referenceSystem) == URIRef(
        "http://www.opengis.net/def/crs/EPSG/0/2154")


def test_unspecified_passerelle_licence_emits_no_licence():
    record = open_record().replace(licence="https://w3id.org/passerelle/vocabulary/licence/notspecified")
    graph = export([record], distributions={})
    assert graph.value(dataset(), DCT.license) is None


def test_distribution_without_url_is_refused_in_french():
    with pytest.raises(dcat.DcatEncodeError) as caught:
        export([open_record()], distributions={open_record().identifier: [{"format": "CSV"}]})
    assert caught.value.code == "dcat.missing-url"
    assert "Cours d'eau de Saint-Aubin" in caught.value.message_fr
    assert caught.value.message_fr != caught.value.message_en


def test_record_without_abstract_is_refused_naming_the_record():
    with pytest.raises(dcat.DcatEncodeError) as caught:
        export([open_record().replace(abstract="  ")])
    assert caught.value.code == "dcat.missing-value"
    assert "Cours d'eau de Saint-Aubin" in caught.value.message_fr


def test_passerelle_licence_points_to_its_licence_text():
    record = open_record().replace(licence="https://w3id.org/passerelle/vocabulary/licence/fr-lo")
    graph = export([record], distributions={})
    assert graph.value(dataset(), DCT.license) == URIRef(
        "https://www.etalab.gouv.fr/wp-content/uploads/2014/05/Licence_Ouverte.pdf")


def test_values_typed_in_other_tools_are_in_the_catalogue():
    from passerelle.catalogue.encoders.dcat_terms import PROV
    from passerelle.catalogue.record import Address, Constraint, Link

    record = open_record().replace(
        contact=Contact(organisation="Service SIG", email="sig@saint-aubin.fr", position="Responsable SIG",
                        addresses=[Address(type="postal", address="1 place de la Mairie", postal_code="25000",
                                           city="Saint-Aubin")]),
        contacts=[Contact(organisation="Département du Doubs", email="sig@doubs.fr", role="custodian")],
        rights=["© Commune de Saint-Aubin"], other_licences=["Licence communale"],
        constraints=[Constraint(text="Mentionner la source", type="use")],
        process_steps=["Contrôle qualité 2024"], vocabulary_keywords={"Mots-clés de la commune": ["rivière"]},
        links=[Link(url="https://www.saint-aubin.fr/eau", name="Page de l'eau", description="Présentation")],
        parent_identifier="https://data.saint-aubin.fr/id/eau")
    graph = export([record])
    ds = dataset()

    attribution = graph.value(ds, PROV.qualifiedAttribution)
    assert graph.value(attribution, DCAT.hadRole) == URIRef(
        "http://inspire.ec.europa.eu/metadata-codelist/ResponsiblePartyRole/custodian")
    assert graph.value(graph.value(attribution, PROV.agent), rdflib.FOAF.name) == Literal("Département du Doubs")
    rights = {str(graph.value(r, RDFS.label)) for r in graph.objects(ds, DCT.rights)}
    assert rights == {"© Commune de Saint-Aubin", "Licence communale", "use : Mentionner la source"}
    provenance = {str(graph.value(p, RDFS.label)) for p in graph.objects(ds, DCT.provenance)}
    assert provenance == {"Numérisé sur la BD ORTHO 2019.", "Contrôle qualité 2024"}
    assert Literal("rivière", lang="fr") in set(graph.objects(ds, DCAT.keyword))
    page = URIRef("https://www.saint-aubin.fr/eau")
    assert page in set(graph.objects(ds, rdflib.FOAF.page)) and graph.value(page, DCT.title) == Literal(
        "Page de l'eau", lang="fr")
    assert graph.value(ds, DCT.isPartOf) == URIRef("https://data.saint-aubin.fr/id/eau")
    point = graph.value(ds, DCAT.contactPoint)
    assert graph.value(point, VCARD.title) == Literal("Responsable SIG")
    assert graph.value(graph.value(point, VCARD.hasAddress), VCARD["locality"]) == Literal("Saint-Aubin")
