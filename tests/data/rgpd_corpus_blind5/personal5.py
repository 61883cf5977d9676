"""Tables of the blind-5 corpus holding personal data. Columns with label True may be judged; the others are
neighbours only (in such a layer every attribute of a row may relate to a person, so none is judged as not
personal)."""
from __future__ import annotations

import names5 as N
from helpers5 import Col

P = True


def cadastre_owners(g):
    people = g.people()
    births = [g.birth(1925, 1995) for _ in people]
    ref = [g.parcel_ref() for _ in people]
    owners = g.names(people, g.rng.choice(["cadastral", "slash", "cadastral", "upper_first"]))
    cols = [
        Col(["idu", "id_parcelle", "IDPAR"], "string", [g.idu(s, n) for s, n in ref]),
        Col(["section", "ccosec"], "string", [s for s, _ in ref]),
        Col(["numero", "dnupla"], "string", [n for _, n in ref]),
        Col(["contenance", "dcntpa", "surface_m2"], "integer", g.ints(120, 24000)),
        Col(["nom_proprietaire", "proprio", "proprietaire", "ddenom", "NOM_PROPRI"], "string", owners, P,
            "owner's name written the cadastral way (natural person)"),
        Col(["adresse_proprietaire", "adr_proprio", "dlign4"], "string", [g.address(True) for _ in people], P,
            "the owner's postal address"),
        Col(["date_naissance", "jdatnss", "dnaiss"], "date", [b.isoformat() for b in births], P,
            "the owner's birth date"),
        Col(["lieu_naissance", "dldnss"], "string", [g.rng.choice(N.COMMUNES)[0].upper() for _ in people], P,
            "the owner's birth place"),
        Col(["compte_communal", "dnupro", "num_compte"], "string",
            [f"+{g.rng.randint(100, 9999):05d}" for _ in people], P,
            "the owner's account number in the land register (identifies the owner)"),
        Col(["code_droit", "ccodro"], "string", g.pick(["P", "U", "N", "P", "P"]), P,
            "the kind of right a named owner holds on the parcel"),
    ]
    return dict(layer=g.rng.choice(["parcelles_proprietaires", "MAJIC_PROPRIO_2023", "cadastre_proprios",
                                    "fichiers_fonciers_pnb10"]),
                geometry_kind="cadastral parcels with their owners", geometry_type="Polygon",
                geometry=g.boxes(15, 80), cols=cols, domain="cadastre")


def dvf_mutations(g):
    cols = [
        Col(["id_mutation"], "string", [f"2023-{g.rng.randint(10000, 99999)}" for _ in range(g.n)]),
        Col(["date_mutation"], "date", g.days_iso(2019, 2024)),
        Col(["nature_mutation"], "string", g.pick(["Vente", "Vente", "Vente en l'état futur d'achèvement"])),
        Col(["valeur_fonciere", "prix_vente"], "number", g.nums(45000, 480000, 0), P,
            "sale price of one identifiable parcel or house (the seller and buyer are identifiable)"),
        Col(["adresse_numero"], "integer", g.ints(1, 60)),
        Col(["adresse_nom_voie"], "string", g.pick(N.STREETS)),
        Col(["id_parcelle"], "string", [g.idu() for _ in range(g.n)]),
        Col(["surface_reelle_bati"], "integer", g.ints(45, 220), P,
            "floor area of the house sold in that identifiable transaction"),
        Col(["type_local"], "string", g.pick(["Maison", "Appartement", "Maison", "Dépendance"])),
    ]
    return dict(layer=g.rng.choice(["dvf_commune", "DVF_2023_extrait", "mutations_foncieres"]),
                geometry_kind="parcels sold (one row per transaction)", geometry_type="Polygon",
                geometry=g.boxes(12, 50), cols=cols, domain="cadastre")


def civil_status(g):
    people = g.people()
    births = [g.birth(1940, 2024) for _ in people]
    kind = g.rng.choice(["naissance", "mariage", "deces"])
    cols = [
        Col(["num_acte", "n_acte"], "string", g.seq_ids(f"{g.day(2020, 2024).year}-", 3)),
        Col(["type_acte"], "string", [kind] * g.n),
        Col(["nom", "nom_usage", "NOM"], "string", [p["surname"].upper() for p in people], P,
            "surname in a civil-status register"),
        Col(["prenoms", "prénoms", "PRENOMS"], "string",
            [f"{p['given']} {g.rng.choice(N.FEMALE if p['female'] else N.MALE)}" for p in people], P,
            "given names in a civil-status register"),
        Col(["date_naissance", "date_naiss"], "date", [b.isoformat() for b in births], P, "birth date"),
        Col(["nom_pere", "pere"], "string", [f"{p['surname'].upper()} {g.rng.choice(N.MALE)}" for p in people], P,
            "father's name"),
        Col(["nom_mere", "mere"], "string",
            [f"{g.rng.choice(N.SURNAMES).upper()} {g.rng.choice(N.FEMALE)}" for _ in people], P, "mother's name"),
        Col(["date_acte"], "date", g.days_iso(2020, 2024), P, "date of a named person's civil-status event"),
        Col(["mention_marginale", "mentions"], "string",
            g.pick(["", "", "Divorcé(e) par jugement du TJ de Besançon", "Reconnaissance", ""]), P,
            "a marginal note on a named person's record"),
    ]
    return dict(layer=g.rng.choice(["registre_etat_civil", "actes_" + kind, "EC_2023"]), geometry_kind="",
                geometry_type="", geometry=None, cols=cols, domain="état civil")


def cemetery(g):
    holders = g.people()
    dead = g.people()
    cols = [
        Col(["num_concession", "n_conc", "emplacement"], "string",
            [f"{g.rng.choice('ABCDE')}-{g.rng.randint(1, 30)}-{g.rng.randint(1, 40)}" for _ in range(g.n)]),
        Col(["titulaire", "concessionnaire", "TITULAIRE"], "string", g.names(holders), P,
            "the concession holder, a private person"),
        Col(["adresse_titulaire", "adr_titul"], "string", [g.address(True) for _ in holders], P,
            "the holder's home address"),
        Col(["tel_titulaire", "telephone"], "string", [g.mobile() for _ in holders], P, "the holder's phone"),
        Col(["date_acquisition", "date_achat"], "date", g.days_iso(1970, 2024), P,
            "date a named holder bought the concession"),
        Col(["duree", "durée"], "string", g.pick(["15 ans", "30 ans", "50 ans", "perpétuelle"])),
        Col(["montant", "prix"], "number", g.pick([150.0, 300.0, 450.0, 900.0]), P,
            "price paid by a named holder"),
        Col(["inhumes", "defunts"], "string",
            [f"{d['surname'].upper()} {d['given']} ({g.rng.randint(1950, 2024)})" for d in dead], P,
            "names of the buried, with the holder's family identifiable"),
    ]
    return dict(layer=g.rng.choice(["cimetiere_concessions", "CONCESSIONS", "cimetiere_communal_emplacements"]),
                geometry_kind="cemetery plots", geometry_type="Polygon", geometry=g.boxes(1.5, 3.5, 80),
                cols=cols, domain="cemeteries")


