"""Recognise personal data in a column, by the column's name and by a sample of its values.

Every value test works on a whole pandas Series at once (``.str`` regexes,
vectorised checksums). Identifiers with a check key (NIR, IBAN) are validated
so that other long numbers (SIRET, parcel ids) are not mistaken for them.
People's names are told by :mod:`.people`, a service's contacts from a
person's by :mod:`.contacts`.
"""
from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass

import numpy as np
import pandas as pd

from . import contacts, people

#: Kinds of personal data, with their French and English names.
KINDS = {
    "person_name": ("nom ou prénom de personne", "person's name"),
    "first_name": ("prénom", "first name"),
    "email": ("adresse électronique", "e-mail address"),
    "phone": ("numéro de téléphone", "phone number"),
    "nir": ("numéro de sécurité sociale (NIR)", "social security number (NIR)"),
    "iban": ("coordonnées bancaires (IBAN)", "bank details (IBAN)"),
    "plate": ("plaque d'immatriculation", "licence plate"),
    "id_document": ("numéro de pièce d'identité", "identity document number"),
    "pupil_id": ("identifiant national d'élève (INE)", "national pupil identifier (INE)"),
    "situation": ("âge ou situation d'une personne (santé, vulnérabilité, famille…)",
                  "a person's age or situation (health, vulnerability, household…)"),
    "address": ("adresse postale", "postal address"),
    "home_address": ("adresse du domicile d'une personne", "a person's home address"),
    "birth_date": ("date de naissance", "date of birth"),
    "free_text": ("texte libre citant des personnes", "free text naming people"),
    "holder": ("personne désignée par son rôle (propriétaire, titulaire, défunt…)",
               "person named for their role (owner, holder, deceased…)"),
    "described": ("information sur une personne nommée", "information about a named person"),
    "initials": ("initiales d'une personne", "a person's initials"),
    "sale": ("vente d'un bien par des personnes identifiables", "a property sale by identifiable people"),
    "person_id": ("identifiant d'une personne (dossier, carte, compte)", "a person's identifier (file, card, account)"),
}
#: Words of identifiers: with a role only people hold ('num_allocataire', 'ref_famille', 'id_usager'), a
#: person's file, card or account number.
IDENTIFIER_WORDS = frozenset({"num", "numero", "no", "n", "ref", "reference", "id", "identifiant", "ident", "code",
                              "matricule", "cle", "dossier", "carte", "compte"})
#: Names that say a person's identifier alone: an agent's 'matricule', a user's 'pseudo', a tax number.
PERSON_ID_WORDS = frozenset({"matricule", "pseudo", "pseudonyme", "nickname", "login", "username", "spi",
                             "taxpayer"})
#: A tax or benefit file's number when beside an identifier word ('num_fiscal', 'numero_caf').
PERSON_FILE_WORDS = frozenset({"fiscal", "fiscale", "caf", "msa", "allocataire", "secu"})


def person_id_name(column) -> bool:
    """The column's name gives a person's identifier: a role only people hold with an identifier word
    ('num_allocataire', 'payerRef') or with codes for values ('conducteur': 'AG83289'), an agent's
    'matricule', a 'pseudo', a tax file's number."""
    words = set(column.words)
    if column.count or column.thing:
        return False
    if words & PERSON_ID_WORDS or (words & PERSON_FILE_WORDS and words & IDENTIFIER_WORDS):
        return True
    return column.private_role

