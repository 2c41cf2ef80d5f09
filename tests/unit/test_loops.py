"""Mail loops and auto-replies through a real Maildir cycle (RELIABILITY.md L1-L14).

Erika's video appointment yesterday waits for its confirmation and our confirmation
request has gone out in a first cycle. Each test then delivers a reply to that request
which says the treatment took place, plus the header under test, and runs one cycle.
A human reply confirms and gets a receipt (the control that shows the test can fail);
an automated one must change nothing and get no answer.
"""

from __future__ import annotations

import email
import email.policy
from collections import Counter
from datetime import datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

import pytest

from rules.outgoing import make_message_id
from state import appointments as appointment_store
from state import patients as patient_store
from state.inbound import InboundStatus
from state.outbox import OutboxRow
from tests.unit.maildir_practice import (
    APPOINTMENTS,
    BERLIN,
    ERIKA,
    NOW,
    PRACTICE,
    STAFF,
    Practice,
)

LATER = NOW + timedelta(minutes=15)
CONFIRMS = "Die Videobehandlung am 15.06.2026 hat stattgefunden.\r\n\r\nErika Beispiel\r\n"


@pytest.fixture(scope="module")
def baseline(tmp_path_factory: pytest.TempPathFactory) -> Practice:
    practice = Practice.build(tmp_path_factory.mktemp("loops-base"))
    assert practice.run() == 0
    return practice


@pytest.fixture
def practice(baseline: Practice, tmp_path: Path) -> Practice:
    return baseline.copy_to(tmp_path / "practice")


def request_to_erika(practice: Practice) -> OutboxRow:
    (row,) = [r for r in practice.outbox() if r.kind == "confirmation_request"]
    assert row.recipient == ERIKA
    return row


def reply(
    practice: Practice,
    *,
    extra: str = "",
    sender: str = f"Erika Beispiel <{ERIKA}>",
    subject: str | None = None,
    body: str = CONFIRMS,
    message_id: str = "<reply-1@web.de>",
) -> tuple[str, bytes]:
    """A reply to our confirmation request; returns (Message-ID, raw)."""
    request = request_to_erika(practice)
    raw = (
        f"From: {sender}\r\nTo: Praxis Impulse <{PRACTICE}>\r\n"
        f"Subject: {subject if subject is not None else 'Re: ' + request.subject}\r\n"
        f"Date: {format_datetime(NOW + timedelta(minutes=5))}\r\n"
        f"Message-ID: {message_id}\r\nIn-Reply-To: {request.message_id}\r\n"
        f"References: {request.message_id}\r\nMIME-Version: 1.0\r\n{extra}"
        "Content-Type: text/plain; charset=utf-8\r\n\r\n"
        f"{body}"
    ).encode()
    return message_id, raw


def new_rows(practice: Practice, before: set[int]) -> list[OutboxRow]:
    return [row for row in practice.outbox() if row.id not in before]


def run_one(practice: Practice, raw: bytes) -> tuple[str, list[OutboxRow]]:
    before = {row.id for row in practice.outbox()}
    key = practice.deliver(raw)
    assert practice.run(LATER) == 0
    return key, new_rows(practice, before)


def assert_not_answered(practice: Practice, key: str, rows: list[OutboxRow]) -> None:
    assert [row.kind for row in rows if row.recipient != STAFF] == []
    assert practice.confirmation_message_ids() == set()
    with practice.state() as conn:
        erika = patient_store.find_by_address(conn, ERIKA)
        assert erika is not None
        appointments = appointment_store.for_patient(conn, erika.id)
    assert all(a.is_held and a.confirmed_at is None for a in appointments)
    assert practice.inbound(key) is not None


