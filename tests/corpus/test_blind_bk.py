"""Blind corpus BK: several sessions at once, one missed or uncertain; 36 confirmations, 8 others.

The mails in tests/data/blind_bk/ (made by `python -m tools.corpus.blind_bk`, written
without reading the rules, the canonical table or the earlier blind sets' mails) confirm
two to four sessions in one mail and mention, somewhere, one that did not take place,
broke off half-way, was cancelled, or that the patient no longer remembers (a day named
only by weekday, a correction in the next sentence, "die letzten zwei"); some confirm every
session plainly. Ten look like confirmations and are not: nobody called, a session that
froze, a cancelled or already confirmed day (two of these mean to confirm and are labelled
confirmations with nothing to record), upcoming days, a wife's cancellation, a reschedule
with praise for "the last two".

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

BLIND = LabelledSet("blind_bk", received_at=datetime.fromisoformat("2026-12-31T12:00:00+01:00"))

# Confirmations recorded that the patient did not give. Every entry is a BILLING BUG, heads
# the report, and is the only kind of xfail the hard test allows.
BILLING_BUGS: dict[str, str] = {}

# A confirmation the patient gave, neither recorded nor handed to staff.
LOST_SILENTLY: dict[str, str] = {}

# Mails decided otherwise than labelled (the lead fills this after the first run).
KNOWN_MISSES: dict[str, str] = {
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
    assert_ordinary_inbox(BLIND, mails=44, confirmations=36, known_misses=KNOWN_MISSES)
