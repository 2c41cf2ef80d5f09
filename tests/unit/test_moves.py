"""A session moved by some hours on its own day, told of as done (rules.moves), and what
that changes for a confirming mail: no reschedule request, no hold, no contradicting time."""

from __future__ import annotations

from datetime import datetime

import pytest

from rules.classify import classify_intent, fold
from rules.models import Category
from rules.moves import missed_and_called_again, without_moves_within_the_day
from tests.unit.test_decide import (
    BERLIN,
    FRIDAY_APPOINTMENT,
    MONDAY_APPOINTMENT,
    _new_mail,
    appointment,
)


@pytest.mark.parametrize(
    "text",
    [
        # blind FN fn05, fn25
        "wie am Telefon besprochen haben wir den Termin heute auf 18 Uhr geschoben. "
        "Hat dann geklappt.",
        "Am 6.4. wurde ja von 10 auf 16 Uhr verlegt, hat dann auch so stattgefunden.",
        "The session on 6 April was moved to 4 pm and took place.",
        "Der Termin wurde auf halb fünf verschoben und hat stattgefunden.",
    ],
)
def test_a_move_within_the_day_told_of_as_done_is_dropped(text: str) -> None:
    folded = without_moves_within_the_day(fold(text))
    assert "uhr" not in folded.replace("hat", "")
    assert "pm" not in folded
    assert "halb" not in folded


@pytest.mark.parametrize(
    "text",
    [
        # asked for, still to come, or to another day: a request staff must see
        "Können wir den Termin am 13.4. auf 16 Uhr verschieben?",
        "Morgen wird der Termin auf 16 Uhr verlegt, bitte.",
        "Der Termin wurde auf den 9.4. verschoben.",
        "Wir hatten ihn auf Montag 16 Uhr verschoben.",
        "Could we move the session next week to 4 pm?",
    ],
)
def test_a_move_asked_for_or_to_another_day_stays(text: str) -> None:
    folded = fold(text)
    assert without_moves_within_the_day(folded) == folded
    assert Category.RESCHEDULE in classify_intent(subject="", own_text=text, has_attachments=False)


@pytest.mark.parametrize(
    ("text", "recorded", "staff"),
    [
        (
            "Die Behandlung am 6.4. wurde von 10 auf 16 Uhr verlegt, hat dann stattgefunden.",
            [1],
            False,
        ),
        (
            "The session on 6 April was moved to 4 pm and took place.",
            [1],
            False,
        ),
        # the moved session that did not come about, or a move to another day
        ("Am 6.4. wurde auf 18 Uhr verschoben, dann hat aber niemand angerufen.", [], True),
        ("Der Termin am 6.4. wurde auf den 7.4. verschoben und hat dann stattgefunden.", [], True),
    ],
)
def test_a_session_moved_within_its_day_is_recorded(
    text: str, recorded: list[int], staff: bool
) -> None:
    coming = appointment(4, datetime(2026, 4, 13, 10, 0, tzinfo=BERLIN))
    decision = _new_mail(text, MONDAY_APPOINTMENT, FRIDAY_APPOINTMENT, coming)
    assert sorted(c.appointment_id for c in decision.confirmations) == recorded
    assert bool(decision.staff_reasons) == staff, decision.staff_reasons
    assert (Category.RESCHEDULE in decision.categories) == ("7.4." in text)


@pytest.mark.parametrize(
    ("text", "told"),
    [
        (
            "habe den anruf verpasst, herr lenz hat es dann um 19 uhr nochmal probiert und da "
            "hat es geklappt.",
            "verpasst, herr lenz hat es dann um 19 uhr nochmal probiert",
        ),
        (
            "das telefon nicht gehört, ich war im garten. um halb fünf haben sie es noch einmal "
            "versucht und dann haben wir die übungen in ruhe gemacht.",
            "nicht gehört, ich war im garten. um halb fünf haben sie es noch einmal versucht",
        ),
        (
            "i missed the call, but she called me back at 4 and we did the whole session.",
            "missed the call, but she called me back",
        ),
        # no second call, or no session after it
        ("habe den anruf verpasst und sie haben nicht nochmal angerufen.", None),
        (
            "anruf verpasst. sie hat nochmal angerufen und wir haben einen neuen termin gemacht.",
            None,
        ),
        ("anruf verpasst. sie hat nochmal angerufen, aber wir haben nichts gemacht.", None),
        # the session held after the second call, over a line the mail program broke
        (
            "den link nicht\ngefunden. die therapeutin hat mich um 13 uhr wieder angerufen und\n"
            "dann wir haben die ganze übungen gemacht.",
            "nicht\ngefunden. die therapeutin hat mich um 13 uhr wieder angerufen",
        ),
    ],
)
def test_a_call_missed_and_made_again(text: str, told: str | None) -> None:
    span = missed_and_called_again(text)
    assert (text[span[0] : span[1]] if span else None) == told
