"""sd_notify(3) over $NOTIFY_SOCKET: READY, STOPPING, STATUS and the watchdog.

Ten lines of socket code instead of a dependency. Outside systemd (no NOTIFY_SOCKET)
every call is a no-op.
"""

from __future__ import annotations

import logging
import os
import socket

log = logging.getLogger(__name__)


def notify(*fields: str) -> bool:
    """Send 'KEY=VALUE' fields; returns whether systemd was told."""
    address = os.environ.get("NOTIFY_SOCKET")
    if not address:
        return False
    if address.startswith("@"):  # abstract namespace
        address = "\0" + address[1:]
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM | socket.SOCK_CLOEXEC) as sock:
            sock.connect(address)
            sock.sendall("\n".join(fields).encode())
    except OSError as exc:
        log.warning("event=sd_notify_failed error=%s", type(exc).__name__)
        return False
    return True


def watchdog_interval() -> float | None:
    """Half of WatchdogSec (seconds), when systemd watches this process; else None."""
    usec = os.environ.get("WATCHDOG_USEC")
    pid = os.environ.get("WATCHDOG_PID")
    if not usec or (pid and pid != str(os.getpid())):
        return None
    try:
        return int(usec) / 2_000_000
    except ValueError:
        return None
