"""A patient cancels by mail: nothing automatic goes out for the appointment, and no
confirmation counts, until staff have dealt with the mail (issue 13, "a cancelled
appointment was billed"). Real Dovecot and aiosmtpd, driven by --now."""

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
        tmp_path,
        dovecot,
        smtp_server_factory(),
        schedule={
            "reminders_before_hours": [24],
            "confirmation_request_after_minutes": 60,
            "quiet_hours": "21:00-07:00",
        },
    )


def patient_kinds(practice: Practice) -> list[str]:
    return sorted(
        row["kind"]
        for row in practice.json("outbox", "list")
        if row["to"].endswith(PATIENT) and row["status"] == "sent"
    )


def test_a_cancelled_appointment_gets_no_mail_and_no_confirmation_until_staff_decide(
    practice: Practice,
) -> None:
    out = practice.ok(
        "appointments", "add", "--name", "Jonas Wolf", "--email", PATIENT,
        "--start", "2026-06-10 10:00", "--kind", "phone", "--treatment", "KG",
        "--insurance", "private", now=at(8, 9).isoformat(),
    )  # fmt: skip
    appointment_id = int(out.split()[1].rstrip(":"))
    practice.run_once(now=at(8, 9).isoformat())
    booked = patient_kinds(practice)  # the appointment information

    practice.append(
        patient_mail(
            sender=f"Jonas Wolf <{PATIENT}>",
            subject="Termin Mittwoch",
            date=at(8, 12),
            body="Guten Tag,\n\nden Termin am Mittwoch muss ich leider absagen, ich bin krank.\n"
            "\nJonas Wolf\n",
        )
    )
    practice.run_once(now=at(8, 12, 5).isoformat())
    [appointment] = practice.json("appointments", "list")
    assert appointment["on_hold"] is True
    [item] = [i for i in practice.json("review", "list") if not i["resolved"]]

    # No reminder on Tuesday, no confirmation request after the session's time.
    for moment in (at(9, 10, 5), at(10, 11, 35), at(10, 17)):
        practice.run_once(now=moment.isoformat())
    assert patient_kinds(practice) == booked

    # A "yes" naming the day records nothing while the cancellation is open.
    practice.append(
        patient_mail(
            sender=f"Jonas Wolf <{PATIENT}>",
            subject="Behandlung",
            date=at(10, 18),
            body="Ja, danke. Die Behandlung am 10.06. hat stattgefunden.\n",
        )
    )
    practice.run_once(now=at(10, 18, 5).isoformat())
    [appointment] = practice.json("appointments", "list")
    assert not appointment["confirmed"]
    reasons = " ".join(i["reason"] for i in practice.json("review", "list") if not i["resolved"])
    assert "Absage" in reasons

    # Staff cancel the appointment and close the item: still nothing goes out or is billed.
    practice.ok("appointments", "cancel", str(appointment_id), now=at(11, 8).isoformat())
    practice.ok("review", "resolve", str(item["id"]), now=at(11, 8).isoformat())
    practice.run_once(now=at(11, 9).isoformat())
    [appointment] = practice.json("appointments", "list")
    assert appointment["status"] == "cancelled"
    assert appointment["on_hold"] is False
    assert not appointment["confirmed"]
    assert patient_kinds(practice) == booked


def test_the_hold_ends_when_staff_close_the_mail_and_the_appointment_stays(
    practice: Practice,
) -> None:
    practice.ok(
        "appointments", "add", "--name", "Jonas Wolf", "--email", PATIENT,
        "--start", "2026-06-10 10:00", "--kind", "phone", "--treatment", "KG",
        "--insurance", "private", now=at(8, 9).isoformat(),
    )  # fmt: skip
    practice.append(
        patient_mail(
            sender=f"Jonas Wolf <{PATIENT}>",
            subject="Termin verschieben?",
            date=at(8, 12),
            body="Hallo, können wir den Termin am Mittwoch auf später verschieben?\n",
        )
    )
    practice.run_once(now=at(8, 12, 5).isoformat())
    [item] = [i for i in practice.json("review", "list") if not i["resolved"]]
    assert practice.json("appointments", "list")[0]["on_hold"] is True

    # Staff called back: the appointment stays as booked. Closing the item releases it,
    # and the reminder owed for it goes out.
    practice.ok("review", "resolve", str(item["id"]), now=at(9, 9).isoformat())
    practice.run_once(now=at(9, 10, 5).isoformat())
    assert practice.json("appointments", "list")[0]["on_hold"] is False
    assert "reminder" in patient_kinds(practice)
