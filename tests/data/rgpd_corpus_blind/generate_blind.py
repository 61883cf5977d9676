#!/usr/bin/env python3
"""Writes the blind corpus of the personal-data guard: ``python tests/data/rgpd_corpus_blind/generate_blind.py``.

Each template below is one kind of column of a French local-authority layer, with its label and the
reason for it, written before the guard was ever run on these cases (see README.md). A template gives
several cases: other column names, value conventions, neighbouring columns, geometries and
publishing organisations. Every case draws from its own random generator, seeded by its id, so the
output is the same on every run and a case does not change when another one is added.
"""
from __future__ import annotations

import datetime
import hashlib
import importlib.util
import json
import os
import random
import unicodedata
from dataclasses import dataclass, field

HERE = os.path.dirname(os.path.abspath(__file__))
OUTPUT = os.path.join(HERE, "cases.json")


def _load_names():
    spec = importlib.util.spec_from_file_location("rgpd_corpus_blind_names", os.path.join(HERE, "names.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


N = _load_names()

# --- publishing organisations (the record's contact) -------------------------------------------
# Invented domains and switchboards. ``origins`` tilts the surnames of the people in their layers;
# ``landline`` is a block ARCEP keeps for fiction in the region (people's home phones).


@dataclass(frozen=True)
class Org:
    key: str
    organisation: str
    domain: str
    email: str
    phone: str
    commune: str
    postcode: str
    x: float
    y: float
    academy: str
    uai_prefix: str
    landline: str
    origins: tuple = ()


ORGS = [
    Org("ornans", "Commune d'Ornans", "mairie-ornans.fr", "accueil@mairie-ornans.fr", "03 81 62 21 50",
        "Ornans", "25290", 938_200, 6_671_900, "ac-besancon.fr", "025", "03 53 01", ("comtois",)),
    Org("gbm", "Grand Besançon Métropole", "grandbesancon-metropole.fr", "sig@grandbesancon-metropole.fr",
        "03 81 65 07 00", "Besançon", "25000", 928_400, 6_687_100, "ac-besancon.fr", "025", "03 53 01",
        ("comtois", "maghrebi", "african", "turkish")),
    Org("louelison", "Communauté de communes Loue-Lison", "cc-louelison.fr", "contact@cc-louelison.fr",
        "03 81 57 37 37", "Amancey", "25330", 929_600, 6_664_800, "ac-besancon.fr", "025", "03 53 01",
        ("comtois", "comtois")),
    Org("cleron", "Commune de Cléron", "orange.fr", "mairie.cleron@orange.fr", "03 81 62 14 20", "Cléron",
        "25330", 933_900, 6_667_500, "ac-besancon.fr", "025", "03 53 01", ("comtois",)),
    Org("quimper", "Ville de Quimper", "quimper-ville.fr", "sig@quimper-ville.fr", "02 98 98 89 00",
        "Quimper", "29000", 171_300, 6_790_200, "ac-rennes.fr", "029", "02 61 91", ("breton", "breton")),
    Org("ajaccio", "Ville d'Ajaccio", "ville-ajaccio.fr", "geomatique@ville-ajaccio.fr", "04 95 51 53 00",
        "Ajaccio", "20000", 1_179_800, 6_105_600, "ac-corse.fr", "620", "04 65 71", ("corsican", "corsican")),
    Org("colmar", "Ville de Colmar", "colmar-ville.fr", "sig@colmar-ville.fr", "03 89 20 68 00", "Colmar",
        "68000", 1_024_300, 6_785_100, "ac-strasbourg.fr", "068", "03 53 01", ("alsatian", "alsatian", "turkish")),
    Org("roubaix", "Ville de Roubaix", "ville-roubaix.fr", "donnees@ville-roubaix.fr", "03 20 66 46 00",
        "Roubaix", "59100", 711_200, 7_065_300, "ac-lille.fr", "059", "03 53 01",
        ("nord", "maghrebi", "maghrebi", "african")),
    Org("paysbasque", "Communauté d'agglomération Pays Basque", "communaute-paysbasque.fr",
        "sig@communaute-paysbasque.fr", "05 59 44 72 00", "Bayonne", "64100", 343_200, 6_275_400,
        "ac-bordeaux.fr", "064", "05 36 49", ("basque", "basque", "occitan")),
    Org("venissieux", "Ville de Vénissieux", "ville-venissieux.fr", "sig@ville-venissieux.fr",
        "04 72 21 44 00", "Vénissieux", "69200", 845_600, 6_513_900, "ac-lyon.fr", "069", "04 65 71",
        ("maghrebi", "portuguese", "turkish", "african", "italian")),
    Org("perpignan", "Perpignan Méditerranée Métropole", "perpignan-mediterranee.fr",
        "geomatique@perpignan-mediterranee.fr", "04 68 08 60 00", "Perpignan", "66000", 692_100, 6_177_300,
        "ac-montpellier.fr", "066", "04 65 71", ("spanish", "occitan", "maghrebi")),
    Org("saintdenis", "Ville de Saint-Denis", "ville-saint-denis.fr", "sig@ville-saint-denis.fr",
        "01 49 33 66 00", "Saint-Denis", "93200", 653_800, 6_868_300, "ac-creteil.fr", "093", "01 99 00",
        ("maghrebi", "african", "portuguese", "asian", "turkish")),
    Org("eauxhautdoubs", "Syndicat des eaux du Haut-Doubs", "eaux-hautdoubs.fr", "abonnes@eaux-hautdoubs.fr",
        "03 81 39 52 00", "Pontarlier", "25300", 955_100, 6_652_300, "ac-besancon.fr", "025", "03 53 01",
        ("comtois", "portuguese")),
    Org("smictom", "SMICTOM du Val de Loue", "smictom-valdeloue.fr", "redevance@smictom-valdeloue.fr",
        "03 81 57 20 00", "Quingey", "25440", 917_300, 6_672_900, "ac-besancon.fr", "025", "03 53 01",
        ("comtois",)),
]
ORG = {o.key: o for o in ORGS}

PERSONAL_MAIL_DOMAINS = ["gmail.com", "gmail.com", "gmail.com", "orange.fr", "orange.fr", "wanadoo.fr",
                         "free.fr", "laposte.net", "hotmail.fr", "hotmail.com", "yahoo.fr", "sfr.fr",
                         "outlook.fr", "icloud.com", "neuf.fr", "live.fr", "aol.com", "bbox.fr", "protonmail.com"]

# --- text helpers ----------------------------------------------------------------------------


def plain(text: str) -> str:
    text = text.replace("œ", "oe").replace("Œ", "OE").replace("ß", "ss")
    return "".join(c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn")


def upper(text: str) -> str:
    """The way land files and many old registers write names: capitals without accents."""
    return plain(text).upper()


def slug(text: str) -> str:
    return "".join(c for c in plain(text).lower() if c.isalnum() or c in ".-")


# --- people ----------------------------------------------------------------------------------


@dataclass
class Person:
    given: str
    surname: str
    sex: str  # "M" or "F"
    birth: datetime.date
    middle: list = field(default_factory=list)
    maiden: str = ""  # a married woman's birth name


def _date(rng, first_year, last_year):
    start = datetime.date(first_year, 1, 1).toordinal()
    end = datetime.date(last_year, 12, 31).toordinal()
    return datetime.date.fromordinal(rng.randint(start, end))


class Kit:
    """The random generator of one case and the things it draws: people, addresses, phones, places."""

    def __init__(self, rng: random.Random, org: Org):
        self.rng = rng
        self.org = org
        self.n = rng.randint(10, 28)

    # people
    def origin(self):
        weights = dict(N.ORIGIN_WEIGHTS)
        for tilted in self.org.origins:
            weights[tilted] += 12
        names = sorted(weights)
        return self.rng.choices(names, [weights[k] for k in names])[0]

    def given(self, sex, origin, born):
        rng = self.rng
        index = 0 if sex == "M" else 1
        if born.year >= 2005 and rng.random() < 0.65:
            return rng.choice(N.GIVEN_RECENT[index])
        pool = N.GIVEN[N.GIVEN_FOR[origin]]
        if origin in ("french", "comtois", "particle", "hyphenated") and rng.random() < 0.18:
            pool = N.GIVEN["compound"]
        elif N.GIVEN_FOR[origin] != "french" and rng.random() < 0.3:
            pool = N.GIVEN["french"]
        return rng.choice(pool[index])

    def person(self, born=(1935, 1995), sex=None, origin=None) -> Person:
        rng = self.rng
        origin = origin or self.origin()
        sex = sex or rng.choice("MF")
        birth = _date(rng, *born)
        surname = rng.choice(N.SURNAMES[origin])
        person = Person(self.given(sex, origin, birth), surname, sex, birth)
        if rng.random() < 0.35:
            person.middle = [self.given(sex, rng.choice(["french", origin]), birth)
                             for _ in range(rng.randint(1, 2))]
            person.middle = [m for m in person.middle if m != person.given]
        if sex == "F" and birth.year < 1995 and rng.random() < 0.45:
            person.maiden = surname
            person.surname = rng.choice(N.SURNAMES[self.origin()])
        return person

    def people(self, count=None, **kwargs):
        return [self.person(**kwargs) for _ in range(count or self.n)]

    def child(self):
        return self.person(born=(2008, 2020))

    # names written down
    def name(self, p: Person, style: str) -> str:
        rng = self.rng
        given = p.given
        if style == "cadastral":  # DUPONT JEAN PIERRE
            first = upper(given).replace("-", rng.choice(["-", " "]))
            return f"{upper(p.surname)} {first}"
        if style == "majic":  # DUPONT/JEAN PIERRE MARIE
            return f"{upper(p.surname)}/{' '.join(upper(g) for g in [given] + p.middle)}"
        if style == "majic_full":  # MME DURAND NEE MARTIN MARIE
            if p.maiden:
                return f"MME {upper(p.surname)} NEE {upper(p.maiden)} {upper(given)}"
            civility = "M" if p.sex == "M" else rng.choice(["MME", "MLE"] if p.birth.year < 1960 else ["MME"])
            return f"{civility} {upper(p.surname)} {upper(given)}"
        if style == "m_ou_mme":
            return rng.choice(["M OU MME", "M ET MME", "M OU MME"]) + f" {upper(p.surname)} {upper(given)}"
        if style == "natural":
            return f"{given} {p.surname}"
        if style == "surname_first":  # DUPONT Jean
            return f"{upper(p.surname)} {given}"
        if style == "civility":
            civility = "M." if p.sex == "M" else rng.choice(["Mme", "Mme", "Madame"])
            return f"{civility} {given} {p.surname}"
        if style == "civility_surname":  # Mme Haddad
            return ("M. " if p.sex == "M" else "Mme ") + p.surname
        if style == "initial":
            return rng.choice([f"{given[0]}. {p.surname}", f"{upper(p.surname)} {given[0]}."])
        if style == "lower":
            return f"{given} {p.surname}".lower()
        if style == "maiden":  # Durand épouse Martin Marie / MARTIN née DURAND
            if p.maiden:
                return rng.choice([f"{upper(p.surname)} née {upper(p.maiden)} {given}",
                                   f"{upper(p.maiden)} épouse {upper(p.surname)} {given}"])
            return f"{upper(p.surname)} {given}"
        raise ValueError(style)

    def names(self, people, styles):
        return [self.name(p, self.rng.choice(styles)) for p in people]

    def couple(self):
        a, b = self.person(sex="M"), self.person(sex="F")
        return self.rng.choice([f"M. et Mme {a.surname}", f"{upper(a.surname)} {a.given} et {b.given}",
                                f"M OU MME {upper(a.surname)} {upper(a.given)}",
                                f"{a.given} et {b.given} {a.surname}"])

    # legal persons
    def company(self):
        rng = self.rng
        surname = upper(rng.choice(N.SURNAMES[self.origin()]))
        return rng.choice([
            f"SCI {rng.choice(N.SCI_NAMES)}", f"SCI {surname} ET FILS", f"SCI {surname}",
            f"SARL {surname} {rng.choice(N.ACTIVITIES)}", f"SAS {rng.choice(N.ACTIVITIES)} {upper(self.org.commune)}",
            f"GAEC {rng.choice(N.FARMS)}", f"EARL {surname}", f"GAEC {surname} PERE ET FILS",
            f"EURL {surname} {rng.choice(N.ACTIVITIES)}", f"SNC {surname} ET CIE",
            f"SDC RESIDENCE {rng.choice(N.SCI_NAMES)}", f"GFA {rng.choice(N.FARMS)}",
        ])

    def public_owner(self):
        commune = upper(self.rng.choice([self.org.commune] + N.COMMUNES_DOUBS))
        return self.rng.choice(N.PUBLIC_OWNERS).format(commune=commune)

    def legal_entity(self):
        return self.company() if self.rng.random() < 0.6 else self.public_owner()

    def with_legal(self, names, share):
        """Replace a share of the rows by companies and public owners, as in real owner columns.

        Three rows, drawn at random, stay natural persons: the column is personal for them.
        """
        kept = set(self.rng.sample(range(len(names)), 3))
        return [self.legal_entity() if i not in kept and self.rng.random() < share else v
                for i, v in enumerate(names)]

    def mixed(self, personal, neutral, share=0.5, minimum=3):
        """Free text: rows from ``personal()`` (naming or contacting someone) or ``neutral()``, at least
        ``minimum`` of the first kind."""
        chosen = set(self.rng.sample(range(self.n), minimum))
        return [personal() if i in chosen or self.rng.random() < share else neutral() for i in range(self.n)]

    # places and addresses
    def street(self, people_share=0.45):
        pool = N.STREETS_PEOPLE if self.rng.random() < people_share else N.STREETS_OTHER
        return self.rng.choice(N.STREET_TYPES), self.rng.choice(pool)

    def address(self, style="natural", commune=None):
        rng = self.rng
        (kind, abbr, caps), name = self.street()
        number = rng.randint(1, 148)
        suffix = rng.choice(["", "", "", "", " bis", " ter", "B"])
        town = commune or self.org.commune
        if style == "majic":
            return f"{number:04d}{' B' if suffix else ''} {abbr} {upper(name)}"
        if style == "caps":
            return f"{number}{upper(suffix)} {caps} {upper(name)}"
        if style == "full":
            return f"{number}{suffix} {kind.lower()} {name}, {self.org.postcode} {town}"
        if style == "flat":
            return rng.choice([f"Appt {rng.randint(1, 40)}, {number} {kind.lower()} {name}",
                               f"Résidence {rng.choice(['Les Érables', 'Le Parc', 'Les Hortensias'])}, bât. "
                               f"{rng.choice('ABCD')}, {number} {kind.lower()} {name}",
                               f"{number}{suffix} {kind} {name} {self.org.postcode} {upper(town)}"])
        return f"{number}{suffix} {kind} {name}"

    def addresses(self, count=None, styles=("natural",)):
        return [self.address(self.rng.choice(styles)) for _ in range(count or self.n)]

    def street_label(self, style):
        (kind, abbr, caps), name = self.street(0.7)
        return {"natural": f"{kind} {name}", "caps": f"{caps} {upper(name)}", "abbr": f"{abbr} {upper(name)}",
                "bare": upper(name.replace("du ", "").replace("de l'", "").replace("de la ", "")
                              if self.rng.random() < 0.5 else name)}[style]

    # contacts
    def mobile(self, style=None):
        rng = self.rng
        digits = (f"063998{rng.randint(0, 9999):04d}" if rng.random() < 0.8
                  else f"07{rng.randint(50, 89)}{rng.randint(0, 999999):06d}")
        return self.phone_style(digits, style)

    def landline(self, style=None):
        """A geographic number in the region's block kept for fiction (homes, and town halls of communes)."""
        block = self.org.landline.replace(" ", "")
        return self.phone_style(f"{block}{self.rng.randint(0, 9999):04d}", style)

    def phone_style(self, digits, style=None):
        style = style or self.rng.choice(["spaced", "spaced", "compact", "dots", "intl", "dashes"])
        pairs = [digits[i:i + 2] for i in range(0, 10, 2)]
        return {"spaced": " ".join(pairs), "compact": digits, "dots": ".".join(pairs), "dashes": "-".join(pairs),
                "intl": "+33 " + digits[1] + " " + " ".join(pairs[1:])}[style]

    def org_number(self, last=None):
        """A number in the organisation's own block (a service, an equipment)."""
        base = self.org.phone.replace(" ", "")[:6]
        return " ".join([base[0:2], base[2:4], base[4:6]] + [f"{self.rng.randint(10, 99)}",
                        last or f"{self.rng.randint(0, 99):02d}"])

    def personal_email(self, p: Person):
        rng = self.rng
        g, s = slug(p.given.replace(" ", "")), slug(p.surname.replace(" ", "").replace("'", ""))
        local = rng.choice([f"{g}.{s}", f"{g[0]}.{s}", f"{s}.{g}", f"{g}{s}", f"{s}{rng.randint(1, 99)}",
                            f"{g}.{s}{p.birth.year % 100:02d}", f"{g}_{s}", f"{g[0]}{s}", f"{s}-{g}",
                            f"{g}{p.birth.year}", f"{g}.{s[0]}{rng.randint(1, 9)}"])
        return f"{local}@{rng.choice(PERSONAL_MAIL_DOMAINS)}"

    def agent_email(self, p: Person):
        g, s = slug(p.given.replace(" ", "")), slug(p.surname.replace(" ", "").replace("'", ""))
        domain = self.org.domain if self.org.domain != "orange.fr" else "cc-louelison.fr"
        return self.rng.choice([f"{g}.{s}@{domain}", f"{g[0]}{s}@{domain}", f"{g[0]}.{s}@{domain}"])

    def service_email(self, service=None):
        services = ["sig", "accueil", "urbanisme", "contact", "mairie", "secretariat", "etat-civil", "cimetiere",
                    "scolaire", "periscolaire", "eau", "assainissement", "dechets", "voirie", "services.techniques",
                    "ccas", "communication", "marches.publics", "sports", "culture", "mediatheque", "population"]
        service = service or self.rng.choice(services)
        if self.org.domain == "orange.fr":
            return self.org.email
        return f"{service}@{self.org.domain}"

    # identifiers
    def nir(self, p: Person, style=None):
        rng = self.rng
        sex = "1" if p.sex == "M" else "2"
        place = rng.choice(["25", "25", "39", "70", "90", "2A", "2B", "75", "69", "29", "68", "59", "99"])
        commune = f"{rng.randint(1, 990):03d}" if place != "99" else rng.choice(["350", "352", "139", "351", "127"])
        body = f"{sex}{p.birth.year % 100:02d}{p.birth.month:02d}{place}{commune}{rng.randint(1, 999):03d}"
        numeric = int(body.replace("2A", "19").replace("2B", "18"))
        key = 97 - numeric % 97
        style = style or rng.choice(["compact", "spaced", "spaced", "keyed"])
        if style == "compact":
            return f"{body}{key:02d}"
        if style == "keyed":
            return f"{body} {key:02d}"
        return f"{body[0]} {body[1:3]} {body[3:5]} {body[5:7]} {body[7:10]} {body[10:13]} {key:02d}"

    def not_a_nir(self, prefix):
        """Fifteen digits whose last two are not the NIR key of the first thirteen."""
        while True:
            digits = prefix + "".join(str(self.rng.randint(0, 9)) for _ in range(15 - len(prefix)))
            if int(digits[13:]) != 97 - int(digits[:13]) % 97:
                return digits

    def iban(self, grouped=None):
        rng = self.rng
        bank = rng.choice(["30004", "30002", "10278", "16807", "20041", "30003", "11315", "13507", "18206"])
        branch = f"{rng.randint(0, 99999):05d}"
        account = f"{rng.randint(0, 99999999999):011d}"
        rib_key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97
        bban = f"{bank}{branch}{account}{rib_key:02d}"
        check = 98 - int(bban + "152700") % 97
        iban = f"FR{check:02d}{bban}"
        grouped = rng.random() < 0.6 if grouped is None else grouped
        return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4)) if grouped else iban

    def plate(self):
        rng = self.rng
        letters = "ABCDEFGHJKLMNPQRSTVWXYZ"
        if rng.random() < 0.8:
            pair = lambda: rng.choice(letters) + rng.choice(letters)  # noqa: E731
            sep = rng.choice(["-", "-", " ", ""])
            return f"{pair()}{sep}{rng.randint(1, 999):03d}{sep}{pair()}"
        return (f"{rng.randint(1, 9999)} {rng.choice(letters)}{rng.choice(letters)} "
                f"{rng.choice(['25', '39', '70', '90'])}")

    def siret(self):
        rng = self.rng

        def luhn_complete(prefix, length):
            for last in range(10):
                digits = prefix + str(last)
                total = 0
                for i, d in enumerate(reversed(digits)):
                    v = int(d) * (2 if i % 2 else 1)
                    total += v - 9 if v > 9 else v
                if total % 10 == 0 and len(digits) == length:
                    return digits
            raise AssertionError

        siren = luhn_complete(f"{rng.choice(['2', '3', '4', '5', '7', '8'])}{rng.randint(0, 9999999):07d}", 9)
        return luhn_complete(siren + f"{rng.randint(1, 999):04d}", 14)

    def pick(self, values, count=None):
        return [self.rng.choice(values) for _ in range(count or self.n)]

    def nulls(self, values, share):
        return [None if self.rng.random() < share else v for v in values]


# --- geometries ------------------------------------------------------------------------------
# A case's geometry: (geometry_type, coordinates) per row. Points are [x, y]; polygons are boxes
# [xmin, ymin, xmax, ymax]; lines are segments [x1, y1, x2, y2]. All in Lambert-93 (EPSG:2154).


def _points(k: Kit, n, spread, decimals):
    return [[round(k.org.x + k.rng.gauss(0, spread), decimals), round(k.org.y + k.rng.gauss(0, spread), decimals)]
            for _ in range(n)]


def _boxes(k: Kit, n, spread, low, high, aligned=None):
    boxes = []
    for _ in range(n):
        x = k.org.x + k.rng.uniform(-spread, spread)
        y = k.org.y + k.rng.uniform(-spread, spread)
        if aligned:
            x, y = x // aligned * aligned, y // aligned * aligned
            boxes.append([x, y, x + aligned, y + aligned])
        else:
            w, h = k.rng.uniform(low, high), k.rng.uniform(low, high)
            boxes.append([round(x, 2), round(y, 2), round(x + w, 2), round(y + h, 2)])
    return boxes


def _segments(k: Kit, n, low, high):
    import math
    lines = []
    for x, y in _points(k, n, 1200, 2):
        angle, length = k.rng.uniform(0, math.pi), k.rng.uniform(low, high)
        lines.append([x, y, round(x + length * math.cos(angle), 2), round(y + length * math.sin(angle), 2)])
    return lines


def _graves(k: Kit, n, plots):
    cx, cy = k.org.x + k.rng.uniform(-800, 800), k.org.y + k.rng.uniform(-800, 800)
    rows = []
    for _ in range(n):
        x, y = round(cx + k.rng.uniform(-45, 45), 2), round(cy + k.rng.uniform(-30, 30), 2)
        rows.append([x, y, round(x + 1.2, 2), round(y + 2.4, 2)] if plots else [x, y])
    return rows


GEOMETRIES = {
    # kind: (geometry_type, maker)
    "dwellings": ("Point", lambda k, n: _points(k, n, 700, 2)),
    "address points": ("Point", lambda k, n: _points(k, n, 900, 2)),
    "graves": ("Point", lambda k, n: _graves(k, n, False)),
    "grave plots": ("Polygon", lambda k, n: _graves(k, n, True)),
    "parcels": ("Polygon", lambda k, n: _boxes(k, n, 1800, 14, 95)),
    "buildings": ("Polygon", lambda k, n: _boxes(k, n, 1200, 8, 26)),
    "public buildings": ("Point", lambda k, n: _points(k, n, 1500, 1)),
    "street furniture": ("Point", lambda k, n: _points(k, n, 1100, 2)),  # lamps, trees, bins, defibrillators
    "cemeteries": ("Polygon", lambda k, n: _boxes(k, n, 3000, 60, 220)),
    "200 m grid cells": ("Polygon", lambda k, n: _boxes(k, n, 2500, 0, 0, aligned=200)),
    "1 km grid cells": ("Polygon", lambda k, n: _boxes(k, n, 9000, 0, 0, aligned=1000)),
    "IRIS": ("Polygon", lambda k, n: _boxes(k, n, 3000, 400, 1500)),
    "planning zones": ("Polygon", lambda k, n: _boxes(k, n, 3000, 120, 2200)),
    "communes": ("Polygon", lambda k, n: _boxes(k, n, 25000, 2500, 9000)),
    "network lines": ("LineString", lambda k, n: _segments(k, n, 15, 180)),
    "streets": ("LineString", lambda k, n: _segments(k, n, 40, 400)),
    "none": ("", None),
}

# --- templates -------------------------------------------------------------------------------


@dataclass
class Layer:
    layer: str
    column: str
    columns: dict  # name -> values, the judged column among them
    geometry: str  # a key of GEOMETRIES


TEMPLATES = []


def template(key, personal, reason, variants, org=None):
    """Register a template: ``variants`` is one entry per case, passed to the function with a Kit."""
    def register(function):
        TEMPLATES.append((key, personal, reason, variants, org, function))
        return function
    return register


# ===== Cadastre and land files (MAJIC) ========================================================

@template("cad-owner", True, "owner names of parcels, mostly natural persons (cadastral or MAJIC convention), "
          "some companies and public owners among them",
          [("DDENOM", "majic", "parcels"), ("ddenom", "majic", "parcels"),
           ("NOM_PROPRIETAIRE", "cadastral", "parcels"), ("proprio", "cadastral", "parcels"),
           ("proprietaire", "majic_full", "parcels"), ("PROPRIETAIRE_1", "cadastral", "buildings"),
           ("nom_prop", "surname_first", "parcels"), ("titulaire_compte", "cadastral", "none"),
           ("Propriétaire", "natural", "parcels"), ("nom_du_proprietaire", "maiden", "parcels"),
           ("DNOMLP", "cadastral", "none"), ("prop_nom", "civility", "buildings")])
def _(k, v):
    column, style, geometry = v
    owners = k.with_legal(k.names(k.people(), [style]), k.rng.choice([0.0, 0.1, 0.2, 0.3]))
    columns = {"IDPAR" if column.isupper() else "idpar": [f"{k.org.postcode[:2]}{k.rng.randint(1, 600):03d}000"
                                                           f"{k.rng.choice(['A', 'AB', 'ZC', 'B', 'C'])}"
                                                           f"{k.rng.randint(1, 2400):04d}" for _ in owners],
               column: owners}
    if k.rng.random() < 0.5:
        columns["DNUPRO" if column.isupper() else "dnupro"] = [k.rng.choice("+MP*") + f"{k.rng.randint(1, 3000):05d}"
                                                               for _ in owners]
    layer = k.rng.choice(["parcelles_proprietaires", "PARCELLE_MAJIC_2023", "cad_prop", "foncier_bati",
                          "proprietaires_parcelles", "ff_parcelles_2022"])
    return Layer(layer, column, columns, geometry)


@template("cad-owner-couple", True, "owners of parcels written with civilities, couples and birth names "
          "('M OU MME', 'NEE'): natural persons",
          [("DESIGNATION", "parcels"), ("nom_complet", "parcels"), ("LIBELLE_PROPRIETAIRE", "none"),
           ("denomination", "parcels"), ("proprietaires", "buildings")])
def _(k, v):
    column, geometry = v
    values = []
    for p in k.people():
        values.append(k.rng.choice([k.name(p, "m_ou_mme"), k.name(p, "majic_full"), k.couple()]))
    values = k.with_legal(values, 0.1)
    return Layer(k.rng.choice(["releve_propriete", "parcelles_comptes", "foncier_prive"]), column,
                 {"section": k.pick(["AB", "ZC", "A", "B", "ZD"], len(values)), column: values}, geometry)


@template("cad-owner-mostly-legal", True, "owner column of parcels mostly held by companies and public bodies, "
          "but a few rows are natural persons",
          [("DDENOM", "majic"), ("proprietaire", "cadastral"), ("gestionnaire_foncier", "natural")])
def _(k, v):
    column, style = v
    values = [k.legal_entity() for _ in range(k.n)]
    for i in k.rng.sample(range(k.n), 3):
        values[i] = k.name(k.person(), style)
    return Layer("foncier_zone_activites", column, {column: values, "surface_m2": [k.rng.randint(300, 25000)
                                                                                 for _ in values]}, "parcels")


@template("cad-birth", True, "owners' dates or years of birth (MAJIC JDATNSS and the like)",
          [("JDATNSS", "text", "parcels"), ("jdatnss", "text", "none"), ("date_nais_proprietaire", "date", "parcels"),
           ("annee_naissance", "year", "parcels"), ("DNAISS", "text", "none")])
def _(k, v):
    column, kind, geometry = v
    people = k.people()
    births = {"text": [p.birth.strftime("%d/%m/%Y") for p in people], "date": [p.birth for p in people],
              "year": [p.birth.year for p in people]}[kind]
    names = k.names(people, ["majic"])
    return Layer(k.rng.choice(["proprietaires", "PROP_MAJIC", "ff_proprietaires"]), column,
                 {"DDENOM" if column.isupper() else "ddenom": names, column: births}, geometry)


@template("cad-owner-address", True, "postal address of parcel owners (MAJIC address lines, owner's address)",
          [("DLIGN4", "majic", "parcels"), ("dlign4", "majic", "none"), ("DLIGN3", "complement", "parcels"),
           ("adresse_proprietaire", "natural", "parcels"), ("adr_prop", "caps", "none")])
def _(k, v):
    column, style, geometry = v
    people = k.people()
    if style == "complement":
        values = k.nulls([k.rng.choice([f"RES {k.rng.choice(N.SCI_NAMES)} BAT {k.rng.choice('ABC')}",
                                        f"APPT {k.rng.randint(1, 60)}", f"LIEU DIT {k.rng.choice(N.LIEUX_DITS)}",
                                        "CHEZ M " + upper(k.person().surname), k.address("majic")])
                          for _ in people], 0.35)
    else:
        values = [k.address(style) for _ in people]
    columns = {("DDENOM" if column.isupper() else "ddenom"): k.names(people, ["majic"]), column: values}
    return Layer(k.rng.choice(["proprietaires_adresses", "PROP_MAJIC", "ff_proprietaires"]), column, columns,
                 geometry)


@template("cad-usage-names", True, "an owner's usage surname or first name alone, on the owner's parcels",
          [("DNOMUS", "surname"), ("DPRNUS", "given"), ("prenom_proprietaire", "given"), ("nom_usage", "surname"),
           ("dnomus", "surname")])
def _(k, v):
    column, part = v
    people = k.people()
    values = [upper(p.surname) if part == "surname" else upper(p.given) for p in people]
    if column.islower():
        values = [x.title() for x in values]
    return Layer("parcelles_prop_usage", column, {column: values,
                                                 "contenance": [k.rng.randint(80, 9000) for _ in people]}, "parcels")


@template("cad-owner-legal", False, "owners that are legal persons only (companies, communes, State bodies, "
          "landlords): not natural persons",
          [("DDENOM", "parcelles_personnes_morales"), ("proprietaire", "foncier_communal"),
           ("proprietaire_pm", "parcelles_pm_2023"), ("denomination", "locaux_personnes_morales"),
           ("PROPRIETAIRE", "foncier_public"), ("gestionnaire", "terrains_entreprises")])
def _(k, v):
    column, layer = v
    if layer == "foncier_communal":
        values = [f"COMMUNE DE {upper(k.org.commune)}" if k.rng.random() < 0.8 else k.public_owner()
                  for _ in range(k.n)]
    elif layer == "foncier_public":
        values = [k.public_owner() for _ in range(k.n)]
    else:
        values = [k.legal_entity() for _ in range(k.n)]
    columns = {column: values}
    if k.rng.random() < 0.6:
        columns["siren" if column.islower() else "DSIREN"] = [k.siret()[:9] for _ in values]
    return Layer(layer, column, columns, k.rng.choice(["parcels", "parcels", "buildings"]))


@template("cad-owner-category", False, "category of owner (public, private, landlord...), not who the owner is",
          [("CCOGRM", "code"), ("type_proprietaire", "label"), ("categorie_prop", "label"),
           ("statut_foncier", "label"), ("TYPPROP", "label")])
def _(k, v):
    column, kind = v
    if kind == "code":
        values = k.pick(["0", "1", "2", "3", "4", "5", "6", "7", "9", None])
    else:
        values = k.pick(["Privé", "Commune", "État", "Département", "Bailleur social", "Copropriété",
                         "Personne physique", "Personne morale", "Indivision", "Public"])
    return Layer(k.rng.choice(["parcelles_typologie", "foncier_categories", "PARCELLE"]), column,
                 {"idu": [f"{k.rng.randint(1, 999):03d}{k.rng.choice(['AB', 'ZC', '0A'])}{k.rng.randint(1, 999):04d}"
                          for _ in values], column: values}, "parcels")


@template("cad-ids", False, "cadastral identifiers and parcel numbers",
          [("IDPAR", "idpar"), ("idu", "idu"), ("ref_cadastrale", "ref"), ("numero", "int"), ("PARCELLE", "ref")])
def _(k, v):
    column, kind = v
    values = []
    for _ in range(k.n):
        section, number = k.rng.choice(["AB", "ZC", "A", "0B", "YD"]), k.rng.randint(1, 1800)
        values.append({"idpar": f"25{k.rng.randint(1, 650):03d}000{section.rjust(2, '0')}{number:04d}",
                       "idu": f"{k.rng.randint(1, 650):03d}{section.rjust(2, '0')}{number:04d}",
                       "ref": f"{section} {number}", "int": number}[kind])
    return Layer(k.rng.choice(["parcelles", "PARCELLE", "cadastre_parcelles"]), column,
                 {column: values, "section": k.pick(["AB", "ZC", "A"], len(values))}, "parcels")


@template("cad-lieudit", False, "cadastral place names (lieux-dits), some built on a person's name",
          [("LIEU_DIT", "caps"), ("lieudit", "title"), ("DVOILIB", "caps"), ("nom_lieudit", "caps")])
def _(k, v):
    column, case = v
    values = k.pick(N.LIEUX_DITS)
    if case == "title":
        values = [x.title() for x in values]
    return Layer(k.rng.choice(["lieux_dits", "parcelles", "LIEUDIT"]), column, {column: values},
                 k.rng.choice(["parcels", "planning zones"]))


@template("cad-street", False, "the street of a parcel, often named after a person (voie, not owner)",
          [("DVOILIB", "bare"), ("libelle_voie", "caps"), ("VOIE", "abbr"), ("adresse_parcelle", "address")])
def _(k, v):
    column, style = v
    if style == "address":
        values = [k.address("caps") for _ in range(k.n)]
    else:
        values = [k.street_label(style) for _ in range(k.n)]
    return Layer(k.rng.choice(["parcelles", "PARCELLE_ADRESSE"]), column,
                 {column: values, "DNUVOI" if column.isupper() else "num_voie": [k.rng.randint(1, 90)
                                                                               for _ in values]}, "parcels")


@template("cad-measures", False, "parcel areas and land-use codes",
          [("DCNTPA", "int"), ("contenance", "int"), ("surface_m2", "float"), ("nature_culture", "code")])
def _(k, v):
    column, kind = v
    values = {"int": lambda: k.rng.randint(40, 30000), "float": lambda: round(k.rng.uniform(40, 30000), 1),
              "code": lambda: k.rng.choice(["T", "P", "BT", "S", "J", "AG", "L", "VI", "B"])}[kind]
    return Layer("parcelles", column, {column: [values() for _ in range(k.n)]}, "parcels")


@template("cad-counts", False, "counts of owners or accounts per section or commune",
          [("nb_proprietaires", "planning zones"), ("nb_comptes", "communes"), ("NB_PROP_PP", "communes")])
def _(k, v):
    column, geometry = v
    return Layer("synthese_fonciere", column, {"libelle": [f"Section {k.rng.choice('ABCDEFGH')}{i}"
                                                           for i in range(k.n)],
                                               column: [k.rng.randint(3, 900) for _ in range(k.n)]}, geometry)


# ===== Cemeteries =============================================================================

@template("cim-deceased", True, "names of the deceased buried in each grave (concession register)",
          [("defunt", "graves"), ("nom_defunt", "grave plots"), ("INHUMES", "graves"),
           ("personnes_inhumees", "grave plots"), ("DEFUNTS", "none"), ("occupants", "graves"),
           ("nom_prenom", "grave plots")])
def _(k, v):
    column, geometry = v
    values = []
    for _ in range(k.n):
        people = [k.person(born=(1890, 1950)) for _ in range(k.rng.randint(1, 3))]
        texts = []
        for p in people:
            death = p.birth.year + k.rng.randint(40, 95)
            texts.append(k.rng.choice([f"{upper(p.surname)} {p.given} ({p.birth.year}-{min(death, 2023)})",
                                       k.name(p, "maiden"), k.name(p, "cadastral"),
                                       f"{p.given} {upper(p.surname)}"]))
        values.append(" ; ".join(texts))
    return Layer(k.rng.choice(["concessions", "cimetiere_sepultures", "CIM_CONCESSIONS", "tombes"]), column,
                 {"num_concession": [f"{k.rng.randint(1950, 2023)}-{i:03d}" for i in range(len(values))],
                  column: values}, geometry)


@template("cim-holder", True, "holders of the cemetery concessions",
          [("titulaire", "graves"), ("concessionnaire", "grave plots"), ("TITULAIRE_CONC", "none"),
           ("acquereur", "graves"), ("ayant_droit", "grave plots")])
def _(k, v):
    column, geometry = v
    values = k.names(k.people(), ["cadastral", "civility", "surname_first", "natural", "maiden"])
    return Layer(k.rng.choice(["concessions_cimetiere", "CIM_TITULAIRES"]), column,
                 {column: values, "duree": k.pick(["15 ans", "30 ans", "50 ans", "Perpétuelle"], len(values))},
                 geometry)


@template("cim-family", True, "a family's surname alone on each grave",
          [("famille", "graves"), ("nom_famille", "grave plots"), ("NOM", "graves"), ("caveau", "grave plots")])
def _(k, v):
    column, geometry = v
    values = []
    for _ in range(k.n):
        surname = k.person().surname
        values.append(k.rng.choice([upper(surname), f"Famille {surname}", f"FAMILLE {upper(surname)}",
                                    f"Caveau {surname}", surname,
                                    f"{upper(surname)} - {upper(k.person().surname)}"]))
    return Layer(k.rng.choice(["tombes", "cimetiere_emplacements"]), column,
                 {"carre": k.pick(list("ABCDEF"), len(values)), column: values}, geometry)


@template("cim-holder-contact", True, "contact details of concession holders (home address, phone, e-mail)",
          [("adresse_titulaire", "address"), ("tel_concessionnaire", "phone"), ("courriel_titulaire", "mail"),
           ("adr_ayant_droit", "address")])
def _(k, v):
    column, kind = v
    people = k.people()
    values = {"address": [k.address(k.rng.choice(["full", "natural", "caps"])) for _ in people],
              "phone": [k.rng.choice([k.mobile(), k.landline()]) for _ in people],
              "mail": [k.personal_email(p) for p in people]}[kind]
    return Layer("concessions_titulaires", column, {"titulaire": k.names(people, ["cadastral"]), column: values},
                 k.rng.choice(["graves", "none"]))


@template("cim-birth", True, "dates of birth of the deceased in the concession register",
          [("date_naissance", "date"), ("ne_le", "text")])
def _(k, v):
    column, kind = v
    people = [k.person(born=(1900, 1960)) for _ in range(k.n)]
    return Layer("registre_inhumations", column,
                 {"defunt": k.names(people, ["cadastral"]),
                  column: [p.birth if kind == "date" else p.birth.strftime("%d/%m/%Y") for p in people]}, "graves")


@template("cim-location", False, "location codes of graves in a cemetery",
          [("carre", "letter"), ("num_emplacement", "code"), ("allee", "int"), ("REF_TOMBE", "code")])
def _(k, v):
    column, kind = v
    values = [{"letter": k.rng.choice("ABCDEFGH"), "int": k.rng.randint(1, 30),
               "code": f"{k.rng.choice('ABCDEF')}-{k.rng.randint(1, 20):02d}-{k.rng.randint(1, 40):02d}"}[kind]
              for _ in range(k.n)]
    return Layer("emplacements_cimetiere", column, {column: values}, k.rng.choice(["graves", "grave plots"]))


@template("cim-state", False, "state or kind of a grave or monument",
          [("etat", "state"), ("etat_monument", "state"), ("type_sepulture", "kind")])
def _(k, v):
    column, kind = v
    pool = (["Bon état", "État moyen", "Abandon présumé", "Procédure de reprise engagée", "À relever", "Neuf"]
            if kind == "state" else ["Caveau 2 places", "Caveau 4 places", "Pleine terre", "Cavurne",
                                     "Case de columbarium", "Jardin du souvenir"])
    return Layer("emplacements_cimetiere", column, {column: k.pick(pool)}, k.rng.choice(["graves", "grave plots"]))


@template("cim-names", False, "names of cemeteries",
          [("nom_cimetiere", "cemeteries"), ("cimetiere", "cemeteries"), ("nom", "public buildings")])
def _(k, v):
    column, geometry = v
    return Layer("cimetieres", column, {column: k.pick(N.CEMETERIES),
                                        "surface_ha": [round(k.rng.uniform(0.2, 6), 2) for _ in range(k.n)]},
                 geometry)


# ===== Schools and canteens ===================================================================

@template("sco-pupil", True, "pupils' names (school and canteen registrations)",
          [("nom_eleve", "none"), ("NOM_ENFANT", "none"), ("eleve", "dwellings"), ("enfant", "none"),
           ("nom_prenom_enfant", "dwellings"), ("ELEVE_NOM", "none")])
def _(k, v):
    column, geometry = v
    children = [k.child() for _ in range(k.n)]
    return Layer(k.rng.choice(["inscriptions_scolaires_2024", "cantine_inscrits", "periscolaire_2023",
                               "INSCRIPTIONS_ECOLE"]), column,
                 {column: k.names(children, ["natural", "surname_first", "cadastral"]),
                  "classe": k.pick(["PS", "MS", "GS", "CP", "CE1", "CE2", "CM1", "CM2"], len(children))}, geometry)


@template("sco-first-name", True, "pupils' first names, in a column naming the role or located at home",
          [("prenom_eleve", "none"), ("PRENOM_ENF", "none"), ("prenom", "dwellings"), ("prénom", "dwellings")])
def _(k, v):
    column, geometry = v
    values = [k.child().given for _ in range(k.n)]
    if column.isupper():
        values = [upper(x) for x in values]
    return Layer(k.rng.choice(["inscriptions_geocodees", "cantine_2024", "transport_scolaire_arrets_eleves"]),
                 column, {column: values, "ecole": k.pick([f"École {s}" for s in N.SCHOOL_NAMES[:6]],
                                                          len(values))}, geometry)


@template("sco-parent", True, "names of pupils' legal guardians",
          [("responsable_legal", "none"), ("parent1", "none"), ("nom_resp", "dwellings"), ("RESP_LEGAL_1", "none")])
def _(k, v):
    column, geometry = v
    values = k.names(k.people(born=(1970, 1995)), ["civility", "surname_first", "natural", "cadastral"])
    return Layer("inscriptions_scolaires", column, {column: values}, geometry)


@template("sco-phone", True, "guardians' phone numbers, mostly mobiles",
          [("tel_parent", "none"), ("portable_resp1", "none"), ("TEL_MOBILE", "dwellings"), ("telephone", "none")])
def _(k, v):
    column, geometry = v
    values = k.nulls([k.mobile() if k.rng.random() < 0.85 else k.landline() for _ in range(k.n)], 0.1)
    return Layer("inscriptions_periscolaire", column,
                 {"num_famille": [f"F{k.rng.randint(100, 9999)}" for _ in values], column: values}, geometry)


@template("sco-email", True, "guardians' personal e-mail addresses",
          [("mail_parent", "none"), ("courriel_famille", "none"), ("email_responsable", "dwellings"),
           ("EMAIL", "none")])
def _(k, v):
    column, geometry = v
    values = [k.personal_email(p) for p in k.people(born=(1970, 1995))]
    return Layer("portail_famille_comptes", column, {column: values}, geometry)


@template("sco-birth", True, "pupils' dates of birth",
          [("date_naissance", "date"), ("DATE_NAIS", "text"), ("ddn", "date"), ("ne_le", "text")])
def _(k, v):
    column, kind = v
    children = [k.child() for _ in range(k.n)]
    return Layer("inscriptions_scolaires", column,
                 {"prenom_enfant": [c.given for c in children],
                  column: [c.birth if kind == "date" else c.birth.strftime("%d/%m/%Y") for c in children]}, "none")


@template("sco-notes", True, "free-text notes on registrations naming or contacting people",
          [("observations", "none"), ("commentaire", "none"), ("remarques_famille", "dwellings")])
def _(k, v):
    column, geometry = v
    def personal():
        man, woman = k.person(sex="M"), k.person(sex="F")
        return k.rng.choice([f"PAI allergie arachide - certificat du Dr {man.surname}",
                             f"Garde alternée : père {k.name(man, 'civility_surname')} {k.mobile()}",
                             f"Récupéré le mercredi par sa grand-mère {k.name(woman, 'civility')}",
                             f"Contacter {woman.given} (mère) au {k.mobile()}",
                             f"Facture au nom de {k.name(man, 'surname_first')}"])

    notes = k.mixed(personal, lambda: k.rng.choice(["Régime sans porc", "Aucune", None, "Repas végétarien", "RAS"]))
    return Layer("inscriptions_cantine", column, {column: notes}, geometry)


@template("sco-schools", False, "names of schools, many named after famous people",
          [("nom_ecole", "public buildings"), ("ETABLISSEMENT", "public buildings"), ("nom", "buildings"),
           ("appellation_officielle", "public buildings")])
def _(k, v):
    column, geometry = v
    values = [f"{k.rng.choice(N.SCHOOL_KINDS)} {k.rng.choice(N.SCHOOL_NAMES)}" for _ in range(k.n)]
    if column.isupper():
        values = [upper(x) for x in values]
    return Layer("ecoles", column, {column: values, "uai": [f"{k.org.uai_prefix}{k.rng.randint(1000, 9999)}"
                                                            f"{k.rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}"
                                                            for _ in values]}, geometry)


@template("sco-school-phone", False, "schools' phone numbers on the school layer (an equipment's number)",
          [("telephone", "public buildings"), ("tel", "public buildings"), ("TEL_ECOLE", "public buildings")])
def _(k, v):
    column, geometry = v
    return Layer("ecoles_publiques", column,
                 {"nom": [f"École {k.rng.choice(N.SCHOOL_NAMES)}" for _ in range(k.n)],
                  column: [k.org_number() for _ in range(k.n)]}, geometry)


@template("sco-school-mail", False, "schools' functional mailboxes at the education authority (ce.UAI@ac-...)",
          [("mel", "public buildings"), ("courriel_ecole", "public buildings"), ("email", "public buildings")])
def _(k, v):
    column, geometry = v
    values = [f"ce.{k.org.uai_prefix}{k.rng.randint(1000, 9999)}{k.rng.choice('abcdefghjklmnpr')}@{k.org.academy}"
              for _ in range(k.n)]
    return Layer("ecoles", column, {"nom": [f"École {k.rng.choice(N.SCHOOL_NAMES)}" for _ in values],
                                    column: values}, geometry)


@template("sco-counts", False, "numbers of pupils or classes per school",
          [("nb_eleves", "public buildings"), ("effectif_2023", "public buildings"), ("nb_classes", "buildings")])
def _(k, v):
    column, geometry = v
    top = 16 if column == "nb_classes" else 320
    return Layer("ecoles_effectifs", column, {column: [k.rng.randint(2, top) for _ in range(k.n)]}, geometry)


@template("sco-menu", False, "canteen menus",
          [("menu", "none"), ("plat_principal", "none")])
def _(k, v):
    column, _ = v
    dishes = ["Carottes râpées, poulet basquaise, riz, yaourt", "Hachis Parmentier", "Poisson pané, haricots verts",
              "Lasagnes végétariennes", "Couscous", "Omelette, purée", "Saucisse de Morteau, lentilles",
              "Cordon bleu, petits pois", "Tajine de légumes", "Filet de colin, boulgour"]
    return Layer("menus_cantine", column, {"date": [datetime.date(2024, 1, 8) + datetime.timedelta(days=i)
                                                    for i in range(k.n)], column: k.pick(dishes)}, "none")


@template("sco-sector", False, "school catchment areas",
          [("ecole_secteur", "planning zones"), ("secteur_scolaire", "planning zones")])
def _(k, v):
    column, geometry = v
    return Layer("carte_scolaire", column, {column: [f"Secteur {k.rng.choice(N.SCHOOL_NAMES)}"
                                                     for _ in range(k.n)]}, geometry)


# ===== Social housing =========================================================================

@template("log-applicant", True, "applicants for social housing",
          [("nom_demandeur", "none"), ("demandeur", "none"), ("DEMANDEUR_PRINCIPAL", "dwellings"),
           ("cotitulaire", "none")])
def _(k, v):
    column, geometry = v
    return Layer("demandes_logement_social", column,
                 {column: k.names(k.people(born=(1945, 2003)), ["surname_first", "cadastral", "civility", "natural"]),
                  "composition": k.pick(["1 adulte", "2 adultes 1 enfant", "1 adulte 2 enfants", "couple"])}, geometry)


@template("log-tenant", True, "tenants of each dwelling",
          [("locataire", "dwellings"), ("occupant", "dwellings"), ("NOM_OCC", "buildings"),
           ("titulaire_bail", "dwellings")])
def _(k, v):
    column, geometry = v
    return Layer(k.rng.choice(["logements_occupants", "patrimoine_locatif", "LOGTS_COMMUNAUX"]), column,
                 {column: k.names(k.people(), ["surname_first", "cadastral", "civility", "natural", "initial"]),
                  "typologie": k.pick(["T1", "T2", "T3", "T4", "T5"])}, geometry)


@template("log-applicant-contact", True, "contact details of housing applicants",
          [("tel_demandeur", "phone"), ("email_demandeur", "mail"), ("adresse_actuelle", "address")])
def _(k, v):
    column, kind = v
    people = k.people()
    values = {"phone": [k.mobile() for _ in people], "mail": [k.personal_email(p) for p in people],
              "address": [k.address(k.rng.choice(["full", "flat"])) for _ in people]}[kind]
    return Layer("demandes_logement_social", column, {"num_unique": [f"025{k.rng.randint(10**9, 10**10 - 1)}"
                                                                     for _ in people], column: values}, "none")


@template("log-landlord", False, "social landlords (legal persons)",
          [("bailleur", "buildings"), ("BAILLEUR_SOCIAL", "buildings"), ("gestionnaire", "address points")])
def _(k, v):
    column, geometry = v
    return Layer("rpls_logements", column, {column: k.pick(N.LANDLORDS),
                                            "nb_logements": [k.rng.randint(1, 120) for _ in range(k.n)]}, geometry)


@template("log-dwelling", False, "characteristics of social dwellings (rooms, type, year built)",
          [("nb_pieces", "buildings"), ("typologie", "buildings"), ("annee_construction", "buildings")])
def _(k, v):
    column, geometry = v
    values = {"nb_pieces": lambda: k.rng.randint(1, 6),
              "typologie": lambda: k.rng.choice(["T1", "T2", "T3", "T4", "T5"]),
              "annee_construction": lambda: k.rng.randint(1955, 2022)}[column]
    return Layer("rpls_logements", column, {"bailleur": k.pick(N.LANDLORDS), column: [values() for _ in range(k.n)]},
                 geometry)


@template("log-residence", False, "names of housing estates and residences, some after people",
          [("nom_residence", "buildings"), ("residence", "buildings"), ("ensemble_immobilier", "planning zones")])
def _(k, v):
    column, geometry = v
    return Layer("patrimoine_bailleurs", column, {column: k.pick(N.RESIDENCES)}, geometry)


# ===== Planning permits (ADS) ==================================================================

@template("ads-applicant", True, "applicants for building permits and declarations, mostly private persons "
          "and couples, some companies",
          [("demandeur", "parcels"), ("PETITIONNAIRE", "parcels"), ("nom_petitionnaire", "none"),
           ("beneficiaire", "parcels"), ("pétitionnaire", "parcels"), ("nom_demandeur", "address points")])
def _(k, v):
    column, geometry = v
    values = [k.couple() if k.rng.random() < 0.2 else k.name(k.person(), k.rng.choice(
        ["civility", "surname_first", "cadastral", "natural", "m_ou_mme"])) for _ in range(k.n)]
    values = k.with_legal(values, 0.15)
    return Layer(k.rng.choice(["ads_dossiers_2023", "permis_construire", "DP_2024", "autorisations_urbanisme"]),
                 column, {"num_dossier": [f"PC 0{k.org.postcode[:2]} {k.rng.randint(1, 650):03d} 23 "
                                          f"B{k.rng.randint(1, 200):04d}" for _ in values], column: values}, geometry)


@template("ads-applicant-address", True, "home addresses of permit applicants",
          [("adresse_demandeur", "parcels"), ("adr_petitionnaire", "none"), ("ADRESSE_DEM", "parcels")])
def _(k, v):
    column, geometry = v
    return Layer("ads_dossiers", column, {"demandeur": k.names(k.people(), ["civility", "surname_first"]),
                                          column: k.addresses(styles=("full", "natural", "caps"))}, geometry)


@template("ads-architect", True, "architects and project managers named as persons",
          [("architecte", "parcels"), ("maitre_oeuvre", "none")])
def _(k, v):
    column, geometry = v
    values = []
    for p in k.people(born=(1950, 1990)):
        values.append(k.rng.choice([f"{k.name(p, 'civility')}, architecte DPLG", k.name(p, "surname_first"),
                                    f"{k.rng.choice(N.PRACTICE_WORDS)} {p.surname} Architecte",
                                    f"{p.given} {upper(p.surname)}"]))
    return Layer("ads_pc", column, {column: k.nulls(values, 0.2)}, geometry)


@template("ads-applicant-contact", True, "phone and e-mail of permit applicants",
          [("tel_demandeur", "phone"), ("mail_petitionnaire", "mail")])
def _(k, v):
    column, kind = v
    people = k.people()
    values = [k.mobile() for _ in people] if kind == "phone" else [k.personal_email(p) for p in people]
    return Layer("ads_dossiers", column, {column: values}, "parcels")


@template("ads-ids", False, "permit file numbers",
          [("num_dossier", "pc"), ("NUMERO_PC", "pc"), ("ref_ads", "dp")])
def _(k, v):
    column, kind = v
    values = [(f"PC 0{k.org.postcode[:2]} {k.rng.randint(1, 650):03d} {k.rng.randint(18, 24)} "
               f"{k.rng.choice('BKPX')}{k.rng.randint(1, 400):04d}") if kind == "pc" else
              f"DP0{k.org.postcode[:2]}{k.rng.randint(1, 650):03d}{k.rng.randint(18, 24)}X{k.rng.randint(1, 400):04d}"
              for _ in range(k.n)]
    return Layer("ads_dossiers_public", column, {column: values}, "parcels")


@template("ads-site-address", False, "address of the land or works of a permit",
          [("adresse_terrain", "parcels"), ("ADRESSE_TRAVAUX", "parcels"), ("localisation", "address points"),
           ("adresse", "parcels")])
def _(k, v):
    column, geometry = v
    values = [k.address(k.rng.choice(["natural", "caps"])) if k.rng.random() < 0.8 else
              f"Lieu-dit {k.rng.choice(N.LIEUX_DITS).title()}" for _ in range(k.n)]
    return Layer("autorisations_urbanisme_opendata", column,
                 {column: values, "nature_travaux": k.pick(["Maison individuelle", "Extension", "Piscine",
                                                            "Abri de jardin", "Ravalement"], len(values))}, geometry)


@template("ads-works", False, "nature and description of works",
          [("nature_travaux", "parcels"), ("objet", "parcels"), ("description", "none")])
def _(k, v):
    column, geometry = v
    pool = ["Construction d'une maison individuelle", "Extension d'une habitation (25 m²)", "Piscine enterrée",
            "Abri de jardin", "Ravalement de façade", "Changement de menuiseries", "Pose de panneaux photovoltaïques",
            "Division en vue de construire", "Démolition d'un hangar", "Clôture et portail", "Carport", "Véranda"]
    return Layer("ads_dossiers_public", column, {column: k.pick(pool)}, geometry)


@template("ads-dates", False, "dates of filing and decision of permits",
          [("date_depot", "date"), ("DATE_DECISION", "date"), ("date_daact", "text")])
def _(k, v):
    column, kind = v
    dates = [_date(k.rng, 2019, 2024) for _ in range(k.n)]
    return Layer("ads_dossiers_public", column,
                 {column: dates if kind == "date" else [d.strftime("%d/%m/%Y") for d in dates]}, "parcels")


@template("ads-decision", False, "permit decisions",
          [("decision", "parcels"), ("avis", "none")])
def _(k, v):
    column, geometry = v
    return Layer("ads_dossiers_public", column, {column: k.pick(["Accordé", "Refusé", "Sans suite", "Tacite",
                                                                 "Accordé avec prescriptions", "Opposition"])},
                 geometry)


@template("ads-developer", False, "applicants of development permits that are all companies or public bodies",
          [("demandeur", "planning zones"), ("amenageur", "planning zones")])
def _(k, v):
    column, geometry = v
    values = [k.rng.choice([k.company(), k.public_owner(), f"SAS {k.rng.choice(N.SCI_NAMES)} AMENAGEMENT",
                            "SEM TERRITOIRE 25", "SPL AMENAGEMENT DU DOUBS"]) for _ in range(k.n)]
    return Layer("permis_amenager", column, {column: values}, geometry)


@template("ads-surface", False, "floor areas of permits",
          [("surface_plancher", "parcels"), ("SHON", "parcels")])
def _(k, v):
    column, geometry = v
    return Layer("ads_dossiers_public", column, {column: [round(k.rng.uniform(5, 400), 1) for _ in range(k.n)]},
                 geometry)


# ===== Water and sanitation ===================================================================

@template("eau-subscriber", True, "water subscribers (contract holders)",
          [("nom_abonne", "dwellings"), ("ABONNE", "dwellings"), ("titulaire_contrat", "none"),
           ("client", "dwellings")])
def _(k, v):
    column, geometry = v
    values = k.with_legal(k.names(k.people(), ["cadastral", "surname_first", "m_ou_mme", "civility"]), 0.08)
    return Layer(k.rng.choice(["abonnes_eau", "ABONNES_AEP", "clients_eau_2023"]), column,
                 {"num_compteur": [f"{k.rng.choice(['A', 'D', 'I'])}{k.rng.randint(10, 23)}"
                                   f"{k.rng.randint(100000, 999999)}" for _ in values], column: values}, geometry)


@template("eau-address", True, "addresses in a layer whose rows are water subscribers",
          [("adresse", "dwellings"), ("adresse_branchement", "dwellings"), ("ADR_ABONNE", "none")])
def _(k, v):
    column, geometry = v
    people = k.people()
    return Layer("abonnes_eau", column, {"abonne": k.names(people, ["cadastral"]),
                                         column: k.addresses(styles=("natural", "caps", "full"))}, geometry)


@template("eau-iban", True, "subscribers' bank accounts for direct debit (IBAN)",
          [("iban", "none"), ("IBAN_PRELEV", "none"), ("rib", "dwellings")])
def _(k, v):
    column, geometry = v
    return Layer("abonnes_prelevement", column,
                 {"reference_client": [f"C{k.rng.randint(10000, 99999)}" for _ in range(k.n)],
                  column: [k.iban() for _ in range(k.n)]}, geometry)


@template("eau-phone", True, "subscribers' phone numbers",
          [("tel", "dwellings"), ("telephone_abonne", "none"), ("portable", "dwellings")])
def _(k, v):
    column, geometry = v
    values = [k.mobile() if column == "portable" or k.rng.random() < 0.6 else k.landline() for _ in range(k.n)]
    return Layer("abonnes_eau", column, {"abonne": k.names(k.people(), ["cadastral"]), column: values}, geometry)


@template("eau-network", False, "pipe materials, diameters and laying years of water networks",
          [("materiau", "network lines"), ("diametre", "network lines"), ("annee_pose", "network lines"),
           ("type_reseau", "network lines")])
def _(k, v):
    column, geometry = v
    values = {"materiau": lambda: k.rng.choice(["Fonte ductile", "PVC", "PEHD", "Fonte grise", "Acier",
                                                "Amiante-ciment"]),
              "diametre": lambda: k.rng.choice([60, 80, 100, 125, 150, 200, 250]),
              "annee_pose": lambda: k.rng.randint(1950, 2023),
              "type_reseau": lambda: k.rng.choice(["AEP", "EU", "EP", "Unitaire"])}[column]
    return Layer("canalisations", column, {column: [values() for _ in range(k.n)]}, geometry)


@template("eau-works", False, "names, operators and capacities of water and sanitation works",
          [("nom_ouvrage", "public buildings"), ("exploitant", "public buildings"),
           ("capacite_eh", "public buildings")])
def _(k, v):
    column, geometry = v
    values = {"nom_ouvrage": lambda: k.rng.choice(["STEP de " + c for c in N.COMMUNES_DOUBS[:8]] +
                                                  ["PR Les Prés", "Réservoir du Mont", "Captage de la Source Bleue",
                                                   "Poste de relevage Jean Jaurès"]),
              "exploitant": lambda: k.rng.choice(["VEOLIA EAU", "SAUR", "SUEZ EAU FRANCE", "Régie communale",
                                                  "Syndicat des eaux", "Gaz et Eaux"]),
              "capacite_eh": lambda: k.rng.choice([200, 500, 1200, 3500, 15000])}[column]
    return Layer("ouvrages_assainissement", column, {column: [values() for _ in range(k.n)]}, geometry)


# ===== Waste ==================================================================================

@template("dech-user", True, "households billed for waste collection (redevance incitative)",
          [("usager", "dwellings"), ("REDEVABLE", "none"), ("nom_usager", "dwellings")])
def _(k, v):
    column, geometry = v
    return Layer("redevance_om_usagers", column,
                 {column: k.names(k.people(), ["cadastral", "surname_first", "m_ou_mme"]),
                  "volume_bac": k.pick([80, 120, 180, 240])}, geometry)


@template("dech-pav", False, "kind and volume of drop-off containers",
          [("type_flux", "street furniture"), ("volume", "street furniture"), ("FLUX", "street furniture")])
def _(k, v):
    column, geometry = v
    values = [k.rng.choice([3, 4, 5]) for _ in range(k.n)] if column == "volume" else \
        k.pick(["Verre", "Papiers-cartons", "Emballages", "Ordures ménagères", "Textiles", "Biodéchets"])
    return Layer("points_apport_volontaire", column, {column: values}, geometry)


@template("dech-schedule", False, "collection days and frequencies by sector",
          [("jour_collecte", "planning zones"), ("frequence", "planning zones")])
def _(k, v):
    column, geometry = v
    values = k.pick(["Lundi", "Mardi", "Mercredi", "Jeudi", "Vendredi"]) if column == "jour_collecte" else \
        k.pick(["C1", "C2", "Hebdomadaire", "Tous les 15 jours"])
    return Layer("secteurs_collecte", column, {column: values}, geometry)


@template("dech-centre", False, "waste centres: names, phone numbers and opening hours",
          [("nom", "public buildings"), ("telephone", "public buildings"), ("horaires", "public buildings")])
def _(k, v):
    column, geometry = v
    values = {"nom": lambda: f"Déchèterie de {k.rng.choice(N.COMMUNES_DOUBS)}",
              "telephone": lambda: k.org_number(),
              "horaires": lambda: k.rng.choice(["Lun-Sam 9h-12h 14h-18h", "Mar, Jeu, Sam 8h30-12h",
                                                "Été : 9h-18h ; hiver : 9h-17h"])}[column]
    return Layer("decheteries", column, {column: [values() for _ in range(k.n)]}, geometry)


# ===== Public equipment, contacts of services and agents =======================================

@template("eq-names", False, "names of public equipment, many after famous people",
          [("nom", "public buildings"), ("NOM_EQUIP", "public buildings"), ("denomination", "buildings"),
           ("libelle", "public buildings")])
def _(k, v):
    column, geometry = v
    values = k.pick(N.EQUIPMENT)
    if column.isupper():
        values = [upper(x) for x in values]
    return Layer(k.rng.choice(["equipements_publics", "EQUIPEMENTS", "batiments_communaux"]), column,
                 {column: values}, geometry)


@template("eq-manager", False, "managing service or body of an equipment",
          [("gestionnaire", "public buildings"), ("service_gestionnaire", "buildings")])
def _(k, v):
    column, geometry = v
    return Layer("equipements_publics", column,
                 {column: k.pick(["Service des sports", "Direction de la culture", "CCAS", "Ville",
                                  k.org.organisation, "Service bâtiments", "Association gestionnaire",
                                  "Délégation de service public"])}, geometry)


@template("eq-service-phone", False, "reception and switchboard numbers of the organisation and its services",
          [("telephone_accueil", "public buildings"), ("tel_standard", "public buildings"),
           ("TEL_ACCUEIL", "public buildings"), ("num_accueil", "buildings"), ("telephone", "public buildings")])
def _(k, v):
    column, geometry = v
    values = [k.org.phone if k.rng.random() < 0.4 else k.org_number(k.rng.choice(["00", "50", None]))
              for _ in range(k.n)]
    values = [k.phone_style(x.replace(" ", ""), k.rng.choice(["spaced", "dots", "compact"])) for x in values]
    return Layer(k.rng.choice(["equipements_publics", "services_municipaux", "points_accueil"]), column,
                 {"nom": k.pick(N.EQUIPMENT, len(values)), column: values}, geometry)


@template("eq-service-mail", False, "functional mailboxes of the organisation's services",
          [("courriel_service", "public buildings"), ("mail_contact", "public buildings"), ("email", "buildings"),
           ("COURRIEL", "public buildings"), ("adresse_mail", "public buildings")])
def _(k, v):
    column, geometry = v
    values = [k.service_email() for _ in range(k.n)]
    return Layer(k.rng.choice(["equipements_publics", "services_municipaux", "points_accueil"]), column,
                 {"nom": k.pick(N.EQUIPMENT, len(values)), column: values}, geometry)


@template("eq-mairie-mail", False, "town halls' mailboxes, many at consumer providers (mairie.x@wanadoo.fr)",
          [("courriel_mairie", "communes"), ("mail_mairie", "public buildings"), ("email_commune", "communes")],
          org="louelison")
def _(k, v):
    column, geometry = v
    values = []
    for commune in k.rng.sample(N.COMMUNES_DOUBS, k.n):
        s = slug(commune.replace("'", "").replace(" ", "-"))
        values.append(k.rng.choice([f"mairie.{s}@wanadoo.fr", f"mairie-{s}@orange.fr", f"mairie.{s}@orange.fr",
                                    f"commune.{s}@wanadoo.fr", f"mairie@{s}.fr", f"secretariat.mairie.{s}@gmail.com",
                                    f"mairie{s.replace('-', '')}@laposte.net", f"accueil@mairie-{s}.fr"]))
    return Layer("communes_membres", column, {"commune": k.pick(N.COMMUNES_DOUBS, len(values)), column: values},
                 geometry)


@template("eq-address", False, "addresses of public equipment",
          [("adresse", "public buildings"), ("adresse_equipement", "buildings"), ("ADRESSE", "public buildings")])
def _(k, v):
    column, geometry = v
    return Layer("equipements_publics", column, {"nom": k.pick(N.EQUIPMENT),
                                                 column: k.addresses(styles=("natural", "caps", "full"))}, geometry)


@template("eq-referent", True, "named persons responsible for equipment (caretakers, referents)",
          [("responsable", "public buildings"), ("gardien", "public buildings"), ("referent", "buildings"),
           ("contact_nom", "public buildings")])
def _(k, v):
    column, geometry = v
    return Layer("equipements_publics", column,
                 {"nom": k.pick(N.EQUIPMENT), column: k.names(k.people(born=(1960, 1998)),
                                                              ["civility", "natural", "surname_first", "initial"])},
                 geometry)


@template("eq-agent-mail", True, "agents' nominative professional e-mail addresses",
          [("email_referent", "public buildings"), ("contact", "public buildings"), ("mail_responsable", "buildings")])
def _(k, v):
    column, geometry = v
    return Layer("equipements_publics", column,
                 {"nom": k.pick(N.EQUIPMENT), column: [k.agent_email(p) for p in k.people(born=(1960, 1998))]},
                 geometry)


@template("eq-agent-line", True, "agents' direct lines in a staff directory",
          [("ligne_directe", "none"), ("tel_agent", "none")])
def _(k, v):
    column, _ = v
    people = k.people(born=(1960, 1998))
    return Layer("annuaire_agents", column, {"agent": k.names(people, ["natural", "surname_first"]),
                                             "service": k.pick(["Urbanisme", "SIG", "Voirie", "État civil"],
                                                               len(people)),
                                             column: [k.org_number() for _ in people]}, "none")


@template("eq-service-directory", False, "phone numbers and names of services in a directory of services",
          [("telephone", "none"), ("service", "none")])
def _(k, v):
    column, _ = v
    services = ["Urbanisme", "État civil", "Cimetière", "Services techniques", "CCAS", "Police municipale",
                "Affaires scolaires", "Médiathèque", "Sports", "Culture", "Accueil", "Élections"]
    return Layer("annuaire_services", column,
                 {"service": k.pick(services), "telephone": [k.org_number(k.rng.choice(["00", "50", None]))
                                                             for _ in range(k.n)],
                  "courriel": [k.service_email() for _ in range(k.n)]}, "none")


@template("eq-service-contact", False, "contact text of a service (its name with its phone or mailbox)",
          [("contact", "public buildings"), ("renseignements", "public buildings"), ("contact_service", "buildings")])
def _(k, v):
    column, geometry = v
    services = ["Service des sports", "Accueil mairie", "Services techniques", "Direction de la culture", "CCAS",
                "Service urbanisme", "Police municipale", "Service enfance"]
    values = [k.rng.choice([f"{k.rng.choice(services)} - {k.org_number(k.rng.choice(['00', '50', None]))}",
                            f"{k.rng.choice(services)} : {k.service_email()}", f"Standard {k.org.phone}",
                            f"{k.rng.choice(services)} ({k.org.phone})"]) for _ in range(k.n)]
    return Layer("equipements_publics", column, {"nom": k.pick(N.EQUIPMENT), column: values}, geometry)


@template("eq-mairie-phone", False, "town halls' phone numbers in a layer of member communes",
          [("tel_mairie", "communes"), ("telephone_mairie", "public buildings")], org="louelison")
def _(k, v):
    column, geometry = v
    return Layer("communes_membres", column, {"commune": k.rng.sample(N.COMMUNES_DOUBS, k.n),
                                              column: [k.landline() for _ in range(k.n)]}, geometry)


# ===== Networks, lighting, citizen reports ======================================================

@template("ecl-technical", False, "street-lighting technical attributes",
          [("type_lampe", "street furniture"), ("puissance_w", "street furniture"), ("ref_armoire", "street furniture"),
           ("date_pose", "street furniture")])
def _(k, v):
    column, geometry = v
    values = {"type_lampe": lambda: k.rng.choice(["SHP 70W", "LED 40W", "IM 150W", "Ballon fluo 125W", "LED 25W"]),
              "puissance_w": lambda: k.rng.choice([25, 40, 70, 100, 150]),
              "ref_armoire": lambda: f"ARM-{k.rng.randint(1, 80):03d}",
              "date_pose": lambda: _date(k.rng, 1985, 2023)}[column]
    return Layer("eclairage_public", column, {column: [values() for _ in range(k.n)]}, geometry)


@template("net-operator", False, "network operators and owners (companies, syndicates, the commune)",
          [("operateur", "network lines"), ("gestionnaire_reseau", "network lines"), ("proprietaire", "network lines")])
def _(k, v):
    column, geometry = v
    return Layer("reseaux_secs", column, {column: k.pick(["Enedis", "GRDF", "Orange", "SFR FTTH", "SYDED",
                                                          "Commune", "Free Infrastructure", "RTE", "Doubs THD"])},
                 geometry)


@template("ecl-notes", False, "technical remarks on works, some giving a service's phone or a company",
          [("remarque", "street furniture"), ("observations", "network lines"), ("commentaire", "street furniture")])
def _(k, v):
    column, geometry = v
    notes = []
    for _ in range(k.n):
        notes.append(k.rng.choice([
            "Candélabre accidenté, remplacé", f"Intervention {k.rng.choice(N.CONTRACTORS)} le "
            f"{_date(k.rng, 2021, 2024).strftime('%d/%m/%Y')}", "Lanterne à changer (vétuste)",
            f"Astreinte services techniques : {k.org.phone}", "RAS", None, "Câble à enfouir - programme 2025",
            f"Voir service voirie ({k.service_email('voirie')})", "Fuite réparée, vanne changée",
            "Horloge astronomique réglée", "Mât rouillé en pied", "Travaux coordonnés avec Enedis"]))
    return Layer("interventions_reseaux", column, {column: notes}, geometry)


@template("report-citizen", True, "names of residents who reported a problem",
          [("signale_par", "street furniture"), ("declarant", "street furniture"), ("auteur_signalement", "none"),
           ("nom_usager", "street furniture")])
def _(k, v):
    column, geometry = v
    values = k.names(k.people(), ["civility", "natural", "surname_first", "civility_surname", "lower"])
    return Layer("signalements_citoyens", column,
                 {"type": k.pick(["Nid de poule", "Éclairage en panne", "Dépôt sauvage", "Tag"], len(values)),
                  column: values}, geometry)


@template("report-notes", True, "free-text notes naming or contacting residents",
          [("commentaire", "street furniture"), ("description", "street furniture"), ("suivi", "none")])
def _(k, v):
    column, geometry = v
    def personal():
        p = k.person()
        return k.rng.choice([
            f"{k.name(p, 'civility')} a signalé une fuite devant chez {'lui' if p.sex == 'M' else 'elle'}",
            f"Riverain mécontent (M. {k.person(sex='M').surname}, {k.mobile()})",
            f"Rappeler {p.given} {upper(p.surname)} au {k.landline()}",
            f"{'Voisin' if p.sex == 'M' else 'Voisine'} ({k.name(p, 'civility_surname')}) a la clé du portail",
            f"Réponse envoyée à {k.personal_email(p)}"])

    notes = k.mixed(personal, lambda: k.rng.choice(["Lampadaire en panne depuis une semaine",
                                                    "Dépôt sauvage de gravats", "Trou dans la chaussée", None]))
    return Layer("signalements_citoyens", column, {column: notes}, geometry)


# ===== Associations, events, elections ==========================================================

@template("asso-name", False, "names of associations, some after famous people",
          [("nom_association", "public buildings"), ("titre", "none"), ("NOM", "none")])
def _(k, v):
    column, geometry = v
    values = [a[0] for a in k.pick(N.ASSOCIATIONS)]
    return Layer("annuaire_associations", column, {column: values}, geometry)


@template("asso-mail", False, "associations' generic mailboxes (some on consumer providers)",
          [("courriel", "none"), ("email_asso", "public buildings"), ("contact_mail", "none")])
def _(k, v):
    column, geometry = v
    values = []
    for _name, short in k.pick(N.ASSOCIATIONS):
        place = slug(k.org.commune)
        values.append(k.rng.choice([f"{short}.{place}@gmail.com", f"contact@{short.replace('.', '')}.fr",
                                    f"{short}@orange.fr", f"{short}{place}@laposte.net",
                                    f"asso.{short}@free.fr", f"secretariat.{short}@gmail.com"]))
    return Layer("annuaire_associations", column, {column: values}, geometry)


@template("asso-object", False, "associations' purposes and activities",
          [("objet", "none"), ("activite", "public buildings")])
def _(k, v):
    column, geometry = v
    return Layer("annuaire_associations", column,
                 {column: k.pick(["Promotion de la pratique du tennis", "Organisation de manifestations festives",
                                  "Aide alimentaire", "Défense des droits des locataires", "Théâtre amateur",
                                  "Entretien du patrimoine", "Randonnée pédestre", "Soutien scolaire",
                                  "Musique et harmonie", "Chasse et régulation du gibier"])}, geometry)


@template("asso-ids", False, "associations' SIRET and RNA numbers",
          [("siret", "none"), ("rna", "none")])
def _(k, v):
    column, geometry = v
    values = [k.siret() for _ in range(k.n)] if column == "siret" else \
        [f"W{k.org.postcode[:2]}{k.rng.randint(1000000, 9999999)}" for _ in range(k.n)]
    return Layer("annuaire_associations", column, {column: values}, geometry)


@template("asso-president", True, "names of associations' presidents and contact persons",
          [("president", "none"), ("presidente", "none"), ("NOM_PRESIDENT", "public buildings"),
           ("contact_nom", "none")])
def _(k, v):
    column, geometry = v
    return Layer("annuaire_associations", column,
                 {"association": [a[0] for a in k.pick(N.ASSOCIATIONS)],
                  column: k.names(k.people(), ["civility", "natural", "surname_first", "cadastral"])}, geometry)


@template("asso-president-mail", True, "personal e-mail addresses of associations' contact persons",
          [("courriel_president", "none"), ("email_correspondant", "none"), ("mail_contact", "public buildings")])
def _(k, v):
    column, geometry = v
    return Layer("annuaire_associations", column,
                 {"association": [a[0] for a in k.pick(N.ASSOCIATIONS)],
                  column: [k.personal_email(p) for p in k.people()]}, geometry)


@template("asso-president-phone", True, "personal phones of associations' contact persons",
          [("tel_president", "none"), ("portable_contact", "none"), ("telephone_correspondant", "public buildings")])
def _(k, v):
    column, geometry = v
    return Layer("annuaire_associations", column,
                 {"association": [a[0] for a in k.pick(N.ASSOCIATIONS)],
                  column: [k.mobile() if k.rng.random() < 0.8 else k.landline() for _ in range(k.n)]}, geometry)


@template("evt-name", False, "names of events, some after famous people or saints",
          [("nom_evenement", "public buildings"), ("titre", "public buildings"), ("manifestation", "none")])
def _(k, v):
    column, geometry = v
    return Layer("agenda_evenements", column, {column: k.pick(N.EVENTS)}, geometry)


@template("evt-dates", False, "dates of events",
          [("date_debut", "date"), ("date_fin", "date")])
def _(k, v):
    column, _ = v
    return Layer("agenda_evenements", column, {"evenement": k.pick(N.EVENTS),
                                               column: [_date(k.rng, 2023, 2025) for _ in range(k.n)]},
                 "public buildings")


@template("evt-organiser", False, "organisers of events (associations, services)",
          [("organisateur", "public buildings"), ("structure", "none"), ("porteur", "public buildings")])
def _(k, v):
    column, geometry = v
    values = [k.rng.choice([k.rng.choice(N.ASSOCIATIONS)[0], "Service culture", "Office de tourisme",
                            k.org.organisation, "Comité des fêtes"]) for _ in range(k.n)]
    return Layer("agenda_evenements", column, {column: values}, geometry)


@template("evt-contact", True, "named contact persons of events, with their mobiles",
          [("contact", "public buildings"), ("referent", "public buildings"), ("responsable_securite", "none")])
def _(k, v):
    column, geometry = v
    values = []
    for p in k.people():
        values.append(k.rng.choice([f"{p.given} {p.surname} {k.mobile()}", f"Contact : {k.name(p, 'natural')}",
                                    f"{k.name(p, 'civility')} - {k.mobile()}", k.name(p, "surname_first")]))
    return Layer("manifestations_declarees", column, {"evenement": k.pick(N.EVENTS), column: values}, geometry)


@template("elec-bureau", False, "polling stations",
          [("nom_bureau", "public buildings"), ("lieu_vote", "public buildings"), ("BUREAU", "public buildings")])
def _(k, v):
    column, geometry = v
    values = [f"Bureau {i + 1} - {k.rng.choice(N.EQUIPMENT + ['École ' + s for s in N.SCHOOL_NAMES])}"
              for i in range(k.n)]
    return Layer("bureaux_de_vote", column, {column: values}, geometry)


@template("elec-counts", False, "election counts by polling station",
          [("inscrits", "planning zones"), ("votants", "public buildings"), ("abstention_pct", "planning zones")])
def _(k, v):
    column, geometry = v
    values = [round(k.rng.uniform(20, 70), 1) if column.endswith("pct") else k.rng.randint(300, 1400)
              for _ in range(k.n)]
    return Layer("resultats_elections", column, {column: values}, geometry)


@template("elec-voters", True, "voters on an electoral roll extract",
          [("nom_naissance", "none"), ("NOM_USAGE", "none"), ("prenoms", "dwellings"), ("electeur", "dwellings"),
           ("nom_prenom", "none")])
def _(k, v):
    column, geometry = v
    people = k.people(born=(1930, 2005))
    if column == "prenoms":
        values = [" ".join([p.given] + p.middle) for p in people]
    elif column == "nom_naissance":
        values = [upper(p.maiden or p.surname) for p in people]
    elif column == "NOM_USAGE":
        values = [upper(p.surname) for p in people]
    else:
        values = k.names(people, ["cadastral", "surname_first", "maiden"])
    return Layer("liste_electorale_extrait", column, {column: values,
                                                      "bureau": k.pick([1, 2, 3, 4], len(values))}, geometry)


@template("elec-birth", True, "voters' dates of birth",
          [("date_naissance", "date"), ("DATE_NAISS", "text")])
def _(k, v):
    column, kind = v
    people = k.people(born=(1930, 2005))
    return Layer("liste_electorale_extrait", column,
                 {"nom": k.names(people, ["cadastral"]),
                  column: [p.birth if kind == "date" else p.birth.strftime("%d/%m/%Y") for p in people]}, "none")


@template("elec-address", True, "voters' home addresses",
          [("adresse", "dwellings"), ("adresse_electeur", "none")])
def _(k, v):
    column, geometry = v
    people = k.people(born=(1930, 2005))
    return Layer("liste_electorale_extrait", column,
                 {"nom": k.names(people, ["cadastral"]), column: k.addresses(styles=("caps", "natural", "flat"))},
                 geometry)


# ===== Social action (CCAS) ====================================================================

@template("ccas-beneficiary", True, "beneficiaries of social aid",
          [("nom_beneficiaire", "none"), ("beneficiaire", "dwellings"), ("BENEFICIAIRE", "none"),
           ("personne", "dwellings")])
def _(k, v):
    column, geometry = v
    return Layer(k.rng.choice(["ccas_aides_facultatives", "portage_repas", "registre_canicule", "colis_noel"]),
                 column, {column: k.names(k.people(born=(1925, 2000)),
                                          ["civility", "surname_first", "cadastral", "maiden"])}, geometry)


@template("ccas-age", True, "age of each beneficiary, located on their home",
          [("age", "dwellings"), ("AGE_BENEF", "dwellings"), ("tranche_age", "dwellings")])
def _(k, v):
    column, geometry = v
    ages = [k.rng.randint(62, 99) for _ in range(k.n)]
    values = [f"{a // 5 * 5}-{a // 5 * 5 + 4} ans" for a in ages] if column == "tranche_age" else ages
    return Layer(k.rng.choice(["registre_canicule", "portage_repas_beneficiaires"]), column, {column: values},
                 geometry)


@template("ccas-situation", True, "vulnerability of each registered person, located on their home",
          [("fragilite", "dwellings"), ("motif_inscription", "dwellings"), ("situation", "dwellings")])
def _(k, v):
    column, geometry = v
    return Layer("registre_canicule", column,
                 {column: k.pick(["Personne âgée isolée", "Handicap moteur", "Sortie d'hospitalisation",
                                  "Vit seule, sans famille proche", "Oxygénothérapie à domicile", "Malvoyante",
                                  "Isolement social"])}, geometry)


@template("ccas-contact-person", True, "persons to contact for a registered person (names and phones)",
          [("personne_a_prevenir", "dwellings"), ("contact_urgence", "none"), ("aidant", "dwellings")])
def _(k, v):
    column, geometry = v
    values = []
    for p in k.people():
        values.append(k.rng.choice([f"{k.name(p, 'natural')} ({'fils' if p.sex == 'M' else 'fille'}) {k.mobile()}",
                                    f"{k.name(p, 'civility')}", f"{'Fils' if p.sex == 'M' else 'Fille'} : {p.given} "
                                    f"{k.mobile()}", f"{k.name(p, 'surname_first')} - "
                                    f"{'voisin' if p.sex == 'M' else 'voisine'}",
                                    f"{p.given} {upper(p.surname)} {k.landline()}"]))
    return Layer("registre_canicule", column, {column: values}, geometry)


@template("ccas-first-name", True, "first names alone, in a column of a register of people or located on homes",
          [("prenom", "dwellings"), ("PRENOM", "dwellings"), ("prenom_benef", "none")])
def _(k, v):
    column, geometry = v
    values = [k.person(born=(1925, 1960)).given for _ in range(k.n)]
    if column.isupper():
        values = [upper(x) for x in values]
    return Layer(k.rng.choice(["portage_repas", "registre_canicule", "visites_domicile"]), column,
                 {column: values}, geometry)


@template("ccas-nir", True, "social security numbers (NIR with a valid key)",
          [("nir", "none"), ("NUM_SECU", "none"), ("numero_ss", "dwellings")])
def _(k, v):
    column, geometry = v
    return Layer(k.rng.choice(["ccas_dossiers", "aide_sociale_legale", "agents_paie"]), column,
                 {column: [k.nir(p) for p in k.people(born=(1935, 2000))]}, geometry)


@template("ccas-aggregates", False, "social figures aggregated on grid cells or IRIS (no person identifiable)",
          [("nb_beneficiaires", "200 m grid cells"), ("part_75_ans_plus", "IRIS"), ("age_moyen", "200 m grid cells"),
           ("nb_menages", "1 km grid cells")])
def _(k, v):
    column, geometry = v
    values = {"nb_beneficiaires": lambda: k.rng.randint(11, 140),
              "part_75_ans_plus": lambda: round(k.rng.uniform(3, 30), 1),
              "age_moyen": lambda: round(k.rng.uniform(28, 62), 1),
              "nb_menages": lambda: k.rng.randint(11, 900)}[column]
    return Layer(k.rng.choice(["carroyage_social", "iris_indicateurs", "filosofi_200m"]), column,
                 {column: [values() for _ in range(k.n)]}, geometry)


# ===== Streets and traffic =====================================================================

@template("voi-street", False, "street names, many after famous people",
          [("nom_voie", "natural"), ("NOM_VOIE", "caps"), ("libelle", "abbr"), ("voie", "natural"),
           ("nom_rue", "caps")])
def _(k, v):
    column, style = v
    return Layer(k.rng.choice(["voirie_communale", "TRONCONS_VOIE", "filaire_voies"]), column,
                 {column: [k.street_label(style) for _ in range(k.n)]}, "streets")


@template("voi-surface", False, "road surface and width",
          [("revetement", "streets"), ("largeur_m", "streets")])
def _(k, v):
    column, geometry = v
    values = [round(k.rng.uniform(3, 12), 1) for _ in range(k.n)] if column == "largeur_m" else \
        k.pick(["Enrobé", "Bicouche", "Pavés", "Stabilisé", "Béton"])
    return Layer("voirie_communale", column, {column: values}, geometry)


@template("voi-ban", False, "addresses of a reference address layer (every address of the commune, no people)",
          [("adresse", "address points"), ("nom_voie", "address points"), ("adresse_complete", "address points")])
def _(k, v):
    column, geometry = v
    values = k.addresses(styles=("natural", "full")) if column != "nom_voie" else \
        [k.street_label("natural") for _ in range(k.n)]
    return Layer(k.rng.choice(["adresses_ban", "base_adresse_locale", "adresses"]), column,
                 {"numero": [k.rng.randint(1, 120) for _ in values], column: values}, geometry)


@template("voi-permit-holder", True,
          "holders of road occupation orders (removals, skips): private persons and companies",
          [("beneficiaire_arrete", "street furniture"), ("demandeur", "street furniture")])
def _(k, v):
    column, geometry = v
    values = k.with_legal(k.names(k.people(), ["civility", "surname_first", "natural"]), 0.3)
    return Layer("arretes_voirie", column, {"objet": k.pick(["Déménagement", "Benne", "Échafaudage", "Livraison"]),
                                            column: values}, geometry)


@template("voi-plates", True, "licence plates of private vehicles",
          [("immatriculation", "none"), ("plaque", "street furniture"), ("IMMAT", "none"), ("num_immat", "dwellings")])
def _(k, v):
    column, geometry = v
    layer = {"immatriculation": "abonnes_stationnement_residentiel", "plaque": "fourriere_enlevements",
             "IMMAT": "videoverbalisation", "num_immat": "badges_residents"}[column]
    return Layer(layer, column, {column: [k.plate() for _ in range(k.n)]}, geometry)


@template("voi-fleet-plates", False, "licence plates of the organisation's own vehicles",
          [("immatriculation", "none"), ("IMMAT", "none")])
def _(k, v):
    column, geometry = v
    return Layer("flotte_vehicules_municipaux", column,
                 {"service": k.pick(["Espaces verts", "Voirie", "Police municipale", "Propreté", "Bâtiments"]),
                  "modele": k.pick(["Renault Kangoo", "Peugeot Partner", "Iveco Daily", "Renault Zoé"]),
                  column: [k.plate() for _ in range(k.n)]}, geometry)


@template("voi-terrace", False, "businesses holding terrace permits",
          [("raison_sociale", "street furniture"), ("enseigne", "street furniture")])
def _(k, v):
    column, geometry = v
    return Layer("terrasses_autorisees", column, {column: k.pick(N.BUSINESSES)}, geometry)


# ===== Trees ===================================================================================

@template("arb-taxon", False, "tree species and cultivars",
          [("essence", "street furniture"), ("nom_latin", "street furniture"), ("genre_espece", "street furniture")])
def _(k, v):
    column, geometry = v
    return Layer("patrimoine_arbore", column, {column: k.pick(N.TREE_TAXA)}, geometry)


@template("arb-remarkable", False, "names of remarkable trees, some after famous people",
          [("nom_arbre", "street furniture"), ("denomination", "street furniture")])
def _(k, v):
    column, geometry = v
    return Layer("arbres_remarquables", column, {column: k.pick(N.REMARKABLE_TREES)}, geometry)


@template("arb-sponsor", True, "residents who sponsored a tree, or to whom it is dedicated",
          [("parrain", "street furniture"), ("nom_parrain", "street furniture"), ("dedicace", "street furniture")])
def _(k, v):
    column, geometry = v
    if column == "dedicace":
        values = [k.rng.choice([f"Pour la naissance de {c.given} {c.surname}",
                                f"À {c.given}, né{'e' if c.sex == 'F' else ''} le {c.birth.strftime('%d/%m/%Y')}",
                                f"Naissance de {c.given} ({c.birth.year})"])
                  for c in (k.child() for _ in range(k.n))]
    else:
        values = k.names(k.people(), ["natural", "civility", "surname_first"])
    return Layer("arbres_naissance", column, {column: values}, geometry)


@template("arb-dates", False, "planting dates of trees",
          [("date_plantation", "date"), ("annee_plantation", "year")])
def _(k, v):
    column, kind = v
    dates = [_date(k.rng, 1960, 2024) for _ in range(k.n)]
    return Layer("patrimoine_arbore", column, {column: dates if kind == "date" else [d.year for d in dates]},
                 "street furniture")


@template("arb-provider", False, "contractors maintaining trees",
          [("prestataire", "street furniture"), ("entreprise", "street furniture")])
def _(k, v):
    column, geometry = v
    return Layer("interventions_arbres", column, {column: k.pick(N.CONTRACTORS)}, geometry)


# ===== Defibrillators ==========================================================================

@template("dae-operator", False, "operators of defibrillators and their phone (GeoDAE-like)",
          [("c_expt_rais", "name"), ("exploitant", "name"), ("c_expt_tel", "phone")])
def _(k, v):
    column, kind = v
    if kind == "name":
        values = [k.rng.choice([k.org.organisation, k.rng.choice(N.BUSINESSES), "Commune", "SDIS 25",
                                k.rng.choice(N.ASSOCIATIONS)[0]]) for _ in range(k.n)]
    else:
        values = [k.org.phone if k.rng.random() < 0.5 else k.org_number() for _ in range(k.n)]
    return Layer("defibrillateurs", column, {column: values}, "street furniture")


@template("dae-access", False, "access details of defibrillators",
          [("c_acc_complt", "street furniture"), ("c_disp_complt", "street furniture")])
def _(k, v):
    column, geometry = v
    return Layer("defibrillateurs", column,
                 {column: k.pick(["Hall d'accueil de la mairie", "Façade extérieure, côté parking",
                                  "Aux heures d'ouverture du gymnase", "Accès libre 24h/24", "Vestiaires du stade",
                                  "Demander à l'accueil"])}, geometry)


@template("dae-referent", True, "named persons in charge of each defibrillator, with their phones",
          [("referent_dae", "street furniture"), ("responsable_maintenance", "street furniture")])
def _(k, v):
    column, geometry = v
    values = [f"{k.name(p, k.rng.choice(['natural', 'civility', 'surname_first']))} - {k.mobile()}"
              for p in k.people()]
    return Layer("defibrillateurs_suivi", column, {column: values}, geometry)


# ===== Public procurement and grants ============================================================

@template("mp-holder", False, "holders of public contracts (companies)",
          [("titulaire", "none"), ("attributaire", "none"), ("raison_sociale_titulaire", "none")])
def _(k, v):
    column, geometry = v
    return Layer("marches_publics", column, {column: k.pick(N.CONTRACTORS),
                                             "siret": [k.siret() for _ in range(k.n)]}, geometry)


@template("mp-object", False, "objects of public contracts",
          [("objet", "none"), ("intitule", "none")])
def _(k, v):
    column, geometry = v
    return Layer("marches_publics", column,
                 {column: [k.rng.choice(["Réfection de la voirie ", "Éclairage public ", "Rénovation de l'école ",
                                         "Entretien des espaces verts ", "Travaux de réseaux "]) +
                           k.rng.choice(["rue Jean Jaurès", "avenue Victor Hugo", "Jules Ferry", "lot 2", "2024"])
                           for _ in range(k.n)]}, geometry)


@template("mp-amount", False, "amounts of public contracts",
          [("montant", "none"), ("montant_ht", "none")])
def _(k, v):
    column, geometry = v
    return Layer("marches_publics", column, {column: [round(k.rng.uniform(4000, 900000), 2) for _ in range(k.n)]},
                 geometry)


@template("sub-beneficiary", False, "grant beneficiaries that are associations and bodies",
          [("nomBeneficiaire", "none"), ("beneficiaire", "none"), ("association", "public buildings")])
def _(k, v):
    column, geometry = v
    return Layer("subventions_2023", column, {column: [a[0] for a in k.pick(N.ASSOCIATIONS)],
                                              "montant": [k.rng.randint(100, 40000) for _ in range(k.n)]}, geometry)


@template("sub-ids", False, "SIRET of grant beneficiaries (associations)",
          [("idBeneficiaire", "none"), ("siret", "none")])
def _(k, v):
    column, geometry = v
    return Layer("subventions_2023", column, {"nomBeneficiaire": [a[0] for a in k.pick(N.ASSOCIATIONS)],
                                              column: [k.siret() for _ in range(k.n)]}, geometry)


@template("sub-iban-asso", False, "bank accounts of associations receiving grants (legal persons)",
          [("iban_beneficiaire", "none"), ("rib_association", "none")])
def _(k, v):
    column, geometry = v
    return Layer("subventions_versements", column, {"association": [a[0] for a in k.pick(N.ASSOCIATIONS)],
                                                    column: [k.iban() for _ in range(k.n)]}, geometry)


@template("sub-individual", True, "private persons receiving individual grants (bike bonus, façade aid)",
          [("beneficiaire", "none"), ("nom_demandeur", "dwellings"), ("BENEFICIAIRE", "dwellings"),
           ("demandeur_aide", "none")])
def _(k, v):
    column, geometry = v
    return Layer(k.rng.choice(["aides_velo_electrique", "aide_ravalement_facades", "primes_renovation"]), column,
                 {column: k.names(k.people(), ["natural", "surname_first", "civility", "cadastral"]),
                  "montant": [k.rng.choice([100, 200, 300, 500, 1500]) for _ in range(k.n)]}, geometry)


# ===== Civil registration =====================================================================

@template("ec-births", True, "birth register: children's names and first names, parents",
          [("nom_enfant", "none"), ("prenoms", "none"), ("pere", "none"), ("mere", "none")])
def _(k, v):
    column, geometry = v
    children = [k.child() for _ in range(k.n)]
    if column == "prenoms":
        values = [", ".join([c.given] + c.middle) for c in children]
    elif column == "nom_enfant":
        values = [upper(c.surname) for c in children]
    else:
        values = k.names(k.people(born=(1975, 1998), sex="M" if column == "pere" else "F"),
                         ["surname_first", "natural", "cadastral"])
    return Layer("registre_naissances", column, {column: values,
                                                 "date_acte": [_date(k.rng, 2018, 2023) for _ in range(k.n)]}, geometry)


@template("ec-marriages", True, "marriage register: spouses",
          [("epoux", "none"), ("epouse", "none")])
def _(k, v):
    column, geometry = v
    values = k.names(k.people(born=(1960, 1998)), ["surname_first", "cadastral", "natural"])
    return Layer("registre_mariages", column, {column: values}, geometry)


@template("ec-deaths", True, "death register: names of the deceased",
          [("nom_defunt", "none"), ("DEFUNT", "none")])
def _(k, v):
    column, geometry = v
    values = k.names(k.people(born=(1920, 1960)), ["surname_first", "cadastral", "maiden"])
    return Layer("registre_deces", column, {column: values}, geometry)


@template("ec-stats", False, "counts of births, deaths, marriages and civil unions per commune",
          [("nb_naissances", "communes"), ("nb_deces", "communes"), ("nb_mariages", "none"), ("nb_pacs", "communes")])
def _(k, v):
    column, geometry = v
    return Layer("etat_civil_statistiques", column,
                 {"commune": k.pick(N.COMMUNES_DOUBS), "annee": k.pick([2019, 2020, 2021, 2022]),
                  column: [k.rng.randint(0, 240) for _ in range(k.n)]}, geometry)


@template("ec-first-name-stats", False, "first-name statistics (counts per year or commune)",
          [("prenom", "none"), ("PRENOM", "communes"), ("prenom_le_plus_donne", "communes")])
def _(k, v):
    column, geometry = v
    values = [k.child().given for _ in range(k.n)]
    if column.isupper():
        values = [upper(x) for x in values]
    return Layer("prenoms_statistiques", column,
                 {column: values, "nombre": [k.rng.randint(3, 60) for _ in values],
                  "annee": k.pick([2020, 2021, 2022, 2023], len(values))}, geometry)


@template("ec-not-a-nir", False, "fifteen-digit references that are not social security numbers (key does not check)",
          [("num_engagement", "2"), ("reference_facture", "1"), ("code_operation", "20")])
def _(k, v):
    column, prefix = v
    return Layer(k.rng.choice(["comptabilite_engagements", "factures_fournisseurs", "operations_travaux"]), column,
                 {column: [k.not_a_nir(prefix) for _ in range(k.n)],
                  "montant": [round(k.rng.uniform(50, 90000), 2) for _ in range(k.n)]}, "none")


# ===== Homes, professionals, businesses, farms ===================================================

@template("home-first-name", True, "first names alone located on dwellings, parcels or graves",
          [("prenom", "dwellings"), ("PRENOM", "parcels"), ("prenom", "graves")])
def _(k, v):
    column, geometry = v
    values = [k.person().given for _ in range(k.n)]
    if column.isupper():
        values = [upper(x) for x in values]
    layer = {"dwellings": "visites_domicile", "parcels": "jardins_familiaux_attributaires",
             "graves": "sepultures"}[geometry]
    return Layer(layer, column, {column: values}, geometry)


@template("home-address", True, "home addresses of people",
          [("domicile", "dwellings"), ("adresse_perso", "none"), ("adresse_residence", "dwellings"),
           ("adresse_domicile", "none")])
def _(k, v):
    column, geometry = v
    return Layer(k.rng.choice(["agents_domicile", "benevoles", "visites_domicile", "familles_accueil"]), column,
                 {column: k.addresses(styles=("natural", "full", "flat", "caps"))}, geometry)


@template("assmat", True, "childminders working from home: names, phones, addresses (rows are people)",
          [("nom", "names"), ("nom_assmat", "names"), ("telephone", "phone"), ("tel_assmat", "phone"),
           ("adresse", "address")])
def _(k, v):
    column, kind = v
    people = k.people(born=(1960, 1995), sex="F")
    values = {"names": k.names(people, ["civility", "surname_first", "natural"]),
              "phone": [k.mobile() if k.rng.random() < 0.7 else k.landline() for _ in people],
              "address": k.addresses(styles=("natural", "full"))}[kind]
    return Layer(k.rng.choice(["assistantes_maternelles", "RPE_assmat_agreees"]), column,
                 {column: values, "places": [k.rng.randint(1, 4) for _ in people]}, "dwellings")


@template("health-practitioners", True, "names of health practitioners (natural persons) at their practices",
          [("nom_praticien", "public buildings"), ("medecin", "public buildings")])
def _(k, v):
    column, geometry = v
    values = [k.rng.choice([f"Dr {p.given} {p.surname}", f"Docteur {upper(p.surname)}", k.name(p, "surname_first")])
              for p in k.people(born=(1955, 1992))]
    return Layer("offre_de_soins", column, {column: values,
                                            "specialite": k.pick(["Médecin généraliste", "Kinésithérapeute",
                                                                  "Infirmier", "Dentiste"], len(values))}, geometry)


@template("gite-owner", True, "owners of holiday cottages (private persons)",
          [("proprietaire", "dwellings"), ("contact_proprietaire", "dwellings")])
def _(k, v):
    column, geometry = v
    values = [k.couple() if k.rng.random() < 0.4 else k.name(k.person(), "civility") for _ in range(k.n)]
    if column == "contact_proprietaire":
        values = [f"{x} - {k.mobile()}" for x in values]
    return Layer("hebergements_touristiques", column, {column: values}, geometry)


@template("gite-name", False, "names and ratings of tourist accommodation",
          [("nom_hebergement", "dwellings"), ("classement", "dwellings")])
def _(k, v):
    column, geometry = v
    values = k.pick(["Gîte Les Gentianes", "Chambres d'hôtes du Moulin", "Gîte de la Source", "Le Nid de la Loue",
                     "Gîte Chez Marcel", "La Ferme Comtoise", "Le Chalet du Lison", "Gîte Victor Hugo"]) \
        if column == "nom_hebergement" else k.pick(["1 étoile", "2 étoiles", "3 épis", "Non classé", "4 étoiles"])
    return Layer("hebergements_touristiques", column, {column: values}, geometry)


@template("commerce", False, "businesses' trading names (some include a person's name)",
          [("enseigne", "buildings"), ("raison_sociale", "public buildings"), ("nom_commerce", "address points")])
def _(k, v):
    column, geometry = v
    return Layer("commerces_proximite", column, {column: k.pick(N.BUSINESSES),
                                                 "activite": k.pick(["Commerce", "Restauration", "Service"])},
                 geometry)


@template("agri-farmer", True, "farmers named as persons (individual farms)",
          [("exploitant", "parcels"), ("chef_exploitation", "parcels")])
def _(k, v):
    column, geometry = v
    values = k.names(k.people(born=(1950, 1995)), ["cadastral", "surname_first", "natural"])
    return Layer("ilots_exploitants", column, {column: values}, geometry)


@template("agri-company", False, "farms that are companies (GAEC, EARL, SCEA) and their legal form",
          [("exploitation", "parcels"), ("forme_juridique", "parcels")])
def _(k, v):
    column, geometry = v
    if column == "exploitation":
        values = [k.rng.choice([f"GAEC {k.rng.choice(N.FARMS)}", f"EARL {k.rng.choice(N.FARMS)}",
                                f"SCEA {k.rng.choice(N.FARMS)}", f"GAEC {upper(k.person().surname)}"])
                  for _ in range(k.n)]
    else:
        values = k.pick(["GAEC", "EARL", "SCEA", "SARL", "SA"])
    return Layer("exploitations_agricoles", column, {column: values}, geometry)


# ===== Free text ==============================================================================

@template("free-technical", False, "technical free text with no person (services, companies, works)",
          [("observations", "buildings"), ("remarques", "public buildings"), ("commentaire", "public buildings"),
           ("note", "none")])
def _(k, v):
    column, geometry = v
    notes = []
    for _ in range(k.n):
        notes.append(k.rng.choice([
            "Toiture refaite en 2019", "Accessibilité PMR à prévoir",
            f"Contrôle annuel par {k.rng.choice(N.CONTRACTORS)}",
            f"Contacter l'accueil au {k.org.phone}", f"Demandes à adresser à {k.service_email()}",
            "Bâtiment inscrit à l'inventaire", "Fermé en août", None, "Amiante : diagnostic négatif",
            "Chaudière gaz remplacée par PAC", "Salle Victor Hugo au 1er étage", "Clés à l'accueil de la mairie"]))
    return Layer("batiments_observations", column, {column: notes}, geometry)


@template("free-people", True, "free text naming or contacting people",
          [("observations", "dwellings"), ("remarques", "parcels"), ("commentaire", "none"), ("note", "dwellings"),
           ("historique", "parcels")])
def _(k, v):
    column, geometry = v
    def personal():
        p = k.person()
        return k.rng.choice([
            f"{k.name(p, 'civility')}, tél {k.mobile()}", f"Propriétaire : {k.name(p, 'cadastral')}",
            f"Vendu en 2021 à {k.name(p, 'civility_surname')}", f"Succession {upper(p.surname)} en cours",
            f"Rdv avec {p.given} {p.surname} le {_date(k.rng, 2022, 2024).strftime('%d/%m')}",
            f"Courrier retourné, nouvelle adresse de {k.name(p, 'civility')} : {k.address('full')}",
            f"Contact : {k.personal_email(p)}"])

    notes = k.mixed(personal, lambda: k.rng.choice(["RAS", None, "Visite effectuée", "Dossier complet"]))
    return Layer(k.rng.choice(["suivi_dossiers", "visites_terrain", "parcelles_observations"]), column,
                 {column: notes}, geometry)


# --- assembly ---------------------------------------------------------------------------------


def _seed(case_id: str) -> int:
    return int.from_bytes(hashlib.sha256(case_id.encode("utf-8")).digest()[:8], "big")


def _column_type(values):
    present = [v for v in values if v is not None]
    if present and all(isinstance(v, datetime.date) for v in present):
        return "date"
    if present and all(isinstance(v, int) and not isinstance(v, bool) for v in present):
        return "integer"
    if present and all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in present):
        return "number"
    return "string"


