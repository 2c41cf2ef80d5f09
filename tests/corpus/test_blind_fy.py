"""Blind corpus FY: partial confirmations in everyday words, 32 confirmations and 10 look-alikes.

The mails in tests/data/blind_fy/ (made by `python -m tools.corpus.blind_fy`, written
without reading the rules, the canonical table or the earlier blind sets' mails) mostly
confirm one or more sessions while saying in passing that another was missed, cut short,
moved or is uncertain; days are named by date, weekday, "gestern", "letzte Woche" or "den
davor"; some confirm every session plainly. The look-alikes answer our request or reminder
without confirming: a missed or broken session, a question, a future appointment, a
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

BLIND = LabelledSet("blind_fy", received_at=datetime.fromisoformat("2026-12-31T12:00:00+01:00"))

# Confirmations recorded that the patient did not give. Every entry is a BILLING BUG, heads
# the report, and is the only kind of xfail the hard test allows.
BILLING_BUGS: dict[str, str] = {}

# A confirmation the patient gave, neither recorded nor handed to staff.
LOST_SILENTLY: dict[str, str] = {}

# Mails decided otherwise than labelled (the lead fills this after the first run).
KNOWN_MISSES: dict[str, str] = {
    "fy01_krueger_den_davor.eml": "first run at 4cd5e6d: confirmed: expected [1003, 1004], got [1004]; dates: expected ['2026-01-27', '2026-02-03'], got ['2026-02-03']; needs_staff: expected False, got True",
    "fy03_becker_donnerstag_verpennt.eml": "first run at 4cd5e6d: categories: expected {'reschedule', 'confirmation'}, got set(); confirmation-intent: expected True, got False; confirmed: expected [1010], got []; dates: expected ['2026-02-02'], got []",
    "fy04_becker_gestern_nicht.eml": "first run at 4cd5e6d: confirmed: expected [1016, 1017], got []; dates: expected ['2026-02-23', '2026-02-26'], got []",
    "fy06_wolff_13_nur_kurz.eml": "first run at 4cd5e6d: dates: expected ['2026-02-20'], got ['2026-02-13', '2026-02-20']",
    "fy10_schulz_sammel_21_unsicher.eml": "first run at 4cd5e6d: confirmed: expected [1036, 1037, 1039], got []; dates: expected ['2026-04-30', '2026-05-07', '2026-05-28'], got []",
    "fy17_popescu_krank_kurz.eml": "first run at 4cd5e6d: dates: expected ['2026-06-16'], got ['2026-06-16', '2026-06-30']",
    "fy23_brandt_urlaub.eml": "first run at 4cd5e6d: categories: expected {'confirmation'}, got set(); confirmation-intent: expected True, got False; confirmed: expected [1066, 1068], got []; dates: expected ['2026-07-24', '2026-08-07'], got []",
    "fy27_vogel_notfall.eml": "first run at 4cd5e6d: dates: expected ['2026-09-24', '2026-10-08'], got ['2026-09-24', '2026-10-01', '2026-10-08']",
    "fy28_lehmann_tagung.eml": "first run at 4cd5e6d: confirmed: expected [1088, 1089], got []; dates: expected ['2026-09-15', '2026-09-22'], got ['2026-09-08', '2026-09-15', '2026-09-22']",
    "fy29_zimmermann_montage.eml": "first run at 4cd5e6d: confirmed: expected [1093, 1094, 1095], got [1095]; dates: expected ['2026-10-05', '2026-10-12', '2026-10-19'], got []; needs_staff: expected False, got True",
    "fy30_zimmermann_davor_abgesagt.eml": "first run at 4cd5e6d: confirmed: expected [1097], got []; needs_staff: expected False, got True",
    "fy34_jansen_kamera.eml": "first run at 4cd5e6d: categories: expected {'confirmation'}, got set(); confirmation-intent: expected True, got False; confirmed: expected [1106, 1107], got []; dates: expected ['2026-11-05', '2026-11-12'], got ['2026-11-05', '2026-11-19']",
    "fy35_nowak_verschlafen.eml": "first run at 4cd5e6d: categories: expected {'reschedule', 'confirmation'}, got {'confirmation'}",
    "fy36_hartmann_link.eml": "first run at 4cd5e6d: categories: expected {'technical', 'confirmation'}, got {'confirmation'}",
    "fy39_krueger_videoraum.eml": "first run at 4cd5e6d: categories: expected {'technical', 'reschedule'}, got set()",
    "fy40_becker_abgesagt.eml": "first run at 4cd5e6d: categories: expected {'cancellation'}, got set()",
    "fy41_wolff_morgen.eml": "first run at 4cd5e6d: needs_staff: expected False, got True",
    "fy44_brandt_abgesagt.eml": "first run at 4cd5e6d: categories: expected {'cancellation'}, got set()",
    "fy46_koch_fuenf_minuten.eml": "first run at 4cd5e6d: categories: expected {'other'}, got set(); dates: expected [], got ['2026-04-13']",
    "fy47_aydin_arbeiten.eml": "first run at 4cd5e6d: categories: expected {'reschedule'}, got set()",
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
    assert_ordinary_inbox(BLIND, mails=42, confirmations=32, known_misses=KNOWN_MISSES)
