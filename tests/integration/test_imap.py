"""ImapMailbox against a real Dovecot (RELIABILITY.md rows I2-I15)."""

from __future__ import annotations

import logging
import socket
import threading
import time
from collections.abc import Callable, Iterator
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import make_msgid

import pytest
import trustme

from tests.fixtures.dovecot import (
    CAPABILITY_WITHOUT_MOVE,
    CAPABILITY_WITHOUT_MOVE_OR_UIDPLUS,
    DovecotServer,
)
from worker.adapters.imap import ImapMailbox
from worker.errors import ConfigError, MailboxAuthError, MailboxError

pytestmark = pytest.mark.integration

CANARY = "Kanarienvogel-Befund-4711"


def make_mail(subject: str = "Bestätigung", body: str = "Termin fand statt.") -> bytes:
    message = EmailMessage()
    message["From"] = "patientin@example.org"
    message["To"] = "termine@praxis.example"
    message["Subject"] = subject
    message["Message-ID"] = make_msgid(domain="example.org")
    message.set_content(f"{body}\nGrüße\n", cte="8bit")
    return message.as_bytes(policy=SMTP)


def mailbox_for(
    server: DovecotServer, folder: str, *, security: str = "starttls", **overrides: object
) -> ImapMailbox:
    settings: dict[str, object] = {
        "host": server.host,
        "port": server.tls_port if security == "tls" else server.port,
        "security": security,
        "username": server.user,
        "password": server.password,
        "folder": folder,
        "processed_folder": f"{folder}_done",
        "ca_file": str(server.ca_file),
        "connect_timeout_s": 5.0,
        "read_timeout_s": 10.0,
    }
    settings.update(overrides)
    return ImapMailbox(**settings)  # type: ignore[arg-type]


@pytest.fixture
def mailbox(dovecot: DovecotServer, imap_folder: str) -> Iterator[ImapMailbox]:
    with mailbox_for(dovecot, imap_folder) as opened:
        yield opened


# --- connecting --------------------------------------------------------------------


@pytest.mark.parametrize("security", ["starttls", "tls", "none"])
def test_login_and_select(dovecot: DovecotServer, imap_folder: str, security: str) -> None:
    with mailbox_for(dovecot, imap_folder, security=security) as mailbox:
        assert mailbox.uidvalidity() > 0
        mailbox.noop()


@pytest.mark.parametrize("security", ["starttls", "tls"])
def test_certificate_from_an_unknown_ca_is_refused(
    dovecot: DovecotServer, imap_folder: str, security: str, tmp_path
) -> None:
    foreign_ca = tmp_path / "foreign-ca.pem"
    trustme.CA().cert_pem.write_to_path(str(foreign_ca))
    mailbox = mailbox_for(dovecot, imap_folder, security=security, ca_file=str(foreign_ca))

    with pytest.raises(MailboxError, match="SSLCertVerificationError") as refused:
        mailbox.open()
    assert not isinstance(refused.value, MailboxAuthError)


def test_wrong_password_is_an_auth_error(dovecot: DovecotServer, imap_folder: str) -> None:
    mailbox = mailbox_for(dovecot, imap_folder, password="not-the-password")
    with pytest.raises(MailboxAuthError) as refused:
        mailbox.open()
    assert "not-the-password" not in str(refused.value)
    assert dovecot.user not in str(refused.value)


@pytest.mark.parametrize("host", ["imap.example.de", "10.0.0.5", "::2"])
def test_security_none_is_refused_off_loopback(host: str) -> None:
    with pytest.raises(ConfigError, match=r"mailbox\.security"):
        ImapMailbox(host=host, port=143, security="none", username="u", password="p")


@pytest.mark.parametrize("host", ["127.0.0.1", "::1", "localhost"])
def test_security_none_is_allowed_on_loopback(host: str) -> None:
    ImapMailbox(host=host, port=143, security="none", username="u", password="p")


