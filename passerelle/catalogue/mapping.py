"""What people typed in other tools (QGIS's metadata editor, other catalogues) -> record values.

Only exact matches map (ignoring case, accents and punctuation, as vocabulary lookups do): a
licence typed "Licence Ouverte 2.0" or pasted as its page URL is the licence concept, a category
"Planning Cadastre" the ISO topic, a keyword "Adresses" under an INSPIRE vocabulary the INSPIRE
theme. Anything else stays as typed, and :mod:`.checks.imported` reports it with the closest
concepts: a near miss is a suggestion for a person, never a silent guess.

>>> mapping.licence("https://www.etalab.gouv.fr/licence-ouverte-open-licence", vocabularies.shipped()).code
'etalab-2.0'
>>> mapping.theme("Adresses", "GEMET - INSPIRE themes, version 1.0", vocabularies.shipped()).uri
'http://inspire.ec.europa.eu/theme/ad'
"""
from __future__ import annotations

import difflib
import re
from typing import Optional

from .terms import THEME_SCHEMES
from .vocabularies import Concept, normalise

#: The vocabulary name QGIS files its categories under (ISO 19115 topic categories).
TOPIC_CATEGORY_VOCABULARY = "gmd:topicCategory"

#: ISO 639-2/B code -> other ways people write the language (ISO 639-1 and 639-2/T codes, the
#: country codes QGIS's editor also offers, names in French, English and the language itself).
LANGUAGES = {
    "fre": ("fr", "fra", "fr-FR", "French", "Français"),
    "eng": ("en", "en-GB", "en-US", "GBR", "USA", "English", "Anglais"),
    "ger": ("de", "deu", "German", "Allemand", "Deutsch"),
    "spa": ("es", "ESP", "Spanish", "Espagnol", "Español"),
    "ita": ("it", "Italian", "Italien", "Italiano"),
    "por": ("pt", "PRT", "Portuguese", "Portugais", "Português"),
    "dut": ("nl", "nld", "NLD", "Dutch", "Néerlandais", "Nederlands"),
    "cat": ("ca", "Catalan", "Català"),
    "baq": ("eu", "eus", "Basque", "Euskara"),
    "bre": ("br", "Breton", "Brezhoneg"),
    "oci": ("oc", "Occitan"),
    "cos": ("co", "Corsican", "Corse"),
}

#: ISO 19139 CI_RoleCode -> the English and French labels people pick in editors.
ROLES = {
    "resourceProvider": ("Resource provider", "Fournisseur", "Fournisseur de la ressource"),
    "custodian": ("Custodian", "Gestionnaire", "Dépositaire"),
    "owner": ("Owner", "Propriétaire"),
    "user": ("User", "Utilisateur"),
    "distributor": ("Distributor", "Distributeur"),
    "originator": ("Originator", "Commanditaire", "Créateur", "Auteur de la donnée"),
    "pointOfContact": ("Point of contact", "Point de contact", "Contact"),
    "principalInvestigator": ("Principal investigator", "Maître d'œuvre", "Chercheur principal"),
    "processor": ("Processor", "Exécutant", "Opérateur"),
    "publisher": ("Publisher", "Éditeur", "Diffuseur"),
    "author": ("Author", "Auteur"),
}

#: ISO 19139 MD_ScopeCode values (what a record describes), as QGIS's editor lists them.
SCOPES = ("attribute", "attributeType", "collectionHardware", "collectionSession", "dataset", "series",
          "nonGeographicDataset", "dimensionGroup", "feature", "featureType", "propertyType", "fieldSession",
          "software", "service", "model", "tile")

#: Character sets -> ISO 19139 MD_CharacterSetCode (Windows code pages have none).
CHARACTER_SETS = {"utf8": "utf8", "utf16": "utf16", "ucs2": "ucs2", "ucs4": "ucs4", "utf7": "utf7",
                  "usascii": "usAscii", "ascii": "usAscii", "latin1": "8859part1", "latin9": "8859part15",
                  "shiftjis": "shiftJIS", "eucjp": "eucJP", "euckr": "eucKR", "big5": "big5", "gb2312": "GB2312",
                  "ebcdic": "ebcdic", "jis": "jis"}

#: MD_CharacterSetCode -> the usual name of the encoding (what reading an ISO record gives back).
CHARACTER_SET_NAMES = {"utf8": "UTF-8", "utf16": "UTF-16", "ucs2": "UCS-2", "ucs4": "UCS-4", "utf7": "UTF-7",
                       "usAscii": "US-ASCII", "shiftJIS": "Shift_JIS", "eucJP": "EUC-JP", "eucKR": "EUC-KR",
                       "big5": "Big5", "GB2312": "GB2312", "ebcdic": "EBCDIC", "jis": "JIS",
                       **{f"8859part{n}": f"ISO-8859-{n}" for n in range(1, 17)}}

_URL = re.compile(r"https?://[^\s<>\"')]+")


# --- vocabulary concepts ------------------------------------------------------------------

def licence(text: str, vocabularies) -> Optional[Concept]:
    """The licence concept a typed name, code or page URL (alone or inside a sentence) stands for."""
    scheme = vocabularies.schemes.get("licence")
    if scheme is None or not (text or "").strip():
        return None
    concept = scheme.find(text)
    if concept is not None:
        return concept
    urls = _URL.findall(text)
    for candidate in scheme.concepts.values():
        pages = [candidate.uri, candidate.properties.get("url", ""), *candidate.matches.get("exact", []),
                 *(label for label in candidate.alt_labels if "://" in label)]
        if any(same_url(url, page) for url in urls for page in pages):
            return candidate
    return None


