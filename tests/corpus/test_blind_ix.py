"""Blind corpus IX: several sessions confirmed at once, one of which went differently.

Forty patient mails. In thirty a patient confirms a list, a range, a month or "the last
three" and says of one session, named by date, weekday, position or "heute"/"gestern", that
it was cut short, moved, held by phone instead of video or by a stand-in, or not held at
all; under our request for one of the days or as new mails, some weeks late. Ten
look-alikes: coming sessions with one to move, complaints about short sessions, a question
whether a short session counts, requests to move the next one.

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

BLIND = LabelledSet("blind_ix", received_at=datetime.fromisoformat("2026-12-03T21:43:00+01:00"))

# Confirmations recorded that the patient did not give. Every entry is a BILLING BUG, heads
# the report, and is the only kind of xfail the hard test allows.
BILLING_BUGS: dict[str, str] = {}

# A confirmation the patient gave, neither recorded nor handed to staff.
LOST_SILENTLY: dict[str, str] = {}

# Mails decided otherwise than labelled (the lead fills this after the first run).
KNOWN_MISSES: dict[str, str] = {
    "ix27_demir_april_telefoniert.eml": "the 15th held by phone instead of video goes to staff with the whole mail (the doubt reader reads the day's number as the mail's month's); fixed false confirmation of the first run",
    "ix03_schulz_heute_und_telefon_statt_video.eml": "first run at 7e636caf: confirmed: expected [1035, 1036], got []",
    "ix05_neumann_vertretung_donnerstag.eml": "first run at 7e636caf: needs_staff: expected False, got True",
    "ix06_brandt_siebzehnter_kuerzer.eml": "first run at 7e636caf: categories: expected {'confirmation', 'question'}, got {'confirmation'}",
    "ix07_carter_cut_short_on_the_10th.eml": "first run at 7e636caf: confirmed: expected [1069, 1071], got []; dates: expected ['2026-08-03', '2026-08-10', '2026-08-17'], got ['2026-08-10', '2026-08-17']",
    "ix09_lehmann_zweiundzwanzigster_nicht.eml": "first run at 7e636caf: confirmed: expected [1090, 1091], got []; dates: expected ['2026-09-29', '2026-10-06'], got ['2026-09-29']",
    "ix10_jansen_neunundzwanzigster_unklar.eml": "first run at 7e636caf: dates: expected ['2026-10-29', '2026-11-05', '2026-11-12'], got ['2026-11-05', '2026-11-12']",
    "ix13_oneill_moved_to_wednesday.eml": "first run at 7e636caf: confirmed: expected [1136, 1138, 1139], got []; dates: expected ['2026-04-14', '2026-04-22', '2026-04-28', '2026-05-05'], got ['2026-04-14', '2026-04-21', '2026-04-28', '2026-05-05', '2026-05-06']",
    "ix14_berger_angefragter_tag_leitung_tot.eml": "first run at 7e636caf: categories: expected {'confirmation'}, got set(); confirmation-intent: expected True, got False; confirmed: expected [1147], got []",
    "ix15_becker_zwoelfter_spaeter_angerufen.eml": "first run at 7e636caf: needs_staff: expected False, got True",
    "ix17_hoffmann_mt_mittags_abgebrochen.eml": "first run at 7e636caf: categories: expected {'confirmation', 'question'}, got {'confirmation'}; confirmed: expected [1040, 1041, 1042], got [1040, 1041]",
    "ix18_richter_vierundzwanzigster_dienstreise.eml": "first run at 7e636caf: categories: expected {'confirmation', 'cancellation'}, got {'confirmation'}",
    "ix21_schaefer_auf_donnerstag_verlegt.eml": "first run at 7e636caf: confirmed: expected [1100, 1102], got []; dates: expected ['2026-10-21', '2026-10-29', '2026-11-04'], got ['2026-10-21', '2026-10-28', '2026-10-29', '2026-11-04']",
    "ix22_hartmann_erster_kurz_vor_schluss.eml": "first run at 7e636caf: confirmed: expected [1121, 1122], got []",
    "ix24_neumann_juli_dienstag_auf_mittwoch.eml": "first run at 7e636caf: confirmed: expected [1056, 1057, 1059], got []; dates: expected ['2026-07-07', '2026-07-09', '2026-07-15', '2026-07-16'], got ['2026-07-07', '2026-07-09', '2026-07-14', '2026-07-16', '2026-08-12']",
    "ix25_wagner_alles_auf_einmal.eml": "first run at 7e636caf: confirmed: expected [1124, 1125, 1126, 1129], got []",
    "ix26_aydin_gestern_spaeter_ganz.eml": "first run at 7e636caf: confirmed: expected [1130, 1134, 1135], got [1134]; needs_staff: expected False, got True",
    "ix30_nowak_november_zu_spaet.eml": "first run at 7e636caf: categories: expected {'confirmation'}, got set(); confirmation-intent: expected True, got False; confirmed: expected [1116, 1117, 1119], got []",
    "ix31_hoffmann_naechste_termine_einer_verschieben.eml": "first run at 7e636caf: categories: expected {'reschedule'}, got set()",
    "ix33_popescu_zaehlt_das_als_termin.eml": "first run at 7e636caf: categories: expected {'technical', 'question'}, got {'question'}",
    "ix35_oneill_upcoming_one_to_move.eml": "first run at 7e636caf: confirmation-intent: expected False, got True",
    "ix36_wolff_niemand_angerufen.eml": "first run at 7e636caf: categories: expected {'other', 'question'}, got {'question'}; dates: expected [], got ['2026-01-16']",
    "ix37_jansen_andere_therapeutin_kurz.eml": "first run at 7e636caf: categories: expected {'other'}, got set(); dates: expected ['2026-11-19'], got []",
    "ix39_yildiz_morgen_spaeter.eml": "first run at 7e636caf: categories: expected {'reschedule'}, got set()",
    "ix40_lehmann_laptop_abgestuerzt.eml": "first run at 7e636caf: categories: expected {'reschedule', 'technical'}, got set(); dates: expected ['2026-10-13'], got []",
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
