"""Outgoing mail: plan what is due, render and build it, store it in the outbox, send it.

Straight-line glue: read the state -> `rules.due` decides -> render (mail_templates) ->
build (`rules.outgoing`) -> one outbox transaction per mail. Sending claims each row
(`sending`), hands the bytes to a `worker.adapters.sender.Sender` and records the verdict. Logs
carry idempotency keys, row ids and counts only (never addresses, names or subjects).
"""

from __future__ import annotations

import logging
import mimetypes
import secrets
import sqlite3
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, time
from pathlib import Path

from mail_templates.render import RenderedMail, TemplateError, render
from rules.calendar import local_date, wall_clock
from rules.cutover import is_before_cutover, is_missed_before_cutover
from rules.due import (
    MissedReminder,
    ScheduleSettings,
    apply_daily_cap,
    held_note,
    missed_reminder_note,
    missed_reminders,
    plan_due_mail,
)
from rules.models import DueMail, FormsPolicy, MailKind, ReviewNote
from rules.outgoing import (
    build_message,
    expired_note,
    make_message_id,
    missing_form_note,
    next_send_attempt,
    refused_note,
)
from state import outbox, patients, planning, review
from state.db import transaction
from state.outbox import OutboxRow
from worker.adapters.sender import OutgoingMessage, Sender, SendResult
from worker.config import Config, PracticeConfig

log = logging.getLogger(__name__)

TokenFactory = Callable[[], str]


def random_token() -> str:
    return secrets.token_hex(16)


@dataclass(frozen=True, slots=True, kw_only=True)
class OutgoingSettings:
    """What outgoing mail needs from the config: the config's own parts, not copies."""

    practice: PracticeConfig
    schedule: ScheduleSettings
    forms: FormsPolicy

    @property
    def domain(self) -> str:
        return self.practice.domain

    def practice_context(self) -> dict[str, str]:
        """`practice` as the templates see it (the footer shows all of it)."""
        practice = self.practice
        return {
            "name": practice.name,
            "address": practice.address,
            "phone": practice.phone,
            "postal_address": practice.postal_address,
        }


def settings_from_config(config: Config) -> OutgoingSettings:
    return OutgoingSettings(practice=config.practice, schedule=config.schedule, forms=config.forms)


@dataclass(frozen=True, slots=True, kw_only=True)
class EnqueueReport:
    """What one planning run did. `review`: the items it opened for staff (held and
    missed mail, blank forms a forms request went without; they reach the staff alert and
    the digest)."""

    added: int = 0
    held: tuple[DueMail, ...] = ()  # kept back by the per-recipient daily cap
    missed: tuple[MissedReminder, ...] = ()  # reminders that can no longer be sent
    failed: tuple[str, ...] = ()  # dedup keys that could not be rendered or built
    review: tuple[ReviewNote, ...] = ()


def enqueue_due_mail(
    conn: sqlite3.Connection,
    *,
    now: datetime,
    settings: OutgoingSettings,
    token_factory: TokenFactory = random_token,
    live_since: datetime | None = None,
) -> EnqueueReport:
    """Plan the patient mail due at `now` and store each one in the outbox (one
    transaction per mail, idempotent by key). A mail that cannot be rendered or built is
    logged by key and skipped; the rest still go. Mail held back by the daily cap and
    reminders that can no longer be sent are put on the review list (one transaction).
    With `live_since` (the switch from shadow mode), mail about the hand-worked time
    before it is left out."""
    schedule = settings.schedule
    facts = planning.load_planning_input(conn, now=now)
    due = plan_due_mail(now=now, settings=schedule, forms_policy=settings.forms, facts=facts)
    by_id = {a.id: a for a in facts.appointments}
    if live_since is not None:
        due = tuple(
            m
            for m in due
            if not is_before_cutover(
                m, appointment=by_id.get(m.appointment_id or 0), live_since=live_since
            )
        )
    midnight = wall_clock(local_date(now, schedule.zone), time(0), schedule.zone)
    counts = outbox.planned_counts_since(conn, since=midnight)
    to_send, held = apply_daily_cap(due, sent_today=counts, cap=schedule.max_per_recipient_per_day)
    added, failed = 0, []
    opened: list[ReviewNote] = []  # missing blank forms (enqueue_mail)
    roots = dict(facts.thread_roots)
    for mail in to_send:
        threaded = mail
        if mail.in_reply_to is None and mail.appointment_id in roots:
            # Another mail about this appointment was stored earlier in this run.
            root = roots[mail.appointment_id]
            threaded = replace(mail, in_reply_to=root, references=(root,))
        try:
            stored = enqueue_mail(
                conn, threaded, now=now, settings=settings, token=token_factory(), notes=opened
            )
        except (TemplateError, ValueError) as exc:
            log.error("event=mail_build_failed key=%s error=%s", mail.dedup_key, type(exc).__name__)
            failed.append(mail.dedup_key)
            continue
        if stored is None:
            continue
        added += 1
        if mail.appointment_id is not None and mail.appointment_id not in roots:
            roots[mail.appointment_id] = stored.message_id
    missed = missed_reminders(now=now, settings=schedule, facts=facts)
    if live_since is not None:
        missed = tuple(
            m
            for m in missed
            if not is_missed_before_cutover(
                m, appointment=by_id.get(m.appointment_id), live_since=live_since
            )
        )
    notes = (*(missed_reminder_note(m) for m in missed), *(held_note(m) for m in held))
    if notes:
        with transaction(conn):
            for note in notes:
                review.add_note(conn, note, now=now)
    if added or held or failed:
        log.info(
            "event=outbox_planned added=%d held_by_cap=%d failed=%d", added, len(held), len(failed)
        )
    return EnqueueReport(
        added=added, held=held, missed=missed, failed=tuple(failed), review=(*opened, *notes)
    )


