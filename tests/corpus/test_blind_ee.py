"""Blind corpus EE: hard look-alikes written as real patients write them, 17 confirmations
(12 of them with a session to record) and 27 other mails.

The mails in tests/data/blind_ee/ (made by `python -m tools.corpus.blind_ee`, written
without reading the rules, the canonical table or the earlier blind sets' mails) hold ten
plain confirmations and two that confirm one day while another did not take place, among
32 look-alikes: a session still to come 'bestätigt' (under a reminder, a video link, or in
advance), thanks around a cancelled session or a cancelled day confirmed, a session
confirmed for a family member who is also a patient, a visit to the doctor, the Reha
clinic or another practice, a forwarded request or an old confirmation quoted below a new
question, 'hat leider nicht stattgefunden' in its many forms, sessions broken off, and a
yes that answers something else.

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

BLIND = LabelledSet("blind_ee", received_at=datetime.fromisoformat("2026-12-31T12:00:00+01:00"))

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
    assert_ordinary_inbox(BLIND, mails=44, confirmations=17, known_misses=KNOWN_MISSES)
