"""Shared family addresses (rules/household.py), video links and booking warnings."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from rules.bookings import BookingError, booking_warnings, build_booking
from rules.household import pick_household_member
from rules.models import (
    Appointment,
    AppointmentStatus,
    DateMention,
    Insurance,
    Kind,
    OutboxRef,
    Patient,
    TelemedicinePolicy,
    Treatment,
)
from rules.telemedicine import video_link_problem

BERLIN = ZoneInfo("Europe/Berlin")
NOW = datetime(2026, 3, 27, 12, 0, tzinfo=BERLIN)  # a Friday; the DST switch is on Sunday
ADDRESS = "familie.berger@web.de"
THOMAS = Patient(
    id=1, name="Thomas Berger", emails=(ADDRESS,), new_patient=False, insurance=Insurance.PRIVATE
)
LEA = Patient(id=2, name="Lea Berger", emails=(ADDRESS,), new_patient=True, insurance=Insurance.GKV)
MEMBERS = (THOMAS, LEA)


def session(appointment_id: int, patient: Patient, day: int, hour: int = 10) -> Appointment:
    start = datetime(2026, 3, day, hour, 0, tzinfo=BERLIN)
    return Appointment(
        id=appointment_id,
        external_id=None,
        patient_id=patient.id,
        start=start,
        end=start + timedelta(minutes=30),
        kind=Kind.VIDEO,
        treatment=Treatment.KG,
    )


# Thomas on the 23rd and 25th, Lea on the 24th and 25th.
APPOINTMENTS = (
    session(11, THOMAS, 23),
    session(12, LEA, 24),
    session(13, THOMAS, 25, 9),
    session(14, LEA, 25, 15),
)


def on(*days: int) -> tuple[DateMention, ...]:
    return tuple(DateMention(day=date(2026, 3, d), sentence=f"am {d}.3.") for d in days)


def request_to(patient: Patient, appointment_id: int) -> OutboxRef:
    return OutboxRef(
        message_id=f"<pw-cr-{appointment_id}@praxis-impulse.de>",
        kind="confirmation_request",
        patient_id=patient.id,
        appointment_id=appointment_id,
    )


@pytest.mark.parametrize(
    ("text", "mentions", "thread", "expected"),
    [
        pytest.param("Lea hatte am 24.3. Termin.", on(24), (), LEA, id="name-and-her-date"),
        pytest.param("Die Behandlung am 24.3. hat stattgefunden.", on(24), (), LEA, id="only-her-date"),
        pytest.param("Die Behandlung am 23.3. fand statt.", on(23), (), THOMAS, id="only-his-date"),
        pytest.param(
            "Für meine Tochter Lea: der Termin am 25.3. fand statt.\n\nViele Grüße\nThomas Berger",
            on(25), (), LEA, id="both-that-day-name-in-body-signature-ignored",
        ),
        pytest.param("Der Termin am 25.3. fand statt.", on(25), (), None, id="both-that-day-no-name"),
        pytest.param(
            "Lea und Thomas hatten am 25.3. Termin.", on(25), (), None, id="both-named-both-that-day"
        ),
        pytest.param("Lea hatte am 23.3. Termin.", on(23), (), None, id="name-and-date-disagree"),
        pytest.param("Ja, danke.", (), (request_to(LEA, 12),), LEA, id="reply-to-her-request"),
        pytest.param(
            "Ja, danke.\n\nGruß\nThomas", (), (request_to(LEA, 12),), LEA,
            id="reply-to-her-request-signed-by-father",
        ),
        pytest.param(
            "Ja, am 23.3.", on(23), (request_to(LEA, 12),), None, id="reply-to-her-request-his-date"
        ),
        pytest.param(
            "Thomas war da.", (), (request_to(LEA, 12),), None, id="reply-to-her-request-names-him"
        ),
        pytest.param(
            "Ja.", (), (request_to(LEA, 12), request_to(THOMAS, 11)), None, id="replies-to-both"
        ),
        pytest.param(
            "Der Termin am 25.3. fand statt.\n\nThomas Berger", on(25), (), None,
            id="both-that-day-bare-signature-is-no-name",
        ),
        pytest.param(
            "Lea hatte am 25.3. Termin.\n\nThomas B.", on(25), (), LEA,
            id="both-that-day-her-name-his-bare-signature",
        ),
        pytest.param(
            "Vom 23. bis 25.3. alle Termine.",
            (
                DateMention(day=date(2026, 3, 23), sentence="", ambiguous=True,
                            span=(date(2026, 3, 23), date(2026, 3, 25))),
                DateMention(day=date(2026, 3, 25), sentence="", ambiguous=True,
                            span=(date(2026, 3, 23), date(2026, 3, 25))),
            ),
            (), None, id="range-covers-both",
        ),
        pytest.param(
            "Vom 23. bis 24.3. alle Termine.",
            (
                DateMention(day=date(2026, 3, 23), sentence="", ambiguous=True,
                            span=(date(2026, 3, 22), date(2026, 3, 24))),
            ),
            (), None, id="range-inside-covers-her-day",
        ),
        pytest.param(
            "Meine Tochter hatte am 23.3. Termin.", on(23), (), None,
            id="relative-unnamed-on-his-day",
        ),
        pytest.param(
            "Meine Tochter war da.", (), (request_to(THOMAS, 11),), None,
            id="reply-to-his-request-about-the-daughter",
        ),
        pytest.param(
            "Meine Tochter Lea war am 24.3. da.", on(24), (), LEA, id="relative-named",
        ),
        pytest.param(
            "Ja, unsere Lea war da.", (), (request_to(LEA, 12),), LEA,
            id="reply-to-her-request-naming-her",
        ),
        pytest.param("Hat Lea noch Formulare offen?", (), (), LEA, id="question-naming-her"),
        pytest.param("Hat stattgefunden.", (), (), None, id="nothing-to-tell"),
        pytest.param("Der Termin am 20.3. fand statt.", on(20), (), None, id="day-of-neither"),
        pytest.param("Bergers Termin am 24.3.", on(24), (), LEA, id="family-name-is-no-name"),
        pytest.param("Leas Termin am 25.3.", on(25), (), None, id="possessive-is-no-whole-word"),
    ],
)  # fmt: skip
def test_pick_household_member(
    text: str,
    mentions: tuple[DateMention, ...],
    thread: tuple[OutboxRef, ...],
    expected: Patient | None,
) -> None:
    pick = pick_household_member(
        members=MEMBERS,
        text=text,
        mentions=mentions,
        appointments=APPOINTMENTS,
        thread=thread,
        timezone="Europe/Berlin",
    )
    assert pick.patient == expected
    if expected is None:
        assert pick.reason is not None
        assert pick.reason.startswith("Adresse gehört mehreren Patienten: Thomas Berger (ID 1)")
    else:
        assert pick.reason is None


def test_a_cancelled_appointment_does_not_point_to_its_patient() -> None:
    cancelled = (
        session(11, THOMAS, 23),
        Appointment(**{**_fields(session(12, LEA, 23, 15)), "status": AppointmentStatus.CANCELLED}),
    )
    pick = pick_household_member(
        members=MEMBERS, text="Termin am 23.3.", mentions=on(23), appointments=cancelled,
        thread=(), timezone="Europe/Berlin",
    )  # fmt: skip
    assert pick.patient == THOMAS


def _fields(a: Appointment) -> dict[str, object]:
    return {name: getattr(a, name) for name in a.__slots__}  # type: ignore[attr-defined]


def test_one_member_is_simply_that_patient() -> None:
    pick = pick_household_member(
        members=(LEA,), text="", mentions=(), appointments=(), thread=(), timezone="Europe/Berlin"
    )
    assert pick.patient == LEA


HOSTS = ("redmedical.de",)


@pytest.mark.parametrize(
    ("link", "problem"),
    [
        pytest.param("https://video.redmedical.de/#/join?code=K7Q2-9XDA", None, id="redmedical"),
        pytest.param("https://redmedical.de/x", None, id="the-host-itself"),
        pytest.param("HTTPS://Video.RedMedical.DE/x", None, id="case-insensitive"),
        pytest.param("K7Q2-9XDA", None, id="access-code"),
        pytest.param("http://video.redmedical.de/x", "must start with https://", id="plain-http"),
        pytest.param("video.redmedical.de/x", "must start with https://", id="no-scheme"),
        pytest.param("https://zoom.us/j/1", 'host "zoom.us" is not a configured', id="other-host"),
        pytest.param(
            "https://redmedical.de.evil.io/x", 'host "redmedical.de.evil.io"', id="lookalike-suffix"
        ),
        pytest.param("https://evilredmedical.de/x", 'host "evilredmedical.de"', id="lookalike-prefix"),
        pytest.param("https://redmedical.de@evil.io/x", "user name", id="userinfo-trick"),
        pytest.param("https:///x", "names no host", id="no-host"),
    ],
)  # fmt: skip
def test_video_link_problem(link: str, problem: str | None) -> None:
    found = video_link_problem(link, HOSTS)
    if problem is None:
        assert found is None
    else:
        assert found is not None
        assert problem in found


def test_build_booking_refuses_a_link_off_the_configured_hosts() -> None:
    def book(link: str) -> str | None:
        return build_booking(
            name="Lea Berger", email=ADDRESS, start=NOW, duration_minutes=30, kind=Kind.VIDEO,
            treatment=Treatment.KG, insurance=Insurance.GKV,
            policy=TelemedicinePolicy(video_hosts=("praxis-video.example",)), video_link=link,
        ).video_link  # fmt: skip

    with pytest.raises(BookingError, match=r'video_link: host "video\.redmedical\.de"'):
        book("https://video.redmedical.de/x")
    assert book("https://a.praxis-video.example/x") == "https://a.praxis-video.example/x"


@pytest.mark.parametrize(
    ("start", "warnings"),
    [
        pytest.param(datetime(2026, 3, 30, 9, 0, tzinfo=BERLIN), 0, id="monday-after-dst"),
        pytest.param(datetime(2026, 3, 29, 9, 0, tzinfo=BERLIN), 1, id="sunday-dst-day"),
        pytest.param(datetime(2026, 3, 27, 11, 59, tzinfo=BERLIN), 1, id="a-minute-ago"),
        pytest.param(datetime(2026, 3, 22, 9, 0, tzinfo=BERLIN), 2, id="past-sunday"),
    ],
)
def test_booking_warnings(start: datetime, warnings: int) -> None:
    assert len(booking_warnings(start, now=NOW)) == warnings
