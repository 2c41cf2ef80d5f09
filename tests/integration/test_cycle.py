"""One cycle of the worker against real Dovecot and aiosmtpd (issue 4).

A realistic practice morning goes into the mailbox; `praxis-worker run --once` at a fixed
clock must leave state, folders, flags and sent mail exactly as DESIGN.md describes, and
a second cycle must change nothing. Then the faults: staff's \\Seen, a renumbered folder
(UIDVALIDITY), Dovecot stopping mid-cycle, hostile mail, a second worker on the state.
"""

from __future__ import annotations

import asyncio
import os
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from tests.fixtures.dovecot import DovecotServer
from tests.fixtures.smtpd import SmtpTestServer
from tests.integration.helpers import (
    BERLIN,
    PRACTICE_ADDRESS,
    STAFF_ADDRESS,
    Booking,
    Practice,
    bounce,
    make_practice,
    message_id_of,
    out_of_office,
    patient_mail,
    pdf_bytes,
    received_by_message_id,
    write_appointments,
)
from worker.clock import Clock
from worker.config import load_config
from worker.cycle.app import Worker, open_source

pytestmark = pytest.mark.integration

NOW = datetime(2026, 6, 16, 10, 0, tzinfo=BERLIN)  # a Tuesday morning
NOW_ARG = NOW.isoformat()
LINK = "https://video.redmedical.de/#/join?code=K7Q2-9XDA"
STORED_NAME = re.compile(r"^[0-9a-f-]{36}\.[a-z0-9]+$")


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 6, day, hour, minute, tzinfo=BERLIN)


BOOKINGS = [
    Booking("A-01", "Anna Schmidt", "anna.schmidt@web.de", at(15, 9), "video", video_link=LINK),
    Booking("A-02", "Jürgen Weiß", "j.weiss@gmx.de", at(15, 10, 30)),
    Booking(
        "A-03",
        "Sophie Wagner",
        "sophie.wagner@gmail.com",
        at(17, 16),
        "video",
        new_patient=True,
        video_link=LINK.replace("K7Q2", "M3ZT"),
    ),
    Booking(
        "A-04",
        "Thomas Hoffmann",
        "thomas.hoffmann@freenet.de",
        at(16, 15),
        "video",
        video_link=LINK.replace("K7Q2", "H8WX"),
    ),
    Booking(
        "A-05",
        "Klaus-Peter Müller",
        "kp.mueller@posteo.de",
        at(15, 8, 30),
        treatment="KGG",
        insurance="private",
    ),
    Booking("A-06", "Peter Neumann", "p.neumann@example.org", at(17, 10)),
    Booking("A-07", "Erika Braun", "erika.braun@web.de", at(22, 14, 30), new_patient=True),
]


@dataclass(frozen=True, slots=True)
class DayOfMail:
    confirmation: bytes
    quoted_trap: bytes
    forms: bytes
    question: bytes
    out_of_office: bytes
    bounce: bytes
    unknown_sender: bytes

    @property
    def all(self) -> list[bytes]:
        return [
            self.confirmation, self.quoted_trap, self.forms, self.question,
            self.out_of_office, self.bounce, self.unknown_sender,
        ]  # fmt: skip


