"""The outbox in SQLite (":memory:"), the planning reads, and the worker glue that plans,
stores and sends mail through a fake sender."""

from __future__ import annotations

import asyncio
import sqlite3
from collections.abc import Iterator, Sequence
from dataclasses import replace
from datetime import datetime, timedelta
from email import message_from_bytes, policy
from itertools import count
from zoneinfo import ZoneInfo

import pytest

from mail_templates.render import RenderedMail
from rules.due import ScheduleSettings
from rules.models import DueMail, FormsPolicy, Insurance, Kind, MailKind, Treatment
from state import appointments, confirmations, outbox, patients, planning
from state.appointments import Booking
from state.db import connect
from state.outbox import OutboxStatus
from worker.adapters.sender import OutgoingMessage, SendResult
from worker.config import PracticeConfig
from worker.cycle.outgoing import OutgoingSettings, enqueue_due_mail, send_due_mail, store_mail

BERLIN = ZoneInfo("Europe/Berlin")
NOW = datetime(2026, 4, 8, 9, 0, tzinfo=BERLIN)  # Wednesday morning
SETTINGS = OutgoingSettings(
    practice=PracticeConfig(name="Praxis Impulse", address="termine@praxis-impulse.de"),
    schedule=ScheduleSettings(),
    forms=FormsPolicy(names={"datenschutz_video": "Datenschutzinformation Videobehandlung"}),
)


@pytest.fixture
def conn() -> Iterator[sqlite3.Connection]:
    connection = connect(":memory:")
    yield connection
    connection.close()


def book(
    conn: sqlite3.Connection,
    *,
    start: datetime,
    kind: Kind = Kind.VIDEO,
    email: str = "max@example.org",
    name: str = "Max Beispiel",
    new_patient: bool = False,
    link: str | None = "K7Q-42X",
    booked: datetime = NOW,
) -> int:
    patient = patients.register_for_booking(
        conn,
        name=name,
        email=email,
        insurance=Insurance.PRIVATE,
        new_patient=new_patient,
        now=booked,
    )
    appointment, _ = appointments.upsert(
        conn,
        Booking(
            patient_id=patient.id,
            start=start,
            end=start + timedelta(minutes=30),
            kind=kind,
            treatment=Treatment.MT,
            video_link=link if kind is Kind.VIDEO else None,
        ),
        now=booked,
    )
    return appointment.id


def due(
    key: str,
    *,
    appointment_id: int | None,
    kind: MailKind = MailKind.REMINDER,
    recipient: str = "max@example.org",
    not_before: datetime = NOW,
    expires_at: datetime | None = None,
) -> DueMail:
    return DueMail(
        dedup_key=key,
        kind=kind,
        template="reminder_phone",
        recipient=recipient,
        recipient_name="Max Beispiel",
        patient_id=None,
        appointment_id=appointment_id,
        not_before=not_before,
        expires_at=expires_at,
    )


_ids = count(1)


def add(conn: sqlite3.Connection, mail: DueMail, *, now: datetime = NOW) -> int | None:
    n = next(_ids)
    return outbox.add(
        conn,
        mail,
        subject=f"Betreff {n}",
        raw=b"raw",
        message_id=f"<pw-{n:08x}@praxis-impulse.de>",
        now=now,
    )


# --- the repository -------------------------------------------------------------------


def test_add_is_idempotent_on_the_key(conn: sqlite3.Connection) -> None:
    appointment_id = book(conn, start=NOW + timedelta(days=3))
    first = add(conn, due("reminder:1:24h", appointment_id=appointment_id))
    assert first is not None
    assert add(conn, due("reminder:1:24h", appointment_id=appointment_id)) is None
    assert [row.id for row in outbox.list_rows(conn)] == [first]
    assert outbox.planned_keys(conn, [appointment_id]) == {"reminder:1:24h"}


