"""Labelled corpus for the personal-data guard: columns of French local-authority layers.

Run from the repository root (deterministic: the same files every time)::

    python tests/data/rgpd_corpus/generate.py

Each case is one layer: the column under judgement, sometimes its neighbours, the layer's
geometry (Lambert-93 or WGS84 coordinates, or none for a table) and the organisation that
publishes it (the record's contact). Its label says whether the column holds personal data
and why, from the rules in README.md, written before the detector was tuned.

The split between the tuning part (tuning.json) and the held-out part (heldout.json) is fixed
by a hash of the case id, so it does not move when cases are added; tuning tests never read
heldout.json. Everything here is invented: names come from lists written for this file (common
French surnames and given names, with rarer ones the detector's own lists may not know), phone
numbers from the ranges ARCEP keeps for fiction (06 39 98, 03 53 73...), except the published
switchboards of the organisations, which are not personal.
"""
from __future__ import annotations

import hashlib
import json
import math
import os
import random
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 20250612
HELD_OUT_PERCENT = 35


def held_out(case_id: str) -> bool:
    return int(hashlib.sha256(case_id.encode()).hexdigest(), 16) % 100 < HELD_OUT_PERCENT


# --------------------------------------------------------------------------- vocabulary of the corpus

FIRST_F = ["Marie", "Jeanne", "Monique", "Françoise", "Nathalie", "Isabelle", "Sylvie", "Catherine",
           "Christine", "Martine", "Sophie", "Sandrine", "Valérie", "Céline", "Stéphanie", "Julie", "Aurélie",
           "Camille", "Léa", "Manon", "Chloé", "Emma", "Jade", "Louise", "Alice", "Inès", "Lina", "Zoé",
           "Anaïs", "Élodie", "Émilie", "Laura", "Pauline", "Mathilde", "Claire", "Hélène", "Brigitte",
           "Danielle", "Colette", "Simone", "Yvette", "Odette", "Paulette", "Ginette", "Germaine", "Marcelle",
           "Huguette", "Josiane", "Chantal", "Nadine", "Patricia", "Véronique", "Corinne", "Karine", "Fatima",
           "Aïcha", "Samira", "Nadia", "Leïla", "Yasmine", "Amina", "Aminata", "Fatoumata", "Mariam", "Awa",
           "Ana", "Maria", "Carla", "Lucia", "Linh", "Gwenaëlle", "Tiphaine", "Perrine", "Oriane", "Maëlys",
           "Soumaya", "Clémence", "Margaux", "Capucine", "Apolline", "Ambre", "Romane", "Agathe", "Héloïse",
           "Bérénice", "Ludivine", "Séverine", "Solène", "Marine", "Justine", "Océane", "Morgane", "Nolwenn",
           "Annick", "Josette", "Renée", "Lucienne", "Raymonde", "Arlette", "Fernande", "Marie-Claire",
           "Marie-Thérèse", "Anne-Sophie", "Marie-Christine", "Rose", "Mila", "Ambroisine", "Eulalie"]
FIRST_M = ["Jean", "Pierre", "Michel", "André", "Philippe", "Alain", "Bernard", "Jacques", "Daniel",
           "Patrick", "Christian", "Nicolas", "Laurent", "Éric", "Frédéric", "Stéphane", "David", "Thierry",
           "Pascal", "Olivier", "Sébastien", "Julien", "Christophe", "Vincent", "François", "Thomas",
           "Alexandre", "Guillaume", "Maxime", "Antoine", "Romain", "Kévin", "Lucas", "Hugo", "Louis",
           "Gabriel", "Arthur", "Jules", "Raphaël", "Léo", "Nathan", "Ethan", "Noah", "Adam", "Mohamed",
           "Ahmed", "Karim", "Rachid", "Mehdi", "Youssef", "Bilal", "Ilyes", "Moussa", "Mamadou", "Ibrahima",
           "Oumar", "João", "José", "Manuel", "Antonio", "Paulo", "Minh", "Tuan", "Mustafa", "Mehmet", "Yann",
           "Gwénaël", "Erwan", "Loïc", "Anatole", "Aurèle", "Zbigniew", "Marcel", "René", "Roger", "Gérard",
           "Claude", "Robert", "Henri", "Lucien", "Raymond", "Maurice", "Georges", "Fernand", "Albert",
           "Gilbert", "Serge", "Jean-Pierre", "Jean-Claude", "Jean-Marc", "Jean-Luc", "Jean-François",
           "Marc-Antoine", "Pierre-Yves", "Timéo", "Sacha", "Evariste", "Wenceslas"]
SURNAMES = ["Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy",
            "Moreau", "Simon", "Laurent", "Lefebvre", "Michel", "Garcia", "David", "Bertrand", "Roux",
            "Vincent", "Fournier", "Morel", "Girard", "André", "Mercier", "Dupont", "Lambert", "Bonnet",
            "François", "Martinez", "Legrand", "Garnier", "Faure", "Rousseau", "Blanc", "Guérin", "Muller",
            "Henry", "Roussel", "Nicolas", "Perrin", "Morin", "Mathieu", "Clément", "Gauthier", "Dumont",
            "Lopez", "Fontaine", "Chevalier", "Robin", "Masson", "Vuillemin", "Jeannin", "Cuenot", "Grosjean",
            "Faivre", "Cretin", "Jacquot", "Vernier", "Cuinet", "Bouveret", "Girardot", "Mougin", "Parrenin",
            "Pheulpin", "Tissot", "Simonin", "Nicod", "Jeanningros", "Courvoisier", "Droz", "Huguenin",
            "Pourcelot", "Boillot", "Cattin", "Tournier", "Billod", "Grappe", "Sauvageot", "Nappey", "Jouffroy",
            "Quenot", "Marguet", "Bourdenet", "Monnot", "Pernot", "Vermot", "Guyon", "Bailly", "Prost", "Bonnot",
            "Chopard", "Bole", "Renaud", "Nguyen", "Tran", "Diallo", "Traoré", "Diop", "N'Diaye", "Camara",
            "Benali", "Haddad", "Mansouri", "Belkacem", "Bouaziz", "Da Silva", "Dos Santos", "Pereira",
            "Ferreira", "Rodrigues", "Yilmaz", "Kaya", "Demir", "Rossi", "Ferrari", "Kowalski", "Nowak",
            "Le Gall", "Le Goff", "Le Bihan", "Kerbrat", "De La Fontaine", "Du Pasquier", "Ben Salah",
            "El Amrani", "Lévêque", "Lefèvre-Martin", "Aubry-Vuillemin", "Poinsot", "Trouttet", "Guillemin",
            "Maire", "Roy", "Colin", "Cordier", "Jacquemin", "Bouhelier", "Saillard", "Vieille", "Mairot"]
TOWNS = [("25000", "Besançon"), ("39100", "Dole"), ("25300", "Pontarlier"), ("25200", "Montbéliard"),
         ("39000", "Lons-le-Saunier"), ("70000", "Vesoul"), ("25290", "Ornans"), ("25410", "Saint-Vit"),
         ("39600", "Arbois"), ("39300", "Champagnole"), ("25500", "Morteau"), ("25110", "Baume-les-Dames"),
         ("25440", "Quingey"), ("25400", "Audincourt"), ("70400", "Héricourt"), ("70100", "Gray"),
         ("90000", "Belfort"), ("25480", "École-Valentin"), ("25660", "Fontain"), ("39380", "Mont-sous-Vaudrey")]
STREETS = ["rue des Lilas", "Grande Rue", "rue de la Mairie", "chemin des Prés", "rue du Moulin",
           "impasse des Vignes", "route de Dole", "rue Pasteur", "place de l'Église", "rue de la Loue",
           "rue du Lavoir", "chemin de la Croix Blanche", "allée des Cerisiers", "rue de Belfort",
           "avenue de la Gare", "rue des Jardins", "lotissement Les Vergers", "rue du Stade", "rue des Écoles",
           "chemin du Bois", "rue de Vesoul", "rue Victor Hugo", "rue Jean Jaurès", "rue Charles Nodier",
           "route de Besançon", "rue de la Fontaine", "impasse du Château", "rue des Tilleuls"]
LIEUX_DITS = ["Les Grands Champs", "Sous la Roche", "Le Bois Joli", "Champ Martin", "Pré Robert",
              "La Combe aux Loups", "Les Vernes", "En Chaillot", "Sur le Mont", "La Corvée", "Les Épinettes",
              "Le Clos Saint-Pierre", "Creux de Vau", "Les Longs Champs", "Bois Guillaume", "La Croix Jean"]
COMMUNES = ["Saint-Vit", "Villers-Robert", "Pontarlier", "Mont-sous-Vaudrey", "Dampierre-les-Bois",
            "Pierre-de-Bresse", "Fontaine-Française", "Granges-Narboz", "Roche-lez-Beaupré", "Charquemont",
            "Colombier-Fontaine", "Maîche", "Gevry", "Villers-Farlay", "Saint-Claude", "Champagnole",
            "Montbéliard", "Ornans", "Quingey", "Levier", "Mouthe", "Jougne", "Étalans", "Valdahon",
            "Saint-Hippolyte", "Sancey", "Rougemont", "Marnay", "Gy", "Jussey", "Luxeuil-les-Bains",
            "Clerval", "Beaucourt", "Delle", "Grandvillars", "Saint-Amour", "Arinthod", "Moirans-en-Montagne"]
