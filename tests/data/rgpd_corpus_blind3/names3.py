"""Name lists of the blind-3 corpus, written for it (no other corpus's lists were read).

Given names and surnames of people living in France across regions and origins, with compound
given names and particle or compound surnames; organisations (companies, farms, associations,
public bodies, social landlords); streets, places and equipment, many named after people; and
the invented publishers of the layers. Everything here is invented or common; no real person's
record is reproduced.
"""

# Given names: (name, sex), by the generation that was given them; regional and foreign names are
# given in every generation.
GIVEN_OLD = [
    # older generations, all regions
    ("Jean", "M"), ("Pierre", "M"), ("Michel", "M"), ("Andre", "M"), ("Bernard", "M"), ("Gerard", "M"),
    ("Roger", "M"), ("Marcel", "M"), ("Lucien", "M"), ("Raymond", "M"), ("Gilbert", "M"), ("Rene", "M"),
    ("Henri", "M"), ("Robert", "M"), ("Maurice", "M"), ("Georges", "M"), ("Albert", "M"), ("Claude", "M"),
    ("Jacqueline", "F"), ("Monique", "F"), ("Odette", "F"), ("Simone", "F"), ("Yvette", "F"),
    ("Germaine", "F"), ("Paulette", "F"), ("Colette", "F"), ("Madeleine", "F"), ("Denise", "F"),
    ("Ginette", "F"), ("Huguette", "F"), ("Marguerite", "F"), ("Suzanne", "F"), ("Lucienne", "F"),
]
GIVEN_MID = [
    # born 1950-1980
    ("Philippe", "M"), ("Alain", "M"), ("Patrick", "M"), ("Thierry", "M"), ("Pascal", "M"), ("Eric", "M"),
    ("Didier", "M"), ("Laurent", "M"), ("Stephane", "M"), ("Christophe", "M"), ("Olivier", "M"),
    ("Frederic", "M"), ("Herve", "M"), ("Sylvain", "M"), ("Dominique", "M"), ("Bruno", "M"),
    ("Sylvie", "F"), ("Martine", "F"), ("Nathalie", "F"), ("Isabelle", "F"), ("Catherine", "F"),
    ("Brigitte", "F"), ("Valerie", "F"), ("Sandrine", "F"), ("Veronique", "F"), ("Corinne", "F"),
    ("Chantal", "F"), ("Patricia", "F"), ("Florence", "F"), ("Pascale", "F"), ("Beatrice", "F"),
]
GIVEN_YOUNG = [
    # born 1980-2000
    ("Julien", "M"), ("Nicolas", "M"), ("Sebastien", "M"), ("Mathieu", "M"), ("Guillaume", "M"),
    ("Jeremy", "M"), ("Kevin", "M"), ("Anthony", "M"), ("Romain", "M"), ("Florian", "M"), ("Maxime", "M"),
    ("Aurelie", "F"), ("Emilie", "F"), ("Celine", "F"), ("Julie", "F"), ("Elodie", "F"), ("Audrey", "F"),
    ("Melanie", "F"), ("Laetitia", "F"), ("Caroline", "F"), ("Marion", "F"), ("Pauline", "F"),
]
GIVEN_KIDS = [
    # children born after 2010
    ("Gabriel", "M"), ("Raphael", "M"), ("Arthur", "M"), ("Jules", "M"), ("Adam", "M"), ("Timeo", "M"),
    ("Mael", "M"), ("Noah", "M"), ("Sacha", "M"), ("Nolan", "M"), ("Eden", "M"), ("Lyam", "M"),
    ("Aaron", "M"), ("Malo", "M"), ("Leon", "M"), ("Gaspard", "M"), ("Ethan", "M"),
    ("Jade", "F"), ("Louise", "F"), ("Ambre", "F"), ("Alba", "F"), ("Mila", "F"), ("Lina", "F"),
    ("Romy", "F"), ("Iris", "F"), ("Capucine", "F"), ("Agathe", "F"), ("Apolline", "F"), ("Lou", "F"),
    ("Louna", "F"), ("Giulia", "F"), ("Nina", "F"), ("Margaux", "F"), ("Ines", "F"),
]
GIVEN_COMPOUND = [
    # compound given names
    ("Jean-Pierre", "M"), ("Jean-Claude", "M"), ("Jean-Marc", "M"), ("Pierre-Yves", "M"),
    ("Jean-Baptiste", "M"), ("Paul-Henri", "M"), ("Jean-Luc", "M"), ("Marc-Antoine", "M"),
    ("Marie-Therese", "F"), ("Marie-Claude", "F"), ("Anne-Sophie", "F"), ("Marie-Laure", "F"),
    ("Marie-Noelle", "F"), ("Anne-Laure", "F"), ("Marie-Christine", "F"), ("Marie-Line", "F"),
]
GIVEN_REGIONAL = [
    # Brittany
    ("Yann", "M"), ("Erwan", "M"), ("Goulven", "M"), ("Tanguy", "M"), ("Ronan", "M"), ("Gwenael", "M"),
    ("Loic", "M"), ("Corentin", "M"), ("Maiwenn", "F"), ("Nolwenn", "F"), ("Soazig", "F"),
    ("Gwenola", "F"), ("Katell", "F"), ("Anaig", "F"), ("Rozenn", "F"),
    # Alsace, Lorraine
    ("Aloyse", "M"), ("Materne", "M"), ("Fernand", "M"), ("Xavier", "M"), ("Odile", "F"),
    ("Richarde", "F"), ("Adele", "F"),
    # Basque country, Occitania, Provence, Corsica
    ("Inaki", "M"), ("Peio", "M"), ("Xabi", "M"), ("Ellande", "M"), ("Maite", "F"), ("Ainhoa", "F"),
    ("Esteve", "M"), ("Bastien", "M"), ("Magali", "F"), ("Mireille", "F"), ("Dume", "M"),
    ("Ghjuvanni", "M"), ("Petru", "M"), ("Santu", "M"), ("Laetizia", "F"), ("Ghjulia", "F"),
    # Maghreb
    ("Mohamed", "M"), ("Karim", "M"), ("Youssef", "M"), ("Rachid", "M"), ("Mehdi", "M"), ("Nassim", "M"),
    ("Sofiane", "M"), ("Bilal", "M"), ("Hakim", "M"), ("Abdelkader", "M"), ("Fatima", "F"),
    ("Yasmina", "F"), ("Samira", "F"), ("Nadia", "F"), ("Leila", "F"), ("Malika", "F"), ("Amina", "F"),
    ("Khadija", "F"), ("Imane", "F"), ("Aicha", "F"), ("Zineb", "F"),
    # West Africa
    ("Mamadou", "M"), ("Moussa", "M"), ("Ousmane", "M"), ("Ibrahima", "M"), ("Abdoulaye", "M"),
    ("Seydou", "M"), ("Aminata", "F"), ("Fatoumata", "F"), ("Awa", "F"), ("Mariam", "F"), ("Kadiatou", "F"),
    # Portugal, Italy, Spain, Poland
    ("Manuel", "M"), ("Antonio", "M"), ("Joaquim", "M"), ("Fernando", "M"), ("Conceicao", "F"),
    ("Fernanda", "F"), ("Rosa", "F"), ("Giuseppe", "M"), ("Giovanni", "M"), ("Luigi", "M"), ("Carla", "F"),
    ("Jose", "M"), ("Francisco", "M"), ("Carmen", "F"), ("Dolores", "F"), ("Pilar", "F"),
    ("Stanislas", "M"), ("Wladyslaw", "M"), ("Zofia", "F"), ("Jadwiga", "F"),
    # Vietnam, Turkey, Armenia, the Antilles
    ("Van Minh", "M"), ("Tuan", "M"), ("Thi Lan", "F"), ("Hoa", "F"), ("Linh", "F"),
    ("Mehmet", "M"), ("Mustafa", "M"), ("Emre", "M"), ("Ayse", "F"), ("Elif", "F"), ("Zeynep", "F"),
    ("Aram", "M"), ("Anahid", "F"), ("Theodore", "M"), ("Jocelyn", "M"), ("Rosemond", "M"),
    ("Felicite", "F"), ("Ludivine", "F"),
]
GIVEN_NAMES = GIVEN_OLD + GIVEN_MID + GIVEN_YOUNG + GIVEN_KIDS + GIVEN_COMPOUND + GIVEN_REGIONAL

