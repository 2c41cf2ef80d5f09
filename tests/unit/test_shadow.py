"""Shadow mode, the cut-over to live, and the clarifying question on a Maildir practice."""

from __future__ import annotations

import contextlib
import io
import json
import os
from datetime import datetime, timedelta
from email import message_from_bytes, policy
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from typing import Any

import pytest

from state import confirmations as confirmation_store
from state import outbox as outbox_store
from state import review
from state.db import connect
from tests.unit.maildir_practice import ERIKA, JONAS, NOW, PRACTICE, Practice, files_under
from worker.cli import main

UNKNOWN = "fremd@example.org"


def patient_mail(
    sender: str,
    text: str,
    *,
    mid: str,
    at: datetime,
    subject: str = "Bestätigung",
    in_reply_to: str | None = None,
    references: tuple[str, ...] = (),
    headers: dict[str, str] | None = None,
) -> bytes:
    message = EmailMessage()
    message["From"] = sender
    message["To"] = PRACTICE
    message["Subject"] = subject
    message["Date"] = format_datetime(at)
    message["Message-ID"] = mid
    if in_reply_to:
        message["In-Reply-To"] = in_reply_to
    if references:
        message["References"] = " ".join(references)
    for name, value in (headers or {}).items():
        message[name] = value
    message.set_content(text)
    return message.as_bytes()


def cli(practice: Practice, *args: str, now: datetime = NOW) -> tuple[int, str]:
    argv = ["--config", str(practice.root / "praxis-worker.toml"), "--now", now.isoformat()]
    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(io.StringIO()):
        code = main([*argv, "--log-level", "WARNING", *args])
    return code, out.getvalue()


def deliver_at(practice: Practice, raw: bytes, at: datetime) -> str:
    """Deliver a mail with a Maildir delivery time (its INTERNALDATE) of `at`."""
    key = practice.deliver(raw)
    for sub in ("new", "cur"):
        for path in (practice.inbox / sub).iterdir():
            if path.name.startswith(key):
                os.utime(path, (at.timestamp(), at.timestamp()))
    return key


A_DAY_OF_MAIL = {
    "<c1@web.de>": (ERIKA, "Die Behandlung am 15.06.2026 hat stattgefunden."),
    "<q1@gmx.de>": (JONAS, "Muss ich die Formulare ausdrucken?"),
    "<x1@example.org>": (UNKNOWN, "Die Behandlung am 15.06.2026 hat stattgefunden."),
}


def deliver_a_day(practice: Practice) -> None:
    for index, (mid, (sender, text)) in enumerate(A_DAY_OF_MAIL.items()):
        at = NOW - timedelta(hours=3) + timedelta(minutes=10 * index)
        deliver_at(practice, patient_mail(sender, text, mid=mid, at=at), at)
    ooo = patient_mail(
        ERIKA,
        "Ich bin nicht im Büro.",
        mid="<ooo@web.de>",
        at=NOW - timedelta(hours=1),
        subject="Abwesenheitsnotiz",
        headers={"Auto-Submitted": "auto-replied"},
    )
    deliver_at(practice, ooo, NOW - timedelta(hours=1))


@pytest.fixture
def practice(tmp_path: Path) -> Practice:
    built = Practice.build(tmp_path / "practice")
    deliver_a_day(built)
    return built


def set_shadow_in_config(practice: Practice) -> None:
    config = practice.root / "praxis-worker.toml"
    text = config.read_text(encoding="utf-8")
    config.write_text(
        text.replace(
            'processed_folder = "Verarbeitet"', 'processed_folder = "Verarbeitet"\nshadow = true'
        ),
        encoding="utf-8",
    )


