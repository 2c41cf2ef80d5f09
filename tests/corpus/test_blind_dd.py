"""Blind corpus DD: a plain inbox of the whole year, 31 confirmations and 11 look-alikes.

The mails in tests/data/blind_dd/ (made by `python -m tools.corpus.blind_dd`, written
without reading the rules, the canonical table or the earlier blind sets' mails), mostly from
writers whose German is a second language (Turkish, Romanian, Polish, Russian-German) and two
English speakers: short replies under our request in many mail programs with and without the
day, new mails naming one or several days (dd.mm without year, two-digit years, US month/day),
late confirmations, a few yeses with a question or problem beside them, and look-alikes (a
cancellation, a reschedule, questions about a coming session, missed sessions, a cancelled
day, a reply to a reminder).

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

BLIND = LabelledSet("blind_dd", received_at=datetime.fromisoformat("2026-12-31T12:00:00+01:00"))

# Confirmations recorded that the patient did not give. Every entry is a BILLING BUG, heads
# the report, and is the only kind of xfail the hard test allows.
BILLING_BUGS: dict[str, str] = {}

# A confirmation the patient gave, neither recorded nor handed to staff.
LOST_SILENTLY: dict[str, str] = {}

# Mails decided otherwise than labelled (the lead fills this after the first run).
KNOWN_MISSES: dict[str, str] = {
    "dd32_demir_reminder_which_link.eml": "first run at f825082: categories: expected {'question', 'technical'}, got {'question'}",
    "dd15_nowak_yes_video_froze.eml": "first run at f825082: categories: expected {'technical', 'confirmation'}, got {'confirmation'}; needs_staff: expected True, got False",
    "dd35_popescu_link_failed.eml": "first run at f825082: categories: expected {'question', 'technical'}, got {'question'}",
    "dd40_lehmann_cancelled_by_phone.eml": "first run at f825082: categories: expected {'cancellation', 'other'}, got {'other'}",
    "dd41_berger_reminder_ok.eml": "first run at f825082: needs_staff: expected False, got True",
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
    assert_ordinary_inbox(BLIND, mails=42, confirmations=31, known_misses=KNOWN_MISSES)
