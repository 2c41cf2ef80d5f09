"""A small practice on local Maildirs, run through the real CLI (`run --once`).

Shared by the hostile-mail and loop tests: the inbox and the outbox are Maildir folders
and the state a SQLite file in a temp directory, as in `praxis-worker demo`, so a whole
cycle (import, fetch, decide, store, tidy, plan, "send") runs without any server.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import mailbox
import shutil
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from state import confirmations as confirmation_store
from state import inbound, review
from state import outbox as outbox_store
from state import patients as patient_store
from state.db import connect
from state.inbound import InboundRecord
from state.outbox import OutboxRow
from state.review import ReviewItem
from worker.cli import main

BERLIN = ZoneInfo("Europe/Berlin")
# Tuesday; Erika's video appointment was yesterday (open for confirmation), Jonas is a
# new patient whose phone appointment on Friday still needs every form.
NOW = datetime(2026, 6, 16, 10, 0, tzinfo=BERLIN)
PRACTICE = "termine@praxis-impulse.de"
STAFF = "team@praxis-impulse.de"
AUTHSERV_ID = "mx.praxis-impulse.de"
ERIKA = "erika.beispiel@web.de"
JONAS = "jonas.neu@gmx.de"
PATIENTS = (ERIKA, JONAS)

APPOINTMENTS = """\
external_id;name;email;start;duration;kind;treatment;insurance;new_patient;video_link
H-01;Erika Beispiel;erika.beispiel@web.de;15.06.2026 09:00;30;video;KG;gkv;nein;https://video.redmedical.de/#/join?code=K7Q2-9XDA
H-02;Jonas Neu;jonas.neu@gmx.de;19.06.2026 14:00;30;phone;KG;private;ja;
"""

CONFIG = """\
[practice]
name = "Praxis Impulse"
address = "termine@praxis-impulse.de"
staff = ["team@praxis-impulse.de"]
timezone = "Europe/Berlin"
language = "de"
region = "BE"

[mailbox]
type = "maildir"
path = "mail/inbox"
processed_folder = "Verarbeitet"
trusted_authserv_id = "{authserv_id}"
accept_unauthenticated = {accept}

[smtp]
type = "maildir"
path = "mail/outbox"
max_per_recipient_per_day = {cap}

[state]
path = "state/state.db"
attachments_dir = "state/attachments"

[appointments]
sources = ["appointments.csv"]
"""


@dataclass(frozen=True, slots=True)
class Practice:
    root: Path

    @classmethod
    def build(
        cls, root: Path, *, authserv_id: str = "", cap: int = 5, appointments: str = APPOINTMENTS
    ) -> Practice:
        root.mkdir(mode=0o700, parents=True, exist_ok=True)
        (root / "praxis-worker.toml").write_text(
            # Without an authserv-id the practice deliberately takes From as given: these
            # tests are about reading and answering (test_hostile runs both ways).
            CONFIG.format(
                authserv_id=authserv_id, accept="false" if authserv_id else "true", cap=cap
            ),
            encoding="utf-8",
        )
        (root / "appointments.csv").write_text(appointments, encoding="utf-8")
        (root / "mail").mkdir(mode=0o700, exist_ok=True)
        mailbox.Maildir(root / "mail" / "inbox", create=True)
        mailbox.Maildir(root / "mail" / "outbox", create=True)
        return cls(root)

    def copy_to(self, target: Path) -> Practice:
        shutil.copytree(self.root, target)
        return Practice(target)

    @property
    def inbox(self) -> Path:
        return self.root / "mail" / "inbox"

    @property
    def attachments_dir(self) -> Path:
        return self.root / "state" / "attachments"

    def deliver(self, raw: bytes) -> str:
        """Put one mail into the inbox; returns its Maildir key."""
        return str(mailbox.Maildir(self.inbox, create=False).add(raw))

    def run(self, now: datetime = NOW) -> int:
        """One whole cycle through the CLI; returns the exit code (stdout swallowed)."""
        argv = ["--config", str(self.root / "praxis-worker.toml"), "--now", now.isoformat()]
        with contextlib.redirect_stdout(io.StringIO()):
            return main([*argv, "run", "--once"])

    @contextlib.contextmanager
    def state(self) -> Iterator[sqlite3.Connection]:
        conn = connect(self.root / "state" / "state.db")
        try:
            yield conn
        finally:
            conn.close()

    def outbox(self) -> list[OutboxRow]:
        with self.state() as conn:
            return outbox_store.list_rows(conn)

    def inbound(self, key: str) -> InboundRecord | None:
        with self.state() as conn:
            return inbound.get(conn, "maildir:INBOX", key)

    def review_items(self) -> list[ReviewItem]:
        with self.state() as conn:
            return review.list_items(conn)

    def confirmation_message_ids(self) -> set[str | None]:
        with self.state() as conn:
            return {
                c.message_id
                for patient in patient_store.list_all(conn)
                for c in confirmation_store.for_patient(conn, patient.id)
            }

    def mailbox_hashes(self) -> set[str]:
        """SHA-256 of every message file in the inbox and its processed folder."""
        hashes = set()
        for folder in (self.inbox, self.inbox / ".Verarbeitet"):
            for sub in ("new", "cur"):
                directory = folder / sub
                if directory.is_dir():
                    hashes |= {
                        hashlib.sha256(p.read_bytes()).hexdigest() for p in directory.iterdir()
                    }
        return hashes

    def sent_files(self) -> list[Path]:
        outbox = self.root / "mail" / "outbox"
        return sorted(p for sub in ("new", "cur") for p in (outbox / sub).iterdir())


def files_under(root: Path) -> set[Path]:
    return {p.relative_to(root) for p in root.rglob("*") if p.is_file() or p.is_symlink()}


def day_start(moment: datetime) -> datetime:
    local = moment.astimezone(BERLIN)
    return local.replace(hour=0, minute=0, second=0, microsecond=0)


def days(n: float) -> timedelta:
    return timedelta(days=n)
