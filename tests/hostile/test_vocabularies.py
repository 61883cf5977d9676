"""Malformed, malicious and unreachable SKOS vocabulary sources: a warning with a code, the shipped ones kept.

Files go through a profile (``api.vocabularies``); URLs through the network layer against a hostile
server on 127.0.0.1 that redirects, refuses, fails, talks garbage, stalls or never answers.
"""
import pytest

from passerelle import api, network
from passerelle.catalogue import vocabulary_sources
from passerelle.catalogue.errors import PasserelleError
from support.hostile_run import shown

PREFIXES = ("@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n@prefix dct: <http://purl.org/dc/terms/> .\n"
            "@prefix owl: <http://www.w3.org/2002/07/owl#> .\n")
SCHEME = PREFIXES + '<https://voc.example.fr/s> a skos:ConceptScheme ; dct:identifier "{key}" .\n'
FREQUENCY = "http://publications.europa.eu/resource/authority/frequency/ANNUAL"
BILLION_LAUGHS = ('<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
                  + "".join(f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">'
                            for i in range(1, 10))
                  + ']><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">&lol9;</rdf:RDF>')
XXE = ('<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
       '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">&x;</rdf:RDF>')

FILES = {
    "invalid-turtle": b"@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n<a> skos:prefLabel ",
    "empty": b"",
    "binary": bytes(range(256)) * 8,
    "latin1": ('@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n<https://v.fr/c> skos:prefLabel "'
               'Modèle"@fr .').encode("latin-1"),
    "no-scheme": (PREFIXES + '<https://v.fr/c> a skos:Concept ; skos:prefLabel "x"@fr .').encode(),
    "xxe-rdfxml": XXE.encode(),
    "billion-laughs": BILLION_LAUGHS.encode(),
    "html-page": b"<!DOCTYPE html><html><body>Portail en maintenance</body></html>",
    "deep-collection": (PREFIXES + "<https://v.fr/s> a skos:ConceptScheme ; skos:note " + "(" * 3000 + ")" * 3000
                        + " .").encode(),
    "utf16": (SCHEME.format(key="x")).encode("utf-16"),
    "nul-bytes": b"\x00" * 4096,
    "gzip-bytes": b"\x1f\x8b\x08\x00" + bytes(200),
    "json-ld": b'{"@context": {"skos": "http://www.w3.org/2004/02/skos/core#"}, "@id": "x"}',
    "directory": None,  # the path is a folder
    "missing": None,  # the path does not exist
    "dev-zero": None,  # /dev/zero: endless
}
HOSTILE_BUT_VALID = {
    "labels-xml-specials": SCHEME.format(key="frequency") + (
        f'<{FREQUENCY}> a skos:Concept ; skos:inScheme <https://voc.example.fr/s> ; skos:notation "annuelle" ; '
        'skos:prefLabel "<b>Annuelle</b> & \\"co\\" ]]>"@fr, "Annual"@en .'),
    "label-100k": SCHEME.format(key="frequency") + (
        f'<{FREQUENCY}> a skos:Concept ; skos:inScheme <https://voc.example.fr/s> ; skos:notation "annuelle" ; '
        f'skos:prefLabel "{"Annuelle " * 12_000}"@fr .'),
    "label-controls": SCHEME.format(key="frequency") + (
        f'<{FREQUENCY}> a skos:Concept ; skos:inScheme <https://voc.example.fr/s> ; skos:notation "annuelle" ; '
        'skos:prefLabel "Annu\\u000Belle\\u0000"@fr .'),
    "scheme-key-traversal": SCHEME.format(key="../../etc") + (
        '<https://voc.example.fr/c> a skos:Concept ; skos:inScheme <https://voc.example.fr/s> ; '
        'skos:prefLabel "x"@fr .'),
    "concept-javascript-uri": SCHEME.format(key="frequency") + (
        '<javascript:alert(1)> a skos:Concept ; skos:inScheme <https://voc.example.fr/s> ; skos:notation "js" ; '
        'skos:prefLabel "Piège"@fr .'),
    "concept-iri-with-space": SCHEME.format(key="frequency") + (
        '<https://voc.example.fr/annuelle mais pas trop> a skos:Concept ; skos:inScheme <https://voc.example.fr/s> ;'
        ' skos:notation "annuelle" ; skos:prefLabel "Annuelle"@fr .'),
    "cyclic-replacement": SCHEME.format(key="frequency") + (
        f'<{FREQUENCY}> a skos:Concept ; skos:inScheme <https://voc.example.fr/s> ; skos:notation "annuelle" ; '
        f'skos:prefLabel "Annuelle"@fr ; owl:deprecated true ; dct:isReplacedBy <{FREQUENCY}> .'),
}


def profile_with(source) -> dict:
    return {"name": "vocabulaires", "version": "1", "vocabularies": [str(source)]}


def still_usable(vocab) -> None:
    assert vocab.lookup("frequency", "annuelle").uri == FREQUENCY  # the shipped vocabularies stand
    assert vocab.lookup("licence", "etalab-2.0")


