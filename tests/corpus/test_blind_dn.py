"""Blind corpus DN: hard look-alikes, 13 confirmations recorded and 31 look-alikes.

The mails in tests/data/blind_dn/ (made by `python -m tools.corpus.blind_dn`, written
without reading the rules, the canonical table or the earlier blind sets' mails) are an
inbox of mails a hasty reader would take for confirmations: yeses to reminders and video
links for sessions still to come, 'bestätigt' for future, cancelled or wrong days, a
confirmation written for a family member who is also a patient, doctor and other-practice
visits, old confirmations quoted or forwarded again, a day already confirmed, sessions that
did not take place or were broken off ('ich bestätige, dass ... NICHT stattgefunden hat'),
and a yes that answers a reschedule; between them 13 plain confirmations. 21 mails carry
the category confirmation (8 of them may not be recorded).

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

BLIND = LabelledSet("blind_dn", received_at=datetime.fromisoformat("2026-12-31T12:00:00+01:00"))

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
    assert_ordinary_inbox(BLIND, mails=44, confirmations=21, known_misses=KNOWN_MISSES)
