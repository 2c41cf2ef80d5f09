"""parse_mail: raw bytes -> InboundMail or Quarantine, on realistic and hostile mail."""

from __future__ import annotations

import base64
import io
import struct
import zipfile
from datetime import datetime
from email.message import EmailMessage
from zoneinfo import ZoneInfo

import pytest

from rules.addresses import address_or_none
from rules.file_types import sanitise_filename, sniff_type
from rules.mime_limits import MailLimits
from rules.models import InboundMail, Quarantine
from rules.parsing import parse_mail

BERLIN = ZoneInfo("Europe/Berlin")
NOW = datetime(2020, 4, 7, 9, 0, tzinfo=BERLIN)

PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj << >> endobj\ntrailer\n%%EOF\n"
JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01" + b"\x00" * 64
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + b"\x00" * 32
HEIC = b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic" + b"\x00" * 32


def parsed(raw: bytes, **kwargs: object) -> InboundMail:
    result = parse_mail(raw, received_at=NOW, **kwargs)  # type: ignore[arg-type]
    assert isinstance(result, InboundMail), result
    return result


def build(
    body: str = "Die Behandlung am 6.4. hat stattgefunden.",
    *,
    sender: str = "Erika Beispiel <erika.beispiel@web.de>",
    subject: str = "Re: Ihr Termin",
    headers: dict[str, str] | None = None,
    attachments: list[tuple[bytes, str, str, str]] = (),  # type: ignore[assignment]
    html: str | None = None,
) -> bytes:
    message = EmailMessage()
    message["From"] = sender
    message["To"] = "termine@praxis-impulse.de"
    message["Subject"] = subject
    message["Date"] = "Tue, 07 Apr 2020 08:15:00 +0200"
    message["Message-ID"] = "<abc123@web.de>"
    for name, value in (headers or {}).items():
        message[name] = value
    message.set_content(body)
    if html is not None:
        message.add_alternative(html, subtype="html")
    for payload, maintype, subtype, filename in attachments:
        message.add_attachment(payload, maintype=maintype, subtype=subtype, filename=filename)
    return message.as_bytes()


# --- headers and identity ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("from_value", "sender", "name"),
    [
        pytest.param(
            "Erika Beispiel <Erika.Beispiel@Web.DE>",
            "erika.beispiel@web.de",
            "Erika Beispiel",
            id="lower-cased",
        ),
        pytest.param(
            "=?utf-8?q?J=C3=BCrgen_M=C3=BCller?= <juergen@gmx.de>",
            "juergen@gmx.de",
            "Jürgen Müller",
            id="rfc2047-name",
        ),
        pytest.param(
            "Dr. Hans Beispiel <hans@t-online.de>",
            "hans@t-online.de",
            "Dr. Hans Beispiel",
            id="obsolete-period-in-name-ok",
        ),
        pytest.param(
            '"erika@web.de" <x@evil.io>',
            "x@evil.io",
            "erika@web.de",
            id="spoofed-display-name-identity-is-addr-spec",
        ),
        pytest.param("x@evil.io (erika@web.de)", "x@evil.io", "", id="comment-holding-address"),
        pytest.param("erika@web.de <x@evil.io>", None, "", id="unquoted-address-as-name"),
        pytest.param(
            "alice@example.org(<bob@example.org>", None, "", id="cve-2023-27043-unbalanced-comment"
        ),
        pytest.param("Anna <anna@web.de", None, "Anna", id="unbalanced-angle"),
        pytest.param("a@web.de, b@web.de", None, "", id="two-addresses"),
        pytest.param("MAILER-DAEMON", None, "", id="no-domain"),
        pytest.param("<>", None, "", id="null-address"),
        pytest.param("=?utf-8?q?a=0Ab?= <a@web.de>", None, "a b", id="crlf-in-encoded-name"),
        pytest.param("user@localhost", None, "", id="invalid-domain"),
        pytest.param("Ünal <ünal@münchen.de>", "ünal@xn--mnchen-3ya.de", "Ünal", id="idn-domain"),
    ],
)
def test_sender_is_normalised_addr_spec(from_value: str, sender: str | None, name: str) -> None:
    raw = b"From: " + from_value.encode() + b"\r\nSubject: x\r\n\r\nJa\r\n"
    mail = parsed(raw)
    assert mail.sender == (sender if sender is None else address_or_none(sender))
    assert mail.sender_name == name


