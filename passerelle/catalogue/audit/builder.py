"""An audit in progress: records are added as they are harvested, links and services judged at the end.

    >>> audit = Audit(rules, source="https://geo.region.fr/csw")
    >>> for page in harvested_pages:
    ...     for entry in page:
    ...         audit.add(entry)                       # record checks, duplicate keys, links to check
    >>> results = check_links(audit.urls_to_check())   # {check URL: LinkResult}
    >>> report = audit.finish(results, services)

Only what the report needs is kept per record (a summary, its findings, the keys of its links),
so memory grows with the findings, not with the records' XML.
"""
from __future__ import annotations

import datetime as _dt
from typing import Iterable, Optional

from ..checks.context import CheckContext
from ..findings import ERROR, INFO, WARNING
from . import codes, records
from .duplicates import Duplicates
from .links import link_findings
from .model import AuditFinding, Entry, RecordRef, RecordSummary
from .report import AuditReport, sort_findings
from .services import cross_check


class Audit:
    """Collects the audit of one source (see the module's documentation)."""

    def __init__(self, rules: CheckContext, *, source: str = "", source_kind: str = "", profile: str = "",
                 settings: Optional[dict] = None, timeout: float = 15.0):
        self.rules = rules
        self.public_rules = records.open_rules(rules)
        self.report = AuditReport(source=source, source_kind=source_kind, profile=profile,
                                  today=rules.today.isoformat(), settings=dict(settings or {}),
                                  generated=_dt.datetime.now().astimezone().isoformat(timespec="seconds"))
        self.timeout = timeout
        self.duplicates = Duplicates()
        self._summaries: dict = {}  # record key -> RecordSummary
        self._links: list = []  # (RecordRef, AuditLink) of every followable link
        self._identifiers: set = set()

    @property
    def count(self) -> int:
        return len(self._summaries)

    def add(self, entry: Entry) -> Optional[RecordSummary]:
        """Audit one harvested record; a record already seen (a source paging twice over it) is skipped."""
        if entry.key in self._summaries:
            self.report.repeated += 1
            return None
        if entry.problem is not None:
            fr, en = codes.unreadable(*entry.problem)
            found = [AuditFinding(codes.UNREADABLE, ERROR, entry.key, entry.record.identifier, entry.record.title,
                                  entry.organisation, fr, en)]
            summary = RecordSummary(key=entry.key, identifier=entry.record.identifier, title=entry.record.title,
                                    organisation=entry.organisation, url=entry.url)
        else:
            found = records.check_entry(entry, self.rules, self.public_rules)
            summary = records.summarise(entry, self.rules, found)
            self.duplicates.add(entry)
            ref = RecordRef.of(entry)
            self._links += [(ref, link) for link in entry.links if link.followable]
            self._identifiers.add(entry.record.identifier)
        self._summaries[entry.key] = summary
        self.report.records.append(summary)
        self.report.findings += found
        return summary

    def urls_to_check(self) -> list:
        """The URLs to request, once each: (check URL, kind) with every service's GetCapabilities."""
        seen = {}
        for _ref, link in self._links:
            seen.setdefault(link.check_url, link.kind)
        return list(seen.items())

    def service_links(self) -> list:
        return [(ref, link) for ref, link in self._links if link.is_service]

    def finish(self, link_results: Optional[dict] = None, services: Iterable = (),
               complete: bool = True) -> AuditReport:
        """The report: duplicates, then the links judged by ``link_results`` ({check URL: LinkResult}) and
        each service target's layers against the records (``services``: (Service, {kind: LinkResult}))."""
        found = self.duplicates.findings()
        if link_results is not None:
            self.report.links_checked = len(link_results)
            for ref, link in self._links:
                result = link_results.get(link.check_url)
                if result is not None:
                    found += link_findings(ref, link, result, self.timeout)
        for service, results in services:
            found += cross_check(service, results, self.service_links(), self._identifiers)
        self.report.findings += found
        self.report.findings = sort_findings(_unique(self.report.findings))
        self._count()
        self.report.complete = complete
        return self.report

    def _count(self) -> None:
        for summary in self._summaries.values():
            summary.errors = summary.warnings = summary.infos = summary.broken_links = 0
        for finding in self.report.findings:
            summary = self._summaries.get(finding.record)
            if summary is None:
                continue
            summary.errors += finding.severity == ERROR
            summary.warnings += finding.severity == WARNING
            summary.infos += finding.severity == INFO
            summary.broken_links += finding.code in codes.LINK_CODES


def _unique(findings: list) -> list:
    """The findings, a missing layer said once per record and link: the link check and the service
    cross-check may both find it."""
    seen, out = set(), []
    for finding in findings:
        key = (finding.code, finding.record, finding.url) if finding.code == codes.LAYER_MISSING else id(finding)
        if key not in seen:
            seen.add(key)
            out.append(finding)
    return out
