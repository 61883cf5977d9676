"""Value makers of the blind-5 corpus: people, addresses, phones, dates, geometries, column-name styles."""
from __future__ import annotations

import datetime
import unicodedata

import names5 as N


def strip_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn")


def slug(text: str) -> str:
    out = strip_accents(text).lower().replace("'", "-").replace(" ", "-")
    return "".join(c for c in out if c.isalnum() or c == "-")


# The article each département's name takes after "du/de la/de l'/d'".
ARTICLES = {"Côte-d'Or": "de la ", "Haute-Saône": "de la ", "Haute-Savoie": "de la ", "Saône-et-Loire": "de ",
            "Ille-et-Vilaine": "d'", "Yonne": "de l'", "Nièvre": "de la "}


def department_name(word: str, department: str) -> str:
    return f"{word} {ARTICLES.get(department, 'du ')}{department}"


class Col:
    """One column of a table: its name variants, type, values, and its label when it may be judged."""

    def __init__(self, names, kind, values, label=None, reason=""):
        self.names = [names] if isinstance(names, str) else list(names)
        self.kind = kind
        self.values = values
        self.label = label
        self.reason = reason


STYLES = ("snake", "upper10", "camel", "plain")


def styled(name: str, style: str) -> str:
    """A column name as a given source writes it: as authored, Shapefile upper case cut to 10, camelCase."""
    if style == "upper10":
        return strip_accents(name).upper().replace(" ", "_").replace("'", "_")[:10]
    if style == "camel":
        parts = strip_accents(name).replace(" ", "_").split("_")
        return parts[0].lower() + "".join(p[:1].upper() + p[1:].lower() for p in parts[1:] if p)
    if style == "snake":
        return strip_accents(name).lower().replace(" ", "_").replace("'", "_")
    return name


