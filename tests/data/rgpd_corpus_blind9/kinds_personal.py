"""Kinds of table of corpus blind-9 whose judged columns are personal (RGPD art. 4(1)).

Each judged column is marked ``P(reason)``; the other columns are there because the real table holds
them (some are personal too, some not, none of them judged).
"""

import values as v
from schema import C, K, P

PERSONAL = (
    # --- land, cadastre, planning ---------------------------------------------------------------------
    K("proprietaires_majic", "foncier", "commune", "proprietaires_parcelles|PROP_PARC|parcelOwners", "parcel", [
        C("idu|IDU|parcelId", "s", v.idu),
        C("nom_proprietaire|NOM_PROPRI|ownerName", "s", v.cadastral, P("nom du propriétaire, personne physique, "
          "écrit à la cadastrale")),
        C("compte_communal|COMPTE_COM|ownerAccount", "s", v.seq("{i}+{r:05d}"), P("numéro de compte propriétaire: "
          "identifiant d'une personne physique")),
        C("adresse_proprietaire|ADR_PROPRI|ownerAddress", "s", v.address_full, P("adresse du domicile du "
          "propriétaire")),
        C("date_naissance|DNAIS|birthDate", "date", v.birth, P("date de naissance du propriétaire")),
        C("code_droit|CDROIT|rightCode", "s", v.pick("P", "U", "N", "G"), P("nature du droit d'une personne "
          "nommée sur la parcelle")),
        C("contenance|CONTENANCE|areaM2", "integer", v.integer(180, 9000)),
    ]),
    K("mutations_dvf_parcelle", "foncier", "epci", "mutations_parcelles|DVF_PARC|landSales", "parcel", [
        C("id_parcelle|ID_PARC|parcelRef", "s", v.idu),
        C("date_mutation|DATE_MUT|saleDate", "date", v.day(), P("date de vente d'un bien rattaché à une parcelle "
          "d'un particulier identifiable")),
        C("valeur_fonciere|VAL_FONC|salePrice", "number", v.amount(45000, 620000, 0), P("prix de vente d'une "
          "maison rattaché à la parcelle: se rapporte au vendeur et à l'acquéreur identifiables")),
        C("type_local|TYPE_LOCAL|premisesType", "s", v.pick("Maison", "Appartement", "Dépendance")),
        C("surface_bati|SURF_BATI|builtArea", "integer", v.integer(45, 210)),
    ]),
    K("dia_preemption", "urbanisme", "commune", "dia_declarations|DIA_DECL|preemptionNotices", "parcel", [
        C("num_dia|NUM_DIA|noticeNo", "s", v.seq("DIA {i} {yy} {n:04d}")),
        C("vendeur|VENDEUR|seller", "s", v.household, P("nom du vendeur, particulier")),
        C("acquereur|ACQUEREUR|buyer", "s", v.full, P("nom de l'acquéreur, particulier")),
        C("prix|PRIX|price", "number", v.amount(60000, 480000, 0), P("prix de cession convenu entre particuliers "
          "identifiés")),
        C("adresse_bien|ADR_BIEN|propertyAddress", "s", v.address),
        C("decision|DECISION|decision", "s", v.pick("renonciation", "renonciation", "préemption")),
    ]),
    K("exonerations_taxe_fonciere", "foncier", "commune", "degrevements_tfpb|DEGREV_TF|propertyTaxRelief",
      "pt", [
        C("numero_fiscal|NUM_FISCAL|taxpayerId", "s", v.digits(13), P("numéro fiscal (SPI) d'un contribuable")),
        C("montant_degrevement|MT_DEGREV|reliefAmount", "number", v.amount(80, 1400), P("montant accordé à un "
          "foyer situé à son domicile")),
        C("motif|MOTIF|reason", "s", v.pick("plus de 75 ans, revenus modestes", "titulaire ASPA", "AAH",
                                            "vacance involontaire"), P("motif tiré de l'âge, des revenus ou d'un "
                                                                         "handicap du contribuable")),
        C("annee|ANNEE|year", "integer", v.integer(2019, 2024)),
    ]),
    K("permis_construire", "urbanisme", "commune", "permis_construire|PC_DEPOSES|buildingPermits", "parcel", [
        C("num_dossier|NUM_DOSS|fileNumber", "s", v.seq("PC 0{d} {yy} B{n:04d}"), P("numéro de dossier d'un "
          "particulier pétitionnaire")),
        C("petitionnaire|PETITION|applicant", "s", v.household, P("nom du pétitionnaire particulier")),
        C("adresse_petitionnaire|ADR_PETIT|applicantAddress", "s", v.address_full, P("adresse personnelle du "
          "pétitionnaire")),
        C("surface_plancher|SURF_PL|floorArea", "number", v.amount(12, 240, 1), P("surface du projet d'un "
          "particulier nommé")),
        C("nature_travaux|NAT_TRAV|worksType", "s", v.pick("maison individuelle", "extension", "piscine",
                                                            "garage", "véranda")),
        C("date_depot|DATE_DEPOT|filedOn", "date", v.day()),
    ]),
    K("declarations_prealables", "urbanisme", "commune", "declarations_prealables|DP_2024|priorDeclarations",
      "parcel", [
        C("demandeur|DEMANDEUR|requester", "s", v.household, P("nom du demandeur, personne physique")),
        C("objet|OBJET|subject", "s", v.pick("abri de jardin", "clôture", "ravalement", "panneaux solaires",
                                             "division parcellaire", "pergola"), P("travaux sur le bien "
                                                                                  "d'un particulier nommé")),
        C("decision|DECISION|decision", "s", v.pick("favorable", "non-opposition", "refus", "tacite"),
          P("décision rendue sur la demande d'une personne nommée")),
        C("date_decision|DATE_DEC|decisionDate", "date", v.day()),
    ]),
    K("infractions_urbanisme", "urbanisme", "commune", "pv_infractions_urba|PV_URBA|planningBreaches", "parcel", [
        C("contrevenant|CONTREVEN|offender", "s", v.full, P("nom de l'auteur présumé d'une infraction")),
        C("constat|CONSTAT|finding", "s", v.text("Construction d'un abri sans autorisation par {civ} {SURNAME}",
                                                 "Mobil-home habité à l'année, occupant {given} {surname}",
                                                 "Clôture hors alignement, propriétaire absent, rappeler au {mobile}"),
          P("texte libre nommant le contrevenant")),
        C("suite|SUITE|followUp", "s", v.pick("transmis au parquet", "mise en demeure", "régularisé", "classé"),
          P("suite pénale donnée contre une personne nommée")),
        C("date_pv|DATE_PV|reportDate", "date", v.day()),
    ]),
    K("enquete_publique_observations", "urbanisme", "epci", "observations_enquete|OBS_ENQ|surveyComments",
      "pt", [
        C("deposant|DEPOSANT|author", "s", v.opt(v.full, 0.1), P("nom d'un habitant ayant déposé une observation")),
        C("courriel|COURRIEL|email", "s", v.email, P("adresse électronique personnelle du déposant")),
        C("observation|OBSERV|comment", "s", v.text("Je demande que ma parcelle {n} redevienne constructible",
                                                    "Habitant au {address}, je m'oppose au projet",
                                                    "Mon fils et moi exploitons le terrain depuis {n} ans"),
          P("texte libre d'un habitant sur son propre bien")),
    ]),
    # --- cemeteries -----------------------------------------------------------------------------------
    K("concessions_funeraires", "cimetière", "commune", "concessions_cimetiere|CONCESSION|graveLeases", "pt", [
        C("num_concession|NUM_CONC|leaseNo", "s", v.seq("{y}-{n:04d}")),
        C("titulaire|TITULAIRE|holder", "s", v.cadastral, P("nom du titulaire vivant de la concession")),
        C("adresse_titulaire|ADR_TITUL|holderAddress", "s", v.address_full, P("domicile du titulaire")),
        C("tel_titulaire|TEL_TITUL|holderPhone", "s", v.opt(v.home_phone), P("téléphone personnel du titulaire, "
          "fixe du domicile")),
        C("montant_regle|MONTANT|amountPaid", "number", v.amount(120, 2600), P("somme payée par le titulaire "
          "nommé")),
        C("duree|DUREE|termYears", "integer", v.pick(15, 30, 50, 99)),
        C("defunts|DEFUNTS|deceased", "s", v.text("{SURNAME} {given} ({n} ans)", "Famille {surname}")),
    ]),
    K("reprises_concessions", "cimetière", "commune", "reprises_concessions|REPRISE|graveReclaims", "pt", [
        C("ayant_droit|AYANT_DROI|heir", "s", v.full, P("nom de l'ayant droit contacté")),
        C("adresse_courrier|ADR_COUR|mailAddress", "s", v.address_full, P("adresse postale personnelle de "
          "l'ayant droit")),
        C("reponse|REPONSE|reply", "s", v.pick("souhaite conserver", "sans réponse", "accord de reprise",
                                               "pli non distribué"), P("réponse d'un ayant droit identifié")),
        C("emplacement|EMPLACEMT|plot", "s", v.seq("Carré {r} rang {n}")),
    ]),
    # --- schools, canteens, childcare -----------------------------------------------------------------
    K("inscriptions_scolaires", "scolaire", "commune", "inscriptions_ecoles|INSCR_SCO|schoolEnrolments", "pt", [
        C("prenom_enfant|PRENOM_ENF|childFirstName", "s", v.given, P("prénom de l'enfant, point au domicile")),
        C("date_naissance|DATE_NAIS|birthDate", "date", v.birth, P("date de naissance de l'enfant")),
        C("classe|CLASSE|grade", "s", v.pick("PS", "MS", "GS", "CP", "CE1", "CE2", "CM1", "CM2"), P("classe d'un "
          "enfant localisé à son domicile")),
        C("ecole_affectee|ECOLE_AFF|assignedSchool", "s", v.pick("École Jules Ferry", "École Louise Michel",
                                                                  "Groupe scolaire Pasteur")),
        C("derogation|DEROG|waiver", "s", v.pick("non", "non", "oui - garde assistante maternelle",
                                                 "oui - fratrie"), P("motif familial de dérogation d'un enfant")),
    ], ages=(2, 11)),
    K("cantine_reservations", "scolaire", "commune", "restauration_inscrits|CANTINE|canteenBookings", "none", [
        C("num_famille|NUM_FAM|familyId", "s", v.seq("FAM{r:06d}"), P("identifiant de famille du portail "
          "famille")),
        C("regime|REGIME|diet", "s", v.pick("standard", "sans porc", "sans viande", "PAI allergie arachide",
                                            "PAI diabète"), P("régime alimentaire ou projet d'accueil "
                                                              "individualisé d'un enfant (santé, conviction)")),
        C("jours|JOURS|days", "s", v.pick("LMJV", "LJ", "MJV", "LMMJV")),
        C("enfant|ENFANT|child", "s", v.initials, P("enfant désigné par nom et initiale")),
    ], ages=(3, 11)),
    K("periscolaire_facturation", "scolaire", "commune", "facturation_periscolaire|FACT_PERI|afterSchoolBilling",
      "none", [
        C("reference_payeur|REF_PAYEUR|payerRef", "s", v.seq("P-{y}-{r:05d}"), P("référence du payeur: "
          "identifie un parent")),
        C("tranche_qf|TRANCHE_QF|incomeBand", "s", v.pick("A", "B", "C", "D", "E", "F"), P("tranche de quotient "
          "familial d'un foyer")),
        C("montant_du|MT_DU|amountDue", "number", v.amount(0, 420), P("somme due par une famille")),
        C("impaye|IMPAYE|unpaid", "s", v.pick("non", "non", "oui", "relance 2"), P("situation d'impayé d'un "
          "foyer identifié")),
        C("iban_prelevement|IBAN|directDebitIban", "s", v.opt(v.iban, 0.3), P("IBAN du parent payeur")),
    ]),
    K("transport_scolaire_eleves", "mobilité", "region", "eleves_transportes|ELEVES_TS|schoolBusPupils", "pt", [
        C("num_carte|NUM_CARTE|cardNumber", "s", v.seq("TS{d}{r:07d}"), P("numéro de carte de transport d'un "
          "élève")),
        C("nom_eleve|NOM_ELEVE|pupilName", "s", v.full, P("nom de l'élève")),
        C("etablissement|ETAB|school", "s", v.pick("Collège Victor Hugo", "Lycée Pasteur", "Collège Lucie Aubrac")),
        C("point_montee|ARRET|stop", "s", v.address, P("point de montée devant le domicile de l'élève")),
        C("regime_scolaire|REGIME|boarding", "s", v.pick("externe", "demi-pensionnaire", "interne")),
    ], ages=(10, 18)),
    K("creche_demandes", "enfance", "epci", "demandes_creche|DEM_CRECHE|nurseryRequests", "pt", [
        C("rang_attente|RANG|waitRank", "integer", v.integer(1, 140), P("rang d'une famille localisée à son "
          "domicile")),
        C("date_naissance_prevue|DATE_PREV|expectedBirth", "date", v.day(0, 240), P("date prévue de "
          "naissance d'un enfant: grossesse d'une personne localisée")),
        C("revenus_mensuels|REVENUS|monthlyIncome", "number", v.amount(900, 7200, 0), P("revenus d'un foyer")),
        C("jours_souhaites|JOURS|days", "integer", v.integer(1, 5)),
        C("parent_isole|ISOLE|singleParent", "s", v.pick("oui", "non"), P("situation familiale d'un foyer")),
    ]),
    K("assistantes_maternelles", "enfance", "departement", "assistants_maternels|ASS_MAT|childminders", "pt", [
        C("nom|NOM|lastName", "s", v.surname, P("nom d'une assistante maternelle exerçant à son domicile")),
        C("prenom|PRENOM|firstName", "s", v.given, P("prénom d'une assistante maternelle, point à son domicile")),
        C("telephone|TEL|phone", "s", v.mobile, P("téléphone personnel")),
        C("places_agreees|PLACES|approvedPlaces", "integer", v.integer(1, 4), P("agrément d'une personne "
          "physique nommée")),
        C("date_agrement|DATE_AGR|approvedOn", "date", v.day(3000)),
    ], ages=(25, 64)),
    K("bourses_etudiantes", "scolaire", "departement", "bourses_etudiants|BOURSES|studentGrants", "none", [
        C("beneficiaire|BENEFICIA|beneficiary", "s", v.full, P("nom de l'étudiant")),
        C("ine|INE|studentId", "s", v.seq("{r:09d}AB"), P("identifiant national étudiant")),
        C("montant|MONTANT|amount", "number", v.amount(150, 1200, 0), P("aide versée à une personne nommée")),
        C("echelon|ECHELON|grantLevel", "integer", v.integer(0, 7), P("échelon de bourse, fonction des revenus "
          "familiaux d'un étudiant")),
    ], ages=(18, 25)),
    # --- social housing and social aid ----------------------------------------------------------------
    K("demandes_logement_social", "logement", "epci", "demandes_logement|DEM_LOGT|housingApplications", "none", [
        C("numero_unique|NUM_UNIQUE|applicationId", "s", v.seq("0{d}{yy}{r:07d}"), P("numéro unique "
          "départemental de demandeur")),
        C("composition|COMPOSIT|household", "s", v.pick("personne seule", "couple + 2 enfants",
                                                        "parent isolé + 1", "couple"), P("composition d'un foyer "
                                                                                          "demandeur")),
        C("revenu_fiscal|RFR|taxableIncome", "integer", v.integer(0, 38000), P("revenu fiscal d'un foyer")),
        C("motif|MOTIF|reason", "s", v.text("Logement insalubre, enfant asthmatique", "Séparation, hébergé chez "
                                            "un tiers", "Violences conjugales, urgence", "Handicap: besoin RDC"),
          P("motif personnel de la demande (santé, situation familiale)")),
        C("typologie|TYPO|flatType", "s", v.pick("T1", "T2", "T3", "T4")),
    ]),
    K("occupants_logements_sociaux", "logement", "commune", "occupation_parc_social|OCC_PARC|tenancies", "pt", [
        C("ref_logement|REF_LOGT|unitRef", "s", v.seq("LGT-{r:05d}")),
        C("loyer|LOYER|rent", "number", v.amount(250, 720), P("loyer d'un ménage localisé à son logement")),
        C("apl|APL|housingBenefit", "number", v.opt(v.amount(50, 380)), P("aide au logement perçue par un "
          "ménage")),
        C("date_entree|DATE_ENT|moveInDate", "date", v.day(6000), P("date d'entrée d'un locataire identifiable")),
        C("nb_occupants|NB_OCC|occupants", "integer", v.integer(1, 7), P("taille d'un ménage localisé")),
    ]),
    K("aides_ccas", "social", "commune", "aides_facultatives_ccas|AIDES_CCAS|welfareGrants", "none", [
        C("beneficiaire|BENEF|beneficiary", "s", v.full, P("nom du bénéficiaire")),
        C("type_aide|TYPE_AIDE|aidType", "s", v.pick("aide alimentaire", "secours d'urgence", "aide énergie",
                                                      "aide cantine"), P("aide sociale reçue par une personne "
                                                                          "nommée")),
        C("montant|MONTANT|amount", "number", v.amount(20, 600), P("montant versé à une personne nommée")),
        C("num_dossier|NUM_DOSS|caseNo", "s", v.seq("CCAS/{y}/{n:04d}")),
    ]),
    K("rsa_allocataires", "social", "departement", "allocataires_rsa|RSA_ALLOC|minimumIncomeRecipients", "none", [
        C("num_allocataire|NUM_ALLOC|cafNumber", "s", v.digits(7), P("numéro d'allocataire CAF")),
        C("date_ouverture|DATE_OUV|openedOn", "date", v.day(2500), P("date d'ouverture du droit d'un allocataire")),
        C("orientation|ORIENT|pathway", "s", v.pick("sociale", "professionnelle", "socio-professionnelle"),
          P("orientation d'un allocataire identifié")),
        C("nir|NIR|ssn", "s", v.nir, P("NIR de l'allocataire")),
    ]),
    K("apa_beneficiaires", "autonomie", "departement", "beneficiaires_apa|APA|elderlyCareAllowance", "pt", [
        C("gir|GIR|dependencyLevel", "integer", v.integer(1, 4), P("niveau de dépendance (santé) d'une "
          "personne âgée localisée à son domicile")),
        C("montant_plan|MT_PLAN|carePlanAmount", "number", v.amount(200, 1800), P("plan d'aide d'une personne")),
        C("participation|PARTICIP|copayment", "number", v.amount(0, 600), P("reste à charge, fonction des "
          "ressources de la personne")),
        C("annee_naissance|AN_NAIS|birthYear", "integer", v.birth_year, P("année de naissance d'une personne "
          "localisée")),
    ], ages=(62, 101)),
    K("registre_canicule", "autonomie", "commune", "registre_personnes_vulnerables|REG_CANIC|heatwaveRegister",
      "pt", [
        C("age|AGE|age", "integer", v.age, P("âge d'une personne inscrite, point à son domicile")),
        C("vit_seul|VIT_SEUL|livesAlone", "s", v.pick("oui", "non"), P("isolement d'une personne localisée")),
        C("handicap|HANDICAP|disability", "s", v.pick("aucun", "mobilité réduite", "malvoyant", "oxygène"),
          P("donnée de santé d'une personne localisée")),
        C("tel_contact|TEL_CONT|contactPhone", "s", v.home_phone, P("téléphone du domicile de la personne")),
        C("contact_urgence|URGENCE|emergencyContact", "s", v.text("fille {given} {mobile}", "voisin M. {SURNAME}",
                                                                   "fils {mobile}"), P("proche nommé ou numéro "
                                                                                        "personnel")),
    ], ages=(65, 99)),
    K("domiciliations_ccas", "social", "commune", "domiciliations|DOMICIL|postalDomiciliation", "none", [
        C("nom_usage|NOM_USAGE|surname", "s", v.surname, P("nom d'une personne sans domicile stable")),
        C("date_naissance|DATE_NAIS|birthDate", "date", v.birth, P("date de naissance")),
        C("date_fin|DATE_FIN|validUntil", "date", v.day(0, 365), P("fin de la domiciliation d'une personne "
          "nommée")),
        C("motif_radiation|RADIATION|removalReason", "s", v.opt(v.pick("relogé", "non présenté 3 mois",
                                                                        "décès", "déménagement"), 0.6)),
    ]),
    K("dossiers_mdph", "autonomie", "departement", "dossiers_mdph|MDPH|disabilityFiles", "none", [
        C("num_dossier|NUM_DOSS|fileNo", "s", v.seq("{d}-{y}-{r:06d}"), P("numéro de dossier d'une personne "
          "handicapée")),
        C("taux_incapacite|TAUX_INC|disabilityRate", "s", v.pick("< 50 %", "50-79 %", ">= 80 %"),
          P("taux d'incapacité: donnée de santé")),
        C("prestation|PRESTATN|benefit", "s", v.pick("AAH", "PCH", "AEEH", "RQTH", "CMI stationnement"),
          P("prestation accordée à une personne")),
        C("date_naissance|DNAIS|birthDate", "date", v.birth),
    ]),
    K("precarite_energetique", "logement", "epci", "foyers_precarite_energetique|PRECA_ENER|fuelPoverty", "pt", [
        C("conso_kwh|CONSO_KWH|energyKwh", "integer", v.integer(3000, 26000), P("consommation d'un logement "
          "occupé, point au domicile")),
        C("cheque_energie|CHEQ_ENER|energyVoucher", "s", v.pick("oui", "non"), P("perception d'une aide sous "
          "condition de ressources par un foyer localisé")),
        C("etiquette_dpe|DPE|epcLabel", "s", v.pick("E", "F", "G", "D")),
        C("statut_occupant|STATUT|tenure", "s", v.pick("propriétaire occupant", "locataire"),
          P("statut d'occupation d'un foyer localisé")),
    ]),
    K("ccapex_expulsions", "logement", "departement", "ccapex_situations|CCAPEX|evictionCases", "pt", [
        C("dette_locative|DETTE|rentArrears", "number", v.amount(400, 14000), P("dette d'un ménage à son "
          "adresse")),
        C("stade|STADE|stage", "s", v.pick("commandement de payer", "assignation", "concours force publique"),
          P("procédure judiciaire visant un ménage")),
        C("locataire|LOCATAIRE|tenant", "s", v.full, P("nom du locataire")),
    ]),
    # --- health and elderly care ----------------------------------------------------------------------
    K("portage_repas", "autonomie", "commune", "portage_repas|PORTAGE|mealsOnWheels", "pt", [
        C("jours_livraison|JOURS|deliveryDays", "s", v.pick("lun-mer-ven", "tous les jours", "mar-jeu")),
        C("regime|REGIME|diet", "s", v.pick("normal", "diabétique", "sans sel", "mixé"), P("régime médical "
          "d'une personne livrée chez elle")),
        C("code_acces|CODE|doorCode", "s", v.seq("{r}B"), P("digicode du domicile d'une personne")),
        C("beneficiaire|BENEF|client", "s", v.cadastral, P("nom du bénéficiaire")),
    ], ages=(70, 99)),
    K("teleassistance", "autonomie", "departement", "abonnes_teleassistance|TELEASSIST|telecareSubscribers",
      "pt", [
        C("num_abonne|NUM_ABON|subscriberId", "s", v.seq("TA{r:06d}"), P("numéro d'abonné d'une personne")),
        C("pathologies|PATHOLOG|conditions", "s", v.pick("chutes", "Alzheimer débutant", "cardiaque", "aucune"),
          P("donnée de santé")),
        C("cle_deposee|CLE|keyHolder", "s", v.text("chez voisine Mme {SURNAME}", "boîte à clé code {n}",
                                                   "fils {given}"), P("accès au domicile d'une personne")),
        C("date_installation|DATE_INST|installedOn", "date", v.day(2000), P("date de mise en service chez une "
          "personne localisée")),
    ], ages=(70, 99)),
    K("rendez_vous_vaccination", "santé", "commune", "rdv_vaccination|RDV_VACCIN|vaccinationBookings", "none", [
        C("creneau|CRENEAU|slot", "s", v.seq("{y}-11-{r} 09:40"), P("rendez-vous d'une personne identifiée")),
        C("nir|NIR|ssn", "s", v.nir, P("NIR du patient")),
        C("rang_injection|RANG|doseNo", "integer", v.integer(1, 4), P("donnée de santé d'une personne")),
        C("patient|PATIENT|patient", "s", v.full),
    ]),
    K("ehpad_residents", "autonomie", "departement", "residents_ehpad|RESIDENTS|careHomeResidents", "none", [
        C("chambre|CHAMBRE|room", "s", v.seq("{r}"), P("chambre d'un résident nommé")),
        C("gir|GIR|dependency", "integer", v.integer(1, 6), P("dépendance d'un résident")),
        C("aide_sociale|ASH|socialAid", "s", v.pick("oui", "non"), P("aide sociale à l'hébergement d'un "
          "résident")),
        C("resident|RESIDENT|resident", "s", v.cadastral, P("nom du résident")),
        C("date_entree|DATE_ENT|admission", "date", v.day(3000)),
    ], ages=(72, 103)),
    K("professionnels_sante_liberaux", "santé", "departement", "medecins_liberaux|MED_LIB|doctors", "pt", [
        C("nom_praticien|NOM_PRAT|practitioner", "s", v.full, P("nom d'un médecin, personne physique")),
        C("rpps|RPPS|rppsId", "s", v.digits(11), P("identifiant RPPS d'un praticien")),
        C("secteur|SECTEUR|sector", "s", v.pick("1", "2", "OPTAM")),
        C("age_praticien|AGE|age", "integer", v.age, P("âge d'un praticien nommé")),
    ], ages=(30, 72)),
    # --- human resources ------------------------------------------------------------------------------
    K("agents_effectif", "RH", "commune", "agents|AGENTS|staff", "none", [
        C("matricule|MATRICULE|employeeId", "s", v.seq("{r:06d}"), P("matricule d'un agent")),
        C("grade|GRADE|grade", "s", v.pick("adjoint technique", "rédacteur", "attaché", "ingénieur principal",
                                           "ATSEM principal"), P("grade d'un agent identifié")),
        C("remuneration_brute|REM_BRUTE|grossPay", "number", v.amount(1800, 5200), P("salaire d'un agent")),
        C("temps_travail|TPS_TRAV|workTime", "s", v.pick("100 %", "80 %", "50 %", "90 %")),
        C("date_naissance|DNAIS|birthDate", "date", v.birth, P("date de naissance d'un agent")),
    ], ages=(20, 66)),
    K("absences_agents", "RH", "epci", "absences|ABSENCES|absences", "none", [
        C("matricule|MATRICULE|employeeId", "s", v.seq("A{r:05d}")),
        C("motif|MOTIF|reason", "s", v.pick("maladie ordinaire", "accident de service", "maternité",
                                            "longue maladie", "garde enfant malade"), P("motif d'absence: "
                                                                                        "santé d'un agent")),
        C("jours|JOURS|days", "integer", v.integer(1, 120), P("durée d'absence d'un agent identifié")),
        C("service|SERVICE|department", "s", v.pick("voirie", "espaces verts", "écoles", "accueil")),
    ]),
    K("astreintes_domicile", "RH", "commune", "astreintes_agents|ASTREINTE|onCallStaff", "pt", [
        C("agent|AGENT|employee", "s", v.initials, P("agent désigné par nom et initiale")),
        C("tel_astreinte|TEL_ASTR|onCallPhone", "s", v.mobile, P("portable personnel de l'agent")),
        C("adresse_domicile|DOMICILE|homeAddress", "s", v.address, P("domicile de l'agent d'astreinte")),
        C("semaine|SEMAINE|week", "integer", v.integer(1, 52)),
    ], ages=(22, 64)),
    K("candidatures_emploi", "RH", "departement", "candidatures|CANDIDAT|jobApplications", "none", [
        C("courriel_candidat|MAIL_CAND|applicantEmail", "s", v.email, P("adresse électronique personnelle")),
        C("diplome|DIPLOME|degree", "s", v.pick("BTS", "Master 2", "CAP", "Licence pro", "DUT")),
        C("note_entretien|NOTE|interviewScore", "number", v.amount(4, 19, 1), P("évaluation d'un candidat "
          "identifié")),
        C("avis_jury|AVIS|panelOpinion", "s", v.text("Bon profil, {given} manque d'expérience", "Candidate "
                                                     "motivée, disponible", "Refus: {civ} {SURNAME} pas mobile"),
          P("appréciation d'une personne")),
    ]),
    # --- elections ------------------------------------------------------------------------------------
    K("liste_electorale", "élections", "commune", "liste_electorale|LISTE_ELEC|electoralRoll", "pt", [
        C("nom_naissance|NOM_NAIS|birthName", "s", v.surname, P("nom de naissance d'un électeur")),
        C("prenoms|PRENOMS|givenNames", "s", v.given, P("prénoms d'un électeur, point à son domicile")),
        C("lieu_naissance|LIEU_NAIS|birthPlace", "s", v.birthplace, P("lieu de naissance d'un électeur")),
        C("bureau_vote|BUREAU|pollingStation", "integer", v.integer(1, 24), P("bureau d'un électeur localisé")),
        C("ine|INE|voterId", "s", v.digits(9), P("identifiant national d'électeur")),
    ]),
    K("assesseurs", "élections", "commune", "assesseurs_scrutin|ASSESSEUR|pollingClerks", "none", [
        C("assesseur|ASSESSEUR|clerk", "s", v.full, P("nom d'un électeur assesseur")),
        C("telephone|TEL|phone", "s", v.mobile, P("téléphone personnel")),
        C("bureau|BUREAU|station", "integer", v.integer(1, 20)),
        C("disponibilite|DISPO|availability", "s", v.pick("matin", "après-midi", "journée"), P("disponibilité "
          "d'une personne nommée")),
    ]),
    K("procurations", "élections", "commune", "procurations|PROCURATN|proxyVotes", "none", [
        C("mandant|MANDANT|principal", "s", v.cadastral, P("électeur donnant procuration")),
        C("mandataire|MANDATAIR|proxy", "s", v.full, P("électeur mandataire")),
        C("date_validite|VALIDITE|validUntil", "date", v.day(0, 365), P("validité de la procuration d'un "
          "électeur nommé")),
    ]),
    K("candidats_municipales", "élections", "commune", "candidats|CANDIDATS|candidates", "none", [
        C("nom_candidat|NOM_CAND|candidateName", "s", v.full, P("nom d'un candidat, personne physique")),
        C("profession|PROFESSION|occupation", "s", v.pick("enseignante", "retraité", "agriculteur",
                                                          "infirmière", "artisan"), P("profession d'un candidat "
                                                                                       "nommé")),
        C("rang_liste|RANG|listRank", "integer", v.integer(1, 33)),
        C("date_naissance|DNAIS|birthDate", "date", v.birth, P("date de naissance d'un candidat")),
    ]),
    # --- economy --------------------------------------------------------------------------------------
    K("autorisations_taxi", "économie", "commune", "ads_taxis|ADS_TAXI|taxiLicences", "none", [
        C("num_ads|NUM_ADS|licenceNo", "integer", v.integer(1, 60)),
        C("titulaire|TITULAIRE|holder", "s", v.cadastral, P("titulaire de l'autorisation, artisan personne "
          "physique")),
        C("immatriculation|IMMAT|plate", "s", v.plate, P("plaque du véhicule d'un chauffeur nommé")),
        C("date_delivrance|DATE_DEL|issuedOn", "date", v.day(5000)),
    ]),
    K("marches_abonnes", "économie", "commune", "abonnes_marches|ABON_MARCH|marketTraders", "none", [
        C("commercant|COMMERCANT|trader", "s", v.full, P("commerçant non sédentaire inscrit en nom propre")),
        C("carte_ambulant|CARTE_AMB|hawkerCard", "s", v.seq("CCA {d} {r:06d}"), P("carte de commerçant ambulant: "
          "identifiant d'une personne")),
        C("metrage|METRAGE|frontage", "number", v.amount(2, 12, 1)),
        C("portable|PORTABLE|mobile", "s", v.mobile, P("téléphone portable du commerçant")),
    ]),
    K("licences_debits_boissons", "économie", "commune", "licences_boissons|LIC_BOISS|liquorLicences", "pt", [
        C("exploitant|EXPLOITANT|operator", "s", v.full, P("exploitant personne physique")),
        C("date_naissance_exploitant|DNAIS_EXP|operatorBirthDate", "date", v.birth, P("date de naissance de "
          "l'exploitant")),
        C("permis_exploitation|PERMIS_EX|operatingPermit", "s", v.seq("PE-{y}-{r:05d}"), P("numéro du permis "
          "d'exploitation délivré à une personne")),
        C("categorie|CATEGORIE|category", "s", v.pick("licence III", "licence IV", "petite licence restaurant")),
    ]),
    K("meubles_tourisme", "tourisme", "commune", "meubles_declares|MEUBLES|holidayRentals", "pt", [
        C("loueur|LOUEUR|host", "s", v.full, P("loueur particulier")),
        C("num_enregistrement|NUM_ENREG|registrationNo", "s", v.seq("{i}000{r:05d}X"), P("numéro "
          "d'enregistrement lié à la résidence d'un particulier")),
        C("nuitees|NUITEES|nights", "integer", v.integer(0, 180), P("activité locative d'un particulier, point "
          "à son bien")),
        C("residence_principale|RES_PRINC|mainHome", "s", v.pick("oui", "non"), P("usage du logement par son "
          "occupant")),
    ]),
    K("aides_entreprises_individuelles", "économie", "region", "aides_tpe|AIDES_TPE|smallBusinessGrants", "none", [
        C("beneficiaire|BENEF|beneficiary", "s", v.text("{SURNAME} {given}", "{given} {surname} EI",
                                                        "{SURNAME} {given} (micro-entrepreneur)"),
          P("entrepreneur individuel: une personne physique")),
        C("siret|SIRET|siret", "s", v.siret, P("SIRET d'une entreprise individuelle: identifie son exploitant")),
        C("montant|MONTANT|amount", "number", v.amount(500, 8000, 0), P("aide versée à un entrepreneur "
          "individuel")),
        C("secteur|SECTEUR|sector", "s", v.pick("coiffure", "plomberie", "taxi", "restauration", "couture")),
    ]),
    K("occupations_domaine_particuliers", "voirie", "commune", "occupations_domaine_public|ODP_PARTIC|"
      "streetUsePermits", "pt", [
        C("demandeur|DEMANDEUR|requester", "s", v.full, P("particulier demandeur")),
        C("objet|OBJET|purpose", "s", v.pick("déménagement", "benne gravats", "échafaudage", "livraison bois")),
        C("vehicule|VEHICULE|vehicle", "s", v.plate, P("plaque du véhicule d'un particulier")),
        C("date_debut|DATE_DEB|startDate", "date", v.day(200, 30), P("date de déménagement d'un particulier "
          "localisé")),
    ]),
    # --- agriculture ----------------------------------------------------------------------------------
    K("pac_exploitants_individuels", "agriculture", "departement", "ilots_pac_exploitants|ILOTS_PAC|farmPlots",
      "parcel", [
        C("exploitant|EXPLOITANT|farmer", "s", v.cadastral, P("exploitant agricole individuel")),
        C("pacage|PACAGE|pacageId", "s", v.seq("0{d}{r:06d}"), P("numéro PACAGE: identifiant d'un exploitant")),
        C("aides_percues|AIDES|subsidies", "number", v.amount(1200, 42000), P("aides perçues par un exploitant "
          "individuel")),
        C("culture|CULTURE|crop", "s", v.pick("prairie permanente", "blé tendre", "maïs", "colza")),
    ]),
    K("ruchers_declares", "agriculture", "departement", "ruchers|RUCHERS|apiaries", "pt", [
        C("apiculteur|APICULTEU|beekeeper", "s", v.full, P("apiculteur amateur nommé")),
        C("napi|NAPI|beekeeperId", "s", v.seq("A{r:07d}"), P("numéro d'apiculteur")),
        C("nb_ruches|NB_RUCHES|hives", "integer", v.integer(1, 12), P("ruches d'un particulier, point à son "
          "jardin")),
    ]),
    K("permis_chasser", "agriculture", "departement", "validations_permis_chasse|PERM_CHASS|huntingLicences",
      "none", [
        C("num_permis|NUM_PERMIS|licenceNo", "s", v.seq("{d}{yy}{r:06d}"), P("numéro de permis d'un chasseur")),
        C("chasseur|CHASSEUR|hunter", "s", v.full, P("nom du chasseur")),
        C("validation|VALIDATN|validation", "s", v.pick("départementale", "nationale", "temporaire"),
          P("validation achetée par un chasseur identifié")),
    ]),
    K("cheptels_eleveurs", "agriculture", "departement", "eleveurs|ELEVEURS|livestockFarmers", "pt", [
        C("num_ede|NUM_EDE|holdingId", "s", v.seq("{d}{r:06d}"), P("numéro de cheptel d'un éleveur individuel")),
        C("effectif_bovins|BOVINS|cattle", "integer", v.integer(5, 160), P("cheptel d'un éleveur localisé à sa "
          "ferme-domicile")),
        C("eleveur|ELEVEUR|farmer", "s", v.cadastral, P("nom de l'éleveur")),
    ]),
    # --- environment ----------------------------------------------------------------------------------
    K("spanc_controles", "environnement", "epci", "controles_anc|SPANC|septicInspections", "pt", [
        C("proprietaire|PROPRIETAI|owner", "s", v.cadastral, P("propriétaire de l'installation")),
        C("conformite|CONFORMITE|compliance", "s", v.pick("conforme", "non conforme", "non conforme - risque "
                                                          "sanitaire"), P("résultat de contrôle d'une maison")),
        C("redevance|REDEVANCE|fee", "number", v.amount(60, 180), P("redevance due par un propriétaire")),
        C("date_controle|DATE_CTRL|inspectedOn", "date", v.day()),
    ]),
    K("puits_domestiques", "environnement", "commune", "puits_forages_prives|PUITS|privateWells", "pt", [
        C("declarant|DECLARANT|declarant", "s", v.full, P("particulier déclarant")),
        C("profondeur|PROFONDEUR|depthM", "number", v.amount(4, 80, 1), P("ouvrage d'un particulier, point à "
          "son domicile")),
        C("usage|USAGE|use", "s", v.pick("arrosage", "consommation humaine", "piscine"), P("usage domestique "
          "d'un foyer localisé")),
    ]),
    K("plaintes_bruit", "environnement", "commune", "plaintes_nuisances|PLAINTES|noiseComplaints", "pt", [
        C("plaignant|PLAIGNANT|complainant", "s", v.full, P("nom du plaignant")),
        C("description|DESCRIPT|description", "s", v.text("Chien du voisin M. {SURNAME} aboie la nuit",
                                                          "Fêtes chez {given} au {address} chaque samedi",
                                                          "Pompe à chaleur du voisin, rappeler au {mobile}"),
          P("texte libre nommant des voisins")),
        C("tel_plaignant|TEL|phone", "s", v.mobile, P("téléphone personnel")),
        C("statut|STATUT|status", "s", v.pick("ouvert", "médiation", "clos")),
    ]),
    K("composteurs_distribues", "environnement", "epci", "composteurs_foyers|COMPOST|homeComposters", "pt", [
        C("nb_personnes_foyer|NB_PERS|householdSize", "integer", v.integer(1, 6), P("taille d'un foyer, point à "
          "son domicile")),
        C("volume_litres|VOLUME|volumeL", "integer", v.pick(300, 400, 600)),
        C("date_remise|DATE_REM|handedOverOn", "date", v.day(900), P("date de remise à un foyer localisé")),
        C("badge|BADGE|badgeNo", "s", v.seq("CMP{r:05d}"), P("numéro attribué à un foyer")),
    ]),
    K("redevance_incitative", "environnement", "epci", "redevance_om_foyers|REOMI|wasteBilling", "pt", [
        C("num_bac|NUM_BAC|binTag", "s", v.seq("E0{r:07d}"), P("puce du bac d'un foyer")),
        C("levees|LEVEES|pickups", "integer", v.integer(0, 52), P("levées du bac d'un foyer localisé")),
        C("facture|FACTURE|invoice", "number", v.amount(80, 420), P("montant facturé à un foyer")),
        C("redevable|REDEVABLE|payer", "s", v.household, P("nom du redevable")),
    ]),
    K("depots_sauvages_auteurs", "environnement", "commune", "depots_sauvages_pv|DEPOTS_PV|flyTipping", "pt", [
        C("auteur_presume|AUTEUR|suspect", "s", v.full, P("nom d'un auteur présumé")),
        C("plaque|PLAQUE|plate", "s", v.plate, P("plaque du véhicule de l'auteur")),
        C("amende|AMENDE|fine", "number", v.pick(135.0, 1500.0, 68.0), P("amende infligée à une personne")),
    ]),
    K("primes_renovation", "logement", "epci", "primes_renovation_energetique|PRIME_RENO|retrofitGrants", "pt", [
        C("montant_prime|MT_PRIME|grantAmount", "number", v.amount(500, 12000, 0), P("aide à un propriétaire "
          "occupant localisé")),
        C("categorie_revenus|CAT_REV|incomeCategory", "s", v.pick("très modestes", "modestes", "intermédiaires"),
          P("revenus d'un foyer")),
        C("travaux|TRAVAUX|works", "s", v.pick("isolation combles", "pompe à chaleur", "fenêtres")),
        C("courriel|MAIL|email", "s", v.email, P("adresse électronique personnelle")),
    ]),
    K("badges_dechetterie", "environnement", "epci", "badges_decheterie|BADGES|recyclingCentreCards", "none", [
        C("num_badge|NUM_BADGE|cardNo", "s", v.seq("{r:08d}"), P("badge nominatif d'un habitant")),
        C("immatriculation|IMMAT|plate", "s", v.plate, P("plaque du véhicule d'un habitant")),
        C("passages_annee|PASSAGES|visits", "integer", v.integer(0, 40), P("passages d'un habitant identifié")),
        C("titulaire|TITULAIRE|holder", "s", v.full),
    ]),
    # --- networks -------------------------------------------------------------------------------------
    K("abonnes_eau", "réseaux", "epci", "abonnes_eau_potable|ABONNES|waterCustomers", "pt", [
        C("num_abonne|NUM_ABON|customerId", "s", v.seq("{r:08d}"), P("numéro d'abonné d'un particulier")),
        C("consommation_m3|CONSO_M3|consumptionM3", "integer", v.integer(10, 260), P("consommation d'un foyer à "
          "son domicile")),
        C("num_compteur|COMPTEUR|meterNo", "s", v.seq("{yy}SA{r:06d}"), P("compteur d'un abonné identifiable")),
        C("rib|RIB|bankAccount", "s", v.opt(v.iban, 0.4), P("IBAN de l'abonné")),
    ]),
    K("raccordements_fibre_particuliers", "réseaux", "region", "demandes_raccordement_ftth|RACC_FTTH|"
      "fibreRequests", "pt", [
        C("demandeur|DEMANDEUR|requester", "s", v.full, P("particulier demandeur")),
        C("telephone|TEL|phone", "s", v.mobile, P("téléphone personnel")),
        C("statut_raccordement|STATUT|status", "s", v.pick("raccordé", "échec: fourreau bouché", "en attente"),
          P("situation du logement d'un particulier localisé")),
    ]),
    K("conformite_branchements", "réseaux", "epci", "branchements_eu_particuliers|BRANCH_EU|sewerConnections",
      "pt", [
        C("proprietaire|PROPRIO|owner", "s", v.cadastral, P("propriétaire")),
        C("resultat|RESULTAT|result", "s", v.pick("conforme", "eaux pluviales dans EU", "non raccordé"),
          P("contrôle d'une maison identifiable")),
        C("delai_travaux|DELAI|deadline", "date", v.day(0, 700), P("obligation imposée à un propriétaire")),
    ]),
    # --- mobility -------------------------------------------------------------------------------------
    K("vignettes_residents", "mobilité", "commune", "stationnement_residents|VIGN_RESID|residentParking", "pt", [
        C("immatriculation|IMMAT|plate", "s", v.plate, P("plaque d'un résident")),
        C("num_vignette|NUM_VIGN|permitNo", "s", v.seq("R{y}-{r:05d}"), P("vignette attribuée à un résident")),
        C("zone|ZONE|zone", "s", v.pick("A", "B", "C")),
        C("fin_validite|FIN_VALID|validUntil", "date", v.day(0, 365), P("droit d'un résident localisé")),
    ]),
    K("pret_velos_electriques", "mobilité", "epci", "prets_vae|PRETS_VAE|ebikeLoans", "none", [
        C("emprunteur|EMPRUNTEU|borrower", "s", v.full, P("nom de l'emprunteur")),
        C("caution_cheque|CAUTION|deposit", "s", v.seq("chèque n°{r:07d}"), P("chèque de caution d'une personne")),
        C("date_retour|DATE_RET|returnDate", "date", v.day(100, 60), P("prêt d'une personne nommée")),
        C("num_velo|NUM_VELO|bikeNo", "integer", v.integer(1, 80)),
    ]),
    K("forfaits_post_stationnement", "mobilité", "commune", "fps_emis|FPS|parkingPenalties", "pt", [
        C("plaque|PLAQUE|plate", "s", v.plate, P("plaque d'un véhicule d'un particulier")),
        C("montant|MONTANT|amount", "number", v.pick(35.0, 25.0, 17.0, 50.0), P("somme due par le titulaire du "
          "véhicule")),
        C("statut_paiement|STATUT|paymentStatus", "s", v.pick("payé", "majoré", "contesté (RAPO)"),
          P("contestation ou impayé d'une personne identifiable")),
        C("horodatage|HORODATAG|issuedAt", "date", v.day(200)),
    ]),
    K("cartes_stationnement_pmr", "mobilité", "departement", "cartes_cmi|CMI|disabledParkingCards", "none", [
        C("num_carte|NUM_CARTE|cardNo", "s", v.seq("CMI{d}{r:07d}"), P("carte d'invalidité d'une personne")),
        C("mention|MENTION|mention", "s", v.pick("stationnement", "priorité", "invalidité besoin "
                                                                          "d'accompagnement"),
          P("handicap d'une personne")),
        C("date_naissance|DNAIS|birthDate", "date", v.birth, P("date de naissance")),
    ]),
    K("covoiturage_inscrits", "mobilité", "region", "covoitureurs|COVOIT|carpoolers", "pt", [
        C("horaire_depart|HEURE_DEP|departureTime", "s", v.pick("07:15", "07:40", "08:05", "06:50"),
          P("habitude de déplacement d'une personne localisée à son domicile")),
        C("destination|DEST|destination", "s", v.text("Zone d'activité {street}", "{company}", "Hôpital")),
        C("pseudo|PSEUDO|nickname", "s", v.text("{given}{n}", "{given}_{SURNAME}"), P("pseudonyme formé des "
          "nom et prénom")),
    ]),
    # --- public safety --------------------------------------------------------------------------------
    K("requisitions_videoprotection", "sécurité", "commune", "extractions_video|EXTRACT_V|cctvRequests", "none", [
        C("personne_concernee|PERSONNE|dataSubject", "s", v.full, P("personne filmée ou requérante")),
        C("motif|MOTIF|reason", "s", v.text("Vol de vélo signalé par {civ} {SURNAME}", "Accident, véhicule "
                                            "{plate}", "Plainte de {given} {surname} pour agression"),
          P("texte libre nommant une personne ou sa plaque")),
        C("date_extraction|DATE_EXT|extractedOn", "date", v.day(200)),
    ]),
    K("fourriere_enlevements", "sécurité", "commune", "enlevements_fourriere|FOURRIERE|vehicleImpounds", "pt", [
        C("plaque|PLAQUE|plate", "s", v.plate, P("plaque du véhicule d'un particulier")),
        C("proprietaire|PROPRIO|owner", "s", v.cadastral, P("propriétaire du véhicule")),
        C("frais|FRAIS|fees", "number", v.amount(120, 420), P("frais dus par le propriétaire")),
        C("marque_modele|MODELE|model", "s", v.vehicle),
    ]),
    K("tranquillite_vacances", "sécurité", "commune", "operation_tranquillite_vacances|OTV|holidayWatch", "pt", [
        C("date_depart|DEPART|leaving", "date", v.day(0, 90), P("absence d'un foyer localisé à son domicile")),
        C("date_retour|RETOUR|returning", "date", v.day(0, 120), P("absence d'un foyer localisé")),
        C("alarme|ALARME|alarm", "s", v.pick("oui", "non"), P("équipement d'un domicile identifiable")),
        C("personne_a_prevenir|CONTACT|contact", "s", v.text("{given} {surname} {mobile}", "voisin {SURNAME}"),
          P("proche nommé")),
    ]),
    K("chiens_categorises", "sécurité", "commune", "chiens_dangereux|CHIENS|restrictedDogs", "pt", [
        C("detenteur|DETENTEUR|keeper", "s", v.full, P("détenteur d'un chien")),
        C("num_identification|PUCE|chipId", "s", v.seq("250269{r:09d}"), P("puce rattachée au détenteur "
          "nommé")),
        C("permis_detention|PERMIS|permitDate", "date", v.day(2000), P("permis délivré à une personne")),
        C("categorie|CATEGORIE|category", "integer", v.pick(1, 2)),
    ]),
    K("main_courante", "sécurité", "commune", "main_courante_pm|MAIN_COUR|incidentLog", "pt", [
        C("recit|RECIT|narrative", "s", v.text("Intervention chez {civ} {SURNAME}, {address}: dispute",
                                               "{given} {surname}, {age} ans, retrouvé alcoolisé",
                                               "Appel de {civ} {SURNAME} ({mobile}) pour tapage"),
          P("récit nommant des personnes")),
        C("nature|NATURE|category", "s", v.pick("différend familial", "ivresse", "tapage", "violences"),
          P("événement au domicile d'une personne localisée")),
        C("heure|HEURE|time", "s", v.pick("22:40", "01:15", "14:20")),
    ]),
    # --- culture and sport ----------------------------------------------------------------------------
    K("lecteurs_bibliotheque", "culture", "epci", "lecteurs_reseau|LECTEURS|libraryMembers", "pt", [
        C("num_carte|NUM_CARTE|cardNo", "s", v.seq("29{r:010d}"), P("carte de lecteur")),
        C("prets_en_retard|RETARDS|overdueLoans", "integer", v.integer(0, 9), P("retards d'un lecteur localisé "
          "à son domicile")),
        C("categorie|CATEG|category", "s", v.pick("adulte", "jeune", "demandeur d'emploi", "étudiant"),
          P("situation d'un lecteur")),
        C("date_naissance|DNAIS|birthDate", "date", v.birth, P("date de naissance d'un lecteur")),
    ], ages=(4, 90)),
    K("eleves_conservatoire", "culture", "commune", "eleves_ecole_musique|ELEVES_MUS|musicPupils", "pt", [
        C("instrument|INSTRUMENT|instrument", "s", v.pick("piano", "violon", "batterie", "flûte")),
        C("cycle|CYCLE|level", "s", v.pick("éveil", "1er cycle", "2e cycle"), P("niveau d'un élève localisé")),
        C("tarif_qf|TARIF_QF|feeBand", "s", v.pick("T1", "T2", "T3", "T4"), P("tarif dépendant des revenus "
          "d'une famille")),
        C("eleve|ELEVE|pupil", "s", v.full, P("nom de l'élève")),
    ], ages=(6, 17)),
    K("licencies_sport", "sport", "departement", "licencies_subventionnes|LICENCIES|clubMembers", "none", [
        C("licencie|LICENCIE|member", "s", v.full, P("licencié nommé")),
        C("num_licence|LICENCE|licenceNo", "s", v.seq("{r:08d}"), P("numéro de licence fédérale")),
        C("certificat_medical|CERTIF|medicalCertDate", "date", v.day(400), P("date de certificat médical")),
        C("categorie_age|CATEG|ageGroup", "s", v.pick("U11", "U13", "U15", "senior", "vétéran")),
    ], ages=(8, 60)),
    K("pass_sport_beneficiaires", "sport", "region", "pass_sport|PASS_SPORT|sportVouchers", "none", [
        C("beneficiaire|BENEF|beneficiary", "s", v.initials, P("jeune nommé")),
        C("montant|MONTANT|amount", "number", v.pick(30.0, 50.0, 70.0), P("aide à un jeune identifié")),
        C("code_pass|CODE_PASS|voucherCode", "s", v.seq("PS-{r:06d}"), P("code personnel")),
    ], ages=(6, 18)),
    K("billetterie_spectacles", "culture", "commune", "ventes_billetterie|BILLETS|ticketSales", "none", [
        C("email_acheteur|MAIL_ACH|buyerEmail", "s", v.email, P("adresse électronique de l'acheteur")),
        C("nb_places|NB_PLACES|seats", "integer", v.integer(1, 6), P("achat d'une personne identifiée")),
        C("tarif|TARIF|fare", "s", v.pick("plein", "réduit", "abonné")),
        C("code_postal_acheteur|CP_ACH|buyerPostcode", "s", v.postcode),
    ]),
    K("reservations_salles_particuliers", "équipement", "commune", "locations_salles|LOC_SALLES|hallBookings",
      "none", [
        C("locataire|LOCATAIRE|renter", "s", v.full, P("particulier locataire de la salle")),
        C("motif|MOTIF|purpose", "s", v.text("Mariage {surname}", "Anniversaire de {given}", "Baptême",
                                             "Repas familial"), P("événement familial d'une personne nommée")),
        C("caution|CAUTION|deposit", "number", v.pick(300.0, 500.0, 800.0)),
        C("date_location|DATE_LOC|bookingDate", "date", v.day(100, 200)),
    ]),
    # --- tourism and heritage -------------------------------------------------------------------------
    K("taxe_sejour_chambres_hotes", "tourisme", "epci", "taxe_sejour_hebergeurs|TAXE_SEJ|touristTax", "pt", [
        C("hebergeur|HEBERGEUR|host", "s", v.full, P("particulier hébergeur")),
        C("nuitees_declarees|NUITEES|nights", "integer", v.integer(0, 400), P("activité d'un particulier à son "
          "domicile")),
        C("montant_reverse|MONTANT|amount", "number", v.amount(0, 900), P("taxe reversée par un particulier")),
    ]),
    K("usagers_aire_camping_car", "tourisme", "commune", "aire_camping_car_passages|AIRE_CC|motorhomeStops",
      "none", [
        C("immatriculation|IMMAT|plate", "s", v.plate, P("plaque d'un véhicule de particulier")),
        C("nuits|NUITS|nights", "integer", v.integer(1, 7), P("séjour d'un particulier identifiable")),
        C("pays|PAYS|country", "s", v.pick("FR", "DE", "NL", "BE", "CH")),
    ]),
    K("aides_ravalement", "patrimoine", "commune", "subventions_facades|FACADES|facadeGrants", "parcel", [
        C("beneficiaire|BENEF|beneficiary", "s", v.household, P("propriétaire aidé")),
        C("subvention|SUBVENTION|grant", "number", v.amount(800, 9000, 0), P("aide versée à un propriétaire "
          "localisé")),
        C("reference_cadastrale|REF_CAD|parcelRef", "s", v.parcel),
    ]),
    K("export_arretes_nominatifs", "open data", "commune", "export_arretes|ARRETES|decreesExport", "none", [
        C("objet|OBJET|subject", "s", v.text("Permis de stationnement accordé à {civ} {SURNAME}",
                                             "Autorisation de débit temporaire à {given} {surname}",
                                             "Alignement individuel, propriété de M. {SURNAME}"),
          P("objet d'un arrêté individuel nommant son bénéficiaire")),
        C("beneficiaire|BENEF|beneficiary", "s", v.full, P("bénéficiaire de l'arrêté")),
        C("date_signature|DATE_SIG|signedOn", "date", v.day()),
    ]),
    K("jardins_familiaux", "équipement", "commune", "jardins_familiaux_lots|JARDINS|allotments", "parcel", [
        C("attributaire|ATTRIBUT|tenant", "s", v.full, P("jardinier attributaire")),
        C("cotisation|COTISATION|fee", "number", v.amount(40, 160, 0), P("cotisation d'un jardinier nommé")),
        C("date_attribution|DATE_ATTR|allocatedOn", "date", v.day(3000), P("attribution d'un lot à une "
          "personne")),
        C("num_lot|NUM_LOT|plotNo", "integer", v.integer(1, 60)),
    ]),
    # --- people on commune-wide polygons and on lines ---------------------------------------------------
    K("annuaire_maires", "élections", "departement", "maires_communes|MAIRES|mayorsDirectory", "zone", [
        C("commune|COMMUNE|municipality", "s", v.commune),
        C("nom_maire|NOM_MAIRE|mayorName", "s", v.full, P("le maire est une personne physique nommée, même "
          "élue")),
        C("portable_maire|PORT_MAIRE|mayorMobile", "s", v.mobile, P("portable personnel du maire, donné pour "
          "l'astreinte")),
        C("date_naissance_maire|DNAIS_MAIR|mayorBirthDate", "date", v.birth, P("date de naissance d'un élu")),
        C("profession_maire|PROF_MAIRE|mayorOccupation", "s", v.pick("agriculteur", "retraitée", "cadre",
                                                                     "artisan"), P("profession d'un élu nommé")),
    ], ages=(30, 80)),
    K("referents_participation_citoyenne", "sécurité", "commune", "participation_citoyenne|PART_CIT|"
      "neighbourhoodWatch", "zone", [
        C("quartier|QUARTIER|district", "s", v.text("Quartier {street}", "Hameau de Vaux", "Centre")),
        C("referent|REFERENT|referent", "s", v.initials, P("habitant référent désigné par son nom")),
        C("tel_referent|TEL_REF|referentPhone", "s", v.mobile, P("téléphone personnel d'un habitant")),
        C("mail_referent|MAIL_REF|referentEmail", "s", v.email, P("adresse électronique personnelle")),
    ]),
    K("traces_gps_vehicules_agents", "RH", "epci", "traces_geolocalisation|TRACES_GPS|vehicleTracks", "line", [
        C("conducteur|CONDUCTEUR|driver", "s", v.seq("AG{r:05d}"), P("matricule du conducteur: géolocalisation "
          "d'un agent identifiable")),
        C("vitesse_max|VITESSE|maxSpeed", "integer", v.integer(20, 130), P("comportement de conduite d'un agent "
          "identifié")),
        C("horodatage|HORODATAG|timestamp", "s", v.seq("{y}-03-{r} 07:12"), P("moment d'un trajet d'un agent")),
        C("vehicule|VEHICULE|vehicle", "s", v.seq("VL-{r:03d}")),
    ]),
    K("transport_adapte_trajets", "mobilité", "region", "transport_pmr_trajets|TPMR_TRAJ|paratransitTrips",
      "line", [
        C("usager|USAGER|rider", "s", v.cadastral, P("usager du transport à la demande")),
        C("handicap|HANDICAP|disability", "s", v.pick("fauteuil roulant", "non-voyant", "accompagnateur requis"),
          P("donnée de santé d'un usager")),
        C("motif_trajet|MOTIF|tripPurpose", "s", v.pick("dialyse", "travail ESAT", "courses", "kinésithérapie"),
          P("motif d'un trajet domicile-destination d'une personne")),
        C("heure_prise_en_charge|HEURE_PEC|pickupTime", "s", v.pick("07:30", "08:10", "13:45", "17:00")),
    ]),
)
