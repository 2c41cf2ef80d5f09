"""Blind corpus EL: partial confirmations in everyday words, 30 confirmations and 10 look-alikes.

The mails in tests/data/blind_el/ (made by `python -m tools.corpus.blind_el`, written
without reading the rules, the canonical table or the earlier blind sets' mails) mostly
confirm one or more sessions and say in passing that another did not take place, was cut
short, was moved or is uncertain ("Dienstag ja, den davor verpennt", "alle bis auf den
14.7.", "the one on the 10th got cut short", "die davor auch alle"), with days named by
weekday or as "den davor"; some confirm several days cleanly, a few weeks late. The
look-alikes say no under our request, report sessions broken off after minutes, answer a
reminder, confirm a cancelled day or doubt whether a day was moved.

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

BLIND = LabelledSet("blind_el", received_at=datetime.fromisoformat("2026-12-31T12:00:00+01:00"))

# Confirmations recorded that the patient did not give. Every entry is a BILLING BUG, heads
# the report, and is the only kind of xfail the hard test allows.
BILLING_BUGS: dict[str, str] = {}

# A confirmation the patient gave, neither recorded nor handed to staff.
LOST_SILENTLY: dict[str, str] = {}

# Mails decided otherwise than labelled (the lead fills this after the first run).
KNOWN_MISSES: dict[str, str] = {
    "el03_wolff_dritten_weiss_nicht.eml": "first run at 43679ba: confirmed: expected [1028, 1029, 1031], got [1031]",
    "el04_popescu_internet_kaputt.eml": "first run at 43679ba: categories: expected {'technical', 'confirmation'}, got {'confirmation'}; dates: expected ['2026-06-16'], got ['2026-06-09', '2026-06-16']",
    "el06_neumann_alle_bis_auf.eml": "first run at 43679ba: categories: expected {'confirmation'}, got set(); confirmation-intent: expected True, got False; confirmed: expected [1056, 1057, 1059, 1060, 1061], got []",
    "el07_yildiz_woche_davor_abgesagt.eml": "first run at 43679ba: needs_staff: expected False, got True",
    "el09_schaefer_mittwoch_davor_abgebrochen.eml": "first run at 43679ba: dates: expected ['2026-10-21'], got ['2026-10-14', '2026-10-21']",
    "el10_koch_montag_davor.eml": "first run at 43679ba: confirmed: expected [1111, 1112], got [1112]; dates: expected ['2026-03-30', '2026-04-01'], got []; needs_staff: expected False, got True",
    "el15_berger_haelfte_notfall.eml": "first run at 43679ba: dates: expected ['2026-05-06', '2026-05-13', '2026-05-20'], got ['2026-05-06', '2026-05-13', '2026-05-20', '2026-05-27']",
    "el16_demir_die_davor_alle.eml": "first run at 43679ba: confirmed: expected [1019, 1020, 1021, 1022], got [1022]; needs_staff: expected False, got True",
    "el20_vogel_dienstreise.eml": "first run at 43679ba: dates: expected ['2026-09-24'], got ['2026-09-17', '2026-09-24']",
    "el21_lehmann_verschoben_unklar.eml": "first run at 43679ba: confirmed: expected [1087, 1088, 1089, 1091], got [1087, 1088, 1089]",
    "el25_krueger_nein_internet.eml": "first run at 43679ba: categories: expected {'reschedule', 'technical'}, got set()",
    "el27_wolff_fuenf_minuten.eml": "first run at 43679ba: categories: expected {'technical', 'question'}, got {'question'}; confirmation-intent: expected False, got True",
    "el32_hartmann_fieber.eml": "first run at 43679ba: categories: expected {'other'}, got set()",
    "el37_hoffmann_dienstag_statt_montag.eml": "first run at 43679ba: needs_staff: expected False, got True",
    "el38_oneill_not_sure_12th.eml": "first run at 43679ba: categories: expected {'question', 'confirmation'}, got {'question'}; confirmation-intent: expected True, got False; confirmed: expected [1141], got []",
    "el40_berger_abgebrochen_zaehlt_das.eml": "first run at 43679ba: confirmation-intent: expected False, got True",
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
