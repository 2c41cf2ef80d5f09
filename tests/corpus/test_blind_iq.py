"""Blind corpus IQ: the practice inbox of March 2026, 39 mails, 30 of them confirmations.

Replies under our confirmation request on the day or days to weeks later, new mails naming
one or several days, a few in English or learners' German, a wife, a daughter and a son
writing for patients, questions and wishes beside some yeses, a day the practice has as
cancelled and a typo in a day. Nine look-alikes: a reply to a reminder, a prescription
question, a thank-you without a yes, a video session that never started, a missed call, a
mother's question, a cancellation, a session cut short and a wish to move.

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

BLIND = LabelledSet("blind_iq", received_at=datetime.fromisoformat("2026-04-01T18:40:00+02:00"))

# Confirmations recorded that the patient did not give. Every entry is a BILLING BUG, heads
# the report, and is the only kind of xfail the hard test allows.
BILLING_BUGS: dict[str, str] = {}

# A confirmation the patient gave, neither recorded nor handed to staff.
LOST_SILENTLY: dict[str, str] = {}

# Mails decided otherwise than labelled (the lead fills this after the first run).
KNOWN_MISSES: dict[str, str] = {
    "iq08_aydin_erinnerung.eml": "first run at 0ab7a66c: needs_staff: expected False, got True",
    "iq11_wagner_0902.eml": "first run at 0ab7a66c: confirmed: expected [1128], got []; needs_staff: expected False, got True",
    "iq13_oneill_rezept.eml": "first run at 0ab7a66c: categories: expected {'forms', 'question'}, got {'question'}",
    "iq20_becker_danke.eml": "first run at 0ab7a66c: categories: expected {'thanks'}, got set(); needs_staff: expected False, got True",
    "iq27_krueger_1702.eml": "first run at 0ab7a66c: categories: expected {'confirmation'}, got set(); confirmation-intent: expected True, got False; confirmed: expected [1006], got []; dates: expected ['2026-02-17'], got []; needs_staff: expected False, got True",
    "iq28_aydin_verpasst.eml": "first run at 0ab7a66c: categories: expected {'reschedule', 'other'}, got {'reschedule'}",
    "iq33_koch_sohn.eml": "first run at 0ab7a66c: categories: expected {'confirmation', 'reschedule'}, got {'confirmation'}; confirmed: expected [1110], got []; dates: expected ['2026-03-25'], got ['2026-03-23', '2026-03-25']",
    "iq34_aydin_letzte.eml": "first run at 0ab7a66c: categories: expected {'confirmation', 'thanks'}, got {'confirmation'}",
    "iq37_demir_korrektur.eml": "first run at 0ab7a66c: confirmed: expected [1022], got []; needs_staff: expected False, got True",
    "iq38_koch_abgebrochen.eml": "first run at 0ab7a66c: categories: expected {'technical', 'other'}, got set(); confirmation-intent: expected False, got True",
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
    assert_ordinary_inbox(BLIND, mails=39, confirmations=30, known_misses=KNOWN_MISSES)
