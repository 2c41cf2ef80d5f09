"""Blind corpus FP: an ordinary year's inbox from patients who learn German, 34 confirmations
and 9 look-alikes.

The mails in tests/data/blind_fp/ (made by `python -m tools.corpus.blind_fp`, written
without reading the rules, the canonical table or the earlier blind sets' mails) come
mostly from Turkish, Polish, Romanian, Russian and English speakers: learners' German with
wrong word order and articles, words of their own language ("ve", "i", "iunie",
"tesekkürler"), dates written as at home (14/04/2026, 08/10 explained as 10 August, 3rd
August), children and grandchildren writing for a parent, several days at once and late
replies. One confirmation names a cancelled day, one confirms a day and reports a failed
video on another; the look-alikes are cancellations, reschedule wishes, questions about a
coming session and missed sessions.

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

BLIND = LabelledSet("blind_fp", received_at=datetime.fromisoformat("2026-12-31T12:00:00+01:00"))

# Confirmations recorded that the patient did not give. Every entry is a BILLING BUG, heads
# the report, and is the only kind of xfail the hard test allows.
BILLING_BUGS: dict[str, str] = {}

# A confirmation the patient gave, neither recorded nor handed to staff.
LOST_SILENTLY: dict[str, str] = {}

# Mails decided otherwise than labelled (the lead fills this after the first run).
KNOWN_MISSES: dict[str, str] = {
    "fp12_yildiz_ve.eml": "first run at 42ab1d5: confirmed: expected [1078, 1079], got [1078]; dates: expected ['2026-08-26', '2026-09-02'], got ['2026-08-26']; needs_staff: expected False, got True",
    "fp15_popescu_kamera.eml": "first run at 42ab1d5: categories: expected {'technical', 'question'}, got {'technical'}",
    "fp16_popescu_vergessen.eml": "first run at 42ab1d5: categories: expected {'confirmation'}, got set(); confirmation-intent: expected True, got False; confirmed: expected [1048, 1049], got []; needs_staff: expected False, got True",
    "fp17_popescu_arzt.eml": "first run at 42ab1d5: categories: expected {'reschedule'}, got set()",
    "fp24_wagner_abgesagter.eml": "first run at 42ab1d5: dates: expected [], got ['2026-02-02']",
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
    assert_ordinary_inbox(BLIND, mails=43, confirmations=34, known_misses=KNOWN_MISSES)