# The same names as people type them, with their accents (a register keyed by hand keeps them).
ACCENTED = {
    "Andre": "André", "Gerard": "Gérard", "Rene": "René", "Stephane": "Stéphane", "Frederic": "Frédéric",
    "Herve": "Hervé", "Valerie": "Valérie", "Veronique": "Véronique", "Beatrice": "Béatrice",
    "Sebastien": "Sébastien", "Jeremy": "Jérémy", "Aurelie": "Aurélie", "Emilie": "Émilie",
    "Celine": "Céline", "Elodie": "Élodie", "Melanie": "Mélanie", "Raphael": "Raphaël", "Timeo": "Timéo",
    "Mael": "Maël", "Leon": "Léon", "Ines": "Inès", "Marie-Therese": "Marie-Thérèse",
    "Marie-Noelle": "Marie-Noëlle", "Maiwenn": "Maïwenn", "Gwenael": "Gwenaël", "Loic": "Loïc",
    "Anaig": "Anaïg", "Adele": "Adèle", "Inaki": "Iñaki", "Esteve": "Estève", "Dume": "Dumè",
    "Leila": "Leïla", "Aicha": "Aïcha", "Conceicao": "Conceição", "Wladyslaw": "Władysław",
    "Ayse": "Ayşe", "Theodore": "Théodore", "Felicite": "Félicité",
}

