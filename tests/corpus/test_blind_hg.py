"""Blind corpus HG: one February 2026 inbox of five patients, written as they write.

Forty human mails: 32 confirmations (short replies under our request, a thumbs-up, new
mails naming one to four days, late answers, formal letters, lower-case phone replies,
English and learners' German, a question or thank-you beside the yes, bottom posting) and
8 look-alikes (illness cancellation, reschedule, invoice question, a missed call, a session
cut short, a session that did not happen, replies to a reminder and to a video-link mail).

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

BLIND = LabelledSet("blind_hg", received_at=datetime.fromisoformat("2026-03-10T22:11:00+01:00"))

# Confirmations recorded that the patient did not give. Every entry is a BILLING BUG, heads
# the report, and is the only kind of xfail the hard test allows.
BILLING_BUGS: dict[str, str] = {}

# A confirmation the patient gave, neither recorded nor handed to staff.
LOST_SILENTLY: dict[str, str] = {}

# Mails decided otherwise than labelled (the lead fills this after the first run).
KNOWN_MISSES: dict[str, str] = {
    "hg40_becker_drei_letzte.eml": "billing bug of the first run at 71f798d (recorded 1016, the 23rd 'bestätige ich separat') fixed at this commit; the deferred day is still reported and the mail goes to staff",
    "hg01_krueger_ja.eml": "first run at 71f798da: dates: expected ['2026-02-03'], got []",
    "hg05_krueger_zwei_tage.eml": "first run at 71f798da: confirmed: expected [1004, 1005], got []; needs_staff: expected False, got True",
    "hg06_krueger_abgebrochen.eml": "first run at 71f798da: categories: expected {'technical', 'other'}, got {'technical'}; dates: expected ['2026-02-24'], got []",
    "hg16_becker_danke.eml": "first run at 71f798da: categories: expected {'thanks', 'confirmation'}, got {'confirmation'}",
    "hg21_wolff_verpasst.eml": "first run at 71f798da: categories: expected {'question', 'other'}, got {'question'}",
    "hg24_wolff_januar_nachtrag.eml": "first run at 71f798da: confirmed: expected [1030, 1031], got [1031]; needs_staff: expected False, got True",
    "hg26_wagner_videolink.eml": "first run at 71f798da: categories: expected {'technical'}, got set()",
    "hg28_wagner_nicht_stattgefunden.eml": "first run at 71f798da: categories: expected {'question', 'other'}, got {'question'}",
    "hg38_wolff_weitere.eml": "first run at 71f798da: categories: expected {'thanks', 'confirmation'}, got {'confirmation'}",
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
    assert_ordinary_inbox(BLIND, mails=40, confirmations=32, known_misses=KNOWN_MISSES)
