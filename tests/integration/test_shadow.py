"""Shadow mode and the clarifying question against real Dovecot and aiosmtpd (issue 9).

A day of mail in shadow mode must leave the IMAP folder exactly as it was (same UIDs,
same flags, no processed folder) and the SMTP sink empty, while `shadow report` lists
every decision. With `schedule.clarify` on, a confirmation naming a day without an
appointment gets exactly one question in its thread; the answer is recorded as the
confirmation with both mails as evidence; a second mismatch in that thread goes to
staff only.
"""

from __future__ import annotations

from contextlib import closing
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from state import confirmations as confirmation_store
from state.db import connect
from tests.fixtures.dovecot import DovecotServer
from tests.fixtures.smtpd import SmtpTestServer
from tests.integration.helpers import (
    BERLIN,
    Booking,
    Practice,
    bounce,
    message_id_of,
    out_of_office,
    patient_mail,
    pdf_bytes,
    write_appointments,
    write_config,
)

pytestmark = pytest.mark.integration

NOW = datetime(2026, 6, 16, 10, 0, tzinfo=BERLIN)  # a Tuesday morning
LINK = "https://video.redmedical.de/#/join?code=K7Q2-9XDA"
ANNA = "anna.schmidt@web.de"
MAX = "max.mustermann@gmx.de"
JONAS = "jonas.neu@posteo.de"
BOOKINGS = (
    Booking("T-1", "Anna Schmidt", ANNA, datetime(2026, 6, 15, 9, 0, tzinfo=BERLIN), kind="video", video_link=LINK),
    Booking("T-2", "Max Mustermann", MAX, datetime(2026, 6, 15, 14, 0, tzinfo=BERLIN)),
    Booking("T-3", "Jonas Neu", JONAS, datetime(2026, 6, 19, 11, 0, tzinfo=BERLIN), new_patient=True),
)  # fmt: skip


def practice_with_sources(
    root: Path, dovecot: DovecotServer, smtp: SmtpTestServer, *, clarify: bool = False
) -> Practice:
    """A practice whose appointments come from a CSV re-imported every cycle."""
    folder = dovecot.fresh_folder()
    dovecot.create_folder(folder)
    csv = write_appointments(root / "termine.csv", BOOKINGS)
    config = write_config(
        root,
        dovecot=dovecot,
        folder=folder,
        smtp=smtp,
        sources=[csv],
        schedule={"clarify": True} if clarify else None,
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
        default_now=NOW.isoformat(),
    )


def at(hour: int, minute: int = 0, *, day: int = 16) -> datetime:
    return datetime(2026, 6, day, hour, minute, tzinfo=BERLIN)


def a_day_of_mail() -> list[tuple[bytes, tuple[str, ...]]]:
    """(raw, IMAP flags): Anna's mail was already read by staff (\\Seen)."""
    return [
        (
            patient_mail(
                sender=f"Anna Schmidt <{ANNA}>",
                subject="Bestätigung",
                body="Die Videobehandlung am 15.06.2026 hat stattgefunden.\n",
                date=at(7, 40),
            ),
            (r"\Seen",),
        ),
        (
            patient_mail(
                sender=f"Max Mustermann <{MAX}>",
                subject="Frage",
                body="Muss ich für den nächsten Termin etwas vorbereiten?\n",
                date=at(8, 5),
            ),
            (),
        ),
        (
            patient_mail(
                sender=f"Jonas Neu <{JONAS}>",
                subject="Unterlagen",
                body="Anbei der Anamnesebogen.\n",
                date=at(8, 20),
                attachments=[("Anamnesebogen.pdf", pdf_bytes("Anamnese"))],
            ),
            (),
        ),
        (out_of_office(sender=MAX, date=at(8, 30)), ()),
        (
            bounce(recipient=JONAS, original_message_id="<pw-x@praxis-impulse.de>", date=at(8, 40)),
            (),
        ),
        (
            patient_mail(
                sender="Unbekannt <fremd@example.org>",
                subject="Bestätigung",
                body="Mein Termin am 15.06.2026 hat stattgefunden.\n",
                date=at(9, 0),
            ),
            (),
        ),
    ]


