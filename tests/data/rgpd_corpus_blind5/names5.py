"""Word lists of the blind-5 corpus, written for it by hand (no other corpus or guard list was read)."""

SURNAMES = [
    "Martin", "Bernard", "Thomas", "Petit", "Robert", "Richard", "Durand", "Dubois", "Moreau", "Laurent",
    "Simon", "Michel", "Lefebvre", "Leroy", "Roux", "David", "Bertrand", "Morel", "Fournier", "Girard",
    "Bonnet", "Dupont", "Lambert", "Fontaine", "Rousseau", "Vincent", "Muller", "Lefevre", "Faure", "Andre",
    "Mercier", "Blanc", "Guerin", "Boyer", "Garnier", "Chevalier", "Francois", "Legrand", "Gauthier", "Garcia",
    "Perrin", "Robin", "Clement", "Morin", "Nicolas", "Henry", "Roussel", "Mathieu", "Gautier", "Masson",
    "Marchand", "Duval", "Denis", "Dumont", "Marie", "Lemaire", "Noel", "Meyer", "Dufour", "Meunier",
    "Brun", "Blanchard", "Giraud", "Joly", "Riviere", "Lucas", "Brunet", "Gaillard", "Barbier", "Arnaud",
    "Martinez", "Gerard", "Roche", "Renard", "Schmitt", "Roy", "Leroux", "Colin", "Vidal", "Caron",
    "Picard", "Roger", "Fabre", "Aubert", "Lemoine", "Renaud", "Dumas", "Lacroix", "Olivier", "Philippe",
    "Bourgeois", "Pierre", "Benoit", "Rey", "Leclerc", "Payet", "Rolland", "Leclercq", "Guillaume", "Lecomte",
    "Jeannin", "Vuillemin", "Cuenot", "Grosjean", "Bourgeon", "Jacquot", "Besson", "Prost", "Monnier", "Gros",
    "Pernot", "Vuillet", "Cretin", "Tournier", "Billot", "Marguet", "Bouveret", "Jouffroy", "Faivre", "Mougin",
    "Nguyen", "Benali", "Da Silva", "Ferreira", "Haddad", "Yilmaz", "Kone", "Diallo", "Ben Amor", "Lopes",
    "Le Gall", "Le Goff", "Kerboul", "Tanguy", "Hamon", "Guillot", "Charpentier", "Poulain", "Courtois", "Vallet",
]

MALE = [
    "Jean", "Pierre", "Michel", "André", "Philippe", "Alain", "Bernard", "Jacques", "Daniel", "Christian",
    "Patrick", "Nicolas", "Christophe", "Frédéric", "Laurent", "Stéphane", "Éric", "David", "Sébastien",
    "Julien", "Thomas", "Maxime", "Antoine", "Hugo", "Lucas", "Nathan", "Louis", "Gabriel", "Arthur", "Jules",
    "Léo", "Raphaël", "Paul", "Théo", "Noah", "Mathis", "Enzo", "Yanis", "Karim", "Mehdi", "Gérard", "Roger",
    "René", "Marcel", "Claude", "Serge", "Didier", "Thierry", "Olivier", "Romain", "Kévin", "Jérôme",
    "Cédric", "Bruno", "Yves", "Denis", "Joël", "Gilles", "Guy", "Hervé", "Mohamed", "Ibrahim", "Tom", "Adam",
]

FEMALE = [
    "Marie", "Nathalie", "Isabelle", "Sylvie", "Catherine", "Françoise", "Martine", "Christine", "Monique",
    "Valérie", "Sandrine", "Sophie", "Céline", "Stéphanie", "Aurélie", "Julie", "Camille", "Laura", "Manon",
    "Léa", "Chloé", "Emma", "Jade", "Louise", "Alice", "Lina", "Inès", "Zoé", "Anna", "Lucie", "Mélanie",
    "Émilie", "Claire", "Anne", "Jacqueline", "Nicole", "Josiane", "Odile", "Brigitte", "Chantal", "Yvette",
    "Denise", "Simone", "Colette", "Danielle", "Véronique", "Karine", "Virginie", "Amandine", "Pauline",
    "Fatima", "Samia", "Nadia", "Océane", "Clémence", "Margaux", "Agathe", "Rose", "Ambre", "Mila",
]

