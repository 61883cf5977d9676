"""The vocabulary terms Passerelle's rules rely on: one home for each URI, scheme key and predicate.

A record holds concept URIs (:data:`VOCABULARY_FIELDS` says which scheme each field draws on). The
RGPD and open-data rules (``checks/``), the encoders and the portal publishers ask the predicates
below (:func:`is_open`, :func:`is_personal`…) rather than spelling a URI out, so that a URI changes
in one place and a rule reads as what it means.

>>> is_open(Record(access=OPEN_ACCESS)) and not is_restricted(Record(access=OPEN_ACCESS))
True
>>> is_personal(Record(nature=PERSONAL_NATURE))
True
"""
from __future__ import annotations

from typing import Optional

PASSERELLE_VOCABULARY = "https://w3id.org/passerelle/vocabulary/"

#: Access levels (degré d'accessibilité, scheme ``access-level``).
ACCESS_LEVEL = PASSERELLE_VOCABULARY + "access-level/"
OPEN_ACCESS = ACCESS_LEVEL + "ouverte"
SHARED_ACCESS = ACCESS_LEVEL + "partagee"
CLOSED_ACCESS = ACCESS_LEVEL + "fermee"
#: The levels that keep data from the public: INSPIRE then wants the reason (Art. 13(1)).
RESTRICTED_ACCESS = (SHARED_ACCESS, CLOSED_ACCESS)

#: Natures of the data (scheme ``nature``).
NATURE = PASSERELLE_VOCABULARY + "nature/"
PERSONAL_NATURE = NATURE + "personnelle"
PUBLIC_NATURE = NATURE + "publique"
GENERAL_INTEREST_NATURE = NATURE + "interet-general"
PRIVATE_GENERAL_INTEREST_NATURE = NATURE + "privee-interet-general"

#: Passerelle's own licence concepts; "not specified" means no licence is declared.
PASSERELLE_LICENCE = PASSERELLE_VOCABULARY + "licence/"
UNSPECIFIED_LICENCE = PASSERELLE_LICENCE + "notspecified"

#: The EU authority tables (Publications Office) the crosswalks point to.
EU_AUTHORITY = "http://publications.europa.eu/resource/authority/"
EU_FREQUENCY = EU_AUTHORITY + "frequency/"
EU_ACCESS_RIGHT = EU_AUTHORITY + "access-right/"
EU_DATA_THEME = EU_AUTHORITY + "data-theme/"

#: INSPIRE registers: themes, ISO 19115 topic categories, limitations on public access (Art. 13).
INSPIRE_THEME = "http://inspire.ec.europa.eu/theme/"
TOPIC_CATEGORY = "http://inspire.ec.europa.eu/metadata-codelist/TopicCategory/"
LIMITATIONS_ON_PUBLIC_ACCESS = "http://inspire.ec.europa.eu/metadata-codelist/LimitationsOnPublicAccess/"
NO_LIMITATIONS = LIMITATIONS_ON_PUBLIC_ACCESS + "noLimitations"
PERSONAL_DATA_LIMITATION = LIMITATIONS_ON_PUBLIC_ACCESS + "INSPIRE_Directive_Article13_1f"

#: Fields whose values are concept URIs, and the vocabulary scheme each uses.
VOCABULARY_FIELDS = {
    "access": "access-level",
    "nature": "nature",
    "legal_basis": "limitations",
    "lifecycle": "progress",
    "granularity": "granularity",
    "frequency": "frequency",
    "licence": "licence",
}

#: Schemes a theme may come from, tried in this order.
THEME_SCHEMES = ("inspire-theme", "eu-theme", "iso-topic")


# --- what a record's status says -------------------------------------------------------------

def is_open(record) -> bool:
    """Open data: anyone may access and reuse it."""
    return record.access == OPEN_ACCESS


def is_shared(record) -> bool:
    """Shared data: an identified group only, after authentication."""
    return record.access == SHARED_ACCESS


def is_closed(record) -> bool:
    """Closed data: never leaves the organisation."""
    return record.access == CLOSED_ACCESS


def is_restricted(record) -> bool:
    """Shared or closed: access is restricted, and INSPIRE wants the reason."""
    return record.access in RESTRICTED_ACCESS


def is_personal(record) -> bool:
    """Declared personal data (RGPD): never open unless made anonymous."""
    return record.nature == PERSONAL_NATURE


def is_public(record) -> bool:
    """Public data, or data of general interest treated as such: the CRPA licence list applies."""
    return record.nature in (PUBLIC_NATURE, GENERAL_INTEREST_NATURE)


# --- what a licence allows --------------------------------------------------------------------

def is_open_licence(licence) -> bool:
    """A licence concept under which data may be published as open data (``pv:open``)."""
    return licence is not None and licence.properties.get("open") == "true"


def is_crpa_authorised(licence) -> bool:
    """One of the licences an administration may use for public data (décret n° 2017-638, ``pv:crpaAuthorised``)."""
    return licence is not None and licence.properties.get("crpaAuthorised") == "true"


# --- crosswalks ------------------------------------------------------------------------------

def eu_uri(concept, table: str) -> Optional[str]:
    """The URI of ``concept`` in the EU authority ``table`` of its scheme (:data:`EU_FREQUENCY` for a
    frequency…): itself, its exact match there, or its ``pv:eu`` code; None when it has none.

    >>> eu_uri(shipped()["frequency"].find("annuelle"), EU_FREQUENCY)
    'http://publications.europa.eu/resource/authority/frequency/ANNUAL'
    """
    if concept is None:
        return None
    if concept.uri.startswith(table):
        return concept.uri
    for match in concept.matches.get("exact", []):
        if match.startswith(table):
            return match
    code = concept.notation("eu")
    return table + code if code else None
