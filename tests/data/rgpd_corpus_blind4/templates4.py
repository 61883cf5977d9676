"""Kinds of local-authority tables for the blind-4 corpus: each function builds one whole layer, every
column with its own label (True personal, False not personal, None not judged alone)."""
from __future__ import annotations

import names4 as names

# Reasons, shared by the columns they describe.
NAME = "names a private person"
FIRST = "a private person's given name, on a row located at their home"
HOME = "a private person's home address"
PHONE = "a private person's own phone number"
MAIL = "a private person's own e-mail address"
BIRTH = "a private person's birth date"
FILE = "a number identifying a person's file, account or contract"
ABOUT = "describes an identified private person (row names or locates them)"
HEALTH = "health information about an identified person"
PLATE = "registration plate of a private person's vehicle"
FREE = "free text naming private persons"
SOLE = "identifier of a sole trader, a natural person"
PUBLIC_EQ = "describes a public facility"
SERVICE = "functional contact of a service or organisation, not of a person"
LEGAL = "a legal person (company, association, public body)"
STAT = "aggregated statistic, no individual row"
NETWORK = "describes a network asset"
PLACE = "a place or street name, even when named after a famous person"
TECH = "technical attribute of an object, not of a person"
CODE = "code of a public object or area"


ACADEMIES = {"25": "besancon", "39": "besancon", "70": "besancon", "90": "besancon", "69": "lyon",
             "35": "rennes", "67": "strasbourg", "86": "poitiers"}


def yesno(g, p=0.5):
    return "oui" if g.rng.random() < p else "non"


# ---------------------------------------------------------------------------------------------- personal

def cadastre_owners(g):
    lay = g.new_layer("cadastre", ["proprietaires_{insee}", "MAJIC_PROPRIO_{year}", "parcelles_proprietaires",
                                   "ff_{year}_proprio"], "cadastral parcels", "Polygon", "agglo")
    n = g.rows()
    lay.geometry = g.boxes(n, 15, 60)
    people = [g.person() for _ in range(n)]
    sections = [g.choice(("AB", "AC", "BK", "ZA", "0A", "CD")) for _ in range(n)]
    nums = [g.rng.randint(1, 1200) for _ in range(n)]
    g.add(lay, "idu", ["idu", "idpar", "id_parcelle"], "string",
          [f"{g.town[1]}000{s}{k:04d}" for s, k in zip(sections, nums)], None, "")
    g.add(lay, "contenance", ["contenance", "dcntpa", "surf_m2"], "integer",
          [g.rng.randint(180, 4200) for _ in range(n)], None, "")
    g.add(lay, "compte", ["dnupro", "compte_prop", "num_compte", "comptecommunal"], "string",
          [f"{g.town[1]}{g.choice('+MP')}{g.rng.randint(1, 9999):05d}" for _ in range(n)], True, FILE)
    write = g.majic if g.rng.random() < 0.5 else g.cadastral  # one register, one way of writing names
    owners = [write(p) if g.rng.random() < 0.85 else
              g.choice((f"COMMUNE DE {g.town[0].upper()}", "SCI LES TILLEULS", "SCI DU MOULIN", "SARL IMMO EST"))
              for p in people]
    g.add(lay, "owner", ["nom_proprietaire", "proprio", "titulaire_compte", "ddenom", "proprietaire"], "string",
          owners, True, NAME)
    g.add(lay, "owner_address", ["adresse_proprietaire", "adr_proprio", "dlign4", "adresse_titulaire"], "string",
          [f"{p.number} {p.street.upper()} {p.town[2]} {p.town[0].upper()}" for p in people], True, HOME)
    g.add(lay, "birth", ["jdatnss", "date_naissance", "datenaiss_proprio"], "date",
          [p.birth.isoformat() for p in people], True, BIRTH)
    g.add(lay, "right", ["ccodro", "code_droit", "droit"], "string",
          [g.choice(("P", "P", "U", "N", "G")) for _ in range(n)], True, ABOUT)
    return lay


def dia(g):
    lay = g.new_layer("urbanisme", ["dia_{year}", "DIA_DECLARATIONS", "declarations_intention_aliener"],
                      "parcels sold", "Polygon")
    n = g.rows(5, 18)
    lay.geometry = g.boxes(n, 15, 50)
    sellers = [g.person() for _ in range(n)]
    g.add(lay, "num", ["num_dia", "numero", "ref_dia"], "string",
          [f"DIA {g.town[1]} {g.rng.randint(22, 25)} {g.rng.randint(1, 400):04d}" for _ in range(n)], True, FILE)
    g.add(lay, "seller", ["vendeur", "proprietaire_vendeur", "cedant", "nom_vendeur"], "string",
          [g.civil(p) for p in sellers], True, NAME)
    g.add(lay, "price", ["prix", "prix_vente", "montant_eur"], "number",
          [float(g.rng.randrange(60000, 480000, 500)) for _ in range(n)], True, ABOUT)
    g.add(lay, "buyer", ["acquereur", "acquereur_pressenti"], "string",
          [g.civil(g.person()) if g.rng.random() < 0.7 else g.company() for _ in range(n)], True, NAME)
    g.add(lay, "date", ["date_reception", "date_depot"], "date", [g.iso(2022, 2025) for _ in range(n)], None, "")
    return lay


def cemetery_concessions(g):
    lay = g.new_layer("cimetiere", ["concessions_cimetiere", "CIMETIERE_CONCESSIONS", "concessions_{town}",
                                    "cim_emplacements"], "grave plots", "Polygon")
    n = g.rows()
    lay.geometry = g.boxes(n, 1.2, 2.8, 120)
    holders = [g.person(old=True) for _ in range(n)]
    g.add(lay, "num", ["num_concession", "n_concess", "numero"], "string",
          [f"{g.rng.randint(1950, 2024)}-{g.rng.randint(1, 300):03d}" for _ in range(n)], True, FILE)
    g.add(lay, "square", ["carre", "canton", "section"], "string", [g.choice("ABCDEF") for _ in range(n)], None, "")
    g.add(lay, "holder", ["concessionnaire", "titulaire", "nom_concessionnaire", "acquereur"], "string",
          [g.civil(p) for p in holders], True, NAME)
    g.add(lay, "holder_address", ["adresse_concessionnaire", "adr_titulaire", "domicile_concessionnaire"], "string",
          [p.full_address for p in holders], True, HOME)
    g.add(lay, "bought", ["date_acquisition", "date_achat", "date_acte"], "date",
          [g.iso(1960, 2024) for _ in range(n)], True, ABOUT)
    g.add(lay, "amount", ["montant", "prix_paye", "tarif_eur"], "number",
          [g.choice((150.0, 320.0, 480.0, 760.0, 1120.0)) for _ in range(n)], True, ABOUT)
    g.add(lay, "duration", ["duree", "duree_ans"], "integer", [g.choice((15, 30, 50, 99)) for _ in range(n)], None, "")
    return lay


def school_registrations(g):
    lay = g.new_layer("scolaire", ["inscriptions_scolaires_{year}", "INSCRIPTIONS_ECOLES", "eleves_inscrits",
                                   "inscriptionsRentree"], "pupils' homes", "Point")
    n = g.rows()
    lay.geometry = g.address_points(n)
    kids = [g.person(young=True) for _ in range(n)]
    parents = [g.person() for _ in range(n)]
    for kid, parent in zip(kids, parents):
        kid.last, kid.number, kid.street = parent.last, parent.number, parent.street
    g.add(lay, "ine", ["ine", "num_eleve", "identifiant_eleve"], "string",
          [f"{g.rng.randint(10**9, 10**10 - 1)}{g.choice('ABCDEFGHJK')}" for _ in range(n)], True, FILE)
    g.add(lay, "last", ["nom", "nom_eleve", "nom_enfant"], "string", [k.last.upper() for k in kids], True, NAME)
    g.add(lay, "first", ["prenom", "prenom_eleve", "prenom_enfant"], "string", [k.first for k in kids], True, FIRST)
    g.add(lay, "birth", ["date_naissance", "date_naiss", "ne_le"], "date", [k.birth.isoformat() for k in kids],
          True, BIRTH)
    g.add(lay, "class", ["classe", "niveau"], "string", [g.choice(("PS", "MS", "GS", "CP", "CE1", "CE2", "CM1", "CM2"))
                                                          for _ in range(n)], None, "")
    g.add(lay, "guardian_phone", ["tel_responsable", "tel_resp1", "telephone_parent", "portable_parent"], "string",
          [g.personal_phone() for _ in range(n)], True, PHONE)
    g.add(lay, "guardian_mail", ["mail_responsable", "courriel_parent", "email_resp1"], "string",
          [g.email(p) for p in parents], True, MAIL)
    g.add(lay, "pai", ["pai", "allergies", "projet_accueil_individualise"], "string",
          [g.choice(("", "", "", "allergie arachide", "asthme", "diabete type 1", "allergie oeuf", "epilepsie"))
           for _ in range(n)], True, HEALTH)
    return lay


def canteen_billing(g):
    lay = g.new_layer("scolaire", ["facturation_cantine", "FACT_RESTAU_SCO", "familles_periscolaire_{year}"],
                      "families' homes", g.choice(("Point", "")), "commune")
    n = g.rows()
    lay.geometry = g.address_points(n) if lay.geometry_type else None
    if not lay.geometry_type:
        lay.geometry_kind = "table"
    fams = [g.person() for _ in range(n)]
    g.add(lay, "family_id", ["num_famille", "id_famille", "code_famille", "numFoyer"], "string",
          [f"F{g.rng.randint(1000, 99999)}" for _ in range(n)], True, FILE)
    g.add(lay, "family", ["nom_famille", "responsable", "payeur"], "string", [g.civil(p) for p in fams], True, NAME)
    g.add(lay, "qf", ["quotient_familial", "qf", "qf_caf"], "integer", [g.rng.randint(180, 2400) for _ in range(n)],
          True, ABOUT)
    g.add(lay, "band", ["tranche", "tranche_tarif", "tarif"], "string", [g.choice("ABCDE") for _ in range(n)], True,
          ABOUT)
    g.add(lay, "meals", ["nb_repas", "repas_mois"], "integer", [g.rng.randint(0, 20) for _ in range(n)], True, ABOUT)
    g.add(lay, "due", ["montant_du", "reste_a_payer", "impaye_eur"], "number",
          [round(g.rng.uniform(0, 380), 2) for _ in range(n)], True, ABOUT)
    return lay