def test_two_from_headers_give_no_sender() -> None:
    raw = b"From: a@web.de\r\nFrom: b@web.de\r\nSubject: x\r\n\r\nJa\r\n"
    assert parsed(raw).sender is None


def test_missing_from_gives_no_sender() -> None:
    assert parsed(b"Subject: x\r\n\r\nJa\r\n").sender is None


@pytest.mark.parametrize(
    ("subject_header", "subject"),
    [
        pytest.param(
            "=?UTF-8?B?QmVzdMOkdGlndW5nIFRlcm1pbg==?=", "Bestätigung Termin", id="rfc2047-b"
        ),
        pytest.param(
            "=?iso-8859-1?q?Best=E4tigung?= =?utf-8?q?_M=C3=BCller?=",
            "Bestätigung Müller",
            id="mixed-charsets",
        ),
        pytest.param("=?utf-8?q?Zeile1=0D=0AZeile2?=", "Zeile1 Zeile2", id="encoded-crlf-stripped"),
        pytest.param("=?utf-8?q?a=00b=E2=80=AEc?=", "abc", id="nul-and-bidi-stripped"),
        pytest.param("=?x-unknown?q?Termin?=", "Termin", id="unknown-charset-word"),
        pytest.param("Re: Termin\r\n am 6.4.", "Re: Termin am 6.4.", id="folded"),
    ],
)
def test_subject_decoded_and_cleaned(subject_header: str, subject: str) -> None:
    raw = b"From: a@web.de\r\nSubject: " + subject_header.encode() + b"\r\n\r\nJa\r\n"
    assert parsed(raw).subject == subject


@pytest.mark.parametrize(
    ("date_header", "expected"),
    [
        pytest.param(
            "Mon, 06 Apr 2020 10:15:00 +0200",
            datetime(2020, 4, 6, 10, 15, tzinfo=BERLIN),
            id="valid",
        ),
        pytest.param(
            "Mon, 06 Apr 2020 08:15:00 -0000",
            datetime(2020, 4, 6, 10, 15, tzinfo=BERLIN),
            id="minus-zero-is-utc",
        ),
        pytest.param("gestern irgendwann", NOW, id="garbage-uses-received-at"),
        pytest.param("Mon, 06 Apr 2099 10:15:00 +0200", NOW, id="future-uses-received-at"),
        pytest.param(None, NOW, id="missing-uses-received-at"),
    ],
)
def test_date(date_header: str | None, expected: datetime) -> None:
    raw = b"From: a@web.de\r\n"
    if date_header:
        raw += b"Date: " + date_header.encode() + b"\r\n"
    mail = parsed(raw + b"\r\nJa\r\n")
    assert mail.date == expected
    assert mail.date.tzinfo is not None


def test_ids_reply_to_and_headers() -> None:
    raw = build(
        headers={
            "In-Reply-To": "<pw-1f2e@praxis-impulse.de>",
            "References": "<x@a.de> <pw-1f2e@praxis-impulse.de>",
            "Reply-To": "Other <Other@GMX.de>, broken",
        }
    ).replace(b"Message-ID:", b"X-Weird: =?utf-8?q?a=0Db?=\nMessage-ID:")
    mail = parsed(raw)
    assert mail.message_id == "<abc123@web.de>"
    assert mail.in_reply_to == "<pw-1f2e@praxis-impulse.de>"
    assert mail.references == ("<x@a.de>", "<pw-1f2e@praxis-impulse.de>")
    assert mail.reply_to == ("other@gmx.de",)
    assert ("x-weird", "a b") in mail.headers
    assert mail.headers[0] == ("from", "Erika Beispiel <erika.beispiel@web.de>")


def test_sha256_is_of_raw_bytes() -> None:
    import hashlib

    raw = build()
    assert parsed(raw).sha256 == hashlib.sha256(raw).hexdigest()


# --- bodies --------------------------------------------------------------------------------


def test_plain_text_with_quote_split() -> None:
    body = "Ja, hat stattgefunden.\n\n> Am 06.04.2020 um 10:15 schrieb Praxis:\n> Termin 9.4.\n"
    mail = parsed(build(body))
    assert mail.own_text == "Ja, hat stattgefunden."
    assert "Termin 9.4." in mail.cut_text
    assert "Termin 9.4." in mail.text
    assert not mail.html_only


