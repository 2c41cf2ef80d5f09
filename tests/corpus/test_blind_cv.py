"""Blind corpus CV: a plain, representative inbox of the whole year, 31 confirmations and
10 look-alikes.

The mails in tests/data/blind_cv/ (made by `python -m tools.corpus.blind_cv`, written
without reading the rules, the canonical table or the earlier blind sets' mails) come from
the practice's patients as they would really answer: mostly short replies under our request
from webmail, phones and Outlook, with and without the date, some in English or learners'
German; new mails naming several days, a few late; longer mails about a prescription, an
invoice, the Beihilfe, a change of address or next month's sessions with the confirmation in
the middle or at the end; and the usual look-alikes (cancellations, a reschedule, questions
about a coming or a cancelled session, a missed session, a session that did not happen,
replies to a reminder, a request for a list of treatment days).

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

BLIND = LabelledSet("blind_cv", received_at=datetime.fromisoformat("2026-12-31T12:00:00+01:00"))

# Confirmations recorded that the patient did not give. Every entry is a BILLING BUG, heads
# the report, and is the only kind of xfail the hard test allows.
BILLING_BUGS: dict[str, str] = {}

# A confirmation the patient gave, neither recorded nor handed to staff.
LOST_SILENTLY: dict[str, str] = {}

# Mails decided otherwise than labelled (the lead fills this after the first run).
KNOWN_MISSES: dict[str, str] = {
    "cv26_becker_invoice_query.eml": "first run at a4ca482: confirmed: expected [1015, 1016], got []",
    "cv29_richter_july_holiday.eml": "first run at a4ca482: categories: expected {'confirmation', 'reschedule'}, got {'confirmation'}",
    "cv27_demir_cancelled_makeup.eml": "first run at a4ca482: dates: expected ['2026-04-08'], got ['2026-04-01', '2026-04-08']",
    "cv31_lehmann_no_link.eml": "first run at a4ca482: categories: expected {'question', 'confirmation'}, got {'confirmation'}",
    "cv40_jansen_no_show_therapist.eml": "first run at a4ca482: categories: expected {'technical'}, got set()",
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
    assert_ordinary_inbox(BLIND, mails=41, confirmations=31, known_misses=KNOWN_MISSES)