def test_send_lifecycle_and_json(conn: sqlite3.Connection) -> None:
    row_id = add(conn, due("reminder:1:24h", appointment_id=None))
    assert row_id is not None
    assert [r.id for r in outbox.due_for_sending(conn, now=NOW)] == [row_id]
    assert outbox.mark_sending(conn, row_id, now=NOW)
    assert not outbox.mark_sending(conn, row_id, now=NOW)  # claimed once
    assert outbox.due_for_sending(conn, now=NOW) == []
    later = NOW + timedelta(minutes=1)
    outbox.mark_retry(conn, row_id, code=451, error="try later", next_attempt_at=later)
    assert outbox.due_for_sending(conn, now=later - timedelta(seconds=1)) == []
    assert [r.id for r in outbox.due_for_sending(conn, now=later)] == [row_id]
    assert outbox.mark_sending(conn, row_id, now=later)
    outbox.mark_sent(conn, row_id, now=later)
    (shown,) = outbox.list_all(conn)
    assert shown == {
        "id": row_id,
        "kind": "reminder",
        "to": "max@example.org",
        "subject": shown["subject"],
        "appointment_id": None,
        "status": "sent",
        "attempts": 2,
        "message_id": shown["message_id"],
        "sent_at": "2026-04-08T07:01:00+00:00",
        "last_error": None,
        "state": "sent",
        "created_at": "2026-04-08T07:00:00+00:00",
        "expires_at": None,
    }
    assert outbox.count_sent_to(conn, "MAX@example.org", since=NOW) == 1


@pytest.mark.parametrize(
    ("status", "shown"),
    [
        pytest.param(OutboxStatus.PENDING, "pending", id="pending"),
        pytest.param(OutboxStatus.HELD, "pending", id="held-is-pending"),
        pytest.param(OutboxStatus.FAILED, "failed", id="failed"),
    ],
)
def test_public_status(conn: sqlite3.Connection, status: OutboxStatus, shown: str) -> None:
    mail = due("reminder:1:24h", appointment_id=None)
    row_id = outbox.add(
        conn, mail, subject="s", raw=b"r", message_id="<pw-1@x.de>", now=NOW, status=status
    )
    assert row_id is not None
    assert outbox.list_all(conn)[0]["status"] == shown


def test_permanent_failure(conn: sqlite3.Connection) -> None:
    row_id = add(conn, due("reminder:1:24h", appointment_id=None))
    assert row_id is not None
    outbox.mark_sending(conn, row_id, now=NOW)
    outbox.mark_failed(conn, row_id, code=550, error="5.1.1 user unknown", now=NOW)
    (shown,) = outbox.list_all(conn)
    assert (shown["status"], shown["last_error"]) == ("failed", "5.1.1 user unknown")
    assert outbox.due_for_sending(conn, now=NOW + timedelta(days=1)) == []


def test_overdue_rows_expire_and_are_never_sent(conn: sqlite3.Connection) -> None:
    start = NOW + timedelta(hours=2)
    stale = add(conn, due("reminder:1:24h", appointment_id=None, expires_at=start))
    fresh = add(
        conn, due("reminder:2:24h", appointment_id=None, expires_at=start + timedelta(days=1))
    )
    assert [r.id for r in outbox.due_for_sending(conn, now=start)] == [fresh]
    (expired,) = outbox.expire_overdue(conn, now=start)
    assert (expired.id, expired.status) == (stale, OutboxStatus.EXPIRED)
    shown = {row["id"]: (row["status"], row["state"]) for row in outbox.list_all(conn)}
    assert shown[stale] == ("failed", "expired")
    assert shown[fresh] == ("pending", "pending")


def test_interrupted_send_is_requeued(conn: sqlite3.Connection) -> None:
    row_id = add(conn, due("reminder:1:24h", appointment_id=None))
    assert row_id is not None
    outbox.mark_sending(conn, row_id, now=NOW)
    assert outbox.requeue_interrupted(conn, now=NOW) == 1
    assert [r.id for r in outbox.due_for_sending(conn, now=NOW)] == [row_id]


