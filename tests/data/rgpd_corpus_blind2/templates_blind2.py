"""The templates of the blind-2 corpus: one kind of column each, with its label and reason (see README.md)."""

from __future__ import annotations

import names2 as N
from generate_blind2 import (
    ORG,
    WASTE,
    WATER,
    Gen,
    buildings,
    cad,
    civ,
    communes,
    couple,
    graves,
    grid,
    initial,
    iris,
    last_first,
    lines,
    majic,
    married,
    natural,
    org_for,
    parcels,
    plain,
    points,
    streets,
    table,
    template,
    up,
    upper_last_first,
    zones,
)

# --------------------------------------------------------------------------------------------------
# helpers


def spec(org, layer, column, columns, geometry, types=None, reason=None):
    out = {"org": org, "layer": layer, "column": column, "columns": columns, "geometry": geometry}
    if types:
        out["types"] = types
    if reason:
        out["reason"] = reason
    return out


def col(v, names):
    return names[v % len(names)]


def fmt_date(d, style):
    if d is None:
        return None
    if style == "fr":
        return d.strftime("%d/%m/%Y")
    if style == "compact":
        return d.strftime("%Y%m%d")
    return d.isoformat()


def blanks(g: Gen, values, share=0.15):
    """Some cells left empty, as in real registers."""
    return [None if g.chance(share) else x for x in values]


def surfaces(g: Gen, n, low=120, high=9000):
    return [g.r.randint(low, high) for _ in range(n)]


def some_orgs(g: Gen, values, k_low=1, k_high=2, pool=None):
    pool = pool or (N.COMPANIES + N.FARMS + N.PUBLIC_BODIES)
    values = list(values)
    for i in g.sample(range(len(values)), g.r.randint(k_low, k_high)):
        values[i] = g.pick(pool)
    return values


def commune_body(org):
    return up("Commune de " + org.communes[0][0])


def service_box(org, service):
    if org.domain:
        return f"{service}@{org.domain}"
    return org.email


LEGAL_OWNERS = N.COMPANIES + N.FARMS + N.PUBLIC_BODIES


# ==================================================================================================
# Cadastre and land files (MAJIC)


@template(
    "cad-ddenom-majic",
    True,
    "owners' names in MAJIC form (SURNAME/GIVEN NAMES) on parcels; natural persons with a company or two among them",
    4,
)
def _cad_ddenom(g, v):
    org = org_for(g, v, ["villers", "hautleon", "salvagnac", "domes", "sanmartinu"])
    n = g.n(10, 20)
    c = col(v, ["DDENOM", "ddenom", "DDENOM_PROP", "denomination"])
    owners = some_orgs(g, [majic(p) for p in g.people(org, n)], 1, 2, N.COMPANIES + N.FARMS)
    return spec(
        org,
        col(v, ["ff_2022_parcelles_prop", "PARCELLES_PROPRIETAIRES_2023", "majic_pnb10", "cad_prop"]),
        c,
        {"IDPAR": [g.idpar(org) for _ in range(n)], c: owners, "DCNTPA": surfaces(g, n)},
        parcels(g, org, n),
    )


@template(
    "cad-owner-cadastral",
    True,
    "owners written the cadastral way, upper case, surname first (DUPONT JEAN), on parcels",
    5,
)
def _cad_owner(g, v):
    org = org_for(g, v)
    n = g.n()
    c = col(v, ["NOM_PROPRIETAIRE", "proprio", "PROPRIETAIRE", "nom_prop", "titulaire_compte"])
    return spec(
        org,
        col(
            v,
            [
                "parcelles_proprio",
                "PLU_parcelles_enquete",
                "cadastre_proprietaires",
                "foncier_prop",
                "comptes_proprietaires",
            ],
        ),
        c,
        {"num_parcelle": [g.idpar(org)[-6:] for _ in range(n)], c: [cad(p) for p in g.people(org, n)]},
        parcels(g, org, n),
    )


@template("cad-owner-couples", True, "owners as couples and married names (M OU MME X, MME X NEE Y) on parcels", 3)
def _cad_couples(g, v):
    org = org_for(g, v)
    n = g.n()
    c = col(v, ["proprietaires", "PROP_LIB", "DESIGNATION"])
    values = [couple(g, org) if g.chance(0.45) else married(g.person(org.region)) for _ in range(n)]
    return spec(
        org,
        col(v, ["parcelles_enquete_publique", "DUP_emprise_parcelles", "acquisitions_foncieres"]),
        c,
        {"idu": [g.idpar(org) for _ in range(n)], c: values, "surface_m2": surfaces(g, n)},
        parcels(g, org, n),
    )


@template("cad-dnomus", True, "owners' surnames alone, one per parcel: with the parcel, each names a person", 3)
def _cad_dnomus(g, v):
    org = org_for(g, v, ["hautleon", "basqueadour", "sanmartinu", "niederbach", "salvagnac"])
    n = g.n()
    c = col(v, ["DNOMUS", "nom_usage", "NOM"])
    return spec(
        org,
        col(v, ["ff_proprietaires_pnb", "parcelles_nom_usage", "PARC_PROP"]),
        c,
        {"IDPAR": [g.idpar(org) for _ in range(n)], c: [up(p.last) for p in g.people(org, n)]},
        parcels(g, org, n),
    )


@template(
    "cad-dprnus", True, "owners' given names alone, one per parcel (MAJIC DPRNUS): the parcel locates the person", 3
)
def _cad_dprnus(g, v):
    org = org_for(g, v)
    n = g.n()
    c = col(v, ["DPRNUS", "prenoms", "PRENOM_PROP"])
    people = g.people(org, n)
    values = [up(" ".join([p.first] + p.others)) if v != 1 else " ".join([p.first] + p.others) for p in people]
    return spec(
        org,
        col(v, ["ff_pnb_prenoms", "parcelles_prenoms", "PARC_PRENOM"]),
        c,
        {"IDPAR": [g.idpar(org) for _ in range(n)], c: values},
        parcels(g, org, n),
    )


@template("cad-owner-address", True, "owners' postal addresses (where they live, often elsewhere than the parcel)", 4)
def _cad_owner_address(g, v):
    org = org_for(g, v)
    n = g.n()
    c = col(v, ["DLIGN4", "adresse_proprietaire", "ADR_PROP", "adr_prop"])
    cities = [g.pick(N_OTHER) if g.chance(0.5) else (org.communes[0][2], up(org.communes[0][0])) for _ in range(n)]
    if v == 0:
        values = [g.majic_street() for _ in range(n)]
        columns = {
            "IDPAR": [g.idpar(org) for _ in range(n)],
            "DLIGN3": [
                g.pick(["", "", "", "RES LES CHENES", "BAT B", "APPT 12", "LIEU DIT LA COMBE"]) for _ in range(n)
            ],
            c: values,
            "DLIGN6": [f"{cp} {city}" for cp, city in cities],
        }
    else:
        values = [f"{g.r.randint(1, 140)} {g.street()} {cp} {city.title()}" for cp, city in cities]
        columns = {"idu": [g.idpar(org) for _ in range(n)], c: values}
    return spec(
        org,
        col(v, ["ff_proprietaires_adresses", "parcelles_adresse_prop", "PROP_ADRESSES", "courriers_prop"]),
        c,
        columns,
        parcels(g, org, n),
    )


@template("cad-jdatnss", True, "owners' dates of birth (MAJIC JDATNSS and the like)", 3)
def _cad_birth(g, v):
    org = org_for(g, v)
    n = g.n()
    c = col(v, ["JDATNSS", "date_naiss_prop", "DATNAIS"])
    people = g.people(org, n)
    style, types = [("fr", None), ("iso", {c: "date"}), ("compact", None)][v % 3]
    values = [fmt_date(p.birth, style) for p in people]
    return spec(
        org,
        col(v, ["ff_prop_naissances", "proprietaires_parcelles", "PROP_DN"]),
        c,
        {"IDPAR": [g.idpar(org) for _ in range(n)], c: values},
        parcels(g, org, n),
        types,
    )


@template(
    "cad-owner-mixed-case", True, "owners' names typed by hand (lower case, given name first, initials) on parcels", 3
)
def _cad_lower(g, v):
    org = org_for(g, v)
    n = g.n()
    c = col(v, ["proprietaire", "Proprio_actuel", "nom_proprio"])
    forms = [last_first, natural, initial, lambda p: natural(p).lower(), upper_last_first]
    values = [g.pick(forms)(p) for p in g.people(org, n)]
    return spec(
        org,
        col(v, ["suivi_preemption", "biens_vacants_enquete", "friches_recensement"]),
        c,
        {"ref_cad": [g.idpar(org)[-6:] for _ in range(n)], c: values},
        parcels(g, org, n),
    )


@template(
    "cad-legal-owners",
    False,
    "owners that are all legal persons (the DGFiP file of parcels of legal persons): "
    "communes, companies, the State, public bodies",
    5,
)
def _cad_legal(g, v):
    org = org_for(g, v)
    n = g.n()
    c = col(v, ["DENOMINATION", "denomination_proprietaire", "DDENOM", "proprietaire", "NOM_PROP"])
    values = [commune_body(org) if g.chance(0.25) else g.pick(LEGAL_OWNERS) for _ in range(n)]
    forms = []
    for value in values:
        head = value.split()[0]
        forms.append({"COMMUNE": "COM", "DEPARTEMENT": "DEP", "REGION": "REG", "ETAT": "ETAT"}.get(head, head[:4]))
    return spec(
        org,
        col(
            v,
            [
                "parcelles_personnes_morales",
                "PM_parcelles_2023",
                "ff_pm_parcelles",
                "foncier_personnes_morales",
                "parcelles_pm",
            ],
        ),
        c,
        {
            "IDPAR": [g.idpar(org) for _ in range(n)],
            c: values,
            "forme_juridique_abregee": forms,
            "siren": [g.siren() for _ in range(n)],
        },
        parcels(g, org, n),
    )


@template("cad-owner-category", False, "categories of owners (private, commune, State...), no one named", 3)
def _cad_category(g, v):
    org = org_for(g, v)
    n = g.n()
    c = col(v, ["type_proprio", "CATPRO", "groupe_personne"])
    pools = [
        ["Privé", "Privé", "Privé", "Commune", "Etat", "Département", "Bailleur social", "Copropriété"],
        ["P", "P", "P", "C", "E", "D", "M"],
        [
            "0 - Personne physique",
            "0 - Personne physique",
            "4 - Commune",
            "1 - Etat",
            "5 - Office HLM",
            "6 - Personne morale de droit privé",
            "7 - SEM",
        ],
    ]
    return spec(
        org,
        col(v, ["parcelles_typo_proprio", "FONCIER_CAT", "ff_categories"]),
        c,
        {"IDPAR": [g.idpar(org) for _ in range(n)], c: [g.pick(pools[v]) for _ in range(n)]},
        parcels(g, org, n),
    )


@template("cad-lieudit", False, "lieux-dits of parcels: place names, some after a person (CHAMP GUILLAUME)", 3)
def _cad_lieudit(g, v):
    org = org_for(g, v)
    n = g.n()
    c = col(v, ["LIEU_DIT", "lieudit", "DVOILIB"])
    return spec(
        org,
        col(v, ["parcelles_lieux_dits", "cadastre_parcelles", "PCI_PARCELLES"]),
        c,
        {"IDPAR": [g.idpar(org) for _ in range(n)], c: [g.pick(N.LIEUX_DITS) for _ in range(n)]},
        parcels(g, org, n),
    )


@template("cad-parcel-attributes", False, "parcel identifiers, areas and land-use codes", 3)
def _cad_attrs(g, v):
    org = org_for(g, v)
    n = g.n()
    c = col(v, ["IDPAR", "contenance", "CGRNUM"])
    columns = {
        "IDPAR": [g.idpar(org) for _ in range(n)],
        "contenance": surfaces(g, n),
        "CGRNUM": [g.pick(["01", "02", "03", "05", "09", "10", "11", "13"]) for _ in range(n)],
    }
    return spec(org, col(v, ["PARCELLES", "parcelles_2023", "pci_parcelle"]), c, columns, parcels(g, org, n))


@template("cad-parcel-address", False, "the address of the land (number and street of the parcel), not of a person", 3)
def _cad_parcel_address(g, v):
    org = org_for(g, v)
    n = g.n()
    c = col(v, ["adresse_parcelle", "ADR_TERRAIN", "adresse"])
    values = [f"{g.r.randint(1, 90)} {up(g.street())}" if v != 0 else g.address(org) for _ in range(n)]
    return spec(
        org,
        col(v, ["parcelles_adresses", "DIA_TERRAINS", "parcelles_bati"]),
        c,
        {"IDPAR": [g.idpar(org) for _ in range(n)], c: values},
        parcels(g, org, n),
    )


@template("cad-owner-counts", False, "counts of owners or accounts per parcel or section", 2)
def _cad_counts(g, v):
    org = org_for(g, v)
    n = g.n()
    c = col(v, ["nb_proprietaires", "NB_COMPTES"])
    return spec(
        org,
        col(v, ["parcelles_indicateurs", "sections_stats"]),
        c,
        {"IDPAR": [g.idpar(org) for _ in range(n)], c: [g.r.randint(1, 6) for _ in range(n)]},
        parcels(g, org, n),
    )


@template("cad-majic-codes", False, "MAJIC codes (legal-person group, right code) with no person named", 2)
def _cad_codes(g, v):
    org = org_for(g, v)
    n = g.n()
    c = col(v, ["CCOGRM", "CCODRO"])
    pool = ["1", "2", "4", "5", "6", "9", "0"] if v == 0 else ["P", "U", "N", "G", "B", "L"]
    return spec(
        org,
        col(v, ["ff_codes", "majic_droits"]),
        c,
        {"IDPAR": [g.idpar(org) for _ in range(n)], c: [g.pick(pool) for _ in range(n)]},
        parcels(g, org, n),
    )


N_OTHER = [
    ("25000", "BESANCON"),
    ("21000", "DIJON"),
    ("75015", "PARIS"),
    ("69003", "LYON"),
    ("29200", "BREST"),
    ("12000", "RODEZ"),
    ("31500", "TOULOUSE"),
    ("67000", "STRASBOURG"),
    ("64100", "BAYONNE"),
    ("59000", "LILLE"),
    ("20200", "BASTIA"),
    ("63000", "CLERMONT FERRAND"),
    ("44000", "NANTES"),
    ("92100", "BOULOGNE BILLANCOURT"),
    ("13008", "MARSEILLE"),
    ("1000", "BRUXELLES BELGIQUE"),
    ("GENEVE", "SUISSE"),
]


# ==================================================================================================
# Cemeteries


def grave_label(g, org, style):
    group = g.people(org, g.r.randint(1, 3), "dead")
    if style == "upper":
        return " / ".join(f"{up(p.last)} {up(p.first)}" for p in group)
    if style == "years":
        return ", ".join(
            f"{up(p.last)} {p.first} ({p.birth.year}-{min(p.birth.year + g.r.randint(40, 95), 2023)})" for p in group
        )
    if style == "nee":
        p = group[0]
        return f"{p.last} {p.first} née {p.birth_last}" if p.birth_last != p.last else f"{p.last} {p.first}"
    return "; ".join(natural(p) for p in group)


@template("cim-defunts", True, "the deceased buried in each grave, by name", 5)
def _cim_defunts(g, v):
    org = org_for(g, v)
    n = g.n(12, 24)
    c = col(v, ["nom_defunt", "DEFUNTS", "inhumes", "NOM_PRENOM", "occupants"])
    style = col(v, ["nee", "upper", "years", "plain", "upper"])
    return spec(
        org,
        col(
            v,
            [
                "cimetiere_tombes",
                "CIM_EMPLACEMENTS",
                "cimetiere_communal_inhumations",
                "registre_inhumations",
                "concessions_occupants",
            ],
        ),
        c,
        {
            "emplacement": [f"{g.pick('ABCD')}-{g.r.randint(1, 30)}" for _ in range(n)],
            c: [grave_label(g, org, style) for _ in range(n)],
        },
        graves(g, org, n),
    )


@template("cim-concessionnaire", True, "holders of the grave concessions, by name", 4)
def _cim_holder(g, v):
    org = org_for(g, v)
    n = g.n(12, 24)
    c = col(v, ["concessionnaire", "titulaire", "CONCESS", "acquereur"])
    forms = [cad, civ, last_first, married]
    values = [g.pick(forms)(g.person(org.region, "mid")) for _ in range(n)]
    return spec(
        org,
        col(v, ["concessions", "CIMETIERE_CONCESSIONS", "cim_concessions_2024", "concessions_vendues"]),
        c,
        {
            "num_concession": [f"{g.r.randint(1950, 2023)}-{g.r.randint(1, 80):03d}" for _ in range(n)],
            c: values,
            "duree": [g.pick([15, 30, 50, 99]) for _ in range(n)],
        },
        graves(g, org, n, g.pick(["graves", "grave plots"])),
    )


@template("cim-famille", True, "family names alone on graves: each grave names its family", 3)
def _cim_family(g, v):
    org = org_for(g, v, ["hautleon", "sanmartinu", "basqueadour", "niederbach", "salvagnac", "staubin"])
    n = g.n(12, 24)
    c = col(v, ["famille", "nom_famille", "FAMILLE"])
    people = g.people(org, n, "dead")
    values = [f"FAMILLE {up(p.last)}" if v == 0 else (up(p.last) if v == 2 else p.last) for p in people]
    return spec(
        org,
        col(v, ["tombes_familles", "cimetiere_plan", "CIM_TOMBES"]),
        c,
        {"carre": [g.pick("ABCDEF") for _ in range(n)], c: values},
        graves(g, org, n),
    )


@template(
    "cim-adresse-titulaire", True, "addresses of the concession holders (to write to them when a concession ends)", 3
)
def _cim_address(g, v):
    org = org_for(g, v)
    n = g.n()
    c = col(v, ["adresse_concessionnaire", "adr_titulaire", "ADRESSE_AYANT_DROIT"])
    values = [
        g.address(org, True) if g.chance(0.6) else f"{g.r.randint(1, 90)} {g.street()} {g.pick(N_OTHER)[1].title()}"
        for _ in range(n)
    ]
    geometry = graves(g, org, n) if v != 2 else table()
    return spec(
        org,
        col(v, ["concessions_echues", "concessions_relances", "CIM_AYANTS_DROIT"]),
        c,
        {"emplacement": [f"{g.pick('ABCD')}{g.r.randint(1, 40)}" for _ in range(n)], c: values},
        geometry,
    )


