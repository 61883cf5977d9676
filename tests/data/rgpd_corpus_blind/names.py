"""Names for the blind corpus, written for it: people, organisations, places, streets, equipment.

Written without reading the guard's own lists or the first corpus's generator. Given names and
surnames come in groups by origin, as they mix in French registers (regional, foreign-origin,
compound, with particles, hyphenated, very short, or common words).
"""

# --- given names ---------------------------------------------------------------------------

GIVEN = {
    "french": (
        ["Jean", "Pierre", "Michel", "André", "Philippe", "Alain", "Bernard", "Jacques", "Daniel", "Patrick",
         "Christian", "Gérard", "Claude", "René", "Louis", "Roger", "Marcel", "Robert", "Henri", "Paul",
         "Georges", "Nicolas", "Christophe", "Stéphane", "Sébastien", "Frédéric", "Laurent", "Olivier",
         "Thierry", "David", "Éric", "Pascal", "Didier", "Dominique", "Thomas", "Julien", "Guillaume",
         "Maxime", "Romain", "Antoine", "Alexandre", "Vincent", "Franck", "Jérôme", "Benoît", "Cédric",
         "Fabrice", "Gilles", "Serge", "Yves", "Marc", "Hervé", "Bruno", "Lucien", "Raymond", "Fernand",
         "Maurice", "Émile", "Gaston", "Albert", "Léon", "Clément", "Baptiste", "Quentin", "Valentin",
         "Florian", "Kévin", "Anthony", "Jordan", "Loïc", "Gaëtan", "Aurélien", "Joël", "Noël", "Régis",
         "Hubert", "Xavier", "Arnaud", "Damien", "Sylvain", "Ludovic", "Rémi", "Aymeric", "Gauthier",
         "Barthélemy", "Honoré", "Firmin", "Marius", "Armand", "Célestin", "Adrien", "Grégory", "Mickaël"],
        ["Marie", "Jeanne", "Françoise", "Monique", "Catherine", "Nathalie", "Isabelle", "Sylvie", "Martine",
         "Christine", "Nicole", "Anne", "Jacqueline", "Sandrine", "Valérie", "Véronique", "Céline",
         "Stéphanie", "Aurélie", "Émilie", "Julie", "Camille", "Léa", "Manon", "Chloé", "Emma", "Louise",
         "Alice", "Juliette", "Lucie", "Pauline", "Sophie", "Claire", "Hélène", "Odette", "Germaine",
         "Yvette", "Simone", "Denise", "Suzanne", "Paulette", "Colette", "Josiane", "Ginette", "Huguette",
         "Brigitte", "Chantal", "Danielle", "Évelyne", "Florence", "Karine", "Laetitia", "Mélanie", "Audrey",
         "Élodie", "Margaux", "Clémence", "Agathe", "Mathilde", "Apolline", "Bérénice", "Solène", "Maryse",
         "Lucienne", "Raymonde", "Thérèse", "Madeleine", "Marcelle", "Bernadette", "Gisèle", "Ghislaine",
         "Annick", "Régine", "Joëlle", "Edwige", "Blandine", "Armelle", "Sidonie", "Honorine"]),
    "compound": (
        ["Jean-Pierre", "Jean-Claude", "Jean-Marc", "Jean-Luc", "Jean-François", "Jean-Michel", "Jean-Paul",
         "Jean-Louis", "Jean-Baptiste", "Pierre-Yves", "Pierre-Alain", "Louis-Marie", "Marc-Antoine",
         "Paul-Henri", "Jean-Christophe", "Jean-Philippe", "Jean-Noël", "Jean-Yves", "Pierre-Emmanuel"],
        ["Marie-Claude", "Marie-Thérèse", "Marie-France", "Marie-Christine", "Marie-Hélène", "Anne-Marie",
         "Anne-Sophie", "Marie-Laure", "Marie-Pierre", "Marie-Noëlle", "Anne-Laure", "Marie-José",
         "Marie-Odile", "Rose-Marie", "Marie-Agnès", "Anne-Claire", "Marie-Line"]),
    "breton": (
        ["Yann", "Erwan", "Gwenaël", "Ronan", "Tanguy", "Goulven", "Maël", "Corentin", "Brieuc", "Tugdual",
         "Gurvan", "Yannick", "Hervé", "Alan", "Malo", "Riwal", "Per"],
        ["Nolwenn", "Soizic", "Gwenaëlle", "Katell", "Enora", "Maïwenn", "Anaïk", "Rozenn", "Morgane",
         "Annaig", "Gaïd", "Azilis", "Nolwen", "Maëla"]),
    "corsican": (
        ["Ange", "Toussaint", "Dominique", "Jean-Toussaint", "Paul-Antoine", "Orsu", "Anghjulu", "Petru",
         "Santu", "Ghjacumu", "Pascal", "Ours-Jean", "Xavier", "Don-Mathieu"],
        ["Marie-Dominique", "Angèle", "Letizia", "Maria", "Ghjulia", "Ornella", "Paule", "Marie-Ange",
         "Dumenica", "Vannina", "Santa"]),
    "alsatian": (
        ["Aloïse", "Materne", "Eugène", "Florent", "Joseph", "Alphonse", "Fridolin", "Lucien", "Thiébaut",
         "Arbogast", "Xavier", "Ernest", "Bernard", "Léon"],
        ["Odile", "Adèle", "Liliane", "Mathilde", "Richarde", "Frieda", "Marthe", "Cunégonde", "Irène",
         "Anne"]),
    "basque": (["Iñaki", "Peio", "Xabi", "Mikel", "Ellande", "Beñat", "Battitt", "Manex", "Ramuntxo"],
               ["Maialen", "Ainhoa", "Amaia", "Maddi", "Itziar", "Miren", "Garazi", "Kattalin"]),
    "occitan": (["Guilhem", "Ramon", "Jordi", "Cyprien", "Baptistin", "Aubin", "Fabien"],
                ["Mireille", "Magali", "Fanny", "Estelle", "Alix", "Roseline"]),
    "nord": (["Benoît", "Géry", "Éloi", "Ghislain", "Bertrand", "Hugues"],
             ["Ghislaine", "Véronique", "Bertille", "Aldegonde", "Delphine"]),
    "maghrebi": (
        ["Mohamed", "Mohammed", "Ahmed", "Karim", "Rachid", "Mehdi", "Farid", "Yacine", "Nordine",
         "Abdelkader", "Mustapha", "Samir", "Sofiane", "Bilal", "Hakim", "Khaled", "Yassine", "Ilyes", "Rayan",
         "Amine", "Walid", "Abdelaziz", "Slimane", "Nasser", "Djamel", "Kamel", "Lakhdar", "Mourad", "Saïd",
         "Hocine", "Brahim", "Redouane", "Abdallah", "Zinedine", "Mounir"],
        ["Fatima", "Samira", "Nadia", "Yasmina", "Leïla", "Khadija", "Malika", "Souad", "Karima", "Naïma",
         "Farida", "Rachida", "Zohra", "Aïcha", "Myriam", "Salima", "Sabrina", "Amel", "Nour", "Djamila",
         "Houria", "Meriem", "Fadila", "Hayat", "Wassila", "Dalila", "Latifa"]),
    "portuguese": (
        ["João", "Joaquim", "Manuel", "José", "António", "Rui", "Vítor", "Paulo", "Nuno", "Fernando", "Carlos",
         "Luís", "Armindo", "Agostinho", "Sérgio"],
        ["Fernanda", "Conceição", "Rosa", "Ana", "Fátima", "Lurdes", "Cristina", "Sandra", "Paula", "Graça",
         "Filomena", "Rosário", "Natália"]),
    "african": (
        ["Mamadou", "Moussa", "Ousmane", "Ibrahima", "Abdoulaye", "Souleymane", "Seydou", "Cheikh", "Boubacar",
         "Lamine", "Modibo", "Kofi", "Serge-Aimé", "Yao"],
        ["Aminata", "Fatoumata", "Mariama", "Awa", "Kadiatou", "Aïssatou", "Coumba", "Ramatoulaye", "Adjoa",
         "Binta", "Nafissatou", "Grâce"]),
    "turkish": (["Mehmet", "Mustafa", "Emre", "Murat", "Hüseyin", "Ali", "Kerem", "Yusuf", "Burak", "Ömer"],
                ["Ayşe", "Elif", "Zeynep", "Emine", "Fatma", "Hatice", "Esra", "Büşra", "Songül", "Derya"]),
    "asian": (["Van Thanh", "Minh", "Duc", "Tuan", "Huy", "Wei", "Jun", "Thanh Long", "Sovann", "Kim"],
              ["Thi Lan", "Mai", "Linh", "Thu", "Hoa", "Mei", "Xiaoling", "Thi Hoa", "Sophal", "Ngoc Anh"]),
    "italian": (["Giuseppe", "Antonio", "Giovanni", "Salvatore", "Luigi", "Francesco", "Angelo", "Vittorio",
                 "Domenico"],
                ["Giuseppina", "Antonella", "Carmela", "Concetta", "Rosaria", "Lucia", "Graziella"]),
    "spanish": (["José", "Manuel", "Francisco", "Miguel", "Juan", "Ramón", "Joaquín", "Andrés", "Jesús"],
                ["Carmen", "Dolores", "Pilar", "Concepción", "Encarnación", "Mercedes", "Rosario", "Amparo"]),
    "polish": (["Stanislas", "Wladyslaw", "Kazimierz", "Zbigniew", "Jan", "Tadeusz", "Bronislaw"],
               ["Jadwiga", "Stanislawa", "Halina", "Krystyna", "Wanda", "Bronislawa"]),
    "armenian": (["Haroutioun", "Garabed", "Vartan", "Arsène", "Krikor"],
                 ["Anahide", "Araxie", "Nevarte", "Siranouche", "Lucine"]),
}

