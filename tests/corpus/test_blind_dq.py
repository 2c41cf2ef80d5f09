"""Blind corpus DQ: partial confirmations in everyday words, 35 confirmations and 6 look-alikes.

The mails in tests/data/blind_dq/ (made by `python -m tools.corpus.blind_dq`, written
without reading the rules, the canonical table or the earlier blind sets' mails), 41 mails:
30 confirm at least one session, most of them saying in passing that another session was
missed, cut short, moved to a day without appointment or is uncertain, with days named by
date, weekday, 'gestern' or 'den davor'; some confirm every session plainly. Five more
mean to confirm but cannot be recorded (a cancelled, already confirmed, moved or unknown
day, or no day at all), and six are no confirmation (a session that did not take place, a
yes to a reminder for a future day).

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

BLIND = LabelledSet("blind_dq", received_at=datetime.fromisoformat("2026-12-31T12:00:00+01:00"))

# Confirmations recorded that the patient did not give. Every entry is a BILLING BUG, heads
# the report, and is the only kind of xfail the hard test allows.
BILLING_BUGS: dict[str, str] = {}

# A confirmation the patient gave, neither recorded nor handed to staff.
LOST_SILENTLY: dict[str, str] = {}

# Mails decided otherwise than labelled (the lead fills this after the first run).
KNOWN_MISSES: dict[str, str] = {
    "dq01_becker_montag_ja_donnerstag_verpennt.eml": "first run at cbd53ee: categories: expected {'confirmation', 'reschedule'}, got set(); confirmation-intent: expected True, got False; confirmed: expected [1012], got []; dates: expected ['2026-02-09'], got []",
    "dq03_carter_cut_short_17th.eml": "first run at cbd53ee: confirmed: expected [1070, 1072], got []; dates: expected ['2026-08-10', '2026-08-17', '2026-08-24'], got ['2026-08-10', '2026-08-24']",
    "dq04_wolff_januar_bis_auf_den_23.eml": "first run at cbd53ee: categories: expected {'confirmation'}, got set(); confirmation-intent: expected True, got False; confirmed: expected [1028, 1030], got []",
    "dq06_demir_letzte_woche_mittwoch_abgesagt.eml": "first run at cbd53ee: dates: expected ['2026-04-08'], got ['2026-04-01', '2026-04-08']",
    "dq07_neumann_juli_ausser_16.eml": "first run at cbd53ee: categories: expected {'confirmation'}, got set(); confirmation-intent: expected True, got False; confirmed: expected [1056, 1057, 1058, 1060, 1061, 1062], got []",
    "dq08_hartmann_letzten_dienstag_frueher_raus.eml": "first run at cbd53ee: confirmed: expected [1123], got []; dates: expected ['2026-11-17', '2026-11-24'], got []",
    "dq16_lehmann_haekchen_einer_verschlafen.eml": "first run at cbd53ee: categories: expected {'confirmation'}, got set(); confirmation-intent: expected True, got False; confirmed: expected [1088, 1089, 1091], got []",
    "dq19_popescu_erste_nur_kurz.eml": "first run at cbd53ee: dates: expected ['2026-06-02', '2026-06-09', '2026-06-16'], got ['2026-06-09', '2026-06-16']",
    "dq30_becker_den_davor_abgebrochen.eml": "first run at cbd53ee: dates: expected ['2026-02-19', '2026-02-23'], got []",
    "dq14_yildiz_august_war_nicht_abgesagt.eml": "first run at cbd53ee: needs_staff: expected False, got True",
    "dq26_carter_owe_you_31st.eml": "first run at cbd53ee: confirmed: expected [1072, 1073, 1074], got [1074]; dates: expected ['2026-08-24', '2026-08-31', '2026-09-07'], got ['2026-08-31', '2026-09-07']; needs_staff: expected False, got True",
    "dq28_hoffmann_dienstag_pfingsten.eml": "first run at cbd53ee: needs_staff: expected False, got True",
    "dq31_neumann_dienstag_nicht_gestern_unsicher.eml": "first run at cbd53ee: categories: expected {'question'}, got set()",
    "dq32_krueger_bestaetigt_morgen.eml": "first run at cbd53ee: needs_staff: expected False, got True",
    "dq33_wagner_abgesagter_termin.eml": "first run at cbd53ee: dates: expected [], got ['2026-02-02']",
    "dq34_demir_heute_nicht_geklappt.eml": "first run at cbd53ee: categories: expected {'technical', 'reschedule'}, got set()",
    "dq37_hartmann_gar_nicht_reingekommen.eml": "first run at cbd53ee: categories: expected {'technical'}, got set()",
    "dq38_oneill_confirming_tomorrow.eml": "first run at cbd53ee: needs_staff: expected False, got True",
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
    assert_ordinary_inbox(BLIND, mails=41, confirmations=35, known_misses=KNOWN_MISSES)
