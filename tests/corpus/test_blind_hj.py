"""Blind corpus HJ: an ordinary spring inbox (March and April 2026, Easter included).

40 mails of seven patients: 32 confirmations (short replies under our request, new mails
naming one to three days, late answers after Easter, autocorrect slips, English,
learners' German, a relative writing for the patient, a question or a wish to move beside
the yes, bottom posting) and 8 look-alikes (a cancellation, a reschedule, a missed
session, a prescription question, replies to a reminder and to a video-link mail, a
thank-you without a yes, a session cut short).

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

BLIND = LabelledSet("blind_hj", received_at=datetime.fromisoformat("2026-05-01T18:10:00+02:00"))

# Confirmations recorded that the patient did not give. Every entry is a BILLING BUG, heads
# the report, and is the only kind of xfail the hard test allows.
BILLING_BUGS: dict[str, str] = {}

# A confirmation the patient gave, neither recorded nor handed to staff.
LOST_SILENTLY: dict[str, str] = {}

# Mails decided otherwise than labelled (the lead fills this after the first run).
KNOWN_MISSES: dict[str, str] = {
    "hj15_demir_drei_termine.eml": "first run at c65226d0: confirmed: expected [1019, 1020, 1021], got []; needs_staff: expected False, got True",
    "hj34_becker_abgebrochen.eml": "first run at c65226d0: categories: expected {'other'}, got set(); confirmation-intent: expected False, got True; dates: expected ['2026-03-02'], got []",
    "hj36_demir_videolink.eml": "first run at c65226d0: categories: expected {'question', 'technical'}, got {'question'}",
    "hj38_oneill_thanks.eml": "first run at c65226d0: needs_staff: expected False, got True",
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
