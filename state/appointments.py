"""Appointments, with their confirmation (if any) joined in."""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from rules.models import Appointment, AppointmentStatus, Kind, Treatment
from state import audit, review
from state.db import transaction
from state.timefmt import from_db, from_db_opt, to_db

# An appointment is on hold while a mail of its patient that asks to cancel or move an
# appointment waits for staff (its review item is open), for every appointment from three
# days before that mail was read (a retroactive "konnte gestern nicht") to 31 days after
# it (the item's time: a mail's own Date may lie); which one the patient meant is for a
# person to read. Derived, so resolving the item (review resolve, unflagging the mail,
# the staff command "erledigt") releases the hold. A mail from an address several patients
# share that could be about any of them holds the appointments of each.
_ON_HOLD = """
    EXISTS (
        SELECT 1 FROM review_items r JOIN inbound_messages i ON i.id = r.inbound_id
         WHERE r.resolved_at IS NULL
           -- the items of this patient, or of a shared address that may mean them; as
           -- an IN over two indexed lookups (an OR here scanned every open item)
           AND r.id IN (SELECT o.id FROM review_items o
                         WHERE o.patient_id = a.patient_id AND o.resolved_at IS NULL
                        UNION ALL
                        SELECT x.review_id FROM review_item_patients x
                         WHERE x.patient_id = a.patient_id)
           AND (',' || i.categories || ',' LIKE '%,cancellation,%'
                OR ',' || i.categories || ',' LIKE '%,reschedule,%')
           AND julianday(a.start_at) >= julianday(r.created_at) - 3
           AND julianday(a.start_at) <= julianday(r.created_at) + 31
           AND (a.hold_released_at IS NULL OR r.created_at > a.hold_released_at)
    )
"""
_SELECT = f"""
    SELECT a.id, a.external_id, a.patient_id, a.start_at, a.end_at, a.kind, a.treatment,
           a.status, a.video_link, a.link_version, a.created_at, a.moved_at, a.prescription_id,
           c.recorded_at AS confirmed_at, c.message_id AS confirmed_by_message_id,
           {_ON_HOLD} AS on_hold
      FROM appointments a
      LEFT JOIN confirmations c ON c.appointment_id = a.id
"""


class Upsert(StrEnum):
    ADDED = "added"
    UPDATED = "updated"
    UNCHANGED = "unchanged"
    # The file row changed after staff cancelled here: stays cancelled, staff are told.
    KEPT_CANCELLED = "kept_cancelled"


@dataclass(frozen=True, slots=True, kw_only=True)
class Booking:
    """The facts of one booking, as the practice gives them (CLI, CSV, iCalendar)."""

    patient_id: int
    start: datetime
    end: datetime
    kind: Kind
    treatment: Treatment
    external_id: str | None = None
    video_link: str | None = None
    cancelled: bool = False
    # Staff's own booking on the command line (`appointments add`), not a file row: it
    # applies as given and counts as a local edit against the file.
    local: bool = False


def _from_row(r: sqlite3.Row) -> Appointment:
    return Appointment(
        id=r["id"],
        external_id=r["external_id"],
        patient_id=r["patient_id"],
        start=from_db(r["start_at"]),
        end=from_db(r["end_at"]),
        kind=Kind(r["kind"]),
        treatment=Treatment(r["treatment"]),
        status=AppointmentStatus(r["status"]),
        video_link=r["video_link"],
        link_version=r["link_version"],
        prescription_id=r["prescription_id"],
        created_at=from_db(r["created_at"]),
        moved_at=from_db_opt(r["moved_at"]),
        confirmed_at=from_db_opt(r["confirmed_at"]),
        confirmed_by_message_id=r["confirmed_by_message_id"],
        on_hold=bool(r["on_hold"]),
    )