SURNAMES = [
    # common all over France
    "MARTIN", "BERNARD", "DUBOIS", "ROBERT", "RICHARD", "DURAND", "MOREAU", "LAURENT", "SIMON",
    "LEFEBVRE", "LEROY", "ROUX", "BERTRAND", "MOREL", "FOURNIER", "GIRARD", "BONNET", "LAMBERT",
    "FONTAINE", "ROUSSEAU", "VINCENT", "FAURE", "MERCIER", "BLANC", "GUERIN", "BOYER", "GARNIER",
    "CHEVALIER", "LEGRAND", "GAUTHIER", "PERRIN", "ROBIN", "CLEMENT", "MORIN", "HENRY", "ROUSSEL",
    "MASSON", "MARCHAND", "DUVAL", "DUMONT", "LEMAIRE", "NOEL", "DUFOUR", "MEUNIER", "BRUN",
    "BLANCHARD", "GIRAUD", "JOLY", "RIVIERE", "BRUNET", "GAILLARD", "BARBIER", "ARNAUD", "ROCHE",
    "RENARD", "COLIN", "VIDAL", "CARON", "PICARD", "AUBERT", "LEMOINE", "RENAUD", "DUMAS", "LACROIX",
    "BOURGEOIS", "BENOIT", "LECLERC", "ROLLAND", "GUILLOT", "HUBERT", "BERGER", "CARPENTIER",
    "DESCHAMPS", "HUET", "BOUCHER", "FLEURY", "ROYER", "JACQUET", "POIRIER", "AUBRY", "GUYOT",
    "CARRE", "CHARPENTIER", "MENARD", "MAILLARD", "BARON", "BAILLY", "COLLET", "LEGER", "BOUVIER",
    "PREVOST", "MILLET", "PERROT", "COUSIN", "GERMAIN", "BESSON", "LANGLOIS", "PELLETIER", "LEVEQUE",
    # Franche-Comte, Savoy, Burgundy
    "CUENOT", "JEUNET", "VUILLEMIN", "PETETIN", "GRANDJEAN", "FAIVRE", "CRETIN", "VUILLET", "JACQUOT",
    "MOUGIN", "BOILLOT", "GIROD", "COURVOISIER", "TISSOT", "REY-MILLET", "CHAPPAZ", "PERROLLAZ",
    "FAVRE", "BURDET", "DUCRET",
    # Brittany
    "LE BIHAN", "KERBRAT", "GUIVARC'H", "LE FLOCH", "QUEMENER", "LE DU", "KERVELLA", "CADIOU",
    "LE MEUR", "JAOUEN", "LE CORRE", "PRIGENT", "MORVAN", "LE GUEN", "L'HOSTIS", "TREGUER", "COAT",
    # Alsace, Lorraine, the North
    "SCHAEFFER", "ZIMMERMANN", "WURTZ", "KIEFFER", "HOFFMANN", "WEISS", "KUNTZ", "FRITSCH", "BURCKEL",
    "OBERLIN", "VANDENBERGHE", "DELEPLANQUE", "DELATTRE", "DHAINAUT", "VERHAEGHE", "VAN HECKE",
    "DEBRUYNE", "LEBLOND",
    # Basque country, Occitania, Auvergne, Corsica
    "ETCHEVERRY", "IRIARTE", "HARISPE", "ELISSALDE", "OSPITAL", "GOYHENETCHE", "TEISSEIRE",
    "BONNAFOUS", "CASTAGNE", "ROUQUETTE", "CABANES", "SOULIE", "CHASSAING", "VERNET", "SANTONI",
    "CASANOVA", "LUCIANI", "MATTEI", "GIACOMONI", "FILIPPI", "ALBERTINI",
    # Maghreb
    "BENALI", "HADDAD", "BOUZID", "MANSOURI", "CHERIF", "BELKACEM", "AMRANI", "BENYAHIA", "KHELIFI",
    "AIT AHMED", "BEN SALAH", "EL IDRISSI", "OUALI", "ZERROUKI", "SAIDI", "HAMDI", "BOUAZIZ",
    # West Africa
    "DIALLO", "N'DIAYE", "TRAORE", "KONATE", "SOW", "DIOP", "CAMARA", "KEITA", "FOFANA", "CISSE",
    "COULIBALY", "BA",
    # Portugal, Italy, Spain, Poland
    "DA SILVA", "DOS SANTOS", "PEREIRA", "FERREIRA", "RODRIGUES", "GONCALVES", "TEIXEIRA", "DA COSTA",
    "CARVALHO", "DE OLIVEIRA", "LOPES", "BIANCHI", "ROSSI", "FERRARO", "ESPOSITO", "COLOMBO",
    "DI STEFANO", "LO PRESTI", "GARCIA", "MARTINEZ", "SANCHEZ", "FERNANDEZ", "NAVARRO", "ORTEGA",
    "KOWALSKI", "NOWAK", "WISNIEWSKI", "KACZMAREK", "LEWANDOWSKI",
    # Vietnam, Turkey, Armenia, the Antilles and Reunion
    "NGUYEN", "TRAN", "PHAM", "HOANG", "VU", "DANG", "YILMAZ", "KAYA", "DEMIR", "SAHIN", "CELIK",
    "OZTURK", "PETROSSIAN", "MANOUKIAN", "KAZARIAN", "PAYET", "HOARAU", "GRONDIN", "TECHER", "NATIVEL",
    "CLAIN", "CELESTE", "ZEBINA", "JEAN-BAPTISTE",
    # particles and compounds
    "DE KERGARIOU", "DU CLEUZIOU", "DE LA MOTTE", "D'HAUTEVILLE", "DE VILLENEUVE", "LE BRIS",
    "DE SAINT-AUBIN", "DES ROCHES", "VAN DER LINDEN", "MARTIN-LAVIGNE", "LEFORT-DUMAS",
    "SIMON-LAURENT", "GARNIER-BOYER", "BOURGEOIS-MATHEY", "DA CUNHA", "DOS REIS", "EL KHATIB",
    "BEN AMMAR", "ABOU ZEID",
]

