"""Blind corpus FX: a plain inbox of the whole year, 34 confirmations and 8 look-alikes.

The mails in tests/data/blind_fx/ (made by `python -m tools.corpus.blind_fx`, written
without reading the rules, the canonical table or the earlier blind sets' mails), 42 mails
from the practice's patients across the year: mostly short replies under our request in
many mail programs, with and without the day, some new mails naming one or several days,
a few late ones, English and learners' German, two with a question beside the yes. Three
mails mean to confirm but give nothing to record (a coming day, a cancelled day, a day
with no appointment); eight are no confirmation at all (cancellations, a reschedule, a
question about a coming session, a missed, an interrupted and a not-held session, a reply
to a reminder).

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

BLIND = LabelledSet("blind_fx", received_at=datetime.fromisoformat("2026-12-31T12:00:00+01:00"))

# Confirmations recorded that the patient did not give. Every entry is a BILLING BUG, heads
# the report, and is the only kind of xfail the hard test allows.
BILLING_BUGS: dict[str, str] = {}

# A confirmation the patient gave, neither recorded nor handed to staff.
LOST_SILENTLY: dict[str, str] = {}

# Mails decided otherwise than labelled (the lead fills this after the first run).
KNOWN_MISSES: dict[str, str] = {
    "fx08_demir_heute.eml": "first run at 4cd5e6d: dates: expected ['2026-03-04'], got []",
    "fx09_demir_after_cancelled.eml": "first run at 4cd5e6d: categories: expected {'confirmation'}, got set(); confirmation-intent: expected True, got False; confirmed: expected [1024], got []; needs_staff: expected False, got True",
    "fx22_carter_with_question.eml": "first run at 4cd5e6d: categories: expected {'confirmation', 'question'}, got {'question'}; confirmation-intent: expected True, got False; confirmed: expected [1071], got []",
    "fx40_jansen_future.eml": "first run at 4cd5e6d: categories: expected {'confirmation'}, got set(); confirmation-intent: expected True, got False",
    "fx41_yildiz_cancelled_day.eml": "first run at 4cd5e6d: dates: expected [], got ['2026-08-19']",
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
    assert_ordinary_inbox(BLIND, mails=42, confirmations=34, known_misses=KNOWN_MISSES)
