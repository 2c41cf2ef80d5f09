"""Blind corpus IM: relatives and carers who confirm, or do not, for the patient.

41 mails from registered addresses that family members or a care home use on the patient's
behalf: a husband after his wife's stroke, a daughter for her old father, mothers for their
children, a son, a grandchild, partners, a nurse; sometimes the patient dictates. 30
confirmations (replies under our request, new mails naming up to four days, late ones;
some unsure, partial, someone else's session or naming a cancelled day, which need staff)
and 11 look-alikes (hospital, prescription, failed video, a thank-you without a yes, a
relative's own question). German, English and learners' German.

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

BLIND = LabelledSet("blind_im", received_at=datetime.fromisoformat("2026-11-11T22:15:00+01:00"))

# Confirmations recorded that the patient did not give. Every entry is a BILLING BUG, heads
# the report, and is the only kind of xfail the hard test allows.
BILLING_BUGS: dict[str, str] = {}

# A confirmation the patient gave, neither recorded nor handed to staff.
LOST_SILENTLY: dict[str, str] = {}

# Mails decided otherwise than labelled (the lead fills this after the first run).
KNOWN_MISSES: dict[str, str] = {
    "im04_becker_one_of_two.eml": "first run at 2d4d3f83: dates: expected [], got ['2026-02-16', '2026-02-22']",
    "im13_schulz_no_sound.eml": "first run at 2d4d3f83: categories: expected {'technical', 'reschedule'}, got {'technical'}",
    "im15_hoffmann_wife_did_it.eml": "first run at 2d4d3f83: dates: expected [], got ['2026-05-11']",
    "im24_carter_thank_you.eml": "first run at 2d4d3f83: categories: expected {'thanks'}, got set(); needs_staff: expected False, got True",
    "im26_yildiz_cancelled_day.eml": "first run at 2d4d3f83: categories: expected {'confirmation'}, got set(); confirmation-intent: expected True, got False; confirmed: expected [1078], got []",
    "im29_zimmermann_nobody_called.eml": "first run at 2d4d3f83: dates: expected ['2026-10-19'], got ['2026-10-19', '2026-10-26']",
    "im40_berger_not_sure.eml": "first run at 2d4d3f83: categories: expected {'confirmation', 'question'}, got {'question'}; confirmation-intent: expected True, got False",
    "im41_berger_eye_doctor.eml": "first run at 2d4d3f83: categories: expected {'cancellation', 'reschedule'}, got {'reschedule'}",
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
    assert_ordinary_inbox(BLIND, mails=41, confirmations=30, known_misses=KNOWN_MISSES)
