"""Value makers of corpus blind-9: each takes a Row (one feature of one case) and returns a cell value.

A Row draws once the person, home and place it stands for, so that the columns of one feature agree
(the same surname in the name and in the e-mail, the birth date and the age). Factories (``pick``,
``amount``, ``day``…) return makers. Every draw goes through the case's one seeded generator.
"""

from __future__ import annotations

import unicodedata
from datetime import date, timedelta

from names import ASSOCIATIONS, COMPANIES, GIVEN_F, GIVEN_M, MAIL_PROVIDERS, STREETS, SURNAMES


class Row:
    def __init__(self, rng, case, index: int, ages: tuple):
        self.rng = rng
        self.c = case
        self.i = index
        female = rng.random() < 0.5
        self.sex = "F" if female else "M"
        self.given = rng.choice(GIVEN_F if female else GIVEN_M)
        self.surname = rng.choice(SURNAMES)
        self.age = rng.randint(*ages)
        self.birth = date(case.year - self.age, rng.randint(1, 12), rng.randint(1, 28))
        self.number = rng.randint(1, 160)
        self.street = rng.choice(STREETS)
        x0, y0 = case.centre
        self.x = round(x0 + rng.uniform(-2600, 2600), 1)
        self.y = round(y0 + rng.uniform(-2600, 2600), 1)
        self.company = rng.choice(COMPANIES)
        self.association = rng.choice(ASSOCIATIONS)
        self.section = rng.choice(("A", "AB", "AC", "B", "BK", "C", "CD", "D", "E", "H", "ZA", "ZC"))
        self.plot = rng.randint(1, 1450)


# --- people -------------------------------------------------------------------------------------------
def surname(r):
    return r.surname.upper() if r.c.fmt % 2 else r.surname


def given(r):
    return r.given


def cadastral(r):
    """Owner written the cadastral way: surname first, upper case (with the second given name sometimes)."""
    name = f"{r.surname} {r.given}".upper()
    if r.c.fmt == 2 and r.sex == "F" and r.rng.random() < 0.4:
        name = f"{r.rng.choice(SURNAMES).upper()} NEE {name}"
    return name


def full(r):
    if r.c.fmt == 0:
        return f"{r.given} {r.surname}"
    if r.c.fmt == 1:
        return f"{r.surname.upper()} {r.given}"
    return f"{'Mme' if r.sex == 'F' else 'M.'} {r.given} {r.surname.upper()}"


def household(r):
    choice = r.rng.random()
    if choice < 0.3:
        return f"M. et Mme {r.surname.upper()}"
    if choice < 0.45:
        return f"Famille {r.surname}"
    return full(r)


def initials(r):
    return f"{r.surname.upper()} {r.given[0]}."


def civility(r):
    return "Mme" if r.sex == "F" else "M."


def sex(r):
    return r.sex


def birth(r):
    return r.birth.isoformat()


def birth_fr(r):
    return r.birth.strftime("%d/%m/%Y")


def birth_year(r):
    return r.birth.year


def age(r):
    return r.age


def birthplace(r):
    return r.rng.choice(("Besançon", "Lyon 3e", "Paris 14e", "Oran (Algérie)", "Quimper", "Porto (Portugal)",
                         "Mulhouse", "Dakar (Sénégal)", "Dole", "Metz", "Casablanca (Maroc)", "Toulouse"))


def _ascii(text):
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "".join(ch for ch in text.lower() if ch.isalnum() or ch in "-.")


def email(r):
    provider = r.rng.choice(MAIL_PROVIDERS)
    local = r.rng.choice((f"{_ascii(r.given)}.{_ascii(r.surname)}", f"{_ascii(r.given)[0]}{_ascii(r.surname)}",
                          f"{_ascii(r.surname)}{r.birth.year % 100:02d}", f"{_ascii(r.given)}{r.rng.randint(1, 99)}",
                          f"{_ascii(r.surname)}.famille"))
    return f"{local}@{provider}"


def _digits(r, n):
    return "".join(str(r.rng.randint(0, 9)) for _ in range(n))


def _phone(r, first):
    pairs = [first] + [f"{r.rng.randint(0, 99):02d}" for _ in range(4)]
    style = r.c.fmt
    if style == 0:
        return " ".join(pairs)
    if style == 1:
        return "".join(pairs)
    return "+33 " + pairs[0][1] + " " + " ".join(pairs[1:]) if r.rng.random() < 0.5 else ".".join(pairs)


def mobile(r):
    return _phone(r, r.rng.choice(("06", "07")))


def home_phone(r):
    return _phone(r, r.c.prefix[:2])


def nir(r):
    """A social security number (NIR) with its valid key."""
    dep = r.rng.choice(("25", "39", "21", "75", "69", "35", "29", "31", "59", "99", "13", "67"))
    body = f"{1 if r.sex == 'M' else 2}{r.birth.year % 100:02d}{r.birth.month:02d}{dep}{r.rng.randint(1, 990):03d}" \
           f"{r.rng.randint(1, 999):03d}"
    key = 97 - int(body) % 97
    if r.c.fmt == 1:
        return f"{body}{key:02d}"
    return f"{body[0]} {body[1:3]} {body[3:5]} {body[5:7]} {body[7:10]} {body[10:]} {key:02d}"


