"""Raw mail bytes -> InboundMail (or a Quarantine reason), never an exception.

The stdlib parser is used with `email.policy.default`, which parses headers lazily and
raises on access; every header is therefore read inside a guard. Resource limits (size,
header block, one header, addresses, MIME depth and part count) are checked on the raw
bytes *before* the stdlib parser runs, because the parser itself is what blows up
(RELIABILITY.md P7, P8: a 112 KB subject of encoded words costs 456 MB; 1000 nested
multiparts raise RecursionError).

Attachment types are sniffed with a small table of magic bytes of our own, not puremagic:
puremagic 1.30 named every zip (xlsx, odt, plain zip) "docx", JPEG "jfif" and HEIC "heif",
and took ~480 us per sniff against ~2 us here (see the commit message).
"""

from __future__ import annotations

import codecs
import email
import email.errors
import email.header
import email.headerregistry
import email.parser
import email.policy
import email.utils
import hashlib
import io
import re
import unicodedata
import warnings
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.message import Message

from rules.addresses import address_or_none
from rules.legibility import (
    has_hidden_html_text,
    mixed_script_words,
    normalise_text,
    say_different_things,
)
from rules.models import Attachment, InboundMail, Quarantine
from rules.quoting import split_own_words

__all__ = [
    "MailLimits",
    "describe_defects",
    "parse_mail",
    "sanitise_filename",
    "sniff_type",
]

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


# Errors the stdlib email package raises on hostile input while reading one header/part.
_MAIL_ERRORS: tuple[type[BaseException], ...] = (
    ValueError,
    TypeError,
    IndexError,
    KeyError,
    AttributeError,
    LookupError,
    AssertionError,
    email.errors.MessageError,
)

# C0/C1 controls and the invisible bidi/format characters that can disguise text
# ("rechnung\u202efdp.exe"); tab/CR/LF become spaces first where a line is wanted.
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]")
_WHITESPACE_RUN = re.compile(r"\s+")
_MSG_ID = re.compile(r"<[^<>\s\x00-\x1f\x7f]{1,998}>")  # controls never belong to an id
_ADDRESS_HEADERS = frozenset({b"from", b"to", b"cc", b"bcc", b"reply-to", b"sender"})
_DSN_FIELDS = ("final-recipient", "original-recipient", "action", "status")
_RETURNED_ID_HEADERS = frozenset({"message-id", "in-reply-to", "references"})
_FUTURE_DATE_GRACE = timedelta(days=1)


# --- public helpers ------------------------------------------------------------------


def sanitise_filename(name: str | None, *, index: int, sniffed_type: str | None = None) -> str:
    """A display-safe file name: base name only, no controls or bidi tricks, <= 120 chars."""
    cleaned = unicodedata.normalize("NFC", name or "")
    cleaned = "".join(ch for ch in cleaned if unicodedata.category(ch) not in {"Cc", "Cf"})
    cleaned = cleaned.replace("\\", "/").rsplit("/", 1)[-1]
    cleaned = re.sub(r'[<>:"|?*]', "_", cleaned).strip(" .")
    stem, dot, extension = cleaned.rpartition(".")
    if not dot:
        stem, extension = cleaned, ""
    if stem.split(".")[0].upper() in _WINDOWS_RESERVED:
        cleaned = f"_{cleaned}"
    if len(cleaned) > 120:
        extension = extension[:10]
        cleaned = f"{cleaned[: 120 - len(extension) - 1]}.{extension}" if extension else cleaned
        cleaned = cleaned[:120]
    if not cleaned:
        cleaned = f"attachment-{index}" + (f".{sniffed_type}" if sniffed_type else "")
    return cleaned


_WINDOWS_RESERVED = frozenset(
    {"CON", "PRN", "AUX", "NUL"} | {f"COM{i}" for i in range(10)} | {f"LPT{i}" for i in range(10)}
)


