"""Fixtures the integration modules share (the servers themselves: tests/conftest.py)."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

from tests.fixtures.dovecot import DovecotServer
from tests.fixtures.smtpd import SmtpTestServer


@pytest.fixture
def running_dovecot(dovecot: DovecotServer) -> Iterator[DovecotServer]:
    """The session's Dovecot, running before the test and again after it (for tests
    that stop or restart the server)."""
    if not dovecot.is_running:
        dovecot.start()
    yield dovecot
    if not dovecot.is_running:
        dovecot.start()


@pytest.fixture
def smtp(smtp_server_factory: Callable[..., SmtpTestServer]) -> SmtpTestServer:
    """A submission server as a provider runs it: STARTTLS and AUTH."""
    return smtp_server_factory(security="starttls", auth=True)
