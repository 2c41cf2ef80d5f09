"""The staff alert: one mail per cycle, batching what is new; each item named once."""

from __future__ import annotations

import email
import sqlite3
from collections.abc import Iterator
from datetime import datetime, timedelta
from email import policy
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from rules.alerts import is_urgent_review, plan_staff_alert
from rules.digest import ReviewEntry
from rules.models import Appointment, AppointmentStatus, FormsPolicy, Kind, Patient
from state import appointments as appointment_store
from state import outbox
from state.db import connect
from tests.unit import factories
from tests.unit.test_digest import Practice, make_config
from worker.cycle import staff

BERLIN = ZoneInfo("Europe/Berlin")
NOW = datetime(2026, 12, 1, 7, 0, tzinfo=BERLIN)
POLICY = FormsPolicy(names={"anamnese": "Anamnesebogen", "datenschutz_video": "Datenschutz Video"})


def review_entry(**overrides: Any) -> ReviewEntry:
    values: dict[str, Any] = {
        "id": 1,
        "kind": "mail",
        "subject": "Termin",
        "reason": "Frage der Patientin/des Patienten; bitte beantworten.",
        "created_at": NOW - timedelta(minutes=5),
        "patient_id": 1,
        "categories": frozenset({"question"}),
    }
    values.update(overrides)
    return ReviewEntry(**values)


def plan(
    *,
    appointments: tuple[Appointment, ...] = (),
    patients: tuple[Patient, ...] = (),
    forms: dict[int, frozenset[str]] | None = None,
    already: frozenset[str] = frozenset(),
    **more: Any,
) -> tuple[str, ...]:
    alert = plan_staff_alert(
        now=NOW,
        zone=BERLIN,
        appointments=appointments,
        patients={p.id: p for p in patients},
        forms_received=forms or {},
        forms_policy=POLICY,
        forms_hours_before=24,
        link_hours_before=24,
        already_alerted=already,
        **more,
    )
    return () if alert is None else alert.keys


NEW = factories.patient(id=1, new_patient=True, name="Anna Schmidt")
OLD = factories.patient(id=2, emails=("bernd@gmx.de",), name="Bernd Meyer")


def at(hours: float) -> datetime:
    return NOW + timedelta(hours=hours)


@pytest.mark.parametrize(
    ("appointment", "patient", "forms", "expected"),
    [
        pytest.param(
            factories.appointment(id=7, start=at(20), patient_id=1), NEW, frozenset(),
            ("alert:forms:7",), id="new-patient-forms-missing-within-24h",
        ),
        pytest.param(
            factories.appointment(id=7, start=at(30), patient_id=1), NEW, frozenset(),
            (), id="forms-missing-but-later-than-24h",
        ),
        pytest.param(
            factories.appointment(id=7, start=at(20), patient_id=1), NEW,
            frozenset(POLICY.new_patient), (), id="forms-complete",
        ),
        pytest.param(
            factories.appointment(id=7, start=at(-1), patient_id=1), NEW, frozenset(),
            (), id="appointment-already-began",
        ),
        pytest.param(
            factories.appointment(id=8, start=at(5), patient_id=2, kind=Kind.VIDEO), OLD,
            frozenset(), ("alert:forms:8", "alert:link:8"), id="video-without-link-or-privacy-form",
        ),
        pytest.param(
            factories.appointment(id=8, start=at(5), patient_id=2, kind=Kind.VIDEO,
                                  video_link="K7Q"), OLD,
            frozenset({"datenschutz_video"}), (), id="video-with-link",
        ),
        pytest.param(
            factories.appointment(id=9, start=at(5), patient_id=2), OLD, frozenset(),
            (), id="existing-patient-by-phone-owes-nothing",
        ),
        pytest.param(
            factories.appointment(id=8, start=at(5), patient_id=2, kind=Kind.VIDEO,
                                  status=AppointmentStatus.CANCELLED), OLD,
            frozenset(), (), id="cancelled",
        ),
    ],
)  # fmt: skip
def test_upcoming_appointment_items(
    appointment: Appointment, patient: Patient, forms: frozenset[str], expected: tuple[str, ...]
) -> None:
    keys = plan(appointments=(appointment,), patients=(patient,), forms={patient.id: forms})
    assert keys == expected