def social_aid(g):
    lay = g.new_layer("action sociale", ["aides_ccas_{year}", "CCAS_AIDES_FACULTATIVES", "beneficiaires_aides",
                                         "secours_attribues"], "beneficiaries' homes", "Point", "ccas")
    n = g.rows()
    lay.geometry = g.address_points(n)
    people = [g.person() for _ in range(n)]
    g.add(lay, "file", ["num_dossier", "n_dossier", "ref_dossier"], "string",
          [f"AS-{g.rng.randint(2019, 2025)}-{g.rng.randint(1, 900):04d}" for _ in range(n)], True, FILE)
    g.add(lay, "name", ["beneficiaire", "nom_prenom", "demandeur"], "string", [g.civil(p) for p in people], True,
          NAME)
    g.add(lay, "address", ["adresse", "adresse_domicile", "domicile"], "string", [p.address for p in people], True,
          HOME)
    g.add(lay, "aid", ["type_aide", "nature_aide", "aide"], "string",
          [g.choice(("aide alimentaire", "secours energie", "aide au loyer", "bon de transport", "aide cantine",
                     "secours d'urgence")) for _ in range(n)], True, ABOUT)
    g.add(lay, "amount", ["montant", "montant_accorde", "mnt_aide"], "number",
          [float(g.rng.randrange(30, 600, 10)) for _ in range(n)], True, ABOUT)
    g.add(lay, "household", ["composition_foyer", "situation_familiale", "compo_menage"], "string",
          [g.choice(("personne seule", "couple sans enfant", "famille monoparentale 2 enfants", "couple 3 enfants",
                     "personne seule, 1 enfant")) for _ in range(n)], True, ABOUT)
    g.add(lay, "date", ["date_commission", "date_decision"], "date", [g.iso(2023, 2025) for _ in range(n)], True,
          ABOUT)
    return lay


def rent_arrears(g):
    lay = g.new_layer("logement", ["impayes_loyers", "LOGT_IMPAYES", "suivi_impayes_bailleur",
                                   "locataires_{year}"], "dwellings", "Point", "agglo")
    n = g.rows()
    lay.geometry = g.address_points(n)
    people = [g.person() for _ in range(n)]
    g.add(lay, "lease", ["num_bail", "ref_locataire", "contrat"], "string",
          [f"BL{g.rng.randint(100000, 999999)}" for _ in range(n)], True, FILE)
    g.add(lay, "tenant", ["locataire", "nom_locataire", "titulaire_bail"], "string", [g.civil(p) for p in people],
          True, NAME)
    g.add(lay, "dwelling", ["logement", "adresse_logement", "adr_lgt"], "string",
          [f"{p.address}, apt {g.rng.randint(1, 48)}" for p in people], True, HOME)
    g.add(lay, "arrears", ["arrieres", "montant_impaye", "dette_locative"], "number",
          [round(g.rng.uniform(120, 5400), 2) for _ in range(n)], True, ABOUT)
    g.add(lay, "plan", ["plan_apurement", "procedure", "etape"], "string",
          [g.choice(("aucun", "plan amiable", "commandement de payer", "assignation", "saisine CCAPEX"))
           for _ in range(n)], True, ABOUT)
    g.add(lay, "rooms", ["typologie", "type_lgt"], "string", [g.choice(("T1", "T2", "T3", "T4", "T5"))
                                                            for _ in range(n)], None, "")
    return lay


def housing_requests(g):
    lay = g.new_layer("logement", ["demandes_logement_social", "DEM_LOGT_SOCIAL", "demandeurs_{year}"], "table", "",
                      "agglo")
    n = g.rows()
    people = [g.person() for _ in range(n)]
    g.add(lay, "nur", ["num_unique", "nur", "numero_unique"], "string",
          [f"{g.town[1][:2]}{g.rng.randint(1, 12):02d}{g.rng.randint(21, 25)}{g.rng.randint(1, 99999):05d}"
           for _ in range(n)], True, FILE)
    g.add(lay, "name", ["demandeur", "nom_demandeur"], "string", [g.civil(p) for p in people], True, NAME)
    g.add(lay, "income", ["revenu_fiscal", "rfr", "ressources_mensuelles"], "integer",
          [g.rng.randrange(4000, 32000, 10) for _ in range(n)], True, ABOUT)
    g.add(lay, "size", ["nb_personnes", "taille_menage"], "integer", [g.rng.randint(1, 6) for _ in range(n)], True,
          ABOUT)
    g.add(lay, "reason", ["motif", "motif_demande"], "string",
          [g.choice(("logement trop petit", "separation", "violences conjugales", "handicap", "loyer trop cher",
                     "sans logement", "rapprochement travail")) for _ in range(n)], True, ABOUT)
    return lay


def electoral_roll(g):
    lay = g.new_layer("elections", ["liste_electorale", "LISTE_ELEC_{year}", "electeurs_bureau",
                                    "extraitListeElectorale"], g.choice(("voters' homes", "table")), "", "commune")
    n = g.rows()
    if lay.geometry_kind != "table":
        lay.geometry_type, lay.geometry = "Point", g.address_points(n)
    people = [g.person() for _ in range(n)]
    g.add(lay, "number", ["num_electeur", "n_ordre", "numero_inscription"], "integer",
          [g.rng.randint(1, 4000) for _ in range(n)], True, FILE)
    g.add(lay, "last", ["nom_naissance", "nom", "nom_famille"], "string", [p.last.upper() for p in people], True, NAME)
    g.add(lay, "first", ["prenoms", "prenom"], "string",
          [f"{p.first} {g.choice(names.MALE if p.sex == 'M' else names.FEMALE)}" for p in people], True, NAME)
    g.add(lay, "birth", ["date_naissance", "date_naiss"], "date", [p.birth.isoformat() for p in people], True, BIRTH)
    g.add(lay, "birthplace", ["lieu_naissance", "commune_naissance"], "string",
          [g.choice(names.TOWNS)[0].upper() for _ in range(n)], True, ABOUT)
    g.add(lay, "address", ["adresse", "adresse_electeur"], "string", [p.address for p in people], True, HOME)
    g.add(lay, "office", ["bureau", "bureau_vote"], "integer", [g.rng.randint(1, 14) for _ in range(n)], None, "")
    return lay


def waste_billing(g):
    lay = g.new_layer("dechets", ["redevance_incitative_{year}", "RI_BACS_USAGERS", "bacs_pucés", "levees_bacs"],
                      "households", "Point", "dechets")
    n = g.rows()
    lay.geometry = g.address_points(n)
    people = [g.person() for _ in range(n)]
    g.add(lay, "chip", ["puce", "id_puce", "num_bac", "rfid"], "string",
          ["".join(g.choice("0123456789ABCDEF") for _ in range(16)) for _ in range(n)], True, FILE)
    g.add(lay, "user", ["usager", "redevable", "nom_usager"], "string", [g.civil(p) for p in people], True, NAME)
    g.add(lay, "lifts", ["nb_levees", "levees_an", "nbLevees"], "integer", [g.rng.randint(0, 40) for _ in range(n)],
          True, ABOUT)
    g.add(lay, "volume", ["volume_bac", "vol_l"], "integer", [g.choice((80, 120, 180, 240)) for _ in range(n)], True,
          ABOUT)
    g.add(lay, "bill", ["montant_facture", "redevance_eur"], "number",
          [round(g.rng.uniform(110, 420), 2) for _ in range(n)], True, ABOUT)
    return lay


def water_subscribers(g):
    lay = g.new_layer("eau", ["abonnes_eau", "ABONNES_AEP", "releves_compteurs_{year}", "compteursAbonnes"],
                      "water meters at homes", "Point", "eau")
    n = g.rows()
    lay.geometry = g.address_points(n)
    people = [g.person() for _ in range(n)]
    g.add(lay, "ref", ["ref_abonne", "num_abonne", "id_client", "reference_contrat"], "string",
          [f"{g.rng.randint(100000, 999999)}" for _ in range(n)], True, FILE)
    g.add(lay, "name", ["nom_abonne", "abonne", "titulaire"], "string", [g.civil(p) for p in people], True, NAME)
    g.add(lay, "meter", ["num_compteur", "compteur", "n_serie"], "string",
          [f"{g.choice(('A', 'D', 'I'))}{g.rng.randint(10, 24)}{g.choice('FHK')}{g.rng.randint(100000, 999999)}"
           for _ in range(n)], True, ABOUT)
    g.add(lay, "m3", ["conso_m3", "volume_annuel", "consommation"], "integer", [g.rng.randint(12, 260)
                                                                              for _ in range(n)], True, ABOUT)
    g.add(lay, "iban", ["iban", "rib_prelevement"], "string", [g.iban() for _ in range(n)], True,
          "bank account of a private person")
    return lay


def building_permits(g):
    lay = g.new_layer("urbanisme", ["permis_construire_{year}", "ADS_PC_{year}", "autorisations_urbanisme",
                                    "dossiers_ads"], "plots", "Polygon")
    n = g.rows()
    lay.geometry = g.boxes(n, 15, 50)
    people = [g.person() for _ in range(n)]
    g.add(lay, "num", ["num_dossier", "numero_pc", "ref_ads"], "string",
          [f"PC {g.town[1]} {g.rng.randint(22, 25)} {g.choice('ABCD')}{g.rng.randint(1, 300):04d}" for _ in range(n)],
          True, FILE)
    g.add(lay, "applicant", ["demandeur", "petitionnaire", "nom_demandeur"], "string",
          [g.civil(p) if g.rng.random() < 0.7 else f"M. et Mme {p.last.upper()}" for p in people], True, NAME)
    g.add(lay, "applicant_address", ["adresse_demandeur", "adr_petitionnaire", "domicile_demandeur"], "string",
          [p.full_address for p in people], True, HOME)
    g.add(lay, "works", ["nature_travaux", "objet"], "string",
          [g.choice(("maison individuelle", "extension", "garage", "piscine", "veranda", "abri de jardin"))
           for _ in range(n)], None, "")
    g.add(lay, "decision", ["decision", "avis"], "string", [g.choice(("accorde", "refuse", "en cours", "sans suite"))
                                                           for _ in range(n)], None, "")
    return lay


def childminders(g):
    lay = g.new_layer("petite enfance", ["assistantes_maternelles", "ASS_MAT_AGREES", "assmat_{town}",
                                         "ram_assistantes"], "childminders' homes", "Point", "departement")
    n = g.rows()
    lay.geometry = g.address_points(n)
    people = [g.person(sex="F") if g.rng.random() < 0.95 else g.person(sex="M") for _ in range(n)]
    g.add(lay, "last", ["nom", "nom_am"], "string", [p.last.upper() for p in people], True, NAME)
    g.add(lay, "first", ["prenom", "prenom_am"], "string", [p.first for p in people], True, FIRST)
    g.add(lay, "address", ["adresse", "adresse_accueil"], "string", [p.address for p in people], True, HOME)
    g.add(lay, "phone", ["telephone", "tel", "portable"], "string", [g.personal_phone() for _ in range(n)], True,
          PHONE)
    g.add(lay, "approved", ["nb_agrements", "places_agreees"], "integer", [g.rng.randint(1, 4) for _ in range(n)],
          True, ABOUT)
    g.add(lay, "free", ["places_disponibles", "dispo"], "integer", [g.rng.randint(0, 3) for _ in range(n)], True,
          ABOUT)
    return lay


