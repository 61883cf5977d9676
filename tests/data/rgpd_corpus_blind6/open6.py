"""Kinds of tables holding nothing personal (blind-6): public bodies, legal persons, equipment, statistics."""
from __future__ import annotations

import helpers6 as H
import names6 as N

KINDS = []

FAMOUS = ("Jean Jaurès", "Victor Hugo", "Jules Ferry", "Marie Curie", "Louis Pasteur", "Simone Veil",
          "Jean Moulin", "Colette", "Gustave Eiffel", "Lucie Aubrac", "Pierre de Coubertin", "Albert Camus")


ACADEMIES = {dep: academy for academy, deps in (
    ("dijon", "21 58 71 89"), ("besancon", "25 39 70 90"), ("lyon", "69"), ("grenoble", "38 74"),
    ("clermont", "63"), ("rennes", "35 29"), ("nantes", "44 49 72"), ("orleans-tours", "37 45"),
    ("limoges", "87"), ("poitiers", "86"), ("bordeaux", "33 64"), ("toulouse", "31"), ("montpellier", "34 66"),
    ("strasbourg", "67"), ("nancy-metz", "57 54"), ("reims", "51"), ("amiens", "80"), ("lille", "59"),
    ("normandie", "76 14")) for dep in deps.split()}


DYKES = ("Digue rive gauche", "Digue rive droite", "Levée du bourg", "Digue du port", "Merlon de la zone d'activités")


def kind(level):
    def register(fn):
        KINDS.append((fn, level))
        return fn
    return register


def service_mail(t, box=None):
    domain = t.record["email"].split("@")[1]
    return f"{box or t.rng.choice(('accueil', 'contact', 'secretariat', 'services-techniques'))}@{domain}"


def company_mail(g, company):
    return f"{g.choice(('contact', 'info', 'agence', 'commercial'))}@{H.slug(company).replace('-', '')[:14]}.fr"


def switchboard(t):
    return H.landline(t.rng, t.dep, functional=True)


def famous_place(g, prefix):
    return f"{prefix} {g.choice(FAMOUS)}"


def commune_rows(t):
    pairs = t.communes_of_departement()
    return [p[0] for p in pairs], [p[1] for p in pairs]


# --- départements ---------------------------------------------------------------------------------------
@kind("departement")
def colleges(t):
    g = t.rng
    t.geo("colleges_publics", "schools", "Point", H.points(t, 3000), "public secondary schools")
    uai = t.rows(lambda: f"0{t.dep}{g.randint(1000, 9999)}{g.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}")
    t.col("uai", "string", uai)
    t.col("nom_etablissement", "string", t.rows(lambda: famous_place(g, "Collège")))
    t.col("effectif_2024", "integer", t.rows(lambda: g.randint(180, 850)))
    t.col("demi_pension", "string", t.rows(lambda: g.choice(("oui", "non"))))
    t.col("telephone", "string", t.rows(lambda: switchboard(t)))
    t.col("mel", "string", [f"ce.{u.lower()}@ac-{ACADEMIES[t.dep]}.fr" for u in uai])


@kind("departement")
def routes_departementales(t):
    g = t.rng
    t.geo("RD_troncons_trafic", "roads", "LineString", H.segments(t, (300, 2000), 15000), "road sections")
    t.col("ROUTE", "string", t.rows(lambda: f"RD{g.randint(1, 999)}"))
    t.col("PR_DEB", "string", t.rows(lambda: f"{g.randint(0, 40)}+{g.randint(0, 999):03d}"))
    t.col("TMJA", "integer", t.rows(lambda: g.randint(300, 25000)))
    t.col("PCT_PL", "number", t.rows(lambda: round(g.uniform(2, 18), 1)))
    t.col("CATEGORIE", "string", t.rows(lambda: g.choice(("R1", "R2", "R3", "R4"))))
    t.col("GESTIONNAI", "string", t.rows(lambda: f"Agence routière {H.of(t.local())}"))


@kind("sdis")
def sdis_centres(t):
    g = t.rng
    t.geo("sdis_centres_secours", "fire and rescue", "Point", H.points(t, 8000), "fire stations")
    t.col("centre", "string", t.rows(lambda: f"CIS {t.local()}"))
    t.col("categorie", "string", t.rows(lambda: g.choice(("CSP", "CS", "CPI"))))
    t.col("nb_sapeurs_pro", "integer", t.rows(lambda: g.randint(0, 80)))
    t.col("nb_volontaires", "integer", t.rows(lambda: g.randint(12, 90)))
    t.col("interventions_2024", "integer", t.rows(lambda: g.randint(120, 9000)))
    t.col("vehicules", "string", t.rows(lambda: g.choice(("VSAV, FPT", "VSAV, CCF, VTU", "FPTL, VSAV, EPA"))))


@kind("sdis")
def sdis_stats_communes(t):
    g = t.rng
    t.geo("sdis_interventions_par_commune", "fire and rescue", "", None, "interventions counted per commune")
    codes, names = commune_rows(t)
    t.col("code_insee", "string", codes)
    t.col("commune", "string", names)
    t.col("nb_sap", "integer", t.rows(lambda: g.randint(20, 4000)))
    t.col("nb_incendies", "integer", t.rows(lambda: g.randint(2, 400)))
    t.col("nb_accidents_route", "integer", t.rows(lambda: g.randint(0, 300)))
    t.col("delai_moyen_min", "number", t.rows(lambda: round(g.uniform(7, 22), 1)))


@kind("departement")
def rsa_par_commune(t):
    g = t.rng
    t.geo("rsa_foyers_par_commune", "social aid", "", None, "RSA households counted per commune")
    codes, names = commune_rows(t)
    t.col("codeCommune", "string", codes)
    t.col("libelleCommune", "string", names)
    t.col("nbFoyersRsa", "integer", t.rows(lambda: g.randint(11, 5000)))
    t.col("partPopulation", "number", t.rows(lambda: round(g.uniform(1, 12), 2)))
    t.col("montantTotal", "number", t.rows(lambda: float(g.randint(50000, 9000000))))