#: Given names of children born since about 2005, whatever the family's origin.
GIVEN_RECENT = (
    ["Kylian", "Nolan", "Tiago", "Aylan", "Kenzo", "Timéo", "Noah", "Liam", "Sacha", "Eden", "Gabin",
     "Ethan", "Évan", "Lenny", "Mathéo", "Younes", "Ilyan", "Ayoub", "Marius", "Nino", "Milan", "Lyam",
     "Soan", "Raphaël", "Arthur", "Jules", "Gabriel", "Léo", "Hugo", "Nathan", "Théo", "Enzo", "Mathis",
     "Lucas", "Louis", "Adam", "Aaron", "Naël", "Sohan", "Maxence", "Élio", "Côme", "Ibrahim", "Isaac"],
    ["Jade", "Lina", "Maëlys", "Inaya", "Alya", "Mila", "Lou", "Léna", "Nina", "Anna", "Romy", "Élise",
     "Kenza", "Assia", "Maya", "Lyna", "Mia", "Giulia", "Lya", "Ambre", "Iris", "Capucine", "Maëlle",
     "Thaïs", "Ysé", "Naëlle", "Shaïna", "Océane", "Kiara", "Inès", "Zoé", "Rose", "Louna", "Victoire",
     "Héloïse", "Elsa", "Nahia", "Soline", "Alba", "Livia"])