AUTOMATED = [
    # L1: Auto-Submitted other than "no", any case, with parameters
    pytest.param("Auto-Submitted: auto-replied\r\n", "auto_reply", id="L1-auto-replied"),
    pytest.param("Auto-Submitted: auto-generated\r\n", "auto_reply", id="L1-auto-generated"),
    pytest.param("Auto-Submitted: auto-notified\r\n", "auto_reply", id="L1-auto-notified"),
    pytest.param(
        f"Auto-Submitted: auto-replied; owner-email={ERIKA}\r\n",
        "auto_reply",
        id="L1-owner-email",
    ),
    pytest.param("AUTO-SUBMITTED: Auto-Replied\r\n", "auto_reply", id="L1-upper-case"),
    pytest.param(
        "Auto-Submitted: auto-generated (warning-timeout)\r\n", "auto_reply", id="L1-sendmail"
    ),
    # L3: Precedence
    pytest.param("Precedence: bulk\r\n", "bulk", id="L3-precedence-bulk"),
    pytest.param("Precedence: junk\r\n", "bulk", id="L3-precedence-junk"),
    pytest.param("Precedence: list\r\n", "bulk", id="L3-precedence-list"),
    pytest.param("Precedence: auto_reply\r\n", "auto_reply", id="L3-precedence-auto-reply"),
    # L4: any List-* header
    pytest.param("List-Id: Praxis-News <news.example.org>\r\n", "bulk", id="L4-list-id"),
    pytest.param(
        "List-Unsubscribe: <mailto:leave@example.org>\r\n", "bulk", id="L4-list-unsubscribe"
    ),
    pytest.param("List-Post: NO\r\n", "bulk", id="L4-list-post"),
    pytest.param("List-Archive: <https://lists.example.org/>\r\n", "bulk", id="L4-list-archive"),
    # L5
    pytest.param("X-Autoreply: yes\r\n", "auto_reply", id="L5-x-autoreply"),
    pytest.param("X-Autorespond: Urlaub\r\n", "auto_reply", id="L5-x-autorespond"),
    pytest.param("X-Loop: yes\r\n", "bulk", id="L5-x-loop"),
    pytest.param("X-Ack: no\r\n", "bulk", id="L5-x-ack-no"),
    # L6: Exchange and Zimbra out-of-office
    pytest.param(
        "X-Auto-Response-Suppress: All\r\nX-MS-Exchange-Inbox-Rules-Loop: erika.beispiel@web.de\r\n",
        "auto_reply",
        id="L6-exchange-oof",
    ),
    pytest.param("Auto-Submitted: vacation\r\n", "auto_reply", id="L6-zimbra-vacation"),
    # L7: null return path
    pytest.param("Return-Path: <>\r\n", "bounce", id="L7-null-return-path"),
]


@pytest.mark.parametrize(("header", "category"), AUTOMATED)
def test_automated_reply_changes_nothing_and_is_not_answered(
    practice: Practice, header: str, category: str
) -> None:
    _, raw = reply(practice, extra=header)
    key, rows = run_one(practice, raw)
    assert_not_answered(practice, key, rows)
    record = practice.inbound(key)
    assert record is not None
    assert category in record.categories


@pytest.mark.parametrize(
    "sender",
    [
        pytest.param("Mail Delivery System <MAILER-DAEMON@web.de>", id="L7-mailer-daemon"),
        pytest.param("MAILER-DAEMON", id="L7-mailer-daemon-without-domain"),
        pytest.param("postmaster@web.de", id="L7-postmaster"),
        pytest.param("", id="L7-empty-from"),
    ],
)
def test_daemon_or_empty_sender_is_a_bounce_never_answered(practice: Practice, sender: str) -> None:
    _, raw = reply(practice, sender=sender)
    key, rows = run_one(practice, raw)
    assert_not_answered(practice, key, rows)
    record = practice.inbound(key)
    assert record is not None
    assert "bounce" in record.categories


@pytest.mark.parametrize(
    ("header", "body"),
    [
        pytest.param("Auto-Submitted: no\r\n", CONFIRMS, id="L2-auto-submitted-no"),
        pytest.param("", CONFIRMS, id="control-plain-human-reply"),
        pytest.param(
            "",
            CONFIRMS
            + "\r\n> Auto-Submitted: auto-replied\r\n> Abwesenheitsnotiz: bin im Urlaub\r\n",
            id="L14-body-quotes-automation-words",
        ),
        pytest.param(
            "X-Auto-Response-Suppress: OOF, AutoReply\r\n", CONFIRMS, id="suppress-alone-is-human"
        ),
    ],
)
def test_human_reply_confirms_and_gets_one_receipt(
    practice: Practice, header: str, body: str
) -> None:
    """L2, L14: the header decides; a human reply confirms and is thanked once."""
    message_id, raw = reply(practice, extra=header, body=body)
    key, rows = run_one(practice, raw)
    assert practice.confirmation_message_ids() == {message_id}
    receipts = [row for row in rows if row.kind == "confirmation_receipt"]
    assert [row.recipient for row in receipts] == [ERIKA]
    (receipt,) = receipts
    sent = email.message_from_bytes(receipt.raw, policy=email.policy.default)
    assert sent["In-Reply-To"] == message_id
    assert sent["Auto-Submitted"] == "auto-replied"
    record = practice.inbound(key)
    assert record is not None
    assert record.status is InboundStatus.PROCESSED


