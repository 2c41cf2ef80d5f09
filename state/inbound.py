"""Incoming mails: what was seen, what became of it, and the mailbox cursor.

(mailbox, source_key) names one message for as long as it stays in its folder
(IMAP: UIDVALIDITY and UID), sha256 and Message-ID recognise it again elsewhere: a
crash, a UIDVALIDITY change or a re-delivery never applies a mail's effects twice.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from state import audit
from state.timefmt import from_db, to_db

MAX_FAILURES = 3


# last_error of an attempt that has begun and not (yet) ended: if it is still there when
# the mail comes round again, the worker died or hung on it (killed by the watchdog).
INTERRUPTED = "Interrupted"


class InboundStatus(StrEnum):
    PROCESSED = "processed"  # handled completely: moved to the processed folder
    REVIEW = "review"  # a person must look: stays in the inbox, flagged
    FAILED = "failed"  # an error while handling, or an attempt under way or cut off;
    # retried until MAX_FAILURES attempts did not end well
    SKIPPED = "skipped"  # not downloaded (too large): flagged for staff


FINAL = frozenset({InboundStatus.PROCESSED, InboundStatus.REVIEW, InboundStatus.SKIPPED})


@dataclass(frozen=True, slots=True, kw_only=True)
class MailKey:
    """Where a message sits: its folder and its name there (IMAP UIDVALIDITY:UID)."""

    mailbox: str
    source_key: str
    uidvalidity: int = 0
    uid: int | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class InboundRecord:
    id: int
    mailbox: str
    source_key: str
    uidvalidity: int
    uid: int | None
    message_id: str | None
    sha256: str
    received_at: datetime
    status: InboundStatus
    categories: tuple[str, ...]
    patient_id: int | None
    failures: int
    last_error: str | None
    tidied: bool
    duplicate_of: int | None

    @property
    def needs_flag(self) -> bool:
        return self.status in (InboundStatus.REVIEW, InboundStatus.SKIPPED) or (
            self.status is InboundStatus.FAILED and self.failures >= MAX_FAILURES
        )


def _from_row(r: sqlite3.Row) -> InboundRecord:
    return InboundRecord(
        id=r["id"],
        mailbox=r["mailbox"],
        source_key=r["source_key"],
        uidvalidity=r["uidvalidity"],
        uid=r["uid"],
        message_id=r["message_id"],
        sha256=r["sha256"],
        received_at=from_db(r["received_at"]),
        status=InboundStatus(r["status"]),
        categories=tuple(c for c in r["categories"].split(",") if c),
        patient_id=r["patient_id"],
        failures=r["failures"],
        last_error=r["last_error"],
        tidied=bool(r["tidied"]),
        duplicate_of=r["duplicate_of"],
    )


def get(conn: sqlite3.Connection, mailbox: str, source_key: str) -> InboundRecord | None:
    row = conn.execute(
        "SELECT * FROM inbound_messages WHERE mailbox = ? AND source_key = ?",
        (mailbox, source_key),
    ).fetchone()
    return None if row is None else _from_row(row)


def by_id(conn: sqlite3.Connection, inbound_id: int) -> InboundRecord | None:
    row = conn.execute("SELECT * FROM inbound_messages WHERE id = ?", (inbound_id,)).fetchone()
    return None if row is None else _from_row(row)


def find_earlier(
    conn: sqlite3.Connection, *, sha256: str, message_id: str | None, sender_key: str
) -> InboundRecord | None:
    """A finished record of the same mail seen under another key (same bytes, or the
    same Message-ID), so its effects are not applied again."""
    row = conn.execute(
        "SELECT * FROM inbound_messages WHERE source_key != ? AND status IN"
        " ('processed', 'review', 'skipped') AND duplicate_of IS NULL AND"
        " (sha256 = ? OR (message_id IS NOT NULL AND message_id = ?)) ORDER BY id LIMIT 1",
        (sender_key, sha256, message_id),
    ).fetchone()
    return None if row is None else _from_row(row)


def record(
    conn: sqlite3.Connection,
    key: MailKey,
    *,
    message_id: str | None,
    sha256: str,
    received_at: datetime,
    status: InboundStatus,
    categories: tuple[str, ...] = (),
    patient_id: int | None = None,
    duplicate_of: int | None = None,
    now: datetime,
    ends_attempt: bool = False,
) -> int:
    """Store the outcome for this message (insert, or finish a failed attempt's row).

    `ends_attempt`: the outcome of an attempt begin_attempt counted; that attempt ended
    well, so it is taken off the failures again (earlier failures stay counted).
    """
    failures = "MAX(failures - 1, 0)" if ends_attempt else "failures"
    conn.execute(
        "INSERT INTO inbound_messages (mailbox, source_key, uidvalidity, uid, message_id,"
        " sha256, received_at, seen_at, status, categories, patient_id, duplicate_of)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (mailbox, source_key) DO UPDATE SET status = excluded.status,"
        " categories = excluded.categories, patient_id = excluded.patient_id,"
        " message_id = excluded.message_id, sha256 = excluded.sha256,"
        f" duplicate_of = excluded.duplicate_of, failures = {failures},"
        " last_error = CASE WHEN last_error = ? THEN NULL ELSE last_error END",
        (
            key.mailbox,
            key.source_key,
            key.uidvalidity,
            key.uid,
            message_id,
            sha256,
            to_db(received_at),
            to_db(now),
            status.value,
            ",".join(categories),
            patient_id,
            duplicate_of,
            INTERRUPTED,
        ),
    )
    row = conn.execute(
        "SELECT id FROM inbound_messages WHERE mailbox = ? AND source_key = ?",
        (key.mailbox, key.source_key),
    ).fetchone()
    inbound_id = int(row["id"])
    audit.record(
        conn,
        now=now,
        entity="inbound",
        entity_id=inbound_id,
        action=status.value,
        evidence=f"sha256={sha256} key={key.source_key}"
        + (f" duplicate_of={duplicate_of}" if duplicate_of else ""),
    )
    return inbound_id


def begin_attempt(
    conn: sqlite3.Connection,
    key: MailKey,
    *,
    sha256: str,
    received_at: datetime,
    now: datetime,
) -> InboundRecord:
    """Count an attempt at this message as failed BEFORE it is read (commit this alone).

    A mail that kills or hangs the worker (a parser blow-up, the watchdog's SIGKILL)
    never reaches record_failure; counted beforehand, it goes to staff after
    MAX_FAILURES attempts instead of killing every restart. An attempt that ends (record
    with ends_attempt, or record_failure) settles the count.
    """
    conn.execute(
        "INSERT INTO inbound_messages (mailbox, source_key, uidvalidity, uid, sha256,"
        " received_at, seen_at, status, failures, last_error)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, 'failed', 1, ?)"
        " ON CONFLICT (mailbox, source_key) DO UPDATE SET failures = failures + 1,"
        " last_error = excluded.last_error, status = 'failed', sha256 = excluded.sha256",
        (
            key.mailbox,
            key.source_key,
            key.uidvalidity,
            key.uid,
            sha256,
            to_db(received_at),
            to_db(now),
            INTERRUPTED,
        ),
    )
    found = get(conn, key.mailbox, key.source_key)
    assert found is not None
    return found


def record_failure(
    conn: sqlite3.Connection,
    key: MailKey,
    *,
    sha256: str,
    received_at: datetime,
    error: str,
    now: datetime,
    counted: bool = False,
) -> InboundRecord:
    """One failed attempt (error: the exception type, never its text). `counted`: the
    attempt was already counted by begin_attempt, only its error is stored."""
    increment = "failures" if counted else "failures + 1"
    conn.execute(
        "INSERT INTO inbound_messages (mailbox, source_key, uidvalidity, uid, sha256,"
        " received_at, seen_at, status, failures, last_error)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, 'failed', 1, ?)"
        f" ON CONFLICT (mailbox, source_key) DO UPDATE SET failures = {increment},"
        " last_error = excluded.last_error, status = 'failed'",
        (
            key.mailbox,
            key.source_key,
            key.uidvalidity,
            key.uid,
            sha256,
            to_db(received_at),
            to_db(now),
            error,
        ),
    )
    found = get(conn, key.mailbox, key.source_key)
    assert found is not None
    audit.record(
        conn, now=now, entity="inbound", entity_id=found.id, action="failed", evidence=error
    )
    return found


def mark_tidied(conn: sqlite3.Connection, inbound_id: int) -> None:
    conn.execute("UPDATE inbound_messages SET tidied = 1 WHERE id = ?", (inbound_id,))


def untidied(conn: sqlite3.Connection, mailbox: str) -> list[InboundRecord]:
    """Finished messages whose move or flag has not happened yet (e.g. after a crash)."""
    rows = conn.execute(
        "SELECT * FROM inbound_messages WHERE mailbox = ? AND tidied = 0 AND"
        " (status IN ('processed', 'review', 'skipped') OR (status = 'failed' AND failures >= ?))"
        " ORDER BY id",
        (mailbox, MAX_FAILURES),
    )
    return [_from_row(r) for r in rows]


def first_retryable_uid(conn: sqlite3.Connection, mailbox: str, uidvalidity: int) -> int | None:
    row = conn.execute(
        "SELECT MIN(uid) FROM inbound_messages WHERE mailbox = ? AND uidvalidity = ?"
        " AND status = 'failed' AND failures < ?",
        (mailbox, uidvalidity, MAX_FAILURES),
    ).fetchone()
    return None if row[0] is None else int(row[0])


def counts_since(conn: sqlite3.Connection, since: datetime) -> dict[str, int]:
    """Mails seen since `since`, by status (for the digest and health)."""
    rows = conn.execute(
        "SELECT status, COUNT(*) AS n FROM inbound_messages WHERE seen_at >= ? GROUP BY status",
        (to_db(since),),
    )
    return {r["status"]: r["n"] for r in rows}


# --- cursor --------------------------------------------------------------------------


def cursor(conn: sqlite3.Connection, mailbox: str) -> tuple[int, int] | None:
    """(uidvalidity, last_uid) of the folder, or None before the first cycle."""
    row = conn.execute(
        "SELECT uidvalidity, last_uid FROM mailbox_cursor WHERE mailbox = ?", (mailbox,)
    ).fetchone()
    return None if row is None else (int(row["uidvalidity"]), int(row["last_uid"]))


def set_cursor(conn: sqlite3.Connection, mailbox: str, uidvalidity: int, last_uid: int) -> None:
    conn.execute(
        "INSERT INTO mailbox_cursor (mailbox, uidvalidity, last_uid) VALUES (?, ?, ?)"
        " ON CONFLICT (mailbox) DO UPDATE SET uidvalidity = excluded.uidvalidity,"
        " last_uid = excluded.last_uid",
        (mailbox, uidvalidity, last_uid),
    )
