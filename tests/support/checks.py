"""Helpers of the checks tests: a record with nothing to say, a context with a territory."""
import datetime as dt

from passerelle.catalogue.checks import CheckContext
from passerelle.catalogue.checks.context import Territory
from passerelle.catalogue.record import Contact, Extent, Record

OPEN = "https://w3id.org/passerelle/vocabulary/access-level/ouverte"
SHARED = "https://w3id.org/passerelle/vocabulary/access-level/partagee"
CLOSED = "https://w3id.org/passerelle/vocabulary/access-level/fermee"
PERSONAL = "https://w3id.org/passerelle/vocabulary/nature/personnelle"
PUBLIC = "https://w3id.org/passerelle/vocabulary/nature/publique"
ETALAB = "https://spdx.org/licenses/etalab-2.0"
ODBL = "https://spdx.org/licenses/ODbL-1.0"
CC_BY = "https://spdx.org/licenses/CC-BY-4.0"
FR_LO = "https://w3id.org/passerelle/vocabulary/licence/fr-lo"
PROPRIETARY = "https://w3id.org/passerelle/vocabulary/licence/proprietary"
FREQUENCY = "http://publications.europa.eu/resource/authority/frequency/"
COMMUNE = "https://w3id.org/passerelle/vocabulary/granularity/fr-commune"
PUBLIC_SERVICES = "http://inspire.ec.europa.eu/theme/us"

TODAY = dt.date(2025, 6, 1)
#: Doubs (WGS84), where the test features lie.
DOUBS = Territory("Doubs", (5.69, 46.55, 7.07, 47.58))


def complete_record(**changes) -> Record:
    """Open public data, up to date, fully described: no check has anything to say about it."""
    record = Record(
        title="Équipements publics", abstract="Équipements publics de Besançon.", themes=[PUBLIC_SERVICES],
        access=OPEN, nature=PUBLIC, granularity=COMMUNE, frequency=FREQUENCY + "ANNUAL", licence=ETALAB,
        contact=Contact(organisation="Ville de Besançon", email="sig@besancon.fr", siret="21250056500016"),
        keywords=["équipements publics"], place="Besançon",
        extent=Extent(5.95, 47.2, 6.05, 47.3, "EPSG:2154"), revised=dt.date(2025, 1, 15),
        lineage="Relevé terrain du service des bâtiments.")
    return record.replace(**changes)


def make_context(vocab, **changes) -> CheckContext:
    values = dict(vocabularies=vocab, today=TODAY, territory=DOUBS)
    values.update(changes)
    return CheckContext(**values)


def codes(findings) -> set:
    return {f.code for f in findings}


def nir_with_key(first13: str) -> str:
    """A NIR whose key is right (the key is what tells a NIR from any 15-digit number)."""
    number = int(first13.replace("2A", "19").replace("2B", "18"))
    return f"{first13}{97 - number % 97:02d}"


def iban_with_key(country: str, bban: str) -> str:
    digits = "".join(str(int(ch, 36)) for ch in bban + country + "00")
    return f"{country}{98 - int(digits) % 97:02d}{bban}"
