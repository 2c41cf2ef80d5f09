"""Each cycle: read the flags of the mails the worker flagged for staff, close or reopen.

Straight-line: the state names the watched mails (open review items about a mail the
worker has flagged, and items staff closed in their mail program lately), the mailbox
answers with one flag read per batch of them, rules/review_flags.py decides, the state
records it. The worker's own moves never touch these mails (it moves only mail it
handled completely, and never a mail it flagged), so a missing mail is staff's doing.
"""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta

from rules.review_flags import FlagVerdict, copies_from, judge_flags
from state import review
from worker.adapters.mail_source import MailSource

log = logging.getLogger(__name__)

# A mail staff unflagged more than this long ago is not watched for a re-flag any more.
REOPEN_WINDOW = timedelta(days=30)
WATCH_BATCH = 1000  # watched mails looked up, flag-read and judged together


@dataclass(frozen=True, slots=True, kw_only=True)
class FlagSync:
    watched: int = 0
    resolved: tuple[int, ...] = ()
    reopened: tuple[int, ...] = ()


def sync_review_flags(
    conn: sqlite3.Connection,
    source: MailSource,
    *,
    mailbox: str,
    now: datetime,
    batch_size: int = WATCH_BATCH,
) -> FlagSync:
    """Close review items whose mail staff unflagged or moved out of the inbox; reopen
    those they flagged again. The source must be open; MailboxError propagates."""
    uidvalidity: int | None = None
    watched = 0
    resolved: list[int] = []
    reopened: list[int] = []
    # A batch at a time (one flag read per batch): a backlog flags thousands of mails.
    for batch in review.watched_mail_batches(
        conn, mailbox, resolved_since=now - REOPEN_WINDOW, size=batch_size
    ):
        if uidvalidity is None:
            uidvalidity = source.uidvalidity()
        watched += len(batch)
        idents: set[int | str] = set()
        for item in batch:
            for validity, uid, key in item.copies:
                if uid is None:
                    idents.add(key)
                elif validity == uidvalidity:
                    idents.add(uid)
        flags = source.flags_of(sorted(idents, key=str)) if idents else {}
        for item in batch:
            copies = copies_from(item.copies, uidvalidity=uidvalidity, flags=flags)
            verdict = judge_flags(resolved=item.resolved, copies=copies)
            if verdict is FlagVerdict.RESOLVE and review.resolve(
                conn, item.item_id, now=now, by=review.RESOLVED_BY_MAILBOX
            ):
                resolved.append(item.item_id)
            elif verdict is FlagVerdict.REOPEN and review.reopen(conn, item.item_id, now=now):
                reopened.append(item.item_id)
    if resolved or reopened:
        log.info(
            "event=review_flags_synced watched=%d resolved=%s reopened=%s",
            watched,
            ",".join(map(str, resolved)) or "-",
            ",".join(map(str, reopened)) or "-",
        )
    return FlagSync(watched=watched, resolved=tuple(resolved), reopened=tuple(reopened))
