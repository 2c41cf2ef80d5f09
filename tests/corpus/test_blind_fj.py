"""Blind corpus FJ: days of a session given in words, 34 confirmations and 10 look-alikes.

The mails in tests/data/blind_fj/ (made by `python -m tools.corpus.blind_fj`, written
without reading the rules, the canonical table or the earlier blind sets' mails) are
everyday replies and new mails that name the day of a session mostly in words: weekdays
alone ('Montag ja, Donnerstag nicht'), 'letzte Woche Dienstag', 'vorgestern', 'den davor',
'die beiden letzten', 'gestern und heute', 'the Tuesday one', a slip corrected in the next
sentence, weekdays that disagree with the date, days that are cancelled or have no session,
and a few that name every session plainly; beside them replies to reminders and video
links, missed and broken-off sessions and cancellations that only look like confirmations.

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

BLIND = LabelledSet("blind_fj", received_at=datetime.fromisoformat("2026-12-31T12:00:00+01:00"))

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
    assert_ordinary_inbox(BLIND, mails=44, confirmations=34, known_misses=KNOWN_MISSES)