# Surnames as written in a mixed-case register.
SURNAME_CASE = {
    "GUIVARC'H": "Guivarc'h", "L'HOSTIS": "L'Hostis", "N'DIAYE": "N'Diaye", "D'HAUTEVILLE": "d'Hauteville",
    "DE KERGARIOU": "de Kergariou", "DU CLEUZIOU": "du Cleuziou", "DE LA MOTTE": "de La Motte",
    "DE VILLENEUVE": "de Villeneuve", "DE SAINT-AUBIN": "de Saint-Aubin", "DES ROCHES": "des Roches",
    "VAN DER LINDEN": "Van der Linden", "VAN HECKE": "Van Hecke", "DA SILVA": "da Silva",
    "DOS SANTOS": "dos Santos", "DA COSTA": "da Costa", "DE OLIVEIRA": "de Oliveira",
    "DI STEFANO": "Di Stefano", "LO PRESTI": "Lo Presti", "DA CUNHA": "da Cunha", "DOS REIS": "dos Reis",
    "EL KHATIB": "El Khatib", "BEN AMMAR": "Ben Ammar", "ABOU ZEID": "Abou Zeid", "AIT AHMED": "Aït Ahmed",
    "BEN SALAH": "Ben Salah", "EL IDRISSI": "El Idrissi", "LE BIHAN": "Le Bihan", "LE FLOCH": "Le Floch",
    "LE DU": "Le Du", "LE MEUR": "Le Meur", "LE CORRE": "Le Corre", "LE GUEN": "Le Guen",
    "LE BRIS": "Le Bris", "QUEMENER": "Quéméner", "CASTAGNE": "Castagné", "SOULIE": "Soulié",
    "TRAORE": "Traoré", "KONATE": "Konaté", "KEITA": "Keïta", "CISSE": "Cissé", "GONCALVES": "Gonçalves",
    "CHERIF": "Chérif", "SAIDI": "Saïdi", "TECHER": "Técher", "CELESTE": "Céleste", "ZEBINA": "Zébina",
    "GUERIN": "Guérin", "NOEL": "Noël", "RIVIERE": "Rivière", "CARRE": "Carré", "MENARD": "Ménard",
    "LEGER": "Léger", "PREVOST": "Prévost", "LEVEQUE": "Lévêque", "CUENOT": "Cuenot", "PETETIN": "Pétetin",
    "BENOIT": "Benoît", "CLEMENT": "Clément", "SAHIN": "Şahin", "CELIK": "Çelik", "OZTURK": "Öztürk",
}