WEBMAIL = ["gmail.com", "orange.fr", "wanadoo.fr", "free.fr", "laposte.net", "hotmail.fr", "yahoo.fr",
           "sfr.fr", "outlook.fr", "icloud.com", "neuf.fr", "live.fr"]

#: Organisations that publish the layers: (name, contact e-mail, switchboard). Their switchboards are
#: public numbers of organisations (the issue quotes the first).
ORGANISATIONS = [
    ("Ville de Besançon", "sig@besancon.fr", "03 81 61 50 50"),
    ("Grand Besançon Métropole", "geomatique@grandbesancon.fr", "03 81 65 07 00"),
    ("Commune de Saint-Vit", "mairie@saint-vit.fr", "03 81 87 40 40"),
    ("Ville de Dole", "sig@doledujura.fr", "03 84 79 79 79"),
    ("Ville de Pontarlier", "urbanisme@ville-pontarlier.fr", "03 81 38 81 00"),
    ("Département du Doubs", "sig@doubs.fr", "03 81 25 81 25"),
    ("Département du Jura", "geomatique@jura.fr", "03 84 87 33 00"),
    ("Communauté de communes Loue-Lison", "contact@ccloue-lison.fr", "03 81 57 81 10"),
    ("Commune d'Ornans", "accueil@ornans.fr", "03 81 62 21 50"),
    ("Ville de Lons-le-Saunier", "sig@lonslesaunier.fr", "03 84 47 29 16"),
    ("Commune de Chenecey-Buillon", "mairie.chenecey-buillon@orange.fr", "03 81 57 30 12"),
    ("Pays de Montbéliard Agglomération", "sig@agglo-montbeliard.fr", "03 81 31 88 88"),
]
ORG_DOMAINS_SERVICES = ["urbanisme", "sig", "accueil", "contact", "mairie", "technique", "services.techniques",
                        "etat-civil", "population", "environnement", "eau", "assainissement", "voirie",
                        "culture", "sports", "jeunesse", "ccas", "communication", "secretariat", "dgs",
                        "police.municipale", "cadastre", "archives", "mediatheque", "piscine", "camping",
                        "tourisme", "periscolaire", "restauration.scolaire", "relais.petite.enfance",
                        "dechets", "espaces.verts", "batiments", "foncier", "habitat", "elections",
                        "cimetiere", "marches.publics", "ads", "reservation.salles"]

OWNER_ORGS = ["COMMUNE DE BESANCON", "COMMUNE D ORNANS", "VILLE DE DOLE", "DEPARTEMENT DU DOUBS",
              "DEPARTEMENT DU JURA", "REGION BOURGOGNE FRANCHE COMTE", "ETAT MINISTERE DE L AGRICULTURE",
              "SCI LES TILLEULS", "SCI DU MOULIN", "SCI MARTIN ET FILS", "SARL BATI JURA",
              "SAS FROMAGERIE DU HAUT DOUBS", "GAEC DES PRES", "GAEC DE LA COMBE", "EARL DU CHATEAU",
              "GFA DES ROCHES", "NEOLIA", "HABITAT 25", "GRAND BESANCON METROPOLE", "SNCF RESEAU", "ENEDIS",
              "EDF", "SYNDICAT DES EAUX DE LA HAUTE LOUE", "ASSOCIATION DIOCESAINE DE BESANCON",
              "COPROPRIETE RESIDENCE LES CEDRES", "OFFICE NATIONAL DES FORETS",
              "CONSERVATOIRE D ESPACES NATURELS", "CENTRE HOSPITALIER DE PONTARLIER",
              "SAFER BOURGOGNE FRANCHE COMTE", "COMMUNAUTE DE COMMUNES DU VAL DE MORTEAU", "SEM SEDIA",
              "OPH DU JURA", "FABRIQUE DE L EGLISE SAINT PIERRE", "SCEA DES GRANDS CHAMPS",
              "SA D HLM LE FOYER JURASSIEN", "COMMUNE DE SAINT VIT", "SECTION DE COMMUNE DE LAVANS"]
OWNER_ORGS_TITLE = ["Commune de Saint-Vit", "SCI Les Tilleuls", "Néolia", "Département du Doubs",
                    "Ville de Besançon", "GAEC du Haut-Doubs", "Habitat 25", "SNCF Réseau", "État",
                    "Office national des forêts", "Grand Besançon Métropole", "SCI Martin et Fils",
                    "Syndicat mixte du Dessoubre", "Association Les Amis du Vieux Dole", "Paroisse Saint-Jean"]
NETWORK_OPERATORS = ["ENEDIS", "GRDF", "ORANGE", "SAUR", "VEOLIA EAU", "SUEZ EAU FRANCE", "SYDED",
                     "SIEVA", "GAZ ET EAUX", "Syndicat intercommunal des eaux de la Haute-Loue",
                     "Régie municipale des eaux", "Commune", "Grand Besançon Métropole"]
COMPANIES = ["EIFFAGE ROUTE CENTRE EST", "COLAS FRANCE", "SAUR", "VEOLIA EAU", "ENEDIS", "MARTIN TP SARL",
             "GARAGE PERRIN SAS", "ETS GIRARD ET FILS", "Boulangerie Martin", "Pharmacie du Centre",
             "Menuiserie Faivre", "SOGEA EST", "SPIE CITYNETWORKS", "Transports Mougin", "Cabinet Géomètre Droz",
             "Bureau d'études Vuillemin Ingénierie", "SAS Jeannin Paysages", "Pompes funèbres Cretin",
             "Électricité Roy et Associés", "Carrosserie Jacquot", "Fromagerie Marguet", "Hôtel de la Loue",
             "Camping Les Rives", "Crédit Agricole Franche-Comté", "La Poste", "Intermarché Ornans"]
EQUIPMENT_NAMES = ["Gymnase Jean Moulin", "École élémentaire Victor Hugo", "Groupe scolaire Jules Ferry",
                   "Collège Louis Pasteur", "Lycée Louis Pergaud", "Stade Léo Lagrange",
                   "Médiathèque Pierre Bayle",
                   "EHPAD Marie-Louise", "Salle Jean Jaurès", "Piscine Mallarmé",
                   "Complexe sportif Pierre de Coubertin", "Maison de quartier Simone Veil", "Crèche Françoise Dolto",
                   "École maternelle Marie Curie", "Conservatoire Jacques Brel", "Théâtre Ledoux", "Musée Courbet",
                   "Espace Georges Brassens", "Centre social Albert Camus", "Gymnase Marcel Cerdan",
                   "Salle Pierre Mendès France", "Mairie", "Cimetière Saint-Claude", "Église Saint-Pierre",
                   "Chapelle Notre-Dame", "Salle des fêtes", "Bibliothèque municipale", "Caserne Vauban",
                   "Stade Paul Bouveret", "Gymnase René Vuillemin", "Salle Jeanne Cuenot", "Micro-crèche Les Lutins",
                   "Terrain de football", "Déchetterie", "Station d'épuration", "Office de tourisme"]
STREET_NAMES = ["Rue Victor Hugo", "Avenue Jean Jaurès", "Place Charles de Gaulle", "Allée Simone Veil",
                "Boulevard Léon Blum", "Rue Pasteur", "Rue du Général Leclerc", "Impasse des Lilas",
                "Chemin de la Croix Blanche", "Rue Jean Moulin", "Quai Vauban", "Rue Marie Curie",
                "Rue Louis Aragon", "Avenue du Maréchal Foch", "Rue Georges Clemenceau", "Rue Émile Zola",
                "Rue Jules Ferry", "Place Jean Cornet", "Rue Pierre Vernier", "Grande Rue", "Rue du Moulin",
                "Chemin des Vignes", "Rue de la Gare", "Route de Dole", "Rue Xavier Marmier", "Rue Claude Goudimel",
                "Rue Charles Nodier", "Rue Gustave Courbet", "Avenue Georges Pompidou", "Rue Anne Frank"]
FANTOIR_NAMES = ["VICTOR HUGO", "JEAN JAURES", "CHARLES DE GAULLE", "DES LILAS", "DU MOULIN", "PASTEUR",
                 "GENERAL LECLERC", "DE LA GARE", "DES ECOLES", "JEAN MOULIN", "MARIE CURIE", "EMILE ZOLA",
                 "DES VIGNES", "DE DOLE", "DU STADE", "GEORGES CLEMENCEAU", "DES TILLEULS", "DE L EGLISE",
                 "XAVIER MARMIER", "DES PRES", "DU CHATEAU", "CHARLES NODIER", "DE LA LOUE", "DES JARDINS"]