def sniff_type(payload: bytes) -> str | None:
    """The file type by its first bytes: "pdf", "jpeg", "png", "heic", "docx", ... or None.

    Zip containers are told apart by their entry names only (never extracted); OpenDocument
    by the uncompressed "mimetype" entry the format puts first.
    """
    head = payload[:64]
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            return _sniff_zip(payload) if kind == "zip" else kind
    if head[4:8] == b"ftyp":
        brand = head[8:12]
        if brand in {b"heic", b"heix", b"hevc", b"hevx", b"heim", b"heis", b"mif1", b"msf1"}:
            return "heic"
        if brand in {b"avif", b"avis"}:
            return "avif"
        return "mp4"
    if head.startswith(b"RIFF") and head[8:12] == b"WEBP":
        return "webp"
    if b"%PDF-" in payload[:1024]:  # some producers put junk before the PDF header
        return "pdf"
    lowered = head.lstrip().lower()
    if lowered.startswith((b"<!doctype html", b"<html")):
        return "html"
    return None


_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "pdf"),
    (b"\xff\xd8\xff", "jpeg"),
    (b"\x89PNG\r\n\x1a\n", "png"),
    (b"GIF87a", "gif"),
    (b"GIF89a", "gif"),
    (b"II*\x00", "tiff"),
    (b"MM\x00*", "tiff"),
    (b"PK\x03\x04", "zip"),
    (b"PK\x05\x06", "zip"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "doc"),  # OLE2: .doc/.xls/.msg
    (b"{\\rtf", "rtf"),
    (b"MZ", "exe"),
    (b"\x7fELF", "elf"),
    (b"\x1f\x8b", "gzip"),
    (b"Rar!\x1a\x07", "rar"),
    (b"7z\xbc\xaf\x27\x1c", "7z"),
    (b"\x78\x9f\x3e\x22", "tnef"),
    (b"BM", "bmp"),
)

_ODF_TYPES = {
    b"application/vnd.oasis.opendocument.text": "odt",
    b"application/vnd.oasis.opendocument.spreadsheet": "ods",
    b"application/vnd.oasis.opendocument.presentation": "odp",
}


def _sniff_zip(payload: bytes) -> str:
    # ODF stores "mimetype" uncompressed as first entry: name at offset 30, value after it
    if payload[30:38] == b"mimetype":
        for mimetype, kind in _ODF_TYPES.items():
            if payload[38 : 38 + len(mimetype)] == mimetype:
                return kind
    try:
        with zipfile.ZipFile(io.BytesIO(payload)) as archive:
            names = archive.namelist()
    except (zipfile.BadZipFile, OSError, NotImplementedError, RuntimeError):
        return "zip"
    except _MAIL_ERRORS:
        return "zip"
    if "[Content_Types].xml" in names:
        prefixes = {name.split("/", 1)[0] for name in names}
        # macros make it a .docm/.xlsm/.pptm whatever the name says: never a form to file
        macros = any(name.lower().endswith("vbaproject.bin") for name in names)
        for prefix, kind in (("word", "docx"), ("xl", "xlsx"), ("ppt", "pptx")):
            if prefix in prefixes:
                return f"{kind[:-1]}m" if macros else kind
    return "zip"


# --- limits, checked on raw bytes --------------------------------------------------------

_BOUNDARY = re.compile(rb"""boundary\s*=\s*(?:"([^"\r\n]*)"|([^\s;"]+))""", re.IGNORECASE)


def _scan_limits(raw: bytes, limits: MailLimits) -> Quarantine | None:
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
        verdict = _scan_limits(raw, limits)
        if verdict is not None:
            return verdict
        message = email.message_from_bytes(raw, policy=email.policy.default)
        return _build_mail(raw, message, received_at=received_at, limits=limits)
    except (RecursionError, MemoryError):
        return Quarantine.UNPARSEABLE
    except Exception:  # noqa: BLE001 - the contract: any unreadable mail is quarantined
        return Quarantine.UNPARSEABLE


@dataclass(slots=True)
class _Walk:
    """What a walk over the MIME tree collects."""

    plain: list[str] = field(default_factory=list)
    html: list[str] = field(default_factory=list)
    attachments: list[Attachment] = field(default_factory=list)
    defects: list[str] = field(default_factory=list)
    delivery_status: list[tuple[str, str]] = field(default_factory=list)
    returned_ids: list[str] = field(default_factory=list)


