"""People's names in a column of values, in the conventions of French registers.

Recognised: 'Jean DUPONT', 'DUPONT Jean', 'J. DUPONT', 'M. Dupont', 'Mme DURAND Jeanne'; the
cadastral convention, all in capitals with the surname first ('DUPONT JEAN PIERRE', MAJIC's
'DUPONT/JEAN', 'M DUPONT JEAN', 'MME DUPONT NEE MARTIN MARIE'); families and estates
('M. et Mme MARTIN', 'Famille PETIT', 'Consorts GIRARD', 'Succession ROUX').

Each value is split into words once for the whole column (one ``explode``), every word is looked
up in the shipped lists of given names and surnames (``names/``) and among the words of
organisations and places, and the marks are summed back per value: no Python loop over values.
"""
from __future__ import annotations

import functools
import os

import pandas as pd

NAMES_DIR = os.path.join(os.path.dirname(__file__), "names")

CIVILITIES = frozenset({"m", "mr", "mme", "mlle", "melle", "monsieur", "madame", "mademoiselle", "mm", "mmes",
                        "messieurs", "dr", "docteur"})
#: Words of family and estate registers ('M. et Mme', 'veuve X née Y', 'consorts', 'indivision').
FAMILY = frozenset({"famille", "consorts", "consort", "cts", "indivision", "succession", "veuve", "vve", "epoux",
                    "epouse", "ep", "nee", "ne", "hoirs", "heritiers", "et", "ou", "caveau", "sepulture"})
#: Words that only ever come before a family's name, whatever its case ('Famille Larralde', 'Caveau Nunes').
FAMILY_HEADS = frozenset({"famille", "consorts", "indivision", "succession", "veuve", "hoirs", "heritiers", "caveau",
                          "sepulture"})
PARTICLES = frozenset({"le", "la", "de", "du", "des", "d", "da", "dos", "das", "do", "di", "del", "della", "van",
                       "von", "der", "den", "ben", "ibn", "el", "al", "bou", "mac", "mc", "n", "l", "ould", "ter"})
#: Words that make a value an organisation's name (legal forms, institutions, trades, equipment).
ORGANISATION_WORDS = frozenset("""
sci sarl sas sasu sa eurl snc scp scop scm gaec earl scea gfa gie sem spl oph hlm opac sica cuma selarl
commune communes ville mairie departement departemental region regional etat ministere prefecture
communaute agglomeration metropole syndicat sivom sivu smictom sictom syded sydom epci cc ccas cias
republique francaise nationale national municipal municipale intercommunal intercommunale
office agence service services direction pole regie centre centres bureau cabinet institut fondation
association asso amicale club comite federation union foyer mjc harmonie fanfare paroisse diocesaine
chorale choeur orchestre ensemble cercle compagnie troupe secours restos
diocese fabrique congregation eglise chapelle cimetiere temple mosquee synagogue
ecole college lycee universite creche micro multiaccueil halte garderie ehpad residence hopital clinique
maternelle elementaire primaire scolaire periscolaire
chu ch maison espace salle gymnase stade piscine mediatheque bibliotheque ludotheque musee theatre cinema
conservatoire complexe halle caserne gendarmerie poste station deposito dechetterie terrain parking
boulodrome camping hotel restaurant auberge gite ferme boulangerie patisserie boucherie charcuterie
pharmacie garage carrosserie menuiserie plomberie electricite maconnerie couverture charpente peinture
fromagerie fruitiere transports transport taxi ambulances pompes funebres coiffure epicerie supermarche
hypermarche intermarche auchan lidl aldi supermarche marche tabac presse librairie
credit caisse banque mutuelle assurance assurances notaires notaire geometre architectes immobilier
entreprise entreprises societe ets etablissements etablissement groupe groupement holding industrie
industries industriel travaux tp btp construction constructions batiment batiments habitat logement
logements immobiliere fonciere amenagement ingenierie conseil conseils associes fils freres
edf enedis grdf gdf orange sfr bouygues free sncf ratp veolia suez saur colas eiffage vinci spie sogea
eurovia engie rte safer onf cen cnrs inrae cerema ign insee dgfip sdis ars ddt dreal
eau eaux gaz energie energies electrique environnement paysages paysage nettoyage proprete securite
est ouest nord sud france europe international sports sportif sportive culturel culturelle loisirs
""".split())
#: Words that make a value a place or a street ('RUE VICTOR HUGO', 'PRE ROBERT', 'SAINT AUBIN').
PLACE_WORDS = frozenset("""
rue avenue av ave place pl allee all chemin che ch chem impasse imp boulevard bd route rte rn rd quai
square sq passage pass parc jardin jardins pont lieu lieudit ld hameau lotissement lot lots residence
cite ruelle montee villa chaussee esplanade promenade parvis traverse sentier voie faubourg fbg rond point
rocade venelle cour cours port gare zone za zi zac zae quartier secteur canton
les aux en saint sainte st ste sous sur lez les-bains bains
champ champs pre pres bois mont monts val vallee croix cote cotes combe combes clos vigne vignes terre terres
grange granges chateau moulin fontaine roche roches foret lac etang riviere ruisseau source plaine plateau
col crete bellevue prairie verger vergers marais fosse fosses bief pature paturages friche
boucle boucles circuit circuits randonnee balade itineraire piste gr
""".split())

