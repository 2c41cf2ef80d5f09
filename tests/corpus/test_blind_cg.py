"""Blind corpus CG: a plain inbox of the whole year, 34 confirmations and 10 look-alikes.

The mails in tests/data/blind_cg/ (made by `python -m tools.corpus.blind_cg`, written
without reading the rules, the canonical table or the earlier blind sets' mails), a
representative inbox: mostly short replies under our request in many mail programs, with
and without the day, some new mails naming one or several days, a few late, a few with a
question or a problem beside the yes, one that confirms one day and reports the next as
not held; many writers with German as a second language or in English, and elderly
patients writing formally and at length. The look-alikes are replies to reminders and
video-link mail, a cancellation, a reschedule, questions about a coming session and two
sessions that did not take place.

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

BLIND = LabelledSet("blind_cg", received_at=datetime.fromisoformat("2026-12-31T12:00:00+01:00"))

# Confirmations recorded that the patient did not give. Every entry is a BILLING BUG, heads
# the report, and is the only kind of xfail the hard test allows.
BILLING_BUGS: dict[str, str] = {}

# A confirmation the patient gave, neither recorded nor handed to staff.
LOST_SILENTLY: dict[str, str] = {}

# Mails decided otherwise than labelled (the lead fills this after the first run).
KNOWN_MISSES: dict[str, str] = {
    "cg08_wagner_missed.eml": "first run at 78b32a4: categories: expected {'reschedule', 'other'}, got set()",
    "cg10_becker_reschedule.eml": "first run at 78b32a4: categories: expected {'reschedule'}, got set()",
    "cg21_berger_one_yes_one_no.eml": "first run at 78b32a4: categories: expected {'confirmation', 'question'}, got {'confirmation'}; confirmed: expected [1143], got []; dates: expected ['2026-05-13'], got ['2026-05-13', '2026-05-20']",
    "cg28_richter_nobody_came.eml": "first run at 78b32a4: categories: expected {'technical'}, got set(); dates: expected [], got ['2026-06-17']",
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
