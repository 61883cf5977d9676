"""Word lists written for the blind-6 corpus: people, places, authorities, companies, associations."""

SURNAMES = (
    "Martin", "Bernard", "Thomas", "Petit", "Robert", "Richard", "Durand", "Dubois", "Moreau", "Laurent",
    "Simon", "Michel", "Lefebvre", "Leroy", "Roux", "David", "Bertrand", "Morel", "Fournier", "Girard",
    "Bonnet", "Dupont", "Lambert", "Fontaine", "Rousseau", "Vincent", "Muller", "Lefevre", "Faure", "Andre",
    "Mercier", "Blanc", "Guerin", "Boyer", "Garnier", "Chevalier", "Francois", "Legrand", "Gauthier", "Garcia",
    "Perrin", "Robin", "Clement", "Morin", "Nicolas", "Henry", "Roussel", "Mathieu", "Gautier", "Masson",
    "Marchand", "Duval", "Denis", "Dumont", "Marie", "Lemaire", "Noel", "Meyer", "Dufour", "Meunier",
    "Brun", "Blanchard", "Giraud", "Joly", "Riviere", "Lucas", "Brunet", "Gaillard", "Barbier", "Arnaud",
    "Le Gall", "Le Goff", "Kerbrat", "Guillou", "Jacquot", "Vuillemin", "Pernot", "Cuenot", "Bourgeois",
    "Da Silva", "Pereira", "Benali", "Haddad", "Nguyen", "Schmitt", "Weber", "Klein", "Ferrand", "Collin",
    "De La Roche", "Descamps", "Vasseur", "Lacroix", "Besson", "Tissot", "Grosjean", "Bouvier", "Pichon",
)

GIVEN_MALE = (
    "Jean", "Pierre", "Michel", "André", "Philippe", "Alain", "Bernard", "Jacques", "Daniel", "Christian",
    "Patrick", "Nicolas", "Christophe", "Julien", "Thomas", "Lucas", "Hugo", "Louis", "Gabriel", "Arthur",
    "Jean-Pierre", "Jean-Claude", "Jean-Marc", "Marc", "Olivier", "Sébastien", "Mathieu", "Romain", "Kevin",
    "Yannick", "Gilles", "Serge", "René", "Marcel", "Roger", "Maxime", "Léo", "Nathan", "Mohamed", "Karim",
    "Théo", "Raphaël", "Jules", "Adam", "Clément", "Anthony", "Ludovic", "Hervé", "Didier", "Thierry",
)

GIVEN_FEMALE = (
    "Marie", "Nathalie", "Isabelle", "Sylvie", "Catherine", "Françoise", "Christine", "Monique", "Valérie",
    "Sandrine", "Sophie", "Céline", "Julie", "Camille", "Léa", "Manon", "Emma", "Chloé", "Inès", "Jade",
    "Marie-Claire", "Anne-Sophie", "Martine", "Jacqueline", "Nicole", "Brigitte", "Véronique", "Aurélie",
    "Émilie", "Laetitia", "Audrey", "Elodie", "Pauline", "Lucie", "Louise", "Alice", "Lina", "Zoé",
    "Fatima", "Yasmine", "Odette", "Simone", "Germaine", "Paulette", "Gisèle", "Mireille", "Agnès", "Claire",
)

STREET_KINDS = ("rue", "rue", "rue", "avenue", "impasse", "chemin", "allée", "route", "place", "boulevard",
                "lotissement", "chemin rural", "ruelle", "quai", "faubourg")
STREET_NAMES = (
    "des Tilleuls", "du Moulin", "de la Gare", "des Écoles", "du Stade", "de l'Église", "des Vignes",
    "du Château", "des Lilas", "de la Fontaine", "des Prés", "du Lavoir", "de la Croix", "des Chênes",
    "du Pont", "des Acacias", "de Bellevue", "du Four", "des Jardins", "de la Libération", "du 8 Mai 1945",
    "des Peupliers", "de la Source", "des Forges", "Saint-Martin", "des Cerisiers", "du Bief", "des Roses",
    "de la Paix", "du Champ de Foire", "des Mésanges", "de la Mairie", "des Sablons", "du Verger",
)
# Streets and places named after famous people: public places, not persons.
FAMOUS_STREETS = (
    "rue Victor Hugo", "avenue Jean Jaurès", "place Charles de Gaulle", "rue Jules Ferry", "rue Pasteur",
    "boulevard Gambetta", "rue Émile Zola", "avenue Georges Clemenceau", "rue Jean Moulin",
    "place du Maréchal Leclerc", "rue Louise Michel", "quai Simone Veil", "rue Marie Curie",
    "avenue Pierre Mendès France", "rue Gustave Eiffel", "allée Colette", "rue Lamartine", "rue Voltaire",
)

