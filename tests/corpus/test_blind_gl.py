"""Blind corpus GL: partial confirmations in everyday words, 35 confirmations and 10
look-alikes.

The mails in tests/data/blind_gl/ (made by `python -m tools.corpus.blind_gl`, written
without reading the rules, the canonical table or the earlier blind sets' mails) are mostly
short replies under our request that confirm one or more days and, beside them, doubt
another day, name a day missed, cancelled by phone or broken off after a few minutes,
cancel or move a coming session in the same sentence, or point to a day "already
confirmed"; some are plain yeses for several days. The look-alikes answer our request or
reminder without confirming anything (a session that did not happen or was broken off, a
coming appointment acknowledged, a day already confirmed, a moved day).

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

BLIND = LabelledSet("blind_gl", received_at=datetime.fromisoformat("2026-12-31T12:00:00+01:00"))

# Confirmations recorded that the patient did not give. Every entry is a BILLING BUG, heads
# the report, and is the only kind of xfail the hard test allows.
BILLING_BUGS: dict[str, str] = {}

# A confirmation the patient gave, neither recorded nor handed to staff.
LOST_SILENTLY: dict[str, str] = {}

# Mails decided otherwise than labelled (the lead fills this after the first run).
KNOWN_MISSES: dict[str, str] = {
    "gl04_becker_three_and_broken_off.eml": "first run at 6aa2f36: dates: expected ['2026-02-09', '2026-02-12', '2026-02-16'], got ['2026-02-09', '2026-02-12', '2026-02-16', '2026-02-19']",
    "gl39_aydin_yes_and_maybe.eml": "first run at 6aa2f36: confirmed: expected [1131], got []; dates: expected ['2026-02-26'], got ['2026-02-19', '2026-02-26']",
    "gl15_richter_yes_missed_maybe.eml": "first run at 6aa2f36: confirmed: expected [1052], got []",
    "gl16_richter_yes_cancel_same_sentence.eml": "first run at 6aa2f36: confirmed: expected [1054], got []",
    "gl20_brandt_two_and_connection.eml": "first run at 6aa2f36: dates: expected ['2026-07-17', '2026-07-24'], got ['2026-07-17', '2026-07-24', '2026-07-31']",
    "gl22_carter_yes_move_next.eml": "first run at 6aa2f36: dates: expected ['2026-08-24'], got ['2026-07-31', '2026-08-24']",
    "gl36_nowak_yes_unsure_earlier.eml": "first run at 6aa2f36: confirmed: expected [1117], got []; dates: expected ['2026-11-13'], got ['2026-11-06', '2026-11-13']",
    "gl37_hartmann_yes_move_next.eml": "first run at 6aa2f36: categories: expected {'confirmation', 'reschedule'}, got {'reschedule'}; confirmation-intent: expected True, got False; confirmed: expected [1121], got []; dates: expected ['2026-11-10'], got []",
    "gl50_krueger_already_confirmed.eml": "first run at 6aa2f36: dates: expected ['2026-01-20'], got []",
    "gl52_demir_cancelled_day_make_up.eml": "first run at 6aa2f36: categories: expected {'reschedule', 'question'}, got {'question'}",
    "gl56_brandt_tomorrow.eml": "first run at 6aa2f36: needs_staff: expected False, got True",
    "gl57_carter_missed_airport.eml": "first run at 6aa2f36: dates: expected [], got ['2026-08-31']",
    "gl58_zimmermann_only_rearranged.eml": "first run at 6aa2f36: categories: expected {'other'}, got set(); confirmation-intent: expected False, got True",
    "gl59_nowak_moved_doubt.eml": "first run at 6aa2f36: categories: expected {'question'}, got set()",
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
    assert_ordinary_inbox(BLIND, mails=45, confirmations=35, known_misses=KNOWN_MISSES)
