"""Shared builders for the end-to-end tests: a practice wired to the real fixtures.

`make_practice()` writes a config TOML for the session's Dovecot (a fresh folder of its
own, STARTTLS verified against the fixture CA, password from a file) and an aiosmtpd
server (STARTTLS + AUTH), with the state in the test's tmp dir. `Practice` runs the
command line in-process (`cli`, `json`) or names the argv for a subprocess (`argv`),
and looks at the mailbox as staff's mail program would (`uids`, `message_ids`, `flags`).

The mail builders write mail as patients' programs do: multipart with PDFs, DSNs,
out-of-office notes; every one with a Date and a Message-ID of its own.
"""

from __future__ import annotations

import base64
import contextlib
import io
import json
import os
import sys
import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from email import message_from_bytes, policy
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from tests.fixtures.dovecot import DovecotServer
from tests.fixtures.smtpd import TEST_PASSWORD, TEST_USERNAME, ReceivedMessage, SmtpTestServer
from worker.cli import main

BERLIN = ZoneInfo("Europe/Berlin")
PRACTICE_NAME = "Praxis Impulse"
PRACTICE_ADDRESS = "termine@praxis-impulse.de"
STAFF_ADDRESS = "team@praxis-impulse.de"
REPO_ROOT = Path(__file__).resolve().parents[2]

CSV_HEADER = "external_id;name;email;start;duration;kind;treatment;insurance;new_patient;video_link"


# --- running the worker ------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CliResult:
    code: int
    out: str
    err: str


@dataclass
class Practice:
    """One practice's config, state and mailbox folder on the shared fixtures."""

    root: Path
    config: Path
    dovecot: DovecotServer
    folder: str
    processed_folder: str
    smtp: SmtpTestServer
    state_path: Path
    attachments_dir: Path
    default_now: str | None = None
    _argv_prefix: list[str] = field(default_factory=list)

    def cli(self, *args: str, now: str | None = None) -> CliResult:
        """`praxis-worker --config ... [--now ...] ARGS` in this process."""
        argv = ["--config", str(self.config), "--log-level", "WARNING"]
        moment = now or self.default_now
        if moment is not None:
            argv += ["--now", moment]
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = main([*argv, *args])
        return CliResult(code, out.getvalue(), err.getvalue())

    def ok(self, *args: str, now: str | None = None) -> str:
        result = self.cli(*args, now=now)
        assert result.code == 0, f"{args} exited {result.code}: {result.err[-2000:]}"
        return result.out

    def json(self, *args: str, now: str | None = None) -> Any:
        return json.loads(self.ok(*args, "--json", now=now))

    def run_once(self, now: str | None = None) -> str:
        return self.ok("run", "--once", now=now)

    def argv(self, *args: str, now: str | None = None, log_level: str = "INFO") -> list[str]:
        """The same command for a subprocess (`python -m worker`)."""
        argv = [sys.executable, "-m", "worker", "--config", str(self.config)]
        argv += ["--log-level", log_level]
        if now is not None:
            argv += ["--now", now]
        return [*argv, *args]

    @staticmethod
    def subprocess_env() -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith("PRAXIS_WORKER")}
        env["PYTHONPATH"] = str(REPO_ROOT)
        return env

    # --- the mailbox, seen from staff's mail program ----------------------------------

    def append(self, raw: bytes, flags: Iterable[str] = ()) -> int:
        return self.dovecot.append(self.folder, raw, flags)

    def uids(self, folder: str | None = None) -> list[int]:
        return self.dovecot.folder_uids(folder or self.folder)

    def message_ids(self, folder: str | None = None) -> list[str]:
        """Message-ID of every mail in the folder (duplicates kept), in UID order."""
        name = folder or self.folder
        with self.dovecot.client() as imap:
            if not imap.folder_exists(name):
                return []
            imap.select_folder(name, readonly=True)
            uids = sorted(imap.search("ALL"))
            if not uids:
                return []
            fetched = imap.fetch(uids, ["BODY.PEEK[HEADER.FIELDS (MESSAGE-ID)]"])
        found = []
        for uid in uids:
            data = fetched[uid]
            header = next(v for k, v in data.items() if k.startswith(b"BODY[HEADER"))
            parsed = message_from_bytes(header, policy=policy.default)
            found.append(str(parsed["Message-ID"] or "").strip())
        return found

    def flags_by_message_id(self, folder: str | None = None) -> dict[str, set[str]]:
        name = folder or self.folder
        with self.dovecot.client() as imap:
            imap.select_folder(name, readonly=True)
            uids = sorted(imap.search("ALL"))
            fetched = (
                imap.fetch(uids, ["FLAGS", "BODY.PEEK[HEADER.FIELDS (MESSAGE-ID)]"]) if uids else {}
            )
        result: dict[str, set[str]] = {}
        for uid in uids:
            data = fetched[uid]
            header = next(v for k, v in data.items() if k.startswith(b"BODY[HEADER"))
            message_id = str(message_from_bytes(header, policy=policy.default)["Message-ID"])
            flags = {f.decode() for f in data[b"FLAGS"]} - {r"\Recent"}
            result[message_id.strip()] = flags
        return result

    def recreate_folder(self, raws: Sequence[bytes]) -> None:
        """Delete the folder and create it again holding `raws` (a new UIDVALIDITY)."""
        with self.dovecot.client() as imap:
            imap.delete_folder(self.folder)
            imap.create_folder(self.folder)
            for raw in raws:
                imap.append(self.folder, raw)

    def files_outside_attachments(self) -> set[Path]:
        """Every file under the practice root except the attachments store."""
        return {
            path
            for path in self.root.rglob("*")
            if path.is_file() and self.attachments_dir not in path.parents
        }


