"""The `praxis-worker` command line.

Exit codes: 0 ok, 2 usage or config error (one line naming the key or argument),
1 anything else. `main()` is callable from tests without a subprocess.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sqlite3
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from rules.bookings import (
    BookingError,
    build_booking,
    parse_insurance,
    parse_kind,
    parse_start,
    parse_treatment,
)
from rules.models import Appointment, Patient
from rules.paperwork import forms_missing
from state import appointments as appointment_store
from state import forms as form_store
from state import patients as patient_store
from state.db import connect
from state.errors import StateError
from worker.clock import Clock, parse_now
from worker.config import Config, find_config_path, load_config
from worker.errors import ConfigError
from worker.importing import import_file, store_booking
from worker.logs import setup_logging

log = logging.getLogger(__name__)


class UsageError(Exception):
    """A command-line argument that cannot be used; exit code 2."""


@dataclass(slots=True)
class Context:
    """What a command gets: the parsed arguments, and config/state/clock on demand."""

    args: argparse.Namespace
    _config: Config | None = None
    _conn: sqlite3.Connection | None = None

    @property
    def config(self) -> Config:
        if self._config is None:
            self._config = load_config(find_config_path(self.args.config))
        return self._config

    @property
    def zone(self) -> ZoneInfo:
        return self.config.practice.zone

    @property
    def clock(self) -> Clock:
        text = self.args.now or os.environ.get("PRAXIS_WORKER_NOW")
        return Clock(self.zone, parse_now(text, self.zone) if text else None)

    def now(self) -> datetime:
        return self.clock.now()

    @property
    def conn(self) -> sqlite3.Connection:
        if self._conn is None:
            self._conn = connect(self.config.state.path)
        return self._conn

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()


Handler = Callable[[Context], int]


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse: --help (0) or a usage error (2)
        return int(exc.code or 0)
    setup_logging(args.log_level or os.environ.get("PRAXIS_WORKER_LOG_LEVEL", "INFO"))
    handler: Handler | None = getattr(args, "handler", None)
    if handler is None:
        parser.print_help(sys.stderr)
        return 2
    context = Context(args)
    try:
        return handler(context)
    except (ConfigError, UsageError) as exc:
        print(f"praxis-worker: {exc}", file=sys.stderr)
        return 2
    except StateError as exc:
        print(f"praxis-worker: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # output piped into `head`: not a failure
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - silences the flush at exit
        return 0
    except Exception as exc:  # the top of main(): say what failed, never mail content
        log.exception("event=command_failed command=%s", args.command)
        print(f"praxis-worker: failed ({type(exc).__name__}); see the log above", file=sys.stderr)
        return 1
    finally:
        context.close()


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="praxis-worker",
        description="The mail clerk of a telemedicine therapy practice.",
    )
    parser.add_argument("--config", metavar="PATH", help="config file (TOML)")
    parser.add_argument(
        "--now",
        metavar="ISO-DATETIME",
        help="fix the clock (naive = practice time); also PRAXIS_WORKER_NOW",
    )
    parser.add_argument("--log-level", choices=("DEBUG", "INFO", "WARNING", "ERROR"))
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    appointments = commands.add_parser("appointments", help="book, import, list, cancel")
    sub = appointments.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = sub.add_parser("add", help="book one appointment")
    add.add_argument("--name", required=True)
    add.add_argument("--email", required=True)
    add.add_argument("--start", required=True, help='"YYYY-MM-DD HH:MM", practice time')
    add.add_argument("--kind", required=True, choices=("phone", "video"))
    add.add_argument("--treatment", required=True, choices=("KG", "MT", "KGG"))
    add.add_argument("--insurance", required=True, choices=("gkv", "private"))
    add.add_argument("--new-patient", action="store_true")
    add.add_argument("--duration", type=int, default=30, metavar="MIN")
    add.add_argument("--video-link", metavar="URL-OR-CODE")
    add.add_argument("--external-id", metavar="ID")
    add.set_defaults(handler=cmd_appointments_add)
    imp = sub.add_parser("import", help="import a CSV or iCalendar file (idempotent)")
    imp.add_argument("file", type=Path)
    imp.set_defaults(handler=cmd_appointments_import)
    lst = sub.add_parser("list", help="list appointments")
    lst.add_argument("--json", action="store_true")
    lst.add_argument("--from", dest="from_", metavar="DATE", type=_date_arg)
    lst.add_argument("--to", metavar="DATE", type=_date_arg)
    lst.set_defaults(handler=cmd_appointments_list)
    cancel = sub.add_parser("cancel", help="cancel an appointment")
    cancel.add_argument("id", type=int)
    cancel.set_defaults(handler=cmd_appointments_cancel)
    link = sub.add_parser("set-link", help="set or change the video link / access code")
    link.add_argument("id", type=int)
    link.add_argument("link")
    link.set_defaults(handler=cmd_appointments_set_link)

    patients = commands.add_parser("patients", help="patients and their paperwork")
    psub = patients.add_subparsers(dest="action", metavar="ACTION", required=True)
    plist = psub.add_parser("list", help="list patients with forms received and missing")
    plist.add_argument("--json", action="store_true")
    plist.set_defaults(handler=cmd_patients_list)

    for register in _extra_commands():
        register(commands)
    return parser


def _extra_commands() -> list[Callable[[Any], None]]:
    # Imported here: these modules import this one (for Context and print_json).
    from worker import cli_data, cli_digest, cli_review, cli_run, cli_shadow, demo, replay

    return [
        cli_run.register,
        demo.register,
        cli_review.register,
        cli_data.register,
        cli_digest.register,
        cli_shadow.register,
        replay.register,
    ]


def _date_arg(text: str) -> date:
    for fmt in ("%Y-%m-%d", "%d.%m.%Y"):
        try:
            return datetime.strptime(text, fmt).date()  # noqa: DTZ007 - a calendar day
        except ValueError:
            continue
    raise argparse.ArgumentTypeError(f'expected a date "YYYY-MM-DD", got "{text}"')


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
    except BookingError as exc:
        raise UsageError(str(exc)) from None
    appointment_id, outcome = store_booking(ctx.conn, request, now=ctx.now())
    print(f"appointment {appointment_id}: {outcome.value}")
    return 0


def cmd_appointments_import(ctx: Context) -> int:
    report = import_file(
        ctx.conn,
        ctx.args.file,
        zone=ctx.zone,
        policy=ctx.config.telemedicine,
        now=ctx.now(),
    )
    print(report.summary())
    for line, reason in report.refused:
        print(f"  line {line}: refused: {reason}")
    return 0


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
            "bestätigt" if row["confirmed"] else "offen"
        )  # fmt: skip
        print(
            f"{row['id']:>5}  {local:%a %d.%m.%Y %H:%M}  {row['kind']:<5} {row['treatment']:<3}"
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
    }


def cmd_appointments_cancel(ctx: Context) -> int:
    appointment = _existing_appointment(ctx, ctx.args.id)
    if appointment_store.cancel(ctx.conn, appointment.id, now=ctx.now()):
        print(f"appointment {appointment.id}: cancelled")
    else:
        print(f"appointment {appointment.id}: was already cancelled")
    return 0


def cmd_appointments_set_link(ctx: Context) -> int:
    appointment = _existing_appointment(ctx, ctx.args.id)
    if appointment.kind.value != "video":
        raise UsageError(f"appointment {appointment.id} is by phone; it has no video link")
    link = " ".join(ctx.args.link.split())
    if not link or any(ord(ch) < 32 for ch in ctx.args.link):
        raise UsageError("LINK: expected a URL or access code without control characters")
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


def print_json(value: object) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
