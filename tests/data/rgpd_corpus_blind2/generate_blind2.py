"""Writes the blind-2 corpus of the personal-data guard (cases.json), deterministically.

    python tests/data/rgpd_corpus_blind2/generate_blind2.py

Each template below is one kind of column of a French local-authority layer, with its label and its
reason; it yields one case per variant (other publishers, column names, value conventions and
geometries). Labels follow README.md. Everything is invented (names from names2.py).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import random
import sys
import unicodedata
import zlib
from dataclasses import dataclass, field

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import names2 as N  # noqa: E402

OUTPUT = os.path.join(HERE, "cases.json")


# --------------------------------------------------------------------------------------------------
# Publishers: the organisation behind each layer (the record's contact).


@dataclass
class Org:
    key: str
    name: str
    email: str  # the record's contact: the organisation's own functional mailbox
    phone: str  # its switchboard
    domain: str  # its own domain ("" for a small commune using a consumer provider)
    region: str
    centre: tuple
    dept: str
    academy: str
    communes: list = field(default_factory=list)  # (name, insee, postcode)

    @property
    def block(self) -> str:  # the first eight digits of its numbers: "03 81 57 22"
        return self.phone[:11]


ORGS = [
    Org(
        "villers",
        "Commune de Villers-sur-Ognon",
        "mairie@villers-sur-ognon.fr",
        "03 81 57 22 00",
        "villers-sur-ognon.fr",
        "bfc",
        (936400, 6697200),
        "25",
        "ac-besancon.fr",
        [
            ("Villers-sur-Ognon", "25627", "25870"),
            ("Chenevrey-le-Bas", "25142", "25870"),
            ("Rigney-la-Côte", "25491", "25640"),
        ],
    ),
    Org(
        "hautleon",
        "Communauté de communes du Haut-Léon",
        "sig@cc-hautleon.bzh",
        "02 98 68 41 00",
        "cc-hautleon.bzh",
        "bretagne",
        (166000, 6862000),
        "29",
        "ac-rennes.fr",
        [
            ("Ploumeur-Léon", "29215", "29420"),
            ("Lanhouarn", "29118", "29400"),
            ("Kerlouan-Vihan", "29093", "29890"),
            ("Saint-Derrien-Vras", "29245", "29440"),
        ],
    ),
    Org(
        "salvagnac",
        "Commune de Salvagnac-d'Olt",
        "accueil@salvagnac-dolt.fr",
        "05 65 44 18 50",
        "salvagnac-dolt.fr",
        "occitanie",
        (648000, 6378000),
        "12",
        "ac-toulouse.fr",
        [("Salvagnac-d'Olt", "12254", "12330"), ("Bozouls-le-Haut", "12033", "12340")],
    ),
    Org(
        "niederbach",
        "Ville de Niederbach",
        "sig@ville-niederbach.fr",
        "03 88 72 90 00",
        "ville-niederbach.fr",
        "alsace",
        (1046000, 6872000),
        "67",
        "ac-strasbourg.fr",
        [("Niederbach", "67329", "67580"), ("Oberbach-les-Vignes", "67351", "67580")],
    ),
    Org(
        "basqueadour",
        "Communauté d'agglomération Pays Basque Adour",
        "geomatique@basque-adour-agglo.fr",
        "05 59 48 30 00",
        "basque-adour-agglo.fr",
        "basque",
        (346000, 6271000),
        "64",
        "ac-bordeaux.fr",
        [
            ("Hazparne-Garazi", "64255", "64240"),
            ("Urcuray-Lapurdi", "64546", "64990"),
            ("Makea-Ttipi", "64361", "64240"),
        ],
    ),
    Org(
        "flandrelys",
        "Métropole Flandre-Lys",
        "opendata@flandre-lys.fr",
        "03 20 63 11 00",
        "flandre-lys.fr",
        "nord",
        (702000, 7062000),
        "59",
        "ac-lille.fr",
        [("Wattrelys", "59650", "59150"), ("Hemme-sur-Lys", "59299", "59510"), ("Croix-Flandre", "59163", "59170")],
    ),
    Org(
        "sievalsaone",
        "Syndicat intercommunal des eaux du Val de Saône",
        "contact@sie-valdesaone.fr",
        "03 85 32 64 50",
        "sie-valdesaone.fr",
        "bfc",
        (846000, 6628000),
        "71",
        "ac-dijon.fr",
        [("Ouroux-la-Saône", "71336", "71370"), ("Baudrières-Vieux", "71022", "71370")],
    ),
    Org(
        "sanmartinu",
        "Commune de San-Martinu-di-Golu",
        "mairie@sanmartinu-golu.corsica",
        "04 95 36 12 00",
        "sanmartinu-golu.corsica",
        "corse",
        (1226000, 6181000),
        "2B",
        "ac-corse.fr",
        [("San-Martinu-di-Golu", "2B313", "20290")],
    ),
    Org(
        "sivomouche",
        "SIVOM de la vallée de l'Ouche",
        "dechets@sivom-ouche.fr",
        "03 80 49 72 00",
        "sivom-ouche.fr",
        "bfc",
        (842000, 6688000),
        "21",
        "ac-dijon.fr",
        [("Velars-sur-Ouche-le-Bas", "21660", "21370"), ("Fleurey-la-Combe", "21273", "21410")],
    ),
    Org(
        "villeneuvelhers",
        "Ville de Villeneuve-sur-Lhers",
        "sig@villeneuve-lhers.fr",
        "05 61 74 33 00",
        "villeneuve-lhers.fr",
        "occitanie",
        (585000, 6280000),
        "31",
        "ac-toulouse.fr",
        [("Villeneuve-sur-Lhers", "31588", "31620")],
    ),
    Org(
        "staubin",
        "Commune de Saint-Aubin-des-Landes-Vras",
        "mairie.staubindeslandes@wanadoo.fr",
        "02 99 49 05 12",
        "",
        "bretagne",
        (372000, 6792000),
        "35",
        "ac-rennes.fr",
        [("Saint-Aubin-des-Landes-Vras", "35249", "35500")],
    ),
    Org(
        "vaulx",
        "Ville de Vaulx-les-Monts",
        "sig@vaulx-les-monts.fr",
        "04 72 14 60 00",
        "vaulx-les-monts.fr",
        "rhone",
        (852000, 6521000),
        "69",
        "ac-lyon.fr",
        [("Vaulx-les-Monts", "69257", "69120")],
    ),
    Org(
        "domes",
        "Agglomération Dômes et Sioule",
        "sig@domes-sioule.fr",
        "04 73 86 25 00",
        "domes-sioule.fr",
        "auvergne",
        (702000, 6524000),
        "63",
        "ac-clermont.fr",
        [
            ("Volvic-les-Puys", "63470", "63530"),
            ("Riom-Sioule", "63300", "63200"),
            ("Combronde-Haute", "63116", "63460"),
        ],
    ),
]
ORG = {o.key: o for o in ORGS}
HOME_BLOCKS = {
    "bretagne": "02 61 91",
    "bfc": "03 53 01",
    "alsace": "03 53 01",
    "nord": "03 53 01",
    "rhone": "04 65 71",
    "auvergne": "04 65 71",
    "corse": "04 65 71",
    "occitanie": "05 36 49",
    "basque": "05 36 49",
}
AREA = {
    "bretagne": ["02 98", "02 99", "02 96"],
    "bfc": ["03 81", "03 84", "03 80", "03 85"],
    "alsace": ["03 88", "03 89"],
    "nord": ["03 20", "03 28"],
    "rhone": ["04 72", "04 78"],
    "auvergne": ["04 73"],
    "corse": ["04 95"],
    "occitanie": ["05 65", "05 61", "05 62"],
    "basque": ["05 59"],
}
OTHER_CITIES = [
    ("25000", "BESANCON"),
    ("21000", "DIJON"),
    ("75015", "PARIS"),
    ("75011", "PARIS"),
    ("69003", "LYON"),
    ("29200", "BREST"),
    ("29000", "QUIMPER"),
    ("12000", "RODEZ"),
    ("31500", "TOULOUSE"),
    ("67000", "STRASBOURG"),
    ("68000", "COLMAR"),
    ("64100", "BAYONNE"),
    ("59000", "LILLE"),
    ("59100", "ROUBAIX"),
    ("20200", "BASTIA"),
    ("20000", "AJACCIO"),
    ("63000", "CLERMONT FERRAND"),
    ("69100", "VILLEURBANNE"),
    ("44000", "NANTES"),
    ("25200", "MONTBELIARD"),
    ("68100", "MULHOUSE"),
    ("92100", "BOULOGNE BILLANCOURT"),
    ("13008", "MARSEILLE"),
    ("33000", "BORDEAUX"),
    ("1000", "BRUXELLES BELGIQUE"),
]


# --------------------------------------------------------------------------------------------------
# People and their conventions.


@dataclass
class Person:
    first: str
    others: list
    last: str
    birth_last: str
    sex: str
    birth: dt.date
    origin: str


def plain(text: str) -> str:
    """Without accents, as MAJIC and many old tables write names."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace("ı", "i")


