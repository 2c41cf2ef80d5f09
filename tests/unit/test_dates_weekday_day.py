"""A weekday before a day without month ("Monday the 7th", "Montag, den 7.") picks the
month in which that day is that weekday - a later month too, so that an appointment to
come is never read as the same weekday last week (blind set J, n13: a billing bug)."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from rules.dates import extract_dates

ZONE = "Europe/Berlin"
MAIL = datetime(2026, 9, 2, 9, 0, tzinfo=ZoneInfo(ZONE))  # a Wednesday


@pytest.mark.parametrize(
    ("text", "day", "certain"),
    [
        ("I confirm my appointment on Monday the 7th.", date(2026, 9, 7), False),
        ("Ich bestätige den Termin am Montag, den 7.", date(2026, 9, 7), False),
        ("Monday the 31st went well.", date(2026, 8, 31), True),
        ("Montag, den 31. hat stattgefunden.", date(2026, 8, 31), True),
        ("Am Freitag, den 28. hat es stattgefunden.", date(2026, 8, 28), True),
        # without a weekday: this month or the last, never a later one
        ("Die Behandlung am 28. hat stattgefunden.", date(2026, 8, 28), True),
    ],
)
def test_weekday_picks_the_month(text: str, day: date, certain: bool) -> None:
    mentions = extract_dates(text, mail_date=MAIL, timezone=ZONE)
    assert [m.day for m in mentions] == [day]
    assert mentions[0].ambiguous is not certain


def test_a_weekday_no_month_fits_stays_doubtful() -> None:
    # 30 August is a Sunday, 30 September a Wednesday, 30 October a Friday: no month
    # around the mail has a Monday the 30th; the day is kept and marked unsure.
    mentions = extract_dates("Monday the 30th was fine.", mail_date=MAIL, timezone=ZONE)
    assert all(m.ambiguous for m in mentions)
