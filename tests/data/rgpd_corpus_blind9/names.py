"""Name lists of corpus blind-9, written by hand for it (no download, nothing copied from another corpus).

Surnames, given names, streets, communes (INSEE code, postcode, approximate EPSG:2154 centre, and the
EPCI, département and région above each with their web domains), companies, associations, mail providers.
"""

SURNAMES = (
    "Martin", "Bernard", "Thomas", "Petit", "Robert", "Richard", "Durand", "Dubois", "Moreau", "Laurent",
    "Simon", "Michel", "Lefèvre", "Leroy", "Roux", "David", "Bertrand", "Morel", "Fournier", "Girard",
    "Bonnet", "Dupont", "Lambert", "Fontaine", "Rousseau", "Vincent", "Muller", "Lefebvre", "Faure", "André",
    "Mercier", "Blanc", "Guérin", "Boyer", "Garnier", "Chevalier", "François", "Legrand", "Gauthier", "Garcia",
    "Perrin", "Robin", "Clément", "Morin", "Nicolas", "Henry", "Roussel", "Mathieu", "Gautier", "Masson",
    "Marchand", "Duval", "Denis", "Dumont", "Marie", "Lemaire", "Noël", "Meyer", "Dufour", "Meunier",
    "Brun", "Blanchard", "Giraud", "Joly", "Rivière", "Lucas", "Brunet", "Gaillard", "Barbier", "Arnaud",
    "Vuillemin", "Cuenot", "Jeannin", "Pourcelot", "Bourgeois", "Grosjean", "Cretin", "Vernier",
    "Le Gall", "Le Goff", "Le Bihan", "Kerjean", "Le Floc'h", "Quéméner", "Tanguy", "Le Roux", "Guillou",
    "Lescure", "Delmas", "Bousquet", "Carrère", "Puech", "Estève", "Cazals", "Barthès",
    "Schneider", "Schmitt", "Wagner", "Koenig", "Hoffmann", "Weiss", "Zimmermann",
    "de La Fontaine", "de Saint-Jean", "d'Arnoux", "Le Moal", "du Plessis", "de Vaux", "Saint-Martin",
    "Dupuis-Morel", "Martin-Chauvet", "Lemoine-Garnier", "Berthier-Jacquot", "Picard-Rey",
    "Nguyen", "Tran", "Ben Ali", "Benali", "Haddad", "Mansouri", "Da Silva", "Pereira", "Fernandes",
    "Rodrigues", "Lopez", "Martinez", "Sanchez", "Rossi", "Ferrari", "Kowalski", "Nowak", "Diallo",
    "Traoré", "Camara", "Yilmaz", "Öztürk", "Ivanov", "Popescu", "Chaouch", "Boukhris", "N'Diaye",
    "Aubert", "Lacroix", "Besnard", "Collin", "Prévost", "Carré", "Hamon", "Renaud", "Poulain", "Leclerc",
    "Cordier", "Jacquet", "Huet", "Caron", "Charpentier", "Benoît", "Rémy", "Ménard", "Hébert", "Pagès",
)

GIVEN_F = (
    "Marie", "Jeanne", "Françoise", "Monique", "Catherine", "Nathalie", "Isabelle", "Sylvie", "Martine",
    "Christine", "Sophie", "Valérie", "Sandrine", "Céline", "Aurélie", "Émilie", "Julie", "Camille", "Léa",
    "Chloé", "Manon", "Inès", "Jade", "Louise", "Alice", "Lina", "Rose", "Ambre", "Anna", "Mila",
    "Hélène", "Agnès", "Geneviève", "Odette", "Simone", "Germaine", "Yvette", "Paulette", "Ginette",
    "Marie-Claire", "Anne-Sophie", "Marie-Thérèse", "Anne-Laure", "Marie-Hélène", "Lou-Ann",
    "Zoé", "Maëlys", "Anaïs", "Océane", "Clémence", "Mélanie", "Noémie", "Yasmine", "Fatima", "Aïcha",
    "Nour", "Leïla", "Thi Lan", "Gwenaëlle", "Maïwenn", "Soizic", "Nolwenn", "Brigitte", "Colette",
)

