"""Blind corpus HR: answers that do not fit the thread they are in.

Replies under an old confirmation request that confirm newer sessions, replies to a
reminder or a video-link mail that confirm the last session, one answer to several of our
requests, forwards of our request with a line on top, rewritten subjects, "wie immer" weeks
later, a new mail quoting an old request; look-alikes that only answer the thread's own
business (time fits, link works, will be there) or ask a question.

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

BLIND = LabelledSet("blind_hr", received_at=datetime.fromisoformat("2026-11-20T08:30:00+01:00"))

# Confirmations recorded that the patient did not give. Every entry is a BILLING BUG, heads
# the report, and is the only kind of xfail the hard test allows.
BILLING_BUGS: dict[str, str] = {}

# A confirmation the patient gave, neither recorded nor handed to staff.
LOST_SILENTLY: dict[str, str] = {}

# Mails decided otherwise than labelled (the lead fills this after the first run).
KNOWN_MISSES: dict[str, str] = {
    "hr10_demir_link_works.eml": "first run at d03930e6: needs_staff: expected False, got True",
    "hr11_wolff_old_request_newer_and_question.eml": "first run at d03930e6: dates: expected ['2026-01-23', '2026-01-30', '2026-02-06'], got ['2026-01-16', '2026-01-23', '2026-01-30', '2026-02-06']",
    "hr22_neumann_reminder_at_home.eml": "first run at d03930e6: needs_staff: expected False, got True",
    "hr25_carter_link_works.eml": "first run at d03930e6: needs_staff: expected False, got True",
    "hr28_yildiz_reminder_later.eml": "first run at d03930e6: categories: expected {'reschedule'}, got set()",
    "hr35_jansen_request_connection.eml": "first run at d03930e6: dates: expected ['2026-11-05'], got []",
    "hr39_wagner_old_request_with_cancelled.eml": "first run at d03930e6: categories: expected {'confirmation'}, got set(); confirmation-intent: expected True, got False; confirmed: expected [1124, 1125, 1126, 1128], got []; needs_staff: expected False, got True",
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
    assert_ordinary_inbox(BLIND, mails=43, confirmations=32, known_misses=KNOWN_MISSES)
