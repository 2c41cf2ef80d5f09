"""The demo practice: its config, appointments and a morning's patient mail.

A fixed day (Tuesday, 16 June 2026, 10:00 in Berlin) so the demo reads the same every
time. The mails are written as patients write: short, with typos, quoting our mails,
from phones; each one shows one thing the worker must get right.
"""

from __future__ import annotations

import base64
from datetime import datetime
from email.utils import format_datetime
from zoneinfo import ZoneInfo

BERLIN = ZoneInfo("Europe/Berlin")
DEMO_NOW = datetime(2026, 6, 16, 10, 0, tzinfo=BERLIN)
# The day before: the worker books the appointments and sends what is due then, so the
# morning's mail can answer (and bounce) real mails of ours.
DEMO_DAY_BEFORE = datetime(2026, 6, 15, 8, 0, tzinfo=BERLIN)
PRACTICE = "termine@praxis-impulse.de"
AUTHSERV_ID = "mx.praxis-impulse.de"  # the demo practice's mail provider

CONFIG = """\
# The demo practice's config: Maildir in and out, so nothing needs a server.
[practice]
name = "Praxis Impulse"
address = "termine@praxis-impulse.de"
staff = ["team@praxis-impulse.de"]
timezone = "Europe/Berlin"
language = "de"
region = "BE"
phone = "030 1234567"
postal_address = "Musterstraße 12, 10115 Berlin"

[mailbox]
type = "maildir"
path = "mail/inbox"
processed_folder = "Verarbeitet"
# The practice's mail provider checks every incoming mail (DMARC/DKIM) and writes the
# result into an Authentication-Results header that starts with this name: only a
# confirmation that passed it is recorded (see README, sender authentication).
trusted_authserv_id = "mx.praxis-impulse.de"

[smtp]
type = "maildir"
path = "mail/outbox"

[state]
path = "state/state.db"
attachments_dir = "state/attachments"

[appointments]
sources = ["appointments.csv"]

[forms.links]
anamnese = "https://praxis-impulse.de/formulare/anamnesebogen.pdf"
datenschutz = "https://praxis-impulse.de/formulare/datenschutzerklaerung.pdf"
einwilligung_tele = "https://praxis-impulse.de/formulare/einwilligung-telebehandlung.pdf"
datenschutz_video = "https://praxis-impulse.de/formulare/datenschutz-video.pdf"
"""

# Since 1 April 2022 statutory insured (GKV) patients are treated by video only (the
# default telemedicine profile "2022"): GKV by video, private patients also by phone.
# D-11 is a session in the practice (kind praxis): no mail at all, signed on the
# prescription there; Erika Braun's first treatment before her video sessions.
APPOINTMENTS = """\
external_id;name;email;start;duration;kind;treatment;insurance;new_patient;video_link
D-01;Anna Schmidt;anna.schmidt@web.de;15.06.2026 09:00;30;video;KG;gkv;nein;https://video.redmedical.de/#/join?code=K7Q2-9XDA
D-02;Jürgen Weiß;j.weiss@gmx.de;15.06.2026 10:30;;phone;KG;private;nein;
D-03;Maria Özdemir;maria.oezdemir@t-online.de;12.06.2026 14:00;45;video;MT;private;nein;https://video.redmedical.de/#/join?code=P4LM-2QRS
D-04;Klaus-Peter Müller;kp.mueller@posteo.de;15.06.2026 08:30;30;phone;KGG;private;nein;
D-05;Sophie Wagner;sophie.wagner@gmail.com;17.06.2026 16:00;30;video;KG;gkv;ja;https://video.redmedical.de/#/join?code=M3ZT-4LPB
D-06;Hannelore Becker;h.becker@web.de;17.06.2026 11:00;30;video;KG;gkv;nein;https://video.redmedical.de/#/join?code=B9TR-3HWE
D-07;Thomas Hoffmann;thomas.hoffmann@freenet.de;16.06.2026 15:00;30;video;KG;gkv;nein;https://video.redmedical.de/#/join?code=H8WX-7KJD
D-08;Lea Schulz;lea.schulz@icloud.com;17.06.2026 09:30;30;video;KGG;private;ja;
D-09;Peter Neumann;p.neumann@example.org;17.06.2026 10:00;30;phone;MT;private;nein;
D-10;Erika Braun;erika.braun@web.de;22.06.2026 14:30;30;video;KG;gkv;ja;https://video.redmedical.de/#/join?code=E5NA-8VQC
D-11;Erika Braun;erika.braun@web.de;19.06.2026 10:00;30;praxis;KG;gkv;ja;
"""


# A minimal, valid one-page PDF: enough for the type check (magic bytes) and a viewer.
def _pdf(title: str) -> bytes:
    return (
        b"%PDF-1.4\n%% " + title.encode("ascii") + b"\n"
        b"1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
        b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
        b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n"
        b"trailer<</Root 1 0 R>>\n%%EOF\n"
    )


