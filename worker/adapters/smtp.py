"""Hand finished mails to the practice's SMTP server (submission via aiosmtplib).

One fresh connection per batch (aiosmtplib's long-lived clients hung on reconnect, #38
and #243), TLS always verified, never an opportunistic downgrade, AUTH only over TLS.
Each message gets its own verdict; the caller records it in the outbox:

- ``sent``: the server said 250; recipients it refused are listed in ``refused``.
- ``retry``: 4xx, or the connection was lost before the end of DATA (RFC 5321 §3.8).
- ``failed``: 5xx, or every recipient refused with 5xx; retrying cannot help.
- ``ambiguous``: the connection died after the final "." and before the reply, so the
  server may have the message (RFC 1047). Retry with the same Message-ID: at most one
  duplicate, never a loss.

A refused login raises ``DeliveryAuthError`` for the whole batch (pause and alert once, do
not hammer the account into a lockout); a TLS failure raises ``DeliveryTlsError``; a
server that cannot be reached raises ``DeliveryError``. Logs carry Message-IDs, codes and
counts only: never addresses, subjects or content.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import re
import ssl
import time
from collections import Counter
from collections.abc import AsyncIterator, Callable, Sequence
from dataclasses import dataclass, field
from typing import Protocol

import aiosmtplib
from aiosmtplib.protocol import PERIOD_REGEX, normalize_message_line_endings

from worker.adapters.sender import Outcome, OutgoingMessage, SendResult
from worker.errors import ConfigError, DeliveryError
from worker.net import Security, security_problem

log = logging.getLogger(__name__)


_AUTH_CODES = frozenset({530, 534, 535, 538})
_CONTROL_CHARS = re.compile(r"[\x00-\x1f\x7f]")
_ADDRESS_LIKE = re.compile(r"[^\s<>\"'(),;:\[\]]+@[^\s<>\"'(),;:\[\]]+")
_DETAIL_LIMIT = 200


class DeliveryAuthError(DeliveryError):
    """The SMTP server refused our credentials: pause sending and alert once; no retries."""


class DeliveryTlsError(DeliveryError):
    """TLS could not be set up or verified (bad certificate, STARTTLS not offered)."""


class _Socket(Protocol):
    def fileno(self) -> int: ...


@dataclass(frozen=True, slots=True, kw_only=True)
class SmtpSettings:
    host: str
    port: int
    security: Security = "tls"
    ca_file: str | None = None  # an extra CA to trust besides the system store
    username: str | None = None  # None or "": no AUTH
    password: str | None = field(default=None, repr=False)
    timeout: float = 60.0  # per socket operation
    message_timeout: float = 300.0  # per message in total, and for connect + login
    local_hostname: str | None = None  # EHLO name; None: aiosmtplib asks the OS


class SmtpSender:
    """Submits batches of finished mails over one verified SMTP connection each."""

    def __init__(self, settings: SmtpSettings) -> None:
        if problem := security_problem(settings.security, settings.host):
            raise ConfigError(f"smtp.security: {problem}")
        if not 1 <= settings.port <= 65535:
            raise ConfigError(f"smtp.port: expected an integer 1-65535, got {settings.port!r}")
        self._settings = settings
        self._tls_context = _tls_context(settings) if settings.security != "none" else None

    async def send_batch(
        self,
        messages: Sequence[OutgoingMessage],
        *,
        on_result: Callable[[SendResult], None] | None = None,
    ) -> list[SendResult]:
        """Submit `messages` over one connection; one result per message, in order.

        `on_result` hears each verdict as soon as the server gives it, so the caller can
        commit it before the next message goes out."""
        if not messages:
            return []
        started = time.monotonic()
        results: list[SendResult] = []
        async with self._session() as client:
            for message in messages:
                if client.is_connected:
                    result = await self._send_one(client, message)
                else:
                    result = SendResult(
                        message_id=message.message_id,
                        outcome="retry",
                        detail="not attempted: the server closed the connection",
                        attempted=False,
                    )
                results.append(result)
                if on_result is not None:
                    on_result(result)
                log.info(
                    "event=smtp_result message_id=%s outcome=%s code=%s",
                    message.message_id,
                    result.outcome,
                    result.code or "-",
                )
        tally = Counter(result.outcome for result in results)
        log.info(
            "event=smtp_batch messages=%d seconds=%.2f sent=%d retry=%d failed=%d ambiguous=%d",
            len(results),
            time.monotonic() - started,
            tally["sent"],
            tally["retry"],
            tally["failed"],
            tally["ambiguous"],
        )
        return results

    async def check(self) -> list[str]:
        """Connect, EHLO, STARTTLS, AUTH and QUIT; return what was found, in order.

        Raises the same errors as ``send_batch`` when a step fails.
        """
        findings: list[str] = []
        async with self._session(findings):
            pass
        return findings

    # -- session -------------------------------------------------------------------------

    @contextlib.asynccontextmanager
    async def _session(self, findings: list[str] | None = None) -> AsyncIterator[aiosmtplib.SMTP]:
        """A connected, secured and logged-in client; QUIT and a real close on exit."""
        settings = self._settings
        where = f"{settings.host}:{settings.port}"
        note = findings.append if findings is not None else (lambda _text: None)
        client = aiosmtplib.SMTP(
            hostname=settings.host,
            port=settings.port,
            use_tls=settings.security == "tls",
            # STARTTLS is done below, explicitly and only if offered: fail closed
            # instead of aiosmtplib's opportunistic default (start_tls=None).
            start_tls=False,
            validate_certs=True,
            tls_context=self._tls_context,
            timeout=settings.timeout,
            local_hostname=settings.local_hostname,
        )
        sock: _Socket | None = None
        step = "connect"
        try:
            try:
                async with asyncio.timeout(settings.message_timeout):
                    greeting = await client.connect()
                    sock = client.get_transport_info("socket")
                    note(f"connected to {where}, greeting {greeting.code}")
                    if settings.security == "tls":
                        note(f"implicit TLS ({_tls_version(client)}), certificate verified")
                    step = "EHLO"
                    await client.ehlo()
                    note("EHLO extensions: " + ", ".join(sorted(client.esmtp_extensions)))
                    if settings.security == "starttls":
                        step = "STARTTLS"
                        if not client.supports_extension("starttls"):
                            raise DeliveryTlsError(
                                f"{where} does not offer STARTTLS; refusing to go on in plaintext"
                            )
                        await client.starttls()
                        await client.ehlo()  # RFC 3207 §4.2: forget the plaintext EHLO
                        note(f"STARTTLS ({_tls_version(client)}), certificate verified")
                    if settings.username:
                        step = "AUTH"
                        mechanism = await _login_once(client, settings.username, settings.password)
                        note(f"AUTH {mechanism.upper()} accepted for the configured user")
                    else:
                        note("AUTH skipped: no username configured")
            except aiosmtplib.SMTPAuthenticationError as exc:
                raise DeliveryAuthError(
                    f"{where} refused the login: {exc.code} {_scrub(exc.message)}"
                ) from exc
            except (aiosmtplib.SMTPException, OSError, TimeoutError) as exc:
                if _is_tls_failure(exc):
                    raise DeliveryTlsError(
                        f"{step} to {where}: TLS failed: {_describe(exc)}"
                    ) from exc
                if step == "AUTH":
                    raise DeliveryAuthError(f"AUTH at {where}: {_describe(exc)}") from exc
                raise DeliveryError(f"{step} to {where}: {_describe(exc)}") from exc
            yield client
            if client.is_connected:
                try:
                    await asyncio.wait_for(client.quit(), settings.timeout)
                    note("QUIT accepted")
                except (aiosmtplib.SMTPException, OSError, TimeoutError):
                    pass  # the mails are decided already; a failed QUIT changes nothing
        finally:
            await self._hang_up(client, sock)

    async def _hang_up(self, client: aiosmtplib.SMTP, sock: _Socket | None) -> None:
        """Close, and wait (briefly) until the socket is really shut.

        Over TLS, close() only starts the close_notify exchange; without the wait an
        event loop that ends right after the batch leaks the socket.
        """
        client.close()
        deadline = time.monotonic() + min(self._settings.timeout, 2.0)
        # aiosmtplib has no public "closed" event; the transport's socket is the witness.
        while sock is not None and sock.fileno() != -1 and time.monotonic() < deadline:  # noqa: ASYNC110
            await asyncio.sleep(0.005)

    # -- one message -----------------------------------------------------------------------

    async def _send_one(self, client: aiosmtplib.SMTP, message: OutgoingMessage) -> SendResult:
        refused: dict[str, tuple[int, str]] = {}

        def result(outcome: Outcome, code: int | None, detail: str) -> SendResult:
            return SendResult(
                message_id=message.message_id,
                outcome=outcome,
                code=code,
                detail=detail,
                refused=dict(refused),
            )

        addresses = (message.sender, *message.recipients)
        if not message.recipients or any(_CONTROL_CHARS.search(a) for a in addresses):
            return result("failed", None, "no recipient, or a control character in an address")
        final_dot_sent = False
        phase = "MAIL"
        try:
            async with asyncio.timeout(self._settings.message_timeout):
                await client.mail(
                    message.sender,
                    options=_mail_options(client, message),
                    encoding=_address_encoding(message),
                )
                phase = "RCPT"
                for recipient in message.recipients:
                    try:
                        await client.rcpt(recipient, encoding=_address_encoding(message))
                    except aiosmtplib.SMTPRecipientRefused as exc:
                        refused[recipient] = (exc.code, exc.message)
                if len(refused) == len(message.recipients):
                    await self._reset(client)
                    codes = [code for code, _text in refused.values()]
                    permanent = all(code >= 500 for code in codes)
                    return result(
                        "failed" if permanent else "retry",
                        codes[0],
                        f"RCPT: every recipient refused ({', '.join(map(str, codes))})",
                    )
                phase = "DATA"
                # aiosmtplib's data() sends DATA and the body as one call; done in two
                # steps here so a lost reply after the final dot is told apart (RFC 1047).
                go_ahead = await client.execute_command(b"DATA")
                if go_ahead.code != 354:
                    raise aiosmtplib.SMTPDataError(go_ahead.code, go_ahead.message)
                if client.protocol is None:
                    raise aiosmtplib.SMTPServerDisconnected("Connection lost after 354")
                client.protocol.write(_data_payload(message.raw))
                final_dot_sent = True
                reply = await client.protocol.read_response(timeout=self._settings.timeout)
                if reply.code != 250:
                    raise aiosmtplib.SMTPDataError(reply.code, reply.message)
        except aiosmtplib.SMTPResponseException as exc:
            await self._reset(client)
            if final_dot_sent and not 400 <= exc.code < 600:
                # A garbled reply to the final dot says nothing about whether it was taken.
                return result("ambiguous", None, f"DATA: unreadable reply {_scrub(exc.message)}")
            return result(
                _outcome_for(exc.code),
                exc.code,
                f"{phase} {exc.code} {_scrub(exc.message)}",
            )
        except (aiosmtplib.SMTPException, OSError, TimeoutError) as exc:
            client.close()
            if final_dot_sent:
                return result("ambiguous", None, f"lost after the final dot: {_describe(exc)}")
            return result("retry", None, f"{phase}: {_describe(exc)}")
        except ValueError as exc:  # aiosmtplib refuses unencodable or unsafe addresses
            await self._reset(client)
            return result(
                "failed", None, f"{phase}: address refused locally ({type(exc).__name__})"
            )
        return result("sent", reply.code, f"250 {_scrub(reply.message)}")

    async def _reset(self, client: aiosmtplib.SMTP) -> None:
        if not client.is_connected:
            return
        try:
            await client.rset()
        except (aiosmtplib.SMTPException, OSError, TimeoutError):
            client.close()  # an unusable session: the rest of the batch waits for the next


def _outcome_for(code: int) -> Outcome:
    """5xx fails for good; 4xx, odd replies and auth trouble (ours, not the address) retry."""
    if 500 <= code < 600 and code not in _AUTH_CODES:
        return "failed"
    return "retry"


async def _login_once(client: aiosmtplib.SMTP, username: str, password: str | None) -> str:
    """AUTH with the best shared mechanism, one attempt only.

    aiosmtplib's login() tries every advertised mechanism in turn; with a wrong password
    that is several failures per connection, which brings account lockouts closer.
    """
    mechanisms = client.supported_auth_methods
    if not mechanisms:
        raise aiosmtplib.SMTPException("the server offers no AUTH mechanism we support")
    mechanism = mechanisms[0]
    authenticate = getattr(client, f"auth_{mechanism.replace('-', '')}")
    await authenticate(username, password or "")
    return mechanism


def _mail_options(client: aiosmtplib.SMTP, message: OutgoingMessage) -> list[str]:
    options: list[str] = []
    if client.supports_extension("size"):
        options.append(f"SIZE={len(normalize_message_line_endings(message.raw))}")
    if client.supports_extension("8bitmime") and not message.raw.isascii():
        options.append("BODY=8BITMIME")
    if _address_encoding(message) == "utf-8":
        if not client.supports_extension("smtputf8"):
            raise ValueError("non-ASCII address and the server lacks SMTPUTF8")
        options.append("SMTPUTF8")
    return options


def _address_encoding(message: OutgoingMessage) -> str:
    addresses = (message.sender, *message.recipients)
    return "ascii" if all(a.isascii() for a in addresses) else "utf-8"


def _data_payload(raw: bytes) -> bytes:
    """The DATA payload as aiosmtplib's own data() builds it: CRLF, dot-stuffed, final dot."""
    return PERIOD_REGEX.sub(b"..", normalize_message_line_endings(raw)) + b".\r\n"


def _tls_context(settings: SmtpSettings) -> ssl.SSLContext:
    context = ssl.create_default_context(ssl.Purpose.SERVER_AUTH)
    context.minimum_version = ssl.TLSVersion.TLSv1_2  # BSI TR-02102-2
    if settings.ca_file:
        try:
            context.load_verify_locations(cafile=settings.ca_file)
        except (OSError, ssl.SSLError) as exc:
            raise ConfigError(f"smtp.ca_file: cannot load {settings.ca_file!r}: {exc}") from exc
    return context


def _tls_version(client: aiosmtplib.SMTP) -> str:
    ssl_object = client.get_transport_info("ssl_object")
    return ssl_object.version() if ssl_object is not None else "unknown version"


def _is_tls_failure(exc: BaseException) -> bool:
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, ssl.SSLError):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def _describe(exc: BaseException) -> str:
    text = str(exc)
    return f"{type(exc).__name__}: {_scrub(text)}" if text else type(exc).__name__


def _scrub(text: str) -> str:
    """Server text without addresses or control characters, cut to a sane length."""
    cleaned = _CONTROL_CHARS.sub(" ", _ADDRESS_LIKE.sub("<address>", text))
    return cleaned[:_DETAIL_LIMIT]