@kind("departement")
def ase_etablissements(t):
    g = t.rng
    t.geo("ase_lieux_accueil", "child welfare", "Point", H.points(t, 6000), "child-welfare homes")
    t.col("etablissement", "string", t.rows(lambda: g.choice(("MECS Saint-Joseph", "Foyer départemental de l'enfance",
                                                             "Lieu de vie Les Sources", "MECS La Maison"))))
    t.col("gestionnaire", "string", t.rows(lambda: g.choice(("Association Acodège", "Département", "Fondation OVE",
                                                           "ADSEA"))))
    t.col("capacite", "integer", t.rows(lambda: g.randint(6, 60)))
    t.col("public", "string", t.rows(lambda: g.choice(("0-6 ans", "6-18 ans", "mères isolées", "MNA"))))
    t.col("tel_standard", "string", t.rows(lambda: switchboard(t)))


@kind("departement")
def pmi_centres(t):
    g = t.rng
    t.geo("centres_pmi", "health", "Point", H.points(t, 5000), "maternal and child health centres")
    t.col("centre", "string", t.rows(lambda: f"Centre PMI {t.local()}"))
    t.col("adresse", "string", t.rows(lambda: f"{g.randint(1, 40)} {g.choice(N.FAMOUS_STREETS)}"))
    t.col("telephone_accueil", "string", t.rows(lambda: switchboard(t)))
    t.col("courriel", "string", t.rows(lambda: service_mail(t, "pmi")))
    t.col("permanences", "string", t.rows(lambda: g.choice(("lun. et jeu. 9h-12h", "mar. 14h-17h", "sur RDV"))))


@kind("departement")
def apa_par_canton(t):
    g = t.rng
    t.geo("apa_statistiques_cantons", "social aid", "Polygon", H.boxes(t, (8000, 20000), 20000), "cantons")
    t.col("canton", "string", t.rows(lambda: f"Canton {H.of(t.local())}"))
    t.col("beneficiaires_apa_dom", "integer", t.rows(lambda: g.randint(40, 1500)))
    t.col("beneficiaires_apa_etab", "integer", t.rows(lambda: g.randint(30, 900)))
    t.col("gir_moyen", "number", t.rows(lambda: round(g.uniform(2.5, 4.2), 2)))


# --- régions --------------------------------------------------------------------------------------------
@kind("region")
def lycees(t):
    g = t.rng
    t.geo("lycees_region", "schools", "Point", H.points(t, 8000), "public upper-secondary schools")
    t.col("UAI", "string", t.rows(lambda: f"0{t.dep}{g.randint(1000, 9999)}{g.choice('ABCDEFGHJKL')}"))
    t.col("APPELLATIO", "string", t.rows(lambda: famous_place(g, g.choice(("Lycée", "Lycée professionnel")))))
    t.col("NB_ELEVES", "integer", t.rows(lambda: g.randint(300, 2200)))
    t.col("INTERNAT", "integer", t.rows(lambda: g.randint(0, 250)))
    t.col("SURF_BATI", "integer", t.rows(lambda: g.randint(4000, 40000)))


@kind("region")
def gares_ter(t):
    g = t.rng
    t.geo("gares_ter_frequentation", "mobility", "Point", H.points(t, 20000), "regional train stations")
    t.col("code_uic", "string", t.rows(lambda: f"87{g.randint(100000, 799999)}"))
    t.col("nom_gare", "string", t.rows(lambda: t.local() + g.choice(("", " Ville", "-Porte-Neuve"))))
    t.col("voyageurs_2023", "integer", t.rows(lambda: g.randint(2000, 4000000)))
    t.col("guichet", "string", t.rows(lambda: g.choice(("oui", "non"))))


@kind("region")
def lignes_ter(t):
    g = t.rng
    t.geo("lignes_ter", "mobility", "LineString", H.segments(t, (5000, 30000), 30000), "train lines")
    t.col("ligne", "string", t.rows(lambda: f"{t.local()} - {t.local()}"))
    t.col("trains_jour", "integer", t.rows(lambda: g.randint(4, 60)))
    t.col("exploitant", "string", t.rows(lambda: g.choice(("SNCF Voyageurs", "Transdev Rail", "Arverne"))))


@kind("region")
def offre_formation(t):
    g = t.rng
    t.geo("offre_formation_continue", "training", "", None, "training offer")
    t.col("organisme", "string", t.rows(lambda: g.choice(("AFPA", "GRETA 21", "CFA BTP", "IFSI CHU", "CCI Formation"))))
    t.col("intitule", "string", t.rows(lambda: g.choice(("CAP cuisine", "Titre pro soudeur", "Aide-soignant"))))
    t.col("code_rncp", "string", t.rows(lambda: f"RNCP{g.randint(30000, 39999)}"))
    t.col("places", "integer", t.rows(lambda: g.randint(8, 24)))
    t.col("contact", "string", t.rows(lambda: f"formation@{g.choice(('afpa.fr', 'greta-bourgogne.fr', 'cci.fr'))}"))


@kind("region")
def aides_entreprises(t):
    g = t.rng
    t.geo("aides_economiques_attribuees", "business aid", "", None, "aid granted to companies")
    t.col("beneficiaire", "string", t.rows(lambda: g.choice(N.COMPANIES)))
    t.col("siret", "string", t.rows(lambda: H.siret(g)))
    t.col("dispositif", "string", t.rows(lambda: g.choice(("Prêt croissance", "Aide à l'investissement", "Export",
                                                         "Innovation"))))
    t.col("montant_eur", "number", t.rows(lambda: float(g.randint(5, 500) * 1000)))
    t.col("date_deliberation", "date", t.rows(lambda: H.iso(g, 2022, 2025)))


