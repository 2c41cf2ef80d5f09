"""One cycle of the worker: appointments, mailbox, planned mail, sending.

Each phase is straight-line and commits its own work, so a crash or a lost connection
at any point leaves a state the next cycle continues from without repeating an effect.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from rules.models import TelemedicinePolicy
from state import inbound, review
from state.db import transaction
from worker.errors import ConfigError
from worker.importing import ImportReport, import_file
from worker.mail_source import FetchedMail, MailSource
from worker.processing import Handled, MailSettings, Tidy, handle_mail, tidy_for

log = logging.getLogger(__name__)


@dataclass(slots=True)
class MailboxReport:
    fetched: int = 0
    handled: list[Handled] = field(default_factory=list)
    moved: int = 0
    flagged: int = 0
    failed: int = 0
    uidvalidity_changed: bool = False


def sync_sources(
    conn: sqlite3.Connection,
    sources: Sequence[Path],
    *,
    zone: ZoneInfo,
    policy: TelemedicinePolicy,
    now: datetime,
) -> list[ImportReport]:
    """Re-import every configured appointment file; a broken file is reported, not fatal."""
    reports = []
    for index, path in enumerate(sources):
        try:
            report = import_file(conn, path, zone=zone, policy=policy, now=now)
        except ConfigError as exc:
            log.warning("event=source_failed source_index=%d", index)
            with transaction(conn):
                review.add(
                    conn,
                    kind="alert",
                    dedup_key=f"source:{path}:{now.date().isoformat()}",
                    reason=f"Terminliste konnte nicht gelesen werden: {exc}",
                    now=now,
                )
            continue
        if report.refused:
            with transaction(conn):
                for line, reason in report.refused:
                    review.add(
                        conn,
                        kind="alert",
                        dedup_key=f"source-row:{path}:{line}:{reason}",
                        reason=f"{path.name}, Zeile {line}: Termin abgelehnt: {reason}",
                        now=now,
                    )
        reports.append(report)
    return reports


def mailbox_phase(
    conn: sqlite3.Connection,
    source: MailSource,
    settings: MailSettings,
    *,
    now: datetime,
    max_bytes: int,
    should_stop: Callable[[], bool] = lambda: False,
) -> MailboxReport:
    """Fetch what is new, handle each mail, tidy the mailbox. The source must be open."""
    report = MailboxReport()
    uidvalidity = source.uidvalidity()
    _finish_tidying(conn, source, settings, uidvalidity, report)
    after_uid = _start_uid(conn, settings, uidvalidity, report, now)
    for fetched in source.new_messages(after_uid, max_bytes=max_bytes):
        report.fetched += 1
        handled = handle_mail(conn, fetched, settings, now=now)
        report.handled.append(handled)
        _tidy(conn, source, fetched, handled, report)
        if fetched.uid is not None:
            with transaction(conn):
                current = inbound.cursor(conn, settings.mailbox)
                last = current[1] if current and current[0] == uidvalidity else 0
                inbound.set_cursor(conn, settings.mailbox, uidvalidity, max(last, fetched.uid))
        if should_stop():
            log.info("event=mailbox_phase_stopped reason=shutdown")
            break
    return report


def _start_uid(
    conn: sqlite3.Connection,
    settings: MailSettings,
    uidvalidity: int,
    report: MailboxReport,
    now: datetime,
) -> int:
    cursor = inbound.cursor(conn, settings.mailbox)
    if cursor is None:
        with transaction(conn):
            inbound.set_cursor(conn, settings.mailbox, uidvalidity, 0)
        return 0
    stored_validity, last_uid = cursor
    if stored_validity != uidvalidity:
        # The server renumbered the folder (RFC 9051 2.3.1.1): start over; every mail is
        # recognised again by its hash and Message-ID, so no effect repeats.
        report.uidvalidity_changed = True
        log.warning("event=uidvalidity_changed mailbox=%s", settings.mailbox)
        with transaction(conn):
            inbound.set_cursor(conn, settings.mailbox, uidvalidity, 0)
            review.add(
                conn,
                kind="alert",
                dedup_key=f"uidvalidity:{settings.mailbox}:{uidvalidity}",
                reason=(
                    "Der Mailserver hat den Posteingang neu nummeriert (UIDVALIDITY); "
                    "alle Mails wurden neu abgeglichen, nichts doppelt ausgeführt."
                ),
                now=now,
            )
        return 0
    retry = inbound.first_retryable_uid(conn, settings.mailbox, uidvalidity)
    return min(last_uid, retry - 1) if retry is not None else last_uid


def _finish_tidying(
    conn: sqlite3.Connection,
    source: MailSource,
    settings: MailSettings,
    uidvalidity: int,
    report: MailboxReport,
) -> None:
    """Moves and flags decided before a crash or a lost connection, done now."""
    for record in inbound.untidied(conn, settings.mailbox):
        if record.uid is not None and record.uidvalidity != uidvalidity:
            with transaction(conn):
                inbound.mark_tidied(conn, record.id)  # that numbering is gone
            continue
        ident: int | str = record.uid if record.uid is not None else record.source_key
        tidy = tidy_for(record)
        if tidy is Tidy.MOVE:
            source.move_to_processed(ident)
            report.moved += 1
        elif tidy is Tidy.FLAG:
            source.flag(ident)
            report.flagged += 1
        with transaction(conn):
            inbound.mark_tidied(conn, record.id)


def _tidy(
    conn: sqlite3.Connection,
    source: MailSource,
    fetched: FetchedMail,
    handled: Handled,
    report: MailboxReport,
) -> None:
    if handled.inbound_id is None:
        return
    record = inbound.by_id(conn, handled.inbound_id)
    if record is None or record.tidied:
        return
    ident: int | str = fetched.uid if fetched.uid is not None else fetched.key
    if handled.tidy is Tidy.MOVE:
        source.move_to_processed(ident)
        report.moved += 1
    elif handled.tidy is Tidy.FLAG:
        source.flag(ident)
        report.flagged += 1
    else:
        report.failed += 1
        return
    with transaction(conn):
        inbound.mark_tidied(conn, handled.inbound_id)
