"""A mail that kills the worker, on a real Dovecot (issue 12, point 6; u/test_poison_mail.py
runs the same on Maildir).

The worker runs as a real process (`worker.cli.main(["run", "--once"])`) in which a hook
makes `parse_mail` SIGKILL the process on one marked mail, as a crashing parser would. The
IMAP cursor stays below that mail while it is retried; after three attempts the next run
does not read it again (the hook would kill it), flags it for staff in the mailbox, opens
one review item and handles the mails after it.
"""

from __future__ import annotations

import signal
import subprocess
import sys
import textwrap
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import pytest

from tests.fixtures.dovecot import DovecotServer
from tests.fixtures.smtpd import SmtpTestServer
from tests.integration.helpers import (
    BERLIN,
    Booking,
    make_practice,
    message_id_of,
    patient_mail,
    write_appointments,
)

pytestmark = [pytest.mark.integration, pytest.mark.timeout(240)]

NOW = datetime(2026, 6, 16, 10, 0, tzinfo=BERLIN)
NOW_ARG = NOW.isoformat()
ERIKA = "erika.beispiel@example.org"
HOOK = textwrap.dedent(
    """
    import os, signal, sys
    import worker.cycle.processing as processing

    real_parse = processing.parse_mail

    def fatal_parse(raw, **kwargs):
        if b"X-Poison: 1" in raw:
            os.kill(os.getpid(), signal.SIGKILL)
        return real_parse(raw, **kwargs)

    processing.parse_mail = fatal_parse
    from worker.cli import main

    sys.exit(main(sys.argv[1:]))
    """
)


def confirmation(minute: int) -> bytes:
    return patient_mail(
        sender=f"Erika Beispiel <{ERIKA}>",
        subject="Bestätigung",
        date=datetime(2026, 6, 15, 18, minute, tzinfo=BERLIN),
        body="Guten Abend,\n\ndie Behandlung am 15.06.2026 hat stattgefunden.\n\nErika\n",
    )


def test_a_mail_that_kills_the_worker_is_flagged_after_three_attempts(
    tmp_path: Path,
    dovecot: DovecotServer,
    smtp_server_factory: Callable[..., SmtpTestServer],
) -> None:
    practice = make_practice(tmp_path, dovecot, smtp_server_factory(security="starttls", auth=True))
    csv = write_appointments(
        tmp_path / "termine.csv",
        [Booking("P-1", "Erika Beispiel", ERIKA, datetime(2026, 6, 15, 9, 0, tzinfo=BERLIN))],
    )
    practice.ok("appointments", "import", str(csv), now=NOW_ARG)
    practice.run_once(now=NOW_ARG)

    before = confirmation(1)
    poison = patient_mail(
        sender=f"Erika Beispiel <{ERIKA}>",
        subject="Frage",
        date=datetime(2026, 6, 15, 18, 2, tzinfo=BERLIN),
        body="Hallo\n",
        headers={"X-Poison": "1"},
    )
    after = confirmation(3)
    for raw in (before, poison, after):
        practice.append(raw)

    argv = practice.argv("run", "--once", now=NOW_ARG, log_level="WARNING")[3:]  # no -m worker
    command = [sys.executable, "-c", HOOK, *argv]
    env = practice.subprocess_env()
    for _attempt in range(3):
        result = subprocess.run(command, env=env, capture_output=True, timeout=120, check=False)
        assert result.returncode == -signal.SIGKILL, result.stderr[-2000:]
        assert practice.json("review", "list") == []

    result = subprocess.run(command, env=env, capture_output=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr[-2000:]

    flags = practice.flags_by_message_id()
    assert r"\Flagged" in flags[message_id_of(poison)]
    assert set(flags) == {message_id_of(poison)}  # the others moved to the processed folder
    assert set(practice.message_ids(practice.processed_folder)) == {
        message_id_of(before),
        message_id_of(after),
    }
    items = practice.json("review", "list")
    assert [item["message_id"] for item in items] == [None]  # the mail was never parsed
    assert "3-mal ab" in items[0]["reason"]
    (appointment,) = practice.json("appointments", "list")
    assert appointment["confirmed"]
    assert appointment["confirmed_by_message_id"] == message_id_of(before)
