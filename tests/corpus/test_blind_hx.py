"""Blind corpus HX: the practice inbox of July 2026, 40 mails, 32 of them confirmations.

Short replies under our request for the July sessions (a yes, the date, "passt", "alles
gut", "war prima", a thumbs-up), May and June sessions answered weeks or months late,
formal letters from older patients, learners' German, English, a mother answering for
her daughter, new mails naming one to three days, bottom posting, a question or a wish to
move a coming session beside the yes. Eight look-alikes: a holiday cancellation, a
reschedule, a missed session, a session cut short, an invoice question, replies to a
reminder and to a video-link mail, a thank-you without a yes.

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

BLIND = LabelledSet("blind_hx", received_at=datetime.fromisoformat("2026-08-01T17:50:00+02:00"))

# Confirmations recorded that the patient did not give. Every entry is a BILLING BUG, heads
# the report, and is the only kind of xfail the hard test allows.
BILLING_BUGS: dict[str, str] = {}

# A confirmation the patient gave, neither recorded nor handed to staff.
LOST_SILENTLY: dict[str, str] = {}

# Mails decided otherwise than labelled (the lead fills this after the first run).
KNOWN_MISSES: dict[str, str] = {
    "hx08_popescu_zwei_termine.eml": "after the weekday reader (first run at 1d55e1f: HW 14/29, HX 30/32): categories: expected {'confirmation'}, got set(); confirmation-intent: expected True, got False; confirmed: expected [1046, 1048], got []; needs_staff: expected False, got True",
    "hx21_brandt_ja_verschieben.eml": "after the weekday reader (first run at 1d55e1f: HW 14/29, HX 30/32): categories: expected {'confirmation', 'reschedule'}, got {'confirmation'}",
    "hx35_brandt_verpasst.eml": "after the weekday reader (first run at 1d55e1f: HW 14/29, HX 30/32): categories: expected {'question', 'other'}, got {'question'}",
    "hx36_popescu_danke.eml": "after the weekday reader (first run at 1d55e1f: HW 14/29, HX 30/32): categories: expected {'thanks'}, got set(); needs_staff: expected False, got True",
    "hx38_brandt_english.eml": "after the weekday reader (first run at 1d55e1f: HW 14/29, HX 30/32): confirmed: expected [1063, 1064], got []; needs_staff: expected False, got True",
    "hx39_carter_video_link.eml": "after the weekday reader (first run at 1d55e1f: HW 14/29, HX 30/32): categories: expected {'technical', 'question'}, got {'technical'}",
    "hx40_brandt_abgebrochen.eml": "after the weekday reader (first run at 1d55e1f: HW 14/29, HX 30/32): dates: expected ['2026-07-31'], got []",
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