def school_enrolment(g):
    kids = g.people()
    parents = g.people()
    cols = [
        Col(["nom_enfant", "nom_eleve", "NOM"], "string", [k["surname"].upper() for k in kids], P, "pupil's surname"),
        Col(["prenom_enfant", "prénom", "PRENOM"], "string", [k["given"] for k in kids], P,
            "pupil's given name, on a point at the family home"),
        Col(["date_naissance", "ddn"], "string", [g.date_text(g.birth(2013, 2021)) for _ in kids], P,
            "pupil's birth date"),
        Col(["ecole", "etablissement"], "string", g.pick(["École Jules Ferry", "École du Centre",
                                                         "École maternelle Les Tilleuls"])),
        Col(["classe", "niveau"], "string", g.pick(["PS", "MS", "GS", "CP", "CE1", "CE2", "CM1", "CM2"]), P,
            "a named pupil's class"),
        Col(["responsable_legal", "resp1", "parent"], "string", g.names(parents), P, "parent's name"),
        Col(["tel_parent", "tel_resp1", "portable"], "string", [g.mobile() for _ in kids], P, "parent's mobile"),
        Col(["courriel_parent", "email_resp"], "string", [g.email(p) for p in parents], P, "parent's e-mail"),
        Col(["adresse", "domicile"], "string", [g.address() for _ in kids], P, "family home address"),
        Col(["pai", "allergie"], "string", g.pick(["", "", "", "arachide", "asthme", "gluten", ""]), P,
            "a named child's health plan (health data)"),
        Col(["derogation"], "string", g.pick(["non", "non", "oui"]), P, "a named family's school-map waiver"),
    ]
    return dict(layer=g.rng.choice(["inscriptions_scolaires_2024", "carte_scolaire_eleves", "INSCR_ECOLE"]),
                geometry_kind="pupils' homes", geometry_type="Point", geometry=g.points(), cols=cols,
                domain="schools")


def canteen_billing(g):
    fams = g.people()
    cols = [
        Col(["num_famille", "code_famille", "id_foyer"], "string", g.seq_ids("FAM", 5), P,
            "the family's customer number"),
        Col(["nom_famille", "famille", "payeur"], "string", g.names(fams, g.rng.choice(["couple", "upper_first"])), P,
            "the paying parent's name"),
        Col(["quotient_familial", "qf", "QF"], "integer", g.ints(250, 2100), P, "a family's income band"),
        Col(["tranche_tarif", "tarif"], "string", g.pick(["T1", "T2", "T3", "T4", "T5"]), P,
            "the family's income-based tariff"),
        Col(["nb_repas", "repas_mois"], "integer", g.ints(0, 20), P, "meals a named family's child took"),
        Col(["montant_du", "montant_facture"], "number", g.nums(0, 180), P, "a family's bill"),
        Col(["impaye", "reste_a_payer", "solde"], "number", [g.rng.choice([0, 0, 0, round(g.rng.uniform(10, 300), 2)])
                                                             for _ in fams], P, "a family's arrears"),
        Col(["prelevement", "mode_paiement"], "string", g.pick(["prélèvement", "chèque", "TIPI", "espèces"]), P,
            "how a named family pays"),
    ]
    return dict(layer=g.rng.choice(["facturation_cantine_sept", "periscolaire_factures", "RESTO_SCOL"]),
                geometry_kind="", geometry_type="", geometry=None, cols=cols, domain="schools")


def ccas_aid(g):
    people = g.people()
    cols = [
        Col(["beneficiaire", "nom_beneficiaire", "demandeur"], "string", g.names(people), P, "aid recipient"),
        Col(["adresse"], "string", [g.address() for _ in people], P, "recipient's home address"),
        Col(["type_aide", "nature_aide"], "string", g.pick(["aide alimentaire", "secours d'urgence",
                                                            "aide énergie", "bon de transport", "aide cantine"]),
            P, "kind of social aid a named person receives"),
        Col(["montant", "montant_aide", "MONTANT"], "number", g.nums(20, 600), P, "amount granted to a person"),
        Col(["date_commission", "date_decision"], "date", g.days_iso(2022, 2025), P,
            "date of a decision on a named person"),
        Col(["composition_foyer", "nb_pers_foyer"], "integer", g.ints(1, 7), P, "size of a named household"),
        Col(["situation", "situation_familiale"], "string", g.pick(["seul", "couple", "famille monoparentale",
                                                                     "couple avec enfants"]), P,
            "family situation of a recipient"),
        Col(["ressources_mensuelles", "ressources"], "number", g.nums(0, 1800, 0), P, "a person's income"),
        Col(["iban", "rib"], "string", [g.iban() for _ in people], P, "recipient's bank account"),
        Col(["referent", "travailleur_social"], "string",
            g.pick(["Mme GIRARD", "M. HAMON", "Service accueil CCAS"]), None),
    ]
    gtype = g.rng.choice(["Point", ""])
    return dict(layer=g.rng.choice(["ccas_aides_facultatives", "aides_sociales_2024", "CCAS_SECOURS"]),
                geometry_kind="recipients' homes" if gtype else "", geometry_type=gtype,
                geometry=g.points() if gtype else None,
                cols=cols, domain="social action")


def social_housing(g):
    people = g.people()
    cols = [
        Col(["num_unique", "nud", "numero_demande"], "string",
            [f"0{g.commune[1][:2]}{g.rng.randint(10**9, 10**10 - 1)}" for _ in people], P,
            "the applicant's departmental unique number"),
        Col(["nom_demandeur", "demandeur"], "string", g.names(people), P, "applicant's name"),
        Col(["date_naissance"], "date", [g.birth(1950, 2003).isoformat() for _ in people], P, "birth date"),
        Col(["revenu_fiscal", "rfr"], "integer", g.ints(0, 38000), P, "a household's taxable income"),
        Col(["typologie_souhaitee", "typo"], "string", g.pick(["T1", "T2", "T3", "T4", "T5"]), P,
            "what a named applicant asks for"),
        Col(["motif", "motif_demande"], "string", g.pick(["logement trop petit", "divorce/séparation",
                                                          "sans logement", "violences familiales",
                                                          "handicap", "rapprochement travail"]), P,
            "an applicant's reason (may be sensitive)"),
        Col(["anciennete_mois"], "integer", g.ints(1, 60), P, "how long a named applicant has waited"),
        Col(["tel", "telephone"], "string", [g.mobile() for _ in people], P, "applicant's phone"),
    ]
    return dict(layer=g.rng.choice(["demandes_logement_social", "DLS_EN_COURS", "snE_demandes"]),
                geometry_kind="", geometry_type="", geometry=None, cols=cols, domain="housing")


