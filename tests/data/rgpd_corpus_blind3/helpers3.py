"""Building blocks of the blind-3 corpus: people and how registers write them, contacts, identifiers
with valid keys, Lambert-93 geometries of each kind, and the layer a case is cut from."""
from __future__ import annotations

import math
import unicodedata

import names3 as N


def strip_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn")


def title_surname(surname: str) -> str:
    if surname in N.SURNAME_CASE:
        return N.SURNAME_CASE[surname]
    return "-".join(" ".join(w.capitalize() for w in part.split(" ")) for part in surname.split("-"))


class Person:
    def __init__(self, given: str, sex: str, surname: str, born: tuple, maiden: str = ""):
        self.given, self.sex, self.surname, self.born, self.maiden = given, sex, surname, born, maiden

    @property
    def given_typed(self) -> str:
        return N.ACCENTED.get(self.given, self.given)


class Layer:
    """One layer of a case: columns with their labels, a geometry, a publisher."""

    def __init__(self, name: str, n: int, publisher: str):
        self.name, self.n, self.publisher = name, n, publisher
        self.columns: dict = {}  # key -> (column name, type, values, personal, reason)
        self.geometry_kind, self.geometry_type, self.geometry = "table", "", None
        self.judged = ""  # the key of the judged column; by default the last column added

    def add(self, key: str, name: str, values: list, kind: str = "string", personal: bool = False,
            reason: str = ""):
        assert len(values) == self.n, (self.name, name, len(values), self.n)
        assert key not in self.columns and name not in [c[0] for c in self.columns.values()], (self.name, name)
        self.columns[key] = (name, kind, list(values), personal, reason)
        return self

    def geo(self, kind: str, gtype: str, coordinates: list):
        assert len(coordinates) == self.n
        self.geometry_kind, self.geometry_type, self.geometry = kind, gtype, coordinates
        return self


