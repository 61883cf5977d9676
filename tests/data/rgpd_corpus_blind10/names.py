"""Name lists of corpus blind-10, written by hand for it (no download, no other corpus read).

Surnames and given names are common French ones and the ones of families settled from elsewhere; streets and
places are the kind every commune has, many after famous people (not personal: a street is a place).
"""

SURNAMES = (
    "Martin", "Bernard", "Thomas", "Petit", "Robert", "Richard", "Durand", "Dubois", "Moreau", "Laurent",
    "Simon", "Michel", "Lefèvre", "Leroy", "Roux", "David", "Bertrand", "Morel", "Fournier", "Girard",
    "Bonnet", "Dupont", "Lambert", "Fontaine", "Rousseau", "Vincent", "Muller", "Lefebvre", "Faure", "André",
    "Mercier", "Blanc", "Guérin", "Boyer", "Garnier", "Chevalier", "François", "Legrand", "Gauthier", "Garcia",
    "Perrin", "Robin", "Clément", "Morin", "Nicolas", "Henry", "Roussel", "Mathieu", "Gautier", "Masson",
    "Marchand", "Duval", "Denis", "Dumont", "Marie", "Lemaire", "Noël", "Meyer", "Dufour", "Meunier",
    "Brun", "Blanchard", "Giraud", "Joly", "Rivière", "Lucas", "Brunet", "Gaillard", "Barbier", "Arnaud",
    "Martinez", "Gérard", "Roche", "Renard", "Schmitt", "Roy", "Leroux", "Colin", "Vidal", "Caron",
    "Picard", "Roger", "Fabre", "Aubert", "Lemoine", "Renaud", "Dumas", "Lacroix", "Olivier", "Philippe",
    "Bourgeois", "Pierre", "Benoît", "Rey", "Leclerc", "Payet", "Rolland", "Le Gall", "Le Goff", "Le Bihan",
    "Kerjean", "Quéré", "Tanguy", "Le Roux", "Guillou", "Hamon", "Jacquot", "Vuillemin", "Cuenot", "Bourdin",
    "Grosjean", "Courvoisier", "Peugeot", "Etcheverry", "Iriarte", "Larralde", "Casanova", "Santoni", "Orsini",
    "Bouvier", "Ferrand", "Besson", "Chauvet", "Delorme", "Pelletier", "Charpentier", "Carpentier", "Lebrun",
    "Lecomte", "Huet", "Weber", "Klein", "Wagner", "Hoffmann", "Schneider", "Becker", "Zimmermann",
    "Nguyen", "Tran", "Pham", "Benali", "Haddad", "Bensaïd", "Mansouri", "Belkacem", "Diallo", "Traoré",
    "Ndiaye", "Diop", "Koné", "Da Silva", "Pereira", "Ferreira", "Rodrigues", "Fernandes", "Lopes",
    "Rossi", "Russo", "Esposito", "Lombardi", "Kowalski", "Nowak", "Yilmaz", "Demir", "Kaya", "Öztürk",
    "Sánchez", "López", "González", "Wang", "Chen", "Ivanova",
    "de Lattre", "de La Tour", "de Saint-Exupéry", "Le Floch", "Le Pen", "du Pontavice", "d'Aubigny",
    "Saint-Martin", "Martin-Dubois", "Dupuis-Lefort", "Lambert-Girard", "Roux-Combaluzier", "Mas-Bertrand",
    "N'Diaye", "Ben Youssef", "El Amrani", "Van den Berghe", "Vandamme", "Delacroix", "Desmoulins",
)

MALE_GIVEN = (
    "Jean", "Pierre", "Michel", "André", "Philippe", "Alain", "Bernard", "Jacques", "Daniel", "Christian",
    "Gérard", "Patrick", "Claude", "René", "Marcel", "Roger", "Robert", "Henri", "Louis", "Georges",
    "Lucien", "Maurice", "Raymond", "Gilbert", "Gaston", "Émile", "Fernand", "Albert",
    "Thierry", "Pascal", "Éric", "Frédéric", "Stéphane", "Laurent", "Olivier", "Sébastien", "Nicolas",
    "Julien", "Jérôme", "Cédric", "Mickaël", "Grégory", "Anthony", "Kévin", "Florian", "Maxime", "Quentin",
    "Thomas", "Hugo", "Lucas", "Théo", "Nathan", "Enzo", "Mathis", "Léo", "Noah", "Gabriel", "Raphaël",
    "Arthur", "Jules", "Louis-Marie", "Jean-Pierre", "Jean-Luc", "Jean-François", "Pierre-Yves", "Yannick",
    "Gwenaël", "Loïc", "Erwan", "Iñaki", "Mohamed", "Karim", "Mehdi", "Rayan", "Yanis", "Moussa", "Mamadou",
    "Duc", "Kenji", "Sacha", "Timéo", "Aylan", "Ibrahim",
)

