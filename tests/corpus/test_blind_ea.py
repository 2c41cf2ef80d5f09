"""Blind corpus EA: sessions that went differently than planned, 33 confirmations and 7 look-alikes.

The mails in tests/data/blind_ea/ (made by `python -m tools.corpus.blind_ea`, written
without reading the rules, the canonical table or the earlier blind sets' mails) are
patients' own reports of sessions that did not go as booked: a video session finished on
the phone, a late start with the full time, another therapist, a session moved by a few
hours on the same day (confirmed when done in full), beside plain confirmations of other
days; and sessions cut short, broken off for good, not held, or moved forward and
"confirmed" before their booked start (never confirmed, always for staff). Thirty mails
confirm at least one session; three more mean to confirm but give nothing to record.

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

BLIND = LabelledSet("blind_ea", received_at=datetime.fromisoformat("2026-12-31T12:00:00+01:00"))

# Confirmations recorded that the patient did not give. Every entry is a BILLING BUG, heads
# the report, and is the only kind of xfail the hard test allows.
BILLING_BUGS: dict[str, str] = {}

# A confirmation the patient gave, neither recorded nor handed to staff.
LOST_SILENTLY: dict[str, str] = {}

# Mails decided otherwise than labelled (the lead fills this after the first run).
KNOWN_MISSES: dict[str, str] = {
    "ea01_krueger_video_to_phone.eml": "first run at 7d0b6cd: needs_staff: expected False, got True",
    "ea05_brandt_bottom_kamera.eml": "first run at 7d0b6cd: needs_staff: expected False, got True",
    "ea07_schaefer_work_address.eml": "first run at 7d0b6cd: categories: expected {'confirmation'}, got set(); confirmation-intent: expected True, got False; confirmed: expected [1098], got []; needs_staff: expected False, got True",
    "ea08_hartmann_heute_kurz_weg.eml": "first run at 7d0b6cd: dates: expected ['2026-11-03'], got []",
    "ea12_wolff_auf_16_uhr.eml": "first run at 7d0b6cd: confirmed: expected [1029], got []; dates: expected ['2026-01-23'], got []; needs_staff: expected False, got True",
    "ea13_hoffmann_two_same_day.eml": "first run at 7d0b6cd: confirmed: expected [1042, 1043], got []; needs_staff: expected False, got True",
    "ea16_yildiz_um_12.eml": "first run at 7d0b6cd: confirmed: expected [1075], got []; needs_staff: expected False, got True",
    "ea17_vogel_verlegt.eml": "first run at 7d0b6cd: needs_staff: expected False, got True",
    "ea25_wagner_three_january.eml": "first run at 7d0b6cd: confirmed: expected [1124, 1125, 1126], got []; needs_staff: expected False, got True",
    "ea29_carter_partly.eml": "first run at 7d0b6cd: dates: expected ['2026-08-10', '2026-08-17'], got ['2026-08-10']",
    "ea30_zimmermann_akku.eml": "first run at 7d0b6cd: categories: expected {'technical', 'confirmation'}, got {'confirmation'}; dates: expected ['2026-10-12', '2026-10-19'], got ['2026-10-19']",
    "ea31_becker_notfall.eml": "first run at 7d0b6cd: dates: expected ['2026-02-05'], got []",
    "ea32_demir_verbindung_weg.eml": "first run at 7d0b6cd: categories: expected {'technical', 'reschedule'}, got set()",
    "ea33_wolff_kreislauf.eml": "first run at 7d0b6cd: categories: expected {'other'}, got set()",
    "ea34_hoffmann_only_15_min.eml": "first run at 7d0b6cd: categories: expected {'other', 'confirmation'}, got {'confirmation'}",
    "ea35_neumann_niemand_angerufen.eml": "first run at 7d0b6cd: categories: expected {'other'}, got set()",
    "ea36_brandt_abgebrochen_schmerz.eml": "first run at 7d0b6cd: dates: expected ['2026-07-10'], got []",
    "ea40_berger_14_uhr_keiner.eml": "first run at 7d0b6cd: dates: expected [], got ['2026-05-13']",
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
    assert_ordinary_inbox(BLIND, mails=40, confirmations=33, known_misses=KNOWN_MISSES)
