"""Blind corpus CX: a hard set of look-alikes, 19 confirmations and 24 look-alikes.

The mails in tests/data/blind_cx/ (made by `python -m tools.corpus.blind_cx`, written
without reading the rules, the canonical table or the earlier blind sets' mails), 43 mails
written as real patients write them: 11 plain confirmations, 4 that confirm one session and
say another did not (fully) take place, 4 that mean to confirm but give nothing that may be
recorded (a day already confirmed, a yes to a cancelled session, a day without appointment,
tomorrow's session), and 24 look-alikes: yes to a reminder, video link or forms request,
'hat leider nicht stattgefunden' in its many forms, thanks for a failed or cancelled
session, sessions broken off, a confirmation for a family member who is also a patient, a
doctor's or another practice's appointment, a forwarded old confirmation.

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

BLIND = LabelledSet("blind_cx", received_at=datetime.fromisoformat("2026-12-31T12:00:00+01:00"))

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
    assert_ordinary_inbox(BLIND, mails=43, confirmations=19, known_misses=KNOWN_MISSES)
