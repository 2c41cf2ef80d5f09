"""Blind corpus DV: hard look-alikes, 22 confirmations and 22 look-alikes.

The mails in tests/data/blind_dv/ (made by `python -m tools.corpus.blind_dv`, written
without reading the rules, the canonical table or the earlier blind sets' mails): 10 plain
confirmations and 4 that confirm one session while another did not take place or is still
to come, between 30 mails a hasty reader could take for confirmations: a session still to
come 'bestätigt', thanks or a 'confirmation' for a cancelled day or a day without an
appointment, a family member's or partner's session, a visit to the doctor or another
practice, an old confirmation quoted, forwarded or sent again, 'hat leider nicht
stattgefunden' in its many forms, sessions broken off, and a yes that answers something
else. Eight of the 30 mean to confirm (so carry the confirmation category) but give
nothing that may be recorded.

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

BLIND = LabelledSet("blind_dv", received_at=datetime.fromisoformat("2026-12-31T12:00:00+01:00"))

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
    assert_ordinary_inbox(BLIND, mails=44, confirmations=22, known_misses=KNOWN_MISSES)