def day_of_mail() -> DayOfMail:
    return DayOfMail(
        confirmation=patient_mail(
            sender="Anna Schmidt <anna.schmidt@web.de>",
            subject="Bestätigung Behandlung",
            date=at(15, 18, 40),
            body=(
                "Sehr geehrtes Praxisteam,\n\nhiermit bestätige ich, dass die "
                "Videobehandlung am 15.06. stattgefunden hat.\n\nMit freundlichen Grüßen\n"
                "Anna Schmidt\n"
            ),
        ),
        quoted_trap=patient_mail(
            sender="Juergen Weiss <j.weiss@gmx.de>",
            subject="Re: Ihr Telefontermin am 15.06.",
            date=at(16, 7, 55),
            body=(
                "Ja, das Telefonat gestern hat stattgefunden, danke!\n\nJ. Weiß\n\n"
                "Am 12.06.2026 um 11:45 schrieb Praxis Impulse <termine@praxis-impulse.de>:\n"
                "> Guten Tag Herr Weiß,\n> wir rufen Sie am Montag, 15. Juni 2026, um "
                "10:30 Uhr an.\n> Ihr nächster Termin: 22.06.2026\n"
            ),
        ),
        forms=patient_mail(
            sender="Sophie Wagner <sophie.wagner@gmail.com>",
            subject="Unterlagen",
            date=at(16, 8, 12),
            body="Guten Tag,\n\nanbei die ausgefüllten Unterlagen.\n\nViele Grüße\nSophie Wagner\n",
            attachments=[
                ("Anamnesebogen_Wagner.pdf", pdf_bytes("Anamnesebogen")),
                ("Datenschutzerklaerung.pdf", pdf_bytes("Datenschutz")),
                ("Einwilligung_Telebehandlung.pdf", pdf_bytes("Einwilligung")),
            ],
        ),
        question=patient_mail(
            sender="Thomas Hoffmann <thomas.hoffmann@freenet.de>",
            subject="Frage zum Videotermin",
            date=at(16, 9, 30),
            body=(
                "Hallo,\n\nkann ich heute auch mit dem Tablet teilnehmen oder brauche ich "
                "einen Laptop?\n\nGruß Thomas Hoffmann\n"
            ),
        ),
        out_of_office=out_of_office(
            sender="Klaus-Peter Müller <kp.mueller@posteo.de>", date=at(16, 6)
        ),
        bounce=bounce(
            recipient="p.neumann@example.org",
            original_message_id="<pw-0f3c9a@praxis-impulse.de>",
            date=at(16, 7, 3),
        ),
        unknown_sender=patient_mail(
            sender="Max Mustermann <max.m@example.net>",
            subject="Termin",
            date=at(16, 8, 45),
            body=(
                "Guten Tag,\n\nich hatte am 15.6. einen Termin bei Ihnen und möchte ihn "
                "hiermit bestätigen.\n\nMax Mustermann\n"
            ),
        ),
    )


@pytest.fixture
def practice(tmp_path: Path, running_dovecot: DovecotServer, smtp: SmtpTestServer) -> Practice:
    practice = make_practice(tmp_path, running_dovecot, smtp, now=NOW_ARG)
    csv = write_appointments(tmp_path / "termine.csv", BOOKINGS)
    out = practice.ok("appointments", "import", str(csv))
    assert "added" in out or "7" in out
    return practice


def snapshot(practice: Practice) -> dict[str, object]:
    """Everything a cycle could change, as staff and the CLI see it."""
    return {
        "appointments": practice.json("appointments", "list"),
        "patients": practice.json("patients", "list"),
        "review": practice.json("review", "list"),
        "outbox": practice.json("outbox", "list"),
        "inbox": sorted(practice.message_ids()),
        "processed": sorted(practice.message_ids(practice.processed_folder)),
        "flags": practice.flags_by_message_id(),
        "smtp": len(practice.smtp.messages),
    }


# --- a realistic day -------------------------------------------------------------------


