"""What each live calendar source has delivered (worker/cycle/calendar_sources.py).

A calendar, unlike a file the practice hands over, is read whole every time: an event
that is gone from it was deleted there. To tell "deleted" from "never ours", the store
remembers the appointments each source delivered, with the event UID they came from.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable

from state.db import transaction


def known(conn: sqlite3.Connection, source: str) -> dict[str, str]:
    """external id -> UID of every appointment the source has delivered."""
    rows = conn.execute(
        "SELECT external_id, uid FROM calendar_events WHERE source = ?", (source,)
    ).fetchall()
    return {str(external_id): str(uid) for external_id, uid in rows}


def remember(conn: sqlite3.Connection, source: str, events: Iterable[tuple[str, str]]) -> None:
    """Record (external id, UID) pairs as delivered by the source."""
    with transaction(conn):
        conn.executemany(
            "INSERT INTO calendar_events (source, external_id, uid) VALUES (?, ?, ?)"
            " ON CONFLICT (source, external_id) DO UPDATE SET uid = excluded.uid",
            [(source, external_id, uid) for external_id, uid in events],
        )


def forget(conn: sqlite3.Connection, source: str, external_ids: Iterable[str]) -> None:
    with transaction(conn):
        conn.executemany(
            "DELETE FROM calendar_events WHERE source = ? AND external_id = ?",
            [(source, external_id) for external_id in external_ids],
        )
