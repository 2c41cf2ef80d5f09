"""`praxis-worker run` as a service would run it: IDLE on real Dovecot, real clock (issue 6).

The daemon runs as a subprocess with `poll_seconds = 60`, so a mail answered within a
few seconds can only have been noticed through IMAP IDLE. Appointments are built
relative to the real now; quiet hours are switched off so the test passes at night.
"""

from __future__ import annotations

import signal
import subprocess
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from tests.fixtures.dovecot import DovecotServer
from tests.fixtures.smtpd import SmtpTestServer
from tests.integration.helpers import (
    BERLIN,
    Booking,
    Practice,
    make_practice,
    message_id_of,
    patient_mail,
    write_appointments,
)

pytestmark = [pytest.mark.integration, pytest.mark.timeout(90)]

PATIENTS = 25
ANSWER_WITHIN_S = 8.0


def recent_start() -> datetime:
    """An appointment that ended an hour ago, on the minute (practice time)."""
    start = datetime.now(UTC) - timedelta(hours=2)
    return start.replace(second=0, microsecond=0).astimezone(BERLIN)


def bookings(start: datetime) -> list[Booking]:
    return [
        Booking(f"D-{n:02d}", f"Patient Nummer{n:02d}", f"daemon{n:02d}@example.org", start)
        for n in range(PATIENTS)
    ]


def confirmation(n: int, start: datetime) -> bytes:
    return patient_mail(
        sender=f"Patient Nummer{n:02d} <daemon{n:02d}@example.org>",
        subject="Bestätigung",
        date=datetime.now(BERLIN),
        body=(
            f"Guten Tag,\n\nhiermit bestätige ich die Behandlung am {start:%d.%m.%Y}.\n\n"
            f"Grüße\nPatient Nummer{n:02d}\n"
        ),
    )


class Daemon:
    """The worker daemon subprocess, its log in a file (a pipe could fill and block it)."""

    def __init__(self, practice: Practice, log_path: Path) -> None:
        self.log_path = log_path
        self._log = log_path.open("wb")
        self.process = subprocess.Popen(
            practice.argv("run"),
            env=practice.subprocess_env(),
            stdout=subprocess.DEVNULL,
            stderr=self._log,
        )

    def log(self) -> str:
        return self.log_path.read_text(encoding="utf-8", errors="replace")

    def wait_for_log(self, text: str, timeout: float = 15.0, count: int = 1) -> None:
        deadline = time.monotonic() + timeout
        while self.log().count(text) < count:
            assert self.process.poll() is None, f"daemon exited:\n{self.log()[-3000:]}"
            assert time.monotonic() < deadline, f"no {text!r} within {timeout}s:\n{self.log()}"
            time.sleep(0.05)

    def stop(self) -> int:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
        try:
            return self.process.wait(timeout=10)
        finally:
            self._log.close()

    def kill(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()
        self._log.close()


@pytest.fixture
def practice(
    tmp_path: Path,
    running_dovecot: DovecotServer,
    smtp_server_factory: Callable[..., SmtpTestServer],
) -> Practice:
    smtp = smtp_server_factory(security="starttls", auth=True)
    return make_practice(
        tmp_path,
        running_dovecot,
        smtp,
        mailbox={"idle": True, "poll_seconds": 60},
        schedule={"quiet_hours": ""},
    )


@pytest.fixture
def start(practice: Practice) -> datetime:
    start = recent_start()
    practice.ok(
        "appointments", "import", str(write_appointments(practice.root / "t.csv", bookings(start)))
    )
    return start


@pytest.fixture
def daemon(practice: Practice, start: datetime) -> Iterator[Daemon]:
    daemon = Daemon(practice, practice.root / "daemon.log")
    daemon.wait_for_log("event=daemon_started")
    # The first cycle sends what the bookings made due (staff mail); then it idles.
    daemon.wait_for_log("event=cycle ")
    time.sleep(1.0)  # the IDLE connection is up
    yield daemon
    daemon.kill()


def receipts_to(smtp: SmtpTestServer, address: str) -> list[object]:
    return [
        m
        for m in smtp.messages
        if address in m.rcpt_tos and m.message["Auto-Submitted"] == "auto-replied"
    ]


def wait_for_receipt(smtp: SmtpTestServer, address: str, timeout: float) -> float:
    started = time.monotonic()
    while not receipts_to(smtp, address):
        assert time.monotonic() - started < timeout, f"no receipt to {address} in {timeout}s"
        time.sleep(0.05)
    return time.monotonic() - started


def test_mail_arriving_while_idling_is_answered_within_seconds(
    practice: Practice, start: datetime, daemon: Daemon
) -> None:
    practice.append(confirmation(0, start))
    elapsed = wait_for_receipt(practice.smtp, "daemon00@example.org", ANSWER_WITHIN_S)

    assert elapsed < ANSWER_WITHIN_S
    [receipt] = receipts_to(practice.smtp, "daemon00@example.org")
    assert receipt.message["In-Reply-To"] is not None  # type: ignore[attr-defined]
    assert practice.uids() == []
    assert len(practice.uids(practice.processed_folder)) == 1
    assert daemon.stop() == 0
    assert "event=daemon_stopped" in daemon.log()
    confirmed = [a for a in practice.json("appointments", "list") if a["confirmed"]]
    assert [a["external_id"] for a in confirmed] == ["D-00"]


def test_dovecot_restarted_under_the_idling_daemon_is_reconnected(
    practice: Practice, start: datetime, daemon: Daemon, running_dovecot: DovecotServer
) -> None:
    running_dovecot.restart()
    time.sleep(0.5)
    practice.append(confirmation(1, start))

    # Reconnecting backs off (2 s, then more), so allow a little longer than above.
    wait_for_receipt(practice.smtp, "daemon01@example.org", ANSWER_WITHIN_S + 12)

    assert practice.uids() == []
    assert daemon.stop() == 0


def test_sigterm_mid_cycle_exits_0_within_10_s_and_loses_nothing(
    practice: Practice, start: datetime, daemon: Daemon
) -> None:
    mails = [confirmation(n, start) for n in range(PATIENTS)]
    for raw in mails:
        practice.append(raw)
    daemon.wait_for_log("event=mail_handled")

    stop_sent = time.monotonic()
    code = daemon.stop()
    assert code == 0
    assert time.monotonic() - stop_sent < 10
    log = daemon.log()
    assert "event=stop_requested signal=SIGTERM" in log
    handled_by_daemon = log.count("event=mail_handled")

    # Whatever the daemon left, the next run finishes: every mail exactly once.
    practice.run_once()
    confirmed = sorted(
        a["external_id"] for a in practice.json("appointments", "list") if a["confirmed"]
    )
    assert confirmed == sorted(f"D-{n:02d}" for n in range(PATIENTS))
    assert practice.uids() == []
    processed = practice.message_ids(practice.processed_folder)
    assert sorted(processed) == sorted(message_id_of(raw) for raw in mails)
    outbox = practice.json("outbox", "list")
    receipts = [row for row in outbox if row["kind"] == "confirmation_receipt"]
    assert len(receipts) == PATIENTS
    assert {row["status"] for row in receipts} == {"sent"}
    print(f"\ndaemon handled {handled_by_daemon} of {PATIENTS} mails before SIGTERM")
