"""Blind corpus CR: a plain inbox of the whole year, 35 confirmations and 10 look-alikes.

The mails in tests/data/blind_cr/ (made by `python -m tools.corpus.blind_cr`, written
without reading the rules, the canonical table or the earlier blind sets' mails), hold
short yeses under our request from many mail programs (with and without the day, German,
English, Bavarian, Low German, learners' German), new mails naming several days, and many
patients back from a pause (holiday, illness, hospital, rehab, a trip abroad) who sum up
with month names and weekdays what took place and what did not; a few carry a question or
a wish beside the yes. The look-alikes are replies to reminders, a cancellation,
reschedule wishes, questions about a coming session and sessions that did not (fully)
take place.

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

BLIND = LabelledSet("blind_cr", received_at=datetime.fromisoformat("2026-12-31T12:00:00+01:00"))

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
    assert_ordinary_inbox(BLIND, mails=45, confirmations=35, known_misses=KNOWN_MISSES)
