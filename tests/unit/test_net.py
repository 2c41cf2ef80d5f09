"""Plain-text mail connections are allowed to loopback only: one definition of loopback."""

from __future__ import annotations

import pytest

from worker.net import is_loopback


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