@pytest.mark.parametrize("how", ["flag", "config"])
def test_shadow_mode_touches_nothing_and_reports_every_mail(practice: Practice, how: str) -> None:
    before = files_under(practice.inbox)
    if how == "config":
        set_shadow_in_config(practice)
        code, _ = cli(practice, "run", "--once")
    else:
        code, _ = cli(practice, "run", "--once", "--shadow")
    assert code == 0
    # The mailbox: same files, same names (Maildir flags live in the name), no new folder.
    assert files_under(practice.inbox) == before
    assert practice.sent_files() == []
    assert not (practice.root / "state" / "state.db").exists()
    assert not (practice.root / "state" / "attachments").exists()
    assert (practice.root / "state" / "shadow.db").exists()

    code, out = cli(practice, "shadow", "report", "--json")
    assert code == 0
    report = json.loads(out)
    mails = {m["message_id"]: m for m in report["mails"]}
    assert set(mails) == {*A_DAY_OF_MAIL, "<ooo@web.de>"}
    assert mails["<c1@web.de>"]["verdict"] == "processed"
    assert [c["external_id"] for c in mails["<c1@web.de>"]["confirmations"]] == ["H-01"]
    assert mails["<c1@web.de>"]["dates"] == [{"day": "2026-06-15", "ambiguous": False}]
    assert mails["<q1@gmx.de>"]["verdict"] == "staff"
    assert mails["<q1@gmx.de>"]["staff_reasons"]
    assert mails["<x1@example.org>"]["verdict"] == "staff"
    assert mails["<ooo@web.de>"]["verdict"] == "automated"
    kinds = {(p["kind"], p["to"]) for p in report["planned"]}
    assert ("confirmation_receipt", ERIKA) in kinds
    assert ("forms_request", JONAS) in kinds
    assert all(p["status"] == "would_send" for p in report["planned"])
    assert not any(p["to"] == UNKNOWN for p in report["planned"])

    # A second cycle decides nothing twice; the text report names every mail.
    assert cli(practice, "run", "--once", "--shadow")[0] == 0
    assert len(json.loads(cli(practice, "shadow", "report", "--json")[1])["mails"]) == 4
    code, text = cli(practice, "shadow", "report", "--since", "2026-06-16")
    assert code == 0
    assert text.count("an das Team:") >= 2


def test_shadow_report_without_shadow_state_says_what_to_do(practice: Practice) -> None:
    code, _ = cli(practice, "shadow", "report")
    assert code == 1


def test_switching_to_live_never_answers_mail_from_before(practice: Practice) -> None:
    assert cli(practice, "run", "--once", "--shadow")[0] == 0
    switch = NOW + timedelta(hours=1)
    after = switch + timedelta(minutes=30)
    late = patient_mail(JONAS, "Wann ist mein Termin?", mid="<late@gmx.de>", at=after)
    deliver_at(practice, late, after)

    assert cli(practice, "run", "--once", now=switch)[0] == 0  # the switch: nothing new yet
    assert cli(practice, "run", "--once", now=after + timedelta(minutes=5))[0] == 0

    with contextlib.closing(connect(practice.root / "state" / "state.db")) as conn:
        seen = {r["message_id"] for r in conn.execute("SELECT message_id FROM inbound_messages")}
        kinds = [row.kind for row in outbox_store.list_rows(conn)]
    assert seen == {"<late@gmx.de>"}  # every mail from before the switch passed over
    assert "confirmation_receipt" not in kinds  # Erika's old confirmation is staff's
    # Staff sent the links, information and requests for these bookings by hand.
    assert not {"video_link", "appointment_info", "confirmation_request"} & set(kinds)

    # A booking made after the switch is the worker's from the start.
    booked_later = after + timedelta(hours=1)
    with (practice.root / "appointments.csv").open("a", encoding="utf-8") as csv:
        csv.write(
            "H-03;Erika Beispiel;erika.beispiel@web.de;22.06.2026 09:00;30;phone;KG;private;nein;\n"
        )
    assert cli(practice, "run", "--once", now=booked_later)[0] == 0
    with contextlib.closing(connect(practice.root / "state" / "state.db")) as conn:
        planned = [(row.kind, row.recipient) for row in outbox_store.list_rows(conn)]
    assert ("appointment_info", ERIKA) in planned
    # Mail from before stays exactly where staff left it.
    assert not (practice.inbox / ".Verarbeitet").exists() or not any(
        (practice.inbox / ".Verarbeitet" / "cur").iterdir()
    )


# --- the clarifying question -------------------------------------------------------------


def enable_clarify(practice: Practice) -> None:
    config = practice.root / "praxis-worker.toml"
    config.write_text(
        config.read_text(encoding="utf-8") + "\n[schedule]\nclarify = true\n", encoding="utf-8"
    )


