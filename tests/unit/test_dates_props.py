"""Properties of extract_dates that hold for any text and any aware mail date."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st

from rules.dates import extract_dates

BERLIN = ZoneInfo("Europe/Berlin")

# Text built from the pieces the grammar reacts to, so that the search reaches its branches.
PIECES = st.sampled_from(
    [
        "6.4.",
        "06.04.2026",
        "29.2.",
        "31.12.",
        "1.1.",
        "2./9.4.",
        "6.-8.4.",
        "6.4",
        "10.30 Uhr",
        "um 10.30",
        "4/6",
        "13/1/99",
        "2026-04-06",
        "April 6th",
        "6. März",
        "Maerz",
        "am",
        "und",
        "oder",
        "bis",
        "vom",
        "den",
        "Montag",
        "Di",
        "letzten",
        "diese Woche",
        "letzte Woche",
        "heute",
        "gestern",
        "vorgestern",
        "yesterday",
        "Termin",
        "Behandlung",
        "nicht",
        "?",
        ".",
        ",",
        "\n",
        "\n\n",
        "> ",
        "geb.",
        "*",
        "Am 6.4. schrieb X <a@b.de>:",
        "-- ",
        "99.99.",
        "0.0.",
        "31.2.",
        " ",
    ]
)
TEXTS = st.one_of(st.text(max_size=200), st.lists(PIECES, max_size=30).map(" ".join))
ZONES = st.sampled_from(
    [ZoneInfo("UTC"), BERLIN, ZoneInfo("Pacific/Kiritimati"), ZoneInfo("Pacific/Pago_Pago")]
)
MAIL_DATES = st.one_of(
    st.datetimes(timezones=ZONES),
    st.datetimes(min_value=datetime(2024, 1, 1), max_value=datetime(2030, 12, 31), timezones=ZONES),
)


def _window(mail_date: datetime) -> tuple[date, date]:
    try:
        local = mail_date.astimezone(BERLIN).date()
    except OverflowError:
        local = mail_date.date()
    try:
        earliest = local.replace(year=local.year - 1)
    except ValueError:  # 29 February, or year 1
        earliest = date.min if local.year == 1 else local.replace(year=local.year - 1, day=28)
    try:
        latest = local + timedelta(days=1)
    except OverflowError:
        latest = date.max
    return earliest, latest


@settings(max_examples=300, deadline=None)
@given(text=TEXTS, mail_date=MAIL_DATES)
def test_never_raises_and_stays_in_window(text: str, mail_date: datetime) -> None:
    mentions = extract_dates(text, mail_date=mail_date)
    earliest, latest = _window(mail_date)
    days = [m.day for m in mentions]
    assert all(earliest <= day <= latest for day in days)
    assert days == sorted(set(days))  # sorted, one mention per day
    assert all(m.sentence for m in mentions)


@settings(max_examples=150, deadline=None)
@given(text=TEXTS, mail_date=MAIL_DATES)
def test_quoted_lines_never_add_days(text: str, mail_date: datetime) -> None:
    quoted = "\n".join("> " + line for line in text.splitlines())
    assert extract_dates("Danke.\n" + quoted, mail_date=mail_date) == ()
