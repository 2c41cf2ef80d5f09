"""Blind corpus EM: days given in words, 41 confirmations and 5 look-alikes.

The mails in tests/data/blind_em/ (made by `python -m tools.corpus.blind_em`, written
without reading the rules, the canonical table or the earlier blind sets' mails), everyday
patient mail where the day of a session is given only in words: weekdays alone ('Montag
ja, Donnerstag nicht'), 'letzte Woche Dienstag', 'vorgestern', 'den davor', 'die beiden
letzten', 'gestern und heute', 'the Tuesday one', a day corrected in the next sentence, a
weekday and a date that do not agree, a weekday with no session or a cancelled one; and
some where every session is plainly named. Five confirmations record nothing (staff).

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

BLIND = LabelledSet("blind_em", received_at=datetime.fromisoformat("2026-12-31T12:00:00+01:00"))

# Confirmations recorded that the patient did not give. Every entry is a BILLING BUG, heads
# the report, and is the only kind of xfail the hard test allows.
BILLING_BUGS: dict[str, str] = {}

# A confirmation the patient gave, neither recorded nor handed to staff.
LOST_SILENTLY: dict[str, str] = {}

# Mails decided otherwise than labelled (the lead fills this after the first run).
KNOWN_MISSES: dict[str, str] = {
    "em04_becker_montag_ja_donnerstag_nicht.eml": "first run at 43679ba: categories: expected {'other', 'confirmation'}, got {'other'}; confirmation-intent: expected True, got False; confirmed: expected [1012], got []",
    "em08_demir_den_mittwoch_davor.eml": "first run at 43679ba: categories: expected {'confirmation'}, got set(); confirmation-intent: expected True, got False; confirmed: expected [1022], got []",
    "em12_schulz_die_beiden_letzten.eml": "first run at 43679ba: confirmed: expected [1035, 1036], got []; dates: expected ['2026-04-23', '2026-04-30'], got []; needs_staff: expected False, got True",
    "em14_schulz_feiertag.eml": "first run at 43679ba: categories: expected {'confirmation'}, got set(); confirmation-intent: expected True, got False; confirmed: expected [1037], got []; needs_staff: expected False, got True",
    "em19_richter_mittwoch_lief.eml": "first run at 43679ba: dates: expected ['2026-06-03'], got []",
    "em20_richter_datum_wochentag.eml": "first run at 43679ba: dates: expected ['2026-06-16', '2026-06-17'], got ['2026-06-16']",
    "em22_neumann_dienstag_16.eml": "first run at 43679ba: dates: expected ['2026-07-14', '2026-07-16'], got ['2026-07-16']",
    "em27_carter_yesterday_and_before.eml": "first run at 43679ba: confirmed: expected [1071, 1072], got [1072]; dates: expected ['2026-08-17', '2026-08-24'], got []; needs_staff: expected False, got True",
    "em28_yildiz_beiden_mittwoche.eml": "first run at 43679ba: categories: expected {'confirmation'}, got set(); confirmation-intent: expected True, got False; confirmed: expected [1078], got []; dates: expected ['2026-08-26'], got []",
    "em29_vogel_schon_bestaetigt.eml": "first run at 43679ba: needs_staff: expected True, got False",
    "em32_zimmermann_montag_abgesagt.eml": "first run at 43679ba: dates: expected [], got ['2026-10-26']",
    "em37_hartmann_gestern.eml": "first run at 43679ba: dates: expected ['2026-11-24'], got []; needs_staff: expected False, got True",
    "em38_wagner_montag_davor_abgesagt.eml": "first run at 43679ba: confirmed: expected [1128], got []; dates: expected ['2026-02-09'], got []",
    "em39_aydin_ne_donnerstag.eml": "first run at 43679ba: dates: expected ['2026-03-12'], got ['2026-03-11', '2026-03-12']; needs_staff: expected False, got True",
    "em40_oneill_tuesday_one.eml": "first run at 43679ba: dates: expected ['2026-05-12'], got []",
    "em44_demir_mittwoch_internet.eml": "first run at 43679ba: categories: expected {'technical'}, got set()",
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
    assert_ordinary_inbox(BLIND, mails=46, confirmations=41, known_misses=KNOWN_MISSES)
