"""metadata.required: the fields a portal needs before it accepts a record;
metadata.technical-title: a title that is a technical name (see :mod:`.titles`).

Besides the required fields: every responsible party the record names (contact, producer, other
contacts) needs an organisation name and an e-mail, which INSPIRE (TG C.6, C.10) and GeoNetwork's
validation demand of each. The profile's organisation lends its e-mail to the producer that is it.
"""
from __future__ import annotations

import logging

from ..findings import ERROR, Finding
from ..parties import missing_details
from ..terms import is_closed, is_restricted
from . import titles
from .common import field_label

CODES = ("metadata.required",) + titles.CODES
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
    out += _party_details(record, context, layer, {f.field for f in out})
    return out + titles.check(record, data, context, layer)


def _party_details(record, context, layer: str, already: set) -> list[Finding]:
    out = []
    for field, party, missing in missing_details(record, context.organisation):
        if field in already:
            continue  # "required but empty" already said it
        who = party.organisation or party.name or party.email or party.siret
        fr_missing = " et ".join({"organisation": "le nom de l'organisme", "email": "l'adresse électronique"}[m]
                                 for m in missing)
        en_missing = " and ".join({"organisation": "organisation name", "email": "e-mail address"}[m]
                                  for m in missing)
        hint_fr = (" L'adresse de l'organisation du profil vaut pour le producteur qui est cette organisation "
                   "(même SIRET ou même nom)." if field == "producer" and "email" in missing else "")
        out.append(Finding(
            "metadata.required", ERROR, layer,
            f"Le champ « {field_label(field)} » (« {who} ») n'a pas {fr_missing} : les catalogues INSPIRE "
            f"et GeoNetwork exigent les deux pour chaque organisme responsable. Complétez-le.{hint_fr}",
            f"Field '{field_label(field, 'en')}' ('{who}') has no {en_missing}: INSPIRE and GeoNetwork "
            "catalogues require both for every responsible party. Fill it in.",
            field=field))
    return out
