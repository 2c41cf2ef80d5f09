"""One careful question when a patient's confirmation names a day we cannot match.

A verified patient writes "the treatment on 14 April took place", but on 14 April they
had no open appointment (or had two). Staff would write back by hand; with
`schedule.clarify` on, the worker asks once, in the thread, which of the patient's
recent open appointments was meant. The answer comes back as a reply to the question
and is read like any confirmation (a named day, or a bare "ja" when the question named
exactly one appointment). Staff see the mail either way: the question never replaces
the review item.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from rules.authentication import untrusted_reason
from rules.calendar import local_date, next_allowed
from rules.due import ScheduleSettings, deliverable_address
from rules.models import (
    Appointment,
    Category,
    DueMail,
    InboundMail,
    MailContext,
    MailDecision,
    MailKind,
)

CLARIFY_LOOKBACK = timedelta(days=28)  # appointments further back are staff's business
MAX_LISTED = 5  # a question naming more dates than this is no help to the patient
QUESTION_EXPIRY = timedelta(days=2)  # a question later than this is odd, not helpful
MAX_REFERENCES = 10  # RFC 5322 3.6.4: a long References may be trimmed (keep the newest)

# A mail that also cancels, asks, moves or reports a problem is not a clear "it took place".
_DOUBTS = frozenset(
    {Category.CANCELLATION, Category.RESCHEDULE, Category.TECHNICAL, Category.QUESTION}
)


@dataclass(frozen=True, slots=True, kw_only=True)
class Clarification:
    """A question to ask: which of these appointments did the patient mean?"""

    patient_id: int
    appointment_ids: tuple[int, ...]  # the patient's recent open appointments, oldest first
    named_days: tuple[date, ...]  # the days the patient's mail named
    asked_about: str  # Message-ID of the patient's mail


def clarification_key(patient_id: int, day: date) -> str:
    """Outbox idempotency key: at most one question per patient and practice day."""
    return f"{MailKind.CLARIFICATION.value}:{patient_id}:{day.isoformat()}"


def plan_clarification(
    mail: InboundMail,
    decision: MailDecision,
    context: MailContext,
    *,
    now: datetime,
    asked_today: bool,
) -> Clarification | None:
    """Whether to ask the patient which appointment their confirmation meant.

    Practice rule: only a registered, verified patient's own mail that clearly confirms
    a treatment (no cancellation, question, reschedule or problem in it) and names only
    days on which they had no open appointment, or two begun ones, is answered with one
    question listing their open appointments of the last four weeks. Never to automated
    mail, never to a sender the practice does not trust (rules/authentication.py), never
    twice in one thread, never twice a day to one patient, never when nothing is open to
    ask about.
    """
    patient = context.patient
    if (
        patient is None
        or decision.patient_id != patient.id
        or decision.is_automated
        or decision.confirmations
        or not decision.needs_staff
        or Category.CONFIRMATION not in decision.categories
        or decision.categories & _DOUBTS
        or mail.message_id is None
        or mail.defects
        or any(p.id != patient.id for p in context.name_matches)
        or context.household  # a shared address: whose appointment is for staff to ask
        or asked_today
        or deliverable_address(patient) is None
    ):
        return None
    if any(ref.kind == MailKind.CLARIFICATION.value for ref in context.thread):
        return None  # we asked in this thread already: the second doubt is staff's
    if untrusted_reason(mail, context) is not None:
        return None  # the answer could record nothing either: staff decide
    if not decision.dates or any(m.ambiguous for m in decision.dates):
        return None
    zone = ZoneInfo(context.timezone)
    written = min(mail.date, now)
    own = [
        a
        for a in context.appointments
        if a.patient_id == patient.id and a.is_held and a.kind.is_remote
    ]
    days = tuple(sorted({m.day for m in decision.dates}))
    if not all(_is_unmatched_day(day, own, written, zone) for day in days):
        return None
    candidates = sorted(
        (
            a
            for a in own
            if a.confirmed_at is None and written - CLARIFY_LOOKBACK <= a.start < written
        ),
        key=lambda a: (a.start, a.id),
    )[-MAX_LISTED:]
    if not candidates:
        return None
    return Clarification(
        patient_id=patient.id,
        appointment_ids=tuple(a.id for a in candidates),
        named_days=days,
        asked_about=mail.message_id,
    )


def _is_unmatched_day(
    day: date, held: list[Appointment], written: datetime, zone: ZoneInfo
) -> bool:
    """No open appointment on that day, or more than one begun: the day says nothing."""
    on_day = [a for a in held if a.start.astimezone(zone).date() == day]
    if any(a.confirmed_at is not None for a in on_day):
        return False  # a repeat of a confirmation we have
    if any(a.start >= written for a in on_day):
        return False  # confirms a treatment still to come: staff's call, not a question
    return len(on_day) != 1


def clarification_mail(
    question: Clarification,
    *,
    mail: InboundMail,
    context: MailContext,
    now: datetime,
    settings: ScheduleSettings,
) -> DueMail:
    """The question as an outbox mail, in the patient's thread (RFC 3834 auto-replied)."""
    patient = context.patient
    recipient = deliverable_address(patient) if patient is not None else None
    if patient is None or patient.id != question.patient_id or recipient is None:
        raise ValueError("a clarification goes only to the patient it was planned for")
    by_id = {a.id: a for a in context.appointments}
    listed = [by_id[i] for i in question.appointment_ids]
    release = next_allowed(
        now,
        quiet_hours=settings.quiet_hours,
        tz=settings.zone,
        working_days_only=False,
        region=settings.region,
    )
    references = tuple(dict.fromkeys((*mail.references, question.asked_about)))
    return DueMail(
        dedup_key=clarification_key(patient.id, local_date(now, settings.zone)),
        kind=MailKind.CLARIFICATION,
        template="clarification",
        recipient=recipient,
        recipient_name=patient.name,
        patient_id=patient.id,
        appointment_id=None,
        not_before=release,
        expires_at=release + QUESTION_EXPIRY,
        in_reply_to=question.asked_about,
        references=references[-MAX_REFERENCES:],
        auto_submitted="auto-replied",
        context={
            "patient_name": patient.name,
            "named_days": list(question.named_days),
            "appointments": [
                {"start": a.start, "end": a.end, "kind": a.kind.value} for a in listed
            ],
        },
        covers=question.appointment_ids,
    )
