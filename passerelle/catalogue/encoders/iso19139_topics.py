"""ISO topic categories a record implies when it declares none (TG Req. 1.7 wants at least one).

The writer fills ``gmd:topicCategory`` with the record's own ISO topics, else with these
derived ones; the reader drops topics equal to the derivation, so they never become
themes the person did not choose.
"""
from __future__ import annotations

from ..terms import TOPIC_CATEGORY
from .iso19139_terms import FALLBACK_TOPIC

#: EU data themes have no official ISO topic alignment; this is our reading of the ISO
#: definitions (e.g. ISO "society" explicitly covers crime and justice), used only when
#: no INSPIRE theme gives a topic through the SEMIC alignment.
EU_THEME_TOPIC = {
    "AGRI": "farming", "ECON": "economy", "EDUC": "society", "ENER": "economy",
    "ENVI": "environment", "GOVE": "society", "HEAL": "health", "INTR": "society",
    "JUST": "society", "REGI": "location", "SOCI": "society",
    "TECH": "geoscientificInformation", "TRAN": "transportation",
}


def topic_value(uri: str) -> str:
    """'…/TopicCategory/inlandWaters' -> 'inlandWaters' (the MD_TopicCategoryCode value)."""
    return uri.rstrip("/").rsplit("/", 1)[-1]


def derived_topics(themes: list[str], vocabularies) -> list[str]:
    """Topic values from INSPIRE themes' matches, else EU themes, else one sensible default."""
    topics: list[str] = []
    concepts = [c for c in (vocabularies.concept(uri) for uri in themes) if c is not None]
    for concept in concepts:
        if concept.scheme == "inspire-theme":
            for uris in concept.matches.values():
                topics += [topic_value(u) for u in uris if _is_topic(u, vocabularies)]
    if not topics:
        topics = [EU_THEME_TOPIC[c.code] for c in concepts
                  if c.scheme == "eu-theme" and c.code in EU_THEME_TOPIC]
    return list(dict.fromkeys(topics)) or [FALLBACK_TOPIC]


def _is_topic(uri: str, vocabularies) -> bool:
    concept = vocabularies.concept(uri)
    return concept.scheme == "iso-topic" if concept is not None else uri.startswith(TOPIC_CATEGORY)
