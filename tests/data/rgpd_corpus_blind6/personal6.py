"""Kinds of tables holding personal data (blind-6). Each kind fills a Table; personal columns carry a reason."""
from __future__ import annotations

import helpers6 as H
import names6 as N

KINDS = []

NAME = "name of a private person"
ATTR = "attribute of a row describing an identified private person"
HOME = "home address of a private person"
PHONE = "personal phone number"
MAIL = "personal e-mail address"
BIRTH = "birth date of a person"
FILE = "file or customer number of a person"
NIR = "social-security number (NIR)"
HEALTH = "health data of an identified person"
PLATE = "number plate of a private vehicle"
AT_HOME = "attribute of a feature located at one household's home"


def kind(level):
    def register(fn):
        KINDS.append((fn, level))
        return fn
    return register


def r(t):
    return t.rng


# --- départements ---------------------------------------------------------------------------------------
@kind("departement")
def rsa_allocataires(t):
    g = r(t)
    t.geo("rsa_allocataires_2024", "social aid", "", None, "table of RSA recipients")
    t.col("num_dossier_caf", "string", t.rows(lambda: f"{g.randint(1000000, 9999999)}"), FILE)
    t.col("nom_prenom", "string", t.rows(lambda: H.full_name(g, g.choice(("REG", "UPPER", "CIV")))), NAME)
    t.col("date_naissance", "date", t.rows(lambda: H.iso(g, 1960, 2002)), BIRTH)
    t.col("adresse", "string", t.rows(lambda: H.home_address(g, t, True)), HOME)
    t.col("montant_rsa", "number", t.rows(lambda: round(g.uniform(120, 1200), 2)), ATTR)
    t.col("date_ouverture_droit", "date", t.rows(lambda: H.iso(g, 2015, 2024)), ATTR)
    t.col("cer_signe", "string", t.rows(lambda: g.choice(("oui", "non", "en cours"))), ATTR)
    t.col("code_insee", "string", [t.insee] * t.n, judge=False)


@kind("departement")
def apa_domicile(t):
    g = r(t)
    t.geo("APA_beneficiaires_domicile", "social aid", "Point", H.points(t), "point at the beneficiary's home")
    t.col("NOM_BENEF", "string", t.rows(lambda: H.full_name(g, "MAJIC")), NAME)
    t.col("GIR", "integer", t.rows(lambda: g.randint(1, 4)), HEALTH)
    t.col("PLAN_AIDE", "number", t.rows(lambda: round(g.uniform(200, 1800), 2)), ATTR)
    t.col("TEL", "string", t.maybe(t.rows(lambda: H.landline(g, t.dep))), PHONE)
    t.col("SAAD", "string", t.rows(lambda: g.choice(("ADMR", "Aide à domicile 21", "O2", "CCAS"))), ATTR)


@kind("departement")
def pch_mdph(t):
    g = r(t)
    t.geo("pch_decisions_cdaph", "social aid", "", None, "table of disability compensation decisions")
    t.col("n_dossier_mdph", "string", t.seq("MDPH" + t.dep + "-{:06d}"), FILE)
    t.col("nom", "string", t.rows(lambda: H.plain(g.choice(N.SURNAMES)).upper()), NAME)
    t.col("prenom", "string", t.rows(lambda: H.given(g)), NAME)
    t.col("taux_incapacite", "string", t.rows(lambda: g.choice(("< 50 %", "50-79 %", ">= 80 %"))), HEALTH)
    t.col("element_pch", "string", t.rows(lambda: g.choice(("aide humaine", "aides techniques",
                                                          "aménagement logement", "aide animalière"))), HEALTH)
    t.col("montant_mensuel", "number", t.rows(lambda: round(g.uniform(50, 3500), 2)), ATTR)


@kind("departement")
def ase_mesures(t):
    g = r(t)
    t.geo("ase_mesures_en_cours", "child welfare", "", None, "table of child-welfare measures")
    t.col("id_mineur", "string", t.seq("ASE-{:05d}"), FILE)
    t.col("prenom_enfant", "string", t.rows(lambda: H.given(g)), NAME)
    t.col("date_naiss", "date", t.rows(lambda: H.iso(g, 2007, 2022)), BIRTH)
    t.col("mesure", "string", t.rows(lambda: g.choice(("AEMO", "placement judiciaire", "accueil provisoire",
                                                     "AED", "tiers digne de confiance"))), ATTR)
    t.col("lieu_accueil", "string", t.rows(lambda: g.choice(("famille d'accueil", "MECS", "foyer de l'enfance",
                                                           "tiers"))), ATTR)
    t.col("assistant_familial", "string", t.maybe(t.rows(lambda: H.full_name(g, "CIV")), 0.3), NAME)


@kind("departement")
def pmi_suivis(t):
    g = r(t)
    t.geo("pmi_visites_domicile", "health", "Point", H.points(t), "point at the family's home")
    t.col("nom_mere", "string",
          t.rows(lambda: f"Mme {H.plain(g.choice(N.SURNAMES)).upper()} {H.given(g, 'F')}"), NAME)
    t.col("date_naissance_enfant", "date", t.rows(lambda: H.iso(g, 2023, 2025)), BIRTH)
    t.col("terme_sa", "integer", t.rows(lambda: g.randint(28, 41)), HEALTH)
    t.col("motif_visite", "string", t.rows(lambda: g.choice(("sortie précoce maternité", "prématurité",
                                                           "suivi poids", "soutien parentalité"))), HEALTH)
    t.col("puericultrice", "string", t.rows(lambda: g.choice(("secteur Nord", "secteur Sud", "secteur Centre"))),
          judge=False)


@kind("sdis")
def sdis_interventions_domicile(t):
    g = r(t)
    t.geo("sdis_interventions_sap", "fire and rescue", "Point", H.points(t),
          "point at the address of a rescue to a person at home")
    t.col("num_inter", "string", t.seq("2024-{:06d}", g.randint(1000, 90000)), judge=False)
    t.col("adresse_intervention", "string", t.rows(lambda: H.home_address(g)), HOME)
    t.col("nature", "string", t.rows(lambda: g.choice(("malaise à domicile", "chute personne âgée",
                                                      "tentative de suicide", "détresse respiratoire",
                                                      "relevage de personne"))), HEALTH)
    t.col("age_victime", "integer", t.rows(lambda: g.randint(18, 97)), AT_HOME)
    t.col("sexe_victime", "string", t.rows(lambda: g.choice("MF")), AT_HOME)
    t.col("requerant", "string", t.maybe(t.rows(lambda: H.full_name(g, "NAT")), 0.4), NAME)


