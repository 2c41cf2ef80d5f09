"""`purge` (retention) and `export-patient` (GDPR Art. 15)."""

from __future__ import annotations

import json
import sys

from state.export import patient_record
from worker import cli
from worker.cycle.purge import purge


def cmd_purge(ctx: cli.Context) -> int:
    days = ctx.args.older_than
    if days < 1:
        raise cli.UsageError("--older-than: expected a number of days >= 1")
    report = purge(ctx.conn, ctx.config.state.attachments_dir, days=days, now=ctx.now())
    print(
        f"purged: {report.inbound} incoming mail records, {report.outbox} outgoing mails, "
        f"{report.review} resolved review items, {len(report.documents)} documents, "
        f"{report.stray_files} stray files "
        "(confirmations are kept as billing records)"
    )
    return 0


def cmd_export_patient(ctx: cli.Context) -> int:
    record = patient_record(ctx.conn, ctx.args.id)
    if record is None:
        raise cli.UsageError(f"ID: no patient {ctx.args.id}")
    base = ctx.config.state.attachments_dir / str(ctx.args.id)
    for document in record["documents"]:
        name = document.get("stored_name")
        document["file"] = str(base / name) if name else None
    json.dump(record, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")
    return 0
