"""Replies to our confirmation request under the old and the new subject (issue 15).

The request's subject changed from "Bitte bestätigen Sie Ihren Termin vom ..." /
"Bitte bestätigen Sie Ihre Behandlung vom ..." to "Bitte bestätigen Sie die Behandlung
vom ...", and its text now offers the sentence "Ich bestätige den Erhalt der Leistung am
...". Old requests are still in the patients' mailboxes: a reply quoting either wording,
from the common mail programs, must be read alike, through parse_mail + decide_mail as the
worker reads it. The example sentence in the quote must never confirm by itself.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from zoneinfo import ZoneInfo

import pytest

from mail_templates.render import render
from rules.decide import decide_mail
from rules.models import (
    Appointment,
    AppointmentStatus,
    Insurance,
    Kind,
    MailContext,
    MailDecision,
    OutboxRef,
    Patient,
    Quarantine,
    Treatment,
)
from rules.parsing import parse_mail

BERLIN = ZoneInfo("Europe/Berlin")
PRACTICE = "termine@praxis-impulse.de"
PATIENT = Patient(
    id=7,
    name="Jürgen Weiß",
    emails=("j.weiss@gmx.de",),
    new_patient=False,
    insurance=Insurance.GKV,
)
START = datetime(2026, 4, 13, 10, 0, tzinfo=BERLIN)
EARLIER = START - timedelta(days=7)  # a decoy: another open appointment
SENT = START + timedelta(hours=2)  # our request
ANSWERED = START + timedelta(days=1, hours=3)  # the patient's reply
REQUEST_ID = "<pw-0123456789abcdef0123@praxis-impulse.de>"


def appointment(number: int, start: datetime) -> Appointment:
    return Appointment(
        id=number,
        external_id=None,
        patient_id=PATIENT.id,
        start=start,
        end=start + timedelta(minutes=30),
        kind=Kind.VIDEO,
        treatment=Treatment.KG,
        status=AppointmentStatus.SCHEDULED,
        video_link="https://video.redmedical.de/join/x",
    )


APPOINTMENTS = (appointment(1, EARLIER), appointment(2, START))

OLD_TEXT = (
    "Guten Tag Jürgen Weiß,\n\nbitte antworten Sie kurz auf diese E-Mail und bestätigen Sie"
    " darin, dass die\nBehandlung stattgefunden hat, mit dem Datum.\n\nNoch offen ist Ihr"
    " Termin:\n- Montag, 13. April 2026, 10:00 Uhr (per Video)\n\nZum Beispiel genügt:\n"
    "„Die Behandlung am Montag, 13. April 2026 hat stattgefunden.“\n\nMit freundlichen"
    " Grüßen\nPraxis Impulse\n"
)
SUBJECTS = {
    "old-termin": ("Bitte bestätigen Sie Ihren Termin vom Montag, 13. April 2026", OLD_TEXT),
    "old-behandlung": ("Bitte bestätigen Sie Ihre Behandlung vom 13.04.2026", OLD_TEXT),
    "new": ("", ""),  # rendered from today's template below
}


def request(wording: str) -> tuple[str, str]:
    if wording != "new":
        return SUBJECTS[wording]
    context = {
        "practice": {
            "name": "Praxis Impulse",
            "address": PRACTICE,
            "phone": "030 1234567",
            "postal_address": "Musterstraße 12, 10115 Berlin",
        },
        "patient_name": PATIENT.name,
        "appointments": [{"start": START, "end": START, "kind": "video"}],
        "follow_up": False,
    }
    mail = render("confirmation_request", context)
    assert mail.subject == "Bitte bestätigen Sie die Behandlung vom 13.04.2026"
    return mail.subject, mail.text


def quoted(client: str, subject: str, text: str) -> str:
    """Our request as the patient's mail program puts it under the answer."""
    if client == "gmail":
        head = "Am Di., 14. Apr. 2026 um 12:00 Uhr schrieb Praxis Impulse <termine@praxis-impulse.de>:\n"
        return head + "".join(f"> {line}\n" if line else ">\n" for line in text.splitlines())
    if client == "outlook":  # no quote marks: a header block and the text as it was
        return (
            "________________________________\n"
            f"Von: Praxis Impulse <{PRACTICE}>\nGesendet: Montag, 13. April 2026 12:00\n"
            f"An: {PATIENT.emails[0]}\nBetreff: {subject}\n\n{text}"
        )
    assert client == "iphone"
    head = f"Von meinem iPhone gesendet\n\n> Am 13.04.2026 um 12:00 schrieb Praxis Impulse <{PRACTICE}>:\n>\n"
    return head + "".join(f"> {line}\n" if line else ">\n" for line in text.splitlines())


