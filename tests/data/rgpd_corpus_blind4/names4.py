"""Names and places written by hand for the blind-4 corpus (no list copied from another corpus or file)."""

SURNAMES = (
    "Martin", "Bernard", "Thomas", "Petit", "Robert", "Richard", "Durand", "Dubois", "Moreau", "Laurent",
    "Simon", "Michel", "Lefebvre", "Leroy", "Roux", "David", "Bertrand", "Morel", "Fournier", "Girard",
    "Bonnet", "Dupont", "Lambert", "Fontaine", "Rousseau", "Vincent", "Muller", "Lefevre", "Faure", "Andre",
    "Mercier", "Blanc", "Guerin", "Boyer", "Garnier", "Chevalier", "Francois", "Legrand", "Gauthier", "Garcia",
    "Perrin", "Robin", "Clement", "Morin", "Nicolas", "Henry", "Roussel", "Mathieu", "Gautier", "Masson",
    "Marchand", "Duval", "Denis", "Dumont", "Marie", "Lemaire", "Noel", "Meyer", "Dufour", "Meunier",
    "Brun", "Blanchard", "Giraud", "Joly", "Riviere", "Lucas", "Brunet", "Gaillard", "Barbier", "Arnaud",
    "Cuenot", "Vuillemin", "Jacquot", "Pourchet", "Vernier", "Mougin", "Grandjean", "Bourgeois", "Cretin",
    "Jeannin", "Tissot", "Guyon", "Prost", "Billot", "Monnier", "Renaud", "Colin", "Vuillet", "Cordier",
    "Besson", "Barthelemy", "Pernot", "Bouvier", "Girod", "Faivre", "Chopard", "Journot", "Lhomme", "Boillot",
    "Nguyen", "Benali", "Haddad", "Da Silva", "Ferreira", "Yilmaz", "Diallo", "Kaya", "Bouzid", "Pereira",
    "Lopez", "Martinez", "Rossi", "Schmitt", "Weber", "Klein", "Huguenin", "Parmentier", "Baudouin", "Carpentier",
    "Le Gall", "Tanguy", "Ollivier", "Renard", "Charpentier", "Picard", "Roger", "Lacroix", "Maillard", "Poirier",
)

MALE = (
    "Jean", "Pierre", "Michel", "Andre", "Philippe", "Alain", "Bernard", "Christian", "Daniel", "Patrick",
    "Jacques", "Gerard", "Rene", "Marcel", "Roger", "Claude", "Serge", "Dominique", "Francis", "Gilles",
    "Thierry", "Pascal", "Eric", "Laurent", "Olivier", "Stephane", "Frederic", "Christophe", "Sebastien",
    "Nicolas", "Julien", "Guillaume", "Jerome", "Damien", "Mickael", "Romain", "Maxime", "Kevin", "Anthony",
    "Thomas", "Alexandre", "Antoine", "Hugo", "Lucas", "Nathan", "Louis", "Gabriel", "Jules", "Leo",
    "Arthur", "Raphael", "Adam", "Noah", "Ethan", "Timeo", "Mohamed", "Yanis", "Karim", "Mehdi", "Paul",
)

FEMALE = (
    "Marie", "Jeanne", "Francoise", "Monique", "Catherine", "Nathalie", "Isabelle", "Sylvie", "Christine",
    "Martine", "Nicole", "Annie", "Josiane", "Colette", "Odette", "Germaine", "Simone", "Yvette", "Brigitte",
    "Veronique", "Valerie", "Sandrine", "Stephanie", "Celine", "Aurelie", "Emilie", "Julie", "Audrey",
    "Sophie", "Caroline", "Melanie", "Laetitia", "Elodie", "Camille", "Pauline", "Marion", "Laura", "Manon",
    "Chloe", "Lea", "Emma", "Jade", "Louise", "Alice", "Lina", "Rose", "Ambre", "Anna", "Mila", "Ines",
    "Sarah", "Fatima", "Amina", "Yasmine", "Helene", "Agnes", "Claire", "Anne", "Elise", "Margot",
)

