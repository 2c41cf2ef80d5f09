"""`shadow report [--since DATE] [--json]`: what shadow mode would have done.

Per mail: when it came, what the worker made of it (verdict, categories, the days it
named, the appointments it would have confirmed, forms, the reasons it would have given
staff). Per planned mail: kind, recipient, appointment and when it would have gone
out. Staff hold this against what they did by hand before switching to live.
"""

from __future__ import annotations

from datetime import datetime, time
from typing import Any

from state import appointments as appointment_store
from state import outbox
from state import shadow as shadow_store
from state.db import connect_read_only
from state.errors import StateError
from worker import cli
from worker.modes.shadow import shadow_state_path

AUTOMATED = {"auto_reply", "bulk", "bounce", "own_mail"}


def cmd_shadow_report(ctx: cli.Context) -> int:
    path = shadow_state_path(ctx.config)
    if not path.exists():
        raise StateError(f"no shadow state at {path}: run `praxis-worker run --shadow` first")
    zone = ctx.zone
    since = (
        datetime.combine(ctx.args.since, time(0, 0), tzinfo=zone)
        if ctx.args.since is not None
        else None
    )
    conn = connect_read_only(path)
    try:
        report = {
            "state": str(path),
            "mails": [
                _mail_json(conn, mail, zone)
                for mail in shadow_store.decided_mail(conn, since=since)
            ],
            "planned": [_planned_json(row, zone) for row in outbox.list_rows(conn, since=since)],
        }
    finally:
        conn.close()
    if ctx.args.json:
        cli.print_json(report)
        return 0
    print(_as_text(report))
    return 0


def _verdict(mail: shadow_store.DecidedMail) -> str:
    if mail.status in ("review", "skipped"):
        return "staff"
    if mail.status == "failed":
        return "failed"
    return "automated" if set(mail.categories) & AUTOMATED else "processed"


def _mail_json(conn: Any, mail: shadow_store.DecidedMail, zone: Any) -> dict[str, Any]:
    decision = mail.decision
    confirmations = []
    for found in decision.get("confirmations", []):
        appointment = appointment_store.get(conn, found["appointment_id"])
        confirmations.append(
            {
                **found,
                "external_id": appointment.external_id if appointment else None,
                "start": appointment.start.astimezone(zone).isoformat() if appointment else None,
            }
        )
    return {
        "inbound_id": mail.inbound_id,
        "received_at": mail.received_at.astimezone(zone).isoformat(),
        "message_id": mail.message_id,
        "verdict": _verdict(mail),
        "categories": list(mail.categories),
        "patient_id": mail.patient_id,
        "dates": decision.get("dates", []),
        "confirmations": confirmations,
        "forms": decision.get("forms", []),
        "bounced": decision.get("bounced", []),
        "staff_reasons": decision.get("staff_reasons", []),
    }


def _planned_json(row: outbox.OutboxRow, zone: Any) -> dict[str, Any]:
    when = row.sent_at or row.next_attempt_at
    would = {"sent": "would_send", "pending": "pending", "sending": "pending"}
    return {
        "id": row.id,
        "kind": row.kind,
        "to": row.recipient,
        "subject": row.subject,
        "appointment_id": row.appointment_id,
        "patient_id": row.patient_id,
        "planned_at": row.created_at.astimezone(zone).isoformat(),
        "at": when.astimezone(zone).isoformat(),
        "status": would.get(row.status.value, row.status.value),
    }


def _as_text(report: dict[str, Any]) -> str:
    lines = [f"Schattenbetrieb ({report['state']})", "", "Mails:"]
    if not report["mails"]:
        lines.append("  keine")
    for mail in report["mails"]:
        lines.append(
            f"  {mail['received_at'][:16]}  #{mail['inbound_id']:<5} {mail['verdict']:<9}"
            f" [{', '.join(mail['categories'])}] patient={mail['patient_id'] or '-'}"
        )
        if mail["dates"]:
            lines.append("      Daten: " + ", ".join(d["day"] for d in mail["dates"]))
        lines += [
            f"      bestätigt Termin {found['appointment_id']}"
            f" ({found['external_id'] or '-'}) vom {found['day']}"
            for found in mail["confirmations"]
        ]
        if mail["forms"]:
            lines.append("      Formulare: " + ", ".join(mail["forms"]))
        lines += [f"      an das Team: {reason}" for reason in mail["staff_reasons"]]
    lines += ["", "Geplante Mails:"]
    if not report["planned"]:
        lines.append("  keine")
    for row in report["planned"]:
        lines.append(
            f"  {row['at'][:16]}  {row['kind']:<21} an {row['to']}"
            f"  Termin={row['appointment_id'] or '-'}  ({row['status']})"
        )
    return "\n".join(lines)