def up(text: str) -> str:
    return plain(text).upper()


ERAS = {
    "old": (1922, 1946),
    "mid": (1946, 1976),
    "young": (1976, 2002),
    "child": (2008, 2021),
    "adult": (1935, 2000),
    "dead": (1898, 1950),
}


class Gen:
    """Random choices of one case, seeded by the case's id (stable across runs and Python versions)."""

    def __init__(self, key: str):
        self.r = random.Random(zlib.crc32(key.encode("utf-8")))

    def pick(self, seq):
        return self.r.choice(list(seq))

    def sample(self, seq, k):
        return self.r.sample(list(seq), k)

    def n(self, low=8, high=18) -> int:
        return self.r.randint(low, high)

    def chance(self, p: float) -> bool:
        return self.r.random() < p

    # people -------------------------------------------------------------------------------------
    def person(self, region: str, era: str = "adult", sex: str = "") -> Person:
        mix = N.REGION_MIX[region]
        origin = self.r.choices(list(mix), weights=list(mix.values()))[0]
        last = self.pick(N.SURNAMES[origin])
        sex = sex or self.pick("FM")
        low, high = ERAS[era]
        birth = dt.date(self.r.randint(low, high - 1), self.r.randint(1, 12), self.r.randint(1, 28))
        pool = N.GIVEN_OF[origin]
        if pool is None or self.chance(0.25):
            pool = "fr_old" if birth.year < 1946 else "fr_mid" if birth.year < 1976 else "fr_young"
            if region in N.GIVEN and region != "fr" and self.chance(0.3):
                pool = region
        if pool == "flandre" and region != "nord":
            pool = "fr_mid"
        female, male = N.GIVEN[pool] if pool in N.GIVEN else N.GIVEN["fr_mid"]
        first = self.pick(female if sex == "F" else male)
        others = []
        if self.chance(0.5):
            source = N.GIVEN["fr_old"] if birth.year < 1960 else N.GIVEN["fr_mid"]
            others = self.sample(source[0] if sex == "F" else source[1], self.r.randint(1, 2))
        birth_last = last
        if sex == "F" and birth.year < 1995 and self.chance(0.45):
            other = self.person(region, era, "M")
            birth_last, last = last, other.last
        return Person(first, [o for o in others if o != first], last, birth_last, sex, birth, origin)

    def people(self, org: Org, n: int, era: str = "adult") -> list:
        return [self.person(org.region, era) for _ in range(n)]

    # contacts -----------------------------------------------------------------------------------
    def mobile(self, style: str = "") -> str:
        if self.chance(0.55):
            digits = "063998" + "".join(str(self.r.randint(0, 9)) for _ in range(4))
        else:
            digits = "07" + str(self.r.randint(50, 89)) + "".join(str(self.r.randint(0, 9)) for _ in range(6))
        return phone_style(digits, style or self.pick(["spaced", "spaced", "compact", "dotted", "intl", "dashed"]))

    def home_phone(self, org: Org, style: str = "spaced") -> str:
        digits = HOME_BLOCKS[org.region].replace(" ", "") + "".join(str(self.r.randint(0, 9)) for _ in range(4))
        return phone_style(digits, style)

    def org_phone(self, org: Org, style: str = "spaced") -> str:
        """A number of the publisher's own block (services, equipment)."""
        return phone_style(org.block.replace(" ", "") + f"{self.r.randint(1, 99):02d}", style)

    def other_org_phone(self, org: Org, style: str = "spaced") -> str:
        """Another organisation's number in the area (a school, a club house, a clinic)."""
        area = self.pick(AREA[org.region]).replace(" ", "")
        tail = f"{self.r.randint(10, 99)}{self.r.randint(10, 99)}{self.pick(['00', '50', '10', '20', '30'])}"
        if self.chance(0.5):
            tail = f"{self.r.randint(10, 99)}{self.r.randint(10, 99)}{self.r.randint(10, 99)}"
        return phone_style(area + tail, style)

    def email(self, p: Person) -> str:
        first = slug(p.first.split()[0] if " " in p.first and p.origin not in ("vietnam", "chine") else p.first)
        last = slug(p.last)
        year = str(p.birth.year)
        form = self.pick(
            [
                f"{first}.{last}",
                f"{first[0]}{last}",
                f"{last}.{first}",
                f"{first}{last}{year[2:]}",
                f"{first}.{last}{self.r.randint(1, 99)}",
                f"{first}_{last}",
                f"{last}{first[0]}{self.r.randint(10, 99)}",
                f"{first}{year}",
                f"{first[0]}.{last}",
                f"les{last}",
                f"{first}.{last}.{self.r.randint(25, 95)}",
            ]
        )
        return f"{form}@{self.pick(N.EMAIL_PROVIDERS)}"

    def agent_email(self, p: Person, org: Org) -> str:
        first, last = slug(p.first), slug(p.last)
        form = self.pick([f"{first}.{last}", f"{first[0]}.{last}", f"{first[0]}{last}", f"{last}.{first}"])
        return f"{form}@{org.domain or 'mairie-' + slug(org.communes[0][0]) + '.fr'}"

    # addresses ----------------------------------------------------------------------------------
    def street(self, person_named: float = 0.5) -> str:
        return self.pick(N.STREETS_PERSON if self.chance(person_named) else N.STREETS_PLAIN)

    def address(self, org: Org, with_city: bool = False, person_named: float = 0.5) -> str:
        number = self.r.randint(1, 148)
        suffix = self.pick(["", "", "", "", " bis", " ter", "B"])
        text = f"{number}{suffix} {self.street(person_named)}"
        if with_city:
            name, _insee, cp = self.pick(org.communes)
            text += f", {cp} {name}"
        return text

    def majic_street(self) -> str:
        return f"{self.r.randint(1, 148):04d} {up(self.street())}"

    def commune(self, org: Org):
        return self.pick(org.communes)

    # identifiers --------------------------------------------------------------------------------
    def nir(self, p: Person, org: Org, style: str = "compact") -> str:
        sex = "1" if p.sex == "M" else "2"
        where = self.pick(["home", "home", "elsewhere", "abroad"])
        if where == "home":
            dept, commune = org.dept, org.communes[0][1][2:]
        elif where == "abroad":
            dept, commune = "99", self.pick(["350", "352", "139", "134", "341", "212", "243", "331"])
        else:
            dept, commune = (
                self.pick(["75", "2A", "2B", "13", "59", "69", "33", "25", "29"]),
                f"{self.r.randint(1, 400):03d}",
            )
        body = f"{sex}{p.birth.year % 100:02d}{p.birth.month:02d}{dept}{commune}{self.r.randint(1, 999):03d}"
        key = nir_key(body)
        if style == "spaced":
            return f"{body[0]} {body[1:3]} {body[3:5]} {body[5:7]} {body[7:10]} {body[10:13]} {key:02d}"
        return f"{body}{key:02d}"

    def iban(self, style: str = "spaced") -> str:
        bank = f"{self.pick([10278, 30004, 30002, 20041, 16606, 11306, 13807, 17515, 10096, 14445]):05d}"
        branch = f"{self.r.randint(100, 99999):05d}"
        account = "".join(str(self.r.randint(0, 9)) for _ in range(11))
        rib = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97
        bban = f"{bank}{branch}{account}{rib:02d}"
        check = 98 - int(iban_digits(bban + "FR00")) % 97
        text = f"FR{check:02d}{bban}"
        return " ".join(text[i : i + 4] for i in range(0, len(text), 4)) if style == "spaced" else text

    def siret(self) -> str:
        siren = luhn_complete("".join(str(self.r.randint(0, 9)) for _ in range(8)))
        return luhn_complete(siren + "".join(str(self.r.randint(0, 9)) for _ in range(4)))

    def siren(self) -> str:
        return luhn_complete(str(self.r.randint(1, 9)) + "".join(str(self.r.randint(0, 9)) for _ in range(7)))

    def plate(self, style: str = "siv") -> str:
        letters = "ABCDEFGHJKLMNPQRSTVWXYZ"
        if style == "fni":
            dept = self.pick(["25", "29", "12", "67", "64", "59", "69", "63", "2B", "21", "71", "31", "35"])
            return f"{self.r.randint(1, 9999)} {self.pick(letters)}{self.pick(letters)} {dept}"
        first = self.pick(letters[:-4]) + self.pick(letters)
        if first in ("SS", "WW"):
            first = "GH"
        text = f"{first}-{self.r.randint(1, 999):03d}-{self.pick(letters)}{self.pick(letters)}"
        return text if self.chance(0.8) else text.replace("-", self.pick(["", " "]))

    def not_nir(self) -> str:
        """Fifteen digits shaped like a NIR whose key does not check (a reference number)."""
        body = str(self.r.choice([1, 2])) + "".join(str(self.r.randint(0, 9)) for _ in range(12))
        key = nir_key(body)
        wrong = (key + self.r.randint(1, 96)) % 97 or 1
        return f"{body}{wrong:02d}"

    def uai(self, org: Org) -> str:
        dept = {"2B": "620", "2A": "620"}.get(org.dept, "0" + org.dept if len(org.dept) == 2 else org.dept)
        number = f"{self.r.randint(0, 9999):04d}"
        return f"{dept}{number}{self.pick('ABCDEFGHJKLMNPRSTUVWXYZ')}"

    def date(self, low: int, high: int) -> dt.date:
        return dt.date(self.r.randint(low, high), self.r.randint(1, 12), self.r.randint(1, 28))

    def idpar(self, org: Org) -> str:
        """Parcel identifier: INSEE code, '000', section on two characters, number on four."""
        section = self.pick(["0A", "0B", "0C", "0D", "0E", "0H", "0K", "AB", "ZC", "ZA", "OA", "YB"])
        return f"{org.communes[0][1]}000{section}{self.r.randint(1, 2500):04d}"


