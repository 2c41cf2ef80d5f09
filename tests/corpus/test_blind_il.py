"""Blind corpus IL: confirmations of the last few sessions with one or two left out.

41 patient mails: 31 confirm a run of recent sessions and leave one or two out by position
("die letzten drei, der zweite davon nicht", "alle bis auf den vorletzten", "the first of
the two") or by a weekday with a week word ("nur den Dienstag vorletzte Woche"), some with
sessions cut short or cancelled in the file, the same day up to three weeks late, under our
request or as new mails; 10 look-alikes move or cancel sessions by position or weekday, ask
which sessions are still open, report a missed weekday, or answer our reminder.

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

BLIND = LabelledSet("blind_il", received_at=datetime.fromisoformat("2026-12-02T21:10:00+01:00"))

# Confirmations recorded that the patient did not give. Every entry is a BILLING BUG, heads
# the report, and is the only kind of xfail the hard test allows.
BILLING_BUGS: dict[str, str] = {}

# A confirmation the patient gave, neither recorded nor handed to staff.
LOST_SILENTLY: dict[str, str] = {}

# Mails decided otherwise than labelled (the lead fills this after the first run).
KNOWN_MISSES: dict[str, str] = {
    "il04_becker_heute_und_beide_letzte_woche.eml": 'first run at 2d4d3f83 lost the two sessions of last week silently; now staff: "die zwei von letzter Woche (Mo + Do)" is unread',
    "il01_krueger_letzte_drei_zweite_nicht.eml": "first run at 2d4d3f83: confirmed: expected [1004, 1006], got []; dates: expected ['2026-02-03', '2026-02-17'], got []",
    "il02_krueger_heute_und_letzte_woche_nicht_davor.eml": "first run at 2d4d3f83: confirmed: expected [1008, 1009], got []",
    "il03_becker_beide_letzte_woche_nur_donnerstag_nicht.eml": "first run at 2d4d3f83: confirmed: expected [1012], got []; dates: expected ['2026-02-09'], got []",
    "il06_demir_ersten_beiden_im_maerz.eml": "first run at 2d4d3f83: confirmed: expected [1019, 1020, 1022], got []; dates: expected ['2026-03-04', '2026-03-11', '2026-03-18', '2026-03-25'], got ['2026-03-25']",
    "il07_demir_letzte_drei_mittwoche_einer_abgesagt.eml": "first run at 2d4d3f83: confirmed: expected [1024, 1025], got []",
    "il09_wolff_seit_ihrer_mail_alle_bis_auf_den_letzten.eml": "first run at 2d4d3f83: confirmed: expected [1029, 1030, 1031], got []; dates: expected ['2026-01-23', '2026-01-30', '2026-02-06'], got ['2026-01-23']",
    "il11_schulz_donnerstag_vorletzte_woche_verpasst.eml": "first run at 2d4d3f83: confirmed: expected [1034, 1036, 1037], got []; dates: expected ['2026-04-16', '2026-04-30', '2026-05-07'], got ['2026-05-07']",
    "il12_schulz_letzte_woche_donnerstag_verpasst.eml": "first run at 2d4d3f83: categories: expected {'question', 'cancellation'}, got {'question'}",
    "il13_hoffmann_gestern_nur_der_erste.eml": "first run at 2d4d3f83: confirmed: expected [1042], got []; dates: expected ['2026-05-18'], got ['2026-05-01', '2026-05-18']",
    "il14_hoffmann_heute_letzte_woche_und_beide_davor.eml": "first run at 2d4d3f83: confirmed: expected [1042, 1043, 1044, 1045], got [1044, 1045]; dates: expected ['2026-05-18', '2026-05-26', '2026-06-01'], got ['2026-05-26', '2026-06-01']; needs_staff: expected False, got True",
    "il15_popescu_erste_zwei_dritte_nicht.eml": "first run at 2d4d3f83: confirmed: expected [1046, 1047], got []; dates: expected ['2026-06-02', '2026-06-09'], got []",
    "il17_richter_alle_ausser_dem_zweiten.eml": "first run at 2d4d3f83: confirmed: expected [1051, 1053, 1054], got []; dates: expected ['2026-06-03', '2026-06-17', '2026-06-24'], got []",
    "il18_neumann_dienstag_vorletzte_woche_verpasst.eml": "first run at 2d4d3f83: confirmed: expected [1059, 1060, 1061], got []; dates: expected ['2026-07-16', '2026-07-21', '2026-07-23'], got []",
    "il19_brandt_juli_erste_drei_vierter_abgebrochen.eml": "first run at 2d4d3f83: confirmed: expected [1063, 1064, 1065, 1067], got [1067]; dates: expected ['2026-07-03', '2026-07-10', '2026-07-17', '2026-07-24', '2026-07-31'], got ['2026-07-31']",
    "il20_carter_first_of_the_two_second_cancelled.eml": "first run at 2d4d3f83: confirmed: expected [1071], got []; dates: expected ['2026-08-17'], got []",
    "il21_carter_today_and_august_except_fourth.eml": "first run at 2d4d3f83: confirmed: expected [1069, 1070, 1071, 1073, 1074], got []; dates: expected ['2026-08-03', '2026-08-10', '2026-08-17', '2026-08-31', '2026-09-07'], got ['2026-09-07']",
    "il23_yildiz_letzte_drei_einer_abgesagt.eml": "first run at 2d4d3f83: confirmed: expected [1078, 1079], got []; dates: expected ['2026-08-26', '2026-09-02'], got []",
    "il25_vogel_september_alle_oktober_nur_erster.eml": "first run at 2d4d3f83: confirmed: expected [1082, 1083, 1084, 1085], got [1085]; dates: expected ['2026-09-03', '2026-09-10', '2026-09-17', '2026-09-24', '2026-10-01'], got ['2026-10-01', '2026-10-08']",
    "il26_lehmann_ersten_und_dritten_mittlerer_ausgefallen.eml": "first run at 2d4d3f83: categories: expected {'confirmation'}, got set(); confirmation-intent: expected True, got False; confirmed: expected [1088, 1090], got []; dates: expected ['2026-09-15', '2026-09-29'], got []",
    "il27_zimmermann_oktober_vor_dem_ausgefallenen.eml": "first run at 2d4d3f83: categories: expected {'confirmation'}, got set(); confirmation-intent: expected True, got False; confirmed: expected [1093, 1094, 1095, 1097], got []; dates: expected ['2026-10-05', '2026-10-12', '2026-10-19', '2026-11-02'], got ['2026-11-02']; needs_staff: expected False, got True",
    "il29_schaefer_letzte_drei_dritter_abgekuerzt.eml": "first run at 2d4d3f83: categories: expected {'confirmation'}, got set(); confirmation-intent: expected True, got False; confirmed: expected [1099, 1100], got []; dates: expected ['2026-10-14', '2026-10-21', '2026-10-28'], got ['2026-10-28']",
    "il30_schaefer_gestern_vorletzte_woche_ja_letzte_nicht.eml": "first run at 2d4d3f83: confirmed: expected [1101, 1103], got []; dates: expected ['2026-10-28', '2026-11-11'], got []",
    "il31_jansen_ersten_beiden_im_november.eml": "first run at 2d4d3f83: categories: expected {'confirmation'}, got set(); confirmation-intent: expected True, got False; confirmed: expected [1106, 1107], got []; dates: expected ['2026-11-05', '2026-11-12'], got []",
    "il32_nowak_alle_drei_zweiter_halbiert.eml": "first run at 2d4d3f83: confirmed: expected [1116, 1118], got []; dates: expected ['2026-11-06', '2026-11-13', '2026-11-20'], got []",
    "il35_wagner_januar_und_seit_dem_ausfall.eml": "first run at 2d4d3f83: confirmed: expected [1124, 1125, 1126, 1128, 1129], got []; dates: expected ['2026-01-12', '2026-01-19', '2026-01-26', '2026-02-09', '2026-02-16'], got []; needs_staff: expected False, got True",
    "il36_aydin_gestern_ja_woche_davor_nicht.eml": "first run at 2d4d3f83: confirmed: expected [1131, 1133], got [1133]; dates: expected ['2026-02-26', '2026-03-12'], got ['2026-03-12']",
    "il37_oneill_first_and_last_of_three.eml": "first run at 2d4d3f83: confirmed: expected [1138, 1140], got []; dates: expected ['2026-04-28', '2026-05-05', '2026-05-12'], got []",
    "il38_oneill_reminder_push_tomorrow.eml": "first run at 2d4d3f83: categories: expected {'reschedule'}, got set()",
    "il39_berger_mai_alle_bis_auf_den_vorletzten.eml": "first run at 2d4d3f83: categories: expected {'confirmation'}, got set(); confirmation-intent: expected True, got False; confirmed: expected [1142, 1143, 1145], got []; dates: expected ['2026-05-06', '2026-05-13', '2026-05-27'], got []",
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
