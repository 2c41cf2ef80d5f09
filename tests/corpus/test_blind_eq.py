"""Blind corpus EQ: partial confirmations in everyday words, 29 confirmations and 5 look-alikes.

The mails in tests/data/blind_eq/ (made by `python -m tools.corpus.blind_eq`, written
without reading the rules, the canonical table or the earlier blind sets' mails), mostly
replies that confirm one or more sessions and say in passing that another was slept
through, cut short, moved, missed or is uncertain, with days named by weekday, 'den davor'
or 'bis auf den 19.'; some where every session plainly took place; and mails that confirm
only a cancelled, future or already confirmed day, or say a session did not happen.

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

BLIND = LabelledSet("blind_eq", received_at=datetime.fromisoformat("2026-12-31T12:00:00+01:00"))

# Confirmations recorded that the patient did not give. Every entry is a BILLING BUG, heads
# the report, and is the only kind of xfail the hard test allows.
BILLING_BUGS: dict[str, str] = {}

# A confirmation the patient gave, neither recorded nor handed to staff.
LOST_SILENTLY: dict[str, str] = {}

# Mails decided otherwise than labelled (the lead fills this after the first run).
KNOWN_MISSES: dict[str, str] = {
    "eq02_becker_verpennt.eml": "first run at 26eeb2e: categories: expected {'reschedule', 'confirmation'}, got {'confirmation'}; dates: expected ['2026-02-09'], got ['2026-02-09', '2026-02-12']",
    "eq03_wolff_third_unsure.eml": "first run at 26eeb2e: categories: expected {'confirmation'}, got set(); confirmation-intent: expected True, got False; confirmed: expected [1028, 1029], got []",
    "eq05_neumann_july_list.eml": "first run at 26eeb2e: categories: expected {'confirmation', 'cancellation'}, got {'confirmation'}",
    "eq07_demir_mittwoch.eml": "first run at 26eeb2e: dates: expected ['2026-03-25'], got []",
    "eq08_demir_cancelled_day.eml": "first run at 26eeb2e: dates: expected [], got ['2026-04-01']",
    "eq15_schaefer_half.eml": "first run at 26eeb2e: categories: expected {'confirmation', 'technical'}, got {'technical'}; confirmation-intent: expected True, got False",
    "eq19_lehmann_already.eml": "first run at 26eeb2e: needs_staff: expected True, got False",
    "eq24_becker_feb_except.eml": "first run at 26eeb2e: confirmed: expected [1010, 1011, 1012, 1013, 1014, 1016, 1017], got []",
    "eq26_vogel_already_confirmed.eml": "first run at 26eeb2e: needs_staff: expected True, got False",
    "eq28_demir_moved.eml": "first run at 26eeb2e: dates: expected ['2026-04-09'], got []",
    "eq29_yildiz_cancelled_yes.eml": "first run at 26eeb2e: dates: expected [], got ['2026-08-19']",
    "eq30_wagner_not_in_room.eml": "first run at 26eeb2e: categories: expected {'technical'}, got set()",
    "eq32_carter_travelling.eml": "first run at 26eeb2e: categories: expected {'reschedule', 'cancellation'}, got {'reschedule'}",
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
    assert_ordinary_inbox(BLIND, mails=34, confirmations=29, known_misses=KNOWN_MISSES)