def test_planned_keys_and_thread_roots_only_for_the_given_appointments(
    conn: sqlite3.Connection,
) -> None:
    first = book(conn, start=NOW + timedelta(days=3))
    second = book(conn, start=NOW + timedelta(days=4), email="erika@example.org")
    add(conn, due("video_link:1:v0", appointment_id=first, kind=MailKind.VIDEO_LINK))
    add(conn, due("reminder:1:24h", appointment_id=first))
    add(conn, due("reminder:2:24h", appointment_id=second))
    add(conn, due("staff_alert:2:x", appointment_id=second, kind=MailKind.STAFF_ALERT))
    assert outbox.planned_keys(conn, [first]) == {"video_link:1:v0", "reminder:1:24h"}
    roots = outbox.thread_roots(conn, [first, second], kinds=["video_link", "reminder"])
    rows = {row.dedup_key: row.message_id for row in outbox.list_rows(conn)}
    assert roots == {first: rows["video_link:1:v0"], second: rows["reminder:2:24h"]}


def test_replies_find_our_mail_by_message_id(conn: sqlite3.Connection) -> None:
    appointment_id = book(conn, start=NOW + timedelta(days=3))
    add(
        conn,
        due(
            "confirmation_request:1:0",
            appointment_id=appointment_id,
            kind=MailKind.CONFIRMATION_REQUEST,
        ),
    )
    (row,) = outbox.list_rows(conn)
    bare = row.message_id.strip("<>")
    refs = outbox.message_ids_for_thread(conn, [bare, "<foreign@example.org>", ""])
    assert [(r.message_id, r.kind, r.appointment_id) for r in refs] == [
        (row.message_id, "confirmation_request", appointment_id)
    ]


def test_a_request_remembers_every_appointment_it_listed(conn: sqlite3.Connection) -> None:
    first = book(conn, start=NOW - timedelta(days=3))
    second = book(conn, start=NOW - timedelta(days=1))
    mail = replace(
        due(
            "confirmation_request:2:0",
            appointment_id=second,
            kind=MailKind.CONFIRMATION_REQUEST,
        ),
        covers=(first, second),
    )
    add(conn, mail)
    (row,) = outbox.list_rows(conn)
    (ref,) = outbox.message_ids_for_thread(conn, [row.message_id])
    assert ref.appointment_ids == (first, second)
    assert ref.covered == (first, second)


def test_daily_counts_per_recipient(conn: sqlite3.Connection) -> None:
    add(conn, due("a:1:x", appointment_id=None, recipient="Max@Example.org"))
    add(conn, due("b:1:x", appointment_id=None, recipient="max@example.org"))
    add(
        conn,
        due("c:1:x", appointment_id=None, recipient="max@example.org"),
        now=NOW - timedelta(days=1),
    )
    failed = add(conn, due("d:1:x", appointment_id=None, recipient="max@example.org"))
    assert failed is not None
    outbox.mark_failed(conn, failed, code=550, error="no", now=NOW)
    assert outbox.planned_counts_since(conn, since=NOW - timedelta(hours=1)) == {
        "max@example.org": 2
    }


# --- planning reads and the worker glue ----------------------------------------------


def test_planning_input_reads_a_bounded_window(conn: sqlite3.Connection) -> None:
    old = book(conn, start=NOW - timedelta(days=60), booked=NOW - timedelta(days=70))
    recent = book(conn, start=NOW - timedelta(days=2), booked=NOW - timedelta(days=9))
    future = book(conn, start=NOW + timedelta(days=90))
    facts = planning.load_planning_input(conn, now=NOW)
    assert {a.id for a in facts.appointments} == {recent, future}
    assert old not in {a.id for a in facts.appointments}
    assert set(facts.patients) == {facts.appointments[0].patient_id}


