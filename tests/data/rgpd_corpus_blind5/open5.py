"""Tables of the blind-5 corpus holding nothing personal: every column may be judged, and is not personal."""
from __future__ import annotations

import datetime

import names5 as N
from helpers5 import Col, department_name, slug


def _service_phone(g):
    """A service's switchboard or desk line, written the way the layer writes its phones."""
    dep = {"25": "3 81", "39": "3 84", "70": "3 84", "90": "3 84", "21": "3 80", "89": "3 86", "58": "3 86",
           "71": "3 85", "35": "2 99", "29": "2 98", "74": "4 50", "81": "5 63"}[g.commune[1][:2]]
    end = g.rng.choice(["00", "50", "10", "20", "30", "12", "45", "60", "76", "88"])
    raw = "0" + dep.replace(" ", "") + f"{g.rng.randint(10, 99)}{g.rng.randint(10, 99)}{end}"
    return g.phone_text(raw)


def _of(word, name):
    """'Mairie de Dole', "Mairie d'Arbois": French elision before a vowel."""
    return f"{word} d'{name}" if name[0] in "AEIOUYÉÈ" else f"{word} de {name}"


def _academy(g):
    dep = g.commune[1][:2]
    academy = {"21": "dijon", "58": "dijon", "71": "dijon", "89": "dijon", "35": "rennes", "29": "rennes",
               "74": "grenoble", "81": "toulouse"}.get(dep, "besancon")
    return f"ac-{academy}.fr"


def _domain(g):
    return g.rng.choice(["mairie-{s}.fr", "ville-{s}.fr", "{s}.fr", "cc-{s}.fr"]).format(s=slug(g.commune[0]))


def public_buildings(g):
    names = ["Mairie", "École élémentaire Jules Ferry", "Gymnase Léo Lagrange", "Salle des fêtes",
             "Médiathèque Pierre Bayle", "Centre technique municipal", "Maison de santé", "Groupe scolaire Pasteur",
             "Espace Victor Hugo", "Crèche Les Lutins", "Centre social Marie Curie", "Ateliers municipaux"]
    d = _domain(g)
    cols = [
        Col(["nom_batiment", "libelle", "NOM"], "string", g.pick(names)),
        Col(["adresse", "adresse_site"], "string", [f"{g.rng.randint(1, 40)} {s}" for s in g.pick(N.STREETS)],
            reason="address of a public building"),
        Col(["tel_accueil", "telephone_accueil", "TEL"], "string", [_service_phone(g) for _ in range(g.n)],
            reason="a public building's reception line"),
        Col(["courriel_service", "email_contact"], "string",
            g.pick([f"accueil@{d}", f"technique@{d}", f"mediatheque@{d}", f"ecoles@{d}"]),
            reason="a service's mailbox"),
        Col(["surface_plancher", "shon_m2"], "integer", g.ints(80, 4500)),
        Col(["annee_construction", "annee_const"], "integer", g.ints(1880, 2020)),
        Col(["erp_categorie", "categorie_erp"], "integer", g.ints(1, 5)),
        Col(["gestionnaire"], "string", g.pick(["Commune", "Service bâtiments", "Direction du patrimoine"])),
    ]
    return dict(layer=g.rng.choice(["patrimoine_bati_communal", "BATIMENTS_PUBLICS", "erp_communaux"]),
                geometry_kind="public buildings", geometry_type=g.rng.choice(["Point", "Polygon"]),
                cols=cols, domain="equipment", reason="public equipment")


def defibrillators(g):
    d = _domain(g)
    cols = [
        Col(["c_nom", "nom_site", "nom"], "string", g.pick(["Mairie", "Stade municipal", "Salle polyvalente",
                                                          "Piscine", "Église", "Gymnase", "Pharmacie du Centre"])),
        Col(["c_adr_voie", "adresse"], "string", g.pick(N.STREETS)),
        Col(["c_expt_rais", "exploitant"], "string", [f"Commune de {g.commune[0]}"] * g.n,
            reason="the operator is the commune"),
        Col(["c_expt_tel", "tel_exploitant"], "string", [_service_phone(g) for _ in range(g.n)],
            reason="the operator's switchboard"),
        Col(["c_expt_courriel"], "string", [f"accueil@{d}"] * g.n, reason="the commune's mailbox"),
        Col(["c_acc", "acces"], "string", g.pick(["Extérieur", "Intérieur"])),
        Col(["c_disp_j", "dispo_jours"], "string", g.pick(["{lundi, mardi, mercredi, jeudi, vendredi}", "7j/7"])),
        Col(["c_date_mes", "date_mise_service"], "date", g.days_iso(2012, 2024)),
        Col(["c_etat_fonct", "etat"], "string", g.pick(["En fonctionnement", "Hors service"])),
    ]
    return dict(layer=g.rng.choice(["geodae_defibrillateurs", "DAE_COMMUNE", "defibrillateurs"]),
                geometry_kind="defibrillators", geometry_type="Point", cols=cols, domain="equipment",
                reason="public safety equipment and its operator's contact")


def charging_points(g):
    op = g.rng.choice(["Izivia", "Freshmile", "TotalEnergies Marketing France", "SIEDS"])
    cols = [
        Col(["nom_amenageur"], "string", [department_name("Syndicat d'énergie", g.commune[5])] * g.n,
            reason="a public body"),
        Col(["nom_operateur"], "string", [op] * g.n, reason="a company"),
        Col(["contact_operateur"], "string", [f"support@{slug(op)}.com"] * g.n, reason="a company's support box"),
        Col(["telephone_operateur"], "string", [g.phone_text("0970" + f"{g.rng.randint(100000, 999999)}")] * g.n,
            reason="a company's hotline"),
        Col(["id_station_itinerance"], "string", [f"FRS{g.rng.randint(10, 99)}P{g.rng.randint(1000, 9999)}"
                                                  for _ in range(g.n)]),
        Col(["puissance_nominale"], "number", g.pick([7.4, 22.0, 50.0, 150.0])),
        Col(["nbre_pdc"], "integer", g.ints(1, 6)),
        Col(["date_mise_en_service"], "date", g.days_iso(2016, 2025)),
        Col(["adresse_station"], "string", [f"Parking {s}, {g.commune[0]}" for s in g.pick(N.STREETS)]),
    ]
    return dict(layer=g.rng.choice(["irve_schema_2_3", "IRVE_BORNES", "bornes_recharge"]),
                geometry_kind="charging stations", geometry_type="Point", cols=cols, domain="mobility",
                reason="public charging equipment")