# --- EPCI ----------------------------------------------------------------------------------------------
@kind("epci")
def points_apport(t):
    g = t.rng
    t.geo("pav_verre_papier", "waste", "Point", H.points(t, 2500), "drop-off containers")
    t.col("id_pav", "string", t.seq("PAV{:04d}"))
    t.col("flux", "string", t.rows(lambda: g.choice(("verre", "papier", "textile", "emballages"))))
    t.col("volume_m3", "number", t.rows(lambda: g.choice((3.0, 4.0, 5.0))))
    t.col("localisation", "string", t.rows(lambda: g.choice(("parking", "place", "salle des fêtes", "stade"))
                                          + " " + g.choice(N.FAMOUS_STREETS)))
    t.col("taux_remplissage", "integer", t.rows(lambda: g.randint(0, 100)))


@kind("epci")
def tournees_collecte(t):
    g = t.rng
    t.geo("circuits_collecte_om", "waste", "LineString", H.segments(t), "collection rounds")
    t.col("circuit", "string", t.seq("C{:02d}", 1))
    t.col("jour", "string", t.rows(lambda: g.choice(("lundi", "mardi", "mercredi", "jeudi", "vendredi"))))
    t.col("prestataire", "string", t.rows(lambda: g.choice(("SUEZ RV Centre Est", "Régie", "Veolia Propreté"))))
    t.col("tonnage_2024", "number", t.rows(lambda: round(g.uniform(80, 900), 1)))


@kind("epci")
def canalisations_eau(t):
    g = t.rng
    t.geo("aep_canalisations", "water", "LineString", H.segments(t), "water mains")
    t.col("materiau", "string", t.rows(lambda: g.choice(("fonte grise", "fonte ductile", "PVC", "PEHD", "acier"))))
    t.col("diametre", "integer", t.rows(lambda: g.choice((60, 80, 100, 150, 200, 300))))
    t.col("annee_pose", "integer", t.maybe(t.rows(lambda: g.randint(1930, 2023))))
    t.col("nb_casses_10ans", "integer", t.rows(lambda: g.randint(0, 7)))


@kind("epci")
def zonage_assainissement(t):
    g = t.rng
    t.geo("zonage_assainissement", "water", "Polygon", H.boxes(t, (200, 1500)), "sanitation zones")
    t.col("zone", "string", t.rows(lambda: g.choice(("collectif existant", "collectif futur", "non collectif"))))
    t.col("date_approbation", "date", t.rows(lambda: H.iso(g, 2005, 2022)))
    t.col("commune", "string", [t.name] * t.n)


@kind("epci")
def zones_activite(t):
    g = t.rng
    t.geo("zae_perimetres", "economic zones", "Polygon", H.boxes(t, (300, 1500), 4000), "business parks")
    t.col("nom_zae", "string", t.rows(lambda: f"ZA {g.choice(('des Grands Crus', 'de la Gare', 'Nord', 'Est'))}"))
    t.col("surface_ha", "number", t.rows(lambda: round(g.uniform(5, 120), 1)))
    t.col("surface_dispo_ha", "number", t.rows(lambda: round(g.uniform(0, 15), 1)))
    t.col("prix_m2_ht", "number", t.rows(lambda: float(g.randint(12, 65))))
    t.col("contact_commercialisation", "string", t.rows(lambda: service_mail(t, "eco")))


@kind("epci")
def zae_occupants(t):
    g = t.rng
    t.geo("zae_lots_occupes", "economic zones", "Polygon", H.boxes(t, (40, 150)), "business-park lots")
    companies = t.rows(lambda: g.choice(N.COMPANIES))
    t.col("entreprise", "string", companies)
    t.col("siret", "string", t.rows(lambda: H.siret(g)))
    t.col("code_naf", "string", t.rows(lambda: g.choice(("4120A", "4321A", "1071C", "4941A", "3821Z"))))
    t.col("effectif_tranche", "string", t.rows(lambda: g.choice(("10-19", "20-49", "50-99", "100-199"))))
    t.col("contact", "string", [company_mail(g, c) for c in companies])


@kind("epci")
def observatoire_habitat_iris(t):
    g = t.rng
    t.geo("observatoire_habitat_iris", "housing", "Polygon", H.boxes(t, (400, 1200), 3000), "IRIS")
    t.col("code_iris", "string", t.rows(lambda: f"{t.insee}{g.randint(101, 999):04d}"))
    t.col("nb_logements", "integer", t.rows(lambda: g.randint(600, 3500)))
    t.col("taux_vacance", "number", t.rows(lambda: round(g.uniform(3, 15), 1)))
    t.col("loyer_median_m2", "number", t.rows(lambda: round(g.uniform(7, 14), 2)))
    t.col("part_hlm", "number", t.rows(lambda: round(g.uniform(0, 60), 1)))


@kind("epci")
def ouvrages_gemapi(t):
    g = t.rng
    t.geo("gemapi_digues", "GEMAPI", "LineString", H.segments(t, (100, 900)), "dykes")
    t.col("nom_ouvrage", "string", t.rows(lambda: g.choice(DYKES)))
    t.col("classe", "string", t.rows(lambda: g.choice(("A", "B", "C"))))
    t.col("hauteur_m", "number", t.rows(lambda: round(g.uniform(1, 6), 1)))
    t.col("date_vtp", "date", t.rows(lambda: H.iso(g, 2015, 2024)))
    t.col("gestionnaire", "string", [t.record["organisation"]] * t.n)


@kind("syndicat_eau")
def stations_epuration(t):
    g = t.rng
    t.geo("step", "water", "Point", H.points(t, 6000), "treatment plants")
    t.col("nom_step", "string", t.rows(lambda: f"STEP {H.of(t.local())}"))
    t.col("capacite_eh", "integer", t.rows(lambda: g.choice((200, 800, 2500, 12000, 400000))))
    t.col("exploitant", "string", t.rows(lambda: g.choice(("Veolia Eau", "SAUR", "Régie"))))
    t.col("conformite_2023", "string", t.rows(lambda: g.choice(("conforme", "non conforme"))))


