"""Writes the blind-5 corpus (cases.json) of the personal-data guard, deterministically.

    python tests/data/rgpd_corpus_blind5/generate_blind5.py          # (re)write cases.json
    python tests/data/rgpd_corpus_blind5/generate_blind5.py --check  # exit 1 if cases.json differs

Written blind to the guard and to the other corpora: see README.md.
"""
from __future__ import annotations

import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import names5 as N  # noqa: E402
import open5  # noqa: E402
import personal5  # noqa: E402
from helpers5 import STYLES, Gen, department_name, slug, styled  # noqa: E402

SEED = 20261203
PERSONAL_CASES = 250
OPEN_CASES = 250
OUT = os.path.join(HERE, "cases.json")

AUTHORITY_BY_DOMAIN = {
    "social action": [7, 0, 5], "water and sanitation": [8, 3], "waste": [9, 3, 4], "statistics": [6, 5, 4],
    "childhood": [3, 5], "tourism": [3, 4, 6], "mobility": [0, 2, 4], "environment": [0, 3, 4, 5],
}

def authority(rng, commune, domain):
    index = rng.choice(AUTHORITY_BY_DOMAIN.get(domain, [0, 1, 2, 3, 4]))
    org, mail, phone = N.AUTHORITIES[index]
    dep_slug = slug(commune[5])
    fill = dict(c=commune[0], s=slug(commune[0]), d=commune[5], t=dep_slug, a=f"{rng.randint(10, 99)}",
                b=f"{rng.randint(10, 99)}")
    org = org.format(**fill)
    if "{d}" in N.AUTHORITIES[index][0]:
        org = department_name("Département", commune[5])
    for vowel in "AEIOUYÉ":
        org = org.replace(f" de {vowel}", f" d'{vowel}")
    return {"organisation": org, "email": mail.format(**fill), "phone": phone.format(**fill)}


def open_geometry(g, table):
    kind = table["geometry_type"]
    if kind == "Point":
        return g.points(1500)
    if kind == "LineString":
        return g.lines()
    if kind == "Polygon":
        if table.get("square"):
            r, (_, _, _, x, y, _) = g.rng, g.commune
            out = []
            for _ in range(g.n):
                x0 = (int(x + r.uniform(-3000, 3000)) // 200) * 200
                y0 = (int(y + r.uniform(-3000, 3000)) // 200) * 200
                out.append([float(x0), float(y0), float(x0 + 200), float(y0 + 200)])
            return out
        if table.get("big"):
            return g.boxes(600, 4000, 6000)
        if table.get("parcels"):
            return g.boxes(15, 90)
        return g.boxes(20, 150, 1500)
    return None


def column_names(rng, cols):
    style = rng.choice(STYLES + ("snake", "snake", "plain"))
    used, names = set(), []
    for col in cols:
        name = styled(rng.choice(col.names), style)
        base, k = name, 1
        while name in used:
            k += 1
            name = f"{base[:9] if style == 'upper10' else base}{k}"
        used.add(name)
        names.append(name)
    return names


def build_case(rng, kind, personal, turn):
    g = Gen(rng)
    table = kind(g)
    cols = table["cols"]
    if not personal:
        table["geometry"] = open_geometry(g, table)
    names = column_names(rng, cols)
    judged = [i for i, col in enumerate(cols) if (col.label if personal else col.label is not False)]
    chosen = judged[turn % len(judged)]
    col = cols[chosen]
    if personal:
        reason = col.reason
    else:
        reason = f"{col.reason or table['reason']}; nothing in the layer relates to a private person"
    for c in cols:
        assert len(c.values) == g.n, (kind.__name__, c.names)
    return {
        "template": f"{kind.__name__}/{col.names[0]}",
        "personal": personal,
        "reason": reason,
        "domain": table["domain"],
        "layer": table["layer"],
        "column": names[chosen],
        "columns": {name: c.values for name, c in zip(names, cols)},
        "types": {name: c.kind for name, c in zip(names, cols)},
        "geometry_kind": table["geometry_kind"],
        "geometry_type": table["geometry_type"],
        "geometry": table["geometry"],
        "crs": "EPSG:2154",
        "record": authority(rng, g.commune, table["domain"]),
    }


def draw(rng, kinds, count, personal):
    cases, turns = [], {}
    order = []
    while len(cases) < count:
        if not order:
            order = list(kinds)
            rng.shuffle(order)
        kind = order.pop()
        turn = turns.get(kind.__name__, rng.randrange(50))
        turns[kind.__name__] = turn + 1
        cases.append(build_case(rng, kind, personal, turn))
    return cases


def generate() -> list[dict]:
    rng = random.Random(SEED)
    cases = draw(rng, personal5.KINDS, PERSONAL_CASES, True) + draw(rng, open5.KINDS, OPEN_CASES, False)
    rng.shuffle(cases)
    out = []
    for number, case in enumerate(cases, 1):
        out.append({"id": f"b5-{number:04d}", **case})
    return out


def dumps(cases) -> str:
    return json.dumps(cases, ensure_ascii=False, indent=1) + "\n"


def main(argv) -> int:
    text = dumps(generate())
    if "--check" in argv:
        with open(OUT, encoding="utf-8") as handle:
            same = handle.read() == text
        print("cases.json is up to date" if same else "cases.json differs from the generator's output")
        return 0 if same else 1
    with open(OUT, "w", encoding="utf-8") as handle:
        handle.write(text)
    print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
