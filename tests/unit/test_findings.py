"""Reports read in French by agents, in CSV by programs."""
from passerelle.catalogue.findings import Finding, Report


def test_html_report_speaks_french_and_escapes_values():
    report = Report([Finding("geometry.invalid", "error", "<couche>", "3 géométrie(s) invalide(s)", "3 invalid",
                             feature_ids=[7, 16])])
    page = report.to_html("fr")
    assert "erreur" in page and "&lt;couche&gt;" in page and "7 16" in page
    assert "error" in report.to_html("en") and "3 invalid" in report.to_html("en")
    assert report.to_csv("fr").splitlines()[1].startswith("<couche>,error,geometry.invalid")
