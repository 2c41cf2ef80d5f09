"""Blind corpus CI: a plain inbox of the whole year, 32 confirmations and 10 look-alikes.

The mails in tests/data/blind_ci/ (made by `python -m tools.corpus.blind_ci`, written
without reading the rules, the canonical table or the earlier blind sets' mails), are the
patients of practice.toml answering as they really do: mostly short replies under our
request from phones and webmail, with and without the day, some new mails with several
days, a few late, a few with a question, reschedule, cancellation or video problem beside
the yes; and the usual look-alikes (a cancellation, a reschedule, questions about a coming
session, a missed call, a session cut short, a thank-you for the code, a reply to a
reminder).

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

BLIND = LabelledSet("blind_ci", received_at=datetime.fromisoformat("2026-12-31T12:00:00+01:00"))

# Confirmations recorded that the patient did not give. Every entry is a BILLING BUG, heads
# the report, and is the only kind of xfail the hard test allows.
BILLING_BUGS: dict[str, str] = {}

# A confirmation the patient gave, neither recorded nor handed to staff.
LOST_SILENTLY: dict[str, str] = {}

# Mails decided otherwise than labelled (the lead fills this after the first run).
KNOWN_MISSES: dict[str, str] = {
    "ci27_demir_yes_and_reschedule.eml": "first run at d658850: categories: expected {'confirmation', 'reschedule'}, got {'confirmation'}; dates: expected ['2026-04-08'], got []",
    "ci35_richter_thanks_code.eml": "first run at d658850: needs_staff: expected False, got True",
    "ci41_schaefer_cut_short.eml": "first run at d658850: dates: expected [], got ['2026-10-28']",
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
