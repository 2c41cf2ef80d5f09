"""Days a confirming mail writes down that the date reader did not turn into a mention.

"Die Behandlungen am 6.4. und am 13,4. haben stattgefunden": when only the 6.4. is read,
recording it is right, but filing the mail as done would lose the second day without
anybody knowing. This module finds such a remainder so that a person looks at it. It
reads written dates only (digits, a day with a month name, or a day after an article:
"am 14.", "the 14th"), in the sentences that confirm or carried a day, and only days
that lie in the past of the mail: "nächster Termin am 20.4." is not a treatment the
patient forgot to have read.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import date
from difflib import get_close_matches

from rules.classify import (
    SPEAKS_OF_CONFIRMING,
    fold,
    folded_sentences,
    is_confirmation_sentence,
)
from rules.date_lexicon import (
    EXCEPTING,
    MONTHS,
    WEEKDAYS_ANY,
    WEEKDAYS_FULL,
    alternation,
    count_of,
)
from rules.dates import (
    AFTER_A_WRITTEN_DAY,
    SAYS_ALSO,
    is_day_of_answering,
    recent_day_of_month,
    says_the_same_of_another_day,
)
from rules.doubt import clauses, refers_to_earlier_mail, says_called_off, says_no_session
from rules.models import DateMention

_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))  # the date reader's month names
# Folded text. Times ("um 10.30", "10.12 Uhr") are no dates.
_WRITTEN = re.compile(
    rf"""
    (?<![\d.:/,])(?<!um\s)(?<!ab\s)(?<!gegen\s)
    (?P<d1>\d{{1,2}})\s?[./]\s?(?P<m1>\d{{1,2}})(?:\s?[./]\s?(?P<y1>\d{{2}}|\d{{4}}))?\.?
    (?![\d:/])(?!\s*(?:uhr|h\b|am\b|pm\b))
  | \b(?P<d2>\d{{1,2}})\.?\s*(?:(?:st|nd|rd|th)\s+)?(?:of\s+)?(?P<m2>{_MONTH})\b\.?
        (?:\s*(?P<y2>\d{{4}}))?
  | \b(?P<m3>{_MONTH})\.?\s+(?P<d3>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s*(?P<y3>\d{{4}}))?
    """,
    re.VERBOSE,
)

# Day and month without dots, in a sentence whose other day the date reader read that way
# ("Termine am 27 5 und 3 6 haben stattgefunden"): digits paired by one space, no time.
_DOTLESS = re.compile(
    r"(?<![\d.:/,])(?<!um\s)(?<!ab\s)(?<!gegen\s)\b(?P<d>\d{1,2})\s(?P<m>\d{1,2})\b"
    r"(?![\d.:/,]\d)(?!\s*(?:uhr|h\b|min|minuten|x\b|mal\b))"
)

# A day without its month after an article: "am 14.", "den 14ten", "the 14th" (not "am
# 2. Termin", "the 3rd time": an ordinal of a noun).
_WRITTEN_DAY_ONLY = re.compile(
    r"\b(?:am|beim|den|dem|der|vom|the)\s+(?P<d>\d{1,2})(?:st|nd|rd|th|te[nrms]?|\.)(?![\d.])"
    r"(?!\s*(?:termin|mal|sitzung|behandlung|woche|tag|einheit|stunde|session|time"
    rf"|appointment|treatment|week|day|kalender|kw|\d|(?:of\s+)?(?:{_MONTH})\b)\w*)"
    # nor the first end of a range or list whose month follows ("vom 11. bis 15. Mai")
    rf"(?![^!?\n]{{0,20}}\b(?:{_MONTH})\b)"
)

# A day's number without its dot before a verb or "auch": "Und der 12 war auch".
_BARE_DAY_NUMBER = re.compile(
    r"\b(?:am|den|der|dem|vom)\s+(?P<d>\d{1,2})\s+(?=(?:war|waren|hat|hatte|auch|ebenfalls"
    r"|ebenso|ja|ok|stattgefunden)\b)"
)

# Bare days in a list: "im Mai am 6., 13., 20. und 27." (not a full date's month: "6.5.").
_LISTED_DAYS = re.compile(
    r"(?<![\d.,/:])\b\d{1,2}\.(?!\d)(?:\s*(?:,|und|and|&|\+|sowie|u\.)\s*(?:(?:am|den|dem|der)\s+)?"
    r"\d{1,2}\.(?!\d))+"
)
_LISTED_DAY = re.compile(r"\d{1,2}(?=\.)")


# "heute", "gestern" in any sentence that says a session went: "kurz zur Info: gestern lief
# alles, der Link war ok" beside days confirmed in another sentence is a day for a person
# (not "heute vor einer Woche", "a week ago today": another day, read by the date reader).
_RELATIVE_DAY = re.compile(
    r"\b(?:(?P<today>heute|today)|(?P<yesterday>gestern|(?<!\bbefore\s)yesterday)"
    r"|(?P<before>vorgestern|(?<=\bbefore\s)yesterday))\b(?!\s+vor\b)(?<!\bago\stoday)"
)
_IT_WENT = re.compile(
    r"\b(?:lief|liefen|geklappt|klappte|stattgefunden|went|worked|happened)\b"
    r"|\b(?:war|waren|was)\s+(?:\w+\s+){0,2}(?:gut|super|prima|toll|ok|okay|klasse|schoen"
    r"|fine|good|great)\b"
)

# A sentence about what was, not what is still to come ("Die Woche danach bin ich im
# Urlaub", "Der Termin danach fällt aus" name no session a person must count).
_PAST = re.compile(
    r"\b(?:war|waren|hatte|hatten|ging|fand|lief|klappte|gab|konnte|musste|was|were|had|did)\b"
)
_AHEAD = re.compile(
    r"\b(?:nae?chste\w*|kommende\w*|morgen|ue?bermorgen|werde\w*|wird|bald|next|tomorrow|will"
    r"|coming)\b"
)
# A day counted from another ("Den Donnerstag davor ebenfalls.", "the day before too", "Die
# Woche davor war nur der Donnerstag"): when the date reader could not count it (two days
# before it, none), a person does.
_COUNTED_FROM_ANOTHER = re.compile(
    rf"\b(?:{alternation(WEEKDAYS_FULL)}|tag|termin|woche|day|session|week)"
    r"\s+(?:davor|zuvor|vorher|danach|darauf|before|after)\b(?!\s+yesterday)"
    # "Donnerstag und den davor", "gestern und den davor", "the one before", "den
    # vorletzten Montag"
    # "die beiden Mittwoche davor", "the two sessions before"
    r"|(?P<article>\b(?:den|der|die|dem|the\s+ones?|the)\s+"
    r"(?:(?P<many>zwei|beiden|drei|vier|two|three|four)\s+(?:[^\W\d_]+\s+)?)?"
    r"(?:davor|zuvor|vorher|before)\b"
    r"(?!\s+yesterday)|\bvorletzte\w*"
    # "den vorigen auch", "den vorherigen", "the previous one"
    r"|\b(?:den|der|die|dem|the)\s+(?:vorige[nr]?|vorherige[nr]?|previous(?:\s+one)?)\b"
    r"(?!\s+(?:woche|monat|mail|nachricht|week|month|e-?mail)))"
    # "die Termine am Donnerstag dieser und der vergangenen Woche" (blind HQ hq35 lost last
    # week's without telling staff): two days
    r"|(?P<two_weeks>\b(?:dieser|diese|this)\s+und\s+(?:der\s+)?(?:vergangenen|letzten|vorigen)"
    r"\s+woche|\bthis\s+(?:week\s+)?and\s+(?:the\s+)?(?:last|previous)\s+week)\b"
    # "vom 10.09. sowie an den vier darauffolgenden Donnerstagen" (blind HH hh31 lost three
    # of them without telling staff), "the two following Mondays": so many after the day
    r"|\b(?:den|die|the)\s+(?P<after>zwei|beiden|drei|vier|fuenf|two|three|four|five|[2-5])\s+"
    r"(?:darauf\s*)?(?:folgenden|nachfolgenden|anschliessenden|following|subsequent|next)\b"
    # "die letzten beiden Freitage", "the last two", "die ersten drei Termine" (blind GH
    # gh17): so many days in the mail
    r"|\b(?:letzten|ersten)\s+(?P<de>beiden|zwei|drei|vier|2|3|4)\b"
    r"|\b(?:last|first)\s+(?P<en>two|three|four|2|3|4)\b"
)
# A day named beside the counted one ("Donnerstag und den davor"): both must be read.
_ANOTHER_DAY_WORD = re.compile(
    rf"\b(?:{alternation(WEEKDAYS_FULL)}|heute|gestern|today|yesterday)\b|\d{{1,2}}\s?[./]"
)


# A day "forgotten": the answer ("Den vom 29. hatte ich vergessen, sorry.") or the session
# ("Den Termin am 27.1. hab ich leider vergessen."). Either way a person reads which, when
# the date reader did not take the day.
_FORGOTTEN = re.compile(
    r"\b(?:vergessen|vergass|verschwitzt|verpennt|versaeumt|verbaselt|forgot|forgotten)\b"
)


# Two sessions said to have taken place: "beide gemacht", "both happened".
_BOTH = re.compile(r"\b(?:beide|beiden|both)\b")
_DONE = re.compile(r"\b(?:gemacht|gehabt|stattgefunden|statt\s+gefunden|done|happened)\b")

# A weekday beside a yes: "Mittwoch ja", "Montag: ok", "ja, Dienstag" (not "bis Montag",
# "nächsten Montag").
_WEEKDAY_SAID_YES = re.compile(
    rf"(?<!naechsten\s)(?<!kommenden\s)(?<!bis\s)(?<!ab\s)(?<!next\s)"
    rf"\b(?P<weekday>{alternation(WEEKDAYS_FULL)})\b\s*[:,-]?\s*(?:war\s+|was\s+)?"
    r"(?:ja|jo|yes|yep|ok|okay|passt|✅|👍)(?!\w)"
    r"|\b(?:ja|jo|yes|yep)\s*[,:-]?\s*(?:(?:am|on)\s+)?"
    rf"(?P<weekday2>{alternation(WEEKDAYS_FULL)})\b"
)


def _weekday_unread(match: re.Match[str], read_days: set[date], mail_day: date) -> bool:
    """Whether no day read stands for a weekday said yes to: its last date up to the mail's
    day (or, written on that weekday, the one a week before)."""
    weekday = WEEKDAYS_FULL[match["weekday"] or match["weekday2"]]
    back = (mail_day.weekday() - weekday) % 7
    candidates = {date.fromordinal(mail_day.toordinal() - back)}
    if back == 0:
        candidates.add(date.fromordinal(mail_day.toordinal() - 7))
    return not candidates & read_days


_OWN_DATE_BESIDE = re.compile(r"^\s*(?:auch\s+)?\(\s*\d{1,2}\.\s?\d{1,2}\.?(?:\d{2,4})?\s*\)")


def _counted_unread(flat: str, counted: re.Match[str], mentions: tuple[DateMention, ...]) -> bool:
    """Whether fewer days are read than a sentence counts: "die letzten drei Freitage"
    three in the mail, "Donnerstag und den davor" two in its sentence, "Den Donnerstag
    davor ebenfalls." (or "Die Woche davor (22.10.) auch.") one."""
    if counted["two_weeks"]:
        return len({m.day for m in mentions}) < 2
    if number := counted["de"] or counted["en"]:
        return len({m.day for m in mentions}) < count_of(number)
    if many := counted["many"] or counted["after"]:
        # "der 21.10. hat stattgefunden, ebenso die beiden Mittwoche davor": three days;
        # "vom 10.09. sowie an den vier darauffolgenden Donnerstagen": five
        beside = 1 if _ANOTHER_DAY_WORD.search(flat[: counted.start()]) else 0
        return len({m.day for m in mentions}) < count_of(many) + beside
    # the counted day's own date beside it is no other day: "der davor auch (26.2)."
    after = _OWN_DATE_BESIDE.sub(" ", flat[counted.end() :], count=1)
    rest = flat[: counted.start()] + " " + after
    # "Tuesday's session took place, as did the one the week before": two days
    needed = 2 if _ANOTHER_DAY_WORD.search(rest) else 1
    read = sum(1 for m in mentions if _overlap(" ".join(fold(m.sentence).split()), flat))
    return read < needed


