"""Written days of a confirming mail that the date reader left unread (rules/remainder.py)."""

from __future__ import annotations

from datetime import date

import pytest

from rules.models import DateMention
from rules.remainder import later_days, unread_days, written_days

MAIL_DAY = date(2026, 4, 14)
SIXTH = DateMention(day=date(2026, 4, 6), sentence="Die Behandlung am 6.4. hat stattgefunden")
SIXTH_AGAIN = DateMention(day=date(2026, 4, 6), sentence="Die Woche davor (6.4.) auch.")
NINTH = DateMention(day=date(2026, 4, 9), sentence="6.4. und 9.4. waren beide.")
YESTERDAY = DateMention(day=date(2026, 4, 13), sentence="Ich bestätige gestern und den davor.")
TODAY = DateMention(day=date(2026, 4, 14), sentence="Heute ja.")
LAST_WEEK = DateMention(day=date(2026, 4, 8), sentence="Heute ja, letzte Woche auch.")


@pytest.mark.parametrize(
    ("text", "mentions", "unread"),
    [
        ("Die Behandlung am 6.4. hat stattgefunden.", [SIXTH], []),
        ("Die Behandlungen am 6.4. und am 9.4. haben stattgefunden.", [SIXTH], ["9.4."]),
        ("Die Behandlungen am 6.4. und am 9/4 haben stattgefunden.", [SIXTH], ["9/4"]),
        # a day "forgotten" the date reader did not take: the answer or the session, a
        # person reads which (not one the date reader took)
        ("Gestern ja. Den vom 9.4. hatte ich vergessen, sorry.", [YESTERDAY], ["9.4."]),
        ("Den Termin am 9.4. hab ich leider vergessen. Gestern ja.", [YESTERDAY], ["9.4."]),
        ("Ich hatte vergessen, den 6.4. zu bestätigen, der war.", [SIXTH], []),
        # a weekday said yes to that no day read or confirmed stands for (blind DJ dj19)
        (
            "Donnerstag ja. Montag auch.",
            [DateMention(day=date(2026, 4, 13), sentence="Montag auch.")],
            ["donnerstag"],
        ),
        (
            "Montag ja. Donnerstag auch.",
            [
                DateMention(day=date(2026, 4, 13), sentence="Montag ja."),
                DateMention(day=date(2026, 4, 9), sentence="Donnerstag auch."),
            ],
            [],
        ),
        ("Montag ja, bis Donnerstag!", [YESTERDAY], []),
        # a month added in a sentence a mention came from, none of its days read (blind DU
        # du22: filed as done)
        (
            "Die Behandlung am 13.4. hat stattgefunden, ansonsten auch alle im Februar bis auf"
            " den 23.",
            [
                DateMention(
                    day=date(2026, 4, 13),
                    sentence="Die Behandlung am 13.4. hat stattgefunden, ansonsten auch alle im"
                    " Februar bis auf den 23.",
                )
            ],
            ["februar", "den 23."],
        ),
        # weekdays written short, a week added (blind DY dy33: filed as done)
        ("Gestern ja, und letzte Woche Mo und Do auch.", [YESTERDAY], ["woche"]),
        # a day's number without its dot before "war auch" (blind EH eh29: filed as done)
        ("Gestern ja. Und der 9 war auch", [YESTERDAY], ["der 9"]),
        # so many weekdays counted back beside the day read (blind EH eh35)
        (
            "Ja, der 13.4. hat stattgefunden, ebenso die beiden Montage davor.",
            [
                DateMention(
                    day=date(2026, 4, 13),
                    sentence="Ja, der 13.4. hat stattgefunden, ebenso die beiden Montage davor.",
                )
            ],
            ["die beiden montage davor"],
        ),
        # "beide" with fewer than two days read or confirmed (blind EM em18: filed as done)
        (
            "gestern und vorige woche dienstag beide gemacht, alles ok",
            [YESTERDAY],
            ["beide", "vorige woche dienstag"],
        ),
        ("Die Behandlungen am 9.4. und gestern haben beide stattgefunden.", [NINTH, YESTERDAY], []),
        # days added "auch" by their numbers, joined by "+" (blind EO eo24: filed as done)
        (
            "Gestern hat geklappt. Die ersten beiden (6. + 9.) auch",
            [YESTERDAY],
            ["die ersten beiden", "6.", "9."],
        ),
        # "the week before" beside another day: two days (blind DJ dj31)
        (
            "Monday's session took place, as did the one the week before.",
            [DateMention(day=date(2026, 4, 13), sentence="Monday's session took place")],
            ["week before"],
        ),
        # a late answer about days not yet confirmed (blind M m43)
        (
            "Den 2. und 3.4. hatte ich noch nicht bestätigt, die waren auch.",
            [SIXTH],
            ["3.4.", "den 2."],
        ),
        # a slashed day read the English way is read (blind L c31)
        (
            "Monday's session (4/6) happened.",
            [DateMention(day=date(2026, 4, 6), sentence="Monday's session (4/6) happened.")],
            [],
        ),
        # not when the other reading is another sentence's day
        (
            "Die Behandlungen am 3.4. und am 4/3 haben stattgefunden.",
            [DateMention(day=date(2026, 4, 3), sentence="Die Behandlung am 3.4.")],
            ["4/3"],
        ),
        ("Die Behandlung vom 6. April und vom 8. April hat stattgefunden.", [SIXTH], ["8. april"]),
        # a day counted from one read (blind CH ch19, ch22); not one counted from a day
        # beside it, nor days counted in another sentence (blind P p23, BM bm20)
        ("Ich bestätige gestern und den davor.", [YESTERDAY], ["den davor"]),
        (
            "Ich bestätige die letzten beiden Termine (gestern und den davor).",
            [YESTERDAY],
            ["letzten beiden"],
        ),
        ("Die Woche davor (6.4.) auch.", [SIXTH_AGAIN], []),
        ("Die letzten beiden hatte ich vergessen. 6.4. und 9.4. waren beide.", [SIXTH, NINTH], []),
        ("Die davor hatte ich ja schon bestätigt.", [SIXTH], []),
        # its own date beside it (blind DA da14)
        (
            "Der davor auch (6.4.).",
            [DateMention(day=date(2026, 4, 6), sentence="Der davor auch (6.4.).")],
            [],
        ),
        # sessions added "too" by a count or a mistyped weekday (blind CZ cz16, DA da35)
        (
            "Jo hat stattgefunden. Die zwei davor auch noch.",
            [SIXTH],
            ["die zwei davor"],
        ),
        ("Ja hat geklappt heute. Letzten Monntag auch.", [SIXTH], ["heute", "monntag"]),
        # a day called off is no day left unread (blind CJ cj10; a doubt if the calendar
        # still holds it: rules/doubt.py)
        ("Die Behandlung am 6.4. hat stattgefunden, der 1. April ist ja ausgefallen.", [SIXTH], []),
        ("The sessions on April 6 and April 8th took place.", [SIXTH], ["april 8th"]),
        # the same day written twice, times, later days and other sentences are no remainder
        ("Die Behandlung am 6.4. (06.04.2026) hat stattgefunden.", [SIXTH], []),
        ("Die Behandlung am 6.4. um 10.12 Uhr hat stattgefunden.", [SIXTH], []),
        ("Die Behandlung am 6.4. hat stattgefunden, nächster Termin am 20.4.", [SIXTH], []),
        ("Die Behandlung am 6.4. hat stattgefunden. Das Rezept ist vom 1.4.", [SIXTH], []),
        ("Die Behandlung am 6.4. hat stattgefunden, am 31.2. nicht.", [SIXTH], []),  # no day
        # no mention at all: every past written day in a confirming sentence is unread
        ("Die Behandlung am 3.4. hat stattgefunden.", [], ["3.4."]),
        # a sentence about confirming that is no plain yes still names its days
        (
            "Die Behandlung am 6.4. hat stattgefunden. Den 9.4. hatte ich noch nicht bestätigt.",
            [SIXTH],
            ["9.4."],
        ),
        # a day without its month after an article, not an ordinal of a noun
        ("The calls on the 6th and the 9th took place.", [SIXTH], ["the 9th"]),
        (
            "Die Behandlung am 6.4. hat stattgefunden, beim 9. bin ich mir sicher.",
            [SIXTH],
            ["beim 9."],
        ),
        ("Die Behandlung am 6.4. hat stattgefunden, am 2. Termin war ich krank.", [SIXTH], []),
        # a day the patient says had no session is not left unread; one she denies is
        ("Die Behandlung am 6.4. hat stattgefunden, am 7.4. war ja kein Termin.", [SIXTH], []),
        ("Die Behandlung am 6.4. hat stattgefunden, am 8.4. leider nicht.", [SIXTH], ["8.4."]),
        # "gestern" in a sentence that says a session went, beside other days (blind Q q16)
        (
            "Gestern lief alles, der Link war ok. Die Behandlung am 6.4. hat stattgefunden.",
            [SIXTH],
            ["gestern"],
        ),
        ("Heute war es wieder gut. Die Behandlung am 6.4. hat stattgefunden.", [SIXTH], ["heute"]),
        # dotless day and month beside one the date reader read that way (blind AB ab22)
        (
            "Termine am 6 4 und 9 4 haben stattgefunden",
            [DateMention(day=date(2026, 4, 6), sentence="Termine am 6 4 und 9 4")],
            ["9 4"],
        ),
        # not numbers of another kind, nor when no day was read dotless
        (
            "Termine am 6 4 haben stattgefunden, 2 x 30 Minuten, um 10 30",
            [DateMention(day=date(2026, 4, 6), sentence="Termine am 6 4")],
            [],
        ),
        ("Die Behandlung am 6.4. hat stattgefunden, Zimmer 3 4", [SIXTH], []),
        # not another day counted from today, nor today without a session that went
        ("Die Behandlung heute vor einer Woche hat stattgefunden.", [SIXTH], []),
        (
            "Die Behandlung am 6.4. hat stattgefunden. The day before yesterday went well.",
            [SIXTH],
            ["yesterday"],
        ),
        (
            "My session the day before yesterday went ahead.",
            [DateMention(day=date(2026, 4, 12), sentence="My session the day before yesterday")],
            [],
        ),
        ("Die Behandlung am 6.4. hat stattgefunden. Heute war ich beim Arzt.", [SIXTH], []),
        # a day counted from another that the date reader could not count (blind AE)
        (
            "Die Behandlung am 6.4. hat stattgefunden. Den Tag davor auch.",
            [SIXTH],
            ["tag davor"],
        ),
        (
            "Die Behandlung am 6.4. hat stattgefunden. Den Donnerstag davor ebenfalls.",
            [
                SIXTH,
                DateMention(day=date(2026, 4, 2), sentence="Den Donnerstag davor ebenfalls."),
            ],
            [],
        ),
        ("Die Behandlung am 6.4. hat stattgefunden. Der Termin danach fällt aus.", [SIXTH], []),
        # a weekday of this week and the last (blind HQ hq35, a silent loss on its first run)
        (
            "Ich bestätige, dass die Termine am Montag dieser und der vergangenen Woche "
            "stattgefunden haben.",
            [SIXTH],
            ["dieser und der vergangenen woche"],
        ),
        # so many sessions after a day (blind HH hh31, a silent loss on its first run)
        (
            "Ich bestätige die Behandlungen vom 6.4. sowie an den zwei darauffolgenden Montagen.",
            [SIXTH],
            ["den zwei darauffolgenden"],
        ),
        # a week counted from the days before, whatever it says of them (blind AV av09, a
        # silent loss on its first run); not a week still to come
        (
            "Die Behandlung am 6.4. hat stattgefunden. Die Woche davor war nur der Donnerstag,"
            " am Dienstag war ich beim Hausarzt.",
            [SIXTH],
            ["woche davor"],
        ),
        (
            "Die Behandlung am 6.4. hat stattgefunden. Die Woche danach bin ich im Urlaub.",
            [SIXTH],
            [],
        ),
        # days added with "auch" that the reader could not place are not lost (blind AD ad36);
        # an "also" about something else names no session (blind N c28)
        (
            "Die Behandlung am 6.4. hat stattgefunden. Und am 31. auch, falls was fehlt.",
            [SIXTH],
            ["am 31."],
        ),
        (
            "Die Behandlung am 6.4. hat stattgefunden. I also got your invoice dated 2 April.",
            [SIXTH],
            [],
        ),
        # bare days of a list the reader left (blind BL bl43, a silent loss on its first run)
        (
            "Die Behandlungen haben stattgefunden, im April am 6., 8. und 10.",
            [SIXTH],
            ["8.", "10."],
        ),
        ("Die Behandlung am 6.4. hat stattgefunden, um 10.30 Uhr.", [SIXTH], []),
        # a relative day closing a list of written days (blind BZ bz04), not one beside them
        # (blind AE ae03)
        (
            "Die Behandlung am 6.4. hat stattgefunden. Termine: 2.4. und gestern.",
            [SIXTH],
            ["gestern"],
        ),
        ("Ich bestätige den 6.4., ich hatte erst heute im Kopf.", [SIXTH], []),
        # a week added "too" that no day read stands for (blind EX ex24, a silent loss)
        ("Jo hat gepasst heute👍 letzte woche auch", [TODAY], ["letzte woche"]),
        ("Heute ja, last week too.", [TODAY], ["last week"]),
        ("Heute ja, letzte Woche auch.", [TODAY, LAST_WEEK], []),
        ("Heute ja, nächste Woche komme ich wieder.", [TODAY], []),
        # blind IL il04 (a silent loss): the sessions "of" last week
        (
            "Heute ja. Und die zwei von letzter Woche (Mo + Do) auch, hatte ich vergessen.",
            [TODAY],
            ["letzter woche"],
        ),
        ("Heute ja. Die Mail von letzter Woche hatte ich auch bekommen.", [TODAY], []),
        # blind FI fi24, FJ fj20 (silent losses): the first two added, last week's weekday
        ("Jo, hat stattgefunden. Die ersten beiden übrigens auch.", [TODAY], ["die ersten beiden"]),
        ("ja heute und letzte woche mittwoch auch war telefon", [TODAY], ["letzte woche mittwoch"]),
        ("ja heute und letzte woche mittwoch auch", [TODAY, LAST_WEEK], []),
        # sessions added "too" without a day (blind BR br15, a silent loss on first run)
        ("Die Behandlung am 6.4. hat stattgefunden. Die drei im März auch.", [SIXTH], ["die drei"]),
        (
            "Die Behandlung am 6.4. hat stattgefunden. Ihnen auch ein schönes Wochenende!",
            [SIXTH],
            [],
        ),
        # blind HZ hz38 (a false confirmation on first run, the weekdays now unread): a week
        # counted from a day named before
        (
            "Die Behandlung am 6.4. hat stattgefunden, in der Woche danach ebenfalls Montag.",
            [SIXTH],
            ["woche danach"],
        ),
        # blind HZ hz09 (a silent loss): a weekday's day number said yes to, no month
        ("Mo 6. ja und gestern auch.", [], ["mo 6."]),
    ],
)
def test_unread_days(text: str, mentions: list[DateMention], unread: list[str]) -> None:
    assert unread_days(text, mentions, mail_day=MAIL_DAY) == unread


