"""Worst-case time per hostile mail: parse and decide, each mail alone (issue 12, point 6).

Run from the repository root: `.venv/bin/python bench/hostile.py [--quick]`.

Generated mails built to make reading slow: repeated confirming phrases (the quadratic
classify of issue 12: 100 KB took 19 s), long lines, quote floods, RFC 2231 parameter
floods (3 MB took 20 s), HTML with many (hidden) elements, text/plain against HTML, a
fake bounce with a 1 MB line of dashes, many parts, look-alike letters and invisible
characters. Every mail comes from the registered patient, in reply to our confirmation
request, so every rule runs. Each mail is read and decided `--repeat` times (default 3)
after one warm-up; the best time counts (noise on a shared machine only ever adds).
Goal: every mail under 1 s. A mail still running after 60 s is reported as TIMEOUT.
"""

from __future__ import annotations

import argparse
import base64
import signal
import sys
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from types import FrameType
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from _common import print_header, verdict  # noqa: E402

from rules.decide import decide_mail  # noqa: E402
from rules.models import (  # noqa: E402
    Appointment,
    Insurance,
    Kind,
    MailContext,
    OutboxRef,
    Patient,
    Treatment,
)
from rules.parsing import parse_mail  # noqa: E402

BERLIN = ZoneInfo("Europe/Berlin")
NOW = datetime(2026, 6, 16, 10, 0, tzinfo=BERLIN)
GOAL_S = 1.0
TIMEOUT_S = 60
KB = 1024
MB = 1024 * KB

PATIENT = Patient(
    id=1,
    name="Erika Beispiel",
    emails=("erika.beispiel@web.de",),
    new_patient=False,
    insurance=Insurance.GKV,
)
APPOINTMENTS = tuple(
    Appointment(
        id=i + 1,
        external_id=None,
        patient_id=1,
        start=datetime(2026, 6, 1, 9, 0, tzinfo=BERLIN) + timedelta(days=i),
        end=datetime(2026, 6, 1, 9, 30, tzinfo=BERLIN) + timedelta(days=i),
        kind=Kind.VIDEO,
        treatment=Treatment.KG,
    )
    for i in range(15)
)
REQUEST = OutboxRef(
    message_id="<pw-0123456789abcdef@praxis-impulse.de>",
    kind="confirmation_request",
    patient_id=1,
    appointment_id=15,
)
CONTEXT = MailContext(
    practice_address="termine@praxis-impulse.de",
    patient=PATIENT,
    appointments=APPOINTMENTS,
    thread=(REQUEST,),
)


def head(content_type: str = "text/plain; charset=utf-8", *, extra: str = "") -> bytes:
    return (
        "From: Erika Beispiel <erika.beispiel@web.de>\r\nTo: termine@praxis-impulse.de\r\n"
        "Subject: Re: Bitte bestätigen Sie Ihren Termin\r\nDate: Tue, 16 Jun 2026 08:15:00 +0200"
        f"\r\nMessage-ID: <hostile@web.de>\r\nIn-Reply-To: {REQUEST.message_id}\r\n"
        f"MIME-Version: 1.0\r\n{extra}Content-Type: {content_type}\r\n\r\n"
    ).encode()


def text_mail(body: str) -> bytes:
    return head() + body.encode()