def test_a_day_of_mail_in_one_cycle_then_nothing_more(practice: Practice) -> None:
    mails = day_of_mail()
    ids = {name: message_id_of(raw) for name, raw in vars_of(mails).items()}
    for raw in mails.all:
        # Staff already read Anna's mail in Thunderbird: it must be processed anyway.
        practice.append(raw, flags=[r"\Seen"] if raw is mails.confirmation else [])

    practice.run_once()

    appointments = {a["external_id"]: a for a in practice.json("appointments", "list")}
    confirmed = {key for key, a in appointments.items() if a["confirmed"]}
    assert confirmed == {"A-01", "A-02"}
    assert appointments["A-01"]["confirmed_by_message_id"] == ids["confirmation"]
    assert appointments["A-02"]["confirmed_by_message_id"] == ids["quoted_trap"]

    patients = {p["email"]: p for p in practice.json("patients", "list")}
    wagner = patients["sophie.wagner@gmail.com"]
    assert set(wagner["forms_received"]) == {"anamnese", "datenschutz", "einwilligung_tele"}
    # a new video patient owes the video privacy information too (issue 15)
    assert wagner["forms_missing"] == ["datenschutz_video"]
    documents = wagner["documents"]
    assert len(documents) == 3
    for document in documents:
        stored = Path(document["file"])
        assert stored.parent == practice.attachments_dir / str(wagner["id"])
        assert STORED_NAME.match(stored.name), stored.name
        assert stored.read_bytes().startswith(b"%PDF-")
        assert document["type"] == "application/pdf" or "pdf" in document["type"]
    # The DSN names no mail of ours (its Message-ID is not in the outbox): staff decide.
    assert patients["p.neumann@example.org"]["undeliverable"] == []

    review = practice.json("review", "list")
    by_message = {item["message_id"]: item for item in review if item["message_id"]}
    assert set(by_message) == {ids["question"], ids["bounce"], ids["unknown_sender"]}
    assert all(not item["resolved"] for item in review)
    assert by_message[ids["question"]]["patient_id"] == patients["thomas.hoffmann@freenet.de"]["id"]
    assert by_message[ids["unknown_sender"]]["patient_id"] is None

    # Mailbox: handled mail moved, review mail flagged in place, nothing deleted.
    handled = {ids["confirmation"], ids["quoted_trap"], ids["forms"], ids["out_of_office"]}
    for_staff = {ids["question"], ids["bounce"], ids["unknown_sender"]}
    assert set(practice.message_ids(practice.processed_folder)) == handled
    inbox_flags = practice.flags_by_message_id()
    assert set(inbox_flags) == for_staff
    assert all(r"\Flagged" in flags for flags in inbox_flags.values())
    assert len(practice.uids()) + len(practice.uids(practice.processed_folder)) == len(mails.all)
    # BODY.PEEK: the worker never marks mail read; staff's \Seen stays theirs.
    processed_flags = practice.flags_by_message_id(practice.processed_folder)
    assert processed_flags[ids["confirmation"]] == {r"\Seen"}
    assert all(r"\Seen" not in processed_flags[i] for i in handled - {ids["confirmation"]})
    assert all(r"\Seen" not in flags for flags in inbox_flags.values())

    # Sent mail: what the outbox says was sent is what the SMTP server got, each once.
    outbox = practice.json("outbox", "list")
    sent = [row for row in outbox if row["status"] == "sent"]
    assert sent
    assert all(row["status"] != "failed" for row in outbox)
    received = received_by_message_id(practice.smtp.messages)
    assert sorted(received) == sorted(row["message_id"] for row in sent)
    assert all(len(copies) == 1 for copies in received.values())
    for message in (copies[0] for copies in received.values()):
        assert message["Auto-Submitted"] in {"auto-generated", "auto-replied"}
        assert message["X-Auto-Response-Suppress"] == "OOF, AutoReply"
        assert PRACTICE_ADDRESS in message["From"]
        assert message["Message-ID"].endswith("@praxis-impulse.de>")
    assert all(m.authenticated and m.over_tls for m in practice.smtp.messages)
    kinds = {(row["kind"], row["to"]) for row in sent}
    assert ("confirmation_receipt", "anna.schmidt@web.de") in kinds
    assert ("confirmation_receipt", "j.weiss@gmx.de") in kinds
    assert ("video_link", "sophie.wagner@gmail.com") in kinds
    assert ("video_link", "thomas.hoffmann@freenet.de") in kinds
    assert ("appointment_info", "erika.braun@web.de") in kinds
    assert ("forms_request", "erika.braun@web.de") in kinds
    recipients = {row["to"] for row in sent}
    # Never an answer to an auto-reply, a bounce or an unknown sender.
    assert not recipients & {"max.m@example.net", "mailer-daemon@mx.praxis-impulse.de"}
    receipt = next(
        copies[0] for copies in received.values()
        if copies[0]["To"].addresses[0].addr_spec == "anna.schmidt@web.de"
        and copies[0]["Auto-Submitted"] == "auto-replied"
    )  # fmt: skip
    assert receipt["In-Reply-To"] == ids["confirmation"]
    for message in (copies[0] for copies in received.values()):
        assert message["In-Reply-To"] not in {
            ids["out_of_office"],
            ids["bounce"],
            ids["unknown_sender"],
        }
    assert STAFF_ADDRESS in {row["to"] for row in sent}

    # The second cycle at the same instant changes nothing at all.
    before = snapshot(practice)
    practice.run_once()
    assert snapshot(practice) == before


def vars_of(mails: DayOfMail) -> dict[str, bytes]:
    return {name: getattr(mails, name) for name in DayOfMail.__slots__}


def appended_day(practice: Practice) -> tuple[DayOfMail, dict[str, str]]:
    mails = day_of_mail()
    for raw in mails.all:
        practice.append(raw)
    return mails, {name: message_id_of(raw) for name, raw in vars_of(mails).items()}


