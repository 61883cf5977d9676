"""Writes corpus blind-7 (cases.json) from the table kinds of personal7.py and open7.py.

    python tests/data/rgpd_corpus_blind7/generate_blind7.py          # writes cases.json
    python tests/data/rgpd_corpus_blind7/generate_blind7.py --check  # fails if cases.json differs
"""
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from names7 import COMMUNES  # noqa: E402
from open7 import KINDS as OPEN_KINDS  # noqa: E402
from personal7 import KINDS as PERSONAL_KINDS  # noqa: E402
from values7 import plain, slug  # noqa: E402

SEED = 7_2026_12
PER_LABEL = 300
OUT = os.path.join(HERE, "cases.json")

DEPARTMENTS = {
    "25": ("du Doubs", "Bourgogne-Franche-Comté", "03"), "39": ("du Jura", "Bourgogne-Franche-Comté", "03"),
    "70": ("de la Haute-Saône", "Bourgogne-Franche-Comté", "03"), "89": ("de l'Yonne", "Bourgogne-Franche-Comté", "03"),
    "58": ("de la Nièvre", "Bourgogne-Franche-Comté", "03"),
    "71": ("de Saône-et-Loire", "Bourgogne-Franche-Comté", "03"),
    "29": ("du Finistère", "Bretagne", "02"), "22": ("des Côtes-d'Armor", "Bretagne", "02"),
    "35": ("d'Ille-et-Vilaine", "Bretagne", "02"), "56": ("du Morbihan", "Bretagne", "02"),
    "81": ("du Tarn", "Occitanie", "05"), "12": ("de l'Aveyron", "Occitanie", "05"),
    "15": ("du Cantal", "Auvergne-Rhône-Alpes", "04"), "26": ("de la Drôme", "Auvergne-Rhône-Alpes", "04"),
    "74": ("de la Haute-Savoie", "Auvergne-Rhône-Alpes", "04"), "88": ("des Vosges", "Grand Est", "03"),
    "02": ("de l'Aisne", "Hauts-de-France", "03"), "53": ("de la Mayenne", "Pays de la Loire", "02"),
    "79": ("des Deux-Sèvres", "Nouvelle-Aquitaine", "05"), "24": ("de la Dordogne", "Nouvelle-Aquitaine", "05"),
    "40": ("des Landes", "Nouvelle-Aquitaine", "05"),
}

ACADEMIES = {"25": "ac-besancon", "39": "ac-besancon", "70": "ac-besancon", "89": "ac-dijon", "58": "ac-dijon",
             "71": "ac-dijon", "29": "ac-rennes", "22": "ac-rennes", "35": "ac-rennes", "56": "ac-rennes",
             "81": "ac-toulouse", "12": "ac-toulouse", "15": "ac-clermont", "26": "ac-grenoble", "74": "ac-grenoble",
             "88": "ac-nancy-metz", "02": "ac-amiens", "53": "ac-nantes", "79": "ac-poitiers", "24": "ac-bordeaux",
             "40": "ac-bordeaux"}
ATMO = {"Bourgogne-Franche-Comté": "Atmo BFC", "Bretagne": "Air Breizh", "Occitanie": "Atmo Occitanie",
        "Auvergne-Rhône-Alpes": "Atmo Auvergne-Rhône-Alpes", "Grand Est": "Atmo Grand Est",
        "Hauts-de-France": "Atmo Hauts-de-France", "Pays de la Loire": "Air Pays de la Loire",
        "Nouvelle-Aquitaine": "Atmo Nouvelle-Aquitaine"}
ARTICLE = r"^(du |de la |de l'|des |de |d')"

GEOMETRY = {  # code: (geometry_type, description, half-size range in metres or None for points)
    "home": ("Point", "points at the address of each dwelling", None),
    "point": ("Point", "points on equipment or places", None),
    "parcel": ("Polygon", "cadastral parcels", (8, 30)),
    "plot": ("Polygon", "small lots (graves, garden plots)", (1, 6)),
    "zone_small": ("Polygon", "sites and small areas", (25, 200)),
    "zone": ("Polygon", "zones", (150, 1500)),
    "big": ("Polygon", "administrative units", (2500, 10000)),
    "line": ("LineString", "linear features (sections)", (10, 300)),
    "table": ("", "table without geometry", None),
}


def de(name):
    return f"d'{name}" if plain(name)[0] in "AEIOU" else f"de {name}"


def publisher(rng, kind, ctx):
    name, s = ctx["commune"], slug(ctx["commune"])
    dept, region, _ = DEPARTMENTS[ctx["insee"][:2]]
    options = {
        "commune": [(f"Commune {de(name)}", f"ville-{s}.fr"), (f"Mairie {de(name)}", f"mairie-{s}.fr")],
        "ccas": [(f"CCAS {de(name)}", f"ville-{s}.fr")],
        "epci": [(f"Communauté de communes du Pays {de(name)}", f"cc-pays-{s}.fr"),
                 (f"Communauté d'agglomération {de(name)}", f"agglo-{s}.fr")],
        "departement": [(f"Département {dept}", f"{slug(re.sub(ARTICLE, '', dept))}.fr")],
        "region": [(f"Région {region}", f"{slug(region)}.fr")],
        "syndicat_eau": [(f"Syndicat intercommunal des eaux et de l'assainissement {de(name)}", f"siea-{s}.fr")],
        "syndicat_dechets": [(f"Syndicat mixte de collecte des déchets de la région {de(name)}", f"smcd-{s}.fr")],
        "syndicat_energie": [(f"Syndicat départemental d'énergie {dept}", f"sde{ctx['insee'][:2]}.fr")],
        "sdis": [(f"SDIS {ctx['insee'][:2]}", f"sdis{ctx['insee'][:2]}.fr")],
        "ot": [(f"Office de tourisme du Pays {de(name)}", f"tourisme-{s}.com")],
    }[kind]
    return rng.choice(options)


