"""Blind corpus HD: an ordinary November 2026 inbox, 32 confirmations and 8 look-alikes.

40 mails about the November sessions of five patients: short replies under our request (a
yes, a date, a thumbs-up, "passt"), new mails naming one to three days, answers days or
weeks late, a yes beside a question, a thank-you or a wish to move, bottom posts, English
and learners' German, two written by a relative from the patient's address; and
look-alikes: a cancellation, a reschedule, a question about a coming session, a missed
session, a session cut short, replies to a reminder and a video-link mail, a thank-you.

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

BLIND = LabelledSet("blind_hd", received_at=datetime.fromisoformat("2026-12-05T19:45:00+01:00"))

# Confirmations recorded that the patient did not give. Every entry is a BILLING BUG, heads
# the report, and is the only kind of xfail the hard test allows.
BILLING_BUGS: dict[str, str] = {}

# A confirmation the patient gave, neither recorded nor handed to staff.
LOST_SILENTLY: dict[str, str] = {}

# Mails decided otherwise than labelled (the lead fills this after the first run).
KNOWN_MISSES: dict[str, str] = {
    "hd12_jansen_verschieben.eml": "first run at 06009e47: categories: expected {'confirmation', 'reschedule'}, got {'confirmation'}",
    "hd16_jansen_english.eml": "first run at 06009e47: dates: expected [], got ['2026-11-19']",
    "hd32_zimmermann_brief.eml": "first run at 06009e47: needs_staff: expected False, got True",
    "hd37_zimmermann_erinnerung.eml": "first run at 06009e47: needs_staff: expected False, got True",
    "hd38_jansen_link.eml": "first run at 06009e47: needs_staff: expected False, got True",
    "hd39_nowak_danke.eml": "first run at 06009e47: needs_staff: expected False, got True",
    "hd40_schaefer_abgebrochen.eml": "first run at 06009e47: categories: expected {'technical'}, got set(); dates: expected ['2026-11-04'], got []",
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
