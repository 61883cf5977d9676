"""Value makers of the blind-6 corpus: people in register conventions, contacts, identifiers, places, shapes."""
from __future__ import annotations

import datetime
import unicodedata

import names6 as N


def plain(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn")


def slug(text: str) -> str:
    return "-".join("".join(c if c.isalnum() else " " for c in plain(text).lower()).split())


class Table:
    """One drawn table: its commune, its publisher, its rows, its columns and their labels."""

    def __init__(self, rng, level: str):
        self.rng = rng
        self.n = rng.randint(5, 25)
        self.commune = rng.choice(N.COMMUNES)
        self.name, self.insee, self.cp, self.x, self.y = self.commune
        self.dep = self.insee[:2]
        self.columns: list[tuple] = []  # (name, type, values, personal reason or None, judged)
        self.record = authority(rng, level, self.commune)

    def col(self, name, kind, values, personal=None, judge=True):
        values = list(values)
        assert len(values) == self.n, name
        self.columns.append((name, kind, values, personal, judge))

    def geo(self, layer, domain, gtype, coords, gkind):
        self.layer, self.domain, self.gtype, self.geometry, self.gkind = layer, domain, gtype, coords, gkind

    def local(self):
        """A commune of the same region: a town of the list or a village."""
        region = next(deps for deps in N.REGIONS.values() if self.dep in deps)
        towns = [c[0] for c in N.COMMUNES if c[1][:2] in region]
        if self.rng.random() < 0.5:
            return self.rng.choice(towns)
        return self.rng.choice(N.VILLAGE_STEMS) + self.rng.choice(N.VILLAGE_SUFFIXES)

    def communes_of_departement(self):
        """n distinct (INSEE code, name) of the table's département, sorted by code."""
        names = [c[0] for c in N.COMMUNES if c[1][:2] == self.dep]
        while len(names) < self.n:
            name = self.rng.choice(N.VILLAGE_STEMS) + self.rng.choice(N.VILLAGE_SUFFIXES)
            if name not in names:
                names.append(name)
        names = self.rng.sample(names, self.n)
        codes = self.rng.sample(range(1, 700), self.n)
        out = [(c[1], c[0]) for c in N.COMMUNES if c[0] in names]
        used = {c[1] for c in out}
        out += [(f"{self.dep}{code:03d}", name) for name, code in zip((m for m in names if m not in used), codes)]
        return sorted(out)

    def rows(self, maker):
        return [maker() for _ in range(self.n)]

    def seq(self, fmt, start=None):
        first = self.rng.randint(1, 900) if start is None else start
        return [fmt.format(first + i) for i in range(self.n)]

    def maybe(self, values, share=0.2):
        return [None if self.rng.random() < share else v for v in values]


def of(name):
    """French "de" before a name: d'Autun, du Mans, de Dijon."""
    if name.startswith("Le "):
        return f"du {name[3:]}"
    return f"d'{name}" if plain(name)[0] in "AEIOUY" else f"de {name}"


def of_departement(dname):
    article = next((a for a, names in N.DEPARTEMENT_ARTICLES.items() if dname in names), "de la")
    return f"{article}{dname}" if article.endswith("'") else f"{article} {dname}"


def authority(rng, level, commune):
    name, insee, _, _, _ = commune
    dep = insee[:2]
    s = slug(name)
    dname = N.DEPARTEMENTS[dep]
    if level == "commune":
        org, dom = rng.choice(((f"Ville {of(name)}", f"ville-{s}.fr"), (f"Commune {of(name)}", f"{s}.fr"),
                               (f"Mairie {of(name)}", f"mairie-{s}.fr")))
    elif level == "epci" and name in N.SMALL_TOWNS:
        org, dom = rng.choice(((f"Communauté d'agglomération du Grand {name}", f"grand{s.replace('-', '')}.fr"),
                               (f"Communauté de communes du Pays {of(name)}", f"cc-pays-{s}.fr")))
    elif level == "epci":
        org, dom = rng.choice(((f"{name} Métropole", f"metropole-{s}.fr"),
                               (f"Communauté urbaine du Grand {name}", f"grand{s.replace('-', '')}.fr")))
    elif level == "departement":
        org, dom = rng.choice(((f"Département {of_departement(dname)}", f"{slug(dname)}.fr"),
                               (f"Conseil départemental {of_departement(dname)}", f"cd{dep}.fr")))
    elif level == "region":
        region = next(r for r, deps in N.REGIONS.items() if dep in deps)
        org, dom = f"Région {region}", f"{slug(region).replace('-', '')}.fr"
    elif level == "syndicat_eau":
        org, dom = rng.choice(((f"Syndicat intercommunal des eaux de la région {of(name)}", f"sie-{s}.fr"),
                               (f"SIAEP {of(name)}", f"siaep-{s}.fr")))
    elif level == "syndicat_energie":
        org, dom = f"Syndicat départemental d'énergie {of_departement(dname)}", f"sde{dep}.fr"
    elif level == "syndicat_dechets":
        org, dom = rng.choice(((f"SICTOM de la région {of(name)}", f"sictom-{s}.fr"),
                               (f"Syndicat mixte de traitement des déchets {of_departement(dname)}", f"smtd{dep}.fr")))
    elif level == "sdis":
        org, dom = f"Service départemental d'incendie et de secours {of_departement(dname)}", f"sdis{dep}.fr"
    elif level == "hopital":
        org, dom = f"Centre hospitalier {of(name)}", f"ch-{s}.fr"
    elif level == "ehpad":
        org, dom = f"EHPAD {rng.choice(N.EHPAD_NAMES)} ({name})", f"ehpad-{s}.fr"
    else:  # tourisme
        org, dom = f"Office de tourisme {of(name)}", f"tourisme-{s}.fr"
    mailbox = rng.choice(("sig", "accueil", "contact", "opendata", "donnees", "dpo", "geomatique"))
    return {"organisation": org, "email": f"{mailbox}@{dom}", "phone": landline(rng, dep, functional=True)}


def landline(rng, dep="21", functional=False):
    first = "03"
    if dep in ("33", "31", "64", "87", "86"):
        first = "05"
    elif dep in ("69", "38", "74", "63", "34", "66"):
        first = "04"
    elif dep in ("35", "29", "44", "49", "72", "37", "45", "76", "14"):
        first = "02"
    digits = [first, f"{rng.randint(10, 99)}", f"{rng.randint(10, 99)}"]
    if functional and rng.random() < 0.5:
        digits += [rng.choice(("00", "50", "10")), "00"]
    else:
        digits += [f"{rng.randint(10, 99)}", f"{rng.randint(0, 99):02d}"]
    return " ".join(digits)


def mobile(rng):
    d = [rng.choice(("06", "07"))] + [f"{rng.randint(0, 99):02d}" for _ in range(4)]
    style = rng.random()
    if style < 0.5:
        return " ".join(d)
    if style < 0.7:
        return "".join(d)
    if style < 0.85:
        return ".".join(d)
    return "+33 " + d[0][1] + " " + " ".join(d[1:])


def private_phone(rng, dep):
    return mobile(rng) if rng.random() < 0.7 else landline(rng, dep)


def given(rng, sex=None):
    sex = sex or rng.choice("MF")
    return rng.choice(N.GIVEN_MALE if sex == "M" else N.GIVEN_FEMALE)


def person(rng):
    sex = rng.choice("MF")
    return sex, rng.choice(N.SURNAMES), given(rng, sex)


def full_name(rng, style=None):
    sex, sur, first = person(rng)
    style = style or rng.choice(("REG", "REG", "NAT", "UPPER", "MAJIC", "CIV", "INIT", "COUPLE"))
    up = plain(sur).upper()
    if style == "REG":
        return f"{up} {first}"
    if style == "NAT":
        return f"{first} {sur}"
    if style == "UPPER":
        return f"{up} {plain(first).upper()}"
    if style == "MAJIC":
        return f"{up}/{plain(first).upper().replace('-', ' ')}"
    if style == "CIV":
        return f"{'M.' if sex == 'M' else 'Mme'} {up} {first}"
    if style == "INIT":
        return f"{sur} {first[0]}."
    return f"M. et Mme {up}"


def email(rng, sur=None, first=None):
    if sur is None:
        _, sur, first = person(rng)
    s, f = slug(sur).replace("-", ""), slug(first).replace("-", "")
    local = rng.choice((f"{f}.{s}", f"{f[0]}{s}", f"{s}.{f}", f"{f}{s}{rng.randint(1, 99)}",
                        f"{f}.{s}{rng.randint(50, 99)}"))
    return f"{local}@{rng.choice(N.PERSONAL_MAIL_DOMAINS)}"


def street(rng):
    return f"{rng.choice(N.STREET_KINDS)} {rng.choice(N.STREET_NAMES)}"


def home_address(rng, t=None, with_town=False):
    num = rng.randint(1, 120)
    suffix = rng.choice(("", "", "", "", " bis", " ter", "B"))
    text = f"{num}{suffix} {street(rng)}"
    if with_town and t is not None:
        text += f" {t.cp} {t.name.upper()}"
    return text


def date_between(rng, start_year, end_year):
    start = datetime.date(start_year, 1, 1).toordinal()
    end = datetime.date(end_year, 12, 28).toordinal()
    return datetime.date.fromordinal(rng.randint(start, end))


def iso(rng, a, b):
    return date_between(rng, a, b).isoformat()


def fr_date(rng, a, b):
    return date_between(rng, a, b).strftime("%d/%m/%Y")


def nir(rng, spaced=None):
    sex = rng.choice("12")
    born = date_between(rng, 1935, 2005)
    dep = rng.choice(tuple(N.DEPARTEMENTS))
    body = f"{sex}{born.year % 100:02d}{born.month:02d}{dep}{rng.randint(1, 990):03d}{rng.randint(1, 999):03d}"
    key = 97 - int(body) % 97
    spaced = rng.random() < 0.5 if spaced is None else spaced
    if spaced:
        return f"{body[0]} {body[1:3]} {body[3:5]} {body[5:7]} {body[7:10]} {body[10:13]} {key:02d}"
    return f"{body}{key:02d}"


def iban(rng):
    bank, branch = f"{rng.randint(10000, 30004)}", f"{rng.randint(0, 99999):05d}"
    account = f"{rng.randint(0, 10**11 - 1):011d}"
    rib = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97
    bban = f"{bank}{branch}{account}{rib:02d}"
    check = 98 - int(bban + "152700") % 97
    text = f"FR{check:02d}{bban}"
    return " ".join(text[i:i + 4] for i in range(0, len(text), 4))


def plate(rng):
    letters = "ABCDEFGHJKLMNPQRSTVWXYZ"
    return (f"{rng.choice(letters)}{rng.choice(letters)}-{rng.randint(1, 999):03d}-"
            f"{rng.choice(letters)}{rng.choice(letters)}")


def parcel_id(rng, insee):
    section = rng.choice(("A", "B", "C", "D", "E", "AB", "AC", "ZA", "ZB", "BK", "YA"))
    return f"{insee}000{section:0>2}{rng.randint(1, 1800):04d}"


def siret(rng):
    base = [rng.randint(3, 9)] + [rng.randint(0, 9) for _ in range(12)]
    for last in range(10):
        digits = base + [last]
        total = 0
        for i, d in enumerate(reversed(digits)):
            d = d * 2 if i % 2 else d
            total += d - 9 if d > 9 else d
        if total % 10 == 0:
            return "".join(map(str, digits))
    raise AssertionError


# --- geometry -------------------------------------------------------------------------------------------
def points(t, spread=1200):
    return [[t.x + t.rng.randint(-spread, spread) + 0.5, t.y + t.rng.randint(-spread, spread) + 0.5]
            for _ in range(t.n)]


def boxes(t, size=(15, 60), spread=1500):
    out = []
    for _ in range(t.n):
        x, y = t.x + t.rng.randint(-spread, spread), t.y + t.rng.randint(-spread, spread)
        w, h = t.rng.randint(*size), t.rng.randint(*size)
        out.append([x, y, x + w, y + h])
    return out


def segments(t, length=(40, 400), spread=2000):
    out = []
    for _ in range(t.n):
        x, y = t.x + t.rng.randint(-spread, spread), t.y + t.rng.randint(-spread, spread)
        out.append([x, y, x + t.rng.randint(*length), y + t.rng.randint(-length[1], length[1])])
    return out


# --- column-name styles ---------------------------------------------------------------------------------
def style_names(rng, names):
    style = rng.choice(("asis", "asis", "asis", "upper10", "upper10", "camel", "lower"))
    out, seen = [], set()
    for name in names:
        if style == "upper10":
            new = plain(name).upper().replace(" ", "_")[:10]
        elif style == "camel":
            parts = plain(name).replace("-", "_").split("_")
            new = parts[0].lower() + "".join(p[:1].upper() + p[1:] for p in parts[1:])
        elif style == "lower":
            new = plain(name).lower()
        else:
            new = name
        base, k = new, 1
        while new in seen:
            k += 1
            new = (base[:9] if style == "upper10" else base) + str(k)
        seen.add(new)
        out.append(new)
    return out
