"""Blind corpus DJ: partial confirmations in everyday words, 31 confirmations and 11 look-alikes.

The mails in tests/data/blind_dj/ (made by `python -m tools.corpus.blind_dj`, written
without reading the rules, the canonical table or the earlier blind sets' mails) mostly
confirm one or more sessions and say in passing that another did not take place, was cut
short, was moved or is uncertain; some name days only by weekday, "den davor" or "letzte
Woche"; some confirm sessions that all plainly took place. The look-alikes answer our
request with a missed, broken-off or doubted session, or acknowledge a future appointment.

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

BLIND = LabelledSet("blind_dj", received_at=datetime.fromisoformat("2026-12-31T12:00:00+01:00"))

# Confirmations recorded that the patient did not give. Every entry is a BILLING BUG, heads
# the report, and is the only kind of xfail the hard test allows.
BILLING_BUGS: dict[str, str] = {}

# A confirmation the patient gave, neither recorded nor handed to staff.
LOST_SILENTLY: dict[str, str] = {}

# Mails decided otherwise than labelled (the lead fills this after the first run).
KNOWN_MISSES: dict[str, str] = {
    "dj31_oneill_week_before.eml": "first run at a9edc51: lost without staff [1136]; now: confirmed: expected [1136, 1137], got [1137]; dates: expected ['2026-04-14', '2026-04-21'], got ['2026-04-21']; needs_staff: expected False, got True",
    "dj01_krueger_bis_auf_den_dritten.eml": "first run at a9edc51: confirmed: expected [1003, 1005, 1006, 1007], got []; dates: expected ['2026-01-27', '2026-02-10', '2026-02-17', '2026-02-24'], got ['2026-01-27', '2026-02-03', '2026-02-10', '2026-02-17', '2026-02-24']",
    "dj02_neumann_dienstag_ja_donnerstag_verschlafen.eml": "first run at a9edc51: categories: expected {'confirmation'}, got set(); confirmation-intent: expected True, got False; confirmed: expected [1056], got []; dates: expected ['2026-07-07'], got []",
    "dj03_becker_die_ersten_beiden.eml": "first run at a9edc51: categories: expected {'confirmation'}, got set(); confirmation-intent: expected True, got False; confirmed: expected [1010, 1011], got []",
    "dj08_popescu_neunter_nur_kurz.eml": "first run at a9edc51: dates: expected ['2026-06-16'], got ['2026-06-09', '2026-06-16']",
    "dj09_brandt_verschoben_auf_montag.eml": "first run at a9edc51: confirmed: expected [1063, 1064, 1066], got []; dates: expected ['2026-07-03', '2026-07-10', '2026-07-24'], got ['2026-07-03', '2026-07-10']",
    "dj11_yildiz_abgesagter_tag.eml": "first run at a9edc51: dates: expected ['2026-08-26'], got ['2026-08-19', '2026-08-26']",
    "dj12_lehmann_letzte_woche_halb.eml": "first run at a9edc51: needs_staff: expected True, got False",
    "dj14_jansen_erste_stunde_zaehlt.eml": "first run at a9edc51: dates: expected ['2026-11-05'], got ['2026-10-22', '2026-11-05']",
    "dj17_neumann_den_letzten_weiss_nicht.eml": "first run at a9edc51: categories: expected {'confirmation'}, got set(); confirmation-intent: expected True, got False; confirmed: expected [1058, 1059, 1060, 1061], got []",
    "dj18_krueger_dritten_maerz_verpasst.eml": "first run at a9edc51: dates: expected ['2026-03-10'], got []; needs_staff: expected True, got False",
    "dj23_schulz_feiertag_dazwischen.eml": "first run at a9edc51: dates: expected ['2026-05-07', '2026-05-21'], got ['2026-05-07', '2026-05-14', '2026-05-21']; needs_staff: expected False, got True",
    "dj33_becker_montag_stau.eml": "first run at a9edc51: categories: expected {'reschedule'}, got set()",
    "dj34_carter_forgot_today.eml": "first run at a9edc51: categories: expected {'reschedule'}, got set()",
    "dj36_koch_durcheinander.eml": "first run at a9edc51: dates: expected [], got ['2026-04-06', '2026-04-08']",
    "dj38_popescu_nicht_gehoert.eml": "first run at a9edc51: categories: expected {'reschedule'}, got set(); confirmation-intent: expected False, got True; dates: expected [], got ['2026-06-23']",
    "dj39_zimmermann_termin_morgen.eml": "first run at a9edc51: needs_staff: expected False, got True",
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
    assert_ordinary_inbox(BLIND, mails=42, confirmations=31, known_misses=KNOWN_MISSES)
