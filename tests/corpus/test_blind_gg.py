"""Blind corpus GG: a plain inbox of a busy week, 30 confirmations and 10 look-alikes.

The mails in tests/data/blind_gg/ (made by `python -m tools.corpus.blind_gg`, written
without reading the rules, the canonical table or the earlier blind sets' mails) are
mostly short replies under our request, the same evening, the next morning or weeks late,
with or without the day, from many mail programs and some bottom-posted; a few new mails
name one or several days (once only in the subject), four confirm and ask something
practical (prescription, invoice, a new time). The look-alikes are a thank-you under a
reminder, cancellations, reschedule wishes, questions and a video code problem before a
coming session, and three sessions that did not (fully) take place.

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

BLIND = LabelledSet("blind_gg", received_at=datetime.fromisoformat("2026-12-31T12:00:00+01:00"))

# Confirmations recorded that the patient did not give. Every entry is a BILLING BUG, heads
# the report, and is the only kind of xfail the hard test allows.
BILLING_BUGS: dict[str, str] = {}

# A confirmation the patient gave, neither recorded nor handed to staff.
LOST_SILENTLY: dict[str, str] = {}

# Mails decided otherwise than labelled (the lead fills this after the first run).
KNOWN_MISSES: dict[str, str] = {
    "gg34_schulz_not_in.eml": "first run at 25395d4: categories: expected {'technical'}, got set()",
    "gg36_wolff_not_called.eml": "first run at 25395d4: categories: expected {'other'}, got set()",
    "gg38_hartmann_code.eml": "first run at 25395d4: categories: expected {'technical'}, got set()",
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
    assert_ordinary_inbox(BLIND, mails=40, confirmations=30, known_misses=KNOWN_MISSES)
