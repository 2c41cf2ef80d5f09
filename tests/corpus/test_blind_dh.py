"""Blind corpus DH: a plain inbox of the whole year from mostly older patients, 35
confirmations and 10 look-alikes.

The mails in tests/data/blind_dh/ (made by `python -m tools.corpus.blind_dh`, written
without reading the rules, the canonical table or the earlier blind sets' mails) are the
mail of older patients as they write it: formal letters with "Sehr geehrte Damen und
Herren", long mails chatting about weather, grandchildren and the exercises around the
yes, dates written out ("Montag, den 23. März 2026", "6.5.26"), several mails answering
two of our requests at once, a few weeks late, next to short yeses under our request,
two in English and one in learners' German. The look-alikes are cancellations, a
reschedule wish, questions about coming sessions, a technical question under our video
link, a missed session, a video session that failed, and a reply to our reminder.

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

BLIND = LabelledSet("blind_dh", received_at=datetime.fromisoformat("2026-12-31T12:00:00+01:00"))

# Confirmations recorded that the patient did not give. Every entry is a BILLING BUG, heads
# the report, and is the only kind of xfail the hard test allows.
BILLING_BUGS: dict[str, str] = {}

# A confirmation the patient gave, neither recorded nor handed to staff.
LOST_SILENTLY: dict[str, str] = {}

# Mails decided otherwise than labelled (the lead fills this after the first run).
KNOWN_MISSES: dict[str, str] = {
    "dh04_wolff_plus_question.eml": "first run at a9edc51: confirmed: expected [1032], got []",
    "dh10_krueger_video_code.eml": "first run at a9edc51: categories: expected {'question', 'technical'}, got {'question'}",
    "dh17_koch_reminder_reply.eml": "first run at a9edc51: needs_staff: expected False, got True",
    "dh25_berger_missed.eml": "first run at a9edc51: categories: expected {'reschedule'}, got set()",
    "dh27_hoffmann_prescription.eml": "first run at a9edc51: dates: expected [], got ['2026-05-25']",
    "dh38_vogel_hotel.eml": "first run at a9edc51: categories: expected {'question'}, got set()",
    "dh44_schaefer_black_screen.eml": "first run at a9edc51: categories: expected {'reschedule', 'technical'}, got {'reschedule'}",
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
    assert_ordinary_inbox(BLIND, mails=45, confirmations=35, known_misses=KNOWN_MISSES)
