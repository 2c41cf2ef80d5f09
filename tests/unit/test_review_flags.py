"""Staff close review items in their mail program: rules table and a Maildir cycle."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

import pytest

from rules.review_flags import FlagVerdict, MailCopy, copies_from, judge_flags
from state.review import RESOLVED_BY_MAILBOX
from tests.unit.maildir_practice import AUTHSERV_ID, NOW, Practice, days

FLAGGED = frozenset({r"\Flagged"})
SEEN = frozenset({r"\Seen"})
GONE = None


@pytest.mark.parametrize(
    ("resolved", "copies", "expected"),
    [
        (False, [MailCopy(flags=FLAGGED)], FlagVerdict.UNCHANGED),
        (False, [MailCopy(flags=SEEN)], FlagVerdict.RESOLVE),
        (False, [MailCopy(flags=GONE)], FlagVerdict.RESOLVE),
        (False, [MailCopy(flags=FLAGGED | {r"\Deleted"})], FlagVerdict.RESOLVE),
        (False, [MailCopy(flags=SEEN), MailCopy(flags=FLAGGED)], FlagVerdict.UNCHANGED),
        (False, [MailCopy(flags=None, readable=False)], FlagVerdict.UNCHANGED),
        (False, [MailCopy(flags=None, readable=False), MailCopy(flags=SEEN)], FlagVerdict.RESOLVE),
        (False, [], FlagVerdict.UNCHANGED),
        (True, [MailCopy(flags=FLAGGED)], FlagVerdict.REOPEN),
        (True, [MailCopy(flags=SEEN)], FlagVerdict.UNCHANGED),
        (True, [MailCopy(flags=GONE)], FlagVerdict.UNCHANGED),
        (True, [MailCopy(flags=None, readable=False)], FlagVerdict.UNCHANGED),
    ],
    ids=[
        "still-flagged",
        "unflagged",
        "moved-out",
        "marked-deleted",
        "one-copy-still-flagged",
        "renumbered-not-seen-again",
        "renumbered-copy-unflagged",
        "no-copy-known",
        "reflagged-reopens",
        "resolved-stays",
        "resolved-and-moved-stays",
        "resolved-renumbered-stays",
    ],
)
def test_judge_flags(resolved: bool, copies: list[MailCopy], expected: FlagVerdict) -> None:
    assert judge_flags(resolved=resolved, copies=copies) is expected


def test_copies_from_reads_uids_of_the_current_numbering_and_maildir_keys() -> None:
    flags: dict[int | str, frozenset[str]] = {7: FLAGGED, "1700.M1.host": SEEN}
    copies = copies_from(
        [(5, 7, "5:7"), (4, 7, "4:7"), (5, 8, "5:8"), (0, None, "1700.M1.host")],
        uidvalidity=5,
        flags=flags,
    )
    assert copies == (
        MailCopy(flags=FLAGGED),
        MailCopy(flags=None, readable=False),
        MailCopy(flags=None),
        MailCopy(flags=SEEN),
    )


# --- a whole Maildir cycle ---------------------------------------------------------------


def stranger_mail(n: int = 1) -> bytes:
    message = EmailMessage()
    message["From"] = f"Fremde Person <fremd{n}@example.org>"
    message["To"] = "termine@praxis-impulse.de"
    message["Subject"] = "Frage zu einem Termin"
    message["Date"] = "Tue, 16 Jun 2026 08:00:00 +0200"
    message["Message-ID"] = f"<fremd-{n}@example.org>"
    message.set_content("Guten Tag, kann ich bei Ihnen einen Termin bekommen?\n")
    return bytes(message)


def file_of(practice: Practice, key: str) -> Path:
    found = [p for sub in ("new", "cur") for p in (practice.inbox / sub).glob(f"{key}*")]
    assert len(found) == 1, found
    return found[0]


def rename_flags(path: Path, letters: str) -> Path:
    target = path.parent.parent / "cur" / f"{path.name.split(':', 1)[0]}:2,{letters}"
    path.rename(target)
    return target


def the_item(practice: Practice) -> tuple[bool, str | None]:
    items = [item for item in practice.review_items() if item.kind == "mail"]
    assert len(items) == 1
    return items[0].resolved, items[0].resolved_by


def test_maildir_unflag_resolves_reflag_reopens_move_out_resolves(tmp_path: Path) -> None:
    practice = Practice.build(tmp_path / "p")
    key = practice.deliver(stranger_mail())
    assert practice.run() == 0
    path = file_of(practice, key)
    assert "F" in path.name.split(":2,")[1]
    # The worker's own flag and the cycle's flag read do not resolve it.
    assert the_item(practice) == (False, None)
    assert practice.run(NOW + days(0.01)) == 0
    assert the_item(practice) == (False, None)

    path = rename_flags(path, "S")  # staff read it and removed the flag
    assert practice.run(NOW + days(0.02)) == 0
    assert the_item(practice) == (True, RESOLVED_BY_MAILBOX)

    path = rename_flags(path, "FS")  # flagged again: open again
    assert practice.run(NOW + days(0.03)) == 0
    assert the_item(practice) == (False, None)
    # ... and the worker did not treat the mail as new.
    record = practice.inbound(key)
    assert record is not None
    assert record.failures == 0

    filed = practice.inbox / ".Erledigt"
    for sub in ("tmp", "new", "cur"):
        (filed / sub).mkdir(parents=True)
    path.rename(filed / "cur" / path.name)  # staff filed it away, still flagged
    assert practice.run(NOW + days(0.04)) == 0
    assert the_item(practice) == (True, RESOLVED_BY_MAILBOX)


def test_maildir_processed_mail_moved_by_the_worker_resolves_nothing(tmp_path: Path) -> None:
    practice = Practice.build(tmp_path / "p", authserv_id=AUTHSERV_ID)
    practice.deliver(stranger_mail())
    message = EmailMessage()
    message["Authentication-Results"] = f"{AUTHSERV_ID}; dmarc=pass header.from=web.de"
    message["From"] = "Erika Beispiel <erika.beispiel@web.de>"
    message["To"] = "termine@praxis-impulse.de"
    message["Subject"] = "Bestätigung"
    message["Date"] = "Tue, 16 Jun 2026 08:30:00 +0200"
    message["Message-ID"] = "<erika-1@web.de>"
    message.set_content("Hiermit bestätige ich die Behandlung am 15.06.2026.\n")
    erika = practice.deliver(bytes(message))
    assert practice.run() == 0
    assert practice.run(NOW + days(0.01)) == 0
    assert the_item(practice) == (False, None)
    assert not list(practice.inbox.glob(f"*/{erika}*"))  # the worker moved it
    assert list((practice.inbox / ".Verarbeitet").glob(f"*/{erika}*"))


def test_the_flag_watch_reads_by_index_only(tmp_path: Path) -> None:
    """Each cycle's watch list costs what is open, never a walk through the history."""
    from datetime import timedelta

    from state import review
    from state.db import connect

    conn = connect(":memory:")
    statements: list[str] = []
    conn.set_trace_callback(statements.append)
    list(review.watched_mail_batches(conn, "imap:x/INBOX", resolved_since=NOW - timedelta(days=30)))
    conn.set_trace_callback(None)
    selects = [s for s in statements if s.lstrip().upper().startswith("SELECT")]
    assert len(selects) == 2  # no items open: no mail looked up
    plans = [
        row[3] for statement in selects for row in conn.execute(f"EXPLAIN QUERY PLAN {statement}")
    ]
    assert not [step for step in plans if step.startswith("SCAN")], plans
    for column in ("id", "duplicate_of"):
        plan = [
            row[3]
            for row in conn.execute(
                "EXPLAIN QUERY PLAN SELECT id FROM inbound_messages"
                f" WHERE {column} IN (1, 2) AND +mailbox = 'x' AND tidied = 1"
                " AND status != 'processed'"
            )
        ]
        assert all("mailbox" not in step and not step.startswith("SCAN") for step in plan), plan


