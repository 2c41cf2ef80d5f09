"""Blind corpus GC: partial confirmations in everyday words, 33 confirmations and 10 look-alikes.

The mails in tests/data/blind_gc/ (made by `python -m tools.corpus.blind_gc`, written
without reading the rules, the canonical table or the earlier blind sets' mails) are
replies under our request for one day that confirm other days and leave the asked one out
or say it did not happen, whole months confirmed but one day ("alle im März außer dem
18."), "the first two yes, the third I was ill", a session confirmed and the next cancelled
or moved in the same breath, a session cut short beside full ones, a yes with a doubt about
another day, some plain multi-day confirmations, and look-alikes where nothing may be
recorded (nobody joined, five minutes only, a cancelled day, a reminder reply, a future
day, a session that was only talk).

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

BLIND = LabelledSet("blind_gc", received_at=datetime.fromisoformat("2026-12-31T12:00:00+01:00"))

# Confirmations recorded that the patient did not give. Every entry is a BILLING BUG, heads
# the report, and is the only kind of xfail the hard test allows.
BILLING_BUGS: dict[str, str] = {}

# A confirmation the patient gave, neither recorded nor handed to staff.
LOST_SILENTLY: dict[str, str] = {}

# Mails decided otherwise than labelled (the lead fills this after the first run).
KNOWN_MISSES: dict[str, str] = {
    "gc01_krueger_asked_day_ill_others_done.eml": "first run at ee5f1dd: categories: expected {'confirmation'}, got set(); confirmation-intent: expected True, got False; confirmed: expected [1005, 1007], got []",
    "gc05_demir_all_march_but_18th.eml": "first run at ee5f1dd: categories: expected {'confirmation'}, got set(); confirmation-intent: expected True, got False; confirmed: expected [1019, 1020, 1022], got []",
    "gc06_koch_march_except_wednesday_25th.eml": "first run at ee5f1dd: confirmed: expected [1109, 1111], got [1111]",
    "gc07_becker_all_february_but_19th.eml": "first run at ee5f1dd: categories: expected {'confirmation'}, got set(); confirmation-intent: expected True, got False; confirmed: expected [1010, 1011, 1012, 1013, 1014, 1016, 1017], got []; dates: expected [], got ['2026-02-19']",
    "gc29_wagner_january_but_19th_cut.eml": "first run at ee5f1dd: confirmed: expected [1124, 1126], got []",
    "gc08_neumann_first_two_yes_third_ill.eml": "first run at ee5f1dd: categories: expected {'confirmation'}, got set(); confirmation-intent: expected True, got False; confirmed: expected [1056, 1057], got []; dates: expected ['2026-07-07', '2026-07-09'], got ['2026-07-07', '2026-07-09', '2026-07-14']",
    "gc09_brandt_two_fridays_not_the_third.eml": "first run at ee5f1dd: categories: expected {'confirmation'}, got set(); confirmation-intent: expected True, got False; confirmed: expected [1063, 1064], got []",
    "gc14_jansen_today_ok_move_next_thursday.eml": "first run at ee5f1dd: categories: expected {'reschedule', 'confirmation'}, got {'confirmation'}; dates: expected ['2026-10-29'], got []",
    "gc15_hoffmann_may_one_cut_short.eml": "first run at ee5f1dd: confirmed: expected [1040, 1041, 1043, 1044], got [1040, 1041, 1044]; dates: expected ['2026-05-04', '2026-05-11', '2026-05-18', '2026-05-26'], got ['2026-05-04', '2026-05-11', '2026-05-26']",
    "gc17_richter_frozen_video_yesterday.eml": "first run at ee5f1dd: categories: expected {'confirmation', 'technical'}, got {'technical'}; confirmation-intent: expected True, got False; confirmed: expected [1051, 1052], got []; dates: expected ['2026-06-03', '2026-06-10'], got ['2026-06-03', '2026-06-10', '2026-06-17']",
    "gc19_schulz_today_yes_unsure_16_or_23.eml": "first run at ee5f1dd: confirmed: expected [1036], got []; dates: expected ['2026-04-30'], got ['2026-04-16', '2026-04-23', '2026-04-30']",
    "gc21_oneill_english_last_night_earlier_unsure.eml": "first run at ee5f1dd: dates: expected ['2026-05-05'], got ['2026-04-28', '2026-05-05']",
    "gc35_becker_was_it_not_moved.eml": "first run at ee5f1dd: categories: expected {'question'}, got set()",
    "gc36_wolff_five_minutes_only.eml": "first run at ee5f1dd: confirmation-intent: expected False, got True; dates: expected [], got ['2026-01-16']",
    "gc39_richter_overslept.eml": "first run at ee5f1dd: categories: expected {'reschedule'}, got set()",
    "gc40_brandt_power_cut.eml": "first run at ee5f1dd: categories: expected {'technical'}, got set(); dates: expected [], got ['2026-07-24']",
    "gc41_zimmermann_confirms_future_day.eml": "first run at ee5f1dd: categories: expected {'other'}, got set(); confirmation-intent: expected False, got True",
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
    assert_ordinary_inbox(BLIND, mails=43, confirmations=33, known_misses=KNOWN_MISSES)