@kind("sdis")
def sdis_volontaires(t):
    g = r(t)
    t.geo("spv_effectifs", "fire and rescue", "", None, "table of volunteer firefighters")
    t.col("matricule", "string", t.seq("SPV{:05d}"), FILE)
    t.col("nom_usage", "string", t.rows(lambda: H.plain(g.choice(N.SURNAMES)).upper()), NAME)
    t.col("prenom", "string", t.rows(lambda: H.given(g)), NAME)
    t.col("date_naissance", "string", t.rows(lambda: H.fr_date(g, 1965, 2006)), BIRTH)
    t.col("grade", "string", t.rows(lambda: g.choice(("sapeur", "caporal", "sergent", "adjudant", "lieutenant"))),
          ATTR)
    t.col("aptitude_medicale", "string", t.rows(lambda: g.choice(("apte", "apte avec restriction",
                                                                "inapte temporaire"))), HEALTH)
    t.col("tel_portable", "string", t.rows(lambda: H.mobile(g)), PHONE)


@kind("departement")
def assistants_maternels(t):
    g = r(t)
    t.geo("am_agrees", "child welfare", "Point", H.points(t), "point at the childminder's home")
    t.col("nom", "string", t.rows(lambda: H.full_name(g, g.choice(("REG", "CIV")))), NAME)
    t.col("adresse", "string", t.rows(lambda: H.home_address(g)), HOME)
    t.col("telephone", "string", t.rows(lambda: H.mobile(g)), PHONE)
    t.col("places_agrees", "integer", t.rows(lambda: g.randint(1, 4)), ATTR)
    t.col("date_agrement", "date", t.rows(lambda: H.iso(g, 2008, 2024)), ATTR)
    t.col("places_dispo", "integer", t.rows(lambda: g.randint(0, 2)), ATTR)


@kind("departement")
def agents_routes(t):
    g = r(t)
    t.geo("astreintes_centres_routiers", "roads", "", None, "table of road agents on call")
    t.col("centre", "string", t.rows(lambda: f"CER {H.of(t.name)}"), judge=False)
    t.col("agent", "string", t.rows(lambda: H.full_name(g, "NAT")), NAME)
    t.col("portable_astreinte_perso", "string", t.rows(lambda: H.mobile(g)), PHONE)
    t.col("semaine", "integer", t.rows(lambda: g.randint(1, 52)), ATTR)
    t.col("domicile_commune", "string", t.rows(lambda: t.local()), ATTR)


@kind("departement")
def college_transport(t):
    g = r(t)
    t.geo("transport_eleves_handicapes", "schools", "Point", H.points(t), "point at the pupil's home (pick-up)")
    t.col("eleve", "string", t.rows(lambda: H.full_name(g, "REG")), NAME)
    t.col("college", "string",
          t.rows(lambda: f"Collège {g.choice(('Jean Rostand', 'Albert Camus', 'Les Lentillères'))}"), ATTR)
    t.col("classe", "string", t.rows(lambda: g.choice(("6e", "5e", "4e", "3e", "ULIS"))), ATTR)
    t.col("fauteuil", "string", t.rows(lambda: g.choice(("oui", "non"))), HEALTH)
    t.col("responsable_legal_tel", "string", t.rows(lambda: H.mobile(g)), PHONE)


# --- régions --------------------------------------------------------------------------------------------
@kind("region")
def lycee_aides(t):
    g = r(t)
    t.geo("aide_premier_equipement_lycee", "schools", "", None, "table of grants to pupils")
    t.col("nom_eleve", "string", t.rows(lambda: H.full_name(g, "REG")), NAME)
    t.col("ine", "string", t.rows(lambda: f"{g.randint(10**9, 10**10 - 1)}{g.choice('ABCDEFHJK')}"), FILE)
    t.col("lycee", "string", t.rows(lambda: f"Lycée {g.choice(('Carnot', 'Montchapet', 'Victor Hugo', 'Pasteur'))}"),
          ATTR)
    t.col("montant", "number", t.rows(lambda: g.choice((80.0, 150.0, 250.0, 400.0))), ATTR)
    t.col("echelon_bourse", "integer", t.rows(lambda: g.randint(1, 6)), ATTR)


@kind("region")
def ter_abonnes(t):
    g = r(t)
    t.geo("abonnes_ter_solidaire", "mobility", "", None, "table of regional train subscribers")
    t.col("numCarte", "string", t.rows(lambda: f"{g.randint(10**15, 10**16 - 1)}"), FILE)
    t.col("titulaire", "string", t.rows(lambda: H.full_name(g, "NAT")), NAME)
    t.col("formule", "string", t.rows(lambda: g.choice(("Solidaire demandeur d'emploi", "Jeune -26", "Senior"))),
          ATTR)
    t.col("gareOrigine", "string", t.rows(lambda: t.local()), ATTR)
    t.col("email", "string", t.rows(lambda: H.email(g)), MAIL)


@kind("region")
def formation_stagiaires(t):
    g = r(t)
    t.geo("stagiaires_formation_pro", "training", "", None, "table of trainees")
    t.col("nir", "string", t.rows(lambda: H.nir(g)), NIR)
    t.col("stagiaire", "string", t.rows(lambda: H.full_name(g, "UPPER")), NAME)
    t.col("formation", "string", t.rows(lambda: g.choice(("CAP cuisine", "Titre pro soudeur", "CACES R482",
                                                        "BP JEPS", "Aide-soignant"))), ATTR)
    t.col("statut", "string", t.rows(lambda: g.choice(("DE indemnisé", "DE non indemnisé", "RSA", "salarié"))),
          ATTR)
    t.col("remuneration", "number", t.rows(lambda: round(g.uniform(200, 1400), 2)), ATTR)


@kind("region")
def aides_entreprises_dirigeants(t):
    g = r(t)
    t.geo("aides_eco_dossiers", "business aid", "", None, "table of business-aid files with managers")
    t.col("raison_sociale", "string", t.rows(lambda: g.choice(N.COMPANIES)), judge=False)
    t.col("dirigeant", "string", t.rows(lambda: H.full_name(g, "CIV")), NAME)
    t.col("tel_dirigeant", "string", t.rows(lambda: H.mobile(g)), PHONE)
    t.col("mail_dirigeant", "string", t.rows(lambda: H.email(g)), MAIL)
    t.col("date_naissance_dirigeant", "date", t.rows(lambda: H.iso(g, 1955, 1995)), BIRTH)


# --- EPCI ----------------------------------------------------------------------------------------------
@kind("epci")
def redevance_incitative(t):
    g = r(t)
    t.geo("ri_facturation_2024", "waste", "Point", H.points(t), "point at the household's bin address")
    t.col("num_usager", "string", t.seq("U{:07d}", g.randint(10000, 900000)), FILE)
    t.col("redevable", "string", t.rows(lambda: H.full_name(g)), NAME)
    t.col("nb_levees", "integer", t.rows(lambda: g.randint(0, 40)), AT_HOME)
    t.col("nb_personnes_foyer", "integer", t.rows(lambda: g.randint(1, 6)), AT_HOME)
    t.col("montant_ttc", "number", t.rows(lambda: round(g.uniform(90, 420), 2)), ATTR)
    t.col("impaye", "string", t.rows(lambda: g.choice(("non", "non", "oui"))), ATTR)


