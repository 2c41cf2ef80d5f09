"""The Dovecot fixture itself: both listeners, TLS with the test CA, helpers, restart."""

import ssl

import pytest
from imapclient import IMAPClient

from tests.fixtures.dovecot import DovecotServer

pytestmark = pytest.mark.integration

RAW = b"From: a@example.org\r\nTo: b@example.org\r\nSubject: smoke\r\n\r\nhello\r\n"


def _context(dovecot: DovecotServer) -> ssl.SSLContext:
    return ssl.create_default_context(cafile=str(dovecot.ca_file))


def test_starttls_login_verifies_with_the_fixture_ca(dovecot: DovecotServer) -> None:
    with IMAPClient(dovecot.host, port=dovecot.port, ssl=False, timeout=5) as imap:
        assert imap.has_capability("STARTTLS")
        imap.starttls(_context(dovecot))
        imap.login(dovecot.user, dovecot.password)
        assert imap.folder_exists("INBOX")


def test_implicit_tls_login_verifies_with_the_fixture_ca(dovecot: DovecotServer) -> None:
    with IMAPClient(
        dovecot.host, port=dovecot.tls_port, ssl_context=_context(dovecot), timeout=5
    ) as imap:
        imap.login(dovecot.user, dovecot.password)
        assert imap.folder_exists("INBOX")


def test_append_then_inspect_from_another_connection(
    dovecot: DovecotServer, imap_folder: str
) -> None:
    first = dovecot.append(imap_folder, RAW)
    second = dovecot.append(imap_folder, RAW, flags=[r"\Seen"])

    assert dovecot.folder_uids(imap_folder) == [first, second]
    assert dovecot.flags(imap_folder, first) == set()
    assert dovecot.flags(imap_folder, second) == {r"\Seen"}


def test_fresh_folders_are_unique(dovecot: DovecotServer) -> None:
    assert len({dovecot.fresh_folder() for _ in range(50)}) == 50


def test_restart_keeps_the_mail(dovecot: DovecotServer, imap_folder: str) -> None:
    uid = dovecot.append(imap_folder, RAW)
    dovecot.restart()
    assert dovecot.is_running
    assert dovecot.folder_uids(imap_folder) == [uid]


def test_mail_is_stored_as_the_unprivileged_user(dovecot: DovecotServer, imap_folder: str) -> None:
    dovecot.append(imap_folder, RAW)
    maildir = dovecot.root / "home" / dovecot.user / "Maildir"
    owners = {path.stat().st_uid for path in maildir.rglob("*")}
    assert 0 not in owners
