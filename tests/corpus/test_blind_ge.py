"""Blind corpus GE: days with more than one session and sessions that went differently,
34 confirmations and 10 look-alikes.

The mails in tests/data/blind_ge/ (made by `python -m tools.corpus.blind_ge`, written
without reading the rules, the canonical table or the earlier blind sets' mails), hold
Peter Hoffmann's Monday 18.05.2026 with KG am Gerät in the morning and Manuelle Therapie
at noon, answered by kind, by time, for both, with the MT moved within the day, and
without telling the two apart; sessions switched from video to the phone, started late or
moved by a few hours and done in full (confirmed); sessions cut short, broken off for good
or never started (not confirmed, staff), often beside plain confirmations of other days in
the same mail.

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

BLIND = LabelledSet("blind_ge", received_at=datetime.fromisoformat("2026-12-31T12:00:00+01:00"))

# Confirmations recorded that the patient did not give. Every entry is a BILLING BUG, heads
# the report, and is the only kind of xfail the hard test allows.
BILLING_BUGS: dict[str, str] = {}

# A confirmation the patient gave, neither recorded nor handed to staff.
LOST_SILENTLY: dict[str, str] = {}

# Mails decided otherwise than labelled (the lead fills this after the first run).
KNOWN_MISSES: dict[str, str] = {
    "ge08_hoffmann_video_to_phone.eml": "video failed, the half hour done by phone: another kind than booked goes to staff (policy since session 20); the writer counted it held",
    "ge01_hoffmann_mt_yes_kgg_missed.eml": "first run at ee5f1dd: categories: expected {'confirmation', 'question'}, got {'confirmation'}; confirmed: expected [1043], got []",
    "ge06_hoffmann_mt_moved_afternoon.eml": "first run at ee5f1dd: confirmed: expected [1042, 1043], got []; needs_staff: expected False, got True",
    "ge07_hoffmann_unsure_which_cut.eml": "first run at ee5f1dd: categories: expected {'confirmation', 'question'}, got {'question'}; confirmation-intent: expected True, got False",
    "ge10_demir_camera_phone.eml": "first run at ee5f1dd: needs_staff: expected False, got True",
    "ge16_richter_two_days_one_switched.eml": "first run at ee5f1dd: confirmed: expected [1053, 1054], got [1053]; needs_staff: expected False, got True",
    "ge17_neumann_three_days_one_later.eml": "first run at ee5f1dd: confirmed: expected [1056, 1057, 1058], got []; needs_staff: expected False, got True",
    "ge19_carter_freeze_phone.eml": "first run at ee5f1dd: needs_staff: expected False, got True",
    "ge21_vogel_started_0715.eml": "first run at ee5f1dd: needs_staff: expected False, got True",
    "ge23_nowak_phone_instead.eml": "first run at ee5f1dd: categories: expected {'confirmation'}, got set(); confirmation-intent: expected True, got False; confirmed: expected [1117], got []; dates: expected ['2026-11-13'], got []; needs_staff: expected False, got True",
    "ge25_aydin_moved_two.eml": "first run at ee5f1dd: categories: expected {'confirmation'}, got set(); confirmation-intent: expected True, got False; confirmed: expected [1132], got []; needs_staff: expected False, got True",
    "ge30_brandt_half_then_full.eml": "first run at ee5f1dd: dates: expected ['2026-07-31'], got ['2026-07-24', '2026-07-31']",
    "ge32_koch_three_yes_one_broken.eml": "first run at ee5f1dd: dates: expected ['2026-03-23', '2026-03-25', '2026-03-30'], got ['2026-03-23', '2026-03-25', '2026-03-30', '2026-04-01']",
    "ge33_oneill_two_yes_line_cut.eml": "first run at ee5f1dd: dates: expected ['2026-04-28', '2026-05-05'], got ['2026-04-28', '2026-05-05', '2026-05-12']",
    "ge35_becker_cut_short.eml": "first run at ee5f1dd: dates: expected [], got ['2026-02-19']",
    "ge37_popescu_internet_gone.eml": "first run at ee5f1dd: categories: expected {'technical', 'question'}, got {'question'}; dates: expected [], got ['2026-06-23']",
    "ge39_yildiz_child_sick.eml": "first run at ee5f1dd: categories: expected {'other'}, got set()",
    "ge42_hartmann_waiting_room.eml": "first run at ee5f1dd: categories: expected {'technical'}, got set()",
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
    assert_ordinary_inbox(BLIND, mails=44, confirmations=34, known_misses=KNOWN_MISSES)