def phone_style(digits: str, style: str) -> str:
    pairs = [digits[i : i + 2] for i in range(0, 10, 2)]
    if style == "compact":
        return digits
    if style == "dotted":
        return ".".join(pairs)
    if style == "dashed":
        return "-".join(pairs)
    if style == "intl":
        return "+33 " + digits[1] + " " + " ".join(pairs[1:])
    return " ".join(pairs)


def slug(text: str) -> str:
    return "".join(c for c in plain(text).lower().replace(" ", "-").replace("'", "") if c.isalnum() or c in "-")


def nir_key(body: str) -> int:
    number = int(body.replace("2A", "19").replace("2B", "18"))
    return 97 - number % 97


def iban_digits(text: str) -> str:
    return "".join(str(int(c, 36)) for c in text)


def luhn_complete(digits: str) -> str:
    for last in range(10):
        candidate = digits + str(last)
        total = 0
        for i, c in enumerate(reversed(candidate)):
            d = int(c) * (2 if i % 2 else 1)
            total += d - 9 if d > 9 else d
        if total % 10 == 0:
            return candidate
    raise AssertionError("unreachable")


# name conventions
def cad(p: Person) -> str:
    """Cadastral convention: upper case, no accent, surname first."""
    return f"{up(p.last)} {up(p.first)}"