STREETS = [
    "rue des Lilas", "chemin de la Combe", "Grande Rue", "rue du Moulin", "impasse des Vergers",
    "allée des Tilleuls", "route de Besançon", "rue de l'Église", "rue des Écoles", "chemin des Vignes",
    "rue du Stade", "place de la Mairie", "rue de la Gare", "lotissement Les Prés Verts", "rue des Jardins",
    "rue du Lavoir", "chemin du Bois Joli", "rue Pasteur", "rue Victor Hugo", "avenue Jean Jaurès",
    "rue Charles de Gaulle", "rue du Général Leclerc", "rue des Champs", "impasse du Verger", "rue de la Fontaine",
    "rue Basse", "rue Haute", "chemin de la Source", "rue des Acacias", "rue des Peupliers", "rue de Dole",
    "faubourg de Montbéliard", "rue du Château", "route de Pontarlier", "rue des Cerisiers", "rue Principale",
    "hameau de la Côte", "rue du Pont", "rue de la Chapelle", "chemin des Écureuils", "rue Jules Ferry",
    "rue Louis Pergaud", "rue Gustave Courbet", "rue Anatole France", "rue Marie Curie", "rue Jean Moulin",
]

# name, INSEE code, postal code, Lambert-93 centre (approximate), département name
COMMUNES = [
    ("Besançon", "25056", "25000", 928200, 6688300, "Doubs"),
    ("Morteau", "25411", "25500", 975300, 6669200, "Doubs"),
    ("Ornans", "25434", "25290", 945400, 6674600, "Doubs"),
    ("Pontarlier", "25462", "25300", 966100, 6653900, "Doubs"),
    ("Baume-les-Dames", "25047", "25110", 952500, 6701800, "Doubs"),
    ("Saint-Vit", "25527", "25410", 907700, 6682300, "Doubs"),
    ("Montbéliard", "25388", "25200", 987800, 6719300, "Doubs"),
    ("Quingey", "25475", "25440", 911800, 6666500, "Doubs"),
    ("Dole", "39198", "39100", 890900, 6670800, "Jura"),
    ("Lons-le-Saunier", "39300", "39000", 893600, 6621100, "Jura"),
    ("Champagnole", "39097", "39300", 918700, 6632000, "Jura"),
    ("Arbois", "39013", "39600", 905300, 6652700, "Jura"),
    ("Vesoul", "70550", "70000", 933100, 6729300, "Haute-Saône"),
    ("Gray", "70279", "70100", 884100, 6710400, "Haute-Saône"),
    ("Luxeuil-les-Bains", "70311", "70300", 948300, 6759800, "Haute-Saône"),
    ("Belfort", "90010", "90000", 991200, 6734800, "Territoire de Belfort"),
    ("Dijon", "21231", "21000", 853300, 6694700, "Côte-d'Or"),
    ("Beaune", "21054", "21200", 839900, 6658800, "Côte-d'Or"),
    ("Semur-en-Auxois", "21603", "21140", 792300, 6711600, "Côte-d'Or"),
    ("Auxerre", "89024", "89000", 742400, 6744300, "Yonne"),
    ("Nevers", "58194", "58000", 710600, 6654500, "Nièvre"),
    ("Chalon-sur-Saône", "71076", "71100", 841800, 6634400, "Saône-et-Loire"),
    ("Mâcon", "71270", "71000", 842300, 6578200, "Saône-et-Loire"),
    ("Autun", "71014", "71400", 789400, 6650700, "Saône-et-Loire"),
    ("Rennes", "35238", "35000", 351900, 6789300, "Ille-et-Vilaine"),
    ("Quimper", "29232", "29000", 171600, 6789500, "Finistère"),
    ("Annecy", "74010", "74000", 940500, 6539600, "Haute-Savoie"),
    ("Albi", "81004", "81000", 632700, 6311600, "Tarn"),
]

