"""Retention: delete what is older than the configured days, the stored documents
only after their rows are gone, and files no row refers to (`praxis-worker purge`
and the nightly cycle)."""

from __future__ import annotations

import logging
import sqlite3
import time
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path

from state.retention import PurgeReport, purge_before, stored_documents
from worker.adapters import attachments

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