def first_name_contacts(g):
    """Neighbourhood volunteers: a first name on a point at their home."""
    lay = g.new_layer("vie locale", ["referents_quartier", "voisins_vigilants", "benevoles_quartiers",
                                     "REFERENTS_QUARTIER"], "volunteers' homes", "Point")
    n = g.rows(5, 15)
    lay.geometry = g.address_points(n)
    people = [g.person() for _ in range(n)]
    g.add(lay, "first", ["prenom", "referent", "contact"], "string", [p.first for p in people], True, FIRST)
    g.add(lay, "area", ["quartier", "secteur"], "string",
          [g.choice(("Centre", "Les Vergers", "La Gare", "Saint-Martin", "Les Hauts")) for _ in range(n)], None, "")
    g.add(lay, "since", ["depuis", "annee_engagement"], "integer", [g.rng.randint(2015, 2025) for _ in range(n)],
          True, ABOUT)
    return lay


def staff(g):
    lay = g.new_layer("ressources humaines", ["agents_{year}", "RH_EFFECTIFS", "etat_personnel", "listeAgents"],
                      "table", "")
    n = g.rows()
    people = [g.person() for _ in range(n)]
    for p in people:
        p.birth = g.date(1960, 2003)  # agents in post
    g.add(lay, "id", ["matricule", "mat_agent", "id_agent"], "string", [f"{g.rng.randint(1000, 99999):05d}"
                                                                        for _ in range(n)], True, FILE)
    g.add(lay, "name", ["nom_prenom", "agent", "nom_agent"], "string", [g.civil(p) for p in people], True, NAME)
    g.add(lay, "birth", ["date_naissance", "ddn"], "date", [p.birth.isoformat() for p in people], True, BIRTH)
    g.add(lay, "grade", ["grade", "cadre_emploi"], "string",
          [g.choice(("adjoint technique", "redacteur", "attache", "ingenieur", "agent de maitrise",
                     "adjoint administratif principal")) for _ in range(n)], True, ABOUT)
    g.add(lay, "absence", ["jours_absence", "nb_jours_maladie", "absences"], "integer",
          [g.rng.randint(0, 60) for _ in range(n)], True, HEALTH)
    g.add(lay, "index", ["indice_majore", "im"], "integer", [g.rng.randint(340, 820) for _ in range(n)], True, ABOUT)
    g.add(lay, "nir", ["nir", "num_secu", "no_ss"], "string", [g.nir(p) for p in people], True,
          "social security number (NIR)")
    return lay


def assigned_vehicles(g):
    lay = g.new_layer("flotte", ["vehicules_affectes", "PARC_AUTO_CONDUCTEURS", "remisage_domicile"],
                      "drivers' homes where vehicles are kept", g.choice(("Point", "")))
    n = g.rows(5, 15)
    if lay.geometry_type:
        lay.geometry = g.address_points(n, 6000)
    else:
        lay.geometry_kind = "table"
    people = [g.person() for _ in range(n)]
    g.add(lay, "plate", ["immatriculation", "immat"], "string", [g.plate() for _ in range(n)], None, "")
    g.add(lay, "driver", ["conducteur", "agent_affectataire", "conducteur_attitre"], "string",
          [g.civil(p) for p in people], True, NAME)
    g.add(lay, "licence", ["num_permis", "permis_conduire"], "string",
          [f"{g.rng.randint(10, 99)}{g.choice(names.SURNAMES)[:2].upper()}{g.rng.randint(10000, 99999)}"
           for _ in range(n)], True, "driving licence number of an agent")
    return lay


def resident_parking(g):
    lay = g.new_layer("stationnement", ["abonnes_residents", "STAT_RESIDENTS", "macaron_resident_{year}"],
                      "residents' homes", "Point")
    n = g.rows()
    lay.geometry = g.address_points(n, 900)
    people = [g.person() for _ in range(n)]
    g.add(lay, "sub", ["num_abonnement", "n_macaron", "id_abonne"], "string",
          [f"R{g.rng.randint(10000, 99999)}" for _ in range(n)], True, FILE)
    g.add(lay, "name", ["nom", "abonne", "titulaire"], "string", [g.civil(p) for p in people], True, NAME)
    g.add(lay, "plate", ["immatriculation", "plaque", "immat"], "string", [g.plate() for _ in range(n)], True, PLATE)
    g.add(lay, "zone", ["zone", "secteur"], "string", [g.choice(("Z1", "Z2", "Z3", "Centre")) for _ in range(n)],
          None, "")
    g.add(lay, "end", ["date_fin", "validite"], "date", [g.iso(2025, 2026) for _ in range(n)], True, ABOUT)
    return lay


def impound(g):
    lay = g.new_layer("police municipale", ["fourriere_{year}", "ENLEVEMENTS_FOURRIERE", "pv_stationnement"],
                      "places of removal", "Point")
    n = g.rows()
    lay.geometry = g.address_points(n)
    g.add(lay, "plate", ["immatriculation", "immat", "plaque"], "string", [g.plate() for _ in range(n)], True, PLATE)
    g.add(lay, "owner", ["proprietaire", "titulaire_certificat", "nom_titulaire"], "string",
          [g.civil(g.person()) for _ in range(n)], True, NAME)
    g.add(lay, "make", ["marque", "modele"], "string", [g.choice(("RENAULT CLIO", "PEUGEOT 208", "CITROEN C3",
                                                                "DACIA SANDERO", "VW GOLF")) for _ in range(n)],
          True, ABOUT)
    g.add(lay, "when", ["date_enlevement", "date_infraction"], "date", [g.iso(2024, 2025) for _ in range(n)], None, "")
    g.add(lay, "fine", ["montant", "amende"], "number", [g.choice((35.0, 135.0, 150.0, 128.0)) for _ in range(n)],
          True, ABOUT)
    return lay


def hall_bookings(g):
    lay = g.new_layer("equipements", ["reservations_salles", "RESA_SALLES_{year}", "locations_salle_fetes"],
                      "the halls booked", "Point")
    n = g.rows()
    halls = [(f"Salle {g.choice(names.PERSON_HONORED)}", g.address_points(1, 1500)[0]) for _ in range(3)]
    chosen = [g.choice(halls) for _ in range(n)]
    lay.geometry = [h[1] for h in chosen]
    people = [g.person() for _ in range(n)]
    g.add(lay, "hall", ["salle", "equipement"], "string", [h[0] for h in chosen], None, "")
    g.add(lay, "date", ["date_resa", "date_location"], "date", [g.iso(2025, 2026) for _ in range(n)], None, "")
    g.add(lay, "booker", ["demandeur", "locataire", "reserve_par"], "string", [g.civil(p) for p in people], True, NAME)
    g.add(lay, "phone", ["tel_demandeur", "telephone", "tel_contact"], "string",
          [g.personal_phone() for _ in range(n)], True, PHONE)
    g.add(lay, "purpose", ["motif", "objet_location"], "string",
          [g.choice(("anniversaire 50 ans", "mariage", "bapteme", "repas de famille", "fete des voisins",
                     "vin d'honneur obseques")) for _ in range(n)], True, ABOUT)
    g.add(lay, "fee", ["tarif", "montant"], "number", [g.choice((90.0, 180.0, 250.0, 420.0)) for _ in range(n)],
          True, ABOUT)
    return lay


def heatwave_register(g):
    lay = g.new_layer("action sociale", ["registre_canicule", "PERS_VULNERABLES", "plan_grand_froid_{year}"],
                      "vulnerable persons' homes", "Point", "ccas")
    n = g.rows()
    lay.geometry = g.address_points(n)
    people = [g.person(old=True) for _ in range(n)]
    g.add(lay, "name", ["nom_prenom", "personne", "inscrit"], "string", [g.civil(p) for p in people], True, NAME)
    g.add(lay, "age", ["age", "age_ans"], "integer", [2025 - p.birth.year for p in people], True, ABOUT)
    g.add(lay, "phone", ["telephone", "tel_fixe"], "string", [g.home_phone() for _ in range(n)], True, PHONE)
    g.add(lay, "alone", ["vit_seul", "isolement"], "string", [yesno(g, 0.7) for _ in range(n)], True, ABOUT)
    g.add(lay, "disability", ["handicap", "dependance", "gir"], "string",
          [g.choice(("", "fauteuil roulant", "GIR 4", "GIR 3", "malvoyant", "oxygene a domicile"))
           for _ in range(n)], True, HEALTH)
    g.add(lay, "relative", ["personne_a_prevenir", "contact_urgence"], "string",
          [f"{g.civil(g.person())} {g.mobile()}" for _ in range(n)], True, NAME)
    return lay


def births(g):
    lay = g.new_layer("etat civil", ["naissances_{year}", "ETAT_CIVIL_NAISS", "registre_naissances"], "table", "")
    n = g.rows()
    kids = [g.person(young=True) for _ in range(n)]
    for k in kids:
        k.birth = g.date(2024, 2025)
    g.add(lay, "act", ["num_acte", "n_acte"], "integer", [g.rng.randint(1, 900) for _ in range(n)], True, FILE)
    g.add(lay, "last", ["nom", "nom_enfant"], "string", [k.last.upper() for k in kids], True, NAME)
    g.add(lay, "first", ["prenoms", "prenom"], "string", [k.first for k in kids], True, NAME)
    g.add(lay, "birth", ["date_naissance", "date_evt"], "date", [k.birth.isoformat() for k in kids], True, BIRTH)
    g.add(lay, "father", ["pere", "nom_pere"], "string", [g.civil(g.person(sex="M")) for _ in range(n)], True, NAME)
    g.add(lay, "mother", ["mere", "nom_mere"], "string", [g.civil(g.person(sex="F")) for _ in range(n)], True, NAME)
    return lay


