"""The forms request through `run --once` with the blank forms attached or linked (issue 15).

By the practice's patient information a new patient sends every form, the video privacy
information too when they are treated by video; an existing video patient only the video
privacy information. The request carries the blank forms configured in [forms.files] as
MIME attachments (filename and content type as configured), links [forms.links] where
there is no file or the file cannot be read, and says which form is filled in and which
only signed. Real aiosmtpd (STARTTLS + AUTH) and Dovecot from the fixtures.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from email.message import EmailMessage
from pathlib import Path

import pytest

from tests.fixtures.dovecot import DovecotServer
from tests.fixtures.smtpd import SmtpTestServer
from tests.integration.helpers import (
    BERLIN,
    Booking,
    Practice,
    body_text,
    make_practice,
    pdf_bytes,
    write_appointments,
)

pytestmark = pytest.mark.integration

NOW = datetime(2026, 6, 16, 10, 0, tzinfo=BERLIN)  # Tuesday morning
LINK = "https://video.redmedical.de/#/join?code=K7Q2-9XDA"
EINWILLIGUNG_URL = "https://praxis-impulse.de/formulare/einwilligung-telebehandlung.pdf"
DATENSCHUTZ_URL = "https://praxis-impulse.de/formulare/datenschutzerklaerung.pdf"

BOOKINGS = [
    Booking("F-01", "Sophie Wagner", "sophie.wagner@gmail.com", datetime(2026, 6, 19, 16, 0,
            tzinfo=BERLIN), "video", new_patient=True, video_link=LINK),
    Booking("F-02", "Anna Schmidt", "anna.schmidt@web.de", datetime(2026, 6, 19, 9, 0,
            tzinfo=BERLIN), "video", video_link=LINK.replace("K7Q2", "M3ZT")),
    Booking("F-03", "Max Neumann", "max.neumann@posteo.de", datetime(2026, 6, 19, 11, 0,
            tzinfo=BERLIN), "phone", new_patient=True),
    Booking("F-04", "Jürgen Weiß", "j.weiss@gmx.de", datetime(2026, 6, 19, 10, 0,
            tzinfo=BERLIN), "phone"),
]  # fmt: skip


@pytest.fixture
def practice(
    tmp_path: Path,
    dovecot: DovecotServer,
    smtp_server_factory: Callable[..., SmtpTestServer],
) -> Practice:
    smtp = smtp_server_factory(security="starttls", auth=True)
    practice = make_practice(tmp_path, dovecot, smtp, now=NOW.isoformat())
    forms = tmp_path / "formulare"
    forms.mkdir()
    (forms / "Anamnesebogen.pdf").write_bytes(pdf_bytes("Anamnesebogen"))
    (forms / "Datenschutz Video.pdf").write_bytes(pdf_bytes("Datenschutzinformation Video"))
    (forms / "Einwilligung.docx").write_bytes(b"PK\x03\x04 blank consent form")
    text = practice.config.read_text(encoding="utf-8")
    text = text.replace(
        'region = "BE"\n',
        'region = "BE"\nphone = "030 1234567"\npostal_address = "Musterstraße 12, 10115 Berlin"\n',
    )
    text += (
        "\n[forms.files]\n"
        'anamnese = "formulare/Anamnesebogen.pdf"\n'
        'datenschutz = "formulare/fehlt.pdf"\n'  # missing: its link stands in
        'datenschutz_video = "formulare/Datenschutz Video.pdf"\n'
        "\n[forms.links]\n"
        f'datenschutz = "{DATENSCHUTZ_URL}"\n'
        f'einwilligung_tele = "{EINWILLIGUNG_URL}"\n'
    )
    practice.config.write_text(text, encoding="utf-8")
    practice.ok("appointments", "import", str(write_appointments(tmp_path / "t.csv", BOOKINGS)))
    return practice


def forms_requests(practice: Practice) -> dict[str, EmailMessage]:
    found = {}
    for received in practice.smtp.messages:
        message = received.message
        if str(message["Subject"]).startswith("Unterlagen für Ihren Termin"):
            found[received.rcpt_tos[0]] = message
    return found


def attachments(message: EmailMessage) -> list[tuple[str | None, str, object]]:
    return [
        (part.get_filename(), part.get_content_type(), part.get_payload(decode=True))
        for part in message.iter_attachments()
    ]


def test_forms_request_carries_the_blank_forms(practice: Practice, tmp_path: Path) -> None:
    practice.run_once()
    requests = forms_requests(practice)
    # the existing phone patient owes nothing; everyone else gets one request
    assert sorted(requests) == [
        "anna.schmidt@web.de",
        "max.neumann@posteo.de",
        "sophie.wagner@gmail.com",
    ]

    new_video = requests["sophie.wagner@gmail.com"]
    assert new_video.is_multipart()
    assert attachments(new_video) == [
        ("Anamnesebogen.pdf", "application/pdf", pdf_bytes("Anamnesebogen")),
        (
            "Datenschutz Video.pdf",
            "application/pdf",
            pdf_bytes("Datenschutzinformation Video"),
        ),
    ]
    text = body_text(new_video).replace("\r\n", "\n")
    flat = " ".join(text.split())
    # all four forms, in policy order, each with what to do and where it is
    assert (
        "- Anamnesebogen: bitte ausfüllen und unterschreiben\n"
        "  (im Anhang: Anamnesebogen.pdf)\n"
        "- Datenschutzerklärung: bitte lesen und unterschreiben\n"
        f"  (zum Herunterladen: {DATENSCHUTZ_URL})\n"
        "- Einwilligung zur Telebehandlung: bitte lesen und unterschreiben\n"
        f"  (zum Herunterladen: {EINWILLIGUNG_URL})\n"
        "- Datenschutzinformation Videobehandlung: bitte lesen und unterschreiben\n"
        "  (im Anhang: Datenschutz Video.pdf)\n"
    ) in text
    assert "Vordruck fehlt" not in flat
    assert "\n-- \nPraxis Impulse\nMusterstraße 12, 10115 Berlin\nTelefon: 030 1234567\n" in text

    existing_video = requests["anna.schmidt@web.de"]
    assert attachments(existing_video) == [
        (
            "Datenschutz Video.pdf",
            "application/pdf",
            pdf_bytes("Datenschutzinformation Video"),
        ),
    ]
    text = body_text(existing_video).replace("\r\n", "\n")
    assert "folgende Unterlage:" in text
    assert "Anamnesebogen" not in text
    assert "Datenschutzerklärung" not in text

    new_phone = requests["max.neumann@posteo.de"]
    assert [a[0] for a in attachments(new_phone)] == ["Anamnesebogen.pdf"]
    text = body_text(new_phone).replace("\r\n", "\n")
    assert "Datenschutzinformation Videobehandlung" not in text
    assert "Einwilligung zur Telebehandlung" in text

    # a second cycle sends nothing again
    count = len(practice.smtp.messages)
    practice.run_once()
    assert len(practice.smtp.messages) == count


def test_a_form_without_file_or_link_is_named_and_offered(
    practice: Practice, tmp_path: Path
) -> None:
    text = practice.config.read_text(encoding="utf-8")
    text = text.replace(f'datenschutz = "{DATENSCHUTZ_URL}"\n', "")
    text = text.replace(
        'anamnese = "formulare/Anamnesebogen.pdf"\n',
        'anamnese = "formulare/Anamnesebogen.pdf"\neinwilligung_tele = "formulare/Einwilligung.docx"\n',
    )
    practice.config.write_text(text, encoding="utf-8")
    check = practice.cli("check")
    assert check.code == 1
    assert "FAIL  forms.files.datenschutz: cannot read" in check.out
    assert "until fixed, the request only names the form" in check.out
    practice.run_once()
    new_phone = forms_requests(practice)["max.neumann@posteo.de"]
    assert attachments(new_phone) == [
        ("Anamnesebogen.pdf", "application/pdf", pdf_bytes("Anamnesebogen")),
        (
            "Einwilligung.docx",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            b"PK\x03\x04 blank consent form",
        ),
    ]
    text = body_text(new_phone).replace("\r\n", "\n")
    assert "- Datenschutzerklärung: bitte lesen und unterschreiben\n- Einwilligung" in text
    assert "Falls Ihnen ein Vordruck fehlt" in " ".join(text.split())


def test_a_missing_blank_form_reaches_staff_once_and_the_request_still_goes(
    practice: Practice, tmp_path: Path
) -> None:
    """[forms.files] datenschutz names a file that is not there: the forms requests go
    out with the forms that exist and the link instead, staff get one review item naming
    the file (not one per mail or cycle), and `check` keeps failing until it is there."""
    practice.run_once()
    requests = forms_requests(practice)
    assert attachments(requests["max.neumann@posteo.de"])[0][0] == "Anamnesebogen.pdf"
    assert DATENSCHUTZ_URL in body_text(requests["max.neumann@posteo.de"])
    missing = str(tmp_path / "formulare" / "fehlt.pdf")

    def items() -> list[dict[str, object]]:
        return [i for i in practice.json("review", "list") if "fehlt.pdf" in str(i["reason"])]

    (item,) = items()
    reason = str(item["reason"])
    assert reason.startswith('Vordruck "Datenschutzerklärung" (datenschutz) fehlt: [forms.files]')
    assert missing in reason
    assert f"sie verlinken stattdessen {DATENSCHUTZ_URL}" in reason
    assert item["kind"] == "alert"
    # a later cycle and a later forms request add no second item
    practice.run_once(now=datetime(2026, 6, 17, 10, 0, tzinfo=BERLIN).isoformat())
    practice.ok("appointments", "add", "--name", "Ida Neu", "--email", "ida@web.de", "--start",
                "2026-06-22 10:00", "--kind", "phone", "--treatment", "KG", "--insurance",
                "private", "--new-patient")  # fmt: skip
    practice.run_once(now=datetime(2026, 6, 17, 11, 0, tzinfo=BERLIN).isoformat())
    assert "ida@web.de" in forms_requests(practice)
    assert len(items()) == 1
    check = practice.cli("check")
    assert check.code == 1
    assert "FAIL  forms.files.datenschutz: cannot read" in check.out
    # once the file is there, the next request attaches it; the item stays for staff to close
    (tmp_path / "formulare" / "fehlt.pdf").write_bytes(pdf_bytes("Datenschutzerklärung"))
    assert f"ok    forms.files.datenschutz: {missing} readable" in practice.cli("check").out
