"""Config loading: defaults, validation messages naming the key, secrets never inline."""

from __future__ import annotations

import re
from datetime import time
from pathlib import Path

import pytest

from rules.due import ScheduleSettings
from rules.models import TelemedicinePolicy, TelemedicineProfile, Treatment
from worker.cli import main
from worker.config import SourceFile, find_config_path, load_config, parse_config
from worker.errors import ConfigError

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "praxis-worker.toml"

MINIMAL = {
    "practice": {"address": "termine@praxis-impulse.de"},
    "mailbox": {"host": "imap.example.de", "username": "termine@praxis-impulse.de"},
    "smtp": {"host": "smtp.example.de"},
}


def _with(section: str, **values: object) -> dict[str, object]:
    data = {k: dict(v) for k, v in MINIMAL.items()}
    data.setdefault(section, {}).update(values)
    return data


def test_example_config_loads_with_design_defaults() -> None:
    config = load_config(EXAMPLE)
    assert config.practice.name == "Praxis Impulse"
    assert config.practice.staff == ("team@praxis-impulse.de",)
    assert config.mailbox.port == 993
    assert config.mailbox.processed_folder == "Verarbeitet"
    assert config.schedule.reminders_before_hours == (24,)
    assert config.schedule.forms_request_days_before == (5, 2)
    assert config.schedule.digest_at == time(7, 0)
    assert config.schedule.quiet_hours == (time(21, 0), time(7, 0))
    assert config.telemedicine.gkv == (Treatment.KG,)
    assert config.telemedicine.video_hosts == ("redmedical.de",)
    assert config.forms.new_patient == ("anamnese", "datenschutz", "einwilligung_tele")
    assert config.forms.names["datenschutz_video"] == "Datenschutzinformation Videobehandlung"


def test_minimal_config_takes_every_default(tmp_path: Path) -> None:
    config = parse_config(MINIMAL, base_dir=tmp_path)
    assert config.state.retention_days == 400
    assert config.smtp.port == 465
    assert config.mailbox.idle is True
    assert config.forms.video_existing_patient == ("datenschutz_video",)
    # The rules' settings are built by the config itself, with the rules' own defaults.
    assert config.schedule == ScheduleSettings()
    assert config.telemedicine == TelemedicinePolicy()
    assert config.practice.timezone == "Europe/Berlin"
    assert config.smtp.security == config.mailbox.security == "tls"


def test_schedule_carries_the_practice_facts_and_the_daily_cap(tmp_path: Path) -> None:
    data = _with("practice", timezone="Europe/Vienna", region="BY", language="en")
    data["smtp"] = {"host": "smtp.example.de", "max_per_recipient_per_day": 3}
    data["schedule"] = {"quiet_hours": "22:00-06:30", "clarify": True}
    schedule = parse_config(data, base_dir=tmp_path).schedule
    assert (schedule.timezone, schedule.region, schedule.language) == ("Europe/Vienna", "BY", "en")
    assert schedule.max_per_recipient_per_day == 3
    assert schedule.quiet_hours == (time(22, 0), time(6, 30))
    assert schedule.clarify is True


@pytest.mark.parametrize(
    ("data", "message"),
    [
        pytest.param(
            _with("mailbox", port="abc"),
            'mailbox.port: expected an integer 1-65535, got "abc"',
            id="port-not-a-number",
        ),
        pytest.param(_with("mailbox", prot=993), "mailbox.prot: unknown key (did you mean mailbox.port?)",
                     id="typo-did-you-mean"),
        pytest.param(_with("mailbox", password="geheim"), "mailbox.password: passwords are never read",
                     id="inline-password"),
        pytest.param(_with("mailbox", security="none"), "mailbox.security: \"none\" sends passwords",
                     id="plaintext-to-remote-host"),
        pytest.param(_with("practice", address="not-an-address"), "practice.address: not a valid",
                     id="bad-practice-address"),
        pytest.param(_with("practice", staff=["team@", "x@y.de"]), "practice.staff: \"team@\" is not",
                     id="bad-staff-address"),
        pytest.param(_with("practice", timezone="Mars/Olympus"), "practice.timezone: unknown time zone",
                     id="bad-zone"),
        pytest.param(_with("schedule", quiet_hours="abends"), "schedule.quiet_hours: expected",
                     id="bad-quiet-hours"),
        pytest.param(_with("schedule", digest_at="25:00"), "schedule.digest_at: expected a time",
                     id="bad-digest-time"),
        pytest.param(_with("telemedicine", gkv=["KG", "Massage"]), "telemedicine.gkv: \"Massage\"",
                     id="unknown-treatment"),
        pytest.param(_with("telemedicine", video_hosts=["https://video.redmedical.de/"]),
                     'telemedicine.video_hosts: "https://video.redmedical.de/" is not a host name',
                     id="video-host-with-scheme"),
        pytest.param(_with("practice", language="fr"), 'practice.language: expected one of "de", "en"',
                     id="unknown-language"),
        pytest.param({**MINIMAL, "mailbx": {}}, "mailbx: unknown key (did you mean mailbox?)",
                     id="unknown-section"),
        pytest.param(_with("mailbox", type="maildir"), "mailbox.path: required when type",
                     id="maildir-without-path"),
        pytest.param(_with("forms", new_patient=["anamnese", "röntgen"]), "forms.new_patient",
                     id="bad-form-key"),
        pytest.param(_with("mailbox", trusted_authserv_id="mx.p.de", accept_unauthenticated=True),
                     "mailbox.accept_unauthenticated: contradicts trusted_authserv_id", id="trust-both-set"),
        pytest.param(_with("mailbox", trusted_authserv_id="mx.p.de; dmarc=pass"),
                     "mailbox.trusted_authserv_id: expected the server name", id="trust-bad-authserv-id"),
        pytest.param(_with("mailbox", accept_unauthenticated="yes"),
                     "mailbox.accept_unauthenticated: expected true or false", id="trust-not-a-boolean"),
    ],
)  # fmt: skip
def test_config_errors_name_the_key(tmp_path: Path, data: dict[str, object], message: str) -> None:
    with pytest.raises(ConfigError) as caught:
        parse_config(data, base_dir=tmp_path)
    assert str(caught.value).startswith(message)


