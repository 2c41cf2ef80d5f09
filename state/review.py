"""Review items: what needs a person, with the reason in plain German."""

from __future__ import annotations

import heapq
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime

from rules.models import ReviewNote
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
    could_be_about: Iterable[int] = (),
) -> int | None:
    """Open an item; the same dedup_key opens at most one. Returns the new id or None.

    `could_be_about`: the patients a mail from a shared address may concern, when it
    names no one of them (patient_id None)."""
    cursor = conn.execute(
        "INSERT OR IGNORE INTO review_items (kind, dedup_key, inbound_id, message_id,"
        " patient_id, subject, reason, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (kind, dedup_key, inbound_id, message_id, patient_id, subject, reason, to_db(now)),
    )
    if not cursor.rowcount:
        return None
    item_id = int(cursor.lastrowid or 0)
    conn.executemany(
        "INSERT OR IGNORE INTO review_item_patients (review_id, patient_id) VALUES (?, ?)",
        [(item_id, p) for p in sorted(set(could_be_about))],
    )
    audit.record(conn, now=now, entity="review", entity_id=item_id, action=f"opened:{kind}")
    return item_id


def add_note(conn: sqlite3.Connection, note: ReviewNote, *, now: datetime) -> int | None:
    """Open the item a rule asked for (`add`, from a rules.models.ReviewNote)."""
    return add(
        conn,
        kind=note.kind,
        dedup_key=note.dedup_key,
        reason=note.reason,
        patient_id=note.patient_id,
        now=now,
    )


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


def watched_mail_batches(
    conn: sqlite3.Connection, mailbox: str, *, resolved_since: datetime, size: int = 1000
) -> Iterator[list[WatchedMail]]:
    """Items whose mail's flag staff may change: open mail items, and those staff
    resolved in their mail program since `resolved_since`. Only copies the worker has
    flagged already (`tidied`) count: before that, an unflagged mail means nothing.
    A copy is the item's mail itself or the same mail seen again under another key
    (a renumbered folder). Every read goes by an index (review_open, the primary key,
    inbound_duplicate_of): the cost follows the open items, not the history.

    In batches of at most `size` items, by item id: a backlog's 17,500
    flagged mails are read, looked up and judged a batch at a time, never held at once
    (the open items page by page; those resolved in the mailbox lately are few). Each
    batch is read completely before it is yielded: the caller may resolve and reopen
    items between batches, and no item comes twice."""
    # One mail item per mail (dedup key "mail:<inbound id>"): open and resolved are apart.
    resolved = sorted(
        (int(r["id"]), int(r["inbound_id"]), True)
        for r in conn.execute(
            "SELECT id, inbound_id FROM review_items WHERE resolved_at >= ? AND resolved_by = ?"
            " AND kind = 'mail' AND inbound_id IS NOT NULL",
            (to_db(resolved_since), RESOLVED_BY_MAILBOX),
        )
    )
    resolved_ids = {item_id for item_id, _, _ in resolved}
    pending: list[tuple[int, int, bool]] = []
    for item in heapq.merge(_open_mail_items(conn, resolved_ids, size), resolved):
        pending.append(item)
        if len(pending) == size:
            if found := _watched(conn, mailbox, pending):
                yield found
            pending = []
    if pending and (found := _watched(conn, mailbox, pending)):
        yield found


def _open_mail_items(
    conn: sqlite3.Connection, skip: set[int], size: int
) -> Iterator[tuple[int, int, bool]]:
    """(item id, inbound id, False) of the open mail items by id, a page at a time (each
    page one complete query: nothing stays open while the caller writes)."""
    last = 0
    while True:
        page = conn.execute(
            "SELECT id, inbound_id FROM review_items WHERE resolved_at IS NULL"
            " AND kind = 'mail' AND inbound_id IS NOT NULL AND id > ? ORDER BY id LIMIT ?",
            (last, size),
        ).fetchall()
        for r in page:
            if r["id"] not in skip:  # reopened meanwhile: already watched as resolved
                yield int(r["id"]), int(r["inbound_id"]), False
        if len(page) < size:
            return
        last = int(page[-1]["id"])


def _watched(
    conn: sqlite3.Connection, mailbox: str, items: list[tuple[int, int, bool]]
) -> list[WatchedMail]:
    copies = _copies(conn, mailbox, [inbound_id for _, inbound_id, _ in items])
    return [
        WatchedMail(item_id=item_id, resolved=resolved, copies=tuple(copies[inbound_id]))
        for item_id, inbound_id, resolved in items
        if inbound_id in copies
    ]


def _copies(
    conn: sqlite3.Connection, mailbox: str, inbound_ids: list[int]
) -> dict[int, list[tuple[int, int | None, str]]]:
    """The tidied, unprocessed copies of these mails in `mailbox`: the mail itself and
    the same mail seen again under another key."""
    copies: dict[int, list[tuple[int, int | None, str]]] = {}
    wanted = sorted(inbound_ids)
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        marks = ",".join("?" * len(chunk))
        for column in ("id", "duplicate_of"):
            for r in conn.execute(
                "SELECT id, duplicate_of, uidvalidity, uid, source_key FROM inbound_messages"
                f" WHERE {column} IN ({marks}) AND +mailbox = ? AND tidied = 1"
                " AND status != 'processed'",
                (*chunk, mailbox),
            ):
                owner = r["id"] if column == "id" else r["duplicate_of"]
                copies.setdefault(owner, []).append(
                    (int(r["uidvalidity"]), r["uid"], str(r["source_key"]))
                )
    return copies
