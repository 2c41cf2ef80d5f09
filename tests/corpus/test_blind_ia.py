"""Blind corpus IA: partial confirmations, written freshly once more.

41 patient mails: 30 confirm some of the patient's sessions and in the same mail say of
another that it did not take place, took place only partly, was cut short, moved, someone
else's or doubtful (in the first line, a PS, a list, a parenthesis, after "aber", "außer",
"bis auf", "except" ...); 11 look-alikes under our request confirm nothing. Only sessions
plainly held in full are labelled confirmed; a session cut short is a date, not confirmed.

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

BLIND = LabelledSet("blind_ia", received_at=datetime.fromisoformat("2026-11-28T11:00:00+01:00"))

# Confirmations recorded that the patient did not give. Every entry is a BILLING BUG, heads
# the report, and is the only kind of xfail the hard test allows.
BILLING_BUGS: dict[str, str] = {}

# A confirmation the patient gave, neither recorded nor handed to staff.
LOST_SILENTLY: dict[str, str] = {}

# Mails decided otherwise than labelled (the lead fills this after the first run).
KNOWN_MISSES: dict[str, str] = {
    "ia09_schulz_mutter_bis_auf_23.eml": "first run at 57f2db76: categories: expected {'confirmation'}, got set(); confirmation-intent: expected True, got False; confirmed: expected [1034, 1036], got []",
    "ia11_hoffmann_dienstag_meeting.eml": "first run at 57f2db76: categories: expected {'confirmation'}, got set(); confirmation-intent: expected True, got False; confirmed: expected [1045], got []; dates: expected ['2026-05-26', '2026-06-01'], got ['2026-06-01']",
    "ia12_popescu_erste_nur_telefon.eml": "first run at 57f2db76: dates: expected ['2026-06-02', '2026-06-09', '2026-06-16'], got ['2026-06-09', '2026-06-16']",
    "ia13_richter_der_davor_verpennt.eml": "first run at 57f2db76: confirmed: expected [1053], got []",
    "ia15_neumann_alle_anderen_schon.eml": "first run at 57f2db76: confirmed: expected [1056, 1057, 1059, 1060], got []; dates: expected ['2026-07-07', '2026-07-09', '2026-07-16', '2026-07-21'], got ['2026-07-07', '2026-07-09', '2026-07-14', '2026-07-16', '2026-07-21']",
    "ia16_neumann_leitung_schlecht.eml": "first run at 57f2db76: confirmed: expected [1062], got []; dates: expected ['2026-07-23', '2026-07-28'], got []",
    "ia18_carter_apart_from_the_10th.eml": "first run at 57f2db76: dates: expected ['2026-08-03', '2026-08-10', '2026-08-17'], got ['2026-08-03', '2026-08-17']",
    "ia20_yildiz_letzte_woche_die_davor.eml": "first run at 57f2db76: confirmed: expected [1076, 1078], got [1078]; dates: expected ['2026-08-12', '2026-08-26'], got ['2026-08-26']; needs_staff: expected False, got True",
    "ia21_vogel_verlegt_auf_freitag.eml": "first run at 57f2db76: dates: expected ['2026-09-10', '2026-09-18', '2026-09-24'], got ['2026-09-10', '2026-09-24']",
    "ia22_lehmann_nicht_sicher_am_22.eml": "first run at 57f2db76: confirmed: expected [1087, 1088, 1090], got [1090]",
    "ia23_lehmann_dachte_verschoben.eml": "first run at 57f2db76: categories: expected {'question'}, got set()",
    "ia25_zimmermann_doch_abgesagt.eml": "first run at 57f2db76: dates: expected [], got ['2026-10-26']",
    "ia26_zimmermann_zehn_minuten.eml": "first run at 57f2db76: dates: expected ['2026-11-02'], got []",
    "ia28_schaefer_gestern_laptop.eml": "first run at 57f2db76: confirmed: expected [1103], got []; dates: expected ['2026-11-04', '2026-11-11'], got ['2026-11-11']",
    "ia32_nowak_bruder_war_dran.eml": "first run at 57f2db76: categories: expected {'question', 'other'}, got set()",
    "ia33_hartmann_der_erste_nur_kennenlernen.eml": "first run at 57f2db76: confirmed: expected [1121, 1122], got []; dates: expected ['2026-11-03', '2026-11-10', '2026-11-17'], got ['2026-11-10', '2026-11-17']",
    "ia36_aydin_krank_neuer_termin.eml": "first run at 57f2db76: categories: expected {'reschedule', 'other'}, got set()",
    "ia37_oneill_except_the_28th.eml": "first run at 57f2db76: confirmed: expected [1137, 1139], got [1139]",
    "ia38_oneill_line_dropped.eml": "first run at 57f2db76: categories: expected {'reschedule', 'other'}, got set(); dates: expected ['2026-05-19'], got []",
    "ia39_berger_nur_nicht_verschoben.eml": "first run at 57f2db76: confirmed: expected [1143, 1144, 1145], got []; dates: expected ['2026-05-08', '2026-05-13', '2026-05-20', '2026-05-27'], got ['2026-05-08', '2026-05-27']",
    "ia40_krueger_kaum_verstanden.eml": "first run at 57f2db76: categories: expected {'technical'}, got set(); dates: expected ['2026-02-17'], got []",
    "ia41_popescu_kind_krank.eml": "first run at 57f2db76: categories: expected {'reschedule', 'other'}, got set()",
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
    assert_ordinary_inbox(BLIND, mails=41, confirmations=30, known_misses=KNOWN_MISSES)