def spanc(g):
    lay = g.new_layer("assainissement", ["controles_spanc", "SPANC_INSTALLATIONS", "anc_{year}"],
                      "houses with septic systems", "Point", "agglo")
    n = g.rows()
    lay.geometry = g.address_points(n, 4000)
    people = [g.person() for _ in range(n)]
    g.add(lay, "id", ["id_installation", "code_anc"], "string", [f"ANC{g.rng.randint(1000, 9999)}"
                                                                  for _ in range(n)], True, FILE)
    g.add(lay, "owner", ["proprietaire", "nom_proprio", "usager"], "string", [g.civil(p) for p in people], True, NAME)
    g.add(lay, "address", ["adresse", "adresse_installation"], "string", [p.address for p in people], True, HOME)
    g.add(lay, "verdict", ["conformite", "avis_controle", "resultat"], "string",
          [g.choice(("conforme", "non conforme", "non conforme - danger sanitaire", "absence d'installation"))
           for _ in range(n)], True, ABOUT)
    g.add(lay, "deadline", ["date_limite_travaux", "echeance_travaux"], "date", [g.iso(2025, 2029)
                                                                               for _ in range(n)], True, ABOUT)
    return lay


def dogs(g):
    lay = g.new_layer("police municipale", ["chiens_categorises", "CHIENS_DANGEREUX", "permis_detention"],
                      "owners' homes", "Point")
    n = g.rows(5, 14)
    lay.geometry = g.address_points(n)
    people = [g.person() for _ in range(n)]
    g.add(lay, "owner", ["detenteur", "proprietaire", "maitre"], "string", [g.civil(p) for p in people], True, NAME)
    g.add(lay, "permit", ["num_permis", "permis_detention"], "string",
          [f"PD-{g.town[1]}-{g.rng.randint(1, 200):03d}" for _ in range(n)], True, FILE)
    g.add(lay, "breed", ["race", "type_chien"], "string",
          [g.choice(("american staffordshire", "rottweiler", "tosa", "staffordshire bull terrier"))
           for _ in range(n)], True, ABOUT)
    g.add(lay, "category", ["categorie", "cat"], "integer", [g.choice((1, 2)) for _ in range(n)], True, ABOUT)
    return lay


def citizen_reports(g):
    lay = g.new_layer("voirie", ["signalements_citoyens", "SIGNALEMENTS", "demandes_intervention"],
                      "reported locations", "Point")
    n = g.rows()
    lay.geometry = g.address_points(n)
    people = [g.person() for _ in range(n)]
    g.add(lay, "category", ["categorie", "type"], "string",
          [g.choice(("nid de poule", "eclairage en panne", "depot sauvage", "tag", "arbre dangereux"))
           for _ in range(n)], None, "")
    g.add(lay, "reporter", ["nom_declarant", "declarant", "signale_par"], "string", [g.civil(p) for p in people],
          True, NAME)
    g.add(lay, "mail", ["email_declarant", "courriel", "mail_contact"], "string", [g.email(p) for p in people], True,
          MAIL)
    g.add(lay, "phone", ["tel_declarant", "telephone"], "string", [g.personal_phone() for _ in range(n)], True, PHONE)
    return lay


def interventions_free_text(g):
    lay = g.new_layer("voirie", ["interventions_{year}", "MAIN_COURANTE", "journal_interventions"],
                      "intervention places", "Point")
    n = g.rows()
    lay.geometry = g.address_points(n)
    notes = []
    for _ in range(n):
        p = g.person()
        title = "M." if p.sex == "M" else "Mme"
        form = g.rng.randrange(4)
        if form == 0:
            notes.append(f"Appel de {title} {p.last} ({g.mobile()}), {g.choice(('chien errant', 'bruit', 'fuite'))}")
        elif form == 1:
            notes.append(f"Voir avec {title} {p.last.upper()} au {p.number} {p.street}")
        elif form == 2:
            notes.append(f"Plainte {p.first} {p.last} : voisin, haie non taillee")
        else:
            notes.append(f"RAS - rappeler {title} {p.last} tel {g.personal_phone()}")
    g.add(lay, "type", ["type_intervention", "nature"], "string",
          [g.choice(("voirie", "espaces verts", "proprete", "police")) for _ in range(n)], None, "")
    g.add(lay, "note", ["commentaire", "observations", "remarques", "obs"], "string", notes, True, FREE)
    return lay


def school_transport(g):
    lay = g.new_layer("transport", ["transport_scolaire_inscrits", "TS_ELEVES_{year}", "ayants_droit_ts"], "table", "",
                      "departement")
    n = g.rows()
    kids = [g.person(young=True) for _ in range(n)]
    g.add(lay, "card", ["num_carte", "n_carte_ts"], "string", [f"TS{g.rng.randint(100000, 999999)}"
                                                               for _ in range(n)], True, FILE)
    g.add(lay, "pupil", ["eleve", "nom_prenom_eleve"], "string", [g.civil(k) for k in kids], True, NAME)
    g.add(lay, "stop", ["arret", "point_montee"], "string", [f"Arret {g.choice(names.STREET_NAMES)}"
                                                             for _ in range(n)], None, "")
    g.add(lay, "grant", ["boursier", "bourse"], "string", [yesno(g, 0.3) for _ in range(n)], True, ABOUT)
    g.add(lay, "birth", ["date_naissance", "dnaiss"], "date", [k.birth.isoformat() for k in kids], True, BIRTH)
    return lay


def market_traders(g):
    lay = g.new_layer("economie", ["placiers_marche", "MARCHE_ABONNES", "commercants_non_sedentaires"],
                      "market stalls", "Point")
    n = g.rows()
    lay.geometry = g.address_points(n, 60)
    people = [g.person() for _ in range(n)]
    g.add(lay, "stall", ["emplacement", "num_place"], "integer", [g.rng.randint(1, 80) for _ in range(n)], None, "")
    g.add(lay, "holder", ["titulaire", "commercant", "exposant"], "string", [g.cadastral(p) for p in people], True,
          NAME)
    g.add(lay, "siret", ["siret", "num_siret"], "string", [g.siret() for _ in range(n)], True, SOLE)
    g.add(lay, "trade", ["activite", "produits"], "string",
          [g.choice(("maraicher", "fromager", "boucher", "textile", "fleuriste", "rotisserie")) for _ in range(n)],
          None, "")
    g.add(lay, "phone", ["tel", "portable"], "string", [g.mobile() for _ in range(n)], True, PHONE)
    return lay


def furnished_rentals(g):
    lay = g.new_layer("tourisme", ["meubles_tourisme_declares", "MEUBLES_CERFA", "locations_courte_duree"],
                      "rented homes", "Point")
    n = g.rows()
    lay.geometry = g.address_points(n)
    people = [g.person() for _ in range(n)]
    g.add(lay, "reg", ["num_enregistrement", "num_declaration"], "string",
          [f"{g.town[1]}{g.rng.randint(100000, 999999)}{g.choice('ABCDEF')}{g.choice('GHJK')}" for _ in range(n)],
          True, FILE)
    g.add(lay, "host", ["loueur", "declarant", "proprietaire"], "string", [g.civil(p) for p in people], True, NAME)
    g.add(lay, "address", ["adresse", "adresse_meuble"], "string", [p.address for p in people], True, HOME)
    g.add(lay, "beds", ["capacite", "nb_couchages"], "integer", [g.rng.randint(2, 8) for _ in range(n)], True, ABOUT)
    g.add(lay, "phone", ["tel_loueur", "telephone"], "string", [g.personal_phone() for _ in range(n)], True, PHONE)
    return lay


def allotments(g):
    lay = g.new_layer("espaces verts", ["jardins_familiaux", "JARDINS_PARCELLES", "attributions_jardins"],
                      "allotment plots", "Polygon")
    n = g.rows()
    lay.geometry = g.boxes(n, 8, 15, 80)
    people = [g.person() for _ in range(n)]
    g.add(lay, "plot", ["num_parcelle", "lot"], "integer", list(range(1, n + 1)), None, "")
    g.add(lay, "holder", ["attributaire", "jardinier", "occupant"], "string", [g.civil(p) for p in people], True, NAME)
    g.add(lay, "address", ["adresse_attributaire", "domicile"], "string", [p.full_address for p in people], True,
          HOME)
    g.add(lay, "fee", ["cotisation", "redevance"], "number", [g.choice((35.0, 50.0, 65.0)) for _ in range(n)], True,
          ABOUT)
    return lay


def renovation_grants(g):
    """Grants on points at homes, no names: the point on a house identifies the household."""
    lay = g.new_layer("habitat", ["opah_dossiers", "AIDES_RENOVATION", "subventions_habitat_{year}"],
                      "houses of grant recipients", "Point", "agglo")
    n = g.rows()
    lay.geometry = g.address_points(n)
    g.add(lay, "file", ["num_dossier", "ref_anah"], "string", [f"{g.town[1][:2]}-{g.rng.randint(10000, 99999)}"
                                                              for _ in range(n)], True, FILE)
    g.add(lay, "income", ["categorie_revenus", "profil_menage"], "string",
          [g.choice(("tres modestes", "modestes", "intermediaires")) for _ in range(n)], True, ABOUT)
    g.add(lay, "grant", ["montant_subvention", "mnt_aide"], "number",
          [float(g.rng.randrange(1500, 35000, 50)) for _ in range(n)], True, ABOUT)
    g.add(lay, "works", ["travaux", "type_travaux"], "string",
          [g.choice(("isolation combles", "pompe a chaleur", "adaptation salle de bain", "menuiseries"))
           for _ in range(n)], None, "")
    return lay


def beekeepers(g):
    lay = g.new_layer("environnement", ["ruchers_declares", "RUCHERS", "emplacements_ruchers"], "apiaries",
                      "Point", "departement")
    n = g.rows(5, 15)
    lay.geometry = g.address_points(n, 6000)
    people = [g.person() for _ in range(n)]
    g.add(lay, "keeper", ["apiculteur", "detenteur"], "string", [g.civil(p) for p in people], True, NAME)
    g.add(lay, "napi", ["napi", "num_apiculteur"], "string", [f"A{g.rng.randint(1000000, 9999999)}"
                                                              for _ in range(n)], True, FILE)
    g.add(lay, "hives", ["nb_ruches", "ruches"], "integer", [g.rng.randint(1, 40) for _ in range(n)], True, ABOUT)
    return lay


# ---------------------------------------------------------------------------------------------- not personal

def public_buildings(g):
    lay = g.new_layer("equipements", ["equipements_publics", "EQUIPEMENTS", "erp_communaux", "equipementsSportifs"],
                      "public facilities", "Point")
    n = g.rows()
    lay.geometry = g.address_points(n)
    kinds = ("Gymnase", "Mediatheque", "Piscine", "Salle polyvalente", "Stade", "Maison de quartier")
    g.add(lay, "name", ["nom", "nom_equipement", "libelle"], "string",
          [f"{g.choice(kinds)} {g.choice(names.PERSON_HONORED)}" for _ in range(n)], False, PUBLIC_EQ)
    g.add(lay, "address", ["adresse", "adr_equip"], "string", [f"{g.rng.randint(1, 60)} {g.street()}"
                                                              for _ in range(n)], False, PUBLIC_EQ)
    domain = g.town[4]
    g.add(lay, "phone", ["telephone_accueil", "tel", "telephone", "tel_accueil"], "string",
          [g.service_phone() for _ in range(n)], False, SERVICE)
    g.add(lay, "mail", ["courriel", "courriel_service", "email", "contact"], "string",
          [f"{g.choice(('accueil', 'sports', 'mediatheque', 'culture', 'reservations'))}@{domain}" for _ in range(n)],
          False, SERVICE)
    g.add(lay, "capacity", ["capacite", "jauge"], "integer", [g.rng.randint(50, 1500) for _ in range(n)], False,
          PUBLIC_EQ)
    g.add(lay, "pmr", ["acces_pmr", "pmr"], "string", [yesno(g, 0.8) for _ in range(n)], False, PUBLIC_EQ)
    return lay


