"""Staff work in their mail program: an unflagged or moved mail closes its review item.

The worker flags every mail that needs a person and leaves it in the inbox. Staff close
the case where they read it: they remove the flag, or file the mail away (move it out
of the inbox, or delete it). Flagging it again opens the case again. The shell reads
the flags of the watched mails (one FETCH per cycle) and this module decides.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

FLAGGED = r"\Flagged"
DELETED = r"\Deleted"


class FlagVerdict(StrEnum):
    RESOLVE = "resolve"  # every copy is unflagged, gone from the inbox, or marked deleted
    REOPEN = "reopen"  # resolved in the mailbox before, flagged again now
    UNCHANGED = "unchanged"


@dataclass(frozen=True, slots=True, kw_only=True)
class MailCopy:
    """One copy of the item's mail that the worker flagged, as the mailbox shows it now.

    `flags` is None when the copy is no longer in the inbox (moved or expunged);
    `readable` is False when its position is unknown (an earlier UIDVALIDITY): such a
    copy says nothing either way.
    """

    flags: frozenset[str] | None
    readable: bool = True


def judge_flags(*, resolved: bool, copies: Sequence[MailCopy]) -> FlagVerdict:
    """What staff's mail program says about one review item.

    Practice rule: an open item is done when no copy of its mail is still flagged in the
    inbox (unflagged, moved out, or marked deleted); an item done that way opens again
    when staff flag a copy again. A copy whose place is unknown (the folder was
    renumbered: the copy seen again under the new numbering speaks for it) never
    decides; with no readable copy nothing is resolved on a guess.
    """
    readable = [copy for copy in copies if copy.readable]
    if not readable:
        return FlagVerdict.UNCHANGED
    flagged = any(
        copy.flags is not None and FLAGGED in copy.flags and DELETED not in copy.flags
        for copy in readable
    )
    if resolved and flagged:
        return FlagVerdict.REOPEN
    if not resolved and not flagged:
        return FlagVerdict.RESOLVE
    return FlagVerdict.UNCHANGED


def copies_from(
    positions: Sequence[tuple[int, int | None, str]],
    *,
    uidvalidity: int,
    flags: Mapping[int | str, frozenset[str]],
) -> tuple[MailCopy, ...]:
    """The copies of one mail as read from the mailbox: `positions` are (uidvalidity,
    uid, key) as recorded, `flags` the answer of one flag read (by UID for IMAP, by key
    for Maildir; a position absent from it is gone from the inbox)."""
    copies = []
    for validity, uid, key in positions:
        if uid is None:  # Maildir: the key names the file
            copies.append(MailCopy(flags=flags.get(key)))
        elif validity != uidvalidity:
            copies.append(MailCopy(flags=None, readable=False))
        else:
            copies.append(MailCopy(flags=flags.get(uid)))
    return tuple(copies)
