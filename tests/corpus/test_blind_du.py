"""Blind corpus DU: partial confirmations in everyday words, 34 confirmations and 10 look-alikes.

The mails in tests/data/blind_du/ (made by `python -m tools.corpus.blind_du`, written
without reading the rules, the canonical table or the earlier blind sets' mails) mostly
confirm one or more sessions and say in passing that another did not take place (missed,
overslept, nobody called, cancelled by phone), was cut short, was moved to another day or
is uncertain; days are named by date, by weekday, as 'gestern', 'den davor' or 'die ersten
beiden'; some mails plainly confirm every session, a few mention a day that our records
already have as cancelled or confirmed. The look-alikes are replies under our request
saying the session did not take place, a yes to tomorrow's appointment, a patient who has
to look in her calendar first, cancellations and questions.

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

BLIND = LabelledSet("blind_du", received_at=datetime.fromisoformat("2026-12-31T12:00:00+01:00"))

# Confirmations recorded that the patient did not give. Every entry is a BILLING BUG, heads
# the report, and is the only kind of xfail the hard test allows.
BILLING_BUGS: dict[str, str] = {}

# A confirmation the patient gave, neither recorded nor handed to staff.
LOST_SILENTLY: dict[str, str] = {}

# Mails decided otherwise than labelled (the lead fills this after the first run).
KNOWN_MISSES: dict[str, str] = {
    "du22_zimmermann_alle_im_oktober_ausser_26.eml": "first run at f205e92: lost without staff [1093, 1094, 1095]; now: confirmed: expected [1093, 1094, 1095, 1097], got [1097]; dates: expected ['2026-10-05', '2026-10-12', '2026-10-19', '2026-11-02'], got ['2026-11-02']; needs_staff: expected False, got True",
    "du01_krueger_davor_mit_datum.eml": "first run at f205e92: needs_staff: expected False, got True",
    "du04_becker_montag_abgebrochen.eml": "first run at f205e92: dates: expected ['2026-02-16', '2026-02-19'], got ['2026-02-19']",
    "du07_schulz_bis_auf_den_23.eml": "first run at f205e92: confirmed: expected [1034, 1036], got [1036]; dates: expected ['2026-04-16', '2026-04-30'], got []",
    "du12_neumann_donnerstag_kein_anruf.eml": "first run at f205e92: confirmed: expected [1056, 1058, 1059], got [1059]; dates: expected ['2026-07-07', '2026-07-14', '2026-07-16'], got ['2026-07-14', '2026-07-16']",
    "du14_brandt_alle_im_juli.eml": "first run at f205e92: confirmed: expected [1063, 1064, 1065, 1066], got [1066]; dates: expected ['2026-07-03', '2026-07-10', '2026-07-17', '2026-07-24'], got []; needs_staff: expected False, got True",
    "du15_carter_17th_cut_short.eml": "first run at f205e92: dates: expected ['2026-08-17', '2026-08-24'], got ['2026-08-24']",
    "du16_carter_one_missed_not_sure_which.eml": "first run at f205e92: confirmed: expected [1069, 1070, 1073, 1074], got []",
    "du17_yildiz_woche_davor_war_ausgefallen.eml": "first run at f205e92: needs_staff: expected False, got True",
    "du20_lehmann_die_ersten_beiden_und_heute.eml": "first run at f205e92: confirmed: expected [1087, 1088, 1089], got [1089]; dates: expected ['2026-09-08', '2026-09-15', '2026-09-22'], got ['2026-09-22']; needs_staff: expected False, got True",
    "du21_lehmann_dritten_weiss_ich_nicht.eml": "first run at f205e92: confirmed: expected [1087, 1088], got []",
    "du27_koch_montag_23_abgesagt.eml": "first run at f205e92: confirmed: expected [1110, 1111, 1112], got [1111]; dates: expected ['2026-03-25', '2026-03-30', '2026-04-01'], got ['2026-03-30', '2026-04-01']",
    "du28_koch_montag_ja_mittwoch_schon.eml": "first run at f205e92: categories: expected {'confirmation'}, got set(); confirmation-intent: expected True, got False; confirmed: expected [1114], got []; dates: expected ['2026-04-13', '2026-04-15'], got []; needs_staff: expected False, got True",
    "du29_nowak_letzter_freitag_telefon.eml": "first run at f205e92: dates: expected ['2026-11-13', '2026-11-20'], got ['2026-11-20']",
    "du32_aydin_26_nur_kurz.eml": "first run at f205e92: confirmed: expected [1130, 1132], got []; dates: expected ['2026-02-19', '2026-02-26', '2026-03-05'], got ['2026-02-26']",
    "du35_krueger_video_ging_nicht.eml": "first run at f205e92: categories: expected {'reschedule', 'technical'}, got set()",
    "du37_demir_morgen_dabei.eml": "first run at f205e92: needs_staff: expected False, got True",
    "du38_schulz_muss_in_kalender_schauen.eml": "first run at f205e92: categories: expected {'other'}, got set()",
    "du39_hoffmann_heute_abgesagt.eml": "first run at f205e92: categories: expected {'cancellation'}, got set()",
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
