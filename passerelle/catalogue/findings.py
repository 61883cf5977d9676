"""Findings and reports: what the checks found, with stable codes."""
from __future__ import annotations

import csv
import dataclasses
import html
import io
from dataclasses import dataclass
from typing import Iterable, Optional

ERROR, WARNING, INFO = "error", "warning", "info"
#: Feature ids a finding lists at most: enough to select and fix them, bounded however big the layer.
MAX_FEATURE_IDS = 10_000
#: Offending values a message quotes.
EXAMPLES = 3
SEVERITIES = (ERROR, WARNING, INFO)
SEVERITY_LABELS = {"fr": {ERROR: "erreur", WARNING: "avertissement", INFO: "information"},
                   "en": {ERROR: "error", WARNING: "warning", INFO: "info"}}


def severity_label(severity: str, language: str = "fr") -> str:
    return SEVERITY_LABELS["fr" if language.startswith("fr") else "en"].get(severity, severity)


@dataclass
class Finding:
    """One problem (or remark) about one layer.

    ``code`` is stable (e.g. ``rgpd.personal-columns``); ``message_fr`` is what
    a French-speaking agent reads; ``feature_ids`` name offending features, the first
    ``MAX_FEATURE_IDS`` of them: ``feature_count`` then says how many there are in all.
    """

    code: str
    severity: str
    layer: str
    message_fr: str
    message_en: str = ""
    feature_ids: list[int] = dataclasses.field(default_factory=list)
    field: Optional[str] = None
    suggestions: list[str] = dataclasses.field(default_factory=list)
    feature_count: Optional[int] = None  # offending features in all, when more than feature_ids lists

    @property
    def features(self) -> int:
        """How many features the finding is about."""
        return self.feature_count if self.feature_count is not None else len(self.feature_ids)

    def message(self, language: str = "fr") -> str:
        return self.message_fr if language.startswith("fr") else (self.message_en or self.message_fr)


class Tally:
    """Offending features of one rule, gathered batch after batch: how many, the first ``cap`` ids
    (every one when ``cap`` is None) and the first ``EXAMPLES`` (id, value) pairs a message quotes.

    >>> tally = Tally(cap=2)
    >>> tally.add([4, 9, 12], ["a", "b", "c"]); tally.add([20], ["d"])
    >>> tally.count, tally.ids, tally.examples
    (4, [4, 9], [(4, 'a'), (9, 'b'), (12, 'c')])
    """

    def __init__(self, cap: Optional[int] = MAX_FEATURE_IDS):
        self.cap = cap
        self.count = 0
        self.ids: list[int] = []
        self.examples: list[tuple] = []

    def add(self, ids, values=None, count: Optional[int] = None) -> None:
        """Offending ``ids`` (in layer order) with their ``values`` when messages quote them;
        ``count`` when ``ids`` are only the first of more."""
        ids = ids.tolist() if hasattr(ids, "tolist") else list(ids)
        self.count += len(ids) if count is None else count
        room = len(ids) if self.cap is None else max(self.cap - len(self.ids), 0)
        if room:
            self.ids += [int(i) for i in ids[:room]]
        if values is not None and len(self.examples) < EXAMPLES:
            wanted = EXAMPLES - len(self.examples)
            values = values.tolist() if hasattr(values, "tolist") else list(values)
            self.examples += list(zip((int(i) for i in ids[:wanted]), values[:wanted]))

    @property
    def capped(self) -> Optional[int]:
        """The total count when ``ids`` lists only part of it (for ``Finding.feature_count``), else None."""
        return self.count if self.count > len(self.ids) else None

    def __bool__(self) -> bool:
        return self.count > 0


@dataclass
class Report:
    """All findings of one check run."""

    findings: list[Finding] = dataclasses.field(default_factory=list)
    #: a profile downloaded from a URL, checked against its portal for this run (a ProfileUpdate), or None
    profile_update: object = None

    @property
    def errors(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == ERROR]

    @property
    def warnings(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == WARNING]

    def codes(self, layer: Optional[str] = None) -> set[str]:
        return {f.code for f in self.findings if layer is None or f.layer == layer}

    def for_layer(self, layer: str) -> list[Finding]:
        return [f for f in self.findings if f.layer == layer]

    def extend(self, findings: Iterable[Finding]) -> None:
        self.findings.extend(findings)

    @property
    def ok(self) -> bool:
        return not self.errors

    def to_csv(self, language: str = "fr") -> str:
        out = io.StringIO()
        writer = csv.writer(out)
        writer.writerow(["layer", "severity", "code", "field", "message", "feature_ids", "suggestions"])
        for f in self.findings:
            writer.writerow([f.layer, f.severity, f.code, f.field or "", f.message(language),
                             " ".join(map(str, f.feature_ids)), "; ".join(f.suggestions)])
        return out.getvalue()

    def to_html(self, language: str = "fr") -> str:
        titles = {"fr": ("Rapport de vérification Passerelle", "Couche", "Gravité", "Code", "Message",
                         "Entités", "Aucun problème trouvé."),
                  "en": ("Passerelle check report", "Layer", "Severity", "Code", "Message",
                         "Features", "No problem found.")}
        t = titles["fr" if language.startswith("fr") else "en"]
        rows = "\n".join(
            f"<tr class='{html.escape(f.severity)}'><td>{html.escape(f.layer)}</td>"
            f"<td>{html.escape(severity_label(f.severity, language))}</td><td><code>{html.escape(f.code)}</code></td>"
            f"<td>{html.escape(f.message(language))}</td>"
            f"<td>{html.escape(' '.join(map(str, f.feature_ids[:50])))}</td></tr>"
            for f in self.findings)
        body = (f"<table><tr><th>{t[1]}</th><th>{t[2]}</th><th>{t[3]}</th><th>{t[4]}</th><th>{t[5]}</th></tr>"
                f"{rows}</table>") if self.findings else f"<p>{t[6]}</p>"
        return (f"<!DOCTYPE html><html lang='{language[:2]}'><head><meta charset='utf-8'><title>{t[0]}</title>"
                "<style>body{font-family:sans-serif}td,th{border:1px solid #ccc;padding:4px}"
                ".error{background:#fdd}.warning{background:#ffd}</style></head>"
                f"<body><h1>{t[0]}</h1>{body}</body></html>")
