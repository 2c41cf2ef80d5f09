"""`appointments` and `patients`: bookings and paperwork from the command line."""

from __future__ import annotations

import sys
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from rules.bookings import (
    BookingError,
    booking_warnings,
    build_booking,
    parse_insurance,
    parse_kind,
    parse_start,
    parse_treatment,
)
from rules.changes import plan_cancelled_mail
from rules.models import Appointment, Kind, Patient
from rules.paperwork import forms_missing
from rules.telemedicine import video_link_problem
from state import appointments as appointment_store
from state import forms as form_store
from state import patients as patient_store
from worker.cli import Context, print_json
from worker.cycle.importing import ImportReport, import_file, store_booking, tell_patient
from worker.cycle.outgoing import settings_from_config
from worker.errors import ConfigError, UsageError

# --- appointments --------------------------------------------------------------------


def cmd_appointments_add(ctx: Context) -> int:
    a = ctx.args
    try:
        request = build_booking(
            name=a.name,
            email=a.email,
            start=parse_start(a.start, ctx.zone),
            duration_minutes=a.duration,
            kind=parse_kind(a.kind),
            treatment=parse_treatment(a.treatment),
            insurance=parse_insurance(a.insurance),
            policy=ctx.config.telemedicine,
            new_patient=a.new_patient,
            video_link=a.video_link,
            external_id=a.external_id,
        )
        if a.prescription is not None:
            request = replace(request, prescription_id=a.prescription)
    except BookingError as exc:
        raise UsageError(str(exc)) from None
    now = ctx.now()
    patient = patient_store.find(ctx.conn, address=request.email, name=request.name)
    if patient is not None:
        same = [
            b
            for b in appointment_store.for_patient(ctx.conn, patient.id)
            if b.is_held
            and b.start == request.start
            and b.kind is request.kind
            and (request.external_id is None or b.external_id != request.external_id)
        ]
        if same:
            raise UsageError(
                f"patient {patient.id} already has appointment {same[0].id} at"
                f" {request.start:%d.%m.%Y %H:%M} ({request.kind.value}); not added twice"
            )
    try:
        # booked against a prescription: refused here when its caps do not allow it
        appointment_id, outcome = store_booking(
            ctx.conn, request, now=now, local=True, policy=ctx.config.telemedicine
        )
    except BookingError as exc:
        raise UsageError(str(exc)) from None
    for warning in booking_warnings(request.start, now=now):
        print(f"praxis-worker: warning: {warning} (added anyway)", file=sys.stderr)
    print(f"appointment {appointment_id}: {outcome.value}")
    return 0


def cmd_appointments_import(ctx: Context) -> int:
    if ctx.args.file is None:
        return _import_sources(ctx, ctx.args.source)
    if ctx.args.source is not None:
        raise UsageError("give a file or --source NAME, not both")
    report = import_file(
        ctx.conn,
        ctx.args.file,
        zone=ctx.zone,
        policy=ctx.config.telemedicine,
        now=ctx.now(),
        outgoing=settings_from_config(ctx.config),
        encoding=ctx.args.encoding,
    )
    _print_report(report)
    return 0


