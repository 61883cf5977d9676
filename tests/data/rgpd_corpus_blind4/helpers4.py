"""Building blocks of the blind-4 templates: people, how registers write them, contacts, identifiers
with valid keys, Lambert-93 geometries, and the layer being built with each column's own label."""
from __future__ import annotations

import datetime
import math
from dataclasses import dataclass, field

import names4 as names

STYLES = ("snake", "snake", "snake", "shp", "shp", "camel")


def style_name(style: str, base: str) -> str:
    if style == "shp":
        return base.upper()[:10]
    if style == "camel":
        head, *rest = base.split("_")
        return head + "".join(part[:1].upper() + part[1:] for part in rest)
    return base


@dataclass
class Column:
    key: str
    name: str
    kind: str
    values: list
    personal: bool | None  # None: in a personal layer, not labelled alone (never judged)
    reason: str


@dataclass
class Layer:
    name: str
    domain: str
    geometry_kind: str
    geometry_type: str
    geometry: list | None
    organisation: tuple  # (name, e-mail, phone)
    columns: list = field(default_factory=list)

    def column(self, key: str) -> Column:
        for column in self.columns:
            if column.key == key:
                return column
        raise KeyError(key)


@dataclass
class Person:
    sex: str
    first: str
    last: str
    birth: datetime.date
    number: int
    street: str
    town: tuple

    @property
    def address(self) -> str:
        return f"{self.number} {self.street}"

    @property
    def full_address(self) -> str:
        return f"{self.number} {self.street} {self.town[2]} {self.town[0]}"


