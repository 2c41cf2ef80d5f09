"""Staff close review items in their own mail program, against the real Dovecot.

The worker flags a mail that needs a person; "staff" is a second, plain IMAP client,
as Thunderbird would be: unflagging closes the item on the next cycle, flagging it
again opens it again, moving it out of the inbox closes it too. The worker's own moves
of processed mail close nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from tests.fixtures.dovecot import DovecotServer
from tests.fixtures.smtpd import SmtpTestServer
from tests.integration.helpers import Practice, make_practice, message_id_of, patient_mail

pytestmark = pytest.mark.integration

BERLIN = ZoneInfo("Europe/Berlin")
NOW = datetime(2026, 6, 16, 10, 0, tzinfo=BERLIN)


def later(minutes: int) -> str:
    return NOW.replace(minute=minutes).isoformat()


@pytest.fixture
def practice(
    tmp_path: Path,
    dovecot: DovecotServer,
    smtp_server_factory: Callable[..., SmtpTestServer],
) -> Practice:
    smtp = smtp_server_factory(security="starttls", auth=True)
    return make_practice(tmp_path, dovecot, smtp, now=NOW.isoformat())


def stranger() -> bytes:
    return patient_mail(
        sender="Fremde Person <fremd@example.org>",
        subject="Frage zu einem Termin",
        body="Guten Tag,\n\nkann ich bei Ihnen einen Termin bekommen?\n",
        date=NOW.replace(hour=8),
    )


def item_for(practice: Practice, message_id: str, *, now: str) -> dict[str, object]:
    items = [i for i in practice.json("review", "list", now=now) if i["message_id"] == message_id]
    assert len(items) == 1
    return items[0]


def staff_set_flag(practice: Practice, uid: int, *, flagged: bool) -> None:
    with practice.dovecot.client() as staff:
        staff.select_folder(practice.folder)
        if flagged:
            staff.add_flags([uid], [rb"\Flagged"])
        else:
            staff.remove_flags([uid], [rb"\Flagged"])


def test_unflag_resolves_reflag_reopens(practice: Practice) -> None:
    raw = stranger()
    message_id = message_id_of(raw)
    uid = practice.append(raw)
    practice.run_once(now=later(0))
    assert r"\Flagged" in practice.dovecot.flags(practice.folder, uid)
    assert item_for(practice, message_id, now=later(1))["resolved"] is False
    practice.run_once(now=later(2))  # the worker's own flag closes nothing
    assert item_for(practice, message_id, now=later(3))["resolved"] is False

    staff_set_flag(practice, uid, flagged=False)
    practice.run_once(now=later(5))
    assert item_for(practice, message_id, now=later(6))["resolved"] is True
    assert r"\Flagged" not in practice.dovecot.flags(practice.folder, uid)  # left as staff set

    staff_set_flag(practice, uid, flagged=True)
    practice.run_once(now=later(8))
    assert item_for(practice, message_id, now=later(9))["resolved"] is False


def test_moving_out_of_the_inbox_resolves_and_processed_mail_stays_untouched(
    practice: Practice,
) -> None:
    raw = stranger()
    message_id = message_id_of(raw)
    uid = practice.append(raw)
    practice.run_once(now=later(0))
    assert item_for(practice, message_id, now=later(1))["resolved"] is False

    archive = f"{practice.folder}_Archiv"
    with practice.dovecot.client() as staff:
        staff.create_folder(archive)
        staff.select_folder(practice.folder)
        staff.move([uid], archive)
    practice.run_once(now=later(5))
    assert item_for(practice, message_id, now=later(6))["resolved"] is True
    assert practice.uids() == []
    assert practice.message_ids(archive) == [message_id]  # where staff put it


def test_a_renumbered_folder_keeps_the_item_open_until_staff_unflag_the_new_copy(
    practice: Practice,
) -> None:
    raw = stranger()
    message_id = message_id_of(raw)
    practice.append(raw)
    practice.run_once(now=later(0))
    # The server renumbers the folder (new UIDVALIDITY); the mail comes back unflagged,
    # and the old UID now names nothing: neither may close the item.
    practice.recreate_folder([raw])
    practice.run_once(now=later(5))
    assert item_for(practice, message_id, now=later(6))["resolved"] is False
    [uid] = practice.uids()
    assert r"\Flagged" in practice.dovecot.flags(practice.folder, uid)  # flagged again

    staff_set_flag(practice, uid, flagged=False)
    practice.run_once(now=later(8))
    assert item_for(practice, message_id, now=later(9))["resolved"] is True


def test_marked_deleted_and_expunged_by_staff_resolves(practice: Practice) -> None:
    raw = stranger()
    message_id = message_id_of(raw)
    uid = practice.append(raw)
    practice.run_once(now=later(0))
    practice.dovecot.add_flags(practice.folder, uid, [rb"\Deleted"])
    practice.dovecot.expunge_folder(practice.folder)
    practice.run_once(now=later(5))
    assert item_for(practice, message_id, now=later(6))["resolved"] is True


def test_of_several_flagged_mails_only_the_unflagged_one_resolves(practice: Practice) -> None:
    raws = [
        patient_mail(
            sender=f"Fremde Person {n} <fremd{n}@example.org>",
            subject=f"Frage {n}",
            body="Guten Tag,\n\nkann ich bei Ihnen einen Termin bekommen?\n",
            date=NOW.replace(hour=8, minute=n),
        )
        for n in range(4)
    ]
    uids = [practice.append(raw) for raw in raws]
    practice.run_once(now=later(0))
    staff_set_flag(practice, uids[2], flagged=False)
    practice.run_once(now=later(5))
    resolved = {
        message_id_of(raw): item_for(practice, message_id_of(raw), now=later(6))["resolved"]
        for raw in raws
    }
    assert list(resolved.values()) == [False, False, True, False]
