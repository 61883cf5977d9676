"""The audit report: every record's summary, every finding, and the figures the dashboard shows.

The same figures go to the JSON (:meth:`AuditReport.to_dict`) and to the HTML dashboard
(:mod:`.dashboard`), computed once here, so the two always agree.
"""
from __future__ import annotations

import csv
import io
import json
from collections import Counter, OrderedDict
from dataclasses import dataclass, field
from typing import Optional

from ..findings import ERROR, INFO, WARNING
from .codes import LINK_CODES
from .model import ACCESS_CATEGORIES, AuditFinding, RecordSummary

#: Columns of the findings CSV (stable: scripts read them).
CSV_COLUMNS = ("code", "severity", "organisation", "record", "identifier", "title", "field", "url", "message")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
NO_ORGANISATION = "(sans organisation)"
NO_FREQUENCY = "(non renseignée)"


def spreadsheet_safe(value) -> str:
    """``value`` as a CSV cell a spreadsheet will not run: a cell starting with = + - @ (a formula) gets a
    leading apostrophe.

    >>> spreadsheet_safe("=HYPERLINK(\\"http://x\\")"), spreadsheet_safe("Voirie")
    ('\\'=HYPERLINK("http://x")', 'Voirie')
    """
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


@dataclass
class AuditReport:
    """What :func:`passerelle.api.audit` found.

    ``records``: one :class:`RecordSummary` per record audited; ``findings``: every
    :class:`AuditFinding` (record checks under their usual codes, audit checks under ``audit.*``);
    ``complete``: False when the audit was cancelled before its end; ``files``: the outputs written
    (``html``, ``csv``, ``json``, ``gpkg``) when an output folder was given.
    """

    source: str
    source_kind: str = ""
    profile: str = ""
    today: str = ""
    generated: str = ""
    records: list = field(default_factory=list)
    findings: list = field(default_factory=list)
    settings: dict = field(default_factory=dict)
    links_checked: int = 0
    complete: bool = True
    repeated: int = 0  # records the source served twice (paging), audited once
    files: dict = field(default_factory=dict)

    # -- reading ----------------------------------------------------------------------------------
    @property
    def errors(self) -> list:
        return [f for f in self.findings if f.severity == ERROR]

    @property
    def warnings(self) -> list:
        return [f for f in self.findings if f.severity == WARNING]

    def codes(self, record: Optional[str] = None) -> set:
        """The codes found (about the record of key ``record`` when given)."""
        return {f.code for f in self.findings if record is None or f.record == record}

    def for_record(self, key: str) -> list:
        return [f for f in self.findings if f.record == key]

    def record(self, key: str) -> Optional[RecordSummary]:
        return next((r for r in self.records if r.key == key), None)

    # -- figures ----------------------------------------------------------------------------------
    def totals(self) -> dict:
        severities = Counter(f.severity for f in self.findings)
        return {"records": len(self.records), "organisations": len({r.organisation for r in self.records}),
                "findings": len(self.findings), "errors": severities.get(ERROR, 0),
                "warnings": severities.get(WARNING, 0), "infos": severities.get(INFO, 0),
                "records_with_errors": sum(1 for r in self.records if r.errors),
                "clean_records": sum(1 for r in self.records if not (r.errors or r.warnings)),
                "completeness": _percent(sum(r.completeness for r in self.records), len(self.records)),
                "overdue": sum(1 for r in self.records if r.overdue),
                "broken_links": sum(1 for f in self.findings if f.code in LINK_CODES),
                "links_checked": self.links_checked,
                "access": {category: sum(1 for r in self.records if r.access == category)
                           for category in ACCESS_CATEGORIES}}

    def organisations(self) -> list:
        """One row per organisation (most records first): completeness, access shares, overdue updates,
        broken links and findings."""
        rows: dict = OrderedDict()
        for summary in self.records:
            name = summary.organisation or NO_ORGANISATION
            row = rows.setdefault(name, {"organisation": name, "records": 0, "completeness": 0.0,
                                         **{category: 0 for category in ACCESS_CATEGORIES}, "overdue": 0,
                                         "broken_links": 0, "errors": 0, "warnings": 0, "infos": 0})
            row["records"] += 1
            row["completeness"] += summary.completeness
            row[summary.access] += 1
            row["overdue"] += int(summary.overdue)
            row["broken_links"] += summary.broken_links
            row["errors"] += summary.errors
            row["warnings"] += summary.warnings
            row["infos"] += summary.infos
        for row in rows.values():
            row["completeness"] = _percent(row["completeness"], row["records"])
            for category in ACCESS_CATEGORIES:
                row[f"{category}_share"] = _percent(row[category], row["records"])
        return sorted(rows.values(), key=lambda row: (-row["records"], row["organisation"].lower()))

    def overdue_by_frequency(self) -> list:
        """Per declared update frequency: records declaring it, and those overdue."""
        rows: dict = {}
        for summary in self.records:
            label = summary.frequency_label or (summary.frequency or NO_FREQUENCY)
            row = rows.setdefault(label, {"frequency": summary.frequency, "label": label, "records": 0, "overdue": 0})
            row["records"] += 1
            row["overdue"] += int(summary.overdue)
        return sorted(rows.values(), key=lambda row: (-row["overdue"], -row["records"], row["label"]))

    def by_code(self) -> list:
        """(code, severity, count), most frequent first."""
        counts = Counter((f.code, f.severity) for f in self.findings)
        return [(code, severity, count) for (code, severity), count in
                sorted(counts.items(), key=lambda item: (-item[1], item[0][0]))]

    # -- outputs ----------------------------------------------------------------------------------
    def to_dict(self) -> dict:
        return {"source": self.source, "source_kind": self.source_kind, "profile": self.profile,
                "today": self.today, "generated": self.generated, "complete": self.complete,
                "settings": self.settings, "repeated": self.repeated, "totals": self.totals(),
                "organisations": self.organisations(), "overdue_by_frequency": self.overdue_by_frequency(),
                "codes": {code: count for code, _severity, count in self.by_code()},
                "findings": [f.to_dict() for f in self.findings], "records": [r.to_dict() for r in self.records]}

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=1)

    def to_csv(self, language: str = "fr") -> str:
        """Every finding, one per line (:data:`CSV_COLUMNS`), cells that a spreadsheet would run neutralised."""
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(CSV_COLUMNS)
        for f in self.findings:
            writer.writerow([spreadsheet_safe(v) for v in (f.code, f.severity, f.organisation, f.record,
                                                             f.identifier, f.title, f.field, f.url,
                                                             f.message(language))])
        return out.getvalue()

    def to_html(self, language: str = "fr") -> str:
        """The self-contained dashboard (charts inline, nothing loaded from the network)."""
        from .dashboard import render

        return render(self, language)


def sort_findings(findings: list) -> list:
    """Errors first, then by organisation, record and code."""
    rank = {ERROR: 0, WARNING: 1, INFO: 2}
    return sorted(findings, key=lambda f: (rank.get(f.severity, 3), f.organisation.lower(), f.title.lower(),
                                           f.record, f.code, f.url))


def _percent(total: float, count: int) -> float:
    return round(100.0 * total / count, 1) if count else 0.0


__all__ = ["AuditReport", "AuditFinding", "RecordSummary", "CSV_COLUMNS", "spreadsheet_safe", "sort_findings"]