def majic(p: Person) -> str:
    """MAJIC DDENOM: 'SURNAME/GIVEN NAMES'."""
    return f"{up(p.last)}/{up(' '.join([p.first] + p.others))}"


def natural(p: Person) -> str:
    return f"{p.first} {p.last}"


def civ(p: Person, upper_last: bool = False) -> str:
    title = "M." if p.sex == "M" else "Mme"
    return f"{title} {p.first} {up(p.last) if upper_last else p.last}"


def last_first(p: Person) -> str:
    return f"{p.last} {p.first}"


def upper_last_first(p: Person) -> str:
    return f"{up(p.last)} {p.first}"


def initial(p: Person) -> str:
    return f"{p.first[0]}. {p.last}"


def married(p: Person) -> str:
    """MME X NEE Y when she has a birth name of her own, else the cadastral form."""
    if p.sex == "F" and p.birth_last != p.last:
        return f"MME {up(p.last)} NEE {up(p.birth_last)} {up(p.first)}"
    return ("M " if p.sex == "M" else "MME ") + cad(p)


def couple(g: Gen, org: Org) -> str:
    a, b = g.person(org.region, "adult", "M"), g.person(org.region, "adult", "F")
    return g.pick(
        [
            f"M OU MME {up(a.last)} {up(a.first)}",
            f"M ET MME {up(a.last)}",
            f"{up(a.last)} {up(a.first)} ET {up(b.first)}",
            f"M. et Mme {a.first} et {b.first} {a.last}",
            f"{up(a.last)} {up(a.first)} / {up(b.last)} {up(b.first)}",
        ]
    )


