"""Blind corpus FA: a plain, representative inbox of the whole year, 35 confirmations and 8 look-alikes.

The mails in tests/data/blind_fa/ (made by `python -m tools.corpus.blind_fa`, written
without reading the rules, the canonical table or the earlier blind sets' mails), the
patients of practice.toml as they would really answer: mostly short replies under our
request in Gmail, iPhone, Outlook, Thunderbird, web.de, T-Online, Samsung and Yahoo, with
and without the date, some new mails, some naming several days, a few late, a few with a
question, a video problem or a reschedule wish beside the yes. Of the 35 confirmations, 32
record at least one session and three record nothing (a cancelled day, a day already
confirmed, a day without appointment); the eight other look-alikes are a cancellation, a
reschedule, a question before a session, a session the therapist never joined, one that
broke off, an "I'll be there" under a reminder, a thank-you and a co-payment question.

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

BLIND = LabelledSet("blind_fa", received_at=datetime.fromisoformat("2026-12-31T12:00:00+01:00"))

# Confirmations recorded that the patient did not give. Every entry is a BILLING BUG, heads
# the report, and is the only kind of xfail the hard test allows.
BILLING_BUGS: dict[str, str] = {}

# A confirmation the patient gave, neither recorded nor handed to staff.
LOST_SILENTLY: dict[str, str] = {}

# Mails decided otherwise than labelled (the lead fills this after the first run).
KNOWN_MISSES: dict[str, str] = {
    "fa32_demir_einer_nicht.eml": "first run at 697419b: dates: expected ['2026-03-11'], got ['2026-03-11', '2026-03-18']",
    "fa36_jansen_niemand_kam.eml": "first run at 697419b: categories: expected {'other'}, got set()",
    "fa37_wagner_bin_dabei.eml": "first run at 697419b: needs_staff: expected False, got True",
    "fa38_demir_abgesagt.eml": "first run at 697419b: dates: expected [], got ['2026-04-01']",
    "fa39_wolff_nochmal.eml": "first run at 697419b: categories: expected {'confirmation', 'question'}, got {'question'}; confirmation-intent: expected True, got False",
    "fa42_oneill_thanks.eml": "first run at 697419b: categories: expected {'other'}, got set(); confirmation-intent: expected False, got True; needs_staff: expected False, got True",
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
    assert_ordinary_inbox(BLIND, mails=43, confirmations=35, known_misses=KNOWN_MISSES)
