"""Staff edits against a `sources` file that is re-imported every cycle (issue 13).

Ownership: `appointments cancel` and `set-link` here win over the file until that file
row itself changes; then the file's row applies, but a cancellation made here is never
undone by it (the appointment stays cancelled and a review item tells staff). Through
the CLI and `run --once` against the real Dovecot and aiosmtpd.
"""

from __future__ import annotations

from datetime import datetime
from email import message_from_bytes, policy
from pathlib import Path

import pytest

from tests.fixtures.dovecot import DovecotServer
from tests.fixtures.smtpd import SmtpTestServer
from tests.integration.helpers import (
    BERLIN,
    Booking,
    Practice,
    write_appointments,
    write_config,
)

pytestmark = pytest.mark.integration

NOW = datetime(2026, 6, 16, 10, 0, tzinfo=BERLIN)  # a Tuesday morning
OLD_LINK = "https://video.redmedical.de/#/join?code=OLD1-AAAA"
NEW_LINK = "https://video.redmedical.de/#/join?code=NEW2-BBBB"
FILE_LINK = "https://video.redmedical.de/#/join?code=FIL3-CCCC"
CANCELLED_SUBJECT = "Termin abgesagt: Donnerstag, 18. Juni 2026, 14:00 Uhr"


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 6, day, hour, minute, tzinfo=BERLIN)


PHONE = Booking("B-01", "Jürgen Weiß", "j.weiss@gmx.de", at(18, 14))
VIDEO = Booking(
    "B-02", "Anna Schmidt", "anna.schmidt@web.de", at(19, 9), "video", video_link=OLD_LINK
)


@pytest.fixture
def practice(tmp_path: Path, running_dovecot: DovecotServer, smtp: SmtpTestServer) -> Practice:
    folder = running_dovecot.fresh_folder()
    running_dovecot.create_folder(folder)
    write_appointments(tmp_path / "termine.csv", [PHONE, VIDEO])
    config = write_config(
        tmp_path,
        dovecot=running_dovecot,
        folder=folder,
        smtp=smtp,
        sources=[tmp_path / "termine.csv"],
    )
    return Practice(
        root=tmp_path,
        config=config,
        dovecot=running_dovecot,
        folder=folder,
        processed_folder=f"{folder}_Verarbeitet",
        smtp=smtp,
        state_path=tmp_path / "state" / "state.db",
        attachments_dir=tmp_path / "state" / "attachments",
        default_now=NOW.isoformat(),
    )


def by_external_id(practice: Practice, now: datetime) -> dict[str, dict[str, object]]:
    rows = practice.json("appointments", "list", now=now.isoformat())
    return {str(r["external_id"]): r for r in rows}


def mails_to(practice: Practice, address: str, *, since: int = 0) -> list[bytes]:
    return [m.content for m in practice.smtp.messages[since:] if address in m.rcpt_tos]


