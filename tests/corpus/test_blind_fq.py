"""Blind corpus FQ: partial confirmations in everyday words, 34 confirmations and 10 look-alikes.

The mails in tests/data/blind_fq/ (made by `python -m tools.corpus.blind_fq`, written
without reading the rules, the canonical table or the earlier blind sets' mails) mostly
confirm one or more sessions and say in passing that another did not take place, was cut
short, was moved or is uncertain, with days often named only by weekday, "gestern", "den
davor" or "letzte Woche"; some plainly confirm every session. The look-alikes answer our
request, reminder or video link without confirming a held session.

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

BLIND = LabelledSet("blind_fq", received_at=datetime.fromisoformat("2026-12-31T12:00:00+01:00"))

# Confirmations recorded that the patient did not give. Every entry is a BILLING BUG, heads
# the report, and is the only kind of xfail the hard test allows.
BILLING_BUGS: dict[str, str] = {}

# A confirmation the patient gave, neither recorded nor handed to staff.
LOST_SILENTLY: dict[str, str] = {}

# Mails decided otherwise than labelled (the lead fills this after the first run).
KNOWN_MISSES: dict[str, str] = {
    "fq03_krueger_februar_bis_auf_17.eml": "first run at 42ab1d5: confirmed: expected [1004, 1005, 1007], got []",
    "fq04_becker_montag_ja_donnerstag_verpennt.eml": "first run at 42ab1d5: categories: expected {'confirmation', 'reschedule'}, got set(); confirmation-intent: expected True, got False; confirmed: expected [1010], got []; dates: expected ['2026-02-02'], got []",
    "fq06_becker_heute_ja_montag_abgebrochen.eml": "first run at 42ab1d5: categories: expected {'question', 'confirmation'}, got {'confirmation'}",
    "fq07_wolff_freitag_13_kurz.eml": "first run at 42ab1d5: dates: expected ['2026-02-06'], got ['2026-02-06', '2026-02-13']",
    "fq08_wagner_heute_ja_letzte_woche_ton.eml": "first run at 42ab1d5: categories: expected {'confirmation', 'technical'}, got {'confirmation'}; confirmed: expected [1129], got []; dates: expected ['2026-02-16'], got []",
    "fq10_demir_heute_und_den_davor.eml": "first run at 42ab1d5: needs_staff: expected False, got True",
    "fq11_demir_ersten_beiden_dritter_unklar.eml": "first run at 42ab1d5: categories: expected {'question', 'confirmation'}, got {'question'}; confirmation-intent: expected True, got False; confirmed: expected [1019, 1020], got []",
    "fq13_koch_vier_ja_1_4_verhindert.eml": "first run at 42ab1d5: dates: expected ['2026-03-23', '2026-03-25', '2026-03-30', '2026-04-08'], got ['2026-03-23', '2026-03-25', '2026-03-30', '2026-04-01', '2026-04-08']",
    "fq17_oneill_forgot_yesterday.eml": "first run at 42ab1d5: categories: expected {'reschedule'}, got set()",
    "fq18_schulz_gestern_ja_klassenfahrt.eml": "first run at 42ab1d5: confirmed: expected [1037], got []",
    "fq19_schulz_krank_nicht_abrechnen.eml": "first run at 42ab1d5: categories: expected {'other'}, got set()",
    "fq22_berger_heute_letzte_woche_13_besetzt.eml": "first run at 42ab1d5: dates: expected ['2026-05-20', '2026-05-27'], got ['2026-05-13', '2026-05-20', '2026-05-27']",
    "fq23_popescu_16_ja_9_kein_internet.eml": "first run at 42ab1d5: confirmed: expected [1048], got []; dates: expected ['2026-06-16'], got ['2026-06-09', '2026-06-16']",
    "fq24_popescu_alle_juni.eml": "first run at 42ab1d5: confirmed: expected [1046, 1047, 1048, 1049, 1050], got []; dates: expected ['2026-06-02', '2026-06-09', '2026-06-16', '2026-06-23', '2026-06-30'], got []; needs_staff: expected False, got True",
    "fq25_richter_gestern_ja_urlaub.eml": "first run at 42ab1d5: dates: expected ['2026-06-17'], got []; needs_staff: expected True, got False",
    "fq26_neumann_diese_und_letzte_woche.eml": "first run at 42ab1d5: confirmed: expected [1056, 1058, 1059], got [1056, 1058]",
    "fq27_brandt_24_ja_17_verbindung_weg.eml": "first run at 42ab1d5: categories: expected {'confirmation', 'technical'}, got {'technical'}; confirmation-intent: expected True, got False; confirmed: expected [1066], got []; dates: expected ['2026-07-24'], got []",
    "fq28_carter_today_yes_10th_cut_short.eml": "first run at 42ab1d5: categories: expected {'question', 'confirmation'}, got {'confirmation'}",
    "fq31_yildiz_heute_nicht_geklappt.eml": "first run at 42ab1d5: categories: expected {'reschedule'}, got set()",
    "fq32_vogel_heute_17_entfallen.eml": "first run at 42ab1d5: categories: expected {'confirmation'}, got set(); confirmation-intent: expected True, got False; confirmed: expected [1084], got []; dates: expected ['2026-09-24'], got ['2026-09-17', '2026-09-24']",
    "fq33_vogel_morgen_dabei.eml": "first run at 42ab1d5: needs_staff: expected False, got True",
    "fq34_lehmann_29_ja_22_nur_telefoniert.eml": "first run at 42ab1d5: categories: expected {'question', 'confirmation'}, got {'confirmation'}; dates: expected ['2026-09-29'], got ['2026-09-22', '2026-09-29']",
    "fq35_lehmann_alle_ausser_6_10.eml": "first run at 42ab1d5: confirmed: expected [1087, 1088, 1089, 1090, 1092], got []",
    "fq40_jansen_gestern_ja_davor_unklar.eml": "first run at 42ab1d5: categories: expected {'question', 'confirmation'}, got {'confirmation'}; confirmed: expected [1106], got []",
    "fq41_jansen_bestaetige_morgen.eml": "first run at 42ab1d5: needs_staff: expected False, got True",
    "fq42_nowak_freitag_ja_13_verschoben.eml": "first run at 42ab1d5: confirmed: expected [1118], got []; dates: expected ['2026-11-14', '2026-11-20'], got []",
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
