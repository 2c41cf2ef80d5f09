"""`praxis-worker replay FILE.eml|DIR|MBOX`: stored mails through today's rules, read-only.

Staff and developers use it to check a doubtful case ("why was this not recorded?"),
regression tests use it on anonymised real mails. Each mail is parsed and decided
exactly as the worker would (`processing.build_context` + `rules.decide.decide_mail`)
against the state as it is now, opened read-only: nothing is recorded, no attachment
is stored, no mailbox is touched and nothing is sent. A mail replayed after its
appointment was confirmed shows that as a repeat, not as a new confirmation.
"""

from __future__ import annotations

import mailbox
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from rules.calendar import local_date
from rules.clarify import clarification_key, plan_clarification
from rules.decide import decide_mail
from rules.models import InboundMail, MailDecision
from rules.parsing import parse_mail
from state import appointments as appointment_store
from state import outbox as outbox_store
from worker.cycle.processing import MailSettings, build_context
from worker.errors import UsageError

_MBOX_START = b"From "


# --- reading stored mail -------------------------------------------------------------


def stored_mails(path: Path) -> Iterator[tuple[str, bytes]]:
    """(name, raw bytes) of every mail at `path`: one .eml file, a directory of .eml
    files (a Maildir's cur/ and new/ included), or an mbox file."""
    if path.is_dir():
        if (path / "cur").is_dir() and (path / "new").is_dir():
            maildir = mailbox.Maildir(path, create=False)
            for key in sorted(maildir.keys()):
                yield key, maildir.get_bytes(key)
            return
        for file in sorted(p for p in path.iterdir() if p.suffix.lower() == ".eml"):
            yield file.name, file.read_bytes()
        return
    if not path.is_file():
        raise UsageError(f"FILE: {path} is neither a mail file nor a directory")
    with path.open("rb") as handle:
        is_mbox = handle.read(len(_MBOX_START)) == _MBOX_START
    if not is_mbox:
        yield path.name, path.read_bytes()
        return
    box = mailbox.mbox(path, create=False)
    try:
        for index, key in enumerate(box.keys(), start=1):
            yield f"{path.name}#{index}", box.get_bytes(key)
    finally:
        box.close()


# --- deciding --------------------------------------------------------------------------


@dataclass(frozen=True, slots=True, kw_only=True)
class Replayed:
    name: str
    mail: InboundMail | None  # None: quarantined (not parsed)
    decision: MailDecision
    clarify_ids: tuple[int, ...] = ()  # appointments a clarifying question would name


def replay_mail(
    conn: sqlite3.Connection,
    name: str,
    raw: bytes,
    settings: MailSettings,
    *,
    now: datetime,
    clarify: bool,
) -> Replayed:
    """Decide one stored mail as the worker would at `now`; reads the state only."""
    parsed = parse_mail(raw, received_at=now, limits=settings.limits)
    context = build_context(conn, parsed, settings)
    decision = decide_mail(parsed, context, now=now)
    if not isinstance(parsed, InboundMail):
        return Replayed(name=name, mail=None, decision=decision)
    clarify_ids: tuple[int, ...] = ()
    if clarify and decision.patient_id is not None:
        key = clarification_key(decision.patient_id, local_date(now, settings.practice.zone))
        question = plan_clarification(
            parsed,
            decision,
            context,
            now=now,
            asked_today=outbox_store.has_key(conn, key),
        )
        clarify_ids = question.appointment_ids if question else ()
    return Replayed(name=name, mail=parsed, decision=decision, clarify_ids=clarify_ids)


def verdict(decision: MailDecision) -> str:
    """One word for what the worker would do with the mail in the mailbox."""
    if decision.needs_staff:
        return "staff"  # stays in the inbox, flagged, listed for staff
    if decision.is_automated:
        return "automated"  # recorded, never answered, moved
    return "processed"  # handled completely, moved


def replay_json(conn: sqlite3.Connection, item: Replayed) -> dict[str, Any]:
    decision = item.decision
    mail = item.mail
    external = _external_ids(
        conn, [f.appointment_id for f in decision.confirmations] + list(item.clarify_ids)
    )
    return {
        "file": item.name,
        "message_id": mail.message_id if mail else None,
        "verdict": verdict(decision),
        "categories": sorted(c.value for c in decision.categories),
        "patient_id": decision.patient_id,
        "dates": [
            {"day": m.day.isoformat(), "ambiguous": m.ambiguous, "sentence": m.sentence}
            for m in decision.dates
        ],
        "confirmations": [
            {
                "appointment_id": f.appointment_id,
                "external_id": external.get(f.appointment_id),
                "day": f.day.isoformat(),
                "evidence": f.evidence,
            }
            for f in decision.confirmations
        ],
        "forms": [
            {
                "form_key": f.form_key,
                "attachment": mail.attachments[f.attachment_index].filename if mail else "",
            }
            for f in decision.forms
        ],
        "bounced": list(decision.bounced_addresses),
        "staff_reasons": list(decision.staff_reasons),
        "clarification": (
            {"appointment_ids": list(item.clarify_ids)} if item.clarify_ids else None
        ),
    }


def _external_ids(conn: sqlite3.Connection, ids: list[int]) -> dict[int, str | None]:
    found: dict[int, str | None] = {}
    for appointment_id in set(ids):
        appointment = appointment_store.get(conn, appointment_id)
        found[appointment_id] = appointment.external_id if appointment else None
    return found