def _build_mail(
    raw: bytes, message: Message, *, received_at: datetime, limits: MailLimits
) -> InboundMail:
    if received_at.tzinfo is None:
        received_at = received_at.replace(tzinfo=UTC)
    walk = _Walk()
    _walk_parts(message, walk, limits)

    html_only = False
    if walk.plain:
        text = "\n\n".join(walk.plain)
    elif walk.html:
        text = "\n\n".join(_html_to_text(html) for html in walk.html)
        html_only = True
    else:
        text = ""
    text = normalise_text(_clean_body(text))
    if len(text) > limits.max_text_chars:
        text = text[: limits.max_text_chars]
        walk.defects.append("TextTruncated")
    own_text, cut_text = split_own_words(text)
    if len(own_text) > limits.max_own_chars:
        own_text = own_text[: limits.max_own_chars]
        walk.defects.append("OwnTextTooLong")
    subject = normalise_text(_clean_line(_plain_header(message, "subject") or ""))
    walk.defects.extend(_reading_doubts(walk, own_text, subject, limits))
    reply_to, reply_to_doubt = _reply_to(message)
    walk.defects.extend(reply_to_doubt)

    sender, sender_name = _parse_sender(message)
    mail_date = _parse_date(_plain_header(message, "date"), received_at=received_at)
    if mail_date is None:
        mail_date = received_at

    return InboundMail(
        sha256=hashlib.sha256(raw).hexdigest(),
        message_id=_first_msg_id(_plain_header(message, "message-id")),
        sender=sender,
        sender_name=sender_name,
        reply_to=reply_to,
        in_reply_to=_first_msg_id(_plain_header(message, "in-reply-to")),
        references=tuple(_MSG_ID.findall(_plain_header(message, "references") or "")),
        date=mail_date,
        subject=subject,
        text=text,
        own_text=own_text,
        cut_text=cut_text,
        attachments=tuple(walk.attachments),
        headers=tuple(_all_headers(message)),
        defects=tuple(walk.defects),
        html_only=html_only,
        delivery_status=tuple(walk.delivery_status),
        returned_message_ids=tuple(dict.fromkeys(walk.returned_ids)),
    )


def _reading_doubts(walk: _Walk, own_text: str, subject: str, limits: MailLimits) -> list[str]:
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
            _clean_body("\n\n".join(_html_to_text(html) for html in walk.html))
        )
        html_own = split_own_words(html_text[: limits.max_text_chars])[0]
        if say_different_things(own_text, html_own[: limits.max_own_chars]):
            doubts.append("AlternativesDisagree")
    return doubts


def _reply_to(message: Message) -> tuple[tuple[str, ...], list[str]]:
    """Every address of every Reply-To header (RFC 5322 allows one header; a second one
    that names other addresses is a forgery sign: defect MultipleReplyTo)."""
    values = _raw_values(message, "reply-to")
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


# --- headers -----------------------------------------------------------------------------


def _clean_line(value: str) -> str:
    """One line of display text: whitespace runs to one space, controls and bidi removed."""
    return _CONTROL.sub("", _WHITESPACE_RUN.sub(" ", value)).strip()


def _decode_words(value: str) -> str:
    """RFC 2047 decoding without the stdlib's strict header parser (fallback path)."""
    try:
        pieces = email.header.decode_header(value)
    except _MAIL_ERRORS:
        return value
    decoded: list[str] = []
    for piece, charset in pieces:
        if isinstance(piece, str):
            decoded.append(piece)
        else:
            decoded.append(_decode_bytes(piece, charset or "ascii")[0])
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


def _raw_values(message: Message, name: str) -> list[str]:
    try:
        items = list(message.raw_items())
    except _MAIL_ERRORS:
        return []
    # Unfolded: a long display name puts the address on a continuation line.
    return [
        _FOLD.sub("", _undo_surrogates(str(value))) for key, value in items if key.lower() == name
    ]