FEMALE_GIVEN = (
    "Marie", "Jeanne", "Françoise", "Monique", "Catherine", "Nathalie", "Isabelle", "Sylvie", "Martine",
    "Christine", "Anne", "Jacqueline", "Simone", "Germaine", "Yvette", "Odette", "Paulette", "Marguerite",
    "Suzanne", "Denise", "Colette", "Ginette", "Hélène", "Brigitte", "Véronique", "Sandrine", "Valérie",
    "Céline", "Aurélie", "Stéphanie", "Émilie", "Julie", "Caroline", "Audrey", "Élodie", "Laëtitia",
    "Mélanie", "Sophie", "Camille", "Léa", "Manon", "Chloé", "Emma", "Inès", "Jade", "Louise", "Alice",
    "Lina", "Rose", "Ambre", "Anna", "Mila", "Zoé", "Léna", "Éléonore", "Agathe", "Anne-Sophie",
    "Marie-Claude", "Marie-Thérèse", "Marie-Hélène", "Anne-Laure", "Maëlle", "Nolwenn", "Gwenaëlle", "Maïté",
    "Fatima", "Yasmine", "Aïcha", "Nadia", "Leïla", "Aminata", "Fatoumata", "Mai", "Linh", "Ana", "Giulia",
    "Zeynep", "Agnieszka", "Chantal", "Josiane", "Maryse", "Noémie",
)

STREET_KINDS = ("rue", "avenue", "boulevard", "chemin", "impasse", "allée", "place", "route", "quai", "cours")

STREET_NAMES = (
    "Victor Hugo", "Jean Jaurès", "du Général de Gaulle", "Pasteur", "Gambetta", "de la République",
    "Jules Ferry", "Émile Zola", "Voltaire", "Jean Moulin", "Pierre et Marie Curie", "Anatole France",
    "Georges Clemenceau", "du Maréchal Foch", "Aristide Briand", "Léon Blum", "Simone Veil",
    "Louise Michel", "Gustave Courbet", "Victor Schœlcher", "Lucie Aubrac", "Charles Péguy", "Jean de la Fontaine",
    "des Tilleuls", "des Acacias", "du Moulin", "de l'Église", "de la Gare", "des Écoles", "du Stade",
    "des Vignes", "du Lavoir", "de la Fontaine", "des Prés", "du Château", "des Jardins", "de la Mairie",
    "du Four", "des Champs", "de Verdun", "du 8 Mai 1945", "du 11 Novembre", "du 14 Juillet", "de Bretagne",
    "de la Libération", "des Peupliers", "des Lilas", "du Bois", "des Cerisiers", "de la Croix Blanche",
    "Saint-Pierre", "Notre-Dame", "du Commandant Marceau", "Rosa Parks", "Nelson Mandela", "Olympe de Gouges",
    "Frédéric Mistral", "Colette", "Alexandre Dumas", "Henri IV",
)

PLACES_AFTER_PEOPLE = (
    "Square Léon Blum", "Parc Jean Jaurès", "Espace Simone Veil", "Gymnase Jean Moulin", "Stade Louis Pasteur",
    "Médiathèque Elsa Triolet", "Collège Jules Ferry", "École Marie Curie", "Salle Pierre de Coubertin",
    "Piscine Marcel Cerdan", "Jardin Victor Hugo", "Maison de quartier Louise Michel", "Halle Georges Brassens",
    "Espace culturel Jacques Brel", "Théâtre Molière", "Conservatoire Claude Debussy", "Parc Gustave Eiffel",
    "Groupe scolaire Paul Bert", "Crèche Françoise Dolto", "Résidence autonomie Lucie Aubrac",
)

