"""The practice mailbox as a local Maildir (the demo, and servers that deliver locally).

Same contract as `worker.adapters.imap.ImapMailbox`, with Maildir's identities: a message is known
by the unique part of its file name (the `key`, stable while mail programs move it from
new/ to cur/ or rename it to change flags); there are no UIDs and UIDVALIDITY is 0.
`new_messages()` therefore lists every message still in the inbox; the worker skips the
keys it has already handled (a mail left for staff stays in the inbox, flagged).

Layout is Maildir++ as Dovecot and Courier use it: the processed folder is the
subdirectory `.<processed_folder>` with its own tmp/new/cur, created with the stdlib's
`mailbox.Maildir.add_folder`. Messages are moved with rename(2) inside one file system:
atomic, name and flags kept. Reading never renames a file, so a mail unread by staff
stays unread (the Maildir counterpart of BODY.PEEK[]). Nothing is ever deleted.

Files are addressed directly rather than through `mailbox.Maildir` objects because the
stdlib (3.11) offers no public way to read a message's flags or path without parsing the
whole message, and its "move" is add-then-remove, not a rename.
"""

from __future__ import annotations

import logging
import mailbox
import os
import time
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime
from email.parser import BytesHeaderParser
from email.policy import compat32
from pathlib import Path

from worker.adapters.mail_source import DEFAULT_BATCH, DEFAULT_MAX_BYTES, FetchedMail
from worker.errors import ConfigError, MailboxError

log = logging.getLogger(__name__)

INFO_SEPARATOR = ":2,"
FLAGGED = "F"
# Maildir info letters and the IMAP flags Dovecot maps them to.
IMAP_FLAG_OF_LETTER = {
    "D": r"\Draft",
    "F": r"\Flagged",
    "P": "$Forwarded",
    "R": r"\Answered",
    "S": r"\Seen",
    "T": r"\Deleted",
}
POLL_INTERVAL_S = 0.5
HEADER_READ_LIMIT = 256 * 1024  # enough for any sane header block; find_by_message_id only


def state_name(folder: str) -> str:
    """How the state names this mailbox ("maildir:INBOX"): never by its path, so a Maildir
    moved to another directory (a new disk, a renamed home) is still the one whose mail
    was handled - its message keys are file names, which a move keeps."""
    return f"maildir:{folder}"


def key_of(filename: str) -> str:
    """The unique part of a Maildir file name ("1700.M1P2.host:2,S" -> "1700.M1P2.host")."""
    return filename.split(":", 1)[0]


def letters_of(filename: str) -> str:
    _, separator, letters = filename.partition(INFO_SEPARATOR)
    return letters if separator else ""


