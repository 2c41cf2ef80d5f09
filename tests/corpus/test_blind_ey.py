"""Blind corpus EY: the day of a session given only in words, 42 confirmations and 10 look-alikes.

The mails in tests/data/blind_ey/ (made by `python -m tools.corpus.blind_ey`, written
without reading the rules, the canonical table or the earlier blind sets' mails) are
everyday replies and new mails whose days come as weekdays alone ('Montag ja, Donnerstag
nicht'), 'gestern', 'vorgestern', 'letzte Woche Mittwoch', 'den davor', 'die beiden
letzten', 'gestern und heute', 'the Tuesday one', a day corrected in the next sentence,
and a weekday and a date that do not agree, beside some with every day plainly named; the
look-alikes answer a reminder or video link, cancel or move a day still to come, report a
session that did not take place or ask about one. Labelled strictly: only days unambiguous
from the mail's date and the patient's appointments are recorded.

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

BLIND = LabelledSet("blind_ey", received_at=datetime.fromisoformat("2026-12-31T12:00:00+01:00"))

# Confirmations recorded that the patient did not give. Every entry is a BILLING BUG, heads
# the report, and is the only kind of xfail the hard test allows.
BILLING_BUGS: dict[str, str] = {}

# A confirmation the patient gave, neither recorded nor handed to staff.
LOST_SILENTLY: dict[str, str] = {}

# Mails decided otherwise than labelled (the lead fills this after the first run).
KNOWN_MISSES: dict[str, str] = {
    "ey02_becker_montag_ja_donnerstag_nicht.eml": "first run at 73c692e: categories: expected {'confirmation', 'reschedule'}, got set(); confirmation-intent: expected True, got False; confirmed: expected [1012], got []; dates: expected ['2026-02-09'], got []",
    "ey05_neumann_die_beiden_letzten.eml": "first run at 73c692e: confirmed: expected [1058, 1059], got [1059]; needs_staff: expected False, got True",
    "ey11_hoffmann_dienstag_statt_montag.eml": "first run at 73c692e: needs_staff: expected False, got True",
    "ey21_richter_gestern_abend.eml": "first run at 73c692e: categories: expected {'confirmation'}, got set(); confirmation-intent: expected True, got False; confirmed: expected [1053], got []; dates: expected ['2026-06-17'], got []; needs_staff: expected False, got True",
    "ey30_zimmermann_gestern_gewesen.eml": "first run at 73c692e: dates: expected ['2026-10-19'], got []",
    "ey41_wagner_gestern_ja_davor_ausgefallen.eml": "first run at 73c692e: dates: expected ['2026-02-09'], got []",
    "ey44_neumann_dienstag_nicht_donnerstag_ja.eml": "first run at 73c692e: categories: expected {'cancellation'}, got set()",
    "ey45_krueger_gestern_nichts.eml": "first run at 73c692e: categories: expected {'technical'}, got set(); dates: expected [], got ['2026-03-03']",
    "ey50_lehmann_morgen_nicht.eml": "first run at 73c692e: categories: expected {'reschedule'}, got set()",
    "ey51_popescu_heute_bestaetige.eml": "first run at 73c692e: categories: expected {'other'}, got set(); confirmation-intent: expected False, got True; dates: expected [], got ['2026-06-16']; needs_staff: expected False, got True",
    "ey52_yildiz_gestern_niemand_angerufen.eml": "first run at 73c692e: categories: expected {'other'}, got set()",
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
    assert_ordinary_inbox(BLIND, mails=52, confirmations=42, known_misses=KNOWN_MISSES)
