"""Blind corpus EW: an ordinary year's inbox written mostly by older patients, 31
confirmations and 9 look-alikes.

The mails in tests/data/blind_ew/ (made by `python -m tools.corpus.blind_ew`, written
without reading the rules, the canonical table or the earlier blind sets' mails) are the
habits of older patients: long replies chatting about the weather, grandchildren and the
exercises around the yes, formal letters with "Sehr geehrte Damen und Herren", dates as
they learned to write them ("5. Oktober d. J.", "08.04.26"), several answers to two of our
requests at once, a few weeks-late confirmations, one confirmation of a cancelled day, and
the usual look-alikes: a cancellation, a reschedule, questions about coming sessions, a
missed call, a video that never connected, a reply to a reminder and a promise to attend.

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

BLIND = LabelledSet("blind_ew", received_at=datetime.fromisoformat("2026-12-31T12:00:00+01:00"))

# Confirmations recorded that the patient did not give. Every entry is a BILLING BUG, heads
# the report, and is the only kind of xfail the hard test allows.
BILLING_BUGS: dict[str, str] = {}

# A confirmation the patient gave, neither recorded nor handed to staff.
LOST_SILENTLY: dict[str, str] = {}

# Mails decided otherwise than labelled (the lead fills this after the first run).
KNOWN_MISSES: dict[str, str] = {
    "ew05_wolff_reminder_reply.eml": "first run at 73c692e: needs_staff: expected False, got True",
    "ew09_neumann_no_call.eml": "first run at 73c692e: categories: expected {'other'}, got set(); dates: expected [], got ['2026-07-21']",
    "ew13_zimmermann_cancelled_day.eml": "first run at 73c692e: dates: expected [], got ['2026-10-26']",
    "ew14_zimmermann_future.eml": "first run at 73c692e: confirmation-intent: expected False, got True",
    "ew26_vogel_two.eml": "first run at 73c692e: needs_staff: expected False, got True",
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
    assert_ordinary_inbox(BLIND, mails=40, confirmations=31, known_misses=KNOWN_MISSES)
