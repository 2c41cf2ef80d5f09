"""Write the labelled mail corpus: practice.toml, labels.toml and one .eml file per mail.

Run from the repository root: `.venv/bin/python -m tools.corpus.make_corpus`; it writes
tests/data/corpus. The blind sets' generators (tools/corpus/blind_*.py) import the helpers
and tables below as `from tools.corpus import make_corpus as mc`.
The generated files are checked in; this script is how they were made, so a mail can be
fixed here and everything regenerated. Every mail is written by hand below (mails.py);
only the envelopes (headers, MIME structure, the quoted copy of our own mail in each mail
program's style, attachment bytes) come from helpers.
"""

from __future__ import annotations

import base64
import hashlib
import io
import struct
import sys
import tomllib
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, formataddr
from typing import Any
from zoneinfo import ZoneInfo

from tools.corpus import data_dir

# Where practice.toml is read and labels.toml written; a blind set's generator points it
# at its own folder before write_labels().
HERE = data_dir("corpus")
BERLIN = ZoneInfo("Europe/Berlin")
PRACTICE = "termine@praxis-impulse.de"
PRACTICE_NAME = "Praxis Impulse"
TREATMENT_NAMES = {"KG": "Krankengymnastik", "MT": "Manuelle Therapie", "KGG": "KG am Gerät"}
WEEKDAYS = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
WEEKDAYS_SHORT = ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."]
MONTHS = [
    "Januar", "Februar", "März", "April", "Mai", "Juni",
    "Juli", "August", "September", "Oktober", "November", "Dezember",
]  # fmt: skip
MONTHS_SHORT = [
    "Jan.", "Feb.", "März", "Apr.", "Mai", "Juni",
    "Juli", "Aug.", "Sept.", "Okt.", "Nov.", "Dez.",
]  # fmt: skip
MONTHS_EN = [
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
]  # fmt: skip


def local(text: str) -> datetime:
    """'2026-02-03 10:00' in practice time."""
    return datetime.strptime(text, "%Y-%m-%d %H:%M").replace(tzinfo=BERLIN)


# --- the practice ---------------------------------------------------------------------


@dataclass
class PatientRow:
    id: int
    name: str
    emails: tuple[str, ...]
    new_patient: bool
    insurance: str
    salutation: str  # "Frau Krüger", for our mails


@dataclass
class AppointmentRow:
    id: int
    patient_id: int
    start: datetime
    minutes: int
    kind: str
    treatment: str
    status: str = "scheduled"
    confirmed_at: datetime | None = None
    video_link: str = ""

    @property
    def external_id(self) -> str:
        return f"PI-2026-{self.id:04d}"


@dataclass
class OutboxRow:
    message_id: str
    kind: str
    patient_id: int | None  # None: a mail to staff (alert, digest)
    appointment_id: int | None
    sent_at: datetime
    subject: str
    text: str


PATIENTS: dict[int, PatientRow] = {}
APPOINTMENTS: dict[int, AppointmentRow] = {}
OUTBOX: dict[str, OutboxRow] = {}  # keyed "cr-<appointment id>", "vl-<id>", "rem-<id>", "fr-<pid>"


def patient(
    pid: int,
    name: str,
    emails: str | tuple[str, ...],
    insurance: str,
    salutation: str,
    *,
    new: bool = False,
) -> None:
    PATIENTS[pid] = PatientRow(
        id=pid,
        name=name,
        emails=(emails,) if isinstance(emails, str) else emails,
        new_patient=new,
        insurance=insurance,
        salutation=salutation,
    )


def series(pid: int, starts: list[str], kind: str, treatment: str, minutes: int = 30) -> list[int]:
    ids = []
    for start in starts:
        aid = 1000 + len(APPOINTMENTS) + 1
        link = (
            f"https://video.redmedical.de/#/{_token(f'link{aid}', 9).upper()}"
            if kind == "video"
            else ""
        )
        APPOINTMENTS[aid] = AppointmentRow(
            id=aid,
            patient_id=pid,
            start=local(start),
            minutes=minutes,
            kind=kind,
            treatment=treatment,
            video_link=link,
        )
        ids.append(aid)
    return ids


