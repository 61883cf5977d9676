"""Recognise personal data in a column, by the column's name and by a sample of its values.

Every value test works on a whole pandas Series at once (``.str`` regexes,
vectorised checksums). Identifiers with a check key (NIR, IBAN) are validated
so that other long numbers (SIRET, parcel ids) are not mistaken for them.
"""
from __future__ import annotations

import functools
import os
import re
import unicodedata

import numpy as np
import pandas as pd

#: Kinds of personal data, with their French and English names.
KINDS = {
    "person_name": ("nom ou prénom de personne", "person's name"),
    "email": ("adresse électronique", "e-mail address"),
    "phone": ("numéro de téléphone", "phone number"),
    "nir": ("numéro de sécurité sociale (NIR)", "social security number (NIR)"),
    "iban": ("coordonnées bancaires (IBAN)", "bank details (IBAN)"),
    "plate": ("plaque d'immatriculation", "licence plate"),
    "address": ("adresse postale", "postal address"),
    "birth_date": ("date de naissance", "date of birth"),
    "free_text": ("texte libre citant des personnes", "free text naming people"),
    "holder": ("personne désignée par son rôle (propriétaire, titulaire, défunt…)",
               "person named for their role (owner, holder, deceased…)"),
}

# Column-name words. A strong hint is enough on its own; a weak one ("nom" is also the name of a
# building, "insee" also a commune code) needs values that confirm it.
STRONG_HINTS = {
    "person_name": ("prenom", "prenoms", "firstname", "first name", "lastname", "last name", "surname",
                    "patronyme", "nom usage", "nom naissance", "nom famille", "nom marital",
                    "nom jeune fille", "nom prenom", "prenom nom"),
    "email": ("email", "e mail", "mail", "courriel", "mel"),
    "phone": ("tel", "telephone", "portable", "mobile", "fax", "gsm", "phone"),
    # Not "secu" alone: a public building's "secu_incendie" is about fire safety.
    "nir": ("nir", "num secu", "numero secu", "no secu", "n secu", "securite sociale", "nss"),
    "iban": ("iban", "rib", "bic"),
    "plate": ("immatriculation", "immat", "plaque immatriculation"),
    "birth_date": ("naissance", "date naissance", "birth", "birthdate", "birthday", "ne le", "nee le"),
    "address": ("domicile", "adresse domicile", "adresse personnelle"),
}
WEAK_HINTS = {
    "person_name": ("nom", "name", "identite", "personne", "contact"),
    "nir": ("insee",),
    "address": ("adresse", "adr", "adr postale", "adresse postale", "residence"),
    "birth_date": ("ddn", "dob", "naiss"),
    "free_text": ("observation", "observations", "obs", "remarque", "remarques", "commentaire",
                  "commentaires", "comment", "comments", "note", "notes", "description", "precision",
                  "precisions", "info", "infos"),
    "holder": ("proprietaire", "proprio", "titulaire", "concessionnaire", "locataire", "occupant",
               "defunt", "inhume", "beneficiaire", "demandeur", "petitionnaire", "acquereur", "vendeur",
               "exploitant", "gerant", "declarant", "signalant", "requerant"),
}

# Functional mailboxes of an organisation are not about a person.
GENERIC_MAILBOXES = {  # first word of the local part: "mairie.saint-vit@", "no-reply@", "etat-civil@"
    "contact", "contacts", "accueil", "mairie", "info", "infos", "information", "secretariat", "direction",
    "service", "services", "communication", "dpo", "rgpd", "urbanisme", "technique", "administration",
    "courrier", "noreply", "no", "webmaster", "bibliotheque", "mediatheque", "ecole", "cantine",
    "periscolaire", "reservation", "reservations", "standard", "support", "sig", "cadastre", "etat"}

_UPPER = "A-ZÀ-ÖØ-Þ"
_LOWER = "a-zß-öø-ÿ"
_CIVILITY = r"(?:M\.|Mr\.?|Mme\.?|Mlle\.?|Monsieur|Madame|Mademoiselle)"
_EMAIL = r"[\w.%+'-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}"
_PHONE = r"(?:(?:\+|00)33[\s.-]?(?:\(0\)[\s.-]?)?|0)[1-9](?:[\s.-]?\d{2}){4}"
_PLATE = (r"[A-HJ-NP-TV-Z]{2}[\s-]?\d{3}[\s-]?[A-HJ-NP-TV-Z]{2}"  # SIV, since 2009
          r"|\d{1,4}[\s-]?[A-Z]{1,3}[\s-]?(?:\d{2}|2[AB]|97[1-6])")  # FNI, before 2009
