"""Blind corpus DQ: partial confirmations in everyday words, 35 confirmations and 6 look-alikes.

The mails in tests/data/blind_dq/ (made by `python -m tools.corpus.blind_dq`, written
without reading the rules, the canonical table or the earlier blind sets' mails), 41 mails:
30 confirm at least one session, most of them saying in passing that another session was
missed, cut short, moved to a day without appointment or is uncertain, with days named by
date, weekday, 'gestern' or 'den davor'; some confirm every session plainly. Five more
mean to confirm but cannot be recorded (a cancelled, already confirmed, moved or unknown
day, or no day at all), and six are no confirmation (a session that did not take place, a
yes to a reminder for a future day).

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

BLIND = LabelledSet("blind_dq", received_at=datetime.fromisoformat("2026-12-31T12:00:00+01:00"))

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
    assert_ordinary_inbox(BLIND, mails=41, confirmations=35, known_misses=KNOWN_MISSES)
