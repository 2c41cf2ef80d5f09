"""Treatment dates named in a patient's own words, German first, English too.

A hand-written grammar over precompiled regular expressions; the words it knows (month
and weekday names from Babel's CLDR data, ordinal words, holidays, Roman months, week
words, the function words telling an English writer) are in rules/date_lexicon.py, the
grammar and its calendar rules here. dateparser is deliberately not on this path: measured on
German confirmation mails its ``search_dates`` was slow (milliseconds per mail) and wrong
where it matters ("am 10.04." read as 10:04, the article "die" read as Tuesday, "2. und
9. April" split apart). See bench/dates.py for the comparison.

The grammar, in short:

* numeric dates ``6.4.``, ``06.04.2020``, ``6.4.20``, ``6.4`` (without the final dot only
  where it cannot be a time or a decimal: after a word such as "am", before a verb, at the
  start of a line or after a greeting, in a list), enumerations ``2., 9. und 16.4.``,
  ``2./9.4.``, ``03/10/17/24.09.``, ``19.2 26.2 5.3`` (spaces only: as a single day),
  ranges ``6.-8.4.`` / ``vom 6. bis 8.4.``; a list holding a number that is no day and
  month (``8.10 - 8.40``) is no list of days;
* month names ``6. April``, ``6.april``, ``6. Apr.``, ``Maerz``, ``6th of April``,
  ``April 6th``, ``April 6, 2026``, ``am 2. und 9. April``, several months in one list or
  range ``vom 27. Januar bis zum 10. März``, ``12 May and 19 May``, ``May 12 to June 3``,
  a month labelling its days ``Mai: 6., 13., 20.``;
* a weekday before a date (``Montag, den 6. April``) is checked against the date;
* relative words ``heute``, ``gestern``, ``vorgestern``, ``yesterday``, ``today``, and
  weekdays ``am Dienstag``, ``letzten Montag``, ``diese Woche Dienstag``,
  ``Montag letzte Woche``, ``Dienstag der Vorwoche``, ``last Monday``; counted weeks
  ``Dienstag vor einer Woche``, ``heute vor einer Woche``, ``vor zwei Wochen am Montag``,
  ``a week ago today``;
* ordinal words and suffixes ``am dritten April``, ``Zwölften``, ``3ter``, ``3.ten``,
  ``21st``, ``twenty-first``; a day without month ``am 3.`` (this month's, or last
  month's when this month's is still to come), also as a list ``am 3ten und 10ten``,
  ``der 8. der 15. und der 22.``;
* Roman months ``3.IV.``, ``3. IV. 2026``, ``3.III`` (a numeral of two letters or more
  needs no final dot); numbers without dots after a word such as "am" (``am 3 4``,
  ``am 0304``); ``3/4`` (3 April; an English writer's ``4/7`` is
  April 7 only when 4 July is impossible, both readings ambiguous when both fit);
* holiday names (Karfreitag, Ostermontag, Heiligabend, 2. Weihnachtstag, Boxing Day,
  Rosenmontag, ...): the nearest one, if it has passed;
* days named as a range: ``vom 3. bis 17. März``, ``Montag bis Mittwoch``, ``KW 12``,
  ``in der 12. Kalenderwoche`` (ISO weeks), ``letzte Woche``, ``Anfang der Woche``,
  ``earlier this week``, ``zwischen den Jahren``: both ends, ambiguous, with
  ``DateMention.span``; ``Mittwoch der KW 43`` is one day; ``alle Termine vom 7.10. bis
  gestern``, ``seit dem 10.09.`` (every session said held, up to the mail's day) likewise;
  ``alle Termine im März``, ``die Januartermine``: the month's ends, flagged
  ``DateMention.whole_months`` (a month names no day: never settled);
* a written year that cannot be meant (last year's number on a day just past, next
  year's in late December): this year's day, ambiguous, ``DateMention.year_guess``;
  likewise a day without year whose coming occurrence is months ahead in a sentence that
  says it took place (a confirmation months late): last year's day, a guessed year.

What is ignored: quoted text, times, phone numbers, amounts, versions, file names,
links, birth dates, dates introduced by words that point elsewhere ("bis zum", "ab dem",
"nächster Termin", "Rezept vom", "geb."), and dates in a clause about moving, cancelling,
holidays, illness or a treatment that did not take place.
"""

from __future__ import annotations

import re
from bisect import bisect_right, insort
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from functools import lru_cache
from itertools import chain, islice, pairwise
from typing import Literal
from zoneinfo import ZoneInfo

from rules import dialect
from rules.date_lexicon import (
    ENGLISH_MARKERS,
    EXCEPTING,
    FEASTS,
    GERMAN_MARKERS,
    HOLIDAYS,
    MONTHS,
    ORDINAL_WORDS,
    ORDINALS_EN,
    RELATIVE_WORDS,
    ROMAN,
    ROMAN_MONTHS,
    WEEK_COUNTS,
    WEEK_OF_A_DAY,
    WEEKDAYS_ANY,
    WEEKDAYS_FULL,
    alternation,
    christmas_day,
)
from rules.models import DateMention
from rules.moves import missed_and_called_again, without_moves_within_the_day
from rules.openers import (
    BACK_TO_THE_DAYS,
    DAY_CLAUSE,
    EMOJI,
    SENTENCE_OPENERS,
    WRAPPED_LINE,
    goes_on,
)

__all__ = [
    "CONCESSION",
    "SAYS_ALSO",
    "THERAPIST_STANDING_IN",
    "day_spans",
    "days_within",
    "extract_dates",
    "named_days",
    "says_the_same_of_another_day",
]

# A text naming more dates than this is no confirmation to read automatically; the cap
# keeps the time per mail bounded whatever arrives (25 MB bodies included).
MAX_CANDIDATES = 100
MAX_SENTENCE = 400  # evidence and context never reach further from the date than this
GRACE = timedelta(days=1)  # a date this far after the mail is still accepted (clock slips)
# A day without year whose coming occurrence is further ahead than this may be last year's
# in a sentence that says it took place (a confirmation months late; see _late_confirmation).
LATE_AHEAD = timedelta(days=60)

_NOT_LETTER_AHEAD = r"(?![^\W\d_])"
MONTH = rf"(?:{alternation(MONTHS)}){_NOT_LETTER_AHEAD}\.?"
WEEKDAY_ANY = rf"\b(?:{alternation(WEEKDAYS_ANY)}){_NOT_LETTER_AHEAD}"

# --- the grammar --------------------------------------------------------------------
# Everything below runs on the lower-cased text, without re.IGNORECASE (several times
# faster). Digits are [0-9], not \d, which would also take Arabic-Indic and other digits.

# The first digit of a date, not inside a number, word, path, amount or version. The
# look-behind sits after the digit so that the compiled pattern starts with a digit class
# and the regex engine skips every other position quickly.
FIRST_DIGIT = r"[0-9](?<![\w.*/+\-:€$#§][0-9])"
# "3. 10." with a space is 3 October, unless a month name follows (up to three more days
# between): "3. 10. 17. September" and "3. 10. September" are days of September (see
# SPACED_ORDINAL)
_ORDINALS_TO_MONTH = (
    r"\.(?:[^\S\n]*(?:,|und|and|&)?[^\S\n]*[0-9]{1,2}\.){0,3}[^\S\n]*(?:,|und|and|&)?"
    rf"[^\S\n]*{MONTH}"
)
FULL_REST = (
    rf"[0-9]?\.(?:[0-9]{{1,2}}|\s[0-9]{{1,2}}(?!{_ORDINALS_TO_MONTH}))\."
    r"(?:[0-9]{4}|[0-9]{2}|\s[0-9]{4})?(?![0-9])"
)
DAY_ORD_REST = r"[0-9]?\."  # "2." in "2., 9. und 16.4."
DOTLESS_REST = (
    r"[0-9]?\.[0-9]{1,2}"
    r"(?![0-9.]|,[0-9]|\s*(?:uhr|h\b|std|stunden|min|€|eur|euro|%|cm|mm|kg|km|mg|ml|[:x*]))"
)
FULL, DAY_ORD, DOTLESS = ("[0-9]" + rest for rest in (FULL_REST, DAY_ORD_REST, DOTLESS_REST))
AND_WORDS = r"(?:und|and|sowie|oder|or|u\.|&|\+|/)"
RANGE_WORDS = r"(?:bis(?:\s+(?:zum|einschließlich))?|to|until|till|through|-|–|—)"
WORD_RANGE = r"(?:bis(?:\s+(?:zum|einschließlich))?|to|until|till|through)"
CONN = (  # "14. und 28.", "14th and Tuesday the 28th", "14. und Dienstag, den 28."
    # "der 7. und der 9.7." (only after "und": "Mittwoch, der 10. Juni" is an apposition)
    rf"(?:{AND_WORDS}\s*der\s+(?=[0-9])"
    rf"|(?:,\s*(?:{AND_WORDS}\s*)?|{AND_WORDS}|{WORD_RANGE})"
    r"\s*(?:(?:am|den|dem|zum|vom|on|the)\s+)?"  # "vom 23. und vom 30. Januar"
    rf"(?:{WEEKDAY_ANY}\.?,?\s*(?:(?:den|dem|the)\s+)?)?"
    r"|[-–—])"  # a dash joins two days directly: "8.4. – am 1.4. war ..." is a new clause
)
# Atomic, and lists capped: no input can make the engine backtrack for long. A dash at the
# start of a line is a bullet, no range: "- 3.9\n- 10.9" are two days.
SEP = rf"(?>(?:[^\S\n]*|\s*(?![-–—])){CONN}\s*)"
MAX_LIST = 12
# Days joined by slashes before one full date: "03/10/17/24.09." (as "3./10./17.9.")
SLASHED_DAYS_REST = rf"[0-9]?(?:/[0-9]{{1,2}}){{0,{MAX_LIST}}}/{FULL}"
# Days with their month written one after another with nothing but spaces between them:
# "19.2 26.2 5.3 hat stattgefunden" (after a day without its final dot, before a day.month)
SPACED = r"(?<=[0-9])[^\S\n]+(?=[0-9]{1,2}\.[0-9])"
LIST_SEP = rf"(?:{SEP}|{SPACED})"
NUMERIC_REST = (  # a list may write every day without its final dot ("5.8 und 12.8")
    rf"(?:(?:{FULL_REST}|{DAY_ORD_REST}|{DOTLESS_REST}|{SLASHED_DAYS_REST}){LIST_SEP}"
    rf"(?:(?:{FULL}|{DAY_ORD}|{DOTLESS}){LIST_SEP}){{0,{MAX_LIST}}}"
    rf"(?:{FULL}|{DOTLESS})|{FULL_REST}|{DOTLESS_REST}|{SLASHED_DAYS_REST})"
)
DAY_N_REST = r"[0-9]?(?![0-9])(?:\.?te[nrms]?\b|\.|st\b|nd\b|rd\b|th\b)?"  # "3ten", "3rd"
DAY_N = "[0-9]" + DAY_N_REST
YEAR_TAIL = r"(?:\s*,?\s*[0-9]{4}(?![0-9]))?"
# Between the days and their month at most one line break, and not into a month that
# labels the next line's days ("27.\nJuni: 3." is no 27 June).
MONTH_GAP = rf"(?:[^\S\n]*\n[^\S\n]*(?!{MONTH}[^\S\n]*:)|[^\S\n]*)"
MAX_MONTHS = 6  # groups of days with their month in one list or range
SPACED_ORDINAL = r"[^\S\n]+[0-9]{1,2}\.(?![0-9])"  # "3. 10. 17. September"
DMY_GROUP = (
    rf"(?:{SEP}{DAY_N}|{SPACED_ORDINAL}){{0,{MAX_LIST}}}{MONTH_GAP}(?:of\s+)?{MONTH}{YEAR_TAIL}"
)
# "2. und 9. März", and several months in one list or range: "vom 27. Januar bis zum 10.
# März", "12 May and 19 May", "am 30. März, 6. und 13. April"
DMY_REST = rf"{DAY_N_REST}{DMY_GROUP}(?:{SEP}{DAY_N}{DMY_GROUP}){{0,{MAX_MONTHS}}}"
SLASHED_REST = r"[0-9]?/[0-9]{1,2}(?:/(?:[0-9]{4}|[0-9]{2}))?(?![0-9/])"
ISO_REST = r"[0-9]{3}-[0-9]{2}-[0-9]{2}(?![0-9])"
# "3.IV.", "3. IV. 2026", "13.v.26": a Roman month between dots (or before a year)
ROMAN_REST = (
    rf"[0-9]?\.\s?{ROMAN}{_NOT_LETTER_AHEAD}"
    r"(?:\.(?:\s?[0-9]{4}(?![0-9])|[0-9]{2}(?![0-9]))?|\s[0-9]{4}(?![0-9])"
    # "am 3.III hat": a numeral of two letters or more needs no final dot
    r"|(?<=[ivx]{2})(?=\s|$|[,;:!)]))"
)
_DIGIT_GRAMMAR = re.compile(
    rf"{FIRST_DIGIT}(?:(?P<numeric>{NUMERIC_REST})|(?P<dmy>{DMY_REST})"
    rf"|(?P<roman>{ROMAN_REST})|(?P<slashed>{SLASHED_REST})|(?P<iso>{ISO_REST}))"
)
# "april 6th", "april 6, 2026", "april 2nd and 6th", "May 12 to June 3"; a month that
# labels its days: "Mai: 6., 13., 20." (the days then written as days, with their dot)
_ORDINAL_END = r"(?:\.?te[nrms]?\b|\.|st\b|nd\b|rd\b|th\b)"
# ... and bare day numbers after a month, joined by spaces only: "im Juli 7 9 14 16"
# (strictly increasing, else no list: see _named)
SPACED_DAY = r"[^\S\n]+[0-9]{1,2}(?![0-9:]|\.[0-9])"
MONTH_LABEL = (  # "Mai: 6., 13.", "Mai: 6, 13 und 20": a colon before days, not before a time
    rf"(?:\s*:(?=\s*[0-9]{{1,2}}(?:{_ORDINAL_END}|[\s,]+(?:(?:und|and)\s+)?[0-9]{{1,2}}(?![0-9]))))?"
)
MONTH_FIRST_GROUP = (
    rf"{MONTH}{MONTH_LABEL}\s*(?:the\s+)?{DAY_N}"
    rf"(?:{SEP}{DAY_N}|{SPACED_DAY}){{0,{MAX_LIST}}}{YEAR_TAIL}"
)
_MONTH_FIRST = re.compile(
    rf"{MONTH_FIRST_GROUP}(?:{SEP}(?:(?:im|in)\s+)?{MONTH_FIRST_GROUP}){{0,{MAX_MONTHS}}}"
    r"(?!\s*(?:uhr|h\b|am\b|pm\b|o'clock|[:.][0-9]))"
    r"(?!\s+(?:termine?n?|mal|tage?n?|stunden|wochen|sitzungen|behandlungen|einheiten|x)\b)"
    r"(?![^\S\n]+[0-9])"  # a number left over: "Juli 3 4 Mal" is no list of days
)

_ORDINAL = re.compile(rf"(?<![\w-])(?:{alternation(ORDINAL_WORDS)}){_NOT_LETTER_AHEAD}")
# Dictated day and month, both as German ordinals: "am dritten elften" is the 3.11.
_MONTH_ORDINALS = {
    word: value
    for word, value in ORDINAL_WORDS.items()
    if value <= 12 and word not in ORDINALS_EN and " " not in word
}
_ORDINAL_DAY_MONTH = re.compile(
    rf"(?<![\w-])(?P<day>{alternation(w for w in ORDINAL_WORDS if w not in ORDINALS_EN)})"
    rf"\s+(?P<month>{alternation(_MONTH_ORDINALS)}){_NOT_LETTER_AHEAD}"
    # not the ordinal of a noun: "am dritten zweiten Termin"
    r"(?!\s+(?:termin|mal|sitzung|behandlung|woche|tag|stunde|einheit|anruf|telefonat)\w*)"
)


def _ordinals_as_digits(text: str) -> str:
    """ "am dritten april" -> "am 3.      april", "am dritten elften" -> "am 3.11.
    ...": the same length, offsets unchanged."""

    def day_and_month(match: re.Match[str]) -> str:
        day, month = ORDINAL_WORDS[match["day"]], _MONTH_ORDINALS[match["month"]]
        return f"{day}.{month}.".ljust(len(match.group()))

    def digits(match: re.Match[str]) -> str:
        written = f"{ORDINAL_WORDS[match.group()]}."
        return written.ljust(len(match.group()))

    return _ORDINAL.sub(digits, _ORDINAL_DAY_MONTH.sub(day_and_month, text))