GIVEN_M = (
    "Jean", "Pierre", "Michel", "André", "Philippe", "Alain", "Bernard", "Jacques", "Daniel", "Patrick",
    "Nicolas", "Christophe", "Stéphane", "Laurent", "Frédéric", "Julien", "Sébastien", "Thomas", "Kévin",
    "Lucas", "Hugo", "Louis", "Gabriel", "Arthur", "Jules", "Adam", "Raphaël", "Léo", "Noé", "Nathan",
    "Marcel", "René", "Roger", "Maurice", "Henri", "Lucien", "Raymond", "Gérard", "Gilbert",
    "Jean-Pierre", "Jean-Claude", "Jean-François", "Pierre-Yves", "Jean-Baptiste", "Marc-Antoine",
    "Loïc", "Gaël", "Yannick", "Erwan", "Maël", "Timéo", "Noah", "Mohamed", "Karim", "Yassine", "Mehdi",
    "Ahmed", "Mamadou", "Duc", "Jérôme", "Benoît", "Grégoire", "Aurélien", "Théo", "Éric", "Joël",
)

STREETS = (
    "rue Victor Hugo", "avenue Jean Jaurès", "place Charles de Gaulle", "rue Pasteur", "boulevard Gambetta",
    "rue Émile Zola", "avenue du Général Leclerc", "rue Jean Moulin", "allée Simone Veil", "rue Louise Michel",
    "rue Marie Curie", "impasse Colette", "rue Jules Ferry", "quai Louis Pasteur", "rue Gustave Courbet",
    "chemin des Vignes", "rue de la Mairie", "route de Lyon", "rue des Écoles", "impasse des Tilleuls",
    "rue du Moulin", "chemin du Lavoir", "rue de l'Église", "grande rue", "rue des Peupliers",
    "avenue de la Libération", "rue du 8 Mai 1945", "rue de la République", "place du Marché",
    "rue Lucie Aubrac", "rue Olympe de Gouges", "avenue Aristide Briand", "rue Anatole France",
    "rue Georges Brassens", "rue Jacques Prévert", "rue Antoine de Saint-Exupéry", "rue Édith Piaf",
    "rue Jean de La Fontaine", "rue Paul Verlaine", "rue Joséphine Baker", "rue Claude Debussy",
    "rue Pierre et Marie Curie", "rue des Jardins", "lotissement Les Hauts de Chailluz", "hameau de Vaux",
    "lieu-dit Les Essarts", "rue du Stade", "chemin de Halage", "rue Mozart", "rue Gisèle Halimi",
    "route départementale 67", "résidence Les Marronniers", "rue Ampère", "rue Alexandre Dumas",
)