def schools(g):
    lay = g.new_layer("scolaire", ["ecoles_{town}", "ECOLES_PUBLIQUES", "etablissements_scolaires"], "schools",
                      "Point")
    n = g.rows(5, 18)
    lay.geometry = g.address_points(n)
    dept = g.town[1][:2]
    uai = [f"0{dept}{g.rng.randint(1000, 1999)}{g.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}" for _ in range(n)]
    g.add(lay, "uai", ["uai", "code_uai", "rne"], "string", uai, False, CODE)
    g.add(lay, "name", ["nom_ecole", "appellation", "nom"], "string",
          [f"Ecole {g.choice(('maternelle', 'elementaire', 'primaire'))} {g.choice(names.PERSON_HONORED)}"
           for _ in range(n)], False, PUBLIC_EQ)
    g.add(lay, "pupils", ["effectif", "nb_eleves"], "integer", [g.rng.randint(40, 320) for _ in range(n)], False, STAT)
    g.add(lay, "classes", ["nb_classes", "classes"], "integer", [g.rng.randint(2, 12) for _ in range(n)], False, STAT)
    g.add(lay, "mail", ["mail", "courriel", "adresse_mail"], "string",
          [f"ce.{u.lower()}@ac-{ACADEMIES.get(dept, 'dijon')}.fr" for u in uai], False, SERVICE)
    g.add(lay, "phone", ["telephone", "tel"], "string", [g.service_phone() for _ in range(n)], False, SERVICE)
    return lay


def iris_statistics(g):
    lay = g.new_layer("statistiques", ["population_iris_{year}", "IRIS_POP", "indicateurs_iris"], "IRIS areas",
                      "Polygon", "agglo")
    n = g.rows(5, 20)
    lay.geometry = g.boxes(n, 600, 1500, 3000)
    g.add(lay, "code", ["code_iris", "iris"], "string", [f"{g.town[1]}{g.rng.randint(101, 999):04d}"
                                                         for _ in range(n)], False, CODE)
    g.add(lay, "label", ["lib_iris", "nom_iris"], "string",
          [g.choice(("Centre Ville", "Saint-Claude", "Les Orchamps", "Palente", "Gare", "Rivotte", "Montrapon",
                     "Chamars", "Les Glacis", "Fontaine Ecu")) for _ in range(n)], False, PLACE)
    g.add(lay, "pop", ["pop_2021", "p21_pop", "population"], "integer", [g.rng.randint(1800, 5200) for _ in range(n)],
          False, STAT)
    g.add(lay, "households", ["nb_menages", "p21_men"], "integer", [g.rng.randint(800, 2600) for _ in range(n)],
          False, STAT)
    g.add(lay, "old", ["part_75_plus", "pct_75p"], "number", [round(g.rng.uniform(4, 18), 1) for _ in range(n)],
          False, STAT)
    g.add(lay, "income", ["revenu_median", "disp_med21"], "integer", [g.rng.randrange(14000, 30000, 10)
                                                                      for _ in range(n)], False, STAT)
    return lay


def commune_statistics(g):
    lay = g.new_layer("statistiques", ["etat_civil_communes_{year}", "STAT_COMMUNES", "demographie_communes"],
                      "communes", g.choice(("Polygon", "")), "departement")
    n = g.rows(5, 25)
    if lay.geometry_type:
        lay.geometry = g.boxes(n, 3000, 9000, 30000)
    else:
        lay.geometry_kind = "table"
    towns = [g.choice(names.TOWNS) for _ in range(n)]
    g.add(lay, "insee", ["insee", "code_insee", "codgeo"], "string", [t[1] for t in towns], False, CODE)
    g.add(lay, "name", ["commune", "libgeo", "nom_commune"], "string", [t[0] for t in towns], False, PLACE)
    g.add(lay, "births", ["naissances", "nb_naissances"], "integer", [g.rng.randint(3, 1400) for _ in range(n)],
          False, STAT)
    g.add(lay, "deaths", ["deces", "nb_deces"], "integer", [g.rng.randint(2, 1300) for _ in range(n)], False, STAT)
    g.add(lay, "weddings", ["mariages", "nb_mariages"], "integer", [g.rng.randint(0, 300) for _ in range(n)], False,
          STAT)
    g.add(lay, "rsa", ["allocataires_rsa", "nb_rsa", "benef_rsa"], "integer", [g.rng.randint(0, 4200)
                                                                             for _ in range(n)], False, STAT)
    return lay


def road_sections(g):
    lay = g.new_layer("voirie", ["troncons_voirie", "VOIRIE_TRONCONS", "filaire_voies_{town}", "referentielVoirie"],
                      "road sections", "LineString")
    n = g.rows()
    lay.geometry = g.segments(n)
    g.add(lay, "id", ["id_troncon", "id_tr", "code_troncon"], "string", [f"TR{g.rng.randint(10000, 99999)}"
                                                                         for _ in range(n)], False, CODE)
    g.add(lay, "street", ["nom_voie", "libelle_voie", "voie"], "string",
          [f"{g.choice(names.STREET_TYPES).capitalize()} {g.choice(names.STREET_NAMES)}" for _ in range(n)], False,
          PLACE)
    g.add(lay, "surface", ["revetement", "nature_revet"], "string",
          [g.choice(("enrobe", "bicouche", "pave", "beton", "grave")) for _ in range(n)], False, TECH)
    g.add(lay, "width", ["largeur", "largeur_m"], "number", [round(g.rng.uniform(3, 12), 1) for _ in range(n)], False,
          TECH)
    g.add(lay, "redone", ["date_refection", "annee_travaux"], "date", [g.iso(1995, 2024) for _ in range(n)], False,
          TECH)
    g.add(lay, "owner", ["domanialite", "gestionnaire"], "string",
          [g.choice(("communale", "departementale", "intercommunale", "privee ouverte")) for _ in range(n)], False,
          LEGAL)
    return lay


def water_mains(g):
    lay = g.new_layer("eau", ["canalisations_aep", "AEP_CANALISATIONS", "reseau_eau_potable"], "water mains",
                      "LineString", "eau")
    n = g.rows()
    lay.geometry = g.segments(n)
    g.add(lay, "material", ["materiau", "matiere"], "string",
          [g.choice(("FONTE", "PVC", "PEHD", "ACIER", "FONTE GRISE")) for _ in range(n)], False, NETWORK)
    g.add(lay, "diameter", ["diametre", "dn"], "integer", [g.choice((60, 80, 100, 125, 150, 200, 300))
                                                          for _ in range(n)], False, NETWORK)
    g.add(lay, "year", ["annee_pose", "an_pose"], "integer", [g.rng.randint(1935, 2023) for _ in range(n)], False,
          NETWORK)
    g.add(lay, "operator", ["gestionnaire", "exploitant"], "string",
          [g.choice(("Regie des eaux", "Veolia Eau", "SAUR", "Suez Eau France")) for _ in range(n)], False, LEGAL)
    g.add(lay, "precision", ["classe_precision", "precision_xy"], "string", [g.choice("ABC") for _ in range(n)],
          False, TECH)
    return lay


def hydrants(g):
    lay = g.new_layer("securite", ["poteaux_incendie", "PEI", "defense_incendie_{town}"], "fire hydrants", "Point")
    n = g.rows()
    lay.geometry = g.address_points(n)
    g.add(lay, "num", ["num_pei", "numero", "id_pi"], "string", [f"PI{g.rng.randint(1, 400):03d}"
                                                                 for _ in range(n)], False, CODE)
    g.add(lay, "flow", ["debit_m3h", "debit"], "integer", [g.rng.randint(20, 140) for _ in range(n)], False, NETWORK)
    g.add(lay, "where", ["localisation", "adresse", "emplacement"], "string",
          [f"{g.choice(('face au', 'devant le', 'angle du'))} {g.rng.randint(1, 90)} {g.street()}" for _ in range(n)],
          False, "location of a hydrant, not of a person")
    g.add(lay, "checked", ["date_controle", "dern_ctrl"], "date", [g.iso(2021, 2025) for _ in range(n)], False, TECH)
    g.add(lay, "state", ["etat", "disponibilite"], "string", [g.choice(("disponible", "indisponible", "a surveiller"))
                                                             for _ in range(n)], False, TECH)
    return lay


def street_lights(g):
    lay = g.new_layer("eclairage", ["eclairage_public", "EP_POINTS_LUMINEUX", "pointsLumineux"], "street lights",
                      "Point")
    n = g.rows()
    lay.geometry = g.address_points(n)
    g.add(lay, "id", ["id_pl", "num_point"], "string", [f"PL-{g.rng.randint(1, 9999):04d}" for _ in range(n)], False,
          CODE)
    g.add(lay, "lamp", ["type_lampe", "source"], "string", [g.choice(("LED", "SHP", "iodures", "LED"))
                                                           for _ in range(n)], False, TECH)
    g.add(lay, "watts", ["puissance_w", "puissance"], "integer", [g.choice((35, 50, 70, 100, 150)) for _ in range(n)],
          False, TECH)
    g.add(lay, "cabinet", ["armoire", "code_armoire"], "string", [f"A{g.rng.randint(1, 60)}" for _ in range(n)],
          False, CODE)
    return lay


def drop_off_points(g):
    lay = g.new_layer("dechets", ["points_apport_volontaire", "PAV", "colonnes_tri"], "drop-off points", "Point",
                      "dechets")
    n = g.rows()
    lay.geometry = g.address_points(n)
    g.add(lay, "id", ["id_pav", "code"], "string", [f"PAV{g.rng.randint(1, 500):03d}" for _ in range(n)], False, CODE)
    g.add(lay, "flow", ["flux", "type_dechet"], "string", [g.choice(("verre", "papier", "emballages", "textile"))
                                                          for _ in range(n)], False, TECH)
    g.add(lay, "volume", ["volume_m3", "vol"], "number", [g.choice((3.0, 4.0, 5.0)) for _ in range(n)], False, TECH)
    g.add(lay, "contractor", ["prestataire", "collecteur"], "string",
          [g.choice(("Suez RV", "Veolia Proprete", "Paprec", "Regie")) for _ in range(n)], False, LEGAL)
    g.add(lay, "fill", ["taux_remplissage", "remplissage_pct"], "integer", [g.rng.randint(5, 100) for _ in range(n)],
          False, TECH)
    return lay


