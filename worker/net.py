"""What the mail adapters share about the network: the security modes, and loopback."""

from __future__ import annotations

import ipaddress
from typing import Literal, get_args

# tls: TLS from the first byte (IMAPS 993, SMTPS 465); starttls: upgraded after greeting;
# none: plain text, allowed only to a loopback host (config and adapters both refuse more).
Security = Literal["tls", "starttls", "none"]
SECURITY_MODES: tuple[Security, ...] = get_args(Security)

_LOOPBACK_NAMES = frozenset({"localhost", "localhost.localdomain"})


def is_loopback(host: str) -> bool:
    """True for a name or address that never leaves the machine ("[::1]" included)."""
    if host.strip().lower() in _LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host.strip().strip("[]")).is_loopback
    except ValueError:
        return False


def is_private_transport(scheme: str, host: str) -> bool:
    """https anywhere, or plain http to this machine only: patient data never travel
    unencrypted over a network (calendar URLs and their redirects)."""
    return scheme == "https" or (scheme == "http" and is_loopback(host))


def security_problem(security: str, host: str) -> str | None:
    """Why `security` must not be used to reach `host`, or None: an unknown mode, or plain
    text (passwords and patient data in the clear) to anything but this machine."""
    if security not in SECURITY_MODES:
        return f"expected one of {', '.join(SECURITY_MODES)}, got {security!r}"
    if security == "none" and not is_loopback(host):
        return (
            '"none" sends passwords and health data unencrypted; allowed only for a '
            f"loopback host, not {host!r} (use tls or starttls)"
        )
    return None