# Column-name words. A strong hint is enough on its own; a weak one ("nom" is also the name of a
# building, "insee" also a commune code) needs values that confirm it.
STRONG_HINTS = {
    "person_name": ("prenom", "prenoms", "firstname", "first name", "lastname", "last name", "surname",
                    "patronyme", "nom usage", "nom naissance", "nom famille", "nom marital", "nom epouse",
                    "nom jeune fille", "nom prenom", "prenom nom", "dnomus", "dnomlp", "dprnus", "dprnlp"),
    "email": ("email", "e mail", "mail", "courriel", "mel", "adresse electronique"),
    "phone": ("tel", "telephone", "portable", "mobile", "fax", "gsm", "phone"),
    # Not "secu" alone: a public building's "secu_incendie" is about fire safety.
    "nir": ("nir", "num secu", "numero secu", "no secu", "n secu", "securite sociale", "nss", "numero ss",
            "num ss", "no ss", "matricule secu"),
    "iban": ("iban", "rib", "bic", "compte bancaire", "coordonnees bancaires"),
    "plate": ("immatriculation", "immat", "plaque immatriculation"),
    # Identity documents: 'piece_identite', 'num_CNI', 'passeport', 'titre_sejour', 'permis_conduire'.
    "pupil_id": ("ine", "num ine", "numero ine", "ine eleve", "identifiant national eleve"),
    "id_document": ("piece identite", "piece d identite", "pieces identite", "carte identite", "carte d identite",
                    "cni", "passeport", "passport", "titre sejour", "titre de sejour", "carte sejour",
                    "carte de sejour", "permis conduire", "permis de conduire", "id card"),
    "birth_date": ("naissance", "date naissance", "birth", "birthdate", "birthday", "ne le", "nee le",
                   "date nais", "jdatnss", "dldnss", "lieu naissance"),
}
WEAK_HINTS = {
    # A vault ('Caveau FAIVRE') carries its family's name.
    "person_name": ("nom", "name", "identite", "personne", "nom complet", "caveau"),
    "nir": ("insee",),
    "address": ("adresse", "adr", "adresses", "addr", "address", "adr postale", "adresse postale"),
    "birth_date": ("ddn", "dob", "naiss", "nais"),
    "plate": ("plaque", "vehicule"),
    "free_text": ("observation", "observations", "obs", "remarque", "remarques", "commentaire",
                  "commentaires", "comment", "comments", "note", "notes", "description", "precision",
                  "precisions", "info", "infos", "suivi", "historique", "complement", "detail", "details",
                  "dedicace", "message"),
}
#: Abbreviated birth-date names: MAJIC's 'DNAISS', 'dt_naiss' written 'dtnaiss', 'datnais', 'annaiss'.
_BIRTH_WORD = re.compile(r"(?:d|j|dt|dat|date|an|annee)(?:nais|naiss|naissance|nss|datnss)")
#: Roles of people in local registers: the column names a person, whatever its values look like.
ROLE_WORDS = frozenset("""
proprietaire proprietaires proprio proprios coproprietaire coproprietaires nu usufruitier indivisaire
titulaire titulaires concessionnaire concessionnaires locataire locataires occupant occupants defunt defunts
inhume inhumes beneficiaire beneficiaires demandeur demandeurs petitionnaire acquereur vendeur exploitant
gerant declarant signalant requerant eleve eleves enfant enfants parent parents abonne abonnes adherent
adherents president presidente referent gardien representant interlocuteur contact responsable agent
habitant habitants resident residents usager usagers allocataire patient electeur redevable contribuable
famille personne inscrit inscrits candidat membre benevole ddenom ayant
benef benefs enf enfs prop propr resp cotitulaire cotitulaires attributaire attributaires client clients
mere pere epoux epouse conjoint conjointe conjoints temoin temoins tuteur tutrice pupille veuf heritier heritiers
parrain marraine parrains marraines aidant aidante correspondant correspondante mandataire signataire
agriculteur agricultrice eleveur viticulteur exploitante exploitants praticien praticienne medecin infirmier
infirmiere assmat gestionnaire chef donateur donatrice
participant participante participants conducteur conductrice conducteurs chauffeur chauffeurs passager passagers
coureur coureurs joueur joueurs licencie licencies stagiaire stagiaires volontaire volontaires accompagnateur
accompagnatrice entraineur arbitre encadrant exposant exposants professionnel professionnelle professionnels
hote hotes loueur preneur fermier cedant cessionnaire donataire legataire decede decedee victime contrevenant
payeur payeurs driver drivers payer payers customer customers taxpayer tenant tenants applicant applicants
subscriber subscribers pupil pupils student students borrower borrowers beneficiary candidate employee employees
owner owners holder holders covoitureur carpooler
""".split())
#: Roles a service or a company may hold as well as a person.
SHARED_ROLES = frozenset({"contact", "responsable", "referent", "interlocuteur", "agent", "exploitant", "gerant",
                          "president", "presidente", "representant", "membre", "gardien", "titulaire", "resp",
                          "attributaire", "attributaires", "client", "clients", "correspondant", "correspondante",
                          "mandataire", "signataire", "exploitants", "gestionnaire", "chef", "professionnel",
                          "professionnelle", "professionnels", "exposant", "exposants", "loueur", "cessionnaire",
                          "preneur", "encadrant", "holder", "holders", "owner", "owners", "customer", "customers"})
