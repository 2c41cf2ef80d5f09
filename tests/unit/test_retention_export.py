"""Retention purge and the GDPR export, on the demo practice's state."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

import pytest

from worker.cli import main


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    directory = tmp_path_factory.mktemp("demo")
    assert main(["demo", "--dir", str(directory)]) == 0
    return directory


def test_export_patient_holds_everything_on_one_patient(
    demo_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    assert main(["--config", str(demo_dir / "praxis-worker.toml"), "export-patient", "1"]) == 0
    record = json.loads(capsys.readouterr().out)
    assert record["patient"]["name"] == "Anna Schmidt"
    assert [a["address"] for a in record["addresses"]] == ["anna.schmidt@web.de"]
    assert len(record["confirmations"]) == 1
    assert record["confirmations"][0]["day"] == "2026-06-15"
    assert any(m["status"] == "processed" for m in record["incoming_mail"])
    assert any("Bestätigung" in m["text"] for m in record["outgoing_mail"])
    assert any(e["action"] == "confirmed" for e in record["audit_log"])


def test_export_unknown_patient_exits_2(demo_dir: Path) -> None:
    assert main(["--config", str(demo_dir / "praxis-worker.toml"), "export-patient", "999"]) == 2


def test_purge_deletes_mail_facts_and_files_but_keeps_billing_evidence(
    demo_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = str(demo_dir / "praxis-worker.toml")
    documents = list((demo_dir / "state" / "attachments").rglob("*.pdf"))
    assert documents, "the demo stores the forms mail's PDFs"
    capsys.readouterr()
    assert (
        main(["--config", config, "--now", "2027-12-01T10:00", "purge", "--older-than", "30"]) == 0
    )
    assert "3 documents" in capsys.readouterr().out
    assert not any(d.exists() for d in documents)
    assert main(["--config", config, "appointments", "list", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert sum(r["confirmed"] for r in rows) == 3  # billing evidence kept
    assert main(["--config", config, "outbox", "list", "--json"]) == 0
    outbox = json.loads(capsys.readouterr().out)
    assert outbox, "idempotency keys stay"
    assert all(r["to"] == "" for r in outbox if r["status"] == "sent")


def test_purge_removes_files_a_crash_left_without_a_row(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A document is written before its transaction commits; a crash in between leaves a
    file no row refers to. Purge removes such a file once it is a day old, never a file
    the state refers to, and never a fresh one (its transaction may still be running)."""
    directory = tmp_path / "demo"
    assert main(["demo", "--dir", str(directory)]) == 0
    config = str(directory / "praxis-worker.toml")
    attachments = directory / "state" / "attachments"
    kept = sorted(attachments.rglob("*.pdf"))
    assert kept, "the demo stores the forms mail's PDFs"
    patient_dir = kept[0].parent
    old_stray = patient_dir / "5b1e8a52-0000-4000-8000-000000000001.pdf"
    fresh_stray = patient_dir / "5b1e8a52-0000-4000-8000-000000000002.pdf"
    for stray in (old_stray, fresh_stray):
        stray.write_bytes(b"%PDF-1.4 left by a crash")
    two_days_ago = time.time() - 2 * 86400
    os.utime(old_stray, (two_days_ago, two_days_ago))
    for document in kept:  # old files the state refers to stay
        os.utime(document, (two_days_ago, two_days_ago))
    capsys.readouterr()
    # A cut-off that deletes no row: only the sweep acts.
    assert main(["--config", config, "purge", "--older-than", "3650"]) == 0
    assert "0 documents, 1 stray files" in capsys.readouterr().out
    assert not old_stray.exists()
    assert fresh_stray.exists()
    assert all(document.exists() for document in kept)
