"""Blind corpus CJ: a plain inbox of the whole year, 36 confirmations and 11 look-alikes.

The mails in tests/data/blind_cj/ (made by `python -m tools.corpus.blind_cj`, written
without reading the rules, the canonical table or the earlier blind sets' mails) come from
the patients in practice.toml across the year: short replies under our request with and
without the day, new mails, and many late answers confirming several weeks or a month at
once (lists, weekday lists, month names), a few with a question or a problem beside the
yes; the look-alikes are cancellations, reschedule wishes, a question about a coming
session, a missed and a cut-short session, and replies to a reminder and a video link.

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

BLIND = LabelledSet("blind_cj", received_at=datetime.fromisoformat("2026-12-31T12:00:00+01:00"))

# Confirmations recorded that the patient did not give. Every entry is a BILLING BUG, heads
# the report, and is the only kind of xfail the hard test allows.
BILLING_BUGS: dict[str, str] = {}

# A confirmation the patient gave, neither recorded nor handed to staff.
LOST_SILENTLY: dict[str, str] = {}

# Mails decided otherwise than labelled (the lead fills this after the first run).
KNOWN_MISSES: dict[str, str] = {
    "cj19_demir_code_morgen.eml": "first run at d658850: categories: expected {'question', 'technical'}, got {'question'}",
    "cj20_aydin_abgebrochen.eml": "first run at d658850: categories: expected {'other'}, got set()",
    "cj42_hartmann_link_ging_nicht.eml": "first run at d658850: categories: expected {'technical'}, got set()",
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
    assert_ordinary_inbox(BLIND, mails=47, confirmations=36, known_misses=KNOWN_MISSES)
