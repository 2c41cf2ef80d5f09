"""`praxis-worker demo`: a self-contained demo practice, one cycle, a readable report.

Needs no server and no network: the mailbox and the outbox are Maildir folders in the
demo directory, the state is a SQLite file beside them.
"""

from __future__ import annotations

import asyncio
import mailbox
import shutil
import sqlite3
from pathlib import Path

from state import outbox
from worker.clock import Clock
from worker.config import load_config
from worker.cycle.app import Worker
from worker.errors import UsageError
from worker.modes.demo_practice import APPOINTMENTS, CONFIG, DEMO_DAY_BEFORE, demo_mails

MARKER = ".praxis-worker-demo"


def build_demo(directory: Path) -> Path:
    """Write the demo practice into `directory`; returns the config path."""
    if directory.exists() and any(directory.iterdir()):
        if not (directory / MARKER).exists():
            raise UsageError(
                f"--dir: {directory} is not empty and not a demo directory; choose another"
            )
        shutil.rmtree(directory)  # a previous demo: start afresh, so it is safe to run twice
    directory.mkdir(mode=0o700, parents=True, exist_ok=True)
    (directory / MARKER).write_text("built by praxis-worker demo\n", encoding="utf-8")
    (directory / "praxis-worker.toml").write_text(CONFIG, encoding="utf-8")
    (directory / "appointments.csv").write_text(APPOINTMENTS, encoding="utf-8")
    (directory / "mail").mkdir(mode=0o700)
    mailbox.Maildir(directory / "mail" / "inbox", create=True)
    mailbox.Maildir(directory / "mail" / "outbox", create=True)
    return directory / "praxis-worker.toml"


def prepare_demo(directory: Path) -> Path:
    """The demo practice as it stands on the demo morning, before the worker's cycle:
    yesterday's cycle has booked everything and sent what was due; the patients' mail
    has arrived. Returns the config path."""
    config_path = build_demo(directory)
    config = load_config(config_path)
    worker = Worker(config, Clock(config.practice.zone, DEMO_DAY_BEFORE))
    try:
        asyncio.run(worker.run_cycle())
        deliver_morning_mail(directory, worker.conn)
    finally:
        worker.close()
    return config_path


def deliver_morning_mail(directory: Path, conn: sqlite3.Connection) -> None:
    """Put the patients' mail into the inbox; the bounce returns our mail to Peter Neumann."""
    to_peter = next((r for r in outbox.list_rows(conn) if r.recipient == BOUNCING_ADDRESS), None)
    bounced_id = to_peter.message_id if to_peter else "<unknown@praxis-impulse.de>"
    inbox = mailbox.Maildir(directory / "mail" / "inbox", create=False)
    for _, raw in demo_mails(bounced_id):
        inbox.add(raw)


BOUNCING_ADDRESS = "p.neumann@example.org"