def unconfirmed_between(
    conn: sqlite3.Connection, *, start: datetime, end: datetime, ended_by: datetime
) -> list[Appointment]:
    """Held appointments starting in [start, end), ended by `ended_by`, without a
    confirmation on record, oldest first."""
    rows = conn.execute(
        f"{_SELECT} WHERE a.start_at >= ? AND a.start_at < ? AND a.end_at <= ?"
        " AND a.status = 'scheduled' AND c.appointment_id IS NULL ORDER BY a.start_at, a.id",
        (to_db(start), to_db(end), to_db(ended_by)),
    )
    return [_from_row(r) for r in rows]


def get(conn: sqlite3.Connection, appointment_id: int) -> Appointment | None:
    row = conn.execute(f"{_SELECT} WHERE a.id = ?", (appointment_id,)).fetchone()
    return None if row is None else _from_row(row)


def by_external_id(conn: sqlite3.Connection, external_id: str) -> Appointment | None:
    row = conn.execute(f"{_SELECT} WHERE a.external_id = ?", (external_id,)).fetchone()
    return None if row is None else _from_row(row)


def by_external_ids(
    conn: sqlite3.Connection, external_ids: Iterable[str]
) -> dict[str, Appointment]:
    """external id -> appointment, for those of `external_ids` that are stored (a calendar
    sync asks for every event it ever delivered: 500 ids a query, not one each)."""
    wanted = sorted(set(external_ids))
    found: dict[str, Appointment] = {}
    for first in range(0, len(wanted), 500):
        chunk = wanted[first : first + 500]
        marks = ",".join("?" * len(chunk))
        for row in conn.execute(f"{_SELECT} WHERE a.external_id IN ({marks})", chunk):
            found[row["external_id"]] = _from_row(row)
    return found


def for_prescription(conn: sqlite3.Connection, prescription_id: int) -> list[Appointment]:
    """The appointments booked against a prescription, cancelled ones included."""
    rows = conn.execute(
        f"{_SELECT} WHERE a.prescription_id = ? ORDER BY a.start_at", (prescription_id,)
    )
    return [_from_row(r) for r in rows]


def for_patient(conn: sqlite3.Connection, patient_id: int) -> list[Appointment]:
    rows = conn.execute(f"{_SELECT} WHERE a.patient_id = ? ORDER BY a.start_at", (patient_id,))
    return [_from_row(r) for r in rows]


def for_patients(conn: sqlite3.Connection, patient_ids: Iterable[int]) -> list[Appointment]:
    wanted = sorted(set(patient_ids))
    result: list[Appointment] = []
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        marks = ",".join("?" * len(chunk))
        rows = conn.execute(f"{_SELECT} WHERE a.patient_id IN ({marks}) ORDER BY a.start_at", chunk)
        result.extend(_from_row(r) for r in rows)
    return result


def between(
    conn: sqlite3.Connection, start: datetime | None, end: datetime | None
) -> list[Appointment]:
    """Appointments starting in [start, end) (either bound may be open), by start."""
    clauses, params = [], []
    if start is not None:
        clauses.append("a.start_at >= ?")
        params.append(to_db(start))
    if end is not None:
        clauses.append("a.start_at < ?")
        params.append(to_db(end))
    where = f" WHERE {' AND '.join(clauses)}" if clauses else ""
    rows = conn.execute(f"{_SELECT}{where} ORDER BY a.start_at, a.id", params)
    return [_from_row(r) for r in rows]


