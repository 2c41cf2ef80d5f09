"""What a mailbox source hands to the worker, whatever the mailbox is (IMAP or Maildir)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

DEFAULT_BATCH = 50
DEFAULT_MAX_BYTES = 25 * 1024 * 1024


@dataclass(frozen=True, slots=True, kw_only=True)
class FetchedMail:
    """One message as read from the mailbox, before any parsing.

    `key` identifies the message in its mailbox for as long as it stays there:
    IMAP "<uidvalidity>:<uid>", Maildir the file's unique name. `raw` is None when the
    message is larger than the size cap: it was not downloaded and goes to staff.
    """

    key: str
    uid: int | None  # IMAP only; Maildir has no UIDs
    uidvalidity: int  # IMAP UIDVALIDITY of the folder; 0 for Maildir
    raw: bytes | None
    size: int
    internal_date: datetime | None  # aware; IMAP INTERNALDATE, Maildir delivery time
    flags: frozenset[str]  # IMAP system flags as on the wire (r"\Seen"); Maildir mapped to them

    @property
    def is_oversized(self) -> bool:
        return self.raw is None


class MailSource(Protocol):
    """The mailbox port the worker's cycle talks to (blocking; one instance per thread)."""

    def open(self) -> None: ...

    def close(self) -> None: ...

    def uidvalidity(self) -> int: ...

    def new_messages(
        self, after_uid: int, batch: int = DEFAULT_BATCH, max_bytes: int = DEFAULT_MAX_BYTES
    ) -> Iterator[FetchedMail]: ...

    def move_to_processed(self, ident: int | str) -> bool: ...

    def flag(self, ident: int | str) -> bool: ...

    def move_many(self, idents: Sequence[int | str]) -> int:
        """Move these messages in one go; returns how many were still there."""
        ...

    def flag_many(self, idents: Sequence[int | str]) -> int:
        """Flag these messages in one go; returns how many were still there."""
        ...

    def flags_of(self, idents: Sequence[int | str]) -> dict[int | str, frozenset[str]]:
        """Flags of these messages in one read; absent ones are no longer in the folder."""
        ...

    def find_by_message_id(self, message_id: str) -> list[int] | list[str]: ...

    def idle_wait(self, timeout_s: float) -> bool: ...

    def noop(self) -> None: ...
