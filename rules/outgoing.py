"""Building the outgoing message bytes, Message-IDs and the retry schedule (all pure).

Every header value that may come from outside (a patient's name, a subject built from
a template, a Message-ID read back from a mail) is cleaned of control characters
before it reaches the message, so CR/LF/NUL can never inject a header, and the send
path never meets the ValueError the email package raises for such values.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from datetime import datetime, timedelta
from email import policy
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime

from rules.calendar import next_allowed
from rules.due import ScheduleSettings
from rules.models import PATIENT_KINDS, ReviewNote

RETRY_DELAYS = (
    timedelta(minutes=1),
    timedelta(minutes=5),
    timedelta(minutes=15),
    timedelta(minutes=60),
)
RETRY_THEN_EVERY = timedelta(hours=1)

# RFC 5322 dot-atom domain and the hex token we put into our own Message-IDs.
_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
_DOMAIN = re.compile(rf"^{_LABEL}(?:\.{_LABEL})+$")
_TOKEN = re.compile(r"^[0-9a-f]{8,64}$")
_MESSAGE_ID = re.compile(r"^<[^<>\s@]+@[^<>\s@]+>$")
_ADDR_SPEC = re.compile(r"^[^\s<>()\[\],;:\\\"@]+@[^\s<>()\[\],;:\\\"@]+$")
_AUTO_SUBMITTED = frozenset({"auto-generated", "auto-replied"})


def strip_controls(value: str) -> str:
    """`value` without control, format and line/paragraph-separator characters; runs of
    whitespace become one space. What is left can never break a header line."""
    kept = (
        " " if unicodedata.category(ch) in {"Cc", "Zl", "Zp"} else ch
        for ch in value
        if unicodedata.category(ch) not in {"Cf", "Cs", "Co", "Cn"}
    )
    return " ".join("".join(kept).split())


def make_message_id(*, domain: str, token: str) -> str:
    """Our Message-ID `<pw-{token}@{domain}>`; the caller supplies the random hex token
    (rules draw no randomness), so a retry of the same outbox row keeps its ID."""
    if not _TOKEN.match(token):
        raise ValueError("token must be 8-64 lower-case hex digits")
    if not _DOMAIN.match(domain):
        raise ValueError("domain is not a valid host name")
    return f"<pw-{token}@{domain.lower()}>"


def clean_message_id(value: str | None) -> str | None:
    """A Message-ID in angle brackets, or None if `value` is not one (never raises)."""
    if value is None:
        return None
    candidate = strip_controls(value).strip()
    if candidate and not candidate.startswith("<"):
        candidate = f"<{candidate}>"
    return candidate if _MESSAGE_ID.match(candidate) else None


def build_message(
    *,
    from_name: str,
    from_address: str,
    to_name: str,
    to_address: str,
    subject: str,
    text: str,
    html: str | None = None,
    message_id: str,
    date: datetime,
    in_reply_to: str | None = None,
    references: Iterable[str] = (),
    auto_submitted: str = "auto-generated",
    attachments: Sequence[tuple[str, str, bytes]] = (),
) -> bytes:
    """The complete message as it goes on the wire (CRLF line ends, RFC 2047 names).

    Every mail we send says it was sent automatically (RFC 3834 `Auto-Submitted`;
    `auto-replied` only for an answer to a patient's mail) and asks Exchange not to
    answer it with out-of-office notes (`X-Auto-Response-Suppress: OOF, AutoReply`;
    never `All`, which would suppress the bounces we need). `attachments` are
    (filename, MIME type, content) triples, e.g. the digest's billing CSV. Raises
    ValueError for an address that is not a single addr-spec: that is a bug or a
    poisoned row, never something to send.
    """
    if date.tzinfo is None or date.utcoffset() is None:
        raise ValueError("date must be aware")
    if auto_submitted not in _AUTO_SUBMITTED:
        raise ValueError(f"unexpected Auto-Submitted value {auto_submitted!r}")
    own_id = clean_message_id(message_id)
    if own_id is None:
        raise ValueError("message_id is not a Message-ID")
    message = EmailMessage(policy=policy.SMTP)
    message["From"] = _address(from_name, from_address)
    message["To"] = _address(to_name, to_address)
    message["Subject"] = strip_controls(subject)
    message["Date"] = format_datetime(date)
    message["Message-ID"] = own_id
    parent = clean_message_id(in_reply_to)
    if parent is not None:
        message["In-Reply-To"] = parent
    chain = [ref for ref in (clean_message_id(r) for r in references) if ref is not None]
    if parent is not None and parent not in chain:
        chain.append(parent)
    if chain:
        message["References"] = " ".join(dict.fromkeys(chain))
    message["Auto-Submitted"] = auto_submitted
    message["X-Auto-Response-Suppress"] = "OOF, AutoReply"
    message.set_content(
        _normalise_newlines(text), subtype="plain", charset="utf-8", cte="quoted-printable"
    )
    if html is not None:
        message.add_alternative(
            _normalise_newlines(html), subtype="html", charset="utf-8", cte="quoted-printable"
        )
    for filename, mime_type, content in attachments:
        # "text/csv; charset=utf-8": the type, then optional parameters.
        content_type, *parameters = (part.strip() for part in mime_type.split(";"))
        maintype, _, subtype = content_type.partition("/")
        message.add_attachment(
            content,
            maintype=maintype,
            subtype=subtype,
            filename=strip_controls(filename),
            params=dict(p.partition("=")[::2] for p in parameters if p),
        )
    return message.as_bytes(policy=policy.SMTP)


def _address(name: str, address: str) -> Address:
    addr = address.strip()
    if not _ADDR_SPEC.match(addr) or addr != strip_controls(addr):
        raise ValueError("not a single plain address")
    username, _, domain = addr.rpartition("@")
    if not username.isascii():
        raise ValueError("a non-ASCII local part needs SMTPUTF8, which we do not use")
    try:
        ascii_domain = domain.encode("idna").decode("ascii")
    except UnicodeError as exc:
        raise ValueError("domain cannot be IDNA-encoded") from exc
    return Address(display_name=strip_controls(name), username=username, domain=ascii_domain)


def _normalise_newlines(body: str) -> str:
    # A lone CR or NUL in a body would be rewritten or rejected by some MTAs.
    return body.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")


def next_attempt(*, attempts: int, now: datetime, expires_at: datetime | None) -> datetime | None:
    """When to try a temporarily failed mail again: 1, 5, 15 and 60 minutes after the
    1st..4th failure, then hourly; None once that would be at or after `expires_at`
    (the mail has lost its use and is marked expired instead)."""
    if attempts < 1:
        raise ValueError("attempts counts failures so far and starts at 1")
    delay = RETRY_DELAYS[attempts - 1] if attempts <= len(RETRY_DELAYS) else RETRY_THEN_EVERY
    when = now + delay
    if expires_at is not None and when >= expires_at:
        return None
    return when


def next_send_attempt(
    *,
    kind: str,
    attempts: int,
    now: datetime,
    expires_at: datetime | None,
    schedule: ScheduleSettings,
) -> datetime | None:
    """When to try a temporarily failed mail of `kind` again, or None: it expires instead.

    The retry schedule of `next_attempt`; patient mail is moreover never sent inside
    quiet hours, so a retry that falls into them waits for their end - and if that end is
    at or after `expires_at`, the mail has lost its use and expires. Staff mail ignores
    quiet hours (as when it is first sent). Sundays and holidays do not hold a retry back.
    """
    when = next_attempt(attempts=attempts, now=now, expires_at=expires_at)
    if when is None or kind not in PATIENT_KINDS:
        return when
    when = next_allowed(
        when,
        quiet_hours=schedule.quiet_hours,
        tz=schedule.zone,
        working_days_only=False,
        region=schedule.region,
    )
    return None if expires_at is not None and when >= expires_at else when


def refused_note(*, outbox_id: int, kind: str, patient_id: int | None) -> ReviewNote:
    """Staff hear of a mail the mail server refused for good (5xx), once per outbox row."""
    return ReviewNote(
        kind="delivery",
        dedup_key=f"delivery:{outbox_id}",
        reason=f"Mail '{kind}' wurde vom Mailserver endgültig abgelehnt.",
        patient_id=patient_id,
    )


def expired_note(*, outbox_id: int, kind: str, patient_id: int | None) -> ReviewNote:
    """Staff hear of a mail that lost its use before it could be delivered, once per
    outbox row."""
    return ReviewNote(
        kind="delivery",
        dedup_key=f"expired:{outbox_id}",
        reason=f"Mail '{kind}' konnte nicht rechtzeitig zugestellt werden.",
        patient_id=patient_id,
    )


def missing_form_note(
    *, key: str, name: str, file_name: str, problem: str, link: str
) -> ReviewNote:
    """Staff hear of a blank form a forms request goes out without (its file in
    [forms.files] is missing or unreadable: `problem`), once per form and file, not once
    per mail or cycle; `link` is what the requests offer instead ("" if nothing)."""
    instead = (
        f"sie verlinken stattdessen {link}"
        if link
        else "sie nennen das Formular nur (ohne Anhang und Link)"
    )
    return ReviewNote(
        kind="alert",
        dedup_key=f"forms-file:{key}:{file_name}",
        reason=(
            f'Vordruck "{name}" ({key}) fehlt: [forms.files] {key} = "{file_name}"'
            f" ({problem}). Unterlagen-Anfragen gehen ohne diesen Anhang hinaus, {instead}."
            f" Bitte die Datei hinterlegen oder [forms.files] {key} korrigieren"
            " (`check` zeigt es, bis es behoben ist)."
        ),
    )