@pytest.mark.hostile("vocabulaires")
@pytest.mark.parametrize("name", list(FILES))
def test_an_unusable_vocabulary_file_is_a_coded_warning_and_the_shipped_ones_stay(tmp_path, data_dir, name):
    path = {"directory": tmp_path, "missing": tmp_path / "absent.ttl", "dev-zero": "/dev/zero"}.get(name)
    if path is None:
        path = tmp_path / f"{name}.ttl"
        path.write_bytes(FILES[name])
    vocabulary_sources.forget()
    vocab = api.vocabularies(profile_with(path))
    still_usable(vocab)
    codes = {getattr(w, "code", "") for w in vocab.warnings}
    assert codes & {vocabulary_sources.MALFORMED, vocabulary_sources.UNREADABLE_FILE}, vocab.warnings
    assert not any("root:" in w for w in vocab.warnings)  # no entity of /etc/passwd expanded


@pytest.mark.hostile("vocabulaires")
@pytest.mark.parametrize("name", list(HOSTILE_BUT_VALID))
def test_a_hostile_but_valid_vocabulary_loads_and_what_it_names_still_exports(tmp_path, make_layer, name):
    path = tmp_path / f"{name}.ttl"
    path.write_text(HOSTILE_BUT_VALID[name], encoding="utf-8")
    vocabulary_sources.forget()
    profile = profile_with(path)
    vocab = api.vocabularies(profile)
    assert vocab.lookup("licence", "etalab-2.0")
    layer = make_layer()
    context = api.context(profile)
    try:
        api.tag(layer, context=context, frequency="annuelle")
    except PasserelleError as error:
        shown(error)
        assert error.code.startswith(("vocabulary.", "metadata.")), error.code
    report = api.check([layer], context=context)
    assert "check.failed" not in report.codes()
    try:
        api.export([layer], str(tmp_path / "export"), context=context, formats=["iso19139", "dcat"])
    except PasserelleError as error:
        shown(error)
        assert error.code != "export.failed" and not (tmp_path / "export").exists()


URL_ANSWERS = {
    "redirect-elsewhere": dict(status=302, headers={"Location": "{other}/voc.ttl"}),
    "redirect-loop": dict(status=302, headers={"Location": "/voc.ttl"}),
    "redirect-file": dict(status=302, headers={"Location": "file:///etc/passwd"}),
    "not-found": dict(status=404, body=b"not found"),
    "forbidden": dict(status=403, body=b"forbidden"),
    "gone": dict(status=410, body=b""),
    "teapot": dict(status=418, body=b"I'm a teapot"),
    "server-error": dict(status=500, body=b"Internal Server Error"),
    "unavailable": dict(status=503, body=b"maintenance", headers={"Retry-After": "3600"}),
    "html-200": dict(body=b"<html><body>Connexion requise</body></html>", headers={"Content-Type": "text/html"}),
    "garbage-200": dict(body=bytes(range(256)) * 64, headers={"Content-Type": "text/turtle"}),
    "xxe-200": dict(body=XXE.encode(), headers={"Content-Type": "application/rdf+xml"}),
    "too-big": dict(body=b"#" * (vocabulary_sources.MAX_BYTES + 10), headers={"Content-Type": "text/turtle"}),
    "cut-short": dict(body=SCHEME.format(key="x").encode(), length=100_000),
    "slow": dict(delay=3.0, body=SCHEME.format(key="x").encode()),
    "never": dict(hang=True),
    "reset": dict(reset=True),
}


@pytest.mark.hostile("vocabulaires")
@pytest.mark.parametrize("name", list(URL_ANSWERS))
def test_a_hostile_vocabulary_server_costs_a_warning_and_the_cached_copy_is_used(tmp_path, hostile_server,
                                                                                another_server, name):
    url = hostile_server.url + "/voc.ttl"
    good = SCHEME.format(key="cache-test") + ('<https://voc.example.fr/c1> a skos:Concept ; skos:inScheme '
                                              '<https://voc.example.fr/s> ; skos:prefLabel "Concept du cache"@fr .')
    hostile_server.answer("/voc.ttl", body=good.encode(), headers={"Content-Type": "text/turtle"}, times=1)
    fetch = network.direct().revalidate
    vocabulary_sources.forget()
    first = vocabulary_sources.load([url], cache_dir=str(tmp_path / "cache"), timeout=1.0, fetch=fetch)
    assert "cache-test" in first and not first.warnings
    answer = {k: (v.replace("{other}", another_server.url) if isinstance(v, str) else v)
              for k, v in URL_ANSWERS[name].items()}
    if "headers" in answer:
        answer["headers"] = {k: v.replace("{other}", another_server.url) for k, v in answer["headers"].items()}
    hostile_server.answer("/voc.ttl", **answer)
    another_server.answer("/voc.ttl", body=b"@prefix : <x> . :a :b", headers={"Content-Type": "text/turtle"})
    vocabulary_sources.forget()
    again = vocabulary_sources.load([url], cache_dir=str(tmp_path / "cache"), timeout=1.0, fetch=fetch)
    still_usable(again)
    assert "cache-test" in again  # the last good copy
    codes = {getattr(w, "code", "") for w in again.warnings}
    assert codes & {vocabulary_sources.UNREACHABLE, vocabulary_sources.MALFORMED}, again.warnings
    assert not any("root:" in w for w in again.warnings)
