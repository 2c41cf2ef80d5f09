"""Blind corpus AS: an ordinary inbox of video patients, 31 confirmations and 10 look-alikes.

The mails in tests/data/blind_as/ (made by `python -m tools.corpus.blind_as`, written
without reading the rules, the canonical table or the earlier blind sets' mails), from
video patients for whom technology is part of life: sessions that took place despite a
frozen picture or a late start, sessions finished by phone after the video failed, an
access code that did not work at first, a new phone, laptop or browser; most are plain
replies under our request, some new mails with several days or written weeks late. The
look-alikes: a session that failed completely, sessions cut off after a few minutes,
tests of the link before the session, sound complaints that do not say whether the
session took place, and a question about a new phone before a session.

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

BLIND = LabelledSet("blind_as", received_at=datetime.fromisoformat("2026-12-31T12:00:00+01:00"))

# Confirmations recorded that the patient did not give. Every entry is a BILLING BUG, heads
# the report, and is the only kind of xfail the hard test allows.
BILLING_BUGS: dict[str, str] = {}

# A confirmation the patient gave, neither recorded nor handed to staff.
LOST_SILENTLY: dict[str, str] = {}

# Mails decided otherwise than labelled (the lead fills this after the first run).
KNOWN_MISSES: dict[str, str] = {
    "as03_two_days_one_by_phone.eml": "the 17th finished by phone after the code failed: a session partly in another kind than booked goes to staff (policy since session 21); the 10th recorded",
    "as09_nobody_came.eml": "first run at 1ba53d4: categories: expected {'reschedule', 'technical'}, got set()",
    "as14_camera_late_start.eml": "first run at 1ba53d4: needs_staff: expected False, got True",
    "as17_wrong_browser_learner.eml": "first run at 1ba53d4: needs_staff: expected False, got True",
    "as18_link_test_new_phone_question.eml": "first run at 1ba53d4: categories: expected {'question', 'technical'}, got {'technical'}",
    "as21_phone_only_code_expired.eml": "first run at 1ba53d4: categories: expected {'confirmation', 'technical'}, got {'technical'}; confirmation-intent: expected True, got False; confirmed: expected [1054], got []; dates: expected ['2026-06-24'], got []",
    "as25_english_video_froze.eml": "first run at 1ba53d4: needs_staff: expected False, got True",
    "as30_uni_wifi_via_phone.eml": "first run at 1ba53d4: confirmed: expected [1087], got []; needs_staff: expected False, got True",
    "as32_new_phone_before_session.eml": "first run at 1ba53d4: categories: expected {'question', 'technical'}, got {'technical'}",
    "as35_sound_complaint_only.eml": "first run at 1ba53d4: categories: expected {'technical'}, got set()",
    "as37_failed_new_laptop.eml": "first run at 1ba53d4: categories: expected {'reschedule', 'technical'}, got {'technical'}",
    "as39_cut_off_replacement.eml": "first run at 1ba53d4: categories: expected {'reschedule', 'technical'}, got {'reschedule'}",
    "as41_link_test_all_fine.eml": "first run at 1ba53d4: needs_staff: expected False, got True",
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
    assert_ordinary_inbox(BLIND, mails=41, confirmations=31, known_misses=KNOWN_MISSES)