def test_security_none_is_allowed_on_loopback(tmp_path: Path) -> None:
    config = parse_config(_with("mailbox", host="127.0.0.1", security="none"), base_dir=tmp_path)
    assert config.mailbox.security == "none"


def test_relative_paths_are_taken_from_the_config_folder(tmp_path: Path) -> None:
    config = parse_config(_with("state", path="data/state.db"), base_dir=tmp_path)
    assert config.state.path == tmp_path / "data" / "state.db"


def test_secret_from_file_env_and_credentials(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "imap.pass").write_text("s3cret\n")
    config = parse_config(_with("mailbox", password_file="imap.pass"), base_dir=tmp_path)
    assert config.mailbox.password.read() == "s3cret"

    monkeypatch.setenv("IMAP_PW", "from-env")
    config = parse_config(_with("mailbox", password_env="IMAP_PW"), base_dir=tmp_path)
    assert config.mailbox.password.read() == "from-env"

    creds = tmp_path / "creds"
    creds.mkdir()
    (creds / "imap").write_text("from-systemd")
    monkeypatch.setenv("CREDENTIALS_DIRECTORY", str(creds))
    config = parse_config(MINIMAL, base_dir=tmp_path)
    assert config.mailbox.password.read() == "from-systemd"


def test_missing_secret_file_fails_with_a_clear_message(tmp_path: Path) -> None:
    config = parse_config(_with("mailbox", password_file="nope.pass"), base_dir=tmp_path)
    with pytest.raises(ConfigError, match=r"^mailbox.password_file: cannot read"):
        config.mailbox.password.read()


