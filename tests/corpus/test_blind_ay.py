"""Blind corpus AY: a plain inbox of September to November, 34 confirmations and 8 look-alikes.

The mails in tests/data/blind_ay/ (made by `python -m tools.corpus.blind_ay`, written
without reading the rules, the canonical table or the earlier blind sets' mails) are what
the patients treated in autumn really send: mostly short replies under our confirmation
request from phones and webmail (Gmail, iPhone, Outlook, Thunderbird, web.de/GMX,
T-Online, Samsung, Yahoo), with and without the date, some bottom-posted, some new mails
naming one to three days, a few weeks or months late, some with a question, a make-up or
reschedule wish or a new invoice address beside the yes. Three of the 34 "confirm" a day
that cannot be recorded (cancelled, still to come, no appointment); the 8 look-alikes are a
cancellation and a reschedule under a reminder, a session that broke off, two questions
about a coming session, a missed session, a reply to a reminder and a note about running
late.

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

BLIND = LabelledSet("blind_ay", received_at=datetime.fromisoformat("2026-12-31T12:00:00+01:00"))

# Confirmations recorded that the patient did not give. Every entry is a BILLING BUG, heads
# the report, and is the only kind of xfail the hard test allows.
BILLING_BUGS: dict[str, str] = {}

# A confirmation the patient gave, neither recorded nor handed to staff.
LOST_SILENTLY: dict[str, str] = {}

# Mails decided otherwise than labelled (the lead fills this after the first run).
KNOWN_MISSES: dict[str, str] = {
    "ay15_schaefer_bottom_thanks.eml": "first run at feb32d3: needs_staff: expected False, got True",
    "ay29_vogel_yes_invoice_address.eml": "first run at feb32d3: categories: expected {'other', 'confirmation'}, got {'confirmation'}",
    "ay39_zimmermann_cancelled_day.eml": "first run at feb32d3: dates: expected [], got ['2026-10-26']",
    "ay12_zimmermann_yes_makeup.eml": "first run at feb32d3: categories: expected {'confirmation', 'reschedule'}, got {'confirmation'}",
    "ay38_schaefer_missed_sick.eml": "first run at feb32d3: categories: expected {'other'}, got set()",
    "ay43_nowak_future_day.eml": "first run at feb32d3: dates: expected [], got ['2026-11-20']",
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
    assert_ordinary_inbox(BLIND, mails=42, confirmations=34, known_misses=KNOWN_MISSES)
