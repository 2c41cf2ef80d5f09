"""The worker: one state, one mailbox, one sender, and the cycle that joins them.

A cycle is: re-import appointment files -> fetch and handle new mail -> plan due mail
into the outbox -> plan staff mail -> send what is due. Each phase commits its own
work; a phase that fails (server down, wrong password) is logged once per change of
state, backs off, and does not stop the others.
"""

from __future__ import annotations

import asyncio
import fcntl
import logging
import os
import random
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import IO

from rules.mime_limits import MailLimits
from state import digest as health_store
from state import outbox, review
from state.db import connect, transaction
from state.errors import StateError
from state.retention import last_purge
from worker.adapters.mail_source import MailSource
from worker.adapters.maildir import state_name as maildir_state_name
from worker.adapters.sender import Sender
from worker.adapters.smtp import DeliveryAuthError
from worker.clock import Clock
from worker.config import Config
from worker.cycle.outgoing import (
    EnqueueReport,
    OutgoingSettings,
    SendReport,
    enqueue_due_mail,
    send_due_mail,
    settings_from_config,
)
from worker.cycle.phases import MailboxReport, mailbox_phase, sync_sources
from worker.cycle.processing import Handled, MailSettings
from worker.errors import ConfigError, DeliveryError, MailboxAuthError, MailboxError

log = logging.getLogger(__name__)

BACKOFF_START = timedelta(seconds=2)
BACKOFF_CAP = timedelta(minutes=5)
AUTH_BACKOFF = timedelta(minutes=15)  # a wrong password must not lock the account


@dataclass(slots=True)
class Backoff:
    """Exponential backoff with jitter for one outside service."""

    name: str
    failures: int = 0
    not_before: datetime | None = None
    last_error: str | None = None

    def ready(self, now: datetime) -> bool:
        return self.not_before is None or now >= self.not_before

    def succeeded(self) -> None:
        if self.failures:
            log.info(
                "event=service_recovered service=%s after_failures=%d", self.name, self.failures
            )
        self.failures, self.not_before, self.last_error = 0, None, None

    def failed(self, now: datetime, error: str, *, auth: bool = False) -> None:
        if error != self.last_error:  # logged once per change of state, not every retry
            log.warning("event=service_failed service=%s error=%s", self.name, error)
        self.failures += 1
        self.last_error = error
        delay = BACKOFF_START * (2 ** min(self.failures - 1, 10))
        delay = min(delay, BACKOFF_CAP)
        delay = max(delay, AUTH_BACKOFF) if auth else delay
        jitter = delay.total_seconds() * random.uniform(0, 0.2)
        self.not_before = now + delay + timedelta(seconds=jitter)


@dataclass(slots=True)
class CycleReport:
    started: datetime
    imports: int = 0
    mailbox: MailboxReport | None = None
    mailbox_error: str | None = None
    enqueued: EnqueueReport | None = None
    staff_enqueued: int = 0
    sent: SendReport | None = None
    send_error: str | None = None
    errors: list[str] = field(default_factory=list)


class StateLock:
    """One worker per state: a second one is refused with a clear message."""

    def __init__(self, state_path: Path) -> None:
        self.path = Path(f"{state_path}.lock")
        self._file: IO[str] | None = None

    def acquire(self) -> None:
        self.path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        handle = open(self.path, "a", encoding="utf-8")  # noqa: SIM115 - held until release
        os.chmod(self.path, 0o600)
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.close()
            raise StateError(
                f"another praxis-worker is already running on this state ({self.path} is "
                "locked); stop it first"
            ) from None
        self._file = handle

    def release(self) -> None:
        if self._file is not None:
            fcntl.flock(self._file, fcntl.LOCK_UN)
            self._file.close()
            self._file = None


SourceFactory = Callable[[Config], MailSource]
SenderFactory = Callable[[Config], Sender]


def open_source(config: Config) -> MailSource:
    mailbox = config.mailbox
    if mailbox.type == "maildir":
        from worker.adapters.maildir import MaildirMailbox

        assert mailbox.path is not None
        return MaildirMailbox(path=mailbox.path, processed_folder=mailbox.processed_folder)
    from worker.adapters.imap import ImapMailbox

    return ImapMailbox(
        host=mailbox.host,
        port=mailbox.port,
        security=mailbox.security,
        username=mailbox.username,
        password=mailbox.password.read(),
        folder=mailbox.folder,
        processed_folder=mailbox.processed_folder,
        ca_file=str(mailbox.ca_file) if mailbox.ca_file else None,
    )


