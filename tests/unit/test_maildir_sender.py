"""MaildirSender: finished mails as files, each Message-ID at most once, private modes."""

from __future__ import annotations

import asyncio
import stat
from pathlib import Path

import pytest

from worker.adapters.maildir_sender import MaildirSender, maildir_file_name
from worker.adapters.sender import OutgoingMessage, SendResult

RAW = b"From: Praxis <termine@praxis.test>\r\nSubject: Termin\r\n\r\nHallo.\r\n"


def message(message_id: str = "<abc.123@praxis.test>", raw: bytes = RAW) -> OutgoingMessage:
    return OutgoingMessage(
        message_id=message_id,
        sender="termine@praxis.test",
        recipients=("patient@example.test",),
        raw=raw,
    )


def send(outbox: Path, *messages: OutgoingMessage) -> list[SendResult]:
    return asyncio.run(MaildirSender(outbox).send_batch(messages))


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_writes_the_exact_bytes_into_new_with_private_modes(tmp_path: Path) -> None:
    outbox = tmp_path / "outbox"

    [result] = send(outbox, message())

    assert (result.outcome, result.detail, result.refused) == ("sent", "written", {})
    written = outbox / "new" / "abc.123@praxis.test.eml"
    assert written.read_bytes() == RAW
    assert mode(written) == 0o600
    assert {d.name: mode(d) for d in outbox.iterdir()} == {"tmp": 0o700, "new": 0o700, "cur": 0o700}
    assert list((outbox / "tmp").iterdir()) == []


def test_the_same_message_id_is_written_once(tmp_path: Path) -> None:
    first, second = send(tmp_path, message(), message(raw=b"Subject: changed\r\n\r\nx\r\n"))
    [third] = send(tmp_path, message(raw=b"Subject: again\r\n\r\ny\r\n"))

    assert [r.outcome for r in (first, second, third)] == ["sent"] * 3
    assert [r.detail for r in (first, second, third)] == [
        "written",
        "already written",
        "already written",
    ]
    [only] = (tmp_path / "new").iterdir()
    assert only.read_bytes() == RAW


def test_a_message_already_read_into_cur_is_not_written_again(tmp_path: Path) -> None:
    send(tmp_path, message())
    name = maildir_file_name(message().message_id)
    (tmp_path / "new" / name).rename(tmp_path / "cur" / f"{name}:2,S")

    [result] = send(tmp_path, message())

    assert result.detail == "already written"
    assert list((tmp_path / "new").iterdir()) == []


def test_results_follow_the_order_of_the_batch(tmp_path: Path) -> None:
    ids = [f"<{n}.tok@praxis.test>" for n in range(5)]

    results = send(tmp_path, *(message(i) for i in ids))

    assert [r.message_id for r in results] == ids
    assert len(list((tmp_path / "new").iterdir())) == 5


@pytest.mark.parametrize(
    "message_id",
    [
        "<../../etc/passwd@x>",
        "<a/b@praxis.test>",
        "<a:2,S@praxis.test>",
        "<.hidden@praxis.test>",
        "<" + "x" * 300 + "@praxis.test>",
        "<umlaut-ä@praxis.test>",
        "<nul\x00@praxis.test>",
    ],
    ids=["traversal", "slash", "maildir-info", "leading-dot", "too-long", "non-ascii", "nul"],
)
def test_an_unsafe_message_id_becomes_a_hashed_name_inside_new(
    tmp_path: Path, message_id: str
) -> None:
    [result] = send(tmp_path, message(message_id))

    assert result.outcome == "sent"
    [written] = (tmp_path / "new").iterdir()
    assert written.name == maildir_file_name(message_id)
    assert len(written.name) == 64 + len(".eml")
    assert written.read_bytes() == RAW
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cur", "new", "tmp"]


def test_different_unsafe_ids_never_share_a_file(tmp_path: Path) -> None:
    send(tmp_path, message("<a/b@x>"), message("<a:b@x>"), message("<a_b@x>"))

    assert len(list((tmp_path / "new").iterdir())) == 3


def test_an_empty_message_id_is_refused(tmp_path: Path) -> None:
    [result] = send(tmp_path, message(" "))

    assert result.outcome == "failed"
    assert list((tmp_path / "new").iterdir()) == []


def test_check_creates_the_maildir(tmp_path: Path) -> None:
    findings = asyncio.run(MaildirSender(tmp_path / "dry-run").check())

    assert (tmp_path / "dry-run" / "new").is_dir()
    assert "nothing will be sent" in findings[0]
