"""Blind corpus CC: a plain inbox of the whole year, 40 confirmations and 10 look-alikes.

The mails in tests/data/blind_cc/ (made by `python -m tools.corpus.blind_cc`, written
without reading the rules, the canonical table or the earlier blind sets' mails) are the
patients of practice.toml answering as they would: mostly short replies under our request
in many mail programs, with and without the day, many confirming two to six sessions at
once with the days in many written forms, a few late, a few with a question or a missed
session beside the yes, one confirming a day we had cancelled; and the usual look-alikes
(a cancellation, reschedules, questions about a coming session, missed or cut-off
sessions).

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

BLIND = LabelledSet("blind_cc", received_at=datetime.fromisoformat("2026-12-31T12:00:00+01:00"))

# Confirmations recorded that the patient did not give. Every entry is a BILLING BUG, heads
# the report, and is the only kind of xfail the hard test allows.
BILLING_BUGS: dict[str, str] = {}

# A confirmation the patient gave, neither recorded nor handed to staff.
LOST_SILENTLY: dict[str, str] = {}

# Mails decided otherwise than labelled (the lead fills this after the first run).
KNOWN_MISSES: dict[str, str] = {
    "cc05_becker_late_list_one_missed.eml": "first run at 02cd894: categories: expected {'other', 'confirmation'}, got {'confirmation'}",
    "cc08_demir_move_tomorrow.eml": "first run at 02cd894: categories: expected {'reschedule'}, got set()",
    "cc12_wagner_cancelled_day_too.eml": "first run at 02cd894: dates: expected ['2026-02-09'], got ['2026-02-02', '2026-02-09']",
    "cc15_koch_cut_short.eml": "first run at 02cd894: categories: expected {'technical', 'question'}, got {'question'}; dates: expected [], got ['2026-04-13']",
    "cc17_schulz_missed.eml": "first run at 02cd894: categories: expected {'question', 'other'}, got {'question'}",
    "cc19_oneill_missed_call.eml": "first run at 02cd894: categories: expected {'reschedule', 'other'}, got set()",
    "cc25_popescu_one_missed.eml": "first run at 02cd894: categories: expected {'technical', 'confirmation'}, got {'confirmation'}; dates: expected ['2026-06-16', '2026-06-23'], got ['2026-06-09', '2026-06-16', '2026-06-23']",
    "cc29_richter_connection_lost.eml": "first run at 02cd894: categories: expected {'technical', 'reschedule'}, got {'technical'}",
    "cc32_neumann_cancel.eml": "first run at 02cd894: confirmation-intent: expected False, got True",
    "cc39_yildiz_cancelled_day.eml": "first run at 02cd894: dates: expected [], got ['2026-08-19']",
    "cc43_lehmann_one_not.eml": "first run at 02cd894: categories: expected {'other', 'confirmation'}, got {'confirmation'}",
    "cc46_schaefer_move.eml": "first run at 02cd894: categories: expected {'reschedule'}, got set()",
    "cc50_nowak_phone_instead.eml": "first run at 02cd894: categories: expected {'reschedule', 'question'}, got {'reschedule'}",
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
    assert_ordinary_inbox(BLIND, mails=50, confirmations=40, known_misses=KNOWN_MISSES)
