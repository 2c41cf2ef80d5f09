"""Settling the days a mail names against the patient's own appointments.

The date reader marks what it cannot pin down by itself: a range named as a whole ("vom 3.
bis 24. Februar", "KW 7", "Montag bis Mittwoch") comes back as its two ends with the span,
and a written year that put a day outside the accepted window ("12.01.2025" written on 13
January 2026) comes back as the corrected day flagged `year_guess`. Here the patient's
appointments decide, the way a careful employee reads the calendar beside the mail:

- a range confirms the open appointments inside it when the mail speaks of all of them
  (a count that fits, "alle", "beide", a plural "die Behandlungen"), or when exactly one
  lies inside; a day its sentence excepts plainly ("mit Ausnahme vom 19.", read by
  rules/excepting.py) is left out of it. Otherwise its ends stay unclear for staff, as
  they do when the exception is not plain, its sessions are of more than one treatment,
  or the range is a whole month named by name ("alle Termine im März": no day named);
- a corrected year counts when exactly one open appointment of the patient lies on that
  day, and a full date with last year's number counts for this year's day when our
  request in the thread asked about exactly that appointment and none lies on the day as
  written.

Every mention this module cannot settle is returned unchanged, so it reaches staff.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, datetime
from zoneinfo import ZoneInfo

from rules.classify import fold
from rules.date_lexicon import COUNT_WORDS, EXCEPTING, POSITION_DENIED, count_of
from rules.excepting import (
    excepted_days,
    excepted_numbers,
    has_exception,
    without_the_exception,
)
from rules.models import Appointment, DateMention, OutboxRef
from rules.the_rest import says_rest_held

# "alle Termine vom 2. bis 26. Februar mit Ausnahme vom 19.": a day excepted inside a range
_EXCEPTED = re.compile(rf"\b{EXCEPTING}\b")
_COUNT = re.compile(
    # not a date's number: "beide Termine am 18.5 haben stattgefunden"
    r"\b(?<![\d./])(?P<count>[2-9]|10|" + "|".join(COUNT_WORDS) + r")\b(?:\s+\w+){0,2}?\s*"
    r"(?=\(|\b(?:\w*termin\w*|\w*behandlung\w*|sitzung\w*|stunden|einheiten|mal|sessions?"
    r"|appointments?|treatments?|haben|hatten|waren|fanden)\b)"
)
# "alle Behandlungen", "sämtliche Termine", "die Behandlungen", "all sessions": every one.
_ALL_OF_THEM = re.compile(
    r"\b(?:alle|saemtliche|jede|all|every)\b"
    r"|\b(?:die|meine|unsere|the|my)\s+(?:\w+\s+)?(?:\w*behandlungen|\w*termine|sitzungen"
    r"|therapiestunden|einheiten|sessions|appointments|treatments)\b"
)
# "KW 4 und 5", "calendar weeks 4 and 5": week numbers, never a count of sessions.
_WEEK_NUMBERS = re.compile(
    r"\b(?:kw|cw|kalenderwoche[n]?|calendar\s+weeks?|weeks?)\s*\.?\s*[0-9]{1,2}"
    r"(?:\s*(?:und|and|,|-|–|bis|to|&)\s*[0-9]{1,2})*"
)
_FULL_DATE = re.compile(r"\b(?P<d>\d{1,2})\.\s?(?P<m>\d{1,2})\.\s?(?P<y>\d{4}|\d{2})\b")
# How many of the sessions a sentence names it says were held: "von meinen letzten vier
# Terminen (17.2., 24.2., 3.3. und 10.3.) haben drei stattgefunden", "nur zwei davon
# waren", "three of them took place" (not "es waren vier Termine", a count of bookings).
# ("3.2. und 10.2. waren beide, am 27.1. auch": "beide" counts the days beside it only)
_HELD_WORDS = (
    "|".join(w for w, n in COUNT_WORDS.items() if (w.isascii() and n > 2) or w in ("zwei", "two"))
    + "|einer"
)
_OF_THEM = (
    r"(?:davon|of\s+them|of\s+these|of\s+those|of\s+the\s+\w+|of\s+my\s+\w+"
    r"|von\s+(?:den|ihnen|diesen|meinen)(?:\s+\w+)?)"
)
_HELD_COUNT = re.compile(
    rf"(?<![\d./])\b(?:(?P<n>{_HELD_WORDS}|one)\s+(?:{_OF_THEM}\s+)?"
    rf"|(?P<digit>[1-9])\s+{_OF_THEM}\s+)"
    r"(?:haben|hatten|hat|sind|waren|war|fanden|fand|liefen|lief|klappten|took|happened|went"
    r"|were|was|did)\b"
    # "die Termine 5.8., 12.8. und 26.8. waren, also zwei Stück" (blind IP ip12 billed three)
    rf"|\b(?:also|insgesamt|zusammen|macht|das\s+(?:sind|waren|macht))\s+(?P<n3>{_HELD_WORDS})\s*"
    r"(?:stue?c?k|stk\b\.?|termine|sitzungen|behandlungen|sessions|mal)\b"
    rf"|\b(?:haben|hatten|sind|waren|fanden|liefen|klappten)\s+(?:(?:davon|nur|aber|leider|auch"
    rf"|tatsaechlich)\s+)*(?P<n2>{_HELD_WORDS})\b"
    r"(?!\s+(?:\w+\s+)?(?:termine|behandlungen|sitzungen|stunden|wochen|tage|monate|mal)\b)"
)
# A day left out by its place among them, in words that deny it: "der zweite ist
# ausgefallen" (the doubt reader touches that day).
_LEFT_OUT_BY_POSITION = re.compile(POSITION_DENIED)


def settle_mentions(
    mentions: tuple[DateMention, ...],
    *,
    appointments: tuple[Appointment, ...],
    thread: tuple[OutboxRef, ...],
    mail_date: datetime,
    timezone: str,
) -> tuple[DateMention, ...]:
    """The mentions with ranges and year guesses settled where the patient's open
    appointments (and our request in the thread) leave exactly one reading."""
    zone = ZoneInfo(timezone)
    open_days = _open_days(appointments, mail_date, zone)
    settled: list[DateMention] = []
    spans_done: set[tuple[date, date]] = set()
    for mention in mentions:
        if mention.span is not None:
            if mention.span not in spans_done:
                spans_done.add(mention.span)
                settled.extend(
                    _settle_span(
                        mention,
                        mentions,
                        open_days,
                        appointments,
                        zone,
                        mail_date.astimezone(zone).date(),
                    )
                )
        elif mention.year_guess and mention.ambiguous:
            fits = open_days.get(mention.day, 0) == 1
            settled.append(_certain(mention) if fits else mention)
        else:
            settled.append(_last_years_number(mention, open_days, appointments, thread, zone))
    # one mention per day ("vom 30.3. bis gestern": the day written, and the range's own)
    certain = {m.day for m in settled if not m.ambiguous}
    unique: dict[date, DateMention] = {}
    for m in settled:
        if m.day not in unique and not (m.ambiguous and m.day in certain):
            unique[m.day] = m
    return _fewer_held_than_named(tuple(unique.values()))


def _fewer_held_than_named(mentions: tuple[DateMention, ...]) -> tuple[DateMention, ...]:
    """The mentions, those of a sentence made unclear when it says fewer sessions were
    held than it names and does not say which ones were not ("von den vier Terminen (...)
    haben drei stattgefunden"): which three, a person asks. A day left out by its place
    ("der zweite ist ausgefallen") or by an exception that names it accounts for one."""
    by_sentence: dict[str, set[date]] = {}
    for m in mentions:
        if not m.ambiguous:
            by_sentence.setdefault(m.sentence, set()).add(m.day)
    unclear: set[str] = set()
    for sentence, days in by_sentence.items():
        folded = fold(sentence)
        counted = _HELD_COUNT.search(folded)
        if counted is None or len(days) < 2 or says_rest_held(folded):
            continue  # (the rest of a list, "die anderen zwei waren": decide checks it)
        word = counted["n"] or counted["n2"] or counted["n3"]
        held = 1 if word in ("einer", "one") else count_of(word) if word else int(counted["digit"])
        excepted = excepted_numbers(sentence)
        left_out = len(_LEFT_OUT_BY_POSITION.findall(folded)) + sum(
            1 for day in days if (day.day, day.month) in excepted or (day.day, None) in excepted
        )
        if held < len(days) and held != len(days) - left_out:
            unclear.add(sentence)
    return tuple(replace(m, ambiguous=True) if m.sentence in unclear else m for m in mentions)


def _open_days(
    appointments: tuple[Appointment, ...], mail_date: datetime, zone: ZoneInfo
) -> dict[date, int]:
    """How many held, begun, unconfirmed appointments lie on each day."""
    days: dict[date, int] = {}
    for appointment in appointments:
        if (
            appointment.is_held
            and appointment.confirmed_at is None
            and (appointment.start <= mail_date)
        ):
            day = appointment.start.astimezone(zone).date()
            days[day] = days.get(day, 0) + 1
    return days


def _settle_span(
    mention: DateMention,
    mentions: tuple[DateMention, ...],
    open_days: dict[date, int],
    appointments: tuple[Appointment, ...],
    zone: ZoneInfo,
    today: date,
) -> list[DateMention]:
    assert mention.span is not None
    first, last = mention.span
    ends = [m for m in mentions if m.span == mention.span]
    inside = sorted(
        day
        for day in open_days
        if first <= day <= last and mention.weekday in (None, day.weekday())
    )
    if mention.whole_months:
        return ends  # "alle Termine im März": no day named (DESIGN: bill on named days)
    if any(open_days[day] > 1 for day in inside):
        return ends  # two sessions on one day: which ones, a person decides
    excepted: frozenset[date] = frozenset()
    if _EXCEPTED.search(fold(mention.sentence)) or has_exception(mention.sentence):
        # "alle im Februar mit Ausnahme vom 19.": the days inside but the one excepted, when
        # the exception names it plainly and says nothing of another day
        cancelled_inside = {
            day
            for a in appointments
            if not a.is_held and first <= (day := a.start.astimezone(zone).date()) <= last
        }
        found = excepted_days(mention.sentence, frozenset({*inside, *cancelled_inside}), today)
        if found is None:
            return ends
        excepted = found
    kinds = {
        a.treatment for a in appointments if a.is_held and a.start.astimezone(zone).date() in inside
    }
    if len(kinds) > 1:
        return ends  # "sämtliche MT-Termine im Februar" beside KG ones: which, a person reads
    if mention.weekday is not None:
        # "jeden Montag im Februar" speaks of every one of them. A Monday that was
        # cancelled is part of the claim too: it stays unclear, for a person.
        cancelled = sorted(
            day
            for a in appointments
            if not a.is_held
            and first <= (day := a.start.astimezone(zone).date()) <= last
            and day.weekday() == mention.weekday
        )
        if not inside:
            return ends
        return [
            DateMention(day=day, sentence=mention.sentence, ambiguous=day in cancelled)
            for day in sorted({*inside, *cancelled})
        ]
    folded = _WEEK_NUMBERS.sub(" ", fold(mention.sentence))
    count = _COUNT.search(folded)
    counted = count is not None and len(inside) == (count_of(count["count"]))
    every_one = _ALL_OF_THEM.search(folded) is not None and len(inside) >= 1
    if inside and (counted or len(inside) == 1 or (every_one and count is None)):
        if excepted:
            # the days kept carry the words that confirm them, not the exception's
            said = without_the_exception(mention.sentence)
            return [DateMention(day=day, sentence=said) for day in inside if day not in excepted]
        return [DateMention(day=day, sentence=mention.sentence) for day in inside]
    return ends


# "beide", "alle drei", "both": the sentence speaks of every one of the sessions it counts
EVERY_ONE = re.compile(
    r"\b(?:beide|beiden|beides|both|alle|saemtliche|all|zweimal|twice|dreimal)\b"
)
_IMPLIED_COUNT = {
    "beide": 2,
    "beiden": 2,
    "beides": 2,
    "both": 2,
    "zweimal": 2,
    "twice": 2,
    "dreimal": 3,
}


def sessions_counted(sentence: str) -> int | None:
    """How many sessions a sentence says took place, all of them: "zwei Termine ...,
    beide haben stattgefunden" -> 2, "alle drei Sitzungen" -> 3, "beide Termine" -> 2;
    None without a word for every one of them or when the numbers disagree ("zwei
    Termine, einer hat stattgefunden" -> None)."""
    folded = fold(sentence)
    every = EVERY_ONE.findall(folded)
    if not every:
        return None
    counts = {count_of(match["count"]) for match in _COUNT.finditer(folded)} | {
        _IMPLIED_COUNT[word] for word in every if word in _IMPLIED_COUNT
    }
    return counts.pop() if len(counts) == 1 else None


def _last_years_number(
    mention: DateMention,
    open_days: dict[date, int],
    appointments: tuple[Appointment, ...],
    thread: tuple[OutboxRef, ...],
    zone: ZoneInfo,
) -> DateMention:
    """ "Ich bestätige den Erhalt der Leistung am 05.03.2025." in answer to our request
    about 05.03.2026: the year is a slip when our request asked about that appointment
    and nothing of the patient's lies on the day as written."""
    if mention.ambiguous or open_days.get(mention.day):
        return mention
    written = [
        match
        for match in _FULL_DATE.finditer(mention.sentence)
        if (int(match["d"]), int(match["m"])) == (mention.day.day, mention.day.month)
    ]
    if not written:
        return mention
    try:
        this_year = mention.day.replace(year=mention.day.year + 1)
    except ValueError:
        return mention
    requested = {
        a.start.astimezone(zone).date()
        for a in appointments
        for ref in thread
        if a.id in (ref.appointment_ids or (ref.appointment_id,))
        and ref.kind in ("confirmation_request", "clarification")
    }
    if this_year in requested and open_days.get(this_year) == 1:
        return DateMention(day=this_year, sentence=mention.sentence)
    return mention


def _certain(mention: DateMention) -> DateMention:
    return DateMention(day=mention.day, sentence=mention.sentence)