class _ServerWithoutStartTLS:
    """A scripted IMAP greeter that offers no STARTTLS and records what the client sends."""

    def __init__(self) -> None:
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.received: list[bytes] = []
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        with self.listener:
            connection, _ = self.listener.accept()
        with connection, connection.makefile("rb") as lines:
            connection.sendall(b"* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] ready\r\n")
            for line in lines:
                self.received.append(line)
                tag, _, rest = line.partition(b" ")
                command = rest.split()[0].upper() if rest.split() else b""
                if command == b"CAPABILITY":
                    connection.sendall(
                        b"* CAPABILITY IMAP4rev1 AUTH=PLAIN\r\n" + tag + b" OK done\r\n"
                    )
                elif command == b"LOGOUT":
                    connection.sendall(b"* BYE\r\n" + tag + b" OK done\r\n")
                    return
                else:
                    connection.sendall(tag + b" BAD unexpected\r\n")


def test_starttls_required_fails_closed_without_sending_the_password() -> None:
    server = _ServerWithoutStartTLS()
    mailbox = ImapMailbox(
        host="127.0.0.1",
        port=server.port,
        security="starttls",
        username="u",
        password="secret-password",
        connect_timeout_s=5,
        read_timeout_s=5,
    )
    with pytest.raises(MailboxError, match="STARTTLS"):
        mailbox.open()
    server.thread.join(timeout=5)
    sent = b"".join(server.received)
    assert b"LOGIN" not in sent.upper()
    assert b"secret-password" not in sent


# --- reading -----------------------------------------------------------------------


def test_new_messages_returns_raw_bytes_intact_in_uid_order(
    dovecot: DovecotServer, imap_folder: str, mailbox: ImapMailbox
) -> None:
    raws = [make_mail(subject=f"Bestätigung {n}") for n in range(3)]
    uids = [dovecot.append(imap_folder, raw) for raw in raws]

    fetched = list(mailbox.new_messages(after_uid=0, batch=2))

    assert [mail.uid for mail in fetched] == uids
    assert [mail.raw for mail in fetched] == raws
    assert [mail.size for mail in fetched] == [len(raw) for raw in raws]
    assert all(mail.uidvalidity == mailbox.uidvalidity() for mail in fetched)
    assert fetched[0].key == f"{mailbox.uidvalidity()}:{uids[0]}"
    assert all(mail.internal_date is not None and mail.internal_date.tzinfo for mail in fetched)


def test_fetching_leaves_seen_as_staff_left_it(
    dovecot: DovecotServer, imap_folder: str, mailbox: ImapMailbox
) -> None:
    read_by_staff = dovecot.append(imap_folder, make_mail(), flags=[r"\Seen"])
    unread = dovecot.append(imap_folder, make_mail())

    fetched = {mail.uid: mail for mail in mailbox.new_messages(after_uid=0)}

    assert r"\Seen" in fetched[read_by_staff].flags
    assert fetched[read_by_staff].raw is not None  # a read mail is still processed (I9)
    assert dovecot.flags(imap_folder, read_by_staff) == {r"\Seen"}
    assert dovecot.flags(imap_folder, unread) == set()


def test_search_after_the_highest_uid_yields_nothing(
    dovecot: DovecotServer, imap_folder: str, mailbox: ImapMailbox
) -> None:
    # "UID SEARCH UID 3:*" matches the highest UID even when that is 2.
    uids = [dovecot.append(imap_folder, make_mail()) for _ in range(2)]

    assert list(mailbox.new_messages(after_uid=uids[-1])) == []
    assert [mail.uid for mail in mailbox.new_messages(after_uid=uids[0])] == [uids[1]]


