"""Handling one incoming mail: read, decide, record — exactly once.

Straight-line per mail: look the key up (done before? then only tidy), count the
attempt, parse, recognise a copy seen under another key, build what the rules need to
know, decide, store the documents, and apply the decision in ONE transaction. Any
exception is this mail's alone: it is counted, retried next cycle, and after three
failures left for staff. The attempt is counted and committed BEFORE the mail is read,
so a mail that kills or hangs the worker (until the systemd watchdog kills it) is
counted too and goes to staff after three attempts instead of killing every restart.
"""

from __future__ import annotations

import hashlib
import logging
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from pathlib import Path

from rules.decide import decide_mail
from rules.mime_limits import MailLimits
from rules.models import (
    FormsPolicy,
    InboundMail,
    MailContext,
    MailDecision,
    Quarantine,
)
from rules.parsing import parse_mail
from rules.staff_commands import is_staff_command_mail
from state import appointments as appointment_store
from state import confirmations as confirmation_store
from state import forms as form_store
from state import inbound, review
from state import outbox as outbox_store
from state import patients as patient_store
from state.db import transaction
from state.inbound import (
    FINAL,
    INTERRUPTED,
    MAX_FAILURES,
    InboundRecord,
    InboundStatus,
    MailKey,
)
from worker.adapters import attachments
from worker.adapters.mail_source import FetchedMail
from worker.config import MailboxConfig, PracticeConfig
from worker.cycle.clarify import ask_if_unclear
from worker.cycle.outgoing import OutgoingSettings
from worker.cycle.staff_commands import handle_staff_mail

log = logging.getLogger(__name__)


class Tidy(StrEnum):
    """What the mailbox should do with the message now."""

    MOVE = "move"  # handled completely: into the processed folder
    FLAG = "flag"  # a person must look: stays, flagged
    NONE = "none"  # not finished (will be retried): leave as it is


@dataclass(frozen=True, slots=True, kw_only=True)
class MailSettings:
    """What handling one mail needs: the config's own sections, not copies of their keys."""

    state_name: str  # names the folder in the state, e.g. "imap:INBOX" or "maildir:INBOX"
    practice: PracticeConfig
    mailbox: MailboxConfig  # trusted_authserv_id, accept_unauthenticated
    forms: FormsPolicy
    attachments_dir: Path
    limits: MailLimits
    clarify: OutgoingSettings | None = None  # schedule.clarify on: ask which appointment
    staff: OutgoingSettings | None = None  # practice.staff: their mail is read as commands


@dataclass(frozen=True, slots=True, kw_only=True)
class Handled:
    tidy: Tidy
    inbound_id: int | None
    decision: MailDecision | None = None
    duplicate: bool = False


def mail_key(settings: MailSettings, fetched: FetchedMail) -> MailKey:
    return MailKey(
        mailbox=settings.state_name,
        source_key=fetched.key,
        uidvalidity=fetched.uidvalidity,
        uid=fetched.uid,
    )


def tidy_for(record: InboundRecord) -> Tidy:
    if record.status is InboundStatus.PROCESSED:
        return Tidy.MOVE
    if record.needs_flag:
        return Tidy.FLAG
    return Tidy.NONE


