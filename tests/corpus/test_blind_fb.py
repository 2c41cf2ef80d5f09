"""Blind corpus FB: partial confirmations in everyday words, 36 confirmations and 12 look-alikes.

The mails in tests/data/blind_fb/ (made by `python -m tools.corpus.blind_fb`, written
without reading the rules, the canonical table or the earlier blind sets' mails) are
mostly short replies under our request and new mails that confirm one or more sessions
and say in passing that another was missed, cut short, moved to another day or is
uncertain; some name days only by weekday, "die davor" or "letzte Woche"; some confirm
several sessions that all plainly took place. The look-alikes answer our request (or a
reminder, or a video link) about a session that did not take place, was aborted, or that
the patient is unsure of, and confirm nothing.

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

BLIND = LabelledSet("blind_fb", received_at=datetime.fromisoformat("2026-12-31T12:00:00+01:00"))

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
    assert_ordinary_inbox(BLIND, mails=48, confirmations=36, known_misses=KNOWN_MISSES)
