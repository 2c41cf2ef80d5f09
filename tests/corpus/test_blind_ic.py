"""Blind corpus IC: a spring inbox (April and May 2026, Easter to Whitsun).

Forty patient mails: thirty-two confirmations (short replies under our request, new mails
naming one to three days, late answers, bottom posting, English and learners' German,
questions, wishes to move and holiday wishes beside the yes) and eight look-alikes (a
holiday cancellation, a reschedule, a missed session, a session cut short, an invoice
question, replies to a reminder and a video-link mail, a thank-you without a yes).

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

BLIND = LabelledSet("blind_ic", received_at=datetime.fromisoformat("2026-06-11T19:26:00+02:00"))

# Confirmations recorded that the patient did not give. Every entry is a BILLING BUG, heads
# the report, and is the only kind of xfail the hard test allows.
BILLING_BUGS: dict[str, str] = {}

# A confirmation the patient gave, neither recorded nor handed to staff.
LOST_SILENTLY: dict[str, str] = {}

# Mails decided otherwise than labelled (the lead fills this after the first run).
KNOWN_MISSES: dict[str, str] = {
    "ic36_oneill_abgebrochen.eml": "first run at 90a9c13b: dates: expected ['2026-05-05'], got []",
    "ic40_schulz_danke.eml": "first run at 90a9c13b: needs_staff: expected False, got True",
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
