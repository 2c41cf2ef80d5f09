"""The patient's mail when the practice moves or cancels an appointment (issue 13).

Planned by the shell at the moment of the change (a re-import with a new start time,
`appointments cancel`); each change is told once: the dedup key names the appointment
and, for a move, the new start, so moving it twice sends two mails and importing the
same file again sends none. Only appointments still ahead are told about; nothing goes
to an undeliverable address.
"""

from __future__ import annotations

from datetime import UTC, datetime

from rules.due import deliverable_address
from rules.models import Appointment, DueMail, MailKind, Patient, dedup_key


def _when(appointment: Appointment) -> dict[str, object]:
    # Only when and how: the treatment code never reaches a patient mail.
    return {"start": appointment.start, "end": appointment.end, "kind": appointment.kind.value}


def _mail(
    kind: MailKind,
    variant: str,
    patient: Patient,
    appointment: Appointment,
    context: dict[str, object],
    *,
    now: datetime,
) -> DueMail | None:
    recipient = deliverable_address(patient)
    if recipient is None or patient.id != appointment.patient_id:
        return None
    return DueMail(
        dedup_key=dedup_key(kind, appointment.id, variant),
        kind=kind,
        template=kind.value,
        recipient=recipient,
        recipient_name=patient.name,
        patient_id=patient.id,
        appointment_id=appointment.id,
        not_before=now,
        expires_at=appointment.start,  # pointless once it would have begun
        context={"patient_name": patient.name, "appointment": _when(appointment), **context},
    )


def plan_cancelled_mail(
    patient: Patient, appointment: Appointment, *, now: datetime
) -> DueMail | None:
    """ "Termin abgesagt", once per appointment, for a cancellation still ahead (none for
    an appointment in the practice: the worker writes only about telemedicine)."""
    if appointment.start <= now or not appointment.kind.is_remote:
        return None
    return _mail(MailKind.APPOINTMENT_CANCELLED, "0", patient, appointment, {}, now=now)


def plan_moved_mail(
    patient: Patient, appointment: Appointment, previous_start: datetime, *, now: datetime
) -> DueMail | None:
    """ "Termin verlegt", once per new start time, when a held appointment still ahead
    got a different start."""
    if (
        not appointment.is_held
        or appointment.start == previous_start
        or not appointment.kind.is_remote
    ):
        return None
    if appointment.start <= now:
        return None
    variant = appointment.start.astimezone(UTC).strftime("%Y%m%dT%H%MZ")
    return _mail(
        MailKind.APPOINTMENT_MOVED,
        variant,
        patient,
        appointment,
        {"previous_start": previous_start},
        now=now,
    )
