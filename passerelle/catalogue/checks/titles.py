"""metadata.technical-title: a title that is a layer's or a file's technical name, not a title.

A record created for a layer takes the layer's name as its title, so 'PLU_ZONAGE_2019_v3_final'
or 'sans_titre' would reach a portal's search results as they are. A title looks technical when
it is a placeholder ('sans titre', 'untitled', 'Copie de…'), a file name ('zonage.shp'), an
identifier (no space and underscores, camelCase, digits glued to letters, or all lower case), or
ends with a version ('v3', 'final', 'old', 'copie'). The finding suggests a humanised title made
from the name ('PLU zonage 2019'). A warning; an error when the layer is headed for an open target.
"""
from __future__ import annotations

import re
import unicodedata
from typing import Optional

from ..findings import ERROR, WARNING, Finding

CODE = "metadata.technical-title"
CODES = (CODE,)

_PLACEHOLDER = re.compile(
    r"(?:sans[\s_-]*titre|untitled|nouvelle[\s_-]*couche(?:[\s_-]*temporaire)?|new[\s_-]*(?:scratch[\s_-]*)?layer|"
    r"couche|layer|calque|table|output|sortie|r[ée]sultat|result|export|copie|copy|test|temp|tmp|d[ée]faut|default|"
    r"sans[\s_-]*nom|nouveau|new)(?:[\s_-]*\(?\d+\)?)?", re.IGNORECASE)
_COPY = re.compile(r"^(?:copie|copy)\s+(?:de|d'|of)\b|[\s_(-](?:copie|copy)(?:\s*\d+)?\)?$|\(\d{1,2}\)$",
                   re.IGNORECASE)
_FILE = re.compile(r"\.(?:shp|gpkg|geojson|json|tab|mif|csv|kml|kmz|gml|dxf|sqlite|xlsx?|ods|zip|qgz|qgs|dbf)$",
                   re.IGNORECASE)
#: Last words of a working name: versions and states of a file, not of the data.
_VERSION = re.compile(r"^(?:v\d+(?:\.\d+)*[a-z]?|final|finale|def|old|bak|backup|tmp|temp|copie|copy|test|draft|"
                      r"brouillon|ok|new|modif|corrige|vf)$", re.IGNORECASE)
_CAMEL = re.compile(r"[a-zà-ÿ][A-ZÀ-Þ]")
_GLUED_DIGITS = re.compile(r"[A-Za-zÀ-ÿ]\d|\d[A-Za-zÀ-ÿ]")

#: Acronyms of French GIS data, kept in capitals in a suggested title.
ACRONYMS = frozenset("""
plu plui pluih scot ppri pprn pprt ppr pos cc rnu oap padd zac zae za zi zan znieff natura sic zps zsc
aep eu ep ae spanc sdis erp pmr qpv iris epci insee ign bdtopo bd pcrs bal ban rpls majic dvf sig
gps rgp lidar mnt mns ortho cnig inspire sup avap spr psmv ens tvb sage sdage ppe pdipr gr rd rn
""".split())
#: Accents of words often unaccented in technical names.
ACCENTS = {
    "equipement": "équipement", "equipements": "équipements", "reseau": "réseau", "reseaux": "réseaux",
    "eclairage": "éclairage", "cimetiere": "cimetière", "cimetieres": "cimetières", "arret": "arrêt",
    "arrets": "arrêts", "ecole": "école", "ecoles": "écoles", "batiment": "bâtiment", "batiments": "bâtiments",
    "foret": "forêt", "forets": "forêts", "perimetre": "périmètre", "perimetres": "périmètres",
    "riviere": "rivière", "rivieres": "rivières", "eglise": "église", "energie": "énergie",
    "securite": "sécurité", "activite": "activité", "activites": "activités", "proprietaire": "propriétaire",
    "proprietaires": "propriétaires", "amenagement": "aménagement", "amenagements": "aménagements",
    "donnees": "données", "releve": "relevé", "releves": "relevés", "debit": "débit",
    "electrique": "électrique", "electricite": "électricité", "aeroport": "aéroport", "velo": "vélo",
    "velos": "vélos", "region": "région", "departement": "département", "departemental": "départemental",
    "departementale": "départementale", "communaute": "communauté", "dechets": "déchets",
    "dechetterie": "déchetterie", "espece": "espèce", "especes": "espèces", "telecom": "télécom",
    "telecommunications": "télécommunications", "numerique": "numérique", "evenements": "événements",
    "evenement": "événement", "defibrillateurs": "défibrillateurs", "prefecture": "préfecture",
    "metropole": "métropole", "vegetation": "végétation", "protegee": "protégée", "protegees": "protégées",
    "sante": "santé", "equipe": "équipé", "geologie": "géologie", "geologique": "géologique",
}