def enqueue_mail(
    conn: sqlite3.Connection,
    mail: DueMail,
    *,
    now: datetime,
    settings: OutgoingSettings,
    token: str,
    notes: list[ReviewNote] | None = None,
) -> OutboxRow | None:
    """Render, build and store one mail (patient mail or a staff alert the caller
    planned); the stored row, or None if its key was already in the outbox. A forms
    request sent without a configured blank form opens a review item for it in the same
    transaction (missing_form_notes), also appended to `notes` if given."""
    if outbox.has_key(conn, mail.dedup_key):
        return None
    context: dict[str, object] = dict(mail.context)
    attachments: list[tuple[str, str, bytes]] = []
    missing: tuple[ReviewNote, ...] = ()
    if mail.kind is MailKind.FORMS_REQUEST:
        items, attachments = blank_forms(mail.context.get("form_keys", ()), settings.forms)
        context["form_items"] = items
        missing = missing_form_notes(items, settings.forms)
    rendered = render_mail(mail.template, context, settings)
    with transaction(conn):
        stored = store_mail(
            conn, mail, rendered, settings=settings, now=now, token=token, attachments=attachments
        )
        for note in missing:
            review.add_note(conn, note, now=now)
    if notes is not None:
        notes.extend(missing)
    return stored


def render_mail(
    template: str, context: Mapping[str, object], settings: OutgoingSettings
) -> RenderedMail:
    """Render a mail template in the practice's language (staff mail is always German,
    see mail_templates/names.py), with `practice` as every template sees it."""
    return render(
        template,
        {**context, "practice": settings.practice_context()},
        language=settings.schedule.language,
        override_dir=settings.practice.templates_dir,
        timezone=settings.schedule.timezone,
    )


def store_mail(
    conn: sqlite3.Connection,
    mail: DueMail,
    rendered: RenderedMail,
    *,
    settings: OutgoingSettings,
    now: datetime,
    token: str,
    attachments: Sequence[tuple[str, str, bytes]] = (),
) -> OutboxRow | None:
    """Build the message bytes of `mail` and store them in the outbox under its key: the
    one place every mail we send is built (patient mail, staff alert and digest, the
    reply to staff commands). From is the practice, the Date is `now` in practice time,
    threading and Auto-Submitted come from `mail`. The stored row, or None if the key was
    already in the outbox (nothing is changed then)."""
    message_id = make_message_id(domain=settings.domain, token=token)
    raw = build_message(
        from_name=settings.practice.name,
        from_address=settings.practice.address,
        to_name=mail.recipient_name,
        to_address=mail.recipient,
        subject=rendered.subject,
        text=rendered.text,
        html=rendered.html,
        message_id=message_id,
        date=now.astimezone(settings.schedule.zone),
        in_reply_to=mail.in_reply_to,
        references=mail.references,
        auto_submitted=mail.auto_submitted,
        attachments=attachments,
    )
    row_id = outbox.add(
        conn, mail, subject=rendered.subject, raw=raw, message_id=message_id, now=now
    )
    return None if row_id is None else outbox.get(conn, row_id)


# --- the blank forms a forms request carries -------------------------------------------

MAX_FORM_FILE_BYTES = 10 * 1024 * 1024  # a blank form is a few hundred KB; more is a mistake