# --- surnames --------------------------------------------------------------------------------

SURNAMES = {
    "french": [
        "Martin", "Bernard", "Thomas", "Petit", "Robert", "Richard", "Durand", "Dubois", "Moreau", "Laurent",
        "Simon", "Michel", "Lefebvre", "Leroy", "Roux", "David", "Bertrand", "Morel", "Fournier", "Girard",
        "Bonnet", "Dupont", "Lambert", "Fontaine", "Rousseau", "Vincent", "Lefèvre", "Faure", "André",
        "Mercier", "Blanc", "Guérin", "Boyer", "Garnier", "Chevalier", "François", "Legrand", "Gauthier",
        "Perrin", "Robin", "Clément", "Morin", "Nicolas", "Henry", "Roussel", "Mathieu", "Masson",
        "Marchand", "Duval", "Denis", "Dumont", "Lemaire", "Noël", "Dufour", "Meunier", "Brun", "Blanchard",
        "Giraud", "Joly", "Rivière", "Lucas", "Brunet", "Gaillard", "Barbier", "Arnaud", "Gérard", "Roche",
        "Renard", "Roy", "Leroux", "Colin", "Caron", "Picard", "Aubert", "Lemoine", "Renaud", "Dumas",
        "Lacroix", "Olivier", "Bourgeois", "Benoît", "Rey", "Leclerc", "Rolland", "Guillaume", "Lecomte",
        "Dupuy", "Guillot", "Hubert", "Berger", "Carpentier", "Dupuis", "Moulin", "Huet", "Vasseur",
        "Boucher", "Fleury", "Royer", "Jacquet", "Adam", "Paris", "Poirier", "Aubry", "Guyot", "Carré",
        "Charpentier", "Ménard", "Maillard", "Baron", "Bertin", "Collet", "Léger", "Bouvier", "Prévost",
        "Millet", "Perrot", "Cousin", "Germain", "Breton", "Besson", "Langlois", "Pelletier", "Lévêque",
        "Perrier", "Leblanc", "Barré", "Lebrun", "Mallet", "Boulanger", "Monnier", "Michaud", "Guichard",
        "Gillet", "Étienne", "Poulain", "Tessier", "Chauvin", "Bouchet", "Gay", "Lemaître", "Humbert",
        "Perret", "Cordier", "Pichon", "Lejeune", "Gilbert", "Lamy", "Delaunay", "Pasquier", "Laporte"],
    "comtois": [
        "Girardot", "Vuillemin", "Cuenot", "Jeannin", "Grosjean", "Faivre", "Guyon", "Jacquot", "Mougin",
        "Bouveret", "Cretin", "Pernot", "Tissot", "Prost", "Parrenin", "Vernier", "Bourdenet", "Perrenoud",
        "Chavériat", "Bichet", "Jouffroy", "Cupillard", "Vuillaume", "Billot", "Jeunet", "Boillot", "Monnot",
        "Chopard", "Pourcelot", "Droz", "Grappe", "Guillemin", "Jacquemet", "Mairot", "Pagnier", "Quintaine",
        "Cattin", "Courvoisier", "Gindre", "Bôle", "Salvi", "Clerc", "Roy-Malet", "Vuillet", "Mamet"],
    "breton": [
        "Le Bihan", "Le Floch", "Tanguy", "Le Guen", "Quéré", "Kerboriou", "Kervella", "Guivarc'h", "Le Corre",
        "Morvan", "Riou", "Jaouen", "Le Berre", "Le Meur", "Cadiou", "Le Bras", "Le Hir", "Le Moal",
        "Kerhervé", "Abgrall", "Le Gac", "Péron", "Le Gall", "Le Goff", "Le Roux", "Gourvennec", "Ollivier",
        "Le Quéau", "Kerdraon", "Toullec"],
    "corsican": [
        "Santoni", "Paoli", "Casanova", "Luciani", "Mattei", "Leca", "Albertini", "Giudicelli", "Filippi",
        "Pietri", "Ceccaldi", "Acquaviva", "Bartoli", "Franceschi", "Agostini", "Susini", "Orsini",
        "Colonna", "Poli", "Peretti", "Antonini", "Rocca Serra", "Simeoni", "Marcaggi"],
    "alsatian": [
        "Schmitt", "Muller", "Meyer", "Weber", "Wagner", "Schneider", "Klein", "Fischer", "Hoffmann",
        "Kieffer", "Schaeffer", "Wurtz", "Haeberlé", "Ehrhart", "Stoeckel", "Zimmermann", "Koenig", "Huber",
        "Walter", "Heitz", "Ott", "Bauer", "Kuntz", "Grasser", "Lutz", "Stutzmann", "Ritter", "Burgstahler"],
    "basque": ["Etcheverry", "Elissalde", "Irigoyen", "Harispe", "Bidegain", "Etchegaray", "Larralde",
               "Iribarne", "Aguerre", "Ospital", "Etxeberria", "Haramburu", "Goyenetche"],
    "occitan": ["Castaing", "Lafont", "Fabre", "Vidal", "Lacoste", "Puech", "Estève", "Granier", "Pujol",
                "Sabatier", "Cazals", "Bousquet", "Mas", "Rouquette", "Delmas", "Couderc", "Calvet"],
    "nord": ["Vandenberghe", "Devos", "Deschamps", "Vanhoutte", "Dewaele", "Delannoy", "Declercq",
             "Vandamme", "Dhondt", "Verhaeghe", "Desmet", "Hennebelle", "Delcroix", "Deleplanque",
             "Van de Velde", "Vanneste", "Lefranc"],
    "maghrebi": [
        "Benali", "Bouzid", "Haddad", "Belkacem", "Benkhelifa", "Aït Ahmed", "Cherif", "Mansouri", "Brahimi",
        "Zerrouki", "El Amrani", "Ouali", "Benmoussa", "Khelifi", "Saïdi", "Hamidi", "Amrani", "Boukhari",
        "Belhadj", "Mebarki", "Ziani", "Chaouch", "Ben Salah", "Bensaïd", "Lahlou", "Tahiri", "El Idrissi",
        "Bouaziz", "Meziane", "Hadjadj", "Laribi", "Abdelli", "Aït Kaci", "Ben Youssef", "Djebbar"],
    "portuguese": [
        "Da Silva", "Dos Santos", "Pereira", "Ferreira", "Rodrigues", "Fernandes", "Gonçalves", "Lopes",
        "Teixeira", "Carvalho", "Oliveira", "Martins", "De Sousa", "Pinto", "Ribeiro", "Coelho", "Cardoso",
        "Da Costa", "Alves", "Monteiro", "Mendes", "Machado", "Fonseca", "De Almeida", "Vieira", "Nunes",
        "Da Cunha", "Dos Reis"],
    "italian": ["Rossi", "Bianchi", "Colombo", "Ricci", "Marchetti", "Lombardi", "Russo", "Ferrari", "Romano",
                "Conti", "Esposito", "Gallo", "De Luca", "Mancini", "Fontana", "Moretti", "Barbieri",
                "Rinaldi", "Giordano", "Santini", "Di Stefano", "Lo Presti"],
    "spanish": ["Garcia", "Martinez", "Lopez", "Sanchez", "Fernandez", "Gonzalez", "Perez", "Rodriguez",
                "Navarro", "Jimenez", "Ruiz", "Hernandez", "Moreno", "Romero", "Alonso", "Gutierrez", "Diaz",
                "Muñoz", "Alvarez", "Serrano", "Ibáñez"],
    "polish": ["Kowalski", "Nowak", "Wisniewski", "Lewandowski", "Kaminski", "Zielinski", "Wozniak",
               "Kaczmarek", "Mazur", "Krawczyk", "Szymanski", "Grabowski"],
    "turkish": ["Yilmaz", "Kaya", "Demir", "Sahin", "Celik", "Ozturk", "Aydin", "Yildiz", "Arslan", "Dogan",
                "Kilic", "Aslan", "Cetin", "Kara", "Koç", "Kurt", "Özdemir"],
    "asian": ["Nguyen", "Tran", "Le", "Pham", "Hoang", "Vu", "Vo", "Dang", "Bui", "Do", "Ngo", "Duong",
              "Ly", "Truong", "Chen", "Wang", "Zhang", "Lin", "Sok", "Chhim"],
    "african": ["Diallo", "Traoré", "Diop", "Ndiaye", "N'Diaye", "Keita", "Coulibaly", "Camara", "Sylla",
                "Konaté", "Cissé", "Sow", "Ba", "Fofana", "Touré", "Kouassi", "Bamba", "Koné", "Sangaré",
                "Mendy", "Gomis", "Tshibangu", "Mabiala", "Nkounkou", "Mensah", "Ouédraogo"],
    "armenian": ["Petrossian", "Karapetian", "Hovsepian", "Manoukian", "Sarkissian", "Der Avanessian"],
    "particle": ["de Bonnefoy", "d'Aubigny", "de La Bretonnière", "du Plessis", "de Vaulx", "des Garets",
                 "de Montrichard", "de Lestang", "Le Tellier de Vauville", "de Saint-Aubin", "d'Orival"],
    "hyphenated": ["Faivre-Pierret", "Martin-Dupuis", "Lefèvre-Dumont", "Bernard-Reymond",
                   "Da Silva-Pereira", "Benali-Roussel", "Le Gall-Kervella", "Grosjean-Vuillemin",
                   "Moreau-Nguyen", "Diallo-Mercier", "Pernot-Bichet"],
}

