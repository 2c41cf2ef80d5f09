"""Blind corpus EV: partial confirmations in everyday words, 30 confirmations and 10 look-alikes.

The mails in tests/data/blind_ev/ (made by `python -m tools.corpus.blind_ev`, written
without reading the rules, the canonical table or the earlier blind sets' mails), mostly
short replies under our request that confirm one or more sessions and say in passing that
another was missed, cut short, moved or is uncertain ("Montag hab ich verpennt", "den am
18. weiß ich nicht mehr", "the one on the 17th got cut short"), days named by weekday,
"gestern", "den davor" or "die drei davor"; ten confirm every session they name; ten
look-alikes report a missed or cut-short session, a video room nobody joined, a day the
patient cannot remember, or say yes to a reminder.

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

BLIND = LabelledSet("blind_ev", received_at=datetime.fromisoformat("2026-12-31T12:00:00+01:00"))

# Confirmations recorded that the patient did not give. Every entry is a BILLING BUG, heads
# the report, and is the only kind of xfail the hard test allows.
BILLING_BUGS: dict[str, str] = {}

# A confirmation the patient gave, neither recorded nor handed to staff.
LOST_SILENTLY: dict[str, str] = {}

# Mails decided otherwise than labelled (the lead fills this after the first run).
KNOWN_MISSES: dict[str, str] = {
    "ev01_krueger_und_den_davor.eml": "first run at 55da039: dates: expected ['2026-01-27', '2026-02-03'], got ['2026-01-20', '2026-01-27', '2026-02-03']",
    "ev05_wagner_alle_ausser_abgesagt.eml": "first run at 55da039: needs_staff: expected False, got True",
    "ev06_becker_februar_ausser.eml": "first run at 55da039: confirmed: expected [1010, 1011, 1013, 1014, 1016, 1017, 1018], got []; dates: expected ['2026-02-02', '2026-02-05', '2026-02-12', '2026-02-16', '2026-02-23', '2026-02-26', '2026-03-02'], got ['2026-02-09', '2026-02-27']",
    "ev07_krueger_letzten_dienstag_nicht.eml": "first run at 55da039: categories: expected {'confirmation', 'technical'}, got {'confirmation'}",
    "ev08_demir_den_dritten_weiss_nicht.eml": "first run at 55da039: confirmed: expected [1019, 1020, 1022], got []; dates: expected ['2026-03-04', '2026-03-11', '2026-03-25'], got []",
    "ev12_schulz_april_bis_auf_den_23.eml": "first run at 55da039: confirmed: expected [1034, 1036], got []; dates: expected ['2026-04-16', '2026-04-30'], got []",
    "ev16_popescu_erste_nicht_geschafft.eml": "first run at 55da039: confirmed: expected [1047, 1048], got [1048]; dates: expected ['2026-06-09', '2026-06-16'], got ['2026-06-16']",
    "ev18_neumann_diese_und_letzte_woche.eml": "first run at 55da039: confirmed: expected [1056, 1057, 1058, 1059], got [1058, 1059]; dates: expected ['2026-07-07', '2026-07-09', '2026-07-14', '2026-07-16'], got ['2026-07-14', '2026-07-16']; needs_staff: expected False, got True",
    "ev22_carter_cut_short.eml": "first run at 55da039: categories: expected {'confirmation', 'technical'}, got {'confirmation'}",
    "ev25_vogel_siebzehnter_ausgefallen.eml": "first run at 55da039: confirmed: expected [1082, 1084], got [1082]; dates: expected ['2026-09-10', '2026-09-24'], got ['2026-09-10']",
    "ev26_lehmann_davor_nur_halb.eml": "first run at 55da039: categories: expected {'confirmation', 'question'}, got {'confirmation'}; needs_staff: expected True, got False",
    "ev27_schaefer_siebten_nachschauen.eml": "first run at 55da039: confirmed: expected [1099, 1100], got []; dates: expected ['2026-10-14', '2026-10-21'], got ['2026-10-07', '2026-10-14', '2026-10-21']",
    "ev28_zimmermann_oktober_ausser.eml": "first run at 55da039: categories: expected {'confirmation'}, got set(); confirmation-intent: expected True, got False; confirmed: expected [1093, 1094, 1095, 1097], got []; dates: expected ['2026-10-05', '2026-10-12', '2026-10-19', '2026-11-02'], got ['2026-11-02']; needs_staff: expected False, got True",
    "ev30_hartmann_zehnten_verschlafen.eml": "first run at 55da039: categories: expected {'confirmation', 'reschedule'}, got {'confirmation'}; confirmed: expected [1120, 1122], got [1120]; dates: expected ['2026-11-03', '2026-11-17'], got ['2026-11-03']",
    "ev31_becker_stau_kein_netz.eml": "first run at 55da039: categories: expected {'reschedule'}, got set()",
    "ev32_demir_urlaub_nicht_abgesagt.eml": "first run at 55da039: categories: expected {'other'}, got set()",
    "ev34_hoffmann_dienstreise.eml": "first run at 55da039: categories: expected {'other'}, got set()",
    "ev37_carter_nobody_came.eml": "first run at 55da039: categories: expected {'question', 'technical'}, got {'question'}",
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
