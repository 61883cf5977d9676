"""Table kinds of corpus blind-7 that hold personal data. A column tagged "p: reason" is personal and may be judged;
the untagged columns are context and never judged (a non-personal column is judged only in a layer with nothing
personal). Each kind: (key, domain, publisher, geometry, layer names, columns); a column: ("snake|english", maker,
type, tag)."""
from values7 import (address, address_full, age, agent_matricule, amount, birth, birth_child, birth_fr, birth_senior,
                     code_fmt, commune, couple, date_recent, email_perso, equipment, fixed_home, free_note_person,
                     given, grade, iban, insee, integer, mobile, mobile_compact, name_any, name_cad, name_cad_slash,
                     name_civ, name_fl, name_init, nir, num, parcel_ref, pick, plate, rowid, section_num, street,
                     surface, surname, surname_up, year)

NAME = "p: name of a private person"
ADDR = "p: home address of a private person"
TEL = "p: personal phone number"
MAIL = "p: personal e-mail address"
BIRTH = "p: birth date of a person"
FILE = "p: file/customer number identifying a person"
ATTR = "p: attribute of the identified person in the row"
HOME = "p: attribute of one household, located at its home (address point or parcel)"

KINDS = [
    # urban planning and land
    ("proprietaires_majic", "urbanisme et foncier", "commune", "parcel", ["proprietaires_parcelles", "PROPRIO_MAJIC"], [
        ("idu|parcel_id", parcel_ref, "string", ""),
        ("nom_proprietaire|owner_name", name_cad, "string", NAME + " (cadastral style)"),
        ("adresse_proprietaire|owner_address", address_full, "string", ADDR),
        ("code_droit", pick("P", "U", "N", "G"), "string", ""),
        ("date_naissance|birth_date", birth, "date", BIRTH)]),
    ("permis_construire", "urbanisme et foncier", "commune", "parcel", ["pc_2024", "permis_construire_particuliers"], [
        ("num_pc|permit_number", code_fmt("PC 0{dep} {com} 24 X{n:04d}"), "string", ""),
        ("petitionnaire|applicant", name_civ, "string", NAME + " (applicant)"),
        ("adresse_petitionnaire", address_full, "string", ADDR),
        ("nature_travaux", pick("Maison individuelle", "Extension", "Garage", "Véranda", "Surélévation"), "string", ""),
        ("surface_plancher", num(12, 210), "number", ATTR + " (floor area of the applicant's house project)"),
        ("date_depot|filing_date", date_recent, "date", "")]),
    ("declarations_prealables", "urbanisme et foncier", "commune", "home",
     ["DP_particuliers", "declarations_prealables"], [
        ("num_dp", code_fmt("DP {insee} {y} {n:04d}"), "string", ""),
        ("demandeur|applicant", name_fl, "string", NAME),
        ("tel_demandeur", mobile, "string", TEL),
        ("objet", pick("Abri de jardin", "Clôture", "Piscine", "Panneaux photovoltaïques", "Ravalement"), "string",
         HOME),
        ("decision", pick("Accordé", "Refusé", "Tacite"), "string", HOME)]),
    ("dia_preemption", "urbanisme et foncier", "commune", "parcel", ["dia_2023", "DIA_DPU"], [
        ("ref_dia", code_fmt("DIA{y}-{n:03d}"), "string", ""),
        ("vendeur|seller", name_cad, "string", NAME + " (seller)"),
        ("acquereur|buyer", name_fl, "string", NAME + " (buyer)"),
        ("prix_vente|price", num(45000, 480000, 0), "number", ATTR + " (sale price of the named seller's house)"),
        ("section_parcelle", section_num, "string", "")]),
    ("dvf_maisons", "urbanisme et foncier", "epci", "parcel", ["dvf_maisons_epci", "mutations_maisons"], [
        ("id_mutation", code_fmt("2023-{n}"), "string", ""),
        ("valeur_fonciere", num(62000, 520000, 0), "number", HOME + " (sale of one house)"),
        ("date_mutation", date_recent, "date", HOME + " (sale of one house)"),
        ("surface_reelle_bati", integer(48, 240), "number", HOME + " (one house)"),
        ("nombre_pieces_principales", integer(2, 9), "integer", HOME + " (one house)")]),
    ("infractions_urbanisme", "urbanisme et foncier", "commune", "home", ["pv_infractions_urba", "INFRAC_URB"], [
        ("contrevenant|offender", name_civ, "string", NAME + " (offender)"),
        ("adresse", address, "string", ADDR),
        ("nature_infraction", pick("Construction sans permis", "Non-respect du PC", "Dépôt de matériaux"), "string",
         ATTR + " (offence of the named person)"),
        ("suite", pick("PV transmis au parquet", "Mise en demeure", "Régularisé"), "string", ATTR)]),
    ("biens_sans_maitre", "urbanisme et foncier", "commune", "parcel", ["biens_vacants_sans_maitre"], [
        ("parcelle", parcel_ref, "string", ""),
        ("dernier_proprietaire_connu", name_cad_slash, "string", NAME + " (deceased owner, heirs identifiable)"),
        ("annee_deces", integer(1968, 2012), "integer", ATTR + " (death year of the named owner)"),
        ("contenance_m2", surface, "number", "")]),
    ("conventions_passage", "réseaux", "syndicat_eau", "line", ["conventions_servitude_canalisation"], [
        ("troncon", code_fmt("T{i:03d}"), "string", ""),
        ("proprietaire_fonds", name_cad, "string", NAME + " (landowner)"),
        ("indemnite_eur", amount, "number", ATTR + " (compensation paid to the named owner)"),
        ("date_signature", date_recent, "date", ATTR)]),
    # social housing, social and health
    ("demandes_logement", "logement et social", "epci", "table", ["demandes_logement_social"], [
        ("numero_unique|request_id", code_fmt("0{dep}0{y}0{n:05d}"), "string", FILE + " (numéro unique)"),
        ("demandeur", name_any, "string", NAME),
        ("composition_foyer", pick("1 adulte", "2 adultes 2 enfants", "1 adulte 1 enfant", "couple"), "string", ATTR),
        ("revenu_fiscal", integer(4200, 38000), "number", ATTR + " (income of the named applicant)"),
        ("typologie_souhaitee", pick("T1", "T2", "T3", "T4"), "string", ATTR)]),
    ("locataires_hlm", "logement et social", "commune", "home", ["occupation_logements_communaux"], [
        ("logement", code_fmt("LGT-{i:03d}"), "string", ""),
        ("locataire|tenant", name_civ, "string", NAME + " (tenant)"),
        ("date_entree", date_recent, "date", ATTR),
        ("loyer_mensuel", num(280, 760, 2), "number", ATTR + " (rent of the named tenant)")]),
    ("impayes_loyers", "logement et social", "commune", "table", ["impayes_loyers_2024", "IMPAYES"], [
        ("locataire", name_cad, "string", NAME),
        ("montant_dette", amount, "number", ATTR + " (arrears of the named tenant)"),
        ("nb_mois_impayes", integer(1, 14), "integer", ATTR),
        ("plan_apurement", pick("oui", "non", "en cours"), "string", ATTR)]),
    ("aides_ccas", "logement et social", "ccas", "table", ["aides_facultatives_ccas"], [
        ("nom", surname_up, "string", NAME + " (surname)"),
        ("prenom", given, "string", "p: first name of a beneficiary (with surname in the row)"),
        ("type_aide", pick("Bon alimentaire", "Aide énergie", "Secours d'urgence", "Aide cantine"), "string", ATTR),
        ("montant_accorde", amount, "number", ATTR + " (aid granted to the named beneficiary)"),
        ("date_commission", date_recent, "date", "")]),
    ("registre_canicule", "logement et social", "commune", "home",
     ["registre_personnes_vulnerables", "canicule_2025"], [
        ("nom_prenom", name_civ, "string", NAME),
        ("telephone", fixed_home, "string", TEL + " (home line)"),
        ("age", integer(68, 99), "integer", ATTR + " (age of the registered person)"),
        ("vit_seul", pick("oui", "non"), "string", HOME),
        ("contact_proche", name_fl, "string", NAME + " (relative to call)")]),
    ("portage_repas", "logement et social", "ccas", "home", ["portage_repas_tournee"], [
        ("beneficiaire", name_init, "string", NAME),
        ("regime", pick("Normal", "Diabétique", "Sans sel", "Mixé"), "string", ATTR + " (health: diet)"),
        ("nb_repas_semaine", integer(2, 7), "integer", HOME),
        ("tournee", pick("A", "B", "C"), "string", "")]),
    ("apa_dossiers", "logement et social", "departement", "table", ["apa_domicile_dossiers"], [
        ("n_dossier", code_fmt("APA-{y}-{n:05d}"), "string", FILE),
        ("gir", pick(1, 2, 3, 4), "integer", ATTR + " (dependency level of a person)"),
        ("montant_plan_aide", amount, "number", ATTR),
        ("date_naissance", birth_senior, "date", BIRTH),
        ("commune_residence", commune, "string", "")]),
    ("mdph_pch", "logement et social", "departement", "table", ["pch_beneficiaires", "MDPH_PCH"], [
        ("nom_usage", surname, "string", NAME),
        ("taux_incapacite", pick("50-79 %", ">= 80 %"), "string", ATTR + " (disability rate, health data)"),
        ("montant_mensuel", amount, "number", ATTR),
        ("nir", nir, "string", "p: NIR (social security number)")]),
    ("rsa_allocataires", "logement et social", "departement", "table", ["rsa_orientation"], [
        ("matricule_caf|caf_id", code_fmt("{n:07d}"), "string", FILE + " (CAF number)"),
        ("allocataire", name_any, "string", NAME),
        ("referent_unique", pick("Pôle emploi", "CCAS", "Service insertion"), "string", ""),
        ("date_orientation", date_recent, "date", ATTR),
        ("contrat_cer", pick("signé", "à signer", "échu"), "string", ATTR)]),
    ("ase_placements", "logement et social", "departement", "table", ["ase_mesures_placement"], [
        ("prenom_enfant", given, "string", "p: first name of a child in care (with birth date)"),
        ("date_naissance", birth_child, "date", BIRTH),
        ("assistant_familial", name_civ, "string", NAME + " (foster carer)"),
        ("mesure", pick("Placement judiciaire", "Accueil provisoire", "AEMO"), "string", ATTR)]),
    ("teleassistance", "logement et social", "departement", "home", ["abonnes_teleassistance"], [
        ("abonne", name_civ, "string", NAME),
        ("tel_domicile", fixed_home, "string", TEL),
        ("contact_urgence_tel", mobile, "string", TEL + " (relative)"),
        ("date_installation", date_recent, "date", HOME)]),
    ("pmi_visites", "logement et social", "departement", "home", ["pmi_visites_domicile"], [
        ("enfant", name_fl, "string", NAME),
        ("date_naissance", birth_child, "date", BIRTH),
        ("motif_visite", pick("Suivi post-natal", "Poids insuffisant", "Information préoccupante"), "string",
         ATTR + " (health of a child)"),
        ("puericultrice", pick("Secteur Nord", "Secteur Sud"), "string", "")]),
    # education and youth
    ("inscriptions_scolaires", "éducation et jeunesse", "commune", "home",
     ["inscriptions_ecoles_2025", "ELEVES_DOMICILE"], [
        ("nom_eleve", surname_up, "string", NAME),
        ("prenom_eleve", given, "string", "p: first name of a pupil at a home point"),
        ("date_naissance", birth_child, "date", BIRTH),
        ("classe", pick("PS", "MS", "GS", "CP", "CE1", "CE2", "CM1", "CM2"), "string", HOME),
        ("ecole_affectation", equipment(["École"]), "string", "")]),
    ("facturation_cantine", "éducation et jeunesse", "commune", "table", ["facturation_restauration"], [
        ("responsable_legal", name_civ, "string", NAME),
        ("quotient_familial", integer(180, 2400), "integer", ATTR + " (family income index)"),
        ("montant_du", num(12, 420, 2), "number", ATTR),
        ("email_famille", email_perso, "string", MAIL)]),
    ("eleves_transport", "éducation et jeunesse", "region", "home", ["ayants_droit_transport_scolaire"], [
        ("eleve", name_fl, "string", NAME),
        ("etablissement", equipment(["Collège", "Lycée"]), "string", ""),
        ("point_montee", pick("Mairie", "Abribus RD67", "Place de l'église"), "string", ""),
        ("n_carte", code_fmt("MOB{n:06d}"), "string", FILE + " (pass number)")]),
    ("periscolaire", "éducation et jeunesse", "commune", "table", ["inscrits_periscolaire"], [
        ("enfant_prenom", given, "string", "p: first name of a child (with allergy, parent phone)"),
        ("enfant_nom", surname, "string", NAME),
        ("allergies", pick("Arachide", "Aucune", "Gluten", "PAI asthme"), "string", ATTR + " (health of a child)"),
        ("tel_parent", mobile, "string", TEL)]),
    ("bourses_region", "éducation et jeunesse", "region", "table", ["aides_individuelles_etudiants"], [
        ("beneficiaire", name_cad, "string", NAME),
        ("echelon", pick(0, 1, 2, 3, 4, 5, 6, 7), "integer", ATTR + " (social grant level)"),
        ("montant_verse", amount, "number", ATTR),
        ("iban", iban, "string", "p: bank account of a person")]),
    ("accueil_loisirs", "éducation et jeunesse", "epci", "table", ["alsh_ete_inscrits"], [
        ("prenom", given, "string", "p: first name of a child (with age and parent)"),
        ("age", pick(4, 5, 6, 7, 8, 9, 10, 11), "integer", ATTR),
        ("parent_tel", mobile_compact, "string", TEL),
        ("semaine", pick("S28", "S29", "S30"), "string", "")]),
    # culture and sport
    ("lecteurs_mediatheque", "culture et sport", "commune", "home", ["lecteurs_geocodes", "LECTEURS"], [
        ("num_carte|card_number", code_fmt("{n:08d}"), "string", FILE + " (library card)"),
        ("nom_lecteur", name_fl, "string", NAME),
        ("date_inscription", date_recent, "date", HOME),
        ("nb_prets_annee", integer(0, 180), "integer", HOME)]),
    ("abonnes_piscine", "culture et sport", "epci", "table", ["abonnements_centre_aquatique"], [
        ("abonne", name_init, "string", NAME),
        ("formule", pick("Annuel adulte", "10 entrées", "Aquagym"), "string", ATTR),
        ("date_fin_validite", date_recent, "date", ATTR),
        ("mail", email_perso, "string", MAIL)]),
    ("locations_salles", "culture et sport", "commune", "table", ["reservations_salle_fetes"], [
        ("loueur", name_civ, "string", NAME + " (private hirer)"),
        ("tel", mobile, "string", TEL),
        ("date_location", date_recent, "date", ATTR),
        ("motif", pick("Mariage", "Anniversaire", "Repas de famille", "Baptême"), "string", ATTR)]),
    ("eleves_conservatoire", "culture et sport", "epci", "table", ["eleves_ecole_musique"], [
        ("nom_prenom", name_cad, "string", NAME),
        ("instrument", pick("Piano", "Violon", "Guitare", "Batterie", "Flûte"), "string", ATTR),
        ("tarif_applique", pick("T1", "T2", "T3", "Extérieur"), "string", ATTR + " (income-based tariff)"),
        ("date_naissance", birth_fr, "string", BIRTH)]),
    # economy and agriculture
    ("ilots_pac", "économie et agriculture", "departement", "zone_small", ["ilots_exploitants"], [
        ("num_pacage", code_fmt("0{dep}{n:06d}"), "string", FILE + " (farmer PACAGE number)"),
        ("exploitant", name_cad, "string", NAME + " (individual farmer)"),
        ("culture", pick("Prairie permanente", "Blé tendre", "Maïs", "Orge"), "string", ""),
        ("surface_ha", num(0.4, 38, 2), "number", "")]),
    ("jardins_familiaux", "économie et agriculture", "commune", "plot", ["jardins_familiaux_lots"], [
        ("lot", code_fmt("J{i:02d}"), "string", ""),
        ("attributaire", name_fl, "string", NAME),
        ("tel_attributaire", mobile, "string", TEL),
        ("date_attribution", date_recent, "date", ATTR)]),
    ("placiers_marche", "économie et agriculture", "commune", "point", ["emplacements_marche_abonnes"], [
        ("emplacement", code_fmt("E{i:02d}"), "string", ""),
        ("titulaire", name_civ, "string", NAME + " (sole trader)"),
        ("vehicule", plate, "string", "p: vehicle plate of a person"),
        ("produits", pick("Fruits et légumes", "Fromages", "Volailles", "Miel"), "string", "")]),
    ("taxis", "mobilité", "commune", "table", ["autorisations_stationnement_taxi"], [
        ("n_ads", code_fmt("ADS-{i:02d}"), "string", ""),
        ("titulaire_ads", name_cad, "string", NAME),
        ("immatriculation", plate, "string", "p: plate of a person's vehicle"),
        ("date_naissance_titulaire", birth, "date", BIRTH)]),
    ("meubles_tourisme", "tourisme et patrimoine", "ot", "home", ["declarations_meubles_tourisme"], [
        ("declarant", name_fl, "string", NAME + " (private host)"),
        ("adresse_meuble", address, "string", "p: address of a private person's furnished let (their property)"),
        ("nb_couchages", integer(2, 10), "integer", HOME),
        ("telephone_loueur", mobile, "string", TEL)]),
    ("chambres_hotes", "tourisme et patrimoine", "ot", "home", ["chambres_d_hotes"], [
        ("nom_gite", pick("Le Clos des Tilleuls", "Chez Nous", "La Grange", "Les Hirondelles"), "string", ""),
        ("proprietaire", name_civ, "string", NAME + " (private host)"),
        ("mobile", mobile, "string", TEL),
        ("email", email_perso, "string", MAIL)]),
    # environment and risks
    ("spanc_controles", "environnement et risques", "epci", "home", ["spanc_controles", "ANC_INSTALL"], [
        ("proprietaire", name_cad, "string", NAME),
        ("conformite", pick("Conforme", "Non conforme - travaux sous 4 ans", "Absence d'installation"), "string",
         HOME + " (the owner's septic system)"),
        ("date_controle", date_recent, "date", HOME),
        ("num_installation", code_fmt("ANC{n:05d}"), "string", "")]),
    ("pcs_vulnerables", "environnement et risques", "commune", "home", ["pcs_personnes_a_evacuer"], [
        ("nom", name_any, "string", NAME),
        ("besoin_specifique", pick("Oxygène", "Fauteuil roulant", "Dialyse", "Alité", "Malvoyant"), "string",
         ATTR + " (health need of the person)"),
        ("telephone", mobile, "string", TEL),
        ("secteur_alerte", pick("Zone rouge PPRI", "Zone bleue"), "string", "")]),
    ("redevance_dechets", "environnement et risques", "syndicat_dechets", "home", ["redevance_incitative_bacs"], [
        ("usager", name_cad, "string", NAME),
        ("num_bac", code_fmt("B{n:06d}"), "string", "p: bin id attached to one household"),
        ("nb_levees", integer(4, 38), "integer", HOME),
        ("montant_facture", num(96, 410, 2), "number", HOME)]),
    ("plaintes_bruit", "environnement et risques", "commune", "home", ["doleances_nuisances"], [
        ("plaignant", name_civ, "string", NAME),
        ("objet_plainte", pick("Aboiements", "Musique nocturne", "Coq", "Tondeuse le dimanche"), "string",
         ATTR + " (complaint by the named person)"),
        ("date_plainte", date_recent, "date", ATTR),
        ("observations", free_note_person, "string", "p: free text naming people")]),
    ("catnat_sinistres", "environnement et risques", "commune", "parcel", ["sinistres_secheresse_2022"], [
        ("sinistre", name_fl, "string", NAME + " (claimant)"),
        ("adresse_sinistre", address, "string", ADDR),
        ("dommages", pick("Fissures", "Affaissement dallage", "Portes bloquées"), "string", HOME),
        ("assureur", pick("MAIF", "MACIF", "Groupama", "AXA"), "string", "")]),
    ("chiens_categorises", "sécurité publique", "commune", "home", ["chiens_dangereux_permis"], [
        ("detenteur", name_civ, "string", NAME + " (dog owner)"),
        ("nom_chien", pick("Rocky", "Tyson", "Nala", "Rex", "Oslo"), "string", HOME + " (a person's dog at home)"),
        ("num_puce", code_fmt("2502690{n:08d}"), "string", HOME + " (a person's dog chip)"),
        ("categorie", pick("1", "2"), "string", HOME)]),
    # networks
    ("abonnes_eau", "réseaux", "syndicat_eau", "home", ["abonnes_eau_potable", "ABONNES"], [
        ("num_abonne|customer_id", code_fmt("{n:09d}"), "string", FILE + " (water customer)"),
        ("titulaire_contrat", name_cad, "string", NAME),
        ("conso_m3", integer(18, 240), "integer", HOME + " (one household's consumption)"),
        ("solde_impaye", num(0, 860, 2), "number", HOME + " (arrears of one household)")]),
    ("demandes_fibre", "réseaux", "departement", "home", ["signalements_eligibilite_thd"], [
        ("demandeur", name_fl, "string", NAME),
        ("courriel", email_perso, "string", MAIL),
        ("statut_demande", pick("Raccordable", "En étude", "Non éligible"), "string", HOME)]),
    ("branchements_plomb", "réseaux", "syndicat_eau", "home", ["branchements_plomb_restants"], [
        ("occupant", name_init, "string", NAME),
        ("tel_occupant", fixed_home, "string", TEL),
        ("annee_pose", year, "integer", "")]),
    # mobility
    ("stationnement_residents", "mobilité", "commune", "table", ["abonnements_residents"], [
        ("immat", plate, "string", "p: plate of a resident's car"),
        ("nom_abonne", name_cad, "string", NAME),
        ("adresse_residence", address, "string", ADDR),
        ("zone", pick("Z1", "Z2", "Z3"), "string", "")]),
    ("fourriere", "mobilité", "commune", "point", ["enlevements_fourriere"], [
        ("immatriculation", plate, "string", "p: plate of a person's car"),
        ("proprietaire_vehicule", name_any, "string", NAME),
        ("date_enlevement", date_recent, "date", ""),
        ("motif", pick("Stationnement gênant", "Épave", "Stationnement abusif"), "string", "")]),
    ("covoiturage_inscrits", "mobilité", "epci", "home", ["covoitureurs_inscrits"], [
        ("pseudo", given, "string", "p: first name shown at a home point"),
        ("email", email_perso, "string", MAIL),
        ("trajet_regulier", pick("Domicile - zone industrielle", "Domicile - gare"), "string", HOME)]),
    ("fps", "mobilité", "commune", "point", ["forfaits_post_stationnement"], [
        ("plaque", plate, "string", "p: plate identifying a car holder"),
        ("montant_fps", pick(17.0, 25.0, 35.0), "number", "p: fine of an identifiable car holder"),
        ("horodatage", date_recent, "date", "")]),
    ("tad_usagers", "mobilité", "epci", "home", ["transport_a_la_demande_usagers"], [
        ("usager", name_civ, "string", NAME),
        ("pmr", pick("oui", "non"), "string", ATTR + " (reduced mobility: health)"),
        ("tel_usager", fixed_home, "string", TEL),
        ("date_naissance", birth, "date", BIRTH)]),
    # public safety
    ("main_courante", "sécurité publique", "commune", "point", ["main_courante_pm"], [
        ("mis_en_cause", name_cad, "string", NAME),
        ("ddn", birth_fr, "string", BIRTH),
        ("faits", pick("Ivresse publique", "Tapage", "Dégradation", "Vol à l'étalage"), "string",
         ATTR + " (offence of a named person)"),
        ("date_faits", date_recent, "date", "")]),
    ("interventions_domicile", "sécurité publique", "sdis", "home", ["interventions_sap_domicile"], [
        ("num_inter", code_fmt("{y}{n:06d}"), "string", ""),
        ("age_victime", age, "integer", HOME + " (victim's age at a home)"),
        ("sexe_victime", pick("M", "F"), "string", HOME),
        ("nature", pick("Malaise à domicile", "Chute personne âgée", "Détresse respiratoire"), "string",
         HOME + " (health event at a home)")]),
    ("tranquillite_vacances", "sécurité publique", "commune", "home", ["otv_inscriptions"], [
        ("nom", name_civ, "string", NAME),
        ("date_depart", date_recent, "date", HOME + " (absence of a household)"),
        ("date_retour", date_recent, "date", HOME),
        ("tel_joignable", mobile, "string", TEL)]),
    ("arretes_peril", "sécurité publique", "commune", "parcel", ["arretes_mise_en_securite"], [
        ("proprietaire", couple, "string", NAME + " (owners)"),
        ("adresse_immeuble", address, "string", ""),
        ("date_arrete", date_recent, "date", "")]),
    # elections and citizenship
    ("liste_electorale", "élections et citoyenneté", "commune", "home", ["electeurs_geocodes", "LISTE_ELEC"], [
        ("nom_naissance", surname_up, "string", NAME),
        ("prenoms", given, "string", "p: given names of a voter at a home point"),
        ("date_naissance", birth, "date", BIRTH),
        ("bureau", pick("1", "2", "3"), "string", "")]),
    ("deces", "élections et citoyenneté", "commune", "table", ["actes_deces_2024"], [
        ("defunt", name_cad, "string", NAME + " (deceased, relatives identifiable)"),
        ("date_deces", date_recent, "date", ATTR),
        ("domicile", address_full, "string", ADDR)]),
    ("concessions", "élections et citoyenneté", "commune", "plot", ["concessions_cimetiere", "CONCESSION"], [
        ("num_concession", code_fmt("C-{i:03d}"), "string", ""),
        ("concessionnaire", name_cad, "string", NAME + " (grave holder)"),
        ("adresse_concessionnaire", address_full, "string", ADDR),
        ("date_echeance", date_recent, "date", ATTR + " (the holder's grant expiry)"),
        ("defunts_inhumes", name_init, "string", NAME)]),
    ("recensement_citoyen", "élections et citoyenneté", "commune", "table", ["recensement_militaire_jeunes"], [
        ("jeune", name_fl, "string", NAME),
        ("date_naissance", birth_child, "date", BIRTH),
        ("adresse", address, "string", ADDR)]),
    ("mariages", "élections et citoyenneté", "commune", "table", ["registre_mariages_pacs"], [
        ("epoux_1", name_cad, "string", NAME),
        ("epoux_2", name_cad, "string", NAME),
        ("date_ceremonie", date_recent, "date", ATTR)]),
    # HR and internal management
    ("effectifs_agents", "RH et gestion interne", "commune", "table", ["etat_personnel", "AGENTS"], [
        ("matricule", agent_matricule, "string", FILE + " (employee)"),
        ("nom_agent", name_fl, "string", NAME),
        ("grade", grade, "string", ATTR + " (grade of a named employee)"),
        ("traitement_brut", num(1780, 4900, 2), "number", ATTR + " (salary)")]),
    ("absences", "RH et gestion interne", "epci", "table", ["absences_agents_2025"], [
        ("agent", name_init, "string", NAME),
        ("motif_absence", pick("Maladie ordinaire", "Accident de service", "CLM", "Congé maternité"), "string",
         ATTR + " (health)"),
        ("nb_jours", integer(1, 90), "integer", ATTR)]),
    ("badges", "RH et gestion interne", "departement", "table", ["badges_acces_batiments"], [
        ("porteur", name_any, "string", NAME),
        ("num_badge", code_fmt("{n:010d}"), "string", "p: badge number of a person"),
        ("dernier_passage", date_recent, "date", ATTR)]),
    ("astreintes", "RH et gestion interne", "commune", "table", ["planning_astreintes"], [
        ("agent_astreinte", name_fl, "string", NAME),
        ("portable_perso", mobile, "string", TEL + " (employee's own mobile)"),
        ("semaine", pick("S01", "S02", "S03", "S04"), "string", "")]),
    ("elus_indemnites", "élections et citoyenneté", "epci", "table", ["indemnites_elus"], [
        ("elu", name_civ, "string", NAME + " (elected official, a natural person)"),
        ("fonction", pick("Président", "Vice-président", "Conseiller délégué"), "string", ""),
        ("montant_brut_mensuel", amount, "number", ATTR),
        ("adresse_perso", address_full, "string", ADDR)]),
    # heritage, tourism, open-data exports
    ("souscription_patrimoine", "tourisme et patrimoine", "commune", "table", ["donateurs_restauration_eglise"], [
        ("donateur", name_civ, "string", NAME),
        ("don_eur", amount, "number", ATTR + " (gift of the named donor)"),
        ("ville_donateur", commune, "string", "")]),
    ("aides_facades", "urbanisme et foncier", "commune", "home", ["subventions_ravalement_facades"], [
        ("beneficiaire", name_cad, "string", NAME),
        ("montant_subvention", amount, "number", HOME + " (aid to a named owner)"),
        ("annee", integer(2016, 2025), "integer", "")]),
    ("arbres_prives", "environnement et risques", "commune", "home", ["arbres_remarquables_prives"], [
        ("essence", pick("Chêne", "Tilleul", "Cèdre"), "string", ""),
        ("proprietaire_terrain", name_fl, "string", NAME),
        ("contact_proprietaire", mobile, "string", TEL)]),
    ("cartes_grises_agents", "RH et gestion interne", "commune", "table", ["vehicules_personnels_agents_ik"], [
        ("agent", name_cad, "string", NAME),
        ("immat_vehicule_perso", plate, "string", "p: plate of an employee's own car"),
        ("puissance_fiscale", pick(4, 5, 6, 7), "integer", ATTR),
        ("km_rembourses", integer(120, 6400), "integer", ATTR)]),
    ("rdv_vaccination", "logement et social", "departement", "table", ["rdv_centre_vaccination"], [
        ("patient", name_fl, "string", NAME),
        ("nir_patient", nir, "string", "p: NIR"),
        ("date_rdv", date_recent, "date", ATTR + " (health appointment)")]),
    ("enquete_stationnement_domicile", "mobilité", "commune", "home", ["enquete_menages_vehicules"], [
        ("nb_vehicules", integer(0, 4), "integer", HOME + " (one household's cars)"),
        ("stationne_sur_rue", pick("oui", "non"), "string", HOME),
        ("prenom_repondant", given, "string", "p: first name at a home point")]),
    ("demandes_numerotation", "urbanisme et foncier", "commune", "home", ["demandes_numerotation"], [
        ("demandeur", name_civ, "string", NAME),
        ("numero_attribue", pick("2", "4", "6 bis", "12"), "string", ""),
        ("rue", street, "string", "")]),
    ("demi_pension_colleges", "éducation et jeunesse", "departement", "table", ["demi_pension_colleges"], [
        ("ine", code_fmt("0{dep}{n:07d}K"), "string", FILE + " (national pupil id)"),
        ("commune_insee", insee, "string", ""),
        ("tarif", pick("Forfait 4 jours", "Ticket"), "string", ""),
        ("boursier", pick("oui", "non"), "string", ATTR + " (grant status of a pupil)")]),
    ("registre_doleances", "élections et citoyenneté", "commune", "table", ["registre_doleances_numerise"], [
        ("id", rowid, "integer", ""),
        ("auteur", name_civ, "string", NAME),
        ("commune", commune, "string", "")]),
]