# Families of one origin: given names and surnames that go together (a share of people are drawn so).
ORIGINS = {
    "brittany": (["Yann", "Erwan", "Goulven", "Tanguy", "Ronan", "Gwenael", "Loic", "Corentin", "Maiwenn",
                  "Nolwenn", "Soazig", "Gwenola", "Katell", "Anaig", "Rozenn"],
                 ["LE BIHAN", "KERBRAT", "GUIVARC'H", "LE FLOCH", "QUEMENER", "LE DU", "KERVELLA", "CADIOU",
                  "LE MEUR", "JAOUEN", "LE CORRE", "PRIGENT", "MORVAN", "LE GUEN", "L'HOSTIS", "TREGUER", "COAT",
                  "DE KERGARIOU", "DU CLEUZIOU", "LE BRIS"]),
    "alsace": (["Aloyse", "Materne", "Fernand", "Xavier", "Odile", "Richarde", "Adele"],
               ["SCHAEFFER", "ZIMMERMANN", "WURTZ", "KIEFFER", "HOFFMANN", "WEISS", "KUNTZ", "FRITSCH", "BURCKEL",
                "OBERLIN"]),
    "basque_corsica": (["Inaki", "Peio", "Xabi", "Ellande", "Maite", "Ainhoa", "Dume", "Ghjuvanni", "Petru",
                        "Santu", "Laetizia", "Ghjulia"],
                       ["ETCHEVERRY", "IRIARTE", "HARISPE", "ELISSALDE", "OSPITAL", "GOYHENETCHE", "SANTONI",
                        "CASANOVA", "LUCIANI", "MATTEI", "GIACOMONI", "FILIPPI", "ALBERTINI"]),
    "maghreb": (["Mohamed", "Karim", "Youssef", "Rachid", "Mehdi", "Nassim", "Sofiane", "Bilal", "Hakim",
                 "Abdelkader", "Fatima", "Yasmina", "Samira", "Nadia", "Leila", "Malika", "Amina", "Khadija",
                 "Imane", "Aicha", "Zineb", "Ines", "Adam", "Lina"],
                ["BENALI", "HADDAD", "BOUZID", "MANSOURI", "CHERIF", "BELKACEM", "AMRANI", "BENYAHIA", "KHELIFI",
                 "AIT AHMED", "BEN SALAH", "EL IDRISSI", "OUALI", "ZERROUKI", "SAIDI", "HAMDI", "BOUAZIZ",
                 "EL KHATIB", "BEN AMMAR", "ABOU ZEID"]),
    "west_africa": (["Mamadou", "Moussa", "Ousmane", "Ibrahima", "Abdoulaye", "Seydou", "Aminata", "Fatoumata",
                     "Awa", "Mariam", "Kadiatou"],
                    ["DIALLO", "N'DIAYE", "TRAORE", "KONATE", "SOW", "DIOP", "CAMARA", "KEITA", "FOFANA", "CISSE",
                     "COULIBALY", "BA"]),
    "south_europe": (["Manuel", "Antonio", "Joaquim", "Fernando", "Conceicao", "Fernanda", "Rosa", "Giuseppe",
                      "Giovanni", "Luigi", "Carla", "Jose", "Francisco", "Carmen", "Dolores", "Pilar"],
                     ["DA SILVA", "DOS SANTOS", "PEREIRA", "FERREIRA", "RODRIGUES", "GONCALVES", "TEIXEIRA",
                      "DA COSTA", "CARVALHO", "DE OLIVEIRA", "LOPES", "BIANCHI", "ROSSI", "FERRARO", "ESPOSITO",
                      "COLOMBO", "DI STEFANO", "LO PRESTI", "GARCIA", "MARTINEZ", "SANCHEZ", "FERNANDEZ", "NAVARRO",
                      "ORTEGA", "DA CUNHA", "DOS REIS"]),
    "poland": (["Stanislas", "Wladyslaw", "Zofia", "Jadwiga"],
               ["KOWALSKI", "NOWAK", "WISNIEWSKI", "KACZMAREK", "LEWANDOWSKI"]),
    "asia_turkey_armenia": (["Van Minh", "Tuan", "Thi Lan", "Hoa", "Linh", "Mehmet", "Mustafa", "Emre", "Ayse",
                             "Elif", "Zeynep", "Aram", "Anahid"],
                            ["NGUYEN", "TRAN", "PHAM", "HOANG", "VU", "DANG", "YILMAZ", "KAYA", "DEMIR", "SAHIN",
                             "CELIK", "OZTURK", "PETROSSIAN", "MANOUKIAN", "KAZARIAN"]),
    "antilles_reunion": (["Theodore", "Jocelyn", "Rosemond", "Felicite", "Ludivine", "Marie-Line", "Jean-Marc"],
                         ["PAYET", "HOARAU", "GRONDIN", "TECHER", "NATIVEL", "CLAIN", "CELESTE", "ZEBINA",
                          "JEAN-BAPTISTE"]),
}

