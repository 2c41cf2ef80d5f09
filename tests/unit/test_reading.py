"""Whole-mail reading cases of issue 17, through parse_mail and decide_mail for real."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta
from email.message import EmailMessage

import pytest

from rules.decide import decide_mail
from rules.models import (
    Appointment,
    Category,
    FormsPolicy,
    Kind,
    MailContext,
    MailDecision,
    Quarantine,
    Treatment,
)
from rules.parsing import parse_mail
from tests.unit.factories import BERLIN, appointment, patient

MONDAY = appointment(id=1, kind=Kind.VIDEO, start=datetime(2026, 4, 6, 10, 0, tzinfo=BERLIN))
FORMS = FormsPolicy(
    new_patient=("anamnese",),
    names={"anamnese": "Anamnesebogen"},
    keywords={"anamnese": ("anamnese", "fragebogen")},
)


def decide(subject: str, body: str, *, pdf_name: str | None = None) -> MailDecision:
    message = EmailMessage()
    message["From"] = "Anna Schmidt <anna.schmidt@web.de>"
    message["To"] = "termine@praxis-impulse.de"
    message["Subject"] = subject
    message["Date"] = "Fri, 10 Apr 2026 08:00:00 +0200"
    message["Message-ID"] = "<r1@web.de>"
    message.set_content(body)
    if pdf_name:
        pdf = b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
        message.add_attachment(pdf, maintype="application", subtype="pdf", filename=pdf_name)
    received = datetime(2026, 4, 10, 8, 5, tzinfo=BERLIN)
    mail = parse_mail(message.as_bytes(), received_at=received)
    assert not isinstance(mail, Quarantine)
    context = MailContext(
        practice_address="termine@praxis-impulse.de",
        patient=patient(new_patient=True),
        appointments=(MONDAY,),
        forms=FORMS,
        accept_unauthenticated=True,
    )
    return decide_mail(mail, context, now=received + timedelta(minutes=5))


def test_a_subject_that_confirms_beside_forms_in_the_body_is_both() -> None:
    decision = decide(
        "Bestätigung Behandlung 6.4.", "Anbei der Anamnesebogen.", pdf_name="Anamnese.pdf"
    )
    assert [c.appointment_id for c in decision.confirmations] == [MONDAY.id]
    assert [f.form_key for f in decision.forms] == ["anamnese"]
    assert {Category.CONFIRMATION, Category.FORMS} <= decision.categories


def test_a_booking_acknowledged_in_the_subject_is_no_confirmation() -> None:
    decision = decide("Terminbestätigung 6.4.", "Anbei der Anamnesebogen.", pdf_name="Anamnese.pdf")
    assert decision.confirmations == ()


def test_the_patient_confirming_her_mothers_session_bills_nothing() -> None:
    decision = decide("Behandlung", "Die Behandlung meiner Mutter am 6.4. hat stattgefunden.")
    assert decision.confirmations == ()
    assert any("anderen Person" in reason for reason in decision.staff_reasons)


def test_a_session_elsewhere_bills_nothing() -> None:
    decision = decide("Behandlung", "Ich war am 6.4. beim Orthopäden in Behandlung.")
    assert decision.confirmations == ()
    assert decision.needs_staff


def test_heute_in_a_new_confirming_mail_is_the_one_session_of_that_day() -> None:
    # mail of Friday 10 April 08:00; the session of that morning began at 07:00
    early = appointment(id=3, kind=Kind.VIDEO, start=datetime(2026, 4, 10, 7, 0, tzinfo=BERLIN))
    message = EmailMessage()
    message["From"] = "Anna Schmidt <anna.schmidt@web.de>"
    message["To"] = "termine@praxis-impulse.de"
    message["Subject"] = "Danke"
    message["Date"] = "Fri, 10 Apr 2026 08:00:00 +0200"
    message["Message-ID"] = "<r2@web.de>"
    message.set_content("lief super heute, danke!")
    received = datetime(2026, 4, 10, 8, 5, tzinfo=BERLIN)
    mail = parse_mail(message.as_bytes(), received_at=received)
    assert not isinstance(mail, Quarantine)
    for booked, confirmed in (((MONDAY, early), [early.id]), ((MONDAY,), [])):
        context = MailContext(
            practice_address="termine@praxis-impulse.de",
            patient=patient(),
            appointments=booked,
            accept_unauthenticated=True,
        )
        decision = decide_mail(mail, context, now=received)
        assert [c.appointment_id for c in decision.confirmations] == confirmed


def test_a_new_mails_subject_day_stands_beside_a_greeting_or_a_wish() -> None:
    """ "Guten Morgen" and "schönes Wochenende" name no day: the subject's day is the
    patient's (blind AX ax29)."""
    for body in (
        "hat stattgefunden, danke! schönes Wochenende\nAnna",
        "Guten Morgen, hat stattgefunden.",
    ):
        decision = decide("Termin 6.4.", body)
        assert [c.appointment_id for c in decision.confirmations] == [MONDAY.id], body