def test_mail_over_the_size_cap_is_not_downloaded(
    dovecot: DovecotServer, imap_folder: str, mailbox: ImapMailbox
) -> None:
    small = make_mail()
    large = make_mail(body="x" * 20_000)
    dovecot.append(imap_folder, small)
    dovecot.append(imap_folder, large)

    fetched = list(mailbox.new_messages(after_uid=0, max_bytes=10_000))

    assert [mail.raw for mail in fetched] == [small, None]
    assert fetched[1].size == len(large)
    assert fetched[1].is_oversized


def test_uid_expunged_between_search_and_fetch_is_skipped(
    dovecot: DovecotServer, imap_folder: str, mailbox: ImapMailbox
) -> None:
    uids = [dovecot.append(imap_folder, make_mail()) for _ in range(3)]
    stream = mailbox.new_messages(after_uid=0, batch=1)  # SEARCH happens on first next()

    first = next(stream)
    dovecot.add_flags(imap_folder, uids[1], [r"\Deleted"])
    dovecot.expunge_folder(imap_folder)  # staff's client removes the second mail
    rest = list(stream)

    assert [first.uid, *(mail.uid for mail in rest)] == [uids[0], uids[2]]


def test_unsolicited_flag_updates_do_not_disturb_the_fetch(
    dovecot: DovecotServer, imap_folder: str, mailbox: ImapMailbox
) -> None:
    uids = [dovecot.append(imap_folder, make_mail()) for _ in range(3)]
    # Another client changes flags while our session is open: the server reports the
    # change to us as unsolicited FETCH data inside our next command's answer.
    dovecot.add_flags(imap_folder, uids[0], [r"\Answered"])

    fetched = list(mailbox.new_messages(after_uid=uids[0]))

    assert [mail.uid for mail in fetched] == uids[1:]
    assert all(mail.raw for mail in fetched)


@pytest.mark.parametrize(
    ("drops", "expected_present"),
    [
        pytest.param(1, True, id="missing-once-then-retried"),
        pytest.param(2, False, id="missing-twice-skipped"),
    ],
)
def test_fetch_answer_lacking_the_body_is_retried_once(
    dovecot: DovecotServer,
    imap_folder: str,
    mailbox: ImapMailbox,
    monkeypatch: pytest.MonkeyPatch,
    drops: int,
    expected_present: bool,
) -> None:
    uids = [dovecot.append(imap_folder, make_mail()) for _ in range(2)]
    session = mailbox._session
    real_fetch = session.fetch
    remaining_drops = {"n": drops}

    def fetch_dropping_body(messages, data, modifiers=None):  # type: ignore[no-untyped-def]
        answer = real_fetch(messages, data, modifiers)
        if b"BODY.PEEK[]" in data and remaining_drops["n"] > 0 and uids[0] in answer:
            remaining_drops["n"] -= 1
            answer[uids[0]].pop(b"BODY[]")  # as if only unsolicited FLAGS had come back
        return answer

    monkeypatch.setattr(session, "fetch", fetch_dropping_body)

    fetched = [mail.uid for mail in mailbox.new_messages(after_uid=0)]

    assert fetched == (uids if expected_present else uids[1:])


def test_find_by_message_id(dovecot: DovecotServer, imap_folder: str, mailbox: ImapMailbox) -> None:
    wanted = make_mail()
    dovecot.append(imap_folder, make_mail())
    uid = dovecot.append(imap_folder, wanted)
    message_id = next(
        line.split(b":", 1)[1].strip().decode()
        for line in wanted.splitlines()
        if line.lower().startswith(b"message-id:")
    )

    assert mailbox.find_by_message_id(message_id) == [uid]
    assert mailbox.find_by_message_id("<nobody@example.org>") == []


# --- tidying -----------------------------------------------------------------------


def test_move_to_processed_creates_the_folder_and_moves_only_that_mail(
    dovecot: DovecotServer, imap_folder: str, mailbox: ImapMailbox
) -> None:
    moved, kept = (dovecot.append(imap_folder, make_mail()) for _ in range(2))
    assert mailbox.has_capability("MOVE")
    mailbox.noop()  # the session learns of the new mail, as a fetch would

    assert mailbox.move_to_processed(moved) is True

    assert dovecot.folder_uids(imap_folder) == [kept]
    assert len(dovecot.folder_uids(mailbox.processed_folder)) == 1
    with dovecot.client() as other:
        assert mailbox.processed_folder in {name for _, _, name in other.list_sub_folders()}


