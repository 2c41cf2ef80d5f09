"""Blind corpus FC: sessions that went differently than planned, 32 confirmations and 10
look-alikes.

The mails in tests/data/blind_fc/ (made by `python -m tools.corpus.blind_fc`, written
without reading the rules, the canonical table or the earlier blind sets' mails) report
sessions switched from video to the phone and finished, started late but done in full,
given by another therapist or moved by a few hours on the same day (all confirmed), next
to sessions cut short, broken off or lost for good (never confirmed, staff look), often
in the same mail as a plain confirmation of another day.

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

BLIND = LabelledSet("blind_fc", received_at=datetime.fromisoformat("2026-12-31T12:00:00+01:00"))

# Confirmations recorded that the patient did not give. Every entry is a BILLING BUG, heads
# the report, and is the only kind of xfail the hard test allows.
BILLING_BUGS: dict[str, str] = {}

# A confirmation the patient gave, neither recorded nor handed to staff.
LOST_SILENTLY: dict[str, str] = {}

# Mails decided otherwise than labelled (the lead fills this after the first run).
KNOWN_MISSES: dict[str, str] = {
    "fc01_krueger_video_to_phone.eml": "first run at 697419b: confirmed: expected [1003], got []; needs_staff: expected False, got True",
    "fc04_demir_moved_same_day.eml": "first run at 697419b: confirmed: expected [1019], got []; needs_staff: expected False, got True",
    "fc08_brandt_frozen_video.eml": "first run at 697419b: needs_staff: expected False, got True",
    "fc10_yildiz_other_therapist.eml": "first run at 697419b: categories: expected {'confirmation'}, got set(); confirmation-intent: expected True, got False; confirmed: expected [1075], got []; dates: expected ['2026-08-05'], got []; needs_staff: expected False, got True",
    "fc16_nowak_two_hours_later.eml": "first run at 697419b: confirmed: expected [1116], got []; dates: expected ['2026-11-06'], got []; needs_staff: expected False, got True",
    "fc19_aydin_called_later.eml": "first run at 697419b: categories: expected {'confirmation'}, got set(); confirmation-intent: expected True, got False; confirmed: expected [1130], got []; needs_staff: expected False, got True",
    "fc22_koch_moved_afternoon.eml": "first run at 697419b: needs_staff: expected False, got True",
    "fc28_carter_dropped_en.eml": "first run at 697419b: categories: expected {'reschedule', 'confirmation'}, got {'confirmation'}",
    "fc31_richter_short_second.eml": "first run at 697419b: categories: expected {'confirmation', 'technical'}, got {'confirmation'}; dates: expected ['2026-06-03'], got ['2026-06-03', '2026-06-10']",
    "fc33_krueger_connection_gone.eml": "first run at 697419b: categories: expected {'reschedule', 'technical'}, got set()",
    "fc34_becker_therapist_left.eml": "first run at 697419b: categories: expected {'other'}, got set()",
    "fc35_demir_dizzy.eml": "first run at 697419b: categories: expected {'other'}, got set()",
    "fc36_vogel_moved_missed.eml": "first run at 697419b: categories: expected {'other'}, got set()",
    "fc38_neumann_moved_not_yet.eml": "first run at 697419b: categories: expected {'other'}, got set()",
    "fc40_schaefer_fever.eml": "first run at 697419b: categories: expected {'other'}, got set(); dates: expected [], got ['2026-10-28']",
    "fc41_nowak_moved_to_monday.eml": "first run at 697419b: dates: expected [], got ['2026-11-13']",
    "fc42_jansen_therapist_never_came.eml": "first run at 697419b: categories: expected {'technical'}, got set()",
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
    assert_ordinary_inbox(BLIND, mails=42, confirmations=32, known_misses=KNOWN_MISSES)