def test_a_new_mails_subject_day_gives_way_to_a_day_word_in_the_text() -> None:
    decision = decide("Termin 6.4.", "Die Behandlung letzte Woche hat stattgefunden.")
    assert decision.confirmations == ()


def _decide_two_on_monday(body: str) -> MailDecision:
    morning = appointment(
        id=11,
        kind=Kind.VIDEO,
        treatment=Treatment.KGG,
        start=datetime(2026, 4, 6, 8, 0, tzinfo=BERLIN),
    )
    noon = appointment(
        id=12,
        kind=Kind.VIDEO,
        treatment=Treatment.MT,
        start=datetime(2026, 4, 6, 12, 0, tzinfo=BERLIN),
    )
    message = EmailMessage()
    message["From"] = "Anna Schmidt <anna.schmidt@web.de>"
    message["To"] = "termine@praxis-impulse.de"
    message["Subject"] = "Termine"
    message["Date"] = "Fri, 10 Apr 2026 08:00:00 +0200"
    message["Message-ID"] = "<r2@web.de>"
    message.set_content(body)
    received = datetime(2026, 4, 10, 8, 5, tzinfo=BERLIN)
    mail = parse_mail(message.as_bytes(), received_at=received)
    assert not isinstance(mail, Quarantine)
    context = MailContext(
        practice_address="termine@praxis-impulse.de",
        patient=patient(),
        appointments=(morning, noon),
        accept_unauthenticated=True,
    )
    return decide_mail(mail, context, now=received + timedelta(minutes=5))


def test_two_sessions_counted_in_the_next_sentence_are_both_confirmed() -> None:
    """ "... zwei Termine ... . Beide haben stattgefunden." (blind BA ba05)."""
    decision = _decide_two_on_monday(
        "Ich hatte am 6.4. zwei Termine, morgens und mittags. Beide haben stattgefunden."
    )
    assert sorted(c.appointment_id for c in decision.confirmations) == [11, 12]
    assert not decision.needs_staff


def test_two_sessions_on_a_day_uncounted_go_to_staff() -> None:
    decision = _decide_two_on_monday("Die Behandlung am 6.4. hat stattgefunden. Alles gut.")
    assert decision.confirmations == ()
    assert decision.needs_staff


def test_both_sessions_named_by_kind_are_both_confirmed() -> None:
    """ "beide termine am 18.5 haben stattgefunden (morgens gerät + mittags MT)" (blind BE
    be16, a silent loss on its first run: the date's "5" was read as a count and the kind
    named last picked one session)."""
    decision = _decide_two_on_monday(
        "beide termine am 6.4 haben stattgefunden (morgens gerät + mittags MT)"
    )
    assert sorted(c.appointment_id for c in decision.confirmations) == [11, 12]


def test_the_session_named_by_its_kind_is_the_one_confirmed() -> None:
    decision = _decide_two_on_monday("Die Manuelle Therapie am 6.4. hat stattgefunden.")
    assert [c.appointment_id for c in decision.confirmations] == [12]


def _decide_with(body: str, *booked: Appointment) -> MailDecision:
    """A new mail of Friday 10 April 2026 08:00 against the appointments `booked`."""
    message = EmailMessage()
    message["From"] = "Anna Schmidt <anna.schmidt@web.de>"
    message["To"] = "termine@praxis-impulse.de"
    message["Subject"] = "Bestätigung"
    message["Date"] = "Fri, 10 Apr 2026 08:00:00 +0200"
    message["Message-ID"] = "<r3@web.de>"
    message.set_content(body)
    received = datetime(2026, 4, 10, 8, 5, tzinfo=BERLIN)
    mail = parse_mail(message.as_bytes(), received_at=received)
    assert not isinstance(mail, Quarantine)
    context = MailContext(
        practice_address="termine@praxis-impulse.de",
        patient=patient(),
        appointments=booked,
        accept_unauthenticated=True,
    )
    return decide_mail(mail, context, now=received)


