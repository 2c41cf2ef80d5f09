"""A wife writing from her husband's registered address for him (rules/behalf.py, blind X
x19): through `run --once` with a real Dovecot and aiosmtpd, driven by --now."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import pytest

from tests.fixtures.dovecot import DovecotServer
from tests.fixtures.smtpd import SmtpTestServer
from tests.integration.helpers import BERLIN, Practice, make_practice, patient_mail

pytestmark = pytest.mark.integration

ADDRESS = "klaus.zimmermann@example.org"


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 6, day, hour, minute, tzinfo=BERLIN)  # 8 June 2026 is a Monday


@pytest.fixture
def practice(
    tmp_path: Path,
    dovecot: DovecotServer,
    smtp_server_factory: Callable[..., SmtpTestServer],
) -> Practice:
    return make_practice(tmp_path, dovecot, smtp_server_factory())


def book(practice: Practice, start: str) -> int:
    out = practice.ok(
        "appointments", "add", "--name", "Klaus Zimmermann", "--email", ADDRESS,
        "--start", start, "--kind", "phone", "--treatment", "KG", "--insurance", "private",
        now=at(8, 8).isoformat(),
    )  # fmt: skip
    return int(out.split()[1].rstrip(":"))


def confirmed(practice: Practice) -> dict[int, bool]:
    return {a["id"]: a["confirmed"] for a in practice.json("appointments", "list")}


def open_reasons(practice: Practice) -> str:
    return " ".join(i["reason"] for i in practice.json("review", "list") if not i["resolved"])


def test_his_wife_confirms_his_session_and_their_sons_session_goes_to_staff(
    practice: Practice,
) -> None:
    monday = book(practice, "2026-06-08 10:00")
    wednesday = book(practice, "2026-06-10 10:00")

    practice.append(
        patient_mail(
            sender=f"Klaus Zimmermann <{ADDRESS}>",
            subject="Behandlung meines Mannes",
            date=at(9, 16),
            body="Guten Tag,\n\nich schreibe für meinen Mann Klaus, der kommt mit dem Computer "
            "nicht so zurecht. Er hatte am Montag, den 8. Juni, seine Behandlung am Telefon. "
            "Das hat stattgefunden, er ist sehr zufrieden.\n\nFreundliche Grüße\n"
            "Inge Zimmermann\n",
        )
    )
    practice.run_once(now=at(9, 16, 5).isoformat())
    assert confirmed(practice) == {monday: True, wednesday: False}
    assert open_reasons(practice) == ""

    # Written for him, but of their son's session: nothing recorded, staff read it.
    practice.append(
        patient_mail(
            sender=f"Klaus Zimmermann <{ADDRESS}>",
            subject="Behandlung",
            date=at(11, 16),
            body="Guten Tag,\n\nich schreibe für meinen Mann Klaus. Unser Sohn hatte am 10.6. "
            "seine Behandlung, die hat stattgefunden.\n\nInge Zimmermann\n",
        )
    )
    practice.run_once(now=at(11, 16, 5).isoformat())
    assert confirmed(practice) == {monday: True, wednesday: False}
    assert "Behandlung einer anderen Person (Angehörige)" in open_reasons(practice)