def question_rows(practice: Practice) -> list[Any]:
    return [r for r in practice.outbox() if r.kind == "clarification"]


def test_a_mismatched_date_gets_one_question_and_its_answer_confirms(tmp_path: Path) -> None:
    practice = Practice.build(tmp_path / "practice")
    enable_clarify(practice)
    first = patient_mail(
        ERIKA, "Die Behandlung am 12.06.2026 hat stattgefunden.", mid="<m1@web.de>", at=NOW
    )
    deliver_at(practice, first, NOW)
    assert practice.run(NOW + timedelta(minutes=5)) == 0

    (question,) = question_rows(practice)
    assert question.recipient == ERIKA
    sent = {
        message_from_bytes(p.read_bytes(), policy=policy.default)["Message-ID"]: p
        for p in practice.sent_files()
    }
    wire = message_from_bytes(sent[question.message_id].read_bytes(), policy=policy.default)
    assert wire["In-Reply-To"] == "<m1@web.de>"
    assert "<m1@web.de>" in wire["References"]
    assert wire["Auto-Submitted"] == "auto-replied"
    assert "15. Juni 2026" in wire.get_content()
    reasons = [i.reason for i in practice.review_items() if i.kind == "mail"]
    assert any("12.06.2026" in r for r in reasons)  # staff see it all the same

    # The same mismatch again on the same day: no second question.
    again = patient_mail(
        ERIKA, "Die Behandlung am 12.06.2026 hat stattgefunden.", mid="<m1b@web.de>", at=NOW
    )
    deliver_at(practice, again, NOW + timedelta(minutes=10))
    assert practice.run(NOW + timedelta(minutes=15)) == 0
    assert len(question_rows(practice)) == 1

    answer_at = NOW + timedelta(hours=2)
    answer = patient_mail(
        ERIKA,
        "Ja.",
        mid="<m2@web.de>",
        at=answer_at,
        subject="AW: " + str(wire["Subject"]),
        in_reply_to=question.message_id,
        references=("<m1@web.de>", question.message_id),
    )
    deliver_at(practice, answer, answer_at)
    assert practice.run(answer_at + timedelta(minutes=5)) == 0
    with practice.state() as conn:
        confirmations = confirmation_store.for_patient(conn, 1)
    (confirmation,) = confirmations
    assert confirmation.message_id == "<m2@web.de>"
    assert "<m1@web.de>" in confirmation.evidence
    assert question.message_id in confirmation.evidence


def test_a_second_mismatch_in_the_question_thread_goes_to_staff_only(tmp_path: Path) -> None:
    practice = Practice.build(tmp_path / "practice")
    enable_clarify(practice)
    first = patient_mail(
        ERIKA, "Die Behandlung am 12.06.2026 hat stattgefunden.", mid="<m1@web.de>", at=NOW
    )
    deliver_at(practice, first, NOW)
    assert practice.run(NOW + timedelta(minutes=5)) == 0
    (question,) = question_rows(practice)

    next_day = NOW + timedelta(days=1)  # the daily limit is not what stops it
    wrong_again = patient_mail(
        ERIKA,
        "Die Behandlung am 11.06.2026 hat stattgefunden.",
        mid="<m3@web.de>",
        at=next_day,
        in_reply_to=question.message_id,
        references=("<m1@web.de>", question.message_id),
    )
    deliver_at(practice, wrong_again, next_day)
    assert practice.run(next_day + timedelta(minutes=5)) == 0
    assert len(question_rows(practice)) == 1
    with practice.state() as conn:
        open_items = review.list_items(conn, include_resolved=False)
        assert not confirmation_store.for_patient(conn, 1)
    assert any("11.06.2026" in item.reason for item in open_items)


def test_no_question_unless_the_practice_turns_it_on(tmp_path: Path) -> None:
    practice = Practice.build(tmp_path / "practice")
    first = patient_mail(
        ERIKA, "Die Behandlung am 12.06.2026 hat stattgefunden.", mid="<m1@web.de>", at=NOW
    )
    deliver_at(practice, first, NOW)
    assert practice.run(NOW + timedelta(minutes=5)) == 0
    assert question_rows(practice) == []
