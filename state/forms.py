"""Patient forms on file (one row per received document)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from state import audit
from state.timefmt import from_db, to_db


@dataclass(frozen=True, slots=True, kw_only=True)
class ReceivedForm:
    id: int
    patient_id: int
    form_key: str
    received_at: datetime
    stored_name: str | None
    original_name: str
    sniffed_type: str | None
    size: int
    sha256: str


def _from_row(r: sqlite3.Row) -> ReceivedForm:
    return ReceivedForm(
        id=r["id"],
        patient_id=r["patient_id"],
        form_key=r["form_key"],
        received_at=from_db(r["received_at"]),
        stored_name=r["stored_name"],
        original_name=r["original_name"],
        sniffed_type=r["sniffed_type"],
        size=r["size"],
        sha256=r["sha256"],
    )


def add(
    conn: sqlite3.Connection,
    *,
    patient_id: int,
    form_key: str,
    received_at: datetime,
    inbound_id: int | None,
    stored_name: str | None,
    original_name: str,
    sniffed_type: str | None,
    size: int,
    sha256: str,
    now: datetime,
) -> bool:
    """Record a document; the same file from the same patient is recorded once."""
    cursor = conn.execute(
        "INSERT OR IGNORE INTO forms_received (patient_id, form_key, received_at, inbound_id,"
        " stored_name, original_name, sniffed_type, size, sha256)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            patient_id,
            form_key,
            to_db(received_at),
            inbound_id,
            stored_name,
            original_name,
            sniffed_type,
            size,
            sha256,
        ),
    )
    if cursor.rowcount:
        audit.record(
            conn,
            now=now,
            entity="patient",
            entity_id=patient_id,
            action=f"form_received:{form_key}",
            evidence=f"sha256={sha256} inbound={inbound_id}",
        )
    return bool(cursor.rowcount)


def for_patient(conn: sqlite3.Connection, patient_id: int) -> list[ReceivedForm]:
    rows = conn.execute(
        "SELECT * FROM forms_received WHERE patient_id = ? ORDER BY received_at, id",
        (patient_id,),
    )
    return [_from_row(r) for r in rows]


def keys_by_patient(
    conn: sqlite3.Connection, patient_ids: Iterable[int]
) -> dict[int, frozenset[str]]:
    """Which form keys each patient has on file ("unclassified" does not count)."""
    wanted = sorted(set(patient_ids))
    found: dict[int, set[str]] = {p: set() for p in wanted}
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        marks = ",".join("?" * len(chunk))
        for r in conn.execute(
            "SELECT DISTINCT patient_id, form_key FROM forms_received"
            f" WHERE patient_id IN ({marks}) AND form_key != 'unclassified'",
            chunk,
        ):
            found[r["patient_id"]].add(r["form_key"])
    return {p: frozenset(keys) for p, keys in found.items()}


UNCLASSIFIED = "unclassified"


def unclassified_of_mail(conn: sqlite3.Connection, inbound_id: int) -> list[ReceivedForm]:
    """The documents of one mail that matched no form (they went to staff)."""
    rows = conn.execute(
        "SELECT * FROM forms_received WHERE inbound_id = ? AND form_key = ? ORDER BY id",
        (inbound_id, UNCLASSIFIED),
    )
    return [_from_row(r) for r in rows]


def assign(
    conn: sqlite3.Connection, form_id: int, form_key: str, *, now: datetime, evidence: str
) -> bool:
    """Staff say an unclassified document is the form `form_key`; False if it was
    assigned already."""
    cursor = conn.execute(
        "UPDATE forms_received SET form_key = ? WHERE id = ? AND form_key = ?",
        (form_key, form_id, UNCLASSIFIED),
    )
    if cursor.rowcount:
        row = conn.execute(
            "SELECT patient_id FROM forms_received WHERE id = ?", (form_id,)
        ).fetchone()
        audit.record(
            conn,
            now=now,
            entity="patient",
            entity_id=row["patient_id"],
            action=f"form_assigned:{form_key}",
            evidence=f"form={form_id} {evidence}",
        )
    return bool(cursor.rowcount)
