"""Table kinds of corpus blind-7 holding nothing personal: every column may be judged, all are not personal.
Each kind: (key, domain, publisher, geometry, layer names, columns, why); a column: ("snake|english", maker, type)."""
from values7 import (academy_mail, air_agency, amount, association, code_fmt, commune, company, count, date_recent,
                     equipment, famous_place, fire_station, insee, integer, length_m, local_place, num, parcel_ref,
                     percent, pick, postcode, section_num, service_mail, siren, siret, small_int, street_cap, surface,
                     switchboard, url_site, year)

EQUIP = "public equipment and its service contacts"
STATS = "aggregated statistics, no individual row"
ZONING = "regulatory zoning"
NETWORK = "public network asset"
LEGAL = "legal persons (companies, associations, public bodies)"

KINDS = [
    # urban planning and land
    ("plu_zonage", "urbanisme et foncier", "epci", "zone", ["PLUi_ZONAGE_2019_v3", "zone_urba"], [
        ("libelle|label", pick("UA", "UB", "1AUh", "A", "N", "Nzh", "UX")),
        ("libelong", pick("Zone urbaine centrale", "Zone à urbaniser", "Zone agricole", "Zone naturelle")),
        ("typezone", pick("U", "AU", "A", "N")),
        ("datappro", date_recent, "date"),
        ("insee", insee)], ZONING),
    ("plu_prescriptions", "urbanisme et foncier", "commune", "zone", ["prescription_surf"], [
        ("libelle", pick("Espace boisé classé", "Emplacement réservé", "Élément de paysage")),
        ("typepsc", pick("01", "05", "07", "18")),
        ("txt", pick("ER n°3 : élargissement de voirie au profit de la commune", "EBC à conserver"))], ZONING),
    ("reserves_foncieres", "urbanisme et foncier", "commune", "parcel", ["patrimoine_foncier_communal"], [
        ("idu", parcel_ref),
        ("proprietaire|owner", pick("Commune", "CCAS", "Domaine privé communal")),
        ("contenance", surface, "number"),
        ("affectation", pick("Réserve foncière", "Voirie", "Espace vert", "École"))],
     "land of public bodies"),
    ("friches", "urbanisme et foncier", "departement", "zone_small", ["inventaire_friches"], [
        ("nom_site", pick("Ancienne tuilerie", "Friche SNCF", "Ex-scierie Mougin", "Ancienne laiterie")),
        ("proprietaire", company),
        ("surface_m2", surface, "number"),
        ("pollution_suspectee", pick("oui", "non", "à étudier"))], LEGAL),
    ("sitadel_agg", "urbanisme et foncier", "departement", "table", ["logements_autorises_par_commune"], [
        ("code_commune", insee), ("annee", integer(2015, 2025), "integer"),
        ("nb_logements_autorises", count, "integer"),
        ("dont_individuels", count, "integer")], STATS),
    ("zac", "urbanisme et foncier", "epci", "zone", ["perimetres_zac"], [
        ("nom_zac", pick("ZAC des Hauts du Chazal", "ZAC de la Gare", "ZAC Champ Rond")),
        ("amenageur",
         pick("SEM Territoire", "SPL Aménagement", "Nexity Foncier Conseil", "Communauté de communes")),
        ("date_creation", date_recent, "date"),
        ("surface_ha", num(0.5, 120, 2), "number")], LEGAL),
    ("adresses_ban", "urbanisme et foncier", "commune", "home", ["adresses_commune_ban"], [
        ("numero", small_int, "integer"), ("suffixe", pick("", "bis", "ter")), ("nom_voie", street_cap),
        ("code_postal", postcode), ("source", pick("commune", "BAN"))],
     "address points of the national address base, no occupant"),
    ("permis_stats", "urbanisme et foncier", "commune", "table", ["bilan_instruction_ads"], [
        ("mois", pick("2025-01", "2025-02", "2025-03", "2025-04")), ("type_acte", pick("PC", "DP", "PA", "CU")),
        ("nb_deposes", count, "integer"), ("delai_moyen_j", small_int, "integer")], STATS),
    ("lotissements", "urbanisme et foncier", "commune", "zone_small", ["lotissements_perimetres"], [
        ("nom_lotissement", pick("Les Vergers", "Le Clos du Moulin", "Les Hauts de Chaux")),
        ("lotisseur", company), ("nb_lots", small_int, "integer"), ("annee_pa", year, "integer")], LEGAL),
    # social and health
    ("equipements_sociaux", "logement et social", "departement", "point", ["equipements_medico_sociaux"], [
        ("nom", equipment(["EHPAD", "Foyer logement", "Centre médico-social", "Maison France services"])),
        ("capacite", integer(12, 140), "integer"), ("telephone|phone", switchboard), ("courriel", service_mail),
        ("gestionnaire", pick("CCAS", "Département", "Mutualité française", "Association ADMR"))], EQUIP),
    ("rsa_par_commune", "logement et social", "departement", "table", ["foyers_rsa_commune"], [
        ("insee", insee), ("nb_foyers_rsa", count, "integer"), ("part_population", num(0.5, 9), "number")], STATS),
    ("maisons_sante", "logement et social", "region", "point", ["msp_region"], [
        ("nom_structure", equipment(["Maison de santé pluriprofessionnelle", "Centre de santé"])),
        ("nb_professionnels", small_int, "integer"), ("tel_accueil", switchboard), ("site", url_site)], EQUIP),
    ("logements_sociaux_parc", "logement et social", "epci", "point", ["rpls_residences"], [
        ("residence", pick("Résidence Les Tilleuls", "Cité des Forges", "Le Parc", "Les Cèdres")),
        ("bailleur", pick("Néolia", "Habitat 25", "Loge.GBM", "Idéha")), ("nb_logements", integer(8, 220), "integer"),
        ("annee_construction", year, "integer"), ("dpe_moyen", pick("C", "D", "E"))], LEGAL),
    ("iris_revenus", "logement et social", "epci", "zone", ["filosofi_iris"], [
        ("code_iris", code_fmt("{insee}{n:04d}")), ("revenu_median", integer(16000, 31000), "number"),
        ("taux_pauvrete", num(4, 38), "number")], STATS),
    ("carroyage_200m", "logement et social", "region", "zone_small", ["filosofi_carreaux_200m"], [
        ("idcar_200m", code_fmt("CRS3035RES200mN2{n:04d}E4{n:04d}")), ("ind", count, "integer"),
        ("men_pauv", small_int, "integer")], STATS + " (200 m squares with population counts)"),
    # education
    ("ecoles", "éducation et jeunesse", "commune", "point", ["etablissements_scolaires", "ECOLES"], [
        ("nom_ecole", famous_place(["École élémentaire", "École maternelle", "Groupe scolaire"])),
        ("uai", code_fmt("0{dep}{n:04d}X")), ("effectif", integer(45, 320), "integer"), ("telephone", switchboard),
        ("mail", academy_mail)], EQUIP),
    ("secteurs_colleges", "éducation et jeunesse", "departement", "zone", ["sectorisation_colleges"], [
        ("college", famous_place(["Collège"])), ("code_rne", code_fmt("0{dep}{n:04d}Y")),
        ("capacite_accueil", integer(300, 900), "integer")], EQUIP),
    ("effectifs_classes", "éducation et jeunesse", "commune", "table", ["effectifs_par_niveau"], [
        ("ecole", famous_place(["École"])), ("niveau", pick("CP", "CE1", "CE2", "CM1", "CM2")),
        ("effectif", integer(14, 30), "integer"), ("rentree", pick("2024", "2025"))], STATS),
    ("menus_cantine", "éducation et jeunesse", "commune", "table", ["menus_restauration_scolaire"], [
        ("date_repas", date_recent, "date"), ("entree", pick("Carottes râpées", "Salade verte", "Taboulé")),
        ("plat", pick("Saucisse de Morteau lentilles", "Poisson pané", "Hachis parmentier")),
        ("bio", pick("oui", "non"))], "menus"),
    ("lycees", "éducation et jeunesse", "region", "point", ["lycees_publics"], [
        ("appellation", famous_place(["Lycée", "Lycée professionnel"])), ("secteur", pick("Public")),
        ("nb_eleves", integer(250, 1600), "integer"), ("courriel_etablissement", academy_mail),
        ("tel_standard", switchboard)], EQUIP),
    ("circuits_scolaires", "éducation et jeunesse", "region", "line", ["lignes_scolaires"], [
        ("ligne", code_fmt("S{i:02d}")), ("transporteur", pick("Transdev Bourgogne", "Keolis", "Mobilités Comtoises")),
        ("longueur_m", length_m, "number")], "public transport line"),
    # culture and sport
    ("equipements_sportifs", "culture et sport", "epci", "point", ["RES_equipements_sportifs"], [
        ("equipement", equipment(["Gymnase", "Stade", "Piscine", "Dojo", "City stade", "Court de tennis"])),
        ("type", pick("Salle multisports", "Terrain de football", "Bassin", "Skatepark")),
        ("proprietaire", pick("Commune", "EPCI", "Département")), ("annee_service", year, "integer"),
        ("accessible_pmr", pick("oui", "non"))], EQUIP),
    ("agenda_evenements", "culture et sport", "ot", "point", ["agenda_manifestations"], [
        ("titre", pick("Fête de la musique", "Marché de Noël", "Trail des Combes", "Brocante de printemps")),
        ("date_debut", date_recent, "date"), ("organisateur", association), ("contact", service_mail),
        ("tarif", pick("Gratuit", "5 €", "10 €"))], "public events organised by associations"),
    ("bibliotheques_stats", "culture et sport", "departement", "table", ["activite_bibliotheques"], [
        ("bibliotheque", equipment(["Médiathèque", "Bibliothèque"])), ("nb_inscrits", count, "integer"),
        ("nb_prets", count, "integer"), ("heures_ouverture", small_int, "integer")], STATS),
    ("salles_culturelles", "culture et sport", "commune", "point", ["salles_spectacle"], [
        ("nom_salle", equipment(["Salle des fêtes", "Espace culturel", "Théâtre"])),
        ("jauge", integer(80, 900), "integer"),
        ("reservation", service_mail), ("tel", switchboard)], EQUIP),
    ("subventions_assos", "culture et sport", "commune", "table", ["subventions_associations_2025"], [
        ("beneficiaire", association), ("siret", siret), ("objet", pick("Fonctionnement", "Projet", "Manifestation")),
        ("montant", amount, "number"), ("date_deliberation", date_recent, "date")], LEGAL),
    ("sentiers_rando", "tourisme et patrimoine", "ot", "line", ["itineraires_randonnee"], [
        ("nom_circuit", pick("Circuit des belvédères", "Boucle de la source", "Sentier Gustave Courbet")),
        ("balisage", pick("Jaune", "Bleu", "GR")), ("difficulte", pick("Facile", "Moyen", "Difficile")),
        ("longueur", length_m, "number")], "public trails"),
    ("clubs_sportifs_stats", "culture et sport", "region", "table", ["licences_par_federation"], [
        ("federation", pick("FFF", "FFBB", "FFR", "FFJudo", "FFN")), ("departement", pick("25", "39", "70", "90")),
        ("nb_licences", count, "integer"), ("part_femmes", num(5, 70), "number")], STATS),
    # economy and agriculture
    ("zones_activite", "économie et agriculture", "epci", "zone", ["zae_perimetres"], [
        ("nom_zae", pick("ZA des Vieilles Vignes", "Zone industrielle Nord", "Technopôle")),
        ("gestionnaire", pick("Communauté de communes", "SEM Territoire 25")),
        ("surface_dispo_ha", num(0, 35, 1), "number"),
        ("contact", service_mail)], LEGAL),
    ("etablissements_sirene", "économie et agriculture", "epci", "point", ["sirene_geocode"], [
        ("siret", siret), ("raison_sociale", company), ("naf", pick("47.11F", "43.22A", "56.10A", "10.51C")),
        ("effectif_tranche", pick("00", "01", "11", "21"))], LEGAL),
    ("marches", "économie et agriculture", "commune", "point", ["marches_hebdomadaires"], [
        ("nom_marche", pick("Marché du samedi", "Marché de producteurs", "Marché nocturne")),
        ("jour", pick("Mardi", "Samedi", "Vendredi")), ("nb_etals", small_int, "integer"),
        ("horaires", pick("7h-12h30", "16h-20h"))], EQUIP),
    ("aires_aop", "économie et agriculture", "region", "zone", ["aires_aop_comte"], [
        ("appellation", pick("Comté", "Morbier", "Mont d'Or", "Saucisse de Morteau")), ("insee", insee),
        ("date_decret", date_recent, "date")], ZONING),
    ("exploitations_par_commune", "économie et agriculture", "departement", "table", ["ra2020_exploitations"], [
        ("commune", commune), ("nb_exploitations", small_int, "integer"), ("sau_ha", surface, "number"),
        ("otex_dominante", pick("Bovins lait", "Polyculture", "Viticulture"))], STATS),
    ("locaux_commerciaux_vacants", "économie et agriculture", "commune", "point", ["locaux_vacants_centre"], [
        ("adresse_local", street_cap), ("surface", surface, "number"), ("proprietaire_bailleur", company),
        ("ancienne_activite", pick("Boulangerie", "Prêt-à-porter", "Banque"))], LEGAL),
    ("aides_entreprises", "économie et agriculture", "region", "table", ["aides_economiques_region"], [
        ("entreprise", company), ("siren", siren),
        ("dispositif", pick("Avance remboursable", "Subvention")),
        ("montant_aide", num(5000, 400000, 0), "number")], LEGAL),
    # environment and risks
    ("arbres_alignement", "environnement et risques", "commune", "point", ["arbres_voirie", "ARBRES"], [
        ("essence", pick("Platanus x acerifolia", "Tilia cordata", "Acer platanoides", "Quercus robur")),
        ("hauteur_m", num(3, 28), "number"), ("circonference_cm", integer(25, 380), "integer"),
        ("etat_sanitaire", pick("Bon", "Moyen", "Dépérissant")), ("date_plantation", date_recent, "date")],
     "public trees"),
    ("zones_humides", "environnement et risques", "departement", "zone", ["inventaire_zones_humides"], [
        ("nom_zh", pick("Marais de Saône", "Tourbière du Frambourg", "Prairie humide de la Loue")),
        ("typologie_sdage", pick("Tourbière", "Prairie humide", "Bordure de cours d'eau")),
        ("surface_ha", percent, "number")], "natural areas"),
    ("points_apport", "environnement et risques", "syndicat_dechets", "point", ["points_apport_volontaire"], [
        ("flux", pick("Verre", "Papier", "Emballages", "Textile")), ("volume_l", count, "integer"),
        ("frequence_collecte", pick("Hebdomadaire", "Bimensuelle")), ("adresse_pav", street_cap)], EQUIP),
    ("ppri", "environnement et risques", "departement", "zone", ["ppri_zonage_reglementaire"], [
        ("zone", pick("Rouge", "Bleue", "Blanche")), ("alea", pick("Fort", "Moyen", "Faible")),
        ("cours_eau", pick("Doubs", "Loue", "Ognon"))], ZONING),
    ("stations_air", "environnement et risques", "region", "point", ["stations_mesure_air"], [
        ("station", local_place(["Station", "Station urbaine", "Station trafic"])),
        ("polluant", pick("NO2", "PM10", "O3")), ("moyenne_annuelle", num(6, 48), "number"),
        ("exploitant", air_agency)], "measuring stations"),
    ("espaces_verts", "environnement et risques", "commune", "zone_small", ["espaces_verts_gestion"], [
        ("nom_site", famous_place(["Square", "Parc", "Jardin"])), ("classe_entretien", pick("1", "2", "3")),
        ("surface", surface, "number"), ("zero_phyto", pick("oui"))], "public green spaces"),
    ("cours_eau", "environnement et risques", "syndicat_eau", "line", ["troncons_hydro"], [
        ("toponyme", pick("La Loue", "Le Lison", "Ruisseau de la Brême")),
        ("classe_largeur", pick("0-15 m", "15-50 m")),
        ("etat_ecologique", pick("Bon", "Moyen", "Médiocre"))], "rivers"),
    ("haies", "environnement et risques", "epci", "line", ["linéaire_haies_2023"], [
        ("type_haie", pick("Arbustive", "Arborée", "Multistrate")), ("longueur_m", length_m, "number"),
        ("source", pick("Photo-interprétation", "Terrain"))], "landscape features"),
    ("cavites", "environnement et risques", "departement", "point", ["cavites_souterraines"], [
        ("identifiant", code_fmt("FRCAW{n:07d}")), ("type_cavite", pick("Gouffre", "Doline", "Carrière")),
        ("fiabilite", pick("Bonne", "Moyenne"))], "natural hazards"),
    # networks
    ("canalisations_aep", "réseaux", "syndicat_eau", "line", ["CANA_AEP", "reseau_eau_potable"], [
        ("diametre", pick(60, 80, 100, 150, 200), "integer"), ("materiau", pick("Fonte", "PVC", "PEHD", "Acier")),
        ("annee_pose", year, "integer"), ("exploitant", pick("Veolia Eau", "Régie"))], NETWORK),
    ("poteaux_incendie", "réseaux", "commune", "point", ["defense_incendie", "PEI"], [
        ("numero_pei", code_fmt("PEI-{i:03d}")), ("debit_m3h", integer(30, 180), "integer"),
        ("pression_bar", num(1, 8), "number"),
        ("date_controle", date_recent, "date"), ("conformite", pick("Conforme", "Non conforme"))], NETWORK),
    ("eclairage_public", "réseaux", "syndicat_energie", "point", ["points_lumineux"], [
        ("id_pl", code_fmt("PL{n:05d}")), ("type_lampe", pick("LED", "SHP", "Iodure")),
        ("puissance_w", integer(18, 150), "integer"),
        ("armoire", code_fmt("A{i:02d}"))], NETWORK),
    ("regards_assainissement", "réseaux", "epci", "point", ["regards_eu"], [
        ("ref_regard", code_fmt("R{n:05d}")), ("profondeur", num(0.8, 4.5, 2), "number"),
        ("reseau", pick("EU", "EP", "UN"))],
     NETWORK),
    ("armoires_fibre", "réseaux", "departement", "point", ["sro_thd"], [
        ("code_sro", code_fmt("SRO-25-{n:04d}")), ("operateur", pick("Orange", "Altitude Infra", "SFR FttH")),
        ("nb_prises", count, "integer")], NETWORK),
    ("antennes", "réseaux", "departement", "point", ["sites_radiotelephonie"], [
        ("operateur", pick("Orange", "SFR", "Bouygues Telecom", "Free Mobile")), ("technologie", pick("4G", "5G")),
        ("hauteur_support", num(12, 45), "number"), ("date_mise_service", date_recent, "date")], NETWORK),
    ("reseau_chaleur", "réseaux", "commune", "line", ["reseau_chaleur_bois"], [
        ("troncon", code_fmt("RC{i:02d}")), ("dn", pick(50, 80, 125), "integer"),
        ("gestionnaire", pick("Régie municipale", "Engie Solutions"))], NETWORK),
    # mobility
    ("arrets_bus", "mobilité", "epci", "point", ["arrets_reseau_urbain", "stops"], [
        ("nom_arret|stop_name", famous_place(["Place", "Rue", "Lycée"])), ("code_arret", code_fmt("ST{n:04d}")),
        ("lignes", pick("1", "1;3", "4", "S2")), ("abri", pick("oui", "non"))], "public transport stops"),
    ("pistes_cyclables", "mobilité", "epci", "line", ["amenagements_cyclables"], [
        ("type_amenagement", pick("Piste bidirectionnelle", "Bande cyclable", "Voie verte")),
        ("revetement", pick("Enrobé", "Stabilisé")), ("longueur", length_m, "number"),
        ("annee", integer(1998, 2025), "integer")],
     "public roads"),
    ("parkings", "mobilité", "commune", "point", ["parcs_stationnement"], [
        ("nom_parking", pick("Parking de la Gare", "Parking Jean Jaurès", "Parking du Marché")),
        ("nb_places", integer(20, 450), "integer"), ("dont_pmr", small_int, "integer"),
        ("payant", pick("oui", "non"))], EQUIP),
    ("comptages", "mobilité", "departement", "point", ["comptages_routiers_tmja"], [
        ("route", pick("RD 67", "RD 492", "RD 437")), ("pr", pick("12+350", "4+100", "27+800")),
        ("tmja", count, "integer"), ("pct_pl", num(2, 18), "number")], STATS),
    ("irve", "mobilité", "region", "point", ["bornes_recharge"], [
        ("nom_station", pick("Parking mairie", "Aire de covoiturage", "Place du marché")),
        ("amenageur", pick("SYDED", "Izivia", "TotalEnergies")), ("puissance_kw", pick(22, 50, 150), "integer"),
        ("contact_operateur", pick("support@izivia.com", "0 970 830 213"))], EQUIP),
    ("routes_departementales", "mobilité", "departement", "line", ["RD_reseau"], [
        ("numero", pick("D67", "D492", "D461")), ("categorie", pick("1", "2", "3")),
        ("vitesse", pick(50, 70, 80, 90), "integer"),
        ("gestion", local_place(["CTD", "Agence routière"]))], "public roads"),
    ("accidents_agg", "mobilité", "departement", "table", ["accidentalite_par_commune"], [
        ("commune", commune), ("annee", integer(2015, 2024), "integer"), ("nb_accidents", small_int, "integer"),
        ("nb_tues", integer(0, 3), "integer")], STATS),
    # public safety
    ("defibrillateurs", "sécurité publique", "commune", "point", ["dae_geodae"], [
        ("lieu", equipment(["Mairie", "Gymnase", "Salle des fêtes"])), ("acces", pick("Extérieur", "Intérieur")),
        ("dispo", pick("24h/24", "Heures d'ouverture")), ("tel_exploitant", switchboard)], EQUIP),
    ("videoprotection", "sécurité publique", "commune", "point", ["cameras_voie_publique"], [
        ("num_camera", code_fmt("CAM{i:02d}")), ("type", pick("Dôme", "Fixe")), ("date_pose", date_recent, "date")],
     EQUIP),
    ("casernes", "sécurité publique", "sdis", "point", ["centres_incendie_secours"], [
        ("centre", fire_station), ("categorie", pick("CSP", "CS", "CPI")),
        ("effectif_spv", integer(12, 90), "integer"), ("standard", switchboard)], EQUIP),
    ("interventions_stats", "sécurité publique", "sdis", "table", ["interventions_par_mois"], [
        ("mois", pick("2025-01", "2025-02", "2025-03")), ("nature", pick("SAP", "Incendie", "AVP")),
        ("nb_interventions", count, "integer")], STATS),
    ("erp", "sécurité publique", "commune", "point", ["erp_commission_securite"], [
        ("nom_erp", pick("Supermarché Intermarché", "Salle polyvalente", "Église Saint-Martin", "Camping municipal",
                               "Collège Jules Ferry", "Cinéma Le Rex", "Gymnase du Stade")),
        ("type_erp", pick("L", "M", "N", "PA", "V")), ("categorie", pick("1", "2", "3", "4", "5")),
        ("date_derniere_visite", date_recent, "date"), ("avis", pick("Favorable", "Défavorable"))], EQUIP),
    ("sirenes", "sécurité publique", "departement", "point", ["sirenes_rnast"], [
        ("site", pick("Mairie", "Église", "Caserne")), ("portee_m", integer(800, 3000), "integer")], EQUIP),
    # elections
    ("bureaux_vote", "élections et citoyenneté", "commune", "point", ["bureaux_de_vote"], [
        ("num_bureau", pick("1", "2", "3", "4")), ("lieu_vote", famous_place(["École", "Salle"])),
        ("nb_inscrits", count, "integer")], EQUIP),
    ("resultats_elections", "élections et citoyenneté", "departement", "table", ["resultats_europeennes_2024"], [
        ("code_bv", code_fmt("{insee}_000{i}")), ("liste", pick("Liste 1", "Liste 5", "Liste 33")),
        ("voix", count, "integer"), ("pct_exprimes", percent, "number")], STATS),
    ("cantons", "élections et citoyenneté", "departement", "big", ["cantons_2015"], [
        ("nom_canton", pick("Ornans", "Pontarlier", "Valdahon")), ("code_canton", code_fmt("25{i:02d}")),
        ("population", count, "integer")], "administrative units"),
    ("noms_rues", "élections et citoyenneté", "commune", "line", ["voies_nommees"], [
        ("nom_voie", famous_place(["Rue", "Avenue", "Place", "Allée"])), ("date_denomination", date_recent, "date"),
        ("code_fantoir", code_fmt("{n:04d}"))], "streets named after famous people"),
    ("deliberations", "élections et citoyenneté", "commune", "table", ["deliberations_2025"], [
        ("num_delib", code_fmt("2025-{i:03d}")), ("objet", pick("Budget primitif", "Tarifs cantine",
                                                               "Convention SDIS", "Dénomination de voie")),
        ("pour", count, "integer"), ("contre", small_int, "integer"), ("date_seance", date_recent, "date")],
     "council decisions, vote counts"),
    # HR and internal management
    ("batiments_communaux", "RH et gestion interne", "commune", "zone_small", ["patrimoine_bati"], [
        ("batiment", equipment(["Mairie", "Atelier municipal", "École", "Salle"])),
        ("surface_plancher", surface, "number"), ("energie", pick("Gaz", "Fioul", "Bois", "Réseau de chaleur")),
        ("conso_kwh", integer(8000, 420000), "integer")], EQUIP),
    ("parc_vehicules", "RH et gestion interne", "epci", "table", ["flotte_vehicules_service"], [
        ("service", pick("Voirie", "Espaces verts", "Collecte")), ("modele", pick("Renault Kangoo", "Iveco Daily")),
        ("energie", pick("Diesel", "Électrique")), ("kilometrage", integer(4000, 210000), "integer")], "service fleet"),
    ("effectifs_service", "RH et gestion interne", "departement", "table", ["bilan_social_effectifs"], [
        ("direction", pick("DGA Solidarités", "DGA Routes", "DGA Ressources")), ("categorie", pick("A", "B", "C")),
        ("etp", num(4, 310), "number"), ("age_moyen", num(39, 52), "number")], STATS),
    ("marches_publics", "RH et gestion interne", "region", "table", ["donnees_essentielles_marches"], [
        ("objet_marche", pick("Travaux de voirie", "Fourniture de repas", "Maintenance SIG")),
        ("titulaire", company), ("siret_titulaire", siret), ("montant_ht", num(4000, 1800000, 2), "number"),
        ("date_notification", date_recent, "date")], LEGAL),
    ("budget", "RH et gestion interne", "commune", "table", ["budget_primitif_fonctions"], [
        ("fonction", pick("Enseignement", "Culture", "Voirie", "Action sociale")),
        ("depenses", num(80000, 4500000, 0), "number"),
        ("recettes", num(20000, 3000000, 0), "number")], "public accounts"),
    ("contacts_services", "RH et gestion interne", "epci", "point", ["annuaire_services"], [
        ("service", pick("Accueil", "Urbanisme", "Service des eaux", "Déchets")), ("courriel_service", service_mail),
        ("telephone_accueil", switchboard), ("horaires", pick("Lun-ven 8h30-12h", "Mar-sam 9h-17h"))],
     "services' functional contacts"),
    # tourism and heritage
    ("hebergements_classes", "tourisme et patrimoine", "ot", "point", ["hotels_campings_classes"], [
        ("etablissement", pick("Hôtel de France", "Camping Le Val de Loue", "Hôtel Le Jura")),
        ("classement", pick("2 étoiles", "3 étoiles", "4 étoiles")), ("capacite", count, "integer"),
        ("exploitant", company)], LEGAL),
    ("monuments_historiques", "tourisme et patrimoine", "region", "point", ["monuments_historiques_pop"], [
        ("appellation", pick("Église Saint-Laurent", "Château de Cléron", "Maison natale de Gustave Courbet")),
        ("protection", pick("Classé", "Inscrit")), ("date_protection", date_recent, "date"),
        ("ref_merimee", code_fmt("PA{n:08d}"))], "monuments"),
    ("plaques_commemoratives", "tourisme et patrimoine", "commune", "point", ["plaques_memoire"], [
        ("inscription", famous_place(["Ici vécut", "En hommage à"])), ("materiau", pick("Marbre", "Bronze")),
        ("annee_pose", year, "integer")], "plaques honouring famous people"),
    ("patrimoine_vernaculaire", "tourisme et patrimoine", "epci", "point", ["petit_patrimoine"], [
        ("type_objet", pick("Lavoir", "Fontaine", "Croix de chemin", "Four banal")),
        ("etat", pick("Bon", "À restaurer")),
        ("siecle", pick("XVIIIe", "XIXe"))], "heritage objects"),
    ("poi_tourisme", "tourisme et patrimoine", "ot", "point", ["points_interet_touristiques", "poi"], [
        ("name", pick("Belvédère du Moine", "Source de la Loue", "Musée Courbet")),
        ("category", pick("Viewpoint", "Museum", "Natural site")), ("website", url_site),
        ("phone", switchboard)], "tourist sites"),
    ("toilettes_publiques", "tourisme et patrimoine", "commune", "point", ["sanitaires_publics"], [
        ("localisation", street_cap), ("pmr", pick("oui", "non")), ("horaires", pick("7h-20h", "24h/24"))], EQUIP),
    ("frequentation_ot", "tourisme et patrimoine", "ot", "table", ["frequentation_bureaux_accueil"], [
        ("bureau", local_place(["BIT", "Bureau d'accueil"])), ("mois", pick("2025-07", "2025-08")),
        ("nb_visiteurs", count, "integer"), ("pct_etrangers", num(3, 35), "number")], STATS),
    ("associations_annuaire", "culture et sport", "commune", "table", ["annuaire_associations"], [
        ("association", association), ("activite", pick("Sport", "Culture", "Solidarité", "Loisirs")),
        ("rna", code_fmt("W25{n:07d}")), ("siege", pick("Mairie", "Maison des associations"))], LEGAL),
    ("cimetieres", "élections et citoyenneté", "commune", "zone_small", ["cimetieres_communaux"], [
        ("nom_cimetiere", pick("Cimetière ancien", "Cimetière paysager", "Cimetière des Rosiers")),
        ("nb_emplacements", count, "integer"), ("nb_libres", small_int, "integer"),
        ("gardien_tel", switchboard)], EQUIP),
    ("cadastre_sections", "urbanisme et foncier", "commune", "zone", ["sections_cadastrales"], [
        ("section", section_num), ("insee", insee), ("feuille", small_int, "integer")], "cadastral sheets"),
]
