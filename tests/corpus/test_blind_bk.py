"""Blind corpus BK: several sessions at once, one missed or uncertain; 36 confirmations, 8 others.

The mails in tests/data/blind_bk/ (made by `python -m tools.corpus.blind_bk`, written
without reading the rules, the canonical table or the earlier blind sets' mails) confirm
two to four sessions in one mail and mention, somewhere, one that did not take place,
broke off half-way, was cancelled, or that the patient no longer remembers (a day named
only by weekday, a correction in the next sentence, "die letzten zwei"); some confirm every
session plainly. Ten look like confirmations and are not: nobody called, a session that
froze, a cancelled or already confirmed day (two of these mean to confirm and are labelled
confirmations with nothing to record), upcoming days, a wife's cancellation, a reschedule
with praise for "the last two".

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

BLIND = LabelledSet("blind_bk", received_at=datetime.fromisoformat("2026-12-31T12:00:00+01:00"))

# Confirmations recorded that the patient did not give. Every entry is a BILLING BUG, heads
# the report, and is the only kind of xfail the hard test allows.
BILLING_BUGS: dict[str, str] = {}

# A confirmation the patient gave, neither recorded nor handed to staff.
LOST_SILENTLY: dict[str, str] = {}

# Mails decided otherwise than labelled (the lead fills this after the first run).
KNOWN_MISSES: dict[str, str] = {
    "bk02_krueger_broke_off.eml": "first run at 9ff8473: categories: expected {'question', 'confirmation'}, got {'confirmation'}; dates: expected ['2026-02-17', '2026-02-24', '2026-03-03'], got ['2026-02-17', '2026-02-24', '2026-03-03', '2026-03-10']",
    "bk06_becker_stuck_in_traffic.eml": "first run at 9ff8473: categories: expected {'other', 'question'}, got {'question'}",
    "bk10_wagner_january_too.eml": "first run at 9ff8473: needs_staff: expected False, got True",
    "bk13_demir_all_but_cancelled.eml": "first run at 9ff8473: categories: expected {'confirmation'}, got set(); confirmation-intent: expected True, got False; confirmed: expected [1021, 1022, 1024], got []; dates: expected ['2026-03-18', '2026-03-25', '2026-04-08'], got ['2026-03-18', '2026-03-25']; needs_staff: expected False, got True",
    "bk14_demir_corrects_day.eml": "first run at 9ff8473: confirmed: expected [1019, 1020], got []; dates: expected ['2026-03-04', '2026-03-11'], got ['2026-03-04', '2026-03-10', '2026-03-11']; needs_staff: expected False, got True",
    "bk18_koch_already_confirmed.eml": "first run at 9ff8473: categories: expected {'question', 'confirmation'}, got {'question'}; confirmation-intent: expected True, got False; dates: expected [], got ['2026-04-15']",
    "bk20_oneill_cut_short.eml": "first run at 9ff8473: categories: expected {'question', 'confirmation'}, got {'confirmation'}; confirmed: expected [1139, 1141], got []; dates: expected ['2026-05-05', '2026-05-19'], got ['2026-05-05', '2026-05-12', '2026-05-19']",
    "bk24_berger_not_sure.eml": "first run at 9ff8473: confirmed: expected [1142, 1143], got []; dates: expected ['2026-05-06', '2026-05-13'], got ['2026-05-13', '2026-05-20']",
    "bk26_popescu_camera.eml": "first run at 9ff8473: categories: expected {'question', 'confirmation'}, got {'confirmation'}; confirmed: expected [1047, 1048], got []; dates: expected ['2026-06-09', '2026-06-16'], got ['2026-06-02', '2026-06-09', '2026-06-16']",
    "bk28_richter_short_one.eml": "first run at 9ff8473: categories: expected {'confirmation'}, got set(); confirmation-intent: expected True, got False; confirmed: expected [1054], got []; dates: expected ['2026-06-24'], got ['2026-06-24', '2026-07-01']",
    "bk29_neumann_doctor.eml": "first run at 9ff8473: categories: expected {'confirmation'}, got set(); confirmation-intent: expected True, got False; confirmed: expected [1056, 1058, 1059], got []; dates: expected ['2026-07-07', '2026-07-14', '2026-07-16'], got ['2026-07-14', '2026-07-16']",
    "bk32_brandt_holiday.eml": "first run at 9ff8473: confirmed: expected [1066, 1067], got []",
    "bk36_yildiz_first_unsure.eml": "first run at 9ff8473: categories: expected {'confirmation'}, got set(); confirmation-intent: expected True, got False; confirmed: expected [1079, 1080], got []; dates: expected ['2026-09-02', '2026-09-09'], got []",
    "bk37_vogel_nobody_joined.eml": "first run at 9ff8473: categories: expected {'other'}, got set()",
    "bk40_zimmermann_upcoming.eml": "first run at 9ff8473: categories: expected {'other'}, got set(); confirmation-intent: expected False, got True",
    "bk42_jansen_video_failed.eml": "first run at 9ff8473: categories: expected {'reschedule', 'technical', 'confirmation'}, got {'reschedule', 'confirmation'}",
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
    assert_ordinary_inbox(BLIND, mails=44, confirmations=36, known_misses=KNOWN_MISSES)
