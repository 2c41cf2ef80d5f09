"""Prescriptions (Verordnungen), the appointments booked against them, and the patients'
written consent to video treatment."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime, tzinfo

from rules.models import Appointment, Prescription, Treatment
from state import appointments as appointment_store
from state import audit
from state.db import transaction
from state.timefmt import from_db, to_db


def _load(conn: sqlite3.Connection, rows: list[sqlite3.Row]) -> list[Prescription]:
    visits: dict[int, list[date]] = {}
    ids = [r["id"] for r in rows]
    if ids:
        marks = ",".join("?" * len(ids))
        for v in conn.execute(
            f"SELECT prescription_id, day FROM prescription_visits"
            f" WHERE prescription_id IN ({marks}) ORDER BY day",
            ids,
        ):
            visits.setdefault(v["prescription_id"], []).append(date.fromisoformat(v["day"]))
    return [
        Prescription(
            id=r["id"],
            patient_id=r["patient_id"],
            treatment=Treatment(r["treatment"]),
            units=r["units"],
            issued_on=date.fromisoformat(r["issued_on"]),
            reference=r["reference"],
            in_person=tuple(visits.get(r["id"], ())),
        )
        for r in rows
    ]


def add(
    conn: sqlite3.Connection,
    *,
    patient_id: int,
    treatment: Treatment,
    units: int,
    issued_on: date,
    reference: str | None,
    now: datetime,
) -> int:
    with transaction(conn):
        cursor = conn.execute(
            "INSERT INTO prescriptions (patient_id, treatment, units, issued_on, reference,"
            " created_at) VALUES (?, ?, ?, ?, ?, ?)",
            (patient_id, treatment.value, units, issued_on.isoformat(), reference, to_db(now)),
        )
        prescription_id = int(cursor.lastrowid or 0)
        audit.record(
            conn, now=now, entity="prescription", entity_id=prescription_id, action="added"
        )
    return prescription_id


def get(conn: sqlite3.Connection, prescription_id: int) -> Prescription | None:
    rows = conn.execute("SELECT * FROM prescriptions WHERE id = ?", (prescription_id,)).fetchall()
    found = _load(conn, rows)
    return found[0] if found else None


def add_visit(
    conn: sqlite3.Connection,
    prescription_id: int,
    day: date,
    *,
    now: datetime,
    external_id: str | None = None,
) -> bool:
    """Record a treatment given in person (inside the caller's transaction, or its own);
    False when that day was recorded already."""
    with transaction(conn):
        cursor = conn.execute(
            "INSERT OR IGNORE INTO prescription_visits (prescription_id, day, external_id,"
            " created_at) VALUES (?, ?, ?, ?)",
            (prescription_id, day.isoformat(), external_id, to_db(now)),
        )
        if cursor.rowcount == 0:
            return False
        audit.record(
            conn, now=now, entity="prescription", entity_id=prescription_id, action="in_person"
        )
    return True


def list_all(conn: sqlite3.Connection, patient_id: int | None = None) -> list[Prescription]:
    if patient_id is None:
        rows = conn.execute("SELECT * FROM prescriptions ORDER BY id").fetchall()
    else:
        rows = conn.execute(
            "SELECT * FROM prescriptions WHERE patient_id = ? ORDER BY id", (patient_id,)
        ).fetchall()
    return _load(conn, rows)


def appointments_of(conn: sqlite3.Connection, prescription_id: int) -> list[Appointment]:
    """The appointments booked against a prescription, cancelled ones included."""
    return appointment_store.for_prescription(conn, prescription_id)


def link(conn: sqlite3.Connection, appointment_id: int, prescription_id: int) -> None:
    """Book an appointment against a prescription (inside the caller's transaction)."""
    conn.execute(
        "UPDATE appointments SET prescription_id = ? WHERE id = ?",
        (prescription_id, appointment_id),
    )


def record_consent(conn: sqlite3.Connection, patient_id: int, day: date, *, now: datetime) -> None:
    with transaction(conn):
        conn.execute(
            "INSERT INTO telemedicine_consent (patient_id, received_on, recorded_at)"
            " VALUES (?, ?, ?) ON CONFLICT (patient_id) DO UPDATE SET"
            " received_on = excluded.received_on, recorded_at = excluded.recorded_at",
            (patient_id, day.isoformat(), to_db(now)),
        )
        audit.record(
            conn, now=now, entity="patient", entity_id=patient_id, action="telemedicine_consent"
        )


def consent_on(
    conn: sqlite3.Connection, patient_id: int, *, form_key: str, zone: tzinfo | None
) -> date | None:
    """The earliest day the patient's written consent to video treatment is on file:
    recorded by staff (`prescriptions consent`) or received as the consent form by mail."""
    days: list[date] = []
    row = conn.execute(
        "SELECT received_on FROM telemedicine_consent WHERE patient_id = ?", (patient_id,)
    ).fetchone()
    if row is not None:
        days.append(date.fromisoformat(row["received_on"]))
    form = conn.execute(
        "SELECT MIN(received_at) AS at FROM forms_received WHERE patient_id = ? AND form_key = ?",
        (patient_id, form_key),
    ).fetchone()
    if form is not None and form["at"]:
        days.append(from_db(form["at"]).astimezone(zone).date())
    return min(days) if days else None