@kind("epci")
def eau_abonnes(t):
    g = r(t)
    t.geo("abonnes_eau_potable", "water", "Point", H.points(t), "point at the subscriber's meter")
    t.col("ref_abonne", "string", t.seq("AB-" + t.insee + "-{:05d}"), FILE)
    t.col("nom_abonne", "string", t.rows(lambda: H.full_name(g)), NAME)
    t.col("adresse_desserte", "string", t.rows(lambda: H.home_address(g)), HOME)
    t.col("conso_m3_2024", "integer", t.rows(lambda: g.randint(8, 260)), AT_HOME)
    t.col("num_compteur", "string", t.rows(lambda: f"{g.choice('ABIK')}{g.randint(19, 24)}{g.randint(100000, 999999)}"),
          AT_HOME)
    t.col("mensualise", "string", t.rows(lambda: g.choice(("O", "N"))), ATTR)


@kind("epci")
def spanc_controles(t):
    g = r(t)
    t.geo("spanc_controles_anc", "water", "Point", H.points(t, 3000), "point at a house with on-site sanitation")
    t.col("proprietaire", "string", t.rows(lambda: H.full_name(g, g.choice(("REG", "COUPLE", "INIT")))), NAME)
    t.col("parcelle", "string", t.rows(lambda: H.parcel_id(g, t.insee)), AT_HOME)
    t.col("avis", "string", t.rows(lambda: g.choice(("conforme", "non conforme - travaux sous 4 ans",
                                                   "non conforme - risque sanitaire", "absence d'installation"))),
          AT_HOME)
    t.col("date_controle", "date", t.rows(lambda: H.iso(g, 2016, 2024)), AT_HOME)
    t.col("tel_proprio", "string", t.maybe(t.rows(lambda: H.private_phone(g, t.dep))), PHONE)


@kind("epci")
def demandes_logement(t):
    g = r(t)
    t.geo("demandes_logement_social", "housing", "", None, "table of social-housing applications")
    t.col("num_unique", "string", t.rows(lambda: f"0{t.dep}{g.randint(10**9, 10**10 - 1)}"), FILE)
    t.col("demandeur", "string", t.rows(lambda: H.full_name(g, "REG")), NAME)
    t.col("composition_foyer", "string", t.rows(lambda: g.choice(("personne seule", "couple", "couple + 2 enfants",
                                                                "parent isolé + 1 enfant"))), ATTR)
    t.col("revenu_fiscal_ref", "integer", t.rows(lambda: g.randint(4000, 38000)), ATTR)
    t.col("motif", "string", t.rows(lambda: g.choice(("logement trop petit", "violences familiales", "handicap",
                                                    "expulsion", "divorce"))), ATTR)


@kind("epci")
def opah_aides(t):
    g = r(t)
    t.geo("opah_dossiers_renovation", "housing", "Point", H.points(t), "point at the applicant's house")
    t.col("beneficiaire", "string", t.rows(lambda: H.full_name(g, g.choice(("COUPLE", "REG", "NAT")))), NAME)
    t.col("categorie_revenus", "string", t.rows(lambda: g.choice(("très modestes", "modestes", "intermédiaires"))),
          ATTR)
    t.col("travaux", "string", t.rows(lambda: g.choice(("isolation combles", "PAC air/eau", "adaptation salle de bain",
                                                      "remplacement menuiseries"))), AT_HOME)
    t.col("subvention_anah", "number", t.rows(lambda: round(g.uniform(1500, 25000), 0)), ATTR)
    t.col("prime_epci", "number", t.rows(lambda: g.choice((500.0, 1000.0, 1500.0))), ATTR)


@kind("epci")
def gemapi_riverains(t):
    g = r(t)
    t.geo("conventions_riverains_berges", "GEMAPI", "Polygon", H.boxes(t, (20, 80)), "riverside parcels")
    t.col("riverain", "string", t.rows(lambda: H.full_name(g, g.choice(("MAJIC", "REG")))), NAME)
    t.col("adresse_riverain", "string", t.rows(lambda: H.home_address(g, t, True)), HOME)
    t.col("idu", "string", t.rows(lambda: H.parcel_id(g, t.insee)), judge=False)
    t.col("indemnite", "number", t.rows(lambda: round(g.uniform(50, 900), 2)), ATTR)


@kind("epci")
def composteurs(t):
    g = r(t)
    t.geo("distribution_composteurs", "waste", "Point", H.points(t), "point at the household's home")
    t.col("foyer", "string", t.rows(lambda: H.full_name(g)), NAME)
    t.col("courriel", "string", t.maybe(t.rows(lambda: H.email(g)), 0.3), MAIL)
    t.col("volume_l", "integer", t.rows(lambda: g.choice((300, 400, 600))), AT_HOME)
    t.col("date_remise", "date", t.rows(lambda: H.iso(g, 2021, 2025)), AT_HOME)


@kind("epci")
def decheterie_badges(t):
    g = r(t)
    t.geo("badges_decheterie", "waste", "", None, "table of recycling-centre access cards")
    t.col("N_BADGE", "string", t.seq("{:08d}", g.randint(10**6, 10**7)), FILE)
    t.col("TITULAIRE", "string", t.rows(lambda: H.full_name(g, "UPPER")), NAME)
    t.col("IMMAT", "string", t.rows(lambda: H.plate(g)), PLATE)
    t.col("NB_PASSAGES", "integer", t.rows(lambda: g.randint(0, 30)), ATTR)
    t.col("DOMICILE", "string", t.rows(lambda: H.home_address(g)), HOME)


@kind("epci")
def observatoire_loyers_logements(t):
    g = r(t)
    t.geo("enquete_loyers_logements", "housing", "Point", H.points(t),
          "point at a surveyed rented dwelling (one household)")
    t.col("loyer_hc", "number", t.rows(lambda: float(g.randint(320, 1100))), AT_HOME)
    t.col("surface_m2", "integer", t.rows(lambda: g.randint(18, 110)), AT_HOME)
    t.col("nb_pieces", "integer", t.rows(lambda: g.randint(1, 5)), AT_HOME)
    t.col("locataire_depuis", "integer", t.rows(lambda: g.randint(1995, 2024)), AT_HOME)
    t.col("adresse_logement", "string", t.rows(lambda: H.home_address(g)), HOME)


