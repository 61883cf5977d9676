"""Generate corpus blind-9 (cases.json): 600 judged columns of layers shaped like French local-authority tables.

    python generate.py           writes cases.json
    python generate.py --check   exits 1 when cases.json differs from what this script generates
    python generate.py --stats   prints the counts

One seeded generator draws everything. 300 personal slots cycle over the personal kinds (kinds_personal.py)
and, within each kind, over its judged columns; 300 not-personal slots do the same over kinds_public.py.
Each case draws its commune, the publishing authority at the kind's level (with its functional contact:
organisation, service mailbox on its own domain, switchboard), 5 to 25 rows and one of three naming styles.
"""

from __future__ import annotations

import argparse
import collections
import json
import math
import os
import random
import sys
from datetime import date

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from kinds_personal import PERSONAL  # noqa: E402
from kinds_public import PUBLIC  # noqa: E402
from names import COMMUNES, SERVICES  # noqa: E402
from schema import GEOMETRIES  # noqa: E402
from values import Row  # noqa: E402

SEED = 9_20261204
SLOTS = 300
CASES = os.path.join(HERE, "cases.json")
STYLES = ("snake_case", "SHAPEFILE", "camelCase")


class CaseContext:
    """What one case shares across its rows: the commune, the authority and its contact, the formats."""

    def __init__(self, rng, level):
        (self.commune, self.insee, self.postcode, self.centre, commune_domain, epci, departement, region,
         self.prefix) = rng.choice(COMMUNES)
        if level == "commune":
            self.organisation = rng.choice(("Mairie de ", "Ville de ", "Commune de ")) + self.commune
            self.domain = commune_domain
        else:
            self.organisation, self.domain = {"epci": epci, "departement": departement, "region": region}[level]
        self.mailbox = f"{rng.choice(SERVICES)[1]}@{self.domain}"
        ending = rng.choice(("50 50", "00 00", "61 50", "40 00", "87 87", "12 00", "30 30", "52 00"))
        self.phone = f"{self.prefix} {rng.randint(10, 99)} {ending}"
        self.year = rng.randint(2019, 2025)
        self.today = date(self.year, rng.randint(1, 12), rng.randint(1, 28))
        self.fmt = rng.randrange(3)
        self.offset = rng.randint(0, 800)

    def record(self):
        return {"organisation": self.organisation, "email": self.mailbox, "phone": self.phone}


def geometry(rng, kind, row, context):
    if kind == "pt":
        return [row.x, row.y]
    if kind == "parcel":
        width, height = rng.uniform(12, 70), rng.uniform(12, 70)
        return [round(row.x, 1), round(row.y, 1), round(row.x + width, 1), round(row.y + height, 1)]
    if kind == "zone":
        x0, y0 = context.centre
        x, y = x0 + rng.uniform(-6000, 3000), y0 + rng.uniform(-6000, 3000)
        return [round(x, 1), round(y, 1), round(x + rng.uniform(1500, 6000), 1), round(y + rng.uniform(1500, 6000), 1)]
    if kind == "line":
        angle, length = rng.uniform(0, 2 * math.pi), rng.uniform(40, 600)
        return [row.x, row.y, round(row.x + length * math.cos(angle), 1), round(row.y + length * math.sin(angle), 1)]
    return None


def checked(value, type_, where):
    ok = value is None or {
        "string": isinstance(value, str),
        "integer": isinstance(value, int) and not isinstance(value, bool),
        "number": isinstance(value, float),
        "date": isinstance(value, str) and len(value) == 10 and value[4] == "-" and value[7] == "-",
    }[type_]
    if not ok:
        raise TypeError(f"{where}: {value!r} is not a {type_}")
    return value