# "am 3." / "vom 21." with no month: a day of this month, or of the last one when this
# month's has not come yet. Only where nothing can follow that would make it something
# else: the end of the clause, or the verb of the sentence.
_DAY_ONLY = re.compile(  # after an article, or right after a weekday ("Friday 27th")
    rf"(?:\b(?:am|vom|den|dem|der|on\s+the|the)|{WEEKDAY_ANY}\.?,?)\s+(?P<days>[0-9]{{1,2}}{_ORDINAL_END}"
    # "der 8., der 15. und der 22.": joined by a word, a comma or the article alone
    r"(?:\s*(?:(?:,|und|and|&|sowie)\s*(?:(?:am|den|der|dem|the)\s+)?|(?:am|den|der|dem|the)\s+)"
    rf"[0-9]{{1,2}}{_ORDINAL_END}){{0,6}})"
    r"(?![0-9])\s*"
    r"(?=[,;:!)\n–—]|$|\.(?:\s|$)|-\s|(?:hat|habe|hab|hatte|hatten|haben|war|waren|fand|fanden"
    r"|ist|sind|wurde|wurden|lief|verlief|ging|klappte|bestätigt|bestaetigt|erhalten|erbracht"
    r"|stattgefunden|wahrgenommen|took|was|were|had|went|happened|confirmed|i\b|we\b"
    r"|um|gegen|at"  # a time of day follows
    r"|meine[nm]?|unsere[nm]?|my|our"  # "am 3ten meinen Termin"
    # "Den Erhalt der Leistung am 3ten bestätige ich", "am 3ten ordnungsgemäß stattgefunden",
    # "am 3ten bei der Videobehandlung", "am 3ten die Behandlung", "am 3ten hot stattgfundn"
    r"|bestätige|bestaetige|erfolgt|ordnungsgemäß|ordnungsgemaess|durchgeführt|gehabt|bei"
    r"|hot|het|hod|hätt|(?:die|das)\s+(?:behandlung|therapie|stunde|sitzung|leistung"
    r"|videobehandlung|telefonat)|behandlung|therapie|leistung"
    r"|auch|ebenfalls|also|too|as\s+well|gleich\s+mit"  # "und am 24. auch", "gleich mit"
    # an adverb of the sentence, never a month: "Der vom 16. übrigens auch"
    r"|übrigens|uebrigens|ebenso|genauso|natürlich|natuerlich|jedenfalls|btw"
    rf"|{'|'.join(dialect.ALSO)}"
    # "Der Termin war am 21. und hat stattgefunden": the verb of a second clause
    r"|und\s+(?:hat|hatte|war|fand|ist|wurde|lief|verlief|ging|klappte)|and\s+(?:was|went|took)"
    # "im Mai am 6., 13., 20. und 27. und im Juni am 3.": the next month's list
    r"|(?:und|and)\s+(?:im|in|am|on)\b"
    # "Freitag den 13. und Freitag den 20.": the next day with its weekday; "Mittwoch den
    # 17. und gestern": a day named by a word (blind GD gd24)
    rf"|(?:und|and|sowie)\s+(?:{alternation(WEEKDAYS_FULL)}"
    r"|gestern|vorgestern|heute|yesterday|today|last\s+night))"
    r"\b)"
)
_DAY_ONLY_NUMBER = re.compile(r"[0-9]{1,2}")
_DAYS_IN_PARENS = re.compile(  # "(9. und 12.)", "(14th)", "(9te)"
    rf"\(\s*(?P<days>[0-9]{{1,2}}{_ORDINAL_END}"
    rf"(?:\s*(?:,|und|and|&|u\.)\s*[0-9]{{1,2}}{_ORDINAL_END}){{0,6}})\s*\)"
)
_DAY_WORDS_BEFORE = re.compile(
    rf"(?:{WEEKDAY_ANY}|\bwoche\b|\bweek\b|\bgestern\b|\bvorgestern\b|\byesterday\b)"
    # within the sentence: a full stop only inside a token or after a weekday's short form
    r"(?:[^().!?\n]|\.(?=\S)|(?<=\b(?:mo|di|mi|do|fr|sa|so))\.|(?<=\b(?:mon|tue|wed|thu|fri|sat|sun))\.)*$"
)
# "im Juni haben stattgefunden: 3., 10., 17. und 24.": days listed after a colon, in a
# sentence that names their month before them (read only then: "Fragen: 1. ..." numbers)
_DAYS_AFTER_COLON = re.compile(
    r":[ \t]*(?P<days>[0-9]{1,2}\.(?![0-9])"
    r"(?:\s*(?:,|und|and|&|sowie|u\.)\s*(?:(?:am|den|der|dem)\s+)?[0-9]{1,2}\.(?![0-9])){0,6})"
)
_MONTH_BEFORE_PARENS = re.compile(  # "im September ... (8., 15.)": that month's days
    rf"\b(?:im|in|vom|for)\s+(?P<month>{MONTH})(?:[^().!?\n]|\.(?=\S))*$"
)
# A month named for the days of the sentence ("im Mai ... am 6. und am 13."), not the month
# of a date ("am 3. Mai").
_MONTH_OF_SENTENCE = re.compile(
    r"\b(?:im|in|for|during|anfang|mitte|ende|early|mid|late)\s+(?:(?:the\s+)?month\s+of\s+)?"
    rf"(?P<month>{MONTH})(?!\s*[0-9])"
)
_WORD_ANCHOR = re.compile(
    rf"\b(?:{alternation([*MONTHS, *RELATIVE_WORDS, *WEEKDAYS_FULL])}){_NOT_LETTER_AHEAD}"
)
_TRAILING_WEEKDAY = re.compile(  # "1.4. (Mittwoch)", "6.4., Montag" after a date
    # "(Mittwoch)", "(der Dienstag wegen Pfingstmontag)": a remark in parentheses that
    # starts with the weekday belongs to the date
    rf"[ \t]*(?:\(\s*(?:(?:der|ein|the|a)\s+)?(?P<trail>{WEEKDAY_ANY})\.?(?:[\s,][^()]{{0,40}})?\)"
    rf"|,?[ \t]*(?P<trail2>{WEEKDAY_ANY})\.?(?=\s*[,.;:!)\n]|\s*$))"
)
_WEEKDAY_WORD = re.compile(WEEKDAY_ANY)
# Yesterday by its own word ("gestern", "yesterday's"), not by a weekday or a date.
_YESTERDAY = re.compile(
    rf"\b(?:{alternation(w for w, offset in RELATIVE_WORDS.items() if offset == -1)})"
    rf"{_NOT_LETTER_AHEAD}"
)
# "diesen Donnerstag", "this Thursday": the one of this week, no day pointed back to.
_THIS_BEFORE = re.compile(r"\b(?:diese[nmrs]?|this)\s+$")
# A sentence that adds a day: "Am Donnerstag war auch."
_ADDS_A_DAY = re.compile(r"\b(?:auch|ebenfalls|ebenso|too|also|as\s+well)\b")
# The end of a list of written days, before its last item: "Mo 16.2., Do 19.2. und " gestern.
AFTER_A_WRITTEN_DAY = re.compile(r"[0-9]\.[0-9]{1,2}\.?\s*(?:,|und|and|&|sowie)\s*$")
_DATE_BESIDE_WEEKDAY = re.compile(  # "Dienstag letzte Woche (26.5.)", "Montag, den 6.4."
    r"[ \t]*(?:\([ \t]*|,[ \t]*(?:(?:den|dem|the)[ \t]+)?)"
    r"(?P<d>[0-9]{1,2})\.(?P<m>[0-9]{1,2})(?![0-9])"
)
_LEAD_WEEKDAY = re.compile(  # "am Montag, den " before a date
    rf"(?:\b(?:am|on|den)\s+)?(?P<lead>{WEEKDAY_ANY})\.?\s*[,(]?\s*(?:(?:den|dem|the|am)\s+)?$"
)
WEEK_WORDS = (
    r"(?:diese[rnms]?|this|vorletzte[rnms]?|letzte[rnms]?|vergangene[rnms]?|vorige[rnms]?|last|past"
    r"|nächste[rnms]?|naechste[rnms]?|kommende[rnms]?|next|übernächste[rnms]?)"
)
_BEFORE_WEEKDAY = re.compile(
    # ("die zwei von letzter Woche (Mo + Do)": the days in parentheses after their week)
    rf"(?:\b(?P<week>{WEEK_WORDS})\s+(?:woche|week)\s+\(?\s*(?:am\s+|on\s+)?)?"
    r"(?:\b(?P<word>vorletzte[nrms]?|letzte[nrms]?|vergangene[nrms]?|vorige[nrms]?|last|past|am|on"
    r"|diese[nrms]?|this)\s+)?$"
)
_AFTER_WEEKDAY = re.compile(
    rf"\s+(?:in\s+)?(?:der\s+)?(?:(?P<week>{WEEK_WORDS})\s+(?:woche|week)|(?P<prev>vorwoche))\b"
)


def _after_week_word(after: re.Match[str] | None) -> str:
    """The week word after a weekday ("Dienstag letzter Woche", "der Vorwoche")."""
    if after is None:
        return ""
    return after.group("week") or ("letzte" if after.group("prev") else "")


# A week named without a day: "letzte Woche", "Anfang der Woche", "in der Vorwoche",
# "earlier this week", "last week" - a range of days (its part of the week, at most today).
_WEEK_RANGE = re.compile(
    r"\b(?:(?P<pos_de>anfang|ende)\s+(?P<of_de>der|dieser|letzter|vergangener|voriger)\s+woche"
    r"|(?P<which_de>vorletzte[nr]?|letzte[nr]?|vergangene[nr]?|vorige[nr]?|diese[nr]?)\s+woche"
    # "die vor zwei Wochen auch", "two weeks ago": that calendar week (blind HH hh12 hh40
    # lost it silently); "vor zwei Wochen am Montag" is a weekday's (read before this)
    r"|vor\s+(?P<ago_de>einer|[1-4]|zwei|drei|vier)\s+wochen?"
    r"|(?P<ago_en>one|[1-4]|two|three|four)\s+weeks?\s+ago"
    r"|(?:in\s+der\s+)?(?P<prev>vorwoche)"
    r"|(?P<pos_en>early|late|earlier|at\s+the\s+(?:beginning|start|end)\s+of"
    r"|(?:the\s+)?(?:beginning|start|end)\s+of)\s+(?P<of_en>this|last|the)\s+week"
    r"|(?P<which_en>last|this)\s+week)\b"
)
_WEEK_RANGE_HINTS = ("woche", "week")
# The day a count of weeks belongs to, before or after it: "heute vor zwei Wochen",
# "Monday two weeks ago", "vor zwei Wochen am Montag".
_DAY_BEFORE_WEEKS_AGO = re.compile(
    rf"\b(?:{alternation([*RELATIVE_WORDS, *WEEKDAYS_FULL])}){_NOT_LETTER_AHEAD}\s*,?\s*$"
)
_DAY_AFTER_WEEKS_AGO = re.compile(
    rf"\s*,?\s*(?:am\s+|on\s+)?(?:{alternation([*RELATIVE_WORDS, *WEEKDAYS_FULL])})"
    rf"{_NOT_LETTER_AHEAD}"
)
_WEEKDAY_IN_SENTENCE = re.compile(rf"\b(?:{alternation(WEEKDAYS_FULL)}){_NOT_LETTER_AHEAD}")
# "Dienstag vor einer Woche", "heute vor zwei Wochen", "Monday two weeks ago": counted
# weeks back from the mail's week (a weekday) or from the day itself ("heute").
_WEEKS_AGO = re.compile(
    r",?\s+(?:vor\s+(?P<de>einer|[1-4]|zwei|drei|vier)\s+wochen?"
    r"|(?P<en>a|one|[1-4]|two|three|four)\s+weeks?\s+ago)\b"
)
# "vor zwei Wochen am Montag": the count before the weekday.
_WEEKS_AGO_BEFORE = re.compile(  # "vor zwei Wochen am Montag", "a week ago today"
    r"(?:\bvor\s+(?P<de>einer|[1-4]|zwei|drei|vier)\s+wochen?"
    r"|\b(?P<en>a|one|[1-4]|two|three|four)\s+weeks?\s+ago)\s*,?\s*(?:am\s+|on\s+)?$"
)
# "Montag bis Mittwoch", "von Mo. bis Mi. letzter Woche": a range of weekdays.
_WEEKDAY_NAME = rf"\b(?:{alternation(WEEKDAYS_ANY)}){_NOT_LETTER_AHEAD}\.?"
_WEEKDAY_RANGE = re.compile(  # starts with the weekday: the prefix tree keeps it fast
    rf"(?P<a>{_WEEKDAY_NAME})\s*"
    r"(?:bis(?:\s+(?:zum|einschließlich))?|-|–|—|to|until|till|through|thru)\s*"
    rf"(?P<b>{_WEEKDAY_NAME})"
)
# A list of weekdays with its week word once, before or after it: the week of each.
_WEEKDAY_JOIN = r"(?:\s*[,/+&]\s*|\s+(?:und|u\.|sowie|and)\s+)(?:(?:am|on)\s+)?"
_WEEK_BEFORE_WEEKDAYS_LISTED = re.compile(
    rf"\b(?P<week>{WEEK_WORDS})\s+(?:woche|week)\s+\(?\s*(?:(?:am|on)\s+)?(?P<word>)"
    rf"(?:{_WEEKDAY_NAME}{_WEEKDAY_JOIN})+$"
)
_WEEKDAYS_LISTED_BEFORE_WEEK = re.compile(
    rf"\.?(?:{_WEEKDAY_JOIN}{_WEEKDAY_NAME})+"
    rf"\s+(?:in\s+)?(?:der\s+)?(?:(?P<week>{WEEK_WORDS})\s+(?:woche|week)|(?P<prev>vorwoche))\b"
)


_RANGE_FROM = re.compile(r"\b(?:von|vom|from)\s+$")
# "jeden Montag im Februar", "alle Dienstage im März", "montags diesen Monat", "every Monday
# in February": every such weekday of a month (this year's if it has begun, else last
# year's), a range whose days are only that weekday.
_EVERY_WEEKDAY = re.compile(
    rf"(?:\b(?:jeden|jedem|alle|immer|every|all)\s+(?:(?:der|die|the)\s+)?"
    rf"(?P<wd>{alternation(WEEKDAYS_FULL)})(?:e|en|s|termine?n?|sitzungen)?"
    r"(?:\s+(?:sessions?|appointments?|treatments?))?"
    rf"|\b(?P<wds>{alternation(WEEKDAYS_FULL)})s)\s+"
    rf"(?:(?:im|in|des|of|during)\s+(?:the\s+)?(?P<m>{MONTH})"
    r"|(?P<this>(?:in\s+)?diese[mn]\s+monat|dieses\s+monats|(?:in\s+)?this\s+month)"
    r"|(?P<last>(?:im\s+)?letzten\s+monat|des\s+letzten\s+monats|(?:im\s+)?vormonat"
    r"|(?:in\s+)?last\s+month))(?![^\W\d_])"
)
# "alle Termine im Oktober", "sämtliche Behandlungen im März und April", "die Termine im
# Juli haben alle stattgefunden", "die Januartermine", "im Februar hat alles stattgefunden",
# "all my sessions in August": every session of a month (this year's if it has begun, else
# last year's; up to the mail's day), a range for rules/mentions.py to settle. A month
# named without a word for every session ("im März hatte ich Urlaub") is no range.
_SESSIONS_WORD = (
    r"(?:\w*termine|\w*behandlungen|\w*sitzungen|therapiestunden|einheiten|sessions"
    r"|appointments|treatments|calls)"
)
_MONTHS_OF_SESSIONS = re.compile(
    rf"\b(?:(?:im|in|vom|des|of|during|for)\s+(?:the\s+month\s+of\s+|monat\s+)?)"
    rf"(?P<m>{MONTH})(?:\s*(?:und|and|&|/|-|–|bis)\s*(?P<m2>{MONTH}))?"
    r"(?!\s*[:,(–-]?\s*\d)"  # "im März: 4., 11. und 18.": the month of the days listed
    rf"|\b(?P<mc>{alternation(MONTHS)})(?:\s*-?\s*/\s*(?P<mc2>{alternation(MONTHS)}))?"
    r"-?(?:termine?n?|behandlung(?:en)?|sitzung(?:en)?)\b"
)
# "alle Termine vom 7.10. bis einschließlich gestern", "sämtliche Behandlungen seit dem
# 10.09.", "ab dem 3.3. alle", "all sessions from 14 April onwards": a range from a day
# written down to the mail's day (or the day before), when the sentence speaks of every
# session in it (a span for rules/mentions.py; "seit dem 3.3. bin ich krank" is none).
_DAY_WRITTEN = (
    rf"\d{{1,2}}\.\s?\d{{1,2}}\.(?:\d{{4}}|\d{{2}})?"
    rf"|\d{{1,2}}(?:\.|st|nd|rd|th)?\s+(?:of\s+)?{MONTH}"
    rf"|{MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?\b"
)
_UP_TO_NOW = re.compile(
    rf"\b(?:vom|von|seit(?:\s+dem)?|ab(?:\s+dem)?|since|from)\s+(?:dem\s+|the\s+)?"
    rf"(?P<first>{_DAY_WRITTEN})\s*"
    r"(?:(?:bis|to|until|till|through|thru|up\s+to)\s+(?:(?:einschlie(?:ß|ss)lich|inklusive"
    r"|inkl\.|zum|and\s+including|including)\s+)*(?P<last>gestern|heute|jetzt|yesterday|today"
    r"|now|last\s+night|tonight)\b"
    r"|(?P<onward>onwards?\b|an\b(?!\s+de[mn]\b)))?"
)
# "am letzten Mittwoch im Mai", "the first Monday in March": that weekday of that month
# (this year's if the month has begun, else last year's), never the last such weekday.
_NTH_OF_MONTH = {
    "ersten": 1, "erste": 1, "first": 1, "zweiten": 2, "second": 2, "dritten": 3, "third": 3,
    "vierten": 4, "fourth": 4, "letzten": -1, "letzte": -1, "last": -1,
}  # fmt: skip
_NTH_WEEKDAY_OF_MONTH = re.compile(
    # (ordinal words are digits in the scan text: "am ersten" reads "am 1.     ")
    rf"\b(?:(?:am|den|dem|the|on)\s+)?(?:(?P<nth>{alternation(_NTH_OF_MONTH)})|(?P<num>[1-4])\.)\s+"
    rf"(?P<wd>{alternation(WEEKDAYS_FULL)})\s+(?:im|in|des|of)\s+(?P<m>{MONTH})"
)
_EXCEPTION_ON = re.compile(rf"\b{EXCEPTING}\b")
_EVERY_ONE_OF_THEM = re.compile(
    rf"\b(?:alle[ns]?|saemtliche[n]?|sämtliche[n]?|jede[nrs]?|all|every|each)\b"
    rf"|\b(?:die|meine|unsere|the|my|our)\s+(?:\w+\s+)?{_SESSIONS_WORD}\b"
    rf"|\b(?:{alternation(MONTHS)})-?(?:termine|behandlungen|sitzungen)\b"
)
# Cheap substring tests before the rarer scans (each is a pass over the whole text).
_WEEK_OF_YEAR_HINTS = ("kw", "kalenderw", "week", "cw")
# "KW 12", "KW12", "KW 12/2026", "12. KW", "in der 12. Kalenderwoche", "Kalenderwoche 12",
# "calendar week 12", "week 12": an ISO week, a range of days.
_WEEK_OF_YEAR = re.compile(
    r"(?:\b(?:kw|cw|kalenderwoche|kalenderw\.|calendar\s+week"
    r"|(?:in|during|of)\s+week(?:\s+no\.?)?)\s*\.?:?\s*"
    r"(?P<n1>[0-9]{1,2})(?![0-9])(?!\s+of\b)(?!\.[0-9])"
    r"|(?P<n2>[0-9](?<![0-9][0-9])[0-9]?)\.?\s*(?:kw|kalenderwoche)(?![^\W\d_]))"
    r"(?:\s*/\s*(?P<y>[0-9]{4}|[0-9]{2})(?![0-9])|\s+(?P<y4>20[0-9]{2})(?![0-9]))?"
)
_MORE_WEEKS = re.compile(
    r"\s*(?P<join>und|and|,|&|-|–|bis|to)\s*(?:(?:kw|cw)\s*)?(?P<n>[0-9]{1,2})(?![0-9.,:])"
)
# Holiday names ("am Ostermontag", "an Heiligabend", "Boxing Day", "2. Weihnachtstag").
_HOLIDAY = re.compile(rf"(?<![\w-])(?:{alternation(HOLIDAYS)}){_NOT_LETTER_AHEAD}")
# "zwischen den Jahren": the days between Christmas and New Year, a range.
_BETWEEN_THE_YEARS = re.compile(
    r"\bzwischen\s+den\s+jahren\b|\bbetween\s+christmas\s+and\s+new\s+year(?:'s|s)?\b"
)
_CHRISTMAS_DAY = re.compile(  # "2. Weihnachtstag", "am 1. und 2. Weihnachtsfeiertag"
    r"\b(?:(?P<n1>1)\.?\s*(?:te[nrms]?\s+)?(?:und|and|u\.|/|&|\+|,)\s*)?"
    r"(?P<n>[12])\.?\s*(?:te[nrms]?\s+)?weihnachts(?:feier)?tag(?:e[ns]?|s)?"
    rf"{_NOT_LETTER_AHEAD}"
)
# "am 3 4", "Termin 2 9", "am 0304": day and month without dots, only after a word that
# introduces a date and where no time, count or further number follows.
_BARE_DAY_MONTH = re.compile(
    r"(?:\b(?:am|vom|den|dem|on|termin|datum|date)\s*:?\s+"
    # the next of a list right after one: "am 5 10 und 12 10" (checked where it is read)
    r"|(?P<joined>\s*(?:,|und|sowie|and|&)\s*(?<=\s)))"
    r"(?:(?P<d>[0-3]?[0-9])\s(?P<m>[01]?[0-9])|(?P<dd>[0-3][0-9])(?P<mm>[01][0-9]))"
    r"(?![0-9/:]|[^\W\d_]|[.,][0-9]|\.[^\s]|\s*(?:uhr|h\b|std|min|€|eur|%|x\b|mal\b|am\b|pm\b)"
    r"|\s*[0-9]|\s+(?:termine?n?|tage?n?|stunden|wochen|sitzungen|behandlungen|einheiten)\b)"
)
_WORDS = re.compile(r"[^\W\d_]+")
# "Mittwoch der KW 43", "KW 43, Mittwoch": one day of the week.
_WEEKDAY_BEFORE_WEEK = re.compile(
    rf"(?P<wd>{_WEEKDAY_NAME})\s*,?\s*(?:(?:der|in\s+der|of|in)\s+)?$"
)
_WEEKDAY_AFTER_WEEK = re.compile(rf"\s*[,:]?\s*(?:(?:am|on)\s+)?(?P<wd>{_WEEKDAY_NAME})")
# A holiday counts when it is the day itself ("am Ostermontag", "on Boxing Day", at the
# start of a sentence), not a reason or a limit ("wegen Pfingstmontag", "bis Silvester").
# A weekday counted from a holiday: "Mittwoch vor Ostern", "the Tuesday after Easter".
_WEEKDAY_AROUND = re.compile(
    rf"\b(?P<weekday>{alternation(WEEKDAYS_FULL)})\s+(?P<side>vor|nach|before|after)\s+"
    rf"(?:dem\s+|den\s+|the\s+)?(?P<feast>{alternation([*HOLIDAYS, *FEASTS])}){_NOT_LETTER_AHEAD}"
)
_HOLIDAY_INTRO = re.compile(
    r"(?:\b(?:am|an|on|vom|den|dem|und|and|sowie|&)\s+(?:the\s+)?|^\s*|[.!?:\n(,]\s*)$"
)