def appt(pid: int, day: str, nth: int = 0) -> int:
    """The id of patient pid's appointment on day 'MM-DD' (2026); nth for a second one."""
    found = [
        a.id
        for a in APPOINTMENTS.values()
        if a.patient_id == pid and a.start.strftime("%m-%d") == day
    ]
    if len(found) <= nth:
        raise KeyError(f"patient {pid} has no appointment on {day}")
    return sorted(found)[nth]


def _token(seed: str, length: int = 10) -> str:
    return hashlib.sha256(seed.encode()).hexdigest()[:length]


def _german_long(moment: datetime) -> str:
    return f"{WEEKDAYS[moment.weekday()]}, {moment:%d.%m.%Y}"


def _our_signature() -> str:
    return (
        "Mit freundlichen Grüßen\n"
        "Ihr Team der Praxis Impulse\n\n"
        "Praxis Impulse · Physiotherapie per Telefon und Video\n"
        "Tel. 030 2345 6780 · termine@praxis-impulse.de\n"
        "Diese Nachricht wurde automatisch erstellt."
    )


def _how(appointment: AppointmentRow) -> str:
    what = TREATMENT_NAMES[appointment.treatment]
    return f"{what} per Video" if appointment.kind == "video" else f"{what} per Telefon"


def load_snapshot(salutation: Callable[[dict[str, Any]], str]) -> dict[str, Any]:
    """Fill PATIENTS and APPOINTMENTS from practice.toml and rebuild OUTBOX: the blind
    sets' generators (tools/corpus/blind_*.py) write new mails against this same
    practice. `salutation` names a patient row as our mails greet them. Returns the file's
    data so each generator can check our sent mails against it."""
    data: dict[str, Any] = tomllib.loads((HERE / "practice.toml").read_text(encoding="utf-8"))
    for p in data["patients"]:
        patient(p["id"], p["name"], tuple(p["emails"]), p["insurance"], salutation(p),
                new=p["new_patient"])  # fmt: skip
    for a in data["appointments"]:
        APPOINTMENTS[a["id"]] = AppointmentRow(
            id=a["id"],
            patient_id=a["patient_id"],
            start=a["start"].astimezone(BERLIN),
            minutes=int((a["end"] - a["start"]).total_seconds() // 60),
            kind=a["kind"],
            treatment=a["treatment"],
            status=a["status"],
            confirmed_at=a.get("confirmed_at"),
            video_link=a["video_link"],
        )
    build_outbox()
    return data


def build_outbox() -> None:
    """Our sent mails for every appointment, as the worker would have sent them."""
    for a in APPOINTMENTS.values():
        p = PATIENTS[a.patient_id]
        hello = f"Guten Tag {p.salutation},"
        when = f"{_german_long(a.start)} um {a.start:%H:%M} Uhr"
        if a.kind == "video":
            _add_outbox(
                "vl",
                a,
                a.start - timedelta(days=3, hours=2),
                f"Ihr Videotermin am {a.start:%d.%m.%Y}",
                f"{hello}\n\nIhr Videotermin ({_how(a)}) ist am {when}.\n\n"
                "So nehmen Sie teil: Öffnen Sie video.redmedical.de in einem aktuellen Chrome"
                " oder Firefox, geben Sie im Feld \u201eZugangscode\u201c diesen Code ein:\n\n"
                f"    {a.video_link.rsplit('/', 1)[1]}\n\n"
                "und dazu Ihren Namen. Die Sitzung beginnt, sobald Ihre Therapeutin/Ihr"
                " Therapeut dazukommt.\n\n" + _our_signature(),
            )
        _add_outbox(
            "rem",
            a,
            a.start - timedelta(hours=24),
            f"Erinnerung: Ihr Termin am {a.start:%d.%m.%Y}",
            f"{hello}\n\nwir erinnern Sie an Ihren Termin ({_how(a)}) am {when}.\n"
            "Falls Sie den Termin nicht wahrnehmen können, sagen Sie bitte rechtzeitig ab.\n\n"
            + _our_signature(),
        )
        _add_outbox(
            "cr",
            a,
            a.start + timedelta(minutes=a.minutes + 60),
            f"Bitte bestätigen Sie Ihre Behandlung vom {a.start:%d.%m.%Y}",
            f"{hello}\n\nIhre Behandlung ({_how(a)}) war für {when} geplant.\n"
            "Bitte bestätigen Sie uns mit einer kurzen Antwort auf diese Mail, dass die"
            " Behandlung stattgefunden hat, und nennen Sie dabei das Datum.\n\n"
            "Vielen Dank!\n\n" + _our_signature(),
        )
    for p in PATIENTS.values():
        if not p.new_patient:
            continue
        first = min(
            (a for a in APPOINTMENTS.values() if a.patient_id == p.id), key=lambda a: a.start
        )
        sent = first.start - timedelta(days=5)
        message_id = f"<pw-fr-{p.id}.{_token(f'fr{p.id}', 12)}@praxis-impulse.de>"
        OUTBOX[f"fr-{p.id}"] = OutboxRow(
            message_id=message_id,
            kind="forms_request",
            patient_id=p.id,
            appointment_id=first.id,
            sent_at=sent.replace(hour=9, minute=5),
            subject="Ihre Unterlagen für die Behandlung",
            text=f"Guten Tag {p.salutation},\n\nvor Ihrem ersten Termin am"
            f" {first.start:%d.%m.%Y} brauchen wir noch folgende Unterlagen von Ihnen:\n\n"
            "- Anamnesebogen\n- Datenschutzerklärung\n- Einwilligung zur Telebehandlung\n\n"
            "Bitte senden Sie sie ausgefüllt und unterschrieben als Antwort auf diese Mail"
            " (PDF oder Foto).\n\n" + _our_signature(),
        )


def _add_outbox(kind: str, a: AppointmentRow, sent: datetime, subject: str, text: str) -> None:
    kinds = {"vl": "video_link", "rem": "reminder", "cr": "confirmation_request"}
    message_id = f"<pw-{kind}-{a.id}.{_token(kind + str(a.id), 12)}@praxis-impulse.de>"
    OUTBOX[f"{kind}-{a.id}"] = OutboxRow(
        message_id=message_id,
        kind=kinds[kind],
        patient_id=a.patient_id,
        appointment_id=a.id,
        sent_at=sent,
        subject=subject,
        text=text,
    )


# --- quoting styles: how each mail program wraps the mail it answers -------------------


def _gt(text: str) -> str:
    return "\n".join(f"> {line}" if line else ">" for line in text.splitlines())


def quote(style: str, ref: OutboxRow, to: str) -> str:
    """The quoted copy of our mail `ref` below (or above) a reply, in a client's style."""
    s = ref.sent_at
    ours = f"{PRACTICE_NAME} <{PRACTICE}>"
    if style == "gmail":
        head = (
            f"Am {WEEKDAYS_SHORT[s.weekday()]}, {s.day}. {MONTHS_SHORT[s.month - 1]} {s.year}"
            f" um {s:%H:%M} Uhr schrieb {PRACTICE_NAME} <\n{PRACTICE}>:\n\n"
        )
        return head + _gt(ref.text)
    if style == "gmail_en":
        ampm = s.strftime("%I:%M %p").lstrip("0")
        head = (
            f"On {s:%a}, {s:%b} {s.day}, {s.year} at {ampm} {PRACTICE_NAME} <{PRACTICE}> wrote:\n\n"
        )
        return head + _gt(ref.text)
    if style == "iphone":
        return f"> Am {s:%d.%m.%Y} um {s:%H:%M} schrieb {ours}:\n> \n" + _gt(ref.text)
    if style == "thunderbird":
        return f"Am {s:%d.%m.%y} um {s:%H:%M} schrieb {PRACTICE_NAME}:\n" + _gt(ref.text)
    if style == "outlook":
        return (
            "________________________________\n"
            f"Von: {ours}\n"
            f"Gesendet: {WEEKDAYS[s.weekday()]}, {s.day}. {MONTHS[s.month - 1]} {s.year} {s:%H:%M}\n"
            f"An: {to}\n"
            f"Betreff: {ref.subject}\n\n" + ref.text
        )
    if style == "outlook_classic":
        return (
            "-----Ursprüngliche Nachricht-----\n"
            f"Von: {PRACTICE_NAME} [mailto:{PRACTICE}]\n"
            f"Gesendet: {WEEKDAYS[s.weekday()]}, {s.day}. {MONTHS[s.month - 1]} {s.year} {s:%H:%M}\n"
            f"An: {to}\n"
            f"Betreff: {ref.subject}\n\n" + ref.text
        )
    if style == "outlook_en":
        ampm = s.strftime("%I:%M %p").lstrip("0")
        return (
            "________________________________\n"
            f"From: {ours}\n"
            f"Sent: {s:%A}, {s:%B} {s.day}, {s.year} {ampm}\n"
            f"To: {to}\n"
            f"Subject: {ref.subject}\n\n" + ref.text
        )
    if style == "webde":
        return (
            f"Gesendet: {WEEKDAYS[s.weekday()]}, {s:%d}. {MONTHS[s.month - 1]} {s.year}"
            f" um {s:%H:%M} Uhr\n"
            f'Von: "{PRACTICE_NAME}" <{PRACTICE}>\n'
            f"An: {to}\n"
            f"Betreff: {ref.subject}\n\n" + ref.text
        )
    if style == "samsung":
        return (
            "-------- Ursprüngliche Nachricht --------\n"
            f"Von: {ours} \n"
            f"Datum: {s:%d.%m.%y} {s:%H:%M} (GMT{s:%z}) \n".replace("+0100", "+01:00").replace(
                "+0200", "+02:00"
            )
            + f"An: {to} \n"
            f"Betreff: {ref.subject} \n\n" + ref.text
        )
    if style == "tonline":
        return (
            "-----Original-Nachricht-----\n"
            f"Betreff: {ref.subject}\n"
            f"Datum: {s.isoformat(timespec='seconds')}\n"
            f'Von: "{PRACTICE_NAME}" <{PRACTICE}>\n'
            f'An: "{to}" <{to}>\n\n\n' + ref.text
        )
    if style == "yahoo":
        return (
            f"Am {WEEKDAYS[s.weekday()]}, {s.day}. {MONTHS[s.month - 1]} {s.year},"
            f" {s:%H:%M:%S} {'MESZ' if s.dst() else 'MEZ'} hat {ours} Folgendes geschrieben:\n\n"
            + "\n".join(f"   {line}" if line else "" for line in ref.text.splitlines())
        )
    if style == "forward_gmail":
        return (
            "---------- Forwarded message ---------\n"
            f"Von: {ours}\n"
            f"Date: {WEEKDAYS_SHORT[s.weekday()]}, {s.day}. {MONTHS_SHORT[s.month - 1]} {s.year}"
            f" um {s:%H:%M} Uhr\n"
            f"Subject: {ref.subject}\n"
            f"To: <{to}>\n\n\n" + ref.text
        )
    if style == "forward_outlook":
        return (
            "Von: " + ours + "\n"
            f"Gesendet: {WEEKDAYS[s.weekday()]}, {s.day}. {MONTHS[s.month - 1]} {s.year} {s:%H:%M}\n"
            f"An: {to}\n"
            f"Betreff: {ref.subject}\n\n" + ref.text
        )
    raise ValueError(style)


# --- attachments: small but valid files -----------------------------------------------


def pdf_bytes(title: str, pages: int = 1) -> bytes:
    """A minimal valid PDF with one text line per page."""
    objects = ["<< /Type /Catalog /Pages 2 0 R >>"]
    kids = " ".join(f"{3 + 2 * i} 0 R" for i in range(pages))
    objects.append(f"<< /Type /Pages /Kids [{kids}] /Count {pages} >>")
    font_ref = 3 + 2 * pages
    for i in range(pages):
        stream = f"BT /F1 14 Tf 72 720 Td ({title} - Seite {i + 1}) Tj ET"
        objects.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents {4 + 2 * i} 0 R"
            f" /Resources << /Font << /F1 {font_ref} 0 R >> >> >>"
        )
        objects.append(f"<< /Length {len(stream)} >>\nstream\n{stream}\nendstream")
    objects.append("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(f"{number} 0 obj\n{body}\nendobj\n".encode("latin-1"))
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    for offset in offsets:
        out.write(f"{offset:010d} 00000 n \n".encode())
    out.write(
        f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    )
    return out.getvalue()


# A 1x1 baseline JPEG; a COM segment pads it to the size of a real photo.
_JPEG_1X1 = base64.b64decode(
    "/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAAMCAgICAgMCAgIDAwMDBAYEBAQEBAgGBgUGCQgKCgkICQkKDA8MCgsOCwkJ"
    "DRENDg8QEBEQCgwSExIQEw8QEBD/yQALCAABAAEBAREA/8wABgAQEAX/2gAIAQEAAD8A0s8g/9k="
)


def jpeg_bytes(size: int, seed: str) -> bytes:
    filler = (hashlib.sha256(seed.encode()).hexdigest() * (size // 64 + 1)).encode()[: size - 200]
    segments = []
    while filler:
        chunk, filler = filler[:65000], filler[65000:]
        segments.append(b"\xff\xfe" + (len(chunk) + 2).to_bytes(2, "big") + chunk)
    return _JPEG_1X1[:2] + b"".join(segments) + _JPEG_1X1[2:]


def png_bytes(size: int, seed: str) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    ihdr = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    idat = zlib.compress(b"\x00\xff\xff\xff")
    filler = (hashlib.sha256(seed.encode()).hexdigest() * (size // 64 + 1)).encode()[
        : max(size - 120, 0)
    ]
    text = chunk(b"tEXt", b"Comment\x00" + filler) if filler else b""
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", ihdr)
        + text
        + chunk(b"IDAT", idat)
        + chunk(b"IEND", b"")
    )


def heic_bytes(size: int, seed: str) -> bytes:
    ftyp = b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic"
    filler = (hashlib.sha256(seed.encode()).hexdigest() * (size // 64 + 1)).encode()[:size]
    return ftyp + (len(filler) + 8).to_bytes(4, "big") + b"free" + filler


def _entry(name: str) -> zipfile.ZipInfo:
    """A zip entry with a fixed time, so regenerating gives identical bytes."""
    info = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
    info.compress_type = zipfile.ZIP_DEFLATED
    return info


def docx_bytes(text: str) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(
            _entry("[Content_Types].xml"),
            '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
            'package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
            'officedocument.wordprocessingml.document.main+xml"/></Types>',
        )
        z.writestr(
            _entry("word/document.xml"),
            '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxml'
            f'formats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>{text}</w:t></w:r>'
            "</w:p></w:body></w:document>",
        )
    return out.getvalue()


def zip_bytes(names: list[str]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name in names:
            z.writestr(_entry(name), pdf_bytes(name))
    return out.getvalue()


@dataclass
class File:
    filename: str
    content_type: str
    payload: bytes
    inline_cid: str = ""  # set for an inline image referenced by the HTML part


def pdf(name: str, pages: int = 1) -> File:
    return File(name, "application/pdf", pdf_bytes(name.rsplit(".", 1)[0], pages))


def jpeg(name: str, size: int = 48_000) -> File:
    return File(name, "image/jpeg", jpeg_bytes(size, name))


def png(name: str, size: int = 40_000, *, inline_cid: str = "") -> File:
    return File(name, "image/png", png_bytes(size, name), inline_cid)


def heic(name: str, size: int = 60_000) -> File:
    return File(name, "image/heic", heic_bytes(size, name))


def docx(name: str) -> File:
    return File(
        name,
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        docx_bytes(name),
    )


def zipped(name: str, inner: list[str]) -> File:
    return File(name, "application/zip", zip_bytes(inner))


# --- mails ----------------------------------------------------------------------------


@dataclass
class Label:
    categories: tuple[str, ...]
    patient: int = 0  # 0: no patient (unknown sender, automated without patient)
    confirmed: tuple[int, ...] = ()
    dates: tuple[str, ...] = ()  # ISO days the patient names as days of past treatments
    forms: tuple[str, ...] = ()  # one key per form finding, attachment order
    needs_staff: bool = False
    bounced: tuple[str, ...] | None = None  # only checked when given
    trusted_authserv_id: str = ""
    note: str = ""


@dataclass
class Mail:
    file: str
    raw: bytes
    label: Label
    mail_date: datetime


MAILS: list[Mail] = []
CLIENTS = {
    "gmail": ("mail.gmail.com", None),
    "iphone": ("icloud.com", "iPhone Mail (22D82)"),
    "apple": ("icloud.com", "Apple Mail (2.3826.400.131.1.6)"),
    "thunderbird": (None, "Mozilla Thunderbird"),
    "outlook": (None, "Microsoft Outlook 16.0"),
    "webde": ("web.de", None),
    "samsung": (None, None),
    "tonline": ("t-online.de", None),
    "yahoo": ("yahoo.de", "WebService/1.1.23187 YMailNorrin"),
    "plain": (None, None),
}


def message_id_for(file: str, sender: str, client: str) -> str:
    token = _token(file, 24)
    domain = CLIENTS.get(client, (None, None))[0] or sender.rpartition("@")[2]
    if client == "gmail":
        return f"<CAL{token.upper()}+{token[:6]}@mail.gmail.com>"
    if client in ("iphone", "apple"):
        t = token.upper()
        return f"<{t[:8]}-{t[8:12]}-{t[12:16]}-{t[16:20]}-{t[:12]}@{domain}>"
    if client == "outlook":
        return (
            f"<AM9PR07MB{token[:4].upper()}{token[4:16]}@AM9PR07MB7123.eurprd07.prod.outlook.com>"
        )
    return f"<{token}@{domain}>"


def human(
    file: str,
    *,
    sender: str | int,
    name: str | None = None,
    date: str,
    subject: str,
    body: str,
    label: Label,
    client: str = "plain",
    reply_to: str | None = None,  # OUTBOX key we answer: "cr-1003"
    quote_style: str | None = None,
    bottom_post: bool = False,
    forward: str | None = None,  # OUTBOX key forwarded (quote_style forward_*)
    html: str | None = None,  # HTML alternative (or the only body with html_only)
    html_only: bool = False,
    files: list[File] | tuple[File, ...] = (),
    extra_headers: list[tuple[str, str]] | tuple[tuple[str, str], ...] = (),
    to: str = PRACTICE,
    from_header: str | None = None,
) -> None:
    """One mail a person wrote. `body` is their own text, signature included."""
    if isinstance(sender, int):
        p = PATIENTS[sender]
        address = p.emails[0]
        display = name if name is not None else p.name
    else:
        address = sender
        display = name or ""
    moment = local(date)
    text = body.strip("\n")
    key = reply_to or forward
    ref = OUTBOX[key] if key else None
    if ref is not None and quote_style:
        quoted = quote(quote_style, ref, address)
        if bottom_post:
            text = f"{quoted}\n\n{text}"
        elif quote_style.startswith(("outlook", "webde", "samsung", "tonline", "forward")):
            gap = "\n\n\n" if quote_style in ("webde", "tonline") else "\n\n"
            text = f"{text}{gap}{quoted}"
        else:
            text = f"{text}\n\n{quoted}"
    msg = EmailMessage(policy=SMTP)
    msg["From"] = formataddr((display, address)) if display else address
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(moment)
    msg["Message-ID"] = message_id_for(file, address, client)
    if reply_to and ref is not None:
        msg["In-Reply-To"] = ref.message_id
        msg["References"] = ref.message_id
    if CLIENTS.get(client, (None, None))[1]:
        msg["X-Mailer" if client in ("iphone", "apple", "yahoo") else "User-Agent"] = CLIENTS[
            client
        ][1]
    for header, value in extra_headers:
        msg[header] = value
    if html_only:
        msg.set_content(html or "", subtype="html", charset="utf-8")
    else:
        msg.set_content(text + "\n", charset="utf-8")
        if html is not None:
            msg.add_alternative(html, subtype="html", charset="utf-8")
    for f in files:
        maintype, subtype = f.content_type.split("/", 1)
        if f.inline_cid:
            # Outlook puts signature logos into a multipart/related next to the HTML.
            msg.add_attachment(
                f.payload, maintype=maintype, subtype=subtype, filename=f.filename,
                disposition="inline", cid=f"<{f.inline_cid}>",
            )  # fmt: skip
        else:
            msg.add_attachment(f.payload, maintype=maintype, subtype=subtype, filename=f.filename)
    for number, part in enumerate(msg.walk()):
        if part.is_multipart():  # fixed boundaries: regenerating gives the same bytes
            part.set_boundary(f"----=_Part_{number}_{_token(file + str(number), 16)}")
    raw = msg.as_bytes()
    if from_header is not None:
        # A malformed From that the email package would repair: put it in byte for byte.
        head, sep, rest = raw.partition(b"\r\n")
        assert head.startswith(b"From: ")
        raw = b"From: " + from_header.encode() + sep + rest
    MAILS.append(Mail(file=file, raw=raw, label=label, mail_date=moment))


def raw_mail(file: str, *, date: str, raw: str, label: Label) -> None:
    """A mail written out byte for byte (bounces, robots): CRLF line ends are added."""
    text = raw.strip("\n").replace("\r\n", "\n").replace("\n", "\r\n") + "\r\n"
    MAILS.append(Mail(file=file, raw=text.encode("utf-8"), label=label, mail_date=local(date)))


# --- output ---------------------------------------------------------------------------


def _toml_str(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def _toml_list(values: tuple[object, ...] | list[object]) -> str:
    return "[" + ", ".join(_toml_str(v) if isinstance(v, str) else str(v) for v in values) + "]"


def write_practice() -> None:
    lines = [
        "# The practice the corpus is labelled against. Generated by make_corpus.py.",
        "# Times are practice local time (Europe/Berlin) with their UTC offset.",
        "",
        "[practice]",
        f"address = {_toml_str(PRACTICE)}",
        'timezone = "Europe/Berlin"',
        "",
        "[forms]",
        'new_patient = ["anamnese", "datenschutz", "einwilligung_tele"]',
        'video_existing_patient = ["datenschutz_video"]',
        "[forms.keywords]",
        'anamnese = ["anamnese", "fragebogen", "patientenbogen"]',
        'datenschutz = ["datenschutzerkl", "dsgvo"]',
        'einwilligung_tele = ["einwilligung", "telebehandlung", "telemedizin"]',
        'datenschutz_video = ["datenschutzinformation", "videobehandlung", "video"]',
        "",
    ]
    for p in PATIENTS.values():
        lines += [
            "[[patients]]",
            f"id = {p.id}",
            f"name = {_toml_str(p.name)}",
            f"emails = {_toml_list(p.emails)}",
            f"new_patient = {'true' if p.new_patient else 'false'}",
            f"insurance = {_toml_str(p.insurance)}",
            "",
        ]
    for a in APPOINTMENTS.values():
        lines += [
            "[[appointments]]",
            f"id = {a.id}",
            f"external_id = {_toml_str(a.external_id)}",
            f"patient_id = {a.patient_id}",
            f"start = {a.start.isoformat()}",
            f"end = {(a.start + timedelta(minutes=a.minutes)).isoformat()}",
            f"kind = {_toml_str(a.kind)}",
            f"treatment = {_toml_str(a.treatment)}",
            f"status = {_toml_str(a.status)}",
            f"video_link = {_toml_str(a.video_link)}",
        ]
        if a.confirmed_at is not None:
            lines.append(f"confirmed_at = {a.confirmed_at.isoformat()}")
        lines.append("")
    for row in sorted(OUTBOX.values(), key=lambda r: r.sent_at):
        lines += [
            "[[outbox]]",
            f"message_id = {_toml_str(row.message_id)}",
            f"kind = {_toml_str(row.kind)}",
            *([f"patient_id = {row.patient_id}"] if row.patient_id is not None else []),
            *([f"appointment_id = {row.appointment_id}"] if row.appointment_id is not None else []),
            f"sent_at = {row.sent_at.isoformat()}",
            "",
        ]
    (HERE / "practice.toml").write_text("\n".join(lines), encoding="utf-8")


def write_labels() -> None:
    lines = [
        "# Expected decision per mail; format in README.md. Generated by make_corpus.py.",
        "",
    ]
    for mail in MAILS:
        lab = mail.label
        lines += [
            "[[mail]]",
            f"file = {_toml_str(mail.file)}",
            f"categories = {_toml_list(lab.categories)}",
            f"confirmation = {'true' if 'confirmation' in lab.categories else 'false'}",
            f"patient = {lab.patient}",
            f"confirmed = {_toml_list(lab.confirmed)}",
            f"dates = {_toml_list(lab.dates)}",
            f"forms = {_toml_list(lab.forms)}",
            f"needs_staff = {'true' if lab.needs_staff else 'false'}",
        ]
        if lab.bounced is not None:
            lines.append(f"bounced = {_toml_list(lab.bounced)}")
        if lab.trusted_authserv_id:
            lines.append(f"trusted_authserv_id = {_toml_str(lab.trusted_authserv_id)}")
        if lab.note:
            lines.append(f"note = {_toml_str(lab.note)}")
        lines.append("")
    (HERE / "labels.toml").write_text("\n".join(lines), encoding="utf-8")


def check_labels() -> None:
    """Catch labelling slips: dates and confirmations consistent with the practice."""
    seen: set[str] = set()
    for mail in MAILS:
        if mail.file in seen:
            sys.exit(f"duplicate file name {mail.file}")
        seen.add(mail.file)
        for aid in mail.label.confirmed:
            a = APPOINTMENTS[aid]
            if a.patient_id != mail.label.patient:
                sys.exit(f"{mail.file}: appointment {aid} is not patient {mail.label.patient}'s")
            if a.start >= mail.mail_date:
                sys.exit(f"{mail.file}: appointment {aid} starts after the mail")
            if a.start.date().isoformat() not in mail.label.dates and mail.label.dates:
                sys.exit(f"{mail.file}: confirmed {aid} but its day is not among the dates")
        for day in mail.label.dates:
            if day > mail.mail_date.date().isoformat():
                sys.exit(f"{mail.file}: date {day} after the mail")


def main() -> None:
    # Defines the practice and every mail through the helpers above (into this module's
    # tables: `python -m` runs a copy named __main__, so main() runs the imported module).
    from tools.corpus import mails  # noqa: F401

    for old in HERE.glob("*.eml"):
        old.unlink()
    for mail in MAILS:
        (HERE / mail.file).write_bytes(mail.raw)
    check_labels()
    write_practice()
    write_labels()
    print(f"{len(MAILS)} mails, {len(PATIENTS)} patients, {len(APPOINTMENTS)} appointments")


if __name__ == "__main__":
    from tools.corpus import make_corpus

    make_corpus.main()