def make_case(rng, kind, judged):
    context = CaseContext(rng, kind.level)
    style = rng.randrange(3)
    rows = [Row(rng, context, i, kind.ages) for i in range(rng.randint(5, 25))]
    columns, types = {}, {}
    for column in kind.columns:
        name = column.names[style]
        columns[name] = [checked(column.make(row), column.type, f"{kind.key}.{name}") for row in rows]
        types[name] = column.type
    geometry_kind, geometry_type = GEOMETRIES[kind.geometry]
    shapes = [geometry(rng, kind.geometry, row, context) for row in rows] if geometry_type else None
    return {
        "id": None,
        "template": kind.key,
        "personal": judged.judgement.personal,
        "reason": judged.judgement.reason,
        "layer": kind.layers[style],
        "column": judged.names[style],
        "columns": columns,
        "types": types,
        "geometry_kind": geometry_kind,
        "geometry_type": geometry_type,
        "geometry": shapes,
        "crs": "EPSG:2154" if geometry_type else None,
        "record": context.record(),
    }


def slots(kinds, count):
    """(kind, judged column) pairs: round after round over the kinds, each time the kind's next column."""
    pairs, turn = [], 0
    while len(pairs) < count:
        for kind in kinds:
            pairs.append((kind, kind.judged[turn % len(kind.judged)]))
            if len(pairs) == count:
                break
        turn += 1
    return pairs


def build():
    for kind in PUBLIC:
        if any(c.judgement is not None and c.judgement.personal for c in kind.columns):
            raise ValueError(f"public kind {kind.key} judges a personal column")
    for kind in PERSONAL:
        if any(not c.judgement.personal for c in kind.judged):
            raise ValueError(f"personal kind {kind.key} judges a non-personal column")
    rng = random.Random(SEED)
    cases = [make_case(rng, kind, judged) for kind, judged in slots(PERSONAL, SLOTS) + slots(PUBLIC, SLOTS)]
    rng.shuffle(cases)
    for number, case in enumerate(cases, 1):
        case["id"] = f"b9-{number:04d}"
    return cases


def dumps(cases):
    return "[\n" + ",\n".join(json.dumps(case, ensure_ascii=False) for case in cases) + "\n]\n"


def stats(cases):
    kinds = {kind.key: kind for kind in PERSONAL + PUBLIC}
    personal = sum(case["personal"] for case in cases)
    print(f"cases {len(cases)}: personal {personal}, not personal {len(cases) - personal}")
    print(f"kinds of table: {len(PERSONAL)} personal, {len(PUBLIC)} not personal, "
          f"{len({c['template'] for c in cases})} used")
    for title, key in (("geometry", lambda c: c["geometry_kind"]), ("domain", lambda c: kinds[c["template"]].domain),
                       ("level", lambda c: kinds[c["template"]].level)):
        counts = collections.defaultdict(lambda: [0, 0])
        for case in cases:
            counts[key(case)][0 if case["personal"] else 1] += 1
        print(f"by {title} (personal / not):")
        for value, (yes, no) in sorted(counts.items(), key=lambda item: -sum(item[1])):
            print(f"  {value:<18} {yes:4d} {no:4d}")
    rows = [len(next(iter(c["columns"].values()))) for c in cases]
    print(f"rows per case: {min(rows)}-{max(rows)}, {sum(rows)} in all")


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 when cases.json is not up to date")
    parser.add_argument("--stats", action="store_true", help="print the counts")
    args = parser.parse_args(argv)
    cases = build()
    text = dumps(cases)
    if args.check:
        try:
            with open(CASES, encoding="utf-8") as handle:
                current = handle.read()
        except FileNotFoundError:
            current = None
        if current != text:
            print("cases.json is not what generate.py makes: run tests/data/rgpd_corpus_blind9/generate.py")
            return 1
        print(f"cases.json up to date ({len(cases)} cases)")
        return 0
    if args.stats:
        stats(cases)
        return 0
    with open(CASES, "w", encoding="utf-8") as handle:
        handle.write(text)
    print(f"wrote {CASES} ({len(cases)} cases)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
