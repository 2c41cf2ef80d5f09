"""What a sender is, whatever it sends through (SMTP, a Maildir, the shadow mode's
nothing): the `Sender` protocol beside the mail source's (mail_source.py), and the
message and verdict it passes."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Literal, Protocol

Outcome = Literal["sent", "retry", "failed", "ambiguous"]


@dataclass(frozen=True, slots=True, kw_only=True)
class OutgoingMessage:
    """A finished mail: envelope plus the exact bytes to submit."""

    message_id: str  # the Message-ID header value, stored before sending
    sender: str  # envelope from (MAIL FROM)
    recipients: tuple[str, ...]  # envelope to (RCPT TO)
    raw: bytes


@dataclass(frozen=True, slots=True, kw_only=True)
class SendResult:
    """What happened to one message; ``detail`` names no address and no content."""

    message_id: str
    outcome: Outcome
    code: int | None = None
    detail: str = ""
    refused: Mapping[str, tuple[int, str]] = field(default_factory=dict)
    attempted: bool = True  # False: never reached the server (an earlier message lost it)


class Sender(Protocol):
    """What the outbox runner needs from a sender (SMTP or the Maildir outbox)."""

    async def send_batch(
        self,
        messages: Sequence[OutgoingMessage],
        *,
        on_result: Callable[[SendResult], None] | None = None,
    ) -> list[SendResult]: ...