def test_move_accepts_the_message_key_and_refuses_a_stale_one(
    dovecot: DovecotServer, imap_folder: str, mailbox: ImapMailbox
) -> None:
    dovecot.append(imap_folder, make_mail())
    mail = next(mailbox.new_messages(after_uid=0))

    with pytest.raises(MailboxError, match="UIDVALIDITY"):
        mailbox.move_to_processed(f"{mail.uidvalidity + 1}:{mail.uid}")
    mailbox.move_to_processed(mail.key)

    assert dovecot.folder_uids(imap_folder) == []


@pytest.fixture(scope="module")
def dovecot_without_move(dovecot_launcher: Callable[..., DovecotServer]) -> DovecotServer:
    return dovecot_launcher(imap_capability=CAPABILITY_WITHOUT_MOVE)


@pytest.fixture(scope="module")
def dovecot_without_move_or_uidplus(
    dovecot_launcher: Callable[..., DovecotServer],
) -> DovecotServer:
    return dovecot_launcher(imap_capability=CAPABILITY_WITHOUT_MOVE_OR_UIDPLUS)


def test_without_move_uses_uid_expunge_and_spares_staffs_deleted_mail(
    dovecot_without_move: DovecotServer,
) -> None:
    server = dovecot_without_move
    folder = server.fresh_folder()
    ours = server.append(folder, make_mail())
    staffs = server.append(folder, make_mail(), flags=[r"\Deleted"])

    with mailbox_for(server, folder) as mailbox:
        assert not mailbox.has_capability("MOVE")
        assert mailbox.has_capability("UIDPLUS")
        assert mailbox.move_to_processed(ours) is True

        assert server.folder_uids(folder) == [staffs]
        assert server.flags(folder, staffs) == {r"\Deleted"}
        assert len(server.folder_uids(mailbox.processed_folder)) == 1


def test_without_move_or_uidplus_copies_and_only_flags_deleted(
    dovecot_without_move_or_uidplus: DovecotServer,
) -> None:
    server = dovecot_without_move_or_uidplus
    folder = server.fresh_folder()
    ours = server.append(folder, make_mail())
    staffs = server.append(folder, make_mail(), flags=[r"\Deleted"])

    with mailbox_for(server, folder) as mailbox:
        assert not mailbox.has_capability("UIDPLUS")
        assert mailbox.move_to_processed(ours) is True

        assert server.folder_uids(folder) == [ours, staffs]  # nothing expunged
        assert r"\Deleted" in server.flags(folder, ours)
        assert len(server.folder_uids(mailbox.processed_folder)) == 1


def test_flag_marks_for_staff(
    dovecot: DovecotServer, imap_folder: str, mailbox: ImapMailbox
) -> None:
    uid = dovecot.append(imap_folder, make_mail(), flags=[r"\Seen"])
    mailbox.noop()

    assert mailbox.flag(uid) is True

    assert dovecot.flags(imap_folder, uid) == {r"\Seen", r"\Flagged"}


def test_tidying_a_mail_staff_already_removed_reports_false(
    dovecot: DovecotServer, imap_folder: str, mailbox: ImapMailbox
) -> None:
    uid = dovecot.append(imap_folder, make_mail())
    [mail] = mailbox.new_messages(after_uid=0)
    dovecot.add_flags(imap_folder, uid, [r"\Deleted"])
    dovecot.expunge_folder(imap_folder)

    assert mailbox.flag(mail.key) is False
    assert mailbox.move_to_processed(mail.key) is False
    assert dovecot.folder_uids(mailbox.processed_folder) == []