UPPER = "A-ZÀ-ÖØ-Þ"
LOWER = "a-zß-öø-ÿ"
CAPS = rf"[{UPPER}][{UPPER}'-]+"
TITLE = rf"[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)*"
_INITIAL = rf"[{UPPER}]\.?(?:-[{UPPER}]\.?)?"
#: MAJIC writes owners 'SURNAME/GIVEN NAMES'.
_MAJIC = rf"[{UPPER}' -]+/[{UPPER}' -]+"


@functools.lru_cache(maxsize=None)
def _read(filename: str) -> frozenset:
    with open(os.path.join(NAMES_DIR, filename), encoding="utf-8") as handle:
        return frozenset(line.strip() for line in handle if line.strip() and not line.startswith("#"))


def first_names() -> frozenset:
    """Common given names in France, lower case without accents (``names/prenoms.txt``)."""
    return _read("prenoms.txt")


def surnames() -> frozenset:
    """Common surnames in France, lower case without accents (``names/noms.txt``)."""
    return _read("noms.txt")


def namesakes() -> frozenset:
    """Famous people streets, schools and stops are named after, folded (``names/eponymes.txt``)."""
    return _read("eponymes.txt")


def namesake_share(text: pd.Series) -> float:
    """Share of values that are the name of a famous namesake alone ('Jules Ferry', 'JEAN JAURÈS')."""
    if text.empty:
        return 0.0
    folded = fold(text.astype(str)).str.replace(r"\s+", " ", regex=True).str.strip(" .")
    return float(folded.isin(namesakes()).mean())


def fold(text: pd.Series) -> pd.Series:
    """Lower case without accents: 'Hélène' -> 'helene'."""
    return text.str.normalize("NFKD").str.encode("ascii", "ignore").str.decode("ascii").str.lower()


SHAPES = ("strict", "lenient", "surname", "first_name", "word", "organisation", "place")