@pytest.mark.parametrize(
    ("entry", "urgent"),
    [
        pytest.param(review_entry(categories=frozenset({"cancellation"})), True, id="cancellation"),
        pytest.param(review_entry(categories=frozenset({"reschedule"})), True, id="reschedule"),
        pytest.param(review_entry(categories=frozenset({"technical"})), True, id="technical"),
        pytest.param(review_entry(categories=frozenset({"bounce"})), True, id="bounce"),
        pytest.param(review_entry(categories=frozenset({"quarantine"})), True, id="unreadable"),
        pytest.param(review_entry(kind="alert", categories=frozenset()), True, id="system-alert"),
        pytest.param(
            review_entry(reason="Der Absendername passt zu Patientin/Patient ID 4, die Adresse "
                                "aber nicht: neue Adresse oder Fälschung? Bitte prüfen."),
            True, id="spoofing-name-match",
        ),
        pytest.param(
            review_entry(reason="Bestätigung nicht übernommen: die Absenderadresse ist nicht "
                                "authentifiziert (DMARC/DKIM); bitte prüfen."),
            True, id="spoofing-not-authenticated",
        ),
        pytest.param(review_entry(), False, id="question-waits-for-digest"),
        pytest.param(review_entry(categories=frozenset({"other"})), False, id="other"),
    ],
)  # fmt: skip
def test_which_review_items_are_urgent(entry: ReviewEntry, urgent: bool) -> None:
    assert is_urgent_review(entry) is urgent


def test_one_alert_batches_every_kind_of_item() -> None:
    def worker_item(item_id: int, kind: str, reason: str) -> ReviewEntry:
        return review_entry(
            id=item_id, kind=kind, subject="", reason=reason, categories=frozenset()
        )

    keys = plan(
        appointments=(factories.appointment(id=7, start=at(3), patient_id=1),),
        patients=(NEW,),
        review_items=(
            review_entry(id=4, categories=frozenset({"cancellation"})),
            review_entry(id=5),  # a question: digest only
            review_entry(id=6, categories=frozenset({"reschedule"}), created_at=NOW - timedelta(days=5)),
            worker_item(7, "delivery", "Mail 'reminder' wurde vom Mailserver endgültig abgelehnt."),
            worker_item(8, "missed_reminder", "Erinnerung für Termin 7 nicht rechtzeitig versendet."),
            worker_item(9, "held", "Tageslimit für Mails an diese Adresse erreicht."),
        ),
    )  # fmt: skip
    assert keys == (
        "alert:forms:7",
        "alert:review:4",
        "alert:review:7",
        "alert:review:8",
        "alert:review:9",
    )


def test_worker_items_are_titled_by_their_reason() -> None:
    alert = plan_staff_alert(
        now=NOW, zone=BERLIN, appointments=(), patients={}, forms_received={},
        forms_policy=POLICY, forms_hours_before=24, link_hours_before=24,
        review_items=(review_entry(id=9, kind="held", subject="", patient_id=3,
                                   patient_name="Bernd Meyer", reason="Tageslimit erreicht."),),
    )  # fmt: skip
    assert alert is not None
    [item] = alert.items
    assert item.title == "Mail zurückgehalten (Tageslimit): Tageslimit erreicht."
    assert item.detail == "(Prüfpunkt 9, Bernd Meyer)"


def test_a_mail_item_names_the_patient_and_the_flagged_mail_by_subject_and_date() -> None:
    alert = plan_staff_alert(
        now=NOW, zone=BERLIN, appointments=(), patients={}, forms_received={},
        forms_policy=POLICY, forms_hours_before=24, link_hours_before=24,
        review_items=(review_entry(
            id=12, subject="Termin morgen", patient_id=6, patient_name="Anna Schmidt",
            categories=frozenset({"cancellation"}), reason="Absage; bitte im Kalender prüfen.",
            mail_date=datetime(2026, 12, 1, 8, 15, tzinfo=BERLIN),
        ),),
    )  # fmt: skip
    assert alert is not None
    [item] = alert.items
    assert item.title == "Absage: „Termin morgen“"
    assert item.detail == (
        "Mail von Anna Schmidt vom 01.12.2026, 08:15 Uhr, im Posteingang markiert. "
        "Absage; bitte im Kalender prüfen. (Prüfpunkt 12)"
    )
    assert "Patient 6" not in item.detail


def test_no_alert_text_tells_staff_to_run_a_command() -> None:
    alert = plan_staff_alert(
        now=NOW, zone=BERLIN,
        appointments=(factories.appointment(id=8, start=at(4), patient_id=1, kind=Kind.VIDEO),),
        patients={1: NEW}, forms_received={}, forms_policy=POLICY, forms_hours_before=24,
        link_hours_before=24,
    )  # fmt: skip
    assert alert is not None
    text = " ".join(f"{item.title} {item.detail}" for item in alert.items)
    assert "praxis-worker" not in text
    assert "`" not in text
    assert "Anna Schmidt" in text


