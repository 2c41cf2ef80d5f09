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


def _from_row(r: sqlite3.Row) -> Prescription:
    first = r["first_in_person_on"]
    return Prescription(
        id=r["id"],
        patient_id=r["patient_id"],
        treatment=Treatment(r["treatment"]),
        units=r["units"],
        issued_on=date.fromisoformat(r["issued_on"]),
        reference=r["reference"],
        first_in_person_on=date.fromisoformat(first) if first else None,
    )


def add(
    conn: sqlite3.Connection,
    *,
    patient_id: int,
    treatment: Treatment,
    units: int,
    issued_on: date,
    reference: str | None,
    first_in_person_on: date | None,
    now: datetime,
) -> Prescription:
    with transaction(conn):
        cursor = conn.execute(
            "INSERT INTO prescriptions (patient_id, treatment, units, issued_on, reference,"
            " first_in_person_on, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                patient_id,
                treatment.value,
                units,
                issued_on.isoformat(),
                reference,
                first_in_person_on.isoformat() if first_in_person_on else None,
                to_db(now),
            ),
        )
        prescription_id = int(cursor.lastrowid or 0)
        audit.record(
            conn, now=now, entity="prescription", entity_id=prescription_id, action="added"
        )
    found = get(conn, prescription_id)
    assert found is not None
    return found


def get(conn: sqlite3.Connection, prescription_id: int) -> Prescription | None:
    row = conn.execute("SELECT * FROM prescriptions WHERE id = ?", (prescription_id,)).fetchone()
    return None if row is None else _from_row(row)


def list_all(conn: sqlite3.Connection, patient_id: int | None = None) -> list[Prescription]:
    if patient_id is None:
        rows = conn.execute("SELECT * FROM prescriptions ORDER BY id")
    else:
        rows = conn.execute(
            "SELECT * FROM prescriptions WHERE patient_id = ? ORDER BY id", (patient_id,)
        )
    return [_from_row(r) for r in rows]


def set_first_in_person(
    conn: sqlite3.Connection, prescription_id: int, day: date, *, now: datetime
) -> None:
    with transaction(conn):
        conn.execute(
            "UPDATE prescriptions SET first_in_person_on = ? WHERE id = ?",
            (day.isoformat(), prescription_id),
        )
        audit.record(
            conn,
            now=now,
            entity="prescription",
            entity_id=prescription_id,
            action="first_in_person",
        )


def appointments_of(conn: sqlite3.Connection, prescription_id: int) -> list[Appointment]:
    """The appointments booked against a prescription, cancelled ones included."""
    ids = [
        r["id"]
        for r in conn.execute(
            "SELECT id FROM appointments WHERE prescription_id = ? ORDER BY start_at",
            (prescription_id,),
        )
    ]
    found = (appointment_store.get(conn, i) for i in ids)
    return [a for a in found if a is not None]


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
