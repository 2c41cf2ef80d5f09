"""The practice mailbox over IMAP (imapclient, blocking).

The worker calls this from a thread (`asyncio.to_thread`), one instance per thread.
Everything imapclient, imaplib, socket or ssl raises is turned into `MailboxError`
(`MailboxAuthError` for refused credentials) here, with a short message that carries no
mail content, so the rest of the worker needs to know nothing about IMAP libraries.

Promises kept here (docs/reliability.md rows I2-I15):
- bodies are fetched with BODY.PEEK[]: \\Seen stays whatever staff made it;
- new mail is found by `UID SEARCH UID <last+1>:*`, filtered (the server answers N:*
  with the highest UID even when that is below N), fetched in batches, sizes first;
- UIDs that vanish between SEARCH and FETCH are skipped, unsolicited FETCH data ignored;
- handled mail is moved with MOVE, else UID COPY + \\Deleted + UID EXPUNGE (UIDPLUS);
  a bare EXPUNGE is never sent, because it would also expunge what staff marked \\Deleted.
  Without MOVE and UIDPLUS the copy is made and the original only flagged \\Deleted:
  staff's client removes it when it expunges, the worker never does;
- TLS certificates are verified, STARTTLS is required when configured (no fallback to
  plaintext), connect and read timeouts are set.
"""

from __future__ import annotations

import logging
import re
import selectors
import ssl
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime
from typing import Any, TypeVar

from imapclient import IMAPClient, SocketTimeout
from imapclient.exceptions import IMAPClientError, LoginError

from worker.adapters.mail_source import DEFAULT_BATCH, DEFAULT_MAX_BYTES, FetchedMail
from worker.errors import ConfigError, MailboxAuthError, MailboxError
from worker.net import Security, security_problem

log = logging.getLogger(__name__)


DELETED = rb"\Deleted"
FLAGGED = rb"\Flagged"
# Long IDLE is cut by NATs and servers (RFC 2177 asks clients to re-IDLE within 29 min).
MAX_IDLE_S = 9 * 60.0

_SIZE = b"RFC822.SIZE"
_DATE = b"INTERNALDATE"
_FLAGS = b"FLAGS"
# UIDs per command (FETCH FLAGS, MOVE, STORE): a backlog's untidied or flagged mail can be
# thousands, and servers cap a command line (Dovecot: 64 KiB); 1,000 UIDs stay far below.
UIDS_PER_COMMAND = 1000
_BODY_REQUEST = b"BODY.PEEK[]"
_BODY = b"BODY[]"
# Response codes that say "not now" rather than "wrong credentials" (RFC 5530).
_TRANSIENT_LOGIN_CODES = ("UNAVAILABLE", "SERVERBUG", "INUSE", "LIMIT")
_RESPONSE_CODE = re.compile(r"\[([A-Z][A-Z-]*)")

T = TypeVar("T")


def pin_library_loggers() -> None:
    """imapclient logs usernames and whole mails at DEBUG: keep it at WARNING, always."""
    for name in ("imapclient", "imapclient.imaplib", "imapclient.imapclient"):
        logging.getLogger(name).setLevel(logging.WARNING)


def _response_code(exc: BaseException) -> str | None:
    match = _RESPONSE_CODE.search(str(exc))
    return match.group(1) if match else None


