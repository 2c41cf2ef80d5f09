"""Blind corpus BO: corrections inside a mail, 33 confirmations and 10 look-alikes.

The mails in tests/data/blind_bo/ (made by `python -m tools.corpus.blind_bo`, written
without reading the rules, the canonical table or the earlier blind sets' mails) hold
patients correcting themselves: a day named and fixed in the same or the next sentence
("am 26.1. – nein Quatsch, heute am 27.1."), a wrong month, year or digit order put right,
a second mail minutes later correcting the first, a cancelled or missed day confirmed and
taken back, a subject naming the wrong day and a body naming the right one, and some plain
confirmations between them. The look-alikes end in no confirmation: a cancelled day taken
back, a future day, a duplicate of a confirmed day, a session the patient then says did
not take place.

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

BLIND = LabelledSet("blind_bo", received_at=datetime.fromisoformat("2026-12-31T12:00:00+01:00"))

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
    assert_ordinary_inbox(BLIND, mails=43, confirmations=33, known_misses=KNOWN_MISSES)
