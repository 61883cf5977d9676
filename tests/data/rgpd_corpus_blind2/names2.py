"""Names for the blind-2 corpus, written for it (see README.md): people, organisations, places.

Given names are listed by origin and generation; surnames by origin. ``REGION_MIX`` says, for each
publisher's region, how often a person's family comes from each origin. Organisations, streets and
lieux-dits are what real registers hold next to people: many are named after someone.
"""

# Given names: (female, male) per origin.
GIVEN = {
    "fr_old": (
        [
            "Marcelle", "Raymonde", "Gilberte", "Léontine", "Eugénie", "Odette", "Ginette", "Lucienne", "Paulette",
            "Jeanine", "Huguette", "Simone", "Yvette", "Clotilde", "Berthe", "Germaine", "Marie-Louise", "Andrée",
            "Colette", "Renée", "Madeleine", "Suzanne", "Denise", "Irène", "Solange", "Mauricette", "Josette",
            "Fernande", "Henriette", "Angèle", "Marthe", "Lucette",
        ],
        [
            "Fernand", "Augustin", "Germain", "Maurice", "Roger", "Armand", "Ferdinand", "Alphonse", "Marcel",
            "Raymond", "Lucien", "Gaston", "Émile", "Léon", "Albert", "René", "Georges", "Robert", "André", "Henri",
            "Edmond", "Firmin", "Aimé", "Clovis", "Hippolyte", "Anatole", "Jean-Baptiste", "Honoré", "Octave", "Désiré",
        ],
    ),
    "fr_mid": (
        [
            "Marie-Thérèse", "Bernadette", "Monique", "Sylvie", "Nathalie", "Sandrine", "Véronique", "Brigitte",
            "Martine", "Christine", "Isabelle", "Catherine", "Françoise", "Dominique", "Pascale", "Valérie", "Corinne",
            "Murielle", "Evelyne", "Chantal", "Marie-Claude", "Annick", "Maryvonne", "Nadine", "Patricia", "Laurence",
            "Agnès", "Béatrice", "Marie-Pierre", "Anne-Sophie",
        ],
        [
            "Jean-Claude", "Gérard", "Hervé", "Thierry", "Christophe", "Jean-Pierre", "Patrick", "Didier", "Bernard",
            "Alain", "Philippe", "Dominique", "Pascal", "Jean-Marc", "Gilles", "Serge", "Daniel", "Jean-Luc", "Francis",
            "Jacky", "Régis", "Bruno", "Laurent", "Éric", "Jean-François", "Yves", "Michel", "Guy", "Joël",
            "Marc-Antoine",
        ],
    ),
    "fr_young": (
        [
            "Aurélie", "Jessica", "Léa", "Jade", "Louise", "Ambre", "Maëlle", "Chloé", "Manon", "Camille", "Océane",
            "Emma", "Lou", "Romane", "Zoé", "Inès", "Clémence", "Pauline", "Margaux", "Anaïs", "Lison", "Capucine",
            "Mila", "Rose", "Alice", "Élise", "Julie", "Charlotte", "Lilou", "Agathe",
        ],
        [
            "Kévin", "Enzo", "Gabriel", "Raphaël", "Arthur", "Timéo", "Nolan", "Mathéo", "Ludovic", "Jérémy", "Maxime",
            "Hugo", "Théo", "Lucas", "Noé", "Sacha", "Louis", "Jules", "Baptiste", "Valentin", "Quentin", "Florian",
            "Dylan", "Corentin", "Adrien", "Tom", "Martin", "Léon", "Paul-Henri", "Jean-Eudes",
        ],
    ),
    "breton": (
        [
            "Nolwenn", "Soizic", "Katell", "Enora", "Maïwenn", "Gaïd", "Morgane", "Anne-Laure", "Rozenn", "Gwenaëlle",
            "Solenn", "Armelle", "Bleuenn", "Klervi", "Annaïg", "Tifenn", "Yuna", "Maëla",
        ],
        [
            "Yannick", "Gwénaël", "Erwan", "Tanguy", "Loïc", "Ronan", "Goulven", "Riwal", "Briac", "Youenn", "Yann",
            "Corentin", "Gurvan", "Malo", "Tristan", "Hervé", "Mikaël", "Per", "Jean-Yves", "Yves-Marie",
        ],
    ),
    "corse": (
        [
            "Letizia", "Marie-Dominique", "Angèle-Marie", "Santa", "Paule", "Ghjulia", "Francesca", "Marie-Ange",
            "Vannina", "Laetitia", "Marie-Jeanne", "Stella",
        ],
        [
            "Jean-Toussaint", "Ange-Marie", "Toussaint", "Orsu", "Petru", "Paul-Antoine", "Dominique", "Xavier",
            "Pascal", "Ghjuvan Battista", "Jean-Dominique", "Don-Mathieu", "Santu", "Lisandru",
        ],
    ),
    "alsace": (
        [
            "Odile", "Albertine", "Doris", "Marie-Odile", "Liliane", "Edith", "Mathilde", "Christiane", "Gertrude",
            "Aloysia", "Régine", "Ottilie",
        ],
        [
            "Aloïse", "Hubert", "Florent", "Eugène", "Joseph", "Lucien", "Materne", "Bernard", "Théo", "Frédéric",
            "Gérard", "Arsène", "Xavier", "Fridolin", "Léon",
        ],
    ),
    "basque": (
        ["Maite", "Amaia", "Ainhoa", "Miren", "Maddi", "Itziar", "Garazi", "Maialen", "Nahia", "Kattalin"],
        [
            "Peio", "Eneko", "Xabi", "Iñaki", "Battitte", "Gorka", "Txomin", "Beñat", "Ximun", "Manex", "Ellande",
            "Jean-Baptiste", "Mixel",
        ],
    ),
    "occitan": (
        [
            "Mireille", "Fanny", "Magali", "Estelle", "Marinette", "Josiane", "Séverine", "Roselyne", "Nadège",
            "Clémentine",
        ],
        [
            "Estève", "Bernat", "Guilhem", "Frédéric", "Marius", "Fabien", "Sébastien", "Jean-Louis", "Aurélien",
            "Bastien", "Joan", "Pierre-Jean",
        ],
    ),
    "flandre": (
        [
            "Ghislaine", "Marie-José", "Arlette", "Blandine", "Marie-Paule", "Ludivine", "Mélanie", "Delphine",
            "Virginie", "Amandine",
        ],
        [
            "Ghislain", "Jean-Marie", "Marc", "Jérôme", "Benoît", "Cédric", "Frédéric", "Olivier", "Gaëtan", "Rudy",
            "Christian", "Wilfried",
        ],
    ),
    "maghreb": (
        [
            "Nadia", "Samira", "Yasmina", "Fatima-Zahra", "Houria", "Malika", "Khadija", "Inès", "Lina", "Nour",
            "Sarah", "Meriem", "Leïla", "Rachida", "Zohra", "Aïcha", "Souad", "Naïma", "Yasmine", "Hind",
        ],
        [
            "Mohamed", "Karim", "Rachid", "Mourad", "Abdelkader", "Soufiane", "Nassim", "Djamel", "Ilyes", "Amine",
            "Yanis", "Mehdi", "Hakim", "Farid", "Bilal", "Said", "Youssef", "Abdelhak", "Rayan", "Mohand",
        ],
    ),
    "portugais": (
        ["Maria", "Fernanda", "Conceição", "Rosa-Maria", "Filipa", "Ana", "Lurdes", "Sandra", "Cátia", "Fátima"],
        [
            "João", "Manuel", "Joaquim", "Armindo", "Tiago", "José", "António", "Rui", "Nuno", "Fernando", "Carlos",
            "Paulo",
        ],
    ),
    "italien": (
        ["Carmela", "Antonella", "Giuseppina", "Rosaria", "Giovanna", "Lucia", "Graziella", "Paola"],
        ["Giuseppe", "Lorenzo", "Rocco", "Salvatore", "Vincenzo", "Angelo", "Luigi", "Franco", "Dino", "Gianni"],
    ),
    "espagnol": (
        ["Dolores", "Pilar", "Carmen", "Encarnación", "Mercedes", "Rosario", "Amparo", "Inmaculada"],
        ["José-Luis", "Ramón", "Manuel", "Francisco", "Antonio", "Jesús", "Miguel", "Juan-Carlos"],
    ),
    "polonais": (
        ["Stanislawa", "Halina", "Jadwiga", "Krystyna", "Bronislawa", "Wanda"],
        ["Stanislas", "Czeslaw", "Kazimierz", "Zbigniew", "Tadeusz", "Wladyslaw", "Jozef", "Edmund"],
    ),
    "turc": (
        ["Ayşe", "Elif", "Zeynep", "Hatice", "Emine", "Fatma", "Büşra", "Merve"],
        ["Mehmet", "Emre", "Yusuf", "Mustafa", "Hüseyin", "Ibrahim", "Serkan", "Burak", "Ismail"],
    ),
    "vietnam": (
        ["Thi Lan", "Thi Hoa", "Thanh Huong", "Ngoc Anh", "Mai", "Thu Trang", "Kim Lien"],
        ["Van Minh", "Thanh", "Quang", "Van Duc", "Huu Tai", "Minh Tuan", "Duc Anh"],
    ),
    "chine": (["Li Na", "Mei", "Xiaoyan", "Jing", "Ying", "Hui"], ["Wei", "Jun", "Hao", "Lei", "Jian", "Zhiwei"]),
    "afrique": (
        [
            "Aminata", "Fatoumata", "Awa", "Kadiatou", "Mariama", "Adjoa", "Grâce", "Chancelle", "Bintou",
            "Ramatoulaye", "Aïssatou", "Nafissatou", "Prisca", "Divine",
        ],
        [
            "Mamadou", "Ousmane", "Moussa", "Boubacar", "Seydou", "Koffi", "Jean-Bosco", "Dieudonné", "Exaucé",
            "Abdoulaye", "Ibrahima", "Cheikh", "Kwame", "Serge-Aymar", "Lamine",
        ],
    ),
    "armenien": (
        ["Anahit", "Arpi", "Nairi", "Siranouche", "Lilit", "Araxie"],
        ["Arménak", "Garo", "Sevan", "Hagop", "Vartan", "Ara", "Krikor"],
    ),
}

