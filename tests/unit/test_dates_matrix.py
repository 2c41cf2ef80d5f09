"""A generated coverage matrix for extract_dates: every date form x sentence frames x mail
dates around month ends, the year end and the DST switches.

For each mail date and each form, the form is written for several days around the mail
(yesterday, last week, across the month or year end, the future) and put into German and
English confirmation frames (one in capitals). The expected answer is computed here from
the calendar, not from rules/dates.py: the exact day, the two ends of a range (ambiguous,
with their span), or nothing. Holidays are checked against the `holidays` package (public
ones) and fixed dates, an oracle independent of the module's own Easter computation.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import holidays
import pytest

from rules.dates import extract_dates
from rules.models import DateMention

BERLIN = ZoneInfo("Europe/Berlin")

MONATE = "Januar Februar März April Mai Juni Juli August September Oktober November Dezember"
MONTHS = "January February March April May June July August September October November December"
WOCHENTAGE = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]
ORDINALE = [
    "ersten",
    "zweiten",
    "dritten",
    "vierten",
    "fünften",
    "sechsten",
    "siebten",
    "achten",
    "neunten",
    "zehnten",
    "elften",
    "zwölften",
    "dreizehnten",
    "vierzehnten",
    "fünfzehnten",
    "sechzehnten",
    "siebzehnten",
    "achtzehnten",
    "neunzehnten",
    "zwanzigsten",
    "einundzwanzigsten",
    "zweiundzwanzigsten",
    "dreiundzwanzigsten",
    "vierundzwanzigsten",
    "fünfundzwanzigsten",
    "sechsundzwanzigsten",
    "siebenundzwanzigsten",
    "achtundzwanzigsten",
    "neunundzwanzigsten",
    "dreißigsten",
    "einunddreißigsten",
]
ORDINALS = [
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
    "twentieth",
    "twenty-first",
    "twenty-second",
    "twenty-third",
    "twenty-fourth",
    "twenty-fifth",
    "twenty-sixth",
    "twenty-seventh",
    "twenty-eighth",
    "twenty-ninth",
    "thirtieth",
    "thirty-first",
]


def monat(day: date) -> str:
    return MONATE.split()[day.month - 1]


def month(day: date) -> str:
    return MONTHS.split()[day.month - 1]


def suffix(number: int) -> str:
    if number in (11, 12, 13):
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")


# --- frames -------------------------------------------------------------------------


@dataclass(frozen=True)
class Frame:
    name: str
    text: str
    english: bool
    about_treatment: bool = True  # names the treatment (bare weekdays count only then)
    capitals: bool = False
    held: bool = True  # says the session took place (a late confirmation counts only then)

    def render(self, phrase: str) -> str:
        sentence = self.text.format(d=phrase)
        sentence = sentence[0].upper() + sentence[1:]
        return sentence.upper() if self.capitals else sentence


FRAMES = (
    Frame("de-erhalt", "Ich bestätige den Erhalt der Leistung {d}.", english=False),
    Frame("de-stattgefunden", "Die Behandlung {d} hat stattgefunden.", english=False),
    Frame("de-super", "{d} war super, danke!", english=False, about_treatment=False),
    Frame(
        "de-caps",
        "Hiermit bestätige ich die Behandlung {d}.",
        english=False,
        capitals=True,
        held=False,
    ),
    Frame("en-took-place", "The session {d} took place.", english=True),
    Frame("en-caps", "THE SESSION {d} TOOK PLACE", english=True, capitals=True),
    Frame("en-confirm", "I confirm my appointment {d}, thank you.", english=True, held=False),
)

# --- mail dates -----------------------------------------------------------------------


def berlin(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=BERLIN)


MAIL_DATES = {
    "mid-april": berlin(2026, 4, 15, 10, 0),
    "jan-31": berlin(2026, 1, 31, 10, 0),
    "feb-1": berlin(2026, 2, 1, 9, 0),
    "feb-28": berlin(2026, 2, 28, 18, 0),
    "mar-1": berlin(2026, 3, 1, 10, 0),
    "apr-30": berlin(2026, 4, 30, 23, 30),
    "dst-spring-sunday-night": datetime(2026, 3, 29, 0, 30, tzinfo=UTC),  # 01:30 CET
    "dst-spring-monday": berlin(2026, 3, 30, 8, 0),
    "dst-autumn-sunday": berlin(2026, 10, 25, 12, 0),
    "dst-autumn-monday-utc": datetime(2026, 10, 25, 23, 30, tzinfo=UTC),  # 00:30 Monday
    "dec-31": berlin(2026, 12, 31, 16, 0),
    "jan-1": berlin(2027, 1, 1, 11, 0),
    "jan-2": berlin(2027, 1, 2, 0, 30),
    "jan-3": berlin(2027, 1, 3, 20, 0),
}
OFFSETS = (0, 1, 2, 5, 7, 10, 14, 20, 33)  # days before the mail; crosses month and year ends
FUTURE = (2, 30)  # days after the mail: never a treatment day


# --- forms ----------------------------------------------------------------------------
# A form writes a day as a phrase for a frame (None: the form cannot write that day), and
# says what comes back: the days shown as "YYYY-MM-DD" with "?" for ambiguous.


@dataclass(frozen=True)
class Written:
    phrase: str
    expected: tuple[str, ...]
    word: bool = False  # read only in a sentence about the treatment
    year_guess: bool = False  # every mention carries DateMention.year_guess
    held: bool = False  # read only in a sentence saying the session took place


Writer = Callable[[date, date, bool], Written | None]


def shown(*days: date, ambiguous: bool = False) -> tuple[str, ...]:
    return tuple(day.isoformat() + ("?" if ambiguous else "") for day in sorted(set(days)))


def exact(phrase: str, day: date) -> Written:
    return Written(phrase, shown(day))


def numeric_dm(day: date, today: date, english: bool) -> Written:
    return exact(f"{'on' if english else 'am'} {day.day}.{day.month}.", day)


def numeric_full(day: date, today: date, english: bool) -> Written:
    return exact(f"{'on' if english else 'am'} {day:%d.%m.%Y}", day)


def numeric_short_year(day: date, today: date, english: bool) -> Written:
    return exact(f"{'on' if english else 'vom'} {day.day}.{day.month}.{day:%y}", day)


def month_name(day: date, today: date, english: bool) -> Written:
    if english:
        return exact(f"on {day.day} {month(day)}", day)
    return exact(f"am {day.day}. {monat(day)}", day)


def month_name_year(day: date, today: date, english: bool) -> Written:
    if english:
        return exact(f"on {month(day)} {day.day}, {day.year}", day)
    return exact(f"am {day.day}. {monat(day)} {day.year}", day)


def ordinal_suffix(day: date, today: date, english: bool) -> Written:
    if english:
        return exact(f"on {month(day)} {day.day}{suffix(day.day)}", day)
    return exact(f"am {day.day}ten {monat(day)}", day)


def ordinal_word(day: date, today: date, english: bool) -> Written:
    if english:
        return exact(f"on the {ORDINALS[day.day - 1]} of {month(day)}", day)
    return exact(f"am {ORDINALE[day.day - 1]} {monat(day)}", day)


def roman(day: date, today: date, english: bool) -> Written | None:
    return None if english else exact(f"am {day.day}.{ROMAN[day.month - 1]}.", day)


def roman_year(day: date, today: date, english: bool) -> Written | None:
    return None if english else exact(f"am {day.day}. {ROMAN[day.month - 1]}. {day.year}", day)


def without_dots(day: date, today: date, english: bool) -> Written | None:
    return None if english else exact(f"am {day.day} {day.month}", day)


def compact(day: date, today: date, english: bool) -> Written | None:
    return None if english else exact(f"am {day:%d%m}", day)


def slashed(day: date, today: date, english: bool) -> Written | None:
    if not english:  # German order: 3/4 is 3 April
        return exact(f"am {day.day}/{day.month}", day)
    if day.day <= 12:  # both orders possible for an English writer: see test_dates.py
        return None
    return exact(f"on {day.month}/{day.day}", day)  # US order, the day shows it


def recent_day(number: int, today: date) -> date | None:
    """The day "am 3." means: this month's if it has come, else last month's."""
    try:
        this_month = today.replace(day=number)
    except ValueError:
        this_month = None
    if this_month is not None and this_month <= today:
        return this_month
    last_month = today.replace(day=1) - timedelta(days=1)
    try:
        return last_month.replace(day=number)
    except ValueError:
        return None


def day_only(day: date, today: date, english: bool) -> Written | None:
    if recent_day(day.day, today) != day:
        return None
    if english:
        return exact(f"on the {day.day}{suffix(day.day)}", day)
    return exact(f"am {day.day}.", day)


def day_list(day: date, today: date, english: bool) -> Written | None:
    first, second = day - timedelta(days=14), day - timedelta(days=7)
    if first.month != day.month:
        return None
    if english:
        phrase = f"on {first.day}, {second.day} and {day.day} {month(day)}"
    else:
        phrase = f"am {first.day}., {second.day}. und {day.day}. {monat(day)}"
    return Written(phrase, shown(first, second, day))


def day_list_slashed(day: date, today: date, english: bool) -> Written | None:
    first, second = day - timedelta(days=14), day - timedelta(days=7)
    if english or first.month != day.month:
        return None
    return Written(
        f"am {first.day}./{second.day}./{day.day}.{day.month}.", shown(first, second, day)
    )


def month_range(day: date, today: date, english: bool) -> Written | None:
    first = day - timedelta(days=3)
    if first.month != day.month:
        return None
    if english:
        phrase = f"from {first.day} to {day.day} {month(day)}"
    else:
        phrase = f"vom {first.day}. bis {day.day}. {monat(day)}"
    return Written(phrase, shown(first, day, ambiguous=True))


def weekday(day: date, today: date, english: bool) -> Written | None:
    if not 0 <= (today - day).days <= 6:
        return None
    name = WEEKDAYS[day.weekday()] if english else WOCHENTAGE[day.weekday()]
    return Written(f"{'on' if english else 'am'} {name}", shown(day), word=True)


def last_week_weekday(day: date, today: date, english: bool) -> Written | None:
    if (today - timedelta(days=today.weekday())) - (day - timedelta(days=day.weekday())) != (
        timedelta(days=7)
    ):
        return None
    if english:
        return Written(f"last week on {WEEKDAYS[day.weekday()]}", shown(day), word=True)
    return Written(f"letzte Woche {WOCHENTAGE[day.weekday()]}", shown(day), word=True)


def weekday_a_week_ago(day: date, today: date, english: bool) -> Written | None:
    if (today - day).days != 7:
        return None
    if english:
        return Written(f"on {WEEKDAYS[day.weekday()]} a week ago", shown(day), word=True)
    return Written(f"am {WOCHENTAGE[day.weekday()]} vor einer Woche", shown(day), word=True)


def weeks_ago_weekday(day: date, today: date, english: bool) -> Written | None:
    if english or (today - day).days != 14:
        return None
    return Written(f"vor zwei Wochen am {WOCHENTAGE[day.weekday()]}", shown(day), word=True)


def today_a_week_ago(day: date, today: date, english: bool) -> Written | None:
    if english or (today - day).days != 7:
        return None
    return Written("heute vor einer Woche", shown(day), word=True)


def relative(day: date, today: date, english: bool) -> Written | None:
    back = (today - day).days
    words = (
        ("today", "yesterday", "the day before yesterday")
        if english
        else ("heute", "gestern", "vorgestern")
    )
    if not 0 <= back <= 2:
        return None
    return Written(words[back], shown(day), word=True)


def weekday_range(day: date, today: date, english: bool) -> Written | None:
    if not 0 <= (today - day).days <= 6:
        return None
    first = day - timedelta(days=2)
    names = WEEKDAYS if english else WOCHENTAGE
    phrase = f"{'from' if english else 'von'} {names[first.weekday()]}"
    phrase += f" {'to' if english else 'bis'} {names[day.weekday()]}"
    return Written(phrase, shown(first, day, ambiguous=True), word=True)


def calendar_week(day: date, today: date, english: bool) -> Written | None:
    number = day.isocalendar().week
    monday = day - timedelta(days=day.weekday())
    end = min(monday + timedelta(days=6), today)
    if monday.isocalendar().week != today.isocalendar().week and (today - monday).days > 300:
        return None
    expected = shown(monday, end, ambiguous=True)
    if english:
        return Written(f"in calendar week {number}", expected)
    if day.day % 2:
        return Written(f"in der KW {number}", expected)
    return Written(f"in der {number}. Kalenderwoche", expected)


def last_week(day: date, today: date, english: bool) -> Written | None:
    """ "letzte Woche" / "last week": written once per mail (the phrase names no day)."""
    if day != today:
        return None
    monday = today - timedelta(days=today.weekday() + 7)
    expected = shown(monday, monday + timedelta(days=6), ambiguous=True)
    return Written("last week" if english else "letzte Woche", expected, word=True)


def early_this_week(day: date, today: date, english: bool) -> Written | None:
    """ "Anfang der Woche" (Monday to Wednesday) / "earlier this week" (to yesterday)."""
    if day != today:  # written once per mail (the phrase names no day)
        return None
    monday = today - timedelta(days=today.weekday())
    if english:
        if today == monday:
            return None  # nothing earlier this week
        end = today - timedelta(days=1)
        return Written("earlier this week", shown(monday, end, ambiguous=True), word=True)
    end = min(monday + timedelta(days=2), today)
    return Written("Anfang der Woche", shown(monday, end, ambiguous=True), word=True)


def calendar_week_day(day: date, today: date, english: bool) -> Written | None:
    if english:
        return None
    name = WOCHENTAGE[day.weekday()]
    return Written(f"am {name} der KW {day.isocalendar().week}", shown(day))


def year_typo(day: date, today: date, english: bool) -> Written | None:
    """Last year's number: the day outside the window, this year's same day fits."""
    if not 0 < (today - day).days <= 31 or day.year != today.year:
        return None
    old = day.replace(year=day.year - 1) if (day.month, day.day) != (2, 29) else None
    if old is None:
        return None
    phrase = f"{'on' if english else 'am'} {day.day}.{day.month}.{day.year - 1}"
    return Written(phrase, shown(day, ambiguous=True), year_guess=True)


def every_weekday_of_month(day: date, today: date, english: bool) -> Written | None:
    """ "jeden Montag im Februar": the first and last such weekday of the month so far,
    a range of that weekday (its month this year if begun, else last year's)."""
    if day > today or (today - day).days > 300:
        return None
    first = day.replace(day=1) + timedelta(days=(day.weekday() - day.replace(day=1).weekday()) % 7)
    last = first
    while (last + timedelta(days=7)).month == day.month and last + timedelta(days=7) <= today:
        last += timedelta(days=7)
    if english:
        phrase = f"every {WEEKDAYS[day.weekday()]} in {month(day)}"
    elif day.day % 2:
        phrase = f"jeden {WOCHENTAGE[day.weekday()]} im {monat(day)}"
    else:
        phrase = f"alle {WOCHENTAGE[day.weekday()]}e im {monat(day)}"
    return Written(phrase, shown(first, last, ambiguous=True), word=True)


# --- forms of catching-up mail: lists and ranges across months, month labels, slashed and
# spaced days, days joined by the article, confirmations months late (blind W to Z) -------


def month_range_across(day: date, today: date, english: bool) -> Written:
    """ "vom 13. Mai bis zum 3. Juni", "from 12 May to 3 June", "from May 12 to June 3":
    both ends, each with its month, ambiguous (the span is settled by the appointments)."""
    first = day - timedelta(days=21)
    if english and day.day % 2:
        phrase = f"from {month(first)} {first.day} to {month(day)} {day.day}"
    elif english:
        phrase = f"from {first.day} {month(first)} until {day.day} {month(day)}"
    else:
        until = "bis zum" if day.day % 2 else "bis"
        phrase = f"vom {first.day}. {monat(first)} {until} {day.day}. {monat(day)}"
    return Written(phrase, shown(first, day, ambiguous=True))


def range_between(day: date, today: date, english: bool) -> Written:
    """ "zwischen dem 27. Januar und dem 10. März", "zwischen 27.01. und 10.03.", "between
    January 27 and March 10": two days after "zwischen"/"between" end a range."""
    first = day - timedelta(days=21)
    if english:
        phrase = f"between {month(first)} {first.day} and {month(day)} {day.day}"
    elif day.day % 2:
        phrase = f"zwischen dem {first.day}. {monat(first)} und dem {day.day}. {monat(day)}"
    else:
        phrase = f"zwischen {first:%d.%m.} und {day:%d.%m.}"
    return Written(phrase, shown(first, day, ambiguous=True))


def range_mixed(day: date, today: date, english: bool) -> Written | None:
    """ "vom 27. Januar bis 10.3.", "vom 27.1. bis zum 10. März": a range whose ends are
    written in two forms."""
    first = day - timedelta(days=21)
    if english:
        return None
    if day.day % 2:
        phrase = f"vom {first.day}. {monat(first)} bis {day.day}.{day.month}."
    else:
        phrase = f"vom {first.day}.{first.month}. bis zum {day.day}. {monat(day)}"
    return Written(phrase, shown(first, day, ambiguous=True))


def day_list_months(day: date, today: date, english: bool) -> Written:
    """ "am 30. März und am 6. April", "on 12 May and 19 May": each day with its month."""
    first = day - timedelta(days=7)
    if english:
        phrase = f"on {first.day} {month(first)} and {day.day} {month(day)}"
    else:
        phrase = f"am {first.day}. {monat(first)} und am {day.day}. {monat(day)}"
    return Written(phrase, shown(first, day))


def month_labels(day: date, today: date, english: bool) -> Written:
    """ "im Mai: 6., 13.", "in May: 6th, 13th": a month labelling its days; across a month
    end each month labels its own."""
    first = day - timedelta(days=7)
    if english:
        days = [f"{month(d)}: {d.day}{suffix(d.day)}" for d in (first, day)]
        if first.month == day.month:
            days = [f"{month(day)}: {first.day}{suffix(first.day)}, {day.day}{suffix(day.day)}"]
        return Written("in " + ", in ".join(days), shown(first, day))
    days = [f"{monat(d)}: {d.day}." for d in (first, day)]
    if first.month == day.month:
        days = [f"{monat(day)}: {first.day}., {day.day}."]
    return Written("im " + ", im ".join(days), shown(first, day))


def month_colon_list(day: date, today: date, english: bool) -> Written | None:
    """ "im Mai jeweils: 6. und 13.": days listed after a colon, their month named before it
    with words between (blind BL bl21: "Alle vier Mittwoche im Juni haben stattgefunden: 3.,
    10., 17. und 24.")."""
    first = day - timedelta(days=7)
    if english or first.month != day.month:
        return None
    return Written(f"im {monat(day)} jeweils: {first.day}. und {day.day}.", shown(first, day))


def month_spaced_days(day: date, today: date, english: bool) -> Written | None:
    """ "im Juli 7 14 21", "Juli: 7, 14 und 21": bare day numbers after their month."""
    first, second = day - timedelta(days=14), day - timedelta(days=7)
    if first.month != day.month:
        return None
    if english:
        phrase = f"in {month(day)} {first.day} {second.day} {day.day}"
    elif day.day % 2:
        phrase = f"im {monat(day)} {first.day} {second.day} {day.day}"
    else:
        phrase = f"im {monat(day)}: {first.day}, {second.day} und {day.day}"
    return Written(phrase, shown(first, second, day))


def slashed_bare_days(day: date, today: date, english: bool) -> Written | None:
    """ "am 03/10/17.03.": days joined by slashes before one full date."""
    first, second = day - timedelta(days=14), day - timedelta(days=7)
    if english or first.month != day.month:
        return None
    return Written(f"am {first.day:02}/{second.day:02}/{day:%d.%m.}", shown(first, second, day))


def spaced_dotless(day: date, today: date, english: bool) -> Written | None:
    """ "am 26.2 5.3": days with their month, without final dots, joined by spaces only."""
    first = day - timedelta(days=7)
    if english:
        return None
    return Written(f"am {first.day}.{first.month} {day.day}.{day.month}", shown(first, day))


def days_by_article(day: date, today: date, english: bool) -> Written | None:
    """ "den 8. den 15.", "the 8th and the 15th": days without month, listed as they came:
    the last one this month's or the last one's, the first the week before it (in the
    month before when its number is higher)."""
    first = day - timedelta(days=7)
    if recent_day(day.day, today) != day:
        return None
    if english:
        return Written(
            f"on the {first.day}{suffix(first.day)} and the {day.day}{suffix(day.day)}",
            shown(first, day),
        )
    return Written(f"den {first.day}. den {day.day}.", shown(first, day))


def days_of_named_month(day: date, today: date, english: bool) -> Written | None:
    """ "im Mai am 6. und am 13.", "in May on the 6th and the 13th": days without month in a
    sentence that names their month (not this month's or the last one's)."""
    first = day - timedelta(days=7)
    if first.month != day.month:
        return None
    if english:
        phrase = f"in {month(day)} on the {first.day}{suffix(first.day)} and the {day.day}"
        return Written(phrase + suffix(day.day), shown(first, day))
    return Written(f"im {monat(day)} am {first.day}. und am {day.day}.", shown(first, day))


LATE = timedelta(days=280)  # with OFFSETS the coming occurrence lies 52 to 85 days ahead


def late_confirmation(day: date, today: date, english: bool) -> Written | None:
    """A day without year from a confirmation months late: last year's day, ambiguous with
    a guessed year, when its coming occurrence is more than 60 days ahead and the sentence
    says the session took place; nothing when the coming one is nearer."""
    late = day - LATE
    try:
        coming = late.replace(year=late.year + 1)
    except ValueError:  # 29 February
        return None
    phrase = f"on {late.day} {month(late)}" if english else f"am {late.day}.{late.month}."
    if coming - today <= timedelta(days=60):
        return Written(phrase, ())
    return Written(phrase, shown(late, ambiguous=True), year_guess=True, held=True)


FORMS: dict[str, Writer] = {
    "numeric-dm": numeric_dm,
    "numeric-full": numeric_full,
    "numeric-short-year": numeric_short_year,
    "month-name": month_name,
    "month-name-year": month_name_year,
    "ordinal-suffix": ordinal_suffix,
    "ordinal-word": ordinal_word,
    "roman": roman,
    "roman-year": roman_year,
    "without-dots": without_dots,
    "compact": compact,
    "slashed": slashed,
    "day-only": day_only,
    "day-list": day_list,
    "day-list-slashed": day_list_slashed,
    "month-range": month_range,
    "weekday": weekday,
    "last-week-weekday": last_week_weekday,
    "weekday-a-week-ago": weekday_a_week_ago,
    "weeks-ago-weekday": weeks_ago_weekday,
    "today-a-week-ago": today_a_week_ago,
    "relative": relative,
    "weekday-range": weekday_range,
    "calendar-week": calendar_week,
    "calendar-week-day": calendar_week_day,
    "last-week": last_week,
    "early-this-week": early_this_week,
    "year-typo": year_typo,
    "every-weekday-of-month": every_weekday_of_month,
    "month-range-across": month_range_across,
    "range-between": range_between,
    "range-mixed": range_mixed,
    "day-list-months": day_list_months,
    "month-labels": month_labels,
    "month-colon-list": month_colon_list,
    "month-spaced-days": month_spaced_days,
    "slashed-bare-days": slashed_bare_days,
    "spaced-dotless": spaced_dotless,
    "days-by-article": days_by_article,
    "days-of-named-month": days_of_named_month,
    "late-confirmation": late_confirmation,
}
# Forms that name one explicit calendar day: written for a future day they give nothing.
FUTURE_FORMS = (
    "numeric-dm",
    "numeric-full",
    "month-name",
    "month-name-year",
    "ordinal-suffix",
    "ordinal-word",
    "roman",
    "roman-year",
    "without-dots",
    "compact",
)


def local_day(moment: datetime) -> date:
    return moment.astimezone(BERLIN).date()


def _shown(mentions: tuple[DateMention, ...]) -> tuple[str, ...]:
    return tuple(m.day.isoformat() + ("?" if m.ambiguous else "") for m in mentions)


def _check(form: str, mail: datetime, days: list[date]) -> list[str]:
    today = local_day(mail)
    failures = []
    for day in days:
        for frame in FRAMES:
            written = FORMS[form](day, today, frame.english)
            if written is None:
                continue
            expected = written.expected
            if written.word and not frame.about_treatment:
                expected = ()
            if written.held and not frame.held:
                expected = ()
            if day > today:
                expected = ()
            text = frame.render(written.phrase)
            mentions = extract_dates(text, mail_date=mail)
            got = _shown(mentions)
            if got != expected:
                failures.append(f"{frame.name}: {text!r} at {mail}: {got} != {expected}")
            elif any(m.year_guess != written.year_guess for m in mentions):
                failures.append(
                    f"{frame.name}: {text!r} at {mail}: year_guess is not {written.year_guess}"
                )
    return failures


@pytest.mark.parametrize("mail_name", list(MAIL_DATES))
@pytest.mark.parametrize("form", list(FORMS))
def test_form_is_read_on_the_exact_day(form: str, mail_name: str) -> None:
    mail = MAIL_DATES[mail_name]
    today = local_day(mail)
    days = [today - timedelta(days=offset) for offset in OFFSETS]
    failures = _check(form, mail, days)
    assert not failures, "\n".join(failures)


@pytest.mark.parametrize("mail_name", list(MAIL_DATES))
@pytest.mark.parametrize("form", FUTURE_FORMS)
def test_future_day_is_never_returned(form: str, mail_name: str) -> None:
    mail = MAIL_DATES[mail_name]
    today = local_day(mail)
    failures = _check(form, mail, [today + timedelta(days=ahead) for ahead in FUTURE])
    assert not failures, "\n".join(failures)


# The catching-up forms in sentences that deny, call off, ask or point ahead: no day is
# certain, and none is left for the appointments to settle.
CATCHING_UP_FORMS = (
    "month-range-across",
    "range-between",
    "range-mixed",
    "day-list-months",
    "month-labels",
    "month-colon-list",
    "month-spaced-days",
    "slashed-bare-days",
    "spaced-dotless",
    "days-by-article",
    "days-of-named-month",
    "late-confirmation",
)
NOT_HELD_FRAMES = (  # the days are no treatment days: nothing comes back
    Frame("de-ill", "{d} war ich krank.", english=False),
    Frame("de-cancelled", "Die Behandlung {d} wurde abgesagt.", english=False),
    Frame("de-next", "Nächster Termin {d}, danke.", english=False),
    Frame("en-ill", "I was ill {d}.", english=True),
    Frame("en-not", "The session {d} did not take place.", english=True),
)
DOUBTFUL_FRAMES = (  # asked about or still to come: ambiguous, and nothing left to settle
    Frame("de-question", "Hat die Behandlung {d} stattgefunden?", english=False),
    Frame("de-future", "Die Behandlung {d} wird stattfinden.", english=False),
    Frame("en-question", "Did the session {d} take place?", english=True),
    Frame("en-future", "The session {d} will take place.", english=True),
)


@pytest.mark.parametrize("mail_name", list(MAIL_DATES))
@pytest.mark.parametrize("form", CATCHING_UP_FORMS)
def test_catching_up_forms_take_nothing_when_not_held(form: str, mail_name: str) -> None:
    mail = MAIL_DATES[mail_name]
    today = local_day(mail)
    failures = []
    for offset in OFFSETS:
        for frame in NOT_HELD_FRAMES + DOUBTFUL_FRAMES:
            written = FORMS[form](today - timedelta(days=offset), today, frame.english)
            if written is None:
                continue
            text = frame.render(written.phrase)
            mentions = extract_dates(text, mail_date=mail)
            taken = [m for m in mentions if not m.ambiguous or m.year_guess or m.span]
            if frame in NOT_HELD_FRAMES:
                taken = list(mentions)
            if taken:
                failures.append(f"{frame.name}: {text!r} at {mail}: {_shown(mentions)}")
    assert not failures, "\n".join(failures)


def test_matrix_reaches_every_form_and_frame() -> None:
    """The generators write something for every form in some frame (no dead rows)."""
    written = set()
    for mail in MAIL_DATES.values():
        today = local_day(mail)
        for form, writer in FORMS.items():
            for offset in OFFSETS:
                for frame in FRAMES:
                    if writer(today - timedelta(days=offset), today, frame.english):
                        written.add((form, frame.english))
    assert {form for form, _ in written} == set(FORMS)
    assert len(written) >= 2 * len(FORMS) - 12  # most forms in both languages


# --- holidays -------------------------------------------------------------------------

FIXED = {
    "Neujahr": (1, 1),
    "New Year's Day": (1, 1),
    "Heiligabend": (12, 24),
    "Christmas Eve": (12, 24),
    "1. Weihnachtstag": (12, 25),
    "ersten Weihnachtsfeiertag": (12, 25),
    "Christmas Day": (12, 25),
    "2. Weihnachtsfeiertag": (12, 26),
    "zweiten Weihnachtstag": (12, 26),
    "Boxing Day": (12, 26),
    "Silvester": (12, 31),
    "New Year's Eve": (12, 31),
    "Tag der Deutschen Einheit": (10, 3),
    "Reformationstag": (10, 31),
    "Allerheiligen": (11, 1),
}
# Public holidays by the `holidays` package's own German names (Saxony has Buß- und Bettag,
# Bavaria Fronleichnam); the text names them as patients write them.
PUBLIC = {
    "Karfreitag": "Karfreitag",
    "Ostermontag": "Ostermontag",
    "Easter Monday": "Ostermontag",
    "Christi Himmelfahrt": "Christi Himmelfahrt",
    "Pfingstmontag": "Pfingstmontag",
    "Fronleichnam": "Fronleichnam",
    "Buß- und Bettag": "Buß- und Bettag",
}


def holiday_days(name: str, year: int) -> date:
    if name in FIXED:
        month_number, day_number = FIXED[name]
        return date(year, month_number, day_number)
    calendar = {
        **holidays.country_holidays("DE", subdiv="SN", years=year, language="de"),
        **holidays.country_holidays("DE", subdiv="BY", years=year, language="de"),
    }
    (day,) = [d for d, n in calendar.items() if n == PUBLIC[name]]
    return day


HOLIDAY_NAMES = [*FIXED, *PUBLIC]


@pytest.mark.parametrize("name", HOLIDAY_NAMES)
def test_holiday_is_its_nearest_past_occurrence(name: str) -> None:
    english = name[0] in "BCENY" and name not in ("Buß- und Bettag",)
    failures = []
    for year in (2026, 2027):
        holiday = holiday_days(name, year)
        for after in (0, 1, 3, 9):
            mail = datetime.combine(holiday + timedelta(days=after), datetime.min.time(), BERLIN)
            mail += timedelta(hours=10)
            for frame in FRAMES:
                if frame.english != english:
                    continue
                on = "on" if english else "am"
                text = frame.render(f"{on} {name}")
                # "Einheit" (a treatment unit) makes any sentence one about the treatment
                about = frame.about_treatment or "Einheit" in name
                expected = shown(holiday) if about else ()
                got = _shown(extract_dates(text, mail_date=mail))
                if got != expected:
                    failures.append(f"{text!r} at {mail:%Y-%m-%d}: {got} != {expected}")
        # a week before the holiday it is still to come: nothing (not last year's)
        mail = datetime.combine(holiday - timedelta(days=7), datetime.min.time(), BERLIN)
        got = _shown(extract_dates(f"Die Behandlung am {name} hat stattgefunden.", mail_date=mail))
        if got != ():
            failures.append(f"{name} a week ahead at {mail:%Y-%m-%d}: {got}")
    assert not failures, "\n".join(failures)


# --- what the new forms must not take -------------------------------------------------

NOW = berlin(2026, 4, 15, 10, 0)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Die Behandlung um 10 30 hat stattgefunden.", id="time-with-space"),
        pytest.param("Die Behandlung am 10 30 hat stattgefunden.", id="no-month-30"),
        pytest.param("Termin am 3 4 Mal verschoben, danke.", id="count-after"),
        pytest.param("Die Behandlung am 3 4 Uhr hat stattgefunden.", id="clock-after"),
        pytest.param("Rufen Sie mich an: Tel. 030 1204 5678", id="phone"),
        pytest.param("Die Behandlung am 0304 2211 hat stattgefunden.", id="longer-number"),
        pytest.param("Wegen Ostermontag hat die Behandlung am Dienstag stattgefunden?", id="why"),
        pytest.param("Bis Silvester bin ich im Urlaub.", id="until-holiday"),
        pytest.param("Nächste Woche von Montag bis Mittwoch habe ich Termine.", id="next-week"),
        pytest.param("Die Behandlung in der nächsten KW wäre gut.", id="next-kw-no-number"),
        pytest.param("Am 3.IV. war ich krank.", id="roman-sick"),
        pytest.param("Die Behandlung in KW 20 fand statt.", id="future-week"),
        pytest.param("Ich war in Woche 3 der Therapie.", id="week-of-therapy"),
        pytest.param("Die Behandlung lief so-so, danke.", id="so-so-is-no-range"),
        pytest.param("Die Behandlung wohnt am 3 4a, danke.", id="house-number"),
        pytest.param("Die Sitzung 5 6 und 7 war gut.", id="numbers-after-a-noun"),
        pytest.param("Nikolaus hatte seine Behandlung, danke.", id="a-name-not-a-holiday"),
    ],
)
def test_new_forms_do_not_take(text: str) -> None:
    mentions = extract_dates(text, mail_date=NOW)
    assert [m for m in mentions if not m.ambiguous] == [], _shown(mentions)
    if "Ostermontag" not in text:
        assert mentions == ()