def tenants(g):
    people = g.people()
    cols = [
        Col(["num_logement", "ref_lgt"], "string", g.seq_ids("LGT-", 5)),
        Col(["bailleur"], "string", g.pick(["Néolia", "Habitat 25", "Loge.GBH", "Idéha"])),
        Col(["locataire", "occupant", "nom_locataire"], "string", g.names(people), P, "tenant's name"),
        Col(["loyer", "loyer_mensuel"], "number", g.nums(280, 720), P, "a named tenant's rent"),
        Col(["dette_locative", "impayes"], "number", [g.rng.choice([0.0, 0.0, round(g.rng.uniform(50, 3000), 2)])
                                                      for _ in people], P, "a tenant's rent arrears"),
        Col(["date_entree"], "date", g.days_iso(2000, 2024), P, "date a named tenant moved in"),
        Col(["apl", "aide_logement"], "string", g.pick(["oui", "non"]), P, "whether a tenant gets housing aid"),
        Col(["nb_occupants"], "integer", g.ints(1, 6), P, "a named household's size"),
    ]
    return dict(layer=g.rng.choice(["patrimoine_locataires", "occupation_parc_social", "LOCATAIRES"]),
                geometry_kind="dwellings", geometry_type="Point", geometry=g.points(), cols=cols, domain="housing")


def electoral_roll(g):
    people = g.people()
    cols = [
        Col(["nom_naissance", "nom"], "string", [p["surname"].upper() for p in people], P, "voter's surname"),
        Col(["prenoms", "prenom"], "string", [p["given"] for p in people], P, "voter's given name"),
        Col(["date_naissance", "dnaissance"], "string", [g.date_text(g.birth(1930, 2006)) for _ in people], P,
            "voter's birth date"),
        Col(["adresse", "adresse_electeur"], "string", [g.address() for _ in people], P, "voter's address"),
        Col(["bureau_vote", "num_bureau", "BV"], "integer", g.ints(1, 6), P, "the polling station of a named voter"),
        Col(["num_electeur", "ine"], "string", [str(g.rng.randint(10**8, 10**9 - 1)) for _ in people], P,
            "the national voter identifier"),
        Col(["nationalite"], "string", g.pick(["FR", "FR", "FR", "PT", "IT", "BE"]), P,
            "a voter's nationality (complementary EU list)"),
    ]
    return dict(layer=g.rng.choice(["liste_electorale", "REU_extraction", "electeurs_geocodes"]),
                geometry_kind="voters' homes", geometry_type="Point", geometry=g.points(), cols=cols,
                domain="elections")


def waste_fee(g):
    people = g.people()
    cols = [
        Col(["num_usager", "id_redevable", "code_abonne"], "string", g.seq_ids("RI", 6), P, "household's customer id"),
        Col(["redevable", "nom_usager", "titulaire"], "string", g.names(people), P, "the household head"),
        Col(["num_bac", "puce_rfid", "id_puce"], "string",
            [f"{g.rng.randint(10**11, 10**12 - 1):X}" for _ in people], P, "a bin chip tied to one household"),
        Col(["volume_bac", "litrage"], "integer", g.pick([80, 120, 180, 240, 340]), P,
            "a named household's bin size"),
        Col(["nb_levees", "levees_2024"], "integer", g.ints(0, 52), P, "how often one household's bin was emptied"),
        Col(["montant_redevance", "facture"], "number", g.nums(90, 420), P, "a household's waste bill"),
        Col(["adresse_collecte"], "string", [g.address() for _ in people], P, "household's address"),
    ]
    return dict(layer=g.rng.choice(["redevance_incitative_usagers", "RI_LEVEES_2024", "bacs_usagers"]),
                geometry_kind="households' bins at their homes", geometry_type="Point", geometry=g.points(),
                cols=cols, domain="waste")


def spanc(g):
    people = g.people()
    cols = [
        Col(["proprietaire", "nom_prop", "PROPRIETAI"], "string", g.names(people), P, "the homeowner"),
        Col(["adresse_installation", "adresse"], "string", [g.address() for _ in people], P,
            "a private home's address"),
        Col(["conformite", "avis", "AVIS_CONTR"], "string", g.pick(["conforme", "non conforme",
                                                                     "non conforme - risque sanitaire",
                                                                     "absence d'installation"]), P,
            "the compliance verdict on one identifiable private home"),
        Col(["date_controle", "dt_ctrl"], "date", g.days_iso(2015, 2025), P, "date a private home was inspected"),
        Col(["filiere", "type_installation"], "string", g.pick(["fosse toutes eaux + épandage",
                                                                "micro-station", "filtre compact",
                                                                "fosse septique"]), P,
            "the sanitation of one identifiable private home"),
        Col(["delai_travaux"], "string", g.pick(["4 ans", "1 an (vente)", "", ""]), P,
            "works ordered to an identifiable owner"),
    ]
    return dict(layer=g.rng.choice(["spanc_controles", "ANC_INSTALLATIONS", "assainissement_non_collectif"]),
                geometry_kind="private homes with their own sanitation", geometry_type="Point",
                geometry=g.points(2000), cols=cols, domain="water and sanitation")


def water_subscribers(g):
    people = g.people()
    cols = [
        Col(["num_abonne", "ref_client", "NUM_ABO"], "string", g.seq_ids("", 7, 1000000), P, "customer number"),
        Col(["abonne", "client", "nom_abonne"], "string", g.names(people), P, "subscriber's name"),
        Col(["conso_m3", "volume_annuel", "consommation"], "integer", g.ints(8, 260), P,
            "one household's water use"),
        Col(["num_compteur", "compteur"], "string", [f"{g.rng.choice(['I', 'K', 'D'])}{g.rng.randint(10, 24)}"
                                                     f"FA{g.rng.randint(100000, 999999)}" for _ in people], P,
            "the meter of one household"),
        Col(["fuite_detectee", "alerte_fuite"], "string", g.pick(["non", "non", "oui"]), P,
            "a leak at one identifiable home"),
        Col(["mensualise"], "string", g.pick(["oui", "non"]), P, "a named subscriber's payment choice"),
    ]
    return dict(layer=g.rng.choice(["abonnes_eau", "releves_compteurs_2024", "COMPTEURS_ABO"]),
                geometry_kind="meters at subscribers' homes", geometry_type="Point", geometry=g.points(),
                cols=cols, domain="water and sanitation")