def test_plain_preferred_over_html() -> None:
    mail = parsed(build("Plain Ja", html="<p>HTML Ja</p>"))
    assert mail.text.strip() == "Plain Ja"
    assert not mail.html_only


def test_html_only_converted_without_remote_content() -> None:
    message = EmailMessage()
    message["From"] = "a@web.de"
    message.set_content(
        "<html><head><style>p{color:red}</style><script>alert(1)</script></head>"
        "<body><p>Die Behandlung am <b>6.4.</b> hat stattgefunden.</p>"
        '<img src="http://tracker.example/pixel.gif"><blockquote>alt</blockquote></body></html>',
        subtype="html",
    )
    mail = parsed(message.as_bytes())
    assert mail.html_only
    assert "Die Behandlung am 6.4. hat stattgefunden." in mail.text
    assert "alert" not in mail.text
    assert "color" not in mail.text


@pytest.mark.parametrize(
    ("charset", "payload", "text", "defect"),
    [
        pytest.param("utf-8", "Grüße".encode(), "Grüße", None, id="utf-8"),
        pytest.param("iso-8859-1", "Grüße".encode("latin-1"), "Grüße", None, id="latin-1"),
        pytest.param(
            "x-unknown-foo", "Grüße".encode(), "Grüße", "UnknownCharset", id="unknown-charset"
        ),
        pytest.param(
            "utf-8",
            "Grüße am 6.4.".encode("cp1252"),
            "Grüße am 6.4.",
            "Cp1252Fallback",
            id="cp1252-declared-utf8",
        ),
        pytest.param(
            "base64", b"R3J1ZXNzZQ==", "R3J1ZXNzZQ==", "UnknownCharset", id="non-text-codec"
        ),
        pytest.param(None, "Grüße".encode(), "Grüße", None, id="undeclared-8bit"),
    ],
)
def test_charsets(charset: str | None, payload: bytes, text: str, defect: str | None) -> None:
    content_type = b"text/plain" + (b"; charset=" + charset.encode() if charset else b"")
    raw = (
        b"From: a@web.de\r\nMIME-Version: 1.0\r\nContent-Type: "
        + content_type
        + b"\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
        + payload
        + b"\r\n"
    )
    mail = parsed(raw)
    assert mail.text.strip() == text
    assert any(defect in d for d in mail.defects) if defect else not mail.defects


def test_apple_mail_inline_parts_are_joined() -> None:
    raw = (
        b"From: a@web.de\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=B\r\n\r\n"
        b"--B\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nErster Teil\r\n"
        b"--B\r\nContent-Type: image/jpeg; name=IMG_0001.jpeg\r\n"
        b"Content-Disposition: inline; filename=IMG_0001.jpeg\r\n"
        b"Content-Transfer-Encoding: base64\r\n\r\n" + base64.b64encode(JPEG) + b"\r\n"
        b"--B\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nZweiter Teil\r\n--B--\r\n"
    )
    mail = parsed(raw)
    assert "Erster Teil" in mail.text
    assert "Zweiter Teil" in mail.text
    assert [a.sniffed_type for a in mail.attachments] == ["jpeg"]


def test_multipart_without_boundary_records_defect() -> None:
    raw = b"From: a@web.de\r\nContent-Type: multipart/mixed\r\n\r\nJa\r\n"
    mail = parsed(raw)
    assert any("NoBoundaryInMultipartDefect" in d for d in mail.defects)


def test_unterminated_multipart_records_defect() -> None:
    raw = (
        b"From: a@web.de\r\nContent-Type: multipart/mixed; boundary=B\r\n\r\n"
        b"--B\r\nContent-Type: text/plain\r\n\r\nJa, hat stattgefunden\r\n"
    )
    mail = parsed(raw)
    assert "Ja, hat stattgefunden" in mail.text
    assert any("CloseBoundaryNotFoundDefect" in d for d in mail.defects)


# --- attachments ---------------------------------------------------------------------------


