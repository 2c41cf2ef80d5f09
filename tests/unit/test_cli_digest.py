"""`digest` and `digest --send`, driven through main() without a subprocess."""

from __future__ import annotations

import email
from email import policy
from pathlib import Path

import pytest

from worker.cli import main

ROOT = Path(__file__).resolve().parents[2]
NOW = "2026-12-01T07:30"  # Tuesday, practice time

CONFIG = """
[practice]
name = "Praxis Impulse"
address = "termine@praxis-impulse.de"
staff = ["team@praxis-impulse.de"]
language = "{language}"

[mailbox]
type = "maildir"
path = "{tmp}/inbox"
accept_unauthenticated = true

[smtp]
type = "maildir"
path = "{tmp}/sent"

[state]
path = "{tmp}/state/state.db"
attachments_dir = "{tmp}/state/attachments"
"""


def write_config(tmp_path: Path, language: str = "de") -> Path:
    path = tmp_path / "praxis-worker.toml"
    path.write_text(CONFIG.format(tmp=tmp_path, language=language), encoding="utf-8")
    return path


@pytest.fixture
def config(tmp_path: Path) -> Path:
    path = write_config(tmp_path)
    book = [
        "appointments", "add", "--name", "Anna Schmidt", "--email", "anna.schmidt@web.de",
        "--start", "2026-12-01 09:00", "--kind", "video", "--treatment", "KG",
        "--insurance", "gkv", "--new-patient",
    ]  # fmt: skip
    assert run(path, *book) == 0
    return path


def run(config: Path, *args: str) -> int:
    return main(["--config", str(config), "--now", NOW, *args])


def test_digest_prints_every_section(config: Path, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert run(config, "digest") == 0
    out = capsys.readouterr().out
    assert out.startswith("Subject: Tagesbericht Praxis Impulse – Dienstag, 1. Dezember 2026\n")
    for heading in (
        "TERMINE HEUTE / MORGEN",
        "FEHLENDE UNTERLAGEN",
        "OFFENE BESTÄTIGUNGEN",
        "NEU BESTÄTIGT SEIT DEM LETZTEN BERICHT",
        "BITTE PRÜFEN",
        "ZUSTELLPROBLEME",
        "ZUSTAND DES PROGRAMMS",
    ):
        assert heading in out
    assert "09:00  Video    Anna Schmidt" in out
    assert "Videolink verschickt: nein – noch kein Link eingetragen" in out


def test_digest_prints_nothing_into_the_outbox(
    config: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(config, "digest") == 0
    capsys.readouterr()
    assert run(config, "outbox", "list", "--json") == 0
    assert capsys.readouterr().out.strip() == "[]"


def test_digest_stays_german_for_a_practice_writing_english_to_patients(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # practice.language is the patients' language; staff mail is always German (its
    # reasons and the commands staff answer with are German: mail_templates/names.py).
    path = write_config(tmp_path, language="en")
    assert run(path, "digest") == 0
    out = capsys.readouterr().out
    assert "Subject: Tagesbericht Praxis Impulse – Dienstag, 1. Dezember 2026" in out
    assert "TERMINE HEUTE / MORGEN" in out
    assert "keine Termine" in out
    assert "Daily report" not in out


def test_digest_send_queues_and_sends_to_staff(
    config: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    assert run(config, "digest", "--send") == 0
    out = capsys.readouterr().out
    assert "digest queued for 1 staff address(es)" in out
    [sent] = (tmp_path / "sent" / "new").iterdir()
    mail = email.message_from_bytes(sent.read_bytes(), policy=policy.default)
    assert mail["To"] == "Praxis Impulse <team@praxis-impulse.de>"
    assert mail["Subject"] == "Tagesbericht Praxis Impulse – Dienstag, 1. Dezember 2026"
    assert mail["Auto-Submitted"] == "auto-generated"
    # The same instant again is the same mail (its key); a later one is a new digest.
    assert run(config, "digest", "--send") == 0
    assert "digest queued for 0 staff address(es)" in capsys.readouterr().out
    later = ["--config", str(config), "--now", "2026-12-01T08:00", "digest", "--send"]
    assert main(later) == 0
    assert len(list((tmp_path / "sent" / "new").iterdir())) == 2


def test_digest_send_without_staff_is_a_config_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_config(tmp_path)
    path.write_text(
        path.read_text(encoding="utf-8").replace('["team@praxis-impulse.de"]', "[]"),
        encoding="utf-8",
    )
    assert run(path, "digest", "--send") == 2
    assert "practice.staff" in capsys.readouterr().err


def test_digest_help_mentions_send(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["digest", "--help"]) == 0
    assert "--send" in capsys.readouterr().out
