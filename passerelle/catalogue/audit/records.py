"""The checks of one harvested record that need no data: the same rules as before publishing.

Run on the record alone (``data=None``): required metadata for the profile, vocabularies, status
policy, freshness against the declared frequency, extent (outside the territory, not in degrees).
A public dataset of an open-data portal is judged as headed for an open target (its data is open
to anyone); a catalogue record is not (metadata of shared data is public by design, INSPIRE).
"""
from __future__ import annotations

import dataclasses
from typing import Optional

from ..checks import crs, extent, freshness, metadata, policy, vocabulary
from ..checks.context import CheckContext
from ..findings import ERROR, INFO, WARNING
from ..terms import is_closed, is_open, is_restricted, is_shared
from ..textfields import excerpt
from .model import CLOSED, OPEN, SHARED, UNKNOWN, AuditFinding, Entry, RecordSummary

#: The checks an audit runs on every record.
CHECKS = (metadata, vocabulary, policy, freshness, extent, crs)
RECORD_CODES = tuple(code for module in CHECKS for code in module.CODES)


def open_rules(rules: CheckContext) -> CheckContext:
    """``rules`` for data published openly (an open target in play)."""
    kinds = tuple(rules.target_kinds) + (() if "open" in rules.target_kinds else ("open",))
    return dataclasses.replace(rules, target_kinds=kinds)


def check_entry(entry: Entry, rules: CheckContext, public_rules: Optional[CheckContext] = None) -> list:
    """The record checks' findings about ``entry``, as :class:`AuditFinding` objects."""
    record = entry.record
    chosen = (public_rules or open_rules(rules)) if entry.public else rules
    name = excerpt(record.title or entry.key, 120)
    found = []
    for module in CHECKS:
        found += module.check(record, None, chosen, name)
    return [AuditFinding(f.code, f.severity, entry.key, record.identifier, record.title, entry.organisation,
                         f.message_fr, f.message_en, field=f.field or "") for f in found]


def summarise(entry: Entry, rules: CheckContext, findings: list) -> RecordSummary:
    """What the dashboard shows of ``entry``, given the findings about it."""
    record = entry.record
    frequency = rules.vocabularies.concept(record.frequency) if record.frequency else None
    return RecordSummary(
        key=entry.key, identifier=record.identifier, title=record.title, organisation=entry.organisation,
        url=entry.url, access=access_category(record), completeness=completeness(record, rules),
        frequency=record.frequency or "", frequency_label=frequency.label("fr") if frequency else "",
        overdue=any(f.code == "freshness.overdue" for f in findings), extent=geographic_extent(record),
        errors=sum(f.severity == ERROR for f in findings), warnings=sum(f.severity == WARNING for f in findings),
        infos=sum(f.severity == INFO for f in findings), links=len(entry.links))


def access_category(record) -> str:
    if is_open(record):
        return OPEN
    if is_shared(record):
        return SHARED
    if is_closed(record):
        return CLOSED
    return UNKNOWN


def required_fields(record, rules: CheckContext) -> list:
    """The fields the profile requires of ``record`` (as the ``metadata.required`` check counts them)."""
    required = [name for name in rules.required_fields if hasattr(record, name)]
    if is_restricted(record) and "legal_basis" not in required:
        required.append("legal_basis")
    if is_closed(record) and "licence" in required:
        required.remove("licence")
    return required


def completeness(record, rules: CheckContext) -> float:
    """Share (0..1) of the required fields that are filled."""
    required = required_fields(record, rules)
    if not required:
        return 1.0
    filled = sum(not metadata.is_blank(getattr(record, name)) for name in required)
    return filled / len(required)


def geographic_extent(record) -> Optional[tuple]:
    box = record.extent
    if box is None or not box.is_geographic():
        return None
    return (float(box.west), float(box.south), float(box.east), float(box.north))
