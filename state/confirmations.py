"""Service confirmations: the billing evidence (which mail, which sentence, which hash)."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date, datetime

from state import audit
from state.timefmt import from_db, to_db


@dataclass(frozen=True, slots=True, kw_only=True)
class Confirmation:
    appointment_id: int
    patient_id: int
    day: date
    message_id: str | None
    mail_sha256: str
    evidence: str
    recorded_at: datetime
    source: str = "patient_mail"  # SOURCE_*


def _from_row(r: sqlite3.Row) -> Confirmation:
    return Confirmation(
        appointment_id=r["appointment_id"],
        patient_id=r["patient_id"],
        day=date.fromisoformat(r["day"]),
        message_id=r["message_id"],
        mail_sha256=r["mail_sha256"],
        evidence=r["evidence"],
        recorded_at=from_db(r["recorded_at"]),
        source=r["source"],
    )


SOURCE_PATIENT_MAIL = "patient_mail"
SOURCE_STAFF_NOTE = "staff_note"  # confirmed by phone; a staff mail or the CLI recorded it


def record(
    conn: sqlite3.Connection,
    *,
    appointment_id: int,
    patient_id: int,
    day: date,
    message_id: str | None,
    mail_sha256: str,
    evidence: str,
    inbound_id: int | None,
    now: datetime,
    source: str = SOURCE_PATIENT_MAIL,
) -> bool:
    """Record a confirmation; an appointment is confirmed once (the first mail counts)."""
    cursor = conn.execute(
        "INSERT OR IGNORE INTO confirmations (appointment_id, patient_id, day, message_id,"
        " mail_sha256, evidence, inbound_id, recorded_at, source)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            appointment_id,
            patient_id,
            day.isoformat(),
            message_id,
            mail_sha256,
            evidence,
            inbound_id,
            to_db(now),
            source,
        ),
    )
    if cursor.rowcount:
        audit.record(
            conn,
            now=now,
            entity="appointment",
            entity_id=appointment_id,
            action="confirmed" if source == SOURCE_PATIENT_MAIL else f"confirmed:{source}",
            evidence=f"inbound={inbound_id} sha256={mail_sha256}",
        )
    return bool(cursor.rowcount)


def for_appointment(conn: sqlite3.Connection, appointment_id: int) -> Confirmation | None:
    row = conn.execute(
        "SELECT * FROM confirmations WHERE appointment_id = ?", (appointment_id,)
    ).fetchone()
    return None if row is None else _from_row(row)


def recorded_between(
    conn: sqlite3.Connection, start: datetime, end: datetime
) -> list[Confirmation]:
    rows = conn.execute(
        "SELECT * FROM confirmations WHERE recorded_at >= ? AND recorded_at < ?"
        " ORDER BY recorded_at, id",
        (to_db(start), to_db(end)),
    )
    return [_from_row(r) for r in rows]


def for_patient(conn: sqlite3.Connection, patient_id: int) -> list[Confirmation]:
    rows = conn.execute(
        "SELECT * FROM confirmations WHERE patient_id = ? ORDER BY day", (patient_id,)
    )
    return [_from_row(r) for r in rows]