def make_zip(names: list[str], *, first_stored: tuple[str, bytes] | None = None) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        if first_stored:
            archive.writestr(first_stored[0], first_stored[1], compress_type=zipfile.ZIP_STORED)
        for name in names:
            archive.writestr(name, "x")
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("payload", "sniffed"),
    [
        pytest.param(PDF, "pdf", id="pdf"),
        pytest.param(b"\r\n\r\n" + PDF, "pdf", id="pdf-after-junk"),
        pytest.param(JPEG, "jpeg", id="jpeg"),
        pytest.param(PNG, "png", id="png"),
        pytest.param(HEIC, "heic", id="heic"),
        pytest.param(b"GIF89a" + b"\x00" * 20, "gif", id="gif"),
        pytest.param(b"II*\x00" + b"\x00" * 20, "tiff", id="tiff"),
        pytest.param(make_zip(["[Content_Types].xml", "word/document.xml"]), "docx", id="docx"),
        pytest.param(make_zip(["[Content_Types].xml", "xl/workbook.xml"]), "xlsx", id="xlsx"),
        pytest.param(
            make_zip(
                ["content.xml"],
                first_stored=("mimetype", b"application/vnd.oasis.opendocument.text"),
            ),
            "odt",
            id="odt",
        ),
        pytest.param(make_zip(["a.txt"]), "zip", id="zip"),
        pytest.param(b"PK\x03\x04garbage", "zip", id="broken-zip"),
        pytest.param(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, "doc", id="ole-doc"),
        pytest.param(b"MZ\x90\x00" + b"\x00" * 60, "exe", id="exe"),
        pytest.param(b"<!DOCTYPE html><html></html>", "html", id="html-posing-as-pdf"),
        pytest.param(b"just text", None, id="unknown"),
        pytest.param(b"", None, id="empty"),
    ],
)
def test_sniff_type(payload: bytes, sniffed: str | None) -> None:
    assert sniff_type(payload) == sniffed


@pytest.mark.parametrize(
    ("filename", "expected"),
    [
        pytest.param("Anamnesebogen.pdf", "Anamnesebogen.pdf", id="plain"),
        pytest.param("../../etc/passwd", "passwd", id="path-traversal"),
        pytest.param("..\\..\\windows\\win.ini", "win.ini", id="windows-traversal"),
        pytest.param("/etc/shadow", "shadow", id="absolute"),
        pytest.param("rechnung\u202efdp.exe", "rechnungfdp.exe", id="rtl-override"),
        pytest.param("a\x00b.pdf", "ab.pdf", id="nul"),
        pytest.param("CON.pdf", "_CON.pdf", id="windows-reserved"),
        pytest.param("..", "attachment-3.pdf", id="dots-only"),
        pytest.param(None, "attachment-3.pdf", id="missing"),
        pytest.param("a" * 300 + ".pdf", "a" * 116 + ".pdf", id="300-chars"),
        pytest.param('form:"x"?.pdf', "form__x__.pdf", id="reserved-chars"),
    ],
)
def test_sanitise_filename(filename: str | None, expected: str) -> None:
    assert sanitise_filename(filename, index=3, sniffed_type="pdf") == expected


def test_attachments_decoded_with_hash_and_types() -> None:
    import hashlib

    raw = build(
        attachments=[
            (PDF, "application", "pdf", "Anamnesebogen Müller.pdf"),
            (HEIC, "image", "heic", "IMG_4711.HEIC"),
            (b"<html>not a pdf</html>", "application", "pdf", "Einwilligung.pdf"),
        ]
    )
    mail = parsed(raw)
    assert [(a.index, a.filename, a.declared_type, a.sniffed_type) for a in mail.attachments] == [
        (0, "Anamnesebogen Müller.pdf", "application/pdf", "pdf"),
        (1, "IMG_4711.HEIC", "image/heic", "heic"),
        (2, "Einwilligung.pdf", "application/pdf", "html"),
    ]
    first = mail.attachments[0]
    assert first.payload == PDF
    assert first.size == len(PDF)
    assert first.sha256 == hashlib.sha256(PDF).hexdigest()
    assert mail.own_text == "Die Behandlung am 6.4. hat stattgefunden."