# More sessions said to be "too" without a day the reader could place: "Die drei im Oktober
# auch", "Letzte Woche Mittwoch übrigens auch", "the ones before as well".
_MORE_SESSIONS = re.compile(
    rf"\b(?:{alternation(WEEKDAYS_FULL)}|{_MONTH}|woche|week|termine\w*|behandlungen|sitzungen"
    r"|sessions|appointments|treatments|calls|anrufe|telefonate|die\s+(?:ersten\s+)?(?:zwei|drei"
    r"|vier|fuenf|anderen|beiden|letzten|vorherigen|davor|ersten)"
    r"|the\s+(?:first\s+)?(?:two|three|four|others?|ones?\s+before|last\s+\w+|first))\b"
)


_ELLIPTIC_WORDS = frozenset(WEEKDAYS_FULL) | frozenset(MONTHS) | frozenset(
    {"die", "der", "den", "dem", "das", "im", "in", "am", "vom", "und", "ja", "yes", "auch",
     "ebenfalls", "ebenso", "uebrigens", "also", "too", "as", "well", "the", "ones", "one",
     "others", "other", "anderen", "andere", "beiden", "beide", "zwei", "drei", "vier", "fuenf",
     "two", "three", "four", "letzten", "letzte", "vorherigen", "vorigen", "davor", "before",
     "woche", "week", "last", "termine", "behandlungen", "sitzungen", "sessions",
     "appointments", "treatments", "calls", "anrufe", "telefonate", "alle", "all", "waren",
     "war", "hatte", "hatten", "ich", "gehabt", "stattgefunden", "were", "was", "had", "i",
     "noch", "ansonsten", "sonst", "uebrigen", "restlichen", "ganze", "ganzen", "ersten",
     "first",
     # weekdays written short: "letzte Woche (Mo + Do) auch"
     "mo", "di", "mi", "do", "fr", "sa", "mon", "tue", "wed", "thu", "fri"}
)  # fmt: skip


