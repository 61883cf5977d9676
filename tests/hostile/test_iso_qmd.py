"""Hostile ISO 19139 records (import) and QGIS ``.qmd`` documents (read with the layer).

An ISO document is decoded (``iso19139.decode``) into a record or refused (``record.decode``); a
decoded record is checked, and when the checks find nothing that stops an encoder it encodes again.
No entity is expanded, no DTD or schema fetched (a hostile server would see the request), no memory
blown. ``.qmd`` files are read by Qt's XML parser inside QGIS: those run in a child QGIS, so that a
crash there would be seen as a crash, not take the test run down.
"""
import json
import os
import re
import subprocess
import sys
import textwrap

import pytest

from passerelle.catalogue import vocabularies
from passerelle.catalogue.checks import CheckContext, check_layer
from passerelle.catalogue.encoders import iso19139
from passerelle.catalogue.errors import PasserelleError
from passerelle.catalogue.record import Record
from support.hostile_run import shown
from support.qgis_env import ROOT, environment

GMD, GCO = "http://www.isotc211.org/2005/gmd", "http://www.isotc211.org/2005/gco"
TEXT_CODES = {"metadata.control-characters", "metadata.too-long", "metadata.email-invalid", "metadata.uri-invalid",
              "record.identifier-invalid"}


def iso(title="Titre", identifier="3f2504e0-4f89-11d3-9a0c-0305e82c3301", doctype="", extra="", west="5.9",
        east="6.1", date="2024-01-15", encoding="UTF-8") -> bytes:
    """A small ISO 19139 record with hostile pieces put where a real one has them."""
    document = f"""<?xml version="1.0" encoding="{encoding}"?>{doctype}
<gmd:MD_Metadata xmlns:gmd="{GMD}" xmlns:gco="{GCO}" xmlns:xlink="http://www.w3.org/1999/xlink"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="{GMD} {{schema}}">
 <gmd:fileIdentifier><gco:CharacterString>{identifier}</gco:CharacterString></gmd:fileIdentifier>
 <gmd:dateStamp><gco:Date>{date}</gco:Date></gmd:dateStamp>
 <gmd:identificationInfo><gmd:MD_DataIdentification>
  <gmd:citation><gmd:CI_Citation><gmd:title><gco:CharacterString>{title}</gco:CharacterString></gmd:title>
   <gmd:date><gmd:CI_Date><gmd:date><gco:Date>{date}</gco:Date></gmd:date></gmd:CI_Date></gmd:date>
  </gmd:CI_Citation></gmd:citation>
  <gmd:abstract><gco:CharacterString>Résumé.</gco:CharacterString></gmd:abstract>{extra}
  <gmd:extent><gmd:EX_Extent><gmd:geographicElement><gmd:EX_GeographicBoundingBox>
   <gmd:westBoundLongitude><gco:Decimal>{west}</gco:Decimal></gmd:westBoundLongitude>
   <gmd:eastBoundLongitude><gco:Decimal>{east}</gco:Decimal></gmd:eastBoundLongitude>
   <gmd:southBoundLatitude><gco:Decimal>46.9</gco:Decimal></gmd:southBoundLatitude>
   <gmd:northBoundLatitude><gco:Decimal>47.1</gco:Decimal></gmd:northBoundLatitude>
  </gmd:EX_GeographicBoundingBox></gmd:geographicElement></gmd:EX_Extent></gmd:extent>
 </gmd:MD_DataIdentification></gmd:identificationInfo>
</gmd:MD_Metadata>"""
    return document.encode("utf-8" if encoding.upper() == "UTF-8" else "latin-1", "replace")


LAUGHS = "<!DOCTYPE m [<!ENTITY a \"haha\">" + "".join(
    f"<!ENTITY {chr(98 + i)} \"{('&' + chr(97 + i) + ';') * 10}\">" for i in range(9)) + "]>"