@template("cim-tel-ayant-droit", True, "phone numbers of the families or holders of graves", 2)
def _cim_phone(g, v):
    org = org_for(g, v)
    n = g.n()
    c = col(v, ["tel_contact", "telephone_ayant_droit"])
    values = blanks(g, [g.mobile() if g.chance(0.7) else g.home_phone(org) for _ in range(n)])
    return spec(
        org,
        col(v, ["concessions_contacts", "reprises_concessions"]),
        c,
        {"emplacement": [f"{g.pick('ABC')}-{g.r.randint(1, 40)}" for _ in range(n)], c: values},
        graves(g, org, n),
    )


@template("cim-naissance", True, "dates or years of birth of the deceased, grave by grave", 2)
def _cim_birth(g, v):
    org = org_for(g, v)
    n = g.n(12, 20)
    people = g.people(org, n, "dead")
    if v == 0:
        return spec(
            org,
            "cimetiere_inhumes",
            "date_naissance",
            {"emplacement": [f"B-{i + 1}" for i in range(n)], "date_naissance": [p.birth for p in people]},
            graves(g, org, n),
            {"date_naissance": "date"},
        )
    return spec(
        org,
        "CIM_TOMBES_ANNEES",
        "annee_naissance",
        {"carre": [g.pick("ABC") for _ in range(n)], "annee_naissance": [p.birth.year for p in people]},
        graves(g, org, n),
    )


@template("cim-prenom", True, "given names alone of the deceased, one per grave: the grave locates the person", 2)
def _cim_firstname(g, v):
    org = org_for(g, v)
    n = g.n(12, 20)
    c = col(v, ["prenom", "PRENOM_DEFUNT"])
    return spec(
        org,
        col(v, ["tombes_prenoms", "CIM_DEFUNTS_PRENOMS"]),
        c,
        {
            "emplacement": [f"C{g.r.randint(1, 60)}" for _ in range(n)],
            c: [p.first if v == 0 else up(p.first) for p in g.people(org, n, "dead")],
        },
        graves(g, org, n),
    )


@template("cim-emplacement", False, "grave plot references (square, row, number)", 3)
def _cim_plot(g, v):
    org = org_for(g, v)
    n = g.n(12, 24)
    c = col(v, ["num_emplacement", "CARRE", "allee"])
    columns = {
        "num_emplacement": [f"{g.pick('ABCD')}-{g.r.randint(1, 20):02d}-{g.r.randint(1, 30):02d}" for _ in range(n)],
        "CARRE": [g.pick(["A", "B", "C", "Carré militaire", "Carré des enfants", "Nouveau"]) for _ in range(n)],
        "allee": [g.pick(["Allée 1", "Allée 2", "Allée centrale", "Allée des Cyprès"]) for _ in range(n)],
    }
    return spec(
        org,
        col(v, ["cimetiere_emplacements", "CIM_PLAN", "plan_cimetiere"]),
        c,
        columns,
        graves(g, org, n, "grave plots"),
    )


@template("cim-type-concession", False, "kinds, durations and states of grave concessions, no one named", 3)
def _cim_kind(g, v):
    org = org_for(g, v)
    n = g.n(12, 24)
    c = col(v, ["type_concession", "DUREE", "etat"])
    columns = {
        "type_concession": [
            g.pick(["perpétuelle", "trentenaire", "cinquantenaire", "temporaire 15 ans", "terrain commun"])
            for _ in range(n)
        ],
        "DUREE": [g.pick([15, 30, 50, 0]) for _ in range(n)],
        "etat": [g.pick(["bon état", "abandon constaté", "à relever", "libre", "monument instable"]) for _ in range(n)],
    }
    return spec(
        org,
        col(v, ["cimetiere_concessions_types", "CIM_DUREES", "reprise_etat_abandon"]),
        c,
        columns,
        graves(g, org, n),
    )


@template(
    "cim-cimetieres",
    False,
    "cemeteries themselves: names (some after a saint or a person), addresses, opening hours",
    3,
)
def _cim_cemeteries(g, v):
    org = org_for(g, v)
    n = g.n(3, 8)
    c = col(v, ["nom_cimetiere", "adresse", "horaires"])
    names = [
        "Cimetière Saint-Roch",
        "Cimetière communal",
        "Cimetière du Bourg",
        "Cimetière de l'Est",
        "Cimetière paysager Jean-Baptiste Clément",
        "Nouveau cimetière",
        "Cimetière de Kervennec",
        "Cimetière Saint-Martin",
        "Cimetière israélite",
        "Cimetière militaire",
        "Cimetière du Père Brottier",
    ]
    columns = {
        "nom_cimetiere": g.sample(names, n),
        "adresse": [g.address(org) for _ in range(n)],
        "horaires": [g.pick(["8h-18h", "8h-20h (été) / 8h-17h (hiver)", "7h30-19h"]) for _ in range(n)],
    }
    return spec(
        org,
        col(v, ["cimetieres", "EQUIP_CIMETIERES", "cimetieres_communaux"]),
        c,
        columns,
        buildings(g, org, n, "cemeteries"),
    )


@template("cim-dates-acte", False, "dates of concession deeds and their end, on plots with no one named", 2)
def _cim_dates(g, v):
    org = org_for(g, v)
    n = g.n(12, 20)
    c = col(v, ["date_acquisition", "date_echeance"])
    start = [g.date(1960, 2023) for _ in range(n)]
    columns = {
        "date_acquisition": start,
        "date_echeance": [d.replace(year=d.year + g.pick([15, 30, 50])) for d in start],
    }
    return spec(
        org,
        col(v, ["concessions_echeances", "CIM_ECHEANCES"]),
        c,
        columns,
        graves(g, org, n),
        {"date_acquisition": "date", "date_echeance": "date"},
    )


@template("cim-columbarium", False, "columbarium cells: references, capacities, prices", 2)
def _cim_columbarium(g, v):
    org = org_for(g, v)
    n = g.n(8, 16)
    c = col(v, ["case", "tarif"])
    columns = {
        "case": [f"COL-{g.pick('ABC')}{i + 1:02d}" for i in range(n)],
        "capacite_urnes": [g.pick([2, 4]) for _ in range(n)],
        "tarif": [g.pick([450.0, 620.0, 880.0]) for _ in range(n)],
    }
    return spec(org, col(v, ["columbarium", "jardin_souvenir_cases"]), c, columns, graves(g, org, n, "grave plots"))


# ==================================================================================================
# Civil registration


@template("ec-naissances", True, "children's names in a birth register", 3)
def _ec_births(g, v):
    org = org_for(g, v)
    n = g.n()
    c = col(v, ["nom_enfant", "NOM", "enfant"])
    kids = g.people(org, n, "child")
    values = [up(p.last) if v == 1 else natural(p) for p in kids]
    columns = {"num_acte": [f"{2023}-{i + 1:03d}" for i in range(n)], c: values}
    if v == 1:
        columns["PRENOMS"] = [" ".join([p.first] + p.others) for p in kids]
    return spec(
        org, col(v, ["etat_civil_naissances_2023", "EC_NAISSANCES", "registre_naissances"]), c, columns, table()
    )


@template("ec-parents", True, "parents and declarants named in civil-registration acts", 3)
def _ec_parents(g, v):
    org = org_for(g, v)
    n = g.n()
    c = col(v, ["nom_pere", "mere", "declarant"])
    values = [civ(g.person(org.region, "young", "M" if v == 0 else "F" if v == 1 else ""), True) for _ in range(n)]
    return spec(
        org,
        col(v, ["EC_NAISSANCES_PARENTS", "actes_naissance", "reconnaissances"]),
        c,
        {"num_acte": [f"N{g.r.randint(1, 300):04d}" for _ in range(n)], c: values},
        table(),
    )


@template("ec-deces", True, "the deceased named in a death register", 3)
def _ec_deaths(g, v):
    org = org_for(g, v)
    n = g.n()
    c = col(v, ["defunt", "nom_usage_defunt", "DEFUNT"])
    people = g.people(org, n, "dead")
    values = [married(p) if v == 2 else (natural(p) if v == 0 else up(p.last)) for p in people]
    return spec(
        org,
        col(v, ["registre_deces_2022", "EC_DECES", "deces_transcriptions"]),
        c,
        {"date_deces": [g.date(2022, 2022) for _ in range(n)], c: values},
        table(),
        {"date_deces": "date"},
    )


@template("ec-mariages", True, "spouses named in marriage acts", 2)
def _ec_marriages(g, v):
    org = org_for(g, v)
    n = g.n()
    c = col(v, ["epoux", "EPOUSE"])
    values = [upper_last_first(g.person(org.region, "young", "M" if v == 0 else "F")) for _ in range(n)]
    return spec(
        org,
        col(v, ["mariages_2023", "EC_MARIAGES"]),
        c,
        {"date_mariage": [g.date(2023, 2023) for _ in range(n)], c: values},
        table(),
        {"date_mariage": "date"},
    )


@template("ec-date-naissance", True, "dates of birth of people in a register", 3)
def _ec_birthdate(g, v):
    org = org_for(g, v)
    n = g.n()
    c = col(v, ["date_naissance", "DATE_NAIS", "ddn"])
    people = g.people(org, n, "adult")
    values = [p.birth if v == 0 else fmt_date(p.birth, "fr") for p in people]
    return spec(
        org,
        col(v, ["livret_famille_demandes", "EC_CNI_RDV", "recensement_citoyen"]),
        c,
        {"num_dossier": [f"D{g.r.randint(1000, 9999)}" for _ in range(n)], c: values},
        table(),
        {c: "date"} if v == 0 else None,
    )


@template("ec-nir", True, "social security numbers (NIR with a valid key)", 3)
def _ec_nir(g, v):
    org = org_for(g, v)
    n = g.n()
    c = col(v, ["NIR", "num_secu", "n_ss"])
    values = [g.nir(p, org, "spaced" if v == 1 else "compact") for p in g.people(org, n)]
    return spec(
        org,
        col(v, ["recensement_militaire", "mentions_marginales", "dossiers_pacs"]),
        c,
        {"dossier": [f"{g.r.randint(100, 999)}" for _ in range(n)], c: values},
        table(),
    )


@template("ec-stats", False, "counts of births, deaths and marriages per commune or year", 3)
def _ec_stats(g, v):
    org = org_for(g, v)
    n = g.n(6, 12)
    c = col(v, ["nb_naissances", "nb_deces", "nb_mariages"])
    columns = {
        "insee": [f"{org.dept}{g.r.randint(1, 999):03d}" for _ in range(n)],
        c: [g.r.randint(0, 140) for _ in range(n)],
    }
    geometry = communes(g, org, n) if v != 1 else table()
    if v == 1:
        columns = {"annee": list(range(2023 - n + 1, 2024)), c: [g.r.randint(10, 90) for _ in range(n)]}
    return spec(org, col(v, ["EC_STATS_COMMUNES", "deces_par_annee", "mariages_communes"]), c, columns, geometry)


@template("ec-prenoms-stats", False, "given names counted per year or commune (statistics): no one is located", 4)
def _ec_firstname_stats(g, v):
    org = org_for(g, v)
    n = g.n(10, 20)
    c = col(v, ["prenom", "PRENOM_USUEL", "prenoms_2023", "Prenom"])
    pool = sum((list(f) + list(m) for f, m in N.GIVEN.values()), [])
    names = g.sample(pool, n)
    if v in (0, 2, 3):
        columns = {
            c: names,
            "nombre": sorted([g.r.randint(3, 60) for _ in range(n)], reverse=True),
            "annee": [2023 - (v == 3)] * n,
        }
        return spec(
            org, col(v, ["prenoms_naissances", "x", "top_prenoms_2023", "prenoms_donnes_2022"]), c, columns, table()
        )
    columns = {
        "insee": [f"{org.dept}{g.r.randint(1, 999):03d}" for _ in range(n)],
        c: names,
        "effectif": [g.r.randint(3, 25) for _ in range(n)],
    }
    return spec(org, "prenom_le_plus_donne_par_commune", c, columns, communes(g, org, n))


@template("ec-actes", False, "act numbers, kinds and years, with no one named", 2)
def _ec_acts(g, v):
    org = org_for(g, v)
    n = g.n()
    c = col(v, ["numero_acte", "type_acte"])
    columns = {
        "numero_acte": [f"{g.r.randint(2019, 2023)}/{g.r.randint(1, 250):04d}" for _ in range(n)],
        "type_acte": [g.pick(["naissance", "décès", "mariage", "reconnaissance", "PACS"]) for _ in range(n)],
        "annee": [g.r.randint(2019, 2023) for _ in range(n)],
    }
    return spec(org, col(v, ["EC_ACTES_INDEX", "actes_numerisation"]), c, columns, table())


# ==================================================================================================
# Schools, canteens, after-school


def school_names(g, n):
    kinds = [
        "École élémentaire",
        "École maternelle",
        "Groupe scolaire",
        "École primaire",
        "ÉCOLE ÉLÉMENTAIRE",
        "Collège",
        "École primaire publique",
    ]
    return [
        f"{g.pick(kinds)} {g.pick(N.EPONYMS)}"
        if g.chance(0.75)
        else f"{g.pick(kinds)} {g.pick(['des Tilleuls', 'du Centre', 'de Kervennec', 'les Coquelicots', 'du Bourg'])}"
        for _ in range(n)
    ]


@template("sco-eleve", True, "pupils' names in registrations", 4)
def _sco_pupil(g, v):
    org = org_for(g, v)
    n = g.n(10, 24)
    c = col(v, ["nom_eleve", "ELEVE", "enfant", "nom_prenom_enfant"])
    kids = g.people(org, n, "child")
    forms = [last_first, lambda p: f"{up(p.last)} {p.first}", natural, cad]
    values = [forms[v](p) for p in kids]
    columns = {c: values, "classe": [g.pick(["PS", "MS", "GS", "CP", "CE1", "CE2", "CM1", "CM2"]) for _ in range(n)]}
    geometry = points(g, org, n) if v == 3 else table()
    return spec(
        org,
        col(
            v, ["inscriptions_scolaires_2024", "INSCRIPTIONS_CANTINE", "periscolaire_inscrits", "carte_scolaire_eleves"]
        ),
        c,
        columns,
        geometry,
    )


@template("sco-prenom-eleve", True, "pupils' given names in a column naming their role", 3)
def _sco_pupil_first(g, v):
    org = org_for(g, v)
    n = g.n(10, 24)
    c = col(v, ["prenom_eleve", "prenom_enfant", "PRENOM_ENF"])
    kids = g.people(org, n, "child")
    return spec(
        org,
        col(v, ["inscriptions_ecole", "accueil_loisirs_inscrits", "CANTINE_RESERVATIONS"]),
        c,
        {c: [p.first for p in kids], "groupe": [g.pick(["Petits", "Moyens", "Grands"]) for _ in range(n)]},
        table(),
    )


@template("sco-responsable", True, "legal guardians of pupils, by name", 3)
def _sco_guardian(g, v):
    org = org_for(g, v)
    n = g.n(10, 20)
    c = col(v, ["responsable_legal", "nom_parent", "RESP1"])
    forms = [civ, last_first, lambda p: f"{'MME' if p.sex == 'F' else 'M'} {up(p.last)} {p.first}"]
    values = [forms[v](g.person(org.region, "young")) for _ in range(n)]
    return spec(
        org,
        col(v, ["inscriptions_periscolaire", "familles_facturation", "FAMILLES"]),
        c,
        {"num_famille": [f"F{g.r.randint(100, 999)}" for _ in range(n)], c: values},
        table(),
    )


@template("sco-tel-parent", True, "parents' mobile phone numbers", 3)
def _sco_parent_phone(g, v):
    org = org_for(g, v)
    n = g.n(10, 20)
    c = col(v, ["tel_resp1", "portable_parent", "TEL_URGENCE"])
    return spec(
        org,
        col(v, ["familles_contacts", "accueil_loisirs_fiches", "CANTINE_FAMILLES"]),
        c,
        {
            "num_famille": [f"{g.r.randint(1000, 9999)}" for _ in range(n)],
            c: blanks(g, [g.mobile() for _ in range(n)], 0.1),
        },
        table(),
    )


@template("sco-mail-parent", True, "parents' personal e-mail addresses", 3)
def _sco_parent_mail(g, v):
    org = org_for(g, v)
    n = g.n(10, 20)
    c = col(v, ["email_parent", "courriel_famille", "MAIL_RESP"])
    values = [g.email(g.person(org.region, "young")) for _ in range(n)]
    return spec(
        org,
        col(v, ["portail_familles_comptes", "inscriptions_2024", "FAMILLES_MAILS"]),
        c,
        {
            "num_famille": [f"{g.r.randint(1000, 9999)}" for _ in range(n)],
            c: values if v != 2 else [x.upper() for x in values],
        },
        table(),
    )


@template("sco-domicile", True, "pupils' home addresses, located on the dwellings (school catchment work)", 3)
def _sco_home(g, v):
    org = org_for(g, v)
    n = g.n(10, 20)
    c = col(v, ["adresse", "domicile", "adresse_famille"])
    return spec(
        org,
        col(v, ["carte_scolaire_domiciles", "eleves_geocodes", "sectorisation_familles"]),
        c,
        {
            c: [g.address(org, v == 2) for _ in range(n)],
            "ecole_secteur": [g.pick(school_names(g, 3)) for _ in range(n)],
        },
        points(g, org, n),
    )


@template("sco-naissance-enfant", True, "children's dates of birth", 2)
def _sco_birth(g, v):
    org = org_for(g, v)
    n = g.n(10, 20)
    kids = g.people(org, n, "child")
    c = col(v, ["date_naissance", "ne_le"])
    values = [p.birth if v == 0 else fmt_date(p.birth, "fr") for p in kids]
    return spec(
        org,
        col(v, ["creche_preinscriptions", "inscriptions_maternelle"]),
        c,
        {"dossier": [f"P{g.r.randint(100, 999)}" for _ in range(n)], c: values},
        table(),
        {c: "date"} if v == 0 else None,
    )