# name, INSEE code, postcode, (x, y) in EPSG:2154 (approximate), own domain, EPCI (name, domain),
# département (name, domain), région (name, domain), switchboard prefix
COMMUNES = (
    ("Besançon", "25056", "25000", (928300, 6688400), "besancon.fr",
     ("Grand Besançon Métropole", "grandbesancon.fr"), ("Département du Doubs", "doubs.fr"),
     ("Région Bourgogne-Franche-Comté", "bourgognefranchecomte.fr"), "03 81"),
    ("Ornans", "25434", "25290", (939700, 6671500), "ornans.fr",
     ("Communauté de communes Loue-Lison", "loue-lison.fr"), ("Département du Doubs", "doubs.fr"),
     ("Région Bourgogne-Franche-Comté", "bourgognefranchecomte.fr"), "03 81"),
    ("Morteau", "25411", "25500", (974100, 6669800), "morteau.org",
     ("Communauté de communes du Val de Morteau", "cc-valdemorteau.fr"), ("Département du Doubs", "doubs.fr"),
     ("Région Bourgogne-Franche-Comté", "bourgognefranchecomte.fr"), "03 81"),
    ("Dole", "39198", "39100", (891600, 6667300), "doledujura.fr",
     ("Communauté d'agglomération du Grand Dole", "grand-dole.fr"), ("Département du Jura", "jura.fr"),
     ("Région Bourgogne-Franche-Comté", "bourgognefranchecomte.fr"), "03 84"),
    ("Saint-Claude", "39478", "39200", (904300, 6590600), "saint-claude.fr",
     ("Communauté de communes Haut-Jura Saint-Claude", "hautjurasaintclaude.fr"), ("Département du Jura", "jura.fr"),
     ("Région Bourgogne-Franche-Comté", "bourgognefranchecomte.fr"), "03 84"),
    ("Dijon", "21231", "21000", (853500, 6694800), "dijon.fr",
     ("Dijon Métropole", "metropole-dijon.fr"), ("Département de la Côte-d'Or", "cotedor.fr"),
     ("Région Bourgogne-Franche-Comté", "bourgognefranchecomte.fr"), "03 80"),
    ("Belfort", "90010", "90000", (991000, 6728900), "ville-belfort.fr",
     ("Grand Belfort Communauté d'agglomération", "grandbelfort.fr"),
     ("Département du Territoire de Belfort", "territoiredebelfort.fr"),
     ("Région Bourgogne-Franche-Comté", "bourgognefranchecomte.fr"), "03 84"),
    ("Rennes", "35238", "35000", (351800, 6789300), "rennes.fr",
     ("Rennes Métropole", "rennesmetropole.fr"), ("Département d'Ille-et-Vilaine", "ille-et-vilaine.fr"),
     ("Région Bretagne", "bretagne.bzh"), "02 23"),
    ("Quimper", "29232", "29000", (171400, 6789900), "quimper.bzh",
     ("Quimper Bretagne Occidentale", "quimper-bretagne-occidentale.bzh"), ("Département du Finistère", "finistere.fr"),
     ("Région Bretagne", "bretagne.bzh"), "02 98"),
    ("Lannion", "22113", "22300", (229600, 6872800), "lannion.bzh",
     ("Lannion-Trégor Communauté", "lannion-tregor.com"), ("Département des Côtes-d'Armor", "cotesdarmor.fr"),
     ("Région Bretagne", "bretagne.bzh"), "02 96"),
    ("Toulouse", "31555", "31000", (574300, 6279600), "toulouse.fr",
     ("Toulouse Métropole", "toulouse-metropole.fr"), ("Département de la Haute-Garonne", "haute-garonne.fr"),
     ("Région Occitanie", "laregion.fr"), "05 61"),
    ("Figeac", "46102", "46100", (604700, 6392900), "ville-figeac.fr",
     ("Grand-Figeac", "grand-figeac.fr"), ("Département du Lot", "lot.fr"),
     ("Région Occitanie", "laregion.fr"), "05 65"),
    ("Millau", "12145", "12100", (703900, 6332300), "millau.fr",
     ("Millau Grands Causses", "millau-grands-causses.org"), ("Département de l'Aveyron", "aveyron.fr"),
     ("Région Occitanie", "laregion.fr"), "05 65"),
    ("Lille", "59350", "59000", (704400, 7059300), "lille.fr",
     ("Métropole Européenne de Lille", "lillemetropole.fr"), ("Département du Nord", "lenord.fr"),
     ("Région Hauts-de-France", "hautsdefrance.fr"), "03 20"),
    ("Arras", "62041", "62000", (684900, 7022400), "arras.fr",
     ("Communauté urbaine d'Arras", "cu-arras.org"), ("Département du Pas-de-Calais", "pasdecalais.fr"),
     ("Région Hauts-de-France", "hautsdefrance.fr"), "03 21"),
    ("Colmar", "68066", "68000", (1024100, 6784500), "colmar.fr",
     ("Colmar Agglomération", "agglo-colmar.fr"), ("Collectivité européenne d'Alsace", "alsace.eu"),
     ("Région Grand Est", "grandest.fr"), "03 89"),
    ("Grenoble", "38185", "38000", (913900, 6458200), "grenoble.fr",
     ("Grenoble-Alpes Métropole", "grenoblealpesmetropole.fr"), ("Département de l'Isère", "isere.fr"),
     ("Région Auvergne-Rhône-Alpes", "auvergnerhonealpes.fr"), "04 76"),
    ("Annecy", "74010", "74000", (940600, 6538900), "annecy.fr",
     ("Grand Annecy", "grandannecy.fr"), ("Département de la Haute-Savoie", "hautesavoie.fr"),
     ("Région Auvergne-Rhône-Alpes", "auvergnerhonealpes.fr"), "04 50"),
    ("Poitiers", "86194", "86000", (497500, 6613300), "poitiers.fr",
     ("Grand Poitiers", "grandpoitiers.fr"), ("Département de la Vienne", "lavienne86.fr"),
     ("Région Nouvelle-Aquitaine", "nouvelle-aquitaine.fr"), "05 49"),
    ("La Rochelle", "17300", "17000", (380200, 6570800), "larochelle.fr",
     ("Communauté d'agglomération de La Rochelle", "agglo-larochelle.fr"),
     ("Département de la Charente-Maritime", "charente-maritime.fr"),
     ("Région Nouvelle-Aquitaine", "nouvelle-aquitaine.fr"), "05 46"),
    ("Gap", "05061", "05000", (944700, 6389300), "ville-gap.fr",
     ("Communauté d'agglomération Gap-Tallard-Durance", "gap-tallard-durance.fr"),
     ("Département des Hautes-Alpes", "hautes-alpes.fr"), ("Région Sud Provence-Alpes-Côte d'Azur", "maregionsud.fr"),
     "04 92"),
    ("Ajaccio", "2A004", "20000", (1191700, 6107900), "ajaccio.fr",
     ("Communauté d'agglomération du Pays Ajaccien", "ca-ajaccien.corsica"), ("Collectivité de Corse", "isula.corsica"),
     ("Collectivité de Corse", "isula.corsica"), "04 95"),
)

