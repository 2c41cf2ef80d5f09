"""Blind corpus ED: partial confirmations in everyday words, 30 confirmations and 10 look-alikes.

The mails in tests/data/blind_ed/ (made by `python -m tools.corpus.blind_ed`, written
without reading the rules, the canonical table or the earlier blind sets' mails) confirm
one or more sessions and mostly say in passing that another one did not take place, was
cut short, was moved or is uncertain ("Montag ja, Donnerstag hab ich verpennt", "die ersten
beiden ja, den dritten weiß ich nicht", "bis auf den 12.", "ansonsten alle"), with days
named by weekday, 'gestern' or 'den davor'; some confirm every session plainly. The
look-alikes answer our request or reminder and confirm nothing.

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

BLIND = LabelledSet("blind_ed", received_at=datetime.fromisoformat("2026-12-31T12:00:00+01:00"))

# Confirmations recorded that the patient did not give. Every entry is a BILLING BUG, heads
# the report, and is the only kind of xfail the hard test allows.
BILLING_BUGS: dict[str, str] = {}

# A confirmation the patient gave, neither recorded nor handed to staff.
LOST_SILENTLY: dict[str, str] = {}

# Mails decided otherwise than labelled (the lead fills this after the first run).
KNOWN_MISSES: dict[str, str] = {
    "ed01_becker_montag_ja_donnerstag_verpennt.eml": "first run at 829ac99: categories: expected {'reschedule', 'confirmation'}, got set(); confirmation-intent: expected True, got False; confirmed: expected [1010], got []; dates: expected ['2026-02-02'], got []",
    "ed10_popescu_heute_ja_neunter_kurz.eml": "first run at 829ac99: categories: expected {'question', 'confirmation'}, got {'confirmation'}",
    "ed12_hoffmann_geraet_ja_mt_mittags_nicht.eml": "first run at 829ac99: categories: expected {'confirmation'}, got set(); confirmation-intent: expected True, got False; confirmed: expected [1042], got []",
    "ed17_schaefer_heute_ja_letzten_mittwoch_eingefroren.eml": "first run at 829ac99: dates: expected ['2026-10-21'], got ['2026-10-14', '2026-10-21']",
    "ed22_aydin_heut_passt_letzte_woche_kurz.eml": "first run at 829ac99: dates: expected ['2026-02-26'], got []; needs_staff: expected True, got False",
    "ed25_schulz_gestern_ja_dreissigster_unsicher.eml": "first run at 829ac99: confirmed: expected [1037], got []; dates: expected ['2026-05-07'], got []",
    "ed27_demir_mittwoch_spaeter_angefangen.eml": "first run at 829ac99: confirmed: expected [1022], got []; needs_staff: expected False, got True",
    "ed03_demir_ersten_beiden_ja_dritten_nicht.eml": "first run at 829ac99: categories: expected {'confirmation'}, got set(); confirmation-intent: expected True, got False; confirmed: expected [1019, 1020], got []; dates: expected ['2026-03-04', '2026-03-11'], got []",
    "ed06_becker_alle_bis_auf_den_12.eml": "first run at 829ac99: confirmed: expected [1010, 1011, 1012, 1014, 1015], got []; dates: expected ['2026-02-02', '2026-02-05', '2026-02-09', '2026-02-16', '2026-02-19'], got ['2026-02-02', '2026-02-05', '2026-02-09', '2026-02-12', '2026-02-16', '2026-02-19']",
    "ed07_koch_ansonsten_alle.eml": "first run at 829ac99: categories: expected {'other', 'confirmation'}, got {'other'}; confirmation-intent: expected True, got False; confirmed: expected [1109, 1110, 1111, 1113, 1114], got []",
    "ed24_berger_mai_bis_auf_den_20.eml": "first run at 829ac99: categories: expected {'confirmation'}, got set(); confirmation-intent: expected True, got False; confirmed: expected [1142, 1143, 1145, 1146, 1147], got []; dates: expected ['2026-05-06', '2026-05-13', '2026-05-27', '2026-06-03', '2026-06-10'], got ['2026-06-03', '2026-06-10']",
    "ed28_wolff_verschoben_auf_montag.eml": "first run at 829ac99: confirmed: expected [1030], got []",
    "ed08_lehmann_und_den_davor_auch.eml": "first run at 829ac99: confirmed: expected [1089, 1090], got [1090]; needs_staff: expected False, got True",
    "ed23_oneill_week_before_too.eml": "first run at 829ac99: confirmed: expected [1137, 1138], got [1138]; dates: expected ['2026-04-21', '2026-04-28'], got ['2026-04-28']; needs_staff: expected False, got True",
    "ed29_koch_montag_und_mittwoch.eml": "first run at 829ac99: categories: expected {'confirmation'}, got set(); confirmation-intent: expected True, got False; confirmed: expected [1109, 1110], got []; needs_staff: expected False, got True",
    "ed32_lehmann_nach_fuenf_minuten_abgebrochen.eml": "first run at 829ac99: categories: expected {'reschedule', 'technical'}, got {'technical'}",
    "ed33_demir_erster_april_abgesagt.eml": "first run at 829ac99: confirmation-intent: expected False, got True; dates: expected [], got ['2026-04-01']",
    "ed35_neumann_durcheinander.eml": "first run at 829ac99: categories: expected {'question'}, got set(); dates: expected [], got ['2026-07-28']",
    "ed36_hoffmann_nach_der_haelfte_abgebrochen.eml": "first run at 829ac99: dates: expected [], got ['2026-05-26']",
    "ed37_zimmermann_bestaetigt_montag_kommend.eml": "first run at 829ac99: categories: expected {'other'}, got set(); confirmation-intent: expected False, got True; needs_staff: expected False, got True",
    "ed39_brandt_link_ging_nicht.eml": "first run at 829ac99: categories: expected {'technical'}, got set()",
    "ed40_oneill_forgot_last_night.eml": "first run at 829ac99: categories: expected {'reschedule'}, got set()",
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