def _plain_header(message: Message, name: str) -> str | None:
    """The first header `name` unfolded and RFC 2047-decoded, without building the
    stdlib's structured header object (the most expensive step of parsing a mail; dates,
    ids and subjects need no structure)."""
    raw = _raw_values(message, name)
    if not raw:
        return None
    value = raw[0]
    return _decode_words(value) if "=?" in value else value


def _all_headers(message: Message) -> Iterator[tuple[str, str]]:
    try:
        items = list(message.raw_items())
    except _MAIL_ERRORS:
        return
    for name, raw_value in items:
        value = _undo_surrogates(str(raw_value))
        # RFC 8601: an encoded word in Authentication-Results is plain text (decoded, a
        # sender's "=?utf-8?q?=3Bdmarc=3Dpass?=" would become a verdict).
        if "=?" in value and name.lower() != "authentication-results":
            value = _decode_words(value)
        yield name.lower(), _clean_line(value)


def _first_msg_id(value: str | None) -> str | None:
    if not value:
        return None
    match = _MSG_ID.search(value)
    if match:
        return match.group(0)
    cleaned = _clean_line(value)
    return cleaned or None


def _parse_date(value: str | None, *, received_at: datetime) -> datetime | None:
    if not value:
        return None
    try:
        parsed = email.utils.parsedate_to_datetime(_clean_line(value))
    except _MAIL_ERRORS:
        return None
    if parsed is None:
        return None
    if parsed.tzinfo is None:  # "-0000": UTC without a claim about the local zone
        parsed = parsed.replace(tzinfo=UTC)
    if parsed > received_at + _FUTURE_DATE_GRACE:
        return None  # a sender's clock in the future would move every relative date
    return parsed


def _parse_sender(message: Message) -> tuple[str | None, str]:
    """(normalised addr-spec, display name) of the one From address; sender None if doubtful.

    Python 3.11.7 lacks the strict address parsing of CVE-2023-27043, so besides the
    header parser's own defects the raw value must have balanced quotes, comments and
    angle brackets, exactly one "@" outside quotes/comments and no list separators.
    """
    raw_from = _raw_values(message, "from")
    if len(raw_from) != 1:
        return None, ""
    try:
        header = _HEADER_FACTORY("from", raw_from[0])
        addresses = tuple(getattr(header, "addresses", ()))
        defects = tuple(getattr(header, "defects", ()))
    except _MAIL_ERRORS:
        return None, _clean_line(_decode_words(raw_from[0]).partition("<")[0]).strip('" ')
    if len(addresses) != 1:
        return None, ""
    address = addresses[0]
    name = _clean_line(address.display_name or "")
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
    except _MAIL_ERRORS:
        return ()
    found = (address_or_none(address) for _, address in pairs if "@" in address)
    return tuple(dict.fromkeys(address for address in found if address))


# --- body and parts ------------------------------------------------------------------------


def _defect_names(defects: Iterable[object], *, where: str) -> list[str]:
    suffix = f" ({where})" if where else ""
    return [f"{type(defect).__name__}{suffix}" for defect in defects]


def _children(part: Message) -> list[Message]:
    try:
        payload = part.get_payload()
    except _MAIL_ERRORS:
        return []
    if isinstance(payload, list):
        return [child for child in payload if isinstance(child, Message)]
    return []


def _walk_parts(message: Message, walk: _Walk, limits: MailLimits) -> None:
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
    except _MAIL_ERRORS:
        return "application/octet-stream"


def _is_delivery_report(part: Message) -> bool:
    try:
        report_type = part.get_param("report-type")
    except _MAIL_ERRORS:
        return False
    return isinstance(report_type, str) and report_type.strip().lower() == "delivery-status"


def _take_leaf(
    part: Message,
    content_type: str,
    walk: _Walk,
    limits: MailLimits,
    *,
    embedded: bool,
    where: str,
) -> None:
    try:
        filename = part.get_filename()
    except _MAIL_ERRORS:
        filename = None
        walk.defects.append(f"UnreadableFilename ({where})")
    try:
        disposition = part.get_content_disposition()
    except _MAIL_ERRORS:
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
    except _MAIL_ERRORS:
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
    except _MAIL_ERRORS:
        return 0
    return len(payload) if isinstance(payload, str | bytes) else 0


