"""Blind corpus BX: a plain, representative inbox of the whole year, 32 confirmations and
10 look-alikes.

The mails in tests/data/blind_bx/ (made by `python -m tools.corpus.blind_bx`, written
without reading the rules, the canonical table or the earlier blind sets' mails), the
patients of practice.toml as they really answer: mostly short replies under our request
(one word, an emoji, a date alone, a yes in the subject line, bottom-posted) from web.de,
Gmail, iPhone, Outlook, Thunderbird, T-Online, Samsung and Yahoo, some new mails naming
several days, a few late ones, a few with a question, a reschedule wish or a missed day
beside the yes; and the usual look-alikes: a cancellation, a reschedule, a question about a
coming session, a missed session, a session nobody came to, replies to a reminder.

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

BLIND = LabelledSet("blind_bx", received_at=datetime.fromisoformat("2026-12-31T12:00:00+01:00"))

# Confirmations recorded that the patient did not give. Every entry is a BILLING BUG, heads
# the report, and is the only kind of xfail the hard test allows.
BILLING_BUGS: dict[str, str] = {}

# A confirmation the patient gave, neither recorded nor handed to staff.
LOST_SILENTLY: dict[str, str] = {}

# Mails decided otherwise than labelled (the lead fills this after the first run).
KNOWN_MISSES: dict[str, str] = {
    "bx07_yildiz_heute.eml": "first run at eeefca0: dates: expected ['2026-08-05'], got []",
    "bx28_krueger_einer_krank.eml": "first run at eeefca0: categories: expected {'confirmation', 'other'}, got {'confirmation'}",
    "bx39_aydin_kein_anruf.eml": "first run at eeefca0: categories: expected {'other'}, got set()",
    "bx41_krueger_morgen.eml": "first run at eeefca0: needs_staff: expected False, got True",
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
    assert_ordinary_inbox(BLIND, mails=42, confirmations=32, known_misses=KNOWN_MISSES)
