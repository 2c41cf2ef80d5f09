"""Mail to the practice's own staff: the batched alert (every cycle) and the daily digest.

Straight-line glue like worker/cycle/outgoing.py: read the state (state/digest.py) -> the
rules decide (rules/alerts.py, rules/digest.py) -> render -> build -> store one outbox
row per staff address, all rows of one mail in one transaction. No patient-mail rule
applies: staff mail ignores quiet hours and the per-recipient daily cap. It names
patients and the subjects of their mails, never a mail body. Logs carry keys and counts.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, time, timedelta

from mail_templates.render import RenderedMail, TemplateError
from rules.alerts import REVIEW_ALERT_WINDOW, StaffAlert, plan_staff_alert
from rules.calendar import local_date, wall_clock
from rules.digest import MAX_ROWS, billing_csv, build_digest, is_digest_due
from rules.models import DueMail, MailKind, alert_key, daily_digest_key, manual_digest_key
from state import digest as digest_store
from state import forms as form_store
from state import outbox
from state import patients as patient_store
from state.db import transaction
from worker.config import Config
from worker.cycle.outgoing import (
    TokenFactory,
    random_token,
    render_mail,
    settings_from_config,
    store_mail,
)

log = logging.getLogger(__name__)

_KeyFor = Callable[[str], str]  # staff address -> the outbox key of its row

DIGEST_TEMPLATE = "staff_digest"
ALERT_TEMPLATE = "staff_alert"
CSV_MIME = "text/csv; charset=utf-8"  # with BOM, for Excel
FORMS_HORIZON_DAYS = 7  # "Fehlende Unterlagen" looks at the coming week
OPEN_CONFIRMATION_WINDOW = timedelta(days=60)  # older open ones are listed nowhere else
DELIVERY_WINDOW = timedelta(days=7)  # the digest repeats delivery problems for a week
FIRST_DIGEST_LOOKBACK = timedelta(days=1)  # billing window when no digest was sent yet
BILLING_MAX_LOOKBACK = timedelta(days=62)  # after a long outage: at most two months


@dataclass(frozen=True, slots=True, kw_only=True)
class ComposedDigest:
    mail: RenderedMail
    csv: bytes | None  # the billing list, when there are confirmations
    csv_name: str


def enqueue_staff_mail(
    conn: sqlite3.Connection,
    config: Config,
    *,
    now: datetime,
    token_factory: TokenFactory = random_token,
) -> int:
    """Plan and store this cycle's staff mail: at most one alert (everything new since
    the last one) and, once per practice day from `schedule.digest_at` on, the digest.
    Missed reminders, mail held back by the daily cap and failed or expired mail reach
    the alert as the review items the cycle opens for them. Returns rows added."""
    staff = config.practice.staff
    if not staff:
        log.warning("event=staff_mail_skipped reason=no_staff_address")
        return 0
    added = 0
    try:
        added += enqueue_alert(conn, config, now=now, token_factory=token_factory)
    except (TemplateError, ValueError) as exc:
        log.error("event=staff_alert_failed error=%s", type(exc).__name__)
    try:
        added += enqueue_daily_digest(conn, config, now=now, token_factory=token_factory)
    except (TemplateError, ValueError) as exc:
        log.error("event=staff_digest_failed error=%s", type(exc).__name__)
    return added


# --- the alert ---------------------------------------------------------------------------


def plan_alert(conn: sqlite3.Connection, config: Config, *, now: datetime) -> StaffAlert | None:
    """What the next staff alert would name (nothing is written)."""
    schedule = config.schedule
    hours = max(schedule.alert_missing_forms_hours_before, schedule.alert_missing_link_hours_before)
    window = timedelta(hours=hours)
    upcoming = digest_store.appointments_between(conn, now, now + window)
    patient_ids = {a.patient_id for a in upcoming}
    # Everything an item key can refer to lies within these windows; keys alerted
    # earlier than all of them can never come up again.
    memory = max(window, REVIEW_ALERT_WINDOW) + timedelta(days=1)
    return plan_staff_alert(
        now=now,
        zone=config.practice.zone,
        appointments=upcoming,
        patients=patient_store.by_ids(conn, patient_ids),
        forms_received=form_store.keys_by_patient(conn, {a.patient_id for a in upcoming}),
        forms_policy=config.forms,
        forms_hours_before=schedule.alert_missing_forms_hours_before,
        link_hours_before=schedule.alert_missing_link_hours_before,
        # Read through, not held: a backlog leaves thousands of open items.
        review_items=digest_store.iter_open_review_entries(conn, since=now - REVIEW_ALERT_WINDOW),
        already_alerted=digest_store.alerted_since(conn, since=now - memory),
        max_listed=MAX_ROWS,
    )


def enqueue_alert(
    conn: sqlite3.Connection,
    config: Config,
    *,
    now: datetime,
    token_factory: TokenFactory = random_token,
) -> int:
    """Store the alert (if anything is new) for every staff address, and remember its
    items, in one transaction. Returns rows added."""
    if not config.practice.staff:
        return 0  # nobody to tell: the items stay new until someone is configured
    alert = plan_alert(conn, config, now=now)
    if alert is None:
        return 0
    # Listed up to MAX_ROWS like the digest's sections (plan_alert keeps no more): every
    # item stays flagged in the mailbox and in `review list`; a backlog's 17,500 lines in
    # one mail helped nobody and held the whole mail in memory several times over
    # (docs/performance.md).
    rendered = _render(
        config,
        ALERT_TEMPLATE,
        {
            "items": [{"title": item.title, "detail": item.detail} for item in alert.items],
            "total": alert.total,
            "more": len(alert.unlisted),
        },
    )
    key = alert_key(now)
    with transaction(conn):
        added = _store_for_staff(
            conn,
            config,
            rendered,
            kind=MailKind.STAFF_ALERT,
            key_for=lambda address: f"{key}:{address.lower()}",
            now=now,
            token_factory=token_factory,
        )
        digest_store.record_alerted(conn, alert.keys, alert_key=key, now=now)
    log.info("event=staff_alert key=%s items=%d rows=%d", key, alert.total, added)
    return added


# --- the digest --------------------------------------------------------------------------


def compose_digest(conn: sqlite3.Connection, config: Config, *, now: datetime) -> ComposedDigest:
    """The digest as it would be mailed at `now`, with the billing CSV (read in one
    snapshot; nothing is written)."""
    zone = config.practice.zone
    own_snapshot = not conn.in_transaction
    if own_snapshot:
        conn.execute("BEGIN DEFERRED")
    try:
        today = local_date(now, zone)
        day_start = wall_clock(today, time(0), zone)
        horizon = wall_clock(today + timedelta(days=FORMS_HORIZON_DAYS + 1), time(0), zone)
        appointments = digest_store.appointments_between(conn, day_start, horizon)
        open_ones = digest_store.open_confirmations(
            conn, since=now - OPEN_CONFIRMATION_WINDOW, now=now
        )
        patient_ids = {a.patient_id for a in appointments} | {a.patient_id for a in open_ones}
        last = digest_store.last_daily_digest_at(conn)
        since = max(last or now - FIRST_DIGEST_LOOKBACK, now - BILLING_MAX_LOOKBACK)
        digest = build_digest(
            now=now,
            zone=zone,
            appointments=appointments,
            patients=patient_store.by_ids(conn, patient_ids),
            forms_received=form_store.keys_by_patient(conn, {a.patient_id for a in appointments}),
            forms_policy=config.forms,
            links_sent=digest_store.links_sent(conn, appointments),
            open_confirmations=open_ones,
            confirmations_since_last_digest=digest_store.billing_rows(conn, since=since, until=now),
            last_digest_at=since,
            open_review_items=digest_store.open_review_entries(conn, limit=MAX_ROWS),
            open_review_total=digest_store.count_open_review_items(conn),
            delivery_problems=digest_store.delivery_problems(conn, since=now - DELIVERY_WINDOW),
            health=digest_store.health(conn, since=since),
            resolved_review_items=digest_store.resolved_review_entries(
                conn, since=since, limit=MAX_ROWS
            ),
            resolved_review_total=digest_store.count_resolved_review_items(conn, since=since),
        )
    finally:
        if own_snapshot:
            conn.execute("COMMIT")
    rendered = _render(config, DIGEST_TEMPLATE, {"digest": digest})
    csv = (
        billing_csv(digest.billing, zone=zone, positions=config.telemedicine.positions)
        if digest.billing
        else None
    )
    return ComposedDigest(
        mail=rendered, csv=csv, csv_name=f"bestaetigungen-{digest.day.isoformat()}.csv"
    )


def enqueue_daily_digest(
    conn: sqlite3.Connection,
    config: Config,
    *,
    now: datetime,
    token_factory: TokenFactory = random_token,
) -> int:
    """Store today's digest for every staff address that has not got it yet, once
    `schedule.digest_at` (practice time) has come. Returns rows added."""
    zone = config.practice.zone
    if not is_digest_due(now=now, digest_at=config.schedule.digest_at, zone=zone):
        return 0
    day = local_date(now, zone).isoformat()
    missing = [
        a for a in config.practice.staff if not outbox.has_key(conn, daily_digest_key(day, a))
    ]
    if not missing:
        return 0
    return _enqueue_digest(
        conn,
        config,
        now=now,
        token_factory=token_factory,
        addresses=missing,
        key_for=lambda address: daily_digest_key(day, address),
    )


def enqueue_manual_digest(
    conn: sqlite3.Connection,
    config: Config,
    *,
    now: datetime,
    token_factory: TokenFactory = random_token,
) -> int:
    """`digest --send`: the digest now, to every staff address, besides the daily one
    (which it does not replace: the next daily billing list still starts where the last
    daily one ended)."""
    return _enqueue_digest(
        conn,
        config,
        now=now,
        token_factory=token_factory,
        addresses=config.practice.staff,
        key_for=lambda address: manual_digest_key(now, address),
    )


def _enqueue_digest(
    conn: sqlite3.Connection,
    config: Config,
    *,
    now: datetime,
    token_factory: TokenFactory,
    addresses: Sequence[str],
    key_for: _KeyFor,
) -> int:
    composed = compose_digest(conn, config, now=now)
    attachments = () if composed.csv is None else ((composed.csv_name, CSV_MIME, composed.csv),)
    with transaction(conn):
        added = _store_for_staff(
            conn,
            config,
            composed.mail,
            kind=MailKind.STAFF_DIGEST,
            key_for=key_for,
            now=now,
            token_factory=token_factory,
            addresses=addresses,
            attachments=attachments,
        )
    log.info("event=staff_digest rows=%d csv=%s", added, composed.csv is not None)
    return added


# --- shared ------------------------------------------------------------------------------


def _render(config: Config, template: str, context: dict[str, object]) -> RenderedMail:
    return render_mail(template, context, settings_from_config(config))


def _store_for_staff(
    conn: sqlite3.Connection,
    config: Config,
    rendered: RenderedMail,
    *,
    kind: MailKind,
    key_for: _KeyFor,
    now: datetime,
    token_factory: TokenFactory,
    addresses: Sequence[str] | None = None,
    attachments: Sequence[tuple[str, str, bytes]] = (),
) -> int:
    """One outbox row per staff address (worker.cycle.outgoing.store_mail builds each)."""
    practice = config.practice
    settings = settings_from_config(config)
    added = 0
    for address in practice.staff if addresses is None else addresses:
        due = DueMail(
            dedup_key=key_for(address),
            kind=kind,
            template=DIGEST_TEMPLATE if kind is MailKind.STAFF_DIGEST else ALERT_TEMPLATE,
            recipient=address,
            recipient_name=practice.name,
            patient_id=None,
            appointment_id=None,
            not_before=now,
            expires_at=None,  # staff mail keeps its use: never dropped, sent late if need be
        )
        if outbox.has_key(conn, due.dedup_key):
            continue
        stored = store_mail(
            conn,
            due,
            rendered,
            settings=settings,
            now=now,
            token=token_factory(),
            attachments=attachments,
        )
        if stored is not None:
            added += 1
    return added
