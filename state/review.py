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
    resolved_by: str | None = None  # RESOLVED_BY_* once resolved

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
        resolved_by=r["resolved_by"],
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


RESOLVED_BY_CLI = "cli"
RESOLVED_BY_MAILBOX = "mailbox"  # staff unflagged the mail or moved it out of the inbox
RESOLVED_BY_STAFF_MAIL = "staff_mail"  # a command staff mailed ("erledigt 12")


def resolve(
    conn: sqlite3.Connection, item_id: int, *, now: datetime, by: str = RESOLVED_BY_CLI
) -> bool:
    """Mark done; False when it was resolved already."""
    with transaction(conn):
        cursor = conn.execute(
            "UPDATE review_items SET resolved_at = ?, resolved_by = ?"
            " WHERE id = ? AND resolved_at IS NULL",
            (to_db(now), by, item_id),
        )
        if cursor.rowcount:
            audit.record(conn, now=now, entity="review", entity_id=item_id, action=f"resolved:{by}")
    return bool(cursor.rowcount)


def reopen(conn: sqlite3.Connection, item_id: int, *, now: datetime) -> bool:
    """Open again an item staff closed in their mail program (they flagged the mail
    again); an item closed any other way stays closed. False when nothing changed."""
    with transaction(conn):
        cursor = conn.execute(
            "UPDATE review_items SET resolved_at = NULL, resolved_by = NULL"
            " WHERE id = ? AND resolved_by = ?",
            (item_id, RESOLVED_BY_MAILBOX),
        )
        if cursor.rowcount:
            audit.record(conn, now=now, entity="review", entity_id=item_id, action="reopened")
    return bool(cursor.rowcount)


@dataclass(frozen=True, slots=True, kw_only=True)
class WatchedMail:
    """A review item about a mail the worker flagged, with where its copies sit now."""

    item_id: int
    resolved: bool  # resolved in the mailbox (a re-flag reopens it)
    copies: tuple[tuple[int, int | None, str], ...]  # (uidvalidity, uid, source_key)


def watched_mails(
    conn: sqlite3.Connection, mailbox: str, *, resolved_since: datetime
) -> list[WatchedMail]:
    """Items whose mail's flag staff may change: open mail items, and those staff
    resolved in their mail program since `resolved_since`. Only copies the worker has
    flagged already (`tidied`) count: before that, an unflagged mail means nothing.
    A copy is the item's mail itself or the same mail seen again under another key
    (a renumbered folder); one query for all (index review_open, then primary keys)."""
    rows = conn.execute(
        "SELECT r.id AS item_id, r.resolved_at, i.uidvalidity, i.uid, i.source_key"
        " FROM review_items r"
        " JOIN inbound_messages i ON (i.id = r.inbound_id OR i.duplicate_of = r.inbound_id)"
        " WHERE r.kind = 'mail' AND r.inbound_id IS NOT NULL"
        " AND (r.resolved_at IS NULL OR (r.resolved_by = ? AND r.resolved_at >= ?))"
        " AND i.mailbox = ? AND i.tidied = 1 AND i.status != 'processed'"
        " ORDER BY r.id, i.id",
        (RESOLVED_BY_MAILBOX, to_db(resolved_since), mailbox),
    )
    found: dict[int, WatchedMail] = {}
    for r in rows:
        copy = (int(r["uidvalidity"]), r["uid"], str(r["source_key"]))
        known = found.get(r["item_id"])
        found[r["item_id"]] = WatchedMail(
            item_id=r["item_id"],
            resolved=r["resolved_at"] is not None,
            copies=(*known.copies, copy) if known else (copy,),
        )
    return list(found.values())