def building_permits(g):
    people = g.people()
    cols = [
        Col(["num_dossier", "numero_pc", "NUM_DOSS"], "string",
            [f"PC {g.commune[1]} {g.rng.randint(21, 25)} {g.rng.choice('ABCDEFGHJK')}{g.rng.randint(1, 200):04d}"
             for _ in people]),
        Col(["demandeur", "petitionnaire", "PETITIONN"], "string",
            g.names(people, g.rng.choice(["couple", "civ", "upper_first", "natural"])), P,
            "the applicant, a private person"),
        Col(["adresse_demandeur", "adr_petit"], "string", [g.address(True) for _ in people], P,
            "the applicant's home address"),
        Col(["tel_demandeur"], "string", [g.mobile() for _ in people], P, "the applicant's phone"),
        Col(["nature_travaux", "objet"], "string", g.pick(["maison individuelle", "extension", "garage",
                                                           "piscine", "abri de jardin", "véranda"])),
        Col(["date_depot"], "date", g.days_iso(2021, 2025)),
        Col(["decision"], "string", g.pick(["accordé", "refusé", "en cours", "accordé avec prescriptions"])),
    ]
    return dict(layer=g.rng.choice(["permis_construire_particuliers", "ADS_PC_2024", "autorisations_urbanisme"]),
                geometry_kind="parcels of the applications", geometry_type="Polygon", geometry=g.boxes(15, 60),
                cols=cols, domain="urbanism")


def dia(g):
    sellers = g.people()
    buyers = g.people()
    cols = [
        Col(["num_dia", "reference"], "string", [f"DIA {g.commune[1]} 24 {i + 1:04d}" for i in range(g.n)]),
        Col(["vendeur", "proprietaire", "cedant"], "string",
            g.names(sellers, g.rng.choice(["couple", "upper_first", "cadastral"])), P, "the seller"),
        Col(["acquereur", "acheteur"], "string", g.names(buyers, g.rng.choice(["civ", "natural", "upper_first"])), P,
            "the buyer"),
        Col(["prix", "prix_vente", "PRIX"], "number", g.nums(40000, 390000, 0), P, "price between named persons"),
        Col(["notaire"], "string", g.pick(["Office notarial de Morteau", "SCP Jeannin-Besson", "Me Faivre"]), None),
        Col(["decision_preemption", "suite_donnee"], "string", g.pick(["renonciation", "renonciation", "préemption"])),
    ]
    return dict(layer=g.rng.choice(["dia_2024", "declarations_intention_aliener", "DIA_DPU"]),
                geometry_kind="parcels for sale", geometry_type="Polygon", geometry=g.boxes(15, 70), cols=cols,
                domain="urbanism")


def room_bookings(g):
    people = g.people()
    cols = [
        Col(["salle"], "string", g.pick(["Salle des fêtes", "Salle polyvalente", "Foyer communal"])),
        Col(["date_location", "date"], "date", g.days_iso(2024, 2025)),
        Col(["locataire", "reservant", "nom_reservation"], "string", g.names(people), P, "a private hirer"),
        Col(["tel_contact", "telephone"], "string", [g.mobile() for _ in people], P, "the hirer's mobile"),
        Col(["motif", "evenement"], "string", g.pick(["mariage", "anniversaire 50 ans", "baptême",
                                                      "repas de famille", "communion"]), P,
            "the private event of a named person"),
        Col(["caution_versee", "caution"], "number", g.pick([300.0, 500.0, 800.0]), P, "deposit paid by a person"),
        Col(["habitant_commune"], "string", g.pick(["oui", "non"]), P, "whether a named hirer lives in town"),
    ]
    return dict(layer=g.rng.choice(["reservations_salles", "location_salle_fetes_2025"]), geometry_kind="",
                geometry_type="", geometry=None, cols=cols, domain="sports and culture")


def bike_rental(g):
    people = g.people()
    cols = [
        Col(["num_contrat", "contrat"], "string", g.seq_ids("VLS-", 5), P, "a renter's contract number"),
        Col(["abonne", "nom_prenom", "usager"], "string", g.names(people), P, "the renter"),
        Col(["email", "courriel"], "string", [g.email(p) for p in people], P, "the renter's e-mail"),
        Col(["velo_attribue", "num_velo"], "string", g.seq_ids("VAE-", 3), None),
        Col(["date_debut"], "date", g.days_iso(2024, 2025), P, "start date of a named person's rental"),
        Col(["caution_cheque"], "number", g.pick([150.0, 300.0]), P, "deposit of a named renter"),
        Col(["statut_pro", "categorie"], "string", g.pick(["salarié", "étudiant", "demandeur d'emploi",
                                                           "retraité"]), P, "a renter's occupation"),
    ]
    return dict(layer=g.rng.choice(["location_velos_longue_duree", "VAE_ABONNES"]),
                geometry_kind="renters' homes", geometry_type="Point", geometry=g.points(), cols=cols,
                domain="mobility")


def school_transport(g):
    kids = g.people()
    cols = [
        Col(["eleve", "nom_prenom_eleve"], "string", g.names(kids, g.rng.choice(["upper_first", "natural"])), P,
            "a pupil"),
        Col(["point_arret", "arret"], "string", g.pick(["Mairie", "Le Bourg", "Lotissement", "Croisée",
                                                        "Église"])),
        Col(["etablissement"], "string", g.pick(["Collège Pergaud", "Lycée Xavier Marmier", "Collège Jean Jaurès"])),
        Col(["num_carte", "carte_transport"], "string", g.seq_ids("ST", 7, 2400000), P, "a pupil's pass number"),
        Col(["tel_famille"], "string", [g.mobile() for _ in kids], P, "the family's phone"),
        Col(["boursier"], "string", g.pick(["oui", "non", "non"]), P, "a named pupil's grant status"),
    ]
    return dict(layer=g.rng.choice(["transport_scolaire_inscrits", "TS_ELEVES_2425"]),
                geometry_kind="pupils' pick-up points near home", geometry_type="Point", geometry=g.points(3000),
                cols=cols, domain="mobility")


