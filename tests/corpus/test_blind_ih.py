"""Blind corpus IH: several sessions confirmed at once by dates, lists and ranges.

41 patient mails: 30 confirmations naming their days as lists (numbers, month names,
weekdays, the month once at the end), ranges ("vom ... bis ...", "seit dem ...", "bis
gestern", "between 14 April and 12 May") and replies to our request, often leaving out a
day or reporting a session cut short, sent the same day or weeks and months later; and 11
look-alikes: ranges of absence or holidays, days to cancel or move, questions which days
are still open, bill questions listing dates. German, English and learners' German.

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

BLIND = LabelledSet("blind_ih", received_at=datetime.fromisoformat("2026-12-02T09:30:00+01:00"))

# Confirmations recorded that the patient did not give. Every entry is a BILLING BUG, heads
# the report, and is the only kind of xfail the hard test allows.
BILLING_BUGS: dict[str, str] = {}

# A confirmation the patient gave, neither recorded nor handed to staff.
LOST_SILENTLY: dict[str, str] = {}

# Mails decided otherwise than labelled (the lead fills this after the first run).
KNOWN_MISSES: dict[str, str] = {
    "ih03_wolff_eigener_satz.eml": "first run at ce14143a: categories: expected {'confirmation', 'cancellation'}, got {'confirmation'}",
    "ih05_krueger_der_zweite.eml": "first run at ce14143a: confirmed: expected [1006, 1008, 1009], got []; dates: expected ['2026-02-17', '2026-03-03', '2026-03-10'], got ['2026-02-17', '2026-02-24', '2026-03-03', '2026-03-10']",
    "ih08_demir_ueber_ausfall.eml": "first run at ce14143a: confirmed: expected [1019, 1020, 1021, 1022, 1024, 1025], got []; dates: expected ['2026-03-04', '2026-03-11', '2026-03-18', '2026-03-25', '2026-04-08', '2026-04-15'], got ['2026-03-04', '2026-04-15']",
    "ih09_koch_rechnung.eml": "first run at ce14143a: dates: expected [], got ['2026-03-23', '2026-03-25', '2026-03-30', '2026-04-01', '2026-04-08', '2026-04-13']",
    "ih15_hoffmann_mittags.eml": "first run at ce14143a: confirmed: expected [1040, 1041, 1042], got [1040, 1041]",
    "ih20_hoffmann_rechnung.eml": "first run at ce14143a: dates: expected [], got ['2026-05-04', '2026-05-11', '2026-05-18', '2026-05-26']",
    "ih21_richter_bis_juli.eml": "first run at ce14143a: confirmed: expected [1051, 1052, 1053, 1054], got []; dates: expected ['2026-06-03', '2026-06-10', '2026-06-17', '2026-06-24'], got ['2026-06-03']",
    "ih22_popescu_lernend.eml": "first run at ce14143a: confirmed: expected [1046, 1047, 1048, 1049], got []",
    "ih24_brandt_abgebrochen.eml": "first run at ce14143a: categories: expected {'question', 'technical', 'confirmation'}, got {'question', 'confirmation'}; dates: expected ['2026-07-03', '2026-07-10', '2026-07-17', '2026-07-24', '2026-07-31'], got ['2026-07-03', '2026-07-10', '2026-07-17', '2026-07-24']",
    "ih35_jansen_verschieben.eml": "first run at ce14143a: categories: expected {'reschedule', 'confirmation'}, got {'confirmation'}",
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
    assert_ordinary_inbox(BLIND, mails=41, confirmations=30, known_misses=KNOWN_MISSES)
