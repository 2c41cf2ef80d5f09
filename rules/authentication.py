"""Sender authentication: may the practice take a mail's From address at its word?

A confirmation is what the practice bills on, and anybody can write any From address.
Only the practice's own mail provider can tell a genuine sender from a forged one: its
incoming server checks DMARC/DKIM and writes the outcome into an
`Authentication-Results` header (RFC 8601) that names the server (the authserv-id).
The practice configures that id (`mailbox.trusted_authserv_id`); without it a
confirmation is recorded only when the practice deliberately accepts unauthenticated
mail (`mailbox.accept_unauthenticated`).

The header is read with a real RFC 8601 reader, never with pattern matching: parts of
it are written by the sender (the HELO name, the envelope sender, comments quoting
them), so a `dmarc=pass` counts only as a method result at the start of a result
(after `;`), never inside a quoted string, a (nested) comment or a property value, and
an RFC 2047 encoded word is never decoded (it is plain text in this header). Anything
the reader cannot read is no pass.

Why not the `authres` package: measured (bench/measure_authres.py) against the table in
tests/unit/authentication_table.py (49 headers: the attack run's forgeries and more,
Gmail, Microsoft 365, GMX/web.de, Postfix+OpenDKIM+OpenDMARC, rspamd), authres 1.2.0
reads the four forgeries of the attack run correctly but is wrong on three: it refuses
a quoted authserv-id and a trailing ";", and in its default lenient mode it silently
drops the rest of a header after an unclosed comment, so a HELO name "x(" hides the
server's own dmarc=fail that follows (its strict mode instead refuses Microsoft's
everyday `action=none`). A reader that fails closed on anything unreadable is short.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rules.models import InboundMail, MailContext

HEADER = "authentication-results"

NOT_AUTHENTICATED = (
    "Bestätigung nicht übernommen: die Absenderadresse ist laut Mailserver nicht "
    "authentifiziert (DMARC/DKIM); die Mail könnte gefälscht sein. Bitte prüfen."
)
NO_TRUST_CONFIGURED = (
    "Bestätigung nicht übernommen: für das Postfach ist keine Absenderprüfung "
    "eingerichtet (mailbox.trusted_authserv_id), daher könnte jede Absenderadresse "
    "gefälscht sein. Bitte prüfen und die Bestätigung von Hand eintragen."
)


@dataclass(frozen=True, slots=True, kw_only=True)
class MethodResult:
    """One resinfo: `method=result` and its `ptype.property=value` pairs (lower-case keys)."""

    method: str  # lower-case, without a method version ("dkim/1" -> "dkim")
    result: str  # lower-case
    properties: tuple[tuple[str, str], ...] = ()  # (("header.d", "web.de"), ...)

    def values(self, key: str) -> tuple[str, ...]:
        return tuple(value for name, value in self.properties if name == key)


@dataclass(frozen=True, slots=True, kw_only=True)
class AuthenticationResults:
    authserv_id: str  # lower-case
    results: tuple[MethodResult, ...] = ()  # empty for "none"


def untrusted_reason(mail: InboundMail, context: MailContext) -> str | None:
    """Why the sender's From address must not be believed for a confirmation, or None.

    Practice rule: with `trusted_authserv_id` set, a confirmation counts only when the
    practice's own mail server vouches for the sender's domain; without it, only when
    the practice has set `accept_unauthenticated` deliberately.
    """
    if context.trusted_authserv_id:
        if is_authenticated(mail, context.trusted_authserv_id):
            return None
        return NOT_AUTHENTICATED
    return None if context.accept_unauthenticated else NO_TRUST_CONFIGURED


def is_authenticated(mail: InboundMail, authserv_id: str) -> bool:
    """True when our own mail server vouches for the sender's domain.

    Practice rule: only the topmost Authentication-Results header with our authserv-id
    counts (anything below it, or from another id, the sender may have written). It
    must say dmarc=pass for the From domain (header.from, when given, is that domain),
    or, where the domain publishes no DMARC policy, dkim=pass for a signing domain
    aligned with it. Any other DMARC verdict, two DMARC verdicts that disagree, or a
    header we cannot read is no pass.
    """
    if mail.sender is None or not authserv_id:
        return False
    sender_domain = _domain(mail.sender)
    wanted = authserv_id.strip().casefold()
    for name, value in mail.headers:
        if name != HEADER or read_authserv_id(value) != wanted:
            continue
        parsed = parse_authentication_results(value)
        return parsed is not None and _vouches_for(parsed.results, sender_domain)
    return False


def _vouches_for(results: tuple[MethodResult, ...], sender_domain: str) -> bool:
    dmarc = [r for r in results if r.method == "dmarc"]
    verdicts = {r.result for r in dmarc}
    if verdicts == {"pass"}:
        return all(
            all(_domain(value) == sender_domain for value in r.values("header.from")) for r in dmarc
        )
    if verdicts - _NO_DMARC_POLICY:
        return False  # fail, temperror, permerror, quarantine, ... or pass beside fail
    return any(
        r.method == "dkim"
        and r.result == "pass"
        and any(
            _is_aligned(_domain(value), sender_domain)
            for value in (*r.values("header.d"), *r.values("header.i"))
        )
        for r in results
    )


# The domain publishes no DMARC policy (Microsoft's "bestguesspass": it would have
# passed one): an aligned DKIM signature may vouch instead.
_NO_DMARC_POLICY = frozenset({"none", "bestguesspass"})


def _domain(value: str) -> str:
    domain = value.rpartition("@")[2].strip().rstrip(".").casefold()
    try:
        return domain.encode("idna").decode("ascii")
    except UnicodeError:
        return domain


def _is_aligned(signing_domain: str, sender_domain: str) -> bool:
    """Relaxed DMARC alignment, approximated without the public suffix list: the same
    domain, or one below the other (a signing domain needs at least two labels)."""
    if "." not in signing_domain or not sender_domain:
        return False
    return (
        signing_domain == sender_domain
        or sender_domain.endswith("." + signing_domain)
        or signing_domain.endswith("." + sender_domain)
    )


# --- RFC 8601 reader -------------------------------------------------------------------


class _Unreadable(Exception):
    """The header does not follow RFC 8601 closely enough to be believed."""


# RFC 2045 token: printable US-ASCII except SPACE and tspecials ()<>@,;:\"/[]?=
_TOKEN = re.compile(r"[!#$%&'*+\-.0-9A-Z^_`a-z{|}~]+")
_KEYWORD = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9_-]*[A-Za-z0-9])?")
_DIGITS = re.compile(r"[0-9]+")
_WSP = " \t\r\n"
# A property value outside quotes: anything up to white space, ";", a comment or a quote
# (header.b carries base64 with "/", "+" and "=" that RFC 2045 tokens do not allow).
_PVALUE_RUN = re.compile(r"[^\s;()\"\\]+")


def read_authserv_id(value: str) -> str | None:
    """The authserv-id that opens a header value (lower-case), or None if there is none."""
    reader = _Reader(value)
    try:
        return reader.authserv_id()
    except _Unreadable:
        return None


def parse_authentication_results(value: str) -> AuthenticationResults | None:
    """One header value read by RFC 8601 (no RFC 2047 decoding); None if unreadable.

    Tolerated beyond the grammar, because common servers write them: `key=value` words
    after a method result (Microsoft's `action=none`), property values with `/`, `+`
    and `=` (base64 in `header.b`), any ptype, and a `;` at the very end.
    """
    reader = _Reader(value)
    try:
        return reader.header()
    except _Unreadable:
        return None


class _Reader:
    def __init__(self, text: str) -> None:
        self.text = text
        self.pos = 0

    # grammar

    def header(self) -> AuthenticationResults:
        authserv_id = self.authserv_id()
        self.cfws()
        if _DIGITS.match(self.text, self.pos):  # authres-version
            version = self.expect(_DIGITS)
            if version != "1":
                raise _Unreadable
            self.cfws()
        if self.take(";"):
            self.cfws()
            if self.text[self.pos : self.pos + 4].lower() == "none":
                self.pos += len("none")
                self.cfws()
                if self.at_end():  # no-result: nothing was checked
                    return AuthenticationResults(authserv_id=authserv_id)
                raise _Unreadable
            results = [self.resinfo()]
            while self.take(";"):
                self.cfws()
                if self.at_end():  # a trailing ";"
                    break
                results.append(self.resinfo())
            self.cfws()
            if self.at_end():
                return AuthenticationResults(authserv_id=authserv_id, results=tuple(results))
        raise _Unreadable

    def authserv_id(self) -> str:
        self.cfws()
        value = self.quoted_string() if self.peek('"') else self.expect(_TOKEN)
        self.end_of_word()
        if not value:
            raise _Unreadable
        return value.casefold()

    def resinfo(self) -> MethodResult:
        method = self.expect(_KEYWORD).lower()
        self.cfws()
        if self.take("/"):  # method version
            self.cfws()
            self.expect(_DIGITS)
            self.cfws()
        self.require("=")
        self.cfws()
        result = self.expect(_KEYWORD).lower()
        properties: list[tuple[str, str]] = []
        self.end_of_word()
        while True:
            self.cfws()
            if self.at_end() or self.peek(";"):
                break
            key = self.expect(_KEYWORD).lower()
            self.cfws()
            if self.take("."):  # propspec: ptype "." property "=" pvalue
                self.cfws()
                prop = self.expect(_KEYWORD).lower()
                self.cfws()
                self.require("=")
                properties.append((f"{key}.{prop}", self.pvalue()))
            else:  # reasonspec, or a vendor's key=value (action=none)
                self.require("=")
                self.cfws()
                if self.peek('"'):
                    self.quoted_string()
                else:
                    self.pvalue()
        return MethodResult(method=method, result=result, properties=tuple(properties))

    def pvalue(self) -> str:
        """A value: quoted strings and unquoted runs glued together ("x;y"@evil.io)."""
        self.cfws()
        pieces: list[str] = []
        while not self.at_end():
            if self.peek('"'):
                pieces.append(self.quoted_string())
                continue
            run = _PVALUE_RUN.match(self.text, self.pos)
            if run is None:
                break
            pieces.append(run.group())
            self.pos = run.end()
        if not pieces:
            raise _Unreadable
        self.end_of_word()
        return "".join(pieces)

    # lexical pieces

    def cfws(self) -> None:
        """Skip white space and comments; comments nest and may hold quoted pairs."""
        while not self.at_end():
            char = self.text[self.pos]
            if char in _WSP:
                self.pos += 1
            elif char == "(":
                self.comment()
            else:
                return

    def comment(self) -> None:
        depth = 0
        while not self.at_end():
            char = self.text[self.pos]
            self.pos += 1
            if char == "\\":
                self.pos += 1
            elif char == "(":
                depth += 1
            elif char == ")":
                depth -= 1
                if depth == 0:
                    return
        raise _Unreadable  # unbalanced

    def quoted_string(self) -> str:
        self.require('"')
        pieces: list[str] = []
        while not self.at_end():
            char = self.text[self.pos]
            self.pos += 1
            if char == "\\":
                if self.at_end():
                    break
                pieces.append(self.text[self.pos])
                self.pos += 1
            elif char == '"':
                return "".join(pieces)
            else:
                pieces.append(char)
        raise _Unreadable  # unterminated

    def end_of_word(self) -> None:
        """A word must end at white space, a comment, ";" or the end ("pass@evil" is no
        result "pass")."""
        if not self.at_end() and self.text[self.pos] not in _WSP + "(;":
            raise _Unreadable

    def expect(self, pattern: re.Pattern[str]) -> str:
        match = pattern.match(self.text, self.pos)
        if match is None:
            raise _Unreadable
        self.pos = match.end()
        return match.group()

    def require(self, char: str) -> None:
        if not self.take(char):
            raise _Unreadable

    def take(self, char: str) -> bool:
        if self.peek(char):
            self.pos += 1
            return True
        return False

    def peek(self, char: str) -> bool:
        return self.text.startswith(char, self.pos)

    def at_end(self) -> bool:
        return self.pos >= len(self.text)
