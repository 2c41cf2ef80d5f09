"""Blind corpus DO: a plain, representative inbox of the whole year, 35 confirmations and 9
look-alikes.

The mails in tests/data/blind_do/ (made by `python -m tools.corpus.blind_do`, written
without reading the rules, the canonical table or the earlier blind sets' mails), hold
short replies under our request from many mail programs (with and without the day, top- and
bottom-posted, German, dialect, learners' German and English), new mails naming one or
several days, a few late ones, four yeses with a question, a problem or a reschedule wish
beside them, and the usual look-alikes: a cancellation, reschedule wishes, a question about
a coming session, missed sessions, answers to a reminder and a video link, a cancellation
under our request and a "confirmation" of a cancelled day (the 35th confirmation, nothing
recorded).

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

BLIND = LabelledSet("blind_do", received_at=datetime.fromisoformat("2026-12-31T12:00:00+01:00"))

# Confirmations recorded that the patient did not give. Every entry is a BILLING BUG, heads
# the report, and is the only kind of xfail the hard test allows.
BILLING_BUGS: dict[str, str] = {}

# A confirmation the patient gave, neither recorded nor handed to staff.
LOST_SILENTLY: dict[str, str] = {}

# Mails decided otherwise than labelled (the lead fills this after the first run).
KNOWN_MISSES: dict[str, str] = {
    "do27_wagner_webde_two.eml": "first run at cbd53ee: dates: expected ['2026-01-12', '2026-01-19'], got ['2026-01-01', '2026-01-12', '2026-01-19']; needs_staff: expected False, got True",
    "do33_demir_one_yes_one_sick.eml": "first run at cbd53ee: categories: expected {'question', 'confirmation'}, got {'question'}; confirmation-intent: expected True, got False; confirmed: expected [1020], got []",
    "do40_hoffmann_video_failed.eml": "first run at cbd53ee: categories: expected {'technical'}, got set()",
    "do41_neumann_no_call.eml": "first run at cbd53ee: categories: expected {'other'}, got set()",
    "do44_wagner_cancelled_day.eml": "first run at cbd53ee: dates: expected [], got ['2026-02-02']",
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
    assert_ordinary_inbox(BLIND, mails=44, confirmations=35, known_misses=KNOWN_MISSES)