# --- communes ------------------------------------------------------------------------------------------
@kind("commune")
def parcelles(t):
    g = t.rng
    t.geo("PARCELLE", "cadastre", "Polygon", H.boxes(t), "cadastral parcels without owners")
    t.col("IDU", "string", t.rows(lambda: H.parcel_id(g, t.insee)))
    t.col("SECTION", "string", t.rows(lambda: g.choice(("AB", "AC", "ZA", "B"))))
    t.col("NUMERO", "string", t.rows(lambda: f"{g.randint(1, 1500):04d}"))
    t.col("CONTENANCE", "integer", t.rows(lambda: g.randint(120, 9000)))
    t.col("CODE_COMM", "string", [t.insee[2:]] * t.n)


@kind("commune")
def proprietes_publiques(t):
    g = t.rng
    t.geo("foncier_personnes_morales", "cadastre", "Polygon", H.boxes(t, (20, 200)), "parcels of legal persons")
    t.col("idpar", "string", t.rows(lambda: H.parcel_id(g, t.insee)))
    t.col("proprietaire", "string", t.rows(lambda: g.choice((f"COMMUNE DE {H.plain(t.name).upper()}", "SNCF RESEAU",
                                                           "DEPARTEMENT", "SCI LES COTEAUX", "SA HLM HABELLIS",
                                                           "ETAT MINISTERE DEFENSE", "SAFER"))))
    t.col("groupe_personne", "string", t.rows(lambda: g.choice(("commune", "état", "SCI", "office HLM"))))
    t.col("contenance_m2", "integer", t.rows(lambda: g.randint(100, 50000)))


@kind("commune")
def batiments_publics(t):
    g = t.rng
    t.geo("batiments_communaux", "equipment", "Point", H.points(t), "municipal buildings")
    t.col("nom", "string", t.rows(lambda: g.choice(("Hôtel de ville", "Centre technique municipal", "Maison des "
                                                  "associations", famous_place(g, "Salle"), "Police municipale"))))
    t.col("adresse", "string", t.rows(lambda: f"{g.randint(1, 50)} {g.choice(N.FAMOUS_STREETS)}"))
    t.col("tel_accueil", "string", t.rows(lambda: switchboard(t)))
    t.col("courriel_service", "string", t.rows(lambda: service_mail(t)))
    t.col("erp_categorie", "integer", t.rows(lambda: g.randint(1, 5)))


@kind("commune")
def ecoles(t):
    g = t.rng
    t.geo("ecoles_publiques", "schools", "Point", H.points(t), "schools")
    t.col("ecole", "string", t.rows(lambda: famous_place(g, g.choice(("École élémentaire", "École maternelle")))))
    t.col("nb_classes", "integer", t.rows(lambda: g.randint(3, 14)))
    t.col("effectif_rentree", "integer", t.rows(lambda: g.randint(60, 340)))
    t.col("restauration", "string", t.rows(lambda: g.choice(("sur place", "liaison froide", "non"))))
    t.col("tel_ecole", "string", t.rows(lambda: switchboard(t)))


@kind("commune")
def cimetieres(t):
    g = t.rng
    t.geo("cimetieres", "cemeteries", "Polygon", H.boxes(t, (80, 250)), "cemeteries as sites")
    t.col("nom", "string", t.rows(lambda: g.choice(("Cimetière des Péjoces", "Cimetière ancien", "Cimetière paysager",
                                                  "Cimetière de la Nation"))))
    t.col("surface_m2", "integer", t.rows(lambda: g.randint(2000, 40000)))
    t.col("emplacements_libres", "integer", t.rows(lambda: g.randint(0, 500)))
    t.col("jardin_souvenir", "string", t.rows(lambda: g.choice(("oui", "non"))))
    t.col("horaires", "string", t.rows(lambda: g.choice(("8h-18h", "8h-19h (été)", "7h30-17h30"))))


@kind("commune")
def bureaux_vote(t):
    g = t.rng
    t.geo("bureaux_de_vote", "elections", "Point", H.points(t), "polling stations")
    t.col("num_bureau", "integer", list(range(1, t.n + 1)))
    t.col("lieu", "string", t.rows(lambda: famous_place(g, g.choice(("École", "Gymnase", "Salle")))))
    t.col("inscrits", "integer", t.rows(lambda: g.randint(600, 1400)))
    t.col("votants", "integer", t.rows(lambda: g.randint(250, 600)))
    t.col("blancs", "integer", t.rows(lambda: g.randint(3, 40)))


@kind("commune")
def plu_zonage(t):
    g = t.rng
    t.geo("PLU_ZONE_URBA", "urbanism", "Polygon", H.boxes(t, (100, 900)), "zoning")
    t.col("LIBELLE", "string", t.rows(lambda: g.choice(("UA", "UB", "UC", "1AU", "2AU", "A", "N", "Nj"))))
    t.col("TYPEZONE", "string", t.rows(lambda: g.choice(("U", "AUc", "AUs", "A", "N"))))
    t.col("IDURBA", "string", [f"{t.insee}_PLU_20190412"] * t.n)
    t.col("URLFIC", "string", t.rows(lambda: f"https://www.{t.record['email'].split('@')[1]}/plu/reglement.pdf"))
    t.col("DATAPPRO", "string", t.rows(lambda: "20190412"))


@kind("commune")
def permis_personnes_morales(t):
    g = t.rng
    t.geo("permis_construire_pm", "urbanism", "Point", H.points(t), "permits of legal persons")
    t.col("num_pc", "string", t.rows(lambda: f"PC0{t.insee}24{g.choice('BCDE')}{g.randint(1, 300):04d}"))
    t.col("petitionnaire", "string", t.rows(lambda: g.choice(N.COMPANIES)))
    t.col("siret_petitionnaire", "string", t.rows(lambda: H.siret(g)))
    t.col("destination", "string", t.rows(lambda: g.choice(("logements collectifs", "entrepôt", "commerce",
                                                          "bureaux"))))
    t.col("shon_creee", "integer", t.rows(lambda: g.randint(200, 9000)))


