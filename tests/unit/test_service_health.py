"""The worker's health under outages: backoff, one alert, the watchdog (RELIABILITY I3,
I4, I13, O3). No sockets to mail servers: the mailbox is a stand-in that fails."""

from __future__ import annotations

import asyncio
import itertools
import os
import socket
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from state import review
from worker.adapters.imap import MAX_IDLE_S
from worker.clock import Clock
from worker.config import Config, load_config
from worker.cycle.app import AUTH_BACKOFF, BACKOFF_CAP, Backoff, Worker
from worker.errors import MailboxAuthError, MailboxError
from worker.modes import daemon as daemon_module
from worker.modes.demo import prepare_demo
from worker.modes.demo_practice import DEMO_NOW

NOW = datetime(2026, 6, 16, 10, 0, tzinfo=UTC)


def test_network_failures_back_off_exponentially_up_to_five_minutes() -> None:
    backoff = Backoff("mailbox")
    delays = []
    for _ in range(12):
        backoff.failed(NOW, "connection (refused)")
        assert backoff.not_before is not None
        delays.append(backoff.not_before - NOW)
    assert delays[0] < timedelta(seconds=3)
    assert all(later >= earlier * 0.8 for earlier, later in itertools.pairwise(delays))
    assert max(delays) <= BACKOFF_CAP * 1.2  # cap plus at most 20 % jitter
    assert not backoff.ready(NOW + timedelta(seconds=1))
    backoff.succeeded()
    assert backoff.ready(NOW)


def test_a_refused_login_waits_at_least_fifteen_minutes() -> None:
    backoff = Backoff("mailbox")
    backoff.failed(NOW, "auth", auth=True)
    assert backoff.not_before is not None
    assert backoff.not_before - NOW >= AUTH_BACKOFF >= timedelta(minutes=15)


def test_failures_are_logged_once_per_change_of_state(caplog: pytest.LogCaptureFixture) -> None:
    backoff = Backoff("mailbox")
    with caplog.at_level("WARNING", logger="worker.cycle.app"):
        for _ in range(5):
            backoff.failed(NOW, "connection (refused)")
        backoff.failed(NOW, "auth", auth=True)
    assert [r.getMessage().count("service_failed") for r in caplog.records] == [1, 1]


class _FailingSource:
    def __init__(self, error: Exception) -> None:
        self.error = error
        self.opened = 0

    def open(self) -> None:
        self.opened += 1
        raise self.error


@pytest.mark.parametrize(
    ("error", "alert"),
    [
        pytest.param(MailboxAuthError("login refused"), True, id="wrong-password"),
        pytest.param(MailboxError("connect failed: ConnectionRefusedError"), False, id="down"),
    ],
)
def test_an_unreachable_mailbox_pauses_the_mailbox_only(
    tmp_path: Path, error: Exception, alert: bool
) -> None:
    config: Config = load_config(prepare_demo(tmp_path / "practice"))
    source = _FailingSource(error)
    worker = Worker(
        config,
        Clock(config.practice.zone, DEMO_NOW),
        source_factory=lambda _: source,  # type: ignore[arg-type,return-value]
    )
    try:
        first = asyncio.run(worker.run_cycle())
        second = asyncio.run(worker.run_cycle())  # same instant: still backing off
        alerts = [i for i in review.list_items(worker.conn) if i.kind == "alert"]
    finally:
        worker.close()
    assert first.mailbox_error is not None
    assert source.opened == 1  # no retry burst while backing off
    assert second.mailbox_error is None
    assert second.mailbox is None
    assert first.sent is not None  # sending went on
    assert len(alerts) == (1 if alert else 0)  # one alert for a wrong password, not per try


def test_idle_is_renewed_well_within_the_29_minutes_of_rfc_2177() -> None:
    assert daemon_module.IDLE_RENEW_SECONDS <= 10 * 60
    assert MAX_IDLE_S <= 10 * 60


def _collect(sock: socket.socket, seconds: float) -> list[str]:
    sock.settimeout(seconds)
    seen: list[str] = []
    try:
        while True:
            seen.extend(sock.recv(1024).decode().splitlines())
    except TimeoutError:
        return seen


def test_watchdog_is_fed_only_while_cycles_complete(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "notify.sock"
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    sock.bind(str(path))
    monkeypatch.setenv("NOTIFY_SOCKET", str(path))
    monkeypatch.setenv("WATCHDOG_USEC", "100000")  # feed every 0.05 s
    monkeypatch.setenv("WATCHDOG_PID", str(os.getpid()))
    monkeypatch.setattr(daemon_module, "SEND_TICK_SECONDS", 0.1)
    daemon = daemon_module.Daemon(worker=None)  # type: ignore[arg-type]

    async def watch(finished: datetime | None) -> None:
        daemon._cycle_finished_at = finished
        task = asyncio.create_task(daemon._watchdog())
        await asyncio.sleep(0.4)
        task.cancel()

    try:
        asyncio.run(watch(datetime.now(UTC) - timedelta(minutes=10)))  # a stuck loop
        stuck = _collect(sock, 0.2)
        asyncio.run(watch(datetime.now(UTC)))  # cycles complete
        alive = _collect(sock, 0.2)
    finally:
        sock.close()
    assert "WATCHDOG=1" not in stuck
    assert "WATCHDOG=1" in alive
