"""`appointments release ID` (issue 13): staff end the hold a patient's cancellation or
reschedule mail put on one appointment, while the mail itself stays open; the patient's
other held appointment stays held, and a new such mail holds the released one again.
Real Dovecot and aiosmtpd, driven by --now."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import pytest

from tests.fixtures.dovecot import DovecotServer
from tests.fixtures.smtpd import SmtpTestServer
from tests.integration.helpers import BERLIN, Practice, make_practice, patient_mail

pytestmark = pytest.mark.integration

PATIENT = "jonas.wolf@example.org"


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 6, day, hour, minute, tzinfo=BERLIN)  # 8 June 2026 is a Monday


@pytest.fixture
def practice(
    tmp_path: Path,
    dovecot: DovecotServer,
    smtp_server_factory: Callable[..., SmtpTestServer],
) -> Practice:
    return make_practice(
        tmp_path, dovecot, smtp_server_factory(), schedule={"reminders_before_hours": [24]}
    )


def book(practice: Practice, start: str) -> int:
    out = practice.ok(
        "appointments", "add", "--name", "Jonas Wolf", "--email", PATIENT,
        "--start", start, "--kind", "phone", "--treatment", "KG",
        "--insurance", "private", now=at(8, 9).isoformat(),
    )  # fmt: skip
    return int(out.split()[1].rstrip(":"))


def on_hold(practice: Practice, now: datetime) -> dict[int, bool]:
    rows = practice.json("appointments", "list", now=now.isoformat())
    return {int(r["id"]): bool(r["on_hold"]) for r in rows}


def reminders_for(practice: Practice) -> list[object]:
    return [
        r["appointment_id"]
        for r in practice.json("outbox", "list")
        if r["kind"] == "reminder" and r["status"] == "sent"
    ]


def test_release_ends_the_hold_of_one_appointment_only(practice: Practice) -> None:
    first, second = book(practice, "2026-06-10 10:00"), book(practice, "2026-06-12 10:00")
    practice.append(
        patient_mail(
            sender=f"Jonas Wolf <{PATIENT}>",
            subject="Termin",
            date=at(8, 12),
            body="Guten Tag,\n\nich muss meinen Termin leider absagen.\n\nJonas Wolf\n",
        )
    )
    practice.run_once(now=at(8, 12, 5).isoformat())
    assert on_hold(practice, at(8, 12, 5)) == {first: True, second: True}
    out = practice.ok("appointments", "release", str(second), now=at(8, 14).isoformat())
    assert "released" in out
    again = practice.ok("appointments", "release", str(second), now=at(8, 15).isoformat())
    assert "was not on hold" in again
    assert on_hold(practice, at(8, 15)) == {first: True, second: False}
    assert len([i for i in practice.json("review", "list") if not i["resolved"]]) == 1
    practice.run_once(now=at(11, 10, 5).isoformat())
    assert reminders_for(practice) == [second]

    # A new cancellation mail holds it again.
    practice.append(
        patient_mail(
            sender=f"Jonas Wolf <{PATIENT}>",
            subject="Freitag",
            date=at(11, 11),
            body="Guten Tag,\n\nden Termin am Freitag muss ich doch absagen.\n\nJonas Wolf\n",
        )
    )
    practice.run_once(now=at(11, 11, 5).isoformat())
    assert on_hold(practice, at(11, 11, 5))[second] is True