@pytest.mark.parametrize(
    ("disposition", "expected"),
    [
        pytest.param(b'attachment; filename="../../etc/passwd"', "passwd", id="traversal"),
        pytest.param(b"attachment; filename*=utf-8''..%2Fx%00.pdf", "x.pdf", id="rfc2231-encoded"),
        pytest.param(
            b"attachment; filename*=utf-8''%E2%80%AEfdp.exe", "fdp.exe", id="rfc2231-bidi"
        ),
        pytest.param(
            b'attachment; filename="=?utf-8?q?Bogen_M=C3=BCller.pdf?="',
            "Bogen Müller.pdf",
            id="rfc2047-in-quotes",
        ),
    ],
)
def test_hostile_filenames(disposition: bytes, expected: str) -> None:
    raw = (
        b"From: a@web.de\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=B\r\n\r\n"
        b"--B\r\nContent-Type: text/plain\r\n\r\nanbei\r\n"
        b"--B\r\nContent-Type: application/pdf\r\nContent-Disposition: "
        + disposition
        + b"\r\nContent-Transfer-Encoding: base64\r\n\r\n"
        + base64.b64encode(PDF)
        + b"\r\n--B--\r\n"
    )
    mail = parsed(raw)
    (attachment,) = mail.attachments
    assert attachment.filename == expected
    assert "/" not in attachment.filename
    # No mail program writes such names: the mail goes to a person (defects -> staff).
    tampered = "Bogen" not in expected
    assert any(d.startswith("SuspiciousFileName") for d in mail.defects) is tampered


def test_invalid_base64_is_a_defect() -> None:
    raw = (
        b"From: a@web.de\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=B\r\n\r\n"
        b"--B\r\nContent-Type: text/plain\r\n\r\nanbei\r\n"
        b"--B\r\nContent-Type: application/pdf\r\n"
        b"Content-Disposition: attachment; filename=a.pdf\r\n"
        b"Content-Transfer-Encoding: base64\r\n\r\nJVBERi0x!!!@@@zzz\r\n--B--\r\n"
    )
    mail = parsed(raw)
    assert any(d.startswith("InvalidBase64") for d in mail.defects)
    assert len(mail.attachments) == 1


def test_attachment_over_cap_is_dropped_before_decoding() -> None:
    raw = build(attachments=[(PDF + b"x" * 5000, "application", "pdf", "big.pdf")])
    mail = parsed(raw, limits=MailLimits(max_attachment_bytes=1000))
    assert mail.attachments == ()
    assert any(d.startswith("AttachmentTooLarge") for d in mail.defects)


def test_forwarded_message_attachments_count_but_not_its_text() -> None:
    inner = EmailMessage()
    inner["From"] = "mann@web.de"
    inner["Subject"] = "Formulare"
    inner.set_content("Behandlung am 1.4. hat stattgefunden")
    inner.add_attachment(PDF, maintype="application", subtype="pdf", filename="Anamnese.pdf")
    outer = EmailMessage()
    outer["From"] = "frau@web.de"
    outer.set_content("Anbei die Formulare meines Mannes.")
    outer.add_attachment(inner)
    mail = parsed(outer.as_bytes())
    assert "1.4." not in mail.text
    assert [a.filename for a in mail.attachments] == ["Anamnese.pdf"]


def tnef_object(level: int, name: int, kind: int, data: bytes) -> bytes:
    checksum = sum(data) & 0xFFFF
    return struct.pack("<BHHI", level, name, kind, len(data)) + data + struct.pack("<H", checksum)


def make_tnef(files: list[tuple[bytes, bytes]]) -> bytes:
    tnef = struct.pack("<IH", 0x223E9F78, 1)
    tnef += tnef_object(1, 0x9006, 0x0008, struct.pack("<I", 0x10000))
    for name, data in files:
        tnef += tnef_object(2, 0x9002, 0x0006, b"\x00" * 14)
        tnef += tnef_object(2, 0x8010, 0x0001, name + b"\x00")
        tnef += tnef_object(2, 0x800F, 0x0006, data)
    return tnef


def test_tnef_winmail_dat_is_unpacked() -> None:
    winmail = make_tnef([(b"Anamnese.pdf", PDF), (b"Scan.jpg", JPEG)])
    mail = parsed(build(attachments=[(winmail, "application", "ms-tnef", "winmail.dat")]))
    assert [(a.filename, a.sniffed_type) for a in mail.attachments] == [
        ("Anamnese.pdf", "pdf"),
        ("Scan.jpg", "jpeg"),
    ]


def test_broken_tnef_kept_as_attachment() -> None:
    winmail = b"\x78\x9f\x3e\x22" + b"\xff" * 40
    mail = parsed(build(attachments=[(winmail, "application", "ms-tnef", "winmail.dat")]))
    assert [a.filename for a in mail.attachments] == ["winmail.dat"]
    assert any(d.startswith("TnefUnreadable") for d in mail.defects)