def test_december_written_in_january_is_last_year() -> None:
    mention = DateMention(day=date(2027, 1, 4), sentence="Die Behandlung am 4.1. hat stattgefunden")
    text = "Die Behandlung am 4.1. hat stattgefunden, die am 29.12. auch."
    assert unread_days(text, [mention], mail_day=date(2027, 1, 5)) == ["29.12."]


def test_written_days_are_past_valid_days() -> None:
    text = "Am 8.4. und am 9. April nicht, um 10.12 Uhr, nächster Termin am 20.4., der 31.2."
    assert written_days(text, mail_day=MAIL_DAY) == {date(2026, 4, 8), date(2026, 4, 9)}


def test_later_days_are_the_coming_months() -> None:
    text = "Den Termin am 20.4. und den am 3. Mai sage ich ab, der 6.4. war gut."
    assert later_days(text, mail_day=MAIL_DAY) == {date(2026, 4, 20), date(2026, 5, 3)}
    assert later_days("am 5.1.", mail_day=date(2026, 12, 20)) == {date(2027, 1, 5)}


@pytest.mark.parametrize(
    ("text", "mail_day", "past", "later"),
    [
        # the last 15th was a Sunday: Wednesday the 15th is the coming one (GC gc31)
        (
            "Die Behandlung am Mittwoch, den 15., möchte ich absagen",
            date(2026, 4, 14),
            set(),
            {date(2026, 4, 15)},
        ),
        # the last 13th was that Monday: the past one
        ("am Montag, den 13. war ich krank", date(2026, 4, 14), {date(2026, 4, 13)}, set()),
        # across the year: Friday the 1st written on 30 December 2026 is 1 January 2027
        ("Freitag den 1. kann ich nicht", date(2026, 12, 30), set(), {date(2027, 1, 1)}),
        # a weekday that fits neither stays the last such day of the month (a typo to read)
        ("am Dienstag, den 15. war gut", date(2026, 4, 14), {date(2026, 3, 15)}, set()),
    ],
)
def test_a_weekday_before_a_day_of_the_month_chooses_past_or_coming(
    text: str, mail_day: date, past: set[date], later: set[date]
) -> None:
    assert written_days(text, mail_day=mail_day) == past
    assert later_days(text, mail_day=mail_day) == later