RESIDENCES = ["Résidence Marie Curie", "Les Jardins de Sophie", "Résidence Victor Hugo", "Les Tilleuls",
              "Résidence du Parc", "Le Clos Saint-Jean", "Les Hauts de Chazal", "Résidence Pierre Loti",
              "Cité Jean Jaurès", "Les Terrasses de la Loue", "Résidence Louise Michel", "Le Hameau des Vignes"]
SERVICES = ["Service des sports", "Direction de l'eau et de l'assainissement", "Pôle aménagement",
            "Mairie de Dole – service urbanisme", "Service des espaces verts", "Direction du patrimoine bâti",
            "Service voirie", "Centre technique municipal", "Direction de la culture", "Service état civil",
            "Secrétariat de mairie", "Service SIG", "Direction des systèmes d'information", "Service ADS",
            "Pôle petite enfance", "Service des cimetières", "Direction de l'éducation", "Régie des eaux"]
TREES = [("Platanus x acerifolia", "Platane commun"), ("Tilia cordata", "Tilleul à petites feuilles"),
         ("Acer pseudoplatanus", "Érable sycomore"), ("Quercus robur", "Chêne pédonculé"),
         ("Carpinus betulus", "Charme commun"), ("Fraxinus excelsior", "Frêne commun"),
         ("Aesculus hippocastanum", "Marronnier d'Inde"), ("Betula pendula", "Bouleau verruqueux"),
         ("Prunus avium", "Merisier"), ("Robinia pseudoacacia", "Robinier faux-acacia"),
         ("Acer platanoides", "Érable plane"), ("Pinus sylvestris", "Pin sylvestre"),
         ("Sophora japonica", "Sophora du Japon"), ("Liquidambar styraciflua", "Copalme d'Amérique")]
EVENTS = ["Fête de la musique", "Marché de Noël", "Foire comtoise", "Trail des Forts", "Brocante de printemps",
          "Festival des Mômes", "Journées du patrimoine", "Fête patronale de la Saint-Vincent", "Concert d'été",
          "Cinéma en plein air", "Course des Rois", "Salon du livre", "Carnaval des écoles", "Feu d'artifice"]
EVENT_ORGANISERS = ["Comité des fêtes de Quingey", "Ville de Besançon", "Office de tourisme du Pays d'Ornans",
                    "Association Les Amis du Vieux Dole", "Amicale des sapeurs-pompiers", "Harmonie municipale",
                    "Association sportive de Morteau", "MJC Palente", "Foyer rural de Levier", "Club de l'amitié"]

TECHNICAL_REMARKS = [
    "Fuite réparée en 2019", "Candélabre remplacé suite à accident", "Toiture refaite en 2021",
    "Regard à dégager, encombré de terre", "Contrôle SPANC conforme", "Arbre à surveiller (champignon au collet)",
    "Accès PMR à prévoir", "RAS", "Travaux prévus au budget 2025", "Devant l'école Jules Ferry",
    "Borne déplacée lors de l'aménagement de la place Jean Jaurès", "Conduite en fonte grise, casses fréquentes",
    "Monument en bon état", "Concession à reprendre (procédure d'abandon engagée)", "Élagage réalisé en mars",
    "Zone inondable (PPRi Doubs central)", "Servitude de passage au profit de la parcelle AB 123",
    "Bâtiment classé monument historique", "Éclairage à LED depuis 2022", "Chaussée déformée sur 30 m",
    "Point d'apport volontaire vidé le lundi", "Ancienne école transformée en salle associative",
    "Parcelle en friche", "Dossier transmis à la DDT le 12/03/2024", "Avis favorable de l'ABF",
    "Hydrant non conforme, débit insuffisant", "Stationnement réservé aux véhicules électriques",
    "Voir plan de récolement du lotissement Les Vergers", "Contrôle de conformité à programmer",
    "Réseau unitaire, déversoir d'orage en aval", "Pelouse semée en 2023, arrosage automatique",
    "Passage du Tour de France en 2022", "Horaires d'été : 9 h - 19 h",
    "Déclaration préalable accordée tacitement",
    "Parking saturé le jour du marché", "Rue Pierre Vernier barrée pendant les travaux",
    "Contacter l'accueil de la mairie au 03 81 61 50 50", "Renseignements : urbanisme@besancon.fr",
    "Salle louée aux associations le week-end", "Concession perpétuelle", "Tombe ancienne sans inscription lisible"]
PEOPLE_REMARKS = [
    "M. {Last}, tél {mobile}", "Appel de Mme {Last} le {date}", "Vu avec {First} {LAST} sur place",
    "Propriétaire (M {LAST}) absent lors du passage", "Courrier envoyé à la famille {Last}",
    "Réclamation de Madame {Last} au sujet du bruit", "Renouvellement demandé par {First} {LAST}",
    "Ayant droit : {First} {LAST}, fils du titulaire", "RDV avec le pétitionnaire M. {Last} le {date}",
    "Signalé par un riverain, {First} {Last}, joignable au {mobile}", "Locataire : Mme {LAST} {First}",
    "Inhumation de {First} {LAST} le {date}", "Contact : {first}.{last}@{webmail}",
    "Pièces complémentaires demandées à M. {Last}", "Arbre tombé chez M. et Mme {LAST}",
    "Demande de {First} {LAST} pour un abaissement de trottoir", "Permis transféré à Mme {Last}"]


