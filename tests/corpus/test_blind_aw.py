"""Blind corpus AW: a plain inbox of March to May, 32 confirmations and 10 look-alikes.

The mails in tests/data/blind_aw/ (made by `python -m tools.corpus.blind_aw`, written
without reading the rules, the canonical table or the earlier blind sets' mails) come from
the patients with sessions in those weeks: mostly short replies under our request from
webmail, phones and desktop programs (some with the day, some without, some bottom-posted,
German, learners' German and English), a few new mails, late answers and several days at
once, three confirmations with a question or wish beside them; and the usual look-alikes:
a thank-you for a reminder, an acknowledgement of tomorrow's appointment, a cancellation,
two reschedule wishes, two missed sessions, a question about a coming call, a video code
that does not work and a question about the prescription.

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

BLIND = LabelledSet("blind_aw", received_at=datetime.fromisoformat("2026-12-31T12:00:00+01:00"))

# Confirmations recorded that the patient did not give. Every entry is a BILLING BUG, heads
# the report, and is the only kind of xfail the hard test allows.
BILLING_BUGS: dict[str, str] = {}

# A confirmation the patient gave, neither recorded nor handed to staff.
LOST_SILENTLY: dict[str, str] = {}

# Mails decided otherwise than labelled (the lead fills this after the first run).
KNOWN_MISSES: dict[str, str] = {
    "aw18_demir_with_reschedule.eml": "first run at feb32d3: categories: expected {'reschedule', 'confirmation'}, got {'confirmation'}",
    "aw36_demir_no_video.eml": "first run at feb32d3: categories: expected {'other'}, got set()",
    "aw37_schulz_confirms_tomorrow.eml": "first run at feb32d3: needs_staff: expected False, got True",
    "aw39_hoffmann_code_invalid.eml": "first run at feb32d3: categories: expected {'technical'}, got set()",
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