def test_a_bounce_of_our_own_mail_marks_the_address_and_stops_mail_to_it(
    practice: Practice,
) -> None:
    practice.run_once()
    ours = [row for row in practice.json("outbox", "list") if row["to"] == "p.neumann@example.org"]
    assert ours, "the booking mail to the patient went out"
    bounced = bounce(
        recipient="p.neumann@example.org",
        original_message_id=ours[0]["message_id"],
        date=NOW + timedelta(minutes=5),
    )
    practice.append(bounced)

    practice.run_once(now=(NOW + timedelta(minutes=10)).isoformat())

    patients = {p["email"]: p for p in practice.json("patients", "list")}
    neumann = patients["p.neumann@example.org"]
    assert neumann["undeliverable"] == ["p.neumann@example.org"]
    [item] = [
        i for i in practice.json("review", "list") if i["message_id"] == message_id_of(bounced)
    ]
    assert item["patient_id"] == neumann["id"]
    assert practice.uids(practice.processed_folder) == []  # a bounce is never just filed
    # Nothing more is written to the dead address (the next day's mail included).
    sent_before = len(practice.smtp.messages)
    practice.run_once(now=(NOW + timedelta(days=1, hours=-2)).isoformat())
    new = practice.smtp.messages[sent_before:]
    assert all("p.neumann@example.org" not in m.rcpt_tos for m in new)
    assert not any(
        m.message["In-Reply-To"] == message_id_of(bounced) for m in practice.smtp.messages
    )


# --- UIDVALIDITY -----------------------------------------------------------------------


def test_a_renumbered_folder_repeats_no_effect(practice: Practice) -> None:
    mails, ids = appended_day(practice)
    practice.run_once()
    appointments = practice.json("appointments", "list")
    outbox = practice.json("outbox", "list")
    review_before = practice.json("review", "list")
    patients = practice.json("patients", "list")
    smtp_count = len(practice.smtp.messages)
    with practice.dovecot.client() as imap:
        validity_before = imap.select_folder(practice.folder)[b"UIDVALIDITY"]

    # Staff's server lost its index: the folder comes back with every mail, renumbered.
    practice.recreate_folder(mails.all)
    with practice.dovecot.client() as imap:
        assert imap.select_folder(practice.folder)[b"UIDVALIDITY"] != validity_before

    practice.run_once()

    assert practice.json("appointments", "list") == appointments
    assert practice.json("outbox", "list") == outbox
    assert len(practice.smtp.messages) == smtp_count
    assert practice.json("patients", "list") == patients  # no second copy of any form
    review_after = practice.json("review", "list")
    new_items = [item for item in review_after if item not in review_before]
    assert [item["kind"] for item in new_items] == ["alert"]
    assert "UIDVALIDITY" in new_items[0]["reason"]
    # The copies were recognised: handled ones tidied away again, the rest flagged.
    inbox_flags = practice.flags_by_message_id()
    assert set(inbox_flags) == {ids["question"], ids["bounce"], ids["unknown_sender"]}
    assert all(r"\Flagged" in flags for flags in inbox_flags.values())


# --- Dovecot stops in the middle of a cycle ---------------------------------------------


class StopsServerAfter:
    """The real mailbox source, but Dovecot is stopped after the n-th mail was fetched."""

    def __init__(self, source: object, dovecot: DovecotServer, after: int) -> None:
        self._source = source
        self._dovecot = dovecot
        self._after = after

    def __getattr__(self, name: str) -> object:
        return getattr(self._source, name)

    def new_messages(self, *args: object, **kwargs: object) -> Iterator[object]:
        for count, fetched in enumerate(self._source.new_messages(*args, **kwargs), 1):  # type: ignore[attr-defined]
            yield fetched
            if count == self._after:
                self._dovecot.stop()


def test_dovecot_stopped_mid_cycle_then_the_next_cycle_completes(practice: Practice) -> None:
    _, ids = appended_day(practice)
    config = load_config(practice.config)

    def stopping_source(config_: object) -> object:
        return StopsServerAfter(open_source(config_), practice.dovecot, after=3)  # type: ignore[arg-type]

    worker = Worker(config, Clock(BERLIN, NOW), source_factory=stopping_source)  # type: ignore[arg-type]
    try:
        report = asyncio.run(worker.run_cycle())
    finally:
        worker.close()
    assert report.mailbox_error is not None
    assert report.mailbox is None
    assert not practice.dovecot.is_running

    practice.dovecot.start()
    practice.run_once()

    confirmed = {a["external_id"] for a in practice.json("appointments", "list") if a["confirmed"]}
    assert confirmed == {"A-01", "A-02"}
    handled = {ids["confirmation"], ids["quoted_trap"], ids["forms"], ids["out_of_office"]}
    assert sorted(practice.message_ids(practice.processed_folder)) == sorted(handled)
    assert set(practice.message_ids()) == {ids["question"], ids["bounce"], ids["unknown_sender"]}
    review = practice.json("review", "list")
    assert len([item for item in review if item["message_id"]]) == 3
    received = received_by_message_id(practice.smtp.messages)
    assert all(len(copies) == 1 for copies in received.values())
    wagner = next(p for p in practice.json("patients", "list") if p["email"].startswith("sophie"))
    assert len(wagner["documents"]) == 3