_EXCEPTION = re.compile(rf"\b{EXCEPTING}\b")
_SO_OPENING = re.compile(r"^\W*also\b")


def _more_sessions(clause: str) -> str | None:
    """The sessions a clause adds "too" and nothing else ("die drei im Oktober auch",
    "letzte Woche Mittwoch übrigens auch"; not "die Woche war auch heiß" or "Donnerstag geht
    auch klar"), as written."""
    # a German "Also" opening the clause is "so", not "too": "Also Mittwoch, nicht Dienstag"
    if not SAYS_ALSO.search(_SO_OPENING.sub("", clause)) or _WRITTEN.search(clause):
        return None
    more = _MORE_SESSIONS.search(clause)
    words = re.findall(r"[^\W\d_]+", clause)
    # a weekday mistyped: "Letzten Monntag auch."
    unknown = [word for word in words if word not in _ELLIPTIC_WORDS]
    if not all(_mistyped_weekday(word) for word in unknown) or (more is None and not unknown):
        return None
    return more.group(0) if more is not None else unknown[0]


def _falls_on(day: date, name: str) -> bool:
    """Whether a day lies in the month or on the weekday a word names; any other word
    ("die drei", "Termine") is no month or weekday, and any day may be meant."""
    if name in MONTHS:
        return day.month == MONTHS[name]
    if name in WEEKDAYS_FULL:
        return day.weekday() == WEEKDAYS_FULL[name]
    return True


