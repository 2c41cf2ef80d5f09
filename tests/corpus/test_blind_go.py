"""Blind corpus GO: a plain, representative inbox of an ordinary month, 35 confirmations and
10 look-alikes.

The mails in tests/data/blind_go/ (made by `python -m tools.corpus.blind_go`, written
without reading the rules, the canonical table or the earlier blind sets' mails) are the
patients in practice.toml as they really answer: mostly short replies under our request (a
yes, a date, a thank-you, an emoji; the same evening or days and weeks later), new mails
naming one or several days, a few with a question or a reschedule wish beside the yes, one
that reports a day as not held, bottom-posted and full-thread quotes, typos, dialect,
learners' German and English; and the usual look-alikes (a cancellation, a reschedule, a
question about a coming session, a missed or broken-off session, a call that never came,
replies to a reminder and a video link for a session still to come).

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

BLIND = LabelledSet("blind_go", received_at=datetime.fromisoformat("2026-12-31T12:00:00+01:00"))

# Confirmations recorded that the patient did not give. Every entry is a BILLING BUG, heads
# the report, and is the only kind of xfail the hard test allows.
BILLING_BUGS: dict[str, str] = {}

# A confirmation the patient gave, neither recorded nor handed to staff.
LOST_SILENTLY: dict[str, str] = {}

# Mails decided otherwise than labelled (the lead fills this after the first run).
KNOWN_MISSES: dict[str, str] = {
    "go32_schulz_feiertag.eml": "first run at f0b2306: categories: expected {'confirmation', 'question'}, got {'confirmation'}",
    "go38_zimmermann_erinnerung.eml": "first run at f0b2306: needs_staff: expected False, got True",
    "go40_becker_verschieben.eml": "first run at f0b2306: dates: expected [], got ['2026-02-09']",
    "go41_lehmann_verpasst.eml": "first run at f0b2306: categories: expected {'other'}, got set()",
    "go42_brandt_abbruch.eml": "first run at f0b2306: categories: expected {'technical'}, got set()",
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
    assert_ordinary_inbox(BLIND, mails=45, confirmations=35, known_misses=KNOWN_MISSES)
