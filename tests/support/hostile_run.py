"""What the hostile tests (tests/hostile) share: the canary secrets, the tally of hostile inputs, what users
were shown and what was logged (both scanned for the canaries at the end: tests/hostile/test_zz_canary.py).
"""
from __future__ import annotations

import os

CANARY_PASSWORD = "Canary-Hostile-Pw-4b7e"
CANARY_KEY = "Canary-Hostile-Key-9c1d"
LOGS: list = []  # every log record of the session, formatted
TALLY: dict = {}  # category -> number of hostile inputs collected
OUTCOMES: list = []  # texts shown to users (outcome and error messages)

#: A complete, valid record: hostile tests change one thing at a time.
BASE_TAGS = dict(abstract="Points d'essai.", access="ouverte", nature="publique", granularity="poi",
                 frequency="annual", licence="etalab-2.0", themes=["us"], place="Saint-Aubin-sur-Loue",
                 contact={"organisation": "Mairie de Saint-Aubin", "email": "sig@saint-aubin.fr",
                          "siret": "21390999700107"},
                 last_revision="2026-10-01", lineage="Généré pour l'essai.", keywords=["essai"])


def shown(*outcomes_or_errors) -> None:
    """Keep what a user would read (outcome messages, errors) for the final canary scan."""
    for item in outcomes_or_errors:
        OUTCOMES.append(" ".join(str(getattr(item, name, "")) for name in ("message_fr", "message_en")) + repr(item))


def all_canaries() -> list:
    """Every secret the hostile tests use, in the forms a leak could take."""
    import base64

    from support.catalogue_standins import CANARY_KEY as STANDIN_KEY
    from support.sdi_standins import CANARY

    values = [CANARY_PASSWORD, CANARY_KEY, CANARY, STANDIN_KEY, os.environ.get("PASSERELLE_AUTH_MASTER_PASSWORD", "")]
    forms = list(values)
    for user in ("editeur", "admin"):
        for password in (CANARY_PASSWORD, CANARY):
            forms.append(base64.b64encode(f"{user}:{password}".encode()).decode())
    return [f for f in forms + EXTRA_SECRETS if f]

#: Secrets of the real servers (CKAN's token, udata's key) once a test has used them: scanned for too.
EXTRA_SECRETS: list = []
