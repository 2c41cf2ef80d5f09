"""Blind corpus GK: a plain inbox of an ordinary fortnight, 32 confirmations and 11 look-alikes.

The mails in tests/data/blind_gk/ (made by `python -m tools.corpus.blind_gk`, written
without reading the rules, the canonical table or the earlier blind sets' mails), the
patients in practice.toml as they really answer: mostly short replies under our request
from phones and webmail (a yes, a thumbs-up, a day, a tick), a day only in a new mail's
subject, new mails naming two or three days, a few a week or more late, two bottom-posted,
a yes beside a question, a reschedule wish or a day that did not take place; and the usual
look-alikes: cancellations, a reschedule, questions about a coming session, a missed
session, a session cut short, a cancelled day, thank-yous under a reminder, a broken link.

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

BLIND = LabelledSet("blind_gk", received_at=datetime.fromisoformat("2026-12-31T12:00:00+01:00"))

# Confirmations recorded that the patient did not give. Every entry is a BILLING BUG, heads
# the report, and is the only kind of xfail the hard test allows.
BILLING_BUGS: dict[str, str] = {}

# A confirmation the patient gave, neither recorded nor handed to staff.
LOST_SILENTLY: dict[str, str] = {}

# Mails decided otherwise than labelled (the lead fills this after the first run).
KNOWN_MISSES: dict[str, str] = {
    "gk31_becker_krank.eml": "first run at 6aa2f36: categories: expected {'confirmation', 'other'}, got {'confirmation'}",
    "gk32_hartmann_frage.eml": "first run at 6aa2f36: categories: expected {'confirmation', 'question'}, got {'question'}; confirmation-intent: expected True, got False; confirmed: expected [1120], got []",
    "gk36_richter_vergessen.eml": "first run at 6aa2f36: categories: expected {'other', 'question'}, got {'question'}",
    "gk42_hartmann_abbruch.eml": "first run at 6aa2f36: categories: expected {'other', 'technical'}, got set()",
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
    assert_ordinary_inbox(BLIND, mails=43, confirmations=32, known_misses=KNOWN_MISSES)