def staff(g):
    people = g.people()
    cols = [
        Col(["matricule", "mat_agent"], "string", g.seq_ids("A", 5), P, "an employee's staff number"),
        Col(["nom_agent", "agent", "NOM_PRENOM"], "string", g.names(people), P, "employee's name"),
        Col(["grade"], "string", g.pick(["adjoint technique", "rédacteur", "attaché", "ingénieur",
                                         "agent de maîtrise"]), P, "a named employee's grade"),
        Col(["service"], "string", g.pick(["Voirie", "Espaces verts", "Urbanisme", "Finances", "Écoles"])),
        Col(["traitement_brut", "salaire"], "number", g.nums(1750, 4200), P, "an employee's pay"),
        Col(["date_naissance", "dnaiss"], "date", [g.birth(1962, 2002).isoformat() for _ in people], P,
            "employee's birth date"),
        Col(["jours_arret", "absences_maladie"], "integer", g.ints(0, 45), P, "an employee's sick leave (health)"),
        Col(["tel_perso", "portable_perso"], "string", [g.mobile() for _ in people], P, "employee's own mobile"),
    ]
    return dict(layer=g.rng.choice(["agents_effectifs_2024", "RH_AGENTS", "tableau_effectifs_nominatif"]),
                geometry_kind="", geometry_type="", geometry=None, cols=cols, domain="HR")


def elected(g):
    people = g.people()
    cols = [
        Col(["nom_elu", "elu", "conseiller"], "string", g.names(people, g.rng.choice(["civ", "upper_first",
                                                                                      "natural"])), P,
            "an elected official (a natural person)"),
        Col(["fonction", "mandat"], "string", g.pick(["Maire", "Adjoint(e)", "Conseiller(ère) municipal(e)",
                                                      "Conseiller(ère) délégué(e)"])),
        Col(["date_naissance"], "date", [g.birth(1945, 1995).isoformat() for _ in people], P,
            "an official's birth date"),
        Col(["profession", "csp"], "string", g.pick(["Agriculteur", "Retraitée", "Enseignant", "Cadre",
                                                     "Artisan", "Employée"]), P, "an official's occupation"),
        Col(["indemnite_mensuelle", "indemnite"], "number", g.pick([0.0, 0.0, 250.48, 691.43, 1156.80, 2139.17]), P,
            "an official's allowance"),
        Col(["portable", "tel_elu"], "string", [g.mobile() for _ in people], P, "an official's own mobile"),
    ]
    return dict(layer=g.rng.choice(["conseil_municipal_2020", "elus_mandat", "ELUS"]), geometry_kind="",
                geometry_type="", geometry=None, cols=cols, domain="HR and officials")


def impound(g):
    people = g.people()
    cols = [
        Col(["immatriculation", "immat", "plaque"], "string", [g.plate() for _ in people], P,
            "a private vehicle's plate"),
        Col(["marque"], "string", g.pick(["Renault Clio", "Peugeot 208", "Citroën C3", "Dacia Sandero"]), P,
            "a private person's car"),
        Col(["motif_enlevement", "infraction"], "string", g.pick(["stationnement gênant", "véhicule ventouse",
                                                                  "stationnement sur trottoir"]), P,
            "an offence tied to a private vehicle"),
        Col(["date_enlevement"], "date", g.days_iso(2024, 2025), P, "date a private car was towed"),
        Col(["proprietaire", "titulaire_cg"], "string", g.names(people), P, "the car's owner"),
        Col(["lieu"], "string", g.pick(N.STREETS)),
    ]
    return dict(layer=g.rng.choice(["fourriere_enlevements", "PM_FOURRIERE", "police_municipale_enlevements"]),
                geometry_kind="where the cars were towed from", geometry_type="Point", geometry=g.points(),
                cols=cols, domain="police")


def nest_reports(g):
    people = g.people()
    cols = [
        Col(["declarant", "signale_par", "nom"], "string", g.names(people), P, "the resident who reported"),
        Col(["prenom"], "string", [p["given"] for p in people], P, "a reporting resident's first name, at home"),
        Col(["telephone", "tel"], "string", [g.mobile() for _ in people], P, "the resident's phone"),
        Col(["espece", "type_nid"], "string", g.pick(["frelon asiatique", "guêpes", "frelon européen"])),
        Col(["hauteur_m"], "number", g.nums(1, 15, 0)),
        Col(["date_signalement"], "date", g.days_iso(2023, 2025)),
        Col(["sur_propriete_privee", "lieu_nid"], "string", g.pick(["jardin", "toiture", "cabanon", "haie"]), P,
            "where in a named resident's property the nest is"),
    ]
    return dict(layer=g.rng.choice(["signalements_frelons", "NIDS_FRELONS_2024"]),
                geometry_kind="reporting residents' homes", geometry_type="Point", geometry=g.points(),
                cols=cols, domain="environment")


def complaints(g):
    people = g.people()
    cols = [
        Col(["plaignant", "requerant"], "string", g.names(people), P, "the complainant"),
        Col(["objet_plainte", "nuisance"], "string", g.pick(["bruit de voisinage", "odeurs", "chien qui aboie",
                                                             "brûlage de déchets verts", "haie non taillée"]), P,
            "a named resident's complaint (about an identifiable neighbour)"),
        Col(["courriel", "email"], "string", [g.email(p) for p in people], P, "complainant's e-mail"),
        Col(["adresse_plaignant", "adresse"], "string", [g.address() for _ in people], P, "complainant's address"),
        Col(["suite", "statut"], "string", g.pick(["médiation", "courrier au voisin", "classé", "PV dressé"]), P,
            "follow-up of a named person's complaint"),
    ]
    return dict(layer=g.rng.choice(["plaintes_nuisances", "registre_doleances_voisinage"]),
                geometry_kind="homes of the complainants", geometry_type="Point", geometry=g.points(),
                cols=cols, domain="police")


def furnished_lets(g):
    people = g.people()
    cols = [
        Col(["num_enregistrement", "n_declaration"], "string",
            [f"{g.commune[1]}{g.rng.randint(10**7, 10**8 - 1)}" for _ in people], P,
            "the registration number of a private let"),
        Col(["loueur", "declarant", "proprietaire"], "string", g.names(people), P, "a private landlord"),
        Col(["adresse_meuble", "adresse"], "string", [g.address() for _ in people], P,
            "address of a private person's flat"),
        Col(["tel_loueur"], "string", [g.mobile() for _ in people], P, "the landlord's phone"),
        Col(["capacite"], "integer", g.ints(2, 10), P, "a named person's let size"),
        Col(["residence_principale"], "string", g.pick(["oui", "non"]), P, "whether it is the person's main home"),
    ]
    return dict(layer=g.rng.choice(["meubles_tourisme_declares", "CERFA_14004", "locations_saisonnieres"]),
                geometry_kind="private lets", geometry_type="Point", geometry=g.points(), cols=cols,
                domain="tourism")