# --- delivery status notifications ---------------------------------------------------------

DSN = (
    b"From: Mail Delivery System <MAILER-DAEMON@mx.web.de>\r\n"
    b"To: termine@praxis-impulse.de\r\nSubject: Undelivered Mail Returned to Sender\r\n"
    b"Date: Tue, 07 Apr 2020 08:00:00 +0200\r\nMIME-Version: 1.0\r\n"
    b'Content-Type: multipart/report; report-type=delivery-status; boundary="R"\r\n\r\n'
    b"--R\r\nContent-Type: text/plain\r\n\r\nI'm sorry to have to inform you that your message"
    b" could not be delivered.\r\n\r\n"
    b"--R\r\nContent-Type: message/delivery-status\r\n\r\n"
    b"Reporting-MTA: dns; mx.web.de\r\nArrival-Date: Tue, 7 Apr 2020 08:00:00 +0200\r\n\r\n"
    b"Final-Recipient: rfc822; Erika.Beispiel@web.de\r\n"
    b"Original-Recipient: rfc822;erika.beispiel@web.de\r\n"
    b"Action: failed\r\nStatus: 5.1.1\r\nDiagnostic-Code: smtp; 550 5.1.1 user unknown\r\n\r\n"
    b"Final-Recipient: rfc822; slow@gmx.de\r\nAction: delayed\r\nStatus: 4.4.1\r\n\r\n"
    b"--R\r\nContent-Type: message/rfc822\r\n\r\n"
    b"From: termine@praxis-impulse.de\r\nTo: erika.beispiel@web.de\r\n"
    b"Message-ID: <pw-0a1b2c@praxis-impulse.de>\r\nIn-Reply-To: <abc@web.de>\r\n"
    b"Subject: Ihr Termin\r\n\r\nIhr Termin am 9.4.\r\n--R--\r\n"
)


def test_dsn_fields_and_returned_ids() -> None:
    mail = parsed(DSN)
    assert mail.delivery_status == (
        ("final-recipient", "rfc822; Erika.Beispiel@web.de"),
        ("original-recipient", "rfc822;erika.beispiel@web.de"),
        ("action", "failed"),
        ("status", "5.1.1"),
        ("final-recipient", "rfc822; slow@gmx.de"),
        ("action", "delayed"),
        ("status", "4.4.1"),
    )
    assert mail.returned_message_ids == ("<pw-0a1b2c@praxis-impulse.de>", "<abc@web.de>")
    assert "Ihr Termin am 9.4." not in mail.text
    assert mail.attachments == ()


def test_dsn_with_rfc822_headers_part() -> None:
    raw = DSN.replace(
        b"Content-Type: message/rfc822\r\n\r\n", b"Content-Type: text/rfc822-headers\r\n\r\n"
    )
    assert parsed(raw).returned_message_ids == (
        "<pw-0a1b2c@praxis-impulse.de>",
        "<abc@web.de>",
    )


# --- limits and hostile input --------------------------------------------------------------


def nested_multiparts(depth: int) -> bytes:
    head = b"From: a@web.de\r\nMIME-Version: 1.0\r\n"
    opening = b"".join(
        b"Content-Type: multipart/mixed; boundary=b%d\r\n\r\n--b%d\r\n" % (i, i)
        for i in range(depth)
    )
    closing = b"".join(b"\r\n--b%d--\r\n" % i for i in reversed(range(depth)))
    return head + opening + b"Content-Type: text/plain\r\n\r\nJa" + closing


def many_parts(count: int) -> bytes:
    parts = b"".join(b"--B\r\nContent-Type: text/plain\r\n\r\nx\r\n" for _ in range(count))
    return (
        b"From: a@web.de\r\nContent-Type: multipart/mixed; boundary=B\r\n\r\n"
        + parts
        + b"--B--\r\n"
    )