def test_items_already_alerted_are_not_repeated() -> None:
    appointments = (
        factories.appointment(id=7, start=at(3), patient_id=1),
        factories.appointment(id=8, start=at(4), patient_id=1, kind=Kind.VIDEO),
    )
    first = plan(appointments=appointments, patients=(NEW,))
    assert first == ("alert:forms:7", "alert:forms:8", "alert:link:8")
    assert plan(appointments=appointments, patients=(NEW,), already=frozenset(first)) == ()
    assert plan(
        appointments=appointments, patients=(NEW,), already=frozenset({"alert:forms:7"})
    ) == ("alert:forms:8", "alert:link:8")


def test_alert_texts_name_patient_time_and_missing_forms() -> None:
    alert = plan_staff_alert(
        now=NOW, zone=BERLIN, appointments=(factories.appointment(id=7, start=at(3), patient_id=1),),
        patients={1: NEW}, forms_received={}, forms_policy=POLICY, forms_hours_before=24,
        link_hours_before=24,
    )  # fmt: skip
    assert alert is not None
    [item] = alert.items
    assert (
        item.title == "Unterlagen fehlen: Anna Schmidt, Termin am 01.12.2026, 10:00 Uhr (Telefon)"
    )
    assert "Anamnesebogen" in item.detail


# --- through the worker: one mail per cycle, never the same item twice -------------------


@pytest.fixture
def conn() -> Iterator[sqlite3.Connection]:
    connection = connect(":memory:")
    yield connection
    connection.close()


def tokens() -> Iterator[str]:
    n = 0
    while True:
        n += 1
        yield f"{n:032x}"


def staff_rows(conn: sqlite3.Connection, kind: str) -> list[outbox.OutboxRow]:
    return [r for r in outbox.list_rows(conn) if r.kind == kind]


def test_worker_alerts_each_item_once_across_cycles(
    conn: sqlite3.Connection, tmp_path: Path
) -> None:
    config = make_config(tmp_path, staff=["team@praxis-impulse.de", "chefin@praxis-impulse.de"])
    token = tokens()
    p = Practice(conn)
    anna = p.patient("Anna Schmidt", "anna.schmidt@web.de", new=True)
    p.book(anna, NOW + timedelta(hours=5), Kind.VIDEO)
    before = NOW - timedelta(hours=1)  # before digest time: alerts only

    added = staff.enqueue_staff_mail(conn, config, now=before, token_factory=lambda: next(token))
    assert added == 2  # one alert, to each staff address
    [first, second] = staff_rows(conn, "staff_alert")
    assert {first.recipient, second.recipient} == {
        "team@praxis-impulse.de",
        "chefin@praxis-impulse.de",
    }
    mail = email.message_from_bytes(first.raw, policy=policy.default)
    body = mail.get_body(preferencelist=("plain",))
    assert body is not None
    text = body.get_content()
    assert "Unterlagen fehlen: Anna Schmidt" in text
    assert "Videolink fehlt: Anna Schmidt" in text
    assert mail["Auto-Submitted"] == "auto-generated"

    # Next cycle: nothing new, no mail.
    later = before + timedelta(minutes=1)
    assert staff.enqueue_staff_mail(conn, config, now=later, token_factory=lambda: next(token)) == 0

    # A cancellation arrives: the next alert names only it.
    p.review_mail(
        subject="Absage", reason="Absage eines Termins; bitte im Kalender prüfen.",
        categories=("cancellation",), at=later, n=1,
    )  # fmt: skip
    cycle = later + timedelta(minutes=1)
    assert staff.enqueue_staff_mail(conn, config, now=cycle, token_factory=lambda: next(token)) == 2
    newest = staff_rows(conn, "staff_alert")[-1]
    assert newest.subject == "praxis-worker: 1 Hinweis für das Praxisteam"


def test_quiet_hours_do_not_hold_back_staff_alerts(
    conn: sqlite3.Connection, tmp_path: Path
) -> None:
    config = make_config(tmp_path)
    p = Practice(conn)
    anna = p.patient("Anna Schmidt", "anna.schmidt@web.de", new=True)
    night = datetime(2026, 12, 1, 23, 30, tzinfo=BERLIN)
    p.book(anna, night + timedelta(hours=8), Kind.PHONE)
    staff.enqueue_alert(conn, config, now=night, token_factory=lambda: "ab" * 16)
    [row] = staff_rows(conn, "staff_alert")
    assert row.next_attempt_at == night
    assert outbox.due_for_sending(conn, now=night) == [row]


def test_alert_for_a_link_set_meanwhile_is_not_sent(
    conn: sqlite3.Connection, tmp_path: Path
) -> None:
    config = make_config(tmp_path)
    p = Practice(conn)
    bernd = p.patient("Bernd Meyer", "bernd@gmx.de")
    appointment = p.book(bernd, NOW + timedelta(hours=5), Kind.VIDEO)
    p.form(bernd, "datenschutz_video")
    appointment_store.set_link(conn, appointment, "K7Q-42X", now=NOW)
    assert staff.plan_alert(conn, config, now=NOW) is None


