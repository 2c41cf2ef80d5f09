"""A week of one video appointment, driven by --now (issue 5 "Done when").

Booking on Monday, the access link set by staff, the patient's privacy form, the
reminder 24 h before, the appointment on Wednesday, the confirmation request an hour
after it ended, the patient's reply, the receipt, and a staff digest each morning at
07:00. `run --once` runs at chosen instants (and at idle instants in between, quiet
hours included); at each, exactly the expected mails reach the real SMTP server: each
once, dated with the --now instant, from the practice, marked automatic, threaded.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from email.message import EmailMessage
from email.utils import parsedate_to_datetime
from pathlib import Path

import pytest

from tests.fixtures.dovecot import DovecotServer
from tests.fixtures.smtpd import SmtpTestServer
from tests.integration.helpers import (
    BERLIN,
    PRACTICE_ADDRESS,
    PRACTICE_NAME,
    STAFF_ADDRESS,
    Practice,
    make_practice,
    message_id_of,
    patient_mail,
    pdf_bytes,
)

pytestmark = pytest.mark.integration

PATIENT = "lea.schulz@example.org"
LINK = "https://video.redmedical.de/#/join?code=M3ZT-4LPB"


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 6, day, hour, minute, tzinfo=BERLIN)  # 8 June 2026 is a Monday


@dataclass(frozen=True, slots=True)
class Step:
    when: datetime
    expected: tuple[tuple[str, str], ...]  # (kind, recipient) of the mails sent now
    action: str = ""  # what happens just before the run

    @property
    def id(self) -> str:
        return f"{self.when:%a %H:%M}" + (f" {self.action}" if self.action else "")


WEEK = [
    Step(at(8, 9), (("forms_request", PATIENT), ("staff_digest", STAFF_ADDRESS)), "booking"),
    Step(at(8, 11), (("video_link", PATIENT),), "set-link"),
    Step(at(8, 15), ()),
    Step(at(8, 23), ()),  # quiet hours
    Step(at(9, 7), (("staff_digest", STAFF_ADDRESS),)),
    Step(at(9, 8, 35), (), "form"),
    Step(at(9, 10), (("reminder", PATIENT),)),
    Step(at(9, 10, 5), ()),
    Step(at(10, 7), (("staff_digest", STAFF_ADDRESS),)),
    Step(at(10, 10, 15), ()),  # the session is running
    Step(at(10, 11), ()),  # ended 10:30; the request waits for an hour
    Step(at(10, 11, 30), (("confirmation_request", PATIENT),)),
    Step(at(10, 18, 5), (("confirmation_receipt", PATIENT),), "reply"),
    Step(at(11, 7), (("staff_digest", STAFF_ADDRESS),)),
    Step(at(12, 7), (("staff_digest", STAFF_ADDRESS),)),
    # The 3-day follow-up is not needed (confirmed); Saturday's digest, missed at 07:00
    # (no run then), goes out late rather than never.
    Step(at(13, 11, 30), (("staff_digest", STAFF_ADDRESS),)),
    Step(at(14, 7), (("staff_digest", STAFF_ADDRESS),)),
]


@pytest.fixture
def practice(
    tmp_path: Path,
    dovecot: DovecotServer,
    smtp_server_factory: Callable[..., SmtpTestServer],
) -> Practice:
    smtp = smtp_server_factory(security="starttls", auth=True)
    return make_practice(
        tmp_path,
        dovecot,
        smtp,
        schedule={
            "reminders_before_hours": [24],
            "confirmation_request_after_minutes": 60,
            "confirmation_reminder_after_days": [3],
            "digest_at": "07:00",
            "quiet_hours": "21:00-07:00",
        },
    )


def recipient(message: EmailMessage) -> str:
    return message["To"].addresses[0].addr_spec


def test_a_week_sends_exactly_the_expected_mails_each_once_threaded(practice: Practice) -> None:
    sent_so_far = 0
    appointment_id = 0
    request_id = ""
    reply_id = ""
    by_kind: dict[str, list[EmailMessage]] = {}
    outbox_kinds: dict[str, str] = {}
    for step in WEEK:
        now = step.when.isoformat()
        if step.action == "booking":
            out = practice.ok(
                "appointments", "add", "--name", "Lea Schulz", "--email", PATIENT,
                "--start", "2026-06-10 10:00", "--kind", "video", "--treatment", "KG",
                "--insurance", "gkv", now=now,
            )  # fmt: skip
            appointment_id = int(out.split()[1].rstrip(":"))
        elif step.action == "set-link":
            practice.ok("appointments", "set-link", str(appointment_id), LINK, now=now)
        elif step.action == "form":
            practice.append(
                patient_mail(
                    sender=f"Lea Schulz <{PATIENT}>",
                    subject="Datenschutzinformation",
                    date=at(9, 8, 30),
                    body="Guten Tag,\n\nanbei die unterschriebene Datenschutzinformation.\n",
                    attachments=[("Datenschutzinformation_Videobehandlung.pdf", pdf_bytes("DS"))],
                )
            )
        elif step.action == "reply":
            reply = patient_mail(
                sender=f"Lea Schulz <{PATIENT}>",
                subject="Re: " + str(by_kind["confirmation_request"][0]["Subject"]),
                date=at(10, 18),
                in_reply_to=request_id,
                body=(
                    "Ja, die Behandlung am 10.06. hat stattgefunden.\n\nViele Grüße\nLea Schulz\n\n"
                    "> Bitte bestätigen Sie Ihren Termin\n"
                ),
            )
            reply_id = message_id_of(reply)
            practice.append(reply)

        practice.run_once(now=now)

        new = [m.message for m in practice.smtp.messages[sent_so_far:]]
        sent_so_far = len(practice.smtp.messages)
        outbox_kinds.update(
            {row["message_id"]: row["kind"] for row in practice.json("outbox", "list")}
        )
        got = sorted((outbox_kinds[str(m["Message-ID"])], recipient(m)) for m in new)
        assert got == sorted(step.expected), f"at {step.id}"
        for message in new:
            kind = outbox_kinds[str(message["Message-ID"])]
            by_kind.setdefault(kind, []).append(message)
            assert parsedate_to_datetime(str(message["Date"])) == step.when, kind
            assert message["From"].addresses[0].display_name == PRACTICE_NAME
            assert message["From"].addresses[0].addr_spec == PRACTICE_ADDRESS
            assert message["X-Auto-Response-Suppress"] == "OOF, AutoReply"
            expected_auto = "auto-replied" if kind == "confirmation_receipt" else "auto-generated"
            assert message["Auto-Submitted"] == expected_auto, kind
        if "confirmation_request" in by_kind:
            request_id = str(by_kind["confirmation_request"][0]["Message-ID"])

    # Each once over the week; every mail to the patient threads onto the first one.
    patient_mail_kinds = [k for k, msgs in by_kind.items() for m in msgs if recipient(m) == PATIENT]
    assert sorted(patient_mail_kinds) == sorted(
        ["forms_request", "video_link", "reminder", "confirmation_request", "confirmation_receipt"]
    )
    first = by_kind["forms_request"][0]
    root = str(first["Message-ID"])
    assert first["In-Reply-To"] is None
    for kind in ("video_link", "reminder", "confirmation_request"):
        message = by_kind[kind][0]
        assert message["In-Reply-To"] == root, kind
        assert root in str(message["References"]).split(), kind
    receipt = by_kind["confirmation_receipt"][0]
    assert receipt["In-Reply-To"] == reply_id
    assert reply_id in str(receipt["References"]).split()
    assert len(by_kind["staff_digest"]) == 7  # one a day, Monday's at the booking run
    digest_days = [parsedate_to_datetime(str(m["Date"])).date() for m in by_kind["staff_digest"]]
    assert len(set(digest_days)) == len(digest_days)
    # Thursday's digest bills Wednesday's confirmed session (CSV); Wednesday's has none.
    thursday = by_kind["staff_digest"][3]
    [billing] = [part for part in thursday.iter_attachments() if part.get_filename()]
    assert billing.get_filename().endswith(".csv")
    assert "2026-06-10" in billing.get_content() or "10.06.2026" in billing.get_content()
    assert not [p for p in by_kind["staff_digest"][2].iter_attachments() if p.get_filename()]

    [appointment] = practice.json("appointments", "list")
    assert appointment["confirmed"]
    assert appointment["confirmed_by_message_id"] == reply_id
    [patient] = practice.json("patients", "list")
    assert "datenschutz_video" in patient["forms_received"]
    assert patient["forms_missing"] == []
    assert {row["status"] for row in practice.json("outbox", "list")} == {"sent"}
