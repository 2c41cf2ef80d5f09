"""The body and parts of a parsed mail: the MIME tree walked in document order without
recursion, transfer encodings and charsets checked, HTML turned into text offline,
attachments kept with their sniffed type, Outlook's winmail.dat (TNEF) unpacked, and
delivery status notifications (bounces) read.

Whatever cannot be read becomes a named defect in `Walk.defects`, never an exception.
"""

from __future__ import annotations

import hashlib
import re
import warnings
from collections.abc import Iterable
from dataclasses import dataclass, field
from email.message import Message

from rules.file_types import sanitise_filename, sniff_type
from rules.mime_decoding import MAIL_ERRORS, decode_bytes
from rules.mime_headers import MSG_ID, clean_line, raw_values
from rules.mime_limits import MailLimits
from rules.models import Attachment

__all__ = ["Walk", "clean_body", "html_to_text", "walk_parts"]


@dataclass(slots=True)
class Walk:
    """What a walk over the MIME tree collects."""

    plain: list[str] = field(default_factory=list)
    html: list[str] = field(default_factory=list)
    attachments: list[Attachment] = field(default_factory=list)
    defects: list[str] = field(default_factory=list)
    delivery_status: list[tuple[str, str]] = field(default_factory=list)
    returned_ids: list[str] = field(default_factory=list)


def _defect_names(defects: Iterable[object], *, where: str) -> list[str]:
    suffix = f" ({where})" if where else ""
    return [f"{type(defect).__name__}{suffix}" for defect in defects]


def _children(part: Message) -> list[Message]:
    try:
        payload = part.get_payload()
    except MAIL_ERRORS:
        return []
    if isinstance(payload, list):
        return [child for child in payload if isinstance(child, Message)]
    return []


def walk_parts(message: Message, walk: Walk, limits: MailLimits) -> None:
    """Depth-first over the MIME tree in document order, without recursion."""
    # (part, inside an embedded message, inside a delivery-status report, part number)
    stack: list[tuple[Message, bool, bool]] = [(message, False, False)]
    number = 0
    while stack:
        part, embedded, in_report = stack.pop()
        number += 1
        where = f"part {number}"
        content_type = _content_type(part)
        if in_report and content_type == "message/delivery-status":
            walk.delivery_status.extend(_delivery_status(part))
        elif in_report and content_type in {"message/rfc822", "text/rfc822-headers"}:
            walk.returned_ids.extend(_returned_ids(part, content_type))
        elif content_type.startswith("multipart/"):
            report = content_type == "multipart/report" and _is_delivery_report(part)
            children = _children(part)
            stack.extend((child, embedded, in_report or report) for child in reversed(children))
        elif content_type in {"message/rfc822", "message/global"}:
            # a forwarded mail: its attachments count, its text is not the sender's words
            stack.extend((child, True, in_report) for child in reversed(_children(part)))
        else:
            _take_leaf(part, content_type, walk, limits, embedded=embedded, where=where)
        # read after decoding: base64 defects are only found then
        walk.defects.extend(_defect_names(part.defects, where="" if part is message else where))


def _content_type(part: Message) -> str:
    try:
        return part.get_content_type()
    except MAIL_ERRORS:
        return "application/octet-stream"


def _is_delivery_report(part: Message) -> bool:
    try:
        report_type = part.get_param("report-type")
    except MAIL_ERRORS:
        return False
    return isinstance(report_type, str) and report_type.strip().lower() == "delivery-status"


def _take_leaf(
    part: Message,
    content_type: str,
    walk: Walk,
    limits: MailLimits,
    *,
    embedded: bool,
    where: str,
) -> None:
    try:
        filename = part.get_filename()
    except MAIL_ERRORS:
        filename = None
        walk.defects.append(f"UnreadableFilename ({where})")
    try:
        disposition = part.get_content_disposition()
    except MAIL_ERRORS:
        disposition = None
    is_body_text = (
        content_type in {"text/plain", "text/html"}
        and filename is None
        and disposition != "attachment"
    )
    if is_body_text:
        if embedded:
            return  # forwarded text is not the sender's own words
        text, problem = _part_text(part)
        if problem:
            walk.defects.append(f"{problem} ({where})")
        (walk.plain if content_type == "text/plain" else walk.html).append(text)
        return
    if _encoded_size(part) * 3 // 4 > limits.max_attachment_bytes:
        walk.defects.append(f"AttachmentTooLarge ({where})")
        return
    try:
        payload = part.get_payload(decode=True)
    except MAIL_ERRORS:
        payload = None
    if not isinstance(payload, bytes):
        walk.defects.append(f"UndecodableAttachment ({where})")
        return
    if (problem := _transfer_problem(part)) is not None:
        walk.defects.append(f"{problem} ({where})")
    if _is_tnef(content_type, filename, payload):
        if _unpack_tnef(payload, walk, limits, where=where):
            return
        walk.defects.append(f"TnefUnreadable ({where})")
    _add_attachment(walk, payload, filename, content_type)


