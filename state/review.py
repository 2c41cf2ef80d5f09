"""Review items: what needs a person, with the reason in plain German."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime

from state import audit
from state.db import transaction
from state.timefmt import from_db, from_db_opt, to_db


@dataclass(frozen=True, slots=True, kw_only=True)
class ReviewItem:
    id: int
    kind: str
    message_id: str | None
    patient_id: int | None
    subject: str
    reason: str
    created_at: datetime
    resolved_at: datetime | None
    inbound_id: int | None

    @property
    def resolved(self) -> bool:
        return self.resolved_at is not None


def _from_row(r: sqlite3.Row) -> ReviewItem:
    return ReviewItem(
        id=r["id"],
        kind=r["kind"],
        message_id=r["message_id"],
        patient_id=r["patient_id"],
        subject=r["subject"],
        reason=r["reason"],
        created_at=from_db(r["created_at"]),
        resolved_at=from_db_opt(r["resolved_at"]),
        inbound_id=r["inbound_id"],
    )


def add(
    conn: sqlite3.Connection,
    *,
    kind: str,
    dedup_key: str,
    reason: str,
    now: datetime,
    subject: str = "",
    inbound_id: int | None = None,
    message_id: str | None = None,
    patient_id: int | None = None,
) -> int | None:
    """Open an item; the same dedup_key opens at most one. Returns the new id or None."""
    cursor = conn.execute(
        "INSERT OR IGNORE INTO review_items (kind, dedup_key, inbound_id, message_id,"
        " patient_id, subject, reason, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (kind, dedup_key, inbound_id, message_id, patient_id, subject, reason, to_db(now)),
    )
    if not cursor.rowcount:
        return None
    item_id = int(cursor.lastrowid or 0)
    audit.record(conn, now=now, entity="review", entity_id=item_id, action=f"opened:{kind}")
    return item_id


def list_items(conn: sqlite3.Connection, *, include_resolved: bool = True) -> list[ReviewItem]:
    where = "" if include_resolved else " WHERE resolved_at IS NULL"
    return [_from_row(r) for r in conn.execute(f"SELECT * FROM review_items{where} ORDER BY id")]


def get(conn: sqlite3.Connection, item_id: int) -> ReviewItem | None:
    row = conn.execute("SELECT * FROM review_items WHERE id = ?", (item_id,)).fetchone()
    return None if row is None else _from_row(row)


def resolve(conn: sqlite3.Connection, item_id: int, *, now: datetime) -> bool:
    """Mark done; False when it was resolved already."""
    with transaction(conn):
        cursor = conn.execute(
            "UPDATE review_items SET resolved_at = ? WHERE id = ? AND resolved_at IS NULL",
            (to_db(now), item_id),
        )
        if cursor.rowcount:
            audit.record(conn, now=now, entity="review", entity_id=item_id, action="resolved")
    return bool(cursor.rowcount)
