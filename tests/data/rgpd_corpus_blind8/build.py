"""Value makers and case assembly of corpus blind-8 (see generate.py and README.md).

A maker takes the case's Ctx and returns one value per row. Every row of a layer about people draws its
person from ``ctx.people`` so a row's name, address, phone and birth date belong together."""
from __future__ import annotations

import random
import unicodedata
from datetime import date, timedelta

from names import (ASSOCIATIONS, COMMUNES, COMPANIES, GIVEN_F, GIVEN_M, MAIL_PROVIDERS, STREET_NAMES,
                   STREET_TYPES, SURNAMES)

REGIONS = {"Jura": "Bourgogne-Franche-Comté", "Haute-Saône": "Bourgogne-Franche-Comté",
           "Yonne": "Bourgogne-Franche-Comté", "Nièvre": "Bourgogne-Franche-Comté",
           "Saône-et-Loire": "Bourgogne-Franche-Comté", "Territoire de Belfort": "Bourgogne-Franche-Comté",
           "Doubs": "Bourgogne-Franche-Comté", "Finistère": "Bretagne", "Morbihan": "Bretagne",
           "Maine-et-Loire": "Pays de la Loire", "Mayenne": "Pays de la Loire", "Vienne": "Nouvelle-Aquitaine",
           "Pyrénées-Atlantiques": "Nouvelle-Aquitaine", "Tarn": "Occitanie", "Haute-Savoie": "Auvergne-Rhône-Alpes",
           "Haut-Rhin": "Grand Est"}
DEPT_ARTICLES = {"Haute-Saône": "de la ", "Yonne": "de l'", "Nièvre": "de la ", "Saône-et-Loire": "de la ",
                 "Territoire de Belfort": "du ", "Vienne": "de la ", "Maine-et-Loire": "de ", "Mayenne": "de la ",
                 "Haute-Savoie": "de la ", "Pyrénées-Atlantiques": "des ", "Haut-Rhin": "du "}


