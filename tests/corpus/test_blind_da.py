"""Blind corpus DA: partial confirmations in everyday words, 33 confirmations and 10 look-alikes.

The mails in tests/data/blind_da/ (made by `python -m tools.corpus.blind_da`, written
without reading the rules, the canonical table or the earlier blind sets' mails) mostly
confirm one or more sessions and say in passing that another was missed, cut short, moved
or is uncertain ("Montag ja, Donnerstag verpennt", "die ersten beiden auch", "the one on
the 12th got cut short", "alle bis auf den 11."), days often named only by weekday,
'heute', 'gestern' or 'der davor'; some confirm every session cleanly. The look-alikes are
sessions that did not take place or were broken off, a yes to a reminder and a
"confirmation" of tomorrow's appointment.

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

BLIND = LabelledSet("blind_da", received_at=datetime.fromisoformat("2026-12-31T12:00:00+01:00"))

# Confirmations recorded that the patient did not give. Every entry is a BILLING BUG, heads
# the report, and is the only kind of xfail the hard test allows.
BILLING_BUGS: dict[str, str] = {}

# A confirmation the patient gave, neither recorded nor handed to staff.
LOST_SILENTLY: dict[str, str] = {}

# Mails decided otherwise than labelled (the lead fills this after the first run).
KNOWN_MISSES: dict[str, str] = {
    "da38_schaefer_verschwitzt.eml": "BILLING BUG: first run at fa94b11: recorded [1102]; now: dates: expected ['2026-11-11'], got ['2026-11-04', '2026-11-11']",
    "da35_zimmermann_letzten_montag.eml": "first run at fa94b11: lost without staff [1094]; now: confirmed: expected [1094, 1095], got [1095]; dates: expected ['2026-10-12', '2026-10-19'], got []; needs_staff: expected False, got True",
    "da03_krueger_kind_krank.eml": "first run at fa94b11: categories: expected {'reschedule'}, got set()",
    "da05_becker_verpennt.eml": "first run at fa94b11: categories: expected {'confirmation'}, got set(); confirmation-intent: expected True, got False; confirmed: expected [1014], got []; dates: expected ['2026-02-16'], got ['2026-02-16', '2026-02-19']",
    "da06_becker_davor_zehn_minuten.eml": "first run at fa94b11: categories: expected {'question', 'confirmation'}, got {'question'}; confirmation-intent: expected True, got False; confirmed: expected [1013], got []",
    "da08_wolff_halbe_stunde_abgebrochen.eml": "first run at fa94b11: categories: expected {'question'}, got set(); confirmation-intent: expected False, got True; dates: expected [], got ['2026-02-06']",
    "da09_demir_abgesagt_gestern.eml": "first run at fa94b11: confirmed: expected [1021, 1022, 1024], got [1021, 1022]; dates: expected ['2026-03-18', '2026-03-25', '2026-04-08'], got ['2026-03-18', '2026-03-25']; needs_staff: expected False, got True",
    "da10_schulz_vier_und_frage.eml": "first run at fa94b11: confirmed: expected [1034, 1035, 1036, 1037], got []",
    "da11_schulz_laptop_abgestuerzt.eml": "first run at fa94b11: dates: expected ['2026-05-28'], got ['2026-05-21', '2026-05-28']",
    "da14_aydin_arbeit.eml": "first run at fa94b11: categories: expected {'confirmation'}, got set(); confirmation-intent: expected True, got False; confirmed: expected [1131, 1132], got []; dates: expected ['2026-02-26', '2026-03-05'], got ['2026-02-19', '2026-02-26', '2026-03-05']",
    "da17_hoffmann_bis_auf_den_11.eml": "first run at fa94b11: confirmed: expected [1040, 1042, 1043, 1044], got []",
    "da19_popescu_link.eml": "first run at fa94b11: categories: expected {'technical'}, got set()",
    "da20_popescu_kamera.eml": "first run at fa94b11: confirmed: expected [1047, 1048], got []; dates: expected ['2026-06-09', '2026-06-16'], got ['2026-06-02', '2026-06-09', '2026-06-16']",
    "da24_neumann_beim_arzt.eml": "first run at fa94b11: categories: expected {'confirmation'}, got set(); confirmation-intent: expected True, got False; confirmed: expected [1056, 1057, 1058], got []; dates: expected ['2026-07-07', '2026-07-09', '2026-07-14'], got ['2026-07-14', '2026-07-16']",
    "da27_brandt_gestern_nein.eml": "first run at fa94b11: categories: expected {'confirmation', 'reschedule'}, got {'confirmation'}",
    "da32_vogel_frankfurt.eml": "first run at fa94b11: categories: expected {'confirmation'}, got set(); confirmation-intent: expected True, got False; confirmed: expected [1082, 1084], got []; dates: expected ['2026-09-10', '2026-09-24'], got ['2026-09-17']",
    "da33_lehmann_zwanzig_minuten.eml": "first run at fa94b11: confirmed: expected [1089], got []; dates: expected ['2026-09-22'], got ['2026-09-15', '2026-09-22']",
    "da34_lehmann_nicht_sicher.eml": "first run at fa94b11: dates: expected ['2026-09-29', '2026-10-06', '2026-10-13'], got ['2026-09-08', '2026-09-29', '2026-10-06', '2026-10-13']",
    "da36_zimmermann_fieber.eml": "first run at fa94b11: confirmation-intent: expected False, got True",
    "da42_hartmann_ton_schlecht.eml": "first run at fa94b11: confirmed: expected [1121, 1122], got []",
    "da43_wagner_zwei_davor.eml": "first run at fa94b11: confirmed: expected [1124, 1125, 1126], got [1126]; needs_staff: expected False, got True",
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
