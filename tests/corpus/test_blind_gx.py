"""Blind corpus GX: confirmations in visibly formatted mails, 32 confirmations and 10 look-alikes.

The mails in tests/data/blind_gx/ (made by `python -m tools.corpus.blind_gx`, written
without reading the rules, the canonical table or the earlier blind sets' mails), are
confirmations formatted as patients format them: bullet, dash and numbered lists, check
marks beside days, small date tables (in text and as Gmail HTML), days in bold or capitals,
an answer typed inside our quoted request, a forwarded request answered above it, HTML-only
webmail, signatures with birth dates, office-closure dates and phone numbers; four of the
confirmations also need staff (a crossed day, a question, a wrong weekday, a day to move).
The look-alikes use the same formatting: crossed lists of coming days, a table of 'nein',
a tick under a reminder, a 'Nein' inside our quote, sessions that never started.

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

BLIND = LabelledSet("blind_gx", received_at=datetime.fromisoformat("2026-12-31T12:00:00+01:00"))

# Confirmations recorded that the patient did not give. Every entry is a BILLING BUG, heads
# the report, and is the only kind of xfail the hard test allows.
BILLING_BUGS: dict[str, str] = {}

# A confirmation the patient gave, neither recorded nor handed to staff.
LOST_SILENTLY: dict[str, str] = {}

# Mails decided otherwise than labelled (the lead fills this after the first run).
KNOWN_MISSES: dict[str, str] = {
    "gx40_lehmann_bold_nobody_came.eml": "since emphasis marks are read away (the bold day was a birth date's star before): the day before 'ich war um 13 Uhr im Videoraum, aber es kam niemand' is reported as named; nothing recorded, staff",
    "gx29_becker_tick_and_cross.eml": "first run at ccbfdd8: categories: expected {'confirmation', 'reschedule'}, got {'confirmation'}; dates: expected ['2026-02-16'], got ['2026-02-16', '2026-02-19']",
    "gx31_schaefer_tick_and_move.eml": "first run at ccbfdd8: categories: expected {'confirmation', 'reschedule'}, got {'confirmation'}",
    "gx34_demir_cross_code_failed.eml": "first run at ccbfdd8: dates: expected [], got ['2026-03-25']",
    "gx35_zimmermann_tick_under_reminder.eml": "first run at ccbfdd8: categories: expected {'other'}, got set(); confirmation-intent: expected False, got True; needs_staff: expected False, got True",
    "gx36_schulz_table_all_nein.eml": "first run at ccbfdd8: categories: expected {'other'}, got set(); confirmation-intent: expected False, got True",
    "gx37_wolff_table_reschedule.eml": "first run at ccbfdd8: categories: expected {'reschedule'}, got set()",
    "gx39_carter_cross_list_english.eml": "first run at ccbfdd8: categories: expected {'cancellation'}, got set()",
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