SURNAMES = {
    "fr": [
        "Martin", "Bernard", "Petit", "Durand", "Leroy", "Moreau", "Simon", "Laurent", "Michel", "Garnier", "Rousseau",
        "Faure", "Blanchard", "Guérin", "Boyer", "Gauthier", "Perrin", "Robin", "Clément", "Morin", "Nicolas", "Henry",
        "Roussel", "Mathieu", "Gautier", "Masson", "Marchal", "Duval", "Denis", "Dumont", "Barbier", "Brunet", "Renaud",
        "Giraud", "Lemoine", "Picard", "Aubert", "Colin", "Vasseur", "Poirier", "Baron", "Hubert", "Gaillard", "Collet",
        "Mallet", "Huet", "Perrot", "Cordier", "Guyot", "Tessier", "Hoarau", "Payet", "Grondin", "Billard", "Prévost",
        "Jacquot", "Mougin", "Vuillemin", "Girardot", "Cuenot", "Bourgeois", "Jeunot", "Pernin", "Brocard", "Poinsot",
        "Monnier", "Trouillot", "Vuillaume", "Courtot", "Bouveret",
    ],
    "fr_words": [
        "Boulanger", "Fontaine", "Lebrun", "Chevalier", "Marchand", "Mercier", "Berger", "Meunier", "Faucon",
        "Rossignol", "Loiseau", "Charpentier", "Lamy", "Bonnet", "Renard", "Vigneron", "Chapelle", "Dujardin",
        "Rivière", "Rocher", "Lebon", "Sage", "Blanc", "Lenoir", "Roy", "Carré", "Pasteur", "Lagarde", "Bouvier",
        "Lemaître", "Lavigne", "Beaufils", "Printemps",
    ],
    "breton": [
        "Le Goff", "Le Bihan", "Quéméner", "Guivarc'h", "Le Floch", "Le Gall", "Tanguy", "Le Corre", "Kerbrat", "Cozic",
        "Riou", "Le Meur", "Guillou", "Le Guen", "Morvan", "Prigent", "Jézéquel", "Le Cam", "Nédélec", "Pengam",
        "Cloarec", "Le Gac", "Caradec", "Abgrall", "Le Bras", "L'Hostis", "Quiniou", "Le Coz", "Kervella", "Le Berre",
        "Gourvennec", "Le Saux", "Creac'h", "Le Duff", "Hamon", "Kerhervé", "Le Roux",
    ],
    "corse": [
        "Santoni", "Luciani", "Casanova", "Pietri", "Mattei", "Poli", "Filippi", "Orsini", "Antonetti", "Giacomoni",
        "Colonna", "Ceccaldi", "Peretti", "Paoli", "Leca", "Marchetti", "Susini", "Bartoli", "Nicolai", "Albertini",
        "Agostini", "Franceschi", "Tomasi", "Ottavi", "Maestracci",
    ],
    "alsace": [
        "Schmitt", "Meyer", "Klein", "Weber", "Wagner", "Huber", "Schneider", "Kieffer", "Heitz", "Wendling",
        "Schaeffer", "Ott", "Zimmermann", "Bauer", "Gerber", "Walter", "Fritsch", "Ehrhart", "Oberlé", "Hertzog",
        "Kuntz", "Rinckel", "Jaeglé", "Spitz", "Wolff", "Roecklin", "Haeffelé", "Ringeisen", "Muller", "Hoffmann",
        "Stoll", "Ackermann",
    ],
    "basque": [
        "Etcheverry", "Iriart", "Harispe", "Elissalde", "Haramboure", "Oçafrain", "Bidegain", "Arrieta", "Goyhenetche",
        "Larralde", "Mendiboure", "Ospital", "Sallaberry", "Urruty", "Iturria", "Bordagaray", "Etchegaray", "Inchauspé",
        "Aguerre", "Darraïdou", "Ithurralde", "Elizondo",
    ],
    "occitan": [
        "Vidal", "Fabre", "Roux", "Bonnafous", "Cazals", "Bousquet", "Fabié", "Pujol", "Escudié", "Calmettes",
        "Carrière", "Bouscatel", "Rouquette", "Maury", "Barthès", "Couderc", "Teulié", "Cabanes", "Delmas", "Soulié",
        "Vigouroux", "Bessière", "Lacombe", "Alazard", "Ginestet",
    ],
    "flandre": [
        "Lefebvre", "Vandenberghe", "Vanhoutte", "Delattre", "Dewaele", "Declercq", "Verhaeghe", "Vermeersch",
        "Demeester", "Deconinck", "Lemaire", "Wattel", "Dhondt", "Vanneste", "Desmet", "Leclercq", "Lecomte",
        "Descamps", "Duquesne", "Carpentier", "Delannoy", "Vandamme", "Ghesquière", "Van de Walle",
    ],
    "maghreb": [
        "Benali", "Haddad", "Bouzid", "Belkacem", "Khelifi", "Mansouri", "Saïdi", "Boukhari", "Cherif", "Amrani",
        "Ouali", "Ziani", "Benmoussa", "El Idrissi", "Aït Ahmed", "Benyahia", "Hamidi", "Lahlou", "Rahmani", "Tahiri",
        "Bouaziz", "Mebarki", "Brahimi", "Ben Salah", "Zerrouki",
    ],
    "portugais": [
        "Da Silva", "Dos Santos", "Pereira", "Ferreira", "Gonçalves", "Rodrigues", "Fernandes", "Teixeira", "Carvalho",
        "Mendes", "Lopes", "Ribeiro", "Pinto", "Moreira", "Sousa", "Marques", "Almeida", "Cardoso", "De Oliveira",
        "Rocha", "Da Costa", "Gomes",
    ],
    "italien": [
        "Rossi", "Russo", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci", "Marino", "Greco", "Bruno", "Gallo",
        "Conti", "De Luca", "Mancini", "Lombardi", "Giordano", "Rizzo", "Barbieri", "Moretti", "Santoro", "Caruso",
        "Ferraro", "Di Stefano",
    ],
    "espagnol": [
        "Garcia", "Martinez", "Lopez", "Sanchez", "Fernandez", "Gonzalez", "Perez", "Rodriguez", "Gomez", "Ruiz",
        "Jimenez", "Navarro", "Moreno", "Ortega", "Castillo", "Alvarez",
    ],
    "polonais": [
        "Kowalski", "Nowak", "Wisniewski", "Kaminski", "Lewandowski", "Zielinski", "Szymanski", "Wozniak", "Dabrowski",
        "Kozlowski", "Jankowski", "Mazur", "Grabowski",
    ],
    "turc": [
        "Yilmaz", "Kaya", "Demir", "Sahin", "Celik", "Yildiz", "Ozturk", "Aydin", "Arslan", "Dogan", "Kiliç", "Aslan",
        "Çetin", "Kara", "Koç",
    ],
    "vietnam": [
        "Nguyen", "Tran", "Le", "Pham", "Hoang", "Phan", "Vu", "Dang", "Bui", "Do", "Ngo", "Duong", "Ly", "Truong",
    ],
    "chine": ["Wang", "Zhang", "Chen", "Liu", "Lin", "Huang", "Wu", "Zhou"],
    "afrique": [
        "Diallo", "Traoré", "Konaté", "Coulibaly", "Diop", "Ndiaye", "Sow", "Camara", "Keita", "Sylla", "Cissé",
        "Touré", "Bamba", "Kouassi", "Mbemba", "Mukendi", "Ilunga", "Kabongo", "Okafor", "Mensah", "Adjovi", "Sané",
        "Fofana", "Dembélé", "Sissoko", "Ba", "Sy", "Fall",
    ],
    "armenien": [
        "Petrossian", "Hakobyan", "Sarkissian", "Manoukian", "Khatchadourian", "Der Avedissian", "Kazandjian",
        "Boyadjian", "Tchakerian",
    ],
    "particule": [
        "de La Roche", "du Plessis", "de Villeneuve", "de Montlaur", "du Breuil", "d'Espinay", "de La Vaissière",
        "de Lestang", "de La Brosse", "d'Aubigny", "de Fontenay", "du Mesnil", "des Roches", "de Kerguelen",
        "Le Marchand de Trigon", "de Saint-Rémy", "du Chastel",
    ],
    "compose": [
        "Martin-Lavigne", "Dupuis-Morel", "Gautier-Lebrun", "Roux-Fabre", "Benali-Martin", "Da Silva Pereira",
        "Lefebvre-Vandamme", "Etcheverry-Iriart", "Le Goff-Morvan", "Perrin-Vuillemin", "Schmitt-Kieffer",
        "Moreau-Diallo", "Picard-Lemaire", "Bonnet-Nguyen",
    ],
}

