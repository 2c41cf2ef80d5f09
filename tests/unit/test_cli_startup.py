"""`praxis-worker --help` loads none of the heavy modules (start-up is measured in
bench/memory.py; this guards the reason it is fast)."""

from __future__ import annotations

import subprocess
import sys

HEAVY = ("jinja2", "babel", "holidays", "email_validator", "imapclient", "aiosmtplib",
         "apscheduler", "icalendar", "inscriptis", "rules.parsing", "rules.dates", "sqlite3")  # fmt: skip


def test_help_imports_no_heavy_module() -> None:
    code = (
        "import sys, contextlib, io\n"
        "from worker.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        "    assert main(['--help']) == 0\n"
        f"print(','.join(m for m in {HEAVY!r} if m in sys.modules))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == ""


def test_help_lists_every_command() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "worker", "--help"], capture_output=True, text=True, check=True
    )
    for command in ("run", "check", "demo", "appointments", "patients", "review", "outbox",
                    "digest", "templates", "replay", "shadow", "purge", "export-patient",
                    "prescriptions"):  # fmt: skip
        assert command in result.stdout, command
