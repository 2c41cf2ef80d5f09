"""Blind corpus HT: patients with two sessions a week confirming and denying by weekday.

41 mails of Thomas Becker (Mon/Thu), Gisela Neumann (Tue/Thu) and Renate Koch (Mon/Wed):
both sessions of a week, only one of two, one held and the other missed, cancelled, cut
short or still to come ("Dienstag ja, Donnerstag nicht", "Mo ✓ / Do ✗", "the Monday one
yes, Thursday's no"), answered the same day up to ten days late, under our request for one
of the days or as new mails; German, English and learners' German.

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

BLIND = LabelledSet("blind_ht", received_at=datetime.fromisoformat("2026-08-02T14:45:00+02:00"))

# Confirmations recorded that the patient did not give. Every entry is a BILLING BUG, heads
# the report, and is the only kind of xfail the hard test allows.
BILLING_BUGS: dict[str, str] = {}

# A confirmation the patient gave, neither recorded nor handed to staff.
LOST_SILENTLY: dict[str, str] = {}

# Mails decided otherwise than labelled (the lead fills this after the first run).
KNOWN_MISSES: dict[str, str] = {
    "ht02_becker_mo_ja_do_nein.eml": "first run at fde242d1: categories: expected {'cancellation', 'confirmation'}, got {'confirmation'}",
    "ht05_becker_donnerstag_verpasst.eml": "first run at fde242d1: categories: expected {'other'}, got set()",
    "ht07_becker_nachtrag_zwei_wochen.eml": "first run at fde242d1: needs_staff: expected True, got False",
    "ht09_becker_montag_ja_donnerstag_abgebrochen.eml": "first run at fde242d1: categories: expected {'technical', 'confirmation'}, got {'technical'}; confirmation-intent: expected True, got False; confirmed: expected [1016], got []; dates: expected ['2026-02-23', '2026-02-26'], got []",
    "ht10_becker_montag_kurz.eml": "first run at fde242d1: dates: expected ['2026-03-02'], got []",
    "ht12_neumann_beide.eml": "first run at fde242d1: confirmed: expected [1058, 1059], got [1058]; needs_staff: expected False, got True",
    "ht14_neumann_donnerstag_kommt_noch.eml": "first run at fde242d1: dates: expected [], got ['2026-07-16']",
    "ht17_neumann_dienstag_abgesagt_donnerstag_ja.eml": "first run at fde242d1: categories: expected {'cancellation', 'confirmation'}, got {'confirmation'}; confirmed: expected [1057], got []",
    "ht19_neumann_beide_letzte_woche_kurz.eml": "first run at fde242d1: confirmed: expected [1056, 1057], got [1056]; dates: expected ['2026-07-07', '2026-07-09'], got []; needs_staff: expected False, got True",
    "ht20_neumann_dienstag_abgebrochen.eml": "first run at fde242d1: dates: expected ['2026-07-14'], got []",
    "ht24_koch_montag_ja_mittwoch_morgen.eml": "first run at fde242d1: dates: expected ['2026-04-13'], got ['2026-04-02', '2026-04-13']",
    "ht25_koch_mittwoch_verpasst.eml": "first run at fde242d1: categories: expected {'other'}, got set()",
    "ht27_koch_mittwoch_ja_montag_kurz.eml": "first run at fde242d1: categories: expected {'question', 'confirmation'}, got {'question'}; confirmation-intent: expected True, got False; confirmed: expected [1110], got []; dates: expected ['2026-03-23', '2026-03-25'], got []",
    "ht28_becker_english_monday_yes.eml": "first run at fde242d1: categories: expected {'confirmation'}, got set(); confirmation-intent: expected True, got False; confirmed: expected [1012], got []; dates: expected ['2026-02-09'], got []",
    "ht31_becker_english_thursday_tomorrow.eml": "first run at fde242d1: categories: expected {'question'}, got set(); confirmation-intent: expected False, got True",
    "ht37_koch_mittwoch_8_4.eml": "first run at fde242d1: confirmed: expected [1113], got []; dates: expected ['2026-04-08'], got []; needs_staff: expected False, got True",
    "ht38_koch_montag_unklar.eml": "first run at fde242d1: confirmation-intent: expected False, got True",
    "ht40_neumann_dienstag_ja_donnerstag_verschieben.eml": "first run at fde242d1: categories: expected {'confirmation', 'reschedule'}, got set(); confirmation-intent: expected True, got False; confirmed: expected [1060], got []",
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