def style_name(base, english, style):
    if style == "english" and english:
        return english
    if style == "shp":
        return plain(base).upper()[:10]
    if style == "camel":
        head, *rest = plain(base).split("_")
        return head + "".join(p.capitalize() for p in rest)
    return base


def geometry(rng, code, ctx, n):
    kind, description, size = GEOMETRY[code]
    x0, y0 = ctx["xy"]
    spread = 3000 if code in ("home", "point", "parcel", "plot", "line") else 12000
    if code == "plot":
        spread = 150
    if kind == "":
        return kind, description, None
    coords = []
    for _ in range(n):
        x, y = x0 + rng.uniform(-spread, spread), y0 + rng.uniform(-spread, spread)
        if kind == "Point":
            coords.append([round(x, 2), round(y, 2)])
        elif kind == "Polygon":
            w, h = rng.uniform(*size), rng.uniform(*size)
            coords.append([round(x - w, 2), round(y - h, 2), round(x + w, 2), round(y + h, 2)])
        else:
            d = rng.uniform(*size)
            x2, y2 = x + rng.uniform(-d, d), y + rng.uniform(-d, d)
            coords.append([round(x, 2), round(y, 2), round(x2, 2), round(y2, 2)])
    return kind, description, coords


def build_case(rng, kind, judged_index, personal):
    key, domain, pub, geom, layers, cols = kind[:6]
    commune, code, cp, x0, y0 = rng.choice(COMMUNES)
    region = DEPARTMENTS[code[:2]][1]
    ctx = {"commune": commune, "insee": code, "cp": cp, "xy": (x0, y0), "area": DEPARTMENTS[code[:2]][2],
           "academy": ACADEMIES[code[:2]], "atmo": ATMO[region]}
    organisation, ctx["dom"] = publisher(rng, pub, ctx)
    has_english = any("|" in c[0] for c in cols)
    style = rng.choices(["snake", "shp", "camel", "english"], [45, 25, 15, 15 if has_english else 0])[0]
    n = rng.randint(5, 25)
    columns, types, names = {}, {}, []
    for col in cols:
        base, _, english = col[0].partition("|")
        name = style_name(base, english, style)
        while name in columns:
            name = name[:-1] + "2"
        names.append(name)
        columns[name] = [col[1](rng, ctx, i) for i in range(n)]
        types[name] = col[2] if len(col) > 2 and col[2] in ("string", "integer", "number", "date") else "string"
    gtype, gdesc, coords = geometry(rng, geom, ctx, n)
    judged = cols[judged_index]
    reason = judged[3][3:] if personal else f"not personal: {kind[6]}"
    layer = rng.choice(layers)
    if style == "shp":
        layer = plain(layer).upper()
    return {
        "template": f"{key}/{judged[0].partition('|')[0]}", "personal": personal, "reason": reason,
        "layer": layer, "column": names[judged_index], "columns": columns, "types": types,
        "geometry_kind": gdesc, "geometry_type": gtype, "geometry": coords, "crs": "EPSG:2154",
        "record": {"organisation": organisation, "email": f"{rng.choice(['sig', 'contact', 'accueil'])}@{ctx['dom']}",
                   "phone": f"{ctx['area']} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.choice(['00', '50'])} "
                            f"{rng.choice(['00', '10', '50'])}"},
        "domain": domain, "publisher": pub,
    }


def judged_slots(kinds, personal):
    """(kind, column index) pairs cycled kind by kind, column by column, until PER_LABEL cases."""
    per_kind = []
    for kind in kinds:
        cols = kind[5]
        if personal:
            idx = [i for i, c in enumerate(cols) if len(c) > 3 and c[3].startswith("p:")]
        else:
            idx = [i for i, c in enumerate(cols) if c[1].__name__ != "rowid"]
        per_kind.append((kind, idx))
    slots, turn = [], 0
    while len(slots) < PER_LABEL:
        for kind, idx in per_kind:
            if len(slots) < PER_LABEL:
                slots.append((kind, idx[turn % len(idx)]))
        turn += 1
    return slots


def build():
    rng = random.Random(SEED)
    cases = [build_case(rng, k, i, True) for k, i in judged_slots(PERSONAL_KINDS, True)]
    cases += [build_case(rng, k, i, False) for k, i in judged_slots(OPEN_KINDS, False)]
    random.Random(SEED + 1).shuffle(cases)
    return [{"id": f"b7-{n:04d}", **case} for n, case in enumerate(cases, 1)]


def dump(cases):
    return json.dumps(cases, ensure_ascii=False, indent=1) + "\n"


def main(argv):
    text = dump(build())
    if "--check" in argv:
        with open(OUT, encoding="utf-8") as handle:
            if handle.read() != text:
                print("cases.json differs from the generator's output", file=sys.stderr)
                return 1
        print("cases.json is up to date")
        return 0
    with open(OUT, "w", encoding="utf-8") as handle:
        handle.write(text)
    print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
