"""The personal-data guard on the blind corpora blind-2 to blind-10 (tests/data/rgpd_corpus_blind2 …).

Each corpus was written apart from the guard and from the other corpora, and committed with its labels before
the guard ever ran on it (see its README). Each was measured blind once, on the guard of its day (recall,
false-positive rate):

- blind-2 on dc56e6e: 0.902 (229/254), 0.057 (16/282), then 0.949 / 0.021 after the guard was tuned on
  blind-1 (blind-2 still unread); tuning data since 780ae62;
- blind-3 on a9318cb: 0.892 (296/332), 0.021 (7/333); tuning data since d2dee63;
- blind-4 on db65b8b: 0.945 (189/200), 0.030 (6/198); tuning data since b8ab0d5;
- blind-5 on 8df1438: 0.948 (237/250), 0.008 (2/250); tuning data since 2dcf92d;
- blind-6 on cf69d9c: 0.943 (283/300), 0.003 (1/300); tuning data since eb0db4e;
- blind-7 on a90fbfc: 0.957 (287/300), 0.000 (0/300); tuning data since d3a1b7f;
- blind-8 on e59fb40: 0.943 (283/300), 0.007 (2/300); tuning data since 82a9fa5;
- blind-9 on 0a30c8e: 0.880 (264/300), 0.030 (9/300) (its brief asked for the less obvious columns); tuning
  data since 1ae9e91;
- blind-10 on 1ae9e91: 0.973 (292/300), 0.010 (3/300), within issue 12's goals. It is the HELD-OUT corpus: its
  misses are never read, never used to tune the guard (the guard of the session before, 5b37382, scores
  0.960 / 0.010 on it).

Each short of the goals was then generalised from (its misses read): the tests below hold the guard to issue 12's
goals on every one of them, and on the held-out blind-10.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass

import pytest

from support import rgpd_corpus

RECALL_GOAL, FPR_GOAL = 0.97, 0.05
GEOMETRY_TYPES = {"Point", "Polygon", "LineString", ""}
#: Blind-2 and blind-3 say where their rows lie in words rather than by geometry type.
CONTEXTS = frozenset({"dwellings", "parcels", "graves", "buildings", "public buildings", "200 m grid cells",
                      "communes", "network lines", "streets"})


@dataclass(frozen=True)
class Corpus:
    name: str
    directory: str
    generator: str  # its script, run with --check ("" for blind-2, whose generator returns its cases)
    min_cases: int = 600
    contexts: frozenset = frozenset()  # the geometry kinds it must cover, when it names them in words

    def load(self) -> list[dict]:
        return getattr(rgpd_corpus, f"load_{self.name}")()


CORPORA = [
    Corpus("blind2", rgpd_corpus.BLIND2_DIR, "", 400, CONTEXTS | {"none"}),
    Corpus("blind3", rgpd_corpus.BLIND3_DIR, "generate_blind3.py", 600, CONTEXTS | {"table"}),
    Corpus("blind4", rgpd_corpus.BLIND4_DIR, "generate_blind4.py", 390),
    Corpus("blind5", rgpd_corpus.BLIND5_DIR, "generate_blind5.py", 500),
    Corpus("blind6", rgpd_corpus.BLIND6_DIR, "generate_blind6.py"),
    Corpus("blind7", rgpd_corpus.BLIND7_DIR, "generate_blind7.py"),
    Corpus("blind8", rgpd_corpus.BLIND8_DIR, "generate.py"),
    Corpus("blind9", rgpd_corpus.BLIND9_DIR, "generate.py"),
    Corpus("blind10", rgpd_corpus.BLIND10_DIR, "generate.py"),
]


@pytest.fixture(scope="module", params=CORPORA, ids=[corpus.name for corpus in CORPORA])
def corpus(request):
    return request.param


@pytest.fixture(scope="module")
def cases(corpus):
    return corpus.load()


@pytest.fixture(scope="module")
def score(cases):
    return rgpd_corpus.score(cases)


def test_corpus_is_large_balanced_labelled_and_well_formed(corpus, cases):
    assert len(cases) >= corpus.min_cases
    personal = sum(case["personal"] for case in cases)
    assert 0.4 <= personal / len(cases) <= 0.6, f"{personal} personal of {len(cases)}"
    assert len({case["id"] for case in cases}) == len(cases)
    for case in cases:
        assert isinstance(case["personal"], bool) and case["reason"].strip(), case["id"]
        assert case["column"] in case["columns"], case["id"]
        assert set(case["types"]) == set(case["columns"]), case["id"]
        rows = {len(values) for values in case["columns"].values()}
        assert len(rows) == 1, case["id"]
        if case["geometry_type"]:
            assert len(case["geometry"]) == rows.pop() and case["crs"] == "EPSG:2154", case["id"]
        else:
            assert case["geometry"] is None, case["id"]
    if corpus.contexts:
        assert corpus.contexts <= {case["geometry_kind"] for case in cases}
    else:
        assert GEOMETRY_TYPES <= {case["geometry_type"] for case in cases}


def test_corpus_file_is_exactly_what_its_generator_writes(corpus, cases):
    """No label or value was edited by hand after generation."""
    if not corpus.generator:  # blind-2's generator returns its cases; its templates hash strings
        script = ("import json, sys; sys.path.insert(0, sys.argv[1]); import generate_blind2 as g; "
                  "sys.modules['generate_blind2'] = g; import templates_blind2; print(json.dumps(g.cases()))")
        environment = {**os.environ, "PYTHONHASHSEED": "12345", "PYTHONDONTWRITEBYTECODE": "1"}
        result = subprocess.run([sys.executable, "-c", script, corpus.directory], capture_output=True,
                                text=True, timeout=120, check=True, env=environment)
        assert json.loads(result.stdout) == cases
        return
    script = f"{corpus.directory}/{corpus.generator}"
    result = subprocess.run([sys.executable, script, "--check"], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_guard_judges_every_case(score, cases):
    personal = sum(case["personal"] for case in cases)
    assert (score.cases, score.personal, score.not_personal) == (len(cases), personal, len(cases) - personal)
    assert score.caught + len(score.misses_ids) == score.personal
    assert score.false_alarms == len(score.false_alarm_ids)


def test_the_guard_meets_issue_12_goals(score):
    assert score.recall >= RECALL_GOAL, f"recall {score.recall:.3f}; missed: {score.misses_ids}"
    assert score.false_positive_rate <= FPR_GOAL, (
        f"false-positive rate {score.false_positive_rate:.3f}; false alarms: {score.false_alarm_ids}")
