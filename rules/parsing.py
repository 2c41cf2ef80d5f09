"""Raw mail bytes -> InboundMail (or a Quarantine reason), never an exception.

`parse_mail` checks the limits on the raw bytes (rules/mime_limits.py), lets the stdlib
parser build the message and reduces it to an InboundMail: header values from
rules/mime_headers.py (the From and Reply-To addresses are read here, with
rules/addresses.py), body text, attachments and bounce reports from rules/mime_parts.py
(file names and types: rules/file_types.py). `describe_defects` says in German what was
found damaged.
"""

from __future__ import annotations

import email
import email.errors
import email.headerregistry
import email.policy
import email.utils
import hashlib
from collections.abc import Iterable
from datetime import UTC, datetime
from email.message import Message

from rules.addresses import address_or_none
from rules.legibility import (
    has_hidden_html_text,
    mixed_script_words,
    normalise_text,
    say_different_things,
)
from rules.mime_decoding import MAIL_ERRORS
from rules.mime_headers import (
    MSG_ID,
    all_headers,
    clean_line,
    decode_words,
    first_msg_id,
    parse_date,
    plain_header,
    raw_values,
)
from rules.mime_limits import MailLimits, scan_limits
from rules.mime_parts import Walk, clean_body, html_to_text, walk_parts
from rules.models import InboundMail, Quarantine
from rules.quoting import split_own_words, without_list_marks

__all__ = [
    "describe_defects",
    "parse_mail",
]


# --- parsing -----------------------------------------------------------------------------


def parse_mail(
    raw: bytes, *, received_at: datetime, limits: MailLimits = MailLimits()
) -> InboundMail | Quarantine:
    """Reduce one raw mail to the facts the rules decide on; never raises.

    Practice rule: a mail beyond the size, header, nesting or part limits, or one the
    parser cannot read at all, is not interpreted but handed to staff (the Quarantine
    reason). Identity is the normalised addr-spec of a single, well-formed From address;
    anything doubtful there gives `sender=None`. The Date header is used when it is a real
    date not in the future, else `received_at` (the IMAP INTERNALDATE).
    """
    try:
        verdict = scan_limits(raw, limits)
        if verdict is not None:
            return verdict
        message = email.message_from_bytes(raw, policy=email.policy.default)
        return _build_mail(raw, message, received_at=received_at, limits=limits)
    except (RecursionError, MemoryError):
        return Quarantine.UNPARSEABLE
    except Exception:  # noqa: BLE001 - the contract: any unreadable mail is quarantined
        return Quarantine.UNPARSEABLE


def _build_mail(
    raw: bytes, message: Message, *, received_at: datetime, limits: MailLimits
) -> InboundMail:
    if received_at.tzinfo is None:
        received_at = received_at.replace(tzinfo=UTC)
    walk = Walk()
    walk_parts(message, walk, limits)

    html_only = False
    if walk.plain:
        text = "\n\n".join(walk.plain)
    elif walk.html:
        text = "\n\n".join(html_to_text(html) for html in walk.html)
        html_only = True
    else:
        text = ""
    text = normalise_text(clean_body(text))
    if len(text) > limits.max_text_chars:
        text = text[: limits.max_text_chars]
        walk.defects.append("TextTruncated")
    own_text, cut_text = split_own_words(text)
    own_text = without_list_marks(own_text)
    if len(own_text) > limits.max_own_chars:
        own_text = own_text[: limits.max_own_chars]
        walk.defects.append("OwnTextTooLong")
    subject = normalise_text(clean_line(plain_header(message, "subject") or ""))
    walk.defects.extend(_reading_doubts(walk, own_text, subject, limits))
    reply_to, reply_to_doubt = _reply_to(message)
    walk.defects.extend(reply_to_doubt)

    sender, sender_name = _parse_sender(message)
    mail_date = parse_date(plain_header(message, "date"), received_at=received_at)
    if mail_date is None:
        mail_date = received_at

    return InboundMail(
        sha256=hashlib.sha256(raw).hexdigest(),
        message_id=first_msg_id(plain_header(message, "message-id")),
        sender=sender,
        sender_name=sender_name,
        reply_to=reply_to,
        in_reply_to=first_msg_id(plain_header(message, "in-reply-to")),
        references=tuple(MSG_ID.findall(plain_header(message, "references") or "")),
        date=mail_date,
        subject=subject,
        text=text,
        own_text=own_text,
        cut_text=cut_text,
        attachments=tuple(walk.attachments),
        headers=tuple(all_headers(message)),
        defects=tuple(walk.defects),
        html_only=html_only,
        delivery_status=tuple(walk.delivery_status),
        returned_message_ids=tuple(dict.fromkeys(walk.returned_ids)),
    )


def _reading_doubts(walk: Walk, own_text: str, subject: str, limits: MailLimits) -> list[str]:
    """Where what a person sees may differ from what we read (issue 12, point 4): hidden
    HTML text, words mixing look-alike letters of another script, a text/plain part that
    says something else than the HTML part beside it."""
    doubts: list[str] = []
    if any(has_hidden_html_text(html) for html in walk.html):
        doubts.append("HiddenText")
    if mixed_script_words(own_text) or mixed_script_words(subject):
        doubts.append("MixedScriptWords")
    if walk.plain and walk.html:
        html_text = normalise_text(
            clean_body("\n\n".join(html_to_text(html) for html in walk.html))
        )
        html_own = split_own_words(html_text[: limits.max_text_chars])[0]
        if say_different_things(own_text, html_own[: limits.max_own_chars]):
            doubts.append("AlternativesDisagree")
    return doubts