def _import_sources(ctx: Context, only: str | None) -> int:
    """Read the configured sources now: every file and calendar, or one calendar by name.
    A calendar that cannot be read is named on stderr (exit 1); nothing it delivered
    before is changed."""
    from worker.cycle.calendar_sources import sync_calendars

    config = ctx.config
    calendars = config.calendars
    if only is not None:
        calendars = tuple(c for c in calendars if c.name == only)
        if not calendars:
            known = ", ".join(c.name for c in config.calendars) or "none configured"
            raise UsageError(f'--source: no calendar named "{only}" (known: {known})')
    elif not config.sources and not calendars:
        raise UsageError(
            "no FILE given and no sources configured ([appointments] sources, "
            "[[appointments.calendars]])"
        )
    now = ctx.now()
    outgoing = settings_from_config(config)
    common: dict[str, Any] = {
        "zone": ctx.zone,
        "policy": config.telemedicine,
        "now": now,
        "outgoing": outgoing,
    }
    failures = 0
    for source in config.sources if only is None else ():
        try:
            report = import_file(ctx.conn, source.path, encoding=source.encoding, **common)
        except ConfigError as exc:
            failures += 1
            print(f"error: {exc}", file=sys.stderr)
            continue
        _print_report(report)
    for result in sync_calendars(ctx.conn, calendars, **common):
        if result.error is not None:
            failures += 1
            print(f"error: {result.summary()}", file=sys.stderr)
            continue
        print(result.summary())
        if result.imported is not None:
            _print_rows(result.imported)
    if failures:
        print(
            f"error: {failures} source(s) not read; appointments they delivered before are"
            " unchanged (see the review list)",
            file=sys.stderr,
        )
    return 1 if failures else 0


def _print_report(report: ImportReport) -> None:
    print(report.summary())
    _print_rows(report)


def _print_rows(report: ImportReport) -> None:
    for where, reason in report.refused:
        print(f"  {where}: refused: {reason}")
    for where, reason in report.skipped:
        print(f"  {where}: skipped: {reason}")


def cmd_appointments_list(ctx: Context) -> int:
    zone = ctx.zone
    start = _day_start(ctx.args.from_, zone)
    end = _day_start(ctx.args.to + timedelta(days=1), zone) if ctx.args.to else None
    items = appointment_store.between(ctx.conn, start, end)
    patients = patient_store.by_ids(ctx.conn, {a.patient_id for a in items})
    rows = [appointment_json(a, patients[a.patient_id], zone) for a in items]
    if ctx.args.json:
        print_json(rows)
        return 0
    if not rows:
        print("no appointments")
    for row, appointment in zip(rows, items, strict=True):
        local = appointment.start.astimezone(zone)
        state = "abgesagt" if row["status"] == "cancelled" else (
            "bestätigt" if row["confirmed"] else "angehalten" if row["on_hold"]
            else "vor Ort" if appointment.kind is Kind.PRAXIS  # signed on the prescription
            else "offen"
        )  # fmt: skip
        print(
            f"{row['id']:>5}  {local:%a %d.%m.%Y %H:%M}  {row['kind']:<6} {row['treatment']:<3}"
            f"  {state:<9} {row['name']} <{row['email']}>"
        )
    return 0


def _day_start(day: date | None, zone: ZoneInfo) -> datetime | None:
    return None if day is None else datetime.combine(day, time(0, 0), tzinfo=zone)


def appointment_json(a: Appointment, patient: Patient, zone: ZoneInfo) -> dict[str, Any]:
    return {
        "id": a.id,
        "external_id": a.external_id,
        "patient_id": a.patient_id,
        "name": patient.name,
        "email": patient.email,
        "start": a.start.astimezone(zone).isoformat(),
        "end": a.end.astimezone(zone).isoformat(),
        "kind": a.kind.value,
        "treatment": a.treatment.value,
        "status": a.status.value,
        "video_link": a.video_link,
        "confirmed": a.confirmed_at is not None,
        "confirmed_at": a.confirmed_at.astimezone(zone).isoformat() if a.confirmed_at else None,
        "confirmed_by_message_id": a.confirmed_by_message_id,
        # a cancellation or reschedule mail of the patient waits for staff
        "on_hold": a.on_hold,
        "prescription_id": a.prescription_id,  # the Verordnung it is booked against
    }


def cmd_appointments_cancel(ctx: Context) -> int:
    appointment = _existing_appointment(ctx, ctx.args.id)
    if appointment_store.cancel(ctx.conn, appointment.id, now=ctx.now()):
        patient = patient_store.get(ctx.conn, appointment.patient_id)
        told = patient is not None and tell_patient(
            ctx.conn,
            plan_cancelled_mail(patient, appointment, now=ctx.now()),
            outgoing=settings_from_config(ctx.config),
            now=ctx.now(),
        )
        note = " (patient will be told by mail)" if told else ""
        print(f"appointment {appointment.id}: cancelled{note}")
    else:
        print(f"appointment {appointment.id}: was already cancelled")
    return 0