# --- hostile mail ------------------------------------------------------------------------

SENDER = "Sophie Wagner <sophie.wagner@gmail.com>"


def traversal_mail() -> bytes:
    return patient_mail(
        sender=SENDER,
        subject="Anamnesebogen",
        date=at(16, 8),
        body="Guten Tag,\n\nanbei der Anamnesebogen.\n\nSophie Wagner\n",
        attachments=[
            ("../../../escaped_anamnese.pdf", pdf_bytes("Anamnesebogen")),
            ("/tmp/absolute_datenschutz.pdf", pdf_bytes("Datenschutz")),
        ],
    )


def lone_traversal_mail() -> bytes:
    return patient_mail(
        sender=SENDER,
        subject="Anamnesebogen",
        date=at(16, 8, 2),
        body="Guten Tag,\n\nanbei der Anamnesebogen.\n",
        attachments=[("../../../../etc/cron.d/anamnese.pdf", pdf_bytes("Anamnesebogen"))],
    )


def oversize_mail() -> bytes:
    return patient_mail(
        sender=SENDER,
        subject="Scan Einwilligung",
        date=at(16, 8, 5),
        body="Anbei der Scan.\n",
        attachments=[("Einwilligung_Scan.pdf", pdf_bytes("Scan") + os.urandom(2 * 2**20))],
    )


def nested_mail(depth: int = 1000) -> bytes:
    head = (
        f"From: {SENDER}\r\nTo: {PRACTICE_ADDRESS}\r\nSubject: Unterlagen\r\n"
        f"Date: Tue, 16 Jun 2026 08:10:00 +0200\r\nMessage-ID: <nested-{depth}@gmail.com>\r\n"
        "MIME-Version: 1.0\r\n"
    )
    opening = "".join(
        f'Content-Type: multipart/mixed; boundary="b{i}"\r\n\r\n--b{i}\r\n' for i in range(depth)
    )
    closing = "".join(f"\r\n--b{i}--\r\n" for i in reversed(range(depth)))
    body = "Content-Type: text/plain\r\n\r\nHallo\r\n"
    return (head + opening + body + closing).encode("ascii")


def huge_subject_mail() -> bytes:
    words = " ".join(["=?utf-8?q?Best=C3=A4tigung_Termin?="] * 6000)  # ~200 KB
    return (
        f"From: {SENDER}\r\nTo: {PRACTICE_ADDRESS}\r\nSubject: {words}\r\n"
        "Date: Tue, 16 Jun 2026 08:15:00 +0200\r\nMessage-ID: <huge-subject@gmail.com>\r\n"
        "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
        "Die Behandlung am 15.06. hat stattgefunden.\r\n"
    ).encode("ascii")


HOSTILE = {
    "path-traversal-names": traversal_mail,
    "path-traversal-name-alone": lone_traversal_mail,
    "oversize-2mb-over-1mb-cap": oversize_mail,
    "1000-nested-multiparts": nested_mail,
    "200kb-encoded-subject": huge_subject_mail,
}


@pytest.fixture
def small_cap_practice(
    tmp_path: Path, running_dovecot: DovecotServer, smtp: SmtpTestServer
) -> Practice:
    practice = make_practice(
        tmp_path, running_dovecot, smtp, now=NOW_ARG, mailbox={"max_message_mb": 1}
    )
    practice.ok("appointments", "import", str(write_appointments(tmp_path / "t.csv", BOOKINGS)))
    return practice


