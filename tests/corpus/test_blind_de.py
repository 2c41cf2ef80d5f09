"""Blind corpus DE: a plain inbox of the whole year, 33 confirmations and 10 look-alikes.

The mails in tests/data/blind_de/ (made by `python -m tools.corpus.blind_de`, written
without reading the rules, the canonical table or the earlier blind sets' mails), leaning
towards the end of treatment series: short replies under our request in many mail programs
with and without the date, new mails naming one or several days, a few late ones up to the
year's end, last sessions confirmed with thanks, a goodbye, a question about a follow-up
prescription, an invoice or a review; three that mean to confirm a day the practice may not
record (cancelled, without appointment, already confirmed); and look-alikes: cancellations,
reschedules, a missed call, questions about a coming session, a video problem, a reply to a
reminder and a plain thank-you.

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

BLIND = LabelledSet("blind_de", received_at=datetime.fromisoformat("2026-12-31T12:00:00+01:00"))

# Confirmations recorded that the patient did not give. Every entry is a BILLING BUG, heads
# the report, and is the only kind of xfail the hard test allows.
BILLING_BUGS: dict[str, str] = {}

# A confirmation the patient gave, neither recorded nor handed to staff.
LOST_SILENTLY: dict[str, str] = {}

# Mails decided otherwise than labelled (the lead fills this after the first run).
KNOWN_MISSES: dict[str, str] = {
    "de03_krueger_sound_broke_off.eml": "first run at f825082: categories: expected {'confirmation', 'question', 'technical'}, got {'confirmation', 'question'}",
    "de11_demir_heute.eml": "first run at f825082: dates: expected ['2026-03-25'], got []",
    "de16_oneill_last_invoice.eml": "first run at f825082: categories: expected {'confirmation', 'question'}, got {'confirmation'}",
    "de31_zimmermann_cancelled_day.eml": "first run at f825082: dates: expected [], got ['2026-10-26']",
    "de39_aydin_missed_call.eml": "first run at f825082: categories: expected {'reschedule'}, got set()",
    "de41_carter_code_invalid.eml": "first run at f825082: categories: expected {'technical'}, got set()",
    "de42_hoffmann_report_for_doctor.eml": "first run at f825082: categories: expected {'question'}, got set()",
    "de43_berger_thank_you.eml": "first run at f825082: needs_staff: expected False, got True",
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
    assert_ordinary_inbox(BLIND, mails=43, confirmations=33, known_misses=KNOWN_MISSES)
