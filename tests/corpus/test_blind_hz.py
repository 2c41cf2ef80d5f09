"""Blind corpus HZ: twice-a-week patients answering for several days at once.

40 mails of three patients treated by phone twice a week (Monday/Thursday,
Tuesday/Thursday, Monday/Wednesday around Easter) who mix weekday names, dates and
relative words ("gestern", "letzten Montag ja, diesen nein", "die Woche danach"), in
German, English and a carer's learners' German, the same day up to three weeks late.
30 mean to confirm (some with a day missed, cut short, moved or unclear); 10 only look
like it (a day still to come, cut short, missed or only asked about).

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

BLIND = LabelledSet("blind_hz", received_at=datetime.fromisoformat("2026-07-31T09:00:00+02:00"))

# Confirmations recorded that the patient did not give. Every entry is a BILLING BUG, heads
# the report, and is the only kind of xfail the hard test allows.
BILLING_BUGS: dict[str, str] = {}

# A confirmation the patient gave, neither recorded nor handed to staff.
LOST_SILENTLY: dict[str, str] = {}

# Mails decided otherwise than labelled (the lead fills this after the first run).
KNOWN_MISSES: dict[str, str] = {
    "hz38_koch_spam_drei_wochen.eml": "first run at 57f2db7 BILLING BUG: 'in der Woche danach ebenfalls Montag und Mittwoch' billed the last Monday and Wednesday (8.4., 13.4.); now those weekdays are not read and the week counted from another day goes to staff",
    "hz05_becker_letzte_woche_unklar.eml": "first run at 57f2db76: dates: expected [], got ['2026-02-09', '2026-02-15']",
    "hz06_becker_letzten_montag_ja_diesen_nein.eml": "first run at 57f2db76: confirmed: expected [1012], got []; dates: expected ['2026-02-09'], got ['2026-02-16']",
    "hz10_becker_donnerstag_ja_gestern_abgebrochen.eml": "first run at 57f2db76: confirmed: expected [1017], got []; dates: expected ['2026-02-26', '2026-03-02'], got ['2026-02-26']",
    "hz14_becker_heute_abend_und_donnerstag.eml": "first run at 57f2db76: categories: expected {'other'}, got set(); confirmation-intent: expected False, got True; needs_staff: expected False, got True",
    "hz16_becker_cant_make_tonight_en.eml": "first run at 57f2db76: categories: expected {'cancellation'}, got set()",
    "hz17_becker_donnerstag_verschieben.eml": "first run at 57f2db76: categories: expected {'reschedule'}, got set()",
    "hz19_neumann_niemand_angerufen.eml": "first run at 57f2db76: dates: expected [], got ['2026-07-09']",
    "hz21_neumann_di_do_diese_woche.eml": "first run at 57f2db76: confirmed: expected [1058, 1059], got []; dates: expected ['2026-07-14', '2026-07-16'], got []; needs_staff: expected False, got True",
    "hz22_neumann_verbindung_abgebrochen.eml": "first run at 57f2db76: categories: expected {'technical'}, got set(); confirmation-intent: expected False, got True",
    "hz26_neumann_dienstag_gepasst_donnerstag_verschoben.eml": "first run at 57f2db76: dates: expected ['2026-07-21'], got ['2026-07-21', '2026-07-22']",
    "hz27_neumann_heute_ja.eml": "first run at 57f2db76: dates: expected ['2026-07-28'], got []",
    "hz32_koch_mo_super_mi_akku.eml": "first run at 57f2db76: confirmed: expected [1111], got []; dates: expected ['2026-03-30', '2026-04-01'], got ['2026-03-30']",
    "hz36_koch_ostermontag_frei_mittwoch_ja.eml": "first run at 57f2db76: dates: expected ['2026-04-08'], got ['2026-04-06', '2026-04-08']; needs_staff: expected False, got True",
    "hz37_koch_abgebrochen_schwindel.eml": "first run at 57f2db76: dates: expected ['2026-04-13'], got []",
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
