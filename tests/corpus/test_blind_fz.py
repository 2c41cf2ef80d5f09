"""Blind corpus FZ: days given in words, 41 confirmations and 5 look-alikes.

The mails in tests/data/blind_fz/ (made by `python -m tools.corpus.blind_fz`, written
without reading the rules, the canonical table or the earlier blind sets' mails) are
everyday replies and new mails whose session days are mostly given in words: a weekday
alone, 'gestern', 'vorgestern', 'letzte Woche Freitag', 'die beiden letzten', 'heute und
den davor', 'the Wednesday one', a day corrected in the next sentence, and a few plain
dates, some late. Eight of the confirmations may record nothing or need staff: a cancelled
day, a day already confirmed, a day without appointment, a weekday that fits two sessions,
a weekday and a date that disagree, a doubt about one of two days. The five look-alikes
report a no-show, a broken-off call, a missed session, a reply to a reminder, a
cancellation.

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

BLIND = LabelledSet("blind_fz", received_at=datetime.fromisoformat("2026-12-31T12:00:00+01:00"))

# Confirmations recorded that the patient did not give. Every entry is a BILLING BUG, heads
# the report, and is the only kind of xfail the hard test allows.
BILLING_BUGS: dict[str, str] = {}

# A confirmation the patient gave, neither recorded nor handed to staff.
LOST_SILENTLY: dict[str, str] = {}

# Mails decided otherwise than labelled (the lead fills this after the first run).
KNOWN_MISSES: dict[str, str] = {
    "fz38_zimmermann_montag_welcher.eml": "BILLING BUG: first run at 4cd5e6d: recorded [1095]; now: dates: expected [], got ['2026-10-19']",
    "fz03_becker_montag_ja_do_nicht.eml": "first run at 4cd5e6d: categories: expected {'confirmation', 'question'}, got {'question'}; confirmation-intent: expected True, got False; confirmed: expected [1012], got []",
    "fz32_berger_die_letzten_drei.eml": "first run at 4cd5e6d: confirmed: expected [1145, 1146, 1147], got [1146]; dates: expected ['2026-05-27', '2026-06-03', '2026-06-10'], got ['2026-06-03', '2026-06-10']; needs_staff: expected False, got True",
    "fz39_demir_letzte_woche_mittwoch_abgesagt.eml": "first run at 4cd5e6d: dates: expected [], got ['2026-04-01']",
    "fz40_wolff_freitag_schon_bestaetigt.eml": "first run at 4cd5e6d: needs_staff: expected True, got False",
    "fz42_richter_wednesday_no_show.eml": "first run at 4cd5e6d: categories: expected {'technical', 'reschedule'}, got {'reschedule'}",
    "fz43_vogel_abgebrochen.eml": "first run at 4cd5e6d: categories: expected {'technical', 'question'}, got {'question'}",
    "fz44_popescu_dienstag_krank.eml": "first run at 4cd5e6d: categories: expected {'other'}, got set()",
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
    assert_ordinary_inbox(BLIND, mails=46, confirmations=41, known_misses=KNOWN_MISSES)