_STREET_TYPES = (r"rue|avenue|av|chemin|ch|impasse|imp|all[ée]e|place|pl|boulevard|bd|route|rte|quai|cours|"
                 r"square|passage|lotissement|lot|lieu-dit|hameau|sentier|voie|faubourg|fbg|rond-point|"
                 r"r[ée]sidence|cit[ée]|ruelle|mont[ée]e|villa|chauss[ée]e|esplanade|promenade|parvis|"
                 r"traverse|grande?[\s-]rue")
_ADDRESS = rf"(?i)\d{{1,4}}\s?(?:bis|ter|quater|[a-d])?,?\s+(?:{_STREET_TYPES})\.?\s.*"
_NAME_TOKEN = rf"[{_UPPER}][{_LOWER}{_UPPER}'-]*"
_PERSON = (rf"^(?P<civility>{_CIVILITY}\s+)?(?P<a>{_NAME_TOKEN})(?:\s+(?P<b>{_NAME_TOKEN}))?"
           rf"(?:\s+(?P<c>{_NAME_TOKEN}))?$")
_TITLE_WORD = rf"[{_UPPER}][{_LOWER}]+(?:-[{_UPPER}][{_LOWER}]+)*"
_CAPITALS = rf"[{_UPPER}][{_UPPER}'-]+"


@functools.lru_cache(maxsize=1)
def first_names() -> frozenset:
    """Common French first names (lower case, no accents), shipped in ``prenoms.txt``."""
    path = os.path.join(os.path.dirname(__file__), "prenoms.txt")
    with open(path, encoding="utf-8") as handle:
        return frozenset(line.strip() for line in handle if line.strip() and not line.startswith("#"))


# --- column names ---------------------------------------------------------------------------------

def name_words(column: str) -> str:
    """'DateNaissance_2' -> 'date naissance 2': accents, case, camelCase and separators folded."""
    text = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", str(column))
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()
    text = re.sub(r"(?<=[a-z])(?=\d)|(?<=\d)(?=[a-z])", " ", text)
    return " ".join(re.split(r"[^a-z0-9]+", text)).strip()


def name_hints(column: str) -> tuple[set, set]:
    """(strong kinds, weak kinds) the column's name suggests."""
    words = f" {name_words(column)} "

    def found(table):
        return {kind for kind, hints in table.items() if any(f" {hint} " in words for hint in hints)}
    return found(STRONG_HINTS), found(WEAK_HINTS)


# --- values (each function takes non-empty stripped text and returns a boolean Series) ---------------

def emails(text: pd.Series) -> pd.Series:
    """Personal e-mail addresses (functional mailboxes such as mairie@… do not count)."""
    return text.str.fullmatch(_EMAIL) & ~_functional(text)


def _functional(address: pd.Series) -> pd.Series:
    local = address.str.split("@").str[0].str.lower().str.split(r"[._\-+0-9]").str[0]
    return local.isin(GENERIC_MAILBOXES)


def _contains_personal_email(text: pd.Series) -> pd.Series:
    found = text.str.extractall(f"(?P<address>{_EMAIL})")
    if found.empty:
        return pd.Series(False, index=text.index)
    personal = ~_functional(found["address"])
    return personal.groupby(level=0).any().reindex(text.index, fill_value=False)


def phones(text: pd.Series) -> pd.Series:
    return text.str.fullmatch(_PHONE)


def plates(text: pd.Series) -> pd.Series:
    return text.str.upper().str.fullmatch(_PLATE)


def addresses(text: pd.Series) -> pd.Series:
    return text.str.fullmatch(_ADDRESS)


def nirs(text: pd.Series) -> pd.Series:
    """NIR with a valid key: 97 - (first 13 digits mod 97), Corsica's 2A/2B counted as 19/18."""
    compact = text.str.replace(r"[\s.\-]", "", regex=True).str.upper()
    shape = compact.str.fullmatch(r"[1-478]\d{4}(?:\d{2}|2[AB])\d{8}")
    if not shape.any():
        return shape
    candidates = compact[shape]
    body = candidates.str[:13].str.replace("2A", "19", regex=False).str.replace("2B", "18", regex=False)
    key = candidates.str[13:].astype("int64")
    valid = (97 - body.astype("int64") % 97) == key
    return shape & valid.reindex(text.index, fill_value=False)