# --- faults ------------------------------------------------------------------------


def test_server_restart_breaks_the_session_and_a_new_one_works(
    running_dovecot: DovecotServer, imap_folder: str
) -> None:
    uid = running_dovecot.append(imap_folder, make_mail())
    mailbox = mailbox_for(running_dovecot, imap_folder)
    mailbox.open()

    running_dovecot.restart()

    with pytest.raises(MailboxError):
        list(mailbox.new_messages(after_uid=0))
    mailbox.close()
    with mailbox_for(running_dovecot, imap_folder) as fresh:
        assert [mail.uid for mail in fresh.new_messages(after_uid=0)] == [uid]


def test_calls_without_a_connection_raise_mailbox_error(
    dovecot: DovecotServer, imap_folder: str
) -> None:
    mailbox = mailbox_for(dovecot, imap_folder)
    with pytest.raises(MailboxError, match="not connected"):
        mailbox.noop()


def test_idle_wakes_when_mail_arrives(
    dovecot: DovecotServer, imap_folder: str, mailbox: ImapMailbox
) -> None:
    timer = threading.Timer(0.3, dovecot.append, args=(imap_folder, make_mail()))
    started = time.monotonic()
    timer.start()
    try:
        arrived = mailbox.idle_wait(timeout_s=10)
    finally:
        timer.join()

    assert arrived
    assert time.monotonic() - started < 2.0
    assert len(list(mailbox.new_messages(after_uid=0))) == 1  # session usable after IDLE


def test_idle_times_out_quietly(mailbox: ImapMailbox) -> None:
    started = time.monotonic()

    assert mailbox.idle_wait(timeout_s=0.5) is False

    assert 0.4 < time.monotonic() - started < 2.0
    mailbox.noop()


@pytest.mark.parametrize("fault", ["stop", "kill"], ids=["stop-with-bye", "crash-eof"])
def test_idle_on_a_vanished_server_raises_instead_of_hanging(
    running_dovecot: DovecotServer, imap_folder: str, fault: str
) -> None:
    mailbox = mailbox_for(running_dovecot, imap_folder)
    mailbox.open()
    timer = threading.Timer(0.3, getattr(running_dovecot, fault))
    started = time.monotonic()
    timer.start()
    try:
        with pytest.raises(MailboxError):
            mailbox.idle_wait(timeout_s=20)
        assert time.monotonic() - started < 3.0
    finally:
        timer.join()
        mailbox.close()


# --- logging -----------------------------------------------------------------------


def test_debug_logging_never_shows_credentials_or_mail_text(
    dovecot: DovecotServer, imap_folder: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    dovecot.append(imap_folder, make_mail(subject=CANARY, body=CANARY))

    with mailbox_for(dovecot, imap_folder) as mailbox:
        [mail] = mailbox.new_messages(after_uid=0)
        mailbox.flag(mail.uid or 0)

    assert CANARY.encode() in (mail.raw or b"")
    assert caplog.records  # our own id-only lines are there
    for secret in (CANARY, dovecot.user, dovecot.password):
        assert secret not in caplog.text


def test_flags_of_a_backlog_beyond_the_command_line_cap(
    dovecot: DovecotServer, imap_folder: str
) -> None:
    """17,000 flagged mails once made `UID FETCH <list> (FLAGS)` longer than Dovecot's
    64 KiB command line: the flag check failed, and with it every cycle's mailbox phase.
    The 15,001 UIDs here need about 84 KiB as one comma list."""
    raw = make_mail()
    with dovecot.client() as imap:
        imap.multiappend(imap_folder, [raw])
        for _ in range(75):
            imap.multiappend(imap_folder, [raw] * 200)
    with mailbox_for(dovecot, imap_folder) as opened:
        uids = opened.new_uids(0)
        assert len(uids) == 15_001
        flags = opened.flags_of(uids)
    assert set(flags) == set(uids)
