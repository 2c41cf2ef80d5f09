"""Blind corpus FD: a plain year's inbox from patients writing in a second language, 32
confirmations (31 with a session to record, one of a cancelled day) and 10 other mails.

The mails in tests/data/blind_fd/ (made by `python -m tools.corpus.blind_fd`, written
without reading the rules, the canonical table or the earlier blind sets' mails) come
mostly from Turkish, Polish, Romanian, Russian and English speakers and from children
writing for their parents: learners' German, greetings and month names in their own
languages, US and Russian date habits, short yeses under our request, several days at
once, late confirmations; beside them a cancellation, reschedule wishes, a question
before a session, a missed call, a failed video, a reply to a reminder, a question under
our request, and confirmations of a cancelled and of a future day.

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

BLIND = LabelledSet("blind_fd", received_at=datetime.fromisoformat("2026-12-31T12:00:00+01:00"))

# Confirmations recorded that the patient did not give. Every entry is a BILLING BUG, heads
# the report, and is the only kind of xfail the hard test allows.
BILLING_BUGS: dict[str, str] = {}

# A confirmation the patient gave, neither recorded nor handed to staff.
LOST_SILENTLY: dict[str, str] = {}

# Mails decided otherwise than labelled (the lead fills this after the first run).
KNOWN_MISSES: dict[str, str] = {
    "fd04_demir_frage_kamera.eml": "first run at d7926ef: categories: expected {'question'}, got set()",
    "fd24_carter_video_failed.eml": "first run at d7926ef: categories: expected {'reschedule', 'technical'}, got {'reschedule'}",
    "fd27_oneill_see_you_tomorrow.eml": "first run at d7926ef: needs_staff: expected False, got True",
    "fd39_zimmermann_polen.eml": "first run at d7926ef: categories: expected {'cancellation', 'confirmation'}, got {'confirmation'}",
    "fd40_zimmermann_lieber_12.eml": "first run at d7926ef: categories: expected {'reschedule'}, got set()",
    "fd42_hartmann_zukunft_mit.eml": "first run at d7926ef: needs_staff: expected True, got False",
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
