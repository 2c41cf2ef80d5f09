"""Blind corpus EJ: sessions that went differently than planned, 31 confirmations and 13
look-alikes.

The mails in tests/data/blind_ej/ (made by `python -m tools.corpus.blind_ej`, written
without reading the rules, the canonical table or the earlier blind sets' mails) report
sessions switched from video to phone and finished, started late, moved by some hours on
the same day or given by a stand-in therapist (all done in full, so confirmed), beside
sessions cut short after some minutes, broken off by a connection that did not come back
or never called after a move (not confirmed, to staff), and mails that confirm one
session and report another of the same mail as cut short.

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

BLIND = LabelledSet("blind_ej", received_at=datetime.fromisoformat("2026-12-31T12:00:00+01:00"))

# Confirmations recorded that the patient did not give. Every entry is a BILLING BUG, heads
# the report, and is the only kind of xfail the hard test allows.
BILLING_BUGS: dict[str, str] = {}

# A confirmation the patient gave, neither recorded nor handed to staff.
LOST_SILENTLY: dict[str, str] = {}

# Mails decided otherwise than labelled (the lead fills this after the first run).
KNOWN_MISSES: dict[str, str] = {
    "ej01_krueger_video_to_phone.eml": "first run at 8d5ac9f: confirmed: expected [1003], got []; needs_staff: expected False, got True",
    "ej03_krueger_two_days_standin.eml": "first run at 8d5ac9f: confirmed: expected [1005, 1006], got []; needs_staff: expected False, got True",
    "ej04_becker_cut_short_kita.eml": "first run at 8d5ac9f: dates: expected [], got ['2026-02-02']",
    "ej07_demir_phone_instead.eml": "first run at 8d5ac9f: confirmed: expected [1019], got []; needs_staff: expected False, got True",
    "ej08_demir_dropped.eml": "first run at 8d5ac9f: categories: expected {'technical', 'reschedule'}, got set()",
    "ej11_wolff_dizzy_stopped.eml": "first run at 8d5ac9f: categories: expected {'question'}, got set(); dates: expected [], got ['2026-01-23']",
    "ej13_schulz_phone_asks.eml": "first run at 8d5ac9f: confirmed: expected [1034], got []",
    "ej14_schulz_gone.eml": "first run at 8d5ac9f: categories: expected {'technical'}, got set()",
    "ej16_hoffmann_kgg_yes_mt_cut.eml": "first run at 8d5ac9f: categories: expected {'question', 'confirmation'}, got {'confirmation'}; confirmed: expected [1042], got []",
    "ej17_hoffmann_late_start.eml": "first run at 8d5ac9f: needs_staff: expected False, got True",
    "ej21_popescu_other_therapist.eml": "first run at 8d5ac9f: categories: expected {'confirmation'}, got set(); confirmation-intent: expected True, got False; confirmed: expected [1048], got []; dates: expected ['2026-06-16'], got []; needs_staff: expected False, got True",
    "ej23_richter_battery.eml": "first run at 8d5ac9f: categories: expected {'technical'}, got set()",
    "ej28_brandt_bottom_phone_rest.eml": "first run at 8d5ac9f: needs_staff: expected False, got True",
    "ej30_carter_switched_to_call.eml": "first run at 8d5ac9f: needs_staff: expected False, got True",
    "ej31_carter_therapist_left.eml": "first run at 8d5ac9f: categories: expected {'reschedule'}, got set()",
    "ej32_carter_two_sessions_cover.eml": "first run at 8d5ac9f: confirmed: expected [1071, 1072], got []; needs_staff: expected False, got True",
    "ej33_yildiz_later_all_done.eml": "first run at 8d5ac9f: categories: expected {'confirmation'}, got set(); confirmation-intent: expected True, got False; confirmed: expected [1075], got []; needs_staff: expected False, got True",
    "ej34_yildiz_one_yes_one_short.eml": "first run at 8d5ac9f: dates: expected ['2026-08-12'], got ['2026-08-12', '2026-08-26']",
    "ej37_koch_one_normal_one_broken.eml": "first run at 8d5ac9f: categories: expected {'confirmation', 'technical'}, got {'confirmation'}",
    "ej38_oneill_call_at_eight.eml": "first run at 8d5ac9f: needs_staff: expected False, got True",
    "ej41_aydin_moved_nobody_called.eml": "first run at 8d5ac9f: dates: expected [], got ['2026-03-05']",
    "ej42_berger_stand_in.eml": "first run at 8d5ac9f: confirmed: expected [1143, 1144], got [1143]; needs_staff: expected False, got True",
    "ej44_nowak_twenty_of_thirty.eml": "first run at 8d5ac9f: dates: expected [], got ['2026-11-06']",
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
    assert_ordinary_inbox(BLIND, mails=44, confirmations=31, known_misses=KNOWN_MISSES)