def test_subject_only_auto_reply_goes_to_staff_not_dropped(practice: Practice) -> None:
    """L14: wording alone ("Automatische Antwort:") never answers, never drops silently."""
    _, raw = reply(practice, subject="Automatische Antwort: Ihr Termin")
    key, rows = run_one(practice, raw)
    assert_not_answered(practice, key, rows)
    record = practice.inbound(key)
    assert record is not None
    assert record.status is InboundStatus.REVIEW
    assert any(item.inbound_id == record.id for item in practice.review_items())


# --- bounces ------------------------------------------------------------------------------


def delivery_report(
    recipient: str, *, action: str, status: str, returned_id: str, sender: str
) -> bytes:
    return (
        f"From: {sender}\r\nTo: {PRACTICE}\r\nSubject: Delivery Status Notification\r\n"
        f"Date: {format_datetime(NOW)}\r\nMessage-ID: <dsn-{status}@mx.web.de>\r\n"
        "Auto-Submitted: auto-replied\r\nMIME-Version: 1.0\r\n"
        'Content-Type: multipart/report; report-type=delivery-status; boundary="R"\r\n\r\n'
        "--R\r\nContent-Type: text/plain\r\n\r\nDelivery to the following recipient failed.\r\n"
        "--R\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx.web.de\r\n\r\n"
        f"Final-Recipient: rfc822; {recipient}\r\nAction: {action}\r\nStatus: {status}\r\n\r\n"
        "--R\r\nContent-Type: text/rfc822-headers\r\n\r\n"
        f"From: {PRACTICE}\r\nTo: {recipient}\r\nMessage-ID: {returned_id}\r\n\r\n--R--\r\n"
    ).encode()


def erika_undeliverable(practice: Practice) -> bool:
    with practice.state() as conn:
        erika = patient_store.find_by_address(conn, ERIKA)
    assert erika is not None
    return ERIKA in erika.undeliverable


def test_hard_bounce_of_our_mail_pauses_the_address_and_tells_staff(practice: Practice) -> None:
    """L8: a DSN (Action failed, 5.1.1) returning our request marks the address
    undeliverable, staff hear of it, and nothing more is sent there."""
    request = request_to_erika(practice)
    raw = delivery_report(
        ERIKA,
        action="failed",
        status="5.1.1",
        returned_id=request.message_id,
        sender="Mail Delivery Subsystem <MAILER-DAEMON@mx.web.de>",
    )
    key, rows = run_one(practice, raw)
    assert erika_undeliverable(practice)
    record = practice.inbound(key)
    assert record is not None
    assert record.status is InboundStatus.REVIEW
    assert [row.recipient for row in rows] == [STAFF]
    # the follow-up of the confirmation request (3 days later) is not sent to a dead address
    before = {row.id for row in practice.outbox()}
    for day in range(1, 5):
        assert practice.run(NOW + timedelta(days=day)) == 0
    assert [r.kind for r in new_rows(practice, before) if r.recipient == ERIKA] == []


@pytest.mark.parametrize(
    ("action", "status"),
    [
        pytest.param("delayed", "4.4.7", id="L9-delayed"),
        pytest.param("failed", "4.2.2", id="L9-failed-but-4xx"),
    ],
)
def test_delay_report_is_no_hard_bounce(practice: Practice, action: str, status: str) -> None:
    """L9: Action delayed or Status 4.x.x leaves the address deliverable."""
    request = request_to_erika(practice)
    raw = delivery_report(
        ERIKA,
        action=action,
        status=status,
        returned_id=request.message_id,
        sender="MAILER-DAEMON@mx.web.de",
    )
    key, rows = run_one(practice, raw)
    assert not erika_undeliverable(practice)
    assert_not_answered(practice, key, rows)


