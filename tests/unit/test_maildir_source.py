"""MaildirMailbox: the local-Maildir mailbox source (no sockets; a Maildir in tmp_path)."""

from __future__ import annotations

import mailbox
import os
import threading
import time
from pathlib import Path

import pytest

from worker.adapters.maildir import MaildirMailbox, key_of
from worker.errors import ConfigError, MailboxError

BASE_MTIME = 1_760_000_000  # delivery times are set explicitly: order must not hang on luck


def make_raw(n: int, *, body: str = "Die Behandlung fand statt.") -> bytes:
    return (
        f"From: patient{n}@example.org\r\n"
        f"To: termine@praxis.example\r\n"
        f"Subject: =?utf-8?q?Best=C3=A4tigung_{n}?=\r\n"
        f"Message-ID: <mail-{n}@example.org>\r\n"
        f"Content-Type: text/plain; charset=utf-8\r\n"
        f"Content-Transfer-Encoding: 8bit\r\n"
        f"\r\n{body}\r\nGrüße\r\n"
    ).encode()


@pytest.fixture
def maildir_root(tmp_path: Path) -> Path:
    root = tmp_path / "Maildir"
    for sub in ("tmp", "new", "cur"):
        (root / sub).mkdir(parents=True)
    return root


def deliver(root: Path, raw: bytes, *, n: int, sub: str = "new", info: str = "") -> str:
    """Write a message file as an MTA (new/) or a mail program (cur/, with flags) would."""
    key = f"{BASE_MTIME + n}.M{n}P1.praxis"
    name = f"{key}:2,{info}" if sub == "cur" else key
    path = root / sub / name
    path.write_bytes(raw)
    os.utime(path, (BASE_MTIME + n, BASE_MTIME + n))
    return key


def listing(root: Path) -> set[str]:
    return {str(path.relative_to(root)) for path in root.rglob("*") if path.is_file()}


@pytest.fixture
def source(maildir_root: Path) -> MaildirMailbox:
    opened = MaildirMailbox(path=maildir_root, processed_folder="Verarbeitet")
    opened.open()
    return opened


def test_lists_new_and_cur_oldest_first_with_bytes_intact(
    maildir_root: Path, source: MaildirMailbox
) -> None:
    raws = {n: make_raw(n) for n in range(3)}
    keys = [
        deliver(maildir_root, raws[2], n=2),
        deliver(maildir_root, raws[0], n=0, sub="cur", info="S"),
        deliver(maildir_root, raws[1], n=1),
    ]

    fetched = list(source.new_messages())

    assert [mail.key for mail in fetched] == [keys[1], keys[2], keys[0]]
    assert [mail.raw for mail in fetched] == [raws[0], raws[1], raws[2]]
    assert [mail.size for mail in fetched] == [len(raws[n]) for n in range(3)]
    assert all(mail.uid is None and mail.uidvalidity == 0 for mail in fetched)
    assert fetched[0].internal_date is not None
    assert fetched[0].internal_date.timestamp() == BASE_MTIME


@pytest.mark.parametrize(
    ("info", "expected"),
    [
        pytest.param("", set(), id="no-flags"),
        pytest.param("S", {r"\Seen"}, id="seen"),
        pytest.param("FRS", {r"\Flagged", r"\Answered", r"\Seen"}, id="flagged-replied-seen"),
        pytest.param("DPT", {r"\Draft", "$Forwarded", r"\Deleted"}, id="draft-passed-trashed"),
        pytest.param("Sa", {r"\Seen"}, id="keyword-letters-ignored"),
    ],
)
def test_info_letters_become_imap_flags(
    maildir_root: Path, source: MaildirMailbox, info: str, expected: set[str]
) -> None:
    deliver(maildir_root, make_raw(0), n=0, sub="cur", info=info)

    [mail] = source.new_messages()

    assert mail.flags == expected


def test_reading_renames_nothing(maildir_root: Path, source: MaildirMailbox) -> None:
    deliver(maildir_root, make_raw(0), n=0)
    deliver(maildir_root, make_raw(1), n=1, sub="cur", info="")
    before = listing(maildir_root)

    assert len(list(source.new_messages())) == 2

    assert listing(maildir_root) == before


def test_mail_over_the_size_cap_is_not_read(maildir_root: Path, source: MaildirMailbox) -> None:
    small, large = make_raw(0), make_raw(1, body="x" * 5_000)
    deliver(maildir_root, small, n=0)
    deliver(maildir_root, large, n=1)

    fetched = list(source.new_messages(max_bytes=1_000))

    assert [mail.raw for mail in fetched] == [small, None]
    assert fetched[1].size == len(large)


def test_a_file_renamed_by_a_mail_program_while_listing_is_still_read(
    maildir_root: Path, source: MaildirMailbox
) -> None:
    first = deliver(maildir_root, make_raw(0), n=0)
    second = deliver(maildir_root, make_raw(1), n=1)
    stream = source.new_messages()

    assert next(stream).key == first
    # Staff open the second mail: their program moves it to cur/ and marks it seen.
    (maildir_root / "new" / second).rename(maildir_root / "cur" / f"{second}:2,S")
    [rest] = list(stream)

    assert rest.key == second
    assert rest.raw == make_raw(1)
    assert rest.flags == {r"\Seen"}