#: Where given names come from for each surname group (the rest draws French ones too).
GIVEN_FOR = {
    "french": "french", "comtois": "french", "breton": "breton", "corsican": "corsican",
    "alsatian": "alsatian", "basque": "basque", "occitan": "occitan", "nord": "nord", "maghrebi": "maghrebi",
    "portuguese": "portuguese", "italian": "italian", "spanish": "spanish", "polish": "polish",
    "turkish": "turkish", "asian": "asian", "african": "african", "armenian": "armenian",
    "particle": "french", "hyphenated": "french",
}

#: How often each surname group appears, before an organisation's region tilts it.
ORIGIN_WEIGHTS = {
    "french": 40, "comtois": 6, "breton": 5, "corsican": 2, "alsatian": 4, "basque": 2, "occitan": 3,
    "nord": 3, "maghrebi": 10, "portuguese": 6, "italian": 3, "spanish": 3, "polish": 1.5, "turkish": 2.5,
    "asian": 2.5, "african": 4, "armenian": 1, "particle": 1.5, "hyphenated": 2,
}

# --- places ---------------------------------------------------------------------------------

#: Streets named after people (their names are not personal data in an address).
STREETS_PEOPLE = [
    "Jean Jaurès", "Victor Hugo", "du Général de Gaulle", "Pasteur", "Gambetta", "Jules Ferry",
    "Jean Moulin", "Pierre et Marie Curie", "Émile Zola", "Anatole France", "du Général Leclerc",
    "Louis Pergaud", "Gustave Courbet", "Victor Schœlcher", "Lucie Aubrac", "Georges Brassens",
    "Jacques Prévert", "Antoine de Saint-Exupéry", "Simone Veil", "Jean Macé", "Léon Blum",
    "Aristide Briand", "Georges Clemenceau", "du Maréchal Foch", "Voltaire", "Molière", "Jean-Jacques Rousseau",
    "Paul Verlaine", "Arthur Rimbaud", "Hector Berlioz", "Louise Michel", "Olympe de Gouges",
    "Germaine Tillion", "Joséphine Baker", "Jean Monnet", "Robert Schuman", "Charles Nodier", "Xavier Marmier",
    "du Docteur Roux", "de l'Abbé Grégoire", "des Frères Lumière", "Rouget de Lisle", "Théodore Botrel",
    "Fesch", "Pascal Paoli", "Bartholdi", "du Général Rapp", "Albert Schweitzer", "Jacques Laffitte",
    "Marcel Pagnol", "Frédéric Mistral", "Martin Luther King", "Nelson Mandela", "Salvador Allende",
    "Colonel Fabien", "Danielle Casanova", "Henri Barbusse", "Gabriel Péri", "Paul Éluard", "Marie Marvingt",
]

