"""Blind corpus EX: partial confirmations in everyday words, 37 confirmations and 10 look-alikes.

The mails in tests/data/blind_ex/ (made by `python -m tools.corpus.blind_ex`, written
without reading the rules, the canonical table or the earlier blind sets' mails) mostly
confirm one or more sessions while saying in passing that another did not take place, was
cut short, was moved to another day or is uncertain; days are named by date, weekday,
"heute", "gestern", "letzte Woche", "den davor" or as "alle ... bis auf", and some mails
plainly confirm every session. The look-alikes answer our request or reminder but confirm
nothing: a call that never came, a missed or failed video session, a session the patient
doubts was a treatment, an appointment still ahead.

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

BLIND = LabelledSet("blind_ex", received_at=datetime.fromisoformat("2026-12-31T12:00:00+01:00"))

# Confirmations recorded that the patient did not give. Every entry is a BILLING BUG, heads
# the report, and is the only kind of xfail the hard test allows.
BILLING_BUGS: dict[str, str] = {}

# A confirmation the patient gave, neither recorded nor handed to staff.
LOST_SILENTLY: dict[str, str] = {}

# Mails decided otherwise than labelled (the lead fills this after the first run).
KNOWN_MISSES: dict[str, str] = {
    "ex01_krueger_heute_und_den_davor.eml": "first run at 73c692e: confirmed: expected [1003, 1004], got [1004]; dates: expected ['2026-01-27', '2026-02-03'], got ['2026-02-03']; needs_staff: expected False, got True",
    "ex04_becker_vier_einer_abgebrochen.eml": "first run at 73c692e: categories: expected {'question', 'confirmation'}, got {'confirmation'}",
    "ex06_becker_keiner_angerufen.eml": "first run at 73c692e: categories: expected {'other'}, got set()",
    "ex08_demir_maerz_einer_unsicher.eml": "first run at 73c692e: categories: expected {'confirmation'}, got set(); confirmation-intent: expected True, got False; confirmed: expected [1019, 1020, 1022], got []",
    "ex14_aydin_niemand_angerufen.eml": "first run at 73c692e: dates: expected [], got ['2026-03-26']",
    "ex15_oneill_one_moved_unsure.eml": "first run at 73c692e: confirmed: expected [1137, 1138, 1140], got []; dates: expected ['2026-04-21', '2026-04-28', '2026-05-12'], got ['2026-04-21', '2026-04-28', '2026-05-05', '2026-05-12']",
    "ex17_schulz_gestern_ja_davor_keine_verbindung.eml": "first run at 73c692e: dates: expected ['2026-05-07'], got ['2026-04-30', '2026-05-07']",
    "ex19_hoffmann_frueh_ja_mittag_nicht.eml": "first run at 73c692e: categories: expected {'question', 'confirmation'}, got {'confirmation'}; confirmed: expected [1042], got []",
    "ex21_hoffmann_vergessen.eml": "first run at 73c692e: dates: expected [], got ['2026-06-01']",
    "ex23_popescu_kind_krank.eml": "first run at 73c692e: categories: expected {'reschedule'}, got set()",
    "ex25_richter_link_gesponnen.eml": "first run at 73c692e: categories: expected {'technical'}, got set()",
    "ex28_neumann_dienstag_ja_heute_niemand.eml": "first run at 73c692e: dates: expected ['2026-07-14'], got ['2026-07-14', '2026-07-16']",
    "ex31_brandt_betreff_telefon_statt_video.eml": "first run at 73c692e: confirmed: expected [1066, 1067, 1068], got []; dates: expected ['2026-07-24', '2026-07-31', '2026-08-07'], got ['2026-07-31']",
    "ex32_carter_today_yes_10th_cut_short.eml": "first run at 73c692e: dates: expected ['2026-08-10', '2026-08-17'], got ['2026-08-17']",
    "ex36_vogel_zwei_ja_einer_zehn_minuten.eml": "first run at 73c692e: dates: expected ['2026-09-10', '2026-09-17', '2026-09-24'], got ['2026-09-17', '2026-09-24']",
    "ex38_lehmann_einer_ja_einer_verpasst.eml": "first run at 73c692e: categories: expected {'reschedule', 'confirmation'}, got {'confirmation'}",
    "ex39_zimmermann_heute_und_oktober_alle.eml": "first run at 73c692e: confirmed: expected [1093, 1094, 1095, 1097], got [1097]; dates: expected ['2026-10-05', '2026-10-12', '2026-10-19', '2026-11-02'], got ['2026-11-02']; needs_staff: expected False, got True",
    "ex41_schaefer_gestern_ja_davor_verschoben.eml": "first run at 73c692e: confirmed: expected [1101], got []; dates: expected ['2026-10-22', '2026-10-28'], got []",
    "ex45_hartmann_erste_beiden_heute_nicht.eml": "first run at 73c692e: categories: expected {'technical', 'confirmation'}, got {'confirmation'}",
    "ex46_wagner_alle_ausser_zwei.eml": "first run at 73c692e: categories: expected {'confirmation'}, got set(); confirmation-intent: expected True, got False; confirmed: expected [1124, 1125, 1126, 1129], got []; dates: expected ['2026-01-12', '2026-01-19', '2026-01-26', '2026-02-16'], got []",
    "ex47_krueger_morgen_bestaetigt.eml": "first run at 73c692e: needs_staff: expected False, got True",
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
    assert_ordinary_inbox(BLIND, mails=47, confirmations=37, known_misses=KNOWN_MISSES)