def decide(wording: str, client: str, answer: str, *, threaded: bool = True) -> MailDecision:
    subject, text = request(wording)
    msg = EmailMessage(policy=SMTP)
    msg["From"] = f"{PATIENT.name} <{PATIENT.emails[0]}>"
    msg["To"] = PRACTICE
    msg["Subject"] = ("AW: " if client == "outlook" else "Re: ") + subject
    msg["Date"] = format_datetime(ANSWERED)
    msg["Message-ID"] = f"<{wording}-{client}-{abs(hash(answer))}@gmx.de>"
    if threaded:
        msg["In-Reply-To"] = REQUEST_ID
        msg["References"] = REQUEST_ID
    msg.set_content(f"{answer}\n\n{quoted(client, subject, text)}")
    parsed = parse_mail(msg.as_bytes(), received_at=ANSWERED + timedelta(minutes=1))
    assert not isinstance(parsed, Quarantine), parsed
    thread = (
        (
            OutboxRef(
                message_id=REQUEST_ID,
                kind="confirmation_request",
                patient_id=PATIENT.id,
                appointment_id=2,
            ),
        )
        if threaded
        else ()
    )
    context = MailContext(
        practice_address=PRACTICE,
        patient=PATIENT,
        appointments=APPOINTMENTS,
        thread=thread,
        accept_unauthenticated=True,
    )
    return decide_mail(parsed, context, now=ANSWERED + timedelta(minutes=5))


WORDINGS = list(SUBJECTS)
CLIENTS = ["gmail", "outlook", "iphone"]


@pytest.mark.parametrize("client", CLIENTS)
@pytest.mark.parametrize("wording", WORDINGS)
@pytest.mark.parametrize(
    "answer",
    [
        "Ich bestätige den Erhalt der Leistung am 13.04.2026.",
        "Hiermit bestätige ich, dass die Behandlung am 13.04. stattgefunden hat.",
        "Ja, die Behandlung am Montag hat stattgefunden.\n\nViele Grüße\nJürgen Weiß",
    ],
    ids=["copied-sentence", "own-words", "weekday"],
)
def test_a_dated_reply_confirms_its_day_under_either_subject(
    wording: str, client: str, answer: str
) -> None:
    decision = decide(wording, client, answer)
    assert [c.appointment_id for c in decision.confirmations] == [2]
    assert not decision.needs_staff, decision.staff_reasons


@pytest.mark.parametrize("client", CLIENTS)
@pytest.mark.parametrize("wording", WORDINGS)
def test_a_reply_without_threading_headers_is_still_read(wording: str, client: str) -> None:
    """Some webmailers drop In-Reply-To: the 'AW:' subject is ours, the words decide."""
    decision = decide(
        wording, client, "Ich bestätige den Erhalt der Leistung am 13.04.2026.", threaded=False
    )
    assert [c.appointment_id for c in decision.confirmations] == [2]


@pytest.mark.parametrize("client", CLIENTS)
@pytest.mark.parametrize("wording", WORDINGS)
@pytest.mark.parametrize(
    "answer",
    [
        "Leider hat der Termin nicht stattgefunden, ich war krank.",
        "Können Sie mich bitte anrufen?",
        "",
    ],
    ids=["denial", "question", "empty"],
)
def test_the_quoted_example_sentence_never_confirms(wording: str, client: str, answer: str) -> None:
    decision = decide(wording, client, answer)
    assert decision.confirmations == ()
    assert decision.needs_staff