# --- communes ------------------------------------------------------------------------------------------
@kind("commune")
def majic_proprietaires(t):
    g = r(t)
    t.geo("proprietaires_majic", "cadastre", "Polygon", H.boxes(t), "cadastral parcels of private owners")
    t.col("idpar", "string", t.rows(lambda: H.parcel_id(g, t.insee)), judge=False)
    t.col("dnupro", "string", t.rows(lambda: f"{g.choice('+MD')}{g.randint(0, 99999):05d}"), FILE)
    t.col("ddenom", "string", t.rows(lambda: H.full_name(g, "MAJIC")), NAME)
    t.col("dqualp", "string", t.rows(lambda: g.choice(("M", "MME"))), ATTR)
    t.col("jdatnss", "string", t.rows(lambda: H.fr_date(g, 1930, 1990)), BIRTH)
    t.col("dlign4", "string", t.rows(lambda: H.plain(H.home_address(g)).upper()), HOME)
    t.col("dlign6", "string", t.rows(lambda: f"{t.cp} {H.plain(t.name).upper()}"), ATTR)


@kind("commune")
def dvf_maisons(t):
    g = r(t)
    t.geo("dvf_mutations_maisons", "cadastre", "Polygon", H.boxes(t, (15, 40)), "parcels of sold houses")
    t.col("id_mutation", "string", t.seq("2023-{:06d}"), judge=False)
    t.col("date_mutation", "date", t.rows(lambda: H.iso(g, 2019, 2024)), AT_HOME)
    t.col("valeur_fonciere", "number", t.rows(lambda: float(g.randint(60, 480) * 1000)), AT_HOME)
    t.col("surface_reelle_bati", "integer", t.rows(lambda: g.randint(60, 200)), AT_HOME)
    t.col("adresse", "string", t.rows(lambda: H.home_address(g)), HOME)


@kind("commune")
def etat_civil_naissances(t):
    g = r(t)
    t.geo("ec_naissances_2024", "civil status", "", None, "birth register")
    t.col("numero_acte", "integer", list(range(1, t.n + 1)), judge=False)
    t.col("nom_enfant", "string", t.rows(lambda: H.plain(g.choice(N.SURNAMES)).upper()), NAME)
    t.col("prenoms", "string", t.rows(lambda: f"{H.given(g)}, {H.given(g)}"), NAME)
    t.col("date_naissance", "date", t.rows(lambda: H.iso(g, 2024, 2024)), BIRTH)
    t.col("pere", "string", t.maybe(t.rows(lambda: H.full_name(g, "REG")), 0.15), NAME)
    t.col("mere", "string", t.rows(lambda: H.full_name(g, "REG")), NAME)


@kind("commune")
def mariages(t):
    g = r(t)
    t.geo("registre_mariages", "civil status", "", None, "marriage register")
    t.col("date_celebration", "date", t.rows(lambda: H.iso(g, 2022, 2025)), ATTR)
    t.col("epoux1", "string", t.rows(lambda: H.full_name(g, "REG")), NAME)
    t.col("epoux2", "string", t.rows(lambda: H.full_name(g, "REG")), NAME)
    t.col("domicile_epoux", "string", t.rows(lambda: H.home_address(g, t, True)), HOME)
    t.col("regime", "string", t.rows(lambda: g.choice(("communauté réduite aux acquêts", "séparation de biens",
                                                     "sans contrat"))), ATTR)
    t.col("officier", "string", t.rows(lambda: g.choice(("Maire", "1er adjoint", "Adjointe état civil"))),
          judge=False)


@kind("commune")
def cimetiere_concessions(t):
    g = r(t)
    t.geo("cimetiere_concessions", "cemeteries", "Polygon", H.boxes(t, (2, 4), 150), "grave plots")
    t.col("num_concession", "string", t.seq("C{:04d}"), judge=False)
    t.col("concessionnaire", "string", t.rows(lambda: H.full_name(g, g.choice(("REG", "COUPLE", "CIV")))), NAME)
    t.col("adresse_concessionnaire", "string", t.rows(lambda: H.home_address(g, t, True)), HOME)
    t.col("tel_concessionnaire", "string", t.maybe(t.rows(lambda: H.private_phone(g, t.dep)), 0.4), PHONE)
    t.col("date_achat", "date", t.rows(lambda: H.iso(g, 1975, 2024)), ATTR)
    t.col("duree", "string", t.rows(lambda: g.choice(("15 ans", "30 ans", "50 ans", "perpétuelle"))), ATTR)


@kind("commune")
def inscriptions_scolaires(t):
    g = r(t)
    t.geo("inscriptions_scolaires_2025", "schools", "", None, "school enrolment table")
    t.col("enfant", "string", t.rows(lambda: H.full_name(g, "NAT")), NAME)
    t.col("ddn", "date", t.rows(lambda: H.iso(g, 2014, 2022)), BIRTH)
    t.col("ecole", "string", t.rows(lambda: f"École {g.choice(('Voltaire', 'des Tilleuls', 'Jean Macé'))}"), ATTR)
    t.col("niveau", "string", t.rows(lambda: g.choice(("PS", "MS", "GS", "CP", "CE1", "CE2", "CM1", "CM2"))), ATTR)
    t.col("pai", "string", t.rows(lambda: g.choice(("", "", "", "allergie arachide", "asthme", "diabète"))), HEALTH)
    t.col("responsable1", "string", t.rows(lambda: H.full_name(g, "CIV")), NAME)
    t.col("tel_resp1", "string", t.rows(lambda: H.mobile(g)), PHONE)


@kind("commune")
def ccas_aides(t):
    g = r(t)
    t.geo("ccas_aides_facultatives", "social aid", "", None, "table of municipal social aid")
    t.col("dossier", "string", t.seq("CCAS-24-{:04d}"), FILE)
    t.col("beneficiaire", "string", t.rows(lambda: H.full_name(g)), NAME)
    t.col("aide", "string", t.rows(lambda: g.choice(("bon alimentaire", "secours facture énergie", "aide cantine",
                                                   "colis de Noël", "aide au permis"))), ATTR)
    t.col("montant", "number", t.rows(lambda: float(g.choice((30, 50, 80, 120, 200, 350)))), ATTR)
    t.col("ressources_mensuelles", "number", t.rows(lambda: float(g.randint(300, 1500))), ATTR)


@kind("commune")
def liste_electorale(t):
    g = r(t)
    t.geo("liste_electorale_extraction", "elections", "", None, "extract of the electoral roll")
    t.col("nom_naissance", "string", t.rows(lambda: H.plain(g.choice(N.SURNAMES)).upper()), NAME)
    t.col("nom_usage", "string", t.maybe(t.rows(lambda: H.plain(g.choice(N.SURNAMES)).upper()), 0.6), NAME)
    t.col("prenoms", "string", t.rows(lambda: H.given(g)), NAME)
    t.col("date_naissance", "string", t.rows(lambda: H.fr_date(g, 1930, 2006)), BIRTH)
    t.col("lieu_naissance", "string", t.rows(lambda: t.local()), ATTR)
    t.col("adresse", "string", t.rows(lambda: H.home_address(g)), HOME)
    t.col("bureau", "integer", t.rows(lambda: g.randint(1, 12)), ATTR)