@kind("commune")
def subventions_associations(t):
    g = t.rng
    t.geo("subventions_associations_2025", "associations", "", None, "grants to associations")
    t.col("nomBeneficiaire", "string", t.rows(lambda: f"{g.choice(N.ASSOCIATIONS)} {H.of(t.name)}"))
    t.col("idRNA", "string", t.rows(lambda: f"W{t.dep}{g.randint(1000000, 9999999)}"))
    t.col("objet", "string", t.rows(lambda: g.choice(("fonctionnement", "manifestation", "projet jeunesse"))))
    t.col("montant", "number", t.rows(lambda: float(g.randint(2, 300) * 50)))
    t.col("nature", "string", t.rows(lambda: g.choice(("aide en numéraire", "aide en nature"))))
    t.col("dateConvention", "date", t.rows(lambda: H.iso(g, 2025, 2025)))


@kind("commune")
def equipements_sportifs(t):
    g = t.rng
    t.geo("equipements_sportifs", "sports", "Point", H.points(t), "sports facilities")
    t.col("nom_equipement", "string", t.rows(lambda: famous_place(g, g.choice(("Gymnase", "Stade", "Piscine")))))
    t.col("type", "string", t.rows(lambda: g.choice(("salle multisports", "terrain de football", "bassin sportif"))))
    t.col("proprietaire", "string", [t.record["organisation"]] * t.n)
    t.col("taux_occupation", "number", t.rows(lambda: round(g.uniform(20, 95), 1)))
    t.col("reservation", "string", t.rows(lambda: service_mail(t, "sports")))


@kind("commune")
def marche_secteurs(t):
    g = t.rng
    t.geo("marche_forain_secteurs", "markets", "Polygon", H.boxes(t, (20, 80), 300), "market sectors")
    t.col("secteur", "string", t.rows(lambda: g.choice(("alimentaire", "manufacturé", "producteurs", "fleurs"))))
    t.col("jour", "string", t.rows(lambda: g.choice(("mardi", "vendredi", "samedi"))))
    t.col("nb_emplacements", "integer", t.rows(lambda: g.randint(5, 60)))
    t.col("tarif_ml", "number", t.rows(lambda: g.choice((1.2, 1.5, 2.0))))
    t.col("tel_regie_marches", "string", t.rows(lambda: switchboard(t)))


@kind("commune")
def police_stats_quartiers(t):
    g = t.rng
    t.geo("pm_interventions_par_quartier", "municipal police", "Polygon", H.boxes(t, (500, 1500), 3000),
          "districts")
    t.col("quartier", "string", t.rows(lambda: g.choice(("Centre", "Gare", "Grésilles", "Fontaine d'Ouche", "Nord"))))
    t.col("nb_interventions", "integer", t.rows(lambda: g.randint(20, 900)))
    t.col("nb_pv_stationnement", "integer", t.rows(lambda: g.randint(50, 4000)))
    t.col("nb_fourriere", "integer", t.rows(lambda: g.randint(0, 150)))


@kind("commune")
def cameras(t):
    g = t.rng
    t.geo("videoprotection_cameras", "video-protection", "Point", H.points(t), "cameras on public space")
    t.col("id_camera", "string", t.seq("CAM-{:03d}", 1))
    t.col("type", "string", t.rows(lambda: g.choice(("dôme", "fixe", "LAPI"))))
    t.col("date_arrete_prefectoral", "date", t.rows(lambda: H.iso(g, 2012, 2024)))
    t.col("lieu", "string", t.rows(lambda: g.choice(N.FAMOUS_STREETS)))


@kind("commune")
def carte_bruit(t):
    g = t.rng
    t.geo("cbs_lden_routes", "noise", "Polygon", H.boxes(t, (50, 300)), "strategic noise map")
    t.col("ZONE_LDEN", "string", t.rows(lambda: g.choice(("55-60", "60-65", "65-70", "70-75", ">75"))))
    t.col("SOURCE", "string", t.rows(lambda: g.choice(("route", "fer", "aérodrome"))))
    t.col("POP_EXPO", "integer", t.rows(lambda: g.randint(0, 900)))


@kind("commune")
def terrasses(t):
    g = t.rng
    t.geo("terrasses_aot", "street occupation", "Polygon", H.boxes(t, (3, 15), 400), "café terraces")
    t.col("etablissement", "string", t.rows(lambda: g.choice(("Café de la Poste", "Brasserie du Théâtre", "Le Central",
                                                             "Pizzeria Bella Vista", "Bar des Sports"))))
    t.col("exploitant", "string", t.rows(lambda: g.choice(("SARL Le Central", "SAS BDT", "SNC du Théâtre"))))
    t.col("surface_m2", "number", t.rows(lambda: float(g.randint(6, 80))))
    t.col("redevance_annuelle", "number", t.rows(lambda: round(g.uniform(150, 4000), 2)))
    t.col("saison", "string", t.rows(lambda: g.choice(("annuelle", "estivale"))))


@kind("commune")
def chantiers_voirie(t):
    g = t.rng
    t.geo("occupations_chantiers", "street occupation", "Point", H.points(t), "works occupying the street")
    t.col("entreprise", "string", t.rows(lambda: g.choice(N.COMPANIES)))
    t.col("nature", "string", t.rows(lambda: g.choice(("échafaudage", "benne", "tranchée", "nacelle"))))
    t.col("debut", "date", t.rows(lambda: H.iso(g, 2025, 2025)))
    t.col("fin", "date", t.rows(lambda: H.iso(g, 2025, 2026)))
    t.col("arrete", "string", t.seq("AR-2025-{:04d}"))


