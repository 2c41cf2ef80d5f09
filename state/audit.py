"""The audit log: every status change, when, and on which evidence (ids and hashes only)."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime

from state.timefmt import from_db, to_db


@dataclass(frozen=True, slots=True, kw_only=True)
class AuditEntry:
    at: datetime
    entity: str
    entity_id: int | None
    action: str
    evidence: str


def record(
    conn: sqlite3.Connection,
    *,
    now: datetime,
    entity: str,
    entity_id: int | None,
    action: str,
    evidence: str = "",
) -> None:
    conn.execute(
        "INSERT INTO audit_log (at, entity, entity_id, action, evidence) VALUES (?, ?, ?, ?, ?)",
        (to_db(now), entity, entity_id, action, evidence),
    )


def entries_for(conn: sqlite3.Connection, entity: str, entity_id: int) -> list[AuditEntry]:
    rows = conn.execute(
        "SELECT at, entity, entity_id, action, evidence FROM audit_log"
        " WHERE entity = ? AND entity_id = ? ORDER BY id",
        (entity, entity_id),
    )
    return [
        AuditEntry(
            at=from_db(r["at"]),
            entity=r["entity"],
            entity_id=r["entity_id"],
            action=r["action"],
            evidence=r["evidence"],
        )
        for r in rows
    ]
