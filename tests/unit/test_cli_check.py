"""`check`: what is fine and what is not, with a hint each; exit 0/1/2."""

from __future__ import annotations

from pathlib import Path

import pytest

from worker.cli import main
from worker.demo import prepare_demo


def test_check_on_a_maildir_practice_is_all_ok(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = prepare_demo(tmp_path / "practice")
    assert main(["--config", str(config), "check"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 4
    assert all(line.startswith("ok") for line in lines)
    assert any("Verarbeitet" in line for line in lines)


def test_check_names_a_missing_password(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config = tmp_path / "c.toml"
    config.write_text(
        '[practice]\naddress = "termine@praxis-impulse.de"\n'
        '[mailbox]\nhost = "imap.example.de"\nusername = "u"\n'
        "password_file = 'missing.pass'\n"
        '[smtp]\ntype = "maildir"\npath = "out"\n'
        f'[state]\npath = "{tmp_path / "state.db"}"\n',
        encoding="utf-8",
    )
    assert main(["--config", str(config), "check"]) == 1
    out = capsys.readouterr().out
    assert "FAIL  mailbox imap: mailbox.password_file: cannot read" in out
    assert "ok    smtp maildir" in out


def test_check_with_a_broken_config_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = tmp_path / "c.toml"
    config.write_text('[practice]\naddress = "termine@praxis-impulse.de"\n[smpt]\n')
    assert main(["--config", str(config), "check"]) == 2
    assert "smpt: unknown key (did you mean smtp?)" in capsys.readouterr().err