def test_range_ends_carry_their_span() -> None:
    (first, last) = extract_dates(
        "Die Behandlungen vom 6. bis 13. April haben stattgefunden.", mail_date=NOW
    )
    assert first.span == last.span == (date(2026, 4, 6), date(2026, 4, 13))
    assert first.ambiguous
    assert last.ambiguous


def test_calendar_week_span_ends_at_the_mail() -> None:
    (first, last) = extract_dates("Die Behandlung in KW 16 hat stattgefunden.", mail_date=NOW)
    assert (first.day, last.day) == (date(2026, 4, 13), date(2026, 4, 15))
    assert first.span == last.span == (date(2026, 4, 13), date(2026, 4, 15))


def test_a_certain_day_has_no_span_or_year_guess() -> None:
    (mention,) = extract_dates("Die Behandlung am 6.4. hat stattgefunden.", mail_date=NOW)
    assert (mention.span, mention.year_guess, mention.ambiguous) == (None, False, False)


def test_year_typo_is_flagged() -> None:
    mail = berlin(2027, 1, 7, 9, 0)
    (mention,) = extract_dates("Die Behandlung am 5.1.2026 hat stattgefunden.", mail_date=mail)
    assert (mention.day, mention.ambiguous, mention.year_guess) == (date(2027, 1, 5), True, True)
    (late,) = extract_dates("Die Behandlung am 29.12.2026 hat stattgefunden.", mail_date=mail)
    assert (late.day, late.ambiguous, late.year_guess) == (date(2026, 12, 29), False, False)