def childminders(g):
    people = [dict(p, female=True, given=g.rng.choice(N.FEMALE)) for p in g.people()]
    cols = [
        Col(["nom_assmat", "assistante_maternelle", "nom"], "string", g.names(people), P, "a childminder"),
        Col(["adresse"], "string", [g.address() for _ in people], P, "the childminder's home"),
        Col(["telephone", "tel"], "string", [g.mobile() for _ in people], P, "the childminder's mobile"),
        Col(["places_agreees", "nb_agrements"], "integer", g.ints(1, 4), P, "a named childminder's approval"),
        Col(["places_dispo"], "integer", g.ints(0, 2), P, "a named childminder's vacancies"),
        Col(["date_agrement"], "date", g.days_iso(2008, 2024), P, "date a named person was approved"),
    ]
    return dict(layer=g.rng.choice(["assistantes_maternelles", "RPE_ASSMAT_LISTE"]),
                geometry_kind="childminders' homes", geometry_type="Point", geometry=g.points(), cols=cols,
                domain="childhood")


def allotments(g):
    people = g.people()
    cols = [
        Col(["num_parcelle", "lot"], "integer", list(range(1, g.n + 1))),
        Col(["jardinier", "attributaire", "titulaire"], "string", g.names(people), P, "the gardener"),
        Col(["surface_m2"], "integer", g.ints(50, 200)),
        Col(["cotisation_payee", "cotisation"], "string", g.pick(["oui", "non"]), P, "a named gardener's dues"),
        Col(["date_attribution"], "date", g.days_iso(2010, 2025), P, "date a plot went to a named person"),
        Col(["prenom_jardinier"], "string", [p["given"] for p in people], P, "the gardener's first name"),
    ]
    return dict(layer=g.rng.choice(["jardins_familiaux", "JARDINS_PARTAGES"]), geometry_kind="allotment plots",
                geometry_type="Polygon", geometry=g.boxes(7, 15, 60), cols=cols, domain="environment")


def vulnerable_register(g):
    people = g.people()
    cols = [
        Col(["nom_prenom", "personne", "inscrit"], "string", g.names(people), P, "a vulnerable person"),
        Col(["age"], "integer", g.ints(66, 98), P, "a named person's age"),
        Col(["handicap", "dependance"], "string", g.pick(["", "GIR 4", "fauteuil", "malvoyant", "oxygène"]), P,
            "health data"),
        Col(["vit_seul", "isole"], "string", g.pick(["oui", "non"]), P, "whether a named person lives alone"),
        Col(["contact_urgence", "proche"], "string",
            [f"{g.full_name(g.person(), 'natural')} {g.mobile()}" for _ in people], P,
            "a relative named with a phone"),
        Col(["adresse"], "string", [g.address() for _ in people], P, "home address"),
    ]
    return dict(layer=g.rng.choice(["registre_canicule", "plan_grand_froid_personnes_isolees"]),
                geometry_kind="homes of registered people", geometry_type="Point", geometry=g.points(), cols=cols,
                domain="social action")


def dangerous_dogs(g):
    people = g.people()
    cols = [
        Col(["detenteur", "proprietaire_chien"], "string", g.names(people), P, "the dog's keeper"),
        Col(["categorie"], "integer", g.pick([1, 2]), P, "category of a named person's dog"),
        Col(["num_identification", "puce"], "string", [f"250{g.rng.randint(10**11, 10**12 - 1)}" for _ in people],
            P, "the chip of a named person's dog"),
        Col(["date_permis"], "date", g.days_iso(2015, 2025), P, "date a named keeper got the permit"),
        Col(["adresse_detenteur"], "string", [g.address() for _ in people], P, "keeper's home"),
    ]
    return dict(layer=g.rng.choice(["permis_detention_chiens", "CHIENS_CAT"]), geometry_kind="keepers' homes",
                geometry_type="Point", geometry=g.points(), cols=cols, domain="police")


def firewood(g):
    people = g.people()
    cols = [
        Col(["affouagiste", "beneficiaire"], "string", g.names(people, g.rng.choice(["upper_first", "civ"])), P,
            "a resident given a firewood lot"),
        Col(["num_lot", "lot"], "integer", list(range(1, g.n + 1))),
        Col(["volume_steres", "steres"], "number", g.nums(5, 15, 0)),
        Col(["garant", "garants"], "string", g.names(g.people()), P, "the named guarantors"),
        Col(["paye"], "string", g.pick(["oui", "non"]), P, "whether a named resident paid"),
    ]
    return dict(layer=g.rng.choice(["affouage_2024_2025", "AFFOUAGE_LOTS"]), geometry_kind="forest lots",
                geometry_type="Polygon", geometry=g.boxes(40, 120, 2000), cols=cols, domain="environment")


def address_certificates(g):
    people = g.people()
    cols = [
        Col(["numero"], "string", [str(g.rng.randint(1, 60)) for _ in people]),
        Col(["voie"], "string", g.pick(N.STREETS)),
        Col(["demandeur", "beneficiaire"], "string", g.names(people, g.rng.choice(["couple", "civ", "natural"])), P,
            "the owner who asked for the certificate"),
        Col(["date_certificat"], "date", g.days_iso(2018, 2025)),
        Col(["courriel_demandeur"], "string", [g.email(p) for p in people], P, "the owner's e-mail"),
    ]
    return dict(layer=g.rng.choice(["certificats_numerotage", "NUMEROTAGE_DEMANDES"]),
                geometry_kind="the numbered houses", geometry_type="Point", geometry=g.points(), cols=cols,
                domain="addresses")


def resident_parking(g):
    people = g.people()
    cols = [
        Col(["num_macaron", "vignette"], "string", g.seq_ids("RES-", 4), P, "a resident's permit number"),
        Col(["immatriculation", "plaque"], "string", [g.plate() for _ in people], P, "a private car's plate"),
        Col(["titulaire", "resident"], "string", g.names(people), P, "the resident"),
        Col(["zone"], "string", g.pick(["Zone A", "Zone B", "Centre"])),
        Col(["fin_validite"], "date", g.days_iso(2025, 2026), P, "when a named person's permit ends"),
    ]
    return dict(layer=g.rng.choice(["stationnement_residents", "ABONNES_RESIDENTS"]),
                geometry_kind="residents' homes", geometry_type="Point", geometry=g.points(), cols=cols,
                domain="mobility")