# Given-name pool of each surname origin (the French ones share the French pools).
GIVEN_OF = {
    "fr": None,
    "fr_words": None,
    "particule": None,
    "compose": None,
    "flandre": "flandre",
    "breton": "breton",
    "corse": "corse",
    "alsace": "alsace",
    "basque": "basque",
    "occitan": "occitan",
    "maghreb": "maghreb",
    "portugais": "portugais",
    "italien": "italien",
    "espagnol": "espagnol",
    "polonais": "polonais",
    "turc": "turc",
    "vietnam": "vietnam",
    "chine": "chine",
    "afrique": "afrique",
    "armenien": "armenien",
}

_NATIONAL = {
    "fr": 30,
    "fr_words": 8,
    "particule": 2,
    "compose": 3,
    "maghreb": 9,
    "portugais": 5,
    "italien": 4,
    "espagnol": 3,
    "polonais": 2,
    "turc": 2,
    "vietnam": 2,
    "chine": 1,
    "afrique": 5,
    "armenien": 1,
}


def _mix(**regional):
    mix = dict(_NATIONAL)
    mix.update(regional)
    return mix


# Surname origin weights by publisher region.
REGION_MIX = {
    "bfc": _mix(fr=45, alsace=4, italien=6),
    "bretagne": _mix(breton=55, fr=20),
    "occitanie": _mix(occitan=40, espagnol=8),
    "alsace": _mix(alsace=50, turc=6),
    "basque": _mix(basque=40, espagnol=8),
    "nord": _mix(flandre=40, polonais=6, maghreb=14),
    "corse": _mix(corse=55, italien=8),
    "rhone": _mix(armenien=5, maghreb=14, italien=8, afrique=8),
    "auvergne": _mix(occitan=10, portugais=12),
}