def legal_basis(text: str, vocabularies) -> Optional[Concept]:
    """The INSPIRE limitation on public access a typed constraint names, if it is one."""
    scheme = vocabularies.schemes.get("limitations")
    return scheme.find(text) if scheme is not None and (text or "").strip() else None


def cited_scheme(vocabulary_name: str, vocabularies) -> Optional[str]:
    """The theme scheme (key) a keyword vocabulary refers to by its name, or None for other vocabularies.

    >>> cited_scheme("GEMET - INSPIRE themes, version 1.0", shipped())
    'inspire-theme'
    """
    name = normalise(vocabulary_name or "")
    if not name:
        return None
    if vocabulary_name == TOPIC_CATEGORY_VOCABULARY or "topiccategor" in name or "categoriethematique" in name:
        return "iso-topic"
    if "inspire" in name or "gemet" in name and "theme" in name:  # not "GEMET - Concepts": a thesaurus of words
        return "inspire-theme"
    if "datatheme" in name or "themesdedonnees" in name or "eurovoc" in name:
        return "eu-theme"
    for key in THEME_SCHEMES:
        scheme = vocabularies.schemes.get(key)
        if scheme is not None and name in {normalise(scheme.uri),
                                           *(normalise(label) for label in scheme.labels.values())}:
            return key
    return None


def theme(word: str, vocabulary_name: str, vocabularies) -> Optional[Concept]:
    """The theme a keyword is: a theme URI anywhere, a label or code in a vocabulary citing the
    theme's scheme, or exactly an INSPIRE theme's name in any other vocabulary."""
    word = (word or "").strip()
    if not word:
        return None
    schemes = [vocabularies.schemes[key] for key in THEME_SCHEMES if key in vocabularies.schemes]
    for scheme in schemes:
        if word in scheme.concepts:
            return scheme.concepts[word]
    cited = cited_scheme(vocabulary_name, vocabularies)
    if cited is not None:
        scheme = vocabularies.schemes.get(cited)
        return scheme.find(word) if scheme is not None else None
    # A free vocabulary: only a theme's own name counts (its short code "us" or "el" is a word too).
    inspire = vocabularies.schemes.get("inspire-theme")
    key = normalise(word)
    for concept in (inspire.concepts.values() if inspire is not None else ()):
        labels = [*concept.labels.values(), *concept.alt_labels]
        if not concept.deprecated and key in {normalise(label) for label in labels}:
            return concept
    return None


def closest(scheme_keys, text: str, vocabularies, limit: int = 3) -> list[Concept]:
    """The live concepts nearest to a value that matched none, across ``scheme_keys``."""
    found: list[Concept] = []
    for key in scheme_keys:
        scheme = vocabularies.schemes.get(key)
        if scheme is not None:
            found += [c for c in scheme.suggest(text, limit) if c not in found]
    return found[:limit]


def qgis_category(topic_code: str) -> str:
    """The name QGIS's metadata editor gives an ISO topic: 'planningCadastre' -> 'Planning Cadastre'."""
    return " ".join(word.capitalize() for word in re.findall(r"[a-z]+|[A-Z][a-z]*", topic_code))


# --- code lists ---------------------------------------------------------------------------

def language(text: str) -> Optional[str]:
    """ISO 639-2/B code of a typed language ('fr', 'FRA', 'Français' -> 'fre')."""
    key = normalise(text or "")
    for code, names in LANGUAGES.items():
        if key == code or key in {normalise(n) for n in names}:
            return code
    return None


def role(text: str) -> Optional[str]:
    """CI_RoleCode of a typed role ('Point of contact', 'Propriétaire' -> 'pointOfContact', 'owner')."""
    key = normalise(text or "")
    for code, names in ROLES.items():
        if key == normalise(code) or key in {normalise(n) for n in names}:
            return code
    return None


def scope(text: str) -> Optional[str]:
    """MD_ScopeCode of a typed resource type ('Dataset' -> 'dataset')."""
    key = normalise(text or "")
    return next((code for code in SCOPES if normalise(code) == key), None)


def character_set(text: str) -> Optional[str]:
    """MD_CharacterSetCode of an encoding name ('UTF-8' -> 'utf8', 'ISO-8859-15' -> '8859part15')."""
    key = normalise(text or "")
    match = re.fullmatch(r"iso8859(\d{1,2})", key)
    if match:
        return f"8859part{int(match.group(1))}"
    return CHARACTER_SETS.get(key)


def closest_codes(text: str, codes: dict | tuple, limit: int = 3) -> list[str]:
    """The codes (of :data:`LANGUAGES`, :data:`ROLES` or :data:`SCOPES`) nearest to a typed value."""
    names = {}
    for code in codes:
        names[normalise(code)] = code
        for name in (codes[code] if isinstance(codes, dict) else ()):
            names[normalise(name)] = code
    keys = difflib.get_close_matches(normalise(text or ""), list(names), n=limit * 3, cutoff=0.5)
    return list(dict.fromkeys(names[k] for k in keys))[:limit]


def same_url(a: str, b: str) -> bool:
    """Two URLs of the same page (scheme, 'www.', trailing slash and case aside)."""
    def key(url):
        return re.sub(r"^https?://(www\.)?", "", (url or "").strip()).rstrip("/").lower()
    return bool(a and b) and "://" in a and "://" in b and key(a) == key(b)
