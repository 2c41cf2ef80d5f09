"""Blind corpus EF: days of sessions given in words, 32 confirmations and 11 look-alikes.

The mails in tests/data/blind_ef/ (made by `python -m tools.corpus.blind_ef`, written
without reading the rules, the canonical table or the earlier blind sets' mails), everyday
mail that names the day of a session in words: a weekday alone, 'letzte Woche Mittwoch',
'vorgestern', 'den davor', 'die beiden letzten', 'gestern und heute', 'the Monday one', a
day corrected in the next sentence, a weekday that contradicts its date, and a few with
every day plainly named. 40 of the 43 mean to confirm; 32 give something to record, the
11 look-alikes (8 of them meant as confirmations) give nothing: two sessions on the day
said in the singular, a weekday without a session, a cancelled day, a holiday, 'last
Tuesday' on the Wednesday, 'Montag, 25.03.' (a Wednesday), a repeat of a confirmation, a
future day, sessions that did not take place.

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

BLIND = LabelledSet("blind_ef", received_at=datetime.fromisoformat("2026-12-31T12:00:00+01:00"))

# Confirmations recorded that the patient did not give. Every entry is a BILLING BUG, heads
# the report, and is the only kind of xfail the hard test allows.
BILLING_BUGS: dict[str, str] = {}

# A confirmation the patient gave, neither recorded nor handed to staff.
LOST_SILENTLY: dict[str, str] = {}

# Mails decided otherwise than labelled (the lead fills this after the first run).
KNOWN_MISSES: dict[str, str] = {
    "ef26_wagner_gestern_davor_abgesagt.eml": "first run at 829ac99: dates: expected ['2026-02-09'], got []",
    "ef02_becker_montag_ja_donnerstag_nicht.eml": "first run at 829ac99: categories: expected {'confirmation'}, got set(); confirmation-intent: expected True, got False; confirmed: expected [1012], got []",
    "ef13_carter_the_monday_one.eml": "first run at 829ac99: dates: expected ['2026-08-10'], got []",
    "ef28_aydin_donerstag.eml": "first run at 829ac99: dates: expected ['2026-02-19'], got []",
    "ef42_popescu_dienstag_und_vorher.eml": "first run at 829ac99: confirmed: expected [1048, 1049], got []; needs_staff: expected False, got True",
    "ef43_hartmann_letzten_dienstag_spaet.eml": "first run at 829ac99: categories: expected {'confirmation'}, got set(); confirmation-intent: expected True, got False; confirmed: expected [1120], got []; dates: expected ['2026-11-03'], got []; needs_staff: expected False, got True",
    "ef17_oneill_last_tuesday.eml": "first run at 829ac99: dates: expected [], got ['2026-04-28']",
    "ef31_becker_montag_nix.eml": "first run at 829ac99: categories: expected {'reschedule'}, got set()",
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
    assert_ordinary_inbox(BLIND, mails=43, confirmations=40, known_misses=KNOWN_MISSES)
