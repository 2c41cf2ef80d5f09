"""Blind corpus BQ: a plain inbox of the whole year, 33 confirmations and 10 look-alikes.

The mails in tests/data/blind_bq/ (made by `python -m tools.corpus.blind_bq`, written
without reading the rules, the canonical table or the earlier blind sets' mails), mostly
short replies under our request from phones and webmail, with and without the date, some
new mails naming several days, a few late, a few with a question, a reschedule wish or a
video problem beside the yes, one repeat of a day already confirmed; many written by
someone else on the patient's address (husband, wife, a mother for her child, a grown-up
son or daughter, an assistant) and several in English or mixed German and English. The
look-alikes: a cancellation, a reschedule, a question about a coming session, missed
sessions, a session cut short, and replies to a reminder and to a video link.

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

BLIND = LabelledSet("blind_bq", received_at=datetime.fromisoformat("2026-12-31T12:00:00+01:00"))

# Confirmations recorded that the patient did not give. Every entry is a BILLING BUG, heads
# the report, and is the only kind of xfail the hard test allows.
BILLING_BUGS: dict[str, str] = {}

# A confirmation the patient gave, neither recorded nor handed to staff.
LOST_SILENTLY: dict[str, str] = {}

# Mails decided otherwise than labelled (the lead fills this after the first run).
KNOWN_MISSES: dict[str, str] = {
    "bq12_krueger_reminder_reply.eml": "first run at 8b784a8: needs_staff: expected False, got True",
    "bq32_carter_missed.eml": "first run at 8b784a8: categories: expected {'other', 'question'}, got {'other'}",
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
    assert_ordinary_inbox(BLIND, mails=43, confirmations=33, known_misses=KNOWN_MISSES)