def cmd_appointments_release(ctx: Context) -> int:
    appointment = _existing_appointment(ctx, ctx.args.id)
    if appointment_store.release_hold(ctx.conn, appointment.id, now=ctx.now()):
        print(
            f"appointment {appointment.id}: released (reminders, links and confirmations"
            " resume; the patient's mail stays open in the review list)"
        )
    else:
        print(f"appointment {appointment.id}: was not on hold")
    return 0


def cmd_appointments_set_link(ctx: Context) -> int:
    appointment = _existing_appointment(ctx, ctx.args.id)
    if appointment.kind.value != "video":
        raise UsageError(f"appointment {appointment.id} is by phone; it has no video link")
    link = " ".join(ctx.args.link.split())
    if not link or any(ord(ch) < 32 for ch in ctx.args.link):
        raise UsageError("LINK: expected a URL or access code without control characters")
    if problem := video_link_problem(link, ctx.config.telemedicine.video_hosts):
        raise UsageError(f"LINK: {problem}")
    changed = appointment_store.set_link(ctx.conn, appointment.id, link, now=ctx.now())
    print(f"appointment {appointment.id}: link {'set' if changed else 'unchanged'}")
    return 0


def _existing_appointment(ctx: Context, appointment_id: int) -> Appointment:
    appointment = appointment_store.get(ctx.conn, appointment_id)
    if appointment is None:
        raise UsageError(f"ID: no appointment {appointment_id}")
    return appointment


# --- patients ------------------------------------------------------------------------


def patient_json(ctx: Context, patient: Patient) -> dict[str, Any]:
    zone = ctx.zone
    received = form_store.for_patient(ctx.conn, patient.id)
    first_by_key: dict[str, datetime] = {}
    for form in received:
        first_by_key.setdefault(form.form_key, form.received_at)
    keys = frozenset(k for k in first_by_key if k != "unclassified")
    missing = forms_missing(
        patient=patient,
        appointments=appointment_store.for_patient(ctx.conn, patient.id),
        received=keys,
        policy=ctx.config.forms,
    )
    return {
        "id": patient.id,
        "name": patient.name,
        "email": patient.email,
        "emails": list(patient.emails),
        "new_patient": patient.new_patient,
        "insurance": patient.insurance.value,
        "forms_received": {k: v.astimezone(zone).isoformat() for k, v in first_by_key.items()},
        "forms_missing": list(missing),
        "undeliverable": list(patient.undeliverable),
        "documents": [
            {
                "form_key": f.form_key,
                "file": str(ctx.config.state.attachments_dir / str(f.patient_id) / f.stored_name)
                if f.stored_name
                else None,
                "original_name": f.original_name,
                "type": f.sniffed_type,
                "size": f.size,
                "received_at": f.received_at.astimezone(zone).isoformat(),
            }
            for f in received
        ],
    }


def cmd_patients_list(ctx: Context) -> int:
    rows = [patient_json(ctx, p) for p in patient_store.list_all(ctx.conn)]
    if ctx.args.json:
        print_json(rows)
        return 0
    if not rows:
        print("no patients")
    for row in rows:
        missing = ", ".join(row["forms_missing"]) or "-"
        print(
            f"{row['id']:>5}  {row['name']} <{row['email']}>  {row['insurance']}"
            f"{'  neu' if row['new_patient'] else ''}  fehlt: {missing}"
        )
    return 0


def cmd_patients_reactivate(ctx: Context) -> int:
    address = ctx.args.address.strip()
    patient_id = patient_store.clear_undeliverable(ctx.conn, address, now=ctx.now())
    if patient_id is None:
        raise UsageError("ADDRESS: no patient has this address")
    print(f"patient {patient_id}: address active again")
    return 0