_NUMERIC_ELEMENT = re.compile(
    r"(?P<d>[0-9]{1,2})(?:\.\s?(?P<m>[0-9]{1,2})"
    r"(?:\.(?:\s?(?P<y>[0-9]{4})|(?P<y2>[0-9]{2}))?)?)?"
)
_DAY_NUMBER = re.compile(r"[0-9]{1,2}(?![0-9])")
_YEAR = re.compile(r"[0-9]{4}(?![0-9])")
_YEAR_AFTER = re.compile(r"\s*,?\s*([0-9]{4})(?![0-9])")
_MONTH_WORD = re.compile(rf"(?<![^\W\d_]){MONTH}")
_RANGE_BETWEEN = re.compile(rf"^\W*{RANGE_WORDS}")
# Only range words between two dates read apart ("27. januar bis 10.3.")
# ("– den 9.3. hatte ich ..." after a dash is a new clause, as in the grammar's lists)
# "march 30th through april 8th" read as one month-first group: a range, not two days
_MONTH_FIRST_RANGE = re.compile(
    rf"\d(?:st|nd|rd|th|\.)?\s*(?:{WORD_RANGE}|[-–—])\s*(?:the\s+)?{MONTH}"
)
_RANGE_JOIN = re.compile(
    rf"\s*{WORD_RANGE}\s*(?:(?:zum|den|dem|the)\s+)?|[^\S\n]*[-–—]\s*"  # "\n- " is a bullet
)
_BETWEEN_BEFORE = re.compile(r"\b(?:zwischen|between)\s+(?:(?:dem|den|the)\s+)?$")
_AND_LINK = re.compile(rf"^\W*(?:und|and)\W*(?:(?:dem|den|the)\s+)?(?:{MONTH}\s*)?$")
_OR_BETWEEN = re.compile(r"\b(?:oder|or)\b")

# --- what is not the patient's own words, and what is not a date --------------------

_QUOTE_MARKERS = ("schrieb", "wrote", "geschrieben", "--", "von:", "from:", "gesendet:", "sent:")
_QUOTE_HEADER = re.compile(
    r"^[ \t]*(?:"
    r"-{2,}[ \t]*[^\n]{0,30}(?:Nachricht|Message|weitergeleitet)[^\n]{0,30}?-*"
    r"|Am\s[^\n]{0,200}?(?:\n[^\n]{0,200}?)?\b(?:schrieb|geschrieben)\b[^\n]{0,200}:"
    r"|On\s[^\n]{0,200}?(?:\n[^\n]{0,200}?)?\bwrote:"
    r"|[^\n]{0,200}\b(?:schrieb|geschrieben|wrote)\b[^\n]{0,80}[@<0-9][^\n]{0,120}:"
    r"|[^\n]{0,200}[@<0-9][^\n]{0,200}\b(?:schrieb|geschrieben|wrote)\b[^\n]{0,30}:"
    r"|--[ \t]?"
    r")[ \t]*$"
    r"|^[ \t]*(?:Von|From):[^\n]*\n(?:[^\n]*\n){0,2}[ \t]*(?:Gesendet|Sent|Datum|Date|An|To):"
    r"|^[ \t]*(?:Gesendet|Sent):[ \t]",
    re.IGNORECASE | re.MULTILINE,
)
# '>' lines, and lines that look like copied mail headers ("Betreff: ... am 07.07.2026")
_QUOTED_LINE = re.compile(
    r"^[ \t]*(?:>|(?:Betreff|Subject|Datum|Date|Von|From|An|To|Cc|Gesendet|Sent)"
    r"(?: der Nachricht)?:)[^\n]*",
    re.IGNORECASE | re.MULTILINE,
)

_TOKEN_HEAD = re.compile(r"\S*$")
_TOKEN_TAIL = re.compile(r"\S*")
_FILE_NAME = re.compile(
    r"\.(?:pdf|jpe?g|png|heic|heif|gif|tiff?|bmp|docx?|odt|xlsx?|txt|zip|eml|msg)\W*$"
)
_CLOCK_TIME = re.compile(r"[0-9]{1,2}\.[0-9]{2}\.?")
_CLOCK_FIRST = re.compile(r"[0-9]{1,2}\.[0-9]{2}(?![.0-9])")
_TIME_WORD_BEFORE = re.compile(r"\b(?:um|gegen|ca\.?|circa|etwa|at|ab)\s*$")

# Words right before a date that say it is not a treatment day (up to three words between),
# and the things a number after them is: phone numbers, versions, amounts.
_BEFORE_NOT_TREATMENT = re.compile(
    r"(?:\b(?:bis|ab|seit|since|until|till|spätestens|latest"
    r"|nächste[nrms]?|naechste[nrms]?|kommende[nrms]?|übernächste[nrms]?|next|upcoming"
    r"|following|jede[nrms]?|every|geb|geboren|geburtsdatum|geburtstag|born|birth|dob"
    r"|gültig|valid|fällig|due|frist|deadline"
    # the day excepted: "alle außer am 15.", "except the 3rd", "mit Ausnahme vom 19.02."
    rf"|{EXCEPTING})\b\.?:?"
    r"|\b(?:rezept|rezepts|verordnung|heilmittelverordnung|überweisung|rechnung|mail|e-mail"
    r"|email|nachricht|schreiben|brief|attest|au|krankschreibung|bescheinigung|prescription"
    r"|invoice|letter|message|anfrage)\s+(?:vom|von|from|dated|of)"
    r")(?:\s+\S+){0,3}?\s*$"
    r"|(?:€|\beur|\beuro|\$)\s*$"
    r"|\b(?:tel|telefon|fon|fax|mobil|handy|phone|mobile|mob)\b\.?\s*(?:nr\.?)?\s*:?\s*"
    r"[+(0-9][0-9 /()-]*$"
    r"|\b(?:version|ver|v|update|build|chrome|firefox|safari|edge|ios|android|windows|macos)"
    r"\.?\s*$"
)
# "* 12.03.1958" is a birth date; "* 08.09. – ja" at a line's start a bullet of a list.
_BIRTH_STAR = re.compile(r"\*[^\S\n]*$")
_LINE_START = re.compile(r"(?:^|\n)[^\S\n]*$")
_WITH_YEAR = re.compile(r"\d+\D+\d+\D+\d+")
_AFTER_NOT_TREATMENT = re.compile(  # within the sentence: "12.3.\nNächste Woche ..." is the next
    r"[^\w\n.!?]{0,3}(?:[^\S\n]*(?:in\s+)?(?:der\s+)?(?:nächste|naechste|kommende|next)\w*\s+"
    r"(?:woche|week)|[^\S\n]*(?:geboren|born)"
    # answered no: "Donnerstag letzte Woche nein, den hatte ich abgesagt", "12.3.: nope"
    r"|[^\S\n]*(?:nein|nee|n(?:ö|oe)|nope|no(?=[^\S\n]*(?:[,.;!–—-]|$))))\b"
)
# Anywhere in the same clause: the day is about something other than a treatment held.
_CLAUSE_NOT_TREATMENT = re.compile(
    rf"\b(?:{'|'.join(dialect.NEGATIONS)})\b"
    r"|\b(?:verschieb\w*|verschoben|verleg\w*|absag\w*|abgesagt|sag(?:e|en|t)\b.{0,60}?\bab"
    r"|storn\w*|ausfallen|ausgefallen|fällt\s+\w*\s*aus|fiel\s+\w*\s*aus|urlaub\w*"
    r"|verreist|abwesend|geschlossen|closed|abgebrochen|unterbrochen|aborted|interrupted"
    # cut short: "musste abbrechen", "had to cut it short", "ended early"
    r"|abbrechen|abzubrechen|vorzeitig|cut\s+(?:it\s+|things\s+)?(?:short|off)"
    r"|halbe\s+zeit|nur\s+(?:zur\s+|die\s+)?hälfte|halb\s+so\s+lang\w*|only\s+half"
    r"|(?:ended|left|stopped)\s+(?:it\s+)?early|half-?way"
    r"|verschlafen|versäum\w*|krank|krankheit|erkrankt\w*|krankgeschrieben|nicht|niemand|keiner"
    r"|keine[nmrs]?\s+(?:anruf|termin|behandlung|verbindung|sitzung|video)|verpasst|reschedul"
    # no time, no internet that day: "am 18.3. hatte ich kein Internet" (blind GU gu03)
    r"|keine\s+zeit|kein(?:en)?\s+(?:internet|netz|empfang|strom|wlan|wifi|zugang)"
    r"|no\s+(?:time|internet|signal|wifi|reception)"
    r"\w*|postpon\w*|cancel\w*|vacation|holiday|away|sick|ill|missed|not|never|nobody"
    r"|no\s+call|\w+n't"
    # our mail and the answer to it: "sehe Ihre Mail vom 7.8. erst jetzt", "daher erst heute
    # meine Antwort"
    r"|(?:ihre|eure|deine)\s+(?:e-?mail|mail|nachricht|anfrage|erinnerung|bitte)\w*"
    r"|(?:meine|die)\s+antwort|antworte\s+(?:ich\s+)?erst|your\s+(?:e-?mail|mail|message|request)"
    # paperwork and money: the day a prescription was issued or an invoice paid
    r"|(?:verordnung|rezept|prescription)\s+(?:\w+\s+){0,2}(?:vom|from|dated)"
    r"|ausgestellt|verordnet|überwiesen|ueberwiesen|bezahlt|gezahlt|beglichen|issued|paid"
    # "Termin vergessen" is a missed session; "vergessen zu bestätigen" a late yes
    r"|vergessen(?!\s*:|\s*,?\s*(?:[^\W\d_]+\s+){0,4}?(?:zu\s+)?(?:bestae?tigen|bestätigen|erwähnen"
    r"|erwaehnen|schreiben|sagen|melden|antworten|mitzuteilen|anzugeben|zu\s+bestätigen))"
    r"|forgot(?!\s+to\s+(?:confirm|mention|say|write|reply))|forgotten"
    # no session that day: "am 14.5. war ja kein Termin (Himmelfahrt)"
    r"|(?:war|gab|ist)\s+(?:\w+\s+){0,2}?keine?\s+(?:termin|behandlung|sitzung|stunde|therapie)"
    # ill, or at a doctor's or in hospital that day: not our treatment
    r"|grippe|fieber|erkältet|erkaeltet|erkältung|erkaeltung|bettlägerig|bettlaegerig|flach"
    r"|migräne|migraene|corona|covid|\w*(?:arzt|(?<!m)ärzt|(?<!m)aerzt)\w*|krankenhaus\w*|klinik\w*"
    r"|notaufnahme|flu|fever|doctor'?s?|dentist'?s?|gp|hospital"
    # another provider's visit: "am 12.5. beim Orthopäden"
    r"|orthopäd\w*|orthopaed\w*|osteopath\w*|heilpraktiker\w*|chiropraktiker\w*|neurolog\w*"
    r"|radiolog\w*|kardiolog\w*|internist\w*|chirurg\w*|röntgen\w*|roentgen\w*|mrt"
    r"|orthopa?edist'?s?|osteopath'?s?|chiropractor'?s?)\b"
)
# A session overslept ("den Termin heute verpeilt", "Montag hab ich verpennt"), not the
# answer to our mail ("hab die Mail letzte Woche total verpeilt, also: 11ten und heute ...").
_OVERSLEPT = re.compile(r"\b(?:verpennt|verpeilt)\b")
_OUR_MAIL = re.compile(r"mail|nachricht|antwort|bestätig|bestaetig|meld|schreib|message|repl")
# "zwei Termine noch nicht bestätigt habe: 20.11. und 27.11." is a late yes, no denial
# (unlike "noch nicht stattgefunden").
_NOT_YET_CONFIRMED = re.compile(
    r"\b(?:noch\s+)?(?:gar\s+)?(?:nicht|nie)\s+(?:alle[sn]?\s+)?(?:bestätigt|bestaetigt|gemeldet|zurückgemeldet|rückgemeldet"
    r"|geantwortet|mitgeteilt|confirmed)\b|\bnot\s+(?:yet\s+)?confirmed\b"
    r"|\bnever\s+(?:answered|replied|confirmed|got\s+back)\b"  # "I never answered for the 24th"
    # "I don't think I ever replied about the one on the 10th - that one took place too"
    r"|\bdon'?t\s+think\s+i\s+(?:ever\s+)?(?:answered|replied|confirmed|got\s+back)\b"
    # "Den vom 24.2. haben Sie auch noch nicht von mir, der war auch"
    r"|\bnoch\s+nicht\s+von\s+mir\b"
)
# A concession, no illness or denial of the day: "trotz Erkältung", "despite the cold".
CONCESSION = (
    r"\btrotz(?:\s+(?:der|des|dem|meiner|meines|einer|eines|ihrer|ihres))?\s+\w+"
    r"|\bdespite\s+(?:the\s+|my\s+|a\s+)?\w+"
)
# The writer's own mail out of reach, no session: "ich schreibe von meiner Büroadresse, da
# ich privat gerade nicht reinkomme", "komme nicht an mein Postfach" (folded or not).
WRITERS_MAIL_ACCESS = (
    r"\bprivat\w*\s+(?:\w+\s+){0,2}nicht\s+(?:mehr\s+)?(?:rein|hinein|ran)\w*"
    r"|\b(?:komme?|kam)\s+(?:\w+\s+){0,3}nicht\s+(?:mehr\s+)?(?:an|in)\s+(?:mein\w*\s+)?"
    r"(?:private\w*\s+)?(?:e-?mails?|mails?|postfach|konto|account)\b"
    # "bin nicht an den Computer gekommen, daher beantworte ich beide Anfragen auf einmal"
    r"|\b(?:bin|war|kam|komme?)\s+(?:\w+\s+){0,2}nicht\s+(?:mehr\s+)?(?:an|zu)\s+(?:den|das|die"
    r"|meine[nm]?)\s+(?:computer|rechner|pc|laptop|e-?mails?|mails?)\s+(?:gekommen|ran)\b"
)
# Idioms with "nicht" that deny nothing and promise nothing: "Und damit es nicht vergessen
# wird: am 7. Juli ..."
# Away after the session, the answer late: "war im Urlaub deshalb so spät", "was on holiday,
# hence the late reply" (lower case, umlauts folded or not).
LATE_FOR_AN_ABSENCE = (
    r"\b(?:war|bin|waren|sind|was|were)\s+(?:\w+\s+){0,2}?(?:im|in|on|away\s+on)\s+"
    r"(?:urlaub|holiday|vacation|reha|kur)\s*[,;-]?\s*(?:und\s+)?(?:deshalb|daher|darum|drum"
    r"|deswegen|hence|so|that'?s\s+why)\s+(?:\w+\s+){0,3}?(?:so\s+)?(?:sp(?:ä|ae)t|late|erst"
    r"\s+(?:jetzt|heute))\b"
)
# One of ours standing in for the usual therapist who was ill or away: no session missed,
# no other practice ("war ne andere Therapeutin, weil Frau Brückner krank war", "her
# colleague Markus stepped in because she was off sick"; blind GQ gq14 gq19, GN gn15).
THERAPIST_STANDING_IN = (
    r"\b(?:(?:eine?|ne|die|der|mit\s+der|mit\s+einer|her|his|a|an|the)\s+)?"
    r"(?:andere[nr]?\s+(?:therapeut(?:in)?|kollegin|kollege)|vertretung|vertreter(?:in)?"
    r"|kollegin|kollege|colleague|(?:another|different|other)\s+therapist)\b"
    r"[^.!?]{0,60}?\b(?:weil|da|denn|because|as|since)\s+"
    r"(?:(?:ihre|die|unsere|meine|frau|herr|my|the|our|your)\s+)?(?!(?:ich|wir|i|we)\b)"
    r"(?:[^\W\d_]+\s+)?"
    r"(?:war|ist|was|is)?\s*(?:\w+\s+)?(?:krank|erkrankt|krankgeschrieben|im\s+urlaub"
    r"|in\s+urlaub|verhindert|off\s+sick|sick|ill|on\s+holiday|on\s+leave|away)\b"
    r"(?:\s+(?:war|ist|was|is))?"
)
_NOT_A_DENIAL = re.compile(
    rf"{LATE_FOR_AN_ABSENCE}|{THERAPIST_STANDING_IN}|"
    r"\bdamit\s+(?:es|das|ich\s+es)\s+nicht\s+vergessen\s+wird\b|\bnicht\s+zu\s+vergessen\b"
    # a concession: "Trotz Erkältung hat die Behandlung am 29. Mai stattgefunden"
    rf"|{CONCESSION}|{WRITERS_MAIL_ACCESS}"
)
# ... but only when the sentence says the sessions took place; "Den 2.4. hatte ich noch
# nicht bestätigt." alone is no yes.
_HELD_TOO = re.compile(
    r"stattgefunden|fanden\s+\w*\s*statt|took\s+place|happened"
    r"|\b(?:war|waren)\s+(?:\w+\s+)?(?:auch|beide|alle|jeweils)\b"  # "der war natürlich auch"
    # "... noch gar nicht bestätigt hatte: der 27.01. war ganz normal" (blind IX ix01)
    r"|\b(?:war|waren)\s+(?:ganz\s+)?(?:normal|gut|in\s+ordnung|ok)\b"
)
# The sentence says a session took place (in the past): "hat stattgefunden", "took place",
# "hatte", "waren alle da".
_HELD = re.compile(
    r"\b(?:stattgefunden|stattgefunen|statt\s+gefunden|fanden?\s+(?:\w+\s+)?statt|took\s+place"
    r"|take\s+place|happened"
    r"|erhalt|erhalten|wahrgenommen|teilgenommen|gehabt|durchgeführt|durchgefuehrt|attended|had"
    r"|hatte|hatten|war|waren|was|were)\b"
)
# said of sessions held or confirmed (a range up to now is every session of it)
_SAYS_HELD = re.compile(rf"{_HELD.pattern}|bestätig|bestaetig|confirm|gelaufen|went\s+ahead")
_CLAUSE_FUTURE = re.compile(
    r"\b(?:werde|wird|werden|will|shall|going\s+to|übermorgen|tomorrow)\b|'ll\b"
    r"|(?<!heute\s)(?<!guten\s)(?<!gestern\s)\bmorgen\b"
)
# "Hiermit wird der Erhalt ... bestätigt": a passive of the present, no future (only with
# "hiermit": "der Termin wird noch bestätigt" stays a doubt).
_CLAUSE_PASSIVE = re.compile(
    r"\bhier(?:mit|durch)\s+(?:wird|werden)\b(?:(?!\bnoch\b).){0,120}?"
    r"\b(?:bestätigt|bestaetigt|quittiert|bescheinigt)\b(?!\s+werden)"
    # "Die Behandlung am 3.3. kann abgerechnet werden": billing permitted, no future
    r"|\b(?:kann|können|koennen|darf|dürfen|duerfen)\s+(?:\S+\s+){0,4}abgerechnet\s+werden\b"
)
# A sentence that speaks of the treatment: needed before a bare "heute" or weekday counts.
_TREATMENT_WORDS = re.compile(
    r"(?:termin|behandlung|sitzung|therapie|einheit|telefonat|telefonisch|telefoniert"
    # "meine Stunde", not "eine ganze Stunde" spazieren: a duration is no session
    r"|(?<!eine\s)(?<!ganze\s)(?<!halbe\s)(?<!einer\s)stunde"
    r"|anruf|angerufen|video|gespräch|gespraech|krankengymnastik|physio|übung|uebung"
    r"|stattgefunden|statt|bestätig|bestaetig|teilgenommen|wahrgenommen|erhalten|klappt"
    r"|durchgeführt|durchgefuehrt|appointment|session|treatment|therapy|call|confirm"
    r"|took\s+place|attended|received)"
    r"|\b(?:kg|mt|kgg|leistung|erbracht)\b"
    # both sessions had: "letzte Woche Montag und Donnerstag waren beide", "beide gehabt"
    r"|\bbeide[n]?\s+(?:waren|gehabt|gemacht|stattgefunden)\b|\bwaren\s+beide\b"
)
_HELD_BEFORE = re.compile(r"\b(?:war|waren|was|gepasst|passte)\b(?!\s+(?:ich|wir|i|we)\b)")
_SAID_YES = re.compile(r"\b(?:ja|jo|jep|jawohl|yes|yep|ok|okay|geklappt|klappte|lief|happened)\b")
# A clause that only says "that day too" ("Gestern (24.) übrigens auch.", "And the 24th as
# well."): it speaks of what the sentence before spoke of. Nothing but the day, these
# words and the also-word: "Gestern war ich auch müde" says something else.
# "Donnerstag davor", "the Thursday before": a weekday counted from the day named before.
_SIDE_OF_DAY_BEFORE = re.compile(
    r"\s+(?P<side>davor|zuvor|vorher|danach|darauf|before|after)\b(?!\s+(?:the\s+)?\w+\s*\d)"
)
# "Gestern (24.) übrigens auch.": a sentence that adds the same of another day
SAYS_ALSO = re.compile(
    rf"\b(?:auch|ebenfalls|ebenso|genauso|also|too|as\s+well|{'|'.join(dialect.ALSO)})\b"
)
_ELLIPSIS_WORDS = frozenset(dialect.ALSO) | frozenset(
    {"übrigens", "uebrigens", "auch", "ebenfalls", "ebenso", "genauso", "also", "too", "as",
     "well", "und", "and", "der", "die", "das", "den", "am", "vom", "on", "the", "ja", "yes",
     "jo", "war", "was", "es", "it", "so", "dann", "then", "da", "hat", "did", "ok", "okay",
     "davor", "zuvor", "vorher", "danach", "darauf", "before", "after", "that",
     # "Letzte Woche Dienstag auch.", "last week Tuesday too"
     "letzte", "letzten", "letzter", "letztes", "vergangene", "vergangenen", "vorige",
     "vorigen", "woche", "last", "week",
     # "und diesen Dienstag natürlich auch" (blind GI gi04)
     "diesen", "dieser", "diese", "this", "natürlich", "natuerlich", "of", "course",
     "s", "one", "ones"}  # "last week's (14th) also", "the one before too"
)  # fmt: skip


