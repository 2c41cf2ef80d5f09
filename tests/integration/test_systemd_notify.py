"""The daemon speaks sd_notify: READY once the state is open, WATCHDOG only while cycles
complete, STOPPING on SIGTERM, exit 0 (RELIABILITY O3, O4; issue 6)."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from worker.modes.demo import prepare_demo

pytestmark = pytest.mark.integration


def _receive_until(sock: socket.socket, wanted: str, deadline: float) -> list[str]:
    seen: list[str] = []
    while time.monotonic() < deadline:
        sock.settimeout(max(0.05, deadline - time.monotonic()))
        try:
            data = sock.recv(4096).decode()
        except TimeoutError:
            break
        seen.extend(data.splitlines())
        if wanted in seen:
            break
    return seen


def test_ready_watchdog_and_clean_stop(tmp_path: Path) -> None:
    config = prepare_demo(tmp_path / "practice")
    notify_path = tmp_path / "notify.sock"
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    sock.bind(str(notify_path))
    env = {
        **os.environ,
        "NOTIFY_SOCKET": str(notify_path),
        "WATCHDOG_USEC": "1000000",  # systemd would ping-check every 0.5 s
        "PRAXIS_WORKER_NOW": "2026-06-16T10:00",
    }
    env.pop("WATCHDOG_PID", None)
    process = subprocess.Popen(
        [sys.executable, "-m", "worker", "--config", str(config), "run"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        seen = _receive_until(sock, "READY=1", time.monotonic() + 20)
        assert "READY=1" in seen
        seen += _receive_until(sock, "WATCHDOG=1", time.monotonic() + 20)
        assert "WATCHDOG=1" in seen  # fed because the first cycle completed
        started = time.monotonic()
        process.send_signal(signal.SIGTERM)
        code = process.wait(timeout=10)
        assert time.monotonic() - started < 10
        seen += _receive_until(sock, "STOPPING=1", time.monotonic() + 2)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        sock.close()
    assert code == 0
    assert "STOPPING=1" in seen
    _, err = process.communicate()
    assert b"event=daemon_started" in err
    assert b"event=daemon_stopped" in err
    # The cycle handled the demo inbox while running as a daemon.
    processed = config.parent / "mail" / "inbox" / ".Verarbeitet"
    assert sum(1 for d in ("new", "cur") for _ in (processed / d).iterdir()) >= 4
