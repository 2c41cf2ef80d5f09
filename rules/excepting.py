"""Exceptions in a confirmation of several sessions: "alle Termine im März außer dem
18.", "hiermit bestätige ich den 16., 23. und 30. Januar, ausgenommen den 23., an dem ...",
"except the 17th which I missed".

An exception names the days left out (by number, date or weekday, one or a list) and
usually gives a reason after them. A careful employee takes every other day the sentence
confirms and leaves the ones excepted to a person. Here the exception is read only when it
names its days plainly and its reason names no other day; anything else is left to the
readers that send it to staff.
"""

from __future__ import annotations

import re
from datetime import date

from rules.date_lexicon import EXCEPTING, MONTHS, WEEKDAYS_ANY, WEEKDAYS_FULL, alternation
from rules.dates import weekday_in_week

# The days an exception names: "außer dem 18.", "bis auf den 23.01.", "mit Ausnahme vom
# Mittwoch, den 25.", "except the 17th", "außer dem 2.2. und dem 9.2.".
_MONTH_NAME = alternation(MONTHS)
# A weekday may carry its week: "den Donnerstag letzte Woche", "letzten Dienstag".
_LAST = r"(?:vorletzte[nrms]?|letzte[nrms]?|last)"
_EXCEPTED_DAY = (
    rf"(?:(?:de[nmr]|die|das|am|an|vom|von|the|on|of)\s+)*"
    rf"(?:(?P<last>{_LAST})\s+(?={alternation(WEEKDAYS_ANY)}))?"
    rf"(?:(?P<wd>{alternation(WEEKDAYS_ANY)})\.?,?\s*(?:(?:de[nmr]|the)\s+)?)?"
    r"(?:(?P<d>\d{1,2})(?:\.\s?(?P<mo>\d{1,2})\.?(?:\d{4}|\d{2})?|\.|st|nd|rd|th)?"
    rf"(?:\s+(?P<mn>{_MONTH_NAME})\.?)?(?:\s+\d{{4}})?)?"
    r"(?:(?<=\s)(?:in\s+)?(?:der\s+)?(?P<week>vorletzte[nr]?|letzte[nr]?|vergangene[nr]?"
    r"|vorige[nr]?|diese[nr]?|last|this)\s+(?:woche|week)\b)?"
)
# "außer", "bis auf", "except"; "nur nicht" before the days, or "nur" before one day that
# "nicht" follows ("alle seit dem 16.2., nur den 26. nicht"; not "nur den 6.4., den 8.4. nicht")
_EXCEPTION_START = re.compile(
    rf"\b(?:{EXCEPTING}|nur\s+nicht|(?P<only>nur)(?=\s+(?:(?:de[nmr]|am)\s+)?(?:{_LAST}\s+)?"
    rf"(?:\d|{alternation(WEEKDAYS_ANY)})[^,;:!?\n]{{0,30}}?\bnicht\b))\s+",
    re.IGNORECASE,
)
_NOT_AFTER = re.compile(r"\s+nicht\b", re.IGNORECASE)
_EXCEPTED_ITEM = re.compile(_EXCEPTED_DAY, re.IGNORECASE)
_AND = re.compile(r"\s*(?:,|und|and|&|sowie)\s*(?=(?:de[nmr]|the|am|on)?\s*\d)", re.IGNORECASE)
# after the days excepted, the reason for them: "da war ich krank", "which I missed", "- den
# hatte ich abgesagt"; or only a remark in parentheses before the sentence goes on
_REASON = re.compile(
    r"(?:\s+(?:natürlich|natuerlich|ja|halt|eben|of\s+course|obviously))?"
    r"(?:\s*(?:[,;:]|\s[-–—]|$)|\s+(?:da|dort|weil|wo|which|when|as|because|since)\b)",
    re.IGNORECASE,
)
_REMARK = re.compile(r"\s*\([^()]*\)")
# the exception standing first, the sentence's verb right after its days
_VERB_AFTER = re.compile(
    r"\s+(?:waren|haben|hatten|sind|fanden|liefen|klappten|were|have|had|all)\b", re.IGNORECASE
)
# "... und 19.2. - außer am Montag den 16.02., da war ich beim Orthopäden": a statement of
# its own for the doubt reader, reason and all
_AFTER_A_DASH = re.compile(rf"(?:\s[–—-]|;)\s*{EXCEPTING}", re.IGNORECASE)
_OTHER_DAY = re.compile(
    rf"\d{{1,2}}\.\s?\d{{1,2}}\.|\b\d{{1,2}}(?:\.|st|nd|rd|th)?\s+(?:{_MONTH_NAME})\b"
    rf"|\b(?:{alternation(WEEKDAYS_FULL)})\b|\b(?:gestern|vorgestern|heute|yesterday|today)\b",
    re.IGNORECASE,
)


