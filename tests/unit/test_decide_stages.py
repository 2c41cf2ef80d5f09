"""Each stage of decide_mail on its own, as tables: a Draft in, a Draft or decision out.

test_decide.py runs every stage in order; these rows pin what one stage reads and what
it changes, so a change to one rule shows in that stage's table. The builders (mail,
context, the patient and her appointments on Monday 6.4. and Friday 10.4.) are those of
test_decide.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date, datetime

import pytest

import rules.decide
from rules.automation import TEXT_EVIDENCE, AutomationFinding
from rules.decide import (
    OTHER_REASON,
    QUARANTINE_REASONS,
    STAGES,
    Draft,
    Reading,
    check_reply_to,
    close_decision,
    date_by_answered_mail,
    decide_quarantine,
    drop_others_treatments,
    file_forms,
    find_sender,
    give_reasons,
    keep_remote,
    match_confirmed,
    note_caveats,
    pick_household,
    read_intent,
    read_mail,
    run_stages,
    settle_days,
    stop_automated,
)
from rules.matching import CLARIFICATION
from rules.models import (
    Category,
    DateMention,
    InboundMail,
    Kind,
    MailContext,
    MailDecision,
    Patient,
    Quarantine,
)
from tests.unit.test_decide import (
    BERLIN,
    FRIDAY_APPOINTMENT,
    MAIL_DATE,
    MONDAY,
    MONDAY_APPOINTMENT,
    MONDAY_MENTION,
    NOW,
    OTHER_PATIENT,
    PATIENT,
    REMINDER,
    REQUEST,
    appointment,
    attachment,
    context,
    mail,
)

CONFIRMATION = frozenset({Category.CONFIRMATION})
OTHER = frozenset({Category.OTHER})
CLARIFYING = replace(REQUEST, message_id="<pw-cl-1@praxis-impulse.de>", kind=CLARIFICATION)
FRIDAY_MENTION = DateMention(day=date(2026, 4, 10), sentence="am Freitag")


def draft(**changes: object) -> Draft:
    """A draft as it stands after the sender stage: the patient's clean confirmation."""
    base = Draft(
        mail=mail(),
        context=context(),
        now=NOW,
        reading=Reading(),
        categories=CONFIRMATION,
        mentions=(MONDAY_MENTION,),
        patient=PATIENT,
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def test_stages_run_in_the_order_the_docstring_gives() -> None:
    listed = re.findall(r"^\s*\d+\. (\w+):", rules.decide.__doc__ or "", re.MULTILINE)
    assert listed == [stage.name for stage in STAGES]


def test_a_stage_after_the_sender_needs_a_patient() -> None:
    with pytest.raises(ValueError, match="sender"):
        note_caveats(draft(patient=None))


def test_run_stages_stops_at_the_first_decision() -> None:
    decided = MailDecision(categories=OTHER, staff_reasons=("erste Stufe",))
    stages = (
        replace(STAGES[0], run=lambda _: decided),
        replace(STAGES[1], run=lambda _: pytest.fail("ran after a decision")),
    )
    assert run_stages(draft(), stages) is decided


# --- quarantine (before the table: a mail never parsed)


@pytest.mark.parametrize("quarantine", list(Quarantine), ids=lambda q: q.name)
def test_decide_quarantine(quarantine: Quarantine) -> None:
    decision = decide_quarantine(quarantine)
    assert decision.categories == {Category.QUARANTINE}
    assert decision.staff_reasons == (QUARANTINE_REASONS[quarantine],)
    assert decision.patient_id is None


# --- read_mail: what the neighbouring readers find, before any stage


@dataclass(frozen=True)
class ReadRow:
    mail: InboundMail
    automation: Category | None = None
    bounced: tuple[str, ...] = ()
    intent_has: Category | None = None
    text_days: tuple[date, ...] = ()
    subject_days: tuple[date, ...] = ()
    answer_days: tuple[date, ...] = ()


def human(**changes: object) -> InboundMail:
    return mail(headers=(("from", "Sabine Krüger <sabine.krueger@web.de>"),), **changes)


READ_ROWS = {
    "confirmation-text-days": ReadRow(
        mail=human(), intent_has=Category.CONFIRMATION, text_days=(MONDAY,)
    ),
    "new-mail-subject-days": ReadRow(
        mail=human(subject="Bestätigung 06.04.2026", own_text="Hat stattgefunden."),
        intent_has=Category.CONFIRMATION,
        subject_days=(MONDAY,),
    ),
    "reply-subject-is-ours-not-read": ReadRow(
        mail=human(subject="AW: Ihre Behandlung vom 06.04.2026", own_text="Hat stattgefunden."),
        intent_has=Category.CONFIRMATION,
    ),
    "short-subject-answer": ReadRow(
        mail=human(subject="Re: 6.4. ok", own_text="", text=""), answer_days=(MONDAY,)
    ),
    "permanent-bounce-read-no-further": ReadRow(
        mail=mail(
            sender="MAILER-DAEMON@mx.web.de",
            subject="Undelivered Mail Returned to Sender",
            delivery_status=(
                ("final-recipient", "rfc822; sabine.krueger@web.de"),
                ("action", "failed"),
                ("status", "5.1.1"),
            ),
        ),
        automation=Category.BOUNCE,
        bounced=("sabine.krueger@web.de",),
    ),
    "out-of-office-no-bounced-addresses": ReadRow(
        mail=mail(headers=(("auto-submitted", "auto-replied"),)),
        automation=Category.AUTO_REPLY,
    ),
}


@pytest.mark.parametrize("row", READ_ROWS.values(), ids=READ_ROWS.keys())
def test_read_mail(row: ReadRow) -> None:
    reading = read_mail(row.mail, context())
    assert (reading.automation and reading.automation.category) == row.automation
    assert reading.bounced == row.bounced
    if row.automation is not None:
        assert reading.intent == frozenset()
        assert reading.text_days == reading.subject_days == reading.answer_days == ()
    if row.intent_has is not None:
        assert row.intent_has in reading.intent
    assert tuple(m.day for m in reading.text_days) == row.text_days
    assert tuple(m.day for m in reading.subject_days) == row.subject_days
    assert tuple(m.day for m in reading.answer_days) == row.answer_days


# --- remote


@pytest.mark.parametrize(
    ("kinds", "kept"),
    [
        ((Kind.VIDEO, Kind.PHONE), (1, 2)),
        ((Kind.PRAXIS, Kind.VIDEO), (2,)),
        ((Kind.PRAXIS, Kind.PRAXIS), ()),
    ],
)
def test_keep_remote(kinds: tuple[Kind, Kind], kept: tuple[int, ...]) -> None:
    """An appointment in the practice (issue 15) leaves the context; nothing else does."""
    given = draft(
        context=context(
            appointments=(
                replace(MONDAY_APPOINTMENT, kind=kinds[0]),
                replace(FRIDAY_APPOINTMENT, kind=kinds[1]),
            )
        )
    )
    after = keep_remote(given)
    assert tuple(a.id for a in after.context.appointments) == kept
    assert replace(after, context=given.context) == given


# --- automation


def finding(category: Category, *, header_based: bool = True, evidence: str = "header") -> Reading:
    return Reading(
        automation=AutomationFinding(
            category=category, evidence=evidence, header_based=header_based
        )
    )


@dataclass(frozen=True)
class AutomationRow:
    reading: Reading
    mail: InboundMail = field(default_factory=mail)
    context: MailContext = field(default_factory=context)
    categories: frozenset[Category] | None = None  # None: the draft goes on unchanged
    reasons: tuple[str, ...] = ()  # a part of each reason, in order
    bounced: tuple[str, ...] = ()
    patient_id: int | None = PATIENT.id


AUTOMATION_ROWS = {
    "not-automated-goes-on": AutomationRow(reading=Reading(intent=CONFIRMATION)),
    "out-of-office-needs-nobody": AutomationRow(
        reading=finding(Category.AUTO_REPLY), categories=frozenset({Category.AUTO_REPLY})
    ),
    "list-mail-of-no-patient": AutomationRow(
        reading=finding(Category.BULK),
        context=context(patient=None),
        categories=frozenset({Category.BULK}),
        patient_id=None,
    ),
    "patient-from-the-thread": AutomationRow(
        reading=finding(Category.AUTO_REPLY),
        context=context(patient=None, thread=(REQUEST,)),
        categories=frozenset({Category.AUTO_REPLY}),
    ),
    "two-patients-in-the-thread-name-none": AutomationRow(
        reading=finding(Category.AUTO_REPLY),
        context=context(patient=None, thread=(REQUEST, replace(REQUEST, patient_id=8))),
        categories=frozenset({Category.AUTO_REPLY}),
        patient_id=None,
    ),
    "own-mail-back": AutomationRow(
        reading=finding(Category.OWN_MAIL),
        context=context(patient=None, own_message_id=True),
        categories=frozenset({Category.OWN_MAIL}),
        patient_id=None,
    ),
    "own-format-not-ours": AutomationRow(
        reading=finding(Category.OWN_MAIL),
        context=context(patient=None),
        categories=frozenset({Category.OWN_MAIL}),
        reasons=("stammt aber nicht von uns",),
        patient_id=None,
    ),
    "subject-only-auto-reply": AutomationRow(
        reading=finding(Category.AUTO_REPLY, header_based=False),
        categories=frozenset({Category.AUTO_REPLY}),
        reasons=("Nur am Betreff",),
    ),
    "wording-only-auto-reply": AutomationRow(
        reading=finding(Category.AUTO_REPLY, header_based=False, evidence=TEXT_EVIDENCE),
        categories=frozenset({Category.AUTO_REPLY}),
        reasons=("klingt nach einer automatischen Antwort",),
    ),
    "bounce-about-our-mail": AutomationRow(
        reading=replace(finding(Category.BOUNCE), bounced=("a@web.de", "b@gmx.de")),
        context=context(thread=(REQUEST,)),
        categories=frozenset({Category.BOUNCE}),
        reasons=("a@web.de ist dauerhaft", "b@gmx.de ist dauerhaft"),
        bounced=("a@web.de", "b@gmx.de"),
    ),
    "bounce-about-no-mail-of-ours-stops-nothing": AutomationRow(
        reading=replace(finding(Category.BOUNCE), bounced=("a@web.de",)),
        categories=frozenset({Category.BOUNCE}),
        reasons=("auf keine unserer Mails",),
    ),
    "bounce-without-report": AutomationRow(
        reading=finding(Category.BOUNCE),
        categories=frozenset({Category.BOUNCE}),
        reasons=("ohne auswertbare Angaben",),
    ),
    "bounce-full-mailbox": AutomationRow(
        reading=finding(Category.BOUNCE),
        mail=mail(delivery_status=(("action", "failed"), ("status", "5.2.2"))),
        categories=frozenset({Category.BOUNCE}),
        reasons=("nicht zugestellt",),
    ),
    "bounce-delayed-needs-nobody": AutomationRow(
        reading=finding(Category.BOUNCE),
        mail=mail(delivery_status=(("action", "delayed"), ("status", "4.4.1"))),
        categories=frozenset({Category.BOUNCE}),
    ),
}


@pytest.mark.parametrize("row", AUTOMATION_ROWS.values(), ids=AUTOMATION_ROWS.keys())
def test_stop_automated(row: AutomationRow) -> None:
    given = draft(mail=row.mail, context=row.context, reading=row.reading, patient=None)
    result = stop_automated(given)
    if row.categories is None:
        assert result is given
        return
    assert isinstance(result, MailDecision)
    assert result.categories == row.categories
    assert result.patient_id == row.patient_id
    assert result.bounced_addresses == row.bounced
    assert not result.confirmations
    assert len(result.staff_reasons) == len(row.reasons), result.staff_reasons
    for reason, part in zip(result.staff_reasons, row.reasons, strict=True):
        assert part in reason


# --- intent


@dataclass(frozen=True)
class IntentRow:
    reading: Reading
    mail: InboundMail = field(default_factory=mail)
    thread: tuple[object, ...] = ()
    categories: frozenset[Category] = CONFIRMATION
    days: tuple[date, ...] = ()


def said(text: str, **changes: object) -> InboundMail:
    return mail(own_text=text, text=text, **changes)


INTENT_ROWS = {
    "as-classified": IntentRow(
        reading=Reading(intent=CONFIRMATION, text_days=(MONDAY_MENTION,)), days=(MONDAY,)
    ),
    "nothing-classified-is-other": IntentRow(reading=Reading(), categories=OTHER),
    "bare-yes-under-our-request": IntentRow(
        reading=Reading(intent=OTHER), mail=said("Ja.\n\nSabine"), thread=(REQUEST,)
    ),
    "bare-yes-under-our-clarifying-question": IntentRow(
        reading=Reading(intent=OTHER), mail=said("Ja, passt."), thread=(CLARIFYING,)
    ),
    "bare-yes-without-request": IntentRow(
        reading=Reading(intent=OTHER), mail=said("Ja."), categories=OTHER
    ),
    "bare-yes-under-a-reminder-only": IntentRow(
        reading=Reading(intent=OTHER), mail=said("Ja."), thread=(REMINDER,), categories=OTHER
    ),
    "yes-with-a-but": IntentRow(
        reading=Reading(intent=OTHER),
        mail=said("Ja, aber nur 5 Minuten."),
        thread=(REQUEST,),
        categories=OTHER,
    ),
    "yes-beside-a-question-keeps-it": IntentRow(
        reading=Reading(intent=frozenset({Category.QUESTION, Category.OTHER})),
        mail=said("Ja."),
        thread=(REQUEST,),
        categories=frozenset({Category.QUESTION, Category.CONFIRMATION}),
    ),
    "short-subject-answer-over-empty-text": IntentRow(
        reading=Reading(intent=OTHER, answer_days=(MONDAY_MENTION,)),
        mail=said("", subject="Re: 6.4. ok"),
        days=(MONDAY,),
    ),
    "short-subject-answer-beside-a-text-reads-the-text": IntentRow(
        reading=Reading(intent=OTHER, answer_days=(MONDAY_MENTION,)),
        mail=said("Wie bitte?", subject="Re: 6.4. ok"),
        categories=OTHER,
    ),
    "dated-subject-of-a-new-mail": IntentRow(
        reading=Reading(intent=CONFIRMATION, subject_days=(MONDAY_MENTION,)),
        mail=said("Hat stattgefunden.", subject="Bestätigung 06.04.2026"),
        days=(MONDAY,),
    ),
    "dated-subject-beside-forms": IntentRow(
        reading=Reading(
            intent=frozenset({Category.CONFIRMATION, Category.FORMS}),
            subject_days=(MONDAY_MENTION,),
        ),
        mail=said("Hat stattgefunden, anbei der Bogen.", subject="Bestätigung 06.04.2026"),
        categories=frozenset({Category.CONFIRMATION, Category.FORMS}),
        days=(MONDAY,),
    ),
    "dated-subject-not-when-the-text-speaks-of-a-day": IntentRow(
        reading=Reading(intent=CONFIRMATION, subject_days=(MONDAY_MENTION,)),
        mail=said("Hat heute stattgefunden.", subject="Bestätigung 06.04.2026"),
    ),
    "dated-subject-not-beside-a-cancellation": IntentRow(
        reading=Reading(
            intent=frozenset({Category.CONFIRMATION, Category.CANCELLATION}),
            subject_days=(MONDAY_MENTION,),
        ),
        mail=said("Hat stattgefunden.", subject="Bestätigung 06.04.2026"),
        categories=frozenset({Category.CONFIRMATION, Category.CANCELLATION}),
    ),
    "dated-subject-of-a-reply-is-ours": IntentRow(
        reading=Reading(intent=CONFIRMATION, subject_days=(MONDAY_MENTION,)),
        mail=said("Hat stattgefunden.", subject="AW: Ihre Behandlung vom 06.04.2026"),
    ),
    "day-named-in-answer-to-our-clarifying-question": IntentRow(
        reading=Reading(intent=OTHER, text_days=(MONDAY_MENTION,)),
        mail=said("Gemeint war der 6.4."),
        thread=(CLARIFYING,),
        days=(MONDAY,),
    ),
    "day-named-with-a-no-under-our-clarifying-question": IntentRow(
        reading=Reading(intent=OTHER, text_days=(MONDAY_MENTION,)),
        mail=said("Der 6.4. war es nicht."),
        thread=(CLARIFYING,),
        categories=OTHER,
        days=(MONDAY,),
    ),
    "day-to-move-under-our-clarifying-question": IntentRow(
        reading=Reading(intent=frozenset({Category.RESCHEDULE}), text_days=(MONDAY_MENTION,)),
        mail=said("Den 6.4. würde ich gern verlegen."),
        thread=(CLARIFYING,),
        categories=frozenset({Category.RESCHEDULE}),
        days=(MONDAY,),
    ),
}


@pytest.mark.parametrize("row", INTENT_ROWS.values(), ids=INTENT_ROWS.keys())
def test_read_intent(row: IntentRow) -> None:
    given = draft(
        mail=row.mail,
        context=context(thread=row.thread),
        reading=row.reading,
        categories=frozenset(),
        mentions=(),
        patient=None,
    )
    result = read_intent(given)
    assert result.categories == row.categories
    assert tuple(m.day for m in result.mentions) == row.days
    assert result.requests == tuple(r for r in row.thread if r in (REQUEST, CLARIFYING))
    assert replace(result, categories=frozenset(), mentions=(), requests=()) == given


# --- sender


@pytest.mark.parametrize(
    ("sender", "patient", "name_matches", "reason"),
    [
        pytest.param("sabine.krueger@web.de", PATIENT, (), "", id="registered"),
        pytest.param("S.Krueger@Firma.de", PATIENT, (), "", id="second-address-any-case"),
        pytest.param(
            "mallory@evil.example", PATIENT, (), "keiner Patientin", id="patient-but-not-her-address"
        ),
        pytest.param("someone@gmail.com", None, (), "keiner Patientin", id="unknown"),
        pytest.param(None, None, (), "nicht lesbar", id="no-readable-sender"),
        pytest.param(
            "s.krueger1975@gmail.com", None, (PATIENT,), "Fälschung", id="unknown-with-her-name"
        ),
    ],
)  # fmt: skip
def test_find_sender(
    sender: str | None, patient: Patient | None, name_matches: tuple[Patient, ...], reason: str
) -> None:
    given = draft(
        mail=mail(sender=sender),
        context=context(patient=patient, name_matches=name_matches),
        patient=None,
    )
    result = find_sender(given)
    if not reason:
        assert result == replace(given, patient=PATIENT)
        return
    assert isinstance(result, MailDecision)
    assert result.patient_id is None
    assert result.categories == given.categories
    assert result.dates == given.mentions
    assert any(reason in r for r in result.staff_reasons), result.staff_reasons


# --- household

LEA = Patient(
    id=9, name="Lea Krüger", emails=PATIENT.emails, new_patient=False,
    insurance=PATIENT.insurance,
)  # fmt: skip
LEAS_APPOINTMENT = replace(
    appointment(5, datetime(2026, 4, 7, 10, 0, tzinfo=BERLIN)), patient_id=LEA.id
)
FAMILY = context(household=(LEA,), appointments=(MONDAY_APPOINTMENT, LEAS_APPOINTMENT))
LEAS_REQUEST = replace(
    REQUEST, message_id="<pw-cr-5@praxis-impulse.de>", patient_id=LEA.id, appointment_id=5
)


@pytest.mark.parametrize(
    ("given_context", "mention", "picked", "appointments"),
    [
        pytest.param(context(), MONDAY_MENTION, PATIENT, (1, 2), id="no-household-unchanged"),
        pytest.param(FAMILY, MONDAY_MENTION, PATIENT, (1,), id="her-day-narrows-to-her"),
        pytest.param(
            FAMILY, DateMention(day=date(2026, 4, 7), sentence="am 7.4."), LEA, (5,),
            id="leas-day-narrows-to-lea",
        ),
        pytest.param(
            replace(FAMILY, thread=(LEAS_REQUEST,)), None, LEA, (5,),
            id="reply-to-our-mail-to-lea",
        ),
        pytest.param(
            FAMILY, DateMention(day=date(2026, 4, 8), sentence="am 8.4."), None, (),
            id="nobody-named-to-staff",
        ),
    ],
)  # fmt: skip
def test_pick_household(
    given_context: MailContext,
    mention: DateMention | None,
    picked: Patient | None,
    appointments: tuple[int, ...],
) -> None:
    if mention is None:  # a dateless yes to our mail about one of them
        given = draft(
            context=given_context,
            mentions=(),
            mail=said("Ja.", in_reply_to=LEAS_REQUEST.message_id),
        )
    else:
        given = draft(context=given_context, mentions=(mention,), mail=said(mention.sentence))
    result = pick_household(given)
    if picked is None:
        assert isinstance(result, MailDecision)
        assert result.patient_id is None
        assert result.could_be_about == (PATIENT.id, LEA.id)
        assert result.staff_reasons
        return
    assert isinstance(result, Draft)
    assert result.registered == picked
    assert result.context.patient == picked
    assert tuple(a.id for a in result.context.appointments) == appointments
    assert all(r.patient_id in (None, picked.id) for r in result.context.thread)


# --- reply_to


@pytest.mark.parametrize(
    ("reply_to", "stops"),
    [
        pytest.param((), False, id="none"),
        pytest.param(("S.KRUEGER@firma.de",), False, id="her-other-address"),
        pytest.param(("collector@evil.example",), True, id="elsewhere"),
        pytest.param(("sabine.krueger@web.de", "collector@evil.example"), True, id="one-of-two"),
    ],
)
def test_check_reply_to(reply_to: tuple[str, ...], stops: bool) -> None:
    given = draft(mail=mail(reply_to=reply_to))
    result = check_reply_to(given)
    if not stops:
        assert result is given
        return
    assert isinstance(result, MailDecision)
    assert result.patient_id == PATIENT.id
    assert not result.confirmations
    assert result.staff_reasons == (
        "Antwortadresse (Reply-To: collector@evil.example) ist nicht die hinterlegte "
        "Adresse; nichts übernommen, bitte prüfen.",
    )


# --- caveats


@pytest.mark.parametrize(
    ("defects", "name_matches", "reasons"),
    [
        pytest.param((), (), (), id="clean"),
        pytest.param((), (PATIENT,), (), id="her-own-name"),
        pytest.param((), (OTHER_PATIENT,), ("ID 8",), id="another-patients-name"),
        pytest.param(("UnknownCharset (part 1)",), (), ("unbekannter Zeichensatz",), id="damaged"),
        pytest.param(
            ("HiddenText",), (OTHER_PATIENT,), ("versteckter Text", "ID 8"),
            id="damaged-reason-first",
        ),
    ],
)  # fmt: skip
def test_note_caveats(
    defects: tuple[str, ...], name_matches: tuple[Patient, ...], reasons: tuple[str, ...]
) -> None:
    given = draft(
        mail=mail(defects=defects), context=context(name_matches=name_matches), reasons=("x",)
    )
    result = note_caveats(given)
    assert result.reasons[0] == "x"
    assert len(result.reasons) == 1 + len(reasons)
    for reason, part in zip(result.reasons[1:], reasons, strict=True):
        assert part in reason
    assert replace(result, reasons=given.reasons) == given


# --- days

APRIL_2 = appointment(3, datetime(2026, 4, 2, 10, 0, tzinfo=BERLIN))
RANGE = (
    DateMention(day=date(2026, 4, 2), sentence="Vom 2.4. bis 6.4.", ambiguous=True),
    DateMention(day=MONDAY, sentence="Vom 2.4. bis 6.4.", ambiguous=True),
)


@pytest.mark.parametrize(
    ("text", "mentions", "days", "ambiguous"),
    [
        pytest.param(
            "Die Behandlung am 6.4. hat stattgefunden.", (MONDAY_MENTION,), (MONDAY,), False,
            id="plain-day-stays",
        ),
        pytest.param(
            "Vom 2.4. bis 6.4. haben alle zwei Termine stattgefunden.", RANGE,
            (date(2026, 4, 2), MONDAY), False, id="counted-range-names-each",
        ),
        pytest.param(
            "Vom 2.4. bis 6.4. haben alle drei Termine stattgefunden.", RANGE,
            (date(2026, 4, 2), MONDAY), True, id="count-that-does-not-fit-stays-unclear",
        ),
    ],
)  # fmt: skip
def test_settle_days(
    text: str, mentions: tuple[DateMention, ...], days: tuple[date, ...], ambiguous: bool
) -> None:
    given = draft(
        mail=said(text),
        mentions=mentions,
        context=context(appointments=(MONDAY_APPOINTMENT, APRIL_2)),
    )
    result = settle_days(given)
    assert tuple(m.day for m in result.mentions) == days
    assert all(m.ambiguous is ambiguous for m in result.mentions)
    assert replace(result, mentions=given.mentions) == given


# --- own_treatment


@pytest.mark.parametrize(
    ("text", "categories", "reason", "days"),
    [
        pytest.param(
            "Die Behandlung am 6.4. hat stattgefunden.", CONFIRMATION, "", (MONDAY,), id="her-own"
        ),
        pytest.param(
            "Meine Tochter hatte am 6.4. ihre Behandlung, die hat stattgefunden.",
            CONFIRMATION, "Keine Bestätigung der eigenen Behandlung", (),
            id="her-daughters",
        ),
        pytest.param(
            "Den 6.4. hatte ich Ihnen schon bestätigt.", CONFIRMATION,
            "früheren Mail", (), id="confirmed-in-an-earlier-mail",
        ),
        pytest.param(
            "Meine Tochter hatte am 6.4. ihre Behandlung, die hat stattgefunden.",
            frozenset({Category.QUESTION}), "", (MONDAY,), id="no-confirmation-to-drop",
        ),
    ],
)  # fmt: skip
def test_drop_others_treatments(
    text: str, categories: frozenset[Category], reason: str, days: tuple[date, ...]
) -> None:
    given = draft(
        mail=said(text),
        categories=categories,
        mentions=(DateMention(day=MONDAY, sentence=text),),
    )
    result = drop_others_treatments(given)
    if not reason:
        assert result is given
        return
    assert result.categories == OTHER
    assert tuple(m.day for m in result.mentions) == days
    assert len(result.reasons) == 1
    assert reason in result.reasons[0]


# --- answered_day

MONDAY_EVENING = datetime(2026, 4, 6, 18, 0, tzinfo=BERLIN)


@pytest.mark.parametrize(
    ("text", "mail_date", "thread", "categories", "mentions", "days"),
    [
        pytest.param(
            "Lief super heute, danke!", MONDAY_EVENING, (REMINDER,), CONFIRMATION, (),
            (MONDAY,), id="heute-under-that-days-reminder",
        ),
        pytest.param(
            "Lief super gestern, danke!", datetime(2026, 4, 7, 9, 0, tzinfo=BERLIN),
            (REMINDER,), CONFIRMATION, (), (MONDAY,), id="gestern-under-yesterdays-reminder",
        ),
        pytest.param(
            "Lief super heute, danke!", MAIL_DATE, (REMINDER,), CONFIRMATION, (), (),
            id="heute-under-another-days-reminder",
        ),
        pytest.param(
            "Die Behandlung heute hat stattgefunden.", MONDAY_EVENING, (), CONFIRMATION, (),
            (MONDAY,), id="new-mail-heute-her-one-session",
        ),
        pytest.param(
            "Lief super heute, danke!", MONDAY_EVENING, (REMINDER,), CONFIRMATION,
            (FRIDAY_MENTION,), (date(2026, 4, 10),), id="a-named-day-stays",
        ),
        pytest.param(
            "Lief super heute, danke!", MONDAY_EVENING, (REMINDER,), OTHER, (), (),
            id="no-confirmation-no-day",
        ),
    ],
)  # fmt: skip
def test_date_by_answered_mail(
    text: str,
    mail_date: datetime,
    thread: tuple[object, ...],
    categories: frozenset[Category],
    mentions: tuple[DateMention, ...],
    days: tuple[date, ...],
) -> None:
    given = draft(
        mail=said(text, date=mail_date),
        context=context(thread=thread),
        categories=categories,
        mentions=mentions,
    )
    result = date_by_answered_mail(given)
    assert tuple(m.day for m in result.mentions) == days
    assert replace(result, mentions=given.mentions) == given


# --- confirmations


@dataclass(frozen=True)
class ConfirmRow:
    mail: InboundMail = field(default_factory=mail)
    context: MailContext = field(default_factory=context)
    categories: frozenset[Category] = CONFIRMATION
    mentions: tuple[DateMention, ...] = (MONDAY_MENTION,)
    confirmed: tuple[int, ...] = ()
    reason: str = ""


CONFIRM_ROWS = {
    "clean-day": ConfirmRow(confirmed=(1,)),
    "not-a-confirmation": ConfirmRow(categories=OTHER),
    "damaged-records-nothing": ConfirmRow(mail=mail(defects=("HiddenText",))),
    "on-hold": ConfirmRow(
        context=context(appointments=(replace(MONDAY_APPOINTMENT, on_hold=True),)),
        reason="Absage oder Verschiebungsbitte",
    ),
    "day-not-begun": ConfirmRow(mentions=(FRIDAY_MENTION,), reason="noch nicht begonnen"),
    "doubted": ConfirmRow(
        mail=said("Falls die Behandlung am 6.4. stattgefunden hat, bestätige ich sie."),
        reason="Bedingung oder Zweifel",
    ),
    "unauthenticated": ConfirmRow(
        context=context(accept_unauthenticated=False), reason="keine Absenderprüfung"
    ),
}


@pytest.mark.parametrize("row", CONFIRM_ROWS.values(), ids=CONFIRM_ROWS.keys())
def test_match_confirmed(row: ConfirmRow) -> None:
    given = draft(
        mail=row.mail, context=row.context, categories=row.categories, mentions=row.mentions
    )
    result = match_confirmed(given)
    assert tuple(c.appointment_id for c in result.confirmations) == row.confirmed
    if row.reason:
        assert any(row.reason in r for r in result.reasons), result.reasons
    else:
        assert result.reasons == ()
    assert replace(result, confirmations=(), reasons=()) == given


# --- forms


@pytest.mark.parametrize(
    ("files", "defects", "categories", "forms", "reason"),
    [
        pytest.param((), (), CONFIRMATION, (), "", id="no-files"),
        pytest.param(
            (("Anamnese.pdf", "pdf"),), (), CONFIRMATION | {Category.FORMS}, ("anamnese",), "",
            id="a-form-adds-forms",
        ),
        pytest.param(
            (("Anamnese.pdf", "pdf"),), ("InvalidBase64CharactersDefect (part 2)",),
            CONFIRMATION, ("unclassified",), "ohne erkennbares Formular",
            id="damaged-mail-files-nothing",
        ),
        pytest.param(
            (("IMG_0001.jpeg", "jpeg"),), (), CONFIRMATION, ("unclassified",),
            "ohne erkennbares Formular", id="unknown-file",
        ),
        pytest.param(
            (("Anamnese.exe", "exe"),), (), CONFIRMATION, ("unclassified",),
            "unerwarteten Dateityps", id="refused-type",
        ),
    ],
)  # fmt: skip
def test_file_forms(
    files: tuple[tuple[str, str], ...],
    defects: tuple[str, ...],
    categories: frozenset[Category],
    forms: tuple[str, ...],
    reason: str,
) -> None:
    attachments = tuple(attachment(i, name, kind) for i, (name, kind) in enumerate(files))
    given = draft(mail=mail(attachments=attachments, defects=defects))
    result = file_forms(given)
    assert result.categories == categories
    assert tuple(f.form_key for f in result.forms) == forms
    if reason:
        assert any(reason in r for r in result.reasons), result.reasons
    else:
        assert result.reasons == ()


def test_forms_promised_but_none_attached() -> None:
    result = file_forms(draft(categories=frozenset({Category.FORMS}), mentions=()))
    assert result.forms == ()
    assert result.reasons == (
        "Formulare erwähnt, aber kein passender Anhang gefunden; bitte prüfen.",
    )


# --- reasons

SAFETY_NET = "ist aber nicht als Bestätigung erkannt"


@dataclass(frozen=True)
class ReasonsRow:
    categories: frozenset[Category]
    mentions: tuple[DateMention, ...] = ()
    requests: tuple[object, ...] = ()
    reasons: tuple[str, ...] = ()  # before the stage
    mail: InboundMail = field(default_factory=mail)
    subject_days: tuple[DateMention, ...] = ()
    expected: tuple[str, ...] = ()  # a part of each reason the stage adds, in order


REASONS_ROWS = {
    "clean-confirmation-needs-nobody": ReasonsRow(categories=CONFIRMATION),
    "only-other": ReasonsRow(categories=OTHER, expected=(OTHER_REASON,)),
    "question": ReasonsRow(
        categories=frozenset({Category.QUESTION, Category.OTHER}), expected=("Frage",)
    ),
    "cancellation-holds-friday": ReasonsRow(
        categories=frozenset({Category.CANCELLATION}),
        expected=(
            "Absage",
            "angehalten (keine automatische Mail, keine Bestätigung): 10.04. 10:00",
        ),
    ),
    "forms-naming-an-open-day": ReasonsRow(
        categories=frozenset({Category.FORMS}), mentions=(MONDAY_MENTION,), expected=(SAFETY_NET,)
    ),
    "forms-naming-a-day-to-come": ReasonsRow(
        categories=frozenset({Category.FORMS}), mentions=(FRIDAY_MENTION,)
    ),
    "forms-answering-our-request": ReasonsRow(
        categories=frozenset({Category.FORMS}), requests=(REQUEST,), expected=(SAFETY_NET,)
    ),
    "safety-net-not-beside-another-reason": ReasonsRow(
        categories=frozenset({Category.FORMS}), requests=(REQUEST,), reasons=("schon da",)
    ),
    "forms-under-a-subject-naming-an-open-day": ReasonsRow(
        categories=frozenset({Category.FORMS}),
        subject_days=(MONDAY_MENTION,),
        expected=(SAFETY_NET,),
    ),
    "forms-under-a-subject-denying-a-day": ReasonsRow(
        categories=frozenset({Category.FORMS}),
        mail=said("anbei", subject="Behandlung am 12.3. hat nicht stattgefunden"),
        expected=(SAFETY_NET,),
    ),
}


@pytest.mark.parametrize("row", REASONS_ROWS.values(), ids=REASONS_ROWS.keys())
def test_give_reasons(row: ReasonsRow) -> None:
    given = draft(
        mail=row.mail,
        categories=row.categories,
        mentions=row.mentions,
        requests=row.requests,
        reasons=row.reasons,
        reading=Reading(subject_days=row.subject_days),
    )
    result = give_reasons(given)
    added = result.reasons[len(row.reasons) :]
    assert result.reasons[: len(row.reasons)] == row.reasons
    assert len(added) == len(row.expected), added
    for reason, part in zip(added, row.expected, strict=True):
        assert part in reason
    assert replace(result, reasons=given.reasons) == given


# --- closing


@pytest.mark.parametrize(
    ("categories", "days"),
    [
        pytest.param(CONFIRMATION, (MONDAY, date(2026, 4, 10)), id="confirming-keeps-unsure"),
        pytest.param(OTHER, (MONDAY,), id="otherwise-only-plain-days"),
    ],
)
def test_close_decision(categories: frozenset[Category], days: tuple[date, ...]) -> None:
    unsure = replace(FRIDAY_MENTION, ambiguous=True)
    decision = close_decision(
        draft(
            categories=categories,
            mentions=(MONDAY_MENTION, unsure),
            reasons=("a", "b", "a"),
            confirmations=(),
        )
    )
    assert decision.patient_id == PATIENT.id
    assert decision.categories == categories
    assert tuple(m.day for m in decision.dates) == days
    assert decision.staff_reasons == ("a", "b")


def test_the_stages_in_order_are_decide_mail() -> None:
    """A clean confirmation passes every stage and is recorded."""
    decision = run_stages(
        draft(reading=Reading(intent=CONFIRMATION, text_days=(MONDAY_MENTION,)), patient=None)
    )
    assert tuple(c.appointment_id for c in decision.confirmations) == (1,)
    assert not decision.needs_staff
    assert FRIDAY_APPOINTMENT.id not in {c.appointment_id for c in decision.confirmations}
