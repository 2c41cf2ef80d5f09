"""Asking the patient which appointment a confirmation meant (`schedule.clarify`).

Called inside the mail's own transaction, right after its decision is recorded: the
question is stored in the outbox with its final bytes (In-Reply-To the patient's mail,
`Auto-Submitted: auto-replied`) or not at all. The rule is `rules.clarify`; this module
only reads what it needs, renders and stores. The review item for staff stays.
"""

from __future__ import annotations

import logging
import sqlite3
from datetime import datetime

from rules.calendar import local_date
from rules.clarify import clarification_key, clarification_mail, plan_clarification
from rules.models import InboundMail, MailContext, MailDecision
from state import outbox
from state.outbox import OutboxRow
from worker.cycle.outgoing import OutgoingSettings, TokenFactory, enqueue_mail, random_token

log = logging.getLogger(__name__)


def ask_if_unclear(
    conn: sqlite3.Connection,
    mail: InboundMail,
    decision: MailDecision,
    context: MailContext,
    *,
    settings: OutgoingSettings,
    now: datetime,
    token_factory: TokenFactory = random_token,
) -> OutboxRow | None:
    """Store the clarifying question for this mail if the rule asks for one."""
    if decision.patient_id is None:
        return None
    schedule = settings.schedule
    key = clarification_key(decision.patient_id, local_date(now, schedule.zone))
    question = plan_clarification(
        mail, decision, context, now=now, asked_today=outbox.has_key(conn, key)
    )
    if question is None:
        return None
    due = clarification_mail(question, mail=mail, context=context, now=now, settings=schedule)
    row = enqueue_mail(conn, due, now=now, settings=settings, token=token_factory())
    if row is not None:
        log.info(
            "event=clarification_planned outbox=%d patient=%d appointments=%d",
            row.id,
            question.patient_id,
            len(question.appointment_ids),
        )
    return row