def _mistyped_weekday(word: str) -> bool:
    """A word one slip away from a weekday name ("Monntag", "Dienstg")."""
    return len(word) >= 5 and bool(get_close_matches(word, WEEKDAYS_FULL, n=1, cutoff=0.85))


def _overlap(one: str, other: str) -> bool:
    return bool(one) and (one in other or other in one)


def unread_days(
    own_text: str,
    mentions: Iterable[DateMention],
    *,
    mail_day: date,
    confirmed: Sequence[date] = (),
) -> list[str]:
    """The written dates (as written) of past days that no mention stands for, from the
    sentences that confirm a treatment, carried a mention or say a day was "forgotten";
    "heute"/"gestern" of a day not read in any sentence that says something went; a day
    counted from another ("Donnerstag davor", "die beiden Mittwoche davor") or sessions
    added "auch" ("die drei im Oktober auch") that no mention stands for; "beide" with
    fewer than two days; and a weekday said yes to ("Mittwoch ja") that neither a mention
    nor a `confirmed` day (one per confirmation) stands for."""
    mentions = tuple(mentions)
    mentioned = {m.day for m in mentions}
    read = {(m.day.month, m.day.day) for m in mentions}
    carried = {" ".join(fold(m.sentence).split()) for m in mentions}
    unread: dict[str, None] = {}
    for sentence in folded_sentences(own_text):
        flat = " ".join(sentence.split())
        for match in _WEEKDAY_SAID_YES.finditer(flat):
            if _weekday_unread(match, mentioned | set(confirmed), mail_day):
                unread[match["weekday"] or match["weekday2"]] = None
        went = _IT_WENT.search(flat) is not None
        if (
            (both := _BOTH.search(flat))
            and not _COUNTED_FROM_ANOTHER.search(flat)  # counted below
            # (two sessions of one day are two: "beide Termine heute")
            and max(len(mentioned | set(confirmed)), len(mentions), len(confirmed)) < 2
            and (went or _DONE.search(flat) or is_confirmation_sentence(flat))
        ):
            # "gestern und vorige woche dienstag beide gemacht": two days, fewer read
            unread[both.group(0)] = None
        for match in _RELATIVE_DAY.finditer(flat):
            if is_day_of_answering(flat, match.start(), match.end()):
                continue  # "kann ich erst heute bestätigen": no session
            # (or closing a list of written days: "Mo 16.2., Do 19.2. und gestern.")
            if went or AFTER_A_WRITTEN_DAY.search(flat, max(0, match.start() - 12), match.start()):
                day = _relative_day(match, mail_day)
                if (day.month, day.day) not in read:
                    unread[match.group(0)] = None
        if (
            (week := _WEEK_ADDED.search(flat))
            and (SAYS_ALSO.search(flat) or _IT_WENT.search(flat))
            and not _AHEAD.search(flat)
            and not any(_in_the_week_before(day, mail_day) for day in mentioned | set(confirmed))
        ):
            # "Jo hat gepasst heute👍 letzte woche auch": a week's session added that no
            # day read or confirmed stands for
            unread[week["week"] or week["week2"] or week["week3"]] = None
        if (week_after := _WEEK_COUNTED.search(flat)) and (
            SAYS_ALSO.search(flat)
            or _IT_WENT.search(flat)
            or is_confirmation_sentence(flat)
            or any(c and c in flat for c in carried)
        ):
            # "..., in der Woche danach ebenfalls Montag und Mittwoch": sessions of a week
            # counted from another day, which no reader places (blind HZ hz38)
            unread[week_after.group(0)] = None
        for said in _LAST_WEEKS_WEEKDAY.finditer(flat):
            # "ja gestern und letzte woche mittwoch auch war telefon": that day, unread
            weekday = WEEKDAYS_FULL[said["weekday"] or said["weekday2"]]
            day = date.fromordinal(_monday_of(mail_day).toordinal() - 7 + weekday)
            if (
                (SAYS_ALSO.search(flat) or _IT_WENT.search(flat) or is_confirmation_sentence(flat))
                and not _AHEAD.search(flat)
                # (written on a weekend, "letzte Woche" may be the week now ending)
                and not _days_of_last_week(day, mail_day) & (mentioned | set(confirmed))
            ):
                unread[said.group(0)] = None
        counted = _COUNTED_FROM_ANOTHER.search(flat)
        if (
            counted
            and _counted_unread(flat, counted, mentions)
            # "Die davor hatte ich ja schon bestätigt.": our paperwork, no session to count
            and not refers_to_earlier_mail(flat)
            and (
                _IT_WENT.search(flat)
                or SAYS_ALSO.search(flat)
                or is_confirmation_sentence(flat)
                or (_PAST.search(flat) and not _AHEAD.search(flat))
            )
        ):
            # "Die Woche davor war nur der Donnerstag, am Dienstag war ich beim Hausarzt":
            # whatever it says of that day, a person counts it
            unread[counted.group(0)] = None
        if not any(flat in c or c in flat for c in carried if c):
            # "Die drei im Oktober auch": sessions added that no mention stands for (no day
            # of the sentence was read; a mention's sentence may be cut shorter or longer)
            for clause in clauses(flat):
                if (more := _more_sessions(clause)) is not None:
                    unread[more] = None
        else:
            # "ja, der Termin am 2.11. hat stattgefunden, ansonsten auch alle im Oktober":
            # a month or weekday added that no day read falls on
            for clause in clauses(flat):
                # (what it excepts is no session added: "... bis auf den 26.")
                more = _more_sessions(_EXCEPTION.split(clause, maxsplit=1)[0])
                if more is not None and not any(_falls_on(m.day, more) for m in mentions):
                    unread[more] = None
        if not (
            is_confirmation_sentence(sentence)
            or SPEAKS_OF_CONFIRMING.search(flat)
            or any(c and c in flat for c in carried)
            # "Und am 6. und 13. auch, falls Ihnen da noch was fehlt": days added to a yes
            or (mentions and any(says_the_same_of_another_day(c) for c in clauses(sentence)))
            # "die ersten beiden (3. + 10.) auch": days added by number
            or (SAYS_ALSO.search(flat) and _LISTED_DAYS.search(flat))
            or _FORGOTTEN.search(flat)
            # "Mo 23. ja und gestern auch": a day said yes to, by its number
            or _SAID_YES_TO_A_DAY.search(flat)
        ):
            continue
        # a day of which the clause says there was no session, or that it was called off,
        # is no day left unread (a session called off that the calendar still holds is a
        # doubt: rules/doubt.py sends it to staff)
        if says_no_session(sentence) or says_called_off(sentence):
            sentence = ", ".join(
                c for c in clauses(sentence) if not (says_no_session(c) or says_called_off(c))
            )
        for match in _WRITTEN.finditer(sentence):
            written = _written_day(match, mail_day)
            if written is None or (written.month, written.day) in read:
                continue
            if "/" in match.group(0) and any(
                (m.day.month, m.day.day) == (written.day, written.month)
                and match.group(0).strip() in fold(m.sentence)
                for m in mentions
            ):
                continue  # this "8/3" read as an English writer's 3 August
            unread[match.group(0).strip()] = None
        dotless = list(_DOTLESS.finditer(sentence))
        if any(_dotless_day(m, mail_day) in mentioned for m in dotless):
            for match in dotless:
                named = _dotless_day(match, mail_day)
                if named is not None and (named.month, named.day) not in read:
                    unread[match.group(0)] = None
        read_days_of_month = {d for _, d in read}
        for match in (
            *_WRITTEN_DAY_ONLY.finditer(sentence),
            *_BARE_DAY_NUMBER.finditer(sentence),
            *_WEEKDAY_AND_DAY_NUMBER.finditer(sentence),
        ):
            if 1 <= int(match["d"]) <= 31 and int(match["d"]) not in read_days_of_month:
                unread[match.group(0).strip()] = None
        for run in _LISTED_DAYS.finditer(sentence):
            for number in _LISTED_DAY.finditer(run.group(0)):
                if 1 <= int(number.group()) <= 31 and int(number.group()) not in read_days_of_month:
                    unread[f"{number.group()}."] = None
    # one name for one thing: "letzte woche" found by two nets is not also "woche"
    return [
        key
        for key in unread
        if any(ch.isdigit() for ch in key) or not any(key != k and key in k for k in unread)
    ]