def test_a_file_deleted_while_listing_is_skipped(
    maildir_root: Path, source: MaildirMailbox
) -> None:
    first = deliver(maildir_root, make_raw(0), n=0)
    second = deliver(maildir_root, make_raw(1), n=1)
    third = deliver(maildir_root, make_raw(2), n=2)
    stream = source.new_messages()

    assert next(stream).key == first
    (maildir_root / "new" / second).unlink()

    assert [mail.key for mail in stream] == [third]


def test_move_to_processed_creates_a_maildirpp_folder_and_keeps_name_and_flags(
    maildir_root: Path, source: MaildirMailbox
) -> None:
    moved = deliver(maildir_root, make_raw(0), n=0, sub="cur", info="S")
    kept = deliver(maildir_root, make_raw(1), n=1)

    assert source.move_to_processed(moved) is True

    processed = maildir_root / ".Verarbeitet"
    assert (processed / "maildirfolder").exists()
    assert (processed / "cur" / f"{moved}:2,S").read_bytes() == make_raw(0)
    assert [mail.key for mail in source.new_messages()] == [kept]
    # Readable as the folder "Verarbeitet" by any Maildir++ reader (here: the stdlib).
    assert list(mailbox.Maildir(maildir_root).get_folder("Verarbeitet").keys()) == [moved]


def test_move_from_new_stays_new_in_the_processed_folder(
    maildir_root: Path, source: MaildirMailbox
) -> None:
    key = deliver(maildir_root, make_raw(0), n=0)

    assert source.move_to_processed(key) is True

    assert (maildir_root / ".Verarbeitet" / "new" / key).exists()


def test_tidying_a_message_that_is_gone_reports_false(
    maildir_root: Path, source: MaildirMailbox
) -> None:
    key = deliver(maildir_root, make_raw(0), n=0)
    (maildir_root / "new" / key).unlink()

    assert source.move_to_processed(key) is False
    assert source.flag(key) is False


@pytest.mark.parametrize(
    ("sub", "info", "expected_name"),
    [
        pytest.param("new", "", "{key}:2,F", id="new-moves-to-cur"),
        pytest.param("cur", "", "{key}:2,F", id="cur-no-flags"),
        pytest.param("cur", "RS", "{key}:2,FRS", id="cur-keeps-seen-and-replied"),
        pytest.param("cur", "FS", "{key}:2,FS", id="already-flagged"),
    ],
)
def test_flag_sets_F_and_keeps_the_other_flags(
    maildir_root: Path, source: MaildirMailbox, sub: str, info: str, expected_name: str
) -> None:
    key = deliver(maildir_root, make_raw(0), n=0, sub=sub, info=info)

    assert source.flag(key) is True

    assert [path.name for path in (maildir_root / "cur").iterdir()] == [
        expected_name.format(key=key)
    ]
    [mail] = source.new_messages()  # a flagged mail stays in the inbox
    assert mail.key == key
    assert r"\Flagged" in mail.flags


def test_find_by_message_id(maildir_root: Path, source: MaildirMailbox) -> None:
    deliver(maildir_root, make_raw(0), n=0)
    wanted = deliver(maildir_root, make_raw(1), n=1, sub="cur", info="S")

    assert source.find_by_message_id("<mail-1@example.org>") == [wanted]
    assert source.find_by_message_id("<nobody@example.org>") == []


def test_idle_wait_times_out_without_new_mail(maildir_root: Path, source: MaildirMailbox) -> None:
    deliver(maildir_root, make_raw(0), n=0)
    started = time.monotonic()

    assert source.idle_wait(timeout_s=0.3) is False
    assert time.monotonic() - started < 1.5


def test_idle_wait_wakes_on_delivery(maildir_root: Path, source: MaildirMailbox) -> None:
    timer = threading.Timer(0.2, deliver, args=(maildir_root, make_raw(0)), kwargs={"n": 0})
    started = time.monotonic()
    timer.start()
    try:
        assert source.idle_wait(timeout_s=5) is True
    finally:
        timer.join()
    assert time.monotonic() - started < 2.0


def test_open_refuses_a_path_that_is_no_maildir(tmp_path: Path) -> None:
    with pytest.raises(MailboxError, match="not a Maildir"):
        MaildirMailbox(path=tmp_path / "typo").open()
    assert not (tmp_path / "typo").exists()  # nothing created behind the user's back


def test_use_before_open_and_a_vanished_maildir_raise_mailbox_error(
    maildir_root: Path,
) -> None:
    unopened = MaildirMailbox(path=maildir_root)
    with pytest.raises(MailboxError, match="not opened"):
        list(unopened.new_messages())

    unopened.open()
    for sub in ("tmp", "new", "cur"):
        (maildir_root / sub).rmdir()
    with pytest.raises(MailboxError):
        unopened.noop()


@pytest.mark.parametrize("name", ["", ".Hidden", "a/b"])
def test_processed_folder_must_be_a_plain_name(maildir_root: Path, name: str) -> None:
    with pytest.raises(ConfigError, match="processed_folder"):
        MaildirMailbox(path=maildir_root, processed_folder=name)


@pytest.mark.parametrize(
    ("filename", "key"),
    [
        pytest.param("1760000000.M1P1.praxis", "1760000000.M1P1.praxis", id="new"),
        pytest.param("1760000000.M1P1.praxis:2,FS", "1760000000.M1P1.praxis", id="cur"),
        pytest.param(
            "1760000000.M1P1.praxis,S=1234:2,S", "1760000000.M1P1.praxis,S=1234", id="dovecot-size"
        ),
    ],
)
def test_key_is_the_unique_part_of_the_file_name(filename: str, key: str) -> None:
    assert key_of(filename) == key