def test_flags_are_read_and_judged_a_batch_at_a_time(tmp_path: Path) -> None:
    """A backlog flags thousands of mails: they are looked up, flag-read and judged a
    batch at a time (never all held at once), with the same outcome."""
    from datetime import timedelta

    from state import inbound, review
    from worker.adapters.maildir import MaildirMailbox
    from worker.cycle.review_flags import sync_review_flags

    practice = Practice.build(tmp_path / "p")
    keys = [practice.deliver(stranger_mail(n)) for n in range(5)]
    assert practice.run() == 0
    rename_flags(file_of(practice, keys[2]), "S")  # resolved in the mailbox ...
    assert practice.run(NOW + days(0.005)) == 0
    rename_flags(file_of(practice, keys[2]), "FS")  # ... and flagged again: reopens
    for key in (keys[1], keys[4]):  # staff unflag one in the first batch, one in the last
        rename_flags(file_of(practice, key), "S")
    source = MaildirMailbox(path=practice.inbox, processed_folder="Verarbeitet")
    source.open()
    try:
        with practice.state() as conn:
            item_by_inbound = {i.inbound_id: i.id for i in review.list_items(conn)}
            item_of = {}
            for key in keys:
                record = inbound.get(conn, "maildir:INBOX", key)
                assert record is not None
                item_of[key] = item_by_inbound[record.id]
            batches = list(
                review.watched_mail_batches(
                    conn, "maildir:INBOX", resolved_since=NOW - timedelta(days=30), size=2
                )
            )
            assert [len(batch) for batch in batches] == [2, 2, 1]
            assert [m.item_id for batch in batches for m in batch] == sorted(item_of.values())
            synced = sync_review_flags(
                conn, source, mailbox="maildir:INBOX", now=NOW + days(0.01), batch_size=2
            )
    finally:
        source.close()
    assert synced.watched == 5  # the open ones and the one resolved lately, each once
    assert sorted(synced.resolved) == sorted([item_of[keys[1]], item_of[keys[4]]])
    assert synced.reopened == (item_of[keys[2]],)
