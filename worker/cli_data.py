"""`purge` (retention) and `export-patient` (GDPR Art. 15)."""

from __future__ import annotations

import json
import logging
import sqlite3
import sys
from datetime import datetime, timedelta
from pathlib import Path

from state.export import patient_record
from state.retention import PurgeReport, purge_before
from worker import attachments, cli

log = logging.getLogger(__name__)


def purge(
    conn: sqlite3.Connection, attachments_dir: Path, *, days: int, now: datetime
) -> PurgeReport:
    """Delete what is older than `days`; files only after the rows are gone."""
    report = purge_before(conn, now - timedelta(days=days), now=now)
    for patient_id, name in report.documents:
        attachments.remove(attachments_dir, patient_id, name)
    log.info(
        "event=purged inbound=%d outbox=%d review=%d documents=%d",
        report.inbound,
        report.outbox,
        report.review,
        len(report.documents),
    )
    return report


def cmd_purge(ctx: cli.Context) -> int:
    days = ctx.args.older_than
    if days < 1:
        raise cli.UsageError("--older-than: expected a number of days >= 1")
    report = purge(ctx.conn, ctx.config.state.attachments_dir, days=days, now=ctx.now())
    print(
        f"purged: {report.inbound} incoming mail records, {report.outbox} outgoing mails, "
        f"{report.review} resolved review items, {len(report.documents)} documents "
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