# legal persons: companies (several bear a surname, as French companies often do)
COMPANIES = (
    "SAS Transports Vuillemin", "SARL Boulangerie Morel", "Eiffage Route Centre-Est", "Colas France",
    "Veolia Eau", "SAUR", "Suez Eau France", "Enedis", "GRDF", "Orange", "SFR FTTH", "Axione",
    "Transdev", "Keolis", "SARL Garage Dupont et Fils", "SAS Menuiserie Lambert", "Citelum",
    "Eurovia", "SA HLM Néolia", "Habitat 25", "Bouygues Energies & Services", "Spie CityNetworks",
    "SARL Le Petit Zinc", "SAS Brasserie du Commerce", "Sodexo", "Elior", "API Restauration",
    "SARL Pompes Funèbres Girard", "SAS Paysages Rousseau", "Nexity Foncier Conseil",
    "Territoire 25 SEM", "SPL Rennes Métropole", "SCI Les Tilleuls", "SCI Dupuis Immobilier",
    "SCI du Moulin", "SA Clinique Saint-Vincent", "SARL Taxis Perrin", "SAS Izivia", "Freshmile",
    "SAS Fromagerie Jeannin", "Coopérative fromagère du Haut-Doubs", "GAEC du Haut-Doubs",
    "GAEC Vuillemin Frères", "GAEC de la Combe", "EARL des Peupliers", "SCEA Domaine Carrère",
)

ASSOCIATIONS = (
    "Association sportive besançonnaise", "Union cycliste du Jura", "Les Amis du Patrimoine",
    "Restos du Cœur", "Secours populaire français", "Croix-Rouge française", "Comité des fêtes",
    "Amicale des donneurs de sang", "Club de l'amitié", "Harmonie municipale", "Football club Saint-Claude",
    "Judo club Dole", "Association Jean Macé", "Société de chasse communale", "ACCA de Vaux",
    "Maison des jeunes et de la culture", "Ligue de l'enseignement", "Emmaüs", "Les Jardins de Cocagne",
    "Association des parents d'élèves Jules Ferry", "Rugby club Millau", "Cercle celtique Quimper",
    "Tennis club Annecy", "Chorale À Cœur Joie", "Aïkido club Colmar", "Association Victor Hugo",
)

MAIL_PROVIDERS = (
    "gmail.com", "orange.fr", "wanadoo.fr", "free.fr", "laposte.net", "sfr.fr", "hotmail.fr", "yahoo.fr",
    "outlook.fr", "icloud.com", "neuf.fr", "bbox.fr", "protonmail.com", "live.fr", "aol.com",
)

# services of an authority and the functional mailbox each uses on the authority's own domain
SERVICES = (
    ("Service urbanisme", "urbanisme"), ("Service état civil", "etat-civil"), ("Direction des systèmes "
     "d'information", "sig"), ("Service des eaux", "eau"), ("Accueil", "accueil"), ("Service éducation",
     "education"), ("Service des sports", "sports"), ("Police municipale", "police.municipale"),
    ("Service environnement", "environnement"), ("Service culture", "culture"), ("Service voirie", "voirie"),
    ("Pôle solidarités", "solidarites"), ("Service des cimetières", "cimetieres"), ("Direction des "
     "ressources humaines", "drh"), ("Service des élections", "elections"), ("Service économie", "economie"),
)
