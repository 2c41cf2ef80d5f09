"""Appointments in the practice (kind praxis, issue 15): the rules that keep every mail
away from them, and the state migration that lets the store hold them.

An in-person session is signed on the prescription in the practice: the worker sends no
video link, no reminder, no forms request, no confirmation request and no "Termin
abgesagt/verlegt" for it, and nobody can confirm it (by mail or as staff). It counts as a
treatment in person for the prescription's rules (rules.telemedicine, test_prescription_caps).
"""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from rules.changes import plan_cancelled_mail, plan_moved_mail
from rules.models import Appointment, AppointmentStatus, Insurance, Kind, Patient, Treatment
from rules.staff_commands import StaffCommand, Verb, refuse_confirmation
from state import appointments as appointment_store
from state import patients as patient_store
from state import prescriptions as prescription_store
from state.appointments import Booking
from state.db import connect, schema_version
from state.migrations import MIGRATIONS

BERLIN = ZoneInfo("Europe/Berlin")
NOW = datetime(2026, 6, 16, 10, 0, tzinfo=BERLIN)
START = datetime(2026, 6, 18, 9, 0, tzinfo=BERLIN)
PATIENT = Patient(
    id=1, name="Erika Braun", emails=("erika@web.de",), new_patient=True, insurance=Insurance.GKV
)


def session(kind: Kind, start: datetime = START, **changes: object) -> Appointment:
    base = Appointment(
        id=9,
        external_id="D-11",
        patient_id=PATIENT.id,
        start=start,
        end=start + timedelta(minutes=30),
        kind=kind,
        treatment=Treatment.KG,
    )
    return replace(base, **changes)  # type: ignore[arg-type]


@pytest.mark.parametrize("kind", [Kind.VIDEO, Kind.PHONE, Kind.PRAXIS])
def test_the_practice_tells_of_a_change_only_for_phone_and_video(kind: Kind) -> None:
    cancelled = session(kind, status=AppointmentStatus.CANCELLED)
    moved = session(kind, start=START + timedelta(days=1))
    told = (
        plan_cancelled_mail(PATIENT, cancelled, now=NOW),
        plan_moved_mail(PATIENT, moved, START, now=NOW),
    )
    if kind is Kind.PRAXIS:
        assert told == (None, None)
    else:
        assert all(mail is not None for mail in told)


@pytest.mark.parametrize(
    ("kind", "refused"), [(Kind.VIDEO, False), (Kind.PHONE, False), (Kind.PRAXIS, True)]
)
def test_staff_cannot_confirm_a_session_in_the_practice(kind: Kind, refused: bool) -> None:
    held = session(kind, start=NOW - timedelta(days=1))
    command = StaffCommand(
        verb=Verb.CONFIRM, number=9, line="bestätigt 9 am 15.6.", day=15, month=6
    )
    why = refuse_confirmation(command, held, already_confirmed=False, now=NOW, zone=BERLIN)
    assert (why is not None) is refused
    if refused:
        assert "auf der Verordnung unterschrieben" in (why or "")


def test_the_store_books_a_session_in_the_practice() -> None:
    conn = connect(":memory:")
    patient = patient_store.register_for_booking(
        conn, name="Erika Braun", email="erika@web.de", insurance=Insurance.GKV,
        new_patient=True, now=NOW,
    )  # fmt: skip
    booking = Booking(
        patient_id=patient.id,
        start=START,
        end=START + timedelta(minutes=30),
        kind=Kind.PRAXIS,
        treatment=Treatment.MT,
        external_id="D-11",
        video_link=None,
    )
    stored, _ = appointment_store.upsert(conn, booking, now=NOW)
    assert appointment_store.get(conn, stored.id).kind is Kind.PRAXIS  # type: ignore[union-attr]
    with pytest.raises(sqlite3.IntegrityError, match="CHECK"):
        conn.execute("UPDATE appointments SET kind = 'hausbesuch' WHERE id = ?", (stored.id,))


