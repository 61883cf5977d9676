"""Turn what a person types (codes, labels, URIs, ISO dates) into record values.

``apply_fields(record, {"access": "ouverte", "frequency": "annuelle"})``
returns a new record with concept URIs in place; nothing is changed when any
value is refused, so a typo never leaves a half-tagged layer.
"""
from __future__ import annotations

import dataclasses
import datetime as _dt
import difflib
import os
import re

from . import mapping, textfields
from .errors import PasserelleError
from .record import Address, Constraint, Contact, Link, Record
from .terms import THEME_SCHEMES, VOCABULARY_FIELDS

#: Names people type for record fields.
ALIASES = {"last_revision": "revised", "revision": "revised", "updated": "revised",
           "license": "licence", "theme": "themes", "keyword": "keywords",
           "creation": "created", "publication": "published", "status": "lifecycle",
           "legal": "legal_basis", "territory": "place"}
_DATES = ("created", "revised", "published", "temporal_start", "temporal_end")
_TEXTS = ("title", "abstract", "lineage", "place", "language", "parent_identifier", "fees", "encoding")
#: A chosen technical name: what every target accepts as a layer name (a letter first, then a-z, 0-9, _).
TECHNICAL_NAME = re.compile(r"[a-z][a-z0-9_]{0,62}")
_TEXT_LISTS = ("other_licences", "rights", "process_steps")  # one entry per statement: never split on commas
SETTABLE = sorted(set(VOCABULARY_FIELDS) | set(_DATES) | set(_TEXTS) | set(_TEXT_LISTS) |
                  {"themes", "keywords", "contact", "producer", "schema", "scale", "resolution_m", "temporal",
                   "resource_type", "contacts", "links", "constraints", "vocabulary_keywords",
                   "elevation_min", "elevation_max", "technical_name"})


class FieldError(PasserelleError, ValueError):
    code = "tag.invalid"


def apply_fields(record: Record, fields: dict, vocabularies) -> Record:
    """A copy of ``record`` with ``fields`` applied (see :data:`SETTABLE`)."""
    changes = {}
    for raw_name, value in fields.items():
        name = ALIASES.get(raw_name, raw_name)
        if name not in SETTABLE:
            close = difflib.get_close_matches(name, SETTABLE + list(ALIASES), n=3)
            shown = textfields.excerpt(raw_name, 40)
            raise FieldError(
                f"Champ inconnu « {shown} ». Champs possibles : {', '.join(close or SETTABLE)}.",
                f"Unknown field '{shown}'. Possible fields: {', '.join(close or SETTABLE)}.")
        if name in VOCABULARY_FIELDS:
            changes[name] = None if value in (None, "") else \
                vocabularies.lookup(VOCABULARY_FIELDS[name], value).uri
        elif name == "themes":
            changes[name] = [vocabularies.lookup_any(THEME_SCHEMES, v).uri for v in _as_list(value)]
        elif name == "keywords":
            changes[name] = _as_list(value)
        elif name in _DATES:
            changes[name] = parse_date(value, name)
        elif name == "temporal":
            start, end = value if isinstance(value, (list, tuple)) else (value, None)
            changes["temporal_start"] = parse_date(start, "temporal_start")
            changes["temporal_end"] = parse_date(end, "temporal_end")
        elif name in ("contact", "producer"):
            changes[name] = parse_contact(value, getattr(record, name),
                                          "owner" if name == "producer" else "pointOfContact")
        elif name == "schema":
            changes[name] = _schema_reference(value)
        elif name == "scale":
            changes[name] = None if value in (None, "") else _positive(value, name, int)
        elif name == "resolution_m":
            changes[name] = None if value in (None, "") else _positive(value, name, float)
        elif name in ("elevation_min", "elevation_max"):
            changes[name] = None if value in (None, "") else _number(value, name)
        elif name in _TEXT_LISTS:
            items = [value] if isinstance(value, str) else list(value or ())
            changes[name] = [str(v) for v in items if str(v).strip()]
        elif name == "contacts":
            changes[name] = [parse_contact(v, Contact()) for v in _items(value)]
        elif name == "links":
            changes[name] = [_link(v) for v in _items(value)]
        elif name == "constraints":
            changes[name] = [_constraint(v) for v in _items(value)]
        elif name == "vocabulary_keywords":
            changes[name] = {str(k): _as_list(v) for k, v in dict(value or {}).items() if _as_list(v)}
        elif name in _CONVERTERS:
            changes[name] = _CONVERTERS[name](value)
        else:
            changes[name] = "" if value is None else str(value)
    updated = dataclasses.replace(record, **changes)
    # What no export could write is refused now, with the code the checks report it under.
    refused = textfields.problems(updated, fields=set(changes))
    if refused:
        raise FieldError(refused[0].message_fr, refused[0].message_en, code=refused[0].code)
    return updated


def parse_date(value, name: str = "date"):
    if value in (None, ""):
        return None
    if isinstance(value, _dt.datetime):
        return value.date()
    if isinstance(value, _dt.date):
        return value
    try:
        return _dt.date.fromisoformat(str(value).strip()[:10])
    except ValueError:
        shown = textfields.excerpt(value, 40)
        raise FieldError(f"Date invalide pour « {name} » : « {shown} » (format attendu AAAA-MM-JJ).",
                         f"Invalid date for '{name}': '{shown}' (expected YYYY-MM-DD).") from None


