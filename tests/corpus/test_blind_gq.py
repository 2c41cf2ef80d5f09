"""Blind corpus GQ: sessions that went differently than planned, 30 confirmations and 10 look-alikes.

The mails in tests/data/blind_gq/ (made by `python -m tools.corpus.blind_gq`, written
without reading the rules, the canonical table or the earlier blind sets' mails) confirm
sessions that began late, were restarted after a bad connection, were moved to another
hour of the same day, were held by a colleague, or were forgotten and called again later
that day, often beside plain confirmations of other sessions; where a mail also reports a
session broken off, left early or not done because the patient was ill, only the full ones
are confirmed and staff must look. The look-alikes answer our request about a session that
was broken off, cut short, not done, never happened after a move, or that the patient is
unsure about.

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

BLIND = LabelledSet("blind_gq", received_at=datetime.fromisoformat("2026-12-31T12:00:00+01:00"))

# Confirmations recorded that the patient did not give. Every entry is a BILLING BUG, heads
# the report, and is the only kind of xfail the hard test allows.
BILLING_BUGS: dict[str, str] = {}

# A confirmation the patient gave, neither recorded nor handed to staff.
LOST_SILENTLY: dict[str, str] = {}

# Mails decided otherwise than labelled (the lead fills this after the first run).
KNOWN_MISSES: dict[str, str] = {
    "gq01_krueger_began_late.eml": "first run at f0b2306: needs_staff: expected False, got True",
    "gq10_popescu_restarted_video.eml": "first run at f0b2306: needs_staff: expected False, got True",
    "gq12_brandt_moved_hour.eml": "first run at f0b2306: needs_staff: expected False, got True",
    "gq26_nowak_half_past_nine.eml": "first run at f0b2306: needs_staff: expected False, got True",
    "gq05_wolff_two_and_left_early.eml": "first run at f0b2306: categories: expected {'question', 'confirmation'}, got {'confirmation'}; confirmed: expected [1029, 1030], got []; dates: expected ['2026-01-23', '2026-01-30'], got ['2026-01-23', '2026-01-30', '2026-02-06']",
    "gq07_schulz_one_fever.eml": "first run at f0b2306: dates: expected ['2026-04-23'], got ['2026-04-23', '2026-04-30']",
    "gq24_schaefer_son_hurt.eml": "first run at f0b2306: categories: expected {'reschedule', 'confirmation'}, got {'confirmation'}; confirmed: expected [1099], got []",
    "gq28_wagner_january_late.eml": "first run at f0b2306: needs_staff: expected False, got True",
    "gq31_krueger_dropped_ten_min.eml": "first run at f0b2306: categories: expected {'technical', 'question'}, got {'question'}",
    "gq33_demir_too_sick.eml": "first run at f0b2306: dates: expected [], got ['2026-03-04']",
    "gq34_richter_left_after_quarter.eml": "first run at f0b2306: categories: expected {'question', 'reschedule'}, got {'question'}; dates: expected [], got ['2026-06-10']",
    "gq36_berger_line_gone.eml": "first run at f0b2306: categories: expected {'technical', 'reschedule'}, got set()",
    "gq38_brandt_moved_nobody_came.eml": "first run at f0b2306: categories: expected {'question', 'other'}, got {'question'}; dates: expected [], got ['2026-07-10']",
    "gq40_hoffmann_lumbago.eml": "first run at f0b2306: dates: expected [], got ['2026-05-26']",
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
