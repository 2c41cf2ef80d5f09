"""Bookings as the practice writes them: CSV rows, times on the practice's clock, the rule."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from rules.bookings import (
    BookingError,
    InPersonRow,
    localize,
    parse_csv_row,
    parse_duration,
    parse_flag,
    parse_start,
)
from rules.models import Insurance, Kind, TelemedicinePolicy, Treatment
from rules.paperwork import forms_missing, forms_required
from rules.telemedicine import refusal_reason
from tests.unit.factories import appointment, patient

BERLIN = ZoneInfo("Europe/Berlin")
POLICY = TelemedicinePolicy()


@pytest.mark.parametrize(
    ("treatment", "insurance", "allowed"),
    [
        pytest.param(Treatment.KG, Insurance.GKV, True, id="gkv-kg"),
        pytest.param(Treatment.MT, Insurance.GKV, False, id="gkv-mt-refused"),
        pytest.param(Treatment.KGG, Insurance.GKV, False, id="gkv-kgg-refused"),
        pytest.param(Treatment.KG, Insurance.PRIVATE, True, id="private-kg"),
        pytest.param(Treatment.MT, Insurance.PRIVATE, True, id="private-mt"),
        pytest.param(Treatment.KGG, Insurance.PRIVATE, True, id="private-kgg"),
    ],
)
def test_telemedicine_rule(treatment: Treatment, insurance: Insurance, allowed: bool) -> None:
    assert (refusal_reason(treatment, insurance, POLICY) is None) is allowed


def test_refusal_names_the_rule() -> None:
    reason = refusal_reason(Treatment.MT, Insurance.GKV, POLICY)
    assert reason is not None
    assert "gesetzlich Versicherte" in reason
    assert "erlaubt: KG" in reason


@pytest.mark.parametrize(
    ("new", "kind", "expected"),
    [
        pytest.param(True, Kind.PHONE, ("anamnese", "datenschutz", "einwilligung_tele"), id="new-phone"),
        pytest.param(True, Kind.VIDEO, ("anamnese", "datenschutz", "einwilligung_tele",
                                        "datenschutz_video"), id="new-video"),
        pytest.param(False, Kind.VIDEO, ("datenschutz_video",), id="existing-video"),
        pytest.param(False, Kind.PHONE, (), id="existing-phone"),
    ],
)  # fmt: skip
def test_forms_required(new: bool, kind: Kind, expected: tuple[str, ...]) -> None:
    from rules.models import FormsPolicy

    p = patient(new_patient=new)
    assert forms_required(patient=p, appointment=appointment(kind=kind), policy=FormsPolicy()) == (
        expected
    )


def test_forms_missing_subtracts_received_and_ignores_cancelled() -> None:
    from rules.models import AppointmentStatus, FormsPolicy

    p = patient(new_patient=False)
    held_video = appointment(kind=Kind.VIDEO)
    cancelled_video = appointment(id=2, kind=Kind.VIDEO, status=AppointmentStatus.CANCELLED)
    policy = FormsPolicy()
    assert forms_missing(
        patient=p, appointments=[held_video], received=frozenset(), policy=policy
    ) == ("datenschutz_video",)
    assert (
        forms_missing(
            patient=p,
            appointments=[held_video],
            received=frozenset({"datenschutz_video"}),
            policy=policy,
        )
        == ()
    )
    assert (
        forms_missing(
            patient=p, appointments=[cancelled_video], received=frozenset(), policy=policy
        )
        == ()
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("2026-04-06 10:00", datetime(2026, 4, 6, 10, 0, tzinfo=BERLIN), id="iso"),
        pytest.param("06.04.2026 10:00", datetime(2026, 4, 6, 10, 0, tzinfo=BERLIN), id="german"),
        pytest.param(" 6.4.2026  9:05 ", datetime(2026, 4, 6, 9, 5, tzinfo=BERLIN), id="short-german"),
        pytest.param("2026-10-25 03:30", datetime(2026, 10, 25, 3, 30, tzinfo=BERLIN), id="after-dst-end"),
        pytest.param("05.03.2026 11:30:00", datetime(2026, 3, 5, 11, 30, tzinfo=BERLIN), id="excel-seconds"),
        pytest.param("2026-03-05 11:30:00", datetime(2026, 3, 5, 11, 30, tzinfo=BERLIN), id="iso-seconds"),
        pytest.param("2026-03-05T11:30:00", datetime(2026, 3, 5, 11, 30, tzinfo=BERLIN), id="iso-t-seconds"),
        pytest.param("05.03.26 11:30", datetime(2026, 3, 5, 11, 30, tzinfo=BERLIN), id="two-digit-year"),
    ],
)  # fmt: skip
def test_parse_start(text: str, expected: datetime) -> None:
    parsed = parse_start(text, BERLIN)
    assert parsed == expected
    assert parsed.utcoffset() == expected.utcoffset()


@pytest.mark.parametrize(
    ("text", "message"),
    [
        pytest.param("2026-03-29 02:30", "does not exist", id="dst-gap"),
        pytest.param("2026-10-25 02:30", "happens twice", id="dst-overlap"),
        pytest.param("morgen 10 Uhr", "start: expected", id="words"),
        pytest.param("2026-02-30 10:00", "start: expected", id="no-such-day"),
        pytest.param("05.03.2026", "start: expected", id="date-without-time"),
        pytest.param("05.03.2026 11:30:99", "start: expected", id="bad-seconds"),
    ],
)
def test_parse_start_refuses(text: str, message: str) -> None:
    with pytest.raises(BookingError, match=message):
        parse_start(text, BERLIN)


def test_localize_keeps_wall_clock_across_dst() -> None:
    summer = localize(datetime(2026, 7, 1, 10, 0), BERLIN)
    winter = localize(datetime(2026, 12, 1, 10, 0), BERLIN)
    assert summer.utcoffset() != winter.utcoffset()
    assert (summer.hour, winter.hour) == (10, 10)


ROW = {
    "external_id": "T-1",
    "name": "Anna Schmidt",
    "email": "Anna.Schmidt@WEB.de",
    "start": "06.04.2026 10:00",
    "duration": "",
    "kind": "video",
    "treatment": "kg",
    "insurance": "GKV",
    "new_patient": "ja",
    "video_link": "https://video.redmedical.de/#/join?code=K7Q2",
}


def test_csv_row_is_normalised() -> None:
    booking = parse_csv_row(ROW, zone=BERLIN, policy=POLICY)
    assert booking.email == "anna.schmidt@web.de"
    assert booking.duration_minutes == 30
    assert booking.treatment is Treatment.KG
    assert booking.new_patient is True
    assert booking.end == datetime(2026, 4, 6, 10, 30, tzinfo=BERLIN)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        pytest.param({"treatment": "MT"}, "treatment: Manuelle Therapie", id="gkv-mt"),
        pytest.param({"email": "anna@"}, "email:", id="bad-email"),
        pytest.param(
            {"kind": "hausbesuch"}, "kind: expected phone, video or praxis", id="bad-kind"
        ),
        pytest.param(
            {"kind": "praxis"}, "video_link: an appointment in the practice", id="praxis-with-link"
        ),
        pytest.param({"new_patient": "vielleicht"}, "new_patient: expected", id="bad-flag"),
        pytest.param({"duration": "dreißig"}, "duration: expected minutes", id="bad-duration"),
        pytest.param({"duration": "30,5"}, "duration: expected minutes", id="half-minute"),
        pytest.param({"duration": "-30"}, "duration: expected minutes", id="negative"),
        pytest.param({"name": "  "}, "name: missing", id="no-name"),
        pytest.param({"kind": "phone"}, "video_link: a phone appointment", id="phone-with-link"),
    ],
)
def test_csv_row_refusals(change: dict[str, str], message: str) -> None:
    with pytest.raises(BookingError, match=message):
        parse_csv_row({**ROW, **change}, zone=BERLIN, policy=POLICY)


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        pytest.param("30", 30, id="plain"),
        pytest.param("30,0", 30, id="excel-german-decimal"),
        pytest.param("45.0", 45, id="decimal-point"),
        pytest.param(" 60 ", 60, id="spaces"),
        pytest.param("30 min", 30, id="with-unit"),
        pytest.param("0:45", 45, id="hours-minutes"),
        pytest.param("1:30:00", 90, id="excel-time"),
        pytest.param("", 30, id="empty-default"),
    ],
)
def test_duration_as_spreadsheets_write_it(text: str, minutes: int) -> None:
    assert parse_duration(text) == minutes


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("WAHR", True, id="excel-german-true"),
        pytest.param("FALSCH", False, id="excel-german-false"),
        pytest.param("TRUE", True, id="excel-english-true"),
        pytest.param("false", False, id="false"),
        pytest.param("Ja", True, id="ja"),
        pytest.param("nein", False, id="nein"),
        pytest.param("1", True, id="one"),
        pytest.param("0", False, id="zero"),
        pytest.param("x", True, id="cross"),
        pytest.param("", False, id="empty"),
    ],
)
def test_flags_as_spreadsheets_write_them(text: str, expected: bool) -> None:
    assert parse_flag(text, "new_patient") is expected


@pytest.mark.parametrize("word", ["praxis", "Präsenz", "vor Ort", "in_person"])
def test_an_appointment_in_the_practice_may_be_any_treatment(word: str) -> None:
    # the telemedicine rule (GKV: KG only) is about phone and video, not the practice
    row = {**ROW, "kind": word, "treatment": "MT", "video_link": ""}
    booking = parse_csv_row(row, zone=BERLIN, policy=POLICY)
    assert (booking.kind, booking.treatment, booking.insurance) == (
        Kind.PRAXIS,
        Treatment.MT,
        Insurance.GKV,
    )
    assert booking.video_link is None
    with pytest.raises(BookingError, match="treatment: Manuelle Therapie"):
        parse_csv_row({**row, "kind": "video"}, zone=BERLIN, policy=POLICY)


def test_a_short_in_person_row_is_completed_from_its_prescription_later() -> None:
    short = {"external_id": "P-5", "email": "Anna@Web.de", "start": "06.04.2026 08:00",
             "kind": "vor Ort", "prescription": "3"}  # fmt: skip
    row = parse_csv_row(short, zone=BERLIN, policy=POLICY)
    assert row == InPersonRow(
        email="anna@web.de",
        start=datetime(2026, 4, 6, 8, 0, tzinfo=BERLIN),
        duration_minutes=30,
        prescription_id=3,
        external_id="P-5",
    )
    with pytest.raises(BookingError, match="name: missing"):  # no prescription to ask
        parse_csv_row({**short, "prescription": ""}, zone=BERLIN, policy=POLICY)
    with pytest.raises(BookingError, match="name: missing"):  # the short form is in person only
        parse_csv_row({**short, "kind": "video"}, zone=BERLIN, policy=POLICY)


def test_control_characters_never_reach_a_name() -> None:
    booking = parse_csv_row(
        {**ROW, "name": "Anna\r\nBcc: x@evil.io\u202e"}, zone=BERLIN, policy=POLICY
    )
    assert "\r" not in booking.name
    assert "\n" not in booking.name
    assert "\u202e" not in booking.name
