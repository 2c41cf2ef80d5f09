"""Blind corpus IW: one ordinary September inbox, 32 confirmations and 8 look-alikes.

40 mails of September 2026: short replies under our request on the day or a few days
later, late catch-ups for June, July and August (and two from March and one from May) under
old requests or in new mails naming one to six days, relatives and a secretary writing from
the patient's account, English and learners' German, a question, wish or cancellation
beside some yeses, a reply to an already confirmed appointment, a session cut short, and
look-alikes: a prescription question, a video problem, a thank-you, a missed session, a
reply to a reminder, a move, a forms question and a cancellation.

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

BLIND = LabelledSet("blind_iw", received_at=datetime.fromisoformat("2026-10-01T08:30:00+02:00"))

# Confirmations recorded that the patient did not give. Every entry is a BILLING BUG, heads
# the report, and is the only kind of xfail the hard test allows.
BILLING_BUGS: dict[str, str] = {}

# A confirmation the patient gave, neither recorded nor handed to staff.
LOST_SILENTLY: dict[str, str] = {}

# Mails decided otherwise than labelled (the lead fills this after the first run).
KNOWN_MISSES: dict[str, str] = {
    "iw18_emily_thank_you.eml": "first run at 00391f2f: categories: expected {'thanks'}, got set(); needs_staff: expected False, got True",
    "iw25_anna_date_afterwards.eml": "first run at 00391f2f: categories: expected {'confirmation'}, got set(); confirmation-intent: expected True, got False; confirmed: expected [1088], got []; needs_staff: expected False, got True",
    "iw28_elena_husband_june.eml": "first run at 00391f2f: needs_staff: expected False, got True",
    "iw30_lukas_july_list.eml": "first run at 00391f2f: confirmed: expected [1063, 1064, 1065, 1067], got []; dates: expected ['2026-07-03', '2026-07-10', '2026-07-17', '2026-07-31'], got ['2026-07-03', '2026-07-10', '2026-07-17', '2026-07-24']",
    "iw32_anna_cut_short.eml": "first run at 00391f2f: categories: expected {'technical', 'confirmation'}, got {'confirmation'}",
    "iw40_birgit_cancel.eml": "first run at 00391f2f: confirmation-intent: expected False, got True",
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
    assert_ordinary_inbox(BLIND, mails=40, confirmations=32, known_misses=KNOWN_MISSES)