# Companies, farms, civil-law property companies and co-ownerships: legal persons.
COMPANIES = [
    "SCI LES GENETS", "SCI DU MOULIN ROUGE", "SCI MOREAU ET FILS", "SCI LA COMBE FLEURIE", "SCI KER AVEL",
    "SCI DES TROIS CHENES", "SARL TRANSPORTS FAIVRE", "SAS BATI-CONCEPT EST", "SARL GIROD TP",
    "SAS IMMOBILIERE DU LAC", "SA DISTRI-CENTRE", "SARL MENUISERIE KIEFFER", "SAS LES JARDINS D'ARREE",
    "SNC GARAGE DE LA GARE", "EURL PLOMBERIE LE DU", "SARL BOULANGERIE CUENOT", "SAS ETCHEVERRY FRERES",
    "SCCV LES HAUTS DE VAUDRENS", "SARL HOTEL DU COMMERCE", "SAS CARRIERES DE LA LOUE",
    "SYNDICAT DES COPROPRIETAIRES RESIDENCE LES TILLEULS", "SAS PROMOGIM EST", "SARL AMBULANCES ROUSSEL",
    "SARL CABINET BONNAFOUS GEOMETRES", "SAS FROMAGERIE VUILLEMIN",
]
FARMS = [
    "GAEC DU PLATEAU", "GAEC DES TROIS SAPINS", "GAEC LE BIHAN PERE ET FILS", "EARL DE LA COMBE AUX LOUPS",
    "EARL VERNET", "GAEC DU MONT D'ARREE", "SCEA DOMAINE HARISPE", "EARL DES PRES DE SAONE",
    "GAEC JEUNET-TISSOT", "EARL FERME DU CLOS", "GAEC DES ETANGS", "SCEA LES VERGERS DU RIED",
]
PUBLIC_OWNERS = [
    "COMMUNE DE SORANS-LA-COTE", "DEPARTEMENT DU DOUBS", "ETAT MINISTERE DES ARMEES", "SNCF RESEAU",
    "REGION BOURGOGNE-FRANCHE-COMTE", "CONSERVATOIRE DU LITTORAL", "OFFICE NATIONAL DES FORETS",
    "CENTRE COMMUNAL D'ACTION SOCIALE", "SYNDICAT MIXTE DU HAUT-SAUGEAIS", "VOIES NAVIGABLES DE FRANCE",
    "COMMUNE DE PLOUNEVEZ-TREGOR", "SECTION DE COMMUNE DE CHAUDEYROLLES",
]
SOCIAL_LANDLORDS = [
    "Habitat Comtois Solidaire", "Office Public de l'Habitat du Val d'Amour", "Logis Armor", "Ker Habitat",
    "Alsace Foyers", "Habitat Pays Basque Sud", "Tarn Logement", "Vaudrens Habitat",
    "Flandres Habitat Social", "Cezallier Logis",
]
ASSOCIATIONS = [
    "Comité des fêtes de Sorans", "Amicale des sapeurs-pompiers de Wihr", "Football Club Vallée de l'Ognon",
    "Les Amis du Vieux Lavoir", "Familles Rurales Val d'Amour", "Club de l'Âge d'Or", "Judo Club Plounevez",
    "Chorale Les Voix du Ried", "Tennis Club de Castel", "Pêcheurs de la Haute-Loue", "Bagad Bro Dreger",
    "Harmonie municipale", "Anciens combattants UNC section locale", "Association des parents d'élèves",
    "Restos du Cœur antenne locale", "Secours populaire comité de Bessac", "Jardins partagés de Fives",
    "Pelote basque Nive Ursuia", "Corsica Trail Club", "Boule lyonnaise de Vaudrens",
    "Ski club du Cézallier", "Théâtre en Herbe", "Gym Volontaire Sorans", "Ludothèque La Toupie",
]
SHOPS = [
    "Boulangerie Cuenot", "Boucherie Vuillet", "Pharmacie Kerbrat", "Café de la Place", "Brasserie du Marché",
    "Garage Perrin et Fils", "Fromagerie Jeunet", "Librairie Le Bihan", "Coiffure Élodie", "Tabac Presse Roussel",
    "Pizzeria Da Giovanni", "Crêperie Ty Mamm Goz", "Opticien Mercier", "Fleurs Marguerite",
    "Épicerie Chez Fatou", "Bar Le Balto", "Restaurant Etxea", "Auberge du Cézallier", "Kebab Le Bosphore",
    "Primeur Les Saveurs du Sud", "Ambulances Giraud", "Taxi Ognon Services", "Carrosserie Schaeffer",
]
# Cafés and restaurants with a terrace on the public domain, some named after a person.
CAFES = [
    "Café de la Place", "Brasserie du Marché", "Bar Le Balto", "Restaurant Etxea", "Auberge du Cézallier",
    "Kebab Le Bosphore", "Pizzeria Da Giovanni", "Crêperie Ty Mamm Goz", "Boulangerie Cuenot",
    "Glacier Chez Marius", "Bistrot Chez Josette", "Salon de thé Marguerite",
]
# Trading names of market stallholders, some named after a person.
MARKET_TRADERS = [
    "Fromagerie Jeunet", "Boucherie Vuillet", "Primeur Les Saveurs du Sud", "Fleurs Marguerite",
    "Épicerie Chez Fatou", "Rôtisserie du Ried", "Poissonnerie Le Floch", "Les Vergers du Ried",
    "Miel des Crêtes", "Charcuterie Etcheverry", "Boulangerie Cuenot", "Crêperie Ty Mamm Goz",
]
# Halls that serve as polling places.
POLLING_PLACES = [
    "Mairie", "Salle des fêtes", "Salle polyvalente Georges Brassens", "Maison des associations",
    "Gymnase Jean Moulin", "Salle Marcel Pagnol", "Mairie annexe", "Salle Anne Frank",
    "Espace culturel Boris Vian", "Centre social Nelson Mandela",
]

