"""The personal-data guard on corpus blind-2 (tests/data/rgpd_corpus_blind2), tuning data since 780ae62.

Blind-2 was written apart from the guard and from the other corpora, and committed with its labels
before the guard ever ran on it (see its README). It was measured blind (recall 0.902, false-positive
rate 0.057 on the guard of dc56e6e; 0.949 and 0.021 after the guard was tuned on blind-1, still unread),
then used to tune the guard from commit 780ae62 on: these tests now hold the guard to what it learnt
there (issue 12's goals: recall >= 0.97, false-positive rate <= 0.05), and no longer measure how it does
on unseen tables (a fresh blind corpus, kept from the guard's authors, does that).
"""
from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from support import rgpd_corpus

RECALL_GOAL, FPR_GOAL = 0.97, 0.05

#: The geometry contexts the corpus must keep covering, each on both sides of the label or on one.
CONTEXTS = {"dwellings", "parcels", "graves", "buildings", "public buildings", "200 m grid cells", "communes",
            "network lines", "streets", "none"}


@pytest.fixture(scope="module")
def cases():
    return rgpd_corpus.load_blind2()


@pytest.fixture(scope="module")
def score(cases):
    return rgpd_corpus.score(cases)


def test_corpus_is_large_balanced_labelled_and_well_formed(cases):
    assert len(cases) >= 400
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
    assert CONTEXTS <= {case["geometry_kind"] for case in cases}


def test_corpus_file_is_exactly_what_its_generator_writes(cases):
    """No label or value was edited by hand after generation: the generator reproduces cases.json."""
    script = ("import json, sys; sys.path.insert(0, sys.argv[1]); import generate_blind2 as g; "
              "sys.modules['generate_blind2'] = g; import templates_blind2; print(json.dumps(g.cases()))")
    environment = {**os.environ, "PYTHONHASHSEED": "12345", "PYTHONDONTWRITEBYTECODE": "1"}
    result = subprocess.run([sys.executable, "-c", script, rgpd_corpus.BLIND2_DIR], capture_output=True,
                            text=True, timeout=120, check=True, env=environment)
    assert json.loads(result.stdout) == cases


def test_the_guard_judges_every_case(score, cases):
    personal = sum(case["personal"] for case in cases)
    assert (score.cases, score.personal, score.not_personal) == (len(cases), personal, len(cases) - personal)
    assert score.caught + len(score.misses_ids) == score.personal
    assert score.false_alarms == len(score.false_alarm_ids)


# Measured blind on the corpus as first committed (fb168be), on the guard of dc56e6e: recall 0.902 (229 of 254
# personal columns flagged), false-positive rate 0.057 (16 of 282 other columns flagged); after the guard was
# tuned on blind-1 (h12c merge, blind-2 unread): 0.949 (241/254) and 0.021 (6/282). Tuned on it since 780ae62.
def test_the_guard_meets_issue_12_goals_on_the_blind2_corpus(score):
    assert score.recall >= RECALL_GOAL, f"recall {score.recall:.3f}; missed: {score.misses_ids}"
    assert score.false_positive_rate <= FPR_GOAL, (
        f"false-positive rate {score.false_positive_rate:.3f}; false alarms: {score.false_alarm_ids}")
