"""The exception of a confirmation of several sessions (rules/excepting.py)."""

from __future__ import annotations

from datetime import date

import pytest

from rules.excepting import excepted_days, without_its_reason, without_the_exception

MARCH = frozenset({date(2026, 3, 4), date(2026, 3, 11), date(2026, 3, 18), date(2026, 3, 25)})


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("alle Termine im März außer dem 18.", {date(2026, 3, 18)}),
        ("alle bis auf den 18.3., da war ich krank", {date(2026, 3, 18)}),
        ("alle, mit Ausnahme vom Mittwoch, den 25.", {date(2026, 3, 25)}),
        ("all of them except the 11th which I missed", {date(2026, 3, 11)}),
        (
            "alle außer dem 4.3. (abgesagt) und dem 11.3., da hab ich verschlafen",
            {date(2026, 3, 4), date(2026, 3, 11)},
        ),
        (
            "außer dem 18. (Urlaub) haben alle stattgefunden: 4.3., 11.3. und 25.3.",
            {date(2026, 3, 18)},
        ),
        # "nur ... nicht" (blind IH ih06 ih07, IA ia39)
        ("alle seit dem 4.3., nur den 18.3. nicht, da war ich krank", {date(2026, 3, 18)}),
        ("alle termin gemacht, nur 11.3 nicht weil ich musste arbeiten", {date(2026, 3, 11)}),
        ("alle anderen auch, nur nicht am 25., da war Stromausfall", {date(2026, 3, 25)}),
        # standing first, the verb right after it (blind IR ir34)
        ("vom 4.3. bis 25.3. jeden Mittwoch – bis auf den 18.3. waren alle", {date(2026, 3, 18)}),
    ],
)
def test_the_days_an_exception_names(sentence: str, expected: set[date]) -> None:
    assert excepted_days(sentence, MARCH) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "alle bis auf einen, da war ich krank",  # which one: a person asks
        "alle außer dem, den Sie abgesagt hatten",
        "alle außer dem 19.",  # no session of the range on the 19th
        # "nur" before the day confirmed is no exception
        "ich bestätige nur den 4.3., den 11.3. nicht",
        "alle, nur den Mittwoch nicht",  # which Wednesday?
        "alle außer Mittwoch",  # every session is on a Wednesday: which one?
        "alle außer dem 18., den hatte ich auf den 20.3. verschoben",  # the reason names a day
        "alle außer dem 18. und außer dem 25.",  # two exceptions: not read
        "alle außer dem 18. haben stattgefunden: 4.3., 12.3.",  # a day listed outside the range
    ],
)
def test_an_exception_not_plain_is_not_read(sentence: str) -> None:
    assert excepted_days(sentence, MARCH) is None


# Written on Thursday 26 March: last week's Wednesday is the 18th, the one before it the 11th.
THURSDAY_26 = date(2026, 3, 26)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # blind IH ih06: a weekday with its week
        (
            "alle seit dem 4.3., nur den Mittwoch letzte Woche nicht, da hatte ich einen Notfall",
            {date(2026, 3, 18)},
        ),
        ("alle seit dem 4.3., nur den Mittwoch vorletzte Woche nicht", {date(2026, 3, 11)}),
        ("alle im März außer dem letzten Mittwoch, da war ich krank", {date(2026, 3, 25)}),
        ("alle im März außer dem vorletzten Mittwoch", {date(2026, 3, 18)}),
        ("all of them except Wednesday last week, when I was ill", {date(2026, 3, 18)}),
    ],
)
def test_a_weekday_with_its_week(sentence: str, expected: set[date]) -> None:
    assert excepted_days(sentence, MARCH, THURSDAY_26) == expected


def test_a_weekday_with_its_week_outside_the_range_or_without_the_mails_day() -> None:
    # this week's Wednesday (the 25th) is no day of a range up to the 18th
    up_to_18 = frozenset(d for d in MARCH if d.day <= 18)
    assert excepted_days("alle, nur den Mittwoch diese Woche nicht", up_to_18, THURSDAY_26) is None
    assert excepted_days("alle, nur den Mittwoch letzte Woche nicht", MARCH) is None


def test_the_reason_of_an_exception_is_left_out_for_the_doubt_reader() -> None:
    sentence = "den 16., 23. und 30. Januar, ausgenommen den 23., an dem Ihre Therapeutin abbrechen musste."
    assert (
        without_its_reason(sentence).strip() == "den 16., 23. und 30. Januar, ausgenommen den 23."
    )
    # a reason naming another day stays: the doubt reader reads that day too
    moved = "alle außer dem 6.5., den hatte ich auf Freitag, den 8.5., verschoben"
    assert without_its_reason(moved) == moved


def test_the_words_that_confirm_are_those_outside_the_exception() -> None:
    assert without_the_exception(
        "Alle Termine vom 3. bis 24. März haben stattgefunden, außer dem 18."
    ) == ("Alle Termine vom 3. bis 24. März haben stattgefunden")
    assert without_the_exception(
        "Außer dem 18. (Urlaub) haben alle Termine im März stattgefunden"
    ) == ("haben alle Termine im März stattgefunden")
