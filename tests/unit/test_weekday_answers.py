"""rules/weekday_answers.py: answers given by the day's name ("Mo ✓", "Mittwoch war
vollständig", "The Monday one yes", "gestern ✓ / mittwoch davor ✓"), clause by clause, and
the day each one means. The grammar takes a clause only when it is a day phrase and a
verdict and nothing else, so the near-misses below must read as no yes."""

from __future__ import annotations

from datetime import date

import pytest

from rules.weekday_answers import answer_day, weekday_answers

FRIDAY = date(2026, 2, 27)  # the mail's day in these rows


def _read(text: str, mail_day: date = FRIDAY) -> list[tuple[str, str | None]]:
    """Each answer as ("yes"/"no", its day) in order."""
    found = []
    previous = None
    for answer in weekday_answers(text):
        day = previous = answer_day(answer, mail_day, previous)
        found.append(("yes" if answer.held else "no", day.isoformat() if day else None))
    return found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # signs and bare yeses after a weekday, abbreviated too
        (
            "Mo ✓\nDo ✗ (war krank, hab morgens angerufen)",
            [("yes", "2026-02-23"), ("no", "2026-02-26")],
        ),
        ("Mo ✓ / Do ✗", [("yes", "2026-02-23"), ("no", "2026-02-26")]),
        ("am Montag: ja", [("yes", "2026-02-23")]),
        ("Montag, ja", [("yes", "2026-02-23")]),
        ("Ja, Montag.", [("yes", "2026-02-23")]),
        ("Montag ja und Mittwoch auch", [("yes", "2026-02-23"), ("yes", "2026-02-25")]),
        ("Montag 👍🏽", [("yes", "2026-02-23")]),
        # verdicts in the past
        ("Montag war komplett. Heute ist die Verbindung abgebrochen.", [("yes", "2026-02-23")]),
        ("Mittwoch war vollständig.", [("yes", "2026-02-25")]),
        ("Der Dienstag hat stattgefunden, es war der letzte Termin.", [("yes", "2026-02-24")]),
        ("Heute hat's geklappt, danke.", [("yes", "2026-02-27")]),
        ("Wednesday was fine.", [("yes", "2026-02-25")]),
        # the week named, before or after the weekday; "letzten", "vorletzten"
        ("Letzten Dienstag war gut.", [("yes", "2026-02-24")]),
        (
            "Donnerstag letzte Woche ja, gestern nicht",
            [("yes", "2026-02-19"), ("no", "2026-02-26")],
        ),
        ("letzte Woche Montag ja", [("yes", "2026-02-16")]),
        (
            "Freitag vorletzte Woche ja, letzten Freitag nicht",
            [("yes", "2026-02-13"), ("no", "2026-02-20")],
        ),
        ("vorletzten Freitag ja", [("yes", "2026-02-13")]),
        # counted from the day named before: "davor", "vorher"
        (
            "Gestern ja, und der Mittwoch davor auch.",
            [("yes", "2026-02-26"), ("yes", "2026-02-25")],
        ),
        ("gestern ✓\nmittwoch davor ✓", [("yes", "2026-02-26"), ("yes", "2026-02-25")]),
        (
            "gestern war abgesagt, das weiß ich. Mittwoch vorher war gut.",
            [("no", "2026-02-26"), ("yes", "2026-02-25")],
        ),
        # English
        (
            "The Monday one yes, Thursday's no – I could not pick up.",
            [("yes", "2026-02-23"), ("no", "2026-02-26")],
        ),
        # a day word beside it must agree: Friday's "yesterday" is no Monday
        ("Monday ✓ (yesterday)", [("yes", None)]),
        ("Thursday ✓ (yesterday)", [("yes", "2026-02-26")]),
        ("Freitag (heute) hat stattgefunden.", [("yes", "2026-02-27")]),
        # a weekday written on its own day: today, or a week ago? (the caller decides)
        ("Freitag war gut.", [("yes", None)]),
        # a day after the mail's is none
        ("diese Woche Samstag war gut", [("yes", None)]),
        # days listed before one verdict share it (blind HW hw29 hw34, HT ht19)
        ("Mo. und Mi. waren beide.", [("yes", "2026-02-23"), ("yes", "2026-02-25")]),
        ("Montag, Mittwoch beide gemacht, gut.", [("yes", "2026-02-23"), ("yes", "2026-02-25")]),
        ("Di + Do ✓", [("yes", "2026-02-24"), ("yes", "2026-02-26")]),
        ("Montag und Mittwoch nicht.", [("no", "2026-02-23"), ("no", "2026-02-25")]),
        # a line that names only a week places the weekdays below it (HW hw12 hw19)
        (
            "letzte Woche\n Mo ✔\n Do ✘ (krank)\ngestern (Do) ✔",
            [("yes", "2026-02-16"), ("no", "2026-02-19"), ("yes", "2026-02-26")],
        ),
        ("für diese Woche:\nMo ✓\nDo ✓", [("yes", "2026-02-23"), ("yes", "2026-02-26")]),
        # particles among the verdict's words, "normal", "nur" before the day
        ("Montag war ja noch alles gut.", [("yes", "2026-02-23")]),
        ("Heute (Freitag) war normal.", [("yes", "2026-02-27")]),
        ("Heute (Montag) war normal.", [("yes", None)]),
        ("Nur Donnerstag.", [("yes", "2026-02-26")]),
        # a day's number after its weekday, a date beside it (blind HZ hz08 hz33 hz10)
        ("Do 19. ✔\nMo 23. ✔", [("yes", "2026-02-19"), ("yes", "2026-02-23")]),
        ("Do 20. ✔", [("yes", None)]),  # the 20th was a Friday
        ("Mittwoch (25.2.) ja. Montag davor auch.", [("yes", "2026-02-25"), ("yes", "2026-02-23")]),
        ("Mittwoch (24.) ja.", [("yes", None)]),  # the day beside it disagrees
        # a verdict alone after the days listed; "yes for Monday" (HZ hz21 hz07)
        ("Di und Do diese Woche: beide ok.", [("yes", "2026-02-24"), ("yes", "2026-02-26")]),
        (
            "yes for Monday, Thursday I had to cancel",
            [("yes", "2026-02-23"), ("no", "2026-02-26")],
        ),
        # after a week named by a day: that week's, or the last? (blind IB ib09)
        (
            "In der Woche ab dem 9. Februar nie bestätigt. Montag und Donnerstag waren beide.",
            [("yes", None), ("yes", None)],
        ),
        # "letzten Donnerstag" written on the Friday: yesterday or the week before?
        ("letzten Donnerstag ja", [("yes", None)]),
        # "fiel aus", "nix" are a no
        ("Mo. ok, Do. fiel aus.", [("yes", "2026-02-23"), ("no", "2026-02-26")]),
    ],
)
def test_answers_by_name_and_their_days(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Montag war ich krank.",
        "Montag passt mir.",
        "Montag passt.",
        "Montag war nur kurz.",
        "Montag war zu kurz.",
        "Montag war Feiertag.",
        "Montag war da niemand.",
        "Mo war die Verbindung schlecht.",
        "Montag 23.2. ja",  # a date in the clause: the date reader's business
        "Mo ✓ (nur 20 min)",  # a remark a person reads
        "So ja, passt.",  # "so" and "sa" are words, not days
        "Do you have time on Monday?",
        "Montag gut",  # no verdict
        "Montag danke",
        "und Mittwoch auch",  # nothing said before it
        "Montag ja, nur 20 Minuten.",  # qualified
        "Montag war gut, bis die Verbindung abbrach.",
        "Montag und Mittwoch, als die Verbindung abbrach.",
        "Nur Donnerstag kann ich.",
        "nächste Woche\nMo ✓",  # no week heading: the Monday to come is no answer here
    ],
)
def test_near_misses_are_no_yes(text: str) -> None:
    assert not any(verdict == "yes" and day for verdict, day in _read(text)), text


@pytest.mark.parametrize(
    "text",
    [
        "Donnerstag nicht",
        "Do ✗",
        "Thursday's no",
        "Donnerstag war ich leider nicht da",
        "Donnerstag hat es nicht geklappt",
        "letzten Donnerstag abgesagt",
        "Mittwoch nein, und Montag auch",  # "auch" repeats a no: no yes
    ],
)
def test_denials_by_name_are_read_as_no(text: str) -> None:
    verdicts = [verdict for verdict, _ in _read(text)]
    assert verdicts, text
    assert "yes" not in verdicts, text
