"""Blind corpus HP: an ordinary inbox of September and October 2026.

Forty mails of seven patients: 32 confirmations (short replies under our request, new mails
naming one to three days, late answers, a lawyer's mails with company disclaimer, English
and learners' German, a question or a wish to move beside the yes, bottom posting, one
session cut short) and 8 look-alikes (what "bestätigen" means, a video-link question, a
reply to a reminder, a thank-you, a reschedule, an invoice question, a missed session, a
cancellation for illness).

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

BLIND = LabelledSet("blind_hp", received_at=datetime.fromisoformat("2026-11-01T10:14:00+01:00"))

# Confirmations recorded that the patient did not give. Every entry is a BILLING BUG, heads
# the report, and is the only kind of xfail the hard test allows.
BILLING_BUGS: dict[str, str] = {}

# A confirmation the patient gave, neither recorded nor handed to staff.
LOST_SILENTLY: dict[str, str] = {}

# Mails decided otherwise than labelled (the lead fills this after the first run).
KNOWN_MISSES: dict[str, str] = {
    "hp18_lehmann_6_10_verschieben.eml": "first run at d03930e6: categories: expected {'confirmation', 'reschedule'}, got {'confirmation'}",
    "hp20_vogel_abbruch.eml": "first run at d03930e6: categories: expected {'confirmation', 'technical'}, got {'technical'}; confirmation-intent: expected True, got False",
    "hp22_vogel_danke.eml": "first run at d03930e6: needs_staff: expected False, got True",
    "hp23_zimmermann_erinnerung.eml": "first run at d03930e6: needs_staff: expected False, got True",
    "hp31_carter_invoice.eml": "first run at d03930e6: dates: expected [], got ['2026-10-20']",
    "hp37_jansen_verpasst.eml": "first run at d03930e6: categories: expected {'question', 'other'}, got {'question'}; confirmation-intent: expected False, got True",
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
