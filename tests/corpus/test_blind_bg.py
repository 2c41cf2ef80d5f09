"""Blind corpus BG: a plain inbox of the whole year, 34 confirmations and 10 look-alikes.

The mails in tests/data/blind_bg/ (made by `python -m tools.corpus.blind_bg`, written
without reading the rules, the canonical table or the earlier blind sets' mails), mostly
short replies under our confirmation request from phones and webmail, with and without the
day, some new mails naming one to three days, a few weeks late, a few with a question or a
problem beside the yes; many from older patients and from relatives writing for them from
the patient's address. The look-alikes are cancellations, reschedule wishes, a question
and a code problem around a coming session, a session nobody called for, one that did not
take place, one that broke off, and a reply to a reminder.

`test_no_invented_confirmation` is hard: a confirmation the label does not have is a
BILLING BUG and may only be xfailed through BILLING_BUGS, whose reasons say so.
"""

from __future__ import annotations

from datetime import datetime

from tests.corpus.harness import (
    LabelledSet,
    assert_ordinary_inbox,
    blind_tests,
)

BLIND = LabelledSet("blind_bg", received_at=datetime.fromisoformat("2026-12-31T12:00:00+01:00"))

# Confirmations recorded that the patient did not give. Every entry is a BILLING BUG, heads
# the report, and is the only kind of xfail the hard test allows.
BILLING_BUGS: dict[str, str] = {}

# A confirmation the patient gave, neither recorded nor handed to staff.
LOST_SILENTLY: dict[str, str] = {}

# Mails decided otherwise than labelled (the lead fills this after the first run).
KNOWN_MISSES: dict[str, str] = {
    "bg32_zimmermann_and_question.eml": "first run at a8a3953: categories: expected {'question', 'confirmation'}, got {'confirmation'}",
    "bg36_becker_reminder_move.eml": "first run at a8a3953: categories: expected {'reschedule'}, got set()",
    "bg37_richter_camera_question.eml": "first run at a8a3953: categories: expected {'question'}, got set()",
    "bg39_koch_reminder_ok.eml": "first run at a8a3953: needs_staff: expected False, got True",
    "bg43_krueger_video_broke_off.eml": "first run at a8a3953: categories: expected {'technical', 'question'}, got set()",
    **BILLING_BUGS,
    **LOST_SILENTLY,
}

(
    test_no_invented_confirmation,
    test_no_confirmation_lost_silently,
    test_decision,
    test_billing_bugs_are_declared_as_such,
) = blind_tests(
    BLIND,
    billing_bugs=BILLING_BUGS,
    lost_silently=LOST_SILENTLY,
    known_misses={**BILLING_BUGS, **LOST_SILENTLY, **KNOWN_MISSES},
)


def test_blind_set_is_an_ordinary_inbox() -> None:
    assert_ordinary_inbox(BLIND, mails=44, confirmations=34, known_misses=KNOWN_MISSES)