@kind("commune")
def assesseurs(t):
    g = r(t)
    t.geo("assesseurs_scrutin", "elections", "", None, "table of polling-station assessors")
    t.col("bureau", "string", t.rows(lambda: f"Bureau {g.randint(1, 9)}"), judge=False)
    t.col("assesseur", "string", t.rows(lambda: H.full_name(g, "NAT")), NAME)
    t.col("telephone", "string", t.rows(lambda: H.mobile(g)), PHONE)
    t.col("creneau", "string", t.rows(lambda: g.choice(("8h-11h", "11h-14h", "14h-17h", "17h-19h"))), ATTR)


@kind("commune")
def permis_particuliers(t):
    g = r(t)
    t.geo("ads_pc_dp_particuliers", "urbanism", "Point", H.points(t), "point at the applicant's plot")
    t.col("num_dossier", "string", t.rows(lambda: f"PC 0{t.insee} 24 {g.choice('BCDE')}{g.randint(1, 200):04d}"),
          judge=False)
    t.col("petitionnaire", "string", t.rows(lambda: H.full_name(g, g.choice(("COUPLE", "CIV", "REG")))), NAME)
    t.col("adresse_petitionnaire", "string", t.rows(lambda: H.home_address(g, t, True)), HOME)
    t.col("nature_travaux", "string", t.rows(lambda: g.choice(("maison individuelle", "extension", "piscine",
                                                             "abri de jardin", "véranda"))), AT_HOME)
    t.col("surf_plancher", "integer", t.rows(lambda: g.randint(9, 180)), AT_HOME)
    t.col("decision", "string", t.rows(lambda: g.choice(("accordé", "refusé", "en instruction"))), AT_HOME)


@kind("commune")
def dia(t):
    g = r(t)
    t.geo("dia_preemption", "urbanism", "Polygon", H.boxes(t, (15, 50)), "parcels subject to a DIA")
    t.col("vendeur", "string", t.rows(lambda: H.full_name(g, g.choice(("COUPLE", "MAJIC", "REG")))), NAME)
    t.col("acquereur", "string", t.rows(lambda: H.full_name(g, "NAT")), NAME)
    t.col("prix", "number", t.rows(lambda: float(g.randint(40, 600) * 1000)), ATTR)
    t.col("notaire", "string", t.rows(lambda: f"Office notarial {g.choice(('de la Gare', 'Saint-Michel'))}"),
          judge=False)
    t.col("decision_preemption", "string", t.rows(lambda: g.choice(("renonciation", "renonciation", "préemption"))),
          ATTR)


@kind("commune")
def associations_presidents(t):
    g = r(t)
    t.geo("annuaire_associations_interne", "associations", "", None, "internal register of associations")
    t.col("association", "string", t.rows(lambda: f"{g.choice(N.ASSOCIATIONS)} {H.of(t.name)}"), judge=False)
    t.col("president", "string", t.rows(lambda: H.full_name(g, g.choice(("NAT", "CIV", "INIT")))), NAME)
    t.col("tel_president", "string", t.rows(lambda: H.mobile(g)), PHONE)
    t.col("mail_president", "string", t.rows(lambda: H.email(g)), MAIL)
    t.col("adresse_president", "string", t.rows(lambda: H.home_address(g)), HOME)


@kind("commune")
def reservations_salles(t):
    g = r(t)
    t.geo("reservations_salles_particuliers", "bookings", "", None, "table of hall bookings by residents")
    t.col("salle", "string", t.rows(lambda: g.choice(("Salle des fêtes", "Salle polyvalente", "Foyer"))),
          judge=False)
    t.col("reservant", "string", t.rows(lambda: H.full_name(g)), NAME)
    t.col("tel", "string", t.rows(lambda: H.mobile(g)), PHONE)
    t.col("date_location", "date", t.rows(lambda: H.iso(g, 2025, 2025)), ATTR)
    t.col("objet", "string", t.rows(lambda: g.choice(("anniversaire", "mariage", "baptême", "repas de famille"))),
          ATTR)
    t.col("caution_versee", "number", t.rows(lambda: g.choice((300.0, 500.0))), ATTR)


@kind("commune")
def creneaux_tennis(t):
    g = r(t)
    t.geo("resa_courts_tennis", "sports", "", None, "table of court bookings")
    t.col("joueur", "string", t.rows(lambda: H.full_name(g, "INIT")), NAME)
    t.col("email_joueur", "string", t.rows(lambda: H.email(g)), MAIL)
    t.col("court", "integer", t.rows(lambda: g.randint(1, 4)), ATTR)
    t.col("debut", "string", t.rows(lambda: f"2025-0{g.randint(4, 9)}-{g.randint(10, 28)} {g.randint(8, 20)}:00"),
          ATTR)


@kind("commune")
def marche_abonnes(t):
    g = r(t)
    t.geo("marche_hebdo_abonnes", "markets", "Polygon", H.boxes(t, (3, 8), 100), "market pitches")
    t.col("emplacement", "string", t.seq("E{:03d}", 1), judge=False)
    t.col("commercant", "string", t.rows(lambda: H.full_name(g, "REG")), NAME)
    t.col("carte_ambulant", "string", t.rows(lambda: f"{g.randint(10**11, 10**12 - 1)}"), FILE)
    t.col("produits", "string", t.rows(lambda: g.choice(("fruits et légumes", "fromages", "volailles", "textile"))),
          ATTR)
    t.col("tel_portable", "string", t.rows(lambda: H.mobile(g)), PHONE)
    t.col("impayes_droits_place", "number", t.rows(lambda: float(g.choice((0, 0, 0, 45, 120)))), ATTR)


@kind("commune")
def police_interventions(t):
    g = r(t)
    t.geo("pm_main_courante", "municipal police", "Point", H.points(t), "point of a logged intervention")
    t.col("date_faits", "date", t.rows(lambda: H.iso(g, 2024, 2025)), judge=False)
    t.col("mis_en_cause", "string", t.rows(lambda: H.full_name(g, "UPPER")), NAME)
    t.col("date_naissance_mec", "date", t.rows(lambda: H.iso(g, 1970, 2008)), BIRTH)
    t.col("infraction", "string", t.rows(lambda: g.choice(("ivresse publique", "tapage nocturne", "dépôt sauvage",
                                                         "stationnement gênant"))), ATTR)
    t.col("observations", "string", t.rows(lambda: f"Interpellé par {g.choice(('agent', 'brigade'))} "
                                           f"{g.randint(1, 9)}, remis à OPJ"), ATTR)