#: Roles usually held by companies and services: an equipment's 'tel_exploitant' is the operator's line.
ORGANISATION_ROLES = frozenset({"exploitant", "exploitants", "gestionnaire", "attributaire", "attributaires"})
#: Points of contact, often a service's desk ('contact_tel', 'tel_referent'), unlike 'tel_agent'.
CONTACT_POINT_ROLES = frozenset({"contact", "contacts", "referent", "interlocuteur", "correspondant",
                                 "correspondante", "responsable", "resp"})
#: A person's home, whatever the role ('domicile', 'adresse_perso', MAJIC's owner address lines).
# (MAJIC's owner address lines 'DLIGN3' to 'DLIGN6' come out of name_words as 'dlign 3'.)
HOME_WORDS = frozenset({"domicile", "perso", "personnel", "personnelle", "dlign",
                        "actuelle", "actuel", "habitation", "habituelle"})
#: 'adresse_residence', 'lieu_de_residence': where someone lives, not a housing estate called 'Résidence …'.
_RESIDENCE_OF_SOMEONE = re.compile(r" (?:adresse|adr|lieu) (?:de )?residence ")
#: Things whose name or address a column may give: then its "nom" or "adresse" is not a person's.
THING_WORDS = frozenset("""
voie voies rue rues route commune communes com equipement equipements equip etab etablissement site lieu
lieudit batiment bat residence programme evenement manifestation commerce projet zone arret ecole college
lycee station espece latin vernaculaire service structure association asso entreprise societe operation
lotissement parc quartier secteur riviere plan fichier marche contrat reseau ouvrage salle stade terrain
parcelle parcelles travaux chantier ville departement region epci canton iris arbre essence ligne gare
voirie dossier couche cimetiere organisme collectivite dvoilib voilib libvoie nomvoie librue nomrue
modele marque model brand
""".split())
#: Organisations a column may belong to: 'rib_association' is an association's account, not a person's.
ORGANISATION_COLUMN_WORDS = frozenset("""
association associations asso entreprise entreprises societe structure organisme club fournisseur fournisseurs
prestataire prestataires syndicat
""".split())
#: Attributes of a person: private once the row is someone at home ('age', 'fragilite' in a heat-wave register)
#: or beside people's names ('allergies', 'QF' by a pupil's name): health, income and family situation.
ATTRIBUTE_WORDS = frozenset("""
age ages fragilite fragilites vulnerabilite handicap handicaps sante pathologie pathologies dependance gir
isolement situation motif nationalite profession revenu revenus ressources quotient autonomie allergie allergies
regime traitement medical medicale sexe csp aide aides composition menage loyer loyers
qf rfr imposable pai mdph ald invalidite medicament medicaments vaccin vaccins vaccination religion confession
""".split())
#: Counts and rates: 'nb_naissances' is a statistic, not a birth date.
COUNT_WORDS = frozenset({"nb", "nbr", "nbre", "nombre", "total", "effectif", "effectifs", "count", "taux",
                         "part", "pourcentage", "pct", "ratio", "moyenne", "somme", "densite", "evolution",
                         "moyen", "median", "mediane"})