def _encoded_size(part: Message) -> int:
    try:
        payload = part.get_payload()
    except MAIL_ERRORS:
        return 0
    return len(payload) if isinstance(payload, str | bytes) else 0


# Path separators (also URL-encoded), NUL and other controls, bidi overrides.
_TAMPERED_NAME = re.compile(r"[/\\\x00-\x1f\x7f\u202a-\u202e\u2066-\u2069]|%2f|%5c|%00", re.I)


def _add_attachment(walk: Walk, payload: bytes, filename: str | None, declared: str) -> None:
    index = len(walk.attachments)
    sniffed = sniff_type(payload)
    if filename and _TAMPERED_NAME.search(filename):
        # No mail program names a file "../../x.pdf": a person should see who sent it.
        walk.defects.append(f"SuspiciousFileName (attachment {index})")
    walk.attachments.append(
        Attachment(
            index=index,
            filename=sanitise_filename(filename, index=index, sniffed_type=sniffed),
            declared_type=declared,
            sniffed_type=sniffed,
            size=len(payload),
            sha256=hashlib.sha256(payload).hexdigest(),
            payload=payload,
        )
    )


def _part_text(part: Message) -> tuple[str, str | None]:
    """Decoded text of a text part and the name of a decoding problem, if any."""
    try:
        payload = part.get_payload(decode=True)
    except MAIL_ERRORS:
        return "", "UndecodableText"
    if not isinstance(payload, bytes):
        return "", "UndecodableText"
    try:
        charset = part.get_content_charset() or "utf-8"
    except MAIL_ERRORS:
        charset = "utf-8"
    text, problem = decode_bytes(payload, charset)
    problem = _transfer_problem(part) or problem
    if problem is None and "\ufffd" in text and b"\xef\xbf\xbd" not in payload:
        problem = "UndecodableCharacters"  # bytes the charset has no letter for
    return text, problem


_KNOWN_TRANSFER_ENCODINGS = frozenset(
    {"", "7bit", "8bit", "binary", "base64", "quoted-printable", "uuencode", "x-uuencode", "uue"}
)
# "=" starts a soft line break or a hex pair; anything else is broken quoted-printable
_BAD_QP_ESCAPE = re.compile(r"=(?![0-9A-Fa-f]{2}|[ \t]*(?:\r?\n|$))")


def _transfer_problem(part: Message) -> str | None:
    """An unknown Content-Transfer-Encoding or invalid quoted-printable (the stdlib decodes
    both silently: the text read is then not what was sent)."""
    values = raw_values(part, "content-transfer-encoding")
    encoding = values[0].strip().lower() if values else ""
    if encoding not in _KNOWN_TRANSFER_ENCODINGS:
        return "UnknownTransferEncoding"
    if encoding == "quoted-printable":
        try:
            raw = part.get_payload()
        except MAIL_ERRORS:
            return "InvalidQuotedPrintable"
        if isinstance(raw, str) and _BAD_QP_ESCAPE.search(raw):
            return "InvalidQuotedPrintable"
    return None


def html_to_text(html: str) -> str:
    """Text of an HTML body, offline: inscriptis loads nothing remote and runs no script."""
    # imported here: lxml is heavy and most mail has a text/plain part
    from inscriptis import get_text
    from inscriptis.css_profiles import CSS_PROFILES
    from inscriptis.model.config import ParserConfig

    try:
        # "strict" renders inline elements as a browser does: the default ("relaxed")
        # pads <span> with blanks, so "ni<span>cht</span>" read "ni cht" (issue 12)
        return str(get_text(html, ParserConfig(css=CSS_PROFILES["strict"])))
    except Exception:  # noqa: BLE001 - lxml raises many types on hostile HTML
        return re.sub(r"<[^>]{0,10000}>", "", html)


_BODY_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u202a-\u202e\u2066-\u2069\ufeff]")