@pytest.mark.parametrize("build", list(HOSTILE.values()), ids=list(HOSTILE))
def test_hostile_mail_goes_to_staff_and_writes_nothing_outside(
    small_cap_practice: Practice, build: Callable[[], bytes]
) -> None:
    practice = small_cap_practice
    raw = build()
    files_before = practice.files_outside_attachments()
    practice.append(raw)

    practice.run_once()

    review = practice.json("review", "list")
    assert len([item for item in review if item["kind"] == "mail"]) == 1
    [flags] = practice.flags_by_message_id().values()
    assert r"\Flagged" in flags
    assert practice.uids(practice.processed_folder) == []
    # Only the state (db, journal, lock) changed outside the attachments store.
    new_files = practice.files_outside_attachments() - files_before
    assert {path.parent for path in new_files} <= {practice.state_path.parent}
    assert not list(practice.root.parent.glob("escaped*"))
    assert not list(practice.root.glob("**/escaped*"))
    assert not Path("/tmp/absolute_datenschutz.pdf").exists()
    for stored in practice.attachments_dir.rglob("*"):
        if stored.is_file():
            assert STORED_NAME.match(stored.name), stored
    # Nothing recorded as a confirmation from a mail staff must look at first.
    assert not any(a["confirmed"] for a in practice.json("appointments", "list"))


# --- one worker per state ----------------------------------------------------------------


def test_a_second_worker_on_the_same_state_is_refused(practice: Practice) -> None:
    first = Worker(load_config(practice.config), Clock(BERLIN, NOW))
    try:
        result = practice.cli("run", "--once")
    finally:
        first.close()
    assert result.code == 1
    assert "another praxis-worker is already running" in result.err
    assert practice.smtp.messages == []
    # Once the first has stopped, the next one runs.
    practice.run_once()


AUTHSERV_ID = "mx.praxis-impulse.de"


def test_trust_spoofed_confirmation_is_not_recorded_authenticated_one_is(
    tmp_path: Path, running_dovecot: DovecotServer, smtp: SmtpTestServer
) -> None:
    """Issue 12.1/12.2 through the real Dovecot: with the provider's authserv-id set, a
    confirmation in Anna's name whose provider header says dmarc=fail (with a pass
    smuggled into a quoted envelope address) records nothing and stays flagged for
    staff; Jürgen's, which passed, is recorded and answered."""
    practice = make_practice(
        tmp_path, running_dovecot, smtp, now=NOW_ARG, mailbox={"trusted_authserv_id": AUTHSERV_ID}
    )
    practice.ok("appointments", "import", str(write_appointments(tmp_path / "t.csv", BOOKINGS)))
    mails = day_of_mail()
    forged = patient_mail(
        sender="Anna Schmidt <anna.schmidt@web.de>",
        subject="Bestätigung Behandlung",
        date=at(16, 7, 10),
        body="Die Videobehandlung am 15.06. hat stattgefunden.\n\nAnna Schmidt\n",
        headers={
            "Authentication-Results": f'{AUTHSERV_ID}; spf=pass smtp.mailfrom="x;dmarc=pass"'
            "@evil.example; dkim=none; dmarc=fail (p=quarantine) header.from=web.de"
        },
    )
    genuine = patient_mail(
        sender="Juergen Weiss <j.weiss@gmx.de>",
        subject="Re: Ihr Telefontermin am 15.06.",
        date=at(16, 7, 55),
        body="Ja, das Telefonat am 15.06. hat stattgefunden, danke!\n\nJ. Weiß\n",
        headers={
            "Authentication-Results": f"{AUTHSERV_ID}; dkim=pass header.d=gmx.de;"
            " spf=pass smtp.mailfrom=gmx.de; dmarc=pass (p=quarantine) header.from=gmx.de"
        },
    )
    unauthenticated = mails.confirmation  # Anna's real words, but no provider header at all
    for raw in (forged, genuine, unauthenticated):
        practice.append(raw)

    practice.run_once()

    appointments = {a["external_id"]: a for a in practice.json("appointments", "list")}
    assert {key for key, a in appointments.items() if a["confirmed"]} == {"A-02"}
    assert appointments["A-02"]["confirmed_by_message_id"] == message_id_of(genuine)
    flagged = practice.flags_by_message_id()
    assert set(flagged) == {message_id_of(forged), message_id_of(unauthenticated)}
    assert all(r"\Flagged" in flags for flags in flagged.values())
    reasons = {i["message_id"]: i["reason"] for i in practice.json("review", "list")}
    assert "nicht authentifiziert" in reasons[message_id_of(forged)]
    assert "nicht authentifiziert" in reasons[message_id_of(unauthenticated)]
    receipts = [r for r in practice.json("outbox", "list") if r["kind"] == "confirmation_receipt"]
    assert [r["to"] for r in receipts] == ["j.weiss@gmx.de"]
