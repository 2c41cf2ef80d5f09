"""Blind corpus IT: one ordinary month of the practice inbox, May 2026.

Forty mails from 1 to 30 May: 32 confirmations, mostly short replies to our request on the
day or a few days later (Hoffmann, O'Neill, Berger, Schulz), late ones for April and a few
months-late ones for February and March; a mother, a daughter and a son writing for
patients, English and learners' German, questions, a wish to move and remarks beside some
yeses, a doubtful yes and a day that matches no appointment. Eight look-alikes: a session
cut short, a prescription question, a missed call, a refused video code, a reply to a
reminder, a move, a cancellation and a thank-you without a yes.

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

BLIND = LabelledSet("blind_it", received_at=datetime.fromisoformat("2026-05-31T10:00:00+02:00"))

# Confirmations recorded that the patient did not give. Every entry is a BILLING BUG, heads
# the report, and is the only kind of xfail the hard test allows.
BILLING_BUGS: dict[str, str] = {}

# A confirmation the patient gave, neither recorded nor handed to staff.
LOST_SILENTLY: dict[str, str] = {}

# Mails decided otherwise than labelled (the lead fills this after the first run).
KNOWN_MISSES: dict[str, str] = {
    "it10_schulz_wlan_abgebrochen.eml": "first run at 6ea02a56: categories: expected {'technical'}, got set()",
    "it16_oneill_missed_call.eml": "first run at 6ea02a56: categories: expected {'reschedule'}, got set()",
    "it19_berger_nochmal.eml": "first run at 6ea02a56: confirmed: expected [1143], got []; needs_staff: expected False, got True",
    "it21_hoffmann_frueh_verpasst.eml": "first run at 6ea02a56: confirmed: expected [1043], got []; dates: expected ['2026-05-18'], got []",
    "it33_hoffmann_erinnerung.eml": "first run at 6ea02a56: needs_staff: expected True, got False",
    "it40_koch_danke.eml": "first run at 6ea02a56: needs_staff: expected False, got True",
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
