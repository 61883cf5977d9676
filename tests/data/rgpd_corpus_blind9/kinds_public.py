"""Kinds of table of corpus blind-9 holding nothing personal in any column; their judged columns are
marked ``N(reason)``. Many are traps on purpose: contacts of services, legal persons bearing a surname,
places and streets named after people, plates and meters of the authority's own fleet and buildings."""

import values as v
from schema import C, K, N

ACCUEIL = N("ligne du standard ou d'accueil de la collectivité: contact fonctionnel")
MAILBOX = N("boîte fonctionnelle d'un service, sur le domaine de la collectivité")
LEGAL = N("personne morale (société, association, établissement public)")
NAMED_PLACE = N("lieu, voie ou équipement, même nommé d'après une personne")
STATS = N("statistique agrégée, ne se rapporte à aucune personne")
EQUIPMENT = N("attribut d'un équipement ou d'un ouvrage public")
PUBLIC_BODY = N("organisme public ou instance élue en tant qu'institution")
ZONING = N("attribut d'une zone réglementaire, sans lien avec une personne")

SCHOOLS = ("École Jules Ferry", "École maternelle Louise Michel", "Groupe scolaire Victor Hugo",
           "École élémentaire Jean Macé", "École Marie Curie", "École Simone Veil")
HALLS = ("Gymnase Pierre de Coubertin", "Salle Léo Lagrange", "Stade Jean Bouin", "Piscine Mallarmé",
         "Complexe sportif Marcel Cerdan", "Salle des fêtes", "Maison des associations Olympe de Gouges")

