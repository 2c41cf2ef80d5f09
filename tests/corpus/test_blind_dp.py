"""Blind corpus DP: a plain inbox of the year from patients whose first language is not
German, 34 confirmations and 10 look-alikes.

The mails in tests/data/blind_dp/ (made by `python -m tools.corpus.blind_dp`, written
without reading the rules, the canonical table or the earlier blind sets' mails) come
mostly from Turkish, Polish, Romanian, Russian-German and English speakers, some written
by a daughter, son or granddaughter: learners' German, mixed-in Turkish, Polish, Romanian,
Russian and English, and dates as their countries write them (13.XI.2026, 8/17, 14/04,
"2 iunie", "15 Nisan", 10.06.26 г.). Thirty-three mails confirm at least one session
(short replies, several days at once, weeks late, some with a question or a session that
did not take place); one
"confirms" a cancelled day; the look-alikes are cancellations, reschedule wishes, a
missed call, a technical problem, a question about a coming session, a reply to a
reminder and a question under our request.

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

BLIND = LabelledSet("blind_dp", received_at=datetime.fromisoformat("2026-12-31T12:00:00+01:00"))

# Confirmations recorded that the patient did not give. Every entry is a BILLING BUG, heads
# the report, and is the only kind of xfail the hard test allows.
BILLING_BUGS: dict[str, str] = {}

# A confirmation the patient gave, neither recorded nor handed to staff.
LOST_SILENTLY: dict[str, str] = {}

# Mails decided otherwise than labelled (the lead fills this after the first run).
KNOWN_MISSES: dict[str, str] = {
    "dp02_demir_two_days.eml": "first run at cbd53ee: needs_staff: expected False, got True",
    "dp05_demir_tamam_reminder.eml": "first run at cbd53ee: needs_staff: expected False, got True",
    "dp43_popescu_camera.eml": "first run at cbd53ee: needs_staff: expected False, got True",
    "dp32_oneill_missed.eml": "first run at cbd53ee: categories: expected {'reschedule'}, got set()",
    "dp35_neumann_nobody_called.eml": "first run at cbd53ee: categories: expected {'other'}, got set()",
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
