"""A PostgreSQL table COMMENT shared with people and other tools.

A DBA's description, Plume's DCAT metadata (``<METADATA> … </METADATA>``), PgMetadata's summary may all
live in a table's COMMENT. Passerelle adds a readable summary of the record between its own markers and
never touches the rest: what is outside ``<PASSERELLE> … </PASSERELLE>`` stays as it was, other tools'
marked blocks included.

>>> text = "Écoles de la commune.\\n\\n<METADATA>{…}</METADATA>"
>>> free_text(with_summary(text, "Fiche « Écoles »"))
'Écoles de la commune.'
"""
from __future__ import annotations

import re

from .record import Record

START, END = "<PASSERELLE>", "</PASSERELLE>"
OURS = re.compile(r"\s*<PASSERELLE>.*?</PASSERELLE>\s*", re.S)
#: Blocks other tools keep between markers of their own (Plume: <METADATA>…</METADATA>).
MARKED = re.compile(r"<([A-Z][A-Z0-9_-]*)>.*?</\1>", re.S)


def summary(record: Record, vocabularies=None, version: int = 0) -> str:
    """What the COMMENT says of a record, for a person reading the table's properties (in French)."""
    lines = [f"Fiche Passerelle « {_one_line(record.title) or 'sans titre'} »"
             + (f" (version {version})" if version else "")]
    terms = []
    for label, uri in (("Accès", record.access), ("Licence", record.licence), ("Mise à jour", record.frequency)):
        if uri:
            concept = vocabularies.concept(uri) if vocabularies is not None else None
            terms.append(f"{label} : {concept.label('fr') if concept else uri}")
    if terms:
        lines.append(" · ".join(terms))
    contact = record.contact if not record.contact.is_empty() else record.producer
    if not contact.is_empty():
        lines.append("Contact : " + " — ".join(p for p in (contact.organisation, contact.name, contact.email) if p))
    lines.append(f"Identifiant : {record.identifier}"
                 + (f" · nom technique : {record.technical_name}" if record.technical_name else ""))
    return "\n".join(lines)


def block(text: str) -> str:
    """``text`` between Passerelle's markers (a marker inside it would end the block early: removed)."""
    clean = text.replace(START, "").replace(END, "")
    return f"{START}\n{clean}\n{END}"


def with_summary(comment: str, text: str) -> str:
    """``comment`` with Passerelle's block replaced by (or followed by) ``text``; the rest as it was."""
    kept = OURS.sub("\n\n", comment or "").strip()
    return f"{kept}\n\n{block(text)}" if kept else block(text)


def free_text(comment: str) -> str:
    """What a person wrote in the COMMENT: without Passerelle's summary nor other tools' marked blocks."""
    return MARKED.sub("", OURS.sub("\n\n", comment or "")).strip()


def foreign_blocks(comment: str) -> list:
    """Other tools' marked blocks in ``comment`` (kept whatever else rewrites the COMMENT)."""
    return [m.group(0) for m in MARKED.finditer(OURS.sub("\n\n", comment or ""))]


def _one_line(text: str) -> str:
    return " ".join((text or "").split())[:200]