_CIVILITY = r"(?:M\.|Mr\.?|Mme\.?|Mlle\.?|Monsieur|Madame|Mademoiselle)"
_PLATE = (r"[A-HJ-NP-TV-Z]{2}[\s-]?\d{3}[\s-]?[A-HJ-NP-TV-Z]{2}"  # SIV, since 2009
          r"|\d{1,4}[\s-]?[A-Z]{1,3}[\s-]?(?:\d{2}|2[AB]|97[1-6])")  # FNI, before 2009
_STREET_TYPES = (r"rue|avenue|av|chemin|ch|che|impasse|imp|all[ée]e|place|pl|boulevard|bd|route|rte|quai|cours|"
                 r"square|passage|lotissement|lot|lieu-dit|hameau|sentier|voie|faubourg|fbg|rond-point|"
                 r"r[ée]sidence|cit[ée]|ruelle|mont[ée]e|villa|chauss[ée]e|esplanade|promenade|parvis|"
                 r"traverse|grande?[\s-]rue")
_ADDRESS = rf"(?i)\d{{1,4}}\s?(?:bis|ter|quater|[a-d])?,?\s+(?:{_STREET_TYPES})\.?\s.*"
#: Address lines of a home beside the street: 'APPT 12', 'BAT B', MAJIC's 'CHEZ M DUPONT'.
_ADDRESS_COMPLEMENT = (r"(?:appt|app|appartement|apt|bat|batiment|b[âa]timent|esc|escalier|etage|[ée]tage|chez|c/o|"
                       r"bp|cs|logement|lgt|porte|entr[ée]e|r[ée]sidence|res)\.?\s+\S.*")
#: Also 'RUE DES LILAS', 'LD LES CHAMPS', '… 25000 BESANCON', 'APPT 12': enough for a column named for a home.
_LOOSE_ADDRESS = (rf"(?i)(?:{_ADDRESS[4:]}|(?:\d{{1,4}}\s?\w{{0,3}},?\s+)?(?:{_STREET_TYPES}|ld|lieu[\s-]?dit)"
                  rf"\.?\s.*|.*\b\d{{5}}\s+\D.*|{_ADDRESS_COMPLEMENT})")
#: An identity document and its number: 'CNI 880692310285', 'Passeport n° 19AB12345', 'titre de séjour : 7501…'
#: (never 'permis' alone: building permits are numbered too).
_ID_DOCUMENT = (r"(?i:CNI|C\.N\.I\.?|carte (?:nationale )?d'identit[ée]|pi[èe]ce d'identit[ée]|passeport|"
                r"passport|titre de s[ée]jour|carte de s[ée]jour|permis de conduire)\s*(?i:n[°o]?\.?\s*|:\s*)?"
                r"(?=[0-9A-Za-z]*\d{2})[0-9A-Za-z]{6,15}\b")
_NOT_AFTER_LEGAL_FORM = "".join(rf"(?<!(?i:\b{form}\s))"
                                for form in ("sci", "sarl", "sas", "gfa", "earl", "gaec", "scea", "sc", "snc", "eurl"))
_TITLE_WORD = people.TITLE
_BIRTH_MENTION = (rf"(?i:\bn[ée]e?s?\s+(?:le\s+)?\d{{1,2}}(?:er)?[\s/.-]+(?:\d{{1,2}}|[a-zéû]{{3,}})[\s/.-]+\d{{4}})|"
                  rf"\b(?i:naissance)\s+(?:de|d'|du)\s*[{people.UPPER}]")
_CAPITALS = people.CAPS


def first_names() -> frozenset:
    """Common French first names (lower case, no accents), shipped in ``names/prenoms.txt``."""
    return people.first_names()


# --- column names ---------------------------------------------------------------------------------

def name_words(column: str) -> str:
    """'DateNaissance_2' -> 'date naissance 2': accents, case, camelCase and separators folded."""
    text = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", str(column))
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()
    text = re.sub(r"(?<=[a-z])(?=\d)|(?<=\d)(?=[a-z])", " ", text)
    return " ".join(re.split(r"[^a-z0-9]+", text)).strip()


