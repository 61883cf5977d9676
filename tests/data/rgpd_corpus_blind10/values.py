"""Value generators of corpus blind-10: one row's person, household and place, and the column specs of kinds.py.

A column's generator is a short spec: a name below (`full`, `cadastral`, `service_email`...), or a
parametrised one: `ch(a;b;c)` a choice, `int(lo,hi)`, `num(lo,hi,decimals)`, `date(y1,y2)`, `id(format)` with
{n} a per-layer sequence, {r4}/{r6} random digits, {yy}/{yyyy} a year, {insee}, {dep}, {L} a letter. A trailing `?`
leaves about one value in seven empty (None).
"""
from __future__ import annotations

import datetime as dt
import unicodedata

from names import (ASSOCIATIONS, COMMUNES, COMPANIES, FEMALE_GIVEN, MAIL_PROVIDERS, MALE_GIVEN, PLACES_AFTER_PEOPLE,
                   SCHOOLS,
                   SERVICES, STREET_KINDS, STREET_NAMES, SURNAMES)


def ascii_slug(text: str, sep: str = "") -> str:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return "".join(ch if ch.isalnum() else sep for ch in text).strip(sep)


def random_date(rng, first_year: int, last_year: int) -> str:
    start = dt.date(first_year, 1, 1).toordinal()
    end = dt.date(last_year, 12, 31).toordinal()
    return dt.date.fromordinal(rng.randint(start, end)).isoformat()


def street(rng) -> str:
    kind = rng.choice(STREET_KINDS)
    name = rng.choice(STREET_NAMES)
    return f"{kind} {name}"


def person(rng, surname: str | None = None, first_year: int = 1925, last_year: int = 2004) -> dict:
    female = rng.random() < 0.5
    given = rng.choice(FEMALE_GIVEN if female else MALE_GIVEN)
    surname = surname or rng.choice(SURNAMES)
    birth = random_date(rng, first_year, last_year)
    return {"given": given, "surname": surname, "female": female, "birth": birth}


def mobile(rng) -> str:
    return f"0{rng.choice('67')} " + " ".join(f"{rng.randint(0, 99):02d}" for _ in range(4))


def landline(rng, area: str) -> str:
    return f"0{area} " + " ".join(f"{rng.randint(10, 99):02d}" for _ in range(4))


def personal_email(rng, who: dict) -> str:
    given, surname = ascii_slug(who["given"], "-"), ascii_slug(who["surname"], "")
    form = rng.randrange(5)
    if form == 0:
        local = f"{given}.{surname}"
    elif form == 1:
        local = f"{given[0]}{surname}{who['birth'][2:4]}"
    elif form == 2:
        local = f"{surname}.{given}"
    elif form == 3:
        local = f"{given}{surname}{rng.randint(1, 99)}"
    else:
        local = f"{given}_{surname}"
    return f"{local}@{rng.choice(MAIL_PROVIDERS)}"


def nir(rng, who: dict, insee: str) -> str:
    sex = "2" if who["female"] else "1"
    yy, mm = who["birth"][2:4], who["birth"][5:7]
    dep, com = insee[:2], insee[2:]
    order = f"{rng.randint(1, 999):03d}"
    digits = f"{sex}{yy}{mm}{dep}{com}{order}"
    numeric = int(digits.replace("2A", "19").replace("2B", "18"))
    key = 97 - numeric % 97
    return f"{sex} {yy} {mm} {dep} {com} {order} {key:02d}"


def iban(rng) -> str:
    bank = f"{rng.randint(10000, 39999)}{rng.randint(0, 99999):05d}"
    account = "".join(str(rng.randint(0, 9)) for _ in range(11))
    rib_key = f"{rng.randint(1, 97):02d}"
    bban = bank + account + rib_key
    rearranged = bban + "1527" + "00"  # F=15, R=27
    check = 98 - int(rearranged) % 97
    raw = f"FR{check:02d}{bban}"
    return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))


def plate(rng) -> str:
    letters = "ABCDEFGHJKLMNPQRSTVWXYZ"
    return (f"{rng.choice(letters)}{rng.choice(letters)}-{rng.randint(1, 999):03d}-"
            f"{rng.choice(letters)}{rng.choice(letters)}")


def cadastral(rng, who: dict) -> str:
    surname, given = who["surname"].upper(), who["given"].upper()
    form = rng.randrange(6)
    if form == 0:
        return f"{surname}/{given}"
    if form == 1:
        return f"{surname} {given} {rng.choice(MALE_GIVEN + FEMALE_GIVEN).upper()}"
    if form == 2 and who["female"]:
        return f"{rng.choice(SURNAMES).upper()} NEE {surname} {given}"
    return f"{surname} {given}"


