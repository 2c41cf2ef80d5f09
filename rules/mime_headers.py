"""Header values of a parsed mail, read without trusting them: RFC 2047 encoded words,
raw 8-bit bytes, folding, one display line without controls or bidi tricks, Message-IDs
and the Date.

Values come from the raw header items, not from the stdlib's structured header objects
(the most expensive step of parsing a mail, and one that raises on hostile input). The
From and Reply-To addresses are read in rules/parsing.py, with rules/addresses.py.
"""

from __future__ import annotations

import email.header
import email.utils
import re
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from email.message import Message

from rules.mime_decoding import MAIL_ERRORS, decode_bytes

__all__ = [
    "MSG_ID",
    "all_headers",
    "clean_line",
    "decode_words",
    "first_msg_id",
    "parse_date",
    "plain_header",
    "raw_values",
]


# C0/C1 controls and the invisible bidi/format characters that can disguise text
# ("rechnung\u202efdp.exe"); tab/CR/LF become spaces first where a line is wanted.
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]")
_WHITESPACE_RUN = re.compile(r"\s+")
MSG_ID = re.compile(r"<[^<>\s\x00-\x1f\x7f]{1,998}>")  # controls never belong to an id
_FUTURE_DATE_GRACE = timedelta(days=1)


def clean_line(value: str) -> str:
    """One line of display text: whitespace runs to one space, controls and bidi removed."""
    return _CONTROL.sub("", _WHITESPACE_RUN.sub(" ", value)).strip()


def decode_words(value: str) -> str:
    """RFC 2047 decoding without the stdlib's strict header parser (fallback path)."""
    try:
        pieces = email.header.decode_header(value)
    except MAIL_ERRORS:
        return value
    decoded: list[str] = []
    for piece, charset in pieces:
        if isinstance(piece, str):
            decoded.append(piece)
        else:
            decoded.append(decode_bytes(piece, charset or "ascii")[0])
    return "".join(decoded)


def _undo_surrogates(value: str) -> str:
    """Raw 8-bit header bytes reach us as surrogate escapes: read them as utf-8 (RFC 6532),
    else as cp1252, the usual charset of old clients that send unencoded umlauts."""
    if not any("\udc80" <= char <= "\udcff" for char in value):
        return value
    data = value.encode("utf-8", "surrogateescape")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


_FOLD = re.compile(r"\r?\n(?=[ \t])")


def raw_values(message: Message, name: str) -> list[str]:
    try:
        items = list(message.raw_items())
    except MAIL_ERRORS:
        return []
    # Unfolded: a long display name puts the address on a continuation line.
    return [
        _FOLD.sub("", _undo_surrogates(str(value))) for key, value in items if key.lower() == name
    ]


def plain_header(message: Message, name: str) -> str | None:
    """The first header `name` unfolded and RFC 2047-decoded, without building the
    stdlib's structured header object (the most expensive step of parsing a mail; dates,
    ids and subjects need no structure)."""
    raw = raw_values(message, name)
    if not raw:
        return None
    value = raw[0]
    return decode_words(value) if "=?" in value else value


def all_headers(message: Message) -> Iterator[tuple[str, str]]:
    try:
        items = list(message.raw_items())
    except MAIL_ERRORS:
        return
    for name, raw_value in items:
        value = _undo_surrogates(str(raw_value))
        # RFC 8601: an encoded word in Authentication-Results is plain text (decoded, a
        # sender's "=?utf-8?q?=3Bdmarc=3Dpass?=" would become a verdict).
        if "=?" in value and name.lower() != "authentication-results":
            value = decode_words(value)
        yield name.lower(), clean_line(value)


def first_msg_id(value: str | None) -> str | None:
    if not value:
        return None
    match = MSG_ID.search(value)
    if match:
        return match.group(0)
    cleaned = clean_line(value)
    return cleaned or None


def parse_date(value: str | None, *, received_at: datetime) -> datetime | None:
    if not value:
        return None
    try:
        parsed = email.utils.parsedate_to_datetime(clean_line(value))
    except MAIL_ERRORS:
        return None
    if parsed is None:
        return None
    if parsed.tzinfo is None:  # "-0000": UTC without a claim about the local zone
        parsed = parsed.replace(tzinfo=UTC)
    if parsed > received_at + _FUTURE_DATE_GRACE:
        return None  # a sender's clock in the future would move every relative date
    return parsed