@dataclass(frozen=True)
class ColumnName:
    """What a column's name says about its values."""

    words: tuple
    strong: frozenset  # kinds the name alone tells
    weak: frozenset  # kinds values must confirm
    role: bool  # names people by role: proprietaire, titulaire, eleve, defunt...
    home: bool  # a person's home: domicile, adresse_perso
    function: bool  # a service's contact: telephone_accueil, courriel_service
    thing: bool  # the name or address of a thing: nom_voie, adresse_terrain
    count: bool  # a count or a rate: nb_naissances
    first_name: bool  # given names and no surname: prenom, prenom_enfant
    organisation: bool = False  # belongs to an organisation: rib_association, iban_fournisseur
    attribute: bool = False  # an attribute of a person: age, tranche_age, fragilite

    @property
    def private_role(self) -> bool:
        """A role only private people have ('mail_parent'); a 'contact' or a 'responsable' may be a service."""
        return self.role and not set(self.words) & SHARED_ROLES

    @property
    def person_role(self) -> bool:
        """A role people hold ('president', 'locataire'), not one usually a company's ('exploitant')."""
        return self.role and not set(self.words) & ORGANISATION_ROLES

    @property
    def someone(self) -> bool:
        """A role only a person holds, not a service's desk: 'tel_agent', 'mail_parent', not 'contact_tel'."""
        return self.person_role and not set(self.words) & CONTACT_POINT_ROLES

    @property
    def address_word(self) -> bool:
        return "address" in self.weak or self.home


@functools.lru_cache(maxsize=4096)
def column_name(column: str) -> ColumnName:
    text = name_words(column)
    padded = f" {text} "
    words = tuple(text.split())
    found = set(words)

    def hinted(table):
        return frozenset(kind for kind, hints in table.items() if any(f" {hint} " in padded for hint in hints))

    count = bool(found & COUNT_WORDS)
    strong, weak = (frozenset(), frozenset()) if count else (hinted(STRONG_HINTS), hinted(WEAK_HINTS))
    if not count and "birth_date" not in strong and any(_BIRTH_WORD.fullmatch(word) for word in words):
        weak = weak | {"birth_date"}
    things = found & THING_WORDS
    if "residence" in things and _RESIDENCE_OF_SOMEONE.search(padded):
        things = things - {"residence"}
    role = not count and (bool(found & ROLE_WORDS) or " ayant droit " in padded or " resp legal " in padded)
    if role and things and _first(words, ROLE_WORDS) < _first(words, things):
        things = set()  # 'titulaire_contrat', 'exploitant_parcelle': the holder of the thing, not the thing
    thing = bool(things)
    if thing:  # 'nom_voie', 'adresse_terrain': a thing's name or address
        weak = weak - {"person_name"}
    given = bool(found & {"prenom", "prenoms", "firstname", "dprnus", "dprnlp"})
    family = bool(found & {"nom", "lastname", "surname", "patronyme", "dnomus", "dnomlp"})
    home = not count and (bool(found & HOME_WORDS) or " residence principale " in padded)
    return ColumnName(words, strong, weak, role=role, home=home, function=bool(found & contacts.FUNCTION_WORDS),
                      thing=thing, count=count, first_name=given and not family,
                      organisation=bool(found & ORGANISATION_COLUMN_WORDS),
                      attribute=not count and not thing and bool(found & ATTRIBUTE_WORDS))


def _first(words: tuple, among) -> int:
    """Position of the first of ``words`` found ``among`` (len(words) when none is)."""
    return next((i for i, word in enumerate(words) if word in among), len(words))


def name_hints(column: str) -> tuple[set, set]:
    """(strong kinds, weak kinds) the column's name suggests."""
    name = column_name(column)
    return set(name.strong), set(name.weak)