@kind("commune")
def arbres(t):
    g = t.rng
    t.geo("urban_trees", "environment", "Point", H.points(t), "street trees")
    t.col("tree_id", "string", t.seq("T{:05d}"))
    t.col("species", "string", t.rows(lambda: g.choice(N.TREE_SPECIES)))
    t.col("height_m", "number", t.rows(lambda: float(g.randint(3, 28))))
    t.col("planted", "integer", t.maybe(t.rows(lambda: g.randint(1950, 2024))))
    t.col("health", "string", t.rows(lambda: g.choice(("good", "fair", "poor", "dead"))))
    t.col("street", "string", t.rows(lambda: g.choice(N.FAMOUS_STREETS)))


@kind("commune")
def eclairage(t):
    g = t.rng
    t.geo("EP_POINTS_LUMINEUX", "public lighting", "Point", H.points(t), "street lights")
    t.col("NUM_PL", "string", t.seq("PL{:05d}"))
    t.col("TYPE_LAMPE", "string", t.rows(lambda: g.choice(("LED", "SHP", "iodure métallique"))))
    t.col("PUISSANCE", "integer", t.rows(lambda: g.choice((18, 35, 50, 70, 100, 150))))
    t.col("ARMOIRE", "string", t.rows(lambda: f"ARM-{g.randint(1, 40):02d}"))
    t.col("EXTINCTION", "string", t.rows(lambda: g.choice(("23h-5h", "aucune", "0h-5h"))))


@kind("commune")
def budget(t):
    g = t.rng
    t.geo("budget_primitif_2025", "budget", "", None, "budget lines")
    t.col("chapitre", "string", t.rows(lambda: g.choice(("011", "012", "65", "66", "20", "21", "23"))))
    t.col("article", "string", t.rows(lambda: g.choice(("60612", "6411", "6574", "2313", "6232", "61521"))))
    t.col("libelle", "string", t.rows(lambda: g.choice(("Énergie - électricité", "Personnel titulaire",
                                                      "Subventions aux associations", "Constructions",
                                                      "Fêtes et cérémonies", "Entretien terrains"))))
    t.col("montant_vote", "number", t.rows(lambda: round(g.uniform(1000, 3000000), 2)))
    t.col("section", "string", t.rows(lambda: g.choice(("fonctionnement", "investissement"))))


@kind("commune")
def marches_publics(t):
    g = t.rng
    t.geo("decp_marches_attribues", "procurement", "", None, "awarded public contracts")
    t.col("objet", "string", t.rows(lambda: g.choice(("Réfection de voirie", "Fourniture de repas",
                                                    "Maintenance éclairage public", "Élagage"))))
    companies = t.rows(lambda: g.choice(N.COMPANIES))
    t.col("titulaire", "string", companies)
    t.col("titulaire_siret", "string", t.rows(lambda: H.siret(g)))
    t.col("montant_ht", "number", t.rows(lambda: round(g.uniform(8000, 900000), 2)))
    t.col("date_notification", "date", t.rows(lambda: H.iso(g, 2023, 2025)))
    t.col("procedure", "string", t.rows(lambda: g.choice(("MAPA", "appel d'offres ouvert", "accord-cadre"))))


@kind("commune")
def stats_etat_civil(t):
    g = t.rng
    t.geo("etat_civil_statistiques", "civil status", "", None, "civil-status events counted per month")
    t.col("mois", "string", [f"2024-{(i % 12) + 1:02d}" for i in range(t.n)])
    t.col("naissances", "integer", t.rows(lambda: g.randint(10, 300)))
    t.col("mariages", "integer", t.rows(lambda: g.randint(0, 60)))
    t.col("pacs", "integer", t.rows(lambda: g.randint(0, 40)))
    t.col("deces", "integer", t.rows(lambda: g.randint(10, 250)))


@kind("commune")
def ccas_stats(t):
    g = t.rng
    t.geo("ccas_aides_par_type", "social aid", "", None, "municipal social aid counted per type")
    t.col("type_aide", "string", t.rows(lambda: g.choice(("bon alimentaire", "secours énergie", "aide cantine",
                                                        "domiciliation"))))
    t.col("annee", "integer", t.rows(lambda: g.randint(2019, 2024)))
    t.col("nb_dossiers", "integer", t.rows(lambda: g.randint(12, 800)))
    t.col("montant_total", "number", t.rows(lambda: float(g.randint(2000, 200000))))


@kind("commune")
def districts_recensement(t):
    g = t.rng
    t.geo("districts_recensement", "census", "Polygon", H.boxes(t, (200, 800)), "census districts")
    t.col("district", "string", t.seq("D{:02d}", 1))
    t.col("logements_estimes", "integer", t.rows(lambda: g.randint(150, 300)))
    t.col("annee_collecte", "integer", t.rows(lambda: g.choice((2025, 2026))))


@kind("commune")
def flotte(t):
    g = t.rng
    t.geo("parc_vehicules_municipaux", "fleet", "", None, "the authority's vehicles")
    t.col("immatriculation", "string", t.rows(lambda: H.plate(g)))
    t.col("vehicule", "string", t.rows(lambda: g.choice(("Renault Kangoo ZE", "Iveco Daily benne", "Peugeot e-208"))))
    t.col("service", "string", t.rows(lambda: g.choice(("espaces verts", "voirie", "police municipale", "bâtiments"))))
    t.col("km_2024", "integer", t.rows(lambda: g.randint(1500, 30000)))


@kind("commune")
def dia_stats(t):
    g = t.rng
    t.geo("dia_statistiques_sections", "urbanism", "", None, "DIA counted per cadastral section")
    t.col("section", "string", t.rows(lambda: g.choice(("AB", "AC", "AD", "BK", "ZA"))))
    t.col("nb_dia", "integer", t.rows(lambda: g.randint(3, 90)))
    t.col("prix_median", "number", t.rows(lambda: float(g.randint(90, 400) * 1000)))
    t.col("nb_preemptions", "integer", t.rows(lambda: g.randint(0, 3)))


