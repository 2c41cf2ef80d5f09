"""`praxis-worker demo`: runs without any server, reports every kind of outcome,
is safe to run twice, and writes no patient data into the log even at DEBUG."""

from __future__ import annotations

import json
import logging
import shutil
import stat
from pathlib import Path

import pytest

from worker.cli import main
from worker.modes.demo_practice import APPOINTMENTS


@pytest.fixture(scope="module")
def demo_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    directory = tmp_path_factory.mktemp("demo") / "practice"
    import contextlib
    import io

    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert main(["demo", "--dir", str(directory)]) == 0
    return directory, out.getvalue()


def test_report_shows_each_kind_of_outcome(demo_run: tuple[Path, str]) -> None:
    _, report = demo_run
    for expected in (
        "confirmed appointment 1 (15.06.2026)",  # a dated confirmation
        "confirmed appointment 2 (15.06.2026)",  # quoted-date trap: 'gestern', not 12.06.
        "confirmed appointment 3 (12.06.2026)",  # weekday from a phone
        "forms: anamnese, datenschutz, einwilligung_tele",
        "recognised as cancellation",
        "recognised as question",
        "recognised as auto_reply; patient Klaus-Peter Müller; not answered",
        "undeliverable: p.neumann@example.org",
        "Absender ist keiner Patientin/keinem Patienten zugeordnet",
        # trusted_authserv_id is set in the demo: the forged mail records nothing
        "dmarc=fail\n    recognised as confirmation; patient Klaus-Peter Müller; -> staff",
        "die Absenderadresse ist laut Mailserver nicht authentifiziert",
        "[reminder] to thomas.hoffmann@freenet.de",
        "yesterday 17: links, information, reminders",
        "[confirmation_request] to kp.mueller@posteo.de",
        "[confirmation_receipt] to anna.schmidt@web.de",
        "[staff_alert] to team@praxis-impulse.de",
        "== The staff digest",
        "NEU BESTÄTIGT",
        "== Files",
    ):
        assert expected in report, expected


def test_nothing_is_sent_to_automated_or_unknown_senders(demo_run: tuple[Path, str]) -> None:
    _, report = demo_run
    assert "to max.m@example.net" not in report
    assert "] to p.neumann@example.org" not in report  # bounced: nothing more goes there
    assert report.count("[confirmation_receipt]") == 3


def test_files_are_private_and_mails_are_on_disk(demo_run: tuple[Path, str]) -> None:
    directory, _ = demo_run
    state = directory / "state" / "state.db"
    assert stat.S_IMODE(state.stat().st_mode) == 0o600
    sent = list((directory / "mail" / "outbox" / "new").iterdir())
    assert len(sent) >= 10
    assert all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in sent)
    documents = list((directory / "state" / "attachments").rglob("*.pdf"))
    assert len(documents) == 3
    assert all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in documents)


def test_demo_is_safe_to_run_twice(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    directory = tmp_path / "again"
    assert main(["demo", "--dir", str(directory)]) == 0
    first = capsys.readouterr().out
    assert main(["demo", "--dir", str(directory)]) == 0
    second = capsys.readouterr().out
    assert first.count("confirmed appointment") == second.count("confirmed appointment") == 3


def test_demo_refuses_a_foreign_directory(tmp_path: Path) -> None:
    (tmp_path / "important.txt").write_text("keep me")
    assert main(["demo", "--dir", str(tmp_path)]) == 2
    assert (tmp_path / "important.txt").exists()


def test_debug_log_of_a_whole_cycle_holds_no_patient_data(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """STYLE/D1: ids, counts and verdicts only — never names, addresses, subjects or text."""
    try:
        assert main(["--log-level", "DEBUG", "demo", "--dir", str(tmp_path / "d")]) == 0
    finally:
        logging.getLogger().setLevel(logging.WARNING)
    logged = capsys.readouterr().err
    assert "event=mail_handled" in logged, "the cycle logs its events"
    canaries = {"Fieber", "Tablet", "Becker", "Hoffmann", "Zugangscode", "stattgefunden"}
    for row in APPOINTMENTS.splitlines()[1:]:
        fields = row.split(";")
        canaries.update({fields[1], fields[2]})
    leaked = sorted(c for c in canaries if c in logged)
    assert not leaked, leaked


def test_the_session_in_the_practice_is_listed_and_gets_no_mail(
    demo_run: tuple[Path, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """D-11, Erika Braun in the practice on Friday 19 June: in the report and in the
    digest of the day before, never a recipient of mail about it (issue 15)."""
    directory, report = demo_run
    assert "praxis Erika Braun          in the practice (no mail" in report
    copy = tmp_path / "copy"
    shutil.copytree(directory, copy)  # the module's demo stays as it was
    config = str(copy / "praxis-worker.toml")
    capsys.readouterr()
    assert main(["--config", config, "--now", "2026-06-19 12:00", "run", "--once"]) == 0
    assert main(["--config", config, "--now", "2026-06-18 10:00", "digest"]) == 0
    out = capsys.readouterr().out
    assert "10:00  Praxis   Erika Braun (Termin 11)" in out
    assert "in der Praxis: keine Mail, Unterschrift auf der Verordnung" in out
    assert main(["--config", config, "outbox", "list", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows  # the demo's mail is there
    assert all(r["appointment_id"] != 11 for r in rows)