def test_plain_ndr_goes_to_staff_and_is_never_answered(practice: Practice) -> None:
    """L10: a non-delivery report without DSN structure: bounce heuristics, staff review."""
    request = request_to_erika(practice)
    raw = (
        f"From: postmaster@web.de\r\nTo: {PRACTICE}\r\nSubject: Unzustellbar: {request.subject}\r\n"
        f"Date: {format_datetime(NOW)}\r\nMessage-ID: <ndr-1@web.de>\r\n\r\n"
        "Ihre Nachricht konnte nicht zugestellt werden.\r\n\r\n"
        f"{ERIKA}: 550 5.1.1 Benutzer unbekannt\r\n"
    ).encode()
    key, rows = run_one(practice, raw)
    assert_not_answered(practice, key, rows)
    record = practice.inbound(key)
    assert record is not None
    assert record.categories == ("bounce",)
    assert record.status is InboundStatus.REVIEW


# --- our own mail coming back (L11) ------------------------------------------------------


def test_our_own_mail_coming_back_is_dropped(practice: Practice) -> None:
    """L11: the exact bytes of a mail the worker sent (auto-forwarded back to the watched
    mailbox): recognised by its Message-ID, nothing sent, no state change."""
    request = request_to_erika(practice)
    sent_file = next(
        p for p in practice.sent_files() if request.message_id.strip("<>") in p.read_text()
    )
    key, rows = run_one(practice, sent_file.read_bytes())
    assert_not_answered(practice, key, rows)
    record = practice.inbound(key)
    assert record is not None
    assert record.categories == ("own_mail",)
    assert rows == []


def test_patient_forward_of_our_mail_with_our_id_is_dropped(practice: Practice) -> None:
    """L11: the patient's mail program forwards our request back with our Message-ID."""
    request = request_to_erika(practice)
    _, raw = reply(practice, message_id=request.message_id)
    key, rows = run_one(practice, raw)
    assert_not_answered(practice, key, rows)
    record = practice.inbound(key)
    assert record is not None
    assert record.categories == ("own_mail",)


def test_staff_digest_delivered_to_the_watched_mailbox_is_dropped(practice: Practice) -> None:
    """L11: the practice's own address as sender (digest to itself) is never answered."""
    (digest,) = [row for row in practice.outbox() if row.kind == "staff_digest"]
    raw = digest.raw.replace(b"Message-ID: <pw-", b"Message-ID: <digest-copy-", 1)
    raw = raw.replace(STAFF.encode(), PRACTICE.encode())
    key, rows = run_one(practice, raw)
    assert rows == []
    record = practice.inbound(key)
    assert record is not None
    assert record.categories == ("own_mail",)


# --- L13: what we send -------------------------------------------------------------------


def test_every_mail_we_send_declares_itself_automated(practice: Practice) -> None:
    """L13: Auto-Submitted on every mail, X-Auto-Response-Suppress OOF, AutoReply (never
    All/NDR: we want to hear about non-delivery)."""
    _, raw = reply(practice)
    run_one(practice, raw)  # adds a receipt (auto-replied) to the request etc.
    rows = practice.outbox()
    assert {row.kind for row in rows} >= {
        "confirmation_request",
        "confirmation_receipt",
        "forms_request",
        "staff_digest",
    }
    for row in rows:
        sent = email.message_from_bytes(row.raw, policy=email.policy.default)
        expected = "auto-replied" if row.kind == "confirmation_receipt" else "auto-generated"
        assert sent["Auto-Submitted"] == expected, row.kind
        suppress = {v.strip().lower() for v in str(sent["X-Auto-Response-Suppress"]).split(",")}
        assert suppress == {"oof", "autoreply"}, row.kind
        assert sent["Message-ID"] == row.message_id


# --- L12: one address, many mails; a robot that answers everything -----------------------


def test_thirty_mails_in_an_hour_get_at_most_one_answer(practice: Practice) -> None:
    """L12: a flood of confirmations from one address: one receipt, day cap kept."""
    before = {row.id for row in practice.outbox()}
    for n in range(30):
        _, raw = reply(practice, message_id=f"<flood-{n}@web.de>")
        practice.deliver(raw)
    for minutes in (15, 30, 45, 60):
        assert practice.run(NOW + timedelta(minutes=minutes)) == 0
    to_erika = [row for row in new_rows(practice, before) if row.recipient == ERIKA]
    assert [row.kind for row in to_erika] == ["confirmation_receipt"]