STREETS_OTHER = [
    "des Lilas", "de la Gare", "du Moulin", "des Écoles", "de l'Église", "du Stade", "des Vergers",
    "de la Mairie", "du Château", "des Prés", "de la Source", "des Acacias", "du Pont", "des Tilleuls",
    "de la Fontaine", "des Champs", "du Lavoir", "de Besançon", "de la Liberté", "du 8 Mai 1945",
    "du 11 Novembre", "des Merles", "des Vignes", "de la Combe", "du Verger", "des Sapins", "de la Forêt",
    "des Jardins", "du Canal", "de la République", "des Peupliers", "de la Croix", "du Chêne", "des Cerisiers",
    "de la Chapelle", "du Four", "des Roches", "de la Loue", "du Port", "des Mésanges",
]

STREET_TYPES = [("Rue", "R", "RUE"), ("Avenue", "AV", "AVENUE"), ("Boulevard", "BD", "BOULEVARD"),
                ("Place", "PL", "PLACE"), ("Impasse", "IMP", "IMPASSE"), ("Chemin", "CHE", "CHEMIN"),
                ("Allée", "ALL", "ALLEE"), ("Route", "RTE", "ROUTE"), ("Quai", "QU", "QUAI"),
                ("Square", "SQ", "SQUARE"), ("Passage", "PAS", "PASSAGE"), ("Cours", "CRS", "COURS")]

