"""Blind corpus IZ: one ordinary March 2026 inbox, 41 patient mails, 32 of them confirmations.

Replies under our confirmation request on the day, days or weeks later, new mails naming
one, two or four days, a husband, a daughter and a son writing from the patient's address,
English and learners' German, a question, wish or cancellation beside some yeses; and 9
look-alikes: a cancellation, a move asked under a reminder, a session nobody joined, a video
problem, two prescription questions, a session cut short, a thank-you without a yes and an
acknowledgement of a reminder.

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

BLIND = LabelledSet("blind_iz", received_at=datetime.fromisoformat("2026-04-09T08:12:00+02:00"))

# Confirmations recorded that the patient did not give. Every entry is a BILLING BUG, heads
# the report, and is the only kind of xfail the hard test allows.
BILLING_BUGS: dict[str, str] = {}

# A confirmation the patient gave, neither recorded nor handed to staff.
LOST_SILENTLY: dict[str, str] = {}

# Mails decided otherwise than labelled (the lead fills this after the first run).
KNOWN_MISSES: dict[str, str] = {
    "iz22_demir_niemand_da.eml": "first run at 7e636caf: categories: expected {'other'}, got set(); dates: expected [], got ['2026-03-18']",
    "iz25_aydin_sohn.eml": "first run at 7e636caf: categories: expected {'question', 'confirmation'}, got {'confirmation'}; needs_staff: expected True, got False",
    "iz33_aydin_war_heute.eml": "first run at 7e636caf: dates: expected ['2026-03-26'], got []",
    "iz38_koch_danke.eml": "first run at 7e636caf: categories: expected {'thanks'}, got set(); needs_staff: expected False, got True",
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
    assert_ordinary_inbox(BLIND, mails=41, confirmations=32, known_misses=KNOWN_MISSES)
