"""Generator of corpus blind-8 (cases.json): held-out cases for the personal-data guard.

    python tests/data/rgpd_corpus_blind8/generate.py           # writes cases.json
    python tests/data/rgpd_corpus_blind8/generate.py --check   # fails if cases.json differs
    python tests/data/rgpd_corpus_blind8/generate.py --stats   # prints the counts of README.md

Deterministic: one seeded random generator; cases are shuffled before numbering so an id says nothing
of its label. Written blind to the guard and to every other corpus (see README.md)."""
from __future__ import annotations

import argparse
import json
import os
import random
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from build import Ctx, geometry  # noqa: E402
from templates_personal import PERSONAL  # noqa: E402
from templates_public import PUBLIC  # noqa: E402

SEED = 8_20261203
PER_LABEL = 300
OUTPUT = os.path.join(HERE, "cases.json")


def column_name(names: str, style: int) -> str:
    variants = names.split("|")
    name = variants[style % len(variants)]
    return name[:10] if name.isupper() else name


def build_case(template: dict, turn: int, personal: bool, rng: random.Random) -> dict:
    ctx = Ctx(rng, rng.randint(5, 25), template["level"], template.get("born", (1940, 2004)))
    style = rng.randrange(3)
    columns, types, by_key = {}, {}, {}
    for names, kind, maker in template["cols"]:
        name = column_name(names, style)
        if name in columns:
            raise ValueError(f"{template['kind']}: duplicate column {name}")
        columns[name] = maker(ctx)
        types[name] = kind
        for variant in names.split("|"):
            by_key[variant] = name
    key, reason = template["judged"][turn % len(template["judged"])]
    geometry_type, size, description = template["geom"]
    return {
        "id": None, "template": template["kind"], "personal": personal, "reason": reason,
        "layer": template["layers"][style % len(template["layers"])], "column": by_key[key],
        "columns": columns, "types": types, "geometry_kind": description, "geometry_type": geometry_type,
        "geometry": geometry(ctx, size) if geometry_type else None, "crs": "EPSG:2154",
        "record": {key: ctx.auth[key] for key in ("organisation", "email", "phone")},
    }


def plan() -> list[tuple[dict, int, bool]]:
    slots = []
    for templates, personal in ((PERSONAL, True), (PUBLIC, False)):
        for i in range(PER_LABEL):
            slots.append((templates[i % len(templates)], i // len(templates), personal))
    return slots


def generate() -> list[dict]:
    rng = random.Random(SEED)
    cases = [build_case(template, turn, personal, rng) for template, turn, personal in plan()]
    rng.shuffle(cases)
    for number, case in enumerate(cases, 1):
        case["id"] = f"b8-{number:04d}"
    return cases


def render(cases: list[dict]) -> str:
    return "[\n" + ",\n".join(json.dumps(case, ensure_ascii=False) for case in cases) + "\n]\n"


def stats(cases: list[dict]) -> None:
    domains = {t["kind"]: t["domain"] for t in PERSONAL + PUBLIC}
    print(f"kinds of table: {len(PERSONAL)} personal, {len(PUBLIC)} not personal")
    print(f"cases {len(cases)}, personal {sum(c['personal'] for c in cases)}, "
          f"not personal {sum(not c['personal'] for c in cases)}")
    for title, key in (("geometry", lambda c: c["geometry_type"] or "table"),
                       ("domain", lambda c: domains[c["template"]])):
        counts = Counter((key(c), c["personal"]) for c in cases)
        print(f"| {title} | personal | not personal |")
        for value in sorted({k for k, _ in counts}):
            print(f"| {value} | {counts[(value, True)]} | {counts[(value, False)]} |")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if cases.json differs from the generator")
    parser.add_argument("--stats", action="store_true", help="print the counts tables")
    args = parser.parse_args()
    cases = generate()
    text = render(cases)
    if args.stats:
        stats(cases)
        return 0
    if args.check:
        with open(OUTPUT, encoding="utf-8") as handle:
            if handle.read() != text:
                print("cases.json differs from generate.py's output", file=sys.stderr)
                return 1
        print(f"cases.json up to date ({len(cases)} cases)")
        return 0
    with open(OUTPUT, "w", encoding="utf-8") as handle:
        handle.write(text)
    print(f"wrote {len(cases)} cases to {OUTPUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
