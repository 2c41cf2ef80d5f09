"""The store under faults: busy, full, read-only, and a second worker (RELIABILITY O1, O2).

Each fault leaves a state the next cycle continues from: nothing sent without committed
state, no mail marked handled that was not, and after the fault every mail is handled
exactly once.
"""

from __future__ import annotations

import asyncio
import sqlite3
import threading
import time
from pathlib import Path

import pytest

from state.db import connect
from state.errors import StateError
from worker.clock import Clock
from worker.config import load_config
from worker.cycle.app import Worker
from worker.modes.demo import prepare_demo
from worker.modes.demo_practice import DEMO_NOW, demo_mails

DEMO_MAILS = len(demo_mails(""))


@pytest.fixture
def practice(tmp_path: Path) -> Path:
    """The demo practice on its morning: its mails (DEMO_MAILS) waiting in the Maildir inbox."""
    return prepare_demo(tmp_path / "practice")


def _worker(config_path: Path) -> Worker:
    config = load_config(config_path)
    return Worker(config, Clock(config.practice.zone, DEMO_NOW))


def _inbox_count(config_path: Path) -> int:
    inbox = config_path.parent / "mail" / "inbox"
    return sum(1 for d in ("new", "cur") for _ in (inbox / d).iterdir())


def _sent_count(config_path: Path) -> int:
    return sum(1 for _ in (config_path.parent / "mail" / "outbox" / "new").iterdir())


def test_busy_timeout_and_wal_are_set(tmp_path: Path) -> None:
    conn = connect(tmp_path / "s.db")
    assert conn.execute("PRAGMA busy_timeout").fetchone()[0] >= 5000
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_a_writer_waits_for_a_short_lock_instead_of_failing(tmp_path: Path) -> None:
    path = tmp_path / "s.db"
    connect(path).close()
    holder = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    holder.execute("BEGIN IMMEDIATE")
    released = threading.Event()

    def release_soon() -> None:
        time.sleep(0.5)
        holder.execute("COMMIT")
        released.set()

    threading.Thread(target=release_soon).start()
    conn = connect(path)
    conn.execute("INSERT INTO meta (key, value) VALUES ('k', 'v')")  # waits, then succeeds
    assert released.is_set()
    assert conn.execute("SELECT value FROM meta WHERE key = 'k'").fetchone()[0] == "v"


def _processed_count(config_path: Path) -> int:
    folder = config_path.parent / "mail" / "inbox" / ".Verarbeitet"
    if not folder.exists():
        return 0
    return sum(1 for d in ("new", "cur") for _ in (folder / d).iterdir())


def test_disk_full_loses_nothing_and_sends_nothing_unrecorded(practice: Path) -> None:
    sent_before = _sent_count(practice)
    worker = _worker(practice)
    try:
        pages = worker.conn.execute("PRAGMA page_count").fetchone()[0]
        worker.conn.execute(f"PRAGMA max_page_count = {pages}")  # the disk is full now
        with pytest.raises(sqlite3.OperationalError, match="full"):
            asyncio.run(worker.run_cycle())
        committed = worker.conn.execute(
            "SELECT COUNT(*) FROM inbound_messages WHERE status = 'processed'"
        ).fetchone()[0]
    finally:
        worker.close()
    assert _sent_count(practice) == sent_before  # nothing without a committed outbox row
    # What was committed before the disk filled up was tidied; the rest still waits.
    assert _processed_count(practice) <= committed
    assert _inbox_count(practice) + _processed_count(practice) == DEMO_MAILS

    worker = _worker(practice)  # space again: the next cycles do everything, once
    try:
        asyncio.run(worker.run_cycle())
        asyncio.run(worker.run_cycle())
        confirmations = worker.conn.execute("SELECT COUNT(*) FROM confirmations").fetchone()[0]
        handled = worker.conn.execute(
            "SELECT COUNT(*) FROM inbound_messages WHERE status IN ('processed', 'review')"
        ).fetchone()[0]
        receipts = worker.conn.execute(
            "SELECT COUNT(*) FROM outbox WHERE kind = 'confirmation_receipt'"
        ).fetchone()[0]
    finally:
        worker.close()
    assert (confirmations, handled, receipts) == (3, DEMO_MAILS, 3)
    assert _inbox_count(practice) + _processed_count(practice) == DEMO_MAILS


def test_read_only_state_fails_the_cycle_and_sends_nothing(practice: Path) -> None:
    sent_before = _sent_count(practice)
    worker = _worker(practice)
    worker.conn.execute("PRAGMA query_only = ON")  # writes fail like on a read-only mount
    try:
        with pytest.raises(sqlite3.OperationalError, match=r"readonly|read-only"):
            asyncio.run(worker.run_cycle())
    finally:
        worker.close()
    assert _sent_count(practice) == sent_before
    assert _inbox_count(practice) == DEMO_MAILS


def test_a_second_worker_on_the_same_state_is_refused(practice: Path) -> None:
    first = _worker(practice)
    try:
        with pytest.raises(StateError, match="another praxis-worker is already running"):
            _worker(practice)
    finally:
        first.close()
    _worker(practice).close()  # once the first is gone, a new one starts
