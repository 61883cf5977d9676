"""Responsible parties as catalogues want them: every one with an organisation name and an e-mail.

INSPIRE (TG 2.0 C.6, C.10) and GeoNetwork's validation reject a responsible party without both.
The organisation that owns the catalogue (the profile's ``organisation``: name, siret, email)
lends its e-mail to the record's producer when the producer is that organisation: an agent
tags "Commune de X" as producer once, the profile knows the commune's shared mailbox.

>>> with_owner_email(record, {"siret": "21390999700107", "email": "sig@mairie.fr"}).producer.email
'sig@mairie.fr'
"""
from __future__ import annotations

import dataclasses
import re
from typing import Optional

from .record import Contact, Record


def is_owner(party: Contact, organisation: Optional[dict]) -> bool:
    """Whether ``party`` is the catalogue's organisation: same SIRET, else same name (case and accents aside)."""
    if not organisation:
        return False
    siret = re.sub(r"\D", "", str(organisation.get("siret") or ""))
    if siret and party.siret:
        return re.sub(r"\D", "", party.siret) == siret
    name = _key(organisation.get("name") or "")
    return bool(name) and name == _key(party.organisation)


def with_owner_email(record: Record, organisation: Optional[dict]) -> Record:
    """``record`` with the organisation's e-mail on the producer that is the organisation and has none."""
    email = (organisation or {}).get("email") or ""
    producer = record.producer
    if not email or producer.email or producer.is_empty() and not producer.siret \
            or not is_owner(producer, organisation):
        return record
    return dataclasses.replace(record, producer=dataclasses.replace(producer, email=email))


def responsible_parties(record: Record) -> list[tuple[str, Contact]]:
    """(field, party) of every party an ISO 19139 record names: contact, producer, further contacts."""
    parties = [("contact", record.contact), ("producer", record.producer)]
    parties += [("contacts", other) for other in record.contacts]
    parties += [("metadata_contact", record.metadata_contact)]
    return [(field, party) for field, party in parties if not party.is_empty() or party.siret]


def missing_details(record: Record, organisation: Optional[dict] = None) -> list[tuple[str, Contact, list]]:
    """(field, party, missing) for each party lacking its organisation name and/or e-mail.

    ``missing`` holds ``"organisation"`` and/or ``"email"``; the organisation's e-mail counts
    for the producer that is the organisation.
    """
    completed = with_owner_email(record, organisation)
    out = []
    for field, party in responsible_parties(completed):
        missing = [name for name, value in (("organisation", party.organisation), ("email", party.email))
                   if not (value or "").strip()]
        if missing:
            out.append((field, party, missing))
    return out


def _key(text: str) -> str:
    import unicodedata

    text = unicodedata.normalize("NFKD", text or "").encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", " ", text.lower()).strip()