def says_the_same_of_another_day(clause: str) -> bool:
    """ "Gestern (24.) übrigens auch.", "Und am 6. und 13. ooch": nothing but days, an
    also-word and words that go with them."""
    if SAYS_ALSO.search(clause) is None:
        return False
    return all(
        word in _ELLIPSIS_WORDS
        or word in RELATIVE_WORDS
        or word in WEEKDAYS_ANY
        or word in MONTHS
        or _ORDINAL_END_WORD.fullmatch(word) is not None
        for word in _WORDS.findall(clause)
    )


_ORDINAL_END_WORD = re.compile(r"(?:te[nrms]?|st|nd|rd|th)")
# A line of a list that holds one date and nothing else: "24.02.", "- 3.3.2026"
_BARE_DATE_LINE = re.compile(r"\s*(?:[-*•–]\s*)?[0-9]{1,2}\.\s?[0-9]{1,2}\.?(?:[0-9]{2,4})?\.?\s*")
_DOTLESS_INTRO = re.compile(
    r"\b(?:am|vom|den|dem|on|termin|datum|date|behandlung|sitzung"
    r"|stattgefunden|bestätigt|bestätige|ja|yes|auch"  # "Ja stattgefunden 26.8", "Auch 9.06"
    r"|gemacht|gut|erledigt|geklappt|ok|okay|passt"  # "tamam ja gemacht 12.08", "war gut 26.2"
    r"|heute|gestern|today|yesterday)\s*:?\s*$"  # "2.9 und heute 9.9 gemacht"
)
_LINE_START = re.compile(r"(?:^|\n)[ \t]*(?:[-*•–][ \t]*)?$")
# A line that starts with the day, maybe after a bullet or a greeting: "10.6 auch",
# "- 17.6 Telefon", "Hallo, 09.06 alles gut gemacht"
_DOTLESS_LINE_START = re.compile(
    r"(?:^|\n)[ \t]*(?:[-*•–][ \t]*)?"
    r"(?:(?:hallo|hi|hey|moin|servus|grüß\s+gott|guten\s+(?:tag|morgen|abend)|hello)"
    r"[ \t]*[,!:]?[ \t]*)?$"
)
_DOTLESS_SENTENCE_START = re.compile(r"[^\W\d_]{2}[.!?][ \t]+$")
_CLOCK_AFTER = re.compile(r"\s*(?:uhr\b|h\b|[:.]\d)")
_DOTLESS_OUTRO = re.compile(
    r"(?:\s*$|\s*\n|\s*[!?)✅✔☑👍]|\s*,|\s+(?:um|und|and|at|war|waren|hat|haben|hatte|hatten"
    r"|fand|fanden|ist|sind|wurde|wurden|bestätigt"
    r"|erhalten|ok|okay|passt|has|was|took|confirmed"
    # the treatment named right after: "26.2 Therapie hat stattgefunden"
    r"|therapie|behandlung|termin|sitzung|telefonat|kg|session|treatment|appointment"
    # the way it was held: "Termin war 19.02 telefon hat stattgefunden"
    r"|telefon|video|per|am\s+telefon"
    # a day added: "Und 30.6 auch."
    r"|auch|ebenfalls|ebenso|too"
    # thanks after it: "Ja war gut 26.2 danke"
    r"|danke|vielen\s+dank|thanks|thank\s+you|thx|teşekkür\w*|dziękuję|multumesc|mulțumesc)\b)"
)

_CANDIDATE_END = re.compile(rf"[.!?…]+(?=\s|$)|\n[ \t]*\n|{EMOJI}(?=\s+[A-ZÄÖÜ])")
_ABBREVIATIONS = frozenset(
    {"geb", "ca", "nr", "dr", "fr", "hr", "frau", "str", "tel", "bzw", "usw", "evtl", "ggf"}
    | {"inkl", "z.b", "u.a", "d.h", "z", "u", "d", "vs", "prof", "med", "mr", "mrs", "ms", "st"}
)
_WORD_BEFORE = re.compile(r"([\w.]*\w)$")
_YEAR_BEFORE = re.compile(r"(?<![\d.,:/])(?:19|20)\d\d$|(?<=\d\.)(?:19|20)\d\d$")
_DAY_CLAUSE = re.compile(DAY_CLAUSE)
_FULL_DATE_BEFORE = re.compile(
    r"[0-9]\.\s?(?:[0-9]{1,2}|[ivxIVX]{1,4})\.$|[0-9]{4}\.$"  # "6.4.", "6.IV.", "2026."
)
_CLAUSE_SPLIT = re.compile(
    r";|\s[–—-]\s|,(?!\s*[0-9])"
    # a comma before a date with its own verb ("..., 19.08 war abgesagt"), not in a list
    r"|,(?=\s*[0-9]{1,2}\.[0-9]{0,2}\.?\s+(?:war|waren|hat|hatte|ist|wurde|fiel|fand|was|had)\b)"
    r"|\s(?=(?:aber|jedoch|allerdings|sondern|but|however)\b)"
    # an exception speaks of its own days: "alle im Februar bis auf die zwei, wo ich krank
    # war" (the days before it are not ill days)
    rf"|\s(?={EXCEPTING}\b)"
    # an aside with a day and a verb of its own: "... haben stattgefunden (19.8. war ja
    # abgesagt)", "(der 01.04. war ja abgesagt)"
    r"|\s?\((?=\s*(?:(?:der|den|die|am|vom|the)\s+)?[0-9]{1,2}\.[0-9]{0,2}\.?\s+"
    r"(?:war|waren|hat|hatte|ist|wurde|fiel|fand|was|had)\b)"
    # a pictograph after words ends what was said: "Ja heute hat stattgefunden 😊 der davor
    # leider nicht" (not a mark after a day: "18.03. ✘ war krank")
    rf"|(?<=[^\W\d_])\s*{EMOJI}+(?=\s+[^\W\d_])"
)
_LISTED_DAY = (
    rf"(?:(?:{alternation(WEEKDAYS_ANY)})\.?,?\s*)?[0-9]{{1,2}}\.(?:\s?[0-9]{{1,2}}\.?(?:[0-9]{{2,4}})?"
    rf"|\s?(?:{alternation(MONTHS)})\.?)?"
)
_A_LIST_OF_DAYS = re.compile(
    rf"\s*{_LISTED_DAY}(?:\s*(?:,|und|and|&|\+|/)\s*{_LISTED_DAY})+\s*", re.IGNORECASE
)
# "aber" right after the verb (and a pronoun) is a particle inside the clause, no contrast:
# "Am 26.2. hat mich aber keiner angerufen", "am 8.4. war aber niemand da".
_PARTICLE_BEFORE = re.compile(
    r"\b(?:hat|hatte|habe|hab|war|waren|ist|kam|konnte|wurde|ging|fand|rief|klappte)"
    r"(?:\s+(?:mich|mir|uns|es|das|sie|er|ich|wir|dann|da|leider))?\s*$"
)

# --- the rule -----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Found:
    day: date
    start: int  # offset of the expression in the own text
    ambiguous: bool
    span: tuple[date, date] | None = None  # this day is an end of a range named as a whole
    year_guess: bool = False  # the written year was replaced (see DateMention.year_guess)
    weekday: int | None = None  # the range holds only this weekday (see DateMention.weekday)
    weekday_alone: bool = False  # "am Mittwoch": see DateMention.weekday_alone
    whole_months: bool = False  # "alle Termine im März": see DateMention.whole_months


# The day of the answer, not of a session: "erst heute bestätigen", "only today I'm
# replying", "heute melde ich mich", "heute komme ich dazu".
_ONLY_THEN = re.compile(r"\b(?:erst|endlich|only|finally)\s+$", re.IGNORECASE)
_ANSWERING_AFTER = re.compile(
    r"[^\S\n]+(?:[^\W\d_]+(?:['’][^\W\d_]+)?[^\S\n]+){0,3}?(?:bestätig\w*|bestaetig\w*|melde\w*|antworte\w*"
    r"|schreibe\w*|zurück|zurueck|dazu|gesehen|gelesen|confirm\w*|repl\w*|answer\w*|writing"
    r"|getting\s+back)\b",
    re.IGNORECASE,
)
_ANSWERING_NOW = re.compile(
    r"[^\S\n]+(?:bestätige|bestaetige|melde|antworte|schreibe)[^\S\n]+(?:ich|wir)\b"
    r"|[^\S\n]+komme[^\S\n]+ich[^\S\n]+(?:erst[^\S\n]+)?dazu\b",
    re.IGNORECASE,
)


def is_day_of_answering(text: str, start: int, end: int) -> bool:
    """ "Kann ich erst heute bestätigen", "heute melde ich mich": the relative day at
    text[start:end] is the day the patient answers, not a session (found probing beside
    blind FQ fq15: "erst heute bestätigen: die Behandlung am 14.4. ..." had billed that
    evening's session too)."""
    if text[start:end].lower() not in ("heute", "heut", "today"):
        return False  # "vorgestern bestätige ich" is the session's day
    only = _ONLY_THEN.search(text, max(0, start - 12), start)
    if only is not None and _ANSWERING_AFTER.match(text, end):
        return True
    return _ANSWERING_NOW.match(text, end) is not None


# A relative day with a date beside it: "gestern, Mittwoch 28.10.", "heute (3.3.)".
_RELATIVE_THEN_DATE = re.compile(
    rf"(?:{alternation(RELATIVE_WORDS)}){_NOT_LETTER_AHEAD}"
    r"(?:\s*,\s*|\s*\(\s*|\s+)(?:(?:am|den|dem|the|on)\s+)?"
)
_WEEKDAY_BESIDE = re.compile(rf"{WEEKDAY_ANY}\.?\s*,?\s*(?:(?:den|dem|the)\s+)?")


def _without_clashing_appositions(found: list[_Found], text: str) -> list[_Found]:
    """ "die Behandlung gestern, Mittwoch 28.10." written on a Friday: the relative day
    and the date beside it name two days, one of them wrong. Neither is certain (blind EZ
    ez42 had recorded Thursday's session)."""
    by_start: dict[int, list[_Found]] = {}
    for item in found:
        by_start.setdefault(item.start, []).append(item)
    clashing: set[int] = set()
    for item in found:
        beside = _RELATIVE_THEN_DATE.match(text, item.start)
        if beside is None or beside.end() == item.start:
            continue
        starts = {beside.end()}
        if (weekday := _WEEKDAY_BESIDE.match(text, beside.end())) is not None:
            starts.add(weekday.end())
        others = [o for at in starts for o in by_start.get(at, []) if o.day != item.day]
        if others:
            clashing |= {id(item), *(id(o) for o in others)}
    return [replace(item, ambiguous=True) if id(item) in clashing else item for item in found]


def extract_dates(
    text: str, *, mail_date: datetime, timezone: str = "Europe/Berlin"
) -> tuple[DateMention, ...]:
    """Every day the patient names as the day a treatment took place.

    Practice rule: a day counts when the patient's own words name it and nothing around
    it points elsewhere (future, cancellation, birth, prescription, quoted mail). Years
    and relative words are resolved from the mail's date in the practice's time zone: the
    nearest such day, which must not lie after the mail (one day of grace, else it is a
    future date and ignored) nor more than a year before it.
    A day that cannot be pinned down for sure (a range, "oder", a weekday that does not
    fit the date, a question, a future tense, 3/4 from an English writer)
    is returned with ``ambiguous=True``; "nächste Woche" or "neulich" return nothing.
    One exception to the window: a day without month led by its weekday ("Friday 27th",
    "Montag, den 7.") may be that day of the next month, and comes back ambiguous even
    when it lies ahead, so the caller sees that the mail speaks of a coming session.
    The ends of a range named as a whole also carry ``span`` (first and last day, the
    last at most the mail's day), a replaced year carries ``year_guess``: the caller may
    settle them against the patient's appointments, never by itself.
    Mentions are sorted by day, one per day: its first sentence, and ambiguous only if
    every mention of that day is (the sentence is then the first unambiguous one).
    """
    if mail_date.tzinfo is None or mail_date.utcoffset() is None:
        raise ValueError("mail_date must be timezone-aware")
    today = _local_date(mail_date, timezone)
    own = _own_words(text)
    if not own.strip():
        return ()
    reader = _Reader(own, today)
    by_day: dict[date, _Found] = {}
    sentences: dict[date, dict[str, None]] = {}
    named_otherwise: set[date] = set()  # by more than its weekday somewhere in the mail
    for found in _without_months_of_days_named(
        _without_clashing_appositions(list(reader.scan()), reader.scan_text), reader.scan_text
    ):
        known = by_day.get(found.day)
        if known is None or (known.ambiguous and not found.ambiguous):
            by_day[found.day] = found
        if not found.weekday_alone:
            named_otherwise.add(found.day)
        sentences.setdefault(found.day, {})[reader.sentence_at(found.start)] = None
    return tuple(
        DateMention(
            day=day,
            sentence=(first := reader.sentence_at(found.start)),
            ambiguous=found.ambiguous,
            span=found.span if found.ambiguous else None,
            weekday=found.weekday if found.ambiguous and found.span else None,
            year_guess=found.year_guess and found.ambiguous,
            weekday_alone=day not in named_otherwise,
            whole_months=found.whole_months and found.ambiguous and found.span is not None,
            other_sentences=tuple(s for s in sentences[day] if s != first),
        )
        for day, found in sorted(by_day.items())
    )


def _without_months_of_days_named(found: list[_Found], text: str) -> list[_Found]:
    """A month of sessions ("alle Termine im Mai") whose days the mail also names one by
    one ("... im Mai: Mi 7.5., Mi 21.5.", in the sentence or elsewhere) labels those days:
    it is no range of its own. A day named in an exception ("außer dem 13.") is no such
    day."""
    excepted = [(m.start(), m.end() + 40) for m in _EXCEPTION_ON.finditer(text)]
    months = {f.span for f in found if f.whole_months and f.span is not None}
    labels = {
        span
        for span in months
        if any(
            not f.whole_months
            and span[0] <= f.day <= span[1]
            and not any(start <= f.start < end for start, end in excepted)
            for f in found
        )
    }
    return [f for f in found if not (f.whole_months and f.span in labels)]