def _reply_to(message: Message) -> tuple[tuple[str, ...], list[str]]:
    """Every address of every Reply-To header (RFC 5322 allows one header; a second one
    that names other addresses is a forgery sign: defect MultipleReplyTo)."""
    values = raw_values(message, "reply-to")
    per_header = [_parse_address_list(value) for value in values]
    addresses = tuple(dict.fromkeys(a for found in per_header for a in found))
    differing = len({frozenset(found) for found in per_header}) > 1
    return addresses, (["MultipleReplyTo"] if differing else [])


# --- what went wrong, in words for staff ---------------------------------------------------

_DEFECT_WORDS: tuple[tuple[str, str], ...] = (
    ("InvalidBase64", "ungültige Base64-Kodierung"),
    ("InvalidQuotedPrintable", "fehlerhafte Quoted-Printable-Kodierung"),
    ("UnknownTransferEncoding", "unbekannte Transferkodierung"),
    ("UnknownCharset", "unbekannter Zeichensatz"),
    ("Cp1252Fallback", "falsch angegebener Zeichensatz"),
    ("UndecodableCharacters", "nicht lesbare Zeichen"),
    ("UndecodableText", "nicht lesbarer Text"),
    ("UndecodableAttachment", "nicht lesbarer Anhang"),
    ("HiddenText", "versteckter Text im HTML-Teil"),
    ("MixedScriptWords", "Wörter aus verschiedenen Schriften oder Doppelgänger-Buchstaben"),
    ("AlternativesDisagree", "Text- und HTML-Fassung sagen Verschiedenes"),
    ("MultipleReplyTo", "mehrere verschiedene Antwortadressen (Reply-To)"),
    ("OwnTextTooLong", "sehr langer Text, nur der Anfang gelesen"),
    ("TextTruncated", "sehr langer Text, nur der Anfang gelesen"),
    ("SuspiciousFileName", "verdächtiger Dateiname"),
    ("AttachmentTooLarge", "übergroßer Anhang"),
    ("TnefUnreadable", "nicht lesbares winmail.dat"),
    ("UnreadableFilename", "nicht lesbarer Dateiname"),
    ("Boundary", "fehlerhafter MIME-Aufbau"),
    ("Multipart", "fehlerhafter MIME-Aufbau"),
    ("HeaderBodySeparator", "fehlerhafter MIME-Aufbau"),
)


def describe_defects(defects: Iterable[str]) -> str:
    """The defects of a mail in plain German for staff ("ungültige Base64-Kodierung,
    unbekannter Zeichensatz"), each kind once; ids of parts are left out."""
    words: dict[str, None] = {}
    for defect in defects:
        name = defect.split(" ", 1)[0]
        words[next((w for key, w in _DEFECT_WORDS if key in name), "fehlerhafter Aufbau")] = None
    return ", ".join(words)


# --- From and Reply-To: the addresses, read with address_or_none -------------------------


def _parse_sender(message: Message) -> tuple[str | None, str]:
    """(normalised addr-spec, display name) of the one From address; sender None if doubtful.

    Python 3.11.7 lacks the strict address parsing of CVE-2023-27043, so besides the
    header parser's own defects the raw value must have balanced quotes, comments and
    angle brackets, exactly one "@" outside quotes/comments and no list separators.
    """
    raw_from = raw_values(message, "from")
    if len(raw_from) != 1:
        return None, ""
    try:
        header = _HEADER_FACTORY("from", raw_from[0])
        addresses = tuple(getattr(header, "addresses", ()))
        defects = tuple(getattr(header, "defects", ()))
    except MAIL_ERRORS:
        return None, clean_line(decode_words(raw_from[0]).partition("<")[0]).strip('" ')
    if len(addresses) != 1:
        return None, ""
    address = addresses[0]
    name = clean_line(address.display_name or "")
    if any(not isinstance(defect, _HARMLESS_FROM_DEFECTS) for defect in defects):
        return None, name
    if not _is_single_plain_address(raw_from[0]):
        return None, name
    return address_or_none(address.addr_spec), name


_HEADER_FACTORY = email.headerregistry.HeaderRegistry()
# "Dr. Anna Beispiel <a@b.de>" (period in an unquoted name) and internationalised local
# parts are everyday mail, not tampering
_HARMLESS_FROM_DEFECTS = (email.errors.ObsoleteHeaderDefect, email.errors.NonASCIILocalPartDefect)


def _is_single_plain_address(value: str) -> bool:
    """Balanced quotes/comments/brackets, one "@" and no "," or ";" outside quotes."""
    in_quotes = False
    comment_depth = 0
    angle_open = angle_close = at_signs = 0
    escaped = False
    for char in value:
        if escaped:
            escaped = False
            continue
        if char == "\\" and (in_quotes or comment_depth):
            escaped = True
        elif in_quotes:
            in_quotes = char != '"'
        elif char == "(":
            comment_depth += 1
        elif char == ")":
            comment_depth -= 1
            if comment_depth < 0:
                return False
        elif comment_depth:
            continue
        elif char == '"':
            in_quotes = True
        elif char == "<":
            angle_open += 1
            if angle_open > 1:
                return False
        elif char == ">":
            angle_close += 1
            if angle_close > angle_open:
                return False
        elif char == "@":
            at_signs += 1
        elif char in ",;":
            return False
    return not in_quotes and comment_depth == 0 and angle_open == angle_close and at_signs == 1


def _parse_address_list(value: str | None) -> tuple[str, ...]:
    if not value:
        return ()
    try:
        pairs = email.utils.getaddresses([value])
    except MAIL_ERRORS:
        return ()
    found = (address_or_none(address) for _, address in pairs if "@" in address)
    return tuple(dict.fromkeys(address for address in found if address))