# The publishing authority of a layer: organisation, functional e-mail, switchboard.
AUTHORITIES = [
    ("Commune de {c}", "accueil@mairie-{s}.fr", "03 81 {a} {b} 00"),
    ("Mairie de {c}", "mairie@{s}.fr", "03 84 {a} {b} 10"),
    ("Ville de {c}", "sig@ville-{s}.fr", "03 80 {a} {b} 50"),
    ("Communauté de communes du pays de {c}", "contact@cc-{s}.fr", "03 81 {a} {b} 20"),
    ("Communauté d'agglomération de {c}", "geomatique@agglo-{s}.fr", "03 84 {a} {b} 00"),
    ("Département du {d}", "sig@departement-{t}.fr", "03 81 {a} {b} 25"),
    ("Région Bourgogne-Franche-Comté", "opendata@bourgognefranchecomte.fr", "03 81 61 61 61"),
    ("CCAS de {c}", "ccas@mairie-{s}.fr", "03 81 {a} {b} 30"),
    ("Syndicat des eaux de {c}", "abonnes@eaux-{s}.fr", "03 84 {a} {b} 40"),
    ("SICTOM de la région de {c}", "contact@sictom-{s}.fr", "03 84 {a} {b} 90"),
]

MAIL_PROVIDERS = ["orange.fr", "gmail.com", "free.fr", "laposte.net", "sfr.fr", "wanadoo.fr", "hotmail.fr",
                  "yahoo.fr", "outlook.fr", "neuf.fr"]

COMPANIES = [
    "SARL Bâtiments Comtois", "Eiffage Route Centre Est", "Colas France", "SAS Jura Paysages", "Enedis",
    "GRDF", "Orange SA", "SAUR", "Veolia Eau", "Suez Eau France", "SCI Les Tilleuls", "SCI du Moulin",
    "SAS Menuiserie Vuillemin", "EURL Électricité Pernot", "Groupe Pernod Immobilier", "Néolia", "Habitat 25",
    "Grand Besançon Habitat", "Idéha", "Loge.GBH", "SNCF Réseau", "Bouygues Immobilier", "Nexity",
    "Crédit Agricole Franche-Comté", "Caisse d'Épargne BFC", "SPL Territoire 25", "SEDIA", "Lidl", "Intermarché",
    "SAS Fromagerie de Morteau", "Coopérative fromagère du Haut-Doubs", "Transdev", "Keolis Besançon", "Ginko",
    "Izivia", "TotalEnergies Marketing France", "Freshmile", "Bouygues Telecom", "SARL Transports Faivre",
]

ASSOCIATIONS = [
    "Amicale des sapeurs-pompiers", "Club de football de {c}", "Harmonie municipale de {c}",
    "Association des parents d'élèves", "Comité des fêtes de {c}", "Tennis club de {c}",
    "Les Restos du Cœur - antenne de {c}", "Secours populaire de {c}", "Club des aînés ruraux",
    "Judo club {c}", "Association Familles rurales", "Société de chasse de {c}", "Ski club de {c}",
    "Bibliothèque pour tous", "Croix-Rouge française - unité locale", "Théâtre de la Boutique",
    "Union sportive de {c}", "Foyer rural", "Chorale À travers chants", "Les Amis du patrimoine de {c}",
    "MJC de {c}", "Gymnastique volontaire", "Basket club {c}", "Cyclo-club de {c}", "Amicale laïque",
]

TREES = ["Tilleul à petites feuilles", "Platane commun", "Érable sycomore", "Chêne pédonculé", "Marronnier d'Inde",
         "Frêne commun", "Charme commun", "Érable plane", "Cerisier à fleurs", "Bouleau verruqueux", "Pin noir",
         "Févier d'Amérique", "Micocoulier de Provence", "Sophora du Japon", "Orme résistant"]

PEOPLE_STREETS = ["rue Victor Hugo", "avenue Jean Jaurès", "place Charles de Gaulle", "rue Pasteur",
                  "rue Jean Moulin", "rue Marie Curie", "quai Vauban", "rue Gustave Courbet", "rue Louis Pergaud",
                  "boulevard Léon Blum", "rue Émile Zola", "place Simone Veil", "rue Lucie Aubrac"]
