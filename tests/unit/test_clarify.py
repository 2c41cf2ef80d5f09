"""rules.clarify: when one question is asked, and what the answer confirms."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from rules.clarify import (
    Clarification,
    clarification_key,
    clarification_mail,
    plan_clarification,
)
from rules.decide import decide_mail
from rules.due import ScheduleSettings
from rules.models import (
    Appointment,
    AppointmentStatus,
    Category,
    InboundMail,
    MailContext,
    MailKind,
    OutboxRef,
)
from tests.unit.factories import appointment, patient

BERLIN = ZoneInfo("Europe/Berlin")
NOW = datetime(2026, 4, 16, 18, 0, tzinfo=BERLIN)  # Thursday evening
PRACTICE = "termine@praxis-impulse.de"
SENDER = "anna.schmidt@web.de"
PATIENT = patient(id=1, emails=(SENDER,))
OTHER = patient(id=2, name="Bernd Braun", emails=("bernd@example.org",))

# Anna's appointments: Tue 14.04. 10:00 (open), Mon 13.04. 10:00 (open),
# Mon 06.04. (confirmed), Wed 15.04. cancelled, Fri 17.04. (tomorrow).
APPOINTMENTS = (
    appointment(id=11, start=datetime(2026, 4, 14, 10, 0, tzinfo=BERLIN)),
    appointment(id=12, start=datetime(2026, 4, 13, 10, 0, tzinfo=BERLIN)),
    appointment(
        id=13,
        start=datetime(2026, 4, 6, 10, 0, tzinfo=BERLIN),
        confirmed_at=datetime(2026, 4, 6, 12, 0, tzinfo=BERLIN),
    ),
    appointment(
        id=14,
        start=datetime(2026, 4, 15, 10, 0, tzinfo=BERLIN),
        status=AppointmentStatus.CANCELLED,
    ),
    appointment(id=15, start=datetime(2026, 4, 17, 10, 0, tzinfo=BERLIN)),
    appointment(id=16, start=datetime(2026, 3, 1, 10, 0, tzinfo=BERLIN)),  # beyond 28 days
)


def mail(text: str, **overrides: Any) -> InboundMail:
    values: dict[str, Any] = {
        "sha256": "0" * 64,
        "message_id": "<m1@web.de>",
        "sender": SENDER,
        "sender_name": "Anna Schmidt",
        "reply_to": (),
        "in_reply_to": None,
        "references": (),
        "date": NOW - timedelta(minutes=5),
        "subject": "Bestätigung",
        "text": text,
        "own_text": text,
        "cut_text": "",
    }
    values.update(overrides)
    values.setdefault("headers", ())
    values["headers"] = (("from", f"Anna Schmidt <{values['sender']}>"), *values["headers"])
    return InboundMail(**values)


def context(**overrides: Any) -> MailContext:
    values: dict[str, Any] = {
        "practice_address": PRACTICE,
        "patient": PATIENT,
        "appointments": APPOINTMENTS,
        "accept_unauthenticated": True,  # trust has its own cases below
    }
    values.update(overrides)
    return MailContext(**values)


def ask(
    inbound: InboundMail, ctx: MailContext | None = None, *, asked_today: bool = False
) -> Clarification | None:
    ctx = ctx or context()
    decision = decide_mail(inbound, ctx, now=NOW)
    return plan_clarification(inbound, decision, ctx, now=NOW, asked_today=asked_today)


QUESTION_REF = OutboxRef(
    message_id="<q1@praxis-impulse.de>",
    kind=MailKind.CLARIFICATION.value,
    patient_id=1,
    appointment_id=None,
    appointment_ids=(12, 11),
    in_reply_to="<m1@web.de>",
)
TWO_ON_ONE_DAY = (
    *APPOINTMENTS,
    appointment(id=21, start=datetime(2026, 4, 9, 9, 0, tzinfo=BERLIN)),
    appointment(id=22, start=datetime(2026, 4, 9, 15, 0, tzinfo=BERLIN)),
)
ASKS = [
    pytest.param(
        mail("Die Behandlung am 10.04.2026 hat stattgefunden."),
        context(),
        (12, 11),
        id="day-without-appointment-lists-open-ones",
    ),
    pytest.param(
        mail("Die Behandlung am 15.04.2026 hat stattgefunden."),
        context(),
        (12, 11),
        id="day-of-a-cancelled-appointment",
    ),
    pytest.param(
        mail("Die Behandlung am 09.04.2026 hat stattgefunden."),
        context(appointments=TWO_ON_ONE_DAY),
        (21, 22, 12, 11),
        id="two-begun-open-appointments-on-the-day",
    ),
]


@pytest.mark.parametrize(("inbound", "ctx", "expected"), ASKS)
def test_a_clear_confirmation_of_an_unmatched_day_gets_one_question(
    inbound: InboundMail, ctx: MailContext, expected: tuple[int, ...]
) -> None:
    question = ask(inbound, ctx)
    assert question is not None
    assert question.appointment_ids == expected
    assert question.asked_about == "<m1@web.de>"
    assert question.patient_id == 1


NO_QUESTION = [
    pytest.param(mail("Die Behandlung am 14.04.2026 hat stattgefunden."), context(), False, id="day-matches-confirmed-no-staff"),
    pytest.param(mail("Die Behandlung am 06.04.2026 hat stattgefunden."), context(), False, id="repeat-of-a-confirmed-day"),
    pytest.param(mail("Die Behandlung am 17.04.2026 hat stattgefunden."), context(), False, id="day-still-to-come"),
    pytest.param(mail("Die Behandlung am 10.04.2026 hat stattgefunden."), context(), True, id="already-asked-today"),
    pytest.param(mail("Die Behandlung am 10.04.2026 hat stattgefunden.", sender="x@example.org"), context(patient=None), False, id="unknown-sender"),
    pytest.param(mail("Die Behandlung am 10.04.2026 hat stattgefunden.", sender="x@example.org"), context(), False, id="patient-but-not-their-address"),
    pytest.param(mail("Die Behandlung am 10.04.2026 hat stattgefunden."), context(thread=(QUESTION_REF,)), False, id="second-mismatch-in-the-question-thread"),
    pytest.param(mail("Die Behandlung am 10.04.2026 hat stattgefunden.", headers=(("auto-submitted", "auto-replied"),)), context(), False, id="automated-mail"),
    pytest.param(mail("Die Behandlung am 10.04.2026 hat stattgefunden."), context(trusted_authserv_id="mx.praxis-impulse.de"), False, id="authentication-required-and-missing"),
    pytest.param(mail("Die Behandlung am 10.04.2026 hat stattgefunden."), context(accept_unauthenticated=False), False, id="no-trust-configured"),
    pytest.param(mail("Die Behandlung am 10.04.2026 hat stattgefunden. Kann ich den nächsten Termin verschieben?"), context(), False, id="also-a-reschedule-or-question"),
    pytest.param(mail("Die Behandlung am 10.04.2026 hat nicht stattgefunden."), context(), False, id="negated"),
    pytest.param(mail("Die Behandlung am 10.04.2026 hat stattgefunden.", defects=("broken",)), context(), False, id="defective-mail"),
    pytest.param(mail("Die Behandlung am 10.04.2026 hat stattgefunden.", message_id=None), context(), False, id="no-message-id-to-answer"),
    pytest.param(mail("Die Behandlung am 10.04.2026 hat stattgefunden."), context(appointments=APPOINTMENTS[2:]), False, id="nothing-open-to-ask-about"),
    pytest.param(mail("Die Behandlung am 10.04.2026 hat stattgefunden."), context(patient=replace(PATIENT, undeliverable=(SENDER,))), False, id="address-undeliverable"),
    pytest.param(mail("Die Behandlung am 10.04.2026 hat stattgefunden."), context(name_matches=(OTHER,)), False, id="name-of-another-patient"),
]  # fmt: skip


@pytest.mark.parametrize(("inbound", "ctx", "asked_today"), NO_QUESTION)
def test_no_question(inbound: InboundMail, ctx: MailContext, asked_today: bool) -> None:
    assert ask(inbound, ctx, asked_today=asked_today) is None


def test_the_question_mail_answers_in_the_thread_and_lists_the_appointments() -> None:
    inbound = mail(
        "Die Behandlung am 10.04.2026 hat stattgefunden.",
        references=("<r0@praxis-impulse.de>",),
        in_reply_to="<r0@praxis-impulse.de>",
    )
    question = ask(inbound)
    assert question is not None
    due = clarification_mail(
        question, mail=inbound, context=context(), now=NOW, settings=ScheduleSettings()
    )
    assert due.kind is MailKind.CLARIFICATION
    assert due.dedup_key == clarification_key(1, date(2026, 4, 16)) == "clarification:1:2026-04-16"
    assert due.in_reply_to == "<m1@web.de>"
    assert due.references == ("<r0@praxis-impulse.de>", "<m1@web.de>")
    assert due.auto_submitted == "auto-replied"
    assert due.covers == (12, 11)
    assert due.recipient == SENDER
    assert [a["start"] for a in due.context["appointments"]] == [  # type: ignore[index]
        APPOINTMENTS[1].start,
        APPOINTMENTS[0].start,
    ]
    assert due.not_before == NOW  # 18:00 is outside the quiet hours


def test_a_question_in_quiet_hours_waits_for_the_morning() -> None:
    late = NOW.replace(hour=22)
    inbound = mail("Die Behandlung am 10.04.2026 hat stattgefunden.", date=late)
    decision = decide_mail(inbound, context(), now=late)
    question = plan_clarification(inbound, decision, context(), now=late, asked_today=False)
    assert question is not None
    due = clarification_mail(
        question, mail=inbound, context=context(), now=late, settings=ScheduleSettings()
    )
    assert due.not_before == datetime(2026, 4, 17, 7, 0, tzinfo=BERLIN)


def only(appointments: tuple[Appointment, ...], *ids: int) -> tuple[Appointment, ...]:
    return tuple(a for a in appointments if a.id in ids or a.id not in (11, 12))


ANSWERS = [
    pytest.param(
        "Ja.", (11,), "single", [11], id="bare-yes-to-a-question-naming-one",
    ),
    pytest.param(
        "Ja.", (12, 11), "both", [], id="bare-yes-to-a-question-naming-two-goes-to-staff",
    ),
    pytest.param(
        "Gemeint war der 13.04.2026.", (12, 11), "both", [12], id="answer-naming-the-day",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "listed", "_case", "confirmed"), ANSWERS)
def test_the_answer_is_read_like_a_confirmation_and_cites_both_mails(
    text: str, listed: tuple[int, ...], _case: str, confirmed: list[int]
) -> None:
    question = replace(QUESTION_REF, appointment_ids=listed)
    answer = mail(
        text,
        message_id="<m2@web.de>",
        in_reply_to=question.message_id,
        references=("<m1@web.de>", question.message_id),
        subject="AW: Rückfrage zu Ihrer Bestätigung",
    )
    decision = decide_mail(answer, context(thread=(question,)), now=NOW)
    assert [f.appointment_id for f in decision.confirmations] == confirmed
    assert Category.CONFIRMATION in decision.categories
    for finding in decision.confirmations:
        assert "<q1@praxis-impulse.de>" in finding.evidence
        assert "<m1@web.de>" in finding.evidence
    if not confirmed:
        assert decision.needs_staff