def make_sender(config: Config) -> Sender:
    smtp = config.smtp
    if smtp.type == "maildir":
        from worker.adapters.maildir_sender import MaildirSender

        assert smtp.path is not None
        return MaildirSender(smtp.path)
    from worker.adapters.smtp import SmtpSender, SmtpSettings

    return SmtpSender(
        SmtpSettings(
            host=smtp.host,
            port=smtp.port,
            security=smtp.security,
            ca_file=str(smtp.ca_file) if smtp.ca_file else None,
            username=smtp.username or None,
            password=smtp.password.read() if smtp.username else None,
            local_hostname=config.practice.domain or None,
        )
    )


def mail_settings_for(config: Config, *, clarify: OutgoingSettings | None = None) -> MailSettings:
    """What handling one mail needs from the config (the worker's and replay's alike)."""
    mailbox = config.mailbox
    return MailSettings(
        state_name=(
            maildir_state_name(mailbox.folder)
            if mailbox.type == "maildir"
            else f"{mailbox.type}:{mailbox.host}/{mailbox.folder}"
        ),
        practice=config.practice,
        mailbox=mailbox,
        forms=config.forms,
        attachments_dir=config.state.attachments_dir,
        limits=MailLimits(max_bytes=mailbox.max_message_mb * 2**20),
        clarify=clarify,
        staff=settings_from_config(config),
    )