def test_staff_edits_survive_the_reimport_until_the_file_row_changes(practice: Practice) -> None:
    practice.run_once()
    rows = by_external_id(practice, NOW)
    phone_id, video_id = str(rows["B-01"]["id"]), str(rows["B-02"]["id"])
    practice.ok("appointments", "cancel", phone_id)
    practice.ok("appointments", "set-link", video_id, NEW_LINK)
    edited = len(practice.smtp.messages)  # the booking mails went out before the edits

    # The next cycles re-import the unchanged file: staff's edits stand, and the day
    # before the cancelled session no reminder goes out for it.
    practice.run_once(now=at(16, 11).isoformat())
    practice.run_once(now=at(17, 15).isoformat())
    rows = by_external_id(practice, at(17, 15))
    assert rows["B-01"]["status"] == "cancelled"
    assert rows["B-02"]["video_link"] == NEW_LINK
    assert subjects_to(practice, PHONE.email, since=edited) == [CANCELLED_SUBJECT]  # no reminder
    to_anna = mails_to(practice, VIDEO.email, since=edited)
    assert any(b"NEW2-BBBB" in m for m in to_anna)  # the changed link went out
    assert not any(b"OLD1-AAAA" in m for m in to_anna)  # and nothing with the old code

    # The file rows change: the video row's new link applies (the file changed after the
    # local edit); the cancelled row is moved in the file but stays cancelled, and staff
    # are told once.
    moved = Booking(PHONE.external_id, PHONE.name, PHONE.email, at(18, 16))
    relinked = Booking(
        VIDEO.external_id, VIDEO.name, VIDEO.email, VIDEO.start, "video", video_link=FILE_LINK
    )
    write_appointments(practice.root / "termine.csv", [moved, relinked])
    practice.run_once(now=at(17, 16).isoformat())
    practice.run_once(now=at(17, 17).isoformat())
    rows = by_external_id(practice, at(17, 17))
    assert rows["B-01"]["status"] == "cancelled"
    assert rows["B-02"]["video_link"] == FILE_LINK
    assert subjects_to(practice, PHONE.email, since=edited) == [CANCELLED_SUBJECT]  # no reminder
    told = [
        i
        for i in practice.json("review", "list", now=at(17, 17).isoformat())
        if i["kind"] == "import"
    ]
    assert len(told) == 1
    assert f"Termin {phone_id} ist hier abgesagt" in str(told[0]["reason"])


def subjects_to(practice: Practice, address: str, *, since: int = 0) -> list[str]:
    found = []
    for content in mails_to(practice, address, since=since):
        message = message_from_bytes(content, policy=policy.default)
        found.append(str(message["Subject"]))
    return found


def test_the_patient_is_told_once_when_the_practice_moves_or_cancels(
    practice: Practice,
) -> None:
    """Issue 13 C: "Termin abgesagt" after `appointments cancel`, "Termin verlegt" after
    an import with a new start time; each exactly once, however often the same command,
    import or cycle runs again."""
    practice.run_once()
    rows = by_external_id(practice, NOW)
    booked = len(practice.smtp.messages)
    out = practice.ok("appointments", "cancel", str(rows["B-01"]["id"]))
    assert "patient will be told" in out
    practice.ok("appointments", "cancel", str(rows["B-01"]["id"]))  # again: nothing new
    moved = Booking(
        VIDEO.external_id, VIDEO.name, VIDEO.email, at(19, 11), "video", video_link=OLD_LINK
    )
    csv = write_appointments(practice.root / "termine.csv", [PHONE, moved])
    assert "updated" in practice.ok("appointments", "import", str(csv))
    practice.ok("appointments", "import", str(csv))  # the same file again
    practice.run_once(now=at(16, 11).isoformat())
    practice.run_once(now=at(16, 12).isoformat())

    assert subjects_to(practice, PHONE.email, since=booked) == [CANCELLED_SUBJECT]
    to_anna = subjects_to(practice, VIDEO.email, since=booked)
    assert to_anna.count("Termin verlegt: jetzt am Freitag, 19. Juni 2026, 11:00 Uhr") == 1
    assert by_external_id(practice, at(16, 12))["B-02"]["start"].startswith("2026-06-19T11:00")


def test_a_move_in_the_sources_file_is_told_by_the_next_cycle(practice: Practice) -> None:
    practice.run_once()
    booked = len(practice.smtp.messages)
    moved = Booking(PHONE.external_id, PHONE.name, PHONE.email, at(18, 16))
    write_appointments(practice.root / "termine.csv", [moved, VIDEO])
    practice.run_once(now=at(16, 11).isoformat())
    practice.run_once(now=at(16, 12).isoformat())
    assert subjects_to(practice, PHONE.email, since=booked) == [
        "Termin verlegt: jetzt am Donnerstag, 18. Juni 2026, 16:00 Uhr"
    ]
    assert subjects_to(practice, VIDEO.email, since=booked) == []
