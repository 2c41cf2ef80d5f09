"""Blind corpus IR: a list of written days, then "the others" or "the rest".

44 mails: 34 confirmations in which patients write out their last three to six sessions
(dates, day and month names, weekdays, bullets, a range, check marks) and confirm them by
leaving some out ("bis auf den zweiten", "der mittlere nicht", "die übrigen drei ja",
"the rest were fine"), some with a count that does not fit, some with "die anderen" naming
no days, some cut short, under our request or as new mails up to three weeks late; and 10
look-alikes (coming sessions with one to move, which days are still open, "die anderen
sage ich ab", days to check on the bill). German, English and learners' German.

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

BLIND = LabelledSet("blind_ir", received_at=datetime.fromisoformat("2026-12-06T14:25:00+01:00"))

# Confirmations recorded that the patient did not give. Every entry is a BILLING BUG, heads
# the report, and is the only kind of xfail the hard test allows.
BILLING_BUGS: dict[str, str] = {}

# A confirmation the patient gave, neither recorded nor handed to staff.
LOST_SILENTLY: dict[str, str] = {}

# Mails decided otherwise than labelled (the lead fills this after the first run).
KNOWN_MISSES: dict[str, str] = {
    "ir01_krueger_zehnter_ausgefallen.eml": "first run at 6ea02a56: categories: expected {'confirmation'}, got set(); confirmation-intent: expected True, got False; confirmed: expected [1004, 1006], got []; dates: expected ['2026-02-03', '2026-02-17'], got ['2026-02-03', '2026-02-10', '2026-02-17']",
    "ir02_becker_bis_auf_den_zweiten.eml": "first run at 6ea02a56: categories: expected {'confirmation'}, got set(); confirmation-intent: expected True, got False; confirmed: expected [1012, 1014, 1015], got []; dates: expected ['2026-02-09', '2026-02-16', '2026-02-19'], got ['2026-02-09', '2026-02-12', '2026-02-16', '2026-02-19']",
    "ir03_popescu_andere_alle_gemacht.eml": "first run at 6ea02a56: dates: expected ['2026-06-02', '2026-06-16', '2026-06-23', '2026-06-30'], got ['2026-06-02', '2026-06-09', '2026-06-16', '2026-06-23', '2026-06-30']",
    "ir04_brandt_uebrigen_drei.eml": "first run at 6ea02a56: confirmed: expected [1064, 1065, 1066], got []; dates: expected ['2026-07-10', '2026-07-17', '2026-07-24'], got []",
    "ir05_carter_rest_fine.eml": "first run at 6ea02a56: confirmed: expected [1069, 1071, 1072], got [1072]; dates: expected ['2026-08-03', '2026-08-17', '2026-08-24'], got ['2026-08-03', '2026-08-10', '2026-08-17', '2026-08-24']",
    "ir06_vogel_bis_auf_dienstreise.eml": "first run at 6ea02a56: categories: expected {'confirmation'}, got set(); confirmation-intent: expected True, got False; confirmed: expected [1082, 1084, 1085], got []; dates: expected ['2026-09-03', '2026-09-10', '2026-09-24', '2026-10-01'], got ['2026-09-03', '2026-09-10', '2026-09-17', '2026-09-24', '2026-10-01']",
    "ir07_lehmann_letzten_abgesagt.eml": "first run at 6ea02a56: categories: expected {'confirmation'}, got set(); confirmation-intent: expected True, got False; confirmed: expected [1087, 1088], got []; dates: expected ['2026-09-08', '2026-09-15'], got ['2026-09-08', '2026-09-15', '2026-09-22']",
    "ir08_nowak_dreizehnter_fiel_aus.eml": "first run at 6ea02a56: categories: expected {'confirmation'}, got set(); confirmation-intent: expected True, got False; confirmed: expected [1116, 1118, 1119], got []; dates: expected ['2026-11-06', '2026-11-20', '2026-11-27'], got ['2026-11-06', '2026-11-13', '2026-11-20', '2026-11-27']",
    "ir09_wagner_alle_anderen.eml": "first run at 6ea02a56: confirmed: expected [1124, 1125, 1126, 1128, 1129], got []; dates: expected ['2026-01-12', '2026-01-19', '2026-01-26', '2026-02-09', '2026-02-16'], got ['2026-01-12', '2026-01-19', '2026-01-26', '2026-02-02', '2026-02-09', '2026-02-16']",
    "ir10_schulz_zweimal_geklappt.eml": "first run at 6ea02a56: categories: expected {'confirmation'}, got set(); confirmation-intent: expected True, got False; dates: expected [], got ['2026-04-16', '2026-04-23', '2026-04-30', '2026-05-07']",
    "ir11_berger_uebrigen_fuenf.eml": "first run at 6ea02a56: dates: expected ['2026-05-06', '2026-05-13', '2026-05-27', '2026-06-10'], got ['2026-05-06', '2026-05-13', '2026-05-20', '2026-05-27', '2026-06-03', '2026-06-10']",
    "ir13_schaefer_zweimal_krank.eml": "first run at 6ea02a56: categories: expected {'confirmation'}, got set(); confirmation-intent: expected True, got False; confirmed: expected [1098, 1100], got []; dates: expected ['2026-10-07', '2026-10-21'], got ['2026-10-07', '2026-10-14', '2026-10-21']",
    "ir14_aydin_drei_mal.eml": "first run at 6ea02a56: dates: expected ['2026-03-05', '2026-03-19', '2026-03-26'], got ['2026-03-05', '2026-03-12', '2026-03-19', '2026-03-26']",
    "ir15_oneill_all_four_except.eml": "first run at 6ea02a56: dates: expected ['2026-04-14', '2026-04-21', '2026-05-05', '2026-05-12'], got ['2026-04-14', '2026-04-21', '2026-04-28', '2026-05-05', '2026-05-12']",
    "ir16_hoffmann_mittags_abgebrochen.eml": "first run at 6ea02a56: confirmed: expected [1040, 1041, 1042, 1044], got [1040, 1041, 1044]",
    "ir20_popescu_nicht_sicher.eml": "first run at 6ea02a56: categories: expected {'confirmation'}, got set(); confirmation-intent: expected True, got False; confirmed: expected [1048], got []; dates: expected ['2026-06-16'], got ['2026-06-16', '2026-06-23', '2026-06-30']",
    "ir24_hartmann_dienstage_davor.eml": "first run at 6ea02a56: confirmed: expected [1120, 1121, 1122], got [1122]; dates: expected ['2026-11-03', '2026-11-10', '2026-11-17'], got []; needs_staff: expected False, got True",
    "ir25_wolff_der_mittlere_bei_vier.eml": "first run at 6ea02a56: categories: expected {'confirmation'}, got set(); confirmation-intent: expected True, got False; confirmed: expected [1030, 1033], got []; dates: expected ['2026-01-30', '2026-02-20'], got ['2026-01-30', '2026-02-06', '2026-02-13', '2026-02-20']",
    "ir26_neumann_vorher_bestaetigt.eml": "first run at 6ea02a56: confirmed: expected [1058, 1060, 1061], got []; dates: expected ['2026-07-14', '2026-07-21', '2026-07-23'], got ['2026-07-14', '2026-07-16', '2026-07-21', '2026-07-23']",
    "ir28_demir_maerz_auch.eml": "first run at 6ea02a56: categories: expected {'confirmation'}, got set(); confirmation-intent: expected True, got False; confirmed: expected [1024, 1025, 1026], got []; dates: expected ['2026-04-08', '2026-04-15', '2026-04-22'], got ['2026-04-01', '2026-04-08', '2026-04-15', '2026-04-22']",
    "ir29_hoffmann_andere_schon_bestaetigt.eml": "first run at 6ea02a56: confirmed: expected [1044, 1045], got []; dates: expected ['2026-05-26', '2026-06-01'], got ['2026-05-26']",
    "ir31_jansen_late_rest_took_place.eml": "first run at 6ea02a56: confirmed: expected [1105, 1107, 1108], got []; dates: expected ['2026-10-29', '2026-11-12', '2026-11-19'], got []",
    "ir32_schaefer_fuenf_von_sechs.eml": "first run at 6ea02a56: categories: expected {'confirmation'}, got set(); confirmation-intent: expected True, got False; confirmed: expected [1098, 1099, 1101, 1102, 1103], got []; dates: expected ['2026-10-07', '2026-10-14', '2026-10-28', '2026-11-04', '2026-11-11'], got ['2026-10-07', '2026-10-14', '2026-10-21', '2026-10-28', '2026-11-04', '2026-11-11']",
    "ir36_nowak_welche_noch_offen.eml": "first run at 6ea02a56: dates: expected [], got ['2026-11-06', '2026-11-13', '2026-11-20']",
    "ir38_becker_rechnung_pruefen.eml": "first run at 6ea02a56: dates: expected [], got ['2026-02-02', '2026-02-05', '2026-02-09', '2026-02-12', '2026-02-16']",
    "ir40_lehmann_dreizehnten_verlegen.eml": "first run at 6ea02a56: categories: expected {'reschedule'}, got set()",
    "ir42_vogel_rechnung_dienstreise.eml": "first run at 6ea02a56: categories: expected {'question'}, got set(); dates: expected [], got ['2026-09-03', '2026-09-10', '2026-09-17', '2026-09-24', '2026-10-01', '2026-10-08']",
    "ir44_brandt_august_verlegen.eml": "first run at 6ea02a56: categories: expected {'reschedule'}, got set()",
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
    assert_ordinary_inbox(BLIND, mails=44, confirmations=34, known_misses=KNOWN_MISSES)
