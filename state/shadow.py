"""Shadow mode's record of decisions, and the live worker's cut-over instant.

Shadow mode runs the whole worker against a state of its own (`shadow.db`); what it
decided on each mail is kept here as JSON beside the inbound row, so `shadow report`
can show it later. The live state remembers `live_since`: the instant its worker first
ran; mail delivered before it belongs to the time staff worked by hand.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from state.db import transaction
from state.timefmt import from_db, to_db

_LIVE_SINCE = "live_since"
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


@dataclass(frozen=True, slots=True, kw_only=True)
class DecidedMail:
    """One mail as the shadow worker saw it: the inbound facts and its decision."""

    inbound_id: int
    source_key: str
    message_id: str | None
    received_at: datetime
    status: str
    categories: tuple[str, ...]
    patient_id: int | None
    decision: dict[str, Any]  # {} when the mail was never decided (too large, failed)


def record_decision(
    conn: sqlite3.Connection, inbound_id: int, decision: dict[str, Any], *, now: datetime
) -> None:
    """Keep what was decided on one mail (the first decision counts)."""
    with transaction(conn):
        conn.execute(
            "INSERT OR IGNORE INTO mail_decisions (inbound_id, decided_at, decision)"
            " VALUES (?, ?, ?)",
            (inbound_id, to_db(now), json.dumps(decision, ensure_ascii=False, sort_keys=True)),
        )


def decided_mail(conn: sqlite3.Connection, *, since: datetime | None = None) -> list[DecidedMail]:
    """Every mail seen (received since `since`), oldest first, with its decision."""
    where, params = "WHERE i.duplicate_of IS NULL", []
    if since is not None:
        where += " AND i.received_at >= ?"
        params.append(to_db(since))
    rows = conn.execute(
        "SELECT i.id, i.source_key, i.message_id, i.received_at, i.status, i.categories,"
        " i.patient_id, d.decision FROM inbound_messages i"
        f" LEFT JOIN mail_decisions d ON d.inbound_id = i.id {where}"
        " ORDER BY i.received_at, i.id",
        params,
    )
    return [
        DecidedMail(
            inbound_id=r["id"],
            source_key=r["source_key"],
            message_id=r["message_id"],
            received_at=from_db(r["received_at"]),
            status=r["status"],
            categories=tuple(c for c in r["categories"].split(",") if c),
            patient_id=r["patient_id"],
            decision=json.loads(r["decision"]) if r["decision"] else {},
        )
        for r in rows
    ]


def live_since(conn: sqlite3.Connection) -> datetime | None:
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (_LIVE_SINCE,)).fetchone()
    return None if row is None else from_db(row["value"])


def start_live(conn: sqlite3.Connection, *, now: datetime) -> datetime:
    """Record the cut-over once: `now` for a state that never handled or sent a mail,
    else the beginning of time (a worker that was live already keeps everything)."""
    with transaction(conn):
        recorded = live_since(conn)
        if recorded is not None:
            return recorded
        used = conn.execute(
            "SELECT EXISTS (SELECT 1 FROM inbound_messages) OR EXISTS (SELECT 1 FROM outbox)"
        ).fetchone()[0]
        since = _EPOCH if used else now
        conn.execute("INSERT INTO meta (key, value) VALUES (?, ?)", (_LIVE_SINCE, to_db(since)))
    return since