def shapes(text: pd.Series) -> pd.DataFrame:
    """For each value, which shapes of name it has (boolean columns, one row per value):

    - ``strict``: a person's full name in a convention that no building or street takes ('Jean
      DUPONT', 'DUPONT JEAN', 'M. Dupont', 'J. DUPONT', 'Famille MARTIN');
    - ``lenient``: also 'Jean Dupont' and 'Dupont Jean' (a school may be called 'Jules Ferry': only
      for columns whose name says they hold people);
    - ``surname``: one known surname alone ('MARTIN', 'Le Gall');
    - ``first_name``: given names only ('Léa', 'JEAN PIERRE', 'Marie-Claire');
    - ``word``: one capitalised word of no organisation or place, known or not ('ETCHEBERRY', 'Zwahlen'):
      a surname where the layer says its rows are people;
    - ``organisation`` and ``place``: a word of an organisation's or a place's name.
    """
    out = pd.DataFrame(False, index=text.index, columns=list(SHAPES))
    if text.empty:
        return out
    # Dates and notes in brackets ('DUPONT Jean (1932-2011)'), separators of MAJIC and lists.
    # Names typed in lower case ('jean-luc roy') read as 'Jean-Luc Roy': title case, never the cadastre's capitals.
    text = text.where(text.str.contains(f"[{UPPER}]"), text.str.title())
    # A spaced dash joins two families ('MEUNIER - DECLERCQ'); a dash inside a word stays ('Marie-Claire').
    # A qualifier in lower case after the name is a profession or a role ('Anne Roy - infirmière', 'ROY Paul,
    # kiné'), not part of it.
    cleaned = text.str.replace(rf"\s*(?:\s[-–]|,)\s*[{LOWER}][^{UPPER}]*$", "", regex=True)
    cleaned = cleaned.str.replace(r"\([^)]*\)", " ", regex=True).str.replace(r"[/,;:&’']|\s-+\s", " ", regex=True)
    raw = cleaned.str.split().explode().dropna()
    if raw.empty:
        return out
    raw = raw.astype(str)
    folded = fold(raw).str.strip(".")
    parts = folded.str.split("-")
    first_part, last_part = parts.str[0], parts.str[-1]
    caps = raw.str.fullmatch(CAPS)
    title = raw.str.fullmatch(TITLE)
    initial = raw.str.fullmatch(_INITIAL)
    civility = folded.isin(CIVILITIES)
    family = folded.isin(FAMILY)
    particle = folded.isin(PARTICLES)
    organisation = folded.isin(ORGANISATION_WORDS) | first_part.isin(ORGANISATION_WORDS) | \
        last_part.isin(ORGANISATION_WORDS)
    place = folded.isin(PLACE_WORDS) | first_part.isin(PLACE_WORDS)
    given, family_names = first_names(), surnames()
    known_first = folded.isin(given) | first_part.isin(given)
    known_surname = folded.isin(family_names) | first_part.isin(family_names) | last_part.isin(family_names)
    grammar = civility | family | particle
    word = (caps | title) & ~grammar & ~organisation & ~place & ~initial
    marks = pd.DataFrame({
        "name": word,
        "caps": word & caps,
        "first": word & known_first,
        "surname_like": word & (~known_first | known_surname),
        "known_surname": word & known_surname,
        "initial": initial & ~civility,
        "civility": civility,
        "family": family & (folded != "et") & (folded != "ou"),
        "family_head": folded.isin(FAMILY_HEADS),
        "organisation": organisation,
        "place": place,
        "other": ~word & ~grammar & ~initial & ~organisation & ~place,  # digits, lower-case words
    }).groupby(level=0).sum().reindex(text.index, fill_value=0)
    name, caps_n, first_n = marks["name"], marks["caps"], marks["first"]
    clean = (marks["organisation"] == 0) & (marks["place"] == 0) & (marks["other"] == 0) & name.between(1, 5)
    strict = clean & (
        ((marks["civility"] > 0) & (name >= 1))
        | ((marks["family"] > 0) & (caps_n >= 1))
        | ((marks["family_head"] > 0) & (name >= 1))
        | ((marks["initial"] > 0) & (caps_n >= 1))
        | ((name >= 2) & (first_n >= 1) & (caps_n >= 1) & (marks["surname_like"] >= 1))
        | (text.str.fullmatch(_MAJIC) & (name >= 2))
    )
    lenient = strict | (clean & (
        ((name >= 2) & (first_n >= 1) & (marks["surname_like"] >= 1))
        | ((name >= 2) & (caps_n >= 1) & (marks["known_surname"] >= 1))
        | ((marks["initial"] > 0) & (name >= 1))))
    alone = clean & (name == 1) & (marks["civility"] == 0) & (marks["family"] == 0) & (marks["initial"] == 0)
    out["strict"], out["lenient"] = strict.astype(bool), lenient.astype(bool)
    out["surname"] = (alone & (marks["known_surname"] == 1)).astype(bool)
    out["word"] = alone.astype(bool)
    out["first_name"] = (clean & (first_n == name) & name.between(1, 3) & (marks["civility"] == 0)
                         & (marks["family"] == 0) & (marks["initial"] == 0)).astype(bool)
    out["organisation"] = (marks["organisation"] > 0).astype(bool)
    out["place"] = ((marks["place"] > 0) & (marks["organisation"] == 0)).astype(bool)
    return out
