"""Two sessions on one day, read session by session (rules/day_sessions.py): each one the
words name as held is held, each one said missed, cut short, moved or unclear is not, and
nothing is read from words that name neither."""

from __future__ import annotations

from datetime import time

import pytest

from rules.day_sessions import DaySession, read_day_sessions
from rules.models import Kind, Treatment

MORNING = DaySession(id=1, start=time(7, 30), treatment=Treatment.KGG, kind=Kind.VIDEO)
MIDDAY = DaySession(id=2, start=time(12, 30), treatment=Treatment.MT, kind=Kind.VIDEO)


def _read(
    text: str, *, asked: int | None = None, other_days: tuple[str, ...] = ()
) -> tuple[list[int], list[int], list[int], bool] | None:
    reading = read_day_sessions(
        text,
        (MORNING, MIDDAY),
        asked=asked,
        names_the_day=lambda clause: "18.5" in clause,
        names_another_day=lambda clause: any(day in clause for day in other_days),
        mail_of_this_day_only=not other_days,
    )
    if reading is None:
        return None
    return (
        sorted(reading.held),
        sorted(reading.not_held),
        sorted(reading.unclear),
        reading.unassigned_yes,
    )


@pytest.mark.parametrize(
    ("text", "asked", "held"),
    [
        # blind JB: both, by order, by time of day, by kind, by clock, as "beide"
        ("Der zweite Termin heute hat stattgefunden, der erste übrigens auch.", None, [1, 2]),
        ("Mittags ja, morgens auch. Danke!", None, [1, 2]),
        ("Das Gerätetraining und die MT vom 18.05. bestätige ich hiermit.", None, [1, 2]),
        ("Beide ok.\nGruß P.H.", 2, [1, 2]),
        ("Ja, an dem Tag fanden beide Termine statt, der frühe und der mittags.", 2, [1, 2]),
        ("Ja, und der Mittagstermin auch.", 1, [1, 2]),
        ("Termine 7:30 und 12:30 Uhr am 18.5. – beide gehabt, alles gut.", None, [1, 2]),
        (
            "Yes, both my sessions on May 18 (equipment training in the morning and manual "
            "therapy at lunchtime) took place as planned.",
            None,
            [1, 2],
        ),
        ("Halb acht ja, halb eins auch.", None, [1, 2]),
        ("Ja, der frühe.", None, [1]),
        ("MT heute top.", None, [2]),
        ("Das Gerätetraining war ok, keine Probleme.", None, [1]),
        # a list of the month, then "alle"
        (
            "- 11.05. Gerätetraining\n- 18.5. zweimal: früh Gerätetraining und mittags "
            "Manuelle Therapie\n\nAlle Termine haben stattgefunden.",
            None,
            [1, 2],
        ),
        # moved within the day, then said held in full
        (
            "Beide haben stattgefunden. Den Gerätetermin haben wir auf 8 Uhr geschoben, aber "
            "der lief dann komplett.",
            None,
            [1, 2],
        ),
    ],
)
def test_sessions_said_held(text: str, asked: int | None, held: list[int]) -> None:
    reading = _read(text, asked=asked)
    assert reading is not None
    assert reading[0] == held
    assert reading[1] == []
    assert reading[2] == []


@pytest.mark.parametrize(
    ("text", "asked", "held", "not_held"),
    [
        # blind JB: one held, the other missed, cut short, moved, in doubt
        (
            "um 7:30 ja. Den um 12:30 habe ich leider verpasst, saß noch im Meeting. Tut mir leid!",
            None,
            [1],
            [2],
        ),
        (
            "Das Gerätetraining war ok. Die MT mussten wir nach 15 Minuten abbrechen, das "
            "Video ist ständig eingefroren.",
            2,
            [1],
            [2],
        ),
        (
            "Der erste heute ja. Der zweite fand nicht statt, die Therapeutin ist nicht in "
            "den Raum gekommen.",
            2,
            [1],
            [2],
        ),
        (
            "Der frühe ja. Den zweiten haben wir spontan auf 14 Uhr verschoben, der hat dann "
            "auch stattgefunden.",
            2,
            [1],
            [2],
        ),
        ("MT heute top. Das Gerätetraining früh hab ich verschlafen, sorry.", None, [2], [1]),
        (
            "confirming the 7:30 session this morning. The 12:30 one was cut short after about "
            "10 minutes because the therapist had an emergency.",
            2,
            [1],
            [2],
        ),
        (
            "Ja. Der frühe Termin war allerdings nur eine Viertelstunde, dann war die "
            "Verbindung weg.",
            2,
            [2],
            [1],
        ),
        # blind EX ex19: "ausfallen lassen" beside a yes for the morning
        (
            "den Termin heute früh (Gerät) bestätige ich, den Mittag-Termin (MT) musste ich "
            "leider ausfallen lassen, war in einem Meeting gefangen.",
            None,
            [1],
            [2],
        ),
        ("Der um 8 war gut, der andere nicht.", None, [1], [2]),
        ("Der erste fiel aus, der zweite auch.", None, [], [1, 2]),
    ],
)
def test_one_held_the_other_not(
    text: str, asked: int | None, held: list[int], not_held: list[int]
) -> None:
    reading = _read(text, asked=asked)
    assert reading is not None
    assert reading[0] == held
    assert reading[1] == not_held