class MaildirMailbox:
    """A local Maildir inbox; `path` is the Maildir root (with tmp/, new/, cur/)."""

    def __init__(self, *, path: str | os.PathLike[str], processed_folder: str = "Verarbeitet"):
        if not processed_folder or "/" in processed_folder or processed_folder.startswith("."):
            raise ConfigError("mailbox.processed_folder: expected a plain folder name")
        self.path = Path(path)
        self.processed_folder = processed_folder
        self._opened = False

    def __repr__(self) -> str:
        return f"MaildirMailbox(path={str(self.path)!r})"

    def __enter__(self) -> MaildirMailbox:
        self.open()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # --- connection-like life cycle ---------------------------------------------------

    def open(self) -> None:
        """Check that `path` is a Maildir (nothing is created: a typo must not go unnoticed)."""
        missing = [sub for sub in ("tmp", "new", "cur") if not (self.path / sub).is_dir()]
        if missing:
            raise MailboxError(f"maildir: not a Maildir (missing {', '.join(missing)})")
        self._opened = True

    def close(self) -> None:
        self._opened = False

    def _require_open(self) -> None:
        if not self._opened:
            raise MailboxError("maildir: not opened")

    def uidvalidity(self) -> int:
        return 0

    def noop(self) -> None:
        """Fail like a dropped connection would if the Maildir disappeared."""
        self._require_open()
        self.open()

    # --- reading -----------------------------------------------------------------------

    def _scan(self) -> dict[str, Path]:
        """key -> current path of every message in the inbox (new/ and cur/)."""
        found: dict[str, Path] = {}
        try:
            for sub in ("new", "cur"):
                with os.scandir(self.path / sub) as entries:
                    for entry in entries:
                        if not entry.name.startswith(".") and entry.is_file(follow_symlinks=False):
                            found[key_of(entry.name)] = Path(entry.path)
        except OSError as exc:
            raise MailboxError(f"maildir scan failed: {type(exc).__name__}") from exc
        return found

    def _locate(self, key: str) -> Path | None:
        return self._scan().get(key)

    def new_messages(
        self,
        after_uid: int = 0,
        batch: int = DEFAULT_BATCH,
        max_bytes: int = DEFAULT_MAX_BYTES,
    ) -> Iterator[FetchedMail]:
        """Every message in the inbox, oldest delivery first; files are read, never renamed.

        `after_uid` and `batch` exist for the IMAP contract and are ignored: Maildir has no
        UIDs, the worker skips keys it already handled. A message over `max_bytes` comes
        back with raw=None. One that vanishes while being read is skipped.
        """
        self._require_open()
        del after_uid, batch
        listed = []
        for key, path in self._scan().items():
            try:
                listed.append((path.stat().st_mtime_ns, key))
            except FileNotFoundError:
                continue  # moved meanwhile; the next scan sees it again if it is still here
        for _mtime, key in sorted(listed):
            mail = self._read(key, max_bytes)
            if mail is None:
                log.info("event=maildir_message_vanished")
                continue
            yield mail

    def _read(self, key: str, max_bytes: int) -> FetchedMail | None:
        # A mail program renames a file to change its flags: look the key up again once.
        for _attempt in range(2):
            path = self._locate(key)
            if path is None:
                return None
            try:
                with path.open("rb") as handle:
                    stat = os.fstat(handle.fileno())
                    raw = handle.read() if stat.st_size <= max_bytes else None
            except FileNotFoundError:
                continue
            except OSError as exc:
                raise MailboxError(f"maildir read failed: {type(exc).__name__}") from exc
            if raw is None:
                log.warning("event=maildir_over_size_cap bytes=%s", stat.st_size)
            return FetchedMail(
                key=key,
                uid=None,
                uidvalidity=0,
                raw=raw,
                size=stat.st_size,
                internal_date=datetime.fromtimestamp(stat.st_mtime, tz=UTC),
                flags=frozenset(
                    IMAP_FLAG_OF_LETTER[letter]
                    for letter in letters_of(path.name)
                    if letter in IMAP_FLAG_OF_LETTER
                ),
            )
        return None

    def flags_of(self, idents: Sequence[int | str]) -> dict[int | str, frozenset[str]]:
        """Flags of these messages by key, from ONE scan of new/ and cur/ (the 'F' in
        the file name is \\Flagged); a key missing from the answer is no longer in
        the inbox (moved to another folder or deleted)."""
        self._require_open()
        wanted = {str(ident) for ident in idents}
        return {
            key: frozenset(
                IMAP_FLAG_OF_LETTER[letter]
                for letter in letters_of(path.name)
                if letter in IMAP_FLAG_OF_LETTER
            )
            for key, path in self._scan().items()
            if key in wanted
        }

    def find_by_message_id(self, message_id: str) -> list[str]:
        """Keys of inbox messages whose Message-ID header is `message_id`."""
        self._require_open()
        wanted = message_id.strip()
        parser = BytesHeaderParser(policy=compat32)
        matches = []
        for key, path in self._scan().items():
            try:
                with path.open("rb") as handle:
                    head = handle.read(HEADER_READ_LIMIT)
            except FileNotFoundError:
                continue
            except OSError as exc:
                raise MailboxError(f"maildir read failed: {type(exc).__name__}") from exc
            headers = parser.parsebytes(head)  # header block only; the body is not parsed
            if str(headers.get("Message-ID", "")).strip() == wanted:
                matches.append(key)
        return sorted(matches)

    # --- tidying -----------------------------------------------------------------------

    def _processed_root(self) -> Path:
        """The Maildir++ folder `.<processed_folder>`, created (with its marker) if missing."""
        folder_path = self.path / f".{self.processed_folder}"
        if not (folder_path / "cur").is_dir():
            try:
                mailbox.Maildir(self.path, create=False).add_folder(self.processed_folder)
            except OSError as exc:
                raise MailboxError(f"maildir create folder failed: {type(exc).__name__}") from exc
            log.info("event=maildir_processed_folder_created")
        return folder_path

    def move_to_processed(self, ident: int | str) -> bool:
        """Move one message into the processed folder, keeping its name and flags.

        Returns False when the message is no longer in the inbox.
        """
        self._require_open()
        key = str(ident)
        target_root = self._processed_root()
        for _attempt in range(2):
            source = self._locate(key)
            if source is None:
                return False
            target = target_root / source.parent.name / source.name
            if target.exists():
                raise MailboxError("maildir move refused: the target file already exists")
            try:
                source.rename(target)  # same file system: atomic
            except FileNotFoundError:
                continue  # renamed by a mail program meanwhile: look it up again
            except OSError as exc:
                raise MailboxError(f"maildir move failed: {type(exc).__name__}") from exc
            return True
        return False

    def move_many(self, idents: Sequence[int | str]) -> int:
        return sum(self.move_to_processed(ident) for ident in idents)

    def flag_many(self, idents: Sequence[int | str]) -> int:
        return sum(self.flag(ident) for ident in idents)

    def flag(self, ident: int | str) -> bool:
        """Mark a message flagged ('F') so staff see it needs a person.

        A message still in new/ moves to cur/, where Maildir keeps flags. Returns False
        when the message is no longer in the inbox.
        """
        self._require_open()
        key = str(ident)
        for _attempt in range(2):
            source = self._locate(key)
            if source is None:
                return False
            letters = letters_of(source.name)
            if FLAGGED in letters and source.parent.name == "cur":
                return True
            flagged = "".join(sorted(set(letters) | {FLAGGED}))
            target = self.path / "cur" / f"{key}{INFO_SEPARATOR}{flagged}"
            try:
                source.rename(target)
            except FileNotFoundError:
                continue
            except OSError as exc:
                raise MailboxError(f"maildir flag failed: {type(exc).__name__}") from exc
            return True
        return False

    # --- waiting -----------------------------------------------------------------------

    def idle_wait(self, timeout_s: float) -> bool:
        """Poll until a message not present at the start appears (True) or time runs out.

        A rescan every POLL_INTERVAL_S costs one directory listing of new/ and cur/;
        directory mtimes would save that but miss deliveries within their granularity.
        """
        self._require_open()
        known = set(self._scan())
        deadline = time.monotonic() + max(0.0, timeout_s)
        while (remaining := deadline - time.monotonic()) > 0:
            time.sleep(min(POLL_INTERVAL_S, remaining))
            if set(self._scan()) - known:
                return True
        return False
