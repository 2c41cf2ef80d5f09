"""A thank-you under our reminder or link mail (rules/acknowledgement.py): read strictly."""

from __future__ import annotations

import pytest

from rules.acknowledgement import is_acknowledgement


@pytest.mark.parametrize(
    "text",
    [
        "Danke für die Erinnerung, ich bin morgen dabei.",
        "👍🏼",
        "Danke, ich habe den Zugangscode erhalten. Bis morgen!\n\nLeonie",
        "Ja, bin morgen dabei.\n\nT. Becker",
        "Thanks, see you tomorrow!",
        "Alles klar, danke 🙏",
    ],
)
def test_a_thank_you_is_an_acknowledgement(text: str) -> None:
    assert is_acknowledgement(text)


@pytest.mark.parametrize(
    "text",
    [
        "Danke, aber ich kann morgen leider nicht.",
        "Danke! Geht das auch eine Stunde später?",
        "Danke, der Termin gestern hat stattgefunden.",
        "Danke, bis morgen. Der Link funktioniert nicht.",
        "Ich bin krank, danke.",
        "",
    ],
)
def test_anything_more_is_no_acknowledgement(text: str) -> None:
    assert not is_acknowledgement(text)


MONDAY_AT_TWO = {"weekdays": frozenset({0}), "times": frozenset({(14, 0)})}


@pytest.mark.parametrize(
    ("text", "acknowledged"),
    [
        # blind CE ce09, ce35, CH ch35, ch37: the session's own weekday and time
        ("Montag passt, bin erreichbar.", True),
        ("Ja, Montag ist gut, ich bin auf dem Handy erreichbar.", True),
        (
            "Danke für die Erinnerung, ich bin morgen um 14 Uhr unter der bekannten Nummer erreichbar.",
            True,
        ),
        ("Danke, Link ist angekommen.", True),
        # another weekday or time proposes a change; any other number is more than thanks
        ("Ja, Dienstag ist gut.", False),
        ("Danke, ich bin morgen um 15 Uhr erreichbar.", False),
        ("Danke, bis morgen 14:30.", False),
        ("Danke, meine neue Nummer ist 0171 2345678.", False),
    ],
)
def test_a_weekday_or_time_must_be_the_sessions_own(text: str, acknowledged: bool) -> None:
    assert is_acknowledgement(text, **MONDAY_AT_TWO) is acknowledged