# Organisations that own land, file permits, farm, receive grants or build: legal persons.
COMPANIES = [
    "SCI LES TILLEULS", "SCI DU MOULIN", "SCI MARTIN ET FILS", "SCI FAMILLE BOUZID", "SCI LA GRANGE AUX DIMES",
    "SCI LE GOFF FRERES", "SCI DES ACACIAS", "SCI ETCHEVERRY", "SCI KAYA IMMO", "SCI LES TROIS SOEURS",
    "SCI PIETRI ET ASSOCIES", "SCI DU PRE FLEURI", "SCI VANHOUTTE INVEST", "SCI RESIDENCE DU PARC",
    "SARL TRANSPORTS VIDAL", "SARL BOULANGERIE LEBRUN", "SARL GARAGE DU CENTRE", "SARL DA SILVA BATIMENT",
    "SARL TP BOUSCATEL", "SARL MENUISERIE WENDLING", "SARL AMBULANCES DU VAL", "SARL NGUYEN ET CIE",
    "SAS IMMO CONFLUENCE", "SAS PROMOTION DES ARCADES", "SAS SUPERMARCHE DU PONT", "SAS HOTEL DU COMMERCE",
    "SAS CARRIERES DU HAUT PLATEAU", "SAS ENERGIES DU VENT DE LA COMBE", "SA LOGIVAL", "EURL PLOMBERIE ROUQUETTE",
    "SNC LES JARDINS DE LA GARE",
]
CONTRACTORS = [
    "SARL TP BOUSCATEL", "SAS ROUTES ET CHAUSSEES DU JURA", "SARL DA SILVA BATIMENT", "EURL PLOMBERIE ROUQUETTE",
    "SAS ELAGAGE KERBRAT", "SAS RESEAUX ET FIBRE DE L'EST", "SARL MENUISERIE WENDLING", "SAS SIGNALISATION SUD-OUEST",
    "SARL ETCHEGARAY TRAVAUX PUBLICS", "SAS ECLAIRAGE ET RESEAUX DU NORD", "SARL PAYSAGES DE L'OUCHE",
]
FARMS = [
    "EARL DU GRAND PRE", "EARL ETCHEVERRY", "EARL DE LA COMBE", "EARL LES VERGERS DU VAL", "GAEC DES TROIS CHENES",
    "GAEC LE GALL PERE ET FILS", "GAEC DU PLATEAU", "GAEC MOUGIN FRERES", "GAEC DE LA FONTAINE SAINT-MARTIN",
    "SCEA DOMAINE DES CROZES", "SCEA BERGERIE D'IRATY", "GFA DU BOIS JOLI", "GFA MARCHETTI", "EARL KIEFFER",
    "GAEC DES MONTS D'ARREE",
]
PUBLIC_BODIES = [
    "DEPARTEMENT DU DOUBS", "DEPARTEMENT DU FINISTERE", "REGION BRETAGNE", "ETAT MINISTERE DES ARMEES",
    "ETAT MINISTERE DE L'AGRICULTURE", "SNCF RESEAU", "VOIES NAVIGABLES DE FRANCE", "CONSERVATOIRE DU LITTORAL",
    "OFFICE NATIONAL DES FORETS", "CENTRE HOSPITALIER INTERCOMMUNAL", "SYNDICAT MIXTE DES EAUX DU PLATEAU",
    "SDIS DU JURA", "CENTRE COMMUNAL D'ACTION SOCIALE", "ETABLISSEMENT PUBLIC FONCIER LOCAL",
    "SAFER BOURGOGNE FRANCHE COMTE", "SYNDICAT INTERCOMMUNAL DE LA VALLEE", "SECTION DE COMMUNE DU BOURG",
    "ASSOCIATION FONCIERE DE REMEMBREMENT", "ASA D'IRRIGATION DU CANAL DE LA PLAINE",
    "SYNDICAT DES COPROPRIETAIRES RESIDENCE LES PINS", "GROUPEMENT FORESTIER DU HAUT BOIS",
]
LANDLORDS = [
    "OPH Habitat du Val d'Ouche", "SA HLM Les Foyers de la Vallée", "Armor Logis Social",
    "Office Public de l'Habitat des Flandres", "Logement Basque Adour", "Aveyron Toit Social", "Habitat Haut-Rhin Nord",
    "SEM Logis du Golo", "Rhône Lumière Habitat", "Dômes Habitat Coopératif",
]
ASSOCIATIONS = [
    "Amicale laïque", "Comité des fêtes", "Amicale des sapeurs-pompiers", "Club des aînés ruraux",
    "Association sportive", "Union musicale", "Les Restos du coeur - antenne locale",
    "Secours populaire - comité local", "Association des parents d'élèves", "Société de chasse La Diane",
    "Club de football", "Judo club", "Théâtre de la Tour", "Les Amis du patrimoine",
    "Association des donneurs de sang bénévoles", "Foyer rural", "Gymnastique volontaire", "Harmonie municipale",
    "Club de pétanque", "Jardins partagés", "Ski club", "Cercle d'échecs", "Bibliothèque pour tous",
    "Anciens combattants - section locale", "Kultur Elkartea", "Bagad", "Cercle celtique", "Comité de jumelage",
]

