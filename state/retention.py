"""Retention: what is deleted after `state.retention_days`, and what is kept.

Deleted: the facts of incoming mail (ledger rows), the content and recipient of outgoing
mail (its idempotency key stays, so nothing is ever sent twice), resolved review items
and received documents older than the cut-off. Kept: patients,
appointments and recorded confirmations, because the practice bills on them and must
keep billing records for the statutory period (a confirmation keeps the Message-ID,
the hash of the mail and the sentence that carried the date; the mail itself lives in
the practice mailbox).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime

from state import audit
from state.db import transaction
from state.digest import forget_alerted_before
from state.timefmt import to_db


@dataclass(frozen=True, slots=True, kw_only=True)
class PurgeReport:
    inbound: int
    outbox: int
    review: int
    documents: tuple[tuple[int, str], ...]  # (patient id, stored name) to delete from disk
    stray_files: int = 0  # files no row referred to (a crash between write and commit)


def purge_before(conn: sqlite3.Connection, cutoff: datetime, *, now: datetime) -> PurgeReport:
    stamp = to_db(cutoff)
    with transaction(conn):
        documents = tuple(
            (int(r["patient_id"]), str(r["stored_name"]))
            for r in conn.execute(
                "SELECT patient_id, stored_name FROM forms_received"
                " WHERE received_at < ? AND stored_name IS NOT NULL",
                (stamp,),
            )
        )
        conn.execute("DELETE FROM forms_received WHERE received_at < ?", (stamp,))
        review = conn.execute(
            "DELETE FROM review_items WHERE resolved_at IS NOT NULL AND created_at < ?", (stamp,)
        ).rowcount
        # The row stays (its key keeps the mail from ever being planned again); its content
        # and recipient go.
        outbox = conn.execute(
            "UPDATE outbox SET raw = X'', subject = '', recipient = '' WHERE created_at < ?"
            " AND status IN ('sent', 'failed', 'expired') AND length(raw) > 0",
            (stamp,),
        ).rowcount
        inbound = conn.execute(
            "DELETE FROM inbound_messages WHERE seen_at < ? AND id NOT IN"
            " (SELECT inbound_id FROM review_items WHERE inbound_id IS NOT NULL)",
            (stamp,),
        ).rowcount
        forget_alerted_before(conn, cutoff)
        audit.record(
            conn,
            now=now,
            entity="retention",
            entity_id=None,
            action="purged",
            evidence=(
                f"cutoff={stamp} inbound={inbound} outbox={outbox} review={review}"
                f" documents={len(documents)}"
            ),
        )
    return PurgeReport(inbound=inbound, outbox=outbox, review=review, documents=documents)


def stored_documents(conn: sqlite3.Connection) -> set[tuple[int, str]]:
    """(patient id, stored name) of every document file the state refers to."""
    return {
        (int(r["patient_id"]), str(r["stored_name"]))
        for r in conn.execute(
            "SELECT patient_id, stored_name FROM forms_received WHERE stored_name IS NOT NULL"
        )
    }


def last_purge(conn: sqlite3.Connection) -> datetime | None:
    row = conn.execute(
        "SELECT MAX(at) FROM audit_log WHERE entity = 'retention' AND action = 'purged'"
    ).fetchone()
    return None if row[0] is None else datetime.fromisoformat(row[0])