STREETS = [
    "rue de la Mairie", "Grande Rue", "rue du Lavoir", "chemin des Vignes", "impasse des Lilas",
    "route de Besançon", "rue Victor Hugo", "avenue Jean Jaurès", "rue Pasteur", "place Charles de Gaulle",
    "rue du Général Leclerc", "allée Simone Veil", "rue Marie Curie", "rue Louis Pergaud",
    "rue Xavier Marmier", "rue Jules Ferry", "rue Anatole France", "rue du Docteur Roux",
    "rue Lucie Aubrac", "rue Gustave Courbet", "chemin de la Croix Blanche", "lotissement les Prés Verts",
    "rue Saint-Martin", "rue des Frères Lumière", "rue Jean Moulin", "rue Henri Fertet",
    "allée Olympe de Gouges", "hent Ker Izel", "straed ar Veilh", "rue de Kerangoff", "rue des Mésanges",
    "route de Colmar", "rue du Ried", "rue des Tanneurs", "chemin d'Etxeberria", "karrika Nagusia",
    "rue Jean-Baptiste Clément", "rue du Capitaine Dreyfus", "rue Paul Bert", "avenue Aristide Briand",
    "rue du 8 Mai 1945", "rue de l'Abbé Pierre", "rue Louise Michel", "rue des Acacias", "chemin du Moulin",
    "rue Pierre et Marie Curie", "rue Albert Camus", "impasse du Four", "rue de la Fruitière",
    "route des Crêtes", "cours Napoléon", "rue Pascal Paoli", "rue du Colonel Fabien", "rue Gambetta",
]
LIEUX_DITS = [
    "LE PRE JEANNIN", "CHAMP GUILLAUME", "BOIS MARTIN", "LES CHAUMES", "SUR LA ROCHE", "EN VERNOIS",
    "COMBE PERRIN", "LA CROIX MICHAUD", "PARC AR C'HOAT", "LE CLOS MOREL", "LES GRANDS PRES",
    "FONTAINE SAINT-JEAN", "AU CHAMP DE LA VIGNE", "PRAT DE L'ABBE", "TERRE A DURAND", "LE PATURAL",
]
# Equipment, schools, residences and places named after people, and without.
SCHOOLS = [
    "École maternelle Louise Michel", "École élémentaire Jules Ferry", "École primaire Paul Bert",
    "Groupe scolaire Jacques Prévert", "École Diwan Plounevez", "École maternelle Les Coquelicots",
    "Collège Victor Hugo", "École élémentaire Marie Curie", "École Saint-Joseph", "École Ikastola Errobi",
    "École primaire Pierre Perret", "Groupe scolaire Simone Veil", "École élémentaire Jean de La Fontaine",
]
EQUIPMENT = [
    "Gymnase Jean Moulin", "Salle des fêtes", "Salle polyvalente Georges Brassens", "Stade municipal",
    "Complexe sportif Pierre de Coubertin", "Médiathèque Elsa Triolet", "Piscine intercommunale",
    "Maison des associations", "Espace culturel Boris Vian", "Salle Marcel Pagnol", "Mairie annexe",
    "Centre social Nelson Mandela", "Dojo communal", "Boulodrome Marius Rivière", "Halle du marché",
    "Skatepark", "Ateliers municipaux", "Trinquet municipal", "Salle Anne Frank", "Fronton de la place",
]
RESIDENCES = [
    "Résidence Les Tilleuls", "Résidence Jean Jaurès", "Résidence du Parc", "Résidence Ker Avel",
    "Cité des Jardins", "Résidence Lucie Aubrac", "Les Hauts de Vaudrens", "Résidence Pasteur",
    "Résidence Gustave Eiffel", "Résidence Les Mimosas", "Résidence Saint-Exupéry", "Quartier des Fontaines",
]
CEMETERIES = [
    "Cimetière communal", "Cimetière Saint-Roch", "Cimetière du Bourg", "Nouveau cimetière",
    "Cimetière de Kerangoff", "Cimetière Saint-Martin", "Cimetière paysager des Prés",
]