def ban_addresses(g):
    c = g.commune
    cols = [
        Col(["cle_interop"], "string", [f"{c[1]}_{g.rng.randint(100, 9999):04d}_{g.rng.randint(1, 99):05d}"
                                        for _ in range(g.n)]),
        Col(["uid_adresse"], "string", [""] * g.n),
        Col(["voie_nom"], "string", g.pick(N.STREETS + N.PEOPLE_STREETS), reason="street names"),
        Col(["numero"], "integer", g.ints(1, 80)),
        Col(["suffixe"], "string", g.pick(["", "", "", "bis", "ter"])),
        Col(["commune_nom"], "string", [c[0]] * g.n),
        Col(["position"], "string", g.pick(["entrée", "bâtiment", "délivrance postale"])),
        Col(["source"], "string", [f"Commune de {c[0]}"] * g.n),
        Col(["date_der_maj"], "date", g.days_iso(2020, 2025)),
        Col(["certification_commune"], "integer", g.pick([0, 1, 1])),
    ]
    return dict(layer=g.rng.choice(["bal_" + c[1], "adresses_commune", "BAL"]), geometry_kind="address points",
                geometry_type="Point", cols=cols, domain="addresses",
                reason="address points with no occupant")


def streets(g):
    cols = [
        Col(["nom_voie", "libelle_voie", "NOM_VOIE"], "string", g.pick(N.PEOPLE_STREETS + N.STREETS),
            reason="street names, some after famous people"),
        Col(["code_fantoir", "rivoli"], "string", [f"{g.rng.randint(1, 9999):04d}{g.rng.choice('ABCDEFGH')}"
                                                   for _ in range(g.n)]),
        Col(["domanialite"], "string", g.pick(["communale", "départementale", "privée ouverte"])),
        Col(["largeur_m", "largeur"], "number", g.nums(3, 14, 1)),
        Col(["revetement"], "string", g.pick(["enrobé", "bicouche", "pavés", "grave"])),
        Col(["date_refection"], "date", g.days_iso(2000, 2024)),
        Col(["vitesse_max", "vmax"], "integer", g.pick([30, 50, 70])),
    ]
    return dict(layer=g.rng.choice(["voirie_communale", "TRONCONS_ROUTE", "referentiel_voies"]),
                geometry_kind="road sections", geometry_type="LineString", cols=cols, domain="roads and works",
                reason="roads")


def roadworks(g):
    starts = [g.day(2024, 2025) for _ in range(g.n)]
    cols = [
        Col(["num_arrete", "arrete"], "string", [f"AR-{g.rng.randint(2023, 2025)}-{g.rng.randint(1, 400):03d}"
                                                 for _ in range(g.n)]),
        Col(["entreprise", "intervenant", "demandeur"], "string", g.pick(N.COMPANIES[:12] + N.COMPANIES[26:]),
            reason="companies and utilities"),
        Col(["nature", "objet_travaux"], "string", g.pick(["branchement gaz", "réfection de chaussée",
                                                           "tirage fibre", "renouvellement conduite AEP",
                                                           "élagage", "enfouissement réseaux"])),
        Col(["date_debut"], "date", [d.isoformat() for d in starts]),
        Col(["date_fin"], "date", [(d + datetime.timedelta(days=g.rng.randint(1, 60))).isoformat() for d in starts]),
        Col(["restriction", "mesure"], "string", g.pick(["circulation alternée", "route barrée",
                                                         "stationnement interdit"])),
        Col(["contact_chantier", "tel_chantier"], "string", [_service_phone(g) for _ in range(g.n)],
            reason="a company site office line"),
    ]
    return dict(layer=g.rng.choice(["arretes_voirie_travaux", "CHANTIERS_EN_COURS", "occupation_domaine_public"]),
                geometry_kind="works sections", geometry_type="LineString", cols=cols, domain="roads and works",
                reason="works by companies")


def trees(g):
    cols = [
        Col(["id_arbre", "num_arbre"], "string", g.seq_ids("ARB", 5)),
        Col(["essence", "espece", "genre_espece"], "string", g.pick(N.TREES)),
        Col(["hauteur_m", "hauteur"], "number", g.nums(3, 28, 1)),
        Col(["circonference_cm", "circ"], "integer", g.ints(20, 320)),
        Col(["stade_dev", "stade"], "string", g.pick(["jeune", "adulte", "mature", "sénescent"])),
        Col(["etat_sanitaire", "etat"], "string", g.pick(["bon", "moyen", "dépérissant", "mort"])),
        Col(["date_plantation"], "date", g.days_iso(1960, 2023)),
        Col(["remarquable"], "string", g.pick(["non", "non", "oui"])),
    ]
    return dict(layer=g.rng.choice(["arbres_alignement", "PATRIMOINE_ARBORE", "arbres_urbains"]),
                geometry_kind="street trees", geometry_type="Point", cols=cols, domain="environment",
                reason="trees")


def ragweed_stats(g):
    picks = g.pick(N.COMMUNES)
    cols = [
        Col(["commune"], "string", [c[0] for c in picks]),
        Col(["insee"], "string", [c[1] for c in picks]),
        Col(["nb_signalements", "signalements"], "integer", g.ints(0, 60)),
        Col(["surface_infestee_ha"], "number", g.nums(0, 30, 1)),
        Col(["referent_ambroisie"], "string", g.pick(["Mairie", "Service environnement", "FREDON BFC"]),
            reason="an organisation"),
        Col(["annee"], "integer", g.pick([2022, 2023, 2024])),
    ]
    return dict(layer=g.rng.choice(["ambroisie_bilan_communes", "AMBROISIE_2024"]),
                geometry_kind="communes", geometry_type="Polygon", cols=cols, domain="environment",
                reason="counts per commune", big=True)


def air_stations(g):
    cols = [
        Col(["code_station"], "string", g.seq_ids("FR", 5, 82000)),
        Col(["nom_station"], "string", g.pick(["Besançon Prévoyance", "Montbéliard Centre", "Dole Centre",
                                               "Vesoul Lycée", "Belfort Octroi"])),
        Col(["polluant"], "string", g.pick(["NO2", "PM10", "PM2.5", "O3"])),
        Col(["moyenne_annuelle", "moy_ug_m3"], "number", g.nums(5, 40, 1)),
        Col(["nb_depassements"], "integer", g.ints(0, 25)),
        Col(["exploitant"], "string", ["Atmo Bourgogne-Franche-Comté"] * g.n),
    ]
    return dict(layer=g.rng.choice(["stations_qualite_air", "ATMO_MESURES"]), geometry_kind="measuring stations",
                geometry_type="Point", cols=cols, domain="environment", reason="measuring stations")


def filosofi_grid(g):
    cols = [
        Col(["idcar_200m", "Idcar_200m"], "string",
            [f"CRS3035RES200mN{g.rng.randint(2600000, 2800000)}E{g.rng.randint(3900000, 4200000)}"
             for _ in range(g.n)]),
        Col(["ind", "Ind"], "number", g.nums(11, 400, 1)),
        Col(["men", "Men"], "number", g.nums(11, 200, 1)),
        Col(["men_pauv", "Men_pauv"], "number", g.nums(0, 40, 1)),
        Col(["ind_snv", "Ind_snv"], "number", g.nums(200000, 9000000, 1)),
        Col(["men_prop"], "number", g.nums(2, 150, 1)),
        Col(["ind_0_3", "Ind_0_3"], "number", g.nums(0, 20, 1)),
        Col(["ind_65_79"], "number", g.nums(0, 60, 1)),
    ]
    return dict(layer=g.rng.choice(["filosofi_2019_carreaux_200m", "CARREAUX_200M", "insee_carroyage_200m"]),
                geometry_kind="200 m grid squares (households counted, at least 11 per square)",
                geometry_type="Polygon", cols=cols, domain="statistics", reason="aggregated statistics",
                square=200)


