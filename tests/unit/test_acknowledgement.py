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