@kind("commune")
def fourriere(t):
    g = r(t)
    t.geo("fourriere_enlevements", "municipal police", "Point", H.points(t), "point of a vehicle removal")
    t.col("immatriculation", "string", t.rows(lambda: H.plate(g)), PLATE)
    t.col("proprietaire", "string", t.rows(lambda: H.full_name(g)), NAME)
    t.col("marque_modele", "string", t.rows(lambda: g.choice(("Renault Clio", "Peugeot 208", "Citroën C3"))), ATTR)
    t.col("frais_restants", "number", t.rows(lambda: round(g.uniform(0, 400), 2)), ATTR)


@kind("commune")
def video_acces(t):
    g = r(t)
    t.geo("videoprotection_demandes_acces", "video-protection", "", None, "table of requests to view footage")
    t.col("demandeur", "string", t.rows(lambda: H.full_name(g, "CIV")), NAME)
    t.col("adresse_demandeur", "string", t.rows(lambda: H.home_address(g, t, True)), HOME)
    t.col("motif", "string", t.rows(lambda: g.choice(("vol de véhicule", "agression", "accident", "dégradation"))),
          ATTR)
    t.col("camera", "string", t.rows(lambda: f"CAM-{g.randint(1, 60):03d}"), judge=False)


@kind("commune")
def plaintes_bruit(t):
    g = r(t)
    t.geo("signalements_bruit_voisinage", "noise", "Point", H.points(t), "point at the complainant's home")
    t.col("plaignant", "string", t.rows(lambda: H.full_name(g)), NAME)
    t.col("description", "string", t.rows(lambda: g.choice((
        f"Chien du voisin M. {g.choice(N.SURNAMES)} aboie la nuit", "Musique forte le week-end au 2e étage",
        f"Pompe à chaleur de Mme {g.choice(N.SURNAMES)} trop bruyante", "Tondeuse le dimanche"))), ATTR)
    t.col("date_signalement", "date", t.rows(lambda: H.iso(g, 2024, 2025)), AT_HOME)
    t.col("suite", "string", t.rows(lambda: g.choice(("médiation", "rappel à la règle", "classé", "mesure sonore"))),
          AT_HOME)


@kind("commune")
def occupation_domaine_particuliers(t):
    g = r(t)
    t.geo("aot_demenagements", "street occupation", "Point", H.points(t), "point in front of the mover's home")
    t.col("demandeur", "string", t.rows(lambda: H.full_name(g)), NAME)
    t.col("adresse", "string", t.rows(lambda: H.home_address(g)), HOME)
    t.col("immat_vehicule", "string", t.rows(lambda: H.plate(g)), PLATE)
    t.col("date_occupation", "date", t.rows(lambda: H.iso(g, 2025, 2025)), AT_HOME)


@kind("commune")
def agents_recenseurs(t):
    g = r(t)
    t.geo("agents_recenseurs_2026", "census", "", None, "table of census agents")
    t.col("district", "string", t.seq("D{:02d}", 1), judge=False)
    t.col("agent_recenseur", "string", t.rows(lambda: H.full_name(g, "NAT")), NAME)
    t.col("portable", "string", t.rows(lambda: H.mobile(g)), PHONE)
    t.col("iban", "string", t.rows(lambda: H.iban(g)), "bank account of a person")
    t.col("remuneration_brute", "number", t.rows(lambda: round(g.uniform(600, 1500), 2)), ATTR)


@kind("commune")
def chiens_dangereux(t):
    g = r(t)
    t.geo("chiens_categorie", "municipal police", "Point", H.points(t), "point at the dog owner's home")
    t.col("detenteur", "string", t.rows(lambda: H.full_name(g)), NAME)
    t.col("categorie", "integer", t.rows(lambda: g.randint(1, 2)), AT_HOME)
    t.col("identification", "string", t.rows(lambda: f"250269{g.randint(10**8, 10**9 - 1)}"), AT_HOME)
    t.col("permis_detention", "string", t.rows(lambda: g.choice(("délivré", "en attente"))), ATTR)


@kind("commune")
def registre_canicule(t):
    g = r(t)
    t.geo("registre_personnes_vulnerables", "social aid", "Point", H.points(t), "point at the person's home")
    t.col("nom", "string", t.rows(lambda: H.full_name(g, "CIV")), NAME)
    t.col("age", "integer", t.rows(lambda: g.randint(68, 99)), AT_HOME)
    t.col("vit_seul", "string", t.rows(lambda: g.choice(("oui", "non"))), AT_HOME)
    t.col("contact_proche", "string", t.rows(lambda: f"{H.given(g)} (fille) {H.mobile(g)}"), NAME)


@kind("commune")
def jardins_familiaux(t):
    g = r(t)
    t.geo("jardins_familiaux_lots", "allotments", "Polygon", H.boxes(t, (8, 15), 200), "allotment plots")
    t.col("num_lot", "integer", list(range(1, t.n + 1)), judge=False)
    t.col("attributaire", "string", t.rows(lambda: H.full_name(g, g.choice(("REG", "INIT")))), NAME)
    t.col("tel", "string", t.rows(lambda: H.private_phone(g, t.dep)), PHONE)
    t.col("cotisation_payee", "string", t.rows(lambda: g.choice(("oui", "non"))), ATTR)


@kind("commune")
def cantine_facturation(t):
    g = r(t)
    t.geo("periscolaire_factures", "schools", "", None, "table of canteen invoices")
    t.col("famille", "string", t.rows(lambda: f"Famille {H.plain(g.choice(N.SURNAMES)).upper()}"), NAME)
    t.col("quotient_familial", "integer", t.rows(lambda: g.randint(300, 2200)), ATTR)
    t.col("montant_du", "number", t.rows(lambda: round(g.uniform(20, 300), 2)), ATTR)
    t.col("relance", "integer", t.rows(lambda: g.randint(0, 3)), ATTR)


@kind("commune")
def personnel(t):
    g = r(t)
    t.geo("rh_agents", "staff", "", None, "staff table")
    t.col("matricule", "string", t.seq("{:06d}", g.randint(1000, 50000)), FILE)
    t.col("NOM_PRENOM", "string", t.rows(lambda: H.full_name(g, "UPPER")), NAME)
    t.col("GRADE", "string", t.rows(lambda: g.choice(("adjoint technique", "rédacteur", "attaché", "ATSEM"))), ATTR)
    t.col("TRAITEMENT_BRUT", "number", t.rows(lambda: round(g.uniform(1800, 4200), 2)), ATTR)
    t.col("JOURS_ARRET", "integer", t.rows(lambda: g.randint(0, 60)), HEALTH)