@pytest.mark.parametrize(
    ("raw", "verdict"),
    [
        pytest.param(b"From: a@web.de\r\n\r\n" + b"x" * 2000, Quarantine.TOO_LARGE, id="too-large"),
        pytest.param(
            b"From: a@web.de\r\nSubject: " + b"=?utf-8?q?=C3=A4?= " * 10_000 + b"\r\n\r\nx",
            Quarantine.HEADER_TOO_LARGE,
            id="subject-200kb-encoded-words",
        ),
        pytest.param(
            b"From: a@web.de\r\n" + b"X-Filler: aaaaaaaa\r\n" * 4000 + b"\r\nx",
            Quarantine.HEADER_TOO_LARGE,
            id="header-block-over-64kb",
        ),
        pytest.param(
            b"From: a@web.de\r\nSubject: a\r\n" + b" " + b"b" * 9000 + b"\r\n\r\nx",
            Quarantine.HEADER_TOO_LARGE,
            id="one-folded-header-over-8kb",
        ),
        pytest.param(
            b"From: a@web.de\r\nTo: "
            + b", ".join(b"p%d@web.de" % i for i in range(150))
            + b"\r\n\r\nx",
            Quarantine.HEADER_TOO_LARGE,
            id="150-recipients",
        ),
        pytest.param(nested_multiparts(1000), Quarantine.TOO_DEEP, id="1000-nested-multiparts"),
        pytest.param(nested_multiparts(21), Quarantine.TOO_DEEP, id="21-nested-multiparts"),
        pytest.param(many_parts(201), Quarantine.TOO_MANY_PARTS, id="201-parts"),
        pytest.param(
            b"From: a@web.de\r\nContent-Type: multipart/mixed; boundary=B\r\n\r\n--B\r\n"
            b'Content-Disposition: attachment; filename="'
            + b"=?utf-8?q?a?= " * 2000
            + b'"\r\n\r\nx\r\n--B--\r\n',
            Quarantine.HEADER_TOO_LARGE,
            id="huge-part-header",
        ),
    ],
)
def test_limits_quarantine_before_parsing(raw: bytes, verdict: Quarantine) -> None:
    limits = MailLimits(max_bytes=100_000) if verdict is Quarantine.TOO_LARGE else MailLimits()
    if verdict is Quarantine.TOO_LARGE:
        limits = MailLimits(max_bytes=1000)
    assert parse_mail(raw, received_at=NOW, limits=limits) is verdict


@pytest.mark.parametrize(
    "raw",
    [
        pytest.param(nested_multiparts(20), id="20-nested-ok"),
        pytest.param(many_parts(200), id="200-parts-ok"),
        pytest.param(
            b"From: a@web.de\r\nTo: "
            + b", ".join(b"p%d@web.de" % i for i in range(99))
            + b"\r\n\r\nx",
            id="99-recipients-ok",
        ),
    ],
)
def test_within_limits_parses(raw: bytes) -> None:
    assert isinstance(parse_mail(raw, received_at=NOW), InboundMail)


@pytest.mark.parametrize(
    "raw",
    [
        pytest.param(b"", id="empty"),
        pytest.param(b"\x00\xff\xfe", id="binary"),
        pytest.param(b"no headers at all", id="no-headers"),
        pytest.param(b"From: \r\n\r\n", id="empty-from"),
        pytest.param(b'Content-Type: text/plain; charset="\r\n\r\nx', id="broken-param"),
        pytest.param(
            b"Content-Type: message/rfc822\r\n\r\nContent-Type: multipart/mixed\r\n\r\n",
            id="embedded",
        ),
        pytest.param(
            b"Content-Type: multipart/report; report-type=delivery-status; boundary=R\r\n\r\n"
            b"--R\r\n"
            b"Content-Type: message/delivery-status\r\n\r\ngarbage\r\n--R--",
            id="garbage-dsn",
        ),
    ],
)
def test_odd_input_never_raises(raw: bytes) -> None:
    result = parse_mail(raw, received_at=NOW)
    assert isinstance(result, InboundMail | Quarantine)


def test_a_folded_from_header_keeps_its_address() -> None:
    """Long display names ("Dr. med. ..., Praxis ...") put the address on a continuation
    line; the sender must still be recognised (found by the blind corpus, ba17/ba75)."""
    raw = (
        b'From: "Dr. med. Annegret Hohenstein-Baumgartner, Praxis am Markt"\r\n'
        b" <A.Hohenstein@Web.de>\r\nTo: termine@praxis-impulse.de\r\nSubject: Termin\r\n"
        b"Date: Mon, 6 Apr 2026 18:00:00 +0200\r\n\r\nDie Behandlung heute hat stattgefunden.\r\n"
    )
    mail = parsed(raw)
    assert mail.sender == "a.hohenstein@web.de"
    assert mail.sender_name.startswith("Dr. med. Annegret")
