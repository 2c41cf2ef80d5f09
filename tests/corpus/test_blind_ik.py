"""Blind corpus IK: late answers to our confirmation requests.

43 patient mails answering days, weeks or months late: under an old request, under the
newest one while catching up on older sessions, in new mails after being told answers are
missing, with days as "der vom 7.", "die beiden im Februar", "letzten Mittwoch", a January
year typo, sessions already confirmed, days the patient is unsure of, wrong requests;
look-alikes are late cancellations, "weiß nicht mehr", a cancelled session's request and
questions which sessions are still open. German, learners' German and English.

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

BLIND = LabelledSet("blind_ik", received_at=datetime.fromisoformat("2026-11-28T10:20:00+01:00"))

# Confirmations recorded that the patient did not give. Every entry is a BILLING BUG, heads
# the report, and is the only kind of xfail the hard test allows.
BILLING_BUGS: dict[str, str] = {}

# A confirmation the patient gave, neither recorded nor handed to staff.
LOST_SILENTLY: dict[str, str] = {}

# Mails decided otherwise than labelled (the lead fills this after the first run).
KNOWN_MISSES: dict[str, str] = {
    "ik05_wagner_both_in_february.eml": "first run at 97246135: confirmed: expected [1128, 1129], got []; dates: expected ['2026-02-09', '2026-02-16'], got []; needs_staff: expected False, got True",
    "ik06_wolff_last_friday_january.eml": "first run at 97246135: confirmed: expected [1030], got []; dates: expected ['2026-01-30'], got ['2026-02-06']",
    "ik16_oneill_all_six.eml": "first run at 97246135: confirmed: expected [1136, 1137, 1138, 1139, 1140, 1141], got []; dates: expected ['2026-04-14', '2026-04-21', '2026-04-28', '2026-05-05', '2026-05-12', '2026-05-19'], got []; needs_staff: expected False, got True",
    "ik24_popescu_does_not_remember.eml": "first run at 97246135: categories: expected {'other'}, got set(); confirmation-intent: expected False, got True; dates: expected [], got ['2026-06-02']",
    "ik27_neumann_after_reminder.eml": "first run at 97246135: dates: expected ['2026-07-07', '2026-07-09', '2026-07-14', '2026-07-16', '2026-07-21', '2026-07-23', '2026-07-28'], got ['2026-07-07', '2026-07-09', '2026-07-14', '2026-07-16', '2026-07-23', '2026-07-28']",
    "ik29_brandt_thanks.eml": "first run at 97246135: needs_staff: expected False, got True",
    "ik31_carter_late_cancel_en.eml": "first run at 97246135: categories: expected {'cancellation'}, got set()",
    "ik32_yildiz_august_learner.eml": "first run at 97246135: confirmed: expected [1075, 1076, 1078], got []; needs_staff: expected False, got True",
    "ik33_yildiz_cancelled_confirmed.eml": "first run at 97246135: dates: expected ['2026-08-19'], got []",
    "ik35_lehmann_doubt_29.eml": "first run at 97246135: confirmed: expected [1088, 1089, 1092], got []; dates: expected ['2026-09-15', '2026-09-22', '2026-10-13'], got ['2026-09-15', '2026-09-22']",
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
