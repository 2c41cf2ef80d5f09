"""Blind corpus IS: confirmations full of dates and numbers that are not sessions.

Forty patient mails, thirty confirmations and ten look-alikes. Each confirmation carries
quote headers, forwarded mails, birth and prescription dates, next appointments, doctor's
appointments, vacations, phone, insurance and invoice numbers, signature dates and times;
some confirm one day and mention others cut short, cancelled or to be moved. The
look-alikes: only quoted or forwarded confirmations, mails about the next appointment, a
bill question naming session dates, a cancelled or missed session, a plain thank-you.

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

BLIND = LabelledSet("blind_is", received_at=datetime.fromisoformat("2026-11-29T16:00:00+01:00"))

# Confirmations recorded that the patient did not give. Every entry is a BILLING BUG, heads
# the report, and is the only kind of xfail the hard test allows.
BILLING_BUGS: dict[str, str] = {}

# A confirmation the patient gave, neither recorded nor handed to staff.
LOST_SILENTLY: dict[str, str] = {}

# Mails decided otherwise than labelled (the lead fills this after the first run).
KNOWN_MISSES: dict[str, str] = {
    "is06_becker_thanks.eml": "first run at 6ea02a56: needs_staff: expected False, got True",
    "is13_hoffmann_bill_question.eml": "first run at 6ea02a56: dates: expected [], got ['2026-05-18', '2026-05-26', '2026-06-05']",
    "is14_popescu_insurance_number.eml": "first run at 6ea02a56: categories: expected {'confirmation', 'other'}, got {'confirmation'}; needs_staff: expected True, got False",
    "is15_popescu_two_and_next.eml": "first run at 6ea02a56: categories: expected {'confirmation', 'question'}, got {'confirmation'}",
    "is17_richter_move_next.eml": "first run at 6ea02a56: categories: expected {'reschedule'}, got set()",
    "is18_neumann_eye_doctor.eml": "first run at 6ea02a56: categories: expected {'confirmation', 'reschedule'}, got {'confirmation'}",
    "is19_neumann_three.eml": "first run at 6ea02a56: confirmed: expected [1057, 1058, 1059], got []; needs_staff: expected False, got True",
    "is22_carter_edinburgh.eml": "first run at 6ea02a56: dates: expected ['2026-08-10', '2026-08-17'], got ['2026-07-30', '2026-08-10', '2026-08-17']",
    "is24_yildiz_cancelled_request.eml": "first run at 6ea02a56: dates: expected [], got ['2026-08-17']",
    "is28_zimmermann_forwarded_old.eml": "first run at 6ea02a56: dates: expected [], got ['2026-10-12', '2026-10-26']",
    "is30_jansen_late_join.eml": "first run at 6ea02a56: dates: expected ['2026-10-29', '2026-11-05'], got ['2026-10-29']",
    "is31_koch_easter.eml": "first run at 6ea02a56: dates: expected ['2026-03-25', '2026-03-30', '2026-04-01', '2026-04-08', '2026-04-13'], got ['2026-03-25', '2026-03-30', '2026-04-01', '2026-04-02', '2026-04-07', '2026-04-08', '2026-04-13']; needs_staff: expected False, got True",
    "is35_wagner_tomorrow.eml": "first run at 6ea02a56: categories: expected {'other'}, got set(); needs_staff: expected False, got True",
    "is36_aydin_new_number.eml": "first run at 6ea02a56: categories: expected {'confirmation', 'other'}, got {'confirmation'}; needs_staff: expected True, got False",
    "is38_oneill_mixed.eml": "first run at 6ea02a56: dates: expected ['2026-04-21', '2026-04-28', '2026-05-05'], got ['2026-04-21', '2026-04-23', '2026-04-27', '2026-04-28', '2026-05-05']; needs_staff: expected False, got True",
    "is39_oneill_mobile_tomorrow.eml": "first run at 6ea02a56: categories: expected {'other'}, got set()",
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
    assert_ordinary_inbox(BLIND, mails=40, confirmations=30, known_misses=KNOWN_MISSES)
