"""Blind corpus GI: the day of a session given only in words, 36 confirmations and 6 look-alikes.

The mails in tests/data/blind_gi/ (made by `python -m tools.corpus.blind_gi`, written
without reading the rules, the canonical table or the earlier blind sets' mails) are
everyday replies and new mails that name the day as 'am Dienstag', 'gestern Abend',
'vorgestern', 'letzte Woche Mittwoch', 'diesen Dienstag', 'the Monday one', a weekday on
the evening before the next session of that weekday, a day corrected in the next sentence,
or plainly by date. 32 confirm at least one session; 4 mean to confirm but nothing may be
recorded (a weekday that could be last week's or today's still to come, a Thursday with no
appointment, a cancelled Wednesday); 6 are not confirmations (replies to a reminder naming
the coming weekday, a failed session, a question, a reschedule wish).

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

BLIND = LabelledSet("blind_gi", received_at=datetime.fromisoformat("2026-12-31T12:00:00+01:00"))

# Confirmations recorded that the patient did not give. Every entry is a BILLING BUG, heads
# the report, and is the only kind of xfail the hard test allows.
BILLING_BUGS: dict[str, str] = {}

# A confirmation the patient gave, neither recorded nor handed to staff.
LOST_SILENTLY: dict[str, str] = {}

# Mails decided otherwise than labelled (the lead fills this after the first run).
KNOWN_MISSES: dict[str, str] = {
    "gi03_kr_dienstag_montagabend.eml": "first run at 25395d4: categories: expected {'confirmation'}, got set(); confirmation-intent: expected True, got False; confirmed: expected [1005], got []; needs_staff: expected False, got True",
    "gi05_kr_erinnerung_dienstag.eml": "first run at 25395d4: needs_staff: expected False, got True",
    "gi07_be_montag_donnerstag_unklar.eml": "first run at 25395d4: dates: expected ['2026-02-16'], got ['2026-02-16', '2026-02-19']",
    "gi09_be_erinnerung_verschieben.eml": "first run at 25395d4: categories: expected {'reschedule'}, got set()",
    "gi11_de_abgesagt_frage.eml": "first run at 25395d4: confirmation-intent: expected False, got True; dates: expected [], got ['2026-04-01']",
    "gi12_de_heute_letzten_mittwoch.eml": "first run at 25395d4: categories: expected {'confirmation'}, got set(); confirmation-intent: expected True, got False; confirmed: expected [1025, 1026], got []; dates: expected ['2026-04-15', '2026-04-22'], got []; needs_staff: expected False, got True",
    "gi14_ri_mittwoch_dienstagabend.eml": "first run at 25395d4: confirmed: expected [1052], got []; dates: expected ['2026-06-10'], got []; needs_staff: expected False, got True",
    "gi15_ri_erinnerung_heute_abend.eml": "first run at 25395d4: dates: expected [], got ['2026-06-24']; needs_staff: expected False, got True",
    "gi17_yi_mittwoch_abgesagt.eml": "first run at 25395d4: dates: expected [], got ['2026-08-19']",
    "gi20_wo_donnerstag_korrigiert.eml": "first run at 25395d4: confirmed: expected [1030], got []; dates: expected ['2026-01-30'], got ['2026-01-29', '2026-01-30']; needs_staff: expected False, got True",
    "gi22_wo_freitag_vormittag.eml": "first run at 25395d4: dates: expected [], got ['2026-01-30']",
    "gi27_ne_donnerstag_dienstag_nicht.eml": "first run at 25395d4: confirmed: expected [1061], got []",
    "gi28_br_letzten_freitag_heute_spaeter.eml": "first run at 25395d4: categories: expected {'other', 'confirmation'}, got {'confirmation'}; dates: expected ['2026-07-10'], got ['2026-07-10', '2026-07-17']",
    "gi29_br_freitag_ausgefallen.eml": "first run at 25395d4: categories: expected {'technical', 'reschedule'}, got {'technical'}",
    "gi33_ho_dienstag_pfingsten.eml": "first run at 25395d4: confirmed: expected [1044], got []; dates: expected ['2026-05-26'], got []; needs_staff: expected False, got True",
    "gi34_po_heute_letzte_dienstag.eml": "first run at 25395d4: confirmed: expected [1049, 1050], got [1050]; needs_staff: expected False, got True",
    "gi35_po_dienstag_montagabend.eml": "first run at 25395d4: dates: expected [], got ['2026-06-09']",
    "gi36_ca_the_monday_one.eml": "first run at 25395d4: dates: expected ['2026-08-03'], got []",
    "gi37_ca_last_two_mondays.eml": "first run at 25395d4: confirmed: expected [1070, 1071], got [1071]; dates: expected ['2026-08-10', '2026-08-17'], got ['2026-08-17']; needs_staff: expected False, got True",
    "gi38_ca_reminder_monday.eml": "first run at 25395d4: dates: expected [], got ['2026-08-24']; needs_staff: expected False, got True",
    "gi39_le_dienstag_korrigiert.eml": "first run at 25395d4: dates: expected ['2026-09-29'], got ['2026-09-22', '2026-09-29']; needs_staff: expected False, got True",
    "gi40_zi_montag_abgesagt_woche_davor.eml": "first run at 25395d4: confirmed: expected [1095], got []; dates: expected ['2026-10-19'], got []; needs_staff: expected False, got True",
    "gi41_ha_dienstag_woche_spaeter.eml": "first run at 25395d4: confirmed: expected [1120], got []; dates: expected ['2026-11-03'], got ['2026-11-10']; needs_staff: expected False, got True. Since session 14 the confirmation is exact (matching moves the mail's own weekday a week back); the reported day is still the one the date reader read (10.11.)",
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
    assert_ordinary_inbox(BLIND, mails=42, confirmations=36, known_misses=KNOWN_MISSES)
