"""What one incoming mail may cost, checked on the raw bytes before the stdlib parser runs.

Resource limits (size, header block, one header, addresses, MIME depth and part count,
RFC 2231 parameters) are checked in one pass over the raw lines *before* the stdlib parser
runs, because the parser itself is what blows up (RELIABILITY.md P7, P8: a 112 KB subject
of encoded words costs 456 MB; 1000 nested multiparts raise RecursionError). A mail beyond
them goes to staff unparsed: `scan_limits` returns the Quarantine reason.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from rules.models import Quarantine

__all__ = ["MailLimits", "scan_limits"]


_MIB = 1024 * 1024


@dataclass(frozen=True, slots=True, kw_only=True)
class MailLimits:
    """What one incoming mail may cost before it goes to staff unparsed."""

    max_bytes: int = 25 * _MIB
    max_header_bytes: int = 64 * 1024  # the whole header block of the message or of one part
    max_header_line: int = 8 * 1024  # one unfolded header
    max_addresses: int = 100  # addresses in From/To/Cc/Bcc/Reply-To/Sender together
    max_depth: int = 20  # MIME nesting (multipart and embedded messages)
    max_parts: int = 200
    max_attachment_bytes: int = 20 * _MIB
    max_text_chars: int = 1_000_000  # body text beyond this is dropped (defect recorded)
    # The sender's own words are read for their meaning up to here; a confirmation is a
    # few lines. Longer own text is cut (defect OwnTextTooLong: staff, nothing recorded),
    # which also bounds the work of every rule that reads it.
    max_own_chars: int = 16 * 1024
    # RFC 2231 parameters (filename*0*=...; filename*1*=...): the stdlib parses every
    # one of them again on each access, ~25 ms per part with 400 of them (issue 12).
    max_params_per_header: int = 64
    max_params: int = 1000


_ADDRESS_HEADERS = frozenset({b"from", b"to", b"cc", b"bcc", b"reply-to", b"sender"})
_BOUNDARY = re.compile(rb"""boundary\s*=\s*(?:"([^"\r\n]*)"|([^\s;"]+))""", re.IGNORECASE)


def scan_limits(raw: bytes, limits: MailLimits) -> Quarantine | None:
    """Walk the raw lines once: sizes of header blocks and headers, address count, MIME
    nesting (by following each Content-Type's boundary) and part count."""
    if len(raw) > limits.max_bytes:
        return Quarantine.TOO_LARGE
    scanner = _LimitScanner(limits)
    for line in raw.split(b"\n"):
        verdict = scanner.feed(line.rstrip(b"\r"))
        if verdict is not None:
            return verdict
    return None


@dataclass(slots=True)
class _LimitScanner:
    limits: MailLimits
    boundaries: list[bytes | None] = field(default_factory=list)  # None: message/rfc822
    in_headers: bool = True
    top_level: bool = True
    block_bytes: int = 0
    current: list[bytes] = field(default_factory=list)  # the header being unfolded
    current_len: int = 0
    content_type: bytes = b""
    addresses: int = 0
    parts: int = 0
    params: int = 0

    def feed(self, line: bytes) -> Quarantine | None:
        if self.in_headers:
            return self._feed_header(line)
        if line.startswith(b"--") and self.boundaries:
            return self._feed_delimiter(line[2:].rstrip())
        return None

    def _feed_header(self, line: bytes) -> Quarantine | None:
        self.block_bytes += len(line) + 2
        if self.block_bytes > self.limits.max_header_bytes:
            return Quarantine.HEADER_TOO_LARGE
        if line[:1] in (b" ", b"\t") and self.current:
            self.current.append(line)
            self.current_len += len(line)
        else:
            verdict = self._finish_header()
            if verdict is not None or not line:
                return verdict or self._finish_block()
            self.current, self.current_len = [line], len(line)
        if self.current_len > self.limits.max_header_line:
            return Quarantine.HEADER_TOO_LARGE
        return None

    def _finish_header(self) -> Quarantine | None:
        if not self.current:
            return None
        name, _, _ = self.current[0].partition(b":")
        name = name.strip().lower()
        if name in (b"content-type", b"content-disposition"):
            params = sum(part.count(b";") for part in self.current)
            self.params += params
            if params > self.limits.max_params_per_header or self.params > self.limits.max_params:
                return Quarantine.HEADER_TOO_LARGE
        if name == b"content-type":
            self.content_type = b" ".join(part.strip() for part in self.current)
        elif self.top_level and name in _ADDRESS_HEADERS:
            self.addresses += sum(part.count(b"@") for part in self.current)
            if self.addresses > self.limits.max_addresses:
                return Quarantine.HEADER_TOO_LARGE
        self.current, self.current_len = [], 0
        return None

    def _finish_block(self) -> Quarantine | None:
        """A blank line ended one entity's headers: follow what its Content-Type opens."""
        value = self.content_type.partition(b":")[2].strip().lower()
        self.in_headers = False
        self.top_level = False
        if value.startswith(b"multipart/"):
            match = _BOUNDARY.search(self.content_type)
            if match:
                self.boundaries.append(match.group(1) or match.group(2))
        elif value.startswith((b"message/rfc822", b"message/global")):
            self.boundaries.append(None)
            self.in_headers = True  # the embedded message's own headers follow
        self.content_type = b""
        self.block_bytes = 0
        if len(self.boundaries) > self.limits.max_depth:
            return Quarantine.TOO_DEEP
        return None

    def _feed_delimiter(self, token: bytes) -> Quarantine | None:
        for position in range(len(self.boundaries) - 1, -1, -1):
            boundary = self.boundaries[position]
            if boundary is None:
                continue
            if token == boundary + b"--":
                del self.boundaries[position:]
                return None
            if token == boundary:
                del self.boundaries[position + 1 :]
                self.parts += 1
                if self.parts > self.limits.max_parts:
                    return Quarantine.TOO_MANY_PARTS
                self.in_headers = True
                self.block_bytes = 0
                return None
        return None
