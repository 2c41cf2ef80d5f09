"""Blind corpus BD: a plain inbox of the whole year from people who write at length, 30
confirmations and 10 look-alikes.

The mails in tests/data/blind_bd/ (made by `python -m tools.corpus.blind_bd`, written
without reading the rules, the canonical table or the earlier blind sets' mails) are
polite, complete letters with greetings, sign-offs and small talk about the weather or the
exercises, the treatment day written in full (Dienstag, den 27. Januar 2026), mostly under
our request, some as new mails with one or two days, a few late, two in English and four
terse ones; a few carry a question beside the yes, one confirms a day and reports the next
as missed. The look-alikes are two cancellations, two reschedule wishes, a question and a
technical problem before a coming session, two missed sessions reported under our request
or beside it, and two plain acknowledgements of reminders.

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

BLIND = LabelledSet("blind_bd", received_at=datetime.fromisoformat("2026-12-31T12:00:00+01:00"))

# Confirmations recorded that the patient did not give. Every entry is a BILLING BUG, heads
# the report, and is the only kind of xfail the hard test allows.
BILLING_BUGS: dict[str, str] = {}

# A confirmation the patient gave, neither recorded nor handed to staff.
LOST_SILENTLY: dict[str, str] = {}

# Mails decided otherwise than labelled (the lead fills this after the first run).
KNOWN_MISSES: dict[str, str] = {
    "bd03_becker_two_days.eml": "first run at 9d4cbb5: confirmed: expected [1011, 1012], got []; needs_staff: expected False, got True",
    "bd05_wolff_two_fridays.eml": "first run at 9d4cbb5: categories: expected {'confirmation'}, got set(); confirmation-intent: expected True, got False; confirmed: expected [1029, 1030], got []; needs_staff: expected False, got True",
    "bd09_koch_one_of_two.eml": "first run at 9d4cbb5: dates: expected ['2026-03-25'], got ['2026-03-25', '2026-03-30']",
    "bd34_popescu_code.eml": "first run at 9d4cbb5: categories: expected {'technical'}, got set()",
    "bd35_brandt_no_connection.eml": "first run at 9d4cbb5: categories: expected {'technical', 'reschedule'}, got {'reschedule'}; dates: expected [], got ['2026-07-10']",
    "bd36_zimmermann_reminder.eml": "first run at 9d4cbb5: needs_staff: expected False, got True",
    "bd38_hartmann_sick.eml": "first run at 9d4cbb5: categories: expected {'other'}, got set(); dates: expected [], got ['2026-11-10']",
    "bd40_krueger_reminder.eml": "first run at 9d4cbb5: needs_staff: expected False, got True",
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
