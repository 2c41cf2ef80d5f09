"""`prescriptions`: Verordnungen the appointments are booked against, and consent."""

from __future__ import annotations

from typing import Any

from rules.models import AppointmentStatus, Kind, Prescription, Treatment
from rules.telemedicine import in_person_days, units_used, visit_refusals
from state import patients as patient_store
from state import prescriptions as prescription_store
from state.db import transaction
from worker.cli import Context, print_json
from worker.errors import UsageError

MAX_UNITS = 60  # far above any prescription's maximum: a typo, not a Verordnung


def prescription_json(ctx: Context, rx: Prescription) -> dict[str, Any]:
    booked = prescription_store.appointments_of(ctx.conn, rx.id)
    active = [a for a in booked if a.status is AppointmentStatus.SCHEDULED]
    # in person: treatments recorded on it and its appointments in the practice
    days = in_person_days(rx, booked, zone=ctx.zone)
    return {
        "id": rx.id,
        "patient_id": rx.patient_id,
        "treatment": rx.treatment.value,
        "units": rx.units,
        "issued_on": rx.issued_on.isoformat(),
        "reference": rx.reference,
        "first_in_person_on": days[0].isoformat() if days else None,
        "in_person": [day.isoformat() for day in days],
        "booked": len(active),
        "booked_video": sum(1 for a in active if a.kind is Kind.VIDEO),
        "booked_phone": sum(1 for a in active if a.kind is Kind.PHONE),
        "booked_in_person": sum(1 for a in active if a.kind is Kind.PRAXIS),
        "units_used": units_used(rx, booked, zone=ctx.zone),
        "appointment_ids": [a.id for a in active],
    }


def _patient(ctx: Context, patient_id: int) -> None:
    if patient_store.get(ctx.conn, patient_id) is None:
        raise UsageError(f"patient: no patient {patient_id} (see patients list)")


def cmd_prescriptions_add(ctx: Context) -> int:
    a = ctx.args
    _patient(ctx, a.patient)
    if not 1 <= a.units <= MAX_UNITS:
        raise UsageError(f"--units: expected 1-{MAX_UNITS}, got {a.units}")
    reference = (a.reference or "").strip() or None
    if a.first_in_person is not None and a.first_in_person < a.issued:
        raise UsageError("--first-in-person: before the prescription was issued (--issued)")
    with transaction(ctx.conn):
        prescription_id = prescription_store.add(
            ctx.conn,
            patient_id=a.patient,
            treatment=Treatment(a.treatment),
            units=a.units,
            issued_on=a.issued,
            reference=reference,
            now=ctx.now(),
        )
        if a.first_in_person is not None:
            prescription_store.add_visit(
                ctx.conn, prescription_id, a.first_in_person, now=ctx.now()
            )
    rx = prescription_store.get(ctx.conn, prescription_id)
    assert rx is not None
    if a.json:
        print_json(prescription_json(ctx, rx))
    else:
        print(f"prescription {rx.id}: added")
    return 0


def cmd_prescriptions_list(ctx: Context) -> int:
    items = [
        prescription_json(ctx, rx) for rx in prescription_store.list_all(ctx.conn, ctx.args.patient)
    ]
    if ctx.args.json:
        print_json(items)
        return 0
    if not items:
        print("no prescriptions")
    for row in items:
        print(
            f"{row['id']:>5}  patient {row['patient_id']:<5} {row['treatment']:<3}"
            f" {row['booked']}/{row['units']} gebucht ({row['booked_video']} Video),"
            f" {len(row['in_person'])} in der Praxis"
            f"  ausgestellt {row['issued_on']}  {row['reference'] or ''}"
        )
    return 0


def cmd_prescriptions_visit(ctx: Context) -> int:
    day = ctx.args.day
    with transaction(ctx.conn):  # the units checked are the units recorded
        rx = prescription_store.get(ctx.conn, ctx.args.id)
        if rx is None:
            raise UsageError(f"id: no prescription {ctx.args.id}")
        booked = prescription_store.appointments_of(ctx.conn, rx.id)
        if reasons := visit_refusals(rx, booked, day=day, zone=ctx.zone):
            raise UsageError(f"prescription {rx.id}: " + "; ".join(reasons))
        added = prescription_store.add_visit(ctx.conn, rx.id, day, now=ctx.now())
    state = "recorded" if added else "was recorded already"
    print(f"prescription {rx.id}: treatment in person on {day:%d.%m.%Y} {state}")
    return 0


def cmd_prescriptions_consent(ctx: Context) -> int:
    _patient(ctx, ctx.args.patient_id)
    prescription_store.record_consent(ctx.conn, ctx.args.patient_id, ctx.args.day, now=ctx.now())
    print(
        f"patient {ctx.args.patient_id}: written consent to video treatment"
        f" received on {ctx.args.day:%d.%m.%Y}"
    )
    return 0