# --------------------------------------------------------------------------------------------------
# Geometries (Lambert-93).


def _decimals(g: Gen) -> int:
    return g.pick([1, 2, 2, 2, 3])


def points(g: Gen, org: Org, n: int, spread: float = 1800, kind: str = "dwellings"):
    cx, cy = org.centre
    d = _decimals(g)
    coords = [
        [round(cx + g.r.uniform(-spread, spread), d), round(cy + g.r.uniform(-spread, spread), d)] for _ in range(n)
    ]
    return kind, "Point", coords


def boxes(g: Gen, org: Org, n: int, low: float, high: float, spread: float = 2500, kind: str = "parcels"):
    cx, cy = org.centre
    coords = []
    for _ in range(n):
        x, y = cx + g.r.uniform(-spread, spread), cy + g.r.uniform(-spread, spread)
        w, h = g.r.uniform(low, high), g.r.uniform(low, high)
        coords.append([round(x, 2), round(y, 2), round(x + w, 2), round(y + h, 2)])
    return kind, "Polygon", coords


def parcels(g, org, n):
    return boxes(g, org, n, 14, 95)


def buildings(g, org, n, kind="buildings"):
    return boxes(g, org, n, 8, 40, kind=kind)


def graves(g: Gen, org: Org, n: int, kind: str = "graves"):
    cx, cy = org.centre
    ox, oy = cx + g.r.uniform(-800, 800), cy + g.r.uniform(-800, 800)
    coords = []
    for i in range(n):
        row, col = divmod(i, 6)
        x, y = ox + col * 1.8 + g.r.uniform(0, 0.05), oy + row * 3.2
        w, h = (1.2, 2.5) if kind == "graves" else (2.0, 2.8)
        coords.append([round(x, 2), round(y, 2), round(x + w, 2), round(y + h, 2)])
    return kind, "Polygon", coords