BLOWUP = "<!DOCTYPE m [<!ENTITY big \"" + "x" * 100_000 + "\">]>"

DOCUMENTS = {
    "xxe-file": dict(doctype='<!DOCTYPE m [<!ENTITY x SYSTEM "file:///etc/passwd">]>', title="&x;"),
    "xxe-http": dict(doctype='<!DOCTYPE m [<!ENTITY x SYSTEM "{server}/xxe">]>', title="&x;"),
    "parameter-entity": dict(doctype='<!DOCTYPE m [<!ENTITY % p SYSTEM "{server}/evil.dtd"> %p;]>'),
    "external-dtd": dict(doctype='<!DOCTYPE m SYSTEM "{server}/m.dtd">'),
    "billion-laughs": dict(doctype=LAUGHS, title="&j;"),
    "quadratic-blowup": dict(doctype=BLOWUP, title="&big;" * 1000),
    "xinclude": dict(title='<xi:include xmlns:xi="http://www.w3.org/2001/XInclude" href="file:///etc/passwd" '
                           'parse="text"/>'),
    "char-ref-vertical-tab": dict(title="Titre&#x0B;suite"),
    "char-ref-nul": dict(title="Titre&#0;suite"),
    "title-100k": dict(title="Titre " + "très long " * 10_000),
    "title-controls-c1": dict(title="Titre \u0085\u009f suite"),
    "title-rtl-emoji": dict(title="‮Titre 🚌 مرحبا"),
    "title-cdata": dict(title="<![CDATA[ <b>x</b> ]]]]><![CDATA[> ]]>"),
    "identifier-traversal": dict(identifier="../../victim/settings"),
    "identifier-url": dict(identifier="https://evil.example/x"),
    "identifier-empty": dict(identifier=""),
    "identifier-100k": dict(identifier="a" * 100_000),
    "bbox-nan": dict(west="NaN", east="NaN"),
    "bbox-infinite": dict(west="-INF", east="1e400"),
    "bbox-text": dict(west="ouest", east="est"),
    "bbox-inverted": dict(west="7", east="5"),
    "bbox-out-of-range": dict(west="-500", east="500"),
    "date-invalid": dict(date="2026-13-45"),
    "date-year-zero": dict(date="0000-01-01"),
    "date-huge": dict(date="99999999-01-01"),
    "date-injection": dict(date="2024-01-01'); DROP TABLE x;--"),
    "keywords-10k": dict(extra="<gmd:descriptiveKeywords><gmd:MD_Keywords>" + "".join(
        f"<gmd:keyword><gco:CharacterString>mot {i}</gco:CharacterString></gmd:keyword>" for i in range(10_000))
        + "</gmd:MD_Keywords></gmd:descriptiveKeywords>"),
    "deep-nesting": dict(extra="<gmd:x>" * 5000 + "</gmd:x>" * 5000),
    "email-space": dict(extra="<gmd:pointOfContact><gmd:CI_ResponsibleParty><gmd:organisationName>"
                              "<gco:CharacterString>Mairie</gco:CharacterString></gmd:organisationName>"
                              "<gmd:contactInfo><gmd:CI_Contact><gmd:address><gmd:CI_Address>"
                              "<gmd:electronicMailAddress><gco:CharacterString>sig @mairie.fr</gco:CharacterString>"
                              "</gmd:electronicMailAddress></gmd:CI_Address></gmd:address></gmd:CI_Contact>"
                              "</gmd:contactInfo><gmd:role><gmd:CI_RoleCode codeList=\"x\" codeListValue="
                              "\"pointOfContact\"/></gmd:role></gmd:CI_ResponsibleParty></gmd:pointOfContact>"),
    "encoding-lie": dict(title="Église", encoding="ISO-8859-1"),
}
RAW = {
    "empty": b"",
    "whitespace": b"   \n\t ",
    "binary": bytes(range(256)) * 16,
    "html": b"<!DOCTYPE html><html><body><h1>502 Bad Gateway</h1></body></html>",
    "json": b'{"fileIdentifier": "x"}',
    "truncated": None,  # a valid record cut at 60 %
    "utf8-declared-latin1-bytes": None,
    "utf16-bom": None,
    "csw-empty-response": (b'<csw:GetRecordByIdResponse xmlns:csw="http://www.opengis.net/cat/csw/2.0.2"/>'),
    "wrong-namespace": iso().replace(GMD.encode(), b"http://evil.example/gmd"),
    "exception-report": (b'<ows:ExceptionReport xmlns:ows="http://www.opengis.net/ows"><ows:Exception '
                         b'exceptionCode="NoApplicableCode"><ows:ExceptionText>&lt;boom&gt;</ows:ExceptionText>'
                         b'</ows:Exception></ows:ExceptionReport>'),
}