def test_enqueue_plans_renders_and_stores_once(conn: sqlite3.Connection) -> None:
    appointment_id = book(
        conn, start=datetime(2026, 4, 16, 10, tzinfo=BERLIN), name="Max\r\nBcc: x@evil.example"
    )
    tokens = iter(f"{n:032x}" for n in range(1, 100))
    report = enqueue_due_mail(
        conn, now=NOW + timedelta(minutes=5), settings=SETTINGS, token_factory=lambda: next(tokens)
    )
    assert report.added == 2
    first, second = outbox.list_rows(conn)
    assert {first.dedup_key, second.dedup_key} == {
        f"video_link:{appointment_id}:v1",  # upsert counts a link given at booking as version 1
        f"forms_request:{appointment_id}:booking",
    }
    link = next(row for row in (first, second) if row.kind == "video_link")
    assert first.message_id == f"<pw-{1:032x}@praxis-impulse.de>"
    parsed = message_from_bytes(link.raw, policy=policy.default)
    assert parsed["Bcc"] is None
    assert parsed["From"] == "Praxis Impulse <termine@praxis-impulse.de>"
    assert [a.addr_spec for a in parsed["To"].addresses] == ["max@example.org"]
    assert parsed["Auto-Submitted"] == "auto-generated"
    assert parsed["X-Auto-Response-Suppress"] == "OOF, AutoReply"
    assert parsed["Date"] == "Wed, 08 Apr 2026 09:05:00 +0200"
    body = parsed.get_body(("plain",))
    assert body is not None
    assert "K7Q-42X" in body.get_content()
    assert "MT" not in body.get_content().split()  # no treatment code in patient mail
    # the second mail of the run threads onto the first
    second_parsed = message_from_bytes(second.raw, policy=policy.default)
    assert second_parsed["In-Reply-To"] == first.message_id
    assert second_parsed["References"] == first.message_id
    again = enqueue_due_mail(conn, now=NOW + timedelta(minutes=6), settings=SETTINGS)
    assert again.added == 0
    assert len(outbox.list_rows(conn)) == 2


def test_receipt_threads_onto_the_patients_reply(conn: sqlite3.Connection) -> None:
    start = datetime(2026, 4, 7, 10, tzinfo=BERLIN)
    appointment_id = book(conn, start=start, kind=Kind.PHONE, booked=start - timedelta(days=7))
    patient = patients.find_by_address(conn, "max@example.org")
    assert patient is not None
    confirmations.record(
        conn,
        appointment_id=appointment_id,
        patient_id=patient.id,
        day=start.date(),
        message_id="<reply-1@example.org>",
        mail_sha256="0" * 64,
        evidence="am 7.4.",
        inbound_id=None,
        now=NOW,
    )
    enqueue_due_mail(conn, now=NOW + timedelta(minutes=1), settings=SETTINGS)
    (receipt,) = [r for r in outbox.list_rows(conn) if r.kind == "confirmation_receipt"]
    parsed = message_from_bytes(receipt.raw, policy=policy.default)
    assert parsed["In-Reply-To"] == "<reply-1@example.org>"
    assert parsed["Auto-Submitted"] == "auto-replied"


class FakeSender:
    def __init__(self, outcome: str, code: int) -> None:
        self.outcome, self.code = outcome, code
        self.batches: list[list[OutgoingMessage]] = []

    async def send_batch(
        self, messages: Sequence[OutgoingMessage], *, on_result: object = None
    ) -> list[SendResult]:
        self.batches.append(list(messages))
        return [
            SendResult(message_id=m.message_id, outcome=self.outcome, code=self.code)  # type: ignore[arg-type]
            for m in messages
        ]


