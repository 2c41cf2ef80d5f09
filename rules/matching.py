"""Match the treatment dates a patient names to that patient's appointments.

The practice bills on the confirmations recorded here, so the rule is strict: a date
confirms an appointment only when exactly one appointment of this patient fits it. Every
doubt becomes a plain-German reason for staff instead of a guess.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from rules.classify import fold, is_confirmation_sentence
from rules.date_lexicon import WEEKDAYS_ANY
from rules.mentions import EVERY_ONE, sessions_counted
from rules.models import Appointment, ConfirmationFinding, DateMention, OutboxRef, Treatment
from rules.remainder import days_of_the_month, written_days

CONFIRMATION_REQUEST = "confirmation_request"
CLARIFICATION = "clarification"  # our question "which appointment did you mean?"
# Our mails whose answer is read as a confirmation of the appointments they list.
ASKS_FOR_CONFIRMATION = frozenset({CONFIRMATION_REQUEST, CLARIFICATION})


_DIGIT = re.compile(r"\d")
# A sentence that tells of a session as past ("Der Termin am Mittwoch hat stattgefunden",
# "den Termin vom Mittwoch"), on folded text; "Ich bestätige den Termin am Mittwoch" does
# not: written on a Tuesday with a session tomorrow, it may accept that one.
_TOLD_AS_PAST = re.compile(
    r"\b(?:vom|gestern|vorgestern|war|waren|hatte|hatten|gehabt|stattgefunden|erhalten"
    r"|bekommen|geklappt|klappte|gemacht|telefoniert|durchgefuehrt|teilgenommen|wahrgenommen"
    r"|lief|gelaufen|angerufen|gewartet|gewesen|verpasst|verpennt|verschlafen|vergessen"
    r"|ausgefallen|abgesagt|was|were|had|did|received|took\s+place|happened|attended|went)\b"
)


def format_day(day: date) -> str:
    """German date as staff read it: 06.04.2026."""
    return day.strftime("%d.%m.%Y")


def match_confirmations(
    *,
    mentions: tuple[DateMention, ...],
    appointments: tuple[Appointment, ...],
    thread: tuple[OutboxRef, ...],
    mail_date: datetime,
    timezone: str,
    dateless_confirmation: bool,
) -> tuple[tuple[ConfirmationFinding, ...], tuple[str, ...]]:
    """Turn the dates of a confirming mail into confirmed appointments, or staff reasons.

    Practice rule: a named day confirms the patient's one held, not yet confirmed
    appointment on that (local) day that had begun before the mail was written, or all
    of them when the sentence counts exactly that many as every one ("zwei Termine,
    beide haben stattgefunden"). No such appointment, two of them uncounted, or an
    ambiguous date goes to staff, as does a weekday named alone when the coming one is
    nearer the mail and holds a session, or when our request asked about an earlier day
    of that weekday; a day of the month written alone ("am 30.") under our request for the
    day with that number is the asked day when the last such day holds no open session.
    A day whose appointment is already confirmed is a harmless repeat. A reply to our
    confirmation request that names no date confirms exactly the appointment that request
    was about. `appointments` must be the sender's own; nothing outside them is ever
    confirmed.
    """
    zone = ZoneInfo(timezone)
    if not mentions:
        if dateless_confirmation:
            found, why = _match_dateless_reply(appointments, thread, mail_date, zone)
            return cite_question(found, thread), why
        return (), ()

    findings: list[ConfirmationFinding] = []
    reasons: list[str] = []
    # the days of the open sessions our requests in the thread asked about: an uncertain
    # day that is one of them is that session ("Mittwoch hat geklappt" under our request for
    # this Wednesday's, written on a Wednesday)
    by_id = {a.id: a for a in appointments}
    asked_days = {
        _local_day(by_id[i], zone)
        for ref in thread
        if ref.kind == CONFIRMATION_REQUEST
        for i in ref.covered
        if i in by_id and _is_open(by_id[i])
    }
    if len(asked_days) != 1:
        asked_days = set()  # several asked: the uncertain day stays uncertain
    for day, mention in _distinct_days(mentions):
        if (asked_day := _the_asked_day_of_that_number(day, mention, asked_days)) and not any(
            _is_open(a) for a in appointments if _local_day(a, zone) == day
        ):
            # "Die Behandlung am 30. hat stattgefunden" under our request for 30 January,
            # written in April: the asked day, not the last 30th (blind HA ha05 ha40, GV gv14)
            day, mention = asked_day, replace(mention, day=asked_day, ambiguous=False)
        if _a_week_before_today(mention, appointments, mail_date, zone):
            # "ja Dienstag hat stattgefunden" on a Tuesday before that day's session has
            # begun: the Tuesday a week before (blind GI gi41)
            day = day - timedelta(days=7)
            mention = replace(mention, day=day, ambiguous=False)
        # (only a day in words: a weekday and a written date that disagree stay uncertain,
        # "am Mittwoch 6.10." for a Tuesday's session, blind FF ff32)
        rescued = day in asked_days and not _DIGIT.search(mention.sentence)
        if mention.ambiguous and not rescued:
            # a range left unsettled ("alle Termine vom 2. bis 26. Februar mit Ausnahme vom
            # 19."): one reason for the range, not one per end
            unclear = (
                _whole_months(*mention.span)
                if mention.span is not None and mention.whole_months
                else _unsettled_range(*mention.span)
                if mention.span is not None
                else f"Unklare Datumsangabe (vermutlich {format_day(day)}); "
                "bitte prüfen, welcher Termin bestätigt wird."
            )
            if unclear not in reasons:
                reasons.append(unclear)
            continue
        if (mention.weekday_alone or _by_its_weekday_only(mention)) and (
            asked := sorted(
                d
                for d in asked_days
                if d != day
                and d.weekday() == day.weekday()
                and not any(m.day == d for m in mentions)
            )
        ):
            # "Montag hat stattgefunden" written on Wednesday the 25th under our request
            # for Monday the 16th: that Monday, or the last one? (blind GZ gz41 had billed
            # the 23rd, HH hh24 billed "letzten Freitag" the same way; not when the mail
            # names the asked day itself as well: "the Tuesday before last (the 21st) ...
            # and so did this week's on Tuesday")
            reasons.append(
                f"Nur ein Wochentag genannt (vermutlich {format_day(day)}), unsere Anfrage "
                f"galt aber dem {format_day(asked[-1])}, demselben Wochentag; gemeint kann "
                "auch dieser sein. Bitte prüfen."
            )
            continue
        if (
            mention.weekday_alone
            and not _told_as_past(mention)
            and day not in asked_days  # our request for that day's session settles it
            and (coming := _coming_on_weekday(day, appointments, mail_date, zone))
        ):
            reasons.append(
                f"Nur ein Wochentag genannt (vermutlich {format_day(day)}), aber am "
                f"{format_day(coming)} steht noch ein Termin an; gemeint kann auch dieser "
                "sein. Bitte prüfen."
            )
            continue
        on_day = tuple(a for a in appointments if _local_day(a, zone) == day)
        open_started = [a for a in on_day if _is_open(a) and a.start < mail_date]
        if len(open_started) == 1 or (
            len(open_started) > 1 and sessions_counted(mention.sentence) == len(open_started)
        ):
            # one session that day, or as many as the sentence counts, every one of them
            # ("heute waren es zwei Termine, beide haben stattgefunden")
            findings.extend(
                ConfirmationFinding(appointment_id=a.id, day=day, evidence=mention.sentence)
                for a in open_started
            )
            continue
        by_clock = _sessions_by_clock(
            day, mentions, open_started, zone, mail_date.astimezone(zone).date()
        ) or _session_by_kind(day, mentions, open_started)
        if by_clock:
            # "Mo 18.05. 07:30 KGG erhalten / Mo 18.05. 12:30 MT erhalten": each line's
            # time is the start of exactly one of that day's sessions
            findings.extend(
                ConfirmationFinding(appointment_id=a.id, day=day, evidence=sentence)
                for a, sentence in by_clock
            )
            continue
        reason = _why_no_match(day, on_day, open_started, mail_date)
        if reason is not None:
            reasons.append(reason)
    return cite_question(tuple(findings), thread), tuple(reasons)


def _by_its_weekday_only(mention: DateMention) -> bool:
    """The day was named by its weekday and words around it ("letzten Freitag", "last
    Tuesday's call"), with no digit in the sentence."""
    words = re.findall(r"[a-z]+", fold(mention.sentence))
    return not _DIGIT.search(mention.sentence) and any(
        WEEKDAYS_ANY.get(word) == mention.day.weekday() for word in words
    )


def cite_question(
    findings: tuple[ConfirmationFinding, ...], thread: tuple[OutboxRef, ...]
) -> tuple[ConfirmationFinding, ...]:
    """Practice rule: a confirmation given in answer to our clarifying question rests on
    two mails, the patient's first one and the answer; its evidence names both."""
    questions = [r for r in thread if r.kind == CLARIFICATION and r.in_reply_to]
    if not findings or not questions:
        return findings
    question = questions[-1]
    note = f" [Antwort auf unsere Rückfrage {question.message_id} zur Mail {question.in_reply_to}]"
    return tuple(replace(f, evidence=f.evidence + note) for f in findings)


def _distinct_days(mentions: Iterable[DateMention]) -> list[tuple[date, DateMention]]:
    """One mention per day, the first unambiguous one preferred (dates repeat in mails)."""
    chosen: dict[date, DateMention] = {}
    for mention in mentions:
        current = chosen.get(mention.day)
        if current is None or (current.ambiguous and not mention.ambiguous):
            chosen[mention.day] = mention
    return sorted(chosen.items())


# A clock time: "07:30", "7.30 Uhr", "um 12 Uhr", "um 9", "um 12:30." at a sentence's end
# (24-hour; "18.05." and "um 18.05." are dates)
_CLOCK = re.compile(
    r"(?<![\d.:])(?P<h1>[01]?\d|2[0-3])[:h](?P<m1>[0-5]\d)(?![\d:]|\.\d)"
    r"|\b(?:um|at)\s+(?P<h2>[01]?\d|2[0-3])"
    r"(?::(?P<m2>[0-5]\d)(?![\d:]|\.\d)|(?:\.(?P<m4>[0-5]\d))?(?![\d.:]))"
    r"|(?<![\d.:])(?P<h3>[01]?\d|2[0-3])(?:[.:](?P<m3>[0-5]\d))?\s*uhr\b",
    re.IGNORECASE,
)


_NUMERIC_DATE = re.compile(r"(?<![\d.:])\d{1,2}\.\s?\d{1,2}\.(?:\d{2,4})?(?![\d:])")


def clock_times(sentence: str) -> set[tuple[int, int]]:
    return {
        (int(m["h1"] or m["h2"] or m["h3"]), int(m["m1"] or m["m2"] or m["m4"] or m["m3"] or 0))
        for m in _CLOCK.finditer(sentence)
    }


def _sessions_by_clock(
    day: date,
    mentions: tuple[DateMention, ...],
    open_started: list[Appointment],
    zone: ZoneInfo,
    mail_day: date,
) -> list[tuple[Appointment, str]]:
    """The sessions of a day with several, picked by the start times the confirming
    sentences write beside it ("am 18.5. um 7:30", "Mo 18.05. 07:30 KGG erhalten"): every
    mention of the day has its own times, and every time is the start of exactly one of
    the day's open sessions. Else none (staff assign them)."""
    if len(open_started) < 2:
        return []
    picked: dict[int, tuple[Appointment, str]] = {}
    for sentence in {s for m in mentions if m.day == day for s in (m.sentence, *m.other_sentences)}:
        confirming = is_confirmation_sentence(fold(sentence))
        if not confirming and not clock_times(sentence):
            continue  # only names the day: "die Termine der letzten Woche und von gestern:"
        if not confirming:
            return []
        if all(m.day == day for m in mentions if sentence in (m.sentence, *m.other_sentences)):
            groups = [clock_times(sentence)]
        else:
            groups = _times_after_dates(sentence, mail_day).get(day, [set()])
        for times in groups:
            if not times:
                return []  # one mention of the day without a time: which session?
            for hour, minute in times:
                fitting = [a for a in open_started if _local_clock(a, zone) == (hour, minute)]
                if len(fitting) != 1:
                    return []
                picked[fitting[0].id] = (fitting[0], sentence)
    return list(picked.values())  # nothing when no sentence gave a time


# The kind of treatment a sentence names: "die Manuelle Therapie am 18.05.", "KGG",
# "das Gerätetraining" (KGG is Krankengymnastik am Gerät).
_KINDS = {
    Treatment.MT: re.compile(r"\bmanuelle[nr]?\s+therapie\b|\bmt\b", re.IGNORECASE),
    Treatment.KGG: re.compile(
        r"\bkgg\b|\bger(?:ä|ae)t(?:e\w*)?\b|\bkrankengymnastik\s+am\s+ger(?:ä|ae)t", re.IGNORECASE
    ),
    Treatment.KG: re.compile(r"\bkg\b|\bkrankengymnastik\b(?!\s+am\s+ger)", re.IGNORECASE),
}


def _session_by_kind(
    day: date, mentions: tuple[DateMention, ...], open_started: list[Appointment]
) -> list[tuple[Appointment, str]]:
    """The one session of a day with several that the confirming sentences name by its
    kind ("die Manuelle Therapie am 18.05. hat stattgefunden" beside an unnamed KGG): every
    confirming sentence of the day names that kind and no other, and exactly one open
    session of the day is of it. Else none (staff assign them)."""
    if len(open_started) < 2:
        return []
    sentences = [
        s
        for m in mentions
        if m.day == day
        for s in (m.sentence, *m.other_sentences)
        if is_confirmation_sentence(fold(s))
    ]
    named = [{kind for kind, pattern in _KINDS.items() if pattern.search(s)} for s in sentences]
    if not sentences or any(len(kinds) != 1 for kinds in named) or len(set.union(*named)) != 1:
        return []
    if any(EVERY_ONE.search(fold(s)) for s in sentences):
        return []  # "beide Termine am 18.5 ... (mittags MT)": every one, not the one named
    (kind,) = named[0]
    fitting = [a for a in open_started if a.treatment is kind]
    return [(fitting[0], sentences[0])] if len(fitting) == 1 else []


def _times_after_dates(sentence: str, mail_day: date) -> dict[date, list[set[tuple[int, int]]]]:
    """The times written after each written date up to the next one ("Mo 11.05. 07:30
    ... Mo 18.05. 12:30"), by day; nothing when a time comes before the first date (then
    whose it is cannot be told) or a date does not read as one day."""
    dates = list(_NUMERIC_DATE.finditer(sentence))
    clocks = list(_CLOCK.finditer(sentence))
    if not dates or any(c.start() < dates[0].start() for c in clocks):
        return {}
    groups: dict[date, list[set[tuple[int, int]]]] = {}
    for written, following in zip(dates, [*dates[1:], None], strict=True):
        days = written_days(written.group(), mail_day=mail_day)
        if len(days) != 1:
            return {}
        end = following.start() if following is not None else len(sentence)
        inside = " ".join(c.group() for c in clocks if written.end() <= c.start() < end)
        groups.setdefault(next(iter(days)), []).append(clock_times(inside))
    return groups


def _local_clock(appointment: Appointment, zone: ZoneInfo) -> tuple[int, int]:
    start = appointment.start.astimezone(zone)
    return start.hour, start.minute


def _why_no_match(
    day: date,
    on_day: tuple[Appointment, ...],
    open_started: list[Appointment],
    mail_date: datetime,
) -> str | None:
    shown = format_day(day)
    if len(open_started) > 1:
        return (
            f"Bestätigung für den {shown}, aber an diesem Tag hat die Patientin/der Patient "
            "mehrere offene Termine; bitte zuordnen."
        )
    held = [a for a in on_day if a.is_held]
    if held and all(a.confirmed_at is not None for a in held):
        return None  # a repeat of a confirmation we already have: nothing to do
    if any(_is_open(a) and a.start >= mail_date for a in held):
        return (
            f"Bestätigung für den {shown}, aber der Termin an diesem Tag hatte beim "
            "Schreiben der Mail noch nicht begonnen."
        )
    if on_day and not held:
        return (
            f"Bestätigung für den {shown}, aber der Termin an diesem Tag ist abgesagt; "
            "bitte prüfen."
        )
    return (
        f"Bestätigung für den {shown}, aber an diesem Tag hat die Patientin/der Patient "
        "keinen offenen Termin."
    )


def _match_dateless_reply(
    appointments: tuple[Appointment, ...],
    thread: tuple[OutboxRef, ...],
    mail_date: datetime,
    zone: ZoneInfo,
) -> tuple[tuple[ConfirmationFinding, ...], tuple[str, ...]]:
    listed = {i for ref in thread if ref.kind in ASKS_FOR_CONFIRMATION for i in ref.covered}
    if not listed:
        return (), (
            "Bestätigung ohne Datum und nicht als Antwort auf unsere Bestätigungsanfrage; "
            "bitte den Termin zuordnen.",
        )
    # Our request lists every open appointment of the patient; a bare "ja" says which only
    # when exactly one of them still waits (the others may have been confirmed since).
    by_id = {a.id: a for a in appointments}
    still_open = sorted(i for i in listed if i in by_id and _is_open(by_id[i]))
    if len(still_open) > 1:
        days = ", ".join(format_day(_local_day(by_id[i], zone)) for i in still_open)
        return (), (
            f"Bestätigung ohne Datum auf unsere Anfrage zu mehreren Terminen ({days}); "
            "bitte den Termin zuordnen.",
        )
    if not still_open and len(listed) > 1:
        if all(i in by_id and by_id[i].confirmed_at is not None for i in listed):
            return (), ()  # all confirmed already: a repeat
        return (), ("Bestätigung ohne Datum auf mehrere Bestätigungsanfragen; bitte prüfen.",)
    (requested_id,) = still_open or sorted(listed)
    appointment = next((a for a in appointments if a.id == requested_id), None)
    if appointment is None:
        return (), (
            "Antwort auf eine Bestätigungsanfrage für einen Termin, der nicht zu dieser "
            "Absenderadresse gehört; bitte prüfen.",
        )
    if appointment.is_held and appointment.confirmed_at is not None:
        return (), ()  # already confirmed: a repeat
    day = _local_day(appointment, zone)
    shown = format_day(day)
    if not appointment.is_held:
        return (), (f"Bestätigung für den abgesagten Termin vom {shown}; bitte prüfen.",)
    if appointment.start >= mail_date:
        return (), (
            f"Bestätigung für den Termin am {shown}, der beim Schreiben der Mail noch nicht "
            "begonnen hatte.",
        )
    return (
        ConfirmationFinding(
            appointment_id=appointment.id,
            day=day,
            evidence="Antwort ohne Datum auf unsere Bestätigungsanfrage zu diesem Termin",
        ),
    ), ()


def _unsettled_range(first: date, last: date) -> str:
    return (
        f"Zeitraum {format_day(first)} bis {format_day(last)} genannt, aber nicht "
        "eindeutig welche Termine darin bestätigt werden (Ausnahme, Zählung, "
        "verschiedene Behandlungsarten oder mehrere Termine an einem Tag); bitte prüfen."
    )


def _whole_months(first: date, last: date) -> str:
    return (
        f"Bestätigung für alle Termine eines ganzen Monats ({format_day(first)} bis "
        f"{format_day(last)}), ohne die Tage zu nennen; abgerechnet wird nur, was mit Datum "
        "bestätigt ist. Nichts davon übernommen, bitte prüfen."
    )


def _the_asked_day_of_that_number(
    day: date, mention: DateMention, asked_days: set[date]
) -> date | None:
    """The day our request asked about when the mail names only its day of the month ("am
    30.", "the 30th", read as the last 30th) and the asked day has that number."""
    if len(asked_days) != 1 or mention.span is not None:
        return None
    (asked,) = asked_days
    if asked == day or asked.day != day.day:
        return None
    return asked if day.day in days_of_the_month(mention.sentence) else None


def _a_week_before_today(
    mention: DateMention,
    appointments: tuple[Appointment, ...],
    mail_date: datetime,
    zone: ZoneInfo,
) -> bool:
    """Whether a weekday named alone, read as the mail's own day and so uncertain (today's
    session or a week ago?), can only be the one a week before: the sentence tells of it as
    past and no session of the patient has begun that day before the mail."""
    today = mail_date.astimezone(zone).date()
    return (
        mention.ambiguous
        and mention.weekday_alone
        and mention.span is None
        and mention.day == today
        and _told_as_past(mention)
        and not any(
            a.is_held and a.start < mail_date and _local_day(a, zone) == today for a in appointments
        )
    )


def may_mean_the_coming_one(
    day: date,
    sentence: str,
    appointments: tuple[Appointment, ...],
    mail_date: datetime,
    timezone: str,
) -> date | None:
    """The coming day of `day`'s weekday when a weekday named alone in `sentence` (read as
    `day`, the last one) may mean that session still to come: the sentence does not tell
    of it as past, and the coming one is nearer (see _coming_on_weekday). "Dienstag passt
    mir, ich bin um 17 Uhr online" on a Monday under our request for last Tuesday's session
    (blind HQ hq42 had billed it)."""
    if _TOLD_AS_PAST.search(fold(sentence)):
        return None
    return _coming_on_weekday(day, appointments, mail_date, ZoneInfo(timezone))


def _told_as_past(mention: DateMention) -> bool:
    return any(_TOLD_AS_PAST.search(fold(s)) for s in (mention.sentence, *mention.other_sentences))


def _coming_on_weekday(
    day: date,
    appointments: tuple[Appointment, ...],
    mail_date: datetime,
    zone: ZoneInfo,
) -> date | None:
    """The coming day of the same weekday as `day` (a weekday named alone, read as the
    last one) when it lies nearer the mail than `day` and the patient has a session that
    day still to come: "Ich bestätige den Termin am Mittwoch", written on Tuesday with a
    session tomorrow, more likely accepts tomorrow's than confirms last week's (blind GD
    gd38, under our reminder, had billed last week's)."""
    coming = day + timedelta(days=7)
    today = mail_date.astimezone(zone).date()
    if (coming - today).days >= (today - day).days:
        return None  # the last one is as near as the coming one, or nearer: that one
    still_to_come = (
        a
        for a in appointments
        if a.is_held and a.start > mail_date and _local_day(a, zone) == coming
    )
    return coming if any(still_to_come) else None


def _is_open(appointment: Appointment) -> bool:
    return appointment.is_held and appointment.confirmed_at is None


def _local_day(appointment: Appointment, zone: ZoneInfo) -> date:
    return appointment.start.astimezone(zone).date()