def _session(id: int, day: int, month: int = 4, **changes: object) -> Appointment:
    start = datetime(2026, month, day, 10, 0, tzinfo=BERLIN)
    return replace(appointment(id=id, kind=Kind.PHONE, start=start), **changes)


def test_the_latest_weekdays_counted_are_the_days_confirmed() -> None:
    """Blind CH ch16: "an den letzten drei Freitagen": the patient's latest appointments on
    that weekday begun before the mail, as many as counted, one a week; "die beiden letzten
    Termine" names no day (blind A ba49, D d05, d56: staff look them up)."""
    week = (_session(1, 20, 3), _session(2, 27, 3), _session(3, 3), _session(4, 8), _session(5, 14))
    fridays = _decide_with("Hiermit bestätige ich die letzten drei Freitage.", *week)
    assert [c.appointment_id for c in fridays.confirmations] == [1, 2, 3]
    assert not fridays.needs_staff
    # a week without a Friday session: which three, a person counts
    gap = _decide_with("Hiermit bestätige ich die letzten drei Freitage.", week[0], *week[2:])
    assert not gap.confirmations
    assert gap.needs_staff
    sessions = _decide_with("Ich bestätige die beiden letzten Termine.", *week)
    assert not sessions.confirmations
    assert sessions.needs_staff


def test_the_one_before_is_the_appointment_a_week_before() -> None:
    """Blind CH ch19, ch22: "Donnerstag und den davor kann ich bestätigen": the appointment
    right before the day named, when it is a week before, on the same weekday; otherwise
    which one is meant goes to staff."""
    week = (_session(1, 20, 3), _session(2, 27, 3), _session(3, 3), _session(4, 8), _session(5, 14))
    fridays = _decide_with("Ich bestätige den 3.4. und den davor.", *week)
    assert [c.appointment_id for c in fridays.confirmations] == [2, 3]
    assert not fridays.needs_staff
    unclear = _decide_with("Ich bestätige den 8.4. und den davor.", *week)
    assert [c.appointment_id for c in unclear.confirmations] == [4]
    assert unclear.needs_staff


@pytest.mark.parametrize(
    ("body", "recorded", "staff"),
    [
        # blind EV ev04, ev20, EQ eq12: the ones before, counted, in a sentence that adds
        ("Die Behandlung am 3.4. hat stattgefunden. Die beiden davor auch.", [1, 2, 3], False),
        ("Der 3.4. hat stattgefunden. Die zwei davor ebenfalls.", [1, 2, 3], False),
        ("Yes, 3.4. took place. The one before as well.", [2, 3], False),
        ("3.4. hat stattgefunden, und die beiden davor.", [1, 2, 3], False),
        (
            "3.4. hat stattgefunden. Die beiden davor auch, falls die noch offen sind.",
            [1, 2, 3],
            False,
        ),
        ("3.4. hat stattgefunden. Die drei davor auch.", [3], True),
        # more counted than sessions a week apart: which ones, a person counts
        ("Die Behandlung am 8.4. hat stattgefunden. Die beiden davor auch.", [4], True),
        # a sentence of its own that denies: which days, a person reads (it had been lost)
        ("Die Behandlung am 3.4. hat stattgefunden. Die beiden davor nicht.", [], True),
    ],
)
def test_the_ones_before_counted_are_the_weekly_appointments_before(
    body: str, recorded: list[int], staff: bool
) -> None:
    """Blind EV ev04 "Freitag hat stattgefunden. Die beiden davor auch." and ev20 "Die drei
    davor auch, falls die noch offen sind." went to staff unread: the patient's
    appointments right before the day named, as many as counted, each a week before the
    next (else a person counts: with three Fridays before, "die drei" ask for a fourth)."""
    week = (_session(1, 20, 3), _session(2, 27, 3), _session(3, 3), _session(4, 8), _session(5, 14))
    decision = _decide_with(body, *week)
    assert sorted(c.appointment_id for c in decision.confirmations) == recorded
    assert decision.needs_staff == staff
