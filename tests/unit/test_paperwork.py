"""Which forms a patient owes, by the practice's patient information (issue 15)."""

from __future__ import annotations

from rules.models import FormsPolicy, Kind
from rules.paperwork import forms_missing, forms_required
from tests.unit.factories import appointment, patient

POLICY = FormsPolicy()
ALL_NEW = ("anamnese", "datenschutz", "einwilligung_tele")


def test_new_patient_by_video_sends_every_form_including_the_video_notice() -> None:
    owed = forms_required(
        patient=patient(new_patient=True), appointment=appointment(kind=Kind.VIDEO), policy=POLICY
    )
    assert owed == (*ALL_NEW, "datenschutz_video")


def test_new_patient_by_phone_sends_the_general_forms_only() -> None:
    owed = forms_required(
        patient=patient(new_patient=True), appointment=appointment(kind=Kind.PHONE), policy=POLICY
    )
    assert owed == ALL_NEW


def test_existing_video_patient_sends_only_the_video_notice() -> None:
    video = appointment(kind=Kind.VIDEO)
    assert forms_required(patient=patient(), appointment=video, policy=POLICY) == (
        "datenschutz_video",
    )
    assert forms_required(patient=patient(), appointment=appointment(), policy=POLICY) == ()


def test_a_form_listed_in_both_lists_is_asked_for_once() -> None:
    policy = FormsPolicy(new_patient=("anamnese", "datenschutz_video"))
    owed = forms_required(
        patient=patient(new_patient=True), appointment=appointment(kind=Kind.VIDEO), policy=policy
    )
    assert owed == ("anamnese", "datenschutz_video")


def test_what_was_sent_is_not_asked_for_again() -> None:
    appointments = [appointment(kind=Kind.PHONE), appointment(id=2, kind=Kind.VIDEO)]
    existing = forms_missing(
        patient=patient(),
        appointments=appointments,
        received=frozenset({"datenschutz_video"}),
        policy=POLICY,
    )
    assert existing == ()
    new = forms_missing(
        patient=patient(new_patient=True),
        appointments=appointments,
        received=frozenset({"anamnese"}),
        policy=POLICY,
    )
    assert new == ("datenschutz", "einwilligung_tele", "datenschutz_video")


def test_an_appointment_in_the_practice_asks_for_no_form_by_mail() -> None:
    in_person = appointment(kind=Kind.PRAXIS)
    assert (
        forms_required(patient=patient(new_patient=True), appointment=in_person, policy=POLICY)
        == ()
    )
    # the video appointment after it still asks for what is missing
    owed = forms_missing(
        patient=patient(new_patient=True),
        appointments=[in_person, appointment(kind=Kind.VIDEO)],
        received=frozenset(),
        policy=POLICY,
    )
    assert owed == (*ALL_NEW, "datenschutz_video")
