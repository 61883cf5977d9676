"""scdl.*: what the OpenDataFrance SCDL catalogue needs from an open record (SIRET, place, keywords...).

The SCDL « Catalogue simplifié » lists a collectivity's open data, and the export refuses a record it
cannot fill in (:class:`..encoders.scdl.ScdlExportError`, same codes). Judged for open records only,
when the SCDL export is in play (an error) or an open target is (a warning: open-data catalogues are
expected to list the data). The columns filled from the published resources are left to the export, but
not the public address they are written under: an SCDL export without one is ``scdl.base-url-missing``.
"""
from __future__ import annotations

from ..encoders import scdl
from ..findings import ERROR, WARNING, Finding
from ..terms import is_open
from .metadata import is_blank

CODES = (scdl.SIRET_MISSING, scdl.SIRET_INVALID, scdl.MISSING_VALUE, scdl.BASE_URL_MISSING)


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
    out = [base_url_missing(layer)] if severity == ERROR and not context.export_base_url else []
    for error in scdl.record_problems(record, organisation=organisation, vocabularies=context.vocabularies,
                                      today=context.today):
        if _said_elsewhere(record, error, context):
            continue
        out.append(Finding(error.code, severity, layer, error.message_fr, error.message_en,
                           field=error.field or (owner_field if error.column.startswith("COLL_") else None)))
    return out


def base_url_missing(layer: str) -> Finding:
    """The SCDL catalogue requested without the public address its URL column needs."""
    return Finding(
        scdl.BASE_URL_MISSING, ERROR, layer,
        "Le catalogue SCDL exige des adresses absolues (colonne URL) : indiquez l'adresse publique à laquelle "
        "l'export sera servi (api.export(..., base_url=\"https://data.ville.fr/catalogue/\") ou « export.base_url » "
        "dans le profil), ou exportez sans le format SCDL.",
        "The SCDL catalogue needs absolute addresses (URL column): give the public address the export will be "
        "served at (api.export(..., base_url=...) or the profile's export.base_url), or export without SCDL.")


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
