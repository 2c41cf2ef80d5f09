"""`praxis-worker run`: the daemon.

APScheduler 3.x is only the wake-up clock: what is due lives in the state, so a tick
that is late or skipped loses nothing. IMAP IDLE (on its own connection and thread)
wakes the loop within a second of new mail; the interval tick covers polling, sending,
reminders and the digest. Cycles never overlap. SIGTERM/SIGINT finish the current mail,
commit and exit 0; SIGHUP re-reads the config at the next cycle boundary.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
import threading
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from apscheduler.schedulers.asyncio import AsyncIOScheduler

from worker.adapters import systemd
from worker.config import Config, load_config
from worker.cycle.app import Worker, open_source
from worker.errors import ConfigError, MailboxError

log = logging.getLogger(__name__)

SEND_TICK_SECONDS = 60  # reminders and retries are checked at least this often
IDLE_RENEW_SECONDS = 240  # IDLE re-issued well within the 29 minutes of RFC 2177
IDLE_RETRY_CAP_SECONDS = 300


class Daemon:
    def __init__(self, worker: Worker) -> None:
        self.worker = worker
        self.stop = asyncio.Event()
        self.wake = asyncio.Event()
        self.reload_requested = False
        self._idle_stop = threading.Event()
        self._idle_thread: threading.Thread | None = None
        self._cycle_finished_at: datetime | None = None

    # --- lifecycle ---------------------------------------------------------------------

    async def run(self) -> int:
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(sig, self._request_stop, sig.name)
        loop.add_signal_handler(signal.SIGHUP, self._request_reload)
        scheduler = AsyncIOScheduler(timezone=UTC)
        config = self.worker.config
        interval = min(config.mailbox.poll_seconds, SEND_TICK_SECONDS)
        scheduler.add_job(
            self.wake.set,
            "interval",
            seconds=interval,
            id="tick",
            max_instances=1,
            coalesce=True,
            misfire_grace_time=interval,
            next_run_time=datetime.now(UTC),
        )
        scheduler.start()
        watchdog = asyncio.create_task(self._watchdog())
        self._start_idle_watcher(loop)
        systemd.notify("READY=1", "STATUS=running")
        log.info("event=daemon_started interval_s=%d idle=%s", interval, self._idle_enabled())
        try:
            while not self.stop.is_set():
                await self._wait_for_wake()
                if self.stop.is_set():
                    break
                self.wake.clear()
                self._maybe_reload()
                await self._cycle()
        finally:
            systemd.notify("STOPPING=1")
            scheduler.shutdown(wait=False)
            watchdog.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await watchdog
            self._idle_stop.set()
            self.worker.close()
            log.info("event=daemon_stopped")
        return 0

    def _request_stop(self, name: str) -> None:
        log.info("event=stop_requested signal=%s", name)
        self.stop.set()
        self.wake.set()

    def _request_reload(self) -> None:
        log.info("event=reload_requested")
        self.reload_requested = True
        self.wake.set()

    def _maybe_reload(self) -> None:
        if not self.reload_requested:
            return
        self.reload_requested = False
        path = self.worker.config.path
        if path is None:
            return
        try:
            config: Config = load_config(path)
        except ConfigError as exc:
            log.error("event=reload_failed error=%s", exc)  # names a key, never content
            return
        if config.state.path != self.worker.config.state.path:
            log.error("event=reload_refused reason=state_path_changed (restart instead)")
            return
        self.worker.reconfigure(config)
        log.info("event=reloaded")

    async def _wait_for_wake(self) -> None:
        stop = asyncio.create_task(self.stop.wait())
        wake = asyncio.create_task(self.wake.wait())
        await asyncio.wait({stop, wake}, return_when=asyncio.FIRST_COMPLETED)
        for task in (stop, wake):
            task.cancel()

    async def _cycle(self) -> None:
        try:
            report = await self.worker.run_cycle(should_stop=self.stop.is_set)
        except Exception as exc:  # one failing cycle never stops the daemon
            log.exception("event=cycle_failed error=%s", type(exc).__name__)
            return
        first = self._cycle_finished_at is None
        self._cycle_finished_at = datetime.now(UTC)
        handled = report.mailbox.handled if report.mailbox else 0
        sent = report.sent.sent if report.sent else 0
        # The first cycle after a start is always logged: the operator (and the tests) see
        # the daemon got through one, also on a Sunday when no request may go out.
        if first or handled or sent or report.mailbox_error or report.send_error:
            log.info(
                "event=cycle mails=%d sent=%d mailbox_error=%s send_error=%s",
                handled,
                sent,
                report.mailbox_error or "-",
                report.send_error or "-",
            )

    async def _watchdog(self) -> None:
        """WATCHDOG=1 only while cycles complete: a stuck loop or thread gets restarted."""
        interval = systemd.watchdog_interval()
        if interval is None:
            return
        limit = timedelta(seconds=max(interval * 2, SEND_TICK_SECONDS * 3))
        while True:
            await asyncio.sleep(interval)
            finished = self._cycle_finished_at
            if finished is not None and datetime.now(UTC) - finished < limit:
                systemd.notify("WATCHDOG=1")

    # --- IMAP IDLE ---------------------------------------------------------------------

    def _idle_enabled(self) -> bool:
        mailbox = self.worker.config.mailbox
        return mailbox.type == "imap" and mailbox.idle

    def _start_idle_watcher(self, loop: asyncio.AbstractEventLoop) -> None:
        if not self._idle_enabled():
            return

        def wake() -> None:
            loop.call_soon_threadsafe(self.wake.set)

        def back() -> None:
            loop.call_soon_threadsafe(self._mailbox_back)

        # A daemon thread: a blocked IDLE read must never delay shutdown.
        self._idle_thread = threading.Thread(
            target=self._idle_loop, args=(wake, back), name="imap-idle", daemon=True
        )
        self._idle_thread.start()

    def _mailbox_back(self) -> None:
        """The IDLE connection just logged in: the server is back, so the cycle need not
        wait out its backoff (a wrong password keeps its 15 minutes)."""
        backoff = self.worker.mailbox_backoff
        if backoff.last_error != "auth":
            backoff.succeeded()
        self.wake.set()

    def _idle_loop(self, wake: Callable[[], None], back: Callable[[], None]) -> None:
        delay = 2.0
        while not self._idle_stop.is_set():
            try:
                source = open_source(self.worker.config)
                source.open()
            except (MailboxError, ConfigError, OSError) as exc:
                log.warning("event=idle_connect_failed error=%s", type(exc).__name__)
                self._idle_stop.wait(delay)
                delay = min(delay * 2, IDLE_RETRY_CAP_SECONDS)
                continue
            delay = 2.0
            # IDLE reports only mail that arrives from now on: what came while this
            # connection was down (server restart, network cut) needs a cycle now.
            back()
            try:
                while not self._idle_stop.is_set():
                    if source.idle_wait(IDLE_RENEW_SECONDS):
                        wake()
            except MailboxError as exc:
                log.warning("event=idle_lost error=%s", type(exc).__name__)
                wake()  # a cycle now: it reconnects and catches up
            finally:
                with contextlib.suppress(Exception):
                    source.close()


def run_daemon(worker: Worker) -> int:
    return asyncio.run(Daemon(worker).run())