#: Cadastral place names (lieux-dits), some built on a person's name long ago.
LIEUX_DITS = [
    "PRE ROBERT", "CHAMP MARTIN", "LES GRANDS CHAMPS", "SUR LA ROCHE", "LA COMBE GUERIN", "PRE MONSIEUR",
    "BOIS DE LA DAME", "EN VAUX", "AUX GRAVIERS", "LE CLOS JEANNIN", "CHAMP DU PUITS", "LES BOUVEROTS",
    "SOUS LE BOIS", "CREUX JACQUOT", "PRE SAINT PIERRE", "LA VIGNE GIRARD", "FIN DE BAS", "LES CHARRIERES",
    "CHAMP PERRIN", "LES TERREAUX", "LA FONTAINE JEAN", "AU DESSUS DU VILLAGE", "LES ESSARTS", "COMBE NOIRE",
    "PRE DE LA CURE", "LE BREUIL", "LES SAUGETTES", "CHAMP THIEBAUD", "SUR LES VIGNES", "LA MALADIERE",
]

COMMUNES_DOUBS = [
    "Amancey", "Cléron", "Durnes", "Échevannes", "Flagey", "Foucherans", "Lods", "Malbrans",
    "Mouthier-Haute-Pierre", "Montgesoye", "Scey-Maisières", "Tarcenay", "Trépot", "Vuillafans", "Étalans",
    "Saules", "Nods", "Vernierfontaine", "Bolandoz", "Déservillers", "Silley-Amancey", "Longeville",
    "Villers-sous-Montrond", "Guyans-Durnes", "Charbonnières-les-Sapins", "L'Hôpital-du-Grosbois",
    "Épeugney", "Fertans", "Merey-sous-Montrond", "Reugney", "Chassagne-Saint-Denis", "Bians-les-Usiers",
]

# --- organisations and businesses -----------------------------------------------------------

SCI_NAMES = ["LES TILLEULS", "DU MOULIN", "LA COMBE", "DES PRES", "DU CHATEAU", "LES VERGERS", "JMD",
             "LE CLOS FLEURI", "DES SOURCES", "BELLEVUE", "HORIZON", "LES TROIS CHENES", "DU PARC",
             "IMMO LOUE", "PATRIMOINE 25", "LA FRUITIERE", "DES ROCHES", "L'ORÉE DU BOIS"]

ACTIVITIES = ["TP", "BATIMENT", "IMMOBILIER", "ENERGIES", "PAYSAGES", "TRANSPORTS", "MENUISERIE",
              "ELECTRICITE", "PLOMBERIE", "AUTOMOBILES", "CONSTRUCTION", "HABITAT"]

FARMS = ["DU MOULIN", "DES COMBES", "DE LA FRUITIERE", "DU PLATEAU", "DES SAPINS", "DE LA FERME NEUVE",
         "DU BIEF", "DES TROIS FONTAINES", "DU MONT", "DE LA VALLEE", "DES GENTIANES"]

LANDLORDS = ["Habitat du Doubs", "Néolia", "Logis Comtois", "Habitat 25", "Finistère Habitat",
             "Erilia", "Office Public de l'Habitat de Colmar", "Vilogia", "Lille Métropole Habitat",
             "Habitat Sud Atlantic", "Lyon Métropole Habitat", "Plaine Commune Habitat", "Roussillon Habitat",
             "Batigère", "CDC Habitat", "ICF Habitat", "3F"]

