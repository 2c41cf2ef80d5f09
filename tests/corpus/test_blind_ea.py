"""Blind corpus EA: sessions that went differently than planned, 33 confirmations and 7 look-alikes.

The mails in tests/data/blind_ea/ (made by `python -m tools.corpus.blind_ea`, written
without reading the rules, the canonical table or the earlier blind sets' mails) are
patients' own reports of sessions that did not go as booked: a video session finished on
the phone, a late start with the full time, another therapist, a session moved by a few
hours on the same day (confirmed when done in full), beside plain confirmations of other
days; and sessions cut short, broken off for good, not held, or moved forward and
"confirmed" before their booked start (never confirmed, always for staff). Thirty mails
confirm at least one session; three more mean to confirm but give nothing to record.

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

BLIND = LabelledSet("blind_ea", received_at=datetime.fromisoformat("2026-12-31T12:00:00+01:00"))

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
    assert_ordinary_inbox(BLIND, mails=40, confirmations=33, known_misses=KNOWN_MISSES)