def owners(rng, who: dict) -> str:
    form = rng.randrange(8)
    if form == 0:
        return f"M. ET MME {who['surname'].upper()} {who['given'].upper()}"
    if form == 1:
        return f"CONSORTS {who['surname'].upper()}"
    if form == 2:
        return f"INDIVISION {who['surname'].upper()} / {rng.choice(SURNAMES).upper()}"
    return cadastral(rng, who)


def notes_about_person(rng, who: dict, row: dict) -> str:
    civ = "Mme" if who["female"] else "M."
    forms = (
        f"Rappeler {civ} {who['surname']} au {row['mobile']}",
        f"{civ} {who['surname']} absent(e), voir avec sa fille",
        f"Contact : {who['given']} {who['surname']}, tél {row['mobile']}",
        f"RDV pris avec {civ} {who['surname'].upper()} le {random_date(rng, 2023, 2025)}",
        f"Courrier retourné, {civ} {who['surname']} a déménagé",
        f"Dossier suivi par la famille ({row['q']['given']} {who['surname']})",
        f"Signalé par le voisin {rng.choice(MALE_GIVEN)} {rng.choice(SURNAMES)}",
        "RAS",
        "Relance envoyée",
        f"{civ} {who['surname']} souhaite être recontacté(e) le matin",
    )
    return rng.choice(forms)


PUBLIC_NOTES = (
    "Contrôle annuel effectué", "Remplacement prévu en 2026", "RAS", "Peinture à reprendre",
    "Vérifié par le prestataire",
    "Accès par le portail nord", "Travaux programmés au budget", "Conforme", "Signalé au service voirie",
    "Fermé l'hiver", "Mis en service après rénovation", "Données issues du relevé GPS 2023", "",
)


def authority(rng, commune: tuple, level: str) -> dict:
    """The publishing authority and its functional contact (organisation, service mailbox, switchboard)."""
    name, insee, _cp, _centre, epci, dept, region, area = commune
    if level == "commune":
        organisation, domain = f"Ville de {name}", f"{ascii_slug(name, '-')}.fr"
        if rng.random() < 0.4:
            organisation = f"Mairie de {name}"
    elif level == "epci":
        organisation, domain = epci
    elif level == "departement":
        organisation, domain = dept
    else:
        organisation, domain = region
    service, mailbox = rng.choice(SERVICES)
    switchboard = f"0{area} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.choice(('00', '50', '10', '20'))} 00"
    if rng.random() < 0.3:
        ending = rng.choice(("00", "50"))
        switchboard = f"0{area} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)} {ending}"
    return {"organisation": organisation, "domain": domain, "service": service, "mailbox": f"{mailbox}@{domain}",
            "phone": switchboard, "insee": insee, "area": area, "commune": name}


def service_email(rng, auth: dict) -> str:
    local = rng.choice(("accueil", "contact", "sig", "urbanisme", "mairie", "services-techniques", "culture",
                        "population", "enfance", "eau-assainissement", "dechets", "police.municipale", "info"))
    return f"{local}@{auth['domain']}"


def service_phone(rng, auth: dict) -> str:
    head = auth["phone"][:9]
    return f"{head}{rng.randint(10, 99)} {rng.choice(('00', '50', '10', '20', '30', '40', '60'))}"


def siret(rng) -> str:
    siren = "".join(str(rng.randint(0, 9)) for _ in range(9))
    return f"{siren}{rng.randint(1, 99999):05d}"


def new_row(rng, commune: tuple) -> dict:
    """One row's people and home: the row's person, a second person of the household, its address."""
    who = person(rng)
    other = person(rng, surname=who["surname"] if rng.random() < 0.7 else None, first_year=2008, last_year=2021)
    number = rng.randint(1, 180)
    bis = rng.choice(("", "", "", "", " bis", " ter", "B"))
    address = f"{number}{bis} {street(rng)}"
    return {"p": who, "q": other, "address": address, "mobile": mobile(rng), "number": number,
            "landline": landline(rng, commune[7])}


