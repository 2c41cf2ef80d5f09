"""Blind corpus DR: sessions that went differently than planned, 31 confirmations and 10
look-alikes.

The mails in tests/data/blind_dr/ (made by `python -m tools.corpus.blind_dr`, written
without reading the rules, the canonical table or the earlier blind sets' mails) are
about sessions that did not go as booked: a video session switched to the phone half-way
and finished, a late start made up in full, another therapist than usual, a session moved
by a few hours on the same day (confirmed, as they were done in full), beside plain
confirmations of other days and beside sessions cut short, broken off or moved to another
day (not confirmed, staff). The look-alikes confirm nothing: a session cut short after a
few minutes, a connection that dropped for good, a therapist who never came, a yes to our
reminder naming a moved hour, a short call the patient is not sure was the treatment.

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

BLIND = LabelledSet("blind_dr", received_at=datetime.fromisoformat("2026-12-31T12:00:00+01:00"))

# Confirmations recorded that the patient did not give. Every entry is a BILLING BUG, heads
# the report, and is the only kind of xfail the hard test allows.
BILLING_BUGS: dict[str, str] = {}

# A confirmation the patient gave, neither recorded nor handed to staff.
LOST_SILENTLY: dict[str, str] = {}

# Mails decided otherwise than labelled (the lead fills this after the first run).
KNOWN_MISSES: dict[str, str] = {
    "dr20_wagner_four_days.eml": "26.1. 'telefoniert statt Video': another kind than booked goes to staff (policy since session 20); the other three recorded",
    "dr03_wolff_other_therapist.eml": "first run at cbd53ee: confirmed: expected [1028], got []; needs_staff: expected False, got True",
    "dr04_demir_crash_then_phone.eml": "first run at cbd53ee: dates: expected ['2026-03-11'], got []",
    "dr05_schulz_moved_to_evening.eml": "first run at cbd53ee: confirmed: expected [1034], got []; needs_staff: expected False, got True",
    "dr06_hoffmann_both_on_the_18th.eml": "first run at cbd53ee: confirmed: expected [1042, 1043], got []; needs_staff: expected False, got True",
    "dr08_richter_frozen_picture.eml": "first run at cbd53ee: confirmed: expected [1051], got []; needs_staff: expected False, got True",
    "dr12_vogel_late_start_full.eml": "first run at cbd53ee: needs_staff: expected False, got True",
    "dr15_schaefer_office_camera.eml": "first run at cbd53ee: confirmed: expected [1098], got []; needs_staff: expected False, got True",
    "dr16_jansen_moved_to_one.eml": "first run at cbd53ee: confirmed: expected [1104], got []; needs_staff: expected False, got True",
    "dr21_aydin_other_therapist.eml": "first run at cbd53ee: categories: expected {'confirmation'}, got set(); confirmation-intent: expected True, got False; confirmed: expected [1130], got []; dates: expected ['2026-02-19'], got []; needs_staff: expected False, got True",
    "dr22_berger_call_at_eleven.eml": "first run at cbd53ee: confirmed: expected [1142], got []; needs_staff: expected False, got True",
    "dr24_demir_substitute.eml": "first run at cbd53ee: confirmed: expected [1021, 1022], got []; dates: expected ['2026-03-18', '2026-03-25'], got []; needs_staff: expected False, got True",
    "dr25_popescu_video_then_phone.eml": "first run at cbd53ee: confirmed: expected [1047, 1048], got [1047]; needs_staff: expected False, got True",
    "dr27_carter_substitute_and_move.eml": "first run at cbd53ee: categories: expected {'confirmation', 'reschedule'}, got {'reschedule'}; confirmation-intent: expected True, got False; confirmed: expected [1070], got []; dates: expected ['2026-08-10'], got []",
    "dr28_oneill_second_cut_short.eml": "first run at cbd53ee: categories: expected {'question', 'confirmation'}, got {'confirmation'}; confirmed: expected [1136], got []; dates: expected ['2026-04-14'], got ['2026-04-14', '2026-04-21']",
    "dr29_becker_thursday_on_friday.eml": "first run at cbd53ee: categories: expected {'confirmation', 'other'}, got {'confirmation'}; dates: expected ['2026-02-09', '2026-02-13'], got ['2026-02-09']",
    "dr30_wolff_third_stopped.eml": "first run at cbd53ee: categories: expected {'confirmation', 'other'}, got {'confirmation'}; dates: expected ['2026-01-23', '2026-01-30'], got ['2026-01-23', '2026-01-30', '2026-02-06']",
    "dr31_schulz_second_dropped.eml": "first run at cbd53ee: categories: expected {'technical', 'confirmation'}, got {'confirmation'}",
    "dr33_brandt_dropped_for_good.eml": "first run at cbd53ee: confirmation-intent: expected False, got True",
    "dr34_richter_five_minutes.eml": "first run at cbd53ee: categories: expected {'question'}, got set()",
    "dr35_jansen_reminder_moved.eml": "first run at cbd53ee: categories: expected {'question', 'reschedule'}, got {'question'}",
    "dr37_schaefer_nobody_came.eml": "first run at cbd53ee: dates: expected [], got ['2026-10-14']",
    "dr38_nowak_late_and_ended_on_time.eml": "first run at cbd53ee: dates: expected [], got ['2026-11-13']",
    "dr39_koch_not_sure_it_was_it.eml": "first run at cbd53ee: dates: expected [], got ['2026-04-08']",
    "dr40_aydin_missed_call.eml": "first run at cbd53ee: categories: expected {'reschedule'}, got set()",
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
