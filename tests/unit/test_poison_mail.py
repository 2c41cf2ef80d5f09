"""A mail that kills or hangs the worker goes to staff after three attempts (issue 12, 6).

The worker runs as a real process (`worker.cli.main(["run", "--once"])` in a fresh
interpreter) over a Maildir practice. A hook in that process makes reading one marked
mail fatal: either the process SIGKILLs itself inside `parse_mail` (a crash in a parser),
or it hangs there and the test SIGKILLs it once the attempt is on record (the systemd
watchdog's way). The attempt must be on record before the mail is read; after three
such attempts the next run leaves the mail to staff without reading it, so the same
hook can no longer kill it, and the other mail of the inbox is handled.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from state.inbound import INTERRUPTED, MAX_FAILURES, InboundStatus
from tests.unit.maildir_practice import NOW, Practice, days

ROOT = Path(__file__).resolve().parents[2]
POISON = b"X-Poison: 1\r\n"
LATER = NOW + days(0.01)

HOOK = textwrap.dedent(
    """
    import os, signal, sys, time
    import worker.cycle.processing as processing

    real_parse = processing.parse_mail

    def fatal_parse(raw, **kwargs):
        if b"X-Poison: 1" in raw:
            if sys.argv[1] == "die":
                os.kill(os.getpid(), signal.SIGKILL)
            time.sleep(600)  # hangs until killed
        return real_parse(raw, **kwargs)

    processing.parse_mail = fatal_parse
    from worker.cli import main

    sys.exit(main(["--config", sys.argv[2], "--now", sys.argv[3], "run", "--once"]))
    """
)


def poison_mail() -> bytes:
    return (
        b"From: Erika Beispiel <erika.beispiel@web.de>\r\nTo: termine@praxis-impulse.de\r\n"
        b"Subject: Frage\r\nMessage-ID: <poison@web.de>\r\n" + POISON + b"\r\nHallo\r\n"
    )


def confirmation() -> bytes:
    return (
        b"From: Erika Beispiel <erika.beispiel@web.de>\r\nTo: termine@praxis-impulse.de\r\n"
        b"Subject: Termin\r\nMessage-ID: <good@web.de>\r\nDate: Tue, 16 Jun 2026 08:15:00 +0200"
        b"\r\n\r\nDie Videobehandlung am 15.06.2026 hat stattgefunden.\r\n"
    )


def start_worker(practice: Practice, mode: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [
            sys.executable,
            "-c",
            HOOK,
            mode,
            str(practice.root / "praxis-worker.toml"),
            LATER.isoformat(),
        ],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def wait_for_attempt(
    practice: Practice, key: str, attempt: int, process: subprocess.Popen[bytes]
) -> None:
    """Until the attempt is committed (the worker hangs inside the parser then)."""
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        record = practice.inbound(key) if (practice.root / "state" / "state.db").exists() else None
        if record is not None and record.failures >= attempt:
            return
        assert process.poll() is None, "the worker ended instead of hanging"
        time.sleep(0.05)
    pytest.fail("the attempt was never recorded")


@pytest.mark.parametrize("mode", ["die", "hang"])
def test_a_mail_that_kills_the_worker_goes_to_staff_after_three_attempts(
    tmp_path: Path, mode: str
) -> None:
    practice = Practice.build(tmp_path / "practice")
    assert practice.run() == 0
    poison = practice.deliver(poison_mail())

    for attempt in range(1, MAX_FAILURES + 1):
        process = start_worker(practice, mode)
        if mode == "hang":
            wait_for_attempt(practice, poison, attempt, process)
            process.send_signal(signal.SIGKILL)  # the watchdog
        assert process.wait(timeout=120) == -signal.SIGKILL
        record = practice.inbound(poison)
        assert record is not None
        assert record.status is InboundStatus.FAILED
        assert record.failures == attempt
        assert record.last_error == INTERRUPTED
        assert not practice.review_items() or all(
            item.inbound_id != record.id for item in practice.review_items()
        )

    # The fourth run does not read the mail again (the hook would kill it): staff get it,
    # and the rest of the inbox is handled.
    good = practice.deliver(confirmation())
    process = start_worker(practice, mode)
    assert process.wait(timeout=120) == 0
    record = practice.inbound(poison)
    assert record is not None
    assert record.needs_flag
    assert record.failures == MAX_FAILURES
    items = [item for item in practice.review_items() if item.inbound_id == record.id]
    assert len(items) == 1
    assert "3-mal ab" in items[0].reason
    handled = practice.inbound(good)
    assert handled is not None
    assert handled.status is InboundStatus.PROCESSED
    assert handled.failures == 0
    assert practice.confirmation_message_ids() == {"<good@web.de>"}


def test_an_attempt_that_ends_well_counts_no_failure(tmp_path: Path) -> None:
    """The attempt counted beforehand is taken back when the mail is handled."""
    practice = Practice.build(tmp_path / "practice")
    assert practice.run() == 0
    key = practice.deliver(confirmation())
    assert practice.run(LATER) == 0
    record = practice.inbound(key)
    assert record is not None
    assert (record.status, record.failures, record.last_error) == (
        InboundStatus.PROCESSED,
        0,
        None,
    )
