"""The personal-data guard on corpus blind-10 (tests/data/rgpd_corpus_blind10): the held-out measurement.

Blind-10 was written apart from the guard and from the other corpora, and committed with its labels before the
guard ever ran on it (see its README). Measured blind once, on the guard of 1ae9e91 (generalised from blind-3
to blind-9; blind-10 unread): recall 0.973 (292/300), false-positive rate 0.010 (3/300), within issue 12's
goals; the guard of the session before (5b37382) scores 0.960 / 0.010 on it. Its misses are not read: it stays
the held-out corpus, never to tune the guard.
"""
from __future__ import annotations

import subprocess
import sys

import pytest

from support import rgpd_corpus

RECALL_GOAL, FPR_GOAL = 0.97, 0.05


@pytest.fixture(scope="module")
def cases():
    return rgpd_corpus.load_blind10()


@pytest.fixture(scope="module")
def score(cases):
    return rgpd_corpus.score(cases)


def test_corpus_is_large_balanced_labelled_and_well_formed(cases):
    assert len(cases) >= 600
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
    kinds = {case["geometry_type"] for case in cases}
    assert {"Point", "Polygon", "LineString", ""} <= kinds


def test_corpus_file_is_exactly_what_its_generator_writes():
    """No label or value was edited by hand after generation."""
    script = f"{rgpd_corpus.BLIND10_DIR}/generate.py"
    result = subprocess.run([sys.executable, script, "--check"], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_guard_judges_every_case(score, cases):
    personal = sum(case["personal"] for case in cases)
    assert (score.cases, score.personal, score.not_personal) == (len(cases), personal, len(cases) - personal)
    assert score.caught + len(score.misses_ids) == score.personal
    assert score.false_alarms == len(score.false_alarm_ids)


def test_the_guard_meets_issue_12_goals_on_the_blind10_corpus(score):
    assert score.recall >= RECALL_GOAL, f"recall {score.recall:.3f}; missed: {score.misses_ids}"
    assert score.false_positive_rate <= FPR_GOAL, (
        f"false-positive rate {score.false_positive_rate:.3f}; false alarms: {score.false_alarm_ids}")
