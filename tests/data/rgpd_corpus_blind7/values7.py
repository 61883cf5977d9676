"""Value makers of corpus blind-7: each takes (rng, ctx, row) and returns one cell, in French formats."""
import unicodedata

from names7 import (ASSOCIATIONS, COMPANIES, EMAIL_DOMAINS_PERSO, FAMOUS, GIVEN_F, GIVEN_M, LIEUX_DITS,
                    STREET_KINDS, STREET_NAMES, SURNAMES)


def plain(text):
    return "".join(c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn")


def slug(text):
    return plain(text).lower().replace(" ", "-").replace("'", "")


def _given(r):
    return r.choice(GIVEN_F + GIVEN_M)


def _civ_given(r):
    if r.random() < 0.5:
        return "Mme", r.choice(GIVEN_F)
    return "M.", r.choice(GIVEN_M)


def surname(r, c, i):
    return r.choice(SURNAMES)


def surname_up(r, c, i):
    return r.choice(SURNAMES).upper()


def given(r, c, i):
    return _given(r)


def name_cad(r, c, i):
    """Cadastral style: SURNAME GIVEN, upper case."""
    return f"{r.choice(SURNAMES).upper()} {_given(r).upper()}"


def name_cad_slash(r, c, i):
    return f"{r.choice(SURNAMES).upper()}/{_given(r).upper()}"


def name_civ(r, c, i):
    civ, g = _civ_given(r)
    return f"{civ} {g} {r.choice(SURNAMES)}" if r.random() < 0.5 else f"{civ} {r.choice(SURNAMES).upper()} {g}"


def name_fl(r, c, i):
    return f"{_given(r)} {r.choice(SURNAMES).upper()}" if r.random() < 0.6 else f"{_given(r)} {r.choice(SURNAMES)}"


def name_init(r, c, i):
    return f"{r.choice(SURNAMES).upper()} {_given(r)[0]}."


def name_any(r, c, i):
    return r.choice([name_cad, name_civ, name_fl, name_init])(r, c, i)


def couple(r, c, i):
    s = r.choice(SURNAMES)
    return r.choice([f"M. et Mme {s.upper()}",
                     f"{s.upper()} {r.choice(GIVEN_M).upper()} ET {r.choice(GIVEN_F).upper()}",
                     f"Famille {s}", f"Consorts {s.upper()}"])


def street(r, c, i):
    return f"{r.choice(STREET_KINDS)} {r.choice(STREET_NAMES)}"


def street_cap(r, c, i):
    s = street(r, c, i)
    return s[0].upper() + s[1:]


def address(r, c, i):
    bis = r.choice(["", "", "", " bis", "B"])
    return f"{r.randint(1, 140)}{bis} {street(r, c, i)}"


def address_full(r, c, i):
    return f"{address(r, c, i)}, {c['cp']} {c['commune']}"


def address_up(r, c, i):
    return plain(address(r, c, i)).upper()


def lieu_dit(r, c, i):
    return r.choice(LIEUX_DITS)


def mobile(r, c, i):
    return f"0{r.choice('67')} " + " ".join(f"{r.randint(0, 99):02d}" for _ in range(4))


def mobile_compact(r, c, i):
    return mobile(r, c, i).replace(" ", "") if r.random() < 0.5 else "+33 " + mobile(r, c, i)[1:]


def fixed_home(r, c, i):
    return f"{c['area']} " + " ".join(f"{r.randint(0, 99):02d}" for _ in range(4))


def email_perso(r, c, i):
    g, s = plain(_given(r)).lower(), plain(r.choice(SURNAMES)).lower().replace(" ", "")
    form = r.choice([f"{g}.{s}", f"{g[0]}{s}", f"{s}.{g}{r.randint(1, 99)}", f"{g}{s}{r.randint(50, 99)}"])
    return f"{form}@{r.choice(EMAIL_DOMAINS_PERSO)}"


def nir(r, c, i):
    sex = r.choice("12")
    yy, mm = r.randint(30, 99), r.randint(1, 12)
    dep = c["insee"][:2]
    com, order = int(c["insee"][2:]), r.randint(1, 999)
    body = int(f"{sex}{yy:02d}{mm:02d}{dep}{com:03d}{order:03d}")
    key = 97 - body % 97
    return f"{sex} {yy:02d} {mm:02d} {dep} {com:03d} {order:03d} {key:02d}"


def birth(r, c, i):
    return f"{r.randint(1934, 2004)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}"


def birth_child(r, c, i):
    return f"{r.randint(2010, 2022)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}"


def birth_fr(r, c, i):
    return f"{r.randint(1, 28):02d}/{r.randint(1, 12):02d}/{r.randint(1935, 2006)}"


def age(r, c, i):
    return r.randint(18, 97)


def plate(r, c, i):
    L = "ABCDEFGHJKLMNPQRSTVWXYZ"
    return f"{r.choice(L)}{r.choice(L)}-{r.randint(1, 999):03d}-{r.choice(L)}{r.choice(L)}"


def iban(r, c, i):
    return "FR76 " + " ".join(f"{r.randint(0, 9999):04d}" for _ in range(5)) + f" {r.randint(0, 999):03d}"


def date_recent(r, c, i):
    return f"{r.randint(2019, 2025)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}"


def date_fr(r, c, i):
    return f"{r.randint(1, 28):02d}/{r.randint(1, 12):02d}/{r.randint(2018, 2026)}"


def year(r, c, i):
    return r.randint(1960, 2025)


def amount(r, c, i):
    return round(r.uniform(40, 4200), 2)


def small_int(r, c, i):
    return r.randint(0, 40)


def count(r, c, i):
    return r.randint(3, 2500)


def percent(r, c, i):
    return round(r.uniform(0, 100), 1)


def surface(r, c, i):
    return round(r.uniform(80, 25000), 1)


def length_m(r, c, i):
    return round(r.uniform(15, 1800), 1)


def rowid(r, c, i):
    return i + 1


def code_fmt(fmt):
    def make(r, c, i):
        return fmt.format(i=i + 1, n=r.randint(1, 9999), y=r.randint(2019, 2025), insee=c["insee"], dep=c["insee"][:2],
                          com=c["insee"][2:])
    return make


def pick(*values):
    def make(r, c, i):
        return r.choice(values)
    return make


def commune(r, c, i):
    return c["commune"]


def insee(r, c, i):
    return c["insee"]


def parcel_ref(r, c, i):
    return f"{c['insee']}000{r.choice(['A', 'AB', 'AC', 'B', 'ZA', 'ZK', 'C'])}{r.randint(1, 1500):04d}"


def section_num(r, c, i):
    return f"{r.choice(['AB', 'AC', 'ZA', 'B', 'C', 'ZK'])} {r.randint(1, 900)}"


def company(r, c, i):
    return r.choice(COMPANIES)


def association(r, c, i):
    a = r.choice(ASSOCIATIONS)
    return f"{a} de {c['commune']}" if r.random() < 0.4 else a


def famous_place(kinds):
    def make(r, c, i):
        return f"{r.choice(kinds)} {r.choice(FAMOUS)}"
    return make


def service_mail(r, c, i):
    box = r.choice(['accueil', 'contact', 'sig', 'technique', 'standard', 'info', 'secretariat'])
    return f"{box}@{c['dom']}"


def switchboard(r, c, i):
    return f"{c['area']} {r.randint(10, 99)} {r.randint(10, 99)} {r.choice(['00', '50', '10', '20', '30'])} " \
           f"{r.choice(['00', '50', '10', '20'])}"


def siret(r, c, i):
    return "".join(str(r.randint(0, 9)) for _ in range(14))


def url_site(r, c, i):
    return f"https://www.{c['dom']}/{r.choice(['equipements', 'culture', 'sport', 'environnement', 'mobilite'])}"


def equipment(kinds):
    def make(r, c, i):
        k = r.choice(kinds)
        if r.random() < 0.4:
            return f"{k} {r.choice(FAMOUS)}"
        return f"{k} {r.choice(['du centre', 'des Tilleuls', 'municipal', 'du Stade', 'de la Gare', 'Nord', 'Sud'])}"
    return make


def free_note_person(r, c, i):
    civ, g = _civ_given(r)
    s = r.choice(SURNAMES)
    return r.choice([f"{civ} {s}, tél {mobile(r, c, i)}", f"Voir avec {g} {s} (propriétaire)",
                     f"RDV pris avec {civ} {s.upper()} le {date_fr(r, c, i)}", f"Signalé par {g} {s[0]}., riverain",
                     f"Locataire {civ} {s} absent, rappeler"])


def grade(r, c, i):
    return r.choice(["adjoint technique", "adjoint administratif principal 2e cl.", "rédacteur", "attaché territorial",
                     "technicien principal 1re cl.", "ingénieur", "agent de maîtrise", "ATSEM principal"])


def agent_matricule(r, c, i):
    return f"{r.randint(1, 9)}{r.randint(0, 99999):05d}"


def postcode(r, c, i):
    return c["cp"]


def num(lo, hi, digits=1):
    def make(r, c, i):
        return round(r.uniform(lo, hi), digits)
    return make


def integer(lo, hi):
    def make(r, c, i):
        return r.randint(lo, hi)
    return make


def birth_senior(r, c, i):
    return f"{r.randint(1924, 1959)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}"


def siren(r, c, i):
    return str(r.randint(300000000, 999999999))


def academy_mail(r, c, i):
    return f"ce.0{c['insee'][:2]}{r.randint(1000, 9999)}{r.choice('abcdefghjk')}@{c['academy']}.fr"


def fire_station(r, c, i):
    where = r.choice([c['commune'], c['commune'] + ' Nord', c['commune'] + ' Sud'])
    return f"{r.choice(['CIS', 'CIS', 'CPI'])} {where}"


def air_agency(r, c, i):
    return c["atmo"]


def local_place(kinds):
    def make(r, c, i):
        return f"{r.choice(kinds)} {c['commune']}"
    return make