# A week named by itself and added: "letzte Woche auch", "auch letzte Woche", "last week
# too" (not "meiner Mail von letzter Woche", not "Dienstag letzte Woche (26.5.)").
_WEEK = (
    r"(?<!\bvon\s)(?<!\bvom\s)(?<!\bseit\s)(?<!\baus\s)"
    r"\b(?:(?:letzte|vorige|vergangene)[nr]?\s+woche|vorwoche|last\s+week)\b"
    # (not "letzte Woche Mo und Do": its days are read, or missed, as weekdays)
    rf"(?!\s+(?:am\s+|on\s+)?(?:{alternation(WEEKDAYS_ANY)})\b)"
)
_WEEK_ADDED = re.compile(
    rf"(?<!tag\s)(?<!woch\s)(?<!tags\s)(?<!day\s)(?P<week>{_WEEK})(?:['’]s)?(?:\s+[^\W\d_]+){{0,3}}?\s+"
    r"(?:auch|ebenfalls|ebenso|genauso|too|as\s+well|also)\b"
    rf"|\b(?:auch|ebenfalls|also)\s+(?:(?:die|der|in\s+der)\s+)?(?P<week2>{_WEEK})"
    # "Und die zwei von letzter Woche (Mo + Do) auch" (blind IL il04 lost them silently)
    r"|\b(?:die|den|der|the)\s+(?:(?:zwei|beiden|drei|two|three|termine?|sessions?)\s+)?"
    r"(?:von|vom|aus|from)\s+(?:der\s+)?(?P<week3>(?:letzte|vorige|vergangene)[nr]?\s+woche"
    r"|vorwoche|last\s+week)\b"
)


