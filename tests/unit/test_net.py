"""Plain-text mail connections are allowed to loopback only: one definition of loopback."""

from __future__ import annotations

import pytest

from worker.net import is_loopback, security_problem


@pytest.mark.parametrize(
    "host",
    ["localhost", "LOCALHOST", "localhost.localdomain", "127.0.0.1", "127.8.9.1", "::1", "[::1]"],
)
def test_loopback(host: str) -> None:
    assert is_loopback(host)


@pytest.mark.parametrize(
    "host",
    ["mail.example.org", "10.0.0.1", "192.168.1.1", "::ffff:8.8.8.8", "localhost.example.org", ""],
)
def test_not_loopback(host: str) -> None:
    assert not is_loopback(host)


@pytest.mark.parametrize(
    ("security", "host", "problem"),
    [
        ("tls", "mail.example.org", None),
        ("starttls", "10.0.0.1", None),
        ("none", "localhost", None),
        ("none", "[::1]", None),
        ("none", "mail.example.org", '"none" sends passwords and health data unencrypted'),
        ("ssl", "mail.example.org", "expected one of tls, starttls, none, got 'ssl'"),
    ],
    ids=["tls", "starttls", "none-localhost", "none-v6-loopback", "none-remote", "unknown-mode"],
)
def test_security_problem(security: str, host: str, problem: str | None) -> None:
    """One rule for config, IMAP and SMTP: plain text to this machine only."""
    found = security_problem(security, host)
    if problem is None:
        assert found is None
    else:
        assert found is not None
        assert found.startswith(problem)
