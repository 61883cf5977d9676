# ruff: noqa: E501 - one table column per line reads better than wrapped choices
"""Kinds of table of corpus blind-10 holding personal data: every judged column here is personal.

Each column line: French snake_case name, English/camelCase export name, Shapefile name (10 chars max), type
(s string, i integer, n number, d date), generator (see values.py). `judge` maps a judged column (by its first
name) to the reason of its label.
"""
from kind import K

HOME = "point_address"
PARCEL = "polygon_parcel"
NONE = "none"

KINDS = (
    # --- land, cadastre, planning permits
    K("proprietaires_parcelles", "foncier", "commune,epci", "proprietaires_parcelles parcelOwners PROP_PARC", PARCEL, """
        idu parcelId IDU s id({insee}000A{n:04d})
        nom_proprietaire ownerName NOM_PROPRI s cadastral
        adresse_proprietaire ownerAddress ADR_PROPRI s addrfull
        code_droit rightCode CODE_DROIT s ch(P;U;N;G;B)
        contenance areaM2 CONTENANCE i int(120,9800)
        annee_mutation lastSaleYear ANNEE_MUT i int(1975,2024)
    """, {"nom_proprietaire": "name of a private owner written the cadastral way (SURNAME GIVEN)",
          "adresse_proprietaire": "home address of the named private owner",
          "annee_mutation": "year the named private owner acquired the parcel: attribute of an identified person"}),
    K("locaux_majic", "foncier", "commune,epci", "locaux_habitation dwellingsMajic LOCAUX_HAB", HOME, """
        invar invariant INVAR s id({dep}{r6}{L}{n:03d})
        ddenom ownerDenom DDENOM s owners
        dnatlc dwellingType DNATLC s ch(maison;appartement;dépendance)
        jannat buildYear JANNAT i int(1890,2022)
        dnbpdc rooms DNBPDC i int(1,8)
        revenu_cadastral cadastralIncome REVCAD n num(300,4500,2)
    """, {"ddenom": "owner(s) of the dwelling in MAJIC form: natural persons, couples, heirs",
          "revenu_cadastral": "taxable rental value of one private home located at its address",
          "dnbpdc": "number of rooms of one household's dwelling pinned at its address"}),
    K("permis_construire", "urbanisme", "commune,epci", "permis_construire buildingPermits PC_DEPOSES", PARCEL, """
        num_dossier permitNumber NUM_DOSS s id(PC 0{insee} {yy} {L}{n:04d})
        nom_demandeur applicantName DEMANDEUR s civfull
        adresse_demandeur applicantAddress ADR_DEMAND s addrfull
        nature_travaux worksType NAT_TRAV s ch(maison individuelle;extension;garage;piscine;abri de jardin;véranda)
        surface_plancher floorArea SURF_PLANC n num(9,240,1)
        date_depot filingDate DATE_DEPOT d date(2019,2025)
        decision decision DECISION s ch(accordé;refusé;en cours;retiré;accordé avec prescriptions)
    """, {"nom_demandeur": "name of the private applicant", "adresse_demandeur": "applicant's home address",
          "num_dossier": "file number of a private person's permit application: links to the applicant",
          "nature_travaux": "works a named private applicant does on their own home"}),
    K("declarations_prealables", "urbanisme", "commune", "declarations_prealables priorDeclarations DP_2024", PARCEL, """
        numero_dp dpNumber NUMERO_DP s id(DP 0{insee} {yy} {n:05d})
        petitionnaire petitioner PETITION s fullrev
        objet object OBJET s ch(clôture;ravalement;panneaux photovoltaïques;fenêtres de toit;abri de jardin)
        decision decision DECISION s ch(non-opposition;opposition;tacite)
        date_decision decisionDate DATE_DEC d date(2022,2025)
    """, {"petitionnaire": "name of the private petitioner",
          "decision": "outcome of a named private person's application on their home parcel"}),
    K("dia_preemption", "foncier", "commune,epci", "dia_recues preemptionNotices DIA", PARCEL, """
        ref_dia noticeRef REF_DIA s id(DIA{yyyy}-{n:04d})
        vendeur seller VENDEUR s cadastral
        acquereur buyer ACQUEREUR s civfull
        prix price PRIX n num(45000,620000,0)
        notaire notaryOffice NOTAIRE s ch(Office notarial du Centre;SCP Notaires associés;Étude de Maître Lambert)
        date_reception receivedOn DATE_RECEP d date(2021,2025)
    """, {"vendeur": "private seller's name", "acquereur": "private buyer's name",
          "prix": "sale price of a named private person's property"}),
    K("infractions_urbanisme", "urbanisme", "commune", "infractions_urbanisme planningOffences INFRACTION", PARCEL, """
        num_pv reportNumber NUM_PV s id(PV-{yyyy}-{n:03d})
        contrevenant offender CONTREVEN s fullrev
        constat finding CONSTAT s notes_person
        date_constat findingDate DATE_CONST d date(2020,2025)
        suite followUp SUITE s ch(mise en demeure;transmis au parquet;régularisé;classé)
    """, {"contrevenant": "name of the person suspected of an offence",
          "constat": "free text about an identified person", "suite": "legal follow-up of a named offender"}),
    K("biens_vacants", "foncier", "commune", "biens_sans_maitre unclaimedProperty BIENS_VAC", PARCEL, """
        idu parcelId IDU s id({insee}000B{n:04d})
        dernier_proprietaire lastOwner DERN_PROP s cadastral
        date_deces deathDate DATE_DECES d date(1985,2015)?
        heritiers heirs HERITIERS s ch(inconnus;renonciation;en recherche)?
        etat_procedure procedure PROCEDURE s ch(enquête;arrêté;incorporé)
    """, {"dernier_proprietaire": "last known owner (heirs identifiable through the name)",
          "heritiers": "status of a named family's succession"}),
    K("aides_opah", "habitat", "epci,departement", "aides_opah housingGrants OPAH_AIDES", HOME, """
        beneficiaire beneficiary BENEFIC s civfull
        statut_occupation tenure STATUT_OCC s ch(propriétaire occupant;propriétaire bailleur)
        revenu_fiscal_ref taxIncome RFR n num(9000,42000,0)
        montant_aide grantAmount MONTANT n num(1500,25000,2)
        travaux works TRAVAUX s ch(isolation;chaudière;adaptation salle de bain;toiture;fenêtres)
        date_engagement commitDate DATE_ENG d date(2020,2025)
    """, {"beneficiaire": "name of the grant's private beneficiary",
          "revenu_fiscal_ref": "household's taxable income at its home",
          "montant_aide": "amount granted to an identifiable household"}),
    K("logements_vacants", "habitat", "commune,epci", "logements_vacants vacantDwellings LOGT_VAC", HOME, """
        adresse address ADRESSE s addr
        annee_debut_vacance vacantSince DEB_VAC i int(2005,2023)
        nb_pieces rooms NB_PIECES i int(1,7)
        type_proprietaire ownerType TYPE_PROP s ch(personne physique;personne physique;indivision)
        courrier_envoye letterSent COURRIER s ch(oui;non)
    """, {"adresse": "address of one dwelling whose private owner is identifiable through the land register",
          "annee_debut_vacance": "vacancy of one private owner's dwelling pinned at its address"}),
    K("ravalement_injonctions", "urbanisme", "commune", "injonctions_ravalement facadeOrders RAVALEMENT", HOME, """
        proprietaire owner PROPRIO s owners
        adresse_immeuble buildingAddress ADRESSE s addr
        date_injonction orderDate DATE_INJ d date(2021,2025)
        delai_mois monthsGiven DELAI i int(6,24)
    """, {"proprietaire": "owner of the building (natural persons)", "delai_mois": "deadline given to a named owner"}),
    # --- cemeteries
    K("concessions_cimetiere", "cimetiere", "commune", "concessions_cimetiere graveConcessions CONCESSION", PARCEL, """
        num_concession concessionNo NUM_CONC s id({L}-{n:03d})
        titulaire holder TITULAIRE s fullrev
        adresse_titulaire holderAddress ADR_TITUL s addrfull
        date_acquisition purchaseDate DATE_ACQ d date(1960,2024)
        duree_ans years DUREE i int(15,50)
        defunts deceased DEFUNTS s ch(2 inhumés;1 inhumé;3 inhumés;urne)?
        tarif price TARIF n num(120,1400,2)
    """, {"titulaire": "name of the concession holder (living private person)",
          "adresse_titulaire": "holder's home address", "tarif": "price paid by a named holder"}),
    K("cimetiere_ayants_droit", "cimetiere", "commune", "ayants_droit_sepultures graveRightHolders AYANTDROIT", PARCEL, """
        emplacement plot EMPLACT s id(Carré {L} n°{n})
        ayant_droit rightHolder AYANT_DRT s civfull
        lien_parente kinship LIEN s ch(fils;fille;épouse;neveu;petite-fille;frère)
        telephone_ayant_droit holderPhone TEL_AD s anyphone
        courriel email COURRIEL s email?
    """, {"ayant_droit": "name of the family member holding rights", "telephone_ayant_droit": "private phone",
          "courriel": "private e-mail", "lien_parente": "family relationship of a named person"}),
    K("columbarium", "cimetiere", "commune", "columbarium_cases niches COLUMBAR", PARCEL, """
        case_num niche CASE_NUM s id(C{n:02d})
        titulaire holder TITULAIRE s civname
        tel phone TEL s anyphone
        echeance expiry ECHEANCE d date(2025,2045)
    """, {"titulaire": "holder's name", "tel": "holder's private phone"}),
    # --- school, canteen, after-school
    K("inscriptions_scolaires", "education", "commune", "inscriptions_scolaires schoolEnrolments INSCR_SCO", HOME, """
        nom_enfant childSurname NOM_ENF s qsurname
        prenom_enfant childFirstName PRENOM_ENF s qgiven
        date_naissance birthDate DATE_NAIS d qbirth
        ecole school ECOLE s school
        classe grade CLASSE s ch(PS;MS;GS;CP;CE1;CE2;CM1;CM2)
        responsable guardian RESPONS s civfull
        telephone phone TELEPHONE s mobile
    """, {"prenom_enfant": "child's first name located at the family's home", "nom_enfant": "child's surname",
          "date_naissance": "child's birth date", "responsable": "parent's name", "telephone": "parent's mobile",
          "classe": "school grade of an identifiable child at its home"}),
    K("restauration_scolaire", "education", "commune", "cantine_inscrits canteenUsers CANTINE", NONE, """
        id_famille familyId ID_FAMILLE s id(FAM{n:05d})
        enfant child ENFANT s qfull
        quotient_familial familyQuotient QF i int(250,2400)
        regime_alimentaire diet REGIME s ch(standard;sans porc;végétarien;PAI allergie arachide;sans gluten;standard)
        tarif_repas mealPrice TARIF n num(0.5,5.2,2)
        nb_repas_mois mealsPerMonth NB_REPAS i int(4,20)
    """, {"id_famille": "identifier of a family account", "enfant": "child's name",
          "quotient_familial": "family income bracket", "regime_alimentaire": "a named child's diet (incl. health)"}),
    K("periscolaire_factures", "education", "commune", "periscolaire_factures afterSchoolBills PERI_FACT", NONE, """
        num_facture billNo NUM_FACT s id(F{yyyy}{n:05d})
        payeur payer PAYEUR s fullrev
        enfant childFirstName ENFANT s qgiven
        montant amount MONTANT n num(4,280,2)
        statut_paiement paymentStatus STATUT s ch(payé;impayé;relance 1;relance 2;titre émis)
        mode_paiement paymentMode MODE_PAIE s ch(prélèvement;CB;chèque;CESU)
    """, {"payeur": "name of the paying parent", "montant": "amount billed to a named family",
          "statut_paiement": "payment status (arrears) of a named payer"}),
    K("transport_scolaire", "mobilite", "region,departement", "ayants_droit_transport_scolaire schoolBusPupils TRANSP_SCO",
      HOME, """
        eleve pupil ELEVE s qfull
        ine ine INE s ine
        etablissement school ETABLISS s school
        arret_montee stop ARRET s street
        num_carte cardNo NUM_CARTE s id(TS{r6})
        regime boarding REGIME s ch(externe;demi-pensionnaire;interne)
    """, {"eleve": "pupil's name", "ine": "national pupil identifier", "num_carte": "pupil's transport card number",
          "arret_montee": "boarding stop of a named pupil whose home is the row's point"}),
    K("derogations_scolaires", "education", "commune", "derogations_secteur schoolWaivers DEROGATION", NONE, """
        enfant child ENFANT s qfull
        ecole_demandee requestedSchool ECOLE_DEM s school
        motif reason MOTIF s ch(fratrie;garde par grands-parents;raisons médicales;travail des parents;déménagement)
        avis opinion AVIS s ch(favorable;défavorable)
    """, {"enfant": "child's name", "motif": "reason (may be medical) of a named child's waiver"}),
    K("creche_demandes", "petite_enfance", "commune,epci", "demandes_creche nurseryRequests CRECHE_DEM", HOME, """
        parent parent PARENT s civfull
        naissance_enfant childBirth NAISS_ENF d qbirth
        revenus_mensuels monthlyIncome REVENUS n num(900,6500,0)
        jours_souhaites days JOURS s ch(lun-ven;lun-mar-jeu;mer-ven;4 jours)
        rang_priorite rank RANG i int(1,120)
    """, {"parent": "parent's name", "naissance_enfant": "child's birth date at the family's home",
          "revenus_mensuels": "household income"}),
    # --- social housing, social aid
    K("demandes_logement_social", "social", "epci,departement", "demandes_logement_social housingApplications DLS", NONE, """
        num_unique uniqueNumber NUM_UNIQUE s id(0{dep}{yy}{r6}{n:04d})
        demandeur applicant DEMANDEUR s fullrev
        composition household COMPOSIT s ch(personne seule;couple;couple 2 enfants;famille monoparentale 1 enfant)
        revenus income REVENUS n num(0,2800,0)
        motif reason MOTIF s ch(logement trop petit;séparation;handicap;violences;sans logement;loyer trop cher)
        anciennete_mois monthsWaiting ANCIEN i int(1,60)
    """, {"num_unique": "national housing-application number of a person", "demandeur": "applicant's name",
          "composition": "household of a named applicant", "motif": "sensitive reason of a named applicant"}),
    K("locataires_bailleur", "social", "epci", "occupation_parc_social tenantsExport LOCATAIRE", HOME, """
        ref_logement unitRef REF_LOGT s id(LGT-{n:05d})
        locataire tenant LOCATAIRE s cadastral
        loyer rent LOYER n num(280,720,2)
        date_entree moveIn DATE_ENTR d date(1998,2025)
        apl housingBenefit APL s ch(oui;non)
        dette_locative arrears DETTE n num(0,3500,2)
    """, {"locataire": "tenant's name", "loyer": "rent paid by a named tenant", "dette_locative": "tenant's debt",
          "apl": "whether an identifiable tenant receives housing benefit"}),
    K("ccas_aides_facultatives", "social", "commune", "ccas_aides socialAid AIDES_CCAS", NONE, """
        beneficiaire beneficiary BENEF s civfull
        num_allocataire cafNumber NUM_CAF s caf
        type_aide aidType TYPE_AIDE s ch(bon alimentaire;aide énergie;secours d'urgence;aide cantine)
        montant amount MONTANT n num(20,450,2)
        date_commission boardDate DATE_COMM d date(2022,2025)
    """, {"beneficiaire": "beneficiary's name", "num_allocataire": "family-benefit account number",
          "montant": "aid paid to a named person", "type_aide": "kind of emergency aid a named person receives"}),
    K("domiciliation", "social", "commune", "domiciliations_ccas postalDomiciliation DOMICIL", NONE, """
        nom surname NOM s SURNAME
        prenom firstName PRENOM s given
        date_naissance birthDate DATE_NAIS d birth
        date_election_domicile since DEBUT d date(2022,2025)
        courrier_recu mailCount COURRIER i int(0,40)
    """, {"nom": "surname of a homeless person", "prenom": "given name", "date_naissance": "birth date"}),
    K("rsa_beneficiaires", "social", "departement", "rsa_allocataires rsaRecipients RSA_ALLOC", HOME, """
        num_allocataire cafNumber NUM_ALLOC s caf
        date_ouverture_droit openedOn DATE_OUV d date(2012,2025)
        referent advisor REFERENT s ch(CMS Nord;CMS Centre;Pôle emploi;PLIE)
        contrat_engagement plan CER s ch(signé;en cours;non signé)
        nb_enfants children NB_ENF i int(0,5)
    """, {"num_allocataire": "benefit account number of a person",
          "date_ouverture_droit": "start of a welfare entitlement of one household located at its home",
          "nb_enfants": "children of one household pinned at its home"}),
    K("apa_beneficiaires", "autonomie", "departement", "apa_plans apaRecipients APA_DOM", HOME, """
        beneficiaire beneficiary BENEF s civfull
        date_naissance birthDate DATE_NAIS d birth
        gir dependency GIR i int(1,4)
        montant_plan planAmount MONTANT n num(120,1800,2)
        service_aide_domicile homeCareProvider SAAD s ch(ADMR;CCAS;Domicile Services;Âge d'or Services)
    """, {"beneficiaire": "name of an elderly beneficiary", "gir": "dependency level (health) of a named person",
          "montant_plan": "care plan amount of a named person", "date_naissance": "birth date"}),
    K("pch_handicap", "autonomie", "departement", "pch_droits disabilityAllowance PCH", NONE, """
        dossier_mdph mdphFile DOSS_MDPH s id({dep}{yy}{r6})
        nom name NOM s fullrev
        taux_incapacite disabilityRate TAUX_INC s ch(50-79%;≥80%)
        aide_humaine_h hoursOfCare HEURES n num(0,180,1)
        echeance_droit endDate ECHEANCE d date(2025,2030)
    """, {"dossier_mdph": "disability file number of a person", "nom": "person's name",
          "taux_incapacite": "disability rate (health) of a named person"}),
    K("registre_canicule", "autonomie", "commune", "registre_canicule heatwaveRegister CANICULE", HOME, """
        nom_prenom fullName NOM_PRENOM s fullrev
        age age AGE i age
        telephone phone TEL s landline
        vit_seul livesAlone VIT_SEUL s ch(oui;non)
        personne_a_prevenir emergencyContact CONTACT s qfull
        observations notes OBS s notes_person
    """, {"nom_prenom": "vulnerable person's name", "telephone": "home phone", "vit_seul": "living alone at home",
          "personne_a_prevenir": "relative's name", "age": "age of a named person at home",
          "observations": "free text on an identified person"}),
    K("portage_repas", "autonomie", "commune,epci", "portage_repas_domicile mealsOnWheels PORTAGE", HOME, """
        beneficiaire client CLIENT s civname
        regime diet REGIME s ch(normal;diabétique;sans sel;mixé)
        jours days JOURS s ch(lun-ven;7/7;lun-mer-ven)
        code_portail gateCode CODE s id({r4}B)?
    """, {"beneficiaire": "client's name", "regime": "diet (health) of one person at home",
          "code_portail": "entry code of one person's home"}),
    K("teleassistance", "autonomie", "departement", "teleassistance_abonnes telecareSubscribers TELEASSIST", HOME, """
        abonne subscriber ABONNE s civfull
        num_contrat contractNo CONTRAT s id(TA{r6})
        telephone phone TELEPHONE s landline
        referent1 contact1 REFERENT1 s qfull
        tel_referent1 contact1Phone TEL_REF1 s mobile
    """, {"abonne": "subscriber's name", "telephone": "home phone", "referent1": "relative's name",
          "tel_referent1": "relative's mobile", "num_contrat": "contract number of a named person"}),
    K("assistantes_maternelles", "petite_enfance", "departement", "assistantes_maternelles childminders ASS_MAT", HOME, """
        nom name NOM s SURNAME
        prenom firstName PRENOM s given
        adresse address ADRESSE s addr
        places_agrees approvedPlaces PLACES i int(1,4)
        telephone phone TELEPHONE s mobile
        disponibilite availability DISPO s ch(oui;non;septembre)
    """, {"nom": "childminder (natural person) working at home", "adresse": "childminder's home address",
          "telephone": "childminder's mobile", "places_agrees": "approval of a named childminder"}),
    K("ase_accueil", "social", "departement", "ase_placements childProtection ASE", NONE, """
        id_enfant childId ID_ENFANT s id(ASE{yy}{n:05d})
        initiales initials INITIALES s ch(L.M.;T.D.;A.B.;S.K.;N.R.;M.P.)
        annee_naissance birthYear AN_NAISS i int(2008,2022)
        famille_accueil fosterFamily FAM_ACC s civname
        mesure measure MESURE s ch(placement judiciaire;accueil provisoire;AEMO)
    """, {"id_enfant": "identifier of a protected child", "famille_accueil": "foster parent's name",
          "mesure": "child-protection measure of an identifiable child"}),
    # --- health
    K("vaccinations_centre", "sante", "commune,departement", "vaccinations_centre vaccinations VACCINS", NONE, """
        patient patient PATIENT s fullrev
        nir nir NIR s nir
        vaccin vaccine VACCIN s ch(grippe;DTP;HPV;ROR;hépatite B)
        date_injection injectionDate DATE_INJ d date(2023,2025)
        lot batch LOT s id(L{r6})
    """, {"patient": "patient's name", "nir": "social-security number", "vaccin": "health data of a named patient"}),
    K("ehpad_residents", "sante", "commune", "residents_ehpad careHomeResidents RESIDENTS", NONE, """
        resident resident RESIDENT s civfull
        chambre room CHAMBRE s id({n:03d})
        date_entree admission DATE_ENTR d date(2016,2025)
        gir gir GIR i int(1,6)
        mutuelle insurer MUTUELLE s ch(MGEN;Harmonie Mutuelle;Malakoff Humanis;aucune)
    """, {"resident": "resident's name", "gir": "dependency level of a named resident",
          "chambre": "room of a named resident"}),
    # --- HR
    K("agents_effectif", "rh", "commune,epci,departement,region", "agents_effectif staffList AGENTS", NONE, """
        matricule staffId MATRICULE s id(M{r6})
        nom surname NOM s SURNAME
        prenom firstName PRENOM s given
        grade grade GRADE s ch(adjoint technique;rédacteur;attaché;ingénieur;technicien principal;ATSEM)
        date_naissance birthDate DATE_NAIS d birth
        salaire_brut grossPay SALAIRE n num(1800,5200,2)
        service department SERVICE s service
    """, {"matricule": "staff number of an agent", "nom": "agent's surname", "grade": "grade of a named agent",
          "salaire_brut": "pay of a named agent", "date_naissance": "birth date"}),
    K("agents_absences", "rh", "commune,epci,departement,region", "absences_agents staffAbsences ABSENCES", NONE, """
        matricule staffId MATRICULE s id(A{r6})
        agent agent AGENT s fullrev
        motif reason MOTIF s ch(maladie ordinaire;accident de service;maternité;longue maladie;congé parental)
        nb_jours days NB_JOURS i int(1,180)
    """, {"matricule": "agent's staff number", "agent": "agent's name", "motif": "health reason of a named agent"}),
    K("astreintes", "rh", "commune,epci", "planning_astreintes onCallRota ASTREINTES", NONE, """
        semaine week SEMAINE s id(S{n:02d})
        agent agent AGENT s full
        tel_portable mobile TEL_PORT s mobile
        domicile homeTown DOMICILE s addrfull
    """, {"agent": "agent's name", "tel_portable": "agent's own mobile", "domicile": "agent's home address"}),
    K("badges_acces", "rh", "commune,departement,region", "badges_acces_batiments accessBadges BADGES", NONE, """
        num_badge badgeNo NUM_BADGE s id({r6}{L})
        titulaire holder TITULAIRE s fullrev
        profil profile PROFIL s ch(agent;élu;prestataire;stagiaire)
        dernier_passage lastSwipe DERN_PASS d date(2025,2025)
    """, {"num_badge": "badge number of a person", "titulaire": "badge holder's name",
          "dernier_passage": "movement of a named person"}),
    K("teletravail_domicile", "rh", "departement,region", "teletravail_agents remoteWork TELETRAV", HOME, """
        agent agent AGENT s civfull
        adresse_domicile homeAddress ADR_DOM s addrfull
        jours days JOURS s ch(lundi;mardi et jeudi;vendredi;mercredi)
        distance_km distanceKm DIST_KM n num(2,80,1)
    """, {"agent": "agent's name", "adresse_domicile": "agent's home address",
          "distance_km": "commuting distance of a named agent from home"}),
    # --- elections
    K("liste_electorale", "elections", "commune", "liste_electorale electoralRoll LISTE_ELEC", HOME, """
        nom_naissance birthSurname NOM_NAISS s SURNAME
        prenoms givenNames PRENOMS s given
        date_naissance birthDate DATE_NAIS d birth
        lieu_naissance birthPlace LIEU_NAIS s birthplace
        adresse address ADRESSE s addr
        bureau pollingStation BUREAU i int(1,24)
    """, {"nom_naissance": "voter's surname", "prenoms": "voter's given names", "date_naissance": "birth date",
          "lieu_naissance": "birth place of a named voter", "adresse": "voter's home address",
          "bureau": "polling station of an identified voter"}),
    K("procurations", "elections", "commune", "procurations proxyVotes PROCURAT", NONE, """
        mandant principal MANDANT s fullrev
        mandataire proxy MANDATAIR s qfull
        scrutin election SCRUTIN s ch(européennes 2024;législatives 2024;municipales 2026)
        bureau pollingStation BUREAU i int(1,18)
    """, {"mandant": "voter's name", "mandataire": "proxy's name", "scrutin": "voting arrangement of a named voter"}),
    K("assesseurs", "elections", "commune", "assesseurs_bureaux pollClerks ASSESSEURS", NONE, """
        assesseur clerk ASSESSEUR s civfull
        telephone phone TEL s mobile
        courriel email COURRIEL s email
        creneau slot CRENEAU s ch(8h-11h;11h-14h;14h-17h;17h-20h)
    """, {"assesseur": "volunteer citizen's name", "telephone": "private mobile", "courriel": "private e-mail",
          "creneau": "time slot of a named volunteer"}),
    K("candidats_declarations", "elections", "departement", "declarations_candidatures candidateFilings CANDIDATS", NONE,
      """
        nom_candidat candidate CANDIDAT s fullrev
        date_naissance birthDate DATE_NAIS d birth
        profession occupation PROFESSION s ch(agriculteur;enseignante;retraité;infirmière;artisan;cadre)
        adresse address ADRESSE s addrfull
    """, {"nom_candidat": "candidate (natural person) in a filing file", "date_naissance": "birth date",
          "adresse": "candidate's home address", "profession": "occupation of a named candidate"}),
    K("elus_contacts", "elections", "commune,epci", "elus_coordonnees councillorsContacts ELUS_COORD", NONE, """
        elu councillor ELU s civfull
        delegation portfolio DELEGATION s ch(urbanisme;finances;écoles;sports;aucune)
        tel_perso personalPhone TEL_PERSO s mobile
        adresse_perso homeAddress ADR_PERSO s addrfull
    """, {"elu": "councillor's name listed with private contacts", "tel_perso": "councillor's own mobile",
          "adresse_perso": "councillor's home address"}),
    # --- economy
    K("marche_abonnes", "economie", "commune", "marche_abonnes marketTraders ABONNES", HOME, """
        commercant trader COMMERCANT s civfull
        activite trade ACTIVITE s ch(primeur;fromager;boucher;fleuriste;textile;rôtisserie)
        metres_lineaires metres METRES n num(2,12,1)
        telephone phone TELEPHONE s mobile
        impayes arrears IMPAYES n num(0,600,2)
    """, {"commercant": "trader (sole trader, natural person)", "telephone": "trader's mobile",
          "impayes": "debt of a named trader"}),
    K("debits_boissons", "economie", "commune", "licences_debits_boissons liquorLicences LICENCES", HOME, """
        exploitant licensee EXPLOITANT s fullrev
        date_naissance birthDate DATE_NAIS d birth
        categorie category CATEGORIE s ch(licence III;licence IV;petite licence restaurant)
        permis_exploitation trainingDate PERMIS d date(2010,2024)
    """, {"exploitant": "licence holder (natural person)", "date_naissance": "birth date",
          "permis_exploitation": "training record of a named licensee"}),
    K("taxis_ads", "economie", "commune,epci", "autorisations_taxis taxiLicences TAXIS_ADS", NONE, """
        num_ads licenceNo NUM_ADS s id(ADS-{n:02d})
        titulaire holder TITULAIRE s civfull
        immatriculation plate IMMAT s plate
        tel phone TEL s mobile
    """, {"titulaire": "taxi driver holding the licence", "immatriculation": "plate of a private person's car",
          "tel": "driver's mobile"}),
    K("meubles_tourisme", "tourisme", "commune,epci", "meubles_tourisme holidayRentals MEUBLES", HOME, """
        num_enregistrement registration NUM_ENREG s id({insee}{yy}{r6})
        loueur host LOUEUR s civfull
        adresse address ADRESSE s addr
        capacite beds CAPACITE i int(2,10)
        residence_principale mainHome RES_PRINC s ch(oui;non)
        nuitees_declarees nights NUITEES i int(0,240)
    """, {"loueur": "private host's name", "adresse": "host's own home", "num_enregistrement": "host's registration",
          "nuitees_declarees": "income-related activity of one private home", "residence_principale":
          "whether a named host rents their main home"}),
    K("aides_covid_independants", "economie", "region", "aides_independants soloGrants AIDES_IND", NONE, """
        beneficiaire beneficiary BENEF s fullrev
        siret siret SIRET s siret
        activite activity ACTIVITE s ch(coiffure;taxi;photographe;artisan plombier;auto-entrepreneur graphiste)
        montant amount MONTANT n num(1000,8000,0)
    """, {"beneficiaire": "sole trader's own name", "montant": "grant paid to a named person",
          "siret": "registration number of a sole trader, i.e. of a natural person"}),
    # --- agriculture
    K("exploitants_pac", "agriculture", "departement", "ilots_exploitants farmerParcels ILOTS_EXPL", PARCEL, """
        exploitant farmer EXPLOITANT s fullrev
        num_pacage pacageNo PACAGE s id(0{dep}{r6})
        culture crop CULTURE s ch(blé tendre;maïs;prairie permanente;colza;orge)
        surface_ha hectares SURF_HA n num(0.4,18,2)
        aides_pac subsidies AIDES_PAC n num(200,24000,2)
    """, {"exploitant": "individual farmer's name", "num_pacage": "farmer's CAP identifier",
          "aides_pac": "subsidies paid to a named farmer"}),
    K("ruchers", "agriculture", "departement", "ruchers_declares apiaries RUCHERS", HOME, """
        apiculteur beekeeper APICULT s full
        napi napi NAPI s id(A{r6}{n})
        nb_ruches hives NB_RUCHES i int(1,40)
        tel phone TEL s mobile
    """, {"apiculteur": "amateur beekeeper's name", "napi": "beekeeper's identifier",
          "nb_ruches": "hives kept by one person at their home point"}),
    K("fermages_communaux", "agriculture", "commune", "baux_ruraux_communaux farmLeases FERMAGES", PARCEL, """
        fermier tenantFarmer FERMIER s cadastral
        loyer_annuel rent LOYER n num(80,2500,2)
        date_bail leaseDate DATE_BAIL d date(2005,2024)
        surface_ha hectares SURF_HA n num(0.5,25,2)
    """, {"fermier": "tenant farmer's name", "loyer_annuel": "rent paid by a named farmer"}),
    # --- environment
    K("anc_controles", "environnement", "epci", "anc_installations septicTanks ANC", HOME, """
        proprietaire owner PROPRIO s cadastral
        adresse address ADRESSE s addr
        type_filiere system FILIERE s ch(fosse toutes eaux;microstation;filtre à sable;fosse septique)
        conformite compliance CONFORMITE s ch(conforme;non conforme;non conforme avec danger;absence)
        date_controle checkDate DATE_CTRL d date(2014,2025)
    """, {"proprietaire": "owner's name", "adresse": "home address", "conformite":
          "compliance (with legal consequences) of one household's installation at its home",
          "type_filiere": "installation of one private home pinned at the house"}),
    K("puits_forages_domestiques", "environnement", "commune,epci", "forages_domestiques privateWells PUITS", HOME, """
        declarant declarant DECLARANT s civfull
        profondeur_m depth PROFOND n num(4,80,1)
        usage use USAGE s ch(arrosage;eau potable;mixte)
        date_declaration declaredOn DATE_DECL d date(2009,2025)
    """, {"declarant": "declarant's name", "profondeur_m": "well of a private home at its point",
          "usage": "household's water use at its home"}),
    K("plaintes_bruit", "environnement", "commune", "plaintes_bruit noiseComplaints BRUIT", HOME, """
        plaignant complainant PLAIGNANT s civname
        telephone phone TEL s anyphone
        objet subject OBJET s ch(aboiements;musique;travaux le dimanche;climatisation voisin;coq)
        description description DESCRIPT s notes_person
        date_plainte date DATE_PLT d date(2022,2025)
    """, {"plaignant": "complainant's name", "telephone": "private phone", "description": "free text naming people",
          "objet": "complaint of a household located at its home"}),
    K("composteurs", "dechets", "epci", "distribution_composteurs compostBins COMPOSTEUR", HOME, """
        foyer household FOYER s civname
        nb_personnes householdSize NB_PERS i int(1,7)
        volume_l litres VOLUME i int(300,800)
        date_remise handedOver DATE_REM d date(2019,2025)
    """, {"foyer": "household's name", "nb_personnes": "size of one household at its home"}),
    K("redevance_om", "dechets", "epci", "redevance_incitative wasteCharges REOMI", HOME, """
        redevable payer REDEVABLE s fullrev
        id_bac binChip ID_BAC s id(RFID{r6})
        nb_levees pickups LEVEES i int(4,52)
        montant amount MONTANT n num(90,420,2)
        iban iban IBAN s iban?
    """, {"redevable": "payer's name", "id_bac": "chip number of one household's bin",
          "nb_levees": "one household's pickups", "iban": "bank account"}),
    K("chiens_categorises", "securite", "commune", "chiens_dangereux dangerousDogs CHIENS", HOME, """
        detenteur owner DETENTEUR s civfull
        race breed RACE s ch(american staffordshire;rottweiler;tosa;staffordshire terrier)
        identification chip PUCE s id(250269{r6}{n:03d})
        permis_detention permitDate PERMIS d date(2012,2025)
    """, {"detenteur": "dog owner's name", "identification": "chip number linked to its owner",
          "race": "dog of one identified owner at their home"}),
    K("signalements_citoyens", "voirie", "commune,epci", "signalements_appli citizenReports SIGNALEMT", HOME, """
        categorie category CATEGORIE s ch(nid de poule;dépôt sauvage;éclairage;tag;chien errant)
        auteur_email reporterEmail EMAIL s email
        description description DESCRIPT s notes_person
        statut status STATUT s ch(nouveau;pris en charge;clos)
    """, {"auteur_email": "reporter's private e-mail", "description": "free text naming people"}),
    # --- networks
    K("abonnes_eau", "eau", "commune,epci", "abonnes_eau waterCustomers ABONNES", HOME, """
        num_abonne customerNo NUM_ABONNE s id({r6}{n:02d})
        titulaire holder TITULAIRE s cadastral
        conso_m3 consumption CONSO_M3 i int(12,240)
        iban iban IBAN s iban?
        mensualise monthly MENSUAL s ch(oui;non)
    """, {"num_abonne": "customer number of a household", "titulaire": "customer's name",
          "conso_m3": "consumption of a named household", "iban": "bank account"}),
    K("releves_compteurs", "eau", "epci", "releves_compteurs meterReadings RELEVES", HOME, """
        num_compteur meterNo COMPTEUR s id(E{yy}{r6})
        index_m3 index INDEX i int(100,9000)
        conso_annuelle yearlyUse CONSO i int(8,300)
        fuite_suspectee leak FUITE s ch(non;non;oui)
    """, {"num_compteur": "meter of one household pinned at its home",
          "conso_annuelle": "water use of one household at its home"}),
    K("raccordements_fibre", "numerique", "departement,region", "raccordements_ftth fibreConnections FTTH_RACC", HOME,
      """
        abonne subscriber ABONNE s fullrev
        date_raccordement connectedOn DATE_RACC d date(2018,2025)
        operateur_commercial isp OPERATEUR s ch(Orange;SFR;Free;Bouygues Telecom;K-net)
        tel_contact contactPhone TEL s mobile
    """, {"abonne": "subscriber's name", "tel_contact": "subscriber's mobile",
          "operateur_commercial": "ISP of a named subscriber"}),
    K("demandes_branchement", "energie", "epci", "demandes_raccordement gridRequests BRANCHEMT", PARCEL, """
        demandeur applicant DEMANDEUR s civfull
        puissance_kva power PUISS_KVA i int(6,36)
        courriel email COURRIEL s email
        date_demande requestDate DATE_DEM d date(2021,2025)
    """, {"demandeur": "applicant's name", "courriel": "private e-mail",
          "puissance_kva": "electricity request of a named person for their parcel"}),
    # --- mobility
    K("stationnement_residentiel", "mobilite", "commune", "macarons_residents residentParking MACARONS", NONE, """
        titulaire holder TITULAIRE s fullrev
        immatriculation plate IMMAT s plate
        zone zone ZONE s ch(A;B;C;centre;gare)
        adresse address ADRESSE s addr
        date_fin validUntil DATE_FIN d date(2025,2026)
    """, {"titulaire": "resident's name", "immatriculation": "private car plate", "adresse": "home address"}),
    K("pret_velos", "mobilite", "epci", "location_velos bikeLoans VELOS_LOC", NONE, """
        emprunteur borrower EMPRUNTEUR s full
        num_velo bikeNo NUM_VELO s id(VAE-{n:03d})
        caution deposit CAUTION n num(150,400,0)
        date_debut startDate DATE_DEB d date(2023,2025)
        tel phone TEL s mobile
    """, {"emprunteur": "borrower's name", "tel": "borrower's mobile", "caution": "deposit of a named borrower"}),
    K("fourriere_enlevements", "securite", "commune", "fourriere_enlevements impounds FOURRIERE", HOME, """
        immatriculation plate IMMAT s plate
        proprietaire owner PROPRIO s fullrev?
        motif reason MOTIF s ch(stationnement gênant;abandon;épave;stationnement abusif)
        frais fees FRAIS n num(120,380,2)
        date_enlevement towedOn DATE_ENL d date(2023,2025)
    """, {"immatriculation": "plate of a private car", "proprietaire": "owner's name",
          "frais": "fees owed by an identifiable car owner"}),
    K("tad_usagers", "mobilite", "epci", "transport_demande_usagers dialARideUsers TAD", HOME, """
        usager rider USAGER s civfull
        fauteuil_roulant wheelchair FAUTEUIL s ch(oui;non;non)
        carte_cmi cmi CMI s id(CMI{r6})?
        trajets_mois tripsPerMonth TRAJETS i int(0,40)
    """, {"usager": "rider's name", "fauteuil_roulant": "disability of a person at their home",
          "carte_cmi": "disability card number", "trajets_mois": "trips of one identified rider"}),
    # --- public safety
    K("tranquillite_vacances", "securite", "commune", "operation_tranquillite_vacances holidayWatch OTV", HOME, """
        nom name NOM s civfull
        absent_du awayFrom ABSENT_DU d date(2025,2025)
        absent_au awayTo ABSENT_AU d date(2025,2025)
        alarme alarm ALARME s ch(oui;non)
        tel_joignable reachablePhone TEL s mobile
        personne_cle keyHolder CLE s qfull
    """, {"nom": "resident's name", "absent_du": "dates one household's home is empty",
          "alarme": "home alarm of one household", "tel_joignable": "private mobile",
          "personne_cle": "name of the person holding the keys"}),
    K("objets_trouves", "securite", "commune", "objets_trouves lostProperty OBJETS", NONE, """
        objet item OBJET s ch(portefeuille;téléphone;clés;carte d'identité;sac)
        proprietaire owner PROPRIO s fullrev?
        declarant finder DECLARANT s civname
        date_depot date DATE_DEPOT d date(2024,2025)
    """, {"proprietaire": "owner's name", "declarant": "finder's name"}),
    K("arretes_peril", "securite", "commune", "arretes_peril dangerousBuildings PERIL", PARCEL, """
        proprietaire owner PROPRIO s owners
        num_arrete orderNo NUM_ARR s id(AR-{yyyy}-{n:03d})
        occupants occupants OCCUPANTS i int(0,6)
        relogement rehoused RELOGEMENT s ch(oui;non;sans objet)
    """, {"proprietaire": "building owner's name", "occupants": "occupants of a named owner's building",
          "relogement": "rehousing of identifiable occupants"}),
    # --- culture, sport
    K("bibliotheque_adherents", "culture", "commune,epci", "lecteurs_inscrits libraryMembers LECTEURS", HOME, """
        num_carte cardNo NUM_CARTE s id(2{r6}{n:04d})
        nom surname NOM s SURNAME
        prenom firstName PRENOM s given
        date_naissance birthDate DATE_NAIS d birth
        prets_annee loansPerYear PRETS i int(0,140)
        courriel email COURRIEL s email
    """, {"num_carte": "library card number of a reader", "nom": "reader's surname", "prenom": "first name",
          "prets_annee": "reading activity of a named reader", "courriel": "private e-mail"}),
    K("prets_documents", "culture", "commune,epci", "historique_prets loanHistory PRETS", NONE, """
        num_carte cardNo NUM_CARTE s id(2{r6}{n:04d})
        titre title TITRE s ch(Guide du diabète;Divorcer sans stress;Les Misérables;Apprendre l'arabe;Le Coran expliqué)
        date_pret loanDate DATE_PRET d date(2024,2025)
        retard_jours daysLate RETARD i int(0,40)
    """, {"num_carte": "reader's card number", "titre": "what an identifiable reader borrowed (may reveal health, "
          "religion)", "retard_jours": "lateness of an identifiable reader"}),
    K("ecole_musique", "culture", "commune,epci", "eleves_conservatoire musicPupils ELEVES_MUS", NONE, """
        eleve pupil ELEVE s fullrev
        instrument instrument INSTRUMENT s ch(piano;violon;guitare;batterie;flûte;chant)
        cycle level CYCLE s ch(éveil;1er cycle;2e cycle;3e cycle;adulte)
        tarif fee TARIF n num(90,620,2)
        resp_legal guardian RESP s qfull?
    """, {"eleve": "pupil's name", "tarif": "fee of a named pupil", "instrument": "activity of a named pupil"}),
    K("licencies_club", "sport", "commune", "licencies_club clubMembers LICENCIES", NONE, """
        licencie member LICENCIE s full
        num_licence licenceNo LICENCE s id({r6}{n:02d})
        categorie category CATEGORIE s ch(U9;U11;U13;seniors;vétérans)
        certificat_medical medicalDate CERT_MED d date(2023,2025)
        date_naissance birthDate DATE_NAIS d birth
    """, {"licencie": "member's name", "num_licence": "member's licence number", "date_naissance": "birth date",
          "certificat_medical": "medical certificate date of a named member"}),
    K("inscrits_course", "sport", "commune,epci", "inscrits_trail raceEntrants TRAIL", NONE, """
        dossard bib DOSSARD i int(1,900)
        nom lastName NOM s SURNAME
        prenom firstName PRENOM s given
        sexe sex SEXE s sex
        temps time TEMPS s ch(1:02:33;1:15:07;0:58:41;1:44:10;2:03:55)
        club club CLUB s association?
    """, {"nom": "entrant's surname", "prenom": "entrant's first name", "temps": "result of a named entrant",
          "dossard": "bib number linked to a named runner"}),
    K("locations_salles_particuliers", "equipement", "commune", "reservations_salles hallBookings RESA_SALLE", NONE, """
        loueur renter LOUEUR s civfull
        motif occasion MOTIF s ch(mariage;anniversaire 50 ans;baptême;repas de famille;obsèques)
        date_location date DATE_LOC d date(2024,2026)
        tel phone TEL s mobile
        acompte deposit ACOMPTE n num(50,400,2)
    """, {"loueur": "private renter's name", "motif": "family event of a named person", "tel": "private mobile"}),
    K("abonnements_piscine", "sport", "epci", "abonnes_piscine poolPasses ABO_PISC", NONE, """
        abonne member ABONNE s fullrev
        num_carte cardNo CARTE s id(P{r6})
        formule pass FORMULE s ch(annuel;10 entrées;famille;étudiant)
        photo_fichier photoFile PHOTO s id(photo_{r6}.jpg)
    """, {"abonne": "member's name", "num_carte": "member's card number", "photo_fichier": "member's photo file"}),
    # --- tourism, heritage
    K("taxe_sejour_hebergeurs", "tourisme", "epci", "taxe_sejour_declarations touristTax TAXE_SEJ", HOME, """
        hebergeur host HEBERGEUR s civfull
        nuitees nights NUITEES i int(0,600)
        montant_collecte collected MONTANT n num(0,1200,2)
        plateforme platform PLATEFORM s ch(Airbnb;Abritel;Gîtes de France;direct)
    """, {"hebergeur": "private host's name", "nuitees": "activity of one private home",
          "montant_collecte": "tax collected by a named host"}),
    K("chambres_hotes", "tourisme", "departement", "chambres_hotes guestRooms CH_HOTES", HOME, """
        proprietaire owner PROPRIO s civfull
        telephone phone TELEPHONE s mobile
        courriel email COURRIEL s email
        nb_chambres rooms NB_CH i int(1,5)
    """, {"proprietaire": "host's name (natural person at home)", "telephone": "host's mobile",
          "courriel": "host's private e-mail"}),
    K("aides_patrimoine_prive", "patrimoine", "departement,region", "aides_patrimoine_prive heritageGrants PATRI_AID", HOME,
      """
        proprietaire owner PROPRIO s civfull
        edifice building EDIFICE s ch(lavoir privé;pigeonnier;four à pain;chapelle;maison à colombages)
        montant_subvention grant MONTANT n num(800,30000,2)
        taux rate TAUX n num(10,40,0)
    """, {"proprietaire": "private owner's name", "montant_subvention": "grant to a named owner"}),
    # --- open-data exports holding persons by mistake
    K("export_mutations", "opendata", "epci,departement", "mutations_dvf propertySales DVF_COMM", PARCEL, """
        id_mutation mutationId ID_MUT s id({yyyy}-{n:06d})
        date_mutation saleDate DATE_MUT d date(2019,2025)
        valeur_fonciere price VAL_FONC n num(40000,480000,0)
        type_local premises TYPE_LOCAL s ch(Maison;Maison;Appartement)
        surface_bati builtArea SURF_BATI i int(40,220)
    """, {"valeur_fonciere": "sale price of one house on its parcel: identifiable seller and buyer",
          "date_mutation": "date one identifiable household sold or bought its home"}),
    K("export_subventions_particuliers", "opendata", "commune,region", "subventions_particuliers grantsToPeople SUBV_PART",
      NONE, """
        beneficiaire beneficiary BENEF s fullrev
        dispositif scheme DISPOSITIF s ch(bourse BAFA;aide permis de conduire;prime vélo;bourse au mérite)
        montant amount MONTANT n num(100,1500,2)
        annee year ANNEE i int(2021,2025)
    """, {"beneficiaire": "private beneficiary's name", "montant": "amount paid to a named person"}),
    K("jardins_familiaux_attributions", "equipement", "commune", "jardins_familiaux_lots allotments JARDINS", PARCEL, """
        lot plot LOT s id(J{n:02d})
        jardinier gardener JARDINIER s civfull
        telephone phone TEL s anyphone
        cotisation fee COTISAT n num(30,120,2)
    """, {"jardinier": "gardener's name", "telephone": "private phone", "cotisation": "fee of a named gardener"}),
    K("reclamations_usagers", "relation_usager", "commune,epci,departement", "reclamations_usagers complaints RECLAM", NONE,
      """
        usager citizen USAGER s civfull
        courriel email COURRIEL s email
        objet subject OBJET s ch(facture eau;ramassage;voirie;bruit;stationnement)
        texte text TEXTE s notes_person
        date_reception date DATE_RECEP d date(2024,2025)
    """, {"usager": "citizen's name", "courriel": "private e-mail", "texte": "free text about identified people"}),
    K("agents_recenseurs", "rh", "commune", "agents_recenseurs censusTakers RECENSEURS", NONE, """
        agent agent AGENT s fullrev
        secteur district SECTEUR s id(D{n:02d})
        iban iban IBAN s iban
        nir nir NIR s nir
    """, {"agent": "census taker's name", "iban": "bank account", "nir": "social-security number"}),
    K("bourses_etudiantes", "education", "region", "bourses_sanitaire_social studentGrants BOURSES", NONE, """
        etudiant student ETUDIANT s fullrev
        ine ine INE s ine
        echelon level ECHELON i int(0,7)
        formation course FORMATION s ch(IFSI;aide-soignant;éducateur spécialisé;auxiliaire puériculture)
    """, {"etudiant": "student's name", "ine": "student identifier", "echelon": "income-based level of a named student"}),
    K("aides_velo_electrique", "mobilite", "epci,region", "primes_vae eBikeGrants PRIME_VAE", HOME, """
        beneficiaire beneficiary BENEF s civfull
        revenu_fiscal taxIncome RFR n num(8000,45000,0)
        montant amount MONTANT n num(100,500,0)
        num_facture invoiceNo FACTURE s id(FV{r6})
    """, {"beneficiaire": "beneficiary's name", "revenu_fiscal": "household income at its home",
          "montant": "amount paid to a named person"}),
    K("nouveaux_habitants", "population", "commune", "nouveaux_arrivants newResidents NVX_HAB", HOME, """
        foyer household FOYER s civname
        nb_enfants children NB_ENF i int(0,4)
        date_arrivee arrival DATE_ARR d date(2024,2025)
        courriel email COURRIEL s email?
    """, {"foyer": "household's name", "nb_enfants": "children of one household at its home",
          "date_arrivee": "moving-in date of one household at its home"}),
    K("permis_feu_ecobuage", "environnement", "commune", "autorisations_brulage burningPermits BRULAGE", PARCEL, """
        demandeur applicant DEMANDEUR s fullrev
        date_brulage date DATE_BRUL d date(2024,2025)
        volume_m3 volume VOLUME n num(1,20,1)
    """, {"demandeur": "applicant's name", "date_brulage": "activity of a named person on their parcel"}),
    K("accueil_gens_voyage", "social", "epci", "aire_accueil_occupants travellersSite AIRE_GDV", NONE, """
        chef_famille headOfFamily CHEF_FAM s fullrev
        emplacement pitch EMPLACT s id(E{n:02d})
        date_arrivee arrival DATE_ARR d date(2025,2025)
        caution deposit CAUTION n num(50,150,0)
        nb_caravanes caravans CARAVANES i int(1,3)
    """, {"chef_famille": "head of family's name", "nb_caravanes": "belongings of a named family",
          "caution": "deposit paid by a named person"}),
    # --- lines and commune-wide areas holding persons
    K("covoiturage_domicile_travail", "mobilite", "epci,region", "trajets_covoitureurs carpoolTrips COVOIT_INS", "linestring",
      """
        inscrit member INSCRIT s full
        telephone phone TEL s mobile
        horaire_depart departure DEPART s ch(7h15;7h30;8h00;8h10;17h30)
        vehicule car VEHICULE s plate
    """, {"inscrit": "car-pooler's name on their home-to-work route", "telephone": "car-pooler's mobile",
          "vehicule": "private car plate"}),
    K("deneigement_prestataires", "voirie", "commune,departement", "circuits_deneigement_agriculteurs snowPloughRounds DENEIGE",
      "linestring", """
        circuit round CIRCUIT s id(DN-{n:02d})
        agriculteur farmer AGRICULT s fullrev
        portable mobile PORTABLE s mobile
        tarif_horaire hourlyRate TARIF n num(45,90,2)
    """, {"agriculteur": "farmer (natural person) contracted for a round", "portable": "farmer's mobile",
          "tarif_horaire": "rate paid to a named farmer"}),
    K("tournees_soins_domicile", "autonomie", "commune,epci", "tournees_ssiad homeCareRounds TOURNEES", "linestring", """
        patient patient PATIENT s civname
        soin care SOIN s ch(toilette;pansement;injection insuline;aide au lever)
        heure_passage time HEURE s ch(7h30;8h15;9h00;11h45;18h30)
    """, {"patient": "patient's name along a care round", "soin": "care given to a named patient (health)"}),
    K("louvetiers_secteurs", "environnement", "departement", "lieutenants_louveterie wolfWardens LOUVETIER", "polygon_commune",
      """
        circonscription district CIRCONSC s id(L{n:02d})
        lieutenant warden LIEUTENANT s civfull
        telephone_perso phone TEL_PERSO s mobile
        adresse home ADRESSE s addrfull
    """, {"lieutenant": "volunteer warden (natural person) per district", "telephone_perso": "warden's own mobile",
          "adresse": "warden's home address"}),
    K("secteurs_recensement", "population", "commune", "districts_recensement censusDistricts DIST_RECEN", "polygon_commune",
      """
        district district DISTRICT s id(D{n:03d})
        agent_recenseur censusTaker AGENT s full
        tel_agent takerPhone TEL_AGENT s mobile
        logements dwellings LOGEMENTS i int(150,350)
    """, {"agent_recenseur": "census taker (temporary private person) per district", "tel_agent": "taker's mobile"}),
    K("correspondants_communaux", "securite", "departement", "referents_communaux_crise crisisContacts REFERENTS",
      "polygon_commune", """
        commune commune COMMUNE s commune
        referent contactPerson REFERENT s civfull
        portable_perso personalMobile PORTABLE s mobile
        astreinte_nuit nightDuty NUIT s ch(oui;non)
    """, {"referent": "private volunteer named per commune", "portable_perso": "volunteer's own mobile"}),
)