def _raw(name) -> bytes:
    if name == "truncated":
        whole = iso()
        return whole[:int(len(whole) * 0.6)]
    if name == "utf8-declared-latin1-bytes":
        return iso(title="Église").replace("Église".encode("utf-8"), "Église".encode("latin-1"))
    if name == "utf16-bom":
        return iso().decode("utf-8").replace('encoding="UTF-8"', 'encoding="UTF-16"').encode("utf-16")
    return RAW[name]


def _imported(xml: bytes):
    """(record or None, error or None) of an ISO import; anything but a PasserelleError fails the test."""
    try:
        return iso19139.decode(xml), None
    except PasserelleError as error:
        shown(error)
        return None, error


def _record_is_safe(record: Record) -> None:
    """Checked: either an error finding stops it, or the encoder writes it."""
    findings = check_layer(record, None, CheckContext(vocabularies=vocabularies.shipped()))
    assert "check.failed" not in {f.code for f in findings}
    if not {f.code for f in findings if f.severity == "error"} & TEXT_CODES:
        iso19139.decode(iso19139.encode(record))  # writes, and reads back


@pytest.mark.hostile("iso")
@pytest.mark.parametrize("name", list(DOCUMENTS))
def test_a_hostile_iso_record_is_refused_or_read_without_following_anything(hostile_server, name):
    hostile_server.answer("/", body=b'<!ENTITY x "pwned">', headers={"Content-Type": "application/xml-dtd"})
    pieces = {k: v.replace("{server}", hostile_server.url) for k, v in DOCUMENTS[name].items()}
    xml = iso(**pieces).replace(b"{schema}", f"{hostile_server.url}/gmd.xsd".encode())
    record, error = _imported(xml)
    assert hostile_server.requests == []  # no entity, DTD, XInclude or schema fetched
    if error is not None:
        assert error.code == "record.decode" and error.message_fr
        assert len(error.message_fr) < 2000  # a message, not the document
        return
    assert "root:" not in record.title and "pwned" not in record.title and "haha" not in record.title
    assert len(record.title) <= 120_000
    _record_is_safe(record)


@pytest.mark.hostile("iso")
@pytest.mark.parametrize("name", list(RAW))
def test_a_document_that_is_no_iso_record_is_a_decode_error(name):
    record, error = _imported(_raw(name))
    if name in ("utf16-bom",):
        assert record is not None and record.title == "Titre"
        return
    assert error is not None and error.code == "record.decode", record


# -- .qmd, read by QGIS (Qt's XML parser) in a child QGIS -------------------------------------------

