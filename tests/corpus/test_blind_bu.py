"""Blind corpus BU: a plain inbox of the whole year leaning towards November to February,
32 confirmations and 10 look-alikes.

The mails in tests/data/blind_bu/ (made by `python -m tools.corpus.blind_bu`, written
without reading the rules, the canonical table or the earlier blind sets' mails) are what
the practice's patients send in an ordinary year: short replies under our request from
web.de, iPhone, Samsung, Gmail, Outlook, Thunderbird, T-Online, Yahoo and Proton, with and
without the day, new mails with the days in the subject or text, several days at once, a
few weeks late, New Year and Christmas greetings, a question, a cancellation or a missed
session beside the yes; and the usual look-alikes: a cancellation and a reschedule under
our reminder, a thank-you under a reminder, questions about a coming session, sessions
that did not take place answered under our request, a Christmas thank-you.

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

BLIND = LabelledSet("blind_bu", received_at=datetime.fromisoformat("2026-12-31T12:00:00+01:00"))

# Confirmations recorded that the patient did not give. Every entry is a BILLING BUG, heads
# the report, and is the only kind of xfail the hard test allows.
BILLING_BUGS: dict[str, str] = {}

# A confirmation the patient gave, neither recorded nor handed to staff.
LOST_SILENTLY: dict[str, str] = {}

# Mails decided otherwise than labelled (the lead fills this after the first run).
KNOWN_MISSES: dict[str, str] = {
    "bu39_krueger_therapist_absent.eml": "first run at 0186726: categories: expected {'other'}, got set()",
    "bu40_schaefer_christmas_thanks.eml": "first run at 0186726: needs_staff: expected False, got True",
    "bu41_yildiz_holiday_cancel.eml": "first run at 0186726: categories: expected {'cancellation'}, got set()",
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
    assert_ordinary_inbox(BLIND, mails=42, confirmations=32, known_misses=KNOWN_MISSES)