def _json_value(value, kind):
    if value is None:
        return None
    if kind == "date":
        return value.isoformat()
    if kind == "number":
        return float(value)
    return value


def build_cases() -> list[dict]:
    cases = []
    for key, personal, reason, variants, org_key, function in TEMPLATES:
        for index, variant in enumerate(variants, 1):
            case_id = f"{key}-{index:02d}"
            rng = random.Random(_seed(case_id))
            org = ORG[org_key] if org_key else rng.choice(ORGS)
            kit = Kit(rng, org)
            spec = function(kit, variant)
            lengths = {len(values) for values in spec.columns.values()}
            assert len(lengths) == 1 and spec.column in spec.columns, case_id
            types = {name: _column_type(values) for name, values in spec.columns.items()}
            geometry_type, maker = GEOMETRIES[spec.geometry]
            rows = lengths.pop()
            cases.append({
                "id": case_id,
                "template": key,
                "personal": personal,
                "reason": reason,
                "layer": spec.layer,
                "column": spec.column,
                "columns": {name: [_json_value(v, types[name]) for v in values]
                            for name, values in spec.columns.items()},
                "types": types,
                "geometry_kind": spec.geometry,
                "geometry_type": geometry_type,
                "geometry": maker(kit, rows) if maker else None,
                "crs": "EPSG:2154" if maker else "",
                "record": {"organisation": org.organisation, "email": org.email, "phone": org.phone},
            })
    return cases


def main() -> None:
    cases = build_cases()
    with open(OUTPUT, "w", encoding="utf-8") as handle:
        # One case a line: the file diffs case by case.
        handle.write("[\n" + ",\n".join(json.dumps(c, ensure_ascii=False) for c in cases) + "\n]\n")
    personal = sum(c["personal"] for c in cases)
    print(f"{len(cases)} cases: {personal} personal, {len(cases) - personal} not personal -> {OUTPUT}")


if __name__ == "__main__":
    main()
