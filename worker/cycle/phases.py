"""One cycle of the worker: appointments, mailbox, planned mail, sending.

Each phase is straight-line and commits its own work, so a crash or a lost connection
at any point leaves a state the next cycle continues from without repeating an effect.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from rules.models import TelemedicinePolicy
from state import inbound, review
from state.db import transaction
from worker.adapters.mail_source import FetchedMail, MailSource
from worker.config import SourceFile
from worker.cycle.importing import ImportReport, import_file
from worker.cycle.outgoing import OutgoingSettings
from worker.cycle.processing import Handled, MailSettings, Tidy, handle_mail, tidy_for
from worker.cycle.review_flags import sync_review_flags
from worker.errors import ConfigError

log = logging.getLogger(__name__)


@dataclass(slots=True)
class MailboxReport:
    """Counts only: a backlog of 20,000 mails must not keep 20,000 decisions in memory.
    Whoever needs each result (shadow mode, the demo) passes `on_handled`."""

    fetched: int = 0
    handled: int = 0
    new: int = 0  # handled and not seen before (a flagged mail still in the inbox is not new)
    moved: int = 0
    flagged: int = 0
    failed: int = 0
    uidvalidity_changed: bool = False
    resolved_by_staff: int = 0  # review items closed in staff's mail program
    reopened_by_staff: int = 0


def sync_sources(
    conn: sqlite3.Connection,
    sources: Sequence[SourceFile],
    *,
    zone: ZoneInfo,
    policy: TelemedicinePolicy,
    now: datetime,
    outgoing: OutgoingSettings | None = None,
) -> list[ImportReport]:
    """Re-import every configured appointment file; a broken file is reported, not fatal.
    With `outgoing`, a patient whose appointment the file moved is told (issue 13)."""
    reports = []
    for index, source in enumerate(sources):
        path = source.path
        try:
            report = import_file(
                conn,
                path,
                zone=zone,
                policy=policy,
                now=now,
                outgoing=outgoing,
                encoding=source.encoding,
            )
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
                for where, reason in report.refused:
                    # a CSV row keeps the key it had before events were named (no repeat)
                    place = where.line if where.line is not None else where
                    review.add(
                        conn,
                        kind="alert",
                        dedup_key=f"source-row:{path}:{place}:{reason}",
                        reason=f"{path.name}, {where.german()}: Termin abgelehnt: {reason}",
                        now=now,
                    )
        reports.append(report)
    return reports


TIDY_BATCH = 50  # mails moved or flagged per IMAP command


def mailbox_phase(
    conn: sqlite3.Connection,
    source: MailSource,
    settings: MailSettings,
    *,
    now: datetime,
    max_bytes: int,
    should_stop: Callable[[], bool] = lambda: False,
    on_handled: Callable[[Handled], None] | None = None,
) -> MailboxReport:
    """Fetch what is new, handle each mail, tidy the mailbox. The source must be open.

    Each mail is committed on its own; moving and flagging go in batches (one command
    for up to TIDY_BATCH mails). A crash before a batch is tidied leaves its records
    marked untidied, and the next cycle finishes the job.
    """
    report = MailboxReport()
    uidvalidity = source.uidvalidity()
    _finish_tidying(conn, source, settings, uidvalidity, report)
    after_uid = _start_uid(conn, settings, uidvalidity, report, now)
    pending: list[tuple[FetchedMail, Handled]] = []
    for fetched in source.new_messages(after_uid, max_bytes=max_bytes):
        report.fetched += 1
        handled = handle_mail(conn, fetched, settings, now=now)
        report.handled += 1
        report.new += not handled.duplicate
        if on_handled is not None:
            on_handled(handled)
        pending.append((fetched, handled))
        stopping = should_stop()
        if len(pending) >= TIDY_BATCH or stopping:
            _tidy_batch(conn, source, settings, uidvalidity, pending, report)
            pending = []
        if stopping:
            log.info("event=mailbox_phase_stopped reason=shutdown")
            break
    _tidy_batch(conn, source, settings, uidvalidity, pending, report)
    # After tidying, so that every mail this cycle flagged is flagged before it is read.
    flag_sync = sync_review_flags(conn, source, mailbox=settings.state_name, now=now)
    report.resolved_by_staff = len(flag_sync.resolved)
    report.reopened_by_staff = len(flag_sync.reopened)
    return report


def _start_uid(
    conn: sqlite3.Connection,
    settings: MailSettings,
    uidvalidity: int,
    report: MailboxReport,
    now: datetime,
) -> int:
    cursor = inbound.cursor(conn, settings.state_name)
    if cursor is None:
        with transaction(conn):
            inbound.set_cursor(conn, settings.state_name, uidvalidity, 0)
        return 0
    stored_validity, last_uid = cursor
    if stored_validity != uidvalidity:
        # The server renumbered the folder (RFC 9051 2.3.1.1): start over; every mail is
        # recognised again by its hash and Message-ID, so no effect repeats.
        report.uidvalidity_changed = True
        log.warning("event=uidvalidity_changed mailbox=%s", settings.state_name)
        with transaction(conn):
            inbound.set_cursor(conn, settings.state_name, uidvalidity, 0)
            review.add(
                conn,
                kind="alert",
                dedup_key=f"uidvalidity:{settings.state_name}:{uidvalidity}",
                reason=(
                    "Der Mailserver hat den Posteingang neu nummeriert (UIDVALIDITY); "
                    "alle Mails wurden neu abgeglichen, nichts doppelt ausgeführt."
                ),
                now=now,
            )
        return 0
    retry = inbound.first_retryable_uid(conn, settings.state_name, uidvalidity)
    return min(last_uid, retry - 1) if retry is not None else last_uid


def _finish_tidying(
    conn: sqlite3.Connection,
    source: MailSource,
    settings: MailSettings,
    uidvalidity: int,
    report: MailboxReport,
) -> None:
    """Moves and flags decided before a crash or a lost connection, done now."""
    moves: list[tuple[int, int | str]] = []
    flags: list[tuple[int, int | str]] = []
    gone: list[int] = []
    for record in inbound.untidied(conn, settings.state_name):
        if record.uid is not None and record.uidvalidity != uidvalidity:
            gone.append(record.id)  # that numbering is gone
            continue
        ident: int | str = record.uid if record.uid is not None else record.source_key
        tidy = tidy_for(record)
        if tidy is Tidy.MOVE:
            moves.append((record.id, ident))
        elif tidy is Tidy.FLAG:
            flags.append((record.id, ident))
    _apply_tidy(conn, source, moves, flags, report, also_done=gone)


def _tidy_batch(
    conn: sqlite3.Connection,
    source: MailSource,
    settings: MailSettings,
    uidvalidity: int,
    pending: list[tuple[FetchedMail, Handled]],
    report: MailboxReport,
) -> None:
    """Move and flag what this batch decided, then advance the cursor past it."""
    if not pending:
        return
    moves: list[tuple[int, int | str]] = []
    flags: list[tuple[int, int | str]] = []
    for fetched, handled in pending:
        if handled.inbound_id is None:
            continue
        record = inbound.by_id(conn, handled.inbound_id)
        if record is None or record.tidied:
            continue
        ident: int | str = fetched.uid if fetched.uid is not None else fetched.key
        if handled.tidy is Tidy.MOVE:
            moves.append((handled.inbound_id, ident))
        elif handled.tidy is Tidy.FLAG:
            flags.append((handled.inbound_id, ident))
        else:
            report.failed += 1
    _apply_tidy(conn, source, moves, flags, report)
    uids = [fetched.uid for fetched, _ in pending if fetched.uid is not None]
    if uids:
        with transaction(conn):
            current = inbound.cursor(conn, settings.state_name)
            last = current[1] if current and current[0] == uidvalidity else 0
            inbound.set_cursor(conn, settings.state_name, uidvalidity, max(last, *uids))


def _apply_tidy(
    conn: sqlite3.Connection,
    source: MailSource,
    moves: list[tuple[int, int | str]],
    flags: list[tuple[int, int | str]],
    report: MailboxReport,
    *,
    also_done: list[int] | None = None,
) -> None:
    if moves:
        source.move_many([ident for _, ident in moves])
        report.moved += len(moves)
    if flags:
        source.flag_many([ident for _, ident in flags])
        report.flagged += len(flags)
    done = [inbound_id for inbound_id, _ in (*moves, *flags)] + (also_done or [])
    if done:
        with transaction(conn):
            for inbound_id in done:
                inbound.mark_tidied(conn, inbound_id)
