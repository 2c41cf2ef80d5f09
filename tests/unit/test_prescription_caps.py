"""The telemedicine caps of a prescription (rules/telemedicine.prescription_refusals)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from rules.models import (
    Appointment,
    AppointmentStatus,
    Insurance,
    Kind,
    Prescription,
    TelemedicinePolicy,
    TelemedicineProfile,
    Treatment,
)
from rules.telemedicine import (
    in_person_days,
    kind_refusal,
    prescription_refusals,
    units_used,
    visit_refusals,
)

ZONE = ZoneInfo("Europe/Berlin")
START = datetime(2026, 12, 10, 9, 0, tzinfo=ZONE)
POLICY = TelemedicinePolicy(gkv=(Treatment.KG, Treatment.MT))
CORONA = TelemedicinePolicy(gkv=(Treatment.KG,), profile=TelemedicineProfile.CORONA_2020)


def rx(treatment: Treatment = Treatment.KG, units: int = 6) -> Prescription:
    return Prescription(
        id=1,
        patient_id=7,
        treatment=treatment,
        units=units,
        issued_on=date(2026, 12, 1),
        in_person=(date(2026, 12, 2),),
    )


def booked(
    n: int, kind: Kind = Kind.VIDEO, status: AppointmentStatus = AppointmentStatus.SCHEDULED
) -> list[Appointment]:
    return [
        Appointment(
            id=100 + i,
            external_id=None,
            patient_id=7,
            start=START - timedelta(days=i + 1),
            end=START - timedelta(days=i + 1) + timedelta(minutes=30),
            kind=kind,
            treatment=Treatment.KG,
            status=status,
        )
        for i in range(n)
    ]


def refusals(
    prescription: Prescription,
    appointments: list[Appointment],
    *,
    kind: Kind = Kind.VIDEO,
    treatment: Treatment | None = None,
    insurance: Insurance = Insurance.GKV,
    policy: TelemedicinePolicy = POLICY,
    consent_on: date | None = date(2026, 12, 2),
    patient_id: int = 7,
) -> tuple[str, ...]:
    return prescription_refusals(
        prescription,
        appointments,
        patient_id=patient_id,
        start=START,
        kind=kind,
        treatment=treatment or prescription.treatment,
        insurance=insurance,
        policy=policy,
        consent_on=consent_on,
    )


def test_kg_by_video_up_to_half_the_units() -> None:
    assert refusals(rx(units=6), booked(2)) == ()
    (reason,) = refusals(rx(units=6), booked(3))
    assert reason == (
        "KG per Video höchstens die Hälfte der verordneten Einheiten: 3 von 6 bereits gebucht"
    )


def test_odd_units_round_down_and_cancelled_ones_do_not_count() -> None:
    assert refusals(rx(units=5), booked(2)) != ()  # half of 5 is 2
    assert refusals(rx(units=6), booked(5, status=AppointmentStatus.CANCELLED)) == ()


def test_mt_allowed_once_per_prescription() -> None:
    assert refusals(rx(Treatment.MT, 6), []) == ()
    (reason,) = refusals(rx(Treatment.MT, 6), booked(1))
    assert reason.startswith("MT per Video höchstens 1 Einheit je Verordnung")


def test_phone_refused_for_gkv_since_2022_but_not_in_the_corona_profile() -> None:
    reasons = refusals(rx(), [], kind=Kind.PHONE)
    assert any("nur per Video, nicht per Telefon" in r for r in reasons)
    assert refusals(rx(), [], kind=Kind.PHONE, policy=CORONA) == ()
    assert kind_refusal(Kind.PHONE, Insurance.PRIVATE, POLICY) is None


def test_corona_profile_has_no_video_cap_but_the_units_still_count() -> None:
    # 4 by phone/video + the first one in person = 5 of 6 used.
    assert refusals(rx(units=6), booked(4, kind=Kind.PHONE), policy=CORONA) == ()
    (reason,) = refusals(rx(units=6), booked(5), policy=CORONA)
    assert reason == "Verordnung ausgeschöpft: 6 von 6 Einheiten bereits gebucht"


def test_first_treatment_in_person_and_consent_required() -> None:
    no_visit = Prescription(
        id=1, patient_id=7, treatment=Treatment.KG, units=6, issued_on=date(2026, 12, 1)
    )
    reasons = refusals(no_visit, [], consent_on=None)
    assert any("erste Behandlung einer Verordnung findet in der Praxis statt" in r for r in reasons)
    assert any("schriftliche Einwilligung" in r for r in reasons)
    assert len(reasons) == 2


def test_private_patients_only_the_units_and_the_prescription_itself() -> None:
    assert refusals(rx(units=6), booked(4), insurance=Insurance.PRIVATE, kind=Kind.PHONE) == ()
    reasons = refusals(rx(), [], treatment=Treatment.MT, insurance=Insurance.PRIVATE, patient_id=8)
    assert "Verordnung 1 gehört zu einem anderen Patienten" in reasons
    assert "Verordnung 1 ist für KG, nicht für MT" in reasons


def test_an_in_person_treatment_uses_a_unit_and_is_recorded_once() -> None:
    full = rx(units=2)
    assert visit_refusals(full, booked(0), day=date(2026, 12, 3), zone=ZONE) == ()
    (reason,) = visit_refusals(full, booked(1), day=date(2026, 12, 3), zone=ZONE)
    assert reason == "Verordnung ausgeschöpft: 2 von 2 Einheiten bereits gebucht"
    assert (
        visit_refusals(full, booked(1), day=date(2026, 12, 2), zone=ZONE) == ()
    )  # already on file
    (early,) = visit_refusals(full, [], day=date(2026, 11, 30), zone=ZONE)
    assert early.startswith("Behandlung liegt vor dem Ausstellungsdatum")


# --- GKV by phone under the 2022 rules, with or without a prescription ------------------


def test_the_phone_refusal_names_the_rule_and_what_to_do() -> None:
    reason = kind_refusal(Kind.PHONE, Insurance.GKV, POLICY)
    assert reason is not None
    assert "seit 1. April 2022 nur per Video, nicht per Telefon" in reason
    assert "als Videotermin buchen" in reason
    assert 'profile = "corona-2020"' in reason


@pytest.mark.parametrize(
    ("kind", "insurance", "policy", "booked_as", "refused"),
    [
        (Kind.PHONE, Insurance.GKV, POLICY, None, True),
        (Kind.VIDEO, Insurance.GKV, POLICY, None, False),
        (Kind.PRAXIS, Insurance.GKV, POLICY, None, False),
        (Kind.PHONE, Insurance.PRIVATE, POLICY, None, False),
        (Kind.PHONE, Insurance.GKV, CORONA, None, False),
        (Kind.PHONE, Insurance.GKV, POLICY, Kind.PHONE, False),
        (Kind.PHONE, Insurance.GKV, POLICY, Kind.VIDEO, True),
    ],
    ids=[
        "gkv-phone", "gkv-video", "gkv-in-person", "private-phone", "gkv-phone-corona",
        "booked-by-phone-before-stays", "video-changed-to-phone",
    ],
)  # fmt: skip
def test_kind_refusal(
    kind: Kind,
    insurance: Insurance,
    policy: TelemedicinePolicy,
    booked_as: Kind | None,
    refused: bool,
) -> None:
    assert (kind_refusal(kind, insurance, policy, booked_as=booked_as) is not None) is refused


# --- appointments in the practice (Kind.PRAXIS) ------------------------------------------


def in_practice(day: date, status: AppointmentStatus = AppointmentStatus.SCHEDULED) -> Appointment:
    start = datetime(day.year, day.month, day.day, 8, 0, tzinfo=ZONE)
    return Appointment(
        id=200 + day.day,
        external_id=None,
        patient_id=7,
        start=start,
        end=start + timedelta(minutes=30),
        kind=Kind.PRAXIS,
        treatment=Treatment.KG,
        status=status,
    )


def fresh(units: int = 6) -> Prescription:
    """A prescription with no treatment in the practice recorded on it."""
    return Prescription(
        id=1, patient_id=7, treatment=Treatment.KG, units=units, issued_on=date(2026, 12, 1)
    )


def test_an_earlier_appointment_in_the_practice_opens_the_way_to_video() -> None:
    assert any("erste Behandlung" in r for r in refusals(fresh(), []))
    assert refusals(fresh(), [in_practice(date(2026, 12, 3))]) == ()
    # on the same day as the video session, or after it, it is not "first"
    later = [in_practice(date(2026, 12, 10)), in_practice(date(2026, 12, 11))]
    assert any("erste Behandlung" in r for r in refusals(fresh(), later))
    cancelled = [in_practice(date(2026, 12, 3), AppointmentStatus.CANCELLED)]
    assert any("erste Behandlung" in r for r in refusals(fresh(), cancelled))


def test_in_the_practice_no_telemedicine_rule_applies_but_the_units_do() -> None:
    # no consent, no earlier treatment, video cap reached: none of it matters in person
    three_video = booked(3)
    assert refusals(fresh(), three_video, kind=Kind.PRAXIS, consent_on=None) == ()
    (reason,) = refusals(fresh(units=3), three_video, kind=Kind.PRAXIS, consent_on=None)
    assert reason.startswith("Verordnung ausgeschöpft: 3 von 3")


def test_a_day_recorded_as_visit_and_booked_in_the_practice_counts_once() -> None:
    visit_day = date(2026, 12, 2)  # rx() has it recorded as a visit
    both = [in_practice(visit_day)]
    assert in_person_days(rx(), both, zone=ZONE) == (visit_day,)
    assert units_used(rx(), both, zone=ZONE) == 1
    other = [in_practice(date(2026, 12, 4))]
    assert in_person_days(rx(), other, zone=ZONE) == (visit_day, date(2026, 12, 4))
    assert units_used(rx(), other, zone=ZONE) == 2
    cancelled = [in_practice(date(2026, 12, 4), AppointmentStatus.CANCELLED)]
    assert units_used(rx(), cancelled, zone=ZONE) == 1


def test_a_visit_on_a_day_booked_in_the_practice_uses_no_further_unit() -> None:
    full = [in_practice(date(2026, 12, 4)), *booked(1)]
    assert visit_refusals(fresh(units=2), full, day=date(2026, 12, 4), zone=ZONE) == ()
    (reason,) = visit_refusals(fresh(units=2), full, day=date(2026, 12, 5), zone=ZONE)
    assert reason.startswith("Verordnung ausgeschöpft")


def test_the_day_of_a_session_is_the_practice_day_not_the_utc_one() -> None:
    # 00:30 in Berlin is 23:30 UTC of the day before: the store gives it back in UTC
    early = replace(
        in_practice(date(2026, 12, 4)),
        start=datetime(2026, 12, 3, 23, 30, tzinfo=UTC),
        end=datetime(2026, 12, 4, 0, 0, tzinfo=UTC),
    )
    assert in_person_days(fresh(), [early], zone=ZONE) == (date(2026, 12, 4),)


def test_a_visit_recorded_before_is_booked_in_the_practice_without_a_further_unit() -> None:
    # rx() has 2 Dec recorded as a visit (an earlier version's import); 5 of 6 units used
    full = [*booked(2), *[in_practice(date(2026, 12, d)) for d in (3, 4, 5)]]
    visit_day = START.replace(month=12, day=2)
    again = prescription_refusals(
        rx(), full, patient_id=7, start=visit_day, kind=Kind.PRAXIS, treatment=Treatment.KG,
        insurance=Insurance.GKV, policy=POLICY, consent_on=None,
    )  # fmt: skip
    assert again == ()
    (other,) = prescription_refusals(
        rx(), [*full, in_practice(date(2026, 12, 6))], patient_id=7,
        start=visit_day.replace(day=7), kind=Kind.PRAXIS, treatment=Treatment.KG,
        insurance=Insurance.GKV, policy=POLICY, consent_on=None,
    )  # fmt: skip
    assert other.startswith("Verordnung ausgeschöpft: 7 von 6")
