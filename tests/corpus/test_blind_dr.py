"""Blind corpus DR: sessions that went differently than planned, 31 confirmations and 10
look-alikes.

The mails in tests/data/blind_dr/ (made by `python -m tools.corpus.blind_dr`, written
without reading the rules, the canonical table or the earlier blind sets' mails) are
about sessions that did not go as booked: a video session switched to the phone half-way
and finished, a late start made up in full, another therapist than usual, a session moved
by a few hours on the same day (confirmed, as they were done in full), beside plain
confirmations of other days and beside sessions cut short, broken off or moved to another
day (not confirmed, staff). The look-alikes confirm nothing: a session cut short after a
few minutes, a connection that dropped for good, a therapist who never came, a yes to our
reminder naming a moved hour, a short call the patient is not sure was the treatment.

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

BLIND = LabelledSet("blind_dr", received_at=datetime.fromisoformat("2026-12-31T12:00:00+01:00"))

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
    assert_ordinary_inbox(BLIND, mails=41, confirmations=31, known_misses=KNOWN_MISSES)