def handle_mail(
    conn: sqlite3.Connection, fetched: FetchedMail, settings: MailSettings, *, now: datetime
) -> Handled:
    existing = inbound.get(conn, settings.state_name, fetched.key)
    if existing is not None and (existing.status in FINAL or existing.needs_flag):
        if existing.status is InboundStatus.FAILED:
            _give_up(conn, existing, now)  # the last attempts died with the worker
        return Handled(tidy=tidy_for(existing), inbound_id=existing.id, duplicate=True)
    received_at = fetched.internal_date or now
    if fetched.raw is None:
        return _skip_oversized(conn, fetched, settings, received_at=received_at, now=now)
    sha256 = hashlib.sha256(fetched.raw).hexdigest()
    with transaction(conn):
        attempt = inbound.begin_attempt(
            conn, mail_key(settings, fetched), sha256=sha256, received_at=received_at, now=now
        )
    log.debug("event=mail_attempt key=%s attempt=%d", fetched.key, attempt.failures)
    stored: list[tuple[int, str]] = []
    try:
        mail = parse_mail(fetched.raw, received_at=received_at, limits=settings.limits)
        message_id = mail.message_id if isinstance(mail, InboundMail) else None
        earlier = inbound.find_earlier(
            conn, sha256=sha256, message_id=message_id, sender_key=fetched.key
        )
        if earlier is not None:
            return _record_duplicate(conn, fetched, settings, earlier, sha256, received_at, now)
        if (
            settings.staff is not None
            and isinstance(mail, InboundMail)
            and is_staff_command_mail(
                mail,
                staff=settings.staff.practice.staff,
                practice_address=settings.practice.address,
            )
        ):
            # Staff's commands, never a patient's mail (worker/cycle/staff_commands.py).
            inbound_id, flagged = handle_staff_mail(
                conn,
                mail_key(settings, fetched),
                mail,
                settings.staff,
                sha256=sha256,
                trusted_authserv_id=settings.mailbox.trusted_authserv_id,
                now=now,
            )
            return Handled(tidy=Tidy.FLAG if flagged else Tidy.MOVE, inbound_id=inbound_id)
        context = build_context(conn, mail, settings)
        decision = decide_mail(mail, context, now=now)
        stored = _store_documents(conn, settings.attachments_dir, mail, decision)
        with transaction(conn):
            inbound_id = _apply(conn, fetched, settings, mail, decision, stored, sha256, now)
            if settings.clarify is not None and isinstance(mail, InboundMail):
                ask_if_unclear(conn, mail, decision, context, settings=settings.clarify, now=now)
    except Exception as exc:  # noqa: BLE001 - the per-message isolation point: this mail only
        for patient_id, name in stored:
            attachments.remove(settings.attachments_dir, patient_id, name)
        return _record_failure(conn, fetched, settings, sha256, received_at, exc, now)
    log.info(
        "event=mail_handled key=%s inbound=%s categories=%s confirmations=%d forms=%d staff=%s",
        fetched.key,
        inbound_id,
        ",".join(sorted(decision.categories)),
        len(decision.confirmations),
        len(decision.forms),
        decision.needs_staff,
    )
    return Handled(
        tidy=Tidy.FLAG if decision.needs_staff else Tidy.MOVE,
        inbound_id=inbound_id,
        decision=decision,
    )


def build_context(
    conn: sqlite3.Connection, mail: InboundMail | Quarantine, settings: MailSettings
) -> MailContext:
    """What the rules need to know about this sender and thread, read from the state."""
    base = MailContext(
        practice_address=settings.practice.address,
        patient=None,
        forms=settings.forms,
        trusted_authserv_id=settings.mailbox.trusted_authserv_id,
        accept_unauthenticated=settings.mailbox.accept_unauthenticated,
        timezone=settings.practice.timezone,
    )
    if isinstance(mail, Quarantine):
        return base
    sharing = patient_store.at_address(conn, mail.sender) if mail.sender else []
    patient = sharing[0] if sharing else None
    # A bounce names our mail in the returned headers, a reply in References/In-Reply-To.
    referenced = tuple(
        dict.fromkeys((*mail.references, mail.in_reply_to or "", *mail.returned_message_ids))
    )
    thread = outbox_store.message_ids_for_thread(conn, [m for m in referenced if m])
    own = bool(mail.message_id) and bool(
        outbox_store.message_ids_for_thread(conn, [mail.message_id or ""])
    )
    namesakes = patient_store.named(conn, mail.sender_name)
    name_matches = tuple(p for p in namesakes if p.id not in {s.id for s in sharing})
    return MailContext(
        practice_address=settings.practice.address,
        patient=patient,
        appointments=tuple(appointment_store.for_patients(conn, [p.id for p in sharing])),
        thread=tuple(thread),
        name_matches=name_matches,
        household=tuple(sharing[1:]),
        forms=settings.forms,
        trusted_authserv_id=settings.mailbox.trusted_authserv_id,
        accept_unauthenticated=settings.mailbox.accept_unauthenticated,
        timezone=settings.practice.timezone,
        own_message_id=own,
    )


