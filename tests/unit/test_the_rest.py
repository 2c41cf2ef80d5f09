"""The rest of a list of sessions (rules/the_rest.py): what a mail says of it, and whether
the days left are that rest."""

from __future__ import annotations

from datetime import date

import pytest

from rules.classify import fold
from rules.the_rest import RestHeld, day_at_place, rest_held, rest_misfit, says_rest_held

LIST = frozenset({date(2026, 3, 4), date(2026, 3, 11), date(2026, 3, 18)})
WRITTEN = "4.3., 11.3. und 18.3."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die anderen zwei Telefonate waren.", RestHeld(count=2, others=True)),
        ("Die andere zwei waren gut.", RestHeld(count=2, others=True)),
        ("die beiden anderen fanden statt", RestHeld(count=2, others=True)),
        ("die übrigen drei ja", RestHeld(count=3, others=True)),
        ("Die anderen haben alle stattgefunden.", RestHeld(others=True)),
        ("die anderen hab ich alle gemacht.", RestHeld(others=True)),
        ("die anderen fünf hatten wir.", RestHeld(count=5, others=True)),
        ("Der Rest hat geklappt.", RestHeld(others=True)),
        ("the rest were fine", RestHeld(others=True)),
        ("The other two took place.", RestHeld(count=2, others=True)),
        ("Bis auf den zweiten waren alle, am 12. war ich krank.", RestHeld(others=True)),
        ("Alle erfolgt bis auf 17.09. (Dienstreise).", RestHeld(others=True)),
        ("zweimal hat es geklappt", RestHeld(count=2)),
        ("der erste und der letzte ja, der mittlere nicht", RestHeld(count=2, places=(1, -1))),
        ("die ersten zwei ja, den letzten hab ich abgesagt", RestHeld(count=2, places=(1, 2))),
        ("die letzten beiden haben stattgefunden", RestHeld(count=2, places=(-2, -1))),
        ("die anderen auch alle", RestHeld(others=True, elliptic=True)),
        ("die anderen zwei auch.", RestHeld(others=True, elliptic=True)),
    ],
)
def test_what_a_mail_says_of_the_rest(text: str, expected: RestHeld) -> None:
    assert rest_held(fold(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "die anderen waren nicht",
        "die anderen waren genauso",  # like the day denied before
        "die anderen sage ich ab",
        "Waren die anderen ok?",
        "die anderen Termine sind ok",  # coming ones
        "Die anderen hatte ich ja schon bestätigt",
        "Alle Termine bis auf den 12. sind ausgefallen",
        "die letzten drei Termine: 4.3., 11.3., 18.3.",
    ],
)
def test_words_that_say_no_rest_was_held(text: str) -> None:
    assert not says_rest_held(fold(text))


def test_die_anderen_auch_is_no_yes_by_itself() -> None:
    assert rest_held(fold("Am 11.3. war ich krank, die anderen auch.")) is not None
    assert not says_rest_held(fold("Am 11.3. war ich krank, die anderen auch."))


@pytest.mark.parametrize(
    ("rest", "kept", "left_out", "fits"),
    [
        # the others: one left out at least
        (
            RestHeld(count=2, others=True),
            {date(2026, 3, 4), date(2026, 3, 18)},
            {date(2026, 3, 11)},
            True,
        ),
        (RestHeld(others=True), set(LIST), set(), False),
        # a count: as many as are left
        (
            RestHeld(count=3, others=True),
            {date(2026, 3, 4), date(2026, 3, 18)},
            {date(2026, 3, 11)},
            False,
        ),
        (
            RestHeld(count=1, others=True),
            {date(2026, 3, 4), date(2026, 3, 18)},
            {date(2026, 3, 11)},
            False,
        ),
        # places: the days at them, in the order written
        (
            RestHeld(count=2, places=(1, -1)),
            {date(2026, 3, 4), date(2026, 3, 18)},
            {date(2026, 3, 11)},
            True,
        ),
        (
            RestHeld(count=2, places=(1, 2)),
            {date(2026, 3, 4), date(2026, 3, 18)},
            {date(2026, 3, 11)},
            False,
        ),
        # "die anderen auch": never sure
        (RestHeld(others=True, elliptic=True), set(LIST), set(), False),
    ],
)
def test_whether_the_days_left_are_the_rest(
    rest: RestHeld, kept: set[date], left_out: set[date], fits: bool
) -> None:
    assert (rest_misfit(rest, LIST, kept, fold(WRITTEN), left_out=left_out) is None) is fits


def test_more_counted_than_left_keeps_the_days_left() -> None:
    misfit = rest_misfit(
        RestHeld(count=3, others=True),
        LIST,
        {date(2026, 3, 4), date(2026, 3, 18)},
        fold(WRITTEN),
        left_out={date(2026, 3, 11)},
    )
    assert misfit is not None
    assert misfit.keep == "all"


def test_a_day_confirmed_on_its_own_is_not_counted_among_the_rest() -> None:
    four = LIST | {date(2026, 3, 25)}
    kept = {date(2026, 3, 4), date(2026, 3, 11), date(2026, 3, 25)}
    text = fold("4.3., 11.3., 18.3. und 25.3. – the first two happened, and today's was fine")
    rest = RestHeld(count=2, places=(1, 2))
    left_out = {date(2026, 3, 18)}
    assert rest_misfit(rest, four, kept, text, left_out=left_out) is not None
    assert (
        rest_misfit(rest, four, kept, text, on_their_own={date(2026, 3, 25)}, left_out=left_out)
        is None
    )


@pytest.mark.parametrize(
    ("days", "position", "text", "expected"),
    [
        (LIST, 0, WRITTEN, {date(2026, 3, 11)}),  # the middle one
        (LIST, -1, WRITTEN, {date(2026, 3, 18)}),
        (LIST, 2, "4. and 11. March, then 18 March", {date(2026, 3, 11)}),
        (LIST | {date(2026, 3, 25)}, 0, "4.3., 11.3., 18.3., 25.3.", LIST | {date(2026, 3, 25)}),
        (LIST, 1, "18.3., 4.3. und 11.3.", LIST),  # not in the calendar's order
        (LIST, 4, WRITTEN, LIST),  # no fourth
    ],
)
def test_the_day_at_a_place(
    days: frozenset[date], position: int, text: str, expected: set[date]
) -> None:
    assert day_at_place(days, position, fold(text)) == expected


def test_a_place_held_too_after_places_held() -> None:
    # blind IU iu18: "der letzte auch" after "die ersten vier haben stattgefunden"
    rest = rest_held(fold("Die ersten vier haben stattgefunden, der letzte auch."))
    assert rest == RestHeld(count=5, places=(1, 2, 3, 4, -1))
    # by itself "der letzte auch" says nothing held
    assert rest_held(fold("Am 21. war ich krank, der letzte auch.")) is None
