"""Blind corpus HC: mails that confirm some sessions and say something else about another
one, 31 confirmations and 10 look-alikes.

The mails in tests/data/blind_hc/ (made by `python -m tools.corpus.blind_hc`, written
without reading the rules, the canonical table or the earlier blind sets' mails) confirm
one or more sessions and, in the same mail, report another as cut short or broken off,
missed for illness or work, cancelled by phone, doubted, held late or by a colleague but in
full, or still to come and to be moved; some confirm sessions that all plainly took place.
The look-alikes answer our request about a session that was broken off, missed, cancelled
by phone, doubted or never called, and confirm nothing.

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

BLIND = LabelledSet("blind_hc", received_at=datetime.fromisoformat("2026-12-31T12:00:00+01:00"))

# Confirmations recorded that the patient did not give. Every entry is a BILLING BUG, heads
# the report, and is the only kind of xfail the hard test allows.
BILLING_BUGS: dict[str, str] = {}

# A confirmation the patient gave, neither recorded nor handed to staff.
LOST_SILENTLY: dict[str, str] = {}

# Mails decided otherwise than labelled (the lead fills this after the first run).
KNOWN_MISSES: dict[str, str] = {
    "hc01_krueger_27_cut_short.eml": "first run at 187c75c: dates: expected ['2026-01-27', '2026-02-03'], got ['2026-02-03']",
    "hc03_demir_next_week_exam.eml": "first run at 187c75c: categories: expected {'reschedule', 'confirmation'}, got {'confirmation'}",
    "hc11_carter_unsure_full.eml": "first run at 187c75c: confirmed: expected [1070], got []",
    "hc20_hartmann_first_broken.eml": "first run at 187c75c: dates: expected ['2026-11-03', '2026-11-10'], got ['2026-11-10']",
    "hc21_wagner_late_shift.eml": "first run at 187c75c: categories: expected {'reschedule', 'confirmation'}, got {'confirmation'}",
    "hc23_oneill_phone_died.eml": "first run at 187c75c: dates: expected ['2026-04-14', '2026-04-21'], got ['2026-04-21']",
    "hc30_lehmann_move_13.eml": "first run at 187c75c: categories: expected {'reschedule', 'confirmation'}, got {'confirmation'}; needs_staff: expected True, got False",
    "hc32_hoffmann_connection_broken.eml": "first run at 187c75c: categories: expected {'technical', 'question'}, got {'question'}; dates: expected ['2026-05-26'], got []",
    "hc33_popescu_sick_today.eml": "first run at 187c75c: categories: expected {'reschedule'}, got set()",
    "hc35_brandt_phoned_cancel.eml": "first run at 187c75c: categories: expected {'cancellation'}, got set()",
    "hc37_zimmermann_counts.eml": "first run at 187c75c: confirmation-intent: expected False, got True",
    "hc38_jansen_overslept.eml": "first run at 187c75c: categories: expected {'reschedule'}, got set()",
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