PING_PONG_APPOINTMENTS = APPOINTMENTS + (
    "H-03;Erika Beispiel;erika.beispiel@web.de;17.06.2026 09:00;30;video;KG;gkv;nein;"
    "https://video.redmedical.de/#/join?code=AB12-CD34\n"
    "H-04;Erika Beispiel;erika.beispiel@web.de;18.06.2026 09:00;30;phone;KG;private;nein;\n"
)


def robot_answer(sent: EmailMessage, n: int, *, marked: bool, at: datetime) -> bytes:
    """What Erika's mail program sends back to every mail it receives."""
    references = f"{sent.get('References', '')} {sent['Message-ID']}".strip()
    if marked:
        extra = "Auto-Submitted: auto-replied\r\nX-Autoreply: yes\r\n"
        subject, body = f"Automatische Antwort: {sent['Subject']}", "Ich bin im Urlaub."
    else:  # looks like a person: no automation header, a plain "yes, it took place"
        extra, subject, body = "", f"Re: {sent['Subject']}", "Ja, hat stattgefunden. Danke!"
    return (
        f"From: Erika Beispiel <{ERIKA}>\r\nTo: {PRACTICE}\r\nSubject: {subject}\r\n"
        f"Date: {format_datetime(at)}\r\nMessage-ID: <robot-{n}@web.de>\r\n"
        f"In-Reply-To: {sent['Message-ID']}\r\nReferences: {references}\r\n{extra}"
        "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
        f"{body}\r\n"
    ).encode()


@pytest.mark.parametrize("marked", [True, False], ids=["with-auto-submitted", "human-looking"])
def test_ping_pong_with_an_auto_answering_patient_stops(tmp_path: Path, marked: bool) -> None:
    """L12: every mail we send to Erika is answered at once by her mail program. Over
    four days (a cycle every two hours) the exchange must stop: no more than
    smtp.max_per_recipient_per_day mails a day to her; none in answer to a marked
    auto-reply; an unmarked "Ja, hat stattgefunden" is thanked at most once per appointment,
    a thank-you is never answered again, and the last day brings no answer at all."""
    cap = 5
    practice = Practice.build(tmp_path / "p", cap=cap, appointments=PING_PONG_APPOINTMENTS)
    answered: set[str] = set()
    robot_ids: dict[str, str] = {}  # robot Message-ID -> kind of our mail it answered
    moment = NOW
    end = NOW + timedelta(days=4)
    while moment < end:
        assert practice.run(moment) == 0
        for row in practice.outbox():
            if row.recipient != ERIKA or row.message_id in answered:
                continue
            answered.add(row.message_id)
            sent = email.message_from_bytes(row.raw, policy=email.policy.default)
            assert isinstance(sent, EmailMessage)
            robot_ids[f"<robot-{len(robot_ids) + 1}@web.de>"] = row.kind
            practice.deliver(robot_answer(sent, len(robot_ids), marked=marked, at=moment))
        moment += timedelta(hours=2)

    to_erika = [row for row in practice.outbox() if row.recipient == ERIKA]
    assert len(robot_ids) == len(to_erika) >= 4  # the robot answered every one of them
    per_day = Counter(row.created_at.astimezone(BERLIN).date() for row in to_erika)
    assert max(per_day.values()) <= cap, per_day
    answers = [row for row in to_erika if _in_reply_to(row) in robot_ids]
    if marked:
        assert answers == []
    else:
        assert {row.kind for row in answers} <= {"confirmation_receipt"}
        assert len({row.appointment_id for row in answers}) == len(answers)
        # the robot's answer to a thank-you is never answered again: no chain
        to_receipts = {rid for rid, kind in robot_ids.items() if kind == "confirmation_receipt"}
        assert to_receipts, "the robot never saw a receipt: the test proves nothing"
        assert [row for row in to_erika if _in_reply_to(row) in to_receipts] == []
    assert [row for row in answers if row.created_at >= end - timedelta(days=1)] == []


def _in_reply_to(row: OutboxRow) -> str | None:
    sent = email.message_from_bytes(row.raw, policy=email.policy.default)
    value = sent["In-Reply-To"]
    return str(value) if value else None


def test_message_ids_we_generate_are_recognised_as_ours() -> None:
    """L11 precondition: the id format the worker writes is the one find_automation knows."""
    message_id = make_message_id(domain="praxis-impulse.de", token="0123456789abcdef")
    assert message_id.startswith("<pw-")
    assert message_id.endswith("@praxis-impulse.de>")