def days_within(
    text: str, spans: Iterable[tuple[int, int]], *, mail_date: datetime, timezone: str
) -> frozenset[date]:
    """The days `extract_dates` reads from the expressions that start inside `spans`
    (offsets of `text`), resolved in the context of the whole text: "am 14." after "für
    Mai:" is the 14th of May. For readers that take one expression back
    (rules.corrections)."""
    today = _local_date(mail_date, timezone)
    own = _own_words(text)
    inside = sorted(spans)
    return frozenset(
        found.day for found in _Reader(own, today).scan() if _inside(found.start, inside)
    )


def named_days(text: str, *, mail_date: datetime, timezone: str) -> frozenset[date]:
    """The days a text names, whatever it says of them ("Letzte Woche Dienstag war ich
    krank", "am Ostermontag hatte ich ja keinen Termin"), read as `extract_dates` reads a
    plain statement; days it cannot pin down are left out. For readers that must know
    which day a denial speaks of, where `extract_dates` leaves a denied day out."""
    own = _own_words(text)
    if not own.strip():
        return frozenset()
    reader = _AnyContextReader(own, _local_date(mail_date, timezone))
    return frozenset(
        found.day
        for found in reader.scan()
        if not found.ambiguous
        # "bis auf den einen Donnerstag" among several Thursdays: which one, a person knows
        and not _BARE_WEEKDAY.match(reader.scan_text, found.start)
    )


# Before a weekday that is still to come: "nächsten Montag", "bis Montag", "next Monday".
_LATER_WEEKDAY = re.compile(
    r"\b(?:nächste\w*|naechste\w*|kommende\w*|übernächste\w*|uebernaechste\w*|bis|ab|next"
    r"|coming|until|till|see\s+you)\s+(?:(?:zum|am|on)\s+)?$"
)


def weekdays_named(text: str, *, mail_date: datetime, timezone: str) -> frozenset[date]:
    """The days of the weekdays a text names by themselves ("Montag ja.", "yes, monday was
    fine"), each the last such weekday up to the mail's day, that `named_days` leaves out;
    not one still to come ("nächsten Montag", "bis Montag!"). For a yes that names no date:
    is its weekday the one asked about?"""
    own = _own_words(text)
    if not own.strip():
        return frozenset()
    reader = _AnyContextReader(own, _local_date(mail_date, timezone))
    return frozenset(
        found.day
        for found in reader.scan()
        if _BARE_WEEKDAY.match(reader.scan_text, found.start)
        and not _LATER_WEEKDAY.search(reader.scan_text, 0, found.start)
    )


# Patterns that write a day by themselves, in the order day_spans tries them; month names
# alone ("im März") and weekday abbreviations alone ("so", "do") are no day.
_SPAN_PATTERNS = (
    _DAY_ONLY,
    _DAYS_IN_PARENS,
    _DAYS_AFTER_COLON,
    _MONTH_FIRST,
    _WEEKDAY_RANGE,
    _EVERY_WEEKDAY,
    _WEEK_OF_YEAR,
    _WEEK_RANGE,
    _HOLIDAY,
    _CHRISTMAS_DAY,
    _BETWEEN_THE_YEARS,
    _BARE_DAY_MONTH,
    re.compile(
        rf"(?:\b(?:{WEEK_WORDS})\s+(?:woche|week)\s+)?"
        r"(?:\b(?:vom|letzte[nrms]?|vergangene[nrms]?|vorige[nrms]?|last|past)\s+)?"
        rf"\b(?:{alternation([*RELATIVE_WORDS, *WEEKDAYS_FULL])}){_NOT_LETTER_AHEAD}"
        rf"(?:{_WEEKS_AGO.pattern}|{_AFTER_WEEKDAY.pattern})?"
    ),
)