class Gen:
    """One random source for the whole corpus; templates draw everything through it."""

    def __init__(self, rng):
        self.rng = rng
        self.town = None
        self.style = "snake"

    # -- drawing --------------------------------------------------------------------------------------
    def choice(self, seq):
        return seq[self.rng.randrange(len(seq))]

    def rows(self, low=5, high=25) -> int:
        return self.rng.randint(low, high)

    def new_layer(self, domain, layer_names, geometry_kind, geometry_type, organisation="commune") -> Layer:
        self.town = self.choice(names.TOWNS)
        self.style = self.choice(STYLES)
        name = self.choice(layer_names).format(insee=self.town[1], town=self.town[0].lower().replace("-", "_"),
                                                year=self.rng.randint(2018, 2025))
        if self.style == "shp":
            name = name.upper()
        return Layer(name, domain, geometry_kind, geometry_type, None, self.organisation(organisation))

    def add(self, layer, key, bases, kind, values, personal, reason):
        name = style_name(self.style, self.choice(bases))
        taken = {column.name for column in layer.columns}
        suffix = 2
        while name in taken:
            name = f"{name[:8]}{suffix}" if self.style == "shp" else f"{name}{suffix}"
            suffix += 1
        layer.columns.append(Column(key, name, kind, list(values), personal, reason))

    def organisation(self, kind) -> tuple:
        town, _, _, _, domain, phone = self.town
        dept = names.DEPARTMENTS[self.town[1][:2]]
        if kind == "commune":
            return (f"Ville de {town}", self.choice(("sig", "accueil", "contact", "mairie")) + f"@{domain}", phone)
        if kind == "agglo":
            return (f"Communaute d'agglomeration de {town}", f"sig@agglo-{domain}", phone[:9] + "12 00")
        if kind == "ccas":
            return (f"CCAS de {town}", f"ccas@{domain}", phone[:9] + "45 10")
        if kind == "eau":
            return (f"Syndicat des eaux de la region de {town}", f"contact@eaux-{domain}", phone[:9] + "30 30")
        if kind == "dechets":
            return (f"SICTOM de la region de {town}", f"usagers@sictom-{domain}", phone[:9] + "22 22")
        return (f"Departement {dept}", f"sig@departement-{self.town[1][:2]}.fr", phone[:6] + "25 25 25")

    # -- people ---------------------------------------------------------------------------------------
    def person(self, young=False, old=False, sex=None) -> Person:
        sex = sex or self.choice("MF")
        if young:
            first = self.choice(names.YOUNG_MALE if sex == "M" else names.YOUNG_FEMALE)
            birth = self.date(2013, 2021)
        else:
            # adults: the given names of their generations, not the newest ones
            first = self.choice(names.MALE[:40] if sex == "M" else names.FEMALE[:37])
            birth = self.date(1925, 1950) if old else self.date(1940, 2002)
        street = f"{self.choice(names.STREET_TYPES)} {self.choice(names.STREET_NAMES)}"
        return Person(sex, first, self.choice(names.SURNAMES), birth, self.rng.randint(1, 140), street, self.town)

    def date(self, first_year, last_year) -> datetime.date:
        start = datetime.date(first_year, 1, 1).toordinal()
        end = datetime.date(last_year, 12, 31).toordinal()
        return datetime.date.fromordinal(self.rng.randint(start, end))

    def iso(self, first_year, last_year) -> str:
        return self.date(first_year, last_year).isoformat()

    @staticmethod
    def cadastral(p: Person) -> str:
        return f"{p.last.upper()} {p.first.upper()}"

    def civil(self, p: Person) -> str:
        form = self.rng.randrange(5)
        title = "M." if p.sex == "M" else "Mme"
        if form == 0:
            return f"{title} {p.first} {p.last}"
        if form == 1:
            return f"{p.last.upper()} {p.first}"
        if form == 2:
            return f"{p.first} {p.last}"
        if form == 3:
            return f"{title} {p.last.upper()} {p.first}"
        return f"{p.last} {p.first}"

    def majic(self, p: Person) -> str:
        """How the fichiers fonciers write an owner: surname/given names, a married woman's birth name."""
        if p.sex == "F" and self.rng.random() < 0.3:
            return f"MME {self.choice(names.SURNAMES).upper()} NEE {p.last.upper()} {p.first.upper()}"
        return f"{p.last.upper()}/{p.first.upper()}"

    # -- contacts and identifiers ---------------------------------------------------------------------
    def mobile(self) -> str:
        digits = [self.rng.randint(0, 99) for _ in range(4)]
        return f"0{self.choice('67')} " + " ".join(f"{d:02d}" for d in digits)

    def home_phone(self) -> str:
        area = {"0": "01", "2": "02", "3": "03", "4": "04", "5": "05", "6": "04", "7": "03", "8": "03", "9": "03"}
        prefix = area.get(self.town[5][1], "03")
        return f"{prefix} {self.rng.randint(20, 99)} " + " ".join(f"{self.rng.randint(0, 99):02d}" for _ in range(3))

    def service_phone(self) -> str:
        return self.town[5][:9] + f"{self.rng.randint(10, 99)} {self.rng.randint(0, 99):02d}"

    def personal_phone(self) -> str:
        return self.mobile() if self.rng.random() < 0.65 else self.home_phone()

    def email(self, p: Person) -> str:
        first, last = p.first.lower(), p.last.lower().replace(" ", "")
        form = self.rng.randrange(4)
        local = (f"{first}.{last}", f"{first[0]}{last}", f"{last}.{first}{self.rng.randint(1, 99)}",
                 f"{first}{last}{p.birth.year % 100:02d}")[form]
        return f"{local}@{self.choice(names.EMAIL_PROVIDERS)}"

    def nir(self, p: Person) -> str:
        body = (f"{1 if p.sex == 'M' else 2}{p.birth.year % 100:02d}{p.birth.month:02d}{self.town[1][:2]}"
                f"{self.town[1][2:]}{self.rng.randint(1, 999):03d}")
        key = 97 - int(body) % 97
        return f"{body[0]} {body[1:3]} {body[3:5]} {body[5:7]} {body[7:10]} {body[10:13]} {key:02d}"

    def plate(self) -> str:
        letters = "ABCDEFGHJKLMNPQRSTVWXYZ"
        return (f"{self.choice(letters)}{self.choice(letters)}-{self.rng.randint(1, 999):03d}-"
                f"{self.choice(letters)}{self.choice(letters)}")

    def luhn_number(self, length: int) -> str:
        digits = [self.rng.randint(0, 9) for _ in range(length - 1)]
        for last in range(10):
            candidate = digits + [last]
            total = 0
            for i, d in enumerate(reversed(candidate)):
                if i % 2 == 1:
                    d *= 2
                    d = d - 9 if d > 9 else d
                total += d
            if total % 10 == 0:
                return "".join(map(str, candidate))
        raise AssertionError("unreachable")

    def siret(self) -> str:
        return self.luhn_number(14)

    def iban(self) -> str:
        bank, branch = f"{self.rng.randint(10000, 30099)}", f"{self.rng.randint(1, 99999):05d}"
        account = "".join(str(self.rng.randint(0, 9)) for _ in range(11))
        rib = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97
        bban = f"{bank}{branch}{account}{rib:02d}"
        check = 98 - int(bban + "152700") % 97
        raw = f"FR{check:02d}{bban}"
        return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))

    def company(self) -> str:
        form = self.choice(names.COMPANY_FORMS)
        core = self.choice(names.COMPANY_CORES)
        return f"{core} {form}" if self.rng.random() < 0.5 else f"{form} {core}"

    def street(self) -> str:
        return f"{self.choice(names.STREET_TYPES)} {self.choice(names.STREET_NAMES)}"

    # -- geometry (Lambert-93) ------------------------------------------------------------------------
    def address_points(self, n, spread=1800):
        x0, y0 = self.town[3]
        return [[round(x0 + self.rng.uniform(-spread, spread), 2), round(y0 + self.rng.uniform(-spread, spread), 2)]
                for _ in range(n)]

    def boxes(self, n, low=12, high=45, spread=1500):
        result = []
        for x, y in self.address_points(n, spread):
            w, h = self.rng.uniform(low, high), self.rng.uniform(low, high)
            result.append([round(x, 2), round(y, 2), round(x + w, 2), round(y + h, 2)])
        return result

    def segments(self, n, low=40, high=320, spread=2500):
        result = []
        for x, y in self.address_points(n, spread):
            length = self.rng.uniform(low, high)
            angle = self.rng.uniform(0, 6.283)
            result.append([round(x, 2), round(y, 2), round(x + length * math.cos(angle), 2),
                           round(y + length * math.sin(angle), 2)])
        return result