def census_iris(g):
    cols = [
        Col(["iris", "code_iris", "IRIS"], "string", [f"{g.commune[1]}{g.rng.randint(100, 1200):04d}"
                                                      for _ in range(g.n)]),
        Col(["lib_iris", "libelle"], "string", g.pick(["Centre-Ville", "Planoise", "Les Founottes", "Battant",
                                                       "Saint-Claude", "Chaprais", "Les Vallières", "Bregille"])),
        Col(["p21_pop", "population"], "number", g.nums(300, 4000, 1)),
        Col(["p21_pop65p"], "number", g.nums(30, 900, 1)),
        Col(["c21_men", "menages"], "number", g.nums(150, 2200, 1)),
        Col(["p21_chom1564", "chomeurs"], "number", g.nums(10, 500, 1)),
        Col(["part_logt_vacants"], "number", g.nums(2, 18, 1)),
    ]
    return dict(layer=g.rng.choice(["rp2021_iris", "RECENSEMENT_IRIS", "insee_pop_iris"]),
                geometry_kind="IRIS districts", geometry_type="Polygon", cols=cols, domain="statistics",
                reason="census counts per district", big=True)


def commune_stats(g):
    picks = g.pick(N.COMMUNES)
    cols = [
        Col(["code_insee", "insee_com", "INSEE_COM"], "string", [c[1] for c in picks]),
        Col(["nom_commune", "commune", "NOM_COM"], "string", [c[0] for c in picks]),
        Col(["population_municipale", "pmun"], "integer", g.ints(900, 48000)),
        Col(["nb_naissances", "naissances"], "integer", g.ints(0, 1400)),
        Col(["nb_deces", "deces"], "integer", g.ints(0, 1300)),
        Col(["tonnage_omr", "tonnes_om"], "number", g.nums(50, 30000, 1)),
        Col(["nb_logements_sociaux"], "integer", g.ints(0, 9000)),
        Col(["nb_beneficiaires_rsa", "allocataires"], "integer", g.ints(0, 4000),
            reason="a count per commune"),
        Col(["mairie", "hotel_de_ville"], "string", [_of("Mairie", c[0]) for c in picks],
            reason="names the town hall"),
    ]
    return dict(layer=g.rng.choice(["indicateurs_communes", "CHIFFRES_CLES_COM", "observatoire_territorial"]),
                geometry_kind="communes", geometry_type=g.rng.choice(["Polygon", ""]), cols=cols,
                domain="statistics", reason="figures per commune", big=True)


