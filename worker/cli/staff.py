"""`forms assign ITEM FORM_KEY`, `confirmations add APPOINTMENT_ID --evidence TEXT`: the
admin's way to do what staff do by mail ("formular 12 anamnese", "bestätigt 7 am ...").

Both run the same code as the mailed commands (worker/cycle/staff_commands.py), in one
transaction, and say what was done or why not; a refusal exits 1 with the reason.
"""

from __future__ import annotations

import hashlib

from rules.calendar import local_date
from rules.staff_commands import StaffCommand, Verb
from state import appointments as appointment_store
from state.db import transaction
from worker import cli
from worker.cycle.outgoing import settings_from_config
from worker.cycle.staff_commands import form_keys, run_command


def cmd_forms_assign(ctx: cli.Context) -> int:
    settings = settings_from_config(ctx.config)
    key = str(ctx.args.form_key).strip().casefold()
    if key not in form_keys(settings.forms):
        known = ", ".join(sorted(form_keys(settings.forms)))
        raise cli.UsageError(f"FORM_KEY: unknown form {key!r} (known: {known})")
    command = StaffCommand(
        verb=Verb.ASSIGN_FORM,
        number=ctx.args.item,
        line=f"forms assign {ctx.args.item} {key}",
        form_key=key,
    )
    with transaction(ctx.conn):
        result = run_command(
            ctx.conn,
            command,
            settings,
            evidence_mail=None,
            inbound_id=None,
            sha256="",
            now=ctx.now(),
        )
    print(result.text)
    return 0 if result.done else 1


def cmd_confirmations_add(ctx: cli.Context) -> int:
    evidence = " ".join(str(ctx.args.evidence).split())
    if not evidence:
        raise cli.UsageError("--evidence: say who confirmed how and when (e.g. 'Telefonat')")
    settings = settings_from_config(ctx.config)
    appointment = appointment_store.get(ctx.conn, ctx.args.appointment_id)
    if appointment is None:
        raise cli.UsageError(f"APPOINTMENT_ID: no appointment {ctx.args.appointment_id}")
    held_on = local_date(appointment.start, settings.schedule.zone)
    command = StaffCommand(
        verb=Verb.CONFIRM,
        number=appointment.id,
        line=f"confirmations add {appointment.id}",
        day=held_on.day,
        month=held_on.month,
        year=held_on.year,
    )
    sha256 = hashlib.sha256(f"cli:{appointment.id}:{evidence}".encode()).hexdigest()
    with transaction(ctx.conn):
        result = run_command(
            ctx.conn,
            command,
            settings,
            evidence_mail=None,
            inbound_id=None,
            sha256=sha256,
            now=ctx.now(),
            evidence_text=f"{evidence} (Kommandozeile)",
        )
    print(result.text)
    return 0 if result.done else 1