@kind("commune")
def hydrants(t):
    g = t.rng
    t.geo("PEI_hydrants", "fire and rescue", "Point", H.points(t), "fire hydrants")
    t.col("num_pei", "string", t.seq(t.insee + "_{:04d}", 1))
    t.col("type_pei", "string", t.rows(lambda: g.choice(("PI 100", "BI 100", "réserve 120 m3"))))
    t.col("debit_m3h", "integer", t.rows(lambda: g.randint(30, 140)))
    t.col("disponible", "string", t.rows(lambda: g.choice(("oui", "oui", "non"))))


# --- open-data schemas ---------------------------------------------------------------------------------
@kind("epci")
def irve(t):
    g = t.rng
    t.geo("irve_schema_2_3", "mobility", "Point", H.points(t, 3000), "charging stations")
    operators = t.rows(lambda: g.choice(("Izivia", "TotalEnergies", "Freshmile", "SDE mobilité")))
    t.col("nom_operateur", "string", operators)
    t.col("contact_operateur", "string", [f"support@{H.slug(o).replace('-', '')}.com" for o in operators])
    t.col("telephone_operateur", "string", t.rows(lambda: f"09 {g.randint(69, 80)} {g.randint(10, 99)} 00 00"))
    t.col("id_pdc_itinerance", "string", t.rows(lambda: f"FRS{t.dep}E{g.randint(10000, 99999)}1"))
    t.col("puissance_nominale", "number", t.rows(lambda: g.choice((7.4, 22.0, 50.0, 150.0))))
    t.col("gratuit", "string", t.rows(lambda: g.choice(("false", "true"))))


@kind("commune")
def geodae(t):
    g = t.rng
    t.geo("geodae_defibrillateurs", "health", "Point", H.points(t), "defibrillators")
    t.col("c_nom", "string", t.rows(lambda: g.choice(("DAE mairie", "DAE gymnase", "DAE stade", "DAE pharmacie"))))
    t.col("c_expt_rais", "string", [t.record["organisation"]] * t.n)
    t.col("c_expt_tel", "string", [t.record["phone"]] * t.n)
    t.col("c_expt_email", "string", [t.record["email"]] * t.n)
    t.col("c_acc", "string", t.rows(lambda: g.choice(("Extérieur", "Intérieur"))))
    t.col("c_disp_j", "string", t.rows(lambda: g.choice(("7j/7", "lundi-vendredi", "événements"))))
    t.col("c_etat_fonct", "string", t.rows(lambda: g.choice(("En fonctionnement", "Hors service"))))


@kind("commune")
def bal(t):
    g = t.rng
    t.geo("bal_adresses", "addresses", "Point", H.points(t), "BAL address points")
    voie = [g.choice(N.FAMOUS_STREETS + tuple(H.street(g) for _ in range(5))) for _ in range(t.n)]
    nums = t.rows(lambda: g.randint(1, 90))
    t.col("cle_interop", "string", [f"{t.insee}_{g.randint(1, 9999):04d}_{n:05d}" for n in nums])
    t.col("commune_insee", "string", [t.insee] * t.n)
    t.col("voie_nom", "string", voie)
    t.col("numero", "integer", nums)
    t.col("suffixe", "string", t.rows(lambda: g.choice(("", "", "", "bis", "ter"))))
    t.col("position", "string", t.rows(lambda: g.choice(("entrée", "bâtiment", "délivrance postale"))))
    t.col("date_der_maj", "date", t.rows(lambda: H.iso(g, 2020, 2025)))


@kind("epci")
def filosofi(t):
    g = t.rng
    t.geo("filosofi_carreaux_200m", "statistics", "Polygon", H.boxes(t, (200, 200)), "200 m grid squares")
    t.col("Idcar_200m", "string",
          t.rows(lambda: f"CRS3035RES200mN{g.randint(13000, 14000) * 200}E{g.randint(19500, 20500) * 200}"))
    t.col("Ind", "number", t.rows(lambda: float(g.randint(20, 900))))
    t.col("Men", "number", t.rows(lambda: float(g.randint(11, 400))))
    t.col("Men_pauv", "number", t.rows(lambda: round(g.uniform(0, 80), 1)))
    t.col("Ind_snv", "number", t.rows(lambda: float(g.randint(200000, 20000000))))


@kind("region")
def recensement_iris(t):
    g = t.rng
    t.geo("base_ic_evol_struct_pop_iris", "statistics", "", None, "census figures per IRIS")
    t.col("IRIS", "string", t.rows(lambda: f"{t.insee}{g.randint(101, 999):04d}"))
    t.col("P21_POP", "number", t.rows(lambda: round(g.uniform(800, 4500), 3)))
    t.col("P21_POP65P", "number", t.rows(lambda: round(g.uniform(50, 1200), 3)))
    t.col("C21_MEN", "number", t.rows(lambda: round(g.uniform(300, 2200), 3)))


@kind("departement")
def rpg(t):
    g = t.rng
    t.geo("RPG_PARCELLES_GRAPHIQUES", "agriculture", "Polygon", H.boxes(t, (100, 500), 6000), "anonymised farm plots")
    crops = t.rows(lambda: g.choice(N.CROPS))
    t.col("ID_PARCEL", "string", t.rows(lambda: f"{g.randint(1000000, 9999999)}"))
    t.col("SURF_PARC", "number", t.rows(lambda: round(g.uniform(0.5, 25), 2)))
    t.col("CODE_CULTU", "string", [c[0] for c in crops])
    t.col("CODE_GROUP", "string", t.rows(lambda: f"{g.randint(1, 28)}"))
    t.col("CULTURE_D1", "string", t.maybe([c[1] for c in crops], 0.5))


@kind("tourisme")
def hotels(t):
    g = t.rng
    t.geo("hebergements_classes", "tourism", "Point", H.points(t, 3000), "classified hotels and campsites")
    t.col("nom_commercial", "string", t.rows(lambda: g.choice(("Hôtel de la Gare", "Ibis Centre", "Camping du Lac",
                                                             "Hôtel du Nord", "Le Relais des Vignes"))))
    t.col("classement", "string", t.rows(lambda: f"{g.randint(1, 5)} étoiles"))
    t.col("capacite", "integer", t.rows(lambda: g.randint(10, 300)))
    t.col("telephone", "string", t.rows(lambda: switchboard(t)))
    t.col("site_internet", "string", t.rows(lambda: f"https://www.hotel-{g.randint(1, 99)}-{H.slug(t.name)}.fr"))