def upsert(
    conn: sqlite3.Connection, booking: Booking, *, now: datetime
) -> tuple[Appointment, Upsert]:
    """Add the booking, or update the appointment with the same external id.

    Importing the same file twice changes nothing; a changed link bumps link_version so
    the patient is sent the new one. Practice rule (issue 13): staff's own edits here
    (`cancel`, `set_link`) win over the file until the file row itself changes; then the
    file's row applies, except that a cancellation made here is never undone by it: the
    appointment stays cancelled and a review item tells staff.
    """
    row = _source_row(booking)
    with transaction(conn):
        existing = (
            by_external_id(conn, booking.external_id) if booking.external_id is not None else None
        )
        status = AppointmentStatus.CANCELLED if booking.cancelled else AppointmentStatus.SCHEDULED
        if existing is None:
            cursor = conn.execute(
                "INSERT INTO appointments (external_id, patient_id, start_at, end_at, kind,"
                " treatment, status, video_link, link_version, created_at, updated_at,"
                " source_row) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    booking.external_id,
                    booking.patient_id,
                    to_db(booking.start),
                    to_db(booking.end),
                    booking.kind.value,
                    booking.treatment.value,
                    status.value,
                    booking.video_link,
                    1 if booking.video_link else 0,
                    to_db(now),
                    to_db(now),
                    row,
                ),
            )
            appointment_id = int(cursor.lastrowid or 0)
            audit.record(
                conn, now=now, entity="appointment", entity_id=appointment_id, action="booked"
            )
            outcome = Upsert.ADDED
        else:
            appointment_id = existing.id
            source_row, edited_locally = conn.execute(
                "SELECT source_row, edited_locally FROM appointments WHERE id = ?",
                (appointment_id,),
            ).fetchone()
            if booking.local:
                conn.execute(
                    "UPDATE appointments SET edited_locally = 1 WHERE id = ?", (appointment_id,)
                )
            elif edited_locally and source_row in (None, row):
                # Staff's edit stands while the file row is the one it was made against
                # (an edit from before version 10 takes this row as its baseline).
                if source_row is None:
                    conn.execute(
                        "UPDATE appointments SET source_row = ? WHERE id = ?",
                        (row, appointment_id),
                    )
                return existing, Upsert.UNCHANGED
            elif (
                edited_locally
                and existing.status is AppointmentStatus.CANCELLED
                and not booking.cancelled
            ):
                return _keep_cancelled(conn, existing, row, now=now), Upsert.KEPT_CANCELLED
            elif source_row != row:
                conn.execute(
                    "UPDATE appointments SET source_row = ?, edited_locally = 0 WHERE id = ?",
                    (row, appointment_id),
                )
            changed = (
                existing.patient_id != booking.patient_id
                or existing.start != booking.start
                or existing.end != booking.end
                or existing.kind is not booking.kind
                or existing.treatment is not booking.treatment
                or existing.status is not status
                or (existing.video_link or None) != (booking.video_link or None)
            )
            if not changed:
                return existing, Upsert.UNCHANGED
            link_version = existing.link_version
            if booking.video_link and booking.video_link != existing.video_link:
                link_version += 1
            # A new start time: its reminders are owed afresh (rules.due, `moved_at`).
            moved_at = now if booking.start != existing.start else existing.moved_at
            conn.execute(
                "UPDATE appointments SET patient_id = ?, start_at = ?, end_at = ?, kind = ?,"
                " treatment = ?, status = ?, video_link = ?, link_version = ?, updated_at = ?,"
                " moved_at = ? WHERE id = ?",
                (
                    booking.patient_id,
                    to_db(booking.start),
                    to_db(booking.end),
                    booking.kind.value,
                    booking.treatment.value,
                    status.value,
                    booking.video_link,
                    link_version,
                    to_db(now),
                    to_db(moved_at) if moved_at is not None else None,
                    appointment_id,
                ),
            )
            if existing.is_held and status is AppointmentStatus.CANCELLED:
                _expire_pending_mail(conn, appointment_id)
            audit.record(
                conn, now=now, entity="appointment", entity_id=appointment_id, action="updated"
            )
            outcome = Upsert.UPDATED
        appointment = get(conn, appointment_id)
    assert appointment is not None
    return appointment, outcome


def _source_row(booking: Booking) -> str:
    """The facts of a booking as one comparable text: what "the file row changed" means."""
    return "|".join(
        (
            str(booking.patient_id),
            to_db(booking.start),
            to_db(booking.end),
            booking.kind.value,
            booking.treatment.value,
            "cancelled" if booking.cancelled else "scheduled",
            booking.video_link or "",
        )
    )