def write_config(
    root: Path,
    *,
    dovecot: DovecotServer,
    folder: str,
    smtp: SmtpTestServer,
    mailbox: Mapping[str, Any] | None = None,
    schedule: Mapping[str, Any] | None = None,
    sources: Sequence[Path] = (),
) -> Path:
    """The practice config for the fixtures; `mailbox`/`schedule` override single keys."""
    secrets = root / "secrets"
    secrets.mkdir(mode=0o700, exist_ok=True)
    (secrets / "imap.pass").write_text(dovecot.password + "\n", encoding="utf-8")
    (secrets / "smtp.pass").write_text(TEST_PASSWORD + "\n", encoding="utf-8")
    for secret in secrets.iterdir():
        secret.chmod(0o600)
    mailbox_keys: dict[str, Any] = {
        "type": "imap",
        "host": dovecot.host,
        "port": dovecot.port,
        "security": "starttls",
        "ca_file": str(dovecot.ca_file),
        "username": dovecot.user,
        "password_file": str(secrets / "imap.pass"),
        "folder": folder,
        "processed_folder": f"{folder}_Verarbeitet",
        "idle": True,
        "poll_seconds": 60,
        "max_message_mb": 25,
        # These tests are about mail handling, not sender authentication: the test mails
        # carry no Authentication-Results, so the practice takes From as given. A test
        # about trust sets trusted_authserv_id (test_cycle.py::test_trust_...).
        "accept_unauthenticated": True,
    }
    if mailbox and mailbox.get("trusted_authserv_id"):
        del mailbox_keys["accept_unauthenticated"]
    mailbox_keys.update(mailbox or {})
    smtp_keys: dict[str, Any] = {
        "type": "smtp",
        "host": smtp.host,
        "port": smtp.port,
        "security": smtp.security,
        "max_per_recipient_per_day": 5,
    }
    if smtp.security != "none":
        smtp_keys["ca_file"] = str(smtp.ca_pem_path)
    if smtp.auth:
        smtp_keys["username"] = TEST_USERNAME
        smtp_keys["password_file"] = str(secrets / "smtp.pass")
    text = [
        "[practice]",
        f'name = "{PRACTICE_NAME}"',
        f'address = "{PRACTICE_ADDRESS}"',
        f'staff = ["{STAFF_ADDRESS}"]',
        'timezone = "Europe/Berlin"',
        'language = "de"',
        'region = "BE"',
        "",
        "[mailbox]",
        *_toml_pairs(mailbox_keys),
        "",
        "[smtp]",
        *_toml_pairs(smtp_keys),
        "",
        "[state]",
        f'path = "{root / "state" / "state.db"}"',
        f'attachments_dir = "{root / "state" / "attachments"}"',
        "",
        "[appointments]",
        f"sources = {json.dumps([str(s) for s in sources])}",
    ]
    if schedule:
        text += ["", "[schedule]", *_toml_pairs(schedule)]
    path = root / "praxis-worker.toml"
    path.write_text("\n".join(text) + "\n", encoding="utf-8")
    return path


