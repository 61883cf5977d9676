"""The free-text fields of a record: which characters and how many they accept, and excerpts for messages.

Text reaches a record by hand, by copy-paste from a word processor (a vertical tab for each manual
line break, a NUL now and then) and from files made by other tools. XML cannot carry most control
characters, portals truncate or refuse huge values, and an error message quoting a 100,000-character
title is no help. One table of limits serves tagging (refuses), checks (report) and exports (refuse),
so all three say the same thing with the same code.

    >>> from passerelle.catalogue.record import Record
    >>> [p.code for p in problems(Record(title="Arrêts\\x0bde bus"))]
    ['metadata.control-characters']
    >>> excerpt("x" * 500, 12)
    'xxxxxxxxxxx…'
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator, Optional

CONTROL_CHARACTERS, TOO_LONG = "metadata.control-characters", "metadata.too-long"
EMAIL_INVALID, URI_INVALID = "metadata.email-invalid", "metadata.uri-invalid"

#: Longest value accepted per field, in characters. Generous for real metadata (an INSPIRE abstract
#: rarely exceeds a few thousand characters), small enough that portals take them whole.
MAX_LENGTHS = {"title": 250, "abstract": 20_000, "lineage": 20_000, "keywords": 100, "place": 250,
               "schema": 2_000, "language": 16, "contact": 250, "producer": 250, "contacts": 250,
               "parent_identifier": 256, "fees": 2_000, "encoding": 64, "other_licences": 2_000,
               "rights": 4_000, "process_steps": 20_000, "vocabulary_keywords": 250, "links": 2_000,
               "constraints": 4_000}
#: Fields whose text may span lines: tabs and line breaks are allowed there, nowhere else.
MULTILINE = ("abstract", "lineage", "rights", "process_steps", "constraints", "fees", "other_licences")
CONTACT_PARTS = ("organisation", "name", "email", "phone", "siret", "position", "fax", "role")

# C0 controls but tab, LF and CR; DEL; C1 controls (CP1252 text read as Latin-1 leaves them);
# surrogates and the two non-characters XML refuses.
_ALWAYS_REFUSED = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
_LINE_CONTROLS = re.compile("[\t\n\r]")
# What an address may not hold once written as a mailto: or http(s) URI (RDF, XML links): blanks,
# controls, and the characters RDF writers refuse in an IRI (< > " { } | \\ ^ `).
_NOT_IN_URI = re.compile("[\\s<>\"{}|\\\\^`\x00-\x1f\x7f]")
_EMAIL = re.compile(r"[^@\s<>\"{}|\\^`(),;:\[\]]+@[^@\s<>\"{}|\\^`(),;:\[\]]+\.?[^@\s<>\"{}|\\^`(),;:\[\]]*")
#: Fields written as URIs when they are web addresses (DCAT, ISO links).
URI_FIELDS = ("schema", "parent_identifier")
_NAMES = {0x00: ("caractère nul", "NUL character"), 0x09: ("tabulation", "tab"),
          0x0A: ("saut de ligne", "line feed"), 0x0B: ("tabulation verticale", "vertical tab"),
          0x0C: ("saut de page", "form feed"), 0x0D: ("retour chariot", "carriage return")}


@dataclass
class TextProblem:
    """One field whose text cannot be kept as is: ``code`` is the finding / error code."""

    code: str
    field: str  # record field: "title", "keywords", "contact"...
    message_fr: str
    message_en: str


def excerpt(value, limit: int = 60) -> str:
    """A short, printable excerpt of a user value for messages: controls shown as ⟨U+000B⟩, long text cut."""
    text = "" if value is None else str(value)
    shown = _visible(text[:limit])
    if len(text) > limit or len(shown) > limit:
        return shown[:max(limit - 1, 1)] + "…"
    return shown


def xml_safe(text: str) -> str:
    """``text`` without the characters XML cannot hold (controls but tab and line breaks, surrogates,
    U+FFFE/U+FFFF), each replaced by a space: for texts Passerelle did not type and must still write
    (a vocabulary label from a portal's file)."""
    return _ALWAYS_REFUSED.sub(" ", text) if _ALWAYS_REFUSED.search(text) else text


def _visible(text: str) -> str:
    return re.sub("[\x00-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]", lambda m: f"⟨U+{ord(m.group()):04X}⟩", text)


def field_texts(record, fields=None) -> Iterator[tuple[str, str, str]]:
    """(field, part, text) for every free text of ``record`` (``fields`` limits to those fields).

    ``part`` names the piece within the field: a contact's "email", a keyword's position, or "".
    Every text an encoder writes is here, the ones kept from QGIS's metadata editor included.
    """
    def wanted(name):
        return fields is None or name in fields

    for name in ("title", "abstract", "lineage", "place", "schema", "language", "parent_identifier", "fees",
                 "encoding"):
        if wanted(name):
            yield name, "", getattr(record, name, "") or ""
    for name in ("keywords", "other_licences", "rights", "process_steps"):
        if wanted(name):
            for position, text in enumerate(getattr(record, name, None) or [], start=1):
                yield name, str(position), str(text)
    if wanted("vocabulary_keywords"):
        for vocabulary, words in (getattr(record, "vocabulary_keywords", None) or {}).items():
            yield "vocabulary_keywords", "", str(vocabulary)
            for word in words:
                yield "vocabulary_keywords", str(vocabulary), str(word)
    for slot in ("contact", "producer"):
        contact = getattr(record, slot, None)
        if contact is not None and wanted(slot):
            yield from _contact_texts(slot, contact)
    if wanted("contacts"):
        for contact in getattr(record, "contacts", None) or []:
            yield from _contact_texts("contacts", contact)
    if wanted("links"):
        for link in getattr(record, "links", None) or []:
            for part in ("url", "name", "type", "description", "format", "mime_type", "size"):
                yield "links", part, getattr(link, part, "") or ""
    if wanted("constraints"):
        for constraint in getattr(record, "constraints", None) or []:
            yield "constraints", "", getattr(constraint, "text", "") or ""
            yield "constraints", "type", getattr(constraint, "type", "") or ""


def _contact_texts(slot, contact):
    for part in CONTACT_PARTS:
        yield slot, part, getattr(contact, part, "") or ""
    for address in getattr(contact, "addresses", None) or []:
        for part in ("type", "address", "postal_code", "city", "administrative_area", "country"):
            yield slot, part, getattr(address, part, "") or ""


def problems(record, fields=None) -> list[TextProblem]:
    """What is wrong with the texts of ``record``: control characters, over-long values, e-mail addresses
    and web addresses no catalogue format can write (one per field and kind)."""
    from .checks.common import field_label

    found, seen = [], set()
    for name, part, text in field_texts(record, fields):
        label_fr, label_en = field_label(name, "fr"), field_label(name, "en")
        for problem in _text_problems(name, part, text, label_fr, label_en) + \
                _address_problems(name, part, text, label_fr, label_en):
            if (problem.code, name) not in seen:  # one finding per field and kind is enough to act on
                seen.add((problem.code, name))
                found.append(problem)
    return found


def _text_problems(name, part, text, label_fr, label_en) -> list[TextProblem]:
    out = []
    where_fr, where_en = _where(name, part, label_fr, label_en)
    bad = _first_control(text, name in MULTILINE)
    if bad is not None:
        char = text[bad]
        what_fr, what_en = _NAMES.get(ord(char), ("caractère de contrôle", "control character"))
        out.append(TextProblem(
            CONTROL_CHARACTERS, name,
            f"{where_fr} contient un caractère invisible ({what_fr}, U+{ord(char):04X}) en position {bad + 1} : "
            f"« {excerpt(_around(text, bad), 40)} ». Il vient souvent d'un copier-coller depuis un traitement "
            "de texte et empêche d'écrire la fiche (XML, CSV) : retapez ou nettoyez la valeur.",
            f"{where_en} contains an invisible character ({what_en}, U+{ord(char):04X}) at position {bad + 1}: "
            f"'{excerpt(_around(text, bad), 40)}'. It usually comes from pasting from a word processor and "
            "prevents writing the record (XML, CSV): retype or clean the value."))
    limit = MAX_LENGTHS.get(name)
    if limit and len(text) > limit:
        out.append(TextProblem(
            TOO_LONG, name,
            f"{where_fr} fait {len(text)} caractères, au-delà des {limit} admis : raccourcissez-le "
            f"(début : « {excerpt(text, 40)} »).",
            f"{where_en} is {len(text)} characters long, more than the {limit} allowed: shorten it "
            f"(start: '{excerpt(text, 40)}')."))
    return out


def _address_problems(name, part, text, label_fr, label_en) -> list[TextProblem]:
    """An e-mail address that is not one, a web address with blanks or characters a URI cannot hold."""
    text = text.strip()
    if not text or _first_control(text, False) is not None:
        return []  # nothing to say, or already said as control characters
    where_fr, where_en = _where(name, part, label_fr, label_en)
    if part == "email" and not _EMAIL.fullmatch(text):
        return [TextProblem(
            EMAIL_INVALID, name,
            f"{where_fr} « {excerpt(text, 60)} » n'est pas une adresse électronique valide (une seule « @ », ni "
            "espace, ni virgule, ni < > \" entre les caractères) : corrigez-la, les catalogues l'écrivent en lien "
            "« mailto: ».",
            f"{where_en} '{excerpt(text, 60)}' is not a valid e-mail address (one '@', no blanks, commas or < > \"): "
            "fix it, catalogues write it as a mailto: link.")]
    is_web = re.match(r"(?i)^[a-z][a-z0-9+.-]*://", text) is not None
    if ((name in URI_FIELDS and is_web) or (name == "links" and part == "url" and is_web)) and _NOT_IN_URI.search(text):
        bad = _NOT_IN_URI.search(text).group()
        shown = "une espace" if bad == " " else f"« {bad} »"
        return [TextProblem(
            URI_INVALID, name,
            f"{where_fr} « {excerpt(text, 60)} » n'est pas une adresse web valide : elle contient {shown}. "
            "Encodez-la (une espace s'écrit %20) ou corrigez-la : les catalogues (DCAT, ISO) ne peuvent pas "
            "l'écrire telle quelle.",
            f"{where_en} '{excerpt(text, 60)}' is not a valid web address (it holds '{bad}'): encode or fix it.")]
    return []


def _where(name, part, label_fr, label_en) -> tuple[str, str]:
    if name == "keywords":
        return f"Le mot-clé n° {part}", f"Keyword #{part}"
    if part:
        return f"Le champ « {label_fr} » ({part})", f"Field '{label_en}' ({part})"
    return f"Le champ « {label_fr} »", f"Field '{label_en}'"


def _first_control(text: str, multiline: bool) -> Optional[int]:
    match = _ALWAYS_REFUSED.search(text)
    positions = [match.start()] if match else []
    if not multiline:
        line = _LINE_CONTROLS.search(text)
        if line:
            positions.append(line.start())
    return min(positions) if positions else None


def _around(text: str, position: int, width: int = 15) -> str:
    start = max(0, position - width)
    return ("…" if start else "") + text[start:position + width]