@kind("commune")
def elus_contacts(t):
    g = r(t)
    t.geo("conseil_municipal_contacts", "elections", "", None, "councillors' own contacts")
    t.col("elu", "string", t.rows(lambda: H.full_name(g, "CIV")), NAME)
    t.col("delegation", "string", t.rows(lambda: g.choice(("finances", "travaux", "écoles", "sans délégation"))),
          judge=False)
    t.col("portable_perso", "string", t.rows(lambda: H.mobile(g)), PHONE)
    t.col("mail_perso", "string", t.rows(lambda: H.email(g)), MAIL)
    t.col("adresse_domicile", "string", t.rows(lambda: H.home_address(g, t, True)), HOME)


@kind("commune")
def titres_identite(t):
    g = r(t)
    t.geo("rdv_cni_passeports", "civil status", "", None, "identity-document appointments")
    t.col("usager", "string", t.rows(lambda: H.full_name(g, "REG")), NAME)
    t.col("num_predemande", "string", t.rows(lambda: "".join(g.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789")
                                                             for _ in range(10))), FILE)
    t.col("num_titre_ancien", "string", t.maybe(t.rows(lambda: f"{g.randint(10, 99)}{g.choice('ABCDEF')}"
                                                       f"{g.choice('ABCDEF')}{g.randint(10000, 99999)}")), FILE)
    t.col("creneau", "string", t.rows(lambda: f"{g.randint(8, 17)}h{g.choice(('00', '20', '40'))}"), ATTR)


@kind("commune")
def prenoms_domicile(t):
    g = r(t)
    t.geo("ateliers_seniors_inscrits", "social aid", "Point", H.points(t), "point at each participant's home")
    t.col("prenom", "string", t.rows(lambda: H.given(g)), "first name at a home location")
    t.col("atelier", "string", t.rows(lambda: g.choice(("gym douce", "mémoire", "numérique", "prévention chutes"))),
          AT_HOME)


@kind("commune")
def notes_libres(t):
    g = r(t)
    t.geo("voirie_doleances", "roads", "Point", H.points(t), "point of a resident's request")
    t.col("objet", "string", t.rows(lambda: g.choice(("nid de poule", "éclairage", "haie débordante"))), AT_HOME)
    t.col("remarque", "string", t.rows(lambda: g.choice((
        f"Mme {g.choice(N.SURNAMES)} rappelle, tél {H.mobile(g)}",
        f"Signalé par M. {g.choice(N.SURNAMES)} ({H.home_address(g)})",
        f"voir avec {H.given(g)} {g.choice(N.SURNAMES)}, riverain"))), NAME)


@kind("commune")
def numerotage(t):
    g = r(t)
    t.geo("certificats_numerotage", "addresses", "Point", H.points(t), "point at a new house")
    t.col("proprietaire", "string", t.rows(lambda: H.full_name(g, g.choice(("COUPLE", "NAT")))), NAME)
    t.col("numero_attribue", "string", t.rows(lambda: f"{g.randint(1, 60)} {H.street(g)}"), AT_HOME)
    t.col("date_arrete", "date", t.rows(lambda: H.iso(g, 2018, 2025)), AT_HOME)


@kind("commune")
def affouage(t):
    g = r(t)
    t.geo("affouage_lots", "forests", "Polygon", H.boxes(t, (20, 60), 3000), "firewood lots")
    t.col("affouagiste", "string", t.rows(lambda: H.full_name(g, "MAJIC")), NAME)
    t.col("lot", "string", t.seq("P12-L{:02d}", 1), judge=False)
    t.col("stere", "integer", t.rows(lambda: g.randint(5, 25)), ATTR)
    t.col("tel_affouagiste", "string", t.rows(lambda: H.private_phone(g, t.dep)), PHONE)


@kind("commune")
def bibliotheque_lecteurs(t):
    g = r(t)
    t.geo("mediatheque_lecteurs", "culture", "", None, "library readers")
    t.col("carte", "string", t.seq("L{:06d}"), FILE)
    t.col("lecteur", "string", t.rows(lambda: H.full_name(g, "NAT")), NAME)
    t.col("dateNaissance", "date", t.rows(lambda: H.iso(g, 1940, 2018)), BIRTH)
    t.col("pretsEnRetard", "integer", t.rows(lambda: g.randint(0, 6)), ATTR)


@kind("commune")
def habitat_indigne(t):
    g = r(t)
    t.geo("signalements_habitat_indigne", "housing", "Point", H.points(t), "point at a rented dwelling")
    t.col("occupant", "string", t.rows(lambda: H.full_name(g)), NAME)
    t.col("bailleur", "string", t.rows(lambda: H.full_name(g, "COUPLE")), NAME)
    t.col("desordres", "string", t.rows(lambda: g.choice(("humidité, moisissures", "installation électrique dangereuse",
                                                        "absence de chauffage", "saturnisme enfant"))), AT_HOME)
    t.col("enfants_mineurs", "integer", t.rows(lambda: g.randint(0, 4)), AT_HOME)


@kind("commune")
def velos_location(t):
    g = r(t)
    t.geo("location_velos_longue_duree", "mobility", "", None, "long-term bike rentals")
    t.col("contrat", "string", t.seq("VLD-{:05d}"), FILE)
    t.col("locataire", "string", t.rows(lambda: H.full_name(g)), NAME)
    t.col("mail", "string", t.rows(lambda: H.email(g)), MAIL)
    t.col("velo", "string", t.seq("VAE-{:04d}"), ATTR)
    t.col("fin_contrat", "date", t.rows(lambda: H.iso(g, 2025, 2026)), ATTR)


# --- hospitals, tourism, farming ------------------------------------------------------------------------
@kind("ehpad")
def ehpad_residents(t):
    g = r(t)
    t.geo("residents_chambres", "health", "Polygon", H.boxes(t, (4, 6), 40), "rooms of an EHPAD")
    t.col("chambre", "string", t.seq("{:03d}", 101), judge=False)
    t.col("resident", "string", t.rows(lambda: H.full_name(g, "CIV")), NAME)
    t.col("gir", "integer", t.rows(lambda: g.randint(1, 6)), HEALTH)
    t.col("date_entree", "date", t.rows(lambda: H.iso(g, 2016, 2025)), ATTR)
    t.col("regime", "string", t.rows(lambda: g.choice(("normal", "mixé", "diabétique", "sans sel"))), HEALTH)


@kind("hopital")
def hospital_admissions(t):
    g = r(t)
    t.geo("admissions_urgences", "health", "", None, "emergency admissions")
    t.col("IPP", "string", t.rows(lambda: f"{g.randint(10**7, 10**8 - 1)}"), FILE)
    t.col("patient", "string", t.rows(lambda: H.full_name(g, "UPPER")), NAME)
    t.col("NIR", "string", t.rows(lambda: H.nir(g, False)), NIR)
    t.col("diag_cim10", "string", t.rows(lambda: g.choice(("S72.0", "I21.9", "J18.9", "R55", "K35.8"))), HEALTH)
    t.col("commune_residence", "string", t.rows(lambda: t.local()), ATTR)


