"""Name lists of corpus blind-7, written by hand for it (common French surnames and given names, places)."""

SURNAMES = [
    "Marchand", "Girardot", "Besançon", "Faivre", "Perrin", "Roussel", "Lefebvre", "Guillot", "Chevalier", "Vernier",
    "Bouvier", "Jacquemin", "Mougin", "Cuenot", "Bourgeois", "Tissot", "Grandjean", "Lambert", "Colin", "Masson",
    "Renaud", "Bertin", "Poulain", "Le Gall", "Le Bihan", "Kerjean", "Morvan", "Salaün", "Arnaud", "Ferrand",
    "Barbier", "Carpentier", "Dumont", "Hoarau", "Payet", "Nguyen", "Benali", "Haddad", "Da Silva", "Ferreira",
    "Schmitt", "Muller", "Weber", "Koenig", "Baumann", "Lopez", "Garcia", "Martinez", "Rossi", "Bianchi",
    "Delorme", "Charpentier", "Besnard", "Lemaire", "Collet", "Prévost", "Joly", "Gauthier", "Boyer", "Meunier",
    "Fournier", "Giraud", "Brun", "Roche", "Picard", "Aubert", "Léger", "Chauvin", "Hamon", "Pasquier",
    "Vidal", "Leroux", "Marty", "Fabre", "Dufour", "Clément", "Caron", "Renard", "Gillet", "Humbert",
    "Traoré", "Diallo", "Mendy", "Boucher", "Thiébaut", "Cordier", "Vuillemin", "Simonin", "Piquet", "Laurent",
]

GIVEN_F = [
    "Marie", "Nathalie", "Isabelle", "Sylvie", "Catherine", "Christine", "Sandrine", "Céline", "Aurélie", "Julie",
    "Camille", "Manon", "Léa", "Chloé", "Inès", "Jade", "Louise", "Emma", "Anaïs", "Élodie", "Mathilde", "Odile",
    "Monique", "Josiane", "Germaine", "Yvette", "Fatima", "Samira", "Agnès", "Brigitte", "Hélène", "Solène",
]

GIVEN_M = [
    "Jean", "Pierre", "Michel", "Philippe", "Alain", "Patrick", "Nicolas", "Christophe", "Laurent", "Stéphane",
    "Julien", "Thomas", "Maxime", "Lucas", "Hugo", "Théo", "Nathan", "Louis", "Gabriel", "Arthur", "Raymond",
    "Marcel", "Gérard", "Bernard", "Didier", "Karim", "Mohamed", "Yannick", "Gwenaël", "Jean-Claude", "Jean-Marc",
    "Pascal",
]

COMMUNES = [
    ("Ornans", "25434", "25290", 947000, 6670000), ("Pontarlier", "25462", "25300", 965000, 6650000),
    ("Lons-le-Saunier", "39300", "39000", 893000, 6620000), ("Dole", "39198", "39100", 880000, 6667000),
    ("Vesoul", "70550", "70000", 932000, 6728000), ("Auxerre", "89024", "89000", 742000, 6743000),
    ("Nevers", "58194", "58000", 712000, 6655000), ("Mâcon", "71270", "71000", 840000, 6576000),
    ("Quimperlé", "29233", "29300", 207000, 6775000), ("Lannion", "22113", "22300", 233000, 6864000),
    ("Saint-Malo", "35288", "35400", 329000, 6857000), ("Vannes", "56260", "56000", 268000, 6743000),
    ("Albi", "81004", "81000", 632000, 6314000), ("Millau", "12145", "12100", 704000, 6330000),
    ("Aurillac", "15014", "15000", 652000, 6426000), ("Montélimar", "26198", "26200", 840000, 6387000),
    ("Annecy", "74010", "74000", 942000, 6540000), ("Épinal", "88160", "88000", 960000, 6788000),
    ("Saint-Dié-des-Vosges", "88413", "88100", 990000, 6810000), ("Château-Thierry", "02168", "02400", 731000, 6883000),
    ("Laval", "53130", "53000", 419000, 6784000), ("Niort", "79191", "79000", 433000, 6589000),
    ("Périgueux", "24322", "24000", 522000, 6453000), ("Mont-de-Marsan", "40192", "40000", 418000, 6318000),
]

STREET_KINDS = ["rue", "rue", "rue", "avenue", "impasse", "chemin", "allée", "place", "route", "boulevard",
                "lotissement"]
STREET_NAMES = [
    "des Lilas", "du Moulin", "de la Gare", "Victor Hugo", "Jean Jaurès", "du Général de Gaulle", "Pasteur",
    "des Écoles", "de l'Église", "du Stade", "des Vignes", "de la Source", "Louise Michel", "Simone Veil",
    "du Château", "des Tilleuls", "de la République", "Gustave Courbet", "des Peupliers", "du 8 Mai 1945",
    "de Verdun", "Jules Ferry", "des Roses", "du Lavoir", "de la Croix", "des Champs", "Marie Curie",
    "du Bief", "des Forges", "de Besançon", "Aristide Briand", "du Pré Vert", "des Sapins", "Émile Zola",
]
FAMOUS = ["Jean Jaurès", "Victor Hugo", "Louis Pasteur", "Marie Curie", "Jules Ferry", "Simone Veil", "Jean Moulin",
          "Louise Michel", "Gustave Courbet", "Colette", "Jacques Prévert", "Antoine de Saint-Exupéry",
          "Pierre Mendès France",
          "Joséphine Baker", "Olympe de Gouges", "Albert Camus"]

LIEUX_DITS = ["Les Grands Champs", "Sur la Côte", "Le Bois Joli", "La Combe", "Les Prés Brûlés", "En Vaux",
              "Le Bas du Mont", "Champ Rond", "La Fin", "Les Aiguillettes", "Sous les Roches", "Le Breuil"]

COMPANIES = ["SARL Bâti Comtois", "SAS Transports Vuillemin", "EURL Plomberie du Doubs", "SCI Les Tilleuls",
             "SCI du Moulin", "Boulangerie Pâtisserie Au Bon Pain SARL", "Crédit Agricole Franche-Comté",
             "Enedis", "GRDF", "Orange", "SNCF Réseau", "Néolia", "Habitat 25", "Eiffage Route Centre Est",
             "Colas France", "SA HLM Le Foyer", "Groupe Casino", "Lidl SNC", "Intermarché SAS Les Salines",
             "GAEC du Haut Doubs", "EARL des Combes", "SAS Fromagerie de Mouthe", "Coopérative fruitière d'Ornans",
             "Veolia Eau", "Suez Eau France", "SEM Territoire 25", "Keolis Besançon", "Transdev Bourgogne"]

ASSOCIATIONS = ["Association sportive ornanaise", "Comité des fêtes", "Les Amis du Patrimoine", "Club de l'amitié",
                "Union musicale", "Football club", "Judo club", "Restos du Cœur — antenne locale", "Secours populaire",
                "Croix-Rouge française — unité locale", "Amicale des sapeurs-pompiers", "Société de pêche La Truite",
                "Association des parents d'élèves", "MJC", "Foyer rural", "Tennis club", "Chorale À Cœur Joie",
                "Ligue contre le cancer — comité départemental", "Emmaüs", "ADMR"]

EMAIL_DOMAINS_PERSO = ["gmail.com", "orange.fr", "wanadoo.fr", "free.fr", "laposte.net", "hotmail.fr", "yahoo.fr",
                       "sfr.fr", "outlook.fr", "icloud.com"]
