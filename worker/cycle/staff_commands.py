"""Commands staff mail to the practice address: read, run, answered by one reply.

Straight-line, like processing.handle_mail for a patient's mail: the rules say whether
the mail is a command mail and what its lines mean (rules/staff_commands.py); here the
commands run against the state and the reply is stored in the outbox, all in ONE
transaction with the inbound record. The inbound ledger therefore runs a mail's commands
once: a crash before the commit leaves nothing done and the mail is read again, a mail
already recorded is never read again. A mail from a staff address that our mail server
does not vouch for runs nothing and goes to a person. Logs carry ids and counts only.
"""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass
from datetime import datetime

from rules.authentication import is_authenticated
from rules.models import DueMail, FormsPolicy, InboundMail, MailKind
from rules.staff_commands import (
    HELP_LINES,
    ParsedCommands,
    StaffCommand,
    Verb,
    confirmation_day,
    parse_staff_commands,
    refuse_cancellation,
    refuse_confirmation,
)
from state import appointments as appointment_store
from state import confirmations as confirmation_store
from state import forms as form_store
from state import inbound, review
from state import patients as patient_store
from state.db import transaction
from state.inbound import InboundStatus, MailKey
from worker.cycle.outgoing import (
    OutgoingSettings,
    TokenFactory,
    random_token,
    render_mail,
    store_mail,
)

log = logging.getLogger(__name__)

REPLY_TEMPLATE = "staff_reply"
NOT_AUTHENTICATED = (
    "Mail von einer Team-Adresse, die der Mailserver nicht als echt bestätigt (DMARC/DKIM "
    "nicht bestanden oder mailbox.trusted_authserv_id nicht eingerichtet); die Befehle "
    "darin wurden NICHT ausgeführt. Bitte prüfen, ob sie wirklich vom Team stammt."
)


@dataclass(frozen=True, slots=True, kw_only=True)
class CommandResult:
    line: str
    done: bool
    text: str


def form_keys(policy: FormsPolicy) -> dict[str, str]:
    """Form key -> display name of every form the practice knows."""
    keys = dict.fromkeys((*policy.new_patient, *policy.video_existing_patient, *policy.names))
    return {key: policy.names.get(key, key) for key in keys}


def handle_staff_mail(
    conn: sqlite3.Connection,
    key: MailKey,
    mail: InboundMail,
    settings: OutgoingSettings,
    *,
    sha256: str,
    trusted_authserv_id: str,
    now: datetime,
    token_factory: TokenFactory = random_token,
) -> tuple[int, bool]:
    """Run the commands of one staff mail (or flag it); returns (inbound id, flagged)."""
    if not is_authenticated(mail, trusted_authserv_id):
        with transaction(conn):
            inbound_id = inbound.record(
                conn,
                key,
                message_id=mail.message_id,
                sha256=sha256,
                received_at=mail.date,
                status=InboundStatus.REVIEW,
                now=now,
                ends_attempt=True,
            )
            review.add(
                conn,
                kind="mail",
                dedup_key=f"mail:{inbound_id}",
                reason=NOT_AUTHENTICATED,
                subject=mail.subject,
                inbound_id=inbound_id,
                message_id=mail.message_id,
                now=now,
            )
        log.warning("event=staff_mail_unauthenticated inbound=%s", inbound_id)
        return inbound_id, True
    parsed = parse_staff_commands(mail.own_text)
    with transaction(conn):
        inbound_id = inbound.record(
            conn,
            key,
            message_id=mail.message_id,
            sha256=sha256,
            received_at=mail.date,
            status=InboundStatus.PROCESSED,
            now=now,
            ends_attempt=True,
        )
        results = [
            run_command(
                conn,
                command,
                settings,
                evidence_mail=mail,
                inbound_id=inbound_id,
                sha256=sha256,
                now=now,
            )
            for command in parsed.commands
        ]
        _store_reply(conn, mail, settings, inbound_id, results, parsed, now, token_factory)
    log.info(
        "event=staff_commands inbound=%s commands=%d done=%d not_understood=%d",
        inbound_id,
        len(results),
        sum(r.done for r in results),
        len(parsed.not_understood),
    )
    return inbound_id, False


def run_command(
    conn: sqlite3.Connection,
    command: StaffCommand,
    settings: OutgoingSettings,
    *,
    evidence_mail: InboundMail | None,
    inbound_id: int | None,
    sha256: str,
    now: datetime,
    evidence_text: str = "",
) -> CommandResult:
    """Run one command (inside the caller's transaction); also the CLI's way in."""
    if command.verb is Verb.RESOLVE:
        return _resolve(conn, command, now)
    if command.verb is Verb.ASSIGN_FORM:
        return _assign_form(conn, command, settings, inbound_id=inbound_id, now=now)
    if command.verb is Verb.CONFIRM:
        return _confirm(
            conn,
            command,
            settings,
            evidence_mail=evidence_mail,
            inbound_id=inbound_id,
            sha256=sha256,
            now=now,
            evidence_text=evidence_text,
        )
    return _cancel(conn, command, now)


def _resolve(conn: sqlite3.Connection, command: StaffCommand, now: datetime) -> CommandResult:
    item = review.get(conn, command.number)
    if item is None:
        return CommandResult(
            line=command.line, done=False, text=f"Prüfpunkt {command.number} gibt es nicht."
        )
    if item.resolved:
        return CommandResult(
            line=command.line, done=False, text=f"Prüfpunkt {command.number} war schon erledigt."
        )
    review.resolve(conn, item.id, now=now, by=review.RESOLVED_BY_STAFF_MAIL)
    about = f" („{item.subject}“)" if item.subject else ""
    return CommandResult(
        line=command.line, done=True, text=f"Prüfpunkt {item.id}{about} ist erledigt."
    )


