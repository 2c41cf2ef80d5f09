"""A sender that sends nothing: finished mails become files in a Maildir (demo, dry runs).

Each message lands in ``new/`` under a name derived from its Message-ID, so sending the
same Message-ID again (a retry after a crash) is recognised and writes nothing: the
Maildir twin of the outbox's at-least-once, with the duplicate removed. Files are 0600,
directories 0700; a file appears in ``new/`` only when complete (written in ``tmp/``,
then hard-linked, which never replaces an existing file).
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import os
import re
import uuid
from collections.abc import Callable, Sequence
from pathlib import Path

from worker.adapters.sender import OutgoingMessage, SendResult
from worker.errors import DeliveryError

log = logging.getLogger(__name__)

_SAFE_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._@+=-]{0,199}")
_SUBDIRS = ("tmp", "new", "cur")


def maildir_file_name(message_id: str) -> str:
    """The file name for a Message-ID: its text if harmless, else a hash of it.

    Harmless means no path separator, no Maildir info separator ":", no leading dot and a
    sane length; anything else (even a single odd character) is hashed, so two different
    ids can never share a name.
    """
    token = message_id.strip().removeprefix("<").removesuffix(">")
    if _SAFE_NAME.fullmatch(token):
        return f"{token}.eml"
    return f"{hashlib.sha256(message_id.encode('utf-8', 'surrogateescape')).hexdigest()}.eml"


class MaildirSender:
    """Writes each finished mail into the Maildir at `path`; never touches the network."""

    def __init__(self, path: Path) -> None:
        self._path = Path(path)

    async def send_batch(
        self,
        messages: Sequence[OutgoingMessage],
        *,
        on_result: Callable[[SendResult], None] | None = None,
    ) -> list[SendResult]:
        """Write `messages` as files; one result per message, in order, each reported to
        `on_result` as soon as its file is written."""
        if not messages:
            return []
        await asyncio.to_thread(self._ensure_maildir)
        results = []
        for message in messages:
            result = await asyncio.to_thread(self._write_one, message)
            results.append(result)
            if on_result is not None:
                on_result(result)
        return results

    async def check(self) -> list[str]:
        """Create the Maildir if needed and report where mail will be written."""
        await asyncio.to_thread(self._ensure_maildir)
        return [f"Maildir outbox {self._path} is writable; nothing will be sent"]

    def _ensure_maildir(self) -> None:
        try:
            for subdir in _SUBDIRS:
                (self._path / subdir).mkdir(mode=0o700, parents=True, exist_ok=True)
        except OSError as exc:
            raise DeliveryError(f"Maildir outbox {self._path}: {exc.strerror}") from exc

    def _write_one(self, message: OutgoingMessage) -> SendResult:
        if not message.message_id.strip():
            return SendResult(
                message_id=message.message_id, outcome="failed", detail="no Message-ID"
            )
        name = maildir_file_name(message.message_id)
        if self._already_written(name):
            log.info("event=maildir_already_written message_id=%s", message.message_id)
            return SendResult(
                message_id=message.message_id, outcome="sent", detail="already written"
            )
        temporary = self._path / "tmp" / f"{name}.{os.getpid()}.{uuid.uuid4().hex}"
        try:
            _write_new_file(temporary, message.raw)
            try:
                os.link(temporary, self._path / "new" / name)
            except FileExistsError:
                log.info("event=maildir_already_written message_id=%s", message.message_id)
                return SendResult(
                    message_id=message.message_id, outcome="sent", detail="already written"
                )
            _sync_directory(self._path / "new")
        except OSError as exc:
            log.warning(
                "event=maildir_write_failed message_id=%s error=%s",
                message.message_id,
                type(exc).__name__,
            )
            return SendResult(
                message_id=message.message_id,
                outcome="retry",
                detail=f"write failed: {exc.strerror}",
            )
        finally:
            temporary.unlink(missing_ok=True)
        log.info("event=maildir_written message_id=%s", message.message_id)
        return SendResult(message_id=message.message_id, outcome="sent", detail="written")

    def _already_written(self, name: str) -> bool:
        # A mail program moves read mail to cur/ and appends ":2,<flags>" to the name.
        if (self._path / "new" / name).exists() or (self._path / "cur" / name).exists():
            return True
        # Safe names and hashes hold no glob metacharacters.
        return any((self._path / "cur").glob(f"{name}:*"))


def _write_new_file(path: Path, data: bytes) -> None:
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
    descriptor = os.open(path, flags, 0o600)
    with os.fdopen(descriptor, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())


def _sync_directory(path: Path) -> None:
    descriptor = os.open(path, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