def zoning(g):
    lay = g.new_layer("urbanisme", ["{insee}_zone_urba", "ZONE_URBA", "plu_zonage_{year}"], "zoning areas",
                      "Polygon")
    n = g.rows()
    lay.geometry = g.boxes(n, 150, 900, 2500)
    codes = [g.choice(("UA", "UB", "UC", "1AU", "2AU", "A", "N", "Nh", "UE", "UX")) for _ in range(n)]
    g.add(lay, "libelle", ["libelle"], "string", codes, False, CODE)
    g.add(lay, "libelong", ["libelong"], "string", [f"Zone {c}" for c in codes], False, CODE)
    types = {"1AU": "AUc", "2AU": "AUs", "A": "A", "N": "N", "Nh": "N"}
    g.add(lay, "typezone", ["typezone"], "string", [types.get(c, "U") for c in codes], False,
          CODE)
    g.add(lay, "idurba", ["idurba"], "string", [f"{g.town[1]}_PLU_20190315"] * n, False, CODE)
    g.add(lay, "nomfic", ["nomfic"], "string", [f"{g.town[1]}_reglement_20190315.pdf"] * n, False, TECH)
    g.add(lay, "datappro", ["datappro"], "date", ["2019-03-15"] * n, False, TECH)
    return lay


def companies(g):
    lay = g.new_layer("economie", ["entreprises_zae", "ETABLISSEMENTS_ZA", "annuaire_entreprises"],
                      "business premises", "Point", "agglo")
    n = g.rows()
    lay.geometry = g.address_points(n, 2500)
    naf = [g.choice(names.NAF) for _ in range(n)]
    g.add(lay, "name", ["raison_sociale", "denomination", "enseigne"], "string", [g.company() for _ in range(n)],
          False, LEGAL)
    g.add(lay, "siret", ["siret", "num_siret"], "string", [g.siret() for _ in range(n)], False,
          "identifier of a company's establishment")
    g.add(lay, "naf", ["code_naf", "ape"], "string", [a for a, _ in naf], False, CODE)
    g.add(lay, "activity", ["libelle_naf", "activite"], "string", [b for _, b in naf], False, TECH)
    g.add(lay, "staff", ["tranche_effectif", "effectif"], "string",
          [g.choice(("10 a 19 salaries", "20 a 49 salaries", "50 a 99 salaries", "100 a 199 salaries"))
           for _ in range(n)], False, STAT)
    g.add(lay, "phone", ["tel_standard", "telephone"], "string", [g.home_phone()[:9] + "00 00" for _ in range(n)],
          False, SERVICE)
    return lay


def associations(g):
    lay = g.new_layer("vie associative", ["annuaire_associations", "ASSOCIATIONS", "associations_{town}"],
                      "associations' seats", "Point")
    n = g.rows()
    lay.geometry = g.address_points(n, 1200)
    assos = [f"{g.choice(names.ASSOCIATIONS)} de {g.town[0]}" for _ in range(n)]
    g.add(lay, "name", ["nom_association", "titre", "association"], "string", assos, False, LEGAL)
    g.add(lay, "rna", ["rna", "num_rna", "id_rna"], "string", [f"W{g.town[1][:2]}{g.rng.randint(1000000, 9999999)}"
                                                               for _ in range(n)], False, LEGAL)
    g.add(lay, "seat", ["siege", "adresse_siege"], "string",
          [g.choice((f"Maison des associations, {g.street()}", f"Mairie de {g.town[0]}", f"Stade municipal, "
                     f"{g.street()}")) for _ in range(n)], False, LEGAL)
    town = g.town[0].lower().replace(" ", "-")
    slugs = [a.split(" de ")[0].lower().replace(" ", "").replace("'", "").replace(",", "")[:18] for a in assos]
    g.add(lay, "mail", ["courriel", "email_contact", "mail"], "string",
          [f"{g.choice(('contact', 'secretariat', 'bureau', 'info'))}@{s}-{town}.fr" for s in slugs],
          False, SERVICE)
    g.add(lay, "purpose", ["objet", "domaine"], "string", [g.choice(("sport", "culture", "solidarite", "loisirs",
                                                                    "environnement")) for _ in range(n)], False, TECH)
    return lay


def hotels(g):
    lay = g.new_layer("tourisme", ["hebergements_classes", "HOTELS_CAMPINGS", "offre_hebergement"],
                      "hotels and campsites", "Point", "departement")
    n = g.rows()
    lay.geometry = g.address_points(n, 3000)
    kinds = ("Hotel", "Camping", "Residence de tourisme", "Auberge")
    g.add(lay, "name", ["nom", "nom_commercial", "etablissement"], "string",
          [f"{g.choice(kinds)} {g.choice(('du Lac', 'des Remparts', 'de la Citadelle', 'Le Relais', 'Les Sapins'))}"
           for _ in range(n)], False, LEGAL)
    g.add(lay, "stars", ["classement", "etoiles"], "integer", [g.rng.randint(1, 5) for _ in range(n)], False, TECH)
    g.add(lay, "capacity", ["capacite", "nb_chambres"], "integer", [g.rng.randint(8, 140) for _ in range(n)], False,
          TECH)
    g.add(lay, "phone", ["tel_reception", "telephone"], "string", [g.service_phone() for _ in range(n)], False,
          SERVICE)
    g.add(lay, "operator", ["exploitant", "raison_sociale"], "string", [g.company() for _ in range(n)], False, LEGAL)
    return lay


def events(g):
    lay = g.new_layer("culture", ["agenda_manifestations", "EVENEMENTS_{year}", "manifestations"], "event venues",
                      "Point")
    n = g.rows()
    lay.geometry = g.address_points(n)
    g.add(lay, "title", ["titre", "nom_evenement", "intitule"], "string",
          [g.choice(("Festival des Mots", "Marche de Noel", "Fete de la musique", "Braderie d'automne",
                     "Nuit des musees", "Foulees urbaines", "Salon du livre")) for _ in range(n)], False, TECH)
    g.add(lay, "venue", ["lieu", "site"], "string", [f"Place {g.choice(names.PERSON_HONORED)}" for _ in range(n)],
          False, PLACE)
    g.add(lay, "start", ["date_debut", "debut"], "date", [g.iso(2025, 2026) for _ in range(n)], False, TECH)
    g.add(lay, "organiser", ["organisateur", "porteur"], "string",
          [g.choice((f"Ville de {g.town[0]}", f"Office de tourisme de {g.town[0]}", "Comite des Fetes"))
           for _ in range(n)], False, LEGAL)
    g.add(lay, "contact", ["contact", "courriel_service", "email"], "string",
          [f"{g.choice(('culture', 'evenementiel', 'animations'))}@{g.town[4]}" for _ in range(n)], False, SERVICE)
    return lay


def trees(g):
    lay = g.new_layer("environnement", ["patrimoine_arbore", "ARBRES", "arbres_alignement"], "trees", "Point")
    n = g.rows()
    lay.geometry = g.address_points(n)
    g.add(lay, "species", ["essence", "espece", "genre_espece"], "string",
          [g.choice(("Platanus x acerifolia", "Tilia cordata", "Acer platanoides", "Quercus robur", "Fagus sylvatica"))
           for _ in range(n)], False, TECH)
    g.add(lay, "height", ["hauteur", "haut_m"], "number", [round(g.rng.uniform(3, 28), 1) for _ in range(n)], False,
          TECH)
    g.add(lay, "planted", ["annee_plantation", "an_plant"], "integer", [g.rng.randint(1900, 2022) for _ in range(n)],
          False, TECH)
    g.add(lay, "health", ["etat_sanitaire", "etat"], "string", [g.choice(("bon", "moyen", "mauvais", "depérissant"))
                                                                for _ in range(n)], False,
          "health of a tree, not of a person")
    return lay


def bus_stops(g):
    lay = g.new_layer("transport", ["arrets_bus", "ARRETS_TC", "stops_{town}"], "bus stops", "Point", "agglo")
    n = g.rows()
    lay.geometry = g.address_points(n, 3000)
    g.add(lay, "code", ["code_arret", "stop_id"], "string", [f"{g.town[0][:3].upper()}{g.rng.randint(100, 999)}"
                                                             for _ in range(n)], False, CODE)
    g.add(lay, "name", ["nom_arret", "stop_name"], "string", [g.choice(names.PERSON_HONORED) for _ in range(n)],
          False, PLACE)
    g.add(lay, "lines", ["lignes", "desserte"], "string", [f"L{g.rng.randint(1, 9)}" for _ in range(n)], False, TECH)
    g.add(lay, "riders", ["montees_jour", "frequentation"], "integer", [g.rng.randint(5, 1800) for _ in range(n)],
          False, STAT)
    g.add(lay, "pmr", ["accessible_pmr", "wheelchair_boarding"], "integer", [g.choice((0, 1, 2)) for _ in range(n)],
          False, TECH)
    return lay


def fleet(g):
    lay = g.new_layer("flotte", ["parc_vehicules", "PARC_AUTO", "flotte_{year}"], "table", "")
    n = g.rows()
    g.add(lay, "plate", ["immatriculation", "immat"], "string", [g.plate() for _ in range(n)], False,
          "registration plate of a public body's vehicle")
    g.add(lay, "model", ["modele", "marque_modele"], "string", [g.choice(("RENAULT KANGOO", "PEUGEOT PARTNER",
                                                                         "RENAULT ZOE", "IVECO DAILY"))
                                                               for _ in range(n)], False, TECH)
    g.add(lay, "service", ["service", "service_affecte"], "string",
          [g.choice(("voirie", "espaces verts", "batiments", "police municipale", "sports")) for _ in range(n)],
          False, LEGAL)
    g.add(lay, "km", ["kilometrage", "km"], "integer", [g.rng.randint(800, 240000) for _ in range(n)], False, TECH)
    g.add(lay, "first_reg", ["date_mec", "mise_en_circulation"], "date", [g.iso(2008, 2024) for _ in range(n)], False,
          TECH)
    return lay


