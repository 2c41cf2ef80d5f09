"""Blind corpus IJ: an ordinary February 2026 inbox, 32 confirmations and 8 look-alikes.

Forty mails of the five patients treated in February: short replies under our request on
the day or days later, new mails naming one or two days, English and learners' German, a
wife and a son writing for the patient, questions and wishes beside yeses; look-alikes are
a cancellation, a move, a missed call, a video that never connected, a prescription
question, a thank-you, a reply to a reminder and a session cut short.

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

BLIND = LabelledSet("blind_ij", received_at=datetime.fromisoformat("2026-03-01T10:20:00+01:00"))

# Confirmations recorded that the patient did not give. Every entry is a BILLING BUG, heads
# the report, and is the only kind of xfail the hard test allows.
BILLING_BUGS: dict[str, str] = {}

# A confirmation the patient gave, neither recorded nor handed to staff.
LOST_SILENTLY: dict[str, str] = {}

# Mails decided otherwise than labelled (the lead fills this after the first run).
KNOWN_MISSES: dict[str, str] = {
    "ij10_becker_invoice.eml": "first run at 97246135: categories: expected {'question', 'confirmation'}, got {'question'}; confirmation-intent: expected True, got False; confirmed: expected [1012], got []",
    "ij15_krueger_video_kaputt.eml": "first run at 97246135: categories: expected {'technical'}, got set()",
    "ij18_wagner_verbindung.eml": "first run at 97246135: dates: expected [], got ['2026-02-16']",
    "ij22_aydin_sohn.eml": "first run at 97246135: confirmed: expected [1130], got []; needs_staff: expected False, got True",
    "ij26_wolff_kein_anruf.eml": "first run at 97246135: categories: expected {'other'}, got set(); dates: expected [], got ['2026-02-20']",
    "ij28_becker_donnerstag_frage.eml": "first run at 97246135: categories: expected {'confirmation', 'reschedule'}, got {'confirmation'}",
    "ij31_becker_abgebrochen.eml": "first run at 97246135: categories: expected {'other'}, got set(); dates: expected ['2026-02-23'], got []",
    "ij33_krueger_hilfreich.eml": "first run at 97246135: dates: expected [], got ['2026-02-24']",
    "ij40_wagner_danke.eml": "first run at 97246135: categories: expected {'thanks'}, got set(); needs_staff: expected False, got True",
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
    assert_ordinary_inbox(BLIND, mails=40, confirmations=32, known_misses=KNOWN_MISSES)