QMD_SCRIPT = textwrap.dedent("""
    import json, os, sys
    from qgis.core import QgsApplication, QgsProject, QgsVectorLayer
    app = QgsApplication([], False)
    app.initQgis()
    from passerelle import api
    from passerelle.catalogue.errors import PasserelleError
    results = {}
    for name, path in json.loads(sys.argv[1]).items():
        layer = QgsVectorLayer(path, name, "ogr")
        QgsProject.instance().addMapLayer(layer)
        outcome = {}
        try:
            record = api.record(layer)
            outcome["title"] = record.title[:200]
            outcome["title_length"] = len(record.title)
            outcome["identifier"] = record.identifier[:200]
            outcome["codes"] = sorted({f.code for f in api.check([layer]).errors})
        except PasserelleError as error:
            outcome["error"] = error.code
        QgsProject.instance().removeMapLayer(layer.id())
        results[name] = outcome
    print(json.dumps(results))
    app.exitQgis()
""")
QMD = {
    "xxe-file": '<!DOCTYPE qgis [<!ENTITY x SYSTEM "file:///etc/passwd">]><qgis><title>&x;</title></qgis>',
    "billion-laughs": LAUGHS.replace("m [", "qgis [") + "<qgis><title>&j;</title></qgis>",
    "quadratic-blowup": BLOWUP.replace("m [", "qgis [") + "<qgis><title>" + "&big;" * 1000 + "</title></qgis>",
    "not-xml": "ceci n'est pas du XML <<<",
    "binary": None,
    "empty": "",
    "truncated": "<qgis version='3.22'><identifier>abc</identifier><title>Titre coup",
    "title-100k": "<qgis><identifier>abc</identifier><title>" + "long " * 20_000 + "</title></qgis>",
    "title-char-ref-vt": "<qgis><identifier>abc</identifier><title>Titre&#x0B;suite</title></qgis>",
    "abstract-10mb": "<qgis><identifier>abc</identifier><abstract>" + "x" * 10_000_000 + "</abstract></qgis>",
    "deep-nesting": "<qgis>" + "<a>" * 100_000 + "</a>" * 100_000 + "</qgis>",
    "wrong-root": "<html><title>Page</title></html>",
    "contact-email-bad": ("<qgis><identifier>abc</identifier><title>Titre</title><contact><name>X</name>"
                          "<organization>Mairie</organization><email>sig @@mairie</email></contact></qgis>"),
    "directory": None,
}


@pytest.fixture(scope="module")
def qmd_results(tmp_path_factory):
    folder = tmp_path_factory.mktemp("qmd")
    paths = {}
    for name, content in QMD.items():
        path = folder / f"{name}.geojson"
        path.write_text('{"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {"n": 1}, '
                        '"geometry": {"type": "Point", "coordinates": [5.9, 47.0]}}]}', encoding="utf-8")
        qmd = folder / f"{name}.qmd"
        if name == "binary":
            qmd.write_bytes(bytes(range(256)) * 64)
        elif name == "directory":
            qmd.mkdir()
        else:
            qmd.write_text(content, encoding="utf-8")
        paths[name] = str(path)
    done = subprocess.run([sys.executable, "-c", QMD_SCRIPT, json.dumps(paths)], capture_output=True, text=True,
                          timeout=600, cwd=ROOT, env=environment({"PASSERELLE_DATA_DIR": str(folder / "data")}))
    assert done.returncode == 0, f"QGIS exited {done.returncode}: {done.stderr[-3000:]}"
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.mark.hostile("qmd")
@pytest.mark.parametrize("name", list(QMD))
def test_a_hostile_qmd_never_crashes_qgis_nor_expands_anything(qmd_results, name):
    outcome = qmd_results[name]
    if "error" in outcome:
        assert re.fullmatch(r"[a-z]+(\.[a-z-]+)+", outcome["error"])
        return
    assert "root:" not in outcome["title"] and "haha" not in outcome["title"]
    assert outcome["title_length"] < 1_000_000  # no entity blew it up
    if name == "title-100k":
        assert "metadata.too-long" in outcome["codes"]
    if name == "contact-email-bad":
        assert "metadata.email-invalid" in outcome["codes"]
    if outcome["identifier"] not in ("", "abc") and not re.fullmatch(r"[0-9a-f-]{36}", outcome["identifier"]):
        assert "record.identifier-invalid" in outcome["codes"]
    assert os.path.basename(outcome.get("identifier", "")) == outcome.get("identifier", "")