def test_a_day_in_shadow_mode_touches_neither_mailbox_nor_smtp(
    tmp_path: Path, running_dovecot: DovecotServer, smtp: SmtpTestServer
) -> None:
    practice = practice_with_sources(tmp_path, running_dovecot, smtp)
    mails = a_day_of_mail()
    for raw, flags in mails:
        practice.append(raw, flags)
    uids, flags = practice.uids(), practice.flags_by_message_id()
    assert flags[message_id_of(mails[0][0])] == {r"\Seen"}

    for minutes in (0, 10):  # a second cycle finds nothing new and changes nothing either
        practice.ok("run", "--once", "--shadow", now=(NOW + timedelta(minutes=minutes)).isoformat())
        assert practice.uids() == uids
        assert practice.flags_by_message_id() == flags
        assert practice.message_ids(practice.processed_folder) == []
        assert smtp.messages == []
    assert not practice.state_path.exists()
    with running_dovecot.client() as imap:
        assert not imap.folder_exists(practice.processed_folder)

    report = practice.json("shadow", "report")
    decided = {m["message_id"]: m for m in report["mails"]}
    assert set(decided) == {message_id_of(raw) for raw, _ in mails}
    verdicts = [decided[message_id_of(raw)]["verdict"] for raw, _ in mails]
    assert verdicts == ["processed", "staff", "processed", "automated", "staff", "staff"]
    anna = decided[message_id_of(mails[0][0])]
    assert [c["external_id"] for c in anna["confirmations"]] == ["T-1"]
    assert decided[message_id_of(mails[2][0])]["forms"] == ["anamnese"]
    planned = {(p["kind"], p["to"]) for p in report["planned"]}
    assert ("confirmation_receipt", ANNA) in planned
    assert ("confirmation_request", MAX) in planned
    assert all(p["status"] == "would_send" for p in report["planned"])
    assert not any(p["to"] == "fremd@example.org" for p in report["planned"])


# --- the clarifying question -------------------------------------------------------------


def mails_to(smtp: SmtpTestServer, address: str, kind_subject: str) -> list[object]:
    return [
        m.message
        for m in smtp.messages
        if address in m.rcpt_tos and kind_subject in str(m.message["Subject"])
    ]


QUESTION_SUBJECT = "Rückfrage zu Ihrer Bestätigung"


def ask_once(
    tmp_path: Path, dovecot: DovecotServer, smtp: SmtpTestServer
) -> tuple[Practice, str, str]:
    """Anna confirms the 12th (no appointment that day); returns (practice, her id, question id)."""
    practice = practice_with_sources(tmp_path, dovecot, smtp, clarify=True)
    first = patient_mail(
        sender=f"Anna Schmidt <{ANNA}>",
        subject="Bestätigung",
        body="Die Behandlung am 12.06.2026 hat stattgefunden.\n",
        date=at(9, 30),
    )
    practice.append(first)
    practice.run_once()
    practice.run_once(now=(NOW + timedelta(minutes=20)).isoformat())  # nothing more
    (question,) = mails_to(smtp, ANNA, QUESTION_SUBJECT)
    assert question["In-Reply-To"] == message_id_of(first)  # type: ignore[index]
    assert message_id_of(first) in str(question["References"])  # type: ignore[index]
    assert question["Auto-Submitted"] == "auto-replied"  # type: ignore[index]
    review = practice.json("review", "list")
    assert any("12.06.2026" in item["reason"] for item in review)  # staff see it too
    assert message_id_of(first) in practice.message_ids()  # flagged, stays in the inbox
    return practice, message_id_of(first), str(question["Message-ID"]).strip()  # type: ignore[index]


def confirmations_of(practice: Practice) -> list[confirmation_store.Confirmation]:
    with closing(connect(practice.state_path)) as conn:
        return confirmation_store.for_patient(conn, 1)


def test_a_mismatched_date_gets_one_question_and_the_answer_confirms(
    tmp_path: Path, running_dovecot: DovecotServer, smtp: SmtpTestServer
) -> None:
    practice, first_id, question_id = ask_once(tmp_path, running_dovecot, smtp)
    answer = patient_mail(
        sender=f"Anna Schmidt <{ANNA}>",
        subject=f"AW: {QUESTION_SUBJECT}",
        body="Ja.\n",
        date=at(11, 0),
        in_reply_to=question_id,
    )
    practice.append(answer)
    practice.run_once(now=at(11, 5).isoformat())

    (confirmation,) = confirmations_of(practice)
    assert confirmation.message_id == message_id_of(answer)
    assert first_id in confirmation.evidence
    assert question_id in confirmation.evidence
    (appointment,) = [a for a in practice.json("appointments", "list") if a["external_id"] == "T-1"]
    assert appointment["confirmed"] is True
    assert len(mails_to(smtp, ANNA, QUESTION_SUBJECT)) == 1


def test_a_second_mismatch_in_the_thread_goes_to_staff_only(
    tmp_path: Path, running_dovecot: DovecotServer, smtp: SmtpTestServer
) -> None:
    practice, _, question_id = ask_once(tmp_path, running_dovecot, smtp)
    next_day = at(10, 0, day=17)  # a new day: only the thread rule can hold the question back
    wrong_again = patient_mail(
        sender=f"Anna Schmidt <{ANNA}>",
        subject=f"AW: {QUESTION_SUBJECT}",
        body="Die Behandlung am 11.06.2026 hat stattgefunden.\n",
        date=next_day,
        in_reply_to=question_id,
    )
    practice.append(wrong_again)
    practice.run_once(now=(next_day + timedelta(minutes=5)).isoformat())

    assert len(mails_to(smtp, ANNA, QUESTION_SUBJECT)) == 1
    assert confirmations_of(practice) == []
    review = practice.json("review", "list")
    assert any("11.06.2026" in item["reason"] and not item["resolved"] for item in review)
    assert practice.flags_by_message_id()[message_id_of(wrong_again)] >= {r"\Flagged"}
