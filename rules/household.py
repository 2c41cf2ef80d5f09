"""Which patient a mail from an address shared by several patients is about.

A parent and a child may share one e-mail address; each is a patient of their own (name +
address). A mail from such an address confirms nothing until it says, beyond doubt, whose
appointment it means: the answer to our mail about one of them, the name it names, or a
day on which only one of them had an appointment. Anything else goes to staff.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from zoneinfo import ZoneInfo

from rules.models import Appointment, DateMention, OutboxRef, Patient


@dataclass(frozen=True, slots=True, kw_only=True)
class HouseholdPick:
    """The patient a shared-address mail is about, or why that stays open."""

    patient: Patient | None
    reason: str | None = None  # plain German for staff when patient is None


def pick_household_member(
    *,
    members: tuple[Patient, ...],
    text: str,
    mentions: tuple[DateMention, ...],
    appointments: tuple[Appointment, ...],
    thread: tuple[OutboxRef, ...],
    timezone: str,
) -> HouseholdPick:
    """The one patient of a shared address this mail is about, or staff's reason.

    Practice rule: a reply to our mail about one of them is about that patient, unless
    it names another of them or a day on which another of them had an appointment. Else
    the mail must point to one of them: by the days it names (only one of them had an
    appointment on those days, and it names no other of them by name) or, naming no day
    any of them had an appointment on, by naming exactly one of them. A mail that could
    mean two of them records nothing.
    """
    if len(members) == 1:
        return HouseholdPick(patient=members[0])
    zone = ZoneInfo(timezone)
    ids = {p.id for p in members}
    body = _without_closing(text, members)
    named = {p.id for p in members if _names(body, p, members)}
    days = {m.day for m in mentions}
    spans = [m.span for m in mentions if m.span is not None]

    def is_named_day(day: date) -> bool:  # a day named, or inside a range named as a whole
        return day in days or any(first <= day <= last for first, last in spans)

    fitting = {
        a.patient_id
        for a in appointments
        if a.patient_id in ids and a.is_held and is_named_day(a.start.astimezone(zone).date())
    }
    by_id = {p.id: p for p in members}
    answered = {r.patient_id for r in thread if r.patient_id in ids}

    # "meine Tochter", "mein Mann": the writer speaks of someone else; unless the mail
    # names the patient it points to, it may mean another of them.
    relative = _RELATIVE.search(body) is not None
    if len(answered) == 1:
        (chosen,) = answered
        others = (named | fitting) - {chosen}  # the signature's writer does not count
        if others:
            return _ambiguous(members, "Antwort auf unsere Mail zu einem, nennt aber einen anderen")
        if relative and chosen not in named:
            return _ambiguous(members, _RELATIVE_WHY)
        return HouseholdPick(patient=by_id[chosen])
    if len(answered) > 1:
        return _ambiguous(members, "Antwort auf unsere Mails zu mehreren von ihnen")
    if len(fitting) == 1:
        (chosen,) = fitting
        if named - {chosen}:
            return _ambiguous(members, "Name und Termindatum passen zu verschiedenen")
        if relative and chosen not in named:
            return _ambiguous(members, _RELATIVE_WHY)
        return HouseholdPick(patient=by_id[chosen])
    if len(fitting) > 1:
        narrowed = fitting & named
        if len(narrowed) == 1:
            (chosen,) = narrowed
            return HouseholdPick(patient=by_id[chosen])
        return _ambiguous(members, "das genannte Datum passt zu Terminen mehrerer")
    if len(named) == 1:
        (chosen,) = named
        return HouseholdPick(patient=by_id[chosen])
    if named:
        return _ambiguous(members, "die Mail nennt mehrere von ihnen")
    return _ambiguous(members, "die Mail nennt weder Namen noch ein passendes Datum")


_RELATIVE = re.compile(
    r"\b(?:mein|meine|meinem|meinen|meiner|meines|unser|unsere|unserem|unseren|unserer"
    r"|unseres)\s+(?:tochter|sohn|sohnes|kind|kindes|kinder|kindern|enkel|enkelin|mann"
    r"|mannes|ehemann|frau|ehefrau|partner|partnerin|vater|mutter|mama|papa|kleinen?|kleiner"
    r"|kleines)\b",
    re.IGNORECASE,
)
_RELATIVE_WHY = "die Mail spricht von einem Angehörigen, ohne ihn beim Namen zu nennen"


def _ambiguous(members: tuple[Patient, ...], why: str) -> HouseholdPick:
    listed = ", ".join(f"{p.name} (ID {p.id})" for p in members)
    return HouseholdPick(
        patient=None,
        reason=(
            f"Adresse gehört mehreren Patienten: {listed}; {why}. Nichts übernommen, "
            "bitte zuordnen."
        ),
    )


_CLOSING = re.compile(
    r"^\W*(?:(?:viele|liebe|beste|herzliche|freundliche|mit\s+freundlichen)\s+)?"
    r"(?:gr(?:u|ü|ue)(?:ß|ss)(?:e|en)?|lg|vg|mfg|bg)\b",
    re.IGNORECASE,
)


def _without_closing(text: str, members: tuple[Patient, ...]) -> str:
    """The text before its closing ("Viele Grüße, Thomas"): a name there is the writer's,
    who need not be the patient the mail is about."""
    lines = text.splitlines()
    for index in range(len(lines) - 1, max(-1, len(lines) - 8), -1):
        if lines[index].strip() == "--" or _CLOSING.match(lines[index].strip()):
            lines = lines[:index]
            break
    # A bare name under the text ("Thomas Berger", "Thomas B.") is a signature too: last
    # lines made of nothing but names of the family are not read as naming whom the mail
    # is about.
    names = {w.casefold() for p in members for w in re.findall(r"\w+", p.name)}
    while lines and _is_signature_line(lines[-1], names):
        lines = lines[:-1]
    return "\n".join(lines)


def _is_signature_line(line: str, names: set[str]) -> bool:
    words = re.findall(r"\w+", line)
    return all(w.casefold() in names or (len(w) == 1 and w.isalpha()) for w in words)


def _names(text: str, patient: Patient, members: tuple[Patient, ...]) -> bool:
    """Whether the text names this patient by a part of the name no other member shares
    (the first name, as the family name is usually the same)."""
    shared = {
        word.casefold()
        for other in members
        if other.id != patient.id
        for word in re.findall(r"\w+", other.name)
    }
    own = [w for w in re.findall(r"\w+", patient.name) if len(w) > 1 and w.casefold() not in shared]
    words = {w.casefold() for w in re.findall(r"\w+", text)}
    return any(w.casefold() in words for w in own)
