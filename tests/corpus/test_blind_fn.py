"""Blind corpus FN: sessions that went differently than planned, 31 confirmations and 10
look-alikes.

The mails in tests/data/blind_fn/ (made by `python -m tools.corpus.blind_fn`, written
without reading the rules, the canonical table or the earlier blind sets' mails) tell of
sessions that did not go as planned: a video switched to the phone half-way and finished,
a late start done in full, another therapist than usual, a session moved by a few hours on
the same day, often beside plain confirmations of other days. Those done in full are
confirmed; sessions cut short after minutes, broken off for good, never called or only
acknowledged before they took place are not, and reach staff (but the acknowledgement).

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

BLIND = LabelledSet("blind_fn", received_at=datetime.fromisoformat("2026-12-31T12:00:00+01:00"))

# Confirmations recorded that the patient did not give. Every entry is a BILLING BUG, heads
# the report, and is the only kind of xfail the hard test allows.
BILLING_BUGS: dict[str, str] = {}

# A confirmation the patient gave, neither recorded nor handed to staff.
LOST_SILENTLY: dict[str, str] = {}

# Mails decided otherwise than labelled (the lead fills this after the first run).
KNOWN_MISSES: dict[str, str] = {
    "fn01_krueger_video_to_phone.eml": "first run at 473acf9: needs_staff: expected False, got True",
    "fn07_carter_froze_phone.eml": "first run at 473acf9: needs_staff: expected False, got True",
    "fn09_neumann_two_days_other_voice.eml": "first run at 473acf9: categories: expected {'confirmation'}, got set(); confirmation-intent: expected True, got False; confirmed: expected [1056, 1057], got []; needs_staff: expected False, got True",
    "fn12_lehmann_no_sound_phone.eml": "first run at 473acf9: confirmed: expected [1087], got []; dates: expected ['2026-09-08'], got []; needs_staff: expected False, got True",
    "fn15_jansen_iphone_switch.eml": "first run at 473acf9: confirmed: expected [1104], got []; needs_staff: expected False, got True",
    "fn23_hoffmann_late_start.eml": "first run at 473acf9: needs_staff: expected False, got True",
    "fn24_carter_two_substitute.eml": "first run at 473acf9: needs_staff: expected False, got True",
    "fn26_jansen_second_session_plain.eml": "first run at 473acf9: categories: expected {'confirmation'}, got set(); confirmation-intent: expected True, got False; confirmed: expected [1106], got []; needs_staff: expected False, got True",
    "fn27_wolff_second_cut_short.eml": "first run at 473acf9: dates: expected ['2026-01-16'], got ['2026-01-16', '2026-01-23']",
    "fn35_carter_dropped_english.eml": "first run at 473acf9: categories: expected {'technical', 'reschedule'}, got {'technical'}",
    "fn37_schaefer_before_session.eml": "first run at 473acf9: dates: expected [], got ['2026-11-11']; needs_staff: expected False, got True",
    "fn38_zimmermann_moved_no_call.eml": "first run at 473acf9: categories: expected {'other'}, got set()",
    "fn39_jansen_switch_then_cut.eml": "first run at 473acf9: categories: expected {'reschedule'}, got set()",
    "fn40_richter_no_call_back.eml": "first run at 473acf9: categories: expected {'technical'}, got set(); dates: expected [], got ['2026-06-10']",
    "fn41_lehmann_substitute_short.eml": "first run at 473acf9: dates: expected [], got ['2026-09-15']",
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
