"""metadata.required: the fields a portal needs before it accepts a record."""
from __future__ import annotations

import logging

from ..findings import ERROR, Finding
from ..terms import is_closed, is_restricted
from .common import field_label

CODES = ("metadata.required",)
log = logging.getLogger("passerelle.checks")


def is_blank(value) -> bool:
    """True for None, blank text, empty lists and empty contacts."""
    if value is None:
        return True
    if isinstance(value, str):
        return not value.strip()
    if isinstance(value, (list, tuple, set, dict)):
        return not value
    is_empty = getattr(value, "is_empty", None)  # Contact
    return bool(is_empty()) if callable(is_empty) else False


def check(record, data, context, layer: str) -> list[Finding]:
    out = []
    required = list(context.required_fields)
    if is_restricted(record) and "legal_basis" not in required:  # INSPIRE Art. 13(1) wants the reason
        required.append("legal_basis")
    if is_closed(record) and "licence" in required:
        required.remove("licence")  # closed data is never reused: no reuse licence to declare
    for name in required:
        if not hasattr(record, name):
            log.warning("Required field %r is not a record field: ignored", name)
            continue
        if is_blank(getattr(record, name)):
            fr, en = field_label(name, "fr"), field_label(name, "en")
            out.append(Finding(
                "metadata.required", ERROR, layer,
                f"Le champ « {fr} » est obligatoire mais n'est pas renseigné : complétez-le avant de publier."
                + (" Une donnée partagée ou fermée doit dire pourquoi son accès est restreint "
                   "(motif de l'article 13(1) de la directive INSPIRE)." if name == "legal_basis" else ""),
                f"Field '{en}' is required but empty: fill it in before publishing."
                + (" Shared or closed data must state why access is restricted (INSPIRE Art. 13(1))."
                   if name == "legal_basis" else ""),
                field=name))
    return out