@pytest.mark.parametrize(
    ("outcome", "code", "status", "attempts"),
    [
        pytest.param("sent", 250, "sent", 1, id="250-sent"),
        pytest.param("retry", 451, "pending", 1, id="451-retry-later"),
        pytest.param("ambiguous", 0, "pending", 1, id="cut-after-data-retry"),
        pytest.param("failed", 550, "failed", 1, id="550-failed"),
    ],
)
def test_send_records_each_verdict(
    conn: sqlite3.Connection, outcome: str, code: int, status: str, attempts: int
) -> None:
    book(conn, start=datetime(2026, 4, 16, 10, tzinfo=BERLIN))
    enqueue_due_mail(conn, now=NOW, settings=SETTINGS)
    sender = FakeSender(outcome, code)
    report = asyncio.run(send_due_mail(conn, sender, now=NOW, settings=SETTINGS))
    assert len(sender.batches) == 1
    assert len(sender.batches[0]) == 2
    assert {m.recipients for m in sender.batches[0]} == {("max@example.org",)}
    shown = outbox.list_all(conn)
    assert {(row["status"], row["attempts"]) for row in shown} == {(status, attempts)}
    assert report.sent == (2 if outcome == "sent" else 0)
    assert len(report.failed) == (2 if outcome == "failed" else 0)
    # nothing is sent twice: a second run right away finds nothing due
    asyncio.run(send_due_mail(conn, sender, now=NOW, settings=SETTINGS))
    assert len(sender.batches) == 1
    if outcome in {"retry", "ambiguous"}:
        rows = outbox.list_rows(conn)
        assert {r.next_attempt_at for r in rows} == {NOW + timedelta(minutes=1)}


def test_retry_that_would_pass_expiry_expires(conn: sqlite3.Connection) -> None:
    row_id = add(
        conn, due("reminder:9:24h", appointment_id=None, expires_at=NOW + timedelta(seconds=30))
    )
    report = asyncio.run(send_due_mail(conn, FakeSender("retry", 451), now=NOW, settings=SETTINGS))
    assert [row.id for row in report.expired] == [row_id]
    assert outbox.list_all(conn)[0]["state"] == "expired"


def test_retry_of_patient_mail_waits_for_the_end_of_quiet_hours(conn: sqlite3.Connection) -> None:
    evening = datetime(2026, 4, 8, 20, 59, 30, tzinfo=BERLIN)
    row_id = add(conn, due("reminder:9:24h", appointment_id=None), now=evening)
    asyncio.run(send_due_mail(conn, FakeSender("retry", 451), now=evening, settings=SETTINGS))
    row = outbox.get(conn, row_id or 0)
    assert row is not None
    assert row.next_attempt_at == datetime(2026, 4, 9, 7, 0, tzinfo=BERLIN)


def test_sender_error_puts_claimed_rows_back(conn: sqlite3.Connection) -> None:
    class Broken:
        async def send_batch(
            self, messages: Sequence[OutgoingMessage], *, on_result: object = None
        ) -> list[SendResult]:
            raise ConnectionError("server gone")

    add(conn, due("reminder:9:24h", appointment_id=None))
    with pytest.raises(ConnectionError):
        asyncio.run(send_due_mail(conn, Broken(), now=NOW, settings=SETTINGS))
    (row,) = outbox.list_rows(conn)
    assert (row.status, row.next_attempt_at) == (OutboxStatus.PENDING, NOW + timedelta(minutes=1))


def _opened(conn: sqlite3.Connection) -> set[tuple[str, str]]:
    return {
        (row["kind"], row["dedup_key"])
        for row in conn.execute("SELECT kind, dedup_key FROM review_items")
    }


def test_refused_mail_is_on_the_review_list_with_its_verdict(conn: sqlite3.Connection) -> None:
    """A 5xx: the row failed, the patient's address marked, the item open - together."""
    book(conn, start=datetime(2026, 4, 16, 10, tzinfo=BERLIN))
    enqueue_due_mail(conn, now=NOW, settings=SETTINGS)
    report = asyncio.run(send_due_mail(conn, FakeSender("failed", 550), now=NOW, settings=SETTINGS))
    ids = sorted(row.id for row in report.failed)
    assert len(ids) == 2
    expected = {("delivery", f"delivery:{row_id}") for row_id in ids}
    assert {(n.kind, n.dedup_key) for n in report.review} == expected
    assert _opened(conn) == expected
    assert all(n.patient_id is not None for n in report.review)
    assert patients.at_address(conn, "max@example.org")[0].undeliverable


