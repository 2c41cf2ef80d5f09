"""Everything held on one patient, for a data-subject request (GDPR Art. 15)."""

from __future__ import annotations

import email
import email.policy
import sqlite3
from email.message import EmailMessage
from typing import Any


def _rows(conn: sqlite3.Connection, sql: str, params: tuple[Any, ...]) -> list[dict[str, Any]]:
    return [dict(r) for r in conn.execute(sql, params)]


def _text_of(raw: bytes) -> str:
    message = email.message_from_bytes(raw, policy=email.policy.default)
    if not isinstance(message, EmailMessage):
        return ""
    body = message.get_body(preferencelist=("plain",))
    return body.get_content() if body is not None else ""


def patient_record(conn: sqlite3.Connection, patient_id: int) -> dict[str, Any] | None:
    patient = conn.execute("SELECT * FROM patients WHERE id = ?", (patient_id,)).fetchone()
    if patient is None:
        return None
    appointments = _rows(
        conn, "SELECT * FROM appointments WHERE patient_id = ? ORDER BY start_at", (patient_id,)
    )
    appointment_ids = tuple(a["id"] for a in appointments)
    outbox = _rows(
        conn,
        "SELECT id, kind, recipient, subject, message_id, status, attempts, created_at,"
        " sent_at, last_error, raw FROM outbox WHERE patient_id = ? ORDER BY id",
        (patient_id,),
    )
    for row in outbox:
        row["text"] = _text_of(row.pop("raw"))
    marks = ",".join("?" * len(appointment_ids))
    audit_rows = _rows(
        conn,
        "SELECT at, entity, entity_id, action, evidence FROM audit_log WHERE"
        " (entity = 'patient' AND entity_id = ?)"
        + (f" OR (entity = 'appointment' AND entity_id IN ({marks}))" if appointment_ids else "")
        + " ORDER BY id",
        (patient_id, *appointment_ids),
    )
    return {
        "patient": dict(patient),
        "addresses": _rows(
            conn,
            "SELECT address, position, undeliverable_at, undeliverable_reason"
            " FROM patient_addresses WHERE patient_id = ? ORDER BY position",
            (patient_id,),
        ),
        "appointments": appointments,
        "confirmations": _rows(
            conn, "SELECT * FROM confirmations WHERE patient_id = ? ORDER BY day", (patient_id,)
        ),
        "documents": _rows(
            conn, "SELECT * FROM forms_received WHERE patient_id = ? ORDER BY id", (patient_id,)
        ),
        "incoming_mail": _rows(
            conn,
            "SELECT id, message_id, sha256, received_at, seen_at, status, categories"
            " FROM inbound_messages WHERE patient_id = ? ORDER BY id",
            (patient_id,),
        ),
        "outgoing_mail": outbox,
        "review_items": _rows(
            conn,
            "SELECT id, kind, subject, reason, created_at, resolved_at FROM review_items"
            " WHERE patient_id = ? ORDER BY id",
            (patient_id,),
        ),
        "audit_log": audit_rows,
        "prescriptions": _rows(
            conn, "SELECT * FROM prescriptions WHERE patient_id = ? ORDER BY id", (patient_id,)
        ),
        "treatments_in_person": _rows(
            conn,
            "SELECT v.prescription_id, v.day, v.external_id, v.created_at"
            " FROM prescription_visits v JOIN prescriptions p ON p.id = v.prescription_id"
            " WHERE p.patient_id = ? ORDER BY v.day",
            (patient_id,),
        ),
        "telemedicine_consent": _rows(
            conn,
            "SELECT received_on, recorded_at FROM telemedicine_consent WHERE patient_id = ?",
            (patient_id,),
        ),
    }
