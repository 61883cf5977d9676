"""freshness.overdue: the declared update frequency is a promise to reusers; say when it is broken."""
from __future__ import annotations

import datetime as _dt
import re

from ..findings import WARNING, Finding
from .common import fr_date

CODES = ("freshness.overdue",)
GRACE = 0.10  # share of the interval tolerated before calling an update late
_DURATION = re.compile(r"P(?:(?P<Y>\d+)Y)?(?:(?P<M>\d+)M)?(?:(?P<W>\d+)W)?(?:(?P<D>\d+)D)?"
                       r"(?:T(?:(?P<h>\d+)H)?(?:(?P<m>\d+)M)?(?:(?P<s>\d+(?:\.\d+)?)S)?)?")


def parse_duration(text: str):
    """ISO 8601 duration -> timedelta (a year counts 365 days, a month 30), None if unreadable.

    >>> parse_duration("P365D"), parse_duration("PT1H")
    (datetime.timedelta(days=365), datetime.timedelta(seconds=3600))
    """
    match = _DURATION.fullmatch((text or "").strip())
    if not match or not any(match.groupdict().values()):
        return None
    part = {k: float(v) if v else 0.0 for k, v in match.groupdict().items()}
    return _dt.timedelta(days=part["Y"] * 365 + part["M"] * 30 + part["W"] * 7 + part["D"],
                         hours=part["h"], minutes=part["m"], seconds=part["s"])


def due_date(revised: _dt.date, interval: _dt.timedelta) -> _dt.date:
    """Last day an update is still on time. Revision dates have no time of day, so at least a day of grace."""
    grace = max(interval * GRACE, _dt.timedelta(days=1))
    try:
        return revised + interval + grace
    except OverflowError:  # revised in year 9999: nothing can be late
        return _dt.date.max


def check(record, data, context, layer: str) -> list[Finding]:
    if not record.revised or not record.frequency:
        return []
    frequency = context.vocabularies.concept(record.frequency)
    interval = parse_duration(frequency.properties.get("expectedInterval", "")) if frequency else None
    if interval is None:
        return []  # irregular, as needed, unknown...: no date was promised
    due = due_date(record.revised, interval)
    if due >= context.today:
        return []
    return [Finding(
        "freshness.overdue", WARNING, layer,
        f"Dernière mise à jour le {fr_date(record.revised)}, fréquence déclarée « {frequency.label('fr')} » : "
        f"une mise à jour était attendue avant le {fr_date(due)}. Mettez à jour la donnée et sa date de "
        f"mise à jour, ou corrigez la fréquence déclarée.",
        f"Last updated on {record.revised.isoformat()}, declared frequency '{frequency.label('en')}': an update "
        f"was expected by {due.isoformat()}. Update the data and its revision date, or fix the declared "
        f"frequency.", field="revised")]
