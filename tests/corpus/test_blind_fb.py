"""Blind corpus FB: partial confirmations in everyday words, 36 confirmations and 12 look-alikes.

The mails in tests/data/blind_fb/ (made by `python -m tools.corpus.blind_fb`, written
without reading the rules, the canonical table or the earlier blind sets' mails) are
mostly short replies under our request and new mails that confirm one or more sessions
and say in passing that another was missed, cut short, moved to another day or is
uncertain; some name days only by weekday, "die davor" or "letzte Woche"; some confirm
several sessions that all plainly took place. The look-alikes answer our request (or a
reminder, or a video link) about a session that did not take place, was aborted, or that
the patient is unsure of, and confirm nothing.

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

BLIND = LabelledSet("blind_fb", received_at=datetime.fromisoformat("2026-12-31T12:00:00+01:00"))

# Confirmations recorded that the patient did not give. Every entry is a BILLING BUG, heads
# the report, and is the only kind of xfail the hard test allows.
BILLING_BUGS: dict[str, str] = {}

# A confirmation the patient gave, neither recorded nor handed to staff.
LOST_SILENTLY: dict[str, str] = {}

# Mails decided otherwise than labelled (the lead fills this after the first run).
KNOWN_MISSES: dict[str, str] = {
    "fb28_becker_donnerstags_zweimal_nicht.eml": "BILLING BUG: first run at 697419b: recorded [1015, 1017]; now: confirmed: expected [1010, 1011, 1012, 1013, 1014, 1016], got []; dates: expected ['2026-02-02', '2026-02-05', '2026-02-09', '2026-02-12', '2026-02-16', '2026-02-23'], got ['2026-02-05', '2026-02-12', '2026-02-19', '2026-02-26']",
    "fb07_neumann_woche_davor_nur_dienstag.eml": "first run at 697419b: confirmed: expected [1056, 1058, 1059], got [1058, 1059]; dates: expected ['2026-07-07', '2026-07-14', '2026-07-16'], got ['2026-07-14', '2026-07-16']",
    "fb08_brandt_letzte_woche_verschoben.eml": "first run at 697419b: dates: expected ['2026-07-20', '2026-07-24'], got ['2026-07-24']",
    "fb10_koch_bis_auf_den_1_4.eml": "first run at 697419b: categories: expected {'confirmation'}, got set(); confirmation-intent: expected True, got False; confirmed: expected [1109, 1110, 1111, 1113, 1114], got []",
    "fb17_hoffmann_mai_26_kurz.eml": "first run at 697419b: categories: expected {'confirmation'}, got set(); confirmation-intent: expected True, got False; confirmed: expected [1040, 1041, 1045], got []; dates: expected ['2026-05-04', '2026-05-11', '2026-06-01'], got ['2026-05-04', '2026-05-11', '2026-05-26', '2026-06-01']",
    "fb18_popescu_letzte_woche_internet.eml": "first run at 697419b: needs_staff: expected True, got False",
    "fb24_hartmann_10_vergessen.eml": "first run at 697419b: categories: expected {'confirmation', 'reschedule'}, got {'confirmation'}; confirmed: expected [1122], got []",
    "fb32_schaefer_letzten_mittwoch_urlaub.eml": "first run at 697419b: dates: expected ['2026-11-11'], got []",
    "fb33_wagner_mittwoch_statt_montag.eml": "first run at 697419b: confirmed: expected [1125], got []",
    "fb03_demir_die_davor_auch.eml": "first run at 697419b: confirmed: expected [1020, 1021], got [1021]; dates: expected ['2026-03-11', '2026-03-18'], got ['2026-03-18']; needs_staff: expected False, got True",
    "fb23_zimmermann_drei_davor_auch.eml": "first run at 697419b: confirmed: expected [1093, 1094, 1095, 1097], got [1097]; needs_staff: expected False, got True",
    "fb29_aydin_heute_telefon.eml": "first run at 697419b: dates: expected ['2026-03-26'], got []",
    "fb37_becker_heute_stau.eml": "first run at 697419b: categories: expected {'reschedule'}, got set()",
    "fb38_krueger_niemand_da.eml": "first run at 697419b: categories: expected {'other'}, got set()",
    "fb39_richter_heute_oder_naechste_woche.eml": "first run at 697419b: dates: expected [], got ['2026-06-24']",
    "fb40_neumann_erinnerung_ja_morgen.eml": "first run at 697419b: needs_staff: expected False, got True",
    "fb42_berger_niemand_angerufen.eml": "first run at 697419b: categories: expected {'other'}, got set()",
    "fb43_lehmann_link_ging_nicht.eml": "first run at 697419b: categories: expected {'technical'}, got set()",
    "fb45_popescu_krankenhaus.eml": "first run at 697419b: categories: expected {'reschedule'}, got set()",
    "fb47_koch_war_das_heute.eml": "first run at 697419b: dates: expected [], got ['2026-04-08']",
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
    assert_ordinary_inbox(BLIND, mails=48, confirmations=36, known_misses=KNOWN_MISSES)
