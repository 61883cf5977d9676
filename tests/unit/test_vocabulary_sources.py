"""Portal vocabulary sources: merged over the shipped ones, cached, and never fatal."""
import email.utils
import hashlib
import http.server
import json
import logging
import os
import socket
import threading

import pytest

from passerelle.catalogue import vocabularies, vocabulary_sources

FREQ = "http://publications.europa.eu/resource/authority/frequency/"

# A portal's vocabulary: renames a shipped frequency, adds one, and brings a scheme of its own.
PORTAL_TURTLE = """
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix dct:  <http://purl.org/dc/terms/> .
@prefix owl:  <http://www.w3.org/2002/07/owl#> .
@prefix pv:   <https://w3id.org/passerelle/def#> .

<https://w3id.org/passerelle/vocabulary/frequency> a skos:ConceptScheme ;
    dct:identifier "frequency" ; owl:versionInfo "ideo-2026.1" .

<http://publications.europa.eu/resource/authority/frequency/ANNUAL> a skos:Concept ;
    skos:inScheme <https://w3id.org/passerelle/vocabulary/frequency> ;
    skos:notation "ANNUAL", "annual"^^pv:udata ;
    skos:prefLabel "Millésime annuel"@fr, "Yearly release"@en .

<https://ideo.example.fr/frequency/saisonniere> a skos:Concept ;
    skos:inScheme <https://w3id.org/passerelle/vocabulary/frequency> ;
    skos:notation "saisonniere" ;
    skos:prefLabel "Saisonnière"@fr, "Seasonal"@en .

<https://ideo.example.fr/vocabulary/producteur> a skos:ConceptScheme ;
    dct:identifier "producteur" ; dct:modified "2026-02-01" ;
    skos:prefLabel "Producteurs"@fr, "Producers"@en .

<https://ideo.example.fr/producteur/sdis> a skos:Concept ;
    skos:inScheme <https://ideo.example.fr/vocabulary/producteur> ;
    skos:prefLabel "SDIS"@fr, "Fire service"@en .
"""
MALFORMED_TURTLE = ("@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n"
                    "<urn:x> a skos:Concept ; skos:prefLabel \"oops")


class _Portal(http.server.ThreadingHTTPServer):
    """A portal on 127.0.0.1 serving whatever ``pages`` says: path -> (status, body)."""

    daemon_threads = True

    def __init__(self):
        self.pages = {}
        self.requests = 0
        self.validators = ""  # "etag" or "last-modified": answers 304 when the client's copy is current
        self.conditional = []  # (If-None-Match, If-Modified-Since) of each request
        self.not_modified = 0
        super().__init__(("127.0.0.1", 0), _PortalHandler)
        # A short poll interval lets shutdown() return at once instead of after half a second.
        self.thread = threading.Thread(target=self.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)
        self.thread.start()

    def url(self, path="/vocabulaires.ttl"):
        return f"http://127.0.0.1:{self.server_address[1]}{path}"

    def stop(self):
        if self.thread.is_alive():
            self.shutdown()
            self.server_close()
            self.thread.join(5)