# Publishers of the layers (invented): name, e-mail, switchboard, Lambert-93 centre of their territory.
PUBLISHERS = {
    "sorans": ("Commune de Sorans-la-Côte", "sig@sorans-la-cote.fr", "03 53 01 40 00", (921500, 6694200)),
    "valdamour": ("Grand Val d'Amour Communauté", "geomatique@grandvaldamour.fr", "03 53 01 72 50",
                  (895000, 6663000)),
    "plounevez": ("Ville de Plounevez-Trégor", "mairie@plounevez-tregor.bzh", "02 61 91 30 00", (232000, 6866000)),
    "capodet": ("Cap Odet Agglomération", "sig@cap-odet.bzh", "02 61 91 85 00", (171500, 6790000)),
    "wihr": ("Commune de Wihr-en-Plaine", "urbanisme@wihr-en-plaine.fr", "03 53 01 88 10", (1023000, 6785000)),
    "nive": ("Communauté de communes Nive et Ursuia", "sig@nive-ursuia.eus", "05 36 49 20 00", (350000, 6268000)),
    "castel": ("Commune de Saint-Sernin-du-Tarn", "contact@saintsernin-tarn.fr", "05 36 49 61 00",
               (632000, 6318000)),
    "vaudrens": ("Grand Lac de Vaudrens Agglomération", "sig@grandlac-vaudrens.fr", "04 65 71 00 00",
                 (942000, 6540000)),
    "flandres": ("Métropole des Flandres Intérieures", "geodata@mfi-flandres.fr", "03 53 01 99 00",
                 (686000, 7062000)),
    "cezallier": ("Cézallier Volcans Communauté", "sig@cezallier-volcans.fr", "04 65 71 32 50", (695000, 6466000)),
    "pruneddu": ("Commune de Pruneddu", "mairie@pruneddu.corsica", "04 65 71 90 00", (1182000, 6102000)),
    "bessac": ("Ville de Bessac-sur-Vienne", "sig@bessac-vienne.fr", "05 36 49 70 00", (565000, 6530000)),
    "eaux": ("Syndicat mixte des eaux du Haut-Saugeais", "contact@smehs.fr", "03 53 01 56 00", (968000, 6650000)),
    "sictom": ("SICTOM de la Vallée de l'Ourche", "accueil@sictom-ourche.fr", "03 53 01 25 25", (900000, 6720000)),
    "energie": ("Syndicat d'énergie du Haut-Rhône", "sig@sde-hautrhone.fr", "04 65 71 45 45", (850000, 6520000)),
}
# Commune names of the territories (for addresses, places of birth, statistics).
COMMUNES = [
    ("25551", "SORANS-LA-COTE"), ("25056", "BESANCON"), ("39198", "DOLE"), ("22222", "PLOUNEVEZ-TREGOR"),
    ("29232", "QUIMPER"), ("68066", "COLMAR"), ("68999", "WIHR-EN-PLAINE"), ("64102", "BAYONNE"),
    ("64547", "USTARITZ"), ("81004", "ALBI"), ("74010", "ANNECY"), ("59350", "LILLE"),
    ("15014", "AURILLAC"), ("2A004", "AJACCIO"), ("86194", "POITIERS"), ("25462", "PONTARLIER"),
    ("39300", "LONS-LE-SAUNIER"), ("70550", "VESOUL"), ("75114", "PARIS 14E"), ("69383", "LYON 3E"),
]
# Places of birth abroad, as a register writes them.
FOREIGN_BIRTHPLACES = ["ALGER (ALGERIE)", "CASABLANCA (MAROC)", "PORTO (PORTUGAL)", "DAKAR (SENEGAL)",
                       "TUNIS (TUNISIE)", "HANOI (VIET NAM)", "BAMAKO (MALI)", "KONYA (TURQUIE)",
                       "NAPLES (ITALIE)", "KATOWICE (POLOGNE)"]
# Personal mail providers.
MAIL_PROVIDERS = ["gmail.com", "orange.fr", "wanadoo.fr", "free.fr", "laposte.net", "hotmail.fr", "sfr.fr",
                  "yahoo.fr", "outlook.fr", "icloud.com", "bbox.fr", "neuf.fr"]
