"""Blind corpus FU: partial confirmations in everyday words, 33 confirmations (one of a
cancelled day, recording nothing) and 10 look-alikes.

The mails in tests/data/blind_fu/ (made by `python -m tools.corpus.blind_fu`, written
without reading the rules, the canonical table or the earlier blind sets' mails) are
mostly replies from phones and webmail that confirm one or more sessions and say in
passing that another did not take place, was cut short, was moved or is uncertain; days
are named by date, by weekday, by 'gestern'/'heute' or as 'den davor'; a few confirm
every session plainly. The look-alikes report a failed, cut-short or moved session, a
doubt, a cancelled day, or answer a reminder.

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

BLIND = LabelledSet("blind_fu", received_at=datetime.fromisoformat("2026-12-31T12:00:00+01:00"))

# Confirmations recorded that the patient did not give. Every entry is a BILLING BUG, heads
# the report, and is the only kind of xfail the hard test allows.
BILLING_BUGS: dict[str, str] = {}

# A confirmation the patient gave, neither recorded nor handed to staff.
LOST_SILENTLY: dict[str, str] = {}

# Mails decided otherwise than labelled (the lead fills this after the first run).
KNOWN_MISSES: dict[str, str] = {
    "fu01_becker_montag_ja_donnerstag_verpennt.eml": "first run at eb8bfd9: categories: expected {'confirmation', 'reschedule'}, got set(); confirmation-intent: expected True, got False; confirmed: expected [1010], got []; dates: expected ['2026-02-02'], got []",
    "fu03_carter_12th_style_cut_short.eml": "first run at eb8bfd9: categories: expected {'confirmation', 'technical'}, got {'confirmation'}; confirmed: expected [1071, 1072], got [1072]; dates: expected ['2026-08-17', '2026-08-24'], got []",
    "fu09_aydin_12_ja_5_auch_26_krank.eml": "first run at eb8bfd9: confirmed: expected [1132, 1133], got []; dates: expected ['2026-03-05', '2026-03-12'], got ['2026-03-12']",
    "fu10_popescu_9_juni_nur_kurz.eml": "first run at eb8bfd9: categories: expected {'confirmation', 'technical'}, got {'confirmation'}; confirmed: expected [1048], got []; dates: expected ['2026-06-16'], got ['2026-06-09', '2026-06-16']",
    "fu11_richter_heute_ja_letzte_woche_abgesagt.eml": "first run at eb8bfd9: dates: expected ['2026-06-24'], got []",
    "fu14_schaefer_14_nach_der_haelfte_abgebrochen.eml": "first run at eb8bfd9: categories: expected {'confirmation', 'question', 'technical'}, got {'confirmation', 'technical'}",
    "fu15_zimmermann_montag_und_der_19.eml": "first run at eb8bfd9: needs_staff: expected False, got True",
    "fu22_hartmann_gestern_ja_davor_schon.eml": "first run at eb8bfd9: categories: expected {'confirmation'}, got set(); confirmation-intent: expected True, got False; confirmed: expected [1122], got []; dates: expected ['2026-11-17'], got []",
    "fu23_yildiz_19_abgesagt_12_auch.eml": "first run at eb8bfd9: needs_staff: expected False, got True",
    "fu24_vogel_17_nach_10_minuten_beendet.eml": "first run at eb8bfd9: dates: expected ['2026-09-24'], got ['2026-09-17', '2026-09-24']",
    "fu26_jansen_alle_bisherigen_bis_auf_5_11.eml": "first run at eb8bfd9: confirmed: expected [1104, 1105, 1107], got []",
    "fu31_wolff_freitag_war.eml": "first run at eb8bfd9: dates: expected ['2026-02-20'], got []",
    "fu07_becker_abgebrochen_nach_15_min.eml": "first run at eb8bfd9: dates: expected [], got ['2026-02-12']",
    "fu34_krueger_video_ging_nicht.eml": "first run at eb8bfd9: categories: expected {'technical', 'reschedule'}, got set()",
    "fu35_becker_hatte_abgesagt.eml": "first run at eb8bfd9: categories: expected {'cancellation'}, got set()",
    "fu36_demir_bestaetigt_abgesagten_1_4.eml": "first run at eb8bfd9: dates: expected [], got ['2026-04-01']",
    "fu39_richter_akku_leer.eml": "first run at eb8bfd9: categories: expected {'question', 'technical'}, got {'question'}",
    "fu42_berger_weiss_nicht_mehr.eml": "first run at eb8bfd9: categories: expected {'question'}, got set(); dates: expected [], got ['2026-06-03']",
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
    assert_ordinary_inbox(BLIND, mails=43, confirmations=33, known_misses=KNOWN_MISSES)