def ibans(text: pd.Series) -> pd.Series:
    """IBANs whose check digits are right (ISO 13616 mod 97)."""
    compact = text.str.replace(r"\s", "", regex=True).str.upper()
    shape = compact.str.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{11,30}")
    if not shape.any():
        return shape
    rearranged = (compact[shape].str[4:] + compact[shape].str[:4]).to_numpy(dtype="U34")
    codes = rearranged.view(np.uint32).reshape(len(rearranged), 34).astype(np.int64)
    remainder = np.zeros(len(rearranged), dtype=np.int64)
    for position in range(34):  # over characters, not rows: each step handles every IBAN
        code = codes[:, position]
        digit, letter = (code >= 48) & (code <= 57), (code >= 65) & (code <= 90)
        remainder = np.where(digit, (remainder * 10 + code - 48) % 97, remainder)
        remainder = np.where(letter, (remainder * 100 + code - 55) % 97, remainder)
    valid = pd.Series(remainder == 1, index=compact[shape].index)
    return shape & valid.reindex(text.index, fill_value=False)


def person_names(text: pd.Series, lenient: bool = False) -> pd.Series:
    """'Jean DUPONT', 'DUPONT Jean-Pierre', 'M. DURAND': a known first name beside a name in capitals,
    or a civility. ``lenient`` also accepts 'Jean Dupont' (for columns whose name says they hold people:
    title case alone would take 'Jules Ferry' school names for people)."""
    parts = text.str.extract(_PERSON).astype(object)
    if parts.empty:
        return pd.Series(False, index=text.index)
    parts[parts.isna()] = ""  # assignment rather than fillna: no dtype guessing on empty groups
    names = first_names()

    def known(token):
        folded = token.str.normalize("NFKD").str.encode("ascii", "ignore").str.decode("ascii")
        return folded.str.lower().str.split("-").str[0].isin(names)

    def title(token):
        return token.str.fullmatch(_TITLE_WORD)

    def capitals(token):
        return token.str.fullmatch(_CAPITALS)

    a, b, c = parts["a"], parts["b"], parts["c"]
    last = c.where(c != "", b)
    first_then_last = known(a) & title(a) & (b != "") & (capitals(last) | (lenient & title(last)))
    last_then_first = capitals(a) & known(b) & title(b) & ((c == "") | title(c))
    if lenient:
        last_then_first |= title(a) & ~known(a) & known(b) & title(b) & (c == "")
    with_civility = parts["civility"] != ""
    return (first_then_last | last_then_first | with_civility).astype(bool)


def mentions_people(text: pd.Series) -> pd.Series:
    """Free text citing someone: a civility, a personal e-mail or phone, or 'Firstname NAME'."""
    civility = text.str.contains(rf"\b{_CIVILITY}\s+[{_UPPER}]")
    contact = _contains_personal_email(text) | text.str.contains(rf"(?<!\d){_PHONE}(?!\d)")
    pairs = text.str.extractall(rf"(?P<first>{_TITLE_WORD})\s+{_CAPITALS}\b")
    named = pd.Series(False, index=text.index)
    if not pairs.empty:
        folded = pairs["first"].str.normalize("NFKD").str.encode("ascii", "ignore").str.decode("ascii")
        hits = folded.str.lower().str.split("-").str[0].isin(first_names())
        named = hits.groupby(level=0).any().reindex(text.index, fill_value=False)
    return civility | contact | named


def birth_years(values: pd.Series) -> pd.Series:
    """Year of each date value (NaN when not a date): datetime columns or text dates."""
    if values.dtype.kind == "M":
        return values.dt.year
    text = values.astype(str)
    stamps = pd.to_datetime(text, format="mixed", dayfirst=True, errors="coerce")
    return stamps.dt.year


#: Value detectors tried on every text column (birth dates and free text have their own rules).
VALUE_DETECTORS = {"email": emails, "phone": phones, "nir": nirs, "iban": ibans, "plate": plates,
                   "address": addresses, "person_name": person_names}
