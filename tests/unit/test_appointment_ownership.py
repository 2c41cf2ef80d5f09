"""Who owns an appointment from a sources file (issue 13): staff's edits here win over a
re-import until the file row itself changes; a local cancellation is never undone by
the file; staff's own `appointments add` is a local edit; migration 10 finds older
edits in the audit log."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from rules.models import AppointmentStatus, DueMail, Insurance, Kind, MailKind, Treatment
from state import appointments, outbox, patients, review
from state.appointments import Booking, Upsert
from state.db import connect
from state.migrations import MIGRATIONS

BERLIN = ZoneInfo("Europe/Berlin")
NOW = datetime(2026, 4, 1, 9, 0, tzinfo=BERLIN)
START = datetime(2026, 4, 6, 10, 0, tzinfo=BERLIN)


def booking(patient_id: int, **changes: object) -> Booking:
    values: dict[str, object] = {
        "patient_id": patient_id,
        "start": START,
        "end": START + timedelta(minutes=30),
        "kind": Kind.VIDEO,
        "treatment": Treatment.KG,
        "external_id": "T-1",
        "video_link": "CODE-1",
    }
    values.update(changes)
    return Booking(**values)  # type: ignore[arg-type]


def store() -> tuple[sqlite3.Connection, int]:
    conn = connect(":memory:")
    p = patients.register_for_booking(
        conn, name="A", email="a@b.de", insurance=Insurance.GKV, new_patient=False, now=NOW
    )
    return conn, p.id


def test_a_local_link_stands_until_the_file_row_changes() -> None:
    conn, pid = store()
    a, _ = appointments.upsert(conn, booking(pid), now=NOW)
    appointments.set_link(conn, a.id, "CODE-2", now=NOW)
    assert appointments.upsert(conn, booking(pid), now=NOW)[1] is Upsert.UNCHANGED
    assert appointments.get(conn, a.id).video_link == "CODE-2"  # type: ignore[union-attr]
    changed, outcome = appointments.upsert(conn, booking(pid, video_link="CODE-3"), now=NOW)
    assert (outcome, changed.video_link) == (Upsert.UPDATED, "CODE-3")
    # From now on the file owns it again: its next change applies as usual.
    later = booking(pid, video_link="CODE-3", start=START + timedelta(hours=1))
    assert appointments.upsert(conn, later, now=NOW)[1] is Upsert.UPDATED


def test_a_local_cancel_is_never_undone_by_the_file_and_staff_are_told_once() -> None:
    conn, pid = store()
    a, _ = appointments.upsert(conn, booking(pid), now=NOW)
    appointments.cancel(conn, a.id, now=NOW)
    assert appointments.upsert(conn, booking(pid), now=NOW)[1] is Upsert.UNCHANGED
    moved = booking(pid, start=START + timedelta(days=1), end=START + timedelta(days=1, minutes=30))
    assert appointments.upsert(conn, moved, now=NOW)[1] is Upsert.KEPT_CANCELLED
    assert appointments.upsert(conn, moved, now=NOW)[1] is Upsert.UNCHANGED
    kept = appointments.get(conn, a.id)
    assert kept is not None
    assert (kept.status, kept.start) == (AppointmentStatus.CANCELLED, START)
    items = [i for i in review.list_items(conn) if i.kind == "import"]
    assert len(items) == 1
    assert f"Termin {a.id} ist hier abgesagt" in items[0].reason
    # The file itself cancelling it is no conflict.
    gone = booking(pid, start=START + timedelta(days=2), cancelled=True)
    assert appointments.upsert(conn, gone, now=NOW)[1] is not Upsert.KEPT_CANCELLED
    assert len([i for i in review.list_items(conn) if i.kind == "import"]) == 1


def test_staff_booking_it_again_here_brings_it_back() -> None:
    conn, pid = store()
    a, _ = appointments.upsert(conn, booking(pid), now=NOW)
    appointments.cancel(conn, a.id, now=NOW)
    back, outcome = appointments.upsert(conn, booking(pid, local=True), now=NOW)
    assert (outcome, back.status) == (Upsert.UPDATED, AppointmentStatus.SCHEDULED)
    # ... and that booking is now a local edit: the unchanged file row leaves it alone.
    assert appointments.upsert(conn, booking(pid), now=NOW)[1] is Upsert.UNCHANGED


def test_migration_10_finds_older_local_edits_in_the_audit_log(tmp_path: Path) -> None:
    raw = sqlite3.connect(tmp_path / "state.db")
    for statements in MIGRATIONS[:9]:
        for statement in statements:
            raw.execute(statement)
    raw.execute(
        "INSERT INTO patients (id, name, insurance, created_at) VALUES (1, 'A', 'gkv', '2026-03-01T08:00:00+00:00')"
    )
    for aid, status in ((1, "cancelled"), (2, "scheduled")):
        raw.execute(
            "INSERT INTO appointments (id, external_id, patient_id, start_at, end_at, kind,"
            " treatment, status, created_at, updated_at) VALUES (?, ?, 1,"
            " '2026-04-06T08:00:00+00:00', '2026-04-06T08:30:00+00:00', 'phone', 'KG', ?,"
            " '2026-03-01T08:00:00+00:00', '2026-03-01T08:00:00+00:00')",
            (aid, f"T-{aid}", status),
        )
    raw.execute(
        "INSERT INTO audit_log (at, entity, entity_id, action) VALUES ('2026-03-01T08:00:00+00:00', 'appointment', 1,"
        " 'cancelled')"
    )
    raw.execute("PRAGMA user_version = 9")
    raw.commit()
    raw.close()
    conn = connect(tmp_path / "state.db")
    flags = dict(conn.execute("SELECT id, edited_locally FROM appointments").fetchall())
    assert flags == {1: 1, 2: 0}
    # The first import after the upgrade takes the file row as the baseline: still cancelled.
    row = Booking(
        patient_id=1, start=START, end=START + timedelta(minutes=30), kind=Kind.PHONE,
        treatment=Treatment.KG, external_id="T-1",
    )  # fmt: skip
    assert appointments.upsert(conn, row, now=NOW)[1] is Upsert.UNCHANGED
    assert appointments.get(conn, 1).status is AppointmentStatus.CANCELLED  # type: ignore[union-attr]


def test_cancelling_expires_the_mail_still_waiting_for_it() -> None:
    """No reminder for a cancelled session, even one stored before (an SMTP retry)."""
    conn, pid = store()
    a, _ = appointments.upsert(conn, booking(pid), now=NOW)
    waiting = DueMail(
        dedup_key=f"reminder:{a.id}:24h", kind=MailKind.REMINDER, template="reminder_video",
        recipient="a@b.de", recipient_name="A", patient_id=pid, appointment_id=a.id,
        not_before=NOW, expires_at=None,
    )  # fmt: skip
    row_id = outbox.add(conn, waiting, subject="Erinnerung", raw=b"x", message_id="<r@x>", now=NOW)
    assert row_id is not None
    appointments.cancel(conn, a.id, now=NOW)
    row = outbox.get(conn, row_id)
    assert row is not None
    assert row.status == "expired"
    assert outbox.due_for_sending(conn, now=NOW + timedelta(days=1)) == []