def form_file_problem(path: Path) -> str | None:
    """Why the blank form at `path` cannot be attached, or None if it can."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        return f"cannot read {path}: {exc.strerror or type(exc).__name__}"
    if not path.is_file():
        return f"{path} is not a file"
    if size == 0:
        return f"{path} is empty"
    if size > MAX_FORM_FILE_BYTES:
        return f"{path} is larger than {MAX_FORM_FILE_BYTES // (1024 * 1024)} MB"
    return None


def blank_forms(
    form_keys: object, policy: FormsPolicy
) -> tuple[list[dict[str, object]], list[tuple[str, str, bytes]]]:
    """The forms request's list of forms and its attachments, read now from [forms.files].

    A form with a file is attached; a form whose file is missing or unreadable falls back
    to its link ([forms.links]) and, without one, is only named: the mail still goes out
    (it is the patient's reminder of all missing paperwork, and staff are alerted before
    the appointment anyway); the missing file is logged by form key, staff get a review
    item naming it (enqueue_mail, once per form and file) and `check` reports it.
    """
    keys = [str(k) for k in form_keys] if isinstance(form_keys, list | tuple) else []
    items: list[dict[str, object]] = []
    attachments: list[tuple[str, str, bytes]] = []
    for key in keys:
        attached = ""
        file_name = policy.files.get(key)
        if file_name:
            path = Path(file_name)
            content = _read_form_file(path, key)
            if content is not None:
                attached = path.name
                mime_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
                attachments.append((attached, mime_type, content))
        items.append(
            {
                "key": key,
                "name": policy.names.get(key, key),
                "fill_in": key in policy.fill_in,
                "attached": attached,
                "link": "" if attached else policy.links.get(key, ""),
            }
        )
    return items, attachments


def missing_form_notes(
    items: Sequence[Mapping[str, object]], policy: FormsPolicy
) -> tuple[ReviewNote, ...]:
    """The review notes for the configured blank forms a forms request goes out without
    (their file is missing or unreadable): one per form and file (rules.outgoing
    missing_form_note), opened with the stored mail by enqueue_mail."""
    notes = []
    for item in items:
        key = str(item["key"])
        file_name = policy.files.get(key)
        if not file_name or item["attached"]:
            continue
        notes.append(
            missing_form_note(
                key=key,
                name=str(item["name"]),
                file_name=file_name,
                problem=form_file_problem(Path(file_name)) or f"cannot read {file_name}",
                link=str(item["link"]),
            )
        )
    return tuple(notes)


def _read_form_file(path: Path, key: str) -> bytes | None:
    problem = form_file_problem(path)
    if problem is None:
        try:
            return path.read_bytes()
        except OSError:
            pass
    log.error("event=form_file_missing form=%s", key)
    return None


def form_file_findings(policy: FormsPolicy) -> list[tuple[bool, str]]:
    """`check`: every configured blank form can be attached."""
    found: list[tuple[bool, str]] = []
    for key, file_name in policy.files.items():
        problem = form_file_problem(Path(file_name))
        if problem is None:
            found.append((True, f"forms.files.{key}: {file_name} readable"))
        else:
            fallback = (
                f"the request links {policy.links[key]} instead"
                if key in policy.links
                else "the request only names the form"
            )
            found.append((False, f"forms.files.{key}: {problem}; until fixed, {fallback}"))
    return found


# --- sending ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True, kw_only=True)
class SendReport:
    """What one sending run did. `review`: the items it opened for staff (refused and
    expired mail), each in the transaction that recorded the verdict."""

    sent: int = 0
    retried: int = 0
    failed: tuple[OutboxRow, ...] = ()  # permanent failures: address marked, staff told
    expired: tuple[OutboxRow, ...] = ()  # gave up: the mail lost its use; staff told
    refused: tuple[tuple[int, str, int], ...] = field(default=())  # (row id, address, code)
    review: tuple[ReviewNote, ...] = ()


async def send_due_mail(
    conn: sqlite3.Connection,
    sender: Sender,
    *,
    now: datetime,
    settings: OutgoingSettings,
    limit: int = 50,
) -> SendReport:
    """Send the outbox rows whose time has come, as one batch, and record each verdict.

    250 -> sent; 4xx, a lost connection or an unclear end of DATA -> retried after 1, 5,
    15, 60 minutes, then hourly (patient mail never inside quiet hours), until the mail
    expires; 5xx -> failed. A failed patient mail marks its address undeliverable; failed
    and expired mail goes on the review list, in the same transaction as its verdict (a
    crash cannot record one without the other). A sender error for the whole batch
    (login, TLS, server unreachable) puts the claimed rows back for a retry and is raised
    to the caller.
    """
    notes: list[ReviewNote] = []
    with transaction(conn):
        expired = outbox.expire_overdue(conn, now=now)
        for row in expired:
            _open(conn, expired_note(outbox_id=row.id, kind=row.kind, patient_id=row.patient_id),
                  now=now, notes=notes)  # fmt: skip
    rows = outbox.due_for_sending(conn, now=now, limit=limit)
    claimed = [r for r in rows if outbox.mark_sending(conn, r.id, now=now)]
    if not claimed:
        return SendReport(expired=tuple(expired), review=tuple(notes))
    messages = [
        OutgoingMessage(
            message_id=row.message_id,
            sender=settings.practice.address,
            recipients=(row.recipient,),
            raw=row.raw,
        )
        for row in claimed
    ]
    rows_by_id = {row.message_id: row for row in claimed}
    sent = retried = 0
    failed: list[OutboxRow] = []
    refused: list[tuple[int, str, int]] = []
    recorded: set[str] = set()

    def retry_or_expire(row: OutboxRow, *, code: int | None, error: str) -> bool:
        return _retry_or_expire(
            conn,
            row,
            code=code,
            error=error,
            now=now,
            settings=settings,
            expired=expired,
            notes=notes,
        )

    def record(result: SendResult | None, row: OutboxRow) -> None:
        """Commit one verdict at once: a crash later in the batch re-sends only the mail
        whose answer was lost, never the ones already accepted (RELIABILITY S5)."""
        nonlocal sent, retried
        recorded.add(row.message_id)
        outcome = "retry" if result is None else result.outcome
        if result is not None:
            refused.extend((row.id, addr, code) for addr, (code, _) in result.refused.items())
        if outcome == "sent":
            outbox.mark_sent(conn, row.id, now=now)
            sent += 1
        elif outcome == "failed":
            code = None if result is None else result.code
            with transaction(conn):
                outbox.mark_failed(conn, row.id, code=code, error=_detail(result), now=now)
                if row.patient_id is not None:
                    patients.mark_undeliverable(
                        conn, row.recipient, reason=f"smtp outbox={row.id}", now=now
                    )
                note = refused_note(outbox_id=row.id, kind=row.kind, patient_id=row.patient_id)
                _open(conn, note, now=now, notes=notes)
            failed.append(row)
        elif retry_or_expire(
            row, code=None if result is None else result.code, error=_detail(result)
        ):
            retried += 1

    def on_result(result: SendResult) -> None:
        row = rows_by_id.get(result.message_id)
        if row is not None and row.message_id not in recorded:
            record(result, row)

    try:
        results = await sender.send_batch(messages, on_result=on_result)
    except Exception:
        for row in claimed:
            if row.message_id not in recorded:
                retry_or_expire(row, code=None, error="sender unavailable")
        raise
    for result in results:
        on_result(result)
    for row in claimed:
        if row.message_id not in recorded:
            record(None, row)  # no verdict from the sender: try again
    log.info(
        "event=outbox_sent sent=%d retry=%d failed=%d expired=%d",
        sent,
        retried,
        len(failed),
        len(expired),
    )
    return SendReport(
        sent=sent,
        retried=retried,
        failed=tuple(failed),
        expired=tuple(expired),
        refused=tuple(refused),
        review=tuple(notes),
    )


def _detail(result: SendResult | None) -> str:
    return "no verdict from the sender" if result is None else (result.detail or result.outcome)


def _open(
    conn: sqlite3.Connection, note: ReviewNote, *, now: datetime, notes: list[ReviewNote]
) -> None:
    review.add_note(conn, note, now=now)
    notes.append(note)


def _retry_or_expire(
    conn: sqlite3.Connection,
    row: OutboxRow,
    *,
    code: int | None,
    error: str,
    now: datetime,
    settings: OutgoingSettings,
    expired: list[OutboxRow],
    notes: list[ReviewNote],
) -> bool:
    """Schedule the next attempt; True if there is one, False if the mail expired (and
    is on the review list)."""
    when = next_send_attempt(
        kind=row.kind,
        attempts=row.attempts + 1,  # mark_sending counted this attempt in the database
        now=now,
        expires_at=row.expires_at,
        schedule=settings.schedule,
    )
    if when is None:
        with transaction(conn):
            outbox.mark_expired(conn, row.id, now=now)
            note = expired_note(outbox_id=row.id, kind=row.kind, patient_id=row.patient_id)
            _open(conn, note, now=now, notes=notes)
        expired.append(replace(row, status=outbox.OutboxStatus.EXPIRED))
        return False
    outbox.mark_retry(conn, row.id, code=code, error=error, next_attempt_at=when)
    return True
