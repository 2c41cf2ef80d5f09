"""Patients and their registered addresses."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from datetime import datetime

from rules.models import Insurance, Patient
from state import audit
from state.db import transaction
from state.timefmt import to_db

_SELECT = "SELECT id, name, new_patient, insurance FROM patients"


def _load(conn: sqlite3.Connection, rows: Iterable[sqlite3.Row]) -> list[Patient]:
    rows = list(rows)
    if not rows:
        return []
    ids = [r["id"] for r in rows]
    addresses: dict[int, list[str]] = {i: [] for i in ids}
    undeliverable: dict[int, list[str]] = {i: [] for i in ids}
    for chunk_start in range(0, len(ids), 500):
        chunk = ids[chunk_start : chunk_start + 500]
        marks = ",".join("?" * len(chunk))
        for a in conn.execute(
            "SELECT patient_id, address, undeliverable_at FROM patient_addresses"
            f" WHERE patient_id IN ({marks}) ORDER BY patient_id, position, address",
            chunk,
        ):
            addresses[a["patient_id"]].append(a["address"])
            if a["undeliverable_at"] is not None:
                undeliverable[a["patient_id"]].append(a["address"])
    return [
        Patient(
            id=r["id"],
            name=r["name"],
            emails=tuple(addresses[r["id"]]),
            new_patient=bool(r["new_patient"]),
            insurance=Insurance(r["insurance"]),
            undeliverable=tuple(undeliverable[r["id"]]),
        )
        for r in rows
    ]


def get(conn: sqlite3.Connection, patient_id: int) -> Patient | None:
    found = _load(conn, conn.execute(f"{_SELECT} WHERE id = ?", (patient_id,)))
    return found[0] if found else None


def by_ids(conn: sqlite3.Connection, ids: Iterable[int]) -> dict[int, Patient]:
    wanted = sorted(set(ids))
    result: dict[int, Patient] = {}
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        marks = ",".join("?" * len(chunk))
        for p in _load(conn, conn.execute(f"{_SELECT} WHERE id IN ({marks})", chunk)):
            result[p.id] = p
    return result


def find_by_address(conn: sqlite3.Connection, address: str) -> Patient | None:
    """The first patient registered with this address (of several, the oldest)."""
    found = at_address(conn, address)
    return found[0] if found else None


def at_address(conn: sqlite3.Connection, address: str) -> list[Patient]:
    """Every patient registered with this address (a family may share one), oldest first."""
    return _load(
        conn,
        conn.execute(
            f"{_SELECT} WHERE id IN (SELECT patient_id FROM patient_addresses WHERE address = ?)"
            " ORDER BY id",
            (address.lower(),),
        ),
    )


def find(conn: sqlite3.Connection, *, address: str, name: str) -> Patient | None:
    """The patient with this name at this address (name ignoring case and blanks)."""
    wanted = " ".join(name.split()).casefold()
    return next(
        (p for p in at_address(conn, address) if " ".join(p.name.split()).casefold() == wanted),
        None,
    )


def named(conn: sqlite3.Connection, name: str) -> list[Patient]:
    """Patients whose name equals `name`, ignoring case and surrounding blanks."""
    cleaned = " ".join(name.split())
    if not cleaned:
        return []
    return _load(conn, conn.execute(f"{_SELECT} WHERE name = ? COLLATE NOCASE", (cleaned,)))


def list_all(conn: sqlite3.Connection) -> list[Patient]:
    return _load(conn, conn.execute(f"{_SELECT} ORDER BY id"))


def register_for_booking(
    conn: sqlite3.Connection,
    *,
    name: str,
    email: str,
    insurance: Insurance,
    new_patient: bool,
    now: datetime,
) -> Patient:
    """The patient behind this booking, created or updated from the booking's facts.

    Identity is name + address (a parent and a child may share one address): a booking
    for a known name at a known address updates that patient's insurance and new-patient
    mark (the newest booking is the practice's word); another name on the address is
    another patient, never a rename of the one there.
    """
    address = email.lower()
    name = " ".join(name.split())
    with transaction(conn):
        existing = find(conn, address=address, name=name)
        if existing is None:
            cursor = conn.execute(
                "INSERT INTO patients (name, new_patient, insurance, created_at)"
                " VALUES (?, ?, ?, ?)",
                (name, int(new_patient), insurance.value, to_db(now)),
            )
            patient_id = int(cursor.lastrowid or 0)
            # A shared address that bounced bounces for the new patient on it too.
            bounced = conn.execute(
                "SELECT undeliverable_at, undeliverable_reason FROM patient_addresses"
                " WHERE address = ? AND undeliverable_at IS NOT NULL LIMIT 1",
                (address,),
            ).fetchone()
            conn.execute(
                "INSERT INTO patient_addresses (address, patient_id, position, undeliverable_at,"
                " undeliverable_reason) VALUES (?, ?, 0, ?, ?)",
                (address, patient_id, *(tuple(bounced) if bounced else (None, None))),
            )
            audit.record(conn, now=now, entity="patient", entity_id=patient_id, action="created")
        else:
            patient_id = existing.id
            if (existing.insurance, existing.new_patient) != (insurance, new_patient):
                conn.execute(
                    "UPDATE patients SET insurance = ?, new_patient = ? WHERE id = ?",
                    (insurance.value, int(new_patient), patient_id),
                )
                audit.record(
                    conn, now=now, entity="patient", entity_id=patient_id, action="updated"
                )
        patient = get(conn, patient_id)
    assert patient is not None
    return patient


def add_address(conn: sqlite3.Connection, patient_id: int, address: str, *, now: datetime) -> None:
    """Register a further address (e.g. a spouse's) that may confirm for this patient."""
    with transaction(conn):
        position = conn.execute(
            "SELECT COALESCE(MAX(position), -1) + 1 FROM patient_addresses WHERE patient_id = ?",
            (patient_id,),
        ).fetchone()[0]
        conn.execute(
            "INSERT INTO patient_addresses (address, patient_id, position) VALUES (?, ?, ?)",
            (address.lower(), patient_id, position),
        )
        audit.record(conn, now=now, entity="patient", entity_id=patient_id, action="address_added")


def clear_undeliverable(conn: sqlite3.Connection, address: str, *, now: datetime) -> int | None:
    """Send to this address again (it bounced by mistake), for every patient on it; the
    (first) patient id, or None."""
    with transaction(conn):
        row = conn.execute(
            "SELECT patient_id FROM patient_addresses WHERE address = ? ORDER BY patient_id",
            (address.lower(),),
        ).fetchone()
        if row is None:
            return None
        conn.execute(
            "UPDATE patient_addresses SET undeliverable_at = NULL, undeliverable_reason = NULL"
            " WHERE address = ?",
            (address.lower(),),
        )
        audit.record(
            conn,
            now=now,
            entity="patient",
            entity_id=row["patient_id"],
            action="address_reactivated",
        )
        return int(row["patient_id"])


def mark_undeliverable(
    conn: sqlite3.Connection, address: str, *, reason: str, now: datetime
) -> int | None:
    """Record a hard bounce (for every patient on the address); returns the (first)
    patient id, or None for an unknown address."""
    with transaction(conn):
        row = conn.execute(
            "SELECT patient_id, undeliverable_at FROM patient_addresses WHERE address = ?"
            " ORDER BY undeliverable_at IS NOT NULL, patient_id",
            (address.lower(),),
        ).fetchone()
        if row is None:
            return None
        if row["undeliverable_at"] is None:
            conn.execute(
                "UPDATE patient_addresses SET undeliverable_at = ?, undeliverable_reason = ?"
                " WHERE address = ? AND undeliverable_at IS NULL",
                (to_db(now), reason, address.lower()),
            )
            audit.record(
                conn,
                now=now,
                entity="patient",
                entity_id=row["patient_id"],
                action="address_undeliverable",
                evidence=reason,
            )
        return int(row["patient_id"])
