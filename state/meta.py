"""Small facts about the worker itself (last successful mailbox contact, errors...)."""

from __future__ import annotations

import sqlite3
from datetime import datetime

from state.timefmt import from_db, to_db


def set_text(conn: sqlite3.Connection, key: str, value: str) -> None:
    conn.execute(
        "INSERT INTO meta (key, value) VALUES (?, ?)"
        " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (key, value),
    )


def get_text(conn: sqlite3.Connection, key: str) -> str | None:
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return None if row is None else str(row["value"])


def set_time(conn: sqlite3.Connection, key: str, moment: datetime) -> None:
    set_text(conn, key, to_db(moment))


def get_time(conn: sqlite3.Connection, key: str) -> datetime | None:
    value = get_text(conn, key)
    return None if value is None else from_db(value)