def _ascii(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")


def _upper(text: str) -> str:
    return _ascii(text).upper().replace("'", " ").replace("-", " ")


# --------------------------------------------------------------------------- value makers

class Values:
    """Value generators; every one draws from the case's own random generator."""

    def __init__(self, rng: random.Random, organisation):
        self.rng = rng
        self.organisation = organisation

    # people
    def person(self):
        rng = self.rng
        woman = rng.random() < 0.5
        return rng.choice(FIRST_F if woman else FIRST_M), rng.choice(SURNAMES), woman

    def person_name(self, style: str) -> str:
        rng = self.rng
        first, last, woman = self.person()
        second = rng.choice(FIRST_F if woman else FIRST_M)
        up_first, up_last = _upper(first), _upper(last)
        if style == "cadastral":
            return f"{up_last} {up_first}" + (f" {_upper(second)}" if rng.random() < 0.3 else "")
        if style == "majic":
            return f"{up_last}/{up_first}" + (f" {_upper(second)}" if rng.random() < 0.3 else "")
        if style == "cadastral_civility":
            if woman and rng.random() < 0.5:
                return f"MME {up_last} NEE {_upper(rng.choice(SURNAMES))} {up_first}"
            return f"{'MME' if woman else 'M'} {up_last} {up_first}"
        if style == "first_LAST":
            return f"{first} {last.upper()}"
        if style == "LAST_first":
            return f"{last.upper()} {first}"
        if style == "title":
            return f"{first} {last}"
        if style == "title_reversed":
            return f"{last} {first}"
        if style == "initial":
            return rng.choice([f"{first[0]}. {last.upper()}", f"{last.upper()} {first[0]}.", f"{last} {first[0]}."])
        if style == "civility":
            return rng.choice([f"{'Mme' if woman else 'M.'} {last}", f"{'Mme' if woman else 'M.'} {last.upper()}",
                               f"{'Madame' if woman else 'Monsieur'} {last.upper()} {first}",
                               f"{'Mme' if woman else 'M.'} {first} {last.upper()}"])
        if style == "family":
            return rng.choice([f"M. et Mme {last.upper()}", f"Famille {last.upper()}", f"Consorts {last.upper()}",
                               f"Indivision {last.upper()}-{_upper(rng.choice(SURNAMES))}",
                               f"Succession {last.upper()}", f"M. et Mme {last} {first}"])
        if style == "deceased":
            born = rng.randrange(1905, 1960)
            return rng.choice([f"{last.upper()} {first} ({born}-{born + rng.randrange(40, 95)})",
                               f"{last.upper()} {first}", f"Veuve {last.upper()} née {_upper(rng.choice(SURNAMES))}",
                               f"{first} {last.upper()}"])
        raise ValueError(style)

    def person_names(self, n, styles, organisations=0.0, orgs=OWNER_ORGS):
        return [self.rng.choice(orgs) if self.rng.random() < organisations
                else self.person_name(self.rng.choice(styles)) for _ in range(n)]

    def surname(self, upper):
        last = self.rng.choice(SURNAMES)
        return last.upper() if upper else last

    def first_name(self, style):
        rng = self.rng
        first = rng.choice(FIRST_F + FIRST_M)
        if style == "upper":
            return _upper(first) if "-" not in first else _ascii(first).upper()
        if style == "two":
            return f"{first} {rng.choice(FIRST_F + FIRST_M)}"
        return first

    # addresses
    def address(self, style="full"):
        rng = self.rng
        number = rng.randrange(1, 80)
        suffix = rng.choice(["", "", "", "", " bis", "B", " ter"])
        street = rng.choice(STREETS)
        postcode, town = rng.choice(TOWNS)
        if style == "full":
            return f"{number}{suffix} {street} {postcode} {town}"
        if style == "street":
            return f"{number}{suffix} {street}"
        if style == "comma":
            return f"{number}{suffix}, {street}, {postcode} {town}"
        if style == "cadastral":
            return rng.choice([f"{number} {_upper(street)}", f"{number}{suffix.strip()} {_upper(street)} "
                               f"{postcode} {_upper(town)}", f"LD {_upper(rng.choice(LIEUX_DITS))}"])
        raise ValueError(style)

    def addresses(self, n, styles):
        return [self.address(self.rng.choice(styles)) for _ in range(n)]

    # contacts
    def mobile(self, style=None):
        rng = self.rng
        digits = f"0639 98{rng.randrange(100):02d}{rng.randrange(100):02d}".replace(" ", "")
        return self.format_phone(digits, style)

    def landline(self, style=None, prefix=None):
        rng = self.rng
        head = prefix or rng.choice(["035373", "019900", "026191", "046571", "053649"])
        digits = head + "".join(f"{rng.randrange(10)}" for _ in range(10 - len(head)))
        return self.format_phone(digits, style)

    def format_phone(self, digits, style=None):
        style = style or self.rng.choice(["spaces", "spaces", "dots", "compact", "intl", "dashes"])
        pairs = [digits[i:i + 2] for i in range(0, 10, 2)]
        if style == "spaces":
            return " ".join(pairs)
        if style == "dots":
            return ".".join(pairs)
        if style == "dashes":
            return "-".join(pairs)
        if style == "compact":
            return digits
        return "+33 " + digits[1] + " " + " ".join(pairs[1:])

    def personal_email(self, professional_domain=None):
        rng = self.rng
        first, last, _ = self.person()
        f, l_ = _ascii(first).lower().replace(" ", "-"), _ascii(last).lower().replace(" ", "").replace("'", "")
        domain = professional_domain or rng.choice(WEBMAIL)
        pattern = rng.choice(["{f}.{l}", "{i}.{l}", "{l}.{f}", "{f}{l}{n}", "{f}{n}", "{l}{i}", "famille.{l}",
                              "{f}.{l}{n}", "{i}{l}"])
        if professional_domain:
            pattern = rng.choice(["{f}.{l}", "{i}.{l}", "{i}{l}"])
        local = pattern.format(f=f, l=l_, i=f[0], n=rng.randrange(1, 99))
        return f"{local}@{domain}"

    def org_domain(self):
        email = self.organisation[1]
        domain = email.split("@")[1]
        return None if domain in WEBMAIL else domain

    def service_email(self, domain=None):
        rng = self.rng
        domain = domain or self.org_domain() or rng.choice(["besancon.fr", "doubs.fr", "grandbesancon.fr"])
        return f"{rng.choice(ORG_DOMAINS_SERVICES)}@{domain}"

    def school_email(self):
        return f"ce.0{self.rng.choice(['25', '39', '70', '90'])}{self.rng.randrange(1000, 9999)}" \
               f"{self.rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}@ac-besancon.fr"

    # identifiers
    def nir(self, spaced):
        rng = self.rng
        sex = rng.choice("12")
        year, month = rng.randrange(30, 99), rng.randrange(1, 13)
        dept = rng.choice(["25", "39", "70", "90", "75", "2A", "69", "21"])
        commune, order = rng.randrange(1, 999), rng.randrange(1, 999)
        body = f"{sex}{year:02d}{month:02d}{dept}{commune:03d}{order:03d}"
        key = 97 - int(body.replace("2A", "19").replace("2B", "18")) % 97
        text = f"{body}{key:02d}"
        if spaced:
            return f"{text[0]} {text[1:3]} {text[3:5]} {text[5:7]} {text[7:10]} {text[10:13]} {text[13:]}"
        return text

    def iban(self, spaced):
        rng = self.rng
        bban = f"{rng.choice(['30002', '20041', '10278', '30003', '16807', '12506'])}" \
               f"{rng.randrange(10000):05d}{rng.randrange(10**10):010d}{rng.choice('ABCDEFGHJK0123456789')}" \
               f"{rng.randrange(100):02d}"
        digits = "".join(str(int(ch, 36)) for ch in bban + "FR00")
        text = f"FR{98 - int(digits) % 97:02d}{bban}"
        return " ".join(text[i:i + 4] for i in range(0, len(text), 4)) if spaced else text

    def plate(self):
        rng = self.rng
        letters = "ABCDEFGHJKLMNPRSTVWXYZ"
        if rng.random() < 0.85:
            sep = rng.choice(["-", " ", ""])
            return (f"{rng.choice(letters)}{rng.choice(letters)}{sep}{rng.randrange(1, 999):03d}{sep}"
                    f"{rng.choice(letters)}{rng.choice(letters)}")
        return f"{rng.randrange(1, 9999)} {rng.choice(letters)}{rng.choice(letters)} {rng.choice(['25', '39', '70'])}"

    def date(self, first_year, last_year, style):
        rng = self.rng
        year, month, day = rng.randrange(first_year, last_year + 1), rng.randrange(1, 13), rng.randrange(1, 29)
        if style == "iso":
            return f"{year:04d}-{month:02d}-{day:02d}"
        if style == "fr":
            return f"{day:02d}/{month:02d}/{year:04d}"
        raise ValueError(style)

    def remark(self, people_share):
        rng = self.rng
        if rng.random() >= people_share:
            return rng.choice(TECHNICAL_REMARKS)
        first, last, _ = self.person()
        return rng.choice(PEOPLE_REMARKS).format(
            First=first, Last=last, LAST=last.upper(), first=_ascii(first).lower(),
            last=_ascii(last).lower().replace(" ", ""), mobile=self.mobile("spaces"),
            date=self.date(2018, 2024, "fr"), webmail=rng.choice(WEBMAIL))


# --------------------------------------------------------------------------- geometries

class Places:
    """Coordinates in Lambert-93 (metres) around villages of the Doubs and the Jura."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        self.centre = (rng.uniform(900000, 990000), rng.uniform(6640000, 6720000))

    def _around(self, spread):
        x0, y0 = self.centre
        return x0 + self.rng.gauss(0, spread), y0 + self.rng.gauss(0, spread)

    def make(self, kind, n):
        """(geometry_type, coordinates, crs) for ``n`` features of a kind of layer."""
        rng = self.rng
        if kind == "none":
            return "", None, ""
        if kind == "house_points":  # dwellings: a village and its hamlets, metre precision or better
            hamlets = [self._around(900) for _ in range(rng.randrange(1, 4))]
            decimals = rng.choice([2, 2, 1, 3])
            coords = []
            for _ in range(n):
                hx, hy = rng.choice(hamlets)
                coords.append([round(hx + rng.gauss(0, 120), decimals), round(hy + rng.gauss(0, 120), decimals)])
            return "Point", coords, "EPSG:2154"
        if kind == "house_points_wgs84":
            _, coords, _ = self.make("house_points", n)
            return "Point", [[round(6.0 + (x - 930000) / 76000, 6), round(47.2 + (y - 6680000) / 111000, 6)]
                             for x, y in coords], "EPSG:4326"
        if kind == "grave_points":  # a cemetery: graves 3 m apart
            x0, y0 = self._around(500)
            return "Point", [[round(x0 + (i % 12) * 3.2 + rng.uniform(-0.3, 0.3), 2),
                              round(y0 + (i // 12) * 2.6 + rng.uniform(-0.3, 0.3), 2)] for i in range(n)], "EPSG:2154"
        if kind == "equipment_points":  # public buildings of a small town
            return "Point", [[round(v, 2) for v in self._around(700)] for _ in range(n)], "EPSG:2154"
        if kind == "commune_points":  # one point per commune (chef-lieu): kilometres apart
            coords = []
            for i in range(n):
                coords.append([round(880000 + (i % 8) * rng.uniform(4500, 6500) + rng.uniform(-800, 800), 1),
                               round(6630000 + (i // 8) * rng.uniform(4500, 6500) + rng.uniform(-800, 800), 1)])
            return "Point", coords, "EPSG:2154"
        if kind == "grid_points":  # INSEE 200 m grid cells, by their centres
            x0, y0 = (int(c) // 200 * 200 for c in self.centre)
            cells = rng.sample(range(400), n)
            return "Point", [[x0 + (c % 20) * 200 + 100, y0 + (c // 20) * 200 + 100] for c in cells], "EPSG:2154"
        if kind == "parcels":  # cadastral parcels: 15 to 80 m sides, side by side
            x0, y0 = self._around(300)
            boxes, x = [], x0
            for i in range(n):
                width, height = rng.uniform(15, 80), rng.uniform(20, 90)
                row = i // 10
                if i % 10 == 0:
                    x = x0
                y = y0 + row * 95
                boxes.append([round(x, 2), round(y, 2), round(x + width, 2), round(y + height, 2)])
                x += width
            return "Polygon", boxes, "EPSG:2154"
        if kind == "buildings":  # houses: 8 to 20 m
            _, coords, _ = self.make("house_points", n)
            return "Polygon", [[x, y, round(x + rng.uniform(8, 20), 2), round(y + rng.uniform(8, 15), 2)]
                               for x, y in coords], "EPSG:2154"
        if kind == "graves":  # grave plots as polygons
            _, coords, _ = self.make("grave_points", n)
            return "Polygon", [[x, y, round(x + 2.2, 2), round(y + 1.1, 2)] for x, y in coords], "EPSG:2154"
        if kind == "communes":  # communes: several square kilometres each
            _, coords, _ = self.make("commune_points", n)
            return "Polygon", [[x - 2200, y - 2000, x + 2300, y + 2100] for x, y in coords], "EPSG:2154"
        if kind == "zones":  # planning zones, districts: hundreds of metres
            boxes = []
            for _ in range(n):
                x, y = self._around(2500)
                boxes.append([round(x, 1), round(y, 1), round(x + rng.uniform(300, 1500), 1),
                              round(y + rng.uniform(300, 1500), 1)])
            return "Polygon", boxes, "EPSG:2154"
        if kind == "lines":  # network sections
            lines = []
            for _ in range(n):
                x, y = self._around(1200)
                angle, length = rng.uniform(0, 2 * math.pi), rng.uniform(30, 300)
                lines.append([round(x, 2), round(y, 2), round(x + length * math.cos(angle), 2),
                              round(y + length * math.sin(angle), 2)])
            return "LineString", lines, "EPSG:2154"
        raise ValueError(kind)


#: Geometries that place a row on one household or one grave, and those that do not.
LOCATING = ["house_points", "house_points", "buildings", "parcels", "grave_points", "graves", "house_points_wgs84"]
NOT_LOCATING = ["communes", "commune_points", "grid_points", "zones", "lines", "none"]
ANY = LOCATING + NOT_LOCATING
#: Where registers of people are drawn: their homes, their graves, their districts, or nowhere (a table).
PEOPLE_PLACES = ["house_points", "none", "grave_points", "buildings", "zones", "house_points_wgs84", "parcels"]
HOME_PLACES = ["house_points", "none", "buildings", "parcels", "zones", "house_points_wgs84"]


# --------------------------------------------------------------------------- templates
# A template makes cases of one kind: column names it may carry, how its values look, on which
# geometries, and its label. Each returns (columns, types) where columns[0] is under judgement.

def _with_nulls(rng, values, share=0.1):
    return [None if rng.random() < share else v for v in values]


TEMPLATES = []


def template(name, domain, personal, reason, count, columns, geometries, layers):
    def register(make):
        TEMPLATES.append(dict(name=name, domain=domain, personal=personal, reason=reason, count=count,
                              columns=columns, geometries=geometries, layers=layers, make=make))
        return make
    return register


# ---- personal -----------------------------------------------------------------------------------

@template("owner-cadastral", "cadastre", True,
          "propriétaires personnes physiques écrits à la manière du cadastre (NOM PRÉNOMS en capitales)", 18,
          ["NOM_PROPRIETAIRE", "proprio", "nom_prop", "PROPRIETAIRE", "titulaire_compte", "ddenom", "nom_proprio",
           "proprietaires", "NOM_PROP1", "coproprietaire", "PROPRIO_NOM", "titulaire"],
          ["parcels", "parcels", "buildings", "none", "house_points"],
          ["parcelles", "PARCELLES_2024", "cadastre_majic", "locaux", "parcelles_foncier", "ff_2023_parcelles"])
def _owner_cadastral(v, n, column):
    styles = v.rng.choice([["cadastral"], ["majic"], ["cadastral", "cadastral_civility"], ["cadastral", "majic"]])
    return {column: _with_nulls(v.rng, v.person_names(n, styles, organisations=v.rng.choice([0, 0.05, 0.15])))}


@template("owner-title", "cadastre", True, "propriétaires personnes physiques (nom et prénom, casse mixte)", 12,
          ["proprietaire", "nom_proprietaire", "titulaire", "proprio", "nu_proprietaire", "usufruitier",
           "indivisaire", "Propriétaire"],
          ["parcels", "buildings", "none", "house_points"],
          ["parcelles", "biens_communaux_voisins", "foncier_bati", "locaux_vacants"])
def _owner_title(v, n, column):
    styles = v.rng.choice([["title_reversed"], ["title"], ["LAST_first", "initial"], ["family", "title_reversed"],
                           ["civility", "LAST_first"]])
    return {column: _with_nulls(v.rng, v.person_names(n, styles, organisations=v.rng.choice([0, 0.1]),
                                                      orgs=OWNER_ORGS_TITLE))}


@template("surname-role", "cimetière / scolaire / logement", True, "noms de famille de personnes (colonne de rôle)",
          12, ["nom_defunt", "nom_famille", "nom_titulaire", "NOM_USAGE", "nom_eleve", "nom_locataire",
               "NOM_DEFUNT", "nom_demandeur", "patronyme", "nom_naissance"],
          PEOPLE_PLACES, ["concessions", "cimetiere_plan", "inscriptions_scolaires", "logements", "demandes"])
def _surname_role(v, n, column):
    upper = v.rng.random() < 0.6
    return {column: _with_nulls(v.rng, [v.surname(upper) for _ in range(n)])}


@template("surname-located", "cimetière / cadastre", True, "noms de famille sur des tombes ou des maisons localisées",
          8, ["NOM", "nom", "Nom"], ["grave_points", "graves", "house_points", "buildings", "parcels"],
          ["cimetiere", "plan_cimetiere", "maisons", "batiments"])
def _surname_located(v, n, column):
    upper = v.rng.random() < 0.7
    return {column: _with_nulls(v.rng, [v.surname(upper) for _ in range(n)])}


@template("first-name-located", "scolaire / cimetière / habitat", True,
          "prénom seul, mais chaque ligne est localisée sur un logement, une tombe ou une parcelle", 16,
          ["prenom", "PRENOM", "Prenom", "prenoms", "prenom_usage", "Prénom"], LOCATING,
          ["enfants_ramassage", "tombes", "carte_eleves", "foyers", "points_collecte_porte_a_porte", "domiciles"])
def _first_name_located(v, n, column):
    style = v.rng.choice(["title", "title", "upper", "two"])
    return {column: _with_nulls(v.rng, [v.first_name(style) for _ in range(n)])}


@template("first-name-role", "scolaire / cimetière / urbanisme", True,
          "prénom d'une personne désignée par son rôle (élève, défunt, titulaire)", 10,
          ["prenom_enfant", "prenom_eleve", "prenom_defunt", "prenom_titulaire", "prenom_demandeur",
           "prenom_responsable", "prenom_parent", "PRENOM_DEFUNT"], PEOPLE_PLACES,
          ["inscriptions", "cantine", "concessions", "permis", "periscolaire"])
def _first_name_role(v, n, column):
    style = v.rng.choice(["title", "upper"])
    return {column: _with_nulls(v.rng, [v.first_name(style) for _ in range(n)])}


@template("home-address", "scolaire / logement / social", True, "adresse du domicile d'une personne", 14,
          ["domicile", "adresse_perso", "adresse_domicile", "adr_domicile", "ADRESSE_PERSONNELLE",
           "adresse_personnelle", "lieu_domicile", "domicile_parents", "adresse_residence_principale",
           "Domicile"], HOME_PLACES, ["inscriptions", "aide_sociale", "logement", "transport_scolaire", "couche"])
def _home_address(v, n, column):
    styles = v.rng.choice([["full"], ["street"], ["comma", "full"], ["cadastral"]])
    return {column: _with_nulls(v.rng, v.addresses(n, styles))}


@template("role-address", "cadastre / cimetière / urbanisme", True, "adresse d'une personne désignée par son rôle",
          12, ["adresse_titulaire", "adresse_proprietaire", "adresse_demandeur", "adresse_famille",
               "adr_resp_legal", "adresse_locataire", "adresse_abonne", "ADR_PROPRIETAIRE",
               "adresse_petitionnaire", "adresse_defunt", "adresse_parent"], HOME_PLACES,
          ["concessions", "parcelles", "permis", "abonnes", "demandes"])
def _role_address(v, n, column):
    styles = v.rng.choice([["full"], ["street"], ["cadastral"], ["comma"]])
    return {column: _with_nulls(v.rng, v.addresses(n, styles))}


@template("names-role", "tous domaines", True, "personnes désignées par leur rôle (nom et prénom)", 26,
          ["defunt", "inhume", "concessionnaire", "ayant_droit", "locataire", "occupant", "demandeur",
           "petitionnaire", "declarant", "signalant", "eleve", "responsable_legal", "abonne", "beneficiaire",
           "president", "referent", "gardien", "nom_prenom", "identite", "contact_nom", "nom_complet", "personne",
           "representant", "interlocuteur", "adherent", "DEFUNTS", "Titulaire", "NOM_PRENOM"], ANY,
          ["concessions", "logements_sociaux", "permis_construire", "signalements", "associations",
           "inscriptions", "abonnes_eau", "equipements_sportifs"])
def _names_role(v, n, column):
    styles = v.rng.choice([["first_LAST"], ["LAST_first"], ["title"], ["civility"], ["cadastral"],
                           ["deceased"], ["family", "civility"], ["first_LAST", "LAST_first", "civility"],
                           ["title_reversed"], ["initial", "civility"]])
    return {column: _with_nulls(v.rng, v.person_names(n, styles, organisations=v.rng.choice([0, 0, 0.1]),
                                                      orgs=OWNER_ORGS_TITLE))}


@template("names-neutral", "tous domaines", True, "noms et prénoms de personnes dans une colonne au nom neutre", 8,
          ["valeur", "champ_2", "libelle", "info", "texte1", "col3", "designation", "NOM", "nom", "LIB"], ANY,
          ["couche", "export", "table_1", "extraction"])
def _names_neutral(v, n, column):
    styles = v.rng.choice([["first_LAST"], ["LAST_first"], ["cadastral"], ["first_LAST", "LAST_first"],
                           ["majic"]])
    return {column: _with_nulls(v.rng, v.person_names(n, styles))}


@template("email-personal", "tous domaines", True, "adresses électroniques de personnes", 14,
          ["email", "mail", "courriel", "mail_parent", "email_demandeur", "adresse_mail", "e_mail", "mel",
           "courriel_titulaire", "email_contact", "EMAIL", "Courriel"], ANY,
          ["inscriptions", "demandes", "concessions", "abonnes", "signalements", "associations"])
def _email_personal(v, n, column):
    return {column: _with_nulls(v.rng, [v.personal_email() for _ in range(n)], 0.3)}


@template("email-agent", "équipements / services", True,
          "adresses nominatives d'agents (prénom.nom@domaine de la collectivité)", 6,
          ["email_responsable", "mail_referent", "courriel", "email", "contact_mail", "mail_gestionnaire"],
          ["equipment_points", "none", "zones"], ["equipements", "sites", "referents_quartier"])
def _email_agent(v, n, column):
    domain = v.org_domain() or "besancon.fr"
    return {column: [v.personal_email(domain) for _ in range(n)]}


@template("phone-personal", "tous domaines", True, "numéros de téléphone de personnes (portables, domicile)", 14,
          ["telephone", "tel", "portable", "tel_parent", "tel_titulaire", "num_tel", "mobile", "tel_demandeur",
           "tel_domicile", "gsm", "telephone_proprietaire", "TEL", "Téléphone"], ANY,
          ["inscriptions", "concessions", "demandes", "abonnes", "signalements", "couche"])
def _phone_personal(v, n, column):
    mobile_share = v.rng.choice([1.0, 0.7, 0.5, 0.3])
    return {column: _with_nulls(v.rng, [v.mobile() if v.rng.random() < mobile_share else v.landline()
                                        for _ in range(n)], 0.2)}


@template("nir", "social / RH", True, "numéros de sécurité sociale (NIR) à clé valide", 6,
          ["nir", "num_secu", "NUMERO_SS", "no_securite_sociale", "matricule_secu", "identifiant"], ANY,
          ["aide_sociale", "beneficiaires", "couche"])
def _nir(v, n, column):
    spaced = v.rng.random() < 0.5
    return {column: [v.nir(spaced) for _ in range(n)]}


@template("iban", "régies / eau", True, "coordonnées bancaires (IBAN) de personnes", 6,
          ["iban", "rib", "coordonnees_bancaires", "compte_bancaire", "iban_prelevement", "IBAN"], ANY,
          ["abonnes_eau", "cantine", "prelevements"])
def _iban(v, n, column):
    spaced = v.rng.random() < 0.5
    return {column: [v.iban(spaced) for _ in range(n)]}


@template("plate", "police municipale / stationnement", True,
          "plaques d'immatriculation de véhicules de particuliers", 6,
          ["immatriculation", "immat", "plaque", "vehicule_immat", "num_plaque", "IMMAT"],
          ["house_points", "equipment_points", "none", "lines"],
          ["vehicules_ventouses", "macarons_residents", "fourriere"])
def _plate(v, n, column):
    return {column: [v.plate() for _ in range(n)]}


@template("birth-date", "scolaire / cimetière / social", True, "dates de naissance", 8,
          ["date_naissance", "DATE_NAIS", "ddn", "ne_le", "naissance", "dt_naiss", "jdatnss", "date_de_naissance"],
          ANY, ["inscriptions", "concessions", "beneficiaires", "parcelles_proprietaires"])
def _birth_date(v, n, column):
    style = v.rng.choice(["iso", "fr", "date"])
    values = [v.date(1928, 2019, "iso" if style == "date" else style) for _ in range(n)]
    return {column: _with_nulls(v.rng, values)}, {column: "date" if style == "date" else "string"}


@template("birth-year", "scolaire / social", True, "années de naissance de personnes localisées", 3,
          ["annee_naissance", "an_naiss", "ANNEE_NAISSANCE"], ["house_points", "buildings", "none"],
          ["enfants", "beneficiaires", "seniors_isoles"])
def _birth_year(v, n, column):
    return {column: [v.rng.randrange(1925, 2020) for _ in range(n)]}, {column: "integer"}


@template("free-text-people", "tous domaines", True, "texte libre qui nomme ou contacte des personnes", 14,
          ["observations", "remarque", "commentaire", "description", "obs", "suivi", "historique", "notes",
           "complement", "OBSERVATIONS", "remarques", "infos"], ANY,
          ["concessions", "signalements", "interventions", "permis", "eclairage_public", "arbres"])
def _free_text_people(v, n, column):
    share = v.rng.choice([0.6, 0.4, 0.25, 0.15])
    values = _with_nulls(v.rng, [v.remark(share) for _ in range(n)], 0.2)
    if all(value is None or value in TECHNICAL_REMARKS for value in values):
        values[0] = v.remark(1.0)  # the label says people are named: make sure one is
    return {column: values}


@template("address-layer-of-people", "scolaire / eau / logement", True,
          "adresse dans une couche dont chaque ligne est une personne (inscrits, abonnés, demandeurs)", 6,
          ["adresse", "ADRESSE", "adr"], ["house_points", "buildings", "none"],
          ["inscriptions_cantine", "abonnes_eau", "demandeurs_logement", "eleves_transport_scolaire",
           "beneficiaires_portage_repas", "usagers_tad"])
def _address_layer_of_people(v, n, column):
    return {column: _with_nulls(v.rng, v.addresses(n, ["full", "street"]))}


@template("neighbour-names", "cimetière / scolaire", True, "nom ou adresse à côté d'une colonne de personnes", 8,
          ["nom", "NOM", "adresse", "prenom"], ["grave_points", "none", "house_points", "zones"],
          ["concessions", "inscriptions", "registre"])
def _neighbour_names(v, n, column):
    people = [v.person() for _ in range(n)]
    if column.lower() == "nom":
        return {column: [p[1].upper() for p in people], "prenom": [p[0] for p in people]}
    if column == "prenom":
        return {column: [p[0] for p in people], "nom": [p[1].upper() for p in people]}
    return {column: v.addresses(n, ["full"]), "titulaire": [f"{p[0]} {p[1].upper()}" for p in people]}


# ---- not personal -------------------------------------------------------------------------------

@template("owner-organisations", "cadastre / réseaux / événements", False,
          "personnes morales (collectivités, sociétés, bailleurs), pas des personnes physiques", 18,
          ["NOM_PROPRIETAIRE", "proprietaire", "proprio", "gestionnaire", "exploitant", "bailleur",
           "maitre_ouvrage", "titulaire", "titulaire_marche", "concessionnaire", "organisateur", "PROPRIETAIRE",
           "ddenom"], ["parcels", "buildings", "lines", "equipment_points", "none", "zones"],
          ["biens_communaux", "reseaux_concessionnaires", "logements_sociaux", "parcelles_publiques", "marches"])
def _owner_organisations(v, n, column):
    pool = v.rng.choice([OWNER_ORGS, OWNER_ORGS_TITLE, NETWORK_OPERATORS])
    return {column: _with_nulls(v.rng, [v.rng.choice(pool) for _ in range(n)])}


@template("owner-category", "cadastre / patrimoine", False, "catégorie de propriétaire, pas un nom", 6,
          ["proprietaire", "type_proprietaire", "statut_proprio", "domanialite", "PROPRIETAIRE", "proprio"],
          ["parcels", "buildings", "lines", "zones"], ["parcelles", "voirie", "batiments"])
def _owner_category(v, n, column):
    return {column: [v.rng.choice(["Commune", "Privé", "Département", "État", "Copropriété", "Indivision",
                                   "Personne physique", "Personne morale", "Domaine public", "Domaine privé communal"])
                     for _ in range(n)]}


@template("phone-service", "équipements", False, "numéros d'accueil ou de standard d'un service", 14,
          ["telephone_accueil", "tel_accueil", "tel_standard", "tel_mairie", "telephone_service",
           "tel_secretariat", "standard", "tel_etablissement", "tel_service", "telephone_structure", "TEL_ACCUEIL",
           "tel_equipement", "telephone_public"], ["equipment_points", "none", "buildings"],
          ["equipements", "ecoles", "services_publics", "mairies", "sites_accueil"])
def _phone_service(v, n, column):
    prefix = "".join(ch for ch in v.organisation[2] if ch.isdigit())[:6]
    return {column: _with_nulls(v.rng, [v.format_phone("".join(ch for ch in v.organisation[2] if ch.isdigit()))
                                        if v.rng.random() < 0.3 else v.landline(prefix=prefix if v.rng.random() < 0.5
                                                                                else None) for _ in range(n)])}


@template("phone-organisation-numbers", "équipements", False,
          "numéros de la collectivité (même tranche que son standard, donné dans sa fiche)", 6,
          ["telephone", "tel", "contact_tel", "num_tel"], ["equipment_points", "none", "buildings"],
          ["services", "equipements", "batiments_communaux"])
def _phone_organisation(v, n, column):
    digits = "".join(ch for ch in v.organisation[2] if ch.isdigit())
    return {column: [v.landline(prefix=digits[:8]) if v.rng.random() < 0.8 else v.format_phone(digits)
                     for _ in range(n)]}


@template("phone-equipment-table", "équipements", False,
          "téléphone d'équipements, dans une couche qui les nomme (colonnes voisines)", 6,
          ["telephone", "tel", "TELEPHONE"], ["equipment_points", "none"], ["equipements", "etablissements"])
def _phone_equipment(v, n, column):
    names = [v.rng.choice(EQUIPMENT_NAMES) for _ in range(n)]
    return {column: [v.landline() for _ in range(n)], "nom_equipement": names,
            "type": [v.rng.choice(["sport", "culture", "enseignement", "administration"]) for _ in range(n)]}


@template("email-service", "équipements / services", False, "boîtes fonctionnelles de services", 18,
          ["courriel_service", "mail_service", "email_contact", "email_accueil", "courriel", "email", "contact_mail",
           "mail", "email_structure", "courriel_mairie", "mail_ecole", "EMAIL", "courriel_accueil"],
          ["equipment_points", "none", "buildings", "zones"], ["equipements", "ecoles", "mairies", "services"])
def _email_service(v, n, column):
    kind = v.rng.choice(["org", "org", "school", "mixed"])
    if column == "courriel_mairie":
        return {column: [f"mairie.{_ascii(v.rng.choice(COMMUNES)).lower()}@{v.rng.choice(WEBMAIL)}"
                         for _ in range(n)]}
    if kind == "school" or column == "mail_ecole":
        return {column: [v.school_email() for _ in range(n)]}
    if kind == "mixed":
        return {column: [v.school_email() if v.rng.random() < 0.3 else v.service_email() for _ in range(n)]}
    return {column: _with_nulls(v.rng, [v.service_email() for _ in range(n)])}


@template("email-business", "commerces / associations", False, "boîtes génériques d'entreprises et d'associations",
          6, ["email", "mail", "courriel", "contact"], ["equipment_points", "none"],
          ["commerces", "associations", "hebergements"])
def _email_business(v, n, column):
    words = ["boulangerie-martin", "judo-ornans", "camping-les-rives", "hotel-de-la-loue", "garage-perrin",
             "harmonie-dole", "fromagerie-marguet", "club-tennis-morteau", "mjc-palente", "gite-les-vernes"]
    return {column: [f"{v.rng.choice(['contact', 'info', 'accueil', 'bonjour', 'reservation', 'secretariat'])}"
                     f"@{v.rng.choice(words)}.{v.rng.choice(['fr', 'com', 'org'])}" for _ in range(n)]}


@template("equipment-names", "équipements", False, "noms d'équipements, même baptisés d'après une personne", 12,
          ["nom", "nom_equipement", "NOM_ETAB", "libelle", "denomination", "NOM", "nom_site", "appellation"],
          ["equipment_points", "buildings", "none"], ["equipements", "ecoles", "sites_sportifs"])
def _equipment_names(v, n, column):
    upper = v.rng.random() < 0.3
    return {column: [_upper(name) if upper else name for name in (v.rng.choice(EQUIPMENT_NAMES) for _ in range(n))]}


@template("street-names", "voirie / adresses", False, "noms de voies, même quand ils portent un nom de personne",
          12, ["nom_voie", "voie", "libelle_voie", "NOM_RUE", "rue", "adresse_voie", "nom_rue", "LIB_VOIE"],
          ["lines", "house_points", "none", "equipment_points"], ["voirie", "adresses", "troncons", "bal"])
def _street_names(v, n, column):
    kind = v.rng.choice(["title", "upper", "fantoir"])
    if kind == "fantoir":  # FANTOIR labels without the street type: "VICTOR HUGO"
        return {column: [v.rng.choice(FANTOIR_NAMES) for _ in range(n)]}
    return {column: [_upper(s) if kind == "upper" else s for s in (v.rng.choice(STREET_NAMES) for _ in range(n))]}


@template("equipment-address", "équipements", False, "adresse d'équipements publics, pas d'un domicile", 10,
          ["adresse", "adresse_equipement", "ADRESSE", "adr", "localisation", "adresse_site", "adresse_postale"],
          ["equipment_points", "buildings", "none"], ["equipements", "ecoles", "bornes_recharge", "services"])
def _equipment_address(v, n, column):
    return {column: _with_nulls(v.rng, v.addresses(n, ["full", "street", "comma"]))}


@template("land-address", "urbanisme", False, "adresse du terrain ou des travaux, pas du demandeur", 8,
          ["adresse_terrain", "adresse_parcelle", "adresse_travaux", "localisation_terrain", "adresse_chantier",
           "ADRESSE_TERRAIN"], ["parcels", "house_points", "none"], ["permis_construire", "ads", "chantiers"])
def _land_address(v, n, column):
    return {column: _with_nulls(v.rng, v.addresses(n, ["full", "street", "cadastral"]))}


@template("places", "territoire", False, "lieux-dits et communes", 10,
          ["lieu_dit", "LIEUDIT", "commune", "NOM_COM", "libelle_commune", "nom_commune", "localite"],
          ["parcels", "communes", "commune_points", "none", "zones"], ["parcelles", "communes", "lieux_dits"])
def _places(v, n, column):
    pool = v.rng.choice([LIEUX_DITS, COMMUNES])
    upper = v.rng.random() < 0.5
    return {column: [_upper(p) if upper else p for p in (v.rng.choice(pool) for _ in range(n))]}


@template("first-name-statistics", "état civil (statistiques)", False,
          "prénoms donnés dans l'année, comptés par commune : une statistique, pas une personne", 10,
          ["prenom", "PRENOM", "prenoms"], ["none", "communes", "commune_points", "zones"],
          ["prenoms_naissances", "stat_prenoms", "prenoms_2023"])
def _first_name_statistics(v, n, column):
    names = [v.first_name("upper" if v.rng.random() < 0.5 else "title") for _ in range(n)]
    if v.rng.random() < 0.6:
        return {column: names, "nombre": [v.rng.randrange(3, 60) for _ in range(n)]}, {"nombre": "integer"}
    return {column: names}


@template("first-name-alone-table", "divers", False,
          "prénom seul dans une table sans localisation ni autre donnée : n'identifie personne", 4,
          ["prenom", "Prenom"], ["none"], ["liste_prenoms", "table_prenoms"])
def _first_name_table(v, n, column):
    return {column: [v.first_name("title") for _ in range(n)]}


@template("free-text-technical", "tous domaines", False, "remarques techniques, sans personne nommée", 14,
          ["observations", "commentaire", "remarque", "description", "obs", "notes", "historique", "OBSERVATIONS",
           "infos", "complement"], ANY, ["reseau_eau", "eclairage_public", "arbres", "voirie", "equipements",
                                         "cimetiere"])
def _free_text_technical(v, n, column):
    return {column: _with_nulls(v.rng, [v.remark(0) for _ in range(n)], 0.3)}


@template("identifiers", "tous domaines", False, "identifiants et codes (parcelles, dossiers, SIRET, INSEE)", 14,
          ["idu", "num_pc", "siret", "code_insee", "id_troncon", "num_concession", "uid", "ref_cadastrale",
           "numero_dossier", "id_bal", "cle_interop", "insee", "id", "ident"], ANY,
          ["parcelles", "permis", "equipements", "reseau", "adresses", "concessions"])
def _identifiers(v, n, column):
    rng = v.rng
    kind = rng.choice(["idu", "pc", "siret", "insee", "long", "interop"])
    if kind == "idu":
        values = [f"25{rng.randrange(1, 650):03d}000{rng.choice(['AB', 'AC', 'ZA', 'ZD'])}{rng.randrange(1, 9999):04d}"
                  for _ in range(n)]
    elif kind == "pc":
        values = [f"PC 025 {rng.randrange(1, 650):03d} {rng.randrange(18, 25)} {rng.choice('ABCDE')}"
                  f"{rng.randrange(1, 9999):04d}" for _ in range(n)]
    elif kind == "siret":
        values = [f"2125{rng.randrange(10**9, 10**10)}" for _ in range(n)]
    elif kind == "insee":
        values = [f"{rng.choice(['25', '39', '70', '90'])}{rng.randrange(1, 650):03d}" for _ in range(n)]
    elif kind == "long":  # 15-digit numbers that are no NIR (their key does not check)
        values = []
        while len(values) < n:
            number = f"{rng.choice('12')}{rng.randrange(10**13, 10**14)}"
            if (97 - int(number[:13]) % 97) != int(number[13:]):
                values.append(number)
    else:
        values = [f"25056_{rng.randrange(1000, 9999)}_{rng.randrange(1, 120):05d}" for _ in range(n)]
    return {column: values}


@template("other-dates", "tous domaines", False, "dates de pose, de travaux, de création : pas des naissances", 12,
          ["date_pose", "date_creation", "date_mise_service", "date_travaux", "date_acquisition", "date_plantation",
           "date_construction", "DATE_MAJ", "date_depot", "date_achat", "date_releve", "datappro"], ANY,
          ["reseau_eau", "arbres", "equipements", "permis", "concessions", "parcelles_communales"])
def _other_dates(v, n, column):
    style = v.rng.choice(["iso", "fr", "date"])
    values = [v.date(1935, 2024, "iso" if style == "date" else style) for _ in range(n)]
    return {column: _with_nulls(v.rng, values)}, {column: "date" if style == "date" else "string"}


@template("birth-counts", "état civil (statistiques)", False, "nombre de naissances par commune", 3,
          ["nb_naissances", "naissances_2023", "nombre_naissances"], ["communes", "none", "commune_points"],
          ["etat_civil_communes", "demographie"])
def _birth_counts(v, n, column):
    return {column: [v.rng.randrange(0, 400) for _ in range(n)]}, {column: "integer"}


@template("counts-of-people", "statistiques", False, "effectifs : des nombres, pas des personnes", 5,
          ["nb_proprietaires", "nombre_inscrits", "nb_eleves", "effectif", "nb_logements", "nb_abonnes"],
          ["zones", "communes", "equipment_points", "none"], ["ecoles", "iris", "quartiers"])
def _counts(v, n, column):
    return {column: [v.rng.randrange(0, 900) for _ in range(n)]}, {column: "integer"}


@template("categories", "tous domaines", False, "catégories et mesures techniques", 14,
          ["nature_culture", "type", "materiau", "etat", "zone", "typezone", "niveau", "decision", "diametre",
           "capacite", "surface", "loyer", "dpe", "nb_pieces", "type_concession"], ANY,
          ["parcelles", "reseau", "equipements", "plu", "logements_sociaux", "permis", "ecoles", "concessions"])
def _categories(v, n, column):
    rng = v.rng
    pools = {"nature_culture": ["Terres", "Prés", "Bois", "Sols", "Jardins", "Vergers"],
             "type": ["Point lumineux", "Regard", "Vanne", "Poteau incendie"],
             "materiau": ["PVC", "Fonte ductile", "PEHD", "Acier", "Amiante-ciment"],
             "etat": ["Bon", "Moyen", "Mauvais", "À remplacer"], "zone": ["UA", "UB", "1AU", "A", "N", "Nl"],
             "typezone": ["U", "AUc", "AUs", "A", "N"], "niveau": ["PS", "MS", "GS", "CP", "CE1", "CE2", "CM1", "CM2"],
             "decision": ["Accordé", "Refusé", "Tacite", "Sans suite", "Accordé avec prescriptions"],
             "dpe": list("ABCDEFG"),
             "type_concession": ["Trentenaire", "Cinquantenaire", "Perpétuelle", "Temporaire (15 ans)"]}
    if column in pools:
        return {column: [rng.choice(pools[column]) for _ in range(n)]}
    if column in ("diametre", "capacite", "nb_pieces"):
        return {column: [rng.randrange(1, 500) for _ in range(n)]}, {column: "integer"}
    return {column: [round(rng.uniform(20, 2000), 1) for _ in range(n)]}, {column: "number"}


@template("service-names", "équipements / services", False, "services et directions, pas des personnes", 10,
          ["contact", "gestionnaire", "service_gestionnaire", "responsable", "referent", "interlocuteur",
           "service_instructeur", "service"], ["equipment_points", "none", "lines", "zones"],
          ["equipements", "espaces_verts", "voirie", "permis"])
def _service_names(v, n, column):
    return {column: [v.rng.choice(SERVICES) for _ in range(n)]}


@template("trees", "espaces verts", False, "essences d'arbres", 6,
          ["essence", "nom_latin", "nom_vernaculaire", "genre", "espece", "nom"], ["house_points", "equipment_points"],
          ["arbres", "patrimoine_arbore"])
def _trees(v, n, column):
    latin = column in ("nom_latin", "genre", "espece") or v.rng.random() < 0.5
    return {column: [v.rng.choice(TREES)[0 if latin else 1] for _ in range(n)]}


@template("companies", "économie / marchés", False, "entreprises et enseignes, même au nom de leur fondateur", 10,
          ["entreprise", "raison_sociale", "titulaire_marche", "prestataire", "exploitant", "enseigne",
           "nom_commerce", "ENTREPRISE"], ["equipment_points", "buildings", "none", "lines"],
          ["commerces", "marches_publics", "chantiers", "zones_activites"])
def _companies(v, n, column):
    return {column: [v.rng.choice(COMPANIES) for _ in range(n)]}


@template("events", "événements", False, "événements, lieux et organisateurs associatifs ou publics", 8,
          ["nom_evenement", "lieu", "organisateur", "manifestation", "titre", "ORGANISATEUR"],
          ["equipment_points", "zones", "none"], ["evenements", "agenda", "manifestations_2024"])
def _events(v, n, column):
    pool = {"lieu": EQUIPMENT_NAMES + STREET_NAMES, "organisateur": EVENT_ORGANISERS,
            "ORGANISATEUR": EVENT_ORGANISERS}.get(column, EVENTS)
    return {column: [v.rng.choice(pool) for _ in range(n)]}


@template("web", "équipements", False, "sites web", 4, ["site_web", "url", "lien", "site_internet"],
          ["equipment_points", "none"], ["equipements", "associations"])
def _web(v, n, column):
    return {column: [f"https://www.{v.rng.choice(['besancon.fr', 'doubs.fr', 'ornans.fr', 'judo-ornans.fr'])}/"
                     f"{v.rng.choice(['piscine', 'mediatheque', 'gymnase', 'accueil', 'contact'])}" for _ in range(n)]}


@template("residences", "logement social", False, "noms de résidences et de programmes", 6,
          ["nom_residence", "residence", "programme", "nom_programme", "NOM_RESIDENCE"],
          ["buildings", "house_points", "none"], ["logements_sociaux", "rpls", "programmes"])
def _residences(v, n, column):
    return {column: [v.rng.choice(RESIDENCES) for _ in range(n)]}


@template("functional-contact-text", "équipements", False, "contact d'un service écrit en texte libre", 4,
          ["contact", "contacts", "renseignements", "infos_contact"], ["equipment_points", "none"],
          ["equipements", "services"])
def _functional_contact_text(v, n, column):
    phone = v.organisation[2]
    return {column: [v.rng.choice([f"Accueil : {phone} – {v.service_email()}", f"Standard de la mairie : {phone}",
                                   f"Service des sports, {v.service_email()}", f"Secrétariat : {phone}",
                                   f"Réservations auprès de l'accueil ({phone})"]) for _ in range(n)]}


# --------------------------------------------------------------------------- cases

def build_cases() -> list[dict]:
    cases = []
    for spec in TEMPLATES:
        for k in range(spec["count"]):
            case_id = f"{spec['name']}-{k:02d}"
            rng = random.Random(f"{SEED}:{case_id}")
            organisation = rng.choice(ORGANISATIONS)
            column = spec["columns"][k % len(spec["columns"])]
            geometry_kind = spec["geometries"][(k * 7 + 3) % len(spec["geometries"])]
            n = rng.randrange(20, 61)
            made = spec["make"](Values(rng, organisation), n, column)
            columns, types = made if isinstance(made, tuple) else (made, {})
            geometry_type, coordinates, crs = Places(rng).make(geometry_kind, n)
            cases.append({
                "id": case_id, "template": spec["name"], "domain": spec["domain"],
                "personal": spec["personal"], "reason": spec["reason"],
                "layer": rng.choice(spec["layers"]), "column": column,
                "record": {"organisation": organisation[0], "email": organisation[1], "phone": organisation[2]},
                "geometry_kind": geometry_kind, "geometry_type": geometry_type, "crs": crs,
                "geometry": coordinates, "columns": columns,
                "types": {name: types.get(name, "string") for name in columns}})
    return cases


def main() -> None:
    cases = build_cases()
    parts = {"tuning": [c for c in cases if not held_out(c["id"])],
             "heldout": [c for c in cases if held_out(c["id"])]}
    for part, chosen in parts.items():
        with open(os.path.join(HERE, f"{part}.json"), "w", encoding="utf-8") as handle:
            json.dump(chosen, handle, ensure_ascii=False, separators=(",", ":"))
            handle.write("\n")
        personal = sum(c["personal"] for c in chosen)
        print(f"{part}: {len(chosen)} columns, {personal} personal, {len(chosen) - personal} not personal")


if __name__ == "__main__":
    main()
