# ruff: noqa: E501 - one table column per line reads better than wrapped choices
"""Kinds of table of corpus blind-10 holding nothing personal in any column: every judged column is not personal.

Same column lines as kinds_personal.py. Traps on purpose where real tables have them: functional contacts of
services, companies (some bearing a surname), associations, SCI and GAEC, elected bodies as institutions,
aggregated statistics, places and streets named after people, equipment and networks.
"""
from kind import P

POINT = "point_address"
PARCEL = "polygon_parcel"
AREA = "polygon_commune"
LINE = "linestring"
NONE = "none"

KINDS = (
    # --- land and planning
    P("plu_zonage", "urbanisme", "commune,epci", "plu_zonage zoningPlan PLU_ZONE", AREA, """
        libelle label LIBELLE s ch(UA;UB;UC;1AU;2AU;A;N;Nj;UX)
        libelong longLabel LIBELONG s ch(Zone urbaine centre;Zone à urbaniser;Zone agricole;Zone naturelle)
        typezone zoneType TYPEZONE s ch(U;AU;A;N)
        datappro approvedOn DATAPPRO d date(2013,2024)
        urlfic ruleUrl URLFIC s id(https://www.geoportail-urbanisme.gouv.fr/document/{insee}_PLU_{yyyy})
    """, {"libelle": "zone code of a planning document", "typezone": "zone type",
          "datappro": "approval date of a public planning document"}),
    P("servitudes", "urbanisme", "departement,epci", "servitudes_utilite_publique easements SUP", AREA, """
        nom_sup name NOM_SUP s ch(Protection des monuments historiques;Ligne électrique 63 kV;Canalisation de gaz;PPRI)
        categorie category CATEGORIE s ch(AC1;I4;I3;PM1;T7;EL7)
        gestionnaire manager GESTIONNAI s ch(Enedis;RTE;GRTgaz;DDT;UDAP;SNCF Réseau;DREAL)
        acte_ref instrument ACTE_REF s id(AP n°{yyyy}-{n:03d})
    """, {"gestionnaire": "manager of the easement: a company or a State service", "categorie": "easement category",
          "acte_ref": "reference of a prefectoral order"}),
    P("patrimoine_foncier_communal", "foncier", "commune", "foncier_communal publicLand FONC_COMM", PARCEL, """
        idu parcelId IDU s id({insee}000C{n:04d})
        proprietaire owner PROPRIO s authority
        affectation use AFFECTAT s ch(voirie;espace vert;école;réserve foncière;parking;cimetière)
        contenance areaM2 CONTENANCE i int(80,25000)
        domaine domain DOMAINE s ch(public;privé de la commune)
    """, {"proprietaire": "owner is the public authority itself", "idu": "parcel owned by a public body",
          "affectation": "use of public land"}),
    P("zac", "urbanisme", "commune,epci", "zac_perimetres developmentZones ZAC", AREA, """
        nom_zac name NOM_ZAC s ch(ZAC des Hauts-du-Chazal;ZAC Pasteur;ZAC de la Gare;ZAC Simone Veil;ZAC des Prés)
        amenageur developer AMENAGEUR s ch(SPL Territoire 25;SEM Aménagement;Nexity Foncier Conseil;EPF local)
        date_creation createdOn DATE_CREA d date(1995,2022)
        nb_logements_prevus plannedHomes NB_LOGTS i int(50,1800)
    """, {"nom_zac": "name of a development zone (some after people)", "amenageur": "developer, a legal person",
          "nb_logements_prevus": "planned housing count"}),
    P("stats_autorisations_urbanisme", "urbanisme", "departement,region", "stats_permis_commune permitStats STAT_PC",
      AREA, """
        insee inseeCode INSEE s insee
        commune commune COMMUNE s commune
        nb_pc permitsCount NB_PC i int(0,600)
        nb_logements_autorises authorisedHomes NB_LOGTS i int(0,1400)
        surface_totale_m2 totalArea SURF_TOT i int(0,90000)
    """, {"nb_pc": "count of permits in a commune (aggregate)", "nb_logements_autorises": "aggregate count",
          "commune": "commune name"}),
    P("friches", "foncier", "departement,region", "inventaire_friches brownfields FRICHES", PARCEL, """
        nom_site siteName NOM_SITE s ch(Ancienne usine Peugeot;Ancienne gare de marchandises;Site Michelin;Ancienne caserne)
        type_proprietaire ownerType TYPE_PROP s ch(SCI;commune;EPF;SNCF;entreprise)
        proprietaire_moral ownerCompany PROP_MORAL s company
        surface_ha hectares SURF_HA n num(0.2,35,2)
        pollution pollution POLLUTION s ch(avérée;suspectée;non)
    """, {"nom_site": "site name (some after founders' companies)", "proprietaire_moral": "owner: a legal person",
          "pollution": "pollution status of a site"}),
    P("lotissements", "urbanisme", "commune", "lotissements subdivisions LOTISSEMT", AREA, """
        nom name NOM s ch(Les Tilleuls;Le Clos du Moulin;Les Hauts de Chalezeule;Domaine des Vignes;Les Jardins de Marie)
        lotisseur developer LOTISSEUR s company
        nb_lots lots NB_LOTS i int(4,80)
        annee_autorisation year ANNEE i int(1970,2024)
    """, {"nom": "name of a housing estate", "lotisseur": "developer: a company", "nb_lots": "count of lots"}),
    P("secteurs_taxe_amenagement", "urbanisme", "commune,epci", "taux_taxe_amenagement developmentTax TAXE_AMEN", AREA, """
        secteur sector SECTEUR s id(S{n})
        taux_pct rate TAUX_PCT n num(1,20,1)
        deliberation decision DELIB s id(DCM {yyyy}-{n:03d})
    """, {"taux_pct": "tax rate of a sector", "deliberation": "reference of a council decision"}),
    # --- cemeteries as equipment
    P("cimetieres", "cimetiere", "commune", "cimetieres cemeteries CIMETIERES", PARCEL, """
        nom name NOM s ch(Cimetière des Chaprais;Cimetière Saint-Claude;Cimetière de la Madeleine;Cimetière paysager)
        nb_emplacements plots NB_EMPL i int(200,9000)
        places_libres freePlots LIBRES i int(0,400)
        horaires openingHours HORAIRES s ch(8h-18h;8h-17h30;7h30-19h)
        telephone_accueil receptionPhone TEL_ACCUEI s service_phone
        courriel_service serviceEmail COURRIEL s service_email
    """, {"telephone_accueil": "reception line of the cemetery service", "courriel_service":
          "service mailbox on the authority's domain", "places_libres": "free plots count", "nom": "place name"}),
    P("equipements_cimetiere", "cimetiere", "commune", "equipements_cimetiere cemeteryFacilities EQUIP_CIM", POINT, """
        type type TYPE s ch(ossuaire;jardin du souvenir;point d'eau;columbarium;bancs)
        etat condition ETAT s ch(bon;moyen;à reprendre)
        capacite capacity CAPACITE i int(0,120)?
    """, {"type": "equipment type", "etat": "condition of equipment", "capacite": "capacity of equipment"}),
    # --- schools as equipment and statistics
    P("ecoles", "education", "commune", "ecoles_publiques schools ECOLES", POINT, """
        nom_etablissement name NOM_ETAB s school
        uai uai UAI s id(0{dep}{r4}{L})
        adresse address ADRESSE s facility_addr
        effectif pupils EFFECTIF i int(40,420)
        telephone_secretariat officePhone TEL_SECR s service_phone
        courriel email COURRIEL s id(ce.0{dep}{r4}{L}@ac-besancon.fr)
    """, {"nom_etablissement": "school named after a famous person", "adresse": "address of a public school",
          "telephone_secretariat": "school office line", "courriel": "functional school mailbox",
          "effectif": "pupil count (aggregate)"}),
    P("restaurants_scolaires", "education", "commune", "restaurants_scolaires schoolCanteens RESTO_SCO", POINT, """
        nom name NOM s school
        nb_repas_jour mealsPerDay REPAS_JOUR i int(40,600)
        prestataire caterer PRESTATAIR s ch(Sodexo;Elior;API Restauration;Nguyen Traiteur SAS;cuisine centrale)
        part_bio organicShare PART_BIO n num(10,60,0)
    """, {"prestataire": "catering contractor (legal person)", "nb_repas_jour": "meals per day (aggregate)",
          "part_bio": "share of organic food"}),
    P("secteurs_scolaires", "education", "commune", "carte_scolaire schoolSectors SECT_SCO", AREA, """
        secteur sector SECTEUR s id(Secteur {n})
        ecole_maternelle preschool MATERNELLE s school
        ecole_elementaire primary ELEMENT s school
        college college COLLEGE s school
    """, {"ecole_maternelle": "school of a sector", "college": "secondary school (named after a person)"}),
    P("frequentation_periscolaire", "education", "commune", "frequentation_periscolaire afterSchoolStats STAT_PERI",
      POINT, """
        site site SITE s school
        nb_inscrits enrolled NB_INSCR i int(10,180)
        taux_frequentation attendanceRate TAUX_FREQ n num(30,95,1)
        nb_animateurs staffCount ANIMATEURS i int(1,14)
    """, {"nb_inscrits": "enrolment count per site", "taux_frequentation": "aggregate rate",
          "nb_animateurs": "staff count"}),
    # --- social housing and social services as equipment
    P("parc_social_immeubles", "habitat", "epci,departement", "rpls_immeubles socialHousingStock RPLS", POINT, """
        bailleur landlord BAILLEUR s ch(Habitat 25;Néolia;Grand Besançon Habitat;Lannion Trégor Habitat;Logirem)
        nb_logements units NB_LOGTS i int(6,220)
        annee_construction built ANNEE_CONS i int(1955,2023)
        dpe energyClass DPE s ch(A;B;C;D;E;F)
        loyer_moyen_m2 avgRentM2 LOYER_M2 n num(4.5,9.8,2)
    """, {"bailleur": "social landlord (legal person)", "loyer_moyen_m2": "average rent of a building (aggregate)",
          "dpe": "energy class of a building"}),
    P("structures_sociales", "social", "commune,departement", "structures_action_sociale socialServices STRUCT_SOC", POINT,
      """
        nom name NOM s ch(CCAS;Centre médico-social;Maison France Services;Point d'accès au droit;Espace seniors)
        adresse address ADRESSE s facility_addr
        telephone_accueil receptionPhone TEL_ACC s service_phone
        courriel_accueil receptionEmail MAIL_ACC s service_email
        horaires hours HORAIRES s ch(lun-ven 9h-12h;mar-jeu 14h-17h;sur rendez-vous)
    """, {"telephone_accueil": "reception line of a public service", "courriel_accueil": "service mailbox",
          "adresse": "address of a public facility"}),
    P("stats_rsa_iris", "social", "departement", "allocataires_rsa_iris rsaByDistrict RSA_IRIS", AREA, """
        code_iris irisCode CODE_IRIS s id({insee}0{r4})
        nb_allocataires recipients NB_ALLOC i int(11,900)
        part_menages householdShare PART_MEN n num(1,25,1)
        montant_total totalAmount MONTANT n num(5000,400000,0)
    """, {"nb_allocataires": "count per district (aggregate, above disclosure threshold)",
          "montant_total": "aggregate amount"}),
    P("etablissements_sante", "sante", "departement,region", "etablissements_medico_sociaux careFacilities ETAB_SANTE",
      POINT, """
        raison_sociale name RAISON_SOC s ch(EHPAD Résidence Lucie Aubrac;EHPAD Les Tilleuls;Foyer de vie Jean Moulin)
        finess finess FINESS s id({dep}000{r4})
        capacite beds CAPACITE i int(20,140)
        gestionnaire operator GESTIONNAI s ch(CCAS;Croix-Rouge française;Korian;Fondation Partage et Vie;ADMR)
        telephone_standard switchboard TEL_STD s service_phone
    """, {"raison_sociale": "facility name (after a person)", "gestionnaire": "operator (legal person)",
          "telephone_standard": "facility switchboard", "capacite": "bed count"}),
    P("defibrillateurs", "sante", "commune,epci", "defibrillateurs aedSites DAE", POINT, """
        exploitant operator EXPLOITANT s authority
        acces access ACCES s ch(extérieur;intérieur;accès restreint)
        disponibilite availability DISPO s ch(24h/24;heures d'ouverture;événements)
        tel_contact contactPhone TEL_CONT s switchboard
        date_maintenance serviceDate DATE_MAINT d date(2023,2025)
    """, {"exploitant": "operator: the authority", "tel_contact": "authority's switchboard",
          "date_maintenance": "maintenance date of equipment"}),
    P("pharmacies", "sante", "departement,region", "pharmacies_officines pharmacies PHARMACIES", POINT, """
        denomination name DENOMINAT s ch(Pharmacie Rousseau;Pharmacie du Centre;Pharmacie Lambert-Girard;Grande Pharmacie de la Gare)
        finess finess FINESS s id({dep}00{r6})
        garde_dimanche sundayDuty GARDE s ch(oui;non)
        telephone phone TEL s service_phone
    """, {"denomination": "name of a pharmacy business (may bear a surname)", "garde_dimanche": "duty rota",
          "telephone": "business line of a pharmacy"}),
    # --- HR aggregates
    P("effectifs_services", "rh", "commune,epci,departement,region", "effectifs_par_service staffByDept EFF_SERV", NONE, """
        service department SERVICE s service
        nb_agents headcount NB_AGENTS i int(3,160)
        etp fte ETP n num(2,150,1)
        age_moyen avgAge AGE_MOYEN n num(35,52,1)
        taux_absenteisme absenteeism ABSENT n num(3,12,1)
    """, {"nb_agents": "headcount per service (aggregate)", "age_moyen": "average age (aggregate)",
          "taux_absenteisme": "rate (aggregate)"}),
    P("annuaire_services", "rh", "commune,epci,departement,region", "annuaire_services serviceDirectory ANNUAIRE", NONE, """
        direction directorate DIRECTION s ch(Direction générale des services;Pôle technique;Pôle solidarités;Pôle culture)
        service department SERVICE s service
        courriel_service serviceEmail COURRIEL s service_email
        telephone_standard switchboard TEL_STD s switchboard
        telephone_service serviceLine TEL_SERV s service_phone
    """, {"courriel_service": "functional mailbox on the authority's domain", "telephone_standard": "switchboard",
          "telephone_service": "a service's line", "service": "service name"}),
    P("bilan_social", "rh", "commune,departement,region", "bilan_social_indicateurs socialReport BILAN_SOC", NONE, """
        annee year ANNEE i int(2018,2024)
        indicateur indicator INDICATEUR s ch(effectif total;part des femmes;accidents du travail;jours de formation)
        valeur value VALEUR n num(0,3200,1)
    """, {"valeur": "aggregate indicator", "indicateur": "indicator name"}),
    # --- elections as institutions and statistics
    P("bureaux_vote", "elections", "commune", "bureaux_de_vote pollingStations BUREAUX", POINT, """
        num_bureau stationNo NUM_BUREAU i int(1,30)
        lieu venue LIEU s place
        adresse address ADRESSE s facility_addr
        nb_inscrits registered NB_INSCR i int(400,1400)
        accessible_pmr stepFree PMR s ch(oui;non)
    """, {"lieu": "public venue named after a person", "adresse": "address of a polling station",
          "nb_inscrits": "number of voters (aggregate)"}),
    P("resultats_bureaux", "elections", "commune,departement", "resultats_par_bureau electionResults RESULTATS", POINT, """
        num_bureau stationNo NUM_BUREAU i int(1,30)
        votants voters VOTANTS i int(150,900)
        exprimes validVotes EXPRIMES i int(140,880)
        liste_en_tete leadingList LISTE s ch(Liste Union pour l'avenir;Liste Ensemble pour demain;Liste citoyenne)
        abstention_pct abstention ABSTENTION n num(20,70,1)
    """, {"votants": "aggregate count", "liste_en_tete": "name of a list (a group)",
          "abstention_pct": "aggregate rate"}),
    P("instances_deliberantes", "elections", "commune,epci,departement,region", "instances_deliberantes councilBodies INSTANCES",
      NONE, """
        instance body INSTANCE s ch(Conseil municipal;Conseil communautaire;Commission urbanisme;Commission permanente;Bureau)
        nb_sieges seats NB_SIEGES i int(5,69)
        organisation organisation ORGANISAT s authority
        frequence frequency FREQUENCE s ch(mensuelle;trimestrielle;bimestrielle)
        lieu_seance venue LIEU s ch(Hôtel de ville;Salle du conseil;Hôtel du Département;Hôtel de Région)
    """, {"instance": "elected body as an institution", "nb_sieges": "seat count of an institution",
          "organisation": "the authority"}),
    P("cantons", "elections", "departement", "cantons cantons CANTONS", AREA, """
        nom_canton name NOM_CANTON s ch(Besançon-1;Ornans;Dole-2;Lannion;Millau-1;Arras-3)
        code code CODE s id({dep}{n:02d})
        population population POP i int(12000,45000)
    """, {"nom_canton": "electoral district", "population": "aggregate"}),
    # --- economy
    P("marches_forains", "economie", "commune", "marches_forains openAirMarkets MARCHES", POINT, """
        nom_marche name NOM_MARCHE s ch(Marché Beaux-Arts;Marché de la place Jean Jaurès;Marché du samedi;Marché bio)
        jour day JOUR s ch(mardi;mercredi;samedi;dimanche)
        nb_emplacements stalls NB_EMPL i int(8,120)
        organisateur organiser ORGANISAT s ch(Service des marchés;Ville;Comité des fêtes)
        contact_placier placerContact PLACIER s service_email
    """, {"nom_marche": "market name", "nb_emplacements": "stall count", "contact_placier":
          "functional mailbox of the markets service"}),
    P("zones_activite", "economie", "epci,region", "zones_activite businessParks ZAE", AREA, """
        nom_zae name NOM_ZAE s ch(ZA des Tilleuls;Parc d'activités Lafayette;ZI Nord;Technopole Temis;ZA Louis Pasteur)
        gestionnaire manager GESTIONNAI s authority
        surface_dispo_ha freeArea DISPO_HA n num(0,40,1)
        prix_m2 priceM2 PRIX_M2 n num(8,75,2)
    """, {"nom_zae": "business park name", "gestionnaire": "authority", "prix_m2": "public price list"}),
    P("entreprises_za", "economie", "epci,region", "entreprises_implantees businesses ENTREPRISE", POINT, """
        raison_sociale companyName RAISON_SOC s company
        siret siret SIRET s siret
        code_naf naf CODE_NAF s ch(4941A;4520A;1071C;4711D;4321A;5610A)
        tranche_effectif sizeBand EFFECTIF s ch(0;1-2;3-5;6-9;10-19;20-49;50-99)
    """, {"raison_sociale": "company name (legal person, some bear a surname)", "siret": "company registration",
          "tranche_effectif": "size band of a company"}),
    P("commerces_centre_ville", "economie", "commune", "commerces_centre_ville shops COMMERCES", POINT, """
        enseigne shopName ENSEIGNE s company
        activite trade ACTIVITE s ch(boulangerie;pharmacie;bar;garage;supermarché;restaurant)
        vitrine_vacante vacant VACANT s ch(non;non;oui)
        rue street RUE s street
    """, {"enseigne": "shop sign of a business", "rue": "street named after a person", "activite": "trade"}),
    P("terrasses_autorisees", "economie", "commune", "terrasses_aot terraces TERRASSES", POINT, """
        etablissement venue ETABLISS s ch(Brasserie Lambert;Hôtel de la Gare SAS;Auberge du Lac SARL;Café de la Mairie)
        surface_m2 area SURF_M2 n num(6,80,1)
        redevance fee REDEVANCE n num(100,2800,2)
        periode season PERIODE s ch(annuelle;estivale)
    """, {"etablissement": "business (legal person)", "redevance": "fee paid by a business",
          "surface_m2": "terrace area of a business"}),
    # --- agriculture
    P("rpg_ilots_anonymes", "agriculture", "region", "rpg_parcelles cropParcels RPG", PARCEL, """
        id_parcel parcelId ID_PARCEL s id({r6}{n})
        code_cultu cropCode CODE_CULTU s ch(BTH;MIS;PPH;CZH;ORH;PTR)
        surf_parc hectares SURF_PARC n num(0.3,25,2)
        code_group groupCode CODE_GROUP i int(1,28)
    """, {"code_cultu": "crop code of the anonymised open crop register (no farmer)", "surf_parc":
          "plot area in the anonymised register"}),
    P("exploitations_societaires", "agriculture", "departement", "exploitations_societaires farmCompanies EXPL_SOC", POINT,
      """
        raison_sociale companyName RAISON_SOC s ch(GAEC des Prés Verts;GAEC Perrin Frères;EARL de la Combe;SCEA du Château)
        siret siret SIRET s siret
        orientation production ORIENTAT s ch(lait AOP Comté;grandes cultures;viticulture;maraîchage)
        sau_ha farmedArea SAU_HA n num(20,380,1)
    """, {"raison_sociale": "farming company (GAEC, EARL: legal persons)", "siret": "company registration",
          "sau_ha": "farmed area of a company"}),
    P("aires_aoc", "agriculture", "region", "aires_aoc appellationAreas AOC", AREA, """
        appellation appellation APPELLAT s ch(Comté;Morbier;Mont d'Or;Côtes du Jura;Roquefort;Piment d'Espelette)
        odg body ODG s ch(CIGC;Syndicat du Morbier;Syndicat interprofessionnel)
        date_decret decree DECRET d date(1958,2015)
    """, {"appellation": "protected appellation", "odg": "producers' body (legal person)"}),
    # --- environment
    P("stations_epuration", "assainissement", "epci", "stations_epuration treatmentPlants STEP", POINT, """
        nom name NOM s ch(STEP de Port-Douvot;STEP des Prés;Lagunage communal;STEP intercommunale)
        capacite_eh capacity CAPA_EH i int(200,180000)
        exploitant operator EXPLOITANT s ch(Veolia Eau;Suez Eau France;Régie;SAUR)
        conformite compliance CONFORM s ch(conforme;non conforme)
    """, {"capacite_eh": "plant capacity", "exploitant": "operator company", "conformite": "plant compliance"}),
    P("arbres_alignement", "espaces_verts", "commune,epci", "arbres_alignement streetTrees ARBRES", POINT, """
        essence species ESSENCE s ch(Platanus acerifolia;Tilia cordata;Acer platanoides;Quercus robur;Pinus nigra)
        hauteur_m height HAUTEUR n num(3,28,1)
        circonference_cm girth CIRCONF i int(20,320)
        rue street RUE s street
        date_plantation planted PLANTE d date(1950,2024)?
        remarque note REMARQUE s notes_public
    """, {"essence": "tree species", "hauteur_m": "tree height", "rue": "street named after a person",
          "remarque": "free text about equipment"}),
    P("points_apport_volontaire", "dechets", "epci", "points_apport_volontaire dropOffPoints PAV", POINT, """
        flux stream FLUX s ch(verre;papier;emballages;textiles;biodéchets)
        volume_m3 volume VOLUME n num(2,5,1)
        adresse address ADRESSE s street
        prestataire contractor PRESTATAIR s ch(Veolia;Paprec;Suez;Le Relais;Régie)
        taux_remplissage fill REMPLISS n num(0,100,0)
    """, {"adresse": "street of a public container", "prestataire": "contractor company",
          "taux_remplissage": "fill level of a container"}),
    P("stations_bruit", "environnement", "epci,region", "mesures_bruit noiseStations BRUIT_MES", POINT, """
        station station STATION s id(BR-{n:02d})
        lden lden LDEN n num(45,78,1)
        source source SOURCE s ch(route;voie ferrée;aéroport;industrie)
    """, {"lden": "noise level at a measuring station", "source": "noise source"}),
    P("ppri_zones", "risques", "departement", "ppri_zonage floodZones PPRI", AREA, """
        alea hazard ALEA s ch(faible;moyen;fort;très fort)
        zone_reglementaire zone ZONE_REG s ch(rouge;bleue;orange)
        cote_reference refLevel COTE_REF n num(240,410,2)
    """, {"alea": "hazard level of an area", "zone_reglementaire": "regulatory zone"}),
    P("captages", "eau", "departement,epci", "captages_aep waterCatchments CAPTAGES", POINT, """
        nom_captage name NOM_CAPT s ch(Source d'Arcier;Puits de Chenecey;Forage des Prés;Source du Moulin)
        code_bss bssCode CODE_BSS s id(BSS00{r4}{L}{L})
        debit_m3_h flow DEBIT n num(5,400,1)
        gestionnaire manager GESTIONNAI s authority
    """, {"nom_captage": "catchment name", "debit_m3_h": "flow of a catchment", "gestionnaire": "authority"}),
    P("indices_air", "environnement", "region", "indices_atmo airQuality ATMO", AREA, """
        insee inseeCode INSEE s insee
        indice index INDICE i int(1,6)
        polluant_majoritaire pollutant POLLUANT s ch(O3;PM10;PM2.5;NO2)
        date_indice date DATE_IND d date(2025,2025)
    """, {"indice": "air-quality index of a commune", "polluant_majoritaire": "pollutant"}),
    P("espaces_verts", "espaces_verts", "commune", "espaces_verts greenSpaces ESP_VERTS", PARCEL, """
        nom name NOM s place
        surface_m2 area SURF_M2 i int(150,60000)
        gestion management GESTION s ch(différenciée;intensive;naturelle)
        gestionnaire_tel serviceLine TEL_SERV s service_phone
    """, {"nom": "park named after a person", "gestionnaire_tel": "line of the parks service",
          "surface_m2": "area of a park"}),
    P("decheteries", "dechets", "epci", "decheteries recyclingCentres DECHETERIE", POINT, """
        nom name NOM s ch(Déchèterie des Tilleuls;Déchèterie de Thise;Déchèterie intercommunale;Recyclerie)
        horaires hours HORAIRES s ch(lun-sam 9h-12h 14h-18h;mar-sam 8h30-17h30)
        telephone_accueil receptionPhone TEL_ACC s service_phone
        courriel email COURRIEL s service_email
        tonnage_annuel yearlyTonnes TONNAGE i int(800,14000)
    """, {"telephone_accueil": "reception line", "courriel": "service mailbox", "tonnage_annuel": "aggregate"}),
    # --- networks
    P("canalisations_eau", "eau", "commune,epci", "reseau_aep_canalisations waterMains CANA_AEP", LINE, """
        materiau material MATERIAU s ch(fonte;PVC;PEHD;acier;amiante-ciment)
        diametre_mm diameter DIAMETRE i int(40,600)
        annee_pose laidIn ANNEE_POSE i int(1930,2024)?
        gestionnaire operator GESTIONNAI s ch(Régie des eaux;Veolia Eau;Suez Eau France;SAUR)
        precision_classe accuracyClass CLASSE s ch(A;B;C)
    """, {"materiau": "pipe material", "diametre_mm": "pipe diameter", "gestionnaire": "operator"}),
    P("reseau_assainissement", "assainissement", "epci", "reseau_eu_collecteurs sewers CANA_EU", LINE, """
        type_reseau networkType TYPE_RES s ch(unitaire;eaux usées;eaux pluviales)
        pente_pct slope PENTE n num(0.1,6,2)
        etat condition ETAT s ch(bon;moyen;dégradé)
    """, {"type_reseau": "network type", "pente_pct": "slope", "etat": "condition"}),
    P("eclairage_public", "energie", "commune", "eclairage_public streetLights ECL_PUB", POINT, """
        num_point lightId NUM_POINT s id(EP{n:05d})
        puissance_w power PUISS_W i int(18,250)
        type_lampe lampType LAMPE s ch(LED;sodium haute pression;iodure métallique)
        armoire cabinet ARMOIRE s id(AR{n:03d})
        rue street RUE s street
    """, {"puissance_w": "lamp power", "num_point": "equipment id", "rue": "street"}),
    P("points_mutualisation_fibre", "numerique", "departement,region", "points_mutualisation fibreCabinets PM_FTTH", POINT,
      """
        code_pm pmCode CODE_PM s id(PM-{dep}-{n:04d})
        operateur_infra operator OPERATEUR s ch(Orange;SFR FTTH;Free Infrastructure;Altitude Infra;Axione)
        nb_prises plugs NB_PRISES i int(300,1200)
        hotline_exploitant operatorHotline HOTLINE s ch(09 69 39 12 12;09 70 24 65 00;3900)
    """, {"code_pm": "network equipment id", "operateur_infra": "operator company",
          "hotline_exploitant": "company hotline"}),
    P("postes_electriques", "energie", "epci,departement", "postes_hta_bt substations POSTES", POINT, """
        nom_poste name NOM_POSTE s street
        code_gdo code CODE_GDO s id({dep}{r6})
        exploitant operator EXPLOITANT s ch(Enedis;ES Réseaux;SICAE;régie)
        puissance_kva power PUISS_KVA i int(100,1000)
    """, {"nom_poste": "substation named after its street", "exploitant": "operator company"}),
    P("poteaux_incendie", "securite", "commune,departement", "points_eau_incendie fireHydrants PEI", POINT, """
        numero number NUMERO s id(PI{n:03d})
        debit_m3h flow DEBIT i int(20,180)
        pression_bar pressure PRESSION n num(1,8,1)
        etat condition ETAT s ch(disponible;indisponible;à contrôler)
        date_controle checkDate DATE_CTRL d date(2022,2025)
    """, {"debit_m3h": "hydrant flow", "etat": "hydrant condition", "numero": "equipment number"}),
    P("couverture_fibre", "numerique", "departement,region", "couverture_ftth_commune fibreCoverage COUV_FTTH", AREA, """
        insee inseeCode INSEE s insee
        locaux_raccordables connectable RACCORD i int(100,60000)
        taux_couverture coverageRate TAUX_COUV n num(20,100,1)
    """, {"locaux_raccordables": "aggregate count", "taux_couverture": "aggregate rate"}),
    # --- mobility
    P("amenagements_cyclables", "mobilite", "epci,departement", "amenagements_cyclables cycleLanes CYCLABLE", LINE, """
        nom_voie street NOM_VOIE s street
        type_amenagement facility TYPE_AMEN s ch(piste cyclable;bande cyclable;voie verte;double sens cyclable)
        revetement surface REVETEMNT s ch(enrobé;stabilisé;béton)
        largeur_m width LARGEUR n num(1.2,4,1)
    """, {"nom_voie": "street named after a person", "type_amenagement": "facility type"}),
    P("parkings_publics", "mobilite", "commune", "parkings_publics carParks PARKINGS", POINT, """
        nom name NOM s ch(Parking Marché-Beaux-Arts;Parking de la Gare;Parking Simone Veil;Parking Victor Hugo)
        nb_places spaces NB_PLACES i int(30,900)
        places_pmr accessibleSpaces PMR i int(1,20)
        tarif_horaire hourlyRate TARIF n num(0,3,2)
        gestionnaire operator GESTIONNAI s ch(Indigo;Effia;Q-Park;régie municipale)
    """, {"nom": "car park named after a person", "gestionnaire": "operator company", "nb_places": "capacity"}),
    P("arrets_transport", "mobilite", "epci,region", "arrets_bus busStops ARRETS", POINT, """
        nom_arret stopName NOM_ARRET s ch(Victor Hugo;Jean Jaurès;Mairie;Gare;Lycée Pasteur;Louise Michel;Hôpital)
        lignes lines LIGNES s ch(L1;L2;3;4 - 11;Tram 1)
        accessible stepFree ACCESSIBLE s ch(oui;non)
        abri shelter ABRI s ch(oui;non)
    """, {"nom_arret": "stop named after a person or a place", "lignes": "line numbers"}),
    P("stations_velos", "mobilite", "commune,epci", "stations_velos bikeStations STAT_VELO", POINT, """
        station station STATION s place
        nb_bornes docks NB_BORNES i int(8,30)
        velos_dispo bikesAvailable DISPO i int(0,30)
    """, {"station": "station named after a place", "nb_bornes": "dock count"}),
    P("comptages_routiers", "mobilite", "departement", "comptages_routiers trafficCounts COMPTAGES", LINE, """
        route road ROUTE s ch(RD 683;RD 73;RN 57;RD 112;A36)
        tmja aadt TMJA i int(300,52000)
        pct_poids_lourds hgvShare PCT_PL n num(2,25,1)
        annee year ANNEE i int(2019,2024)
    """, {"tmja": "traffic count", "pct_poids_lourds": "aggregate share"}),
    P("circuits_transport_scolaire", "mobilite", "region", "circuits_scolaires schoolBusRoutes CIRCUITS", LINE, """
        num_circuit routeNo CIRCUIT s id(C{dep}-{n:03d})
        transporteur carrier TRANSPORT s ch(Transports Moreau et Fils;Keolis;Transdev;Autocars Girard)
        nb_eleves pupils NB_ELEVES i int(8,60)
        etablissement school ETABLISS s school
    """, {"transporteur": "bus company (legal person, may bear a surname)", "nb_eleves": "pupil count per route"}),
    # --- public safety
    P("cameras_videoprotection", "securite", "commune", "cameras_videoprotection cctvCameras CAMERAS", POINT, """
        id_camera cameraId ID_CAMERA s id(CAM-{n:03d})
        type type TYPE s ch(fixe;dôme;lecture de plaques)
        date_installation installed DATE_INST d date(2012,2025)
        arrete_prefectoral order ARRETE s id(AP {yyyy}/{n:03d})
    """, {"id_camera": "equipment id", "type": "camera type", "arrete_prefectoral": "prefectoral order reference"}),
    P("stats_fourriere", "securite", "commune", "stats_fourriere impoundStats STAT_FOUR", NONE, """
        mois month MOIS s ch(janvier;février;mars;avril;mai;juin;juillet;août)
        nb_enlevements tows NB_ENLEV i int(5,140)
        nb_destructions scrapped NB_DESTR i int(0,20)
    """, {"nb_enlevements": "monthly count", "nb_destructions": "monthly count"}),
    P("centres_secours", "securite", "departement", "centres_incendie_secours fireStations CIS", POINT, """
        nom name NOM s ch(CIS Besançon Est;CIS Dole;CIS Pontarlier;Centre de première intervention)
        categorie category CATEGORIE s ch(CSP;CS;CPI)
        telephone_standard switchboard TEL_STD s service_phone
        effectif_spv volunteers EFF_SPV i int(10,120)
    """, {"telephone_standard": "station switchboard", "effectif_spv": "aggregate count"}),
    P("sirenes_alerte", "securite", "commune,departement", "sirenes_alerte sirens SIRENES", POINT, """
        code code CODE s id(SAIP-{n:03d})
        etat condition ETAT s ch(opérationnelle;en panne;déposée)
        dernier_essai lastTest DERN_ESSAI d date(2024,2025)
    """, {"etat": "equipment status", "dernier_essai": "test date of equipment"}),
    # --- culture, sport
    P("equipements_sportifs", "sport", "commune,epci,departement", "equipements_sportifs sportsFacilities EQUIP_SPO",
      POINT, """
        nom name NOM s place
        type type TYPE s ch(gymnase;stade;piscine;dojo;terrain multisport)
        proprietaire owner PROPRIO s authority
        surface_m2 area SURF_M2 i int(200,9000)
        telephone_gardien caretakerLine TEL_GARD s service_phone
    """, {"nom": "facility named after a person", "proprietaire": "the authority",
          "telephone_gardien": "facility's service line"}),
    P("bibliotheques_stats", "culture", "commune,epci", "bibliotheques_activite libraryStats BIB_STATS", POINT, """
        bibliotheque library BIBLIO s ch(Médiathèque Elsa Triolet;Bibliothèque Pierre Bayle;Médiathèque des Tilleuls)
        nb_prets loans NB_PRETS i int(5000,180000)
        nb_inscrits members NB_INSCR i int(300,14000)
        heures_ouverture openHours HEURES i int(12,48)
    """, {"bibliotheque": "library named after a writer", "nb_prets": "aggregate count",
          "nb_inscrits": "aggregate count"}),
    P("annuaire_associations", "vie_associative", "commune", "annuaire_associations associationsDirectory ASSOS", POINT,
      """
        association association ASSOCIAT s association
        num_rna rnaNo RNA s id(W{dep}{r6}{n})
        discipline activity ACTIVITE s ch(football;musique;solidarité;patrimoine;chasse;judo)
        courriel_contact contactEmail COURRIEL s id(contact@asso-{r4}.fr)
        lieu_activite venue LIEU s place
    """, {"association": "association (legal person)", "num_rna": "association register number",
          "courriel_contact": "association's functional mailbox", "lieu_activite": "public venue"}),
    P("subventions_associations", "vie_associative", "commune,epci,departement", "subventions_associations grants SUBV_ASSO",
      NONE, """
        beneficiaire beneficiary BENEF s association
        siret siret SIRET s siret
        objet purpose OBJET s ch(fonctionnement;manifestation;équipement;projet jeunesse)
        montant amount MONTANT n num(150,45000,2)
        date_deliberation decisionDate DATE_DELIB d date(2022,2025)
    """, {"beneficiaire": "association (legal person)", "montant": "grant to a legal person",
          "siret": "association registration"}),
    P("agenda_evenements", "culture", "commune,epci", "agenda_evenements events AGENDA", POINT, """
        titre title TITRE s ch(Fête de la musique;Festival Jacques Brel;Marché de Noël;Nuit des musées;Foire comtoise)
        organisateur organiser ORGANISAT s association
        date_debut startDate DATE_DEB d date(2025,2026)
        lieu venue LIEU s place
        contact_billetterie ticketsContact BILLETTER s service_email
    """, {"titre": "event title (some after people)", "organisateur": "organiser (association)",
          "contact_billetterie": "ticket office mailbox"}),
    P("salles_municipales", "equipement", "commune", "salles_municipales municipalHalls SALLES", POINT, """
        nom name NOM s place
        capacite capacity CAPACITE i int(30,800)
        tarif_journee dayRate TARIF n num(50,900,2)
        tel_reservation bookingPhone TEL_RESA s service_phone
        courriel_reservation bookingEmail MAIL_RESA s service_email
    """, {"nom": "hall named after a person", "tel_reservation": "booking line of a service",
          "courriel_reservation": "booking mailbox", "tarif_journee": "public price"}),
    # --- tourism, heritage
    P("hebergements_classes", "tourisme", "departement,region", "hebergements_classes classifiedAccommodation HEBERG_CL",
      POINT, """
        nom_commercial name NOM_COMM s ch(Hôtel de la Gare SAS;Camping Les Pins SARL;Auberge du Lac SARL;Hôtel Le Victor Hugo)
        classement stars CLASSEMT s ch(1*;2*;3*;4*)
        capacite capacity CAPACITE i int(10,300)
        site_web website SITE_WEB s id(https://www.hotel-{r4}.fr)
    """, {"nom_commercial": "business name", "classement": "star rating", "site_web": "business website"}),
    P("sentiers_randonnee", "tourisme", "departement", "sentiers_pdipr hikingTrails SENTIERS", LINE, """
        nom name NOM s ch(Sentier des Tilleuls;Boucle Victor Hugo;Chemin des Moines;GR 59;Circuit Gustave Courbet)
        difficulte difficulty DIFFICULTE s ch(facile;moyen;difficile)
        longueur_km length LONG_KM n num(0.2,4,2)
        balisage waymark BALISAGE s ch(jaune;rouge et blanc;bleu)
    """, {"nom": "trail named after a person", "difficulte": "trail difficulty"}),
    P("offices_tourisme", "tourisme", "epci", "offices_tourisme touristOffices OT", POINT, """
        nom name NOM s ch(Office de tourisme;Bureau d'information touristique;Point info)
        telephone phone TEL s service_phone
        courriel email COURRIEL s service_email
        visiteurs_annuels yearlyVisitors VISITEURS i int(2000,120000)
    """, {"telephone": "office's line", "courriel": "office mailbox", "visiteurs_annuels": "aggregate"}),
    P("monuments_historiques", "patrimoine", "departement,region", "monuments_historiques listedMonuments MH", POINT, """
        appellation name APPELLAT s ch(Maison natale de Victor Hugo;Citadelle;Église Saint-Pierre;Hôtel de ville;Lavoir)
        protection protection PROTECTION s ch(classé;inscrit)
        date_protection listedOn DATE_PROT d date(1840,2020)
        siecle century SIECLE s ch(XIIe;XVIe;XVIIe;XVIIIe;XIXe)
    """, {"appellation": "monument named after a historical figure", "protection": "protection level"}),
    P("plaques_commemoratives", "patrimoine", "commune", "plaques_commemoratives memorialPlaques PLAQUES", POINT, """
        personnage_honore honoured HONORE s ch(Victor Hugo;Jean Moulin;Louis Pasteur;Gustave Courbet;Lucie Aubrac;Charles de Gaulle)
        evenement event EVENEMENT s ch(naissance;séjour;Libération;discours)
        date_pose unveiled DATE_POSE d date(1920,2020)
    """, {"personnage_honore": "historical figure (deceased, public history) honoured by a plaque",
          "evenement": "commemorated event"}),
    P("voies_odonymie", "adressage", "commune", "voies_nommees namedStreets VOIES", LINE, """
        nom_voie streetName NOM_VOIE s street
        code_fantoir fantoir FANTOIR s id({insee}{r4}{L})
        date_deliberation namedOn DATE_DELIB d date(1900,2024)
        longueur_m length LONGUEUR i int(40,2600)
    """, {"nom_voie": "street name (often after a famous person)", "code_fantoir": "street code"}),
    P("adresses_ban", "adressage", "commune,epci", "adresses_ban addressPoints BAN", POINT, """
        numero number NUMERO i int(1,180)
        suffixe suffix SUFFIXE s ch(bis;ter;A)?
        voie street VOIE s street
        code_postal postcode CP s cp
        source source SOURCE s ch(commune;cadastre;BAN)
    """, {"voie": "street of a national address base point (no occupant)", "numero": "house number in the address base",
          "code_postal": "postcode"}),
    # --- open-data exports
    P("budget_fonctions", "finances", "commune,epci,departement,region", "budget_par_fonction budgetByFunction BUDGET",
      NONE, """
        fonction function FONCTION s ch(enseignement;culture;sport;voirie;action sociale;aménagement)
        chapitre chapter CHAPITRE s ch(011;012;65;21;23)
        montant amount MONTANT n num(10000,12000000,2)
        exercice year EXERCICE i int(2020,2025)
    """, {"montant": "budget amount", "fonction": "budget function"}),
    P("marches_publics", "finances", "commune,epci,departement,region", "marches_publics publicContracts MARCHES_PU", NONE,
      """
        objet subject OBJET s ch(Travaux de voirie;Fourniture de repas;Maintenance éclairage;Nettoyage des locaux)
        titulaire contractor TITULAIRE s company
        siret siret SIRET s siret
        montant_ht amount MONTANT n num(25000,3500000,2)
        date_notification notifiedOn DATE_NOTIF d date(2021,2025)
    """, {"titulaire": "contractor company (some bear a surname)", "montant_ht": "contract amount",
          "objet": "contract subject"}),
    P("deliberations", "finances", "commune,epci", "deliberations councilDecisions DELIBS", NONE, """
        numero number NUMERO s id(D{yyyy}-{n:03d})
        objet subject OBJET s ch(Vote du budget primitif;Tarifs de la cantine;Dénomination de la rue Simone Veil;Convention avec l'association)
        date_seance meetingDate DATE_SEAN d date(2022,2025)
        resultat_vote result VOTE s ch(unanimité;majorité;adopté)
    """, {"objet": "decision subject (may name a street after a person)", "resultat_vote": "result of a body's vote"}),
    P("population_iris", "population", "epci,departement,region", "population_iris populationByDistrict POP_IRIS", AREA, """
        code_iris irisCode CODE_IRIS s id({insee}0{r4})
        population population POP i int(1200,5000)
        part_plus_65 over65Share PLUS_65 n num(8,35,1)
        revenu_median medianIncome REV_MED n num(14000,32000,0)
    """, {"population": "aggregate", "revenu_median": "median income of a district (aggregate)"}),
    # --- equipment
    P("batiments_communaux", "patrimoine_bati", "commune", "batiments_communaux publicBuildings BATIMENTS", PARCEL, """
        nom name NOM s place
        usage use USAGE s ch(école;mairie annexe;gymnase;salle des fêtes;ateliers municipaux)
        surface_m2 area SURF_M2 i int(80,6000)
        annee_construction built ANNEE i int(1880,2022)
        conso_kwh energyUse CONSO_KWH i int(5000,900000)
    """, {"nom": "public building named after a person", "conso_kwh": "energy use of a public building"}),
    P("flotte_vehicules", "equipement", "commune,epci,departement", "flotte_vehicules vehicleFleet FLOTTE", NONE, """
        immatriculation plate IMMAT s plate
        modele model MODELE s ch(Renault Kangoo;Peugeot Partner;Renault Zoé;Iveco Daily;balayeuse)
        service department SERVICE s service
        kilometrage mileage KM i int(2000,210000)
        energie fuel ENERGIE s ch(diesel;électrique;essence;GNV)
    """, {"immatriculation": "plate of a vehicle owned by the authority (legal person)", "kilometrage":
          "mileage of a public vehicle", "service": "service using the vehicle"}),
    P("toilettes_publiques", "equipement", "commune", "sanitaires_publics publicToilets TOILETTES", POINT, """
        type type TYPE s ch(automatique;cabine;urinoir)
        acces_pmr stepFree PMR s ch(oui;non)
        horaires hours HORAIRES s ch(24h/24;6h-22h;saisonnier)
    """, {"acces_pmr": "accessibility of equipment", "horaires": "opening hours"}),
    P("aires_jeux", "equipement", "commune", "aires_de_jeux playgrounds AIRES_JEUX", POINT, """
        nom name NOM s place
        nb_jeux games NB_JEUX i int(1,12)
        age_min minAge AGE_MIN i int(1,8)
        date_controle checkDate DATE_CTRL d date(2023,2025)
        controleur inspector CONTROLEUR s ch(Apave;Bureau Veritas;Socotec;régie)
    """, {"age_min": "minimum age of a playground (no person)", "controleur": "inspection company",
          "date_controle": "equipment check"}),
    P("bornes_recharge", "energie", "epci,departement", "bornes_irve chargingPoints IRVE", POINT, """
        operateur operator OPERATEUR s ch(Izivia;Freshmile;TotalEnergies;SIED;Ionity)
        puissance_kw power PUISS_KW n num(7,150,1)
        nb_pdc connectors NB_PDC i int(1,8)
        contact_operateur operatorContact CONTACT s ch(support@freshmile.com;contact@izivia.com;09 70 83 02 13)
    """, {"operateur": "operator company", "contact_operateur": "operator's support contact",
          "puissance_kw": "charger power"}),
    P("horodateurs", "mobilite", "commune", "horodateurs parkingMeters HORODATEUR", POINT, """
        numero number NUMERO s id(H{n:03d})
        zone zone ZONE s ch(rouge;orange;verte)
        paiement_cb cardPayment PAIEMT_CB s ch(oui;non)
        recette_mensuelle monthlyTakings RECETTE n num(50,3200,2)
    """, {"zone": "parking zone", "recette_mensuelle": "takings of a machine"}),
    P("mobilier_urbain", "equipement", "commune", "mobilier_urbain streetFurniture MOBILIER", POINT, """
        type type TYPE s ch(banc;corbeille;potelet;abri vélo;panneau d'information)
        materiau material MATERIAU s ch(bois;acier;fonte;béton)
        rue street RUE s street
        remarque note REMARQUE s notes_public
    """, {"type": "furniture type", "rue": "street name", "remarque": "free text about equipment"}),
    P("communes_epci", "administration", "epci,departement,region", "communes_membres memberCommunes COMMUNES", AREA, """
        commune commune COMMUNE s commune
        insee inseeCode INSEE s insee
        code_postal postcode CP s cp
        population_municipale population POP i int(150,120000)
        mairie_courriel townHallEmail COURRIEL s service_email
        mairie_telephone townHallPhone TELEPHONE s switchboard
    """, {"commune": "commune name", "mairie_courriel": "town hall's functional mailbox",
          "mairie_telephone": "town hall switchboard", "population_municipale": "aggregate"}),
    P("travaux_voirie_chantiers", "voirie", "commune,epci,departement", "chantiers_en_cours roadWorks CHANTIERS", LINE, """
        rue street RUE s street
        nature works NATURE s ch(réfection chaussée;renouvellement réseau eau;enfouissement réseaux;trottoirs)
        entreprise contractor ENTREPRISE s company
        date_fin endDate DATE_FIN d date(2025,2026)
        info_riverains residentsInfo INFO s service_email
    """, {"entreprise": "contractor company", "info_riverains": "service mailbox for residents",
          "rue": "street named after a person"}),
    P("accidents_stats_commune", "securite", "departement", "accidentologie_commune accidentStats ACCIDENTS", AREA, """
        insee inseeCode INSEE s insee
        nb_accidents accidents NB_ACC i int(0,120)
        nb_tues killed NB_TUES i int(0,6)
        periode period PERIODE s ch(2019-2023;2020-2024)
    """, {"nb_accidents": "aggregate count over five years", "nb_tues": "aggregate count per commune"}),
    P("guichets_france_services", "administration", "departement", "france_services publicServiceDesks FRANCE_SER", POINT,
      """
        nom name NOM s ch(France services Ornans;France services itinérant;Maison France services)
        adresse address ADRESSE s facility_addr
        telephone phone TEL s service_phone
        courriel email COURRIEL s service_email
        itinerant mobile ITINERANT s ch(oui;non)
    """, {"adresse": "address of a public desk", "telephone": "desk line", "courriel": "service mailbox"}),
    P("aires_covoiturage", "mobilite", "departement,region", "aires_covoiturage carpoolAreas COVOIT", POINT, """
        nom name NOM s ch(Aire de covoiturage de l'échangeur;Parking relais Jean Jaurès;Aire des Tilleuls)
        nb_places spaces NB_PLACES i int(10,150)
        eclairage lit ECLAIRAGE s ch(oui;non)
        gestionnaire manager GESTIONNAI s authority
    """, {"nom": "car-pool area name", "nb_places": "capacity", "gestionnaire": "authority"}),
    P("ouvrages_art", "voirie", "departement", "ouvrages_art bridges OUVRAGES", POINT, """
        nom_ouvrage name NOM_OUVR s ch(Pont Battant;Pont de la République;Viaduc du Moulin;Passerelle Simone Veil)
        type type TYPE s ch(pont;passerelle;mur de soutènement;buse)
        indice_iqoa condition IQOA s ch(1;2;2E;3;3U)
        date_inspection inspected DATE_INSP d date(2019,2025)
    """, {"nom_ouvrage": "bridge name (some after people)", "indice_iqoa": "condition index"}),
    # --- more tables without geometry
    P("tarifs_services", "finances", "commune,epci", "tarifs_municipaux publicPrices TARIFS", NONE, """
        prestation service PRESTATION s ch(repas cantine;entrée piscine;location salle;concession 30 ans;carte bibliothèque)
        tranche_qf bracket TRANCHE s ch(QF < 500;QF 500-900;QF > 900;extérieurs)
        tarif price TARIF n num(0.5,900,2)
        deliberation decision DELIB s id(DCM {yyyy}-{n:03d})
    """, {"tranche_qf": "price bracket (no person)", "tarif": "public price", "prestation": "service"}),
    P("etat_civil_statistiques", "population", "commune", "etat_civil_stats civilRegistryStats ETAT_CIVI", NONE, """
        annee year ANNEE i int(2010,2024)
        naissances births NAISSANCES i int(20,900)
        deces deaths DECES i int(20,800)
        mariages weddings MARIAGES i int(5,300)
        pacs civilUnions PACS i int(3,250)
    """, {"naissances": "yearly count (aggregate)", "mariages": "yearly count (aggregate)"}),
    P("contrats_maintenance", "equipement", "commune,epci,departement", "contrats_maintenance maintenanceContracts CONTRATS",
      NONE, """
        equipement equipment EQUIPEMENT s ch(ascenseurs;chaudières;extincteurs;portes automatiques;alarmes incendie)
        prestataire contractor PRESTATAIR s company
        hotline hotline HOTLINE s ch(0 800 24 24 24;09 69 32 15 15;04 72 00 00 00)
        echeance endDate ECHEANCE d date(2025,2029)
        montant_annuel yearlyAmount MONTANT n num(800,90000,2)
    """, {"prestataire": "contractor company", "hotline": "company support line", "montant_annuel": "contract amount"}),
    P("catalogue_donnees", "opendata", "commune,epci,departement,region", "catalogue_jeux_donnees datasetCatalogue CATALOGUE",
      NONE, """
        titre title TITRE s ch(Arbres d'alignement;Parkings publics;Budget primitif;Équipements sportifs)
        producteur producer PRODUCTEU s authority
        contact contact CONTACT s service_email
        licence licence LICENCE s ch(Licence Ouverte 2.0;ODbL)
        mise_a_jour updated MAJ d date(2023,2025)
    """, {"producteur": "the authority", "contact": "functional mailbox of the producing service",
          "licence": "licence"}),
    P("qualite_eau_reseaux", "eau", "epci,departement", "qualite_eau_udi waterQuality QUALITE_EAU", NONE, """
        unite_distribution network UDI s id(UDI {n:03d})
        conformite_bacterio bacteria BACTERIO n num(90,100,1)
        nitrates_mg nitrates NITRATES n num(1,48,1)
        exploitant operator EXPLOITANT s ch(Régie des eaux;Veolia Eau;SAUR)
    """, {"nitrates_mg": "water quality of a network", "exploitant": "operator company"}),
)