class Worker:
    """Owns the state connection and the lock; runs cycles."""

    def __init__(
        self,
        config: Config,
        clock: Clock,
        *,
        source_factory: SourceFactory = open_source,
        sender_factory: SenderFactory = make_sender,
        lock: bool = True,
    ) -> None:
        self.config = config
        self.clock = clock
        self._source_factory = source_factory
        self._sender_factory = sender_factory
        self._lock = StateLock(config.state.path) if lock else None
        if self._lock is not None:
            self._lock.acquire()
        try:
            self.conn: sqlite3.Connection = connect(config.state.path)
        except BaseException:
            if self._lock is not None:
                self._lock.release()
            raise
        # Rows a crash left in "sending" go again, with the same Message-ID (at least once).
        requeued = outbox.requeue_interrupted(self.conn, now=clock.now())
        if requeued:
            log.warning("event=outbox_requeued rows=%d", requeued)
        self.mailbox_backoff = Backoff("mailbox")
        self.sender_backoff = Backoff("smtp")
        self.outgoing = settings_from_config(config)
        self.last_cycle_ok: datetime | None = None
        self.calendar_read_at: dict[str, datetime] = {}  # live calendars (interval_minutes)
        self.live_since: datetime | None = None  # the switch from shadow mode (worker.modes.shadow)

    def reconfigure(self, config: Config) -> None:
        """Take a re-read config (SIGHUP); the state path stays the same."""
        self.config = config
        self.outgoing = settings_from_config(config)

    def close(self) -> None:
        self.conn.close()
        if self._lock is not None:
            self._lock.release()

    def mail_settings(self) -> MailSettings:
        clarify = self.outgoing if self.config.schedule.clarify else None
        return mail_settings_for(self.config, clarify=clarify)

    async def run_cycle(self, *, should_stop: Callable[[], bool] = lambda: False) -> CycleReport:
        now = self.clock.now()
        report = CycleReport(started=now)
        config = self.config
        if config.sources:
            imports = sync_sources(
                self.conn,
                list(config.sources),
                zone=config.practice.zone,
                policy=config.telemedicine,
                now=now,
                outgoing=self.outgoing,
            )
            report.imports = sum(r.added + r.updated for r in imports)
        if config.calendars:
            report.imports += await self._calendars(now)
        if self.mailbox_backoff.ready(now):
            await self._mailbox(report, now, should_stop)
        if not should_stop():
            self._plan(report, now)
            if self.sender_backoff.ready(now):
                await self._send(report, now)
        self._purge_if_due(now)
        self._record_health(report, now)
        return report

    async def _calendars(self, now: datetime) -> int:
        """Read each live calendar that is due (`interval_minutes`); the download runs
        off the event loop, storing on it. A failure is on the review list, and the
        calendar is tried again after its interval, not every tick."""
        from worker.adapters.calendars import fetch
        from worker.cycle.calendar_sources import calendars_due, failed, store_or_fail

        changed = 0
        config = self.config
        for source in calendars_due(config.calendars, self.calendar_read_at, now):
            self.calendar_read_at[source.name] = now
            try:
                data = await asyncio.to_thread(fetch, source)
            except ConfigError as exc:
                failed(self.conn, source, str(exc), now=now)
                continue
            result = store_or_fail(
                self.conn,
                source,
                data,
                zone=config.practice.zone,
                policy=config.telemedicine,
                now=now,
                outgoing=self.outgoing,
            )
            if result.imported is not None:
                changed += result.imported.added + result.imported.updated + result.removed
        return changed

    def _purge_if_due(self, now: datetime) -> None:
        """The daily retention purge (state.retention_days)."""
        last = last_purge(self.conn)
        if last is not None and now - last < timedelta(days=1):
            return
        from worker.cycle.purge import purge

        purge(
            self.conn,
            self.config.state.attachments_dir,
            days=self.config.state.retention_days,
            now=now,
        )

    async def _mailbox(
        self, report: CycleReport, now: datetime, should_stop: Callable[[], bool]
    ) -> None:
        settings = self.mail_settings()
        max_bytes = self.config.mailbox.max_message_mb * 2**20

        def work() -> MailboxReport:
            source = self._source_factory(self.config)
            source.open()
            try:
                return mailbox_phase(
                    self.conn,
                    source,
                    settings,
                    now=now,
                    max_bytes=max_bytes,
                    should_stop=should_stop,
                    on_handled=lambda handled: self._after_mail(handled, now),
                )
            finally:
                source.close()

        try:
            report.mailbox = await asyncio.to_thread(work)
        except MailboxAuthError:
            report.mailbox_error = "auth"
            self.mailbox_backoff.failed(now, "auth", auth=True)
            self._alert_once(
                now,
                "mailbox-auth",
                "Anmeldung am Postfach fehlgeschlagen (Passwort oder Konto prüfen); "
                "neuer Versuch in 15 Minuten.",
            )
        except MailboxError as exc:
            report.mailbox_error = type(exc).__name__
            # The adapters' messages name the step and the error type, never mail content.
            self.mailbox_backoff.failed(now, f"connection ({exc})")
        else:
            self.mailbox_backoff.succeeded()
            with transaction(self.conn):
                health_store.note_mailbox_contact(self.conn, now=now)

    def _after_mail(self, handled: Handled, now: datetime) -> None:
        """Called for each mail right after it is committed; results are not kept."""

    def _plan(self, report: CycleReport, now: datetime) -> None:
        # Held and missed mail are on the review list already (report.enqueued.review),
        # so the staff alert planned next names them.
        report.enqueued = enqueue_due_mail(
            self.conn, now=now, settings=self.outgoing, live_since=self.live_since
        )
        report.staff_enqueued = self._plan_staff(now)

    def _plan_staff(self, now: datetime) -> int:
        try:
            from worker.cycle.staff import enqueue_staff_mail
        except ImportError:  # staff mail not installed in this build
            return 0
        return enqueue_staff_mail(self.conn, self.config, now=now)

    async def _send(self, report: CycleReport, now: datetime) -> None:
        try:
            sender = self._sender_factory(self.config)
            report.sent = await send_due_mail(self.conn, sender, now=now, settings=self.outgoing)
        except DeliveryAuthError:
            report.send_error = "auth"
            self.sender_backoff.failed(now, "auth", auth=True)
            self._alert_once(
                now,
                "smtp-auth",
                "Anmeldung am Mailserver (SMTP) fehlgeschlagen; Versand pausiert, "
                "neuer Versuch in 15 Minuten.",
            )
            return
        except (DeliveryError, OSError) as exc:
            report.send_error = type(exc).__name__
            detail = exc if isinstance(exc, DeliveryError) else type(exc).__name__
            self.sender_backoff.failed(now, f"connection ({detail})")
            return
        # Refused and expired mail are on the review list (report.sent.review), each
        # recorded with its verdict.
        self.sender_backoff.succeeded()

    def _alert_once(self, now: datetime, key: str, reason: str) -> None:
        with transaction(self.conn):
            review.add(
                self.conn,
                kind="alert",
                dedup_key=f"{key}:{now.astimezone(UTC).date().isoformat()}",
                reason=reason,
                now=now,
            )

    def _record_health(self, report: CycleReport, now: datetime) -> None:
        errors = [e for e in (report.mailbox_error, report.send_error) if e]
        if errors:
            with transaction(self.conn):
                health_store.note_error(self.conn, ",".join(errors), now=now)
        else:
            self.last_cycle_ok = now