def _toml_pairs(values: Mapping[str, Any]) -> list[str]:
    # json.dumps writes valid TOML for strings, numbers, booleans and lists of those.
    return [f"{key} = {json.dumps(value)}" for key, value in values.items()]


def make_practice(
    root: Path,
    dovecot: DovecotServer,
    smtp: SmtpTestServer,
    *,
    mailbox: Mapping[str, Any] | None = None,
    schedule: Mapping[str, Any] | None = None,
    now: str | None = None,
) -> Practice:
    if not dovecot.is_running:
        dovecot.start()
    folder = dovecot.fresh_folder()
    dovecot.create_folder(folder)
    config = write_config(
        root, dovecot=dovecot, folder=folder, smtp=smtp, mailbox=mailbox, schedule=schedule
    )
    return Practice(
        root=root,
        config=config,
        dovecot=dovecot,
        folder=folder,
        processed_folder=f"{folder}_Verarbeitet",
        smtp=smtp,
        state_path=root / "state" / "state.db",
        attachments_dir=root / "state" / "attachments",
        default_now=now,
    )


# --- appointments ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Booking:
    external_id: str
    name: str
    email: str
    start: datetime  # practice time
    kind: str = "phone"
    treatment: str = "KG"
    insurance: str = "private"  # GKV patients are treated by video only (since 2022)
    new_patient: bool = False
    video_link: str = ""
    duration: int = 30

    def csv_row(self) -> str:
        return ";".join(
            [
                self.external_id,
                self.name,
                self.email,
                f"{self.start.astimezone(BERLIN):%d.%m.%Y %H:%M}",
                str(self.duration),
                self.kind,
                self.treatment,
                self.insurance,
                "ja" if self.new_patient else "nein",
                self.video_link,
            ]
        )


def write_appointments(path: Path, bookings: Iterable[Booking]) -> Path:
    path.write_text(
        "\n".join([CSV_HEADER, *(b.csv_row() for b in bookings)]) + "\n", encoding="utf-8"
    )
    return path


# --- mail builders -----------------------------------------------------------------------


def new_message_id(domain: str) -> str:
    return f"<{uuid.uuid4().hex[:16]}@{domain}>"


def pdf_bytes(title: str) -> bytes:
    """A minimal valid one-page PDF (right magic bytes, opens in a viewer)."""
    return (
        b"%PDF-1.4\n% " + title.encode("ascii", "replace") + b"\n"
        b"1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
        b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
        b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n"
        b"trailer<</Root 1 0 R>>\n%%EOF\n"
    )