@pytest.mark.parametrize(
    "text",
    [
        # said short in words the clauses do not carry
        "Heute war alles gut. Die MT war aber kurz.",
        # a question of the session is no yes for it
        "Zählt die MT heute trotzdem, obwohl sie nur 10 Minuten ging? Beide ok.",
        # words of trouble that are neither yes nor no (blind DY dy06)
        "Das Gerätetraining früh hat stattgefunden, den MT-Termin mittags musste ich leider "
        "sausen lassen, Kundentermin.",
        # thanks for both is no yes for either
        "Vielen Dank für beide Termine heute!",
    ],
)
def test_the_midday_session_is_never_held_on_unclear_words(text: str) -> None:
    reading = _read(text)
    assert reading is not None
    assert 2 not in reading[0]
    assert 2 in reading[1] or 2 in reading[2]


def test_order_words_and_both_name_no_session_beside_another_day() -> None:
    # "Am 11.5. und 18.5. ...: der erste hat stattgefunden" - the first DAY, not session
    text = "Am 11.5. und 18.5. hatte ich Termine. Der erste hat stattgefunden, beide ok."
    assert _read(text, other_days=("11.5",)) is None


def test_both_sessions_of_the_day_named_beside_another_day() -> None:
    # blind Q q12: "beide Termine am 18.05." says which day's both
    text = "ich bestätige den 11.05. sowie beide Termine am 18.5. (KGG morgens und MT mittags)."
    reading = _read(text, asked=2, other_days=("11.05",))
    assert reading is not None
    assert reading[0] == [1, 2]


def test_a_clause_of_another_day_passes_no_denial_on() -> None:
    # blind JD jd23: the 26th's "da war ich krank" is not about the 18th's sessions
    text = (
        "am 18.5. haben beide Termine stattgefunden (früh das Gerät, mittags die Manuelle). "
        "Der Termin am 26.5. ist ausgefallen, da war ich krank."
    )
    reading = _read(text, other_days=("26.5",))
    assert reading is not None
    assert reading[:3] == ([1, 2], [], [])


@pytest.mark.parametrize(
    "text",
    [
        "Ja, hat stattgefunden.",  # names neither: the day as a whole (thread or staff)
        "heute ja",
        "the 2 pm one was fine",  # a time that is no session's
    ],
)
def test_no_reading_without_a_session_named(text: str) -> None:
    assert _read(text) is None


@pytest.mark.parametrize("text", ["Ja, hat stattgefunden.", "Hat heute geklappt, danke!"])
def test_a_yes_naming_no_session_under_our_request_is_for_the_one_asked(text: str) -> None:
    # blind JD jd10: our request asked about the midday session
    reading = _read(text, asked=2)
    assert reading is not None
    assert reading[:3] == ([2], [], [])


def test_a_yes_that_names_no_session_is_unassigned() -> None:
    reading = _read("Heute hat es geklappt. Die MT war super.")
    assert reading is not None
    assert reading[0] == [2]
    assert reading[3] is True


def test_clauses_after_another_day_stay_with_it() -> None:
    # "Mittags auch" after the 11th's yes is the 11th's midday, not the 18th's
    reading = _read("Am 11.5. war alles gut. Mittags auch.", other_days=("11.5",))
    assert reading is None or 2 not in reading[0]
    # ... until a clause names the day again
    reading = _read("Am 11.5. war alles gut. Am 18.5. mittags auch.", other_days=("11.5",))
    assert reading is not None
    assert reading[0] == [2]


def test_a_yes_beside_another_day_is_not_the_one_asked() -> None:
    # blind JB jb34: "Ja, am 19.5. hat er stattgefunden." under our request for the 18th
    assert _read("Ja, am 19.5. hat er stattgefunden.", asked=1, other_days=("19.5",)) is None
