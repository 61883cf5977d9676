"""Auditing a whole catalogue, headless: the record checks, duplicates, links judged, the report.

The harvesting and the link requests are :mod:`passerelle.audit`'s; everything here works on what
they bring back (:class:`Entry`, :class:`LinkResult`), so it is tested without a network.
"""
from .builder import Audit
from .codes import AUDIT_CODES
from .model import AuditFinding, AuditLink, Entry, LinkResult, RecordSummary
from .records import RECORD_CODES
from .report import AuditReport

#: Every code an audit may report.
CODES = RECORD_CODES + AUDIT_CODES

__all__ = ["Audit", "AuditFinding", "AuditLink", "AuditReport", "CODES", "Entry", "LinkResult", "RecordSummary"]
