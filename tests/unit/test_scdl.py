"""SCDL « Catalogue simplifié » CSV: valid against the schema, vocabulary notations, explicit errors."""
import csv
import datetime as dt
import io

import frictionless
import pytest

from passerelle.catalogue import schemas
from passerelle.catalogue.encoders import scdl
from passerelle.catalogue.record import Contact, Record

EU = "http://publications.europa.eu/resource/authority/"
ORGANISATION = {"name": "Rennes Métropole", "siret": "24350013900189"}


def record(**changes):
    base = Record(
        identifier="cours-eau-2024",
        title="Cours d'eau, tronçons 2024",
        abstract="Tronçons des cours d'eau, mis à jour chaque année.",
        keywords=["Hydrographie", "Rivières; ruisseaux", "hydrographie", "Œuvres d'art"],
        themes=["http://inspire.ec.europa.eu/theme/hy"],
        granularity="https://w3id.org/passerelle/vocabulary/granularity/fr-commune",
        frequency=EU + "frequency/ANNUAL",
        licence="https://spdx.org/licenses/etalab-2.0",
        producer=Contact(organisation="Ville de Rennes", siret="21350238800019"),
        place="Rennes",
        temporal_start=dt.date(2024, 1, 1),
        temporal_end=dt.date(2024, 12, 31),
        created=dt.date(2023, 11, 2),
        published=dt.date(2024, 2, 1),
        revised=dt.date(2025, 1, 15),
    )
    return base.replace(**changes)


def resources(identifier="cours-eau-2024"):
    return {identifier: [
        {"access_url": "https://data.rennes.fr/f/cours-eau.csv", "format": "CSV"},
        {"download_url": "https://data.rennes.fr/f/cours-eau.gpkg", "format": "GPKG"},
        {"access_url": "https://geo.rennes.fr/wms", "format": "WMS_SRVC"},
    ]}


def rows(records=None, **options):
    options = {"organisation": ORGANISATION, "distributions": resources(), **options}
    return scdl.catalogue_rows(records or [record()], **options)


def validate(tmp_path, text):
    path = tmp_path / "catalogue.csv"
    path.write_text(text, encoding="utf-8")
    schema = frictionless.Schema.from_descriptor(schemas.resolve(scdl.SCHEMA_URL))
    # frictionless refuses absolute paths as unsafe: name the file relative to its folder.
    return frictionless.validate(path.name, schema=schema, basepath=str(tmp_path))


def test_csv_validates_against_the_shipped_schema(tmp_path):
    text = scdl.to_csv([record(), record(identifier="autre", producer=Contact())],
                       organisation=ORGANISATION,
                       distributions={**resources(), **resources("autre")})
    report = validate(tmp_path, text)
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "message"])
    assert report.tasks[0].stats["rows"] == 2


def test_schema_rejects_a_row_with_a_bad_siret(tmp_path):
    text = scdl.to_csv([record()], organisation=ORGANISATION, distributions=resources())
    broken = text.replace("24350013900189", "2435001390018")  # one digit short
    report = validate(tmp_path, broken)
    assert not report.valid
    assert {(e[0], e[1]) for e in report.flatten(["fieldName", "type"])} == {("COLL_SIRET", "constraint-error")}


def test_schema_rejects_a_frequency_outside_its_list(tmp_path):
    text = scdl.to_csv([record()], organisation=ORGANISATION, distributions=resources())
    report = validate(tmp_path, text.replace("Annuelle", "Chaque année"))
    assert [e[0] for e in report.flatten(["fieldName"])] == ["FREQ_MAJ"]


def test_columns_are_the_twenty_of_the_schema_in_order():
    schema_columns = [f["name"] for f in schemas.resolve(scdl.SCHEMA_URL)["fields"]]
    header = next(csv.reader(io.StringIO(scdl.to_csv([record()], organisation=ORGANISATION,
                                                       distributions=resources()))))
    assert header == schema_columns == list(scdl.COLUMNS)
    assert len(header) == 20


def test_vocabulary_fields_use_the_scdl_notations():
    row = rows()[0]
    assert row["FREQ_MAJ"] == "Annuelle"
    assert row["COUV_SPAT_MAILLE"] == "Communale"
    assert row["LICENCE"] == "Licence Ouverte-LO"


def test_theme_is_the_french_label_of_the_first_inspire_theme(vocab):
    row = rows([record(themes=["http://inspire.ec.europa.eu/metadata-codelist/TopicCategory/economy",
                               "http://inspire.ec.europa.eu/theme/hy"])])[0]
    assert row["THEME"] == vocab.concept("http://inspire.ec.europa.eu/theme/hy").label("fr") == "Hydrographie"