def _exception(sentence: str) -> tuple[list[re.Match[str]], int, int] | None:
    """The items of the sentence's one exception, where they end, and where the sentence
    goes on after their reason (its end when the reason runs to the end)."""
    found = _EXCEPTION_START.search(sentence)
    if found is None or _EXCEPTION_START.search(sentence, found.end()):
        return None
    items: list[re.Match[str]] = []
    at = found.end()
    while (item := _EXCEPTED_ITEM.match(sentence, at)) is not None and item.end() > at:
        if item["d"] is None and item["wd"] is None:
            return None
        items.append(item)
        at = item.start() + len(item.group(0).rstrip(", "))  # "..., Mittwoch, da war ich"
        if found["only"]:
            break  # "nur den 26. nicht": one day
        remark = _REMARK.match(sentence, at)  # "außer dem 2.2. (abgesagt) und dem 9.2."
        if (joined := _AND.match(sentence, remark.end() if remark else at)) is None:
            break
        at = joined.end()
    if not items:
        return None
    if found["only"]:
        if (negation := _NOT_AFTER.match(sentence, at)) is None:
            return None  # "nur den 6.4." is the one day confirmed
        at = negation.end()
    if (remark := _REMARK.match(sentence, at)) is not None and not _REASON.match(
        sentence, remark.end()
    ):
        return items, at, remark.end()  # "außer dem 17.7. (Urlaub) haben alle ..."
    if _VERB_AFTER.match(sentence, at):
        return items, at, at  # "bis auf den 31.7. waren alle" (blind IR ir34)
    if _REASON.match(sentence, at) is None:
        return None
    return items, at, len(sentence)


def has_exception(sentence: str) -> bool:
    """Whether the sentence makes an exception that names its days ("außer dem 18.", "nur
    den 26. nicht")."""
    return _exception(sentence) is not None


def excepted_days(
    sentence: str, days: frozenset[date], today: date | None = None
) -> frozenset[date] | None:
    """The days among `days` (those of a range the sentence confirms) that its exception
    names, or None when the exception names none of them plainly ("bis auf einen", "außer
    dem, den Sie abgesagt hatten"), names a day outside them, or when its reason names
    another day ("außer dem 6.5., den hatte ich auf den 8.5. verschoben"). `today` (the
    mail's day) places a weekday named with its week ("den Donnerstag letzte Woche")."""
    exception = _exception(sentence)
    if exception is None:
        return None
    items, at, goes_on = exception
    excepted: set[date] = set()
    for item in items:
        if not (named := _days_of_item(item, days, today)):
            return None
        excepted |= named
    if _OTHER_DAY.search(sentence[at:goes_on]):
        return None
    written = re.findall(r"(\d{1,2})\.\s?(\d{1,2})\.", sentence[goes_on:])
    if any(not any(d.day == int(n) and d.month == int(m) for d in days) for n, m in written):
        return None  # "..., außer dem 17.7., haben alle im Juli stattgefunden: 3.7., 10.7."
    return frozenset(excepted)


def excepted_numbers(sentence: str) -> frozenset[tuple[int, int | None]]:
    """The days of the month (with their months, where written) the sentence's exception
    names: "bis auf den 12.2. (abgebrochen) und den 23.2." -> {(12, 2), (23, 2)}."""
    exception = _exception(sentence)
    if exception is None:
        return frozenset()
    return frozenset(
        (int(item["d"]), _month_of(item)) for item in exception[0] if item["d"] is not None
    )


def without_its_reason(sentence: str) -> str:
    """The sentence without the reason it gives for the days it excepts ("hiermit bestätige
    ich den 16., 23. und 30. Januar, ausgenommen den 23., an dem Ihre Therapeutin abbrechen
    musste" -> "... ausgenommen den 23."): the reason speaks of the day excepted only, and
    the exception itself touches that day. Unchanged when the reason names another day."""
    exception = _exception(sentence)
    if exception is None or _AFTER_A_DASH.search(sentence):
        return sentence  # after a dash the exception is a statement of its own already
    _, at, goes_on = exception
    if _OTHER_DAY.search(sentence[at:goes_on]):
        return sentence
    return sentence[:at] + " " + sentence[goes_on:]


def _days_of_item(
    item: re.Match[str], days: frozenset[date], today: date | None
) -> frozenset[date]:
    """The days of the range one excepted item names: by number (and month), by weekday
    and week, or by weekday when exactly one day of the range falls on it."""
    weekday = WEEKDAYS_ANY.get(item["wd"].lower().rstrip(".")) if item["wd"] else None
    if item["d"] is None and weekday is not None and (item["week"] or item["last"]):
        if today is None:
            return frozenset()
        day = weekday_in_week(
            weekday,
            today,
            week_word=(item["week"] or "").lower(),
            word=(item["last"] or "").lower(),
        )
        return frozenset({day}) if day in days else frozenset()
    if item["d"] is None:
        on_weekday = [day for day in days if day.weekday() == weekday]
        return frozenset(on_weekday) if len(on_weekday) == 1 else frozenset()
    month = _month_of(item)
    return frozenset(
        day
        for day in days
        if day.day == int(item["d"])
        and month in (None, day.month)
        and weekday in (None, day.weekday())
    )


def _month_of(item: re.Match[str]) -> int | None:
    """The month an excepted item writes ("23.01.", "23. Januar"), if any."""
    if item["mo"]:
        return int(item["mo"])
    return MONTHS.get(item["mn"].lower()) if item["mn"] else None


def without_the_exception(sentence: str) -> str:
    """The sentence's words that confirm, without the exception: what comes before it,
    or, when it stands first, what follows its reason."""
    found = _EXCEPTION_START.search(sentence)
    if found is None:
        return sentence
    head = sentence[: found.start()].rstrip(" ,;-–—")
    if re.search(r"\w{3}", head):
        return head
    exception = _exception(sentence)
    if exception is None or exception[2] >= len(sentence):
        return sentence
    return sentence[exception[2] :].strip(" ,")