def day_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Where a lower-case text writes a day, in any form the grammar reads (a date, a list
    or range of days, a weekday, "gestern", a calendar week, a holiday), whatever day it
    is and whatever the words around it say; overlapping spans merged, offsets those of
    `text`. For readers that need to know which words are days (rules/plain_yes.py)."""
    scan = _ordinals_as_digits(text.replace("\u0130", "i").lower())
    spans: list[tuple[int, int]] = []
    for match in islice(_DIGIT_GRAMMAR.finditer(scan), MAX_CANDIDATES):
        lead = _LEAD_WEEKDAY.search(scan, max(0, match.start() - 30), match.start())
        trail = _TRAILING_WEEKDAY.match(scan, match.end())
        spans.append(
            (
                match.start() if lead is None else lead.start(),
                match.end() if trail is None else trail.end(),
            )
        )
    for pattern in _SPAN_PATTERNS:
        spans.extend(m.span() for m in islice(pattern.finditer(scan), MAX_CANDIDATES))
    merged: list[tuple[int, int]] = []
    for start, end in sorted(s for s in spans if s[1] > s[0]):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return tuple(merged)


# --- helpers ------------------------------------------------------------------------


@lru_cache(maxsize=16)
def _zone(name: str) -> ZoneInfo:
    return ZoneInfo(name)


def _local_date(moment: datetime, timezone: str) -> date:
    try:
        return moment.astimezone(_zone(timezone)).date()
    except (OverflowError, ValueError):  # at the very ends of datetime's range
        return moment.date()


def _own_words(text: str) -> str:
    """The text above the first quote header, without '>' lines (defensive second cut)."""
    lowered = text.lower()
    if any(marker in lowered for marker in _QUOTE_MARKERS):
        header = _QUOTE_HEADER.search(text)
        if header is not None:
            text = text[: header.start()]
    if ">" in text or ":" in text:
        text = _QUOTED_LINE.sub("", text)
    return text


def _shift(day: date, days: int) -> date | None:
    try:
        return day + timedelta(days=days)
    except OverflowError:
        return None


def recent_day_of_month(day: int, today: date) -> date | None:
    """ "am 3." written on `today`: this month's 3rd if it has come, else last month's
    (None when that month has no such day)."""
    this_month = _make_date(today.year, today.month, day)
    if this_month is not None and this_month <= today:
        return this_month
    last_month = _shift(today.replace(day=1), -1)
    if last_month is None:  # January of year 1: no month before it
        return None
    return _make_date(last_month.year, last_month.month, day)


def _make_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _one_year_before(day: date) -> date:
    if day.year == 1:
        return date.min
    return _make_date(day.year - 1, day.month, day.day) or date(day.year - 1, day.month, 28)


Parts = list[tuple[date | None, bool]]  # resolved days (None: no such day), ambiguous


class _Reader:
    """One pass over one text: sentences, clauses and the grammar's matches."""

    def __init__(self, own: str, today: date) -> None:
        self.own = own
        # lower-cased once so the grammar needs no IGNORECASE; "İ" is the one character
        # whose lower case is longer, and offsets must stay those of `own`
        self.scan_text = _ordinals_as_digits(own.replace("\u0130", "i").lower())
        self.today = today
        self.earliest = _one_year_before(today)
        self.latest = _shift(today, GRACE.days) or date.max
        self._starts: list[int] | None = None
        self._english: bool | None = None
        self._slash_order: str | None = None
        self.found: list[_Found] = []  # what the scan under way has found so far
        # what a resolved day was, beyond ambiguous: an end of a range, a replaced year
        self.spans: dict[date, tuple[date, date]] = {}
        self.year_guesses: set[date] = set()
        self.late_days: set[date] = set()  # last year's day of a late confirmation

    # sentences -----------------------------------------------------------------------

    @property
    def sentence_starts(self) -> list[int]:
        if self._starts is None:
            self._starts = self._sentence_starts()
        return self._starts

    def _sentence_starts(self) -> list[int]:
        starts = [0]
        text = self.own
        for end in _CANDIDATE_END.finditer(text):
            mark = end.group()
            if mark.startswith(".") and mark == "." and not self._ends_sentence(end.start()):
                continue
            starts.append(end.end())
        # a line the writer ended (shorter than the mail program wraps) ends its sentence,
        # as classify reads it: "3.6 war gut\n10.6 auch\n17.6 nicht, ich lag im Krankenhaus"
        line_start = 0
        for line in text.split("\n")[:-1]:
            line_start += len(line) + 1
            if len(line.rstrip()) < WRAPPED_LINE and not goes_on(line):
                starts.append(line_start)
        return sorted(set(starts))

    def _ends_sentence(self, dot: int) -> bool:
        """Whether a "." ends a sentence (not an abbreviation, ordinal or inner date dot)."""
        text = self.own
        after = text[dot + 1 : dot + 30]
        following = after.lstrip()
        next_word = following.split(maxsplit=1)[0].rstrip(".,:!?") if following else ""
        capital_next = next_word[:1].isupper()
        if (
            capital_next
            and _YEAR_BEFORE.search(text, max(0, dot - 6), dot)
            and next_word.lower() not in BACK_TO_THE_DAYS
        ):
            # a year's dot: "vom 1. Oktober 2026. Ihre Bitten ..."; but "29.09. und
            # 06.10.2026. Beide haben stattgefunden." speaks of those days on
            return True
        if _FULL_DATE_BEFORE.search(text[max(0, dot - 20) : dot + 1]):
            # "am 6.4. Termin gehabt" goes on (German nouns are capitalised); a new line or
            # a word that usually opens a sentence starts a new one.
            return capital_next and (
                "\n" in after[: len(after) - len(following)]
                or next_word.lower() in SENTENCE_OPENERS
                # "vom 05.03. Montag hab ich verpennt": a weekday's clause of its own
                or _DAY_CLAUSE.match(text, dot + 1 + len(after) - len(following)) is not None
            )
        if text[dot - 1 : dot] in (")", '"', "“", "”", "»", "«", " ", "\t") and capital_next:
            return True  # "... 1.4. (Mittwoch). Am 8.4. ...", "... 30.1.26 .\nDen 9. ..."
        word_match = _WORD_BEFORE.search(text[max(0, dot - 20) : dot])
        if word_match is None:
            return False
        word = word_match.group(1).lower()
        if word[-1].isdigit():
            # "on Aug 17. I'm travelling": a day's dot ends the sentence only before a word
            # that opens one ("am 17. April" goes on)
            opener = re.split(r"['’]", next_word, maxsplit=1)[0].lower()
            return capital_next and opener in SENTENCE_OPENERS
        if word in _ABBREVIATIONS:
            return False
        if word in MONTHS or word in WEEKDAYS_ANY:  # "6. Apr. 2026" vs "am 6. April. Danke"
            return capital_next
        return True

    def _sentence_bounds(self, offset: int) -> tuple[int, int]:
        """The sentence around offset; at most MAX_SENTENCE characters either side."""
        index = bisect_right(self.sentence_starts, offset) - 1
        start = self.sentence_starts[index]
        end = (
            self.sentence_starts[index + 1]
            if index + 1 < len(self.sentence_starts)
            else len(self.own)
        )
        return max(start, offset - MAX_SENTENCE), min(end, offset + MAX_SENTENCE)

    def sentence_at(self, offset: int) -> str:
        # an expression found with the blank before it ("ja.\nDonnerstag letzte Woche")
        # belongs to the sentence of its first word
        while offset < len(self.own) - 1 and self.own[offset].isspace():
            offset += 1
        start, end = self._sentence_bounds(offset)
        return " ".join(self.own[start:end].split())

    def _span_bounds(self, start: int, end: int) -> tuple[int, int]:
        """The sentence around [start, end), or the sentences when a list of days runs
        across a line end ("im Juli\n7 9 14 war ich krank")."""
        s_start, s_end = self._sentence_bounds(start)
        if end > s_end:
            s_end = max(s_end, self._sentence_bounds(end - 1)[1])
        return s_start, s_end

    def _clause(self, start: int, end: int) -> tuple[int, int]:
        """The clause of the sentence holding [start, end): the scope of context words."""
        s_start, s_end = self._span_bounds(start, end)
        sentence = self.scan_text[s_start:s_end]
        left, right = 0, len(sentence)
        for cut in _CLAUSE_SPLIT.finditer(sentence):
            if sentence.startswith("aber", cut.end()) and _PARTICLE_BEFORE.search(
                sentence, max(0, cut.start() - 30), cut.start()
            ):
                continue
            if cut.end() <= start - s_start:
                left = cut.end()
            elif cut.start() >= end - s_start:
                right = cut.start()
                break
        # a colon after a list of days: what follows speaks of some of them ("29.10.,
        # 5.11., 12.11., 19.11.: the 5th was cancelled by me, the rest took place", blind
        # IR ir31)
        colon = sentence.find(":", end - s_start, right)
        if colon != -1 and _A_LIST_OF_DAYS.fullmatch(sentence, left, colon):
            right = colon
        return s_start + left, s_start + right

    # the scan ------------------------------------------------------------------------

    def scan(self) -> Iterator[_Found]:
        """Dates that start with a digit, then month-first dates, then words for days."""
        self.found.clear()
        for found in self._scan():
            self.found.append(found)
            yield found

    def _points_back(self, day: date, offset: int) -> Literal["named", "maybe"] | None:
        """Whether a weekday named by itself at `offset` ("Am Donnerstag hat eine andere
        Therapeutin angerufen") points back to another day of that weekday that an earlier
        sentence wrote down: "named" when that sentence names the weekday too ("am
        Donnerstag, den 9. Juli"), "maybe" when not ("den 9.7."); None for "diesen
        Donnerstag" or a sentence that adds a day ("Am Donnerstag war auch.")."""
        text = self.scan_text
        sentence_start, sentence_end = self._sentence_bounds(offset)
        if _THIS_BEFORE.search(text, max(0, offset - 12), offset) or _ADDS_A_DAY.search(
            text, sentence_start, sentence_end
        ):
            return None
        earlier = [
            f
            for f in self.found
            if f.day != day
            and f.day.weekday() == day.weekday()
            and not f.ambiguous
            and not f.weekday_alone
            and f.start < sentence_start
        ]
        if not earlier:
            return None
        named = any(
            WEEKDAYS_ANY[m.group()] == day.weekday()
            for f in earlier
            for m in _WEEKDAY_WORD.finditer(
                text, max(0, f.start - 30), self._sentence_bounds(f.start)[1]
            )
        )
        return "named" if named else "maybe"

    def _weekday_beside(self, offset: int, weekday: int, side: str) -> date | None:
        """The weekday right before or after the day named last before `offset` ("Die
        Behandlung gestern (21.7.) hat stattgefunden. Den Donnerstag davor ebenfalls."), when
        that sentence or the one before names exactly one day."""
        start = self._sentence_bounds(offset)[0]
        before = self._sentence_bounds(start - 1)[0] if start > 0 else start
        named = {f.day for f in self.found if before <= f.start < offset and not f.ambiguous}
        if len(named) != 1:
            return None
        (day,) = named
        if side in ("davor", "zuvor", "vorher", "before"):
            return day - timedelta(days=(day.weekday() - weekday - 1) % 7 + 1)
        return day + timedelta(days=(weekday - day.weekday() - 1) % 7 + 1)

    def _scan(self) -> Iterator[_Found]:
        text = self.scan_text
        taken: list[tuple[int, int]] = []
        matches = list(islice(_DIGIT_GRAMMAR.finditer(text), MAX_CANDIDATES))
        joined: set[int] = set()  # the second dates of ranges joined to the date before
        for index, match in enumerate(matches):
            if index in joined:
                continue
            kind = match.lastgroup
            # "1.4. (Mittwoch)": a weekday written right after a date is that date's
            trail = _TRAILING_WEEKDAY.match(text, match.end())
            start = self._with_lead(match.start())
            end = trail.end() if trail is not None else match.end()
            insort(taken, (start, end))
            if self._is_not_a_day(match):
                continue
            between = self._between(match.start())
            if kind == "numeric":
                found = self._numeric(match, between=between)
            elif kind == "dmy":
                found = self._named(match.group(), month_first=False, between=between)
            elif kind == "slashed":
                found = self._by_weekday(self._slashed(match.group()), start, end, taken)
            elif kind == "roman":
                found = self._roman(match.group())
            else:
                iso = match.group()
                found = [
                    self._resolve(int(iso[8:10]), int(iso[5:7]), int(iso[:4]), ambiguous=False)
                ]
            trail_weekday = (
                WEEKDAYS_ANY[(trail.group("trail") or trail.group("trail2")).rstrip(".")]
                if trail is not None
                else None
            )
            following = matches[index + 1] if index + 1 < len(matches) else None
            if (
                following is not None
                and trail is None
                and {kind, following.lastgroup} <= {"numeric", "dmy"}
                and _RANGE_JOIN.fullmatch(text, match.end(), following.start())
                and not self._is_not_a_day(following)
            ):
                # "vom 27. Januar bis 10.3.", "vom 27.1. bis zum 10. März": a range written
                # in two forms, its ends joined as the grammar joins "vom 6. bis 8.4."
                found = self._joined_range(found, following)
                if len(found) == 2:
                    joined.add(index + 1)
                    end = following.end()
                    insort(taken, (start, end))
            yield from self._judged(
                found, start, end, self._lead(match.start()), trail_weekday=trail_weekday
            )
        for match in islice(_DAY_ONLY.finditer(text), MAX_CANDIDATES):
            if _inside(match.start("days"), taken):
                continue
            # "Monday the 7th", "Montag, den 7.": the weekday picks the month (a later one
            # too: then the day lies after the mail and is never taken as certain)
            lead = self._lead(match.start("days"))
            weekday = WEEKDAYS_ANY[lead.group("lead")] if lead is not None else None
            start = lead.start() if lead is not None else match.start()
            insort(taken, (start, match.end()))
            day_numbers = [int(n.group()) for n in _DAY_ONLY_NUMBER.finditer(match.group("days"))]
            month = self._month_of_sentence(start)
            if month is not None:  # "Im Mai war ich am 6. und am 13. da": May's days
                found = [
                    self._resolve(number, month, None, ambiguous=False) for number in day_numbers
                ]
                yield from self._judged(found, start, match.end(), lead)
                continue
            earlier = self._written_before(start)
            days: list[date | None]
            if weekday is None and day_numbers and all(n in earlier for n in day_numbers):
                # "8., 15. und 22. April. ... Am 15. haben wir telefoniert" written in May:
                # the 15th the mail wrote out before (blind IX ix27 read it as May's)
                days = [earlier[n] for n in day_numbers]
            elif weekday is None:
                days = self._recent_days_in_order(day_numbers)
            else:
                days = [self._day_of_recent_month(n, weekday=weekday) for n in day_numbers]
            yield from self._judged([(day, False) for day in days], start, match.end(), lead)
        for match in islice(_DAYS_AFTER_COLON.finditer(text), MAX_CANDIDATES):
            sentence_start, _ = self._sentence_bounds(match.start())
            named = list(_MONTH_OF_SENTENCE.finditer(text, sentence_start, match.start()))
            # a month with words after it, whose clause the days share ("im Juni haben
            # stattgefunden: 3., 10."); a month label ("Im März: 29.") the grammar reads
            if (
                not named
                or not text[named[-1].end() : match.start()].strip()
                or _inside(match.start("days"), taken)
            ):
                continue
            insort(taken, (named[-1].start(), match.end()))
            month = MONTHS[named[-1].group("month").rstrip(".")]
            found = [
                self._resolve(int(number.group()), month, None, ambiguous=False)
                for number in _DAY_ONLY_NUMBER.finditer(match.group("days"))
            ]
            yield from self._judged(found, named[-1].start(), match.end(), None)
        for match in islice(_DAYS_IN_PARENS.finditer(text), MAX_CANDIDATES):
            # "Montag und Donnerstag letzte Woche (9. und 12.)": the days of the words
            # before, written out; only after such words ("(1.)" alone numbers a list)
            before = _DAY_WORDS_BEFORE.search(text, max(0, match.start() - 60), match.start())
            in_month = _MONTH_BEFORE_PARENS.search(text, max(0, match.start() - 60), match.start())
            if before is None and in_month is not None and not _inside(match.start("days"), taken):
                # "im September hatte ich alle vier Termine (8., 15., 22. und 29.)"
                insort(taken, (in_month.start(), match.end()))
                month = MONTHS[in_month.group("month").rstrip(".")]
                found = [
                    self._resolve(int(number.group()), month, None, ambiguous=False)
                    for number in _DAY_ONLY_NUMBER.finditer(match.group("days"))
                ]
                yield from self._judged(found, in_month.start(), match.end(), None)
                continue
            if before is None or _inside(match.start("days"), taken):
                continue
            insort(taken, (before.start(), match.end()))
            numbers = list(_DAY_ONLY_NUMBER.finditer(match.group("days")))
            # "Donnerstag (26.)": one weekday per number, in order, picks each day's month
            # (a coming one too: then the day is no treatment day)
            weekdays: list[int | None] = [
                WEEKDAYS_ANY[word.group().rstrip(".")]
                for word in _WEEKDAY_WORD.finditer(text, before.start(), match.start())
            ]
            if len(weekdays) == len(numbers):
                days = [
                    self._day_of_recent_month(int(number.group()), weekday=weekday)
                    for number, weekday in zip(numbers, weekdays, strict=True)
                ]
            else:
                days = self._recent_days_in_order([int(number.group()) for number in numbers])
            yield from self._judged(
                [(day, False) for day in days], before.start(), match.end(), None
            )
        yield from self._scan_words(taken)
        anchors = [
            m
            for m in islice(_WORD_ANCHOR.finditer(text), MAX_CANDIDATES)
            if not _inside(m.start(), taken)
        ]
        for anchor in anchors:
            if anchor.group() in MONTHS and not _inside(anchor.start(), taken):
                month_first = _MONTH_FIRST.match(text, anchor.start())
                if month_first is not None:
                    start, end = self._with_lead(anchor.start()), month_first.end()
                    insort(taken, (start, end))
                    found = self._named(
                        month_first.group(), month_first=True, between=self._between(start)
                    )
                    if (
                        len(found) == 2
                        and _MONTH_FIRST_RANGE.search(month_first.group())
                        and None not in (found[0][0], found[1][0])
                    ):
                        # "from March 30th through April 8th": both ends, with their span
                        low, high = found[0][0], found[1][0]
                        assert low is not None
                        assert high is not None
                        if low < high:
                            self.spans[low] = self.spans[high] = (low, min(high, self.today))
                            found = [(low, True), (high, True)]
                    yield from self._judged(found, start, end, self._lead(anchor.start()))
        for anchor in anchors:
            word = anchor.group()
            if word in MONTHS or _inside(anchor.start(), taken):
                continue
            if word in WEEKDAYS_FULL and (side := _SIDE_OF_DAY_BEFORE.match(text, anchor.end())):
                # "Den Donnerstag davor ebenfalls": counted from the day named before it
                day = self._weekday_beside(anchor.start(), WEEKDAYS_FULL[word], side["side"])
                if day is not None:
                    yield from self._judged_words([day], anchor.start(), side.end())
                continue
            alone = False  # a weekday without a week word or "letzten" (set below)
            weeks_ago = _WEEKS_AGO.match(text, anchor.end())
            counted_before = (
                _WEEKS_AGO_BEFORE.search(text, max(0, anchor.start() - 30), anchor.start())
                if word not in ("morning", "tonight")
                else None
            )
            if counted_before is not None:  # "vor zwei Wochen am Montag", "a week ago today"
                count = counted_before.group("de") or counted_before.group("en")
                weeks = int(count) if count.isdigit() else WEEK_COUNTS[count]
                day, vague = self._weeks_back(word, weeks)
                start, end = counted_before.start(), anchor.end()
            elif weeks_ago is not None:
                count = weeks_ago.group("de") or weeks_ago.group("en")
                weeks = int(count) if count.isdigit() else WEEK_COUNTS[count]
                day, vague = self._weeks_back(word, weeks)
                start, end = anchor.start(), weeks_ago.end()
            elif word in RELATIVE_WORDS:
                if is_day_of_answering(text, anchor.start(), anchor.end()):
                    continue  # "kann ich erst heute bestätigen": when the answer is written
                day, vague = self._relative(anchor), False
                start, end = anchor.span()
            elif _EACH_BEFORE.search(text, max(0, anchor.start() - 16), anchor.start()):
                continue  # "KW 3 und KW 4 (jeweils Montag)": the weekday of each, no day
            elif _WEEK_COUNTED_FROM_A_DAY.search(text, max(0, anchor.start() - 40), anchor.start()):
                # "am 23.3. ..., in der Woche danach ebenfalls Montag und Mittwoch" (blind HZ
                # hz38 billed the last Monday and Wednesday): a week counted from another
                # day, which the weekday alone does not place; a person counts
                continue
            else:
                before = _BEFORE_WEEKDAY.search(text, max(0, anchor.start() - 40), anchor.start())
                after = _AFTER_WEEKDAY.match(text, anchor.end())
                start = before.start() if before is not None else anchor.start()
                end = after.end() if after is not None else anchor.end()
                if self._written_after(end) == WEEKDAYS_FULL[word]:
                    # "Dienstag letzte Woche (26.5.)" on a Sunday: the date written beside
                    # the weekday is the day meant, however loosely the week was said
                    continue
                if (before is None or not before.group("week")) and after is None:
                    # "letzte Woche Montag und Mittwoch", "Mo. und Mi. letzter Woche": the
                    # week word of a list of weekdays is every one's
                    listed_after = _WEEKDAYS_LISTED_BEFORE_WEEK.match(text, anchor.end())
                    listed_before = _WEEK_BEFORE_WEEKDAYS_LISTED.search(
                        text, max(0, anchor.start() - 80), anchor.start()
                    )
                    if listed_after is not None or listed_before is not None:
                        before = listed_before
                        after = listed_after
                        if listed_after is not None:
                            end = listed_after.end()
                day = self._weekday(WEEKDAYS_FULL[word], before, after)
                # "letzten Donnerstag" written on the Friday: yesterday or the week before,
                # people mean either
                last = (before.group("word") or "") if before is not None else ""
                week_named = (before is not None and bool(before.group("week"))) or (
                    after is not None and bool(_after_week_word(after))
                )
                said_last = last.startswith(("letzt", "vergangen", "vorig", "last", "past"))
                before_last = last.startswith("vorletzt")
                # "am Mittwoch", "diesen Mittwoch": no word puts it in the past
                alone = not week_named and not said_last and not before_last
                yesterday_or_before = (
                    day is not None
                    and said_last
                    and not week_named
                    and (self.today - day).days == 1
                )
                if yesterday_or_before and day is not None and _YESTERDAY.search(text):
                    # "gestern und letzte donnerstag termin ok gemacht" on a Friday, "last
                    # Tuesday's call went ahead. And yesterday's too.": yesterday has its own
                    # word, so the last Thursday is the week before (blind HH hh42 hh43 lost
                    # it without telling staff)
                    day -= timedelta(days=7)
                    yesterday_or_before = False
                vague = (
                    yesterday_or_before
                    or before_last  # one week back or two, people mean either
                    # "Montag hat stattgefunden" written on a Monday: today's session, or a
                    # week ago (blind FZ fz38 had recorded today's)
                    or (day == self.today and not last and not week_named)
                )
                back = self._points_back(day, anchor.start()) if alone and day else None
                if back == "named":
                    # "am Donnerstag, den 9. Juli ... Am Donnerstag hat eine andere
                    # Therapeutin angerufen" written on the 20th: that Thursday again, not
                    # the 16th (blind DR dr09 had billed it)
                    continue
                # "Ich bestätige den 9.7. Am Donnerstag hat Frau Said angerufen": that
                # Thursday or the last one, a person knows
                vague = vague or back == "maybe"
                if alone and WEEK_OF_A_DAY.search(text, 0, anchor.start()):
                    # "die beiden Termine in der Woche ab dem 16. Februar ... Montag und
                    # Donnerstag haben beide stattgefunden" (blind IB ib09 billed the last
                    # Monday): that week's days, not read here; staff count them
                    continue
            if (
                day is not None
                and (
                    self._counts_as_day(start, end)
                    # the last of a list of written days: "Mo 16.2., Do 19.2. und gestern."
                    or (
                        word in RELATIVE_WORDS
                        and AFTER_A_WRITTEN_DAY.search(text, max(0, start - 12), start)
                        and not any(self._context(start, end)[:2])
                    )
                )
            ):
                yield _Found(day, start, ambiguous=vague, weekday_alone=alone)

    def _scan_words(self, taken: list[tuple[int, int]]) -> Iterator[_Found]:
        """Weekday ranges, calendar weeks, holiday names and dates without dots."""
        text = self.scan_text
        for match in islice(_EVERY_WEEKDAY.finditer(text), MAX_CANDIDATES):
            if _inside(match.start(), taken):
                continue
            insort(taken, match.span())
            every = self._every_weekday(match)
            if every is not None:
                every_day, month_span = every
                yield from self._judged_words(
                    sorted(set(month_span)),
                    match.start(),
                    match.end(),
                    span=month_span,
                    weekday=every_day,
                )
        for match in islice(_NTH_WEEKDAY_OF_MONTH.finditer(text), MAX_CANDIDATES):
            if _inside(match.start(), taken) or (day := self._nth_weekday(match)) is None:
                continue
            insort(taken, match.span())
            yield from self._judged_words([day], match.start(), match.end())
        for match in islice(_UP_TO_NOW.finditer(text), MAX_CANDIDATES):
            if (span := self._up_to_now(match)) is not None:
                insort(taken, match.span())
                yield from self._judged_words(
                    sorted({span[0], span[1]}), match.start(), match.end(), span=span
                )
        for match in islice(_MONTHS_OF_SESSIONS.finditer(text), MAX_CANDIDATES):
            if _inside(match.start(), taken) or (span := self._months_of_sessions(match)) is None:
                continue
            insort(taken, match.span())
            yield from self._judged_words(
                sorted({span[0], span[1]}), match.start(), match.end(), span=span, months=True
            )
        for match in islice(_WEEKDAY_RANGE.finditer(text), MAX_CANDIDATES):
            if _inside(match.start(), taken):
                continue
            after = _AFTER_WEEKDAY.match(text, match.end())
            lead = _RANGE_FROM.search(text, max(0, match.start() - 6), match.start())
            lead_start = lead.start() if lead is not None else match.start()
            before = _BEFORE_WEEKDAY.search(text, max(0, lead_start - 40), lead_start)
            start = before.start() if before is not None and before.group("week") else None
            span = self._weekday_range(match, before, after)
            end = after.end() if after is not None else match.end()
            insort(taken, (start if start is not None else match.start(), end))
            if span is not None:
                days = sorted({span[0], span[1]})
                yield from self._judged_words(
                    days, start if start is not None else match.start(), end, span=span
                )
        weeks = any(hint in text for hint in _WEEK_OF_YEAR_HINTS)
        for match in islice(_WEEK_OF_YEAR.finditer(text) if weeks else (), MAX_CANDIDATES):
            if _inside(match.start(), taken):
                continue
            span = self._week_of_year(match)
            weekday = _WEEKDAY_BEFORE_WEEK.search(text, max(0, match.start() - 30), match.start())
            if weekday is None:
                weekday = _WEEKDAY_AFTER_WEEK.match(text, match.end())
            if weekday is not None and span is not None:  # "Mittwoch der KW 43": that day
                start, end = min(weekday.start(), match.start()), max(weekday.end(), match.end())
                insort(taken, (start, end))
                day = _shift(span[0], WEEKDAYS_ANY[weekday.group("wd").rstrip(".")])
                if day is not None and day <= self.today:
                    yield from self._judged([(day, False)], start, end, None)
                continue
            # "KW 10 und 11", "KW 10-12", "KW 36, 37 und 38": one range over weeks that
            # follow each other or are joined by "bis"; "KW 10 und 12": two ranges
            spans = [span] if span is not None else []
            previous = int(match.group("n1") or match.group("n2"))
            end = match.end()
            for _ in range(MAX_LIST):
                more = _MORE_WEEKS.match(text, end)
                if more is None:
                    break
                end = more.end()
                number = int(more.group("n"))
                week = self._iso_week(number, None)
                through = more.group("join") in ("-", "–", "bis", "to") or number == previous + 1
                if week is not None and spans and through and week[0] > spans[-1][0]:
                    spans[-1] = (spans[-1][0], week[1])
                elif week is not None:
                    spans.append(week)
                previous = number
            insort(taken, (match.start(), end))
            excluded, doubtful, _ = self._context(match.start(), end)
            for week_span in spans if not excluded else []:
                for day in sorted({week_span[0], week_span[1]}):
                    yield _Found(
                        day,
                        match.start(),
                        ambiguous=True,
                        span=week_span if not doubtful else None,  # asked about: staff
                    )
        for match in islice(_WEEKDAY_AROUND.finditer(text), MAX_CANDIDATES):
            # "am Mittwoch vor Ostern", "the Tuesday after Easter Monday"
            if _inside(match.start(), taken):
                continue
            insort(taken, match.span())
            day = self._around_holiday(match)
            if day is not None:
                yield from self._judged_words([day], match.start(), match.end())
        holidays = _HOLIDAY.finditer(text)
        if "weihnacht" in text:
            holidays = chain(holidays, _CHRISTMAS_DAY.finditer(text))
        for match in islice(holidays, MAX_CANDIDATES):
            if _inside(match.start(), taken):
                continue
            insort(taken, match.span())
            day = self._holiday(match)
            intro = _HOLIDAY_INTRO.search(text, max(0, match.start() - 12), match.start())
            if day is not None and intro is not None:
                days = [day]
                if match.groupdict().get("n1") and day.day == 26:  # "1. und 2. Weihnachtstag"
                    days.insert(0, day - timedelta(days=1))
                yield from self._judged_words(days, match.start(), match.end())
        if any(hint in text for hint in _WEEK_RANGE_HINTS):
            days_taken = list(taken)  # (a week beside another week is no day: "letzte
            # Woche und vor zwei Wochen")
            for match in islice(_WEEK_RANGE.finditer(text), MAX_CANDIDATES):
                if _inside(match.start(), taken) or self._near_a_day(match, days_taken):
                    continue
                if (match.group("ago_de") or match.group("ago_en")) and (
                    _DAY_BEFORE_WEEKS_AGO.search(text, max(0, match.start() - 16), match.start())
                    or _DAY_AFTER_WEEKS_AGO.match(text, match.end())
                ):
                    continue  # "heute vor zwei Wochen", "vor zwei Wochen am Montag": one day
                insort(taken, match.span())
                span = self._week_part(match)
                if span is not None:
                    days = sorted({span[0], span[1]})
                    yield from self._judged_words(days, match.start(), match.end(), span=span)
        if "zwischen den jahren" in text or "between christmas" in text:
            for match in islice(_BETWEEN_THE_YEARS.finditer(text), MAX_CANDIDATES):
                insort(taken, match.span())
                span = self._between_the_years()
                if span is not None:
                    days = sorted({span[0], span[1]})
                    yield from self._judged_words(days, match.start(), match.end(), span=span)
        listed_to = -1  # where the last bare day and month read ends
        for match in islice(_BARE_DAY_MONTH.finditer(text), MAX_CANDIDATES):
            first = match.start("d") if match.group("d") else match.start("dd")
            if _inside(first, taken) or (match.group("joined") and match.start() != listed_to):
                continue
            insort(taken, (first, match.end()))
            listed_to = match.end()
            day_text = match.group("d") or match.group("dd")
            month_text = match.group("m") or match.group("mm")
            found = self._day_month(int(day_text), int(month_text), None, slashed=False)
            yield from self._judged(found, first, match.end(), self._lead(first))

    def _weekday_range(
        self,
        match: re.Match[str],
        before: re.Match[str] | None,
        after: re.Match[str] | None,
    ) -> tuple[date, date] | None:
        """ "Montag bis Mittwoch": of this week when Wednesday has come, else of the last;
        "... letzte Woche" / "diese Woche" name the week. The end is at most today."""
        first = WEEKDAYS_ANY[match.group("a").rstrip(".")]
        last = WEEKDAYS_ANY[match.group("b").rstrip(".")]
        if first == last:  # "so-so", "Mo - Mo": no range of days
            return None
        week_word = (before.group("week") if before is not None else None) or _after_week_word(
            after
        )
        monday = _shift(self.today, -self.today.weekday())
        if monday is None or week_word.startswith(
            ("nächst", "naechst", "kommend", "next", "übernächst")
        ):
            return None
        if week_word.startswith("vorletzt"):
            end = _shift(monday, last - 14)
        elif week_word.startswith(("letzt", "vergangen", "vorig", "last", "past")):
            end = _shift(monday, last - 7)
        elif week_word:
            end = _shift(monday, last)
        else:
            back = (self.today.weekday() - last) % 7
            end = _shift(self.today, -back)
        if end is None:
            return None
        start = _shift(end, -((last - first) % 7))
        if start is None or start > self.today or start < self.earliest:
            return None
        return start, min(end, self.today)

    def _every_weekday(self, match: re.Match[str]) -> tuple[int, tuple[date, date]] | None:
        """ "jeden Montag im Februar": the weekday and the first and last such day of
        the month, the last at most today; None when no such day has come yet."""
        weekday = WEEKDAYS_FULL[match.group("wd") or match.group("wds")]
        year, month = self.today.year, self.today.month
        if match.group("m") is not None:
            month = MONTHS[match.group("m").rstrip(".")]
            if month > self.today.month:
                year -= 1
        elif match.group("last") is not None:
            year, month = (year, month - 1) if month > 1 else (year - 1, 12)
        first = date(year, month, 1)
        first = first + timedelta(days=(weekday - first.weekday()) % 7)
        if first > self.today or first < self.earliest:
            return None
        last = first
        while (following := last + timedelta(days=7)).month == month and following <= self.today:
            last = following
        return weekday, (first, last)

    def _nth_weekday(self, match: re.Match[str]) -> date | None:
        """ "am letzten Mittwoch im Mai": that day, if it has passed (a year back at most)."""
        month = MONTHS[match["m"].rstrip(".")]
        year = self.today.year - (month > self.today.month)
        weekday = WEEKDAYS_FULL[match["wd"]]
        days = [
            day
            for number in range(1, 32)
            if (day := _make_date(year, month, number)) is not None and day.weekday() == weekday
        ]
        nth = int(match["num"]) if match["num"] else _NTH_OF_MONTH[match["nth"]]
        if nth > len(days):
            return None
        day = days[nth - 1] if nth > 0 else days[-1]
        return day if self.earliest <= day <= self.today else None

    def _up_to_now(self, match: re.Match[str]) -> tuple[date, date] | None:
        """ "vom 7.10. bis gestern", "seit dem 10.09.": the day written and the mail's day
        (or the day before); None unless the sentence speaks of every session in it, for
        "seit"/"ab"/"since" without an end, and for "vom"/"from" without one."""
        if match["last"] is None and (
            match["onward"] is None and match.group(0).split()[0] in ("vom", "von", "from")
        ):
            return None
        if re.search(
            r"(?:woche|week)\s*$", self.scan_text[max(0, match.start() - 12) : match.start()]
        ):
            return None  # "in der Woche ab dem 16. März": a week counted from a day
        sentence = self.scan_text[slice(*self._sentence_bounds(match.start()))]
        if not _EVERY_ONE_OF_THEM.search(sentence) or not _SAYS_HELD.search(sentence):
            return None  # ("bitte schicken Sie mir alle Termine seit dem 06.05.")
        written = [f.day for f in _Reader(match["first"], self.today).scan() if not f.ambiguous]
        if len(written) != 1:
            return None
        last = self.today - timedelta(
            days=1 if match["last"] in ("gestern", "yesterday", "last night") else 0
        )
        if not written[0] < last or written[0] < self.earliest:
            return None
        return written[0], last

    def _months_of_sessions(self, match: re.Match[str]) -> tuple[date, date] | None:
        """ "alle Termine im Oktober (und November)": the first day of the (first) month and
        the last of the (last), at most today; None when the sentence does not speak of
        every session of them ("im März war ich krank") or no such month has begun."""
        first_name = match.group("m") or match.group("mc")
        last_name = match.group("m2") or match.group("mc2") or first_name
        sentence = self.scan_text[slice(*self._sentence_bounds(match.start()))]
        if not _EVERY_ONE_OF_THEM.search(sentence) and not re.search(r"\balles\b", sentence):
            return None
        if re.search(r"\d", _EXCEPTION_ON.split(sentence, maxsplit=1)[0]):
            return None  # "In February the sessions on the 6th and the 13th": the days named
        first_month = MONTHS[first_name.rstrip(".")]
        last_month = MONTHS[last_name.rstrip(".")]
        year = self.today.year - (first_month > self.today.month)
        last_year = year + (last_month < first_month)
        first = date(year, first_month, 1)
        following = date(last_year + (last_month == 12), last_month % 12 + 1, 1)
        last = min(following - timedelta(days=1), self.today)
        # (a month ahead is no past year's: "Rezept für die Termine im Mai" in April)
        if first > last or (self.today - first).days > 200 or (following - first).days > 62:
            return None
        return first, last

    def _week_of_year(self, match: re.Match[str]) -> tuple[date, date] | None:
        """ "KW 12": the ISO week 12 last begun on or before the mail (week 1 of the new
        year may start in December; "KW 52" in early January is last year's)."""
        return self._iso_week(
            int(match.group("n1") or match.group("n2")), match.group("y") or match.group("y4")
        )

    def _iso_week(self, number: int, written: str | None) -> tuple[date, date] | None:
        if written is not None:
            years = [int(written) + (2000 if len(written) == 2 else 0)]
        else:
            iso_year = self.today.isocalendar().year
            years = [iso_year - 1, iso_year, iso_year + 1]
        nearest: date | None = None
        for year in years:
            try:
                monday = date.fromisocalendar(year, number, 1)
            except ValueError:
                continue
            if nearest is None or abs(monday - self.today) < abs(nearest - self.today):
                nearest = monday
        if nearest is None or not self.earliest <= nearest <= self.today:
            return None  # still to come (the nearest such week), or too old
        return nearest, min(_shift(nearest, 6) or nearest, self.today)

    def _around_holiday(self, match: re.Match[str]) -> date | None:
        """The weekday right before or after the holiday nearest the mail ("Mittwoch vor
        Ostern" written on Easter Monday is the 1st of April), if it has come."""
        holiday = self._nearest_holiday(match["feast"])
        if holiday is None:
            return None
        weekday = WEEKDAYS_FULL[match["weekday"]]
        if match["side"] in ("vor", "before"):
            day = holiday - timedelta(days=(holiday.weekday() - weekday - 1) % 7 + 1)
        else:
            day = holiday + timedelta(days=(weekday - holiday.weekday() - 1) % 7 + 1)
        return day if self.earliest <= day <= self.today else None

    def _holiday(self, match: re.Match[str]) -> date | None:
        """The named holiday nearest the mail, if that is not still to come (like a date
        without year: "Himmelfahrt" a week ahead is the coming one, not last year's)."""
        number = match.groupdict().get("n")
        nearest = self._nearest_holiday(match.group(), christmas=number)
        if nearest is None or not self.earliest <= nearest <= self.today:
            return None
        return nearest

    def _nearest_holiday(self, word: str, *, christmas: str | None = None) -> date | None:
        """The named holiday (or "n. Weihnachtstag") nearest the mail, this year's, last
        year's or next year's."""
        rule = christmas_day(int(christmas)) if christmas else HOLIDAYS.get(word, FEASTS.get(word))
        if rule is None:  # pragma: no cover - the pattern holds only known names
            return None
        nearest: date | None = None
        for year in (self.today.year - 1, self.today.year, self.today.year + 1):
            try:
                day = rule(year)
            except (ValueError, OverflowError):
                continue
            if nearest is None or abs(day - self.today) < abs(nearest - self.today):
                nearest = day
        return nearest

    def _near_a_day(self, match: re.Match[str], taken: list[tuple[int, int]]) -> bool:
        """Whether the sentence of a week word also names a day ("am 3.4. letzte Woche",
        "Dienstag letzter Woche"): then the week only places that day."""
        start, end = self._sentence_bounds(match.start())
        if any(s < end and e > start for s, e in taken):
            return True
        return _WEEKDAY_IN_SENTENCE.search(self.scan_text, start, end) is not None

    def _week_part(self, match: re.Match[str]) -> tuple[date, date] | None:
        """ "letzte Woche": last Monday to Sunday; "vor zwei Wochen": that week's Monday to
        Sunday; "diese Woche": Monday to today; "Anfang der Woche": Monday to Wednesday;
        "Ende letzter Woche": Thursday to Sunday;
        "earlier this week": Monday to yesterday. The end is at most today."""
        which = (
            match.group("which_de")
            or match.group("of_de")
            or match.group("which_en")
            or match.group("of_en")
            or ("letzte" if match.group("prev") else "")
        )
        position = match.group("pos_de") or match.group("pos_en") or ""
        monday = _shift(self.today, -self.today.weekday())
        if monday is None:
            return None
        if which.startswith("vorletzt"):  # "vorletzte Woche": the week before the last
            monday = _shift(monday, -14) or monday
        elif which.startswith(("letzt", "vergangen", "vorig", "last")):
            monday = _shift(monday, -7) or monday
        elif count := match.group("ago_de") or match.group("ago_en"):
            weeks = int(count) if count.isdigit() else WEEK_COUNTS[count]
            monday = _shift(monday, -7 * weeks)
            if monday is None:
                return None
        first, last = 0, 6
        if position.startswith(("anfang", "early", "at the beginning", "at the start")) or (
            position.startswith(("beginning", "start", "the beginning", "the start"))
        ):
            last = 2
        elif position.startswith(("ende", "late", "at the end", "end", "the end")):
            first = 3
        elif position == "earlier":
            last = max(0, (self.today - monday).days - 1)
        start = _shift(monday, first)
        end = _shift(monday, last)
        if start is None or end is None or start > self.today or start < self.earliest:
            return None
        return start, min(end, self.today)

    def _between_the_years(self) -> tuple[date, date] | None:
        """ "zwischen den Jahren": 27 to 31 December, the nearest such days, if begun."""
        starts = [_make_date(year, 12, 27) for year in (self.today.year - 1, self.today.year)]
        start = min(
            (s for s in starts if s is not None), key=lambda s: abs(s - self.today), default=None
        )
        if start is None or not self.earliest <= start <= self.today:
            return None
        return start, min(start + timedelta(days=4), self.today)

    @property
    def slash_order(self) -> str | None:
        """How the writer orders day and month in "8/31", when one of the mail's slashed
        dates can only be read one way ("8/31": month first; "31/8": day first) and none
        the other way; else None."""
        if self._slash_order is None:
            orders = set()
            for first, second in _SLASHED_PAIR.findall(self.scan_text[:5000]):
                if int(first) <= 12 < int(second) <= 31:
                    orders.add("month-first")
                elif int(second) <= 12 < int(first) <= 31:
                    orders.add("day-first")
            self._slash_order = orders.pop() if len(orders) == 1 else ""
        return self._slash_order or None

    @property
    def english(self) -> bool:
        """Whether the writer writes English (then "4/7" may be April 7)."""
        if self._english is None:
            words = _WORDS.findall(self.scan_text[:5000])
            english = sum(word in ENGLISH_MARKERS for word in words)
            german = sum(word in GERMAN_MARKERS for word in words)
            self._english = english > german
        return self._english

    def _written_before(self, start: int) -> dict[int, date]:
        """The days written out with their month before `start`, by their number; a number
        two of them share is none of them."""
        by_number: dict[int, set[date]] = {}
        for found in self.found:
            if found.start < start and not found.ambiguous and found.span is None:
                by_number.setdefault(found.day.day, set()).add(found.day)
        return {number: days.pop() for number, days in by_number.items() if len(days) == 1}

    def _month_of_sentence(self, start: int) -> int | None:
        """The month the sentence names before `start` for days written without one ("im
        Mai", "Anfang Mai", "in May"; the last one named), if any."""
        sentence_start, _ = self._sentence_bounds(start)
        named = list(_MONTH_OF_SENTENCE.finditer(self.scan_text, sentence_start, start))
        return MONTHS[named[-1].group("month").rstrip(".")] if named else None

    def _lead(self, start: int) -> re.Match[str] | None:
        """A weekday written just before a date: "Montag, den 6. April"."""
        return _LEAD_WEEKDAY.search(self.scan_text, max(0, start - 30), start)

    def _with_lead(self, start: int) -> int:
        lead = self._lead(start)
        return lead.start() if lead is not None else start

    def _by_weekday(
        self, found: Parts, start: int, end: int, taken: list[tuple[int, int]]
    ) -> Parts:
        """ "Monday's session (8/3)" from an English writer: of the two readings of a
        slashed date, the one day that is the weekday named in its clause (the weekday
        then names no day of its own)."""
        if len(found) != 2 or not all(ambiguous for _, ambiguous in found):
            return found
        clause_start, clause_end = self._clause(start, end)
        words = list(_WEEKDAY_WORD.finditer(self.scan_text, clause_start, clause_end))
        named = {WEEKDAYS_ANY[m.group().rstrip(".")] for m in words}
        fitting = [day for day, _ in found if day is not None and {day.weekday()} == named]
        if len(fitting) != 1:
            return found
        for word in words:
            insort(taken, word.span())
        return [(fitting[0], False)]

    def _is_not_a_day(self, match: re.Match[str]) -> bool:
        """Part of an address, link or file name, or a clock time ("um 10.04")."""
        text = self.scan_text
        head = _TOKEN_HEAD.search(text, max(0, match.start() - 80), match.start())
        tail = _TOKEN_TAIL.match(text, match.end())
        token = (head.group() if head else "") + match.group() + (tail.group() if tail else "")
        if "@" in token or "://" in token or token.startswith("www.") or _FILE_NAME.search(token):
            return True
        return bool(
            # "um 10.04", and a list that starts with a time: "um 8.10 9.10"
            (_CLOCK_TIME.fullmatch(match.group()) or _CLOCK_FIRST.match(match.group()))
            and _TIME_WORD_BEFORE.search(text, max(0, match.start() - 10), match.start())
        )

    def _after_birth_star(self, start: int, end: int) -> bool:
        text = self.scan_text
        star = _BIRTH_STAR.search(text, max(0, start - 5), start)
        if star is None:
            return False
        bullet = _LINE_START.search(text, max(0, star.start() - 20), star.start())
        return bullet is None or _WITH_YEAR.search(text, start, end) is not None

    def _context(self, start: int, end: int) -> tuple[bool, bool, bool]:
        """(not a treatment day, doubtful, sentence speaks of treatment) for [start, end)."""
        text = self.scan_text
        clause_start, clause_end = self._clause(start, end)
        if (
            _BEFORE_NOT_TREATMENT.search(text, max(clause_start, start - 60), start)
            or _AFTER_NOT_TREATMENT.match(text, end)
            or self._after_birth_star(start, end)
        ):
            return True, False, False
        clause = text[clause_start:clause_end]
        sentence_start, sentence_end = self._span_bounds(start, end)
        following_end = self._sentence_bounds(min(sentence_end + 1, len(text) - 1))[1]
        missed = missed_and_called_again(text[clause_start : max(following_end, clause_end)])
        if missed is not None and missed[0] < clause_end - clause_start:
            # "Am Donnerstag den 9. habe ich das Telefon nicht gehört ... Frau Lindner hat
            # aber um 11 noch einmal angerufen und dann haben wir die Übungen alle gemacht":
            # that day's session, held (blind GQ gq11)
            clause = clause[: missed[0]]
        if _HELD_TOO.search(text, sentence_start, sentence_end):
            # "noch nicht bestätigt habe: 20.11. und 27.11., beide haben stattgefunden"
            clause = _NOT_YET_CONFIRMED.sub(" ", clause)
        # (a move by some hours told of as done: "wurde ja von 14 auf 16 Uhr verlegt, hat
        # dann auch so stattgefunden" is that day's session, held)
        clause = without_moves_within_the_day(_NOT_A_DENIAL.sub(" ", clause))
        if _CLAUSE_NOT_TREATMENT.search(clause) or (
            _OVERSLEPT.search(clause) and not _OUR_MAIL.search(clause)
        ):
            return True, False, False
        sentence = text[sentence_start:sentence_end]
        future = _CLAUSE_FUTURE.search(clause) is not None and not _CLAUSE_PASSIVE.search(clause)
        doubtful = future or _asks_about(sentence, start - sentence_start)
        about_treatment = _TREATMENT_WORDS.search(sentence) is not None
        if (
            not about_treatment
            and clause_start > sentence_start
            and says_the_same_of_another_day(clause)
        ):
            # "heute war, letzte Woche auch", "Heute ja, letzte Woche auch": what the
            # sentence said before this clause
            before = text[sentence_start:clause_start]
            about_treatment = bool(_SAID_YES.search(before) or _HELD_BEFORE.search(before))
        if not about_treatment and sentence_start > 0 and says_the_same_of_another_day(clause):
            # "Die Behandlung am 17.2. hat stattgefunden. Gestern (24.) übrigens auch."
            before_start, before_end = self._sentence_bounds(sentence_start - 1)
            # "Folgende Termine fanden statt:\n24.02.\n03.03.\nund diesen Dienstag auch.":
            # over the list of bare dates to what introduced them (blind GI gi04)
            for _ in range(MAX_LIST):
                if before_start == 0 or not _BARE_DATE_LINE.fullmatch(
                    text, before_start, before_end
                ):
                    break
                before_start, before_end = self._sentence_bounds(before_start - 1)
            # ... or a yes under our request: "heute ja. Letzte Woche Dienstag auch."
            about_treatment = (
                _TREATMENT_WORDS.search(text, before_start, before_end) is not None
                or _SAID_YES.search(text, before_start, before_end) is not None
            )
        return False, doubtful, about_treatment

    def _written_after(self, end: int) -> int | None:
        """The weekday of a day and month written right after `end` in parentheses or after
        a comma ("Dienstag letzte Woche (26.5.)", "Montag, den 6.4."), if any."""
        written = _DATE_BESIDE_WEEKDAY.match(self.scan_text, end)
        if written is None:
            return None
        day = _make_date(self.today.year, int(written["m"]), int(written["d"]))
        if day is not None and day > self.today:
            day = _make_date(self.today.year - 1, int(written["m"]), int(written["d"]))
        return day.weekday() if day is not None else None

    def _counts_as_day(self, start: int, end: int) -> bool:
        """A relative word or weekday counts only in a plain sentence about the treatment."""
        excluded, doubtful, about_treatment = self._context(start, end)
        return not excluded and not doubtful and about_treatment

    def _judged(
        self,
        found: Parts,
        start: int,
        end: int,
        lead: re.Match[str] | None,
        *,
        trail_weekday: int | None = None,
    ) -> Iterator[_Found]:
        # what resolving this one expression noted about its days (ranges, replaced years)
        spans, guesses, late = dict(self.spans), set(self.year_guesses), set(self.late_days)
        self.spans.clear()
        self.year_guesses.clear()
        self.late_days.clear()
        if not any(day is not None for day, _ in found):
            return
        excluded, doubtful, _ = self._context(start, end)
        if excluded:
            return
        if late and _HELD.search(self.scan_text, *self._sentence_bounds(start)) is None:
            # a day months back read only because the sentence says it took place
            found = [(day, ambiguous) for day, ambiguous in found if day not in late]
        lead_weekday = WEEKDAYS_ANY[lead.group("lead")] if lead is not None else None
        for index, (day, ambiguous) in enumerate(found):
            if day is None:
                continue
            mismatch = (
                index == 0 and lead_weekday is not None and lead_weekday != day.weekday()
            ) or (
                index == len(found) - 1
                and trail_weekday is not None
                and trail_weekday != day.weekday()
            )
            # the day after the mail is kept for clock slips, but never taken as certain
            tomorrow = day > self.today
            yield _Found(
                day,
                start,
                ambiguous=ambiguous or doubtful or mismatch or tomorrow,
                # a range or a guessed year is settled by the appointments only in a plain
                # statement ("Hat die Behandlung vom 3. bis 17. März stattgefunden?": staff)
                span=spans.get(day) if not (doubtful or mismatch) else None,
                year_guess=day in guesses and not (doubtful or mismatch),
            )

    def _judged_words(
        self,
        days: list[date],
        start: int,
        end: int,
        *,
        span: tuple[date, date] | None = None,
        weekday: int | None = None,
        months: bool = False,
    ) -> Iterator[_Found]:
        """Days named by words (a holiday, a weekday range, a calendar week): they count
        in a sentence about the treatment; a doubt or a range makes them ambiguous."""
        excluded, doubtful, about_treatment = self._context(start, end)
        if excluded or not about_treatment:
            return
        for day in days:
            yield _Found(
                day,
                start,
                ambiguous=doubtful or span is not None,
                span=span if not doubtful else None,
                weekday=weekday if not doubtful else None,
                whole_months=months and not doubtful,
            )

    # kinds ---------------------------------------------------------------------------

    def _joined_range(self, found: Parts, following: re.Match[str]) -> Parts:
        """One day, then "bis" and one more day in another form: both ends, ambiguous,
        with their span; anything else stays as found (the second date is read on its own,
        and "bis" before it leaves it out)."""
        if following.lastgroup == "numeric":
            other = self._numeric(following)
        else:
            other = self._named(following.group(), month_first=False)
        if len(found) != 1 or len(other) != 1:
            return found
        low, high = found[0][0], other[0][0]
        if low is None or high is None or low >= high:
            return found
        self.spans[low] = self.spans[high] = (low, min(high, self.today))
        return [(low, True), (high, True)]

    def _between(self, start: int) -> bool:
        """ "zwischen dem 27. Januar und dem 10. März": two days that end a range."""
        return _BETWEEN_BEFORE.search(self.scan_text, max(0, start - 20), start) is not None

    def _numeric(self, match: re.Match[str], *, between: bool = False) -> Parts:
        group_text = match.group()
        elements = list(_NUMERIC_ELEMENT.finditer(group_text))
        links = [group_text[a.end() : b.start()] for a, b in pairwise(elements)]
        last = elements[-1]
        if not group_text.endswith(".") and last.group("y") is None and last.group("y2") is None:
            # "6.4" without its final dot: a date only where it cannot be a time or decimal;
            # "8.10 - 8.40", "1.5 2.5": one number that is no day and month, no dates at all
            if any(
                element.group("m") is not None
                and not (1 <= int(element.group("d")) <= 31 and 1 <= int(element.group("m")) <= 12)
                for element in elements
            ):
                return []
            text = self.scan_text
            start = match.start()
            if not (
                # a list joined by a word or sign ("5.8 und 12.8"); one joined by spaces
                # only ("19.2 26.2 5.3") needs what a single day needs
                any(link.strip() for link in links)
                or self._lead(start)
                or _DOTLESS_INTRO.search(text, max(0, start - 25), start)
                or _DOTLESS_OUTRO.match(text, match.end(), match.end() + 12)
                # its weekday after it: "behandlung war 12.08 mittwoch" (checked to fit)
                or _TRAILING_WEEKDAY.match(text, match.end())
                or (
                    # a line or sentence that starts with it: "10.6 auch", "- 17.6 Telefon"
                    # in a list, "... nicht alle bestätigt. 5.8 alles gemacht"
                    (
                        _DOTLESS_LINE_START.search(text, max(0, start - 24), start)
                        or _DOTLESS_SENTENCE_START.search(text, max(0, start - 8), start)
                    )
                    and not _CLOCK_AFTER.match(text, match.end())
                )
            ):
                return []
        parts: list[tuple[int, int | None, int | None]] = []
        for element in elements:
            month = element.group("m")
            year = element.group("y") or (
                "20" + element.group("y2") if element.group("y2") else None
            )
            parts.append(
                (
                    int(element.group("d")),
                    int(month) if month else None,
                    int(year) if year else None,
                )
            )
        return self._resolve_group(parts, links, between=between)

    def _named(self, group_text: str, *, month_first: bool, between: bool = False) -> Parts:
        """Days with month names, one month or several: "2. und 9. März", "vom 27. Januar
        bis zum 10. März", "april 2nd and 6th", "May 12 to June 3, 2026"."""
        months = list(_MONTH_WORD.finditer(group_text))
        parts: list[tuple[int, int | None, int | None]] = []
        links: list[str] = []
        previous_end: int | None = None  # where the text of the last day read ends
        for index, month_match in enumerate(months):
            month = MONTHS[month_match.group().rstrip(".")]
            year_match: re.Match[str] | None
            if month_first:  # "april 6th and 13th, 2026": the days, then maybe the year
                days_from = month_match.end()
                days_to = months[index + 1].start() if index + 1 < len(months) else len(group_text)
                year_match = _YEAR.search(group_text, days_from, days_to)
                if year_match is not None:
                    days_to = year_match.start()
            else:  # "2. und 9. März 2026": the days before the month, the year after it
                days_from = previous_end or 0
                days_to = month_match.start()
                year_match = _YEAR_AFTER.match(group_text, month_match.end())
            year = int(year_match.group(year_match.lastindex or 0)) if year_match else None
            numbers = list(_DAY_NUMBER.finditer(group_text, days_from, days_to))
            if any(
                not group_text[a.end() : b.start()].strip() and int(a.group()) >= int(b.group())
                for a, b in pairwise(numbers)
            ):
                return []  # "Juli 7 3": numbers joined by spaces only are days in order
            for number in numbers:
                if previous_end is not None:
                    links.append(group_text[previous_end : number.start()])
                parts.append((int(number.group()), month, year))
                previous_end = number.end()
            if numbers and not month_first:
                previous_end = year_match.end() if year_match else month_match.end()
            elif numbers and year_match is not None:
                previous_end = year_match.end()
        return self._resolve_group(parts, links, between=between)

    def _slashed(self, token: str) -> list[tuple[date | None, bool]]:
        pieces = token.split("/")
        year = None
        if len(pieces) == 3:
            year = int(pieces[2]) + (2000 if len(pieces[2]) == 2 else 0)
        return self._day_month(int(pieces[0]), int(pieces[1]), year, slashed=True)

    def _day_month(
        self, first: int, second: int, year: int | None, *, slashed: bool
    ) -> list[tuple[date | None, bool]]:
        """Two numbers without dots ("3/4", "3 4"): day and month in German order.

        An English writer may mean month/day ("4/7" = April 7); that reading is taken
        only when the German one is impossible (no such day, or future) and it is a past
        day; when both are possible, both are returned ambiguous. A German writer's "3/4"
        is 3 April; only if that is impossible is April 3 returned, ambiguous."""
        if first > 12 and slashed:  # day first, whoever writes
            return [self._resolve(first, second, year, ambiguous=False)]
        if second > 12 and slashed:  # month first, English style
            return [self._resolve(second, first, year, ambiguous=False)]
        german = self._resolve(first, second, year, ambiguous=False)
        if first == second or not slashed:
            return [german]
        american = self._resolve(second, first, year, ambiguous=False)
        if german[0] is None and american[0] is None:
            return []
        if self.slash_order == "month-first" and american[0] is not None:
            return [american]  # "both 8/31 and 9/7": the writer's own 8/31 says how
        if self.slash_order == "day-first" and german[0] is not None:
            return [german]
        if german[0] is None:
            return [(american[0], not (self.english or year is not None))]
        if american[0] is None or not self.english:
            return [german]
        return [(german[0], True), (american[0], True)]

    def _roman(self, token: str) -> list[tuple[date | None, bool]]:
        """ "3.IV.", "3. IV. 2026": a Roman month."""
        day_text, rest = token.split(".", 1)
        roman = re.match(r"\s?([ivx]+)", rest)
        if roman is None:  # pragma: no cover - the grammar guarantees the numeral
            return []
        year_match = re.search(r"[0-9]+", rest)
        year = None
        if year_match is not None:
            written = year_match.group()
            year = int(written) + (2000 if len(written) == 2 else 0)
        return [self._resolve(int(day_text), ROMAN_MONTHS[roman.group(1)], year, ambiguous=False)]

    def _resolve_group(
        self,
        parts: list[tuple[int, int | None, int | None]],
        links: list[str],
        *,
        between: bool = False,
    ) -> list[tuple[date | None, bool]]:
        """Fill day-only elements from the next element with a month, then resolve each.
        After "zwischen"/"between", two days joined by "und"/"and" end a range."""
        if between and len(links) == 1 and _AND_LINK.search(links[0]):
            links = [" bis "]
        filled: list[tuple[int, int, int | None]] = []
        month: int | None = None
        year: int | None = None
        for day, part_month, part_year in reversed(parts):
            if part_month is not None:
                month, year = part_month, part_year
            elif part_year is None and month is None:
                return []
            filled.append((day, part_month or month or 0, part_year or year))
        filled.reverse()
        uncertain = [False] * len(filled)
        for index, link in enumerate(links):
            if _RANGE_BETWEEN.search(link):
                # "vom 6. bis 8.4.": treatments are weekly, so a range most likely means
                # "somewhere between"; return both ends as ambiguous, invent nothing between.
                uncertain[index] = uncertain[index + 1] = True
                first_day, first_month, first_year = filled[index]
                if parts[index][1] is None and first_day > filled[index + 1][0]:
                    # "vom 30. bis 2.4.": the start lies in the month before
                    first_month = 12 if first_month == 1 else first_month - 1
                    filled[index] = (first_day, first_month, first_year)
            elif _OR_BETWEEN.search(link):
                uncertain[index] = uncertain[index + 1] = True
        resolved = [
            self._resolve(day, month_, year_, ambiguous=doubt)
            for (day, month_, year_), doubt in zip(filled, uncertain, strict=True)
        ]
        for index, link in enumerate(links):
            low, high = resolved[index][0], resolved[index + 1][0]
            if _RANGE_BETWEEN.search(link) and low is not None and high is not None:
                self.spans[low] = self.spans[high] = (low, min(high, self.today))
        return resolved

    def _resolve(
        self, day: int, month: int, year: int | None, *, ambiguous: bool
    ) -> tuple[date | None, bool]:
        """A day and month (and maybe year) to a date within the accepted window."""
        if not (1 <= month <= 12 and 1 <= day <= 31):
            return None, ambiguous
        if year is not None:
            named = _make_date(year, month, day) if 1 <= year <= 9999 else None
            this_year = _make_date(self.today.year, month, day)
            if (
                year == self.today.year - 1
                and this_year is not None
                and timedelta(0) <= self.today - this_year <= timedelta(days=31)
            ):
                # "5.3.2025" in a mail of 7 March 2026: a confirmation a year late is far
                # less likely than last year's number typed out of habit
                self.year_guesses.add(this_year)
                return this_year, True
            if named is not None and self.earliest <= named <= self.latest:
                return named, ambiguous
            if abs(year - self.today.year) == 1:
                # the old year typed in early January, or the new one in late December
                guess = self._without_year(day, month)
                if guess is not None and self.today - guess <= timedelta(days=31):
                    self.year_guesses.add(guess)
                    return guess, True
            return None, ambiguous
        nearest = self._without_year(day, month)
        if nearest is None and (late := self._late_confirmation(day, month)) is not None:
            self.year_guesses.add(late)
            self.late_days.add(late)
            return late, True
        return nearest, ambiguous

    def _late_confirmation(self, day: int, month: int) -> date | None:
        """ "Die Termine 12.03, 19.03 und 26.03 haben stattgefunden" written in December:
        the nearest 26 March is months ahead, yet the sentence says it took place. The
        last such day within the year before the mail, when the coming one is more than
        LATE_AHEAD away (a day just ahead is the coming session, or a slip); flagged as a
        guessed year, so only the patient's appointments can make it certain."""
        ahead = _make_date(self.today.year, month, day)
        if ahead is None or ahead <= self.today:
            ahead = _make_date(self.today.year + 1, month, day)
        if ahead is None or ahead - self.today <= LATE_AHEAD:
            return None
        past = _make_date(ahead.year - 1, month, day)
        return past if past is not None and self.earliest <= past <= self.today else None

    def _without_year(self, day: int, month: int) -> date | None:
        """The occurrence of this day and month nearest the mail, if it is not in the future.

        "am 10.4." in a mail of 7 April is the coming 10 April (not a treatment date),
        not last year's; "30.12." in a mail of 2 January is three days back.
        """
        nearest: date | None = None
        for year in (self.today.year - 1, self.today.year, self.today.year + 1):
            candidate = _make_date(year, month, day) if 1 <= year <= 9999 else None
            if candidate is not None and (
                nearest is None or abs(candidate - self.today) < abs(nearest - self.today)
            ):
                nearest = candidate
        if nearest is None or not self.earliest <= nearest <= self.latest:
            return None
        return nearest

    def _relative(self, anchor: re.Match[str]) -> date | None:
        offset = RELATIVE_WORDS[anchor.group()]
        if anchor.group() == "yesterday" and self.scan_text[
            max(0, anchor.start() - 15) : anchor.start()
        ].endswith("day before "):
            offset = -2
        elif anchor.group() == "morning" and not self.scan_text[
            max(0, anchor.start() - 5) : anchor.start()
        ].endswith("this "):
            return None
        return _shift(self.today, offset)

    def _recent_days_in_order(self, numbers: list[int]) -> list[date | None]:
        """ "am 8., 15. und 22." written on 10 April: 8, 15 and 22 March, not 8 April - days
        without month in increasing order are listed as they came: the last is the most
        recent such day, each one before it the nearest such day before the one after it.
        Any other order ("nicht am 21., sondern am 14.") is no sequence: each day is this
        month's or last month's on its own."""
        if any(a >= b for a, b in pairwise(numbers)):
            return [recent_day_of_month(number, self.today) for number in numbers]
        days: list[date | None] = []
        following: date | None = None
        for number in reversed(numbers):
            if following is None:
                day = recent_day_of_month(number, self.today)
            elif number == following.day:  # the same day named again
                day = following
            elif number < following.day:
                day = _make_date(following.year, following.month, number)
            else:
                before = _shift(following.replace(day=1), -1)
                day = None if before is None else _make_date(before.year, before.month, number)
            days.append(day)
            following = day or following
        return days[::-1]

    def _day_of_recent_month(self, day: int, *, weekday: int | None = None) -> date | None:
        """ "am 3." in a mail of 10 April is 3 April; in a mail of 2 April, 3 March.
        With a weekday ("Montag, den 7."), the nearest month around the mail's in which
        that day is that weekday, the next month included."""
        if weekday is not None:
            first = self.today.replace(day=1)
            # at the very ends of the calendar there may be no month before or after
            months = [
                month.replace(day=1)
                for month in (_shift(first, -1), first, _shift(first, 32))
                if month is not None
            ]
            fitting = [
                candidate
                for month in months
                if (candidate := _make_date(month.year, month.month, day)) is not None
                and candidate.weekday() == weekday
            ]
            if fitting:
                return min(fitting, key=lambda candidate: abs(candidate - self.today))
        return recent_day_of_month(day, self.today)

    def _weeks_back(self, word: str, weeks: int) -> tuple[date | None, bool]:
        """ "heute vor einer Woche": seven days back, exactly. "Dienstag vor einer Woche":
        the Tuesday nearest seven days back - certain only when written on a Tuesday;
        otherwise people mean last week's Tuesday or the one before, so it is ambiguous."""
        if word in RELATIVE_WORDS:
            base = _shift(self.today, RELATIVE_WORDS[word])
            return (_shift(base, -7 * weeks) if base is not None else None), False
        weekday = WEEKDAYS_FULL[word]
        target = _shift(self.today, -7 * weeks)
        if target is None:
            return None, False
        offset = (weekday - target.weekday() + 3) % 7 - 3  # -3..3: the nearest such weekday
        # a day off is still plainly "that week's" (Tuesday a week ago, written on a Monday:
        # last week's Tuesday); two or three days off, people mean either week
        return _shift(target, offset), abs(offset) > 1

    def _weekday(
        self, weekday: int, before: re.Match[str] | None, after: re.Match[str] | None
    ) -> date | None:
        """The weekday with the words before or after it (`weekday_in_week`)."""
        week_word = ""
        word = ""
        if before is not None:
            week_word, word = before.group("week") or "", before.group("word") or ""
        if after is not None:
            week_word = _after_week_word(after)
        return weekday_in_week(weekday, self.today, week_word=week_word, word=word)