def slug(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return "".join(ch if ch.isalnum() else "-" for ch in plain).strip("-").replace("--", "-")


def authority(level: str, commune: tuple, rng: random.Random) -> dict:
    name, insee, _cp, _x, _y, dept = commune
    of = "d'" if name[0] in "AEIOUÉ" else "de "
    if level == "commune":
        org, domain = f"Ville {of}{name}", f"ville-{slug(name)}.fr"
    elif level == "epci":
        org = rng.choice(["Communauté d'agglomération", "Communauté de communes"]) + f" {of}{name}"
        domain = f"agglo-{slug(name)}.fr" if org.startswith("Communauté d'a") else f"cc-{slug(name)}.fr"
    elif level == "dept":
        org, domain = f"Département {DEPT_ARTICLES.get(dept, 'du ')}{dept}", f"{slug(dept)}.fr"
    else:
        org, domain = f"Région {REGIONS[dept]}", f"{slug(REGIONS[dept])}.fr"
    prefix = "02" if dept in ("Finistère", "Morbihan", "Maine-et-Loire", "Mayenne") else (
        "05" if dept in ("Vienne", "Pyrénées-Atlantiques", "Tarn") else ("04" if dept == "Haute-Savoie" else "03"))
    phone = f"{prefix} {rng.randint(20, 89)} {rng.randint(10, 99)} {rng.choice(['00', '50', '10', '30'])} " \
            f"{rng.choice(['00', '50', '20', '10'])}"
    mailbox = rng.choice(["sig", "contact", "opendata", "geomatique", "donnees"])
    return {"organisation": org, "email": f"{mailbox}@{domain}", "phone": phone, "domain": domain,
            "prefix": prefix}


ACADEMIES = {"Jura": "besancon", "Doubs": "besancon", "Haute-Saône": "besancon", "Territoire de Belfort": "besancon",
             "Yonne": "dijon", "Nièvre": "dijon", "Saône-et-Loire": "dijon", "Finistère": "rennes",
             "Morbihan": "rennes", "Maine-et-Loire": "nantes", "Mayenne": "nantes", "Vienne": "poitiers",
             "Pyrénées-Atlantiques": "bordeaux", "Tarn": "toulouse", "Haute-Savoie": "grenoble",
             "Haut-Rhin": "strasbourg"}


class Ctx:
    def __init__(self, rng: random.Random, n: int, level: str, born: tuple = (1940, 2004)):
        self.rng = rng
        self.born = born
        self.n = n
        self.commune = rng.choice(COMMUNES)
        self.auth = authority(level, self.commune, rng)
        self.people = [self._person() for _ in range(n)]
        self.addresses = [self._address() for _ in range(n)]

    def _address(self) -> str:
        rng = self.rng
        kind = rng.choice(STREET_TYPES)
        street = rng.choice(STREET_NAMES)
        if kind == "route":
            street = "de " + rng.choice(["Besançon", "Lyon", "Dijon", "Paris", "la Forêt", "Chalon"])
        number = rng.randint(1, 140)
        suffix = rng.choice(["", "", "", "", " bis", " ter", "B"])
        return f"{number}{suffix} {kind} {street}"

    def _person(self) -> dict:
        rng = self.rng
        female = rng.random() < 0.5
        given = rng.choice(GIVEN_F if female else GIVEN_M)
        sur = rng.choice(SURNAMES)
        first, last = self.born
        born = date(first, 1, 1) + timedelta(days=rng.randint(0, (date(last, 12, 31) - date(first, 1, 1)).days))
        user = slug(given).replace("-", "") + rng.choice([".", "", "_", "."]) + slug(sur).replace("-", "")
        if rng.random() < 0.3:
            user += str(rng.randint(1, 99))
        first_mobile = rng.choice(["06", "07"])
        mobile = f"{first_mobile} " + " ".join(f"{rng.randint(0, 99):02d}" for _ in range(4))
        fixe = f"{self.auth['prefix']} " + " ".join(f"{rng.randint(10, 99):02d}" for _ in range(4))
        civ = "Mme" if female else "M."
        return {"given": given, "sur": sur, "female": female, "born": born, "civ": civ,
                "cad": f"{sur} {slug(given).upper().replace('-', ' ')}" if rng.random() < 0.5 else
                f"{sur} {given.upper()}",
                "full": f"{given} {sur.title()}", "fullup": f"{sur} {given}", "civfull": f"{civ} {given} {sur}",
                "mobile": mobile, "fixe": fixe, "email": f"{user}@{rng.choice(MAIL_PROVIDERS)}",
                "addr": self._address(), "sex": "F" if female else "M"}

    @property
    def cp(self) -> str:
        return self.commune[2]

    @property
    def academy(self) -> str:
        return ACADEMIES[self.commune[5]]

    @property
    def city(self) -> str:
        return self.commune[0]

    @property
    def insee(self) -> str:
        return self.commune[1]


# --- makers -----------------------------------------------------------------------------------------------------

def pf(field: str):
    """One field of each row's person."""
    return lambda c: [p[field] for p in c.people]


def pf_other(field: str):
    """One field of another row's person: a second party (buyer, proxy) who is not the row's first person."""
    return lambda c: [c.people[(i + 1) % c.n][field] for i in range(c.n)]


def p_addr_full(c):
    return [f"{p['addr']} {c.cp} {c.city.upper()}" for p in c.people]


def p_birth(c):
    return [p["born"].isoformat() for p in c.people]


def p_birth_fr(c):
    return [p["born"].strftime("%d/%m/%Y") for p in c.people]


def p_age(c):
    return [2025 - p["born"].year for p in c.people]


def p_child_birth(c):
    return [(date(2012, 1, 1) + timedelta(days=c.rng.randint(0, 365 * 9))).isoformat() for _ in c.people]


def p_given_caps(c):
    return [p["given"] for p in c.people]


def p_sur_title(c):
    return [p["sur"].title() for p in c.people]


def p_initial(c):
    return [f"{p['given']} {p['sur'][0]}." for p in c.people]


def p_note(c):
    templates = ["{civ} {sur}, tél {mobile}", "Rappeler {civ} {given} {sur} au {mobile}",
                 "Signalé par {civ} {sur} ({addr})", "Demande de {given} {sur} – {email}",
                 "RDV pris avec {civ} {sur} le {d}"]
    out = []
    for p in c.people:
        t = c.rng.choice(templates)
        out.append(t.format(d=f"{c.rng.randint(1, 28):02d}/{c.rng.randint(1, 12):02d}", **p))
    return out


def nir(c):
    out = []
    for p in c.people:
        dept = c.rng.choice(["39", "25", "70", "21", "71", "75", "69", "13", "29", "49"])
        body = f"{2 if p['female'] else 1}{p['born'].year % 100:02d}{p['born'].month:02d}{dept}" \
               f"{c.rng.randint(1, 999):03d}{c.rng.randint(1, 999):03d}"
        out.append(f"{body}{97 - int(body) % 97:02d}")
    return out


def iban(c):
    out = []
    for _ in c.people:
        bank = f"{c.rng.randint(10000, 39999)}{c.rng.randint(10000, 99999)}{c.rng.randint(10 ** 10, 10 ** 11 - 1)}" \
               f"{c.rng.randint(10, 99)}"
        numeric = int(bank + "152700")
        key = 98 - numeric % 97
        raw = f"FR{key:02d}{bank}"
        out.append(" ".join(raw[i:i + 4] for i in range(0, len(raw), 4)))
    return out


def plate(c):
    letters = "ABCDEFGHJKLMNPQRSTVWXYZ"
    return [f"{c.rng.choice(letters)}{c.rng.choice(letters)}-{c.rng.randint(1, 999):03d}-"
            f"{c.rng.choice(letters)}{c.rng.choice(letters)}" for _ in range(c.n)]


def addr(c):
    return list(c.addresses)


def addr_full(c):
    return [f"{a}, {c.cp} {c.city}" for a in c.addresses]


def city(c):
    return [c.city] * c.n


def insee(c):
    return [c.insee] * c.n


def pick(*values, weights=None):
    return lambda c: [c.rng.choices(values, weights=weights)[0] for _ in range(c.n)]


def seq(fmt: str, start: int = 1, step_max: int = 1):
    def make(c):
        out, value = [], c.rng.randint(start, start + 40)
        for _ in range(c.n):
            out.append(fmt.format(i=value, insee=c.insee, cp=c.cp, y=c.rng.choice([23, 24, 25])))
            value += c.rng.randint(1, step_max)
        return out
    return make


def ints(low: int, high: int):
    return lambda c: [c.rng.randint(low, high) for _ in range(c.n)]


def nums(low: float, high: float, digits: int = 2):
    return lambda c: [round(c.rng.uniform(low, high), digits) for _ in range(c.n)]


def dates(first: int, last: int):
    def make(c):
        start = date(first, 1, 1)
        span = (date(last, 12, 31) - start).days
        return [(start + timedelta(days=c.rng.randint(0, span))).isoformat() for _ in range(c.n)]
    return make


def dates_fr(first: int, last: int):
    def make(c):
        return [f"{c.rng.randint(1, 28):02d}/{c.rng.randint(1, 12):02d}/{c.rng.randint(first, last)}"
                for _ in range(c.n)]
    return make


def years(first: int, last: int):
    return ints(first, last)


def section_num(c):
    return [f"{c.rng.choice(['A', 'AB', 'AC', 'B', 'BD', 'C', 'ZA', 'ZH', 'AK'])} "
            f"{c.rng.randint(1, 1450):04d}" for _ in range(c.n)]


def idu(c):
    return [f"{c.insee}000{c.rng.choice(['AB', 'AC', 'BD', '0A', '0B', 'ZH', 'AK'])}{c.rng.randint(1, 1450):04d}"
            for _ in range(c.n)]


def company(c):
    return [c.rng.choice(COMPANIES) for _ in range(c.n)]


def association(c):
    return [elide(f"{c.rng.choice(ASSOCIATIONS)} de {c.city}", c.city) for _ in range(c.n)]


def siret(c):
    return [f"{c.rng.randint(100, 999)} {c.rng.randint(100, 999)} {c.rng.randint(100, 999)} "
            f"{c.rng.randint(10000, 99999)}" for _ in range(c.n)]


def svc_mail(*boxes):
    return lambda c: [f"{c.rng.choice(boxes)}@{c.auth['domain']}" for _ in range(c.n)]


def svc_phone(c):
    base = c.auth["phone"][:8]
    return [f"{base} {c.rng.choice(['00 00', '50 50', '10 00', '20 00', '40 40', '12 00', '30 30'])}"
            for _ in range(c.n)]


def site_phone(c):
    return [f"{c.auth['prefix']} {c.rng.randint(20, 89)} {c.rng.randint(10, 99)} {c.rng.randint(10, 99)} "
            f"{c.rng.choice(['00', '10', '20', '50', '60'])}" for _ in range(c.n)]


def elide(text: str, city: str) -> str:
    """French elision before a vowel: "de Angers" is written "d'Angers"."""
    return text.replace(f"de {city}", f"d'{city}") if city[0] in "AEIOUÉ" else text


def named_sites(*patterns):
    """Public places named from patterns using the commune or a street name."""
    def make(c):
        return [elide(c.rng.choice(patterns).format(city=c.city, street=c.rng.choice(STREET_NAMES),
                                                    n=c.rng.randint(1, 12)), c.city) for _ in range(c.n)]
    return make


def nullable(maker, share: float = 0.2):
    def make(c):
        return [None if c.rng.random() < share else v for v in maker(c)]
    return make


def geometry(c, kind: str):
    """Coordinates in EPSG:2154 around the commune's centre; kind is the size of one feature."""
    rng, x0, y0 = c.rng, c.commune[3], c.commune[4]
    out = []
    for _ in range(c.n):
        x, y = round(x0 + rng.uniform(-2500, 2500), 2), round(y0 + rng.uniform(-2500, 2500), 2)
        if kind == "point":
            out.append([x, y])
        elif kind == "parcel":
            out.append([x, y, round(x + rng.uniform(12, 45), 2), round(y + rng.uniform(12, 45), 2)])
        elif kind == "plot":
            out.append([x, y, round(x + rng.uniform(2, 6), 2), round(y + rng.uniform(1, 3), 2)])
        elif kind == "zone":
            out.append([x, y, round(x + rng.uniform(150, 1800), 2), round(y + rng.uniform(150, 1800), 2)])
        elif kind == "wide":
            x, y = round(x0 + rng.uniform(-30000, 30000), 2), round(y0 + rng.uniform(-30000, 30000), 2)
            out.append([x, y, round(x + rng.uniform(3000, 9000), 2), round(y + rng.uniform(3000, 9000), 2)])
        elif kind == "segment":
            out.append([x, y, round(x + rng.uniform(-400, 400), 2), round(y + rng.uniform(-400, 400), 2)])
        elif kind == "long":
            out.append([x, y, round(x + rng.uniform(-6000, 6000), 2), round(y + rng.uniform(-6000, 6000), 2)])
        else:
            raise ValueError(kind)
    return out