def grid(g: Gen, org: Org, n: int, size: int = 200):
    cx, cy = org.centre
    x0, y0 = (int(cx) // size - 4) * size, (int(cy) // size - 4) * size
    cells = g.sample([(i, j) for i in range(9) for j in range(9)], n)
    coords = [[x0 + i * size, y0 + j * size, x0 + (i + 1) * size, y0 + (j + 1) * size] for i, j in cells]
    return ("200 m grid cells" if size == 200 else "1 km grid cells"), "Polygon", coords


def communes(g, org, n):
    return boxes(g, org, n, 3000, 9000, spread=20000, kind="communes")


def iris(g, org, n):
    return boxes(g, org, n, 600, 2500, spread=4000, kind="IRIS-like zones")


def zones(g, org, n):
    return boxes(g, org, n, 60, 700, spread=3000, kind="planning zones")


def lines(g: Gen, org: Org, n: int, low: float = 15, high: float = 250, kind: str = "network lines"):
    import math

    cx, cy = org.centre
    coords = []
    for _ in range(n):
        x, y = cx + g.r.uniform(-2500, 2500), cy + g.r.uniform(-2500, 2500)
        angle, length = g.r.uniform(0, 2 * math.pi), g.r.uniform(low, high)
        coords.append(
            [round(x, 2), round(y, 2), round(x + length * math.cos(angle), 2), round(y + length * math.sin(angle), 2)]
        )
    return kind, "LineString", coords


def streets(g, org, n):
    return lines(g, org, n, 60, 600, kind="streets")


def table(g=None, org=None, n=0):
    return "none", "", None


# --------------------------------------------------------------------------------------------------
# Templates and cases.

TEMPLATES = []


def template(name: str, personal: bool, reason: str, variants: int):
    def register(function):
        TEMPLATES.append((name, personal, reason, variants, function))
        return function

    return register


#: Communes and their groupings publish every kind of layer; the syndicates only their own trade's.
GENERAL = [o.key for o in ORGS if o.key not in ("sievalsaone", "sivomouche")]
WATER = GENERAL[:6] + ["sievalsaone", "sievalsaone"]
WASTE = GENERAL[:6] + ["sivomouche", "sivomouche"]


def org_for(g: Gen, v: int, keys=None) -> Org:
    keys = keys or GENERAL
    return ORG[keys[(v + g.r.randint(0, len(keys) - 1)) % len(keys)]]


def infer(values) -> str:
    for value in values:
        if value is None:
            continue
        if isinstance(value, bool):
            return "boolean"
        if isinstance(value, int):
            return "integer"
        if isinstance(value, float):
            return "number"
        return "string"
    return "string"


def build(name: str, personal: bool, reason: str, v: int, spec: dict) -> dict:
    org, columns = spec["org"], spec["columns"]
    lengths = {len(values) for values in columns.values()}
    assert len(lengths) == 1, (name, {k: len(x) for k, x in columns.items()})
    assert spec["column"] in columns, (name, spec["column"])
    types = {c: infer(values) for c, values in columns.items()}
    types.update(spec.get("types", {}))
    for c, kind in types.items():
        if kind == "date":
            columns[c] = [None if x is None else (x.isoformat() if isinstance(x, dt.date) else x) for x in columns[c]]
    kind, gtype, coords = spec["geometry"]
    if coords is not None:
        assert len(coords) == lengths.pop(), name
    return {
        "id": f"b2-{name}-{v + 1:02d}",
        "template": name,
        "personal": personal,
        "reason": spec.get("reason", reason),
        "layer": spec["layer"],
        "column": spec["column"],
        "columns": columns,
        "types": types,
        "geometry_kind": kind,
        "geometry_type": gtype,
        "geometry": coords,
        "crs": "EPSG:2154" if coords is not None else "",
        "record": {"organisation": org.name, "email": org.email, "phone": org.phone},
    }


def cases() -> list:
    out = []
    for name, personal, reason, variants, function in TEMPLATES:
        for v in range(variants):
            g = Gen(f"{name}/{v}")
            out.append(build(name, personal, reason, v, function(g, v)))
    ids = [c["id"] for c in out]
    assert len(ids) == len(set(ids))
    return out


def main() -> int:
    import templates_blind2  # noqa: F401  (registers the templates)

    corpus = cases()
    with open(OUTPUT, "w", encoding="utf-8") as handle:
        handle.write("[\n")
        handle.write(",\n".join(json.dumps(c, ensure_ascii=False, sort_keys=False) for c in corpus))
        handle.write("\n]\n")
    personal = sum(c["personal"] for c in corpus)
    print(
        f"{len(corpus)} cases: {personal} personal, {len(corpus) - personal} not, "
        f"{len(TEMPLATES)} templates -> {OUTPUT}"
    )
    return 0


if __name__ == "__main__":
    sys.modules.setdefault("generate_blind2", sys.modules[__name__])
    sys.exit(main())