@template(
    "sco-sante-revenu",
    True,
    "health and income of named children's families (food allergies, family quotient) next to their names",
    2,
)
def _sco_health(g, v):
    org = org_for(g, v)
    n = g.n(10, 20)
    kids = g.people(org, n, "child")
    if v == 0:
        values = [
            g.pick(["aucune", "aucune", "aucune", "arachide", "gluten (PAI)", "lait de vache", "oeuf", "PAI asthme"])
            for _ in range(n)
        ]
        return spec(
            org,
            "cantine_inscrits",
            "allergies",
            {"enfant": [last_first(p) for p in kids], "allergies": values},
            table(),
        )
    return spec(
        org,
        "FACTURATION_PERISCOLAIRE",
        "QF",
        {"NOM_ENFANT": [cad(p) for p in kids], "QF": [g.r.randint(280, 2100) for _ in range(n)]},
        table(),
    )


@template("sco-ecoles", False, "schools' names, many after a person", 4)
def _sco_schools(g, v):
    org = org_for(g, v)
    n = g.n(4, 12)
    c = col(v, ["nom_ecole", "NOM", "appellation", "nom_etablissement"])
    values = school_names(g, n)
    return spec(
        org,
        col(v, ["ecoles", "ETABLISSEMENTS_SCOLAIRES", "ecoles_publiques", "equipements_scolaires"]),
        c,
        {"uai": [g.uai(org) for _ in range(n)], c: values if v != 1 else [up(x) for x in values]},
        points(g, org, n, kind="public buildings"),
    )


@template(
    "sco-ecole-contact",
    False,
    "schools' and services' own contacts: ce.UAI@ac-... boxes, school phones, functional mailboxes",
    4,
)
def _sco_contact(g, v):
    org = org_for(g, v)
    n = g.n(4, 12)
    uais = [g.uai(org) for _ in range(n)]
    if v == 0:
        c, values = "mail", [f"ce.{u}@{org.academy}" for u in uais]
    elif v == 1:
        c, values = "tel", [g.other_org_phone(org) for _ in range(n)]
    elif v == 2:
        c = "courriel_directeur"
        values = [
            f"ce.{u.lower()}@{org.academy}"
            if g.chance(0.7)
            else f"ecole.{g.r.randint(1, 9)}@{org.domain or 'orange.fr'}"
            for u in uais
        ]
    else:
        c = "contact_periscolaire"
        values = [
            g.pick([service_box(org, "periscolaire"), service_box(org, "enfance"), org.phone, g.org_phone(org)])
            for _ in range(n)
        ]
    return spec(
        org,
        col(v, ["ecoles_annuaire", "ECOLES_CONTACTS", "ecoles_directions", "accueils_periscolaires"]),
        c,
        {"uai": uais, "nom": school_names(g, n), c: values},
        points(g, org, n, kind="public buildings"),
    )


@template("sco-effectifs", False, "numbers of pupils, classes and meals per school or sector", 3)
def _sco_counts(g, v):
    org = org_for(g, v)
    n = g.n(4, 12)
    c = col(v, ["effectif", "nb_classes", "nb_repas_jour"])
    columns = {
        "nom": school_names(g, n),
        "effectif": [g.r.randint(18, 380) for _ in range(n)],
        "nb_classes": [g.r.randint(1, 14) for _ in range(n)],
        "nb_repas_jour": [g.r.randint(10, 300) for _ in range(n)],
    }
    return spec(
        org,
        col(v, ["ecoles_effectifs_2024", "ECOLES_CLASSES", "restauration_scolaire"]),
        c,
        columns,
        points(g, org, n, kind="public buildings"),
    )


@template("sco-secteurs", False, "school catchment areas: the school and the streets of each sector", 3)
def _sco_sectors(g, v):
    org = org_for(g, v)
    n = g.n(3, 8)
    c = col(v, ["voies", "ecole_secteur", "LISTE_RUES"])
    columns = {
        "ecole_secteur": school_names(g, n),
        "voies": ["; ".join(g.sample(N.STREETS_PERSON + N.STREETS_PLAIN, 4)) for _ in range(n)],
    }
    columns["LISTE_RUES"] = [up(x) for x in columns["voies"]]
    return spec(
        org, col(v, ["secteurs_scolaires", "carte_scolaire_secteurs", "SECTORISATION"]), c, columns, zones(g, org, n)
    )


@template("sco-menus", False, "canteen menus and the allergens of each dish", 2)
def _sco_menus(g, v):
    org = org_for(g, v)
    n = g.n(8, 15)
    c = col(v, ["plat", "allergenes"])
    dishes = [
        "Hachis parmentier",
        "Poisson pané, riz",
        "Lasagnes végétariennes",
        "Poulet basquaise",
        "Choucroute",
        "Couscous de légumes",
        "Far breton",
        "Gratin dauphinois",
        "Pizza jambon fromage",
        "Dahl de lentilles",
    ]
    columns = {
        "date": [g.date(2024, 2024) for _ in range(n)],
        "plat": [g.pick(dishes) for _ in range(n)],
        "allergenes": [
            g.pick(["gluten, lait", "poisson", "aucun", "oeuf, lait", "céleri", "moutarde"]) for _ in range(n)
        ],
    }
    return spec(org, col(v, ["menus_cantine", "restauration_menus"]), c, columns, table(), {"date": "date"})


@template("sco-uai", False, "school identifiers (UAI/RNE codes)", 2)
def _sco_uai(g, v):
    org = org_for(g, v)
    n = g.n(4, 12)
    c = col(v, ["UAI", "code_rne"])
    return spec(
        org,
        col(v, ["ecoles_uai", "etab_rne"]),
        c,
        {c: [g.uai(org) for _ in range(n)], "secteur": ["public"] * n},
        points(g, org, n, kind="public buildings"),
    )


@template("sco-transport", False, "school bus stops and lines, some stops named after a person or a place", 2)
def _sco_bus(g, v):
    org = org_for(g, v)
    n = g.n(8, 16)
    c = col(v, ["nom_arret", "ligne"])
    stops = [
        "Mairie",
        "Les Grands Champs",
        "Église",
        "Collège Jean Zay",
        "Lotissement Les Prés Verts",
        "Pont Saint-Martin",
        "Place Victor Hugo",
        "Kervennec",
        "La Croix Rouge",
        "Stade Léo Lagrange",
        "Gare",
    ]
    columns = {
        "nom_arret": [g.pick(stops) for _ in range(n)],
        "ligne": [g.pick(["S1", "S2", "Ligne scolaire 12", "RPI Nord"]) for _ in range(n)],
    }
    return spec(
        org,
        col(v, ["arrets_transport_scolaire", "circuits_scolaires_arrets"]),
        c,
        columns,
        points(g, org, n, kind="street furniture"),
    )


# ==================================================================================================
# Social housing


@template("hlm-locataire", True, "tenants' names, on their dwellings", 4)
def _hlm_tenant(g, v):
    org = org_for(g, v)
    n = g.n()
    c = col(v, ["nom_locataire", "occupant", "LOCATAIRE", "titulaire_bail"])
    forms = [last_first, civ, cad, married]
    return spec(
        org,
        col(v, ["logements_sociaux_occupation", "patrimoine_occupants", "HLM_LOGEMENTS", "baux_en_cours"]),
        c,
        {
            "num_logement": [f"L{g.r.randint(100, 999)}" for _ in range(n)],
            c: [forms[v](g.person(org.region)) for _ in range(n)],
        },
        points(g, org, n),
    )


@template("hlm-demandeur", True, "applicants for social housing, by name", 3)
def _hlm_applicant(g, v):
    org = org_for(g, v)
    n = g.n()
    c = col(v, ["demandeur", "nom_demandeur", "DEMANDEUR_PRINCIPAL"])
    forms = [natural, upper_last_first, cad]
    return spec(
        org,
        col(v, ["demandes_logement_social", "commission_attribution", "DLS_EN_COURS"]),
        c,
        {
            c: [forms[v](g.person(org.region)) for _ in range(n)],
            "typologie_demandee": [g.pick(["T1", "T2", "T3", "T4", "T5"]) for _ in range(n)],
        },
        table(),
    )


@template("hlm-tel-locataire", True, "tenants' phone numbers", 2)
def _hlm_phone(g, v):
    org = org_for(g, v)
    n = g.n()
    c = col(v, ["tel_locataire", "TEL_OCCUPANT"])
    return spec(
        org,
        col(v, ["logements_contacts", "HLM_ENQUETE_OCCUPATION"]),
        c,
        {
            "num_logement": [f"{g.r.randint(100, 999)}" for _ in range(n)],
            c: [g.mobile() if g.chance(0.75) else g.home_phone(org) for _ in range(n)],
        },
        points(g, org, n),
    )


@template("hlm-gardien", True, "caretakers of housing estates, by name, with their mobiles", 2)
def _hlm_caretaker(g, v):
    org = org_for(g, v)
    n = g.n(4, 10)
    c = col(v, ["gardien", "tel_gardien"])
    people = g.people(org, n)
    columns = {
        "residence": [f"Résidence {g.pick(N.EPONYMS)}" for _ in range(n)],
        "gardien": [civ(p) for p in people],
        "tel_gardien": [g.mobile() for _ in range(n)],
    }
    return spec(org, col(v, ["residences_gardiens", "loges_gardiens"]), c, columns, buildings(g, org, n))


@template("hlm-rpls", False, "social-housing stock as published (RPLS): the landlord, the estate's name", 4)
def _hlm_rpls(g, v):
    org = org_for(g, v)
    n = g.n()
    c = col(v, ["bailleur", "nom_residence", "BAILLEUR", "residence"])
    landlord = g.pick(N.LANDLORDS)
    columns = {
        c if v in (0, 2) else "bailleur": [landlord if g.chance(0.7) else g.pick(N.LANDLORDS) for _ in range(n)],
        "nb_pieces": [g.r.randint(1, 5) for _ in range(n)],
        "annee_construction": [g.r.randint(1955, 2020) for _ in range(n)],
    }
    if v in (1, 3):
        columns[c] = [
            f"Résidence {g.pick(N.EPONYMS + ['Les Tilleuls', 'Le Clos Fleuri', 'Ker Avel'])}" for _ in range(n)
        ]
    return spec(
        org, col(v, ["rpls_logements", "RPLS_2023", "logements_sociaux", "parc_social"]), c, columns, points(g, org, n)
    )


@template("hlm-programmes", False, "housing programmes: names, numbers of dwellings, financing", 3)
def _hlm_programmes(g, v):
    org = org_for(g, v)
    n = g.n(4, 10)
    c = col(v, ["programme", "nb_logements", "financement"])
    columns = {
        "programme": [
            g.pick(
                [
                    "Les Jardins de Marianne",
                    "Résidence Lucie Aubrac",
                    "Le Hameau du Moulin",
                    "Îlot Jean Jaurès",
                    "Les Terrasses de l'Ognon",
                    "Ker Avel",
                ]
            )
            for _ in range(n)
        ],
        "nb_logements": [g.r.randint(4, 80) for _ in range(n)],
        "financement": [g.pick(["PLUS", "PLAI", "PLS", "PLUS/PLAI", "PSLA"]) for _ in range(n)],
        "bailleur": [g.pick(N.LANDLORDS) for _ in range(n)],
    }
    return spec(
        org, col(v, ["programmes_logement", "PLH_OPERATIONS", "logements_livres"]), c, columns, buildings(g, org, n)
    )


@template("hlm-agences", False, "landlords' agencies: their names, functional mailboxes and numbers", 2)
def _hlm_agencies(g, v):
    org = org_for(g, v)
    n = g.n(3, 8)
    c = col(v, ["email", "telephone"])
    columns = {
        "agence": [f"Agence {g.pick(['Nord', 'Sud', 'Centre', 'Ouest', 'Est'])}" for _ in range(n)],
        "email": [
            g.pick(
                [
                    "agence.nord@habitat-valdouche.fr",
                    "contact@armorlogis.bzh",
                    "accueil@ophflandres.fr",
                    "agence-centre@logementbasque.fr",
                    "relation.client@rhonelumiere-habitat.fr",
                ]
            )
            for _ in range(n)
        ],
        "telephone": [g.other_org_phone(org) for _ in range(n)],
    }
    return spec(
        org, col(v, ["agences_bailleurs", "BAILLEURS_AGENCES"]), c, columns, points(g, org, n, kind="public buildings")
    )


# ==================================================================================================
# Social action (CCAS)


@template("ccas-registre", True, "people in the heat-wave or isolation register, by name, on their homes", 4)
def _ccas_register(g, v):
    org = org_for(g, v)
    n = g.n()
    c = col(v, ["nom", "BENEFICIAIRE", "personne", "inscrit"])
    forms = [cad, civ, last_first, married]
    return spec(
        org,
        col(v, ["registre_canicule", "PLAN_GRAND_FROID", "personnes_isolees", "registre_vulnerables"]),
        c,
        {c: [forms[v](g.person(org.region, "old")) for _ in range(n)]},
        points(g, org, n),
    )


@template("ccas-age", True, "ages of registered people, located on their homes", 3)
def _ccas_age(g, v):
    org = org_for(g, v)
    n = g.n()
    c = col(v, ["age", "tranche_age", "AGE"])
    ages = [g.r.randint(68, 98) for _ in range(n)]
    values = ages if v != 1 else [g.pick(["65-74 ans", "75-84 ans", "85 ans et plus"]) for _ in range(n)]
    return spec(
        org,
        col(v, ["registre_canicule_geo", "visites_convivialite", "PORTAGE_REPAS_GEO"]),
        c,
        {"quartier": [g.pick(["Centre", "Les Prés", "Bourg", "Kervennec", "Gare"]) for _ in range(n)], c: values},
        points(g, org, n),
    )


@template(
    "ccas-situation", True, "vulnerability of registered people (isolation, disability, dependency), on their homes", 3
)
def _ccas_situation(g, v):
    org = org_for(g, v)
    n = g.n()
    c = col(v, ["situation", "fragilite", "GIR"])
    pools = [
        ["personne isolée", "handicap moteur", "vit seule", "sans famille proche", "malvoyante"],
        ["Isolement", "Dépendance", "Handicap", "Sortie d'hospitalisation"],
        ["GIR 2", "GIR 3", "GIR 4", "GIR 5"],
    ]
    return spec(
        org,
        col(v, ["registre_canicule", "REGISTRE_FRAGILITES", "apa_beneficiaires_geo"]),
        c,
        {c: [g.pick(pools[v]) for _ in range(n)]},
        points(g, org, n),
    )


@template("ccas-tel-domicile", True, "home phone numbers of registered people", 3)
def _ccas_phone(g, v):
    org = org_for(g, v)
    n = g.n()
    c = col(v, ["tel_domicile", "tel", "TELEPHONE_FIXE"])
    values = [g.home_phone(org, g.pick(["spaced", "compact", "dotted"])) for _ in range(n)]
    geometry = points(g, org, n) if v != 1 else table()
    return spec(
        org,
        col(v, ["registre_canicule_contacts", "teleassistance_abonnes", "VEILLE_SOCIALE"]),
        c,
        {"secteur": [g.pick(["1", "2", "3"]) for _ in range(n)], c: values},
        geometry,
    )


@template("ccas-portage", True, "people receiving meals or help at home, by name", 3)
def _ccas_meals(g, v):
    org = org_for(g, v)
    n = g.n()
    c = col(v, ["beneficiaire", "NOM_PRENOM", "usager"])
    forms = [civ, cad, lambda p: f"{p.last} {p.first[0]}."]
    geometry = points(g, org, n) if v != 2 else table()
    return spec(
        org,
        col(v, ["portage_repas_tournees", "SAD_USAGERS", "aides_menageres"]),
        c,
        {
            c: [forms[v](g.person(org.region, "old")) for _ in range(n)],
            "regime": [g.pick(["normal", "sans sel", "diabétique", "mixé"]) for _ in range(n)],
        },
        geometry,
    )


@template("ccas-aides", True, "applicants for social aid by name, or their bank accounts", 3)
def _ccas_aid(g, v):
    org = org_for(g, v)
    n = g.n()
    people = g.people(org, n)
    if v == 2:
        return spec(
            org,
            "aides_facultatives_paiements",
            "IBAN",
            {
                "dossier": [f"AF{g.r.randint(100, 999)}" for _ in range(n)],
                "IBAN": [g.iban(g.pick(["spaced", "compact"])) for _ in range(n)],
                "montant": [g.pick([50.0, 80.0, 120.0, 150.0]) for _ in range(n)],
            },
            table(),
        )
    c = col(v, ["demandeur", "NOM_DEMANDEUR"])
    return spec(
        org,
        col(v, ["aides_facultatives", "COMMISSION_AIDES"]),
        c,
        {
            c: [last_first(p) if v == 0 else cad(p) for p in people],
            "nature_aide": [g.pick(["bon alimentaire", "aide énergie", "secours d'urgence"]) for _ in range(n)],
        },
        table(),
    )


@template("ccas-nir", True, "social security numbers of people followed by the social services", 2)
def _ccas_nir(g, v):
    org = org_for(g, v)
    n = g.n()
    c = col(v, ["num_secu", "NIR_BENEFICIAIRE"])
    return spec(
        org,
        col(v, ["domiciliations", "RSA_ORIENTATION"]),
        c,
        {
            "dossier": [f"{g.r.randint(1000, 9999)}" for _ in range(n)],
            c: [g.nir(p, org, "spaced" if g.chance(0.3) else "compact") for p in g.people(org, n)],
        },
        table(),
    )


@template("ccas-permanences", False, "social services' offices: places, opening hours, switchboard numbers", 3)
def _ccas_offices(g, v):
    org = org_for(g, v)
    n = g.n(3, 8)
    c = col(v, ["lieu", "telephone", "horaires"])
    columns = {
        "lieu": [
            g.pick(
                [
                    "Maison des solidarités",
                    "Mairie annexe",
                    "Espace France Services",
                    "Centre social Louise Michel",
                    "Pôle social Jean Macé",
                ]
            )
            for _ in range(n)
        ],
        "telephone": [g.pick([org.phone, g.org_phone(org), g.other_org_phone(org)]) for _ in range(n)],
        "horaires": [g.pick(["lundi 9h-12h", "mardi et jeudi 14h-17h", "sur rendez-vous"]) for _ in range(n)],
    }
    return spec(
        org,
        col(v, ["ccas_permanences", "POINTS_ACCUEIL_SOCIAL", "permanences_sociales"]),
        c,
        columns,
        points(g, org, n, kind="public buildings"),
    )