def _store_documents(
    conn: sqlite3.Connection,
    attachments_dir: Path,
    mail: InboundMail | Quarantine,
    decision: MailDecision,
) -> list[tuple[int, str]]:
    """Write the attachments the decision files to the patient; (patient id, name) each
    (name "" when nothing was written: not storable, or the same content already on file)."""
    if isinstance(mail, Quarantine) or decision.patient_id is None or decision.is_automated:
        return []
    on_file = {f.sha256 for f in form_store.for_patient(conn, decision.patient_id)}
    stored: list[tuple[int, str]] = []
    for finding in decision.forms:
        attachment = mail.attachments[finding.attachment_index]
        if attachments.is_storable(attachment):
            name = attachments.store_new(attachments_dir, decision.patient_id, attachment, on_file)
            stored.append((decision.patient_id, name))
        else:
            stored.append((decision.patient_id, ""))
    return stored


def _apply(
    conn: sqlite3.Connection,
    fetched: FetchedMail,
    settings: MailSettings,
    mail: InboundMail | Quarantine,
    decision: MailDecision,
    stored: list[tuple[int, str]],
    sha256: str,
    now: datetime,
) -> int:
    parsed = mail if isinstance(mail, InboundMail) else None
    inbound_id = inbound.record(
        conn,
        mail_key(settings, fetched),
        message_id=parsed.message_id if parsed else None,
        sha256=sha256,
        received_at=parsed.date if parsed else (fetched.internal_date or now),
        status=InboundStatus.REVIEW if decision.needs_staff else InboundStatus.PROCESSED,
        categories=tuple(sorted(decision.categories)),
        patient_id=decision.patient_id,
        now=now,
        ends_attempt=True,
    )
    if parsed is not None and decision.patient_id is not None and not decision.is_automated:
        for confirmed in decision.confirmations:
            confirmation_store.record(
                conn,
                appointment_id=confirmed.appointment_id,
                patient_id=decision.patient_id,
                day=confirmed.day,
                message_id=parsed.message_id,
                mail_sha256=sha256,
                evidence=confirmed.evidence,
                inbound_id=inbound_id,
                now=now,
            )
        for finding, (_, stored_name) in zip(decision.forms, stored, strict=True):
            attachment = parsed.attachments[finding.attachment_index]
            form_store.add(
                conn,
                patient_id=decision.patient_id,
                form_key=finding.form_key,
                received_at=parsed.date,
                inbound_id=inbound_id,
                stored_name=stored_name or None,
                original_name=attachment.filename,
                sniffed_type=attachment.sniffed_type,
                size=attachment.size,
                sha256=attachment.sha256,
                now=now,
            )
    for address in decision.bounced_addresses:
        patient_store.mark_undeliverable(
            conn, address, reason=f"bounce inbound={inbound_id}", now=now
        )
    if decision.needs_staff:
        review.add(
            conn,
            kind="mail",
            dedup_key=f"mail:{inbound_id}",
            reason=" ".join(decision.staff_reasons),
            subject=parsed.subject if parsed else "",
            inbound_id=inbound_id,
            message_id=parsed.message_id if parsed else None,
            patient_id=decision.patient_id,
            could_be_about=decision.could_be_about,
            now=now,
        )
    return inbound_id


