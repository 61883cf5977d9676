"""Name lists of corpus blind-8, written for it: French surnames and given names, streets, communes,
organisations. Nothing here is read from another corpus or from the guard."""

SURNAMES = """MARTIN BERNARD THOMAS PETIT ROBERT RICHARD DURAND DUBOIS MOREAU LAURENT SIMON MICHEL LEFEBVRE LEROY ROUX
DAVID BERTRAND MOREL FOURNIER GIRARD BONNET DUPONT LAMBERT FONTAINE ROUSSEAU VINCENT MULLER LEFEVRE FAURE ANDRE
MERCIER BLANC GUERIN BOYER GARNIER CHEVALIER FRANCOIS LEGRAND GAUTHIER GARCIA PERRIN ROBIN CLEMENT MORIN NICOLAS
HENRY ROUSSEL MATHIEU GAUTIER MASSON MARCHAND DUVAL DENIS DUMONT LEMAIRE NOEL MEYER DUFOUR MEUNIER BRUN BLANCHARD
GIRAUD JOLY RIVIERE LUCAS BRUNET GAILLARD BARBIER ARNAUD MARTINEZ GERARD ROCHE RENARD SCHMITT ROY LEROUX COLIN
VIDAL CARON PICARD ROGER FABRE AUBERT LEMOINE RENAUD DUMAS LACROIX OLIVIER BOURGEOIS BENOIT REY LECLERC ROLLAND
GUILLAUME LECOMTE LOPEZ DUPUY GUILLOT HUBERT BERGER CARPENTIER SANCHEZ DUPUIS MOULIN DESCHAMPS HUET VASSEUR PEREZ
BOUCHER FLEURY ROYER KLEIN JACQUET POIRIER MARTY AUBRY GUYOT CARRE RENAULT CHARPENTIER MENARD MAILLARD BARON
BERTIN BAILLY HERVE SCHNEIDER FERNANDEZ COLLET LEGER BOUVIER PREVOST MILLET PERROT COUSIN GERMAIN BRETON BESSON
LANGLOIS REMY PELLETIER LEVEQUE PERRIER LEBLANC BARRE LEBRUN MARCHAL WEBER MALLET HAMON BOULANGER MONNIER MICHAUD
RODRIGUEZ GUICHARD GILLET TESSIER CHAUVIN BOUCHET LEMAITRE BENARD MARECHAL HUMBERT REYNAUD PERRET BARTHELEMY
CORDIER PICHON LEJEUNE LAMY DELAUNAY PASQUIER CARLIER LAPORTE HADDAD NGUYEN TRAN DIALLO KONATE YILMAZ FERREIRA
PEREIRA KERGOAT TANGUY ETCHEVERRY IRIGOYEN SCHAEFFER ZIMMERMANN BOUDJEMA TRAORE CHARRIER VUILLEMIN JACQUOT
GROSJEAN COURVOISIER PETITJEAN BOILLOT GIRARDOT MONNOT""".split()
SURNAMES += ["LE GALL", "LE ROUX", "LE GOFF", "DA SILVA", "DOS SANTOS", "DE OLIVEIRA", "LE BIHAN", "LE CORRE"]

GIVEN_F = """Marie Nathalie Isabelle Sylvie Catherine Françoise Camille Léa Manon Chloé Emma Inès Jade Louise
Yasmine Sarah Jessica Monique Jacqueline Annie Odette Hélène Valérie Sandrine Aurélie Émilie Mathilde
Anaïs Pauline Gwenaëlle
Soizic Marie-Claude Anne-Sophie Rose Aya Lina Mila Ambre Alice Margaux Océane Martine Christiane Josiane Yvette
Germaine Brigitte Chantal Fatima Nadia Élodie Céline Laetitia Justine Clémence Lou Zoé Agathe Colette Simone""".split()
GIVEN_M = """Jean Pierre Michel Philippe Christophe Stéphane Sébastien Julien Nicolas Thomas Lucas Hugo Louis Gabriel
Nathan Enzo Mohamed Amine Kevin Gérard Bernard Daniel André Laurent Frédéric Patrick Éric Maxime Théo Clément Romain
Alexandre Benoît Yannick Maël Jean-Pierre Jean-Luc Adam Noah Paul Arthur Jules Raphaël Léon Thierry Pascal Dominique
Claude Lucien Marcel Roger René Karim Mehdi Loïc Gaëtan Jérôme Cédric Fabrice Hervé Didier Alain Serge""".split()

