"""Reading the slice of the state the due-mail planner needs, bounded by time.

Only held appointments that started after now - CONFIRMATION_LOOKBACK (and every
future one) are read, plus confirmations recorded within RECEIPT_WINDOW, so a store
with years of history costs no more per cycle than one with a month.
"""

from __future__ import annotations

import sqlite3
from datetime import date, datetime, timedelta

from rules.due import CONFIRMATION_LOOKBACK, RECEIPT_WINDOW, PlanningInput, RecordedConfirmation
from rules.models import PATIENT_KINDS
from state import appointments, forms, outbox, patients
from state.timefmt import from_db, to_db

# Appointments last at most a day; reading a day more than the lookback is enough to see
# every appointment that *ended* inside it.
_LONGEST_APPOINTMENT = timedelta(days=1)


def recent_confirmations(
    conn: sqlite3.Connection, *, since: datetime
) -> tuple[RecordedConfirmation, ...]:
    rows = conn.execute(
        "SELECT appointment_id, patient_id, day, message_id, recorded_at FROM confirmations"
        " WHERE recorded_at >= ? ORDER BY recorded_at, id",
        (to_db(since),),
    )
    return tuple(
        RecordedConfirmation(
            appointment_id=r["appointment_id"],
            patient_id=r["patient_id"],
            day=date.fromisoformat(r["day"]),
            message_id=r["message_id"],
            recorded_at=from_db(r["recorded_at"]),
        )
        for r in rows
    )


def load_planning_input(conn: sqlite3.Connection, *, now: datetime) -> PlanningInput:
    """Everything `rules.due.plan_due_mail` needs at `now`, read in one snapshot."""
    # One deferred read transaction: a consistent snapshot across the queries, no write lock.
    own_snapshot = not conn.in_transaction
    if own_snapshot:
        conn.execute("BEGIN DEFERRED")
    try:
        window_start = now - CONFIRMATION_LOOKBACK - _LONGEST_APPOINTMENT
        held = [a for a in appointments.between(conn, window_start, None) if a.is_held]
        confirmations = recent_confirmations(conn, since=now - RECEIPT_WINDOW)
        patient_ids = {a.patient_id for a in held} | {c.patient_id for c in confirmations}
        subject_ids = {a.id for a in held} | {c.appointment_id for c in confirmations}
        return PlanningInput(
            patients=patients.by_ids(conn, patient_ids),
            appointments=tuple(held),
            forms_received=forms.keys_by_patient(conn, {a.patient_id for a in held}),
            confirmations=confirmations,
            thread_roots=outbox.thread_roots(
                conn, subject_ids, kinds=sorted(k.value for k in PATIENT_KINDS)
            ),
            already_planned=outbox.planned_keys(conn, subject_ids),
        )
    finally:
        if own_snapshot:
            conn.execute("COMMIT")