@template("ccas-stats", False, "aggregated social figures per commune, IRIS or grid cell", 3)
def _ccas_stats(g, v):
    org = org_for(g, v)
    n = g.n(6, 16)
    c = col(v, ["nb_beneficiaires_apa", "nb_plus_75_ans", "taux_pauvrete"])
    values = [g.r.randint(3, 240) for _ in range(n)] if v < 2 else [round(g.r.uniform(6, 32), 1) for _ in range(n)]
    geometry = [communes, grid, iris][v](g, org, n)
    return spec(org, col(v, ["apa_par_commune", "seniors_carreaux", "pauvrete_iris"]), c, {c: values}, geometry)


@template("ccas-etablissements", False, "care homes and social establishments: names, FINESS numbers, capacities", 2)
def _ccas_homes(g, v):
    org = org_for(g, v)
    n = g.n(3, 8)
    c = col(v, ["nom_etablissement", "finess"])
    columns = {
        "nom_etablissement": [
            g.pick(
                [
                    "EHPAD Les Glycines",
                    "Résidence autonomie Marie Marvingt",
                    "EHPAD Saint-Joseph",
                    "Foyer logement Jean Giono",
                    "MAS Ker Avel",
                ]
            )
            for _ in range(n)
        ],
        "finess": [f"{org.dept.replace('2B', '2B')}{g.r.randint(0, 9999999):07d}" for _ in range(n)],
        "capacite": [g.r.randint(20, 120) for _ in range(n)],
    }
    return spec(
        org, col(v, ["etablissements_medico_sociaux", "EHPAD"]), c, columns, points(g, org, n, kind="public buildings")
    )


# ==================================================================================================
# Planning permits (ADS)


def permit_number(g, org, kind=None):
    kind = kind or g.pick(["PC", "PC", "DP", "DP", "PA", "PD", "CU"])
    insee = org.communes[0][1]
    return f"{kind} {insee[:3]} {insee[2:]} {g.r.randint(19, 24)} {g.pick('ABCDEFGHJK')}{g.r.randint(1, 250):04d}"


@template("ads-demandeur", True, "applicants for permits: people and couples, a few companies among them", 4)
def _ads_applicant(g, v):
    org = org_for(g, v)
    n = g.n()
    c = col(v, ["demandeur", "petitionnaire", "NOM_DEM", "beneficiaire"])
    forms = [civ, lambda p: couple(g, org), cad, last_first]
    values = some_orgs(g, [forms[v](g.person(org.region)) for _ in range(n)], 1, 2, N.COMPANIES)
    return spec(
        org,
        col(v, ["ads_dossiers_2023", "autorisations_urbanisme", "ADS_PC", "permis_deposes"]),
        c,
        {"num_dossier": [permit_number(g, org) for _ in range(n)], c: values},
        parcels(g, org, n),
    )


@template("ads-adresse-demandeur", True, "applicants' own addresses (where they live), not the land's", 3)
def _ads_applicant_address(g, v):
    org = org_for(g, v)
    n = g.n()
    c = col(v, ["adresse_demandeur", "adr_petitionnaire", "ADRESSE_DEM"])
    values = [
        g.address(org, True)
        if g.chance(0.5)
        else f"{g.r.randint(1, 120)} {g.street()}, {' '.join(g.pick(N_OTHER)).title()}"
        for _ in range(n)
    ]
    return spec(
        org,
        col(v, ["ads_petitionnaires", "urbanisme_dossiers", "ADS_DEMANDEURS"]),
        c,
        {"num_dossier": [permit_number(g, org) for _ in range(n)], c: values},
        parcels(g, org, n),
    )


@template("ads-architecte", True, "architects and designers named on permits (natural persons)", 2)
def _ads_architect(g, v):
    org = org_for(g, v)
    n = g.n()
    c = col(v, ["architecte", "MOE"])
    values = [
        g.pick([f"{civ(p)}, architecte DPLG", f"{up(p.last)} {p.first} architecte", natural(p)])
        for p in g.people(org, n, "mid")
    ]
    return spec(
        org,
        col(v, ["permis_construire_2022", "ADS_PC_MOE"]),
        c,
        {"num_dossier": [permit_number(g, org, "PC") for _ in range(n)], c: values},
        parcels(g, org, n),
    )


@template("ads-mail-demandeur", True, "applicants' personal e-mail addresses (online filing)", 2)
def _ads_mail(g, v):
    org = org_for(g, v)
    n = g.n()
    c = col(v, ["courriel_demandeur", "MAIL_PETITIONNAIRE"])
    return spec(
        org,
        col(v, ["sve_depots_urbanisme", "GNAU_DEPOTS"]),
        c,
        {"num_dossier": [permit_number(g, org) for _ in range(n)], c: [g.email(p) for p in g.people(org, n)]},
        parcels(g, org, n),
    )


@template("ads-numero", False, "permit numbers", 3)
def _ads_number(g, v):
    org = org_for(g, v)
    n = g.n()
    c = col(v, ["num_dossier", "numero", "NUM_PC"])
    return spec(
        org,
        col(v, ["ads_dossiers_carte", "permis_localisation", "ADS_EMPRISES"]),
        c,
        {c: [permit_number(g, org) for _ in range(n)], "type": [g.pick(["PC", "DP", "PA"]) for _ in range(n)]},
        parcels(g, org, n),
    )


@template("ads-travaux", False, "nature of the works and floor areas", 3)
def _ads_works(g, v):
    org = org_for(g, v)
    n = g.n()
    c = col(v, ["nature_travaux", "surface_plancher", "objet"])
    columns = {
        "nature_travaux": [
            g.pick(
                [
                    "Construction d'une maison individuelle",
                    "Extension",
                    "Abri de jardin",
                    "Piscine",
                    "Changement de destination",
                    "Ravalement de façade",
                    "Panneaux photovoltaïques",
                    "Division en vue de bâtir",
                ]
            )
            for _ in range(n)
        ],
        "surface_plancher": [round(g.r.uniform(8, 240), 1) for _ in range(n)],
    }
    if v == 2:
        columns = {"objet": columns["nature_travaux"]}
    return spec(
        org, col(v, ["ads_travaux", "PERMIS_SURFACES", "declarations_prealables"]), c, columns, parcels(g, org, n)
    )


@template("ads-adresse-terrain", False, "the address or lieu-dit of the land concerned by the permit", 3)
def _ads_land(g, v):
    org = org_for(g, v)
    n = g.n()
    c = col(v, ["adresse_terrain", "localisation", "LIEU_DIT_TERRAIN"])
    values = [g.address(org) for _ in range(n)] if v < 2 else [g.pick(N.LIEUX_DITS) for _ in range(n)]
    return spec(
        org,
        col(v, ["ads_terrains", "permis_carte", "ADS_LOCALISATION"]),
        c,
        {"num_dossier": [permit_number(g, org) for _ in range(n)], c: values},
        parcels(g, org, n),
    )


@template(
    "ads-demandeur-pm",
    False,
    "applicants that are all legal persons (Sitadel publishes them): companies, landlords, communes",
    3,
)
def _ads_legal(g, v):
    org = org_for(g, v)
    n = g.n()
    c = col(v, ["DENOM_DEM", "demandeur_pm", "maitre_ouvrage"])
    pool = N.COMPANIES + [up(x) for x in N.LANDLORDS] + [commune_body(org)]
    return spec(
        org,
        col(v, ["sitadel_logements_autorises", "ads_personnes_morales", "PC_OPERATIONS"]),
        c,
        {
            c: [g.pick(pool) for _ in range(n)],
            "SIREN_DEM": [g.siren() for _ in range(n)],
            "nb_logements": [g.r.randint(1, 60) for _ in range(n)],
        },
        parcels(g, org, n),
    )


@template("ads-decision", False, "decisions and their dates", 2)
def _ads_decision(g, v):
    org = org_for(g, v)
    n = g.n()
    c = col(v, ["decision", "date_decision"])
    columns = {
        "decision": [
            g.pick(["Accordé", "Accordé avec prescriptions", "Refusé", "Tacite", "Sans suite"]) for _ in range(n)
        ],
        "date_decision": [g.date(2021, 2024) for _ in range(n)],
    }
    return spec(
        org, col(v, ["ads_decisions", "PERMIS_DECISIONS"]), c, columns, parcels(g, org, n), {"date_decision": "date"}
    )


@template("ads-service", False, "the instructing service and its functional contact", 2)
def _ads_service(g, v):
    org = org_for(g, v)
    n = g.n()
    c = col(v, ["service_instructeur", "contact_instruction"])
    columns = {
        "service_instructeur": [
            g.pick(["Service ADS mutualisé", "DDT - instruction", "Service urbanisme"]) for _ in range(n)
        ],
        "contact_instruction": [
            g.pick([service_box(org, "urbanisme"), service_box(org, "ads"), org.phone]) for _ in range(n)
        ],
    }
    return spec(org, col(v, ["ads_instruction", "ADS_SERVICES"]), c, columns, parcels(g, org, n))


# ==================================================================================================
# Water and sanitation


@template("eau-abonne", True, "water subscribers by name, on their meters at home; a company or two among them", 4)
def _eau_subscriber(g, v):
    org = org_for(g, v, ["sievalsaone", "salvagnac", "hautleon", "sanmartinu", "villers"])
    n = g.n()
    c = col(v, ["nom_abonne", "ABONNE", "titulaire_contrat", "client"])
    forms = [cad, married, last_first, civ]
    values = some_orgs(g, [forms[v](g.person(org.region)) for _ in range(n)], 0, 2, N.COMPANIES)
    return spec(
        org,
        col(v, ["abonnes_eau_compteurs", "COMPTEURS_ABONNES", "releve_2024", "facturation_eau"]),
        c,
        {
            "num_compteur": [
                f"{g.pick(['A', 'B', 'I'])}{g.r.randint(10, 23)}{g.r.randint(100000, 999999)}" for _ in range(n)
            ],
            c: values,
        },
        points(g, org, n),
    )


@template("eau-adresse-facturation", True, "subscribers' billing addresses (a table whose rows are people)", 3)
def _eau_billing(g, v):
    org = org_for(g, v, ["sievalsaone", "salvagnac", "hautleon", "villers"])
    n = g.n()
    c = col(v, ["adresse_facturation", "adr_envoi", "ADRESSE_ABONNE"])
    return spec(
        org,
        col(v, ["abonnes_eau", "ABONNES_FACTURATION", "role_eau_2024"]),
        c,
        {"ref_abonne": [f"{g.r.randint(10000, 99999)}" for _ in range(n)], c: [g.address(org, True) for _ in range(n)]},
        table(),
    )


@template("eau-iban", True, "subscribers' bank accounts for direct debit (private persons)", 3)
def _eau_iban(g, v):
    org = org_for(g, v, ["sievalsaone", "salvagnac", "villers", "domes"])
    n = g.n()
    c = col(v, ["IBAN", "iban_abonne", "rib"])
    values = [g.iban("compact" if v == 1 else "spaced") for _ in range(n)]
    return spec(
        org,
        col(v, ["mandats_prelevement", "ABONNES_SEPA", "prelevements_eau"]),
        c,
        {"ref_abonne": [f"{g.r.randint(10000, 99999)}" for _ in range(n)], c: values},
        table(),
    )


@template("eau-spanc", True, "owners or occupants named on the dwellings checked by the sanitation service (SPANC)", 3)
def _eau_spanc(g, v):
    org = org_for(g, v, WATER)
    n = g.n()
    c = col(v, ["proprietaire", "occupant", "NOM_USAGER"])
    forms = [cad, civ, last_first]
    return spec(
        org,
        col(v, ["spanc_controles", "ANC_INSTALLATIONS", "spanc_diagnostics"]),
        c,
        {
            c: [forms[v](g.person(org.region)) for _ in range(n)],
            "conformite": [g.pick(["conforme", "non conforme", "à surveiller"]) for _ in range(n)],
        },
        points(g, org, n),
    )


@template("eau-tel-abonne", True, "subscribers' phone numbers", 2)
def _eau_phone(g, v):
    org = org_for(g, v, WATER)
    n = g.n()
    c = col(v, ["tel_abonne", "TELEPHONE"])
    return spec(
        org,
        col(v, ["abonnes_contacts", "COUPURES_PREVENANCE"]),
        c,
        {
            "num_compteur": [f"C{g.r.randint(100000, 999999)}" for _ in range(n)],
            c: [g.mobile() if g.chance(0.7) else g.home_phone(org) for _ in range(n)],
        },
        points(g, org, n),
    )


@template("eau-reseau", False, "water and sewer mains: diameters, materials, years and dates of laying", 4)
def _eau_network(g, v):
    org = org_for(g, v, WATER)
    n = g.n(10, 24)
    c = col(v, ["diametre", "materiau", "annee_pose", "date_pose"])
    columns = {
        "diametre": [g.pick([63, 80, 100, 125, 150, 200]) for _ in range(n)],
        "materiau": [g.pick(["PVC", "Fonte ductile", "PEHD", "Amiante-ciment", "Fonte grise"]) for _ in range(n)],
        "annee_pose": [g.r.randint(1930, 2022) for _ in range(n)],
        "date_pose": [g.date(1960, 2022) for _ in range(n)],
    }
    return spec(
        org,
        col(v, ["canalisations_aep", "RESEAU_EU", "conduites_eau", "reseau_assainissement"]),
        c,
        columns,
        lines(g, org, n),
        {"date_pose": "date"},
    )


@template("eau-hydrants", False, "fire hydrants: numbers, flows, states", 3)
def _eau_hydrants(g, v):
    org = org_for(g, v, WATER)
    n = g.n()
    c = col(v, ["num_pi", "debit", "etat"])
    columns = {
        "num_pi": [f"PI-{org.dept}-{g.r.randint(1, 300):03d}" for _ in range(n)],
        "debit": [g.r.randint(30, 120) for _ in range(n)],
        "etat": [g.pick(["disponible", "indisponible", "à contrôler"]) for _ in range(n)],
    }
    return spec(
        org,
        col(v, ["poteaux_incendie", "DECI_PEI", "hydrants"]),
        c,
        columns,
        points(g, org, n, kind="street furniture"),
    )


@template("eau-rpqs", False, "RPQS indicators per service or commune (price, compliance, subscribers, yield)", 4)
def _eau_rpqs(g, v):
    org = org_for(g, v, WATER)
    n = g.n(5, 12)
    c = col(v, ["prix_ttc_m3", "taux_conformite_microbio", "nb_abonnes", "rendement_reseau"])
    columns = {
        "prix_ttc_m3": [round(g.r.uniform(1.6, 5.2), 2) for _ in range(n)],
        "taux_conformite_microbio": [round(g.r.uniform(92, 100), 1) for _ in range(n)],
        "nb_abonnes": [g.r.randint(80, 9000) for _ in range(n)],
        "rendement_reseau": [round(g.r.uniform(55, 92), 1) for _ in range(n)],
    }
    geometry = communes(g, org, n) if v % 2 == 0 else table()
    return spec(org, col(v, ["rpqs_eau_2023", "RPQS_INDICATEURS", "rpqs_communes", "rpqs_aep"]), c, columns, geometry)


@template("eau-ouvrages", False, "water works: names (one after a person) and operators (companies, public bodies)", 3)
def _eau_works(g, v):
    org = org_for(g, v, WATER)
    n = g.n(4, 10)
    c = col(v, ["nom_ouvrage", "exploitant", "NOM"])
    columns = {
        "nom_ouvrage": [
            g.pick(
                [
                    "Réservoir du Mont Jean",
                    "Station d'épuration des Prés",
                    "Captage Saint-Martin",
                    "Forage F2 Les Royes",
                    "Usine de traitement Louis Pasteur",
                    "Bâche de reprise",
                ]
            )
            for _ in range(n)
        ],
        "exploitant": [
            g.pick(["Régie", "SPL Eaux du Val", "SAS Hydro Services Est", "Syndicat mixte"]) for _ in range(n)
        ],
    }
    columns["NOM"] = [up(x) for x in columns["nom_ouvrage"]]
    return spec(
        org, col(v, ["ouvrages_eau", "STEP", "OUVRAGES_AEP"]), c, columns, points(g, org, n, kind="public buildings")
    )


@template("eau-contact-service", False, "the water service's own contacts (on-call number, functional mailbox)", 2)
def _eau_contacts(g, v):
    org = org_for(g, v, ["sievalsaone", "villers", "salvagnac", "villeneuvelhers", "domes"])
    n = g.n(4, 10)
    c = col(v, ["tel_astreinte", "mail"])
    columns = {
        "secteur": [f"Secteur {i + 1}" for i in range(n)],
        "tel_astreinte": [g.org_phone(org) for _ in range(n)],
        "mail": [service_box(org, g.pick(["eau", "assainissement", "spanc", "contact"])) for _ in range(n)],
    }
    return spec(org, col(v, ["secteurs_eau", "SECTEURS_EXPLOITATION"]), c, columns, zones(g, org, n))


# ==================================================================================================
# Waste


@template("dec-redevable", True, "people billed for waste collection, on their homes", 3)
def _dec_payer(g, v):
    org = org_for(g, v, ["sivomouche", "villers", "hautleon", "domes"])
    n = g.n()
    c = col(v, ["redevable", "nom_usager", "TITULAIRE_BAC"])
    forms = [cad, last_first, married]
    return spec(
        org,
        col(v, ["redevance_incitative", "bacs_dotations", "REOMI_REDEVABLES"]),
        c,
        {
            "puce_bac": [f"{g.r.randint(10**9, 10**10 - 1)}" for _ in range(n)],
            c: [forms[v](g.person(org.region)) for _ in range(n)],
        },
        points(g, org, n),
    )


@template("dec-plaque", True, "licence plates of private vehicles admitted at waste centres", 3)
def _dec_plate(g, v):
    org = org_for(g, v, ["sivomouche", "basqueadour", "flandrelys", "domes"])
    n = g.n()
    c = col(v, ["immatriculation", "plaque", "IMMAT"])
    values = [g.plate("fni" if g.chance(0.15) else "siv") for _ in range(n)]
    return spec(
        org,
        col(v, ["decheterie_badges", "acces_decheteries", "DECHETERIE_PASSAGES"]),
        c,
        {"num_badge": [f"B{g.r.randint(1000, 9999)}" for _ in range(n)], c: values},
        table(),
    )


@template("dec-composteur", True, "households given a composter, by name and phone", 2)
def _dec_composter(g, v):
    org = org_for(g, v, WASTE)
    n = g.n()
    c = col(v, ["beneficiaire", "telephone"])
    people = g.people(org, n)
    return spec(
        org,
        col(v, ["composteurs_distribues", "COMPOSTEURS"]),
        c,
        {"beneficiaire": [civ(p) for p in people], "telephone": [g.mobile() for _ in range(n)]},
        points(g, org, n),
    )