@pytest.mark.parametrize("overdue", [True, False], ids=["expired-before-sending", "retry-expires"])
def test_expired_mail_is_on_the_review_list(conn: sqlite3.Connection, overdue: bool) -> None:
    expires = NOW - timedelta(minutes=1) if overdue else NOW + timedelta(seconds=30)
    row_id = add(conn, due("reminder:9:24h", appointment_id=None, expires_at=expires))
    report = asyncio.run(send_due_mail(conn, FakeSender("retry", 451), now=NOW, settings=SETTINGS))
    assert [row.id for row in report.expired] == [row_id]
    assert [(n.kind, n.dedup_key) for n in report.review] == [("delivery", f"expired:{row_id}")]
    assert _opened(conn) == {("delivery", f"expired:{row_id}")}


def test_mail_expiring_when_the_sender_fails_still_reaches_staff(conn: sqlite3.Connection) -> None:
    class Broken:
        async def send_batch(
            self, messages: Sequence[OutgoingMessage], *, on_result: object = None
        ) -> list[SendResult]:
            raise ConnectionError("server gone")

    row_id = add(
        conn, due("reminder:9:24h", appointment_id=None, expires_at=NOW + timedelta(seconds=30))
    )
    with pytest.raises(ConnectionError):
        asyncio.run(send_due_mail(conn, Broken(), now=NOW, settings=SETTINGS))
    assert _opened(conn) == {("delivery", f"expired:{row_id}")}


def test_held_mail_is_on_the_review_list(conn: sqlite3.Connection) -> None:
    settings = replace(SETTINGS, schedule=ScheduleSettings(max_per_recipient_per_day=1))
    book(conn, start=datetime(2026, 4, 16, 10, tzinfo=BERLIN))
    report = enqueue_due_mail(conn, now=NOW, settings=settings)
    assert (report.added, len(report.held)) == (1, 1)
    (held,) = report.held
    assert [(n.kind, n.dedup_key) for n in report.review] == [("held", f"held:{held.dedup_key}")]
    assert _opened(conn) == {("held", f"held:{held.dedup_key}")}


STORED = [
    pytest.param(MailKind.REMINDER, "max@example.org", None, "auto-generated", id="patient-mail"),
    pytest.param(MailKind.STAFF_ALERT, "team@praxis-impulse.de", None, "auto-generated",
                 id="staff-alert"),
    pytest.param(MailKind.STAFF_REPLY, "team@praxis-impulse.de", "<cmd-1@praxis-impulse.de>",
                 "auto-replied", id="staff-reply"),
]  # fmt: skip


@pytest.mark.parametrize(("kind", "recipient", "in_reply_to", "auto_submitted"), STORED)
def test_store_mail_builds_every_kind_the_same_way(
    conn: sqlite3.Connection,
    kind: MailKind,
    recipient: str,
    in_reply_to: str | None,
    auto_submitted: str,
) -> None:
    """One builder for patient and staff mail: From is the practice, Date is practice
    time, threading and Auto-Submitted come from the DueMail, the key is kept once."""
    mail = replace(
        due(f"{kind.value}:1", appointment_id=None, kind=kind, recipient=recipient),
        in_reply_to=in_reply_to,
        references=(in_reply_to,) if in_reply_to else (),
        auto_submitted=auto_submitted,
    )
    rendered = RenderedMail(subject="Betreff", text="Text\n", html=None)
    row = store_mail(conn, mail, rendered, settings=SETTINGS, now=NOW, token="ab" * 8)
    assert row is not None
    assert row.message_id == "<pw-abababababababab@praxis-impulse.de>"
    message = message_from_bytes(row.raw, policy=policy.default)
    assert message["From"] == "Praxis Impulse <termine@praxis-impulse.de>"
    assert message["To"] == f"Max Beispiel <{recipient}>"
    assert message["Date"] == "Wed, 08 Apr 2026 09:00:00 +0200"
    assert message["Auto-Submitted"] == auto_submitted
    assert message["In-Reply-To"] == in_reply_to
    assert store_mail(conn, mail, rendered, settings=SETTINGS, now=NOW, token="cd" * 8) is None