# name, INSEE code, postal code, Lambert-93 x, y (approximate centre)
COMMUNES = (
    ("Dijon", "21231", "21000", 853500, 6694500), ("Beaune", "21054", "21200", 838500, 6664300),
    ("Montbard", "21425", "21500", 790700, 6723200), ("Besançon", "25056", "25000", 928200, 6692200),
    ("Pontarlier", "25462", "25300", 968900, 6651600), ("Auxerre", "89024", "89000", 742500, 6743800),
    ("Sens", "89387", "89100", 713800, 6785500), ("Nevers", "58194", "58000", 710300, 6656700),
    ("Chalon-sur-Saône", "71076", "71100", 839400, 6632600), ("Mâcon", "71270", "71000", 842000, 6580500),
    ("Autun", "71014", "71400", 793600, 6653900), ("Dole", "39198", "39100", 893400, 6669800),
    ("Lons-le-Saunier", "39300", "39000", 895400, 6622700), ("Vesoul", "70550", "70000", 936600, 6729400),
    ("Belfort", "90010", "90000", 990700, 6737400), ("Lyon", "69123", "69003", 842700, 6519300),
    ("Villeurbanne", "69266", "69100", 845800, 6520800), ("Grenoble", "38185", "38000", 913400, 6458400),
    ("Annecy", "74010", "74000", 940600, 6541800), ("Rennes", "35238", "35000", 351900, 6789300),
    ("Quimper", "29232", "29000", 171300, 6789300), ("Brest", "29019", "29200", 146000, 6838400),
    ("Nantes", "44109", "44000", 355300, 6689400), ("Angers", "49007", "49000", 430100, 6717200),
    ("Tours", "37261", "37000", 525700, 6702900), ("Orléans", "45234", "45000", 619200, 6755200),
    ("Limoges", "87085", "87000", 564300, 6528900), ("Poitiers", "86194", "86000", 497500, 6613400),
    ("Bordeaux", "33063", "33000", 417200, 6422100), ("Pau", "64445", "64000", 427300, 6254500),
    ("Toulouse", "31555", "31000", 574400, 6279700), ("Montpellier", "34172", "34000", 770900, 6279500),
    ("Perpignan", "66136", "66000", 692000, 6176700), ("Strasbourg", "67482", "67000", 1050300, 6840900),
    ("Metz", "57463", "57000", 931300, 6903700), ("Nancy", "54395", "54000", 933400, 6847000),
    ("Reims", "51454", "51100", 776400, 6906700), ("Amiens", "80021", "80000", 649300, 6977800),
    ("Lille", "59350", "59000", 704000, 7059100), ("Rouen", "76540", "76000", 562100, 6928500),
    ("Caen", "14118", "14000", 455200, 6904200), ("Le Mans", "72181", "72000", 492300, 6770500),
    ("Clermont-Ferrand", "63113", "63000", 706100, 6521600), ("Saint-Claude", "39478", "39200", 911900, 6589700),
    ("Louhans", "71263", "71500", 864600, 6618100), ("Semur-en-Auxois", "21603", "21140", 797500, 6707900),
)

DEPARTEMENTS = {
    "21": "Côte-d'Or", "25": "Doubs", "89": "Yonne", "58": "Nièvre", "71": "Saône-et-Loire", "39": "Jura",
    "70": "Haute-Saône", "90": "Territoire de Belfort", "69": "Rhône", "38": "Isère", "74": "Haute-Savoie",
    "35": "Ille-et-Vilaine", "29": "Finistère", "44": "Loire-Atlantique", "49": "Maine-et-Loire",
    "37": "Indre-et-Loire", "45": "Loiret", "87": "Haute-Vienne", "86": "Vienne", "33": "Gironde",
    "64": "Pyrénées-Atlantiques", "31": "Haute-Garonne", "34": "Hérault", "66": "Pyrénées-Orientales",
    "67": "Bas-Rhin", "57": "Moselle", "54": "Meurthe-et-Moselle", "51": "Marne", "80": "Somme", "59": "Nord",
    "76": "Seine-Maritime", "14": "Calvados", "72": "Sarthe", "63": "Puy-de-Dôme",
}
REGIONS = {
    "Bourgogne-Franche-Comté": ("21", "25", "89", "58", "71", "39", "70", "90"),
    "Auvergne-Rhône-Alpes": ("69", "38", "74", "63"),
    "Bretagne": ("35", "29"),
    "Pays de la Loire": ("44", "49", "72"),
    "Centre-Val de Loire": ("37", "45"),
    "Nouvelle-Aquitaine": ("87", "86", "33", "64"),
    "Occitanie": ("31", "34", "66"),
    "Grand Est": ("67", "57", "54", "51"),
    "Hauts-de-France": ("80", "59"),
    "Normandie": ("76", "14"),
}