def library_members(g):
    people = g.people()
    cols = [
        Col(["num_lecteur", "carte"], "string", g.seq_ids("", 8, 10000000), P, "a reader's card"),
        Col(["lecteur", "nom_prenom"], "string", g.names(people), P, "the reader"),
        Col(["annee_naissance"], "integer", [g.birth(1940, 2018).year for _ in people], P, "a reader's birth year"),
        Col(["retards", "docs_en_retard"], "integer", g.ints(0, 6), P, "a reader's overdue loans"),
        Col(["derniere_visite"], "date", g.days_iso(2024, 2025), P, "a named reader's last visit"),
    ]
    return dict(layer=g.rng.choice(["lecteurs_mediatheque", "ABONNES_BIB"]), geometry_kind="", geometry_type="",
                geometry=None, cols=cols, domain="sports and culture")


def minimal_point(g):
    """A point at a house with one small attribute: the point locates a person."""
    people = g.people()
    which = g.rng.choice(["prenom", "domicile", "initiales"])
    if which == "prenom":
        col = Col(["prenom", "prénom", "PRENOM", "contact_prenom"], "string", [p["given"] for p in people], P,
                  "a first name on a point at a house: the resident is identifiable")
    elif which == "domicile":
        col = Col(["domicile", "adresse_perso", "adr_dom"], "string", [g.address(True) for _ in people], P,
                  "a person's home address")
    else:
        col = Col(["initiales", "occupant"], "string", [f"{p['given'][0]}. {p['surname'][0]}." for p in people], P,
                  "initials of the occupant of a located house")
    cols = [Col(["id"], "integer", list(range(1, g.n + 1))), col]
    layer = g.rng.choice(["visites_domicile", "portage_repas_tournee", "enquete_habitat_indigne",
                          "broyage_vegetaux_rdv", "collecte_encombrants_rdv"])
    return dict(layer=layer, geometry_kind="visited homes", geometry_type="Point", geometry=g.points(),
                cols=cols, domain="social action")


def bulky_waste(g):
    people = g.people()
    cols = [
        Col(["nom_demandeur", "demandeur"], "string", g.names(people), P, "resident who booked"),
        Col(["telephone"], "string", [g.mobile() for _ in people], P, "resident's phone"),
        Col(["date_rdv", "date_passage"], "date", g.days_iso(2025, 2025), P, "a named resident's appointment"),
        Col(["objets", "description"], "string", g.pick(["canapé, matelas", "frigo", "sommier + armoire",
                                                         "lave-linge"]), P, "what a named resident throws away"),
        Col(["adresse_enlevement"], "string", [g.address() for _ in people], P, "resident's address"),
    ]
    return dict(layer=g.rng.choice(["encombrants_rdv", "COLLECTE_ENCOMBRANTS"]), geometry_kind="residents' homes",
                geometry_type="Point", geometry=g.points(), cols=cols, domain="waste")


def grants_individuals(g):
    people = g.people()
    cols = [
        Col(["beneficiaire", "nom_beneficiaire"], "string", g.names(people), P, "an individual grant recipient"),
        Col(["dispositif"], "string", g.pick(["prime vélo électrique", "aide ravalement de façade",
                                              "chèque sport", "bourse BAFA", "aide rénovation énergétique"])),
        Col(["montant_verse", "montant"], "number", g.nums(50, 3000, 0), P, "what a named person received"),
        Col(["date_versement"], "date", g.days_iso(2023, 2025), P, "date a named person was paid"),
        Col(["commune_residence"], "string", [g.commune[0]] * g.n, None),
        Col(["rib_beneficiaire"], "string", [g.iban() for _ in people], P, "a person's bank account"),
    ]
    return dict(layer=g.rng.choice(["aides_particuliers_2024", "PRIMES_VAE", "subventions_particuliers"]),
                geometry_kind="", geometry_type="", geometry=None, cols=cols, domain="associations and grants")


def association_officers(g):
    people = g.people()
    c = g.commune[0]
    cols = [
        Col(["association", "nom_asso"], "string", [a.format(c=c) for a in g.pick(N.ASSOCIATIONS)]),
        Col(["president", "président", "PRESIDENT"], "string", g.names(people), P, "the chair, a natural person"),
        Col(["tel_president", "portable_president"], "string", [g.mobile() for _ in people], P, "chair's mobile"),
        Col(["mail_president"], "string", [g.email(p) for p in people], P, "chair's own e-mail"),
        Col(["adresse_president"], "string", [g.address(True) for _ in people], P, "chair's home"),
    ]
    return dict(layer=g.rng.choice(["annuaire_associations_bureaux", "ASSOS_CONTACTS"]), geometry_kind="",
                geometry_type="", geometry=None, cols=cols, domain="associations and grants")


def free_text_notes(g):
    people = g.people()
    notes = []
    for p in people:
        notes.append(g.rng.choice([
            f"Voir {'Mme' if p['female'] else 'M.'} {p['surname']}, tél {g.mobile()}",
            f"Propriétaire {p['surname'].upper()} prévenu le {g.date_text(g.day(2024, 2025))}",
            f"RDV avec {p['given']} {p['surname']} (riverain)",
            f"Réclamation de {'Mme' if p['female'] else 'M.'} {p['surname'].upper()}, {g.address()}",
        ]))
    cols = [
        Col(["id_intervention", "num"], "string", g.seq_ids("INT-", 5)),
        Col(["type"], "string", g.pick(["nid de poule", "éclairage", "dépôt sauvage", "élagage"])),
        Col(["observations", "commentaire", "remarques", "OBS"], "string", notes, P,
            "free text naming a private person"),
    ]
    return dict(layer=g.rng.choice(["interventions_voirie", "demandes_usagers_services_techniques"]),
                geometry_kind="where the requests were made", geometry_type="Point", geometry=g.points(),
                cols=cols, domain="roads and works")


def social_security(g):
    people = g.people()
    births = [g.birth(1950, 2004) for _ in people]
    cols = [
        Col(["nir", "num_secu", "NIR"], "string", [g.nir(p, b) for p, b in zip(people, births)], P,
            "social security number"),
        Col(["nom"], "string", [p["surname"].upper() for p in people], P, "surname"),
        Col(["prenom"], "string", [p["given"] for p in people], P, "given name"),
        Col(["piece_identite", "num_cni"], "string",
            ["".join(g.rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(9)) for _ in people], P,
            "identity card number"),
        Col(["organisme"], "string", g.pick(["CPAM du Doubs", "MSA Franche-Comté"])),
    ]
    return dict(layer=g.rng.choice(["dossiers_apa", "beneficiaires_rsa_suivi", "pch_instruction"]),
                geometry_kind="", geometry_type="", geometry=None, cols=cols, domain="social action")