# A day's number after its weekday, no month: "Mo 23. ja"
_WEEKDAY_AND_DAY_NUMBER = re.compile(
    rf"\b(?:{alternation(WEEKDAYS_ANY)})\.?,?\s+(?P<d>\d{{1,2}})\.(?![\d.])(?!\s*\d)"
)
# A yes beside a day's number: "Mo 23. ja", "am 23. ok", "23. ✓"
_SAID_YES_TO_A_DAY = re.compile(
    r"\b\d{1,2}\.\s*(?:\d{1,2}\.?\s*)?(?:ja|jo|yes|ok|okay|passt|✓|✔|☑|✅|👍)(?!\w)"
)


# A week counted from a day named before: "in der Woche danach", "die Woche darauf", "the
# week after"
_WEEK_COUNTED = re.compile(r"\b(?:woche|week)\s+(?:danach|darauf|spae?ter|after|later)\b")


# Last week's weekday: "letzte Woche Mittwoch", "Mittwoch letzter Woche".
_LAST_WEEKS_WEEKDAY = re.compile(
    rf"\b(?:letzte|vorige|vergangene)[nr]?\s+woche\s+(?:am\s+)?(?P<weekday>{alternation(WEEKDAYS_FULL)})\b"
    rf"|\b(?P<weekday2>{alternation(WEEKDAYS_FULL)})\s+(?:der\s+)?(?:letzte|vorige|vergangene)[nr]?"
    r"\s+woche\b"
)


