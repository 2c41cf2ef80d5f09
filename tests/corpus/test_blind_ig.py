"""Blind corpus IG: the practice inbox of April 2026, answers for April and late ones for Q1.

39 mails from patients and their families: answers to our requests for the April sessions
(twice a week, weekly, a child's parents, an English patient), late confirmations of
February and March sessions after an invoice, a phone call or a spam folder, one naming a
day without an appointment, one repeating an answer already recorded, some with a question,
a wish or a cancellation beside the yes; and 8 look-alikes (a cancellation, a move, a missed
and a cut-short session, a video-link problem, a prescription question, a thank-you, a
reply to a reminder).

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

BLIND = LabelledSet("blind_ig", received_at=datetime.fromisoformat("2026-05-01T17:15:00+02:00"))

# Confirmations recorded that the patient did not give. Every entry is a BILLING BUG, heads
# the report, and is the only kind of xfail the hard test allows.
BILLING_BUGS: dict[str, str] = {}

# A confirmation the patient gave, neither recorded nor handed to staff.
LOST_SILENTLY: dict[str, str] = {}

# Mails decided otherwise than labelled (the lead fills this after the first run).
KNOWN_MISSES: dict[str, str] = {
    "ig04_becker_invoice_three_days.eml": "first run at 47083b9a: confirmed: expected [1014, 1015, 1016], got []; dates: expected ['2026-02-16', '2026-02-19', '2026-02-23'], got ['2026-02-16', '2026-02-19', '2026-02-23', '2026-02-26']",
    "ig09_becker_26th_after_all.eml": "first run at 47083b9a: confirmed: expected [1017], got []; dates: expected ['2026-02-26'], got ['2026-02-26', '2026-04-07']; needs_staff: expected False, got True",
    "ig14_aydin_prescription.eml": "first run at 47083b9a: confirmation-intent: expected False, got True",
    "ig15_koch_son_march_three.eml": "first run at 47083b9a: confirmed: expected [1109, 1110], got []",
    "ig16_koch_wish_mornings.eml": "first run at 47083b9a: categories: expected {'reschedule', 'confirmation'}, got {'confirmation'}",
    "ig26_wagner_after_call.eml": "first run at 47083b9a: dates: expected ['2026-02-09', '2026-02-16'], got ['2026-02-09', '2026-02-16', '2026-04-16']; needs_staff: expected False, got True",
    "ig28_koch_thank_you.eml": "first run at 47083b9a: needs_staff: expected False, got True",
    "ig29_wolff_two_after_call.eml": "first run at 47083b9a: dates: expected ['2026-02-13', '2026-02-20'], got ['2026-02-13', '2026-02-20', '2026-04-13', '2026-04-19']; needs_staff: expected False, got True",
    "ig31_demir_march_three.eml": "first run at 47083b9a: dates: expected ['2026-03-04', '2026-03-11', '2026-03-18'], got ['2026-03-04', '2026-03-11', '2026-03-18', '2026-04-20']; needs_staff: expected False, got True",
    "ig32_oneill_cut_off.eml": "first run at 47083b9a: categories: expected {'technical'}, got set(); dates: expected ['2026-04-21'], got []",
    "ig34_schulz_forgot.eml": "first run at 47083b9a: categories: expected {'reschedule'}, got set()",
    "ig36_oneill_reminder_mobile.eml": "first run at 47083b9a: categories: expected {'other'}, got set()",
    "ig38_oneill_invoice_summary.eml": "first run at 47083b9a: dates: expected ['2026-04-14', '2026-04-21', '2026-04-28'], got ['2026-04-14', '2026-04-28']",
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
    assert_ordinary_inbox(BLIND, mails=39, confirmations=31, known_misses=KNOWN_MISSES)