# --- values (each function takes non-empty stripped text and returns a boolean Series) ---------------

def emails(text: pd.Series, organisation: contacts.Organisation = contacts.NO_ORGANISATION, bias: int = 0,
           assume_person: bool = True):
    """Personal e-mail addresses (a service's mailbox does not count)."""
    shaped = text.str.fullmatch(contacts.EMAIL)
    out = pd.Series(False, index=text.index)
    if shaped.any():
        out[shaped] = contacts.personal_emails(text[shaped], organisation, bias, assume_person).to_numpy(dtype=bool)
    return out


def phones(text: pd.Series) -> pd.Series:
    # Pasted numbers keep odd spacing ('03 81 51  30 10'): one separator is what the pattern reads.
    return text.str.replace(r"\s+", " ", regex=True).str.strip().str.fullmatch(contacts.PHONE)


def plates(text: pd.Series) -> pd.Series:
    return text.str.upper().str.fullmatch(_PLATE)


def pupil_ids(text: pd.Series) -> pd.Series:
    """INE, the national pupil identifier: ten characters and a check letter ('0250006875K')."""
    return text.str.strip().str.upper().str.fullmatch(r"[0-9A-Z]{10}[A-Z]") & text.str.contains(r"\d{6}")


def id_documents(text: pd.Series) -> pd.Series:
    """Values giving an identity document with its number ('CNI 880692310285', 'Passeport 19AB12345')."""
    return text.str.match(rf"(?i:n[°o]\.?\s*)?{_ID_DOCUMENT}")  # anchored: a value starts with the document


def addresses(text: pd.Series) -> pd.Series:
    return text.str.fullmatch(_ADDRESS)


def loose_addresses(text: pd.Series) -> pd.Series:
    return text.str.fullmatch(_LOOSE_ADDRESS)


def nirs(text: pd.Series) -> pd.Series:
    """NIR with a valid key: 97 - (first 13 digits mod 97), Corsica's 2A/2B counted as 19/18."""
    # Only values that start like a NIR and are long enough are compacted (the costly part).
    maybe = text.str.match(r"[1-478]") & text.str.len().between(15, 40)
    if not maybe.any():
        return maybe
    compact = text[maybe].str.replace(r"[\s.\-]", "", regex=True).str.upper()
    shape = compact.str.fullmatch(r"[1-478]\d{4}(?:\d{2}|2[AB])\d{8}").reindex(text.index, fill_value=False)
    if not shape.any():
        return shape
    candidates = compact[shape[maybe]]
    body = candidates.str[:13].str.replace("2A", "19", regex=False).str.replace("2B", "18", regex=False)
    key = candidates.str[13:].astype("int64")
    valid = (97 - body.astype("int64") % 97) == key
    return shape & valid.reindex(text.index, fill_value=False)


def ibans(text: pd.Series) -> pd.Series:
    """IBANs whose check digits are right (ISO 13616 mod 97)."""
    maybe = text.str.match(r"[A-Za-z]{2}\s?\d") & text.str.len().between(15, 60)
    if not maybe.any():
        return maybe
    compact = text[maybe].str.replace(r"\s", "", regex=True).str.upper()
    shape = compact.str.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{11,30}").reindex(text.index, fill_value=False)
    if not shape.any():
        return shape
    compact = compact[shape[maybe]]
    rearranged = (compact.str[4:] + compact.str[:4]).to_numpy(dtype="U34")
    codes = rearranged.view(np.uint32).reshape(len(rearranged), 34).astype(np.int64)
    remainder = np.zeros(len(rearranged), dtype=np.int64)
    for position in range(34):  # over characters, not rows: each step handles every IBAN
        code = codes[:, position]
        digit, letter = (code >= 48) & (code <= 57), (code >= 65) & (code <= 90)
        remainder = np.where(digit, (remainder * 10 + code - 48) % 97, remainder)
        remainder = np.where(letter, (remainder * 100 + code - 55) % 97, remainder)
    valid = pd.Series(remainder == 1, index=compact.index)
    return shape & valid.reindex(text.index, fill_value=False)


