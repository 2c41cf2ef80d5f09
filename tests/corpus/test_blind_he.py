"""Blind corpus HE: partial confirmations and look-alikes that confirm nothing.

Thirty-three mails confirm some sessions of the patient and in the same mail say of another
session that it was missed, cancelled, cut short, broken off, moved, still to come or
doubtful, in German, English and learners' German; ten replies under our confirmation
request confirm nothing (the asked session missed, cut short, cancelled, doubted or held
for someone else). Only sessions plainly held in full are labelled confirmed.

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

BLIND = LabelledSet("blind_he", received_at=datetime.fromisoformat("2026-11-19T19:05:00+01:00"))

# Confirmations recorded that the patient did not give. Every entry is a BILLING BUG, heads
# the report, and is the only kind of xfail the hard test allows.
BILLING_BUGS: dict[str, str] = {}

# A confirmation the patient gave, neither recorded nor handed to staff.
LOST_SILENTLY: dict[str, str] = {}

# Mails decided otherwise than labelled (the lead fills this after the first run).
KNOWN_MISSES: dict[str, str] = {
    "he01_krueger_alle_ausser_dritter.eml": "first run at 06009e47: categories: expected {'confirmation', 'cancellation'}, got {'confirmation'}",
    "he02_becker_bis_auf_donnerstag.eml": "first run at 06009e47: categories: expected {'confirmation', 'cancellation'}, got {'confirmation'}",
    "he04_wolff_abgebrochen.eml": "first run at 06009e47: categories: expected {'technical', 'confirmation'}, got {'confirmation'}; dates: expected ['2026-01-16', '2026-01-23'], got ['2026-01-16']",
    "he05_schulz_zweite_nicht.eml": "first run at 06009e47: categories: expected {'confirmation', 'cancellation'}, got {'cancellation'}; confirmation-intent: expected True, got False; confirmed: expected [1034, 1036], got []",
    "he07_popescu_lerner.eml": "first run at 06009e47: categories: expected {'confirmation', 'cancellation'}, got {'confirmation'}",
    "he08_richter_liste.eml": "first run at 06009e47: categories: expected {'confirmation', 'cancellation'}, got {'confirmation'}",
    "he09_neumann_unsicher.eml": "first run at 06009e47: confirmed: expected [1056, 1057], got []; dates: expected ['2026-07-07', '2026-07-09'], got ['2026-07-07', '2026-07-09', '2026-07-14']",
    "he13_lehmann_nur_nicht.eml": "first run at 06009e47: categories: expected {'confirmation', 'cancellation'}, got {'confirmation'}; confirmed: expected [1087, 1089, 1090], got []; dates: expected ['2026-09-08', '2026-09-22', '2026-09-29'], got []",
    "he14_zimmermann_kurz.eml": "first run at 06009e47: categories: expected {'confirmation', 'cancellation'}, got {'confirmation'}",
    "he15_schaefer_firma.eml": "first run at 06009e47: categories: expected {'confirmation', 'cancellation'}, got {'confirmation'}",
    "he16_jansen_ordinal.eml": "first run at 06009e47: categories: expected {'technical', 'confirmation'}, got set(); confirmation-intent: expected True, got False; confirmed: expected [1104, 1105], got []",
    "he17_koch_aeltere_dame.eml": "first run at 06009e47: categories: expected {'confirmation', 'cancellation'}, got {'confirmation'}",
    "he19_wagner_mitte.eml": "first run at 06009e47: categories: expected {'confirmation', 'cancellation'}, got {'confirmation'}",
    "he21_berger_bis_auf_letzten.eml": "first run at 06009e47: categories: expected {'question', 'confirmation'}, got {'confirmation'}",
    "he22_krueger_spaeter_nachtrag.eml": "first run at 06009e47: categories: expected {'question', 'confirmation'}, got {'confirmation'}",
    "he23_becker_subordinate.eml": "first run at 06009e47: categories: expected {'confirmation', 'cancellation'}, got set(); confirmation-intent: expected True, got False; confirmed: expected [1013, 1015], got []; dates: expected ['2026-02-12', '2026-02-19'], got ['2026-02-12', '2026-02-16', '2026-02-19']",
    "he25_neumann_woche.eml": "first run at 06009e47: dates: expected ['2026-07-21', '2026-07-23'], got ['2026-07-21', '2026-07-23', '2026-07-28']",
    "he26_brandt_heute.eml": "first run at 06009e47: categories: expected {'confirmation', 'cancellation'}, got set(); confirmation-intent: expected True, got False; confirmed: expected [1066], got []; dates: expected ['2026-07-24'], got []",
    "he27_vogel_alle_ausser.eml": "first run at 06009e47: categories: expected {'confirmation', 'cancellation'}, got {'confirmation'}",
    "he28_hartmann_verlegt.eml": "first run at 06009e47: categories: expected {'question', 'confirmation'}, got {'confirmation'}; confirmed: expected [1120, 1122], got []",
    "he29_berger_juni.eml": "first run at 06009e47: categories: expected {'confirmation', 'cancellation'}, got {'confirmation'}",
    "he30_carter_except.eml": "first run at 06009e47: categories: expected {'confirmation', 'cancellation'}, got {'confirmation'}",
    "he31_oneill_cut_short.eml": "first run at 06009e47: dates: expected ['2026-04-14', '2026-04-21', '2026-04-28'], got ['2026-04-14', '2026-04-21']",
    "he32_carter_second_not.eml": "first run at 06009e47: categories: expected {'confirmation', 'cancellation'}, got {'confirmation'}; confirmed: expected [1072, 1074], got [1072]; dates: expected ['2026-08-24', '2026-09-07'], got ['2026-08-24']",
    "he33_oneill_list_may.eml": "first run at 06009e47: categories: expected {'confirmation', 'cancellation'}, got {'cancellation'}; confirmation-intent: expected True, got False; confirmed: expected [1139, 1141], got []; dates: expected ['2026-05-05', '2026-05-19'], got ['2026-05-05', '2026-05-12']",
    "he34_krueger_nicht_stattgefunden.eml": "first run at 06009e47: categories: expected {'cancellation'}, got set()",
    "he39_zimmermann_telefon.eml": "first run at 06009e47: categories: expected {'cancellation'}, got set()",
    "he40_carter_half.eml": "first run at 06009e47: dates: expected ['2026-08-31'], got []",
    "he41_aydin_frau.eml": "first run at 06009e47: categories: expected {'other'}, got set()",
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
    assert_ordinary_inbox(BLIND, mails=43, confirmations=33, known_misses=KNOWN_MISSES)