# name, INSEE code, postcode, EPSG:2154 centre, EPCI (name, domain), département (name, domain),
# région (name, domain), telephone area digit.
COMMUNES = (
    ("Besançon", "25056", "25000", (928900, 6686900), ("Grand Besançon Métropole", "grandbesancon.fr"),
     ("Département du Doubs", "doubs.fr"), ("Région Bourgogne-Franche-Comté", "bourgognefranchecomte.fr"), "3"),
    ("Pontarlier", "25462", "25300", (962300, 6650800), ("Communauté de communes du Grand Pontarlier",
     "grandpontarlier.fr"), ("Département du Doubs", "doubs.fr"),
     ("Région Bourgogne-Franche-Comté", "bourgognefranchecomte.fr"), "3"),
    ("Dole", "39198", "39100", (883700, 6671400), ("Grand Dole", "grand-dole.fr"), ("Département du Jura", "jura.fr"),
     ("Région Bourgogne-Franche-Comté", "bourgognefranchecomte.fr"), "3"),
    ("Auxerre", "89024", "89000", (743000, 6744500), ("Communauté de l'Auxerrois", "agglo-auxerrois.fr"),
     ("Département de l'Yonne", "yonne.fr"), ("Région Bourgogne-Franche-Comté", "bourgognefranchecomte.fr"), "3"),
    ("Rennes", "35238", "35000", (351900, 6789300), ("Rennes Métropole", "rennesmetropole.fr"),
     ("Département d'Ille-et-Vilaine", "ille-et-vilaine.fr"), ("Région Bretagne", "bretagne.bzh"), "2"),
    ("Quimper", "29232", "29000", (171900, 6789500),
     ("Quimper Bretagne Occidentale", "quimper-bretagne-occidentale.bzh"),
     ("Département du Finistère", "finistere.fr"), ("Région Bretagne", "bretagne.bzh"), "2"),
    ("Lannion", "22113", "22300", (229800, 6866900), ("Lannion-Trégor Communauté", "lannion-tregor.com"),
     ("Département des Côtes-d'Armor", "cotesdarmor.fr"), ("Région Bretagne", "bretagne.bzh"), "2"),
    ("Albi", "81004", "81000", (632300, 6313500), ("Communauté d'agglomération de l'Albigeois", "grand-albigeois.fr"),
     ("Département du Tarn", "tarn.fr"), ("Région Occitanie", "laregion.fr"), "5"),
    ("Millau", "12145", "12100", (704500, 6330800), ("Millau Grands Causses", "millaugrandscausses.fr"),
     ("Département de l'Aveyron", "aveyron.fr"), ("Région Occitanie", "laregion.fr"), "5"),
    ("Muret", "31395", "31600", (567900, 6264000), ("Le Muretain Agglo", "agglo-muretain.fr"),
     ("Département de la Haute-Garonne", "haute-garonne.fr"), ("Région Occitanie", "laregion.fr"), "5"),
    ("Beauvais", "60057", "60000", (636200, 6925500), ("Communauté d'agglomération du Beauvaisis", "beauvaisis.fr"),
     ("Département de l'Oise", "oise.fr"), ("Région Hauts-de-France", "hautsdefrance.fr"), "3"),
    ("Arras", "62041", "62000", (684700, 7021400), ("Communauté urbaine d'Arras", "cu-arras.fr"),
     ("Département du Pas-de-Calais", "pasdecalais.fr"), ("Région Hauts-de-France", "hautsdefrance.fr"), "3"),
    ("Colmar", "68066", "68000", (1024100, 6784100), ("Colmar Agglomération", "agglo-colmar.fr"),
     ("Collectivité européenne d'Alsace", "alsace.eu"), ("Région Grand Est", "grandest.fr"), "3"),
    ("Épinal", "88160", "88000", (953500, 6794000), ("Communauté d'agglomération d'Épinal", "agglo-epinal.fr"),
     ("Département des Vosges", "vosges.fr"), ("Région Grand Est", "grandest.fr"), "3"),
    ("Annecy", "74010", "74000", (941700, 6541900), ("Grand Annecy", "grandannecy.fr"),
     ("Département de la Haute-Savoie", "hautesavoie.fr"), ("Région Auvergne-Rhône-Alpes", "auvergnerhonealpes.fr"),
     "4"),
    ("Aurillac", "15014", "15000", (654500, 6428800), ("Communauté d'agglomération du Bassin d'Aurillac",
     "caba.fr"), ("Département du Cantal", "cantal.fr"), ("Région Auvergne-Rhône-Alpes", "auvergnerhonealpes.fr"), "4"),
    ("Saint-Nazaire", "44184", "44600", (305800, 6701500), ("CARENE Saint-Nazaire Agglomération",
     "agglo-carene.fr"), ("Département de Loire-Atlantique", "loire-atlantique.fr"),
     ("Région Pays de la Loire", "paysdelaloire.fr"), "2"),
    ("Angers", "49007", "49000", (430100, 6711700), ("Angers Loire Métropole", "angersloiremetropole.fr"),
     ("Département de Maine-et-Loire", "maine-et-loire.fr"), ("Région Pays de la Loire", "paysdelaloire.fr"), "2"),
    ("Bayonne", "64102", "64100", (343400, 6277300), ("Communauté d'agglomération du Pays Basque",
     "communaute-paysbasque.fr"), ("Département des Pyrénées-Atlantiques", "le64.fr"),
     ("Région Nouvelle-Aquitaine", "nouvelle-aquitaine.fr"), "5"),
    ("Limoges", "87085", "87000", (565200, 6528700), ("Limoges Métropole", "limoges-metropole.fr"),
     ("Département de la Haute-Vienne", "haute-vienne.fr"), ("Région Nouvelle-Aquitaine", "nouvelle-aquitaine.fr"),
     "5"),
    ("Manosque", "04112", "04100", (927600, 6307100), ("Durance Luberon Verdon Agglomération", "dlva.fr"),
     ("Département des Alpes-de-Haute-Provence", "mondepartement04.fr"), ("Région Sud", "maregionsud.fr"), "4"),
    ("Ajaccio", "2A004", "20000", (1188600, 6106300), ("Communauté d'agglomération du Pays Ajaccien",
     "ca-ajaccien.fr"), ("Collectivité de Corse", "isula.corsica"), ("Collectivité de Corse", "isula.corsica"), "4"),
)

