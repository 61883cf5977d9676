"""vocabulary.unknown and vocabulary.deprecated: vocabulary fields must hold live concept URIs."""
from __future__ import annotations

from ..findings import ERROR, WARNING, Finding
from ..terms import THEME_SCHEMES, VOCABULARY_FIELDS
from ..textfields import excerpt
from .common import field_label

CODES = ("vocabulary.unknown", "vocabulary.deprecated")


def check(record, data, context, layer: str) -> list[Finding]:
    vocabularies = context.vocabularies
    out = []
    for name, scheme_key in VOCABULARY_FIELDS.items():
        value = getattr(record, name, None)
        # A scheme this installation does not know cannot judge the value.
        if value and scheme_key in vocabularies:
            out += _judge(vocabularies, [scheme_key], name, value, layer)
    theme_schemes = [key for key in THEME_SCHEMES if key in vocabularies]
    if theme_schemes:
        for theme in record.themes:
            out += _judge(vocabularies, theme_schemes, "themes", theme, layer)
    return out


def _judge(vocabularies, scheme_keys, name, value, layer) -> list[Finding]:
    schemes = [vocabularies[key] for key in scheme_keys]
    concept = next((s.concepts[value] for s in schemes if value in s.concepts), None)
    if concept is None:
        return [_unknown(schemes, name, value, layer)]
    if concept.deprecated:
        return [_deprecated(vocabularies, concept, name, layer)]
    return []


def _unknown(schemes, name, value, layer) -> Finding:
    # A code or label the record should have stored as a URI comes first: it is surely what was meant.
    candidates = [c for c in (s.find(value) for s in schemes) if c is not None and not c.deprecated]
    candidates += [c for s in schemes for c in s.suggest(value)]
    unique = list({c.uri: c for c in candidates}.values())[:3]
    hint_fr = hint_en = ""
    if unique:
        hint_fr = " Vouliez-vous dire " + " ou ".join(f"« {c.label('fr')} »" for c in unique) + " ?"
        hint_en = " Did you mean " + " or ".join(f"'{c.label('en')}'" for c in unique) + "?"
    scheme_fr = " / ".join(s.label("fr") for s in schemes)
    scheme_en = " / ".join(s.label("en") for s in schemes)
    return Finding(
        "vocabulary.unknown", ERROR, layer,
        f"La valeur « {excerpt(value)} » du champ « {field_label(name)} » n'appartient pas au vocabulaire "
        f"« {scheme_fr} » : choisissez une valeur de la liste.{hint_fr}",
        f"Value '{excerpt(value)}' of field '{field_label(name, 'en')}' is not in vocabulary '{scheme_en}': "
        f"pick a value from the list.{hint_en}",
        field=name, suggestions=[c.uri for c in unique])


def _deprecated(vocabularies, concept, name, layer) -> Finding:
    successor = vocabularies.concept(concept.replaced_by) if concept.replaced_by else None
    if successor is not None:
        todo_fr = f"remplacez-la par « {successor.label('fr')} »."
        todo_en = f"replace it with '{successor.label('en')}'."
    else:
        todo_fr, todo_en = "choisissez une valeur en vigueur.", "pick a current value."
    return Finding(
        "vocabulary.deprecated", WARNING, layer,
        f"La valeur « {concept.label('fr')} » du champ « {field_label(name)} » est obsolète : {todo_fr}",
        f"Value '{concept.label('en')}' of field '{field_label(name, 'en')}' is deprecated: {todo_en}",
        field=name, suggestions=[concept.replaced_by] if concept.replaced_by else [])
