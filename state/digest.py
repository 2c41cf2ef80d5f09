"""Reads for the staff alert and the daily digest, each bounded by a time window.

Every query uses an index on the column it is bounded by (appointments.start_at,
confirmations.recorded_at, outbox status/dedup_key, review_items.resolved_at,
patient_addresses.undeliverable_at, inbound_messages.seen_at), and rows of one kind are
read in one query, never one query per row: a store with 100,000 appointments costs a
cycle no more than one with a month of them. Also here: the alert ledger
(`alerted_items`) and the small health notes the cycle leaves in `meta`.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator
from datetime import date, datetime

from rules.digest import BillingRow, DeliveryProblem, Health, ProblemKind, ReviewEntry
from rules.models import PATIENT_KINDS, Appointment, Insurance, Kind, MailKind, Treatment, dedup_key
from state import appointments as appointment_store
from state.timefmt import from_db, from_db_opt, to_db

_CHUNK = 500
_PATIENT_KINDS = tuple(sorted(kind.value for kind in PATIENT_KINDS))
# Daily digest keys are "staff_digest:YYYY-MM-DD:<address>"; manual ones
# "staff_digest:manual:...". Digits sort before "m": this range holds the daily ones only.
_DAILY_DIGEST_LOW = f"{MailKind.STAFF_DIGEST.value}:0"
_DAILY_DIGEST_HIGH = f"{MailKind.STAFF_DIGEST.value}:9~"

HEALTH_MAILBOX_OK = "health.mailbox_ok_at"
HEALTH_ERROR_KIND = "health.last_error_kind"
HEALTH_ERROR_AT = "health.last_error_at"


def _chunks(values: Iterable[int]) -> Iterable[list[int]]:
    wanted = sorted(set(values))
    for start in range(0, len(wanted), _CHUNK):
        yield wanted[start : start + _CHUNK]


# --- appointments ------------------------------------------------------------------------


def appointments_between(
    conn: sqlite3.Connection, start: datetime, end: datetime
) -> list[Appointment]:
    """Appointments starting in [start, end), any status (index on start_at)."""
    return appointment_store.between(conn, start, end)


def open_confirmations(
    conn: sqlite3.Connection, *, since: datetime, now: datetime
) -> list[Appointment]:
    """Held appointments that started since `since`, ended by `now` and have no
    confirmation on record, oldest first."""
    return appointment_store.unconfirmed_between(conn, start=since, end=now, ended_by=now)


def links_sent(conn: sqlite3.Connection, appointments: Iterable[Appointment]) -> frozenset[int]:
    """Ids of the video appointments whose current link (its link_version) was sent or
    is waiting in the outbox (it goes out in the same sending run as the digest)."""
    current = {
        a.id: dedup_key(MailKind.VIDEO_LINK, a.id, f"v{a.link_version}")
        for a in appointments
        if a.kind is Kind.VIDEO and a.video_link
    }
    sent: set[int] = set()
    for chunk in _chunks(current):
        marks = ",".join("?" * len(chunk))
        for r in conn.execute(
            "SELECT appointment_id, dedup_key FROM outbox WHERE appointment_id IN"
            # "+status": look rows up by appointment, not among every sent mail.
            f" ({marks}) AND kind = 'video_link' AND +status IN ('pending', 'sending', 'sent')",
            chunk,
        ):
            if current[r["appointment_id"]] == r["dedup_key"]:
                sent.add(r["appointment_id"])
    return frozenset(sent)


# --- billing -----------------------------------------------------------------------------


def billing_rows(conn: sqlite3.Connection, *, since: datetime, until: datetime) -> list[BillingRow]:
    """Confirmations recorded in [since, until), with appointment and patient (the
    billing list; index on confirmations.recorded_at)."""
    rows = conn.execute(
        "SELECT c.day, c.appointment_id, a.external_id, c.patient_id, p.name, a.kind,"
        " a.treatment, c.recorded_at, c.message_id, c.source, p.insurance,"
        " a.prescription_id, rx.reference FROM confirmations c"
        " JOIN appointments a ON a.id = c.appointment_id"
        " JOIN patients p ON p.id = c.patient_id"
        " LEFT JOIN prescriptions rx ON rx.id = a.prescription_id"
        " WHERE c.recorded_at >= ? AND c.recorded_at < ? ORDER BY c.day, c.appointment_id",
        (to_db(since), to_db(until)),
    )
    return [
        BillingRow(
            day=date.fromisoformat(r["day"]),
            appointment_id=r["appointment_id"],
            external_id=r["external_id"],
            patient_id=r["patient_id"],
            patient_name=r["name"],
            kind=Kind(r["kind"]),
            treatment=Treatment(r["treatment"]),
            confirmed_at=from_db(r["recorded_at"]),
            message_id=r["message_id"],
            source=r["source"],
            insurance=Insurance(r["insurance"]),
            prescription_id=r["prescription_id"],
            prescription_reference=r["reference"],
        )
        for r in rows
    ]


def last_daily_digest_at(conn: sqlite3.Connection) -> datetime | None:
    """When the latest daily digest that reached the server was composed, or None.

    The next billing list starts there. Manual digests do not count, nor do digests
    not (yet) sent: their confirmations are listed again rather than lost.
    """
    row = conn.execute(
        "SELECT created_at FROM outbox WHERE dedup_key >= ? AND dedup_key < ?"
        " AND +status = 'sent' ORDER BY dedup_key DESC LIMIT 1",  # "+": walk the key index
        (_DAILY_DIGEST_LOW, _DAILY_DIGEST_HIGH),
    ).fetchone()
    return None if row is None else from_db(row["created_at"])


# --- review items and delivery problems --------------------------------------------------


def open_review_entries(
    conn: sqlite3.Connection, *, since: datetime | None = None, limit: int | None = None
) -> list[ReviewEntry]:
    """Unresolved review items (created since `since`, if given), oldest first, at most
    `limit` of them, with the categories, date and sender's name of the mail behind each
    (index on resolved_at; the mail and the patient by primary key)."""
    return list(iter_open_review_entries(conn, since=since, limit=limit))


def iter_open_review_entries(
    conn: sqlite3.Connection, *, since: datetime | None = None, limit: int | None = None
) -> Iterator[ReviewEntry]:
    """open_review_entries one row at a time: a backlog's 17,500 open items are read
    through, not held (the staff alert keeps the few it lists)."""
    where = "r.resolved_at IS NULL"
    params: list[str | int] = []
    if since is not None:
        where += " AND r.created_at >= ?"
        params.append(to_db(since))
    return _review_entries(conn, where, params, order="r.created_at, r.id", limit=limit)


def count_open_review_items(conn: sqlite3.Connection) -> int:
    """How many review items are unresolved (index on resolved_at)."""
    return int(
        conn.execute("SELECT COUNT(*) FROM review_items WHERE resolved_at IS NULL").fetchone()[0]
    )


def resolved_review_entries(
    conn: sqlite3.Connection, *, since: datetime, limit: int | None = None
) -> list[ReviewEntry]:
    """Review items resolved since `since`, and by whom, in the order they were resolved,
    at most `limit` of them (index on resolved_at)."""
    return list(
        _review_entries(
            conn, "r.resolved_at >= ?", [to_db(since)], order="r.resolved_at, r.id", limit=limit
        )
    )


def count_resolved_review_items(conn: sqlite3.Connection, *, since: datetime) -> int:
    """How many review items were resolved since `since` (index on resolved_at)."""
    return int(
        conn.execute(
            "SELECT COUNT(*) FROM review_items WHERE resolved_at >= ?", (to_db(since),)
        ).fetchone()[0]
    )


def _review_entries(
    conn: sqlite3.Connection,
    where: str,
    params: list[str | int],
    *,
    order: str,
    limit: int | None,
) -> Iterator[ReviewEntry]:
    query = (
        "SELECT r.id, r.kind, r.subject, r.reason, r.created_at, r.patient_id,"
        " r.resolved_at, r.resolved_by, i.categories, i.received_at, p.name"
        " FROM review_items r"
        " LEFT JOIN inbound_messages i ON i.id = r.inbound_id"
        " LEFT JOIN patients p ON p.id = r.patient_id"
        f" WHERE {where} ORDER BY {order}"
    )
    if limit is not None:
        query += " LIMIT ?"
        params = [*params, limit]
    rows = conn.execute(query, params)
    return (
        ReviewEntry(
            id=r["id"],
            kind=r["kind"],
            subject=r["subject"],
            reason=r["reason"],
            created_at=from_db(r["created_at"]),
            patient_id=r["patient_id"],
            patient_name=r["name"] or "",
            mail_date=from_db_opt(r["received_at"]),
            categories=frozenset(c for c in (r["categories"] or "").split(",") if c),
            resolved_at=from_db_opt(r["resolved_at"]),
            resolved_by=r["resolved_by"],
        )
        for r in rows
    )


def delivery_problems(conn: sqlite3.Connection, *, since: datetime) -> list[DeliveryProblem]:
    """Patient mail planned since `since` that failed or expired, and addresses marked
    undeliverable since then."""
    kind_marks = ",".join("?" * len(_PATIENT_KINDS))
    problems = [
        DeliveryProblem(
            key=f"outbox:{r['id']}",
            problem=ProblemKind(r["status"]),
            at=from_db(r["created_at"]),
            patient_id=r["patient_id"],
            patient_name=r["name"] or "",
            address=r["recipient"],
            mail_kind=r["kind"],
            appointment_id=r["appointment_id"],
            detail="" if r["last_code"] is None else f"SMTP {r['last_code']}",
        )
        for r in conn.execute(
            "SELECT o.id, o.status, o.created_at, o.patient_id, p.name, o.recipient, o.kind,"
            " o.appointment_id, o.last_code FROM outbox o"
            " LEFT JOIN patients p ON p.id = o.patient_id"
            " WHERE o.status IN ('failed', 'expired') AND o.created_at >= ?"
            f" AND o.kind IN ({kind_marks}) ORDER BY o.created_at, o.id",
            (to_db(since), *_PATIENT_KINDS),
        )
    ]
    problems.extend(
        DeliveryProblem(
            key=f"address:{r['address']}",
            problem=ProblemKind.UNDELIVERABLE,
            at=from_db(r["undeliverable_at"]),
            patient_id=r["patient_id"],
            patient_name=r["name"],
            address=r["address"],
        )
        for r in conn.execute(
            "SELECT a.address, a.patient_id, a.undeliverable_at, p.name"
            " FROM patient_addresses a JOIN patients p ON p.id = a.patient_id"
            " WHERE a.undeliverable_at >= ? ORDER BY a.undeliverable_at, a.address",
            (to_db(since),),
        )
    )
    return problems


# --- the alert ledger --------------------------------------------------------------------


def alerted_since(conn: sqlite3.Connection, *, since: datetime) -> frozenset[str]:
    """Keys of the items alerted since `since` (index on alerted_at)."""
    rows = conn.execute("SELECT key FROM alerted_items WHERE alerted_at >= ?", (to_db(since),))
    return frozenset(r[0] for r in rows)


def record_alerted(
    conn: sqlite3.Connection, keys: Iterable[str], *, alert_key: str, now: datetime
) -> None:
    """Remember that these items were named (call inside the alert's transaction)."""
    conn.executemany(
        "INSERT OR IGNORE INTO alerted_items (key, alerted_at, alert_key) VALUES (?, ?, ?)",
        [(key, to_db(now), alert_key) for key in keys],
    )


def forget_alerted_before(conn: sqlite3.Connection, before: datetime) -> int:
    """Drop ledger entries older than `before` (retention)."""
    cursor = conn.execute("DELETE FROM alerted_items WHERE alerted_at < ?", (to_db(before),))
    return cursor.rowcount


# --- health ------------------------------------------------------------------------------


def note_mailbox_contact(conn: sqlite3.Connection, *, now: datetime) -> None:
    """The cycle reached the mailbox (login and search worked)."""
    _set_meta(conn, HEALTH_MAILBOX_OK, to_db(now))


def note_error(conn: sqlite3.Connection, kind: str, *, now: datetime) -> None:
    """A cycle phase failed; `kind` is the exception type name, never its text."""
    _set_meta(conn, HEALTH_ERROR_KIND, kind)
    _set_meta(conn, HEALTH_ERROR_AT, to_db(now))


def _set_meta(conn: sqlite3.Connection, key: str, value: str) -> None:
    conn.execute(
        "INSERT INTO meta (key, value) VALUES (?, ?)"
        " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (key, value),
    )


def health(conn: sqlite3.Connection, *, since: datetime) -> Health:
    """The worker's health for the digest; mail counts are those seen since `since`."""
    meta = {
        r["key"]: r["value"]
        for r in conn.execute(
            "SELECT key, value FROM meta WHERE key IN (?, ?, ?)",
            (HEALTH_MAILBOX_OK, HEALTH_ERROR_KIND, HEALTH_ERROR_AT),
        )
    }
    last_seen = conn.execute(
        "SELECT seen_at FROM inbound_messages WHERE id = (SELECT MAX(id) FROM inbound_messages)"
    ).fetchone()
    counts = {
        r["status"]: int(r["n"])
        for r in conn.execute(
            # Without statistics SQLite would walk the whole status index instead.
            "SELECT status, COUNT(*) AS n FROM inbound_messages INDEXED BY inbound_seen"
            " WHERE seen_at >= ? GROUP BY status",
            (to_db(since),),
        )
    }
    pending = conn.execute(
        "SELECT COUNT(*) FROM outbox WHERE status IN ('pending', 'sending', 'held')"
    ).fetchone()[0]
    return Health(
        last_mailbox_contact=from_db_opt(meta.get(HEALTH_MAILBOX_OK)),
        last_mail_seen=None if last_seen is None else from_db(last_seen["seen_at"]),
        last_error_kind=meta.get(HEALTH_ERROR_KIND),
        last_error_at=from_db_opt(meta.get(HEALTH_ERROR_AT)),
        mails_since_last_report=counts,
        outbox_pending=int(pending),
    )
