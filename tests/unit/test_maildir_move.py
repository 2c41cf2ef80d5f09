"""Issue 12.7: the Maildir's name in the state does not hold its path.

Moving a practice's Maildir (a new disk, a renamed directory) must not make the worker
read its flagged or processed mail again; a state written by an older version (mailbox
"maildir:/absolute/path/INBOX") is upgraded by migration 9 and keeps working after the
move too.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from state.db import connect, migrate, schema_version
from state.migrations import MIGRATIONS
from tests.unit.maildir_practice import NOW, Practice, days
from tools.corpus import hostile as GENERATOR

QUESTION = GENERATOR.plain(message_id="move-question@web.de")  # stays flagged for staff
CONFIRMATION = GENERATOR.plain(GENERATOR.CONFIRM, message_id="move-confirm@web.de")


def ledger(practice: Practice) -> list[tuple[str, str, str]]:
    with practice.state() as conn:
        rows = conn.execute(
            "SELECT mailbox, source_key, status FROM inbound_messages ORDER BY id"
        ).fetchall()
    return [tuple(r) for r in rows]


def review_count(practice: Practice) -> int:
    return len(practice.review_items())


def handled_once(tmp_path: Path) -> tuple[Practice, list[tuple[str, str, str]]]:
    practice = Practice.build(tmp_path / "before")
    assert practice.run() == 0
    practice.deliver(QUESTION)
    practice.deliver(CONFIRMATION)
    assert practice.run(NOW + days(0.01)) == 0
    rows = ledger(practice)
    assert len(rows) == 2
    assert practice.confirmation_message_ids() == {"<move-confirm@web.de>"}
    return practice, rows


def move(practice: Practice, target: Path) -> Practice:
    """The whole practice directory moves: the config's relative Maildir path with it."""
    shutil.move(practice.root, target)
    return Practice(target)


def test_moving_the_maildir_reads_no_mail_again(tmp_path: Path) -> None:
    practice, rows = handled_once(tmp_path)
    assert {mailbox for mailbox, _, _ in rows} == {"maildir:INBOX"}
    items = review_count(practice)

    moved = move(practice, tmp_path / "elsewhere" / "after")
    assert moved.run(NOW + days(0.02)) == 0

    assert ledger(moved) == rows
    assert review_count(moved) == items
    assert moved.confirmation_message_ids() == {"<move-confirm@web.de>"}


def test_an_old_ledger_is_upgraded_and_survives_the_move(tmp_path: Path) -> None:
    practice, rows = handled_once(tmp_path)
    items = review_count(practice)
    old_name = f"maildir:{practice.inbox.resolve()}/INBOX"
    # The state as version 8 wrote it: the absolute path in every mailbox name.
    raw = sqlite3.connect(practice.root / "state" / "state.db")
    with raw:
        raw.execute("UPDATE inbound_messages SET mailbox = ?", (old_name,))
        # ... and without what later versions added (10: appointments' local edits,
        # 11: the hold release, 12: when an appointment was last moved, 13: what each
        # live calendar delivered, 14: review items of a shared address, 16: prescriptions,
        # 17: the index of open review items by age, 18: in-person appointments).
        for column in ("source_row", "edited_locally", "hold_released_at", "moved_at"):
            raw.execute(f"ALTER TABLE appointments DROP COLUMN {column}")
        raw.execute("DROP TABLE calendar_events")
        raw.execute("DROP TABLE review_item_patients")
        raw.execute("DROP INDEX review_patient_open")  # 15
        raw.execute("DROP INDEX appointments_prescription")  # 16
        raw.execute("DROP INDEX review_open_age")  # 17
        raw.execute("ALTER TABLE appointments DROP COLUMN prescription_id")
        for table in ("telemedicine_consent", "prescription_visits", "prescriptions"):
            raw.execute(f"DROP TABLE {table}")
        # 18: appointments.kind allows 'praxis' (in the practice); narrowed back in place
        (sql,) = raw.execute("SELECT sql FROM sqlite_master WHERE name = 'appointments'").fetchone()
        version = raw.execute("PRAGMA schema_version").fetchone()[0]
        raw.execute("PRAGMA writable_schema = ON")
        raw.execute(
            "UPDATE sqlite_master SET sql = ? WHERE name = 'appointments'",
            (sql.replace("('phone', 'video', 'praxis')", "('phone', 'video')"),),
        )
        raw.execute(f"PRAGMA schema_version = {version + 1}")
        raw.execute("PRAGMA writable_schema = RESET")
        raw.execute("PRAGMA user_version = 8")
    raw.close()

    moved = move(practice, tmp_path / "elsewhere" / "after")
    assert moved.run(NOW + days(0.02)) == 0

    assert ledger(moved) == rows  # upgraded to "maildir:INBOX", nothing read again
    assert review_count(moved) == items
    with moved.state() as conn:
        assert schema_version(conn) == len(MIGRATIONS)
        (sql,) = conn.execute(
            "SELECT sql FROM sqlite_master WHERE name = 'appointments'"
        ).fetchone()
        assert "('phone', 'video', 'praxis')" in sql  # migration 18 ran again


def test_migration_9_keeps_the_older_row_when_a_mail_was_seen_under_two_paths(
    tmp_path: Path,
) -> None:
    raw = sqlite3.connect(tmp_path / "state.db")
    for statements in MIGRATIONS[:8]:  # the schema as version 8 left it
        for statement in statements:
            raw.execute(statement)
    raw.execute("PRAGMA user_version = 8")
    rows = [
        ("maildir:/srv/mail/praxis/INBOX", "k1", "review"),
        ("maildir:/mnt/new/praxis/INBOX", "k1", "processed"),  # read again after a move
        ("maildir:/mnt/new/praxis/INBOX", "k2", "processed"),
        ("imap:imap.example.de/INBOX", "7", "processed"),
    ]
    for mailbox, key, status in rows:
        raw.execute(
            "INSERT INTO inbound_messages (mailbox, source_key, sha256, received_at, seen_at, status)"
            " VALUES (?, ?, '', '2026-06-16T08:00:00+00:00', '2026-06-16T08:00:00+00:00', ?)",
            (mailbox, key, status),
        )
    raw.execute(
        "INSERT INTO mailbox_cursor (mailbox, uidvalidity, last_uid)"
        " VALUES ('maildir:/srv/mail/praxis/INBOX', 0, 0)"
    )
    raw.commit()
    raw.close()
    conn = connect(tmp_path / "state.db")  # migrates from version 8
    migrate(conn)
    found = conn.execute(
        "SELECT mailbox, source_key, status FROM inbound_messages ORDER BY id"
    ).fetchall()
    assert [tuple(r) for r in found] == [
        ("maildir:INBOX", "k1", "review"),
        ("maildir:/mnt/new/praxis/INBOX", "k1", "processed"),
        ("maildir:INBOX", "k2", "processed"),
        ("imap:imap.example.de/INBOX", "7", "processed"),
    ]
    cursor = conn.execute("SELECT mailbox FROM mailbox_cursor").fetchall()
    assert [tuple(r) for r in cursor] == [("maildir:INBOX",)]
    conn.close()