def election_results(g):
    registered = g.ints(400, 1300)
    voters = [g.rng.randint(r // 4, r * 4 // 5) for r in registered]
    cast = [v - g.rng.randint(0, v // 20) for v in voters]
    cols = [
        Col(["num_bureau", "bureau", "code_bv"], "string", [f"{i + 1:04d}" for i in range(g.n)]),
        Col(["lieu_vote", "lib_bureau"], "string", g.pick(["École Jules Ferry", "Mairie", "Gymnase Jean Zay",
                                                           "Salle Marcel Pagnol"]), reason="public places"),
        Col(["inscrits"], "integer", registered),
        Col(["votants"], "integer", voters),
        Col(["exprimes"], "integer", cast),
        Col(["voix_liste_1", "voix_l1"], "integer", [g.rng.randint(c // 5, c * 4 // 5) for c in cast]),
        Col(["tete_liste_1", "liste_1"], "string", g.pick(["Ensemble pour notre ville", "Agir pour demain",
                                                          "Union citoyenne"]), reason="list names"),
        Col(["taux_participation"], "number", [round(100 * v / r, 2) for v, r in zip(voters, registered)]),
    ]
    return dict(layer=g.rng.choice(["resultats_municipales_bv", "ELECTIONS_BV_2024", "bureaux_vote_resultats"]),
                geometry_kind="polling districts", geometry_type="Polygon", cols=cols, domain="elections",
                reason="counts per polling station", big=True)


def waste_sites(g):
    d = _domain(g)
    cols = [
        Col(["type_pav", "flux"], "string", g.pick(["verre", "emballages", "papiers", "textiles", "biodéchets"])),
        Col(["volume_m3", "capacite"], "number", g.pick([3.0, 4.0, 5.0])),
        Col(["implantation"], "string", g.pick(["aérien", "enterré", "semi-enterré"])),
        Col(["adresse", "localisation"], "string", [f"Parking {s}" for s in g.pick(N.STREETS)]),
        Col(["frequence_collecte", "freq"], "string", g.pick(["C0.5", "C1", "hebdo", "bimensuelle"])),
        Col(["prestataire"], "string", g.pick(["Veolia Propreté", "Suez RV", "SARL Transports Faivre", "Régie"])),
        Col(["contact_usagers"], "string", [f"dechets@{d}"] * g.n, reason="the waste service's mailbox"),
        Col(["date_pose"], "date", g.days_iso(2010, 2025)),
    ]
    return dict(layer=g.rng.choice(["points_apport_volontaire", "PAV_COLONNES", "conteneurs_tri"]),
                geometry_kind="drop-off containers", geometry_type="Point", cols=cols, domain="waste",
                reason="public containers")


def water_network(g):
    cols = [
        Col(["diametre", "dn", "DIAM"], "integer", g.pick([60, 80, 100, 125, 150, 200, 250])),
        Col(["materiau", "matiere"], "string", g.pick(["fonte ductile", "PVC", "PEHD", "fonte grise", "acier"])),
        Col(["annee_pose", "date_pose"], "integer", g.ints(1950, 2024)),
        Col(["etat"], "string", g.pick(["en service", "abandonné"])),
        Col(["nb_casses_10ans", "casses"], "integer", g.ints(0, 6)),
        Col(["exploitant"], "string", g.pick(["Régie des eaux", "SAUR", "Veolia Eau"])),
        Col(["classe_precision", "precision"], "string", g.pick(["A", "B", "C"])),
    ]
    return dict(layer=g.rng.choice(["canalisations_aep", "RESEAU_EU", "reseau_eau_potable"]),
                geometry_kind="water mains", geometry_type="LineString", cols=cols, domain="water and sanitation",
                reason="networks")


def hydrants(g):
    cols = [
        Col(["num_pei", "numero"], "string", g.seq_ids(f"{g.commune[1]}-", 3)),
        Col(["type_pei", "type"], "string", g.pick(["PI 100", "PI 150", "BI 100", "réserve incendie"])),
        Col(["debit_1bar", "debit"], "integer", g.ints(20, 180)),
        Col(["pression_statique"], "number", g.nums(1, 9, 1)),
        Col(["date_controle", "dernier_ctrl"], "date", g.days_iso(2022, 2025)),
        Col(["disponibilite"], "string", g.pick(["disponible", "indisponible", "disponible"])),
        Col(["gestionnaire"], "string", [f"Commune de {g.commune[0]}"] * g.n),
    ]
    return dict(layer=g.rng.choice(["pei_defense_incendie", "HYDRANTS", "poteaux_incendie"]),
                geometry_kind="fire hydrants", geometry_type="Point", cols=cols, domain="equipment",
                reason="public equipment")


def street_lights(g):
    cols = [
        Col(["id_point_lumineux", "num_pl"], "string", g.seq_ids("PL", 5)),
        Col(["type_lampe", "source"], "string", g.pick(["LED", "SHP", "iodure métallique", "LED"])),
        Col(["puissance_w", "puissance"], "integer", g.pick([18, 35, 50, 70, 100, 150])),
        Col(["hauteur_feu"], "number", g.nums(3, 12, 1)),
        Col(["armoire"], "string", g.seq_ids("ARM", 2)),
        Col(["extinction_nuit"], "string", g.pick(["23h-5h", "0h-5h", "non"])),
        Col(["mainteneur"], "string", g.pick(["Citeos", "SIED 70", "Régie", "Bouygues Énergies & Services"])),
    ]
    return dict(layer=g.rng.choice(["eclairage_public", "ECLAIRAGE_PL", "points_lumineux"]),
                geometry_kind="street lights", geometry_type="Point", cols=cols, domain="equipment",
                reason="public lighting")


def zoning(g):
    cols = [
        Col(["libelle", "typezone_lib", "LIBELLE"], "string", g.pick(["UA", "UB", "UC", "1AU", "2AU", "A", "N",
                                                                      "Nh", "UX"])),
        Col(["typezone"], "string", g.pick(["U", "AUc", "AUs", "A", "N"])),
        Col(["libelong"], "string", g.pick(["Zone urbaine centrale", "Zone à urbaniser", "Zone agricole",
                                            "Zone naturelle", "Zone d'activités"])),
        Col(["destdomi"], "string", g.pick(["01", "02", "03", "99"])),
        Col(["nomfic", "urlfic"], "string", g.pick([f"{g.commune[1]}_reglement_20230412.pdf",
                                                   f"{g.commune[1]}_PLU_reglement.pdf"])),
        Col(["datappro", "date_appro"], "date", g.days_iso(2012, 2024)),
        Col(["idurba"], "string", [f"{g.commune[1]}_PLU_20230412"] * g.n),
    ]
    return dict(layer=g.rng.choice(["zone_urba", "PLU_ZONAGE", "plui_zonage_2023"]),
                geometry_kind="planning zones", geometry_type="Polygon", cols=cols, domain="urbanism",
                reason="planning zones", big=True)


def company_permits(g):
    comps = g.pick(["SCI Les Tilleuls", "SCI du Moulin", "Néolia", "Habitat 25", "Bouygues Immobilier",
                    "Nexity", "SAS Fromagerie de Morteau", "Lidl", "Intermarché", "SPL Territoire 25",
                    f"Commune de {g.commune[0]}", "SCI Horizon", "SAS Jura Paysages"])
    cols = [
        Col(["num_dossier"], "string",
            [f"PC {g.commune[1]} {g.rng.randint(21, 25)} {g.rng.choice('ABCDE')}{g.rng.randint(1, 200):04d}"
             for _ in range(g.n)]),
        Col(["petitionnaire", "demandeur", "maitre_ouvrage"], "string", comps,
            reason="legal persons (companies, SCI, social landlords, the commune)"),
        Col(["nature_projet"], "string", g.pick(["immeuble collectif 24 logements", "entrepôt logistique",
                                                 "supermarché", "extension atelier", "lotissement 12 lots"])),
        Col(["surface_plancher_creee", "sdp_m2"], "integer", g.ints(200, 9000)),
        Col(["nb_logements"], "integer", g.ints(0, 60)),
        Col(["date_decision"], "date", g.days_iso(2021, 2025)),
        Col(["architecte", "cabinet_archi"], "string", g.pick(["Atelier d'architecture Archipel",
                                                               "SARL Cabinet Jura Archi", "Agence AA Groupe"]),
            reason="architecture firms"),
    ]
    return dict(layer=g.rng.choice(["permis_grands_projets", "PC_ENTREPRISES", "sitadel_pc_logements_collectifs"]),
                geometry_kind="parcels of the projects", geometry_type="Polygon", cols=cols, domain="urbanism",
                reason="projects of legal persons")


def association_grants(g):
    c = g.commune[0]
    assos = [a.format(c=c) for a in g.pick(N.ASSOCIATIONS)]
    cols = [
        Col(["association", "beneficiaire", "nom_beneficiaire"], "string", assos, reason="associations"),
        Col(["siret"], "string", [f"{g.rng.randint(10**13, 10**14 - 1)}" for _ in range(g.n)]),
        Col(["objet_subvention", "objet"], "string", g.pick(["fonctionnement", "tournoi annuel", "festival",
                                                             "achat de matériel", "école de musique"])),
        Col(["montant", "montant_vote"], "number", g.nums(150, 25000, 0)),
        Col(["date_deliberation", "date_convention"], "date", g.days_iso(2023, 2025)),
        Col(["nature", "type_subvention"], "string", g.pick(["numéraire", "en nature"])),
        Col(["courriel_asso", "contact"], "string", [f"contact@{slug(a)[:20].strip('-')}.fr" for a in assos],
            reason="an association's mailbox"),
    ]
    return dict(layer=g.rng.choice(["subventions_associations_2024", "SUBV_ASSOS", "donnees_essentielles_subv"]),
                geometry_kind="", geometry_type="", cols=cols, domain="associations and grants",
                reason="grants to legal persons")


def sports_equipment(g):
    d = _domain(g)
    cols = [
        Col(["equip_nom", "nom_equipement", "NOM_EQUIP"], "string",
            g.pick(["Stade Léo Lagrange", "Gymnase Pierre de Coubertin", "Piscine Mallarmé", "Halle des sports",
                    "Terrain synthétique", "Skatepark", "Boulodrome", "Tennis couverts", "Dojo Jigoro Kano"]),
            reason="equipment names, some after famous people"),
        Col(["equip_type_name", "type"], "string", g.pick(["Salle multisports", "Terrain de football",
                                                           "Bassin sportif", "Court de tennis"])),
        Col(["proprietaire_type", "proprietaire"], "string", g.pick(["Commune", "EPCI", "Département"]),
            reason="a public owner"),
        Col(["gestionnaire_tel"], "string", [_service_phone(g) for _ in range(g.n)],
            reason="the sports service's line"),
        Col(["gestionnaire_mail"], "string", [f"sports@{d}"] * g.n, reason="the sports service's mailbox"),
        Col(["surface_aire", "surface"], "number", g.nums(200, 8000, 0)),
        Col(["annee_service"], "integer", g.ints(1960, 2023)),
        Col(["accessibilite_pmr"], "string", g.pick(["oui", "non", "partielle"])),
    ]
    return dict(layer=g.rng.choice(["equipements_sportifs", "RES_EQUIPEMENTS", "data_es"]),
                geometry_kind="sports equipment", geometry_type="Point", cols=cols, domain="sports and culture",
                reason="public equipment")


def events(g):
    d = _domain(g)
    c = g.commune[0]
    cols = [
        Col(["titre", "nom_evenement"], "string", g.pick(["Fête de la musique", "Marché de Noël", "Vide-greniers",
                                                          "Festival des Mômes", "Nuit des musées", "Forum des assos",
                                                          "Course des Remparts"])),
        Col(["date_debut"], "date", g.days_iso(2025, 2025)),
        Col(["lieu"], "string", g.pick(["Place de la Révolution", "Parc Micaud", "Salle des fêtes", "Citadelle"])),
        Col(["organisateur"], "string", [a.format(c=c) for a in g.pick(N.ASSOCIATIONS)] , reason="organisers"),
        Col(["contact_public", "email"], "string",
            g.pick([f"culture@{d}", f"evenements@{d}", "info@office-tourisme.fr"]),
            reason="a service's mailbox"),
        Col(["tarif"], "string", g.pick(["gratuit", "5 €", "10 € / 5 € réduit"])),
        Col(["jauge", "capacite"], "integer", g.ints(50, 5000)),
    ]
    return dict(layer=g.rng.choice(["agenda_manifestations", "EVENEMENTS_2025", "evenements_culturels"]),
                geometry_kind="event places", geometry_type="Point", cols=cols, domain="events",
                reason="public events")


def businesses(g):
    cols = [
        Col(["siret"], "string", [f"{g.rng.randint(10**13, 10**14 - 1)}" for _ in range(g.n)]),
        Col(["raison_sociale", "denomination", "RAISON_SOC"], "string", g.pick(N.COMPANIES), reason="companies"),
        Col(["activite_principale", "naf"], "string", g.pick(["10.51C", "41.20A", "47.11F", "43.21A", "49.41A",
                                                              "81.30Z"])),
        Col(["tranche_effectif", "effectif"], "string", g.pick(["10 à 19", "20 à 49", "50 à 99", "250 à 499"])),
        Col(["categorie_juridique"], "string", g.pick(["SAS", "SARL", "SA", "SCI", "Coopérative"])),
        Col(["date_creation"], "date", g.days_iso(1950, 2023)),
        Col(["zone_activite", "za"], "string", g.pick(["ZA des Prés", "ZI de Trépillot", "Technopole TEMIS",
                                                       "ZAC des Marnières"])),
    ]
    return dict(layer=g.rng.choice(["etablissements_economiques", "SIRENE_ZA", "entreprises_zones_activites"]),
                geometry_kind="company sites", geometry_type="Point", cols=cols, domain="economy",
                reason="legal persons")


def hotels(g):
    cols = [
        Col(["nom_commercial", "nom"], "string", g.pick(["Hôtel du Nord", "Hôtel de la Gare", "Camping municipal",
                                                         "Auberge de jeunesse", "Ibis Besançon", "Hôtel Vauban"])),
        Col(["classement", "etoiles"], "string", g.pick(["1 étoile", "2 étoiles", "3 étoiles", "non classé"])),
        Col(["capacite_chambres", "nb_chambres"], "integer", g.ints(6, 120)),
        Col(["telephone", "tel_reservation"], "string", [_service_phone(g) for _ in range(g.n)],
            reason="a hotel's desk"),
        Col(["site_web"], "string", g.pick(["https://www.hoteldunord.fr", "https://all.accor.com",
                                            "https://www.camping-municipal.fr"])),
        Col(["exploitant"], "string", g.pick(["SAS Hôtel du Nord", "Accor", "Commune", "SARL Vauban Hôtellerie"])),
    ]
    return dict(layer=g.rng.choice(["hebergements_touristiques", "HOTELS_CAMPINGS", "offre_hebergement_ot"]),
                geometry_kind="hotels and campsites", geometry_type="Point", cols=cols, domain="tourism",
                reason="businesses")


def market_places(g):
    cols = [
        Col(["nom_marche", "marche"], "string", g.pick(["Marché Beaux-Arts", "Marché du samedi",
                                                        "Marché de producteurs", "Marché couvert"])),
        Col(["jour"], "string", g.pick(["mardi", "jeudi", "samedi", "dimanche"])),
        Col(["horaires"], "string", g.pick(["7h-13h", "8h-12h30", "16h-19h"])),
        Col(["nb_emplacements", "emplacements"], "integer", g.ints(8, 120)),
        Col(["tarif_ml", "droit_place"], "number", g.nums(0.5, 2.5, 2)),
        Col(["placier_contact"], "string", [_service_phone(g) for _ in range(g.n)], reason="the market service"),
    ]
    return dict(layer=g.rng.choice(["marches_forains", "MARCHES"]), geometry_kind="market squares",
                geometry_type="Polygon", cols=cols, domain="markets", reason="markets")


def bus_stops(g):
    cols = [
        Col(["stop_id", "id_arret"], "string", g.seq_ids("S", 4)),
        Col(["stop_name", "nom_arret"], "string", g.pick(["Mairie", "Gare", "Hôpital Minjoz", "Place Leclerc",
                                                          "Collège Victor Hugo", "Lycée Louis Pasteur",
                                                          "Jean Jaurès"]), reason="stop names after places"),
        Col(["wheelchair_boarding", "pmr"], "integer", g.pick([0, 1, 2])),
        Col(["abri"], "string", g.pick(["oui", "non"])),
        Col(["lignes"], "string", g.pick(["1", "3, 7", "L4", "Diabolo", "12, 22"])),
        Col(["frequentation_jour", "montees_jour"], "integer", g.ints(5, 3000), reason="counts per stop"),
    ]
    return dict(layer=g.rng.choice(["arrets_bus", "GTFS_STOPS", "points_arret_tc"]), geometry_kind="bus stops",
                geometry_type="Point", cols=cols, domain="mobility", reason="public transport")


def parking(g):
    cols = [
        Col(["nom_parking", "nom"], "string", g.pick(["Parking Marché", "Parking de la Gare", "P+R Temis",
                                                      "Parking Chamars", "Parking Mairie"])),
        Col(["nb_places", "capacite"], "integer", g.ints(10, 900)),
        Col(["nb_pmr"], "integer", g.ints(0, 20)),
        Col(["tarif_1h", "tarif_horaire"], "number", g.nums(0, 2.5, 1)),
        Col(["gestionnaire", "exploitant"], "string", g.pick(["Indigo", "Régie municipale", "Effia", "Q-Park"])),
        Col(["tel_exploitant"], "string", [_service_phone(g) for _ in range(g.n)], reason="the operator's line"),
        Col(["taux_occupation_moyen"], "number", g.nums(10, 98, 1)),
    ]
    return dict(layer=g.rng.choice(["parkings_publics", "STATIONNEMENT_PARKINGS"]), geometry_kind="car parks",
                geometry_type="Polygon", cols=cols, domain="mobility", reason="public car parks")


def fleet(g):
    cols = [
        Col(["immatriculation", "immat", "IMMAT"], "string", [g.plate() for _ in range(g.n)],
            reason="the authority's own vehicles"),
        Col(["modele", "vehicule"], "string", g.pick(["Renault Kangoo", "Renault Master", "Peugeot Partner",
                                                      "Tracteur John Deere", "Citroën Berlingo"])),
        Col(["service_affectataire", "service"], "string", g.pick(["Voirie", "Espaces verts", "Police municipale",
                                                                   "Bâtiments", "Pool"])),
        Col(["energie"], "string", g.pick(["gazole", "électrique", "essence", "GNV"])),
        Col(["km_compteur", "kilometrage"], "integer", g.ints(2000, 240000)),
        Col(["date_mise_circulation", "date_mec"], "date", g.days_iso(2008, 2025)),
        Col(["crit_air"], "integer", g.pick([1, 2, 3])),
    ]
    return dict(layer=g.rng.choice(["parc_vehicules_municipaux", "FLOTTE", "vehicules_services"]),
                geometry_kind="", geometry_type="", cols=cols, domain="fleets",
                reason="vehicles owned by the authority, assigned to services")


def staff_stats(g):
    staff = g.ints(12, 240)
    cols = [
        Col(["direction", "service"], "string", g.pick(["Direction générale", "Services techniques", "Éducation",
                                                        "Finances", "Culture", "Police municipale"])),
        Col(["nb_agents", "effectif"], "integer", staff),
        Col(["nb_titulaires"], "integer", [g.rng.randint(s * 6 // 10, s) for s in staff]),
        Col(["part_femmes", "taux_feminisation"], "number", g.nums(10, 90, 1)),
        Col(["age_moyen"], "number", g.nums(35, 52, 1)),
        Col(["jours_absence_total"], "integer", g.ints(200, 6000)),
        Col(["annee"], "integer", g.pick([2022, 2023, 2024])),
    ]
    return dict(layer=g.rng.choice(["bilan_social_effectifs", "RSU_2024_SYNTHESE"]), geometry_kind="",
                geometry_type="", cols=cols, domain="HR", reason="aggregated staff figures (services of 12+)")


def town_halls(g):
    picks = g.pick(N.COMMUNES)
    cols = [
        Col(["nom_mairie", "libelle"], "string", [_of("Mairie", c[0]) for c in picks]),
        Col(["telephone", "tel_standard", "TELEPHONE"], "string", [_service_phone(g) for _ in range(g.n)],
            reason="switchboards"),
        Col(["courriel", "mail"], "string", [f"mairie@{slug(c[0])}.fr" for c in picks], reason="town hall mailboxes"),
        Col(["horaires_ouverture"], "string", g.pick(["lun-ven 8h30-12h / 14h-17h", "mar et jeu 9h-12h",
                                                      "lun 14h-18h, mer 9h-12h"])),
        Col(["adresse_postale"], "string", [f"Place de la Mairie {c[2]} {c[0].upper()}" for c in picks],
            reason="town hall addresses"),
        Col(["site_internet"], "string", [f"https://www.{slug(c[0])}.fr" for c in picks]),
    ]
    return dict(layer=g.rng.choice(["annuaire_mairies", "MAIRIES_EPCI", "points_accueil_public"]),
                geometry_kind="town halls", geometry_type="Point", cols=cols, domain="equipment",
                reason="public offices")


def schools(g):
    cols = [
        Col(["uai", "code_uai", "numero_uai"], "string",
            [f"0{g.commune[1][:2]}{g.rng.randint(1000, 9999)}{g.rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}"
             for _ in range(g.n)]),
        Col(["appellation", "nom_etablissement"], "string",
            g.pick(["École Jules Ferry", "École maternelle Marie Curie", "Collège Louis Pergaud",
                    "École élémentaire Jean Macé", "Groupe scolaire Victor Hugo", "Lycée Pasteur"]),
            reason="schools named after famous people"),
        Col(["secteur"], "string", g.pick(["public", "privé sous contrat"])),
        Col(["nb_eleves", "effectif"], "integer", g.ints(40, 900), reason="pupil counts per school"),
        Col(["nb_classes"], "integer", g.ints(2, 30)),
        Col(["restauration"], "string", g.pick(["oui", "non"])),
        Col(["mail_ecole", "courriel"], "string", [f"ce.0{g.commune[1][:2]}{g.rng.randint(1000, 9999)}x@{_academy(g)}"
                                                   for _ in range(g.n)], reason="a school's functional mailbox"),
        Col(["tel_ecole"], "string", [_service_phone(g) for _ in range(g.n)], reason="a school's line"),
    ]
    return dict(layer=g.rng.choice(["etablissements_scolaires", "ECOLES_PUBLIQUES", "annuaire_education"]),
                geometry_kind="schools", geometry_type="Point", cols=cols, domain="schools",
                reason="public schools")


def canteen_stats(g):
    cols = [
        Col(["ecole", "restaurant_scolaire"], "string", g.pick(["Restaurant scolaire Pasteur", "Cantine du Centre",
                                                                "Self Jules Ferry", "Cantine Les Tilleuls"])),
        Col(["mois"], "string", g.pick(["2024-09", "2024-10", "2024-11", "2025-01"])),
        Col(["nb_repas_servis", "repas"], "integer", g.ints(800, 9000)),
        Col(["part_bio", "pourcentage_bio"], "number", g.nums(15, 60, 1)),
        Col(["cout_denree_repas"], "number", g.nums(1.8, 3.5, 2)),
        Col(["prestataire"], "string", g.pick(["Elior", "API Restauration", "Régie", "Sodexo"])),
        Col(["gaspillage_kg"], "number", g.nums(30, 400, 1)),
    ]
    return dict(layer=g.rng.choice(["restauration_scolaire_indicateurs", "CANTINES_STATS"]), geometry_kind="",
                geometry_type="", cols=cols, domain="schools", reason="monthly figures per canteen")


def housing_stock(g):
    cols = [
        Col(["nom_residence", "residence"], "string", g.pick(["Résidence Les Tilleuls", "Cité Rhin et Danube",
                                                              "Résidence Victor Hugo", "Les Hauts du Chazal",
                                                              "Résidence Simone Veil"])),
        Col(["bailleur", "organisme"], "string", g.pick(["Néolia", "Habitat 25", "Loge.GBH", "Idéha",
                                                         "Grand Besançon Habitat"]), reason="social landlords"),
        Col(["nb_logements"], "integer", g.ints(6, 300)),
        Col(["annee_construction"], "integer", g.ints(1955, 2023)),
        Col(["dpe_moyen", "etiquette_dpe"], "string", g.pick(["B", "C", "D", "E", "F"])),
        Col(["loyer_moyen_m2"], "number", g.nums(4.5, 9.5, 2), reason="average rents per residence"),
        Col(["taux_vacance"], "number", g.nums(0, 12, 1)),
        Col(["qpv"], "string", g.pick(["oui", "non"])),
    ]
    return dict(layer=g.rng.choice(["rpls_residences", "PARC_SOCIAL_RESIDENCES", "logements_sociaux_programmes"]),
                geometry_kind="residences (buildings)", geometry_type="Polygon", cols=cols, domain="housing",
                reason="buildings of social landlords, no tenant")


def spanc_zones(g):
    cols = [
        Col(["zonage", "type_zone"], "string", g.pick(["assainissement collectif", "non collectif",
                                                       "collectif futur"])),
        Col(["nb_installations", "nb_anc"], "integer", g.ints(0, 300), reason="counts per zone"),
        Col(["taux_conformite"], "number", g.nums(20, 95, 1), reason="rate per zone"),
        Col(["station_epuration", "step"], "string", g.pick(["STEP de Port-Douvot", "Lagunage communal", "—"])),
        Col(["date_approbation"], "date", g.days_iso(2005, 2023)),
    ]
    return dict(layer=g.rng.choice(["zonage_assainissement", "ZONAGE_EU"]), geometry_kind="sanitation zones",
                geometry_type="Polygon", cols=cols, domain="water and sanitation", reason="zones and rates",
                big=True)


def cemetery_sites(g):
    d = _domain(g)
    cols = [
        Col(["nom_cimetiere", "cimetiere"], "string", g.pick(["Cimetière des Chaprais", "Cimetière communal",
                                                              "Cimetière Saint-Claude", "Cimetière paysager"])),
        Col(["nb_emplacements", "capacite"], "integer", g.ints(100, 8000)),
        Col(["nb_places_libres", "places_libres"], "integer", g.ints(0, 400)),
        Col(["columbarium"], "string", g.pick(["oui", "non"])),
        Col(["horaires"], "string", g.pick(["8h-18h", "8h-19h (été)", "7h30-17h30"])),
        Col(["contact_conservation"], "string", g.pick([f"cimetieres@{d}", f"etat-civil@{d}"]),
            reason="the cemetery service's mailbox"),
        Col(["tarif_concession_30ans"], "number", g.pick([300.0, 450.0, 620.0])),
    ]
    return dict(layer=g.rng.choice(["cimetieres", "CIMETIERES_COMMUNAUX"]), geometry_kind="cemeteries",
                geometry_type="Polygon", cols=cols, domain="cemeteries", reason="public sites")


def cadastre_parcels(g):
    ref = [g.parcel_ref() for _ in range(g.n)]
    cols = [
        Col(["idu", "id_parcelle", "IDU"], "string", [g.idu(s, n) for s, n in ref]),
        Col(["section"], "string", [s for s, _ in ref]),
        Col(["numero"], "string", [n for _, n in ref]),
        Col(["contenance"], "integer", g.ints(80, 40000)),
        Col(["code_com", "commune"], "string", [g.commune[1][2:]] * g.n),
        Col(["arpente"], "string", g.pick(["true", "false"])),
        Col(["updated"], "date", g.days_iso(2023, 2025)),
    ]
    return dict(layer=g.rng.choice(["cadastre_parcelles", "PARCELLE", "parcelles_etalab"]),
                geometry_kind="cadastral parcels (no owner)", geometry_type="Polygon", cols=cols,
                domain="cadastre", reason="parcel geometry with no owner", parcels=True)


def public_land(g):
    owners = g.pick([(f"COMMUNE DE {g.commune[0].upper()}", "commune"),
                     (f"{department_name('DEPARTEMENT', g.commune[5]).upper()}", "département"),
                     ("ETAT - MINISTERE DES ARMEES", "État"), ("SNCF RESEAU", "personne morale"),
                     ("SCI LES TILLEULS", "SCI"), ("NEOLIA", "personne morale"),
                     (f"CCAS DE {g.commune[0].upper()}", "établissement public")])
    cols = [
        Col(["idu"], "string", [g.idu() for _ in range(g.n)]),
        Col(["proprietaire", "nom_proprietaire", "PROPRIETAI"], "string", [o for o, _ in owners],
            reason="owners that are public bodies or legal persons"),
        Col(["groupe_personne", "forme_juridique"], "string", [k for _, k in owners]),
        Col(["usage"], "string", g.pick(["voirie", "école", "espace vert", "parking", "terrain nu"])),
        Col(["contenance"], "integer", g.ints(100, 60000)),
    ]
    return dict(layer=g.rng.choice(["foncier_public", "PARCELLES_PERS_MORALES", "patrimoine_foncier_commune"]),
                geometry_kind="parcels owned by public and legal persons", geometry_type="Polygon", cols=cols,
                domain="cadastre", reason="legal persons' land", parcels=True)


def bike_stations(g):
    docks = g.ints(8, 30)
    cols = [
        Col(["nom_station", "station"], "string", g.pick(["Gare Viotte", "Place Flore", "Chamars", "Granvelle",
                                                          "Saint-Pierre", "Université Bouloie"])),
        Col(["nb_bornettes", "capacite"], "integer", docks),
        Col(["velos_dispo"], "integer", [g.rng.randint(0, d) for d in docks]),
        Col(["operateur"], "string", g.pick(["JCDecaux", "Fifteen", "Ginko Vélo"])),
        Col(["nb_locations_mois", "locations"], "integer", g.ints(50, 3000), reason="counts per station"),
        Col(["service_client"], "string", [g.phone_text("0800" + f"{g.rng.randint(100000, 999999)}")] * g.n,
            reason="a hotline"),
    ]
    return dict(layer=g.rng.choice(["velos_libre_service_stations", "VLS_STATIONS"]), geometry_kind="bike stations",
                geometry_type="Point", cols=cols, domain="mobility", reason="public equipment")


def police_stats(g):
    cols = [
        Col(["secteur", "quartier"], "string", g.pick(["Centre", "Planoise", "Clairs-Soleils", "Palente",
                                                       "Montrapon", "Saint-Ferjeux"])),
        Col(["nb_interventions"], "integer", g.ints(10, 900)),
        Col(["nb_pv_stationnement", "pv_stat"], "integer", g.ints(0, 2000)),
        Col(["nb_enlevements_fourriere"], "integer", g.ints(0, 120)),
        Col(["mois"], "string", g.pick(["janvier", "février", "mars", "avril", "mai", "juin"])),
        Col(["tel_poste", "contact_pm"], "string", [_service_phone(g) for _ in range(g.n)],
            reason="the municipal police desk"),
    ]
    return dict(layer=g.rng.choice(["police_municipale_activite", "PM_STATS_SECTEURS"]),
                geometry_kind="police sectors", geometry_type="Polygon", cols=cols, domain="police",
                reason="counts per sector", big=True)


def nests_public(g):
    cols = [
        Col(["espece"], "string", g.pick(["frelon asiatique", "chenilles processionnaires"])),
        Col(["lieu", "site"], "string", g.pick(["Parc municipal", "École Jules Ferry", "Cimetière", "Stade",
                                                "Square Saint-Amour"]), reason="public places"),
        Col(["date_destruction"], "date", g.days_iso(2023, 2025)),
        Col(["intervenant", "prestataire"], "string", g.pick(["SARL Nuisibles 25", "Service espaces verts",
                                                              "FREDON BFC"]), reason="companies and services"),
        Col(["cout_ht"], "number", g.nums(80, 250, 0)),
    ]
    return dict(layer=g.rng.choice(["nids_domaine_public", "DESTRUCTION_NIDS_DP"]),
                geometry_kind="nests on public land", geometry_type="Point", cols=cols, domain="environment",
                reason="public places")


def green_spaces(g):
    cols = [
        Col(["nom_espace", "nom"], "string", g.pick(["Parc Micaud", "Square Castan", "Jardin des sens",
                                                     "Promenade Granvelle", "Parc de la Colombière",
                                                     "Square Marie Curie"]), reason="park names"),
        Col(["surface_m2", "surface"], "number", g.nums(200, 40000, 0)),
        Col(["gestion", "classe_gestion"], "string", g.pick(["horticole", "jardinée", "naturelle"])),
        Col(["jeux_enfants"], "string", g.pick(["oui", "non"])),
        Col(["arrosage_auto"], "string", g.pick(["oui", "non"])),
        Col(["label"], "string", g.pick(["", "Écojardin", "Jardin remarquable"])),
    ]
    return dict(layer=g.rng.choice(["espaces_verts", "EV_PATRIMOINE"]), geometry_kind="parks",
                geometry_type="Polygon", cols=cols, domain="environment", reason="public parks")


def culture_places(g):
    d = _domain(g)
    cols = [
        Col(["nom", "equipement"], "string", g.pick(["Musée des Beaux-Arts", "Conservatoire Henri Dutilleux",
                                                     "Médiathèque Nelson Mandela", "Théâtre Ledoux",
                                                     "Cinéma Victor Hugo",
                                                     "Maison natale de Victor Hugo"]),
            reason="places named after famous people"),
        Col(["type"], "string", g.pick(["musée", "bibliothèque", "salle de spectacle", "conservatoire"])),
        Col(["frequentation_annuelle", "visiteurs"], "integer", g.ints(1000, 120000)),
        Col(["nb_inscrits"], "integer", g.ints(100, 9000), reason="counts"),
        Col(["contact", "mail"], "string", g.pick([f"musees@{d}", f"bibliotheques@{d}", f"billetterie@{d}"]),
            reason="service mailboxes"),
        Col(["tel_billetterie"], "string", [_service_phone(g) for _ in range(g.n)], reason="a box-office line"),
    ]
    return dict(layer=g.rng.choice(["equipements_culturels", "CULTURE_LIEUX"]), geometry_kind="cultural venues",
                geometry_type="Point", cols=cols, domain="sports and culture", reason="public equipment")


def rooms_catalogue(g):
    d = _domain(g)
    cols = [
        Col(["salle", "nom_salle"], "string", g.pick(["Salle des fêtes", "Salle Marcel Pagnol", "Maison des assos",
                                                      "Salle du Conseil", "Foyer rural"])),
        Col(["capacite_personnes", "capacite"], "integer", g.ints(20, 400)),
        Col(["tarif_habitant", "tarif_week_end"], "number", g.nums(80, 600, 0)),
        Col(["cuisine"], "string", g.pick(["oui", "non"])),
        Col(["reservation_contact"], "string", g.pick([f"reservations@{d}", f"vie-associative@{d}"]),
            reason="the bookings desk"),
        Col(["nb_reservations_2024"], "integer", g.ints(5, 120), reason="yearly count"),
    ]
    return dict(layer=g.rng.choice(["salles_louables", "SALLES_MUNICIPALES"]), geometry_kind="halls for hire",
                geometry_type="Point", cols=cols, domain="sports and culture", reason="public halls")


def works_programme(g):
    cols = [
        Col(["operation", "libelle_operation"], "string", g.pick(["Réfection chaussée", "Aménagement carrefour",
                                                                  "Piste cyclable", "Enfouissement réseaux",
                                                                  "Mise en accessibilité arrêts"])),
        Col(["voie"], "string", g.pick(N.PEOPLE_STREETS + N.STREETS), reason="street names"),
        Col(["montant_ttc", "budget"], "number", g.nums(20000, 900000, 0)),
        Col(["annee_programmation"], "integer", g.pick([2025, 2026, 2027])),
        Col(["maitre_oeuvre", "moe"], "string", g.pick(["Services techniques", "Cabinet Sciences Environnement",
                                                        "Département - agence routière"])),
        Col(["attributaire"], "string", g.pick(["Eiffage Route Centre Est", "Colas France", "SARL TP Comtois"]),
            reason="companies"),
    ]
    return dict(layer=g.rng.choice(["programme_travaux_voirie", "PPI_VOIRIE"]), geometry_kind="road works",
                geometry_type="LineString", cols=cols, domain="roads and works", reason="public works")


def tourism_poi(g):
    cols = [
        Col(["nom_site", "nom"], "string", g.pick(["Citadelle de Besançon", "Source de la Loue", "Saline royale",
                                                   "Belvédère de Montfaucon", "Maison Pasteur", "Lac de Vouglans"])),
        Col(["categorie"], "string", g.pick(["patrimoine", "site naturel", "musée", "point de vue"])),
        Col(["accessible_pmr"], "string", g.pick(["oui", "non"])),
        Col(["gratuit"], "string", g.pick(["oui", "non"])),
        Col(["contact_ot"], "string", ["info@besancon-tourisme.com"] * g.n, reason="the tourist office's mailbox"),
        Col(["tel_ot"], "string", [_service_phone(g)] * g.n, reason="the tourist office's line"),
    ]
    return dict(layer=g.rng.choice(["sites_touristiques", "POI_TOURISME", "datatourisme_extrait"]),
                geometry_kind="tourist sites", geometry_type="Point", cols=cols, domain="tourism",
                reason="tourist sites")


def waste_tonnage(g):
    cols = [
        Col(["decheterie", "site"], "string", g.pick(["Déchèterie des Tilleroyes", "Déchèterie de Marchaux",
                                                      "Déchèterie de Thise", "Déchèterie intercommunale"])),
        Col(["flux"], "string", g.pick(["gravats", "déchets verts", "bois", "encombrants", "DEEE"])),
        Col(["tonnage", "tonnes"], "number", g.nums(5, 2000, 1)),
        Col(["nb_passages", "visites"], "integer", g.ints(500, 60000), reason="counts of visits"),
        Col(["exutoire", "filiere"], "string", g.pick(["Suez RV", "compostage", "ISDI de Chemaudin", "Eco-systèmes"])),
        Col(["annee"], "integer", g.pick([2023, 2024])),
    ]
    return dict(layer=g.rng.choice(["decheteries_tonnages", "DECHETERIES"]), geometry_kind="recycling centres",
                geometry_type="Point", cols=cols, domain="waste", reason="tonnages per site")


KINDS = [public_buildings, defibrillators, charging_points, ban_addresses, streets, roadworks, trees, ragweed_stats,
         air_stations, filosofi_grid, census_iris, commune_stats, election_results, waste_sites, water_network,
         hydrants, street_lights, zoning, company_permits, association_grants, sports_equipment, events,
         businesses, hotels, market_places, bus_stops, parking, fleet, staff_stats, town_halls, schools,
         canteen_stats, housing_stock, spanc_zones, cemetery_sites, cadastre_parcels, public_land, bike_stations,
         police_stats, nests_public, green_spaces, culture_places, rooms_catalogue, works_programme, tourism_poi,
         waste_tonnage]