def test_an_alert_lists_at_most_max_rows_items_and_counts_the_rest(
    conn: sqlite3.Connection, tmp_path: Path
) -> None:
    """A backlog can raise thousands of items at once: the alert names the first MAX_ROWS
    and counts the rest (each stays flagged in the mailbox); all count as alerted."""
    from rules.digest import MAX_ROWS

    config = make_config(tmp_path)
    p = Practice(conn)
    before = NOW - timedelta(hours=1)
    for n in range(1, MAX_ROWS + 51):
        p.review_mail(
            subject="Absage", reason="Absage eines Termins; bitte im Kalender prüfen.",
            categories=("cancellation",), at=before, n=n,
        )  # fmt: skip
    assert staff.enqueue_alert(conn, config, now=before, token_factory=lambda: "cd" * 16) == 1
    [row] = staff_rows(conn, "staff_alert")
    assert row.subject == f"praxis-worker: {MAX_ROWS + 50} Hinweise für das Praxisteam"
    mail = email.message_from_bytes(row.raw, policy=policy.default)
    body = mail.get_body(preferencelist=("plain",))
    assert body is not None
    text = body.get_content()
    assert f"\n{MAX_ROWS}. " in text
    assert f"\n{MAX_ROWS + 1}. " not in text
    assert "… und 50 weitere; die Mails dazu sind im Posteingang markiert." in text
    # nothing left unalerted: the next cycle sends nothing
    later = before + timedelta(minutes=1)
    assert staff.enqueue_alert(conn, config, now=later, token_factory=lambda: "ef" * 16) == 0


def _reviews() -> list[ReviewEntry]:
    """Ten new review items out of order: urgent ones, a question (not urgent), one old."""
    at = NOW - timedelta(hours=1)
    entries = [
        review_entry(id=n, categories=frozenset({"cancellation"}), created_at=at + timedelta(s))
        for n, s in ((7, 7), (3, 3), (9, 9), (1, 1), (5, 5), (2, 2), (8, 8))
    ]
    entries.append(review_entry(id=4, created_at=at))  # a question: waits for the digest
    entries.append(review_entry(id=6, kind="delivery", subject="", created_at=at))  # urgent
    entries.append(review_entry(id=10, kind="alert", created_at=NOW - timedelta(days=4)))
    return entries


@pytest.mark.parametrize("cap", [0, 1, 3, 8, 50])
def test_a_capped_alert_lists_the_first_items_and_keeps_every_key(cap: int) -> None:
    """With max_listed the review items come as a stream, read once (a backlog's
    thousands are never held): the alert lists what the uncapped one lists first, in
    the same order, and still counts and records every item."""
    forms_due = factories.appointment(
        id=11, patient_id=NEW.id, start=NOW + timedelta(hours=3), kind=Kind.VIDEO,
        video_link="K7Q-42X",
    )  # fmt: skip
    args: dict[str, Any] = {
        "now": NOW,
        "zone": BERLIN,
        "appointments": (forms_due,),
        "patients": {NEW.id: NEW},
        "forms_received": {},
        "forms_policy": POLICY,
        "forms_hours_before": 24,
        "link_hours_before": 24,
        "already_alerted": frozenset({"alert:review:8"}),
    }
    full = plan_staff_alert(review_items=_reviews(), **args)
    assert full is not None
    assert [item.key for item in full.items] == [
        "alert:forms:11",
        *(f"alert:review:{n}" for n in (6, 1, 2, 3, 5, 7, 9)),
    ]
    read: list[int] = []

    def stream() -> Iterator[ReviewEntry]:
        for entry in _reviews():
            read.append(entry.id)
            yield entry

    capped = plan_staff_alert(review_items=stream(), max_listed=cap, **args)
    assert capped is not None
    assert capped.items == full.items[:cap]
    assert sorted(capped.keys) == sorted(full.keys)
    assert capped.total == full.total == 8
    assert len(capped.unlisted) == max(0, 8 - cap)
    assert sorted(read) == list(range(1, 11))  # every item was read, once


def test_a_capped_alert_with_nothing_new_is_none() -> None:
    assert (
        plan_staff_alert(
            now=NOW,
            zone=BERLIN,
            appointments=(),
            patients={},
            forms_received={},
            forms_policy=POLICY,
            forms_hours_before=24,
            link_hours_before=24,
            review_items=iter([review_entry(id=4)]),
            max_listed=5,
        )
        is None
    )