def check(record, data, context, layer: str) -> list[Finding]:
    title = (record.title or "").strip()
    if not title:
        return []  # metadata.required says so
    names = [data.name] if data is not None and data.name else []
    reason = technical_reason(title)
    if reason is None:
        return []
    same = any(title == name for name in names)
    severity = ERROR if "open" in context.target_kinds else WARNING
    suggestion = suggested_title(title, names)
    what_fr = "le nom technique de la couche" if same else "un nom technique"
    what_en = "the layer's technical name" if same else "a technical name"
    advice_fr = (f" Par exemple : « {suggestion} »." if suggestion else "")
    advice_en = (f" For example: '{suggestion}'." if suggestion else "")
    return [Finding(
        CODE, severity, layer,
        f"Le titre « {title} » est {what_fr} ({reason[0]}), pas un titre : c'est lui qu'on lit dans les "
        f"portails et les moteurs de recherche. Donnez un titre en clair qui dit ce que contient la donnée et "
        f"où.{advice_fr}" + (" Une cible ouverte le publierait tel quel." if severity == ERROR else ""),
        f"Title '{title}' is {what_en} ({reason[1]}), not a title: portals and search engines show it. Give a "
        f"plain title saying what the data holds and where.{advice_en}"
        + (" An open target would publish it as is." if severity == ERROR else ""),
        field="title", suggestions=[suggestion] if suggestion else [])]


def technical_reason(title: str) -> Optional[tuple[str, str]]:
    """Why a title looks technical (French, English), or None when it reads as a title."""
    text = title.strip()
    if _PLACEHOLDER.fullmatch(text):
        return ("un titre par défaut", "a default title")
    if _COPY.search(text):
        return ("une copie", "a copy")
    if _FILE.search(text):
        return ("un nom de fichier", "a file name")
    if not re.search(r"\s", text):
        if "_" in text:
            return ("des soulignés et aucun espace", "underscores and no space")
        if _CAMEL.search(text) or _GLUED_DIGITS.search(text):
            return ("des mots collés", "words glued together")
        if text == text.lower() and re.search(r"[a-zà-ÿ]", text):
            return ("tout en minuscules, sans espace", "all lower case, without a space")
    words = re.split(r"[\s_\-]+", text)
    if len(words) > 1 and _VERSION.fullmatch(words[-1]):
        return ("un suffixe de version", "a version suffix")
    return None


def suggested_title(title: str, names=()) -> str:
    """A title made from a technical name: 'PLU_ZONAGE_2019_v3_final' -> 'PLU zonage 2019'.
    From the layer's name when the title is a mere placeholder; empty when nothing is left."""
    for source in [title, *names]:
        words = _words(source)
        if words:
            return _sentence(words)
    return ""


def _words(name: str) -> list:
    text = _FILE.sub("", name.strip())
    if _PLACEHOLDER.fullmatch(text):
        return []
    text = re.sub(r"^(?:copie|copy)\s+(?:de|d'|of)\s*", "", text, flags=re.IGNORECASE)
    text = re.sub(r"(?<=[a-zà-ÿ])(?=[A-ZÀ-Þ])", " ", text)  # camelCase
    text = re.sub(r"(?<=[A-Za-zÀ-ÿ])(?=\d{4}\b)", " ", text)  # PLU2019
    words = [w for w in re.split(r"[\s_\-.()]+", text) if w]
    while words and (_VERSION.fullmatch(words[-1]) or re.fullmatch(r"\d{1,2}|\d{6,8}", words[-1])):
        words.pop()  # versions, copy numbers, date stamps (20190614)
    return [w for w in words if not _VERSION.fullmatch(w)]


def _sentence(words: list) -> str:
    out = []
    for word in words:
        folded = unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode("ascii").lower()
        if folded in ACRONYMS:
            out.append(word.upper())
        elif word.isupper() or word.islower():
            out.append(ACCENTS.get(folded, word.lower()))
        else:
            out.append(word)
    sentence = " ".join(out)
    return sentence[0].upper() + sentence[1:] if sentence else ""
