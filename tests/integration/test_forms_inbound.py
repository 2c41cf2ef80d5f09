"""Incoming forms through `run --once` on Dovecot (issue 17, "Forms").

A new patient sends her consent as a PDF her mail program declared
application/octet-stream ("consent.pdf") and pastes a phone photo of the Anamnesebogen
into the text (inline, cid:) beside a small signature logo. Both forms are filed, the
logo is not, the files are readable by the service user only, and the mail needs nobody.
"""

from __future__ import annotations

import stat
from datetime import datetime
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

import pytest

from tests.fixtures.dovecot import DovecotServer
from tests.fixtures.smtpd import SmtpTestServer
from tests.integration.helpers import (
    BERLIN,
    PRACTICE_ADDRESS,
    Booking,
    Practice,
    make_practice,
    message_id_of,
    pdf_bytes,
    write_appointments,
)

pytestmark = pytest.mark.integration

NOW = datetime(2026, 6, 16, 10, 0, tzinfo=BERLIN)
WAGNER = Booking(
    "F-01", "Sophie Wagner", "sophie.wagner@gmail.com", datetime(2026, 6, 22, 16, tzinfo=BERLIN),
    new_patient=True,
)  # fmt: skip
PHOTO = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(256)) * 400  # ~100 KB phone photo
LOGO = b"\x89PNG\r\n\x1a\n" + bytes(2_000)  # a signature logo


def forms_mail() -> bytes:
    message = EmailMessage()
    message["From"] = f"Sophie Wagner <{WAGNER.email}>"
    message["To"] = PRACTICE_ADDRESS
    message["Subject"] = "Unterlagen"
    message["Date"] = format_datetime(datetime(2026, 6, 16, 9, 12, tzinfo=BERLIN))
    message["Message-ID"] = "<forms-inline-1@gmail.com>"
    text = "Hallo, anbei die Einwilligung und das Foto vom Anamnesebogen. Viele Grüße"
    message.set_content(text)
    message.add_alternative(
        f'<p>{text}</p><img src="cid:form-photo@gmail"><br><img src="cid:logo@gmail">',
        subtype="html",
    )
    html = message.get_payload()[1]
    for data, subtype, cid in ((PHOTO, "jpeg", "form-photo"), (LOGO, "png", "logo")):
        html.add_related(
            data, maintype="image", subtype=subtype, cid=f"<{cid}@gmail>", disposition="inline"
        )
    message.add_attachment(
        pdf_bytes("Consent"), maintype="application", subtype="octet-stream",
        filename="consent.pdf",
    )  # fmt: skip
    return message.as_bytes(policy=policy.SMTP)


def test_octet_stream_pdf_and_inline_form_photo_are_filed_owner_only(
    tmp_path: Path, running_dovecot: DovecotServer, smtp: SmtpTestServer
) -> None:
    practice: Practice = make_practice(tmp_path, running_dovecot, smtp, now=NOW.isoformat())
    practice.ok("appointments", "import", str(write_appointments(tmp_path / "t.csv", [WAGNER])))
    raw = forms_mail()
    assert raw.count(b"Content-Disposition: inline") == 2
    assert b"Content-Type: application/octet-stream" in raw
    practice.append(raw)

    practice.run_once()

    [wagner] = practice.json("patients", "list")
    assert set(wagner["forms_received"]) == {"anamnese", "einwilligung_tele"}
    assert wagner["forms_missing"] == ["datenschutz"]
    files = sorted(Path(d["file"]) for d in wagner["documents"])
    contents = sorted(f.read_bytes()[:4] for f in files)
    assert contents == [b"%PDF", b"\xff\xd8\xff\xe0"]  # the logo is not filed
    for path in files:
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
        assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700, path.parent
        assert path.stat().st_uid == path.parent.stat().st_uid
    assert practice.json("review", "list") == []
    assert practice.message_ids(practice.processed_folder) == [message_id_of(raw)]