# Children's names are drawn from the younger half of each list.
YOUNG_MALE = MALE[40:]
YOUNG_FEMALE = FEMALE[37:]

# Towns of Bourgogne-Franche-Comte and a few elsewhere: name, INSEE code, postcode, Lambert-93 centre,
# the town hall's web domain, its switchboard.
TOWNS = (
    ("Besancon", "25056", "25000", (928300, 6696100), "besancon.fr", "03 81 61 50 50"),
    ("Dijon", "21231", "21000", (853600, 6694500), "dijon.fr", "03 80 74 51 51"),
    ("Belfort", "90010", "90000", (990200, 6730100), "ville-belfort.fr", "03 84 54 24 24"),
    ("Dole", "39198", "39100", (893400, 6673900), "doledujura.fr", "03 84 79 79 79"),
    ("Vesoul", "70550", "70000", (933100, 6729700), "vesoul.fr", "03 84 97 10 10"),
    ("Lons-le-Saunier", "39300", "39000", (893300, 6620300), "lonslesaunier.fr", "03 84 47 29 16"),
    ("Auxerre", "89024", "89000", (741600, 6743500), "auxerre.fr", "03 86 72 43 00"),
    ("Nevers", "58194", "58000", (710300, 6650200), "ville-nevers.fr", "03 86 68 45 00"),
    ("Macon", "71270", "71000", (841100, 6580500), "macon.fr", "03 85 39 71 00"),
    ("Chalon-sur-Saone", "71076", "71100", (842300, 6632200), "chalonsursaone.fr", "03 85 90 50 50"),
    ("Montbeliard", "25388", "25200", (985200, 6714100), "montbeliard.fr", "03 81 99 22 00"),
    ("Pontarlier", "25462", "25300", (962100, 6652400), "ville-pontarlier.fr", "03 81 38 81 38"),
    ("Beaune", "21054", "21200", (835900, 6662600), "beaune.fr", "03 80 24 56 56"),
    ("Sens", "89387", "89100", (722200, 6791300), "ville-sens.fr", "03 86 95 67 00"),
    ("Le Creusot", "71153", "71200", (803700, 6629300), "ville-lecreusot.fr", "03 85 73 01 00"),
    ("Hericourt", "70285", "70400", (976400, 6724200), "hericourt.fr", "03 84 46 11 95"),
    ("Lure", "70310", "70200", (954600, 6738900), "lure.fr", "03 84 89 01 01"),
    ("Saint-Claude", "39478", "39200", (905400, 6587900), "saint-claude.fr", "03 84 41 42 62"),
    ("Autun", "71014", "71400", (784400, 6650800), "autun.com", "03 85 86 80 00"),
    ("Audincourt", "25031", "25400", (988700, 6711200), "audincourt.fr", "03 81 36 37 38"),
    ("Lyon", "69123", "69001", (842000, 6519500), "lyon.fr", "04 72 10 30 30"),
    ("Rennes", "35238", "35000", (351900, 6789300), "rennes.fr", "02 23 62 10 10"),
    ("Strasbourg", "67482", "67000", (1050300, 6841200), "strasbourg.eu", "03 68 98 50 00"),
    ("Poitiers", "86194", "86000", (497300, 6614100), "poitiers.fr", "05 49 52 35 35"),
)

DEPARTMENTS = {"25": "Doubs", "21": "Cote-d'Or", "90": "Territoire de Belfort", "39": "Jura", "70": "Haute-Saone",
               "89": "Yonne", "58": "Nievre", "71": "Saone-et-Loire", "69": "Rhone", "35": "Ille-et-Vilaine",
               "67": "Bas-Rhin", "86": "Vienne"}

STREET_TYPES = ("rue", "rue", "rue", "avenue", "chemin", "impasse", "allee", "boulevard", "place", "route")