class Gen:
    """Random draws for one table: its commune, its row count, and the people in its rows."""

    def __init__(self, rng, n=None):
        self.rng = rng
        self.n = n if n is not None else rng.randint(5, 25)
        self.commune = rng.choice(N.COMMUNES)
        self.name_style = rng.choice(["upper_first", "natural", "cadastral", "slash", "civ", "upper_first",
                                      "cadastral", "natural"])
        self.phone_style = rng.randrange(4)
        self.date_style = rng.randrange(3)

    # ---- people ---------------------------------------------------------------------------------------
    def person(self):
        r = self.rng
        female = r.random() < 0.5
        given = r.choice(N.FEMALE if female else N.MALE)
        surname = r.choice(N.SURNAMES)
        return {"female": female, "given": given, "surname": surname}

    def people(self, n=None):
        return [self.person() for _ in range(n or self.n)]

    def full_name(self, p, style=None):
        style = style or self.name_style
        s, g = p["surname"], p["given"]
        if style == "upper_first":
            return f"{s.upper()} {g}"
        if style == "natural":
            return f"{g} {s}"
        if style == "cadastral":
            return strip_accents(f"{s} {g}").upper()
        if style == "slash":
            return strip_accents(f"{s}/{g}").upper()
        if style == "civ":
            return f"{'Mme' if p['female'] else 'M.'} {s.upper()} {g}"
        if style == "couple":
            return f"M. et Mme {s.upper()}"
        if style == "initial":
            return f"{g[0]}. {s.upper()}"
        raise ValueError(style)

    def names(self, people, style=None):
        return [self.full_name(p, style) for p in people]

    def mobile(self):
        r = self.rng
        digits = [r.choice("67")] + [str(r.randrange(10)) for _ in range(8)]
        return self.phone_text("0" + "".join(digits))

    def landline(self, area=None):
        r = self.rng
        area = area or r.choice("12345")
        return self.phone_text("0" + area + "".join(str(r.randrange(10)) for _ in range(8)))

    def phone_text(self, raw: str) -> str:
        pairs = [raw[i:i + 2] for i in range(0, 10, 2)]
        if self.phone_style == 0:
            return " ".join(pairs)
        if self.phone_style == 1:
            return raw
        if self.phone_style == 2:
            return ".".join(pairs)
        return "+33 " + raw[1] + " " + " ".join(pairs[1:])

    def email(self, p):
        r = self.rng
        g, s = slug(p["given"]), slug(p["surname"]).replace("-", "")
        pattern = r.choice(["{g}.{s}", "{s}.{g}", "{g}{s}", "{g0}{s}", "{s}{y}", "{g}.{s}{y}"])
        local = pattern.format(g=g, s=s, g0=g[0], y=r.randint(50, 99))
        return f"{local}@{r.choice(N.MAIL_PROVIDERS)}"

    def address(self, with_town=False):
        r = self.rng
        number = r.randint(1, 48)
        bis = r.choice(["", "", "", "", " bis", "B"]) if number < 30 else ""
        text = f"{number}{bis} {r.choice(N.STREETS)}"
        if with_town:
            text += f" {self.commune[2]} {self.commune[0].upper()}"
        return text

    def birth(self, lo=1930, hi=2005):
        r = self.rng
        return datetime.date(r.randint(lo, hi), r.randint(1, 12), r.randint(1, 28))

    def day(self, lo=2019, hi=2025):
        r = self.rng
        return datetime.date(r.randint(lo, hi), r.randint(1, 12), r.randint(1, 28))

    def date_text(self, d: datetime.date) -> str:
        if self.date_style == 0:
            return d.strftime("%d/%m/%Y")
        if self.date_style == 1:
            return d.isoformat()
        return d.strftime("%d/%m/%y")

    def nir(self, p, birth):
        r = self.rng
        dep = self.commune[1][:2]
        body = f"{2 if p['female'] else 1}{birth.year % 100:02d}{birth.month:02d}{dep}{r.randint(1, 999):03d}" \
               f"{r.randint(1, 999):03d}"
        key = 97 - int(body) % 97
        return f"{body} {key:02d}" if r.random() < 0.5 else f"{body}{key:02d}"

    def iban(self):
        r = self.rng
        account = r.randint(0, 10**11 - 1)
        bban = f"{r.randint(10000, 39999)}{r.randint(10000, 99999)}{account:011d}{r.randint(1, 97):02d}"
        digits = bban + "152700"  # F=15 R=27, check digits 00
        check = 98 - int(digits) % 97
        text = f"FR{check:02d}{bban}"
        return " ".join(text[i:i + 4] for i in range(0, len(text), 4))

    def plate(self):
        r = self.rng
        letters = "ABCDEFGHJKLMNPQRSTVWXYZ"
        return f"{r.choice(letters)}{r.choice(letters)}-{r.randint(1, 999):03d}-{r.choice(letters)}{r.choice(letters)}"

    def parcel_ref(self):
        r = self.rng
        section = r.choice(["A", "AB", "B", "C", "AK", "ZA", "ZC", "D", "BH", "AE"])
        return section, f"{r.randint(1, 1400):04d}"

    def idu(self, section=None, number=None):
        if section is None:
            section, number = self.parcel_ref()
        return f"{self.commune[1]}000{section:0>2}{number}"

    # ---- geometries -----------------------------------------------------------------------------------
    def points(self, spread=900):
        r, (_, _, _, x, y, _) = self.rng, self.commune
        return [[round(x + r.uniform(-spread, spread), 1), round(y + r.uniform(-spread, spread), 1)]
                for _ in range(self.n)]

    def boxes(self, lo=12, hi=60, spread=900):
        r, (_, _, _, x, y, _) = self.rng, self.commune
        out = []
        for _ in range(self.n):
            cx, cy = x + r.uniform(-spread, spread), y + r.uniform(-spread, spread)
            w, h = r.uniform(lo, hi), r.uniform(lo, hi)
            out.append([round(cx, 1), round(cy, 1), round(cx + w, 1), round(cy + h, 1)])
        return out

    def lines(self, lo=40, hi=400, spread=1500):
        r, (_, _, _, x, y, _) = self.rng, self.commune
        out = []
        for _ in range(self.n):
            cx, cy = x + r.uniform(-spread, spread), y + r.uniform(-spread, spread)
            out.append([round(cx, 1), round(cy, 1), round(cx + r.uniform(-hi, hi), 1),
                        round(cy + r.uniform(lo, hi) * r.choice([-1, 1]), 1)])
        return out

    def pick(self, seq, k=None):
        return [self.rng.choice(seq) for _ in range(k or self.n)]

    def ints(self, lo, hi):
        return [self.rng.randint(lo, hi) for _ in range(self.n)]

    def nums(self, lo, hi, nd=2):
        return [round(self.rng.uniform(lo, hi), nd) for _ in range(self.n)]

    def days_iso(self, lo=2019, hi=2025):
        return [self.day(lo, hi).isoformat() for _ in range(self.n)]

    def seq_ids(self, prefix="", width=4, start=None):
        start = (start or 0) + self.rng.randint(1, 900 if start is None else 90000)
        return [f"{prefix}{start + i:0{width}d}" for i in range(self.n)]