def repeated(phrase: str, size: int) -> str:
    return phrase * (size // len(phrase))


def lines(line: str, size: int) -> str:
    return repeated(line + "\n", size)


def alternative(plain: str, html: str) -> bytes:
    return (
        head('multipart/alternative; boundary="A"')
        + b"--A\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
        + plain.encode()
        + b"\r\n--A\r\nContent-Type: text/html; charset=utf-8\r\n\r\n"
        + html.encode()
        + b"\r\n--A--\r\n"
    )


def html_mail(html: str) -> bytes:
    return head("text/html; charset=utf-8") + html.encode()


def rfc2231_flood(params: int, parts: int) -> bytes:
    disposition = "attachment;" + "".join(f"\r\n filename*{i}*=a%41;" for i in range(params))
    part = (
        f"--B\r\nContent-Type: application/pdf\r\nContent-Disposition: {disposition}\r\n"
        "Content-Transfer-Encoding: base64\r\n\r\nJVBERi0xLjQK\r\n"
    )
    return (
        head('multipart/mixed; boundary="B"')
        + b"--B\r\nContent-Type: text/plain\r\n\r\nAnbei\r\n"
        + (part * parts).encode()
        + b"--B--\r\n"
    )


def fake_bounce(body: str) -> bytes:
    return (
        b"From: MAILER-DAEMON@web.de\r\nTo: termine@praxis-impulse.de\r\n"
        b"Subject: Undelivered Mail Returned to Sender\r\nMessage-ID: <ndr@web.de>\r\n\r\n"
        + body.encode()
    )


def many_parts(count: int, body: str) -> bytes:
    parts = "".join(f"--M\r\nContent-Type: text/plain\r\n\r\n{body}\r\n" for _ in range(count))
    return head('multipart/mixed; boundary="M"') + parts.encode() + b"--M--\r\n"


def attachment_mail(size: int) -> bytes:
    payload = base64.encodebytes(b"%PDF-1.4\n" + b"\x00" * size).replace(b"\n", b"\r\n")
    return (
        head('multipart/mixed; boundary="P"')
        + b"--P\r\nContent-Type: text/plain\r\n\r\nAnbei der Anamnesebogen\r\n"
        + b"--P\r\nContent-Type: application/pdf\r\n"
        + b'Content-Disposition: attachment; filename="a.pdf"\r\n'
        + b"Content-Transfer-Encoding: base64\r\n\r\n"
        + payload
        + b"--P--\r\n"
    )


def cases(quick: bool) -> list[tuple[str, Callable[[], bytes]]]:
    big = 200 * KB if quick else 1 * MB
    return [
        ("repeated 'hat geklappt'", lambda: text_mail(repeated("hat geklappt ", big))),
        (
            "repeated 'Ich bestätige den Termin'",
            lambda: text_mail(repeated("Ich bestätige den Termin ", big)),
        ),
        (
            "repeated 'Die Behandlung hat stattgefunden,'",
            lambda: text_mail(repeated("Die Behandlung hat stattgefunden, ", big)),
        ),
        ("repeated dates 'am 15.06. und'", lambda: text_mail(repeated("am 15.06. und ", big))),
        ("repeated 'nicht wenn aber'", lambda: text_mail(repeated("nicht wenn aber ", big))),
        ("one line of 'a'", lambda: text_mail("a" * big)),
        ("one line of '.'", lambda: text_mail("." * big)),
        (
            "quote flood '> Am 1.1. schrieb'",
            lambda: text_mail("Ja.\n" + lines("> Am 01.01.2026 um 10:00 schrieb X <x@y.de>:", big)),
        ),
        (
            "attribution lines without quotes",
            lambda: text_mail(
                lines("Am Montag, 1. Juni 2026 um 10:00 schrieb Praxis Impulse", big)
            ),
        ),
        ("signature-like lines", lambda: text_mail(lines("Mit freundlichen Grüßen", big))),
        (
            "zero-width and look-alikes",
            lambda: text_mail(repeated("ni\u200bсht stattg\u00adefunden ", big)),
        ),
        (
            "auto-reply wording",
            lambda: text_mail(repeated("Vielen Dank für Ihre Nachricht ", big)),
        ),
        ("RFC 2231: 60 params x 16 parts", lambda: rfc2231_flood(60, 16)),
        ("RFC 2231: 400 params x 190 parts (quarantined)", lambda: rfc2231_flood(400, 190)),
        (
            "HTML: 100k nested spans",
            lambda: html_mail("<p>" + "<span>hat " * 20_000 + "geklappt" + "</span>" * 20_000),
        ),
        (
            "HTML: 30k hidden empty spans",
            lambda: html_mail('<span style="display:none"></span>' * 30_000 + "<p>Ja</p>"),
        ),
        (
            "HTML: deep nesting 5000",
            lambda: html_mail("<div>" * 5000 + "hat geklappt" + "</div>" * 5000),
        ),
        (
            "HTML: style block of 300k hiding selectors",
            lambda: html_mail("<style>" + ".a," * (big // 4) + ".b{display:none}</style><p>Ja</p>"),
        ),
        (
            "plain vs HTML, each large",
            lambda: alternative(
                repeated("hat geklappt ", big // 2), "<p>" + repeated("hat geklappt ", big // 2)
            ),
        ),
        ("fake bounce, 1 line of dashes", lambda: fake_bounce("-" * big)),
        (
            "fake bounce, 550 then a line of dashes",
            lambda: fake_bounce("550 user unknown: erika@web.de\n" + "-" * big),
        ),
        (
            "fake bounce, 550 and addresses",
            lambda: fake_bounce(repeated("550 user unknown a@b.de ", big)),
        ),
        ("200 parts of text", lambda: many_parts(199, repeated("hat geklappt ", 4 * KB))),
        ("PDF attachment 10 MB", lambda: attachment_mail(10 * MB)),
        (
            "subject of encoded words",
            lambda: (
                head(extra="X-A: b\r\n").replace(
                    b"Subject: Re: Bitte",
                    b"Subject: " + b"=?utf-8?q?Best=C3=A4tigung?= " * 250 + b"Re:",
                )
                + b"Ja."
            ),
        ),
    ]


class Timeout(Exception):
    pass


def on_alarm(signum: int, frame: FrameType | None) -> None:
    raise Timeout


def read_and_decide(raw: bytes) -> str:
    mail = parse_mail(raw, received_at=NOW)
    decision = decide_mail(mail, CONTEXT, now=NOW)
    return ",".join(sorted(decision.categories)) + (" staff" if decision.needs_staff else "")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="200 KB instead of 1 MB bodies")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    print_header("bench/hostile.py: worst-case read + decide time per hostile mail")
    signal.signal(signal.SIGALRM, on_alarm)
    worst = 0.0
    failed = []
    print(f"{'mail':<48} {'size':>9} {'best s':>8}  outcome")
    for name, build in cases(args.quick):
        raw = build()
        best = float("inf")
        outcome = ""
        for _ in range(args.repeat + 1):  # the first run warms caches and imports
            signal.alarm(TIMEOUT_S)
            started = time.perf_counter()
            try:
                outcome = read_and_decide(raw)
            except Timeout:
                best, outcome = float(TIMEOUT_S), "TIMEOUT"
                break
            finally:
                signal.alarm(0)
            best = min(best, time.perf_counter() - started)
        worst = max(worst, best)
        if best >= GOAL_S:
            failed.append(name)
        print(f"{name[:48]:<48} {len(raw) / KB:>7.0f}KB {best:>8.3f}  {outcome}")
    print(f"worst case per mail: {worst:.3f} s (goal < {GOAL_S:.0f} s): {verdict(not failed)}")
    for name in failed:
        print(f"  over the goal: {name}")
    return 0 if not failed else 1


if __name__ == "__main__":
    raise SystemExit(main())
