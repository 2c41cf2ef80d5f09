"""Blind corpus CF: a plain inbox of the whole year, 32 confirmations and 11 look-alikes.

The mails in tests/data/blind_cf/ (made by `python -m tools.corpus.blind_cf`, written
without reading the rules, the canonical table or the earlier blind sets' mails), lean
towards mail written by or for someone else: spouses, grown-up children, a parent, a care
service and an office reception writing for the patient from the patient's shared
registered address or from their own address with the patient in copy, and patients
writing from an address the practice does not know (those confirmations go to staff).
Besides: short replies under our request in many mail programs, with and without the
date, several days at once, late batches, a question or a missed day beside the yes; and
the look-alikes: cancellations, reschedule wishes, questions about a coming session,
missed or broken-off sessions, replies to a reminder.

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

BLIND = LabelledSet("blind_cf", received_at=datetime.fromisoformat("2026-12-31T12:00:00+01:00"))

# Confirmations recorded that the patient did not give. Every entry is a BILLING BUG, heads
# the report, and is the only kind of xfail the hard test allows.
BILLING_BUGS: dict[str, str] = {}

# A confirmation the patient gave, neither recorded nor handed to staff.
LOST_SILENTLY: dict[str, str] = {}

# Mails decided otherwise than labelled (the lead fills this after the first run).
KNOWN_MISSES: dict[str, str] = {
    "cf02_krueger_husband.eml": "first run at 78b32a4: patient: expected 1, got None",
    "cf04_becker_wife_shared.eml": "first run at 78b32a4: confirmed: expected [1016], got []; needs_staff: expected False, got True",
    "cf05_wolff_daughter_three.eml": "first run at 78b32a4: categories: expected {'confirmation'}, got set(); confirmation-intent: expected True, got False; patient: expected 4, got None",
    "cf06_wolff_nobody_called.eml": "first run at 78b32a4: categories: expected {'question', 'other'}, got {'question'}",
    "cf11_oneill_wife.eml": "first run at 78b32a4: patient: expected 23, got None",
    "cf16_berger_daughter_missed.eml": "first run at 78b32a4: patient: expected 24, got None; dates: expected ['2026-05-06', '2026-05-13'], got ['2026-05-06', '2026-05-13', '2026-05-20']",
    "cf19_hoffmann_broken_off.eml": "first run at 78b32a4: dates: expected [], got ['2026-05-26']",
    "cf21_popescu_son_english.eml": "first run at 78b32a4: patient: expected 7, got None",
    "cf22_richter_work_address.eml": "first run at 78b32a4: patient: expected 8, got None",
    "cf24_neumann_care_service.eml": "first run at 78b32a4: patient: expected 9, got None",
    "cf25_neumann_son_question.eml": "first run at 78b32a4: categories: expected {'confirmation', 'reschedule'}, got {'confirmation'}; patient: expected 9, got None",
    "cf28_carter_husband.eml": "first run at 78b32a4: categories: expected {'confirmation'}, got set(); confirmation-intent: expected True, got False; patient: expected 11, got None",
    "cf32_vogel_reception.eml": "first run at 78b32a4: patient: expected 13, got None",
    "cf34_lehmann_private_address.eml": "first run at 78b32a4: patient: expected 14, got None",
    "cf39_schaefer_two_and_time.eml": "first run at 78b32a4: categories: expected {'confirmation', 'reschedule'}, got set(); confirmation-intent: expected True, got False; confirmed: expected [1099, 1100], got []; dates: expected ['2026-10-14', '2026-10-21'], got []",
    "cf41_jansen_overslept.eml": "first run at 78b32a4: categories: expected {'reschedule'}, got set()",
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
