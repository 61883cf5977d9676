"""catalogue.terms: the one home of the vocabulary terms the rules rely on."""
import ast
import pathlib

import pytest

from passerelle.catalogue import terms
from passerelle.catalogue.record import Record
from passerelle.catalogue.vocabularies import Concept, shipped

PACKAGE = pathlib.Path(__file__).resolve().parents[2] / "passerelle"
#: URI stems only terms.py may spell out: the rules, encoders and publishers import them.
STEMS = ("w3id.org/passerelle/vocabulary/", "publications.europa.eu/resource/authority/frequency/",
         "publications.europa.eu/resource/authority/access-right/",
         "publications.europa.eu/resource/authority/data-theme/", "LimitationsOnPublicAccess/",
         "metadata-codelist/TopicCategory/", "inspire.ec.europa.eu/theme/")


def _strings_outside_docstrings(tree):
    docstrings = {id(node.body[0].value) for node in ast.walk(tree)
                  if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef))
                  and node.body and isinstance(node.body[0], ast.Expr) and isinstance(node.body[0].value, ast.Constant)}
    return [node for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings]


def test_no_module_but_terms_spells_out_a_concept_uri_the_rules_rely_on():
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        if path.name == "terms.py" and path.parent.name == "catalogue":
            continue
        for node in _strings_outside_docstrings(ast.parse(path.read_text(encoding="utf-8"))):
            offenders += [f"{path.relative_to(PACKAGE)}:{node.lineno}: {stem}" for stem in STEMS if stem in node.value]
    assert offenders == []


def test_theme_schemes_and_vocabulary_fields_have_one_definition():
    defined = []
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Assign):
                defined += [f"{path.relative_to(PACKAGE)}:{t.id}" for t in node.targets
                            if isinstance(t, ast.Name) and t.id in ("THEME_SCHEMES", "VOCABULARY_FIELDS",
                                                                    "VOCABULARY_INPUTS")]
    assert sorted(defined) == ["catalogue/terms.py:THEME_SCHEMES", "catalogue/terms.py:VOCABULARY_FIELDS"]


def test_every_term_is_a_concept_of_the_shipped_vocabularies():
    vocabularies = shipped()
    for uri, scheme in ((terms.OPEN_ACCESS, "access-level"), (terms.SHARED_ACCESS, "access-level"),
                        (terms.CLOSED_ACCESS, "access-level"), (terms.PERSONAL_NATURE, "nature"),
                        (terms.PUBLIC_NATURE, "nature"), (terms.GENERAL_INTEREST_NATURE, "nature"),
                        (terms.PRIVATE_GENERAL_INTEREST_NATURE, "nature"), (terms.UNSPECIFIED_LICENCE, "licence"),
                        (terms.NO_LIMITATIONS, "limitations"), (terms.PERSONAL_DATA_LIMITATION, "limitations")):
        assert vocabularies.concept(uri) is not None and vocabularies.concept(uri).scheme == scheme, uri
    assert set(terms.VOCABULARY_FIELDS.values()) | set(terms.THEME_SCHEMES) <= set(vocabularies.schemes)


@pytest.mark.parametrize("access, open_, shared, closed, restricted", [
    (terms.OPEN_ACCESS, True, False, False, False),
    (terms.SHARED_ACCESS, False, True, False, True),
    (terms.CLOSED_ACCESS, False, False, True, True),
    (None, False, False, False, False),
])
def test_access_predicates(access, open_, shared, closed, restricted):
    record = Record(access=access)
    assert (terms.is_open(record), terms.is_shared(record), terms.is_closed(record),
            terms.is_restricted(record)) == (open_, shared, closed, restricted)


@pytest.mark.parametrize("nature, personal, public", [
    (terms.PERSONAL_NATURE, True, False), (terms.PUBLIC_NATURE, False, True),
    (terms.GENERAL_INTEREST_NATURE, False, True), (terms.PRIVATE_GENERAL_INTEREST_NATURE, False, False),
    (None, False, False),
])
def test_nature_predicates(nature, personal, public):
    record = Record(nature=nature)
    assert (terms.is_personal(record), terms.is_public(record)) == (personal, public)


def test_licence_predicates_read_the_vocabulary_properties():
    licences = shipped()["licence"]
    etalab, odbl, cc_by = licences.find("etalab-2.0"), licences.find("ODbL-1.0"), licences.find("CC-BY-4.0")
    proprietary = licences.find(terms.PASSERELLE_LICENCE + "proprietary")
    assert [terms.is_open_licence(c) for c in (etalab, odbl, cc_by, proprietary, None)] == [True, True, True,
                                                                                             False, False]
    assert [terms.is_crpa_authorised(c) for c in (etalab, odbl, cc_by, None)] == [True, True, False, False]


def test_eu_uri_is_the_concept_itself_its_exact_match_or_its_eu_code():
    vocabularies = shipped()
    annual = vocabularies["frequency"].find("annuelle")
    assert terms.eu_uri(annual, terms.EU_FREQUENCY) == terms.EU_FREQUENCY + "ANNUAL"
    shared = vocabularies.concept(terms.SHARED_ACCESS)
    assert terms.eu_uri(shared, terms.EU_ACCESS_RIGHT) == terms.EU_ACCESS_RIGHT + "RESTRICTED"
    local = Concept(uri="https://example.org/frequence/bimensuelle", code="bimensuelle", notations={"eu": "BIMONTHLY"})
    assert terms.eu_uri(local, terms.EU_FREQUENCY) == terms.EU_FREQUENCY + "BIMONTHLY"
    assert terms.eu_uri(Concept(uri="https://example.org/frequence/lune", code="lune"), terms.EU_FREQUENCY) is None
    assert terms.eu_uri(None, terms.EU_FREQUENCY) is None
