"""Blind corpus HS: an ordinary inbox around the turn of the year 2025/26.

40 patient mails on the January 2026 sessions: 32 confirmations (short replies under our
request, a yes, a date, a thumbs-up, New Year's wishes, late answers weeks after, new mails
naming one to three days, bottom posting, English and learners' German, a question, wish to
move or cancellation beside the yes) and 8 look-alikes (holiday cancellation, reschedule,
missed session, invoice question, replies to a reminder and a video-link mail, a greeting).

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

BLIND = LabelledSet("blind_hs", received_at=datetime.fromisoformat("2026-02-21T12:00:00+01:00"))

# Confirmations recorded that the patient did not give. Every entry is a BILLING BUG, heads
# the report, and is the only kind of xfail the hard test allows.
BILLING_BUGS: dict[str, str] = {}

# A confirmation the patient gave, neither recorded nor handed to staff.
LOST_SILENTLY: dict[str, str] = {}

# Mails decided otherwise than labelled (the lead fills this after the first run).
KNOWN_MISSES: dict[str, str] = {
    "hs22_wagner_ja_abgebrochen.eml": "first run at fde242d1: categories: expected {'confirmation', 'technical'}, got set(); confirmation-intent: expected True, got False",
    "hs23_wolff_bottom_ja.eml": "first run at fde242d1: confirmed: expected [1030], got []",
    "hs24_krueger_unsicher.eml": "first run at fde242d1: categories: expected {'question', 'confirmation'}, got {'question'}; confirmation-intent: expected True, got False",
    "hs27_oneill_english.eml": "first run at fde242d1: categories: expected {'confirmation'}, got set(); confirmation-intent: expected True, got False",
    "hs35_wolff_verpasst.eml": "first run at fde242d1: categories: expected {'other'}, got set()",
    "hs38_wagner_videolink.eml": "first run at fde242d1: categories: expected {'technical'}, got set()",
    "hs39_schulz_gruesse.eml": "first run at fde242d1: needs_staff: expected False, got True",
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