def _days_of_last_week(day: date, mail_day: date) -> set[date]:
    """Last week's weekday, and on a weekend also the one of the week now ending."""
    return {day, date.fromordinal(day.toordinal() + 7)} if mail_day.weekday() >= 5 else {day}


def _in_the_week_before(day: date, mail_day: date) -> bool:
    """Whether `day` lies in the calendar week before the mail's (Monday to Sunday)."""
    return 0 < (_monday_of(mail_day) - day).days <= 7


def _monday_of(day: date) -> date:
    return date.fromordinal(day.toordinal() - day.weekday())


def relative_days(text: str, *, mail_day: date) -> frozenset[date]:
    """The days a text names by "heute", "gestern", "vorgestern" (and in English), counted
    back from the mail's day; not the day of answering ("kann ich erst heute bestätigen")."""
    flat = " ".join(fold(text).split())
    return frozenset(
        _relative_day(match, mail_day)
        for match in _RELATIVE_DAY.finditer(flat)
        if not is_day_of_answering(flat, match.start(), match.end())
    )


def _relative_day(match: re.Match[str], mail_day: date) -> date:
    """The day a "heute", "gestern" or "vorgestern" found by _RELATIVE_DAY stands for."""
    back = 0 if match["today"] else 1 if match["yesterday"] else 2
    return date.fromordinal(mail_day.toordinal() - back)


def written_days(text: str, *, mail_day: date) -> frozenset[date]:
    """The past days a text writes down (digits, a day with a month name, or a day after
    an article: "der 26." is the last 26th up to the mail's day, unless a weekday before it
    makes it a coming one: "Mittwoch, den 15.")."""
    folded = fold(text)
    days = {_written_day(match, mail_day) for match in _WRITTEN.finditer(folded)}
    days |= {
        recent_day_of_month(int(m["d"]), mail_day)
        for m in _WRITTEN_DAY_ONLY.finditer(folded)
        if _coming_day_of_its_weekday(folded, m, mail_day) is None
    }
    return frozenset(day for day in days if day is not None)