class ImapMailbox:
    """One IMAP connection to the practice mailbox, `folder` selected read-write."""

    def __init__(
        self,
        *,
        host: str,
        port: int,
        security: Security,
        username: str,
        password: str,
        folder: str = "INBOX",
        processed_folder: str = "Verarbeitet",
        ca_file: str | None = None,
        connect_timeout_s: float = 15.0,
        read_timeout_s: float = 60.0,
    ) -> None:
        if problem := security_problem(security, host):
            raise ConfigError(f"mailbox.security: {problem}")
        self.host = host
        self.port = port
        self.security: Security = security
        self.folder = folder
        self.processed_folder = processed_folder
        self._username = username
        self._password = password
        self._ca_file = ca_file or None
        self._timeout = SocketTimeout(connect=connect_timeout_s, read=read_timeout_s)
        self._client: IMAPClient | None = None
        self._uidvalidity: int | None = None
        self._capabilities: frozenset[bytes] = frozenset()
        self._processed_folder_ready = False
        pin_library_loggers()

    def __repr__(self) -> str:  # no username: it is an address
        return f"ImapMailbox(host={self.host!r}, port={self.port}, security={self.security!r})"

    # --- connection ---------------------------------------------------------------

    def __enter__(self) -> ImapMailbox:
        self.open()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def open(self) -> None:
        """Connect, secure the connection, log in and select `folder`."""
        self.close()
        started = time.monotonic()
        client = self._connect()
        try:
            self._login(client)
            with self._boundary("select"):
                client.normalise_times = False  # aware INTERNALDATEs
                self._capabilities = frozenset(client.capabilities())
                selected = client.select_folder(self.folder)
            self._uidvalidity = int(selected[b"UIDVALIDITY"])
        except BaseException:
            self._drop(client)
            raise
        self._client = client
        log.info(
            "event=imap_session_open security=%s uidvalidity=%s seconds=%.2f",
            self.security,
            self._uidvalidity,
            time.monotonic() - started,
        )

    def close(self) -> None:
        """Log out; never raises (the connection may already be gone)."""
        client, self._client = self._client, None
        self._processed_folder_ready = False
        if client is not None:
            try:
                client.logout()
            except Exception:  # noqa: BLE001 - a dead connection needs no goodbye
                self._drop(client)

    @staticmethod
    def _drop(client: IMAPClient) -> None:
        try:
            client.shutdown()
        except Exception:  # noqa: BLE001 - already closed is fine
            log.debug("event=imap_socket_closed")

    def _ssl_context(self) -> ssl.SSLContext:
        context = ssl.create_default_context()  # CERT_REQUIRED, hostname check, TLS >= 1.2
        if self._ca_file:
            try:
                context.load_verify_locations(cafile=self._ca_file)
            except (OSError, ssl.SSLError) as exc:
                raise ConfigError(f"mailbox.ca_file: cannot load ({type(exc).__name__})") from exc
        return context

    def _connect(self) -> IMAPClient:
        context = self._ssl_context() if self.security != "none" else None
        with self._boundary("connect"):
            client = IMAPClient(
                self.host,
                port=self.port,
                ssl=self.security == "tls",
                ssl_context=context,
                timeout=self._timeout,
            )
        if self.security == "starttls":
            try:
                with self._boundary("starttls"):
                    # Fail closed: no STARTTLS offered means no login at all.
                    if not client.has_capability("STARTTLS"):
                        raise MailboxError("imap starttls: server does not offer STARTTLS")
                    client.starttls(context)
                    client.socket().settimeout(self._timeout.read)
            except BaseException:
                self._drop(client)
                raise
        return client

    def _login(self, client: IMAPClient) -> None:
        try:
            with self._boundary("login"):
                client.login(self._username, self._password)
        except MailboxError as exc:
            cause = exc.__cause__
            if (
                isinstance(cause, LoginError)
                and _response_code(cause) not in _TRANSIENT_LOGIN_CODES
            ):
                raise MailboxAuthError(
                    f"imap login refused ({_response_code(cause) or 'no code'})"
                ) from cause
            raise

    @contextmanager
    def _boundary(self, operation: str) -> Iterator[None]:
        """Translate library exceptions into MailboxError; messages name no content."""
        try:
            yield
        except MailboxError:
            raise
        except (IMAPClientError, OSError, EOFError, ValueError) as exc:
            # ValueError: imaplib on a closed socket; ssl.SSLError and timeouts are OSErrors.
            code = _response_code(exc) if isinstance(exc, IMAPClientError) else None
            detail = f"{type(exc).__name__}" + (f" [{code}]" if code else "")
            raise MailboxError(f"imap {operation} failed: {detail}") from exc

    @property
    def _session(self) -> IMAPClient:
        if self._client is None:
            raise MailboxError("imap: not connected")
        return self._client

    def _call(self, operation: str, action: Callable[[IMAPClient], T]) -> T:
        with self._boundary(operation):
            return action(self._session)

    def has_capability(self, capability: str) -> bool:
        return capability.upper().encode() in self._capabilities

    # --- reading ------------------------------------------------------------------

    def uidvalidity(self) -> int:
        """UIDVALIDITY of `folder` as of the last SELECT (a change means: re-sync)."""
        if self._uidvalidity is None:
            raise MailboxError("imap: not connected")
        return self._uidvalidity

    def new_uids(self, after_uid: int) -> list[int]:
        """UIDs above `after_uid`, ascending (one incremental SEARCH)."""
        # The server shows a session new mail only between commands: sync first.
        self.noop()
        found = self._call("search", lambda c: c.search(["UID", f"{after_uid + 1}:*"]))
        # "N:*" always matches the highest UID, even one below N (RFC 9051 6.4.8).
        return sorted(uid for uid in found if uid > after_uid)

    def new_messages(
        self,
        after_uid: int,
        batch: int = DEFAULT_BATCH,
        max_bytes: int = DEFAULT_MAX_BYTES,
    ) -> Iterator[FetchedMail]:
        """Messages with a UID above `after_uid`, oldest first, bodies never marked \\Seen.

        A message over `max_bytes` comes back with raw=None (not downloaded). A message
        expunged by someone else meanwhile is skipped: the next search will not list it.
        """
        uidvalidity = self.uidvalidity()
        uids = self.new_uids(after_uid)
        for start in range(0, len(uids), batch):
            chunk = uids[start : start + batch]
            envelopes = self._fetch_complete(chunk, (_SIZE, _DATE, _FLAGS), (_SIZE,))
            wanted = [
                uid for uid in chunk if uid in envelopes and envelopes[uid][_SIZE] <= max_bytes
            ]
            bodies = self._fetch_complete(wanted, (_BODY_REQUEST,), (_BODY,))
            for uid in chunk:
                envelope = envelopes.get(uid)
                if envelope is None:
                    log.info("event=imap_uid_vanished uid=%s stage=fetch", uid)
                    continue
                size = int(envelope[_SIZE])
                if size <= max_bytes and uid not in bodies:
                    log.info("event=imap_uid_vanished uid=%s stage=body", uid)
                    continue
                raw = bodies[uid][_BODY] if size <= max_bytes else None
                if raw is None:
                    log.warning("event=imap_over_size_cap uid=%s bytes=%s", uid, size)
                yield FetchedMail(
                    key=f"{uidvalidity}:{uid}",
                    uid=uid,
                    uidvalidity=uidvalidity,
                    raw=bytes(raw) if raw is not None else None,
                    size=size,
                    internal_date=_aware_or_none(envelope.get(_DATE)),
                    flags=frozenset(
                        flag.decode("ascii", "replace") for flag in envelope.get(_FLAGS, ())
                    ),
                )

    def _fetch_complete(
        self, uids: Sequence[int], items: Sequence[bytes], required: Sequence[bytes]
    ) -> dict[int, dict[bytes, Any]]:
        """FETCH `items`; keep only requested UIDs whose answer carries `required`.

        An entry lacking an item (e.g. merged with unsolicited FLAGS data) is asked for
        once more; what is still incomplete after that is left out.
        """
        complete: dict[int, dict[bytes, Any]] = {}
        pending = list(uids)
        for _attempt in range(2):
            if not pending:
                break
            requested = pending
            with self._boundary("fetch"):
                response = self._session.fetch(requested, list(items))
            for uid in requested:
                data = response.get(uid)
                if data is not None and all(item in data for item in required):
                    complete[uid] = data
            # Retry only UIDs the server answered for: an absent UID has been expunged.
            pending = [uid for uid in requested if uid in response and uid not in complete]
        return complete

    def flags_of(self, idents: Sequence[int | str]) -> dict[int | str, frozenset[str]]:
        """FLAGS of these messages with `UID FETCH <set> (FLAGS)`, by UID; a UID missing
        from the answer is no longer in `folder` (moved or expunged by staff).

        One command per UIDS_PER_COMMAND UIDs: imapclient writes the set as a comma list,
        and 17,000 flagged mails of a backlog exceeded Dovecot's 64 KiB command line - the
        whole mailbox phase failed every cycle.
        Idents are UIDs of the current UIDVALIDITY (the caller never passes stale ones).
        """
        uids = sorted({self._resolve_uid(ident) for ident in idents})
        if not uids:
            return {}
        self.noop()  # let the server report expunges and flag changes first
        found: dict[int | str, frozenset[str]] = {}
        for start in range(0, len(uids), UIDS_PER_COMMAND):
            chunk = uids[start : start + UIDS_PER_COMMAND]
            with self._boundary("fetch flags"):
                # A list, not a range string: imapclient reads the answer by the ids asked for.
                response = self._session.fetch(chunk, [_FLAGS])
            wanted = set(chunk)
            for uid, data in response.items():
                if uid in wanted and _FLAGS in data:  # unsolicited data for others: ignored
                    found[uid] = frozenset(flag.decode("ascii", "replace") for flag in data[_FLAGS])
        return found

    def find_by_message_id(self, message_id: str) -> list[int]:
        """UIDs in `folder` whose Message-ID header is `message_id` (UIDVALIDITY re-sync)."""
        self.noop()
        found = self._call("search", lambda c: c.search(["HEADER", "Message-ID", message_id]))
        return sorted(found)

    # --- tidying ------------------------------------------------------------------

    def _resolve_uid(self, ident: int | str) -> int:
        """Accept a UID or a FetchedMail key; a key from another UIDVALIDITY is stale."""
        if isinstance(ident, int):
            return ident
        validity, _, uid = ident.partition(":")
        if not uid.isdigit() or not validity.isdigit():
            raise ValueError(f"not an IMAP message key: {ident!r}")
        if int(validity) != self.uidvalidity():
            raise MailboxError("imap: message key from an earlier UIDVALIDITY")
        return int(uid)

    def _ensure_processed_folder(self) -> None:
        if self._processed_folder_ready:
            return
        client = self._session
        with self._boundary("create folder"):
            if not client.folder_exists(self.processed_folder):
                try:
                    client.create_folder(self.processed_folder)
                except IMAPClientError:
                    # Another client may have created it meanwhile; anything else re-raises.
                    if not client.folder_exists(self.processed_folder):
                        raise
                # Subscribed, so staff's mail program lists it.
                client.subscribe_folder(self.processed_folder)
                log.info("event=imap_processed_folder_created")
        self._processed_folder_ready = True

    def move_to_processed(self, ident: int | str) -> bool:
        """Move one message to `processed_folder` without touching any other message.

        Returns False when the message is no longer in `folder` (staff moved or deleted
        it meanwhile): there is nothing left to tidy, which is not an error.
        """
        return self.move_many([ident]) == 1

    def move_many(self, idents: Sequence[int | str]) -> int:
        """Move these messages to `processed_folder`, one command per UIDS_PER_COMMAND
        (a cycle moves a whole batch at once); returns how many were still in `folder`."""
        uids = sorted({self._resolve_uid(ident) for ident in idents})
        return sum(
            self._move_chunk(uids[start : start + UIDS_PER_COMMAND])
            for start in range(0, len(uids), UIDS_PER_COMMAND)
        )

    def _move_chunk(self, uids: list[int]) -> int:
        self._ensure_processed_folder()
        client = self._session
        with self._boundary("move"):
            # MOVE/COPY of an absent UID succeed silently; ask first to report it.
            present = sorted(set(client.search(["UID", _uid_set(uids)])) & set(uids))
            if len(present) < len(uids):
                log.info("event=imap_uids_gone count=%d", len(uids) - len(present))
            if not present:
                return 0
            if self.has_capability("MOVE"):
                client.move(present, self.processed_folder)  # atomic, whole batch at once
            else:
                # COPY, \Deleted, UID EXPUNGE is not atomic: one message at a time, so a
                # crash in between leaves at most one extra copy behind.
                for uid in present:
                    self._copy_and_remove(client, uid)
        return len(present)

    def _copy_and_remove(self, client: IMAPClient, uid: int) -> None:
        client.copy([uid], self.processed_folder)
        client.add_flags([uid], [DELETED], silent=True)
        if self.has_capability("UIDPLUS"):
            client.uid_expunge([uid])  # UID EXPUNGE: only this message
        else:
            log.warning(
                "event=imap_no_move_no_uidplus uid=%s action=copied_and_flagged_deleted",
                uid,
            )

    def flag(self, ident: int | str) -> bool:
        """Mark a message \\Flagged so staff see it needs a person.

        Returns False when the message is no longer in `folder`.
        """
        return self.flag_many([ident]) == 1

    def flag_many(self, idents: Sequence[int | str]) -> int:
        """Flag these messages, one command per UIDS_PER_COMMAND; returns how many were
        still there."""
        uids = sorted({self._resolve_uid(ident) for ident in idents})
        flagged = 0
        for start in range(0, len(uids), UIDS_PER_COMMAND):
            flagged += self._flag_chunk(uids[start : start + UIDS_PER_COMMAND])
        return flagged

    def _flag_chunk(self, uids: list[int]) -> int:
        changed = self._call("flag", lambda c: c.add_flags(uids, [FLAGGED]))
        return sum(1 for uid in uids if uid in changed)

    # --- waiting ------------------------------------------------------------------

    def noop(self) -> None:
        """Keep the session alive and collect pending server news."""
        self._call("noop", lambda c: c.noop())

    def idle_wait(self, timeout_s: float) -> bool:
        """Wait until new mail arrives (True) or `timeout_s` passes (False).

        Uses IDLE when the server offers it, else sleeps and polls with NOOP. A dead
        connection raises MailboxError instead of looking like a quiet mailbox:
        imapclient's idle_check() returns [] on EOF, so "readable but nothing to read"
        twice in a row, or a BYE, counts as dead.
        """
        timeout_s = max(0.0, min(timeout_s, MAX_IDLE_S))
        if not self.has_capability("IDLE"):
            time.sleep(timeout_s)
            return self._noop_saw_new_mail()
        client = self._session
        with self._boundary("idle"):
            client.idle()
        arrived = False
        try:
            arrived = self._wait_in_idle(client, timeout_s)
        except BaseException:
            self.close()
            raise
        with self._boundary("idle done"):
            done_responses = client.idle_done()[1]
        # NOOP after waking: catches news that raced with DONE, and proves the link lives.
        return self._noop_saw_new_mail() or arrived or _has_new_mail(done_responses)

    def _wait_in_idle(self, client: IMAPClient, timeout_s: float) -> bool:
        deadline = time.monotonic() + timeout_s
        empty_wakeups = 0
        with selectors.DefaultSelector() as selector, self._boundary("idle"):
            selector.register(client.socket(), selectors.EVENT_READ)
            while (remaining := deadline - time.monotonic()) > 0:
                if not selector.select(remaining):
                    return False
                responses = client.idle_check(timeout=0)
                if any(_is_bye(response) for response in responses):
                    raise MailboxError("imap idle: server said BYE")
                if not responses:
                    empty_wakeups += 1
                    if empty_wakeups >= 2:
                        raise MailboxError("imap idle: connection closed by the server")
                    continue
                empty_wakeups = 0
                if _has_new_mail(responses):
                    return True
        return False

    def _noop_saw_new_mail(self) -> bool:
        responses = self._call("noop", lambda c: c.noop())[1]
        return _has_new_mail(responses)


def _uid_set(uids: Sequence[int]) -> str:
    """An IMAP sequence set for sorted UIDs, with ranges ("3:7,9")."""
    parts: list[str] = []
    start = previous = uids[0]
    for uid in uids[1:]:
        if uid == previous + 1:
            previous = uid
            continue
        parts.append(f"{start}:{previous}" if previous != start else str(start))
        start = previous = uid
    parts.append(f"{start}:{previous}" if previous != start else str(start))
    return ",".join(parts)


def _is_bye(response: Any) -> bool:
    return isinstance(response, tuple) and len(response) > 0 and response[0] == b"BYE"


def _has_new_mail(responses: Sequence[Any]) -> bool:
    return any(
        isinstance(response, tuple)
        and len(response) >= 2
        and response[1] in (b"EXISTS", b"RECENT")
        and response[0] != 0
        for response in responses
    )


def _aware_or_none(value: object) -> datetime | None:
    if isinstance(value, datetime) and value.tzinfo is not None:
        return value
    return None
