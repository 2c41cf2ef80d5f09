"""Blind corpus ER: session days given in words, 28 confirmations and 7 look-alikes.

The mails in tests/data/blind_er/ (made by `python -m tools.corpus.blind_er`, written
without reading the rules, the canonical table or the earlier blind sets' mails) name the
day of a session mostly in words: weekdays alone ('Montag ja, Donnerstag nicht'), 'letzte
Woche Freitag', 'vorgestern', 'den davor', 'die beiden letzten', 'gestern und heute', 'the
Tuesday one', a day corrected in the next sentence, a weekday and a date that disagree,
a cancelled or doubled Monday; the look-alikes are missed sessions, reminder yeses, a
cancellation and a question.

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

BLIND = LabelledSet("blind_er", received_at=datetime.fromisoformat("2026-12-31T12:00:00+01:00"))

# Confirmations recorded that the patient did not give. Every entry is a BILLING BUG, heads
# the report, and is the only kind of xfail the hard test allows.
BILLING_BUGS: dict[str, str] = {}

# A confirmation the patient gave, neither recorded nor handed to staff.
LOST_SILENTLY: dict[str, str] = {}

# Mails decided otherwise than labelled (the lead fills this after the first run).
KNOWN_MISSES: dict[str, str] = {
    "er07_die_beiden_letzten.eml": "first run at 26eeb2e: confirmed: expected [1088, 1089], got [1089]; dates: expected ['2026-09-15', '2026-09-22'], got []; needs_staff: expected False, got True",
    "er09_wochentag_datum_falsch.eml": "first run at 26eeb2e: dates: expected [], got ['2026-02-04']",
    "er10_mittwoch_abgesagt.eml": "first run at 26eeb2e: dates: expected [], got ['2026-08-19']",
    "er16_tuesday_one.eml": "first run at 26eeb2e: dates: expected ['2026-04-21'], got []",
    "er19_donnerstag_und_davor.eml": "first run at 26eeb2e: needs_staff: expected True, got False",
    "er21_spaet_montag.eml": "first run at 26eeb2e: confirmed: expected [1094], got []; dates: expected ['2026-10-12'], got ['2026-11-16']; needs_staff: expected False, got True",
    "er26_gestern_ja_donnerstag.eml": "first run at 26eeb2e: confirmed: expected [1012], got []; dates: expected ['2026-02-09'], got []",
    "er27_freitag_5_2.eml": "first run at 26eeb2e: dates: expected [], got ['2026-02-05']",
    "er30_vorgestern_nicht.eml": "first run at 26eeb2e: categories: expected {'technical'}, got set()",
    "er34_freitag_niemand.eml": "first run at 26eeb2e: categories: expected {'technical'}, got set()",
    "er35_montag_ja_gerne.eml": "first run at 26eeb2e: needs_staff: expected False, got True",
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
    assert_ordinary_inbox(BLIND, mails=35, confirmations=28, known_misses=KNOWN_MISSES)
