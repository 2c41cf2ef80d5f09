"""Blind corpus BR: partial confirmations in everyday words, 33 confirmations and 8 look-alikes.

The mails in tests/data/blind_br/ (made by `python -m tools.corpus.blind_br`, written
without reading the rules, the canonical table or the earlier blind sets' mails) are
replies under our request and new mails that confirm one or more sessions and say in
passing that another did not take place, was cut short, was moved, was held by phone
instead of video or cannot be remembered (days by date, weekday, "heute"/"gestern",
"den davor", "alle im Mai bis auf den 20."); some where every session plainly took place
(30 mails confirm at least one session); three "yes" mails that may record nothing (a
cancelled day, a day without appointment, a day already confirmed); and eight look-alikes that are not confirmations (a session that
did not take place or broke off, an acknowledgement of tomorrow's appointment, an invoice
query, a patient who cannot remember).

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

BLIND = LabelledSet("blind_br", received_at=datetime.fromisoformat("2026-12-31T12:00:00+01:00"))

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
    assert_ordinary_inbox(BLIND, mails=41, confirmations=33, known_misses=KNOWN_MISSES)