PUBLIC_OWNERS = ["COMMUNE DE {commune}", "DEPARTEMENT DU DOUBS", "ETAT MINISTERE DES ARMEES", "SNCF RESEAU",
                 "OFFICE NATIONAL DES FORETS", "CCAS DE {commune}", "SYNDICAT DES EAUX DE LA HAUTE LOUE",
                 "REGION BOURGOGNE FRANCHE COMTE", "ETABLISSEMENT PUBLIC FONCIER DOUBS BFC",
                 "SAFER BOURGOGNE FRANCHE COMTE", "ASSOCIATION DIOCESAINE DE BESANCON",
                 "COMMUNAUTE DE COMMUNES LOUE LISON", "VOIES NAVIGABLES DE FRANCE", "SECTION DE {commune}"]

#: Associations, some named after a person, some with one in their object.
ASSOCIATIONS = [
    ("Les Amis de Gustave Courbet", "amisdecourbet"), ("Amicale laïque Jean Macé", "amicale.jeanmace"),
    ("Football Club de la Loue", "fcloue"), ("Tennis Club Ornanais", "tennisclub.ornans"),
    ("Comité des fêtes", "comitedesfetes"), ("Amicale des sapeurs-pompiers", "amicale.sp"),
    ("Club de l'âge d'or", "clubagedor"), ("Association des parents d'élèves", "ape"),
    ("Les Jardins partagés du Verger", "jardins.verger"), ("Harmonie municipale", "harmonie"),
    ("Société de chasse La Diane", "chasse.ladiane"), ("Gym volontaire", "gymvolontaire"),
    ("Les Restos du Cœur - antenne locale", "restosducoeur.antenne"), ("Secours populaire", "secourspop"),
    ("Club Léo Lagrange", "leolagrange"), ("Compagnie théâtrale Molière & Co", "moliereetco"),
    ("Association culturelle franco-portugaise", "acfp"), ("Union sportive Jean Jaurès", "usjj"),
    ("Anciens combattants UNC", "unc.section"), ("Ski club du Haut-Doubs", "skiclub.hautdoubs"),
    ("Association Victor Hugo de quartier", "avh.quartier"), ("Judo club Jigoro Kano", "judoclub"),
    ("Cercle généalogique", "genealogie"), ("Les Randonneurs de la Vallée", "rando.vallee"),
    ("Fanfare Sainte-Cécile", "sainte.cecile"), ("Asso culturelle turque Anadolu", "anadolu"),
    ("Ligue des droits de l'homme - section", "ldh.section"), ("Boxing club Marcel Cerdan", "bccerdan"),
]

EQUIPMENT = [
    "Gymnase Léo Lagrange", "Salle Pierre de Coubertin", "Stade Jean Bouin", "Médiathèque Pierre Bayle",
    "Espace Jean Vilar", "Salle des fêtes", "Maison de quartier Jean Macé", "Centre social Louise Michel",
    "Complexe sportif Marcel Cerdan", "Dojo Jigoro Kano", "Théâtre Edwige Feuillère",
    "Conservatoire Hector Berlioz", "Salle Victor Hugo", "Halle Georges Brassens", "Crèche Les Petits Loups",
    "Maison des associations", "Bibliothèque Nelson Mandela", "Gymnase Marie Marvingt",
    "Piscine Lucien Zins", "Boulodrome municipal", "Skatepark", "Maison de santé", "Halte-garderie Pomme d'Api",
    "Centre culturel Aimé Césaire", "Salle polyvalente Simone Veil", "Stade Léo Lagrange", "Patinoire",
    "Centre nautique Alain Mimoun", "Tennis couverts Suzanne Lenglen", "Mairie annexe", "Hôtel de ville",
    "Office de tourisme", "Musée Courbet", "Cinéma Le Colisée", "Salle Jacques Brel", "Gymnase Jean Zay",
    "EHPAD Les Tilleuls", "Résidence autonomie Les Capucines", "Relais petite enfance", "Point info jeunesse",
]

SCHOOL_KINDS = ["École maternelle", "École élémentaire", "École primaire", "Groupe scolaire", "Collège",
                "École maternelle publique", "École élémentaire publique", "École primaire privée"]

SCHOOL_NAMES = ["Jules Ferry", "Jean Macé", "Marie Curie", "Victor Hugo", "Louis Pasteur", "Jacques Prévert",
                "Les Tilleuls", "du Centre", "Paul Éluard", "Jean Zay", "Condorcet", "Anne Frank", "Saint-Joseph",
                "Robert Desnos", "Pierre Perret", "Les Vergers", "Louise Michel", "Jean Moulin", "Émile Zola",
                "Jean de La Fontaine", "Saint-Exupéry", "Simone Veil", "Charles Perrault", "Georges Brassens"]

