"""`praxis-worker demo`: the command and its report; the demo practice itself is
worker/modes/demo.py."""

from __future__ import annotations

import asyncio
import email
import email.policy
import logging
import tempfile
from datetime import datetime
from email.message import EmailMessage
from pathlib import Path

from state import appointments as appointment_store
from state import forms as form_store
from state import outbox, review
from state import patients as patient_store
from worker import cli
from worker.clock import Clock
from worker.config import Config, load_config
from worker.cycle.app import CycleReport, Worker
from worker.cycle.processing import Handled
from worker.modes.demo import prepare_demo
from worker.modes.demo_practice import DEMO_NOW, demo_mails


def cmd_demo(ctx: cli.Context) -> int:
    if ctx.args.log_level is None:  # the report is the output; the log only on request
        logging.getLogger().setLevel(logging.WARNING)
    directory = ctx.args.dir or Path(tempfile.mkdtemp(prefix="praxis-demo-"))
    config = load_config(prepare_demo(directory.resolve()))
    # The demo morning: the patients' mail is read and answered.
    worker = _DemoWorker(config, Clock(config.practice.zone, DEMO_NOW))
    try:
        report = asyncio.run(worker.run_cycle())
        print_report(worker, report, directory)
    finally:
        worker.close()
    return 0 if not (report.mailbox_error or report.send_error) else 1


class _DemoWorker(Worker):
    """The demo prints what it did with each of its few mails, so it keeps them."""

    def __init__(self, config: Config, clock: Clock) -> None:
        super().__init__(config, clock)
        self.handled: list[Handled] = []

    def _after_mail(self, handled: Handled, now: datetime) -> None:
        self.handled.append(handled)


def print_report(worker: _DemoWorker, report: CycleReport, directory: Path) -> None:
    conn = worker.conn
    zone = worker.config.practice.zone
    out: list[str] = []
    write = out.append
    write(f"praxis-worker demo: Praxis Impulse, {report.started:%A %d.%m.%Y %H:%M} (fixed clock)")
    write("")
    write(f"== Incoming mail ({len(worker.handled)})")
    labels = [label for label, _ in demo_mails("")]
    for label, handled in zip(labels, worker.handled, strict=False):
        write(f"- {label}")
        write(f"    {_describe(worker, handled)}")
    write("")
    earlier = [r for r in outbox.list_rows(conn) if r.created_at < report.started]
    rows = outbox.list_rows(conn, since=report.started)
    write(
        f"== Mail sent this morning ({len(rows)}; yesterday {len(earlier)}: links, "
        "information, reminders, forms requests, the digest)"
    )
    for row in rows:
        message = email.message_from_bytes(row.raw, policy=email.policy.default)
        assert isinstance(message, EmailMessage)
        body = message.get_body(preferencelist=("plain",))
        text = body.get_content() if body is not None else ""
        first = [line for line in text.splitlines() if line.strip()][:3]
        write(f"- [{row.kind}] to {row.recipient} ({row.status.value}): {row.subject}")
        for line in first:
            write(f"    | {line}")
    write("")
    items = review.list_items(conn, include_resolved=False)
    write(f"== Waiting for staff ({len(items)}) - also flagged in the inbox")
    for item in items:
        subject = f' "{item.subject}"' if item.subject else ""
        write(f"- #{item.id} {item.kind}{subject}: {item.reason}")
    write("")
    write("== Appointments")
    for appointment in appointment_store.between(conn, None, None):
        patient = patient_store.get(conn, appointment.patient_id)
        name = patient.name if patient else "?"
        state = (
            f"confirmed ({appointment.confirmed_at.astimezone(zone):%d.%m. %H:%M})"
            if appointment.confirmed_at
            else "in the practice (no mail; signed on the prescription)"
            if not appointment.kind.is_remote and appointment.is_held
            else appointment.status.value
        )
        write(
            f"- {appointment.start.astimezone(zone):%a %d.%m. %H:%M} {appointment.kind.value:<6} "
            f"{name:<20} {state}"
        )
        if patient is not None:
            received = sorted({f.form_key for f in form_store.for_patient(conn, patient.id)})
            if received:
                write(f"    forms on file: {', '.join(received)}")
    digest = next((r for r in rows if r.kind == "staff_digest"), None)
    if digest is not None:
        write("")
        write("== The staff digest (as mailed to the team)")
        message = email.message_from_bytes(digest.raw, policy=email.policy.default)
        assert isinstance(message, EmailMessage)
        body = message.get_body(preferencelist=("plain",))
        write(body.get_content().rstrip() if body is not None else "")
    write("")
    write("== Files")
    write(f"- demo directory:  {directory}")
    write(f"- config:          {directory / 'praxis-worker.toml'}")
    write(f"- inbox (Maildir): {directory / 'mail' / 'inbox'}  (processed mail in .Verarbeitet)")
    write(f"- sent mail:       {directory / 'mail' / 'outbox' / 'new'}  (.eml files)")
    write(f"- state:           {directory / 'state' / 'state.db'}")
    write(f"- try:             praxis-worker --config {directory / 'praxis-worker.toml'} "
          "review list")  # fmt: skip
    print("\n".join(out))


def _describe(worker: Worker, handled: Handled) -> str:
    decision = handled.decision
    if decision is None:
        return "already handled" if handled.duplicate else "not handled (see log)"
    parts = [f"recognised as {', '.join(sorted(decision.categories))}"]
    if decision.patient_id is not None:
        patient = patient_store.get(worker.conn, decision.patient_id)
        parts.append(f"patient {patient.name if patient else decision.patient_id}")
    parts.extend(
        f"confirmed appointment {found.appointment_id} ({found.day:%d.%m.%Y})"
        for found in decision.confirmations
    )
    if decision.forms:
        parts.append("forms: " + ", ".join(f.form_key for f in decision.forms))
    if decision.bounced_addresses:
        parts.append("undeliverable: " + ", ".join(decision.bounced_addresses))
    if decision.is_automated:
        parts.append("not answered")
    parts.append("-> staff" if decision.needs_staff else "-> done, moved to Verarbeitet")
    return "; ".join(parts)