def weekday_in_week(
    weekday: int, today: date, *, week_word: str = "", word: str = ""
) -> date | None:
    """ "am Dienstag": the last Tuesday on or before `today`; "letzten Dienstag": before
    it; "diese/letzte/vorletzte Woche Dienstag": that week's Tuesday; "nächste Woche": none.
    `week_word` is the word before "Woche", `word` the one before the weekday (lower case)."""
    if week_word:
        if week_word.startswith(("nächst", "naechst", "kommend", "next", "übernächst")):
            return None
        monday = _shift(today, -today.weekday())
        if monday is None:
            return None
        if week_word.startswith("vorletzt"):
            return _shift(monday, weekday - 14)
        if week_word.startswith(("letzt", "vergangen", "vorig", "last", "past")):
            return _shift(monday, weekday - 7)
        day = _shift(monday, weekday)
        # "diese Woche Dienstag" written on Monday is still to come: no treatment day
        return day if day is not None and day <= today else None
    back = (today.weekday() - weekday) % 7
    if back == 0 and word.startswith(("letzt", "vergangen", "vorig", "last", "past", "vorletzt")):
        back = 7  # "letzten Montag", written on a Monday: a week ago
    if word.startswith("vorletzt"):
        back += 7  # "vorletzten Freitag": the one before the last (never yesterday)
    return _shift(today, -back)


