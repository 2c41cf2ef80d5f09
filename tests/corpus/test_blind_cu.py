"""Blind corpus CU: a plain inbox of the whole year, 34 confirmations (one of a
cancelled day, recording nothing) and 10 look-alikes.

The mails in tests/data/blind_cu/ (made by `python -m tools.corpus.blind_cu`, written
without reading the rules, the canonical table or the earlier blind sets' mails), are an
ordinary year of patient mail: short replies under our request from many mail programs
with and without the day, new mails naming the day, several days at once, a few late, a
few yeses with a question, reschedule wish or technical problem beside them, and a
"confirmation" of a cancelled day (confirmation category, nothing to record); the
look-alikes are cancellations, reschedule wishes, questions about a coming session,
missed sessions and replies to reminders.

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

BLIND = LabelledSet("blind_cu", received_at=datetime.fromisoformat("2026-12-31T12:00:00+01:00"))

# Confirmations recorded that the patient did not give. Every entry is a BILLING BUG, heads
# the report, and is the only kind of xfail the hard test allows.
BILLING_BUGS: dict[str, str] = {}

# A confirmation the patient gave, neither recorded nor handed to staff.
LOST_SILENTLY: dict[str, str] = {}

# Mails decided otherwise than labelled (the lead fills this after the first run).
KNOWN_MISSES: dict[str, str] = {
    "cu35_becker_move_tomorrow.eml": "first run at a4ca482: categories: expected {'reschedule'}, got set()",
    "cu36_schulz_tablet_question.eml": "first run at a4ca482: categories: expected {'technical', 'question'}, got {'question'}",
    "cu37_yildiz_nobody_called.eml": "first run at a4ca482: categories: expected {'other'}, got set()",
    "cu39_wagner_cancelled_day.eml": "first run at a4ca482: dates: expected [], got ['2026-02-02']",
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