@kind("tourisme")
def sentiers(t):
    g = t.rng
    t.geo("sentiers_randonnee", "tourism", "LineString", H.segments(t, (400, 3000), 8000), "walking trails")
    t.col("nom_circuit", "string", t.rows(lambda: g.choice(("Boucle des Vignes", "Sentier des Roches",
                                                          "Circuit du Lavoir", "GR 7"))))
    t.col("difficulte", "string", t.rows(lambda: g.choice(("facile", "moyen", "difficile"))))
    t.col("longueur_km", "number", t.rows(lambda: round(g.uniform(2, 25), 1)))
    t.col("balisage", "string", t.rows(lambda: g.choice(("jaune", "rouge-blanc", "vert"))))


@kind("tourisme")
def frequentation_taxe_sejour(t):
    g = t.rng
    t.geo("taxe_sejour_par_categorie", "tourism", "", None, "tourist tax per category of lodging")
    t.col("categorie", "string", t.rows(lambda: g.choice(("hôtels 3*", "meublés non classés", "campings",
                                                        "chambres d'hôtes"))))
    t.col("nuitees", "integer", t.rows(lambda: g.randint(2000, 300000)))
    t.col("produit_eur", "number", t.rows(lambda: round(g.uniform(2000, 400000), 2)))


@kind("hopital")
def services_hospitaliers(t):
    g = t.rng
    t.geo("services_capacites", "health", "", None, "hospital departments")
    t.col("service", "string", t.rows(lambda: g.choice(("Médecine polyvalente", "Gériatrie", "Urgences", "SSR",
                                                      "Maternité", "Chirurgie ambulatoire"))))
    t.col("nb_lits", "integer", t.rows(lambda: g.randint(8, 60)))
    t.col("taux_occupation", "number", t.rows(lambda: round(g.uniform(60, 105), 1)))
    t.col("secretariat", "string", t.rows(lambda: switchboard(t)))
    t.col("mail_service", "string", t.rows(lambda: service_mail(t, "secretariat.medecine")))


@kind("ehpad")
def ehpad_offre(t):
    g = t.rng
    t.geo("ehpad_offre", "health", "Point", H.points(t, 10000), "nursing homes")
    t.col("finess", "string", t.rows(lambda: f"{t.dep}0{g.randint(100000, 999999)}"))
    t.col("nom", "string", t.rows(lambda: f"EHPAD {g.choice(N.EHPAD_NAMES)}"))
    t.col("places", "integer", t.rows(lambda: g.randint(40, 140)))
    t.col("tarif_hebergement_jour", "number", t.rows(lambda: round(g.uniform(58, 95), 2)))
    t.col("statut", "string", t.rows(lambda: g.choice(("public", "privé non lucratif", "privé commercial"))))


@kind("syndicat_energie")
def postes_electriques(t):
    g = t.rng
    t.geo("postes_hta_bt", "energy", "Point", H.points(t, 4000), "transformer substations")
    t.col("code_poste", "string", t.seq("P{:05d}"))
    t.col("puissance_kva", "integer", t.rows(lambda: g.choice((100, 160, 250, 400, 630))))
    t.col("type", "string", t.rows(lambda: g.choice(("H61", "cabine haute", "PSSA", "PRCS"))))
    t.col("concessionnaire", "string", ["Enedis"] * t.n)


@kind("syndicat_dechets")
def tonnages_dechets(t):
    g = t.rng
    t.geo("tonnages_decheteries", "waste", "", None, "tonnages per recycling centre")
    t.col("decheterie", "string", t.rows(lambda: f"Déchèterie {H.of(t.local())}"))
    t.col("flux", "string", t.rows(lambda: g.choice(("gravats", "déchets verts", "bois", "DEEE", "tout-venant"))))
    t.col("tonnes_2024", "number", t.rows(lambda: round(g.uniform(10, 4000), 1)))
    t.col("evolution_pct", "number", t.rows(lambda: round(g.uniform(-15, 15), 1)))


@kind("commune")
def occupation_equipements(t):
    g = t.rng
    t.geo("reservations_equipements_stats", "bookings", "", None, "bookings counted per facility")
    t.col("equipement", "string", t.rows(lambda: famous_place(g, g.choice(("Salle", "Gymnase")))))
    t.col("nb_reservations", "integer", t.rows(lambda: g.randint(10, 600)))
    t.col("heures_reservees", "number", t.rows(lambda: float(g.randint(40, 2500))))
    t.col("part_associations", "number", t.rows(lambda: round(g.uniform(30, 100), 1)))


@kind("commune")
def stations_mesure_bruit(t):
    g = t.rng
    t.geo("stations_bruit", "noise", "Point", H.points(t), "noise measurement stations")
    t.col("station", "string", t.seq("SB{:02d}", 1))
    t.col("laeq_jour_db", "number", t.rows(lambda: round(g.uniform(50, 75), 1)))
    t.col("laeq_nuit_db", "number", t.rows(lambda: round(g.uniform(40, 65), 1)))
    t.col("mise_en_service", "date", t.rows(lambda: H.iso(g, 2015, 2024)))


@kind("commune")
def arrets_bus(t):
    g = t.rng
    t.geo("stops", "mobility", "Point", H.points(t), "bus stops (GTFS export)")
    t.col("stop_id", "string", t.seq("S{:04d}"))
    t.col("stop_name", "string", t.rows(lambda: g.choice(N.FAMOUS_STREETS + ("Gare", "Mairie", "Hôpital", "Lycée"))))
    t.col("wheelchair_boarding", "integer", t.rows(lambda: g.choice((0, 1, 2))))
    t.col("zone_id", "string", t.rows(lambda: g.choice(("A", "B"))))