# Streets: many after a person, which does not make a street personal.
STREETS_PERSON = [
    "Rue Jean Jaurès", "Avenue du Général Leclerc", "Rue Victor Hugo", "Rue Pasteur", "Rue du Docteur Roux",
    "Place Charles de Gaulle", "Rue Lucie Aubrac", "Allée Simone Veil", "Rue Jean Moulin", "Rue Gambetta",
    "Boulevard Clemenceau", "Rue Georges Brassens", "Impasse Marcel Pagnol", "Rue Antoine de Saint-Exupéry",
    "Rue Pierre et Marie Curie", "Rue Jules Ferry", "Rue Louise Michel", "Rue Olympe de Gouges",
    "Avenue Aristide Briand", "Rue de l'Abbé Pierre", "Rue Gustave Courbet", "Rue Xavier Marmier", "Rue Anjela Duval",
    "Rue Joséphine Baker", "Rue Gisèle Halimi", "Rue Missak Manouchian", "Rue Henri Dunant", "Rue Alexandre Dumas",
    "Rue Frédéric Mistral", "Rue Jean Rostand", "Rue du Docteur Jean Bertholet", "Rue Abbé Georges Joly",
    "Rue Marie-Louise Petitjean", "Chemin Pierre Loti", "Allée Germaine Tillion", "Rue Émile Zola",
    "Rue Paul Vaillant-Couturier", "Quai Jeanne Barret", "Rue Maryse Bastié", "Avenue Pascal Paoli",
    "Rue Jean-Baptiste Clément", "Rue du Maréchal Foch", "Rue Louis Braille", "Place Lamartine", "Rue Marcel Sembat",
]
STREETS_PLAIN = [
    "Rue des Lilas", "Chemin des Vignes", "Rue du 8 Mai 1945", "Grande Rue", "Rue de l'Église", "Route de la Gare",
    "Rue des Écoles", "Impasse des Chênes", "Rue du Moulin", "Chemin de la Fontaine", "Rue des Tilleuls",
    "Place du Marché", "Rue Haute", "Rue de la Libération", "Allée des Cerisiers", "Route Départementale 12",
    "Chemin du Stade", "Rue du Four", "Lotissement Les Prés Verts", "Hameau de Kervennec", "Quartier Lamothe",
    "Rue des Artisans", "Rue du Château d'Eau",
]
LIEUX_DITS = [
    "LE PRE MOUGIN", "CHAMP GUILLAUME", "LA COMBE A MARTIN", "CHAMP BERNARD", "CLOS SAINT-MARTIN", "PRE DU CURE",
    "LES PERRIERES", "BOIS JEANNOT", "SUR LA ROCHE", "COMBE MICHEL", "LES GRANDS CHAMPS", "EN PERRIN",
    "LA VIGNE AU PRETRE", "CHAMP DE LA DAME", "KERGUELEN", "PARC AR C'HOAT", "MESPAUL", "LE CLOS THOMAS", "ETXEBERRIA",
    "LOU CAMP DE JOAN", "SOUS LES VIGNES", "LA MALADIERE", "FOND DE JEAN-PIERRE", "LES ROYES", "A LA CROIX ROUGE",
    "PIECE ROBERT",
]
# Equipment, schools, residences and events named after people.
EPONYMS = [
    "Jean Moulin", "Simone Veil", "Pierre de Coubertin", "Marie Curie", "Jules Ferry", "Victor Hugo", "Louise Michel",
    "Jean de La Fontaine", "Lucie Aubrac", "Paul Éluard", "Jacques Prévert", "Georges Brassens", "Marcel Pagnol",
    "Colette", "Jean Zay", "Alain Mimoun", "Marie Marvingt", "Anjela Duval", "Pascal Paoli", "Albert Schweitzer",
    "Gustave Eiffel", "Louis Pergaud", "Jean Macé", "Françoise Dolto", "Camille Claudel", "Boris Vian", "Rosa Parks",
    "Nelson Mandela", "Léo Lagrange", "Charles Péguy", "Danielle Casanova", "Jean Giono", "Antoine Watteau",
    "Xavier Bichat",
]
EMAIL_PROVIDERS = [
    "gmail.com", "orange.fr", "wanadoo.fr", "free.fr", "laposte.net", "hotmail.fr", "yahoo.fr", "sfr.fr", "outlook.fr",
    "icloud.com", "neuf.fr", "live.fr", "bbox.fr", "protonmail.com", "aol.com", "hotmail.com",
]
CAR_MODELS = [
    "Renault Kangoo", "Peugeot Partner", "Citroën Berlingo", "Renault Master", "Iveco Daily", "Renault Zoé",
    "Peugeot 208", "Dacia Duster", "Nissan e-NV200", "Ford Transit", "Toyota Yaris",
]