COMPANIES = (
    "SARL Girard Terrassement", "Transports Moreau et Fils", "Boulangerie Lefèvre", "SAS Dupont Élagage",
    "Garage Martin Automobiles", "Pharmacie Rousseau", "Entreprise Bonnet TP", "Établissements Muller SA",
    "Électricité Fournier SARL", "Menuiserie Chevalier", "SCI Les Tilleuls", "SCI Fontaine Immobilier",
    "SCI du Moulin", "GAEC des Prés Verts", "GAEC Perrin Frères", "EARL de la Combe", "SCEA du Château",
    "Veolia Eau", "Suez Eau France", "Enedis", "GRDF", "Orange", "SFR FTTH", "Free Infrastructure",
    "Bouygues Construction", "Eiffage Route", "Colas Centre-Est", "Vinci Energies", "Keolis", "Transdev",
    "La Poste", "SNCF Réseau", "Crédit Agricole", "Caisse d'Épargne", "Carrefour Market", "Intermarché",
    "Biocoop Le Grenier", "Auberge du Lac SARL", "Hôtel de la Gare SAS", "Camping Les Pins SARL",
    "Brasserie Lambert", "Fromagerie Vuillemin", "Coopérative fruitière de Vercel", "Cave coopérative des Côteaux",
    "Ambulances Roux SARL", "Taxi Leclerc SARL", "Lopes Maçonnerie SARL", "Nguyen Traiteur SAS",
)

ASSOCIATIONS = (
    "Association sportive de la Vallée", "Union musicale", "Amicale des sapeurs-pompiers", "Comité des fêtes",
    "Club de l'âge d'or", "Les Restos du Cœur", "Secours populaire français", "Croix-Rouge française",
    "Emmaüs", "ADMR", "Association des parents d'élèves", "Foyer rural", "Judo club", "Football club",
    "Tennis club municipal", "Société de chasse communale", "AAPPMA La Truite", "Ligue de protection des oiseaux",
    "Les Amis du patrimoine", "Jardins familiaux", "Association Jean Jaurès", "MJC Victor Hugo",
    "Centre social Louise Michel", "Association Pierre de Coubertin", "Banque alimentaire",
)

MAIL_PROVIDERS = (
    "gmail.com", "orange.fr", "wanadoo.fr", "free.fr", "laposte.net", "hotmail.fr", "yahoo.fr", "sfr.fr",
    "outlook.fr", "icloud.com", "protonmail.com", "neuf.fr", "bbox.fr",
)

SERVICES = (
    ("Service SIG", "sig"), ("Accueil", "accueil"), ("Service urbanisme", "urbanisme"),
    ("Service des eaux", "eau"), ("Direction des espaces verts", "espaces-verts"), ("Service état civil",
    "etat-civil"), ("Service enfance jeunesse", "enfance"), ("Service voirie", "voirie"),
    ("Service environnement", "environnement"), ("Police municipale", "police-municipale"),
    ("Direction de la culture", "culture"), ("Service des sports", "sports"), ("Service économie", "economie"),
    ("Office de tourisme", "tourisme"), ("Service des cimetières", "cimetieres"),
    ("Direction des systèmes d'information", "dsi"), ("Service transport", "transports"),
)

SCHOOLS = (
    "École maternelle Jules Ferry", "École élémentaire Jean Macé", "École Marie Curie", "Groupe scolaire Paul Bert",
    "École primaire des Tilleuls", "École maternelle Les Lilas", "École Louis Pasteur", "École Condorcet",
    "École élémentaire Victor Hugo", "École maternelle Françoise Dolto", "Collège Jules Ferry", "Collège Lucie Aubrac",
    "Collège Victor Hugo", "Lycée Louis Pasteur", "Lycée professionnel Jean Jaurès", "Collège Simone Veil",
    "École Saint-Joseph", "École bilingue Diwan", "École de la Gare", "École Jean de la Fontaine",
)