@template("dec-pav", False, "drop-off containers: kind of waste, volume, address, number", 4)
def _dec_pav(g, v):
    org = org_for(g, v, WASTE)
    n = g.n()
    c = col(v, ["type_flux", "volume", "adresse", "num_pav"])
    columns = {
        "num_pav": [f"PAV{g.r.randint(1, 400):04d}" for _ in range(n)],
        "type_flux": [g.pick(["Verre", "Papier", "Emballages", "Textile", "OMR"]) for _ in range(n)],
        "volume": [g.pick([3, 4, 5]) for _ in range(n)],
        "adresse": [g.pick(["Parking ", "Angle ", "Face au 12 ", "Près du n°3 "]) + g.street() for _ in range(n)],
    }
    return spec(
        org,
        col(v, ["points_apport_volontaire", "PAV", "colonnes_verre", "conteneurs_enterres"]),
        c,
        columns,
        points(g, org, n, kind="street furniture"),
    )


@template("dec-decheteries", False, "waste centres: names, opening hours, switchboard", 3)
def _dec_centres(g, v):
    org = org_for(g, v, WASTE)
    n = g.n(2, 6)
    c = col(v, ["nom", "horaires", "tel"])
    columns = {
        "nom": [
            f"Déchèterie {g.pick(['de la Combe', 'des Grands Champs', 'intercommunale', 'du Moulin'])}"
            for _ in range(n)
        ],
        "horaires": [g.pick(["lun-sam 9h-12h 14h-18h", "mar-sam 8h30-17h30"]) for _ in range(n)],
        "tel": [g.pick([org.phone, g.org_phone(org)]) for _ in range(n)],
    }
    return spec(
        org,
        col(v, ["decheteries", "DECHETERIES", "equipements_dechets"]),
        c,
        columns,
        points(g, org, n, kind="public buildings"),
    )


@template("dec-tonnages", False, "tonnages and ratios per commune", 3)
def _dec_tonnages(g, v):
    org = org_for(g, v, WASTE)
    n = g.n(5, 12)
    c = col(v, ["tonnage_omr", "kg_hab", "taux_tri"])
    columns = {
        "tonnage_omr": [round(g.r.uniform(40, 3000), 1) for _ in range(n)],
        "kg_hab": [round(g.r.uniform(120, 260), 1) for _ in range(n)],
        "taux_tri": [round(g.r.uniform(20, 60), 1) for _ in range(n)],
    }
    return spec(
        org,
        col(v, ["tonnages_communes_2023", "DECHETS_INDICATEURS", "collecte_bilan"]),
        c,
        columns,
        communes(g, org, n),
    )


@template("dec-circuits", False, "collection rounds: days, frequencies, round codes", 3)
def _dec_rounds(g, v):
    org = org_for(g, v, WASTE)
    n = g.n()
    c = col(v, ["jour_collecte", "frequence", "circuit"])
    columns = {
        "jour_collecte": [g.pick(["lundi", "mardi", "mercredi", "jeudi", "vendredi"]) for _ in range(n)],
        "frequence": [g.pick(["C1", "C0.5", "hebdomadaire", "bimensuelle"]) for _ in range(n)],
        "circuit": [f"OM{g.r.randint(1, 12):02d}" for _ in range(n)],
    }
    return spec(org, col(v, ["circuits_collecte", "TOURNEES_OM", "collecte_troncons"]), c, columns, streets(g, org, n))


@template("dec-bacs-rue", False, "numbers of bins per street section", 2)
def _dec_bins(g, v):
    org = org_for(g, v, WASTE)
    n = g.n()
    c = col(v, ["nb_bacs", "volume_total_l"])
    columns = {
        "nom_voie": [g.street() for _ in range(n)],
        "nb_bacs": [g.r.randint(2, 60) for _ in range(n)],
        "volume_total_l": [g.r.randint(4, 90) * 120 for _ in range(n)],
    }
    return spec(org, col(v, ["bacs_par_troncon", "DOTATION_RUES"]), c, columns, streets(g, org, n))


# ==================================================================================================
# Public equipment and the organisation's contacts

EQUIPMENT_KINDS = [
    "Gymnase",
    "Salle polyvalente",
    "Stade",
    "Complexe sportif",
    "Médiathèque",
    "Piscine",
    "Maison des associations",
    "Salle des fêtes",
    "Espace culturel",
    "Dojo",
    "Boulodrome",
]


def equipment_names(g, n):
    return [
        f"{g.pick(EQUIPMENT_KINDS)} {g.pick(N.EPONYMS)}"
        if g.chance(0.7)
        else f"{g.pick(EQUIPMENT_KINDS)} {g.pick(['municipal', 'du Bourg', 'des Prés', 'intercommunal'])}"
        for _ in range(n)
    ]


@template("eq-nom", False, "equipment names, many after a person", 5)
def _eq_name(g, v):
    org = org_for(g, v)
    n = g.n(5, 14)
    c = col(v, ["nom_equipement", "NOM", "libelle", "nom", "NOM_EQUIP"])
    values = equipment_names(g, n)
    values = [up(x) for x in values] if v in (1, 4) else values
    return spec(
        org,
        col(
            v,
            [
                "equipements_sportifs",
                "EQUIPEMENTS_PUBLICS",
                "equipements_culturels",
                "batiments_communaux",
                "PATRIMOINE_BATI",
            ],
        ),
        c,
        {c: values, "type": [g.pick(["sport", "culture", "social", "administratif"]) for _ in range(n)]},
        (buildings(g, org, n, "public buildings") if v % 2 else points(g, org, n, kind="public buildings")),
    )


@template(
    "eq-tel-accueil",
    False,
    "reception and switchboard numbers of equipment and services (the organisation's own, or other bodies')",
    4,
)
def _eq_phone(g, v):
    org = org_for(g, v)
    n = g.n(5, 12)
    c = col(v, ["telephone_accueil", "tel", "TEL_STANDARD", "contact_tel"])
    style = g.pick(["spaced", "dotted", "compact"])
    values = [
        g.pick(
            [
                org.phone.replace(" ", "" if style == "compact" else " "),
                g.org_phone(org, style),
                g.org_phone(org, style),
                g.other_org_phone(org, style),
            ]
        )
        for _ in range(n)
    ]
    return spec(
        org,
        col(v, ["equipements_accueil", "services_publics", "EQUIP_CONTACTS", "lieux_accueil_public"]),
        c,
        {"nom": equipment_names(g, n), c: values},
        points(g, org, n, kind="public buildings"),
    )


@template("eq-mail-service", False, "functional mailboxes of the organisation's services and of equipment", 4)
def _eq_mail(g, v):
    org = org_for(g, v)
    n = g.n(5, 12)
    c = col(v, ["courriel_service", "email", "mail_contact", "contact"])
    services = [
        "accueil",
        "mediatheque",
        "piscine",
        "sports",
        "culture",
        "urbanisme",
        "etat-civil",
        "sig",
        "services.techniques",
        "police.municipale",
        "enfance",
        "ccas",
        "communication",
        "contact",
    ]
    values = [service_box(org, g.pick(services)) for _ in range(n)]
    if not org.domain:
        values = [g.pick([org.email, "bibliotheque.staubin@orange.fr", "salle.staubin@wanadoo.fr"]) for _ in range(n)]
    return spec(
        org,
        col(v, ["services_municipaux", "EQUIPEMENTS_MAILS", "annuaire_equipements", "lieux_publics"]),
        c,
        {"nom": equipment_names(g, n), c: values},
        points(g, org, n, kind="public buildings"),
    )


@template("eq-adresse", False, "addresses of public equipment", 3)
def _eq_address(g, v):
    org = org_for(g, v)
    n = g.n(5, 12)
    c = col(v, ["adresse", "ADRESSE", "adr"])
    return spec(
        org,
        col(v, ["equipements", "EQUIP_ADRESSES", "salles_location"]),
        c,
        {"nom": equipment_names(g, n), c: [g.address(org, v == 1) for _ in range(n)]},
        points(g, org, n, kind="public buildings"),
    )


@template("eq-gestionnaire", False, "managers of equipment: the commune, associations, syndicates", 3)
def _eq_manager(g, v):
    org = org_for(g, v)
    n = g.n(5, 12)
    c = col(v, ["gestionnaire", "exploitant", "GESTION"])
    pool = ["Commune", "Régie municipale", org.name] + N.ASSOCIATIONS[:10] + ["SIVOM", "Délégation de service public"]
    return spec(
        org,
        col(v, ["equipements_gestion", "EQUIP_EXPLOITATION", "equipements_sportifs_gestion"]),
        c,
        {"nom": equipment_names(g, n), c: [g.pick(pool) for _ in range(n)]},
        points(g, org, n, kind="public buildings"),
    )


@template("eq-gardien", True, "caretakers and people in charge of equipment, by name", 3)
def _eq_caretaker(g, v):
    org = org_for(g, v)
    n = g.n(5, 12)
    c = col(v, ["gardien", "responsable", "referent"])
    forms = [civ, natural, lambda p: f"{up(p.last)} {p.first}"]
    return spec(
        org,
        col(v, ["equipements_gardiennage", "salles_responsables", "EQUIP_REFERENTS"]),
        c,
        {"nom": equipment_names(g, n), c: [forms[v](g.person(org.region)) for _ in range(n)]},
        points(g, org, n, kind="public buildings"),
    )


@template("eq-mail-referent", True, "agents' nominative addresses at the organisation's domain", 3)
def _eq_agent_mail(g, v):
    org = org_for(g, v, [o.key for o in ORG.values() if o.domain])
    n = g.n(5, 12)
    c = col(v, ["mail_referent", "courriel_responsable", "EMAIL_GESTIONNAIRE"])
    return spec(
        org,
        col(v, ["equipements_referents", "batiments_responsables", "EQUIP_GESTION"]),
        c,
        {"nom": equipment_names(g, n), c: [g.agent_email(p, org) for p in g.people(org, n)]},
        points(g, org, n, kind="public buildings"),
    )


@template("eq-ligne-directe", True, "agents' direct lines next to their names", 2)
def _eq_direct_line(g, v):
    org = org_for(g, v, [o.key for o in ORG.values() if o.domain])
    n = g.n(5, 12)
    c = col(v, ["ligne_directe", "TEL_AGENT"])
    people = g.people(org, n)
    return spec(
        org,
        col(v, ["annuaire_agents", "ANNUAIRE_INTERNE"]),
        c,
        {
            "agent": [natural(p) for p in people],
            c: [g.org_phone(org) for _ in range(n)],
            "service": [g.pick(["Urbanisme", "Voirie", "Finances", "RH", "Accueil"]) for _ in range(n)],
        },
        table(),
    )


# ==================================================================================================
# Staff directories


@template("rh-agents", True, "agents' names in a staff directory", 3)
def _rh_agents(g, v):
    org = org_for(g, v)
    n = g.n(8, 20)
    c = col(v, ["nom_agent", "AGENT", "NOM_PRENOM"])
    forms = [last_first, cad, lambda p: f"{up(p.last)} {p.first}"]
    return spec(
        org,
        col(v, ["organigramme", "AGENTS_SERVICES", "annuaire_personnel"]),
        c,
        {
            c: [forms[v](g.person(org.region)) for _ in range(n)],
            "service": [g.pick(["Voirie", "Espaces verts", "État civil", "Urbanisme", "Finances"]) for _ in range(n)],
        },
        table(),
    )


@template("rh-portable-agent", True, "agents' mobiles next to their names", 2)
def _rh_mobiles(g, v):
    org = org_for(g, v)
    n = g.n(6, 14)
    c = col(v, ["portable", "TEL_PORTABLE"])
    return spec(
        org,
        col(v, ["astreintes_agents", "PLANNING_ASTREINTES"]),
        c,
        {"agent": [natural(p) for p in g.people(org, n)], c: [g.mobile() for _ in range(n)]},
        table(),
    )


@template(
    "rh-astreinte-service",
    False,
    "services' on-call mobiles (the service's phone, handed from agent to agent; no one named)",
    2,
)
def _rh_oncall(g, v):
    org = org_for(g, v)
    n = g.n(3, 8)
    c = col(v, ["tel_astreinte", "numero_astreinte"])
    return spec(
        org,
        col(v, ["astreintes_services", "ASTREINTES"]),
        c,
        {
            "service": g.sample(
                [
                    "Voirie",
                    "Eau potable",
                    "Assainissement",
                    "Bâtiments",
                    "Élus d'astreinte",
                    "Éclairage public",
                    "Neige",
                    "Cimetière",
                    "Police municipale",
                ],
                n,
            ),
            c: [g.mobile() for _ in range(n)],
        },
        table(),
    )


@template("rh-services", False, "the organisation's services and their functional contacts", 3)
def _rh_services(g, v):
    org = org_for(g, v)
    n = g.n(5, 10)
    c = col(v, ["service", "mail_service", "tel_service"])
    services = [
        "Urbanisme",
        "État civil",
        "Voirie",
        "Finances",
        "Ressources humaines",
        "Communication",
        "CCAS",
        "Enfance jeunesse",
        "Police municipale",
        "Culture",
    ]
    names = g.sample(services, n)
    columns = {
        "service": names,
        "mail_service": [service_box(org, slug_service(s)) for s in names],
        "tel_service": [g.org_phone(org) for _ in range(n)],
    }
    return spec(org, col(v, ["annuaire_services", "SERVICES", "contacts_services"]), c, columns, table())


def slug_service(name):
    return plain(name).lower().replace(" ", "-").replace("'", "")


# ==================================================================================================
# Street lighting and networks


@template("ecl-points", False, "street lamps: lamp types, power, mast heights, dates of installation", 4)
def _ecl_points(g, v):
    org = org_for(g, v)
    n = g.n(12, 25)
    c = col(v, ["type_lampe", "puissance", "hauteur_mat", "date_pose"])
    columns = {
        "type_lampe": [g.pick(["LED", "SHP", "Iodure", "Ballon fluo"]) for _ in range(n)],
        "puissance": [g.pick([35, 50, 70, 100, 150]) for _ in range(n)],
        "hauteur_mat": [g.pick([4.0, 6.0, 8.0, 10.0]) for _ in range(n)],
        "date_pose": [g.date(1985, 2023) for _ in range(n)],
        "num_armoire": [f"A{g.r.randint(1, 40):02d}" for _ in range(n)],
    }
    return spec(
        org,
        col(v, ["eclairage_public", "EP_POINTS_LUMINEUX", "luminaires", "candelabres"]),
        c,
        columns,
        points(g, org, n, kind="street furniture"),
        {"date_pose": "date"},
    )


@template("ecl-armoires", False, "lighting cabinets named after their street", 2)
def _ecl_cabinets(g, v):
    org = org_for(g, v)
    n = g.n(4, 10)
    c = col(v, ["nom_armoire", "LIBELLE"])
    values = [f"Armoire {g.street(0.7)}" for _ in range(n)]
    return spec(
        org,
        col(v, ["armoires_ep", "EP_ARMOIRES"]),
        c,
        {c: values if v == 0 else [up(x) for x in values]},
        points(g, org, n, kind="street furniture"),
    )


@template("res-telecom", False, "telecom and electricity lines: operators and owners (companies, the commune)", 3)
def _res_telecom(g, v):
    org = org_for(g, v)
    n = g.n(10, 20)
    c = col(v, ["operateur", "proprietaire", "gestionnaire"])
    pool = ["Commune", "Orange", "Syndicat d'énergie", "SAS Fibre du Val", "Enedis", "Département", "SPL Numérique"]
    columns = {c: [g.pick(pool) for _ in range(n)], "nb_fibres": [g.pick([12, 24, 48, 144]) for _ in range(n)]}
    return spec(org, col(v, ["reseau_fibre", "FOURREAUX", "reseaux_secs"]), c, columns, lines(g, org, n))


@template("res-elec", False, "electricity network: voltages, sections", 2)
def _res_elec(g, v):
    org = org_for(g, v)
    n = g.n(10, 20)
    c = col(v, ["tension", "section"])
    columns = {
        "tension": [g.pick(["BT", "HTA", "400V"]) for _ in range(n)],
        "section": [g.pick([35, 70, 95, 150, 240]) for _ in range(n)],
    }
    return spec(org, col(v, ["reseau_electrique", "RESEAU_BT"]), c, columns, lines(g, org, n))


TECH_NOTES = [
    "Lampe HS remplacée le {d}",
    "Candélabre heurté par un véhicule, constat transmis à l'assurance",
    "RAS",
    "Voir arrêté n°{y}-{k}",
    "Accès par la {street}, clé à l'accueil de la mairie",
    "Contacter le service au {phone}",
    "Réclamation transmise à {box}",
    "Tronçon à reprendre avant 2026",
    "Intervention {company} terminée",
    "Nid de poule devant l'école {eponym}",
    "Fuite réparée, vanne 12 changée",
    "Signalé via l'application, traité",
    "Mât rouillé à surveiller",
    "Compteur déplacé en limite de propriété",
    "Travaux coordonnés avec le syndicat",
    "",
    "",
]


def tech_note(g, org):
    return g.pick(TECH_NOTES).format(
        d=g.date(2021, 2024).strftime("%d/%m/%Y"),
        y=g.r.randint(2019, 2024),
        k=g.r.randint(1, 300),
        street=g.street(0.7),
        phone=g.org_phone(org),
        box=service_box(org, g.pick(["voirie", "eclairage", "eau"])),
        company=g.pick(N.CONTRACTORS),
        eponym=g.pick(N.EPONYMS),
    )


@template("ecl-interventions", False, "technical remarks, with services' contacts and places named after people", 3)
def _ecl_remarks(g, v):
    org = org_for(g, v)
    n = g.n(10, 20)
    c = col(v, ["observation", "commentaire_tech", "REMARQUES"])
    return spec(
        org,
        col(v, ["interventions_ep", "GMAO_INTERVENTIONS", "suivi_travaux"]),
        c,
        {"date": [g.date(2022, 2024) for _ in range(n)], c: [tech_note(g, org) for _ in range(n)]},
        points(g, org, n, kind="street furniture"),
        {"date": "date"},
    )


