"""A parent and a child on one e-mail address (issue 13, "shared family address"), and
the checks of `appointments add`. Real Dovecot and aiosmtpd, driven by --now."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import pytest

from tests.fixtures.dovecot import DovecotServer
from tests.fixtures.smtpd import SmtpTestServer
from tests.integration.helpers import BERLIN, Practice, body_text, make_practice, patient_mail

pytestmark = pytest.mark.integration

FAMILY = "familie.berger@example.org"
LINK = "https://video.redmedical.de/#/join?code=LEA1-2345"


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
        schedule={"confirmation_request_after_minutes": 60, "quiet_hours": "22:00-06:00"},
    )


def add(practice: Practice, name: str, start: str, *extra: str) -> int:
    out = practice.ok(
        "appointments", "add", "--name", name, "--email", FAMILY, "--start", start, *extra,
        now=at(8, 8).isoformat(),
    )  # fmt: skip
    return int(out.split()[1].rstrip(":"))


def book_family(practice: Practice) -> dict[str, int]:
    thomas = ("--kind", "phone", "--treatment", "MT", "--insurance", "private")
    lea = ("--kind", "video", "--treatment", "KG", "--insurance", "gkv", "--new-patient")
    return {
        "thomas_9": add(practice, "Thomas Berger", "2026-06-09 10:00", *thomas),
        "lea_10": add(practice, "Lea Berger", "2026-06-10 15:00", *lea, "--video-link", LINK),
        "thomas_11": add(practice, "Thomas Berger", "2026-06-11 09:00", *thomas),
        "lea_11": add(practice, "Lea Berger", "2026-06-11 15:00", *lea, "--video-link", LINK),
    }


def by_id(practice: Practice) -> dict[int, dict[str, object]]:
    return {a["id"]: a for a in practice.json("appointments", "list")}


def open_reasons(practice: Practice) -> str:
    return " ".join(i["reason"] for i in practice.json("review", "list") if not i["resolved"])


def test_parent_and_child_share_an_address_and_each_is_their_own_patient(
    practice: Practice,
) -> None:
    ids = book_family(practice)
    patients = {p["name"]: p for p in practice.json("patients", "list")}
    assert set(patients) == {"Thomas Berger", "Lea Berger"}
    assert patients["Thomas Berger"]["email"] == patients["Lea Berger"]["email"] == FAMILY
    assert patients["Thomas Berger"]["insurance"] == "private"  # not switched by Lea's booking
    assert patients["Lea Berger"]["insurance"] == "gkv"
    appointments = by_id(practice)
    assert appointments[ids["thomas_9"]]["name"] == "Thomas Berger"  # not moved to Lea
    assert appointments[ids["lea_10"]]["name"] == "Lea Berger"
    assert appointments[ids["thomas_9"]]["patient_id"] != appointments[ids["lea_10"]]["patient_id"]

    # Each gets their own mails, addressed by name.
    practice.run_once(now=at(8, 9).isoformat())
    to_family = [
        m.message
        for m in practice.smtp.messages
        if m.message["To"].addresses[0].addr_spec == FAMILY
    ]
    greetings = sorted(body_text(m).splitlines()[0] for m in to_family)
    assert "Guten Tag Thomas Berger," in greetings
    assert "Guten Tag Lea Berger," in greetings
    assert len(to_family) >= 2


def test_a_reply_naming_the_childs_day_confirms_the_childs_appointment(
    practice: Practice,
) -> None:
    ids = book_family(practice)
    for moment in (at(8, 9), at(9, 12), at(10, 17)):  # requests for the 9th and the 10th
        practice.run_once(now=moment.isoformat())
    requests = {
        r["appointment_id"]: r
        for r in practice.json("outbox", "list")
        if r["kind"] == "confirmation_request"
    }
    assert set(requests) == {ids["thomas_9"], ids["lea_10"]}
    lea_request = next(
        m.message
        for m in practice.smtp.messages
        if str(m.message["Message-ID"]).strip() == requests[ids["lea_10"]]["message_id"]
    )
    assert body_text(lea_request).startswith("Guten Tag Lea Berger,")

    # The father writes a new mail about his daughter's session, signed with his name.
    practice.append(
        patient_mail(
            sender=f"Thomas Berger <{FAMILY}>",
            subject="Bestätigung",
            date=at(10, 18),
            body="Guten Tag,\n\ndie Behandlung meiner Tochter Lea am 10.06.2026 hat "
            "stattgefunden.\n\nViele Grüße\nThomas Berger\n",
        )
    )
    practice.run_once(now=at(10, 18, 5).isoformat())
    appointments = by_id(practice)
    assert appointments[ids["lea_10"]]["confirmed"] is True
    assert appointments[ids["thomas_9"]]["confirmed"] is False
    assert "mehreren Patienten" not in open_reasons(practice)

    # A plain "Ja" in answer to our request about his own session confirms that one.
    practice.append(
        patient_mail(
            sender=f"Thomas Berger <{FAMILY}>",
            subject="Re: Bitte bestätigen Sie Ihren Termin",
            date=at(10, 19),
            body="Ja, danke.\n\nGruß\nThomas\n",
            in_reply_to=str(requests[ids["thomas_9"]]["message_id"]),
        )
    )
    practice.run_once(now=at(10, 19, 5).isoformat())
    appointments = by_id(practice)
    assert appointments[ids["thomas_9"]]["confirmed"] is True
    assert appointments[ids["thomas_11"]]["confirmed"] is False
    assert appointments[ids["lea_11"]]["confirmed"] is False


def test_a_reply_that_could_mean_either_goes_to_staff_and_records_nothing(
    practice: Practice,
) -> None:
    ids = book_family(practice)
    practice.append(
        patient_mail(
            sender=f"Thomas Berger <{FAMILY}>",
            subject="Termin",
            date=at(11, 18),
            body="Hallo,\n\nder Termin am 11.06.2026 hat stattgefunden.\n\nThomas Berger\n",
        )
    )
    practice.run_once(now=at(11, 18, 5).isoformat())
    appointments = by_id(practice)
    assert not any(a["confirmed"] for a in appointments.values())
    reasons = open_reasons(practice)
    assert "Adresse gehört mehreren Patienten: Thomas Berger" in reasons
    assert "Lea Berger" in reasons
    assert ids  # four appointments, none confirmed


def test_a_cancellation_that_could_mean_either_holds_both_until_staff_decide(
    practice: Practice,
) -> None:
    ids = book_family(practice)
    practice.append(
        patient_mail(
            sender=f"Thomas Berger <{FAMILY}>",
            subject="Termin Donnerstag",
            date=at(8, 12),
            body="Guten Tag,\n\nden Termin am Donnerstag müssen wir leider absagen.\n\n"
            "Thomas Berger\n",
        )
    )
    practice.run_once(now=at(8, 12, 5).isoformat())
    appointments = by_id(practice)
    assert appointments[ids["thomas_11"]]["on_hold"] is True
    assert appointments[ids["lea_11"]]["on_hold"] is True
    assert "Adresse gehört mehreren Patienten" in open_reasons(practice)
    [item] = [i for i in practice.json("review", "list") if not i["resolved"]]
    practice.ok("review", "resolve", str(item["id"]), now=at(9, 9).isoformat())
    assert not any(a["on_hold"] for a in by_id(practice).values())


def test_add_refuses_duplicates_and_bad_links_and_warns_on_sunday_or_past(
    practice: Practice,
) -> None:
    lea = ("--kind", "video", "--treatment", "KG", "--insurance", "gkv")
    first = add(practice, "Lea Berger", "2026-06-10 15:00", *lea, "--video-link", LINK)

    again = practice.cli(
        "appointments", "add", "--name", "lea  berger", "--email", FAMILY.upper(),
        "--start", "2026-06-10 15:00", *lea, now=at(8, 8).isoformat(),
    )  # fmt: skip
    assert again.code != 0
    assert f"already has appointment {first}" in again.err
    # The same time for her father is no duplicate.
    add(practice, "Thomas Berger", "2026-06-10 15:00", *lea)

    for link, problem in (
        ("http://video.redmedical.de/x", "must start with https://"),
        ("https://meet.example.com/lea", 'host "meet.example.com" is not a configured video host'),
    ):
        refused = practice.cli(
            "appointments", "add", "--name", "Lea Berger", "--email", FAMILY,
            "--start", "2026-06-12 15:00", *lea, "--video-link", link, now=at(8, 8).isoformat(),
        )  # fmt: skip
        assert refused.code != 0
        assert problem in refused.err
        refused = practice.cli("appointments", "set-link", str(first), link)
        assert refused.code != 0
        assert problem in refused.err
    assert by_id(practice)[first]["video_link"] == LINK

    sunday = practice.cli(
        "appointments", "add", "--name", "Lea Berger", "--email", FAMILY,
        "--start", "2026-06-14 11:00", *lea, now=at(8, 8).isoformat(),
    )  # fmt: skip
    assert sunday.code == 0
    assert "is a Sunday" in sunday.err
    past = practice.cli(
        "appointments", "add", "--name", "Lea Berger", "--email", FAMILY,
        "--start", "2026-06-05 11:00", *lea, now=at(8, 8).isoformat(),
    )  # fmt: skip
    assert past.code == 0
    assert "is in the past" in past.err
    assert len(by_id(practice)) == 4


def test_an_imported_row_with_a_foreign_link_is_refused_and_the_rest_imported(
    practice: Practice,
) -> None:
    csv = practice.root / "termine.csv"
    csv.write_text(
        "name;email;start;kind;treatment;insurance;video_link\n"
        f"Lea Berger;{FAMILY};2026-06-10 15:00;video;KG;gkv;{LINK}\n"
        f"Thomas Berger;{FAMILY};2026-06-11 15:00;video;KG;private;https://evil.example/x\n"
        f"Thomas Berger;{FAMILY};2026-06-12 15:00;phone;KG;private;\n",
        encoding="utf-8",
    )
    out = practice.ok("appointments", "import", str(csv), now=at(8, 8).isoformat())
    assert "2 added" in out
    assert "1 refused" in out
    assert 'line 3: refused: video_link: host "evil.example"' in out
    assert {p["name"] for p in practice.json("patients", "list")} == {"Lea Berger", "Thomas Berger"}
