"""Blind corpus HB: a plain inbox of an ordinary summer month, 32 confirmations and 9 look-alikes.

The mails in tests/data/blind_hb/ (made by `python -m tools.corpus.blind_hb`, written
without reading the rules, the canonical table or the earlier blind sets' mails), June to
August 2026: mostly short replies under our request (a yes, a date, a thumbs-up), some new
mails naming one or two days, a few a week or more late, a few with a question or a
reschedule wish beside the yes, some bottom-posted, English and learners' German; one
"confirmation" of a day with no appointment (counted among the confirmations, recording
nothing); and look-alikes: a cancellation, a reschedule, a question about a coming session,
a missed and a broken-off session, replies to a reminder and a video link, a thank-you.

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

BLIND = LabelledSet("blind_hb", received_at=datetime.fromisoformat("2026-12-31T12:00:00+01:00"))

# Confirmations recorded that the patient did not give. Every entry is a BILLING BUG, heads
# the report, and is the only kind of xfail the hard test allows.
BILLING_BUGS: dict[str, str] = {}

# A confirmation the patient gave, neither recorded nor handed to staff.
LOST_SILENTLY: dict[str, str] = {}

# Mails decided otherwise than labelled (the lead fills this after the first run).
KNOWN_MISSES: dict[str, str] = {
    "hb33_popescu_move.eml": "first run at 187c75c: categories: expected {'reschedule'}, got set()",
    "hb35_brandt_missed.eml": "first run at 187c75c: categories: expected {'question', 'other'}, got {'question'}",
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
    assert_ordinary_inbox(BLIND, mails=41, confirmations=32, known_misses=KNOWN_MISSES)