@template("ecl-signalements", True, "people who reported a fault, by name or by their own contact", 3)
def _ecl_reports(g, v):
    org = org_for(g, v)
    n = g.n(8, 16)
    c = col(v, ["signale_par", "contact_demandeur", "NOM_SIGNALANT"])
    people = g.people(org, n)
    if v == 1:
        values = [g.mobile() if g.chance(0.5) else g.email(p) for p in people]
    else:
        values = [civ(p) if v == 0 else cad(p) for p in people]
    return spec(
        org,
        col(v, ["pannes_eclairage", "signalements_ep", "EP_RECLAMATIONS"]),
        c,
        {"date": [g.date(2023, 2024) for _ in range(n)], c: values},
        points(g, org, n, kind="street furniture"),
        {"date": "date"},
    )


# ==================================================================================================
# Associations and grants


def association_names(g, org, n):
    place = org.communes[0][0]
    return [f"{g.pick(N.ASSOCIATIONS)} {g.pick(['de ' + place, place, ''])}".strip() for _ in range(n)]


@template("asso-nom", False, "associations' names, some after a person", 3)
def _asso_name(g, v):
    org = org_for(g, v)
    n = g.n(8, 16)
    c = col(v, ["nom_association", "TITRE", "association"])
    values = association_names(g, org, n)
    for i in g.sample(range(n), 2):
        values[i] = g.pick(
            [
                "Amicale des donneurs de sang Jean Bernard",
                "Club Léo Lagrange",
                "Les Amis de Louis Pergaud",
                "Association Françoise Dolto",
                "Cercle Pascal Paoli",
            ]
        )
    return spec(
        org,
        col(v, ["annuaire_associations", "ASSOCIATIONS", "associations_locales"]),
        c,
        {
            c: values if v != 1 else [up(x) for x in values],
            "domaine": [g.pick(["sport", "culture", "social", "loisirs"]) for _ in range(n)],
        },
        table(),
    )


@template("asso-ids", False, "associations' identifiers (RNA, SIRET)", 2)
def _asso_ids(g, v):
    org = org_for(g, v)
    n = g.n(8, 16)
    c = col(v, ["RNA", "siret"])
    columns = {
        "nom": association_names(g, org, n),
        "RNA": [f"W{org.dept if org.dept[1].isdigit() else '2B'}{g.r.randint(1000000, 9999999)}" for _ in range(n)],
        "siret": [g.siret() for _ in range(n)],
    }
    return spec(org, col(v, ["associations_rna", "ASSOS_IDENTIFIANTS"]), c, columns, table())


@template("asso-mail", False, "associations' generic mailboxes (at their domain or a consumer provider)", 3)
def _asso_mail(g, v):
    org = org_for(g, v)
    n = g.n(8, 16)
    c = col(v, ["email_asso", "contact", "MAIL"])
    place = slug_service(org.communes[0][0]).replace("-", "")
    generic = [
        f"comitedesfetes.{place}@gmail.com",
        f"amicale.laique.{place}@orange.fr",
        f"contact@judoclub-{place}.fr",
        f"ape.ecole.{place}@gmail.com",
        f"secretariat@harmonie-{place}.fr",
        f"foyerrural{place}@wanadoo.fr",
        f"asso.jardinspartages.{place}@laposte.net",
        f"club.petanque.{place}@free.fr",
        f"info@skiclub-{place}.org",
        f"donneursdesang.{place}@gmail.com",
        "contact@theatre-de-la-tour.fr",
    ]
    return spec(
        org,
        col(v, ["annuaire_associations", "ASSOCIATIONS_CONTACTS", "assos"]),
        c,
        {"nom": association_names(g, org, n), c: [g.pick(generic) for _ in range(n)]},
        table(),
    )


@template("asso-iban", False, "associations' bank accounts (grants paid to legal persons)", 2)
def _asso_iban(g, v):
    org = org_for(g, v)
    n = g.n(8, 16)
    c = col(v, ["IBAN", "iban_beneficiaire"])
    return spec(
        org,
        col(v, ["subventions_paiements", "ASSOS_RIB"]),
        c,
        {"beneficiaire": association_names(g, org, n), c: [g.iban() for _ in range(n)]},
        table(),
    )


@template("asso-subventions", False, "grants to associations: amounts, purposes, beneficiaries (all legal persons)", 3)
def _asso_grants(g, v):
    org = org_for(g, v)
    n = g.n(8, 16)
    c = col(v, ["beneficiaire", "montant", "objet"])
    columns = {
        "beneficiaire": association_names(g, org, n),
        "montant": [float(g.r.randint(2, 80) * 100) for _ in range(n)],
        "objet": [g.pick(["fonctionnement", "manifestation", "équipement", "projet jeunesse"]) for _ in range(n)],
    }
    return spec(org, col(v, ["subventions_2023", "SUBVENTIONS_VERSEES", "aides_associations"]), c, columns, table())


@template("asso-president", True, "presidents of associations, by name", 4)
def _asso_president(g, v):
    org = org_for(g, v)
    n = g.n(8, 16)
    c = col(v, ["president", "NOM_PRESIDENT", "contact", "responsable"])
    forms = [natural, cad, lambda p: f"{civ(p)} ({'présidente' if p.sex == 'F' else 'président'})", last_first]
    return spec(
        org,
        col(v, ["annuaire_associations", "ASSOS_BUREAUX", "guide_associations", "assos_contacts"]),
        c,
        {"nom": association_names(g, org, n), c: [forms[v](g.person(org.region, "mid")) for _ in range(n)]},
        table(),
    )


@template("asso-tel-president", True, "presidents' personal mobiles", 2)
def _asso_president_phone(g, v):
    org = org_for(g, v)
    n = g.n(8, 16)
    c = col(v, ["tel_president", "portable_contact"])
    return spec(
        org,
        col(v, ["associations_bureaux", "ASSOS_TEL"]),
        c,
        {
            "nom": association_names(g, org, n),
            "president": [natural(p) for p in g.people(org, n)],
            c: [g.mobile() for _ in range(n)],
        },
        table(),
    )


@template("asso-mail-president", True, "presidents' personal e-mail addresses", 2)
def _asso_president_mail(g, v):
    org = org_for(g, v)
    n = g.n(8, 16)
    c = col(v, ["mail_president", "EMAIL_RESPONSABLE"])
    return spec(
        org,
        col(v, ["associations_bureaux", "FORUM_ASSOS_INSCRIPTIONS"]),
        c,
        {"nom": association_names(g, org, n), c: [g.email(p) for p in g.people(org, n, "mid")]},
        table(),
    )


@template(
    "aides-particuliers",
    True,
    "private persons receiving an individual grant (bike, renovation, study), by name or bank account",
    4,
)
def _grants_people(g, v):
    org = org_for(g, v)
    n = g.n(8, 18)
    people = g.people(org, n)
    if v == 3:
        return spec(
            org,
            "prime_velo_paiements",
            "IBAN",
            {
                "dossier": [f"VAE-{g.r.randint(100, 999)}" for _ in range(n)],
                "IBAN": [g.iban() for _ in range(n)],
                "montant": [g.pick([100.0, 200.0, 300.0]) for _ in range(n)],
            },
            table(),
        )
    c = col(v, ["beneficiaire", "NOM_BENEFICIAIRE", "demandeur"])
    forms = [civ, cad, last_first]
    geometry = points(g, org, n) if v == 1 else table()
    return spec(
        org,
        col(v, ["prime_velo_electrique", "AIDES_RENOVATION_FACADES", "bourses_etudiantes"]),
        c,
        {c: [forms[v](p) for p in people], "montant": [float(g.r.randint(1, 30) * 50) for _ in range(n)]},
        geometry,
    )


# ==================================================================================================
# Events

EVENTS = [
    "Fête de la Saint-Jean",
    "Trail des Crêtes",
    "Festival Georges Brassens",
    "Challenge René Cuenot (pétanque)",
    "Marché de Noël",
    "Foire de la Saint-Martin",
    "Pardon de Saint-Goulven",
    "Fête patronale Saint-Roch",
    "Ronde Louis Pergaud",
    "Bal des pompiers",
    "Fest-noz",
    "Vide-greniers du comité",
    "Fête de la musique",
    "Course des Lavandières",
    "Mémorial Jean Behra",
    "Journées du patrimoine",
    "Bixintxo besta",
]


@template("evt-nom", False, "events' names, some after a saint or a person", 3)
def _evt_name(g, v):
    org = org_for(g, v)
    n = g.n(6, 14)
    c = col(v, ["nom_evenement", "TITRE", "manifestation"])
    return spec(
        org,
        col(v, ["agenda_manifestations", "EVENEMENTS_2024", "manifestations"]),
        c,
        {c: [g.pick(EVENTS) for _ in range(n)], "date_debut": [g.date(2024, 2024) for _ in range(n)]},
        points(g, org, n, kind="public buildings"),
        {"date_debut": "date"},
    )


@template(
    "evt-organisateur", False, "organisers of events (associations, the commune) and their functional contacts", 3
)
def _evt_organiser(g, v):
    org = org_for(g, v)
    n = g.n(6, 14)
    c = col(v, ["organisateur", "contact_organisateur", "ORGANISATEUR"])
    columns = {
        "evenement": [g.pick(EVENTS) for _ in range(n)],
        "organisateur": [g.pick(association_names(g, org, 4) + [org.name, "Office de tourisme"]) for _ in range(n)],
        "contact_organisateur": [
            g.pick(
                [
                    service_box(org, "culture"),
                    service_box(org, "animation"),
                    f"comitedesfetes.{slug_service(org.communes[0][0]).replace('-', '')}@gmail.com",
                    org.phone,
                ]
            )
            for _ in range(n)
        ],
    }
    columns["ORGANISATEUR"] = [up(x) for x in columns["organisateur"]]
    return spec(org, col(v, ["manifestations_organisateurs", "agenda_contacts", "EVENEMENTS"]), c, columns, table())


@template("evt-jauges", False, "event dates and capacities", 2)
def _evt_capacity(g, v):
    org = org_for(g, v)
    n = g.n(6, 14)
    c = col(v, ["jauge", "date_fin"])
    columns = {
        "jauge": [g.pick([100, 300, 500, 1500, 5000]) for _ in range(n)],
        "date_fin": [g.date(2024, 2024) for _ in range(n)],
    }
    return spec(
        org,
        col(v, ["declarations_manifestations", "ERP_EVENEMENTS"]),
        c,
        columns,
        zones(g, org, n),
        {"date_fin": "date"},
    )


@template("evt-inscrits", True, "participants and volunteers of events, by name", 3)
def _evt_participants(g, v):
    org = org_for(g, v)
    n = g.n(8, 20)
    c = col(v, ["participant", "benevole", "NOM_COUREUR"])
    forms = [natural, last_first, cad]
    return spec(
        org,
        col(v, ["inscriptions_trail", "benevoles_fete", "CLASSEMENT_COURSE"]),
        c,
        {"dossard": list(range(1, n + 1)), c: [forms[v](g.person(org.region, "young")) for _ in range(n)]},
        table(),
    )


@template("vide-grenier", True, "private exhibitors at a car-boot sale: names, identity documents, plates", 3)
def _evt_carboot(g, v):
    org = org_for(g, v)
    n = g.n(8, 20)
    people = g.people(org, n)
    c = col(v, ["exposant", "piece_identite", "immatriculation"])
    columns = {"emplacement": list(range(1, n + 1))}
    if v == 0:
        columns[c] = [cad(p) for p in people]
    elif v == 1:
        columns[c] = [
            f"{g.pick(['CNI', 'CNI', 'Passeport', 'Permis'])} {g.r.randint(10**11, 10**12 - 1)}" for _ in range(n)
        ]
    else:
        columns[c] = [g.plate() for _ in range(n)]
    return spec(
        org, col(v, ["vide_grenier_registre", "brocante_exposants", "VIDE_GRENIER_PARTICULIERS"]), c, columns, table()
    )


# ==================================================================================================
# Elections


@template("elec-bureaux", False, "polling stations: names (schools after a person), registered voters, addresses", 3)
def _elec_stations(g, v):
    org = org_for(g, v)
    n = g.n(4, 12)
    c = col(v, ["nom_bureau", "nb_inscrits", "adresse"])
    columns = {
        "num_bureau": list(range(1, n + 1)),
        "nom_bureau": school_names(g, n),
        "nb_inscrits": [g.r.randint(300, 1400) for _ in range(n)],
        "adresse": [g.address(org) for _ in range(n)],
    }
    return spec(
        org,
        col(v, ["bureaux_de_vote", "BUREAUX_VOTE", "lieux_de_vote"]),
        c,
        columns,
        points(g, org, n, kind="public buildings"),
    )


@template("elec-resultats", False, "results per polling station (turnout, votes cast)", 2)
def _elec_results(g, v):
    org = org_for(g, v)
    n = g.n(4, 12)
    c = col(v, ["votants", "abstention_pct"])
    columns = {
        "num_bureau": list(range(1, n + 1)),
        "votants": [g.r.randint(150, 900) for _ in range(n)],
        "abstention_pct": [round(g.r.uniform(20, 65), 1) for _ in range(n)],
    }
    return spec(org, col(v, ["resultats_europeennes_2024", "RESULTATS_BV"]), c, columns, zones(g, org, n))


@template("elec-liste", True, "electoral-roll extracts: voters' names, birth names, dates of birth, addresses", 4)
def _elec_roll(g, v):
    org = org_for(g, v)
    n = g.n(10, 20)
    people = g.people(org, n)
    c = col(v, ["nom_electeur", "NOM_NAISSANCE", "date_naissance", "adresse"])
    columns = {"num_electeur": [g.r.randint(1, 2500) for _ in range(n)]}
    if v == 0:
        columns[c] = [cad(p) for p in people]
    elif v == 1:
        columns[c] = [up(p.birth_last) for p in people]
    elif v == 2:
        columns[c] = [fmt_date(p.birth, "fr") for p in people]
    else:
        columns[c] = [g.address(org) for _ in range(n)]
    geometry = points(g, org, n) if v == 3 else table()
    return spec(
        org,
        col(v, ["liste_electorale_extrait", "LISTE_EMARGEMENT", "electeurs_bureau_3", "electeurs_geocodes"]),
        c,
        columns,
        geometry,
    )


@template("elec-procurations", True, "proxies: voters and their proxy holders by name", 2)
def _elec_proxies(g, v):
    org = org_for(g, v)
    n = g.n(8, 16)
    c = col(v, ["mandant", "mandataire"])
    return spec(
        org,
        col(v, ["procurations_2024", "REGISTRE_PROCURATIONS"]),
        c,
        {"mandant": [cad(p) for p in g.people(org, n)], "mandataire": [cad(p) for p in g.people(org, n)]},
        table(),
    )


# ==================================================================================================
# Streets and addresses


@template("voirie-noms", False, "street names, many after a person", 5)
def _voirie_names(g, v):
    org = org_for(g, v)
    n = g.n(10, 20)
    c = col(v, ["nom_voie", "LIBELLE", "nom_complet", "NOM_VOIE", "voie"])
    values = [g.street(0.7) for _ in range(n)]
    if v in (1, 3):
        values = [up(x) for x in values]
    return spec(
        org,
        col(v, ["voies_communales", "FILAIRE_VOIES", "troncons_voirie", "VOIRIE", "rues"]),
        c,
        {c: values, "longueur": [round(g.r.uniform(40, 900), 1) for _ in range(n)]},
        streets(g, org, n),
    )


@template("voirie-classement", False, "road classification, lengths, surfaces", 3)
def _voirie_class(g, v):
    org = org_for(g, v)
    n = g.n(10, 20)
    c = col(v, ["classement", "longueur", "revetement"])
    columns = {
        "classement": [g.pick(["VC", "CR", "RD", "VIC", "Voie privée"]) for _ in range(n)],
        "longueur": [round(g.r.uniform(40, 900), 1) for _ in range(n)],
        "revetement": [g.pick(["enrobé", "bicouche", "pavés", "stabilisé"]) for _ in range(n)],
    }
    return spec(org, col(v, ["voirie_classement", "TABLEAU_VOIES", "voirie_etat"]), c, columns, streets(g, org, n))


@template("voirie-fantoir", False, "street identifiers (FANTOIR, RIVOLI)", 2)
def _voirie_ids(g, v):
    org = org_for(g, v)
    n = g.n(10, 20)
    c = col(v, ["code_fantoir", "rivoli"])
    values = [
        f"{org.communes[0][1]}{g.r.randint(1, 9999):04d}{g.pick('ABCDEFGHJ')}"
        if v == 0
        else f"{g.r.randint(1, 9999):04d}"
        for _ in range(n)
    ]
    return spec(org, col(v, ["voies_fantoir", "VOIES_RIVOLI"]), c, {c: values}, streets(g, org, n))


@template(
    "voirie-adresses", False, "the reference address layer (numbers, street names, full addresses) on address points", 3
)
def _voirie_ban(g, v):
    org = org_for(g, v)
    n = g.n(12, 24)
    c = col(v, ["numero", "nom_voie", "adresse"])
    streets_ = [g.street(0.6) for _ in range(n)]
    numbers = [g.r.randint(1, 140) for _ in range(n)]
    columns = {
        "numero": numbers,
        "nom_voie": streets_,
        "adresse": [f"{num} {st}" for num, st in zip(numbers, streets_)],
    }
    return spec(
        org,
        col(v, ["base_adresse_locale", "BAL_ADRESSES", "adresses_certifiees"]),
        c,
        columns,
        points(g, org, n, kind="address points"),
    )


@template("voirie-travaux", False, "roadworks: contractors (companies), decree numbers, kinds of works", 3)
def _voirie_works(g, v):
    org = org_for(g, v)
    n = g.n(8, 16)
    c = col(v, ["entreprise", "arrete", "nature"])
    columns = {
        "entreprise": [g.pick(N.CONTRACTORS) for _ in range(n)],
        "arrete": [f"AR-{g.r.randint(2022, 2024)}-{g.r.randint(1, 400):03d}" for _ in range(n)],
        "nature": [g.pick(["réfection chaussée", "branchement eau", "tranchée fibre", "élagage"]) for _ in range(n)],
    }
    return spec(
        org, col(v, ["chantiers_en_cours", "ARRETES_CIRCULATION", "travaux_voirie"]), c, columns, streets(g, org, n)
    )


@template(
    "voirie-occupation",
    True,
    "private persons granted a parking or scaffolding permit (moving house, works), by name or mobile",
    3,
)
def _voirie_occupation(g, v):
    org = org_for(g, v)
    n = g.n(8, 16)
    c = col(v, ["demandeur", "tel_demandeur", "BENEFICIAIRE"])
    people = g.people(org, n)
    columns = {"objet": [g.pick(["déménagement", "benne", "échafaudage", "livraison"]) for _ in range(n)]}
    columns[c] = [g.mobile() for _ in range(n)] if v == 1 else [civ(p) if v == 0 else cad(p) for p in people]
    return spec(
        org,
        col(v, ["permis_stationnement", "occupations_domaine_public", "ODP_ARRETES"]),
        c,
        columns,
        points(g, org, n),
    )


