"""Blind corpus EP: sessions that went differently than planned, 30 confirmations and 10
look-alikes.

The mails in tests/data/blind_ep/ (made by `python -m tools.corpus.blind_ep`, written
without reading the rules, the canonical table or the earlier blind sets' mails) report
sessions switched from video to phone half-way, started late, given by another therapist
or moved by some hours on the same day, all done in full and confirmed; and sessions cut
short after some minutes, broken off or whose connection dropped for good, which are not
confirmed and reach staff, often beside a plain confirmation of another day in the same
mail.

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

BLIND = LabelledSet("blind_ep", received_at=datetime.fromisoformat("2026-12-31T12:00:00+01:00"))

# Confirmations recorded that the patient did not give. Every entry is a BILLING BUG, heads
# the report, and is the only kind of xfail the hard test allows.
BILLING_BUGS: dict[str, str] = {}

# A confirmation the patient gave, neither recorded nor handed to staff.
LOST_SILENTLY: dict[str, str] = {}

# Mails decided otherwise than labelled (the lead fills this after the first run).
KNOWN_MISSES: dict[str, str] = {
    "ep01_krueger_video_to_phone.eml": "first run at 79e5d75: needs_staff: expected False, got True",
    "ep12_carter_froze_finished_phone.eml": "first run at 79e5d75: needs_staff: expected False, got True",
    "ep17_lehmann_two_one_switched.eml": "first run at 79e5d75: needs_staff: expected False, got True",
    "ep06_hoffmann_moved_same_day_both.eml": "first run at 79e5d75: confirmed: expected [1042, 1043], got []; needs_staff: expected False, got True",
    "ep15_vogel_half_hour_later.eml": "first run at 79e5d75: needs_staff: expected False, got True",
    "ep18_zimmermann_other_therapist.eml": "first run at 79e5d75: confirmed: expected [1094], got []; dates: expected ['2026-10-12'], got []; needs_staff: expected False, got True",
    "ep40_popescu_other_and_dropped.eml": "first run at 79e5d75: categories: expected {'confirmation', 'technical'}, got set(); confirmation-intent: expected True, got False; confirmed: expected [1048], got []; dates: expected ['2026-06-16'], got []",
    "ep41_hartmann_two_second_by_phone.eml": "first run at 79e5d75: confirmed: expected [1120, 1122], got []; needs_staff: expected False, got True",
    "ep10_neumann_one_done_one_short.eml": "first run at 79e5d75: categories: expected {'confirmation', 'other'}, got {'confirmation'}; dates: expected ['2026-07-16'], got ['2026-07-16', '2026-07-21']",
    "ep29_oneill_short_and_fine.eml": "first run at 79e5d75: categories: expected {'confirmation', 'technical'}, got {'confirmation'}",
    "ep31_berger_stopped_then_normal.eml": "first run at 79e5d75: categories: expected {'confirmation', 'other'}, got {'confirmation'}; dates: expected ['2026-05-27'], got ['2026-05-20', '2026-05-27']",
    "ep03_demir_cut_short.eml": "first run at 79e5d75: categories: expected {'other'}, got set(); dates: expected [], got ['2026-03-11']",
    "ep04_wolff_dropped_for_good.eml": "first run at 79e5d75: categories: expected {'technical'}, got set()",
    "ep19_zimmermann_battery.eml": "first run at 79e5d75: categories: expected {'technical'}, got set()",
    "ep23_koch_line_gone.eml": "first run at 79e5d75: categories: expected {'technical'}, got set()",
    "ep25_hartmann_only_15_min.eml": "first run at 79e5d75: categories: expected {'reschedule', 'question'}, got {'question'}; dates: expected [], got ['2026-11-10']",
    "ep35_richter_moved_could_not.eml": "first run at 79e5d75: categories: expected {'reschedule'}, got set(); dates: expected [], got ['2026-06-24']",
    "ep42_jansen_stopped_knee.eml": "first run at 79e5d75: categories: expected {'other'}, got set(); dates: expected [], got ['2026-11-05']",
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
