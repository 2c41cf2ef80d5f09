"""Blind corpus JF: one June inbox, 40 mails from patients and their families.

Replies to our confirmation request on the day or weeks later and new mails naming one or
several days, in German, learners' German and English, some from a mother, a daughter or
a husband, some with a question or a wish beside the yes; eight look-alikes (a form, a
prescription question, a video that never connected, a missed session, a thank-you, a
move, a reply to a reminder, a cancellation).

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

BLIND = LabelledSet("blind_jf", received_at=datetime.fromisoformat("2026-07-01T19:05:00+02:00"))

# Confirmations recorded that the patient did not give. Every entry is a BILLING BUG, heads
# the report, and is the only kind of xfail the hard test allows.
BILLING_BUGS: dict[str, str] = {}

# A confirmation the patient gave, neither recorded nor handed to staff.
LOST_SILENTLY: dict[str, str] = {}

# Mails decided otherwise than labelled (the lead fills this after the first run).
KNOWN_MISSES: dict[str, str] = {
    "jf05_oneill_may_catchup.eml": "first run at aa962d8a: confirmed: expected [1140, 1141], got []; dates: expected ['2026-05-12', '2026-05-19'], got []; needs_staff: expected False, got True",
    "jf10_hoffmann_prescription.eml": "first run at aa962d8a: dates: expected [], got ['2026-06-01']",
    "jf17_popescu_june9_later.eml": "first run at aa962d8a: categories: expected {'reschedule', 'confirmation'}, got {'confirmation'}",
    "jf23_hoffmann_thank_you.eml": "first run at aa962d8a: categories: expected {'thanks'}, got set(); needs_staff: expected False, got True",
    "jf27_richter_missed.eml": "first run at aa962d8a: categories: expected {'other', 'reschedule'}, got set()",
    "jf36_richter_june3_not_june10.eml": "first run at aa962d8a: categories: expected {'technical', 'confirmation'}, got {'confirmation'}",
    "jf38_popescu_two_tuesdays.eml": "first run at aa962d8a: categories: expected {'confirmation'}, got set(); confirmation-intent: expected True, got False; confirmed: expected [1047, 1048], got []; needs_staff: expected False, got True",
    "jf39_schulz_marie_herself.eml": "first run at aa962d8a: categories: expected {'confirmation'}, got set(); confirmation-intent: expected True, got False; confirmed: expected [1038], got []; needs_staff: expected False, got True",
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