def _named(rng, name: str, row: dict, ctx: dict):  # noqa: C901 - one branch per generator name
    who, other, commune, auth = row["p"], row["q"], ctx["commune"], ctx["auth"]
    civ = "Mme" if who["female"] else "M."
    simple = {
        "surname": lambda: who["surname"],
        "SURNAME": lambda: who["surname"].upper(),
        "given": lambda: who["given"],
        "full": lambda: f"{who['given']} {who['surname']}",
        "fullrev": lambda: f"{who['surname'].upper()} {who['given']}",
        "cadastral": lambda: cadastral(rng, who),
        "owners": lambda: owners(rng, who),
        "civ": lambda: civ,
        "civname": lambda: f"{civ} {who['surname']}",
        "civfull": lambda: f"{civ} {who['given']} {who['surname'].upper()}",
        "sex": lambda: "F" if who["female"] else "M",
        "qfull": lambda: f"{other['given']} {other['surname']}",
        "qgiven": lambda: other["given"],
        "qsurname": lambda: other["surname"].upper(),
        "qbirth": lambda: other["birth"],
        "qage": lambda: 2025 - int(other["birth"][:4]),
        "birth": lambda: who["birth"],
        "birthyear": lambda: int(who["birth"][:4]),
        "age": lambda: 2025 - int(who["birth"][:4]),
        "birthplace": lambda: rng.choice(COMMUNES)[0] if rng.random() < 0.8 else rng.choice(
            ("Alger", "Casablanca", "Porto", "Dakar", "Hanoï", "Tunis", "Lisbonne", "Naples", "Istanbul")),
        "addr": lambda: row["address"],
        "addrfull": lambda: f"{row['address']} {commune[2]} {commune[0].upper()}",
        "addrnum": lambda: row["number"],
        "mobile": lambda: row["mobile"],
        "landline": lambda: row["landline"],
        "anyphone": lambda: row["mobile"] if rng.random() < 0.6 else row["landline"],
        "email": lambda: personal_email(rng, who),
        "nir": lambda: nir(rng, who, commune[1]),
        "iban": lambda: iban(rng),
        "plate": lambda: plate(rng),
        "caf": lambda: f"{rng.randint(1000000, 9999999)}",
        "fiscal": lambda: f"{rng.randint(0, 3)}{rng.randint(0, 999999999999):012d}",
        "ine": lambda: f"{rng.randint(0, 999999999):09d}{rng.choice('ABCDEFGHJK')}{rng.choice('ABCDEFGHJK')}",
        "notes_person": lambda: notes_about_person(rng, who, row),
        "notes_public": lambda: rng.choice(PUBLIC_NOTES),
        "company": lambda: rng.choice(COMPANIES),
        "association": lambda: f"{rng.choice(ASSOCIATIONS)} de {commune[0]}",
        "siret": lambda: siret(rng),
        "authority": lambda: auth["organisation"],
        "service": lambda: rng.choice(SERVICES)[0],
        "service_email": lambda: service_email(rng, auth),
        "service_phone": lambda: service_phone(rng, auth),
        "switchboard": lambda: auth["phone"],
        "street": lambda: street(rng),
        "facility_addr": lambda: f"{rng.randint(1, 40)} {street(rng)}",
        "place": lambda: rng.choice(PLACES_AFTER_PEOPLE),
        "school": lambda: rng.choice(SCHOOLS),
        "commune": lambda: commune[0],
        "insee": lambda: commune[1],
        "cp": lambda: commune[2],
    }
    if name not in simple:
        raise KeyError(f"unknown generator {name!r}")
    return simple[name]()


def _parametrised(rng, spec: str, ctx: dict):
    head, _, rest = spec.partition("(")
    args = rest[:-1]
    if head == "ch":
        return rng.choice(args.split(";"))
    if head == "int":
        lo, hi = (int(a) for a in args.split(","))
        return rng.randint(lo, hi)
    if head == "num":
        lo, hi, decimals = args.split(",")
        return round(rng.uniform(float(lo), float(hi)), int(decimals))
    if head == "date":
        first, last = (int(a) for a in args.split(","))
        return random_date(rng, first, last)
    if head == "id":
        ctx["sequence"] += rng.randint(1, 7)
        year = rng.randint(2015, 2025)
        return args.format(n=ctx["sequence"], r4=f"{rng.randint(0, 9999):04d}", r6=f"{rng.randint(0, 999999):06d}",
                           yy=f"{year % 100:02d}", yyyy=year, insee=ctx["commune"][1], dep=ctx["commune"][1][:2],
                           L=rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ"))
    raise KeyError(f"unknown generator {spec!r}")


def value(rng, spec: str, row: dict, ctx: dict):
    if spec.endswith("?"):
        if rng.random() < 0.15:
            return None
        spec = spec[:-1]
    if "(" in spec:
        return _parametrised(rng, spec, ctx)
    return _named(rng, spec, row, ctx)
