"""Latency of the daemon: from APPEND of a confirmation until its receipt reaches SMTP.

Run from the repository root: `.venv/bin/python bench/latency.py [--quick]`.

A real Dovecot and the aiosmtpd sink are started; the state gets 20 patients, each with a
phone appointment that ended two hours ago. `praxis-worker run` (the daemon, real clock,
IMAP IDLE, quiet hours off so it runs at any hour) starts; once its first cycles have
sent what was due (confirmation requests, the digest) and it idles, 20 confirmations
(--quick: 5) are appended one by one from another IMAP connection, each naming its day.
For each, the time from the APPEND command until the receipt (Auto-Submitted:
auto-replied, to that patient) arrives at the sink. Target: median <= 1 s, p95 <= 2 s.
"""

from __future__ import annotations

import argparse
import signal
import subprocess
import tempfile
import time
from datetime import datetime, timedelta
from email.utils import format_datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from _common import (
    ROOT,
    imap_section,
    median,
    percentile,
    print_header,
    running_dovecot,
    running_smtp_sink,
    smtp_sink_section,
    verdict,
    worker_command,
    write_config,
)

BERLIN = ZoneInfo("Europe/Berlin")
PATIENTS = 20
MEDIAN_TARGET_S = 1.0
P95_TARGET_S = 2.0
SETTLE_S = 2.0  # no new mail at the sink for this long: the daemon is idle
RECEIPT_TIMEOUT_S = 30.0


def book_patients(state: Path, count: int, now: datetime) -> list[tuple[str, datetime]]:
    """`count` patients with a phone appointment that ended two hours ago."""
    from rules.models import Insurance, Kind, Treatment
    from state import appointments as appointment_store
    from state import patients as patient_store
    from state.appointments import Booking
    from state.db import connect, transaction

    start = (now - timedelta(hours=2, minutes=30)).replace(second=0, microsecond=0)
    booked = []
    conn = connect(state)
    try:
        with transaction(conn):
            for i in range(count):
                address = f"patient{i}@example.org"
                patient = patient_store.register_for_booking(
                    conn,
                    name=f"Patient {i}",
                    email=address,
                    insurance=Insurance.GKV,
                    new_patient=False,
                    now=now - timedelta(days=10),
                )
                appointment_store.upsert(
                    conn,
                    Booking(
                        patient_id=patient.id,
                        start=start,
                        end=start + timedelta(minutes=30),
                        kind=Kind.PHONE,
                        treatment=Treatment.KG,
                        external_id=f"L-{i}",
                    ),
                    now=now - timedelta(days=10),
                )
                booked.append((address, start))
    finally:
        conn.close()
    return booked


def confirmation(address: str, day: datetime, index: int) -> bytes:
    return (
        f"From: Patient {index} <{address}>\r\nTo: termine@praxis-impulse.de\r\n"
        f"Subject: Bestätigung\r\nDate: {format_datetime(datetime.now(BERLIN))}\r\n"
        f"Message-ID: <latency-{index}-{time.time_ns()}@example.org>\r\n"
        "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n"
        "Content-Transfer-Encoding: 8bit\r\n\r\n"
        f"Guten Tag,\r\n\r\nhiermit bestätige ich, dass die Behandlung am "
        f"{day.astimezone(BERLIN):%d.%m.%Y} stattgefunden hat.\r\n\r\nViele Grüße\r\n"
        f"Patient {index}\r\n"
    ).encode()


def wait_until_quiet(sink: Any, settle_s: float, limit_s: float = 120.0) -> int:
    """Wait until the sink has received nothing new for `settle_s`; returns the count."""
    deadline = time.monotonic() + limit_s
    count, since = len(sink.messages), time.monotonic()
    while time.monotonic() < deadline:
        time.sleep(0.1)
        current = len(sink.messages)
        if current != count:
            count, since = current, time.monotonic()
        elif time.monotonic() - since >= settle_s:
            return count
    raise SystemExit("the daemon kept sending; no idle moment to measure from")


def receipt_after(sink: Any, seen: int, address: str, timeout: float) -> float | None:
    """Block until a receipt to `address` arrives after message number `seen`."""
    deadline = time.monotonic() + timeout
    while True:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            return None
        try:
            messages = sink.wait_for_messages(seen + 1, timeout=remaining)
        except TimeoutError:
            return None
        arrived = time.perf_counter()
        for message in messages[seen:]:
            if address in message.rcpt_tos and message.message["Auto-Submitted"] == (
                "auto-replied"
            ):
                return arrived
        seen = len(messages)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="5 confirmations instead of 20")
    args = parser.parse_args()
    count = 5 if args.quick else PATIENTS
    print_header("bench/latency.py: APPEND of a confirmation -> receipt at the SMTP sink")
    with (
        running_dovecot() as server,
        running_smtp_sink() as sink,
        tempfile.TemporaryDirectory(prefix="bench-latency-") as tmp,
    ):
        directory = Path(tmp)
        folder = server.fresh_folder()
        server.create_folder(folder)
        config = write_config(
            directory,
            {
                "mailbox": imap_section(server, directory, folder, idle=True),
                "smtp": smtp_sink_section(sink),
            },
        )
        booked = book_patients(directory / "state.db", count, datetime.now(BERLIN))
        daemon = subprocess.Popen(
            [*worker_command(), "--config", str(config), "--log-level", "WARNING", "run"],
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
            stderr=(directory / "daemon.log").open("wb"),
        )
        latencies: list[float] = []
        try:
            initial = wait_until_quiet(sink, SETTLE_S)
            print(f"  daemon idle; it sent {initial} mails first (requests, digest)")
            with server.client() as imap:
                for index, (address, day) in enumerate(booked):
                    seen = len(sink.messages)
                    raw = confirmation(address, day, index)
                    appended = time.perf_counter()
                    imap.append(folder, raw)
                    arrived = receipt_after(sink, seen, address, RECEIPT_TIMEOUT_S)
                    if arrived is None:
                        log = (directory / "daemon.log").read_text(errors="replace")
                        raise SystemExit(f"no receipt for confirmation {index}:\n{log[-3000:]}")
                    latencies.append(arrived - appended)
                    print(
                        f"  confirmation {index + 1:>2}: {latencies[-1] * 1000:.0f} ms", flush=True
                    )
                    time.sleep(0.5)  # one by one: the daemon is idle again before the next
        finally:
            daemon.send_signal(signal.SIGTERM)
            try:
                daemon.wait(timeout=20)
            except subprocess.TimeoutExpired:
                daemon.kill()
                daemon.wait()
    mid, p95 = median(latencies), percentile(latencies, 0.95)
    print()
    print(
        f"{len(latencies)} confirmations: median {mid * 1000:.0f} ms, p95 {p95 * 1000:.0f} ms, "
        f"min {min(latencies) * 1000:.0f} ms, max {max(latencies) * 1000:.0f} ms"
    )
    print(f"target median <= {MEDIAN_TARGET_S:.0f} s: {verdict(mid <= MEDIAN_TARGET_S)}")
    print(f"target p95 <= {P95_TARGET_S:.0f} s: {verdict(p95 <= P95_TARGET_S)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
