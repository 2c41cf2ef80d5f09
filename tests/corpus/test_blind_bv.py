"""Blind corpus BV: a plain, representative inbox of the whole year, 33 confirmations and
11 look-alikes.

The mails in tests/data/blind_bv/ (made by `python -m tools.corpus.blind_bv`, written
without reading the rules, the canonical table or the earlier blind sets' mails), come from
the patients of the corpus practice as they would really answer: mostly short replies under
our request from webmail, phones, Outlook, Thunderbird, T-Online, Yahoo and Samsung, with
and without the day, some new mails, several days at once, a few weeks late, English and
learners' German, a few with a question, a move wish, a broken video or a missed session
beside the yes, and one naming a day with no session. The look-alikes are a cancellation,
reschedule wishes, questions about a coming or a cancelled session, a missed session and a
doubt under our request, and replies to a reminder and a video link.

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

BLIND = LabelledSet("blind_bv", received_at=datetime.fromisoformat("2026-12-31T12:00:00+01:00"))

# Confirmations recorded that the patient did not give. Every entry is a BILLING BUG, heads
# the report, and is the only kind of xfail the hard test allows.
BILLING_BUGS: dict[str, str] = {}

# A confirmation the patient gave, neither recorded nor handed to staff.
LOST_SILENTLY: dict[str, str] = {}

# Mails decided otherwise than labelled (the lead fills this after the first run).
KNOWN_MISSES: dict[str, str] = {
    "bv28_lehmann_one_yes_one_missed.eml": "first run at eeefca0: categories: expected {'other', 'confirmation'}, got {'confirmation'}; confirmed: expected [1092], got []; dates: expected ['2026-10-13'], got ['2026-10-06', '2026-10-13']",
    "bv37_wolff_not_reached.eml": "first run at eeefca0: categories: expected {'other', 'reschedule'}, got set()",
    "bv40_popescu_was_sick.eml": "first run at eeefca0: categories: expected {'other'}, got set()",
    "bv41_carter_will_be_there.eml": "first run at eeefca0: needs_staff: expected False, got True",
    "bv42_yildiz_cancelled_day_waited.eml": "first run at eeefca0: dates: expected [], got ['2026-08-19']",
    "bv43_zimmermann_later_hour.eml": "first run at eeefca0: categories: expected {'reschedule'}, got set()",
    "bv44_schaefer_doubt_under_request.eml": "first run at eeefca0: categories: expected {'question'}, got set()",
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
    assert_ordinary_inbox(BLIND, mails=44, confirmations=33, known_misses=KNOWN_MISSES)