def person_names(text: pd.Series, lenient: bool = False) -> pd.Series:
    """'Jean DUPONT', 'DUPONT Jean-Pierre', 'DUPONT JEAN', 'M. DURAND' (see :mod:`.people`).
    ``lenient`` also accepts 'Jean Dupont' (for columns whose name says they hold people:
    title case alone would take 'Jules Ferry' school names for people)."""
    return people.shapes(text)["lenient" if lenient else "strict"]


def mentions_people(text: pd.Series, organisation: contacts.Organisation = contacts.NO_ORGANISATION) -> pd.Series:
    """Free text citing someone: a civility, a family or an estate, a person's e-mail or phone, someone's
    birth ('née le 3/05/2020', 'naissance de Léo'), an identity document's number, or 'Firstname NAME' /
    'NAME Firstname' with a known first name."""
    upper, lower = people.UPPER, people.LOWER
    civility = text.str.contains(rf"\b{_CIVILITY}\s+[{upper}]|\b(?:M|MME|MR)\s+[{upper}]{{2,}}\b")
    # Not 'SCI FAMILLE BOUZID': a company named after a family is a legal person.
    family = text.str.contains(rf"{_NOT_AFTER_LEGAL_FORM}\b(?i:famille|consorts|indivision|succession|veuve)\s+"
                               rf"[{upper}][{lower}{upper}'-]+")
    contact = contacts.contains_personal_email(text, organisation) | contacts.phone_mentions(text, organisation)
    birth = text.str.contains(_BIRTH_MENTION)
    document = text.str.contains(rf"\b{_ID_DOCUMENT}")
    return civility | family | contact | birth | document | \
        _named(text, rf"(?P<first>{_TITLE_WORD})\s+(?P<caps>{_CAPITALS})\b") | \
        _named(text, rf"\b(?P<caps>{_CAPITALS})\s+(?P<first>{_TITLE_WORD})")


def _named(text: pd.Series, pattern: str) -> pd.Series:
    """A known first name beside a word in capitals, unless that word names a place or an organisation:
    'ÉCOLE ÉLÉMENTAIRE Victor Hugo' and 'RUE Jean Jaurès' cite no one."""
    pairs = text.str.extractall(pattern)
    if pairs.empty:
        return pd.Series(False, index=text.index)
    capitals = people.fold(pairs["caps"]).str.strip("'-")
    hits = people.fold(pairs["first"]).str.split("-").str[0].isin(people.first_names()) & \
        ~capitals.isin(people.ORGANISATION_WORDS | people.PLACE_WORDS)
    return hits.groupby(level=0).any().reindex(text.index, fill_value=False)


def birth_years(values: pd.Series) -> pd.Series:
    """Year of each date value (NaN when not a date): datetime columns, years, text dates, and dates written
    compact as in MAJIC and other exports, as numbers or text ('19480412' or 19480412, '12041948')."""
    if values.dtype.kind == "M":
        return values.dt.year
    if values.dtype.kind in "iu" or pd.api.types.is_integer_dtype(values.dtype):
        numbers = values.astype("float64")
        return numbers.where(numbers < 10_000_000, _compact_years(values.astype("Int64").astype(str)))
    text = values.astype(str).str.strip()
    stamps = pd.to_datetime(text, format="mixed", dayfirst=True, errors="coerce")
    compact = text.str.fullmatch(r"\d{8}")
    if compact.any():
        return stamps.dt.year.where(~compact, _compact_years(text))
    return stamps.dt.year


def _compact_years(text: pd.Series) -> pd.Series:
    """Year of 8-digit dates: YYYYMMDD when it reads as one, else DDMMYYYY; NaN for other numbers."""
    def year(digits, fmt):
        return pd.to_datetime(digits, format=fmt, errors="coerce").dt.year

    ymd = year(text, "%Y%m%d")
    return ymd.where(ymd.notna(), year(text, "%d%m%Y"))