def iban(r):
    bank, branch, account = _digits(r, 5), _digits(r, 5), _digits(r, 11)
    rib = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97
    bban = f"{bank}{branch}{account}{rib:02d}"
    check = 98 - int(bban + "152700") % 97
    text = f"FR{check:02d}{bban}"
    return " ".join(text[i:i + 4] for i in range(0, len(text), 4)) if r.c.fmt != 1 else text


def plate(r):
    letters = "ABCDEFGHJKLMNPQRSTVWXYZ"
    if r.rng.random() < 0.15:
        return f"{r.rng.randint(100, 9999)} {r.rng.choice(letters)}{r.rng.choice(letters)} {r.c.insee[:2]}"
    return (f"{r.rng.choice(letters)}{r.rng.choice(letters)}-{r.rng.randint(1, 999):03d}-"
            f"{r.rng.choice(letters)}{r.rng.choice(letters)}")


def vehicle(r):
    return r.rng.choice(("Renault Clio", "Peugeot 208", "Citroën C3", "Dacia Sandero", "Renault Mégane",
                         "Peugeot 3008", "Toyota Yaris", "Volkswagen Golf", "Fiat 500", "Tesla Model 3"))


# --- homes and places ---------------------------------------------------------------------------------
def address(r):
    bis = r.rng.choice(("", "", "", "", " bis", " ter", "B"))
    return f"{r.number}{bis} {r.street}"


def address_full(r):
    return f"{address(r)}, {r.c.postcode} {r.c.commune}"


def street(r):
    return r.street


def number(r):
    return r.number


def commune(r):
    return r.c.commune


def insee(r):
    return r.c.insee


def postcode(r):
    return r.c.postcode


def parcel(r):
    return f"{r.section} {r.plot}"


def idu(r):
    return f"{r.c.insee}000{r.section:0>2}{r.plot:04d}"


def company(r):
    return r.company


def association(r):
    return r.association


def _luhn_tail(digits):
    for last in range(10):
        total = 0
        for pos, ch in enumerate(reversed(digits + str(last))):
            value = int(ch) * (2 if pos % 2 else 1)
            total += value - 9 if value > 9 else value
        if total % 10 == 0:
            return digits + str(last)
    raise AssertionError


def siret(r):
    siren = _luhn_tail(_digits(r, 8))
    return _luhn_tail(siren + _digits(r, 4))


def siren(r):
    return _luhn_tail(_digits(r, 8))


def rna(r):
    return f"W{r.c.insee[:2].replace('A', '0')}{_digits(r, 7)}"


# --- the publishing authority's functional contact ---------------------------------------------------
def org(r):
    return r.c.organisation


def service_mail(box):
    return lambda r: f"{box}@{r.c.domain}"


def switchboard(r):
    return r.c.phone


def service_phone(r):
    """Another line of the authority (a service's desk), in the authority's own number range."""
    return f"{r.c.phone[:-5]} {r.rng.choice(('00', '10', '20', '30', '40', '50', '60', '80'))} " \
           f"{r.rng.choice(('00', '01', '10', '12', '20', '50', '55'))}"


# --- factories ----------------------------------------------------------------------------------------
def pick(*values):
    return lambda r: r.rng.choice(values)


def const(value):
    return lambda r: value


def integer(lo, hi):
    return lambda r: r.rng.randint(lo, hi)


def amount(lo, hi, digits=2):
    return lambda r: round(r.rng.uniform(lo, hi), digits)


def day(back=3 * 365, ahead=0):
    """A date within `back` days before and `ahead` days after the case's reference day."""
    def make(r):
        return (r.c.today + timedelta(days=r.rng.randint(-back, ahead))).isoformat()
    return make


def day_fr(back=3 * 365):
    def make(r):
        return (r.c.today - timedelta(days=r.rng.randint(0, back))).strftime("%d/%m/%Y")
    return make


def seq(pattern):
    """A file number: {y} the case's year, {n} the row's running number, {r} a random number, {d} the
    département, {i} the INSEE code."""
    def make(r):
        return pattern.format(y=r.c.year, yy=r.c.year % 100, n=r.i + 1 + r.c.offset, r=r.rng.randint(1, 99999),
                              d=r.c.insee[:2], i=r.c.insee)
    return make


def digits(n):
    return lambda r: _digits(r, n)


def opt(maker, empty=0.15):
    """A column filled in most of the time only, as real tables are."""
    return lambda r: None if r.rng.random() < empty else maker(r)


def text(*templates):
    """Free text from templates filled with the row's values ({given}, {surname}, {mobile}…)."""
    def make(r):
        return r.rng.choice(templates).format(given=r.given, surname=r.surname, SURNAME=r.surname.upper(),
                                              mobile=mobile(r), address=address(r), age=r.age,
                                              civ=civility(r), plate=plate(r), company=r.company,
                                              association=r.association, street=r.street, commune=r.c.commune,
                                              n=r.rng.randint(2, 40), other=r.rng.choice(SURNAMES).upper())
    return make