def _keep_cancelled(
    conn: sqlite3.Connection, existing: Appointment, row: str, *, now: datetime
) -> Appointment:
    """The file row changed after staff cancelled here: never resurrected silently."""
    conn.execute(
        "UPDATE appointments SET source_row = ? WHERE id = ?",
        (row, existing.id),
    )
    review.add(
        conn,
        kind="import",
        dedup_key=f"import:kept_cancelled:{existing.id}:{hashlib.sha256(row.encode()).hexdigest()[:16]}",
        reason=(
            f"Termin {existing.id} ist hier abgesagt, aber seine Zeile in der Terminliste "
            "wurde seitdem geändert und nennt ihn nicht als abgesagt. Er bleibt abgesagt; "
            "bitte prüfen und ggf. neu anlegen."
        ),
        patient_id=existing.patient_id,
        now=now,
    )
    audit.record(
        conn, now=now, entity="appointment", entity_id=existing.id, action="kept_cancelled"
    )
    return existing


def cancel(conn: sqlite3.Connection, appointment_id: int, *, now: datetime) -> bool:
    """Cancel; returns False when it was cancelled already."""
    with transaction(conn):
        cursor = conn.execute(
            "UPDATE appointments SET status = 'cancelled', edited_locally = 1, updated_at = ?"
            " WHERE id = ? AND status = 'scheduled'",
            (to_db(now), appointment_id),
        )
        if cursor.rowcount:
            audit.record(
                conn, now=now, entity="appointment", entity_id=appointment_id, action="cancelled"
            )
            _expire_pending_mail(conn, appointment_id)
    return bool(cursor.rowcount)


def _expire_pending_mail(conn: sqlite3.Connection, appointment_id: int) -> None:
    """Mail about a cancelled appointment still waiting in the outbox (an SMTP retry, a
    row stored just before) must not go out now: no reminder or link for it."""
    conn.execute(
        "UPDATE outbox SET status = 'expired', last_error = 'appointment cancelled'"
        " WHERE appointment_id = ? AND status = 'pending'"
        " AND kind != 'appointment_cancelled'",
        (appointment_id,),
    )


def series_sessions(conn: sqlite3.Connection, uid: str) -> list[Appointment]:
    """The appointments imported from the calendar series `uid`: external id UID (its
    first session) or UID#RECURRENCE-ID (worker/adapters/booking_files.py)."""
    prefix = f"{uid}#"
    rows = conn.execute(
        f"{_SELECT} WHERE a.external_id = ? OR substr(a.external_id, 1, ?) = ?"
        " ORDER BY a.start_at, a.id",
        (uid, len(prefix), prefix),
    )
    return [_from_row(r) for r in rows]


def release_hold(conn: sqlite3.Connection, appointment_id: int, *, now: datetime) -> bool:
    """Staff decided: the appointment takes place as booked although a mail of the patient
    asked to cancel or move one. Returns False when it was not on hold."""
    with transaction(conn):
        appointment = get(conn, appointment_id)
        if appointment is None or not appointment.on_hold:
            return False
        conn.execute(
            "UPDATE appointments SET hold_released_at = ?, updated_at = ? WHERE id = ?",
            (to_db(now), to_db(now), appointment_id),
        )
        audit.record(
            conn, now=now, entity="appointment", entity_id=appointment_id, action="hold_released"
        )
    return True


def set_link(conn: sqlite3.Connection, appointment_id: int, link: str, *, now: datetime) -> bool:
    """Set the video link; a different link bumps link_version. Returns whether it changed."""
    with transaction(conn):
        cursor = conn.execute(
            "UPDATE appointments SET video_link = ?, link_version = link_version + 1,"
            " edited_locally = 1, updated_at = ? WHERE id = ? AND COALESCE(video_link, '') != ?",
            (link, to_db(now), appointment_id, link),
        )
        if cursor.rowcount:
            audit.record(
                conn, now=now, entity="appointment", entity_id=appointment_id, action="link_set"
            )
    return bool(cursor.rowcount)
