"""Whether what a confirming sentence says about the session fits the appointment it
matched: the kind (phone or video) and the time of day.

A parent confirming "das Telefonat meiner Tochter um 15 Uhr" from an address that also
has a video appointment at 9:00 that day must not bill the parent's session. A sentence
that names a kind or a time the appointment does not have is a case for staff; a sentence
that names neither, or both kinds ("Video-Telefonat"), says nothing against it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from rules.classify import fold
from rules.models import Appointment, Kind
from rules.moves import without_moves_within_the_day

# Folded text. "Videotelefonat", "Videoanruf" and "video call" are video; a lone
# "Telefonat", "angerufen" or "phone" is the phone.
_VIDEO = re.compile(r"\bvideo\w*|\bredmedical\b")
_PHONE = re.compile(
    r"(?<![\w-])(?:telefon\w*|telefoniert|anruf\w*|angerufen|phone\w*|(?:phone\s+)?call(?:ed)?)\b"
)
# A call that arranged something or did not come says nothing of the session's kind: "hatte
# ich mit Ihrer Kollegin am Telefon ausgemacht", "hab den Anruf nicht mitbekommen".
_NO_STATEMENT_OF_KIND = re.compile(
    r"\b(?:am|per|ue?bers?|via)\s+telefon\s+(?:\w+\s+){0,2}?(?:ausgemacht|abgemacht|besprochen"
    r"|vereinbart|abgesprochen|geklae?rt|verschoben|abgesagt)\b"
    r"|\btelefonisch\s+(?:\w+\s+){0,2}?(?:ausgemacht|abgemacht|besprochen|vereinbart|abgesprochen"
    r"|geklae?rt|verschoben|abgesagt)\b"
    r"|\b(?:den|einen|ihren|keinen|kein)\s+anruf\s+(?:\w+\s+){0,3}?(?:nicht|verpasst|verschlafen)\b"
    r"|\b(?:nicht|niemand|keiner)\s+(?:\w+\s+)?angerufen\b"
    # someone else's call that broke off the session: "weil die Schule angerufen hat",
    # "because my daughter's school called" (blind IX ix01 ix07)
    r"|\b(?:die\s+schule|der\s+kindergarten|die\s+kita|der\s+hort|mein(?:e)?\s+(?:chef|chefin"
    r"|arbeitgeber\w*|buero|firma)|die\s+arbeit|das\s+buero|die\s+firma|(?:my|the|his|her)\s+"
    r"(?:\w+'s\s+)?(?:school|boss|office|work|nursery))\s+(?:\w+\s+){0,2}?(?:hat\s+)?"
    r"(?:angerufen|anrief|rief\s+an|called|rang|phoned)\b"
    # a call that helped into the video: "nachdem die Therapeutin uns angerufen und den Code
    # nochmal durchgegeben hat" (blind IT it27)
    r"|\bangerufen\s+und\s+(?:\w+\s+){0,4}?(?:code|zugangscode|link|passwort|pin|zugang)\b"
    # the call that cancelled: "den letzten hab ich abgesagt (hatte ich morgens angerufen"
    # (blind IR ir07), "angerufen, um abzusagen"
    r"|\babgesagt\s*[(,-]?\s*(?:\w+\s+){0,4}?(?:angerufen|telefonisch|per\s+telefon)\b"
    r"|\b(?:angerufen|telefoniert)\s*,?\s+(?:\w+\s+){0,2}?(?:um\s+)?(?:ab(?:zu)?sagen|abgesagt)\b"
    # a number, or a call that was not the session: "new phone number", "Telefonnummer",
    # "had to leave because of a work call" (blind HL hl19, HI hi16)
    r"|\b(?:telefon|handy|mobil|phone|mobile)\s*-?\s*(?:nummer|nr|number)\b"
    # the device: "new phone and my mail app wasn't set up" (blind AS as28)
    r"|\b(?:new|neue[ns]?|other|anderes?)\s+(?:phone|handy|smartphone|telefon)\b"
    # "(Jana kindly agreed on the phone)" (blind IX ix23)
    r"|\b(?:agreed|arranged|discussed|sorted|settled|fixed|organi[sz]ed)\s+(?:\w+\s+){0,3}?"
    r"(?:on|over|by)\s+(?:the\s+)?(?:phone|telephone)\b"
    r"|\b(?:work|business|conference|zoom|teams|another)\s+call\b|\bdienst(?:liche[nrs]?\s+"
    r"anruf|gespraech)\w*"
)
# The kind a session was not held in: "statt Video telefoniert", "instead of the video
# call" (the doubt reader sends such a day to staff).
INSTEAD_OF_ANOTHER_KIND = (
    r"\b(?:statt|anstatt|anstelle\s+vo[nm]|instead\s+of)\s+(?:(?:per|mit|dem|der|the|a)\s+)?"
    r"(?:video\w*|telefon\w*|anruf\w*|phone\w*|call)\b"
)
_INSTEAD_OF = re.compile(INSTEAD_OF_ANOTHER_KIND)
# The video that failed is not the kind the session was held in: "done over the phone
# because the video link wouldn't load" (blind JE je27 billed the day), "das Video ging
# nicht, wir haben telefoniert"; nor when the call only finished it ("per Telefon zu Ende
# gemacht"): a session partly by phone is for staff to bill.
_VIDEO_FAILED = re.compile(
    r"\b(?:video\w*|redmedical)(?:\s+(?:link|code|zugang|verbindung|bild|call|app|session))?"
    r"\s+(?:\w+\s+){0,2}?(?:wouldn'?t|would\s+not|didn'?t|did\s+not|won'?t|wasn'?t|ging"
    r"|lief|hat|funktionierte|klappte|failed|froze|crashed|kept|dropped)"
    r"(?:\s+(?:nicht|not|work\w*|load\w*|open\w*|connect\w*|freezing|crashing|dropping|out))*"
    r"|\b(?:ging|lief|klappte|funktionierte|startete)\s+(?:das\s+|der\s+|die\s+)?(?:video\w*"
    r"|redmedical)\s+(?:\w+\s+)?(?:nicht|gar\s+nicht|garnicht)\b"
    r"|\b(?:kein|no)\s+video\w*"
)
# "um 10 Uhr", "um 10:30", "10.30 Uhr", "gegen 9", "at 3 pm", "at 10:30"; never a date
# ("am 10.03." has no "Uhr" and no "um"); "am" before a word after a bare number is German
# ("5.8 am Telefon"), after "at"/"um" it is the morning ("at 3 am took place").
_TIME = re.compile(
    r"""
    \b(?:um|gegen|ab|at|around)\s+(?P<h1>\d{1,2})(?:[:.](?P<m1>\d{2}))?
        \s*(?P<ap1>uhr|h\b|am\b|pm\b)?
  | \b(?P<h2>\d{1,2})(?:[:.](?P<m2>\d{2}))?\s*(?P<ap2>uhr|am\b(?!\s*[a-zäöüß])|pm\b|a\.m\.|p\.m\.)
    """,
    re.VERBOSE,
)
# How far a stated time may lie from the booked one: therapists run late, patients round.
_EARLY = timedelta(minutes=30)
_LATE = timedelta(minutes=60)


def contradiction(
    evidence: str,
    appointment: Appointment,
    *,
    timezone: str,
    also_confirmed: Iterable[Appointment] = (),
    kind_only: bool = False,
) -> str | None:
    """What in the confirming sentence does not fit the appointment, in plain German for
    staff, or None when nothing contradicts it. A time that is the start of another
    session the same mail confirms ("der frühe um 7:30 und der mittags um 12:30") is
    that session's, no contradiction."""
    # (a move by some hours told of as done: "wurde von 14 auf 16 Uhr verlegt" names the
    # time the session was held at, agreed with the practice)
    folded = _NO_STATEMENT_OF_KIND.sub(" ", without_moves_within_the_day(fold(evidence)))
    # "statt Video telefoniert": the kind it was not (blind IX ix27)
    folded = _INSTEAD_OF.sub(" ", folded)
    folded = _VIDEO_FAILED.sub(" ", folded)
    says_video = bool(_VIDEO.search(folded))
    says_phone = bool(_PHONE.search(_VIDEO.sub(" ", folded)))
    if appointment.kind is Kind.VIDEO and says_phone and not says_video:
        return "Mail spricht von einem Telefonat, der Termin ist aber eine Videobehandlung"
    if appointment.kind is Kind.PHONE and says_video and not says_phone:
        return "Mail spricht von Video, der Termin ist aber telefonisch"
    if kind_only:
        return None
    zone = ZoneInfo(timezone)
    start = appointment.start.astimezone(zone)
    end = appointment.end.astimezone(zone)
    others = [(a.start.astimezone(zone), a.end.astimezone(zone)) for a in also_confirmed]
    for stated in _stated_times(folded):
        readings = [datetime.combine(start.date(), t, tzinfo=zone) for t in stated]
        if any(
            other_start.date() == start.date() and other_start - _EARLY <= r <= other_end + _LATE
            for other_start, other_end in others
            for r in readings
        ):
            continue
        if not any(start - _EARLY <= r <= end + _LATE for r in readings):
            return f"Mail nennt die Uhrzeit {stated[0]:%H:%M}, der Termin war um {start:%H:%M}"
    return None


def _stated_times(folded: str) -> list[tuple[time, ...]]:
    """Each time of day the sentence names, with its possible readings ("um 3" is 3:00
    or 15:00; "3 pm" only 15:00)."""
    found: list[tuple[time, ...]] = []
    for match in _TIME.finditer(folded):
        hour = int(match["h1"] or match["h2"])
        minute = int(match["m1"] or match["m2"] or 0)
        marker = (match["ap1"] or match["ap2"] or "").replace(".", "")
        if match["h1"] is not None and not match["m1"] and not marker:
            continue  # "um 10" without Uhr may be anything ("um 10 Minuten"); too weak
        if hour > 23 or minute > 59:
            continue
        if marker == "pm" and hour < 12:
            hours: tuple[int, ...] = (hour + 12,)
        elif marker == "am":
            hours = (hour % 12,)
        elif 1 <= hour <= 11:
            hours = (hour, hour + 12)
        else:
            hours = (hour,)
        found.append(tuple(time(h, minute) for h in hours))
    return found
