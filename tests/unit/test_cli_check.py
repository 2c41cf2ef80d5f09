"""`check`: what is fine and what is not, with a hint each; exit 0/1/2."""

from __future__ import annotations

from pathlib import Path

import pytest

from worker.cli import main
from worker.modes.demo import prepare_demo


def test_check_on_a_maildir_practice_is_all_ok(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = prepare_demo(tmp_path / "practice")
    assert main(["--config", str(config), "check"]) == 0
    out = capsys.readouterr().out.splitlines()
    lines = [line for line in out if not line.startswith("WARN  telemedicine.positions")]
    assert len(lines) == 4
    assert all(line.startswith("ok") for line in lines)
    assert any("Verarbeitet" in line for line in lines)


def test_check_warns_about_missing_position_numbers(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = prepare_demo(tmp_path / "practice")
    assert main(["--config", str(config), "check"]) == 0
    (warning,) = [x for x in capsys.readouterr().out.splitlines() if "positions" in x]
    assert warning.startswith("WARN  telemedicine.positions: no Heilmittel position number")
    assert "gkv.video_KG" in warning
    text = config.read_text(encoding="utf-8")
    numbers = "".join(f'video_{t} = "{i}"\n' for i, t in enumerate(("KG", "MT", "KGG"), start=1))
    text += f"\n[telemedicine.positions.gkv]\n{numbers}[telemedicine.positions.private]\n{numbers}"
    config.write_text(text, encoding="utf-8")
    assert main(["--config", str(config), "check"]) == 0
    assert "positions" not in capsys.readouterr().out


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
    assert "WARN  practice.phone is not set: patient mails end without it in the footer" in out
    assert "WARN  practice.postal_address is not set" in out
    assert "ok    smtp maildir" in out


def test_check_with_a_broken_config_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = tmp_path / "c.toml"
    config.write_text('[practice]\naddress = "termine@praxis-impulse.de"\n[smpt]\n')
    assert main(["--config", str(config), "check"]) == 2
    assert "smpt: unknown key (did you mean smtp?)" in capsys.readouterr().err


SECRET = "Geheim-Passwort-42"


def imap_config(tmp_path: Path, secret_line: str, trust: str = "") -> Path:
    config = tmp_path / "c.toml"
    config.write_text(
        '[practice]\naddress = "termine@praxis-impulse.de"\n'
        f'[mailbox]\nhost = "imap.example.de"\nusername = "u"\n{secret_line}\n{trust}\n'
        '[smtp]\ntype = "maildir"\npath = "out"\n'
        f'[state]\npath = "{tmp_path / "state.db"}"\n',
        encoding="utf-8",
    )
    return config


@pytest.mark.parametrize(
    ("secret_line", "code"),
    [
        (f'password_env = "{SECRET}"', 2),  # not a variable name: the password itself
        (f'password_env = "{SECRET.replace("-", "_")}"', 1),  # a name, but nothing set
        (f'password_file = "{SECRET}"', 1),  # no such file
        (f'password_file = "/etc/{SECRET}"', 1),
        ("password_env = 4242424242", 2),  # not even a string
        (f'password = "{SECRET}"', 2),
    ],
    ids=["env-holds-password", "env-unset", "file-holds-password", "file-path-holds-password", "env-number", "password-key"],
)  # fmt: skip
def test_check_never_echoes_a_secret_value(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], secret_line: str, code: int
) -> None:
    """Issue 12.7: a password put into the wrong key is named by its key, never shown."""
    config = imap_config(tmp_path, secret_line)
    assert main(["--config", str(config), "check"]) == code
    captured = capsys.readouterr()
    shown = captured.out + captured.err
    assert "mailbox.password" in shown
    assert SECRET not in shown
    assert SECRET.replace("-", "_") not in shown
    assert "4242424242" not in shown


@pytest.mark.parametrize(
    ("trust", "warning"),
    [
        ("", "mailbox.trusted_authserv_id is not set"),
        ("accept_unauthenticated = true", "mailbox.accept_unauthenticated = true"),
        ('trusted_authserv_id = "mx.praxis-impulse.de"', None),
    ],
    ids=["nothing-set", "accepts-unauthenticated", "trusted-id"],
)
def test_check_warns_loudly_without_sender_authentication(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], trust: str, warning: str | None
) -> None:
    config = imap_config(tmp_path, 'password_env = "PRAXIS_TEST_UNSET"', trust)
    main(["--config", str(config), "check"])
    out = capsys.readouterr().out
    warnings = [line for line in out.splitlines() if line.startswith("WARN  mailbox")]
    if warning is None:
        assert warnings == []
    else:
        assert warning in warnings[0]
        assert "README" in out


def test_check_fails_on_a_blank_form_it_cannot_attach(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Issue 15: a configured blank form that is missing is a clear FAIL naming the key,
    the file and what the forms request does until it is fixed."""
    config = prepare_demo(tmp_path / "practice")
    (config.parent / "Anamnesebogen.pdf").write_bytes(b"%PDF-1.4\n%blank form\n")
    text = config.read_text(encoding="utf-8").replace(
        "[forms.links]\n",
        '[forms.files]\nanamnese = "Anamnesebogen.pdf"\n'
        'datenschutz_video = "forms/fehlt.pdf"\ndatenschutz = "forms/fehlt-auch.pdf"\n\n'
        "[forms.links]\n",
    )
    text = text.replace(
        'datenschutz = "https://praxis-impulse.de/formulare/datenschutzerklaerung.pdf"\n', ""
    )
    config.write_text(text, encoding="utf-8")
    assert main(["--config", str(config), "check"]) == 1
    out = capsys.readouterr().out
    assert "WARN  practice.phone" not in out  # the demo practice sets both
    assert f"ok    forms.files.anamnese: {config.parent / 'Anamnesebogen.pdf'} readable" in out
    missing = config.parent / "forms" / "fehlt.pdf"
    assert (
        f"FAIL  forms.files.datenschutz_video: cannot read {missing}: No such file or directory;"
        " until fixed, the request links https://praxis-impulse.de/formulare/datenschutz-video.pdf"
        " instead"
    ) in out
    assert (
        "FAIL  forms.files.datenschutz: cannot read "
        f"{config.parent / 'forms' / 'fehlt-auch.pdf'}: No such file or directory;"
        " until fixed, the request only names the form"
    ) in out