def _skip_oversized(
    conn: sqlite3.Connection,
    fetched: FetchedMail,
    settings: MailSettings,
    *,
    received_at: datetime,
    now: datetime,
) -> Handled:
    with transaction(conn):
        inbound_id = inbound.record(
            conn,
            mail_key(settings, fetched),
            message_id=None,
            sha256=f"size:{fetched.size}",
            received_at=received_at,
            status=InboundStatus.SKIPPED,
            now=now,
        )
        review.add(
            conn,
            kind="mail",
            dedup_key=f"mail:{inbound_id}",
            reason=(
                f"Mail ist mit {fetched.size / 2**20:.1f} MB größer als erlaubt und wurde "
                "nicht gelesen; bitte im Postfach ansehen."
            ),
            inbound_id=inbound_id,
            now=now,
        )
    log.warning("event=mail_skipped key=%s size=%d reason=too_large", fetched.key, fetched.size)
    return Handled(tidy=Tidy.FLAG, inbound_id=inbound_id)


def _record_duplicate(
    conn: sqlite3.Connection,
    fetched: FetchedMail,
    settings: MailSettings,
    earlier: InboundRecord,
    sha256: str,
    received_at: datetime,
    now: datetime,
) -> Handled:
    """The same mail again (re-delivery, UIDVALIDITY change, crash during a move)."""
    with transaction(conn):
        inbound_id = inbound.record(
            conn,
            mail_key(settings, fetched),
            message_id=earlier.message_id,
            sha256=sha256,
            received_at=received_at,
            status=earlier.status,
            categories=earlier.categories,
            patient_id=earlier.patient_id,
            duplicate_of=earlier.id,
            now=now,
            ends_attempt=True,
        )
    log.info("event=mail_duplicate key=%s inbound=%s of=%s", fetched.key, inbound_id, earlier.id)
    return Handled(tidy=tidy_for(earlier), inbound_id=inbound_id, duplicate=True)


def _record_failure(
    conn: sqlite3.Connection,
    fetched: FetchedMail,
    settings: MailSettings,
    sha256: str,
    received_at: datetime,
    exc: Exception,
    now: datetime,
) -> Handled:
    error = type(exc).__name__
    with transaction(conn):
        record = inbound.record_failure(
            conn,
            mail_key(settings, fetched),
            sha256=sha256,
            received_at=received_at,
            error=error,
            now=now,
            counted=True,  # by begin_attempt
        )
        if record.failures >= MAX_FAILURES:
            review.add(
                conn,
                kind="mail",
                dedup_key=f"mail:{record.id}",
                reason=(
                    f"Mail konnte {record.failures}-mal nicht verarbeitet werden ({error}); "
                    "bitte von Hand bearbeiten."
                ),
                inbound_id=record.id,
                now=now,
            )
    log.warning(
        "event=mail_failed key=%s error=%s failures=%d", fetched.key, error, record.failures
    )
    return Handled(tidy=tidy_for(record), inbound_id=record.id)


def _give_up(conn: sqlite3.Connection, record: InboundRecord, now: datetime) -> None:
    """A mail whose attempts all failed is left for staff (once: the review item's key)."""
    if record.last_error == INTERRUPTED:
        reason = (
            f"Die Verarbeitung dieser Mail brach {record.failures}-mal ab (Absturz oder "
            "Zeitüberschreitung); sie wird nicht mehr automatisch gelesen, bitte von Hand "
            "bearbeiten."
        )
    else:
        reason = (
            f"Mail konnte {record.failures}-mal nicht verarbeitet werden "
            f"({record.last_error}); bitte von Hand bearbeiten."
        )
    with transaction(conn):
        opened = review.add(
            conn,
            kind="mail",
            dedup_key=f"mail:{record.id}",
            reason=reason,
            inbound_id=record.id,
            now=now,
        )
    if opened is not None:
        log.warning(
            "event=mail_given_up inbound=%s failures=%d error=%s",
            record.id,
            record.failures,
            record.last_error,
        )