class Gen:
    def __init__(self, rng):
        self.rng = rng

    # -- choice helpers -------------------------------------------------------------------------------
    def pick(self, items):
        return self.rng.choice(items)

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def rows(self, low: int = 8, high: int = 22) -> int:
        return self.rng.randint(low, high)

    def blanks(self, values: list, share: float) -> list:
        """Some cells left empty, as in real registers (never the first three)."""
        return [v if i < 3 or not self.chance(share) else None for i, v in enumerate(values)]

    # -- people ---------------------------------------------------------------------------------------
    def _generation(self, year: int) -> list:
        if year < 1950:
            return [(N.GIVEN_OLD, 6), (N.GIVEN_COMPOUND, 2), (N.GIVEN_REGIONAL, 2)]
        if year < 1980:
            return [(N.GIVEN_MID, 6), (N.GIVEN_COMPOUND, 2), (N.GIVEN_OLD, 1), (N.GIVEN_REGIONAL, 2)]
        if year < 2005:
            return [(N.GIVEN_YOUNG, 6), (N.GIVEN_MID, 1), (N.GIVEN_REGIONAL, 2)]
        return [(N.GIVEN_KIDS, 7), (N.GIVEN_REGIONAL, 2)]

    def person(self, born=(1935, 1995), sex=None) -> Person:
        """Someone born in the range: a given name of their generation, or (a quarter of people) a
        family of one origin whose given name and surname go together."""
        year = self.rng.randint(*born)
        sexes = {name: s for name, s in N.GIVEN_NAMES}
        if self.chance(0.25):
            givens, surnames = N.ORIGINS[self.pick(list(N.ORIGINS))]
            candidates = [(g, sexes[g]) for g in givens if sex is None or sexes[g] == sex]
            surname = self.pick(surnames)
        else:
            pools = self._generation(year)
            pool = self.rng.choices([p for p, _ in pools], weights=[w for _, w in pools])[0]
            candidates = [(g, s) for g, s in pool if sex is None or s == sex]
            surname = self.pick(N.SURNAMES)
        given, s = self.pick(candidates)
        date = (year, self.rng.randint(1, 12), self.rng.randint(1, 28))
        maiden = self.pick(N.SURNAMES) if s == "F" and self.chance(0.5) else ""
        return Person(given, s, surname, date, maiden)

    def people(self, n: int, **kwargs) -> list:
        return [self.person(**kwargs) for _ in range(n)]

    def name(self, p: Person, style: str) -> str:
        g_up = strip_accents(p.given).upper()
        sur = title_surname(p.surname)
        civ = "M" if p.sex == "M" else "MME"
        civ_dot = "M." if p.sex == "M" else "Mme"
        if style == "cad_slash":  # MAJIC dénomination: SURNAME/GIVEN NAMES, hyphens as spaces
            return f"{p.surname}/{g_up.replace('-', ' ')}"
        if style == "cad_space":
            return f"{p.surname} {g_up}"
        if style == "cad_civ":
            if p.sex == "F" and p.maiden:
                return f"MME {p.maiden} NEE {p.surname} {g_up}"
            return f"{civ} {p.surname} {g_up}"
        if style == "upper_first":
            return f"{p.surname} {p.given_typed}"
        if style == "natural":
            return f"{p.given_typed} {sur}"
        if style == "natural_upper":
            return f"{p.given_typed} {p.surname}"
        if style == "civ_natural":
            return f"{civ_dot} {p.given_typed} {sur}"
        if style == "civ_surname":
            return f"{civ_dot} {p.surname}"
        if style == "initial":
            return f"{p.given[0]}. {p.surname}"
        if style == "initial_after":
            return f"{sur} {p.given[0]}."
        if style == "lower":
            return f"{strip_accents(p.given).lower()} {strip_accents(sur).lower()}"
        if style == "comma":
            return f"{sur}, {p.given_typed}"
        raise ValueError(style)

    NAME_STYLES = ("cad_space", "upper_first", "natural", "natural_upper", "civ_natural", "comma",
                   "initial", "cad_civ", "lower", "initial_after")

    def name_style(self, styles=None) -> str:
        return self.pick(styles or self.NAME_STYLES)

    def couple(self, p: Person, q: Person, style: str) -> str:
        if style in ("cad_slash", "cad_space", "cad_civ"):
            return self.pick([f"M ET MME {p.surname} {strip_accents(p.given).upper()}",
                              f"{p.surname} {strip_accents(p.given).upper()} ET {strip_accents(q.given).upper()}",
                              f"CONSORTS {p.surname}", f"INDIVISION {p.surname}-{q.surname}"])
        return self.pick([f"M. et Mme {p.given_typed} {title_surname(p.surname)}",
                          f"{title_surname(p.surname)} {p.given_typed} et {q.given_typed}",
                          f"Consorts {title_surname(p.surname)}", f"Succession {title_surname(q.surname)}"])

    def owners(self, n: int, style: str, legal_share: float = 0.15) -> list:
        """Owners as a register lists them: people, a few couples and legal persons."""
        out = []
        for _ in range(n):
            r = self.rng.random()
            if r < legal_share:
                out.append(self.pick(N.COMPANIES + N.FARMS + N.PUBLIC_OWNERS))
            elif r < legal_share + 0.12:
                out.append(self.couple(self.person(), self.person(), style))
            else:
                out.append(self.name(self.person(), style))
        return out

    # -- dates ----------------------------------------------------------------------------------------
    def date(self, years=(2015, 2024)) -> tuple:
        return (self.rng.randint(*years), self.rng.randint(1, 12), self.rng.randint(1, 28))

    @staticmethod
    def iso(d: tuple) -> str:
        return f"{d[0]:04d}-{d[1]:02d}-{d[2]:02d}"

    @staticmethod
    def fr(d: tuple) -> str:
        return f"{d[2]:02d}/{d[1]:02d}/{d[0]:04d}"

    def birth_texts(self, persons: list) -> tuple:
        """Birth dates as one table writes them: (values, type)."""
        form = self.pick(["iso", "fr", "compact", "fr"])
        if form == "iso":
            return [self.iso(p.born) for p in persons], "date"
        if form == "fr":
            return [self.fr(p.born) for p in persons], "string"
        return [f"{p.born[0]:04d}{p.born[1]:02d}{p.born[2]:02d}" for p in persons], "string"

    # -- contacts -------------------------------------------------------------------------------------
    def _phone(self, prefix: str, style: str = "") -> str:
        digits = prefix + "".join(str(self.rng.randint(0, 9)) for _ in range(10 - len(prefix)))
        return self.phone_format(digits, style)

    def phone_format(self, digits: str, style: str = "") -> str:
        style = style or self.pick(["spaced", "spaced", "compact", "dots", "intl", "spaced"])
        pairs = [digits[i:i + 2] for i in range(0, 10, 2)]
        if style == "compact":
            return digits
        if style == "dots":
            return ".".join(pairs)
        if style == "dash":
            return "-".join(pairs)
        if style == "intl":
            return "+33 " + digits[1] + " " + " ".join(pairs[1:])
        return " ".join(pairs)

    def mobile(self, style: str = "") -> str:
        """Personal mobiles: ARCEP's block kept for fiction."""
        return self._phone("063998", style)

    def landline(self, publisher: str = "", style: str = "") -> str:
        """Home landlines: the regional fiction blocks."""
        region = N.PUBLISHERS[publisher][2][:2] if publisher else self.pick(["02", "03", "04", "05"])
        block = {"01": "019900", "02": "026191", "03": "035301", "04": "046571", "05": "053649"}[region]
        return self._phone(block, style)

    def org_line(self, publisher: str, style: str = "", round_end: bool = True) -> str:
        """An organisation's number in its region's block: switchboards end round, services not always."""
        base = N.PUBLISHERS[publisher][2].replace(" ", "")[:6]
        end = self.pick(["00", "50", "10", "20", "25", "30", "40", "60", "80"]) if round_end else \
            f"{self.rng.randint(0, 99):02d}"
        middle = f"{self.rng.randint(10, 99)}"
        return self.phone_format(base + middle + end, style)

    def email(self, p: Person) -> str:
        g = strip_accents(p.given).lower().replace(" ", "")
        s = strip_accents(p.surname).lower().replace(" ", "").replace("'", "")
        pattern = self.pick(["g.s", "g.s", "gs", "g_s", "is", "s.g", "gsnn", "g.snn", "s.i", "g-s"])
        local = {"g.s": f"{g}.{s}", "gs": f"{g}{s}", "g_s": f"{g}_{s}", "is": f"{g[0]}{s}", "s.g": f"{s}.{g}",
                 "gsnn": f"{g}{s}{self.rng.randint(1, 99)}", "g.snn": f"{g}.{s}{self.rng.randint(20, 95)}",
                 "s.i": f"{s}.{g[0]}", "g-s": f"{g}-{s}"}[pattern]
        return f"{local}@{self.pick(N.MAIL_PROVIDERS)}"

    def agent_email(self, p: Person, domain: str) -> str:
        g = strip_accents(p.given).lower().replace(" ", "")
        s = strip_accents(p.surname).lower().replace(" ", "-").replace("'", "")
        return self.pick([f"{g}.{s}@{domain}", f"{g[0]}.{s}@{domain}", f"{g[0]}{s}@{domain}"])

    def domain(self, publisher: str) -> str:
        return N.PUBLISHERS[publisher][1].split("@")[1]

    # -- places ---------------------------------------------------------------------------------------
    def postcode(self, publisher: str) -> str:
        return {"sorans": "25640", "valdamour": "39380", "plounevez": "22810", "capodet": "29000",
                "wihr": "68230", "nive": "64480", "castel": "81990", "vaudrens": "74210", "flandres": "59260",
                "cezallier": "15300", "pruneddu": "20166", "bessac": "86280", "eaux": "25370",
                "sictom": "25530", "energie": "69870"}[publisher]

    def town(self, publisher: str) -> str:
        return {"sorans": "SORANS-LA-COTE", "valdamour": "MONT-SOUS-VAUDREY", "plounevez": "PLOUNEVEZ-TREGOR",
                "capodet": "QUIMPER", "wihr": "WIHR-EN-PLAINE", "nive": "USTARITZ", "castel": "SAINT-SERNIN",
                "vaudrens": "VAUDRENS", "flandres": "HELLEMMES", "cezallier": "ALLANCHE", "pruneddu": "PRUNEDDU",
                "bessac": "BESSAC-SUR-VIENNE", "eaux": "MONTBENOIT", "sictom": "VERCEL",
                "energie": "LES SAUVAGES"}[publisher]

    def street_address(self, upper: bool = False) -> str:
        number = self.rng.randint(1, 140)
        suffix = self.pick(["", "", "", "", " bis", " B", " ter"])
        text = f"{number}{suffix} {self.pick(N.STREETS)}"
        return strip_accents(text).upper() if upper else text

    def full_address(self, publisher: str, upper: bool = False) -> str:
        text = f"{self.street_address(upper)} {self.postcode(publisher)} {self.town(publisher)}"
        return text if upper else text.replace(self.town(publisher), self.town(publisher).title())

    # -- identifiers with valid keys -----------------------------------------------------------------
    def nir(self, p: Person, spaced: bool = True) -> str:
        dept, commune = self.pick(N.COMMUNES)[0][:2], f"{self.rng.randint(1, 600):03d}"
        order = f"{self.rng.randint(1, 999):03d}"
        body = f"{1 if p.sex == 'M' else 2}{p.born[0] % 100:02d}{p.born[1]:02d}{dept}{commune}{order}"
        numeric = int(body.replace("2A", "19").replace("2B", "18"))
        key = 97 - numeric % 97
        if spaced:
            return f"{body[0]} {body[1:3]} {body[3:5]} {body[5:7]} {body[7:10]} {body[10:13]} {key:02d}"
        return f"{body}{key:02d}"

    def iban(self, spaced: bool = True) -> str:
        bank = f"{self.rng.choice([10278, 30004, 30003, 20041, 16606, 13507, 14707, 18206, 11315, 30066]):05d}"
        branch = f"{self.rng.randint(100, 99999):05d}"
        account = f"{self.rng.randint(0, 10 ** 11 - 1):011d}"
        rib_key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97
        bban = f"{bank}{branch}{account}{rib_key:02d}"
        check = 98 - int(bban + "152700") % 97
        text = f"FR{check:02d}{bban}"
        return " ".join(text[i:i + 4] for i in range(0, len(text), 4)) if spaced else text

    def luhn_number(self, length: int, prefix: str = "") -> str:
        digits = prefix + "".join(str(self.rng.randint(0, 9)) for _ in range(length - len(prefix) - 1))
        for last in range(10):
            candidate = digits + str(last)
            total = 0
            for i, c in enumerate(reversed(candidate)):
                d = int(c) * (2 if i % 2 else 1)
                total += d - 9 if d > 9 else d
            if total % 10 == 0:
                return candidate
        raise AssertionError

    def siret(self) -> str:
        siren = self.luhn_number(9)
        nic_base = siren + f"{self.rng.randint(1, 99):04d}"
        for last in range(10):
            candidate = nic_base + str(last)
            total = 0
            for i, c in enumerate(reversed(candidate)):
                d = int(c) * (2 if i % 2 else 1)
                total += d - 9 if d > 9 else d
            if total % 10 == 0:
                return candidate
        raise AssertionError

    def plate(self) -> str:
        letters = "ABCDEFGHJKLMNPQRSTVXYZ"
        if self.chance(0.12):  # the old departmental plates still on old cars
            return f"{self.rng.randint(10, 9999)} {self.pick(letters)}{self.pick(letters)} " \
                   f"{self.pick(['25', '39', '22', '29', '68', '64', '81', '74', '59', '15'])}"
        pair = self.pick(letters) + self.pick(letters)
        return f"{pair}-{self.rng.randint(1, 999):03d}-{self.pick(letters)}{self.pick(letters)}"

    # -- geometries (Lambert-93) ----------------------------------------------------------------------
    def _round(self, value: float, decimals) -> float:
        return value if decimals is None else round(value, decimals)

    def centre(self, publisher: str) -> tuple:
        x, y = N.PUBLISHERS[publisher][3]
        return x + self.rng.uniform(-4000, 4000), y + self.rng.uniform(-4000, 4000)

    def points(self, publisher: str, n: int, spread: float = 900.0) -> list:
        """Points at address precision; the decimals (1 to 3, or a reprojection's full float) are drawn
        independently of the label."""
        cx, cy = self.centre(publisher)
        decimals = self.pick([1, 2, 2, 3, None])
        return [[self._round(cx + self.rng.uniform(-spread, spread), decimals),
                 self._round(cy + self.rng.uniform(-spread, spread), decimals)] for _ in range(n)]

    def cluster_points(self, publisher: str, n: int, spacing: float = 0.6) -> list:
        """Points a few decimetres apart, as niches of a columbarium or stalls of a market."""
        cx, cy = self.centre(publisher)
        return [[round(cx + (i % 6) * spacing, 2), round(cy + (i // 6) * spacing, 2)] for i in range(n)]

    def boxes(self, publisher: str, n: int, size=(14, 95), spread: float = 1200.0, aspect=(0.5, 2.0)) -> list:
        cx, cy = self.centre(publisher)
        out = []
        for _ in range(n):
            w = self.rng.uniform(*size)
            h = max(size[0] * 0.5, min(size[1] * 1.5, w * self.rng.uniform(*aspect)))
            x, y = cx + self.rng.uniform(-spread, spread), cy + self.rng.uniform(-spread, spread)
            out.append([round(x, 2), round(y, 2), round(x + w, 2), round(y + h, 2)])
        return out

    def parcels(self, publisher: str, n: int) -> list:
        return self.boxes(publisher, n, (14, 95))

    def graves(self, publisher: str, n: int) -> list:
        cx, cy = self.centre(publisher)
        per_row = self.rng.randint(6, 12)
        return [[round(cx + (i % per_row) * 1.6, 2), round(cy + (i // per_row) * 3.2, 2),
                 round(cx + (i % per_row) * 1.6 + 1.2, 2), round(cy + (i // per_row) * 3.2 + 2.5, 2)]
                for i in range(n)]

    def buildings(self, publisher: str, n: int) -> list:
        return self.boxes(publisher, n, (8, 30))

    def public_buildings(self, publisher: str, n: int) -> list:
        return self.boxes(publisher, n, (20, 90), spread=3000)

    def grid(self, publisher: str, n: int, size: int) -> list:
        cx, cy = self.centre(publisher)
        x0, y0 = math.floor(cx / size) * size, math.floor(cy / size) * size
        cols = max(3, int(math.sqrt(n)) + 1)
        return [[x0 + (i % cols) * size, y0 + (i // cols) * size, x0 + (i % cols + 1) * size,
                 y0 + (i // cols + 1) * size] for i in range(n)]

    def zones(self, publisher: str, n: int, size=(600, 2500)) -> list:
        return self.boxes(publisher, n, size, spread=8000, aspect=(0.7, 1.4))

    def communes(self, publisher: str, n: int) -> list:
        return self.boxes(publisher, n, (3000, 11000), spread=30000, aspect=(0.7, 1.4))

    def segments(self, publisher: str, n: int, length=(20, 250)) -> list:
        cx, cy = self.centre(publisher)
        out = []
        for _ in range(n):
            x, y = cx + self.rng.uniform(-1500, 1500), cy + self.rng.uniform(-1500, 1500)
            angle, size = self.rng.uniform(0, 2 * math.pi), self.rng.uniform(*length)
            out.append([round(x, 2), round(y, 2), round(x + size * math.cos(angle), 2),
                        round(y + size * math.sin(angle), 2)])
        return out