@template(
    "voirie-signalements", True, "citizens' reports with the reporter's name, e-mail or a description naming them", 3
)
def _voirie_reports(g, v):
    org = org_for(g, v)
    n = g.n(10, 18)
    people = g.people(org, n)
    c = col(v, ["nom_signaleur", "email", "description"])
    if v == 0:
        values = [last_first(p) for p in people]
    elif v == 1:
        values = [g.email(p) for p in people]
    else:
        values = [
            g.pick(
                [
                    f"Signalé par {civ(p)} : trou devant son portail",
                    f"{natural(p)} ({g.mobile()}) signale un lampadaire éteint",
                    f"Mme {p.last} demande l'élagage de la haie",
                    "Dépôt sauvage près du PAV",
                    f"Appel de M. {up(p.last)}, chien errant",
                ]
            )
            for p in people
        ]
    return spec(
        org,
        col(v, ["signalements_citoyens", "RELATION_USAGERS", "demandes_intervention"]),
        c,
        {"categorie": [g.pick(["voirie", "propreté", "éclairage"]) for _ in range(n)], c: values},
        points(g, org, n),
    )


# ==================================================================================================
# Trees


@template("arbres", False, "trees: species, heights, girths, planting dates", 4)
def _trees(g, v):
    org = org_for(g, v)
    n = g.n(12, 25)
    c = col(v, ["essence", "hauteur", "circonference", "date_plantation"])
    columns = {
        "essence": [
            g.pick(
                [
                    "Tilia cordata",
                    "Platanus x acerifolia",
                    "Acer campestre",
                    "Quercus robur",
                    "Carpinus betulus",
                    "Prunus avium",
                ]
            )
            for _ in range(n)
        ],
        "hauteur": [round(g.r.uniform(3, 25), 1) for _ in range(n)],
        "circonference": [g.r.randint(20, 320) for _ in range(n)],
        "date_plantation": [g.date(1950, 2023) for _ in range(n)],
    }
    return spec(
        org,
        col(v, ["arbres_alignement", "PATRIMOINE_ARBORE", "arbres", "plantations"]),
        c,
        columns,
        points(g, org, n, kind="street furniture"),
        {"date_plantation": "date"},
    )


@template("arbres-remarquables", False, "remarkable trees' names, some after a person", 2)
def _trees_named(g, v):
    org = org_for(g, v)
    n = g.n(4, 10)
    c = col(v, ["nom_arbre", "NOM"])
    names = [
        "Tilleul de Sully",
        "Chêne Napoléon",
        "Le Platane de la mairie",
        "Marronnier du 8 mai",
        "Cèdre de l'abbé Joly",
        "If du cimetière",
        "Hêtre de la Dame Blanche",
        "Orme de la Liberté",
    ]
    return spec(
        org,
        col(v, ["arbres_remarquables", "ARBRES_PATRIMONIAUX"]),
        c,
        {c: [g.pick(names) for _ in range(n)], "age_estime": [g.r.randint(80, 400) for _ in range(n)]},
        points(g, org, n, kind="street furniture"),
    )


@template("arbres-naissances", True, "trees planted for each child born: the child's given name or birth date", 3)
def _trees_births(g, v):
    org = org_for(g, v)
    n = g.n(10, 20)
    kids = g.people(org, n, "child")
    c = col(v, ["prenom_enfant", "date_naissance", "enfant"])
    columns = {"essence": [g.pick(["Pommier", "Cerisier", "Érable"]) for _ in range(n)]}
    if v == 0:
        columns[c] = [p.first for p in kids]
    elif v == 1:
        columns[c] = [p.birth for p in kids]
    else:
        columns[c] = [natural(p) for p in kids]
    return spec(
        org,
        col(v, ["arbres_des_naissances", "verger_naissances", "UN_ENFANT_UN_ARBRE"]),
        c,
        columns,
        points(g, org, n, kind="street furniture"),
        {"date_naissance": "date"} if v == 1 else None,
    )


@template("arbres-parrains", True, "sponsors of trees, by name", 2)
def _trees_sponsors(g, v):
    org = org_for(g, v)
    n = g.n(8, 16)
    c = col(v, ["parrain", "MARRAINE_PARRAIN"])
    return spec(
        org,
        col(v, ["arbres_parraines", "PARRAINAGE_ARBRES"]),
        c,
        {c: [g.pick([natural, cad, civ])(p) for p in g.people(org, n)]},
        points(g, org, n, kind="street furniture"),
    )


# ==================================================================================================
# Defibrillators (GeoDAE fields)


@template(
    "dae",
    False,
    "defibrillators as declared to GeoDAE: operator (the commune, a company), its phone, the place of the device",
    4,
)
def _dae(g, v):
    org = org_for(g, v)
    n = g.n(5, 14)
    c = col(v, ["c_expt_rais", "c_expt_tel", "c_disp_complt", "c_acc"])
    columns = {
        "c_nom": [f"DAE {x}" for x in equipment_names(g, n)],
        "c_expt_rais": [g.pick([commune_body(org), org.name, "SAS SUPERMARCHE DU PONT", "SDIS"]) for _ in range(n)],
        "c_expt_tel": [g.pick(["+33" + org.phone.replace(" ", "")[1:], g.org_phone(org, "compact")]) for _ in range(n)],
        "c_disp_complt": [
            g.pick(["Hall d'entrée mairie", "Façade extérieure", "Vestiaires", "Accueil"]) for _ in range(n)
        ],
        "c_acc": [g.pick(["Extérieur", "Intérieur"]) for _ in range(n)],
    }
    return spec(
        org,
        col(v, ["geodae_export", "DAE", "defibrillateurs", "dae_communaux"]),
        c,
        columns,
        points(g, org, n, kind="street furniture"),
    )


# ==================================================================================================
# Vehicles


@template("flotte", False, "the organisation's own vehicles: plates, services, models", 4)
def _fleet(g, v):
    org = org_for(g, v)
    n = g.n(6, 16)
    c = col(v, ["immatriculation", "IMMAT", "plaque", "modele"])
    columns = {
        c if c != "modele" else "immatriculation": [g.plate() for _ in range(n)],
        "service": [g.pick(["Voirie", "Espaces verts", "Police municipale", "Bâtiments", "Pool"]) for _ in range(n)],
        "modele": [g.pick(N.CAR_MODELS) for _ in range(n)],
        "km": [g.r.randint(2000, 180000) for _ in range(n)],
    }
    return spec(org, col(v, ["parc_vehicules", "FLOTTE_AUTO", "vehicules_services", "parc_auto"]), c, columns, table())


@template("fourriere", True, "plates of private vehicles taken to the pound or fined", 3)
def _pound(g, v):
    org = org_for(g, v)
    n = g.n(8, 18)
    c = col(v, ["immatriculation", "IMMAT", "plaque"])
    columns = {
        "date": [g.date(2024, 2024) for _ in range(n)],
        c: [g.plate("fni" if g.chance(0.2) else "siv") for _ in range(n)],
    }
    return spec(
        org,
        col(v, ["fourriere_enlevements", "PV_STATIONNEMENT", "vehicules_ventouses"]),
        c,
        columns,
        points(g, org, n, kind="street furniture"),
        {"date": "date"},
    )


@template("stationnement-residents", True, "residents' parking permits: plates, holders, home addresses", 3)
def _residents(g, v):
    org = org_for(g, v)
    n = g.n(8, 18)
    c = col(v, ["plaque", "nom_titulaire", "adresse"])
    people = g.people(org, n)
    columns = {
        "plaque": [g.plate() for _ in range(n)],
        "nom_titulaire": [last_first(p) for p in people],
        "adresse": [g.address(org) for _ in range(n)],
    }
    columns = {"num_carte": [f"R{g.r.randint(100, 999)}" for _ in range(n)], c: columns[c]}
    return spec(
        org, col(v, ["cartes_residents", "STATIONNEMENT_RESIDENTS", "abonnements_stationnement"]), c, columns, table()
    )


@template("flotte-conducteur", True, "drivers assigned to vehicles, by name", 2)
def _drivers(g, v):
    org = org_for(g, v)
    n = g.n(6, 14)
    c = col(v, ["conducteur_attitre", "AGENT_AFFECTE"])
    return spec(
        org,
        col(v, ["vehicules_affectations", "FLOTTE_AGENTS"]),
        c,
        {"immatriculation": [g.plate() for _ in range(n)], c: [g.pick([natural, cad])(p) for p in g.people(org, n)]},
        table(),
    )


# ==================================================================================================
# Markets


@template("marches", False, "markets: days, pitches, places (some after a person)", 3)
def _markets(g, v):
    org = org_for(g, v)
    n = g.n(3, 8)
    c = col(v, ["jour", "nb_emplacements", "lieu"])
    columns = {
        "jour": [g.pick(["mercredi matin", "samedi", "dimanche matin", "jeudi"]) for _ in range(n)],
        "nb_emplacements": [g.r.randint(8, 90) for _ in range(n)],
        "lieu": [
            g.pick(["Place Jean Jaurès", "Place du Marché", "Halle Victor Hugo", "Parking de la gare"])
            for _ in range(n)
        ],
    }
    return spec(org, col(v, ["marches_plein_vent", "MARCHES", "marches_hebdo"]), c, columns, zones(g, org, n))


@template("marches-societes", False, "market traders that are companies", 2)
def _market_companies(g, v):
    org = org_for(g, v)
    n = g.n(6, 14)
    c = col(v, ["raison_sociale", "SOCIETE"])
    pool = [
        "SARL PRIMEURS DU JURA",
        "SAS FROMAGERIE DES MONTS",
        "EARL LES VERGERS DU VAL",
        "SARL ROTISSERIE DU MARCHE",
        "SAS POISSONNERIE ATLANTIQUE",
        "GAEC DU PLATEAU",
        "SARL TEXTILES BAZAR",
        "SCEA DOMAINE DES CROZES",
    ]
    return spec(
        org,
        col(v, ["abonnes_marche_pm", "MARCHE_SOCIETES"]),
        c,
        {
            c: [g.pick(pool) for _ in range(n)],
            "metrage": [g.r.randint(3, 12) for _ in range(n)],
            "siret": [g.siret() for _ in range(n)],
        },
        table(),
    )


@template("marches-commercants", True, "market traders who are private persons (sole traders), by name", 3)
def _market_traders(g, v):
    org = org_for(g, v)
    n = g.n(6, 14)
    c = col(v, ["commercant", "nom_exposant", "TITULAIRE"])
    forms = [civ, cad, last_first]
    return spec(
        org,
        col(v, ["marche_abonnes", "placier_releve", "MARCHE_TITULAIRES"]),
        c,
        {
            c: [forms[v](p) for p in g.people(org, n)],
            "activite": [g.pick(["primeur", "fromager", "textile", "rôtisserie", "fleurs"]) for _ in range(n)],
        },
        table(),
    )


# ==================================================================================================
# Tourism


@template(
    "tourisme-hebergements", False, "hotels and campsites: names, classifications, capacities, their own contacts", 4
)
def _tourism(g, v):
    org = org_for(g, v)
    n = g.n(5, 12)
    c = col(v, ["nom", "classement", "capacite", "email"])
    names = [
        "Hôtel du Commerce",
        "Camping Les Mimosas",
        "Hôtel de la Poste",
        "Auberge du Vieux Moulin",
        "Camping municipal",
        "Gîte de groupe Ker Avel",
        "Hôtel Le Pascal Paoli",
        "Résidence Les Oliviers",
    ]
    columns = {
        "nom": [g.pick(names) for _ in range(n)],
        "classement": [g.pick(["1*", "2*", "3*", "4*", "non classé"]) for _ in range(n)],
        "capacite": [g.r.randint(10, 300) for _ in range(n)],
        "email": [
            g.pick(
                [
                    "contact@hotel-du-commerce.fr",
                    "reception@camping-lesmimosas.com",
                    "info@aubergeduvieuxmoulin.fr",
                    service_box(org, "camping"),
                    "reservation@hotel-lapaoli.corsica",
                ]
            )
            for _ in range(n)
        ],
    }
    return spec(
        org,
        col(v, ["hebergements_touristiques", "HOTELS_CAMPINGS", "offre_hebergement", "hebergements_classes"]),
        c,
        columns,
        points(g, org, n, kind="public buildings"),
    )


@template("tourisme-poi", False, "points of interest and trails, some named after a person", 3)
def _tourism_poi(g, v):
    org = org_for(g, v)
    n = g.n(6, 14)
    c = col(v, ["nom_poi", "nom_sentier", "description"])
    columns = {
        "nom_poi": [
            g.pick(
                [
                    "Lavoir",
                    "Chapelle Saint-Roch",
                    "Maison natale de Louis Pergaud",
                    "Belvédère Jean Giono",
                    "Moulin de Kervennec",
                    "Menhir",
                    "Pont romain",
                ]
            )
            for _ in range(n)
        ],
        "nom_sentier": [
            g.pick(["Sentier des Crêtes", "Boucle Louise Michel", "GR de Pays", "Chemin des Lavoirs"]) for _ in range(n)
        ],
        "description": [
            g.pick(["Vue sur la vallée", "Accessible PMR", "Balisage jaune", "Ouvert l'été"]) for _ in range(n)
        ],
    }
    geometry = lines(g, org, n, kind="network lines") if v == 1 else points(g, org, n, kind="public buildings")
    return spec(org, col(v, ["points_interet", "SENTIERS_RANDO", "patrimoine_touristique"]), c, columns, geometry)


@template("tourisme-ot", False, "tourist offices' contacts", 2)
def _tourism_office(g, v):
    org = org_for(g, v)
    n = g.n(2, 5)
    c = col(v, ["courriel", "telephone"])
    columns = {
        "bureau": [f"Bureau d'information {i + 1}" for i in range(n)],
        "courriel": [
            g.pick(
                [
                    f"info@tourisme-{slug_service(org.communes[0][0])}.fr",
                    service_box(org, "tourisme"),
                    f"accueil.ot.{slug_service(org.communes[-1][0]).replace('-', '')}@orange.fr",
                ]
            )
            for _ in range(n)
        ],
        "telephone": [g.other_org_phone(org) for _ in range(n)],
    }
    return spec(org, col(v, ["offices_tourisme", "BIT"]), c, columns, points(g, org, n, kind="public buildings"))


@template(
    "meubles-tourisme",
    True,
    "private hosts of furnished tourist rentals: names, mobiles, e-mails (the points are their rented homes)",
    4,
)
def _rentals(g, v):
    org = org_for(g, v, ["basqueadour", "sanmartinu", "hautleon", "salvagnac", "niederbach"])
    n = g.n(8, 18)
    people = g.people(org, n)
    c = col(v, ["nom_loueur", "proprietaire", "tel_loueur", "email_loueur"])
    values = [
        [civ(p) for p in people],
        [cad(p) for p in people],
        [g.mobile() for _ in people],
        [g.email(p) for p in people],
    ][v]
    return spec(
        org,
        col(v, ["meubles_tourisme_declares", "TAXE_SEJOUR_HEBERGEURS", "locations_saisonnieres", "meubles_classes"]),
        c,
        {"capacite": [g.r.randint(2, 10) for _ in range(n)], c: values},
        points(g, org, n),
    )


# ==================================================================================================
# Farming


@template("rpg", False, "declared crops on farm plots (the open RPG): crop codes and areas", 3)
def _rpg(g, v):
    org = org_for(g, v)
    n = g.n(10, 20)
    c = col(v, ["CODE_CULTU", "surf_parc", "culture"])
    columns = {
        "CODE_CULTU": [g.pick(["BTH", "MIS", "PPH", "PTR", "CZH", "ORH", "VRC"]) for _ in range(n)],
        "surf_parc": [round(g.r.uniform(0.3, 18), 2) for _ in range(n)],
        "culture": [g.pick(["Blé tendre", "Maïs", "Prairie permanente", "Colza", "Vigne"]) for _ in range(n)],
    }
    return spec(org, col(v, ["RPG_PARCELLES", "rpg_2022", "ilots_culturaux"]), c, columns, parcels(g, org, n))


@template("exploitations-pm", False, "farms run by companies (GAEC, EARL, SCEA)", 3)
def _farms_legal(g, v):
    org = org_for(g, v)
    n = g.n(6, 14)
    c = col(v, ["exploitant", "raison_sociale", "EXPLOITATION"])
    return spec(
        org,
        col(v, ["exploitations_agricoles", "SIEGES_EXPLOITATION", "elevages_icpe"]),
        c,
        {c: [g.pick(N.FARMS) for _ in range(n)], "siret": [g.siret() for _ in range(n)]},
        buildings(g, org, n),
    )


@template("exploitants-individuels", True, "farmers in their own name (individual farms), on their land or farm", 4)
def _farmers(g, v):
    org = org_for(g, v)
    n = g.n(8, 18)
    c = col(v, ["exploitant", "nom_agriculteur", "ELEVEUR", "exploitant_parcelle"])
    forms = [cad, civ, lambda p: f"{up(p.last)} {p.first}", last_first]
    values = some_orgs(g, [forms[v](g.person(org.region, "mid")) for _ in range(n)], 0, 1, N.FARMS)
    geometry = parcels(g, org, n) if v != 2 else buildings(g, org, n)
    return spec(
        org,
        col(v, ["plan_epandage", "diagnostic_agricole_plu", "ELEVAGES", "baux_ruraux_commune"]),
        c,
        {c: values, "surface_ha": [round(g.r.uniform(0.5, 40), 2) for _ in range(n)]},
        geometry,
    )


@template("epandage-contacts", True, "farmers' own phone numbers", 2)
def _farmer_phones(g, v):
    org = org_for(g, v)
    n = g.n(8, 16)
    c = col(v, ["tel", "TEL_EXPLOITANT"])
    return spec(
        org,
        col(v, ["plan_epandage_contacts", "AGRI_CONTACTS"]),
        c,
        {"exploitant": [cad(p) for p in g.people(org, n)], c: [g.mobile() for _ in range(n)]},
        parcels(g, org, n),
    )


# ==================================================================================================
# Aggregated statistics


