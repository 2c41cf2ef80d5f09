"""`purge` (retention) and `export-patient` (GDPR Art. 15)."""

from __future__ import annotations

import json
import logging
import sqlite3
import sys
import time
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path

from state.export import patient_record
from state.retention import PurgeReport, purge_before, stored_documents
from worker import attachments, cli

log = logging.getLogger(__name__)

# A document file is written before the transaction recording it commits; one that no row
# refers to a day later was left by a crash in between (or by a purge that stopped).
STRAY_FILE_GRACE = timedelta(days=1)


def purge(
    conn: sqlite3.Connection, attachments_dir: Path, *, days: int, now: datetime
) -> PurgeReport:
    """Delete what is older than `days`; files only after the rows are gone."""
    report = purge_before(conn, now - timedelta(days=days), now=now)
    for patient_id, name in report.documents:
        attachments.remove(attachments_dir, patient_id, name)
    strays = attachments.stray_files(
        attachments_dir,
        stored_documents(conn),
        # File times are the machine's, not the (possibly fixed) clock of --now.
        modified_before=time.time() - STRAY_FILE_GRACE.total_seconds(),
    )
    for path in strays:
        path.unlink(missing_ok=True)
    log.info(
        "event=purged inbound=%d outbox=%d review=%d documents=%d stray_files=%d",
        report.inbound,
        report.outbox,
        report.review,
        len(report.documents),
        len(strays),
    )
    return replace(report, stray_files=len(strays))


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
