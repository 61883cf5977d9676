"""How well the personal-data guard tells personal columns from the others, on the held-out corpus.

Usage (from the repository root)::

    .venv/bin/python bench/bench_rgpd.py            # held-out part (the figures the guard is held to)
    .venv/bin/python bench/bench_rgpd.py --part tuning

The corpus (tests/data/rgpd_corpus, see its README) holds columns of French local-authority
layers labelled personal or not; the held-out part is never read by the tests used to tune the
guard. Corpus blind-1 (tests/data/rgpd_corpus_blind, see its README) was written by another hand
than the guard's and measured blind once (recall 0.900, false-positive rate 0.048); it has been
tuning data since commit 6165e75, so its figures are printed as tuning figures, not as a measure
of how the guard does on unseen tables. The blind-2 corpus
(tests/data/rgpd_corpus_blind2), written apart from the guard and from both other corpora and never
read while tuning, is the held-out measurement.
Recall: share of personal columns the guard flags; false-positive rate: share of the other
columns it flags. Also times the guard over each corpus.
"""
from __future__ import annotations

import argparse
import os
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path[:0] = [ROOT, os.path.join(ROOT, "tests")]

RECALL_GOAL, FPR_GOAL = 0.97, 0.05


def report(label: str, cases: list) -> None:
    from support import rgpd_corpus

    started = time.perf_counter()
    score = rgpd_corpus.score(cases)
    elapsed = time.perf_counter() - started
    print(f"\nPersonal-data guard on {label} "
          f"({score.cases} columns: {score.personal} personal, {score.not_personal} not)")
    print(f"recall               : {score.recall:.3f}  ({score.caught}/{score.personal} personal columns flagged;"
          f" goal >= {RECALL_GOAL})")
    print(f"false-positive rate  : {score.false_positive_rate:.3f}  ({score.false_alarms}/{score.not_personal} "
          f"other columns flagged; goal <= {FPR_GOAL})")
    print(f"time                 : {elapsed:.2f} s ({1000 * elapsed / score.cases:.1f} ms a layer)")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--part", choices=("heldout", "tuning"), default="heldout")
    args = parser.parse_args(argv)
    from support import rgpd_corpus

    report(f"the {args.part} part of the labelled corpus", rgpd_corpus.load(args.part))
    report("corpus blind-1 (tests/data/rgpd_corpus_blind; TUNING data since 6165e75, "
           "measured blind before: recall 0.900, false-positive rate 0.048)", rgpd_corpus.load_blind())
    report("held-out (blind-2) (tests/data/rgpd_corpus_blind2, written apart from the guard and the other "
           "corpora, never read while tuning)", rgpd_corpus.load_blind2())
    return 0


if __name__ == "__main__":
    sys.exit(main())
