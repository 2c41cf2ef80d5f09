"""Blind corpus EV: partial confirmations in everyday words, 30 confirmations and 10 look-alikes.

The mails in tests/data/blind_ev/ (made by `python -m tools.corpus.blind_ev`, written
without reading the rules, the canonical table or the earlier blind sets' mails), mostly
short replies under our request that confirm one or more sessions and say in passing that
another was missed, cut short, moved or is uncertain ("Montag hab ich verpennt", "den am
18. weiß ich nicht mehr", "the one on the 17th got cut short"), days named by weekday,
"gestern", "den davor" or "die drei davor"; ten confirm every session they name; ten
look-alikes report a missed or cut-short session, a video room nobody joined, a day the
patient cannot remember, or say yes to a reminder.

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

BLIND = LabelledSet("blind_ev", received_at=datetime.fromisoformat("2026-12-31T12:00:00+01:00"))

# Confirmations recorded that the patient did not give. Every entry is a BILLING BUG, heads
# the report, and is the only kind of xfail the hard test allows.
BILLING_BUGS: dict[str, str] = {}

# A confirmation the patient gave, neither recorded nor handed to staff.
LOST_SILENTLY: dict[str, str] = {}

# Mails decided otherwise than labelled (the lead fills this after the first run).
KNOWN_MISSES: dict[str, str] = {
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
