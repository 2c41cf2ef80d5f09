"""Every command and its arguments, in one place.

Handlers are named as "module:function" and imported only when their command runs, so
`praxis-worker --help` (and a typo) answers without loading mail parsing, Jinja2,
Babel or the holiday tables.
"""

from __future__ import annotations

import argparse
import codecs
from datetime import date, datetime
from pathlib import Path

from mail_templates.names import TEMPLATE_NAMES


def date_arg(text: str) -> date:
    for fmt in ("%Y-%m-%d", "%d.%m.%Y"):
        try:
            return datetime.strptime(text, fmt).date()  # noqa: DTZ007 - a calendar day
        except ValueError:
            continue
    raise argparse.ArgumentTypeError(f'expected a date "YYYY-MM-DD", got "{text}"')


def encoding_arg(text: str) -> str:
    try:
        return codecs.lookup(text).name
    except LookupError:
        raise argparse.ArgumentTypeError(
            f'unknown encoding "{text}" (e.g. utf-8, cp1252, latin-1)'
        ) from None


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
    _service(commands)
    _bookings(commands)
    _mail(commands)
    _data(commands)
    return parser


def _handler(parser: argparse.ArgumentParser, target: str) -> None:
    parser.set_defaults(handler=target)


def _service(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    run = commands.add_parser("run", help="the daemon (or one cycle with --once)")
    run.add_argument("--once", action="store_true", help="one whole cycle, then exit")
    run.add_argument(
        "--shadow",
        action="store_true",
        help="decide everything, send/move/flag nothing, own state (also [mailbox] shadow)",
    )
    _handler(run, "worker.cli.run:cmd_run")
    check = commands.add_parser("check", help="validate the config, log in to IMAP and SMTP")
    _handler(check, "worker.cli.run:cmd_check")
    demo = commands.add_parser("demo", help="run a self-contained demo practice (no server)")
    demo.add_argument("--dir", type=Path, help="where to build it (default: a new temp dir)")
    _handler(demo, "worker.cli.demo:cmd_demo")
    shadow = commands.add_parser("shadow", help="what shadow mode would have done")
    sub = shadow.add_subparsers(dest="action", metavar="ACTION", required=True)
    report = sub.add_parser("report", help="every mail and planned mail of shadow mode")
    report.add_argument("--since", metavar="DATE", type=date_arg)
    report.add_argument("--json", action="store_true")
    _handler(report, "worker.cli.shadow:cmd_shadow_report")


def _bookings(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    appointments = commands.add_parser("appointments", help="book, import, list, cancel")
    sub = appointments.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = sub.add_parser("add", help="book one appointment")
    add.add_argument("--name", required=True)
    add.add_argument("--email", required=True)
    add.add_argument("--start", required=True, help='"YYYY-MM-DD HH:MM", practice time')
    add.add_argument(
        "--kind",
        required=True,
        choices=("phone", "video", "praxis"),
        help="praxis: in person, in the practice (no mail, signed on the prescription)",
    )
    add.add_argument("--treatment", required=True, choices=("KG", "MT", "KGG"))
    add.add_argument("--insurance", required=True, choices=("gkv", "private"))
    add.add_argument("--new-patient", action="store_true")
    add.add_argument("--duration", type=int, default=30, metavar="MIN")
    add.add_argument("--video-link", metavar="URL-OR-CODE")
    add.add_argument("--external-id", metavar="ID")
    add.add_argument("--prescription", type=int, metavar="ID", help="book against a prescription")
    _handler(add, "worker.cli.bookings:cmd_appointments_add")
    imp = sub.add_parser(
        "import",
        help="import a CSV or iCalendar file, or read the configured sources (idempotent)",
    )
    imp.add_argument(
        "file",
        type=Path,
        nargs="?",
        help="the file; without it (and without --source): every configured source",
    )
    imp.add_argument(
        "--source",
        metavar="NAME",
        help="read only this calendar of [[appointments.calendars]]",
    )
    imp.add_argument(
        "--encoding",
        type=encoding_arg,
        help="the file's text encoding (default: UTF-8 if it is valid UTF-8, else cp1252)",
    )
    _handler(imp, "worker.cli.bookings:cmd_appointments_import")
    lst = sub.add_parser("list", help="list appointments")
    lst.add_argument("--json", action="store_true")
    lst.add_argument("--from", dest="from_", metavar="DATE", type=date_arg)
    lst.add_argument("--to", metavar="DATE", type=date_arg)
    _handler(lst, "worker.cli.bookings:cmd_appointments_list")
    cancel = sub.add_parser("cancel", help="cancel an appointment")
    cancel.add_argument("id", type=int)
    _handler(cancel, "worker.cli.bookings:cmd_appointments_cancel")
    release = sub.add_parser(
        "release", help="end the hold a patient's cancellation/reschedule mail put on it"
    )
    release.add_argument("id", type=int)
    _handler(release, "worker.cli.bookings:cmd_appointments_release")
    link = sub.add_parser("set-link", help="set or change the video link / access code")
    link.add_argument("id", type=int)
    link.add_argument("link")
    _handler(link, "worker.cli.bookings:cmd_appointments_set_link")

    patients = commands.add_parser("patients", help="patients and their paperwork")
    psub = patients.add_subparsers(dest="action", metavar="ACTION", required=True)
    plist = psub.add_parser("list", help="list patients with forms received and missing")
    plist.add_argument("--json", action="store_true")
    _handler(plist, "worker.cli.bookings:cmd_patients_list")
    reactivate = psub.add_parser(
        "reactivate", help="send to an address again that was marked undeliverable"
    )
    reactivate.add_argument("address")
    _handler(reactivate, "worker.cli.bookings:cmd_patients_reactivate")

    _prescriptions(commands)


def _prescriptions(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    rx = commands.add_parser("prescriptions", help="prescriptions (Verordnungen) and consent")
    sub = rx.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = sub.add_parser("add", help="record a prescription")
    add.add_argument("--patient", required=True, type=int, metavar="PATIENT_ID")
    add.add_argument("--treatment", required=True, choices=("KG", "MT", "KGG"))
    add.add_argument("--units", required=True, type=int, metavar="N")
    add.add_argument("--issued", required=True, type=date_arg, metavar="DATE")
    add.add_argument("--reference", metavar="TEXT", help="the prescription's number, for billing")
    add.add_argument(
        "--first-in-person", type=date_arg, metavar="DATE", help="first treatment in the practice"
    )
    add.add_argument("--json", action="store_true")
    _handler(add, "worker.cli.prescriptions:cmd_prescriptions_add")
    lst = sub.add_parser("list", help="list prescriptions with units booked")
    lst.add_argument("--patient", type=int, metavar="PATIENT_ID")
    lst.add_argument("--json", action="store_true")
    _handler(lst, "worker.cli.prescriptions:cmd_prescriptions_list")
    visit = sub.add_parser("visit", help="a treatment given in person (in the practice)")
    visit.add_argument("id", type=int)
    visit.add_argument("day", type=date_arg, metavar="DATE")
    _handler(visit, "worker.cli.prescriptions:cmd_prescriptions_visit")
    consent = sub.add_parser("consent", help="a patient's written consent to video treatment")
    consent.add_argument("patient_id", type=int, metavar="PATIENT_ID")
    consent.add_argument("day", type=date_arg, metavar="DATE", help="the day it was received")
    _handler(consent, "worker.cli.prescriptions:cmd_prescriptions_consent")


def _mail(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    review = commands.add_parser("review", help="what needs a person")
    sub = review.add_subparsers(dest="action", metavar="ACTION", required=True)
    lst = sub.add_parser("list", help="open review items (all with --all)")
    lst.add_argument("--json", action="store_true")
    lst.add_argument("--all", action="store_true", help="include resolved items")
    _handler(lst, "worker.cli.review:cmd_review_list")
    resolve = sub.add_parser("resolve", help="mark an item as done")
    resolve.add_argument("id", type=int)
    _handler(resolve, "worker.cli.review:cmd_review_resolve")

    forms = commands.add_parser("forms", help="patient forms on file")
    fsub = forms.add_subparsers(dest="action", metavar="ACTION", required=True)
    assign = fsub.add_parser(
        "assign", help="file the unclassified attachments of a review item's mail as a form"
    )
    assign.add_argument("item", type=int, metavar="ITEM")
    assign.add_argument("form_key", metavar="FORM_KEY")
    _handler(assign, "worker.cli.staff:cmd_forms_assign")

    confirmations = commands.add_parser("confirmations", help="service confirmations")
    csub = confirmations.add_subparsers(dest="action", metavar="ACTION", required=True)
    cadd = csub.add_parser(
        "add", help="record a confirmation the patient gave by phone (a staff note)"
    )
    cadd.add_argument("appointment_id", type=int, metavar="APPOINTMENT_ID")
    cadd.add_argument("--evidence", required=True, metavar="TEXT", help="who, how, when")
    _handler(cadd, "worker.cli.staff:cmd_confirmations_add")

    box = commands.add_parser("outbox", help="mail planned, sent, failed")
    bsub = box.add_subparsers(dest="action", metavar="ACTION", required=True)
    blist = bsub.add_parser("list", help="list outgoing mail")
    blist.add_argument("--json", action="store_true")
    _handler(blist, "worker.cli.run:cmd_outbox_list")

    digest = commands.add_parser(
        "digest", help="print the staff digest as it would be mailed now (or --send it)"
    )
    digest.add_argument(
        "--send",
        action="store_true",
        help="mail it to every address in practice.staff now (billing CSV attached)",
    )
    _handler(digest, "worker.cli.digest:cmd_digest")

    templates = commands.add_parser("templates", help="mail templates")
    tsub = templates.add_subparsers(dest="action", metavar="ACTION", required=True)
    preview = tsub.add_parser("preview", help="render a template with sample data")
    preview.add_argument("name", choices=TEMPLATE_NAMES, metavar="NAME")
    preview.add_argument("--language", choices=("de", "en"))
    _handler(preview, "worker.cli.run:cmd_templates_preview")

    replay = commands.add_parser(
        "replay", help="run stored mails through the rules against the current state (read-only)"
    )
    replay.add_argument("path", type=Path, metavar="FILE.eml|DIR|MBOX")
    replay.add_argument("--json", action="store_true")
    _handler(replay, "worker.cli.replay:cmd_replay")


def _data(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    purge = commands.add_parser("purge", help="delete mail facts and documents past retention")
    purge.add_argument("--older-than", type=int, required=True, metavar="DAYS")
    _handler(purge, "worker.cli.data:cmd_purge")
    export = commands.add_parser("export-patient", help="everything held on one patient (JSON)")
    export.add_argument("id", type=int)
    _handler(export, "worker.cli.data:cmd_export_patient")