def _state_at(path: Path, version: int) -> None:
    raw = sqlite3.connect(path)
    for statements in MIGRATIONS[:version]:
        for statement in statements:
            assert isinstance(statement, str)
            raw.execute(statement)
    raw.execute(f"PRAGMA user_version = {version}")
    raw.commit()
    raw.close()


def test_migration_18_lets_an_older_store_hold_sessions_in_the_practice(tmp_path: Path) -> None:
    """A store of version 17 (phone and video only, a treatment recorded as a visit)
    is upgraded in place: its rows, their confirmations and outbox links stay, the
    visit keeps counting, and a session in the practice can be booked, also through a
    connection that was open before the upgrade."""
    path = tmp_path / "state.db"
    _state_at(path, 17)
    raw = sqlite3.connect(path)
    raw.execute("PRAGMA foreign_keys = ON")
    raw.execute(
        "INSERT INTO patients (id, name, insurance, created_at) VALUES (1, 'A', 'gkv', 'x')"
    )
    raw.execute(
        "INSERT INTO appointments (id, patient_id, start_at, end_at, kind, treatment,"
        " created_at, updated_at) VALUES (5, 1, '2026-06-10T08:00:00+00:00',"
        " '2026-06-10T08:30:00+00:00', 'video', 'KG', 'x', 'x')"
    )
    raw.execute(
        "INSERT INTO confirmations (appointment_id, patient_id, day, mail_sha256, evidence,"
        " recorded_at) VALUES (5, 1, '2026-06-10', '', 'e', 'x')"
    )
    raw.execute(
        "INSERT INTO outbox (dedup_key, kind, recipient, subject, message_id, raw,"
        " appointment_id, created_at, next_attempt_at) VALUES ('k', 'reminder', 'a@b.de',"
        " 's', '<m@x>', x'00', 5, 'x', 'x')"
    )
    raw.execute(
        "INSERT INTO prescriptions (id, patient_id, treatment, units, issued_on, created_at)"
        " VALUES (1, 1, 'KG', 6, '2026-06-01', 'x')"
    )
    raw.execute(
        "INSERT INTO prescription_visits (prescription_id, day, created_at)"
        " VALUES (1, '2026-06-02', 'x')"
    )
    raw.commit()
    with pytest.raises(sqlite3.IntegrityError, match="CHECK"):
        raw.execute(
            "INSERT INTO appointments (patient_id, start_at, end_at, kind, treatment,"
            " created_at, updated_at) VALUES (1, 'a', 'b', 'praxis', 'KG', 'x', 'x')"
        )
    raw.rollback()

    conn = connect(path)  # migrates
    assert schema_version(conn) == len(MIGRATIONS)
    assert [tuple(r) for r in conn.execute("SELECT appointment_id FROM confirmations")] == [(5,)]
    assert [tuple(r) for r in conn.execute("SELECT appointment_id FROM outbox")] == [(5,)]
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    assert [tuple(r) for r in conn.execute("PRAGMA integrity_check")] == [("ok",)]
    rx = prescription_store.get(conn, 1)
    assert rx is not None
    assert rx.in_person == (date(2026, 6, 2),)
    conn.execute(
        "INSERT INTO appointments (patient_id, start_at, end_at, kind, treatment,"
        " created_at, updated_at) VALUES (1, 'a', 'b', 'praxis', 'KG', 'x', 'x')"
    )
    # the connection opened before the upgrade sees the new schema too
    raw.execute(
        "INSERT INTO appointments (patient_id, start_at, end_at, kind, treatment,"
        " created_at, updated_at) VALUES (1, 'c', 'd', 'praxis', 'KG', 'x', 'x')"
    )
    raw.commit()
    raw.close()
    # running the migration again changes nothing (a store already widened)
    before = conn.execute("PRAGMA schema_version").fetchone()[0]
    MIGRATIONS[17][0](conn)  # type: ignore[operator]
    assert conn.execute("PRAGMA schema_version").fetchone()[0] == before
    conn.close()
