"""Ranges and year slips settled against the patient's appointments (rules/mentions.py)."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from rules.mentions import sessions_counted, settle_mentions
from rules.models import Appointment, AppointmentStatus, DateMention, OutboxRef
from tests.unit.factories import BERLIN, appointment

MAIL = datetime(2026, 2, 27, 9, 0, tzinfo=BERLIN)
TUESDAYS = tuple(
    appointment(id=n, start=datetime(2026, 2, day, 10, 0, tzinfo=BERLIN))
    for n, day in enumerate((3, 10, 17, 24), start=1)
)
SPAN = (date(2026, 2, 3), date(2026, 2, 24))


def ends(sentence: str, span: tuple[date, date] = SPAN) -> tuple[DateMention, ...]:
    return tuple(DateMention(day=day, sentence=sentence, ambiguous=True, span=span) for day in span)


def settle(
    mentions: tuple[DateMention, ...],
    appointments: tuple[Appointment, ...] = TUESDAYS,
    thread: tuple[OutboxRef, ...] = (),
) -> list[tuple[str, bool]]:
    settled = settle_mentions(
        mentions, appointments=appointments, thread=thread, mail_date=MAIL, timezone="Europe/Berlin"
    )
    return [(m.day.isoformat(), m.ambiguous) for m in settled]


ALL_FOUR = [(f"2026-02-{d:02d}", False) for d in (3, 10, 17, 24)]
UNCLEAR = [("2026-02-03", True), ("2026-02-24", True)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("vom 3. bis 24. Februar haben alle Behandlungen stattgefunden", ALL_FOUR),
        ("ich bestätige die Behandlungen vom 3. bis 24. Februar", ALL_FOUR),
        ("vom 3. bis 24. Februar haben alle vier Termine stattgefunden", ALL_FOUR),
        ("vom 3. bis 24. Februar haben drei Termine stattgefunden", UNCLEAR),  # count misfits
        ("vom 3. bis 24. Februar war ich in Behandlung", UNCLEAR),  # not each session
    ],
)
def test_a_range_confirms_what_the_mail_says_of_all_of_it(
    sentence: str, expected: list[tuple[str, bool]]
) -> None:
    assert settle(ends(sentence)) == expected


def test_a_range_with_one_appointment_inside_names_it() -> None:
    week = (date(2026, 2, 9), date(2026, 2, 13))
    one = (appointment(id=9, start=datetime(2026, 2, 12, 10, 0, tzinfo=BERLIN)),)
    assert settle(ends("in der KW 7 hat die Behandlung stattgefunden", week), one) == [
        ("2026-02-12", False)
    ]


def test_two_sessions_on_one_day_inside_stay_unclear() -> None:
    twice = (*TUESDAYS, appointment(id=8, start=datetime(2026, 2, 10, 15, 0, tzinfo=BERLIN)))
    assert settle(ends("alle Behandlungen vom 3. bis 24. Februar"), twice) == UNCLEAR


def test_a_corrected_year_counts_only_on_an_appointment_day() -> None:
    guess = DateMention(
        day=date(2026, 2, 24), sentence="am 24.2.2025", ambiguous=True, year_guess=True
    )
    assert settle((guess,)) == [("2026-02-24", False)]
    assert settle((guess,), appointments=TUESDAYS[:2]) == [("2026-02-24", True)]


def test_last_years_number_in_a_reply_to_our_request_for_that_day() -> None:
    written = DateMention(day=date(2025, 2, 24), sentence="Erhalt der Leistung am 24.02.2025")
    request = OutboxRef(
        message_id="<r@p>", kind="confirmation_request", patient_id=1, appointment_id=4
    )
    assert settle((written,), thread=(request,)) == [("2026-02-24", False)]
    assert settle((written,)) == [("2025-02-24", False)]  # no request: as written, for staff


def every_tuesday(
    sentence: str = "jeden Dienstag im Februar war Behandlung",
) -> tuple[DateMention, ...]:
    return tuple(
        DateMention(day=day, sentence=sentence, ambiguous=True, span=SPAN, weekday=1)
        for day in SPAN
    )


def test_every_weekday_of_a_month_confirms_each_open_one_on_that_weekday() -> None:
    thursday = appointment(id=7, start=datetime(2026, 2, 12, 10, 0, tzinfo=BERLIN))
    assert settle(every_tuesday(), (*TUESDAYS, thursday)) == ALL_FOUR


def test_every_weekday_with_a_cancelled_one_leaves_that_day_unclear() -> None:
    first, *rest = TUESDAYS
    cancelled = appointment(id=first.id, start=first.start, status=AppointmentStatus.CANCELLED)
    assert settle(every_tuesday(), (cancelled, *rest)) == [
        ("2026-02-03", True),
        *ALL_FOUR[1:],
    ]


def test_every_weekday_without_an_appointment_on_it_stays_unclear() -> None:
    thursday = appointment(id=7, start=datetime(2026, 2, 12, 10, 0, tzinfo=BERLIN))
    assert settle(every_tuesday(), (thursday,)) == UNCLEAR


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        ("zwei Termine am 6.4., beide haben stattgefunden", 2),
        ("alle drei Sitzungen haben stattgefunden", 3),
        # blind U u06: two sessions of one day, "beides"
        ("heute früh KGG und heute Mittag MT, beides hat stattgefunden", 2),
        ("zwei Termine, einer hat stattgefunden", None),
        # a date's number is no count (blind BE be16)
        ("beide termine am 18.5 haben stattgefunden", 2),
        ("am 18.5 haben 3 Termine stattgefunden, alle drei", 3),
        ("die Behandlung am 6.4. hat stattgefunden", None),
    ],
)
def test_sessions_counted(sentence: str, count: int | None) -> None:
    assert sessions_counted(sentence) == count