STREET_TYPES = ["rue", "rue", "rue", "avenue", "impasse", "chemin", "allée", "place", "boulevard", "route", "faubourg"]
STREET_NAMES = ["des Lilas", "Victor Hugo", "Jean Jaurès", "de la République", "du Général de Gaulle", "Pasteur",
                "des Écoles", "du Moulin", "de la Gare", "Gambetta", "des Tilleuls", "du Stade", "Jules Ferry",
                "de l'Église", "des Acacias", "du Château", "Voltaire", "Émile Zola", "des Vignes", "de Verdun",
                "Anatole France", "Aristide Briand", "de la Mairie", "des Prés", "du Lavoir", "Saint-Martin",
                "des Jardins", "de la Fontaine", "Louis Pasteur", "Pierre et Marie Curie", "du 8 Mai 1945",
                "de la Liberté", "des Cerisiers", "du Bois", "des Peupliers", "des Chenevières", "du Breuil",
                "des Granges", "du Champ de Foire", "Georges Clemenceau", "Marcel Pagnol",
                "Simone Veil", "Jean Moulin", "de la Paix", "des Vergers", "du Puits", "des Carrières"]

# name, INSEE code, postcode, x, y (EPSG:2154, centre), department, authority kinds
COMMUNES = [
    ("Dole", "39198", "39100", 888900, 6667300, "Jura"),
    ("Lons-le-Saunier", "39300", "39000", 895300, 6622400, "Jura"),
    ("Vesoul", "70550", "70000", 937600, 6730500, "Haute-Saône"),
    ("Auxerre", "89024", "89000", 742300, 6743900, "Yonne"),
    ("Nevers", "58194", "58000", 710600, 6651300, "Nièvre"),
    ("Mâcon", "71270", "71000", 841200, 6578300, "Saône-et-Loire"),
    ("Belfort", "90010", "90000", 990100, 6734700, "Territoire de Belfort"),
    ("Pontarlier", "25462", "25300", 967800, 6653900, "Doubs"),
    ("Quimper", "29232", "29000", 171300, 6789500, "Finistère"),
    ("Vannes", "56260", "56000", 268200, 6747700, "Morbihan"),
    ("Angers", "49007", "49000", 431200, 6721700, "Maine-et-Loire"),
    ("Poitiers", "86194", "86000", 497400, 6615300, "Vienne"),
    ("Pau", "64445", "64000", 427700, 6253500, "Pyrénées-Atlantiques"),
    ("Albi", "81004", "81000", 632700, 6316600, "Tarn"),
    ("Annecy", "74010", "74000", 940100, 6541300, "Haute-Savoie"),
    ("Colmar", "68066", "68000", 1024500, 6787300, "Haut-Rhin"),
    ("Laval", "53130", "53000", 419600, 6784800, "Mayenne"),
    ("Saint-Claude", "39478", "39200", 911000, 6587000, "Jura"),
    ("Louhans", "71263", "71500", 867400, 6619500, "Saône-et-Loire"),
    ("Landerneau", "29103", "29800", 160700, 6837600, "Finistère"),
]

COMPANIES = ["SARL Bâtiments Comtois", "SAS Transports Girardot", "Boulangerie Au Pain Doré SARL", "SCI Les Tilleuls",
             "SCI du Breuil", "Garage Moderne SAS", "EURL Menuiserie Jacquot", "SA HLM Habitat 39", "Orange SA",
             "Enedis", "GRDF", "Veolia Eau", "SAUR", "SNCF Réseau", "Colas France", "Eiffage Route Centre Est",
             "Carrefour Market", "Intermarché SAS Pimo", "Fromagerie Coopérative du Haut-Doubs", "GAEC des Prés",
             "EARL de la Combe", "SCEA du Château", "SEM Aménagement 71", "Crédit Agricole Franche-Comté",
             "La Poste", "Pharmacie de la Gare SELARL", "Hôtel du Commerce SARL", "Camping Les Rives SAS",
             "Cinéma Le Vox SAS", "SAS Solaire Bourgogne", "Coopérative Fruitière de Mouthe", "SPL Eaux du Jura"]
ASSOCIATIONS = ["Association sportive de football", "Club de judo", "Les Amis du patrimoine", "Comité des fêtes",
                "Secours populaire – comité local", "Restos du Cœur – antenne", "Harmonie municipale",
                "Association des parents d'élèves", "Club des aînés", "Tennis club", "MJC", "Ligue de l'enseignement",
                "Croix-Rouge française – unité locale", "Amicale des sapeurs-pompiers", "Société de pêche La Truite",
                "Atelier théâtre", "Jardins partagés du quartier", "Office de tourisme associatif", "Emmaüs"]
PUBLIC_BODIES = ["Mairie", "Communauté d'agglomération", "Conseil départemental", "Région", "CCAS", "SDIS",
                 "Préfecture", "DDT", "Syndicat des eaux", "SIVOS", "Centre hospitalier", "Collège", "Lycée",
                 "Office public de l'habitat", "ONF", "Agence de l'eau", "Pôle emploi / France Travail", "CAF"]
MAIL_PROVIDERS = ["gmail.com", "orange.fr", "free.fr", "laposte.net", "hotmail.fr", "sfr.fr", "wanadoo.fr",
                  "yahoo.fr", "outlook.fr", "icloud.com"]