PUBLIC = (
    # --- planning and land ----------------------------------------------------------------------------
    K("plu_zonage", "urbanisme", "epci", "plu_zonage|ZONE_URBA|landUseZones", "zone", [
        C("libelle|LIBELLE|label", "s", v.pick("UA", "UB", "UC", "1AU", "2AU", "A", "N", "Nj"), ZONING),
        C("libelong|LIBELONG|longLabel", "s", v.pick("Zone urbaine centrale", "Zone à urbaniser", "Zone agricole",
                                                     "Zone naturelle jardins"), ZONING),
        C("date_approbation|DATAPPRO|approvedOn", "date", v.day(4000)),
        C("url_reglement|URLFIC|ruleUrl", "s", v.text("https://www.geoportail-urbanisme.gouv.fr/document/{n}")),
    ]),
    K("servitudes_utilite_publique", "urbanisme", "departement", "sup_assiettes|SUP_ASSIET|easements", "zone", [
        C("categorie|CATEGORIE|category", "s", v.pick("AC1", "PM1", "I4", "T7", "AS1", "EL7"), ZONING),
        C("gestionnaire|GEST|manager", "s", v.pick("RTE", "GRTgaz", "UDAP", "DDT", "ARS"), LEGAL),
        C("contact_gestionnaire|CONTACT|managerContact", "s", v.service_mail("urbanisme"), MAILBOX),
    ]),
    K("parcelles_communales", "foncier", "commune", "patrimoine_foncier_communal|PARC_COMM|municipalLand",
      "parcel", [
        C("proprietaire|PROPRIETAI|owner", "s", v.text("COMMUNE DE {commune}", "CCAS DE {commune}"),
          N("la commune ou son CCAS, personne morale de droit public, écrite à la cadastrale")),
        C("idu|IDU|parcelId", "s", v.idu, N("parcelle appartenant à une personne publique")),
        C("affectation|AFFECT|use", "s", v.pick("voirie", "école", "réserve foncière", "espace vert"), EQUIPMENT),
        C("contenance|CONTENANCE|areaM2", "integer", v.integer(100, 30000)),
    ]),
    K("parcelles_personnes_morales", "foncier", "departement", "parcelles_pm|PARC_PM|legalEntityParcels",
      "parcel", [
        C("denomination|DENOM|ownerName", "s", v.pick("SCI LES TILLEULS", "SCI DUPUIS IMMOBILIER", "SA HLM NEOLIA",
                                                      "SNCF RESEAU", "GAEC VUILLEMIN FRERES", "COMMUNE DE VAUX",
                                                      "SAS MENUISERIE LAMBERT"),
          N("propriétaire personne morale, même si sa raison sociale porte un nom de famille")),
        C("siren|SIREN|siren", "s", v.siren, N("SIREN d'une personne morale")),
        C("forme_juridique|FORME_JUR|legalForm", "s", v.pick("SCI", "SA", "SAS", "EPIC", "GAEC"), LEGAL),
        C("idu|IDU|parcelId", "s", v.idu),
    ]),
    K("lotissements_autorises", "urbanisme", "epci", "permis_amenager|PA|subdivisionPermits", "zone", [
        C("amenageur|AMENAGEUR|developer", "s", v.pick("Nexity Foncier Conseil", "Territoire 25 SEM",
                                                       "SPL Rennes Métropole", "Bouygues Immobilier"), LEGAL),
        C("nb_lots|NB_LOTS|lots", "integer", v.integer(6, 80), STATS),
        C("nom_operation|NOM_OPE|projectName", "s", v.pick("Les Hauts de Chailluz", "Écoquartier Louise Michel",
                                                           "Clos Victor Hugo"), NAMED_PLACE),
    ]),
    K("zones_preemption", "urbanisme", "commune", "perimetres_dpu|DPU|preemptionZones", "zone", [
        C("type_droit|TYPE|rightType", "s", v.pick("DPU simple", "DPU renforcé", "ZAD"), ZONING),
        C("titulaire_droit|TITULAIRE|holder", "s", v.org, PUBLIC_BODY),
        C("deliberation|DELIB|decision", "s", v.seq("DEL-{y}-{r:03d}")),
    ]),
    K("emplacements_reserves", "urbanisme", "epci", "emplacements_reserves|EMPL_RES|reservedSites", "parcel", [
        C("beneficiaire|BENEF|beneficiary", "s", v.pick("Commune", "Département", "Métropole", "Région"),
          PUBLIC_BODY),
        C("objet|OBJET|purpose", "s", v.pick("élargissement de voie", "bassin de rétention", "piste cyclable"),
          ZONING),
        C("surface|SURFACE|areaM2", "integer", v.integer(80, 9000)),
    ]),
    K("adresses_ban", "open data", "commune", "adresses_locales|BAL|addresses", "pt", [
        C("numero|NUMERO|number", "integer", v.number, N("numéro de voie d'une adresse publique, sans occupant")),
        C("voie_nom|VOIE_NOM|streetName", "s", v.street, NAMED_PLACE),
        C("certification|CERTIF|certified", "s", v.pick("1", "0")),
        C("commune_insee|COM_INSEE|cityCode", "s", v.insee),
    ]),
    K("denomination_voies", "open data", "commune", "voies_denomination|VOIES|streetNaming", "line", [
        C("nom_voie|NOM_VOIE|streetName", "s", v.street, NAMED_PLACE),
        C("personnalite|PERSONNAL|honouredPerson", "s", v.pick("Victor Hugo (1802-1885), écrivain",
                                                               "Simone Veil (1927-2017), femme politique",
                                                               "Louis Pasteur (1822-1895), savant",
                                                               "Lucie Aubrac (1912-2007), résistante",
                                                               "Gustave Courbet (1819-1877), peintre"),
          N("personnalité historique décédée à qui une voie rend hommage: nom de lieu, pas de personne vivante")),
        C("date_deliberation|DATE_DEL|namedOn", "date", v.day(9000)),
    ]),
    # --- cemeteries -----------------------------------------------------------------------------------
    K("cimetieres_sites", "cimetière", "commune", "cimetieres|CIMETIERES|cemeteries", "parcel", [
        C("nom_cimetiere|NOM|name", "s", v.pick("Cimetière des Chaprais", "Cimetière Saint-Claude",
                                                "Cimetière de l'Est", "Cimetière Jean Moulin"), NAMED_PLACE),
        C("places_libres|PL_LIBRES|freePlots", "integer", v.integer(0, 300), STATS),
        C("telephone|TELEPHONE|phone", "s", v.service_phone, ACCUEIL),
        C("courriel|COURRIEL|email", "s", v.service_mail("cimetieres"), MAILBOX),
    ]),
    K("occupation_carres", "cimetière", "commune", "carres_cimetiere|CARRES|cemeterySections", "parcel", [
        C("carre|CARRE|section", "s", v.seq("Carré {n}")),
        C("taux_occupation|TX_OCCUP|occupancyRate", "number", v.amount(40, 100, 1), STATS),
        C("concessions_echues|ECHUES|expiredLeases", "integer", v.integer(0, 40), STATS),
    ]),
    # --- schools and childcare ------------------------------------------------------------------------
    K("ecoles_publiques", "scolaire", "commune", "ecoles|ECOLES|schools", "pt", [
        C("nom_ecole|NOM_ECOLE|schoolName", "s", v.pick(*SCHOOLS), NAMED_PLACE),
        C("uai|UAI|schoolId", "s", v.seq("0{d}{r:04d}A"), N("identifiant d'établissement scolaire")),
        C("effectif|EFFECTIF|pupils", "integer", v.integer(45, 320), STATS),
        C("courriel_ecole|MAIL_ECOLE|schoolEmail", "s", v.text("ce.0{n}1234x@ac-besancon.fr"),
          N("boîte fonctionnelle de l'école sur le domaine académique")),
        C("tel_ecole|TEL_ECOLE|schoolPhone", "s", v.service_phone, ACCUEIL),
    ]),
    K("secteurs_scolaires", "scolaire", "commune", "carte_scolaire|SECT_SCO|schoolCatchments", "zone", [
        C("ecole_secteur|ECOLE|school", "s", v.pick(*SCHOOLS), NAMED_PLACE),
        C("niveau|NIVEAU|level", "s", v.pick("maternelle", "élémentaire"), ZONING),
        C("contact_inscriptions|CONTACT|enrolmentContact", "s", v.service_mail("education"), MAILBOX),
    ]),
    K("restauration_scolaire_bilan", "scolaire", "commune", "repas_servis|REPAS|mealsServed", "none", [
        C("restaurant|RESTAURANT|canteen", "s", v.pick(*SCHOOLS), NAMED_PLACE),
        C("repas_jour_moyen|REPAS_JOUR|dailyMeals", "integer", v.integer(40, 600), STATS),
        C("prestataire|PRESTAT|caterer", "s", v.pick("Sodexo", "Elior", "API Restauration", "Régie municipale"),
          LEGAL),
        C("part_bio|PART_BIO|organicShare", "number", v.amount(10, 60, 1), STATS),
    ]),
    K("arrets_transport_scolaire", "mobilité", "region", "arrets_scolaires|ARRETS_SC|schoolBusStops", "pt", [
        C("nom_arret|NOM_ARRET|stopName", "s", v.text("Mairie", "Place du Marché", "{street}", "Église"),
          NAMED_PLACE),
        C("circuit|CIRCUIT|route", "s", v.seq("{d}-{r}")),
        C("transporteur|TRANSPORT|operator", "s", v.pick("Transdev", "Keolis", "SAS Transports Vuillemin",
                                                         "SARL Taxis Perrin"),
          N("transporteur personne morale, même quand sa raison sociale porte un nom")),
        C("nb_eleves|NB_ELEVES|pupils", "integer", v.integer(3, 45), STATS),
    ]),
    K("creches_equipements", "enfance", "epci", "etablissements_petite_enfance|EAJE|nurseries", "pt", [
        C("nom|NOM|name", "s", v.pick("Crèche Les Lutins", "Multi-accueil Françoise Dolto", "Micro-crèche Les "
                                                                                             "Petits Pas"),
          NAMED_PLACE),
        C("places|PLACES|places", "integer", v.integer(10, 60), EQUIPMENT),
        C("gestionnaire|GEST|operator", "s", v.pick("CCAS", "Association Les Lutins", "People & Baby", "Mutualité"),
          LEGAL),
        C("tel_accueil|TEL_ACC|receptionPhone", "s", v.service_phone, ACCUEIL),
    ]),
    K("effectifs_scolaires_commune", "scolaire", "departement", "effectifs_colleges|EFF_COLL|collegeRolls",
      "zone", [
        C("effectif_total|EFFECTIF|total", "integer", v.integer(150, 900), STATS),
        C("part_boursiers|BOURSIERS|grantShare", "number", v.amount(5, 45, 1), STATS),
        C("ips|IPS|socialIndex", "number", v.amount(70, 135, 1), STATS),
    ]),
    # --- housing and social ---------------------------------------------------------------------------
    K("rpls_batiments", "logement", "epci", "logements_sociaux_programmes|RPLS|socialHousingStock", "pt", [
        C("bailleur|BAILLEUR|landlord", "s", v.pick("Habitat 25", "SA HLM Néolia", "Grand Besançon Habitat",
                                                    "Archipel Habitat"), LEGAL),
        C("nb_logements|NB_LOGTS|units", "integer", v.integer(6, 180), STATS),
        C("annee_construction|AN_CONST|built", "integer", v.integer(1955, 2022), EQUIPMENT),
        C("dpe_moyen|DPE|epcLabel", "s", v.pick("B", "C", "D", "E"), EQUIPMENT),
    ]),
    K("structures_sociales", "social", "departement", "points_accueil_social|ACC_SOCIAL|socialOffices", "pt", [
        C("structure|STRUCTURE|office", "s", v.text("Centre médico-social {street}", "CCAS de {commune}",
                                                    "Maison France Services {commune}"), NAMED_PLACE),
        C("telephone|TELEPHONE|phone", "s", v.switchboard, ACCUEIL),
        C("courriel|COURRIEL|email", "s", v.service_mail("solidarites"), MAILBOX),
        C("horaires|HORAIRES|openingHours", "s", v.pick("lun-ven 8h30-12h", "sur rendez-vous", "mar et jeu")),
    ]),
    K("statistiques_rsa_iris", "social", "departement", "rsa_par_iris|RSA_IRIS|welfareByArea", "zone", [
        C("nb_foyers_rsa|NB_RSA|households", "integer", v.integer(12, 900), STATS),
        C("part_population|PART_POP|share", "number", v.amount(1, 18, 2), STATS),
        C("iris|IRIS|irisCode", "s", v.seq("{i}{r:04d}")),
    ]),
    K("residences_autonomie", "autonomie", "departement", "residences_seniors|RES_AUTON|seniorResidences", "pt", [
        C("nom|NOM|name", "s", v.pick("Résidence Les Hortensias", "Résidence Marie Curie", "Foyer-logement "
                                                                                           "Jean Jaurès"),
          NAMED_PLACE),
        C("capacite|CAPACITE|capacity", "integer", v.integer(20, 90), EQUIPMENT),
        C("gestionnaire|GEST|operator", "s", v.pick("CCAS", "Mutualité française", "Korian", "ADMR"), LEGAL),
        C("standard|STANDARD|switchboard", "s", v.service_phone, ACCUEIL),
    ]),
    K("aires_gens_du_voyage", "social", "epci", "aires_accueil|AIRES_GDV|travellerSites", "pt", [
        C("capacite_places|PLACES|pitches", "integer", v.integer(8, 40), EQUIPMENT),
        C("gestionnaire|GEST|operator", "s", v.pick("SG2A L'Hacienda", "Vago", "régie"), LEGAL),
        C("tarif_jour|TARIF|dailyFee", "number", v.amount(2, 6), EQUIPMENT),
    ]),
    # --- health ---------------------------------------------------------------------------------------
    K("defibrillateurs", "santé", "commune", "dae|DAE|defibrillators", "pt", [
        C("exploitant|EXPLOITANT|operator", "s", v.org, PUBLIC_BODY),
        C("tel_exploitant|TEL_EXPL|operatorPhone", "s", v.switchboard, ACCUEIL),
        C("acces|ACCES|access", "s", v.pick("extérieur", "intérieur, horaires d'ouverture")),
        C("date_maintenance|DATE_MAIN|lastService", "date", v.day(400), EQUIPMENT),
        C("courriel_exploitant|MAIL_EXPL|operatorEmail", "s", v.service_mail("accueil"), MAILBOX),
    ]),
    K("pharmacies", "santé", "departement", "officines|OFFICINES|pharmacies", "pt", [
        C("raison_sociale|RAISON_SOC|businessName", "s", v.pick("Pharmacie du Centre", "Pharmacie Pasteur",
                                                                 "SELARL Pharmacie des Tilleuls",
                                                                 "Pharmacie de la Mairie"), LEGAL),
        C("finess|FINESS|finessId", "s", v.seq("{d}0{r:06d}"), N("identifiant d'un établissement")),
        C("telephone_officine|TEL|phone", "s", v.home_phone, N("ligne de l'officine, un commerce")),
    ]),
    K("maisons_sante", "santé", "region", "maisons_sante|MSP|healthCentres", "pt", [
        C("nom|NOM|name", "s", v.text("Maison de santé {commune}", "MSP {street}"), NAMED_PLACE),
        C("nb_medecins|NB_MED|doctors", "integer", v.integer(2, 14), STATS),
        C("secretariat|SECRETAR|frontDesk", "s", v.service_phone, N("accueil de la structure")),
    ]),
    K("etablissements_finess", "santé", "region", "etablissements_medico_sociaux|FINESS|careFacilities", "pt", [
        C("categorie|CATEGORIE|category", "s", v.pick("EHPAD", "IME", "ESAT", "SSIAD"), EQUIPMENT),
        C("capacite|CAPACITE|capacity", "integer", v.integer(10, 140), EQUIPMENT),
        C("organisme_gestionnaire|ORG_GEST|operatorBody", "s", v.pick("ADAPEI", "Croix-Rouge française",
                                                                      "SA Clinique Saint-Vincent", "CHU"), LEGAL),
    ]),
    # --- human resources (aggregated) -----------------------------------------------------------------
    K("effectifs_par_service", "RH", "commune", "effectifs_services|EFF_SERV|headcountByDept", "none", [
        C("service|SERVICE|department", "s", v.pick("voirie", "écoles", "culture", "police municipale")),
        C("etp|ETP|fte", "number", v.amount(3, 120, 1), STATS),
        C("age_moyen|AGE_MOYEN|meanAge", "number", v.amount(38, 52, 1), STATS),
        C("part_femmes|PART_F|womenShare", "number", v.amount(10, 90, 1), STATS),
    ]),
    K("annuaire_services", "RH", "departement", "annuaire_services|ANNUAIRE|serviceDirectory", "none", [
        C("service|SERVICE|department", "s", v.pick("Direction des routes", "Archives départementales",
                                                    "Service SIG", "Direction de l'autonomie"), PUBLIC_BODY),
        C("courriel|COURRIEL|email", "s", lambda r: v.service_mail(
            r.rng.choice(("sig", "archives", "routes", "autonomie", "contact")))(r),
          MAILBOX),
        C("telephone|TELEPHONE|phone", "s", v.service_phone, ACCUEIL),
    ]),
    K("bilan_social", "RH", "region", "indicateurs_bilan_social|BILAN_SOC|workforceIndicators", "none", [
        C("indicateur|INDIC|indicator", "s", v.pick("taux d'absentéisme", "jours de formation", "accidents du "
                                                                                                 "travail")),
        C("valeur|VALEUR|value", "number", v.amount(0, 30, 2), STATS),
        C("annee|ANNEE|year", "integer", v.integer(2018, 2024)),
    ]),
    # --- elections --------------------------------------------------------------------------------------
    K("bureaux_vote", "élections", "commune", "bureaux_de_vote|BUREAUX|pollingStations", "pt", [
        C("lieu|LIEU|venue", "s", v.pick(*SCHOOLS, *HALLS), NAMED_PLACE),
        C("nb_inscrits|INSCRITS|registered", "integer", v.integer(400, 1400), STATS),
        C("adresse_bureau|ADRESSE|address", "s", v.address, N("adresse d'un bâtiment public")),
    ]),
    K("resultats_elections", "élections", "commune", "resultats_bureaux|RESULTATS|electionResults", "pt", [
        C("votants|VOTANTS|turnout", "integer", v.integer(200, 900), STATS),
        C("voix_liste_a|VOIX_A|votesListA", "integer", v.integer(50, 500), STATS),
        C("nuance|NUANCE|politicalLabel", "s", v.pick("LDVG", "LUG", "LDVD", "LDIV"), STATS),
    ]),
    K("seances_conseil", "élections", "commune", "seances_conseil_municipal|SEANCES|councilMeetings", "none", [
        C("instance|INSTANCE|body", "s", v.pick("Conseil municipal", "Bureau communautaire",
                                                "Commission permanente"), PUBLIC_BODY),
        C("nb_presents|PRESENTS|present", "integer", v.integer(15, 55), STATS),
        C("nb_deliberations|NB_DELIB|decisions", "integer", v.integer(8, 70), STATS),
    ]),
    K("cantons", "élections", "departement", "cantons|CANTONS|cantons", "zone", [
        C("canton|CANTON|canton", "s", v.text("Canton de {commune}-{n}"), NAMED_PLACE),
        C("population|POP|population", "integer", v.integer(12000, 60000), STATS),
        C("bureau_centralisateur|CENTRALIS|leadOffice", "s", v.org, PUBLIC_BODY),
    ]),
    # --- economy --------------------------------------------------------------------------------------
    K("marches_forains", "économie", "commune", "marches_forains|MARCHES|openAirMarkets", "pt", [
        C("jour|JOUR|day", "s", v.pick("mardi", "samedi", "dimanche matin")),
        C("nb_emplacements|NB_EMPL|stalls", "integer", v.integer(8, 120), EQUIPMENT),
        C("placier|PLACIER|contact", "s", v.service_mail("marches"), MAILBOX),
    ]),
    K("terrasses_autorisees", "économie", "commune", "terrasses|TERRASSES|cafeTerraces", "pt", [
        C("etablissement|ETABLISS|venue", "s", v.pick("Brasserie du Commerce", "Le Petit Zinc", "Café de la Mairie",
                                                      "Boulangerie Morel"), LEGAL),
        C("exploitant|EXPLOITANT|operator", "s", v.pick("SARL Le Petit Zinc", "SAS Brasserie du Commerce",
                                                        "SARL Boulangerie Morel", "SAS Café Dupont & Fils"),
          N("exploitant société, même quand sa raison sociale porte un nom")),
        C("surface_m2|SURFACE|areaM2", "number", v.amount(4, 80, 1), EQUIPMENT),
        C("redevance|REDEVANCE|fee", "number", v.amount(60, 2400), N("redevance payée par une société")),
    ]),
    K("zones_activites", "économie", "epci", "zones_activite|ZAE|businessParks", "zone", [
        C("nom_zone|NOM_ZONE|name", "s", v.pick("ZA des Tilleuls", "Parc d'activités Jean Monnet",
                                                "Technopôle Temis"), NAMED_PLACE),
        C("surface_disponible|SURF_DISP|freeArea", "number", v.amount(0, 40, 1), STATS),
        C("contact_commercialisation|CONTACT|salesContact", "s", v.service_mail("economie"), MAILBOX),
    ]),
    K("entreprises_implantees", "économie", "epci", "etablissements_zae|ETAB_ZAE|firms", "pt", [
        C("raison_sociale|RAISON_SOC|companyName", "s", v.company, LEGAL),
        C("siret|SIRET|siret", "s", v.siret, N("SIRET d'une société")),
        C("tranche_effectif|TR_EFF|headcountBand", "s", v.pick("10-19", "20-49", "50-99", "100-199"), STATS),
        C("naf|NAF|nafCode", "s", v.pick("4941A", "1071C", "4321A", "8130Z")),
    ]),
    K("locaux_vacants", "économie", "commune", "cellules_commerciales_vacantes|VACANTS|vacantShops", "pt", [
        C("surface|SURFACE|areaM2", "integer", v.integer(25, 400), EQUIPMENT),
        C("loyer_annuel|LOYER|annualRent", "number", v.amount(3000, 42000, 0), N("loyer d'un local commercial "
                                                                                 "proposé par une foncière")),
        C("proprietaire|PROPRIO|owner", "s", v.pick("Commune", "SEM Territoire 25", "SCI du Moulin", "Foncière "
                                                                                                   "commerce"),
          LEGAL),
    ]),
    K("subventions_associations", "open data", "commune", "subventions_scdl|SUBV_ASSO|grantsToNGOs", "none", [
        C("beneficiaire|BENEF|beneficiary", "s", v.association, LEGAL),
        C("rna|RNA|rnaId", "s", v.rna, N("numéro RNA d'une association")),
        C("montant|MONTANT|amount", "number", v.amount(150, 60000, 0), N("subvention à une personne morale")),
        C("attribuant|ATTRIBUANT|grantor", "s", v.org, PUBLIC_BODY),
    ]),
    K("marches_publics", "open data", "departement", "marches_attribues|MARCHES|publicContracts", "none", [
        C("titulaire|TITULAIRE|contractor", "s", v.company, N("titulaire du marché, une société")),
        C("siret_titulaire|SIRET|contractorSiret", "s", v.siret, LEGAL),
        C("montant_ht|MONTANT|amountExclTax", "number", v.amount(5000, 900000, 0), N("montant d'un marché "
                                                                                     "public")),
        C("acheteur|ACHETEUR|buyer", "s", v.org, PUBLIC_BODY),
    ]),
    # --- agriculture ----------------------------------------------------------------------------------
    K("rpg_anonyme", "agriculture", "region", "rpg_parcelles|RPG|cropParcels", "parcel", [
        C("code_culture|CODE_CULT|cropCode", "s", v.pick("PPH", "BTH", "MIS", "CZH", "PTR"),
          N("culture d'un îlot du registre parcellaire anonymisé")),
        C("surface_ha|SURF_HA|areaHa", "number", v.amount(0.3, 25, 2)),
        C("groupe_culture|GROUPE|cropGroup", "integer", v.integer(1, 28), ZONING),
    ]),
    K("exploitations_societaires", "agriculture", "departement", "exploitations_gaec|GAEC|farmCompanies", "pt", [
        C("denomination|DENOM|name", "s", v.pick("GAEC du Haut-Doubs", "GAEC Vuillemin Frères", "EARL des Peupliers",
                                                 "SCEA Domaine Carrère", "GAEC de la Combe"),
          N("société agricole, personne morale, même quand elle porte un nom de famille")),
        C("siret|SIRET|siret", "s", v.siret, LEGAL),
        C("production|PRODUCTION|output", "s", v.pick("lait AOP Comté", "vaches allaitantes", "vin", "céréales")),
    ]),
    K("points_vente_producteurs", "agriculture", "epci", "magasins_producteurs|MAG_PROD|farmShops", "pt", [
        C("nom|NOM|name", "s", v.pick("Coopérative fromagère du Haut-Doubs", "Magasin Le Panier Paysan",
                                      "Fromagerie Jeannin"), LEGAL),
        C("courriel_contact|MAIL|email", "s", v.text("contact@panier-paysan.fr", "fruitiere@cooperative-hd.fr"),
          N("boîte générique d'une société ou coopérative")),
        C("jours_ouverture|JOURS|openDays", "s", v.pick("mer-sam", "ven-sam", "tous les jours")),
    ]),
    K("zones_vulnerables", "agriculture", "region", "zones_vulnerables_nitrates|ZV_NITRATE|nitrateZones", "zone", [
        C("arrete|ARRETE|decree", "s", v.seq("Arrêté préfectoral {y}-{r}"), ZONING),
        C("teneur_moyenne|TENEUR|meanNitrate", "number", v.amount(15, 70, 1), STATS),
    ]),
    # --- environment ----------------------------------------------------------------------------------
    K("arbres_alignement", "environnement", "commune", "arbres_voirie|ARBRES|streetTrees", "pt", [
        C("essence|ESSENCE|species", "s", v.pick("Platanus x acerifolia", "Tilia cordata", "Acer platanoides",
                                                 "Celtis australis"), EQUIPMENT),
        C("hauteur_m|HAUTEUR|heightM", "number", v.amount(3, 28, 1), EQUIPMENT),
        C("date_plantation|DATE_PLAN|plantedOn", "date", v.day(15000), EQUIPMENT),
        C("voie|VOIE|street", "s", v.street, NAMED_PLACE),
    ]),
    K("stations_bruit", "environnement", "epci", "stations_mesure_bruit|STAT_BRUIT|noiseStations", "pt", [
        C("lden_db|LDEN|ldenDb", "number", v.amount(48, 78, 1), STATS),
        C("site|SITE|site", "s", v.text("Boulevard {street}", "Rocade nord", "Place de la Mairie"), NAMED_PLACE),
        C("exploitant|EXPLOITANT|operator", "s", v.pick("Acoucité", "Atmo", "la collectivité"), LEGAL),
    ]),
    K("carte_bruit_routes", "environnement", "departement", "cbs_routes|CBS_ROUTES|noiseMapRoads", "line", [
        C("route|ROUTE|road", "s", v.text("RD {n}", "RN 57", "A36"), NAMED_PLACE),
        C("tmja|TMJA|aadt", "integer", v.integer(800, 45000), STATS),
        C("classement|CLASSEMENT|category", "integer", v.integer(1, 5), ZONING),
    ]),
    K("captages_eau", "environnement", "departement", "captages_aep|CAPTAGES|waterIntakes", "pt", [
        C("nom_captage|NOM|name", "s", v.text("Source de {commune}", "Puits de la Loue", "Forage des Essarts"),
          NAMED_PLACE),
        C("debit_m3j|DEBIT|flowM3d", "number", v.amount(50, 9000, 0), EQUIPMENT),
        C("maitre_ouvrage|MO|owner", "s", v.org, PUBLIC_BODY),
    ]),
    K("points_apport_volontaire", "environnement", "epci", "pav|PAV|dropOffPoints", "pt", [
        C("flux|FLUX|stream", "s", v.pick("verre", "papier", "emballages", "textile"), EQUIPMENT),
        C("volume_m3|VOLUME|volumeM3", "number", v.pick(3.0, 4.0, 5.0), EQUIPMENT),
        C("taux_remplissage|REMPLISS|fillRate", "number", v.amount(0, 100, 0), EQUIPMENT),
        C("signalement|SIGNALEMT|reportTo", "s", v.service_mail("dechets"), MAILBOX),
    ]),
    K("stations_epuration", "environnement", "epci", "step|STEP|treatmentPlants", "pt", [
        C("capacite_eh|CAPA_EH|capacityPe", "integer", v.integer(500, 180000), EQUIPMENT),
        C("exploitant|EXPLOITANT|operator", "s", v.pick("Veolia Eau", "SAUR", "Suez Eau France", "régie"), LEGAL),
        C("conformite|CONFORM|compliance", "s", v.pick("conforme", "non conforme"), EQUIPMENT),
    ]),
    K("zones_inondables", "environnement", "departement", "ppri_zonage|PPRI|floodZones", "zone", [
        C("alea|ALEA|hazard", "s", v.pick("fort", "moyen", "faible"), ZONING),
        C("reglement|REGLEMENT|rule", "s", v.pick("rouge", "bleu", "orange"), ZONING),
        C("crue_reference|CRUE_REF|referenceFlood", "s", v.pick("crue de 1910", "crue centennale"), ZONING),
    ]),
    K("espaces_verts", "environnement", "commune", "espaces_verts|ESP_VERTS|greenSpaces", "parcel", [
        C("nom|NOM|name", "s", v.pick("Parc Micaud", "Square Saint-Amour", "Jardin Émile Zola",
                                      "Promenade Chamars"), NAMED_PLACE),
        C("gestion|GESTION|maintenance", "s", v.pick("différenciée", "intensive", "naturelle"), EQUIPMENT),
        C("surface_m2|SURFACE|areaM2", "integer", v.integer(200, 60000), EQUIPMENT),
    ]),
    # --- networks -------------------------------------------------------------------------------------
    K("canalisations_eau", "réseaux", "epci", "reseau_aep_troncons|AEP_TRONC|waterMains", "line", [
        C("diametre_mm|DIAMETRE|diameterMm", "integer", v.pick(60, 80, 100, 150, 200, 300), EQUIPMENT),
        C("materiau|MATERIAU|material", "s", v.pick("fonte grise", "fonte ductile", "PEHD", "PVC"), EQUIPMENT),
        C("annee_pose|ANNEE_POSE|laidYear", "integer", v.integer(1930, 2023), EQUIPMENT),
        C("exploitant|EXPLOIT|operator", "s", v.pick("Veolia Eau", "SAUR", "régie des eaux"), LEGAL),
    ]),
    K("poteaux_incendie", "réseaux", "commune", "pei|PEI|fireHydrants", "pt", [
        C("debit_1bar|DEBIT|flowM3h", "integer", v.integer(20, 180), EQUIPMENT),
        C("etat|ETAT|status", "s", v.pick("disponible", "indisponible", "à contrôler"), EQUIPMENT),
        C("numero_pei|NUM_PEI|hydrantNo", "s", v.seq("PI-{i}-{n:03d}"), N("numéro d'un équipement")),
        C("contact_sdis|SDIS|fireServiceContact", "s", v.text("prevision@sdis25.fr", "dfci@sdis.fr"),
          N("boîte fonctionnelle du service départemental d'incendie")),
    ]),
    K("eclairage_public", "réseaux", "commune", "points_lumineux|PT_LUMIN|streetLights", "pt", [
        C("type_lampe|LAMPE|lampType", "s", v.pick("LED", "SHP", "iodures métalliques"), EQUIPMENT),
        C("puissance_w|PUISSANCE|powerW", "integer", v.pick(35, 50, 70, 100, 150), EQUIPMENT),
        C("armoire|ARMOIRE|cabinet", "s", v.seq("ARM-{r:03d}"), EQUIPMENT),
        C("mainteneur|MAINTEN|contractor", "s", v.pick("Citelum", "Bouygues Energies & Services",
                                                       "Spie CityNetworks"), LEGAL),
    ]),
    K("fibre_points_mutualisation", "réseaux", "region", "ftth_pm|FTTH_PM|fibreCabinets", "pt", [
        C("operateur|OPERATEUR|operator", "s", v.pick("Orange", "SFR FTTH", "Axione", "Altitude Infra"), LEGAL),
        C("nb_lignes|NB_LIGNES|lines", "integer", v.integer(100, 900), STATS),
        C("code_pm|CODE_PM|cabinetId", "s", v.seq("PMZ-{d}{r:05d}"), EQUIPMENT),
    ]),
    K("couverture_fibre_commune", "réseaux", "region", "couverture_ftth_communes|COUV_FTTH|fibreCoverage",
      "zone", [
        C("taux_couverture|TX_COUV|coverageRate", "number", v.amount(20, 100, 1), STATS),
        C("locaux_raccordables|LOCAUX|connectablePremises", "integer", v.integer(200, 60000), STATS),
        C("commune|COMMUNE|municipality", "s", v.commune, NAMED_PLACE),
    ]),
    K("bornes_recharge", "réseaux", "departement", "irve|IRVE|chargingStations", "pt", [
        C("amenageur|AMENAGEUR|developer", "s", v.org, PUBLIC_BODY),
        C("operateur|OPERATEUR|operator", "s", v.pick("SAS Izivia", "Freshmile", "Bouygues Energies & Services"),
          LEGAL),
        C("contact_operateur|CONTACT|operatorContact", "s", v.text("support@izivia.com", "hotline@freshmile.com"),
          N("boîte générique d'un opérateur, une société")),
        C("puissance_kw|PUISSANCE|powerKw", "number", v.pick(7.4, 22.0, 50.0, 150.0), EQUIPMENT),
    ]),
    K("collecteurs_assainissement", "réseaux", "epci", "reseau_eu_collecteurs|EU_COLLEC|sewers", "line", [
        C("type_reseau|TYPE|networkType", "s", v.pick("unitaire", "séparatif eaux usées", "eaux pluviales"),
          EQUIPMENT),
        C("diametre|DIAMETRE|diameter", "integer", v.pick(200, 300, 400, 600), EQUIPMENT),
        C("etat_itv|ETAT_ITV|inspectionGrade", "integer", v.integer(1, 5), EQUIPMENT),
    ]),
    # --- mobility -------------------------------------------------------------------------------------
    K("places_stationnement", "mobilité", "commune", "places_stationnement|STATIONNT|parkingBays", "pt", [
        C("type_place|TYPE|bayType", "s", v.pick("PMR", "livraison", "payante", "arrêt minute"), EQUIPMENT),
        C("zone_tarifaire|ZONE|fareZone", "s", v.pick("rouge", "verte", "orange"), ZONING),
        C("nb_places|NB_PLACES|bays", "integer", v.integer(1, 30), EQUIPMENT),
    ]),
    K("amenagements_cyclables", "mobilité", "epci", "amenagements_cyclables|CYCLABLE|cycleLanes", "line", [
        C("type_amenagement|TYPE_AMEN|facilityType", "s", v.pick("piste", "bande", "voie verte", "double-sens"),
          EQUIPMENT),
        C("revetement|REVETEMT|surface", "s", v.pick("enrobé", "stabilisé"), EQUIPMENT),
        C("gestionnaire|GEST|manager", "s", v.org, PUBLIC_BODY),
    ]),
    K("stations_velos", "mobilité", "epci", "stations_velos|ST_VELOS|bikeStations", "pt", [
        C("nom_station|NOM|name", "s", v.text("Gare", "{street}", "Hôtel de ville"), NAMED_PLACE),
        C("nb_bornettes|BORNETTES|docks", "integer", v.integer(8, 40), EQUIPMENT),
        C("service_client|SERV_CLI|customerService", "s", v.service_mail("velo"), MAILBOX),
    ]),
    K("comptages_routiers", "mobilité", "departement", "comptages_routiers|COMPTAGES|trafficCounts", "pt", [
        C("tmja|TMJA|aadt", "integer", v.integer(300, 30000), STATS),
        C("part_pl|PART_PL|hgvShare", "number", v.amount(2, 25, 1), STATS),
        C("route|ROUTE|road", "s", v.text("RD {n}", "RD 683"), NAMED_PLACE),
    ]),
    K("arrets_bus", "mobilité", "epci", "arrets_reseau_urbain|ARRETS|busStops", "pt", [
        C("nom_arret|NOM|stopName", "s", v.text("Pasteur", "Victor Hugo", "{street}", "Mairie"), NAMED_PLACE),
        C("accessible_pmr|PMR|accessible", "s", v.pick("oui", "non"), EQUIPMENT),
        C("lignes|LIGNES|lines", "s", v.pick("1", "3;4", "L2", "21")),
    ]),
    K("flotte_vehicules_collectivite", "équipement", "commune", "flotte_municipale|FLOTTE|fleet", "none", [
        C("immatriculation|IMMAT|plate", "s", v.plate, N("plaque d'un véhicule de service de la collectivité, "
                                                         "personne morale")),
        C("service_affectataire|SERVICE|department", "s", v.pick("voirie", "espaces verts", "police municipale"),
          PUBLIC_BODY),
        C("kilometrage|KM|mileage", "integer", v.integer(2000, 240000), EQUIPMENT),
        C("energie|ENERGIE|fuel", "s", v.pick("gazole", "électrique", "GNV")),
    ]),
    # --- public safety --------------------------------------------------------------------------------
    K("cameras_videoprotection", "sécurité", "commune", "cameras|CAMERAS|cctvCameras", "pt", [
        C("type_camera|TYPE|cameraType", "s", v.pick("dôme", "fixe", "lecture de plaques"), EQUIPMENT),
        C("date_installation|DATE_INST|installedOn", "date", v.day(3000), EQUIPMENT),
        C("service_gestionnaire|SERVICE|manager", "s", v.pick("Police municipale", "CSU"), PUBLIC_BODY),
        C("contact_droit_acces|CONTACT|accessRightsContact", "s", v.service_mail("dpo"),
          N("boîte du délégué à la protection des données de la collectivité: fonctionnelle")),
    ]),
    K("centres_secours", "sécurité", "departement", "centres_incendie_secours|CIS|fireStations", "pt", [
        C("nom_centre|NOM|name", "s", v.text("CIS {commune}", "Centre de secours {street}"), NAMED_PLACE),
        C("effectif_sp|EFFECTIF|firefighters", "integer", v.integer(12, 140), STATS),
        C("standard|STANDARD|switchboard", "s", v.switchboard, ACCUEIL),
    ]),
    K("fourriere_sites", "sécurité", "commune", "fourrieres_agrees|FOURR_SITE|impoundLots", "pt", [
        C("gardien|GARDIEN|operator", "s", v.pick("SARL Garage Dupont et Fils", "SAS Dépannage Bonnet",
                                                  "Fourrière municipale"),
          N("garage agréé, une société, même quand elle porte un nom")),
        C("capacite|CAPACITE|capacity", "integer", v.integer(20, 200), EQUIPMENT),
        C("tel_accueil|TEL_ACC|receptionPhone", "s", v.service_phone, ACCUEIL),
    ]),
    K("statistiques_delinquance", "sécurité", "departement", "faits_constates_commune|DELINQ|crimeStats",
      "zone", [
        C("cambriolages|CAMBRIOL|burglaries", "integer", v.integer(0, 400), STATS),
        C("taux_pour_mille|TX_1000|ratePerThousand", "number", v.amount(0, 20, 2), STATS),
    ]),
    # --- culture, sport -------------------------------------------------------------------------------
    K("equipements_sportifs", "sport", "commune", "equipements_sportifs|EQUIP_SPO|sportsFacilities", "pt", [
        C("nom_equipement|NOM|name", "s", v.pick(*HALLS), NAMED_PLACE),
        C("surface_m2|SURFACE|areaM2", "integer", v.integer(200, 6000), EQUIPMENT),
        C("proprietaire|PROPRIO|owner", "s", v.org, PUBLIC_BODY),
        C("reservation|RESERV|booking", "s", v.service_mail("sports"), MAILBOX),
    ]),
    K("bibliotheques", "culture", "epci", "bibliotheques|BIBLIO|libraries", "pt", [
        C("nom|NOM|name", "s", v.pick("Médiathèque Pierre Bayle", "Bibliothèque Victor Hugo",
                                      "Médiathèque Nelson Mandela"), NAMED_PLACE),
        C("nb_documents|NB_DOCS|items", "integer", v.integer(4000, 180000), STATS),
        C("telephone|TELEPHONE|phone", "s", v.service_phone, ACCUEIL),
        C("courriel|COURRIEL|email", "s", v.service_mail("bibliotheques"), MAILBOX),
    ]),
    K("clubs_sportifs", "sport", "departement", "associations_sportives|CLUBS|sportsClubs", "pt", [
        C("club|CLUB|club", "s", v.association, LEGAL),
        C("rna|RNA|rnaId", "s", v.rna, N("numéro RNA d'une association")),
        C("nb_licencies|LICENCIES|members", "integer", v.integer(15, 600), STATS),
        C("courriel_club|MAIL_CLUB|clubEmail", "s", v.text("contact@fc-saintclaude.fr", "secretariat@judo-dole.fr",
                                                           "club@tcannecy.org"),
          N("boîte générique d'une association sur son propre domaine")),
    ]),
    K("agenda_evenements", "culture", "commune", "agenda_manifestations|AGENDA|events", "pt", [
        C("titre|TITRE|title", "s", v.pick("Fête de la musique", "Marché de Noël", "Festival des Mômes",
                                           "Journées du patrimoine"), N("titre d'un événement public")),
        C("organisateur|ORGANISAT|organiser", "s", v.association, LEGAL),
        C("lieu|LIEU|venue", "s", v.pick(*HALLS), NAMED_PLACE),
        C("date_debut|DATE_DEB|startDate", "date", v.day(0, 200)),
    ]),
    K("frequentation_musees", "culture", "region", "frequentation_musees|FREQ_MUSEE|museumVisits", "pt", [
        C("musee|MUSEE|museum", "s", v.pick("Musée Courbet", "Maison natale de Victor Hugo", "Musée Pasteur",
                                            "Musée du Temps"), NAMED_PLACE),
        C("entrees|ENTREES|visits", "integer", v.integer(2000, 200000), STATS),
        C("part_scolaires|PART_SCO|schoolShare", "number", v.amount(5, 40, 1), STATS),
    ]),
    # --- tourism and heritage -------------------------------------------------------------------------
    K("hebergements_classes", "tourisme", "departement", "hebergements_classes|HEBERGT|ratedAccommodation", "pt", [
        C("nom_commercial|NOM_COMM|tradeName", "s", v.pick("Hôtel du Nord", "Camping Le Moulin",
                                                           "Hôtel Victor Hugo", "Résidence Les Marronniers"),
          NAMED_PLACE),
        C("exploitant|EXPLOITANT|operator", "s", v.pick("SAS Hôtel du Nord", "SARL Camping Le Moulin",
                                                        "SAS Hôtellerie Rousseau"), LEGAL),
        C("classement|ETOILES|stars", "integer", v.integer(1, 5), EQUIPMENT),
        C("capacite|CAPACITE|capacity", "integer", v.integer(10, 400), EQUIPMENT),
    ]),
    K("sentiers_randonnee", "tourisme", "departement", "itineraires_pdipr|PDIPR|hikingTrails", "line", [
        C("nom_itineraire|NOM|name", "s", v.pick("Sentier des Gorges", "Boucle Gustave Courbet",
                                                 "Chemin de Saint-Jacques"), NAMED_PLACE),
        C("difficulte|DIFFICULT|difficulty", "s", v.pick("facile", "moyen", "difficile"), EQUIPMENT),
        C("balisage|BALISAGE|waymark", "s", v.pick("jaune", "GR blanc-rouge", "bleu")),
    ]),
    K("offices_tourisme", "tourisme", "epci", "offices_tourisme|OT|touristOffices", "pt", [
        C("nom|NOM|name", "s", v.text("Office de tourisme de {commune}", "Bureau d'information {commune}"),
          PUBLIC_BODY),
        C("telephone|TELEPHONE|phone", "s", v.switchboard, ACCUEIL),
        C("courriel|COURRIEL|email", "s", v.service_mail("tourisme"), MAILBOX),
    ]),
    K("monuments_historiques", "patrimoine", "region", "monuments_historiques|MH|listedMonuments", "parcel", [
        C("appellation|APPELLAT|name", "s", v.pick("Maison natale de Victor Hugo", "Église Saint-Pierre",
                                                   "Citadelle Vauban", "Hôtel de Grammont"), NAMED_PLACE),
        C("protection|PROTECT|protection", "s", v.pick("classé", "inscrit"), ZONING),
        C("proprietaire|PROPRIO|owner", "s", v.pick("Commune", "État", "Département", "association diocésaine"),
          PUBLIC_BODY),
    ]),
    K("plaques_commemoratives", "patrimoine", "commune", "plaques_memoire|PLAQUES|memorialPlaques", "pt", [
        C("inscription|INSCRIPT|inscription", "s", v.pick("Ici est né Victor Hugo le 26 février 1802",
                                                          "À la mémoire des fusillés de la Citadelle 1943",
                                                          "Louis Pasteur habita cette maison"),
          N("inscription commémorative sur un lieu, personnages historiques décédés")),
        C("materiau|MATERIAU|material", "s", v.pick("marbre", "bronze", "pierre"), EQUIPMENT),
    ]),
    # --- open data, equipment -------------------------------------------------------------------------
    K("budget_primitif", "open data", "commune", "budget_primitif|BP|budgetLines", "none", [
        C("chapitre|CHAPITRE|chapter", "s", v.pick("011", "012", "65", "21", "23")),
        C("libelle|LIBELLE|label", "s", v.pick("Charges à caractère général", "Charges de personnel",
                                               "Subventions"), STATS),
        C("montant|MONTANT|amount", "number", v.amount(1000, 9000000, 0), STATS),
    ]),
    K("deliberations", "open data", "epci", "deliberations_scdl|DELIB|decisions", "none", [
        C("objet|OBJET|subject", "s", v.pick("Approbation du PLUi", "Tarifs de l'eau 2025", "Convention avec "
                                                                                            "la Région",
                                             "Dénomination de la rue Simone Veil"), N("objet d'une délibération "
                                                                                      "d'une assemblée")),
        C("numero|NUMERO|number", "s", v.seq("{y}-{n:03d}")),
        C("date_seance|DATE|meetingDate", "date", v.day(700)),
        C("contact|CONTACT|contact", "s", v.service_mail("assemblees"), MAILBOX),
    ]),
    K("population_iris", "open data", "region", "population_iris|POP_IRIS|populationByArea", "zone", [
        C("population|POP|population", "integer", v.integer(200, 5000), STATS),
        C("part_plus_75|PART_75|over75Share", "number", v.amount(2, 25, 1), STATS),
        C("revenu_median|REV_MED|medianIncome", "integer", v.integer(14000, 32000), STATS),
    ]),
    K("batiments_communaux", "équipement", "commune", "batiments_publics|BATI_PUB|publicBuildings", "parcel", [
        C("nom_batiment|NOM|name", "s", v.pick(*SCHOOLS, *HALLS, "Hôtel de ville"), NAMED_PLACE),
        C("conso_kwh|CONSO_KWH|energyKwh", "integer", v.integer(10000, 900000), EQUIPMENT),
        C("pdl_electricite|PDL|meterPoint", "s", v.digits(14), N("point de livraison d'un bâtiment public")),
        C("referent_technique|REFERENT|technicalContact", "s", v.service_mail("batiments"), MAILBOX),
    ]),
    K("salles_municipales", "équipement", "commune", "salles_location|SALLES|hallsForRent", "pt", [
        C("salle|SALLE|hall", "s", v.pick(*HALLS), NAMED_PLACE),
        C("capacite|CAPACITE|capacity", "integer", v.integer(30, 500), EQUIPMENT),
        C("tarif_habitant|TARIF|residentRate", "number", v.amount(80, 600, 0), EQUIPMENT),
        C("reservation_tel|TEL_RESA|bookingPhone", "s", v.service_phone, ACCUEIL),
    ]),
    K("aires_jeux", "équipement", "commune", "aires_de_jeux|AIRES_JEUX|playgrounds", "pt", [
        C("tranche_age|AGES|ageRange", "s", v.pick("2-6 ans", "6-12 ans", "tous âges"), EQUIPMENT),
        C("date_controle|DATE_CTRL|lastCheck", "date", v.day(365), EQUIPMENT),
        C("organisme_controle|ORG_CTRL|inspector", "s", v.pick("Bureau Veritas", "Dekra", "Socotec"), LEGAL),
    ]),
    K("toilettes_publiques", "équipement", "epci", "sanitaires_publics|WC_PUBLIC|publicToilets", "pt", [
        C("acces_pmr|PMR|accessible", "s", v.pick("oui", "non"), EQUIPMENT),
        C("horaires|HORAIRES|hours", "s", v.pick("24h/24", "6h-22h")),
        C("signaler_panne|PANNE|reportFault", "s", v.service_mail("proprete"), MAILBOX),
    ]),
    K("contrats_energie", "équipement", "departement", "points_livraison_energie|PDL_ENERGI|energyMeters",
      "pt", [
        C("prm|PRM|meterPoint", "s", v.digits(14), N("compteur d'un site de la collectivité")),
        C("site|SITE|site", "s", v.text("Collège {street}", "Centre routier {commune}", "Archives"), NAMED_PLACE),
        C("fournisseur|FOURNISS|supplier", "s", v.pick("EDF", "TotalEnergies", "ENGIE"), LEGAL),
        C("conso_mwh|CONSO_MWH|consumptionMwh", "number", v.amount(5, 900, 1), EQUIPMENT),
    ]),
)
