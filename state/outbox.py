"""The outbox: every mail we send, written (with its final bytes and Message-ID) before
it is sent, under a unique idempotency key.

Life of a row: `pending` -> `sending` (just before the SMTP transaction) -> `sent`
(after the server's 250); a temporary failure puts it back to `pending` with a later
`next_attempt_at`; a permanent one makes it `failed`; a row whose use has passed
(`expires_at`) becomes `expired` and is never sent. `held` is for mail kept back on
purpose (e.g. the daily cap) until staff or a later cycle release it.

A crash between `sending` and `sent` leaves the row in `sending`; `requeue_interrupted`
at start-up puts such rows back to `pending` (at-least-once: the mail goes out again
with the same Message-ID, which receiving systems and our reply matching recognise).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from enum import StrEnum

from rules.models import DueMail, OutboxRef
from state import audit
from state.db import transaction
from state.timefmt import from_db, from_db_opt, to_db

_CHUNK = 500  # stays far below SQLite's bound-parameter limit


class OutboxStatus(StrEnum):
    PENDING = "pending"
    SENDING = "sending"
    SENT = "sent"
    FAILED = "failed"
    EXPIRED = "expired"
    HELD = "held"


# `outbox list --json` shows three states (DESIGN.md): what may still go out is pending,
# what will never go out is failed; the exact state is given beside it as "state".
_PUBLIC_STATUS = {
    OutboxStatus.PENDING: "pending",
    OutboxStatus.SENDING: "pending",
    OutboxStatus.HELD: "pending",
    OutboxStatus.SENT: "sent",
    OutboxStatus.FAILED: "failed",
    OutboxStatus.EXPIRED: "failed",
}


@dataclass(frozen=True, slots=True, kw_only=True)
class OutboxRow:
    id: int
    dedup_key: str
    kind: str
    recipient: str
    subject: str
    message_id: str
    raw: bytes
    appointment_id: int | None
    patient_id: int | None
    status: OutboxStatus
    attempts: int
    created_at: datetime
    next_attempt_at: datetime
    expires_at: datetime | None
    sent_at: datetime | None
    last_code: int | None
    last_error: str | None


_COLUMNS = (
    "id, dedup_key, kind, recipient, subject, message_id, raw, appointment_id, patient_id,"
    " status, attempts, created_at, next_attempt_at, expires_at, sent_at, last_code, last_error"
)


def _from_row(r: sqlite3.Row) -> OutboxRow:
    return OutboxRow(
        id=r["id"],
        dedup_key=r["dedup_key"],
        kind=r["kind"],
        recipient=r["recipient"],
        subject=r["subject"],
        message_id=r["message_id"],
        raw=bytes(r["raw"]),
        appointment_id=r["appointment_id"],
        patient_id=r["patient_id"],
        status=OutboxStatus(r["status"]),
        attempts=r["attempts"],
        created_at=from_db(r["created_at"]),
        next_attempt_at=from_db(r["next_attempt_at"]),
        expires_at=from_db_opt(r["expires_at"]),
        sent_at=from_db_opt(r["sent_at"]),
        last_code=r["last_code"],
        last_error=r["last_error"],
    )


def _chunks(values: Iterable[object]) -> Iterable[list[object]]:
    wanted = sorted(set(values), key=str)
    for start in range(0, len(wanted), _CHUNK):
        yield wanted[start : start + _CHUNK]


# --- writing ---------------------------------------------------------------------------


def add(
    conn: sqlite3.Connection,
    due: DueMail,
    *,
    subject: str,
    raw: bytes,
    message_id: str,
    now: datetime,
    status: OutboxStatus = OutboxStatus.PENDING,
) -> int | None:
    """Store a mail under its idempotency key; the new row id, or None if a mail with
    that key is already stored (nothing is changed then)."""
    with transaction(conn):
        cursor = conn.execute(
            "INSERT OR IGNORE INTO outbox (dedup_key, kind, recipient, subject, message_id, raw,"
            " appointment_id, patient_id, status, attempts, created_at, next_attempt_at,"
            " expires_at, covers, in_reply_to)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?)",
            (
                due.dedup_key,
                due.kind.value,
                due.recipient,
                subject,
                message_id,
                raw,
                due.appointment_id,
                due.patient_id,
                status.value,
                to_db(now),
                to_db(max(now, due.not_before)),
                None if due.expires_at is None else to_db(due.expires_at),
                ",".join(str(i) for i in due.covers),
                due.in_reply_to,
            ),
        )
        if not cursor.rowcount:
            return None
        row_id = cursor.lastrowid
        assert row_id is not None
        audit.record(
            conn,
            now=now,
            entity="outbox",
            entity_id=row_id,
            action="planned",
            evidence=due.dedup_key,
        )
    return row_id


def mark_sending(conn: sqlite3.Connection, row_id: int, *, now: datetime) -> bool:
    """Claim a pending row for one send attempt; False if it is no longer pending."""
    with transaction(conn):
        cursor = conn.execute(
            "UPDATE outbox SET status = 'sending', attempts = attempts + 1, next_attempt_at = ?"
            " WHERE id = ? AND status = 'pending'",
            (to_db(now), row_id),
        )
    return bool(cursor.rowcount)


def mark_sent(conn: sqlite3.Connection, row_id: int, *, now: datetime) -> None:
    """The server accepted the mail (250 after DATA)."""
    with transaction(conn):
        conn.execute(
            "UPDATE outbox SET status = 'sent', sent_at = ?, last_code = NULL, last_error = NULL"
            " WHERE id = ?",
            (to_db(now), row_id),
        )
        audit.record(conn, now=now, entity="outbox", entity_id=row_id, action="sent")


def mark_retry(
    conn: sqlite3.Connection,
    row_id: int,
    *,
    code: int | None,
    error: str,
    next_attempt_at: datetime,
) -> None:
    """A temporary failure (4xx, connection lost): try again at `next_attempt_at`."""
    with transaction(conn):
        conn.execute(
            "UPDATE outbox SET status = 'pending', next_attempt_at = ?, last_code = ?,"
            " last_error = ? WHERE id = ?",
            (to_db(next_attempt_at), code, error[:500], row_id),
        )


def mark_failed(
    conn: sqlite3.Connection, row_id: int, *, code: int | None, error: str, now: datetime
) -> None:
    """A permanent failure (5xx): never retried."""
    with transaction(conn):
        conn.execute(
            "UPDATE outbox SET status = 'failed', last_code = ?, last_error = ? WHERE id = ?",
            (code, error[:500], row_id),
        )
        audit.record(
            conn,
            now=now,
            entity="outbox",
            entity_id=row_id,
            action="failed",
            evidence=f"code={code}",
        )


def mark_expired(conn: sqlite3.Connection, row_id: int, *, now: datetime) -> bool:
    """Give up on a row that is not yet sent (its use has passed)."""
    with transaction(conn):
        cursor = conn.execute(
            "UPDATE outbox SET status = 'expired' WHERE id = ?"
            " AND status IN ('pending', 'sending', 'held')",
            (row_id,),
        )
        if cursor.rowcount:
            audit.record(conn, now=now, entity="outbox", entity_id=row_id, action="expired")
    return bool(cursor.rowcount)


def expire_overdue(conn: sqlite3.Connection, *, now: datetime) -> list[OutboxRow]:
    """Expire every unsent row whose `expires_at` has come; returns them (staff are told)."""
    with transaction(conn):
        rows = [
            _from_row(r)
            for r in conn.execute(
                f"SELECT {_COLUMNS} FROM outbox WHERE status IN ('pending', 'held')"
                " AND expires_at IS NOT NULL AND expires_at <= ? ORDER BY id",
                (to_db(now),),
            )
        ]
        for row in rows:
            mark_expired(conn, row.id, now=now)
    return [replace(row, status=OutboxStatus.EXPIRED) for row in rows]


def requeue_interrupted(conn: sqlite3.Connection, *, now: datetime) -> int:
    """At start-up: rows left in `sending` by a crash go back to `pending` (sent again)."""
    with transaction(conn):
        cursor = conn.execute(
            "UPDATE outbox SET status = 'pending', next_attempt_at = ? WHERE status = 'sending'",
            (to_db(now),),
        )
    return cursor.rowcount


def release_held(conn: sqlite3.Connection, row_id: int, *, now: datetime) -> bool:
    """Let a held row go out with the next sending run."""
    with transaction(conn):
        cursor = conn.execute(
            "UPDATE outbox SET status = 'pending', next_attempt_at = ?"
            " WHERE id = ? AND status = 'held'",
            (to_db(now), row_id),
        )
    return bool(cursor.rowcount)


# --- reading ---------------------------------------------------------------------------


def get(conn: sqlite3.Connection, row_id: int) -> OutboxRow | None:
    row = conn.execute(f"SELECT {_COLUMNS} FROM outbox WHERE id = ?", (row_id,)).fetchone()
    return None if row is None else _from_row(row)


def due_for_sending(conn: sqlite3.Connection, *, now: datetime, limit: int = 50) -> list[OutboxRow]:
    """Pending rows whose time has come and whose use has not passed, oldest first."""
    stamp = to_db(now)
    rows = conn.execute(
        f"SELECT {_COLUMNS} FROM outbox WHERE status = 'pending' AND next_attempt_at <= ?"
        " AND (expires_at IS NULL OR expires_at > ?) ORDER BY next_attempt_at, id LIMIT ?",
        (stamp, stamp, limit),
    )
    return [_from_row(r) for r in rows]


def planned_keys(conn: sqlite3.Connection, appointment_ids: Iterable[int]) -> frozenset[str]:
    """Idempotency keys of every mail stored for these appointments (any status)."""
    keys: set[str] = set()
    for chunk in _chunks(appointment_ids):
        marks = ",".join("?" * len(chunk))
        keys.update(
            r[0]
            for r in conn.execute(
                f"SELECT dedup_key FROM outbox WHERE appointment_id IN ({marks})", chunk
            )
        )
    return frozenset(keys)


def has_key(conn: sqlite3.Connection, dedup_key: str) -> bool:
    return (
        conn.execute("SELECT 1 FROM outbox WHERE dedup_key = ?", (dedup_key,)).fetchone()
        is not None
    )


def thread_roots(
    conn: sqlite3.Connection, appointment_ids: Iterable[int], *, kinds: Sequence[str]
) -> dict[int, str]:
    """Appointment id -> Message-ID of the first mail of `kinds` stored about it."""
    roots: dict[int, str] = {}
    kind_marks = ",".join("?" * len(kinds))
    for chunk in _chunks(appointment_ids):
        marks = ",".join("?" * len(chunk))
        # SQLite takes the bare column message_id from the row that has MIN(id).
        for r in conn.execute(
            f"SELECT appointment_id, message_id, MIN(id) FROM outbox"
            f" WHERE appointment_id IN ({marks}) AND kind IN ({kind_marks})"
            " GROUP BY appointment_id",
            [*chunk, *kinds],
        ):
            roots[r[0]] = r[1]
    return roots


def count_sent_to(conn: sqlite3.Connection, recipient: str, *, since: datetime) -> int:
    """Mails actually sent to `recipient` since `since`."""
    row = conn.execute(
        "SELECT COUNT(*) FROM outbox WHERE recipient = ? COLLATE NOCASE AND status = 'sent'"
        " AND sent_at >= ?",
        (recipient, to_db(since)),
    ).fetchone()
    return int(row[0])


def planned_counts_since(conn: sqlite3.Connection, *, since: datetime) -> dict[str, int]:
    """Per recipient: mails stored since `since` that went or may still go out
    (for the per-recipient daily cap)."""
    rows = conn.execute(
        "SELECT lower(recipient), COUNT(*) FROM outbox WHERE created_at >= ?"
        " AND status IN ('pending', 'sending', 'sent') GROUP BY lower(recipient)",
        (to_db(since),),
    )
    return {r[0]: int(r[1]) for r in rows}


def message_ids_for_thread(
    conn: sqlite3.Connection, message_ids: Iterable[str]
) -> tuple[OutboxRef, ...]:
    """Our mails among `message_ids` (a reply's In-Reply-To/References), oldest first."""
    wanted = {_bracketed(m) for m in message_ids if m and m.strip()}
    refs: list[tuple[int, OutboxRef]] = []
    for chunk in _chunks(wanted):
        marks = ",".join("?" * len(chunk))
        for r in conn.execute(
            "SELECT id, message_id, kind, patient_id, appointment_id, covers, in_reply_to"
            " FROM outbox"
            f" WHERE message_id IN ({marks})",
            chunk,
        ):
            ref = OutboxRef(
                message_id=r["message_id"],
                kind=r["kind"],
                patient_id=r["patient_id"],
                appointment_id=r["appointment_id"],
                appointment_ids=tuple(int(i) for i in r["covers"].split(",") if i),
                in_reply_to=r["in_reply_to"],
            )
            refs.append((r["id"], ref))
    return tuple(ref for _, ref in sorted(refs, key=lambda pair: pair[0]))


def _bracketed(message_id: str) -> str:
    value = message_id.strip()
    return value if value.startswith("<") else f"<{value}>"


def list_rows(conn: sqlite3.Connection, *, since: datetime | None = None) -> list[OutboxRow]:
    """Every row (or those created since `since`), oldest first."""
    if since is None:
        rows = conn.execute(f"SELECT {_COLUMNS} FROM outbox ORDER BY id")
    else:
        rows = conn.execute(
            f"SELECT {_COLUMNS} FROM outbox WHERE created_at >= ? ORDER BY id", (to_db(since),)
        )
    return [_from_row(r) for r in rows]


def as_json(row: OutboxRow) -> dict[str, object]:
    """One row as `outbox list --json` shows it (DESIGN.md; fields only ever added)."""
    return {
        "id": row.id,
        "kind": row.kind,
        "to": row.recipient,
        "subject": row.subject,
        "appointment_id": row.appointment_id,
        "status": _PUBLIC_STATUS[row.status],
        "attempts": row.attempts,
        "message_id": row.message_id,
        "sent_at": None if row.sent_at is None else row.sent_at.isoformat(),
        "last_error": row.last_error,
        "state": row.status.value,
        "created_at": row.created_at.isoformat(),
        "expires_at": None if row.expires_at is None else row.expires_at.isoformat(),
    }


def list_all(conn: sqlite3.Connection) -> list[dict[str, object]]:
    """`outbox list --json`."""
    return [as_json(row) for row in list_rows(conn)]