@template("stats-carroyees", False, "counts and incomes aggregated on grid cells (Filosofi-like)", 4)
def _grid_stats(g, v):
    org = org_for(g, v)
    n = g.n(12, 30)
    c = col(v, ["ind", "men", "men_pauv", "ind_snv"])
    columns = {
        "ind": [round(g.r.uniform(11, 400), 1) for _ in range(n)],
        "men": [round(g.r.uniform(11, 180), 1) for _ in range(n)],
        "men_pauv": [round(g.r.uniform(0, 30), 1) for _ in range(n)],
        "ind_snv": [round(g.r.uniform(150000, 9000000), 1) for _ in range(n)],
    }
    return spec(
        org,
        col(v, ["filosofi_200m", "CARREAUX_200M", "filosofi_carreaux", "carroyage_1km"]),
        c,
        columns,
        grid(g, org, n, 1000 if v == 3 else 200),
    )


@template("stats-population", False, "populations per commune or IRIS", 3)
def _population(g, v):
    org = org_for(g, v)
    n = g.n(6, 16)
    c = col(v, ["pop_2020", "P20_POP", "population"])
    geometry = iris(g, org, n) if v == 1 else communes(g, org, n)
    return spec(
        org,
        col(v, ["communes_population", "IRIS_POP", "population_legale"]),
        c,
        {c: [g.r.randint(150, 25000) for _ in range(n)]},
        geometry,
    )


# ==================================================================================================
# Free text


def personal_note(g, org, p):
    return g.pick(
        [
            f"M. {p.last} absent, rappeler au {g.mobile()}",
            f"Mme {p.last} ({p.first}) signale une fuite devant chez elle",
            f"Clé chez la voisine Mme {up(p.last)}",
            f"RDV pris avec {natural(p)} le {g.date(2024, 2024).strftime('%d/%m')}",
            f"Propriétaire {civ(p, True)} injoignable, courrier envoyé",
            f"Voir avec le fils, {natural(p)}, {g.mobile()}",
            f"{p.first} {p.last[0]}. vit seul(e), passer le matin",
            f"Famille {p.last} : chien dangereux",
            f"Contact : {g.email(p)}",
        ]
    )


@template("notes-personnes", True, "free-text notes naming or contacting people", 5)
def _notes_people(g, v):
    org = org_for(g, v)
    n = g.n(10, 20)
    c = col(v, ["observations", "commentaire", "remarques", "notes", "OBS"])
    people = g.people(org, n)
    values = [personal_note(g, org, p) if g.chance(0.6) else g.pick(["", "RAS", None, "à revoir"]) for p in people]
    for i in range(3):
        values[i] = personal_note(g, org, people[i])
    g.r.shuffle(values)
    geometry = [points(g, org, n), parcels(g, org, n), table(), points(g, org, n), buildings(g, org, n)][v]
    layer = col(v, ["visites_domicile", "enquete_foncier", "suivi_demandes", "releves_compteurs", "batiments_vacants"])
    return spec(org, layer, c, {"ref": [f"{g.r.randint(100, 999)}" for _ in range(n)], c: values}, geometry)


@template("notes-techniques", False, "technical remarks, with services' contacts and places named after people", 5)
def _notes_tech(g, v):
    org = org_for(g, v)
    n = g.n(10, 20)
    c = col(v, ["observations", "commentaire", "remarques", "notes", "OBS"])
    geometry = [
        points(g, org, n, kind="street furniture"),
        lines(g, org, n),
        table(),
        buildings(g, org, n, "public buildings"),
        streets(g, org, n),
    ][v]
    layer = col(
        v,
        [
            "bornes_incendie_controles",
            "reseau_eu_itv",
            "suivi_interventions",
            "batiments_communaux_etat",
            "voirie_diagnostic",
        ],
    )
    return spec(
        org,
        layer,
        c,
        {"ref": [f"{g.r.randint(100, 999)}" for _ in range(n)], c: [tech_note(g, org) for _ in range(n)]},
        geometry,
    )


# ==================================================================================================
# Childminders, health


@template("assmat", True, "childminders working at home: names, given names, phones, home addresses", 4)
def _childminders(g, v):
    org = org_for(g, v)
    n = g.n(8, 18)
    people = [g.person(org.region, "adult", "F" if g.chance(0.93) else "M") for _ in range(n)]
    c = col(v, ["nom_assmat", "prenom", "tel", "adresse"])
    values = [
        [cad(p) for p in people],
        [p.first for p in people],
        [g.mobile() if g.chance(0.6) else g.home_phone(org) for _ in people],
        [g.address(org) for _ in people],
    ][v]
    return spec(
        org,
        col(v, ["assistantes_maternelles", "RPE_ASSMAT", "assmat_disponibilites", "ASSMAT_AGREES"]),
        c,
        {c: values, "places": [g.r.randint(1, 4) for _ in range(n)]},
        points(g, org, n),
    )


@template("praticiens", True, "health practitioners by name", 3)
def _practitioners(g, v):
    org = org_for(g, v)
    n = g.n(6, 14)
    c = col(v, ["nom_praticien", "PRATICIEN", "professionnel"])
    forms = [lambda p: f"Dr {p.first} {p.last}", cad, lambda p: f"{natural(p)} - infirmier(e)"]
    return spec(
        org,
        col(v, ["offre_soins", "MEDECINS_GENERALISTES", "professionnels_sante"]),
        c,
        {
            c: [forms[v](g.person(org.region, "mid")) for _ in range(n)],
            "specialite": [
                g.pick(["médecin généraliste", "infirmier", "kinésithérapeute", "dentiste"]) for _ in range(n)
            ],
        },
        points(g, org, n, kind="public buildings"),
    )


@template("sante-structures", False, "health establishments: names (pharmacies after their founder), FINESS numbers", 3)
def _health_places(g, v):
    org = org_for(g, v)
    n = g.n(4, 10)
    c = col(v, ["nom", "finess", "NOM_STRUCTURE"])
    names = [
        "Pharmacie Martin",
        "Pharmacie du Centre",
        "Pharmacie Pasteur",
        "Maison de santé pluriprofessionnelle",
        "Centre médical Albert Schweitzer",
        "Cabinet infirmier du Bourg",
        "Pharmacie Le Goff",
        "Laboratoire Bio Val",
    ]
    columns = {
        "nom": [g.pick(names) for _ in range(n)],
        "finess": [f"{g.r.randint(10, 95)}{g.r.randint(0, 9999999):07d}" for _ in range(n)],
    }
    columns["NOM_STRUCTURE"] = [up(x) for x in columns["nom"]]
    return spec(
        org,
        col(v, ["structures_sante", "OFFRE_SOINS_STRUCTURES", "pharmacies"]),
        c,
        columns,
        points(g, org, n, kind="public buildings"),
    )


@template("rpe", False, "childcare relays and nurseries: their own contacts", 2)
def _rpe(g, v):
    org = org_for(g, v)
    n = g.n(2, 6)
    c = col(v, ["mail", "tel"])
    columns = {
        "structure": [
            g.pick(["Relais Petite Enfance", "Multi-accueil Les Lutins", "Crèche Françoise Dolto"]) for _ in range(n)
        ],
        "mail": [
            g.pick([service_box(org, "rpe"), service_box(org, "petite-enfance"), "multiaccueil.leslutins@orange.fr"])
            for _ in range(n)
        ],
        "tel": [g.org_phone(org) for _ in range(n)],
    }
    return spec(
        org, col(v, ["petite_enfance", "STRUCTURES_PE"]), c, columns, points(g, org, n, kind="public buildings")
    )


# ==================================================================================================
# Businesses, procurement


@template("commerces", False, "shops' trade names (many after their owner), SIRET, activities", 3)
def _shops(g, v):
    org = org_for(g, v)
    n = g.n(8, 16)
    c = col(v, ["enseigne", "siret", "activite"])
    names = [
        "Boulangerie Lebrun",
        "Garage Da Silva",
        "Coiffure Nadia",
        "Boucherie Etcheverry",
        "Tabac de la Place",
        "Chez Mireille",
        "Pizzeria Da Luigi",
        "Fleurs Kerbrat",
        "Auto-école Vidal",
        "Bar Le Pascal Paoli",
        "Optique Kieffer",
        "Épicerie Yilmaz",
    ]
    columns = {
        "enseigne": [g.pick(names) for _ in range(n)],
        "siret": [g.siret() for _ in range(n)],
        "activite": [g.pick(["47.24Z", "45.20A", "96.02A", "56.10A"]) for _ in range(n)],
    }
    return spec(
        org,
        col(v, ["commerces_centre_bourg", "COMMERCES", "activites_economiques"]),
        c,
        columns,
        points(g, org, n, kind="public buildings"),
    )


@template(
    "marches-publics",
    False,
    "public contracts: contractors (companies), amounts, 15-digit commitment numbers (not NIRs)",
    3,
)
def _procurement(g, v):
    org = org_for(g, v)
    n = g.n(8, 16)
    c = col(v, ["titulaire", "montant_ht", "num_engagement"])
    columns = {
        "titulaire": [g.pick(N.CONTRACTORS + N.COMPANIES[14:]) for _ in range(n)],
        "montant_ht": [round(g.r.uniform(4000, 400000), 2) for _ in range(n)],
        "num_engagement": [g.not_nir() for _ in range(n)],
    }
    return spec(org, col(v, ["marches_publics_2023", "DECP", "commande_publique"]), c, columns, table())


# ==================================================================================================
# Homes and people: home addresses, given names, years of birth; and years that are not births


@template("domicile", True, "home addresses of people (volunteers, agents, beneficiaries)", 4)
def _home(g, v):
    org = org_for(g, v)
    n = g.n(8, 16)
    c = col(v, ["domicile", "adresse_perso", "adresse_domicile", "ADR_PERSO"])
    geometry = [table(), table(), points(g, org, n), table()][v]
    layer = col(v, ["benevoles_fete", "agents_residence", "visites_domicile", "reservistes_communaux"])
    return spec(
        org,
        layer,
        c,
        {"ref": [f"{g.r.randint(10, 99)}" for _ in range(n)], c: [g.address(org, g.chance(0.5)) for _ in range(n)]},
        geometry,
    )


@template("prenom-domicile", True, "given names alone, one per dwelling: the point locates the person", 3)
def _first_home(g, v):
    org = org_for(g, v)
    n = g.n(8, 16)
    c = col(v, ["prenom", "PRENOM", "prenom_usager"])
    return spec(
        org,
        col(v, ["visites_domicile", "PORTAGE_LIVRES", "aide_courses_confinement"]),
        c,
        {
            c: [p.first if v != 1 else up(p.first) for p in g.people(org, n, "old")],
            "jour": [g.pick(["lundi", "mercredi", "vendredi"]) for _ in range(n)],
        },
        points(g, org, n),
    )


@template("annee-naissance", True, "years of birth of people in a register or on their homes", 3)
def _birth_years(g, v):
    org = org_for(g, v)
    n = g.n(8, 16)
    c = col(v, ["annee_naissance", "AN_NAIS", "naissance"])
    people = g.people(org, n, "old" if v == 1 else "adult")
    geometry = [table(), points(g, org, n), table()][v]
    return spec(
        org,
        col(v, ["adherents_club", "REGISTRE_CANICULE", "jurés_tirage"]),
        c,
        {"num": list(range(1, n + 1)), c: [p.birth.year for p in people]},
        geometry,
    )


@template("annee-construction", False, "years of construction or commissioning of buildings and works", 3)
def _build_years(g, v):
    org = org_for(g, v)
    n = g.n(8, 16)
    c = col(v, ["annee_construction", "AN_CONST", "annee_mise_service"])
    geometry = [buildings(g, org, n), buildings(g, org, n), points(g, org, n, kind="public buildings")][v]
    return spec(
        org,
        col(v, ["batiments_communaux", "BATI_ANCIENNETE", "ouvrages_annees"]),
        c,
        {"nom": equipment_names(g, n), c: [g.r.randint(1920, 2015) for _ in range(n)]},
        geometry,
    )


@template(
    "mairies-contacts",
    False,
    "town halls of the member communes: their own mailboxes (often at a consumer provider) and phones",
    3,
)
def _town_halls(g, v):
    org = org_for(g, v, ["hautleon", "basqueadour", "flandrelys", "domes"])
    n = len(org.communes)
    c = col(v, ["courriel_mairie", "tel_mairie", "EMAIL"])
    names = [name for name, _insee, _cp in org.communes]
    mails = [
        g.pick(
            [
                f"mairie.{slug_service(x).replace('-', '')}@wanadoo.fr",
                f"mairie-{slug_service(x)}@orange.fr",
                f"secretariat.mairie.{slug_service(x).replace('-', '')}@orange.fr",
                f"accueil@mairie-{slug_service(x)}.fr",
            ]
        )
        for x in names
    ]
    columns = {
        "commune": names,
        "insee": [insee for _n, insee, _cp in org.communes],
        "courriel_mairie": mails,
        "tel_mairie": [g.other_org_phone(org) for _ in names],
    }
    columns["EMAIL"] = [m.upper() if g.chance(0.3) else m for m in mails]
    if v == 2:
        columns.pop("courriel_mairie")
    return spec(
        org,
        col(v, ["mairies_membres", "communes_contacts", "MAIRIES"]),
        c,
        columns,
        communes(g, org, n) if v != 1 else points(g, org, n, kind="public buildings"),
    )


@template("ipe-fibre", False, "premises eligible to fibre (the operators' address reference): address, number of "
          "dwellings, status", 3)
def _ftth(g, v):
    org = org_for(g, v)
    n = g.n(12, 24)
    c = col(v, ["adresse", "nb_logements", "statut_ftth"])
    columns = {"id_immeuble": [f"IMB/{org.communes[0][1]}/X/{g.r.randint(1000, 9999)}" for _ in range(n)],
               "adresse": [g.address(org, False, 0.6) for _ in range(n)],
               "nb_logements": [g.pick([1, 1, 1, 2, 4, 12]) for _ in range(n)],
               "statut_ftth": [g.pick(["raccordable", "en cours de déploiement", "cible"]) for _ in range(n)]}
    return spec(org, col(v, ["ipe_immeubles", "LOCAUX_FTTH", "deploiement_fibre"]), c, columns, points(g, org, n))


@template("bati-usage", False, "buildings as in the national topographic base: use, number of dwellings, height", 3)
def _building_use(g, v):
    org = org_for(g, v)
    n = g.n(12, 24)
    c = col(v, ["usage1", "nb_logts", "hauteur"])
    columns = {"usage1": [g.pick(["Résidentiel", "Résidentiel", "Annexe", "Agricole", "Commercial et services"])
                          for _ in range(n)],
               "nb_logts": [g.pick([0, 1, 1, 1, 2, 6]) for _ in range(n)],
               "hauteur": [round(g.r.uniform(2.5, 18), 1) for _ in range(n)]}
    return spec(org, col(v, ["batiments_bdtopo", "BATI", "bati_indifferencie"]), c, columns, buildings(g, org, n))


@template("tarifs-qf", False, "canteen prices by family-quotient bracket (a price grid, no family in it)", 2)
def _qf_grid(g, v):
    org = org_for(g, v)
    brackets = ["0-500", "501-800", "801-1100", "1101-1500", "1501 et plus"]
    c = col(v, ["tranche_qf", "tarif_repas"])
    columns = {"tranche_qf": brackets, "tarif_repas": [1.0, 2.35, 3.1, 3.85, 4.6]}
    return spec(org, col(v, ["tarifs_restauration_2024", "GRILLE_QF"]), c, columns, table())


@template("deliberations", False, "council decisions: numbers and subjects (naming streets, equipment and "
          "associations, some after a person)", 2)
def _decisions(g, v):
    org = org_for(g, v)
    n = g.n(8, 16)
    c = col(v, ["objet", "numero"])
    subjects = [f"Dénomination : {g.pick(N.STREETS_PERSON)}" for _ in range(4)] + [
        f"Convention avec l'association {g.pick(N.ASSOCIATIONS)}", f"Travaux au gymnase {g.pick(N.EPONYMS)}",
        "Tarifs municipaux 2025", "Budget supplémentaire", f"Subvention au {g.pick(N.ASSOCIATIONS)}",
        "Adhésion au groupement de commandes"]
    columns = {"numero": [f"DEL-{g.r.randint(2023, 2024)}-{g.r.randint(1, 120):03d}" for _ in range(n)],
               "objet": [g.pick(subjects) for _ in range(n)]}
    return spec(org, col(v, ["deliberations_2024", "REGISTRE_DELIBERATIONS"]), c, columns, table())


@template("logements-vacants", False, "vacant dwellings counted per IRIS or section", 2)
def _vacancy(g, v):
    org = org_for(g, v)
    n = g.n(6, 14)
    c = col(v, ["nb_logements_vacants", "taux_vacance"])
    columns = {"nb_logements_vacants": [g.r.randint(5, 160) for _ in range(n)],
               "taux_vacance": [round(g.r.uniform(3, 17), 1) for _ in range(n)]}
    return spec(org, col(v, ["vacance_iris", "LOVAC_SECTIONS"]), c, columns, iris(g, org, n))


@template("dia", True, "sellers and buyers named in declarations of intent to sell (DIA), a few companies among "
          "them", 3)
def _dia(g, v):
    org = org_for(g, v)
    n = g.n(8, 16)
    c = col(v, ["vendeur", "acquereur", "NOM_VENDEUR"])
    forms = [cad, civ, married]
    values = some_orgs(g, [forms[v](g.person(org.region)) for _ in range(n)], 0, 2, N.COMPANIES)
    return spec(org, col(v, ["dia_2024", "declarations_alienation", "DIA_PREEMPTION"]), c,
                {"num_dia": [f"IA {org.communes[0][1]} 24 {g.r.randint(1, 200):04d}" for _ in range(n)], c: values,
                 "prix": [float(g.r.randint(40, 450) * 1000) for _ in range(n)]}, parcels(g, org, n))


@template("cim-mail-famille", True, "families' and holders' personal e-mail addresses, grave by grave", 2)
def _cim_mail(g, v):
    org = org_for(g, v)
    n = g.n(10, 20)
    c = col(v, ["email_contact", "COURRIEL_AYANT_DROIT"])
    return spec(org, col(v, ["concessions_contacts_mail", "CIM_RELANCES"]), c,
                {"emplacement": [f"{g.pick('ABCD')}-{g.r.randint(1, 40)}" for _ in range(n)],
                 c: blanks(g, [g.email(p) for p in g.people(org, n)], 0.2)}, graves(g, org, n))
