"""`run`, `check`, `outbox list` and `templates preview`."""

from __future__ import annotations

import asyncio
from datetime import timedelta

from mail_templates.render import TemplateError, render, sample_context
from rules.models import TelemedicinePolicy
from state import outbox
from worker import cli
from worker.config import MailboxConfig
from worker.cycle.app import CycleReport, make_sender, open_source
from worker.cycle.outgoing import form_file_findings
from worker.errors import ConfigError, DeliveryError, MailboxError
from worker.modes.shadow import make_worker


def cmd_run(ctx: cli.Context) -> int:
    worker = make_worker(ctx.config, ctx.clock, shadow=ctx.args.shadow)
    if not ctx.args.once:
        from worker.modes.daemon import run_daemon

        return run_daemon(worker)
    try:
        report = asyncio.run(worker.run_cycle())
    finally:
        worker.close()
    print(summarise(report))
    return 1 if report.mailbox_error or report.send_error else 0


def summarise(report: CycleReport) -> str:
    mailbox = report.mailbox
    parts = [
        # Mail seen before (flagged and still in the inbox) is not counted again.
        f"mails handled: {mailbox.new if mailbox else 0}",
        f"moved: {mailbox.moved if mailbox else 0}",
        f"flagged: {mailbox.flagged if mailbox else 0}",
        f"planned: {report.enqueued.added if report.enqueued else 0}",
        f"staff mail: {report.staff_enqueued}",
        f"sent: {report.sent.sent if report.sent else 0}",
    ]
    if report.mailbox_error:
        parts.append(f"mailbox error: {report.mailbox_error}")
    if report.send_error:
        parts.append(f"send error: {report.send_error}")
    return ", ".join(parts)


def cmd_check(ctx: cli.Context) -> int:
    config = ctx.config  # a broken config exits 2 here, naming the key
    findings: list[tuple[bool, str]] = [(True, f"config {config.path}: valid")]
    findings.extend(_check_mailbox(ctx))
    findings.extend(_check_smtp(ctx))
    findings.extend(_check_calendars(ctx))
    findings.extend(form_file_findings(config.forms))
    for ok, text in findings:
        print(f"{'ok  ' if ok else 'FAIL'}  {text}")
    for text in [
        *_trust_warnings(config.mailbox),
        *_billing_warnings(config.telemedicine),
        *_phone_warnings(ctx),
    ]:
        print(f"WARN  {text}")
    for key in ("phone", "postal_address"):
        if not getattr(config.practice, key):
            print(f"WARN  practice.{key} is not set: patient mails end without it in the footer")
    return 0 if all(ok for ok, _ in findings) else 1


MAX_IDS_LISTED = 20


def _phone_warnings(ctx: cli.Context) -> list[str]:
    """GKV phone appointments ahead that the 2022 rules refuse at booking today (booked
    before): kept as booked, named here so staff move them to video. Reads the state
    only if it exists and is current (check changes nothing)."""
    from rules.telemedicine import phone_bookings_against_the_rules
    from state import appointments as appointment_store
    from state import patients as patient_store
    from state.db import connect_read_only
    from state.errors import StateError

    config = ctx.config
    if not config.state.path.exists():
        return []
    try:
        conn = connect_read_only(config.state.path)
    except StateError:
        return []
    try:
        now = ctx.now()
        ahead = appointment_store.between(conn, now - timedelta(days=1), None)
        patients = patient_store.by_ids(conn, {a.patient_id for a in ahead})
    finally:
        conn.close()
    found = phone_bookings_against_the_rules(
        ahead,
        {pid: p.insurance for pid, p in patients.items()},
        config.telemedicine,
        now=now,
    )
    if not found:
        return []
    ids = ", ".join(str(a.id) for a in found[:MAX_IDS_LISTED])
    more = f" and {len(found) - MAX_IDS_LISTED} more" if len(found) > MAX_IDS_LISTED else ""
    return [
        f"{len(found)} GKV appointment(s) by phone still ahead (appointments {ids}{more}):"
        " since 1 April 2022 GKV patients are treated by video only (telemedicine.profile"
        ' = "2022"), and such a booking is refused today. They stay booked; book them by'
        " video instead (appointments cancel ID, then book by video), or set [telemedicine]"
        ' profile = "corona-2020" if the exception applies (README: Telemedicine rules).'
    ]


def _billing_warnings(policy: TelemedicinePolicy) -> list[str]:
    """Position numbers are the practice's to enter from its current price list: the
    worker ships none, so the billing CSV leaves the column empty until they are set."""
    missing = [
        f"{insurance}.video_{t.value}"
        for insurance, treatments in (("gkv", policy.gkv), ("private", policy.private))
        for t in treatments
        if f"{insurance}.video.{t.value}" not in policy.positions
    ]
    if not missing:
        return []
    return [
        "telemedicine.positions: no Heilmittel position number for "
        + ", ".join(missing)
        + "; the billing CSV column 'Positionsnummer' stays empty for these. Enter the "
        "numbers of your current price list (README: Abrechnungsliste)."
    ]