COMPANIES = (
    "SAS Bâtir Bourgogne", "Eiffage Route Centre-Est", "Colas France", "SARL Terrassements Vuillemin",
    "Entreprise Roux TP", "Veolia Eau", "SUEZ RV Centre Est", "SAUR", "Enedis", "GRDF", "Orange SA",
    "SPIE CityNetworks", "Citeos", "ID Verde", "Tarvel", "SARL Élagage Comtois", "SNC Lavalin France",
    "Sodexo", "Elior Restauration", "API Restauration", "Transdev", "Keolis", "La Poste", "Bouygues Énergies",
    "SCI Les Coteaux", "SCI du Faubourg", "SCI Gare Invest", "SA HLM Habellis", "Grand Dijon Habitat",
    "Néolia", "OPH Loire Habitat", "Nexity", "Crédit Agricole Champagne-Bourgogne", "Cabinet Geomexpert",
    "Bureau d'études Sciences Environnement", "Imprimerie Darantière", "SARL Boulangerie du Centre",
    "Carrefour Market", "Intermarché SAS Sodimat", "SAS Méthanisation des Prés", "EARL des Combes",
    "GAEC du Haut-Doubs", "SCEA Domaine des Vignes", "Fromagerie Coopérative de Frasne", "Total Énergies",
)

ASSOCIATIONS = (
    "Amicale laïque", "Union sportive", "Comité des fêtes", "Club de l'âge d'or", "Association des parents "
    "d'élèves", "Football club", "Judo club", "Harmonie municipale", "Restos du cœur", "Secours populaire",
    "Croix-Rouge (unité locale)", "Société de chasse", "AAPPMA La Truite", "Théâtre de la Tête Noire",
    "Tennis club", "Les Amis du patrimoine", "Club cycliste", "Badminton club", "Foyer rural",
    "Association des commerçants", "Chorale À Cœur Joie", "Ludothèque Pirouette", "MJC", "Scouts et Guides",
)

PERSONAL_MAIL_DOMAINS = ("gmail.com", "orange.fr", "free.fr", "laposte.net", "hotmail.fr", "wanadoo.fr",
                         "sfr.fr", "yahoo.fr", "outlook.fr", "icloud.com", "bbox.fr", "neuf.fr")

TREE_SPECIES = ("Platanus x acerifolia", "Tilia cordata", "Acer platanoides", "Quercus robur", "Fraxinus excelsior",
                "Carpinus betulus", "Prunus avium", "Celtis australis", "Pinus nigra", "Betula pendula",
                "Liquidambar styraciflua", "Ginkgo biloba", "Aesculus hippocastanum", "Sophora japonica")

CROPS = (("BTH", "Blé tendre d'hiver"), ("MIS", "Maïs"), ("ORH", "Orge d'hiver"), ("CZH", "Colza d'hiver"),
         ("PPH", "Prairie permanente"), ("TRN", "Tournesol"), ("VRC", "Vigne"), ("SOJ", "Soja"),
         ("PTR", "Prairie temporaire"), ("LUZ", "Luzerne"))

EHPAD_NAMES = ("Les Tilleuls", "Les Jardins du Lac", "Le Clos Fleuri", "La Roseraie", "Les Cèdres",
               "Résidence Bellevue", "Les Opalines", "Le Val d'Ouche", "Les Hortensias")

SMALL_TOWNS = {"Beaune", "Montbard", "Pontarlier", "Sens", "Autun", "Dole", "Lons-le-Saunier", "Vesoul",
               "Saint-Claude", "Louhans", "Semur-en-Auxois", "Belfort", "Quimper", "Pau"}

# Article of each département's name ("du Doubs", "de la Nièvre", "de l'Yonne", "des Pyrénées-…").
DEPARTEMENT_ARTICLES = {
    "du": ("Rhône", "Jura", "Doubs", "Loiret", "Nord", "Calvados", "Finistère", "Bas-Rhin", "Territoire de Belfort",
           "Puy-de-Dôme", "Maine-et-Loire"),
    "de l'": ("Yonne", "Isère", "Ille-et-Vilaine", "Indre-et-Loire", "Hérault"),
    "des": ("Pyrénées-Atlantiques", "Pyrénées-Orientales"),
}

# Villages (made-up combinations of common French place names) for tables listing many communes.
VILLAGE_STEMS = ("Saint-Martin", "Villeneuve", "Montigny", "Fontaine", "Chevigny", "Marcilly", "Varennes",
                 "Villiers", "Beaumont", "Vaux", "Neuilly", "Bussy", "Charmes", "Sainte-Marie", "La Chapelle",
                 "Savigny", "Corcelles", "Magny", "Chamblanc", "Flavigny", "Échenon", "Thorey", "Arnay", "Brognon")
VILLAGE_SUFFIXES = ("", "-le-Château", "-sur-Ouche", "-en-Vallée", "-lès-Bois", "-sous-Roche", "-la-Ville",
                    "-le-Haut", "-sur-Saône", "-aux-Prés")