def parse_contact(value, current: Contact, default_role: str = "pointOfContact") -> Contact:
    """A Contact from a Contact, a dict, or a string (an e-mail or an organisation name)."""
    if value is None:
        return Contact(role=default_role)
    if isinstance(value, Contact):
        return value
    if isinstance(value, dict):
        known = {f.name for f in dataclasses.fields(Contact)}
        aliases = {"organization": "organisation", "org": "organisation", "mail": "email",
                   "telephone": "phone", "tel": "phone", "voice": "phone"}
        data = {aliases.get(k, k): v for k, v in value.items()}
        unknown = [k for k in data if k not in known]
        if unknown:
            raise FieldError(f"Champ de contact inconnu : {', '.join(unknown)}.",
                             f"Unknown contact field: {', '.join(unknown)}.")
        data.setdefault("role", default_role)
        addresses = [a if isinstance(a, Address) else _address(a) for a in _items(data.pop("addresses", None))]
        contact = Contact(**{k: "" if v is None else str(v) for k, v in data.items()}, addresses=addresses)
        contact.role = mapping.role(contact.role) or contact.role
        return contact
    text = str(value).strip()
    if "@" in text:
        return dataclasses.replace(current, email=text)
    return dataclasses.replace(current, organisation=text)


def _items(value) -> list:
    if value is None:
        return []
    return [value] if isinstance(value, (str, dict)) else list(value)


def _address(value) -> Address:
    if isinstance(value, str):
        return Address(type="postal", address=value)
    known = {f.name for f in dataclasses.fields(Address)}
    unknown = [k for k in value if k not in known]
    if unknown:
        raise FieldError(f"Champ d'adresse inconnu : {', '.join(unknown)}.",
                         f"Unknown address field: {', '.join(unknown)}.")
    return Address(**{k: str(v) for k, v in value.items()})


def _link(value) -> Link:
    if isinstance(value, Link):
        return value
    if isinstance(value, str):
        return Link(url=value)
    aliases = {"mime": "mime_type", "mimeType": "mime_type"}
    data = {aliases.get(k, k): str(v) for k, v in dict(value).items()}
    unknown = [k for k in data if k not in {f.name for f in dataclasses.fields(Link)}]
    if unknown:
        raise FieldError(f"Champ de lien inconnu : {', '.join(unknown)}.", f"Unknown link field: {', '.join(unknown)}.")
    return Link(**data)


def _constraint(value) -> Constraint:
    if isinstance(value, Constraint):
        return value
    if isinstance(value, str):
        return Constraint(text=value)
    if isinstance(value, (tuple, list)) and len(value) == 2:
        return Constraint(type=str(value[0]), text=str(value[1]))
    data = {("text" if k == "constraint" else k): str(v) for k, v in dict(value).items()}
    unknown = [k for k in data if k not in ("text", "type")]
    if unknown:
        raise FieldError(f"Champ de contrainte inconnu : {', '.join(unknown)}.",
                         f"Unknown constraint field: {', '.join(unknown)}.")
    return Constraint(**data)


def _scope(value) -> str:
    if value in (None, ""):
        return "dataset"
    code = mapping.scope(str(value))
    if code is None:
        close = ", ".join(mapping.closest_codes(str(value), mapping.SCOPES)) or ", ".join(mapping.SCOPES)
        raise FieldError(f"Type de ressource inconnu « {value} » (valeurs possibles : {close}).",
                         f"Unknown resource type '{value}' (possible values: {close}).")
    return code


def _as_list(value) -> list:
    if value is None:
        return []
    if isinstance(value, str):
        separator = ";" if ";" in value else ","
        return [v.strip() for v in value.split(separator) if v.strip()]
    return [str(v) for v in value]


def _schema_reference(value) -> str:
    if not value:
        return ""
    text = str(value)
    if "://" in text:
        return text
    if not os.path.exists(text):
        raise FieldError(f"Schéma introuvable : « {text} » (donnez une URL ou un fichier Table Schema existant).",
                         f"Schema not found: '{text}' (give a URL or an existing Table Schema file).")
    return os.path.abspath(text)


def _technical_name(value) -> str:
    """A chosen technical name, as given (empty: Passerelle makes one); refused unless every target takes it."""
    text = "" if value is None else str(value).strip()
    if text and not TECHNICAL_NAME.fullmatch(text):
        shown = textfields.excerpt(text, 40)
        raise FieldError(
            f"Nom technique invalide « {shown} » : il doit commencer par une lettre minuscule et ne contenir que "
            "des lettres minuscules sans accent, des chiffres et « _ » (63 caractères au plus), par exemple "
            "« parcelles_cadastrales ».",
            f"Invalid technical name '{shown}': a lower-case letter first, then lower-case ASCII letters, digits "
            "and '_' (63 characters at most), e.g. 'parcelles_cadastrales'.", code="tag.technical-name")
    return text


def _language(value) -> str:
    return mapping.language(value) or ("" if value is None else str(value).strip())


#: Fields whose value one function checks and converts.
_CONVERTERS = {"resource_type": _scope, "technical_name": _technical_name, "language": _language}


def _number(value, name) -> float:
    try:
        return float(value)
    except (TypeError, ValueError):
        raise FieldError(f"« {name} » doit être un nombre (reçu « {value} »).",
                         f"'{name}' must be a number (got '{value}').") from None


def _positive(value, name, kind):
    try:
        number = kind(value)
    except (TypeError, ValueError):
        number = -1
    if number <= 0:
        shown = textfields.excerpt(value, 40)
        raise FieldError(f"« {name} » doit être un nombre positif (reçu « {shown} »).",
                         f"'{name}' must be a positive number (got '{shown}').")
    return number
