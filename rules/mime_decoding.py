"""What reading hostile mail can raise, and bytes to text by a declared charset.

Shared by the readers of headers, parts and file types (rules/mime_headers.py,
rules/mime_parts.py, rules/file_types.py). The stdlib parser is used with
`email.policy.default`, which parses headers lazily and raises on access; every header and
part is therefore read inside a guard that catches MAIL_ERRORS.
"""

from __future__ import annotations

import codecs
import email.errors

__all__ = ["MAIL_ERRORS", "decode_bytes"]


# Errors the stdlib email package raises on hostile input while reading one header/part.
MAIL_ERRORS: tuple[type[BaseException], ...] = (
    ValueError,
    TypeError,
    IndexError,
    KeyError,
    AttributeError,
    LookupError,
    AssertionError,
    email.errors.MessageError,
)


def decode_bytes(payload: bytes, charset: str) -> tuple[str, str | None]:
    """Decode with the declared charset; unknown -> utf-8, utf-8 full of U+FFFD -> cp1252."""
    problem = None
    try:
        codec = codecs.lookup(charset.strip().strip('"'))
    except MAIL_ERRORS:
        codec, problem = codecs.lookup("utf-8"), "UnknownCharset"
    if codec.name == "ascii":  # undeclared 8-bit text is utf-8 far more often than not
        codec = codecs.lookup("utf-8")
    try:
        text = payload.decode(codec.name, errors="replace")
    except MAIL_ERRORS:  # "base64", "rot13", ...: a codec, but not a text encoding
        text, problem = payload.decode("utf-8", errors="replace"), "UnknownCharset"
        codec = codecs.lookup("utf-8")
    if codec.name == "utf-8" and "\ufffd" in text:
        fallback = payload.decode("cp1252", errors="replace")
        if fallback.count("\ufffd") < text.count("\ufffd"):
            return fallback, problem or "Cp1252Fallback"
    return text, problem
