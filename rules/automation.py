"""Mail written by machines: bounces, our own mail coming back, auto-replies, list mail.

None of these may ever change an appointment or be answered (RELIABILITY.md L1-L14).
Headers (and the MIME type of a read receipt) decide alone; a patient quoting
"Abwesenheit" or "Auto-Submitted" stays human. Subjects decide only where the wording is
unmistakable (an "Automatische Antwort:" prefix, "Unzustellbar:"), and the sender's own
words only where they read like a machine's ("Dies ist eine automatisch erzeugte
Antwort", a ticket number, "Vielen Dank für Ihre Nachricht ... wir melden uns"); such a
finding is marked as not header-based so that the caller routes it to staff instead of
dropping it (L14): a patient's real confirmation that starts with "Vielen Dank für Ihre
Nachricht" is then read by a person, never recorded and never lost.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rules.addresses import address_or_none
from rules.classify import fold
from rules.models import Category, InboundMail

__all__ = [
    "TEXT_EVIDENCE",
    "AutomationFinding",
    "detect_automation",
    "find_automation",
    "is_auto_reply_text",
    "permanent_bounce_addresses",
]


@dataclass(frozen=True, slots=True, kw_only=True)
class AutomationFinding:
    category: Category
    evidence: str  # which header or subject decided, for the audit trail (no mail content)
    header_based: bool  # False: only the subject or sender wording said so (L14: to staff)


_BOUNCE_LOCAL_PARTS = frozenset({"mailer-daemon", "mail-daemon", "mailerdaemon", "postmaster"})
_AUTO_SUBMITTED_HUMAN = "no"
_AUTO_PRECEDENCE = frozenset({"auto_reply", "auto-reply", "autoreply"})
_BULK_PRECEDENCE = frozenset({"bulk", "junk", "list"})
_BULK_HEADERS = frozenset({"x-mailing-list", "mailing-list", "x-ml-name", "x-loop"})
# headers whose mere presence (with a value other than "no") marks an auto-responder
_AUTO_REPLY_HEADERS = frozenset(
    {"x-autoreply", "x-autorespond", "x-autoresponder", "x-auto-reply", "x-amazon-auto-reply"}
)
_OWN_MESSAGE_ID = re.compile(r"^<pw-[0-9a-f]{8,64}@(?P<domain>[^<>@\s]+)>$", re.IGNORECASE)

# Subjects an auto-responder writes at the start of its subject; humans do not.
_OOF_SUBJECT = re.compile(
    r"""^\s*(?:
        automatische\s+antwort | abwesenheitsnotiz | abwesenheitsmeldung | abwesenheitsnachricht
      | automatische\s+abwesenheits\w* | urlaubsnotiz | urlaubsabwesenheit | abwesend\s*:
      | out\s+of\s+(?:the\s+)?office | automatic\s+reply | auto[\s-]?reply | autoresponse
      | auto[\s-]?response | r[ée]ponse\s+automatique | risposta\s+automatica
    )""",
    re.IGNORECASE | re.VERBOSE,
)
_NDR_SUBJECT = re.compile(
    r"""^\s*(?:
        unzustellbar | nicht\s+zustellbar | undeliverable | undelivered\s+mail
      | delivery\s+status\s+notification\s*\((?:failure|delay)\)
      | delivery\s+(?:failure|failed|has\s+failed|notification) | mail\s+delivery\s+failed
      | returned\s+mail | failure\s+notice | mail\s+system\s+error
      | zustellung\s+fehlgeschlagen | fehler\s+bei\s+der\s+zustellung
      | benachrichtigung\s+zum\s+übermittlungsstatus | non[\s-]?remis
    )""",
    re.IGNORECASE | re.VERBOSE,
)


def detect_automation(mail: InboundMail, *, practice_address: str) -> Category | None:
    """The automated category of a mail (bounce, own mail, auto-reply, bulk) or None if human.

    Practice rule: automated mail is never answered and never changes an appointment.
    See find_automation for the order of the checks.
    """
    finding = find_automation(mail, practice_address=practice_address)
    return finding.category if finding else None


def find_automation(mail: InboundMail, *, practice_address: str) -> AutomationFinding | None:
    """Why a mail is automated, or None for a human mail.

    Order (first match wins): a delivery-status report or a MAILER-DAEMON/postmaster sender
    is a BOUNCE; our own Message-ID (`<pw-hex@practice domain>`) or our address as sender is
    OWN_MAIL; Auto-Submitted other than "no", X-Autoreply/X-Autorespond, Precedence
    auto_reply, Exchange OOF (X-Auto-Response-Suppress: All with
    X-MS-Exchange-Inbox-Rules-Loop), X-Amazon-Auto-Reply or Thread-Topic AutoResponse is an
    AUTO_REPLY; a null Return-Path or an empty From is a BOUNCE; Precedence bulk/junk/list,
    any List-* header, X-Mailing-List, Mailing-List, X-ML-Name, X-Loop or X-Ack: no is BULK.
    Without any such header, an unmistakable auto-reply subject prefix ("Automatische
    Antwort:", "Abwesenheitsnotiz", "Out of Office") is an AUTO_REPLY and an NDR subject
    ("Unzustellbar:", "Undeliverable:", "Mail delivery failed") a BOUNCE, both marked
    header_based=False. The body is never looked at.
    """
    headers = _header_map(mail)
    practice = address_or_none(practice_address) or practice_address.strip().lower()

    if mail.delivery_status or _is_delivery_report(headers):
        return AutomationFinding(
            category=Category.BOUNCE, evidence="delivery-status report", header_based=True
        )
    if _is_read_receipt(headers):
        return AutomationFinding(
            category=Category.AUTO_REPLY, evidence="read receipt (MDN)", header_based=True
        )
    if _is_daemon_sender(mail, headers):
        return AutomationFinding(
            category=Category.BOUNCE, evidence="MAILER-DAEMON/postmaster sender", header_based=True
        )
    if _is_own_mail(mail, practice):
        return AutomationFinding(
            category=Category.OWN_MAIL, evidence="our Message-ID or address", header_based=True
        )
    auto_reply = _auto_reply_header(headers)
    if auto_reply:
        return AutomationFinding(
            category=Category.AUTO_REPLY, evidence=auto_reply, header_based=True
        )
    if any(value.strip() == "<>" for value in headers.get("return-path", ())):
        return AutomationFinding(
            category=Category.BOUNCE, evidence="Return-Path <>", header_based=True
        )
    if not any(value.strip().strip("<>") for value in headers.get("from", ())):
        return AutomationFinding(category=Category.BOUNCE, evidence="empty From", header_based=True)
    bulk = _bulk_header(headers)
    if bulk:
        return AutomationFinding(category=Category.BULK, evidence=bulk, header_based=True)
    if _OOF_SUBJECT.match(mail.subject):
        return AutomationFinding(
            category=Category.AUTO_REPLY, evidence="auto-reply subject", header_based=False
        )
    if _NDR_SUBJECT.match(mail.subject):
        return AutomationFinding(
            category=Category.BOUNCE, evidence="non-delivery subject", header_based=False
        )
    if is_auto_reply_text(mail.own_text):
        return AutomationFinding(
            category=Category.AUTO_REPLY, evidence=TEXT_EVIDENCE, header_based=False
        )
    return None


TEXT_EVIDENCE = "auto-reply wording in the text"
_AUTO_TEXT_WINDOW = 3000  # an auto-responder says what it is at the start

# Wording only machines use (issue 12, point 3), on folded text (lower case, ae/oe/ue).
_MACHINE_WORDING = re.compile(
    r"""\bautomatisch(?:e[nrs]?)?\s+(?:erzeugt|generiert|erstellt|verschickt|gesendet)\w*\s+
          (?:antwort|nachricht|e-?mail|mail|benachrichtigung|eingangsbestaetigung|bestaetigung)
      | \b(?:antwort|nachricht|e-?mail|mail)\s+(?:ist|wurde)\s+automatisch\s+
          (?:erzeugt|generiert|erstellt)
      | \bautomatische\s+(?:antwort|eingangsbestaetigung|empfangsbestaetigung|rueckmeldung
          |benachrichtigung|abwesenheits\w*)
      | \bdies\s+ist\s+eine\s+(?:automatische\s+)?(?:eingangs|empfangs)bestaetigung\b
      | \bbestaetigen\s+wir\s+(?:ihnen\s+)?(?:hiermit\s+)?(?:den\s+)?(?:eingang|erhalt)\b
      | \bticket\b[^.\n]{0,30}(?:nummer|\bnr\b|\bid\b|\#|\d{3,}|erstellt|eroeffnet|angelegt
          |created|opened)
      | \[\s*(?:ticket|case|vorgang)\s*\#?\s*:?\s*\d
      | \b(?:vorgangs|anfrage|referenz|bearbeitungs|fall)-?nummer\b
      | \b(?:case|ticket|reference|request)\s+(?:number|id|\#)
      | \bbitte\s+antworten\s+sie\s+nicht\b | \bdo\s+not\s+reply\b | \bno-?reply\b
      | \bthis\s+is\s+an?\s+(?:automated|automatic|auto-?generated)\s+
          (?:reply|response|message|e-?mail|notification|confirmation)
      | \bauto-?generated\b | \bautomatically\s+generated\b | \bautomated\s+(?:reply|response)\b
      | \byour\s+(?:request|message|e-?mail|inquiry|enquiry|ticket)\s+has\s+been\s+
          (?:received|registered|logged|forwarded|created)
      | \b(?:ihre|deine)\s+(?:anfrage|nachricht|e-?mail|mail)\s+(?:ist|wurde|haben\s+wir)\b
          [^.\n]{0,60}\b(?:eingegangen|erhalten|registriert|weitergeleitet)
      | \b(?:i\s+am|i'm)\s+(?:currently\s+)?out\s+of\s+(?:the\s+)?office\b
      | \b(?:bin|sind)\s+(?:bis|vom|ab)\b[^!?\n]{0,60}\b(?:nicht\s+im\s+(?:buero|haus|dienst)
          |abwesend|ausser\s+haus|im\s+urlaub)\b[^!?\n]{0,80}\b(?:wieder|vertret\w*|dringend\w*)
    """,
    re.VERBOSE,
)
# "Vielen Dank für Ihre Nachricht" alone is also how patients start; only together with
# the promise to answer later is it an auto-responder's.
_THANKS_FOR_MAIL = re.compile(
    r"\bdank\w*\s+(?:fuer|for)\s+(?:ihre|deine|your)\s+(?:nachricht|e-?mail|mail|anfrage"
    r"|zuschrift|message|inquiry|enquiry)"
    r"|\bthanks?\s+(?:you\s+)?for\s+(?:your\s+(?:message|e-?mail|mail|inquiry|enquiry)|contacting)"
)
_WILL_ANSWER = re.compile(
    r"""\bwir\s+(?:melden\s+uns|werden\s+uns|kuemmern\s+uns|werden\s+(?:ihre|ihnen|sie|uns)
          |bearbeiten|beantworten|antworten|setzen\s+uns)
      | \bmelden\s+uns\b | \bwerden\s+uns\b[^.\n]{0,40}\bmelden\b
      | \bschnellstmoeglich\b | \bso\s+(?:bald|schnell)\s+wie\s+moeglich\b | \bbaldmoeglichst\b
      | \bwe\s+will\s+(?:get\s+back|respond|reply|be\s+in\s+touch|contact|answer)
      | \bget\s+back\s+to\s+you\b | \bas\s+soon\s+as\s+possible\b
    """,
    re.VERBOSE,
)


def is_auto_reply_text(own_text: str) -> bool:
    """The sender's own words read like an auto-responder's: a machine's wording ("Dies ist
    eine automatisch erzeugte Antwort", "Ticket #12345", "Ihre Anfrage ist bei uns
    eingegangen", "bitte antworten Sie nicht", English alike), or thanks for the mail
    together with the promise to answer later ("Vielen Dank für Ihre Nachricht, wir
    melden uns schnellstmöglich"). Only the start of the text is read."""
    text = fold(own_text[:_AUTO_TEXT_WINDOW])
    if _MACHINE_WORDING.search(text):
        return True
    return bool(_THANKS_FOR_MAIL.search(text) and _WILL_ANSWER.search(text))


def _header_map(mail: InboundMail) -> dict[str, tuple[str, ...]]:
    collected: dict[str, list[str]] = {}
    for name, value in mail.headers:
        collected.setdefault(name, []).append(value)
    return {name: tuple(values) for name, values in collected.items()}


def _first_token(value: str) -> str:
    """ "auto-replied; owner-email=x" -> "auto-replied"; "Auto-Replied (zimbra)" likewise."""
    return re.split(r"[;(\s]", value.strip(), maxsplit=1)[0].strip().lower()


def _is_read_receipt(headers: dict[str, tuple[str, ...]]) -> bool:
    """A message disposition notification (RFC 8098, "read receipt"), by its MIME type.
    (A disposition-notification part inside another type is unreadable to the parser: a
    defect, so such a mail reaches staff and records nothing.)"""
    return any(
        value.lower().startswith("multipart/report")
        and re.search(r"report-type\s*=\s*\"?disposition-notification", value, re.IGNORECASE)
        for value in headers.get("content-type", ())
    )


def _is_delivery_report(headers: dict[str, tuple[str, ...]]) -> bool:
    return any(
        value.lower().startswith("multipart/report")
        and re.search(r"report-type\s*=\s*\"?delivery-status", value, re.IGNORECASE)
        for value in headers.get("content-type", ())
    )


def _is_daemon_sender(mail: InboundMail, headers: dict[str, tuple[str, ...]]) -> bool:
    if mail.sender and mail.sender.partition("@")[0] in _BOUNCE_LOCAL_PARTS:
        return True
    # "MAILER-DAEMON" without a domain does not parse as a sender: read the raw header
    return any(
        re.search(r"\b(?:mailer-daemon|mail-daemon|postmaster)\b", value, re.IGNORECASE)
        and "@" not in value.partition("<")[0]
        and _address_local_part(value) in _BOUNCE_LOCAL_PARTS
        for value in headers.get("from", ())
    )


def _address_local_part(value: str) -> str:
    match = re.search(r"<([^<>]*)>", value)
    address = match.group(1) if match else value.strip()
    return address.partition("@")[0].strip().lower()


def _is_own_mail(mail: InboundMail, practice: str) -> bool:
    if mail.sender and mail.sender == practice:
        return True
    domain = practice.rpartition("@")[2]
    match = _OWN_MESSAGE_ID.match(mail.message_id or "")
    return bool(match and match.group("domain").lower() == domain)


def _auto_reply_header(headers: dict[str, tuple[str, ...]]) -> str | None:
    for value in headers.get("auto-submitted", ()):
        token = _first_token(value)
        if token and token != _AUTO_SUBMITTED_HUMAN:
            return "Auto-Submitted"
    for name in _AUTO_REPLY_HEADERS:
        if any(_first_token(value) != "no" for value in headers.get(name, ())):
            return name
    for name in ("precedence", "x-precedence"):
        if any(_first_token(value) in _AUTO_PRECEDENCE for value in headers.get(name, ())):
            return "Precedence auto_reply"
    suppress = headers.get("x-auto-response-suppress", ())
    if "x-ms-exchange-inbox-rules-loop" in headers and any(
        "all" in value.lower() for value in suppress
    ):
        return "Exchange out-of-office"
    if any(value.strip().lower() == "autoresponse" for value in headers.get("thread-topic", ())):
        return "Thread-Topic AutoResponse"
    if any(
        _first_token(value) in {"reply", "autoreply"}
        for value in headers.get("x-autogenerated", ())
    ):
        return "X-Autogenerated"
    return None


def _bulk_header(headers: dict[str, tuple[str, ...]]) -> str | None:
    for name in ("precedence", "x-precedence"):
        if any(_first_token(value) in _BULK_PRECEDENCE for value in headers.get(name, ())):
            return "Precedence bulk"
    for name in headers:
        if name.startswith("list-"):
            return "List-*"
        if name in _BULK_HEADERS:
            return name
    if any(_first_token(value) == "no" for value in headers.get("x-ack", ())):
        return "X-Ack: no"
    return None


# --- which address bounced -------------------------------------------------------------------

_PERMANENT_MARKER = re.compile(
    r"""\b5\.\d{1,3}\.\d{1,3}\b | \b55[0-4]\b
      | user\s+unknown | unknown\s+user | no\s+such\s+user | unknown\s+recipient
      | recipient\s+(?:address\s+)?rejected | mailbox\s+(?:unavailable|not\s+found|disabled)
      | does\s+not\s+exist | doesn'?t\s+exist | address\s+rejected
      | account\s+(?:is\s+)?disabled
      | permanent\s+(?:error|failure) | existiert\s+nicht | unbekannt | nicht\s+gefunden
      | konnte\s+nicht\s+zugestellt | nicht\s+zustellbar | unzustellbar
      | couldn'?t\s+be\s+delivered | could\s+not\s+be\s+delivered | failed\s+permanently
    """,
    re.IGNORECASE | re.VERBOSE,
)
_TEMPORARY_MARKER = re.compile(
    r"\b4\.\d{1,3}\.\d{1,3}\b|\b4[25]\d\b|delayed|verzögert|will\s+(?:retry|be\s+retried)|"
    r"noch\s+nicht\s+zugestellt|weiterhin\s+versucht|temporar|vorübergehend|"
    # a plain-text "mailbox full" is too vague to stop mail to a patient on
    r"quota|postfach\w*\s+(?:des\s+empfängers\s+)?(?:ist\s+)?voll|"
    r"mailbox\s+(?:is\s+)?full|over\s+quota|speicherplatz",
    re.IGNORECASE,
)
# where an NDR's own words end and the returned original begins; read line by line (as
# one MULTILINE pattern "-{3,}.*(?:original...).*" it backtracked quadratically on a long
# line of dashes: 200 KB did not end within a minute, issue 12)
_ORIGINAL_DASH_LINE = re.compile(
    r"original|copy\s+of|kopie|ursprüngliche|below\s+this\s+line", re.IGNORECASE
)
_ORIGINAL_HEADER_LINE = re.compile(
    r"original\s+message\s+headers?:?\s*$|received:\s|return-path:\s", re.IGNORECASE
)


def _original_start(text: str) -> int | None:
    """Offset of the first line that starts the returned original, or None."""
    offset = 0
    for line in text.splitlines(keepends=True):
        stripped = line.strip()
        if (stripped.startswith("---") and _ORIGINAL_DASH_LINE.search(stripped)) or (
            _ORIGINAL_HEADER_LINE.match(stripped)
        ):
            return offset
        offset += len(line)
    return None


_SENDER_LINE = re.compile(
    r"^\s*(?:from|von|absender|sender|reply-to|return-path|reporting-mta)\b", re.IGNORECASE
)
# starts only where a run of address characters starts: else a long run without "@" (a
# line of dashes) is rescanned from every position in it (quadratic, issue 12)
_ADDRESS = re.compile(r"(?<![\w.!#$%&'*+/=?^`{|}~-])[\w.!#$%&'*+/=?^`{|}~-]+@[\w-]+(?:\.[\w-]+)+")


def permanent_bounce_addresses(mail: InboundMail) -> tuple[str, ...]:
    """The recipient addresses that failed permanently, normalised, in order.

    Practice rule: a hard bounce marks the patient address undeliverable; a delay never
    does. From a delivery-status report: every recipient with Status 5.x.x (or Action
    failed without a status), a full mailbox (5.2.2) included: the patient would miss
    the link, so staff must hear of it; Action delayed or Status 4.x.x is never
    permanent. Without a
    report (plain-text NDR from a bounce sender or with an NDR subject), best effort: the
    addresses named in the NDR's own text before the returned original, if that text
    carries a permanent marker ("550", "5.1.1", "user unknown", "existiert nicht") and no
    temporary one. Daemon and postmaster addresses are never returned.
    """
    if mail.delivery_status:
        return _from_delivery_status(mail.delivery_status)
    if not _looks_like_ndr(mail):
        return ()
    return _from_ndr_text(mail)


def _from_delivery_status(fields: tuple[tuple[str, str], ...]) -> tuple[str, ...]:
    recipients: list[dict[str, str]] = []
    for name, value in fields:
        if name == "final-recipient" or not recipients:
            recipients.append({})
        recipients[-1][name] = value
    failed: list[str] = []
    for recipient in recipients:
        status = recipient.get("status", "").strip()
        action = recipient.get("action", "").strip().lower()
        if status.startswith("4") or action in {"delayed", "relayed", "delivered", "expanded"}:
            continue
        if not (status.startswith("5") or (action == "failed" and not status)):
            continue
        for name in ("final-recipient", "original-recipient"):
            address = _typed_address(recipient.get(name, ""))
            if address:
                failed.append(address)
                break
    return tuple(dict.fromkeys(failed))


def _typed_address(value: str) -> str | None:
    """'rfc822; Erika@Web.de' -> 'erika@web.de'."""
    address = value.rpartition(";")[2].strip().strip("<>").strip()
    if not address or "@" not in address:
        return None
    normalised = address_or_none(address)
    if normalised is None or normalised.partition("@")[0] in _BOUNCE_LOCAL_PARTS:
        return None
    return normalised


def _looks_like_ndr(mail: InboundMail) -> bool:
    headers = _header_map(mail)
    return (
        _is_daemon_sender(mail, headers)
        or bool(_NDR_SUBJECT.match(mail.subject))
        or any(value.strip() == "<>" for value in headers.get("return-path", ()))
    )


def _from_ndr_text(mail: InboundMail) -> tuple[str, ...]:
    text = mail.text
    original = _original_start(text)
    if original is not None:
        text = text[:original]
    if not _PERMANENT_MARKER.search(text) or _TEMPORARY_MARKER.search(text):
        return ()
    candidates: dict[str, None] = {}
    for line in text.splitlines():
        if _SENDER_LINE.match(line):
            continue  # "From: termine@praxis..." names us, not the failed recipient
        for candidate in _ADDRESS.findall(line):
            candidates[candidate] = None
        if len(candidates) >= _NDR_MAX_ADDRESSES:
            break  # an NDR names a few recipients; each check of an address costs
    found = (_typed_address(candidate) for candidate in candidates)
    return tuple(dict.fromkeys(a for a in found if a and a != mail.sender))


_NDR_MAX_ADDRESSES = 20