def market_traders(g):
    people = g.people()
    cols = [
        Col(["commercant", "titulaire_emplacement"], "string", g.names(people, g.rng.choice(["civ", "upper_first"])),
            P, "a trader named as a private person"),
        Col(["produits"], "string", g.pick(["fruits et légumes", "fromages", "volailles", "miel", "vêtements"])),
        Col(["portable"], "string", [g.mobile() for _ in people], P, "trader's mobile"),
        Col(["metres_lineaires", "ml"], "integer", g.ints(3, 12)),
        Col(["abonne_annuel", "abonnement"], "string", g.pick(["oui", "non"]), P, "a named trader's subscription"),
    ]
    return dict(layer=g.rng.choice(["marche_hebdo_abonnes", "PLACIERS_MARCHE"]), geometry_kind="market stalls",
                geometry_type="Point", geometry=g.points(80), cols=cols, domain="markets")


def tax_relief(g):
    people = g.people()
    cols = [
        Col(["contribuable", "redevable"], "string", g.names(people, "cadastral"), P, "a taxpayer"),
        Col(["invariant", "num_invariant"], "string", [f"{g.rng.randint(10**9, 10**10 - 1)}" for _ in people], P,
            "the identifier of a named person's dwelling in the tax files"),
        Col(["motif_exoneration", "motif"], "string", g.pick(["personne âgée", "handicap", "ASPA", "logement vacant"]),
            P, "why a named person is exempt (may reveal health or income)"),
        Col(["montant_degreve"], "number", g.nums(40, 900), P, "a person's tax relief"),
    ]
    return dict(layer=g.rng.choice(["exonerations_teom", "degrevements_2024"]), geometry_kind="dwellings",
                geometry_type="Polygon", geometry=g.boxes(10, 30), cols=cols, domain="cadastre")


def firearm_hunters(g):
    people = g.people()
    cols = [
        Col(["chasseur", "nom"], "string", g.names(people), P, "a hunter"),
        Col(["num_permis", "permis"], "string", [f"{g.commune[1][:2]}-{g.rng.randint(10**5, 10**6 - 1)}"
                                                 for _ in people], P, "a hunter's licence number"),
        Col(["poste", "num_poste"], "integer", list(range(1, g.n + 1))),
    ]
    return dict(layer=g.rng.choice(["postes_battue", "ACCA_POSTES"]), geometry_kind="hunting posts",
                geometry_type="Point", geometry=g.points(2500), cols=cols, domain="environment")


def private_connections(g):
    people = g.people()
    cols = [
        Col(["id_branchement", "num_brcht"], "string", g.seq_ids("BR", 5)),
        Col(["abonne", "proprietaire", "usager"], "string", g.names(people), P, "the connected household"),
        Col(["diametre"], "integer", g.pick([25, 32, 40])),
        Col(["date_pose"], "date", g.days_iso(1975, 2024)),
        Col(["conforme_controle", "conformite_eu"], "string", g.pick(["oui", "non - eaux pluviales raccordées",
                                                                       "non - inversion EU/EP"]), P,
            "the compliance verdict on one identifiable home's connection"),
        Col(["adresse_raccordee"], "string", [g.address() for _ in people], P, "the household's address"),
    ]
    return dict(layer=g.rng.choice(["branchements_particuliers", "BRANCHEMENTS_EU", "raccordements_abonnes"]),
                geometry_kind="service pipes from the main to each house", geometry_type="LineString",
                geometry=g.lines(5, 25, 900), cols=cols, domain="water and sanitation")


def farm_hedges(g):
    people = g.people()
    cols = [
        Col(["exploitant", "agriculteur", "beneficiaire"], "string",
            g.names(people, g.rng.choice(["civ", "upper_first", "cadastral"])), P,
            "a farmer named as a private person"),
        Col(["lineaire_m", "longueur"], "integer", g.ints(40, 900)),
        Col(["essences"], "string", g.pick(["charme, noisetier, érable champêtre", "aubépine, prunellier",
                                            "haie bocagère mixte"])),
        Col(["aide_plantation", "montant_aide"], "number", g.nums(200, 4500, 0), P, "aid paid to a named farmer"),
        Col(["annee_plantation"], "integer", g.pick([2021, 2022, 2023, 2024])),
        Col(["tel_exploitant"], "string", [g.mobile() for _ in people], P, "the farmer's mobile"),
    ]
    return dict(layer=g.rng.choice(["haies_plantees_exploitants", "PLANTATION_HAIES", "bocage_plantations"]),
                geometry_kind="hedges planted on farms", geometry_type="LineString", geometry=g.lines(40, 400, 3000),
                cols=cols, domain="environment")


def easements(g):
    owners = g.people()
    cols = [
        Col(["fonds_servant", "proprietaire_servant"], "string", g.names(owners, "cadastral"), P,
            "the owner of the burdened land"),
        Col(["fonds_dominant", "beneficiaire"], "string", g.names(g.people(), "cadastral"), P,
            "the owner who benefits"),
        Col(["nature_servitude", "type"], "string", g.pick(["passage", "passage de canalisation", "tour d'échelle",
                                                            "écoulement des eaux"])),
        Col(["date_acte"], "date", g.days_iso(1980, 2024), P, "date of a deed between named owners"),
        Col(["notaire"], "string", g.pick(["Me Faivre, Morteau", "SCP Jeannin-Besson", "Office notarial du Saugeais"])),
    ]
    return dict(layer=g.rng.choice(["servitudes_privees", "SERVITUDES_PASSAGE"]),
                geometry_kind="private rights of way", geometry_type="LineString", geometry=g.lines(10, 80, 900),
                cols=cols, domain="urbanism")


KINDS = [cadastre_owners, dvf_mutations, civil_status, cemetery, school_enrolment, canteen_billing, ccas_aid,
         social_housing, tenants, electoral_roll, waste_fee, spanc, water_subscribers, building_permits, dia,
         room_bookings, bike_rental, school_transport, staff, elected, impound, nest_reports, complaints,
         furnished_lets, childminders, allotments, vulnerable_register, dangerous_dogs, firewood,
         address_certificates, resident_parking, library_members, minimal_point, bulky_waste, grants_individuals,
         association_officers, free_text_notes, social_security, market_traders, tax_relief, firearm_hunters,
         private_connections, farm_hedges, easements]

