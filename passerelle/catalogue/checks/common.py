"""What several checks share: field names for people, formatting (the terms they judge: ``..terms``)."""
from __future__ import annotations

import datetime as _dt

from ..textfields import excerpt

#: Record fields as people call them (French, English).
FIELD_LABELS = {
    "title": ("titre", "title"), "abstract": ("résumé", "abstract"),
    "keywords": ("mots-clés", "keywords"), "themes": ("thèmes", "themes"),
    "access": ("degré d'accessibilité", "access level"), "nature": ("nature de la donnée", "data nature"),
    "legal_basis": ("motif de restriction d'accès", "access restriction ground"),
    "lifecycle": ("état d'avancement", "progress status"), "granularity": ("granularité", "granularity"),
    "scale": ("échelle", "scale"), "resolution_m": ("résolution", "resolution"),
    "frequency": ("fréquence de mise à jour", "update frequency"), "licence": ("licence", "licence"),
    "producer": ("producteur", "producer"), "contact": ("contact", "contact"),
    "extent": ("emprise géographique", "geographic extent"), "place": ("territoire couvert", "place"),
    "temporal_start": ("début de la couverture temporelle", "temporal coverage start"),
    "temporal_end": ("fin de la couverture temporelle", "temporal coverage end"),
    "created": ("date de création", "creation date"), "revised": ("date de dernière mise à jour", "last update date"),
    "published": ("date de publication", "publication date"),
    "lineage": ("généalogie (origine et traitements de la donnée)", "lineage"),
    "schema": ("schéma de données", "data schema"), "language": ("langue", "language"),
    "parent_identifier": ("identifiant parent", "parent identifier"),
    "resource_type": ("type de ressource", "resource type"), "contacts": ("autres contacts", "other contacts"),
    "other_licences": ("autres licences", "other licences"), "rights": ("droits", "rights"),
    "constraints": ("contraintes", "constraints"), "fees": ("frais", "fees"),
    "process_steps": ("historique", "history"), "links": ("liens", "links"), "encoding": ("encodage", "encoding"),
    "vocabulary_keywords": ("mots-clés d'autres vocabulaires", "keywords of other vocabularies"),
    "elevation_min": ("altitude minimale", "lowest elevation"),
    "elevation_max": ("altitude maximale", "highest elevation"),
    "other_extents": ("autres emprises", "other bounding boxes"),
    "other_periods": ("autres périodes", "other time spans"),
    "resource_identifier": ("identifiant de la ressource", "resource identifier"),
    "resource_identifier_space": ("espace de noms de l'identifiant", "identifier code space"),
    "inspire_conformant": ("conformité INSPIRE (règlement 1089/2010)", "INSPIRE conformity (Regulation 1089/2010)"),
    "identifier": ("identifiant de la fiche", "record identifier"),
    "metadata_contact": ("contact de la fiche", "metadata contact"),
}


def field_label(name: str, language: str = "fr") -> str:
    fr, en = FIELD_LABELS.get(name, (name, name))
    return fr if language.startswith("fr") else en


def layer_name(record, data) -> str:
    """The name findings carry: the layer's when data is at hand, else the record's title or id."""
    if data is not None and data.name:
        return data.name
    return excerpt(record.title or record.identifier, 120)


def id_list(ids, limit: int = 10, count=None) -> str:
    """'3, 8, 12… (+40)': enough ids to find the features, not a wall of numbers (``count``: how many
    there are in all, when ``ids`` holds only the first of them)."""
    ids = list(ids)
    count = len(ids) if count is None else count
    shown = ", ".join(str(int(i)) for i in ids[:limit])
    return shown + (f"… (+{count - limit})" if count > limit else "")


def fr_date(day: _dt.date) -> str:
    return day.strftime("%d/%m/%Y")
