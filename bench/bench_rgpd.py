"""How well the personal-data guard tells personal columns from the others, on the held-out corpus.

Usage (from the repository root)::

    .venv/bin/python bench/bench_rgpd.py            # held-out part (the figures the guard is held to)
    .venv/bin/python bench/bench_rgpd.py --part tuning

The corpus (tests/data/rgpd_corpus, see its README) holds columns of French local-authority
layers labelled personal or not; the held-out part is never read by the tests used to tune the
guard. Corpus blind-1 (tests/data/rgpd_corpus_blind, see its README) was written by another hand
than the guard's and measured blind once (recall 0.900, false-positive rate 0.048); it has been
tuning data since commit 6165e75, so its figures are printed as tuning figures, not as a measure
of how the guard does on unseen tables. So is blind-2 (tests/data/rgpd_corpus_blind2: measured blind
at recall 0.902, then 0.949 before it was read; tuning data since 780ae62). So is blind-3
(tests/data/rgpd_corpus_blind3: measured blind once at recall 0.892, false-positive rate 0.021 on the
guard of a9318cb; tuning data since d2dee63). So is blind-4
(tests/data/rgpd_corpus_blind4: measured blind once at recall 0.945, false-positive rate 0.030 on the
guard of db65b8b; tuning data since b8ab0d5). So is blind-5
(tests/data/rgpd_corpus_blind5: measured blind once at recall 0.948, false-positive rate 0.008 on the
guard of 8df1438; tuning data since 2dcf92d). So is blind-6
(tests/data/rgpd_corpus_blind6: measured blind once at recall 0.943, false-positive rate 0.003 on the
guard of cf69d9c; tuning data since eb0db4e). So is blind-7
(tests/data/rgpd_corpus_blind7: measured blind once at recall 0.957, false-positive rate 0.000 on the
guard of a90fbfc; tuning data since d3a1b7f). Corpus blind-8 (tests/data/rgpd_corpus_blind8) is
the held-out measurement: its misses were never read (recall 0.943, false-positive rate 0.007 on the
guard of e59fb40).
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
    blind = [
        ("blind-1", "rgpd_corpus_blind", "TUNING data since 6165e75, measured blind before: recall 0.900, "
         "false-positive rate 0.048", rgpd_corpus.load_blind),
        ("blind-2", "rgpd_corpus_blind2", "TUNING data since 780ae62, measured blind before: recall 0.902, then "
         "0.949 still unread", rgpd_corpus.load_blind2),
    ]
    for number, commit, recall, fpr in (("3", "d2dee63", "0.892", "0.021"), ("4", "b8ab0d5", "0.945", "0.030"),
                                        ("5", "2dcf92d", "0.948", "0.008"), ("6", "eb0db4e", "0.943", "0.003"),
                                        ("7", "d3a1b7f", "0.957", "0.000"), ("8", "82a9fa5", "0.943", "0.007"),
                                        ("9", "1ae9e91", "0.880", "0.030")):
        history = f"TUNING data since {commit}, measured blind before: recall {recall}, false-positive rate {fpr}"
        blind.append((f"blind-{number}", f"rgpd_corpus_blind{number}", history,
                      getattr(rgpd_corpus, f"load_blind{number}")))
    for name, folder, history, load in blind:
        report(f"corpus {name} (tests/data/{folder}; {history})", load())
    report("HELD-OUT corpus blind-10 (tests/data/rgpd_corpus_blind10; never read while tuning; measured blind "
           "on 1ae9e91: recall 0.973, false-positive rate 0.010)", rgpd_corpus.load_blind10())
    return 0


if __name__ == "__main__":
    sys.exit(main())
