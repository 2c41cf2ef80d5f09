"""`praxis-worker replay FILE.eml|DIR|MBOX`: the command; the replay itself is
worker/modes/replay.py."""

from __future__ import annotations

from typing import Any

from state.db import connect_read_only
from worker import cli
from worker.cycle.app import mail_settings_for
from worker.modes.replay import replay_json, replay_mail, stored_mails


def cmd_replay(ctx: cli.Context) -> int:
    config = ctx.config
    now = ctx.now()
    settings = mail_settings_for(config)
    conn = connect_read_only(config.state.path)
    try:
        rows = [
            replay_json(
                conn,
                replay_mail(conn, name, raw, settings, now=now, clarify=config.schedule.clarify),
            )
            for name, raw in stored_mails(ctx.args.path)
        ]
    finally:
        conn.close()
    if ctx.args.json:
        cli.print_json(rows)
        return 0
    if not rows:
        print("no mail found")
    for row in rows:
        print(_as_text(row))
    return 0


def _as_text(row: dict[str, Any]) -> str:
    lines = [
        f"{row['file']}: {row['verdict']}  [{', '.join(row['categories'])}]"
        f"  patient={row['patient_id'] or '-'}"
    ]
    if row["dates"]:
        days = ", ".join(d["day"] + (" (unklar)" if d["ambiguous"] else "") for d in row["dates"])
        lines.append(f"  dates: {days}")
    lines += [
        f"  confirms appointment {found['appointment_id']}"
        f" ({found['external_id'] or '-'}) on {found['day']}"
        for found in row["confirmations"]
    ]
    lines += [f"  form: {form['form_key']} ({form['attachment']})" for form in row["forms"]]
    lines += [f"  undeliverable: {address}" for address in row["bounced"]]
    lines += [f"  staff: {reason}" for reason in row["staff_reasons"]]
    if row["clarification"]:
        ids = ", ".join(str(i) for i in row["clarification"]["appointment_ids"])
        lines.append(f"  would ask which appointment was meant: {ids}")
    return "\n".join(lines)
