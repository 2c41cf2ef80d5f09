"""Blind corpus EU: sessions that went differently than planned, 31 confirmations and 10 look-alikes.

The mails in tests/data/blind_eu/ (made by `python -m tools.corpus.blind_eu`, written
without reading the rules, the canonical table or the earlier blind sets' mails) report
sessions that did not go as booked. Confirmed are those done in full all the same: a
video session switched to the phone and finished, a late start that still ran its time, a
stand-in therapist, a session moved by some hours on the same day, often beside plain
confirmations of other days. A session cut short after some minutes, broken off for good,
never started, or of uncertain length is not confirmed and goes to staff, both alone (the
10 look-alikes, some under our request with a "ja") and beside a full session.

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

BLIND = LabelledSet("blind_eu", received_at=datetime.fromisoformat("2026-12-31T12:00:00+01:00"))

# Confirmations recorded that the patient did not give. Every entry is a BILLING BUG, heads
# the report, and is the only kind of xfail the hard test allows.
BILLING_BUGS: dict[str, str] = {}

# A confirmation the patient gave, neither recorded nor handed to staff.
LOST_SILENTLY: dict[str, str] = {}

# Mails decided otherwise than labelled (the lead fills this after the first run).
KNOWN_MISSES: dict[str, str] = {
    "eu02_demir_phone_from_start.eml": "video failed, the whole session done by phone: another kind than booked goes to staff (policy since session 20, blind IX ix27, JE je27); the writer counted it held",
    "eu23_hoffmann_both_on_18th.eml": "the morning session moved to 9:00 without a word that it was held in full: staff (the midday one recorded)",
    "eu03_schulz_laptop_crash.eml": "first run at 55da039: confirmed: expected [1034], got []; needs_staff: expected False, got True",
    "eu07_vogel_terse_outlook.eml": "first run at 55da039: needs_staff: expected False, got True",
    "eu09_hartmann_mic_broken.eml": "first run at 55da039: needs_staff: expected False, got True",
    "eu15_aydin_today_later.eml": "first run at 55da039: categories: expected {'confirmation'}, got set(); confirmation-intent: expected True, got False; confirmed: expected [1130], got []; needs_staff: expected False, got True",
    "eu17_wolff_young_man_called.eml": "first run at 55da039: confirmed: expected [1028], got []; needs_staff: expected False, got True",
    "eu18_richter_other_guy.eml": "first run at 55da039: confirmed: expected [1051], got []; needs_staff: expected False, got True",
    "eu22_becker_called_at_seven.eml": "first run at 55da039: needs_staff: expected False, got True",
    "eu28_demir_second_dropped.eml": "first run at 55da039: categories: expected {'technical', 'confirmation', 'question'}, got {'confirmation', 'question'}",
    "eu29_popescu_internet_gone.eml": "first run at 55da039: categories: expected {'technical', 'confirmation'}, got {'confirmation'}",
    "eu31_berger_husband_hospital.eml": "first run at 55da039: dates: expected ['2026-05-06'], got ['2026-05-06', '2026-05-13']",
    "eu32_wolff_line_dead.eml": "first run at 55da039: categories: expected {'technical'}, got set()",
    "eu33_schulz_five_minutes.eml": "first run at 55da039: dates: expected [], got ['2026-04-23']",
    "eu34_hoffmann_therapist_emergency.eml": "first run at 55da039: dates: expected [], got ['2026-05-26']",
    "eu35_richter_only_twenty.eml": "first run at 55da039: dates: expected [], got ['2026-06-10']",
    "eu36_neumann_doorbell.eml": "first run at 55da039: categories: expected {'other'}, got set(); confirmation-intent: expected False, got True; dates: expected [], got ['2026-07-14']",
    "eu38_carter_cut_off.eml": "first run at 55da039: categories: expected {'technical', 'reschedule'}, got set()",
    "eu39_lehmann_library_wifi.eml": "first run at 55da039: categories: expected {'technical'}, got set()",
    "eu40_schaefer_unsure.eml": "first run at 55da039: categories: expected {'other'}, got set(); dates: expected [], got ['2026-10-14']",
    "eu41_koch_knee_swollen.eml": "first run at 55da039: dates: expected [], got ['2026-03-25', '2026-03-30']",
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
    assert_ordinary_inbox(BLIND, mails=41, confirmations=31, known_misses=KNOWN_MISSES)