def patient_mail(
    *,
    sender: str,
    subject: str,
    body: str,
    date: datetime,
    message_id: str | None = None,
    in_reply_to: str | None = None,
    headers: Mapping[str, str] | None = None,
    attachments: Sequence[tuple[str, bytes]] = (),
) -> bytes:
    """A mail as a patient's program writes it: text part, optional PDF attachments."""
    domain = sender.rpartition("@")[2].rstrip(">") or "example.org"
    message = EmailMessage()
    message["From"] = sender
    message["To"] = f"{PRACTICE_NAME} <{PRACTICE_ADDRESS}>"
    message["Subject"] = subject
    message["Date"] = format_datetime(date)
    message["Message-ID"] = message_id or new_message_id(domain)
    if in_reply_to:
        message["In-Reply-To"] = in_reply_to
        message["References"] = in_reply_to
    for name, value in (headers or {}).items():
        message[name] = value
    message["User-Agent"] = "Mozilla/5.0 Thunderbird/115.12.0"
    message.set_content(body, cte="8bit")
    for filename, content in attachments:
        message.add_attachment(content, maintype="application", subtype="pdf", filename=filename)
    return message.as_bytes(policy=policy.SMTP)


def out_of_office(*, sender: str, date: datetime) -> bytes:
    return patient_mail(
        sender=sender,
        subject="Automatische Antwort: Ihr Termin",
        body="Ich bin bis zum 30.06. nicht im Büro und lese meine Mails danach.\n",
        date=date,
        headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
    )


def bounce(*, recipient: str, original_message_id: str, date: datetime) -> bytes:
    """A Postfix DSN: our mail to `recipient` failed with 550 5.1.1."""
    boundary = f"bounce-{uuid.uuid4().hex[:8]}"
    return (
        "From: Mail Delivery System <MAILER-DAEMON@mx.praxis-impulse.de>\r\n"
        f"To: {PRACTICE_ADDRESS}\r\nSubject: Undelivered Mail Returned to Sender\r\n"
        f"Date: {format_datetime(date)}\r\n"
        f"Message-ID: {new_message_id('mx.praxis-impulse.de')}\r\n"
        "Auto-Submitted: auto-replied\r\nMIME-Version: 1.0\r\n"
        "Content-Type: multipart/report; report-type=delivery-status;\r\n"
        f' boundary="{boundary}"\r\n\r\n'
        f"--{boundary}\r\nContent-Type: text/plain; charset=us-ascii\r\n\r\n"
        "This is the mail system at host mx.praxis-impulse.de.\r\n\r\n"
        "I'm sorry to have to inform you that your message could not\r\n"
        "be delivered to one or more recipients.\r\n\r\n"
        f"<{recipient}>: host mx.example.org said: 550 5.1.1 User unknown\r\n\r\n"
        f"--{boundary}\r\nContent-Type: message/delivery-status\r\n\r\n"
        "Reporting-MTA: dns; mx.praxis-impulse.de\r\n\r\n"
        f"Final-Recipient: rfc822; {recipient}\r\nAction: failed\r\n"
        "Status: 5.1.1\r\nDiagnostic-Code: smtp; 550 5.1.1 User unknown\r\n\r\n"
        f"--{boundary}\r\nContent-Type: text/rfc822-headers\r\n\r\n"
        f"From: {PRACTICE_NAME} <{PRACTICE_ADDRESS}>\r\nTo: <{recipient}>\r\n"
        f"Subject: Ihr Telefontermin\r\nMessage-ID: {original_message_id}\r\n\r\n"
        f"--{boundary}--\r\n"
    ).encode("ascii")


def message_id_of(raw: bytes) -> str:
    return str(message_from_bytes(raw, policy=policy.default)["Message-ID"]).strip()


def received_by_message_id(messages: Iterable[ReceivedMessage]) -> dict[str, list[EmailMessage]]:
    found: dict[str, list[EmailMessage]] = {}
    for received in messages:
        parsed = received.message
        found.setdefault(str(parsed["Message-ID"]).strip(), []).append(parsed)
    return found


def body_text(message: EmailMessage) -> str:
    part = message.get_body(preferencelist=("plain",))
    return part.get_content() if part is not None else ""


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")