def charging_points(g):
    lay = g.new_layer("transport", ["irve_{year}", "IRVE", "bornes_recharge"], "charging points", "Point")
    n = g.rows()
    lay.geometry = g.address_points(n)
    g.add(lay, "operator", ["nom_operateur"], "string", [g.choice(("IZIVIA", "Freshmile", "Bouygues Energies"))
                                                        for _ in range(n)], False, LEGAL)
    g.add(lay, "contact", ["contact_operateur"], "string",
          [g.choice(("support@izivia.com", "hotline@freshmile.com", "exploitation@bouygues-es.com"))
           for _ in range(n)], False, SERVICE)
    g.add(lay, "hotline", ["telephone_operateur"], "string", [g.choice(("0970 830 213", "03 67 10 15 39",
                                                                        "0 800 00 48 48")) for _ in range(n)],
          False, SERVICE)
    g.add(lay, "power", ["puissance_nominale"], "number", [g.choice((7.4, 22.0, 50.0)) for _ in range(n)], False,
          TECH)
    g.add(lay, "id", ["id_pdc_itinerance"], "string", [f"FRS{g.town[1][:2]}E{g.rng.randint(10000, 99999)}"
                                                      for _ in range(n)], False, CODE)
    return lay


def municipal_buildings(g):
    lay = g.new_layer("patrimoine", ["batiments_communaux", "PATRIMOINE_BATI", "conso_batiments_{year}"],
                      "municipal buildings", "Polygon")
    n = g.rows()
    lay.geometry = g.boxes(n, 20, 90)
    g.add(lay, "name", ["nom_batiment", "designation"], "string",
          [f"{g.choice(('Groupe scolaire', 'Mairie annexe', 'Centre technique', 'Gymnase', 'Salle'))} "
           f"{g.choice(names.PERSON_HONORED)}" for _ in range(n)], False, PUBLIC_EQ)
    g.add(lay, "kwh", ["conso_kwh", "consommation"], "integer", [g.rng.randint(8000, 900000) for _ in range(n)],
          False, TECH)
    g.add(lay, "dpe", ["classe_dpe", "etiquette"], "string", [g.choice("ABCDEFG") for _ in range(n)], False, TECH)
    g.add(lay, "built", ["annee_construction", "annee"], "integer", [g.rng.randint(1850, 2020) for _ in range(n)],
          False, TECH)
    return lay


def defibrillators(g):
    lay = g.new_layer("sante", ["dae_{town}", "GEODAE", "defibrillateurs"], "defibrillators", "Point")
    n = g.rows()
    lay.geometry = g.address_points(n)
    g.add(lay, "c_nom", ["c_nom"], "string", [f"DAE {g.choice(('Mairie', 'Gymnase', 'Piscine', 'Stade', 'Eglise'))}"
                                             for _ in range(n)], False, PUBLIC_EQ)
    g.add(lay, "c_expt_rais", ["c_expt_rais"], "string", [f"Commune de {g.town[0]}"] * n, False, LEGAL)
    g.add(lay, "c_expt_tel", ["c_expt_tel"], "string", [g.town[5]] * n, False, SERVICE)
    g.add(lay, "c_acc", ["c_acc"], "string", [g.choice(("Exterieur", "Interieur")) for _ in range(n)], False, TECH)
    g.add(lay, "c_date_instal", ["c_date_instal"], "date", [g.iso(2015, 2024) for _ in range(n)], False, TECH)
    return lay


def grants_to_associations(g):
    lay = g.new_layer("finances", ["subventions_{year}", "SUBV_ASSOS", "donnees_essentielles_subventions"], "table",
                      "")
    n = g.rows()
    g.add(lay, "beneficiary", ["nomBeneficiaire", "beneficiaire"], "string",
          [f"{g.choice(names.ASSOCIATIONS)} de {g.town[0]}" for _ in range(n)], False, LEGAL)
    g.add(lay, "siret", ["idBeneficiaire", "siret_beneficiaire"], "string", [g.siret() for _ in range(n)], False,
          LEGAL)
    g.add(lay, "amount", ["montant", "montantAttribue"], "number", [float(g.rng.randrange(200, 60000, 50))
                                                                   for _ in range(n)], False, LEGAL)
    g.add(lay, "purpose", ["objet", "objetSubvention"], "string",
          [g.choice(("fonctionnement", "manifestation annuelle", "investissement materiel", "ecole de sport"))
           for _ in range(n)], False, TECH)
    g.add(lay, "date", ["dateConvention", "date_deliberation"], "date", [g.iso(2023, 2025) for _ in range(n)], False,
          TECH)
    return lay


def traffic_counts(g):
    lay = g.new_layer("voirie", ["comptages_routiers", "TMJA_{year}", "trafic_routes_departementales"],
                      "counted sections", "LineString", "departement")
    n = g.rows()
    lay.geometry = g.segments(n, 300, 2000, 15000)
    g.add(lay, "road", ["route", "num_route"], "string", [f"RD{g.rng.randint(1, 683)}" for _ in range(n)], False,
          CODE)
    g.add(lay, "tmja", ["tmja", "tmja_tv"], "integer", [g.rng.randint(300, 32000) for _ in range(n)], False, STAT)
    g.add(lay, "hgv", ["pct_pl", "part_pl"], "number", [round(g.rng.uniform(2, 22), 1) for _ in range(n)], False, STAT)
    g.add(lay, "year", ["annee", "annee_comptage"], "integer", [g.rng.randint(2019, 2024) for _ in range(n)], False,
          TECH)
    return lay


def address_base(g):
    lay = g.new_layer("adresses", ["bal_{insee}", "BASE_ADRESSE_LOCALE", "adresses_{town}"], "address points",
                      "Point")
    n = g.rows()
    lay.geometry = g.address_points(n)
    streets = [g.street() for _ in range(n)]
    numbers = [g.rng.randint(1, 120) for _ in range(n)]
    g.add(lay, "cle", ["cle_interop"], "string",
          [f"{g.town[1]}_{g.rng.randint(1000, 9999)}_{k:05d}" for k in numbers], False, CODE)
    g.add(lay, "voie", ["voie_nom"], "string", streets, False, PLACE)
    g.add(lay, "numero", ["numero"], "integer", numbers, False, "house number of an address point, no occupant")
    g.add(lay, "commune", ["commune_nom"], "string", [g.town[0]] * n, False, PLACE)
    g.add(lay, "position", ["position"], "string", [g.choice(("entree", "batiment", "parcelle")) for _ in range(n)],
          False, TECH)
    return lay


def municipal_land(g):
    lay = g.new_layer("foncier", ["foncier_communal", "PARCELLES_COMMUNE", "patrimoine_foncier"],
                      "parcels owned by the commune", "Polygon")
    n = g.rows()
    lay.geometry = g.boxes(n, 20, 120)
    g.add(lay, "idu", ["idu", "id_parcelle"], "string",
          [f"{g.town[1]}000{g.choice(('AB', 'AC', 'ZK', 'BD'))}{g.rng.randint(1, 999):04d}" for _ in range(n)], False,
          CODE)
    g.add(lay, "owner", ["proprietaire", "nom_proprietaire", "proprio"], "string",
          [g.choice((f"COMMUNE DE {g.town[0].upper()}", f"CCAS DE {g.town[0].upper()}",
                     f"COMMUNAUTE D'AGGLOMERATION DE {g.town[0].upper()}")) for _ in range(n)], False, LEGAL)
    g.add(lay, "area", ["contenance", "surface_m2"], "integer", [g.rng.randint(120, 25000) for _ in range(n)], False,
          TECH)
    g.add(lay, "use", ["affectation", "usage"], "string", [g.choice(("voirie", "espace vert", "reserve fonciere",
                                                                    "equipement sportif")) for _ in range(n)],
          False, TECH)
    return lay


def collection_sectors(g):
    lay = g.new_layer("dechets", ["secteurs_collecte", "TOURNEES_OM", "jours_collecte"], "collection sectors",
                      "Polygon", "dechets")
    n = g.rows(5, 12)
    lay.geometry = g.boxes(n, 500, 1800, 3000)
    g.add(lay, "sector", ["secteur", "tournee"], "string", [f"S{k}" for k in range(1, n + 1)], False, CODE)
    g.add(lay, "day", ["jour_collecte", "jour_om"], "string", [g.choice(("lundi", "mardi", "mercredi", "jeudi",
                                                                        "vendredi")) for _ in range(n)], False, TECH)
    g.add(lay, "flow", ["flux", "type_collecte"], "string", [g.choice(("OMR", "CS", "biodechets")) for _ in range(n)],
          False, TECH)
    g.add(lay, "households", ["nb_foyers", "foyers_desservis"], "integer", [g.rng.randint(200, 3000)
                                                                            for _ in range(n)], False, STAT)
    return lay


# ---------------------------------------------------------------------------------------------- more kinds

def water_connections(g):
    """Service pipes from the main to each subscriber's house, with the subscriber."""
    lay = g.new_layer("eau", ["branchements_aep", "BRANCHEMENTS", "branchements_abonnes"], "service pipes",
                      "LineString", "eau")
    n = g.rows()
    lay.geometry = g.segments(n, 5, 25)
    people = [g.person() for _ in range(n)]
    g.add(lay, "material", ["materiau", "mat_branch"], "string", [g.choice(("PEHD", "plomb", "cuivre", "PVC"))
                                                                  for _ in range(n)], None, "")
    g.add(lay, "subscriber", ["abonne", "nom_abonne", "client"], "string", [g.civil(p) for p in people], True, NAME)
    g.add(lay, "ref", ["ref_abonne", "num_contrat"], "string", [f"{g.rng.randint(100000, 999999)}" for _ in range(n)],
          True, FILE)
    g.add(lay, "address", ["adresse_desservie", "adresse_abonne"], "string", [p.address for p in people], True, HOME)
    return lay


def demand_transport(g):
    """On-demand transport for people with reduced mobility: each line a trip from the user's home."""
    lay = g.new_layer("transport", ["tad_pmr_trajets", "TPMR_COURSES", "transport_adapte_{year}"],
                      "trips from users' homes", "LineString", "agglo")
    n = g.rows()
    lay.geometry = g.segments(n, 500, 6000)
    people = [g.person() for _ in range(n)]
    g.add(lay, "user", ["usager", "beneficiaire", "nom_usager"], "string", [g.civil(p) for p in people], True, NAME)
    g.add(lay, "disability", ["handicap", "type_handicap", "mobilite"], "string",
          [g.choice(("fauteuil roulant manuel", "fauteuil electrique", "deficient visuel", "marche avec canne"))
           for _ in range(n)], True, HEALTH)
    g.add(lay, "origin", ["depart", "adresse_depart"], "string", [p.address for p in people], True, HOME)
    g.add(lay, "card", ["num_carte", "n_usager"], "string", [f"PMR{g.rng.randint(1000, 9999)}" for _ in range(n)],
          True, FILE)
    return lay