class _PortalHandler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        self.server.requests += 1
        status, body = self.server.pages.get(self.path, (404, "not found"))
        data = body.encode("utf-8")
        asked = (self.headers.get("If-None-Match", ""), self.headers.get("If-Modified-Since", ""))
        self.server.conditional.append(asked)
        etag = '"%s"' % hashlib.sha256(data).hexdigest()[:16]
        modified = email.utils.formatdate(1_700_000_000 + len(data), usegmt=True)  # changes with the text
        current = {"etag": asked[0] == etag, "last-modified": asked[1] == modified}.get(self.server.validators)
        if status == 200 and current:
            self.server.not_modified += 1
            self.send_response(304)
            self.end_headers()
            return
        self.send_response(status)
        if self.server.validators == "etag":
            self.send_header("ETag", etag)
        elif self.server.validators == "last-modified":
            self.send_header("Last-Modified", modified)
        self.send_header("Content-Type", "text/turtle; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args):  # keep test output quiet
        pass


@pytest.fixture
def portal():
    server = _Portal()
    server.pages["/vocabulaires.ttl"] = (200, PORTAL_TURTLE)
    yield server
    server.stop()


@pytest.fixture
def cache(tmp_path):
    return str(tmp_path / "cache")


def _codes(vocab):
    return [getattr(w, "code", None) for w in vocab.warnings]


# --- local files --------------------------------------------------------------------------------

def test_a_local_file_overrides_a_label_and_adds_concepts_and_schemes(tmp_path, cache):
    source = tmp_path / "portail.ttl"
    source.write_text(PORTAL_TURTLE, encoding="utf-8")
    vocab = vocabulary_sources.load([str(source)], cache_dir=cache)
    assert vocab.lookup("frequency", "annual").label("fr") == "Millésime annuel"
    assert vocab.lookup("frequency", "saisonnière").uri == "https://ideo.example.fr/frequency/saisonniere"
    assert vocab.lookup("producteur", "SDIS").label("en") == "Fire service"
    assert vocab.lookup("frequency", "monthly").uri == FREQ + "MONTHLY"  # the rest is still there
    assert vocab.warnings == []


def test_merging_a_source_leaves_the_shipped_vocabularies_untouched(tmp_path, cache):
    source = tmp_path / "portail.ttl"
    source.write_text(PORTAL_TURTLE, encoding="utf-8")
    vocabulary_sources.load([str(source)], cache_dir=cache)
    shipped = vocabularies.shipped()
    assert shipped.lookup("frequency", "annual").label("fr") == "annuel"
    assert shipped["frequency"].find("saisonniere") is None
    assert "producteur" not in shipped
    assert shipped["frequency"].version == "1.0"


def test_a_missing_or_broken_local_file_is_skipped_with_a_warning(tmp_path, cache):
    broken = tmp_path / "casse.ttl"
    broken.write_text(MALFORMED_TURTLE, encoding="utf-8")
    vocab = vocabulary_sources.load([str(tmp_path / "absent.ttl"), str(broken)], cache_dir=cache)
    assert _codes(vocab) == [vocabulary_sources.UNREADABLE_FILE, vocabulary_sources.MALFORMED]
    assert vocab.lookup("frequency", "annual").label("fr") == "annuel"


def test_a_single_source_string_is_not_read_letter_by_letter(tmp_path, cache):
    source = tmp_path / "portail.ttl"
    source.write_text(PORTAL_TURTLE, encoding="utf-8")
    assert "producteur" in vocabulary_sources.load(str(source), cache_dir=cache)


# --- URL sources and their cache ------------------------------------------------------------

def test_a_url_source_is_merged_and_cached_with_its_sidecar(portal, cache):
    vocab = vocabulary_sources.load([portal.url()], cache_dir=cache, timeout=5)
    assert vocab.lookup("frequency", "annual").label("fr") == "Millésime annuel"
    assert vocab.warnings == []
    [entry] = vocabulary_sources.cached_sources(cache)
    assert entry["url"] == portal.url()
    assert entry["schemes"] == {"frequency": "ideo-2026.1", "producteur": "2026-02-01"}
    assert entry["fetched_at"].endswith("Z") and len(entry["sha256"]) == 64
    with open(entry["path"], encoding="utf-8") as handle:
        assert handle.read() == PORTAL_TURTLE


def test_an_unreachable_portal_falls_back_to_the_cached_copy_with_a_warning(portal, cache, caplog):
    url = portal.url()
    vocabulary_sources.load([url], cache_dir=cache, timeout=5)
    portal.stop()
    with caplog.at_level(logging.WARNING, logger="passerelle.vocabularies"):
        vocab = vocabulary_sources.load([url], cache_dir=cache, timeout=2)
    assert vocab.lookup("frequency", "annual").label("fr") == "Millésime annuel"
    assert _codes(vocab) == [vocabulary_sources.UNREACHABLE]
    warning = vocab.warnings[0]
    assert "copie en cache" in warning.message("fr") and "cached copy" in warning.message("en")
    assert url in caplog.text


def test_malformed_turtle_from_the_portal_keeps_the_cached_copy(portal, cache):
    vocabulary_sources.load([portal.url()], cache_dir=cache, timeout=5)
    before = vocabulary_sources.cached_sources(cache)[0]["sha256"]
    portal.pages["/vocabulaires.ttl"] = (200, MALFORMED_TURTLE)
    vocab = vocabulary_sources.load([portal.url()], cache_dir=cache, timeout=5)
    assert vocab.lookup("frequency", "annual").label("fr") == "Millésime annuel"
    assert _codes(vocab) == [vocabulary_sources.MALFORMED]
    assert vocabulary_sources.cached_sources(cache)[0]["sha256"] == before  # the good copy survives


def test_an_http_error_falls_back_to_the_cached_copy(portal, cache):
    vocabulary_sources.load([portal.url()], cache_dir=cache, timeout=5)
    portal.pages["/vocabulaires.ttl"] = (503, "maintenance")
    vocab = vocabulary_sources.load([portal.url()], cache_dir=cache, timeout=5)
    assert "producteur" in vocab
    assert _codes(vocab) == [vocabulary_sources.UNREACHABLE]
    assert "503" in vocab.warnings[0]


def test_without_any_cache_a_failing_source_leaves_only_a_warning(portal, cache):
    portal.pages["/vocabulaires.ttl"] = (200, MALFORMED_TURTLE)
    vocab = vocabulary_sources.load([portal.url()], cache_dir=cache, timeout=5)
    assert _codes(vocab) == [vocabulary_sources.NO_CACHE]
    assert vocab.lookup("frequency", "annual").label("fr") == "annuel"
    assert vocabulary_sources.cached_sources(cache) == []


def test_a_portal_that_never_answers_times_out_instead_of_hanging(cache):
    with socket.socket() as silent:  # accepts connections, never replies
        silent.bind(("127.0.0.1", 0))
        silent.listen(1)
        url = f"http://127.0.0.1:{silent.getsockname()[1]}/vocabulaires.ttl"
        vocab = vocabulary_sources.load([url], cache_dir=cache, timeout=0.3)
    assert _codes(vocab) == [vocabulary_sources.NO_CACHE]


def test_offline_loading_reads_the_cache_without_calling_the_portal(portal, cache):
    vocabulary_sources.load([portal.url()], cache_dir=cache, timeout=5)
    calls = portal.requests
    vocab = vocabulary_sources.load([portal.url()], cache_dir=cache, offline=True)
    assert portal.requests == calls
    assert "producteur" in vocab and vocab.warnings == []


def test_the_cache_defaults_to_passerelle_cache_dir(portal, tmp_path, monkeypatch):
    monkeypatch.setenv("PASSERELLE_CACHE_DIR", str(tmp_path / "root"))
    vocabulary_sources.load([portal.url()], timeout=5)
    expected = os.path.join(str(tmp_path / "root"), "vocabularies")
    assert vocabulary_sources.default_cache_dir() == expected
    assert [s["url"] for s in vocabulary_sources.cached_sources()] == [portal.url()]


def test_an_unreadable_sidecar_is_ignored_when_listing_the_cache(portal, cache):
    vocabulary_sources.load([portal.url()], cache_dir=cache, timeout=5)
    for name, junk in (("garbage.json", "{not json"), ("list.json", "[1, 2]")):
        with open(os.path.join(cache, name), "w", encoding="utf-8") as handle:
            handle.write(junk)
    assert [s["url"] for s in vocabulary_sources.cached_sources(cache)] == [portal.url()]
    assert json.loads(json.dumps(vocabulary_sources.cached_sources(cache)))  # plain JSON data


# --- revalidation and parsing once ----------------------------------------------------------------

@pytest.fixture
def parses(monkeypatch):
    """The Turtle documents parsed, by source, counted around the real parser."""
    from passerelle.catalogue import skos

    vocabularies.shipped()  # parsed once per process: not what these tests count
    seen, real = [], skos.parse_schemes
    monkeypatch.setattr(skos, "parse_schemes", lambda data, source="": seen.append(source) or real(data, source))
    return seen


@pytest.mark.parametrize("validators", ["etag", "last-modified"])
def test_an_unchanged_url_source_costs_a_304_and_no_parse(portal, cache, parses, validators):
    portal.validators = validators
    first = vocabulary_sources.load([portal.url()], cache_dir=cache, timeout=5)
    assert parses == [portal.url()]  # downloaded, checked and merged with one parse
    assert first.lookup("frequency", "saisonniere").label("fr") == "Saisonnière"
    again = vocabulary_sources.load([portal.url()], cache_dir=cache, timeout=5)
    assert portal.requests == 2 and portal.not_modified == 1
    asked = portal.conditional[-1]
    assert asked[0 if validators == "etag" else 1]  # the validator the portal gave is asked back
    assert parses == [portal.url()]
    assert again.lookup("frequency", "saisonniere").label("fr") == "Saisonnière" and again.warnings == []


def test_a_changed_url_source_is_downloaded_and_parsed_again(portal, cache, parses):
    portal.validators = "etag"
    vocabulary_sources.load([portal.url()], cache_dir=cache, timeout=5)
    portal.pages["/vocabulaires.ttl"] = (200, PORTAL_TURTLE.replace("Saisonnière", "De saison"))
    vocab = vocabulary_sources.load([portal.url()], cache_dir=cache, timeout=5)
    assert portal.not_modified == 0 and len(parses) == 2
    assert vocab.lookup("frequency", "saisonniere").label("fr") == "De saison"
    with open(vocabulary_sources.cached_sources(cache)[0]["path"], encoding="utf-8") as handle:
        assert "De saison" in handle.read()


def test_a_portal_without_validators_sending_the_same_text_is_not_parsed_again(portal, cache, parses):
    vocabulary_sources.load([portal.url()], cache_dir=cache, timeout=5)
    vocab = vocabulary_sources.load([portal.url()], cache_dir=cache, timeout=5)
    assert portal.requests == 2 and parses == [portal.url()]
    assert "producteur" in vocab


def test_a_new_process_reads_an_unchanged_source_from_the_cache_after_a_304(portal, cache, parses):
    portal.validators = "etag"
    vocabulary_sources.load([portal.url()], cache_dir=cache, timeout=5)
    vocabulary_sources.forget()  # as a new QGIS session would start
    vocab = vocabulary_sources.load([portal.url()], cache_dir=cache, timeout=5)
    assert portal.not_modified == 1 and parses == [portal.url(), portal.url() + " (cache)"]
    assert vocab.lookup("producteur", "SDIS").label("en") == "Fire service" and vocab.warnings == []


def test_a_local_file_is_parsed_again_only_when_it_changed(tmp_path, cache, parses):
    source = tmp_path / "portail.ttl"
    source.write_text(PORTAL_TURTLE, encoding="utf-8")
    first = vocabulary_sources.load([str(source)], cache_dir=cache)
    assert vocabulary_sources.load([str(source)], cache_dir=cache) is first
    assert parses == [str(source)]
    source.write_text(PORTAL_TURTLE.replace("Saisonnière", "De saison"), encoding="utf-8")
    changed = vocabulary_sources.load([str(source)], cache_dir=cache)
    assert parses == [str(source)] * 2
    assert changed.lookup("frequency", "saisonniere").label("fr") == "De saison"
    assert first.lookup("frequency", "saisonniere").label("fr") == "Saisonnière"  # handed out: never changed


def test_the_offline_cache_stays_the_fallback_when_the_portal_goes_down_after_a_304(portal, cache, parses):
    portal.validators = "etag"
    url = portal.url()
    vocabulary_sources.load([url], cache_dir=cache, timeout=5)
    portal.stop()
    vocab = vocabulary_sources.load([url], cache_dir=cache, timeout=2)
    assert _codes(vocab) == [vocabulary_sources.UNREACHABLE]
    assert vocab.lookup("frequency", "saisonniere").label("fr") == "Saisonnière"


def test_a_context_looks_at_its_url_source_once_and_the_next_context_revalidates_it(portal, tmp_path, monkeypatch,
                                                                                    parses):
    from passerelle.context import Context

    monkeypatch.setenv("PASSERELLE_CACHE_DIR", str(tmp_path / "cache-root"))
    portal.validators = "etag"
    profile = {"name": "portail", "vocabularies": [portal.url()]}
    context = Context(profile)
    for _ in range(3):
        assert context.vocabularies.lookup("frequency", "saisonniere").label("fr") == "Saisonnière"
    assert portal.requests == 1 and parses == [portal.url()]
    later = Context(profile)
    assert later.vocabularies.lookup("producteur", "SDIS") and later.vocabularies.warnings == []
    assert portal.requests == 2 and portal.not_modified == 1 and parses == [portal.url()]
    assert Context(profile, offline=True).vocabularies.warnings == [] and portal.requests == 2
    portal.stop()
    fallback = Context(profile).vocabularies  # the portal is down: its cached copy, with a warning
    assert _codes(fallback) == [vocabulary_sources.UNREACHABLE] and "producteur" in fallback