# "in der Woche danach Montag", "die Woche darauf", "the week after": a week counted from
# a day named before (up to the weekday, within its sentence)
_WEEK_COUNTED_FROM_A_DAY = re.compile(
    r"\b(?:woche|week)\s+(?:danach|darauf|davor|vorher|zuvor|spae?ter|after|before|later)\b"
    r"[^.!?]*$"
)
_SLASHED_PAIR = re.compile(r"(?<![\d/.])(\d{1,2})/(\d{1,2})(?![\d/])")
# "jeweils Montag", "immer am Dienstag", "each Monday": the weekday of days named otherwise
_EACH_BEFORE = re.compile(r"\b(?:jeweils|immer|each|always)\s+(?:am\s+|on\s+)?$", re.IGNORECASE)


def _inside(offset: int, spans: list[tuple[int, int]]) -> bool:
    """Whether offset lies in one of the sorted, mostly disjoint spans."""
    index = bisect_right(spans, (offset, _NO_END)) - 1
    return index >= 0 and offset < spans[index][1]


_NO_END = 1 << 62


# Where a statement ends and a question of its own begins: "Die Behandlung am 10.3. hat
# stattgefunden – wann ist mein nächster Termin?"
_STATEMENT_BREAK = re.compile(
    r"\s[–—-]\s|;|\b(?:aber|jedoch|but)\s+(?=(?:k(?:ö|oe?)nn(?:en|ten?)|kann|brauche|mu(?:ss|ß)|darf|soll"
    r"|wann|wie|was|wo|warum|wer|welche\w*|ist|sind|gibt|hat|haben|habe|bekomme|could|can|do|is"
    r"|when|how|what)\b)",
    re.I,
)


def _asks_about(sentence: str, offset: int) -> bool:
    """Whether the sentence asks about the day at `offset`: the sentence is a question and
    the day stands in its question part, or the question is a mere tag ("..., oder?")."""
    if "?" not in sentence:
        return False
    start = 0
    parts = []
    for cut in _STATEMENT_BREAK.finditer(sentence):
        parts.append((start, cut.start()))
        start = cut.end()
    parts.append((start, len(sentence)))
    if any("?" in sentence[a:b] and len(re.findall(r"\w+", sentence[a:b])) < 3 for a, b in parts):
        return True
    return any(a <= offset < b and "?" in sentence[a:b] for a, b in parts)


# A weekday named by itself ("am Donnerstag", "den einen Donnerstag"), not placed by a week,
# a date or another day ("Donnerstag letzte Woche", "Donnerstag, den 16.", "Donnerstag davor").
_BARE_WEEKDAY = re.compile(
    rf"(?:(?:am|on|den|dem|the|einen?)\s+)*(?:{WEEKDAY_ANY})\b"
    r"(?!\.?\s*,?\s*(?:den\s+|the\s+)?\d|\s+(?:vor|nach|davor|danach|zuvor|vorher|letzte"
    r"|vergangene|vorige|der\s|in\s+der|last|this|before|after|a\s+week)\w*)"
)


class _AnyContextReader(_Reader):
    """A reader for `named_days`: every day counts as written in a plain statement."""

    def _context(self, start: int, end: int) -> tuple[bool, bool, bool]:
        return False, False, True
