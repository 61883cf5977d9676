"""One status badge per layer, read from what the API says about it.

The badge sums up three answers of :mod:`passerelle.api`: the record
(``api.record``), the findings of the last check (a quick record-only check, and
the check with data once it has run in the background) and the publication
registry (``api.publication_status``). It decides nothing: the checks do.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from .common import tr, tr_noop

NOT_TAGGED, ERRORS, INCOMPLETE, OVERDUE, PUBLISHED, READY, UNCHECKED = (
    "not-tagged", "errors", "incomplete", "overdue", "published", "ready", "unchecked")

#: In the order of the status filter; label, colour, what to do next.
BADGES = {
    NOT_TAGGED: (tr_noop("Not tagged"), "#9e9e9e", tr_noop("No record yet: open the tag editor.")),
    ERRORS: (tr_noop("Errors"), "#d32f2f", tr_noop("Blocking errors: see the check results below.")),
    INCOMPLETE: (tr_noop("Incomplete"), "#f57c00", tr_noop("Required fields are empty: complete the record.")),
    OVERDUE: (tr_noop("Update overdue"), "#c2185b",
              tr_noop("The last revision is older than the declared update frequency allows.")),
    PUBLISHED: (tr_noop("Published"), "#1565c0", tr_noop("Published on at least one target.")),
    READY: (tr_noop("Ready"), "#2e7d32", tr_noop("Checked with its data: nothing blocks publication.")),
    UNCHECKED: (tr_noop("Not checked yet"), "#6d4c41",
                tr_noop("The record looks complete; its data has not been checked yet.")),
}

_RECORD_FIELDS = ("access", "nature", "granularity", "frequency", "licence", "legal_basis", "lifecycle")


@dataclass
class LayerState:
    """What the panel knows about one layer."""

    record: object = None
    quick: list = field(default_factory=list)  # findings of the record-only check
    data: list = None  # findings of the check with data, None until it ran
    publications: dict = field(default_factory=dict)  # api.publication_status(layer)
    problem: str = ""  # an error met while reading the layer
    read: bool = False  # False until the panel's refresh task has read the layer once

    @property
    def findings(self) -> list:
        if self.data is None:
            return list(self.quick)
        return list(self.data)  # the check with data repeats the record-only findings


def is_tagged(record) -> bool:
    return bool(record is not None and (record.themes or any(getattr(record, f, None) for f in _RECORD_FIELDS)))


def published_targets(publications: dict) -> list:
    return sorted(f"{profile} › {target}" for profile, targets in publications.items()
                  for target, entry in targets.items() if entry.get("state") == "published")


def badge(state: LayerState) -> str:
    """The badge key of a layer (see :data:`BADGES`)."""
    if state.problem or not is_tagged(state.record):
        return ERRORS if state.problem else NOT_TAGGED
    findings = state.findings
    codes = {f.code for f in findings}
    if any(f.severity == "error" and f.code != "metadata.required" for f in findings):
        return ERRORS
    if "metadata.required" in codes:
        return INCOMPLETE
    if "freshness.overdue" in codes:
        return OVERDUE
    if published_targets(state.publications):
        return PUBLISHED
    return UNCHECKED if state.data is None else READY


def label(key: str) -> str:
    return tr(BADGES[key][0])


def colour(key: str) -> str:
    return BADGES[key][1]


def tooltip(key: str, state: LayerState) -> str:
    lines = [tr(BADGES[key][2])]
    if state.problem:
        lines.append(state.problem)
    errors = sum(f.severity == "error" for f in state.findings)
    warnings = sum(f.severity == "warning" for f in state.findings)
    if errors or warnings:
        lines.append(tr("{errors} error(s), {warnings} warning(s)").format(errors=errors, warnings=warnings))
    targets = published_targets(state.publications)
    if targets:
        lines.append(tr("Published on: {}").format(", ".join(targets)))
    if state.data is None and key not in (NOT_TAGGED,):
        lines.append(tr("Data not checked yet (record only)."))
    return "\n".join(lines)