def clean_body(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\xa0", " ")
    return _BODY_CONTROL.sub("", text)


# --- TNEF ----------------------------------------------------------------------------------


def _is_tnef(content_type: str, filename: str | None, payload: bytes) -> bool:
    return (
        content_type == "application/ms-tnef"
        or (filename or "").lower().endswith("winmail.dat")
        or payload.startswith(b"\x78\x9f\x3e\x22")
    )


def _unpack_tnef(payload: bytes, walk: Walk, limits: MailLimits, *, where: str) -> bool:
    """Add the files inside a winmail.dat; False if it cannot be read within the limits."""
    from tnefparse import TNEF  # only needed for Outlook's winmail.dat

    if not _is_small_tnef(payload):
        return False
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            tnef = TNEF(payload, do_checksum=False)
            files = [(item.long_filename() or item.name, item.data) for item in tnef.attachments]
    except Exception:  # noqa: BLE001 - tnefparse raises assorted errors on bad input
        return False
    if not files or len(files) + len(walk.attachments) > limits.max_parts:
        return False
    for name, data in files:
        if not isinstance(data, bytes) or len(data) > limits.max_attachment_bytes:
            walk.defects.append(f"AttachmentTooLarge ({where})")
            continue
        filename = name.decode("cp1252", errors="replace") if isinstance(name, bytes) else name
        _add_attachment(walk, data, str(filename) if filename else None, "application/ms-tnef")
    return True


_TNEF_MAX_OBJECTS = 2000


def _is_small_tnef(payload: bytes) -> bool:
    """Count TNEF objects by their length fields before tnefparse, which copies the rest
    of the buffer for every object (quadratic on a crafted file of tiny objects)."""
    offset, objects = 6, 0
    while offset + 12 < len(payload):
        objects += 1
        if objects > _TNEF_MAX_OBJECTS:
            return False
        offset += 11 + int.from_bytes(payload[offset + 5 : offset + 9], "little")
    return True


# --- delivery status notifications ---------------------------------------------------------

_DSN_FIELDS = ("final-recipient", "original-recipient", "action", "status")
_RETURNED_ID_HEADERS = frozenset({"message-id", "in-reply-to", "references"})


def _delivery_status(part: Message) -> list[tuple[str, str]]:
    """Per-recipient (field, value) pairs; each recipient starts with final-recipient."""
    blocks: list[list[tuple[str, str]]] = []
    children = _children(part)
    if children:
        for child in children:
            try:
                blocks.append([(str(k), str(v)) for k, v in child.raw_items()])
            except MAIL_ERRORS:
                continue
    else:
        text, _ = _part_text(part)
        blocks = _field_blocks(text)
    pairs: list[tuple[str, str]] = []
    for block in blocks:
        fields = {name.strip().lower(): clean_line(value) for name, value in block}
        if not any(name in fields for name in _DSN_FIELDS):
            continue
        if "final-recipient" not in fields and "action" not in fields:
            continue  # the per-message block (Reporting-MTA, Arrival-Date)
        pairs.append(("final-recipient", fields.get("final-recipient", "")))
        pairs.extend((name, fields[name]) for name in _DSN_FIELDS[1:] if name in fields)
    return pairs


def _field_blocks(text: str) -> list[list[tuple[str, str]]]:
    """RFC 822-style field blocks separated by blank lines (a DSN sent as plain text)."""
    blocks: list[list[tuple[str, str]]] = []
    current: list[tuple[str, str]] = []
    for line in text.replace("\r\n", "\n").split("\n"):
        if not line.strip():
            if current:
                blocks.append(current)
            current = []
        elif line[:1] in " \t" and current:
            name, value = current[-1]
            current[-1] = (name, f"{value} {line.strip()}")
        elif ":" in line:
            name, _, value = line.partition(":")
            current.append((name, value.strip()))
    if current:
        blocks.append(current)
    return blocks


def _returned_ids(part: Message, content_type: str) -> list[str]:
    """Message-ID, In-Reply-To and References of the returned original."""
    if content_type == "text/rfc822-headers":
        text, _ = _part_text(part)
        headers = [(name, value) for block in _field_blocks(text)[:1] for name, value in block]
    else:
        children = _children(part)
        if not children:
            return []
        try:
            headers = [(str(k), str(v)) for k, v in children[0].raw_items()]
        except MAIL_ERRORS:
            return []
    ids: list[str] = []
    for name, value in headers:
        if name.strip().lower() in _RETURNED_ID_HEADERS:
            ids.extend(MSG_ID.findall(value))
    return ids