# Path separators (also URL-encoded), NUL and other controls, bidi overrides.
_TAMPERED_NAME = re.compile(r"[/\\\x00-\x1f\x7f\u202a-\u202e\u2066-\u2069]|%2f|%5c|%00", re.I)


def _add_attachment(walk: _Walk, payload: bytes, filename: str | None, declared: str) -> None:
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
    except _MAIL_ERRORS:
        return "", "UndecodableText"
    if not isinstance(payload, bytes):
        return "", "UndecodableText"
    try:
        charset = part.get_content_charset() or "utf-8"
    except _MAIL_ERRORS:
        charset = "utf-8"
    text, problem = _decode_bytes(payload, charset)
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
    values = _raw_values(part, "content-transfer-encoding")
    encoding = values[0].strip().lower() if values else ""
    if encoding not in _KNOWN_TRANSFER_ENCODINGS:
        return "UnknownTransferEncoding"
    if encoding == "quoted-printable":
        try:
            raw = part.get_payload()
        except _MAIL_ERRORS:
            return "InvalidQuotedPrintable"
        if isinstance(raw, str) and _BAD_QP_ESCAPE.search(raw):
            return "InvalidQuotedPrintable"
    return None


def _decode_bytes(payload: bytes, charset: str) -> tuple[str, str | None]:
    """Decode with the declared charset; unknown -> utf-8, utf-8 full of U+FFFD -> cp1252."""
    problem = None
    try:
        codec = codecs.lookup(charset.strip().strip('"'))
    except _MAIL_ERRORS:
        codec, problem = codecs.lookup("utf-8"), "UnknownCharset"
    if codec.name == "ascii":  # undeclared 8-bit text is utf-8 far more often than not
        codec = codecs.lookup("utf-8")
    try:
        text = payload.decode(codec.name, errors="replace")
    except _MAIL_ERRORS:  # "base64", "rot13", ...: a codec, but not a text encoding
        text, problem = payload.decode("utf-8", errors="replace"), "UnknownCharset"
        codec = codecs.lookup("utf-8")
    if codec.name == "utf-8" and "\ufffd" in text:
        fallback = payload.decode("cp1252", errors="replace")
        if fallback.count("\ufffd") < text.count("\ufffd"):
            return fallback, problem or "Cp1252Fallback"
    return text, problem


def _html_to_text(html: str) -> str:
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


def _clean_body(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\xa0", " ")
    return _BODY_CONTROL.sub("", text)


# --- TNEF ----------------------------------------------------------------------------------


def _is_tnef(content_type: str, filename: str | None, payload: bytes) -> bool:
    return (
        content_type == "application/ms-tnef"
        or (filename or "").lower().endswith("winmail.dat")
        or payload.startswith(b"\x78\x9f\x3e\x22")
    )


def _unpack_tnef(payload: bytes, walk: _Walk, limits: MailLimits, *, where: str) -> bool:
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


def _delivery_status(part: Message) -> list[tuple[str, str]]:
    """Per-recipient (field, value) pairs; each recipient starts with final-recipient."""
    blocks: list[list[tuple[str, str]]] = []
    children = _children(part)
    if children:
        for child in children:
            try:
                blocks.append([(str(k), str(v)) for k, v in child.raw_items()])
            except _MAIL_ERRORS:
                continue
    else:
        text, _ = _part_text(part)
        blocks = _field_blocks(text)
    pairs: list[tuple[str, str]] = []
    for block in blocks:
        fields = {name.strip().lower(): _clean_line(value) for name, value in block}
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
        except _MAIL_ERRORS:
            return []
    ids: list[str] = []
    for name, value in headers:
        if name.strip().lower() in _RETURNED_ID_HEADERS:
            ids.extend(_MSG_ID.findall(value))
    return ids
