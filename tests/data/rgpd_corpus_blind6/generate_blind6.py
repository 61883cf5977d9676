"""Generate the blind-6 corpus of the personal-data guard (tests/data/rgpd_corpus_blind6/cases.json).

    python generate_blind6.py          # (re)write cases.json
    python generate_blind6.py --check  # exit 1 if cases.json differs from what the generator produces

Deterministic: one seed, one random stream. Half the cases judge a personal column of a personal table,
half judge any column of a table holding nothing personal; all are shuffled before ids are given.
"""
from __future__ import annotations

import itertools
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import helpers6 as H  # noqa: E402
import open6  # noqa: E402
import personal6  # noqa: E402

SEED = 20261203
PER_SIDE = 300
OUTPUT = os.path.join(HERE, "cases.json")


def draw(rng, fn, level):
    table = H.Table(rng, level)
    fn(table)
    return table


def case_of(rng, table, template, judged_index, personal):
    names = H.style_names(rng, [c[0] for c in table.columns])
    columns = {n: c[2] for n, c in zip(names, table.columns)}
    types = {n: c[1] for n, c in zip(names, table.columns)}
    judged = table.columns[judged_index]
    reason = judged[3] if personal else ("nothing in this layer relates to a natural person: "
                                        f"{table.gkind} of {table.record['organisation']}")
    return {
        "template": f"{template}/{judged[0]}",
        "personal": personal,
        "reason": reason,
        "domain": table.domain,
        "layer": table.layer,
        "column": names[judged_index],
        "columns": columns,
        "types": types,
        "geometry_kind": table.gkind,
        "geometry_type": table.gtype,
        "geometry": table.geometry,
        "crs": "EPSG:2154",
        "record": table.record,
    }


def side(rng, kinds, personal):
    cases, turn = [], {}
    for fn, level in itertools.cycle(kinds):
        if len(cases) == PER_SIDE:
            return cases
        table = draw(rng, fn, level)
        if personal:
            judgeable = [i for i, c in enumerate(table.columns) if c[3] and c[4]]
            assert judgeable, fn.__name__
        else:
            assert not any(c[3] for c in table.columns), fn.__name__
            judgeable = list(range(len(table.columns)))
        k = turn.get(fn.__name__, 0)
        turn[fn.__name__] = k + 1
        cases.append(case_of(rng, table, fn.__name__, judgeable[k % len(judgeable)], personal))
    return cases


def generate() -> list[dict]:
    rng = random.Random(SEED)
    cases = side(rng, personal6.KINDS, True) + side(rng, open6.KINDS, False)
    rng.shuffle(cases)
    out = []
    for i, case in enumerate(cases, 1):
        out.append({"id": f"b6-{i:04d}", **case})
    return out


def render(cases) -> str:
    return json.dumps(cases, ensure_ascii=False, indent=1) + "\n"


def main(argv) -> int:
    text = render(generate())
    if "--check" in argv:
        with open(OUTPUT, encoding="utf-8") as handle:
            if handle.read() != text:
                print("cases.json differs from the generator's output", file=sys.stderr)
                return 1
        print("cases.json is up to date")
        return 0
    with open(OUTPUT, "w", encoding="utf-8") as handle:
        handle.write(text)
    print(f"wrote {OUTPUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
