"""Blind corpus GH: confirmations of whole periods in everyday words, 37 confirmations and 6 look-alikes.

The mails in tests/data/blind_gh/ (made by `python -m tools.corpus.blind_gh`, written
without reading the rules, the canonical table or the earlier blind sets' mails) confirm
sessions by period rather than by date: a whole month, a month except one day, the last two
weeks, everything since the 3rd, the first three, the two before the requested one, a
month's sessions listed with one left out, a month with a session the practice cancelled,
and some with every session named. 32 of them confirm at least one session; 5 more mean to
confirm but nothing may be recorded (the only session cancelled, all still ahead, a month
without sessions, 'bis auf einen' without saying which, everything already confirmed); 6
look-alikes ask, cancel or report a month missed.

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

BLIND = LabelledSet("blind_gh", received_at=datetime.fromisoformat("2026-12-31T12:00:00+01:00"))

# Confirmations recorded that the patient did not give. Every entry is a BILLING BUG, heads
# the report, and is the only kind of xfail the hard test allows.
BILLING_BUGS: dict[str, str] = {}

# A confirmation the patient gave, neither recorded nor handed to staff.
LOST_SILENTLY: dict[str, str] = {}

# Mails decided otherwise than labelled (the lead fills this after the first run).
KNOWN_MISSES: dict[str, str] = {
    "gh17_zimmermann_ersten_drei.eml": "first run at 25395d4: lost without staff [1093, 1094]; now: confirmed: expected [1093, 1094, 1095], got [1095]; dates: expected ['2026-10-05', '2026-10-12', '2026-10-19'], got ['2026-10-19']; needs_staff: expected False, got True",
    "gh01_becker_februar_alle.eml": "first run at 25395d4: confirmed: expected [1010, 1011, 1012, 1013, 1014, 1015, 1016, 1017], got []; dates: expected ['2026-02-02', '2026-02-05', '2026-02-09', '2026-02-12', '2026-02-16', '2026-02-19', '2026-02-23', '2026-02-26'], got []; needs_staff: expected False, got True",
    "gh02_krueger_rest_februar.eml": "first run at 25395d4: confirmed: expected [1004, 1005, 1006, 1007], got [1007]; dates: expected ['2026-02-03', '2026-02-10', '2026-02-17', '2026-02-24'], got ['2026-02-24']; needs_staff: expected False, got True",
    "gh08_carter_august_all.eml": "first run at 25395d4: confirmed: expected [1069, 1070, 1071, 1072, 1073], got []; dates: expected ['2026-08-03', '2026-08-10', '2026-08-17', '2026-08-24', '2026-08-31'], got []; needs_staff: expected False, got True",
    "gh09_popescu_juni_bis_jetzt.eml": "first run at 25395d4: confirmed: expected [1046, 1047, 1048, 1049], got []; dates: expected ['2026-06-02', '2026-06-09', '2026-06-16', '2026-06-23'], got []; needs_staff: expected False, got True",
    "gh10_richter_juni.eml": "first run at 25395d4: confirmed: expected [1051, 1052, 1053, 1054], got []; dates: expected ['2026-06-03', '2026-06-10', '2026-06-17', '2026-06-24'], got []; needs_staff: expected False, got True",
    "gh19_schaefer_oktober_buero.eml": "first run at 25395d4: confirmed: expected [1098, 1099, 1100, 1101], got []; dates: expected ['2026-10-07', '2026-10-14', '2026-10-21', '2026-10-28'], got []; needs_staff: expected False, got True",
    "gh24_vogel_september.eml": "first run at 25395d4: confirmed: expected [1082, 1083, 1084], got []; dates: expected ['2026-09-03', '2026-09-10', '2026-09-17', '2026-09-24'], got []; needs_staff: expected False, got True",
    "gh25_oneill_april.eml": "first run at 25395d4: confirmed: expected [1136, 1137, 1138], got []; dates: expected ['2026-04-14', '2026-04-21', '2026-04-28'], got []; needs_staff: expected False, got True",
    "gh28_schulz_april.eml": "first run at 25395d4: confirmed: expected [1034, 1035, 1036], got []; dates: expected ['2026-04-16', '2026-04-23', '2026-04-30'], got []; needs_staff: expected False, got True",
    "gh31_wagner_januar.eml": "first run at 25395d4: confirmed: expected [1124, 1125, 1126], got []; dates: expected ['2026-01-12', '2026-01-19', '2026-01-26'], got []; needs_staff: expected False, got True",
    "gh29_koch_alle_meine.eml": "first run at 25395d4: confirmed: expected [1109, 1110, 1111, 1112, 1113, 1114], got []; dates: expected ['2026-03-23', '2026-03-25', '2026-03-30', '2026-04-01', '2026-04-08', '2026-04-13', '2026-04-15'], got []; needs_staff: expected False, got True",
    "gh03_demir_maerz_ausser_18.eml": "first run at 25395d4: categories: expected {'confirmation'}, got set(); confirmation-intent: expected True, got False; confirmed: expected [1019, 1020, 1022], got []; dates: expected ['2026-03-04', '2026-03-11', '2026-03-25'], got []",
    "gh07_hoffmann_mai_ohne_mt.eml": "first run at 25395d4: confirmed: expected [1040, 1041, 1042, 1044], got []; dates: expected ['2026-05-04', '2026-05-11', '2026-05-18', '2026-05-26'], got []",
    "gh14_yildiz_august_ohne_19.eml": "first run at 25395d4: confirmed: expected [1075, 1076, 1078], got []; dates: expected ['2026-08-05', '2026-08-12', '2026-08-26'], got []; needs_staff: expected False, got True",
    "gh15_yildiz_august_auch_19.eml": "first run at 25395d4: confirmed: expected [1075, 1076, 1078], got []; dates: expected ['2026-08-05', '2026-08-12', '2026-08-26'], got ['2026-08-19']",
    "gh20_lehmann_september_ohne_22.eml": "first run at 25395d4: confirmed: expected [1087, 1088, 1090], got []; dates: expected ['2026-09-08', '2026-09-15', '2026-09-29'], got []",
    "gh26_oneill_skipped_this_one.eml": "first run at 25395d4: confirmed: expected [1136, 1137, 1138, 1139], got []; dates: expected ['2026-04-14', '2026-04-21', '2026-04-28', '2026-05-05'], got []",
    "gh27_berger_mai_20_kein_anruf.eml": "first run at 25395d4: categories: expected {'confirmation'}, got set(); confirmation-intent: expected True, got False; confirmed: expected [1142, 1143, 1145], got []; dates: expected ['2026-05-06', '2026-05-13', '2026-05-27'], got []",
    "gh18_demir_heute_und_letzte_woche.eml": "first run at 25395d4: dates: expected ['2026-04-08'], got ['2026-03-30', '2026-04-05', '2026-04-08']",
    "gh32_neumann_juli_und_aufstellung.eml": "first run at 25395d4: confirmed: expected [1056, 1057, 1058, 1059, 1060, 1061, 1062], got []; dates: expected ['2026-07-07', '2026-07-09', '2026-07-14', '2026-07-16', '2026-07-21', '2026-07-23', '2026-07-28'], got []",
    "gh04_aydin_zwei_wochen.eml": "first run at 25395d4: confirmed: expected [1133, 1134], got []; dates: expected ['2026-03-12', '2026-03-19'], got []; needs_staff: expected False, got True",
    "gh05_brandt_seit_dem_3_juli.eml": "first run at 25395d4: confirmed: expected [1063, 1064, 1065, 1066], got []; dates: expected ['2026-07-03', '2026-07-10', '2026-07-17', '2026-07-24'], got []; needs_staff: expected False, got True",
    "gh06_krueger_seit_dem_3.eml": "first run at 25395d4: categories: expected {'confirmation'}, got set(); confirmation-intent: expected True, got False; confirmed: expected [1008, 1009], got []; dates: expected ['2026-03-03', '2026-03-10'], got ['2026-03-10']; needs_staff: expected False, got True",
    "gh21_jansen_ja_und_davor.eml": "first run at 25395d4: confirmed: expected [1105, 1106, 1107], got [1107]; dates: expected ['2026-10-29', '2026-11-05', '2026-11-12'], got []; needs_staff: expected False, got True",
    "gh30_becker_heute_und_woche_davor.eml": "first run at 25395d4: confirmed: expected [1016, 1017, 1018], got [1018]; dates: expected ['2026-02-23', '2026-02-26', '2026-03-02'], got ['2026-03-02']; needs_staff: expected False, got True",
    "gh23_hartmann_bis_jetzt.eml": "first run at 25395d4: confirmed: expected [1120, 1121, 1122], got [1120, 1121]; dates: expected ['2026-11-03', '2026-11-10', '2026-11-17'], got ['2026-11-03', '2026-11-10']; needs_staff: expected False, got True",
    "gh16_zimmermann_diese_woche_abgesagt.eml": "first run at 25395d4: dates: expected [], got ['2026-10-26', '2026-10-28']",
    "gh34_hoffmann_mai_bis_auf_einen.eml": "first run at 25395d4: categories: expected {'confirmation', 'question'}, got {'question'}; confirmation-intent: expected True, got False",
    "gh35_krueger_januar_schon_bestaetigt.eml": "first run at 25395d4: dates: expected ['2026-01-13', '2026-01-20'], got []; needs_staff: expected False, got True",
    "gh36_jansen_november_vorab.eml": "first run at 25395d4: categories: expected {'confirmation'}, got set(); confirmation-intent: expected True, got False",
    "gh40_schaefer_november_absagen.eml": "first run at 25395d4: confirmation-intent: expected False, got True",
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
    assert_ordinary_inbox(BLIND, mails=43, confirmations=37, known_misses=KNOWN_MISSES)