def _assign_form(
    conn: sqlite3.Connection,
    command: StaffCommand,
    settings: OutgoingSettings,
    *,
    inbound_id: int | None,
    now: datetime,
) -> CommandResult:
    known = form_keys(settings.forms)
    if command.form_key not in known:
        listed = ", ".join(sorted(known))
        return CommandResult(
            line=command.line,
            done=False,
            text=f"Formular „{command.form_key}“ ist unbekannt; bekannt sind: {listed}.",
        )
    item = review.get(conn, command.number)
    if item is None or item.inbound_id is None:
        return CommandResult(
            line=command.line,
            done=False,
            text=f"Prüfpunkt {command.number} gehört zu keiner Mail mit Anhängen.",
        )
    documents = form_store.unclassified_of_mail(conn, item.inbound_id)
    if not documents:
        return CommandResult(
            line=command.line,
            done=False,
            text=f"Die Mail zu Prüfpunkt {command.number} hat keine unklaren Anhänge (mehr).",
        )
    evidence = f"inbound={inbound_id}" if inbound_id is not None else "cli"
    assigned = sum(
        form_store.assign(conn, document.id, command.form_key, now=now, evidence=evidence)
        for document in documents
    )
    patient = patient_store.get(conn, documents[0].patient_id)
    who = f" von {patient.name}" if patient is not None else ""
    noun = "Anhang" if assigned == 1 else "Anhänge"
    return CommandResult(
        line=command.line,
        done=True,
        text=f"{assigned} {noun}{who} als „{known[command.form_key]}“ abgelegt "
        f"(Prüfpunkt {command.number} bleibt offen bis „erledigt {command.number}“).",
    )


def _confirm(
    conn: sqlite3.Connection,
    command: StaffCommand,
    settings: OutgoingSettings,
    *,
    evidence_mail: InboundMail | None,
    inbound_id: int | None,
    sha256: str,
    now: datetime,
    evidence_text: str,
) -> CommandResult:
    appointment = appointment_store.get(conn, command.number)
    already = confirmation_store.for_appointment(conn, command.number) is not None
    why = refuse_confirmation(
        command, appointment, already_confirmed=already, now=now, zone=settings.schedule.zone
    )
    if why is not None or appointment is None:
        return CommandResult(line=command.line, done=False, text=why or "")
    day = confirmation_day(command, appointment, settings.schedule.zone)
    if evidence_mail is not None:
        mailed = evidence_mail.date.astimezone(settings.schedule.zone)
        evidence = (
            "Notiz des Praxisteams: telefonisch bestätigt, laut Mail von "
            f"{evidence_mail.sender} vom {mailed:%d.%m.%Y}"
            f": „{command.line}“"
        )
    else:
        evidence = f"Notiz des Praxisteams: telefonisch bestätigt; {evidence_text}"
    confirmation_store.record(
        conn,
        appointment_id=appointment.id,
        patient_id=appointment.patient_id,
        day=day,
        message_id=evidence_mail.message_id if evidence_mail is not None else None,
        mail_sha256=sha256,
        evidence=evidence,
        inbound_id=inbound_id,
        now=now,
        source=confirmation_store.SOURCE_STAFF_NOTE,
    )
    patient = patient_store.get(conn, appointment.patient_id)
    who = f" ({patient.name})" if patient is not None else ""
    return CommandResult(
        line=command.line,
        done=True,
        text=f"Termin {appointment.id}{who} am {day:%d.%m.%Y} als telefonisch bestätigt "
        "eingetragen (Nachweis: Notiz des Praxisteams).",
    )


def _cancel(conn: sqlite3.Connection, command: StaffCommand, now: datetime) -> CommandResult:
    appointment = appointment_store.get(conn, command.number)
    already = confirmation_store.for_appointment(conn, command.number) is not None
    why = refuse_cancellation(command, appointment, already_confirmed=already)
    if why is not None or appointment is None:
        return CommandResult(line=command.line, done=False, text=why or "")
    appointment_store.cancel(conn, appointment.id, now=now)
    patient = patient_store.get(conn, appointment.patient_id)
    who = f" ({patient.name})" if patient is not None else ""
    return CommandResult(
        line=command.line, done=True, text=f"Termin {appointment.id}{who} ist abgesagt."
    )


def _store_reply(
    conn: sqlite3.Connection,
    mail: InboundMail,
    settings: OutgoingSettings,
    inbound_id: int,
    results: list[CommandResult],
    parsed: ParsedCommands,
    now: datetime,
    token_factory: TokenFactory,
) -> None:
    assert mail.sender is not None
    rendered = render_mail(
        REPLY_TEMPLATE,
        {
            "subject": mail.subject,
            "results": [{"line": r.line, "done": r.done, "text": r.text} for r in results],
            "not_understood": [{"line": n.line, "hint": n.hint} for n in parsed.not_understood],
            "skipped": parsed.skipped_lines,
            "help": parsed.needs_help,
            "help_lines": HELP_LINES,
            "forms": form_keys(settings.forms),
        },
        settings,
    )
    due = DueMail(
        dedup_key=f"{MailKind.STAFF_REPLY.value}:{inbound_id}",
        kind=MailKind.STAFF_REPLY,
        template=REPLY_TEMPLATE,
        recipient=mail.sender,
        recipient_name=settings.practice.name,
        patient_id=None,
        appointment_id=None,
        not_before=now,
        expires_at=None,
        in_reply_to=mail.message_id,
        references=(mail.message_id,) if mail.message_id else (),
        auto_submitted="auto-replied",
    )
    store_mail(conn, due, rendered, settings=settings, now=now, token=token_factory())