def days_of_the_month(text: str) -> frozenset[int]:
    """The days a text writes without their month ("am 30.", "the 30th"), as numbers."""
    return frozenset(int(m["d"]) for m in _WRITTEN_DAY_ONLY.finditer(fold(text)))


def later_days(text: str, *, mail_day: date) -> frozenset[date]:
    """The days after the mail that a text writes down ("am 13.04." in a mail of 10 April),
    within the next four months: the appointments a patient cancels or asks about; a day
    of the month with its weekday when only a coming day fits both ("Mittwoch, den 15.")."""
    folded = fold(text)
    days = set()
    for match in _WRITTEN.finditer(folded):
        day, month = _day_and_month(match)
        for year in (mail_day.year, mail_day.year + 1):
            try:
                written = date(year, month, day)
            except ValueError:
                continue
            if 0 < (written - mail_day).days <= 122:
                days.add(written)
                break
    for match in _WRITTEN_DAY_ONLY.finditer(folded):
        if coming := _coming_day_of_its_weekday(folded, match, mail_day):
            days.add(coming)
    return frozenset(days)


# A weekday right before a day of the month: "am Mittwoch, den 15.", "Mittwoch den 15."
_WEEKDAY_BEFORE = re.compile(rf"\b(?P<w>{alternation(WEEKDAYS_FULL)})\s*,?\s*$")


def _coming_day_of_its_weekday(folded: str, match: re.Match[str], mail_day: date) -> date | None:
    """The coming day a day of the month with its weekday names, when only that one fits:
    "die Behandlung am Mittwoch, den 15., möchte ich absagen" written on Tuesday 14 April
    is Wednesday 15 April (the last 15th, a Sunday in March, is no Wednesday). None when
    no weekday stands before it, or the past 15th is that weekday."""
    before = _WEEKDAY_BEFORE.search(folded, max(0, match.start() - 20), match.start())
    if before is None:
        return None
    weekday = WEEKDAYS_FULL[before["w"]]
    past = recent_day_of_month(int(match["d"]), mail_day)
    if past is not None and past.weekday() == weekday:
        return None
    this_month = mail_day.replace(day=1)
    for months_on in (0, 1):
        first = _first_of_month_after(this_month, months_on)
        try:
            coming = first.replace(day=int(match["d"]))
        except ValueError:
            continue
        if coming > mail_day and coming.weekday() == weekday:
            return coming
    return None


def _first_of_month_after(first: date, months: int) -> date:
    month = first.month - 1 + months
    return date(first.year + month // 12, month % 12 + 1, 1)


def _written_day(match: re.Match[str], mail_day: date) -> date | None:
    """The day a written date names, when it is a valid day not after the mail."""
    day, month = _day_and_month(match)
    year_text = match["y1"] or match["y2"] or match["y3"]
    year = mail_day.year
    if year_text:
        year = int(year_text) + (2000 if len(year_text) == 2 else 0)
    try:
        written = date(year, month, day)
    except ValueError:
        return None  # "10.30", "31.2.": no day
    if not year_text and written > mail_day:
        # "am 29.12." written on 3 January is last year's; "nächster Termin am 20.4." is a
        # later day, not a forgotten one.
        last_year = written.replace(year=written.year - 1) if (month, day) != (2, 29) else None
        if last_year is None or (mail_day - last_year).days > 62:
            return None
        written = last_year
    return written if written <= mail_day else None


def _dotless_day(match: re.Match[str], mail_day: date) -> date | None:
    """The last day with that day and month up to the mail's day, if it is one."""
    day, month = int(match["d"]), int(match["m"])
    for year in (mail_day.year, mail_day.year - 1):
        try:
            written = date(year, month, day)
        except ValueError:
            return None
        if written <= mail_day:
            return written
    return None


def _day_and_month(match: re.Match[str]) -> tuple[int, int]:
    day = int(match["d1"] or match["d2"] or match["d3"])
    month_text = match["m1"] or match["m2"] or match["m3"]
    return day, int(month_text) if month_text.isdigit() else MONTHS[month_text]