RESIDENCES = ["Résidence Victor Hugo", "Cité Jean Macé", "Résidence Les Hortensias", "Les Hauts de Loue",
              "Résidence Pablo Picasso", "Cité des Cheminots", "Résidence Louise Michel", "Le Clos Saint-Martin",
              "Résidence du Parc", "Les Terrasses de la Gare", "Résidence Marie Curie", "Quartier Jean Jaurès",
              "Résidence Les Érables", "Les Jardins de Bregille", "Cité Lafayette", "Résidence Simone Signoret"]

BUSINESSES = ["Boulangerie Martin", "Coiffure Nadia", "Chez Fatou", "Bar Le Central", "Pharmacie Grosjean",
              "Garage Faivre et Fils", "Pizzeria Chez Toni", "Fromagerie Vuillemin", "Café de la Poste",
              "Restaurant Le Saint-Jean", "Boucherie Haddad", "Fleurs de Sophie", "Épicerie Da Silva",
              "Brasserie Victor Hugo", "Tabac-presse Le Balto", "Institut Élodie Beauté", "Kebab Istanbul",
              "Optique Meyer", "Auto-école Jean Jaurès", "Librairie Les Mots de Marie", "Crêperie Ty Breizh",
              "Salon Mireille Coiffure", "Boulangerie Ben Salah", "Charcuterie Mougin", "Taxi Ornans",
              "Cordonnerie Chez Manu", "Pâtisserie Lefèvre", "Au Fournil de Julien"]

CONTRACTORS = ["EIFFAGE ROUTE CENTRE EST", "COLAS FRANCE", "SARL TP VERNIER", "SAS ELEC'LOUE",
               "CITEOS", "SPIE CITYNETWORKS", "SARL ESPACES VERTS FAIVRE", "SAS ID VERDE", "VEOLIA EAU",
               "SAUR", "SUEZ EAU FRANCE", "SARL MENUISERIE GIRARDOT", "SOGEA EST BTP", "SCOP ARBORESCENCE",
               "SAS BUREAU D'ETUDES ARTELIA", "EURL PEINTURE GUYON", "SA BOUYGUES ENERGIES ET SERVICES",
               "SARL CHAUFFAGE DA COSTA", "SAS SIGNAUX GIROD", "GROUPEMENT SOLIHA DOUBS"]

TREE_TAXA = ["Tilia cordata", "Platanus x acerifolia", "Acer platanoides 'Crimson King'", "Quercus robur",
             "Fagus sylvatica", "Carpinus betulus 'Fastigiata'", "Prunus serrulata 'Kanzan'",
             "Aesculus hippocastanum", "Fraxinus excelsior", "Betula pendula", "Liquidambar styraciflua",
             "Ginkgo biloba", "Celtis australis", "Sophora japonica", "Pinus nigra", "Acer campestre",
             "Magnolia grandiflora", "Malus 'Evereste'", "Sorbus aucuparia", "Pyrus calleryana 'Chanticleer'"]

REMARKABLE_TREES = ["Tilleul de Sully", "Chêne Napoléon", "Arbre de la Liberté", "Chêne de la Vierge",
                    "Tilleul de la Place", "Séquoia du parc", "Platane du Général", "Hêtre de la Combe",
                    "Marronnier Victor Hugo", "If du cimetière", "Chêne Saint-Martin", "Cèdre du Liban"]

EVENTS = ["Fête de la Saint-Jean", "Festival Victor Hugo", "Trail des Forts", "Marché de Noël",
          "Foire aux vins", "Course de la Saint-Martin", "Fête de la musique", "Bal du 14 juillet",
          "Salon du livre Louis Pergaud", "Vide-greniers du quartier Jean Jaurès", "Rallye Gustave Courbet",
          "Nuit des musées", "Concert de la Sainte-Cécile", "Carnaval des écoles", "Forum des associations",
          "Journées européennes du patrimoine", "Brocante du Moulin", "Festival Marcel Pagnol",
          "Randonnée des Gentianes", "Tournoi Suzanne Lenglen"]

CEMETERIES = ["Cimetière des Chaprais", "Cimetière Saint-Claude", "Cimetière communal", "Cimetière de la Croix",
              "Cimetière Saint-Ferjeux", "Cimetière paysager", "Cimetière israélite", "Cimetière du Bourg",
              "Nouveau cimetière", "Cimetière militaire", "Cimetière de Kerfeunteun", "Cimetière marin"]

PRACTICE_WORDS = ["Cabinet", "Atelier", "Agence"]
