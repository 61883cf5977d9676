"""Generate corpus blind-10 (cases.json): 600 judged columns of layers shaped like French local-authority tables.

    python generate.py           writes cases.json
    python generate.py --check   exits 1 when cases.json differs from what the generator writes
    python generate.py --stats   prints counts

One seeded random.Random drives everything: same code, same file. Written blind to the guard and to the other
corpora (see README.md).
"""
from __future__ import annotations

import collections
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from kind import GEOMETRY_TYPES  # noqa: E402
from kinds_personal import KINDS as PERSONAL_KINDS  # noqa: E402
from kinds_public import KINDS as PUBLIC_KINDS  # noqa: E402
from names import COMMUNES  # noqa: E402
from values import authority, new_row, value  # noqa: E402

SEED = 10_20261204
PER_SIDE = 300
CASES = os.path.join(HERE, "cases.json")


def geometry(rng, geometry_kind: str, centre: tuple, n: int):
    cx, cy = centre
    shapes = []
    for _ in range(n):
        x, y = cx + rng.uniform(-2500, 2500), cy + rng.uniform(-2500, 2500)
        if geometry_kind == "point_address":
            shapes.append([round(x, 1), round(y, 1)])
        elif geometry_kind == "polygon_parcel":
            width, height = rng.uniform(10, 70), rng.uniform(10, 70)
            shapes.append([round(x, 2), round(y, 2), round(x + width, 2), round(y + height, 2)])
        elif geometry_kind == "polygon_commune":
            x, y = cx + rng.uniform(-9000, 9000), cy + rng.uniform(-9000, 9000)
            shapes.append([round(x), round(y), round(x + rng.uniform(1500, 8000)), round(y + rng.uniform(1500, 8000))])
        elif geometry_kind == "linestring":
            shapes.append([round(x, 1), round(y, 1), round(x + rng.uniform(-300, 300), 1),
                           round(y + rng.uniform(-300, 300), 1)])
        else:
            return None
    return shapes


def build_case(rng, kind, judged: str) -> dict:
    commune = rng.choice(COMMUNES)
    auth = authority(rng, commune, rng.choice(kind.levels))
    n = rng.randint(5, 25)
    style = rng.randrange(3)
    layer = kind.layers[style] if rng.random() < 0.7 else rng.choice(kind.layers)
    rows = [new_row(rng, commune) for _ in range(n)]
    ctx = {"commune": commune, "auth": auth, "sequence": rng.randint(1, 5000)}
    columns, types, judged_name = {}, {}, None
    for column in kind.columns:
        name = column.names[style]
        columns[name] = [value(rng, column.generator, row, ctx) for row in rows]
        types[name] = column.type
        if column.names[0] == judged:
            judged_name = name
    geometry_type = GEOMETRY_TYPES[kind.geometry_kind]
    return {
        "id": None, "template": kind.name, "personal": kind.personal, "reason": kind.judged[judged],
        "layer": layer, "column": judged_name, "columns": columns, "types": types,
        "geometry_kind": kind.geometry_kind, "geometry_type": geometry_type,
        "geometry": geometry(rng, kind.geometry_kind, commune[3], n), "crs": "EPSG:2154" if geometry_type else None,
        "record": {"organisation": auth["organisation"], "email": auth["mailbox"], "phone": auth["phone"]},
    }


def slots(kinds) -> list:
    """Round robin: every kind's first judged column, then every kind's second, and so on, cycled to PER_SIDE."""
    depth = max(len(kind.judged) for kind in kinds)
    pairs = [(kind, list(kind.judged)[level]) for level in range(depth) for kind in kinds if level < len(kind.judged)]
    return [pairs[i % len(pairs)] for i in range(PER_SIDE)]


def generate() -> list[dict]:
    rng = random.Random(SEED)
    cases = [build_case(rng, kind, judged) for kind, judged in slots(PERSONAL_KINDS) + slots(PUBLIC_KINDS)]
    rng.shuffle(cases)
    for number, case in enumerate(cases, 1):
        case["id"] = f"b10-{number:04d}"
    return cases


def dumps(cases: list[dict]) -> str:
    return "[\n" + ",\n".join(json.dumps(case, ensure_ascii=False) for case in cases) + "\n]\n"


def stats(cases: list[dict]) -> str:
    domains = {kind.name: kind.domain for kind in PERSONAL_KINDS + PUBLIC_KINDS}
    lines = [f"cases: {len(cases)}  personal: {sum(c['personal'] for c in cases)}  "
             f"not personal: {sum(not c['personal'] for c in cases)}",
             f"kinds: {len(PERSONAL_KINDS) + len(PUBLIC_KINDS)} ({len(PERSONAL_KINDS)} personal, "
             f"{len(PUBLIC_KINDS)} not)",
             f"judged pairs: {sum(len(k.judged) for k in PERSONAL_KINDS)} personal, "
             f"{sum(len(k.judged) for k in PUBLIC_KINDS)} not"]
    for title, key in (("geometry", lambda c: c["geometry_kind"]), ("domain", lambda c: domains[c["template"]])):
        lines.append(f"by {title} (personal / not):")
        counts = collections.Counter((key(c), c["personal"]) for c in cases)
        for name in sorted({k for k, _ in counts}):
            lines.append(f"  {name:<22} {counts[(name, True)]:>4} / {counts[(name, False)]:>4}")
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    text = dumps(generate())
    if "--check" in argv:
        with open(CASES, encoding="utf-8") as handle:
            same = handle.read() == text
        print("cases.json is up to date" if same else "cases.json differs from the generator's output")
        return 0 if same else 1
    if "--stats" in argv:
        print(stats(json.loads(text)))
        return 0
    with open(CASES, "w", encoding="utf-8") as handle:
        handle.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
