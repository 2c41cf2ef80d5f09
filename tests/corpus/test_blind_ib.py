"""Blind corpus IB: twice-weekly patients confirming and denying sessions by the day's name.

40 mails from three patients treated twice a week (Mon/Thu, Tue/Thu, Mon/Wed by phone): weekday
names and abbreviations, "gestern"/"vorgestern", "letzte Woche", "die Woche davor", check marks
and crosses, one day held and the other missed or cut short, answered on the day up to three
weeks late, under our request or as new mails, in German, English and a carer's learners'
German; 30 confirmations and 10 look-alikes (a day still to come, cut short, missed, asked about).

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

BLIND = LabelledSet("blind_ib", received_at=datetime.fromisoformat("2026-08-14T15:30:00+02:00"))

# Confirmations recorded that the patient did not give. Every entry is a BILLING BUG, heads
# the report, and is the only kind of xfail the hard test allows.
BILLING_BUGS: dict[str, str] = {}

# A confirmation the patient gave, neither recorded nor handed to staff.
LOST_SILENTLY: dict[str, str] = {}

# Mails decided otherwise than labelled (the lead fills this after the first run).
KNOWN_MISSES: dict[str, str] = {
    "ib09_becker_woche_16_feb_nachtrag.eml": "first run at 90a9c13 BILLING BUG: 'die beiden Termine in der Woche ab dem 16. Februar ... Montag und Donnerstag haben beide stattgefunden' billed the last Monday (2.3.); now weekdays after a week named by a day are not placed, staff",
    "ib06_becker_do_abgebrochen.eml": "first run at 90a9c13b: categories: expected {'technical', 'confirmation'}, got {'confirmation'}; confirmed: expected [1014], got []; dates: expected ['2026-02-16', '2026-02-19'], got []",
    "ib07_becker_mo_ja_do_nein.eml": "first run at 90a9c13b: categories: expected {'confirmation', 'cancellation'}, got {'cancellation'}; confirmation-intent: expected True, got False; confirmed: expected [1016], got []; dates: expected ['2026-02-23'], got []",
    "ib08_becker_yesterday_and_thursday.eml": "first run at 90a9c13b: confirmed: expected [1017, 1018], got []; needs_staff: expected False, got True",
    "ib14_becker_woche_davor_unsicher.eml": "first run at 90a9c13b: categories: expected {'question', 'confirmation'}, got set(); confirmation-intent: expected True, got False; confirmed: expected [1014, 1015], got []; dates: expected ['2026-02-16', '2026-02-19'], got []",
    "ib15_becker_monday_fine_tonight.eml": "first run at 90a9c13b: categories: expected {'question', 'confirmation'}, got {'question'}; confirmation-intent: expected True, got False; confirmed: expected [1014], got []; dates: expected ['2026-02-16'], got []",
    "ib17_neumann_do_und_di.eml": "first run at 90a9c13b: confirmed: expected [1056, 1057], got [1057]; dates: expected ['2026-07-07', '2026-07-09'], got ['2026-07-09']; needs_staff: expected False, got True",
    "ib20_neumann_haken.eml": "first run at 90a9c13b: categories: expected {'confirmation'}, got set(); confirmation-intent: expected True, got False; confirmed: expected [1058, 1059], got []; dates: expected ['2026-07-14', '2026-07-16'], got []; needs_staff: expected False, got True",
    "ib23_neumann_nachtrag_august.eml": "first run at 90a9c13b: needs_staff: expected False, got True",
    "ib24_neumann_heute_gut_donnerstag_zahnarzt.eml": "first run at 90a9c13b: categories: expected {'confirmation', 'reschedule'}, got {'confirmation'}; confirmed: expected [1058], got []",
    "ib25_neumann_schwindelig.eml": "first run at 90a9c13b: dates: expected ['2026-07-09'], got []",
    "ib29_neumann_pflegerin_beide.eml": "first run at 90a9c13b: categories: expected {'confirmation'}, got set(); confirmation-intent: expected True, got False; confirmed: expected [1060, 1061], got []; dates: expected ['2026-07-21', '2026-07-23'], got []; needs_staff: expected False, got True",
    "ib34_koch_mittwoch_feiertag.eml": "first run at 90a9c13b: needs_staff: expected False, got True",
    "ib37_koch_nachtrag_maerz.eml": "first run at 90a9c13b: confirmed: expected [1109, 1110], got []; needs_staff: expected False, got True",
    "ib38_koch_niemand_angerufen.eml": "first run at 90a9c13b: categories: expected {'other'}, got set()",
    "ib39_koch_kreuz_haken.eml": "first run at 90a9c13b: categories: expected {'confirmation'}, got set(); confirmation-intent: expected True, got False; confirmed: expected [1112], got []; dates: expected ['2026-04-01'], got []",
    "ib40_koch_mittwoch_abgebrochen.eml": "first run at 90a9c13b: categories: expected {'technical', 'confirmation'}, got {'confirmation'}; confirmed: expected [1109], got []; dates: expected ['2026-03-23', '2026-03-25'], got []",
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
    assert_ordinary_inbox(BLIND, mails=40, confirmations=30, known_misses=KNOWN_MISSES)