def test_record_columns_are_copied_as_written():
    row = rows()[0]
    assert (row["COLL_NOM"], row["COLL_SIRET"]) == ("Rennes Métropole", "24350013900189")
    assert (row["ID"], row["TITRE"], row["COUV_SPAT_NOM"]) == ("cours-eau-2024", "Cours d'eau, tronçons 2024", "Rennes")
    assert (row["PRODUCTEUR_NOM"], row["PRODUCTEUR_SIRET"]) == ("Ville de Rennes", "21350238800019")
    assert (row["COUV_TEMP_DEBUT"], row["COUV_TEMP_FIN"]) == ("2024-01-01", "2024-12-31")
    assert (row["DATE_PUBL"], row["DATE_MAJ"]) == ("2024-02-01", "2025-01-15")
    assert row["URL"] == "https://data.rennes.fr/f/cours-eau.csv"


def test_keywords_and_formats_are_lower_case_unaccented_and_semicolon_separated():
    row = rows()[0]
    assert row["MOTS_CLES"] == "hydrographie;rivieres ruisseaux;oeuvres d'art"
    assert row["FORMAT_RESSOURCES"] == "csv;gpkg;wms"
    assert row["NOMBRE_RESSOURCES"] == 3


def test_landing_page_wins_over_resource_url():
    row = rows(landing_pages={"cours-eau-2024": "https://data.rennes.fr/datasets/cours-eau"})[0]
    assert row["URL"] == "https://data.rennes.fr/datasets/cours-eau"


def test_producer_defaults_to_the_collectivity():
    row = rows([record(producer=Contact())])[0]
    assert (row["PRODUCTEUR_NOM"], row["PRODUCTEUR_SIRET"]) == ("Rennes Métropole", "24350013900189")


def test_missing_dates_fall_back_to_publication_and_revision():
    bare = record(temporal_start=None, temporal_end=None, published=None, revised=None, created=None)
    row = rows([bare], today=dt.date(2025, 6, 30))[0]
    assert [row[c] for c in ("COUV_TEMP_DEBUT", "COUV_TEMP_FIN", "DATE_PUBL", "DATE_MAJ")] == ["2025-06-30"] * 4
    partial = record(temporal_start=None, temporal_end=None)
    row = rows([partial])[0]
    assert (row["COUV_TEMP_DEBUT"], row["COUV_TEMP_FIN"]) == ("2023-11-02", "2025-01-15")


def test_missing_frequency_is_declared_unknown():
    assert rows([record(frequency=None)])[0]["FREQ_MAJ"] == "Inconnue"


def test_missing_place_is_an_error_naming_record_and_column():
    with pytest.raises(scdl.ScdlExportError) as caught:
        rows([record(place="")])
    error = caught.value
    assert (error.identifier, error.column) == ("cours-eau-2024", "COUV_SPAT_NOM")
    assert "Cours d'eau, tronçons 2024" in error.message_fr
    assert "COUV_SPAT_NOM (Nom de couverture spatiale)" in error.message_fr


@pytest.mark.parametrize("changes, column", [
    ({"licence": None}, "LICENCE"),
    ({"granularity": None}, "COUV_SPAT_MAILLE"),
    ({"keywords": []}, "MOTS_CLES"),
    ({"themes": []}, "THEME"),
    ({"abstract": ""}, "DESCRIPTION"),
    ({"producer": Contact(organisation="Syndicat mixte")}, "PRODUCTEUR_SIRET"),
])
def test_each_missing_required_value_names_its_column(changes, column):
    with pytest.raises(scdl.ScdlExportError) as caught:
        rows([record(**changes)])
    assert caught.value.column == column


def test_record_without_resources_is_refused():
    with pytest.raises(scdl.ScdlExportError) as caught:
        rows(distributions={})
    assert caught.value.column == "NOMBRE_RESSOURCES"


def test_siret_with_a_wrong_check_digit_is_refused_before_publishing():
    with pytest.raises(scdl.ScdlExportError) as caught:
        rows(organisation={"name": "Rennes Métropole", "siret": "24350013900188"})
    assert (caught.value.identifier, caught.value.column) == ("", "COLL_SIRET")
    assert "SIRET" in caught.value.message_fr


def test_siret_check_follows_luhn_and_the_la_poste_exception():
    assert scdl.siret_is_valid("21350238800019")
    assert not scdl.siret_is_valid("21350238800018")
    assert scdl.siret_is_valid("35600000000010")  # La Poste: fails Luhn, digit sum divisible by 5
    assert not scdl.siret_is_valid("2135023880001")


@pytest.mark.parametrize("scheme, column", [
    ("frequency", "FREQ_MAJ"), ("granularity", "COUV_SPAT_MAILLE"), ("licence", "LICENCE")])
def test_every_scdl_notation_of_the_vocabularies_is_allowed_by_the_schema(vocab, scheme, column):
    allowed = next(f for f in schemas.resolve(scdl.SCHEMA_URL)["fields"] if f["name"] == column)
    notations = {c.notation("scdl") for c in vocab[scheme].concepts.values() if c.notation("scdl")}
    assert notations and notations <= set(allowed["constraints"]["enum"])