STREET_NAMES = (
    "des Lilas", "de la Gare", "Victor Hugo", "Jean Jaures", "du Stade", "des Ecoles", "Pasteur", "de Verdun",
    "du General de Gaulle", "des Acacias", "de la Republique", "Gambetta", "du Moulin", "des Vergers",
    "de la Fontaine", "Charles Nodier", "Louis Pergaud", "des Tilleuls", "du Chateau", "Emile Zola",
    "Jules Ferry", "des Cerisiers", "de Champagnole", "du Doubs", "de Belfort", "Anatole France",
    "Gustave Courbet", "des Roses", "du Petit Bois", "de la Liberation", "Jean Moulin", "des Glycines",
    "Marie Curie", "de Dole", "des Peupliers", "du Commandant Marceau", "Voltaire", "Lamartine", "des Saules",
    "du Marechal Leclerc", "Clemenceau", "de l'Eglise", "des Jardins", "Simone Veil", "Colette", "du Lavoir",
)

PERSON_HONORED = ("Victor Hugo", "Jean Jaures", "Louis Pasteur", "Marie Curie", "Jules Ferry", "Simone Veil",
                  "Leo Lagrange", "Pierre de Coubertin", "Jean Moulin", "Colette", "Jacques Prevert",
                  "Gustave Courbet", "Louis Aragon", "Paul Eluard", "Marcel Pagnol", "Jean Mermoz")

COMPANY_FORMS = ("SAS", "SARL", "SA", "EURL", "SASU", "SCI", "SNC")

COMPANY_CORES = (
    "Metallerie Comtoise", "Transports Girardot", "Boulangerie du Centre", "Menuiserie Vuillemin et Fils",
    "Garage de la Gare", "Imprimerie Jurassienne", "Fromagerie des Monts", "Plasturgie de l'Est",
    "Batiment Renaud", "Electricite Generale Morel", "Pharmacie du Marche", "Optique Lumiere",
    "Horlogerie Tissot Freres", "Decolletage du Doubs", "Ambulances Saint-Martin", "Les Tilleuls",
    "Informatique Services Bourgogne", "Cafe de la Paix", "Hotel du Commerce", "Logistique Franche-Comte",
    "Scierie du Haut-Jura", "Cabinet Lambert Expertise", "Agence Immobiliere des Remparts", "Bio Vallee",
    "Paysages et Jardins", "Auto-Ecole Pasteur", "Carrosserie Moderne", "Traiteur Bonnet",
)

NAF = (("1051C", "Fabrication de fromage"), ("2562B", "Mecanique industrielle"), ("4941A", "Transports routiers"),
       ("1071C", "Boulangerie et boulangerie-patisserie"), ("4520A", "Entretien et reparation de vehicules"),
       ("1812Z", "Autre imprimerie"), ("4321A", "Travaux d'installation electrique"),
       ("4773Z", "Commerce de detail de produits pharmaceutiques"), ("5610A", "Restauration traditionnelle"),
       ("6201Z", "Programmation informatique"), ("1610A", "Sciage et rabotage du bois"),
       ("2222Z", "Fabrication d'emballages en matieres plastiques"), ("4399C", "Maconnerie generale"),
       ("8690A", "Ambulances"), ("6831Z", "Agences immobilieres"), ("5510Z", "Hotels et hebergement similaire"))

ASSOCIATIONS = (
    "Judo Club", "Amicale des Donneurs de Sang", "Comite des Fetes", "Harmonie Municipale", "Club de l'Age d'Or",
    "Association Sportive de Tennis", "Les Amis du Patrimoine", "Societe de Peche La Truite", "Theatre du Pont",
    "Secours Populaire, comite local", "Restos du Coeur, antenne", "Union Cycliste", "Chorale A Coeur Joie",
    "Association des Parents d'Eleves", "Jardins Partages du Quartier", "Basket Club", "Club Photo Objectif",
    "Scrabble Club", "Football Club", "Maison des Jeunes et de la Culture",
)

EMAIL_PROVIDERS = ("orange.fr", "gmail.com", "free.fr", "laposte.net", "hotmail.fr", "sfr.fr", "wanadoo.fr",
                   "yahoo.fr", "outlook.fr")
