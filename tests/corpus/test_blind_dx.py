"""Blind corpus DX: an ordinary inbox written mostly by non-native speakers, 36 confirmations
and 12 look-alikes.

The mails in tests/data/blind_dx/ (made by `python -m tools.corpus.blind_dx`, written
without reading the rules, the canonical table or the earlier blind sets' mails) span the
whole year: short replies under our request and new mails in learners' German, mixed with
Turkish, Polish, Romanian, Russian, Ukrainian, Dutch, Spanish and English, with their own
date habits (06.11.2026r., 23.03.2026 г., 08/10/2026, 22-10, 16 iunie), several days at
once, late confirmations, relatives writing for a parent; the look-alikes are
cancellations, reschedule wishes, questions about a coming session, missed or broken-off
sessions, a reply to a reminder and a confirmation of a cancelled day.

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

BLIND = LabelledSet("blind_dx", received_at=datetime.fromisoformat("2026-12-31T12:00:00+01:00"))

# Confirmations recorded that the patient did not give. Every entry is a BILLING BUG, heads
# the report, and is the only kind of xfail the hard test allows.
BILLING_BUGS: dict[str, str] = {}

# A confirmation the patient gave, neither recorded nor handed to staff.
LOST_SILENTLY: dict[str, str] = {}

# Mails decided otherwise than labelled (the lead fills this after the first run).
KNOWN_MISSES: dict[str, str] = {
    "dx03_aylin_yes_and_new_date.eml": "first run at 7d0b6cd: categories: expected {'reschedule', 'confirmation'}, got {'confirmation'}",
    "dx06_fatma_daughter_writes.eml": "first run at 7d0b6cd: confirmed: expected [1078], got []; needs_staff: expected False, got True",
    "dx07_fatma_call_broke_off.eml": "first run at 7d0b6cd: categories: expected {'technical'}, got set()",
    "dx08_fatma_ok_tomorrow.eml": "first run at 7d0b6cd: needs_staff: expected False, got True",
    "dx10_mehmet_three_late.eml": "first run at 7d0b6cd: confirmed: expected [1131, 1132, 1133], got []; needs_staff: expected False, got True",
    "dx11_mehmet_other_time.eml": "first run at 7d0b6cd: categories: expected {'reschedule'}, got set()",
    "dx14_elena_phone_only.eml": "first run at 7d0b6cd: categories: expected {'question', 'technical'}, got {'technical'}",
    "dx17_nowak_nobody_came.eml": "first run at 7d0b6cd: categories: expected {'technical'}, got set(); confirmation-intent: expected False, got True; dates: expected [], got ['2026-11-27']",
    "dx30_emily_phone_instead.eml": "first run at 7d0b6cd: categories: expected {'question', 'technical'}, got {'technical'}",
    "dx34_lukas_spanish.eml": "first run at 7d0b6cd: confirmed: expected [1063], got []; needs_staff: expected False, got True",
    "dx35_lukas_late_17_7.eml": "first run at 7d0b6cd: needs_staff: expected False, got True",
    "dx36_ole_dutch_date.eml": "first run at 7d0b6cd: dates: expected ['2026-10-22'], got []",
    "dx48_klaus_cancelled_day.eml": "first run at 7d0b6cd: dates: expected [], got ['2026-10-26']",
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
    assert_ordinary_inbox(BLIND, mails=48, confirmations=36, known_misses=KNOWN_MISSES)