@kind("tourisme")
def meubles_tourisme(t):
    g = r(t)
    t.geo("meubles_tourisme_declares", "tourism", "Point", H.points(t), "point at a private furnished let")
    t.col("loueur", "string", t.rows(lambda: H.full_name(g, g.choice(("REG", "COUPLE", "NAT")))), NAME)
    t.col("adresse_meuble", "string", t.rows(lambda: H.home_address(g)), HOME)
    t.col("telephone", "string", t.rows(lambda: H.mobile(g)), PHONE)
    t.col("capacite", "integer", t.rows(lambda: g.randint(2, 8)), AT_HOME)
    t.col("taxe_sejour_2024", "number", t.rows(lambda: round(g.uniform(40, 900), 2)), ATTR)


@kind("tourisme")
def chambres_hotes(t):
    g = r(t)
    t.geo("chambres_hotes", "tourism", "Point", H.points(t, 4000), "point at a host's home")
    t.col("hote", "string", t.rows(lambda: H.full_name(g, "NAT")), NAME)
    t.col("email", "string", t.rows(lambda: H.email(g)), MAIL)
    t.col("nb_chambres", "integer", t.rows(lambda: g.randint(1, 5)), AT_HOME)


@kind("departement")
def ilots_exploitants(t):
    g = r(t)
    t.geo("ilots_pac_exploitants", "agriculture", "Polygon", H.boxes(t, (100, 400), 5000), "farm plots")
    t.col("pacage", "string", t.rows(lambda: f"0{t.dep}{g.randint(100000, 999999)}"), FILE)
    t.col("exploitant", "string", t.rows(lambda: H.full_name(g, "UPPER")), NAME)
    t.col("culture", "string", t.rows(lambda: g.choice(N.CROPS)[1]), ATTR)
    t.col("aide_percue", "number", t.rows(lambda: round(g.uniform(500, 30000), 2)), ATTR)


@kind("syndicat_energie")
def branchements_particuliers(t):
    g = r(t)
    t.geo("branchements_elec_particuliers", "energy", "LineString", H.segments(t, (5, 40)),
          "service lines to private houses")
    t.col("demandeur", "string", t.rows(lambda: H.full_name(g)), NAME)
    t.col("adresse", "string", t.rows(lambda: H.home_address(g, t, True)), HOME)
    t.col("puissance_kva", "integer", t.rows(lambda: g.choice((6, 9, 12, 36))), AT_HOME)
    t.col("reste_a_charge", "number", t.rows(lambda: round(g.uniform(200, 3000), 2)), ATTR)


@kind("syndicat_eau")
def branchements_eau(t):
    g = r(t)
    t.geo("aep_branchements", "water", "LineString", H.segments(t, (4, 30)), "water service pipes to houses")
    t.col("abonne", "string", t.rows(lambda: H.full_name(g, g.choice(("REG", "UPPER", "INIT")))), NAME)
    t.col("adresse_branchement", "string", t.rows(lambda: H.home_address(g)), HOME)
    t.col("diametre_mm", "integer", t.rows(lambda: g.choice((20, 25, 32))), AT_HOME)
    t.col("plomb_remplace", "string", t.rows(lambda: g.choice(("oui", "non", "à programmer"))), AT_HOME)


@kind("epci")
def haies_exploitants(t):
    g = r(t)
    t.geo("plantations_haies_contrats", "agriculture", "LineString", H.segments(t, (50, 400), 5000),
          "hedges planted on farms")
    t.col("exploitant", "string", t.rows(lambda: H.full_name(g, g.choice(("MAJIC", "REG")))), NAME)
    t.col("lineaire_m", "integer", t.rows(lambda: g.randint(50, 900)), ATTR)
    t.col("aide_eur", "number", t.rows(lambda: round(g.uniform(300, 6000), 2)), ATTR)
    t.col("tel", "string", t.rows(lambda: H.private_phone(g, t.dep)), PHONE)


@kind("commune")
def servitudes_passage(t):
    g = r(t)
    t.geo("servitudes_passage_privees", "cadastre", "LineString", H.segments(t, (10, 120)), "private rights of way")
    t.col("fonds_servant", "string", t.rows(lambda: H.full_name(g, "MAJIC")), NAME)
    t.col("fonds_dominant", "string", t.rows(lambda: H.full_name(g, "COUPLE")), NAME)
    t.col("acte", "string", t.rows(lambda: f"Acte du {H.fr_date(g, 1960, 2020)}, Me {g.choice(N.SURNAMES)}"), ATTR)


@kind("commune")
def piscines(t):
    g = r(t)
    t.geo("piscines_detectees_foncier", "cadastre", "Polygon", H.boxes(t, (4, 12)), "private swimming pools")
    t.col("parcelle", "string", t.rows(lambda: H.parcel_id(g, t.insee)), AT_HOME)
    t.col("proprietaire", "string", t.rows(lambda: H.full_name(g, "MAJIC")), NAME)
    t.col("surface_bassin", "number", t.rows(lambda: float(g.randint(12, 60))), AT_HOME)
    t.col("declaree", "string", t.rows(lambda: g.choice(("oui", "non"))), AT_HOME)


@kind("commune")
def volunteers_export(t):
    g = r(t)
    t.geo("volunteers_export", "associations", "", None, "export of a volunteering platform")
    people = [H.person(g) for _ in range(t.n)]
    t.col("first_name", "string", [p[2] for p in people], NAME)
    t.col("last_name", "string", [p[1] for p in people], NAME)
    t.col("email", "string", [H.email(g, p[1], p[2]) for p in people], MAIL)
    t.col("phone", "string", t.maybe(t.rows(lambda: H.mobile(g)), 0.3), PHONE)
    t.col("availability", "string", t.rows(lambda: g.choice(("weekends", "evenings", "summer", "any"))), ATTR)
    t.col("signed_up", "date", t.rows(lambda: H.iso(g, 2023, 2025)), ATTR)


@kind("commune")
def telealerte(t):
    g = r(t)
    t.geo("inscrits_telealerte_crues", "risks", "Point", H.points(t), "point at each registered household's home")
    t.col("nom_foyer", "string", t.rows(lambda: H.full_name(g, g.choice(("COUPLE", "REG", "INIT")))), NAME)
    t.col("tel_fixe", "string", t.maybe(t.rows(lambda: H.landline(g, t.dep)), 0.4), PHONE)
    t.col("tel_portable", "string", t.rows(lambda: H.mobile(g)), PHONE)
    t.col("zone_inondable", "string", t.rows(lambda: g.choice(("aléa fort", "aléa moyen", "aléa faible"))), AT_HOME)
    t.col("personne_a_mobilite_reduite", "string", t.rows(lambda: g.choice(("non", "non", "oui"))), HEALTH)