def cycle_paths(g):
    lay = g.new_layer("transport", ["amenagements_cyclables", "PISTES_CYCLABLES", "velo_{town}"], "cycle paths",
                      "LineString", "agglo")
    n = g.rows()
    lay.geometry = g.segments(n, 100, 900)
    g.add(lay, "route", ["nom_itineraire", "itineraire"], "string",
          [g.choice(("EuroVelo 6", "Voie verte de la Saone", f"Boucle de {g.town[0]}", "Liaison gare - centre"))
           for _ in range(n)], False, PLACE)
    g.add(lay, "type", ["type_amenagement", "ame_d"], "string",
          [g.choice(("piste cyclable", "bande cyclable", "voie verte", "double sens cyclable")) for _ in range(n)],
          False, TECH)
    g.add(lay, "length", ["longueur_m", "long"], "number", [round(g.rng.uniform(80, 900), 1) for _ in range(n)],
          False, TECH)
    g.add(lay, "opened", ["date_mise_service", "date_maj"], "date", [g.iso(2005, 2025) for _ in range(n)], False, TECH)
    return lay


def sewers(g):
    lay = g.new_layer("assainissement", ["collecteurs_eu_ep", "ASST_CANALISATIONS", "reseau_assainissement"],
                      "sewers", "LineString", "agglo")
    n = g.rows()
    lay.geometry = g.segments(n)
    g.add(lay, "kind", ["type_reseau", "nature_eff"], "string", [g.choice(("EU", "EP", "unitaire")) for _ in range(n)],
          False, NETWORK)
    g.add(lay, "material", ["materiau", "mat"], "string", [g.choice(("beton", "PVC", "gres", "fonte"))
                                                           for _ in range(n)], False, NETWORK)
    g.add(lay, "diameter", ["diametre", "dn_mm"], "integer", [g.choice((200, 250, 300, 400, 600, 800))
                                                             for _ in range(n)], False, NETWORK)
    g.add(lay, "depth", ["profondeur", "prof_m"], "number", [round(g.rng.uniform(0.8, 4.5), 2) for _ in range(n)],
          False, NETWORK)
    return lay


def polling_stations(g):
    lay = g.new_layer("elections", ["bureaux_vote", "BUREAUX_VOTE_{year}", "resultats_bureaux"], "polling stations",
                      "Point")
    n = g.rows(5, 20)
    lay.geometry = g.address_points(n)
    g.add(lay, "num", ["num_bureau", "code_bv"], "integer", list(range(1, n + 1)), False, CODE)
    g.add(lay, "name", ["lieu_vote", "nom_bureau"], "string",
          [f"{g.choice(('Ecole', 'Salle', 'Gymnase', 'Mairie annexe'))} {g.choice(names.PERSON_HONORED)}"
           for _ in range(n)], False, PUBLIC_EQ)
    reg = [g.rng.randint(600, 1500) for _ in range(n)]
    g.add(lay, "registered", ["inscrits", "nb_inscrits"], "integer", reg, False, STAT)
    g.add(lay, "voters", ["votants", "nb_votants"], "integer", [int(r * g.rng.uniform(0.3, 0.8)) for r in reg], False,
          STAT)
    g.add(lay, "abstention", ["pct_abstention", "abst_ins"], "number", [round(g.rng.uniform(20, 70), 2)
                                                                       for _ in range(n)], False, STAT)
    return lay


def cemetery_sites(g):
    lay = g.new_layer("cimetiere", ["cimetieres", "CIMETIERES", "sites_funeraires"], "cemeteries", "Polygon")
    n = g.rows(5, 10)
    lay.geometry = g.boxes(n, 80, 300, 4000)
    g.add(lay, "name", ["nom", "cimetiere"], "string",
          [g.choice(("Cimetiere des Champs Bruley", "Cimetiere Saint-Claude", "Cimetiere paysager", "Ancien cimetiere",
                     "Cimetiere de Saint-Ferjeux")) for _ in range(n)], False, PUBLIC_EQ)
    g.add(lay, "free", ["emplacements_libres", "places_dispo"], "integer", [g.rng.randint(0, 400) for _ in range(n)],
          False, STAT)
    g.add(lay, "columbarium", ["cases_columbarium", "nb_cases"], "integer", [g.rng.randint(0, 200) for _ in range(n)],
          False, STAT)
    g.add(lay, "phone", ["tel_service", "contact_etat_civil"], "string", [g.service_phone() for _ in range(n)], False,
          SERVICE)
    return lay


def recycling_centres(g):
    lay = g.new_layer("dechets", ["decheteries", "DECHETERIES", "dechetteries_{year}"], "recycling centres", "Point",
                      "dechets")
    n = g.rows(5, 12)
    lay.geometry = g.address_points(n, 9000)
    org = lay.organisation
    g.add(lay, "name", ["nom", "decheterie"], "string", [f"Decheterie de {g.choice(names.TOWNS)[0]}"
                                                         for _ in range(n)], False, PUBLIC_EQ)
    g.add(lay, "hours", ["horaires", "ouverture"], "string", [g.choice(("lun-sam 9h-12h 14h-18h", "mar-sam 8h30-17h30"))
                                                              for _ in range(n)], False, PUBLIC_EQ)
    g.add(lay, "phone", ["telephone", "tel_gardien"], "string", [org[2]] * n, False, SERVICE)
    g.add(lay, "mail", ["courriel", "contact"], "string", [org[1]] * n, False, SERVICE)
    return lay


def housing_programmes(g):
    lay = g.new_layer("logement", ["programmes_logement_social", "LLS_PROGRAMMES", "residences_bailleurs"],
                      "housing estates", "Point", "agglo")
    n = g.rows()
    lay.geometry = g.address_points(n)
    g.add(lay, "name", ["residence", "nom_programme"], "string",
          [f"Residence {g.choice(('Les Tilleuls', 'Le Parc', 'Les Hauts de ' + g.town[0], 'Jean Moulin', 'Colette'))}"
           for _ in range(n)], False, PLACE)
    g.add(lay, "landlord", ["bailleur", "organisme"], "string",
          [g.choice(("Habitat 25", "Neolia", "Grand Besancon Habitat", "Orvitis", "Logivie")) for _ in range(n)], False,
          LEGAL)
    g.add(lay, "dwellings", ["nb_logements", "nb_lgts"], "integer", [g.rng.randint(6, 180) for _ in range(n)], False,
          STAT)
    g.add(lay, "funding", ["financement", "type_fin"], "string", [g.choice(("PLUS", "PLAI", "PLS")) for _ in range(n)],
          False, TECH)
    g.add(lay, "year", ["annee_livraison", "annee"], "integer", [g.rng.randint(1965, 2025) for _ in range(n)], False,
          TECH)
    return lay


def business_aid(g):
    lay = g.new_layer("economie", ["aides_entreprises_{year}", "AIDES_ECO", "soutien_economique"], "table", "",
                      "agglo")
    n = g.rows()
    g.add(lay, "company", ["entreprise", "beneficiaire", "raison_sociale"], "string", [g.company() for _ in range(n)],
          False, LEGAL)
    g.add(lay, "siret", ["siret"], "string", [g.siret() for _ in range(n)], False, LEGAL)
    g.add(lay, "scheme", ["dispositif", "type_aide"], "string",
          [g.choice(("avance remboursable", "aide a l'immobilier", "pret d'honneur", "subvention export"))
           for _ in range(n)], False, TECH)
    g.add(lay, "amount", ["montant", "montant_eur"], "number", [float(g.rng.randrange(5000, 400000, 500))
                                                               for _ in range(n)], False, LEGAL)
    return lay


def staff_report(g):
    lay = g.new_layer("ressources humaines", ["bilan_social_{year}", "RSU_EFFECTIFS", "effectifs_par_service"],
                      "table", "")
    n = g.rows(5, 14)
    services = ("Voirie", "Espaces verts", "Etat civil", "Finances", "Education", "Sports", "Culture", "Police",
                "Urbanisme", "Informatique", "Ressources humaines", "Communication", "Batiments", "Proprete")
    g.add(lay, "service", ["service", "direction"], "string", list(services[:n]), False, LEGAL)
    g.add(lay, "staff", ["effectif", "nb_agents"], "integer", [g.rng.randint(6, 120) for _ in range(n)], False, STAT)
    g.add(lay, "fte", ["etp", "nb_etp"], "number", [round(g.rng.uniform(5, 110), 1) for _ in range(n)], False, STAT)
    g.add(lay, "age", ["age_moyen", "moy_age"], "number", [round(g.rng.uniform(36, 52), 1) for _ in range(n)], False,
          STAT)
    g.add(lay, "absence", ["taux_absenteisme", "tx_abs"], "number", [round(g.rng.uniform(3, 14), 1)
                                                                     for _ in range(n)], False, STAT)
    return lay


def roadworks(g):
    lay = g.new_layer("voirie", ["chantiers_en_cours", "TRAVAUX_VOIRIE", "arretes_travaux_{year}"], "worksites",
                      "LineString")
    n = g.rows()
    lay.geometry = g.segments(n, 30, 400)
    g.add(lay, "contractor", ["entreprise", "intervenant"], "string",
          [g.choice(("Eiffage Route", "Colas France", "Enedis", "GRDF", "Orange", "Vinci Construction Terrassement"))
           for _ in range(n)], False, LEGAL)
    g.add(lay, "nature", ["nature_travaux", "objet"], "string",
          [g.choice(("renouvellement reseau gaz", "enrobes", "fibre optique", "branchement electrique"))
           for _ in range(n)], False, TECH)
    g.add(lay, "order", ["num_arrete", "arrete"], "string", [f"AT-{g.rng.randint(2024, 2025)}-{g.rng.randint(1, 999)}"
                                                             for _ in range(n)], False, CODE)
    g.add(lay, "start", ["date_debut", "debut"], "date", [g.iso(2025, 2025) for _ in range(n)], False, TECH)
    return lay


def canteen_menus(g):
    lay = g.new_layer("scolaire", ["menus_cantine", "MENUS_RESTAU", "menus_{year}"], "table", "")
    n = g.rows(5, 20)
    g.add(lay, "date", ["date", "jour"], "date", [g.iso(2025, 2025) for _ in range(n)], False, TECH)
    g.add(lay, "main", ["plat", "plat_principal"], "string",
          [g.choice(("saucisse de Morteau lentilles", "poisson pane", "hachis parmentier", "omelette", "couscous"))
           for _ in range(n)], False, TECH)
    g.add(lay, "organic", ["part_bio", "bio_pct"], "integer", [g.rng.randint(0, 60) for _ in range(n)], False, TECH)
    g.add(lay, "supplier", ["fournisseur", "producteur"], "string",
          [g.choice(("Fromagerie des Monts SARL", "GAEC du Val", "Cuisine centrale", "Coop Bio Comtoise"))
           for _ in range(n)], False, LEGAL)
    return lay