def _date(day: int, hour: int, minute: int) -> str:
    return format_datetime(datetime(2026, 6, day, hour, minute, tzinfo=BERLIN))


def _arrival(sender: str, date: str, dmarc: str = "pass") -> str:
    """The trace headers the practice's mail provider puts on top of a mail it received:
    where it came from, and what the DMARC/DKIM check of the From domain said."""
    domain = sender.rpartition("@")[2].rstrip(">")
    dkim = "pass" if dmarc == "pass" else "none"
    return (
        f"Authentication-Results: {AUTHSERV_ID};\r\n"
        f"\tdkim={dkim} header.d={domain} header.s=mail2026;\r\n"
        f"\tspf={dmarc if dmarc != 'fail' else 'softfail'} smtp.mailfrom={domain};\r\n"
        f"\tdmarc={dmarc} (p=quarantine dis=none) header.from={domain}\r\n"
        f"Received: from mout.{domain} by {AUTHSERV_ID} with ESMTPS; {date}\r\n"
    )


def _plain(
    *,
    sender: str,
    subject: str,
    body: str,
    date: str,
    message_id: str,
    extra: str = "",
    dmarc: str = "pass",
) -> bytes:
    return (
        _arrival(sender, date, dmarc)
        + f"From: {sender}\r\nTo: Praxis Impulse <{PRACTICE}>\r\nSubject: {subject}\r\n"
        f"Date: {date}\r\nMessage-ID: <{message_id}>\r\nMIME-Version: 1.0\r\n{extra}"
        "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
        + body.replace("\n", "\r\n")
    ).encode("utf-8")


def _forms_mail() -> bytes:
    boundary = "----=_Part_4711"
    parts = [
        f"--{boundary}\r\nContent-Type: text/plain; charset=utf-8\r\n"
        "Content-Transfer-Encoding: 8bit\r\n\r\n"
        "Guten Tag,\r\n\r\nanbei die ausgefüllten Unterlagen für meinen ersten Termin am "
        "Mittwoch.\r\n\r\nViele Grüße\r\nSophie Wagner\r\n"
    ]
    for name in ("Anamnesebogen_Wagner.pdf", "Datenschutzerklaerung.pdf",
                 "Einwilligung_Telebehandlung.pdf"):  # fmt: skip
        encoded = base64.encodebytes(_pdf(name)).decode("ascii").replace("\n", "\r\n")
        parts.append(
            f'--{boundary}\r\nContent-Type: application/pdf; name="{name}"\r\n'
            f'Content-Disposition: attachment; filename="{name}"\r\n'
            f"Content-Transfer-Encoding: base64\r\n\r\n{encoded}"
        )
    body = "".join(parts) + f"--{boundary}--\r\n"
    return (
        _arrival("sophie.wagner@gmail.com", _date(16, 8, 12))
        + "From: Sophie Wagner <sophie.wagner@gmail.com>\r\n"
        f"To: {PRACTICE}\r\nSubject: Unterlagen\r\nDate: {_date(16, 8, 12)}\r\n"
        "Message-ID: <CAF7x2Qw9k@mail.gmail.com>\r\nMIME-Version: 1.0\r\n"
        f'Content-Type: multipart/mixed; boundary="{boundary}"\r\n\r\n{body}'
    ).encode()


def _bounce(returned_message_id: str) -> bytes:
    boundary = "bounce-boundary-01"
    return (
        "From: Mail Delivery System <MAILER-DAEMON@mx.praxis-impulse.de>\r\n"
        f"To: {PRACTICE}\r\nSubject: Undelivered Mail Returned to Sender\r\n"
        f"Date: {_date(16, 7, 3)}\r\nMessage-ID: <20260616050301.A1B2C@mx.praxis-impulse.de>\r\n"
        "Auto-Submitted: auto-replied\r\nMIME-Version: 1.0\r\n"
        "Content-Type: multipart/report; report-type=delivery-status;\r\n"
        f' boundary="{boundary}"\r\n\r\n'
        f"--{boundary}\r\nContent-Type: text/plain; charset=us-ascii\r\n\r\n"
        "This is the mail system at host mx.praxis-impulse.de.\r\n\r\n"
        "I'm sorry to have to inform you that your message could not\r\n"
        "be delivered to one or more recipients.\r\n\r\n"
        "<p.neumann@example.org>: host mx.example.org said: 550 5.1.1 User unknown\r\n\r\n"
        f"--{boundary}\r\nContent-Type: message/delivery-status\r\n\r\n"
        "Reporting-MTA: dns; mx.praxis-impulse.de\r\n\r\n"
        "Final-Recipient: rfc822; p.neumann@example.org\r\nAction: failed\r\n"
        "Status: 5.1.1\r\nDiagnostic-Code: smtp; 550 5.1.1 User unknown\r\n\r\n"
        f"--{boundary}\r\nContent-Type: text/rfc822-headers\r\n\r\n"
        f"From: Praxis Impulse <{PRACTICE}>\r\nTo: Peter Neumann <p.neumann@example.org>\r\n"
        f"Subject: Ihr Telefontermin\r\nMessage-ID: {returned_message_id}\r\n\r\n"
        f"--{boundary}--\r\n"
    ).encode("ascii")


