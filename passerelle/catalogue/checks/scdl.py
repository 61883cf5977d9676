"""scdl.*: what the OpenDataFrance SCDL catalogue needs from an open record (SIRET, place, keywords...).

The SCDL « Catalogue simplifié » lists a collectivity's open data, and the export refuses a record it
cannot fill in (:class:`..encoders.scdl.ScdlExportError`, same codes). Judged for open records only,
when the SCDL export is in play (an error) or an open target is (a warning: open-data catalogues are
expected to list the data). The columns filled from the published resources are left to the export.
"""
from __future__ import annotations

from ..encoders import scdl
from ..findings import ERROR, WARNING, Finding
from ..terms import is_open
from .metadata import is_blank

CODES = (scdl.SIRET_MISSING, scdl.SIRET_INVALID, scdl.MISSING_VALUE)


def check(record, data, context, layer: str) -> list[Finding]:
    if not is_open(record):
        return []
    if "scdl" in context.formats:
        severity = ERROR
    elif "open" in context.target_kinds:
        severity = WARNING
    else:
        return []
    organisation = context.organisation or scdl.collectivity_of([record])
    # Without a profile naming the collectivity, its name and SIRET come from the record's producer or contact.
    owner_field = None if context.organisation else ("producer" if not record.producer.is_empty() else "contact")
    out = []
    for error in scdl.record_problems(record, organisation=organisation, vocabularies=context.vocabularies,
                                      today=context.today):
        if _said_elsewhere(record, error, context):
            continue
        out.append(Finding(error.code, severity, layer, error.message_fr, error.message_en,
                           field=error.field or (owner_field if error.column.startswith("COLL_") else None)))
    return out


def _said_elsewhere(record, error, context) -> bool:
    """An empty required field (metadata.required) or an unknown concept (vocabulary.unknown) is already reported."""
    name = error.field
    if error.code != scdl.MISSING_VALUE or not name or name not in scdl.COLUMN_FIELDS.values():
        return False
    value = getattr(record, name, None)
    if is_blank(value):
        return name in context.required_fields
    return name in ("granularity", "frequency", "licence") \
        and context.vocabularies.concept(value) is None