def test_config_path_precedence(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("PRAXIS_WORKER_CONFIG", "/from/env.toml")
    assert find_config_path("/explicit.toml") == Path("/explicit.toml")
    assert find_config_path(None) == Path("/from/env.toml")
    monkeypatch.delenv("PRAXIS_WORKER_CONFIG")
    (tmp_path / "praxis-worker.toml").write_text("")
    assert find_config_path(None) == Path("praxis-worker.toml")


def test_broken_config_exits_2_with_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "c.toml"
    path.write_text(
        '[practice]\naddress = "termine@praxis-impulse.de"\n'
        '[mailbox]\nhost = "imap.example.de"\nusername = "u"\nport = "abc"\n'
    )
    assert main(["--config", str(path), "appointments", "list"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err == ['praxis-worker: mailbox.port: expected an integer 1-65535, got "abc"']


def test_not_toml_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "c.toml"
    path.write_text("[practice\n")
    assert main(["--config", str(path), "patients", "list"]) == 2
    assert "not valid TOML" in capsys.readouterr().err


def test_trust_by_default(tmp_path: Path) -> None:
    """Issue 12.2: neither set - no sender is believed (confirmations go to staff)."""
    mailbox = parse_config(MINIMAL, base_dir=tmp_path).mailbox
    assert (mailbox.trusted_authserv_id, mailbox.accept_unauthenticated) == ("", False)
    maildir = parse_config(
        _with("mailbox", type="maildir", path="in", accept_unauthenticated=True), base_dir=tmp_path
    ).mailbox
    assert maildir.accept_unauthenticated is True


def test_a_source_may_name_its_encoding(tmp_path: Path) -> None:
    config = parse_config(
        _with(
            "appointments",
            sources=["termine.csv", {"path": "export/praxis.csv", "encoding": "Windows-1252"}],
        ),
        base_dir=tmp_path,
    )
    assert config.sources == (
        SourceFile(tmp_path / "termine.csv"),
        SourceFile(tmp_path / "export" / "praxis.csv", "cp1252"),
    )


@pytest.mark.parametrize(
    ("sources", "message"),
    [
        pytest.param([{"path": "a.csv", "encoding": "klingonisch"}],
                     'appointments.sources[0].encoding: unknown encoding "klingonisch"', id="unknown"),
        pytest.param(["a.csv", {"path": "b.csv", "encodng": "cp1252"}],
                     "appointments.sources[1].encodng: unknown key (known: path, encoding)", id="typo"),
        pytest.param([{"encoding": "cp1252"}], "appointments.sources[0].path: expected a file path",
                     id="no-path"),
        pytest.param([""], "appointments.sources[0].path: expected a file path", id="empty-path"),
        pytest.param([3], "appointments.sources[0]: expected a file path or", id="number"),
    ],
)  # fmt: skip
def test_source_errors_name_the_entry(tmp_path: Path, sources: object, message: str) -> None:
    with pytest.raises(ConfigError) as caught:
        parse_config(_with("appointments", sources=sources), base_dir=tmp_path)
    assert str(caught.value).startswith(message)


def test_practice_contact_and_blank_forms(tmp_path: Path) -> None:
    """Issue 15: phone and postal address for the footer; blank forms to attach or link."""
    config = load_config(EXAMPLE)
    assert config.practice.phone == "030 1234567"
    assert config.practice.postal_address == "Musterstraße 12, 10115 Berlin"
    files = config.forms.files
    assert Path(files["datenschutz_video"]) == (
        EXAMPLE.parent / "forms" / "Datenschutzinformation_Videobehandlung.pdf"
    )
    assert all(Path(f).is_file() for f in files.values())  # the example ships its demo forms
    assert config.forms.fill_in == ("anamnese",)
    minimal = parse_config(MINIMAL, base_dir=tmp_path)
    assert (minimal.practice.phone, minimal.practice.postal_address) == ("", "")
    assert (minimal.forms.files, minimal.forms.links) == ({}, {})
    data = _with("forms", files={"anamnese": "blank/anamnese.pdf"})
    assert parse_config(data, base_dir=tmp_path).forms.files == {
        "anamnese": str(tmp_path / "blank" / "anamnese.pdf")
    }


@pytest.mark.parametrize(
    ("forms", "message"),
    [
        pytest.param(
            {"links": {"anamnese": "praxis.de/a.pdf"}},
            'forms.links.anamnese: expected an http(s) address, got "praxis.de/a.pdf"',
            id="link-not-http",
        ),
        pytest.param(
            {"files": {"rezept": "rezept.pdf"}},
            "forms.files.rezept: not in new_patient or video_existing_patient",
            id="file-for-unknown-form",
        ),
        pytest.param(
            {"files": {"anamnese": ""}},
            "forms.files.anamnese: must not be empty",
            id="empty-file",
        ),
        pytest.param(
            {"fill_in": ["Anamnese"]},
            "forms.fill_in",
            id="fill-in-not-a-key",
        ),
    ],
)
def test_blank_form_settings_are_checked(
    tmp_path: Path, forms: dict[str, object], message: str
) -> None:
    with pytest.raises(ConfigError, match=re.escape(message)):
        parse_config(_with("forms", **forms), base_dir=tmp_path)


def test_telemedicine_profile_and_positions(tmp_path: Path) -> None:
    default = parse_config(MINIMAL, base_dir=tmp_path).telemedicine
    assert default.profile is TelemedicineProfile.RULES_2022
    assert default.positions == {}  # no invented position numbers
    data = _with(
        "telemedicine",
        profile="corona-2020",
        positions={"gkv": {"video_KG": " 123 "}, "private": {"phone_MT": "P-7"}},
    )
    policy = parse_config(data, base_dir=tmp_path).telemedicine
    assert policy.profile is TelemedicineProfile.CORONA_2020
    assert policy.positions == {"gkv.video.KG": "123", "private.phone.MT": "P-7"}


@pytest.mark.parametrize(
    ("values", "message"),
    [
        pytest.param({"profile": "2021"}, "telemedicine.profile: expected one of", id="profile"),
        pytest.param({"positions": {"gkv": {"video_XY": "1"}}},
                     "telemedicine.positions.gkv.video_XY: expected KIND_TREATMENT", id="key"),
        pytest.param({"positions": {"gkv": {"video_KG": ""}}},
                     "telemedicine.positions.gkv.video_KG:", id="empty"),
        pytest.param({"positions": {"bkk": {}}}, "telemedicine.positions.bkk: unknown key",
                     id="insurance"),
    ],
)  # fmt: skip
def test_telemedicine_errors_name_the_key(
    tmp_path: Path, values: dict[str, object], message: str
) -> None:
    with pytest.raises(ConfigError) as caught:
        parse_config(_with("telemedicine", **values), base_dir=tmp_path)
    assert str(caught.value).startswith(message)