def demo_mails(bounced_message_id: str) -> list[tuple[str, bytes]]:
    """(what the mail shows, raw bytes), in arrival order; the bounce returns our mail
    with `bounced_message_id`."""
    return [
        (
            "confirmation with a date",
            _plain(
                sender="Anna Schmidt <anna.schmidt@web.de>",
                subject="Bestätigung Behandlung",
                date=_date(15, 18, 40),
                message_id="a81c2e@web.de",
                body=(
                    "Sehr geehrtes Praxisteam,\n\nhiermit bestätige ich, dass die "
                    "Videobehandlung am 15.06. stattgefunden hat.\n\nMit freundlichen "
                    "Grüßen\nAnna Schmidt\nTel. 030 4458812\n"
                ),
            ),
        ),
        (
            "confirmation quoting our mail with other dates (quoted-date trap)",
            _plain(
                sender="Juergen Weiss <j.weiss@gmx.de>",
                subject="Re: Ihr Telefontermin am 15.06.",
                date=_date(16, 7, 55),
                message_id="trinity-5d2e-91@3c-app-gmx-bs41",
                body=(
                    "Ja, das Telefonat gestern hat stattgefunden, danke!\n\nJ. Weiß\n\n"
                    "Am 12.06.2026 um 11:45 schrieb Praxis Impulse <termine@praxis-impulse.de>:\n"
                    "> Guten Tag Herr Weiß,\n> wir rufen Sie am Montag, 15. Juni 2026, um "
                    "10:30 Uhr an.\n> Ihr nächster Termin: 22.06.2026\n"
                ),
            ),
        ),
        (
            "confirmation by weekday, sent from a phone",
            _plain(
                sender="Maria Özdemir <maria.oezdemir@t-online.de>",
                subject="termin",
                date=_date(15, 21, 7),
                message_id="B7D1E0A2-44C1-4F0B-9E61@t-online.de",
                body=(
                    "hallo, die behandlung am freitag per video hat gut geklappt, hiermit "
                    "bestätigt. lg maria\n\nVon meinem iPhone gesendet\n"
                ),
            ),
        ),
        ("forms with three PDF attachments", _forms_mail()),
        (
            "cancellation",
            _plain(
                sender="Hannelore Becker <h.becker@web.de>",
                subject="Termin Mittwoch",
                date=_date(16, 9, 2),
                message_id="7f00aa31@web.de",
                body=(
                    "Guten Morgen,\n\nich muss den Termin am Mittwoch leider absagen, ich "
                    "liege mit Fieber im Bett.\n\nFreundliche Grüße\nH. Becker\n"
                ),
            ),
        ),
        (
            "question",
            _plain(
                sender="Thomas Hoffmann <thomas.hoffmann@freenet.de>",
                subject="Frage zum Videotermin",
                date=_date(16, 9, 30),
                message_id="20260616093011.GA771@freenet.de",
                body=(
                    "Hallo,\n\nkann ich heute auch mit dem Tablet teilnehmen oder brauche ich "
                    "einen Laptop?\n\nGruß Thomas Hoffmann\n"
                ),
            ),
        ),
        (
            "out-of-office auto-reply",
            _plain(
                sender="Klaus-Peter Müller <kp.mueller@posteo.de>",
                subject="Automatische Antwort: Ihr Termin",
                date=_date(16, 6, 0),
                message_id="oof-20260616-0600@posteo.de",
                extra="Auto-Submitted: auto-replied\r\nX-Auto-Response-Suppress: All\r\n",
                body=("Ich bin bis zum 20.06. nicht im Büro und lese meine Mails danach.\n"),
            ),
        ),
        ("bounce of our mail to a patient", _bounce(bounced_message_id)),
        (
            "unknown sender",
            _plain(
                sender="Max Mustermann <max.m@example.net>",
                subject="Termin",
                date=_date(16, 8, 45),
                message_id="c0ffee-77@example.net",
                dmarc="none",
                body=(
                    "Guten Tag,\n\nich hatte am 15.6. einen Termin bei Ihnen und möchte ihn "
                    "hiermit bestätigen.\n\nMax Mustermann\n"
                ),
            ),
        ),
        (
            "forged sender: a patient's address, but the provider says dmarc=fail",
            _plain(
                sender="Klaus-Peter Müller <kp.mueller@posteo.de>",
                subject="Bestätigung",
                date=_date(16, 9, 41),
                message_id="4f1d9a7e@mail.example.com",
                dmarc="fail",
                body=("Die Behandlung am 15.06. hat stattgefunden.\n\nK.-P. Müller\n"),
            ),
        ),
    ]
