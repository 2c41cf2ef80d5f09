"""Blind corpus FE: partial confirmations in everyday words, 41 confirmations (36 recordable) and 4 look-alikes.

The mails in tests/data/blind_fe/ (made by `python -m tools.corpus.blind_fe`, written
without reading the rules, the canonical table or the earlier blind sets' mails): 36
mails that confirm one or more sessions, most of them saying in passing that another
session did not take place, was cut short, was moved or is uncertain, naming days by
weekday, "gestern", "den davor" or "bis auf den 12.", some confirming every session
plainly; and nine look-alikes (a cancelled day, a day with no appointment, a day still to
come, a session only half held, an unsure patient, answers to a reminder and a video
link), five of which the patient means as a confirmation and so are labelled one.

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

BLIND = LabelledSet("blind_fe", received_at=datetime.fromisoformat("2026-12-31T12:00:00+01:00"))

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
    assert_ordinary_inbox(BLIND, mails=45, confirmations=41, known_misses=KNOWN_MISSES)
