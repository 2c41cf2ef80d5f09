"""Blind corpus EC: a plain inbox of the whole year from working people, 34 confirmations and
9 look-alikes.

The mails in tests/data/blind_ec/ (made by `python -m tools.corpus.blind_ec`, written
without reading the rules, the canonical table or the earlier blind sets' mails), mostly
from people in their thirties to fifties writing from the office or between meetings:
Outlook replies with titles, phone numbers and disclaimers, one registered work address,
month-end collections of several sessions, English from two patients, short phone replies.
Among the confirmations one names only a holiday without an appointment, one a cancelled
day beside a real one, and some carry a question, a cancellation or a session cut short;
the look-alikes are a cancellation, a reschedule wish, questions about a coming session, a
missed session, two sessions that failed technically and a thank-you for a reminder.

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

BLIND = LabelledSet("blind_ec", received_at=datetime.fromisoformat("2026-12-31T12:00:00+01:00"))

# Confirmations recorded that the patient did not give. Every entry is a BILLING BUG, heads
# the report, and is the only kind of xfail the hard test allows.
BILLING_BUGS: dict[str, str] = {}

# A confirmation the patient gave, neither recorded nor handed to staff.
LOST_SILENTLY: dict[str, str] = {}

# Mails decided otherwise than labelled (the lead fills this after the first run).
KNOWN_MISSES: dict[str, str] = {
    "ec10_schaefer_cancel_tomorrow.eml": "first run at 829ac99: categories: expected {'reschedule', 'cancellation'}, got {'cancellation'}",
    "ec12_lehmann_missed.eml": "first run at 829ac99: categories: expected {'reschedule', 'other'}, got set()",
    "ec17_carter_video_failed.eml": "first run at 829ac99: categories: expected {'reschedule', 'technical'}, got {'technical'}",
    "ec25_demir_cancelled_day_too.eml": "first run at 829ac99: categories: expected {'confirmation'}, got set(); confirmation-intent: expected True, got False; confirmed: expected [1024], got []",
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
    assert_ordinary_inbox(BLIND, mails=43, confirmations=34, known_misses=KNOWN_MISSES)