def _trust_warnings(mailbox: MailboxConfig) -> list[str]:
    """Loud, but no failure: without sender authentication the worker runs safely, it
    only records no confirmation by itself (or, deliberately, believes every sender)."""
    if mailbox.trusted_authserv_id:
        return []
    if mailbox.accept_unauthenticated:
        return [
            "mailbox.accept_unauthenticated = true: every From address is believed; anyone "
            "can forge a patient's confirmation and it is billed. Set "
            "mailbox.trusted_authserv_id instead (README: Absenderprüfung).",
        ]
    return [
        "mailbox.trusted_authserv_id is not set: no sender can be authenticated, so EVERY "
        "service confirmation goes to staff and none is recorded automatically.",
        "  Set it to the server name in the Authentication-Results header your mail "
        "provider adds to received mail (README: Absenderprüfung), or set "
        "mailbox.accept_unauthenticated = true to believe every From address (forgeable).",
    ]


def _check_calendars(ctx: cli.Context) -> list[tuple[bool, str]]:
    """Each live calendar is fetched and read (nothing stored): its events counted."""
    from rules.bookings import BookingError
    from worker.adapters.booking_files import read_bookings
    from worker.adapters.calendars import fetch

    findings = []
    for source in ctx.config.calendars:
        try:
            data = fetch(source)
            read = read_bookings(
                data,
                name=f'calendar "{source.name}"',
                zone=ctx.zone,
                policy=ctx.config.telemedicine,
                now=ctx.now(),
            )
        except ConfigError as exc:
            findings.append((False, str(exc)))
            continue
        refused = sum(1 for row in read.rows if isinstance(row.item, BookingError))
        findings.append(
            (
                True,
                f'calendar "{source.name}": read, {len(read.rows)} appointments'
                + (f" ({refused} would be refused)" if refused else ""),
            )
        )
    return findings


def _check_mailbox(ctx: cli.Context) -> list[tuple[bool, str]]:
    mailbox = ctx.config.mailbox
    where = f"mailbox {mailbox.type}"
    try:
        source = open_source(ctx.config)
        source.open()
    except ConfigError as exc:
        return [(False, f"{where}: {exc}")]
    except MailboxError as exc:
        hint = (
            "check username and password"
            if "auth" in type(exc).__name__.lower()
            else "check host, port, security and ca_file"
        )
        return [(False, f"{where}: cannot log in ({exc}); {hint}")]
    try:
        source.uidvalidity()
        opened = (
            f"{mailbox.path} readable"
            if mailbox.type == "maildir"
            else f"logged in, folder {mailbox.folder!r} selected"
        )
        found = [(True, f"{where}: {opened}")]
        ensure = getattr(source, "ensure_processed_folder", None)
        if callable(ensure):
            ensure()
        found.append((True, f"{where}: folder {mailbox.processed_folder!r} ready"))
        return found
    except MailboxError as exc:
        return [(False, f"{where}: {exc}; check the folder names")]
    finally:
        source.close()


def _check_smtp(ctx: cli.Context) -> list[tuple[bool, str]]:
    where = f"smtp {ctx.config.smtp.type}"
    try:
        sender = make_sender(ctx.config)
        check = getattr(sender, "check", None)
        notes: list[str] = asyncio.run(check()) if callable(check) else []
    except ConfigError as exc:
        return [(False, f"{where}: {exc}")]
    except (DeliveryError, OSError) as exc:
        return [(False, f"{where}: {exc}; check host, port, security, ca_file and login")]
    return [(True, f"{where}: {note}") for note in notes] or [(True, f"{where}: ready")]


def cmd_outbox_list(ctx: cli.Context) -> int:
    rows = outbox.list_all(ctx.conn)
    if ctx.args.json:
        cli.print_json(rows)
        return 0
    if not rows:
        print("outbox is empty")
    for row in rows:
        print(
            f"{row['id']:>5}  {row['status']:<8} {row['kind']:<21} attempts={row['attempts']}"
            f"  appointment={row['appointment_id'] or '-'}  {row['subject']}"
        )
    return 0


def cmd_templates_preview(ctx: cli.Context) -> int:
    name = ctx.args.name
    language = ctx.args.language
    override = None
    timezone = "Europe/Berlin"
    try:
        config = ctx.config
    except ConfigError:
        config = None  # a preview needs no config; without one, the built-in templates show
    if config is not None:
        language = language or config.practice.language
        override = config.practice.templates_dir
        timezone = config.practice.timezone
    try:
        rendered = render(
            name,
            sample_context(name),
            language=language or "de",
            override_dir=override,
            timezone=timezone,
        )
    except TemplateError as exc:
        raise cli.UsageError(str(exc)) from None
    print(f"Subject: {rendered.subject}\n")
    print(rendered.text)
    return 0
