"""Which patient forms are owed before an appointment."""

from __future__ import annotations

from collections.abc import Iterable

from rules.models import Appointment, FormsPolicy, Kind, Patient


def forms_required(
    *, patient: Patient, appointment: Appointment, policy: FormsPolicy
) -> tuple[str, ...]:
    """The forms this appointment needs on file, by the practice's patient information.

    A new patient sends every form in `forms.new_patient`, and for a video appointment
    the video privacy information (`forms.video_existing_patient`) as well; an existing
    patient with a video appointment sends only the video privacy information; an
    existing patient treated by phone owes nothing. An appointment in the practice asks
    for nothing by mail: the paperwork is done there.
    """
    if not appointment.kind.is_remote:
        return ()
    video = policy.video_existing_patient if appointment.kind is Kind.VIDEO else ()
    if patient.new_patient:
        return tuple(dict.fromkeys(policy.new_patient + video))
    return video


def forms_missing(
    *,
    patient: Patient,
    appointments: Iterable[Appointment],
    received: frozenset[str],
    policy: FormsPolicy,
) -> tuple[str, ...]:
    """The forms still owed for the patient's held appointments, in policy order.

    A form counts once it is on file, whichever appointment it was sent for.
    """
    owed: dict[str, None] = {}
    for appointment in appointments:
        if not appointment.is_held:
            continue
        for key in forms_required(patient=patient, appointment=appointment, policy=policy):
            if key not in received:
                owed[key] = None
    return tuple(owed)
