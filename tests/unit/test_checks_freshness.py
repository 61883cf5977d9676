"""freshness.overdue: the declared frequency promises an update by a date."""
import datetime as dt

import pytest

from passerelle.catalogue.checks import freshness

from support.checks import FREQUENCY, complete_record, make_context


def run(vocab, frequency, revised, today):
    record = complete_record(frequency=FREQUENCY + frequency, revised=revised)
    return freshness.check(record, None, make_context(vocab, today=today), "couche")


def test_an_annual_dataset_two_years_old_is_overdue_with_the_due_date_in_french(vocab):
    findings = run(vocab, "ANNUAL", dt.date(2023, 1, 1), dt.date(2025, 1, 1))
    assert [(f.code, f.severity, f.field) for f in findings] == [("freshness.overdue", "warning", "revised")]
    assert "01/01/2023" in findings[0].message_fr and "annuel" in findings[0].message_fr
    assert "06/02/2024" in findings[0].message_fr  # 365 days + 10 % grace


def test_an_annual_dataset_within_its_grace_is_on_time(vocab):
    assert run(vocab, "ANNUAL", dt.date(2024, 1, 1), dt.date(2025, 1, 20)) == []


def test_an_hourly_dataset_revised_two_days_ago_is_overdue_but_not_one_revised_yesterday(vocab):
    today = dt.date(2025, 6, 10)
    assert run(vocab, "HOURLY", dt.date(2025, 6, 8), today)
    assert run(vocab, "HOURLY", dt.date(2025, 6, 9), today) == []


@pytest.mark.parametrize("frequency", ["IRREG", "UNKNOWN", "AS_NEEDED", "NEVER"])
def test_frequencies_without_an_interval_are_never_overdue(vocab, frequency):
    assert run(vocab, frequency, dt.date(2000, 1, 1), dt.date(2025, 1, 1)) == []


def test_iso_durations_are_read_in_days_and_hours():
    assert freshness.parse_duration("P365D") == dt.timedelta(days=365)
    assert freshness.parse_duration("PT1H") == dt.timedelta(hours=1)
    assert freshness.parse_duration("P1Y2M1W") == dt.timedelta(days=365 + 60 + 7)
    assert freshness.parse_duration("P") is None and freshness.parse_duration("annuel") is None
